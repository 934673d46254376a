// A daemon's own log file has no syslog program: once one dialect has read a run of its lines,
// its chatter (charon's debug lines, pluto's `| ` lines) must not be offered to every other
// dialect's gate, and a file that goes on with another vendor's lines must still be read whole.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { textInput } from '../input/index.js';
import { RULES } from '../rules/index.js';
import { DIALECTS } from '../dialects/index.js';
import { Analyzer } from './analyzer.js';
import type { Dialect } from './dialect.js';

const NOW = new Date('2026-11-25T12:00:00Z');

function logText(path: string): string {
  const raw = readFileSync(path);
  return (path.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8');
}

/** Line numbers each dialect read, reading `text` as one file with `dialects`. */
async function readBy(text: string, dialects: readonly Dialect[]): Promise<Map<number, string>> {
  const by = new Map<number, string>();
  const an = new Analyzer({
    dialects,
    rules: RULES,
    onExplain: ({ record, results }) => {
      if (results.length > 0) by.set(record.line, results[0]!.explain.split('.')[1]!);
    },
  });
  const src = textInput('one.log', text, { now: NOW });
  const h = an.beginInput(src.path);
  for await (const batch of src.records()) h.push(batch);
  h.end();
  return by;
}

void test('a charon log file at debug level: its chatter does not reach the gates of dialects it never met', async () => {
  const text = logText('lab/corpus-variants/debug-v2-ok-sw-sw/left.log.gz');
  const lines = text.split('\n').length - 1;
  let gateCalls = 0;
  // A dialect that would take any line, and reads none: it counts what is offered to it.
  const spy: Dialect = {
    id: 'spy',
    name: 'spy',
    vendor: 'test',
    fixFamily: 'generic',
    patterns: [],
    accepts: () => {
      gateCalls++;
      return true;
    },
    createParser: () => ({ parse: () => [] }),
  };
  const withSpy = await readBy(text, [...DIALECTS, spy]);
  const once = gateCalls;
  // The log is thousands of lines, most of them chatter (hex dumps, payload parsing).
  assert.ok(lines > 2000 && withSpy.size > 100, `${lines} lines, ${withSpy.size} read`);
  // Until charon has read enough of the file, its lines reach the unknown dialect's gate; after
  // that, its chatter does not: the same log twice offers the gate (almost) nothing more.
  gateCalls = 0;
  await readBy(text + text, [...DIALECTS, spy]);
  assert.ok(
    gateCalls - once < lines / 50,
    `the spy's gate saw ${once}, then ${gateCalls} of twice ${lines} lines`,
  );
  const without = await readBy(text, DIALECTS);
  assert.deepEqual([...withSpy], [...without]);
});

void test('a daemon log file that goes on with another vendor: every line read alone is read in the whole', async () => {
  const pairs: [string, string][] = [
    // pluto's file log, then a Qno router's, whose first lines start `packet from` like pluto's.
    ['lab/corpus/v1-psk-sw-ls/right.log', 'src/dialects/qno/cases/qno-aggressive-ok.log'],
    // charon's debug file log, then pluto's debug file log.
    [
      'lab/corpus-variants/debug-v2-ok-sw-sw/left.log.gz',
      'lab/corpus-variants/debug-v2-psk-sw-ls/right.log.gz',
    ],
    // charon's file log, then an IOS debug.
    ['lab/corpus/v1-psk-sw-ls/left.log', 'src/dialects/cisco-ios/cases/ikev1-success-initiator.log'],
  ];
  for (const [first, second] of pairs) {
    const a = logText(first);
    const b = logText(second);
    const offset = a.split('\n').length - 1;
    const alone = await readBy(b, DIALECTS);
    const whole = await readBy(a + b, DIALECTS);
    assert.ok(alone.size > 5, `${second}: ${alone.size} lines read alone`);
    for (const [line, dialect] of alone)
      assert.equal(whole.get(line + offset), dialect, `${second}:${line} after ${first}`);
  }
});

void test("a line with a dialect's shape that no pattern reads counts as missed when it is its vendor's IPsec message, not when it is chatter", async () => {
  const { analyzeText } = await import('../analyze.js');
  const r = await analyzeText(
    [
      {
        path: 'pluto.log',
        data: `Nov 25 05:21:50.950000: "lab" #1: initiating IKEv2 connection
Nov 25 05:21:50.956193: "lab" #1: a pluto state message no pattern knows
Nov 25 05:21:50.956200: | a debug line no pattern knows
`,
      },
      {
        path: 'charon.log',
        data: `Nov 25 05:21:50 13[IKE1] <lab|1> initiating IKE_SA lab[1] to 192.0.2.2
Nov 25 05:21:50 13[IKE1] <lab|1> a level-1 charon message no pattern knows
Nov 25 05:21:50 13[IKE2] <lab|1> a level-2 charon message no pattern knows
Nov 25 05:21:50 13[IKE] <lab|1> a charon message of unknown level
`,
      },
    ],
    { now: NOW },
  );
  const missed = (path: string) =>
    r.inputs.filter((i) => i.path === path).flatMap((i) => i.unreadSamples.map((s) => s.line));
  // pluto's state lines are its messages; its `| ` lines are debugging.
  assert.deepEqual(missed('pluto.log'), [2]);
  // charon's level 0 and 1 are its messages; without `log_level = yes` a level cannot be told.
  assert.deepEqual(missed('charon.log'), [2]);
});
