// The streaming analyzer: records → dialect events → tunnels → diagnoses.
// Pure: it is handed records (from src/input) and dialects/rules (from their registries).
import type { Dialect, DialectParser, ParseResult } from './dialect.js';
import type { InventoryEntry } from './inventory.js';
import type { EventDraft, IkeEvent, LogRecord } from './model.js';
import { Tunnel, type TimelineCaps } from './tunnel.js';
import type { Rule, TunnelDiagnosis } from './rule.js';
import { diagnoseTunnel } from './rule.js';
import { mergeTwoSided } from './two-sided.js';
import { RecentMap } from './recent.js';

/** Lines that look like IPsec but that no dialect read (reported so users see what was missed). */
const IPSEC_HINT =
  /ipsec|isakmp|\bike(?:v[12])?\b|\besp\b|phase[ -]?[12]|\bsa\b|tunnel|pluto|charon|strongswan/i;
const MAX_STORED_TEXT = 2000;
const MAX_TUNNELS = 20000;
/**
 * Tunnels held while reading before unnamed SA attempts are folded into their named tunnels
 * (otherwise done once, at the end). Far above what a log of named tunnels reaches, so the fold
 * happens at the end for those, exactly as before.
 */
const FOLD_AT = 2048;
/** Lines a program's dialect must have read before its unread lines count as its chatter. */
const AFFINITY_HITS = 50;
/** The `programs` entry of lines without a syslog program (not a possible program name). */
const NO_PROGRAM = '\u0000';

export interface InputStats {
  path: string;
  dialects: Set<string>;
  lines: number;
  recognizedLines: number;
  ipsecLookingUnread: number;
  /** A few unread IPsec-looking lines (for the "what was missed" report). */
  unreadSamples: { line: number; text: string }[];
}

export interface ExplainItem {
  record: LogRecord;
  results: ParseResult[];
}

export interface AnalyzerOptions {
  dialects: readonly Dialect[];
  rules: readonly Rule[];
  /** Called for every record, recognised or not, in order (for `--explain`). */
  onExplain?: (item: ExplainItem) => void;
  /** Timeline events kept per tunnel (default: the first 60 and the last 140). */
  timeline?: TimelineCaps;
  /** Merge tunnels of different origins that are two ends of one tunnel. Default true. */
  twoSided?: boolean;
}

export interface AnalyzerResult {
  tunnels: { tunnel: Tunnel; diagnosis: TunnelDiagnosis }[];
  inputs: InputStats[];
  inventory: InventoryEntry[];
  /** Events that belong to no tunnel (global lines): counted only. */
  unattributed: number;
  droppedTunnels: number;
}

/**
 * Per origin: which tunnel an SA id, a peer address and a connection name were last routed to. A
 * daemon makes new SAs for as long as it runs (every rekey) and meets new peers: SA ids and peer
 * addresses keep the most recently used (issue 2), so an SA that is still talking stays.
 */
interface OriginIndex {
  sa: RecentMap<string, Tunnel>;
  peer: RecentMap<string, Tunnel>;
  conn: Map<string, Tunnel>;
}

export class InputHandle {
  readonly stats: InputStats;
  /**
   * Parsers by syslog host ('' without one), then by dialect: a log that several gateways send
   * to holds several daemons, each with its own threads, state numbers and multi-line blocks, and
   * one parser's memory must never continue another host's job. Bounded: past MAX_HOSTS hosts the
   * oldest host's parsers are flushed and let go.
   */
  private parsers = new Map<string, Map<string, ParserEntry>>();
  /** Dialects that recognised something in this input, most recent first. */
  private active: Dialect[] = [];
  private readonly origin: string;

  constructor(
    private readonly an: Analyzer,
    path: string,
  ) {
    this.stats = {
      path,
      dialects: new Set(),
      lines: 0,
      recognizedLines: 0,
      ipsecLookingUnread: 0,
      unreadSamples: [],
    };
    this.origin = originOf(path);
  }

