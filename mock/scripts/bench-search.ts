/**
 * In-process timing of the catalog search engine over the real catalog docs:
 *   npx tsx mock/scripts/bench-search.ts [iterations]
 * Reports the index build time and p50/p95/p99/max of search() and suggest() over a deterministic
 * mix of queries: everyday words, typed-as-you-go prefixes of real names (Chinese and pinyin),
 * initials, full pinyin, one-character typos and nonsense. Budgets: build < 300 ms, search p95 ≤ 2 ms.
 * Exports benchSearch() so scripts/bench.ts can reuse it.
 */
import { pinyin } from 'pinyin-pro';
import { mulberry32 } from '../halls/prng';
import { sharedStores } from '../world';
import { createSearchIndex } from '../catalog/search';
import type { SearchDoc, SearchIndex } from '../catalog/search';
import { SYNONYMS } from '../catalog/search/synonyms';

export interface SearchBenchResult {
  label: string;
  iterations: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

const FIXED = ['社保', 'sbk', 'shebao', '公积金', 'gjj', '身份证', '开公司', '营业执照', '驾照', '低保', '公安', 'qwxz', '火星签证', '我想办护照', '居民身分证换领', '社会保障咔申领'];
const NOISE = '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严';

/** A deterministic query mix drawn from the docs themselves, so it exercises every code path. */
export function searchQueries(docs: SearchDoc[], count: number, seed = 7): string[] {
  const rng = mulberry32(seed);
  const pick = <T>(list: T[]): T => list[Math.floor(rng() * list.length)];
  const terms = SYNONYMS.flatMap((s) => s.terms);
  const out: string[] = [];
  while (out.length < count) {
    const d = docs.length > 0 ? pick(docs) : undefined;
    const name = d?.name ?? '社会保障卡申领';
    const ys = pinyin(name, { toneType: 'none', type: 'array', v: true });
    const k = 1 + Math.floor(rng() * Math.min(6, name.length));
    switch (Math.floor(rng() * 9)) {
      case 0: out.push(pick(FIXED)); break;
      case 1: out.push(pick(terms)); break;
      case 2: out.push(name.slice(0, k)); break; // as you type, Chinese
      case 3: out.push(name.slice(Math.floor(name.length / 3), Math.floor(name.length / 3) + 2 + (k % 3))); break; // substring
      case 4: out.push(ys.slice(0, k).map((y) => y[0]).join('')); break; // initials
      case 5: out.push(ys.slice(0, k).join('')); break; // full pinyin
      case 6: out.push(ys.slice(0, k).join('').slice(0, -1)); break; // half-typed last syllable
      case 7: { // one wrong character
        const at = Math.floor(rng() * name.length);
        out.push(name.slice(0, at) + NOISE[Math.floor(rng() * NOISE.length)] + name.slice(at + 1));
        break;
      }
      default: out.push(name); // the whole name
    }
  }
  return out;
}

export function benchSearch(
  index: SearchIndex,
  queries: string[],
  options: { label: string; op: 'search' | 'suggest'; limit?: number },
): SearchBenchResult {
  const call = options.op === 'search' ? (q: string) => index.search(q, options.limit) : (q: string) => index.suggest(q, options.limit);
  for (let i = 0; i < Math.min(queries.length, 1000); i++) call(queries[i]); // warm up the JIT
  const times = queries.map((q) => {
    const t0 = performance.now();
    call(q);
    return performance.now() - t0;
  });
  times.sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 1000) / 1000;
  return {
    label: options.label,
    iterations: queries.length,
    p50Ms: round(percentile(times, 50)),
    p95Ms: round(percentile(times, 95)),
    p99Ms: round(percentile(times, 99)),
    maxMs: round(times[times.length - 1]),
  };
}

if (require.main === module) {
  const iterations = Number(process.argv[2] ?? 5000);
  const docs = sharedStores().catalog.searchDocs();
  const t0 = performance.now();
  createSearchIndex(docs); // the first build also loads pinyin-pro's dictionaries
  const firstMs = performance.now() - t0;
  const t1 = performance.now();
  const index = createSearchIndex(docs);
  const buildMs = performance.now() - t1;
  console.log(`${docs.length} docs; index built in ${firstMs.toFixed(1)} ms (first, cold), ${buildMs.toFixed(1)} ms (again)`);
  const queries = searchQueries(docs, iterations);
  for (const r of [
    benchSearch(index, queries, { label: 'search, all hits', op: 'search' }),
    benchSearch(index, queries, { label: 'search, limit 20', op: 'search', limit: 20 }),
    benchSearch(index, queries, { label: 'suggest (8)', op: 'suggest' }),
  ]) {
    console.log(
      `${r.label.padEnd(20)} p50 ${r.p50Ms.toFixed(3)} ms  p95 ${r.p95Ms.toFixed(3)} ms  p99 ${r.p99Ms.toFixed(3)} ms  max ${r.maxMs.toFixed(3)} ms  (n=${r.iterations})`,
    );
  }
}
