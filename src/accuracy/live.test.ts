// Live lab: runs a few scenarios with the real strongSwan and Libreswan daemons in network
// namespaces (lab/run.js) and checks the analyzer's verdicts on the logs they just wrote.
// Skipped, with the reason, where the machine cannot run the lab (not root, no namespaces,
// daemons not installed: lab/install.sh installs them).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { accessSync, constants, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { accuracy } from './accuracy.js';

function whyNot(): string | undefined {
  if (process.getuid?.() !== 0) return 'needs root (network namespaces)';
  for (const f of [
    '/usr/lib/ipsec/charon',
    '/usr/libexec/ipsec/pluto',
    '/usr/sbin/swanctl',
    '/usr/bin/tcpdump',
  ]) {
    try {
      accessSync(f, constants.X_OK);
    } catch {
      return `${f} is missing (install with lab/install.sh)`;
    }
  }
  const probe = spawnSync('ip', ['netns', 'add', 'iks-test-probe'], { encoding: 'utf8' });
  if (probe.status !== 0) return `cannot create network namespaces: ${probe.stderr.trim()}`;
  spawnSync('ip', ['netns', 'del', 'iks-test-probe']);
  return undefined;
}

const reason = whyNot();

test(
  'live lab: real daemons, fresh logs, right verdicts',
  { skip: reason ?? false, timeout: 400_000 },
  async (t) => {
    const out = mkdtempSync(join(tmpdir(), 'ikescope-live-'));
    try {
      const r = spawnSync(
        process.execPath,
        [
          'lab/run.js',
          '--out',
          out,
          'v2-ok-sw-sw',
          'v2-psk-sw-ls',
          'v2-ike-dh-sw-sw',
          'v2-unreach-nodaemon-sw',
        ],
        {
          encoding: 'utf8',
          timeout: 360_000,
          killSignal: 'SIGINT',
        },
      );
      // Exit 3: another lab run holds the lab's namespaces (lab/lib/lock.js); it is not this test's
      // to interrupt.
      if (r.status === 3) {
        t.skip(r.stderr.trim());
        return;
      }
      assert.equal(r.status, 0, `lab run failed:\n${r.stdout.slice(-2000)}\n${r.stderr.slice(-2000)}`);
      const rows = await accuracy(out);
      assert.ok(rows.length >= 8, `rows for every side (${rows.length})`);
      const misses = rows
        .filter((x) => x.evidence && !x.ok)
        .map((x) => `${x.scenario}/${x.side}/${x.form}: expected ${x.expected}, got ${x.got}`);
      assert.deepEqual(misses, []);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  },
);
