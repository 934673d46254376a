import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../analyze.js';
import { VERDICT_CODES } from '../../core/rule.js';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { allMatches, matchPattern } from '../../core/dialect.js';
import type { EventDraft, LogRecord } from '../../core/model.js';
import { EVENT_KINDS } from '../../core/model.js';
import { catalog, useAllLangs } from '../../i18n/index.js';
import { strongswan, strongswanSpec } from './index.js';
import { notifyFromLong, notifyFromShort } from './notify-names.js';
import { compareProposals, parseProposalList } from './proposals.js';
import { charonPrefix, findThreadToken } from './prefix.js';

// Catalogs other than English load on demand: these tests read all four.
await useAllLangs();

const here = dirname(fileURLToPath(import.meta.url));
// Tests run from dist/; the golden logs stay beside the sources.
const casesDir = join(here, '..', '..', '..', 'src', 'dialects', 'strongswan', 'cases');

function rec(text: string, extra: Partial<LogRecord> = {}): LogRecord {
  return { path: 'test', line: 1, text, message: text, ...extra };
}

function events(text: string, extra: Partial<LogRecord> = {}): EventDraft[] {
  return strongswan
    .createParser()
    .parse(rec(text, extra))
    .flatMap((r) => r.events);
}

const find = (evs: EventDraft[], kind: string) => evs.find((e) => e.kind === kind);

void test('every pattern has samples, each sample matches exactly its own pattern', () => {
  const ids = new Set<string>();
  for (const p of strongswanSpec.patterns) {
    assert.ok(!ids.has(p.id), `duplicate pattern id ${p.id}`);
    ids.add(p.id);
    assert.ok(p.samples.length > 0, `${p.id} has no sample`);
    for (const s of p.samples) {
      const r = rec(s);
      assert.ok(strongswan.accepts(r), `${p.id}: not accepted: ${s}`);
      assert.deepEqual(allMatches(strongswanSpec, r), [p.id], `sample of ${p.id}: ${s}`);
    }
  }
});

void test('every event kind is in the model, every explanation exists in en and ja with its placeholders', () => {
  const kinds = new Set<string>(EVENT_KINDS);
  for (const lang of ['en', 'ja'] as const) {
    const cat = catalog(lang);
    for (const p of strongswanSpec.patterns) {
      const key = `explain.strongswan.${p.id}`;
      const tpl = cat[key];
      assert.ok(tpl, `${lang} lacks ${key}`);
      for (const s of p.samples) {
        const r = rec(s);
        const pre = strongswanSpec.prefix(r);
        assert.ok(pre);
        const res = matchPattern(strongswanSpec, p, r, pre);
        assert.ok(res);
        for (const e of res.events) assert.ok(kinds.has(e.kind), `${p.id}: unknown kind ${e.kind}`);
        for (const m of tpl.matchAll(/\{(\w+)\}/g)) {
          assert.ok(m[1]! in res.vars, `${lang} ${key} uses {${m[1]!}} that "${s}" does not provide`);
        }
      }
    }
  }
});

void test('prefix forms: file log, syslog, journald, swanctl, logcat, ike_name variants', () => {
  const cases: [string, Partial<LogRecord>, { thread?: number; conn?: string; sa?: string; rest: string }][] =
    [
      [
        'Nov 24 15:17:03 09[IKE] <conn|1> sending DPD request',
        {},
        { thread: 9, conn: 'conn', sa: '1', rest: 'sending DPD request' },
      ],
      ['09[IKE] sending DPD request', {}, { thread: 9, rest: 'sending DPD request' }],
      [
        'Nov 24 15:17:03 host charon: 09[IKE] sending DPD request',
        {},
        { thread: 9, rest: 'sending DPD request' },
      ],
      [
        'Nov 24 15:17:03 host charon[123]: 09[IKE] <7> sending DPD request',
        {},
        { thread: 9, sa: '7', rest: 'sending DPD request' },
      ],
      ['Nov 24 15:17:03 host charon-systemd[812]: sending DPD request', {}, { rest: 'sending DPD request' }],
      ['sending DPD request', { program: 'charon-systemd' }, { rest: 'sending DPD request' }],
      ['[IKE] sending DPD request', {}, { rest: 'sending DPD request' }],
      ['I/charon: 13[IKE] sending DPD request', {}, { thread: 13, rest: 'sending DPD request' }],
      [
        'May 13 11:50:03 intra charon: 12[IKE1] <C1|3> sending DPD request',
        {},
        { thread: 12, conn: 'C1', sa: '3', rest: 'sending DPD request' },
      ],
      [
        '2024-09-30T20:44:55.740050+00:00 gw charon: 74[IKE] <gw-10_66_24_197> sending DPD request',
        {},
        { thread: 74, conn: 'gw-10_66_24_197', rest: 'sending DPD request' },
      ],
      [
        'Sun, 2017-04-16 19:11 27[CFG] <larval-drop-test|12>   no acceptable DIFFIE_HELLMAN_GROUP found',
        {},
        { thread: 27, conn: 'larval-drop-test', sa: '12', rest: 'no acceptable DIFFIE_HELLMAN_GROUP found' },
      ],
      [
        'Nov 19 09:36:22 \tcharon: 07[IKE] <con1|2> sending DPD request',
        {},
        { thread: 7, conn: 'con1', sa: '2', rest: 'sending DPD request' },
      ],
      ['112[IKE] sending DPD request', {}, { thread: 112, rest: 'sending DPD request' }],
    ];
  for (const [line, extra, want] of cases) {
    const pre = charonPrefix(rec(line, extra));
    assert.ok(pre, line);
    assert.equal(pre.rest, want.rest, line);
    assert.equal(pre.base.details?.thread, want.thread, line);
    assert.equal(pre.base.conn, want.conn, line);
    assert.equal(pre.base.sa, want.sa, line);
  }
});

void test('lines of other daemons are not claimed', () => {
  const foreign = [
    '"conn" #1: initiating Main Mode',
    'Nov  5 10:54:40 intra pluto[2332]: "C2"[1] 192.168.1.200 #1: responding to Main Mode from unknown peer 192.168.1.200',
    'Jan  8 17:05:11 R2-1500 pluto[26867]: "Link1" #1: ignoring informational payload NO_PROPOSAL_CHOSEN, msgid=00000000, length=16',
    '"westnet-eastnet-ikev2" #1: initiator established IKE SA; authenticated peer using authby=secret and ID_FQDN \'@east\'',
    'Mar 20 10:03:49 host pluto[123920]: "private-or-clear#192.182.196.0/22"[3] ...192.182.196.51 #3: IKE_SA_INIT_I: retransmission; will wait 2 seconds for response',
    '%ASA-5-713041: IP = 10.0.0.1, IKE Initiator: New Phase 1, Intf outside, IKE Peer 10.0.0.1',
    'Nov 24 15:17:03 gw ikemgr: [PROTO_NOTIFY]: ====> PHASE-1 NEGOTIATION FAILED AS INITIATOR, MAIN MODE <====',
    'sending DPD request',
  ];
  for (const line of foreign) {
    const r = rec(line);
    if (strongswan.accepts(r)) assert.deepEqual(strongswan.createParser().parse(r), [], line);
    assert.equal(findThreadToken(line), undefined, line);
  }
  // A pluto record stays pluto's even when its text happens to contain a charon-like phrase.
  assert.deepEqual(strongswan.createParser().parse(rec('sending DPD request', { program: 'pluto' })), []);
});

