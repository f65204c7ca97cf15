/**
 * 长辈版 on the mini-program build, in its styles: what the browser layer measures on H5 (every
 * text ≥ 18 px, every tappable ≥ 60 × 60 px, line spacing ≥ 1.3) rests on WeChat applying the
 * one style switch (`.yk-page.yk-elder`) to every page. WXSS has no attribute or universal
 * selectors, and one in a selector list voids the whole rule, so the built dist/weapp styles are
 * read here: only selectors WXSS takes; every font size one the switch raises (or already large);
 * the switch's values at the MIIT sizes; the tappable rule in class selectors WeChat applies.
 * (Layout itself is not computed by miniprogram-simulate: the sizes are measured in Chromium.)
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import postcss from 'postcss';
import type { Declaration, Rule } from 'postcss';

const WEAPP = path.resolve(__dirname, '../../dist/weapp');
/** 750 design px (rpx) = a 375-px-wide phone: 18 px text is 36 rpx, 60 px targets are 120 rpx. */
const MIN_TEXT_RPX = 36;
const MIN_TAP_RPX = 120;

function wxssFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return wxssFiles(full);
    return name.endsWith('.wxss') ? [full] : [];
  });
}

const sheets = wxssFiles(WEAPP).map((file) => ({ file: path.relative(WEAPP, file), root: postcss.parse(readFileSync(file, 'utf8')) }));
const rules: Array<{ file: string; rule: Rule }> = sheets.flatMap(({ file, root }) => {
  const out: Array<{ file: string; rule: Rule }> = [];
  root.walkRules((rule) => {
    out.push({ file, rule });
  });
  return out;
});
const decls = (rule: Rule): Declaration[] => rule.nodes.filter((n): n is Declaration => n.type === 'decl');
const rpx = (value: string): number | undefined => {
  const m = /^(\d+(?:\.\d+)?)rpx$/.exec(value.trim());
  return m ? Number(m[1]) : undefined;
};

it('has styles to read (the build is there)', () => {
  expect(sheets.length).toBeGreaterThan(10);
  expect(rules.length).toBeGreaterThan(200);
});

it('uses only selectors WXSS takes: no attribute or universal selector, no pseudo-class but first/last child', () => {
  const bad = rules
    .flatMap(({ file, rule }) => rule.selectors.map((s) => ({ file, s })))
    .filter(({ s }) => /\[|\*/.test(s) || /(^|[^:]):(?!first-child|last-child)[a-z-]+/.test(s));
  expect(bad).toEqual([]);
});

it('the switch sets every text size and the tap size to the MIIT minimums, and line spacing ≥ 1.3', () => {
  const elder = rules.filter(({ rule }) => rule.selectors.includes('.yk-page.yk-elder'));
  const values = Object.fromEntries(elder.flatMap(({ rule }) => decls(rule).map((d) => [d.prop, d.value])));
  const fonts = Object.entries(values).filter(([p]) => p.startsWith('--yk-font-'));
  expect(fonts.map(([p]) => p).sort()).toEqual(['--yk-font-body', '--yk-font-heading', '--yk-font-small', '--yk-font-tiny', '--yk-font-title']);
  for (const [prop, value] of fonts) expect([prop, rpx(value)! >= MIN_TEXT_RPX]).toEqual([prop, true]);
  for (const prop of ['--yk-tap-min', '--yk-tap-small']) expect([prop, rpx(values[prop])! >= MIN_TAP_RPX]).toEqual([prop, true]);
  expect(Number(values['line-height'])).toBeGreaterThanOrEqual(1.3);
});

it('every font size in every page is one the switch raises, or 18 px already', () => {
  const fixed = rules.flatMap(({ file, rule }) =>
    decls(rule)
      .filter((d) => d.prop === 'font-size')
      .filter((d) => !/^var\(--yk-font-(heading|title|body|small|tiny)\)$/.test(d.value) && !((rpx(d.value) ?? 0) >= MIN_TEXT_RPX))
      .map((d) => `${file}: ${rule.selector} { font-size: ${d.value} }`),
  );
  expect(fixed).toEqual([]);
});

it('gives every Pressable and input box the tap minimum in 长辈版, in a rule of class selectors only', () => {
  const tapRule = rules.find(({ rule }) => rule.selectors.includes('.yk-page.yk-elder .yk-pressable'));
  expect(tapRule).toBeDefined();
  const rule = tapRule!.rule;
  expect(rule.selectors.every((s) => /^\.yk-page\.yk-elder \.[\w-]+$/.test(s))).toBe(true);
  expect(rule.selectors).toEqual(expect.arrayContaining(['.yk-page.yk-elder .yk-field__input', '.yk-page.yk-elder .yk-search__input']));
  const props = Object.fromEntries(decls(rule).map((d) => [d.prop, d.value]));
  expect(props).toMatchObject({ 'min-height': 'var(--yk-tap-min)', 'min-width': 'var(--yk-tap-min)' });
});
