import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EventDraft } from '../../core/model.js';
import en from '../../i18n/en/junos.js';
import ja from '../../i18n/ja/junos.js';
import { junos } from './index.js';
import { decodeSelector } from './prefix.js';
import { adversarialLines, checkCases, claims, contractProblems, record, registerCatalogs, slowestMs, withDialect } from '../fortigate/testkit.js';

registerCatalogs(en, ja);
const ALL = withDialect(junos);

function events(lines: string[]): EventDraft[] {
  const p = junos.createParser();
  return lines.flatMap((l, i) => p.parse(record(l, i + 1)).flatMap((r) => r.events));
}

void test('contract: samples, one pattern each, no other dialect claims them, explanations', () => {
  assert.deepEqual(contractProblems(junos, ALL, en, ja), []);
});

void test('every Junos fix exists in English and Japanese', () => {
  const codes = [
    'ESTABLISHED', 'PEER_UNREACHABLE', 'PEER_NOT_CONFIGURED', 'IKE_VERSION_MISMATCH', 'MODE_MISMATCH', 'IKE_PROPOSAL_MISMATCH',
    'PSK_MISMATCH', 'ID_MISMATCH', 'CERT_INVALID', 'AUTH_FAILED', 'TS_MISMATCH', 'CHILD_PROPOSAL_MISMATCH', 'PFS_MISMATCH',
    'DPD_PEER_DEAD', 'NAT_T_BLOCKED', 'SA_DELETED_BY_PEER', 'STALE_SA', 'TUNNEL_DOWN', 'INCONCLUSIVE', 'WEAK_CRYPTO',
  ];
  for (const c of codes) {
    assert.ok(en[`fix.${c}.junos`], `en fix.${c}.junos`);
    assert.ok(ja[`fix.${c}.junos`], `ja fix.${c}.junos`);
  }
  assert.deepEqual(Object.keys(en).sort(), Object.keys(ja).sort());
});

void test('selectors decode', () => {
  assert.equal(decodeSelector('ipv4_subnet(any:0,[0..7]=10.1.1.0/24)'), '10.1.1.0/24');
  assert.equal(decodeSelector('ipv4(89.160.20.112-89.160.20.114)'), '89.160.20.112-89.160.20.114');
  assert.equal(decodeSelector('Not-Available'), undefined);
});

void test('KMD_PM_SA_ESTABLISHED pairs, VPN up, summary lines: SPIs, endpoints, ids, version, role', () => {
  const ev = events([
    'Aug  3 10:18:44  srx1 kmd[14162]: IKE negotiation successfully completed. IKE Version: 2, VPN: ipsec-vpn-1 Gateway: gtw-A, Local: 10.0.1.50/4500, Remote: 13.68.203.192/4500, Local IKE-ID: 13.68.202.166, Remote IKE-ID: 13.68.203.192, VR-ID: 0, Role: Initiator',
    'Aug  3 10:18:44  srx1 kmd[14162]: KMD_PM_SA_ESTABLISHED: Local gateway: 10.0.1.50, Remote gateway: 13.68.203.192, Local ID: ipv4_subnet(any:0,[0..7]=10.1.0.0/16), Remote ID: ipv4_subnet(any:0,[0..7]=10.2.0.0/16), Direction: inbound, SPI: 0x190695fe, AUX-SPI: 0, Mode: Tunnel, Type: dynamic, Traffic-selector:  FC Name:',
  ]);
  assert.equal(ev[0]?.kind, 'ike.established');
  assert.equal(ev[0]?.conn, 'ipsec-vpn-1');
  assert.equal(ev[0]?.ikeVersion, 2);
  assert.equal(ev[0]?.role, 'initiator');
  assert.deepEqual(ev[0]?.remote, { address: '13.68.203.192', port: 4500, id: '13.68.203.192' });
  assert.equal(ev[1]?.kind, 'child.established');
  assert.equal(ev[1]?.spiIn, '190695fe');
  assert.equal(ev[1]?.conn, 'ipsec-vpn-1', 'the VPN learned for the peer address');
  assert.deepEqual(ev[1]?.ts, { local: '10.1.0.0/16', remote: '10.2.0.0/16' });
});

