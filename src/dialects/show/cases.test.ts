// Golden cases of the show dialect: each `cases/<scenario>.log` (real show outputs quoted from
// public guides and lab write-ups, see cases/README.md) beside `<scenario>.expected.json` with the
// lines read, the inventory rows and the findings. Regenerate after a reviewed change with
//   UPDATE_GOLDEN=1 node scripts/run-tests.js show/cases
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { buildInventory } from '../../core/inventory.js';
import { readShowText } from './run.js';

// dist/dialects/show → the sources' cases folder
const CASES = fileURLToPath(new URL('../../../src/dialects/show/cases/', import.meta.url));

function summarise(name: string, text: string): unknown {
  const { recognised, entries } = readShowText(name, text);
  const inv = buildInventory(entries);
  const rows = JSON.parse(
    JSON.stringify(inv.entries, (k, v: unknown) =>
      k === 'lines' || k === 'at' ? undefined : k === 'source' ? (v as { line: number }).line : v,
    ),
  ) as unknown;
  return {
    recognised: [...recognised].map(([n, id]) => `${n} ${id}`),
    rows,
    findings: inv.findings.map((f) => ({
      code: f.code,
      severity: f.severity,
      message: f.message,
      ...(f.fix ? { fix: f.fix } : {}),
      vars: f.vars,
      evidence: f.evidence.map((l) => l.line),
    })),
  };
}

const logs = existsSync(CASES)
  ? readdirSync(CASES)
      .filter((f) => f.endsWith('.log'))
      .sort()
  : [];

void test('show cases exist', () => {
  assert.ok(logs.length >= 8, `cases in ${CASES}`);
});

for (const log of logs) {
  void test(`show case ${log}`, () => {
    const text = readFileSync(join(CASES, log), 'utf8');
    const got = summarise(log, text);
    const expectedPath = join(CASES, log.replace(/\.log$/, '.expected.json'));
    if (process.env.UPDATE_GOLDEN === '1' || !existsSync(expectedPath)) {
      writeFileSync(expectedPath, JSON.stringify(got, null, 2) + '\n');
      if (process.env.UPDATE_GOLDEN !== '1') assert.fail(`wrote ${expectedPath}: review it, then run again`);
      return;
    }
    const want = JSON.parse(readFileSync(expectedPath, 'utf8')) as unknown;
    assert.deepEqual(got, want);
  });
}
