// Helpers shared by the two Cisco syslog/debug dialects (IOS / IOS-XE and ASA / FTD): Cisco's
// spellings of IKE notifies, IKEv1 attributes and algorithms, mapped onto the names of
// src/core/ike-tables.ts and the ProposalParam vocabulary of src/core/model.ts.
import type { Endpoint, EventDraft, EventKind, ProposalParam } from '../../core/model.js';
import { DH_GROUPS, notifyName } from '../../core/ike-tables.js';

type Fields = Omit<Partial<EventDraft>, 'kind'>;

/** One event; `details` of the prefix (base) and of the event are merged. */
export function mk(base: Partial<EventDraft>, kind: EventKind, fields: Fields = {}): EventDraft {
  const details = { ...(base.details ?? {}), ...(fields.details ?? {}) };
  const out: EventDraft = { ...fields, kind };
  if (Object.keys(details).length) out.details = details;
  return out;
}

/**
 * `10.0.0.1:500`, `2001:db8::1:4500`, `host.example.com:500`, `124.x.x.x`: the port is what
 * follows the last colon when it is all digits and the rest still looks like an address.
 */
export function hostPort(token: string | undefined): Endpoint {
  const out: Endpoint = {};
  if (!token) return out;
  let t = token.trim();
  while (t.length && ',;.!'.includes(t.charAt(t.length - 1))) t = t.slice(0, -1);
  if (!t) return out;
  const at = t.lastIndexOf(':');
  if (at > 0 && at < t.length - 1) {
    const port = t.slice(at + 1);
    const host = t.slice(0, at);
    // `10.0.0.1:500` or `[v6]:500`; a bare IPv6 address (`fe80::1`) keeps its last group.
    if (
      /^\d{1,5}$/.test(port) &&
      (!host.includes(':') || host.includes('::') || host.split(':').length === 8)
    ) {
      out.address = host.replace(/^\[|\]$/g, '');
      out.port = Number(port);
      return out;
    }
  }
  out.address = t.replace(/^\[|\]$/g, '');
  return out;
}

/** An endpoint from separate address and port strings; empty values are left out. */
export function ep(address?: string, port?: string | number, id?: string): Endpoint {
  const e: Endpoint = {};
  if (address !== undefined && address !== '') e.address = address;
  if (port !== undefined && port !== '' && !Number.isNaN(Number(port))) e.port = Number(port);
  if (id !== undefined && id !== '') e.id = id;
  return e;
}

/**
 * Cisco's notify spellings (IOS `processing NOTIFY PROPOSAL_NOT_CHOSEN protocol 3`, ASA
 * `Received non-routine Notify message: Invalid ID info (18)`) onto RFC 2408 §3.14.1 / RFC 7296
 * §3.10.1 names.
 */
const CISCO_NOTIFY: Readonly<Record<string, string>> = {
  PROPOSAL_NOT_CHOSEN: 'NO_PROPOSAL_CHOSEN',
  NO_PROPOSAL_CHOSEN: 'NO_PROPOSAL_CHOSEN',
  INVALID_ID_INFO: 'INVALID_ID_INFORMATION',
  INVALID_HASH_INFO: 'INVALID_HASH_INFORMATION',
  INVALID_KEY_INFO: 'INVALID_KEY_INFORMATION',
  INVALID_CERT_ENC: 'INVALID_CERT_ENCODING',
  INVALID_CERT_AUTH: 'INVALID_CERT_AUTHORITY',
  INVALID_PAYLOAD: 'INVALID_PAYLOAD_TYPE',
  'DPD/R_U_THERE': 'R_U_THERE',
  'DPD/R_U_THERE_ACK': 'R_U_THERE_ACK',
  R_U_THERE: 'R_U_THERE',
  R_U_THERE_ACK: 'R_U_THERE_ACK',
  RESPONDER_LIFETIME: 'RESPONDER_LIFETIME',
  REPLAY_STATUS: 'REPLAY_STATUS',
  ESP_TFC_NO_SUPPORT: 'ESP_TFC_PADDING_NOT_SUPPORTED',
  NON_FIRST_FRAGS: 'NON_FIRST_FRAGMENTS_ALSO',
  INVALID_KE: 'INVALID_KE_PAYLOAD',
  AUTH_FAILED: 'AUTHENTICATION_FAILED',
};

