import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EventDraft } from '../../core/model.js';
import en from '../../i18n/en/mikrotik.js';
import ja from '../../i18n/ja/mikrotik.js';
import { mikrotik, splitTopics } from './index.js';
import { adversarialLines, checkCases, claims, contractProblems, record, registerCatalogs, slowestMs, withDialect } from '../fortigate/testkit.js';

registerCatalogs(en, ja);
const ALL = withDialect(mikrotik);

function events(lines: string[]): EventDraft[] {
  const p = mikrotik.createParser();
  return lines.flatMap((l, i) => p.parse(record(l, i + 1)).flatMap((r) => r.events));
}

void test('contract: samples, one pattern each, no other dialect claims them, explanations', () => {
  assert.deepEqual(contractProblems(mikrotik, ALL, en, ja), []);
});

void test('every RouterOS fix exists in English and Japanese', () => {
  const codes = [
    'ESTABLISHED', 'PEER_UNREACHABLE', 'PEER_NOT_CONFIGURED', 'IKE_VERSION_MISMATCH', 'MODE_MISMATCH', 'IKE_PROPOSAL_MISMATCH',
    'PSK_MISMATCH', 'ID_MISMATCH', 'CERT_INVALID', 'AUTH_FAILED', 'TS_MISMATCH', 'CHILD_PROPOSAL_MISMATCH', 'PFS_MISMATCH',
    'DPD_PEER_DEAD', 'NAT_T_BLOCKED', 'SA_DELETED_BY_PEER', 'STALE_SA', 'TUNNEL_DOWN', 'INCONCLUSIVE', 'WEAK_CRYPTO',
  ];
  for (const c of codes) {
    assert.ok(en[`fix.${c}.mikrotik`], `en fix.${c}.mikrotik`);
    assert.ok(ja[`fix.${c}.mikrotik`], `ja fix.${c}.mikrotik`);
  }
  assert.deepEqual(Object.keys(en).sort(), Object.keys(ja).sort());
});

void test('topics token after date, time and host', () => {
  assert.deepEqual(splitTopics('ipsec,error no suitable proposal found.'), { topics: 'ipsec,error', rest: 'no suitable proposal found.' });
  assert.equal(splitTopics('mar/01 10:00:00 ipsec,info x')?.rest, 'x');
  assert.equal(splitTopics('router ipsec,debug,packet x')?.topics, 'ipsec,debug,packet');
  assert.equal(splitTopics('router firewall,info x'), undefined);
});

void test('IKEv1: cookies, timeout without an answer, SPI direction from the router’s own address', () => {
  const ev = events([
    '10:00:00 ipsec,info initiate new phase 1 (Identity Protection): 203.0.113.5[500]<=>198.51.100.7[500]',
    '10:00:01 ipsec,info ISAKMP-SA established 203.0.113.5[500]-198.51.100.7[500] spi:9d3b0a5c8f3e0a1b:6e7a0a3b0c1d2e3f',
    '10:00:02 ipsec,info IPsec-SA established: ESP/Tunnel 198.51.100.7[500]->203.0.113.5[500] spi=0x1f2e3d4c',
    '10:00:02 ipsec,info IPsec-SA established: ESP/Tunnel 203.0.113.5[500]->198.51.100.7[500] spi=0xa9b8c7d6',
    '10:00:30 ipsec,error phase1 negotiation failed due to time up 10.9.139.97[500]<=>112.48.19.183[500] 9d3b0a5c8f3e0a1b:0000000000000000',
  ]);
  assert.equal(ev[0]?.mode, 'main');
  assert.equal(ev[1]?.ikeSpiI, '9d3b0a5c8f3e0a1b');
  assert.equal(ev[2]?.spiIn, '1f2e3d4c');
  assert.equal(ev[3]?.spiOut, 'a9b8c7d6');
  assert.equal(ev[3]?.remote?.address, '198.51.100.7');
  assert.equal(ev[4]?.kind, 'ike.timeout');
  assert.equal(ev[4]?.details?.afterFirstMessage, false);
});

void test('address-less lines take the peer of the line before; a proposal failure after phase 1 concerns the child SA', () => {
  const ev = events([
    '17:12:32 ipsec,info respond new phase 1 (Identity Protection): 203.0.113.5[500]<=>10.5.107.112[500]',
    '17:12:32 ipsec rejected hashtype: DB(prop#1:trns#1):Peer(prop#1:trns#1) = MD5:SHA',
    '17:12:32 ipsec,error no suitable proposal found.',
  ]);
  assert.equal(ev[1]?.kind, 'proposal.mismatch');
  assert.equal(ev[1]?.param, 'integrity');
  assert.equal(ev[1]?.localValue, 'MD5');
  assert.equal(ev[1]?.remoteValue, 'SHA');
  assert.equal(ev[1]?.remote?.address, '10.5.107.112');
  assert.equal(ev[2]?.scope, 'ike');
  const child = events([
    '10:03:00 ipsec,info ISAKMP-SA established 203.0.113.5[500]-198.51.100.7[500] spi:3c5e7a9b1d2f4a6c:84b2d6f0a1c3e5f7',
    '10:03:01 ipsec,error no suitable proposal found.',
  ]);
  assert.equal(child[1]?.scope, 'child');
});

void test('lines of other products are not claimed', () => {
  const foreign = [
    'Nov 24 10:00:00 moon charon: 10[IKE] <home|1> initiating IKE_SA home[1] to 192.0.2.2',
    'Jun 17 17:54:45 r-20-VM ipsec[915]: 16[ENC] invalid ID_V1 payload length, decryption failed?',
    'ike 0:HQ:26: no SA proposal chosen',
    'Aug  3 10:18:44  srx1 kmd[14162]: IKE negotiation successfully completed. IKE Version: 2, VPN: a Gateway: b, Local: 1.1.1.1/500, Remote: 2.2.2.2/500',
    '2016-03-01 14:32:24.890 +0800 debug: pan_ikev2_debug(protocols/ikev2/ikev2.c:6946): ... IKEv2 SA state {GW:6-I}: SA dying from state ESTABLISHED, caller ikev2_abort',
    'Jan  8 17:04:06 R2-1500 pluto[26867]: "Link1" #1: ignoring informational payload NO_PROPOSAL_CHOSEN, msgid=00000000, length=16',
    '10:00:00 firewall,info input: in:ether1 out:(unknown 0), proto UDP, 1.2.3.4:500->5.6.7.8:500, len 408',
  ];
  for (const f of foreign) assert.equal(claims(mikrotik, record(f)), false, f);
});

void test('adversarial 64 KiB lines finish quickly', () => {
  const lines = adversarialLines([
    '10:00:00 ipsec,error ',
    'ipsec,info ISAKMP-SA established ',
    'ipsec,info new ike2 SA (R): ',
    'ipsec,error phase1 negotiation failed due to time up ',
    'ipsec rejected hashtype: DB(prop#1:trns#1):Peer(prop#1:trns#1) = ',
    'ipsec,info IPsec-SA established: ESP/Tunnel ',
  ]);
  assert.ok(slowestMs(mikrotik, lines) < 1000);
});

void test('golden cases (with the dialect added to the registry)', async () => {
  await checkCases('src/dialects/mikrotik/cases', ALL);
});
