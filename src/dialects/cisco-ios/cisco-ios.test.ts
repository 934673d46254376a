// The Cisco IOS / IOS-XE crypto dialect: seed 001's syslog lines, samples → events, what the
// parser infers across debug lines (the peer of `(0)` lines, which ISAKMP policy refused what,
// proxies and packets of the lines printed under them), explanations, adversarial input, and
// other dialects' lines that must stay unclaimed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Dialect, PatternDialectSpec } from '../../core/dialect.js';
import { allMatches } from '../../core/dialect.js';
import type { EventDraft, LogRecord } from '../../core/model.js';
import { catalog, useAllLangs } from '../../i18n/index.js';
import { parseEnvelope } from '../../input/envelope.js';
import { seedPath } from '../../seeds/seeds.js';
import { ciscoIos, makeCiscoIos } from './index.js';
import { iosPrefix } from './prefix.js';
import { hostPort, ikev2TransformList } from './cisco-common.js';

// Catalogs other than English load on demand: these tests read all four.
await useAllLangs();

const withV2 = makeCiscoIos({ ikev2: true });

function rec(text: string, line = 1): LogRecord {
  return { path: 'test', line, text, message: text };
}

interface Ev extends EventDraft {
  line: number;
  pattern: string;
}

function read(text: string, d: Dialect = ciscoIos): { events: Ev[]; claimed: number[] } {
  const p = d.createParser();
  const events: Ev[] = [];
  const claimed: number[] = [];
  text.split('\n').forEach((l, i) => {
    const rs = p.parse(parseEnvelope({ path: 'test', line: i + 1, text: l }));
    if (rs.length) claimed.push(i + 1);
    for (const r of rs) for (const e of r.events) events.push({ ...e, line: i + 1, pattern: r.pattern });
  });
  return { events, claimed };
}

const kinds = (evs: Ev[], kind: string): Ev[] => evs.filter((e) => e.kind === kind);

void test('every sample matches exactly its own pattern (IKEv2 patterns included)', () => {
  const problems: string[] = [];
  for (const d of [ciscoIos, withV2] as (Dialect & { spec: PatternDialectSpec })[]) {
    for (const p of d.patterns) {
      assert.ok(p.samples.length > 0, `${p.id} has samples`);
      for (const s of p.samples) {
        const m = allMatches(d.spec, rec(s));
        if (m.length !== 1 || m[0] !== p.id) problems.push(`${p.id}: [${m.join(',')}] ${s}`);
      }
    }
  }
  assert.deepEqual(problems, []);
});

