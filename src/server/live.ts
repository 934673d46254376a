// The live engine: one Analyzer for the whole server, one InputHandle per source (sending host
// of a transport, or followed file). Storing and analysing are two stages:
//  1. ingest: every line (recognised or not) is stored by a batch commit every few milliseconds;
//     a TCP client's messages are acknowledged once committed. This stage is cheap and fast.
//  2. analysis: committed lines are read back in id order and fed to the analyzer, in time
//     slices so that ingest never waits for it; their tunnel links, the parsed/unrecognized
//     counters and the position reached (`analyzed_upto`) commit together. The analysis may lag
//     behind a burst (metric ikescope_analysis_lag_seconds) but loses nothing: the store is its
//     queue. Every tick the touched tunnels are re-diagnosed, their rows compared with the stored
//     state, and changes (state, up/down history, notifications) committed before announced.
//
// Data flow of one line: ingest(text) → LineRow → commit → analysis: envelope →
// InputHandle.pushOne → touched tunnel keys → link → (tick) current(keys) → buildReport → row
// diff → StoredTunnel + Transition + outbox → commit → 'tunnel' event (SSE, syslog, webhook).
import { EventEmitter } from 'node:events';
import { Analyzer, type InputHandle } from '../core/analyzer.js';
import type { Tunnel } from '../core/tunnel.js';
import { DIALECTS } from '../dialects/index.js';
import type { Lang } from '../i18n/index.js';
import { parseEnvelopeLine } from '../input/envelope.js';
import { buildReport } from '../report/build.js';
import { RULES } from '../rules/index.js';
import { VERSION } from '../version.js';
import { emptyBatch, type CommitBatch, type LineRow, type SourceCounters, type Store, type StoredTunnel, type Transition, type Transport } from './store/types.js';
import { rowOf, sameRow, sessionContext, tunnelIdOf } from './tunnel-row.js';
import type { TunnelRow } from './store/types.js';

export interface LiveOptions {
  lang: Lang;
  tickMs: number;
  commitMs: number;
  timelineCap: number;
  flapWindowMs: number;
  flapThreshold: number;
  replayLines: number;
  /** Queue the webhook notifications (only when a webhook is configured). */
  webhook: boolean;
  log: (id: string, vars?: Record<string, string | number>) => void;
}

export interface Source {
  id: string;
  transport: Transport;
  handle: InputHandle;
  counters: SourceCounters;
  dirty: boolean;
}

/** A notification, as the webhook receives it (JSON body). */
export interface Notice {
  type: 'transition' | 'failure' | 'flapping' | 'settled';
  at: string;
  tunnel: TunnelRow;
  from?: 'up' | 'down' | null;
  to?: 'up' | 'down';
  newFailure?: boolean;
  verdict?: TunnelRow['verdict'];
  diagnoses?: { code: string; title: string; severity: string; explanation: string }[];
  transitions?: number;
  windowSeconds?: number;
}

/** What the engine announces after a commit. */
export interface LiveEvents {
  tunnel: [row: TunnelRow];
  notice: [notice: Notice, stored: StoredTunnel];
  committed: [lines: number];
  pressure: [high: boolean];
}

const MAX_SOURCES = 10_000;
/** Pending lines above which TCP/TLS/file readers pause and UDP datagrams are dropped. */
const HIGH_WATER = 50_000;
const LOW_WATER = 10_000;
const DROP_WATER = 200_000;
const REPORT_SAVE_MS = 5000;
/** Longest stretch of analysis or diagnosis before ingest gets the event loop back. */
const SLICE_MS = 15;
const MAX_BATCH_LINES = 5000;
const BUSY_BACKLOG = 5000;
const BUSY_TICK_MS = 2000;

interface Waiter {
  id: number;
  resolve: () => void;
}

function sanitize(text: string): string {
  // PostgreSQL text cannot hold NUL; both backends store the same text.
  return text.includes('\u0000') ? text.replaceAll('\u0000', '\uFFFD') : text;
}

