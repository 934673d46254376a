// Google Cloud VPN log entries (Cloud Logging, `resource.type="vpn_gateway"`), reduced to the
// payload text and the tunnel it concerns. Forms:
//  - one LogEntry per line, as the Logging API, a Pub/Sub or BigQuery sink, or
//    `gcloud logging read --format=json` (after joining) gives it:
//    `{"textPayload":"...","resource":{"type":"vpn_gateway","labels":{"gateway_id":"...",
//    "project_id":"...","region":"..."}},"timestamp":"...","severity":"...","labels":{...}}`;
//  - the same entries pretty-printed by `gcloud logging read` (YAML, the default, or JSON): one
//    field per line. The parser (index.ts) remembers the labels of the entry being read and reads
//    the `textPayload` line with them.
// The payload of a Cloud VPN gateway's IKE entries is the output of its IKE daemon, which is
// strongSwan's charon ("sending packet: from ...", "received NO_PROPOSAL_CHOSEN notify error",
// "giving up after 5 retransmits"): those are read by the strongSwan dialect's parser. No public
// capture of a whole Cloud VPN log entry was found: the LogEntry fields are the Cloud Logging API's,
// the labels (gateway_id, project_id, region; a tunnel label) and the charon-only payload are
// assumed from Google's "View logs and metrics" page, which shows no example entry.
//
// A tunnel's state as `gcloud compute vpn-tunnels describe` / `list --format=json` prints it is read
// too: `kind: compute#vpnTunnel`, `name`, `peerIp`, `status` (the VpnTunnel.Status enum of the Compute
// Engine API reference: ESTABLISHED, NO_INCOMING_PACKETS, AUTHORIZATION_ERROR, NEGOTIATION_FAILURE,
// PEER_IDENTITY_MISMATCH, TS_NARROWING_NOT_ALLOWED, ...) and `detailedStatus` (free text).
import type { LogRecord } from '../../core/model.js';
import { epochMs, findJson, get, str, type JsonObject } from '../cloud-common/json.js';

export interface GcpEntry {
  text: string;
  tunnel?: string;
  gateway?: string;
  region?: string;
  time?: number;
  severity?: string;
}

const VPN_RESOURCES: ReadonlySet<string> = new Set(['vpn_gateway', 'vpn_tunnel']);

/** A tunnel's name or id from wherever the entry carries it. */
function tunnelOf(obj: JsonObject): string | undefined {
  const labels = get(obj, 'labels');
  if (labels && typeof labels === 'object') {
    for (const [k, v] of Object.entries(labels as Record<string, unknown>))
      if (/tunnel/i.test(k) && typeof v === 'string' && v) return v.slice(0, 128);
  }
  return str(obj, 'resource.labels.tunnel_id', 'resource.labels.tunnel_name', 'jsonPayload.tunnel', 'jsonPayload.tunnelName', 'jsonPayload.vpn_tunnel');
}

export function entryFromObject(obj: JsonObject): GcpEntry | undefined {
  const type = str(obj, 'resource.type');
  const logName = str(obj, 'logName') ?? '';
  if (!(type && VPN_RESOURCES.has(type)) && !/\/logs\/vpn/.test(logName)) return undefined;
  const text = str(obj, 'textPayload', 'jsonPayload.message', 'jsonPayload.textPayload', 'jsonPayload.msg');
  if (text === undefined) return undefined;
  const e: GcpEntry = { text: text.replace(/\s+/g, ' ').trim().slice(0, 4000) };
  const tunnel = tunnelOf(obj);
  if (tunnel) e.tunnel = tunnel;
  const gw = str(obj, 'resource.labels.gateway_id');
  if (gw) e.gateway = gw;
  const region = str(obj, 'resource.labels.region');
  if (region) e.region = region;
  const time = epochMs(str(obj, 'timestamp', 'receiveTimestamp'));
  if (time !== undefined) e.time = time;
  const sev = str(obj, 'severity');
  if (sev) e.severity = sev;
  return e;
}

const cache = { msg: '', entry: undefined as GcpEntry | undefined };

