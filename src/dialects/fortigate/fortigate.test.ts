import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { EventDraft, LogRecord } from '../../core/model.js';
import { RULES } from '../../rules/index.js';
import { Analyzer } from '../../core/analyzer.js';
import { analyzeText } from '../../analyze.js';
import en from '../../i18n/en/fortigate.js';
import ja from '../../i18n/ja/fortigate.js';
import { fortigate } from './index.js';
import { readKv } from './kv.js';
import { parseDebug } from './prefix.js';
import { adversarialLines, checkCases, claims, contractProblems, record, registerCatalogs, slowestMs, withDialect } from './testkit.js';

registerCatalogs(en, ja);
const ALL = withDialect(fortigate);

function events(lines: string[]): EventDraft[] {
  const p = fortigate.createParser();
  const out = lines.flatMap((l, i) => p.parse(record(l, i + 1)).flatMap((r) => r.events));
  return [...out, ...(p.flush?.() ?? []).flatMap((r) => r.events)];
}

void test('contract: samples, one pattern each, no other dialect claims them, explanations', () => {
  assert.deepEqual(contractProblems(fortigate, ALL, en, ja), []);
});

void test('every FortiGate fix exists in English and Japanese', () => {
  const codes = [
    'ESTABLISHED', 'PEER_UNREACHABLE', 'PEER_NOT_CONFIGURED', 'IKE_VERSION_MISMATCH', 'MODE_MISMATCH', 'IKE_PROPOSAL_MISMATCH',
    'PSK_MISMATCH', 'ID_MISMATCH', 'CERT_INVALID', 'AUTH_FAILED', 'TS_MISMATCH', 'CHILD_PROPOSAL_MISMATCH', 'PFS_MISMATCH',
    'DPD_PEER_DEAD', 'NAT_T_BLOCKED', 'SA_DELETED_BY_PEER', 'STALE_SA', 'TUNNEL_DOWN', 'INCONCLUSIVE', 'WEAK_CRYPTO',
  ];
  for (const c of codes) {
    assert.ok(en[`fix.${c}.fortigate`], `en fix.${c}.fortigate`);
    assert.ok(ja[`fix.${c}.fortigate`], `ja fix.${c}.fortigate`);
  }
  assert.deepEqual(Object.keys(en).sort(), Object.keys(ja).sort());
});

void test('debug prefix: vdom, name, serial, cookies, phase 2, FortiOS 7.4 `V=root:0`', () => {
  assert.deepEqual(parseDebug('ike 0:HQ:26: no SA proposal chosen'), { vdom: '0', name: 'HQ', serial: '26', msg: 'no SA proposal chosen', negotiateError: false });
  const c = parseDebug('ike 5:d1ae31d584881057/0000000000000000:2086423: incoming proposal:');
  assert.equal(c?.ispi, 'd1ae31d584881057');
  assert.equal(c?.name, undefined);
  assert.equal(c?.serial, '2086423');
  const v = parseDebug('ike V=root:0:40F_Azure_Tunn:3071: processing notify type NO_PROPOSAL_CHOSEN');
  assert.equal(v?.name, '40F_Azure_Tunn');
  assert.equal(v?.serial, '3071');
  const p2 = parseDebug('ike 0:HQ:27:HQ-P2:5: added IPsec SA: SPIs=c5c8cfc2/c679466d');
  assert.equal(p2?.p2, 'HQ-P2');
  assert.equal(p2?.p2serial, '5');
  const qm = parseDebug('ike 0:HQ:44:1530: responder received first quick-mode message');
  assert.equal(qm?.p2serial, '1530');
  assert.equal(parseDebug('ike 0: comes 1.2.3.4:500->5.6.7.8:500,ifindex=7....')?.msg, 'comes 1.2.3.4:500->5.6.7.8:500,ifindex=7....');
  assert.equal(parseDebug('ike Negotiate ISAKMP SA Error: ike 0:HQ:26: no SA proposal chosen')?.negotiateError, true);
  assert.equal(parseDebug('ike shrank heap by 106496 bytes'), undefined);
  assert.equal(parseDebug('strike 0: nope'), undefined);
});

void test('key=value: quotes, escapes, N/A, commas; linear on 65536 `=` and quotes', () => {
  const f = readKv('date=2024-03-01 time=10:00:00 devname="FGT 1" msg="a \\"quoted\\" word" remip=1.2.3.4 assignip=N/A');
  assert.equal(f.get('devname'), 'FGT 1');
  assert.equal(f.get('msg'), 'a "quoted" word');
  assert.equal(f.get('remip'), '1.2.3.4');
  assert.equal(f.get('assignip'), 'N/A');
  for (const s of ['='.repeat(65536), '"'.repeat(65536), 'a='.repeat(32768), 'a="'.repeat(21845), '\\'.repeat(65536)]) {
    const t0 = performance.now();
    readKv(s);
    assert.ok(performance.now() - t0 < 1000, 'readKv is linear');
  }
});

