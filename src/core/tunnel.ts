// Correlation: events → IKE SA attempts → tunnels. Memory per tunnel is bounded: per event
// kind the first and last few events are kept (enough for every rule's evidence), the timeline
// keeps its head and tail, and attempts beyond a cap are only counted.
import type { Endpoint, EventKind, IkeEvent, IkeVersion, Phase, Role } from './model.js';
import { phaseRank } from './model.js';

const KEEP_PER_KIND = 6;
/** How many events of a tunnel's timeline are kept: the first `head` and the last `tail`. */
export interface TimelineCaps {
  head: number;
  tail: number;
}

/** The default: 200 events, the first 60 and the last 140 (the end is where failures are). */
export const DEFAULT_TIMELINE_CAPS: TimelineCaps = { head: 60, tail: 140 };

/** Caps for a total of `cap` events (`all`: every event, memory grows with the input). */
export function timelineCaps(cap: number | 'all'): TimelineCaps {
  if (cap === 'all' || !Number.isFinite(cap)) return { head: Infinity, tail: Infinity };
  const n = Math.max(1, Math.floor(cap));
  const head = Math.floor((n * DEFAULT_TIMELINE_CAPS.head) / (DEFAULT_TIMELINE_CAPS.head + DEFAULT_TIMELINE_CAPS.tail));
  return { head, tail: n - head };
}
const MAX_ATTEMPTS = 64;
/** SAs tracked as up per origin (oldest forgotten first). */
const LIVE_CAP = 64;

/** Per-kind store: first K and last K events, plus a count. */
class KindStore {
  head: IkeEvent[] = [];
  tail: IkeEvent[] = [];
  count = 0;
  push(e: IkeEvent): void {
    this.count++;
    if (this.head.length < KEEP_PER_KIND) this.head.push(e);
    else {
      this.tail.push(e);
      if (this.tail.length > KEEP_PER_KIND) this.tail.shift();
    }
  }
  all(): IkeEvent[] {
    return this.head.concat(this.tail);
  }
  /** Merge another store in (events of both stay in sequence order). */
  absorb(o: KindStore): void {
    const all = dedupe(this.all().concat(o.all()));
    this.count += o.count;
    this.head = all.slice(0, KEEP_PER_KIND);
    this.tail = all.slice(KEEP_PER_KIND).slice(-KEEP_PER_KIND);
  }
}

function dedupe(events: IkeEvent[]): IkeEvent[] {
  const seen = new Set<number>();
  return events
    .sort((a, b) => a.seq - b.seq)
    .filter((e) => (seen.has(e.seq) ? false : (seen.add(e.seq), true)));
}

/** Which SAs of one host are up right now, replayed in that host's log order. */
export interface LiveState {
  ike: Set<string>;
  /** child key (an SPI, or a placeholder) → the IKE SA it belongs to */
  children: Map<string, string>;
  /** outbound SPI → the child key (its inbound SPI) */
  spiAlias: Map<string, string>;
  everUp: boolean;
}

export class Tunnel {
  readonly key: string;
  readonly origin: string;
  name?: string;
  local: Endpoint = {};
  remote: Endpoint = {};
  ikeVersion?: IkeVersion;
  role?: Role;
  mode?: 'main' | 'aggressive';
  phase: Phase = 'none';
  dialects = new Set<string>();
  /** Origins whose events were merged in (two-sided analysis). */
  origins = new Set<string>();
  private kinds = new Map<EventKind, KindStore>();
  /** Keys of the IKE SA attempts seen (capped; `attemptCount` keeps counting). */
  attempts = new Set<string>();
  attemptCount = 0;
  eventCount = 0;
  head: IkeEvent[] = [];
  tail: IkeEvent[] = [];
  firstTime?: number;
  lastTime?: number;
  /** Live SA state per origin (host or file). */
  live = new Map<string, LiveState>();
  /** For a tunnel merged from two hosts: each other origin's clock minus the lead's, in ms. */
  offsets = new Map<string, number>();

