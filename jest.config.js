/**
 * Four test layers, one jest project each (see README "Tests"):
 *   unit       pure logic and every mock-server route, in Node
 *   component  React components and hooks in jsdom, as H5 renders them
 *   weapp      the built dist/weapp pages in miniprogram-simulate, talking to the mock server
 *   browser    the built dist/h5 app in headless Chromium against the mock server
 * `npm test` (scripts/test.mjs) builds both platforms first, then runs them all.
 */
const taroGlobals = {
  ENABLE_INNER_HTML: true,
  ENABLE_ADJACENT_HTML: true,
  ENABLE_SIZE_APIS: true,
  ENABLE_TEMPLATE_CONTENT: true,
  ENABLE_MUTATION_OBSERVER: true,
  ENABLE_CLONE_NODE: true,
  ENABLE_CONTAINS: true,
  DEPRECATED_ADAPTER_COMPONENT: false,
  __TARO_FRAMEWORK__: 'react',
  API_BASE_URL: '',
};

const transform = { '^.+\\.(t|j)sx?$': 'babel-jest', '^.+\\.mjs$': 'babel-jest' };
// The H5 build rewrites `Taro.getStorageSync(…)` into a named import of the H5 implementation
// (babel-plugin-transform-taroapi): without the same step, Taro's default export has no
// storage, location or navigation APIs in jsdom and they would silently do nothing.
const h5ApiPlugin = [
  'babel-plugin-transform-taroapi',
  { packageName: '@tarojs/taro', definition: require('@tarojs/plugin-platform-h5/dist/definition.json') },
];
const h5Transform = {
  '^.+\\.(t|j)sx?$': ['babel-jest', { plugins: [h5ApiPlugin] }],
  '^.+\\.mjs$': ['babel-jest', { plugins: [h5ApiPlugin] }],
};
// Taro and its web components ship untranspiled ESM.
const transformIgnorePatterns = ['^(?!.*/node_modules/(@tarojs|@stencil|swiper|gcoord|kdbush|geokdbush|tinyqueue|nanoid|query-string|decode-uri-component|split-on-first|filter-obj)/).*/node_modules/'];

module.exports = {
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/unit/**/*.test.ts'],
      transform,
      transformIgnorePatterns,
      globals: taroGlobals,
    },
    {
      displayName: 'component',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/test/component/**/*.test.tsx'],
      // Resolve `./x` to `x.h5.tsx` first: the component layer renders what the H5 build renders.
      moduleFileExtensions: ['h5.tsx', 'h5.ts', 'tsx', 'ts', 'js', 'jsx', 'mjs', 'json'],
      moduleNameMapper: {
        '^@tarojs/components$': '@tarojs/components/lib/react',
        '^@tarojs/taro$': '<rootDir>/node_modules/@tarojs/taro-h5',
        '^lodash-es$': 'lodash',
        '^lodash-es/(.*)$': 'lodash/$1',
        '\\.(s?css)$': '<rootDir>/test/support/style-stub.js',
      },
      setupFilesAfterEnv: ['<rootDir>/test/support/component-setup.ts'],
      transform: h5Transform,
      transformIgnorePatterns,
      globals: { ...taroGlobals, 'process.env.TARO_ENV': 'h5' },
    },
    {
      displayName: 'weapp',
      // Node, not jsdom: the mock server needs real node http; test/weapp/harness.ts installs the
      // few DOM globals miniprogram-simulate renders into from its own jsdom window.
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/weapp/**/*.test.ts'],
      transform,
      // The build under test runs exactly as WeChat would run it, never re-transpiled.
      transformIgnorePatterns: [...transformIgnorePatterns, '<rootDir>/dist/'],
      moduleFileExtensions: ['ts', 'tsx', 'js', 'jsx', 'json'],
      setupFilesAfterEnv: ['<rootDir>/test/support/slow-layer-setup.ts'],
    },
    {
      displayName: 'browser',
      // Node, not jsdom: the tests drive a real browser; jsdom globals would only get in the way.
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/browser/**/*.test.ts'],
      transform,
      transformIgnorePatterns,
      moduleFileExtensions: ['ts', 'tsx', 'js', 'jsx', 'json'],
      setupFilesAfterEnv: ['<rootDir>/test/support/slow-layer-setup.ts'],
    },
  ],
};
