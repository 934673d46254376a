import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { allMatches } from '../../core/dialect.js';
import type { EventDraft, LogRecord } from '../../core/model.js';
import { catalog, t, useAllLangs } from '../../i18n/index.js';
import { parseEnvelope } from '../../input/envelope.js';
import { seedPath } from '../../seeds/seeds.js';
import { pluto } from '../pluto/index.js';
import { strongswan } from '../strongswan/index.js';
import { qno } from './index.js';
import { parseQnoMessage, stripLineEnd } from './prefix.js';

// Catalogs other than English load on demand: these tests read all four.
await useAllLangs();

function rec(text: string, line = 1): LogRecord {
  return parseEnvelope({ path: 'test', line, text });
}

function events(text: string): EventDraft[] {
  return qno
    .createParser()
    .parse(rec(text))
    .flatMap((r) => r.events);
}

void test('every sample matches exactly its own pattern, and pluto does not claim it', () => {
  const problems: string[] = [];
  for (const p of qno.spec.patterns) {
    assert.ok(p.samples.length > 0, `${p.id} has no sample`);
    for (const s of p.samples) {
      const m = allMatches(qno.spec, rec(s));
      if (m.length !== 1 || m[0] !== p.id) problems.push(`${p.id}: [${m.join(',')}] ${s}`);
      if (pluto.createParser().parse(rec(s)).length) problems.push(`pluto claims ${s}`);
      if (strongswan.createParser().parse(rec(s)).length) problems.push(`strongswan claims ${s}`);
    }
  }
  assert.deepEqual(problems, []);
});

void test('explanations exist in both languages with their placeholders filled', () => {
  const problems: string[] = [];
  for (const p of qno.spec.patterns)
    for (const lang of ['en', 'ja'] as const) {
      const key = `explain.qno.${p.id}`;
      if (!catalog(lang)[key]) problems.push(`${lang}: no ${key}`);
      for (const s of p.samples) {
        const r = qno.createParser().parse(rec(s))[0];
        const text = t(lang, key, r?.vars);
        if (/\{\w+\}/.test(text)) problems.push(`${lang} ${p.id}: "${text}"`);
      }
    }
  for (const lang of ['en', 'ja'] as const) assert.ok(catalog(lang)['explain.qno.tag'], `${lang}: explain.qno.tag`);
  assert.deepEqual(problems, []);
});

void test('prefix: conn, instance, peer with port, state, tag, ^M', () => {
  const a = parseQnoMessage('(g2gips18)[14] 124.x.x.x:1024 #1896: [Tunnel Negotiation Info] Inbound SPI value = 363c3bbb^M');
  assert.deepEqual(
    [a?.conn, a?.sa, a?.remote?.address, a?.remote?.port, a?.tag, a?.rest],
    ['g2gips18', '#1896', '124.x.x.x', 1024, 'Tunnel Negotiation Info', 'Inbound SPI value = 363c3bbb'],
  );
  const b = parseQnoMessage('(g2gips3) #497: [Tunnel Authorize Fail] x');
  assert.deepEqual([b?.conn, b?.sa, b?.remote], ['g2gips3', '#497', undefined]);
  const c = parseQnoMessage('(g2gips18)[16] 124.x.x.x: [Tunnel Disconnected] instance with peer 124.x.x.x {isakmp=#0/ipsec=#0}');
  assert.deepEqual([c?.conn, c?.sa, c?.remote?.address, c?.tag], ['g2gips18', undefined, '124.x.x.x', 'Tunnel Disconnected']);
  const d = parseQnoMessage('packet from 218.x.x.x:500: [Tunnel Authorize Fail] no connection has been authorized with policy=PSK');
  assert.deepEqual([d?.remote?.address, d?.tag], ['218.x.x.x', 'Tunnel Authorize Fail']);
  // a `packet from` line without a Qno tag is pluto's, not Qno's
  assert.equal(parseQnoMessage('packet from 1.2.3.4:500: received Vendor ID payload [Dead Peer Detection]'), undefined);
  assert.equal(stripLineEnd('x.\\012^M'), 'x.');
});

