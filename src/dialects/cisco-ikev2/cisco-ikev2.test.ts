// The Cisco IKEv2 debug dialect: seed 000 (an ASA's Japanese-rendered debug, many messages per
// line) end to end, the piece splitter, the pattern contract, the golden cases, adversarial input,
// and other vendors' lines that must stay unclaimed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EventDraft, LogRecord } from '../../core/model.js';
import { seedPath } from '../../seeds/seeds.js';
import { ciscoIkev2, matchingPatterns } from './index.js';
import { splitPieces } from './split.js';
import { normalizeJa } from './ja.js';
import { findMismatch, parsePolicy } from './transforms.js';
import { analyzeText } from '../../analyze.js';

const CASES = join(dirname(fileURLToPath(import.meta.url)), '../../../src/dialects/cisco-ikev2/cases');

interface Read {
  events: (EventDraft & { line: number; pattern: string })[];
  claimed: number;
}

function readText(text: string, path = 'test'): Read {
  const p = ciscoIkev2.createParser();
  const events: Read['events'] = [];
  let claimed = 0;
  text.split(/\r?\n/).forEach((line, i) => {
    const rec: LogRecord = { path, line: i + 1, text: line, message: line };
    const rs = p.parse(rec);
    if (rs.length > 0) claimed++;
    for (const r of rs) for (const e of r.events) events.push({ ...e, line: i + 1, pattern: r.pattern });
  });
  return { events, claimed };
}

const kinds = (r: Read, kind: string): Read['events'] => r.events.filter((e) => e.kind === kind);

const seed000 = seedPath('000_');

void test(
  'seed 000: the AnyConnect IKEv2 session on the ASA comes out right',
  { skip: !seed000 && 'seeds not found' },
  () => {
    const r = readText(readFileSync(seed000!, 'utf8'), seed000);
    const expected = JSON.parse(readFileSync(join(CASES, 'seeds.expected.json'), 'utf8')) as Record<
      string,
      { facts: Record<string, unknown> }
    >;
    const f = expected['000_99fa10f54b6cca43.txt']!.facts as {
      sa: string;
      ikeSpiR: string;
      role: string;
      local: string[];
      remote: string[];
      remoteId: string;
      chosenIke: string;
      chosenIkeTransforms: string;
      spiIn: string;
      spiOut: string;
      weakChosen: string[];
      weakOffered: string[];
      configSections: string[];
    };

    // One IKE SA, keyed by the initiator SPI, this ASA the responder.
    const keys = new Set(r.events.map((e) => e.sa).filter((s) => s !== undefined));
    assert.deepEqual([...keys], [f.sa]);
    assert.ok(r.events.every((e) => e.sa === undefined || e.role === f.role));
    assert.ok(r.events.some((e) => e.ikeSpiR === f.ikeSpiR));
    assert.equal(kinds(r, 'ike.respond').length, 1);
    assert.ok(r.events.every((e) => e.details?.platform === 'asa'));

    // Endpoints: 500 then 4500 on the ASA, 25170 then 25171 on the client (NAT-T float).
    const ep = (e: { address?: string; port?: number } | undefined): string =>
      `${e?.address ?? '?'}:${e?.port ?? '?'}`;
    const received = kinds(r, 'msg.received');
    const init = received.find((e) => e.exchange === 'IKE_SA_INIT')!;
    assert.equal(ep(init.local), f.local[0]);
    assert.equal(ep(init.remote), f.remote[0]);
    assert.equal(init.messageId, 0);
    const auth = received.filter((e) => e.exchange === 'IKE_AUTH');
    assert.deepEqual(
      auth.map((e) => e.messageId),
      [1, 2, 3, 4, 5],
    );
    assert.ok(auth.every((e) => ep(e.local) === f.local[1] && ep(e.remote) === f.remote[1]));
    assert.ok(kinds(r, 'msg.sent').some((e) => e.exchange === 'IKE_AUTH' && e.messageId === 5));

    // The chosen IKE transforms and the weak ones.
    const selected = kinds(r, 'proposal.selected');
    assert.ok(selected.some((e) => e.scope === 'ike' && e.proposals?.[0] === f.chosenIke));
    assert.ok(selected.some((e) => e.details?.transforms === f.chosenIkeTransforms));
    const weak = kinds(r, 'weak.crypto');
    for (const a of f.weakChosen)
      assert.ok(
        weak.some((e) => e.details?.algorithm === a && e.details.usage === 'chosen'),
        a,
      );
    for (const a of f.weakOffered)
      assert.ok(
        weak.some((e) => e.details?.algorithm === a && e.details.usage === 'offered'),
        a,
      );
    assert.ok(weak.some((e) => e.details?.group === 1));
    assert.ok(
      kinds(r, 'proposal.received').some((e) => e.scope === 'child' && e.proposals?.[0]?.includes('3DES')),
    );

    // NAT, fragmentation, AnyConnect EAP with the ASA's RSA certificate, establishment, DPD.
    assert.ok(kinds(r, 'nat.detected').some((e) => e.details?.where === 'remote'));
    assert.ok(kinds(r, 'frag.enabled').some((e) => e.details?.used === true));
    assert.ok(kinds(r, 'vendor-id').some((e) => e.details?.vendorId === 'AnyConnect EAP'));
    const ok = kinds(r, 'ike.auth.ok');
    assert.equal(ok.length, 1);
    assert.equal(ok[0]!.details?.method, 'EAP');
    assert.equal(ok[0]!.details?.localMethod, 'RSA');
    assert.ok(
      r.events.some(
        (e) =>
          e.details?.localAuthMethod === 'RSA' &&
          e.details.configSection === 'crypto ikev2 remote-access trustpoint',
      ),
    );
    assert.equal(kinds(r, 'ike.established').length, 1);
    assert.ok(
      r.events.some(
        (e) => e.details?.connectionStatus === 'UP' && e.remote?.id === f.remoteId && e.remote.port === 25171,
      ),
    );
    assert.equal(kinds(r, 'dpd.enabled').length, 1);

    // The child SA: inbound/outbound SPIs as `show crypto ipsec sa` prints them.
    const child = kinds(r, 'child.established');
    assert.equal(child.length, 1);
    assert.equal(child[0]!.spiIn, f.spiIn);
    assert.equal(child[0]!.spiOut, f.spiOut);

    // The configuration each step relates to.
    const sections = new Set(r.events.map((e) => e.details?.configSection).filter((s) => s !== undefined));
    for (const s of f.configSections) assert.ok(sections.has(s), s);

    // Nothing failed.
    for (const k of ['ike.auth.failed', 'proposal.none', 'proposal.mismatch', 'ike.timeout', 'psk.mismatch'])
      assert.equal(kinds(r, k).length, 0, k);
  },
);

