/**
 * What `npm start` and `npm test` need before they can run, installed on demand so both work
 * on a fresh machine (Debian, Node 20, root). Node built-ins only: this runs before npm install.
 */
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export function run(cmd, opts = {}) {
  console.log(`\n$ ${cmd}`);
  execSync(cmd, { stdio: 'inherit', cwd: root, ...opts });
}

function mtime(p) {
  try {
    return statSync(p).mtimeMs;
  } catch {
    return 0;
  }
}

/** Newest modification time of any file under the given paths. */
function newest(paths) {
  let max = 0;
  const walk = (p) => {
    const st = statSync(p, { throwIfNoEntry: false });
    if (!st) return;
    if (st.isDirectory()) {
      for (const e of readdirSync(p)) walk(path.join(p, e));
    } else {
      max = Math.max(max, st.mtimeMs);
    }
  };
  paths.forEach((p) => walk(path.join(root, p)));
  return max;
}

/** npm ci when node_modules is missing or older than the lock file. */
export function ensureDependencies() {
  const installed = path.join(root, 'node_modules', '.package-lock.json');
  if (mtime(installed) >= mtime(path.join(root, 'package-lock.json'))) return;
  run('npm ci --no-audit --no-fund');
}

/**
 * Debian's Chromium for the browser tests (the browser builds of npm packages cannot be
 * downloaded here), and the Noto CJK fonts: without them Chinese renders as empty boxes, so
 * screenshots cannot be read and text is measured with the fallback glyphs.
 */
export function ensureChromium() {
  const haveFonts = existsSync('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc');
  if (existsSync(process.env.CHROME_PATH ?? '/usr/bin/chromium') && haveFonts) return;
  const sudo = process.getuid && process.getuid() === 0 ? '' : 'sudo ';
  run(`${sudo}apt-get update -qq`);
  run(`${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk`);
}

const SOURCES = ['src', 'config', 'babel.config.js', 'package-lock.json', 'tsconfig.json'];

/** Build one platform unless its output is newer than every source file. */
export function build(platform, { force = false } = {}) {
  const marker = path.join(root, 'dist', platform, platform === 'h5' ? 'index.html' : 'app.json');
  if (!force && mtime(marker) > newest(SOURCES)) {
    console.log(`dist/${platform} is up to date`);
    return;
  }
  run(`npx taro build --type ${platform}`, { env: { ...process.env, NODE_ENV: 'production' } });
}