void test('IKEv2 exchange lines: exchange, message ID, request/response, payloads, notifies', () => {
  const evs = events(
    'Nov 24 15:17:03 09[ENC] <conn|1> generating IKE_SA_INIT request 0 [ SA KE No N(NATD_S_IP) N(NATD_D_IP) N(FRAG_SUP) N(HASH_ALG) N(REDIR_SUP) ]',
  );
  const sent = find(evs, 'msg.sent');
  assert.ok(sent);
  assert.equal(sent.exchange, 'IKE_SA_INIT');
  assert.equal(sent.messageId, 0);
  assert.equal(sent.ikeVersion, 2);
  assert.equal(sent.role, 'initiator');
  assert.equal(sent.details?.request, true);
  assert.deepEqual(sent.payloads, [
    'SA',
    'KE',
    'No',
    'N(NATD_S_IP)',
    'N(NATD_D_IP)',
    'N(FRAG_SUP)',
    'N(HASH_ALG)',
    'N(REDIR_SUP)',
  ]);
  assert.deepEqual(
    evs.filter((e) => e.kind === 'notify.sent').map((e) => e.notify),
    [
      'NAT_DETECTION_SOURCE_IP',
      'NAT_DETECTION_DESTINATION_IP',
      'IKEV2_FRAGMENTATION_SUPPORTED',
      'SIGNATURE_HASH_ALGORITHMS',
      'REDIRECT_SUPPORTED',
    ],
  );
  assert.equal(sent.conn, 'conn');
  assert.equal(sent.sa, '1');

  const noProp = events(
    'Nov 24 15:17:03 vpn charon-systemd[812]: parsed IKE_SA_INIT response 0 [ N(NO_PROP) ]',
  );
  assert.equal(find(noProp, 'msg.received')?.role, 'initiator');
  assert.equal(find(noProp, 'notify.received')?.notify, 'NO_PROPOSAL_CHOSEN');

  const cp = events(
    'feb 22 08:11:42 SLOWPC charon-systemd[297897]: generating IKE_AUTH request 1 [ IDi CERT N(INIT_CONTACT) CERTREQ IDr AUTH CPRQ(ADDR DNS) SA TSi TSr N(EAP_ONLY) N(MSG_ID_SYN_SUP) ]',
  );
  assert.ok(find(cp, 'msg.sent')?.payloads?.includes('CPRQ(ADDR DNS)'));
  assert.equal(find(cp, 'notify.sent')?.notify, 'INITIAL_CONTACT');

  const dpd = events('Nov 24 15:20:10 13[ENC] <site|3> generating INFORMATIONAL request 5 [ ]');
  assert.deepEqual(find(dpd, 'msg.sent')?.payloads, []);
  assert.equal(find(dpd, 'msg.sent')?.details?.liveness, true);

  const stale = events(
    'Nov 24 15:21:44 11[ENC] <site|3> parsed INFORMATIONAL request 7 [ N(INVAL_IKE_SPI) ]',
  );
  assert.equal(find(stale, 'sa.unknown')?.notify, 'INVALID_IKE_SPI');

  const authFailedInfo = events(
    'Nov 24 15:20:11 14[ENC] <sun-moon|1> parsed INFORMATIONAL request 2 [ N(AUTH_FAILED) ]',
  );
  assert.equal(find(authFailedInfo, 'ike.auth.failed')?.byPeer, true);

  const frag = events(
    'Sun, 2017-04-16 19:13 16[ENC] <larval-drop-test|13> parsed CREATE_CHILD_SA request 2 [ EF(1/2) ]',
  );
  assert.equal(find(frag, 'frag.enabled')?.details?.of, 2);
});

void test('IKEv1 exchange names map to RFC names, message numbers and version', () => {
  const mm1 = find(
    events(
      'Oct 13 09:22:45 localhost charon: 15[ENC] parsed ID_PROT request 0 [ SA V V V V V V V V V V V V ]',
    ),
    'msg.received',
  );
  assert.equal(mm1?.exchange, 'MAIN_MODE');
  assert.equal(mm1?.ikeVersion, 1);
  assert.equal(mm1?.msgNo, 1);
  assert.equal(mm1?.role, 'responder');
  const mm5 = find(
    events(
      'Nov 24 16:05:44 gw charon[1456]: 13[ENC] <branch|2> generating ID_PROT request 0 [ ID HASH N(INITIAL_CONTACT) ]',
    ),
    'msg.sent',
  );
  assert.equal(mm5?.msgNo, 5);
  const am = find(
    events('Nov 24 16:10:01 fw charon: 13[ENC] <5> parsed AGGRESSIVE request 0 [ SA KE No ID V V V V ]'),
    'msg.received',
  );
  assert.equal(am?.exchange, 'AGGRESSIVE_MODE');
  const qm = find(
    events('charon: 08[ENC] generating QUICK_MODE request 316948142 [ HASH SA No ID ID ]'),
    'msg.sent',
  );
  assert.equal(qm?.exchange, 'QUICK_MODE');
  assert.equal(qm?.messageId, 316948142);
  const info = events('charon: 10[ENC] parsed INFORMATIONAL_V1 request 4216246776 [ HASH N(AUTH_FAILED) ]');
  assert.equal(find(info, 'msg.received')?.exchange, 'INFORMATIONAL_V1');
  assert.equal(find(info, 'notify.received')?.notify, 'AUTHENTICATION_FAILED');
  const tr = find(
    events(
      'Nov 24 16:02:11 gw charon: 09[ENC] <l2tp|1> parsed TRANSACTION request 2316585930 [ HASH CPRQ(X_USER X_PWD) ]',
    ),
    'msg.received',
  );
  assert.equal(tr?.ikeVersion, 1);
  assert.equal(tr?.details?.charonExchange, 'TRANSACTION');
  const initV1 = find(
    events('charon: 15[IKE] initiating Aggressive Mode IKE_SA con2000[1] to 192.0.2.74'),
    'ike.initiate',
  );
  assert.equal(initV1?.mode, 'aggressive');
  assert.equal(initV1?.conn, 'con2000');
  assert.equal(initV1?.remote?.address, '192.0.2.74');
});