void test('a physical line is split at every IKEv2 prefix, even without a blank before it', () => {
  const line =
    'IKEv2-PROTO-5:ベンダー固有ペイロードの構築:DELETE-REASONIKEv2-PROTO-5:ベンダー固有ペイロードの構築: (CUSTOM)IKE v2-PROTO-5:コンストラクト通知ペイロード: NAT_DETECTION_SOURCE_IPIKEv2-PLAT-2:信頼された発行者のハッシュを取得できなかったか、使用可能な発行者がありません';
  const s = splitPieces(line);
  assert.equal(s.pieces.length, 4);
  assert.deepEqual(
    s.pieces.map((p) => [p.facility, p.level]),
    [
      ['PROTO', 5],
      ['PROTO', 5],
      ['PROTO', 5],
      ['PLAT', 2],
    ],
  );
  assert.deepEqual(matchingPatterns(line), ['vendor-id', 'vendor-id', 'construct-notify', 'internal-step']);

  // Handles and the prose of the table around the debug text.
  const cell =
    'ASA が送信します。 | IKEv2-PLAT-4: SENT PKT [IKE_SA_INIT] [10.0.0.1]:500->[192.168.1.1]:25170 InitSPI=0x58aff71141ba436b RespSPI=0xfc696330e6b94d7f MID=00000000 IKEv2-PROTO-5: (6): SM Trace-> SA: I_SPI=58AFF71141BA436B R_SPI=FC696330E6B94D7F (R) MsgID = 00000000 CurState: INIT_DONEイベント: EV_DONE IKEv2-PROTO-3: (6):フラグメンテーションが有効になっている |';
  const pieces = splitPieces(cell).pieces;
  assert.equal(pieces.length, 4);
  assert.equal(pieces[2]!.handle, '6');
  assert.deepEqual(matchingPatterns(cell), ['sent-pkt', 'sm-trace', 'fragmentation']);

  // IOS: `(SESSION ID = n,SA ID = n)` and the empty first field of IKEv2-ERROR.
  const ios = splitPieces('IKEv2-ERROR:(SESSION ID = 31,SA ID = 1):: Failed to find a matching policy')
    .pieces[0]!;
  assert.equal(ios.handle, 's31:1');
  assert.equal(ios.platform, 'ios');
  assert.equal(ios.body.trim(), 'Failed to find a matching policy');

  // The text of `IKEv2-PLAT-2:` alone comes on the next line.
  const d = splitPieces('IKEv2-PLAT-2:');
  assert.ok(d.dangling);
  const next = splitPieces(
    'CONNECTION STATUS: UP... peer: 30.30.30.2:4501, phase1_id: 20.20.20.1',
    d.dangling,
  );
  assert.equal(next.pieces[0]!.prefixed, true);
});

