// The analyzer against logs written by real strongSwan and Libreswan daemons (lab/corpus, recorded
// by `npm run lab`). Every side whose log can carry the evidence must get the right verdict; the
// few known misses are listed in docs/accuracy.md and may not grow.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { analyze } from '../analyze.js';
import type { Report } from '../report/build.js';
import { accuracy, findTunnel, loadCorpus, totals, type AccuracyRow } from './accuracy.js';

const corpus = loadCorpus();

/** The lab corpus analysed once for all the tests below (each only reads the rows). */
let labRows: Promise<AccuracyRow[]> | undefined;
const labAccuracy = (): Promise<AccuracyRow[]> => (labRows ??= accuracy());

test(
  'lab corpus: verdicts on the sides whose log carries the evidence',
  { skip: corpus.length === 0 && 'lab/corpus not present' },
  async () => {
    assert.ok(corpus.length >= 30, `at least 30 scenarios (have ${corpus.length})`);
    const rows = await labAccuracy();
    const tot = totals(rows);
    const misses = rows
      .filter((r) => r.evidence && !r.ok)
      .map(
        (r) =>
          `${r.scenario}/${r.side}/${r.form}: expected ${r.expected}${r.param ? ` (${r.param})` : ''}, got ${r.got}${r.gotParam ? ` (${r.gotParam})` : ''}`,
      );
    // 97 %: the misses that remain are documented in docs/accuracy.md.
    assert.ok(
      tot.evidenceOk / tot.evidence >= 0.97,
      `accuracy ${tot.evidenceOk}/${tot.evidence}; misses:\n${misses.join('\n')}`,
    );
  },
);

test(
  'lab corpus: success scenarios are never reported as failures',
  { skip: corpus.length === 0 && 'lab/corpus not present' },
  async () => {
    const rows = await labAccuracy();
    const wrong = rows.filter((r) => r.expected === 'ESTABLISHED' && r.got !== 'ESTABLISHED');
    assert.deepEqual(
      wrong.map((r) => `${r.scenario}/${r.side}/${r.form}: ${r.got}`),
      [],
    );
  },
);

test(
  'lab corpus: a side without the evidence never claims certainty it cannot have',
  { skip: corpus.length === 0 && 'lab/corpus not present' },
  async () => {
    const rows = await labAccuracy();
    // Where this side's log cannot show the cause and the verdict differs from the truth, the
    // confidence must say so.
    const overconfident = rows.filter(
      (r) => !r.evidence && !r.ok && r.confidence > 0.9 && r.got !== 'ESTABLISHED',
    );
    assert.deepEqual(
      overconfident.map((r) => `${r.scenario}/${r.side}/${r.form}: ${r.got} ${r.confidence}`),
      [],
    );
  },
);

// The same scenarios recorded at other log levels and over IPv6 (lab/corpus-variants/README.md):
// a verdict must depend neither on how much the daemons log nor on the address family.
const variants = loadCorpus('lab/corpus-variants');

test(
  'other log levels and IPv6: the same verdicts as the lab corpus',
  { skip: (variants.length === 0 || corpus.length === 0) && 'lab corpora not present' },
  async () => {
    assert.ok(variants.length >= 8, `at least 8 scenarios (have ${variants.length})`);
    const lab = new Map((await labAccuracy()).map((r) => [`${r.scenario}/${r.side}/${r.form}`, r.got]));
    const rows = await accuracy('lab/corpus-variants');
    const missed = rows.filter((r) => r.evidence && !r.ok);
    assert.deepEqual(
      missed.map((r) => `${r.scenario}/${r.side}: expected ${r.expected}, got ${r.got}`),
      [],
    );
    const changed = rows
      .map((r) => ({ r, atLab: lab.get(`${r.scenario.replace(/^\w+-/, '')}/${r.side}/${r.form}`) }))
      .filter(({ r, atLab }) => atLab !== r.got);
    assert.deepEqual(
      changed.map(({ r, atLab }) => `${r.scenario}/${r.side}/${r.form}: ${r.got}, at the lab level ${atLab}`),
      [],
    );
  },
);

