// strongSwan and Libreswan status outputs (swanctl --list-sas, ipsec status[all], ipsec status /
// trafficstatus of Libreswan) read into the SA inventory, from the lab corpus' real status files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildInventory } from '../../core/inventory.js';
import { analyze } from '../../analyze.js';
import { readShowText } from './run.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const corpus = (p: string): string => `${ROOT}lab/corpus/${p}`;
const read = (p: string) => readShowText(p, readFileSync(p, 'utf8'));
const nonBlank = (p: string): number[] =>
  readFileSync(p, 'utf8')
    .split(/\r?\n/)
    .flatMap((l, i) => (l.trim() ? [i + 1] : []));
const have = (p: string): boolean => existsSync(corpus(p));

void test(
  'ikescope status lists a swanctl SA with its SPIs, counters and selectors',
  { skip: !have('v2-ok-sw-sw') },
  () => {
    const r = spawnSync(
      process.execPath,
      [`${ROOT}bin/ikescope.js`, 'status', corpus('v2-ok-sw-sw/left.status.txt')],
      {
        encoding: 'utf8',
      },
    );
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /swanctl --list-sas/);
    assert.match(
      r.stdout,
      /198\.51\.100\.2:4500 +lab +ESTABLISHED +IKEv2 ESTABLISHED #1 +203\.0\.113\.0\/26 → 203\.0\.113\.128\/26 +2\/2/,
    );
    assert.match(r.stdout, /left\.example @ 192\.0\.2\.1:4500 ↔ right\.example @ 198\.51\.100\.2:4500/);
    assert.match(r.stdout, /SPIs in 63aeb0ed out 7b824f54/);
    assert.match(r.stdout, /bytes in\/out 168\/168/);
    assert.match(r.stdout, /No problem found/);
  },
);

void test(
  'a Libreswan dump with a connection and no IKE SA yields NO_IKE_SA; every line counts as read',
  { skip: !have('v2-psk-ls-ls') },
  () => {
    const p = corpus('v2-psk-ls-ls/left.status.txt');
    const r = read(p);
    assert.deepEqual([...r.recognised.keys()], nonBlank(p));
    const inv = buildInventory(r.entries);
    const f = inv.findings.find((x) => x.code === 'NO_IKE_SA');
    assert.ok(f, JSON.stringify(inv.findings.map((x) => x.code)));
    assert.equal(f.severity, 'error');
    assert.equal(f.vars.command, 'ipsec auto --up lab');
    assert.ok(f.evidence.some((l) => l.text.includes('newest IKE SA: #0')));
  },
);

void test(
  'an IKE SA without a child SA (Libreswan and swanctl) yields NO_CHILD_SA',
  { skip: !have('v2-install-fail-sw-ls') },
  () => {
    for (const p of ['v2-install-fail-sw-ls/right.status.txt', 'v2-install-fail-sw-ls/left.status.txt']) {
      const inv = buildInventory(read(corpus(p)).entries);
      assert.ok(
        inv.findings.some((x) => x.code === 'NO_CHILD_SA' && x.severity === 'error'),
        `${p}: ${inv.findings.map((x) => x.code).join(',')}`,
      );
    }
  },
);

void test('outputs pasted without their command echo are still read', () => {
  const swanctl = [
    'lab: #1, ESTABLISHED, IKEv2, baaa1991bcc1a6ba_i* 460d1e9e31cdffcc_r',
    "  local  'left.example' @ 192.0.2.1[4500]",
    "  remote 'right.example' @ 198.51.100.2[4500]",
    '  net: #1, reqid 1, INSTALLED, TUNNEL-in-UDP, ESP:AES_CBC-256/HMAC_SHA2_256_128',
    '    in  63aeb0ed,      0 bytes,     0 packets',
    '    out 7b824f54,    840 bytes,    10 packets,     1s ago',
  ].join('\n');
  const a = readShowText('x', swanctl);
  assert.equal(a.entries[0]?.vendor, 'strongswan');
  assert.equal(a.entries[0]?.command, 'swanctl --list-sas');
  assert.ok(
    buildInventory(a.entries).findings.some(
      (f) => f.code === 'ONE_WAY_TRAFFIC' && f.message.endsWith('.out'),
    ),
  );
  const pluto = [
    '#1: "lab":500 STATE_MAIN_I4 (ISAKMP SA established); EVENT_SA_REPLACE in 1720s; newest ISAKMP; nodpd; idle;',
    '#2: "lab":500 STATE_QUICK_I2 (sent QI2, IPsec SA established); EVENT_SA_REPLACE in 24524s; newest IPSEC; eroute owner; isakmp#1; idle;',
    '#2: "lab" esp.c7b0328@84.84.84.84 esp.b531330@83.83.83.83 tun.0@83.83.83.83 tun.0@83.83.83.83 ref=0 refhim=0 Traffic: ESPin=0B ESPout=588B! ESPmax=4194303B',
  ].join('\n');
  const b = readShowText('y', pluto);
  assert.equal(b.recognised.size, 3);
  const flow = b.entries[0]?.flows[0];
  assert.equal(flow?.spiOut, '0c7b0328');
  assert.equal(flow?.bytesOut, 588);
  assert.ok(
    buildInventory(b.entries).findings.some(
      (f) => f.code === 'ONE_WAY_TRAFFIC' && f.message.endsWith('.outBytes'),
    ),
  );
});

void test('an empty swanctl --list-sas says that no IKE SA exists', () => {
  const inv = buildInventory(readShowText('z', '# swanctl --list-sas\n').entries);
  assert.deepEqual(
    inv.findings.map((f) => f.message),
    ['show.finding.NO_IKE_SA.listing'],
  );
});

void test(
  'analyze counts a status file as recognised, not as an unknown format',
  { skip: !have('v2-ok-sw-sw') },
  async () => {
    const r = await analyze(
      [corpus('v2-ok-sw-sw/left.status.txt'), corpus('v2-install-fail-sw-ls/right.status.txt')],
      {},
    );
    for (const i of r.inputs) {
      assert.deepEqual(i.dialects, ['show'], i.path);
      assert.equal(i.unreadIpsecLines, 0, i.path);
    }
    assert.ok(r.inventory.entries.some((e) => e.vendor === 'strongswan'));
    assert.ok(r.inventory.entries.some((e) => e.vendor === 'libreswan'));
  },
);
