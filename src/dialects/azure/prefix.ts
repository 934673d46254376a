// Azure VPN Gateway diagnostic logs, reduced to the IKE message text and its endpoints.
//
// The IKEDiagnosticLog category ("Logs IKE control messages and events on the gateway", Microsoft
// Learn: "Troubleshoot Azure VPN Gateway using diagnostic logs") reaches ikescope as
//  - a resource-log record, one JSON object per line (storage account / Event Hubs export):
//    `{"time":"...","resourceId":".../VIRTUALNETWORKGATEWAYS/VNG1","category":"IKEDiagnosticLog",
//    "operationName":"IKELogEvent","level":"Informational","properties":{"message":"...","instance":...}}`;
//  - a Log Analytics row (AzureDiagnostics: TimeGenerated, Category, OperationName, Message,
//    remoteIP_s, instance_s) exported as JSON or CSV, or copied from the query result.
// The message text has the form `SESSION_ID :{<guid>} Remote <peer>:<port>: Local <gateway>:<port>:
// <event>`, where the event starts with [SEND] (a packet the gateway sent), [RECEIVED] (a packet from
// the on-premises device) or [LOCAL] (an action of the gateway) — the documentation's KQL splits the
// message at "Remote ", ":500: Local " and ":500: ". A real line (Adam Stuart, "Windows 10 IKEv2
// traffic selectors", GitHub, IKEDiagnosticLog of a P2S gateway) shows other ports and a second
// bracket: `SESSION_ID :{8cb5875d-...} Remote 77.98.70.226:59780: Local 51.124.63.204:4500: [SEND]
// Proposed Traffic Selector payload will be (Final Negotiated) - [Tsid 0xe  ]Number of TSIs 16: ...`.
// Daniel Mauser's "Azure Virtual Network Gateway IKE Logs" article names the markers [SEND][SA_INIT],
// [LOCAL_MSG] and [RECEIVE]; both spellings are read.
// The TunnelDiagnosticLog category adds TunnelConnected / TunnelDisconnected events; in Log Analytics
// their columns are OperationName, status_s (Connected / Disconnected), remoteIP_s,
// stateChangeReason_s and instance_s (Azure Monitor Community query "S2S tunnel connect/disconnect
// events"; Azure support blog (ja) "VPN ゲートウェイにメンテナンスがあったかどうか確認する方法").
// Network Watcher's VPN troubleshoot (`az network watcher troubleshooting start`,
// Start-AzNetworkWatcherResourceTroubleshooting) leaves the gateway's own logs in a storage blob;
// two of its files are read (real lines: MicrosoftDocs/azure-docs
// articles/network-watcher/network-watcher-troubleshoot-overview.md and
// network-watcher-diagnose-on-premises-connectivity.md):
//  - IKEErrors.txt: `Error: Authentication failed. Check shared key. Check crypto. Check lifetimes.`
//    followed by `     based on log : Peer failed with Windows error 13801(ERROR_IPSEC_IKE_AUTH_FAIL)`;
//  - Scrubbed-wfpdiag.txt, the gateway's IKEEXT trace: `[0]0368.03A4::02/02/2017-17:36:01.496
//    [ikeext] 3038|52.161.24.36|  Failure error code:0x000035e9`, the peer between the bars.
import type { EventDraft, LogRecord } from '../../core/model.js';
import type { Prefixed } from '../../core/dialect.js';
import { epochMs, findJson, str, type JsonObject } from '../cloud-common/json.js';

export interface AzureLine {
  /** The IKE message text (after the session and endpoints), or the tunnel event's text. */
  body: string;
  session?: string;
  remote?: { address: string; port?: number };
  local?: { address: string; port?: number };
  /** TunnelConnected / TunnelDisconnected (TunnelDiagnosticLog). */
  tunnelOp?: string;
  time?: number;
  instance?: string;
  gateway?: string;
}

const SESSION_RE =
  /^(?:SESSION_ID ?:? ?\{(?<sid>[0-9A-Fa-f-]{1,40})\} ?)?Remote (?<ra>[^\s:]{1,64}):(?<rp>\d{1,5}): ?Local (?<la>[^\s:]{1,64}):(?<lp>\d{1,5}): ?/;
/** A Scrubbed-wfpdiag.txt line: `[cpu]pid.tid::MM/DD/YYYY-hh:mm:ss.fff [ikeext] id|peer|text`. */
const WFP_RE =
  /^\[\d{1,3}\][0-9A-Fa-f]{1,8}\.[0-9A-Fa-f]{1,8}::(?<mo>\d{2})\/(?<d>\d{2})\/(?<y>\d{4})-(?<h>\d{2}):(?<mi>\d{2}):(?<s>\d{2})\.(?<ms>\d{1,6}) \[ikeext\] [0-9A-Fa-f]{1,8}\|(?<peer>[^|\s]{0,64})\|(?<text>.{0,2000})/;
