// The report's timeline reads a tunnel's kept events, most of which are reduced to timeline
// entries (src/core/tunnel.ts) and share strings in the report: the entries must print exactly
// what the whole events printed before, key order included.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AnalyzerResult } from '../core/analyzer.js';
import type { EventKind, IkeEvent, SourceLine } from '../core/model.js';
import { Tunnel } from '../core/tunnel.js';
import { t } from '../i18n/index.js';
import { buildReport, formatTime, streamReport, type BuildOptions } from './build.js';

const PATTERNS: [EventKind, string, number][] = [
  ['msg.sent', 'packet-sent', 5],
  ['msg.received', 'packet-received', 5],
  ['msg.retransmit', 'retransmit', 2],
  ['info', 'message-failed', 1],
];

/** A tunnel of `n` events, one or two per line, the way the analyzer stamps them. */
function tunnelOf(n: number): { tunnel: Tunnel; all: IkeEvent[] } {
  const tunnel = new Tunnel('gw.log|conn:vpn', 'gw.log');
  const all: IkeEvent[] = [];
  let src: SourceLine = { path: 'gw.log', line: 0, text: '' };
  for (let i = 0; i < n; i++) {
    if (i % 3 !== 1) src = { path: 'gw.log', line: src.line + 1, text: `line ${src.line + 1}` };
    const [kind, id] = PATTERNS[(i * 7) % PATTERNS.length]!;
    const e: IkeEvent = {
      seq: i,
      src,
      origin: 'gw.log',
      dialect: 'strongswan',
      pattern: id,
      explain: `explain.strongswan.${id}`,
      kind,
      conn: 'vpn',
      vars: {
        local: '192.0.2.1[500]',
        remote: '198.51.100.7[500]',
        mid: String(i % 4),
        count: i % 5,
        what: 'x',
      },
    };
    if (i % 11 !== 0) e.time = 1_700_000_000_000 + 1000 * Math.floor(src.line / 2);
    if (kind.startsWith('msg.')) {
      if (i % 2) e.exchange = 'IKE_AUTH';
      e.direction = kind === 'msg.received' ? 'in' : 'out';
    }
    all.push(e);
    tunnel.add(e);
  }
  return { tunnel, all };
}

/** A timeline entry as the report printed it from a whole event. */
function entryOf(e: IkeEvent) {
  return {
    ...(formatTime(e) ? { time: formatTime(e) } : {}),
    path: e.src.path,
    line: e.src.line,
    side: e.origin,
    event: e.kind,
    ...(e.exchange ? { exchange: e.exchange } : {}),
    ...(e.direction ? { direction: e.direction } : {}),
    summary: e.explain ? t('en', e.explain, e.vars) : e.kind,
  };
}

test('timeline entries print as the whole events did (values and key order)', () => {
  const { tunnel, all } = tunnelOf(2_000);
  const res: AnalyzerResult = {
    tunnels: [{ tunnel, diagnosis: { status: 'unknown', diagnoses: [] } }],
    inputs: [],
    inventory: [],
    unattributed: 0,
    droppedTunnels: 0,
  };
  for (const cap of [200, 20]) {
    const report = buildReport(res, { lang: 'en', version: 'test', timelineCap: cap, meta: [] });
    const tn = report.tunnels[0]!;
    const kept = all.slice(0, 60).concat(all.slice(-140));
    const want = cap >= kept.length ? kept : kept.slice(0, cap / 2).concat(kept.slice(-cap / 2));
    assert.equal(JSON.stringify(tn.timeline), JSON.stringify(want.map(entryOf)), `cap ${cap}`);
    assert.equal(tn.timelineOmitted, 2_000 - want.length);
  }
});

test('release: the report is the same, and the result lets go of its tunnels as they are built', () => {
  const resultOf = (): AnalyzerResult => ({
    tunnels: [1_000, 30, 400].map((n) => ({
      tunnel: tunnelOf(n).tunnel,
      diagnosis: { status: 'unknown', diagnoses: [] },
    })),
    inputs: [],
    inventory: [],
    unattributed: 0,
    droppedTunnels: 0,
  });
  const opts: BuildOptions = { lang: 'en', version: 'test', timelineCap: 200, meta: [] };
  const kept = resultOf();
  const want = buildReport(kept, opts);
  assert.equal(kept.tunnels.length, 3);
  const released = resultOf();
  const got = buildReport(released, { ...opts, release: true });
  assert.equal(JSON.stringify(got), JSON.stringify(want));
  assert.equal(got.tunnels.length, 3);
  assert.equal(released.tunnels.length, 0);
});

test('streamReport: each tunnel is built, and let go of, only when the writer takes it', () => {
  const tunnels = [1_000, 30, 400].map((n) => tunnelOf(n).tunnel);
  const res: AnalyzerResult = {
    tunnels: tunnels.map((tunnel) => ({ tunnel, diagnosis: { status: 'failed', diagnoses: [] } })),
    inputs: [],
    inventory: [],
    unattributed: 0,
    droppedTunnels: 0,
  };
  const opts: BuildOptions = { lang: 'en', version: 'test', timelineCap: 200, meta: [], release: true };
  const { report, tunnels: stream } = streamReport(res, opts);
  // The summary is whole before any tunnel is built: writers print it first.
  assert.deepEqual(report.summary, {
    tunnels: 3,
    established: 0,
    failed: 3,
    partial: 0,
    down: 0,
    unknown: 0,
  });
  assert.deepEqual(report.tunnels, []);
  const it = stream[Symbol.iterator]();
  assert.equal(res.tunnels[0]!.tunnel, tunnels[0], 'nothing let go before the first is taken');
  const first = it.next();
  assert.equal(first.done, false);
  assert.equal(first.value!.id, 'T1');
  assert.notEqual(res.tunnels[0]!.tunnel, tunnels[0], 'the first tunnel is let go once written');
  assert.equal(res.tunnels[1]!.tunnel, tunnels[1], 'the next ones are still the analyzer’s');
  const rest = [...{ [Symbol.iterator]: () => it }];
  assert.deepEqual(
    rest.map((tn) => tn.id),
    ['T2', 'T3'],
  );
  assert.equal(res.tunnels.length, 0);
  assert.deepEqual(report.tunnels, [], 'the stream never collects the tunnels it hands out');
});
