/**
 * The service catalog: counts, guide completeness, named items, life events, and every catalog
 * route over real HTTP (one server per suite, world clock frozen at FROZEN_NOW: Wednesday
 * 2026-12-02 10:00 Beijing).
 */
import { ADDED_ITEMS } from '../../../mock/catalog/guides';
import { normalize } from '../../../mock/catalog/search/normalize';
import { SYNONYMS } from '../../../mock/catalog/search/synonyms';
import { sharedStores } from '../../../mock/world';
import type { ApiErrorBody } from '../../../src/shared/api/errors';
import type { DepartmentEntry, Guide, ItemHallsResponse, ItemListResponse, LifeEvent, ThemeGroup } from '../../../src/shared/api/catalog';
import type { MockServer } from '../../support/mock-server';
import { startMockServer } from '../../support/mock-server';

const { halls, catalog } = sharedStores();
const catalogSearchDocs = () => catalog.searchDocs();
let server: MockServer;
let base = '';

beforeAll(async () => {
  server = await startMockServer();
  base = server.url;
});
beforeEach(() => server.world.reset());
afterAll(() => server.close());

async function get<T>(url: string): Promise<{ status: number; body: T; type: string }> {
  const res = await fetch(base + url);
  const type = res.headers.get('content-type') ?? '';
  return { status: res.status, body: (type.includes('json') ? await res.json() : await res.text()) as T, type };
}

async function expectError(url: string, status: number, field?: string): Promise<void> {
  const { status: s, body } = await get<ApiErrorBody>(url);
  expect(s).toBe(status);
  expect(body.error.message).toMatch(/[\u4e00-\u9fff]/);
  if (field) expect(body.error.fields?.[field]).toMatch(/[\u4e00-\u9fff]/);
}

const idOf = (name: string): string => {
  const b = catalog.basics.find((x) => x.spec.name === name);
  if (!b) throw new Error(`no item ${name}`);
  return `${b.carriers[0]}-${b.basicCode}`;
};

