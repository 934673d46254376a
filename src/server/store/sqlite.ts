// The embedded store: one SQLite file in WAL mode in the data directory (better-sqlite3).
//
// Durability: WAL with synchronous=NORMAL by default. A committed transaction is in the WAL
// file (the OS's page cache) before `commit` returns, so a killed process (kill -9) loses
// nothing committed; only an OS crash or power loss can lose the last transactions, which
// `--sync full` (an fsync of the WAL per commit) closes at the cost of one fsync per batch.
// Batches are committed every few milliseconds, so FULL costs latency rather than throughput.
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { MIGRATIONS } from './migrations.js';
import { decodeTunnel, encodeTunnel } from './codec.js';
import type {
  CommitBatch,
  FileOffset,
  LineRow,
  OutboxItem,
  SourceCounters,
  Store,
  StoredTunnel,
  TokenRecord,
  Transition,
  Transport,
} from './types.js';

interface LineDb {
  id: number;
  received_at: number;
  source: string;
  transport: string;
  host: string | null;
  text: string;
}

interface OutboxDb {
  id: number;
  created_at: number;
  target: string;
  payload: string;
  state: string;
  attempts: number;
  next_at: number;
  last_error: string | null;
}

function lineOf(r: LineDb): LineRow {
  return {
    id: r.id,
    receivedAt: r.received_at,
    source: r.source,
    transport: r.transport as Transport,
    host: r.host,
    text: r.text,
  };
}

function outboxOf(r: OutboxDb): OutboxItem {
  return {
    id: r.id,
    createdAt: r.created_at,
    target: r.target,
    payload: r.payload,
    state: r.state === 'dead' ? 'dead' : 'pending',
    attempts: r.attempts,
    nextAt: r.next_at,
    lastError: r.last_error,
  };
}

/** A synchronous call as a promise that rejects (rather than throws) on an error. */
function attempt<T>(fn: () => T): Promise<T> {
  try {
    return Promise.resolve(fn());
  } catch (err) {
    return Promise.reject(err instanceof Error ? err : new Error(String(err)));
  }
}

export const SQLITE_FILE = 'ikescope.sqlite';

export class SqliteStore implements Store {
  readonly backend = 'sqlite' as const;
  private readonly db: Database.Database;
  private readonly st;

  constructor(dir: string, sync: 'normal' | 'full' = 'normal') {
    mkdirSync(dir, { recursive: true });
    this.db = new Database(join(dir, SQLITE_FILE));
    this.db.pragma('journal_mode = WAL');
    this.db.pragma(`synchronous = ${sync === 'full' ? 'FULL' : 'NORMAL'}`);
    this.db.pragma('busy_timeout = 5000');
    this.migrate();
    const db = this.db;
    this.st = {
      line: db.prepare('INSERT INTO lines (id, received_at, source, transport, host, text) VALUES (?, ?, ?, ?, ?, ?)'),
      link: db.prepare('INSERT OR IGNORE INTO line_tunnels (tunnel_id, line_id) VALUES (?, ?)'),
      kv: db.prepare('INSERT INTO kv (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value'),
      tunnel: db.prepare(
        `INSERT INTO tunnels (id, key, state, report, updated_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET key = excluded.key, state = excluded.state,
           report = COALESCE(excluded.report, tunnels.report), updated_at = excluded.updated_at`,
      ),
      transition: db.prepare(
        'INSERT INTO transitions (tunnel_id, at, kind, from_state, to_state, verdict) VALUES (?, ?, ?, ?, ?, ?)',
      ),
      outbox: db.prepare("INSERT INTO outbox (created_at, target, payload, state, attempts, next_at) VALUES (?, ?, ?, 'pending', 0, ?)"),
      counter: db.prepare(
        `INSERT INTO source_counters (source, transport, received, parsed, unrecognized, dropped, last_at) VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (source) DO UPDATE SET transport = excluded.transport, received = excluded.received, parsed = excluded.parsed,
           unrecognized = excluded.unrecognized, dropped = excluded.dropped, last_at = excluded.last_at`,
      ),
      offset: db.prepare(
        `INSERT INTO file_offsets (path, identity, "offset") VALUES (?, ?, ?)
         ON CONFLICT (path) DO UPDATE SET identity = excluded.identity, "offset" = excluded."offset"`,
      ),
    };
  }

