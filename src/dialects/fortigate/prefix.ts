// The two FortiGate forms and how a record is recognised as one of them:
//
//  1. `diagnose debug application ike -1` output (FortiOS CLI console, or a file it was saved
//     to, optionally with `diagnose debug console timestamp enable` stamps, which the envelope
//     parser takes off):
//       ike 0: comes 198.51.100.7:500->203.0.113.10:500,ifindex=5....
//       ike 0:9ee3e9830749d2a6/0000000000000000:26: responder: main mode get 1st message...
//       ike 0:TUN:26: no SA proposal chosen
//       ike 0:TUN:27:TUN-P2:12: added IPsec SA: SPIs=...
//       ike 0:toAzure:azurephase2: IPsec SA connect 3 10.0.0.15->94.245.93.197:4500
//       ike V=root:0:40F_Azure_Tunn:3071: processing notify type NO_PROPOSAL_CHOSEN
//     The vdom index (FortiOS 7.4+: `V=<vdom>:<index>`), then up to four `:`-separated parts:
//     the phase-1 name (or the cookie pair before the gateway is known), the IKE SA serial, the
//     phase-2 name and its negotiation serial.
//  2. The event log, subtype vpn (FortiOS Log Message Reference, log ids 0101037120-37141):
//       date=2024-12-20 time=14:56:10 ... logid="0101037124" type="event" subtype="vpn" ...
//     as a syslog body, a FortiAnalyzer export row, or a CSV export (header row + values).
import type { EventDraft } from '../../core/model.js';
import { readCsvFields } from '../panos/csv.js';
import { present, readKv } from './kv.js';

export interface DebugPrefix {
  vdom: string;
  /** Phase-1 (gateway) name; undefined while the line is keyed by cookies. */
  name?: string;
  ispi?: string;
  rspi?: string;
  /** IKE SA serial (FortiOS's own number for one negotiation). */
  serial?: string;
  /** Phase-2 name, when the line concerns a quick mode / child SA. */
  p2?: string;
  p2serial?: string;
  /** The message after the prefix, leading indentation removed. */
  msg: string;
  /** `ike Negotiate ISAKMP SA Error: ike 0:...` wrapper seen. */
  negotiateError: boolean;
}

const HEX16 = /^[0-9a-f]{16}$/i;