void test('Japanese debug text is turned back into what the ASA printed', () => {
  assert.equal(
    normalizeJa('SPI 0x77EE5348に対するPFKEY add SAを受信しました。エラーFALSE'),
    'Received PFKEY add SA for SPI 0x77EE5348, error FALSE',
  );
  assert.match(
    normalizeJa('最後の変換:0x0、予約済み:0x0:長さ:8 タイプ:4、予約済み:0x0、ID:DH_GROUP_768_MODP/Group 1'),
    /type:4, reserved:0x0, ID:DH_GROUP_768_MODP\/Group 1$/,
  );
  assert.equal(normalizeJa('plain ASCII stays'), 'plain ASCII stays');
});

void test('every sample matches exactly one pattern', () => {
  const problems: string[] = [];
  for (const p of ciscoIkev2.patterns)
    for (const s of p.samples) {
      const m = matchingPatterns(s);
      if (m.length !== 1 || m[0] !== p.id) problems.push(`${p.id}: [${m.join(', ')}] ${s}`);
    }
  assert.deepEqual(problems, []);
});

void test('policy blocks name the parameter that differs', () => {
  const r = parsePolicy('AES-CBC-128 SHA1 SHA256 DH_GROUP_2048_MODP/Group 14', 'IKE').parts;
  const e = parsePolicy('AES-CBC-128 SHA1 SHA256 DH_GROUP_1024_MODP/Group 2', 'IKE').parts;
  assert.deepEqual(findMismatch([r], [e]), {
    param: 'dh_group',
    localValue: 'DH_GROUP_1024_MODP/Group 2',
    remoteValue: 'DH_GROUP_2048_MODP/Group 14',
    differences: 1,
  });
  const esp = findMismatch(
    [parsePolicy("AES-CBC-256 SHA256 Don't use ESN", 'ESP').parts],
    [parsePolicy("AES-CBC-128 SHA256 Don't use ESN", 'ESP').parts],
  );
  assert.equal(esp?.param, 'key_length');
  const ios = parsePolicy(
    'ENCRYPTION: AES-CBC-128 PRF: SHA512 INTEGRITY: SHA512 DH GROUP: DH_GROUP_384_ECP/Group 20',
    'IKE',
  );
  assert.equal(ios.parts.dh_group, 'DH_GROUP_384_ECP/Group 20');
  assert.equal(ios.parts.prf, 'SHA512');
});

interface Expected {
  tunnels: { name: string; code: string; param?: string; local?: string; remote?: string }[];
}

