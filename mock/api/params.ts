/**
 * Request parameter schemas (zod). Unknown query parameters are ignored (zod objects strip
 * them); known ones are validated strictly, each with one Chinese message naming what is wrong.
 */
import { z } from 'zod';
import type { HallLevel } from '../../src/shared/api/halls';
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
} as const;

/** Plain decimal notation only: rejects '', 'abc', '0x10', '1e2', 'Infinity'. */
const DECIMAL = /^-?\d+(\.\d+)?$/;
const DIVISION_CODE = /^(\d{6}|\d{9}|\d{12})$/;

/** A single string parameter; repeated parameters (arrays) fail with the same message. */
function str(message: string, missingMessage = message) {
  return z.string({ error: (issue) => (issue.input === undefined ? missingMessage : message) });
}

function decimal(min: number, max: number, message: string, missingMessage?: string) {
  return str(message, missingMessage)
    .refine((s) => DECIMAL.test(s) && Number(s) >= min && Number(s) <= max, { error: message })
    .transform(Number);
}

// Spelled out (not HALL_LEVELS) so zod infers the literal union; the satisfies below keeps the
// two lists in step.
const LEVELS = ['city', 'district', 'township', 'village'] as const satisfies readonly HallLevel[];
const level = z.enum(LEVELS, { error: MESSAGES.level });

const limit = str(MESSAGES.limit)
  .refine((s) => /^\d{1,3}$/.test(s) && Number(s) >= 1 && Number(s) <= 50, { error: MESSAGES.limit })
  .transform(Number);

const cursor = str(MESSAGES.cursor).transform((s, ctx) => {
  const offset = decodeCursor(s);
  if (offset === null) {
    ctx.addIssue({ code: 'custom', message: MESSAGES.cursor });
    return z.NEVER;
  }
  return offset;
});

const divisionCode = (message: string) => str(message).regex(DIVISION_CODE, { error: message });

export const nearbyQuerySchema = z.object({
  lat: decimal(-90, 90, MESSAGES.lat, MESSAGES.latMissing),
  lng: decimal(-180, 180, MESSAGES.lng, MESSAGES.lngMissing),
  level: level.optional(),
  openNow: z
    .enum(['true', 'false', '1', '0'], { error: MESSAGES.openNow })
    .transform((v) => v === 'true' || v === '1')
    .optional(),
  limit: limit.optional(),
  cursor: cursor.optional(),
});

export const listQuerySchema = z.object({
  level: level.optional(),
  division: divisionCode(MESSAGES.division).optional(),
  q: str(MESSAGES.q).max(50, { error: MESSAGES.q }).optional(),
  limit: limit.optional(),
  cursor: cursor.optional(),
});

export const divisionsQuerySchema = z.object({
  parent: divisionCode(MESSAGES.division).optional(),
});

export const hallIdParamsSchema = z.object({
  id: divisionCode(MESSAGES.id),
});

/** Parses or throws a 400 ApiError whose `fields` names each offending parameter once. */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fields: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const key = String(issue.path[0] ?? '_');
    fields[key] ??= issue.message;
  }
  throw new ApiError(400, 'bad_request', `请求参数有误：${Object.keys(fields).join('、')}`, fields);
}
