/// <reference types="@tarojs/taro" />

declare module '*.png';
declare module '*.scss';

/** The WeChat cloud environment id, set at build time from CLOUD_ENV (see config/index.ts). */
declare const CLOUD_ENV: string;

/** The review-reminder subscription template id, set at build time (see config/index.ts). */
declare const REVIEW_TEMPLATE_ID: string;

declare namespace NodeJS {
  interface ProcessEnv {
    /** The platform Taro builds for; the app branches only between 'weapp' and 'h5'. */
    TARO_ENV: 'weapp' | 'h5';
  }
}