describe('catalog data', () => {
  it('has the catalog counts, for every district', () => {
    expect(catalog.list({ type: 'licensing', level: 'city' }, { offset: 0, limit: 1 }).total).toBe(421);
    expect(catalog.list({ type: 'public_service', level: 'city' }, { offset: 0, limit: 1 }).total).toBe(426);
    for (const d of halls.tree.districts) {
      expect(catalog.list({ type: 'licensing', level: 'district', division: d.code }, { offset: 0, limit: 1 }).total).toBe(342);
    }
    expect(catalog.list({ level: 'district' }, { offset: 0, limit: 1 }).total).toBe(38 * 342);
    expect(catalog.basics.filter((b) => b.spec.real).length).toBeGreaterThanOrEqual(200);
  });

  it('gives every township 10–25 item kinds and every village some', () => {
    for (const d of halls.tree.districts) {
      for (const t of d.children) {
        const n = catalog.list({ level: 'township', division: t.code }, { offset: 0, limit: 1 }).total;
        expect(n).toBeGreaterThanOrEqual(10);
        expect(n).toBeLessThanOrEqual(25);
      }
    }
    expect(catalog.list({ level: 'village', division: '500243106200' }, { offset: 0, limit: 1 }).total).toBeGreaterThanOrEqual(6);
  });

  const PLACEHOLDER = /TODO|示例文本|lorem|xxx|待补充|undefined|null|NaN|\?号|〔\?/i;

  it('every guide of every basic item is complete, consistent and placeholder-free', () => {
    for (const b of catalog.basics) {
      const g = catalog.guide(`${b.carriers[0]}-${b.basicCode}`) as Guide;
      expect(g).toBeDefined();
      const where = g.name;
      expect(g.basicCode).toMatch(/^\d{12}$/);
      expect(g.implementationCode.endsWith(g.basicCode)).toBe(true);
      for (const key of ['name', 'department', 'departmentKey', 'divisionName'] as const) expect(g[key]).not.toBe('');
      expect(g.audience.length).toBeGreaterThan(0);
      expect(g.themes.length).toBeGreaterThanOrEqual(1);
      expect(g.themes.length).toBeLessThanOrEqual(3);
      expect(g.legalBasis.length).toBeGreaterThan(0);
      expect(g.acceptanceConditions.length).toBeGreaterThan(0);
      if (g.promisedDays > g.statutoryDays) throw new Error(`${where}: promised > statutory`);
      expect(g.instant).toBe(g.promisedDays === 0);
      expect(g.situations.length).toBeGreaterThan(0);
      expect(g.materials.length).toBeGreaterThan(0);
      const ids = new Set(g.materials.map((m) => m.id));
      for (const s of g.situations) {
        expect(s.materialIds.length).toBeGreaterThan(0);
        for (const id of s.materialIds) expect(ids.has(id)).toBe(true);
      }
      for (const m of g.materials) {
        expect(m.copies).toBeGreaterThan(0);
        if (/申请表|登记表|备案表|申报表|申请书》|声明书》/.test(m.name) && !m.blankFormUrl) throw new Error(`${where}: form ${m.name} has no blank`);
      }
      if (g.fees.charged) for (const f of g.fees.items) expect(f.basis).not.toBe('');
      expect(g.fees.note).not.toBe('');
      expect(g.process.length).toBeGreaterThanOrEqual(3);
      expect(g.process.map((p) => p.order)).toEqual(g.process.map((_, i) => i + 1));
      expect(g.channels.visitsReason).not.toBe('');
      expect(g.whereWhen.consultationPhone).toMatch(/023-/);
      expect(g.whereWhen.complaintPhone).toMatch(/12345/);
      for (const k of ['handlingNote', 'hours', 'progressQuery'] as const) expect(g.whereWhen[k]).not.toBe('');
      expect(g.result.name).not.toBe('');
      expect(g.faq.length).toBeGreaterThanOrEqual(2);
      const text = JSON.stringify(g);
      if (PLACEHOLDER.test(text)) throw new Error(`${where}: placeholder text ${PLACEHOLDER.exec(text)?.[0]}`);
      expect(text).not.toMatch(/""/);
    }
  });

  it('has the 20 named items with the right type, level and department', () => {
    const named: Array<[string, string, string, string]> = [
      ['社会保障卡申领', 'public_service', 'city', '重庆市人力资源和社会保障局'],
      ['居民身份证换领', 'public_service', 'city', '重庆市公安局'],
      ['居住证办理', 'public_service', 'city', '重庆市公安局'],
      ['出生登记', 'public_service', 'city', '重庆市公安局'],
      ['内地居民结婚登记', 'public_service', 'city', '重庆市民政局'],
      ['住房公积金提取', 'public_service', 'city', '重庆市住房公积金管理中心'],
      ['二手房转移登记', 'public_service', 'city', '重庆市规划和自然资源局'],
      ['机动车驾驶证换证', 'public_service', 'city', '重庆市公安局'],
      ['城乡居民基本养老保险参保登记', 'public_service', 'city', '重庆市人力资源和社会保障局'],
      ['失业保险金申领', 'public_service', 'city', '重庆市人力资源和社会保障局'],
      ['最低生活保障申请', 'public_service', 'township', '黄家镇人民政府'],
      ['残疾人证办理', 'public_service', 'city', '重庆市残疾人联合会'],
      ['普通护照签发', 'licensing', 'city', '重庆市公安局'],
      ['个体工商户设立登记', 'licensing', 'district', '九龙坡区市场监督管理局'],
      ['企业设立登记', 'licensing', 'city', '重庆市市场监督管理局'],
      ['食品经营许可', 'licensing', 'district', '九龙坡区市场监督管理局'],
      ['超限运输车辆行驶公路许可', 'licensing', 'city', '重庆市交通运输委员会'],
      ['建筑工程施工许可证核发', 'licensing', 'district', '九龙坡区住房和城乡建设委员会'],
      ['道路运输经营许可', 'licensing', 'district', '九龙坡区交通运输委员会'],
      ['公共场所卫生许可', 'licensing', 'district', '九龙坡区卫生健康委员会'],
    ];
    for (const [name, type, level, dept] of named) {
      const b = catalog.basics.find((x) => x.spec.name === name);
      expect(b).toBeDefined();
      const division = level === 'district' ? '500107' : level === 'township' ? '500243106' : '500000';
      const g = catalog.guide(`${division}-${b!.basicCode}`)!;
      expect([g.name, g.type, g.level, g.department]).toEqual([name, type, level, dept]);
      expect(b!.spec.real).toBe(true);
    }
    const id = catalog.guide(idOf('居民身份证换领'))!;
    expect(id.fees.items[0]).toMatchObject({ amountYuan: 20 });
    expect(id.fees.items[1]).toMatchObject({ name: '居民身份证工本费（证件损坏换领）', amountYuan: 40 });
    expect(id.legalBasis.join()).toMatch(/第三条第三款[\s\S]*第十二条[\s\S]*第二十一条/);
    expect(id.legalBasis.join()).not.toMatch(/第二十条|第四条/);
    expect(id.situations.map((s) => s.name)).toEqual(['有效期满换领', '登记项目变更', '证件损坏']);
    expect(catalog.guide(idOf('普通护照签发'))!.fees.items[0].amountYuan).toBe(120);
    expect(catalog.guide(idOf('住房公积金提取'))!.legalBasis[0]).toContain('第二十四条');
  });

  it('gives each of the 20 named items real situations and a named legal basis', () => {
    const named = [
      '社会保障卡申领', '居民身份证换领', '居住证办理', '出生登记', '内地居民结婚登记', '住房公积金提取', '二手房转移登记',
      '机动车驾驶证换证', '城乡居民基本养老保险参保登记', '失业保险金申领', '最低生活保障申请', '残疾人证办理', '普通护照签发',
      '个体工商户设立登记', '企业设立登记', '食品经营许可', '超限运输车辆行驶公路许可', '建筑工程施工许可证核发', '道路运输经营许可', '公共场所卫生许可',
    ];
    for (const name of named) {
      const g = catalog.guide(idOf(name))!;
      expect(g.situations.length).toBeGreaterThanOrEqual(2);
      const lists = new Set(g.situations.map((s) => s.materialIds.join(',')));
      if (lists.size < 2) throw new Error(`${name}: situations share one material list`);
      if (!g.legalBasis.some((b) => /《[^》]+(法|条例|规定|办法|细则)》/.test(b))) throw new Error(`${name}: no 《…》 law or regulation in the legal basis`);
      if (g.situations.some((s) => /^(本人申请|委托他人代为办理|单位经办人办理|本人办理)$/.test(s.name))) throw new Error(`${name}: still has template situations`);
    }
    for (const name of named.slice(7)) expect(catalog.guide(idOf(name))!.faq.length).toBeGreaterThanOrEqual(3);
    const driving = catalog.guide(idOf('机动车驾驶证换证'))!;
    expect(driving.fees.items[0]).toMatchObject({ amountYuan: 10 });
    expect(driving.instant).toBe(true);
    expect(driving.legalBasis.join()).toContain('公安部令第162号');
    expect(driving.legalBasis.join()).toContain('经公安部令第172号修正');
    expect(JSON.stringify(driving)).not.toContain('年满60周岁');
    const passport = catalog.guide(idOf('普通护照签发'))!;
    expect(passport.channels.visits).toBe(1);
    expect(passport.promisedDays).toBe(7);
    expect(passport.situations.map((s) => s.name)).toContain('未满16周岁申请');
    const overlimit = catalog.guide(idOf('超限运输车辆行驶公路许可'))!;
    expect(overlimit.situations.map((s) => s.name.slice(0, 2))).toEqual(['一类', '二类', '三类']);
    const food = catalog.guide(idOf('食品经营许可').replace(/^\d+-/, '500107-'))!;
    expect(food.statutoryDays).toBe(10);
    expect(food.legalBasis.join()).toContain('第78号');
    const dibao = catalog.guide(`500243106-${catalog.basics.find((b) => b.spec.name === '最低生活保障申请')!.basicCode}`)!;
    expect(dibao.department).toBe('黄家镇人民政府');
    expect(dibao.legalBasis[0]).toContain('《社会救助暂行办法》');
  });

  it('attaches every synonym group to at least one real item, as the search index does', () => {
    // buildEntries in search/index.ts: a doc gets a group's terms when its normalised name contains a target
    const realNames = catalog.basics.filter((b) => b.spec.real).map((b) => normalize(b.spec.name));
    const docNames = new Set(catalogSearchDocs().map((d) => normalize(d.name)));
    const dead = SYNONYMS.filter((s) => !s.targets.some((t) => realNames.some((n) => n.includes(normalize(t))))).map((s) => s.terms.join('/'));
    expect(dead).toEqual([]);
    for (const n of realNames) expect(docNames.has(n)).toBe(true);
  });

  it('puts each added real item in the place and basic code of a SAMPLE filler of its kind', () => {
    const expected: Array<[string, string, string, string]> = [
      ['企业注销登记', 'licensing', 'city', '重庆市市场监督管理局'],
      ['企业变更登记', 'licensing', 'city', '重庆市市场监督管理局'],
      ['民用枪支持枪证件核发', 'licensing', 'city', '重庆市公安局'],
      ['居民身份证补领', 'public_service', 'city', '重庆市公安局'],
      ['专业技术人员职称评审', 'public_service', 'city', '重庆市人力资源和社会保障局'],
      ['无偿献血者及其亲属用血费用报销', 'public_service', 'city', '重庆市卫生健康委员会'],
      ['内地居民离婚登记', 'public_service', 'city', '重庆市民政局'],
      ['网络预约出租汽车驾驶员证核发', 'licensing', 'city', '重庆市交通运输委员会'],
      ['网络预约出租汽车运输证核发', 'licensing', 'district', '九龙坡区交通运输委员会'],
      ['建设工程竣工验收备案', 'licensing', 'district', '九龙坡区住房和城乡建设委员会'],
      ['养犬登记', 'licensing', 'district', '重庆市公安局九龙坡区分局'],
      ['企业设立登记（区县级）', 'licensing', 'district', '九龙坡区市场监督管理局'],
    ];
    expect(ADDED_ITEMS.map((a) => a.spec.name).sort()).toEqual(expected.map(([n]) => n).sort());
    const names = new Set(catalog.basics.map((b) => b.spec.name));
    for (const { replaces, spec } of ADDED_ITEMS) if (replaces !== spec.name) expect(names.has(replaces)).toBe(false);
    for (const [name, type, level, dept] of expected) {
      const b = catalog.basics.filter((x) => x.spec.name === name);
      expect(b).toHaveLength(1);
      expect(b[0].spec.real).toBe(true);
      const g = catalog.guide(`${level === 'district' ? '500107' : '500000'}-${b[0].basicCode}`)!;
      expect([g.name, g.type, g.level, g.department]).toEqual([name, type, level, dept]);
      expect(g.situations.length).toBeGreaterThanOrEqual(2);
      expect(new Set(g.situations.map((s) => s.materialIds.join(','))).size).toBe(g.situations.length);
      if (!g.legalBasis.some((x) => /《[^》]+(法|条例|规定|办法)》/.test(x))) throw new Error(`${name}: no 《…》 law or regulation in the legal basis`);
      expect(g.faq.length).toBeGreaterThanOrEqual(3);
    }
    // 补领 40 元, 申领/换领 20 元 (发改价格〔2003〕2322号)
    expect(catalog.guide(idOf('居民身份证补领'))!.fees.items[0]).toMatchObject({ amountYuan: 40 });
    expect(catalog.guide(idOf('网络预约出租汽车驾驶员证核发'))!.statutoryDays).toBe(10);
    expect(catalog.guide(idOf('建设工程竣工验收备案').replace(/^\d+-/, '500107-'))!.legalBasis[0]).toContain('第四十九条');
    expect(catalog.guide(idOf('内地居民离婚登记'))!.channels.visits).toBe(2);
  });

  it('gives search docs one per basic item with aliases and popularity', () => {
    const docs = catalogSearchDocs();
    expect(docs).toHaveLength(catalog.basics.length);
    expect(new Set(docs.map((d) => d.id)).size).toBe(docs.length);
    const sfz = docs.find((d) => d.name === '居民身份证换领')!;
    expect(sfz.aliases).toContain('身份证');
    expect(sfz.popularity).toBeGreaterThan(90);
  });
});

