// strongSwan: proposal keywords → canonical proposals, the settings syntax of swanctl.conf /
// strongswan.conf, and the swanctl.conf and legacy ipsec.conf parsers on small inputs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseChildProposals, parseIkeProposals, swEncryption } from './proposals.js';
import { parseSettings, View } from './settings.js';
import * as swanctl from './swanctl.js';
import * as legacy from './ipsec-conf.js';

void test('strongSwan encryption keywords', () => {
  const cases: [string, string | undefined][] = [
    ['aes', 'aes-cbc-128'],
    ['aes128', 'aes-cbc-128'],
    ['aes256', 'aes-cbc-256'],
    ['aes192ctr', 'aes-ctr-192'],
    ['aes256gcm16', 'aes-gcm-16-256'],
    ['aes256gcm', 'aes-gcm-16-256'],
    ['aes128gcm128', 'aes-gcm-16-128'],
    ['aes128gcm64', 'aes-gcm-8-128'],
    ['aes256gcm96', 'aes-gcm-12-256'],
    ['aes128ccm12', 'aes-ccm-12-128'],
    ['aes256gmac', 'aes-gmac-256'],
    ['camellia', 'camellia-cbc-128'],
    ['camellia256', 'camellia-cbc-256'],
    ['camellia128ctr', 'camellia-ctr-128'],
    ['3des', '3des'],
    ['des', 'des'],
    ['null', 'null'],
    ['chacha20poly1305', 'chacha20poly1305'],
    ['chacha20poly1305compat', 'chacha20poly1305'],
    ['blowfish', 'blowfish-128'],
    ['serpent256', 'serpent-cbc-256'],
    ['twofish', 'twofish-cbc-128'],
    ['nonsense', undefined],
  ];
  for (const [kw, want] of cases) assert.equal(swEncryption(kw), want, kw);
});

void test('IKE proposals: PRF from integrity, AEAD without integrity, strict flag, several proposals', () => {
  const r = parseIkeProposals('aes256-sha256-modp2048,aes256gcm16-prfsha384-ecp384,3des-sha1-md5-modp1024-modp1536!');
  assert.equal(r.strict, true);
  assert.deepEqual(r.proposals, [
    { encryption: ['aes-cbc-256'], integrity: ['sha256'], prf: ['sha256'], dhGroups: [14] },
    { encryption: ['aes-gcm-16-256'], integrity: [], prf: ['sha384'], dhGroups: [20] },
    { encryption: ['3des'], integrity: ['sha1', 'md5'], prf: ['sha1', 'md5'], dhGroups: [2, 5] },
  ]);
  // the lab's integrity scenario: integrity and PRF given apart
  assert.deepEqual(parseIkeProposals('aes256-sha384-prfsha256-modp2048').proposals[0], {
    encryption: ['aes-cbc-256'],
    integrity: ['sha384'],
    prf: ['sha256'],
    dhGroups: [14],
  });
  // truncated variants stay apart; an unknown keyword is reported, not guessed
  const t = parseIkeProposals('aes128-sha256_96-aesxcbc-curve25519-ecp512bp-frob');
  assert.deepEqual(t.proposals[0]?.integrity, ['sha256-96', 'aesxcbc']);
  assert.deepEqual(t.proposals[0]?.dhGroups, [31, 30]);
  assert.deepEqual(t.unknown, ['frob']);
  // RFC 9370 additional key exchanges and ML-KEM
  const k = parseIkeProposals('aes256gcm16-prfsha384-ecp384-ke1_mlkem768');
  assert.deepEqual(k.proposals[0]?.dhGroups, [20]);
  assert.deepEqual(k.additionalKe, ['ke1_mlkem768']);
  assert.deepEqual(parseIkeProposals('aes256-sha256-mlkem768').proposals[0]?.dhGroups, [36]);
  const d = parseIkeProposals('aes256-sha256-modp3072, default');
  assert.equal(d.usedDefault, true);
  assert.ok(d.proposals.length >= 3);
});

void test('child proposals: a DH group is PFS, ESN, AH', () => {
  assert.deepEqual(parseChildProposals('aes256-sha256', 'esp').proposals, [{ protocol: 'esp', encryption: ['aes-cbc-256'], integrity: ['sha256'], dhGroups: [] }]);
  assert.deepEqual(parseChildProposals('aes256gcm16-modp2048-esn', 'esp').proposals, [
    { protocol: 'esp', encryption: ['aes-gcm-16-256'], integrity: [], dhGroups: [14], esn: true },
  ]);
  assert.equal(parseChildProposals('aes128-sha1-esn-noesn', 'esp').proposals[0]?.esn, undefined);
  assert.deepEqual(parseChildProposals('sha1-sha256-modp1024', 'ah').proposals, [{ protocol: 'ah', encryption: [], integrity: ['sha1', 'sha256'], dhGroups: [2] }]);
  assert.equal(parseChildProposals('aes128-sha1!', 'esp').strict, true);
});

