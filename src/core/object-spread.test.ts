// scripts/tsc.mjs emits object literals that mix spreads with other members as Object.assign
// calls (V8's literal spread is slow there). This file is compiled through that transform, so
// these literals run as emitted: they must keep the semantics of a spread.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

test('spread literals keep their meaning when emitted as Object.assign', () => {
  const base: Record<string, unknown> = { conn: 'a', sa: '1', details: { thread: 3 } };
  const e = { kind: 'info', sa: '2' };
  // Later members win, keys keep the order they first appeared in.
  const merged = { ...base, ...e, conn: 'b' };
  assert.deepEqual(merged, { conn: 'b', sa: '2', details: { thread: 3 }, kind: 'info' });
  assert.deepEqual(Object.keys(merged), ['conn', 'sa', 'details', 'kind']);
  // Members before a spread are overridden by it; null and undefined sources are skipped.
  const none = undefined as Record<string, unknown> | undefined;
  const nothing = null as Record<string, unknown> | null;
  const later: Record<string, unknown> = e;
  const early = { kind: 'x', ...none, ...nothing, ...later, extra: 1 };
  assert.deepEqual(early, { kind: 'info', sa: '2', extra: 1 });
  // The result is a fresh object: the sources are untouched.
  assert.deepEqual(base, { conn: 'a', sa: '1', details: { thread: 3 } });
  assert.notEqual(merged, base);
  // Conditional pieces, the idiom of the dialects.
  const v = (x: number | undefined) => (x === undefined ? {} : { ikeVersion: x });
  const f = (x?: string, ver?: number) => ({ ...(x ? { exchange: x } : {}), ...v(ver), messageId: 7 });
  assert.deepEqual(f('IKE_AUTH', 2), { exchange: 'IKE_AUTH', ikeVersion: 2, messageId: 7 });
  assert.deepEqual(f(undefined, undefined), { messageId: 7 });
  // Getters of a source are read once, in order; only own enumerable keys are copied.
  let reads = 0;
  const src = Object.defineProperty({ a: 1 }, 'g', { enumerable: true, get: () => ++reads });
  const proto = Object.create({ inherited: true }) as Record<string, unknown>;
  proto.own = 1;
  const got = { ...src, ...proto, z: 0 };
  assert.deepEqual(got, { a: 1, g: 1, own: 1, z: 0 });
  assert.equal(reads, 1);
  // Array and string sources copy their indices, as a spread does.
  assert.deepEqual({ ...['x', 'y'], n: 1 }, { 0: 'x', 1: 'y', n: 1 });
});

test('the emitted test really goes through Object.assign', () => {
  // Guards the guard: without the transform the test above would pass on native spreads alone.
  const emitted = readFileSync(fileURLToPath(import.meta.url), 'utf8');
  assert.match(emitted, /Object\.assign\(\{\}, base, e, \{ conn: 'b' \}\)/);
});