describe('catalog routes', () => {
  it('lists items ordered by level with cursor paging and no overlap', async () => {
    const seen = new Set<string>();
    let cursor: string | null = '';
    let total = 0;
    while (cursor !== null) {
      const { status, body }: { status: number; body: ItemListResponse } = await get<ItemListResponse>(`/api/items?type=licensing&level=city&limit=50${cursor ? `&cursor=${cursor}` : ''}`);
      expect(status).toBe(200);
      total = body.total;
      for (const i of body.items) {
        expect(seen.has(i.id)).toBe(false);
        seen.add(i.id);
      }
      cursor = body.nextCursor;
    }
    expect(total).toBe(421);
    expect(seen.size).toBe(421);
    const all = await get<ItemListResponse>('/api/items?limit=50');
    expect(all.body.items[0].level).toBe('city');
    expect(all.body.total).toBe(catalog.instanceCount);
  });

  it('filters by district, department, theme and audience', async () => {
    const { body } = await get<ItemListResponse>('/api/items?type=licensing&level=district&division=500243');
    expect(body.total).toBe(342);
    expect(body.items.every((i) => i.divisionCode === '500243' && i.department.includes('彭水苗族土家族自治县'))).toBe(true);
    const dept = await get<ItemListResponse>('/api/items?department=公安&level=city&limit=50');
    expect(dept.body.items.every((i) => i.departmentKey === '公安')).toBe(true);
    const theme = await get<ItemListResponse>(`/api/items?theme=${encodeURIComponent('婚姻登记')}`);
    expect(theme.body.items.map((i) => i.name)).toContain('内地居民结婚登记');
    const township = await get<ItemListResponse>('/api/items?level=township&division=500243106&limit=50');
    expect(township.body.items.every((i) => i.divisionCode === '500243106' && i.department === '黄家镇人民政府')).toBe(true);
  });

  it('searches by everyday words', async () => {
    const { body } = await get<ItemListResponse>(`/api/items?q=${encodeURIComponent('身份证')}&level=city`);
    expect(body.items[0].name).toContain('身份证');
    const s = await get<{ items: Array<{ id: string; name: string }> }>(`/api/items/suggest?q=${encodeURIComponent('公积金')}`);
    expect(s.status).toBe(200);
    expect(s.body.items.length).toBeGreaterThan(0);
    expect(s.body.items.length).toBeLessThanOrEqual(8);
  });

  it('returns the whole guide in one response', async () => {
    const { status, body } = await get<Guide>(`/api/items/${idOf('社会保障卡申领')}`);
    expect(status).toBe(200);
    expect(body.materials.length).toBeGreaterThan(0);
    expect(body.lifeEvents).toContain('新生儿出生');
  });

  it('lists only handling halls, nearest first, paged', async () => {
    const foodId = idOf('食品经营许可').replace(/^\d+-/, '500107-');
    const { body } = await get<ItemHallsResponse>(`/api/items/${foodId}/halls/nearby?lat=29.5&lng=106.5`);
    expect(body.items.map((h) => h.id)).toEqual(['500107']);
    const cardId = idOf('社会保障卡申领');
    const seen: string[] = [];
    let last = -1;
    let cursor: string | null = '';
    while (cursor !== null) {
      const res: { body: ItemHallsResponse } = await get<ItemHallsResponse>(`/api/items/${cardId}/halls/nearby?lat=29.159061&lng=107.84344&limit=10${cursor ? `&cursor=${cursor}` : ''}`);
      for (const h of res.body.items) {
        expect(h.distanceMeters).toBeGreaterThanOrEqual(last);
        last = h.distanceMeters;
        seen.push(h.id);
      }
      cursor = res.body.nextCursor;
    }
    expect(seen).toHaveLength(39);
    expect(new Set(seen).size).toBe(39);
    expect(seen).toContain('500000');
    expect(seen).toContain('500243');
  });

  it('lists a hall’s items, searchable', async () => {
    const district = await get<ItemListResponse>('/api/halls/500107/items?limit=50');
    expect(district.body.total).toBeGreaterThan(342);
    const township = await get<ItemListResponse>('/api/halls/500243106/items');
    expect(township.body.items.some((i) => i.name === '最低生活保障申请')).toBe(true);
    const found = await get<ItemListResponse>(`/api/halls/500243106/items?q=${encodeURIComponent('低保')}`);
    expect(found.body.items[0].name).toBe('最低生活保障申请');
    await expectError('/api/halls/500999/items', 404);
  });

  it('counts themes and departments as the item list does', async () => {
    const themes = (await get<ThemeGroup[]>('/api/catalog/themes')).body;
    expect(themes.map((g) => g.audience)).toEqual(['citizen', 'enterprise']);
    for (const g of themes) {
      expect(g.themes.length).toBeGreaterThan(0);
      for (const t of g.themes.slice(0, 4)) {
        const list = await get<ItemListResponse>(`/api/items?theme=${encodeURIComponent(t.name)}&limit=1`);
        expect(list.body.total).toBe(t.count);
      }
    }
    const depts = (await get<DepartmentEntry[]>('/api/catalog/departments?division=500107')).body;
    expect(depts.length).toBeGreaterThan(20);
    for (const d of depts.slice(0, 5)) {
      const list = await get<ItemListResponse>(`/api/items?department=${encodeURIComponent(d.key)}&division=500107&limit=1`);
      expect(list.body.total).toBe(d.count);
    }
  });

  it('serves life events with materials merged once', async () => {
    const list = (await get<Array<{ id: string }>>('/api/life-events')).body;
    expect(list.map((e) => e.id)).toEqual(['kaiban-qiye', 'xinshenger-chusheng', 'tuixiu', 'ershoufang-jiaoyi']);
    for (const { id } of list) {
      const ev = (await get<LifeEvent>(`/api/life-events/${id}`)).body;
      const names = ev.materials.map((m) => m.name);
      expect(new Set(names).size).toBe(names.length);
      for (const m of ev.materials) for (const itemId of m.itemIds) expect(ev.items.map((i) => i.id)).toContain(itemId);
    }
    const birth = (await get<LifeEvent>('/api/life-events/xinshenger-chusheng')).body;
    expect(birth.items).toHaveLength(5);
    expect(birth.materials.find((m) => m.name === '居民身份证')!.itemIds.length).toBeGreaterThan(1);
    await expectError('/api/life-events/no-such-event', 404);
  });

  it('serves blank forms and samples', async () => {
    const g = (await get<Guide>(`/api/items/${idOf('居民身份证换领')}`)).body;
    const form = g.materials.find((m) => m.blankFormUrl)!;
    const blank = await get<string>(form.blankFormUrl!);
    expect(blank.type).toContain('text/html');
    expect(blank.body).toContain('居民身份证申领登记表');
    expect(blank.body).not.toContain('张三');
    const sample = await get<string>(form.sampleUrl!);
    expect(sample.body).toContain('张三');
    expect(sample.body).toContain('5001**********1234');
    await expectError('/api/forms/nope-form/blank', 404);
  });

  it('rejects bad input with fields and unknown ids with 404', async () => {
    await expectError('/api/items?type=permit', 400, 'type');
    await expectError('/api/items?level=province', 400, 'level');
    await expectError('/api/items?audience=alien', 400, 'audience');
    await expectError(`/api/items?theme=${encodeURIComponent('不存在的主题')}`, 400, 'theme');
    await expectError('/api/items?department=nope', 400, 'department');
    await expectError('/api/items?limit=0', 400, 'limit');
    await expectError('/api/items?cursor=bogus', 400, 'cursor');
    await expectError('/api/items?division=12', 400, 'division');
    await expectError('/api/items?division=500999', 404);
    await expectError('/api/items/abc', 400, 'id');
    await expectError('/api/items/500000-999999999999', 404);
    await expectError('/api/items/500107-999999999999/halls/nearby?lat=29&lng=106', 404);
    await expectError(`/api/items/${idOf('社会保障卡申领')}/halls/nearby?lat=99&lng=106`, 400, 'lat');
    await expectError('/api/items/suggest', 400, 'q');
  });
});

