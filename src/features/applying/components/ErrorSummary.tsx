import { Text, View } from '@tarojs/components';
import { Pressable } from '../../../components/Pressable';
import type { TaskKey } from '../../../shared/api/applications';
import type { AnswerRow } from '../answers';
import { taskOfPath } from '../paths';

/**
 * GOV.UK error summary: how many things to change, each a link to the task that holds it, in
 * the order of the form. The same messages show again at each field.
 */
export function ErrorSummary({ errors, rows, onOpen }: { errors: Record<string, string>; rows: AnswerRow[]; onOpen: (task: TaskKey) => void }) {
  const byKey = new Map(rows.map((r) => [r.key, r]));
  const order = new Map(rows.map((r, i) => [r.key, i]));
  const entries = Object.entries(errors)
    .map(([path, message]) => {
      const key = byKey.has(path) ? path : byKey.has(`form.${path}`) ? `form.${path}` : path;
      const row = byKey.get(key);
      return { path, key, message, label: row?.label, task: row?.task ?? taskOfPath(path) };
    })
    .sort((a, b) => (order.get(a.key) ?? 999) - (order.get(b.key) ?? 999));
  return (
    <View className="yk-card yk-apply-summary" role="alert" data-testid="error-summary">
      <Text className="yk-apply-summary__title">有 {entries.length} 处需要修改</Text>
      <View role="list">
        {entries.map((e) => (
          <View key={e.path} role="listitem">
            <Pressable className="yk-link" role="link" testId={`summary-${e.path}`} onTap={() => onOpen(e.task)}>
              {e.label ? `${e.label}：${e.message}` : e.message}
            </Pressable>
          </View>
        ))}
      </View>
    </View>
  );
}
