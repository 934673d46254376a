// Correlation: events → IKE SA attempts → tunnels. Memory per tunnel is bounded: per event
// kind the first and last few events are kept (enough for every rule's evidence), the timeline
// keeps its head and tail (an event no kind keeps any more as its timeline entry only), equal
// values of a tunnel's events share one copy, and attempts beyond a cap are only counted.
import type { ExchangeName } from './ike-tables.js';
import type {
  Direction,
  Endpoint,
  EventKind,
  IkeEvent,
  IkeVersion,
  Phase,
  Role,
  SourceLine,
} from './model.js';
import { phaseRank } from './model.js';
import { RecentMap } from './recent.js';

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
  const head = Math.floor(
    (n * DEFAULT_TIMELINE_CAPS.head) / (DEFAULT_TIMELINE_CAPS.head + DEFAULT_TIMELINE_CAPS.tail),
  );
  return { head, tail: n - head };
}
const MAX_ATTEMPTS = 64;
/**
 * `Tunnel.order` units per millisecond in a tunnel merged from several hosts' logs (the sequence
 * number breaks ties within one millisecond).
 */
export const ORDER_PER_MS = 1000;
/** Events that will leave the timeline within this many more events are not made entries. */
const MIN_ENTRY_LIFE = 16;
/** SAs tracked as up per origin (oldest forgotten first). */
const LIVE_CAP = 64;

/**
 * The first `headCap` and the last `tailCap` of a stream of events, plus a count. The head fills
 * once; the tail is a ring whose oldest entry is overwritten (no array shifting). With `numbered`,
 * each tail event keeps a number given with it (its timeline entry number), and `goneAt` is the
 * number of the event the last `push` returned.
 */
class HeadTail<T extends { seq: number }> {
  head: T[] = [];
  /** The ring; once full, `start` is its oldest entry. */
  tail: T[] = [];
  /** With `numbered`: the numbers of the tail events, in the ring's order. */
  private tailAt: number[] = [];
  start = 0;
  count = 0;
  goneAt = -1;
  constructor(
    readonly headCap: number,
    readonly tailCap: number,
    private readonly numbered = false,
  ) {}

  /** Append (`at`: its number, -1 when unknown); returns the entry the ring overwrote, if any. */
  push(e: T, at = -1): T | undefined {
    this.count++;
    if (this.head.length < this.headCap) {
      this.head.push(e);
      // Full: copied once to its exact size (an array grown by push keeps spare capacity).
      if (this.head.length === this.headCap) this.head = this.head.slice();
    } else if (this.tail.length < this.tailCap) {
      this.tail.push(e);
      if (this.numbered) this.tailAt.push(at);
      if (this.tail.length === this.tailCap) this.tail = this.tail.slice();
    } else {
      const i = this.start;
      const gone = this.tail[i];
      this.tail[i] = e;
      if (this.numbered) {
        this.goneAt = this.tailAt[i]!;
        this.tailAt[i] = at;
      }
      this.start = i + 1 === this.tailCap ? 0 : i + 1;
      return gone;
    }
    return undefined;
  }

  /** Head then tail, oldest first (a new array). */
  all(): T[] {
    const { head, tail, start } = this;
    if (start === 0) return head.concat(tail);
    return head.concat(tail.slice(start), tail.slice(0, start));
  }

  first(): T | undefined {
    return this.head[0];
  }

  last(): T | undefined {
    const { tail } = this;
    if (tail.length) return tail[(this.start === 0 ? tail.length : this.start) - 1];
    return this.head[this.head.length - 1];
  }

  /**
   * Put `by(e)` in place of `e`, pushed as entry number `at` (0-based), unless it is no longer
   * there or will be pushed out of the tail within `minLife` more pushes.
   */
  replace(e: T, at: number, by: (e: T) => T, minLife: number): void {
    if (at < this.headCap) {
      if (this.head[at] === e) this.head[at] = by(e);
      return;
    }
    // The tail ring holds entries count - tailCap .. count - 1, entry m at (m - headCap) % tailCap
    // (an identity check guards against a refill having moved things).
    const i = (at - this.headCap) % this.tailCap;
    if (this.tail[i] === e && at + this.tailCap - this.count >= minLife) this.tail[i] = by(e);
  }

