// The dialect contract (lnav / syslog-ng patterndb style), checked for every registered dialect:
// every pattern has samples; every sample matches exactly one pattern of its dialect; no other
// dialect claims it; every pattern has an explanation in every language.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PrefixIndex, type Dialect, type PatternDialectSpec, type PatternSpec } from '../core/dialect.js';
import type { LogRecord } from '../core/model.js';
import { catalog, LANGS, useAllLangs } from '../i18n/index.js';
import { parseEnvelope } from '../input/envelope.js';
import { DIALECTS } from './index.js';

// Catalogs other than English load on demand: these tests read all four.
await useAllLangs();

function record(text: string): LogRecord {
  return parseEnvelope({ path: 'sample', line: 1, text });
}

function matches(d: Dialect, rec: LogRecord): string[] {
  if (d.matchAll) return d.accepts(rec) ? d.matchAll(rec) : [];
  const p = d.createParser();
  const res = d.accepts(rec) ? [...p.parse(rec), ...(p.flush?.() ?? [])] : [];
  return [...new Set(res.map((r) => r.pattern))];
}

function claims(d: Dialect, rec: LogRecord): boolean {
  try {
    if (!d.accepts(rec)) return false;
    const p = d.createParser();
    return p.parse(rec).length > 0 || (p.flush?.() ?? []).length > 0;
  } catch {
    return false;
  }
}

test('dialect ids are unique', () => {
  const ids = DIALECTS.map((d) => d.id);
  assert.equal(new Set(ids).size, ids.length);
});

for (const d of DIALECTS) {
  test(`contract: ${d.id}`, () => {
    const problems: string[] = [];
    const ids = new Set<string>();
    for (const p of d.patterns) {
      if (ids.has(p.id)) problems.push(`pattern id ${p.id} used twice`);
      ids.add(p.id);
      if (p.samples.length === 0) problems.push(`pattern ${p.id} has no sample`);
      for (const lang of LANGS)
        if (!(`explain.${d.id}.${p.id}` in catalog(lang))) problems.push(`pattern ${p.id}: no ${lang} explanation`);
      for (const s of p.samples) {
        const rec = record(s);
        const m = matches(d, rec);
        if (m.length !== 1 || m[0] !== p.id)
          problems.push(`sample of ${p.id} matched [${m.join(', ')}]: ${s.slice(0, 140)}`);
        // The parser only tries the patterns its index names for the first characters of the
        // line: the pattern of each sample must be among them.
        if ('index' in d && d.index instanceof PrefixIndex && 'spec' in d) {
          const spec = d.spec as PatternDialectSpec;
          const pre = spec.patterns.some((x) => x.id === p.id) ? spec.prefix(rec) : undefined;
          if (pre && !(d.index.candidates(pre.rest) as PatternSpec[]).some((c) => c.id === p.id))
            problems.push(`index leaves ${p.id} out for: ${pre.rest.slice(0, 80)}`);
        }
        for (const other of DIALECTS) {
          if (other === d) continue;
          if (claims(other, rec)) problems.push(`sample of ${p.id} also claimed by ${other.id}: ${s.slice(0, 140)}`);
        }
      }
    }
    assert.deepEqual(problems, []);
  });
}
