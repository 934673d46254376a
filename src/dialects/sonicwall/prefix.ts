// SonicWall (SonicOS) log lines, reduced to the event message (`msg`) and the fields every event
// of the line inherits. Two forms:
//  - syslog (Log > Syslog, default "Enhanced Syslog" format): `key=value` pairs, e.g.
//    `id=firewall sn=000SERIAL time="2007-01-03 14:48:15" fw=1.128.3.4 pri=6 c=16 m=346
//    msg="IKE Initiator: Start Quick Mode (Phase 2)." n=171872 src=216.160.83.57:500 dst=1.128.3.4:500`
//    (a line of the Elastic sonicwall_firewall integration's test log). `m` is the event id, `fw` the
//    firewall's WAN address, `src`/`dst` are `ip:port[:interface[:host]]`, `vpnpolicy` names the VPN
//    policy when SonicOS knows it, `note` carries detail ("VPN Policy NOT found for proposed ID type");
//  - a row of the Log > View table (copied or exported as text): columns separated by tabs or runs
//    of spaces: [row number,] time, priority, category, message, source, destination, notes, e.g.
//    `10/31/2006 10:30:41.624    Warning    VPN IKE    IKE Responder: Proposed IKE ID mismatch
//    clientip, 500 (sysadmin)    firewallip, 500    VPN Policy NOT found for proposed ID type: KEY ID`
//    (forum thread "vpnc sonicwall", 2006-10-31) and, tab-separated with the row number first and
//    empty cells kept, `1<TAB>11/15/2017 10:34:02.176<TAB>Info<TAB>VPN IKE<TAB>IKE Responder: Remote
//    party timeout - Retransmitting IKE request.<TAB>98.xxx.xxx.xxx, 4500<TAB>192.yyy.yyy.yyy, 4500<TAB>
//    VPN Policy: WAN GroupVPN` (forum thread "Help needed: Trouble with StrongSwan to SonicWall VPN
//    using IKEv1/XAUTH", 2017-11-15). An endpoint cell is `ip, port (user)`, sometimes `ip port (user)`;
//    the notes cell starts `VPN Policy: <name>` and may go on with the negotiated algorithms
//    (`VPN Policy: WAN GroupVPN;3DES; MD5; DH Group 2; lifetime=10800 secs`).
// Only VPN events are this dialect's; connection, web and IPS events are left alone.
import type { Endpoint, EventDraft, LogRecord } from '../../core/model.js';
import type { Prefixed } from '../../core/dialect.js';
import { readKv } from '../cloud-common/kv.js';
import { epochMs } from '../cloud-common/json.js';

export interface SonicLine {
  msg: string;
  eventId?: string;
  priority?: string;
  category?: string;
  fw?: string;
  src?: Endpoint;
  dst?: Endpoint;
  vpnPolicy?: string;
  note?: string;
  time?: number;
  form: 'syslog' | 'view';
}

/** The policy name of a note `VPN Policy: <name>[;algorithms...]` (the notes column / `note=`). */
export function policyOfNote(note: string | undefined): string | undefined {
  if (!note || !note.startsWith('VPN Policy: ')) return undefined;
  const rest = note.slice('VPN Policy: '.length);
  const end = rest.indexOf(';');
  const name = (end < 0 ? rest : rest.slice(0, end)).trim();
  return name && name.length <= 128 ? name : undefined;
}

/** Words of a VPN event message (SonicOS "VPN IKE", "VPN IPsec", "VPN Client" categories). */
const VPN_WORDS =
  /\b(?:IKE|IKEv2|IPsec|ISAKMP|VPN|PFS|DPD|SA|SPI)\b|notify|dead peer|pre-?shared|Phase [12]|algorithm mismatch|Payload processing|matching policy|proposal|Header verification failed|Drop duplicate packet/i;

