// The second backend: PostgreSQL through `pg`. Same interface, same tests as SQLite.
// A batch is one transaction; lines go in with one INSERT ... SELECT FROM unnest(...) so that a
// batch of thousands of lines is one round trip. Durability is PostgreSQL's own
// (synchronous_commit on: a commit returns after the WAL is flushed).
import pg from 'pg';
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

// BIGINT comes back as a string by default; every BIGINT here is an epoch ms or a count.
pg.types.setTypeParser(20, (v: string) => Number(v));

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
    id: Number(r.id),
    receivedAt: Number(r.received_at),
    source: r.source,
    transport: r.transport as Transport,
    host: r.host,
    text: r.text,
  };
}

function outboxOf(r: OutboxDb): OutboxItem {
  return {
    id: Number(r.id),
    createdAt: Number(r.created_at),
    target: r.target,
    payload: r.payload,
    state: r.state === 'dead' ? 'dead' : 'pending',
    attempts: r.attempts,
    nextAt: Number(r.next_at),
    lastError: r.last_error,
  };
}

/** A schema name safe to splice into SQL (letters, digits, underscore). */
function safeIdent(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const ok = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
    if (!ok) throw new Error(`bad schema name: ${JSON.stringify(s)}`);
  }
  if (s.length === 0 || s.length > 63) throw new Error('bad schema name');
  return s;
}

export class PostgresStore implements Store {
  readonly backend = 'postgres' as const;
  private constructor(private readonly pool: pg.Pool) {}

  static async open(url: string, schema = 'public'): Promise<PostgresStore> {
    const s = safeIdent(schema);
    // Every connection of the pool works in the schema (a startup option, so no query races it).
    const pool = new pg.Pool({ connectionString: url, max: 4, options: `-c search_path=${s}` });
    // An idle client that loses its server must not crash the process.
    pool.on('error', () => undefined);
    const store = new PostgresStore(pool);
    try {
      await pool.query(`CREATE SCHEMA IF NOT EXISTS "${s}"`);
      await store.migrate(s);
    } catch (err) {
      await pool.end();
      throw err;
    }
    return store;
  }

  private async migrate(schema: string): Promise<void> {
    const c = await this.pool.connect();
    try {
      await c.query(`SET search_path TO "${schema}"`);
      await c.query('BEGIN');
      // One migrator at a time (two servers starting on one database).
      await c.query('SELECT pg_advisory_xact_lock(7514)');
      await c.query('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)');
      const done = new Set((await c.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map((r) => r.version));
      for (const m of MIGRATIONS) {
        if (done.has(m.version)) continue;
        for (const sql of m.postgres) await c.query(sql);
        await c.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [m.version, m.name, Date.now()]);
      }
      await c.query('COMMIT');
    } catch (err) {
      await c.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      c.release();
    }
  }

  async commit(b: CommitBatch): Promise<void> {
    const c = await this.pool.connect();
    try {
      await c.query('BEGIN');
      if (b.lines.length) {
        const cols: [number[], number[], string[], string[], (string | null)[], string[]] = [[], [], [], [], [], []];
        for (const l of b.lines) {
          cols[0].push(l.id);
          cols[1].push(l.receivedAt);
          cols[2].push(l.source);
          cols[3].push(l.transport);
          cols[4].push(l.host);
          cols[5].push(l.text);
        }
        await c.query(
          `INSERT INTO lines (id, received_at, source, transport, host, text)
           SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::text[], $4::text[], $5::text[], $6::text[])`,
          cols,
        );
      }
      if (b.links.length)
        await c.query(
          `INSERT INTO line_tunnels (tunnel_id, line_id) SELECT * FROM unnest($1::text[], $2::bigint[]) ON CONFLICT DO NOTHING`,
          [b.links.map((k) => k.tunnelId), b.links.map((k) => k.lineId)],
        );
      if (b.analyzedUpTo !== undefined)
        await c.query(`INSERT INTO kv (key, value) VALUES ('analyzed_upto', $1) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`, [
          String(b.analyzedUpTo),
        ]);
      for (const { t, withReport } of b.tunnels) {
        const e = encodeTunnel(t, withReport);
        await c.query(
          `INSERT INTO tunnels (id, key, state, report, updated_at) VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (id) DO UPDATE SET key = EXCLUDED.key, state = EXCLUDED.state,
             report = COALESCE(EXCLUDED.report, tunnels.report), updated_at = EXCLUDED.updated_at`,
          [t.row.id, t.key, e.state, e.report, Date.now()],
        );
      }
      for (const x of b.transitions)
        await c.query('INSERT INTO transitions (tunnel_id, at, kind, from_state, to_state, verdict) VALUES ($1, $2, $3, $4, $5, $6)', [
          x.tunnelId,
          x.at,
          x.kind,
          x.from,
          x.to,
          x.verdict,
        ]);
      for (const o of b.outbox)
        await c.query("INSERT INTO outbox (created_at, target, payload, state, attempts, next_at) VALUES ($1, $2, $3, 'pending', 0, $1)", [
          o.createdAt,
          o.target,
          o.payload,
        ]);
      for (const x of b.counters)
        await c.query(
          `INSERT INTO source_counters (source, transport, received, parsed, unrecognized, dropped, last_at) VALUES ($1, $2, $3, $4, $5, $6, $7)
           ON CONFLICT (source) DO UPDATE SET transport = EXCLUDED.transport, received = EXCLUDED.received, parsed = EXCLUDED.parsed,
             unrecognized = EXCLUDED.unrecognized, dropped = EXCLUDED.dropped, last_at = EXCLUDED.last_at`,
          [x.source, x.transport, x.received, x.parsed, x.unrecognized, x.dropped, x.lastAt],
        );
      for (const f of b.offsets)
        await c.query(
          `INSERT INTO file_offsets (path, identity, "offset") VALUES ($1, $2, $3)
           ON CONFLICT (path) DO UPDATE SET identity = EXCLUDED.identity, "offset" = EXCLUDED."offset"`,
          [f.path, f.identity, f.offset],
        );
      await c.query('COMMIT');
    } catch (err) {
      await c.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      c.release();
    }
  }

