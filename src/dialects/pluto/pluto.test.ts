import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { allMatches } from '../../core/dialect.js';
import type { EventDraft, LogRecord } from '../../core/model.js';
import { catalog, t, useAllLangs } from '../../i18n/index.js';
import { parseEnvelope } from '../../input/envelope.js';
import { seedPath } from '../../seeds/seeds.js';
import { strongswan } from '../strongswan/index.js';
import { qno } from '../qno/index.js';
import { pluto } from './index.js';
import { classifyState } from './states.js';
import { parseEndpoint, parsePlutoMessage } from './prefix.js';

// Catalogs other than English load on demand: these tests read all four.
await useAllLangs();

function rec(text: string, line = 1): LogRecord {
  return parseEnvelope({ path: 'test', line, text });
}

function parse(text: string): { pattern?: string; events: EventDraft[] } {
  const r = pluto.createParser().parse(rec(text));
  return { pattern: r[0]?.pattern, events: r[0]?.events ?? [] };
}

function kinds(text: string): string[] {
  return parse(text).events.map((e) => e.kind);
}

function ev(text: string, kind: EventDraft['kind']): EventDraft {
  const e = parse(text).events.find((x) => x.kind === kind);
  assert.ok(e, `no ${kind} event for: ${text}`);
  return e;
}

void test('every sample matches exactly its own pattern', () => {
  const problems: string[] = [];
  for (const p of pluto.spec.patterns) {
    assert.ok(p.samples.length > 0, `${p.id} has no sample`);
    for (const s of p.samples) {
      const m = allMatches(pluto.spec, rec(s));
      if (m.length !== 1 || m[0] !== p.id) problems.push(`${p.id}: [${m.join(',')}] ${s}`);
    }
  }
  assert.deepEqual(problems, []);
});

void test('every explanation exists in both languages and its placeholders are filled by every sample', () => {
  const problems: string[] = [];
  for (const p of pluto.spec.patterns) {
    for (const lang of ['en', 'ja'] as const) {
      const key = `explain.pluto.${p.id}`;
      if (!(key in catalog(lang))) {
        problems.push(`${lang}: no ${key}`);
        continue;
      }
      for (const s of p.samples) {
        const r = pluto.createParser().parse(rec(s))[0];
        const text = t(lang, key, r?.vars);
        if (/\{\w+\}/.test(text)) problems.push(`${lang} ${p.id}: unfilled placeholder in "${text}" for ${s}`);
      }
    }
  }
  assert.deepEqual(problems, []);
});

void test('prefixes: state, instance, packet, curly quotes, logtime, syslog, whack codes, ERROR', () => {
  const a = parsePlutoMessage('"conn" #12: msg', false);
  assert.deepEqual([a?.conn, a?.sa, a?.rest], ['conn', '#12', 'msg']);
  const b = parsePlutoMessage('"road"[3] 192.0.2.7 #12: msg', false);
  assert.deepEqual([b?.conn, b?.sa, b?.remote?.address], ['road', '#12', '192.0.2.7']);
  const c = parsePlutoMessage('\u201cabc\u201d #624: msg', false);
  assert.deepEqual([c?.conn, c?.sa], ['abc', '#624']);
  const d = parsePlutoMessage('Nov 24 15:17:03.123456: "conn" #1: msg', false);
  assert.deepEqual([d?.conn, d?.sa, d?.rest], ['conn', '#1', 'msg']);
  const e = parsePlutoMessage('Jan 10 08:00:01 gw pluto[1401]: "tun1" #2: msg', false);
  assert.deepEqual([e?.conn, e?.sa], ['tun1', '#2']);
  const f = parsePlutoMessage('packet from 124.x.x.x:500: msg', false);
  assert.deepEqual([f?.kind, f?.remote?.address, f?.remote?.port], ['packet', '124.x.x.x', 500]);
  const g = parsePlutoMessage('ERROR: "lab" #2: netlink response for Add SA', false);
  assert.deepEqual([g?.severity, g?.conn, g?.sa], ['ERROR', 'lab', '#2']);
  const h = parsePlutoMessage('002 "west" #1: STATE_MAIN_I1: initiate', false);
  assert.deepEqual([h?.conn, h?.rest], ['west', 'STATE_MAIN_I1: initiate']);
  const i = parsePlutoMessage('"lab": added IKEv2 connection', false);
  assert.deepEqual([i?.kind, i?.conn, i?.sa], ['conn', 'lab', undefined]);
  const j = parsePlutoMessage('"labeled"[1][2] 192.1.2.23 #3: x', false);
  assert.deepEqual([j?.conn, j?.instance, j?.sa], ['labeled', '[1][2]', '#3']);
  const k = parsePlutoMessage('"private-or-clear#192.1.2.0/24"[1] ...192.1.2.23 #1: x', false);
  assert.deepEqual([k?.conn, k?.remote?.address], ['private-or-clear#192.1.2.0/24', '192.1.2.23']);
  assert.equal(parsePlutoMessage('some text', false), undefined);
  assert.equal(parsePlutoMessage('"quoted" text without colon', false), undefined);
});

