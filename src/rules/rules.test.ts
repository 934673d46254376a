// Every rule runs its own examples through the whole pipeline: the `fire` logs must produce the
// rule's code, the `silent` logs must not. Catalog entries for every code exist in every language.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../analyze.js';
import { ALL_CODES } from '../core/rule.js';
import { catalog, LANGS, useAllLangs } from '../i18n/index.js';
import { RULES } from './index.js';

// Catalogs other than English load on demand: these tests read all four.
await useAllLangs();

const NOW = new Date('2026-11-24T12:00:00Z');

async function codesFor(log: string, tunnel?: string): Promise<string[]> {
  const r = await analyzeText([{ path: 'example.log', data: log }], { now: NOW });
  return r.tunnels
    .filter((t) => !tunnel || t.name === tunnel || t.remote.address === tunnel)
    .flatMap((t) => t.diagnoses.map((d) => d.code));
}

for (const rule of RULES) {
  test(`rule ${rule.code}: examples`, async () => {
    assert.ok(rule.examples.fire.length > 0, 'needs at least one example that fires');
    assert.ok(rule.examples.silent.length > 0, 'needs at least one example that stays silent');
    for (const ex of rule.examples.fire) {
      const codes = await codesFor(ex.log, ex.tunnel);
      assert.ok(
        codes.includes(rule.code),
        `"${ex.name}" should fire ${rule.code}, got [${codes.join(', ')}]`,
      );
    }
    for (const ex of rule.examples.silent) {
      const codes = await codesFor(ex.log, ex.tunnel);
      assert.ok(
        !codes.includes(rule.code),
        `"${ex.name}" should not fire ${rule.code}, got [${codes.join(', ')}]`,
      );
    }
  });
}

test('every code has a rule or is produced by the engine', () => {
  const ruled = new Set(RULES.map((r) => r.code));
  for (const c of ALL_CODES) if (c !== 'INCONCLUSIVE') assert.ok(ruled.has(c), `no rule for ${c}`);
});

test('every code has a title, a description, a generic fix and its reasoning in every language', () => {
  const missing: string[] = [];
  const en = catalog('en');
  for (const lang of LANGS) {
    const cat = catalog(lang);
    for (const c of ALL_CODES) {
      for (const k of [`code.${c}.title`, `code.${c}.description`, `fix.${c}.generic`])
        if (!(k in cat)) missing.push(`${lang}:${k}`);
      for (const k of Object.keys(en))
        if ((k.startsWith(`why.${c}.`) || k.startsWith(`fix.${c}.`)) && !(k in cat))
          missing.push(`${lang}:${k}`);
    }
  }
  assert.deepEqual(missing, []);
});
