// Azure VPN Gateway IKEDiagnosticLog / TunnelDiagnosticLog events. The message layout
// (SESSION_ID, Remote, Local, [SEND] / [RECEIVED] / [LOCAL]) and the TunnelConnected /
// TunnelDisconnected operations are Microsoft's documentation ("Troubleshoot Azure VPN Gateway
// using diagnostic logs"); the Log Analytics columns of tunnel events (status_s,
// stateChangeReason_s, remoteIP_s) are in Microsoft's Azure Monitor Community queries.
// The event texts after the marker are not documented and Microsoft's own articles show them only
// as screenshots. One real line was found (the traffic selector payload, see `ts-payload`); every
// other sample below is ASSUMED: written in the documented layout with the keywords an IKE
// implementation logs. The patterns therefore read the events by keyword (a policy mismatch,
// AUTHENTICATION_FAILED, TS_UNACCEPTABLE, a peer that does not respond, a delete, a traffic selector
// payload) anywhere after the marker, and a line that holds none of the keywords still counts as a
// packet sent or received, or as a local action. Markers are read in both spellings seen in public
// material: [RECEIVED]/[LOCAL] (Microsoft) and [RECEIVE]/[LOCAL_MSG] (Daniel Mauser's article).
import type { PatternSpec } from '../../core/dialect.js';
import type { EventDraft } from '../../core/model.js';
import type { ExchangeName } from '../../core/ike-tables.js';
import type { LogRecord } from '../../core/model.js';

const SID = 'SESSION_ID :{8b0e1c6a-3f2d-4c55-9e1a-2b7f5d3c9a10}';
/** A resource-log record around a message (fields of the Azure Monitor resource-log schema). */
const R = (msg: string, time = '2024-03-01T10:00:00.0000000Z'): string =>
  JSON.stringify({
    time,
    resourceId: '/SUBSCRIPTIONS/00000000-0000-0000-0000-000000000000/RESOURCEGROUPS/RG-NET/PROVIDERS/MICROSOFT.NETWORK/VIRTUALNETWORKGATEWAYS/VNG-HUB',
    category: 'IKEDiagnosticLog',
    operationName: 'IKELogEvent',
    level: 'Informational',
    properties: { message: `${SID} Remote 198.51.100.20:500: Local 20.51.10.4:500: ${msg}`, instance: 'GatewayTenantWorker_IN_0' },
  });

const dirOf = (rest: string): 'sent' | 'received' | 'local' =>
  rest.startsWith('[SEND]') ? 'sent' : rest.startsWith('[RECEIVED]') || rest.startsWith('[RECEIVE]') ? 'received' : 'local';

/** Whether the event concerns the child SA (IPsec SA / quick mode / phase 2). */
const childScope = (rest: string): boolean => /IPsec|Quick Mode|\bQM\b|CHILD|phase ?2/i.test(rest);

function exchangeOf(rest: string): ExchangeName | undefined {
  if (/SA_INIT/i.test(rest)) return 'IKE_SA_INIT';
  if (/IKE_AUTH|\[AUTH\]|SA_AUTH/i.test(rest)) return 'IKE_AUTH';
  if (/CREATE_CHILD|CHILD_SA/i.test(rest)) return 'CREATE_CHILD_SA';
  if (/Main Mode/i.test(rest)) return 'MAIN_MODE';
  if (/Quick Mode/i.test(rest)) return 'QUICK_MODE';
  if (/INFORMATIONAL/i.test(rest)) return 'INFORMATIONAL';
  return undefined;
}

/** The body after the [MARKER] (the vendor's own words for a reason). */
function words(r: LogRecord, g: Record<string, string>): string {
  void r;
  return (g.all ?? '').replace(/^\[[A-Z_]{3,10}\]\s?(?:\[[A-Z_]{2,20}\]\s?)?/, '').slice(0, 300);
}