void test('settings syntax: sections, quoted values across lines, references, includes, errors', () => {
  const text = [
    'base {',
    '  a = 1',
    '  inner { x = y }',
    '}',
    'connections',
    '{',
    '  c : base {   # a comment',
    '    a = 2',
    '    q = "two \\"words\\"\\',
    'joined" and more',
    '    m = "first',
    'second"',
    '    include extra.conf',
    '    empty =',
    '  }',
    '}',
    'bad line here',
    '= nothing',
    '}',
  ].join('\n');
  const d = parseSettings(text);
  const root = View.of(d.root, d.root);
  const c = root.sub('connections')!.sub('c')!;
  assert.equal(c.kv('a')?.value, '2');
  assert.equal(c.kv('q')?.value, 'two "words"joined and more');
  assert.equal(c.kv('m')?.value, 'first\nsecond');
  assert.equal(c.kv('empty')?.value, '');
  // inherited from base, with its subsection
  assert.equal(c.sub('inner')?.kv('x')?.value, 'y');
  assert.equal(c.kv('m')?.pos.i, 10);
  assert.deepEqual(d.includes.map((i) => [i.pattern, i.pos.i]), [['extra.conf', 12]]);
  assert.deepEqual(
    d.errors.map((e) => e.i),
    [16, 17, 18],
  );
});

void test('settings syntax: secrets are masked in the lines and the tree', () => {
  const d = parseSettings(['secrets {', ' ike-1 {', '  secret = "abc def"', '  pin = 1234', '  id = me', ' }', '}', 'db { database = mysql://user:hunter2@db/ipsec }'].join('\n'));
  assert.equal(d.secrets, 3);
  const joined = d.lines.join('\n');
  for (const s of ['abc def', '1234', 'hunter2']) assert.ok(!joined.includes(s), s);
  assert.ok(joined.includes('mysql://user:********@db/ipsec'));
  const root = View.of(d.root, d.root);
  assert.equal(root.sub('secrets')?.sub('ike-1')?.kv('secret')?.value, '********');
  assert.equal(root.sub('secrets')?.sub('ike-1')?.kv('id')?.value, 'me');
});

void test('swanctl.conf: version 0, psk without a secret, include keeps pskPresent unknown', () => {
  const base = ['connections {', ' c {', '  version = 0', '  local { auth = psk', '   id = a }', '  remote { auth = psk }', ' }', '}'];
  const r = swanctl.parse('t.conf', base.join('\n'));
  const t = r.tunnels[0]!;
  assert.equal(t.ikeVersion, undefined);
  assert.equal(t.swan.versionSetting?.value, '0');
  assert.equal(t.pskPresent?.value, false);
  const withInclude = swanctl.parse('t.conf', [...base, 'include conf.d/*.conf'].join('\n'));
  assert.equal(withInclude.tunnels[0]!.pskPresent, undefined);
  assert.deepEqual(
    withInclude.notes.map((n) => n.id),
    ['swan.include-not-followed', 'swan.no-children'],
  );
});

void test('swanctl.conf: shunt children are not tunnels', () => {
  const r = swanctl.parse('t.conf', ['connections {', ' bypass {', '  children {', '   lan { local_ts = 10.0.0.0/8', '    mode = pass }', '  }', ' }', '}'].join('\n'));
  assert.equal(r.tunnels.length, 0);
  assert.deepEqual(
    r.notes.map((n) => n.id),
    ['swan.shunt'],
  );
});

void test('legacy ipsec.conf: keyexchange=ike, rightid with %, authby with leftauth', () => {
  const r = legacy.parse(
    'ipsec.conf',
    ['conn a', '  keyexchange=ike', '  left=192.0.2.1', '  right=192.0.2.2', '  rightid=%moon.example', '  authby=secret', '  rightauth=pubkey', '  dpddelay=10'].join('\n'),
  );
  const t = r.tunnels[0]!;
  assert.equal(t.ikeVersion, undefined);
  assert.equal(t.swan.versionSetting?.value, 'ike');
  assert.equal(t.remoteId?.value, 'moon.example');
  assert.equal(t.auth?.value, 'psk');
  assert.equal(t.swan.remoteAuth?.value, 'cert');
  // dpdaction defaults to none: a dpddelay alone does not turn DPD on
  assert.deepEqual(t.dpd?.value, { enabled: false, delaySeconds: 10 });
});
