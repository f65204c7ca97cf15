/**
 * Request parameter pieces (zod) shared by every domain, and parseOrThrow. Unknown query
 * parameters are ignored (zod objects strip them); known ones are validated strictly, each with
 * one Chinese message naming what is wrong. Value lists come from the contract's const arrays.
 */
import { z } from 'zod';
import { HALL_LEVELS } from '../../src/shared/api/halls';
import { decodeCursor } from './cursor';
import { ApiError } from './errors';

export const MESSAGES = {
  lat: '纬度必须是 -90 到 90 之间的数字',
  latMissing: '请提供纬度 lat',
  lng: '经度必须是 -180 到 180 之间的数字',
  lngMissing: '请提供经度 lng',
  level: '层级必须是 city、district、township、village 之一',
  openNow: 'openNow 只能是 true、false、1 或 0',
  limit: '每页条数必须是 1 到 50 之间的整数',
  cursor: '翻页游标无效，请从第一页重新加载',
  division: '行政区划代码必须是 6、9 或 12 位数字',
  q: '搜索关键词不能超过 50 个字',
  id: '大厅编号必须是 6、9 或 12 位数字',
  unknownField: '不支持的字段',
} as const;

/** Plain decimal notation only: rejects '', 'abc', '0x10', '1e2', 'Infinity'. */
const DECIMAL = /^-?\d+(\.\d+)?$/;
export const DIVISION_CODE = /^(\d{6}|\d{9}|\d{12})$/;

/** A single string parameter; repeated parameters (arrays) fail with the same message. */
export function str(message: string, missingMessage = message) {
  return z.string({ error: (issue) => (issue.input === undefined ? missingMessage : message) });
}

export function decimal(min: number, max: number, message: string, missingMessage?: string) {
  return str(message, missingMessage)
    .refine((s) => DECIMAL.test(s) && Number(s) >= min && Number(s) <= max, { error: message })
    .transform(Number);
}

/** One of a contract's value lists, e.g. `oneOf(HALL_LEVELS, MESSAGES.level)`. */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T, message: string) {
  return z.enum(values, { error: message });
}

export const level = oneOf(HALL_LEVELS, MESSAGES.level);

export const limit = str(MESSAGES.limit)
  .refine((s) => /^\d{1,3}$/.test(s) && Number(s) >= 1 && Number(s) <= 50, { error: MESSAGES.limit })
  .transform(Number);

/** An opaque cursor, decoded to the offset it stands for. */
export const cursor = str(MESSAGES.cursor).transform((s, ctx) => {
  const offset = decodeCursor(s);
  if (offset === null) {
    ctx.addIssue({ code: 'custom', message: MESSAGES.cursor });
    return z.NEVER;
  }
  return offset;
});

export const divisionCode = (message: string = MESSAGES.division) => str(message).regex(DIVISION_CODE, { error: message });

/** A search text of at most 50 characters. */
export const q = str(MESSAGES.q).max(50, { error: MESSAGES.q });

export const openNow = z
  .enum(['true', 'false', '1', '0'], { error: MESSAGES.openNow })
  .transform((v) => v === 'true' || v === '1');

/** `lat`, `lng`, `openNow` and paging: the query of every nearest-first list. */
export const nearQuery = z.object({
  lat: decimal(-90, 90, MESSAGES.lat, MESSAGES.latMissing),
  lng: decimal(-180, 180, MESSAGES.lng, MESSAGES.lngMissing),
  openNow: openNow.optional(),
  limit: limit.optional(),
  cursor: cursor.optional(),
});

/** `:id` of a hall: its division code. */
export const hallIdParams = z.object({ id: divisionCode(MESSAGES.id) });

export const divisionQuery = z.object({ division: divisionCode().optional() });

/** Parses or throws a 400 ApiError whose `fields` names each offending parameter once. */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fields: Record<string, string> = {};
  for (const issue of result.error.issues) {
    // A field the endpoint does not take (strict bodies) is named itself; a whole-body problem is `_`.
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) fields[key] ??= MESSAGES.unknownField;
    } else {
      fields[String(issue.path[0] ?? '_')] ??= issue.message;
    }
  }
  throw new ApiError(400, 'bad_request', `请求参数有误：${Object.keys(fields).join('、')}`, fields);
}