void test('endpoints, masked addresses', () => {
  assert.deepEqual(parseEndpoint('124.x.x.x:500'), { address: '124.x.x.x', port: 500 });
  assert.deepEqual(parseEndpoint('192.1.2.23:UDP/500'), { address: '192.1.2.23', port: 500 });
  assert.deepEqual(parseEndpoint('[2001:db8::1]:4500'), { address: '2001:db8::1', port: 4500 });
  assert.deepEqual(parseEndpoint('2001:db8:1:2::45'), { address: '2001:db8:1:2::45' });
  assert.equal(parseEndpoint('hello'), undefined);
});

void test('state names give role, mode and message number', () => {
  assert.deepEqual(
    [classifyState('STATE_MAIN_I1').msgNo, classifyState('STATE_MAIN_I3').msgNo, classifyState('STATE_MAIN_I4').msgNo],
    [1, 5, 6],
  );
  assert.deepEqual([classifyState('STATE_MAIN_R2').msgNo, classifyState('STATE_MAIN_R3').established], [4, true]);
  assert.equal(classifyState('STATE_AGGR_R1').role, 'responder');
  assert.equal(classifyState('STATE_QUICK_I1').scope, 'child');
  assert.equal(classifyState('STATE_V2_PARENT_I2').exchange, 'IKE_AUTH');
  assert.equal(classifyState('IKE_SA_INIT_I').exchange, 'IKE_SA_INIT');
  assert.equal(classifyState('ESTABLISHED_IKE_SA').established, true);
  assert.equal(classifyState('STATE_V2_IPSEC_I').scope, 'child');
});

