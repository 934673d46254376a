// The forms an AWS Site-to-Site VPN tunnel activity log reaches ikescope in, reduced to the
// `details` text (VpnLogDetail) and the record's fields:
//  - the CloudWatch Logs record itself, one JSON object per line (LogOutputFormat json):
//    `{"event_timestamp":1671550234,"details":"AWS tunnel is sending DPD request","dpd_enabled":true,
//    "nat_t_detected":false,"ike_phase1_state":"established","ike_phase2_state":"established"}`
//    (field names: AWS Site-to-Site VPN User Guide, "Site-to-Site VPN log contents"; newer records
//    add `timestamp`, the BGP log `resource_id`, `type`, `status`, `message.details`);
//  - the same record after a time and a log stream name (`aws logs tail --format detailed`,
//    `<time> vpn-0abc...-203.0.113.10 {...}`), inside a filter-log-events event
//    (`{"logStreamName":...,"message":"{...}"}`) or in one cell of a Logs Insights CSV export
//    (quotes doubled);
//  - the text output format and copies of it: `key=value` fields, or the details text alone.
// The log stream of a tunnel is named after the VPN connection and the tunnel's outside IP
// address; that pair names the tunnel. Without it the file names the tunnel.
import type { EventDraft, LogRecord } from '../../core/model.js';
import type { Prefixed } from '../../core/dialect.js';
import { bool, epochMs, fileStem, findJson, str, type JsonObject } from '../cloud-common/json.js';
import { readKv } from '../cloud-common/kv.js';

export interface AwsRecord {
  kind: 'tunnel' | 'bgp';
  details: string;
  tunnel?: string;
  outsideIp?: string;
  time?: number;
  phase1?: string;
  phase2?: string;
  dpd?: boolean;
  natT?: boolean;
  bgpStatus?: string;
}

/** `vpn-0123456789abcdef0-203.0.113.10` / `vpn-1234abcd_1.2.3.4` (log stream, BGP resource_id). */
const TUNNEL_RE = /\b(?<vpn>vpn-[0-9a-f]{8,17})[-_](?<ip>(?:\d{1,3}\.){3}\d{1,3}|[0-9a-f]{1,4}(?::[0-9a-f]{0,4}){2,7})(?![\w.:])/i;

/** How the details text of a bare line starts (AWS Site-to-Site VPN log message catalogue). */
const OPENERS = ['AWS tunnel', 'AWS: ', 'AWS-side peer', 'No Proposal Match Found', 'Peer is not responsive'];

function tunnelOf(...texts: (string | undefined)[]): { tunnel?: string; ip?: string } {
  for (const t of texts) {
    if (!t || !t.includes('vpn-')) continue;
    const m = TUNNEL_RE.exec(t.length > 600 ? t.slice(0, 600) : t);
    if (m?.groups) return { tunnel: `${m.groups.vpn}-${m.groups.ip}`, ip: m.groups.ip };
  }
  return {};
}

function oneLine(s: string): string {
  const t = s.length > 2000 ? s.slice(0, 2000) : s;
  return t.replace(/\s+/g, ' ').trim();
}

function fromObject(obj: JsonObject, before: string): AwsRecord | undefined {
  // A filter-log-events / get-log-events event wraps the record in `message`.
  const inner = str(obj, 'message');
  if (inner && inner.includes('{')) {
    const found = findJson(inner);
    if (found) {
      const r = fromObject(found.obj, '');
      if (r) {
        const t = tunnelOf(str(obj, 'logStreamName'), before);
        if (!r.tunnel && t.tunnel) {
          r.tunnel = t.tunnel;
          r.outsideIp = t.ip;
        }
        r.time ??= epochMs(obj.timestamp);
        return r;
      }
    }
  }
  const type = str(obj, 'type');
  if (type === 'BGPStatus' || type === 'RouteStatus') {
    const t = tunnelOf(str(obj, 'resource_id'), before);
    return {
      kind: 'bgp',
      details: oneLine(str(obj, 'message.details') ?? `${type} ${str(obj, 'status') ?? ''}`),
      ...(t.tunnel ? { tunnel: t.tunnel, outsideIp: t.ip } : {}),
      ...(epochMs(obj.event_timestamp) !== undefined ? { time: epochMs(obj.event_timestamp) } : {}),
      ...(str(obj, 'status') ? { bgpStatus: str(obj, 'status') } : {}),
    };
  }
  const details = str(obj, 'details', 'VpnLogDetail');
  const phase1 = str(obj, 'ike_phase1_state', 'TunnelIKEPhase1State');
  if (details === undefined && phase1 === undefined) return undefined;
  const t = tunnelOf(str(obj, 'resource_id', 'logStreamName'), before);
  const outside = str(obj, 'TunnelOutsideIPAddress', 'tunnel_outside_ip_address');
  const vpn = str(obj, 'VpnConnectionId', 'vpn_connection_id');
  const rec: AwsRecord = { kind: 'tunnel', details: oneLine(details ?? '') };
  if (t.tunnel) {
    rec.tunnel = t.tunnel;
    rec.outsideIp = t.ip;
  } else if (vpn && outside) {
    rec.tunnel = `${vpn}-${outside}`;
    rec.outsideIp = outside;
  }
  const time = epochMs(get1(obj, 'event_timestamp', 'timestamp', 'VpnLogCreationTimestamp'));
  if (time !== undefined) rec.time = time;
  if (phase1) rec.phase1 = phase1.toLowerCase();
  const phase2 = str(obj, 'ike_phase2_state', 'TunnelIKEPhase2State');
  if (phase2) rec.phase2 = phase2.toLowerCase();
  const dpd = bool(obj.dpd_enabled ?? obj.TunnelDPDEnabled);
  if (dpd !== undefined) rec.dpd = dpd;
  const nat = bool(obj.nat_t_detected ?? obj.TunnelCGWNATTDetectionStatus);
  if (nat !== undefined) rec.natT = nat;
  return rec;
}

