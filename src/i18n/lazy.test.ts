// Catalogs other than English are loaded on demand (issue 2: a run in one language does not hold
// the other three). This file runs in a process of its own, where nothing has loaded them yet.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { en } from './en/index.js';
import { ja } from './ja/index.js';
import { catalog, hasMessage, t, useLang } from './index.js';

test('a language reads in English until its catalog is loaded, then in that language', async () => {
  const id = 'code.PSK_MISMATCH.title';
  assert.notEqual(ja[id], en[id]);
  assert.equal(t('ja', id), en[id]);
  assert.equal(catalog('de'), catalog('en'));
  await useLang('ja');
  assert.equal(t('ja', id), ja[id]);
  assert.ok(hasMessage('ja', id));
  assert.equal(catalog('ja'), ja, 'the catalog module itself, loaded once');
  await useLang('ja');
  assert.equal(catalog('ja'), ja);
  assert.equal(t('de', id), en[id], 'loading one language loads no other');
});
