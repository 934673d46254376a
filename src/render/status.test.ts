// `ikescope status` text: the table and the findings, in English and Japanese, from the seeds'
// show outputs; every string from the catalogs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { buildInventory } from '../core/inventory.js';
import { readShowText } from '../dialects/show/run.js';
import { seedPath } from '../seeds/seeds.js';
import { displayWidth, renderStatus } from './status.js';
import { useAllLangs } from '../i18n/index.js';

// Catalogs other than English load on demand: these tests read all four.
await useAllLangs();

const s001 = seedPath('001_');
const s000 = seedPath('000_');

void test('status of seed 001 in English', { skip: !s001 && 'seeds not found' }, () => {
  const inv = buildInventory(readShowText('seed001.txt', readFileSync(s001!, 'utf8')).entries);
  const out = renderStatus(inv, { lang: 'en', color: false });
  assert.ok(!out.includes('\u001b['), 'no colour');
  assert.ok(!/\bshow\.(?:status|finding|fix)\./.test(out), 'no raw message ids');
  assert.match(out, /Interface +Peer +Description +Status +IKE SA +Flow +Active SAs/);
  assert.match(
    out,
    /FastEthernet0\/1 +172\.0\.0\.2:500 +UP-ACTIVE +IKEv1 Active +10\.10\.10\.0\/24 → 10\.30\.30\.0\/24 +2/,
  );
  assert.match(
    out,
    /Tunnel0 +10\.1\.1\.3:500 .*UP-ACTIVE .*10\.1\.1\.4\/32 → 10\.1\.1\.3\/32 \(GRE\) +0 +0\/0/,
  );
  assert.match(out, /FLOW_NO_ACTIVE_SA/);
  assert.match(out, /clear crypto session remote 10\.1\.1\.3/);
  assert.match(out, /seed001\.txt:350 +Active SAs: 0, origin: crypto map/);
  assert.match(out, /SA_ERRORS .*outbound drops 1/);
});

void test('status of seed 000 in Japanese', { skip: !s000 && 'seeds not found' }, () => {
  const inv = buildInventory(readShowText('seed000.txt', readFileSync(s000!, 'utf8')).entries);
  const out = renderStatus(inv, { lang: 'ja', color: false });
  assert.ok(!/\bshow\.(?:status|finding|fix)\./.test(out), 'no raw message ids');
  assert.match(out, /所見/);
  assert.match(out, /Anu \(10\.2\.2\.1\)/);
  assert.match(out, /ONE_WAY_TRAFFIC .*163 パケットを復号/);
  assert.match(out, /SA_ERRORS .*recv errors 55/);
  assert.match(out, /WEAK_TRANSFORM/);
  // the columns of the Japanese table line up (wide characters count two)
  const lines = out.split('\n');
  const row = lines.findIndex((l) => l.startsWith('  outside '));
  assert.ok(row > 0);
  const head = lines[row - 1]!;
  const at = (l: string, needle: string): number => displayWidth(l.slice(0, l.indexOf(needle)));
  assert.equal(at(lines[row]!, '192.168.1.1'), at(head, 'ピア'));
  assert.equal(at(lines[row]!, '163/0'), at(head, 'パケット'));
});

void test('status with colour, and with nothing to show', () => {
  const inv = buildInventory([]);
  assert.match(renderStatus(inv, { lang: 'en', color: false }), /No show-command output/);
  assert.match(renderStatus(inv, { lang: 'ja', color: false }), /show コマンドの出力/);
  const down = buildInventory(
    readShowText('x', ['Interface: Tunnel5', 'Session status: DOWN', 'Peer: 192.0.2.7 port 500'].join('\n'))
      .entries,
  );
  const out = renderStatus(down, { lang: 'en', color: true });
  assert.ok(out.includes('\u001b['), 'colour codes');
  assert.match(out, /SESSION_DOWN/);
  assert.match(out, /clear crypto session remote 192\.0\.2\.7/);
});

void test('display width counts wide characters twice', () => {
  assert.equal(displayWidth('abc'), 3);
  assert.equal(displayWidth('インターフェイス'), 16);
});
