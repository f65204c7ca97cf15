/**
 * 缴款码 (payment code) of a fee notice: 20 digits, read left to right as
 *
 *   50 · YYYYMMDD · NNNNNNNNN · C
 *
 * `50` is Chongqing's province-level division code, `YYYYMMDD` the Beijing date the notice was
 * issued, `NNNNNNNNN` a random serial (unique within the world) and `C` a Luhn (ISO/IEC 7812-1
 * mod 10) check digit over the first 19 digits: it catches every single-digit typo and most
 * swaps of neighbouring digits when the code is read out on the phone or typed at a bank. The
 * layout is the mock's own (SAMPLE), not the format of Chongqing's 非税收入 system.
 */
import { randomInt } from 'node:crypto';

export const FEE_CODE = /^\d{20}$/;
const REGION = '50';

/** The Luhn check digit of a string of digits. */
export function luhnCheckDigit(digits: string): string {
  let sum = 0;
  // Doubling starts at the rightmost digit of the payload (the check digit will sit to its right).
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}

/** A 缴款码 issued on `date` (`YYYY-MM-DD`, Beijing) with a given 9-digit serial. */
export function feeCodeOf(date: string, serial: number): string {
  const payload = `${REGION}${date.replaceAll('-', '')}${String(serial).padStart(9, '0')}`;
  return payload + luhnCheckDigit(payload);
}

/** A fresh 缴款码 not in `taken`. */
export function newFeeCode(date: string, taken: (code: string) => boolean): string {
  for (;;) {
    const code = feeCodeOf(date, randomInt(0, 1_000_000_000));
    if (!taken(code)) return code;
  }
}

/** 20 digits whose last is the Luhn check digit of the others. */
export function isValidFeeCode(code: string): boolean {
  return FEE_CODE.test(code) && luhnCheckDigit(code.slice(0, 19)) === code[19];
}
