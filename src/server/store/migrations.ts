// Numbered schema migrations, one list for both backends (the SQL differs only in types).
// Applied versions are recorded in `schema_migrations`; a migration never changes once shipped:
// a schema change is a new entry at the end.
export interface Migration {
  version: number;
  name: string;
  sqlite: readonly string[];
  postgres: readonly string[];
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'initial',
    sqlite: [
      `CREATE TABLE lines (
        id INTEGER PRIMARY KEY,
        received_at INTEGER NOT NULL,
        source TEXT NOT NULL,
        transport TEXT NOT NULL,
        host TEXT,
        text TEXT NOT NULL
      )`,
      `CREATE TABLE line_tunnels (
        tunnel_id TEXT NOT NULL,
        line_id INTEGER NOT NULL,
        PRIMARY KEY (tunnel_id, line_id)
      ) WITHOUT ROWID`,
      `CREATE TABLE kv (key TEXT PRIMARY KEY, value TEXT NOT NULL)`,
      `CREATE INDEX lines_received ON lines (received_at)`,
      `CREATE TABLE tunnels (
        id TEXT PRIMARY KEY,
        key TEXT NOT NULL,
        state TEXT NOT NULL,
        report TEXT,
        updated_at INTEGER NOT NULL
      )`,
      `CREATE TABLE transitions (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        tunnel_id TEXT NOT NULL,
        at INTEGER NOT NULL,
        kind TEXT NOT NULL,
        from_state TEXT,
        to_state TEXT NOT NULL,
        verdict TEXT
      )`,
      `CREATE INDEX transitions_tunnel ON transitions (tunnel_id, id)`,
      `CREATE TABLE outbox (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        created_at INTEGER NOT NULL,
        target TEXT NOT NULL,
        payload TEXT NOT NULL,
        state TEXT NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        next_at INTEGER NOT NULL,
        last_error TEXT
      )`,
      `CREATE INDEX outbox_due ON outbox (state, next_at)`,
      `CREATE TABLE tokens (
        id TEXT PRIMARY KEY,
        hash TEXT NOT NULL,
        salt TEXT NOT NULL,
        read_only INTEGER NOT NULL,
        label TEXT NOT NULL,
        created_at INTEGER NOT NULL
      )`,
      `CREATE TABLE source_counters (
        source TEXT PRIMARY KEY,
        transport TEXT NOT NULL,
        received INTEGER NOT NULL,
        parsed INTEGER NOT NULL,
        unrecognized INTEGER NOT NULL,
        dropped INTEGER NOT NULL,
        last_at INTEGER NOT NULL
      )`,
      `CREATE TABLE file_offsets (
        path TEXT PRIMARY KEY,
        identity TEXT NOT NULL,
        "offset" INTEGER NOT NULL
      )`,
    ],
    postgres: [
      `CREATE TABLE lines (
        id BIGINT PRIMARY KEY,
        received_at BIGINT NOT NULL,
        source TEXT NOT NULL,
        transport TEXT NOT NULL,
        host TEXT,
        text TEXT NOT NULL
      )`,
      `CREATE TABLE line_tunnels (
        tunnel_id TEXT NOT NULL,
        line_id BIGINT NOT NULL,
        PRIMARY KEY (tunnel_id, line_id)
      )`,
      `CREATE TABLE kv (key TEXT PRIMARY KEY, value TEXT NOT NULL)`,
      `CREATE INDEX lines_received ON lines (received_at)`,
      `CREATE TABLE tunnels (
        id TEXT PRIMARY KEY,
        key TEXT NOT NULL,
        state TEXT NOT NULL,
        report TEXT,
        updated_at BIGINT NOT NULL
      )`,
      `CREATE TABLE transitions (
        id BIGSERIAL PRIMARY KEY,
        tunnel_id TEXT NOT NULL,
        at BIGINT NOT NULL,
        kind TEXT NOT NULL,
        from_state TEXT,
        to_state TEXT NOT NULL,
        verdict TEXT
      )`,
      `CREATE INDEX transitions_tunnel ON transitions (tunnel_id, id)`,
      `CREATE TABLE outbox (
        id BIGSERIAL PRIMARY KEY,
        created_at BIGINT NOT NULL,
        target TEXT NOT NULL,
        payload TEXT NOT NULL,
        state TEXT NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        next_at BIGINT NOT NULL,
        last_error TEXT
      )`,
      `CREATE INDEX outbox_due ON outbox (state, next_at)`,
      `CREATE TABLE tokens (
        id TEXT PRIMARY KEY,
        hash TEXT NOT NULL,
        salt TEXT NOT NULL,
        read_only BOOLEAN NOT NULL,
        label TEXT NOT NULL,
        created_at BIGINT NOT NULL
      )`,
      `CREATE TABLE source_counters (
        source TEXT PRIMARY KEY,
        transport TEXT NOT NULL,
        received BIGINT NOT NULL,
        parsed BIGINT NOT NULL,
        unrecognized BIGINT NOT NULL,
        dropped BIGINT NOT NULL,
        last_at BIGINT NOT NULL
      )`,
      `CREATE TABLE file_offsets (
        path TEXT PRIMARY KEY,
        identity TEXT NOT NULL,
        "offset" BIGINT NOT NULL
      )`,
    ],
  },
];