export class LiveEngine extends EventEmitter<LiveEvents> {
  readonly analyzer: Analyzer;
  readonly sources = new Map<string, Source>();
  /** Tunnel states as committed: what the API shows (a state is shown once it is stored). */
  readonly tunnels = new Map<string, StoredTunnel>();
  /** The newest states, committed or not (what the next diagnosis compares against). */
  private readonly latest = new Map<string, StoredTunnel>();
  private readonly keyOf = new Map<string, string>();
  private readonly idCache = new Map<string, string>();
  private nextId = 1;
  private pending: CommitBatch = emptyBatch();
  private pendingNotices: { notice: Notice; stored: StoredTunnel }[] = [];
  private pendingRows: TunnelRow[] = [];
  private committing = false;
  private pendingTunnelIdx = new Map<string, number>();
  private analyzedId = 0;
  private lastAnalyzedAt = 0;
  private pumpWake: (() => void) | undefined;
  private pumpDone: Promise<void> | undefined;
  private ticking = false;
  private lastTickAt = 0;
  private commitTimer: NodeJS.Timeout | undefined;
  private tickTimer: NodeJS.Timeout | undefined;
  private touched = new Set<string>();
  private dirtyReports = new Map<string, number>();
  private waiters: Waiter[] = [];
  private committedId = 0;
  private lastIngestedId = 0;
  private oldestPendingAt = 0;
  private retryDelay = 100;
  private closed = false;
  high = false;
  /** Receive → commit delay of the last batch, in seconds (metrics). */
  lastCommitLag = 0;
  /** Totals since start (metrics): transitions by kind, failures by verdict code. */
  readonly transitionTotals = new Map<string, number>();
  readonly failureTotals = new Map<string, number>();
  rejectedConnections = 0;
  openConnections = 0;

  constructor(
    readonly store: Store,
    readonly opts: LiveOptions,
  ) {
    super();
    this.analyzer = new Analyzer({ dialects: DIALECTS, rules: RULES, twoSided: false });
  }

  /** Load the stored state, rebuild the analyzer's memory from the stored lines, start the timers. */
  async start(): Promise<void> {
    for (const c of await this.store.loadCounters()) this.sourceOf(c.source, c.transport, c);
    for (const t of await this.store.loadTunnels()) {
      this.tunnels.set(t.row.id, t);
      this.latest.set(t.row.id, t);
      this.keyOf.set(t.row.id, t.key);
    }
    for (const x of await this.store.transitionCounts()) {
      this.transitionTotals.set(x.kind, (this.transitionTotals.get(x.kind) ?? 0) + x.n);
      if (x.kind === 'failure' && x.verdict) this.failureTotals.set(x.verdict, (this.failureTotals.get(x.verdict) ?? 0) + x.n);
    }
    const max = await this.store.maxLineId();
    this.nextId = max + 1;
    this.committedId = max;
    this.lastIngestedId = max;
    this.analyzedId = Math.min(max, await this.store.analyzedUpTo());
    await this.replay();
    this.tickTimer = setInterval(() => this.tick(), this.opts.tickMs);
    this.tickTimer.unref();
    this.pumpDone = this.pump();
  }

  /**
   * Feed the stored lines before the analysis position through the analyzer again, so that the
   * tunnels it holds are the ones it had before the restart (memory only: their links, counters
   * and state are stored already). Lines after the position are analysed by the pump as usual.
   */
  private async replay(): Promise<void> {
    const upTo = this.analyzedId;
    let after = await this.store.replayStart(this.opts.replayLines, upTo);
    let n = 0;
    while (after < upTo) {
      const rows = await this.store.linesAfter(after, 5000);
      if (!rows.length) break;
      for (const r of rows) {
        if (r.id > upTo) break;
        this.analyzeLine(r, false);
        after = r.id;
        n++;
      }
      if (rows[rows.length - 1]!.id > upTo) break;
    }
    if (n) this.opts.log('server.log.replayed', { lines: n, tunnels: this.touched.size });
    this.diagnoseNow();
  }

  /** The analysis stage: committed lines in id order, in slices of a few milliseconds. */
  private async pump(): Promise<void> {
    while (!this.closed) {
      if (this.analyzedId >= this.committedId) {
        await new Promise<void>((r) => {
          const timer = setTimeout(r, 100);
          this.pumpWake = () => {
            clearTimeout(timer);
            r();
          };
        });
        this.pumpWake = undefined;
        continue;
      }
      let rows: LineRow[];
      try {
        rows = await this.store.linesAfter(this.analyzedId, 2000);
      } catch (err) {
        this.opts.log('server.log.tickFailed', { reason: err instanceof Error ? err.message : String(err) });
        await new Promise((r) => setTimeout(r, 500));
        continue;
      }
      let i = 0;
      while (i < rows.length && !this.closed) {
        const deadline = performance.now() + SLICE_MS;
        for (; i < rows.length && performance.now() < deadline; i++) this.analyzeLine(rows[i]!, true);
        this.pending.analyzedUpTo = this.analyzedId;
        this.scheduleCommit();
        await new Promise((r) => setImmediate(r));
      }
    }
  }