  private parser(d: Dialect, host: string | undefined): DialectParser {
    let byDialect = this.parsers.get(host ?? '');
    if (byDialect === undefined) {
      if (this.parsers.size >= MAX_HOSTS) {
        const [oldHost, old] = this.parsers.entries().next().value as [string, Map<string, ParserEntry>];
        this.parsers.delete(oldHost);
        for (const entry of old.values()) this.flushParser(entry);
      }
      // Kept for the input's life: a copy, not a slice that would pin the record's chunk.
      this.parsers.set(host === undefined ? '' : own(host), (byDialect = new Map<string, ParserEntry>()));
    }
    let entry = byDialect.get(d.id);
    if (entry === undefined)
      byDialect.set(
        d.id,
        (entry = { d, host: host === undefined ? undefined : own(host), p: d.createParser() }),
      );
    return entry.p;
  }

  private tryDialect(d: Dialect, rec: LogRecord): ParseResult[] {
    try {
      return this.parser(d, rec.host).parse(rec);
    } catch {
      return [];
    }
  }

  push(records: readonly LogRecord[]): void {
    for (const rec of records) this.pushOne(rec);
  }

  /**
   * Per syslog program: the dialect that read its lines, or how many of its lines nobody read.
   * Lines without a program (a daemon's own log file, a pasted debug) share one entry, NO_PROGRAM.
   */
  private programs = new Map<string, { dialect?: Dialect; misses: number; hits: number }>();

  pushOne(rec: LogRecord): void {
    this.stats.lines++;
    let results: ParseResult[] = [];
    let owner: Dialect | undefined;
    const progKey = rec.program ?? NO_PROGRAM;
    const prog = this.programs.get(progKey);
    // A program whose lines no dialect has ever read (sshd, kernel, cron...) is not IPsec:
    // after enough evidence its lines skip the dialects altogether. Not so for lines without a
    // program: a pasted debug may follow any amount of other text.
    if (prog && prog.hits === 0 && prog.misses >= 500 && rec.program !== undefined) {
      prog.misses++;
      this.an.opts.onExplain?.({ record: rec, results });
      return;
    }
    // From here on the line may be kept (evidence, timeline): its strings must not pin the
    // decoded chunk they were cut from, and every substring a dialect takes of the message then
    // points into this line alone.
    const text = own(rec.text);
    const m = rec.message;
    // The message is the text without its envelope: a slice of the one copy when it ends it.
    rec.message =
      m.length === text.length ? text : text.endsWith(m) ? text.slice(text.length - m.length) : own(m);
    rec.text = text;
    if (prog?.dialect) {
      results = this.tryDialect(prog.dialect, rec);
      if (results.length) owner = prog.dialect;
    }
    // A line shaped like a known dialect's (a charon thread tag, a pluto state) that no pattern
    // needs is that dialect's chatter, not an IPsec line ikescope missed. A line of a program
    // whose dialect is well established that has that dialect's shape (its gate), or a line
    // without a program that has the established dialect's own shape (its `chatter`), goes on
    // only to the active dialects whose gate takes it too: at debug level most of a charon log is
    // such chatter, and every other dialect's gate and parser would read it.
    const shaped =
      !owner &&
      prog?.dialect !== undefined &&
      prog.hits >= AFFINITY_HITS &&
      (rec.program !== undefined ? safeAccepts(prog.dialect, rec) : safeChatter(prog.dialect, rec));
    if (!owner) {
      const active = this.active;
      for (let i = 0; i < active.length; i++) {
        const d = active[i]!;
        if (d === prog?.dialect || (shaped && !safeAccepts(d, rec))) continue;
        results = this.tryDialect(d, rec);
        if (results.length) {
          owner = d;
          // Most recently used first: a file is long runs of one dialect's lines.
          if (i > 0) {
            active.splice(i, 1);
            active.unshift(d);
          }
          break;
        }
      }
    }
    // The dialect whose shape the line has, when none read it (its `ipsecHint` says whether the
    // line was worth reading).
    let gatedBy = shaped ? prog.dialect : undefined;
    if (!owner && !shaped) {
      for (const d of this.an.dialects) {
        if (this.active.includes(d)) continue;
        let ok: boolean;
        try {
          ok = d.accepts(rec);
        } catch {
          ok = false;
        }
        if (!ok) continue;
        gatedBy ??= d;
        results = this.tryDialect(d, rec);
        if (results.length) {
          owner = d;
          this.active.unshift(d);
          this.stats.dialects.add(d.id);
          break;
        }
      }
    }
    {
      let p = prog;
      if (!p) {
        if (this.programs.size < 4096) this.programs.set(progKey, (p = { misses: 0, hits: 0 }));
      }
      if (p) {
        if (owner) {
          p.hits++;
          p.dialect = owner;
        } else p.misses++;
      }
    }
    if (owner) {
      this.stats.recognizedLines++;
      this.an.accept(owner, rec, results, this.origin);
    } else if (rec.text.length < 4096 && this.looksMissed(rec, gatedBy)) {
      this.stats.ipsecLookingUnread++;
      if (this.stats.unreadSamples.length < 5)
        this.stats.unreadSamples.push({
          line: rec.line,
          text: own(rec.text.slice(0, 300)),
        });
    }
    this.an.opts.onExplain?.({ record: rec, results });
  }

