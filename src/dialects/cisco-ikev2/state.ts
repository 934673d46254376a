// What the parser remembers between debug messages. Cisco's IKEv2 debug is a conversation: the
// SA handle `(6)` or `(SESSION ID = 31,SA ID = 1)` ties most messages to an SA whose SPIs appear
// only in some of them (`SM Trace-> SA: I_SPI=...`, `RECV PKT ... InitSPI=...`, `Initiator SPI :
// ...`), payload dumps belong to the packet announced just before them, and `Received Policies:` /
// `IKE Proposal: 1 ...` blocks run over several lines. Messages without handle or SPI (most
// `IKEv2-PLAT-n:` lines) belong to the SA the debug talked about last.
import type { Direction, Endpoint, EventDraft, EventKind, Role } from '../../core/model.js';
import type { ExchangeName } from '../../core/ike-tables.js';
import { formatAlgorithm, weakness } from '../../core/algorithms.js';
import type { Piece, Platform, Prefix } from './split.js';
import { algorithmOf, formatProposal, type PolicyParts, type Transform } from './transforms.js';
import { RecentMap } from '../../core/recent.js';

export interface SaState {
  /** The `sa` key: the initiator SPI upper-cased, or `#<handle>` until the SPIs are seen. */
  key: string;
  provisional: boolean;
  /** The debug handle bound to this SA (`6`, `s31:1`). */
  handle?: string;
  /** The provisional key (`#11`) this SA had before its SPIs were seen. */
  parentKey?: string;
  ispi?: string;
  rspi?: string;
  role?: Role;
  roleAnnounced?: boolean;
  local?: Endpoint;
  remote?: Endpoint;
  conn?: string;
  platform?: Platform;
  /** Last state-machine state (`R_WAIT_AUTH`), so that only changes become events. */
  state?: string;
  lastMsgKey?: string;
  lastExchange?: ExchangeName;
  lastSentExchange?: ExchangeName;
  retransmits: number;
  /** EAP is in use (AnyConnect aggregate auth, EAP payloads, EAP states). */
  eap?: boolean;
  anyconnect?: boolean;
  localAuth?: string;
  peerAuth?: string;
  /** What the tunnel group accepts from the peer (`supported_peers_auth_method`). */
  expectedPeerAuth?: string;
  authOk?: boolean;
  established?: boolean;
  proposalNone?: boolean;
  natWhere?: 'local' | 'remote' | 'both';
  /** The crypto map entry the child SA matched (`crypto dynamic-map dynmap 1000`). */
  childConfig?: string;
  spiIn?: string;
  spiOut?: string;
  childKey?: string;
  idMismatch?: boolean;
  deleteByPeer?: boolean;
  username?: string;
  seen: Set<string>;
  /** Notifies already reported for the message being described. */
  msgNotifies: Set<string>;
}

export interface MessageState {
  dir: Direction;
  local?: Endpoint;
  remote?: Endpoint;
  messageId?: number;
  exchange?: ExchangeName;
  /** False for a response (`MSG-RESPONSE`), true for a request, undefined when not known yet. */
  request?: boolean;
  ispi?: string;
  rspi?: string;
  sa?: SaState;
  /** Handle of the packet line (IOS prints the SPIs on the next, bare line). */
  handle?: string;
}

export interface ProposalDump {
  protocol: 'IKE' | 'ESP' | 'AH';
  num: number;
  transforms: Transform[];
  /** The `last transform: 0x0` header was seen: the next transform closes the proposal. */
  lastPending: boolean;
  sa?: SaState;
}

export interface PolicyBlock {
  sa?: SaState;
  mode: 'received' | 'expected';
  scope: 'ike' | 'child';
  received: PolicyParts[];
  expected: PolicyParts[];
  mismatchDone: boolean;
}

export interface SummaryPending {
  scope: 'ike' | 'child';
  protocol: 'IKE' | 'ESP' | 'AH';
  num: number;
  sa?: SaState;
}

