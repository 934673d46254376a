// AWS Site-to-Site VPN tunnel activity log: one pattern per `details` message. The catalogue is
// the AWS Site-to-Site VPN User Guide, "Site-to-Site VPN log contents" (IKEv1 Error Messages,
// IKEv2 Error Messages, IKEv2 Negotiation Messages, BGP Status Messages); the wordings below are
// quoted from it, `xxxx` / `{retry_count}` filled in. "AWS tunnel is sending DPD request" is the
// record AWS shows as the example of the JSON format. Patterns marked "assumed" read wordings that
// the guide does not list (Phase 1/2 established notices, DPD responses); they are written loosely.
import type { PatternSpec } from '../../core/dialect.js';
import type { EventDraft } from '../../core/model.js';
import { notifyName } from '../../core/ike-tables.js';
import type { ExchangeName } from '../../core/ike-tables.js';

const J = (details: string, more = ''): string =>
  `{"event_timestamp":1671550234,"details":${JSON.stringify(details)},"dpd_enabled":true,"nat_t_detected":false,"ike_phase1_state":"established","ike_phase2_state":"established"${more}}`;
const JD = (details: string, p1: string, p2: string): string =>
  `{"event_timestamp":1671550234,"details":${JSON.stringify(details)},"dpd_enabled":true,"nat_t_detected":false,"ike_phase1_state":"${p1}","ike_phase2_state":"${p2}"}`;

const EXCHANGES: ReadonlySet<string> = new Set(['IKE_SA_INIT', 'IKE_AUTH', 'CREATE_CHILD_SA', 'INFORMATIONAL']);

function remote(cgw: string | undefined): Partial<EventDraft> {
  return cgw && cgw !== 'xxxx' ? { remote: { address: cgw } } : {};
}

/** Phase 1 still up when a proposal failure is logged: the failure concerns the child SA. */
function scopeOf(base: Partial<EventDraft>): 'ike' | 'child' {
  return base.details?.phase1State === 'established' ? 'child' : 'ike';
}

