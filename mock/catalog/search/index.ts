/**
 * Search over the service catalog: one doc per distinct basic item; the catalog maps hits to
 * implementation instances. In-process, built once at start-up, no dependencies beyond pinyin-pro.
 *
 * Everything is normalised (normalize.ts) on both sides. Each doc has fields: its name, its own
 * aliases, and the everyday terms of synonyms.ts whose target phrase its name contains. A query is
 * matched against them in tiers, and each doc keeps its best match:
 *
 *   1000 name equals the query
 *    900 name starts with the query
 *    800 an alias / synonym term equals the query
 *    700 name contains the query
 *    650 an alias / term starts with the query   (620 contains it, 600 the query contains it)
 *    560 the query's characters appear in order in the name (社保 in 社会保障卡申领)
 *    450–540 pinyin: full syllables (500), mixed (470), initials (450); also Chinese characters
 *        typed as a homophone (社会保障咔申领, 居民身分证换领) count as full pinyin
 *    290–300 department / theme contains the query (公安 → items of 重庆市公安局)
 *    180–260 fuzzy: one wrong, missing or extra character (two for 8+ characters)
 *
 * Small bonuses inside a tier (whole field matched, match at the start, synonym target order)
 * keep it coarse on purpose, so that real ties fall to popularity, then the shorter name.
 * Timings: mock/scripts/bench-search.ts.
 */
import { isCjk, isLatinLetter, mapRange, mergeRanges, normalize, normalizeWithMap } from './normalize';
import type { NormalizedText } from './normalize';
import { readings, syllables } from './pinyin';
import { DEPARTMENT_SYNONYMS, SYNONYMS } from './synonyms';
import type { SynonymEntry } from './synonyms';

export interface SearchDoc {
  id: string;
  name: string;
  aliases: string[];
  department: string;
  themes: string[];
  popularity: number;
}

/** highlight: [start, end) ranges in doc.name */
export interface SearchHit {
  id: string;
  score: number;
  highlight: Array<[number, number]>;
}

export interface SearchIndex {
  /** every matching doc, best first; `limit` caps the list (default: all) */
  search(q: string, limit?: number): SearchHit[];
  /** as-you-type: prefix-biased, at most `limit` (default and maximum 8) */
  suggest(q: string, limit?: number): SearchHit[];
}

export const SUGGEST_MAX = 8;

export const TIER = {
  exactName: 1000,
  namePrefix: 900,
  aliasExact: 800,
  nameSubstring: 700,
  aliasPrefix: 650,
  aliasSubstring: 620,
  queryContainsAlias: 600,
  subsequence: 560,
  pinyinFull: 500,
  pinyinMixed: 470,
  pinyinInitials: 450,
  department: 300,
  theme: 290,
  fuzzy: 260,
} as const;

type FieldKind = 'name' | 'alias' | 'synonym';

interface Field {
  kind: FieldKind;
  /** normalised text */
  text: string;
  /** one syllable per code unit of text */
  py: string[];
  /** bit i set when letter 'a'+i occurs in some syllable: a cheap reject for latin queries */
  letters: number;
  /** bit i set when some syllable starts with 'a'+i: a latin query must start on one */
  heads: number;
  /** synonym: position of the matched target in the entry (0 = preferred) */
  rank: number;
  /** synonym: the target is the whole name */
  wholeName: boolean;
  /** synonym: where the target sits in doc.name, highlighted when the term matches */
  nameRange: Array<[number, number]>;
}

interface Entry {
  doc: SearchDoc;
  name: NormalizedText;
  /** fields[0] is the name */
  fields: Field[];
  department: string;
  themes: string[];
}

interface Best {
  score: number;
  highlight: Array<[number, number]>;
}

type Mode = 'search' | 'suggest';