void test('IKEv1 main mode and quick mode events', () => {
  const i = ev('"w" #1: initiating Main Mode', 'ike.initiate');
  assert.deepEqual([i.role, i.mode, i.ikeVersion, i.sa, i.conn], ['initiator', 'main', 1, '#1', 'w']);
  const st = ev('"w" #1: STATE_MAIN_I2: sent MI2, expecting MR2', 'ike.state');
  assert.deepEqual([st.msgNo, st.role, st.exchange], [3, 'initiator', 'MAIN_MODE']);
  const est = parse(
    '"w" #1: STATE_MAIN_I4: ISAKMP SA established {auth=PRESHARED_KEY cipher=aes_256 integ=sha2_256 group=MODP2048}',
  );
  assert.deepEqual(est.events.map((e) => e.kind), ['ike.established', 'proposal.selected']);
  assert.deepEqual([est.events[0]?.details?.auth, est.events[0]?.details?.authRaw], ['psk', 'PRESHARED_KEY']);
  const q = ev(
    '"w" #2: STATE_QUICK_I2: sent QI2, IPsec SA established tunnel mode {ESP/NAT=>0x7ba5b5d1 <0xb2b0e45c xfrm=AES_CBC_128-HMAC_SHA1_96 NATOA=none NATD=192.0.2.9:4500 DPD=passive}',
    'child.established',
  );
  assert.deepEqual([q.spiOut, q.spiIn, q.role, q.msgNo], ['7ba5b5d1', 'b2b0e45c', 'initiator', 3]);
  assert.ok(kinds('"w" #2: IPsec SA established tunnel mode {ESP/NAT=>0x7ba5b5d1 <0xb2b0e45c xfrm=3DES_CBC-HMAC_MD5 NATOA=none NATD=192.0.2.9:4500 DPD=passive}').includes('weak.crypto'));
  const qi = ev(
    '"w" #2: initiating Quick Mode PSK+ENCRYPT+TUNNEL+PFS+UP {using isakmp#1 msgid:c9b3e5f6 proposal=AES_CBC_128-HMAC_SHA1_96 pfsgroup=MODP2048}',
    'child.initiate',
  );
  assert.deepEqual([qi.parentSa, qi.sa, qi.details?.pfs], ['#1', '#2', 'MODP2048']);
  const pid = ev("\"w\" #1: Main mode peer ID is ID_IPV4_ADDR: '198.51.100.7'", 'ike.peer-id');
  assert.equal(pid.remote?.id, '198.51.100.7');
});

void test('IKEv1 failures', () => {
  const to = parse(
    '"w" #1: STATE_MAIN_I3: 60 second timeout exceeded after 7 retransmits.  Possible authentication failure: no acceptable response to our first encrypted message',
  ).events;
  assert.equal(to[0]?.kind, 'ike.timeout');
  assert.deepEqual([to[0]?.msgNo, to[0]?.count, to[0]?.details?.hint], [5, 7, 'auth']);
  const os = ev(
    '"w" #1: max number of retransmissions (2) reached STATE_MAIN_I1.  No response (or no acceptable response) to our first IKE message',
    'ike.timeout',
  );
  assert.deepEqual([os.msgNo, os.state], [1, 'STATE_MAIN_I1']);
  const qm = ev(
    '"w" #2: STATE_QUICK_I1: 60 second timeout exceeded after 0 retransmits.  No acceptable response to our first Quick Mode message: perhaps peer likes no proposal',
    'child.failed',
  );
  assert.equal(qm.details?.hint, 'proposal');
  const nc = ev(
    'packet from 198.51.100.77:500: initial Main Mode message received on 192.0.2.1:500 but no connection has been authorized with policy PSK+IKEV1_ALLOW',
    'peer.not-configured',
  );
  assert.deepEqual([nc.remote?.address, nc.local?.address, nc.ikeVersion], ['198.51.100.77', '192.0.2.1', 1]);
  const ts = ev(
    '"o" #12: cannot respond to IPsec SA request because no connection is known for 10.1.0.0/16===192.0.2.1[@gw-a]...198.51.100.2[@gw-b]===10.9.0.0/16',
    'ts.mismatch',
  );
  assert.deepEqual(ts.ts, { local: '10.1.0.0/16', remote: '10.9.0.0/16' });
  assert.ok(kinds('"o" #1: probable authentication failure (mismatch of preshared secrets?): malformed payload in packet').includes('psk.mismatch'));
  assert.deepEqual(kinds('"o" #3: no acceptable Oakley Transform'), ['proposal.none']);
  assert.deepEqual(kinds('"o" #2: we require PFS but Quick I1 SA specifies no GROUP_DESCRIPTION'), ['pfs.mismatch']);
  const inf = parse('"o" #1: ignoring informational payload INVALID_ID_INFORMATION, msgid=00000000, length=12').events;
  assert.deepEqual([inf[0]?.kind, inf[0]?.notify], ['notify.received', 'INVALID_ID_INFORMATION']);
  const np = parse('"o" #1: ignoring informational payload, type NO_PROPOSAL_CHOSEN msgid=00000000').events;
  assert.deepEqual(np.map((e) => [e.kind, e.notify]), [['notify.received', 'NO_PROPOSAL_CHOSEN']]);
  assert.deepEqual(kinds('packet from 1.2.3.4:500: Informational Exchange is for an unknown (expired?) SA with MSGID:0x9d3a5b21'), ['sa.unknown']);
  const del = ev('"o" #5: received Delete SA(0x8e2a91c7) payload: deleting IPSEC State #6', 'child.deleted');
  assert.deepEqual([del.sa, del.parentSa, del.byPeer], ['#6', '#5', true]);
  assert.deepEqual(kinds('"o" #1: DPD: No response from peer - declaring peer dead'), ['dpd.dead']);
  const weak = ev('"o" #1: You should NOT use insecure IKE algorithms (OAKLEY_DES_CBC)!', 'weak.crypto');
  assert.equal(weak.details?.algorithm, 'des');
  assert.deepEqual(kinds('"o" #2: setup_half_ipsec_sa() hit fail:'), ['sa.install.failed']);
  assert.deepEqual(kinds('ERROR: "lab" #2: netlink response for Add SA esp.c11d9b94@192.0.2.1: Protocol not supported (errno 93)'), ['sa.install.failed']);
});

