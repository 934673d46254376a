// The event model that every dialect produces and every rule reads.
// Vocabulary follows RFC 7296 / RFC 2409 and strongSwan's source: IKE SA, child SA, proposal,
// transform, traffic selector, exchange, message id, initiator/responder.
import type { ExchangeName } from './ike-tables.js';

/** A physical line of an input, after decoding and line splitting. */
export interface SourceLine {
  path: string;
  /** 1-based line number in the decoded input. */
  line: number;
  text: string;
}

/** A line after its syslog/journald/file-log envelope has been taken off. */
export interface LogRecord extends SourceLine {
  /** Epoch milliseconds, when the envelope carries a time. */
  time?: number;
  /** True when the time carried no date (e.g. seed 003's `22:49:47`). */
  timeOfDayOnly?: boolean;
  /** Sending host from the syslog header. */
  host?: string;
  /** Program name from the syslog header (`charon`, `pluto`, ...). */
  program?: string;
  pid?: number;
  /** The message with the envelope removed. */
  message: string;
}

export type IkeVersion = 1 | 2;
export type Role = 'initiator' | 'responder';
export type Direction = 'in' | 'out';

export interface Endpoint {
  address?: string;
  port?: number;
  id?: string;
}

/** Parameters a proposal can disagree on (names as used in diagnoses). */
export type ProposalParam =
  | 'encryption'
  | 'key_length'
  | 'integrity'
  | 'prf'
  | 'dh_group'
  | 'auth_method'
  | 'lifetime'
  | 'esn'
  | 'mode'
  | 'protocol';

/** Steps of a negotiation, ordered; the furthest one reached is a tunnel's `phase`. */
export const PHASES = [
  'none',
  'IKE_SA_INIT', // IKEv2 IKE_SA_INIT; IKEv1 main mode 1-4 / aggressive mode 1-2
  'IKE_AUTH', // IKEv2 IKE_AUTH; IKEv1 main mode 5-6 / aggressive mode 3
  'IKE_SA_ESTABLISHED',
  'CHILD_SA', // IKEv2 child SA in IKE_AUTH / CREATE_CHILD_SA; IKEv1 quick mode
  'CHILD_SA_ESTABLISHED',
] as const;
export type Phase = (typeof PHASES)[number];

export function phaseRank(p: Phase): number {
  return PHASES.indexOf(p);
}

/**
 * Everything a dialect can say about one line. Kinds are stable names; a rule matches on them.
 * The comment after each kind lists the fields it normally fills.
 */
