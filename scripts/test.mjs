#!/usr/bin/env node
/**
 * `npm test`: the whole suite from a fresh machine. Installs what it needs (npm packages,
 * Debian's chromium), type-checks, builds dist/weapp and dist/h5 from the current sources (the
 * mini-program and browser layers test those builds), then runs the four jest projects.
 * Extra arguments go to jest, e.g. `npm test -- --selectProjects unit`.
 */
import { build, ensureChromium, ensureDependencies, run } from './lib/setup.mjs';

const args = process.argv.slice(2);
ensureDependencies();
ensureChromium();
run('npm run --silent typecheck'); // both platforms' sides of every adapter pair
build('weapp', { force: true });
build('h5', { force: true });
run(`npx jest --ci ${args.map((a) => JSON.stringify(a)).join(' ')}`.trim());