export const AWS_PATTERNS: readonly PatternSpec[] = [
  // ---- IKEv1 and IKEv2 error messages (quoted) ----
  {
    id: 'peer-dead-v1',
    regex: /^Peer is not responsive - Declaring peer dead/,
    samples: [JD('Peer is not responsive - Declaring peer dead', 'down', 'down')],
    events: (_g, _r, b) => [{ kind: 'dpd.dead', ikeVersion: 1, reason: 'Peer is not responsive - Declaring peer dead', ...b }],
  },
  {
    id: 'dpd-timeout',
    regex: /^AWS tunnel DPD timed out after (?<n>\d{1,4}|\{retry_count\}) retransmits/,
    samples: [JD('AWS tunnel DPD timed out after 3 retransmits', 'down', 'down')],
    events: (g) => [{ kind: 'dpd.dead', ikeVersion: 2, count: Number(g.n) || 0, reason: `AWS tunnel DPD timed out after ${g.n ?? '?'} retransmits` }],
  },
  {
    id: 'psk-decrypt-v1',
    regex: /^AWS tunnel payload decryption was unsuccessful due to invalid Pre-shared Key/,
    samples: [JD('AWS tunnel payload decryption was unsuccessful due to invalid Pre-shared Key', 'negotiating', 'down')],
    events: () => [{ kind: 'psk.mismatch', ikeVersion: 1, exchange: 'MAIN_MODE', reason: 'AWS tunnel payload decryption was unsuccessful due to invalid Pre-shared Key' }],
  },
  {
    id: 'psk-mismatch',
    regex: /^AWS tunnel detected a pre-shared key mismatch with cgw: ?(?<cgw>[0-9A-Fa-f.:x]{1,45})/,
    samples: [JD('AWS tunnel detected a pre-shared key mismatch with cgw: 198.51.100.10', 'negotiating', 'down')],
    events: (g) => [{ kind: 'psk.mismatch', ikeVersion: 2, exchange: 'IKE_AUTH', ...remote(g.cgw), reason: `AWS tunnel detected a pre-shared key mismatch with cgw: ${g.cgw ?? ''}` }],
  },
  {
    id: 'no-proposal-aws',
    regex: /^No Proposal Match Found by AWS/,
    samples: [JD('No Proposal Match Found by AWS', 'negotiating', 'down')],
    events: (_g, _r, b) => [{ kind: 'proposal.none', scope: scopeOf(b), reason: 'No Proposal Match Found by AWS' }],
  },
  {
    id: 'no-proposal-notify',
    regex: /^No Proposal Match Found\. Notifying with "No proposal chosen"/,
    samples: [JD('No Proposal Match Found. Notifying with "No proposal chosen"', 'established', 'negotiating')],
    events: (_g, _r, b) => {
      const scope = scopeOf(b);
      return [
        { kind: 'proposal.none', scope, reason: 'No Proposal Match Found. Notifying with "No proposal chosen"' },
        { kind: 'notify.sent', notify: 'NO_PROPOSAL_CHOSEN', scope },
      ];
    },
  },
  {
    id: 'delete-child',
    regex: /^AWS tunnel received DELETE for Phase 2 SA with SPI: ?(?<spi>[0-9A-Fa-fx]{1,16})?/,
    samples: [JD('AWS tunnel received DELETE for Phase 2 SA with SPI: c1a5e1b2', 'established', 'down')],
    events: (g) => [{ kind: 'child.deleted', byPeer: true, ...(g.spi && g.spi !== 'xxxx' ? { spiOut: g.spi.toLowerCase() } : {}), reason: 'AWS tunnel received DELETE for Phase 2 SA' }],
  },
  {
    id: 'delete-ike',
    regex: /^AWS tunnel received DELETE for IKE_SA from CGW/,
    samples: [JD('AWS tunnel received DELETE for IKE_SA from CGW', 'down', 'down')],
    events: () => [{ kind: 'ike.deleted', byPeer: true, reason: 'AWS tunnel received DELETE for IKE_SA from CGW' }],
  },
  {
    id: 'rekey-collision',
    regex: /^AWS tunnel detected a \(CHILD_REKEY\) collision as CHILD_DELETE/,
    samples: [J('AWS tunnel detected a (CHILD_REKEY) collision as CHILD_DELETE')],
    events: () => [{ kind: 'child.rekey', details: { collision: true }, reason: 'AWS tunnel detected a (CHILD_REKEY) collision as CHILD_DELETE' }],
  },
  {
    id: 'redundant-sa',
    regex: /^AWS tunnel \(CHILD_SA\) redundant SA is being deleted due to detected collision/,
    samples: [J('AWS tunnel (CHILD_SA) redundant SA is being deleted due to detected collision')],
    // A rekey collision resolved (RFC 7296 §2.8.1): the surviving child SA stays up.
    events: () => [{ kind: 'child.rekey', details: { collision: true, redundantDeleted: true } }],
  },
  {
    id: 'child-failed',
    regex: /^AWS tunnel Phase 2 was unable to establish while keeping Phase 1/,
    samples: [JD('AWS tunnel Phase 2 was unable to establish while keeping Phase 1', 'established', 'down')],
    events: () => [{ kind: 'child.failed', reason: 'AWS tunnel Phase 2 was unable to establish while keeping Phase 1' }],
  },
  {
    id: 'ts-unacceptable',
    regex: /^AWS: Traffic Selector: TS_UNACCEPTABLE: received from responder/,
    samples: [JD('AWS: Traffic Selector: TS_UNACCEPTABLE: received from responder', 'established', 'down')],
    events: () => [
      { kind: 'notify.received', notify: 'TS_UNACCEPTABLE', scope: 'child' },
      { kind: 'ts.mismatch', reason: 'AWS: Traffic Selector: TS_UNACCEPTABLE: received from responder' },
    ],
  },
  {
    id: 'auth-failed-sent',
    regex: /^AWS tunnel is sending AUTHENTICATION_FAILED as the response/,
    samples: [JD('AWS tunnel is sending AUTHENTICATION_FAILED as the response', 'negotiating', 'down')],
    events: () => [
      { kind: 'ike.auth.failed', ikeVersion: 2, exchange: 'IKE_AUTH', reason: 'AWS tunnel is sending AUTHENTICATION_FAILED as the response' },
      { kind: 'notify.sent', notify: 'AUTHENTICATION_FAILED', exchange: 'IKE_AUTH' },
    ],
  },
  {
    id: 'half-open-timeout',
    regex: /^AWS tunnel Timeout: deleting un-established Phase 1 IKE_SA with cgw: ?(?<cgw>[0-9A-Fa-f.:x]{1,45})?/,
    samples: [JD('AWS tunnel Timeout: deleting un-established Phase 1 IKE_SA with cgw: 198.51.100.10', 'down', 'down')],
    events: (g) => [{ kind: 'ike.timeout', ...remote(g.cgw), reason: `AWS tunnel Timeout: deleting un-established Phase 1 IKE_SA with cgw: ${g.cgw ?? ''}`.trim() }],
  },
  // ---- IKEv2 negotiation messages (quoted) ----
  {
    id: 'exchange',
    regex: /^AWS tunnel (?<verb>processed|is sending|is processing) (?<rr>request|response) ?\(id=(?<id>\d{1,10}|xxx)\) for (?<ex>[A-Z_]{3,20})/,
    samples: [
      J('AWS tunnel processed request (id=2) for CREATE_CHILD_SA'),
      J('AWS tunnel is sending response (id=2) for CREATE_CHILD_SA'),
      J('AWS tunnel is sending request (id=5) for CREATE_CHILD_SA'),
      J('AWS tunnel processed response (id=5) for CREATE_CHILD_SA'),
    ],
    events: (g) => {
      const sent = g.verb === 'is sending';
      const e: EventDraft = {
        kind: sent ? 'msg.sent' : 'msg.received',
        direction: sent ? 'out' : 'in',
        ikeVersion: 2,
        details: { response: g.rr === 'response' },
      };
      if (g.ex && EXCHANGES.has(g.ex)) e.exchange = g.ex as ExchangeName;
      if (g.id && g.id !== 'xxx') e.messageId = Number(g.id);
      const out: EventDraft[] = [e];
      if (g.ex === 'IKE_SA_INIT' && g.rr === 'request') out.unshift(sent ? { kind: 'ike.initiate', role: 'initiator', ikeVersion: 2 } : { kind: 'ike.respond', role: 'responder', ikeVersion: 2 });
      return out;
    },
  },
  // ---- DPD and state notices (assumed wordings) ----
  {
    id: 'dpd-request',
    regex: /^AWS tunnel is sending DPD request/,
    samples: [J('AWS tunnel is sending DPD request')],
    events: () => [{ kind: 'info', details: { dpd: 'request' } }],
  },
  {
    id: 'dpd-response',
    regex: /^AWS tunnel (?:received|is processing) DPD (?:response|request)/,
    samples: [J('AWS tunnel received DPD response')],
    events: () => [{ kind: 'msg.received', direction: 'in', exchange: 'INFORMATIONAL', details: { dpd: 'response' } }],
  },
  {
    id: 'phase-established',
    regex: /^AWS tunnel (?:Phase (?<p>[12])|(?<sa>IKE_SA|CHILD_SA)) (?:SA )?(?:is |has been )?established(?:[^0-9a-f]{1,40}(?<spi>[0-9a-f]{8}))?/i,
    samples: [J('AWS tunnel Phase 1 is established'), J('AWS tunnel Phase 2 SA is established with SPI: c7e3a1b0')],
    events: (g) => {
      const child = g.p === '2' || g.sa === 'CHILD_SA';
      if (!child) return [{ kind: 'ike.established' }];
      return [{ kind: 'child.established', ...(g.spi ? { spiIn: g.spi } : {}) }];
    },
  },
  {
    id: 'notify',
    regex: /^AWS tunnel (?<dir>received|is sending) (?<n>[A-Z][A-Z_]{3,40}) (?:notify|notification|error)/,
    samples: [JD('AWS tunnel received NO_PROPOSAL_CHOSEN notify', 'negotiating', 'down')],
    events: (g) => [{ kind: g.dir === 'received' ? 'notify.received' : 'notify.sent', notify: notifyName(g.n ?? '') }],
  },
  {
    id: 'peer-silent',
    regex: /^(?:AWS tunnel: )?(?:Customer gateway|CGW|Peer) (?:did not respond|is not responding)/i,
    samples: [JD('Customer gateway did not respond', 'down', 'down')],
    events: () => [{ kind: 'ike.timeout', reason: 'Customer gateway did not respond' }],
  },
  {
    id: 'state-only',
    regex: /^$/,
    samples: [JD('', 'negotiating', 'down')],
    events: () => [],
  },
  {
    id: 'other',
    regex: /^AWS(?: tunnel|:)/,
    samples: [J('AWS tunnel is rekeying CHILD_SA')],
    events: () => [],
  },
  // ---- BGP log (tunnel BGP logs, November 2025) ----
  {
    id: 'bgp',
    regex: /^BGP (?<st>[A-Z]{1,12}|-): (?<text>.{0,300})/,
    samples: [
      '{"resource_id":"vpn-1234abcd_1.2.3.4","event_timestamp":1762580429641,"timestamp":"2025-11-08 05:40:29.641Z","type":"BGPStatus","status":"UP","message":{"details":"AWS-side peer BGP session state has changed from OpenConfirm to Established with neighbor 169.254.50.85"}}',
    ],
    events: () => [{ kind: 'info', details: { bgp: true } }],
  },
];
