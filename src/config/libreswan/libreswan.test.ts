// Libreswan / Openswan: proposal spellings → canonical proposals (with what pluto fills in), and
// the ipsec.conf parser's version, PFS and NAT-T readings on small inputs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lsEncryption, lsKe, parseLsChild, parseLsIke } from './proposals.js';
import * as libreswan from './ipsec-conf.js';

void test('Libreswan cipher spellings', () => {
  const cases: [string, boolean, string[] | undefined][] = [
    ['aes', true, ['aes-cbc-256', 'aes-cbc-128']],
    ['aes', false, ['aes-cbc-128', 'aes-cbc-256']],
    ['aes128', true, ['aes-cbc-128']],
    ['aes_256', true, ['aes-cbc-256']],
    ['aes_cbc_192', true, ['aes-cbc-192']],
    ['aes_ctr256', true, ['aes-ctr-256']],
    ['aes_gcm256', true, ['aes-gcm-16-256']],
    ['aes_gcm_16_128', true, ['aes-gcm-16-128']],
    ['aes_gcm_c256', true, ['aes-gcm-16-256']],
    ['aes_gcm_a128', true, ['aes-gcm-8-128']],
    ['aes_gcm_12_256', true, ['aes-gcm-12-256']],
    ['aes_ccm_8_128', true, ['aes-ccm-8-128']],
    ['camellia256', true, ['camellia-cbc-256']],
    ['camellia_ctr', false, ['camellia-ctr-128', 'camellia-ctr-256']],
    ['3des', true, ['3des']],
    ['chacha20_poly1305', true, ['chacha20poly1305']],
    ['null_auth_aes_gmac_256', false, ['aes-gmac-256']],
    ['rot13', true, undefined],
  ];
  for (const [tok, ike, want] of cases) assert.deepEqual(lsEncryption(tok, ike), want, tok);
  assert.equal(lsKe('dh19'), 19);
  assert.equal(lsKe('ecp_384'), 20);
  assert.equal(lsKe('modp2048'), 14);
  assert.equal(lsKe('dh31'), 31);
  assert.equal(lsKe('ml_kem_768'), 36);
  assert.equal(lsKe('none'), 0);
  assert.equal(lsKe('sha1'), undefined);
});

void test('ike=: one hash is the PRF (and IKEv2 integrity), two hashes are PRF then integrity', () => {
  assert.deepEqual(parseLsIke('aes256-sha2_256;modp2048', 2).proposals, [{ encryption: ['aes-cbc-256'], integrity: ['sha256'], prf: ['sha256'], dhGroups: [14] }]);
  assert.deepEqual(parseLsIke('aes256-sha2_512-sha2_256;dh20', 2).proposals[0], { encryption: ['aes-cbc-256'], integrity: ['sha256'], prf: ['sha512'], dhGroups: [20] });
  assert.deepEqual(parseLsIke('aes_gcm256-null;dh19', 2).proposals[0], { encryption: ['aes-gcm-16-256'], integrity: [], prf: ['sha512', 'sha256'], dhGroups: [19] });
  assert.deepEqual(parseLsIke('aes128-sha1;modp1024,3des-md5', 1).proposals, [
    { encryption: ['aes-cbc-128'], integrity: ['sha1'], prf: ['sha1'], dhGroups: [2] },
    { encryption: ['3des'], integrity: ['md5'], prf: ['md5'], dhGroups: [14, 5, 19, 31] },
  ]);
  // `aes-128`: a key length after a dash; Openswan's `-modp1024` without a semicolon
  assert.deepEqual(parseLsIke('aes-128-sha1-modp1024', 1).proposals[0], { encryption: ['aes-cbc-128'], integrity: ['sha1'], prf: ['sha1'], dhGroups: [2] });
  // `+` alternatives and the Libreswan 5 typed form
  assert.deepEqual(parseLsIke('aes256+aes128-sha2_256;dh19+dh20', 2).proposals[0], {
    encryption: ['aes-cbc-256', 'aes-cbc-128'],
    integrity: ['sha256'],
    prf: ['sha256'],
    dhGroups: [19, 20],
  });
  assert.deepEqual(parseLsIke('aes256;prf=sha2_384;integ=sha2_256;ke=dh21', 2).proposals[0], {
    encryption: ['aes-cbc-256'],
    integrity: ['sha256'],
    prf: ['sha384'],
    dhGroups: [21],
  });
  const filled = parseLsIke('aes256', 2);
  assert.deepEqual(filled.filled, ['prf', 'dh_group']);
  assert.deepEqual(filled.proposals[0]?.dhGroups, [19, 20, 21, 31, 16, 15, 14, 18]);
  assert.deepEqual(parseLsIke('aes256-sha2-frob', 2).unknown, ['frob']);
});

