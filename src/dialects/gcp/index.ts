// Google Cloud VPN logs (Cloud Logging, resource type vpn_gateway). entry.ts reads the log entry;
// the payload text, the Cloud VPN gateway's IKE daemon output, is handed to the strongSwan
// dialect's parser (one instance per input, so that its per-thread and per-SA memory works across
// lines) with the tunnel's name in charon's `<name>` position, so that its events are the tunnel's.
// Payloads that are not charon's are read by the few patterns below.
import type { Dialect, DialectParser, ParseResult, PatternSpec, Prefixed } from '../../core/dialect.js';
import { matchPattern } from '../../core/dialect.js';
import type { PatternDialectSpec } from '../../core/dialect.js';
import type { EventDraft, LogRecord } from '../../core/model.js';
import { strongswan } from '../strongswan/index.js';
import { fillTime, epochMs, findJson } from '../cloud-common/json.js';
import { acceptsGcp, fieldLine, readEntry, tunnelFromObject, TUNNEL_STATUSES, type GcpEntry, type TunnelState } from './entry.js';

/** A Cloud Logging entry around a payload (fields of the LogEntry resource; ids invented). */
const E = (text: string, tunnel = 'vpn-tunnel-onprem-0'): string =>
  JSON.stringify({
    insertId: '1x2y3z4a5b6c',
    labels: { tunnel_id: tunnel },
    logName: 'projects/example-project/logs/vpn',
    receiveTimestamp: '2024-03-01T10:00:01.234567890Z',
    resource: { type: 'vpn_gateway', labels: { gateway_id: '4231245761234567890', project_id: 'example-project', region: 'europe-west1' } },
    severity: 'DEBUG',
    textPayload: text,
    timestamp: '2024-03-01T10:00:01.123456789Z',
  });

/** Payloads read by charon's patterns (the strongSwan dialect's). */
const CHARON: PatternSpec = {
  id: 'charon',
  regex: /^\S/,
  // Payload texts are charon's own wordings (strongSwan source). REAL payloads: "parsed
  // IKE_SA_INIT response 0 [ N(NO_PROP) ]" and "received NO_PROPOSAL_CHOSEN notify error" (Cloud VPN
  // log quoted in GoogleCloudPlatform/community issue #1367); "establishing IKE_SA failed, peer not
  // responding" (the fragment gcpdiag's VPN runbook searches for). The entries around them are
  // assumed (no public whole Cloud VPN log entry was found, see entry.ts).
  samples: [
    E('parsed IKE_SA_INIT response 0 [ N(NO_PROP) ]'),
    E('establishing IKE_SA failed, peer not responding'),
    E('sending packet: from 35.187.10.20[500] to 198.51.100.20[500] (464 bytes)'),
    E('received NO_PROPOSAL_CHOSEN notify error'),
    E('giving up after 5 retransmits'),
    "textPayload: 'IKE_SA vpn-tunnel-onprem-0[12] established between 35.187.10.20[35.187.10.20]...198.51.100.20[198.51.100.20]'",
    '  "textPayload": "received AUTHENTICATION_FAILED notify error",',
  ],
  events: () => [],
};