  /** Envelope + analyzer for one stored line; `live`: count it and link it (not during replay). */
  private analyzeLine(r: LineRow, live: boolean): void {
    const src = this.sourceOf(r.source, r.transport);
    const h = src.handle;
    const rec = parseEnvelopeLine(h.stats.path, r.id, r.text, { now: new Date(r.receivedAt) });
    if (rec.host === undefined && r.host) rec.host = r.host;
    const before = h.stats.recognizedLines;
    h.pushOne(rec);
    const recognized = h.stats.recognizedLines > before;
    this.analyzedId = r.id;
    this.lastAnalyzedAt = r.receivedAt;
    if (recognized) {
      for (const k of this.analyzer.drainTouched()) {
        this.touched.add(k);
        if (live) this.pending.links.push({ tunnelId: this.idOfKey(k), lineId: r.id });
      }
    }
    if (live) {
      if (recognized) src.counters.parsed++;
      else src.counters.unrecognized++;
      src.dirty = true;
    }
  }

  sourceOf(id: string, transport: Transport, counters?: SourceCounters): Source {
    let s = this.sources.get(id);
    if (!s) {
      if (this.sources.size >= MAX_SOURCES) {
        // Far too many distinct senders: fold the rest into one source per transport.
        id = `${transport}/(other)`;
        s = this.sources.get(id);
        if (s) return s;
      }
      s = {
        id,
        transport,
        handle: this.analyzer.beginInput(id),
        counters: counters ?? { source: id, transport, received: 0, parsed: 0, unrecognized: 0, dropped: 0, lastAt: 0 },
        dirty: false,
      };
      this.sources.set(id, s);
    }
    return s;
  }

  private idOfKey(key: string): string {
    let id = this.idCache.get(key);
    if (id === undefined) {
      id = tunnelIdOf(key);
      this.idCache.set(key, id);
      this.keyOf.set(id, key);
    }
    return id;
  }

  /**
   * One message from a source. `peerHost` is the sending address (the device when the syslog
   * header names none). Returns the line id, or 0 when the message was dropped.
   */
  ingest(src: Source, text: string, peerHost: string | null, receivedAt = Date.now()): number {
    const c = src.counters;
    c.received++;
    c.lastAt = receivedAt;
    src.dirty = true;
    if (src.transport === 'udp' && this.pending.lines.length >= DROP_WATER) {
      c.dropped++;
      return 0;
    }
    const id = this.nextId++;
    if (this.pending.lines.length === 0) this.oldestPendingAt = receivedAt;
    this.pending.lines.push({ id, receivedAt, source: src.id, transport: src.transport, host: peerHost, text: sanitize(text) });
    this.lastIngestedId = id;
    this.scheduleCommit();
    if (!this.high && this.pending.lines.length >= HIGH_WATER) {
      this.high = true;
      this.emit('pressure', true);
    }
    return id;
  }

  /** A message refused for a limit (too long, queue full): counted, never silently lost. */
  dropped(src: Source, n = 1): void {
    src.counters.received += n;
    src.counters.dropped += n;
    src.counters.lastAt = Date.now();
    src.dirty = true;
    this.scheduleCommit();
  }

  /** Record a followed file's position; committed with the lines read before it. */
  fileOffset(path: string, identity: string, offset: number): void {
    const i = this.pending.offsets.findIndex((o) => o.path === path);
    if (i >= 0) this.pending.offsets[i] = { path, identity, offset };
    else this.pending.offsets.push({ path, identity, offset });
    this.scheduleCommit();
  }

  get queueDepth(): number {
    return this.pending.lines.length;
  }

  /** Seconds the oldest uncommitted line has waited (0 when none waits). */
  commitLagSeconds(): number {
    return this.pending.lines.length ? (Date.now() - this.oldestPendingAt) / 1000 : 0;
  }

