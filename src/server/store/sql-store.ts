// The Store written once over a tiny driver, for both backends. The SQL here is common to SQLite
// and PostgreSQL (upserts with ON CONFLICT ... excluded, no vendor functions) and uses `?`
// placeholders; the PostgreSQL driver numbers them ($1, $2 ...). What differs between the backends
// (connection, transactions, parameter and column types, bulk inserts) lives in sqlite.ts and
// postgres.ts.
import { countersOf, decodeTunnel, encodeTunnel, lineOf, outboxOf, tokenOf, transitionOf } from './codec.js';
import type { CountersDb, LineDb, OutboxDb, TokenDb, TransitionDb } from './codec.js';
import type { Backend } from './migrations.js';
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
} from './types.js';

/** One connection (or pool) as the store uses it. Statements take `?` placeholders. */
export interface Driver {
  /** Runs a statement; resolves to the number of rows it changed. */
  run(sql: string, params?: readonly unknown[]): Promise<number>;
  get<T>(sql: string, params?: readonly unknown[]): Promise<T | undefined>;
  all<T>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** Runs `fn` in one transaction on `tx`: committed when it resolves, rolled back when it rejects. */
  transaction<T>(fn: (tx: Driver) => Promise<T>): Promise<T>;
}

export abstract class SqlStore implements Store {
  protected constructor(
    readonly backend: Backend,
    protected readonly db: Driver,
  ) {}

  abstract close(): Promise<void>;

  /** The lines of a batch, one statement each; a backend may send them in bulk instead. */
  protected async insertLines(tx: Driver, lines: readonly LineRow[]): Promise<void> {
    for (const l of lines)
      await tx.run(
        'INSERT INTO lines (id, received_at, source, transport, host, text) VALUES (?, ?, ?, ?, ?, ?)',
        [l.id, l.receivedAt, l.source, l.transport, l.host, l.text],
      );
  }

  /** Line-to-tunnel links; a link already stored is kept. */
  protected async insertLinks(tx: Driver, links: CommitBatch['links']): Promise<void> {
    for (const k of links)
      await tx.run('INSERT INTO line_tunnels (tunnel_id, line_id) VALUES (?, ?) ON CONFLICT DO NOTHING', [
        k.tunnelId,
        k.lineId,
      ]);
  }

  commit(b: CommitBatch): Promise<void> {
    return this.db.transaction(async (tx) => {
      if (b.lines.length) await this.insertLines(tx, b.lines);
      if (b.links.length) await this.insertLinks(tx, b.links);
      if (b.analyzedUpTo !== undefined)
        await tx.run(
          "INSERT INTO kv (key, value) VALUES ('analyzed_upto', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
          [String(b.analyzedUpTo)],
        );
      for (const { t, withReport } of b.tunnels) {
        const e = encodeTunnel(t, withReport);
        // A state written without its report keeps the report stored before.
        await tx.run(
          `INSERT INTO tunnels (id, key, state, report, updated_at) VALUES (?, ?, ?, ?, ?)
           ON CONFLICT (id) DO UPDATE SET key = excluded.key, state = excluded.state,
             report = COALESCE(excluded.report, tunnels.report), updated_at = excluded.updated_at`,
          [t.row.id, t.key, e.state, e.report, Date.now()],
        );
      }
      for (const x of b.transitions)
        await tx.run(
          'INSERT INTO transitions (tunnel_id, at, kind, from_state, to_state, verdict) VALUES (?, ?, ?, ?, ?, ?)',
          [x.tunnelId, x.at, x.kind, x.from, x.to, x.verdict],
        );
      for (const o of b.outbox)
        await tx.run(
          "INSERT INTO outbox (created_at, target, payload, state, attempts, next_at) VALUES (?, ?, ?, 'pending', 0, ?)",
          [o.createdAt, o.target, o.payload, o.createdAt],
        );
      for (const x of b.counters)
        await tx.run(
          `INSERT INTO source_counters (source, transport, received, parsed, unrecognized, dropped, last_at) VALUES (?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT (source) DO UPDATE SET transport = excluded.transport, received = excluded.received, parsed = excluded.parsed,
             unrecognized = excluded.unrecognized, dropped = excluded.dropped, last_at = excluded.last_at`,
          [x.source, x.transport, x.received, x.parsed, x.unrecognized, x.dropped, x.lastAt],
        );
      for (const f of b.offsets)
        await tx.run(
          `INSERT INTO file_offsets (path, identity, "offset") VALUES (?, ?, ?)
           ON CONFLICT (path) DO UPDATE SET identity = excluded.identity, "offset" = excluded."offset"`,
          [f.path, f.identity, f.offset],
        );
    });
  }

  async maxLineId(): Promise<number> {
    const r = await this.db.get<{ m: number | null }>('SELECT MAX(id) AS m FROM lines');
    return Number(r?.m ?? 0);
  }

  async analyzedUpTo(): Promise<number> {
    const r = await this.db.get<{ value: string }>("SELECT value FROM kv WHERE key = 'analyzed_upto'");
    return r ? Number(r.value) : 0;
  }

  async countLines(): Promise<number> {
    const r = await this.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM lines');
    return Number(r?.n ?? 0);
  }

  async loadTunnels(): Promise<StoredTunnel[]> {
    const rows = await this.db.all<{ key: string; state: string; report: string | null }>(
      'SELECT key, state, report FROM tunnels ORDER BY id',
    );
    return rows.map((r) => decodeTunnel(r.key, r.state, r.report));
  }

