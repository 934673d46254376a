import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { allMatches } from '../../core/dialect.js';
import type { EventDraft, LogRecord } from '../../core/model.js';
import { DIALECTS } from '../index.js';
import { parseEnvelope } from '../../input/envelope.js';
import { seedPath } from '../../seeds/seeds.js';
import { hasMessage, useAllLangs } from '../../i18n/index.js';
import { panosIkemgr } from './index.js';

// Catalogs other than English load on demand: these tests read all four.
await useAllLangs();

const rec = (text: string, line = 1): LogRecord => ({ path: 'ikemgr.log', line, text, message: text });

function events(lines: string[], envelope = false): EventDraft[] {
  const p = panosIkemgr.createParser();
  return lines.flatMap((l, i) => {
    const r = envelope ? parseEnvelope({ path: 'ikemgr.log', line: i + 1, text: l }) : rec(l, i + 1);
    return p.parse(r).flatMap((x) => x.events);
  });
}

const SEED_BLOCK = [
  '2021-07-06 18:35:17.869 +0900  [DEBG]: {    9:     }: Compared: DB:Peer',
  '2021-07-06 18:35:17.869 +0900  [DEBG]: {    9:     }: (lifetime = 28800:28800)',
  '2021-07-06 18:35:17.869 +0900  [DEBG]: {    9:     }: (lifebyte = 0:0)',
  '2021-07-06 18:35:17.869 +0900  [DEBG]: {    9:     }: enctype = AES:AES2021-07-06 18:35:17.870 +0900  [DEBG]: { \u00A0 \u00A09:\u00A0 \u00A0 }: (encklen = 256:256)',
  '2021-07-06 18:35:17.870 +0900  [DEBG]: {    9:     }: hashtype = SHA256:SHA512',
  '2021-07-06 18:35:17.870 +0900  [DEBG]: {    9:     }: authmethod = PSK:PSK',
  '2021-07-06 18:35:17.870 +0900  [DEBG]: {    9:     }: dh_group = DH20:DH20',
  '(省略)',
  '2021-07-06 18:35:17.870 +0900  [PERR]: {    9:     }: rejected hashtype: DB(prop#1:trns#1):Peer(prop#1:trns#1) = SHA256:SHA512',
  '2021-07-06 18:35:17.870 +0900  [PERR]: {    9:     }: no suitable proposal found.',
  '2021-07-06 18:35:17.870 +0900  [PERR]: {    9:     }: 200.100.5.1[500] - 200.100.1.254[500]:(nil) failed to get valid proposal.',
];

void test('every pattern has samples, each matched by exactly that pattern, with or without the envelope', () => {
  for (const p of panosIkemgr.patterns) {
    assert.ok(p.samples.length > 0, `${p.id} has samples`);
    for (const s of p.samples) {
      assert.deepEqual(allMatches(panosIkemgr.spec, rec(s)), [p.id], `raw: ${s}`);
      assert.deepEqual(
        allMatches(panosIkemgr.spec, parseEnvelope({ path: 'x', line: 1, text: s })),
        [p.id],
        `after envelope: ${s}`,
      );
    }
  }
});

void test('every pattern has an explanation in English and Japanese', () => {
  for (const p of panosIkemgr.patterns)
    for (const lang of ['en', 'ja'] as const)
      assert.ok(hasMessage(lang, `explain.panos-ikemgr.${p.id}`), `${lang} ${p.id}`);
});

void test('no other dialect claims an ikemgr sample, and ikemgr claims no line of theirs', () => {
  for (const p of panosIkemgr.patterns)
    for (const s of p.samples)
      for (const d of DIALECTS) {
        if (d.id === 'panos-ikemgr') continue;
        assert.equal(
          d.createParser().parse(parseEnvelope({ path: 'x', line: 1, text: s })).length,
          0,
          `${d.id} claims ${s}`,
        );
      }
  const foreign = [
    '17:21:08 ipsec rejected hashtype: DB(prop#1:trns#1):Peer(prop#1:trns#1) = MD5:SHA',
    '17:12:32 ipsec,error no suitable proposal found.',
    'Nov 24 10:00:00 sun charon: 07[IKE] <home|1> invalid HASH_V1 payload length, decryption failed?',
    'Jun 17 17:54:45 r-20-VM ipsec[915]: 16[ENC] invalid ID_V1 payload length, decryption failed?',
    '2016-03-01 14:32:24.890 +0800 debug: pan_ikev2_debug(protocols/ikev2/ikev2.c:6946): ... IKEv2 SA state {GW:6-I}: SA dying from state ESTABLISHED, caller ikev2_abort',
    '内容: IKE phase-1 negotiation is failed likely due to pre-shared key mismatch.',
    'lifetime : 鍵の有効時間',
  ];
  const p = panosIkemgr.createParser();
  for (const f of foreign) assert.equal(p.parse(rec(f)).length, 0, f);
});