/** A Cisco notify name (IOS upper-case form, or a number) as the IANA table names it. */
export function ciscoNotify(raw: string, version: 1 | 2): string {
  const t = raw.trim();
  const known = CISCO_NOTIFY[t.toUpperCase()];
  if (known) return known;
  return notifyName(t, version);
}

/** ASA's prose notify names with the number in parentheses: `Invalid ID info (18)`. */
export function asaNotify(text: string, code: string | undefined): string {
  if (code !== undefined && /^\d{1,5}$/.test(code)) return notifyName(code, 1);
  return notifyName(text.replace(/\s+/g, '_'), 1);
}

/** IOS `debug crypto isakmp` attribute names of a phase-1 transform → the parameter they set. */
export function ikev1AttributeParam(attr: string): ProposalParam | undefined {
  const a = attr.toLowerCase();
  if (a.startsWith('encryption') || a.startsWith('transform')) return 'encryption';
  if (a.startsWith('keylength') || a.startsWith('key length')) return 'key_length';
  if (a.startsWith('hash') || a.startsWith('authenticator')) return 'integrity';
  if (a.includes('group')) return 'dh_group';
  if (a.startsWith('auth')) return 'auth_method';
  if (a.startsWith('encaps')) return 'mode';
  if (a.includes('life')) return 'lifetime';
  return undefined;
}

/**
 * The parameter an ASA `Mismatched attribute types for class <class>` (713257) or an IOS
 * `<X> offered does not match policy!` line names.
 */
export function classParam(cls: string): ProposalParam | undefined {
  const c = cls.toLowerCase();
  if (c.includes('method')) return 'auth_method';
  if (c.includes('group')) return 'dh_group';
  if (c.includes('key len') || c.includes('keylen')) return 'key_length';
  if (c.includes('encr')) return 'encryption';
  if (c.includes('hash') || c.includes('auth') || c.includes('integ')) return 'integrity';
  if (c.includes('life')) return 'lifetime';
  if (c.includes('encap') || c.includes('mode')) return 'mode';
  if (c.includes('prf')) return 'prf';
  if (c.includes('protocol')) return 'protocol';
  return undefined;
}

const DH_NAME_BY_GROUP: Readonly<Record<number, string>> = DH_GROUPS;

/**
 * One IOS IKEv2 transform token (`AES-CBC`, `SHA512`, `DH_GROUP_1536_MODP/Group 5`,
 * `DH_GROUP_256_ECP/Group 19`) in a form src/core/algorithms.ts parses.
 */
export function ikev2Transform(token: string): string {
  const g = /Group (\d{1,2})$/.exec(token);
  if (g?.[1]) {
    const n = Number(g[1]);
    return DH_NAME_BY_GROUP[n] ?? `group${n}`;
  }
  return token;
}

/**
 * An IOS IKEv2 transform list (`   AES-CBC   SHA512   SHA256   DH_GROUP_1536_MODP/Group 5`) as
 * one proposal string `AES-CBC/SHA512/SHA256/MODP_1536`.
 */
export function ikev2TransformList(list: string): string {
  const parts: string[] = [];
  for (const m of list.matchAll(/DH_GROUP_\w{1,20}\/Group \d{1,2}|\S{1,40}/g))
    parts.push(ikev2Transform(m[0]));
  return parts.join('/');
}

/** `IKE_I_MM5`, `MM_KEY_EXCH`, `AG_INIT_EXCH`: which IKEv1 exchange a Cisco state belongs to. */
export function ikev1ExchangeOf(state: string): 'MAIN_MODE' | 'AGGRESSIVE_MODE' | 'QUICK_MODE' | undefined {
  if (/^MM_|_MM\d$/.test(state)) return 'MAIN_MODE';
  if (/^AG_|^AM_|_AM\d$/.test(state)) return 'AGGRESSIVE_MODE';
  if (/^IKE_QM|_QM\d$/.test(state)) return 'QUICK_MODE';
  return undefined;
}

/** The main-mode / aggressive-mode message number of an IOS state name (`IKE_I_MM5` → 5). */
export function ikev1MsgNoOf(state: string): number | undefined {
  const m = /_[IR]_(?:MM|AM)(\d)$/.exec(state);
  return m?.[1] ? Number(m[1]) : undefined;
}

/** Whether a text names a retransmission / timer expiry (Cisco's reasons and errors). */
export function mentionsTimeout(text: string): boolean {
  return /retransmi|timer expired|timed? ?out|no response|not responding/i.test(text);
}