  /** Keep the first and last of `events` (in order, numbers unknown); `count` is left to the caller. */
  refill(events: T[]): void {
    this.head = events.slice(0, this.headCap);
    const rest = events.length - this.head.length;
    this.tail =
      rest > this.tailCap ? events.slice(events.length - this.tailCap) : events.slice(this.head.length);
    if (this.numbered) this.tailAt = this.tail.map(() => -1);
    this.start = 0;
  }
}

/**
 * Per-kind store: the first and last KEEP_PER_KIND events of one kind, plus a count; each tail
 * event with its timeline entry number, so that the event it pushes out can be found in the
 * timeline.
 */
class KindStore extends HeadTail<IkeEvent> {
  /** The last distinct explanation parameters, details and payloads of this kind's events. */
  vars?: object = undefined;
  details?: object = undefined;
  payloads?: unknown[] = undefined;
  /** Shapes of the entries made of this kind's events, newest first (a few). */
  private shapes: EntryShape[] = [];
  /** An event this store let go of, as its timeline entry (see Entry). */
  readonly toEntry = (e: TimelineItem): TimelineItem => this.entryOf(e as IkeEvent);

  constructor() {
    super(KEEP_PER_KIND, KEEP_PER_KIND, true);
  }

  private entryOf(e: IkeEvent): Entry {
    const f = fieldsOf(e);
    const shapes = this.shapes;
    let shape: EntryShape | undefined;
    for (let i = 0; i < shapes.length && shape === undefined; i++) if (shapes[i]!.same(f)) shape = shapes[i];
    if (shape === undefined) {
      shape = new EntryShape(
        f.src.path,
        f.origin,
        f.dialect,
        f.pattern,
        f.kind,
        f.ikeVersion,
        f.exchange,
        f.direction,
        f.explain,
      );
      shapes.unshift(shape);
      if (shapes.length > SHAPES_PER_KIND) shapes.pop();
    }
    return new Entry(f.seq, f.time, f.src.line, f.vars, shape);
  }

  /** Merge another store in (events of both stay in sequence order). */
  absorb(o: KindStore): void {
    this.refill(dedupe(this.all().concat(o.all())));
    this.count += o.count;
  }
}

/** The fields of an event a tunnel reads. */
interface EventFields {
  seq: number;
  src: SourceLine;
  time: number | undefined;
  origin: string;
  dialect: string;
  pattern: string;
  kind: EventKind;
  conn: string | undefined;
  sa: string | undefined;
  parentSa: string | undefined;
  childState: boolean | undefined;
  local: Endpoint | undefined;
  remote: Endpoint | undefined;
  ikeVersion: IkeVersion | undefined;
  role: Role | undefined;
  mode: 'main' | 'aggressive' | undefined;
  scope: 'ike' | 'child' | undefined;
  exchange: ExchangeName | undefined;
  msgNo: number | undefined;
  direction: Direction | undefined;
  explain: string | undefined;
  vars: Record<string, string | number> | undefined;
  details: Record<string, string | number | boolean> | undefined;
  payloads: string[] | undefined;
}

/**
 * The fields of `e` a tunnel reads, in one for-in pass into an object of one shape. Events come
 * in hundreds of shapes (one per set of fields a dialect fills), so every named read of an event
 * is a slow megamorphic lookup; a for-in pass reads them all for less. A field the event lacks
 * reads as undefined, as a named read would.
 */
function fieldsOf(e: IkeEvent): EventFields {
  const f = {
    seq: 0,
    src: undefined,
    time: undefined,
    origin: undefined,
    dialect: undefined,
    pattern: undefined,
    kind: undefined,
    conn: undefined,
    sa: undefined,
    parentSa: undefined,
    childState: undefined,
    local: undefined,
    remote: undefined,
    ikeVersion: undefined,
    role: undefined,
    mode: undefined,
    scope: undefined,
    exchange: undefined,
    msgNo: undefined,
    direction: undefined,
    explain: undefined,
    vars: undefined,
    details: undefined,
    payloads: undefined,
  } as unknown as EventFields;
  const from = e as unknown as Record<string, unknown>;
  const to = f as unknown as Record<string, unknown>;
  for (const k in from) if (Object.hasOwn(to, k)) to[k] = from[k];
  return f;
}

