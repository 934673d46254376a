// strongSwan's spellings of notify message types, mapped onto the IANA names of
// src/core/ike-tables.ts.
//
// charon prints a notify in two ways:
//  - inside a message summary, `N(NO_PROP)`: the short name, `notify_type_short_names`
//  - in prose, `received NO_PROPOSAL_CHOSEN notify error`: the long name, `notify_type_names`
// Both tables live in strongSwan's src/libcharon/encoding/payloads/notify_payload.c, the numbers in
// notify_payload.h (enum notify_type_t). strongSwan numbers IKEv1 and IKEv2 notifies in one enum,
// so one short name can stand for two different IANA types: code 17 is INVALID_KE_PAYLOAD in IKEv2
// (RFC 7296 §3.10.1) but INVALID-KEY-INFORMATION in IKEv1 (RFC 2408 §3.14.1). Each row therefore
// names the IKEv2 and the IKEv1 meaning of its code.
import { IKEV1_NOTIFY_TYPES, IKEV2_NOTIFY_TYPES } from '../../core/ike-tables.js';

interface NotifyRow {
  code: number;
  /** strongSwan's `notify_type_short_names` entry. */
  short: string;
  /** strongSwan's `notify_type_names` entry. */
  long: string;
}

/** notify_payload.c, both enums side by side (strongSwan 6.0; the same codes since 5.0). */
const ROWS: readonly NotifyRow[] = [
  { code: 1, short: 'CRIT', long: 'UNSUPPORTED_CRITICAL_PAYLOAD' },
  { code: 4, short: 'INVAL_IKE_SPI', long: 'INVALID_IKE_SPI' },
  { code: 5, short: 'INVAL_MAJOR', long: 'INVALID_MAJOR_VERSION' },
  { code: 7, short: 'INVAL_SYN', long: 'INVALID_SYNTAX' },
  { code: 9, short: 'INVAL_MID', long: 'INVALID_MESSAGE_ID' },
  { code: 11, short: 'INVAL_SPI', long: 'INVALID_SPI' },
  { code: 13, short: 'ATTR_UNSUP', long: 'ATTRIBUTES_NOT_SUPPORTED' },
  { code: 14, short: 'NO_PROP', long: 'NO_PROPOSAL_CHOSEN' },
  { code: 16, short: 'PLD_MAL', long: 'PAYLOAD_MALFORMED' },
  { code: 17, short: 'INVAL_KE', long: 'INVALID_KE_PAYLOAD' },
  { code: 18, short: 'INVAL_ID', long: 'INVALID_ID_INFORMATION' },
  { code: 19, short: 'INVAL_CERTEN', long: 'INVALID_CERT_ENCODING' },
  { code: 20, short: 'INVAL_CERT', long: 'INVALID_CERTIFICATE' },
  { code: 21, short: 'CERT_UNSUP', long: 'CERT_TYPE_UNSUPPORTED' },
  { code: 22, short: 'INVAL_CA', long: 'INVALID_CERT_AUTHORITY' },
  { code: 23, short: 'INVAL_HASH', long: 'INVALID_HASH_INFORMATION' },
  { code: 24, short: 'AUTH_FAILED', long: 'AUTHENTICATION_FAILED' },
  { code: 34, short: 'SINGLE_PAIR', long: 'SINGLE_PAIR_REQUIRED' },
  { code: 35, short: 'NO_ADD_SAS', long: 'NO_ADDITIONAL_SAS' },
  { code: 36, short: 'INT_ADDR_FAIL', long: 'INTERNAL_ADDRESS_FAILURE' },
  { code: 37, short: 'FAIL_CP_REQ', long: 'FAILED_CP_REQUIRED' },
  { code: 38, short: 'TS_UNACCEPT', long: 'TS_UNACCEPTABLE' },
  { code: 39, short: 'INVAL_SEL', long: 'INVALID_SELECTORS' },
  { code: 40, short: 'UNACCEPT_ADDR', long: 'UNACCEPTABLE_ADDRESSES' },
  { code: 41, short: 'UNEXPECT_NAT', long: 'UNEXPECTED_NAT_DETECTED' },
  { code: 42, short: 'ASSIGNED_HoA', long: 'USE_ASSIGNED_HoA' },
  { code: 43, short: 'TEMP_FAIL', long: 'TEMPORARY_FAILURE' },
  { code: 44, short: 'NO_CHILD_SA', long: 'CHILD_SA_NOT_FOUND' },
  { code: 47, short: 'NO_STATE', long: 'STATE_NOT_FOUND' },
  { code: 48, short: 'MAX_QUEUE', long: 'TS_MAX_QUEUE' },
  { code: 8192, short: 'ME_CONN_FAIL', long: 'ME_CONNECT_FAILED' },
  { code: 12345, short: 'MS_STATUS', long: 'MS_NOTIFY_STATUS' },
  { code: 16384, short: 'INIT_CONTACT', long: 'INITIAL_CONTACT' },
  { code: 16385, short: 'SET_WINSIZE', long: 'SET_WINDOW_SIZE' },
  { code: 16386, short: 'ADD_TS_POSS', long: 'ADDITIONAL_TS_POSSIBLE' },
  { code: 16387, short: 'IPCOMP_SUP', long: 'IPCOMP_SUPPORTED' },
  { code: 16388, short: 'NATD_S_IP', long: 'NAT_DETECTION_SOURCE_IP' },
  { code: 16389, short: 'NATD_D_IP', long: 'NAT_DETECTION_DESTINATION_IP' },
  { code: 16390, short: 'COOKIE', long: 'COOKIE' },
  { code: 16391, short: 'USE_TRANSP', long: 'USE_TRANSPORT_MODE' },
  { code: 16392, short: 'HTTP_CERT_LOOK', long: 'HTTP_CERT_LOOKUP_SUPPORTED' },
  { code: 16393, short: 'REKEY_SA', long: 'REKEY_SA' },
  { code: 16394, short: 'ESP_TFC_PAD_N', long: 'ESP_TFC_PADDING_NOT_SUPPORTED' },
  { code: 16395, short: 'NON_FIRST_FRAG', long: 'NON_FIRST_FRAGMENTS_ALSO' },
  { code: 16396, short: 'MOBIKE_SUP', long: 'MOBIKE_SUPPORTED' },
  { code: 16397, short: 'ADD_4_ADDR', long: 'ADDITIONAL_IP4_ADDRESS' },
  { code: 16398, short: 'ADD_6_ADDR', long: 'ADDITIONAL_IP6_ADDRESS' },
  { code: 16399, short: 'NO_ADD_ADDR', long: 'NO_ADDITIONAL_ADDRESSES' },
  { code: 16400, short: 'UPD_SA_ADDR', long: 'UPDATE_SA_ADDRESSES' },
  { code: 16401, short: 'COOKIE2', long: 'COOKIE2' },
  { code: 16402, short: 'NO_NATS', long: 'NO_NATS_ALLOWED' },
  { code: 16403, short: 'AUTH_LFT', long: 'AUTH_LIFETIME' },
  { code: 16404, short: 'MULT_AUTH', long: 'MULTIPLE_AUTH_SUPPORTED' },
  { code: 16405, short: 'AUTH_FOLLOWS', long: 'ANOTHER_AUTH_FOLLOWS' },
  { code: 16406, short: 'REDIR_SUP', long: 'REDIRECT_SUPPORTED' },
  { code: 16407, short: 'REDIR', long: 'REDIRECT' },
  { code: 16408, short: 'REDIR_FROM', long: 'REDIRECTED_FROM' },
  { code: 16409, short: 'TKT_LT_OPAK', long: 'TICKET_LT_OPAQUE' },
  { code: 16410, short: 'TKT_REQ', long: 'TICKET_REQUEST' },
  { code: 16411, short: 'TKT_ACK', long: 'TICKET_ACK' },
  { code: 16412, short: 'TKT_NACK', long: 'TICKET_NACK' },
  { code: 16413, short: 'TKT_OPAK', long: 'TICKET_OPAQUE' },
  { code: 16414, short: 'LINK_ID', long: 'LINK_ID' },
  { code: 16415, short: 'WESP_MODE', long: 'USE_WESP_MODE' },
  { code: 16416, short: 'ROHC_SUP', long: 'ROHC_SUPPORTED' },
  { code: 16417, short: 'EAP_ONLY', long: 'EAP_ONLY_AUTHENTICATION' },
  { code: 16418, short: 'CHDLESS_SUP', long: 'CHILDLESS_IKEV2_SUPPORTED' },
  { code: 16419, short: 'CRASH_DET', long: 'QUICK_CRASH_DETECTION' },
  { code: 16420, short: 'MSG_ID_SYN_SUP', long: 'IKEV2_MESSAGE_ID_SYNC_SUPPORTED' },
  { code: 16421, short: 'RPL_CTR_SYN_SUP', long: 'IKEV2_REPLAY_COUNTER_SYNC_SUPPORTED' },
  { code: 16422, short: 'MSG_ID_SYN', long: 'IKEV2_MESSAGE_ID_SYNC' },
  { code: 16423, short: 'RPL_CTR_SYN', long: 'IPSEC_REPLAY_COUNTER_SYNC' },
  { code: 16424, short: 'SEC_PASSWD', long: 'SECURE PASSWORD_METHOD' },
  { code: 16425, short: 'PSK_PST', long: 'PSK_PERSIST' },
  { code: 16426, short: 'PSK_CFM', long: 'PSK_CONFIRM' },
  { code: 16427, short: 'ERX_SUP', long: 'ERX_SUPPORTED' },
  { code: 16428, short: 'IFOM_CAP', long: 'IFOM_CAPABILITY' },
  { code: 16429, short: 'SENDER_REQ_ID', long: 'SENDER_REQUEST_ID' },
  { code: 16430, short: 'FRAG_SUP', long: 'FRAGMENTATION_SUPPORTED' },
  { code: 16431, short: 'HASH_ALG', long: 'SIGNATURE_HASH_ALGORITHMS' },
  { code: 16435, short: 'USE_PPK', long: 'USE_PPK' },
  { code: 16436, short: 'PPK_ID', long: 'PPK_IDENTITY' },
  { code: 16437, short: 'NO_PPK', long: 'NO_PPK_AUTH' },
  { code: 16438, short: 'IKE_INT_SUP', long: 'INTERMEDIATE_EXCHANGE_SUPPORTED' },
  { code: 16441, short: 'ADD_KE', long: 'ADDITIONAL_KEY_EXCHANGE' },
  { code: 16442, short: 'AGGFRAG', long: 'USE_AGGFRAG' },
  { code: 16444, short: 'RES_INFO', long: 'SA_RESOURCE_INFO' },
  { code: 24578, short: 'INITIAL_CONTACT', long: 'INITIAL_CONTACT' },
  { code: 36136, short: 'DPD', long: 'DPD_R_U_THERE' },
  { code: 36137, short: 'DPD_ACK', long: 'DPD_R_U_THERE_ACK' },
  { code: 40501, short: 'UNITY_LB', long: 'UNITY_LOAD_BALANCE' },
  { code: 40961, short: 'BEET_MODE', long: 'USE_BEET_MODE' },
  { code: 40962, short: 'ME_MED', long: 'ME_MEDIATION' },
  { code: 40963, short: 'ME_EP', long: 'ME_ENDPOINT' },
  { code: 40964, short: 'ME_CB', long: 'ME_CALLBACK' },
  { code: 40965, short: 'ME_CID', long: 'ME_CONNECTID' },
  { code: 40966, short: 'ME_CKEY', long: 'ME_CONNECTKEY' },
  { code: 40967, short: 'ME_CAUTH', long: 'ME_CONNECTAUTH' },
  { code: 40968, short: 'ME_R', long: 'ME_RESPONSE' },
  { code: 40969, short: 'RADIUS', long: 'RADIUS_ATTRIBUTE' },
];