  constructor(
    key: string,
    origin: string,
    private readonly caps: TimelineCaps = DEFAULT_TIMELINE_CAPS,
  ) {
    this.key = key;
    this.origin = origin;
    this.origins.add(origin);
  }

  add(e: IkeEvent): void {
    this.eventCount++;
    this.dialects.add(e.dialect);
    this.origins.add(e.origin);
    let ks = this.kinds.get(e.kind);
    if (!ks) this.kinds.set(e.kind, (ks = new KindStore()));
    ks.push(e);
    if (this.head.length < this.caps.head) this.head.push(e);
    else {
      this.tail.push(e);
      if (this.tail.length > this.caps.tail) this.tail.shift();
    }
    if (e.time !== undefined) {
      if (this.firstTime === undefined || e.time < this.firstTime) this.firstTime = e.time;
      if (this.lastTime === undefined || e.time > this.lastTime) this.lastTime = e.time;
    }
    if (e.conn && !this.name) this.name = e.conn;
    mergeEndpoint(this.local, e.local);
    mergeEndpoint(this.remote, e.remote);
    if (e.ikeVersion) this.ikeVersion = e.ikeVersion;
    if (e.role && (e.kind === 'ike.initiate' || e.kind === 'ike.respond' || !this.role)) this.role = e.role;
    if (e.mode) this.mode = e.mode;
    const p = phaseOf(e);
    if (p && phaseRank(p) > phaseRank(this.phase)) this.phase = p;
    this.trackAttempt(e);
    this.trackLive(e);
  }

  private trackLive(e: IkeEvent): void {
    let st = this.live.get(e.origin);
    if (!st)
      this.live.set(
        e.origin,
        (st = { ike: new Set(), children: new Map(), spiAlias: new Map(), everUp: false }),
      );
    const norm = (x: string | undefined) => (x ? x.toLowerCase().replace(/^0x/, '') : undefined);
    switch (e.kind) {
      case 'ike.established':
        // An IKE SA rekeyed (IKEv2) or reauthenticated: its child SAs move to the new IKE SA.
        if (st.ike.size > 0 && e.sa) for (const k of st.children.keys()) st.children.set(k, e.sa);
        st.ike.add(e.sa ?? '');
        if (st.ike.size > LIVE_CAP) st.ike.delete(st.ike.values().next().value!);
        break;
      case 'ike.rekey':
        // The IKE SA was replaced by a new one (sa = new, parentSa = old): children move over.
        if (e.sa && e.parentSa && e.sa !== e.parentSa) {
          for (const [k, sa] of st.children) if (sa === e.parentSa) st.children.set(k, e.sa);
          st.ike.add(e.sa);
        }
        break;
      case 'child.established':
      case 'tunnel.up': {
        const key =
          norm(e.spiIn) ?? norm(e.spiOut) ?? (e.kind === 'tunnel.up' ? 'tunnel' : `${e.sa ?? ''}#${e.seq}`);
        st.children.set(key, e.parentSa ?? e.sa ?? '');
        const out = norm(e.spiOut);
        if (out && out !== key) st.spiAlias.set(out, key);
        st.everUp = true;
        // A long log with deletes the daemon never logged must not grow these without end.
        if (st.children.size > LIVE_CAP) st.children.delete(st.children.keys().next().value!);
        if (st.spiAlias.size > LIVE_CAP) st.spiAlias.delete(st.spiAlias.keys().next().value!);
        break;
      }
      case 'child.deleted': {
        // A delete names our inbound SPI or the peer's (our outbound): either identifies the SA.
        const spis = [norm(e.spiIn), norm(e.spiOut)].filter((x) => x !== undefined);
        if (spis.length) {
          for (const sp of spis) st.children.delete(st.spiAlias.get(sp) ?? sp);
        } else {
          for (const [k, sa] of st.children)
            if (sa === (e.parentSa ?? e.sa ?? '')) {
              st.children.delete(k);
              break;
            }
        }
        break;
      }
      case 'ike.deleted':
        st.ike.delete(e.sa ?? '');
        // IKEv2 child SAs live inside their IKE SA; IKEv1 IPsec SAs outlive the ISAKMP SA.
        if ((e.ikeVersion ?? this.ikeVersion) !== 1)
          for (const [k, sa] of st.children) if (sa === (e.sa ?? '')) st.children.delete(k);
        break;
      case 'dpd.dead':
      case 'tunnel.down':
        st.ike.clear();
        st.children.clear();
        break;
      default:
        break;
    }
  }