test(
  'other log levels and IPv6: debug output is chatter, no line is reported as a missed IPsec line',
  { skip: variants.length === 0 && 'lab/corpus-variants not present' },
  async () => {
    const unread: string[] = [];
    let lines = 0;
    for (const { dir, truth } of variants)
      for (const s of Object.values(truth.sides)) {
        if (!s.log) continue;
        const r = await analyze([join(dir, s.log)]);
        for (const i of r.inputs) {
          lines += i.lines;
          if (i.warnings.length) unread.push(`${i.path}: ${i.warnings.map((w) => w.id).join(', ')}`);
          for (const u of i.unreadSamples) unread.push(`${i.path}:${u.line}: ${u.text}`);
        }
      }
    assert.ok(lines > 20000, `the debug logs are long (${lines} lines)`);
    assert.deepEqual(unread, []);
  },
);

test('a connection whose log never names it is found by its peer identity, unless that is ambiguous', () => {
  const tunnel = (name: string, id?: string) => ({ name, remote: id === undefined ? {} : { id } });
  const report = (...ts: ReturnType<typeof tunnel>[]) => ({ tunnels: ts }) as unknown as Report;
  const truth = { expected: 'PSK_MISMATCH', evidence: true, remoteId: 'left-b.example' };
  // Named after the connection; else by identity (Libreswan's '@' or not), never one named after
  // another connection of the side, and not when two tunnels have that identity.
  assert.equal(
    findTunnel(report(tunnel('lab-b'), tunnel('x', 'left-b.example')), 'lab-b', truth, [])?.name,
    'lab-b',
  );
  assert.equal(
    findTunnel(report(tunnel('lab'), tunnel('192.0.2.1', '@left-b.example')), 'lab-b', truth, ['lab'])?.name,
    '192.0.2.1',
  );
  assert.equal(findTunnel(report(tunnel('lab', 'left-b.example')), 'lab-b', truth, ['lab']), undefined);
  assert.equal(
    findTunnel(report(tunnel('a', 'left-b.example'), tunnel('b', 'left-b.example')), 'lab-b', truth, []),
    undefined,
  );
});

// Gateways with several connections to one peer, one of them broken (lab/corpus-multi/README.md),
// at the lab level and at charon's defaults (no `<conn|N>` on its lines).
const multi = loadCorpus('lab/corpus-multi');
const MULTI_NOW = new Date('2026-11-24T12:00:00Z');

test(
  'several connections per gateway: each gets its own verdict, and those that came up are ESTABLISHED',
  { skip: multi.length === 0 && 'lab/corpus-multi not present' },
  async () => {
    assert.ok(multi.length >= 6, `at least 6 scenarios (have ${multi.length})`);
    const rows = await accuracy('lab/corpus-multi');
    assert.ok(rows.length > 0 && rows.every((r) => r.tunnel !== undefined), 'one row per connection');
    const label = (r: AccuracyRow) => `${r.scenario}/${r.side}/${r.tunnel ?? ''}`;
    assert.deepEqual(
      rows.filter((r) => r.evidence && !r.ok).map((r) => `${label(r)}: expected ${r.expected}, got ${r.got}`),
      [],
    );
    assert.deepEqual(
      rows
        .filter((r) => r.expected === 'ESTABLISHED' && r.got !== 'ESTABLISHED')
        .map((r) => `${label(r)}: ${r.got}`),
      [],
    );
  },
);

test(
  "several connections per gateway: no connection carries another one's fault or another one's peer",
  { skip: multi.length === 0 && 'lab/corpus-multi not present' },
  async () => {
    const wrong: string[] = [];
    for (const { dir, truth } of multi)
      for (const [side, s] of Object.entries(truth.sides)) {
        if (!s.log || !s.tunnels) continue;
        const r = await analyze([join(dir, s.log)], { now: MULTI_NOW });
        const names = Object.keys(s.tunnels);
        for (const [conn, tt] of Object.entries(s.tunnels)) {
          const t = findTunnel(
            r,
            conn,
            tt,
            names.filter((n) => n !== conn),
          );
          if (!t) continue; // the test above names it
          const where = `${truth.scenario}/${side}/${conn}`;
          for (const [other, ot] of Object.entries(s.tunnels)) {
            if (other === conn || ot.expected === tt.expected || ot.expected === 'ESTABLISHED') continue;
            if (t.diagnoses.some((d) => d.code === ot.expected))
              wrong.push(`${where}: ${other}'s ${ot.expected}`);
          }
          const id = t.remote.id?.replace(/^@/, '');
          if (tt.remoteId !== undefined && id !== undefined && id !== tt.remoteId)
            wrong.push(`${where}: peer ${id}, not ${tt.remoteId}`);
        }
      }
    assert.deepEqual(wrong, []);
  },
);
