// en messages: qno
// Qno routers log pluto's messages; the patterns shared with pluto explain the same way.
import pluto from './pluto.js';

/** Patterns the Qno dialect shares with pluto: every language explains them with pluto's text. */
export const QNO_SHARED = [
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
] as const;

/** The shared entries of a language's Qno catalog, from that language's pluto catalog. */
export function sharedWithPluto(pluto: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(
    QNO_SHARED.map((id) => [`explain.qno.${id}`, pluto[`explain.pluto.${id}`] ?? '']),
  );
}

const messages: Record<string, string> = {
  ...sharedWithPluto(pluto),
  'explain.qno.qno-packet': 'IKEv1 {mode} Mode message {n}: the router {verb} it.',
  'explain.qno.qno-spi': '{dir} SPI of the IPsec SA being negotiated: {spi}.',
  'explain.qno.qno-esp-algorithms':
    'Kernel algorithm ids of the IPsec SA: ESP transform {e} (2 = DES, 3 = 3DES, 12 = AES), key length {key} bits, authentication {a} (1 = HMAC-MD5, 2 = HMAC-SHA1).',
  'explain.qno.tag': '[{tag}] {message}',
};
export default messages;
