import path from 'node:path';
import { defineConfig, type UserConfigExport } from '@tarojs/cli';
import devConfig from './dev';
import prodConfig from './prod';

const root = path.resolve(__dirname, '..');

/** The app imports pure rules from core/ and contracts from types/, outside src/. */
const sharedSources = [path.join(root, 'core'), path.join(root, 'types')];

/** taro-ui's sass triggers deprecation warnings on every file; they are not ours to fix. */
const sassLoaderOption = {
  sassOptions: {
    quietDeps: true,
    silenceDeprecations: [
      'legacy-js-api',
      'import',
      'slash-div',
      'global-builtin',
      'color-functions',
    ],
  },
};

/**
 * The WeChat cloud environment the weapp build calls. Set CLOUD_ENV when building for the
 * brand's own environment; the placeholder only has to be a string for the local runtime.
 */
const cloudEnv = process.env.CLOUD_ENV ?? 'dealer-hub-dev';

/**
 * The subscription-message template for review reminders (from the WeChat admin console). Set
 * REVIEW_TEMPLATE_ID when building for the brand; the local runtime only stores the string.
 */
const reviewTemplateId = process.env.REVIEW_TEMPLATE_ID ?? 'local-review-reminder';

export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'dealer-hub',
    date: '2026-12-4',
    designWidth: 750,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot: `dist/${process.env.TARO_ENV ?? 'weapp'}`,
    plugins: [],
    defineConstants: {
      CLOUD_ENV: JSON.stringify(cloudEnv),
      REVIEW_TEMPLATE_ID: JSON.stringify(reviewTemplateId),
    },
    copy: { patterns: [], options: {} },
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: true },
    mini: {
      compile: { include: sharedSources },
      sassLoaderOption,
      // Component styles use unique BEM names, so the order chunks load them in does not matter.
      miniCssExtractPluginOption: { ignoreOrder: true },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false },
      },
    },
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      compile: { include: sharedSources },
      sassLoaderOption,
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
      webpackChain(chain) {
        // Taro splits only initial chunks, so every lazily loaded page carried its own copy of
        // the components and taro-ui. Code two or more pages share goes to one chunk instead.
        chain.optimization.merge({
          splitChunks: {
            cacheGroups: {
              pages: { name: 'pages-common', chunks: 'async', minChunks: 2, priority: 5 },
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
