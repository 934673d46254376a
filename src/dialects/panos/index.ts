// PAN-OS system log, VPN subtype. Reads the Description of IKE/IPsec events wherever it
// appears: a syslog-forwarded SYSTEM row, a row of the web interface's CSV export, a
// tab-separated copy of the Monitor > Logs > System table, or the description on a line of its
// own (optionally after a label, as in seed 002: `イベント:ike-nego-p1-fail` / `内容: IKE ...`).
//
// SYSTEM row layout (PAN-OS admin guide, "System Log Fields"): FUTURE_USE, Receive Time, Serial
// Number, Type (SYSTEM), Content/Threat Type (subtype, `vpn`), FUTURE_USE, Generated Time,
// Virtual System, Event ID, Object, FUTURE_USE, FUTURE_USE, Module, Severity, Description,
// Sequence Number, Action Flags, Device Group Hierarchy Level 1..4, Virtual System Name,
// Device Name[, FUTURE_USE, FUTURE_USE, High Resolution Timestamp].
//
// The parser keeps a little state per input: the gateway each IPsec tunnel belongs to (phase-2
// events name the tunnel, phase-1 events the IKE gateway), whether the gateway's IKE SA is up
// (a NO-PROPOSAL-CHOSEN after phase 1 concerns the child SA), the last endpoints seen, and the
// entry an event-id line opened (GUI detail view), so that keyless lines still find a tunnel.
import type { DialectParser, ParseResult, PatternDialectSpec, Prefixed } from '../../core/dialect.js';
import { definePatternDialect } from '../../core/dialect.js';
import type { Endpoint, EventDraft, EventKind, LogRecord } from '../../core/model.js';
import { readCsvFields } from './csv.js';
import { PANOS_PATTERNS } from './patterns.js';
import { RecentMap } from '../../core/recent.js';

/** Index of each field counted from the `SYSTEM` (Type) column. */
const F = {
  type: 0,
  subtype: 1,
  generated: 3,
  vsys: 4,
  eventId: 5,
  object: 6,
  module: 9,
  severity: 10,
  description: 11,
} as const;

/** Texts a PAN-OS VPN event description starts with (for lines that hold it alone). */
const OPENERS = ['IKE phase-', 'IKE phase ', 'IKEv2 ', 'IPSec key ', 'IPsec key ', 'IKE protocol '];
const EVENT_ID = /^(?:ike|ikev2|ipsec|keymgr)-[a-z0-9-]{1,60}$/;
/** A short label before the description: `内容:`, `Description:`, `イベント: `. */
const LABEL = /^[^\s:：]{1,24} ?[:：]\s{0,4}/;

function clean(s: string): string {
  return s.replace(/^\uFEFF/, '').trim();
}

function fromFields(
  eventId: string,
  object: string,
  severity: string,
  description: string,
): Prefixed | undefined {
  const rest = clean(description);
  if (!rest) return undefined;
  const base: Partial<EventDraft> = {};
  const conn = clean(object);
  if (conn && conn !== '0') base.conn = conn;
  return {
    rest,
    base,
    vars: { eventid: clean(eventId), object: conn, severity: clean(severity) },
  };
}

/** A SYSTEM row (syslog body or CSV export): fields counted from the `,SYSTEM,` column. */
function csvRow(msg: string, at: number): Prefixed | undefined {
  const f = readCsvFields(msg, at + 1, 16);
  if (f[F.type] !== 'SYSTEM' || f.length <= F.description) return undefined;
  return fromFields(f[F.eventId] ?? '', f[F.object] ?? '', f[F.severity] ?? '', f[F.description] ?? '');
}

/** A row copied from the GUI table: tab-separated, the event id somewhere, the description last. */
function tsvRow(msg: string): Prefixed | undefined {
  const cols: string[] = [];
  let from = 0;
  while (cols.length < 24) {
    const t = msg.indexOf('\t', from);
    cols.push(msg.slice(from, t < 0 ? msg.length : t));
    if (t < 0) break;
    from = t + 1;
  }
  const k = cols.findIndex((c) => EVENT_ID.test(c.trim()));
  if (k < 0) return undefined;
  let d = cols.length - 1;
  while (d > k && !cols[d]?.trim()) d--;
  if (d <= k) return undefined;
  const object = d > k + 1 ? (cols[k + 1] ?? '') : '';
  return fromFields(cols[k] ?? '', object, '', cols[d] ?? '');
}