/**
 * What a timeline entry tells of its event: where and when it was logged, what it was, and its
 * one-line explanation. A whole event is one; the timeline holds an event that no per-kind store
 * keeps any more as an `Entry` with these fields only (rules read whole events from the per-kind
 * stores, reports read these). `src` has no text: evidence lines come from whole events.
 */
export interface TimelineItem {
  seq: number;
  src: { path: string; line: number };
  time?: number;
  origin: string;
  dialect: string;
  pattern: string;
  kind: EventKind;
  ikeVersion?: IkeVersion;
  exchange?: ExchangeName;
  direction?: Direction;
  explain?: string;
  vars?: Record<string, string | number>;
}

/**
 * The fields that events of one pattern and line type have in common (file, origin, dialect,
 * pattern, kind, version, exchange, direction, explanation id): one object for all of a
 * tunnel's entries that share them.
 */
class EntryShape {
  constructor(
    readonly path: string,
    readonly origin: string,
    readonly dialect: string,
    readonly pattern: string,
    readonly kind: EventKind,
    readonly ikeVersion: IkeVersion | undefined,
    readonly exchange: ExchangeName | undefined,
    readonly direction: Direction | undefined,
    readonly explain: string | undefined,
  ) {}

  same(f: EventFields): boolean {
    return (
      this.kind === f.kind &&
      this.pattern === f.pattern &&
      this.path === f.src.path &&
      this.origin === f.origin &&
      this.dialect === f.dialect &&
      this.ikeVersion === f.ikeVersion &&
      this.exchange === f.exchange &&
      this.direction === f.direction &&
      this.explain === f.explain
    );
  }
}

/**
 * A timeline entry held in place of a whole event: five fields (about 64 bytes) and a shared
 * shape, where the whole event took a dozen or more fields, its line object and its line's text
 * (about 300 bytes; issue 2). Its explanation parameters are the event's: values of 13 characters
 * or more are V8 slices of the line and keep that text alive, which cost about 1 MB of 51 on the
 * bench corpus, less than copying them. Fields a reader of the timeline uses are getters of one
 * class, so those reads stay monomorphic.
 */
class Entry implements TimelineItem {
  constructor(
    readonly seq: number,
    readonly time: number | undefined,
    readonly line: number,
    readonly vars: Record<string, string | number> | undefined,
    private readonly shape: EntryShape,
  ) {}
  get src(): { path: string; line: number } {
    return { path: this.shape.path, line: this.line };
  }
  get origin(): string {
    return this.shape.origin;
  }
  get dialect(): string {
    return this.shape.dialect;
  }
  get pattern(): string {
    return this.shape.pattern;
  }
  get kind(): EventKind {
    return this.shape.kind;
  }
  get ikeVersion(): IkeVersion | undefined {
    return this.shape.ikeVersion;
  }
  get exchange(): ExchangeName | undefined {
    return this.shape.exchange;
  }
  get direction(): Direction | undefined {
    return this.shape.direction;
  }
  get explain(): string | undefined {
    return this.shape.explain;
  }
}

/** Entry shapes a per-kind store keeps for reuse (one kind's events take a few patterns). */
const SHAPES_PER_KIND = 4;

/**
 * Same prototype, same enumerable keys in the same order, same values (SameValueZero). Both
 * objects are walked with for-in, whose reads stay fast on objects of any shape.
 */
function sameObject(a: object, b: object): boolean {
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  let n = 0;
  for (const k in ra) {
    keyScratch[n] = k;
    valueScratch[n++] = ra[k];
  }
  let i = 0;
  for (const k in rb) {
    if (i >= n || keyScratch[i] !== k) return false;
    const x = valueScratch[i++];
    const y = rb[k];
    if (x !== y && (x === x || y === y)) return false;
  }
  return i === n;
}
/** Keys and values of the object last compared (reused: no allocation per comparison). */
const keyScratch: string[] = [];
const valueScratch: unknown[] = [];

/**
 * Short strings of the explanation parameters, details and endpoints of every tunnel's events,
 * one copy each (a dialect cuts a fresh copy of `500` or `Main` from every line). Strings of 13
 * characters or more are left alone: V8 keeps those as slices of their line, which the event
 * holds anyway. Bounded: the pool starts afresh when full.
 */
let shortStrings = new Map<string, string>();
const SHORT_STRINGS_CAP = 4096;

