/**
 * The hand-written guides as data (mock/catalog/guides/): every file validates, the manifest
 * fixes the lists and their order, broken data is rejected naming the file and the field, and a
 * guide's facts reach the built catalog with the basic codes they had as TypeScript literals.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildBasicItems } from '../../../mock/catalog/build';
import { ADDED_ITEMS, GUIDES_DIR, MINIMUM_LIVING, NAMED_ITEMS, REAL_ITEMS, loadGuides } from '../../../mock/catalog/guides';
import { parseGuide } from '../../../mock/catalog/guides/schema';
import { buildDivisionTree, loadDivisionsFile } from '../../../mock/halls/divisions';

const GUIDE_FILES = readdirSync(GUIDES_DIR).filter((f) => f.endsWith('.json') && f !== 'manifest.json');
const readGuide = (file: string): Record<string, unknown> => JSON.parse(readFileSync(path.join(GUIDES_DIR, file), 'utf8')) as Record<string, unknown>;

describe('guide files', () => {
  it('are one per guide, each with a readable ASCII slug', () => {
    expect(GUIDE_FILES).toHaveLength(32);
    for (const f of GUIDE_FILES) expect(f).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*\.json$/);
  });

  it.each(GUIDE_FILES)('%s validates', (file) => {
    expect(() => parseGuide(readGuide(file), file)).not.toThrow();
  });
});

describe('loaded lists', () => {
  it('have the counts and order of the manifest', () => {
    expect(REAL_ITEMS).toHaveLength(19);
    expect(NAMED_ITEMS).toHaveLength(12);
    expect(ADDED_ITEMS).toHaveLength(12);
    expect(REAL_ITEMS[0].name).toBe('社会保障卡申领');
    expect(REAL_ITEMS[6].name).toBe('二手房转移登记');
    expect(REAL_ITEMS.at(-1)?.name).toBe('公共场所卫生许可');
    expect(NAMED_ITEMS[0].name).toBe('普通护照签发');
    expect(NAMED_ITEMS.at(-1)?.name).toBe('公共场所卫生许可');
    // REAL_ITEMS ends with the very NAMED_ITEMS objects, as when real.ts spread them in
    expect(REAL_ITEMS.slice(7).every((s, i) => s === NAMED_ITEMS[i])).toBe(true);
    expect(MINIMUM_LIVING.name).toBe('最低生活保障申请');
    expect(MINIMUM_LIVING.level).toBe('township');
    expect(ADDED_ITEMS[0]).toMatchObject({ replaces: '计量标准器具核准注销', spec: { name: '企业注销登记' } });
    expect(ADDED_ITEMS.at(-2)).toMatchObject({ replaces: '剧毒化学品购买许可延期', spec: { name: '养犬登记' } });
    expect(ADDED_ITEMS.at(-1)).toMatchObject({ replaces: '农民专业合作社设立补发', spec: { name: '企业设立登记（区县级）', level: 'district' } });
  });

  it('are what loadGuides reads from the folder', () => {
    const lists = loadGuides();
    expect([...lists.real, ...lists.named]).toEqual(REAL_ITEMS);
    expect(lists.minimumLiving).toEqual(MINIMUM_LIVING);
    expect(lists.added).toEqual(ADDED_ITEMS);
  });
});

describe('broken guide data', () => {
  const passport = (): Record<string, unknown> & {
    fees: { items: Array<{ amountYuan: number }> };
    situations: Array<{ materials: string[] }>;
    materials: Array<{ key: string }>;
    process: Array<{ order: number }>;
  } => readGuide('passport.json') as ReturnType<typeof passport>;

  function rejection(mutate: (g: ReturnType<typeof passport>) => void): string {
    const g = passport();
    mutate(g);
    try {
      parseGuide(g, 'guides/passport.json');
    } catch (e) {
      return (e as Error).message;
    }
    throw new Error('the broken guide was accepted');
  }

  it('names the file and the field of a negative fee', () => {
    const message = rejection((g) => {
      g.fees.items[0].amountYuan = -120;
    });
    expect(message).toContain('guides/passport.json');
    expect(message).toMatch(/fees\.items\[0\]\.amountYuan: .*>=0/);
  });

  it('names a situation material that no material has', () => {
    expect(rejection((g) => g.situations[0].materials.push('visa'))).toMatch(/situations\[0\]\.materials\[3\]: unknown material key "visa"/);
  });

  it('rejects an unknown itemType, an unknown key and a wrong enum value', () => {
    expect(rejection((g) => (g.type = 'permit'))).toMatch(/^ {2}type: /m);
    expect(rejection((g) => (g.fee = 120))).toMatch(/"fee"/);
    expect(rejection((g) => ((g.channels as { onlineDepth: number }).onlineDepth = 5))).toMatch(/channels\.onlineDepth: /);
  });

  it('checks keys, time limits and step numbers', () => {
    expect(rejection((g) => (g.materials[1].key = 'form'))).toMatch(/materials\[1\]\.key: duplicate material key "form"/);
    expect(rejection((g) => (g.promisedDays = 30))).toMatch(/promisedDays: promisedDays \(30\) exceeds statutoryDays \(15\)/);
    expect(rejection((g) => (g.process[1].order = 3))).toMatch(/process\[1\]\.order: expected 2/);
  });

  describe('in the folder', () => {
    let dir = '';
    beforeEach(() => {
      dir = mkdtempSync(path.join(tmpdir(), 'guides-'));
      cpSync(GUIDES_DIR, dir, { recursive: true, filter: (src) => !src.endsWith('.ts') && !src.endsWith('.md') });
    });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    it('stops the load with the file name and the field path', () => {
      const file = path.join(dir, 'passport.json');
      writeFileSync(file, readFileSync(file, 'utf8').replace('"amountYuan": 120', '"amountYuan": -120'));
      expect(() => loadGuides(dir)).toThrow(/passport\.json:\n {2}fees\.items\[0\]\.amountYuan: /);
    });

    it('stops the load on a file the manifest does not list, or a listed file that is missing', () => {
      writeFileSync(path.join(dir, 'stray.json'), '{}');
      rmSync(path.join(dir, 'dog-registration.json'));
      expect(() => loadGuides(dir)).toThrow(/stray\.json is not listed in manifest\.json[\s\S]*dog-registration\.json is listed in manifest\.json but missing/);
    });
  });
});

describe('guides in the built catalog', () => {
  // build.ts assigns basic codes by position; the codes below are those the TypeScript literals
  // had, so reordering manifest.json (or a list in it) shows up here.
  const basics = buildBasicItems(buildDivisionTree(loadDivisionsFile()));
  const byName = new Map(basics.map((b) => [b.spec.name, b]));

  it('keeps every guide and its basic code', () => {
    const codes = Object.fromEntries([...REAL_ITEMS, MINIMUM_LIVING, ...ADDED_ITEMS.map((a) => a.spec)].map((s) => [s.name, byName.get(s.name)?.basicCode]));
    expect(codes).toEqual({
      社会保障卡申领: '200210001000',
      居民身份证换领: '200110001000',
      居住证办理: '200110002000',
      出生登记: '200110003000',
      内地居民结婚登记: '200810001000',
      住房公积金提取: '201210001000',
      二手房转移登记: '200910001000',
      普通护照签发: '010110001000',
      企业设立登记: '010310001000',
      超限运输车辆行驶公路许可: '010410001000',
      机动车驾驶证换证: '200110004000',
      城乡居民基本养老保险参保登记: '200210002000',
      失业保险金申领: '200210003000',
      残疾人证办理: '201410001000',
      个体工商户设立登记: '010320001000',
      食品经营许可: '010320002000',
      建筑工程施工许可证核发: '010520001000',
      道路运输经营许可: '010420001000',
      公共场所卫生许可: '010620001000',
      最低生活保障申请: '200830001000',
      企业注销登记: '010310026000',
      企业变更登记: '010310021000',
      民用枪支持枪证件核发: '010110008000',
      居民身份证补领: '200110025000',
      专业技术人员职称评审: '200210055000',
      无偿献血者及其亲属用血费用报销: '200610013000',
      内地居民离婚登记: '200810003000',
      // city since issue 9 (issued by the 设区的市's transport authority): took the code of 涉路施工许可（高速公路）延期
      网络预约出租汽车驾驶员证核发: '010410012000',
      网络预约出租汽车运输证核发: '010420017000',
      建设工程竣工验收备案: '010520016000',
      养犬登记: '010120010000',
      // issue 9: territorial registration, in the place of the SAMPLE filler 农民专业合作社设立补发
      '企业设立登记（区县级）': '010320046000',
    });
  });

  it('names a document or outcome as the result of every one of the 1,220 basic items, never the item itself', () => {
    expect(basics).toHaveLength(1220);
    const bad = basics.filter((b) => b.spec.result.name.trim() === '' || b.spec.result.name === b.spec.name).map((b) => b.spec.name);
    expect(bad).toEqual([]);
    // the village 代办 kinds name the card itself (the example), variants their own document
    const resultOf = (name: string) => byName.get(name)?.spec.result.name;
    expect(resultOf('社会保障卡申领代办')).toBe('中华人民共和国社会保障卡');
    expect(resultOf('残疾人证办理代办')).toBe('中华人民共和国残疾人证');
    expect(resultOf('食品经营许可注销')).toBe('准予注销行政许可决定书（食品经营许可证）');
    expect(resultOf('市公安局政府信息公开申请')).toBe('政府信息公开申请答复书');
  });

  it('carries the passport fee of its file (120 元/本) into the catalog', () => {
    const fee = readGuide('passport.json').fees as { items: Array<{ amountYuan: number; unit: string }> };
    expect(fee.items[0]).toMatchObject({ amountYuan: 120, unit: '元/本' });
    const passport = byName.get('普通护照签发');
    expect(passport?.spec).toBe(NAMED_ITEMS[0]);
    expect(passport?.spec.fees.items[0].amountYuan).toBe(120);
  });
});

describe('guide facts checked against the law (issue 9)', () => {
  const text = (file: string): string => JSON.stringify(readGuide(file));
  const spec = (file: string) => parseGuide(readGuide(file), file);

  it('every guide names its sources: a 《…》 law or rule in legalBasis', () => {
    for (const f of GUIDE_FILES) {
      const g = spec(f);
      expect({ f, ok: g.legalBasis.length > 0 && g.legalBasis.some((b) => /《[^》]+》/.test(b)) }).toEqual({ f, ok: true });
    }
  });

  it('居民身份证: 补领 and 损坏换领 40 元, 换领 20 元; articles 第三条第三款, 第十二条, 第二十一条', () => {
    const reissue = spec('id-card-reissue.json');
    expect(reissue.fees.items.map((i) => i.amountYuan)).toEqual([40]);
    const renewal = spec('id-card-renewal.json');
    expect(renewal.fees.items.map((i) => i.amountYuan)).toEqual([20, 40]);
    for (const f of ['id-card-reissue.json', 'id-card-renewal.json']) {
      const t = text(f);
      expect(t).toContain('第三条第三款');
      expect(t).toContain('第十二条');
      expect(t).toContain('第二十一条');
      expect(t).not.toMatch(/居民身份证法》第(四|二十)条/);
    }
  });

  it('驾驶证: the age is 63 (公安部令第172号), not 60', () => {
    const t = text('driving-licence-renewal.json');
    expect(t).toContain('经公安部令第172号修正');
    expect(t).toContain('63周岁');
    expect(t).not.toContain('年满60周岁');
  });

  it('婚姻登记条例 is cited without the 2003 article numbers', () => {
    for (const f of ['marriage-registration.json', 'divorce-registration.json']) expect(text(f)).not.toMatch(/婚姻登记条例》第/);
  });

  it('低保: household-registration township only, 重庆 条例 第十四条 and 第十九条', () => {
    const g = spec('minimum-living-allowance.json');
    expect(g.legalBasis.join()).toMatch(/《重庆市城乡居民最低生活保障条例》.*第十四条.*第十九条/);
    expect(JSON.stringify(g)).not.toMatch(/经常居住地|居住地乡镇/);
    expect(g.situations.map((s) => s.name)).not.toContain('在经常居住地申请（持居住证）');
  });

  it('网约车: the driver licence is a city item decided in 10 days; 养犬登记 7 days and no fee claim', () => {
    const driver = spec('ride-hailing-driver-licence.json');
    expect([driver.level, driver.statutoryDays]).toEqual(['city', 10]);
    expect(driver.conditions.join()).toContain('设区的市级');
    expect(text('ride-hailing-vehicle-permit.json')).not.toContain('区县政务服务中心');
    const dog = spec('dog-registration.json');
    expect(dog.statutoryDays).toBe(7);
    expect(dog.fees.note).not.toMatch(/不收取登记费/);
  });

  it('社会保障卡 cites the card rules, not 社会保险法 第五十八条; 残疾人证 is jointly issued and 跨省通办 needs a 居住证', () => {
    expect(text('social-security-card.json')).not.toContain('第五十八条');
    expect(text('social-security-card.json')).toContain('人社部发〔2011〕47号');
    const d = spec('disability-card.json');
    expect(d.legalBasis.join()).toContain('国家卫生和计划生育委员会');
    const cross = d.situations.find((s) => s.name.startsWith('跨省通办'));
    expect(cross?.materials).toContain('residence_permit');
  });
});
