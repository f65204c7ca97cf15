// babel-preset-taro builds the app; under jest it switches itself to CommonJS.
module.exports = {
  presets: [
    ['taro', { framework: 'react', ts: true, compiler: 'webpack5' }],
  ],
};
