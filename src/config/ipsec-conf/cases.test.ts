// Golden cases of the open-source daemons' configuration parsers: every file under
// src/config/{strongswan,libreswan,ipsec-conf}/cases is detected as its own format only, parses
// into its `<name>.expected.json` (reviewed by eye; regenerate with UPDATE_EXPECTED=1), keeps
// its secrets out of the output, and every note it raises has a catalog text in both languages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { OSS_FORMATS } from './formats.js';
import { CONFIG_FORMATS } from '../index.js';
import en from '../../i18n/en/config-oss.js';
import ja from '../../i18n/ja/config-oss.js';
import enShared from '../../i18n/en/config.js';
import jaShared from '../../i18n/ja/config.js';
import type { SwanConfig } from './common.js';

interface CaseDir {
  dir: string;
  /** Which files of the folder are cases, and the format each must be detected as. */
  formatOf(name: string): string | undefined;
}

const DIRS: CaseDir[] = [
  {
    dir: 'src/config/strongswan/cases',
    formatOf: (n) =>
      n.endsWith('.swanctl.conf') || n.endsWith('.strongswan.conf') ? 'strongswan-swanctl' : n.endsWith('.ipsec.conf') ? 'strongswan-ipsec.conf' : undefined,
  },
  { dir: 'src/config/libreswan/cases', formatOf: (n) => (n.endsWith('.ipsec.conf') ? 'libreswan-ipsec.conf' : undefined) },
  { dir: 'src/config/ipsec-conf/cases', formatOf: (n) => (n.endsWith('.secrets') ? 'ipsec-secrets' : undefined) },
];

/** Secrets written in the fixtures: none of them may reach the output. */
const FIXTURE_SECRETS = [
  'v+NkxY9LLZvwj4qCC2o/gGrWDF2d21jL',
  '45a30759df97dc26a15b88ff',
  'This is a strong password',
  'My "home" is my "castle"!',
  'castle',
  "Andi's home",
  'Ar3etTnp',
  'W7R0g3do',
  '4iChxLT3',
  'ryftzG4A',
  'x3.dEhgN',
  'first line of a long',
  'secret that goes on',
  'Zx9-operator-pass',
  '123456',
  'branch-Secret-41!',
  '6a1b2c3d4e5f60718293a4b5c6d7e8f9',
  '61559973d3acef7d3a370e3e82ad92c18a8225f1',
  'bd6c96ebdf7889b3ed770da17f7be516c2c9e47d920a909d5543b4621303857a',
  'secret shared by two hosts',
  'shared secret with many roadwarriors',
  'secret shared by 5 systems',
  'post-quantum preshared key',
  'Pass phrase 9!',
  '112233',
  'glued-colon-psk',
  'YWJjZGVmZ2hpamtsbW5vcA==',
  'ntlm-Password-7',
];

function cases(): { path: string; name: string; format: string }[] {
  const out: { path: string; name: string; format: string }[] = [];
  for (const d of DIRS) {
    if (!existsSync(d.dir)) continue;
    for (const n of readdirSync(d.dir).sort()) {
      const format = d.formatOf(n);
      if (format) out.push({ path: join(d.dir, n), name: n, format });
    }
  }
  return out;
}

function expectedPath(path: string): string {
  return path.replace(/\.(?:conf|secrets)$/, '.expected.json');
}

const CASES = cases();

void test('there are cases for every format', () => {
  for (const f of OSS_FORMATS) assert.ok(CASES.some((c) => c.format === f.format.id), f.format.id);
  assert.ok(CASES.length >= 20, `${CASES.length} cases`);
});

void test('each case is detected as its own format, and no other format claims it', () => {
  // the registry's formats (as far as the lead has registered them) and these
  const all = [...OSS_FORMATS, ...CONFIG_FORMATS.filter((f) => !OSS_FORMATS.some((o) => o.format.id === f.format.id))];
  for (const c of CASES) {
    const lines = readFileSync(c.path, 'utf8').split(/\r\n|\r|\n/, 400);
    for (const f of all) {
      const s = f.detect(lines);
      if (f.format.id === c.format) assert.ok(s >= 0.5, `${c.name}: ${f.format.id} scores ${s}`);
      else assert.ok(s < 0.5, `${c.name}: also claimed by ${f.format.id} (${s})`);
    }
  }
});

void test('each case parses into its expected JSON', () => {
  const update = process.env.UPDATE_EXPECTED === '1';
  for (const c of CASES) {
    const f = OSS_FORMATS.find((x) => x.format.id === c.format)!;
    const got = f.parse(c.path, readFileSync(c.path, 'utf8'));
    const exp = expectedPath(c.path);
    const json = `${JSON.stringify(got, null, 2)}\n`;
    if (update) writeFileSync(exp, json);
    assert.ok(existsSync(exp), `${exp} (run with UPDATE_EXPECTED=1)`);
    assert.deepEqual(JSON.parse(json), JSON.parse(readFileSync(exp, 'utf8')), c.name);
  }
});

void test('no fixture secret appears in any output', () => {
  for (const c of CASES) {
    const f = OSS_FORMATS.find((x) => x.format.id === c.format)!;
    const text = readFileSync(c.path, 'utf8');
    const json = JSON.stringify(f.parse(c.path, text));
    for (const s of FIXTURE_SECRETS) assert.ok(!json.includes(s), `${c.name}: "${s}" leaked`);
    // and nothing quoted after PSK / XAUTH / EAP / secret = survives
    for (const m of text.matchAll(/(?:(?:PSK|XAUTH|EAP|NTLM)\s+|secret\s*=\s*)"([^"]{3,})"/g)) assert.ok(!json.includes(m[1]!), `${c.name}: "${m[1]}" leaked`);
  }
});

void test('every note has a catalog text in English and Japanese', () => {
  const ids = new Set<string>();
  const collect = (cfg: SwanConfig) => cfg.notes.forEach((n) => ids.add(n.id));
  for (const c of CASES) {
    const f = OSS_FORMATS.find((x) => x.format.id === c.format)!;
    collect(f.parse(c.path, readFileSync(c.path, 'utf8')));
  }
  assert.ok(ids.size >= 12, `notes seen: ${[...ids].join(' ')}`);
  for (const id of ids) {
    const key = `config.note.${id}`;
    assert.ok(key in en || key in enShared, `en: ${key}`);
    assert.ok(key in ja || key in jaShared, `ja: ${key}`);
  }
  for (const f of OSS_FORMATS) {
    assert.ok(`config.format.${f.format.id}` in en, f.format.id);
    assert.ok(`config.format.${f.format.id}` in ja, f.format.id);
  }
  // the two catalogs have the same keys and the same placeholders
  assert.deepEqual(Object.keys(ja).sort(), Object.keys(en).sort());
  for (const k of Object.keys(en)) {
    const ph = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    assert.deepEqual(ph(ja[k]!), ph(en[k]!), k);
  }
});