const EXCHANGES: ReadonlySet<string> = new Set([
  'IKE_SA_INIT',
  'IKE_AUTH',
  'CREATE_CHILD_SA',
  'INFORMATIONAL',
  'IKE_SESSION_RESUME',
  'IKE_INTERMEDIATE',
  'IKE_FOLLOWUP_KE',
]);

export function exchangeName(s: string | undefined): ExchangeName | undefined {
  return s !== undefined && EXCHANGES.has(s) ? (s as ExchangeName) : undefined;
}

export function isZeroSpi(s: string | undefined): boolean {
  return s === undefined || /^0+$/.test(s);
}

/** Message ids: `00000005` (ASA, hex), `0x5`, or IOS's decimal `12`. */
export function messageIdOf(s: string | undefined): number | undefined {
  if (s === undefined) return undefined;
  if (s.startsWith('0x') || s.startsWith('0X')) return parseInt(s.slice(2), 16);
  if (s.length === 8) return parseInt(s, 16);
  return Number(s);
}

export class ParserState {
  /** A piece with a debug prefix was seen: continuation lines are read from now on. */
  active = false;
  platform?: Platform;
  readonly sas = new RecentMap<string, SaState>();
  readonly handles = new RecentMap<string, string>();
  /** Handles of deleted SAs, for the clean-up lines that follow `Deleting SA`. */
  readonly tombstones = new RecentMap<string, SaState>();
  /** IOS prints `(SA ID = 1)` without the session: the last session that had that SA id. */
  readonly sessionBySaId = new RecentMap<string, string>();
  current?: SaState;
  msg?: MessageState;
  /** Direction of the payloads being dumped (set by packet lines, `Building packet ...`). */
  dumpDir?: Direction;
  /** Whose message the dump shows, from its IDi / IDr payload. */
  owner?: Role;
  proposal?: ProposalDump;
  policy?: PolicyBlock;
  summary?: SummaryPending;
  /** `Payload contents:` was printed; the next bare line may list the payloads (IOS). */
  expectList?: Direction;
  dangling?: Prefix & { handle?: string };
  /** The tunnel group found before the SA existed (initiator side). */
  pendingConn?: string;
  /** Numbers provisional SA keys whose handle named an earlier negotiation. */
  provisionalSeq = 0;
}

function newSa(key: string, provisional: boolean): SaState {
  return { key, provisional, retransmits: 0, seen: new Set(), msgNotifies: new Set() };
}

/** Copies what a provisional SA learnt into the SA it turned out to be. */
function mergeInto(to: SaState, from: SaState): void {
  to.role ??= from.role;
  to.roleAnnounced ||= from.roleAnnounced;
  to.local ??= from.local;
  to.remote ??= from.remote;
  to.conn ??= from.conn;
  to.platform ??= from.platform;
  to.eap ||= from.eap;
  to.anyconnect ||= from.anyconnect;
  to.localAuth ??= from.localAuth;
  to.peerAuth ??= from.peerAuth;
  to.childConfig ??= from.childConfig;
  for (const s of from.seen) to.seen.add(s);
}

/** Everything a pattern's handler needs: the parser state and the piece being read. */
export class Ctx {
  /** The text after the line pattern's match (IOS-XE runs a policy block into one line). */
  rest = '';
  /** The piece is the first step of a new negotiation (an initiator building IKE_SA_INIT). */
  startsAttempt = false;

  constructor(
    readonly st: ParserState,
    readonly piece: Piece,
  ) {}

  platform(): Platform | undefined {
    return this.piece.platform ?? this.st.platform;
  }

  handleKey(): string | undefined {
    const p = this.piece;
    if (p.handle !== undefined) {
      const m = /^s\d+:(\d+)$/.exec(p.handle);
      if (m?.[1]) this.st.sessionBySaId.set(m[1], p.handle);
      return p.handle;
    }
    if (p.saIdOnly !== undefined) return this.st.sessionBySaId.get(p.saIdOnly) ?? `sa${p.saIdOnly}`;
    return undefined;
  }