/** An IKEErrors.txt line: `Error: <what>. Check <x>.` or `based on log : <the gateway's log text>`. */
const IKEERR_RE = /^\s{0,8}(?:Error: (?:On-prem|.{1,120}?\. Check )|based on log : )/;
const MARKERS = ['SESSION_ID', '[SEND]', '[RECEIVED]', '[RECEIVE]', '[LOCAL]', '[LOCAL_MSG]'];

function endpoint(a: string | undefined, p: string | undefined): { address: string; port?: number } | undefined {
  if (!a) return undefined;
  const n = Number(p);
  return Number.isInteger(n) && n > 0 && n <= 65535 ? { address: a, port: n } : { address: a };
}

/** Split `SESSION_ID :{...} Remote a:500: Local b:500: body` (the prefix is optional). */
export function splitMessage(text: string): AzureLine | undefined {
  const t = text.replace(/\s+/g, ' ').trim();
  if (!t) return undefined;
  const m = SESSION_RE.exec(t);
  if (!m?.groups) return { body: t.slice(0, 2000) };
  const line: AzureLine = { body: t.slice(m[0].length, m[0].length + 2000) };
  if (m.groups.sid) line.session = m.groups.sid.toLowerCase();
  const r = endpoint(m.groups.ra, m.groups.rp);
  if (r) line.remote = r;
  const l = endpoint(m.groups.la, m.groups.lp);
  if (l) line.local = l;
  return line;
}

function gatewayName(resourceId: string | undefined): string | undefined {
  if (!resourceId) return undefined;
  const m = /\/(?:VIRTUALNETWORKGATEWAYS|VPNGATEWAYS)\/(?<n>[^/\s]{1,80})/i.exec(resourceId);
  return m?.groups?.n;
}

function fromObject(obj: JsonObject): AzureLine | undefined {
  const category = str(obj, 'category', 'Category') ?? '';
  const op = str(obj, 'operationName', 'OperationName') ?? '';
  const message = str(obj, 'properties.message', 'properties.Message', 'Message', 'message', 'properties.msg');
  const resourceId = str(obj, 'resourceId', 'ResourceId', '_ResourceId');
  const isAzure =
    /^(?:IKEDiagnosticLog|TunnelDiagnosticLog)$/.test(category) ||
    /^(?:IKELogEvent|TunnelConnected|TunnelDisconnected)$/.test(op) ||
    (message !== undefined && MARKERS.some((k) => message.includes(k)));
  if (!isAzure) return undefined;
  let line: AzureLine | undefined;
  const status = str(obj, 'properties.status', 'status_s', 'properties.Status') ?? '';
  const tunnelOp = /^Tunnel(?:Connected|Disconnected)$/.test(op)
    ? op
    : /^Connected$/i.test(status)
      ? 'TunnelConnected'
      : /^Disconnected$/i.test(status)
        ? 'TunnelDisconnected'
        : category === 'TunnelDiagnosticLog'
          ? 'TunnelEvent'
          : undefined;
  if (tunnelOp) {
    // The summarized reason of the state change, else the message.
    const reason = str(obj, 'properties.stateChangeReason', 'stateChangeReason_s', 'properties.StateChangeReason') ?? message ?? '';
    line = { body: reason.replace(/\s+/g, ' ').trim().slice(0, 2000), tunnelOp };
    const ip = str(obj, 'properties.remoteIP', 'remoteIP_s', 'properties.RemoteIP');
    if (ip) line.remote = { address: ip };
  } else {
    if (message === undefined) return undefined;
    line = splitMessage(message);
    if (!line) return undefined;
    const ip = str(obj, 'properties.remoteIP', 'remoteIP_s');
    if (!line.remote && ip) line.remote = { address: ip };
  }
  const time = epochMs(str(obj, 'time', 'TimeGenerated', 'timeGenerated'));
  if (time !== undefined) line.time = time;
  const inst = str(obj, 'properties.instance', 'instance_s');
  if (inst) line.instance = inst;
  const gw = gatewayName(resourceId) ?? str(obj, 'Resource');
  if (gw) line.gateway = gw;
  return line;
}

/** A cell without the blanks and quotes around it (one pass from each end). */
function stripCell(c: string): string {
  const edge = (ch: number): boolean => ch === 32 || ch === 9 || ch === 34;
  let a = 0;
  let b = c.length;
  while (a < b && edge(c.charCodeAt(a))) a++;
  while (b > a && edge(c.charCodeAt(b - 1))) b--;
  return c.slice(a, b);
}

/** An IPv4 address (masked octets such as `x` allowed) or an IPv6 address of four groups or more. */
function isAddress(c: string): boolean {
  if (/^(?:\d{1,3}|x{1,3})(?:\.(?:\d{1,3}|x{1,3})){3}$/i.test(c)) return true;
  return c.length <= 45 && /^[\da-f:]+$/i.test(c) && (c.includes('::') || c.split(':').length >= 4);
}

