// The pieces shared by the strongSwan and Libreswan parsers: wildcards, includes (relative,
// wildcard, missing, looping), ipsec.secrets masking and matching, value helpers, selectors and
// telling the two ipsec.conf dialects apart.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { wildcardMatch } from './glob.js';
import { kilobytes, seconds, selectorNets, idMatches } from './common.js';
import { maskSecrets, parse as parseSecrets, detect as detectSecrets, pskFor } from './secrets.js';
import { flavorOf } from './flavor.js';
import { linkSecrets } from './link.js';
import * as libreswan from '../libreswan/ipsec-conf.js';
import * as legacy from '../strongswan/ipsec-conf.js';

void test('wildcards', () => {
  const yes: [string, string][] = [
    ['*.conf', 'a.conf'],
    ['ipsec.*.secrets', 'ipsec.site.secrets'],
    ['site-?.conf', 'site-1.conf'],
    ['[ab]*', 'b-x'],
    ['[!a]x', 'bx'],
    ['[a-c]', 'b'],
    ['*', 'anything'],
    ['a*b*c', 'aXXbYYc'],
  ];
  const no: [string, string][] = [
    ['*.conf', 'a.secrets'],
    ['*.conf', '.hidden.conf'],
    ['site-?.conf', 'site-10.conf'],
    ['[!a]x', 'ax'],
    ['a*b*c', 'aXXbYY'],
  ];
  for (const [p, n] of yes) assert.ok(wildcardMatch(p, n), `${p} ~ ${n}`);
  for (const [p, n] of no) assert.ok(!wildcardMatch(p, n), `${p} !~ ${n}`);
  // linear on a pathological pattern
  const t0 = performance.now();
  assert.ok(!wildcardMatch(`${'*a'.repeat(200)}b`, 'a'.repeat(2000)));
  assert.ok(performance.now() - t0 < 1000);
});

void test('values: times, byte counts, identities', () => {
  assert.equal(seconds('3600'), 3600);
  assert.equal(seconds('1h'), 3600);
  assert.equal(seconds('30m'), 1800);
  assert.equal(seconds('1d'), 86400);
  assert.equal(seconds('1.5h'), 5400);
  assert.equal(seconds('500ms'), 0.5);
  assert.equal(seconds('soon'), undefined);
  assert.equal(kilobytes('1024'), 1);
  assert.equal(kilobytes('2G'), 2 * 1024 * 1024);
  assert.equal(kilobytes('500M'), 500 * 1024);
  assert.ok(idMatches('@moon.example', 'moon.example'));
  assert.ok(idMatches('%any', '192.0.2.1'));
  assert.ok(idMatches('*@example.org', 'carol@example.org'));
  assert.ok(!idMatches('@sun.example', 'moon.example'));
});

void test('traffic selectors', () => {
  assert.deepEqual(selectorNets('10.1.0.0/16', undefined), ['10.1.0.0/16']);
  assert.deepEqual(selectorNets('10.1.2.3/16', undefined), ['10.1.0.0/16']);
  assert.deepEqual(selectorNets('10.0.0.7', undefined), ['10.0.0.7/32']);
  assert.deepEqual(selectorNets('dynamic', '192.0.2.1'), ['192.0.2.1/32']);
  assert.deepEqual(selectorNets('dynamic', '%any'), ['dynamic']);
  assert.deepEqual(selectorNets('10.0.0.0/8[tcp/http]', undefined), ['10.0.0.0/8/tcp:80']);
  assert.deepEqual(selectorNets('0.0.0.0/0[udp/1024-2048]', undefined), ['0.0.0.0/0/udp:1024-2048']);
  assert.deepEqual(selectorNets('10.0.0.0/24', undefined, '17/1701'), ['10.0.0.0/24/udp:1701']);
  assert.deepEqual(selectorNets('2001:DB8::/32', undefined), ['2001:db8::/32']);
  assert.deepEqual(selectorNets('10.0.0.1-10.0.0.3', undefined), ['10.0.0.1/32', '10.0.0.2/31']);
  assert.deepEqual(selectorNets('vhost:%priv', undefined), ['vhost:%priv']);
});

