/**
 * Catalog routes: items (事项), guides (办事指南), the halls handling an item, a hall's items,
 * themes, departments, life events (一件事) and the blank/sample forms.
 */
import { Router } from 'express';
import { z } from 'zod';
import type { DepartmentEntry, Guide, ItemHallsResponse, ItemListResponse, LifeEvent, ThemeGroup } from '../../src/shared/api/catalog';
import type { HallStore } from '../halls/store';
import { DEFAULT_LIMIT } from '../halls/store';
import type { CatalogStore } from '../catalog/store';
import { catalogFor } from '../catalog/store';
import { renderForm } from '../catalog/forms';
import { DEPARTMENT_BY_KEY } from '../catalog/departments';
import { THEME_AUDIENCE } from '../catalog/themes';
import { cursorOf } from './cursor';
import { methodNotAllowed, notFound } from './errors';
import { MESSAGES, hallIdParamsSchema, nearbyQuerySchema, parseOrThrow } from './params';

const CATALOG_MESSAGES = {
  type: '事项类型必须是 licensing 或 public_service',
  audience: '服务对象必须是 citizen 或 enterprise',
  theme: '主题不存在，请从主题列表中选择',
  department: '部门不存在，请从部门列表中选择',
  itemId: '事项编号格式不正确',
  q: MESSAGES.q,
  qMissing: '请输入搜索关键词',
  lifeEventId: '一件事编号格式不正确',
  formId: '表格编号格式不正确',
  group: '分组方式只能是 basic',
} as const;

const single = (message: string) => z.string({ error: message });
const limit = single(MESSAGES.limit).refine((s) => /^\d{1,3}$/.test(s) && Number(s) >= 1 && Number(s) <= 50, { error: MESSAGES.limit }).transform(Number);
const cursor = nearbyQuerySchema.shape.cursor;
const division = single(MESSAGES.division).regex(/^(\d{6}|\d{9}|\d{12})$/, { error: MESSAGES.division });
const q = single(CATALOG_MESSAGES.q).max(50, { error: CATALOG_MESSAGES.q });

export const itemsQuerySchema = z.object({
  q: q.optional(),
  type: z.enum(['licensing', 'public_service'], { error: CATALOG_MESSAGES.type }).optional(),
  level: nearbyQuerySchema.shape.level,
  division: division.optional(),
  theme: single(CATALOG_MESSAGES.theme).refine((t) => THEME_AUDIENCE.has(t), { error: CATALOG_MESSAGES.theme }).optional(),
  department: single(CATALOG_MESSAGES.department).refine((d) => DEPARTMENT_BY_KEY.has(d), { error: CATALOG_MESSAGES.department }).optional(),
  audience: z.enum(['citizen', 'enterprise'], { error: CATALOG_MESSAGES.audience }).optional(),
  group: z.enum(['basic'], { error: CATALOG_MESSAGES.group }).optional(),
  near: division.optional(),
  limit: limit.optional(),
  cursor,
});

const itemIdParams = z.object({ id: single(CATALOG_MESSAGES.itemId).regex(/^(\d{6}|\d{9}|\d{12})-\d{12}$/, { error: CATALOG_MESSAGES.itemId }) });
const itemHallsQuery = nearbyQuerySchema.omit({ level: true });
const hallItemsQuery = z.object({ q: q.optional(), limit: limit.optional(), cursor });
const suggestQuery = z.object({
  q: single(CATALOG_MESSAGES.qMissing).min(1, { error: CATALOG_MESSAGES.qMissing }).max(50, { error: CATALOG_MESSAGES.q }),
  near: division.optional(),
});
const divisionQuery = z.object({ division: division.optional() });
const lifeEventParams = z.object({ id: single(CATALOG_MESSAGES.lifeEventId).regex(/^[a-z][a-z-]{1,40}$/, { error: CATALOG_MESSAGES.lifeEventId }) });
const formParams = z.object({
  id: single(CATALOG_MESSAGES.formId).regex(/^[a-z0-9-]{2,60}$/, { error: CATALOG_MESSAGES.formId }),
  kind: z.enum(['blank', 'sample'], { error: '表格类型必须是 blank 或 sample' }),
});