  /**
   * Whether a line no dialect read looks like an IPsec line ikescope missed: a line with a
   * dialect's shape when it matches that dialect's `ipsecHint` (its vendor's IPsec messages, not
   * its chatter), a line with no dialect's shape when it mentions IPsec at all.
   */
  private looksMissed(rec: LogRecord, gatedBy: Dialect | undefined): boolean {
    const shapedFor = gatedBy ?? this.active.find((d) => safeAccepts(d, rec));
    if (shapedFor === undefined) return IPSEC_HINT.test(rec.text);
    try {
      return shapedFor.ipsecHint?.test(rec.message) === true;
    } catch {
      return false;
    }
  }

  end(): void {
    for (const byDialect of this.parsers.values())
      for (const entry of byDialect.values()) this.flushParser(entry);
    this.parsers.clear();
  }

  /** What a parser still holds (a multi-line block) at the end of input or when its host is let go. */
  private flushParser({ d, host, p }: ParserEntry): void {
    if (!p.flush) return;
    let results: ParseResult[];
    try {
      results = p.flush();
    } catch {
      results = [];
    }
    if (!results.length) return;
    const rec: LogRecord = { path: this.stats.path, line: this.stats.lines, text: '', message: '' };
    if (host !== undefined) rec.host = host;
    this.an.accept(d, rec, results, this.origin);
  }
}

interface ParserEntry {
  d: Dialect;
  host: string | undefined;
  p: DialectParser;
}

/** Syslog hosts whose parsers one input keeps at once. */
const MAX_HOSTS = 512;

/** The tunnel an index entry points at, or the one that took it in since. */
function current(t: Tunnel | undefined): Tunnel | undefined {
  while (t?.mergedInto !== undefined) t = t.mergedInto;
  return t;
}

function safeChatter(d: Dialect, rec: LogRecord): boolean {
  try {
    return d.chatter?.(rec) === true;
  } catch {
    return false;
  }
}

function safeAccepts(d: Dialect, rec: LogRecord): boolean {
  try {
    return d.accepts(rec);
  } catch {
    return false;
  }
}

/** Rotated files of one log (`charon.log.1.gz`) share an origin. */
export function originOf(path: string): string {
  return path.replace(/\.gz$/i, '').replace(/(?:[.-]\d{1,3}|-\d{8})$/, '');
}

/**
 * A copy of a string that no longer points into the decoded chunk it was cut from (V8 keeps
 * substrings of 13+ characters as slices of their parent: one kept event would pin a whole
 * megabyte chunk of input). Only applied to what the analyzer keeps.
 */
function own(s: string): string {
  // Concatenation makes a rope; slicing it flattens the rope into a fresh string first, so the
  // result points into that copy (one string of s.length + 1), not into the chunk. Several times
  // cheaper than a JSON round trip; src/core/analyzer.test.ts checks that the chunk is released.
  return s.length < 13 ? s : (' ' + s).slice(1);
}

function ownDeep<T>(v: T, depth = 0): T {
  if (typeof v === 'string') return own(v) as T;
  if (depth > 3 || v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map((x: unknown) => ownDeep(x, depth + 1)) as T;
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v as Record<string, unknown>)) out[k] = ownDeep(x, depth + 1);
  return out as T;
}

