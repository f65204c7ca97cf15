import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { Pressable } from '../../../components/Pressable';
import { StateView } from '../../../components/StateView';
import type { Division, DivisionLevel } from '../../../shared/api/halls';
import { useDivisions } from '../../place/useDivisions';

const LEVEL_NAME: Record<DivisionLevel, string> = { district: '区县', township: '乡镇（街道）', village: '村（社区）' };
const DEPTH_ORDER: DivisionLevel[] = ['district', 'township', 'village'];

/**
 * A division of Chongqing chosen step by step (district → township → village) with the place
 * picker's division data, down to the depth the form asks for: a district field ends at the
 * district, a township field at the township.
 */
export function DivisionInput({
  testId,
  label,
  depth = 'village',
  code,
  shown,
  onChoose,
}: {
  testId: string;
  label: string;
  depth?: DivisionLevel;
  code: string;
  /** the chosen division's names, when known on this device */
  shown?: string;
  onChoose: (code: string, names: string) => void;
}) {
  const [editing, setEditing] = useState(!code);
  if (!editing && code) {
    return (
      <View className="yk-apply-division__chosen">
        <Text data-testid={`${testId}-chosen`}>重庆市 {shown ?? `（地区编码 ${code}）`}</Text>
        <Pressable className="yk-link" label={`重新选择${label}`} onTap={() => setEditing(true)}>
          重新选择
        </Pressable>
      </View>
    );
  }
  return (
    <DivisionSteps
      testId={testId}
      depth={depth}
      onChoose={(c, names) => {
        onChoose(c, names);
        setEditing(false);
      }}
    />
  );
}

/** The steps, mounted only while choosing: nothing is fetched before the citizen starts. */
function DivisionSteps({ testId, depth, onChoose }: { testId: string; depth: DivisionLevel; onChoose: (code: string, names: string) => void }) {
  const [path, setPath] = useState<Division[]>([]);
  const parent = path[path.length - 1];
  const divisions = useDivisions(parent?.code);
  const lastLevel = DEPTH_ORDER.indexOf(depth);
  const choose = (d: Division, trail: Division[]) => onChoose(d.code, [...trail, d].map((x) => x.name).join(' '));
  const nextLevel = parent ? DEPTH_ORDER[DEPTH_ORDER.indexOf(parent.level) + 1] : 'district';
  return (
    <View className="yk-apply-division" data-testid={`${testId}-steps`}>
      <Text className="yk-field__hint">
        {parent ? `重庆市 ${path.map((d) => d.name).join(' ')}` : '重庆市'}：请选择{LEVEL_NAME[nextLevel ?? 'village']}
      </Text>
      {parent && (
        <Pressable className="yk-link" onTap={() => setPath(path.slice(0, -1))}>
          返回上一级
        </Pressable>
      )}
      {divisions.status === 'loading' && <StateView kind="loading" label="正在加载地区…" />}
      {divisions.status === 'error' && <StateView kind="error" error={divisions.error} onRetry={divisions.retry} />}
      {divisions.status === 'success' && divisions.data.items.length === 0 && <StateView kind="empty" title="这里没有下级地区" />}
      {divisions.status === 'success' && (
        <View className="yk-apply-division__list" role="list">
          {divisions.data.items.map((d) => {
            const ends = DEPTH_ORDER.indexOf(d.level) >= lastLevel || d.childCount === 0;
            return (
              <View key={d.code} role="listitem">
                <Pressable className="yk-chip" testId={`${testId}-option`} onTap={() => (ends ? choose(d, path) : setPath([...path, d]))}>
                  {d.name}
                </Pressable>
              </View>
            );
          })}
        </View>
      )}
    </View>
  );
}