/** The Cloud VPN entry of a one-line JSON record (undefined for anything else). */
export function readEntry(msg: string): GcpEntry | undefined {
  if (msg === cache.msg) return cache.entry;
  let entry: GcpEntry | undefined;
  if (msg.includes('vpn')) {
    const found = findJson(msg);
    entry = found ? entryFromObject(found.obj) : undefined;
  }
  cache.msg = msg;
  cache.entry = entry;
  return entry;
}

/** One field of a pretty-printed entry: `textPayload: 'x'`, `"textPayload": "x",`, `  tunnel_id: '12'`. */
export interface FieldLine {
  key: string;
  value: string;
}

const FIELD_RE = /^\s{0,16}(?:"(?<qk>[a-z_.]{1,40})"|(?<k>[a-z_.]{1,40})):\s?(?<v>.{0,4096})$/i;

function unquote(v: string): string {
  let t = v.trim().replace(/,$/, '');
  if (t.length >= 2 && t.startsWith('"') && t.endsWith('"')) {
    try {
      const s: unknown = JSON.parse(t);
      if (typeof s === 'string') return s;
    } catch {
      return t.slice(1, -1);
    }
  }
  if (t.length >= 2 && t.startsWith("'") && t.endsWith("'")) t = t.slice(1, -1).replace(/''/g, "'");
  return t;
}

/** Fields of pretty-printed entries that the parser keeps (others are not read). */
export const KEPT_FIELDS: ReadonlySet<string> = new Set([
  'textPayload', 'timestamp', 'receiveTimestamp', 'insertId', 'gateway_id', 'tunnel_id', 'tunnel_name', 'type', 'region',
  // a VpnTunnel resource (gcloud compute vpn-tunnels describe)
  'kind', 'name', 'peerIp', 'status', 'detailedStatus', 'creationTimestamp',
]);

/** VpnTunnel.status values (Compute Engine API reference, "VpnTunnel.Status"). */
export const TUNNEL_STATUSES: ReadonlySet<string> = new Set([
  'PROVISIONING', 'WAITING_FOR_FULL_CONFIG', 'FIRST_HANDSHAKE', 'ESTABLISHED', 'NETWORK_ERROR', 'AUTHORIZATION_ERROR',
  'NEGOTIATION_FAILURE', 'DEPROVISIONING', 'FAILED', 'NO_INCOMING_PACKETS', 'REJECTED', 'ALLOCATING_RESOURCES', 'STOPPED',
  'PEER_IDENTITY_MISMATCH', 'TS_NARROWING_NOT_ALLOWED',
]);

export interface TunnelState {
  name?: string;
  peer?: string;
  status: string;
  detail?: string;
}

/** A VpnTunnel resource printed as one JSON object (`gcloud ... --format=json`, one object a line). */
export function tunnelFromObject(obj: JsonObject): TunnelState | undefined {
  if (str(obj, 'kind') !== 'compute#vpnTunnel') return undefined;
  const status = str(obj, 'status');
  if (!status || !TUNNEL_STATUSES.has(status)) return undefined;
  const t: TunnelState = { status };
  const name = str(obj, 'name');
  if (name) t.name = name.slice(0, 128);
  const peer = str(obj, 'peerIp');
  if (peer) t.peer = peer.slice(0, 64);
  const detail = str(obj, 'detailedStatus');
  if (detail) t.detail = detail.replace(/\s+/g, ' ').trim().slice(0, 300);
  return t;
}

export function fieldLine(msg: string): FieldLine | undefined {
  if (msg.length > 4200) return undefined;
  const m = FIELD_RE.exec(msg);
  const key = m?.groups?.qk ?? m?.groups?.k;
  if (!m?.groups || !key || !KEPT_FIELDS.has(key)) return undefined;
  return { key, value: unquote(m.groups.v ?? '') };
}

export function acceptsGcp(r: LogRecord): boolean {
  const m = r.message;
  return (
    m.includes('vpn_gateway') ||
    m.includes('vpn_tunnel') ||
    m.includes('/logs/vpn') ||
    m.includes('textPayload') ||
    m.includes('tunnel_id') ||
    m.includes('gateway_id') ||
    m.includes('compute#vpnTunnel') ||
    // gcloud describe prints detailedStatus before kind (alphabetical order): read it for the status
    m.includes('detailedStatus')
  );
}