/** `ip:port[:iface[:host]]` (IPv4) or a bare address. Masked addresses (`124.x.x.x`) pass. */
export function endpoint(v: string | undefined): Endpoint | undefined {
  if (!v) return undefined;
  const parts = v.split(':');
  const address = parts[0]?.trim();
  if (!address || parts.length > 6) return undefined;
  const e: Endpoint = { address };
  const port = parts[1]?.trim();
  if (port && /^\d{1,5}$/.test(port) && Number(port) <= 65535) e.port = Number(port);
  return e;
}

function viewEndpoint(v: string | undefined): Endpoint | undefined {
  // `203.0.113.5, 500 (sysadmin)` / `openswan.ip, 500` / `192.yyy.yyy.yyy 4500 (admin)` / `sonicwall.ip`
  if (!v) return undefined;
  const m = /^(?<a>[^\s,()]{1,64})(?:(?:, ?| )(?<p>\d{1,5})\b)?/.exec(v.trim());
  if (!m?.groups) return undefined;
  const e: Endpoint = { address: m.groups.a ?? '' };
  const p = Number(m.groups.p);
  if (m.groups.p && p <= 65535) e.port = p;
  return e;
}

function syslogForm(msg: string): SonicLine | undefined {
  let at = msg.indexOf('id=');
  const sn = msg.indexOf('sn=');
  if (at < 0 || (sn >= 0 && sn < at)) at = sn;
  if (at < 0 || at > 200) return undefined;
  const f = readKv(msg.slice(at));
  const text = f.get('msg');
  if (text === undefined || (!f.has('sn') && !f.has('fw'))) return undefined;
  const line: SonicLine = { msg: text.trim(), form: 'syslog' };
  const m = f.get('m');
  if (m) line.eventId = m;
  const pri = f.get('pri');
  if (pri) line.priority = pri;
  const c = f.get('c');
  if (c) line.category = c;
  const fw = f.get('fw');
  if (fw) line.fw = fw;
  const src = endpoint(f.get('src'));
  if (src) line.src = src;
  const dst = endpoint(f.get('dst'));
  if (dst) line.dst = dst;
  const pol = f.get('vpnpolicy') ?? f.get('vpnpolicyname');
  if (pol) line.vpnPolicy = pol;
  const note = f.get('note');
  if (note) line.note = note.trim();
  if (!line.vpnPolicy) {
    const p = policyOfNote(line.note);
    if (p) line.vpnPolicy = p;
  }
  const time = epochMs((f.get('time') ?? '').replace(/ UTC$/, 'Z'));
  if (time !== undefined) line.time = time;
  return line;
}

const VIEW_DATE = /^(?:\d{1,7}\t)?(?<mo>\d{1,2})\/(?<d>\d{1,2})\/(?<y>\d{4}) (?<t>\d{2}:\d{2}:\d{2})(?:\.\d{1,3})?(?:\t| {2})/;
const PRIORITIES = /^(?:Emergency|Alert|Critical|Error|Warning|Notice|Inform(?:ational)?|Info|Debug)$/i;

/**
 * The cells of a view row: a tab-separated export keeps empty cells (a row without a source still
 * has its destination in the right column); a row copied from the web page has runs of spaces
 * between cells and no empty ones. A leading row number is dropped.
 */
function viewCells(msg: string): string[] {
  const text = msg.slice(0, 4096);
  let cells = text.includes('\t') ? text.split('\t').map((c) => c.trim()) : text.split(/ {2,}/).map((c) => c.trim()).filter((c) => c.length > 0);
  if (/^\d{1,7}$/.test(cells[0] ?? '')) cells = cells.slice(1);
  return cells;
}

