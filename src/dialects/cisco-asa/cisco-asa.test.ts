// The Cisco ASA / FTD syslog dialect: samples → events, the prefixes (syslog tag, `[IKEv1]`
// debug, `Group = , IP = `, `Local: Remote: Username:`), what the parser infers across lines,
// explanations, adversarial input, and other dialects' lines that must stay unclaimed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EventDraft, LogRecord } from '../../core/model.js';
import { allMatches } from '../../core/dialect.js';
import { catalog, useAllLangs } from '../../i18n/index.js';
import { ciscoAsa } from './index.js';
import { asaPrefix } from './prefix.js';

// Catalogs other than English load on demand: these tests read all four.
await useAllLangs();

function rec(text: string, line = 1): LogRecord {
  return { path: 'test', line, text, message: text };
}

interface Ev extends EventDraft {
  line: number;
  pattern: string;
}

function read(text: string): Ev[] {
  const p = ciscoAsa.createParser();
  const out: Ev[] = [];
  text.split('\n').forEach((l, i) => {
    for (const r of p.parse(rec(l, i + 1)))
      for (const e of r.events) out.push({ ...e, line: i + 1, pattern: r.pattern });
  });
  return out;
}

function one(text: string): Ev[] {
  return read(text);
}

void test('every sample matches exactly its own pattern', () => {
  const problems: string[] = [];
  for (const p of ciscoAsa.patterns) {
    assert.ok(p.samples.length > 0, `${p.id} has samples`);
    for (const s of p.samples) {
      const m = allMatches(ciscoAsa.spec, rec(s));
      if (m.length !== 1 || m[0] !== p.id) problems.push(`${p.id}: [${m.join(',')}] ${s}`);
    }
  }
  assert.deepEqual(problems, []);
});