void test('IKEv2 events', () => {
  const i = ev('"san" #1: initiating IKEv2 connection to 192.1.2.23 using UDP', 'ike.initiate');
  assert.deepEqual([i.ikeVersion, i.role, i.remote?.address], [2, 'initiator', '192.1.2.23']);
  const s = parse("\"w\" #1: sent IKE_AUTH request to 192.1.2.23:UDP/500 with shared-key-mac and FQDN '@west'; Child SA #2 {ESP <0x6c9d2a8e} [192.0.1.0/24===192.0.2.0/24]").events;
  assert.deepEqual(s.map((e) => e.kind), ['msg.sent', 'msg.received', 'child.initiate']);
  assert.deepEqual([s[2]?.sa, s[2]?.parentSa], ['#2', '#1']);
  assert.equal(s[0]?.details?.method, 'psk');
  const est = parse("\"w\" #1: initiator established IKE SA; authenticated peer using authby=secret and ID_FQDN '@east'").events;
  assert.deepEqual(est.map((e) => e.kind), ['ike.established', 'ike.auth.ok', 'ike.peer-id']);
  assert.equal(est[1]?.details?.method, 'psk');
  assert.equal(est[2]?.remote?.id, '@east');
  const c = ev(
    '"w" #2: initiator established Child SA using #1; IPsec tunnel [192.0.1.0-192.0.1.255:0-65535 0] -> [192.0.2.0-192.0.2.255:0-65535 0] {ESP/ESN=>0xcd6b8d89 <0x28d0cb9b xfrm=AES_GCM_16_256-NONE NATOA=none NATD=none DPD=passive}',
    'child.established',
  );
  assert.deepEqual([c.parentSa, c.spiOut, c.spiIn, c.ts?.local], ['#1', 'cd6b8d89', '28d0cb9b', '192.0.1.0-192.0.1.255:0-65535 0']);
  const nop = parse('"w" #1: dropping unexpected IKE_SA_INIT message containing NO_PROPOSAL_CHOSEN notification; message payloads: N; missing payloads: SA,KE,Ni').events;
  assert.deepEqual(nop.map((e) => [e.kind, e.scope, e.notify]), [['notify.received', 'ike', 'NO_PROPOSAL_CHOSEN']]);
  const nlp = ev('"w" #1: no local proposal matches remote proposals 1:IKE:ENCR=3DES;PRF=HMAC_SHA1;INTEG=HMAC_SHA1_96;DH=MODP1024', 'proposal.received');
  assert.deepEqual(nlp.proposals, ['3DES/PRF_HMAC_SHA1/HMAC_SHA1_96/MODP1024']);
  const af = parse('"w" #1: IKE SA authentication request rejected by peer: AUTHENTICATION_FAILED').events;
  assert.ok(af.some((e) => e.kind === 'ike.auth.failed' && e.byPeer === true));
  const psk = parse("\"lab\" #1: authentication failed: computed hash does not match hash received from peer ID_FQDN '@left.example'").events;
  assert.ok(psk.some((e) => e.kind === 'psk.mismatch' && e.remote?.id === '@left.example'));
  assert.deepEqual(kinds('"w" #1: IKE_AUTH response rejected Child SA with TS_UNACCEPTABLE'), ['notify.received', 'child.failed']);
  const pnc = ev(
    'packet from 192.0.2.1:500: ISAKMP_v2_IKE_SA_INIT message received on 198.51.100.2:500 but no suitable connection found with IKEv2 policy',
    'peer.not-configured',
  );
  assert.deepEqual([pnc.ikeVersion, pnc.remote?.address], [2, '192.0.2.1']);
  // A notify we send is not interpreted: the reason is on the line before it.
  assert.deepEqual(kinds('packet from 192.0.2.1:500: responding to IKE_SA_INIT (34) message (Message ID 0) with unencrypted notification NO_PROPOSAL_CHOSEN'), ['notify.sent']);
  const dead = kinds('"w" #1: ESTABLISHED_IKE_SA: 10 second timeout exceeded after 4 retransmits.  No response (or no acceptable response) to our IKEv2 message');
  assert.ok(dead.includes('dpd.dead'));
});

