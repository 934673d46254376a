// Golden cases: every dialect folder's `cases/*.log` is analysed on its own and compared with the
// reviewed `cases/<name>.golden.json` beside it (regenerate with `npm run golden`, review the diff
// like code). A folder's `cases/expected.json` states the verdicts by hand; both are checked.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../analyze.js';
import type { Report } from '../report/build.js';

export const NOW = new Date('2026-11-24T12:00:00Z');

export interface CaseFile {
  dir: string;
  name: string;
  path: string;
}

export function caseFiles(root = 'src/dialects'): CaseFile[] {
  const out: CaseFile[] = [];
  for (const d of readdirSync(root, { withFileTypes: true })) {
    if (!d.isDirectory()) continue;
    const dir = join(root, d.name, 'cases');
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).sort())
      if (/\.(?:log|txt|gz)$/.test(f)) out.push({ dir, name: f, path: join(dir, f) });
  }
  return out;
}

/** The part of a report that a golden file pins: verdicts, facts and evidence lines, not prose. */
export function goldenView(r: Report): unknown {
  return {
    inputs: r.inputs.map((i) => ({
      dialects: i.dialects,
      lines: i.lines,
      recognizedLines: i.recognizedLines,
      unreadIpsecLines: i.unreadIpsecLines,
      ...(i.reversed ? { reversed: true } : {}),
      warnings: i.warnings.map((w) => w.id),
    })),
    tunnels: r.tunnels.map((t) => ({
      name: t.name,
      status: t.status,
      phase: t.phase,
      ikeVersion: t.ikeVersion,
      role: t.role,
      mode: t.mode,
      local: t.local,
      remote: t.remote,
      attempts: t.attempts,
      childSas: t.childSas.map((c) => ({
        spiIn: c.spiIn,
        spiOut: c.spiOut,
        localTs: c.localTs,
        remoteTs: c.remoteTs,
      })),
      diagnoses: t.diagnoses.map((d) => ({
        code: d.code,
        severity: d.severity,
        confidence: d.confidence,
        details: d.details,
        evidence: d.evidence.map((e) => e.line),
        fix: d.fix.map((f) => f.vendor),
      })),
    })),
    inventory: { entries: r.inventory.entries.length, findings: r.inventory.findings.map((f) => f.code) },
  };
}

export async function analyzeCase(c: CaseFile): Promise<Report> {
  return analyze([c.path], { now: NOW });
}

export function goldenPath(c: CaseFile): string {
  return join(c.dir, c.name.replace(/\.(?:log|txt|gz)$/, '.golden.json'));
}

export interface Expectation {
  tunnels: { name: string; code: string; param?: string; status?: string; origin?: string }[];
}

export function expectations(dir: string): Record<string, Expectation> {
  const p = join(dir, 'expected.json');
  return existsSync(p) ? (JSON.parse(readFileSync(p, 'utf8')) as Record<string, Expectation>) : {};
}
