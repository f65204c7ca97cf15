import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { Pressable } from '../../../components/Pressable';
import { StateView } from '../../../components/StateView';
import type { Division } from '../../../shared/api/halls';
import { useDivisions } from '../../place/useDivisions';
import './identity.scss';

const NEXT_LEVEL = { district: '乡镇(街道)', township: '村(社区)', village: '' } as const;

export interface DivisionValue {
  code: string;
  /** e.g. 九龙坡区 杨家坪街道 兴胜路社区 */
  label: string;
}

/**
 * Where in Chongqing, district → township/street → village/community, with the place picker's
 * division data (useDivisions). A township may be chosen as it is; a village ends the choice.
 */
export function DivisionField({ value, onChange, error }: { value: DivisionValue | null; onChange: (v: DivisionValue) => void; error?: string | null }) {
  const [editing, setEditing] = useState(value === null);

  return (
    <View className={`yk-field ${error ? 'yk-field--error' : ''}`} data-testid="field-divisionCode">
      <Text className="yk-field__label">所在地区</Text>
      {!editing && value && (
        <View className="yk-division__chosen">
          <Text data-testid="division-chosen">重庆市 {value.label}</Text>
          <Pressable className="yk-link" onTap={() => setEditing(true)} label="重新选择所在地区">
            重新选择
          </Pressable>
        </View>
      )}
      {editing && (
        <Picker
          onChoose={(v) => {
            onChange(v);
            setEditing(false);
          }}
        />
      )}
      {error && (
        <Text className="yk-field__error" role="alert" data-testid="error-divisionCode">
          {error}
        </Text>
      )}
    </View>
  );
}

/** The steps of the choice; mounted only while choosing, so nothing is fetched before that. */
function Picker({ onChoose }: { onChoose: (v: DivisionValue) => void }) {
  const [path, setPath] = useState<Division[]>([]);
  const parent = path[path.length - 1];
  const divisions = useDivisions(parent?.code);
  const choose = (d: Division, trail: Division[]) => onChoose({ code: d.code, label: [...trail, d].map((x) => x.name).join(' ') });
  return (
        <View className="yk-division">
          <Text className="yk-field__hint">
            {parent ? `重庆市 ${path.map((d) => d.name).join(' ')}` : '重庆市'}：请选择{parent ? NEXT_LEVEL[parent.level] : '区县'}
          </Text>
          {parent && (
            <View className="yk-division__nav">
              <Pressable className="yk-link" onTap={() => setPath(path.slice(0, -1))}>
                返回上一级
              </Pressable>
              {parent.level === 'township' && (
                <Pressable className="yk-link" onTap={() => choose(parent, path.slice(0, -1))}>
                  就选“{parent.name}”
                </Pressable>
              )}
            </View>
          )}
          {divisions.status === 'loading' && <StateView kind="loading" label="正在加载地区…" />}
          {divisions.status === 'error' && <StateView kind="error" error={divisions.error} onRetry={divisions.retry} />}
          {divisions.status === 'success' && divisions.data.items.length === 0 && <StateView kind="empty" title="这里没有下级地区" />}
          {divisions.status === 'success' && (
            <View className="yk-division__list" role="list">
              {divisions.data.items.map((d) => (
                <View key={d.code} role="listitem">
                  <Pressable className="yk-chip" testId="division-option" onTap={() => (d.childCount > 0 ? setPath([...path, d]) : choose(d, path))}>
                    {d.name}
                  </Pressable>
                </View>
              ))}
            </View>
          )}
        </View>
  );
}