  async maxLineId(): Promise<number> {
    const r = await this.pool.query<{ m: number | null }>('SELECT MAX(id) AS m FROM lines');
    return Number(r.rows[0]?.m ?? 0);
  }

  async analyzedUpTo(): Promise<number> {
    const r = await this.pool.query<{ value: string }>("SELECT value FROM kv WHERE key = 'analyzed_upto'");
    return r.rows[0] ? Number(r.rows[0].value) : 0;
  }

  async countLines(): Promise<number> {
    const r = await this.pool.query<{ n: number }>('SELECT COUNT(*)::bigint AS n FROM lines');
    return Number(r.rows[0]?.n ?? 0);
  }

  async loadTunnels(): Promise<StoredTunnel[]> {
    const r = await this.pool.query<{ key: string; state: string; report: string | null }>('SELECT key, state, report FROM tunnels ORDER BY id');
    return r.rows.map((x) => decodeTunnel(x.key, x.state, x.report));
  }

  async history(tunnelId: string, limit: number): Promise<Transition[]> {
    const r = await this.pool.query<{ id: number; tunnel_id: string; at: number; kind: string; from_state: string | null; to_state: string; verdict: string | null }>(
      'SELECT id, tunnel_id, at, kind, from_state, to_state, verdict FROM transitions WHERE tunnel_id = $1 ORDER BY id DESC LIMIT $2',
      [tunnelId, limit],
    );
    return r.rows.map((x) => ({
      id: Number(x.id),
      tunnelId: x.tunnel_id,
      at: Number(x.at),
      kind: x.kind as Transition['kind'],
      from: x.from_state,
      to: x.to_state,
      verdict: x.verdict,
    }));
  }

  async transitionCounts(): Promise<{ kind: string; verdict: string | null; n: number }[]> {
    const r = await this.pool.query<{ kind: string; verdict: string | null; n: number }>(
      'SELECT kind, verdict, COUNT(*)::bigint AS n FROM transitions GROUP BY kind, verdict',
    );
    return r.rows.map((x) => ({ kind: x.kind, verdict: x.verdict, n: Number(x.n) }));
  }

  async linesOf(tunnelId: string, beforeId: number | undefined, limit: number): Promise<LineRow[]> {
    const r = await this.pool.query<LineDb>(
      'SELECT l.* FROM line_tunnels k JOIN lines l ON l.id = k.line_id WHERE k.tunnel_id = $1 AND k.line_id < $2 ORDER BY k.line_id DESC LIMIT $3',
      [
      tunnelId,
        beforeId ?? Number.MAX_SAFE_INTEGER,
        limit,
      ],
    );
    return r.rows.map(lineOf);
  }

  async linesAfter(afterId: number, limit: number): Promise<LineRow[]> {
    const r = await this.pool.query<LineDb>('SELECT * FROM lines WHERE id > $1 ORDER BY id LIMIT $2', [afterId, limit]);
    return r.rows.map(lineOf);
  }

