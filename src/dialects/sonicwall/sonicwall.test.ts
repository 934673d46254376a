import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EventDraft } from '../../core/model.js';
import en from '../../i18n/en/sonicwall.js';
import ja from '../../i18n/ja/sonicwall.js';
import { adversarialLines, checkCases, claims, contractProblems, record, registerCatalogs, withDialect } from '../fortigate/testkit.js';
import { assertFixes, assertLinear } from '../cloud-common/testing.js';
import { readKv } from '../cloud-common/kv.js';
import { aws } from '../aws/index.js';
import { azure } from '../azure/index.js';
import { gcp } from '../gcp/index.js';
import { sonicwall } from './index.js';
import { readSonic } from './prefix.js';

registerCatalogs(en, ja);
const ALL = withDialect(sonicwall, aws, azure, gcp);

function events(lines: string[]): EventDraft[] {
  const p = sonicwall.createParser();
  return lines.flatMap((l, i) => p.parse(record(l, i + 1)).flatMap((r) => r.events));
}

void test('contract: samples, one pattern each, no other dialect claims them, explanations', () => {
  assert.deepEqual(contractProblems(sonicwall, ALL, en, ja), []);
});

void test('every SonicWall fix exists in English and Japanese', () => assertFixes('sonicwall', en, ja));

void test('syslog fields: msg, m, peer side from fw, vpnpolicy, note, time', () => {
  const l = readSonic('<134>id=firewall sn=000SERIAL time="2007-01-03 14:48:15" fw=1.128.3.4 pri=6 c=16 m=346 msg="IKE Initiator: Start Quick Mode (Phase 2)." n=171872 src=216.160.83.57:500 dst=1.128.3.4:500');
  assert.equal(l?.msg, 'IKE Initiator: Start Quick Mode (Phase 2).');
  assert.equal(l?.eventId, '346');
  assert.equal(l?.time, Date.UTC(2007, 0, 3, 14, 48, 15));
  const ev = events([
    'id=firewall sn=X time="2024-03-01 10:00:00 UTC" fw=203.0.113.1 pri=3 c=16 m=359 msg="IKE Responder: IKE proposal does not match (Phase 1)" src=203.0.113.1:500:X1 dst=198.51.100.9:500:X1 vpnpolicy="HQ" note="DH Group: 2"',
  ]);
  assert.equal(ev[0]?.kind, 'proposal.none');
  assert.equal(ev[0]?.conn, 'HQ');
  assert.deepEqual(ev[0]?.remote, { address: '198.51.100.9', port: 500 });
  assert.equal(ev[0]?.reason, 'IKE proposal does not match (Phase 1) (DH Group: 2)');
  // Not VPN events: not this dialect's.
  assert.equal(readSonic('id=firewall sn=X time="2024-03-01 10:00:00" fw=1.2.3.4 pri=6 c=262144 m=98 msg="Connection Opened" n=1 src=1.2.3.4:1:X0 dst=5.6.7.8:80:X1'), undefined);
});

