import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { Pressable } from '../../../components/Pressable';
import { userMessageOf } from '../../../core/http/errors';
import type { ClockChange, ClockState } from '../../../shared/api/dev';
import { CLOCK_MODE_WORDS, beijingTime } from '../labels';

const CHANGES: Array<{ label: string; change: ClockChange; testId: string }> = [
  { label: '快进 1 小时', change: { advanceMinutes: 60 }, testId: 'clock-hour' },
  { label: '快进 1 天', change: { advanceMinutes: 60 * 24 }, testId: 'clock-day' },
  { label: '快进 1 周', change: { advanceMinutes: 60 * 24 * 7 }, testId: 'clock-week' },
  { label: '冻结', change: { speed: 0 }, testId: 'clock-freeze' },
  { label: '×60 加速', change: { speed: 60 }, testId: 'clock-x60' },
  { label: '×600 加速', change: { speed: 600 }, testId: 'clock-x600' },
  { label: '恢复实时', change: { resume: true }, testId: 'clock-resume' },
];

/** The world clock of the demo: where it stands, how it runs, and the buttons that move it. */
export function ClockPanel({ clock, onChange }: { clock: ClockState | null; onChange: (change: ClockChange) => Promise<void> }) {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const change = async (c: ClockChange) => {
    if (busy) return;
    setBusy(true);
    setFailure(null);
    try {
      await onChange(c);
    } catch (e) {
      setFailure(userMessageOf(e));
    } finally {
      setBusy(false);
    }
  };
  const mode = clock ? `${CLOCK_MODE_WORDS[clock.mode]}${clock.mode === 'speed' ? ` ×${clock.speed}` : ''}` : '…';
  return (
    <View className="yk-card yk-centre-clock" data-testid="centre-clock">
      <Text className="yk-centre__title" role="heading" aria-level={2}>
        演示时钟
      </Text>
      <View className="yk-centre-clock__now">
        <Text data-testid="clock-now">{clock ? beijingTime(clock.now) : '正在读取…'}</Text>
        <Text className="yk-centre-clock__mode" data-testid="clock-mode">
          {mode}
        </Text>
      </View>
      <View className="yk-centre__chips">
        {CHANGES.map((c) => (
          <Pressable key={c.testId} className="yk-chip" disabled={busy} testId={c.testId} onTap={() => void change(c.change)}>
            {c.label}
          </Pressable>
        ))}
      </View>
      {failure && (
        <Text className="yk-centre__error" role="alert">
          {failure}
        </Text>
      )}
    </View>
  );
}