  async replayStart(n: number, upTo: number): Promise<number> {
    if (n <= 0) return upTo;
    const r = await this.pool.query<{ id: number }>('SELECT id FROM lines WHERE id <= $1 ORDER BY id DESC LIMIT 1 OFFSET $2', [upTo, n - 1]);
    const first = r.rows[0];
    return first ? Number(first.id) - 1 : 0;
  }

  async loadCounters(): Promise<SourceCounters[]> {
    const r = await this.pool.query<{
      source: string;
      transport: string;
      received: number;
      parsed: number;
      unrecognized: number;
      dropped: number;
      last_at: number;
    }>('SELECT * FROM source_counters');
    return r.rows.map((x) => ({
      source: x.source,
      transport: x.transport as Transport,
      received: Number(x.received),
      parsed: Number(x.parsed),
      unrecognized: Number(x.unrecognized),
      dropped: Number(x.dropped),
      lastAt: Number(x.last_at),
    }));
  }

  async loadOffsets(): Promise<FileOffset[]> {
    const r = await this.pool.query<{ path: string; identity: string; offset: number }>('SELECT path, identity, "offset" FROM file_offsets');
    return r.rows.map((x) => ({ path: x.path, identity: x.identity, offset: Number(x.offset) }));
  }

  async outboxDue(now: number, limit: number): Promise<OutboxItem[]> {
    const r = await this.pool.query<OutboxDb>("SELECT * FROM outbox WHERE state = 'pending' AND next_at <= $1 ORDER BY id LIMIT $2", [now, limit]);
    return r.rows.map(outboxOf);
  }

  async outboxDone(id: number): Promise<void> {
    await this.pool.query('DELETE FROM outbox WHERE id = $1', [id]);
  }

  async outboxRetry(id: number, attempts: number, nextAt: number, error: string): Promise<void> {
    await this.pool.query('UPDATE outbox SET attempts = $1, next_at = $2, last_error = $3 WHERE id = $4', [attempts, nextAt, error, id]);
  }

  async outboxDead(id: number, attempts: number, error: string): Promise<void> {
    await this.pool.query("UPDATE outbox SET state = 'dead', attempts = $1, last_error = $2 WHERE id = $3", [attempts, error, id]);
  }

  async deadLetters(limit: number): Promise<OutboxItem[]> {
    const r = await this.pool.query<OutboxDb>("SELECT * FROM outbox WHERE state = 'dead' ORDER BY id DESC LIMIT $1", [limit]);
    return r.rows.map(outboxOf);
  }

  async requeue(id: number, now: number): Promise<boolean> {
    const r = await this.pool.query("UPDATE outbox SET state = 'pending', attempts = 0, next_at = $1 WHERE id = $2 AND state = 'dead'", [now, id]);
    return (r.rowCount ?? 0) > 0;
  }

  async tokens(): Promise<TokenRecord[]> {
    const r = await this.pool.query<{ id: string; hash: string; salt: string; read_only: boolean; label: string; created_at: number }>(
      'SELECT * FROM tokens ORDER BY created_at',
    );
    return r.rows.map((x) => ({ id: x.id, hash: x.hash, salt: x.salt, readOnly: x.read_only, label: x.label, createdAt: Number(x.created_at) }));
  }

  async addToken(t: TokenRecord): Promise<void> {
    await this.pool.query('INSERT INTO tokens (id, hash, salt, read_only, label, created_at) VALUES ($1, $2, $3, $4, $5, $6)', [
      t.id,
      t.hash,
      t.salt,
      t.readOnly,
      t.label,
      t.createdAt,
    ]);
  }

  async deleteToken(id: string): Promise<boolean> {
    const r = await this.pool.query('DELETE FROM tokens WHERE id = $1', [id]);
    return (r.rowCount ?? 0) > 0;
  }

  async prune(before: number, limit: number): Promise<number> {
    const c = await this.pool.connect();
    try {
      await c.query('BEGIN');
      const m = await c.query<{ m: number | null }>('SELECT MAX(id) AS m FROM (SELECT id FROM lines WHERE received_at < $1 ORDER BY id LIMIT $2) x', [before, limit]);
      const last = m.rows[0]?.m;
      let n = 0;
      if (last !== null && last !== undefined) {
        await c.query('DELETE FROM line_tunnels WHERE line_id <= $1', [last]);
        n = (await c.query('DELETE FROM lines WHERE id <= $1', [last])).rowCount ?? 0;
      }
      await c.query('COMMIT');
      return n;
    } catch (err) {
      await c.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      c.release();
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
