/**
 * Debian's Chromium and the flags verified on this kind of machine (shared docs/toolchain.md),
 * for the browser tests and the bench alike: without the networking flags Chromium keeps
 * calling Google services and floods the closed network; --no-sandbox because we run as root.
 */
export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
