/**
 * Masking of personal data (PIPL; GB/T 35273-2020) for display and for every list response:
 * 喻** · 5001**********1234 · 138****5678. Pure; shared by the app and the mock server.
 */

/** First character, then one * per remaining character (at least two). */
export function maskName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length === 0) return '';
  return chars[0] + '*'.repeat(Math.max(2, chars.length - 1));
}

/** First 4 and last 4 characters kept: 5001**********1234. */
export function maskIdNumber(id: string): string {
  const s = id.trim();
  if (s.length <= 8) return '*'.repeat(s.length);
  return `${s.slice(0, 4)}${'*'.repeat(s.length - 8)}${s.slice(-4)}`;
}

/** First 3 and last 4 digits kept: 138****5678. */
export function maskPhone(phone: string): string {
  const s = phone.trim();
  if (s.length < 7) return '*'.repeat(s.length);
  return `${s.slice(0, 3)}${'*'.repeat(s.length - 7)}${s.slice(-4)}`;
}

/** A street address: the first 6 characters, then ****. */
export function maskAddress(detail: string): string {
  const chars = [...detail.trim()];
  return chars.length <= 6 ? `${chars.slice(0, 2).join('')}****` : `${chars.slice(0, 6).join('')}****`;
}

/** A certificate or plate number: first 2 and last 2 kept. */
export function maskNumber(value: string): string {
  const chars = [...value.trim()];
  if (chars.length <= 4) return '*'.repeat(chars.length);
  return `${chars.slice(0, 2).join('')}${'*'.repeat(chars.length - 4)}${chars.slice(-2).join('')}`;
}
