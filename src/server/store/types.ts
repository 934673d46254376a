// The server's storage, behind one small interface implemented twice (SQLite, PostgreSQL).
// Every write of the ingest path goes through `commit`, one transaction per batch, so that a
// line, the tunnel state it changed and the notifications that change causes land together.
import type { ReportDiagnosis, ReportTunnel } from '../../report/build.js';
import type { TunnelStatus } from '../../core/rule.js';

export type Transport = 'udp' | 'tcp' | 'tls' | 'file';

/**
 * One raw line as received (recognised or not). `id` is the line number its evidence cites.
 * `host` is the sending address (the device when the syslog header names none).
 */
export interface LineRow {
  id: number;
  receivedAt: number;
  source: string;
  transport: Transport;
  host: string | null;
  text: string;
}

/** State of one SA kind, like `show crypto session`'s "UP-ACTIVE / DOWN / DOWN-NEGOTIATING". */
export type SaStatus = 'up' | 'down' | 'negotiating' | 'unknown';

/** A tunnel as the API lists it. */
export interface TunnelRow {
  id: string;
  device: string;
  peer: string | null;
  name: string;
  description: string | null;
  status: TunnelStatus;
  ikeStatus: SaStatus;
  childStatus: SaStatus;
  /** ISO time of the last change of status. */
  lastChange: string;
  verdict: { code: string; title: string; severity: string } | null;
  attempts: number;
}

export interface LastFailure {
  at: string;
  status: TunnelStatus;
  verdict: { code: string; title: string; severity: string };
  diagnoses: ReportDiagnosis[];
}

/** Flapping detection state (kept with the tunnel so that a restart does not forget it). */
export interface FlapState {
  /** Epoch ms of the recent up/down transitions (within the window). */
  times: number[];
  flapping: boolean;
}

export interface StoredTunnel {
  row: TunnelRow;
  /** The analyzer's key of the tunnel (origin|conn:name, origin|peer:addr ...). */
  key: string;
  /** Up or down as last notified; null while never up nor down. */
  updown: 'up' | 'down' | null;
  /** Vendor context of the session (fvrf/ivrf/peer id/port) for SESSION_STATUS notifications. */
  context: { fvrf?: string; ivrf?: string; peerId?: string; peerPort?: number };
  flap: FlapState;
  lastFailure: LastFailure | null;
  report: ReportTunnel | null;
}

export type TransitionKind = 'up' | 'down' | 'failure' | 'flapping' | 'settled';

export interface Transition {
  id?: number;
  tunnelId: string;
  at: number;
  kind: TransitionKind;
  from: string | null;
  to: string;
  verdict: string | null;
}

export interface OutboxItem {
  id: number;
  createdAt: number;
  /** Delivery target: `webhook` (the syslog notification is fire-and-forget and not queued). */
  target: string;
  payload: string;
  state: 'pending' | 'dead';
  attempts: number;
  nextAt: number;
  lastError: string | null;
}

export interface TokenRecord {
  id: string;
  /** hex sha256(salt ‖ secret) */
  hash: string;
  salt: string;
  readOnly: boolean;
  label: string;
  createdAt: number;
}

export interface SourceCounters {
  source: string;
  transport: Transport;
  received: number;
  parsed: number;
  unrecognized: number;
  dropped: number;
  lastAt: number;
}

export interface FileOffset {
  path: string;
  /** dev:ino of the file the offset belongs to. */
  identity: string;
  offset: number;
}

export interface CommitBatch {
  lines: LineRow[];
  /** Lines the analysis attributed to a tunnel. */
  links: { tunnelId: string; lineId: number }[];
  /** Every line up to this id is analysed (committed with the links and counters of those lines). */
  analyzedUpTo?: number;
  /** Tunnel states; `withReport` also rewrites the stored report. */
  tunnels: { t: StoredTunnel; withReport: boolean }[];
  transitions: Transition[];
  outbox: { createdAt: number; target: string; payload: string }[];
  counters: SourceCounters[];
  offsets: FileOffset[];
}

export function emptyBatch(): CommitBatch {
  return { lines: [], links: [], tunnels: [], transitions: [], outbox: [], counters: [], offsets: [] };
}

export interface Store {
  readonly backend: 'sqlite' | 'postgres';
  /** One transaction. Resolves once the batch is durable (as durable as the backend is set to be). */
  commit(b: CommitBatch): Promise<void>;
  maxLineId(): Promise<number>;
  /** The last line id the analysis committed (0 when none). */
  analyzedUpTo(): Promise<number>;
  countLines(): Promise<number>;
  loadTunnels(): Promise<StoredTunnel[]>;
  history(tunnelId: string, limit: number): Promise<Transition[]>;
  /** Counts for the metrics: transitions by kind, failures by verdict code. */
  transitionCounts(): Promise<{ kind: string; verdict: string | null; n: number }[]>;
  /** Lines attributed to one tunnel, newest first, with ids below `beforeId`. */
  linesOf(tunnelId: string, beforeId: number | undefined, limit: number): Promise<LineRow[]>;
  /** Lines with id > afterId in id order (replay at start). */
  linesAfter(afterId: number, limit: number): Promise<LineRow[]>;
  /** The id before the `n` lines that end at `upTo` (replay start). */
  replayStart(n: number, upTo: number): Promise<number>;
  loadCounters(): Promise<SourceCounters[]>;
  loadOffsets(): Promise<FileOffset[]>;
  outboxDue(now: number, limit: number): Promise<OutboxItem[]>;
  outboxDone(id: number): Promise<void>;
  outboxRetry(id: number, attempts: number, nextAt: number, error: string): Promise<void>;
  outboxDead(id: number, attempts: number, error: string): Promise<void>;
  deadLetters(limit: number): Promise<OutboxItem[]>;
  /** Put a dead letter back in the queue; false when there is no such dead letter. */
  requeue(id: number, now: number): Promise<boolean>;
  tokens(): Promise<TokenRecord[]>;
  addToken(t: TokenRecord): Promise<void>;
  deleteToken(id: string): Promise<boolean>;
  /** Delete raw lines received before `before` (at most `limit`); returns how many went. */
  prune(before: number, limit: number): Promise<number>;
  close(): Promise<void>;
}
