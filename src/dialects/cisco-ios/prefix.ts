// Line families of IOS / IOS-XE crypto logging and how each one's prefix comes off.
//
//  syslog   `%CRYPTO-5-SESSION_STATUS: ...`, `%IKEV2-5-...` (after any time stamp / sequence number)
//  isakmp   `debug crypto isakmp`:  `ISAKMP:(1001): ...` (IOS 12.4-15), `ISAKMP (0:1001): ...`,
//           `ISAKMP: (1001):...`, `ISAKMP-PAK: (1001):...`, `ISAKMP-ERROR: (0):...` (IOS-XE 16+),
//           `ISAKMP:      encryption AES-CBC` (attribute lines without an SA)
//  ipsec    `debug crypto ipsec`:   `IPSEC(validate_proposal_request): proposal part #1`
//  ikev2    `debug crypto ikev2`:   `IKEv2:(SESSION ID = 1,SA ID = 1):Received Packet [...]`,
//           `IKEv2:(SA ID = 1):...`, `IKEv2:...`, `IKEv2-ERROR:(SESSION ID = 1,SA ID = 1):: ...`
//  cont     lines printed under a debug line without a prefix of their own:
//           `IKEv2 IKE_AUTH Exchange REQUEST`, `Initiator SPI : ...`, `Payload contents:`,
//           ` VID IDr AUTH NOTIFY(NO_PROPOSAL_CHOSEN)`, `   AES-CBC   SHA96   Don't use ESN`,
//           `    local_proxy= 192.168.1.0/255.255.255.0/256/0,` ...
//
// ISAKMP and IKEv2 bodies are returned as `ISAKMP: <body>` / `IKEv2: <body>` so that one pattern
// list can tell the families apart. The ASA's `IKEv2-PROTO-` / `IKEv2-PLAT-` output is not ours.
import type { Prefixed } from '../../core/dialect.js';
import type { EventDraft, LogRecord } from '../../core/model.js';

export type Family = 'syslog' | 'isakmp' | 'ipsec' | 'ikev2' | 'cont';

export interface IosPrefixed extends Prefixed {
  family: Family;
}

/** Characters a syslog / debug time stamp or sequence number in front of a message can hold. */
function isPreambleChar(c: number): boolean {
  return (
    (c >= 48 && c <= 58) || // 0-9 :
    (c >= 65 && c <= 90) ||
    (c >= 97 && c <= 122) ||
    c === 32 ||
    c === 9 ||
    c === 42 || // *
    c === 46 || // .
    c === 45 || // -
    c === 95 || // _
    c === 47 || // /
    c === 43 || // +
    c === 60 || // <
    c === 62 || // >
    c === 44 // ,
  );
}

const MAX_PREAMBLE = 160;

/** Whether `msg[0..i)` can be an envelope (time stamp, host, sequence number) in front of a marker. */
function preambleOk(msg: string, i: number): boolean {
  if (i === 0) return true;
  if (i > MAX_PREAMBLE) return false;
  const prev = msg.charCodeAt(i - 1);
  if (prev !== 32 && prev !== 58 && prev !== 9) return false;
  for (let k = 0; k < i; k++) if (!isPreambleChar(msg.charCodeAt(k))) return false;
  return true;
}

function findMarker(msg: string, marker: string): number {
  let i = msg.indexOf(marker);
  while (i >= 0 && i <= MAX_PREAMBLE) {
    if (preambleOk(msg, i)) return i;
    i = msg.indexOf(marker, i + 1);
  }
  return -1;
}

export function isIkev2Debug(msg: string): boolean {
  return msg.includes('IKEv2-PROTO-') || msg.includes('IKEv2-PLAT-');
}

const SYSLOG_TAG = /^%(?<fac>CRYPTO|IKEV2)-(?<sev>[0-7])-(?<mn>[A-Z0-9_]{1,40}): ?/;
const CONT = [
  /^IKEv2 [A-Z_]{3,24} Exchange (?:REQUEST|RESPONSE)/,
  /^Initiator SPI : /,
  /^Payload contents: ?$/,
  /^ (?:SA|KE|N|VID|ENCR|IDi|IDr|AUTH|CERT|CERTREQ|CFG|TSi|TSr|DELETE|NOTIFY|EAP|SKF)\b/,
  /^Num\. transforms: /,
  /^ {2,8}(?:AES|3DES|DES|NULL|CAMELLIA|CHACHA|SHA|MD5|DH_GROUP)/,
  /^Proposal \d{1,3}: /,
  /^\s{0,12}\(key eng\. msg\.\) /,
  /^\s{1,12}\(sa\) /,
  /^\s{2,12}(?:local_proxy|remote_proxy|src_proxy|dest_proxy|protocol|lifedur|spi|sa_spi|sa_trans|sa_dest)= ?/,
];

/** `(SESSION ID = 1,SA ID = 1)`, `(SA ID = 1)` at i: the SA id and the end, or undefined. */
function ikev2Ids(s: string, i: number): { sa?: string; session?: string; end: number } | undefined {
  if (s.charCodeAt(i) !== 40) return undefined;
  const close = s.indexOf(')', i);
  if (close < 0 || close - i > 48) return undefined;
  const inner = s.slice(i + 1, close);
  const out: { sa?: string; session?: string; end: number } = { end: close + 1 };
  for (const part of inner.split(',')) {
    const [k, v] = part.split('=').map((x) => x.trim());
    if (!k || v === undefined || !/^\d{1,10}$/.test(v)) continue;
    if (k === 'SA ID') out.sa = v;
    else if (k === 'SESSION ID') out.session = v;
  }
  if (out.sa === undefined && out.session === undefined) {
    if (/^\d{1,10}$/.test(inner.trim())) out.sa = inner.trim();
    else return undefined;
  }
  return out;
}

