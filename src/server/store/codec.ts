// Rows <-> objects, for both backends. A tunnel's state is kept in a row as one JSON document for
// the state (row, up/down, flapping, last failure) and one for the full report, which is
// rewritten less often.
import type { ReportTunnel } from '../../report/build.js';
import type {
  LineRow,
  OutboxItem,
  SourceCounters,
  StoredTunnel,
  TokenRecord,
  Transition,
  Transport,
} from './types.js';

/** The state document, and the report document when `withReport` (else null: keep the stored one). */
export function encodeTunnel(t: StoredTunnel, withReport = true): { state: string; report: string | null } {
  const { report, key: _key, ...state } = t;
  return { state: JSON.stringify(state), report: withReport && report ? JSON.stringify(report) : null };
}

export function decodeTunnel(key: string, state: string, report: string | null): StoredTunnel {
  const s = JSON.parse(state) as Omit<StoredTunnel, 'key' | 'report'>;
  return {
    row: s.row,
    key,
    updown: s.updown ?? null,
    context: s.context ?? {},
    flap: s.flap ?? { times: [], flapping: false },
    lastFailure: s.lastFailure ?? null,
    report: report ? (JSON.parse(report) as ReportTunnel) : null,
  };
}

// Rows as both drivers return them. Numbers go through Number(): PostgreSQL's BIGINT is parsed to a
// number by postgres.ts, SQLite's INTEGER already is one, and a count may come back either way.

export interface LineDb {
  id: number;
  received_at: number;
  source: string;
  transport: string;
  host: string | null;
  text: string;
}

export function lineOf(r: LineDb): LineRow {
  return {
    id: Number(r.id),
    receivedAt: Number(r.received_at),
    source: r.source,
    transport: r.transport as Transport,
    host: r.host,
    text: r.text,
  };
}

export interface OutboxDb {
  id: number;
  created_at: number;
  target: string;
  payload: string;
  state: string;
  attempts: number;
  next_at: number;
  last_error: string | null;
}

export function outboxOf(r: OutboxDb): OutboxItem {
  return {
    id: Number(r.id),
    createdAt: Number(r.created_at),
    target: r.target,
    payload: r.payload,
    state: r.state === 'dead' ? 'dead' : 'pending',
    attempts: Number(r.attempts),
    nextAt: Number(r.next_at),
    lastError: r.last_error,
  };
}

export interface TransitionDb {
  id: number;
  tunnel_id: string;
  at: number;
  kind: string;
  from_state: string | null;
  to_state: string;
  verdict: string | null;
}

export function transitionOf(r: TransitionDb): Transition {
  return {
    id: Number(r.id),
    tunnelId: r.tunnel_id,
    at: Number(r.at),
    kind: r.kind as Transition['kind'],
    from: r.from_state,
    to: r.to_state,
    verdict: r.verdict,
  };
}

export interface CountersDb {
  source: string;
  transport: string;
  received: number;
  parsed: number;
  unrecognized: number;
  dropped: number;
  last_at: number;
}

export function countersOf(r: CountersDb): SourceCounters {
  return {
    source: r.source,
    transport: r.transport as Transport,
    received: Number(r.received),
    parsed: Number(r.parsed),
    unrecognized: Number(r.unrecognized),
    dropped: Number(r.dropped),
    lastAt: Number(r.last_at),
  };
}

export interface TokenDb {
  id: string;
  hash: string;
  salt: string;
  /** BOOLEAN in PostgreSQL, 0/1 in SQLite. */
  read_only: boolean | number;
  label: string;
  created_at: number;
}

export function tokenOf(r: TokenDb): TokenRecord {
  return {
    id: r.id,
    hash: r.hash,
    salt: r.salt,
    readOnly: r.read_only === true || r.read_only === 1,
    label: r.label,
    createdAt: Number(r.created_at),
  };
}
