/** Fen (分, how the API counts money) as 元 for reading: 12345 → ¥123.45. */
export function formatFen(fen: number): string {
  return `¥${(fen / 100).toFixed(2)}`;
}
