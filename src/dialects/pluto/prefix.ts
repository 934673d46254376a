// The line prefixes pluto puts before its messages, shared by the pluto and qno dialects.
//
// pluto (Openswan 2.x, Libreswan 3.x-5.x, strongSwan 4.x's IKEv1 pluto) writes:
//   "conn" #12: msg                      state #12 of connection "conn"
//   "conn"[3] 192.0.2.7 #12: msg         state of instance 3 (road warrior) with its peer
//   "conn"[1][2] 192.0.2.7 #5: msg       Libreswan 5 nested instance
//   "conn": msg                          connection, no state
//   packet from 192.0.2.7:500: msg       a message no state owns yet
//   connection from 192.0.2.7:4500: msg  the same over TCP (Libreswan 4+, RFC 8229)
//   ERROR: "conn" #2: msg                Libreswan's stream prefix comes before the connection
//   | msg                                debug output (plutodebug=)
//   |] msg                               debug copy of an answer to whack (Libreswan 4)
// Sources: libreswan programs/pluto/log.c (jam_state_prefix, from_logger, jam_stream_prefix),
// programs/pluto/connections.c (jam_connection), Openswan programs/pluto/log.c.
//
// Envelopes are normally taken off by src/input/envelope.ts; prefix parsing stays tolerant of
// what may be left over: `logtime=yes` times (`Nov 24 15:17:03.123456: `), a bare time of day
// (seed 003's `22:49:47 `), a syslog `host pluto[123]: ` tag, and the reply codes whack prints
// before each line (`002 `, `1v2 `) when a user pastes `ipsec auto --up` output.
import type { Endpoint } from '../../core/model.js';

export type PrefixKind = 'state' | 'conn' | 'packet' | 'global' | 'debug';

export interface PlutoPrefix {
  kind: PrefixKind;
  conn?: string;
  /** Instance suffix such as `[3]` (kept for display). */
  instance?: string;
  /** pluto state serial number, `#12`. */
  sa?: string;
  remote?: Endpoint;
  /** `ERROR`, `WARNING`, `EXPECTATION FAILED` ... when the line carried a stream prefix. */
  severity?: string;
  rest: string;
}

// Each is tried once, in this order; all are anchored and bounded.
const LEFTOVERS: readonly RegExp[] = [
  /^[A-Z][a-z]{2} {1,2}\d{1,2} \d{2}:\d{2}:\d{2}(?:\.\d{1,9})?:? /,
  /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:[.,]\d{1,9})?(?:Z|[+-]\d{2}:?\d{2})?:? /,
  /^\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?:? /,
  /^(?:[\w.-]{1,64} )?(?:pluto|ipsec__plutorun|ipsec_pluto|ipsec)\[\d{1,10}\]:? /,
  /^\d{3} /,
  /^\dv[12] /,
];

const SEVERITY = /^(ERROR|WARNING|warning|EXPECTATION FAILED|FATAL ERROR|IMPAIR|ABORT): /;

/** Take envelope leftovers off a message (never more than the fixed list above). */
export function stripLeftovers(message: string): string {
  // Most messages start with pluto's own prefix (`"conn" #2: `, `| ...`): nothing to strip.
  const c = message.charCodeAt(0);
  if (c === 34 /* " */ || c === 124 /* | */ || c === 0x201c /* “ */) return message;
  let m = message;
  for (const re of LEFTOVERS) {
    const hit = re.exec(m);
    if (hit) m = m.slice(hit[0].length);
  }
  return m;
}

const OPEN_QUOTES = '"\u201c\u201d\u201e';
const CLOSE_QUOTES = '"\u201c\u201d';

function isOpenQuote(c: string | undefined): boolean {
  return c !== undefined && OPEN_QUOTES.includes(c);
}

/** Index of the first closing quote at or after `from`, or -1 (looks at most `max` characters). */
function closingQuote(s: string, from: number, max: number): number {
  const end = Math.min(s.length, from + max);
  for (let i = from; i < end; i++) if (CLOSE_QUOTES.includes(s[i]!)) return i;
  return -1;
}

const IPV4_LIKE = /^(?:\d{1,3}|[a-z*]{1,3})(?:\.(?:\d{1,3}|[a-z*]{1,3})){3}$/i;
const IPV6_LIKE = /^[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}(?:%\w{1,16})?$/i;

/**
 * True for an IPv4 or IPv6 address, including the hand-masked forms documents use
 * (`124.x.x.x`, `www.xxx.yyy.zzz`, `10.*.*.1`).
 */
export function isAddressLike(s: string): boolean {
  if (s.length > 64) return false;
  if (IPV4_LIKE.test(s)) return /\d|x/i.test(s);
  return s.includes(':') && IPV6_LIKE.test(s);
}

/**
 * Parse an endpoint as pluto prints it: `192.0.2.7:500`, `124.x.x.x:500`, `192.0.2.7:UDP/500`,
 * `[2001:db8::1]:500`, a bare address, or `2001:db8::1` (no port).
 */
