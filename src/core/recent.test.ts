import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RecentMap, RecentSet } from './recent.js';

test('RecentMap keeps the most recently used keys: get and set both count as use', () => {
  const m = new RecentMap<string, number>(3);
  m.set('a', 1).set('b', 2).set('c', 3);
  assert.equal(m.get('a'), 1); // a is now the newest
  m.set('d', 4); // b, the least recently used, goes
  assert.deepEqual([...m.keys()], ['c', 'a', 'd']);
  m.set('c', 30); // set of a present key makes it the newest too
  m.set('e', 5);
  assert.deepEqual([...m.entries()], [['d', 4], ['c', 30], ['e', 5]]);
  assert.equal(m.get('a'), undefined, 'gone, not resurrected by looking');
  assert.equal(m.size, 3);
});

test('RecentMap: a key used all along outlives any number of newer ones', () => {
  const m = new RecentMap<number, string>(100);
  m.set(-1, 'long-lived');
  for (let i = 0; i < 10_000; i++) {
    m.set(i, 'x');
    if (i % 50 === 0) assert.equal(m.get(-1), 'long-lived', `after ${i}`);
  }
  assert.equal(m.size, 100);
});

test('RecentSet keeps the most recently added members', () => {
  const s = new RecentSet<string>(2);
  s.add('a').add('b').add('a').add('c');
  assert.deepEqual([...s], ['a', 'c']);
  assert.ok(!s.has('b'));
});

test('RecentMap.replace gives a present key a new value without making it the newest', () => {
  const m = new RecentMap<string, number>(2);
  m.set('a', 1).set('b', 2);
  m.replace('a', 10);
  m.replace('z', 26);
  assert.deepEqual([...m.entries()], [['a', 10], ['b', 2]]);
  m.set('c', 3); // a is still the least recently used
  assert.deepEqual([...m.keys()], ['b', 'c']);
});

test('RecentMap.peek reads a value without making its key the newest', () => {
  const m = new RecentMap<string, number>(2);
  m.set('a', 1);
  m.set('b', 2);
  assert.equal(m.peek('a'), 1);
  m.set('c', 3);
  // `a` was only peeked at: it is still the oldest and goes first.
  assert.deepEqual([...m.keys()], ['b', 'c']);
  assert.equal(m.peek('zz'), undefined);
});