void test('notify names: strongSwan short and long spellings map to the IANA names', () => {
  assert.equal(notifyFromShort('NO_PROP'), 'NO_PROPOSAL_CHOSEN');
  assert.equal(notifyFromShort('AUTH_FAILED'), 'AUTHENTICATION_FAILED');
  assert.equal(notifyFromShort('TS_UNACCEPT'), 'TS_UNACCEPTABLE');
  assert.equal(notifyFromShort('INVAL_KE', 2), 'INVALID_KE_PAYLOAD');
  assert.equal(notifyFromShort('INVAL_KE', 1), 'INVALID_KEY_INFORMATION');
  assert.equal(notifyFromShort('INVAL_IKE_SPI', 2), 'INVALID_IKE_SPI');
  assert.equal(notifyFromShort('INVAL_IKE_SPI', 1), 'INVALID_COOKIE');
  assert.equal(notifyFromShort('INIT_CONTACT'), 'INITIAL_CONTACT');
  assert.equal(notifyFromShort('INITIAL_CONTACT', 1), 'INITIAL_CONTACT_V1');
  assert.equal(notifyFromShort('FRAG_SUP'), 'IKEV2_FRAGMENTATION_SUPPORTED');
  assert.equal(notifyFromShort('(16430)'), 'IKEV2_FRAGMENTATION_SUPPORTED');
  assert.equal(notifyFromShort('DPD', 1), 'R_U_THERE');
  assert.equal(notifyFromShort('NATD_S_IP'), 'NAT_DETECTION_SOURCE_IP');
  assert.equal(notifyFromShort('INVAL_ID', 1), 'INVALID_ID_INFORMATION');
  assert.equal(notifyFromShort('PLD_MAL', 1), 'PAYLOAD_MALFORMED');
  assert.equal(notifyFromLong('NO_PROPOSAL_CHOSEN', 1), 'NO_PROPOSAL_CHOSEN');
  assert.equal(notifyFromLong('FRAGMENTATION_SUPPORTED', 2), 'IKEV2_FRAGMENTATION_SUPPORTED');
  assert.equal(notifyFromLong('DPD_R_U_THERE', 1), 'R_U_THERE');
});

void test('proposal lines: lists, scope, no-acceptable parameter, comparison', () => {
  const rcv = find(
    events(
      'Dec 24 19:38:08 scw-3 charon: 10[CFG] configured proposals: IKE:AES_GCM_16_128/PRF_HMAC_SHA2_512/ECP_256, IKE:AES_CBC_128/HMAC_SHA2_512_256/PRF_HMAC_SHA2_512/ECP_256',
    ),
    'proposal.configured',
  );
  assert.equal(rcv?.scope, 'ike');
  assert.equal(rcv?.proposals?.length, 2);
  const params: [string, string][] = [
    ['ENCRYPTION_ALGORITHM', 'encryption'],
    ['INTEGRITY_ALGORITHM', 'integrity'],
    ['PSEUDO_RANDOM_FUNCTION', 'prf'],
    ['DIFFIE_HELLMAN_GROUP', 'dh_group'],
    ['KEY_EXCHANGE_METHOD', 'dh_group'],
    ['EXTENDED_SEQUENCE_NUMBERS', 'esn'],
  ];
  for (const [t, p] of params) {
    const e = find(
      events(`Oct  6 15:56:03 r-1968-VM charon: 02[CFG]   no acceptable ${t} found`),
      'proposal.none',
    );
    assert.equal(e?.param, p, t);
  }
  const cmp = (r: string, c: string) => compareProposals(parseProposalList(r), parseProposalList(c));
  assert.equal(
    cmp(
      'IKE:AES_CBC_128/HMAC_SHA1_96/PRF_HMAC_SHA1/MODP_1024',
      'IKE:AES_CBC_256/HMAC_SHA1_96/PRF_HMAC_SHA1/MODP_1024',
    )?.param,
    'key_length',
  );
  assert.equal(
    cmp(
      'IKE:CAMELLIA_CBC_256/HMAC_SHA1_96/PRF_HMAC_SHA1/MODP_1024',
      'IKE:AES_CBC_192/HMAC_SHA2_256_128/PRF_HMAC_SHA2_256/MODP_1536',
    )?.param,
    'encryption',
  );
  assert.equal(
    cmp('IKE:AES_CBC_256/MODP_1024', 'IKE:AES_CBC_256/HMAC_SHA1_96/PRF_HMAC_SHA1/MODP_1024')?.param,
    'integrity',
  );
  const dh = cmp(
    'IKE:AES_CBC_256/HMAC_SHA1_96/PRF_HMAC_SHA1/MODP_8192',
    'IKE:AES_CBC_256/HMAC_SHA1_96/PRF_HMAC_SHA1/MODP_1024',
  );
  assert.deepEqual([dh?.param, dh?.localValue, dh?.remoteValue], ['dh_group', 'MODP_1024', 'MODP_8192']);
  const pfs = cmp(
    'ESP:AES_CBC_256/HMAC_SHA1_96/MODP_2048/NO_EXT_SEQ',
    'ESP:AES_CBC_256/HMAC_SHA1_96/NO_EXT_SEQ',
  );
  assert.deepEqual([pfs?.param, pfs?.scope, pfs?.localValue], ['dh_group', 'child', 'none']);
  assert.equal(
    cmp(
      'ESP:AES_GCM_16_256/NO_EXT_SEQ',
      'ESP:AES_CBC_128/HMAC_SHA1_96/NO_EXT_SEQ, ESP:AES_GCM_16_256/NO_EXT_SEQ',
    ),
    undefined,
  );
  assert.equal(
    cmp('ESP:AES_CBC_256/HMAC_SHA1_96/NO_EXT_SEQ', 'ESP:AES_CBC_256/HMAC_SHA1_96/EXT_SEQ')?.param,
    'esn',
  );

  const weak = events(
    'May 13 11:50:01 intra charon: 12[CFG1] <C1|3> selected proposal: IKE:3DES_CBC/HMAC_SHA1_96/PRF_HMAC_SHA1/MODP_1024',
  );
  assert.ok(weak.some((e) => e.kind === 'weak.crypto' && e.details?.algorithm === '3DES_CBC'));
  assert.ok(weak.some((e) => e.kind === 'weak.crypto' && e.details?.algorithm === 'MODP_1024'));
});

void test('received vs configured proposals on one thread yield the mismatching parameter', () => {
  const p = strongswan.createParser();
  const lines = [
    'charon: 14[CFG] received proposals: IKE:AES_CBC_128/HMAC_SHA1_96/PRF_HMAC_SHA1/MODP_1024',
    'charon: 09[NET] received packet: from 192.0.2.9[500] to 192.0.2.1[500] (300 bytes)',
    'charon: 14[CFG] configured proposals: IKE:AES_CBC_256/HMAC_SHA1_96/PRF_HMAC_SHA1/MODP_1024',
    'charon: 14[IKE] no proposal found',
  ];
  const out = lines.flatMap((l) => p.parse(rec(l)).flatMap((r) => r.events));
  const mm = find(out, 'proposal.mismatch');
  assert.deepEqual(
    [mm?.param, mm?.localValue, mm?.remoteValue, mm?.scope],
    ['key_length', 'AES_CBC_256', 'AES_CBC_128', 'ike'],
  );
  const none = out.filter((e) => e.kind === 'proposal.none').at(-1);
  assert.deepEqual([none?.param, none?.ikeVersion, none?.scope], ['key_length', 1, 'ike']);
});

