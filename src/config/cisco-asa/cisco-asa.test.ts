import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as asa from './index.js';
import { applianceSuite } from '../shared/suite.js';

const CASES = 'src/config/cisco-asa/cases';
const read = (name: string) => asa.parse(`${CASES}/${name}`, readFileSync(`${CASES}/${name}`, 'utf8'));

applianceSuite('cisco-asa', asa, {
  'asa82-flattened-legacy.cfg': [/pre-shared-key 123456/],
  // show running-config prints every secret as *****
  'asdm-wizard-l2l-9x.cfg': [],
  'azure-vti-ikev2.cfg': ['Microsoft123!'],
  'hq-asa-9x-multi-peer.cfg': [
    '$sha512$5000$abcdefghijklmnopqrstuv==',
    'RadiusSecret99',
    'AbCdEfGh0123EncryptedKey',
    'PlainTextKey-198',
    'DynamicPeersKey!',
    'Xk9fQ2LmS3dT5vW7',
  ],
  'oracle-oci-ikev2-policy-based.cfg': ['OciShared-Secret-77'],
  'packet-tracer-l2l-ikev1.cfg': ['Nondirmela'],
  'seed-000-anyconnect-ikev2.cfg': ['lAuoFgF7KmB3D0WI'],
});

void test('cisco-asa: an IKEv1 crypto map entry joined with its tunnel-group and objects', () => {
  const r = read('packet-tracer-l2l-ikev1.cfg');
  assert.equal(r.tunnels.length, 1);
  const t = r.tunnels[0]!;
  assert.equal(t.name, 'VPN-Map:10');
  assert.equal(t.peer?.value, '10.1.2.1');
  assert.equal(t.localAddress?.value, '10.1.1.1');
  assert.equal(t.ikeVersion?.value, 1);
  assert.deepEqual(t.ikeProposals?.value, [
    { encryption: ['aes-cbc-128'], integrity: ['sha1'], prf: ['sha1'], dhGroups: [5] },
  ]);
  assert.equal(t.ikeLifetimeSeconds?.value, 43200);
  assert.equal(t.pskPresent?.value, true);
  assert.equal(t.pskPresent?.src?.text, ' ikev1 pre-shared-key ********');
  assert.deepEqual(t.childProposals?.value, [
    { protocol: 'esp', encryption: ['aes-cbc-128'], integrity: ['sha1'], dhGroups: [] },
  ]);
  assert.equal(t.childLifetimeSeconds?.value, 43200);
  assert.deepEqual(t.selectors?.value, [
    { local: '172.16.1.0/24', remote: '172.16.2.0/24' },
    { local: '172.16.2.0/24', remote: '172.16.1.0/24' },
  ]);
  assert.equal(r.secretsMasked, 1);
});

void test('cisco-asa: unknown lines inside crypto sections are reported, the rest of the file is not', () => {
  const r = read('hq-asa-9x-multi-peer.cfg');
  assert.deepEqual(
    r.unparsed.map((u) => u.line),
    [93, 140, 159],
  );
  const names = r.tunnels.map((t) => t.name);
  assert.deepEqual(names, [
    'outside_map:10',
    'outside_map:20',
    'outside_map:30',
    'outside_map:40',
    'DYN-L2L:10',
  ]);
  const both = r.tunnels.find((t) => t.name === 'outside_map:30')!;
  assert.equal(both.ikeVersion, undefined);
  assert.deepEqual(both.asa.ikeVersions, [2, 1]);
  assert.ok(r.notes.some((n) => n.id === 'asa.both-ike-versions'));
  const dyn = r.tunnels.find((t) => t.name === 'DYN-L2L:10')!;
  assert.equal(dyn.peer, undefined);
  assert.equal(dyn.asa.tunnelGroup?.value, 'DefaultL2LGroup');
  assert.deepEqual(dyn.dpd?.value, { enabled: false });
  const v2 = r.tunnels[0]!;
  assert.equal(v2.auth?.value, 'psk');
  assert.equal(v2.localId?.value, 'hq-asa.example.com');
  assert.deepEqual(v2.asa.backupPeers?.value, ['203.0.113.11']);
  assert.ok(
    v2.selectors?.value.some((s) => s.remote === '10.11.0.0/25'),
    'object range resolved',
  );
  const aggr = r.tunnels[1]!;
  assert.equal(aggr.mode?.value, 'aggressive');
  assert.equal(aggr.natTraversal?.value, false);
  assert.deepEqual(aggr.selectors?.value, [{ local: '10.0.5.10/32/tcp', remote: '192.0.2.80/32/tcp:443' }]);
});

void test('cisco-asa: the flattened 8.2 syntax and the seed document configuration', () => {
  const legacy = read('asa82-flattened-legacy.cfg').tunnels[0]!;
  assert.equal(legacy.peer?.value, 'a.a.a.a');
  assert.deepEqual(legacy.ikeProposals?.value, [
    { encryption: ['3des'], integrity: ['sha1'], prf: ['sha1'], dhGroups: [2] },
  ]);
  assert.equal(legacy.childLifetimeSeconds?.value, 43200);
  assert.equal(legacy.auth?.value, 'psk');
  const seed = read('seed-000-anyconnect-ikev2.cfg');
  assert.equal(seed.tunnels.length, 1);
  const d = seed.tunnels[0]!;
  assert.equal(d.name, 'dynmap:1000');
  assert.deepEqual(d.childProposals?.value, [
    {
      protocol: 'esp',
      encryption: ['aes-cbc-256', 'aes-cbc-128', '3des', 'des'],
      integrity: ['sha1'],
      dhGroups: [],
    },
  ]);
  assert.deepEqual(d.ikeProposals?.value, [
    { encryption: ['aes-cbc-192'], integrity: ['sha1'], prf: ['sha1'], dhGroups: [2] },
  ]);
  assert.equal(d.localAddress?.value, '10.0.0.1');
});

void test('cisco-asa: a VTI protects any to any', () => {
  const t = read('azure-vti-ikev2.cfg').tunnels[0]!;
  assert.equal(t.name, 'Tunnel1');
  assert.equal(t.peer?.value, '139.219.100.216');
  assert.equal(t.localAddress?.value, '123.121.211.229');
  assert.deepEqual(t.selectors?.value, [{ local: '0.0.0.0/0', remote: '0.0.0.0/0' }]);
  assert.equal(t.ikeVersion?.value, 2);
  assert.deepEqual(t.ikeProposals?.value[0]?.integrity, ['sha256', 'sha1']);
});