void test('golden cases: the events carry what each verdict needs', () => {
  const expected = JSON.parse(readFileSync(join(CASES, 'expected.json'), 'utf8')) as Record<string, Expected>;
  const logs = readdirSync(CASES).filter((f) => f.endsWith('.log'));
  assert.deepEqual(logs.sort(), Object.keys(expected).sort());
  for (const file of logs) {
    const r = readText(readFileSync(join(CASES, file), 'utf8'), file);
    const t = expected[file]!.tunnels[0]!;
    const names = new Set(
      r.events.flatMap((e) => [e.conn, e.remote?.address]).filter((x) => x !== undefined),
    );
    assert.ok(names.has(t.name), `${file}: ${t.name} not among ${[...names].join(', ')}`);
    const failures = ['proposal.none', 'proposal.mismatch', 'ike.auth.failed', 'psk.mismatch', 'ike.timeout'];
    switch (t.code) {
      case 'ESTABLISHED':
        assert.equal(kinds(r, 'ike.established').length, 1, file);
        assert.equal(kinds(r, 'child.established').length, 1, file);
        for (const k of failures) assert.equal(kinds(r, k).length, 0, `${file}: ${k}`);
        break;
      case 'IKE_PROPOSAL_MISMATCH':
      case 'CHILD_PROPOSAL_MISMATCH': {
        const scope = t.code === 'IKE_PROPOSAL_MISMATCH' ? 'ike' : 'child';
        const mm = kinds(r, 'proposal.mismatch');
        assert.equal(mm.length, 1, file);
        assert.equal(mm[0]!.scope, scope, file);
        assert.equal(mm[0]!.param, t.param, file);
        assert.equal(mm[0]!.localValue, t.local, file);
        assert.equal(mm[0]!.remoteValue, t.remote, file);
        assert.ok(
          kinds(r, 'notify.sent').some((e) => e.notify === 'NO_PROPOSAL_CHOSEN' && e.scope === scope),
          file,
        );
        break;
      }
      case 'PSK_MISMATCH':
        assert.equal(kinds(r, 'psk.mismatch').length, 1, file);
        assert.ok(
          kinds(r, 'notify.sent').some((e) => e.notify === 'AUTHENTICATION_FAILED'),
          file,
        );
        assert.equal(kinds(r, 'ike.established').length, 0, file);
        break;
      case 'PEER_UNREACHABLE':
        assert.equal(kinds(r, 'ike.timeout').length, 1, file);
        assert.ok(kinds(r, 'msg.retransmit').length >= 3, file);
        assert.equal(kinds(r, 'msg.received').length, 0, file);
        break;
      default:
        assert.fail(`${file}: no check for ${t.code}`);
    }
  }
});

void test('IOS: the session handle of a packet line is tied to the SPIs on the next line', () => {
  const r = readText(readFileSync(join(CASES, 'ios-xe-established.log'), 'utf8'));
  const sent = kinds(r, 'msg.sent');
  assert.equal(sent[0]!.sa, 'E2A4C6F8091B3D5F');
  assert.equal(sent[0]!.role, 'initiator');
  assert.ok(r.events.every((e) => e.details?.platform === 'ios'));
  // The offer printed before the SPIs were known is linked to the SA that follows.
  const offer = kinds(r, 'proposal.configured').find((e) => e.scope === 'ike')!;
  assert.equal(offer.sa, '#s3:1');
  assert.ok(sent.every((e) => e.parentSa === '#s3:1'));
  assert.ok(kinds(r, 'weak.crypto').every((e) => e.details?.usage !== 'offered'));
});

void test('IOS: a handle reused after `Deleting SA` starts a new attempt; each attempt counts once', async () => {
  const once = readFileSync(join(CASES, 'ios-xe-established.log'), 'utf8');
  // The same negotiation again under (SESSION ID = 3,SA ID = 1), with other SPIs, after the
  // first SA was deleted: IOS numbers sessions afresh, so the handle names the new negotiation.
  const again = once.replaceAll('E2A4C6F8091B3D5F', 'E2A4C6F8091B3D60').replaceAll('09:12:', '09:14:');
  const del = '*Mar  4 09:13:00.000: IKEv2:(SESSION ID = 3,SA ID = 1):Deleting SA\n';
  const now = new Date('2026-03-05T00:00:00Z');
  const one = await analyzeText([{ path: 'r1.log', data: once }], { now });
  const two = await analyzeText([{ path: 'r1.log', data: once + del + again }], { now });
  // Each attempt has a provisional key (the handle, before the SPIs are known) and its SPIs:
  // counted once, not once per key.
  assert.deepEqual(
    one.tunnels.map((t) => [t.name, t.attempts]),
    [['192.0.2.50', 1]],
  );
  assert.deepEqual(
    two.tunnels.map((t) => [t.name, t.attempts]),
    [['192.0.2.50', 2]],
  );
});