  /** How far the analysis is behind what was received, in seconds. */
  lagSeconds(): number {
    return this.analyzedId < this.lastIngestedId && this.lastAnalyzedAt ? (Date.now() - this.lastAnalyzedAt) / 1000 : 0;
  }

  /** Lines received but not analysed yet. */
  get analysisBacklog(): number {
    return this.lastIngestedId - this.analyzedId;
  }

  /** Resolves once every line ingested before the call is analysed and its state committed (tests, bench). */
  async settled(timeoutMs = 10_000): Promise<void> {
    const id = this.lastIngestedId;
    const end = Date.now() + timeoutMs;
    await this.flushed();
    while (this.analyzedId < id && Date.now() < end) await new Promise((r) => setTimeout(r, 10));
    while (this.ticking && Date.now() < end) await new Promise((r) => setTimeout(r, 5));
    this.diagnoseNow();
    while ((this.committing || this.hasPending()) && Date.now() < end) {
      await this.commitNow();
      await new Promise((r) => setTimeout(r, 5));
    }
  }


  /** Resolves once every line ingested before the call is committed. */
  flushed(): Promise<void> {
    const id = this.lastIngestedId;
    if (this.committedId >= id) {
      // Offsets and counters may still be pending: commit them too.
      if (this.hasPending()) this.scheduleCommit();
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      this.waiters.push({ id, resolve });
      this.scheduleCommit();
    });
  }

  private hasPending(): boolean {
    const b = this.pending;
    return (
      b.lines.length > 0 ||
      b.links.length > 0 ||
      b.analyzedUpTo !== undefined ||
      b.tunnels.length > 0 ||
      b.transitions.length > 0 ||
      b.outbox.length > 0 ||
      b.offsets.length > 0 ||
      [...this.sources.values()].some((s) => s.dirty)
    );
  }

  private scheduleCommit(): void {
    if (this.commitTimer || this.committing || this.closed) return;
    const delay = this.pending.lines.length >= MAX_BATCH_LINES ? 0 : this.opts.commitMs;
    this.commitTimer = setTimeout(() => {
      this.commitTimer = undefined;
      void this.commitNow();
    }, delay);
  }

  /** Commit what is pending (one transaction). Safe to call at any time. */
  async commitNow(): Promise<void> {
    if (this.committing) return;
    if (!this.hasPending()) return;
    this.committing = true;
    const batch = this.pending;
    // A bounded transaction: the event loop is never held for long by one commit.
    const rest = batch.lines.length > MAX_BATCH_LINES ? batch.lines.splice(MAX_BATCH_LINES) : [];
    const notices = this.pendingNotices;
    const rows = this.pendingRows;
    this.pending = emptyBatch();
    this.pending.lines = rest;
    this.pendingTunnelIdx = new Map();
    this.pendingNotices = [];
    this.pendingRows = [];
    const dirty: Source[] = [];
    for (const s of this.sources.values())
      if (s.dirty) {
        s.dirty = false;
        dirty.push(s);
        batch.counters.push({ ...s.counters });
      }
    const lastLine = batch.lines[batch.lines.length - 1];
    const firstAt = batch.lines[0]?.receivedAt;
    let ok = false;
    try {
      await this.store.commit(batch);
      ok = true;
      this.retryDelay = 100;
    } catch (err) {
      // Keep everything for the next try (nothing acknowledged is lost while the store is away).
      this.opts.log('server.log.commitFailed', { reason: err instanceof Error ? err.message : String(err) });
      this.pending = mergeBatches(batch, this.pending);
      this.pendingTunnelIdx = new Map(this.pending.tunnels.map((x, i) => [x.t.row.id, i]));
      this.pendingNotices = notices.concat(this.pendingNotices);
      this.pendingRows = rows.concat(this.pendingRows);
      for (const s of dirty) s.dirty = true;
      batch.counters.length = 0;
    }
    this.committing = false;
    if (ok) {
      if (lastLine) this.committedId = lastLine.id;
      if (firstAt !== undefined) this.lastCommitLag = (Date.now() - firstAt) / 1000;
      if (this.pending.lines.length) this.oldestPendingAt = this.pending.lines[0]!.receivedAt;
      this.releaseWaiters();
      if (this.high && this.pending.lines.length <= LOW_WATER) {
        this.high = false;
        this.emit('pressure', false);
      }
      for (const { t } of batch.tunnels) this.tunnels.set(t.row.id, t);
      if (batch.lines.length) {
        this.emit('committed', batch.lines.length);
        this.pumpWake?.();
      }
      for (const r of rows) this.emit('tunnel', r);
      for (const n of notices) this.emit('notice', n.notice, n.stored);
      if (this.hasPending()) this.scheduleCommit();
    } else if (!this.closed) {
      const d = this.retryDelay;
      this.retryDelay = Math.min(5000, d * 2);
      setTimeout(() => void this.commitNow(), d).unref();
    }
  }

  private releaseWaiters(): void {
    if (!this.waiters.length) return;
    const keep: Waiter[] = [];
    for (const w of this.waiters) if (w.id <= this.committedId) w.resolve();
    else keep.push(w);
    this.waiters = keep;
  }

  /**
   * Re-diagnose the touched tunnels and queue their changes, a few at a time: a slice longer
   * than SLICE_MS yields to ingest and goes on in the next turn of the event loop.
   */
  tick(now = Date.now()): void {
    this.settleFlapping(now);
    this.saveDueReports(now);
    if (this.ticking || !this.touched.size) return;
    // While the analysis works through a backlog, diagnose less often: each diagnosis then covers
    // many more lines, and the analysis gets the time.
    if (this.analysisBacklog > BUSY_BACKLOG && now - this.lastTickAt < BUSY_TICK_MS) return;
    this.lastTickAt = now;
    this.ticking = true;
    const keys = [...this.touched];
    this.touched.clear();
    let i = 0;
    const step = (): void => {
      const deadline = performance.now() + SLICE_MS;
      while (i < keys.length && performance.now() < deadline) {
        this.diagnose(keys.slice(i, i + 16), Date.now());
        i += 16;
      }
      if (i < keys.length && !this.closed) setImmediate(step);
      else this.ticking = false;
    };
    step();
  }

  /** Diagnose every touched tunnel now (start, close, tests). */
  diagnoseNow(): void {
    const keys = [...this.touched];
    this.touched.clear();
    for (let i = 0; i < keys.length; i += 64) this.diagnose(keys.slice(i, i + 64), Date.now());
  }

  private diagnose(keys: string[], now: number): void {
    try {
      const res = this.analyzer.current(keys);
      const report = buildReport(
        { ...res, inputs: [] },
        // The rows need the verdict, not the timeline: the full report is built when it is kept.
        { lang: this.opts.lang, version: VERSION, timelineCap: 0, meta: [] },
      );
      res.tunnels.forEach(({ tunnel }, i) => {
        const rt = report.tunnels[i];
        if (rt) this.update(tunnel, rt, now);
      });
    } catch (err) {
      this.opts.log('server.log.tickFailed', { reason: err instanceof Error ? err.message : String(err) });
    }
  }

  private queueTunnel(t: StoredTunnel, withReport: boolean): void {
    const i = this.pendingTunnelIdx.get(t.row.id);
    const entry = i === undefined ? undefined : this.pending.tunnels[i];
    if (entry) {
      entry.t = t;
      entry.withReport ||= withReport;
    } else {
      this.pendingTunnelIdx.set(t.row.id, this.pending.tunnels.length);
      this.pending.tunnels.push({ t, withReport });
    }
    this.scheduleCommit();
  }

  private update(tunnel: Tunnel, rt: NonNullable<StoredTunnel['report']>, now: number): void {
    const id = this.idOfKey(tunnel.key);
    rt.id = id;
    const prev = this.latest.get(id);
    const ctx = sessionContext(tunnel);
    const core = rowOf(id, tunnel, rt, ctx.description ?? prev?.row.description ?? null);
    const iso = new Date(now).toISOString();
    const statusChanged =
      !prev || prev.row.status !== core.status || prev.row.ikeStatus !== core.ikeStatus || prev.row.childStatus !== core.childStatus;
    const row: TunnelRow = { ...core, lastChange: statusChanged || !prev ? iso : prev.row.lastChange };
    const changed = !prev || !sameRow(prev.row, core);
    const prevUd = prev?.updown ?? null;
    const ud = row.status === 'established' ? 'up' : row.status === 'down' || row.status === 'failed' ? 'down' : null;
    let transition: 'up' | 'down' | null = null;
    if (ud === 'up' && prevUd !== 'up') transition = 'up';
    else if (ud === 'down' && (prevUd === 'up' || (prevUd === null && row.status === 'down'))) transition = 'down';
    const failing = (row.status === 'failed' || row.status === 'down') && row.verdict?.severity === 'error';
    const prevFailing = prev ? (prev.row.status === 'failed' || prev.row.status === 'down') && prev.row.verdict?.severity === 'error' : false;
    const newFailure = failing && (!prevFailing || prev?.row.verdict?.code !== row.verdict?.code);
    const stored: StoredTunnel = {
      row,
      key: tunnel.key,
      updown: ud ?? prevUd,
      context: { ...(prev?.context ?? {}), ...ctx.context },
      flap: prev?.flap ?? { times: [], flapping: false },
      lastFailure: prev?.lastFailure ?? null,
      report: prev?.report ?? null,
    };
    if (newFailure && row.verdict)
      stored.lastFailure = {
        at: iso,
        status: row.status,
        verdict: row.verdict,
        diagnoses: rt.diagnoses.filter((d) => d.severity === 'error' || d === rt.diagnoses[0]),
      };
    this.latest.set(id, stored);
    if (!changed && !transition && !newFailure && !ctxChanged(prev, stored)) {
      // Only the report moved on (new timeline lines): saved now and then, served from memory.
      if (!this.dirtyReports.has(id)) this.dirtyReports.set(id, now);
      return;
    }
    const important = !prev || transition !== null || newFailure;
    if (important) this.dirtyReports.delete(id);
    else if (!this.dirtyReports.has(id)) this.dirtyReports.set(id, now);
    const b = this.pending;
    if (transition) {
      const flap = stored.flap;
      flap.times = flap.times.filter((x) => now - x < this.opts.flapWindowMs);
      flap.times.push(now);
      this.record(b, { tunnelId: id, at: now, kind: transition, from: prevUd, to: transition, verdict: row.verdict?.code ?? null });
      if (!flap.flapping && flap.times.length > this.opts.flapThreshold) {
        flap.flapping = true;
        this.record(b, { tunnelId: id, at: now, kind: 'flapping', from: prevUd, to: transition, verdict: row.verdict?.code ?? null });
        this.notify(
          { type: 'flapping', at: iso, tunnel: row, transitions: flap.times.length, windowSeconds: Math.round(this.opts.flapWindowMs / 1000) },
          stored,
        );
      } else if (!flap.flapping) {
        this.notify(
          {
            type: 'transition',
            at: iso,
            tunnel: row,
            from: prevUd,
            to: transition,
            newFailure,
            verdict: row.verdict,
            ...(newFailure ? { diagnoses: briefDiagnoses(stored) } : {}),
          },
          stored,
        );
      }
    }
    if (newFailure && row.verdict) {
      this.record(b, { tunnelId: id, at: now, kind: 'failure', from: prev?.row.status ?? null, to: row.status, verdict: row.verdict.code });
      this.failureTotals.set(row.verdict.code, (this.failureTotals.get(row.verdict.code) ?? 0) + 1);
      if (!transition && !stored.flap.flapping)
        this.notify({ type: 'failure', at: iso, tunnel: row, verdict: row.verdict, diagnoses: briefDiagnoses(stored) }, stored);
    }
    if (important) stored.report = this.fullReport(tunnel.key, id) ?? stored.report;
    this.queueTunnel(stored, important);
    if (changed) this.pendingRows.push(row);
  }

  private record(b: CommitBatch, t: Transition): void {
    b.transitions.push(t);
    this.transitionTotals.set(t.kind, (this.transitionTotals.get(t.kind) ?? 0) + 1);
  }

  private notify(n: Notice, stored: StoredTunnel): void {
    if (this.opts.webhook) this.pending.outbox.push({ createdAt: Date.now(), target: 'webhook', payload: JSON.stringify(n) });
    this.pendingNotices.push({ notice: n, stored });
  }

  /** A flapping tunnel that saw no transition for a whole window has settled: say so once. */
  private settleFlapping(now: number): void {
    for (const t of this.latest.values()) {
      const f = t.flap;
      if (!f.flapping) continue;
      const last = f.times[f.times.length - 1] ?? 0;
      if (now - last < this.opts.flapWindowMs) continue;
      f.flapping = false;
      f.times = [];
      const iso = new Date(now).toISOString();
      this.record(this.pending, { tunnelId: t.row.id, at: now, kind: 'settled', from: null, to: t.updown ?? t.row.status, verdict: t.row.verdict?.code ?? null });
      this.notify({ type: 'settled', at: iso, tunnel: t.row, verdict: t.row.verdict }, t);
      this.queueTunnel(t, false);
    }
  }

  private saveDueReports(now: number, all = false): void {
    for (const [id, since] of this.dirtyReports) {
      if (!all && now - since < REPORT_SAVE_MS) continue;
      this.dirtyReports.delete(id);
      const t = this.latest.get(id);
      if (!t) continue;
      t.report = this.fullReport(t.key, id) ?? t.report;
      this.queueTunnel(t, true);
    }
  }

  /** The full report of a tunnel as the analyzer holds it now (undefined when it holds no such tunnel). */
  fullReport(key: string, id: string): StoredTunnel['report'] | undefined {
    const res = this.analyzer.current([key]);
    if (!res.tunnels.length) return undefined;
    const report = buildReport(
      { ...res, inputs: [] },
      { lang: this.opts.lang, version: VERSION, timelineCap: this.opts.timelineCap, meta: [] },
    );
    const rt = report.tunnels[0];
    if (rt) rt.id = id;
    return rt;
  }

  /** The report the API shows: fresh from the analyzer, else the stored one. */
  reportOf(id: string): StoredTunnel['report'] {
    const t = this.tunnels.get(id);
    if (!t) return null;
    return this.fullReport(t.key, id) ?? t.report;
  }

  keyOfId(id: string): string | undefined {
    return this.keyOf.get(id);
  }

  /** Stop the timers, diagnose what is left and commit everything. */
  async close(): Promise<void> {
    if (this.tickTimer) clearInterval(this.tickTimer);
    // Let the analysis catch up with what is committed (bounded), then stop it.
    await this.flushed();
    const end = Date.now() + 2000;
    while (this.analyzedId < this.committedId && Date.now() < end) await new Promise((r) => setTimeout(r, 10));
    this.closed = true;
    this.pumpWake?.();
    await this.pumpDone;
    this.closed = false;
    this.diagnoseNow();
    this.saveDueReports(Date.now(), true);
    if (this.commitTimer) {
      clearTimeout(this.commitTimer);
      this.commitTimer = undefined;
    }
    for (let i = 0; i < 50 && (this.committing || this.hasPending()); i++) {
      if (this.committing) await new Promise((r) => setTimeout(r, 10));
      else await this.commitNow();
      if (!this.committing && this.hasPending() && i > 5) break;
    }
    this.closed = true;
    for (const w of this.waiters) w.resolve();
    this.waiters = [];
  }
}