function isakmpPrefix(msg: string, i: number): IosPrefixed | undefined {
  let j = i + 6;
  const vars: Record<string, string | number> = {};
  if (msg.charCodeAt(j) === 45) {
    // ISAKMP-PAK, ISAKMP-ERROR
    let k = j + 1;
    while (k < msg.length && k - j <= 12 && msg.charCodeAt(k) >= 65 && msg.charCodeAt(k) <= 90) k++;
    if (k === j + 1) return undefined;
    vars.sub = msg.slice(j + 1, k);
    j = k;
  }
  let structural = false;
  while (msg.charCodeAt(j) === 32) j++;
  if (msg.charCodeAt(j) === 58) {
    structural = true;
    j++;
  }
  // Attribute lines keep their indentation out of the id search: `ISAKMP:      encryption DES`.
  let k = j;
  while (msg.charCodeAt(k) === 32) k++;
  let conn: string | undefined;
  if (msg.charCodeAt(k) === 40) {
    const close = msg.indexOf(')', k);
    const inner = close > 0 && close - k <= 24 ? msg.slice(k + 1, close) : '';
    const m = /^(\d{1,10})(?::(\d{1,10}))?$/.exec(inner);
    if (m) {
      conn = m[2] ?? m[1];
      j = close + 1;
      if (msg.charCodeAt(j) === 58) j++;
      structural = true;
    }
  }
  if (!structural) return undefined;
  const body = msg.slice(j).trim();
  if (!body) return undefined;
  // IOS numbers an IKE SA (conn-id) only from main-mode message 4 on and reuses the numbers, so
  // the conn-id is kept as a detail; the peer address (stamped by the parser) groups the lines.
  const base: Partial<EventDraft> = { ikeVersion: 1 };
  if (conn !== undefined) vars.connId = conn;
  return { family: 'isakmp', rest: `ISAKMP: ${body}`, base, vars };
}

function ikev2Prefix(msg: string, i: number): IosPrefixed | undefined {
  let j = i + 5;
  const vars: Record<string, string | number> = {};
  if (msg.charCodeAt(j) === 45) {
    const colon = msg.indexOf(':', j);
    if (colon < 0 || colon - j > 12) return undefined;
    const sub = msg.slice(j + 1, colon);
    if (!/^[A-Z]{1,10}$/.test(sub)) return undefined;
    vars.sub = sub;
    j = colon;
  }
  if (msg.charCodeAt(j) !== 58) return undefined;
  j++;
  const base: Partial<EventDraft> = { ikeVersion: 2 };
  const ids = ikev2Ids(msg, j);
  if (ids) {
    if (ids.sa !== undefined) {
      base.sa = `v2:${ids.sa}`;
      vars.saId = ids.sa;
    }
    if (ids.session !== undefined) vars.sessionId = ids.session;
    j = ids.end;
    while (msg.charCodeAt(j) === 58) j++;
  }
  const body = msg.slice(j).trim();
  // A bare `IKEv2:` is a heading of `show vpn-sessiondb` output, not a debug line.
  if (!body && !(vars.sub === 'ERROR' && ids)) return undefined;
  return { family: 'ikev2', rest: `IKEv2: ${body}`, base, vars };
}

export interface IosPrefixOptions {
  /** Read the IOS `debug crypto ikev2` lines (`IKEv2:` and the lines printed under them). */
  ikev2: boolean;
}

/** CONT entries that belong to `debug crypto ikev2` (the others to `debug crypto ipsec`). */
const IKEV2_CONT = 7;

export function iosPrefix(
  record: LogRecord,
  opts: IosPrefixOptions = { ikev2: true },
): IosPrefixed | undefined {
  const msg = record.message;
  if (isIkev2Debug(msg)) return undefined;
  let i = findMarker(msg, '%CRYPTO-');
  if (i < 0) i = findMarker(msg, '%IKEV2-');
  if (i >= 0) {
    const rest = msg.slice(i).trimEnd();
    const m = SYSLOG_TAG.exec(rest);
    if (!m?.groups) return undefined;
    return {
      family: 'syslog',
      rest,
      base: m.groups.fac === 'IKEV2' ? { ikeVersion: 2 } : {},
      vars: {
        mnemonic: `${m.groups.fac ?? ''}-${m.groups.sev ?? ''}-${m.groups.mn ?? ''}`,
        severity: Number(m.groups.sev),
      },
    };
  }
  i = findMarker(msg, 'ISAKMP');
  if (i >= 0) return isakmpPrefix(msg, i);
  i = findMarker(msg, 'IPSEC(');
  if (i < 0) i = findMarker(msg, 'map_db_find_best');
  if (i >= 0) return { family: 'ipsec', rest: msg.slice(i).trimEnd(), base: { ikeVersion: 1 }, vars: {} };
  i = findMarker(msg, 'IKEv2:');
  if (i < 0) i = findMarker(msg, 'IKEv2-');
  if (i >= 0) return opts.ikev2 ? ikev2Prefix(msg, i) : undefined;
  const text = msg.trimEnd();
  if (text && CONT.some((re, k) => (opts.ikev2 || k >= IKEV2_CONT) && re.test(text)))
    return { family: 'cont', rest: text, base: {}, vars: {} };
  return undefined;
}
