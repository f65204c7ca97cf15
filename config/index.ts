import { defineConfig, type UserConfigExport } from '@tarojs/cli';
import devConfig from './dev';
import prodConfig from './prod';

/**
 * Where the app reaches the API. H5 is served by the mock server from the same origin, so it
 * calls `/api` relatively; the weapp build has no origin and needs an absolute URL. Both can
 * be overridden at build time with TARO_APP_API_BASE (see README, "Environment variables").
 */
function apiBase(platform: string | undefined): string {
  const fromEnv = process.env.TARO_APP_API_BASE;
  if (fromEnv !== undefined) return fromEnv.replace(/\/+$/, '');
  return platform === 'weapp' ? 'http://localhost:10086' : '';
}

/**
 * H5 is for reviewers and citizens in current browsers: target them, so the first load carries
 * no ES5 transpilation or polyfills it does not need. The weapp build keeps babel-preset-taro's
 * own targets (iOS 9 / Android 5), which match WeChat's oldest supported engines.
 */
const H5_BROWSERS = 'chrome >= 87, edge >= 88, firefox >= 78, safari >= 14, ios_saf >= 14, and_chr >= 87';

export default defineConfig<'webpack5'>(async (merge) => {
  const platform = process.env.TARO_ENV;
  if (platform === 'h5') process.env.BROWSERSLIST ??= H5_BROWSERS;
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'yukuaiban',
    date: '2026-11-27',
    designWidth: 750,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    // One folder per platform so the weapp and H5 builds never overwrite each other.
    outputRoot: `dist/${platform ?? 'weapp'}`,
    plugins: [],
    defineConstants: {
      API_BASE_URL: JSON.stringify(apiBase(platform)),
    },
    copy: {
      // WeChat's map takes marker icons by package path only (no data URIs), so the pin is copied.
      patterns: platform === 'weapp' ? [{ from: 'src/assets/marker.png', to: 'dist/weapp/assets/marker.png' }] : [],
      options: {},
    },
    framework: 'react',
    compiler: 'webpack5',
    // weapp: Taro writes one copy of every component template per nesting level into the main
    // package's base.wxml (WeChat templates cannot recurse). Deeper nodes continue through the
    // `comp` custom component, so fewer levels cost a little at depth, not correctness; 8 levels
    // cover the pages' usual depth and keep the main package within its budget (16 by default).
    baseLevel: 8,
    cache: { enable: false },
    mini: {
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false },
      },
    },
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      output: {
        filename: 'js/[name].[contenthash:8].js',
        chunkFilename: 'js/[name].[contenthash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css',
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false },
      },
      router: { mode: 'hash' },
      // Plain React components rendering real HTML (<button>, <input>) instead of Web Components:
      // smaller first load, and native semantics for screen readers and keyboards.
      useHtmlComponents: true,
      webpackChain(chain) {
        // @tarojs/taro-h5 imports abortcontroller-polyfill for old browsers. It ships prebuilt
        // ES5 (transpiled classes, which Lighthouse reports as legacy JavaScript) that no target
        // here needs and no browserslist can undo: every H5 target has AbortController natively.
        // (false: an empty module; webpack-chain's alias.set is typed for paths only)
        // Likewise Taro's request imports the whatwg-fetch polyfill (17 KB on the first load) for
        // browsers without fetch; every H5 target has it.
        // And Taro.request's JSONP mode imports jsonp-retry (6 KB), a mode this app never uses.
        // And Taro's H5 runtime injects the stylesheet of its Web Components (taro-components.css:
        // .taro-app-wrap, weui check cells and the weui icon font as a 12 KB data URI) through JS
        // at startup; with useHtmlComponents none of those is ever rendered.
        chain.merge({
          resolve: {
            alias: {
              'abortcontroller-polyfill/dist/abortcontroller-polyfill-only': false,
              'whatwg-fetch': false,
              'jsonp-retry': false,
              '@tarojs/components/dist/taro-components/taro-components.css': false,
            },
          },
        });
      },
    },
  };

  if (process.env.NODE_ENV === 'development') {
    return merge({}, baseConfig, devConfig);
  }
  return merge({}, baseConfig, prodConfig);
});