describe('grouped lists: one row per item, the citizen’s own instance', () => {
  it('collapses the 38 district instances of a district item into one row with its coverage', async () => {
    const { body } = await get<ItemListResponse>('/api/items?type=licensing&level=district&group=basic&limit=50');
    expect(body.total).toBe(342);
    expect(body.items.every((i) => i.instanceCount === 38)).toBe(true);
    expect(new Set(body.items.map((i) => i.basicCode)).size).toBe(body.items.length);
  });

  it('represents a village item by the citizen’s own village when `near` is given', async () => {
    const { body } = await get<ItemListResponse>('/api/items?q=sbk&group=basic&near=500243106200');
    const village = body.items.find((i) => i.level === 'village');
    expect(village?.divisionCode).toBe('500243106200');
    expect(village?.department).toContain('光辉村');
  });

  it('registers a company where it is seated: 注册公司 near 九龙坡区 reaches 九龙坡区市场监督管理局 (issue 9)', async () => {
    const district = catalog.basics.find((b) => b.spec.name === '企业设立登记（区县级）')!;
    const city = catalog.basics.find((b) => b.spec.name === '企业设立登记')!;
    expect(district.carriers).toHaveLength(38);
    const jiulongpo = halls.tree.districts.find((d) => d.name === '九龙坡区')!;
    const near = jiulongpo.children[0].code;
    const guide = catalog.guide(`${jiulongpo.code}-${district.basicCode}`)!;
    expect([guide.level, guide.department]).toEqual(['district', '九龙坡区市场监督管理局']);
    const cityGuide = catalog.guide(`500000-${city.basicCode}`)!;
    expect(guide.materials.map((m) => m.name)).toEqual(cityGuide.materials.map((m) => m.name));
    expect(guide.situations.map((s) => s.name)).toEqual(cityGuide.situations.map((s) => s.name));
    expect(cityGuide.acceptanceConditions[0]).toContain('按登记管辖规定');
    for (const q of ['注册公司', '企业设立', '开公司']) {
      const { body } = await get<ItemListResponse>(`/api/items?q=${encodeURIComponent(q)}&group=basic&near=${near}&limit=5`);
      expect({ q, ids: body.items.map((i) => i.id) }).toEqual({ q, ids: expect.arrayContaining([`${jiulongpo.code}-${district.basicCode}`]) });
    }
  });

  it('represents a district item by the citizen’s district', async () => {
    const { body } = await get<ItemListResponse>('/api/items?type=licensing&level=district&group=basic&near=500236001001&limit=5');
    expect(body.items.map((i) => i.divisionCode)).toEqual(['500236', '500236', '500236', '500236', '500236']);
    expect(body.items[0].department).toMatch(/^奉节县/);
  });

  it('suggests the citizen’s own instance too', async () => {
    const { body } = await get<{ items: Array<{ id: string }> }>('/api/items/suggest?q=%E4%BB%A3%E5%8A%9E&near=500243106200');
    expect(body.items.some((s) => s.id.startsWith('500243106200-'))).toBe(true);
  });

  it('names the bad parameter', async () => {
    await expectError('/api/items?group=all', 400, 'group');
    await expectError('/api/items?group=basic&near=12', 400, 'near');
  });
});