void test('structured-data KMD_PM_SA_ESTABLISHED without text is rebuilt from its parameters', () => {
  const ev = events([
    '<30>1 2023-05-04T15:27:30.846+10:00 AB1234-ABC2-AB-AB01C-ABC kmd 8961 KMD_PM_SA_ESTABLISHED [junos@1111.1.1.1.1.111 local-address="89.160.20.112" remote-address="67.43.156.0" local-initiator="ipv4(89.160.20.112-89.160.20.114)" remote-responder="ipv4(67.43.156.0)" argument1="outbound" index1="36090046" index2="0" mode="Tunnel" type="dynamic" traffic-selector-name="ASJLKN_JKHA" first-forwarding-class=""] ',
  ]);
  assert.equal(ev[0]?.kind, 'child.established');
  assert.equal(ev[0]?.spiOut, (36090046).toString(16));
  assert.equal(ev[0]?.remote?.address, '67.43.156.0');
});

void test('error catalogue: No proposal chosen, Authentication failed, Timed out, traffic selectors, policy lookup', () => {
  const ev = events([
    'Mar  1 10:02:11  srx1 kmd[1290]: IKE negotiation failed with error: No proposal chosen. IKE Version: 2, VPN: vpn-branch Gateway: gw-branch, Local: 203.0.113.1/500, Remote: 198.51.100.9/500, Local IKE-ID: 203.0.113.1, Remote IKE-ID: Not-Available, VR-ID: 0: Role: Responder',
    'Mar  1 10:05:20  srx1 kmd[1290]: IKE negotiation failed with error: Authentication failed. IKE Version: 2, VPN: Not-Available Gateway: gw-branch, Local: 203.0.113.1/500, Remote: 198.51.100.9/500, Local IKE-ID: 203.0.113.1, Remote IKE-ID: 198.51.100.9, VR-ID: 0: Role: Responder',
    '<27>1 2023-05-04T15:19:33.984+10:00 AB1234-A-AB-AB01C-ABC kmd 9159 - - IKE negotiation failed with error: Timed out. IKE Version: 1, VPN: IPSEC-AAAAA-AAA1-PROD-VPN Gateway: IKE-AAAAA-AAA1-GW, Local: 89.160.20.112/500, Remote: 67.43.156.1/500, Local IKE-ID: Not-Available, Remote IKE-ID: Not-Available, VR-ID: 5: Role: Initiator',
    '<27>1 2023-07-04T11:48:31.702+10:00 AC004-PR-VPN01-DMZ kmd 9812 - - IPSec negotiation failed with error: Peer proposed traffic-selectors are not in configured range. IKE Version: 2, VPN: IPSEC-INT-ORMB-TUN2-VPN Gateway: IKE-INT-ORMB-TUN2-GW, Local: 10.32.64.128/9001, Remote: 89.160.20.112/9001, Local IKE-ID: 89.160.20.112, Remote IKE-ID: 89.160.20.112, VR-ID: 6',
    'Mar  1 10:01:00  srx1 kmd[1290]: KMD_PM_P1_POLICY_LOOKUP_FAILURE: Policy lookup for Phase-1 [responder] failed for p1_local=ipv4(udp:500,[0..3]=203.0.113.1) p1_remote=ipv4(udp:500,[0..3]=198.51.100.66)',
  ]);
  assert.deepEqual(
    ev.map((e) => e.kind),
    ['proposal.none', 'ike.auth.failed', 'ike.timeout', 'ts.mismatch', 'peer.not-configured'],
  );
  assert.equal(ev[0]?.scope, 'ike');
  assert.equal(ev[0]?.reason, 'No proposal chosen');
  assert.equal(ev[1]?.conn, 'vpn-branch', 'a gateway-only line takes the VPN learned for the gateway');
  assert.deepEqual(ev[4]?.remote, { address: '198.51.100.66', port: 500 });
});