function standalone(msg: string): Prefixed | undefined {
  const s = clean(msg);
  if (s.startsWith('[') && s.includes(']: Configured ')) return { rest: s, base: {} };
  const label = LABEL.exec(s);
  const after = label ? s.slice(label[0].length) : s;
  if (EVENT_ID.test(after)) return { rest: after, base: {}, vars: { eventid: after } };
  if (OPENERS.some((o) => after.startsWith(o))) return { rest: after, base: {} };
  if (label && after.startsWith('received ID_')) return { rest: after, base: {} };
  return undefined;
}

function prefix(rec: LogRecord): Prefixed | undefined {
  // Pages copied from the web carry no-break spaces; fold them first.
  const msg = rec.message.includes('\u00A0') ? rec.message.replace(/\u00A0/g, ' ') : rec.message;
  if (!msg) return undefined;
  const at = msg.indexOf(',SYSTEM,');
  if (at >= 0) return csvRow(msg, at);
  const head = msg.slice(0, 40);
  if ((head.startsWith('Domain,') || head.includes('Receive Time')) && msg.includes('Description'))
    return { rest: clean(msg), base: {} };
  if (msg.includes('\t')) {
    const t = tsvRow(msg);
    if (t) return t;
  }
  return standalone(msg);
}

const spec: PatternDialectSpec = {
  id: 'panos',
  name: 'PAN-OS system log',
  vendor: 'Palo Alto Networks',
  fixFamily: 'panos',
  accepts: (r) => {
    const m = r.message;
    return (
      m.includes(',SYSTEM,') ||
      m.includes('IKE phase') ||
      m.includes('IKEv2 ') ||
      m.includes('IPSec key') ||
      m.includes('IPsec key') ||
      m.includes('IKE protocol') ||
      m.includes('ike-') ||
      m.includes('ikev2-') ||
      m.includes('Receive Time') ||
      m.includes(']: Configured ')
    );
  },
  prefix,
  patterns: PANOS_PATTERNS,
  ipsecHint: /,SYSTEM,vpn,/,
};

const IKE_KINDS: ReadonlySet<EventKind> = new Set<EventKind>([
  'ike.initiate',
  'ike.respond',
  'ike.established',
  'ike.timeout',
  'ike.state',
  'ike.deleted',
  'ike.rekey',
]);
const CHILD_KINDS: ReadonlySet<EventKind> = new Set<EventKind>([
  'child.initiate',
  'child.established',
  'child.failed',
  'child.deleted',
  'child.rekey',
  'child.rekey.failed',
  'ts.mismatch',
  'pfs.mismatch',
]);
/** Kinds whose scope (IKE SA or child SA) follows from where the gateway's negotiation stands. */
const SCOPED: ReadonlySet<EventKind> = new Set<EventKind>([
  'proposal.none',
  'proposal.mismatch',
  'notify.received',
  'notify.sent',
]);

interface GatewayState {
  ikeUp: boolean;
  local?: Endpoint;
  remote?: Endpoint;
}

/** Gateways, address pairs and tunnels remembered (the most recently used). */
const MAX_TRACKED = 5000;
/** An event-id line opens an entry for the description lines right after it. */
const ENTRY_SPAN = 4;
/** A keyless CSV row (e.g. ike-generic-event with no object) joins the gateway of a row this close. */
const NEIGHBOUR_SPAN = 3;

const pairKey = (e: EventDraft): string | undefined =>
  e.local?.address && e.remote?.address ? `${e.local.address}|${e.remote.address}` : undefined;

/**
 * Export files whose columns are not in the syslog order: the header names them, and each row is
 * rebuilt into the standard SYSTEM layout before the patterns run.
 */
interface HeaderMap {
  eventId: number;
  object: number;
  severity: number;
  description: number;
}

function headerMap(line: string): HeaderMap | undefined {
  const cols = readCsvFields(line, 0, 64).map((c) => c.trim().toLowerCase());
  const eventId = cols.findIndex((c) => c === 'event id' || c === 'event' || c === 'eventid');
  const description = cols.indexOf('description');
  if (eventId < 0 || description < 0) return undefined;
  return { eventId, object: cols.indexOf('object'), severity: cols.indexOf('severity'), description };
}

function rebuild(rec: LogRecord, h: HeaderMap): LogRecord | undefined {
  const f = readCsvFields(rec.message, 0, Math.max(h.eventId, h.description, h.object, h.severity) + 1);
  const eventId = (f[h.eventId] ?? '').trim();
  if (!EVENT_ID.test(eventId)) return undefined;
  const q = (s: string | undefined): string => `"${(s ?? '').replace(/"/g, '""')}"`;
  const msg = `1,,,SYSTEM,vpn,0,,,${eventId},${q(h.object >= 0 ? f[h.object] : '')},0,0,general,${q(h.severity >= 0 ? f[h.severity] : '')},${q(f[h.description])}`;
  return { ...rec, message: msg };
}

