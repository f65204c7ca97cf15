import type { CaseControl, CommandCentreCase, DeadlineState } from '../../shared/api/cases';
import type { ClockMode } from '../../shared/api/dev';
import type { HallLevel } from '../../shared/api/halls';

/** The four levels as the article names them (全域一张网, 四级纵向贯通). */
export const LEVEL_WORDS: Record<HallLevel, string> = {
  city: '市级',
  district: '区县级',
  township: '乡镇（街道）级',
  village: '村（社区）级',
};

export const CONTROL_WORDS: Record<CaseControl, string> = {
  accept: '受理',
  supplement: '要求补正',
  approve: '准予',
  refuse: '不予',
  ship: '寄出',
};

export const CLOCK_MODE_WORDS: Record<ClockMode, string> = {
  real: '实时',
  frozen: '已冻结',
  speed: '加速',
};

/** red: overdue; yellow: at risk (one working day or less); the rest carry no warning. */
export type DeadlineTone = 'red' | 'yellow' | 'ok' | 'quiet';

export function deadlineTone(state: DeadlineState): DeadlineTone {
  if (state === 'overdue' || state === 'missed') return 'red';
  if (state === 'at_risk') return 'yellow';
  if (state === 'on_track' || state === 'met') return 'ok';
  return 'quiet';
}

/** The deadline in words, so colour is never the only signal (WCAG 1.4.1). */
export function deadlineWords(d: CommandCentreCase['deadline']): string {
  switch (d.state) {
    case 'overdue':
      return `已超期${Math.max(1, -d.daysLeft)}个工作日`;
    case 'at_risk':
      return d.daysLeft <= 0 ? '今日到期' : `即将到期，剩${d.daysLeft}个工作日`;
    case 'on_track':
      return `剩${d.daysLeft}个工作日（${d.promisedDate}前）`;
    case 'paused':
      return '补正中，暂停计时';
    case 'met':
      return '已按时办结';
    case 'missed':
      return '超期办结';
    case 'not_started':
      return '未受理，尚未计时';
  }
}

/** Beijing wall time of an ISO instant, e.g. 2026-12-02 10:00:05 (the mock's world clock). */
export function beijingTime(iso: string): string {
  const t = new Date(new Date(iso).getTime() + 8 * 3_600_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())} ${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}:${pad(t.getUTCSeconds())}`;
}