export function parseEndpoint(text: string): Endpoint | undefined {
  const t = text.trim();
  if (!t || t.length > 80) return undefined;
  const br = /^\[([:.%\w]{2,60})\](?::(?:(?:UDP|TCP)\/)?(\d{1,5}))?$/.exec(t);
  if (br?.[1]) {
    const ep: Endpoint = { address: br[1] };
    if (br[2]) ep.port = Number(br[2]);
    return ep;
  }
  const v4 = /^([^:\s]{7,40}):(?:(?:UDP|TCP)\/)?(\d{1,5})$/.exec(t);
  if (v4?.[1] && isAddressLike(v4[1])) return { address: v4[1], port: Number(v4[2]) };
  // Libreswan 5 writes IPv6 endpoints as `2001:db8::1:UDP/500`.
  const v6 = /^([0-9a-fA-F:]{2,45}):(?:UDP|TCP)\/(\d{1,5})$/.exec(t);
  if (v6?.[1] && isAddressLike(v6[1])) return { address: v6[1], port: Number(v6[2]) };
  if (isAddressLike(t)) return { address: t };
  return undefined;
}

/** The peer address in an instance suffix: `192.0.2.7`, `192.0.2.7:4500`, `192.1.3.0/24=== ...192.1.2.23`. */
function peerFromSuffix(text: string): Endpoint | undefined {
  let t = text.trim();
  if (!t) return undefined;
  const dots = t.lastIndexOf('...');
  if (dots >= 0) t = t.slice(dots + 3);
  const eq = t.indexOf('===');
  if (eq >= 0) t = t.slice(0, eq);
  return parseEndpoint(t);
}

/** Parse the part after an opening quote: `conn"[1] 192.0.2.7 #3: rest`. */
function parseConnPrefix(m: string, severity: string | undefined): PlutoPrefix | undefined {
  const close = closingQuote(m, 1, 256);
  if (close < 2) return undefined;
  const conn = m.slice(1, close);
  let pos = close + 1;
  let instance = '';
  // `[3]` or nested `[1][2]`
  for (let n = 0; n < 4 && m[pos] === '['; n++) {
    const end = m.indexOf(']', pos);
    if (end < 0 || end - pos > 12 || !/^\[\d{1,10}\]$/.test(m.slice(pos, end + 1))) break;
    instance += m.slice(pos, end + 1);
    pos = end + 1;
  }
  const colon = m.indexOf(': ', pos);
  // A bare `"conn":` at the end of a line has no space after the colon.
  let restStart: number;
  let suffix: string;
  if (colon < 0 || colon - pos > 400) {
    if (m.endsWith(':') && m.length - pos <= 400) {
      suffix = m.slice(pos, m.length - 1);
      restStart = m.length;
    } else {
      return undefined;
    }
  } else {
    suffix = m.slice(pos, colon);
    restStart = colon + 2;
  }
  const out: PlutoPrefix = { kind: 'conn', conn, rest: m.slice(restStart) };
  if (instance) out.instance = instance;
  if (severity) out.severity = severity;
  const s = suffix.trim();
  if (s) {
    const tokens = s.split(/ +/);
    let saIdx = -1;
    for (let i = tokens.length - 1; i >= 0; i--) {
      if (/^#\d{1,12}$/.test(tokens[i]!)) {
        saIdx = i;
        break;
      }
    }
    // Anything other than a peer and a state number means this was not a pluto prefix.
    if (saIdx >= 0) {
      out.sa = tokens[saIdx]!;
      out.kind = 'state';
      const peerText = tokens.slice(0, saIdx).join(' ');
      const remote = peerFromSuffix(peerText);
      if (remote) out.remote = remote;
      else if (peerText && !instance) return undefined;
    } else {
      const remote = peerFromSuffix(s);
      if (remote) out.remote = remote;
      else if (!instance && !s.includes('...')) return undefined;
    }
  }
  return out;
}

/**
 * Split a pluto message into its prefix and the rest. Returns undefined for text that does not
 * look like pluto's (so that other dialects' lines are never claimed); `global` for pluto
 * messages without a prefix is only returned when `allowGlobal` is set.
 */
export function parsePlutoMessage(message: string, allowGlobal: boolean): PlutoPrefix | undefined {
  let m = stripLeftovers(message);
  if (m.startsWith('| ') || m.startsWith('|]') || m === '|') return { kind: 'debug', rest: m };
  let severity: string | undefined;
  const sev = SEVERITY.exec(m);
  if (sev?.[1]) {
    severity = sev[1];
    m = m.slice(sev[0].length);
  }
  if (isOpenQuote(m[0])) return parseConnPrefix(m, severity);
  const pf = /^(?:packet|connection) from (\S{2,80}?): /.exec(m);
  if (pf?.[1]) {
    const remote = parseEndpoint(pf[1]);
    if (!remote) return undefined;
    const out: PlutoPrefix = { kind: 'packet', remote, rest: m.slice(pf[0].length) };
    if (severity) out.severity = severity;
    return out;
  }
  if (!allowGlobal) return undefined;
  // Indentation of a global line (pluto's start-up tables) carries no meaning.
  const out: PlutoPrefix = { kind: 'global', rest: m.trimStart() };
  if (severity) out.severity = severity;
  return out;
}
