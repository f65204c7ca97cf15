/**
 * @tarojs/taro with some APIs replaced by fakes, for `jest.mock('@tarojs/taro', …)` in the
 * component layer (e.g. navigation, which would leave the page: record it instead). The H5 build
 * (and this layer's babel step) imports Taro's APIs by name, so the named exports are replaced, the
 * default's too. Taro is read lazily: its modules import one another in a cycle, so it is not
 * complete while being mocked.
 */
export function taroWithFakes(fakes: Record<string, unknown>): unknown {
  const actual = () => jest.requireActual<Record<string | symbol, Record<string | symbol, unknown>>>('@tarojs/taro');
  const taro = new Proxy({}, { get: (_, key) => (typeof key === 'string' && key in fakes ? fakes[key] : actual().default[key]) });
  return new Proxy(
    {},
    {
      get: (_, key) => {
        if (key === '__esModule') return true;
        if (key === 'default') return taro;
        return typeof key === 'string' && key in fakes ? fakes[key] : actual()[key];
      },
    },
  );
}