const LEADING_PLACE = /^重庆市?(?=.)/;
/** Phrases around what people actually want (我想办社保卡, 护照怎么办理): tried only when the query as typed finds nothing. */
const FILLER_PREFIX = /^(我要|我想|想要|请问|如何|怎么|怎样|在哪里|在哪儿|在哪|去哪里|去哪儿|哪里|到哪|要|想)+(办理|办|申请|申领|领|换|补)?/;
const FILLER_SUFFIX = /(怎么办理|怎么办|怎么弄|怎么申请|如何办理|如何申请|在哪里办|在哪办|去哪里办|去哪办|哪里办|需要什么材料|要什么材料|需要哪些材料|材料|流程|手续|多久|在哪|办理|申请|申领)+$/;

function letterMask(s: string): number {
  let m = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) m |= 1 << (c - 0x61);
  }
  return m;
}

function makeField(kind: FieldKind, text: string, rank = 0, wholeName = false, nameRange: Array<[number, number]> = []): Field {
  const py = syllables(text);
  return { kind, text, py, letters: letterMask(py.join('')), heads: letterMask(py.map((y) => y.charAt(0)).join('')), rank, wholeName, nameRange };
}

/** Allowed wrong characters for a Chinese query of this length: none below 3, two from 8. */
function maxTypos(len: number): number {
  if (len < 3) return 0;
  return len >= 8 ? 2 : 1;
}

// ---------------------------------------------------------------------------------------------
// Pinyin / homophone matching: consecutive characters of a field, each matched by its full
// syllable, its initial (zh/ch/sh count as one), a typed-over homophone, itself, or, for the last
// character only, a syllable prefix (as-you-type: shehuibaozhangk). A memo over (query position,
// field position) makes it O(|q|·|field|·|syllable|) per field, independent of the start.
// ---------------------------------------------------------------------------------------------

/** Cost units: minimise homophones first, then initials. */
const HOMOPHONE = 1000;
const INF = 1 << 28;

interface PinyinQuery {
  q: string;
  cjk: boolean[];
  /** readings of each Chinese character of the query, [] elsewhere */
  readings: string[][];
  latinMask: number;
  /** the bit of the first character when it is a latin letter, else 0 */
  headMask: number;
  hasLatin: boolean;
  allCjk: boolean;
}

function prepareQuery(q: string): PinyinQuery {
  const cjk: boolean[] = [];
  const rs: string[][] = [];
  let allCjk = true;
  let hasLatin = false;
  let latin = '';
  for (let i = 0; i < q.length; i++) {
    const ch = q[i];
    const c = isCjk(ch);
    cjk.push(c);
    rs.push(c ? readings(ch) : []);
    if (!c) allCjk = false;
    if (isLatinLetter(ch)) {
      hasLatin = true;
      latin += ch;
    }
  }
  return { q, cjk, readings: rs, latinMask: letterMask(latin), headMask: letterMask(q.charAt(0)), hasLatin, allCjk };
}

interface PinyinMatch {
  start: number;
  end: number;
  homophones: number;
  initials: number;
}

// The field and query being matched: module state rather than closures, because this runs for
// every field on every keystroke and closures per call cost more than the matching itself.
let memoCost = new Int32Array(0);
let memoEnd = new Int32Array(0);
let memoStamp = new Uint32Array(0);
let stamp = 0;
let mq: PinyinQuery;
let mText = '';
let mPy: string[] = [];
let mN = 0;
let mM = 0;