void test('Log > View export rows (real 2017 export): row number, empty cells, ip port, policy and algorithms from the notes', () => {
  const row1 = '1\t11/15/2017 10:34:02.176\tInfo\tVPN IKE\tIKE Responder: Remote party timeout - Retransmitting IKE request.\t98.xxx.xxx.xxx, 4500\t192.yyy.yyy.yyy, 4500\tVPN Policy: WAN GroupVPN\t ';
  const row3 = '3\t11/15/2017 10:33:44.592\tInfo\tVPN IKE\tIKE Responder: Received Aggressive Mode request (Phase 1)\t192.yyy.yyy.yyy 4500 (admin)\t98.xxx.xxx.xxx, 4500\t\t ';
  const row5 = '5\t11/15/2017 10:33:14.592\tInfo\tVPN IKE\tIKE Responder: Aggressive Mode complete (Phase 1)\t192.yyy.yyy.yyy, 4500 (admin)\t98.xxx.xxx.xxx, 4500\tVPN Policy: WAN GroupVPN;3DES; MD5; DH Group 2; lifetime=10800 secs\t ';
  const l = readSonic(row1);
  assert.equal(l?.msg, 'IKE Responder: Remote party timeout - Retransmitting IKE request.');
  assert.equal(l?.vpnPolicy, 'WAN GroupVPN');
  assert.equal(l?.time, Date.UTC(2017, 10, 15, 10, 34, 2));
  const ev = events([row3, row5, row1]);
  assert.deepEqual(ev[0]?.remote, { address: '192.yyy.yyy.yyy', port: 4500 }, 'ip port without a comma');
  const sel = ev.find((e) => e.kind === 'proposal.selected');
  assert.deepEqual(sel?.proposals, ['3DES/MD5/group2']);
  const rt = ev.find((e) => e.kind === 'msg.retransmit');
  assert.equal(rt?.conn, 'WAN GroupVPN');
  assert.deepEqual(rt?.remote, { address: '192.yyy.yyy.yyy', port: 4500 }, 'a retransmission is written with the firewall as source');
});

void test('2006 packet trace and timeout messages: directions, cookie, payloads, sides', () => {
  const row = (msg: string, src: string, dst: string) => `07/12/2006 09:15:01.100\tInform\tVPN IKE\t${msg}\t${src}\t${dst}\t`;
  const ev = events([
    row('RECEIVED<<< ISAKMP OAK AG (InitCookie 0xa1b340472acb64ac, MsgID: 0x0) (SA, KE, NON, ID, VID)', '198.51.100.60, 500', '203.0.113.1, 500'),
    row('IKE Responder: No response - remote party timeout', '203.0.113.1, 500', '198.51.100.60, 500'),
    row('IKE negotiation aborted due to timeout', '203.0.113.1', '198.51.100.60'),
  ]);
  assert.equal(ev[0]?.kind, 'msg.received');
  assert.equal(ev[0]?.exchange, 'AGGRESSIVE_MODE');
  assert.equal(ev[0]?.ikeSpiI, 'a1b340472acb64ac');
  assert.deepEqual(ev[0]?.payloads, ['SA', 'KE', 'NON', 'ID', 'VID']);
  assert.equal(ev[1]?.kind, 'msg.retransmit');
  assert.equal(ev[1]?.remote?.address, '198.51.100.60');
  assert.equal(ev[2]?.kind, 'ike.timeout');
  assert.deepEqual(ev[2]?.remote, { address: '198.51.100.60' });
});

void test('role-prefixed notify and IKEv2 proposal wording', () => {
  const ev = events([
    'id=firewall sn=X fw=203.0.113.1 pri=4 c=16 m=483 msg="IKE Initiator: Received notify: NO_PROPOSAL_CHOSEN" n=1 src=198.51.100.9:500 dst=203.0.113.1:500',
    'id=firewall sn=X fw=203.0.113.1 pri=4 c=16 m=1084 msg="Received notify. ISAKMP_TYPE_NO_PROPOSAL_CHOSEN" n=2 src=198.51.100.9:500 dst=203.0.113.1:500',
    'id=firewall sn=X fw=203.0.113.1 pri=3 c=16 m=1080 msg="IKE Responder: IKEv2 Proposal does not match (Phase 1)" n=3 src=198.51.100.9:500 dst=203.0.113.1:500',
  ]);
  assert.equal(ev[0]?.notify, 'NO_PROPOSAL_CHOSEN');
  assert.equal(ev[1]?.notify, 'NO_PROPOSAL_CHOSEN');
  assert.equal(ev[2]?.kind, 'proposal.none');
  assert.equal(ev[2]?.ikeVersion, 2);
});

