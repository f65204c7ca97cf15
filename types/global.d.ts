/// <reference types="@tarojs/taro" />

declare module '*.png';
declare module '*.svg';
declare module '*.scss';

/**
 * Base URL of the API, fixed at build time (config/index.ts): '' on H5 (same origin as the
 * page), `http://localhost:10086` on weapp unless TARO_APP_API_BASE says otherwise.
 */
declare const API_BASE_URL: string;

declare namespace NodeJS {
  interface ProcessEnv {
    NODE_ENV: 'development' | 'production' | 'test';
    /** the platform being built: this project builds `weapp` and `h5` */
    TARO_ENV: 'weapp' | 'h5';
    /** API base URL baked into the build; see README "Environment variables" */
    TARO_APP_API_BASE?: string;
    /**
     * `real`: a weapp build for the real merchant, where `Taro.requestPayment` opens WeChat Pay's
     * own sheet; otherwise (the default) payments go through the mock cashier page
     */
    TARO_APP_WECHAT_PAY?: 'real';
  }
}