function createParser(inner: DialectParser): DialectParser {
  const gateways = new RecentMap<string, GatewayState>(MAX_TRACKED);
  /** `local|remote` of an IKE SA → the IKE gateway (object of phase-1 events). */
  const pairGateway = new RecentMap<string, string>(MAX_TRACKED);
  /** IPsec tunnel name (object of phase-2 events) → its IKE gateway. */
  const tunnelGateway = new RecentMap<string, string>(MAX_TRACKED);
  let header: HeaderMap | undefined;
  let entry: { line: number; eventId: string } | undefined;
  let neighbour: { line: number; conn: string } | undefined;

  function post(r: ParseResult, rec: LogRecord): void {
    const eventId = typeof r.vars.eventid === 'string' && r.vars.eventid ? r.vars.eventid : undefined;
    const fromRow = typeof r.vars.severity === 'string';
    if (r.pattern === 'event-id') {
      if (eventId) entry = { line: rec.line, eventId };
      return;
    }
    const liveEntry = entry && rec.line - entry.line <= ENTRY_SPAN ? entry : undefined;
    for (const e of r.events) {
      const details: Record<string, string | number | boolean> = { ...e.details };
      const evId = eventId ?? (fromRow ? undefined : liveEntry?.eventId);
      if (evId) details.eventId = evId;
      // Phase-2 events name the IPsec tunnel; file them under the tunnel's IKE gateway.
      if (e.conn) {
        const gw = tunnelGateway.get(e.conn);
        const pk = pairKey(e);
        if (gw && gw !== e.conn) {
          details.tunnel = e.conn;
          e.conn = gw;
        } else if (pk && CHILD_KINDS.has(e.kind)) {
          const g = pairGateway.get(pk);
          if (g && g !== e.conn) {
            tunnelGateway.set(e.conn, g);
            details.tunnel = e.conn;
            e.conn = g;
          }
        } else if (pk && IKE_KINDS.has(e.kind)) {
          pairGateway.set(pk, e.conn);
        }
      }
      if (!e.conn && !e.sa && !e.remote?.address) {
        if (fromRow && neighbour && rec.line - neighbour.line <= NEIGHBOUR_SPAN) {
          e.conn = neighbour.conn;
          details.inferredConn = true;
        } else {
          // A description with no key of its own (seed 002 patterns 3 and 4): one attempt per entry.
          e.sa = `entry:${liveEntry && !fromRow ? liveEntry.line : rec.line}`;
        }
      }
      if (e.conn) {
        let st = gateways.get(e.conn);
        if (!st) {
          st = { ikeUp: false };
          gateways.set(e.conn, st);
        }
        if (!e.remote?.address && st.remote) e.remote = { ...st.remote, ...e.remote };
        if (!e.local?.address && st.local) e.local = { ...st.local, ...e.local };
        if (e.remote?.address)
          st.remote = {
            address: e.remote.address,
            ...(e.remote.port !== undefined ? { port: e.remote.port } : {}),
          };
        if (e.local?.address)
          st.local = {
            address: e.local.address,
            ...(e.local.port !== undefined ? { port: e.local.port } : {}),
          };
        if (SCOPED.has(e.kind) && e.scope === undefined) e.scope = st.ikeUp ? 'child' : 'ike';
        if (e.kind === 'ike.established' || e.kind === 'child.initiate' || e.kind === 'child.established')
          st.ikeUp = true;
        else if (
          e.kind === 'ike.initiate' ||
          e.kind === 'ike.respond' ||
          e.kind === 'ike.deleted' ||
          e.kind === 'ike.timeout'
        )
          st.ikeUp = false;
        neighbour = { line: rec.line, conn: e.conn };
      }
      if (Object.keys(details).length) e.details = details;
    }
  }

  return {
    parse(record) {
      let results = inner.parse(record);
      if (!results.length && header && !record.message.includes(',SYSTEM,')) {
        const rebuilt = rebuild(record, header);
        if (rebuilt) results = inner.parse(rebuilt);
      }
      for (const r of results) {
        if (r.pattern === 'csv-header') header = headerMap(record.message);
        else post(r, record);
      }
      return results;
    },
  };
}

const base = definePatternDialect(spec);

export const panos = {
  ...base,
  createParser: (): DialectParser => createParser(base.createParser()),
};
