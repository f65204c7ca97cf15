import { useEffect, useState } from 'react';
import { readStored, writeStored } from '../storage';

/**
 * 长辈版 (elder mode): larger type and controls on every screen, per the MIIT guideline.
 * A device setting, remembered across launches; every mounted page follows a change at once.
 */
const KEY = 'settings.elderMode';
const isBoolean = (x: unknown): x is boolean => typeof x === 'boolean';

let on: boolean | undefined;
const listeners = new Set<(on: boolean) => void>();

export function isElderMode(): boolean {
  on ??= readStored(KEY, isBoolean) ?? false;
  return on;
}

export function setElderMode(next: boolean): void {
  on = next;
  writeStored(KEY, next);
  listeners.forEach((l) => l(next));
}

export function useElderMode(): boolean {
  const [value, setValue] = useState(isElderMode);
  useEffect(() => {
    listeners.add(setValue);
    setValue(isElderMode());
    return () => {
      listeners.delete(setValue);
    };
  }, []);
  return value;
}
