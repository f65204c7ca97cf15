/**
 * Check digits and formats of Chinese identity numbers, shared by the app (to tell a citizen at
 * once that a digit is wrong) and the mock server (which refuses the same input). Pure.
 */

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** The GB 11643 check character of the first 17 digits. */
export function idCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * ID_WEIGHTS[i];
  return ID_CHECK[sum % 11];
}

export type IdNumberProblem = 'length' | 'format' | 'birth_date' | 'check_digit';

/**
 * Why an 18-character resident ID number (GB 11643-1999) is not valid, or null when it is:
 * 6-digit address code, 8-digit birth date, 3-digit sequence, check character (0-9 or X).
 * `today` bounds the birth date (no one is born in the future or before 1900).
 */
export function idNumberProblem(raw: string, today: Date = new Date()): IdNumberProblem | null {
  const id = raw.toUpperCase();
  if (id.length !== 18) return 'length';
  if (!/^\d{17}[\dX]$/.test(id)) return 'format';
  const y = Number(id.slice(6, 10));
  const m = Number(id.slice(10, 12));
  const d = Number(id.slice(12, 14));
  const birth = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || birth.getUTCMonth() !== m - 1 || birth.getUTCDate() !== d || birth.getTime() > today.getTime()) return 'birth_date';
  if (idCheckCharacter(id) !== id[17]) return 'check_digit';
  return null;
}

export const ID_NUMBER_MESSAGES: Record<IdNumberProblem, string> = {
  length: '身份证号码应为18位',
  format: '身份证号码前17位应为数字，最后一位为数字或X',
  birth_date: '身份证号码中的出生日期不正确',
  check_digit: '身份证号码校验位不正确，请逐位核对',
};

/** The Chinese message for a bad ID number, or null when it is valid. */
export function idNumberError(raw: string, today?: Date): string | null {
  const problem = idNumberProblem(raw.trim(), today);
  return problem ? ID_NUMBER_MESSAGES[problem] : null;
}

// GB 32100-2015 unified social credit code: 18 characters from 0-9 and A-Z without I O Z S V.
const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** The GB 32100 check character of the first 17 characters. */
export function creditCodeCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += USCC_CHARS.indexOf(first17[i]) * USCC_WEIGHTS[i];
  return USCC_CHARS[(31 - (sum % 31)) % 31];
}

/** The Chinese message for a bad unified social credit code, or null when it is valid. */
export function creditCodeError(raw: string): string | null {
  const code = raw.trim().toUpperCase();
  if (code.length !== 18) return '统一社会信用代码应为18位';
  if (![...code].every((c) => USCC_CHARS.includes(c))) return '统一社会信用代码含有无效字符（不使用I、O、Z、S、V）';
  if (creditCodeCheckCharacter(code) !== code[17]) return '统一社会信用代码校验位不正确，请逐位核对';
  return null;
}

/** Mainland mobile numbers: 11 digits starting 1[3-9]. */
export function phoneError(raw: string): string | null {
  const phone = raw.trim();
  if (!/^\d+$/.test(phone)) return '手机号码只能包含数字';
  if (phone.length !== 11) return '手机号码应为11位';
  if (!/^1[3-9]/.test(phone)) return '手机号码应以13—19开头';
  return null;
}

/**
 * Chinese plate numbers: province character, issuing letter, then 5 characters (fuel vehicles)
 * or 6 (new-energy: D/F in first or last position). E.g. 渝A12345, 渝AD12345.
 */
const PROVINCES = '京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼';
export function plateError(raw: string): string | null {
  const plate = raw.trim().toUpperCase();
  if (!plate) return '请填写号牌号码';
  if (!PROVINCES.includes(plate[0])) return '号牌号码应以省份简称开头，如“渝”';
  if (!/^[A-HJ-NP-Z]$/.test(plate[1] ?? '')) return '号牌号码第二位应为发牌机关字母，如“渝A”';
  const rest = plate.slice(2);
  if (/^[A-HJ-NP-Z0-9]{4}[A-HJ-NP-Z0-9挂学警]$/.test(rest)) return null;
  if (/^[DF][A-HJ-NP-Z0-9]\d{4}$/.test(rest) || /^\d{5}[DF]$/.test(rest)) return null;
  return '号牌号码格式不正确，如：渝A12345 或 渝AD12345';
}

/** A person's name as on an ID card: 2–20 Chinese characters, · allowed between parts. */
export function personNameError(raw: string): string | null {
  const name = raw.trim();
  if (!name) return '请填写姓名';
  if (!/^[\u4e00-\u9fa5]+(·[\u4e00-\u9fa5]+)*$/.test(name)) return '姓名应与身份证一致，只能包含汉字和“·”';
  if (name.length < 2 || name.length > 20) return '姓名长度应为2至20个字';
  return null;
}
