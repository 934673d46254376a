// Golden cases for configuration parsers: every `cases/<name>.(cfg|conf|xml)` of a parser folder is
// parsed and compared with the reviewed `cases/<name>.expected.json` beside it. Regenerate with
// `UPDATE_GOLDEN=1 node scripts/run-tests.js config/` and review the diff like code.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ParsedConfig } from '../../core/policy.js';
import { SEEDS_DIR } from '../../seeds/seeds.js';

export const CONFIG_ROOT = 'src/config';

export interface ConfigCase {
  vendorDir: string;
  name: string;
  path: string;
  expected: string;
}

const CASE_FILE = /\.(?:cfg|conf|xml)$/;

export function configCases(vendorDir: string): ConfigCase[] {
  const dir = join(CONFIG_ROOT, vendorDir, 'cases');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => CASE_FILE.test(f))
    .sort()
    .map((f) => ({
      vendorDir,
      name: f,
      path: join(dir, f),
      expected: join(dir, `${f.replace(CASE_FILE, '')}.expected.json`),
    }));
}

/** The stable JSON form of a parse result (what the golden file holds). */
export function goldenJson(r: ParsedConfig): string {
  return `${JSON.stringify(r, null, 2)}\n`;
}

/** Compare with the golden file (or write it when UPDATE_GOLDEN=1). Returns the expected text. */
export function checkGolden(
  c: ConfigCase,
  r: ParsedConfig,
): { actual: string; expected: string | undefined } {
  const actual = goldenJson(r);
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(c.expected, actual);
  const expected = existsSync(c.expected) ? readFileSync(c.expected, 'utf8') : undefined;
  return { actual, expected };
}

/** Inputs that must never be taken for an appliance configuration: logs, seeds, Linux IPsec configurations. */
export function logSamples(): { path: string; lines: string[] }[] {
  const out: { path: string; lines: string[] }[] = [];
  const add = (p: string): void => {
    if (existsSync(p)) out.push({ path: p, lines: readFileSync(p, 'utf8').split(/\r\n|\r|\n/, 400) });
  };
  if (existsSync(SEEDS_DIR))
    for (const f of readdirSync(SEEDS_DIR).sort()) if (f.endsWith('.txt')) add(join(SEEDS_DIR, f));
  const corpus = 'lab/corpus';
  if (existsSync(corpus))
    for (const d of readdirSync(corpus).sort()) {
      const dir = join(corpus, d);
      if (!statSync(dir).isDirectory()) continue;
      // logs, syslog, status output, and strongSwan configurations (another parser's formats)
      for (const f of readdirSync(dir).sort()) if (/\.(?:log|syslog|txt|conf)$/.test(f)) add(join(dir, f));
    }
  for (const other of ['strongswan', 'libreswan', 'ipsec-conf']) {
    const cases = join(CONFIG_ROOT, other, 'cases');
    if (!existsSync(cases)) continue;
    for (const f of readdirSync(cases).sort())
      if (statSync(join(cases, f)).isFile() && !f.endsWith('.json')) add(join(cases, f));
  }
  const dialects = 'src/dialects';
  if (existsSync(dialects))
    for (const d of readdirSync(dialects).sort()) {
      const cases = join(dialects, d, 'cases');
      if (!existsSync(cases)) continue;
      for (const f of readdirSync(cases).sort()) if (/\.(?:log|txt)$/.test(f)) add(join(cases, f));
    }
  return out;
}