void test('seed 002 block: rejected hashtype → integrity SHA256 (ours) vs SHA512 (peer), context 9, endpoints', () => {
  for (const envelope of [false, true]) {
    const ev = events(SEED_BLOCK, envelope);
    assert.deepEqual(
      ev.map((e) => e.kind),
      ['proposal.mismatch', 'proposal.none', 'proposal.none'],
      `envelope=${envelope}`,
    );
    const [m, none, valid] = ev;
    assert.equal(m?.param, 'integrity');
    assert.equal(m?.localValue, 'SHA256');
    assert.equal(m?.remoteValue, 'SHA512');
    assert.equal(m?.scope, 'ike');
    assert.equal(m?.sa, 'p1:9');
    assert.equal(none?.param, 'integrity');
    assert.equal(valid?.sa, 'p1:9');
    assert.deepEqual(valid?.local, { address: '200.100.5.1', port: 500 });
    assert.deepEqual(valid?.remote, { address: '200.100.1.254', port: 500 });
    assert.equal(valid?.localValue, 'SHA256');
  }
});

void test('a line holding two records is read as two (seed 002 `enctype = AES:AES2021-07-06 ...`)', () => {
  const p = panosIkemgr.createParser();
  const r = p.parse(rec(SEED_BLOCK[3]!));
  assert.deepEqual(
    r.map((x) => x.pattern),
    ['compared-attr', 'compared-attr'],
  );
});

void test('without rejected lines, the Compared block names the parameter', () => {
  const ev = events([
    '[DEBG]: {    3:     }: Compared: DB:Peer',
    '[DEBG]: {    3:     }: (lifetime = 28800:86400)',
    '[DEBG]: {    3:     }: enctype = AES:3DES',
    '[DEBG]: {    3:     }: hashtype = SHA256:SHA256',
    '[PERR]: {    3:     }: no suitable proposal found.',
  ]);
  assert.equal(ev.length, 1);
  assert.equal(ev[0]?.param, 'encryption');
  assert.equal(ev[0]?.localValue, 'AES');
  assert.equal(ev[0]?.remoteValue, '3DES');
});

void test('rejected enctype with key lengths only differing is key_length; dh_group values with spaces', () => {
  const [a] = events([
    '[PERR]: {    9:     }: rejected enctype: DB(prop#1:trns#1):Peer(prop#1:trns#1) = AES-CBC(256):AES-CBC(128)',
  ]);
  assert.equal(a?.param, 'key_length');
  const [b] = events([
    '[PERR]: {    9:     }: rejected dh_group: DB(prop#1:trns#1):Peer(prop#1:trns#2) = 384-bit random ECP group:2048-bit MODP group',
  ]);
  assert.equal(b?.param, 'dh_group');
  assert.equal(b?.remoteValue, '2048-bit MODP group');
});

void test('banners: continuation lines join the context of the banner before them', () => {
  const ev = events(readFileSync('src/dialects/panos-ikemgr/cases/dpd-dead.log', 'utf8').trim().split('\n'));
  assert.deepEqual(
    ev.map((e) => e.kind),
    [
      'ike.initiate',
      'info',
      'ike.established',
      'info',
      'child.initiate',
      'info',
      'child.established',
      'info',
      'dpd.dead',
      'ike.deleted',
    ],
  );
  assert.ok(ev.every((e) => e.sa === 'p1:12'));
  assert.equal(ev[1]?.ikeSpiI, '5e6f2a1b3c4d5e6f');
  assert.equal(ev[7]?.spiIn, 'c3e2a1b0');
  assert.deepEqual(ev[8]?.remote, { address: '200.100.1.254', port: 500 });
});

