// charon's message summaries: `generating IKE_SA_INIT request 0 [ SA KE No N(NATD_S_IP) ]`.
//
// The summary is built by message.c get_string(): "%N %s %u [" with exchange_type_names
// (encoding/payloads/ike_header.c), "request"/"response", the message ID, then one token per payload
// from payload_type_short_names (encoding/payloads/payload.c). Notify payloads add `(short name)`,
// EAP payloads `/CODE/TYPE`, configuration payloads `(attributes)`, IKEv2 encrypted fragments
// `EF(n/m)` and IKEv1 fragments `FRAG(n/m)`.
import type { ExchangeName } from '../../core/ike-tables.js';
import type { IkeVersion } from '../../core/model.js';
import { notifyFromShort } from './notify-names.js';

interface ExchangeInfo {
  /** Name as in src/core/ike-tables.ts; undefined for exchanges it has no name for. */
  name?: ExchangeName;
  version: IkeVersion;
}

/** exchange_type_names → IANA names (RFC 7296 §3.1, RFC 2408 §3.1, RFC 2409 §5). */
const EXCHANGES: Readonly<Record<string, ExchangeInfo>> = {
  ID_PROT: { name: 'MAIN_MODE', version: 1 }, // "Identity Protection", RFC 2408 §4.5
  AUTH_ONLY: { name: 'AUTHENTICATION_ONLY', version: 1 },
  AGGRESSIVE: { name: 'AGGRESSIVE_MODE', version: 1 },
  INFORMATIONAL_V1: { name: 'INFORMATIONAL_V1', version: 1 },
  // ISAKMP Configuration Method (draft-dukes-ike-mode-cfg), exchange type 6: XAuth and mode config.
  TRANSACTION: { version: 1 },
  QUICK_MODE: { name: 'QUICK_MODE', version: 1 },
  NEW_GROUP_MODE: { name: 'NEW_GROUP_MODE', version: 1 },
  IKE_SA_INIT: { name: 'IKE_SA_INIT', version: 2 },
  IKE_AUTH: { name: 'IKE_AUTH', version: 2 },
  CREATE_CHILD_SA: { name: 'CREATE_CHILD_SA', version: 2 },
  INFORMATIONAL: { name: 'INFORMATIONAL', version: 2 },
  IKE_SESSION_RESUME: { name: 'IKE_SESSION_RESUME', version: 2 },
  IKE_INTERMEDIATE: { name: 'IKE_INTERMEDIATE', version: 2 },
  IKE_FOLLOWUP_KE: { name: 'IKE_FOLLOWUP_KE', version: 2 },
  ME_CONNECT: { version: 2 },
};

export function exchangeInfo(charonName: string): ExchangeInfo | undefined {
  return EXCHANGES[charonName];
}

/** Split the text between `[` and `]` into payload tokens; parentheses may hold spaces (`CPRQ(ADDR DNS)`). */
export function splitPayloads(list: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of list) {
    if (ch === '(') depth++;
    else if (ch === ')' && depth > 0) depth--;
    if (ch === ' ' && depth === 0) {
      if (cur) out.push(cur);
      cur = '';
    } else {
      cur += ch;
    }
  }
  if (cur) out.push(cur);
  return out;
}

/** Notify short names inside a payload token: `N(NO_PROP)` → `NO_PROP`, `N((16430))` → `(16430)`. */
export function notifyShortOf(token: string): string | undefined {
  if (!token.startsWith('N(') || !token.endsWith(')')) return undefined;
  const inner = token.slice(2, -1);
  // MS_NOTIFY_STATUS carries its value: `N(MS_STATUS(5))`.
  const valued = /^([A-Z][A-Z0-9_]*)\(\d+\)$/.exec(inner);
  return valued?.[1] ?? inner;
}

export interface ParsedSummary {
  payloads: string[];
  notifies: string[];
  /** `EF(1/3)` / `FRAG(1/3)`: this message is one fragment of a larger one. */
  fragment?: { index: number; total: number };
  /** EAP code/type tokens: `EAP/REQ/ID`, `EAP/SUCC`, `EAP/FAIL`. */
  eap?: string;
}

export function parseSummary(payloadText: string, version: IkeVersion | undefined): ParsedSummary {
  const payloads = splitPayloads(payloadText);
  const notifies: string[] = [];
  const out: ParsedSummary = { payloads, notifies };
  for (const p of payloads) {
    const short = notifyShortOf(p);
    if (short !== undefined) {
      notifies.push(notifyFromShort(short, version));
      continue;
    }
    const frag = /^(?:EF|FRAG)\((\d{1,3})\/(\d{1,3})\)$/.exec(p);
    if (frag) out.fragment = { index: Number(frag[1]), total: Number(frag[2]) };
    if (p.startsWith('EAP/')) out.eap = p;
  }
  return out;
}

/**
 * IKEv1 message number within its exchange, from the payloads charon lists (RFC 2409 §5: main mode
 * SA / KE,No / ID,HASH pairs; aggressive mode 3 messages; quick mode HASH(1..3)).
 */
export function ikev1MsgNo(exchange: string, isRequest: boolean, payloads: string[]): number | undefined {
  const has = (p: string) => payloads.includes(p);
  if (exchange === 'ID_PROT') {
    if (has('SA')) return isRequest ? 1 : 2;
    if (has('KE')) return isRequest ? 3 : 4;
    if (has('ID') || has('HASH') || has('SIG')) return isRequest ? 5 : 6;
    return undefined;
  }
  if (exchange === 'AGGRESSIVE') {
    if (has('SA')) return isRequest ? 1 : 2;
    if (isRequest) return 3;
    return undefined;
  }
  if (exchange === 'QUICK_MODE') {
    if (has('SA')) return isRequest ? 1 : 2;
    if (isRequest) return 3;
  }
  return undefined;
}
