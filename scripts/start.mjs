#!/usr/bin/env node
/**
 * `npm start`: the whole app on one origin, offline. Installs dependencies if needed, builds
 * the H5 app if its sources changed, then runs the mock server serving H5 and the API at
 * http://localhost:10086 (PORT overrides).
 */
import { spawn } from 'node:child_process';
import { build, ensureDependencies, root } from './lib/setup.mjs';

ensureDependencies();
build('h5');
const child = spawn(process.execPath, ['--import', 'tsx', 'mock/main.ts'], { cwd: root, stdio: 'inherit', env: process.env });
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code) => process.exit(code ?? 0));