/** Traffic selectors of a "Traffic Selector payload" line: `Number of TSIs 1: StartAddress a EndAddress b ...`. */
function tsRange(text: string, which: 'TSI' | 'TSR'): string | undefined {
  const at = text.indexOf(`Number of ${which}s`);
  if (at < 0) return undefined;
  const m = /StartAddress (?<s>[0-9A-Fa-f.:]{2,45}) EndAddress (?<e>[0-9A-Fa-f.:]{2,45})/.exec(text.slice(at, at + 300));
  return m?.groups ? `${m.groups.s ?? ''}-${m.groups.e ?? ''}` : undefined;
}

export const AZURE_PATTERNS: readonly PatternSpec[] = [
  {
    id: 'psk-mismatch',
    regex: /^(?!Tunnel(?:Connected|Disconnected):)(?<all>.{0,200}?(?:pre-?shared key|\bPSK\b)[^.]{0,40}(?:mismatch|incorrect|invalid|wrong).*)$/i,
    samples: [R('[LOCAL] IKE_AUTH failed: pre-shared key mismatch')], // assumed
    events: (g, r) => [{ kind: 'psk.mismatch', exchange: 'IKE_AUTH', reason: words(r, g) }],
  },
  {
    id: 'policy-mismatch',
    regex: /^(?!Tunnel(?:Connected|Disconnected):)(?<all>(?!.{0,200}?(?:pre-?shared key|\bPSK\b)).{0,200}?(?:Invalid Policy Match|Policy Mismatch|No Matching Policy|NO_PROPOSAL_CHOSEN|No proposal chosen|proposals? (?:mismatch|not acceptable)).*)$/i,
    // assumed: no public capture of Azure's policy-mismatch text (Microsoft and Daniel Mauser show
    // it as a screenshot); the keywords cover "Policy Mismatch", NO_PROPOSAL_CHOSEN, "No proposal chosen"
    samples: [
      R('[SEND] Sending Notify Message - Policy Mismatch'),
      R('[RECEIVED] Received Notify Message NO_PROPOSAL_CHOSEN for IPsec SA'),
      R('[LOCAL] Invalid Policy Match for the IKE SA'),
      R('[RECEIVE] Received notify NO_PROPOSAL_CHOSEN'),
    ],
    events: (g, r) => {
      const rest = g.all ?? '';
      const scope = childScope(rest) ? ('child' as const) : ('ike' as const);
      const reason = words(r, g);
      const d = dirOf(rest);
      if (d === 'received') return [{ kind: 'notify.received', notify: 'NO_PROPOSAL_CHOSEN', scope, reason }];
      const out: EventDraft[] = [{ kind: 'proposal.none', scope, reason }];
      if (d === 'sent') out.push({ kind: 'notify.sent', notify: 'NO_PROPOSAL_CHOSEN', scope });
      return out;
    },
  },
  {
    id: 'auth-failed',
    regex: /^(?!Tunnel(?:Connected|Disconnected):)(?<all>(?!.{0,200}?(?:pre-?shared key|\bPSK\b)).{0,200}?(?:AUTHENTICATION_FAILED|Authentication Failed|auth(?:entication)? failure).*)$/i,
    // assumed (Daniel Mauser's article shows the PSK-mismatch case as "Authentication failed" in a screenshot)
    samples: [R('[RECEIVED] Received notify AUTHENTICATION_FAILED'), R('[LOCAL] IKE_AUTH: Authentication Failed'), R('[LOCAL_MSG] Authentication failed')],
    events: (g, r) => {
      const rest = g.all ?? '';
      const reason = words(r, g);
      if (dirOf(rest) === 'received') return [{ kind: 'notify.received', notify: 'AUTHENTICATION_FAILED', exchange: 'IKE_AUTH', reason }];
      const out: EventDraft[] = [{ kind: 'ike.auth.failed', exchange: 'IKE_AUTH', reason }];
      if (dirOf(rest) === 'sent') out.push({ kind: 'notify.sent', notify: 'AUTHENTICATION_FAILED', exchange: 'IKE_AUTH' });
      return out;
    },
  },
  {
    id: 'ts-unacceptable',
    regex: /^(?!Tunnel(?:Connected|Disconnected):)(?<all>.{0,200}?(?:TS_UNACCEPTABLE|TS unacceptable|traffic selectors? (?:are |is )?(?:unacceptable|not acceptable|mismatch)).*)$/i,
    samples: [R('[RECEIVED] Received traffic selectors unacceptable - TS_UNACCEPTABLE'), R('[SEND] Sending Notify Message - TS unacceptable')], // assumed
    events: (g, r) => {
      const reason = words(r, g);
      const out: EventDraft[] = [{ kind: 'ts.mismatch', reason }];
      const d = dirOf(g.all ?? '');
      if (d !== 'local') out.unshift({ kind: d === 'received' ? 'notify.received' : 'notify.sent', notify: 'TS_UNACCEPTABLE', scope: 'child' });
      return out;
    },
  },
  {
    id: 'ts-payload',
    regex: /^(?!Tunnel(?:Connected|Disconnected):)(?<all>.{0,80}?Traffic Selector payload.*)$/i,
    samples: [
      // REAL: Adam Stuart, "Windows 10 IKEv2 traffic selectors" (GitHub), IKEDiagnosticLog of a P2S
      // gateway; public addresses replaced by documentation ranges, the 16 selector pairs shortened
      // to 2 (the line holds one "StartAddress ... Protocol 0" group per selector)
      'SESSION_ID :{8cb5875d-4c80-434b-8702-d78ac5b3d154} Remote 198.51.100.77:59780: Local 203.0.113.204:4500: [SEND] Proposed Traffic Selector payload will be (Final Negotiated) - [Tsid 0xe  ]Number of TSIs 2: StartAddress 0.0.0.0 EndAddress 255.255.255.255 PortStart 0 PortEnd 65535 Protocol 0, StartAddress 0.0.0.0 EndAddress 255.255.255.255 PortStart 0 PortEnd 65535 Protocol 0 Number of TSRs 2:StartAddress 10.14.0.0 EndAddress 10.14.0.255 PortStart 0 PortEnd 65535 Protocol 0, StartAddress 10.15.0.0 EndAddress 10.15.255.255 PortStart 0 PortEnd 65535 Protocol 0',
      // assumed: the request the gateway receives, in the same wording, inside a resource-log record
      R('[LOCAL] Received Traffic Selector payload request- [Tsid 0x1d ]Number of TSIs 1: StartAddress 10.20.0.0 EndAddress 10.20.255.255 PortStart 0 PortEnd 65535 Protocol 0 Number of TSRs 1:StartAddress 10.10.0.0 EndAddress 10.10.255.255 PortStart 0 PortEnd 65535 Protocol 0'),
    ],
    events: (g) => {
      const text = g.all ?? '';
      // The TSI of a request are the initiator's (the on-premises device's) networks.
      const tsi = tsRange(text, 'TSI');
      const tsr = tsRange(text, 'TSR');
      const e: EventDraft = { kind: 'child.initiate' };
      if (tsi || tsr) e.ts = { ...(tsr ? { local: tsr } : {}), ...(tsi ? { remote: tsi } : {}) };
      return [e];
    },
  },
  {
    id: 'dpd-dead',
    regex: /^(?!Tunnel(?:Connected|Disconnected):)(?<all>.{0,200}?(?:\bDPD\b|dead peer)[^.]{0,80}?(?:timed? ?out|dead|no response|not respond).*)$/i,
    samples: [R('[LOCAL] DPD timed out. Peer is dead')], // assumed
    events: (g, r) => [{ kind: 'dpd.dead', reason: words(r, g) }],
  },
  {
    id: 'no-response',
    regex: /^(?!Tunnel(?:Connected|Disconnected):)(?<all>(?!.{0,200}?(?:\bDPD\b|dead peer|retransmit)).{0,200}?(?:did not respond|not responding|no response|timed out).*)$/i,
    samples: [R('[LOCAL] Remote Endpoint Did not respond to SA_INIT request')], // assumed
    events: (g, r) => [{ kind: 'ike.timeout', reason: words(r, g) }],
  },
  {
    id: 'retransmit',
    regex: /^(?!Tunnel(?:Connected|Disconnected):)(?<all>(?!.{0,200}?(?:\bDPD\b|dead peer)).{0,200}?retransmit.*)$/i,
    samples: [R('[SEND] Retransmitting SA_INIT request, no response from remote')], // assumed
    events: (g) => [{ kind: 'msg.retransmit', role: 'initiator', ...((e) => (e ? { exchange: e } : {}))(exchangeOf(g.all ?? '')) }],
  },
  {
    id: 'delete-ike',
    regex: /^(?!Tunnel(?:Connected|Disconnected):)(?<all>(?!.{0,200}?(?:IPsec|Child|Quick Mode) SA).{0,200}?(?:Deleting|Delete[ds]?|Received delete(?: request)? for) (?:the )?IKE(?:v2)? SA.*)$/i,
    samples: [R('[RECEIVED] Received delete request for IKE SA'), R('[LOCAL] Deleting IKE SA')], // assumed
    events: (g, r) => [{ kind: 'ike.deleted', byPeer: dirOf(g.all ?? '') === 'received', reason: words(r, g) }],
  },
  {
    id: 'delete-child',
    regex: /^(?!Tunnel(?:Connected|Disconnected):)(?<all>.{0,200}?(?:Deleting|Delete[ds]?|Received delete(?: request)? for) (?:the )?(?:IPsec|Child|Quick Mode) SA.*)$/i,
    samples: [R('[RECEIVED] Received delete request for IPsec SA')], // assumed
    events: (g, r) => [{ kind: 'child.deleted', byPeer: dirOf(g.all ?? '') === 'received', reason: words(r, g) }],
  },
  {
    id: 'negotiation-failed',
    regex: /^(?!Tunnel(?:Connected|Disconnected):)(?<all>.{0,200}?(?:Main Mode|Quick Mode|IKE|IPsec)(?: SA)? negotiation failed.*)$/i,
    samples: [R('[LOCAL] IKE Main Mode SA negotiation failed')], // assumed
    events: (g, r) => (childScope(g.all ?? '') ? [{ kind: 'child.failed', reason: words(r, g) }] : [{ kind: 'ike.state', state: 'FAILED', reason: words(r, g) }]),
  },
  {
    id: 'child-established',
    regex: /^(?!Tunnel(?:Connected|Disconnected):)(?<all>(?!.{0,200}?negotiation failed).{0,200}?(?:Quick Mode|IPsec SA|Child SA|CHILD_SA)[^.]{0,60}?(?:established|installed|completed).*)$/i,
    samples: [R('[LOCAL] IPsec SA established, SPI 0xc1a5e1b2')], // assumed
    events: (g) => {
      const spi = /SPI:? ?(?:0x)?(?<s>[0-9a-fA-F]{8})/.exec(g.all ?? '')?.groups?.s;
      return [{ kind: 'child.established', ...(spi ? { spiIn: spi.toLowerCase() } : {}) }];
    },
  },
  {
    id: 'ike-established',
    regex: /^(?!Tunnel(?:Connected|Disconnected):)(?<all>(?!.{0,200}?(?:Quick Mode|IPsec SA|Child SA|CHILD_SA|negotiation failed)).{0,200}?(?:Main Mode|IKE(?:v2)? SA|IKE_SA|SA_AUTH|IKE_AUTH)[^.]{0,60}?(?:established|completed).*)$/i,
    samples: [R('[LOCAL] IKE SA established')], // assumed
    events: () => [{ kind: 'ike.established' }],
  },
  {
    id: 'proposal',
    regex: /^(?!Tunnel(?:Connected|Disconnected):)(?<all>.{0,40}?(?:Received (?:IPsec|IKE) payload|(?:Proposed|Received) (?:Initiator |Responder )?(?:IKE |IPsec )?SA payload).*)$/i,
    samples: [R('[RECEIVED]Received IPSec payload: Policy1:Cipher=AESCBC-256 Integrity=SHA256')], // assumed
    events: (g) => [{ kind: 'proposal.received', scope: childScope(g.all ?? '') ? 'child' : 'ike', proposals: [(g.all ?? '').slice(0, 300)] }],
  },
  {
    id: 'tunnel-connected',
    regex: /^TunnelConnected: ?(?<all>.{0,300})/,
    samples: [
      // assumed: resource-log record (storage account / Event Hubs) with the fields of the Log
      // Analytics columns (status_s, remoteIP_s, instance_s); no public capture found
      '{"time":"2024-03-01T10:00:05.0000000Z","resourceId":"/SUBSCRIPTIONS/00000000-0000-0000-0000-000000000000/RESOURCEGROUPS/RG-NET/PROVIDERS/MICROSOFT.NETWORK/VIRTUALNETWORKGATEWAYS/VNG-HUB","category":"TunnelDiagnosticLog","operationName":"TunnelConnected","level":"Informational","properties":{"remoteIP":"198.51.100.20","instance":"GatewayTenantWorker_IN_0","status":"Connected","stateChangeReason":"","message":"Connection branch-1 connected"}}',
      // assumed: a Log Analytics row exported as JSON (AzureDiagnostics column names)
      '{"TimeGenerated":"2024-03-01T10:00:05.123Z","Category":"TunnelDiagnosticLog","OperationName":"TunnelConnected","Resource":"VNG-HUB","remoteIP_s":"198.51.100.20","status_s":"Connected","stateChangeReason_s":"","instance_s":"GatewayTenantWorker_IN_0"}',
    ],
    events: () => [{ kind: 'tunnel.up', reason: 'TunnelConnected' }],
  },
  {
    id: 'tunnel-disconnected',
    regex: /^TunnelDisconnected: ?(?<all>.{0,300})/,
    samples: [
      // assumed (as above)
      '{"time":"2024-03-01T11:00:05.0000000Z","resourceId":"/SUBSCRIPTIONS/00000000-0000-0000-0000-000000000000/RESOURCEGROUPS/RG-NET/PROVIDERS/MICROSOFT.NETWORK/VIRTUALNETWORKGATEWAYS/VNG-HUB","category":"TunnelDiagnosticLog","operationName":"TunnelDisconnected","level":"Informational","properties":{"remoteIP":"198.51.100.20","instance":"GatewayTenantWorker_IN_0","status":"Disconnected","stateChangeReason":"Connection branch-1 disconnected"}}',
      // assumed: Log Analytics query result copied as CSV (TimeGenerated, OperationName, remoteIP_s, status_s, stateChangeReason_s)
      '"3/1/2024, 11:00:05.123 AM",TunnelDisconnected,198.51.100.20,Disconnected,"DPD timeout"',
    ],
    events: (g) => {
      const reason = (g.all ?? '').trim() || 'TunnelDisconnected';
      const out: EventDraft[] = [{ kind: 'tunnel.down', reason }];
      // The summarized reason is Azure's own text; only its keywords are read.
      if (/\bDPD\b|dead peer/i.test(reason)) out.push({ kind: 'dpd.dead', reason });
      return out;
    },
  },
];

/** Lines with none of the keywords: a packet sent or received, or a local action. */
export const AZURE_FALLBACKS: readonly PatternSpec[] = [
  {
    id: 'packet',
    regex: /^\[(?<dir>SEND|RECEIVED?)\]\s?(?<all>.{0,300})/,
    // assumed texts; "[SEND][SA_INIT]" is the marker pair of Daniel Mauser's article
    samples: [R('[SEND][SA_INIT] Sending IKE_SA_INIT request'), R('[RECEIVED] Received IKE_AUTH response'), R('[RECEIVE] IKE_AUTH response')],
    events: (g) => {
      const sent = g.dir === 'SEND';
      const e: EventDraft = { kind: sent ? 'msg.sent' : 'msg.received', direction: sent ? 'out' : 'in' };
      const ex = exchangeOf(g.all ?? '');
      if (ex) e.exchange = ex;
      return [e];
    },
  },
  {
    id: 'other',
    regex: /^(?!\[(?:SEND|RECEIVED?)\])(?<all>.{1,300})/,
    samples: [R('[LOCAL] Tunnel is up and running with policy set 1'), R('[LOCAL_MSG] Applying policy set 1')], // assumed
    events: () => [{ kind: 'info' }],
  },
];