const GCP_PATTERNS: readonly PatternSpec[] = [
  {
    // Cloud VPN's own summary of a NO_PROPOSAL_CHOSEN from the peer. REAL (IKE SA): Cloud VPN log
    // quoted in GoogleCloudPlatform/community issue #1367, right after charon's "received
    // NO_PROPOSAL_CHOSEN notify error". The CHILD SA variant is the fragment Google's gcpdiag VPN
    // runbook searches the log for ("Proposal mismatch in CHILD SA", gcpdiag/runbook/vpn/
    // vpn_tunnel_check.py); its wording around the fragment is assumed.
    id: 'proposal-mismatch',
    regex: /^(?<all>.{0,80}?Proposal mismatch in (?<sa>IKE|CHILD) SA.{0,300})$/,
    samples: [
      E('The peer gateway notifies: Proposal mismatch in IKE SA (phase 1) , Please look at peer logs.'),
      E('The peer gateway notifies: Proposal mismatch in CHILD SA (phase 2) , Please look at peer logs.'),
    ],
    events: (g) => [{ kind: 'proposal.none', scope: g.sa === 'CHILD' ? 'child' : 'ike', reason: (g.all ?? '').slice(0, 300) }],
  },
  {
    // Fragments gcpdiag's VPN runbook searches Cloud VPN logs for ("Remote traffic selectors
    // narrowed", "Local traffic selectors narrowed"; gcpdiag/runbook/vpn/vpn_tunnel_check.py), read
    // there as a traffic selector mismatch with the peer; the rest of the line is assumed.
    id: 'ts-narrowed',
    regex: /^(?<all>.{0,80}?(?<side>Remote|Local) traffic selectors narrowed.{0,300})$/,
    samples: [E('Remote traffic selectors narrowed'), E('Local traffic selectors narrowed')],
    events: (g) => [{ kind: 'ts.mismatch', reason: (g.all ?? '').slice(0, 300) }],
  },
  {
    // Fragments gcpdiag's VPN runbook searches for ("Starting VPN Task maintenance", "VPN Task
    // maintenance Completed"): a Google maintenance of the gateway, a reason for a tunnel that went
    // down and came back; the rest of the line is assumed.
    id: 'maintenance',
    regex: /^(?<all>.{0,80}?VPN Task maintenance.{0,200})$/,
    samples: [E('Starting VPN Task maintenance'), E('VPN Task maintenance Completed')],
    events: (g) => [{ kind: 'info', reason: (g.all ?? '').slice(0, 300), details: { maintenance: true } }],
  },
  {
    // assumed: no public capture of such a payload; kept tolerant for gateway notices
    id: 'tunnel-state',
    regex: /^(?:VPN )?[Tt]unnel (?:(?<name>\S{1,64}) )?(?:is |has been |changed to |state changed to )?(?<st>established|up|down|ESTABLISHED|UP|DOWN)\b/,
    samples: [E('Tunnel is down'), E('Tunnel vpn-tunnel-onprem-0 changed to ESTABLISHED')],
    events: (g) => [{ kind: /^(?:established|up)$/i.test(g.st ?? '') ? 'tunnel.up' : 'tunnel.down', reason: `Tunnel ${(g.st ?? '').toLowerCase()}` }],
  },
  {
    id: 'field',
    // assumed layout of `gcloud logging read` YAML / JSON (no public capture of a Cloud VPN entry)
    regex: /^field (?<key>\S{1,40}) (?<value>.{0,200})$/,
    samples: ["  tunnel_id: 'vpn-tunnel-onprem-0'", '      "gateway_id": "4231245761234567890",'],
    events: () => [],
  },
];

/** What a VpnTunnel status means (the API reference's one-line descriptions, as the reason). */
export function statusEvents(t: TunnelState): EventDraft[] {
  const base: Partial<EventDraft> = { ...(t.name ? { conn: t.name } : {}), ...(t.peer ? { remote: { address: t.peer } } : {}) };
  const reason = t.detail ? `${t.status}: ${t.detail}` : t.status;
  const one = (e: EventDraft): EventDraft[] => [{ ...base, ...e, reason }];
  // ike.state alone is passive in the analyzer: a failed attempt is opened by an ike.initiate first.
  const failed = (): EventDraft[] => [...one({ kind: 'ike.initiate', role: 'initiator', exchange: 'IKE_SA_INIT' }), ...one({ kind: 'ike.state', state: 'FAILED' })];
  switch (t.status) {
    case 'ESTABLISHED':
      return one({ kind: 'tunnel.up' });
    case 'NO_INCOMING_PACKETS':
    case 'NETWORK_ERROR':
      return one({ kind: 'ike.timeout', details: { inferred: true } });
    case 'AUTHORIZATION_ERROR':
      return one({ kind: 'ike.auth.failed' });
    case 'NEGOTIATION_FAILURE':
    case 'REJECTED':
    case 'FAILED':
      return failed();
    case 'PEER_IDENTITY_MISMATCH':
      return one({ kind: 'id.mismatch' });
    case 'TS_NARROWING_NOT_ALLOWED':
      return one({ kind: 'ts.mismatch' });
    case 'FIRST_HANDSHAKE':
      // "Handshake with peer broken for unknown reason. Trying again soon." (real detailedStatus,
      // gcloud describe output of Google's HA VPN lab; Google's status table: phase 1 in progress,
      // it "might have failed at least once"): an IKE SA attempt that broke.
      return /broke/i.test(t.detail ?? '') ? failed() : one({ kind: 'info' });
    case 'STOPPED':
    case 'DEPROVISIONING':
      return one({ kind: 'tunnel.down' });
    default:
      return one({ kind: 'info' });
  }
}

