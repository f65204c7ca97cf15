/**
 * A fresh Idempotency-Key: unique enough for one citizen's writes (the server keys them per
 * account). Math.random, not crypto: the mini-program has no Web Crypto, and the key is not a secret.
 */
export function newIdempotencyKey(prefix: string): string {
  const random = () => Math.floor(Math.random() * 0x100000000).toString(36);
  return `${prefix}-${Date.now().toString(36)}-${random()}${random()}`;
}