void test('incoming and my proposal blocks become proposal.received / proposal.configured with all transforms', () => {
  const lines = readFileSync('src/dialects/fortigate/cases/debug-ikev1-proposal-mismatch.log', 'utf8').split('\n').filter(Boolean);
  const ev = events(lines);
  const rcv = ev.find((e) => e.kind === 'proposal.received');
  const cfg = ev.find((e) => e.kind === 'proposal.configured');
  assert.deepEqual(rcv?.proposals, ['IKE:AES_CBC_256/SHA2_256/MODP1024']);
  assert.deepEqual(cfg?.proposals, ['IKE:AES_CBC_256/SHA2_256/MODP2048']);
  assert.equal(rcv?.scope, 'ike');
  assert.equal(rcv?.conn, 'HQ-BRANCH');
  assert.equal(rcv?.sa, '41');
  assert.equal(rcv?.details?.method, 'psk');
  const none = ev.find((e) => e.kind === 'proposal.none');
  assert.equal(none?.reason, 'no SA proposal chosen');
  assert.equal(none?.ikeVersion, 1, 'the IKE version of the `IKEv1 exchange=` line carries over to the serial');
  // The global lines before the gateway is known take the peer of the `comes` line.
  const comes = ev.find((e) => e.kind === 'msg.received' && e.exchange === 'MAIN_MODE' && !e.conn);
  assert.equal(comes?.remote?.address, '198.51.100.7');
});

void test('IKEv2 success: SPIs in/out, IKE SPIs, peer id', () => {
  const lines = readFileSync('src/dialects/fortigate/cases/debug-ikev2-success.log', 'utf8').split('\n').filter(Boolean);
  const ev = events(lines);
  const child = ev.find((e) => e.kind === 'child.established');
  assert.equal(child?.spiIn, 'c5c8cfc2');
  assert.equal(child?.spiOut, 'c679466d');
  assert.equal(child?.sa, '12');
  assert.equal(ev.find((e) => e.kind === 'ike.established')?.ikeSpiR, 'a1b2c3d4e5f60718');
  assert.equal(ev.find((e) => e.kind === 'ike.peer-id')?.remote?.id, '198.51.100.20');
  assert.equal(ev.find((e) => e.kind === 'proposal.received')?.proposals?.[0], 'IKE:AES_CBC_256/AUTH_HMAC_SHA2_256_128/PRF_HMAC_SHA2_256/MODP2048');
  assert.equal(ev.find((e) => e.kind === 'ike.initiate')?.ikeVersion, 2);
});

void test('event log: reason catalogue, cookies, endpoints, N/A tunnels by peer address', () => {
  const ev = events([
    'date=2024-12-20 time=14:56:10 eventtime=1734724570250926112 tz="-0500" logid="0101037124" type="event" subtype="vpn" level="error" vd="root" logdesc="IPsec phase 1 error" msg="IPsec phase 1 error" action="negotiate" remip=66.97.178.25 locip=12.188.176.140 remport=500 locport=500 outintf="wan1" cookies="75da2b97aacbbfef/0000000000000000" user="N/A" group="N/A" useralt="N/A" xauthuser="N/A" xauthgroup="N/A" assignip=N/A vpntunnel="N/A" status="negotiate_error" reason="peer SA proposal not match local policy" peer_notif="NOT-APPLICABLE" fctuid="N/A" advpnsc=0',
    '<187>date=2024-03-01 time=10:00:07 devname="FGT" logid="0101037124" type="event" subtype="vpn" level="error" vd="root" logdesc="IPsec phase 1 error" msg="IPsec phase 1 error" action="negotiate" remip=1.2.3.4 locip=5.6.7.8 remport=500 locport=500 cookies="5f2d1c8a9b3e4f60/0000000000000000" vpntunnel="TUN" status="negotiate_error" reason="probable-pre-shared-key-mismatch" peer_notif="AUTHENTICATION-FAILED"',
    'date=2024-03-01 time=10:00:07 logid="0101037124" type="event" subtype="vpn" logdesc="IPsec phase 1 error" action="negotiate" remip=1.2.3.9 vpntunnel="TUN9" status="negotiate_error" reason="No response from the peer"',
    'date=2024-03-01 time=10:00:07 logid="0101039947" type="event" subtype="vpn" level="information" logdesc="SSL VPN tunnel up" action="tunnel-up" tunneltype="ssl-tunnel" remip=1.2.3.4 user="u" msg="SSL tunnel established"',
  ]);
  assert.equal(ev[0]?.kind, 'proposal.none');
  assert.equal(ev[0]?.reason, 'peer SA proposal not match local policy');
  assert.equal(ev[0]?.conn, undefined);
  assert.equal(ev[0]?.sa, undefined);
  assert.equal(ev[0]?.ikeSpiI, '75da2b97aacbbfef');
  assert.deepEqual(ev[0]?.remote, { address: '66.97.178.25', port: 500 });
  assert.equal(ev[1]?.kind, 'psk.mismatch');
  assert.equal(ev[1]?.conn, 'TUN');
  assert.equal(ev[1]?.sa, '5f2d1c8a9b3e4f60');
  assert.equal(ev[2]?.kind, 'notify.received');
  assert.equal(ev[2]?.notify, 'AUTHENTICATION_FAILED');
  assert.equal(ev[3]?.kind, 'ike.timeout');
  assert.equal(ev.length, 4, 'SSL VPN events are not IPsec');
});

