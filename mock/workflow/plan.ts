/**
 * How a case is planned when it is filed: the halls it passes on its way up (就近办: filed at the
 * village station near the citizen's home, relayed through the township and district halls to the
 * level that decides), the people who handle it at each node, what the seed decides about its
 * outcome, and how long each step takes in working minutes.
 */
import type { CaseHandler } from '../../src/shared/api/cases';
import type { HallLevel } from '../../src/shared/api/halls';
import { CITY_CODE } from '../../src/shared/api/halls';
import { maskName } from '../../src/shared/identity/mask';
import { hashString, mulberry32 } from '../halls/prng';
import { identityCollections } from '../identity/model';
import type { ApplicationRecord } from '../applications/model';
import type { World } from '../world';
import type { CaseOutcome, RouteNode } from './model';

const LEVEL_RANK: Record<HallLevel, number> = { city: 0, district: 1, township: 2, village: 3 };

function levelOfCode(code: string): HallLevel {
  if (code === CITY_CODE) return 'city';
  if (code.length === 6) return 'district';
  if (code.length === 9) return 'township';
  return 'village';
}

/** The codes from a division up to (not including) the city: 12 → 9 → 6 digits. */
function ancestry(code: string): string[] {
  const chain: string[] = [];
  if (code.length >= 12) chain.push(code.slice(0, 12));
  if (code.length >= 9) chain.push(code.slice(0, 9));
  if (code.length >= 6 && code !== CITY_CODE) chain.push(code.slice(0, 6));
  return chain;
}

/** The division the citizen files from: their default (else first) address; none = at the deciding hall. */
function homeDivision(world: World, userId: string): string | undefined {
  const mine = identityCollections(world)
    .addresses.values()
    .filter((a) => a.userId === userId)
    .sort((a, b) => Number(b.isDefault) - Number(a.isDefault) || a.seq - b.seq);
  return mine[0]?.divisionCode;
}

/**
 * The nodes from intake to decision. The item's own division decides (its department); the halls
 * below it on the citizen's side receive and relay, when the citizen lives inside that division.
 */
export function planRoute(world: World, record: Pick<ApplicationRecord, 'userId' | 'divisionCode' | 'department'>): RouteNode[] {
  const deciderCode = record.divisionCode || CITY_CODE;
  const deciderLevel = levelOfCode(deciderCode);
  const decider: RouteNode = { role: 'decide', level: deciderLevel, hallId: deciderCode, department: record.department };
  const home = homeDivision(world, record.userId);
  if (!home) return [decider];
  const inside = deciderCode === CITY_CODE || home.startsWith(deciderCode);
  if (!inside) return [decider];
  const below = ancestry(home).filter((code) => LEVEL_RANK[levelOfCode(code)] > LEVEL_RANK[deciderLevel] && world.halls.getHall(code));
  const nodes: RouteNode[] = below.map((code, i) => {
    const hall = world.halls.getHall(code);
    return { role: i === 0 ? 'intake' : 'relay', level: levelOfCode(code), hallId: code, department: hall?.name ?? code };
  });
  return [...nodes, decider];
}

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾冉向谭秦';
const GIVEN = '明华建国丽芳军伟静敏勇艳杰娟涛超霞平刚桂英红玉兰文';

/** A handler of a hall, the same person for the same hall and role on every run. */
export function handlerAt(world: World, node: RouteNode, role: 'window' | 'office'): CaseHandler {
  const rng = mulberry32(hashString(`${node.hallId}|${node.department}|${role}`));
  const surname = SURNAMES[Math.floor(rng() * SURNAMES.length)];
  const given = GIVEN[Math.floor(rng() * GIVEN.length)] + (rng() < 0.5 ? GIVEN[Math.floor(rng() * GIVEN.length)] : '');
  const staffNo = `${node.hallId.slice(0, 6)}-${String(Math.floor(rng() * 900) + 100)}`;
  const handler: CaseHandler = { staffNo, name: maskName(surname + given) };
  if (role === 'window') {
    const hall = world.halls.getHall(node.hallId);
    const windows = hall?.windows ?? [];
    if (windows.length > 0) handler.window = windows[Math.floor(rng() * windows.length)].name;
  }
  return handler;
}

/**
 * The seed of a case: the citizen, the item and how many times they filed it before, so the same
 * demo (fresh world, same steps) gives the same outcome, whatever the idempotency key was.
 */
export function seedOf(userId: string, itemId: string, earlierFilings: number): number {
  return hashString(`${userId}|${itemId}|${earlierFilings}`);
}

/** 70 % approved in time, 15 % a supplement first, 8 % refused, 7 % past the promise. */
export function outcomeOf(seed: number): CaseOutcome {
  const r = mulberry32(seed)();
  if (r < 0.7) return 'approve';
  if (r < 0.85) return 'supplement';
  if (r < 0.93) return 'refuse';
  return 'late';
}

// ---- durations, working minutes (mock/server/working-time.ts) ---------------------------------

export const DURATIONS = {
  /** the intake clerk checks the filing */
  intake: 30,
  /** a level relays the case up (初审, 转报) */
  relay: 60,
  /** the deciding department decides on acceptance */
  accept: 120,
  /** after a supplement arrives, until it is checked */
  supplementCheck: 60,
  /** 制证 */
  make: 60,
} as const;

/** Working days a supplement request leaves the citizen (一次性告知, 5 working days). */
export const SUPPLEMENT_DAYS = 5;

/** Review time: 60 % of the promise (at least an hour); a `late` case overruns it by two days. */
export function reviewMinutes(promisedDays: number, outcome: CaseOutcome): number {
  const day = 330;
  if (outcome === 'late') return (promisedDays + 2) * day;
  return Math.max(60, Math.round(promisedDays * day * 0.6));
}
