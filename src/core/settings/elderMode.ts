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

/**
 * The one-time offer of 长辈版 on first launch: a choice, never forced. Once answered either way
 * (or once 长辈版 is switched on from the switch), it is not offered again on this device.
 */
const OFFER_KEY = 'settings.elderModeOffered';
let offered: boolean | undefined;
const offerListeners = new Set<(offered: boolean) => void>();

export function wasElderModeOffered(): boolean {
  offered ??= readStored(OFFER_KEY, isBoolean) ?? false;
  return offered;
}

/** The citizen answered the offer: 开启长辈版 (true) or 不用了 (false). */
export function answerElderModeOffer(accept: boolean): void {
  markElderModeOffered();
  if (accept) setElderMode(true);
}

/** Using the switch answers the offer too: it is not offered to someone who already chose. */
export function markElderModeOffered(): void {
  if (wasElderModeOffered()) return;
  offered = true;
  writeStored(OFFER_KEY, true);
  offerListeners.forEach((l) => l(true));
}

/** Whether to show the offer now: never answered, and 长辈版 not already on. */
export function useElderModeOffer(): boolean {
  const elder = useElderMode();
  const [answered, setAnswered] = useState(wasElderModeOffered);
  useEffect(() => {
    offerListeners.add(setAnswered);
    setAnswered(wasElderModeOffered());
    return () => {
      offerListeners.delete(setAnswered);
    };
  }, []);
  return !answered && !elder;
}
