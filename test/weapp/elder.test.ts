/**
 * 长辈版 on the mini-program build: the style switch on the production dist/weapp pages, run in
 * miniprogram-simulate. Run `NODE_ENV=production npx taro build --type weapp` first.
 * The sizes themselves are measured in Chromium (test/browser/elder.test.ts); here, that the
 * switch on 就近办 puts the page root into 长辈版 (the `yk-elder` class every 长辈版 style
 * hangs from) and shows the 长辈版 home, and that switching back undoes both.
 */
import { ROUTES } from '../support/routes';
import { elementsWithClass, miniProgramSuite, tapText, waitFor, waitForText, type PageHandle } from './harness';

const suite = miniProgramSuite();

const pageRoot = (page: PageHandle): Element => {
  const [root] = elementsWithClass(page, 'yk-page');
  if (!root) throw new Error(`no page root on ${page.route}`);
  return root;
};
const hasClass = (el: Element, cls: string): boolean => (el.getAttribute('class') ?? '').split(/\s+/).some((c) => c.replace(/^(main|comp)--/, '') === cls);
const elderHome = (page: PageHandle): Element[] => elementsWithClass(page, 'yk-elder-home');

test('the switch on 就近办 turns 长辈版 on (page root class, elder home) and off again', async () => {
  const mp = suite.start();
  const nearby = await mp.open(ROUTES.nearby);
  await waitForText(nearby, '使用我的位置');
  expect(hasClass(pageRoot(nearby), 'yk-elder')).toBe(false);
  expect(elderHome(nearby)).toHaveLength(0);

  await tapText(nearby, '长辈版');
  await waitForText(nearby, '长辈版：已开启');
  await waitFor(() => hasClass(pageRoot(nearby), 'yk-elder'), { what: 'yk-elder on the page root' });
  expect(elderHome(nearby)).toHaveLength(1);
  await waitForText(nearby, '常办的事');
  await waitForText(nearby, '养老金资格认证');
  // with no place yet, one location prompt: the elder home's
  expect(elementsWithClass(nearby, 'yk-location-prompt')).toHaveLength(0);

  await tapText(nearby, '长辈版：已开启');
  await waitFor(() => !hasClass(pageRoot(nearby), 'yk-elder'), { what: 'yk-elder gone from the page root' });
  expect(elderHome(nearby)).toHaveLength(0);
  // the normal prompt is back
  expect(elementsWithClass(nearby, 'yk-location-prompt')).toHaveLength(1);
});