export class Analyzer {
  readonly dialects: readonly Dialect[];
  private tunnels = new Map<string, Tunnel>();
  /** Per origin: SA id → tunnel, peer address → named tunnel, connection name → tunnel. */
  private byOrigin = new Map<string, OriginIndex>();
  private inputs: InputHandle[] = [];
  private inventory = new Map<string, InventoryEntry>();
  private seq = 0;
  /** Keys of tunnels that received events since the last `drainTouched()` (live use). */
  private touched = new Set<Tunnel>();
  private unattributed = 0;
  private droppedTunnels = 0;
  /** Tunnel count at which unnamed attempts are folded while reading (see foldWhileReading). */
  private foldAt = FOLD_AT;
  /** Connections seen only as configuration (loaded, never negotiated). */
  configuredOnly = 0;

  constructor(readonly opts: AnalyzerOptions) {
    this.dialects = opts.dialects;
  }

  beginInput(path: string): InputHandle {
    const h = new InputHandle(this, path);
    this.inputs.push(h);
    return h;
  }

  /** Stamp and route the events of one recognised record. */
  accept(d: Dialect, rec: LogRecord, results: ParseResult[], fileOrigin: string): void {
    const origin = rec.host !== undefined ? own(rec.host) : fileOrigin;
    // The record's text and message are already the line's own copies (pushOne).
    const text = rec.text.length > MAX_STORED_TEXT ? own(rec.text.slice(0, MAX_STORED_TEXT) + '…') : rec.text;
    // One source object for all the events of a line.
    const src = { path: rec.path, line: rec.line, text };
    for (const r of results) {
      if (r.inventory?.length)
        for (const row of r.inventory) {
          // The same show output printed again is a newer snapshot of the same rows: keep the latest.
          const key = [
            origin,
            row.command,
            row.kind,
            row.interface,
            row.peer?.address,
            row.peer?.port,
            row.name,
            row.source.text,
          ].join('|');
          this.inventory.delete(key);
          if (this.inventory.size < 10000) this.inventory.set(key, ownDeep({ origin, ...row }));
        }
      for (const draft of r.events) {
        // Object.assign onto a literal of fixed shape, not a spread of the draft: drafts come in
        // every shape, and a spread of many shapes is several times slower (docs/benchmarks.md).
        const e: IkeEvent = Object.assign(
          { seq: this.seq++, src, origin, dialect: d.id, pattern: r.pattern, explain: r.explain },
          draft,
        );
        e.vars = draft.vars ? Object.assign({}, r.vars, draft.vars) : r.vars;
        if (rec.time !== undefined) e.time = rec.time;
        this.route(e);
      }
    }
  }

  /** Per origin: which tunnel an SA id or a peer address was last routed to. */
  private originIndex(o: string): OriginIndex {
    let x = this.byOrigin.get(o);
    if (!x) this.byOrigin.set(o, (x = { sa: new RecentMap(), peer: new RecentMap(), conn: new Map() }));
    return x;
  }

