import { View } from '@tarojs/components';
import qrcode from 'qrcode-generator';
import { useMemo } from 'react';

/** Runs of equal modules in one row: [dark, length][]. */
type Row = Array<[boolean, number]>;

/**
 * The QR code's modules as rows of runs (qrcode-generator, error correction M). Neighbouring
 * modules of one colour become one View, so a 25×25 code is a few hundred nodes, not 625:
 * WeChat asks for fewer than 1,000 per page.
 */
export function qrRows(text: string): Row[] {
  const qr = qrcode(0, 'M');
  qr.addData(text);
  qr.make();
  const n = qr.getModuleCount();
  const rows: Row[] = [];
  for (let r = 0; r < n; r += 1) {
    const row: Row = [];
    for (let c = 0; c < n; c += 1) {
      const dark = qr.isDark(r, c);
      const last = row[row.length - 1];
      if (last && last[0] === dark) last[1] += 1;
      else row.push([dark, 1]);
    }
    rows.push(row);
  }
  return rows;
}

/**
 * A QR code drawn with Views, the same on weapp and H5 (no canvas: nothing to wait for). The
 * square's size and its quiet zone (white margin scanners need) come from the stylesheet in design
 * px, so Taro converts them per platform; rows and runs are percentages of it.
 */
export function QrCode({ text, label }: { text: string; label: string }) {
  const rows = useMemo(() => qrRows(text), [text]);
  const n = rows.length;
  const pct = (x: number) => `${((x / n) * 100).toFixed(4)}%`;
  return (
    <View className="yk-qr" role="img" aria-label={label}>
      {rows.map((row, r) => (
        <View key={r} className="yk-qr__row" style={{ height: pct(1) }}>
          {row.map(([dark, len], i) => (
            <View key={i} className={dark ? 'yk-qr__cell yk-qr__dark' : 'yk-qr__cell'} style={{ width: pct(len) }} />
          ))}
        </View>
      ))}
    </View>
  );
}
