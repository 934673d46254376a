// The second backend: PostgreSQL through `pg`. Same Store (sql-store.ts), same tests as SQLite.
// A batch is one transaction; lines go in with one INSERT ... SELECT FROM unnest(...) so that a
// batch of thousands of lines is one round trip. Durability is PostgreSQL's own
// (synchronous_commit on: a commit returns after the WAL is flushed).
import pg from 'pg';
import { migrate } from './migrations.js';
import { SqlStore, type Driver } from './sql-store.js';
import type { CommitBatch, LineRow } from './types.js';

// BIGINT comes back as a string by default; every BIGINT here is an epoch ms or a count.
pg.types.setTypeParser(20, (v: string) => Number(v));

const numbered = new Map<string, string>();

/** The store's `?` placeholders as PostgreSQL's `$1, $2 ...` (none stands inside a quoted literal). */
function toPg(sql: string): string {
  let out = numbered.get(sql);
  if (out === undefined) {
    let n = 0;
    let quote = '';
    out = '';
    for (const c of sql) {
      if (quote) {
        if (c === quote) quote = '';
      } else if (c === "'" || c === '"') quote = c;
      else if (c === '?') {
        out += `$${++n}`;
        continue;
      }
      out += c;
    }
    numbered.set(sql, out);
  }
  return out;
}

/** A driver over a pool (each statement on any connection) or over one client (a transaction). */
class PgDriver implements Driver {
  constructor(private readonly q: pg.Pool | pg.PoolClient) {}

  async run(sql: string, params: readonly unknown[] = []): Promise<number> {
    return (await this.q.query(toPg(sql), [...params])).rowCount ?? 0;
  }

  async get<T>(sql: string, params: readonly unknown[] = []): Promise<T | undefined> {
    return (await this.all<T>(sql, params))[0];
  }

  async all<T>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
    return (await this.q.query(toPg(sql), [...params])).rows as T[];
  }

  async transaction<T>(fn: (tx: Driver) => Promise<T>): Promise<T> {
    if (!(this.q instanceof pg.Pool)) throw new Error('nested transaction');
    const c = await this.q.connect();
    try {
      await c.query('BEGIN');
      const r = await fn(new PgDriver(c));
      await c.query('COMMIT');
      return r;
    } catch (err) {
      await c.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      c.release();
    }
  }
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

export class PostgresStore extends SqlStore {
  private constructor(private readonly pool: pg.Pool) {
    super('postgres', new PgDriver(pool));
  }

  static async open(url: string, schema = 'public'): Promise<PostgresStore> {
    const s = safeIdent(schema);
    // Every connection of the pool works in the schema (a startup option, so no query races it).
    const pool = new pg.Pool({ connectionString: url, max: 4, options: `-c search_path=${s}` });
    // An idle client that loses its server must not crash the process.
    pool.on('error', () => undefined);
    const store = new PostgresStore(pool);
    try {
      await pool.query(`CREATE SCHEMA IF NOT EXISTS "${s}"`);
      await store.db.transaction(async (tx) => {
        await tx.run(`SET search_path TO "${s}"`);
        // One migrator at a time (two servers starting on one database).
        await tx.run('SELECT pg_advisory_xact_lock(7514)');
        await migrate(tx, 'postgres');
      });
    } catch (err) {
      await pool.end();
      throw err;
    }
    return store;
  }

  protected override async insertLines(tx: Driver, lines: readonly LineRow[]): Promise<void> {
    const cols: [number[], number[], string[], string[], (string | null)[], string[]] = [
      [],
      [],
      [],
      [],
      [],
      [],
    ];
    for (const l of lines) {
      cols[0].push(l.id);
      cols[1].push(l.receivedAt);
      cols[2].push(l.source);
      cols[3].push(l.transport);
      cols[4].push(l.host);
      cols[5].push(l.text);
    }
    await tx.run(
      `INSERT INTO lines (id, received_at, source, transport, host, text)
       SELECT * FROM unnest(?::bigint[], ?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[])`,
      cols,
    );
  }

  protected override async insertLinks(tx: Driver, links: CommitBatch['links']): Promise<void> {
    await tx.run(
      'INSERT INTO line_tunnels (tunnel_id, line_id) SELECT * FROM unnest(?::text[], ?::bigint[]) ON CONFLICT DO NOTHING',
      [links.map((k) => k.tunnelId), links.map((k) => k.lineId)],
    );
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