/** Minimal cost to match q[qi..] from field char ni (INF if impossible); the end goes to memoEnd. */
function solve(qi: number, ni: number): number {
  if (qi === mM) return 0;
  if (ni === mN) return INF;
  const key = qi * (mN + 1) + ni;
  if (memoStamp[key] === stamp) return memoCost[key];
  let best = INF;
  let bestEnd = -1;
  const q = mq.q;
  const qc = q[qi];
  const fc = mText[ni];
  const y = mPy[ni];
  // Each option: consume `step` query chars for this field char at `cost`.
  let step1 = 0; // 0 = no option
  let cost1 = 0;
  if (mq.cjk[qi]) {
    if (qc === fc) step1 = 1;
    else if (isCjk(fc) && mq.readings[qi].includes(y)) {
      step1 = 1;
      cost1 = HOMOPHONE;
    }
  } else if (!isCjk(fc)) {
    if (qc === fc) step1 = 1;
  } else if (y.length > 0 && y.charCodeAt(0) === qc.charCodeAt(0)) {
    // The longest typed prefix of the syllable, then each shorter one that means something:
    // the full syllable (cost 0), an initial (zh/ch/sh count as one; cost 1), or, for the last
    // character only, a syllable still being typed (cost 0).
    let len = 1;
    while (len < y.length && qi + len < mM && q[qi + len] === y[len]) len++;
    for (let l = len; l >= 1; l--) {
      let cost: number;
      if (l === y.length) cost = 0;
      else if (l === 1 || (l === 2 && y[1] === 'h' && (y[0] === 'z' || y[0] === 'c' || y[0] === 's'))) cost = 1;
      else if (qi + l === mM) cost = 0;
      else continue;
      const rest = solve(qi + l, ni + 1);
      if (rest >= INF || cost + rest >= best) continue;
      best = cost + rest;
      bestEnd = qi + l === mM ? ni + 1 : memoEnd[(qi + l) * (mN + 1) + ni + 1];
    }
  }
  if (step1 > 0) {
    const rest = solve(qi + step1, ni + 1);
    if (rest < INF && cost1 + rest < best) {
      best = cost1 + rest;
      bestEnd = qi + step1 === mM ? ni + 1 : memoEnd[(qi + step1) * (mN + 1) + ni + 1];
    }
  }
  memoStamp[key] = stamp;
  memoCost[key] = best;
  memoEnd[key] = bestEnd;
  return best;
}

