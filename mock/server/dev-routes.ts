/**
 * Developer endpoints: read and move the world clock (demos of deadlines, opening hours and
 * queues without waiting; one change per request, journaled by the World), and read the outbox
 * of messages the mock did not really send (SMS codes).
 */
import { z } from 'zod';
import { PERSONA_IDS } from '../../src/shared/api/identity';
import { issueWxCode } from '../identity/wechat';
import { paymentDevRoutes } from '../payments';
import { readOutbox } from './outbox';
import type { RouteTable } from './route';
import { route } from './route';

const MINUTES_PER_YEAR = 366 * 24 * 60;

const DEV_MESSAGES = {
  advanceMinutes: `advanceMinutes 必须是 -${MINUTES_PER_YEAR} 到 ${MINUTES_PER_YEAR} 之间的整数（分钟）`,
  freezeAt: 'freezeAt 必须是带时区的 ISO 时间，例如 2026-12-02T10:00:00+08:00',
  speed: 'speed 必须是 0 到 3600 之间的数字（0 表示冻结，1 表示正常速度）',
  resume: 'resume 只能是 true',
  one: '请只提供 advanceMinutes、freezeAt、speed、resume 中的一项',
} as const;

/** ISO 8601 with a zone (Z or ±hh:mm): a bare local time would depend on the server's TZ. */
const ISO_WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

const clockChange = z
  .strictObject(
    {
      advanceMinutes: z
        .number({ error: DEV_MESSAGES.advanceMinutes })
        .int({ error: DEV_MESSAGES.advanceMinutes })
        .min(-MINUTES_PER_YEAR, { error: DEV_MESSAGES.advanceMinutes })
        .max(MINUTES_PER_YEAR, { error: DEV_MESSAGES.advanceMinutes })
        .optional(),
      freezeAt: z
        .string({ error: DEV_MESSAGES.freezeAt })
        .refine((s) => ISO_WITH_ZONE.test(s) && !Number.isNaN(new Date(s).getTime()), { error: DEV_MESSAGES.freezeAt })
        .optional(),
      speed: z
        .number({ error: DEV_MESSAGES.speed })
        .min(0, { error: DEV_MESSAGES.speed })
        .max(3600, { error: DEV_MESSAGES.speed })
        .optional(),
      resume: z.literal(true, { error: DEV_MESSAGES.resume }).optional(),
    },
  )
  .refine((change) => Object.keys(change).length === 1, { error: DEV_MESSAGES.one });

export function devRoutes(table: RouteTable): void {
  route(table, 'GET /dev/clock', {}, ({ world }) => world.clock.describe());

  route(table, 'POST /dev/clock', { body: clockChange }, ({ body, world }) => {
    const clock = world.clock;
    if (body.advanceMinutes !== undefined) clock.advance(body.advanceMinutes * 60_000);
    else if (body.freezeAt !== undefined) clock.freeze(new Date(body.freezeAt));
    else if (body.speed === 0) clock.freeze();
    else if (body.speed !== undefined) clock.setSpeed(body.speed);
    else clock.resume();
    return clock.describe();
  });

  route(table, 'GET /dev/outbox', {}, ({ world }) => readOutbox(world));

  const wxLoginBody = z.strictObject({ persona: z.enum(PERSONA_IDS, { error: '请选择一个演示账号' }).optional() });
  route(table, 'POST /dev/wx-login', { body: wxLoginBody }, ({ body, world, now }) => issueWxCode(world, body.persona, now));

  paymentDevRoutes(table);
}