void test('event fields of key lines', () => {
  const est = find(
    events(
      'Nov 24 15:17:04 09[IKE] <moon|1> IKE_SA moon[1] established between 10.0.0.1[moon.strongswan.org]...10.0.0.2[C=CH, O=strongSwan, CN=sun.strongswan.org]',
    ),
    'ike.established',
  );
  assert.deepEqual(est?.local, { address: '10.0.0.1', id: 'moon.strongswan.org' });
  assert.deepEqual(est?.remote, { address: '10.0.0.2', id: 'C=CH, O=strongSwan, CN=sun.strongswan.org' });
  const child = find(
    events(
      'charon: 09[IKE] CHILD_SA con2000{2} established with SPIs cf4973bf_i c1cbfdf2_o and TS 192.168.48.0/24|/0 === 10.42.42.0/24|/0',
    ),
    'child.established',
  );
  assert.deepEqual(
    [child?.spiIn, child?.spiOut, child?.ts?.local, child?.ts?.remote],
    ['cf4973bf', 'c1cbfdf2', '192.168.48.0/24|/0', '10.42.42.0/24|/0'],
  );
  assert.equal(child?.details?.child, 'con2000');
  const pkt = find(
    events(
      'Dec 24 19:38:08 scw-3 charon: 10[NET] sending packet: from 10.4.90.87[500] to 174.109.XXX.XX[4500] (273 bytes)',
    ),
    'info',
  );
  assert.deepEqual(
    [pkt?.local?.address, pkt?.remote?.address, pkt?.remote?.port],
    ['10.4.90.87', '174.109.XXX.XX', 4500],
  );
  const masked = find(
    events(
      'Nov 24 15:17:03 12[IKE] no IKE config found for 124.x.x.x...10.0.0.1, sending NO_PROPOSAL_CHOSEN',
    ),
    'peer.not-configured',
  );
  assert.equal(masked?.local?.address, '124.x.x.x');
  const psk = events(
    "Nov 24 15:17:04 12[IKE] <sun|3> tried 1 shared key for 'sun' - 'moon', but MAC mismatched",
  );
  assert.equal(find(psk, 'psk.mismatch')?.remote?.id, 'moon');
  assert.ok(find(psk, 'ike.auth.failed'));
  const v1psk = events('charon: 09[ENC] invalid HASH_V1 payload length, decryption failed?');
  assert.equal(find(v1psk, 'psk.mismatch')?.ikeVersion, 1);
  assert.equal(
    find(events('charon: 09[ENC] invalid ENCRYPTED payload length, decryption failed?'), 'psk.mismatch'),
    undefined,
  );
  const ke = find(
    events("Nov 24 15:17:03 09[IKE] <gw|1> peer didn't accept DH group ECP_256, it requested MODP_2048"),
    'notify.received',
  );
  assert.deepEqual(
    [ke?.notify, ke?.param, ke?.localValue, ke?.remoteValue],
    ['INVALID_KE_PAYLOAD', 'dh_group', 'ECP_256', 'MODP_2048'],
  );
  const ts = events('Nov 24 15:17:04 09[IKE] <gw|1> received TS_UNACCEPTABLE notify, no CHILD_SA built');
  assert.ok(find(ts, 'ts.mismatch') && find(ts, 'child.failed'));
  const tsr = find(
    events('Nov 24 15:17:04 12[IKE] <sun|3> traffic selectors 10.2.0.0/16 === 10.9.0.0/16 unacceptable'),
    'ts.mismatch',
  );
  assert.deepEqual(tsr?.ts, { local: '10.2.0.0/16', remote: '10.9.0.0/16' });
  assert.equal(
    find(
      events(
        'Nov 24 15:17:04 09[IKE] <moon|1> unable to install inbound and outbound IPsec SA (SAD) in kernel',
      ),
      'sa.install.failed',
    )?.details?.direction,
    'inbound and outbound',
  );
  assert.equal(
    find(
      events('Nov 24 15:40:00 08[IKE] <sun|2> received DELETE for ESP CHILD_SA with SPI c4e8a9c7'),
      'child.deleted',
    )?.byPeer,
    true,
  );
  assert.equal(
    find(events('Nov 24 15:40:00 08[IKE] <sun|2> received DELETE for IKE_SA sun[2]'), 'ike.deleted')?.byPeer,
    true,
  );
  assert.equal(
    find(events('Dec 24 19:38:08 scw-3 charon: 10[IKE] remote host is behind NAT'), 'nat.detected')?.details
      ?.where,
    'remote',
  );
  assert.equal(
    find(events('I/charon: 05[IKE] retransmit 1 of request with message ID 0'), 'msg.retransmit')?.count,
    1,
  );
  assert.equal(find(events('I/charon: 13[IKE] giving up after 3 retransmits'), 'ike.timeout')?.count, 3);
  assert.equal(
    find(events('May 13 11:50:01 intra charon: 12[IKE1] received DPD vendor ID'), 'dpd.enabled')?.ikeVersion,
    1,
  );
  assert.ok(
    find(
      events(
        "Nov 24 15:17:04 09[CFG] <gw|1> constraint check failed: peer not authenticated by CA 'C=CH, CN=Root'",
      ),
      'cert.invalid',
    ),
  );
  assert.ok(
    find(
      events('Nov 24 15:17:05 12[IKE] <rw|3> EAP method EAP_MSCHAPV2 failed for peer alice'),
      'eap.failed',
    ),
  );
  assert.equal(
    find(events('charon: 13[IKE] Aggressive Mode PSK disabled for security reasons'), 'mode.mismatch')?.mode,
    'aggressive',
  );
  assert.equal(
    find(events("charon: 10[IKE] IDir '192.0.2.10' does not match to '203.0.113.245'"), 'id.mismatch')
      ?.remoteValue,
    '192.0.2.10',
  );
});