  private route(e: IkeEvent): void {
    const o = e.origin;
    const ix = this.originIndex(o);
    const sa = e.sa || undefined;
    const parent = e.parentSa || undefined;
    const addr = e.remote?.address || undefined;
    // The SA's index entry, looked up once per event (it is read below three times).
    const bySa = sa !== undefined ? ix.sa.get(sa) : undefined;
    // A connection name decides; else the IKE SA the event belongs to; else the peer address.
    // Attempts known only by their SPIs/cookies stay apart from peer-only lines until the end,
    // when they are folded into the named tunnel of the same peer (foldPeerTunnels).
    let t: Tunnel | undefined;
    let key: string | undefined;
    if (e.conn) {
      t = ix.conn.get(e.conn);
      if (!t) key = `${o}|conn:${e.conn}`;
    } else if ((t = current(bySa)) !== undefined) {
      // known SA
    } else if (parent !== undefined && (t = current(ix.sa.get(parent))) !== undefined) {
      // known parent SA
    } else if (sa !== undefined) key = `${o}|sa:${sa}`;
    else if (addr !== undefined) {
      t = current(ix.peer.get(addr));
      if (!t) key = `${o}|peer:${addr}`;
    }
    if (!t) {
      if (key === undefined) {
        this.unattributed++;
        return;
      }
      t = this.tunnels.get(key);
      if (!t) {
        if (this.tunnels.size >= MAX_TUNNELS) {
          this.droppedTunnels++;
          return;
        }
        t = new Tunnel(key, o, this.opts.timeline);
        this.tunnels.set(key, t);
      }
      if (e.conn) ix.conn.set(e.conn, t);
    }
    // The SA, known so far by its SPIs alone, turns out to be this connection's: its attempt
    // joins the tunnel now (as the end-of-input fold would), counted once. So does the attempt
    // under the key it had before (parentSa), also when the SA itself was already routed here.
    if (e.conn && sa !== undefined) {
      const bySaNow = current(bySa);
      const was =
        bySaNow === undefined || bySaNow === t
          ? parent !== undefined
            ? current(ix.sa.get(parent))
            : undefined
          : bySaNow;
      // Of the same peer, as the end-of-input fold requires.
      const peer = addr ?? t.remote.address;
      if (
        was !== undefined &&
        was !== t &&
        was.key.startsWith(`${o}|sa:`) &&
        (was.remote.address === undefined || peer === undefined || was.remote.address === peer)
      ) {
        t.absorb(was);
        was.handOver(t);
        this.tunnels.delete(was.key);
        if (this.touched.delete(was)) this.touched.add(t);
      }
    }
    t.add(e);
    this.touched.add(t);
    if (sa !== undefined && bySa !== t) ix.sa.set(sa, t);
    if (parent !== undefined && ix.sa.get(parent) !== t) ix.sa.set(parent, t);
    if (e.conn && addr !== undefined && ix.peer.get(addr) !== t) ix.peer.set(addr, t);
    if (this.tunnels.size >= this.foldAt) this.foldWhileReading();
  }

  /**
   * Fold unnamed tunnels (known only by peer address or by SA) into the one named tunnel of the
   * same origin and peer; unnamed SA attempts of the same peer, local address and role fold
   * together (repeated attempts of one tunnel).
   */
  private foldPeerTunnels(): Map<Tunnel, Tunnel> {
    /** Each tunnel folded away → the tunnel that took it in. */
    const moved = new Map<Tunnel, Tunnel>();
    const named = new Map<string, Tunnel[]>();
    for (const t of this.tunnels.values()) {
      if (!t.key.includes('|conn:') || !t.remote.address) continue;
      const k = `${t.origin}|${t.remote.address}`;
      const list = named.get(k) ?? [];
      list.push(t);
      named.set(k, list);
    }
    // Unnamed SA attempts of the same peer, local address and role are repeated attempts of one
    // tunnel: one tunnel (unless the peer has one named tunnel, which takes them in below).
    const attempts = new Map<string, Tunnel>();
    for (const [key, t] of [...this.tunnels]) {
      if (!t.key.includes('|sa:') || !t.remote.address || !t.role || !t.local.address) continue;
      if (named.get(`${t.origin}|${t.remote.address}`)?.length === 1) continue;
      const k = `${t.origin}|${t.remote.address}|${t.local.address}|${t.role}`;
      const first = attempts.get(k);
      if (first) {
        first.absorb(t);
        moved.set(t, first);
        this.tunnels.delete(key);
      } else attempts.set(k, t);
    }
    // Peer-only lines (logged before the daemon named the SA) join the one unnamed SA attempt
    // of the same peer when there is exactly one (after the repeated attempts became one).
    const saByPeer = new Map<string, Tunnel[]>();
    for (const t of this.tunnels.values()) {
      if (!t.key.includes('|sa:') || !t.remote.address) continue;
      const k = `${t.origin}|${t.remote.address}`;
      saByPeer.set(k, [...(saByPeer.get(k) ?? []), t]);
    }
    for (const [key, t] of [...this.tunnels]) {
      if (!t.key.includes('|peer:') || !t.remote.address) continue;
      if (named.get(`${t.origin}|${t.remote.address}`)?.length) continue;
      const cands = saByPeer.get(`${t.origin}|${t.remote.address}`);
      if (cands?.length === 1) {
        cands[0]!.absorb(t);
        moved.set(t, cands[0]!);
        this.tunnels.delete(key);
      }
    }
    // What is left unnamed joins the one named tunnel of its peer.
    for (const [key, t] of [...this.tunnels]) {
      if (t.key.includes('|conn:') || !t.remote.address) continue;
      const cands = named.get(`${t.origin}|${t.remote.address}`);
      if (cands?.length === 1) {
        cands[0]!.absorb(t);
        moved.set(t, cands[0]!);
        this.tunnels.delete(key);
      }
    }
    return moved;
  }

