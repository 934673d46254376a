// IKE protocol constants, one table per IANA registry. Every dialect maps its vendor's spelling
// onto these names; nothing else in the code base spells a protocol number.
//
// Sources:
//  - RFC 7296 (IKEv2) §3.1 exchange types, §3.3.2 transforms, §3.10.1 notify message types
//  - IANA "Internet Key Exchange Version 2 (IKEv2) Parameters"
//    (https://www.iana.org/assignments/ikev2-parameters/)
//  - RFC 2408 (ISAKMP) §3.1 exchange types, §3.14.1 notify message types
//  - RFC 2407 (IPsec DOI) §4.6.3 (RESPONDER-LIFETIME, REPLAY-STATUS, INITIAL-CONTACT)
//  - RFC 2409 (IKEv1) §5 main/aggressive/quick mode
//  - RFC 3706 (DPD) §5 R-U-THERE / R-U-THERE-ACK
//  - RFC 3947 (NAT-T for IKEv1), RFC 7383 (IKEv2 fragmentation)

/** IKEv2 exchange types (RFC 7296 §3.1; IANA IKEv2 Exchange Types). */
export const IKEV2_EXCHANGE_TYPES = {
  34: 'IKE_SA_INIT',
  35: 'IKE_AUTH',
  36: 'CREATE_CHILD_SA',
  37: 'INFORMATIONAL',
  38: 'IKE_SESSION_RESUME', // RFC 5723
  43: 'IKE_INTERMEDIATE', // RFC 9242
  44: 'IKE_FOLLOWUP_KE', // RFC 9370
} as const;

/** ISAKMP exchange types (RFC 2408 §3.1; RFC 2409 adds Quick Mode and New Group Mode). */
export const IKEV1_EXCHANGE_TYPES = {
  1: 'BASE',
  2: 'MAIN_MODE', // "Identity Protection"
  3: 'AUTHENTICATION_ONLY',
  4: 'AGGRESSIVE_MODE',
  5: 'INFORMATIONAL_V1',
  6: 'TRANSACTION', // draft-ietf-ipsec-isakmp-mode-cfg-05 §3.1 (mode config / XAuth)
  32: 'QUICK_MODE',
  33: 'NEW_GROUP_MODE',
} as const;

export type ExchangeName =
  | (typeof IKEV2_EXCHANGE_TYPES)[keyof typeof IKEV2_EXCHANGE_TYPES]
  | (typeof IKEV1_EXCHANGE_TYPES)[keyof typeof IKEV1_EXCHANGE_TYPES];

/** IKEv2 notify message types (RFC 7296 §3.10.1; IANA IKEv2 Notify Message Types). */
export const IKEV2_NOTIFY_TYPES = {
  1: 'UNSUPPORTED_CRITICAL_PAYLOAD',
  4: 'INVALID_IKE_SPI',
  5: 'INVALID_MAJOR_VERSION',
  7: 'INVALID_SYNTAX',
  9: 'INVALID_MESSAGE_ID',
  11: 'INVALID_SPI',
  14: 'NO_PROPOSAL_CHOSEN',
  17: 'INVALID_KE_PAYLOAD',
  24: 'AUTHENTICATION_FAILED',
  34: 'SINGLE_PAIR_REQUIRED',
  35: 'NO_ADDITIONAL_SAS',
  36: 'INTERNAL_ADDRESS_FAILURE',
  37: 'FAILED_CP_REQUIRED',
  38: 'TS_UNACCEPTABLE',
  39: 'INVALID_SELECTORS',
  40: 'UNACCEPTABLE_ADDRESSES', // RFC 4555
  41: 'UNEXPECTED_NAT_DETECTED', // RFC 4555
  42: 'USE_ASSIGNED_HoA', // RFC 5026
  43: 'TEMPORARY_FAILURE',
  44: 'CHILD_SA_NOT_FOUND',
  45: 'INVALID_GROUP_ID', // RFC 9838 (G-IKEv2)
  46: 'AUTHORIZATION_FAILED',
  47: 'STATE_NOT_FOUND', // RFC 9370
  16384: 'INITIAL_CONTACT',
  16385: 'SET_WINDOW_SIZE',
  16386: 'ADDITIONAL_TS_POSSIBLE',
  16387: 'IPCOMP_SUPPORTED',
  16388: 'NAT_DETECTION_SOURCE_IP',
  16389: 'NAT_DETECTION_DESTINATION_IP',
  16390: 'COOKIE',
  16391: 'USE_TRANSPORT_MODE',
  16392: 'HTTP_CERT_LOOKUP_SUPPORTED',
  16393: 'REKEY_SA',
  16394: 'ESP_TFC_PADDING_NOT_SUPPORTED',
  16395: 'NON_FIRST_FRAGMENTS_ALSO',
  16396: 'MOBIKE_SUPPORTED', // RFC 4555
  16397: 'ADDITIONAL_IP4_ADDRESS',
  16398: 'ADDITIONAL_IP6_ADDRESS',
  16399: 'NO_ADDITIONAL_ADDRESSES',
  16400: 'UPDATE_SA_ADDRESSES',
  16401: 'COOKIE2',
  16402: 'NO_NATS_ALLOWED',
  16403: 'AUTH_LIFETIME', // RFC 4478
  16404: 'MULTIPLE_AUTH_SUPPORTED', // RFC 4739
  16405: 'ANOTHER_AUTH_FOLLOWS',
  16406: 'REDIRECT_SUPPORTED', // RFC 5685
  16407: 'REDIRECT',
  16408: 'REDIRECTED_FROM',
  16417: 'EAP_ONLY_AUTHENTICATION', // RFC 5998
  16418: 'CHILDLESS_IKEV2_SUPPORTED', // RFC 6023
  16430: 'IKEV2_FRAGMENTATION_SUPPORTED', // RFC 7383
  16431: 'SIGNATURE_HASH_ALGORITHMS', // RFC 7427
  16435: 'USE_PPK', // RFC 8784
  16438: 'INTERMEDIATE_EXCHANGE_SUPPORTED', // RFC 9242
  16441: 'ADDITIONAL_KEY_EXCHANGE', // RFC 9370
} as const;