/** A VpnTunnel resource's status (gcloud output); the YAML form is read field by field in the parser. */
const TUNNEL_STATUS: PatternSpec = {
  id: 'tunnel-status',
  regex: /^compute#vpnTunnel /,
  samples: [
    // `gcloud compute vpn-tunnels list --format=json` with one object a line (layout assumed); the
    // status value is the API's enum (Compute Engine API reference, VpnTunnel.Status), the
    // detailedStatus texts are real: "No incoming packets from peer." (Google's Cloud VPN
    // troubleshooting page, tunnel status table), "Tunnel is up and running." (a vpnTunnels API
    // response published by NetBrain, and the same table)
    '{"creationTimestamp":"2026-03-01T01:00:00.000-08:00","detailedStatus":"No incoming packets from peer.","ikeVersion":2,"kind":"compute#vpnTunnel","name":"vpn-tunnel-onprem-0","peerIp":"198.51.100.20","region":"europe-west1","status":"NO_INCOMING_PACKETS"}',
    '{"detailedStatus":"Tunnel is up and running.","ikeVersion":2,"kind":"compute#vpnTunnel","name":"vpn-tunnel-onprem-1","peerIp":"198.51.100.21","status":"ESTABLISHED"}',
  ],
  events: () => [],
};

function statusResult(t: TunnelState): ParseResult {
  return {
    pattern: 'tunnel-status',
    events: statusEvents(t),
    explain: 'explain.gcp.tunnel-status',
    vars: { tunnel: t.name ?? '?', status: t.status, detail: t.detail ?? '', peer: t.peer ?? '?' },
  };
}

/** The VpnTunnel object of a one-line JSON record, when the line holds one. */
function tunnelOfLine(msg: string): TunnelState | undefined {
  if (!msg.includes('compute#vpnTunnel')) return undefined;
  const found = findJson(msg);
  return found ? tunnelFromObject(found.obj) : undefined;
}

/** Cloud VPN payloads no pattern reads (recognised as the gateway's, nothing for the diagnosis). */
const OTHER: PatternSpec = {
  id: 'other',
  regex: /^.{1,4000}$/,
  // assumed
  samples: [E('Peer keep-alive statistics updated')],
  events: () => [],
};

const ownSpec: PatternDialectSpec = {
  id: 'gcp',
  name: 'Google Cloud VPN log',
  vendor: 'Google Cloud',
  fixFamily: 'gcp',
  accepts: acceptsGcp,
  prefix: () => undefined,
  patterns: GCP_PATTERNS,
};

function prefixed(entry: GcpEntry): Prefixed {
  return {
    rest: entry.text,
    base: entry.tunnel ? { conn: entry.tunnel } : {},
    vars: { tunnel: entry.tunnel ?? '?', gateway: entry.gateway ?? '?', text: entry.text.slice(0, 200) },
  };
}

/** The payload as charon's own line, the tunnel in `<name>`, for the strongSwan parser. */
function charonRecord(record: LogRecord, entry: GcpEntry): LogRecord {
  const named = entry.tunnel && !entry.text.startsWith('<') && /^[^\s<>|]{1,128}$/.test(entry.tunnel) ? `<${entry.tunnel}> ` : '';
  const r: LogRecord = { path: record.path, line: record.line, text: record.text, message: `${named}${entry.text}`, program: 'charon' };
  const time = record.time ?? entry.time;
  if (time !== undefined) r.time = time;
  return r;
}

function readPayload(record: LogRecord, entry: GcpEntry, charon: DialectParser): ParseResult[] {
  const viaCharon = charon.parse(charonRecord(record, entry));
  if (viaCharon.length)
    return viaCharon.map((r) => ({
      pattern: 'charon',
      events: r.events,
      explain: r.explain,
      vars: { ...r.vars, tunnel: entry.tunnel ?? '?' },
    }));
  const pre = prefixed(entry);
  for (const p of GCP_PATTERNS) {
    if (p.id === 'field') continue;
    const r = matchPattern(ownSpec, p, record, pre);
    if (r) return [r];
  }
  const r = matchPattern(ownSpec, OTHER, record, pre);
  return r ? [r] : [];
}

interface Pending {
  tunnel?: string;
  gateway?: string;
  region?: string;
  time?: number;
  vpn?: boolean;
  /** Fields of a VpnTunnel resource being read (gcloud describe, keys in alphabetical order). */
  vpnTunnel?: boolean;
  name?: string;
  peer?: string;
  detail?: string;
  /** The resource's status was read: the next resource starts at its first field. */
  emitted?: boolean;
}

function fieldResult(key: string, value: string): ParseResult {
  return { pattern: 'field', events: [], explain: 'explain.gcp.field', vars: { key, value: value.slice(0, 200) } };
}

