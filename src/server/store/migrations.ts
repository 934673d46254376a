// Numbered schema migrations, one list for both backends. The schema is written once; the few
// column types that differ (64-bit integers, auto-increment keys, booleans, SQLite's WITHOUT
// ROWID) come from `COLUMN_TYPES`. Applied versions are recorded in `schema_migrations`; a
// migration never changes once shipped (store.test.ts pins the SQL of each): a schema change is a
// new entry at the end.
import type { Driver } from './sql-store.js';

export type Backend = 'sqlite' | 'postgres';

interface ColumnTypes {
  /** A 64-bit integer: epoch ms, line ids, counts. SQLite's INTEGER is 64-bit (and `INTEGER PRIMARY KEY` aliases the rowid). */
  int64: string;
  /** An id the database assigns in increasing order. */
  serialKey: string;
  bool: string;
  /** Table option for a table that is its primary key (SQLite only). */
  clustered: string;
}

const COLUMN_TYPES: Record<Backend, ColumnTypes> = {
  sqlite: {
    int64: 'INTEGER',
    serialKey: 'INTEGER PRIMARY KEY AUTOINCREMENT',
    bool: 'INTEGER',
    clustered: ' WITHOUT ROWID',
  },
  postgres: { int64: 'BIGINT', serialKey: 'BIGSERIAL PRIMARY KEY', bool: 'BOOLEAN', clustered: '' },
};

export interface Migration {
  version: number;
  name: string;
  sqlite: readonly string[];
  postgres: readonly string[];
}

interface MigrationSource {
  version: number;
  name: string;
  up: (t: ColumnTypes) => readonly string[];
}

const SOURCES: readonly MigrationSource[] = [
  {
    version: 1,
    name: 'initial',
    up: (t) => [
      `CREATE TABLE lines (
        id ${t.int64} PRIMARY KEY,
        received_at ${t.int64} NOT NULL,
        source TEXT NOT NULL,
        transport TEXT NOT NULL,
        host TEXT,
        text TEXT NOT NULL
      )`,
      `CREATE TABLE line_tunnels (
        tunnel_id TEXT NOT NULL,
        line_id ${t.int64} NOT NULL,
        PRIMARY KEY (tunnel_id, line_id)
      )${t.clustered}`,
      `CREATE TABLE kv (key TEXT PRIMARY KEY, value TEXT NOT NULL)`,
      `CREATE INDEX lines_received ON lines (received_at)`,
      `CREATE TABLE tunnels (
        id TEXT PRIMARY KEY,
        key TEXT NOT NULL,
        state TEXT NOT NULL,
        report TEXT,
        updated_at ${t.int64} NOT NULL
      )`,
      `CREATE TABLE transitions (
        id ${t.serialKey},
        tunnel_id TEXT NOT NULL,
        at ${t.int64} NOT NULL,
        kind TEXT NOT NULL,
        from_state TEXT,
        to_state TEXT NOT NULL,
        verdict TEXT
      )`,
      `CREATE INDEX transitions_tunnel ON transitions (tunnel_id, id)`,
      `CREATE TABLE outbox (
        id ${t.serialKey},
        created_at ${t.int64} NOT NULL,
        target TEXT NOT NULL,
        payload TEXT NOT NULL,
        state TEXT NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        next_at ${t.int64} NOT NULL,
        last_error TEXT
      )`,
      `CREATE INDEX outbox_due ON outbox (state, next_at)`,
      `CREATE TABLE tokens (
        id TEXT PRIMARY KEY,
        hash TEXT NOT NULL,
        salt TEXT NOT NULL,
        read_only ${t.bool} NOT NULL,
        label TEXT NOT NULL,
        created_at ${t.int64} NOT NULL
      )`,
      `CREATE TABLE source_counters (
        source TEXT PRIMARY KEY,
        transport TEXT NOT NULL,
        received ${t.int64} NOT NULL,
        parsed ${t.int64} NOT NULL,
        unrecognized ${t.int64} NOT NULL,
        dropped ${t.int64} NOT NULL,
        last_at ${t.int64} NOT NULL
      )`,
      `CREATE TABLE file_offsets (
        path TEXT PRIMARY KEY,
        identity TEXT NOT NULL,
        "offset" ${t.int64} NOT NULL
      )`,
    ],
  },
];

export const MIGRATIONS: readonly Migration[] = SOURCES.map((m) => ({
  version: m.version,
  name: m.name,
  sqlite: m.up(COLUMN_TYPES.sqlite),
  postgres: m.up(COLUMN_TYPES.postgres),
}));

/** Applies the migrations not yet recorded, inside the caller's transaction `tx`. */
export async function migrate(tx: Driver, backend: Backend): Promise<void> {
  const t = COLUMN_TYPES[backend];
  await tx.run(
    `CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at ${t.int64} NOT NULL)`,
  );
  const done = new Set(
    (await tx.all<{ version: number }>('SELECT version FROM schema_migrations')).map((r) =>
      Number(r.version),
    ),
  );
  for (const m of MIGRATIONS) {
    if (done.has(m.version)) continue;
    for (const sql of m[backend]) await tx.run(sql);
    await tx.run('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', [
      m.version,
      m.name,
      Date.now(),
    ]);
  }
}