void test('ipsec.secrets: every kind of secret is masked and counted', () => {
  const lines = [
    '@a @b : PSK "quoted secret"',
    '192.0.2.1 %any : PSK 0x0123456789abcdef',
    ': RSA key.pem "key passphrase"',
    ': RSA other.pem %prompt',
    'carol : XAUTH "xauth pw"',
    'alice : EAP secret-unquoted',
    ': PIN %smartcard 9876',
    ': RSA {',
    '\tModulus: 0xdeadbeef',
    '\tPrivateExponent: 0xfeedface',
    '\t}',
    '# PSK "not a secret, a comment"',
  ];
  const m = maskSecrets(lines);
  assert.equal(m.count, 7);
  const out = m.lines.join('\n');
  for (const s of ['quoted secret', '0123456789abcdef', 'key passphrase', 'xauth pw', 'secret-unquoted', '9876', 'deadbeef', 'feedface']) assert.ok(!out.includes(s), s);
  assert.ok(out.includes(': RSA key.pem ********'));
  assert.ok(out.includes(': RSA other.pem %prompt'));
  assert.ok(out.includes('# PSK "not a secret, a comment"'));
});

void test('ipsec.secrets: entries, multi-line entries, best PSK match, detection', () => {
  const text = ['@gw @branch : PSK "one"', '%any %any : PSK "two"', 'www.example.net @peer', '\t10.6.0.1 : PSK "three"', ': PSK "four"'].join('\n');
  const r = parseSecrets('ipsec.secrets', text);
  assert.deepEqual(
    r.secrets?.map((e) => [e.selectors.join(' '), e.type, e.src.line]),
    [
      ['@gw @branch', 'PSK', 1],
      ['%any %any', 'PSK', 2],
      ['www.example.net @peer 10.6.0.1', 'PSK', 4],
      ['', 'PSK', 5],
    ],
  );
  assert.deepEqual(r.unparsed, []);
  assert.equal(pskFor(r.secrets, ['gw'], ['branch'])?.src.line, 1);
  assert.equal(pskFor(r.secrets, ['@x'], ['@y'])?.src.line, 2);
  assert.ok(detectSecrets(text.split('\n')) >= 0.5);
  assert.equal(detectSecrets(['conn a', '  left=1.2.3.4']), 0);
  assert.ok(detectSecrets(['include /etc/ipsec.d/*.secrets']) >= 0.5);
});

void test('linkSecrets fills pskPresent of a configuration read without its secrets', () => {
  const conf = libreswan.parse('site.conf', ['conn a', '  left=192.0.2.1', '  leftid=@gw', '  right=192.0.2.2', '  rightid=@branch', '  authby=secret', '  ikev2=yes'].join('\n'));
  const before = conf.tunnels[0]!.pskPresent;
  assert.equal(before, undefined);
  const sec = parseSecrets('keys.txt', '@gw @branch : PSK "s3cr3t-value"\n');
  assert.equal(linkSecrets(conf, sec), 1);
  assert.equal(conf.tunnels[0]!.pskPresent?.value, true);
  assert.equal(conf.tunnels[0]!.pskPresent?.src?.path, 'keys.txt');
  assert.ok(!JSON.stringify(conf).includes('s3cr3t-value'));
  const none = parseSecrets('keys.txt', '@other @peer : PSK "x"\n');
  const conf2 = libreswan.parse('site.conf', ['conn a', '  left=192.0.2.1', '  right=192.0.2.2', '  authby=secret'].join('\n'));
  linkSecrets(conf2, none);
  assert.equal(conf2.tunnels[0]!.pskPresent?.value, false);
});

