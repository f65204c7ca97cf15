/**
 * The catalog search engine itself (mock/catalog/search), on its own fixture so the rules are
 * tested independently of the catalog data: normalisation, each match tier and its order,
 * highlights, suggest, and the edges (empty, nonsense, limits).
 */
import { createSearchIndex, SUGGEST_MAX, TIER } from '../../../mock/catalog/search';
import type { SearchDoc, SearchHit } from '../../../mock/catalog/search';
import { fixtureDocs } from '../../../mock/catalog/search/fixture';
import { mapRange, normalize, normalizeWithMap } from '../../../mock/catalog/search/normalize';
import { SYNONYMS } from '../../../mock/catalog/search/synonyms';
import { sharedStores } from '../../../mock/world';

const catalogSearchDocs = () => sharedStores().catalog.searchDocs();

const docs = fixtureDocs();
const index = createSearchIndex(docs);
const nameOf = new Map(docs.map((d) => [d.id, d.name]));

function names(hits: SearchHit[]): string[] {
  return hits.map((h) => nameOf.get(h.id) ?? h.id);
}
function first(q: string): string | undefined {
  return names(index.search(q, 1))[0];
}
function highlighted(hit: SearchHit): string[] {
  const name = nameOf.get(hit.id) ?? '';
  return hit.highlight.map(([a, b]) => name.slice(a, b));
}
function doc(id: string, name: string, extra: Partial<SearchDoc> = {}): SearchDoc {
  return { id, name, aliases: [], department: '重庆市公安局', themes: [], popularity: 0, ...extra };
}

describe('normalisation', () => {
  it('folds full-width, case, spaces and punctuation', () => {
    expect(normalize('  ＳＢＫ　社保（卡）! ')).toBe('sbk社保卡');
    expect(normalize('She Bao')).toBe('shebao');
  });
  it('maps normalised ranges back to the original text', () => {
    const n = normalizeWithMap('烟花爆竹经营（零售）许可');
    const at = n.text.indexOf('零售许可');
    expect(mapRange(n, at, at + 4)).toEqual([7, 12]); // 零售）许可: the closing bracket sits inside the range
  });
  it('finds names through full-width and punctuated queries', () => {
    expect(first('ｇｊｊ')).toBe('住房公积金提取');
    expect(first('社会保障卡，申领')).toBe('社会保障卡申领');
    expect(first('烟花爆竹经营零售许可')).toBe('烟花爆竹经营（零售）许可');
  });
});

describe('tiers, best first', () => {
  // Built so that each tier is represented by one doc, with popularity reversed, to prove that
  // the tier decides and popularity only breaks ties.
  const tierDocs = [
    doc('fuzzy', '居民身甲证换领', { popularity: 9 }),
    doc('pinyin', '居民身份正换领', { popularity: 8 }), // 正 for 证, a homophone
    doc('substring', '临时居民身份证换领', { popularity: 7 }),
    doc('alias', '第二代证件换领', { aliases: ['居民身份证换领'], popularity: 6 }),
    doc('prefix', '居民身份证换领（到期）', { popularity: 5 }),
    doc('exact', '居民身份证换领', { popularity: 1 }),
  ];
  const tiers = createSearchIndex(tierDocs, []);

  it('orders exact > prefix > alias > substring > pinyin/homophone > fuzzy', () => {
    const hits = tiers.search('居民身份证换领');
    expect(hits.map((h) => h.id)).toEqual(['exact', 'prefix', 'alias', 'substring', 'pinyin', 'fuzzy']);
    expect(hits[0].score).toBe(TIER.exactName);
    for (let i = 1; i < hits.length; i++) expect(hits[i].score).toBeLessThan(hits[i - 1].score);
  });

  it('breaks ties by popularity, then the shorter name', () => {
    const idx = createSearchIndex(
      [doc('a', '甲证办理', { popularity: 1 }), doc('b', '甲证补办', { popularity: 5 }), doc('c', '甲证', { popularity: 5 }), doc('d', '乙甲证换领', { popularity: 5 })],
      [],
    );
    expect(idx.search('甲证').map((h) => h.id)).toEqual(['c', 'b', 'a', 'd']);
  });

  it('ranks name pinyin above department and department above fuzzy', () => {
    expect(TIER.pinyinInitials).toBeGreaterThan(TIER.department);
    expect(TIER.department).toBeGreaterThan(TIER.fuzzy + 20); // + the whole-field bonus
  });
});