void test('esp=: integrity, AEAD, ESP_NULL, written DH groups', () => {
  assert.deepEqual(parseLsChild('aes256-sha2_256', 'esp', 2).proposals, [{ protocol: 'esp', encryption: ['aes-cbc-256'], integrity: ['sha256'], dhGroups: [] }]);
  assert.deepEqual(parseLsChild('aes_gcm256-null;dh19', 'esp', 2).proposals, [{ protocol: 'esp', encryption: ['aes-gcm-16-256'], integrity: [], dhGroups: [19] }]);
  assert.deepEqual(parseLsChild('null-sha1', 'esp', 1).proposals, [{ protocol: 'esp', encryption: ['null'], integrity: ['sha1'], dhGroups: [] }]);
  assert.deepEqual(parseLsChild('aes128', 'esp', 1).filled, ['integrity']);
  assert.deepEqual(parseLsChild('sha2_512', 'ah', 2).proposals, [{ protocol: 'ah', encryption: [], integrity: ['sha512'], dhGroups: [] }]);
});

function one(lines: string[]) {
  const r = libreswan.parse('ipsec.conf', lines.join('\n'));
  assert.equal(r.tunnels.length, 1, JSON.stringify(r.notes));
  return { r, t: r.tunnels[0]! };
}

void test('IKE version: keyexchange= (5.x) and ikev2= (3.x / 4.x)', () => {
  const v = (kv: string) => one(['conn a', '  left=192.0.2.1', '  right=192.0.2.2', `  ${kv}`]).t.ikeVersion?.value;
  assert.equal(v('keyexchange=ikev1'), 1);
  assert.equal(v('keyexchange=ikev2'), 2);
  assert.equal(v('ikev2=insist'), 2);
  assert.equal(v('ikev2=propose'), 2);
  assert.equal(v('ikev2=permit'), 1);
  assert.equal(v('ikev2=never'), 1);
  assert.equal(v('ikev2=no'), 1);
});

void test('PFS: pfs=yes (default) without a group uses the IKE groups; pfs=no drops a written group', () => {
  const base = ['conn a', '  left=192.0.2.1', '  right=192.0.2.2', '  ikev2=yes', '  ike=aes256-sha2;dh20'];
  assert.deepEqual(one([...base, '  esp=aes256-sha2']).t.childProposals?.value[0]?.dhGroups, [20]);
  assert.deepEqual(one([...base, '  esp=aes256-sha2;dh19']).t.childProposals?.value[0]?.dhGroups, [19]);
  const off = one([...base, '  esp=aes256-sha2;dh19', '  pfs=no']);
  assert.deepEqual(off.t.childProposals?.value[0]?.dhGroups, []);
  assert.ok(off.r.notes.some((n) => n.id === 'libreswan.pfs-off-dh-ignored'));
});

void test('NAT traversal and key spellings', () => {
  const { t, r } = one(['conn a', '  LEFT=192.0.2.1', '  left-subnet=10.0.0.0/24', '  right=192.0.2.2', '  rightsubnet=10.9.0.0/16', '  encapsulation=no', '  X-owner=ops']);
  assert.equal(t.natTraversal?.value, false);
  assert.equal(t.localAddress?.value, '192.0.2.1');
  assert.deepEqual(t.selectors?.value, [{ local: '10.0.0.0/24', remote: '10.9.0.0/16' }]);
  assert.deepEqual(r.unparsed, []);
});
