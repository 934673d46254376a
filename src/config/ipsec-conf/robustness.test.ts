// The open-source daemons' configuration parsers on hostile input: 64 KiB lines of the characters
// their scanners and regexes repeat, sections nested a hundred thousand deep, reference and also=
// chains, random bytes. Nothing throws, every input finishes well inside a generous bound, and the
// lab's logs and the seed documents are never taken for configurations.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OSS_FORMATS } from './formats.js';

const K64 = 65536;

function timed(label: string, fn: () => void): void {
  const t0 = performance.now();
  fn();
  const ms = performance.now() - t0;
  assert.ok(ms < 1000, `${label}: ${ms.toFixed(0)} ms`);
}

/** Run every format's detect and parse on a text. */
function all(label: string, text: string): void {
  const lines = text.split('\n');
  for (const f of OSS_FORMATS) {
    timed(`${f.format.id} detect ${label}`, () => {
      const s = f.detect(lines);
      assert.ok(s >= 0 && s <= 1);
    });
    timed(`${f.format.id} parse ${label}`, () => {
      const r = f.parse('adversarial', text);
      assert.equal(r.format, f.format.id);
      assert.ok(Array.isArray(r.tunnels));
    });
  }
}

const runs = (s: string, n = K64) => s.repeat(Math.ceil(n / s.length)).slice(0, n);

void test('64 KiB lines of the repeated characters', () => {
  const fillers = [' ', '\t', '{', '}', '"', '=', '#', ':', ';', ',', '.', '-', '+', '[', ']', '\\', '*', '%', '@', '0', '9', 'a', 'x', '!', "'"];
  for (const ch of fillers) all(`run of ${JSON.stringify(ch)}`, runs(ch));
  const prefixed = [
    'conn ',
    '  left=',
    '  leftsubnet=',
    '  ike=',
    '  esp=',
    '  ike=aes-',
    '  esp=aes256;',
    '  also=',
    '  leftprotoport=',
    'include ',
    'include "',
    'a = ',
    'a = "',
    'secret = "',
    'proposals = ',
    'local_ts = 10.0.0.1-',
    'x : PSK ',
    ': RSA {',
    '@a @b : PSK "',
    'connections { c { ',
    'name : ',
    'config setup',
  ];
  for (const p of prefixed)
    for (const ch of [' ', 'a', '0', '-', ',', ':', '"', '{', '.', '[', '/', '\\'])
      all(`${JSON.stringify(p)} + run of ${JSON.stringify(ch)}`, p + runs(ch, K64 - p.length));
  // alternations the proposal readers walk
  all('ike tokens', `conn a\n  ike=${runs('aes-128-sha1-modp1024-', K64)}\n  esp=${runs('aes_gcm256+', K64)}\n`);
  all('swanctl tokens', `connections {\n c {\n  proposals = ${runs('aes256-sha256-modp2048,', K64)}\n  children {\n   x {\n    esp_proposals = ${runs('aes128gcm16-', K64)}\n    local_ts = ${runs('10.0.0.0/8[tcp/80],', K64)}\n   }\n  }\n }\n}\n`);
  all('secret separators', runs(': : PSK', K64));
  all('colons and blanks', runs(':          ', K64));
});

void test('deep nesting does not recurse', () => {
  const deep = 50_000;
  all('nested sections, one per line', 'a {\n'.repeat(deep) + '}\n'.repeat(deep));
  all('nested sections on few lines', `${'a { '.repeat(2000)}\n`.repeat(50));
  all('unclosed nesting', 'connections {\n' + 'c {\n'.repeat(deep));
  all('closing only', '}\n'.repeat(deep));
  // a reference chain and a reference loop
  const refs: string[] = [];
  for (let i = 0; i < 2000; i++) refs.push(`t${i} : t${i + 1} {\n k${i} = v\n}`);
  refs.push('t2000 : t0 {\n}');
  all('reference chain', `${refs.join('\n')}\nconnections {\n c : t0 {\n  remote_addrs = 192.0.2.1\n }\n}\n`);
  // also= chain and loop in ipsec.conf
  const alsos: string[] = ['conn %default', '  keyexchange=ikev2'];
  for (let i = 0; i < 2000; i++) alsos.push(`conn c${i}`, `  also=c${(i + 1) % 2000}`, `  left=192.0.2.${i % 250}`, '  auto=add');
  all('also= loop', alsos.join('\n'));
  // a quoted value continued over many lines
  all('continued quotes', `conn a\n  leftid="x${'\\\n'.repeat(50_000)}"\n`);
  all('multi-line secret', `secrets {\n ike {\n  secret = "${'line\n'.repeat(50_000)}"\n }\n}\n`);
  all('many subsections', `connections {\n c {\n${' local-x {\n  auth = psk\n }\n'.repeat(10_000)} }\n}\n`);
});

void test('random bytes never throw', () => {
  let seed = 0x2545f491;
  const rnd = () => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return (seed >>> 0) / 2 ** 32;
  };
  const alphabet = ' \t\n{}"=#:;,.-+[]\\/*%@!\'abcdefxyz0123456789PSKRSAconnleftrightikeesp';
  for (let round = 0; round < 40; round++) {
    let s = '';
    const n = 2000 + Math.floor(rnd() * 20000);
    for (let i = 0; i < n; i++) s += rnd() < 0.1 ? String.fromCharCode(Math.floor(rnd() * 0x3000)) : alphabet[Math.floor(rnd() * alphabet.length)]!;
    all(`random ${round}`, s);
  }
  all('NUL and control bytes', Array.from({ length: 4096 }, (_, i) => String.fromCharCode(i % 32)).join(''));
  all('empty', '');
  all('BOM only', '\ufeff');
});

void test('logs and documents are not configurations', () => {
  const files: string[] = [];
  const corpus = 'lab/corpus';
  if (existsSync(corpus))
    for (const d of readdirSync(corpus)) {
      const dir = join(corpus, d);
      if (!existsSync(join(dir, 'truth.json'))) continue;
      for (const f of readdirSync(dir)) if (/\.(?:log|syslog|txt)$/.test(f) || f === 'truth.json') files.push(join(dir, f));
    }
  const seeds = '/work/shared/seeds';
  if (existsSync(seeds)) for (const f of readdirSync(seeds)) files.push(join(seeds, f));
  for (const base of ['src/dialects']) {
    if (!existsSync(base)) continue;
    for (const d of readdirSync(base)) {
      const cases = join(base, d, 'cases');
      if (existsSync(cases)) for (const f of readdirSync(cases)) if (f.endsWith('.log')) files.push(join(cases, f));
    }
  }
  assert.ok(files.length > 50, `${files.length} files`);
  for (const f of files) {
    const lines = readFileSync(f, 'utf8').split(/\r\n|\r|\n/, 400);
    for (const fmt of OSS_FORMATS) assert.ok(fmt.detect(lines) < 0.5, `${f} taken for ${fmt.format.id}`);
  }
});
