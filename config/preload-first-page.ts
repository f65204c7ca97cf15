/**
 * H5 only: `<link rel="preload">` in index.html for the chunks (JS and CSS) of the first page.
 *
 * Taro's H5 router loads every page, the first one included, with a dynamic import: the browser
 * only learns of the nearby page's files once the runtime and app chunks have downloaded and
 * run, and a citizen sees nothing until that second round trip is over. Preloading them lets them
 * download in parallel with the entry chunks, so the first screen paints one round trip earlier.
 */
import HtmlWebpackPlugin from 'html-webpack-plugin';
import type { Compilation, Compiler } from 'webpack';

const NAME = 'PreloadFirstPagePlugin';

export class PreloadFirstPagePlugin {
  /** `pagePath`: the page's source path without extension, e.g. 'src/pages/nearby/index' */
  constructor(private readonly pagePath: string) {}

  apply(compiler: Compiler): void {
    compiler.hooks.compilation.tap(NAME, (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).alterAssetTagGroups.tap(NAME, (data) => {
        const files = this.pageFiles(compilation);
        if (files.length === 0) {
          // A renamed page would silently lose the preload: fail the build instead.
          compilation.errors.push(new compiler.webpack.WebpackError(`${NAME}: no chunk holds ${this.pagePath}`));
          return data;
        }
        const publicPath = compilation.getAssetPath(compilation.outputOptions.publicPath === 'auto' ? '/' : String(compilation.outputOptions.publicPath ?? '/'), {});
        const links = files.map((file) => ({
          tagName: 'link',
          voidTag: true,
          meta: { plugin: NAME },
          attributes: { rel: 'preload', href: publicPath + file, as: file.endsWith('.css') ? 'style' : 'script' },
        }));
        data.headTags.push(...links);
        return data;
      });
    });
  }

  /** The JS and CSS files of every chunk the page's dynamic import loads. */
  private pageFiles(compilation: Compilation): string[] {
    const { chunkGraph } = compilation;
    const suffix = new RegExp(`${this.pagePath.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(tsx|ts|jsx|js)$`);
    const files = new Set<string>();
    for (const chunk of compilation.chunks) {
      if (chunk.canBeInitial()) continue;
      // nameForCondition: the file of a plain module, or of the root of a concatenated one.
      const holdsPage = chunkGraph.getChunkModules(chunk).some((m) => {
        const resource = m.nameForCondition();
        return typeof resource === 'string' && suffix.test(resource.split('?')[0].replace(/\\/g, '/'));
      });
      if (!holdsPage) continue;
      for (const group of chunk.groupsIterable) {
        for (const c of group.chunks) {
          if (c.canBeInitial()) continue;
          for (const f of c.files) if (/\.(js|css)$/.test(f)) files.add(f);
        }
      }
    }
    return [...files].sort((a, b) => Number(b.endsWith('.css')) - Number(a.endsWith('.css')));
  }
}