  private migrate(): void {
    this.db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL)');
    const done = new Set((this.db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map((r) => r.version));
    for (const m of MIGRATIONS) {
      if (done.has(m.version)) continue;
      this.db.transaction(() => {
        for (const sql of m.sqlite) this.db.exec(sql);
        this.db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(m.version, m.name, Date.now());
      })();
    }
  }

  commit(b: CommitBatch): Promise<void> {
    const st = this.st;
    return attempt(() =>
      this.db.transaction(() => {
      for (const l of b.lines) st.line.run(l.id, l.receivedAt, l.source, l.transport, l.host, l.text);
      for (const k of b.links) st.link.run(k.tunnelId, k.lineId);
      if (b.analyzedUpTo !== undefined) st.kv.run('analyzed_upto', String(b.analyzedUpTo));
      for (const { t, withReport } of b.tunnels) {
        const e = encodeTunnel(t, withReport);
        st.tunnel.run(t.row.id, t.key, e.state, e.report, Date.now());
      }
      for (const x of b.transitions) st.transition.run(x.tunnelId, x.at, x.kind, x.from, x.to, x.verdict);
      for (const o of b.outbox) st.outbox.run(o.createdAt, o.target, o.payload, o.createdAt);
      for (const c of b.counters) st.counter.run(c.source, c.transport, c.received, c.parsed, c.unrecognized, c.dropped, c.lastAt);
      for (const f of b.offsets) st.offset.run(f.path, f.identity, f.offset);
      })(),
    );
  }

  maxLineId(): Promise<number> {
    const r = this.db.prepare('SELECT MAX(id) AS m FROM lines').get() as { m: number | null };
    return Promise.resolve(r.m ?? 0);
  }

  analyzedUpTo(): Promise<number> {
    const r = this.db.prepare("SELECT value FROM kv WHERE key = 'analyzed_upto'").get() as { value: string } | undefined;
    return Promise.resolve(r ? Number(r.value) : 0);
  }

  countLines(): Promise<number> {
    const r = this.db.prepare('SELECT COUNT(*) AS n FROM lines').get() as { n: number };
    return Promise.resolve(r.n);
  }

  loadTunnels(): Promise<StoredTunnel[]> {
    const rows = this.db.prepare('SELECT key, state, report FROM tunnels ORDER BY id').all() as { key: string; state: string; report: string | null }[];
    return Promise.resolve(rows.map((r) => decodeTunnel(r.key, r.state, r.report)));
  }

  history(tunnelId: string, limit: number): Promise<Transition[]> {
    const rows = this.db
      .prepare('SELECT id, tunnel_id, at, kind, from_state, to_state, verdict FROM transitions WHERE tunnel_id = ? ORDER BY id DESC LIMIT ?')
      .all(tunnelId, limit) as { id: number; tunnel_id: string; at: number; kind: string; from_state: string | null; to_state: string; verdict: string | null }[];
    return Promise.resolve(
      rows.map((r) => ({
        id: r.id,
        tunnelId: r.tunnel_id,
        at: r.at,
        kind: r.kind as Transition['kind'],
        from: r.from_state,
        to: r.to_state,
        verdict: r.verdict,
      })),
    );
  }

  transitionCounts(): Promise<{ kind: string; verdict: string | null; n: number }[]> {
    return Promise.resolve(
      this.db.prepare('SELECT kind, verdict, COUNT(*) AS n FROM transitions GROUP BY kind, verdict').all() as {
        kind: string;
        verdict: string | null;
        n: number;
      }[],
    );
  }

  linesOf(tunnelId: string, beforeId: number | undefined, limit: number): Promise<LineRow[]> {
    const rows = this.db
      .prepare(
        'SELECT l.* FROM line_tunnels k JOIN lines l ON l.id = k.line_id WHERE k.tunnel_id = ? AND k.line_id < ? ORDER BY k.line_id DESC LIMIT ?',
      )
      .all(tunnelId, beforeId ?? Number.MAX_SAFE_INTEGER, limit) as LineDb[];
    return Promise.resolve(rows.map(lineOf));
  }

  linesAfter(afterId: number, limit: number): Promise<LineRow[]> {
    const rows = this.db.prepare('SELECT * FROM lines WHERE id > ? ORDER BY id LIMIT ?').all(afterId, limit) as LineDb[];
    return Promise.resolve(rows.map(lineOf));
  }