describe('Chinese', () => {
  it('matches substrings and abbreviations (characters in order)', () => {
    expect(first('公积金提取')).toBe('住房公积金提取');
    expect(first('驾驶证换证')).toBe('机动车驾驶证换证');
    const hit = index.search('食许')[0];
    expect(nameOf.get(hit.id)).toBe('食品经营许可');
    expect(highlighted(hit)).toEqual(['食', '许']);
  });

  it('tolerates one wrong, missing or extra character', () => {
    expect(first('社会保障咔申领')).toBe('社会保障卡申领'); // homophone
    expect(first('居民身分证换领')).toBe('居民身份证换领'); // homophone
    expect(first('社会保障卡申')).toBe('社会保障卡申领'); // prefix
    expect(first('社会保障申领')).toBe('社会保障卡申领'); // missing
    expect(first('社会保障卡卡申领')).toBe('社会保障卡申领'); // extra
    expect(first('超限运输车俩行驶公路许可')).toBe('超限运输车辆行驶公路许可');
    expect(first('超限运输车甲行驶公路许可')).toBe('超限运输车辆行驶公路许可'); // not a homophone
  });

  it('does not stretch two-character queries into typos', () => {
    expect(index.search('火星')).toEqual([]);
  });

  it('reads polyphones in context (重庆 = chong qing)', () => {
    expect(first('chongqingyingcaika')).toBe('重庆英才卡申领');
    expect(first('cqyck')).toBe('重庆英才卡申领');
    expect(index.search('zhongqing')).toEqual([]);
  });
});

describe('pinyin', () => {
  it('matches full pinyin, with or without spaces, and initials, highlighting the characters', () => {
    const full = index.search('gong ji jin ti qu')[0];
    expect(nameOf.get(full.id)).toBe('住房公积金提取');
    expect(highlighted(full)).toEqual(['公积金提取']);
    expect(first('zhufanggongjijintiqu')).toBe('住房公积金提取');
    const initials = index.search('jdcjsz')[0];
    expect(nameOf.get(initials.id)).toBe('机动车驾驶证换证');
    expect(highlighted(initials)).toEqual(['机动车驾驶证']);
  });

  it('ranks full pinyin above initials and accepts zh/ch/sh as initials', () => {
    expect(first('shbzksl')).toBe('社会保障卡申领');
    expect(first('shbzhksl')).toBe('社会保障卡申领');
    const full = index.search('shehuibaozhangkashenling')[0];
    const init = index.search('shbzksl')[0];
    expect(full.score).toBeGreaterThan(init.score);
  });

  it('accepts a half-typed last syllable and mixed Chinese + pinyin', () => {
    expect(first('shehuibaozhangk')).toBe('社会保障卡申领');
    expect(first('社保ka')).toBe('社会保障卡申领');
    expect(first('公积金tq')).toBe('住房公积金提取');
  });

  it('finds nothing for letters that spell no name', () => {
    expect(index.search('qwxz')).toEqual([]);
    expect(index.search('xxxxxxxx')).toEqual([]);
  });
});

describe('synonyms', () => {
  it('has at least 40 entries whose terms are unique', () => {
    const terms = SYNONYMS.flatMap((s) => s.terms.map(normalize));
    expect(SYNONYMS.length).toBeGreaterThanOrEqual(40);
    expect(new Set(terms).size).toBe(terms.length);
  });

  it('maps everyday words to the official item and highlights the target', () => {
    const hit = index.search('社保卡')[0];
    expect(nameOf.get(hit.id)).toBe('社会保障卡申领');
    expect(highlighted(hit)).toEqual(['社会保障卡申领']);
    const kai = index.search('开公司')[0];
    expect(nameOf.get(kai.id)).toBe('企业设立登记');
    expect(names(index.search('营业执照')).slice(0, 2).sort()).toEqual(['个体工商户设立登记', '企业设立登记']);
  });

  it('indexes the terms in pinyin too', () => {
    expect(first('sbk')).toBe('社会保障卡申领');
    expect(first('shebao')).toBe('社会保障卡申领');
    expect(first('gongjijin')).toBe('住房公积金提取');
  });

  it('indexes the docs own aliases, highlighting them when they are part of the name', () => {
    const hit = index.search('英才卡')[0];
    expect(nameOf.get(hit.id)).toBe('重庆英才卡申领');
    expect(highlighted(hit)).toEqual(['英才卡']);
  });

  it('reads through filler words and the city name', () => {
    expect(first('我想办护照')).toBe('普通护照签发');
    expect(first('护照怎么办理')).toBe('普通护照签发');
    expect(first('重庆市社保卡')).toBe('社会保障卡申领');
    expect(first('居住证办理')).toBe('居住证办理');
  });

  it('matches departments by official and everyday names', () => {
    const hits = index.search('公安');
    expect(hits.length).toBeGreaterThan(5);
    expect(hits.every((h) => docs.find((d) => d.id === h.id)?.department.includes('公安'))).toBe(true);
    expect(docs.find((d) => d.id === index.search('残联')[0].id)?.department).toBe('重庆市残疾人联合会');
  });
});