void test('every pattern is explained in English and Japanese, with placeholders the line fills', () => {
  for (const p of withV2.patterns) {
    const groups = new Set([...p.regex.source.matchAll(/\(\?<(\w+)>/g)].map((m) => m[1]));
    for (const v of ['mnemonic', 'severity', 'connId', 'sub', 'saId', 'sessionId']) groups.add(v);
    for (const lang of ['en', 'ja'] as const) {
      const tpl = catalog(lang)[`explain.cisco-ios.${p.id}`];
      assert.ok(tpl, `${lang} explain.cisco-ios.${p.id}`);
      for (const m of tpl.matchAll(/\{(\w+)\}/g))
        assert.ok(groups.has(m[1]), `${lang} ${p.id}: {${m[1]}} is not a group`);
    }
  }
});

void test('prefix: the ISAKMP forms of IOS 12.4-15 and IOS-XE, syslog, continuation lines', () => {
  assert.equal(
    iosPrefix(rec('ISAKMP:(9577): processing SA payload. message ID = 0'))?.rest,
    'ISAKMP: processing SA payload. message ID = 0',
  );
  assert.equal(
    iosPrefix(
      rec('ISAKMP (0:9577): received packet from 77.77.77.77 dport 500 sport 500 Global (I) MM_KEY_EXCH'),
    )?.vars?.connId,
    '9577',
  );
  const xe = iosPrefix(
    rec(
      '*Oct 25 18:53:16.537: ISAKMP-PAK: (1001):received packet from 203.0.113.1 dport 500 sport 500 Global (I) MM_KEY_EXCH',
    ),
  );
  assert.equal(xe?.vars?.connId, '1001');
  assert.equal(xe?.vars?.sub, 'PAK');
  assert.equal(iosPrefix(rec('ISAKMP:      encryption 3DES-CBC'))?.rest, 'ISAKMP: encryption 3DES-CBC');
  assert.equal(
    iosPrefix(rec('ISAKMP : Scanning profiles for xauth ...'))?.rest,
    'ISAKMP: Scanning profiles for xauth ...',
  );
  assert.equal(
    iosPrefix(rec('000123: *Mar  1 00:03:45.123 UTC: %CRYPTO-6-ISAKMP_ON_OFF: ISAKMP is ON'))?.family,
    'syslog',
  );
  assert.equal(iosPrefix(rec('    local_proxy= 10.10.1.0/255.255.255.0/256/0,'))?.family, 'cont');
  // Not ours: prose mentioning ISAKMP, other vendors, the ASA's IKEv2 debug, show output.
  for (const l of [
    '"conn" #1: sent MR3, ISAKMP SA established',
    '22:49:46 pluto[585] “abc” #624: sent MR3, ISAKMP SA established',
    '(g2gips18)[17] 124.x.x.x #1895: [Tunnel Established] ISAKMP SA established^M',
    'Nov 24 10:00:00 moon charon: 09[IKE] <home|1> ISAKMP SA established',
    'IKEv2-PROTO-1: (16): Failed to find a matching policy',
    'IKEv2:',
    'IKE SA: local 172.0.0.1/500 remote 172.0.0.2/500 Active',
    'Router# show crypto isakmp peer',
  ])
    assert.equal(iosPrefix(rec(l), { ikev2: true }), undefined, l);
});

void test('hostPort: IPv4, IPv6 and names with a port; masked addresses', () => {
  assert.deepEqual(hostPort('10.6.6.1:500'), { address: '10.6.6.1', port: 500 });
  assert.deepEqual(hostPort('FC00:123:123:123::1:500'), { address: 'FC00:123:123:123::1', port: 500 });
  assert.deepEqual(hostPort('host2.test.com:7777'), { address: 'host2.test.com', port: 7777 });
  assert.deepEqual(hostPort('124.x.x.x'), { address: '124.x.x.x' });
});

void test(
  'seed 001: the SESSION_STATUS notifications are read, the show blocks are left alone',
  { skip: !seedPath('001_') && 'seeds not found' },
  () => {
    const path = seedPath('001_')!;
    const text = readFileSync(path, 'utf8');
    const { events, claimed } = read(text);
    const lines = text.split('\n');
    for (const n of claimed)
      assert.match(lines[n - 1] ?? '', /%CRYPTO-5-SESSION_STATUS/, `line ${n} claimed`);
    assert.equal(claimed.length, 3);
    const expected = JSON.parse(
      readFileSync(
        new URL('../../../src/dialects/cisco-ios/cases/seeds.expected.json', import.meta.url),
        'utf8',
      ),
    ) as Record<string, { tunnels: { name: string; remoteId: string; description: string }[] }>;
    const seed = expected['001_d86815ca212a5a56.txt']!;
    const ups = kinds(events, 'tunnel.up');
    const downs = kinds(events, 'tunnel.down');
    assert.equal(ups.length, 2);
    assert.equal(downs.length, 1);
    assert.deepEqual(ups[0]?.remote, { address: '10.6.6.1', port: 500, id: seed.tunnels[0]!.remoteId });
    assert.equal(ups[0]?.details?.description, seed.tunnels[0]!.description);
    assert.equal(ups[0]?.details?.fvrf, 'name10');
    assert.equal(ups[0]?.details?.ivrf, 'name20');
    assert.equal(downs[0]?.remote?.address, '10.6.6.1');
    assert.ok(downs[0].line > ups[0].line);
    assert.deepEqual(ups[1]?.remote, { address: '10.2.2.9', port: 500, id: seed.tunnels[1]!.remoteId });
    assert.equal(ups[1]?.details?.description, seed.tunnels[1]!.description);
  },
);

void test('phase 1 mismatch: the policy that refused names the parameter, reported once no policy matched', () => {
  const { events } =
    read(`Jun 12 10:40:11.201: ISAKMP (0): received packet from 10.1.1.2 dport 500 sport 500 Global (N) NEW SA
Jun 12 10:40:11.203: ISAKMP:(0): processing SA payload. message ID = 0
Jun 12 10:40:11.204: ISAKMP:(0):Checking ISAKMP transform 1 against priority 10 policy
Jun 12 10:40:11.204: ISAKMP:      encryption AES-CBC
Jun 12 10:40:11.204: ISAKMP:      hash SHA256
Jun 12 10:40:11.204: ISAKMP:      default group 14
Jun 12 10:40:11.205: ISAKMP:(0):Hash algorithm offered does not match policy!
Jun 12 10:40:11.205: ISAKMP:(0):atts are not acceptable. Next payload is 0
Jun 12 10:40:11.205: ISAKMP:(0):Checking ISAKMP transform 1 against priority 65507 policy
Jun 12 10:40:11.205: ISAKMP:(0):Encryption algorithm offered does not match policy!
Jun 12 10:40:11.206: ISAKMP:(0):no offers accepted!
Jun 12 10:40:11.206: ISAKMP:(0): phase 1 SA policy not acceptable! (local 10.1.1.1 remote 10.1.1.2)`);
  assert.equal(kinds(events, 'proposal.mismatch').length, 1);
  const m = kinds(events, 'proposal.mismatch')[0]!;
  assert.equal(m.param, 'integrity');
  assert.equal(m.remoteValue, 'SHA256');
  assert.equal(m.details?.policy, 10);
  assert.equal(m.remote?.address, '10.1.1.2');
  assert.ok(
    events.every((e) => e.remote?.address === '10.1.1.2'),
    'every (0) line belongs to the peer',
  );
  // A policy that refuses while a later one accepts is not a failure.
  const ok = read(`ISAKMP (0:0): received packet from 77.77.77.77 dport 500 sport 500 Global (I) MM_NO_STATE
ISAKMP:(0):Checking ISAKMP transform 2 against priority 3 policy
ISAKMP:      encryption 3DES-CBC
ISAKMP:(0):Encryption algorithm offered does not match policy!
ISAKMP:(0):atts are not acceptable. Next payload is 0
ISAKMP:(0):Checking ISAKMP transform 2 against priority 5 policy
ISAKMP:(0):atts are acceptable. Next payload is 0`);
  assert.equal(kinds(ok.events, 'proposal.mismatch').length, 0);
  assert.equal(kinds(ok.events, 'proposal.selected').length, 1);
});

void test('main mode: conn-id lines inherit the peer; IKMP_BAD_MESSAGE after message 4 points at the key', () => {
  const { events } =
    read(`Jun 12 10:20:30.101: ISAKMP (0): received packet from 198.51.100.7 dport 500 sport 500 Global (N) NEW SA
Jun 12 10:20:30.231: ISAKMP:(1002): sending packet to 198.51.100.7 my_port 500 peer_port 500 (R) MM_KEY_EXCH
Jun 12 10:20:30.231: ISAKMP:(1002):Old State = IKE_R_MM3  New State = IKE_R_MM4 
Jun 12 10:20:30.337: ISAKMP (1002): received packet from 198.51.100.7 dport 500 sport 500 Global (R) MM_KEY_EXCH
Jun 12 10:20:30.338: %CRYPTO-4-IKMP_BAD_MESSAGE: IKE message from 198.51.100.7 failed its sanity check or is malformed
Jun 12 10:20:35.339: ISAKMP:(1002): phase 1 packet is a duplicate of a previous packet.`);
  const bad = kinds(events, 'msg.invalid')[0]!;
  assert.equal(bad.exchange, 'MAIN_MODE');
  assert.equal(bad.msgNo, 5);
  assert.equal(bad.details?.cause, 'psk');
  const dup = events.find((e) => e.pattern === 'isakmp-duplicate')!;
  assert.equal(dup.remote?.address, '198.51.100.7');
  assert.equal(dup.details?.connId, 1002);
});

void test('retransmissions and the timeout of an unanswered initiator', () => {
  const { events } = read(`Jun 12 10:02:04.501: ISAKMP: Created a peer struct for 198.51.100.7, peer port 500
Jun 12 10:02:04.502: ISAKMP:(0): beginning Main Mode exchange
Jun 12 10:02:04.502: ISAKMP:(0): sending packet to 198.51.100.7 my_port 500 peer_port 500 (I) MM_NO_STATE
Jun 12 10:02:14.512: ISAKMP:(0): retransmitting phase 1 MM_NO_STATE...
Jun 12 10:02:14.512: ISAKMP (0:0): incrementing error counter on sa, attempt 1 of 5: retransmit phase 1
Jun 12 10:02:54.512: ISAKMP:(0):deleting SA reason "Death by retransmission P1" state (I) MM_NO_STATE (peer 198.51.100.7)`);
  assert.equal(kinds(events, 'ike.initiate')[0]?.remote?.address, '198.51.100.7');
  assert.equal(kinds(events, 'msg.retransmit').length, 2);
  const t = kinds(events, 'ike.timeout')[0]!;
  assert.equal(t.state, 'MM_NO_STATE');
  assert.equal(t.details?.afterFirstMessage, undefined);
  const late = read(
    'ISAKMP:(1001):deleting SA reason "Death by retransmission P1" state (I) MM_KEY_EXCH (peer 198.51.100.7)',
  ).events[0]!;
  assert.equal(late.kind, 'ike.timeout');
  assert.equal(late.details?.afterFirstMessage, true);
});

void test('quick mode refused for its proxies: the traffic selectors come from the IPsec debug lines', () => {
  const { events, claimed } =
    read(`*Oct 25 20:37:02.887: ISAKMP-PAK: (1003):received packet from 203.0.113.30 dport 4500 sport 4786 Global (R) QM_IDLE      
*Oct 25 20:37:02.887: IPSEC(validate_proposal_request): proposal part #1,
  (key eng. msg.) INBOUND local= 203.0.113.1:0, remote= 203.0.113.30:0,
    local_proxy= 192.168.0.0/255.255.255.0/256/0,
    remote_proxy= 192.168.3.0/255.255.255.0/256/0,
    protocol= ESP, transform= esp-aes 256 esp-sha-hmac  (Tunnel-UDP),
*Oct 25 20:37:02.887: IPSEC(ipsec_process_proposal): proxy identities not supported
*Oct 25 20:37:02.887: ISAKMP-ERROR: (1003):IPSec policy invalidated proposal with error 32
*Oct 25 20:37:02.888: ISAKMP: (1003):Sending NOTIFY PROPOSAL_NOT_CHOSEN protocol 3`);
  assert.equal(claimed.length, 9);
  const ts = kinds(events, 'ts.mismatch');
  assert.equal(ts.length, 2);
  assert.deepEqual(ts[0]?.ts, { local: '192.168.0.0/24', remote: '192.168.3.0/24' });
  assert.equal(ts[0]?.remote?.address, '203.0.113.30');
  assert.deepEqual(kinds(events, 'proposal.received')[0]?.proposals, ['esp-aes 256 esp-sha-hmac']);
  // The NO_PROPOSAL_CHOSEN that answers it is IKEv1's way of refusing, not a transform mismatch.
  assert.equal(kinds(events, 'notify.sent').length, 0);
  // Without a debug line before them, indented lines are not ours.
  assert.deepEqual(read('    local_proxy= 192.168.0.0/255.255.255.0/256/0,').claimed, []);
});

void test('syslog samples: events and fields', () => {
  const one = (l: string): Ev => read(l).events[0]!;
  let e = one(
    "Jun 12 10:15:02.551: %CRYPTO-4-RECVD_PKT_INV_SPI: decaps: rec'd IPSEC packet has invalid spi for destaddr=203.0.113.1, prot=50, spi=0x8B2C6A1E(2334943774), srcaddr=198.51.100.7, input interface=GigabitEthernet0/0",
  );
  assert.equal(e.kind, 'sa.unknown');
  assert.equal(e.remote?.address, '198.51.100.7');
  assert.equal(e.spiIn, '0x8B2C6A1E');
  e = one(
    '*Oct 25 19:16:01.153: %CRYPTO-4-IKMP_NO_SA: IKE message from 203.0.113.10 has no SA and is not an initialization offer.!!!!',
  );
  assert.equal(e.kind, 'sa.unknown');
  e = one(
    'Jun 12 10:02:44.118: %CRYPTO-6-IKMP_MODE_FAILURE: Processing of Quick mode failed with peer at 198.51.100.7',
  );
  assert.equal(e.kind, 'child.failed');
  e = one(
    'Jun 12 11:05:44.210: %CRYPTO-5-IKMP_INVAL_CERT: Certificate received from 198.51.100.7 is bad: certificate invalid',
  );
  assert.equal(e.kind, 'cert.invalid');
  e = one(
    '*Jun 12 09:41:07.331: %CRYPTO-5-IKEV2_SESSION_STATUS: Crypto tunnel v2 is DOWN.  Peer 192.0.2.20:500 Id: 192.0.2.20',
  );
  assert.equal(e.kind, 'tunnel.down');
  assert.equal(e.ikeVersion, 2);
  e = one(
    'Jun 12 10:02:44.120: %CRYPTO-5-IPSEC_SETUP_FAILURE: IPSEC SETUP FAILED for local:203.0.113.1 local_id:203.0.113.1 remote:198.51.100.7 remote_id:198.51.100.7 IKE profile:None fvrf:None fail_reason:IPSec Proposal failure fail_class_cnt:1',
  );
  assert.equal(e.kind, 'proposal.none');
  assert.equal(e.scope, 'child');
});

void test('IOS IKEv2 debug (when this dialect reads it): packets, exchanges, notifies in the payload list', () => {
  const log = `IKEv2:(SESSION ID = 31,SA ID = 1):Generating IKE_SA_INIT message
IKEv2:(SESSION ID = 31,SA ID = 1):IKE Proposal: 1, SPI size: 0 (initial negotiation), 
Num. transforms: 4
   AES-CBC   SHA512   SHA512   DH_GROUP_1536_MODP/Group 5 

IKEv2:(SESSION ID = 31,SA ID = 1):Sending Packet [To FC00:123:123:123::1:500/From FC00:123:123:123::2:500/VRF i0:f0] 
Initiator SPI : 1D418169B24BF95A - Responder SPI : 0000000000000000 Message id: 0
IKEv2 IKE_SA_INIT Exchange REQUEST 
Payload contents: 
 SA KE N VID VID VID VID NOTIFY(NAT_DETECTION_SOURCE_IP) NOTIFY(NAT_DETECTION_DESTINATION_IP) 

IKEv2:(SESSION ID = 31,SA ID = 1):Received Packet [From FC00:123:123:123::1:500/To FC00:123:123:123::2:500/VRF i0:f0] 
Initiator SPI : 1D418169B24BF95A - Responder SPI : A645046F734260C6 Message id: 1
IKEv2 IKE_AUTH Exchange RESPONSE 
Payload contents: 
 VID IDr AUTH NOTIFY(NO_PROPOSAL_CHOSEN) 
IKEv2:(SESSION ID = 31,SA ID = 1):Use preshared key for id FC00:123:123:123::1, key len 8
IKEv2:(SESSION ID = 31,SA ID = 1):Verification of peer's authentication data FAILED`;
  const { events } = read(log, withV2);
  const init = kinds(events, 'ike.initiate')[0]!;
  assert.equal(init.sa, 'v2:1');
  assert.deepEqual(kinds(events, 'proposal.configured')[0]?.proposals, ['AES-CBC/SHA512/SHA512/MODP_1536']);
  const sent = kinds(events, 'msg.sent')[0]!;
  assert.equal(sent.exchange, 'IKE_SA_INIT');
  assert.equal(sent.role, 'initiator');
  assert.equal(sent.remote?.address, 'FC00:123:123:123::1');
  assert.equal(sent.ikeSpiI, '1D418169B24BF95A');
  const got = kinds(events, 'msg.received')[0]!;
  assert.equal(got.exchange, 'IKE_AUTH');
  assert.equal(got.messageId, 1);
  const n = kinds(events, 'notify.received').find((x) => x.notify === 'NO_PROPOSAL_CHOSEN')!;
  assert.equal(n.exchange, 'IKE_AUTH');
  assert.equal(n.sa, 'v2:1');
  const fail = kinds(events, 'ike.auth.failed')[0]!;
  assert.equal(fail.details?.method, 'psk');
  assert.equal(fail.remote?.address, 'FC00:123:123:123::1');
  // Off by default: the cisco-ikev2 dialect owns these lines.
  assert.deepEqual(read(log).claimed, []);
  assert.equal(ikev2TransformList('AES-CBC   SHA96   DH_GROUP_256_ECP/Group 19'), 'AES-CBC/SHA96/ECP_256');
});

void test("other dialects' lines are not claimed", () => {
  const p = makeCiscoIos({ ikev2: true }).createParser();
  for (const l of [
    'Nov 24 10:00:00 moon charon: 09[IKE] <home|1> initiating IKE_SA home[1] to 192.0.2.2',
    '09[IKE] <home|1> establishing IKE_SA failed, peer not responding',
    '"conn" #1: STATE_MAIN_I1: initiate',
    'Jun 18 04:06:53.201937: "ez-cash/0x4" #11: STATE_MAIN_I4: ISAKMP SA established {auth=PRESHARED_KEY cipher=aes_256 integ=sha group=MODP1536}',
    'IKEv2-PROTO-1: (16): Failed to find a matching policy',
    'IKEv2-PLAT-4: RECV PKT [IKE_SA_INIT] [192.168.1.1]:25170->[10.0.0.1]:500 InitSPI=0x58aff71141ba436b',
    '(30): IKEv2 IKE_SA_INIT Exchange REQUEST',
    'Dec 04 2014 12:37:51: %ASA-5-713119: Group = 77.88.99.100, IP = 77.88.99.100, PHASE 1 COMPLETED',
    'IKE SA: local 10.1.1.4/500 remote 10.1.1.3/500 Active',
    'IPSEC FLOW: permit ip host 10.1.1.4 host 10.1.1.3',
    '   local  ident (addr/mask/prot/port): (192.168.0.0/255.255.255.0/0/0)',
  ])
    assert.deepEqual(p.parse(rec(l)), [], l);
});

void test('adversarial 64 KiB lines finish quickly', () => {
  const big = 65536;
  const lines = [
    ' '.repeat(big),
    'ISAKMP:' + ' '.repeat(big),
    'ISAKMP:(' + '1'.repeat(big),
    'ISAKMP: (0):' + ' '.repeat(big) + 'x',
    'ISAKMP:(0): processing ' + 'a '.repeat(big / 2),
    'ISAKMP:(0):deleting SA reason "' + 'x'.repeat(big),
    'ISAKMP (0): received packet from ' + '1.'.repeat(big / 2),
    'ISAKMP:(0): phase 1 SA policy not acceptable! (local ' + ' '.repeat(big),
    '%CRYPTO-5-SESSION_STATUS: Crypto session is UP. Peer 1.1.1.1:500' + ' Description: x'.repeat(big / 15),
    '%CRYPTO-5-SESSION_STATUS: Crypto session is UP. Peer ' + ':'.repeat(big),
    '%CRYPTO-5-IPSEC_SETUP_FAILURE: IPSEC SETUP FAILED for local:' + 'a '.repeat(big / 2),
    'IPSEC(' + '('.repeat(big),
    'IPSEC(x): ' + ' '.repeat(big),
    '    local_proxy= ' + '/'.repeat(big),
    '    protocol= ESP, transform= ' + ' '.repeat(big),
    'IKEv2:(' + '('.repeat(big),
    'IKEv2:(SESSION ID = 1,SA ID = 1):Received Packet [From ' + '/'.repeat(big),
    ' SA ' + 'NOTIFY(X) '.repeat(big / 10),
    '   AES-CBC ' + 'DH_GROUP_1536_MODP/Group 5 '.repeat(big / 27),
    '*'.repeat(200) + ' ISAKMP:(0): processing SA payload',
    'x '.repeat(big / 2) + 'ISAKMP:(0):',
  ];
  for (const l of lines) {
    for (const d of [ciscoIos, withV2]) {
      const p = d.createParser();
      const t0 = performance.now();
      p.parse(rec(l));
      const ms = performance.now() - t0;
      assert.ok(ms < 1000, `${ms.toFixed(0)} ms for ${l.slice(0, 60)}`);
    }
  }
});
