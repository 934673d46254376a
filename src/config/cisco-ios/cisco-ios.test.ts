import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as ios from './index.js';
import { applianceSuite } from '../shared/suite.js';

const CASES = 'src/config/cisco-ios/cases';
const read = (name: string) => ios.parse(`${CASES}/${name}`, readFileSync(`${CASES}/${name}`, 'utf8'));

applianceSuite('cisco-ios', ios, {
  'azure-home-vpn-vti-ikev2.cfg': ['SecretVPNKeyDemo'],
  'bozk-policy-based-flat.cfg': ['myvpnkey'],
  'branch-isr-15-multi.cfg': [
    'PartnerKey-2024',
    'EncryptedWildcardKey==',
    'HqSharedKey123',
    'DcLocalKey!',
    'DcRemoteKey!',
    'Pub1icR0',
    '0822455D0A16',
    '094F471A1A0A',
    '$1$Qm3k$abcdefghijklmnopqrstu.',
    '$9$zKx1yZb2$',
  ],
  'dmvpn-hub-ikev2-prompts.cfg': ['<PSK>'],
  'hq-rtr-gre-over-crypto-map.cfg': ['cisco123', 'P@$$word'],
  'r1-prompt-paste-ikev1.cfg': [/key cisco /],
  'site-a-ikev2-vti-tabs.cfg': ['cisco12345'],
});

void test('cisco-ios: crypto map entries with keyrings, isakmp and IKEv2 profiles', () => {
  const r = read('branch-isr-15-multi.cfg');
  assert.deepEqual(
    r.unparsed.map((u) => u.line),
    [53, 85, 124, 164],
  );
  assert.deepEqual(
    r.tunnels.map((t) => t.name),
    ['CMAP:10', 'CMAP:20', 'CMAP:30', 'CMAP:40', 'DYN:10'],
  );
  const [hq, partner, dc, , dyn] = r.tunnels;
  assert.equal(hq!.localAddress?.value, '198.51.100.33');
  assert.deepEqual(hq!.ios.backupPeers?.value, ['203.0.113.2']);
  assert.equal(hq!.pskPresent?.src?.line, 43);
  assert.equal(partner!.mode?.value, 'aggressive');
  assert.equal(partner!.remoteId?.value, '192.0.2.50');
  assert.equal(partner!.ios.keyring?.value, 'PARTNER-KR');
  assert.deepEqual(partner!.childProposals?.value[0]?.dhGroups, [1]);
  assert.equal(dc!.ikeVersion?.value, 2);
  assert.equal(dc!.remoteId?.value, 'dc-vpn.corp.example');
  assert.equal(dc!.ikeProposals?.value.length, 2);
  assert.equal(dc!.ikeProposals?.value[0]?.prf[0], 'sha384');
  assert.ok(
    dc!.selectors?.value.some((s) => s.remote === '10.202.0.0/24'),
    'object-group range',
  );
  assert.equal(dyn!.peer, undefined);
  assert.equal(dyn!.pskPresent?.value, true, 'a dynamic peer uses the wildcard key');
});

void test('cisco-ios: a terminal session pasted with prompts and device messages', () => {
  const r = read('r1-prompt-paste-ikev1.cfg');
  assert.deepEqual(r.unparsed, []);
  const t = r.tunnels[0]!;
  assert.equal(t.peer?.value, '100.0.0.2');
  assert.equal(t.ikeLifetimeSeconds?.value, 3600);
  assert.deepEqual(t.childProposals?.value, [
    { protocol: 'esp', encryption: ['3des'], integrity: [], dhGroups: [] },
  ]);
  assert.ok(r.notes.some((n) => n.id === 'ios.ah-bundle'));
  assert.equal(r.secretsMasked, 1);
});

void test('cisco-ios: VTI, GRE over IPsec and DMVPN tunnel interfaces', () => {
  const vti = read('site-a-ikev2-vti-tabs.cfg').tunnels[0]!;
  assert.equal(vti.name, 'Tunnel10');
  assert.deepEqual(vti.selectors?.value, [{ local: '0.0.0.0/0', remote: '0.0.0.0/0' }]);
  assert.equal(vti.remoteId?.value, '172.16.20.1');
  const gre = read('hq-rtr-gre-over-crypto-map.cfg').tunnels[0]!;
  assert.deepEqual(gre.selectors?.value, [{ local: '172.16.4.2/32/gre', remote: '172.16.5.2/32/gre' }]);
  assert.equal(gre.localAddress?.value, '172.16.4.2');
  const dmvpn = read('dmvpn-hub-ikev2-prompts.cfg').tunnels[0]!;
  assert.equal(dmvpn.peer, undefined);
  assert.equal(dmvpn.selectors, undefined);
  assert.equal(dmvpn.childMode?.value, 'transport');
  assert.equal(dmvpn.remoteId, undefined, 'match identity remote address 0.0.0.0 matches anyone');
});

test('a top-level command after an unindented ACL ends the ACL (line con 0 is not an entry)', () => {
  const text = [
    'crypto isakmp policy 10',
    ' encr aes 256',
    ' hash sha256',
    ' authentication pre-share',
    ' group 14',
    'crypto isakmp key k123 address 198.51.100.7',
    'crypto ipsec transform-set TS esp-aes 256 esp-sha256-hmac',
    'crypto map CM 10 ipsec-isakmp',
    ' set peer 198.51.100.7',
    ' set transform-set TS',
    ' match address VPN',
    'ip access-list extended VPN',
    ' permit ip 10.1.0.0 0.0.0.255 10.2.0.0 0.0.0.255',
    '!',
    'line con 0',
    'line vty 0 4',
    ' login',
    ' transport input ssh',
    'end',
  ].join('\n');
  const c = ios.parse('r1.cfg', text);
  assert.deepEqual(
    c.unparsed.map((u) => u.text),
    [],
  );
  assert.deepEqual(
    c.tunnels[0]?.selectors?.value.map((t) => `${t.local}>${t.remote}`),
    ['10.1.0.0/24>10.2.0.0/24'],
  );
});
