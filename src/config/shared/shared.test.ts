import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dhGroupNumber, encryptionName, integrityName } from './algorithms.js';
import { cidrFromMask, cidrFromWildcard, maskToPrefix, rangeToCidrs, wildcardToPrefix } from './net.js';
import { maskLines, MASK } from './secrets.js';
import { bracketList, quotedWords, words } from './tokens.js';
import { configRatio } from './detect.js';
import { sameIface, stripPrompt } from './cisco.js';

void test('vendor spellings of algorithms fold onto the canonical names', () => {
  const enc: [string, string][] = [
    ['esp-aes-256', 'aes-cbc-256'],
    ['esp-aes', 'aes-cbc-128'],
    ['aes', 'aes-cbc-128'],
    ['aes-192', 'aes-cbc-192'],
    ['aes-gcm-256', 'aes-gcm-16-256'],
    ['esp-gcm', 'aes-gcm-16-128'],
    ['aes-256-cbc', 'aes-cbc-256'],
    ['aes-128-gcm', 'aes-gcm-16-128'],
    ['aes256gcm', 'aes-gcm-16-256'],
    ['aes128', 'aes-cbc-128'],
    ['3des', '3des'],
    ['esp-3des', '3des'],
    ['des', 'des'],
    ['chacha20poly1305', 'chacha20poly1305'],
    ['aria256', 'aria-cbc-256'],
    ['null', 'null'],
  ];
  for (const [a, b] of enc) assert.equal(encryptionName(a), b, a);
  const hash: [string, string][] = [
    ['sha', 'sha1'],
    ['sha-1', 'sha1'],
    ['sha256', 'sha256'],
    ['sha-256', 'sha256'],
    ['esp-sha-hmac', 'sha1'],
    ['esp-sha256-hmac', 'sha256'],
    ['esp-sha512-hmac', 'sha512'],
    ['esp-md5-hmac', 'md5'],
    ['prfsha384', 'sha384'],
    ['non-auth', ''],
    ['none', ''],
  ];
  for (const [a, b] of hash) assert.equal(integrityName(a), b, a);
  assert.equal(integrityName('whirlpool'), undefined);
  assert.equal(dhGroupNumber('group14'), 14);
  assert.equal(dhGroupNumber('14'), 14);
  assert.equal(dhGroupNumber('ecp384'), 20);
  assert.equal(dhGroupNumber('no-pfs'), undefined);
});

void test('masks, wildcards and ranges become CIDRs', () => {
  assert.equal(maskToPrefix('255.255.255.0'), 24);
  assert.equal(maskToPrefix('255.0.255.0'), undefined);
  assert.equal(wildcardToPrefix('0.0.0.255'), 24);
  assert.equal(cidrFromMask('10.1.2.3', '255.255.0.0'), '10.1.0.0/16');
  assert.equal(cidrFromWildcard('10.1.2.0', '0.0.0.255'), '10.1.2.0/24');
  assert.equal(cidrFromWildcard('10.1.2.0', '0.0.255.0'), '10.1.2.0/0.0.255.0');
  assert.deepEqual(rangeToCidrs('10.0.0.0', '10.0.0.127'), ['10.0.0.0/25']);
  assert.deepEqual(rangeToCidrs('10.0.0.1', '10.0.0.2'), ['10.0.0.1/32', '10.0.0.2/32']);
  assert.equal(rangeToCidrs('0.0.0.0', '255.255.255.254', 8), undefined);
});

void test('secrets are masked wherever the rules say, PEM blocks whole', () => {
  const rules = [{ re: /^\s*key (\S+)/d }, { re: /<key>([^<]{1,100})/d }];
  const m = maskLines(
    [
      'key hunter2',
      'R1(config)#key pw',
      'x <key>a</key><key>b</key>',
      'pre -----BEGIN RSA PRIVATE KEY-----',
      'AAAA',
      '-----END RSA PRIVATE KEY----- post',
      'key *****',
    ],
    rules,
  );
  assert.deepEqual(m.lines, [
    `key ${MASK}`,
    `R1(config)#key ${MASK}`,
    `x <key>${MASK}</key><key>${MASK}</key>`,
    `pre ${MASK}`,
    MASK,
    `${MASK} post`,
    `key ${MASK}`,
  ]);
  assert.equal(m.count, 5);
});

void test('tokenizers', () => {
  assert.deepEqual(words('  a\tb  c '), ['a', 'b', 'c']);
  assert.deepEqual(
    quotedWords('set x "a b" \'c\' d').tokens.map((t) => t.text),
    ['set', 'x', 'a b', 'c', 'd'],
  );
  assert.equal(quotedWords('set key "abc').open, true);
  assert.deepEqual(bracketList(['[', 'a', 'b', ']'], 0).values, ['a', 'b']);
  assert.ok(configRatio(['interface x', ' nameif outside', 'これは説明です']) < 0.7);
  assert.equal(stripPrompt('R1(config-if)#ip address 1.1.1.1 255.0.0.0'), 'ip address 1.1.1.1 255.0.0.0');
  assert.ok(sameIface('e0/1', 'Ethernet0/1'));
  assert.ok(sameIface('Gi0/0', 'GigabitEthernet0/0'));
  assert.ok(!sameIface('Gi0/0', 'GigabitEthernet0/1'));
});