void test('CSV export with a header row is read by column name', () => {
  const p = fortigate.createParser();
  const rec = (text: string, line: number): LogRecord => ({ path: 'x.csv', line, text, message: text });
  assert.equal(p.parse(rec('date,time,logid,type,subtype,level,vd,logdesc,msg,action,remip,locip,remport,locport,vpntunnel,status,reason', 1))[0]?.pattern, 'ev-csv-header');
  const r = p.parse(rec('2024-03-01,10:00:00,0101037124,event,vpn,error,root,IPsec phase 1 error,IPsec phase 1 error,negotiate,1.2.3.4,5.6.7.8,500,500,TUN,negotiate_error,"peer SA proposal not match local policy"', 2));
  assert.equal(r[0]?.pattern, 'ev-negotiate-error');
  assert.equal(r[0]?.events[0]?.kind, 'proposal.none');
  assert.equal(r[0]?.events[0]?.conn, 'TUN');
});

void test('lines of other products are not claimed', () => {
  const foreign = [
    'Nov 24 10:00:00 moon charon: 10[IKE] <home|1> initiating IKE_SA home[1] to 192.0.2.2',
    '17:12:32 ipsec,error 10.5.107.112 failed to get valid proposal.',
    'Aug  3 10:18:44  srx1 kmd[14162]: IKE negotiation successfully completed. IKE Version: 2, VPN: ipsec-vpn-1 Gateway: gtw-A, Local: 10.0.1.50/4500, Remote: 13.68.203.192/4500, Local IKE-ID: 13.68.202.166, Remote IKE-ID: 13.68.203.192, VR-ID: 0, Role: Initiator',
    '%ASA-5-713904: IP = 192.0.2.2, Received encrypted packet with no matching SA, dropping',
    '<14>Jul  6 18:35:17 PA-VM 1,2021/07/06 18:35:17,007200001234,SYSTEM,vpn,0,2021/07/06 18:35:17,,ike-nego-p1-fail,GW-NAME,0,0,general,informational,"IKE phase-1 negotiation is failed as initiator, main mode. Failed SA: 200.100.5.1[500]-200.100.1.254[500] cookie:02f293d180b306a3:0000000000000000. Due to timeout.",7012345,0x0,0,0,0,0,,PA-VM',
    'date=2020-04-23 time=12:17:48 devname="testswitch1" logid="0316013056" type="utm" subtype="webfilter" action="blocked"',
    'strike 0: nothing',
  ];
  for (const f of foreign) assert.equal(claims(fortigate, record(f)), false, f);
});

void test('adversarial 64 KiB lines finish quickly', () => {
  const lines = adversarialLines(['ike 0:', 'ike 0:T:1: ', 'ike V=root:0: comes ', 'date=1 subtype=vpn ', 'ike 0:T:1: type=', 'ike 0:T:1: sent IKE msg (', 'subtype=vpn msg="']);
  assert.ok(slowestMs(fortigate, lines) < 1000);
});

void test('golden cases (with the dialect added to the registry)', async () => {
  await checkCases('src/dialects/fortigate/cases', ALL);
});

void test('pipeline: Analyzer with the dialect added', () => {
  const an = new Analyzer({ dialects: ALL, rules: RULES });
  const h = an.beginInput('fgt.log');
  const text = readFileSync('src/dialects/fortigate/cases/debug-ikev1-psk-mismatch.log', 'utf8').split('\n').filter(Boolean);
  h.push(text.map((t, i) => record(t, i + 1)));
  const res = an.finish();
  const t = res.tunnels.find((x) => x.tunnel.name === 'HQ-BRANCH');
  assert.equal(t?.diagnosis.diagnoses[0]?.code, 'PSK_MISMATCH');
  assert.equal(res.tunnels.length, 1, 'the cookie-keyed and peer-only lines fold into the named tunnel');
});

