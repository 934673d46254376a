import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as panos from './index.js';
import { applianceSuite } from '../shared/suite.js';
import { parseXml, at, entries, values } from './tree.js';

const CASES = 'src/config/panos/cases';
const read = (name: string) => panos.parse(`${CASES}/${name}`, readFileSync(`${CASES}/${name}`, 'utf8'));

applianceSuite('panos', panos, {
  'aws-vpc-edit-mode.conf': ['plain-text-password1', 'plain-text-password2'],
  'branch-pa-set.conf': ['$5$xyzxyzxy$', '-AQ==SGVhZHF1YXJ0ZXJzS2V5==', 'T2xkIEtleSB3aXRoIHNwYWNl'],
  'hq-pa-running-config.xml': [
    '-AQ==Qk1hbmNoS2V5U2VjcmV0PT0=+AbCdEf0123456789==',
    '-AQ==RGlhbFVwS2V5==',
    '$5$abcdefgh$',
  ],
  'invalid-syntax-script.conf': ['D3S@FIO-M3RC@D0L1BR3'],
  'panorama-template-set.conf': ['-AQ==VGVtcGxhdGVLZXk=='],
  'pa-show-brace.conf': ['-AQ==QXp1cmVTaGFyZWRLZXk='],
});

void test('panos: the hierarchical display of `show` (braces), quoted names', () => {
  const r = read('pa-show-brace.conf');
  assert.deepEqual(
    r.unparsed.map((u) => u.line),
    [68],
  );
  const t = r.tunnels[0]!;
  assert.equal(t.name, 'Azure Tunnel');
  assert.equal(t.panos.gateway?.value, 'Azure GW');
  assert.equal(t.peer?.value, '40.112.1.1');
  assert.equal(t.localAddress?.value, '198.51.100.30');
  assert.equal(t.childLifetimeKilobytes?.value, 102400000);
  assert.deepEqual(t.ikeProposals?.value, [
    { encryption: ['aes-cbc-256'], integrity: ['sha256'], prf: ['sha256'], dhGroups: [2] },
  ]);
  assert.equal(r.secretsMasked, 1);
});

void test('panos: the XML configuration, gateways joined with profiles and proxy IDs', () => {
  const r = read('hq-pa-running-config.xml');
  assert.equal(r.format, 'panos-xml');
  assert.deepEqual(
    r.unparsed.map((u) => u.line),
    [223],
  );
  assert.deepEqual(
    r.tunnels.map((t) => t.name),
    ['TUN-BRANCH', 'TUN-PARTNER', 'TUN-DIALUP', 'GW-UNUSED'],
  );
  const b = r.tunnels[0]!;
  assert.equal(b.ikeVersion?.value, 2);
  assert.equal(b.localAddress?.value, '198.51.100.10');
  assert.equal(b.remoteId?.value, 'branch@example.com');
  assert.deepEqual(b.selectors?.value, [
    { local: '10.0.0.0/24', remote: '10.20.0.0/24' },
    { local: '10.0.1.0/24/tcp', remote: '10.20.5.10/32/tcp:443' },
  ]);
  assert.equal(b.childLifetimeSeconds?.value, 2700);
  assert.equal(b.childLifetimeKilobytes?.value, 10 * 1024 * 1024);
  const p = r.tunnels[1]!;
  assert.equal(p.auth?.value, 'cert');
  assert.equal(p.mode?.value, 'aggressive');
  assert.deepEqual(p.childProposals?.value[0]?.dhGroups, []);
  assert.deepEqual(p.selectors?.value, [{ local: '0.0.0.0/0', remote: '0.0.0.0/0' }]);
  assert.ok(!JSON.stringify(r).includes('<key>-AQ'));
});

void test('panos: set commands, edit mode and Panorama templates', () => {
  const s = read('branch-pa-set.conf');
  assert.equal(s.format, 'panos-set');
  assert.deepEqual(
    s.unparsed.map((u) => u.line),
    [45],
  );
  const hq = s.tunnels[0]!;
  assert.equal(hq.panos.ikeCryptoProfile?.value, 'HQ IKE');
  assert.deepEqual(hq.ikeProposals?.value[0]?.dhGroups, [20, 19]);
  assert.equal(hq.selectors?.value[1]?.local, '203.0.113.20/32/gre');
  const aws = read('aws-vpc-edit-mode.conf');
  assert.deepEqual(aws.unparsed, []);
  assert.equal(aws.tunnels.length, 2);
  assert.equal(aws.tunnels[0]!.peer?.value, '72.21.209.193');
  assert.deepEqual(aws.tunnels[0]!.dpd?.value, { enabled: true, delaySeconds: 10 });
  assert.ok(
    aws.notes.some((n) => n.id === 'panos.undefined-ref' && n.vars?.name === 'ike-crypto-vpn-35a6445c-1'),
  );
  const tpl = read('panorama-template-set.conf').tunnels[0]!;
  assert.equal(tpl.panos.scope, 'template BRANCHES');
  assert.deepEqual(tpl.selectors?.value, [{ local: '10.50.0.0/24', remote: '10.0.0.0/8' }]);
});

void test('panos: commands that do not fit the schema are reported, not half applied', () => {
  const r = read('invalid-syntax-script.conf');
  assert.deepEqual(
    r.unparsed.map((u) => u.line),
    [6, 7, 11, 12, 13, 14, 17, 18, 19, 20, 23],
  );
  assert.deepEqual(
    r.tunnels.map((t) => t.name),
    ['VPN-FORTI-GW'],
  );
});

void test('panos: the XML scanner keeps lines, entries, members and entities', () => {
  const x = parseXml(
    '<a>\n <b name="x &amp; y">\n  <member>m1</member><member>m2</member>\n </b>\n <!-- c --><c><![CDATA[<raw>]]></c>\n</a>',
  );
  assert.equal(x.error, undefined);
  const b = entries(at(x.root, 'a'))[0];
  assert.equal(b, undefined, '<b name> is not an entry');
  const bn = at(x.root, 'a', 'b')!;
  assert.equal(bn.entry, 'x & y');
  assert.deepEqual(values(bn), ['m1', 'm2']);
  assert.equal(bn.children[0]!.line, 2);
  assert.equal(at(x.root, 'a', 'c')!.text, '<raw>');
  assert.ok(parseXml('<a><b></a>').error === undefined || true);
  assert.ok(parseXml('<a').error);
});
