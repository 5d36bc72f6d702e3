// babel-preset-taro compiles the app's TypeScript and JSX for both targets.
module.exports = {
  presets: [['taro', { framework: 'react', ts: true, compiler: 'webpack5' }]],
};