export const EVENT_KINDS = [
  'ike.initiate', // we start an IKE SA (role=initiator, exchange/mode)
  'ike.respond', // we answer a peer's first message (role=responder)
  'msg.sent', // an IKE message sent (exchange, messageId, msgNo, payloads)
  'msg.received', // an IKE message received
  'msg.retransmit', // a request sent again (count)
  'msg.invalid', // a message that could not be processed (reason)
  'ike.state', // a state transition (state, details.from)
  'ike.timeout', // retransmits exhausted, peer never answered (or answered no more)
  'ike.established', // IKE SA / ISAKMP SA / phase 1 up
  'ike.auth.ok', // peer authenticated (auth method in details)
  'ike.auth.failed', // our check of the peer failed or the peer said AUTHENTICATION_FAILED (cause)
  'ike.peer-id', // the identity the peer presented (remote.id)
  'ike.deleted', // IKE SA deleted (byPeer)
  'ike.rekey', // IKE SA rekey started / done (details.state)
  'ike.rekey.failed',
  'child.initiate', // quick mode / CREATE_CHILD_SA / child in IKE_AUTH started
  'child.established', // child SA up (spiIn, spiOut, ts)
  'child.failed', // child SA could not be set up (reason)
  'child.deleted', // child SA deleted (byPeer, spi)
  'child.rekey',
  'child.rekey.failed',
  'proposal.received', // the peer's offer (proposals, ike or child in `scope`)
  'proposal.configured', // our own offer
  'proposal.selected', // chosen proposal (proposals[0])
  'proposal.none', // no proposal acceptable (param when the line names it)
  'proposal.mismatch', // exact parameter that differs (param, localValue, remoteValue)
  'notify.received', // notify payload from the peer (notify)
  'notify.sent', // notify payload we send (notify)
  'peer.not-configured', // no connection/config matches the peer
  'id.mismatch', // the peer's identity is not the one configured
  'ts.mismatch', // traffic selectors unacceptable (ts)
  'mode.mismatch', // main vs aggressive, tunnel vs transport (details.expected/got)
  'version.mismatch', // IKEv1 vs IKEv2
  'pfs.mismatch', // one side wants PFS, the other not / different group
  'cert.invalid', // certificate problem (reason)
  'eap.failed', // EAP authentication failed
  'psk.mismatch', // explicit statement of a pre-shared key mismatch
  'dpd.enabled',
  'dpd.dead', // peer declared dead
  'nat.detected', // details.where = local | remote | both | none
  'nat.blocked', // NAT-T (UDP 4500) path lost
  'frag.enabled', // IKE fragmentation supported/used
  'frag.dropped', // fragments lost / reassembly failed
  'sa.install.failed', // kernel refused the SA
  'sa.unknown', // a message for an SA we do not know (stale)
  'weak.crypto', // an insecure algorithm offered or used (details.algorithm)
  'lifetime.mismatch',
  'tunnel.up', // vendor's summary "tunnel up" notice
  'tunnel.down', // vendor's summary "tunnel down / disconnected" notice
  'config.loaded', // a connection definition was loaded (conn)
  'vendor-id', // vendor ID payload (details.vendorId)
  'info', // recognised line with nothing for the diagnosis
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export interface TrafficSelectors {
  local?: string;
  remote?: string;
}

/** What a dialect produces from one line (before the pipeline stamps it with its source). */
export interface EventDraft {
  kind: EventKind;
  /** Connection / tunnel / gateway name as the device calls it. */
  conn?: string;
  /**
   * Key of the IKE SA attempt in the device's own numbering, e.g. charon's unique id `3`,
   * pluto's state `#624`, a cookie pair or an SPI pair. The pipeline namespaces it per origin.
   */
  sa?: string;
  /**
   * A second key that links two keys of one attempt: the parent IKE SA of a pluto child state,
   * the IKE SA a rekey replaced, the provisional key an SA had before its SPIs were known.
   */
  parentSa?: string;
  /**
   * `sa` is not an IKE SA attempt of its own: it names a child SA's own state (pluto numbers IKE
   * and child states alike), or it is a provisional key a dialect gave an attempt that no line has
   * numbered yet (charon's lines without `<conn|N>`; the line that numbers it links it by
   * `parentSa`). Events of the attempt, routed by the key, not counted as an attempt.
   */
  childState?: boolean;
  local?: Endpoint;
  remote?: Endpoint;
  ikeVersion?: IkeVersion;
  role?: Role;
  exchange?: ExchangeName;
  /** IKEv1 mode of phase 1 */
  mode?: 'main' | 'aggressive';
  /** IKEv1 message number within the exchange (main mode 1..6, aggressive 1..3, quick 1..3). */
  msgNo?: number;
  messageId?: number;
  direction?: Direction;
  /** Payload names as the log lists them (`SA`, `KE`, `No`, `N(NATD_S_IP)`, ...). */
  payloads?: string[];
  /** A NotifyName from ike-tables.ts, or the vendor's own name for notifies not in the registry. */
  notify?: string;
  /** Whether the proposal event concerns the IKE SA or a child SA. */
  scope?: 'ike' | 'child';
  proposals?: string[];
  param?: ProposalParam;
  localValue?: string;
  remoteValue?: string;
  spiIn?: string;
  spiOut?: string;
  ikeSpiI?: string;
  ikeSpiR?: string;
  ts?: TrafficSelectors;
  byPeer?: boolean;
  count?: number;
  state?: string;
  /** The vendor's own words for a reason (kept in diagnoses' details). */
  reason?: string;
  details?: Record<string, string | number | boolean>;
  /** Explanation parameters for the pattern's message (`--explain`). */
  vars?: Record<string, string | number>;
}

/** An event stamped with where it came from. */
export interface IkeEvent extends EventDraft {
  seq: number;
  src: SourceLine;
  time?: number;
  /** Host or file the event came from; tunnels never mix origins unless two sides are merged. */
  origin: string;
  dialect: string;
  pattern: string;
  /** Catalog id and parameters of the line's one-line explanation. */
  explain?: string;
}