void test('configured proposals are comparable with the peer offer', () => {
  const cfg = ev('"lab":   1:IKE=AES_CBC_256-HMAC_SHA2_256-HMAC_SHA2_256_128-MODP2048', 'proposal.configured');
  assert.deepEqual(cfg.proposals, ['AES_CBC_256/PRF_HMAC_SHA2_256/HMAC_SHA2_256_128/MODP2048']);
  const gcm = ev('"lab":   1:IKE=AES_GCM_C_256-HMAC_SHA2_512+HMAC_SHA2_256-NONE-MODP2048+ECP_256', 'proposal.configured');
  assert.deepEqual(gcm.proposals, ['aes256gcm16/PRF_HMAC_SHA2_512/PRF_HMAC_SHA2_256/MODP2048/ECP_256']);
});

void test('child states are linked to their IKE SA for later lines', () => {
  const p = pluto.createParser();
  p.parse(rec('"w" #2: initiating Quick Mode PSK+ENCRYPT+TUNNEL+PFS+UP {using isakmp#1 msgid:c9b3e5f6 proposal=AES_CBC_128-HMAC_SHA1_96 pfsgroup=MODP2048}'));
  const r = p.parse(rec('"w" #2: STATE_QUICK_I2: sent QI2, IPsec SA established tunnel mode {ESP=>0x7ba5b5d1 <0xb2b0e45c xfrm=AES_CBC_128-HMAC_SHA1_96 NATOA=none NATD=none DPD=passive}'));
  assert.equal(r[0]?.events[0]?.parentSa, '#1');
});

const seed003 = seedPath('003_');

void test('seed 003: every pluto line is recognised and the tunnel "abc" comes up', { skip: !seed003 && 'seeds not found' }, () => {
  const text = readFileSync(seed003!, 'utf8');
  const lines = text.split('\n').filter((l) => /pluto\[\d+\]/.test(l));
  assert.equal(lines.length, 9);
  const p = pluto.createParser();
  const events: EventDraft[] = [];
  for (const [i, l] of lines.entries()) {
    const r = p.parse(rec(l, i + 1));
    assert.equal(r.length, 1, `not recognised: ${l}`);
    events.push(...r[0]!.events);
  }
  assert.ok(events.every((e) => e.conn === 'abc'));
  const k: string[] = events.map((e) => e.kind);
  for (const want of ['ike.respond', 'ike.state', 'nat.detected', 'ike.peer-id', 'ike.established', 'child.initiate', 'child.established'])
    assert.ok(k.includes(want), `missing ${want}`);
  assert.equal(events.find((e) => e.kind === 'nat.detected')?.details?.where, 'none');
});