function matchFieldPinyin(f: Field, pq: PinyinQuery): PinyinMatch | null {
  const n = f.text.length;
  const m = pq.q.length;
  if (n === 0 || m === 0) return null;
  const size = (m + 1) * (n + 1);
  if (memoCost.length < size) {
    memoCost = new Int32Array(size * 2);
    memoEnd = new Int32Array(size * 2);
    memoStamp = new Uint32Array(size * 2);
  }
  stamp = (stamp + 1) >>> 0;
  if (stamp === 0) {
    memoStamp.fill(0);
    stamp = 1;
  }
  mq = pq;
  mText = f.text;
  mPy = f.py;
  mN = n;
  mM = m;
  let found: PinyinMatch | null = null;
  let foundCost = INF;
  // A latin first character can only start on a syllable with that head (or that very letter).
  const q0 = pq.cjk[0] ? -1 : pq.q.charCodeAt(0);
  for (let s = 0; s < n; s++) {
    if (q0 >= 0 && mPy[s].charCodeAt(0) !== q0) continue;
    const cost = solve(0, s);
    // Prefer fewer homophones/initials, then the earliest start (prefix-biased).
    if (cost < foundCost) {
      foundCost = cost;
      found = { start: s, end: memoEnd[s], homophones: Math.floor(cost / HOMOPHONE), initials: cost % HOMOPHONE };
      if (cost === 0) break;
    }
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// Fuzzy: the smallest edit distance between the query and any substring of the field (Sellers),
// with the start of the best substring kept for highlighting.
// ---------------------------------------------------------------------------------------------

let fuzzyPrev = new Int32Array(0);
let fuzzyCur = new Int32Array(0);
let fuzzyPrevStart = new Int32Array(0);
let fuzzyCurStart = new Int32Array(0);

function fuzzySubstring(q: string, t: string, limit: number): { dist: number; start: number; end: number } | null {
  const m = q.length;
  if (fuzzyPrev.length < m + 1) {
    fuzzyPrev = new Int32Array(m + 1);
    fuzzyCur = new Int32Array(m + 1);
    fuzzyPrevStart = new Int32Array(m + 1);
    fuzzyCurStart = new Int32Array(m + 1);
  }
  // column over the query; row j = field position; a match may start anywhere (row 0 free)
  for (let i = 0; i <= m; i++) {
    fuzzyPrev[i] = i;
    fuzzyPrevStart[i] = 0;
  }
  let best: { dist: number; start: number; end: number } | null = m <= limit ? { dist: m, start: 0, end: 0 } : null;
  for (let j = 1; j <= t.length; j++) {
    fuzzyCur[0] = 0;
    fuzzyCurStart[0] = j;
    const tc = t[j - 1];
    for (let i = 1; i <= m; i++) {
      const sub = fuzzyPrev[i - 1] + (q[i - 1] === tc ? 0 : 1);
      const del = fuzzyPrev[i] + 1; // field char not in the query
      const ins = fuzzyCur[i - 1] + 1; // query char not in the field
      let v = sub;
      let st = fuzzyPrevStart[i - 1];
      if (del < v) {
        v = del;
        st = fuzzyPrevStart[i];
      }
      if (ins < v) {
        v = ins;
        st = fuzzyCurStart[i - 1];
      }
      fuzzyCur[i] = v;
      fuzzyCurStart[i] = st;
    }
    const d = fuzzyCur[m];
    if (d <= limit && (!best || d < best.dist || (d === best.dist && j - fuzzyCurStart[m] > best.end - best.start))) {
      best = { dist: d, start: fuzzyCurStart[m], end: j };
    }
    [fuzzyPrev, fuzzyCur] = [fuzzyCur, fuzzyPrev];
    [fuzzyPrevStart, fuzzyCurStart] = [fuzzyCurStart, fuzzyPrevStart];
  }
  return best && best.end > best.start ? best : null;
}

// ---------------------------------------------------------------------------------------------

function buildEntries(docs: SearchDoc[], synonyms: SynonymEntry[]): Entry[] {
  const normalizedSynonyms = synonyms.map((s) => ({
    terms: [...new Set(s.terms.map(normalize).filter((t) => t.length > 0))],
    targets: s.targets.map(normalize).filter((t) => t.length > 0),
  }));
  const termFields = new Map<string, Field>(); // pinyin of a term computed once, shared by docs
  return docs.map((doc) => {
    const name = normalizeWithMap(doc.name);
    const fields: Field[] = [makeField('name', name.text)];
    // Synonym terms attached to this doc, from the first (preferred) target its name contains.
    const derived = new Map<string, { rank: number; wholeName: boolean; nameRange: Array<[number, number]> }>();
    for (const entry of normalizedSynonyms) {
      const rank = entry.targets.findIndex((t) => name.text.includes(t));
      if (rank < 0) continue;
      const target = entry.targets[rank];
      const at = name.text.indexOf(target);
      const info = { rank, wholeName: target === name.text, nameRange: [mapRange(name, at, at + target.length)] };
      for (const term of entry.terms) if (!derived.has(term)) derived.set(term, info);
    }
    const seen = new Set<string>([name.text]);
    for (const alias of doc.aliases) {
      const text = normalize(alias);
      if (text.length === 0 || seen.has(text)) continue;
      seen.add(text);
      // Highlight what the alias stands for: itself when part of the name (英才卡), else the
      // synonym target it shares (社保卡 → 社会保障卡), else the longest common run (身份证).
      const at = name.text.indexOf(text);
      let range: Array<[number, number]> = [];
      if (at >= 0) range = [mapRange(name, at, at + text.length)];
      else if (derived.has(text)) range = derived.get(text)?.nameRange ?? [];
      else {
        const common = longestCommon(name.text, text);
        if (common[1] - common[0] >= 2) range = [mapRange(name, common[0], common[1])];
      }
      fields.push(makeField('alias', text, 0, false, range));
    }
    for (const [term, info] of derived) {
      if (seen.has(term)) continue;
      seen.add(term);
      let shared = termFields.get(term);
      if (!shared) {
        shared = makeField('synonym', term);
        termFields.set(term, shared); // pinyin of a term computed once, shared by docs
      }
      fields.push({ ...shared, ...info });
    }
    return {
      doc,
      name,
      fields,
      department: normalize(doc.department),
      themes: doc.themes.map(normalize),
    };
  });
}

/** The search engine over a fixed set of documents, built once. */
export class CatalogSearch implements SearchIndex {
  private readonly entries: Entry[];
  /** Which docs contain a character, in any field: candidates for typo-tolerant Chinese matching. */
  private readonly byChar = new Map<string, number[]>();
  /** scratch space of one query: query characters found per doc */
  private readonly charCount: Int32Array;
  private readonly departmentTerms = new Map<string, string>();

  constructor(docs: SearchDoc[], synonyms: SynonymEntry[] = SYNONYMS) {
    this.entries = buildEntries(docs, synonyms);
    this.entries.forEach((e, idx) => {
      const chars = new Set<string>();
      for (const f of e.fields) for (const ch of f.text) chars.add(ch);
      for (const ch of chars) {
        let list = this.byChar.get(ch);
        if (!list) this.byChar.set(ch, (list = []));
        list.push(idx);
        if (isCjk(ch)) readings(ch); // warm the reading cache so queries never convert
      }
    });
    this.charCount = new Int32Array(this.entries.length);
    for (const [terms, phrase] of DEPARTMENT_SYNONYMS) for (const t of terms) this.departmentTerms.set(normalize(t), normalize(phrase));
  }

  search(q: string, limit = Number.POSITIVE_INFINITY): SearchHit[] {
    return this.answer(q, 'search', limit);
  }

  suggest(q: string, limit = SUGGEST_MAX): SearchHit[] {
    return this.answer(q, 'suggest', Math.min(limit, SUGGEST_MAX));
  }

  private run(q: string, mode: Mode): Map<number, Best> {
    const best = new Map<number, Best>();
    const improves = (idx: number, score: number): boolean => {
      const cur = best.get(idx);
      return !cur || score > cur.score;
    };
    const offer = (idx: number, score: number, highlight: Array<[number, number]>): void => {
      const cur = best.get(idx);
      if (!cur || score > cur.score) best.set(idx, { score, highlight });
    };
    const suggest = mode === 'suggest';
    const pq = prepareQuery(q);
    const qLen = q.length;

    // 1. Exact, prefix and substring on the name; the same on aliases and synonym terms.
    this.entries.forEach((e, idx) => {
      const name = e.fields[0].text;
      const at = name.indexOf(q);
      if (at >= 0) {
        if (at === 0 && name.length === qLen) offer(idx, TIER.exactName, [mapRange(e.name, 0, qLen)]);
        else if (at === 0) offer(idx, TIER.namePrefix, [mapRange(e.name, 0, qLen)]);
        else offer(idx, TIER.nameSubstring, [mapRange(e.name, at, at + qLen)]);
      }
      for (let k = 1; k < e.fields.length; k++) {
        const f = e.fields[k];
        const hl = f.nameRange;
        // Own aliases outrank derived terms; among terms, the preferred target, then a target that is the whole name.
        const adj = f.kind === 'alias' ? 20 : (f.wholeName ? 10 : 0) - 3 * f.rank;
        const fa = f.text.indexOf(q);
        if (fa === 0 && f.text.length === qLen) offer(idx, TIER.aliasExact + adj, hl);
        else if (fa === 0) offer(idx, TIER.aliasPrefix + adj + (suggest ? 100 : 0), hl);
        else if (fa > 0) offer(idx, TIER.aliasSubstring + adj, hl);
        // 我想办护照 → 护照: the term must be most of what was typed, so 火星护照 stays out.
        else if (f.text.length >= 2 && f.text.length * 2 >= qLen && q.includes(f.text)) offer(idx, TIER.queryContainsAlias + adj, hl);
      }
    });

    // 2. Chinese characters in order in the name, compactly (社保 → 社会保障卡申领).
    if (pq.allCjk && qLen >= 2) {
      this.entries.forEach((e, idx) => {
        const hl = subsequence(e.fields[0].text, q);
        if (hl) offer(idx, TIER.subsequence, hl.map(([a, b]) => mapRange(e.name, a, b)));
      });
    }

    // Candidates for typo-tolerant Chinese matching: docs holding enough of the query's characters.
    let cjkCandidates: number[] | null = null;
    const typos = maxTypos(qLen);
    if (pq.allCjk && typos > 0) {
      const distinct = [...new Set(q)];
      const need = distinct.length - typos;
      this.charCount.fill(0);
      cjkCandidates = [];
      for (const ch of distinct) {
        const list = this.byChar.get(ch);
        if (!list) continue;
        for (const idx of list) if (++this.charCount[idx] === need) cjkCandidates.push(idx);
      }
      if (need <= 0) cjkCandidates = this.entries.map((_, i) => i);
    }

    // 3. Pinyin, initials, and homophones typed for the right character.
    // A synonym term is shared by every doc it attaches to: match it once per query.
    const termMatches = new Map<string, PinyinMatch | null>();
    const pinyinOn = (idx: number): void => {
      const e = this.entries[idx];
      for (const f of e.fields) {
        if ((f.letters & pq.latinMask) !== pq.latinMask || (f.heads & pq.headMask) !== pq.headMask) continue;
        let pm: PinyinMatch | null;
        if (f.kind === 'synonym') {
          const cached = termMatches.get(f.text);
          if (cached === undefined) termMatches.set(f.text, (pm = matchFieldPinyin(f, pq)));
          else pm = cached;
        } else pm = matchFieldPinyin(f, pq);
        if (!pm) continue;
        if (pm.homophones > typos || (pq.allCjk && pm.homophones === 0)) continue; // exact Chinese is handled above
        const chars = pm.end - pm.start;
        let score: number;
        if (pm.initials === 0) score = TIER.pinyinFull;
        else if (pm.initials >= chars) score = TIER.pinyinInitials;
        else score = TIER.pinyinMixed;
        if (pm.start === 0) score += pm.end === f.text.length ? 40 : suggest ? 60 : 20;
        if (f.kind !== 'name') score += -10 - 3 * f.rank + (f.wholeName ? 5 : 0);
        if (!improves(idx, score)) continue;
        offer(idx, score, f.kind === 'name' ? [mapRange(e.name, pm.start, pm.end)] : f.nameRange);
      }
    };
    if (pq.hasLatin) this.entries.forEach((_, idx) => pinyinOn(idx));
    else if (cjkCandidates) cjkCandidates.forEach(pinyinOn);

    // 4. Department and themes (公安 → items of 重庆市公安局), Chinese only.
    if (pq.allCjk && qLen >= 2 && (!suggest || best.size < SUGGEST_MAX)) {
      const phrase = this.departmentTerms.get(q);
      this.entries.forEach((e, idx) => {
        if (e.department.includes(q) || (phrase !== undefined && e.department.includes(phrase))) offer(idx, TIER.department, []);
        else if (e.themes.some((t) => t.includes(q))) offer(idx, TIER.theme, []);
      });
    }

    // 5. Fuzzy: a wrong, missing or extra character.
    if (cjkCandidates && (!suggest || best.size === 0)) {
      for (const idx of cjkCandidates) {
        const e = this.entries[idx];
        for (const f of e.fields) {
          if (f.text.length < 2) continue;
          const fm = fuzzySubstring(q, f.text, typos);
          if (!fm || fm.end - fm.start < 2) continue;
          let score = TIER.fuzzy - 40 * (fm.dist - 1);
          if (fm.start === 0 && fm.end === f.text.length) score += 20;
          if (f.kind !== 'name') score -= 10;
          offer(idx, score, f.kind === 'name' ? [mapRange(e.name, fm.start, fm.end)] : f.nameRange);
        }
      }
    }
    return best;
  }

  private answer(raw: string, mode: Mode, limit: number): SearchHit[] {
    if (!(limit > 0)) return [];
    const q = normalize(raw);
    if (q.length === 0) return [];
    const best = this.run(q, mode);
    // 重庆社保卡, 我想办护照, 护照怎么办理: also try what is left without the place and the filler,
    // a hair below the query as typed so an exact name (居住证办理) still wins.
    const stripped = q.replace(LEADING_PLACE, '').replace(FILLER_PREFIX, '').replace(FILLER_SUFFIX, '');
    if (stripped.length > 0 && stripped !== q) {
      for (const [idx, b] of this.run(stripped, mode)) {
        const cur = best.get(idx);
        if (!cur || b.score - 1 > cur.score) best.set(idx, { score: b.score - 1, highlight: b.highlight });
      }
    }
    // 公安 护照, 九龙坡 食品 许可: several words, each matching a different field of the same item.
    // Normalising drops the spaces, so the joined query matches nothing; keep the items every
    // word matches, scored by their weakest word and a little below a match of the whole query.
    const words = raw.split(/[\s\u3000]+/).map(normalize).filter((w) => w.length > 0);
    if (words.length > 1) {
      const perWord = words.map((w) => this.run(w, mode));
      for (const [idx, first] of perWord[0]) {
        let score = first.score;
        const highlight = [...first.highlight];
        let inAll = true;
        for (const other of perWord.slice(1)) {
          const hit = other.get(idx);
          if (!hit) {
            inAll = false;
            break;
          }
          score = Math.min(score, hit.score);
          highlight.push(...hit.highlight);
        }
        if (!inAll) continue;
        const cur = best.get(idx);
        if (!cur || score - 2 > cur.score) best.set(idx, { score: score - 2, highlight });
      }
    }
    const ranked = [...best.entries()].sort((a, b) => {
      if (b[1].score !== a[1].score) return b[1].score - a[1].score;
      const da = this.entries[a[0]].doc;
      const db = this.entries[b[0]].doc;
      if (db.popularity !== da.popularity) return db.popularity - da.popularity;
      if (da.name.length !== db.name.length) return da.name.length - db.name.length;
      return da.id < db.id ? -1 : da.id > db.id ? 1 : 0;
    });
    return ranked.slice(0, limit).map(([idx, b]) => ({
      id: this.entries[idx].doc.id,
      score: b.score,
      highlight: mergeRanges(b.highlight),
    }));
  }
}

export function createSearchIndex(docs: SearchDoc[], synonyms: SynonymEntry[] = SYNONYMS): SearchIndex {
  return new CatalogSearch(docs, synonyms);
}

/** [start, end) in `a` of the longest run of characters that also occurs in `b`. */
function longestCommon(a: string, b: string): [number, number] {
  let best: [number, number] = [0, 0];
  for (let i = 0; i < a.length; i++) {
    for (let j = i + best[1] - best[0] + 1; j <= a.length && b.includes(a.slice(i, j)); j++) best = [i, j];
  }
  return best;
}

/**
 * The most compact occurrence of q's characters in order in t, as [start, end) ranges of t;
 * null when absent or spread over more than twice the query's length plus two (then the
 * characters are probably unrelated).
 */
function subsequence(t: string, q: string): Array<[number, number]> | null {
  let bestPos: number[] | null = null;
  let bestSpan = 2 * q.length + 2 + 1;
  for (let s = t.indexOf(q[0]); s >= 0; s = t.indexOf(q[0], s + 1)) {
    const pos = [s];
    let j = s;
    for (let i = 1; i < q.length; i++) {
      j = t.indexOf(q[i], j + 1);
      if (j < 0) break;
      pos.push(j);
    }
    if (pos.length < q.length) break; // a later start cannot find what this one could not
    const span = pos[pos.length - 1] - s + 1;
    if (span < bestSpan) {
      bestSpan = span;
      bestPos = pos;
    }
  }
  return bestPos ? bestPos.map((p): [number, number] => [p, p + 1]) : null;
}
