import { test } from 'node:test';
import assert from 'node:assert/strict';
import { textInput } from '../input/index.js';
import { RULES } from '../rules/index.js';
import { Analyzer } from './analyzer.js';
import type { Dialect } from './dialect.js';
import type { EventDraft } from './model.js';

/**
 * A dialect of three line types, so that routing is the analyzer's alone (real dialects also keep
 * their own SA-to-connection maps): `sa <id> up <conn> <peer>` names an SA's connection and peer,
 * `sa <id> info` names only the SA, `sa <id> try <local> <peer>` is an attempt known only by its SA
 * (IOS and ASA IKEv2 debugs name SAs by their SPIs). `... from <key>` links the SA to the key its
 * attempt had before (parentSa).
 */
const toy: Dialect = {
  id: 'toy',
  name: 'toy',
  vendor: 'test',
  fixFamily: 'generic',
  patterns: [],
  accepts: (rec) => rec.message.startsWith('sa '),
  createParser: () => ({
    parse(rec) {
      const m = /^sa (\S+) (up|info|try)(?: (\S+) (\S+))?(?: from (\S+))?$/.exec(rec.message);
      if (!m) return [];
      const draft: EventDraft =
        m[2] === 'up'
          ? { kind: 'ike.established', sa: m[1]!, conn: m[3]!, remote: { address: m[4]! } }
          : m[2] === 'try'
            ? {
                kind: 'ike.initiate',
                sa: m[1]!,
                role: 'initiator',
                local: { address: m[3]! },
                remote: { address: m[4]! },
              }
            : { kind: 'msg.received', sa: m[1]! };
      if (m[5] !== undefined) draft.parentSa = m[5];
      return [{ pattern: m[2]!, events: [draft], explain: `explain.toy.${m[2]!}`, vars: {} }];
    },
  }),
};

/**
 * `rekeys` SAs of connection "vpn" (a daemon makes new ones for as long as it runs), while SA 1 of
 * "sun-moon", the first one made, keeps talking with lines that name only the SA.
 */
function longLog(rekeys: number): { text: string; talks: number } {
  const lines = ['sa 1 up sun-moon 192.0.2.10'];
  let talks = 0;
  for (let n = 2; n < rekeys + 2; n++) {
    lines.push(`sa ${n} up vpn 198.51.100.7`);
    if (n % 100 === 0) {
      lines.push('sa 1 info');
      talks++;
    }
  }
  return { text: lines.join('\n') + '\n', talks };
}

void test('the routing index keeps the SAs still in use and forgets the rest: bounded however long the log', async () => {
  const { text, talks } = longLog(10_000);
  const an = new Analyzer({ dialects: [toy], rules: RULES });
  const src = textInput('gw.log', text, { now: new Date('2026-11-24T12:00:00Z') });
  const h = an.beginInput(src.path);
  for await (const batch of src.records()) h.push(batch);
  const index = (an as unknown as { byOrigin: Map<string, { sa: Map<string, unknown> }> }).byOrigin;
  const sizes = [...index.values()].map((x) => x.sa.size);
  // 10 001 SAs were seen; the index holds a bounded number of them.
  assert.ok(sizes.length === 1 && sizes[0]! <= 4096 && sizes[0]! >= 1000, `index sizes ${sizes.join(', ')}`);

  const res = an.finish();
  // SA 1 was made first but kept talking: all its lines reached its tunnel (an index that forgot
  // the oldest SA first would have made up a tunnel of its own for its later lines).
  assert.deepEqual(res.tunnels.map((x) => x.tunnel.name ?? x.tunnel.key).sort(), ['sun-moon', 'vpn']);
  const sunMoon = res.tunnels.find((x) => x.tunnel.name === 'sun-moon')!.tunnel;
  assert.equal(sunMoon.eventCount, 1 + talks);
});

/** Reads `lines` as one file; `most`: the most tunnels the analyzer held at once while reading. */
async function read(lines: string[]): Promise<{ an: Analyzer; most: number }> {
  const an = new Analyzer({ dialects: [toy], rules: RULES });
  const src = textInput('gw.log', lines.join('\n') + '\n', { now: new Date('2026-11-24T12:00:00Z') });
  const h = an.beginInput(src.path);
  let most = 0;
  const held = an as unknown as { tunnels: Map<string, unknown> };
  for await (const batch of src.records()) {
    h.push(batch);
    most = Math.max(most, held.tunnels.size);
  }
  return { an, most };
}

void test('attempts known only by their SAs fold into their named tunnel while reading, not only at the end', async () => {
  const lines = ['sa 1 up hq 198.51.100.7'];
  for (let n = 2; n < 20_000; n++) lines.push(`sa ${n} try 192.0.2.1 198.51.100.7`);
  const { an, most } = await read(lines);
  // 19 998 attempts: without folding while reading, as many tunnels until the end.
  assert.ok(most <= 2048, `at most ${most} tunnels held while reading`);
  const res = an.finish();
  assert.equal(res.tunnels.length, 1);
  assert.equal(res.tunnels[0]!.tunnel.name, 'hq');
  assert.equal(res.tunnels[0]!.tunnel.eventCount, 19_999, 'no event lost');
  assert.equal(res.droppedTunnels, 0);
});

void test('an SA known by its id alone joins its named tunnel when a line names its connection: counted once', async () => {
  // 300 attempts: each starts known only by its SA id, and is named 100 attempts later, when its
  // tunnel has counted many other SAs since (an attempt must not count again under its key).
  const lines: string[] = [];
  for (let n = 1; n <= 400; n++) {
    if (n <= 300) lines.push(`sa ${n} try 192.0.2.1 198.51.100.7`, `sa ${n} info`);
    if (n > 100) lines.push(`sa ${n - 100} up hq 198.51.100.7`);
  }
  const { an, most } = await read(lines);
  // Named attempts are taken in at once: only the 100 not yet named are held apart.
  assert.ok(most <= 102, `at most ${most} tunnels held while reading`);
  const res = an.finish();
  assert.equal(res.tunnels.length, 1);
  const t = res.tunnels[0]!.tunnel;
  assert.equal(t.name, 'hq');
  assert.equal(t.attemptCount, 300);
  assert.equal(t.eventCount, 900, 'no event lost');
});

void test('an SA id that a named line puts at another peer does not take in the attempt seen at the first peer', async () => {
  const lines = ['sa 7 try 192.0.2.1 198.51.100.9', 'sa 7 info', 'sa 7 up hq 198.51.100.7'];
  const res = (await read(lines)).an.finish();
  const peers = res.tunnels.map((x) => [x.tunnel.name ?? null, x.tunnel.remote.address, x.tunnel.eventCount]);
  assert.deepEqual(peers, [
    [null, '198.51.100.9', 2],
    ['hq', '198.51.100.7', 1],
  ]);
});

void test('an attempt under a provisional key joins the named tunnel of the SA that the key turns out to be', async () => {
  // SA 2 of hq is known; lines of an attempt known only by a provisional key follow; then a line
  // names SA 2 and links the key to it (parentSa): the provisional attempt was SA 2's.
  const lines = ['sa 2 up hq 198.51.100.7', 'sa job-1 info', 'sa 2 up hq 198.51.100.7 from job-1'];
  const res = (await read(lines)).an.finish();
  assert.deepEqual(
    res.tunnels.map((x) => [x.tunnel.name ?? null, x.tunnel.eventCount]),
    [['hq', 3]],
  );
});