void test('stateful reading: DPD dead peer, version and name by IKE SA id', () => {
  const p = strongswan.createParser();
  const lines = [
    'Nov 24 15:17:03 07[IKE] <moon-sun|1> IKE_SA moon-sun[1] established between 192.0.2.10[moon]...192.0.2.20[sun]',
    'Nov 24 15:47:33 05[ENC] <moon-sun|1> generating INFORMATIONAL request 2 [ ]',
    'Nov 24 15:47:37 11[IKE] <moon-sun|1> retransmit 1 of request with message ID 2',
    'Nov 24 15:50:19 09[IKE] <moon-sun|1> giving up after 5 retransmits',
  ];
  const out = lines.flatMap((l) => p.parse(rec(l)).flatMap((r) => r.events));
  const dead = find(out, 'dpd.dead');
  assert.equal(dead?.sa, '1');
  assert.equal(dead?.messageId, 2);
  assert.equal(find(out, 'ike.timeout')?.details?.established, true);
  assert.equal(find(out, 'ike.timeout')?.ikeVersion, 2);

  // An IKE_SA_INIT that is never answered is not a dead peer.
  const q = strongswan.createParser();
  const init = [
    '12[ENC] generating IKE_SA_INIT request 0 [ SA KE No ]',
    '05[IKE] retransmit 1 of request with message ID 0',
    '16[IKE] giving up after 5 retransmits',
  ];
  const out2 = init.flatMap((l) => q.parse(rec(l)).flatMap((r) => r.events));
  assert.equal(find(out2, 'dpd.dead'), undefined);
});

void test('logs without <conn|id>: the job of a thread and the only open IKE SA name the SA', () => {
  const p = strongswan.createParser();
  const run = (l: string) => p.parse(rec(l)).flatMap((r) => r.events);
  run('Nov 24 15:21:40 moon charon: 12[IKE] initiating IKE_SA moon-sun[1] to 192.0.2.20');
  run(
    'Nov 24 15:21:40 moon charon: 12[NET] sending packet: from 192.0.2.10[500] to 192.0.2.20[500] (336 bytes)',
  );
  run(
    'Nov 24 15:21:40 moon charon: 07[NET] received packet: from 192.0.2.20[500] to 192.0.2.10[500] (36 bytes)',
  );
  const err = find(
    run('Nov 24 15:21:40 moon charon: 07[IKE] received NO_PROPOSAL_CHOSEN notify error'),
    'proposal.none',
  );
  assert.deepEqual(
    [err?.sa, err?.conn, err?.scope, err?.details?.inferredSa],
    ['1', 'moon-sun', 'ike', true],
  );
  const late = find(run('Nov 24 15:22:10 moon charon: 15[IKE] giving up after 5 retransmits'), 'ike.timeout');
  assert.equal(late?.sa, '1');

  const q = strongswan.createParser();
  const first = q.parse(
    rec(
      'Nov 24 16:05:44 b charon: 09[NET] received packet: from 203.0.113.5[500] to 198.51.100.7[500] (108 bytes)',
    ),
  );
  assert.equal(first.length, 1);
  const psk = find(
    q
      .parse(rec('Nov 24 16:05:44 b charon: 09[ENC] invalid ID_V1 payload length, decryption failed?'))
      .flatMap((r) => r.events),
    'psk.mismatch',
  );
  assert.deepEqual([psk?.remote?.address, psk?.details?.inferredPeer], ['203.0.113.5', true]);
});

void test('derived facts: PFS mismatch, dropped IP fragments, child scope after phase 1', () => {
  const pfs = strongswan.createParser();
  const out = [
    'fw charon: 08[ENC] <con1|3> parsed QUICK_MODE request 909980434 [ HASH SA No KE ID ID ]',
    'fw charon: 08[CFG] <con1|3> received proposals: ESP:AES_CBC_256/HMAC_SHA1_96/MODP_2048/NO_EXT_SEQ',
    'fw charon: 08[CFG] <con1|3> configured proposals: ESP:AES_CBC_256/HMAC_SHA1_96/NO_EXT_SEQ',
    'fw charon: 08[IKE] <con1|3> no matching proposal found, sending NO_PROPOSAL_CHOSEN',
  ].flatMap((l) => pfs.parse(rec(l)).flatMap((r) => r.events));
  const pm = find(out, 'pfs.mismatch');
  assert.deepEqual([pm?.localValue, pm?.remoteValue], ['none', 'MODP_2048']);

  const frag = strongswan.createParser();
  const out2 = [
    'gw charon: 09[IKE] <hq|1> initiating IKE_SA hq[1] to 198.51.100.7',
    'gw charon: 10[NET] <hq|1> received packet: from 198.51.100.7[500] to 203.0.113.5[500] (440 bytes)',
    'gw charon: 10[ENC] <hq|1> generating IKE_AUTH request 1 [ IDi CERT CERT IDr AUTH SA TSi TSr ]',
    'gw charon: 10[NET] <hq|1> sending packet: from 203.0.113.5[500] to 198.51.100.7[500] (2412 bytes)',
    'gw charon: 12[IKE] <hq|1> retransmit 1 of request with message ID 1',
    'gw charon: 08[IKE] <hq|1> giving up after 5 retransmits',
  ].flatMap((l) => frag.parse(rec(l)).flatMap((r) => r.events));
  assert.equal(find(out2, 'frag.dropped')?.details?.bytes, 2412);

  const small = strongswan.createParser();
  const out3 = [
    'gw charon: 09[IKE] <hq|1> initiating IKE_SA hq[1] to 198.51.100.7',
    'gw charon: 10[NET] <hq|1> sending packet: from 203.0.113.5[500] to 198.51.100.7[500] (464 bytes)',
    'gw charon: 08[IKE] <hq|1> giving up after 5 retransmits',
  ].flatMap((l) => small.parse(rec(l)).flatMap((r) => r.events));
  assert.equal(find(out3, 'frag.dropped'), undefined);

  const child = strongswan.createParser();
  const out4 = [
    'sun charon: 07[IKE] <s|3> IKE_SA s[3] established between 192.0.2.20[sun]...192.0.2.10[moon]',
    'sun charon: 07[CFG] <s|3>   no acceptable ENCRYPTION_ALGORITHM found',
  ].flatMap((l) => child.parse(rec(l)).flatMap((r) => r.events));
  assert.equal(find(out4, 'proposal.none')?.scope, 'child');

  // Lab v1-pfs-resp-sw-ls over IPv6: worker thread 10 selected the main mode proposals, then, in
  // a later job, received the peer's quick mode NO_PROPOSAL_CHOSEN. That is the child SA's.
  const later = strongswan.createParser();
  const out5 = [
    '10[NET] <lab|1> received packet: from 2001:db8:2::2[500] to 2001:db8:1::1[500] (144 bytes)',
    '10[ENC] <lab|1> parsed ID_PROT response 0 [ SA V V V ]',
    '10[CFG] <lab|1> received proposals: IKE:AES_CBC_256/HMAC_SHA2_256_128/PRF_HMAC_SHA2_256/MODP_2048',
    '10[CFG] <lab|1> configured proposals: IKE:AES_CBC_256/HMAC_SHA2_256_128/PRF_HMAC_SHA2_256/MODP_2048',
    '10[CFG] <lab|1> selected proposal: IKE:AES_CBC_256/HMAC_SHA2_256_128/PRF_HMAC_SHA2_256/MODP_2048',
    '10[ENC] <lab|1> generating ID_PROT request 0 [ KE No NAT-D NAT-D ]',
    '10[NET] <lab|1> sending packet: from 2001:db8:1::1[500] to 2001:db8:2::2[500] (396 bytes)',
    '07[IKE] <lab|1> IKE_SA lab[1] established between 2001:db8:1::1[left.example]...2001:db8:2::2[right.example]',
    '07[ENC] <lab|1> generating QUICK_MODE request 334534015 [ HASH SA No ID ID ]',
    '10[NET] <lab|1> received packet: from 2001:db8:2::2[500] to 2001:db8:1::1[500] (76 bytes)',
    '10[ENC] <lab|1> parsed INFORMATIONAL_V1 request 1017282402 [ HASH N(NO_PROP) ]',
    '10[IKE] <lab|1> received NO_PROPOSAL_CHOSEN error notify',
  ].flatMap((l) => later.parse(rec(`Nov 25 05:08:54 ${l}`)).flatMap((r) => r.events));
  assert.equal(find(out5, 'proposal.none')?.scope, 'child');
});

