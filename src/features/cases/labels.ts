import type { CaseDeadline, DeadlineState } from '../../shared/api/cases';
import type { HallLevel } from '../../shared/api/halls';

/** The four levels a case climbs, as the timeline names them. */
export const STEP_LEVEL_LABEL: Record<HallLevel, string> = {
  city: '市级',
  district: '区县级',
  township: '乡镇（街道）级',
  village: '村（社区）级',
};

/**
 * How a deadline looks: a tone for the colour (green, yellow, red, grey) and always the words,
 * so colour is never the only signal (MIIT 适老化, WCAG 1.4.1).
 */
export type DeadlineTone = 'ok' | 'warn' | 'late' | 'paused' | 'neutral';

export const DEADLINE_TONE: Record<DeadlineState, DeadlineTone> = {
  not_started: 'neutral',
  on_track: 'ok',
  at_risk: 'warn',
  overdue: 'late',
  paused: 'paused',
  met: 'ok',
  missed: 'late',
};

type DeadlineFacts = Pick<CaseDeadline, 'state' | 'daysLeft' | 'promisedDate'>;

/** The badge's words: 剩2个工作日, 今日到期, 已超期1个工作日, 已暂停计时 … */
export function deadlineWords(d: DeadlineFacts): string {
  switch (d.state) {
    case 'not_started':
      return '受理后开始计时';
    case 'on_track':
    case 'at_risk':
      return d.daysLeft > 0 ? `剩${d.daysLeft}个工作日` : '今日到期';
    case 'overdue':
      return `已超期${Math.max(1, -d.daysLeft)}个工作日`;
    case 'paused':
      return '已暂停计时';
    case 'met':
      return '按时办结';
    case 'missed':
      return '超期办结';
  }
}

/** An ISO time as Beijing wall time, 2026-12-02 10:05, whatever the device's zone. */
export function timeWords(iso: string): string {
  const t = new Date(iso).getTime();
  if (Number.isNaN(t)) return iso;
  return new Date(t + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
}
