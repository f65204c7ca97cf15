/**
 * Text normalisation shared by the index (at build time) and the query (per keystroke), so both
 * sides compare the same strings: NFKC (full-width Ａ１（ → half-width A1(), lowercase, and only
 * letters and digits kept (spaces and punctuation carry no meaning for item names: 社会保障卡（补换）
 * and 社会保障卡补换 should match alike).
 */

/** Letters of any script and digits survive; everything else (spaces, punctuation, symbols) goes. */
const KEEP = /[\p{L}\p{N}]/u;

/** CJK unified ideographs (BMP blocks used by item names). */
export function isCjk(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
}

export function isLatinLetter(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return c >= 0x61 && c <= 0x7a; // a-z: only called on normalised (lowercase) text
}

export interface NormalizedText {
  /** the normalised string; indices below are code units of it */
  text: string;
  /** for each code unit of `text`, the [start, end) code-unit range in the original it came from */
  from: number[];
  to: number[];
}

/**
 * Normalise one character at a time so every normalised code unit remembers where it came from in
 * the original: highlight ranges are computed on normalised text but must point into `doc.name`.
 */
export function normalizeWithMap(original: string): NormalizedText {
  let text = '';
  const from: number[] = [];
  const to: number[] = [];
  let offset = 0;
  for (const ch of original) {
    const end = offset + ch.length;
    for (const n of ch.normalize('NFKC').toLowerCase()) {
      if (!KEEP.test(n)) continue;
      text += n;
      for (let i = 0; i < n.length; i++) {
        from.push(offset);
        to.push(end);
      }
    }
    offset = end;
  }
  return { text, from, to };
}

export function normalize(s: string): string {
  return normalizeWithMap(s).text;
}

/** Convert [start, end) in normalised text to [start, end) in the original string. */
export function mapRange(n: NormalizedText, start: number, end: number): [number, number] {
  return [n.from[start], n.to[end - 1]];
}

/** Merge overlapping or touching ranges and sort them (highlight output must be clean). */
export function mergeRanges(ranges: Array<[number, number]>): Array<[number, number]> {
  if (ranges.length <= 1) return ranges;
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: Array<[number, number]> = [[sorted[0][0], sorted[0][1]]];
  for (let i = 1; i < sorted.length; i++) {
    const last = out[out.length - 1];
    if (sorted[i][0] <= last[1]) last[1] = Math.max(last[1], sorted[i][1]);
    else out.push([sorted[i][0], sorted[i][1]]);
  }
  return out;
}