  async history(tunnelId: string, limit: number): Promise<Transition[]> {
    const rows = await this.db.all<TransitionDb>(
      'SELECT id, tunnel_id, at, kind, from_state, to_state, verdict FROM transitions WHERE tunnel_id = ? ORDER BY id DESC LIMIT ?',
      [tunnelId, limit],
    );
    return rows.map(transitionOf);
  }

  async transitionCounts(): Promise<{ kind: string; verdict: string | null; n: number }[]> {
    const rows = await this.db.all<{ kind: string; verdict: string | null; n: number }>(
      'SELECT kind, verdict, COUNT(*) AS n FROM transitions GROUP BY kind, verdict',
    );
    return rows.map((r) => ({ kind: r.kind, verdict: r.verdict, n: Number(r.n) }));
  }

  async linesOf(tunnelId: string, beforeId: number | undefined, limit: number): Promise<LineRow[]> {
    const rows = await this.db.all<LineDb>(
      'SELECT l.* FROM line_tunnels k JOIN lines l ON l.id = k.line_id WHERE k.tunnel_id = ? AND k.line_id < ? ORDER BY k.line_id DESC LIMIT ?',
      [tunnelId, beforeId ?? Number.MAX_SAFE_INTEGER, limit],
    );
    return rows.map(lineOf);
  }

  async linesAfter(afterId: number, limit: number): Promise<LineRow[]> {
    return (
      await this.db.all<LineDb>('SELECT * FROM lines WHERE id > ? ORDER BY id LIMIT ?', [afterId, limit])
    ).map(lineOf);
  }

  async replayStart(n: number, upTo: number): Promise<number> {
    if (n <= 0) return upTo;
    const r = await this.db.get<{ id: number }>(
      'SELECT id FROM lines WHERE id <= ? ORDER BY id DESC LIMIT 1 OFFSET ?',
      [upTo, n - 1],
    );
    return r ? Number(r.id) - 1 : 0;
  }

  async loadCounters(): Promise<SourceCounters[]> {
    return (await this.db.all<CountersDb>('SELECT * FROM source_counters')).map(countersOf);
  }

  async loadOffsets(): Promise<FileOffset[]> {
    const rows = await this.db.all<FileOffset>(
      'SELECT path, identity, "offset" AS "offset" FROM file_offsets',
    );
    return rows.map((r) => ({ path: r.path, identity: r.identity, offset: Number(r.offset) }));
  }

  // Outbox: 'pending' until delivered (deleted), retried with a later next_at, or 'dead' after
  // the last attempt; a dead letter can be put back as pending.

  async outboxDue(now: number, limit: number): Promise<OutboxItem[]> {
    return (
      await this.db.all<OutboxDb>(
        "SELECT * FROM outbox WHERE state = 'pending' AND next_at <= ? ORDER BY id LIMIT ?",
        [now, limit],
      )
    ).map(outboxOf);
  }

  async outboxDone(id: number): Promise<void> {
    await this.db.run('DELETE FROM outbox WHERE id = ?', [id]);
  }

  async outboxRetry(id: number, attempts: number, nextAt: number, error: string): Promise<void> {
    await this.db.run('UPDATE outbox SET attempts = ?, next_at = ?, last_error = ? WHERE id = ?', [
      attempts,
      nextAt,
      error,
      id,
    ]);
  }

  async outboxDead(id: number, attempts: number, error: string): Promise<void> {
    await this.db.run("UPDATE outbox SET state = 'dead', attempts = ?, last_error = ? WHERE id = ?", [
      attempts,
      error,
      id,
    ]);
  }

  async deadLetters(limit: number): Promise<OutboxItem[]> {
    return (
      await this.db.all<OutboxDb>("SELECT * FROM outbox WHERE state = 'dead' ORDER BY id DESC LIMIT ?", [
        limit,
      ])
    ).map(outboxOf);
  }

  async requeue(id: number, now: number): Promise<boolean> {
    return (
      (await this.db.run(
        "UPDATE outbox SET state = 'pending', attempts = 0, next_at = ? WHERE id = ? AND state = 'dead'",
        [now, id],
      )) > 0
    );
  }

  async tokens(): Promise<TokenRecord[]> {
    return (await this.db.all<TokenDb>('SELECT * FROM tokens ORDER BY created_at')).map(tokenOf);
  }

  async addToken(t: TokenRecord): Promise<void> {
    await this.db.run(
      'INSERT INTO tokens (id, hash, salt, read_only, label, created_at) VALUES (?, ?, ?, ?, ?, ?)',
      [t.id, t.hash, t.salt, t.readOnly, t.label, t.createdAt],
    );
  }

  async deleteToken(id: string): Promise<boolean> {
    return (await this.db.run('DELETE FROM tokens WHERE id = ?', [id])) > 0;
  }

  prune(before: number, limit: number): Promise<number> {
    return this.db.transaction(async (tx) => {
      // The newest of the `limit` oldest lines received before `before`; everything up to it goes.
      const r = await tx.get<{ m: number | null }>(
        'SELECT MAX(id) AS m FROM (SELECT id FROM lines WHERE received_at < ? ORDER BY id LIMIT ?) x',
        [before, limit],
      );
      const last = r?.m;
      if (last === null || last === undefined) return 0;
      await tx.run('DELETE FROM line_tunnels WHERE line_id <= ?', [last]);
      return tx.run('DELETE FROM lines WHERE id <= ?', [last]);
    });
  }
}