  replayStart(n: number, upTo: number): Promise<number> {
    if (n <= 0) return Promise.resolve(upTo);
    const r = this.db.prepare('SELECT id FROM lines WHERE id <= ? ORDER BY id DESC LIMIT 1 OFFSET ?').get(upTo, n - 1) as { id: number } | undefined;
    return Promise.resolve(r ? r.id - 1 : 0);
  }

  loadCounters(): Promise<SourceCounters[]> {
    const rows = this.db.prepare('SELECT * FROM source_counters').all() as {
      source: string;
      transport: string;
      received: number;
      parsed: number;
      unrecognized: number;
      dropped: number;
      last_at: number;
    }[];
    return Promise.resolve(
      rows.map((r) => ({
        source: r.source,
        transport: r.transport as Transport,
        received: r.received,
        parsed: r.parsed,
        unrecognized: r.unrecognized,
        dropped: r.dropped,
        lastAt: r.last_at,
      })),
    );
  }

  loadOffsets(): Promise<FileOffset[]> {
    return Promise.resolve(this.db.prepare('SELECT path, identity, "offset" AS "offset" FROM file_offsets').all() as FileOffset[]);
  }

  outboxDue(now: number, limit: number): Promise<OutboxItem[]> {
    const rows = this.db
      .prepare("SELECT * FROM outbox WHERE state = 'pending' AND next_at <= ? ORDER BY id LIMIT ?")
      .all(now, limit) as OutboxDb[];
    return Promise.resolve(rows.map(outboxOf));
  }

  outboxDone(id: number): Promise<void> {
    this.db.prepare('DELETE FROM outbox WHERE id = ?').run(id);
    return Promise.resolve();
  }

  outboxRetry(id: number, attempts: number, nextAt: number, error: string): Promise<void> {
    this.db.prepare('UPDATE outbox SET attempts = ?, next_at = ?, last_error = ? WHERE id = ?').run(attempts, nextAt, error, id);
    return Promise.resolve();
  }

  outboxDead(id: number, attempts: number, error: string): Promise<void> {
    this.db.prepare("UPDATE outbox SET state = 'dead', attempts = ?, last_error = ? WHERE id = ?").run(attempts, error, id);
    return Promise.resolve();
  }

  deadLetters(limit: number): Promise<OutboxItem[]> {
    const rows = this.db.prepare("SELECT * FROM outbox WHERE state = 'dead' ORDER BY id DESC LIMIT ?").all(limit) as OutboxDb[];
    return Promise.resolve(rows.map(outboxOf));
  }

  requeue(id: number, now: number): Promise<boolean> {
    const r = this.db.prepare("UPDATE outbox SET state = 'pending', attempts = 0, next_at = ? WHERE id = ? AND state = 'dead'").run(now, id);
    return Promise.resolve(r.changes > 0);
  }

  tokens(): Promise<TokenRecord[]> {
    const rows = this.db.prepare('SELECT * FROM tokens ORDER BY created_at').all() as {
      id: string;
      hash: string;
      salt: string;
      read_only: number;
      label: string;
      created_at: number;
    }[];
    return Promise.resolve(
      rows.map((r) => ({ id: r.id, hash: r.hash, salt: r.salt, readOnly: r.read_only !== 0, label: r.label, createdAt: r.created_at })),
    );
  }

  addToken(t: TokenRecord): Promise<void> {
    this.db
      .prepare('INSERT INTO tokens (id, hash, salt, read_only, label, created_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(t.id, t.hash, t.salt, t.readOnly ? 1 : 0, t.label, t.createdAt);
    return Promise.resolve();
  }

  deleteToken(id: string): Promise<boolean> {
    return Promise.resolve(this.db.prepare('DELETE FROM tokens WHERE id = ?').run(id).changes > 0);
  }

  prune(before: number, limit: number): Promise<number> {
    return attempt(() =>
      this.db.transaction(() => {
        const last = this.db.prepare('SELECT MAX(id) AS m FROM (SELECT id FROM lines WHERE received_at < ? ORDER BY id LIMIT ?)').get(before, limit) as {
          m: number | null;
        };
        if (last.m === null) return 0;
        this.db.prepare('DELETE FROM line_tunnels WHERE line_id <= ?').run(last.m);
        return this.db.prepare('DELETE FROM lines WHERE id <= ?').run(last.m).changes;
      })(),
    );
  }

  close(): Promise<void> {
    if (this.db.open) this.db.close();
    return Promise.resolve();
  }
}