void test('strongSwan and Qno lines are not claimed', () => {
  const foreign = [
    '09[IKE] <conn|1> initiating IKE_SA conn[1] to 1.2.3.4',
    'Nov 24 15:17:03 moon charon: 09[IKE] <home|1> initiating IKE_SA home[1] to 192.0.2.2',
    'Nov 24 15:17:03 09[IKE] <lab|1> IKE_SA lab[1] established between 192.0.2.1[left]...198.51.100.2[right]',
    "(g2gips18)[17] 124.x.x.x #1895: [Tunnel Negotiation Info] Peer ID is ID_USER_FQDN: 'xxxx@xxxx.cn'^M",
    'packet from 218.x.x.x:500: [Tunnel Authorize Fail] no connection has been authorized with policy=PSK',
    '%ASA-5-713904: IP = 192.0.2.1, Received encrypted packet with no matching SA, dropping',
  ];
  for (const l of foreign) assert.deepEqual(pluto.createParser().parse(rec(l)), [], l);
  // and pluto's own samples are claimed by neither strongSwan nor Qno
  for (const p of pluto.spec.patterns)
    for (const s of p.samples) {
      assert.deepEqual(strongswan.createParser().parse(rec(s)), [], `strongswan claims ${s}`);
      assert.deepEqual(qno.createParser().parse(rec(s)), [], `qno claims ${s}`);
    }
});

void test('adversarial 64 KiB lines finish quickly', () => {
  const n = 65536;
  const runs = [
    ' ',
    '0',
    '.',
    '[',
    '"',
    '#',
    ':',
    'a',
    'x',
    '{',
    '=',
    '-',
    '_',
    '|',
    'A',
    '1.',
    '#1 ',
    '" ',
    ': ',
    '...',
    '===',
    "'",
  ];
  const prefixes = [
    '',
    '"c" #1: ',
    '"c"[1] ',
    'packet from 1.2.3.4:500: ',
    '| ',
    '"c" #1: STATE_MAIN_I1: ',
    '"c" #1: initiating Quick Mode ',
    '"c" #1: cannot respond to IPsec SA request because no connection is known for ',
    '"c" #1: no local proposal matches remote proposals ',
    '"c" #1: responding to Aggressive Mode, state #1, connection "',
    '"c" #1: Child SA\'s Traffic Selector request ',
    '"c" #1: initial Aggressive Mode packet claiming to be from ',
    'ERROR: "c" #1: netlink response for ',
    '"c" #2: initiator established Child SA using #1; IPsec tunnel [',
    '"c" #1: proposal 1:',
    'Nov 24 15:17:03.123456: ',
  ];
  for (const pre of prefixes)
    for (const r of runs) {
      const line = pre + r.repeat(Math.ceil(n / r.length)).slice(0, n);
      const t0 = performance.now();
      const p = pluto.createParser();
      p.parse(rec(line));
      p.parse(rec(line + '!'));
      const ms = performance.now() - t0;
      assert.ok(ms < 1000, `${JSON.stringify(pre)} + ${JSON.stringify(r)} took ${ms.toFixed(0)} ms`);
    }
});

void test('a long-lived IKE SA stays known while thousands of newer states come and go', () => {
  const p = pluto.createParser();
  let line = 0;
  const parse = (text: string) => p.parse(rec(text, ++line));
  const established = (n: number) =>
    `Nov 24 15:58:41.895683: "lab" #${n}: IKE SA established {auth=PRESHARED_KEY cipher=AES_CBC_256 integ=HMAC_SHA2_256 group=MODP2048}`;
  const notify = 'Nov 24 16:00:57.806762: "lab" #1: sending encrypted notification INVALID_ID_INFORMATION to 192.0.2.1:500';
  parse(established(1));
  for (let n = 2; n < 20_000; n++) {
    parse(established(n));
    if (n % 500 === 0) parse(notify);
  }
  // A notify under an IKE SA that is up concerns its child SAs: pluto's memory of #1 says so.
  const ev = parse(notify)
    .flatMap((r) => r.events)
    .find((e) => e.kind === 'notify.sent');
  assert.equal(ev?.scope, 'child');
});