function createParser(): DialectParser {
  const charon = strongswan.createParser();
  let pending: Pending = {};
  return {
    parse(record: LogRecord): ParseResult[] {
      const msg = record.message;
      const entry = readEntry(msg);
      if (entry) {
        fillTime(record, entry.time);
        return readPayload(record, entry, charon);
      }
      const tunnel = tunnelOfLine(msg);
      if (tunnel) return [statusResult(tunnel)];
      // Pretty-printed entries (gcloud YAML or JSON): one field per line.
      if (msg.trim() === '---') {
        pending = {};
        return [fieldResult('---', '')];
      }
      const f = fieldLine(msg);
      if (!f) return [];
      switch (f.key) {
        // A new entry or resource. `gcloud ... describe` prints a VpnTunnel's keys in alphabetical
        // order (creationTimestamp first, kind before status); the API's JSON puts kind, id and
        // creationTimestamp first (a vpnTunnels response published by NetBrain): creationTimestamp
        // starts a new resource only once the previous one's status was read.
        case 'insertId':
          pending = {};
          return [fieldResult(f.key, f.value)];
        case 'creationTimestamp':
          if (pending.emitted || !pending.vpnTunnel) pending = {};
          return [];
        case 'detailedStatus':
          pending.detail = f.value.replace(/\s+/g, ' ').trim().slice(0, 300);
          return [];
        case 'kind':
          if (f.value !== 'compute#vpnTunnel') return [];
          if (pending.emitted) pending = {};
          pending.vpnTunnel = true;
          return [fieldResult(f.key, f.value)];
        case 'name':
          if (!pending.vpnTunnel) return [];
          pending.name = f.value.slice(0, 128);
          return [fieldResult(f.key, f.value)];
        case 'peerIp':
          if (!pending.vpnTunnel) return [];
          pending.peer = f.value.slice(0, 64);
          return [fieldResult(f.key, f.value)];
        case 'status': {
          if (!pending.vpnTunnel || !TUNNEL_STATUSES.has(f.value)) return [];
          const t: TunnelState = { status: f.value };
          if (pending.name) t.name = pending.name;
          if (pending.peer) t.peer = pending.peer;
          if (pending.detail) t.detail = pending.detail;
          pending.emitted = true;
          return [statusResult(t)];
        }
        case 'tunnel_id':
        case 'tunnel_name':
          pending.tunnel = f.value.slice(0, 128);
          return [fieldResult(f.key, f.value)];
        case 'gateway_id':
          pending.gateway = f.value.slice(0, 64);
          pending.vpn = true;
          return [fieldResult(f.key, f.value)];
        case 'region':
          pending.region = f.value.slice(0, 64);
          return pending.vpn ? [fieldResult(f.key, f.value)] : [];
        case 'type':
          if (f.value === 'vpn_gateway' || f.value === 'vpn_tunnel') {
            pending.vpn = true;
            return [fieldResult(f.key, f.value)];
          }
          return [];
        case 'receiveTimestamp':
        case 'timestamp': {
          if (!pending.vpn && pending.tunnel === undefined) return [];
          const t = epochMs(f.value);
          if (t !== undefined && (f.key === 'timestamp' || pending.time === undefined)) pending.time = t;
          return [fieldResult(f.key, f.value)];
        }
        case 'textPayload': {
          if (!pending.vpn && pending.tunnel === undefined) return [];
          const e: GcpEntry = { text: f.value.replace(/\s+/g, ' ').trim().slice(0, 4000) };
          if (pending.tunnel) e.tunnel = pending.tunnel;
          if (pending.gateway) e.gateway = pending.gateway;
          if (pending.time !== undefined) e.time = pending.time;
          fillTime(record, e.time);
          return readPayload(record, e, charon);
        }
        default:
          return [];
      }
    },
  };
}

/** Pattern ids a record matches on its own (contract test): pretty-printed fields count as seen in an entry. */
function matchAll(record: LogRecord): string[] {
  const msg = record.message;
  if (tunnelOfLine(msg)) return ['tunnel-status'];
  let entry = readEntry(msg);
  if (!entry) {
    if (msg.trim() === '---') return ['field'];
    const f = fieldLine(msg);
    if (!f) return [];
    // Fields of a VpnTunnel resource count only inside one (the parser's state): not on their own.
    if (['kind', 'name', 'peerIp', 'status', 'detailedStatus', 'creationTimestamp'].includes(f.key)) return [];
    if (f.key !== 'textPayload') return ['field'];
    entry = { text: f.value };
  }
  if (strongswan.createParser().parse(charonRecord(record, entry)).length) return ['charon'];
  const pre = prefixed(entry);
  const own = GCP_PATTERNS.filter((p) => p.id !== 'field' && matchPattern(ownSpec, p, record, pre)).map((p) => p.id);
  return own.length ? own : ['other'];
}

export const gcp: Dialect = {
  id: 'gcp',
  name: 'Google Cloud VPN log',
  vendor: 'Google Cloud',
  fixFamily: 'gcp',
  accepts: acceptsGcp,
  createParser,
  patterns: [CHARON, ...GCP_PATTERNS, TUNNEL_STATUS, OTHER],
  ipsecHint: /vpn_gateway/,
  matchAll,
};