void test('two sides: FortiGate initiator debug + strongSwan responder log of the same IKE_SA_INIT merge, the responder names the parameter', async () => {
  // strongSwan side: lab/corpus/v2-ike-dh-sw-sw right.syslog (real charon 5.9.8 output, responder
  // 198.51.100.2 configured with aes256-sha256-ecp256). FortiGate side: the initiator 192.0.2.1,
  // written to the same addresses, SPI and second.
  const swan = [
    'Nov 24 16:07:04 gw-right charon[24973]: 09[NET] <1> received packet: from 192.0.2.1[500] to 198.51.100.2[500] (464 bytes)',
    'Nov 24 16:07:04 gw-right charon[24973]: 09[ENC] <1> parsed IKE_SA_INIT request 0 [ SA KE No N(NATD_S_IP) N(NATD_D_IP) N(FRAG_SUP) N(HASH_ALG) N(REDIR_SUP) ]',
    'Nov 24 16:07:04 gw-right charon[24973]: 09[IKE] <1> 192.0.2.1 is initiating an IKE_SA',
    'Nov 24 16:07:04 gw-right charon[24973]: 09[CFG] <1> selecting proposal:',
    'Nov 24 16:07:04 gw-right charon[24973]: 09[CFG] <1>   no acceptable KEY_EXCHANGE_METHOD found',
    'Nov 24 16:07:04 gw-right charon[24973]: 09[CFG] <1> received proposals: IKE:AES_CBC_256/HMAC_SHA2_256_128/PRF_HMAC_SHA2_256/MODP_2048',
    'Nov 24 16:07:04 gw-right charon[24973]: 09[CFG] <1> configured proposals: IKE:AES_CBC_256/HMAC_SHA2_256_128/PRF_HMAC_SHA2_256/ECP_256',
    'Nov 24 16:07:04 gw-right charon[24973]: 09[IKE] <1> received proposals unacceptable',
    'Nov 24 16:07:04 gw-right charon[24973]: 09[ENC] <1> generating IKE_SA_INIT response 0 [ N(NO_PROP) ]',
    'Nov 24 16:07:04 gw-right charon[24973]: 09[NET] <1> sending packet: from 198.51.100.2[500] to 192.0.2.1[500] (36 bytes)',
  ].join('\n');
  const fgt = [
    '2026-11-24 16:07:04.101214 ike 0:LAB-RIGHT:HQ-P2: IPsec SA connect 5 192.0.2.1->198.51.100.2:500 negotiating',
    '2026-11-24 16:07:04.101260 ike 0:LAB-RIGHT:3: sent IKE msg (SA_INIT): 192.0.2.1:500->198.51.100.2:500, len=464, id=8d3f2a1b0c9e7d65/0000000000000000',
    '2026-11-24 16:07:04.180101 ike 0: comes 198.51.100.2:500->192.0.2.1:500,ifindex=5....',
    '2026-11-24 16:07:04.180140 ike 0: IKEv2 exchange=SA_INIT_RESPONSE id=8d3f2a1b0c9e7d65/0000000000000000 len=36',
    '2026-11-24 16:07:04.180170 ike 0:LAB-RIGHT:3: initiator received SA_INIT response',
    '2026-11-24 16:07:04.180190 ike 0:LAB-RIGHT:3: processing notify type NO_PROPOSAL_CHOSEN',
    '2026-11-24 16:07:04.180200 ike 0:LAB-RIGHT:3: received SA_INIT error notify response, abort',
    '2026-11-24 16:07:04.180230 ike 0:LAB-RIGHT:3: negotiation failure',
  ].join('\n');
  const report = await analyzeText(
    [
      { path: 'fortigate-debug.txt', data: fgt },
      { path: 'gw-right.syslog', data: swan },
    ],
    { dialects: ALL, now: new Date('2026-11-25T00:00:00Z') },
  );
  const merged = report.tunnels.filter((t) => t.sides.length > 1);
  assert.equal(merged.length, 1, `one merged tunnel (have ${report.tunnels.map((t) => `${t.name ?? t.remote.address}:${t.sides.join('+')}`).join(', ')})`);
  const t = merged[0];
  assert.equal(t?.diagnoses[0]?.code, 'IKE_PROPOSAL_MISMATCH');
  assert.equal(t?.diagnoses[0]?.details.parameter, 'dh_group');
  // The responder's words: configured ECP_256, received MODP_2048 (which of the two is "local"
  // follows the merged tunnel's point of view).
  const values = [t?.diagnoses[0]?.details.localValue, t?.diagnoses[0]?.details.remoteValue].map(String).join(' ');
  assert.match(values, /ecp_?256/i);
  assert.match(values, /modp_?2048/i);
  assert.ok(t?.diagnoses[0]?.evidence.some((e) => e.path === 'fortigate-debug.txt'), 'FortiGate lines are evidence too');
});