function isDigits(s: string): boolean {
  if (!s) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** Where `ike ` starts in a console line (`FGT # ike 0: ...`), or -1. */
function ikeStart(m: string): number {
  if (m.startsWith('ike ')) return 0;
  const hash = m.indexOf('# ike ');
  if (hash > 0 && hash < 80) return hash + 2;
  // A console time stamp the envelope parser did not take off (`2025-02-28 10:28:08.260710 ike 5:`).
  const sp = m.indexOf(' ike ');
  if (sp > 0 && sp < 40) {
    for (let i = 0; i < sp; i++) {
      const c = m.charCodeAt(i);
      if (!((c >= 48 && c <= 57) || c === 32 || c === 45 || c === 46 || c === 47 || c === 58 || c === 84)) return -1;
    }
    return sp + 1;
  }
  return -1;
}

/** Parse the debug prefix of `ike <vd>:...: message`; undefined when the text is not one. */
export function parseDebug(message: string): DebugPrefix | undefined {
  let negotiateError = false;
  const at = ikeStart(message);
  if (at < 0) return undefined;
  let s = message.slice(at + 4);
  // `ike Negotiate ISAKMP SA Error: ike 0:TUN:26: no SA proposal chosen`
  if (s.startsWith('Negotiate ')) {
    const inner = s.indexOf('ike ');
    if (inner > 0 && inner < 60) {
      negotiateError = true;
      s = s.slice(inner + 4);
    }
  }
  // vdom: `0:` or `V=root:0:`
  let i = 0;
  if (s.startsWith('V=')) {
    const c = s.indexOf(':');
    if (c < 0 || c > 40) return undefined;
    i = c + 1;
  }
  const d0 = i;
  while (i < s.length && i - d0 < 6 && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
  if (i === d0 || s.charCodeAt(i) !== 58 /* : */) return undefined;
  const vdom = s.slice(0, i);
  i++;
  const parts: string[] = [];
  // Up to four `part:` tokens, each without spaces, ending where `:` is followed by a space.
  while (parts.length < 4 && i < s.length && s.charCodeAt(i) !== 32) {
    const p0 = i;
    while (i < s.length && i - p0 < 80) {
      const c = s.charCodeAt(i);
      if (c === 58 || c === 32) break;
      i++;
    }
    if (s.charCodeAt(i) !== 58) return undefined;
    parts.push(s.slice(p0, i));
    i++;
  }
  if (i < s.length && s.charCodeAt(i) !== 32) return undefined;
  const msg = s.slice(i).trim();
  const out: DebugPrefix = { vdom, msg, negotiateError };
  const [first, second, third, fourth] = parts;
  if (first) {
    const slash = first.indexOf('/');
    if (slash === 16 && HEX16.test(first.slice(0, 16)) && HEX16.test(first.slice(17))) {
      out.ispi = first.slice(0, 16).toLowerCase();
      out.rspi = first.slice(17).toLowerCase();
    } else out.name = first;
  }
  if (second) {
    if (isDigits(second)) out.serial = second;
    else out.p2 = second;
  }
  // `NAME:SERIAL:QM:` (quick mode before its phase 2 is known) or `NAME:SERIAL:P2NAME:QM:`.
  if (third) {
    if (fourth === undefined && isDigits(third)) out.p2serial = third;
    else out.p2 = third;
  }
  if (fourth && isDigits(fourth)) out.p2serial = fourth;
  return out;
}

/** Fields of an event-log record, by name. */
export type Fields = Map<string, string>;

/** The FortiOS event-log line, if the message is one: its fields. */
export function parseEventFields(message: string, header: string[] | undefined): Fields | undefined {
  const m = message.charCodeAt(0) === 0xfeff ? message.slice(1) : message;
  if (m.includes('subtype=')) {
    const at = Math.max(0, m.indexOf('date='));
    const f = readKv(m, m.startsWith('"') ? 0 : at);
    if (f.size >= 3) return f;
    // `"date=...","time=..."`: CSV cells holding pairs.
  }
  if (m.startsWith('"') && m.includes('=')) {
    const f = new Map<string, string>();
    for (const cell of readCsvFields(m, 0, 160)) {
      const kv = readKv(cell);
      for (const [k, v] of kv) if (!f.has(k)) f.set(k, v);
    }
    if (f.has('subtype')) return f;
  }
  if (header && m.includes(',')) {
    const cells = readCsvFields(m, 0, header.length);
    if (cells.length < 4) return undefined;
    const f = new Map<string, string>();
    header.forEach((h, k) => {
      const v = cells[k];
      if (v !== undefined) f.set(h, v);
    });
    return f;
  }
  return undefined;
}

/** A CSV header row of an export (`date,time,logid,type,subtype,...`): the column names. */
export function csvHeader(message: string): string[] | undefined {
  const head = message.slice(0, 400).toLowerCase();
  if (!head.includes('logid') || !head.includes('subtype') || head.includes('=')) return undefined;
  const cols = readCsvFields(message, 0, 200).map((c) => c.trim().toLowerCase().replace(/^"|"$/g, ''));
  if (!cols.includes('subtype') || !cols.includes('logid')) return undefined;
  return cols;
}

/** IPsec VPN event? (subtype vpn, an IPsec log id or an IPsec description; not SSL VPN). */
export function isIpsecEvent(f: Fields): boolean {
  if ((f.get('subtype') ?? '').toLowerCase() !== 'vpn') return false;
  const logid = f.get('logid') ?? '';
  if (/^\d{0,4}0371[2-4]\d$/.test(logid)) return true;
  const desc = `${f.get('logdesc') ?? ''} ${f.get('msg') ?? ''}`;
  if (/ipsec|phase ?[12]|\bdpd\b|\bike\b/i.test(desc)) return true;
  return (f.get('tunneltype') ?? '').toLowerCase().startsWith('ipsec');
}

/** Event-log category, the text the event patterns match. */
export function eventRest(f: Fields): string {
  const action = (f.get('action') ?? '').toLowerCase();
  const status = (f.get('status') ?? '').toLowerCase();
  const result = (f.get('result') ?? '').toUpperCase();
  const desc = `${f.get('logdesc') ?? ''} ${f.get('msg') ?? ''}`;
  const ph = /phase ?([12])/i.exec(desc)?.[1] ?? '0';
  const failed =
    /error|fail|timeout|mismatch/.test(status) || result === 'ERROR' || /\berror\b|fail/i.test(desc);
  let cat: string;
  if (/\bdpd\b/i.test(desc) || action === 'dpd') cat = 'dpd';
  else if (action === 'negotiate') cat = 'negotiate';
  else if (action === 'tunnel-up' || action === 'tunnel-down' || action === 'phase2-up' || action === 'phase2-down')
    cat = action;
  else if (action === 'install_sa' || action === 'install-sa') cat = 'install-sa';
  else if (action.startsWith('delete')) cat = 'delete-sa';
  else if (action === 'tunnel-stats') cat = 'stats';
  else cat = 'other';
  const res = failed ? 'error' : result === 'DONE' ? 'done' : 'ok';
  return `vpn ${cat} phase=${ph} result=${res}`;
}

/** conn / sa / endpoints / role every event of an event-log line carries. */
export function eventBase(f: Fields): Partial<EventDraft> {
  const base: Partial<EventDraft> = {};
  const conn = present(f.get('vpntunnel')) ?? present(f.get('tunnel'));
  if (conn) base.conn = conn;
  const cookies = present(f.get('cookies'));
  const ck = cookies ? /^([0-9a-f]{1,16})\/([0-9a-f]{1,16})$/i.exec(cookies) : null;
  if (ck?.[1] && !/^0+$/.test(ck[1])) {
    // Attempts of a named tunnel are told apart by the initiator cookie; a request that matched
    // no tunnel (vpntunnel=N/A) is filed under its peer address instead.
    if (conn) base.sa = ck[1].toLowerCase();
    base.ikeSpiI = ck[1].toLowerCase();
    if (ck[2]) base.ikeSpiR = ck[2].toLowerCase();
  }
  const port = (v: string | undefined): number | undefined => {
    const p = present(v);
    if (!p || !/^\d{1,5}$/.test(p)) return undefined;
    const n = Number(p);
    return n <= 65535 ? n : undefined;
  };
  const rem = present(f.get('remip'));
  const loc = present(f.get('locip'));
  if (rem) base.remote = { address: rem, ...(port(f.get('remport')) !== undefined ? { port: port(f.get('remport')) } : {}) };
  if (loc) base.local = { address: loc, ...(port(f.get('locport')) !== undefined ? { port: port(f.get('locport')) } : {}) };
  const role = (f.get('role') ?? '').toLowerCase();
  if (role === 'initiator' || role === 'responder') base.role = role;
  const mode = (f.get('mode') ?? '').toLowerCase();
  if (mode === 'main' || mode === 'aggressive') base.mode = mode;
  const ver = f.get('version') ?? '';
  if (/v2|^2$/i.test(ver)) base.ikeVersion = 2;
  else if (/v1|^1$/i.test(ver)) base.ikeVersion = 1;
  const details: Record<string, string | number | boolean> = {};
  for (const k of ['logid', 'logdesc', 'status', 'peer_notif', 'outintf', 'xauthuser', 'assignip', 'in_spi', 'out_spi', 'phase2_name']) {
    const v = present(f.get(k));
    if (v) details[k] = v;
  }
  base.details = details;
  const reason = present(f.get('reason'));
  if (reason) base.reason = reason;
  return base;
}