void test('Libreswan 5 remote access: XAUTH users, soft fail, address pools', () => {
  // The server's verdict on an XAUTH user is a user authentication failure; the user is no IKE identity.
  const bad = ev('"xauth-road"[1] 192.1.3.209 #1: XAUTH: User road: Authentication Failed: Incorrect Username or Password', 'eap.failed');
  assert.equal(bad.reason, 'XAUTH user road: Incorrect Username or Password');
  assert.equal(bad.remote?.id, undefined);
  assert.deepEqual(kinds('"xauth-road"[1] 192.1.3.209 #1: XAUTH: User gooduser: Authentication Successful'), ['ike.auth.ok']);
  assert.deepEqual(kinds('"xauth-road"[1] 192.1.3.209 #1: PAM: authentication of user \'bad\' FAILED after 0.014 seconds'), ['eap.failed']);
  // xauthfail=soft goes on: no failure.
  assert.deepEqual(kinds('"xauth-road"[1] 192.1.3.209 #1: XAUTH: authentication for road failed, but policy is set to soft fail'), ['info']);
  assert.deepEqual(kinds('"road-east" #1: Received Cisco XAUTH status: FAIL'), ['eap.failed']);
  assert.deepEqual(kinds('"north-east" #1: XAUTH: Successfully Authenticated'), ['ike.auth.ok']);
  // The XAUTH client's story repeats after phase 1: no second IKE SA.
  assert.deepEqual(
    kinds('"road-east" #1: XAUTH client - possibly awaiting CFG_set {auth=PRESHARED_KEY cipher=AES_CBC_256 integ=HMAC_SHA2_256 group=MODP2048}'),
    ['ike.state'],
  );
  const pool = ev('"road-any-east"[1] 192.1.3.209 #4: leasing IPv4 address failed: address pool exhausted', 'child.failed');
  assert.equal(pool.details?.cause, 'address-pool-exhausted');
  assert.equal(pool.role, 'responder');
  const client = ev('"road-east" #2: IKE_AUTH response rejected Child SA with INTERNAL_ADDRESS_FAILURE', 'child.failed');
  assert.match(client.reason ?? '', /^INTERNAL_ADDRESS_FAILURE: the peer has no address/);
});

void test('Libreswan 5: an IKE_AUTH response without child SA payloads is a child failure, not a TS refusal', () => {
  for (const line of [
    '"west-east" #2: IKE_AUTH response missing v2SA, v2TSi or v2TSr: not attempting to setup CHILD SA',
    '"westnet-eastnet-ipv4-psk-ikev2" #2: IKE_AUTH response missing at least one of the Child SA payloads v2SA, v2TSi and v2TSr',
  ]) {
    assert.deepEqual(kinds(line), ['child.failed'], line);
    assert.equal(ev(line, 'child.failed').notify, undefined);
  }
});

void test('Libreswan 5 responder without a connection: PEER_NOT_CONFIGURED evidence, not only NO_PROPOSAL_CHOSEN', () => {
  const line =
    'packet from 192.1.2.45:500: responding to IKE_SA_INIT request with Message ID 0 with unencrypted notification NO_PROPOSAL_CHOSEN, no suitable connection found with IKEv2 policy';
  assert.deepEqual(kinds(line), ['notify.sent', 'peer.not-configured']);
  // updown output and a failing updown command are recognised and are not failures of the negotiation.
  assert.deepEqual(kinds('"west" #2: route-client command exited with status 1'), ['info']);
  assert.equal(ev('"west" #2: route-client command exited with status 1', 'info').details?.failed, true);
});
