// Opens the store the options ask for: PostgreSQL with `--db postgres://...`, else SQLite in
// the data directory.
import { PostgresStore } from './postgres.js';
import { SqliteStore } from './sqlite.js';
import type { Store } from './types.js';

export interface StoreOptions {
  data: string;
  db?: string;
  dbSchema?: string;
  sync?: 'normal' | 'full';
}

export async function openStore(o: StoreOptions): Promise<Store> {
  if (o.db) return PostgresStore.open(o.db, o.dbSchema ?? 'public');
  return SqliteStore.open(o.data, o.sync ?? 'normal');
}

export type { Store } from './types.js';