  /** The live state of the lead origin (or of any origin that has one). */
  liveState(): LiveState | undefined {
    return this.live.get(this.origin) ?? this.live.values().next().value;
  }

  private trackAttempt(e: IkeEvent): void {
    if (!e.sa || this.attempts.has(e.sa)) return;
    this.attemptCount++;
    this.attempts.add(e.sa);
    if (this.attempts.size > MAX_ATTEMPTS) {
      const oldest = this.attempts.values().next().value;
      if (oldest !== undefined) this.attempts.delete(oldest);
    }
  }

  /** Take over another tunnel's events (a peer-only tunnel that turns out to be this one). */
  absorb(o: Tunnel): void {
    for (const [k, store] of o.kinds) {
      const mine = this.kinds.get(k);
      if (mine) mine.absorb(store);
      else this.kinds.set(k, store);
    }
    const tl = dedupe(this.head.concat(this.tail, o.head, o.tail));
    this.keepTimeline(tl);
    this.eventCount += o.eventCount;
    for (const d of o.dialects) this.dialects.add(d);
    for (const [origin, st] of o.live) if (!this.live.has(origin)) this.live.set(origin, st);
    for (const x of o.origins) this.origins.add(x);
    let shared = 0;
    for (const k of o.attempts) {
      if (this.attempts.has(k)) shared++;
      else this.attempts.add(k);
    }
    this.attemptCount += Math.max(0, o.attemptCount - shared);
    if (phaseRank(o.phase) > phaseRank(this.phase)) this.phase = o.phase;
    if (!this.remote.port && o.remote.port) this.remote.port = o.remote.port;
    if (!this.remote.id && o.remote.id) this.remote.id = o.remote.id;
    if (!this.local.address && o.local.address) this.local = { ...o.local, ...this.local };
    this.ikeVersion ??= o.ikeVersion;
    this.role ??= o.role;
    this.mode ??= o.mode;
    if (o.firstTime !== undefined && (this.firstTime === undefined || o.firstTime < this.firstTime))
      this.firstTime = o.firstTime;
    if (o.lastTime !== undefined && (this.lastTime === undefined || o.lastTime > this.lastTime))
      this.lastTime = o.lastTime;
  }

  /** Take over the other end's tunnel (two-sided analysis); `offset` = its clock minus ours. */
  absorbSide(o: Tunnel, offset: number | undefined): void {
    if (offset !== undefined) for (const origin of o.origins) this.offsets.set(origin, offset);
    const local = { ...this.local };
    const remote = { ...this.remote };
    this.absorb(o);
    // The other end's view is mirrored: its local is our remote.
    this.local = { ...o.remote, ...local };
    this.remote = { ...o.local, ...remote };
    const all = this.head.concat(this.tail).sort((a, b) => this.order(a) - this.order(b));
    this.keepTimeline(all);
  }

  /**
   * Ordering key of an event within this tunnel: the sequence number for one origin; the time
   * corrected by the clock offset when two hosts' logs are merged.
   */
  order(e: IkeEvent): number {
    if (this.origins.size <= 1 || e.time === undefined) return e.seq;
    return (e.time - (this.offsets.get(e.origin) ?? 0)) * 1000 + (e.seq % 1000);
  }

  private keptCache?: { at: number; events: IkeEvent[] };

  /** All kept events of every kind, in sequence order (cached until the tunnel changes). */
  keptEvents(): IkeEvent[] {
    if (this.keptCache?.at === this.eventCount) return this.keptCache.events;
    const out: IkeEvent[] = [];
    for (const ks of this.kinds.values()) out.push(...ks.all());
    out.sort((a, b) => a.seq - b.seq);
    this.keptCache = { at: this.eventCount, events: out };
    return out;
  }

