import { Text } from '@tarojs/components';

/**
 * A name with the parts that matched the search marked, so the citizen sees why a result is
 * there (including a pinyin or everyday-word match). Marked by weight and colour together.
 */
export function Highlighted({ text, ranges, className }: { text: string; ranges?: Array<[number, number]>; className?: string }) {
  if (!ranges || ranges.length === 0) return <Text className={className}>{text}</Text>;
  const parts: Array<{ s: string; hit: boolean }> = [];
  let at = 0;
  for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
    const s = Math.max(start, at);
    if (s > at) parts.push({ s: text.slice(at, s), hit: false });
    if (end > s) parts.push({ s: text.slice(s, end), hit: true });
    at = Math.max(at, end);
  }
  if (at < text.length) parts.push({ s: text.slice(at), hit: false });
  return (
    <Text className={className}>
      {parts.map((p, i) => (
        <Text key={i} className={p.hit ? 'yk-hl' : undefined}>
          {p.s}
        </Text>
      ))}
    </Text>
  );
}