/**
 * A TunnelDiagnosticLog row copied or exported from Log Analytics (`TimeGenerated, OperationName,
 * remoteIP_s, status_s, stateChangeReason_s` in any order, comma- or tab-separated): the first
 * cell that is an address is the peer, the rest after the status word is the reason.
 */
function tunnelRow(msg: string, op: string, at: number): AzureLine {
  const cells = msg
    .slice(at, at + 2000)
    .split(/[\t,]/)
    .map(stripCell)
    .filter((c) => c.length > 0);
  const line: AzureLine = { body: '', tunnelOp: op };
  const rest: string[] = [];
  for (const c of cells) {
    if (!line.remote && isAddress(c)) line.remote = { address: c };
    else if (!/^(?:Connected|Disconnected|Informational|Warning|Error)$/i.test(c) && !/^GatewayTenantWorker_IN_\d$/.test(c)) rest.push(c);
  }
  line.body = rest.join(', ').slice(0, 2000);
  return line;
}

function fromWfp(msg: string): AzureLine | undefined {
  const m = WFP_RE.exec(msg);
  if (!m?.groups) return undefined;
  const g = m.groups;
  const line: AzureLine = { body: (g.text ?? '').replace(/\s+/g, ' ').trim() };
  const peer = g.peer ?? '';
  if (isAddress(peer)) line.remote = { address: peer };
  const t = Date.UTC(Number(g.y), Number(g.mo) - 1, Number(g.d), Number(g.h), Number(g.mi), Number(g.s), Number((g.ms ?? '0').slice(0, 3).padEnd(3, '0')));
  if (Number.isFinite(t)) line.time = t;
  return line;
}

function fromText(msg: string): AzureLine | undefined {
  if (msg.includes('[ikeext]')) return fromWfp(msg);
  if (IKEERR_RE.test(msg)) return { body: msg.replace(/\s+/g, ' ').trim().slice(0, 2000) };
  let at = -1;
  for (const k of MARKERS) {
    const i = msg.indexOf(k);
    if (i >= 0 && (at < 0 || i < at)) at = i;
  }
  const tunnel = /\bTunnel(?:Connected|Disconnected)\b/.exec(msg.slice(0, 400));
  if (at < 0 && !tunnel) return undefined;
  if (at < 0 && tunnel) return tunnelRow(msg, tunnel[0], tunnel.index + tunnel[0].length);
  // `Remote ` may stand before a [SEND] marker when the row holds only the event text.
  const remoteAt = msg.lastIndexOf('Remote ', at);
  if (remoteAt >= 0 && at - remoteAt < 140 && !msg.slice(remoteAt, at).includes('SESSION_ID')) at = remoteAt;
  let text = msg.slice(at);
  // A quoted CSV cell ends at the next lone quote.
  if (at > 0 && msg.charCodeAt(at - 1) === 34 /* " */) {
    text = csvCell(text);
  }
  return splitMessage(text);
}

/** The rest of a quoted CSV cell: up to the first quote that is not doubled, `""` read as `"`. */
function csvCell(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) !== 34) continue;
    out += text.slice(from, i);
    if (text.charCodeAt(i + 1) !== 34) return out;
    out += '"';
    i++;
    from = i + 1;
  }
  return out + text.slice(from);
}

const cache = { msg: '', line: undefined as AzureLine | undefined };

export function readAzure(msg: string): AzureLine | undefined {
  if (msg === cache.msg) return cache.line;
  let line: AzureLine | undefined;
  try {
    if (msg.includes('{')) {
      const found = findJson(msg);
      line = found ? fromObject(found.obj) : undefined;
      if (!line && !found) line = fromText(msg);
    } else line = fromText(msg);
  } catch {
    line = undefined;
  }
  cache.msg = msg;
  cache.line = line;
  return line;
}

export function acceptsAzure(r: LogRecord): boolean {
  const m = r.message;
  return (
    m.includes('SESSION_ID') ||
    m.includes('[SEND]') ||
    m.includes('[RECEIVE') ||
    m.includes('[LOCAL') ||
    m.includes('IKEDiagnosticLog') ||
    m.includes('TunnelDiagnosticLog') ||
    m.includes('TunnelConnected') ||
    m.includes('TunnelDisconnected') ||
    m.includes('[ikeext]') ||
    IKEERR_RE.test(m)
  );
}

export function azurePrefix(r: LogRecord): Prefixed | undefined {
  const l = readAzure(r.message);
  if (!l) return undefined;
  const base: Partial<EventDraft> = {};
  if (l.remote) base.remote = { ...l.remote };
  if (l.local) base.local = { ...l.local };
  const details: Record<string, string | number | boolean> = {};
  if (l.session) details.session = l.session;
  if (l.instance) details.instance = l.instance;
  if (l.gateway) details.gateway = l.gateway;
  base.details = details;
  const rest = l.tunnelOp ? `${l.tunnelOp}: ${l.body}` : l.body;
  return {
    rest,
    base,
    vars: { peer: l.remote?.address ?? '?', gateway: l.local?.address ?? l.gateway ?? '?', session: l.session ?? '?' },
  };
}