function viewForm(msg: string): SonicLine | undefined {
  const d = VIEW_DATE.exec(msg);
  if (!d?.groups) return undefined;
  // time, priority, category, message, source, destination, notes
  const cols = viewCells(msg);
  if (cols.length < 4 || !PRIORITIES.test(cols[1] ?? '')) return undefined;
  const category = cols[2] ?? '';
  if (!/VPN|IKE|IPsec/i.test(category)) return undefined;
  const line: SonicLine = { msg: cols[3] ?? '', form: 'view', priority: cols[1] ?? '', category };
  const src = viewEndpoint(cols[4]);
  if (src) line.src = src;
  const dst = viewEndpoint(cols[5]);
  if (dst) line.dst = dst;
  if (cols[6]) {
    line.note = cols[6];
    const p = policyOfNote(cols[6]);
    if (p) line.vpnPolicy = p;
  }
  const { y, mo, d: day, t } = d.groups;
  const time = epochMs(`${y ?? ''}-${(mo ?? '').padStart(2, '0')}-${(day ?? '').padStart(2, '0')}T${t ?? ''}Z`);
  if (time !== undefined) line.time = time;
  return line;
}

const cache = { msg: '', line: undefined as SonicLine | undefined };

/** The SonicOS VPN event a message holds (undefined for other events and other products). */
export function readSonic(msg: string): SonicLine | undefined {
  if (msg === cache.msg) return cache.line;
  let line: SonicLine | undefined;
  try {
    line = msg.includes('msg=') ? syslogForm(msg) : viewForm(msg);
    if (line && (!line.msg || !VPN_WORDS.test(line.msg.slice(0, 300)))) line = undefined;
  } catch {
    line = undefined;
  }
  cache.msg = msg;
  cache.line = line;
  return line;
}

export function acceptsSonic(r: LogRecord): boolean {
  const m = r.message;
  if (m.includes('msg=')) return m.includes('sn=') || m.includes('fw=');
  const c = m.charCodeAt(0);
  return c >= 48 && c <= 57 && m.includes('/') && (m.includes('VPN') || m.includes('IKE'));
}

/**
 * Messages SonicOS writes with its own address as the source: its retransmissions and timeouts
 * (`IKE Responder: No response - remote party timeout sonicwall.ip, 500 openswan.ip, 500`,
 * `IKE negotiation aborted due to timeout sonicwall.ip openswan.ip`, forum thread "Cannot connect
 * Openswan to Sonicwall", 2006-07-12; `IKE Responder: Remote party timeout - Retransmitting IKE
 * request.` with the firewall's WAN address as source in the 2017 export) and the packets it sends.
 */
const SELF_FIRST = /remote party timeout|aborted due to timeout|^SENDING>/i;

/**
 * Which end is the peer: the firewall's own address is `fw`; of src and dst the other one is the
 * peer. Without `fw`, SonicOS writes the peer as the source of IKE events (both initiator and
 * responder messages: `IKE Initiator: Start Quick Mode` has src=<peer> dst=<fw>).
 */
export function sides(l: SonicLine): { local?: Endpoint; remote?: Endpoint } {
  const { src, dst, fw } = l;
  if (fw && src?.address === fw) return { ...(dst ? { remote: dst } : {}), local: src };
  if (fw && dst?.address === fw) return { ...(src ? { remote: src } : {}), local: dst };
  if (SELF_FIRST.test(l.msg.slice(0, 120))) return { ...(dst ? { remote: dst } : {}), ...(src ? { local: src } : {}) };
  return { ...(src ? { remote: src } : {}), ...(dst ? { local: dst } : {}) };
}

export function sonicPrefix(r: LogRecord): Prefixed | undefined {
  const l = readSonic(r.message);
  if (!l) return undefined;
  const { local, remote } = sides(l);
  const base: Partial<EventDraft> = {};
  if (l.vpnPolicy) base.conn = l.vpnPolicy;
  if (remote?.address) base.remote = remote;
  if (local?.address) base.local = local;
  const details: Record<string, string | number | boolean> = {};
  if (l.eventId) details.eventId = l.eventId;
  if (l.note) details.note = l.note.slice(0, 300);
  base.details = details;
  return {
    rest: l.msg.replace(/\s+/g, ' ').trim(),
    base,
    vars: {
      peer: remote?.address ?? '?',
      policy: l.vpnPolicy ?? '?',
      note: l.note ?? '',
      eventid: l.eventId ?? '?',
    },
  };
}
