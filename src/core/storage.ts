import Taro from '@tarojs/taro';

/**
 * Device storage with typed keys. Every value is wrapped with a version so that a later
 * release can drop data it no longer understands instead of crashing on it.
 * Storage failures (quota, private mode) never break a screen: reads fall back, writes report.
 */

const VERSION = 1;

interface Envelope<T> {
  v: number;
  data: T;
}

export function readStored<T>(key: string, isValid: (x: unknown) => x is T): T | undefined {
  try {
    const raw = Taro.getStorageSync(key) as Envelope<unknown> | '' | undefined;
    if (!raw || typeof raw !== 'object' || raw.v !== VERSION) return undefined;
    return isValid(raw.data) ? raw.data : undefined;
  } catch {
    return undefined;
  }
}

export function writeStored<T>(key: string, data: T): boolean {
  try {
    Taro.setStorageSync(key, { v: VERSION, data } satisfies Envelope<T>);
    return true;
  } catch {
    return false;
  }
}

export function removeStored(key: string): void {
  try {
    Taro.removeStorageSync(key);
  } catch {
    // nothing to clean up if storage is unavailable
  }
}
