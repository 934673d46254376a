// Seeds 000 (ASA IKEv2 debug + show outputs), 001 (IOS monitoring guide) and 002 (PAN-OS phase-1
// troubleshooting) must come out right as they are.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../analyze.js';
import { seedPath } from './seeds.js';

const NOW = new Date('2026-11-24T12:00:00Z');
const s000 = seedPath('000_');
const s001 = seedPath('001_');
const s002 = seedPath('002_');

test('seed 000: ASA IKEv2 AnyConnect debug', { skip: !s000 && 'seeds not found' }, async () => {
  const r = await analyze([s000!], { now: NOW });
  const names = r.tunnels.map((t) => `${t.name}:${t.diagnoses[0]?.code}`).join(', ');
  const ike = r.tunnels.filter((t) => t.ikeVersion === 2);
  assert.equal(ike.length, 1, `one IKEv2 tunnel (have ${names})`);
  const t = ike[0]!;
  assert.equal(t.diagnoses[0]?.code, 'ESTABLISHED');
  assert.equal(t.local.address, '10.0.0.1');
  assert.equal(t.remote.address, '192.168.1.1');
  assert.equal(t.role, 'responder');
  assert.ok(
    t.childSas.some((c) => /77EE5348/i.test(c.spiIn ?? c.spiOut ?? '') || /77EE5348/i.test(c.spiOut ?? '')),
    'child SPI 0x77EE5348',
  );
  assert.ok(
    t.childSas.some((c) => /30B848A4/i.test(`${c.spiIn} ${c.spiOut}`)),
    'child SPI 0x30B848A4',
  );
  const weak = t.diagnoses.find((d) => d.code === 'WEAK_CRYPTO');
  assert.ok(weak, 'WEAK_CRYPTO');
  assert.match(String(weak.details.algorithms), /modp768|group ?1\b|dh.?1/i);
  assert.ok(
    t.timeline.some((e) => e.event === 'nat.detected'),
    'NAT detected',
  );
  const findings = r.inventory.findings.map((f) => f.code);
  assert.ok(findings.includes('SA_ERRORS'), `recv errors finding (have ${findings.join(',')})`);
  assert.ok(findings.includes('ONE_WAY_TRAFFIC'), 'encaps 0 vs decaps 163');
});

test(
  'seed 001: IOS session status syslog and show crypto session',
  { skip: !s001 && 'seeds not found' },
  async () => {
    const r = await analyze([s001!], { now: NOW });
    const names = r.tunnels.map((t) => `${t.name}/${t.remote.address}:${t.status}`).join(', ');
    const p6 = r.tunnels.find((t) => t.remote.address === '10.6.6.1');
    assert.ok(p6, `peer 10.6.6.1 (have ${names})`);
    assert.equal(p6.status, 'down');
    const p2 = r.tunnels.find((t) => t.remote.address === '10.2.2.9');
    assert.ok(p2, `peer 10.2.2.9 (have ${names})`);
    assert.equal(p2.status, 'established');
    const findings = r.inventory.findings.map((f) => f.code);
    assert.ok(findings.includes('FLOW_NO_ACTIVE_SA'), `GRE flow without SA (have ${findings.join(',')})`);
    assert.ok(r.inventory.entries.length > 0);
  },
);

test('seed 002: PAN-OS phase-1 patterns and ikemgr.log', { skip: !s002 && 'seeds not found' }, async () => {
  const r = await analyze([s002!], { now: NOW });
  const codes = r.tunnels.map((t) => t.diagnoses[0]?.code);
  const names = r.tunnels.map((t) => `${t.name}/${t.remote.address}:${t.diagnoses[0]?.code}`).join(', ');
  for (const c of ['PEER_NOT_CONFIGURED', 'PEER_UNREACHABLE', 'IKE_PROPOSAL_MISMATCH', 'PSK_MISMATCH'])
    assert.ok(codes.includes(c), `${c} (have ${names})`);
  const integ = r.tunnels
    .flatMap((t) => t.diagnoses)
    .find((d) => d.code === 'IKE_PROPOSAL_MISMATCH' && d.details.parameter === 'integrity');
  assert.ok(integ, 'integrity mismatch named');
  assert.match(String(integ.details.localValue), /sha256/i);
  assert.match(String(integ.details.remoteValue), /sha512/i);
  const unreachable = r.tunnels.find((t) => t.diagnoses[0]?.code === 'PEER_UNREACHABLE');
  assert.ok(unreachable?.diagnoses[0]?.evidence.some((e) => e.text.includes('02f293d180b306a3')));
});