void test('golden cases: every line is recognised and expected.json names every case', () => {
  const expected = JSON.parse(readFileSync(join(casesDir, 'expected.json'), 'utf8')) as Record<
    string,
    { tunnels: { name: string; code: string; param?: string }[] }
  >;
  const codes = new Set<string>(VERDICT_CODES);
  const files = readdirSync(casesDir)
    .filter((f) => f.endsWith('.log'))
    .sort();
  assert.deepEqual(Object.keys(expected).sort(), files);
  for (const f of files) {
    for (const t of expected[f]!.tunnels) assert.ok(codes.has(t.code), `${f}: ${t.code}`);
    const parser = strongswan.createParser();
    const lines = readFileSync(join(casesDir, f), 'utf8').split('\n').filter(Boolean);
    lines.forEach((text, i) => {
      const r = parser.parse({ path: f, line: i + 1, text, message: text });
      assert.equal(r.length, 1, `${f}:${i + 1} not recognised: ${text}`);
    });
  }
});

void test('golden cases carry the facts their verdicts need', () => {
  const kindsOf = (f: string): EventDraft[] => {
    const parser = strongswan.createParser();
    return readFileSync(join(casesDir, f), 'utf8')
      .split('\n')
      .filter(Boolean)
      .flatMap((text, i) =>
        parser.parse({ path: f, line: i + 1, text, message: text }).flatMap((r) => r.events),
      );
  };
  const has = (f: string, kind: string, pred: (e: EventDraft) => boolean = () => true) =>
    assert.ok(
      kindsOf(f).some((e) => e.kind === kind && pred(e)),
      `${f} lacks ${kind}`,
    );
  has('ikev2-success-initiator.log', 'child.established');
  has(
    'ikev2-proposal-mismatch-responder.log',
    'proposal.mismatch',
    (e) => e.param === 'integrity' && e.remoteValue === 'HMAC_SHA1_96',
  );
  has('ikev2-proposal-mismatch-initiator.log', 'proposal.none', (e) => e.notify === 'NO_PROPOSAL_CHOSEN');
  has('ikev2-psk-mismatch-responder.log', 'psk.mismatch', (e) => e.conn === 'sun-moon');
  has('ikev2-psk-mismatch-initiator.log', 'ike.auth.failed', (e) => e.byPeer === true);
  has('ikev1-psk-mismatch-initiator.log', 'psk.mismatch', (e) => e.conn === 'branch');
  has('ikev1-psk-mismatch-responder.log', 'psk.mismatch');
  has('ikev2-peer-unreachable.log', 'ike.timeout', (e) => e.count === 5);
  has('ikev2-ts-mismatch-initiator.log', 'ts.mismatch');
  has(
    'ikev2-child-proposal-mismatch-responder.log',
    'proposal.none',
    (e) => e.scope === 'child' && e.param === 'encryption',
  );
  has('ikev2-dpd-peer-dead.log', 'dpd.dead', (e) => e.sa === '1');
  has('ikev1-main-mode-success.log', 'child.established', (e) => e.ikeVersion === 1);
  has('ikev2-cert-untrusted.log', 'cert.invalid', (e) => e.details?.soft !== true);
  has('ikev2-eap-mschapv2-failed.log', 'eap.failed');
  has('ikev2-sa-install-failed.log', 'sa.install.failed');
  has('ikev2-nat-t-blocked.log', 'nat.detected', (e) => e.details?.where === 'local');
  has('ikev2-nat-t-blocked.log', 'msg.retransmit', (e) => e.messageId === 1);
  has(
    'ikev2-fragments-dropped.log',
    'info',
    (e) => e.details?.packet === true && Number(e.details.bytes) > 1500,
  );
  has('ikev2-deleted-by-peer.log', 'ike.deleted', (e) => e.byPeer === true);
  has('ikev2-id-mismatch-initiator.log', 'id.mismatch', (e) => e.localValue === 'sun.example.org');
  has(
    'ikev1-pfs-mismatch-responder.log',
    'proposal.mismatch',
    (e) => e.param === 'dh_group' && e.scope === 'child',
  );
  has('ikev1-aggressive-psk-refused.log', 'mode.mismatch', (e) => e.conn === 'con1');
  has(
    'ikev2-no-ike-config-responder.log',
    'peer.not-configured',
    (e) => e.remote?.address === '203.0.113.77',
  );
});

void test('adversarial 64 KiB lines finish quickly', () => {
  // Runs of the characters the regexes repeat: separators, brackets, quotes, address and list pieces.
  const fillers = [
    ' ',
    'a',
    '0',
    '.',
    '[',
    ']',
    '<',
    '|',
    ':',
    "'",
    '"',
    '/',
    '(',
    ', ',
    '[500]',
    '...',
    ' === ',
  ];
  const heads = new Set<string>(['', '09[IKE] ', 'Nov 24 15:17:03 host charon: 09[IKE] <c|1> ']);
  for (const p of strongswanSpec.patterns) {
    const pre = charonPrefix(rec(p.samples[0]!));
    if (pre) heads.add(`09[IKE] ${pre.rest.slice(0, 24)}`);
  }
  const parser = strongswan.createParser();
  let worst = 0;
  for (const head of heads) {
    for (const f of fillers) {
      const body = f.repeat(Math.ceil(65536 / f.length)).slice(0, 65536);
      for (const text of [head + body, `${head}'${body}' with x successful ]`]) {
        const t0 = performance.now();
        parser.parse(rec(text));
        worst = Math.max(worst, performance.now() - t0);
        assert.ok(performance.now() - t0 < 1000, `slow on ${JSON.stringify(head)} + ${JSON.stringify(f)}`);
      }
    }
  }
  // Every regex on its own, without the needle and prefix shortcuts.
  for (const p of strongswanSpec.patterns) {
    for (const f of fillers) {
      const text = f.repeat(Math.ceil(65536 / f.length)).slice(0, 65536);
      const t0 = performance.now();
      p.regex.exec(text);
      p.regex.exec(`${p.samples[0]!.slice(0, 40)}${text}`);
      assert.ok(performance.now() - t0 < 1000, `regex ${p.id} slow on ${JSON.stringify(f)}`);
    }
  }
  assert.ok(worst < 1000);
});

