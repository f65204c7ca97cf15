/**
 * Pinyin per character, via pinyin-pro. Names are converted whole at build time so pinyin-pro can
 * use the context for polyphones (重庆 → chong qing, 银行 → yin hang, 行驶 → xing shi); the query
 * is never converted as a phrase, only single characters for homophone tolerance, and those come
 * from a cache filled at build time with every character of the index.
 */
import { pinyin } from 'pinyin-pro';

const WHOLE = { toneType: 'none', type: 'array', v: true } as const;
const ALL_READINGS = { toneType: 'none', type: 'array', v: true, multiple: true } as const;

/**
 * One lowercase syllable per code unit of `text` (already normalised): a Chinese character gives
 * its pinyin in context, anything else itself. A non-BMP character (two code units) gives its
 * syllable on the first unit and '' on the second, so indices stay aligned with `text`.
 */
export function syllables(text: string): string[] {
  if (text === '') return [];
  const perChar = pinyin(text, WHOLE);
  const chars = Array.from(text);
  const out: string[] = [];
  for (let i = 0; i < chars.length; i++) {
    const y = (perChar.length === chars.length ? perChar[i] : chars[i]).toLowerCase();
    out.push(y);
    if (chars[i].length === 2) out.push('');
  }
  return out;
}

const readingsCache = new Map<string, string[]>();

/** Every reading of one character (重 → zhong, chong): a typed homophone may mean any of them. */
export function readings(ch: string): string[] {
  let r = readingsCache.get(ch);
  if (!r) {
    r = pinyin(ch, ALL_READINGS).map((y) => y.toLowerCase());
    readingsCache.set(ch, r);
  }
  return r;
}
