// Cross-vendor pairs: each folder holds the two ends of one tunnel as their vendors write them
// (a.* and b.*), `expected.json` (the verdict, every mismatched row with its values, code,
// defaults and the fix lines of both sides, the warnings, the secrets in the files) and
// `expected.md` (the whole `ikescope compare --format md` output). Both were reviewed line by
// line against the vendors' documented behaviour; regenerate expected.md with
// `UPDATE_GOLDEN=1 node scripts/run-tests.js pairs.test` and review the diff like code.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compare, pairPolicies, type CompareResult, type CompareRow } from '../compare.js';
import { parseConfigFile } from '../index.js';
import { renderCompareMarkdown, renderCompareText } from '../../render/compare.js';
import { hasMessage, useAllLangs } from '../../i18n/index.js';

// Catalogs other than English load on demand: these tests read all four.
await useAllLangs();

const ROOT = 'src/config/pairs';

interface ExpectedRow {
  section: string;
  param: string;
  a: string;
  b: string;
  code: string | null;
  /** Which sides' values came from vendor defaults. */
  defaults: ('a' | 'b')[];
  note?: string;
  fixA?: string[];
  fixB?: string[];
}
interface Expected {
  description: string;
  a: string;
  b: string;
  verdict: string;
  mismatches: ExpectedRow[];
  warnings: { param: string; a: string; b: string; note: string }[];
  secrets: string[];
}

const pairs = readdirSync(ROOT)
  .filter((d) => statSync(join(ROOT, d)).isDirectory() && existsSync(join(ROOT, d, 'expected.json')))
  .sort();

function run(dir: string, exp: Expected): CompareResult {
  const a = parseConfigFile(join(dir, exp.a));
  const b = parseConfigFile(join(dir, exp.b));
  assert.ok(a, `${exp.a} parses`);
  assert.ok(b, `${exp.b} parses`);
  const pair = pairPolicies(a.tunnels, b.tunnels);
  assert.ok(pair, 'a tunnel on each side');
  return compare(pair[0], pair[1]);
}

const sides = (r: CompareRow): ('a' | 'b')[] => [
  ...(r.a.fromDefault ? (['a'] as const) : []),
  ...(r.b.fromDefault ? (['b'] as const) : []),
];

test('the pair folders', () => {
  assert.ok(pairs.length >= 7, `at least seven pairs (${pairs.length})`);
  const verdicts = pairs.map(
    (d) => (JSON.parse(readFileSync(join(ROOT, d, 'expected.json'), 'utf8')) as Expected).verdict,
  );
  assert.ok(verdicts.includes('ESTABLISHED'), 'one pair matches fully');
  assert.ok(new Set(verdicts).size >= 5, 'the pairs predict different verdicts');
});

for (const name of pairs) {
  const dir = join(ROOT, name);
  const exp = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected;

  test(`pair ${name}: verdict, mismatches, defaults and fixes`, () => {
    const res = run(dir, exp);
    assert.equal(res.verdict, exp.verdict, exp.description);
    const bad = res.rows.filter((r) => r.match === false);
    assert.deepEqual(
      bad.map((r) => `${r.section}/${r.param}`),
      exp.mismatches.map((m) => `${m.section}/${m.param}`),
      'exactly the expected rows mismatch',
    );
    for (const [i, m] of exp.mismatches.entries()) {
      const r = bad[i]!;
      const what = `${name} ${m.section}/${m.param}`;
      assert.equal(r.a.text, m.a, `${what}: A's value`);
      assert.equal(r.b.text, m.b, `${what}: B's value`);
      assert.equal(r.code ?? null, m.code, `${what}: code`);
      assert.deepEqual(sides(r), m.defaults, `${what}: values from vendor defaults`);
      assert.equal(r.note?.id, m.note, `${what}: note`);
      // each vendor's fix in its own syntax, in the file of that side
      for (const [fix, lines, file] of [
        [r.fixA, m.fixA, exp.a],
        [r.fixB, m.fixB, exp.b],
      ] as const) {
        if (!lines) {
          assert.equal(fix, undefined, `${what}: no fix expected`);
          continue;
        }
        assert.ok(fix, `${what}: a fix`);
        assert.ok(fix.file.endsWith(file), `${what}: the fix is for ${file}`);
        for (const l of lines)
          assert.ok(
            fix.lines.includes(l),
            `${what}: fix line ${JSON.stringify(l)} in ${JSON.stringify(fix.lines)}`,
          );
      }
    }
    for (const w of exp.warnings) {
      const r = res.rows.find((x) => x.param === w.param);
      assert.ok(r && r.match !== false, `${name}: warning row ${w.param}`);
      assert.equal(r.a.text, w.a);
      assert.equal(r.b.text, w.b);
      assert.equal(r.note?.id, w.note);
    }
    // every row label and note has its text in both languages
    for (const r of res.rows) {
      for (const lang of ['en', 'ja'] as const) {
        assert.ok(hasMessage(lang, `cmp.param.${r.param}`), `${lang}: cmp.param.${r.param}`);
        if (r.note) assert.ok(hasMessage(lang, `cmp.note.${r.note.id}`), `${lang}: cmp.note.${r.note.id}`);
      }
    }
  });

  test(`pair ${name}: Markdown golden`, () => {
    const md = renderCompareMarkdown(run(dir, exp), 'en');
    const file = join(dir, 'expected.md');
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(file, md);
    assert.ok(existsSync(file), `${file} exists (UPDATE_GOLDEN=1 writes it)`);
    assert.equal(md, readFileSync(file, 'utf8'));
  });

  test(`pair ${name}: no pre-shared key in any output`, () => {
    const files = readdirSync(dir)
      .filter((f) => /^[ab]\./.test(f))
      .map((f) => readFileSync(join(dir, f), 'utf8'))
      .join('\n');
    // the list is the fixture's: every secret named is really in the files
    for (const s of exp.secrets) assert.ok(files.includes(s), `${name}: ${s} is in the fixture`);
    const res = run(dir, exp);
    const outputs = [
      JSON.stringify(res),
      renderCompareMarkdown(res, 'en'),
      renderCompareMarkdown(res, 'ja'),
      renderCompareText(res, 'en', false),
      renderCompareText(res, 'ja', false),
    ];
    for (const s of exp.secrets)
      for (const o of outputs)
        assert.ok(!o.includes(s), `${name}: the secret ${s.slice(0, 3)}… does not appear`);
  });
}
