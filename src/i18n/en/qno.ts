// en messages: qno
// Qno routers log pluto's messages; the patterns shared with pluto explain the same way.
import pluto from './pluto.js';

const SHARED = [
  'v1-peer-id',
  'weak-ike-algorithm',
  'weak-esp-algorithm',
  'nat-t-result',
  'v1-isakmp-established',
  'v1-ipsec-established',
  'dpd-enabled',
  'dpd-dead',
  'instance-deleted',
  'v1-info-unknown-sa',
  'vendor-id',
  'v1-no-connection-authorized',
  'v1-delete-not-found',
];

const messages: Record<string, string> = {
  ...Object.fromEntries(SHARED.map((id) => [`explain.qno.${id}`, pluto[`explain.pluto.${id}`] ?? ''])),
  'explain.qno.qno-packet': 'IKEv1 {mode} Mode message {n}: the router {verb} it.',
  'explain.qno.qno-spi': '{dir} SPI of the IPsec SA being negotiated: {spi}.',
  'explain.qno.qno-esp-algorithms':
    'Kernel algorithm ids of the IPsec SA: ESP transform {e} (2 = DES, 3 = 3DES, 12 = AES), key length {key} bits, authentication {a} (1 = HMAC-MD5, 2 = HMAC-SHA1).',
  'explain.qno.tag': '[{tag}] {message}',
};
export default messages;
