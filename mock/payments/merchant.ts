/**
 * The WeChat Pay side of paying, simulated. The mock stands in for the government's backend,
 * which holds the merchant's API v3 private key: it makes the `requestPayment` parameters and
 * signs them (SHA256 with RSA, PKCS#1 v1.5, base64) over the message WeChat Pay defines for
 * JSAPI/mini-program payments:
 *
 *   appId\ntimeStamp\nnonceStr\npackage\n
 *
 * The key pair (RSA 2048) is generated the first time a payment is made in a data folder and
 * kept in the journal under that folder (`payments-merchant`); it never appears in src/ and never
 * leaves mock/: the app only ever receives the signed parameters.
 */
import { createSign, createVerify, generateKeyPairSync, randomBytes, randomInt } from 'node:crypto';
import type { RequestPaymentParams } from '../../src/shared/api/applications';
import { pad2 } from '../server/calendar';
import { wxApp } from '../identity/wechat';
import type { World } from '../world';
import type { MerchantRecord } from './model';
import { paymentCollections } from './model';

const MERCHANT_KEY = 'merchant';
const NONCE_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

export function merchant(world: World): MerchantRecord {
  const store = paymentCollections(world).merchant;
  let record = store.get(MERCHANT_KEY);
  if (!record) {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', {
      modulusLength: 2048,
      privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
      publicKeyEncoding: { type: 'spki', format: 'pem' },
    });
    record = { mchId: `19${String(randomInt(0, 100_000_000)).padStart(8, '0')}`, privateKeyPem: privateKey, publicKeyPem: publicKey };
    store.put(MERCHANT_KEY, record);
  }
  return record;
}

/** The merchant's public key (PEM), with which WeChat Pay — and the tests — verify paySign. */
export function merchantPublicKey(world: World): string {
  return merchant(world).publicKeyPem;
}

/** The mini-program's AppID, the first line of the signed message. */
export function payAppId(world: World): string {
  return wxApp(world).appId;
}

/** The message API v3 signs for requestPayment: four lines, each ending in \n. */
export function paySignMessage(appId: string, params: Pick<RequestPaymentParams, 'timeStamp' | 'nonceStr' | 'package'>): string {
  return `${appId}\n${params.timeStamp}\n${params.nonceStr}\n${params.package}\n`;
}

function nonce(length = 32): string {
  let out = '';
  for (let i = 0; i < length; i++) out += NONCE_ALPHABET[randomInt(0, NONCE_ALPHABET.length)];
  return out;
}

/** `wx` + Beijing yyyyMMddHHmmss + 20 hex digits, the shape of WeChat's prepay_id. */
function prepayId(now: Date): string {
  const bj = new Date(now.getTime() + 8 * 3600_000);
  const stamp = `${bj.getUTCFullYear()}${pad2(bj.getUTCMonth() + 1)}${pad2(bj.getUTCDate())}${pad2(bj.getUTCHours())}${pad2(bj.getUTCMinutes())}${pad2(bj.getUTCSeconds())}`;
  return `wx${stamp}${randomBytes(10).toString('hex')}`;
}

/** Fresh, signed parameters for one payment, timed by the world clock. */
export function signedRequestPayment(world: World, now: Date): RequestPaymentParams {
  const unsigned = { timeStamp: String(Math.floor(now.getTime() / 1000)), nonceStr: nonce(), package: `prepay_id=${prepayId(now)}` };
  const signer = createSign('RSA-SHA256');
  signer.update(paySignMessage(payAppId(world), unsigned));
  return { ...unsigned, signType: 'RSA', paySign: signer.sign(merchant(world).privateKeyPem, 'base64') };
}

/** What WeChat Pay checks before it shows the cashier. */
export function verifyPaySign(world: World, params: RequestPaymentParams): boolean {
  const verifier = createVerify('RSA-SHA256');
  verifier.update(paySignMessage(payAppId(world), params));
  return verifier.verify(merchantPublicKey(world), params.paySign, 'base64');
}