void test('includes: relative, wildcard, nested, missing, looping; secrets beside the file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ikescope-ipsec-'));
  try {
    mkdirSync(join(dir, 'ipsec.d'));
    writeFileSync(
      join(dir, 'ipsec.conf'),
      ['config setup', '  protostack=netkey', 'include ipsec.d/*.conf', 'include ipsec.d/none-*.conf', 'include gone.conf', 'include ipsec.conf'].join('\n'),
    );
    writeFileSync(join(dir, 'ipsec.d', 'a.conf'), ['conn a', '  left=192.0.2.1', '  leftid=@gw', '  right=192.0.2.2', '  rightid=@a', '  authby=secret', '  ikev2=yes', 'include ../nested.inc'].join('\n'));
    writeFileSync(join(dir, 'ipsec.d', 'b.conf'), ['conn b', '  also=a', '  right=192.0.2.3', '  rightid=@b', '  auto=add', 'include b.conf'].join('\n'));
    writeFileSync(join(dir, 'nested.inc'), ['  ike=aes256-sha2;dh19'].join('\n'));
    writeFileSync(join(dir, 'ipsec.secrets'), ['@gw @a : PSK "for-a"', 'include ipsec.d/*.secrets'].join('\n'));
    writeFileSync(join(dir, 'ipsec.d', 'b.secrets'), '@gw @b : PSK "for-b"\n');
    const path = join(dir, 'ipsec.conf');
    const r = libreswan.parse(path, readFileSync(path, 'utf8'));
    assert.deepEqual(
      r.tunnels.map((t) => t.name),
      ['b'],
      'a is a template of b (referenced, no auto=)',
    );
    const b = r.tunnels[0]!;
    // ike= continued from the nested include into conn a, inherited by b
    assert.deepEqual(b.ikeProposals?.value[0]?.dhGroups, [19]);
    assert.equal(b.ikeProposals?.src?.path, join(dir, 'nested.inc'));
    assert.equal(b.pskPresent?.value, true);
    assert.equal(b.pskPresent?.src?.path, join(dir, 'ipsec.d', 'b.secrets'));
    assert.equal(r.secretsMasked, 2);
    const notes = r.notes.map((n) => `${n.id} ${n.vars?.pattern ?? ''}`).sort();
    assert.deepEqual(notes, ['ipsec-conf.include-loop b.conf', 'ipsec-conf.include-loop ipsec.conf', 'ipsec-conf.include-missing gone.conf']);
    assert.ok(!JSON.stringify(r).includes('for-a') && !JSON.stringify(r).includes('for-b'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

void test('strongSwan or Libreswan ipsec.conf, by content', () => {
  const sw = ['config setup', '  charondebug="ike 2"', 'conn a', '  keyexchange=ikev2', '  left=192.0.2.1', '  leftauth=psk', '  right=192.0.2.2', '  ike=aes256-sha256-modp2048!'];
  const ls = ['config setup', '  protostack=netkey', '  plutodebug=none', 'conn a', '  ikev2=insist', '  left=192.0.2.1', '  right=192.0.2.2', '  ike=aes256-sha2_256;modp2048', '  phase2alg=aes256-sha2_256'];
  assert.equal(flavorOf(sw).flavor, 'strongswan');
  assert.equal(flavorOf(ls).flavor, 'libreswan');
  assert.ok(legacy.detect(sw) >= 0.5 && libreswan.detect(sw) < 0.5);
  assert.ok(libreswan.detect(ls) >= 0.5 && legacy.detect(ls) < 0.5);
  // a Libreswan-only keyword tips an otherwise neutral file
  const neutral = ['conn a', '  left=192.0.2.1', '  right=192.0.2.2', '  authby=secret', '  auto=add'];
  assert.ok(legacy.detect(neutral) >= 0.5 && libreswan.detect(neutral) < 0.5);
  assert.ok(libreswan.detect([...neutral, '  retransmit-timeout=60s']) >= 0.5);
});