/** charon's log of one vici connection load (`cfg 2`), then IKEv1 requests from its peer. */
function viciLog(version: string, remoteAddrs: string): string[] {
  return [
    '07[CFG] vici client 2 requests: load-conn',
    '07[CFG]  conn lab:',
    '07[CFG]   child net:',
    '07[CFG]    mode = TUNNEL',
    // A child's settings are indented one more than the connection's: not taken for them.
    '07[CFG]    version = 1',
    `07[CFG]   version = ${version}`,
    '07[CFG]   local_addrs = 198.51.100.2',
    `07[CFG]   remote_addrs = ${remoteAddrs}`,
    '07[CFG]   proposals = IKE:AES_CBC_256/HMAC_SHA2_256_128/PRF_HMAC_SHA2_256/MODP_2048',
    '07[CFG]   local:',
    '07[CFG]    class = pre-shared key',
    '07[CFG] added vici connection: lab',
    '16[NET] <1> received packet: from 192.0.2.1[500] to 198.51.100.2[500] (204 bytes)',
    '16[ENC] <1> parsed ID_PROT request 0 [ SA V V V V V V ]',
    '16[CFG] <1> looking for an IKEv1 config for 198.51.100.2...192.0.2.1',
    '16[IKE] <1> no IKE config found for 198.51.100.2...192.0.2.1, sending NO_PROPOSAL_CHOSEN',
  ];
}

void test("vici's connection dump: an IKEv1 request refused where the peer's connection is IKEv2 only is a version mismatch", () => {
  const run = (lines: string[]): EventDraft[] => {
    const p = strongswan.createParser();
    return lines.flatMap((l) => p.parse(rec(l)).flatMap((r) => r.events));
  };
  const ev = run(viciLog('2', '192.0.2.1'));
  const loaded = ev.find((e) => e.kind === 'config.loaded')!;
  assert.equal(loaded.conn, 'lab');
  assert.equal(loaded.details?.configuredVersion, 2);
  assert.equal(loaded.details?.remoteAddrs, '192.0.2.1');
  assert.equal(
    loaded.details?.configuredProposals,
    'IKE:AES_CBC_256/HMAC_SHA2_256_128/PRF_HMAC_SHA2_256/MODP_2048',
  );
  const vm = ev.filter((e) => e.kind === 'version.mismatch');
  assert.equal(vm.length, 1);
  assert.equal(vm[0]!.sa, '1');
  assert.equal(vm[0]!.details?.expected, 'IKEv2');
  assert.equal(vm[0]!.details?.got, 'IKEv1');
  assert.equal(vm[0]!.details?.via, 'loaded connection lab: version = 2');
  // The refusal itself is still there.
  assert.ok(ev.some((e) => e.kind === 'peer.not-configured'));

  // Silent: a connection of both versions (0), or one of another peer, or no dump at all.
  for (const lines of [
    viciLog('0', '192.0.2.1'),
    viciLog('2', '203.0.113.9'),
    viciLog('2', '192.0.2.1').filter((l) => !l.startsWith('07[CFG]  ')),
  ])
    assert.deepEqual(
      run(lines).filter((e) => e.kind === 'version.mismatch'),
      [],
    );
  // A peer given as a subnet or %any may be the one: that still counts.
  assert.equal(run(viciLog('2', '192.0.2.0/24')).filter((e) => e.kind === 'version.mismatch').length, 1);
  assert.equal(run(viciLog('2', '%any')).filter((e) => e.kind === 'version.mismatch').length, 1);
});

void test("`ipsec up` output (charon's messages bare) is read, and its fixes name no unknown value", async () => {
  const out = [
    'initiating IKE_SA home[1] to 192.0.2.2',
    'generating IKE_SA_INIT request 0 [ SA KE No N(NATD_S_IP) N(NATD_D_IP) N(FRAG_SUP) N(HASH_ALG) N(REDIR_SUP) ]',
    'sending packet: from 192.0.2.1[500] to 192.0.2.2[500] (464 bytes)',
    'received packet: from 192.0.2.2[500] to 192.0.2.1[500] (36 bytes)',
    'parsed IKE_SA_INIT response 0 [ N(NO_PROP) ]',
    'received NO_PROPOSAL_CHOSEN notify error',
    "establishing connection 'home' failed",
  ].join('\n');
  const r = await analyzeText([{ path: 'ipsec-up.txt', data: out }]);
  assert.deepEqual(r.inputs[0]!.dialects, ['strongswan']);
  assert.ok(r.inputs[0]!.recognizedLines >= 6, `recognised ${r.inputs[0]!.recognizedLines}`);
  const tn = r.tunnels.find((x) => x.name === 'home');
  assert.equal(tn?.diagnoses[0]?.code, 'IKE_PROPOSAL_MISMATCH');
  assert.equal(tn?.remote.address, '192.0.2.2');
  for (const f of tn!.diagnoses[0]!.fix) assert.doesNotMatch(f.text, /\?/, f.text);
  // Bare lines that do not open a negotiation are not claimed on their own.
  const other = await analyzeText([
    { path: 'notes.txt', data: 'received packet loss report\nsending DPD request' },
  ]);
  assert.equal(other.inputs[0]!.recognizedLines, 0);
});

