// Azure VPN Gateway IKEDiagnosticLog / TunnelDiagnosticLog events. The message layout
// (SESSION_ID, Remote, Local, [SEND] / [RECEIVED] / [LOCAL]) and the TunnelConnected /
// TunnelDisconnected operations are Microsoft's documentation ("Troubleshoot Azure VPN Gateway
// using diagnostic logs"); the Log Analytics columns of tunnel events (status_s,
// stateChangeReason_s, remoteIP_s) are in Microsoft's Azure Monitor Community queries.
// The event texts after the marker are not documented and Microsoft's own articles show them mostly
// as screenshots. Real lines: the traffic selector payload (see `ts-payload`) and the Network Watcher
// troubleshoot blob (IKEErrors.txt, Scrubbed-wfpdiag.txt, see prefix.ts); Microsoft's troubleshooting
// guide quotes the IKEDiagnosticLog's own phrases ("Sending Notify Message - Authentication failed",
// "IKE Tunnel closed ... with status Policy match error", "[ErrorCode] 0x35E9 [ErrorMessage] ...",
// see win-errors.ts) without whole lines. Samples marked `assumed` are written in the documented
// layout with those phrases or with the keywords an IKE implementation logs. The patterns therefore read the events by keyword (a policy mismatch,
// AUTHENTICATION_FAILED, TS_UNACCEPTABLE, a peer that does not respond, a delete, a traffic selector
// payload) anywhere after the marker, and a line that holds none of the keywords still counts as a
// packet sent or received, or as a local action. Markers are read in both spellings seen in public
// material: [RECEIVED]/[LOCAL] (Microsoft) and [RECEIVE]/[LOCAL_MSG] (Daniel Mauser's article).
import type { PatternSpec } from '../../core/dialect.js';
import type { EventDraft } from '../../core/model.js';
import type { ExchangeName } from '../../core/ike-tables.js';
import type { LogRecord } from '../../core/model.js';
import { winErrorOf } from './win-errors.js';

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
  rest.startsWith('[SEND]')
    ? 'sent'
    : rest.startsWith('[RECEIVED]') || rest.startsWith('[RECEIVE]') || rest.startsWith('based on log : Peer sent')
      ? 'received'
      : 'local';

/** The SA a line concerns; an IKEErrors.txt "based on log" line names none (its "Error:" line does). */
const scopeOf = (rest: string): 'ike' | 'child' | undefined =>
  childScope(rest) ? 'child' : rest.startsWith('based on log') ? undefined : 'ike';

// Real lines of the Network Watcher troubleshoot blob (MicrosoftDocs/azure-docs,
// articles/network-watcher/network-watcher-troubleshoot-overview.md): the peer between the bars.
const WFP = '[0]0368.03A4::02/02/2017-17:36:01.496 [ikeext] 3038|52.161.24.36|';

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
  return (g.all ?? '')
    .replace(/^\[[A-Z_]{3,10}\]\s?(?:\[[A-Z_]{2,20}\]\s?)?/, '')
    .replace(/^based on log : /, '')
    .slice(0, 300);
}