export function catalogRouter({ store, now, catalog }: { store: HallStore; now: () => Date; catalog?: CatalogStore }): Router {
  const router = Router();
  const cat = catalog ?? catalogFor(store);
  const checkDivision = (code: string | undefined) => {
    if (code && !store.isDivision(code)) throw notFound(`未找到行政区划 ${code}`);
  };

  router
    .route('/items')
    .get((req, res) => {
      const p = parseOrThrow(itemsQuerySchema, req.query);
      checkDivision(p.division);
      const page = cat.list(p, p.cursor ?? 0, p.limit ?? DEFAULT_LIMIT);
      const body: ItemListResponse = { total: page.total, items: page.items, nextCursor: cursorOf(page.nextOffset) };
      res.json(body);
    })
    .all(methodNotAllowed(['GET']));

  router
    .route('/items/suggest')
    .get((req, res) => {
      const p = parseOrThrow(suggestQuery, req.query);
      res.json({ items: cat.suggest(p.q, 8, p.near) });
    })
    .all(methodNotAllowed(['GET']));

  router
    .route('/items/:id')
    .get((req, res) => {
      const { id } = parseOrThrow(itemIdParams, req.params);
      const body: Guide | undefined = cat.guide(id);
      if (!body) throw notFound(`未找到编号为 ${id} 的事项`);
      res.json(body);
    })
    .all(methodNotAllowed(['GET']));

  router
    .route('/items/:id/halls/nearby')
    .get((req, res) => {
      const { id } = parseOrThrow(itemIdParams, req.params);
      const p = parseOrThrow(itemHallsQuery, req.query);
      const result = cat.itemHallsNearby(id, { lat: p.lat, lng: p.lng, openNow: p.openNow, offset: p.cursor ?? 0, limit: p.limit ?? DEFAULT_LIMIT }, now());
      if (!result) throw notFound(`未找到编号为 ${id} 的事项`);
      const body: ItemHallsResponse = { items: result.items, nextCursor: cursorOf(result.nextOffset) };
      res.json(body);
    })
    .all(methodNotAllowed(['GET']));

  router
    .route('/halls/:id/items')
    .get((req, res) => {
      const { id } = parseOrThrow(hallIdParamsSchema, req.params);
      const p = parseOrThrow(hallItemsQuery, req.query);
      const page = cat.hallItems(id, p.q, p.cursor ?? 0, p.limit ?? DEFAULT_LIMIT);
      if (!page) throw notFound(`未找到编号为 ${id} 的服务大厅`);
      const body: ItemListResponse = { total: page.total, items: page.items, nextCursor: cursorOf(page.nextOffset) };
      res.json(body);
    })
    .all(methodNotAllowed(['GET']));

  router
    .route('/catalog/themes')
    .get((req, res) => {
      const p = parseOrThrow(divisionQuery, req.query);
      checkDivision(p.division);
      const body: ThemeGroup[] = cat.themes(p.division);
      res.json(body);
    })
    .all(methodNotAllowed(['GET']));

  router
    .route('/catalog/departments')
    .get((req, res) => {
      const p = parseOrThrow(divisionQuery, req.query);
      checkDivision(p.division);
      const body: DepartmentEntry[] = cat.departments(p.division);
      res.json(body);
    })
    .all(methodNotAllowed(['GET']));

  router
    .route('/life-events')
    .get((_req, res) => {
      res.json(cat.lifeEvents());
    })
    .all(methodNotAllowed(['GET']));

  router
    .route('/life-events/:id')
    .get((req, res) => {
      const { id } = parseOrThrow(lifeEventParams, req.params);
      const body: LifeEvent | undefined = cat.lifeEvent(id);
      if (!body) throw notFound(`未找到“一件事”${id}`);
      res.json(body);
    })
    .all(methodNotAllowed(['GET']));

  router
    .route('/forms/:id/:kind')
    .get((req, res) => {
      const p = parseOrThrow(formParams, req.params);
      const form = cat.form(p.id);
      if (!form) throw notFound(`未找到编号为 ${p.id} 的表格`);
      res.type('html').send(renderForm(form, p.kind));
    })
    .all(methodNotAllowed(['GET']));

  return router;
}
