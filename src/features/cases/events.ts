import Taro from '@tarojs/taro';

/**
 * A case changed on another page (a supplement answered, a fee paid): the case page and 我的办件
 * below it load again, so going back never shows the old state.
 */
const CASE_CHANGED = 'cases:changed';

/** `from`: the screen that made the change and already shows it (it does not load again) */
export function caseChanged(id: string, from?: object): void {
  Taro.eventCenter.trigger(CASE_CHANGED, id, from);
}

export function onCaseChanged(listener: (id: string, from?: object) => void): () => void {
  Taro.eventCenter.on(CASE_CHANGED, listener);
  return () => Taro.eventCenter.off(CASE_CHANGED, listener);
}