test("stock level, IKEv1 responder: each repeated attempt's derived proposal mismatch reaches the peer's tunnel (it carries the peer like the line it comes from)", async () => {
  // strongSwan 5.9.8 at its default level (no `<conn|N>`), lab recording stock-v1-ike-dh-ls-sw: the
  // peer's second Main Mode attempt (lines 22-35) came on another thread after the first left an SA.
  const data = [
    'Nov 25 08:19:28 07[NET] received packet: from 192.0.2.1[500] to 198.51.100.2[500] (204 bytes)',
    'Nov 25 08:19:28 07[ENC] parsed ID_PROT request 0 [ SA V V V V V V ]',
    'Nov 25 08:19:28 07[IKE] received FRAGMENTATION vendor ID',
    'Nov 25 08:19:28 07[IKE] received DPD vendor ID',
    'Nov 25 08:19:28 07[IKE] received NAT-T (RFC 3947) vendor ID',
    'Nov 25 08:19:28 07[IKE] received draft-ietf-ipsec-nat-t-ike-03 vendor ID',
    'Nov 25 08:19:28 07[IKE] received draft-ietf-ipsec-nat-t-ike-02\\n vendor ID',
    'Nov 25 08:19:28 07[IKE] received draft-ietf-ipsec-nat-t-ike-02 vendor ID',
    'Nov 25 08:19:28 07[IKE] 192.0.2.1 is initiating a Main Mode IKE_SA',
    'Nov 25 08:19:28 07[CFG] received proposals: IKE:AES_CBC_256/HMAC_SHA2_256_128/PRF_HMAC_SHA2_256/MODP_2048',
    'Nov 25 08:19:28 07[CFG] configured proposals: IKE:AES_CBC_256/HMAC_SHA2_256_128/PRF_HMAC_SHA2_256/MODP_3072',
    'Nov 25 08:19:28 07[IKE] no proposal found',
    'Nov 25 08:19:28 07[ENC] generating INFORMATIONAL_V1 request 3761846053 [ N(NO_PROP) ]',
    'Nov 25 08:19:28 07[NET] sending packet: from 198.51.100.2[500] to 192.0.2.1[500] (56 bytes)',
    'Nov 25 08:19:28 09[NET] received packet: from 192.0.2.1[500] to 198.51.100.2[500] (204 bytes)',
    'Nov 25 08:19:28 09[ENC] parsed ID_PROT request 0 [ SA V V V V V V ]',
    'Nov 25 08:19:28 09[IKE] received FRAGMENTATION vendor ID',
    'Nov 25 08:19:28 09[IKE] received DPD vendor ID',
    'Nov 25 08:19:28 09[IKE] received NAT-T (RFC 3947) vendor ID',
    'Nov 25 08:19:28 09[IKE] received draft-ietf-ipsec-nat-t-ike-03 vendor ID',
    'Nov 25 08:19:28 09[IKE] received draft-ietf-ipsec-nat-t-ike-02\\n vendor ID',
    'Nov 25 08:19:28 09[IKE] received draft-ietf-ipsec-nat-t-ike-02 vendor ID',
    'Nov 25 08:19:28 09[IKE] 192.0.2.1 is initiating a Main Mode IKE_SA',
    'Nov 25 08:19:28 09[CFG] received proposals: IKE:AES_CBC_256/HMAC_SHA2_256_128/PRF_HMAC_SHA2_256/MODP_2048',
    'Nov 25 08:19:28 09[CFG] configured proposals: IKE:AES_CBC_256/HMAC_SHA2_256_128/PRF_HMAC_SHA2_256/MODP_3072',
    'Nov 25 08:19:28 09[IKE] no proposal found',
    'Nov 25 08:19:28 09[ENC] generating INFORMATIONAL_V1 request 871729684 [ N(NO_PROP) ]',
    'Nov 25 08:19:28 09[NET] sending packet: from 198.51.100.2[500] to 192.0.2.1[500] (56 bytes)',
  ].join('\n');
  const r = await analyzeText([{ path: 'right.log', data }], { timeline: 'all' });
  const mismatches = r.tunnels.flatMap((t) =>
    t.timeline.filter((e) => e.event === 'proposal.mismatch').map((e) => e.line),
  );
  // line n of this excerpt is line n + 7 of the recording: 19 and 33 there
  assert.deepEqual(mismatches, [12, 26]);
  assert.equal(r.tunnels[0]?.diagnoses[0]?.code, 'IKE_PROPOSAL_MISMATCH');
});

test("stock level, a failing IKEv1 Aggressive Mode responder: the retransmit job's line without SA or peer is the one SA's", async () => {
  // strongSwan 5.9.8 at its default level, lab recording stock v1-aggr-psk-sw-sw (the right side,
  // from line 6): no line numbers the SA, so no SA is "open"; the retransmission runs on a thread
  // of its own.
  const data = [
    "Nov 25 09:41:20 05[CFG] loaded IKE shared key with id 'ike-lab' for: 'right.example', 'left.example'",
    'Nov 25 09:41:20 14[CFG] added vici connection: lab',
    'Nov 25 09:41:20 12[NET] received packet: from 192.0.2.1[500] to 198.51.100.2[500] (496 bytes)',
    'Nov 25 09:41:20 12[ENC] parsed AGGRESSIVE request 0 [ SA KE No ID V V V V V ]',
    'Nov 25 09:41:20 12[IKE] received XAuth vendor ID',
    'Nov 25 09:41:20 12[IKE] received DPD vendor ID',
    'Nov 25 09:41:20 12[IKE] received FRAGMENTATION vendor ID',
    'Nov 25 09:41:20 12[IKE] received NAT-T (RFC 3947) vendor ID',
    'Nov 25 09:41:20 12[IKE] received draft-ietf-ipsec-nat-t-ike-02\\n vendor ID',
    'Nov 25 09:41:20 12[IKE] 192.0.2.1 is initiating a Aggressive Mode IKE_SA',
    'Nov 25 09:41:20 12[CFG] selected proposal: IKE:AES_CBC_256/HMAC_SHA2_256_128/PRF_HMAC_SHA2_256/MODP_2048',
    'Nov 25 09:41:20 12[CFG] looking for pre-shared key peer configs matching 198.51.100.2...192.0.2.1[left.example]',
    'Nov 25 09:41:20 12[CFG] selected peer config "lab"',
    'Nov 25 09:41:20 12[ENC] generating AGGRESSIVE response 0 [ SA KE No ID V V V V NAT-D NAT-D HASH ]',
    'Nov 25 09:41:20 12[NET] sending packet: from 198.51.100.2[500] to 192.0.2.1[500] (585 bytes)',
    'Nov 25 09:41:20 09[NET] received packet: from 192.0.2.1[500] to 198.51.100.2[500] (108 bytes)',
    'Nov 25 09:41:20 09[IKE] queueing INFORMATIONAL_V1 request as tasks still active',
    'Nov 25 09:41:21 16[IKE] sending retransmit 1 of response message ID 0, seq 1',
    'Nov 25 09:41:21 16[NET] sending packet: from 198.51.100.2[500] to 192.0.2.1[500] (585 bytes)',
    'Nov 25 09:41:21 05[KNL] flags changed for fe80::48f1:19ff:fe58:df6d on wan0',
    'Nov 25 09:41:21 08[KNL] flags changed for fe80::4476:bff:fe81:a41b on lan0p',
    'Nov 25 09:41:21 14[KNL] flags changed for fe80::e444:4dff:fe13:2c3b on lan0',
  ].join('\n');
  const r = await analyzeText([{ path: 'right.log', data }], { timeline: 'all' });
  assert.equal(r.tunnels.length, 1);
  const t = r.tunnels[0]!;
  assert.ok(
    t.timeline.some(
      (e) =>
        e.event === 'msg.retransmit' && /retransmit 1 of response/.test(data.split('\n')[e.line - 1] ?? ''),
    ),
    'the response retransmission is in the tunnel',
  );
  assert.equal(t.diagnoses[0]?.code, 'PSK_MISMATCH');
});
