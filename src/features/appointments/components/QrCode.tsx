import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
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
 * A QR code drawn with Views, the same on weapp and H5 (no canvas: nothing to wait for, and it
 * scales with 长辈版). `cell` is design px per module; the quiet zone is four modules, as scanners need.
 */
export function QrCode({ text, cell = 10, label }: { text: string; cell?: number; label: string }) {
  const rows = useMemo(() => qrRows(text), [text]);
  const px = (n: number) => Taro.pxTransform(n);
  return (
    <View className="yk-qr" role="img" aria-label={label} style={{ padding: px(cell * 4), background: '#fff', display: 'inline-block' }}>
      {rows.map((row, r) => (
        <View key={r} style={{ display: 'flex', height: px(cell) }}>
          {row.map(([dark, len], i) => (
            <View key={i} style={{ width: px(cell * len), height: px(cell), background: dark ? '#000' : '#fff' }} />
          ))}
        </View>
      ))}
    </View>
  );
}