  bind(h: string, sa: SaState): void {
    const prev = this.st.handles.get(h);
    if (prev !== undefined && prev !== sa.key) {
      const old = this.st.sas.get(prev);
      if (old && old.provisional && old !== sa) {
        mergeInto(sa, old);
        sa.parentKey ??= old.key;
        // Later lookups of the provisional key land on the real SA.
        this.st.sas.set(prev, sa);
      }
    }
    this.st.handles.set(h, sa.key);
    this.st.tombstones.delete(h);
    sa.handle = h;
  }

  /** Forgets the handles of a deleted SA: IOS reuses `(SESSION ID = n,SA ID = 1)` for the next attempt. */
  unbind(sa: SaState): void {
    for (const [h, k] of this.st.handles) {
      if (k !== sa.key && this.st.sas.get(k) !== sa) continue;
      this.st.handles.delete(h);
      this.st.tombstones.set(h, sa);
    }
  }

  /** The SA named by SPIs in the text (creating it), bound to the piece's handle. */
  saBySpi(ispiRaw: string, rspiRaw?: string): SaState {
    const ispi = ispiRaw.toUpperCase();
    let sa = this.st.sas.get(ispi);
    if (!sa) {
      sa = newSa(ispi, false);
      sa.ispi = ispi;
      this.st.sas.set(ispi, sa);
      if (this.st.pendingConn !== undefined) {
        sa.conn = this.st.pendingConn;
        this.st.pendingConn = undefined;
      }
    }
    if (rspiRaw !== undefined && !isZeroSpi(rspiRaw)) sa.rspi = rspiRaw.toUpperCase();
    const h = this.handleKey();
    if (h !== undefined) this.bind(h, sa);
    const pf = this.platform();
    if (pf) sa.platform ??= pf;
    this.st.current = sa;
    return sa;
  }

  /** The SA of this piece: by handle, else the one talked about last. */
  sa(): SaState | undefined {
    const h = this.handleKey();
    let sa: SaState | undefined;
    if (h !== undefined) {
      const k = this.st.handles.get(h);
      sa = k !== undefined ? this.st.sas.get(k) : undefined;
      // After `Deleting SA` the handle still names the old SA (`PSH cleanup`, `CONNECTION STATUS:
      // DOWN`) until a new negotiation starts under it.
      if (!sa && !this.startsAttempt) sa = this.st.tombstones.get(h);
      // A new handle right after a packet announced a new SA (`RECV PKT [IKE_SA_INIT] ...
      // InitSPI=...`) names that SA: the device works on the packet it just received.
      const cur = this.st.current;
      if (!sa && cur && !cur.provisional && cur.handle === undefined && !cur.established) {
        this.bind(h, cur);
        sa = cur;
      }
      if (!sa) {
        // IOS reuses a handle for the next negotiation: each negotiation gets a key of its own,
        // so that the SA it turns into counts as one attempt (Tunnel.trackAttempt).
        const key = this.st.sas.has(`#${h}`) ? `#${h}~${++this.st.provisionalSeq}` : `#${h}`;
        sa = newSa(key, true);
        const pf = this.platform();
        if (pf) sa.platform = pf;
        if (this.st.pendingConn !== undefined) {
          sa.conn = this.st.pendingConn;
          this.st.pendingConn = undefined;
        }
        this.st.sas.set(key, sa);
        this.st.handles.set(h, key);
        sa.handle = h;
      }
    } else {
      sa = this.st.current;
    }
    if (sa) this.st.current = sa;
    return sa;
  }

  ev(kind: EventKind, extra: Partial<EventDraft> = {}, sa: SaState | undefined = this.sa()): EventDraft {
    const e: EventDraft = { kind, ikeVersion: 2 };
    if (sa) {
      e.sa = sa.key;
      // Events sent before the SPIs were known carry the provisional key: link the two.
      if (sa.parentKey !== undefined) e.parentSa = sa.parentKey;
      if (sa.role) e.role = sa.role;
      if (sa.conn !== undefined) e.conn = sa.conn;
      if (sa.local) e.local = { ...sa.local };
      if (sa.remote) e.remote = { ...sa.remote };
      if (sa.ispi) e.ikeSpiI = sa.ispi;
      if (sa.rspi) e.ikeSpiR = sa.rspi;
    }
    const platform = this.platform() ?? sa?.platform;
    const details: Record<string, string | number | boolean> = {};
    if (platform) details.platform = platform;
    Object.assign(e, extra);
    e.details = { ...details, ...(extra.details ?? {}) };
    return e;
  }

