/**
 * Catalog routes: items (事项), guides (办事指南), the halls handling an item, a hall's items,
 * themes, departments, life events (一件事) and the blank/sample forms.
 */
import { z } from 'zod';
import { AUDIENCES, FORM_KINDS, ITEM_GROUPINGS, ITEM_TYPES } from '../../src/shared/api/catalog';
import { notFound } from '../server/errors';
import { rangeOf, toApiPage } from '../server/paging';
import { MESSAGES, cursor, divisionCode, divisionQuery, hallIdParams, level, limit, nearQuery, oneOf, q, str } from '../server/params';
import type { RouteTable } from '../server/route';
import { route } from '../server/route';
import type { World } from '../world';
import { DEPARTMENT_BY_KEY } from './departments';
import { renderForm } from './forms';
import { ITEM_ID } from './instances';
import { THEME_AUDIENCE } from './themes';

const CATALOG_MESSAGES = {
  type: '事项类型必须是 licensing 或 public_service',
  audience: '服务对象必须是 citizen 或 enterprise',
  theme: '主题不存在，请从主题列表中选择',
  department: '部门不存在，请从部门列表中选择',
  itemId: '事项编号格式不正确',
  qMissing: '请输入搜索关键词',
  lifeEventId: '一件事编号格式不正确',
  formId: '表格编号格式不正确',
  formKind: '表格类型必须是 blank 或 sample',
  group: '分组方式只能是 basic',
} as const;

const SUGGEST_LIMIT = 8;

export const itemsQuerySchema = z.object({
  q: q.optional(),
  type: oneOf(ITEM_TYPES, CATALOG_MESSAGES.type).optional(),
  level: level.optional(),
  division: divisionCode().optional(),
  theme: str(CATALOG_MESSAGES.theme).refine((t) => THEME_AUDIENCE.has(t), { error: CATALOG_MESSAGES.theme }).optional(),
  department: str(CATALOG_MESSAGES.department).refine((d) => DEPARTMENT_BY_KEY.has(d), { error: CATALOG_MESSAGES.department }).optional(),
  audience: oneOf(AUDIENCES, CATALOG_MESSAGES.audience).optional(),
  group: oneOf(ITEM_GROUPINGS, CATALOG_MESSAGES.group).optional(),
  near: divisionCode().optional(),
  limit: limit.optional(),
  cursor: cursor.optional(),
});

const itemIdParams = z.object({ id: str(CATALOG_MESSAGES.itemId).regex(ITEM_ID, { error: CATALOG_MESSAGES.itemId }) });
const hallItemsQuery = z.object({ q: q.optional(), limit: limit.optional(), cursor: cursor.optional() });
const suggestQuery = z.object({
  q: str(CATALOG_MESSAGES.qMissing).min(1, { error: CATALOG_MESSAGES.qMissing }).max(50, { error: MESSAGES.q }),
  near: divisionCode().optional(),
});
const lifeEventParams = z.object({ id: str(CATALOG_MESSAGES.lifeEventId).regex(/^[a-z][a-z-]{1,40}$/, { error: CATALOG_MESSAGES.lifeEventId }) });
const formParams = z.object({
  id: str(CATALOG_MESSAGES.formId).regex(/^[a-z0-9-]{2,60}$/, { error: CATALOG_MESSAGES.formId }),
  kind: oneOf(FORM_KINDS, CATALOG_MESSAGES.formKind),
});

/** 404 for a division filter naming no division, like /halls. */
function checkDivision(world: World, code: string | undefined): void {
  if (code && !world.halls.isDivision(code)) throw notFound(`未找到行政区划 ${code}`);
}

const itemNotFound = (id: string) => notFound(`未找到编号为 ${id} 的事项`);

export function catalogRoutes(table: RouteTable): void {
  route(table, 'GET /items', { query: itemsQuerySchema }, ({ query, world }) => {
    checkDivision(world, query.division);
    return toApiPage(world.catalog.list(query, rangeOf(query)));
  });

  route(table, 'GET /items/suggest', { query: suggestQuery }, ({ query, world }) => ({
    items: world.catalog.suggest(query.q, SUGGEST_LIMIT, query.near),
  }));

  route(table, 'GET /items/:id', { params: itemIdParams }, ({ params, world }) => {
    const guide = world.catalog.guide(params.id);
    if (!guide) throw itemNotFound(params.id);
    return guide;
  });

  route(table, 'GET /items/:id/halls/nearby', { params: itemIdParams, query: nearQuery }, ({ params, query, world, now }) => {
    const page = world.catalog.itemHallsNearby(params.id, query, rangeOf(query), now);
    if (!page) throw itemNotFound(params.id);
    return toApiPage(page);
  });

  route(table, 'GET /halls/:id/items', { params: hallIdParams, query: hallItemsQuery }, ({ params, query, world }) => {
    const page = world.catalog.hallItems(params.id, query.q, rangeOf(query));
    if (!page) throw notFound(`未找到编号为 ${params.id} 的服务大厅`);
    return toApiPage(page);
  });

  route(table, 'GET /catalog/themes', { query: divisionQuery }, ({ query, world }) => {
    checkDivision(world, query.division);
    return world.catalog.themes(query.division);
  });

  route(table, 'GET /catalog/departments', { query: divisionQuery }, ({ query, world }) => {
    checkDivision(world, query.division);
    return world.catalog.departments(query.division);
  });

  route(table, 'GET /life-events', {}, ({ world }) => world.catalog.lifeEvents());

  route(table, 'GET /life-events/:id', { params: lifeEventParams }, ({ params, world }) => {
    const event = world.catalog.lifeEvent(params.id);
    if (!event) throw notFound(`未找到“一件事”${params.id}`);
    return event;
  });

  route(table, 'GET /forms/:id/:kind', { params: formParams, format: 'html' }, ({ params, world }) => {
    const form = world.catalog.form(params.id);
    if (!form) throw notFound(`未找到编号为 ${params.id} 的表格`);
    return renderForm(form, params.kind);
  });
}