/** The events of a Windows IKE error named in the text (win-errors.ts), the text as the reason. */
function winEvents(text: string): EventDraft[] {
  const e = winErrorOf(text);
  if (!e) return [];
  const named = text.toLowerCase().includes(e.text.toLowerCase()) ? text : `${text} (${e.name ? `${e.name}: ` : ''}${e.text})`;
  return e.events(named.slice(0, 300));
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
    regex: /^(?!Tunnel(?:Connected|Disconnected):)(?!.{0,200}?(?:\[ErrorCode\]|\[ErrorMessage\]|error code: ?0x|Windows error \d|called with error \d|with status ))(?<all>.{0,200}?(?:pre-?shared key|\bPSK\b)[^.]{0,40}(?:mismatch|incorrect|invalid|wrong).*)$/i,
    samples: [R('[LOCAL] IKE_AUTH failed: pre-shared key mismatch')], // assumed
    events: (g, r) => [{ kind: 'psk.mismatch', exchange: 'IKE_AUTH', reason: words(r, g) }],
  },
  {
    id: 'policy-mismatch',
    regex: /^(?!Tunnel(?:Connected|Disconnected):)(?!.{0,200}?(?:\[ErrorCode\]|\[ErrorMessage\]|error code: ?0x|Windows error \d|called with error \d|with status ))(?<all>(?!.{0,200}?(?:pre-?shared key|\bPSK\b)).{0,200}?(?:Invalid Policy Match|Policy Mismatch|No Matching Policy|NO_PROPOSAL_CHOSEN|No proposal chosen|proposals? (?:mismatch|not acceptable)).*)$/i,
    // "Sending Notify Message - Policy Mismatch" is the IKEDiagnosticLog's phrase as Microsoft's
    // troubleshooting guide quotes it (layout assumed); the keywords also cover NO_PROPOSAL_CHOSEN
    samples: [
      R('[SEND] Sending Notify Message - Policy Mismatch'),
      // REAL: IKEErrors.txt (MicrosoftDocs/azure-docs,
      // articles/network-watcher/network-watcher-diagnose-on-premises-connectivity.md)
      '\t based on log : Peer sent NO_PROPOSAL_CHOSEN notify',
      // assumed
      R('[RECEIVED] Received Notify Message NO_PROPOSAL_CHOSEN for IPsec SA'),
      R('[LOCAL] Invalid Policy Match for the IKE SA'),
      R('[RECEIVE] Received notify NO_PROPOSAL_CHOSEN'),
    ],
    events: (g, r) => {
      const rest = g.all ?? '';
      const sc = scopeOf(rest);
      const scope = sc ? { scope: sc } : {};
      const reason = words(r, g);
      const d = dirOf(rest);
      if (d === 'received') return [{ kind: 'notify.received', notify: 'NO_PROPOSAL_CHOSEN', ...scope, reason }];
      const out: EventDraft[] = [{ kind: 'proposal.none', ...scope, reason }];
      if (d === 'sent') out.push({ kind: 'notify.sent', notify: 'NO_PROPOSAL_CHOSEN', ...scope });
      return out;
    },
  },
  {
    id: 'auth-failed',
    regex: /^(?!Tunnel(?:Connected|Disconnected):)(?!.{0,200}?(?:\[ErrorCode\]|\[ErrorMessage\]|error code: ?0x|Windows error \d|called with error \d|with status ))(?<all>(?!.{0,200}?(?:pre-?shared key|\bPSK\b)).{0,200}?(?:AUTHENTICATION_FAILED|Authentication Failed|auth(?:entication)? failure).*)$/i,
    samples: [
      // REAL: IKEErrors.txt (MicrosoftDocs/azure-docs, articles/network-watcher/network-watcher-troubleshoot-overview.md)
      'Error: Authentication failed. Check shared key. Check crypto. Check lifetimes. ',
      // the IKEDiagnosticLog's phrase as Microsoft's troubleshooting guide quotes it; layout assumed
      R('[SEND] Sending Notify Message - Authentication failed'),
      // assumed (Daniel Mauser's article shows the PSK-mismatch case as "Authentication failed" in a screenshot)
      R('[RECEIVED] Received notify AUTHENTICATION_FAILED'),
      R('[LOCAL] IKE_AUTH: Authentication Failed'),
      R('[LOCAL_MSG] Authentication failed'),
    ],
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
    regex: /^(?!Tunnel(?:Connected|Disconnected):)(?!.{0,200}?(?:\[ErrorCode\]|\[ErrorMessage\]|error code: ?0x|Windows error \d|called with error \d|with status ))(?<all>.{0,200}?(?:\bDPD\b|dead peer)[^.]{0,80}?(?:timed? ?out|dead|no response|not respond).*)$/i,
    samples: [R('[LOCAL] DPD timed out. Peer is dead')], // assumed
    events: (g, r) => [{ kind: 'dpd.dead', reason: words(r, g) }],
  },
  {
    id: 'no-response',
    regex: /^(?!Tunnel(?:Connected|Disconnected):)(?!.{0,200}?(?:\[ErrorCode\]|\[ErrorMessage\]|error code: ?0x|Windows error \d|called with error \d|with status ))(?<all>(?!.{0,200}?(?:\bDPD\b|dead peer|retransmit|Negotiation timed out)).{0,200}?(?:did not respond|not responding|no response|timed out).*)$/i,
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
    regex: /^(?!Tunnel(?:Connected|Disconnected):)(?!.{0,200}?(?:\[ErrorCode\]|\[ErrorMessage\]|error code: ?0x|Windows error \d|called with error \d|with status ))(?<all>.{0,200}?(?:Main Mode|Quick Mode|IKE|IPsec)(?: SA)? negotiation failed.*)$/i,
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
    id: 'win-error',
    // A Windows IKE error by code, name or message (win-errors.ts). The other patterns leave lines
    // with these forms to this one.
    regex: /^(?!Tunnel(?:Connected|Disconnected):)(?<all>.{0,200}?(?:\[ErrorCode\]|\[ErrorMessage\]|error code: ?0x[0-9A-F]{4}|Windows error \d{4}|called with error \d{4}|with status |IKE authentication credentials are unacceptable|Failed to verify signature|Negotiation timed out|Policy match error|Invalid payload received|Main mode SA assumed to be invalid).*)$/i,
    samples: [
      // REAL: Scrubbed-wfpdiag.txt and IKEErrors.txt (MicrosoftDocs/azure-docs,
      // articles/network-watcher/network-watcher-troubleshoot-overview.md)
      `${WFP}  Failure error code:0x000035e9`,
      `${WFP}    IKE authentication credentials are unacceptable`,
      '     based on log : Peer failed with Windows error 13801(ERROR_IPSEC_IKE_AUTH_FAIL)',
      '     based on log : IkeFindPayloadInPacket failed with Windows error 13843(ERROR_IPSEC_IKE_INVALID_PAYLOAD)',
      // the IKEDiagnosticLog's phrases as Microsoft's troubleshooting guide quotes them
      // ("IKE Tunnel closed ... with status Policy match error", "[IkeEvent] SA_NEGOTIATION_FAILED",
      // "[ErrorCode] 0x35ED", "[ErrorMessage] Negotiation timed out", "IkeCleanupMMNegotiation
      // called with error 13868"); the lines around them are assumed
      R('[LOCAL] IKE Tunnel closed for tunnel with status Policy match error'),
      R('[LOCAL] [IkeEvent] SA_NEGOTIATION_FAILED [ErrorCode] 0x35ED [ErrorMessage] Negotiation timed out'),
      R('[LOCAL] IkeCleanupMMNegotiation called with error 13868'),
    ],
    events: (g) => {
      const text = (g.all ?? '').replace(/^based on log : /, '');
      const ev = winEvents(text);
      return ev.length ? ev : [{ kind: 'info', reason: text.slice(0, 300) }];
    },
  },
  {
    id: 'no-tunnel',
    // wording: Azure's diagnostic "Incoming IKE connection was ignored because no matching tunnel was
    // found for the connection" (TheresaLui/SelfHelpContent_v2,
    // articles/microsoft.networkinsights/vpngw-diagnostic-incoming-ike-connection-ignored.md); layout assumed
    regex: /^(?!Tunnel(?:Connected|Disconnected):)(?<all>.{0,200}?no matching tunnel.*)$/i,
    samples: [R('[LOCAL] Incoming IKE connection is ignored because no matching tunnel was found for the connection')],
    events: (g, r) => [{ kind: 'peer.not-configured', reason: words(r, g) }],
  },
  {
    id: 'rejected-settings',
    // REAL: IKEErrors.txt (MicrosoftDocs/azure-docs,
    // articles/network-watcher/network-watcher-diagnose-on-premises-connectivity.md)
    regex: /^(?<all>.{0,80}?device rejected (?<mode>Main|Quick) Mode settings.*)$/i,
    samples: ['Error: On-premises device rejected Quick Mode settings. Check values.'],
    events: (g, r) => [{ kind: 'proposal.none', scope: /^quick$/i.test(g.mode ?? '') ? 'child' : 'ike', reason: words(r, g) }],
  },
  {
    id: 'invalid-payload',
    // REAL: IKEErrors.txt (MicrosoftDocs/azure-docs, articles/network-watcher/network-watcher-troubleshoot-overview.md)
    regex: /^(?<all>.{0,80}?device sent invalid payload.*)$/i,
    samples: ['Error: On-prem device sent invalid payload. '],
    events: (g, r) => [{ kind: 'msg.invalid', reason: words(r, g) }],
  },
  {
    id: 'failure-type',
    // REAL: Scrubbed-wfpdiag.txt (MicrosoftDocs/azure-docs, articles/network-watcher/network-watcher-troubleshoot-overview.md)
    regex: /^Failure type: (?<all>.{1,120})$/,
    samples: [`${WFP}Failure type: IKE/Authip Main Mode Failure`],
    events: (g) => (childScope(g.all ?? '') ? [{ kind: 'child.failed', reason: g.all ?? '' }] : [{ kind: 'ike.state', state: 'FAILED', reason: g.all ?? '' }]),
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
      // The summarized reason is Azure's own text; only its keywords are read. Reasons Azure support
      // lists (TunnelStateChangeReason: "DPD timed out", "Main mode SA assumed to be invalid because
      // peer stopped responding", "IKE authentication credentials are unacceptable", ...;
      // TheresaLui/SelfHelpContent_v2 articles/tsgQuestions/site-to-site-vpn.md) name a Windows error.
      const win = winEvents(reason);
      if (win.length) out.push(...win);
      else if (/\bDPD\b|dead peer/i.test(reason)) out.push({ kind: 'dpd.dead', reason });
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
    samples: [
      // REAL: Scrubbed-wfpdiag.txt (MicrosoftDocs/azure-docs, articles/network-watcher/network-watcher-troubleshoot-overview.md)
      `${WFP}IKE diagnostic event:`,
      `${WFP}  Failure point: Remote`,
      `${WFP}  Local address: 13.78.238.92`,
      // assumed
      R('[LOCAL] Tunnel is up and running with policy set 1'),
      R('[LOCAL_MSG] Applying policy set 1'),
    ],
    events: () => [{ kind: 'info' }],
  },
];