  /** ike.initiate / ike.respond the first time the SA's role is known. */
  setRole(sa: SaState | undefined, role: Role, out: EventDraft[]): void {
    if (!sa) return;
    sa.role = role;
    if (sa.roleAnnounced) return;
    sa.roleAnnounced = true;
    out.push(this.ev(role === 'initiator' ? 'ike.initiate' : 'ike.respond', {}, sa));
  }

  /** Starts describing a packet: its payload dump follows. */
  startMessage(m: MessageState): EventDraft[] {
    const out = this.flushProposal();
    this.st.msg = m;
    this.st.dumpDir = m.dir;
    this.st.owner = undefined;
    this.st.expectList = undefined;
    return out;
  }

  /** msg.sent / msg.received for the packet being described, once per packet. */
  emitMsg(): EventDraft[] {
    const m = this.st.msg;
    if (!m?.exchange) return [];
    const sa = m.sa ?? (m.ispi !== undefined ? this.saBySpi(m.ispi, m.rspi) : this.sa());
    m.sa = sa;
    const out: EventDraft[] = [];
    if (sa) {
      const key = `${m.dir}|${m.exchange}|${m.messageId ?? '?'}`;
      if (sa.lastMsgKey === key) return [];
      sa.lastMsgKey = key;
      sa.lastExchange = m.exchange;
      if (m.dir === 'out') sa.lastSentExchange = m.exchange;
      sa.msgNotifies.clear();
      if (m.local) sa.local = { ...m.local, ...(sa.local?.id !== undefined ? { id: sa.local.id } : {}) };
      if (m.remote) sa.remote = { ...m.remote, ...(sa.remote?.id !== undefined ? { id: sa.remote.id } : {}) };
      // The request of IKE_SA_INIT and IKE_AUTH always comes from the original initiator.
      if (m.request !== undefined && (m.exchange === 'IKE_SA_INIT' || m.exchange === 'IKE_AUTH')) {
        const weRequest = m.dir === 'out';
        this.setRole(sa, weRequest === m.request ? 'initiator' : 'responder', out);
      }
    }
    const extra: Partial<EventDraft> = { exchange: m.exchange, direction: m.dir };
    if (m.messageId !== undefined && !Number.isNaN(m.messageId)) extra.messageId = m.messageId;
    if (m.local) extra.local = { ...m.local, ...(sa?.local?.id !== undefined ? { id: sa.local.id } : {}) };
    if (m.remote)
      extra.remote = { ...m.remote, ...(sa?.remote?.id !== undefined ? { id: sa.remote.id } : {}) };
    if (m.ispi !== undefined) extra.ikeSpiI = m.ispi.toUpperCase();
    if (m.rspi !== undefined && !isZeroSpi(m.rspi)) extra.ikeSpiR = m.rspi.toUpperCase();
    if (m.request !== undefined) extra.details = { request: m.request };
    out.push(this.ev(m.dir === 'out' ? 'msg.sent' : 'msg.received', extra, sa));
    return out;
  }

  /** notify.sent / notify.received, once per notify and packet. */
  notify(name: string, dir: Direction | undefined, extra: Partial<EventDraft> = {}): EventDraft[] {
    const sa = this.sa();
    const d = dir ?? this.st.dumpDir ?? 'in';
    if (sa) {
      const k = `${d}|${name}`;
      if (sa.msgNotifies.has(k)) return [];
      sa.msgNotifies.add(k);
    }
    const scope = sa?.lastExchange === 'IKE_AUTH' || sa?.lastExchange === 'CREATE_CHILD_SA' ? 'child' : 'ike';
    const ex: Partial<EventDraft> = { notify: name, direction: d, ...extra };
    if (sa?.lastExchange) ex.exchange = sa.lastExchange;
    if (name === 'NO_PROPOSAL_CHOSEN' || name === 'TS_UNACCEPTABLE') ex.scope = scope;
    return [this.ev(d === 'out' ? 'notify.sent' : 'notify.received', ex, sa)];
  }

