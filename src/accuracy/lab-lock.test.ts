// lab/lib/lock.js: one lab run at a time (the lab's namespaces have fixed names, and a run starts
// by removing what an earlier one left).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

type Lock = { release?: () => void; busy?: number };
const LOCK_MODULE = pathToFileURL(resolve('lab/lib/lock.js')).href;

void test('the lab lock: a live holder makes the next run wait its turn, a dead holder’s lock is taken over', async () => {
  const { takeLabLock } = (await import(LOCK_MODULE)) as { takeLabLock: (path: string) => Lock };
  const dir = mkdtempSync(join(tmpdir(), 'ikescope-lock-'));
  const path = join(dir, 'lab.lock');
  try {
    // Another process holds it.
    const holder = spawn(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `const { takeLabLock } = await import(${JSON.stringify(LOCK_MODULE)}); takeLabLock(${JSON.stringify(path)}); console.log('held'); setInterval(() => {}, 1000);`,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    await new Promise<void>((ok) => holder.stdout.once('data', () => ok()));
    assert.equal(takeLabLock(path).busy, holder.pid);
    // The holder dies without releasing: its lock is stale.
    holder.kill('SIGKILL');
    await new Promise((ok) => holder.once('exit', ok));
    const mine = takeLabLock(path);
    assert.equal(mine.busy, undefined);
    assert.ok(existsSync(path));
    mine.release!();
    assert.ok(!existsSync(path), 'released');
    // A lock file that names no process at all is stale too.
    writeFileSync(path, 'not a pid');
    const again = takeLabLock(path);
    assert.equal(again.busy, undefined);
    again.release!();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
