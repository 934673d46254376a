#!/usr/bin/env node
// Runs the web UI's end-to-end tests: builds web/dist and the bundled tests, then node's test
// runner on them (type-checking is the build's job: pass --check to do it here too). Stops by
// itself: the whole run is killed after a hard limit.
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const LIMIT_MS = 170_000;

const b = spawnSync(process.execPath, [join(here, '..', 'build.mjs'), '--tests', ...(process.argv.includes('--check') ? [] : ['--no-check'])], { stdio: 'inherit' });
if (b.status !== 0) process.exit(b.status ?? 1);

const dir = join(here, '..', '.build', 'test');
const files = readdirSync(dir).filter((f) => f.endsWith('.test.mjs')).sort().map((f) => join(dir, f));
const child = spawn(process.execPath, ['--test', '--test-reporter=spec', '--test-concurrency=1', ...files], { stdio: 'inherit', detached: true });
const timer = setTimeout(() => {
  console.error(`web e2e: still running after ${LIMIT_MS / 1000} s, stopping`);
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    child.kill('SIGKILL');
  }
}, LIMIT_MS);
child.on('exit', (code, signal) => {
  clearTimeout(timer);
  process.exit(signal ? 1 : (code ?? 1));
});