/** Point the short string values of a plain object at their pooled copies (values stay equal). */
function poolStrings(o: object): void {
  if (Object.isFrozen(o)) return;
  const r = o as Record<string, unknown>;
  try {
    for (const k in r) {
      const v = r[k];
      if (typeof v !== 'string' || v.length >= 13) continue;
      let p = shortStrings.get(v);
      if (p === undefined) {
        if (shortStrings.size >= SHORT_STRINGS_CAP) shortStrings = new Map();
        shortStrings.set(v, (p = v));
      }
      r[k] = p;
    }
  } catch {
    // A read-only property: that value keeps its own copy.
  }
}

/** `last` when `v` equals it; else `v`, its short strings pooled (it becomes the next `last`). */
function shared<T extends object>(v: T, last: T | undefined): T {
  if (last !== undefined && sameObject(v, last)) return last;
  poolStrings(v);
  return v;
}

function sameArray(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length || Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x !== y && (x === x || y === y)) return false;
  }
  return true;
}

function dedupe<T extends { seq: number }>(events: T[]): T[] {
  const seen = new Set<number>();
  return events
    .sort((a, b) => a.seq - b.seq)
    .filter((e) => (seen.has(e.seq) ? false : (seen.add(e.seq), true)));
}

/** Authentication methods whose newest event a tunnel keeps (see Tunnel.authEvents). */
const AUTH_METHODS_CAP = 4;