void test('every pattern is explained in English and Japanese, with placeholders the line fills', () => {
  for (const p of ciscoAsa.patterns) {
    const groups = new Set([...p.regex.source.matchAll(/\(\?<(\w+)>/g)].map((m) => m[1]));
    for (const v of ['msgid', 'severity', 'group', 'ip', 'user', 'local', 'remote']) groups.add(v);
    for (const lang of ['en', 'ja'] as const) {
      const tpl = catalog(lang)[`explain.cisco-asa.${p.id}`];
      assert.ok(tpl, `${lang} explain.cisco-asa.${p.id}`);
      for (const m of tpl.matchAll(/\{(\w+)\}/g))
        assert.ok(groups.has(m[1]), `${lang} ${p.id}: {${m[1]}} is not a group`);
    }
  }
});

void test('prefix: syslog tag, logging class, FTD, no colon, debug form; tunnel group and peer', () => {
  const a = asaPrefix(
    rec('Dec 04 2014 12:37:51: %ASA-5-713119: Group = 77.88.99.100, IP = 77.88.99.100, PHASE 1 COMPLETED'),
  );
  assert.equal(a?.rest, 'PHASE 1 COMPLETED');
  assert.equal(a?.base.conn, '77.88.99.100');
  assert.equal(a?.base.remote?.address, '77.88.99.100');
  assert.equal(a?.base.ikeVersion, 1);
  assert.equal(a?.vars?.msgid, '713119');
  const b = asaPrefix(
    rec(
      'Sep 25 15:47:07 EDT: %ASA-auth-4-113019: Group = G1, Username = bob, IP = 192.0.2.4, Session disconnected. Session Type: IKEv2, Duration: 0h:01m:00s, Bytes xmt: 1, Bytes rcv: 2, Reason: User Requested',
    ),
  );
  assert.equal(b?.base.conn, 'G1');
  assert.equal(b?.vars?.user, 'bob');
  const c = asaPrefix(
    rec(
      '%FTD-4-750003 Local:2.2.2.2:500 Remote:1.1.1.1:500 Username:Username IKEv2 Negotiation aborted due to ERROR: Failed to authenticate the IKE SA',
    ),
  );
  assert.equal(c?.rest.startsWith('Negotiation aborted'), true);
  assert.deepEqual(c?.base.remote, { address: '1.1.1.1', port: 500 });
  assert.deepEqual(c?.base.local, { address: '2.2.2.2', port: 500 });
  assert.equal(c?.base.ikeVersion, 2);
  const d = asaPrefix(
    rec(
      '<166>Aug 20 2026 08:57:55 asa-vpn-01 : %ASA-6-751025: Local:2001:db8::1:4500 Remote:2001:db8::2:50470 Username:erin IKEv2 Group:GP IPv4 Address=172.16.58.34 IPv6 address=2001:db8::1234 assigned to session',
    ),
  );
  assert.deepEqual(d?.base.remote, { address: '2001:db8::2', port: 50470 });
  const e = asaPrefix(rec('Sep 15 03:14:00 [IKEv1 DEBUG]IP = 193.164.94.47, constructing ISAKMP SA payload'));
  assert.equal(e?.rest, 'constructing ISAKMP SA payload');
  assert.equal(e?.base.remote?.address, '193.164.94.47');
  // Masked and placeholder addresses pass as they are.
  assert.equal(
    asaPrefix(rec('%ASA-7-713906: IP = YY.YY.YY.YY, Oakley proposal is acceptable'))?.base.remote?.address,
    'YY.YY.YY.YY',
  );
  assert.equal(
    asaPrefix(rec('%ASA-5-713119: Group = 124.x.x.x, IP = 124.x.x.x, PHASE 1 COMPLETED'))?.base.remote
      ?.address,
    '124.x.x.x',
  );
});

void test('samples: events and their fields', () => {
  let e = one(
    'Dec 04 2014 12:37:51: %ASA-5-713119: Group = 77.88.99.100, IP = 77.88.99.100, PHASE 1 COMPLETED',
  );
  assert.equal(e[0]?.kind, 'ike.established');
  assert.equal(e[0]?.conn, '77.88.99.100');

  e = one(
    'Dec 04 2014 12:37:51: %ASA-3-713061: Group = 77.88.99.100, IP = 77.88.99.100, Rejecting IPSec tunnel: no matching crypto map entry for remote proxy 10.1.2.0/255.255.255.0/0/0 local proxy 10.0.202.0/255.255.255.0/0/0 on interface OUTSIDE',
  );
  assert.equal(e[0]?.kind, 'ts.mismatch');
  assert.deepEqual(e[0]?.ts, { local: '10.0.202.0/24', remote: '10.1.2.0/24' });

  e = one(
    "Jun 03 2024 11:21:01: %ASA-7-713236: IP = 198.51.100.7, IKE_DECODE RECEIVED Message (msgid=0) with payloads : HDR + SA (1) + VENDOR (13) + NONE (0) total length : 104\nJun 03 2024 11:21:02: %ASA-5-713257: Phase 1 failure:  Mismatched attribute types for class Group Description:  Rcv'd: Group 2  Cfg'd: Group 5",
  );
  const mm = e.find((x) => x.kind === 'proposal.mismatch');
  assert.equal(mm?.param, 'dh_group');
  assert.equal(mm?.remoteValue, 'Group 2');
  assert.equal(mm?.localValue, 'Group 5');
  assert.equal(mm?.scope, 'ike');
  assert.equal(mm?.remote?.address, '198.51.100.7', 'the peer of the line before');

  e = one(
    'Jun 03 2024 11:40:02: %ASA-4-713903: IP = 198.51.100.7, ERROR, had problems decrypting packet, probably due to mismatched pre-shared key.  Aborting',
  );
  assert.equal(e[0]?.kind, 'psk.mismatch');

  e = one(
    '<165>Aug 16 2016 04:08:36: %ASA-5-713049: Group = 172.22.136.20, IP = 172.22.136.20, Security negotiation complete for LAN-to-LAN Group (172.22.136.20)  Initiator, Inbound SPI = 0x891fb03f, Outbound SPI = 0xbe4b5d8d',
  );
  assert.equal(e[0]?.kind, 'child.established');
  assert.equal(e[0]?.spiIn, '0x891fb03f');
  assert.equal(e[0]?.spiOut, '0xbe4b5d8d');
  assert.equal(e[0]?.role, 'initiator');

  e = one(
    'Jun 03 2024 11:25:19: %ASA-5-713068: Group = 198.51.100.7, IP = 198.51.100.7, Received non-routine Notify message: Invalid ID info (18)',
  );
  assert.equal(e[0]?.kind, 'notify.received');
  assert.equal(e[0]?.notify, 'INVALID_ID_INFORMATION');

  e = one('Jun 03 2024 11:21:02: %ASA-3-713048: IP = 198.51.100.7, Error processing payload: Payload ID: 1');
  assert.equal(e[0]?.kind, 'proposal.none');

  e = one(
    'Jun 03 2024 13:05:51: %ASA-3-713123: Group = 198.51.100.7, IP = 198.51.100.7, IKE lost contact with remote peer, deleting connection (keepalive type: DPD)',
  );
  assert.equal(e[0]?.kind, 'dpd.dead');

  e = one(
    'Jun 03 2024 11:22:07: %ASA-6-713172: Group = 198.51.100.7, IP = 198.51.100.7, Automatic NAT Detection Status:     Remote end is NOT behind a NAT device     This end IS behind a NAT device',
  );
  assert.equal(e[0]?.details?.where, 'local');

  e = one(
    'Jun 03 2024 11:22:07: %ASA-3-713050: Group = 198.51.100.7, IP = 198.51.100.7, Connection terminated for peer 198.51.100.7.  Reason: Peer Terminate  Remote Proxy 10.20.0.0, Local Proxy 10.10.0.0',
  );
  assert.equal(e[0]?.kind, 'child.deleted');
  assert.equal(e[0]?.byPeer, true);
  assert.equal(e[0]?.reason, 'Peer Terminate');

  e = one(
    'Dec 04 2014 12:37:51: %ASA-4-113019: Group = 77.88.99.100, Username = 77.88.99.100, IP = 77.88.99.100, Session disconnected. Session Type: LAN-to-LAN, Duration: 0h:00m:00s, Bytes xmt: 0, Bytes rcv: 0, Reason: crypto map policy not found',
  );
  assert.equal(e[0]?.kind, 'tunnel.down');
  assert.equal(e[0]?.reason, 'crypto map policy not found');

  e = one(
    'Sep 15 03:14:00 [IKEv1]IP = 193.164.94.47, IKE_DECODE SENDING Message (msgid=0) with payloads : HDR + SA (1) + VENDOR (13) + VENDOR (13) + NONE (0) total length : 248',
  );
  assert.equal(e[0]?.kind, 'msg.sent');
  assert.deepEqual(e[0]?.payloads, ['SA', 'VENDOR', 'VENDOR']);

  e = one(
    'Apr 27 2020 02:03:03 dev01: %ASA-6-602304: IPSEC: An outbound LAN-to-LAN SA (SPI= 0xF81283) between 81.2.69.144 and 192.168.2.2 (user= admin) has been deleted.',
  );
  assert.equal(e[0]?.kind, 'child.deleted');
  assert.equal(e[0]?.remote?.address, '192.168.2.2');
  assert.equal(e[0]?.local?.address, '81.2.69.144');
});

void test('IKEv2 (750xxx / 751xxx): the vendor error decides the event', () => {
  const cases: [string, string][] = [
    ['There was no IPSEC policy found for received TS', 'ts.mismatch'],
    ['Failed to find a matching policy', 'proposal.none'],
    ['Failed to receive the AUTH msg before the timer expired', 'ike.timeout'],
    ['Failed to authenticate the IKE SA', 'ike.auth.failed'],
    ['Failed to locate an item in the database', 'peer.not-configured'],
    ['Some new error text', 'msg.invalid'],
  ];
  for (const [err, kind] of cases) {
    const e = one(
      `%ASA-4-750003: Local:203.0.113.1:500 Remote:198.51.100.7:500 Username:198.51.100.7 IKEv2 Negotiation aborted due to ERROR: ${err}`,
    );
    assert.equal(e[0]?.kind, kind, err);
    assert.equal(e[0]?.ikeVersion, 2);
    assert.equal(e[0]?.remote?.address, '198.51.100.7');
    assert.match(e[0]?.reason ?? '', new RegExp(err));
  }
  const up = one(
    '%FTD-5-750006: Local:2.2.2.2:4500 Remote:1.1.1.1:55543 Username:admin IKEv2 SA UP. Reason: New Connection Established',
  );
  assert.equal(up[0]?.kind, 'ike.established');
  const down = one(
    '%ASA-5-750007: Local:203.0.113.1:500 Remote:198.51.100.7:500 Username:198.51.100.7 IKEv2 SA DOWN. Reason: peer lost',
  );
  assert.deepEqual(
    down.map((x) => x.kind),
    ['ike.deleted', 'dpd.dead'],
  );
  const ts = one(
    '%ASA-3-751022: Local:203.0.113.1:500 Remote:198.51.100.7:500 Username:198.51.100.7 IKEv2 Tunnel rejected: Crypto Map Policy not found for remote traffic selector 10.20.1.0/10.20.1.255/0/65535/0 local traffic selector 10.10.2.0/10.10.2.255/0/65535/0!',
  );
  assert.deepEqual(ts[0]?.ts, { local: '10.10.2.0-10.10.2.255', remote: '10.20.1.0-10.20.1.255' });
});

void test('752015: a timeout when the peer never answered, a failure notice otherwise', () => {
  const head = `Mar 12 2024 10:02:11: %ASA-5-752004: Tunnel Manager dispatching a KEY_ACQUIRE message to IKEv1.  Map Tag = outside_map.  Map Sequence Number = 10.
Mar 12 2024 10:02:11: %ASA-5-713041: IP = 203.0.113.2, IKE Initiator: New Phase 1, Intf inside, IKE Peer 203.0.113.2  local Proxy Address 192.168.1.0, remote Proxy Address 192.168.2.0,  Crypto map (outside_map)`;
  const tail = `Mar 12 2024 10:02:41: %ASA-3-752015: Tunnel Manager has failed to establish an L2L SA.  All configured IKE versions failed to establish the tunnel. Map Tag= outside_map.  Map Sequence Number = 10.`;
  const silent = read(
    `${head}\nMar 12 2024 10:02:15: %ASA-6-713905: IP = 203.0.113.2, P1 Retransmit msg dispatched to MM FSM\n${tail}`,
  );
  const last = silent[silent.length - 1]!;
  assert.equal(last.kind, 'ike.timeout');
  assert.equal(last.remote?.address, '203.0.113.2', 'peer of the crypto map');
  const answered = read(
    `${head}\nMar 12 2024 10:02:12: %ASA-7-713236: IP = 203.0.113.2, IKE_DECODE RECEIVED Message (msgid=0) with payloads : HDR + SA (1) + NONE (0) total length : 84\n${tail}`,
  );
  assert.equal(answered[answered.length - 1]?.kind, 'tunnel.down');
});

void test('main mode messages are numbered from their payloads; retransmissions carry the last one sent', () => {
  const ev =
    read(`%ASA-7-713236: IP = 192.0.2.80, IKE_DECODE SENDING Message (msgid=0) with payloads : HDR + SA (1) + VENDOR (13) + NONE (0) total length : 172
%ASA-7-713236: IP = 192.0.2.80, IKE_DECODE RECEIVED Message (msgid=0) with payloads : HDR + SA (1) + VENDOR (13) + NONE (0) total length : 104
%ASA-7-713236: IP = 192.0.2.80, IKE_DECODE SENDING Message (msgid=0) with payloads : HDR + KE (4) + NONCE (10) + NONE (0) total length : 324
%ASA-7-713236: IP = 192.0.2.80, IKE_DECODE RECEIVED Message (msgid=0) with payloads : HDR + KE (4) + NONCE (10) + NONE (0) total length : 344
%ASA-7-713236: IP = 192.0.2.80, IKE_DECODE SENDING Message (msgid=0) with payloads : HDR + ID (5) + HASH (8) + NONE (0) total length : 96
%ASA-6-713905: IP = 192.0.2.80, P1 Retransmit msg dispatched to MM FSM`);
  assert.deepEqual(
    ev.map((e) => e.msgNo),
    [1, 2, 3, 4, 5, 5],
  );
  assert.equal(ev[0]?.role, 'initiator');
  assert.ok(ev.every((e) => e.exchange === 'MAIN_MODE'));
});

void test('602303: an established child only when no 713049 reported that SA', () => {
  const v2 =
    read(`%ASA-5-750006: Local:203.0.113.1:500 Remote:192.0.2.50:500 Username:192.0.2.50 IKEv2 SA UP. Reason: New Connection Established
%ASA-6-602303: IPSEC: An outbound LAN-to-LAN SA (SPI= 0x6E1A2B3C) between 203.0.113.1 and 192.0.2.50 (user= 192.0.2.50) has been created.`);
  assert.equal(v2[1]?.kind, 'child.established');
  const v1 =
    read(`%ASA-5-713049: Group = 192.0.2.50, IP = 192.0.2.50, Security negotiation complete for LAN-to-LAN Group (192.0.2.50)  Initiator, Inbound SPI = 0x7c1d2a4e, Outbound SPI = 0x6e1a2b3c
%ASA-6-602303: IPSEC: An outbound LAN-to-LAN SA (SPI= 0x6E1A2B3C) between 203.0.113.1 and 192.0.2.50 (user= 192.0.2.50) has been created.`);
  assert.equal(v1[1]?.kind, 'info');
});

void test("other dialects' lines are not claimed", () => {
  const p = ciscoAsa.createParser();
  for (const l of [
    'Nov 24 10:00:00 moon charon: 09[IKE] <home|1> initiating IKE_SA home[1] to 192.0.2.2',
    '09[IKE] <home|1> establishing IKE_SA failed, peer not responding',
    '"conn" #1: STATE_MAIN_I1: initiate',
    'Jun 18 04:06:52.343852: "ez-cash/0x2" #7: deleting state (STATE_QUICK_I1)',
    'IKEv2-PROTO-1: (16): Failed to find a matching policy',
    '%ASA-7-711001: IKEv2-PROTO-2: (30): Received Packet [From 192.168.1.1:25170/To 10.0.0.1:500]',
    'IKEv2-PLAT-4: RECV PKT [IKE_SA_INIT] [192.168.1.1]:25170->[10.0.0.1]:500 InitSPI=0x58aff71141ba436b',
    '%CRYPTO-5-SESSION_STATUS: Crypto session is UP. Peer 10.6.6.1:500 fvrf=name10 ivrf=name20 Description: SJC24-2-VPN-Gateway Id: 10.5.5.2',
    'ISAKMP:(0):Hash algorithm offered does not match policy!',
    '1   IKE Peer: 203.0.113.1',
    'May  5 17:51:17 dev01: %FTD-6-302013: Built inbound TCP connection 111111111 for net:10.10.10.10/53500 (81.2.69.144/53500) to fw111:192.168.2.2/53500 (81.2.69.144/53500)',
  ])
    assert.deepEqual(p.parse(rec(l)), [], l);
});

void test('adversarial 64 KiB lines finish quickly', () => {
  const big = 65536;
  const lines = [
    ' '.repeat(big),
    '%ASA-5-713119: ' + ' '.repeat(big),
    '%ASA-5-713257: Phase 1 failure: ' + ' '.repeat(big),
    '%ASA-5-713257: Phase 1 failure:  Mismatched attribute types for class ' + 'a '.repeat(big / 2),
    "%ASA-5-713257: Phase 1 failure:  Mismatched attribute types for class Group: Rcv'd: " +
      'x '.repeat(big / 2),
    '%ASA-7-713236: IP = 1.1.1.1, IKE_DECODE RECEIVED Message (msgid=0) with payloads : ' +
      'HDR + '.repeat(big / 6),
    '%ASA-5-713050: Group = a, IP = 1.1.1.1, Connection terminated for peer ' + '1.'.repeat(big / 2),
    '%ASA-5-713050: Group = a, IP = 1.1.1.1, Connection terminated for peer 1.1.1.1.  Reason: ' +
      ' x'.repeat(big / 2),
    '%ASA-4-750003: Local:' + '1:'.repeat(big / 2),
    '%ASA-4-750003: Local:1.1.1.1:500 Remote:' + '9'.repeat(big),
    'Group = ' + ','.repeat(big),
    '%ASA-5-713049: Group = a, IP = 1.1.1.1, Security negotiation complete for ' + 'ab '.repeat(big / 3),
    '[IKEv1]' + '['.repeat(big),
    '%ASA-' + '%ASA-'.repeat(big / 5),
    '%ASA-6-602303: IPSEC: An outbound ' + 'LAN-to-LAN '.repeat(big / 11),
    '%ASA-7-713906: IP = 1.1.1.1, IKE MM Initiator FSM error history (struct &0x1)  ' +
      'EV_TIMEOUT-->'.repeat(big / 13),
  ];
  for (const l of lines) {
    const p = ciscoAsa.createParser();
    const t0 = performance.now();
    p.parse(rec(l));
    const ms = performance.now() - t0;
    assert.ok(ms < 1000, `${ms.toFixed(0)} ms for ${l.slice(0, 60)}`);
  }
});