/** ISAKMP notify message types (RFC 2408 §3.14.1, RFC 2407 §4.6.3, RFC 3706 §5). */
export const IKEV1_NOTIFY_TYPES = {
  1: 'INVALID_PAYLOAD_TYPE',
  2: 'DOI_NOT_SUPPORTED',
  3: 'SITUATION_NOT_SUPPORTED',
  4: 'INVALID_COOKIE',
  5: 'INVALID_MAJOR_VERSION',
  6: 'INVALID_MINOR_VERSION',
  7: 'INVALID_EXCHANGE_TYPE',
  8: 'INVALID_FLAGS',
  9: 'INVALID_MESSAGE_ID',
  10: 'INVALID_PROTOCOL_ID',
  11: 'INVALID_SPI',
  12: 'INVALID_TRANSFORM_ID',
  13: 'ATTRIBUTES_NOT_SUPPORTED',
  14: 'NO_PROPOSAL_CHOSEN',
  15: 'BAD_PROPOSAL_SYNTAX',
  16: 'PAYLOAD_MALFORMED',
  17: 'INVALID_KEY_INFORMATION',
  18: 'INVALID_ID_INFORMATION',
  19: 'INVALID_CERT_ENCODING',
  20: 'INVALID_CERTIFICATE',
  21: 'CERT_TYPE_UNSUPPORTED',
  22: 'INVALID_CERT_AUTHORITY',
  23: 'INVALID_HASH_INFORMATION',
  24: 'AUTHENTICATION_FAILED',
  25: 'INVALID_SIGNATURE',
  26: 'ADDRESS_NOTIFICATION',
  27: 'NOTIFY_SA_LIFETIME',
  28: 'CERTIFICATE_UNAVAILABLE',
  29: 'UNSUPPORTED_EXCHANGE_TYPE',
  30: 'UNEQUAL_PAYLOAD_LENGTHS',
  16384: 'CONNECTED',
  24576: 'RESPONDER_LIFETIME',
  24577: 'REPLAY_STATUS',
  24578: 'INITIAL_CONTACT_V1',
  36136: 'R_U_THERE',
  36137: 'R_U_THERE_ACK',
} as const;

export type NotifyName =
  | (typeof IKEV2_NOTIFY_TYPES)[keyof typeof IKEV2_NOTIFY_TYPES]
  | (typeof IKEV1_NOTIFY_TYPES)[keyof typeof IKEV1_NOTIFY_TYPES];

/** Transform type 1, encryption algorithms (RFC 7296 §3.3.2; IANA; RFC 2409 App. A for IKEv1). */
export const ENCRYPTION_ALGORITHMS = {
  1: 'DES_IV64',
  2: 'DES',
  3: '3DES',
  4: 'RC5',
  5: 'IDEA',
  6: 'CAST',
  7: 'BLOWFISH',
  8: '3IDEA',
  9: 'DES_IV32',
  11: 'NULL',
  12: 'AES_CBC',
  13: 'AES_CTR',
  14: 'AES_CCM_8',
  15: 'AES_CCM_12',
  16: 'AES_CCM_16',
  18: 'AES_GCM_8',
  19: 'AES_GCM_12',
  20: 'AES_GCM_16',
  21: 'NULL_AUTH_AES_GMAC',
  23: 'CAMELLIA_CBC',
  24: 'CAMELLIA_CTR',
  25: 'CAMELLIA_CCM_8',
  26: 'CAMELLIA_CCM_12',
  27: 'CAMELLIA_CCM_16',
  28: 'CHACHA20_POLY1305', // RFC 7634
} as const;

/** Transform type 2, pseudorandom functions (RFC 7296 §3.3.2; IANA). */
export const PRF_ALGORITHMS = {
  1: 'PRF_HMAC_MD5',
  2: 'PRF_HMAC_SHA1',
  3: 'PRF_HMAC_TIGER',
  4: 'PRF_AES128_XCBC',
  5: 'PRF_HMAC_SHA2_256',
  6: 'PRF_HMAC_SHA2_384',
  7: 'PRF_HMAC_SHA2_512',
  8: 'PRF_AES128_CMAC',
} as const;

