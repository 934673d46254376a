// Seeds 003 (Openswan, newest line first) and 004 (Qno router) must come out right as they are.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../analyze.js';
import { seedPath } from './seeds.js';

const NOW = new Date('2026-11-24T12:00:00Z');
const s003 = seedPath('003_');
const s004 = seedPath('004_');

test(
  'seed 003: Openswan main mode responder, newest-first log, ESTABLISHED',
  { skip: !s003 && 'seeds not found' },
  async () => {
    const r = await analyze([s003!], { now: NOW });
    assert.equal(r.inputs[0]?.reversed, true, 'the newest-first order is detected');
    const abc = r.tunnels.find((t) => t.name === 'abc');
    assert.ok(abc, `tunnel abc found (have ${r.tunnels.map((t) => t.name).join(', ')})`);
    assert.equal(abc.diagnoses[0]?.code, 'ESTABLISHED');
    assert.equal(abc.status, 'established');
    assert.equal(abc.ikeVersion, 1);
    assert.equal(abc.mode, 'main');
    assert.equal(abc.role, 'responder');
    assert.equal(r.tunnels.filter((t) => t.status === 'failed').length, 0, 'no failure invented');
    // Evidence points at real lines of the document.
    for (const e of abc.diagnoses[0].evidence) assert.match(e.text, /established/);
    // The timeline runs oldest first: "responding to Main Mode" before "ISAKMP SA established".
    const i = abc.timeline.findIndex((e) => e.event === 'ike.respond');
    const j = abc.timeline.findIndex((e) => e.event === 'ike.established');
    assert.ok(i >= 0 && j > i, 'responding comes before established');
  },
);

test('seed 004: Qno router log', { skip: !s004 && 'seeds not found' }, async () => {
  const r = await analyze([s004!], { now: NOW });
  const names = r.tunnels.map((t) => `${t.name}:${t.diagnoses[0]?.code}`).join(', ');
  const g18 = r.tunnels.find((t) => t.name === 'g2gips18');
  assert.ok(g18, `g2gips18 found (have ${names})`);
  assert.equal(g18.mode, 'aggressive');
  assert.equal(g18.ikeVersion, 1);
  assert.equal(g18.remote.id, 'xxxx@xxxx.cn');
  assert.ok(
    g18.childSas.some(
      (c) => c.spiIn?.toLowerCase().endsWith('363c3bbb') && c.spiOut?.toLowerCase().endsWith('bf9f49f7'),
    ),
    'IPsec SA with SPIs 363c3bbb/bf9f49f7',
  );
  const codes = g18.diagnoses.map((d) => d.code);
  assert.ok(codes.includes('DPD_PEER_DEAD'), `DPD_PEER_DEAD in ${codes.join(',')}`);
  const weak = g18.diagnoses.find((d) => d.code === 'WEAK_CRYPTO');
  assert.ok(weak, 'WEAK_CRYPTO');
  assert.match(String(weak.details.algorithms), /des/i);
  assert.ok(
    g18.timeline.some((e) => e.event === 'nat.detected'),
    'NAT-T detected',
  );
  const p218 = r.tunnels.find((t) => t.remote.address === '218.x.x.x');
  assert.ok(p218, `218.x.x.x found (have ${names})`);
  assert.equal(p218.diagnoses[0]?.code, 'PEER_NOT_CONFIGURED');
  const stale = r.tunnels.filter((t) => t.diagnoses.some((d) => d.code === 'STALE_SA'));
  assert.ok(stale.length >= 1, 'STALE_SA reported');
  assert.ok(
    r.tunnels.find((t) => t.name === 'g2gips3')?.diagnoses.some((d) => d.code === 'STALE_SA'),
    'g2gips3 ignored Delete → STALE_SA',
  );
  const g5 = r.tunnels.find((t) => t.name === 'g2gips5');
  assert.ok(g5, 'g2gips5 disconnection reported');
  assert.equal(g5.status, 'down');
});
