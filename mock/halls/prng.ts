/**
 * Deterministic pseudo-randomness for the sample data: the same division code always yields the
 * same hall (position, phone, hours, windows), on every machine and every start.
 */

/** FNV-1a 32-bit hash of a string; cheap and well spread for short keys like division codes. */
export function hashString(input: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < input.length; i++) {
    h ^= input.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: a tiny 32-bit PRNG; returns a function yielding floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A PRNG seeded from a string key, e.g. `rngFor('500243106', 'position')`. */
export function rngFor(...keyParts: string[]): () => number {
  return mulberry32(hashString(keyParts.join('|')));
}

/** One deterministic float in [0, 1) for a key; for one-off decisions. */
export function unitFor(...keyParts: string[]): number {
  return rngFor(...keyParts)();
}

/** An integer in [min, max] inclusive from a PRNG. */
export function intBetween(rng: () => number, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}