void test('Qno lines give the facts of an aggressive mode responder', () => {
  const r1 = events('packet from 124.x.x.x:500: [Tunnel Negotiation Info] Responder Received Aggressive Mode 1st packet on 61.x.x.x:500^M');
  assert.deepEqual(r1.map((e) => e.kind), ['msg.received', 'ike.respond']);
  assert.deepEqual([r1[1]?.mode, r1[1]?.role, r1[1]?.remote?.address, r1[0]?.local?.address], ['aggressive', 'responder', '124.x.x.x', '61.x.x.x']);
  const r3 = events('(g2gips18)[17] 124.x.x.x #1895: [Tunnel Negotiation Info] Received Aggressive Mode 3rd packet on 1.2.3.4');
  assert.deepEqual([r3[0]?.kind, r3[0]?.msgNo, r3[0]?.role, r3[0]?.conn], ['msg.received', 3, 'responder', 'g2gips18']);
  const id = events("(g2gips18)[17] 124.x.x.x #1895: [Tunnel Negotiation Info] Peer ID is ID_USER_FQDN: 'xxxx@xxxx.cn'^M");
  assert.equal(id[0]?.remote?.id, 'xxxx@xxxx.cn');
  const weak = events('(g2gips18)[17] 124.x.x.x #1895: You should NOT use insecure IKE algorithms (OAKLEY_DES_CBC)!^M');
  assert.deepEqual([weak[0]?.kind, weak[0]?.details?.algorithm], ['weak.crypto', 'des']);
  const esp = events('(g2gips18)[14] 124.x.x.x:1024 #1896: [Tunnel Negotiation Info] esp_ealg_id=2-2,esp_ealg_keylen=0, key_len=64,esp_aalg_id=1-1.\\012^M');
  assert.deepEqual(esp[0]?.proposals, ['ESP_DES-HMAC_MD5']);
  const up = events('(g2gips18)[14] 124.x.x.x:1024 #1896: [Tunnel Established] IPsec SA established {ESP=>0xbf9f49f7 < 0x363c3bbb NATOA=0.0.0.0');
  assert.deepEqual(up.map((e) => e.kind), ['child.established', 'tunnel.up']);
  assert.deepEqual([up[0]?.spiOut, up[0]?.spiIn, up[1]?.conn], ['bf9f49f7', '363c3bbb', 'g2gips18']);
  const nc = events('packet from 218.x.x.x:500: [Tunnel Authorize Fail] no connection has been authorized with policy=PSK');
  assert.deepEqual([nc[0]?.kind, nc[0]?.remote?.address], ['peer.not-configured', '218.x.x.x']);
  const down = events('(g2gips5)[13] 123.x.x.x #534: [Tunnel Disconnected] instance with peer 123.x.x.x {isakmp=#517/ipsec=#532}');
  assert.deepEqual([down[0]?.kind, down[0]?.conn], ['tunnel.down', 'g2gips5']);
});

void test('other pluto messages under a Qno prefix fall through to the pluto patterns; unknown tagged lines keep their tag', () => {
  const r = qno.createParser().parse(rec('(vpn1)[2] 198.51.100.7 #12: [Tunnel Negotiation Fail] max number of retransmissions (2) reached STATE_MAIN_I3.  Possible authentication failure: no acceptable response to our first encrypted message'));
  assert.equal(r[0]?.pattern, 'timeout-max-retransmissions');
  assert.equal(r[0]?.explain, 'explain.pluto.timeout-max-retransmissions');
  assert.equal(r[0]?.events[0]?.kind, 'ike.timeout');
  const u = qno.createParser().parse(rec('(vpn1)[2] 198.51.100.7 #12: [Tunnel Disconnected] something the router invented'));
  assert.deepEqual([u[0]?.pattern, u[0]?.events[0]?.kind, u[0]?.events[0]?.conn], ['tag', 'tunnel.down', 'vpn1']);
});

const seed004 = seedPath('004_');

void test('seed 004: every log line is recognised', { skip: !seed004 && 'seeds not found' }, () => {
  const lines = readFileSync(seed004!, 'utf8')
    .split('\n')
    .filter((l) => /^(?:\(|packet from )/.test(l));
  assert.equal(lines.length, 23);
  const p = qno.createParser();
  const all: EventDraft[] = [];
  for (const [i, l] of lines.entries()) {
    const r = p.parse(rec(l, i + 1));
    assert.equal(r.length, 1, `not recognised: ${l}`);
    assert.notEqual(r[0]!.pattern, 'tag', `only the tag recognised: ${l}`);
    all.push(...r[0]!.events);
  }
  const kinds = new Set(all.map((e) => e.kind));
  for (const k of ['ike.respond', 'ike.peer-id', 'weak.crypto', 'nat.detected', 'ike.established', 'child.established', 'dpd.dead', 'tunnel.down', 'sa.unknown', 'peer.not-configured'] as const)
    assert.ok(kinds.has(k), `missing ${k}`);
});

void test('adversarial 64 KiB lines finish quickly', () => {
  const n = 65536;
  const prefixes = ['', '(', '(c)', '(c)[1] ', '(c)[1] 1.2.3.4 #1: ', '(c) #1: [Tunnel ', 'packet from 1.2.3.4:500: [Tunnel Established] ', '(c) #1: Responder Received '];
  const runs = [' ', '(', ')', '[', '1', '.', 'x', '#', ':', '^M', '\\012', 'Quick Mode '];
  for (const pre of prefixes)
    for (const r of runs) {
      const line = pre + r.repeat(Math.ceil(n / r.length)).slice(0, n);
      const t0 = performance.now();
      qno.createParser().parse(rec(line));
      const ms = performance.now() - t0;
      assert.ok(ms < 1000, `${JSON.stringify(pre)} + ${JSON.stringify(r)} took ${ms.toFixed(0)} ms`);
    }
});