function ctxChanged(prev: StoredTunnel | undefined, next: StoredTunnel): boolean {
  if (!prev) return true;
  const a = prev.context;
  const b = next.context;
  return a.fvrf !== b.fvrf || a.ivrf !== b.ivrf || a.peerId !== b.peerId || a.peerPort !== b.peerPort;
}

function briefDiagnoses(t: StoredTunnel): NonNullable<Notice['diagnoses']> {
  return (t.lastFailure?.diagnoses ?? []).map((d) => ({ code: d.code, title: d.title, severity: d.severity, explanation: d.explanation }));
}

function mergeBatches(a: CommitBatch, b: CommitBatch): CommitBatch {
  const later = new Set(b.tunnels.map((y) => y.t.row.id));
  const tunnels = a.tunnels.filter((x) => !later.has(x.t.row.id)).concat(b.tunnels);
  const offsets = a.offsets.filter((x) => !b.offsets.some((y) => y.path === x.path)).concat(b.offsets);
  return {
    lines: a.lines.concat(b.lines),
    links: a.links.concat(b.links),
    ...(a.analyzedUpTo !== undefined || b.analyzedUpTo !== undefined ? { analyzedUpTo: Math.max(a.analyzedUpTo ?? 0, b.analyzedUpTo ?? 0) } : {}),
    tunnels,
    transitions: a.transitions.concat(b.transitions),
    outbox: a.outbox.concat(b.outbox),
    counters: [],
    offsets,
  };
}