function get1(obj: JsonObject, ...keys: string[]): unknown {
  for (const k of keys) if (Object.prototype.hasOwnProperty.call(obj, k) && obj[k] !== undefined) return obj[k];
  return undefined;
}

function fromKv(msg: string): AwsRecord | undefined {
  const f = readKv(msg);
  const details = f.get('details') ?? f.get('VpnLogDetail');
  const phase1 = f.get('ike_phase1_state') ?? f.get('TunnelIKEPhase1State');
  if (details === undefined || (phase1 === undefined && !f.has('event_timestamp'))) return undefined;
  const rec: AwsRecord = { kind: 'tunnel', details: oneLine(details) };
  const t = tunnelOf(f.get('resource_id'), msg.slice(0, msg.indexOf('=')));
  if (t.tunnel) {
    rec.tunnel = t.tunnel;
    rec.outsideIp = t.ip;
  }
  const time = epochMs(f.get('event_timestamp') ?? f.get('timestamp'));
  if (time !== undefined) rec.time = time;
  if (phase1) rec.phase1 = phase1.toLowerCase();
  const phase2 = f.get('ike_phase2_state') ?? f.get('TunnelIKEPhase2State');
  if (phase2) rec.phase2 = phase2.toLowerCase();
  const dpd = bool(f.get('dpd_enabled'));
  if (dpd !== undefined) rec.dpd = dpd;
  const nat = bool(f.get('nat_t_detected'));
  if (nat !== undefined) rec.natT = nat;
  return rec;
}

function fromText(msg: string): AwsRecord | undefined {
  let text = msg;
  const t = tunnelOf(msg.slice(0, 120));
  if (t.tunnel) {
    const at = msg.indexOf(' ', msg.indexOf('vpn-'));
    text = at < 0 ? '' : msg.slice(at + 1);
  }
  text = text.trimStart();
  if (text.charCodeAt(0) === 34 /* " */) text = text.slice(1).replace(/"[,\s]*$/, '');
  if (!OPENERS.some((o) => text.startsWith(o))) return undefined;
  return { kind: text.startsWith('AWS-side peer') ? 'bgp' : 'tunnel', details: oneLine(text), ...(t.tunnel ? { tunnel: t.tunnel, outsideIp: t.ip } : {}) };
}

const cache = { msg: '', rec: undefined as AwsRecord | undefined };

/** The AWS record a message holds, or undefined (never throws). */
export function readAws(msg: string): AwsRecord | undefined {
  if (msg === cache.msg) return cache.rec;
  let rec: AwsRecord | undefined;
  try {
    if (msg.includes('{')) {
      const found = findJson(msg);
      if (found) rec = fromObject(found.obj, `${found.before} ${found.after}`);
    } else if (msg.includes('details=')) rec = fromKv(msg);
    else rec = fromText(msg);
  } catch {
    rec = undefined;
  }
  cache.msg = msg;
  cache.rec = rec;
  return rec;
}

/** Cheap test (substrings only) that a record may be an AWS tunnel log line. */
export function acceptsAws(r: LogRecord): boolean {
  const m = r.message;
  return (
    m.includes('ike_phase1_state') ||
    m.includes('event_timestamp') ||
    m.includes('TunnelIKEPhase1State') ||
    OPENERS.some((o) => m.includes(o))
  );
}

export function awsPrefix(r: LogRecord): Prefixed | undefined {
  const rec = readAws(r.message);
  if (!rec) return undefined;
  const conn = rec.tunnel ?? fileStem(r.path);
  const details: Record<string, string | number | boolean> = {};
  if (rec.phase1) details.phase1State = rec.phase1;
  if (rec.phase2) details.phase2State = rec.phase2;
  if (rec.dpd !== undefined) details.dpdEnabled = rec.dpd;
  if (rec.natT !== undefined) details.natTDetected = rec.natT;
  const base: Partial<EventDraft> = { conn, details };
  if (rec.outsideIp) base.local = { address: rec.outsideIp };
  const rest = rec.kind === 'bgp' ? `BGP ${rec.bgpStatus ?? '-'}: ${rec.details}` : rec.details;
  return {
    rest,
    base,
    vars: { tunnel: conn, phase1: rec.phase1 ?? '?', phase2: rec.phase2 ?? '?', details: rec.details.slice(0, 300) },
  };
}
