// Every language's catalog is complete: the same message ids as English, every placeholder kept
// (a translation that drops `{peer}` would silently lose the peer from a diagnosis).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { catalog, LANGS, t, useAllLangs } from './index.js';

// Catalogs other than English load on demand: these tests read all four.
await useAllLangs();

const placeholders = (s: string): string => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort().join(',');

for (const lang of LANGS) {
  test(`catalog ${lang}: same ids and placeholders as English`, () => {
    const en = catalog('en');
    const tr = catalog(lang);
    const missing = Object.keys(en).filter((k) => !(k in tr));
    const extra = Object.keys(tr).filter((k) => !(k in en));
    const broken = Object.keys(en).filter((k) => k in tr && placeholders(en[k]!) !== placeholders(tr[k]!));
    const empty = Object.keys(tr).filter((k) => tr[k]!.trim() === '');
    assert.deepEqual({ missing, extra, broken, empty }, { missing: [], extra: [], broken: [], empty: [] });
  });
}

test('a verdict title reads differently in every language', () => {
  const titles = LANGS.map((l) => t(l, 'code.PSK_MISMATCH.title'));
  assert.equal(new Set(titles).size, LANGS.length, titles.join(' | '));
});