  /** The configuration section a proposal of this scope comes from. */
  proposalSection(scope: 'ike' | 'child', sa: SaState | undefined): string {
    const asa = (this.platform() ?? sa?.platform) !== 'ios';
    if (scope === 'ike') return asa ? 'crypto ikev2 policy' : 'crypto ikev2 proposal';
    if (sa?.childConfig) return sa.childConfig;
    return asa ? 'crypto ipsec ikev2 ipsec-proposal' : 'crypto ipsec transform-set';
  }

  /** A proposal event with its weak.crypto companions (each reported once per SA). */
  proposalEvents(
    kind: 'proposal.received' | 'proposal.configured' | 'proposal.selected',
    protocol: 'IKE' | 'ESP' | 'AH',
    transforms: readonly Transform[],
    sa: SaState | undefined = this.sa(),
    extraDetails: Record<string, string | number | boolean> = {},
  ): EventDraft[] {
    if (transforms.length === 0) return [];
    const scope = protocol === 'IKE' ? 'ike' : 'child';
    const text = formatProposal(protocol, transforms);
    const out: EventDraft[] = [];
    const seenKey = `${kind}|${text}`;
    if (!sa || !sa.seen.has(seenKey)) {
      sa?.seen.add(seenKey);
      out.push(
        this.ev(
          kind,
          {
            scope,
            proposals: [text],
            details: {
              transforms: transforms.map((t) => t.name).join(' '),
              configSection: this.proposalSection(scope, sa),
              ...extraDetails,
            },
          },
          sa,
        ),
      );
    }
    const usage =
      kind === 'proposal.received' ? 'offered' : kind === 'proposal.selected' ? 'chosen' : 'configured';
    for (const t of transforms) out.push(...this.weak(t, usage, scope, sa));
    return out;
  }

  weak(
    t: Transform,
    usage: string,
    scope: 'ike' | 'child',
    sa: SaState | undefined = this.sa(),
  ): EventDraft[] {
    const alg = algorithmOf(t);
    if (!alg) return [];
    const w = weakness(alg);
    if (!w) return [];
    const algorithm = formatAlgorithm(alg);
    const key = `weak|${usage}|${scope}|${algorithm}`;
    if (sa) {
      if (sa.seen.has(key)) return [];
      sa.seen.add(key);
    }
    const details: Record<string, string | number | boolean> = {
      algorithm,
      name: alg.name,
      vendorName: t.name,
      weakness: w,
      usage,
    };
    if (alg.group !== undefined) details.group = alg.group;
    return [this.ev('weak.crypto', { scope, details }, sa)];
  }

  /** Emits the proposal collected from a payload dump (`Proposal: 1, Protocol id: IKE ...`). */
  flushProposal(): EventDraft[] {
    const p = this.st.proposal;
    this.st.proposal = undefined;
    if (!p || p.transforms.length === 0) return [];
    const sa = p.sa ?? this.sa();
    const dir = this.st.dumpDir ?? 'in';
    let req = this.st.msg && this.st.msg.dir === dir ? this.st.msg.request : undefined;
    const ex = this.st.msg?.exchange;
    if (req === undefined && sa?.role && (ex === 'IKE_SA_INIT' || ex === 'IKE_AUTH'))
      req = dir === 'in' ? sa.role === 'responder' : sa.role === 'initiator';
    const kind =
      req === false ? 'proposal.selected' : dir === 'out' ? 'proposal.configured' : 'proposal.received';
    return this.proposalEvents(kind, p.protocol, p.transforms, sa, { proposal: p.num });
  }
}