void test('kmd-logs forms from the Juniper engineer\'s parser: DPD "is dead", phase-2 proxy ids, phase-2 done', () => {
  const ev = events([
    'Mar  1 11:19:58  srx1 kmd[1290]: KMD_DPD_PEER_DOWN: DPD detected peer 198.51.100.9 is dead',
    'Mar  1 10:03:00  srx1 kmd[1290]: IKE Phase-2: Failed to match the peer proposal [p2_remote_proxy_id=ipv4_subnet(any:0,[0..7]=10.9.9.0/24) p2_local_proxy_id=ipv4_subnet(any:0,[0..7]=10.1.1.0/24)], local ip: 203.0.113.1, remote peer ip: 198.51.100.9',
    'Mar  1 10:00:02  srx1 kmd[1290]: Phase-2 [responder] done for p1_local=ipv4(udp:500,[0..3]=203.0.113.1) p1_remote=ipv4(udp:500,[0..3]=198.51.100.9) p2_local=ipv4_subnet(any:0,[0..7]=10.1.1.0/24) p2_remote=ipv4_subnet(any:0,[0..7]=10.9.9.0/24)',
    'Mar  1 10:03:00  srx1 kmd[1290]: IKE Phase-2: Negotiations failed. Local gateway: 203.0.113.1, Remote gateway: 198.51.100.9',
  ]);
  assert.equal(ev[0]?.kind, 'dpd.dead');
  assert.equal(ev[0]?.remote?.address, '198.51.100.9');
  assert.equal(ev[1]?.kind, 'ts.mismatch');
  assert.deepEqual(ev[1]?.ts, { local: '10.1.1.0/24', remote: '10.9.9.0/24' });
  assert.equal(ev[1]?.remote?.address, '198.51.100.9');
  assert.equal(ev[1]?.reason, 'Failed to match the peer proposal');
  assert.equal(ev[2]?.kind, 'child.established');
  assert.deepEqual(ev[2]?.ts, { local: '10.1.1.0/24', remote: '10.9.9.0/24' });
  assert.deepEqual(ev[2]?.remote, { address: '198.51.100.9', port: 500 });
  assert.equal(ev[3]?.kind, 'child.failed');
  assert.equal(ev[3]?.local?.address, '203.0.113.1');
});

void test('lines of other products are not claimed', () => {
  const foreign = [
    'Nov 24 10:00:00 moon charon: 10[IKE] <home|1> initiating IKE_SA home[1] to 192.0.2.2',
    'ike 0:HQ:26: no SA proposal chosen',
    '17:12:32 ipsec,error 10.5.107.112 failed to get valid proposal.',
    'date=2024-12-20 time=14:56:10 logid="0101037124" type="event" subtype="vpn" action="negotiate" reason="peer SA proposal not match local policy"',
    '内容: IKE phase-1 negotiation is failed likely due to pre-shared key mismatch.',
    'Aug  3 10:18:01  srx1 sshd[14162]: Accepted publickey for admin',
  ];
  for (const f of foreign) assert.equal(claims(junos, record(f)), false, f);
});

void test('adversarial 64 KiB lines finish quickly', () => {
  const lines = adversarialLines([
    'KMD_PM_SA_ESTABLISHED: Local gateway: ',
    'KMD_VPN_UP_ALARM_USER: VPN a from ',
    'IKE negotiation failed with error: ',
    'IKE Phase-1 Failure: x [spi=(',
    'KMD_PM_P2_POLICY_LOOKUP_FAILURE: Policy lookup for Phase-2 [responder] failed for p2_src=',
    '<30>1 2023-05-04T15:27:30.846+10:00 h kmd 1 KMD_PM_SA_ESTABLISHED [junos@1 a="',
    '[Aug 22 20:40:14]',
    'Phase-2 [responder] done for p1_local=ipv4(udp:500,[0..3]=',
    'IKE Phase-2: Failed to match the peer proposal [p2_remote_proxy_id=ipv4_subnet(any:0,[0..7]=',
    'KMD_DPD_PEER_DOWN: DPD detected peer ',
  ]);
  assert.ok(slowestMs(junos, lines) < 1000);
});

void test('golden cases (with the dialect added to the registry)', async () => {
  await checkCases('src/dialects/junos/cases', ALL);
});