describe('edges', () => {
  it('returns nothing for an empty or blank query, or a zero limit', () => {
    expect(index.search('')).toEqual([]);
    expect(index.search('  ，。 ')).toEqual([]);
    expect(index.suggest('')).toEqual([]);
    expect(index.search('社保', 0)).toEqual([]);
  });

  it('returns each doc once, with clean highlight ranges inside the name', () => {
    for (const q of ['证', 's', '登记', 'dj', '许可', '社保', '居民身分证']) {
      const hits = index.search(q);
      expect(new Set(hits.map((h) => h.id)).size).toBe(hits.length);
      for (const h of hits) {
        const len = (nameOf.get(h.id) ?? '').length;
        let last = -1;
        for (const [a, b] of h.highlight) {
          expect(a).toBeGreaterThan(last);
          expect(b).toBeGreaterThan(a);
          expect(b).toBeLessThanOrEqual(len);
          last = b;
        }
      }
    }
  });

  it('respects the limit and keeps the order', () => {
    const all = index.search('登记');
    expect(all.length).toBeGreaterThan(10);
    expect(index.search('登记', 3)).toEqual(all.slice(0, 3));
  });

  it('copes with odd names: non-BMP characters, letters and digits', () => {
    const idx = createSearchIndex([doc('x', '𠀀字A类2号证明'), doc('y', 'ABC证书')], []);
    expect(idx.search('a类2号').map((h) => h.id)).toEqual(['x']);
    expect(idx.search('zizheng')).toEqual([]);
    expect(idx.search('abczs').map((h) => h.id)).toEqual(['y']);
    expect(createSearchIndex([], []).search('社保')).toEqual([]);
  });
});

describe('suggest', () => {
  it('gives at most 8, prefix-biased', () => {
    expect(index.suggest('s').length).toBe(SUGGEST_MAX);
    expect(index.suggest('s', 20).length).toBe(SUGGEST_MAX);
    expect(index.suggest('登记', 3).length).toBe(3);
    const hits = names(index.suggest('居民'));
    expect(hits.slice(0, 3).every((n) => n.startsWith('居民'))).toBe(true);
    expect(hits.length).toBe(SUGGEST_MAX);
  });

  it('completes everyday words and pinyin as they are typed', () => {
    expect(names(index.suggest('公积'))[0]).toBe('住房公积金提取');
    expect(names(index.suggest('shehui'))[0]).toBe('社会保障卡申领');
    expect(names(index.suggest('jiash'))).toContain('机动车驾驶证换证');
    expect(names(index.suggest('社会保障咔'))[0]).toBe('社会保障卡申领');
  });
});

describe('build', () => {
  it('indexes a thousand-odd docs, duplicates and all', () => {
    const many: SearchDoc[] = [];
    for (let i = 0; i < 20; i++) for (const d of docs) many.push({ ...d, id: `${d.id}-${i}`, name: `${d.name}${i % 2 ? '（延续）' : ''}` });
    const idx = createSearchIndex(many);
    expect(idx.search('社保卡').length).toBeGreaterThan(20);
  });
});

describe('several words', () => {
  const index = createSearchIndex(catalogSearchDocs());
  const names = (q: string) => index.search(q, 5).map((h) => catalogSearchDocs().find((d) => d.id === h.id)?.name);

  it('keeps only items every word matches, e.g. a department and a thing', () => {
    const hits = index.search('公安 护照', 10);
    expect(hits.length).toBeGreaterThan(0);
    const docs = hits.map((h) => catalogSearchDocs().find((d) => d.id === h.id)!);
    expect(docs[0].name).toBe('普通护照签发');
    docs.forEach((d) => expect(d.department).toContain('公安'));
  });

  it('accepts a full-width space between words', () => {
    expect(names('社保　申领')[0]).toBe('社会保障卡申领');
  });

  it('finds nothing when one word matches nothing', () => {
    expect(index.search('火星 签证', 10)).toEqual([]);
  });
});