  count(kind: EventKind): number {
    return this.kinds.get(kind)?.count ?? 0;
  }
  has(kind: EventKind): boolean {
    return this.count(kind) > 0;
  }
  /** Kept events of a kind, in order (first and last few). */
  events(kind: EventKind): IkeEvent[] {
    return this.kinds.get(kind)?.all() ?? [];
  }
  first(kind: EventKind): IkeEvent | undefined {
    return this.kinds.get(kind)?.head[0];
  }
  last(kind: EventKind): IkeEvent | undefined {
    const ks = this.kinds.get(kind);
    if (!ks) return undefined;
    return ks.tail[ks.tail.length - 1] ?? ks.head[ks.head.length - 1];
  }
  /** Kept events of any of the kinds, sorted by sequence. */
  select(...kinds: EventKind[]): IkeEvent[] {
    const out: IkeEvent[] = [];
    for (const k of kinds) out.push(...this.events(k));
    return out.sort((a, b) => a.seq - b.seq);
  }
  private keepTimeline(all: IkeEvent[]): void {
    this.head = all.slice(0, this.caps.head);
    const rest = all.slice(this.caps.head);
    this.tail = rest.length > this.caps.tail ? rest.slice(rest.length - this.caps.tail) : rest;
  }

  /** The timeline kept (head + tail), and how many events were left out. */
  timeline(): { events: IkeEvent[]; omitted: number } {
    const events = this.head.concat(this.tail);
    return { events, omitted: this.eventCount - events.length };
  }
  lastSeq(): number {
    const t = this.tail[this.tail.length - 1] ?? this.head[this.head.length - 1];
    return t?.seq ?? -1;
  }
}

function mergeEndpoint(into: Endpoint, from: Endpoint | undefined): void {
  if (!from) return;
  if (from.address) into.address = from.address;
  if (from.port !== undefined) into.port = from.port;
  if (from.id) into.id = from.id;
}

/** Which step of the negotiation an event shows was reached. */
export function phaseOf(e: IkeEvent): Phase | undefined {
  switch (e.kind) {
    case 'ike.established':
      return 'IKE_SA_ESTABLISHED';
    case 'child.established':
    case 'tunnel.up':
      return 'CHILD_SA_ESTABLISHED';
    case 'child.initiate':
    case 'child.failed':
    case 'ts.mismatch':
    case 'pfs.mismatch':
    case 'sa.install.failed':
      return 'CHILD_SA';
    case 'ike.auth.ok':
    case 'ike.auth.failed':
    case 'psk.mismatch':
    case 'id.mismatch':
    case 'cert.invalid':
    case 'eap.failed':
    case 'ike.peer-id':
      return 'IKE_AUTH';
    case 'ike.initiate':
    case 'ike.respond':
      return 'IKE_SA_INIT';
    case 'msg.sent':
    case 'msg.received':
    case 'msg.retransmit':
      return exchangePhase(e);
    case 'proposal.none':
    case 'proposal.mismatch':
    case 'proposal.received':
    case 'proposal.selected':
      return e.scope === 'child' ? 'CHILD_SA' : 'IKE_SA_INIT';
    default:
      return undefined;
  }
}

function exchangePhase(e: IkeEvent): Phase | undefined {
  switch (e.exchange) {
    case 'IKE_SA_INIT':
    case 'IKE_INTERMEDIATE':
      return 'IKE_SA_INIT';
    case 'IKE_AUTH':
      return 'IKE_AUTH';
    case 'MAIN_MODE':
      return e.msgNo !== undefined && e.msgNo >= 5 ? 'IKE_AUTH' : 'IKE_SA_INIT';
    case 'AGGRESSIVE_MODE':
      return e.msgNo !== undefined && e.msgNo >= 2 ? 'IKE_AUTH' : 'IKE_SA_INIT';
    case 'QUICK_MODE':
    case 'CREATE_CHILD_SA':
      return 'CHILD_SA';
    default:
      return undefined;
  }
}