/** The authentication method an event's details name, if any. */
function authMethodOf(d: Record<string, string | number | boolean> | undefined): string | undefined {
  if (d === undefined) return undefined;
  const m = d.method ?? d.auth ?? d.authMethod ?? d.ownAuth;
  return typeof m === 'string' ? m : undefined;
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
  /**
   * SA keys seen, each with the key of the attempt it belongs to (itself for the key that
   * counted; the earlier key for a later one linked by `parentSa`). Capped: the MAX_ATTEMPTS most
   * recently used keys; `attemptCount` keeps counting.
   */
  attempts = new RecentMap<string, string>(MAX_ATTEMPTS);
  attemptCount = 0;
  /** Set when another tunnel took this one in while reading: where its events go now. */
  mergedInto?: Tunnel = undefined;
  eventCount = 0;
  /**
   * The timeline: its first `caps.head` and last `caps.tail` events. An event that no per-kind
   * store keeps any more is held here as its timeline entry only (see Entry).
   */
  private tl: HeadTail<TimelineItem>;
  firstTime?: number;
  lastTime?: number;
  /** Live SA state per origin (host or file). */
  live = new Map<string, LiveState>();
  /** The last distinct endpoints and SA key seen (equal ones are pointed at these). */
  private lastLocal?: Endpoint = undefined;
  private lastRemote?: Endpoint = undefined;
  private lastSa?: string = undefined;
  /** For a tunnel merged from two hosts: each other origin's clock minus the lead's, in ms. */
  offsets = new Map<string, number>();
  /**
   * The newest event naming each authentication method (details `method`, `auth`, `authMethod`
   * or `ownAuth`), a few methods at most. A verbose log has so many events of the kind that
   * states the method (charon's "authentication of 'x' (myself) with pre-shared key" is `info`)
   * that its store lets go of it; rules still need to know the tunnel uses a PSK or certificates.
   */
  private authEvents: IkeEvent[] = [];

  constructor(key: string, origin: string, caps: TimelineCaps = DEFAULT_TIMELINE_CAPS) {
    this.key = key;
    this.origin = origin;
    this.origins.add(origin);
    this.tl = new HeadTail<TimelineItem>(caps.head, caps.tail);
  }

  /**
   * Take in one event. Its values may be pointed at equal ones the tunnel holds already (origin,
   * connection name, SA key and endpoints; explanation parameters, details and payloads equal to
   * those of the kind's previous event; short strings): every value stays equal, and the few
   * hundred events a tunnel keeps cost about a quarter less (issue 2: with the timeline entries,
   * 105 → 77 KB of heap per tunnel on the 200 MB bench corpus).
   */
  add(e: IkeEvent): void {
    // The event's entry number in the timeline (events pushed so far).
    const at = this.tl.count;
    this.eventCount++;
    this.keptCache = undefined;
    const f = fieldsOf(e);
    const { kind, origin, dialect, time, conn, local, remote, ikeVersion, role, mode, sa } = f;
    const { vars, details, payloads } = f;
    // Equal values pointed at the copies the tunnel holds.
    if (origin === this.origin) e.origin = this.origin;
    if (conn !== undefined && conn === this.name) e.conn = this.name;
    if (local !== undefined && local !== this.lastLocal)
      e.local = this.lastLocal = shared(local, this.lastLocal);
    if (remote !== undefined && remote !== this.lastRemote)
      e.remote = this.lastRemote = shared(remote, this.lastRemote);
    if (sa !== undefined) {
      if (sa === this.lastSa) e.sa = this.lastSa;
      else this.lastSa = sa;
    }
    this.dialects.add(dialect);
    this.origins.add(origin);
    let ks = this.kinds.get(kind);
    if (!ks) this.kinds.set(kind, (ks = new KindStore()));
    if (vars !== undefined && vars !== ks.vars) {
      if (ks.vars !== undefined && sameObject(vars, ks.vars)) e.vars = ks.vars as IkeEvent['vars'];
      else poolStrings((ks.vars = vars));
    }
    if (details !== undefined && details !== ks.details) {
      if (ks.details !== undefined && sameObject(details, ks.details))
        e.details = ks.details as IkeEvent['details'];
      else {
        poolStrings((ks.details = details));
        // Equal details (the branch above) name a method that an earlier event noted already.
        this.noteAuth(e, details);
      }
    }
    if (payloads !== undefined && payloads !== ks.payloads) {
      if (ks.payloads !== undefined && sameArray(payloads, ks.payloads)) e.payloads = ks.payloads as string[];
      else ks.payloads = payloads;
    }
    const gone = ks.push(e, at);
    this.tl.push(e);
    // An event its kind's store let go of lives on in the timeline as its entry alone, unless
    // the timeline is about to drop it too.
    if (gone !== undefined && ks.goneAt >= 0) this.tl.replace(gone, ks.goneAt, ks.toEntry, MIN_ENTRY_LIFE);
    if (time !== undefined) {
      if (this.firstTime === undefined || time < this.firstTime) this.firstTime = time;
      if (this.lastTime === undefined || time > this.lastTime) this.lastTime = time;
    }
    if (conn && !this.name) this.name = conn;
    mergeEndpoint(this.local, local);
    mergeEndpoint(this.remote, remote);
    if (ikeVersion) this.ikeVersion = ikeVersion;
    if (role && (kind === 'ike.initiate' || kind === 'ike.respond' || !this.role)) this.role = role;
    if (mode) this.mode = mode;
    const p = phaseFor(kind, f.scope, f.exchange, f.msgNo);
    if (p && phaseRank(p) > phaseRank(this.phase)) this.phase = p;
    if (sa !== undefined) this.trackAttempt(sa, f.parentSa, f.childState === true);
    this.trackLive(e, origin, kind);
  }

  /** The authentication methods the tunnel's events name (PSK, certificates, EAP...). */
  authMethods(): string[] {
    return this.authEvents.map((e) => authMethodOf(e.details)!);
  }

  /** Remember `e` as the newest event naming its authentication method, if it names one. */
  private noteAuth(e: IkeEvent, d: Record<string, string | number | boolean>): void {
    const m = authMethodOf(d);
    if (m === undefined) return;
    const list = this.authEvents;
    const i = list.findIndex((x) => authMethodOf(x.details) === m);
    if (i >= 0) {
      // Another tunnel's events taken in (absorb) may be older than the one kept.
      if (list[i]!.seq > e.seq) return;
      list.splice(i, 1);
    }
    list.push(e);
    if (list.length > AUTH_METHODS_CAP) list.shift();
  }

  /** Replay an event of `origin` on that origin's live SA state (other fields read as needed). */
  private trackLive(e: IkeEvent, origin: string, kind: EventKind): void {
    let st = this.live.get(origin);
    if (!st)
      this.live.set(
        origin,
        (st = { ike: new Set(), children: new Map(), spiAlias: new Map(), everUp: false }),
      );
    switch (kind) {
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
          normSpi(e.spiIn) ??
          normSpi(e.spiOut) ??
          (kind === 'tunnel.up' ? 'tunnel' : `${e.sa ?? ''}#${e.seq}`);
        st.children.set(key, e.parentSa ?? e.sa ?? '');
        const out = normSpi(e.spiOut);
        if (out && out !== key) st.spiAlias.set(out, key);
        st.everUp = true;
        // A long log with deletes the daemon never logged must not grow these without end.
        if (st.children.size > LIVE_CAP) st.children.delete(st.children.keys().next().value!);
        if (st.spiAlias.size > LIVE_CAP) st.spiAlias.delete(st.spiAlias.keys().next().value!);
        break;
      }
      case 'child.deleted': {
        // A delete names our inbound SPI or the peer's (our outbound): either identifies the SA.
        const spis = [normSpi(e.spiIn), normSpi(e.spiOut)].filter((x) => x !== undefined);
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

  /**
   * Count IKE SA attempts: an SA key is one, unless it names a child SA's own state (pluto's
   * quick-mode and Child SA states), or it is linked by `parentSa` to a key already counted (the
   * SA under its SPIs after a provisional key, a rekeyed IKE SA): those belong to that attempt.
   */
  private trackAttempt(sa: string, parent: string | undefined, child: boolean): void {
    if (sa === '' || child || this.attempts.has(sa)) return;
    const root = parent !== undefined && parent !== sa ? this.attempts.get(parent) : undefined;
    if (root === undefined) this.attemptCount++;
    this.attempts.set(sa, root ?? sa);
  }

  /** Take over another tunnel's events (a peer-only tunnel that turns out to be this one). */
  absorb(o: Tunnel): void {
    for (const [k, store] of o.kinds) {
      const mine = this.kinds.get(k);
      if (mine) mine.absorb(store);
      else this.kinds.set(k, store);
    }
    this.keepTimeline(dedupe(this.tl.all().concat(o.tl.all())));
    this.eventCount += o.eventCount;
    for (const d of o.dialects) this.dialects.add(d);
    for (const [origin, st] of o.live) if (!this.live.has(origin)) this.live.set(origin, st);
    for (const x of o.origins) this.origins.add(x);
    for (const e of o.authEvents) if (e.details) this.noteAuth(e, e.details);
    // Attempts of the other tunnel that this one counted already (seen under any of their keys).
    const shared = new Set<string>();
    for (const [k, root] of o.attempts) {
      if (this.attempts.has(k)) shared.add(root);
      else this.attempts.set(k, root);
    }
    this.attemptCount += Math.max(0, o.attemptCount - shared.size);
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

  /**
   * After `to.absorb(this)` while reading: events that still find this tunnel (through keys of
   * the routing index) go to `to`, and what this tunnel held is let go.
   */
  handOver(to: Tunnel): void {
    this.mergedInto = to;
    this.kinds = new Map();
    this.tl = new HeadTail<TimelineItem>(this.tl.headCap, this.tl.tailCap);
    this.attempts = new RecentMap(MAX_ATTEMPTS);
    this.live = new Map();
    this.authEvents = [];
    this.keptCache = undefined;
  }

  /** Take over the other end's tunnel (two-sided analysis); `offset` = its clock minus ours. */
  absorbSide(o: Tunnel, offset: number | undefined): void {
    if (offset !== undefined) for (const origin of o.origins) this.offsets.set(origin, offset);
    const local = { ...this.local };
    const remote = { ...this.remote };
    // Both ends log the same attempts (under keys of their own): not the sum of the two.
    const attempts = Math.max(this.attemptCount, o.attemptCount);
    this.absorb(o);
    this.attemptCount = attempts;
    // The other end's view is mirrored: its local is our remote.
    this.local = { ...o.remote, ...local };
    this.remote = { ...o.local, ...remote };
    this.keepTimeline(this.tl.all().sort((a, b) => this.order(a) - this.order(b)));
  }

  /**
   * Ordering key of an event within this tunnel: the sequence number for one origin; the time
   * corrected by the clock offset when two hosts' logs are merged.
   */
  order(e: TimelineItem): number {
    if (this.origins.size <= 1 || e.time === undefined) return e.seq;
    return (e.time - (this.offsets.get(e.origin) ?? 0)) * ORDER_PER_MS + (e.seq % ORDER_PER_MS);
  }

  /** The last of `events` in this tunnel's order (see `order`). */
  latest<T extends TimelineItem>(events: readonly T[]): T | undefined {
    let best: T | undefined;
    for (const e of events) if (best === undefined || this.order(e) > this.order(best)) best = e;
    return best;
  }

  private keptCache?: { at: number; events: IkeEvent[] } = undefined;

  /** All kept events of every kind, in sequence order (cached until the tunnel changes). */
  keptEvents(): IkeEvent[] {
    if (this.keptCache?.at === this.eventCount) return this.keptCache.events;
    let out: IkeEvent[] = [];
    for (const ks of this.kinds.values()) out.push(...ks.all());
    if (this.authEvents.length) out = dedupe(out.concat(this.authEvents));
    else out.sort((a, b) => a.seq - b.seq);
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
    return this.kinds.get(kind)?.first();
  }
  last(kind: EventKind): IkeEvent | undefined {
    return this.kinds.get(kind)?.last();
  }
  /** Kept events of any of the kinds, sorted by sequence. */
  select(...kinds: EventKind[]): IkeEvent[] {
    const out: IkeEvent[] = [];
    for (const k of kinds) out.push(...this.events(k));
    return out.sort((a, b) => a.seq - b.seq);
  }
  private keepTimeline(all: TimelineItem[]): void {
    this.tl.refill(all);
  }

  /**
   * The timeline kept (head + tail), and how many events were left out. Events that no per-kind
   * store keeps any more are their timeline entries (Entry): seq, src, time, origin,
   * dialect, pattern, kind, ikeVersion, exchange, direction, explain and vars, nothing else
   * (absent ones set to undefined); the per-kind stores have the whole events.
   */
  timeline(): { events: TimelineItem[]; omitted: number } {
    const events = this.tl.all();
    return { events, omitted: this.eventCount - events.length };
  }
  /**
   * The last `n` whole events of the timeline, in its order (evidence lines: an entry has no
   * text, and the last events of a timeline are whole events anyway).
   */
  lastEvents(n: number): IkeEvent[] {
    const items = this.tl.all();
    const out: IkeEvent[] = [];
    for (let i = items.length - 1; i >= 0 && out.length < n; i--) {
      const x = items[i]!;
      if (!(x instanceof Entry)) out.unshift(x as IkeEvent);
    }
    return out;
  }
  lastSeq(): number {
    return this.tl.last()?.seq ?? -1;
  }
}

function normSpi(x: string | undefined): string | undefined {
  return x ? x.toLowerCase().replace(/^0x/, '') : undefined;
}

function mergeEndpoint(into: Endpoint, from: Endpoint | undefined): void {
  if (!from) return;
  if (from.address) into.address = from.address;
  if (from.port !== undefined) into.port = from.port;
  if (from.id) into.id = from.id;
}

/** Which step of the negotiation an event shows was reached. */
export function phaseOf(e: IkeEvent): Phase | undefined {
  return phaseFor(e.kind, e.scope, e.exchange, e.msgNo);
}

function phaseFor(
  kind: EventKind,
  scope: 'ike' | 'child' | undefined,
  exchange: ExchangeName | undefined,
  msgNo: number | undefined,
): Phase | undefined {
  switch (kind) {
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
      return exchangePhase(exchange, msgNo);
    case 'proposal.none':
    case 'proposal.mismatch':
    case 'proposal.received':
    case 'proposal.selected':
      return scope === 'child' ? 'CHILD_SA' : 'IKE_SA_INIT';
    default:
      return undefined;
  }
}

function exchangePhase(exchange: ExchangeName | undefined, msgNo: number | undefined): Phase | undefined {
  switch (exchange) {
    case 'IKE_SA_INIT':
    case 'IKE_INTERMEDIATE':
      return 'IKE_SA_INIT';
    case 'IKE_AUTH':
      return 'IKE_AUTH';
    case 'MAIN_MODE':
      return msgNo !== undefined && msgNo >= 5 ? 'IKE_AUTH' : 'IKE_SA_INIT';
    case 'AGGRESSIVE_MODE':
      return msgNo !== undefined && msgNo >= 2 ? 'IKE_AUTH' : 'IKE_SA_INIT';
    case 'QUICK_MODE':
    case 'CREATE_CHILD_SA':
      return 'CHILD_SA';
    default:
      return undefined;
  }
}
