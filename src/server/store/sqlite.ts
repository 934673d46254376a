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
import { migrate } from './migrations.js';
import { SqlStore, type Driver } from './sql-store.js';

export const SQLITE_FILE = 'ikescope.sqlite';

/** better-sqlite3 binds numbers, strings, bigints, buffers and null; a boolean is stored as 0/1. */
function bind(params: readonly unknown[]): unknown[] {
  return params.map((p) => (typeof p === 'boolean' ? (p ? 1 : 0) : p));
}

/**
 * better-sqlite3 is synchronous and has one connection, so a transaction whose body awaits must
 * keep other callers out until it ends: statements outside a transaction, and other
 * transactions, wait for the open one; statements on `tx` run at once.
 */
class SqliteDriver implements Driver {
  private readonly statements = new Map<string, Database.Statement>();
  private busy: Promise<void> | undefined;
  private readonly tx: Driver;

  constructor(private readonly db: Database.Database) {
    const now = <T>(fn: () => T): Promise<T> => {
      try {
        return Promise.resolve(fn());
      } catch (err) {
        return Promise.reject(err instanceof Error ? err : new Error(String(err)));
      }
    };
    this.tx = {
      run: (sql, params = []) => now(() => this.prepare(sql).run(...bind(params)).changes),
      get: <T>(sql: string, params: readonly unknown[] = []) =>
        now(() => this.prepare(sql).get(...bind(params)) as T | undefined),
      all: <T>(sql: string, params: readonly unknown[] = []) =>
        now(() => this.prepare(sql).all(...bind(params)) as T[]),
      transaction: () => Promise.reject(new Error('nested transaction')),
    };
  }

  private prepare(sql: string): Database.Statement {
    let st = this.statements.get(sql);
    if (!st) {
      st = this.db.prepare(sql);
      this.statements.set(sql, st);
    }
    return st;
  }

  // Each method waits in its own loop (not in a shared async helper): the statement must run in
  // the same turn that saw no transaction open, or another caller could open one in between.

  async close(): Promise<void> {
    while (this.busy) await this.busy;
    if (this.db.open) this.db.close();
  }

  async run(sql: string, params?: readonly unknown[]): Promise<number> {
    while (this.busy) await this.busy;
    return this.tx.run(sql, params);
  }

  async get<T>(sql: string, params?: readonly unknown[]): Promise<T | undefined> {
    while (this.busy) await this.busy;
    return this.tx.get<T>(sql, params);
  }

  async all<T>(sql: string, params?: readonly unknown[]): Promise<T[]> {
    while (this.busy) await this.busy;
    return this.tx.all<T>(sql, params);
  }

  async transaction<T>(fn: (tx: Driver) => Promise<T>): Promise<T> {
    while (this.busy) await this.busy;
    let release = (): void => undefined;
    this.busy = new Promise<void>((r) => (release = r));
    try {
      this.db.exec('BEGIN');
      const r = await fn(this.tx);
      this.db.exec('COMMIT');
      return r;
    } catch (err) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      throw err;
    } finally {
      this.busy = undefined;
      release();
    }
  }
}

export class SqliteStore extends SqlStore {
  private constructor(private readonly driver: SqliteDriver) {
    super('sqlite', driver);
  }

  static async open(dir: string, sync: 'normal' | 'full' = 'normal'): Promise<SqliteStore> {
    mkdirSync(dir, { recursive: true });
    const db = new Database(join(dir, SQLITE_FILE));
    try {
      db.pragma('journal_mode = WAL');
      db.pragma(`synchronous = ${sync === 'full' ? 'FULL' : 'NORMAL'}`);
      db.pragma('busy_timeout = 5000');
      const driver = new SqliteDriver(db);
      await driver.transaction((tx) => migrate(tx, 'sqlite'));
      return new SqliteStore(driver);
    } catch (err) {
      db.close();
      throw err;
    }
  }

  close(): Promise<void> {
    return this.driver.close();
  }
}
