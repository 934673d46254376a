// The analyzer against logs written by real strongSwan and Libreswan daemons (lab/corpus, recorded
// by `npm run lab`). Every side whose log can carry the evidence must get the right verdict; the
// few known misses are listed in docs/accuracy.md and may not grow.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { accuracy, loadCorpus, totals } from './accuracy.js';

const corpus = loadCorpus();

test(
  'lab corpus: verdicts on the sides whose log carries the evidence',
  { skip: corpus.length === 0 && 'lab/corpus not present' },
  async () => {
    assert.ok(corpus.length >= 30, `at least 30 scenarios (have ${corpus.length})`);
    const rows = await accuracy();
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
    const rows = await accuracy();
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
    const rows = await accuracy();
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