void test('adversarial 64 KiB lines finish quickly', () => {
  const n = 65536;
  const bodies = [
    ' '.repeat(n),
    '9'.repeat(n),
    '.'.repeat(n),
    '['.repeat(n),
    '('.repeat(n),
    '(1):'.repeat(n / 4),
    'IKEv2-PROTO-1:'.repeat(n / 14),
    'IKEv2-'.repeat(n / 6),
    'IKE v2'.repeat(n / 6),
    'A'.repeat(n),
    'AES-CBC '.repeat(n / 8),
    'type: 1, reserved: 0x0, id: '.repeat(n / 28),
    'Proposal 1: '.repeat(n / 12),
    'Next payload: '.repeat(n / 14),
    'NOTIFY('.repeat(n / 7),
    'DH_GROUP_'.repeat(n / 9),
    'Received '.repeat(n / 9),
    'SM Trace-> SA: I_SPI='.repeat(n / 21),
    'CONNECTION STATUS: UP... peer: '.repeat(n / 31),
    '予約済み'.repeat(n / 4),
    '、'.repeat(n),
    'a:'.repeat(n / 2),
    '0x'.repeat(n / 2),
  ];
  for (const body of bodies) {
    for (const text of [body, `IKEv2-PROTO-1: (3): ${body}`, `IKEv2-PROTO-2: Received Policies: ${body}`]) {
      const p = ciscoIkev2.createParser();
      // Make the parser active and open every block a bare line can continue.
      for (const pre of [
        'IKEv2-PROTO-1: (3): Received Policies:',
        'IKEv2-PROTO-2: (3): IKE Proposal: 1, SPI size: 0 (initial negotiation),',
        'Payload contents:',
      ])
        p.parse({ path: 't', line: 1, text: pre, message: pre });
      const t0 = performance.now();
      p.parse({ path: 't', line: 2, text, message: text });
      ciscoIkev2.accepts({ path: 't', line: 2, text, message: text });
      matchingPatterns(text);
      const ms = performance.now() - t0;
      assert.ok(ms < 1000, `${ms.toFixed(0)} ms for ${JSON.stringify(text.slice(0, 40))}`);
    }
  }
});

void test("other vendors' lines are not claimed", () => {
  const lines = [
    'Nov 24 15:17:03 moon charon: 09[IKE] initiating IKE_SA home[1] to 192.0.2.1',
    'Nov 24 15:17:03 moon charon: 10[IKE] received NO_PROPOSAL_CHOSEN notify error',
    '10[CFG] received proposals: IKE:AES_CBC_128/HMAC_SHA2_256_128/PRF_HMAC_SHA2_256/MODP_2048',
    '10[IKE] IKE_SA home[1] established between 192.168.0.1[moon]...192.0.2.1[sun]',
    'Jul  1 16:06:38 vpn pluto[2279]: "TestConn" #1029: initiating IKEv2 IKE SA',
    '"TestConn" #1030: IKE SA authentication request rejected by peer: AUTHENTICATION_FAILED',
    '"abc" #4: STATE_MAIN_I4: ISAKMP SA established {auth=OAKLEY_PRESHARED_KEY cipher=oakley_3des_cbc_192 prf=oakley_md5 group=modp1024}',
    '%ASA-4-750003: Local:10.0.0.1:500 Remote:192.0.2.1:500 Username:Unknown IKEv2 Negotiation aborted due to ERROR: Failed to find a matching policy',
    '%ASA-5-750006: Local:203.0.113.1:500 Remote:192.0.2.50:500 Username:192.0.2.50 IKEv2 SA UP. Reason: New Connection Established',
    '*Mar  4 09:12:01.151: %IKEV2-5-SA_UP: SA UP',
    'Protocol     : IKEv2 IPsecOverNatT AnyConnect-Parent',
    'IKEv2:',
  ];
  for (const line of lines) {
    const rec: LogRecord = { path: 't', line: 1, text: line, message: line };
    assert.equal(ciscoIkev2.createParser().parse(rec).length, 0, line);
    assert.equal(ciscoIkev2.accepts(rec), line === 'IKEv2:', line);
    // Even a parser that has seen Cisco debug output leaves them alone.
    const active = ciscoIkev2.createParser();
    active.parse({
      path: 't',
      line: 1,
      text: 'IKEv2-PROTO-2: (1): Insert SA',
      message: 'IKEv2-PROTO-2: (1): Insert SA',
    });
    assert.equal(active.parse(rec).length, 0, line);
  }
});
