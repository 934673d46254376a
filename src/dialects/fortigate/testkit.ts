// Test helpers for dialects that are not registered yet (used by the fortigate, junos and
// mikrotik tests): the contract of src/dialects/contract.test.ts run against DIALECTS plus the
// new dialect, the new catalogs made visible to the analyzer, and the golden cases of a folder
// analysed with the new dialect. Once the lead registers the dialects and catalogs these checks
// still hold (they then run twice, here and in the shared tests).
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dialect } from '../../core/dialect.js';
import type { LogRecord } from '../../core/model.js';
import { catalog, type Lang } from '../../i18n/index.js';
import { parseEnvelope } from '../../input/envelope.js';
import { analyze } from '../../analyze.js';
import { goldenView, NOW } from '../../golden/golden.js';
import { DIALECTS } from '../index.js';

/** Make catalogs visible to `t()` / `hasMessage()` (no-op for keys already there). */
export function registerCatalogs(en: Record<string, string>, ja: Record<string, string>): void {
  for (const [lang, msgs] of [['en', en], ['ja', ja]] as [Lang, Record<string, string>][]) {
    const c = catalog(lang) as Record<string, string>;
    for (const [k, v] of Object.entries(msgs)) if (!(k in c)) c[k] = v;
  }
}

/** The dialect list with `d` added once (it may already be registered). */
export function withDialect(...ds: Dialect[]): Dialect[] {
  const out = [...DIALECTS];
  for (const d of ds) if (!out.some((x) => x.id === d.id)) out.push(d);
  return out;
}

export function record(text: string, line = 1): LogRecord {
  return parseEnvelope({ path: 'sample', line, text });
}

function matches(d: Dialect, rec: LogRecord): string[] {
  if (d.matchAll) return d.accepts(rec) ? d.matchAll(rec) : [];
  const p = d.createParser();
  const res = d.accepts(rec) ? [...p.parse(rec), ...(p.flush?.() ?? [])] : [];
  return [...new Set(res.map((r) => r.pattern))];
}

export function claims(d: Dialect, rec: LogRecord): boolean {
  try {
    if (!d.accepts(rec)) return false;
    const p = d.createParser();
    return p.parse(rec).length > 0;
  } catch {
    return false;
  }
}

/**
 * The shared contract for `d` among `all`: samples present, each matched by exactly its own
 * pattern, claimed by no other dialect, explained in every language; and `d` claims no sample
 * of the other dialects.
 */
export function contractProblems(d: Dialect, all: readonly Dialect[], en: Record<string, string>, ja: Record<string, string>): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const p of d.patterns) {
    if (ids.has(p.id)) problems.push(`pattern id ${p.id} used twice`);
    ids.add(p.id);
    if (p.samples.length === 0) problems.push(`pattern ${p.id} has no sample`);
    for (const [lang, c] of [['en', en], ['ja', ja]] as const)
      if (!(`explain.${d.id}.${p.id}` in c)) problems.push(`pattern ${p.id}: no ${lang} explanation`);
    for (const s of p.samples) {
      const rec = record(s);
      const m = matches(d, rec);
      if (m.length !== 1 || m[0] !== p.id) problems.push(`sample of ${p.id} matched [${m.join(', ')}]: ${s.slice(0, 140)}`);
      const raw: LogRecord = { path: 'sample', line: 1, text: s, message: s };
      const mr = matches(d, raw);
      if (mr.length !== 1 || mr[0] !== p.id) problems.push(`raw sample of ${p.id} matched [${mr.join(', ')}]: ${s.slice(0, 140)}`);
      for (const other of all) {
        if (other.id === d.id) continue;
        if (claims(other, rec)) problems.push(`sample of ${p.id} also claimed by ${other.id}: ${s.slice(0, 140)}`);
      }
    }
  }
  for (const other of all) {
    if (other.id === d.id) continue;
    for (const p of other.patterns)
      for (const s of p.samples) if (claims(d, record(s))) problems.push(`${d.id} claims a ${other.id} sample (${p.id}): ${s.slice(0, 140)}`);
  }
  return problems;
}

interface Expectation {
  tunnels: { name: string; code: string; param?: string; status?: string }[];
}

/**
 * Analyse every `cases/*.log` of `dir` with `dialects`, check `cases/expected.json` and the
 * `.golden.json` beside each log. `UPDATE_GOLDEN=1` rewrites the golden files instead.
 */
export async function checkCases(dir: string, dialects: readonly Dialect[]): Promise<void> {
  const expPath = join(dir, 'expected.json');
  const exp = existsSync(expPath) ? (JSON.parse(readFileSync(expPath, 'utf8')) as Record<string, Expectation>) : {};
  const logs = readdirSync(dir).filter((f) => f.endsWith('.log')).sort();
  assert.ok(logs.length > 0, `no cases in ${dir}`);
  for (const name of logs) {
    const path = join(dir, name);
    const r = await analyze([path], { now: NOW, dialects });
    const e = exp[name];
    assert.ok(e, `${name}: no entry in expected.json`);
    for (const t of e.tunnels) {
      const tun = r.tunnels.find((x) => x.name === t.name || x.remote.address === t.name);
      assert.ok(tun, `${name}: no tunnel "${t.name}" (have ${r.tunnels.map((x) => `${x.name ?? x.remote.address ?? '?'}=${x.diagnoses[0]?.code ?? ''}`).join(', ')})`);
      assert.equal(tun.diagnoses[0]?.code, t.code, `${name}: verdict of ${t.name} (${tun.diagnoses.map((d) => d.code).join(', ')})`);
      if (t.param) assert.equal(tun.diagnoses[0]?.details.parameter, t.param, `${name}: parameter of ${t.name}`);
      if (t.status) assert.equal(tun.status, t.status, `${name}: status of ${t.name}`);
    }
    const gp = join(dir, name.replace(/\.log$/, '.golden.json'));
    const view = JSON.parse(JSON.stringify(goldenView(r))) as unknown;
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(gp, JSON.stringify(view, null, 2) + '\n');
    else {
      assert.ok(existsSync(gp), `missing golden file ${gp}: run the test with UPDATE_GOLDEN=1 and review it`);
      assert.deepEqual(view, JSON.parse(readFileSync(gp, 'utf8')), `${name}: golden file differs`);
    }
  }
}

/** Feed adversarial lines through a fresh parser; returns the slowest line's milliseconds. */
export function slowestMs(d: Dialect, lines: readonly string[]): number {
  let worst = 0;
  for (const text of lines) {
    const p = d.createParser();
    const t0 = performance.now();
    const rec: LogRecord = { path: 'adv', line: 1, text, message: text };
    try {
      if (d.accepts(rec)) p.parse(rec);
      d.matchAll?.(rec);
      p.parse(record(text));
      p.flush?.();
    } catch {
      // a parser must not throw; the caller asserts on the result, not here
    }
    worst = Math.max(worst, performance.now() - t0);
  }
  return worst;
}

/** 64 KiB runs of the characters dialect regexes repeat, plain and after a plausible prefix. */
export function adversarialLines(prefixes: readonly string[]): string[] {
  const N = 65536;
  const runs = [' ', '=', '"', '[', ']', ':', '.', '0', 'a', 'A', '/', ',', '-', '\\', '(', 'x.', '1.2.', 'a=', 'a="', '" ', ': '];
  const out: string[] = [];
  for (const r of runs) {
    const body = r.repeat(Math.ceil(N / r.length)).slice(0, N);
    out.push(body);
    for (const p of prefixes) out.push(p + body);
  }
  return out;
}