  /**
   * Fold while reading, once the tunnels have grown past a bound: a log whose SAs are known only by
   * their SPIs (IOS and ASA IKEv2 debugs) makes a tunnel per SA attempt until the attempts fold into
   * their named tunnel, so without this a long log would hold thousands of them (issue 2). The
   * routing index and the touched set then point at the tunnels that took the folded ones in.
   */
  private foldWhileReading(): void {
    const moved = this.foldPeerTunnels();
    const final = (t: Tunnel): Tunnel => {
      let to = t;
      for (let next = moved.get(to); next !== undefined; next = moved.get(to)) to = next;
      return to;
    };
    if (moved.size > 0) {
      for (const ix of this.byOrigin.values()) {
        for (const m of [ix.sa, ix.peer]) for (const [k, t] of m) if (moved.has(t)) m.replace(k, final(t));
        for (const [k, t] of ix.conn) if (moved.has(t)) ix.conn.set(k, final(t));
      }
      for (const t of [...this.touched])
        if (moved.has(t)) {
          this.touched.delete(t);
          this.touched.add(final(t));
        }
    }
    this.foldAt = Math.max(FOLD_AT, 2 * this.tunnels.size);
  }

  /** Tunnel keys touched since the last call (for a live server: what to re-diagnose). */
  drainTouched(): string[] {
    const keys = [...this.touched].map((t) => t.key);
    this.touched.clear();
    return keys;
  }

  /** Current verdict of some tunnels (or all), without ending the inputs: the live view. */
  current(keys?: Iterable<string>): AnalyzerResult {
    const list = keys
      ? [...keys].map((k) => this.tunnels.get(k)).filter((t) => t !== undefined)
      : [...this.tunnels.values()];
    return {
      tunnels: list.map((tunnel) => ({
        tunnel,
        diagnosis: diagnoseTunnel(tunnel, this.opts.rules, this.dialects),
      })),
      inputs: this.inputs.map((h) => h.stats),
      inventory: [...this.inventory.values()],
      unattributed: this.unattributed,
      droppedTunnels: this.droppedTunnels,
    };
  }

  /**
   * End of input: fold, merge and diagnose every tunnel. The analyzer lets go of its tunnels: the
   * result holds them (so a caller can let them go one by one, see buildReport's `release`).
   */
  finish(): AnalyzerResult {
    for (const h of this.inputs) h.end();
    this.foldPeerTunnels();
    // Tunnels were merged: the routing index would point at tunnels that are gone.
    this.byOrigin.clear();
    // A connection that was only loaded (configuration lines, vendor IDs) was never negotiated:
    // it is not reported as a tunnel.
    let tunnels = [...this.tunnels.values()].filter((t) => !configOnly(t));
    this.configuredOnly = this.tunnels.size - tunnels.length;
    this.tunnels.clear();
    this.touched.clear();
    if (this.opts.twoSided !== false) tunnels = mergeTwoSided(tunnels);
    const out = tunnels
      .map((tunnel) => ({ tunnel, diagnosis: diagnoseTunnel(tunnel, this.opts.rules, this.dialects) }))
      .sort(
        (a, b) =>
          (a.tunnel.firstTime ?? 0) - (b.tunnel.firstTime ?? 0) || firstSeq(a.tunnel) - firstSeq(b.tunnel),
      );
    return {
      tunnels: out,
      inputs: this.inputs.map((h) => h.stats),
      inventory: [...this.inventory.values()],
      unattributed: this.unattributed,
      droppedTunnels: this.droppedTunnels,
    };
  }
}

const PASSIVE_KINDS: ReadonlySet<string> = new Set(['config.loaded', 'info', 'vendor-id', 'ike.state']);

function configOnly(t: Tunnel): boolean {
  if (t.phase !== 'none') return false;
  return t.keptEvents().every((e) => PASSIVE_KINDS.has(e.kind));
}

function firstSeq(t: Tunnel): number {
  return t.timeline().events[0]?.seq ?? 0;
}

export type { EventDraft };