void test('notify spellings map to IANA names; IKEv2 notify error takes the note', () => {
  const ev = events([
    'id=firewall sn=X fw=1.128.3.4 pri=4 c=16 m=483 msg="Received notify: INVALID_ID_INFO" n=1 src=216.160.83.57:500 dst=1.128.3.4:500',
    'id=firewall sn=X fw=1.128.3.4 pri=4 c=16 m=1085 msg="IKEv2 Received notify error payload" n=2 src=216.160.83.57:500 dst=1.128.3.4:500 note="TS_UNACCEPTABLE"',
  ]);
  assert.equal(ev[0]?.notify, 'INVALID_ID_INFORMATION');
  assert.equal(ev[1]?.notify, 'TS_UNACCEPTABLE');
});

void test('three unanswered retransmits are the peer not answering; an answer resets the count', () => {
  const line = (n: number) => `id=firewall sn=X fw=203.0.113.1 pri=4 c=16 m=930 msg="IKE Initiator: Remote party Timeout - Retransmitting IKE request." n=${n} src=198.51.100.5:500 dst=203.0.113.1:500`;
  const ev = events([line(1), line(2), 'id=firewall sn=X fw=203.0.113.1 pri=6 c=16 m=352 msg="IKE Initiator: Main Mode complete (Phase 1)" n=3 src=198.51.100.5:500 dst=203.0.113.1:500', line(4), line(5)]);
  assert.equal(ev.filter((e) => e.kind === 'ike.timeout').length, 0);
  const ev2 = events([line(1), line(2), line(3)]);
  const t = ev2.find((e) => e.kind === 'ike.timeout');
  assert.equal(t?.count, 3);
  assert.equal(t?.details?.inferred, true);
});

void test('key=value reader is linear and handles both quotes', () => {
  const f = readKv(`msg="a \\"q\\" b" appName='General HTTPS' x=1`);
  assert.equal(f.get('msg'), 'a "q" b');
  assert.equal(f.get('appName'), 'General HTTPS');
  for (const s of ['='.repeat(65536), '"'.repeat(65536), "a='".repeat(21845), 'a="'.repeat(21845)]) {
    const t0 = performance.now();
    readKv(s);
    assert.ok(performance.now() - t0 < 1000);
  }
});

void test('adversarial 64 KiB lines finish quickly and never throw', () => {
  assertLinear(
    sonicwall,
    ['id=firewall sn=X fw=1.2.3.4 msg="', 'id=firewall sn=X msg="IKE ', '10/31/2006 10:30:41.624\tWarning\tVPN IKE\t', '1\t11/15/2017 10:34:02.176\tInfo\tVPN IKE\t'],
    adversarialLines([
      'msg="IKE Responder: No match for proposed ',
      '1\t11/15/2017 10:34:02.176\tInfo\tVPN IKE\tRECEIVED<<< ISAKMP OAK AG (InitCookie 0x',
      '1\t11/15/2017 10:34:02.176\tInfo\tVPN IKE\tIKE Responder: Aggressive Mode complete (Phase 1)\t1.2.3.4, 500\t5.6.7.8, 500\tVPN Policy: ',
      '1\t11/15/2017 10:34:02.176\tInfo\tVPN IKE\tNAT Discovery : Peer IPSec Security Gateway behind\t',
    ]),
  );
});

void test('lines of other products are not claimed', () => {
  for (const f of [
    'Nov 24 10:00:00 moon charon: 10[IKE] <home|1> initiating IKE_SA home[1] to 192.0.2.2',
    'date=2024-03-01 time=10:00:07 logid="0101037124" type="event" subtype="vpn" msg="IPsec phase 1 error" remip=1.2.3.4',
    '%ASA-5-713041: IP = 192.0.2.2, IKE Initiator: new or rekey Phase 1',
    'id=firewall sn=X time="2024-03-01 10:00:00" fw=1.2.3.4 pri=6 c=1024 m=537 msg="Connection Closed" n=1 src=1.2.3.4:1:X0 dst=5.6.7.8:80:X1',
  ])
    assert.equal(claims(sonicwall, record(f)), false, f);
});

void test('golden cases', async () => {
  await checkCases('src/dialects/sonicwall/cases', ALL);
});