void test('phase 2: pfs group mismatched then failure → pfs.mismatch and child proposal.none', () => {
  const ev = events(readFileSync('src/dialects/panos-ikemgr/cases/p2-pfs.log', 'utf8').trim().split('\n'));
  const pfs = ev.find((e) => e.kind === 'pfs.mismatch');
  assert.equal(pfs?.localValue, '20');
  assert.equal(pfs?.remoteValue, '14');
  const none = ev.find((e) => e.kind === 'proposal.none');
  assert.equal(none?.scope, 'child');
  assert.equal(none?.param, 'dh_group');
});

void test('`====> Due to timeout. <====` after a phase-1 banner is a phase-1 timeout; after phase 2 a child failure', () => {
  const a = events([
    '[PNTF]: {    4:     }: ====> PHASE-1 NEGOTIATION FAILED AS INITIATOR, MAIN MODE <====',
    '====> Failed SA: 1.1.1.1[500]-2.2.2.2[500] cookie:1111111111111111:0000000000000000 <====',
    '====> Due to timeout. <====',
  ]);
  assert.equal(a[2]?.kind, 'ike.timeout');
  assert.equal(a[2]?.role, 'initiator');
  assert.equal(a[2]?.sa, 'p1:4');
  const b = events([
    '[PNTF]: {    4:    8}: ====> PHASE-2 NEGOTIATION FAILED AS INITIATOR, QUICK MODE <====',
    '====> Due to negotiation timeout. <====',
  ]);
  assert.equal(b[1]?.kind, 'child.failed');
});

void test('older format: function prefix and `ctx:local - remote:spi:` part', () => {
  const [e] = events([
    '2016-03-01 14:32:24 [INFO]: ike_sa.c:275:ikev2_abort(): 6:1.1.1.1[500] - 2.2.2.2[500]:(nil):aborting IKEv2 SA GW:6',
  ]);
  assert.equal(e?.kind, 'ike.deleted');
  assert.equal(e?.sa, 'p1:6');
  assert.deepEqual(e?.remote, { address: '2.2.2.2', port: 500 });
});

void test('the ikemgr excerpt of seed 002 is read', { skip: !seedPath('002_') && 'seeds not found' }, () => {
  const lines = readFileSync(seedPath('002_')!, 'utf8').split(/\r?\n/);
  const ev = events(lines, true);
  const m = ev.find((e) => e.kind === 'proposal.mismatch');
  assert.equal(m?.param, 'integrity');
  assert.equal(m?.localValue, 'SHA256');
  assert.equal(m?.remoteValue, 'SHA512');
  assert.deepEqual(
    ev.map((e) => e.kind),
    ['proposal.mismatch', 'proposal.none', 'proposal.none'],
  );
});

void test('golden cases are fully recognised', () => {
  const dir = 'src/dialects/panos-ikemgr/cases';
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.log'))) {
    const p = panosIkemgr.createParser();
    for (const [i, l] of readFileSync(join(dir, f), 'utf8').trim().split('\n').entries())
      assert.ok(p.parse(rec(l, i + 1)).length > 0, `${f}:${i + 1}`);
  }
});

void test('adversarial 64 KiB lines finish quickly', () => {
  const n = 65536;
  const heads = [
    '',
    '2021-07-06 18:35:17.869 +0900  [DEBG]: {',
    '[PERR]: {    9:     }: rejected hashtype: DB(prop#1:trns#1):Peer(prop#1:trns#1) = ',
    '[PERR]: {    9:     }: ',
    '[DEBG]: {    9:     }: hashtype = ',
    '====> ',
    '====> Initiated SA: ',
    '[INFO]: ike_sa.c:1:f(): ',
    '[INFO]: ',
    '+0900 ',
  ];
  const fills = [
    ' ',
    '1',
    '.',
    '[',
    ':',
    '{ ',
    '2021-07-06 18:35:17.869 +0900  [DEBG]: ',
    'a',
    '1.1.1.1[500] - ',
    '=',
    '(',
    '\u00A0',
    '<',
  ];
  const p = panosIkemgr.createParser();
  for (const h of heads)
    for (const f of fills) {
      const line = h + f.repeat(Math.ceil(n / f.length));
      const t0 = performance.now();
      p.parse(rec(line));
      const ms = performance.now() - t0;
      assert.ok(
        ms < 1000,
        `${JSON.stringify(h.slice(0, 30))} + ${JSON.stringify(f.slice(0, 20))}: ${ms.toFixed(0)} ms`,
      );
    }
});