/**
 * IANA names that strongSwan spells differently from ike-tables.ts (IANA "IKEv2 Notify Message
 * Types": 16430 is IKEV2_FRAGMENTATION_SUPPORTED, RFC 7383 §2.3; 16438 is
 * INTERMEDIATE_EXCHANGE_SUPPORTED, RFC 9242 §3; 16441 is ADDITIONAL_KEY_EXCHANGE, RFC 9370 §3.2.4).
 */
const V2_RENAMES: Readonly<Record<number, string>> = {
  16430: 'IKEV2_FRAGMENTATION_SUPPORTED',
  16436: 'PPK_IDENTITY',
  16437: 'NO_PPK_AUTH',
  16438: 'INTERMEDIATE_EXCHANGE_SUPPORTED',
  16441: 'ADDITIONAL_KEY_EXCHANGE',
};

/** RFC 3706 §5 calls strongSwan's DPD_R_U_THERE / _ACK R-U-THERE / R-U-THERE-ACK. */
const V1_RENAMES: Readonly<Record<number, string>> = {
  36136: 'R_U_THERE',
  36137: 'R_U_THERE_ACK',
  24578: 'INITIAL_CONTACT_V1',
};

const byShort = new Map(ROWS.map((r) => [r.short, r]));
const byLong = new Map<string, NotifyRow>();
for (const r of ROWS) if (!byLong.has(r.long)) byLong.set(r.long, r);
// IKEv1's INITIAL-CONTACT (RFC 2407 §4.6.3.3) shares its long name with IKEv2's; the code decides.
const v2Table: Readonly<Record<number, string>> = IKEV2_NOTIFY_TYPES;
const v1Table: Readonly<Record<number, string>> = IKEV1_NOTIFY_TYPES;