/** Transform type 3, integrity algorithms (RFC 7296 §3.3.2; IANA). */
export const INTEGRITY_ALGORITHMS = {
  0: 'NONE',
  1: 'AUTH_HMAC_MD5_96',
  2: 'AUTH_HMAC_SHA1_96',
  3: 'AUTH_DES_MAC',
  4: 'AUTH_KPDK_MD5',
  5: 'AUTH_AES_XCBC_96',
  6: 'AUTH_HMAC_MD5_128',
  7: 'AUTH_HMAC_SHA1_160',
  8: 'AUTH_AES_CMAC_96',
  9: 'AUTH_AES_128_GMAC',
  10: 'AUTH_AES_192_GMAC',
  11: 'AUTH_AES_256_GMAC',
  12: 'AUTH_HMAC_SHA2_256_128',
  13: 'AUTH_HMAC_SHA2_384_192',
  14: 'AUTH_HMAC_SHA2_512_256',
} as const;

/** Transform type 4, Diffie-Hellman groups (RFC 7296 §3.3.2; IANA; RFC 3526, 5114, 5903, 8031). */
export const DH_GROUPS = {
  0: 'NONE',
  1: 'MODP_768',
  2: 'MODP_1024',
  5: 'MODP_1536',
  14: 'MODP_2048',
  15: 'MODP_3072',
  16: 'MODP_4096',
  17: 'MODP_6144',
  18: 'MODP_8192',
  19: 'ECP_256',
  20: 'ECP_384',
  21: 'ECP_521',
  22: 'MODP_1024_160',
  23: 'MODP_2048_224',
  24: 'MODP_2048_256',
  25: 'ECP_192',
  26: 'ECP_224',
  27: 'ECP_224_BP',
  28: 'ECP_256_BP',
  29: 'ECP_384_BP',
  30: 'ECP_512_BP',
  31: 'CURVE_25519',
  32: 'CURVE_448',
} as const;

/**
 * Groups considered too weak today. RFC 8247 §2.4 (MUST NOT: 1 and 2 ... SHOULD NOT: 5, 22-24)
 * and NIST SP 800-77r1 §3.3.
 */
export const WEAK_DH_GROUPS: ReadonlySet<number> = new Set([1, 2, 5, 22, 23, 24]);

/** IKEv1 authentication methods (RFC 2409 App. A "Authentication Method"). */
export const IKEV1_AUTH_METHODS = {
  1: 'PRE_SHARED_KEY',
  2: 'DSS_SIGNATURE',
  3: 'RSA_SIGNATURE',
  4: 'RSA_ENCRYPTION',
  5: 'RSA_REVISED_ENCRYPTION',
  65001: 'XAUTH_INIT_PSK', // draft-ietf-ipsec-isakmp-xauth
} as const;

/** IKEv2 authentication methods (RFC 7296 §3.8; IANA IKEv2 Authentication Method). */
export const IKEV2_AUTH_METHODS = {
  1: 'RSA_DIGITAL_SIGNATURE',
  2: 'SHARED_KEY_MESSAGE_INTEGRITY_CODE',
  3: 'DSS_DIGITAL_SIGNATURE',
  9: 'ECDSA_SHA256_P256',
  10: 'ECDSA_SHA384_P384',
  11: 'ECDSA_SHA512_P521',
  14: 'DIGITAL_SIGNATURE', // RFC 7427
} as const;

/** Well-known UDP ports: ISAKMP (RFC 2408 §2.5.1) and NAT-T (RFC 3948 §2, RFC 7296 §2.23). */
export const IKE_PORT = 500;
export const NAT_T_PORT = 4500;

const byName = <T extends Record<number, string>>(table: T): Map<string, number> =>
  new Map(Object.entries(table).map(([k, v]) => [v, Number(k)]));

const notifyV2ByName = byName(IKEV2_NOTIFY_TYPES);
const notifyV1ByName = byName(IKEV1_NOTIFY_TYPES);

/** Map a vendor's spelling of a notify type (`NO_PROPOSAL_CHOSEN`, `NO-PROPOSAL-CHOSEN`, `14`) to its name. */
export function notifyName(text: string, version: 1 | 2 = 2): string {
  const t = text.trim();
  if (/^\d+$/.test(t)) {
    const n = Number(t);
    const table: Record<number, string> = version === 1 ? IKEV1_NOTIFY_TYPES : IKEV2_NOTIFY_TYPES;
    return table[n] ?? `NOTIFY_${n}`;
  }
  const canon = t
    .toUpperCase()
    .replace(/[-\s]/g, '_')
    .replace(/^(?:ISAKMP_)?N_/, '');
  if (canon === 'INITIAL_CONTACT' && version === 1) return 'INITIAL_CONTACT_V1';
  if (notifyV2ByName.has(canon) || notifyV1ByName.has(canon)) return canon;
  return canon;
}

export function isErrorNotify(name: string): boolean {
  const n = notifyV2ByName.get(name) ?? notifyV1ByName.get(name);
  return n !== undefined && n < 16384;
}
