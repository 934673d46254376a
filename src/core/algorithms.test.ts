import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatAlgorithm, parseAlgorithm, weakness } from './algorithms.js';

const canon = (s: string, hint?: Parameters<typeof parseAlgorithm>[1]) => {
  const a = parseAlgorithm(s, hint);
  return a ? formatAlgorithm(a) : undefined;
};

test('vendor spellings fold onto one canonical form', () => {
  for (const s of ['aes-256-cbc', 'AES_CBC_256', 'aes256', 'aes_cbc_256', 'AES-CBC-256'])
    assert.equal(canon(s), 'aes-cbc-256', s);
  for (const s of ['SHA256', 'sha256', 'sha2_256', 'HMAC_SHA2_256_128', 'AUTH_HMAC_SHA2_256_128', 'sha-256'])
    assert.equal(parseAlgorithm(s)?.name, 'sha256', s);
  for (const s of ['SHA512', 'sha2_512', 'HMAC_SHA2_512_256'])
    assert.equal(parseAlgorithm(s)?.name, 'sha512', s);
  for (const s of ['sha1', 'SHA', 'HMAC_SHA1_96', 'sha-1']) assert.equal(parseAlgorithm(s)?.name, 'sha1', s);
  assert.equal(canon('aes256gcm16'), 'aes-gcm-16-256');
  assert.equal(canon('AES_GCM_16_256'), 'aes-gcm-16-256');
  assert.equal(parseAlgorithm('MODP_2048')?.group, 14);
  assert.equal(parseAlgorithm('modp2048')?.group, 14);
  assert.equal(parseAlgorithm('group14')?.group, 14);
  assert.equal(parseAlgorithm('ECP_256')?.group, 19);
  assert.equal(parseAlgorithm('curve25519')?.group, 31);
  assert.equal(parseAlgorithm('PRF_HMAC_SHA2_256')?.kind, 'prf');
  assert.equal(canon('3des'), '3des');
  assert.equal(canon('OAKLEY_DES_CBC'), 'des');
  assert.equal(canon('ESP_3DES'), '3des');
});

test('weak algorithms are named', () => {
  assert.equal(weakness(parseAlgorithm('MODP_768')!), 'dh_group');
  assert.equal(weakness(parseAlgorithm('3des')!), 'encryption');
  assert.equal(weakness(parseAlgorithm('md5')!), 'integrity');
  assert.equal(weakness(parseAlgorithm('aes256')!), undefined);
  assert.equal(weakness(parseAlgorithm('MODP_2048')!), undefined);
});