function ianaName(row: NotifyRow, version: 1 | 2 | undefined): string {
  if (version === 1) {
    if (row.code === 16384 && row.long === 'INITIAL_CONTACT') return 'INITIAL_CONTACT_V1';
    return V1_RENAMES[row.code] ?? v1Table[row.code] ?? v2Table[row.code] ?? row.long;
  }
  if (row.code === 24578) return 'INITIAL_CONTACT_V1';
  if (row.code === 36136 || row.code === 36137) return V1_RENAMES[row.code] ?? row.long;
  return V2_RENAMES[row.code] ?? v2Table[row.code] ?? row.long;
}

/**
 * Name of a notify written as strongSwan's short name (`NO_PROP`) or as a bare number in
 * parentheses (`(16430)`, printed for types strongSwan has no name for).
 */
export function notifyFromShort(short: string, version?: 1 | 2): string {
  const numeric = /^\((\d{1,5})\)$/.exec(short);
  if (numeric) {
    const n = Number(numeric[1]);
    const row = ROWS.find((r) => r.code === n);
    if (row) return ianaName(row, version);
    return (version === 1 ? v1Table[n] : v2Table[n]) ?? `NOTIFY_${n}`;
  }
  const row = byShort.get(short);
  return row ? ianaName(row, version) : short;
}

/** Name of a notify written as strongSwan's long name (`NO_PROPOSAL_CHOSEN`, `DPD_R_U_THERE`). */
export function notifyFromLong(long: string, version?: 1 | 2): string {
  const row = byLong.get(long);
  if (!row) return long;
  if (version === 1 && long === 'INITIAL_CONTACT') return 'INITIAL_CONTACT_V1';
  return ianaName(row, version);
}

/** The numeric code behind a strongSwan short name, when known. */
export function notifyCode(short: string): number | undefined {
  return byShort.get(short)?.code;
}
