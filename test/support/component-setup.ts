import { cleanup, configure } from '@testing-library/react';

// The component layer renders as the H5 build does: platform files resolve to *.h5.tsx.
process.env.TARO_ENV = 'h5';

// Two shared cores run the whole suite; give renders time instead of failing on a busy machine.
configure({ asyncUtilTimeout: 5000 });

// Each test starts from an empty document, whatever the previous one left mounted.
afterEach(() => cleanup());

// Page lifecycle hooks (useDidShow …) are attached to Taro by the framework runtime when the app
// starts its router. A component rendered on its own is never shown or hidden by a router, so here
// they register nothing; tests that need a page's show/hide mock @tarojs/taro themselves.
const taro = jest.requireActual<{ default: Record<string, unknown> }>('@tarojs/taro').default;
for (const hook of ['useDidShow', 'useDidHide', 'usePullDownRefresh', 'useReachBottom']) {
  if (typeof taro[hook] !== 'function') taro[hook] = () => undefined;
}
