// The Store contract, once per backend: SQLite always, PostgreSQL when IKESCOPE_TEST_PG is set or
// a local cluster can be started (../testing/postgres.ts). The server suite covers the store end
// to end; this one calls every method directly, so that a backend's edge (upserts, booleans,
// BIGINT parsing, rollback, pagination bounds) fails here with a readable diff.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { testPostgres, type TestPostgres } from '../testing/postgres.js';
import { openStore, type StoreOptions } from './index.js';
import { MIGRATIONS } from './migrations.js';
import { emptyBatch, type LineRow, type Store, type StoredTunnel } from './types.js';

let pg: TestPostgres | undefined;
let serial = 0;
const dirs: string[] = [];

before(async () => {
  pg = await testPostgres();
});

after(() => {
  pg?.stop();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function options(backend: string): StoreOptions {
  const data = mkdtempSync(join(tmpdir(), 'ikescope-store-'));
  dirs.push(data);
  if (backend === 'postgres' && pg) return { data, db: pg.url, dbSchema: `s_${process.pid}_${++serial}` };
  return { data };
}

function line(id: number, receivedAt = 1000 + id): LineRow {
  return {
    id,
    receivedAt,
    source: 'udp:10.0.0.1',
    transport: 'udp',
    host: id % 2 ? '10.0.0.1' : null,
    text: `line ${id}`,
  };
}

function tunnel(id: string, status: 'up' | 'down', withReport: boolean): StoredTunnel {
  return {
    row: {
      id,
      device: '10.0.0.1',
      peer: '192.0.2.7',
      name: 'to-branch',
      description: null,
      status: status === 'up' ? 'established' : 'down',
      ikeStatus: status,
      childStatus: status,
      lastChange: '2024-05-01T00:00:00.000Z',
      verdict: null,
      attempts: 1,
    },
    key: `origin|conn:${id}`,
    updown: status,
    context: { fvrf: 'blue', peerPort: 4500 },
    flap: { times: [1, 2], flapping: false },
    lastFailure: null,
    report: withReport ? ({ id, marker: status } as unknown as StoredTunnel['report']) : null,
  };
}

void describe('migrations', () => {
  // A shipped migration never changes (a database records only its version); the schema is
  // generated from one definition per backend, so pin what each backend gets.
  void it('are numbered in order and what shipped stays as it shipped', () => {
    assert.deepEqual(
      MIGRATIONS.map((m) => m.version),
      MIGRATIONS.map((_, i) => i + 1),
    );
    const digest = (sql: readonly string[]): string =>
      createHash('sha256').update(sql.join('\n;\n')).digest('hex');
    const pinned: Record<number, { sqlite: string; postgres: string }> = {
      1: {
        sqlite: '58037bbd6cb332f2cc5e7a48432438a9fb2b439e23309038713f304e9fa1ed66',
        postgres: '250028dc07936832d7f379e9984a03de0dd95dfa7caaa6b3526c7f6de0b84298',
      },
    };
    for (const m of MIGRATIONS) {
      const pin = pinned[m.version];
      if (!pin) continue;
      assert.equal(digest(m.sqlite), pin.sqlite, `migration ${m.version} (sqlite) changed`);
      assert.equal(digest(m.postgres), pin.postgres, `migration ${m.version} (postgres) changed`);
    }
  });
});

for (const backend of ['sqlite', 'postgres']) {
  void describe(`store (${backend})`, { timeout: 120_000 }, () => {
    const skip = (): boolean => backend === 'postgres' && !pg;

    async function withStore(o: StoreOptions, fn: (s: Store) => Promise<void>): Promise<void> {
      const s = await openStore(o);
      try {
        await fn(s);
      } finally {
        await s.close();
      }
    }

    void it('commits a batch and reads every part of it back', async (t) => {
      if (skip()) return t.skip('no PostgreSQL');
      const o = options(backend);
      await withStore(o, async (s) => {
        assert.equal(s.backend, backend);
        assert.equal(await s.maxLineId(), 0);
        assert.equal(await s.analyzedUpTo(), 0);
        assert.equal(await s.countLines(), 0);
        const b = emptyBatch();
        for (let i = 1; i <= 10; i++) b.lines.push(line(i));
        b.links.push(...[2, 4, 6, 8].map((lineId) => ({ tunnelId: 'A', lineId })), {
          tunnelId: 'A',
          lineId: 2,
        });
        b.analyzedUpTo = 10;
        b.tunnels.push({ t: tunnel('A', 'up', true), withReport: true });
        b.transitions.push(
          { tunnelId: 'A', at: 5, kind: 'up', from: null, to: 'up', verdict: null },
          { tunnelId: 'A', at: 6, kind: 'failure', from: 'up', to: 'down', verdict: 'PSK_MISMATCH' },
          { tunnelId: 'A', at: 7, kind: 'failure', from: 'down', to: 'down', verdict: 'PSK_MISMATCH' },
        );
        b.counters.push({
          source: 'udp:10.0.0.1',
          transport: 'udp',
          received: 10,
          parsed: 8,
          unrecognized: 2,
          dropped: 0,
          lastAt: 1_700_000_000_000,
        });
        b.offsets.push({ path: '/var/log/charon.log', identity: '1:2', offset: 5_000_000_000 });
        await s.commit(b);

        assert.equal(await s.maxLineId(), 10);
        assert.equal(await s.analyzedUpTo(), 10);
        assert.equal(await s.countLines(), 10);
        assert.deepEqual(await s.linesAfter(8, 100), [line(9), line(10)]);
        assert.deepEqual(await s.linesAfter(0, 2), [line(1), line(2)]);
        assert.deepEqual(await s.linesOf('A', undefined, 3), [line(8), line(6), line(4)]);
        assert.deepEqual(await s.linesOf('A', 4, 10), [line(2)]);
        assert.deepEqual(await s.linesOf('B', undefined, 10), []);
        assert.equal(await s.replayStart(3, 10), 7);
        assert.equal(await s.replayStart(0, 10), 10);
        assert.equal(await s.replayStart(50, 10), 0);

        const [a] = await s.loadTunnels();
        assert.deepEqual(a, tunnel('A', 'up', true));
        const h = await s.history('A', 2);
        assert.deepEqual(
          h.map(({ id: _id, ...x }) => x),
          [
            { tunnelId: 'A', at: 7, kind: 'failure', from: 'down', to: 'down', verdict: 'PSK_MISMATCH' },
            { tunnelId: 'A', at: 6, kind: 'failure', from: 'up', to: 'down', verdict: 'PSK_MISMATCH' },
          ],
        );
        assert.ok(h.every((x) => typeof x.id === 'number'));
        const counts = (await s.transitionCounts()).sort((x, y) => x.kind.localeCompare(y.kind));
        assert.deepEqual(counts, [
          { kind: 'failure', verdict: 'PSK_MISMATCH', n: 2 },
          { kind: 'up', verdict: null, n: 1 },
        ]);
        assert.deepEqual(await s.loadCounters(), b.counters);
        assert.deepEqual(await s.loadOffsets(), b.offsets);

        // Upserts: a later state replaces the earlier one; a state without report keeps the stored report.
        const next = emptyBatch();
        next.tunnels.push({ t: tunnel('A', 'down', false), withReport: false });
        next.counters.push({
          source: 'udp:10.0.0.1',
          transport: 'udp',
          received: 11,
          parsed: 9,
          unrecognized: 2,
          dropped: 1,
          lastAt: 1_700_000_000_001,
        });
        next.offsets.push({ path: '/var/log/charon.log', identity: '1:3', offset: 7 });
        next.analyzedUpTo = 9;
        await s.commit(next);
        const [a2] = await s.loadTunnels();
        assert.deepEqual(a2, { ...tunnel('A', 'down', false), report: tunnel('A', 'up', true).report });
        assert.deepEqual(await s.loadCounters(), next.counters);
        assert.deepEqual(await s.loadOffsets(), next.offsets);
        assert.equal(await s.analyzedUpTo(), 9);
      });
      // Reopening migrates nothing again and finds everything.
      await withStore(o, async (s) => {
        assert.equal(await s.countLines(), 10);
        assert.equal((await s.loadTunnels()).length, 1);
      });
    });

    void it('a failing batch leaves nothing behind and the store goes on', async (t) => {
      if (skip()) return t.skip('no PostgreSQL');
      await withStore(options(backend), async (s) => {
        const b = emptyBatch();
        b.lines.push(line(1));
        await s.commit(b);
        const bad = emptyBatch();
        bad.lines.push(line(2), line(1));
        bad.outbox.push({ createdAt: 1, target: 'webhook', payload: '{}' });
        await assert.rejects(s.commit(bad));
        assert.equal(await s.countLines(), 1);
        assert.deepEqual(await s.outboxDue(Number.MAX_SAFE_INTEGER, 10), []);
        const ok = emptyBatch();
        ok.lines.push(line(2));
        await s.commit(ok);
        assert.equal(await s.countLines(), 2);
      });
    });

    void it('outbox: due, retry, dead letter, requeue, done', async (t) => {
      if (skip()) return t.skip('no PostgreSQL');
      await withStore(options(backend), async (s) => {
        const b = emptyBatch();
        b.outbox.push(
          { createdAt: 100, target: 'webhook', payload: '{"n":1}' },
          { createdAt: 200, target: 'webhook', payload: '{"n":2}' },
        );
        await s.commit(b);
        const due = await s.outboxDue(150, 10);
        assert.equal(due.length, 1);
        const [first, second] = await s.outboxDue(1000, 10);
        assert.ok(first && second && first.id < second.id);
        assert.deepEqual(due[0], {
          id: first.id,
          createdAt: 100,
          target: 'webhook',
          payload: '{"n":1}',
          state: 'pending',
          attempts: 0,
          nextAt: 100,
          lastError: null,
        });
        await s.outboxRetry(first.id, 1, 5000, 'HTTP 500');
        assert.deepEqual(
          (await s.outboxDue(1000, 10)).map((x) => x.id),
          [second.id],
        );
        assert.deepEqual(await s.outboxDue(5000, 1), [
          { ...first, attempts: 1, nextAt: 5000, lastError: 'HTTP 500' },
        ]);
        await s.outboxDead(first.id, 2, 'HTTP 410');
        assert.deepEqual(await s.deadLetters(10), [
          { ...first, state: 'dead', attempts: 2, nextAt: 5000, lastError: 'HTTP 410' },
        ]);
        assert.equal(await s.requeue(first.id, 7000), true);
        assert.equal(await s.requeue(first.id, 7000), false);
        assert.equal(await s.requeue(second.id, 7000), false);
        assert.deepEqual(await s.deadLetters(10), []);
        assert.deepEqual(await s.outboxDue(7000, 10), [
          { ...first, attempts: 0, nextAt: 7000, lastError: 'HTTP 410' },
          second,
        ]);
        await s.outboxDone(first.id);
        await s.outboxDone(second.id);
        assert.deepEqual(await s.outboxDue(Number.MAX_SAFE_INTEGER, 10), []);
      });
    });

    void it('tokens: add, list in creation order, delete', async (t) => {
      if (skip()) return t.skip('no PostgreSQL');
      await withStore(options(backend), async (s) => {
        const ro = { id: 'ro', hash: 'aa', salt: 'bb', readOnly: true, label: 'viewer', createdAt: 2 };
        const rw = { id: 'rw', hash: 'cc', salt: 'dd', readOnly: false, label: 'admin', createdAt: 1 };
        await s.addToken(ro);
        await s.addToken(rw);
        assert.deepEqual(await s.tokens(), [rw, ro]);
        assert.equal(await s.deleteToken('rw'), true);
        assert.equal(await s.deleteToken('rw'), false);
        assert.deepEqual(await s.tokens(), [ro]);
      });
    });

    void it('prune deletes old lines and their links up to the limit, never tunnels', async (t) => {
      if (skip()) return t.skip('no PostgreSQL');
      await withStore(options(backend), async (s) => {
        const b = emptyBatch();
        for (let i = 1; i <= 6; i++) b.lines.push(line(i, i <= 4 ? 10 : 1000));
        b.links.push({ tunnelId: 'A', lineId: 1 }, { tunnelId: 'A', lineId: 5 });
        b.tunnels.push({ t: tunnel('A', 'up', true), withReport: true });
        await s.commit(b);
        assert.equal(await s.prune(100, 3), 3);
        assert.deepEqual(
          (await s.linesAfter(0, 10)).map((l) => l.id),
          [4, 5, 6],
        );
        assert.deepEqual(
          (await s.linesOf('A', undefined, 10)).map((l) => l.id),
          [5],
        );
        assert.equal(await s.prune(100, 3), 1);
        assert.equal(await s.prune(100, 3), 0);
        assert.equal(await s.countLines(), 2);
        assert.equal((await s.loadTunnels()).length, 1);
      });
    });

    void it('concurrent commits, reads and outbox updates all land', async (t) => {
      if (skip()) return t.skip('no PostgreSQL');
      await withStore(options(backend), async (s) => {
        const seed = emptyBatch();
        seed.outbox.push({ createdAt: 1, target: 'webhook', payload: '{}' });
        await s.commit(seed);
        const [item] = await s.outboxDue(10, 1);
        assert.ok(item);
        const work: Promise<unknown>[] = [];
        for (let i = 0; i < 20; i++) {
          const b = emptyBatch();
          b.lines.push(line(i + 1));
          b.analyzedUpTo = i + 1;
          work.push(s.commit(b), s.countLines(), s.prune(0, 10));
        }
        work.push(s.outboxRetry(item.id, 3, 50, 'x'));
        await Promise.all(work);
        assert.equal(await s.countLines(), 20);
        assert.equal((await s.outboxDue(50, 1))[0]?.attempts, 3);
      });
    });
  });
}
