// Builds the localised, machine-readable report (schema "ikescope.analysis/1", documented in
// docs/schema.md) from the analyzer's result. Every renderer (text, json, markdown, html) and
// the server read this one object.
import type { AnalyzerResult } from '../core/analyzer.js';
import type { Inventory } from '../core/inventory.js';
import { buildInventory } from '../core/inventory.js';
import type { IkeEvent } from '../core/model.js';
import type { Diagnosis, TunnelStatus } from '../core/rule.js';
import type { Tunnel } from '../core/tunnel.js';
import { catalog, hasMessage, t, type Lang } from '../i18n/index.js';

export const SCHEMA = 'ikescope.analysis/1';

export interface ReportInputWarning {
  id: string;
  message: string;
  line?: number;
}

export interface ReportInput {
  path: string;
  dialects: string[];
  encoding?: string;
  bytes?: number;
  lines: number;
  recognizedLines: number;
  /** Lines that look like IPsec but no dialect read. */
  unreadIpsecLines: number;
  unreadSamples: { line: number; text: string }[];
  reversed?: boolean;
  compressed?: boolean;
  skipped?: boolean;
  warnings: ReportInputWarning[];
}

export interface Evidence {
  path: string;
  line: number;
  text: string;
  side?: string;
}

export interface ReportDiagnosis {
  code: string;
  severity: string;
  confidence: number;
  title: string;
  explanation: string;
  details: Record<string, string | number | boolean>;
  evidence: Evidence[];
  fix: { vendor: string; text: string }[];
}

export interface TimelineEntry {
  time?: string;
  path: string;
  line: number;
  side: string;
  event: string;
  exchange?: string;
  direction?: string;
  summary: string;
}

export interface ReportTunnel {
  id: string;
  name: string;
  origin: string;
  sides: string[];
  dialects: string[];
  local: { address?: string; port?: number; id?: string };
  remote: { address?: string; port?: number; id?: string };
  ikeVersion: number | null;
  role: string | null;
  mode: string | null;
  status: TunnelStatus;
  phase: string;
  attempts: number;
  childSas: {
    spiIn?: string;
    spiOut?: string;
    localTs?: string;
    remoteTs?: string;
    path: string;
    line: number;
  }[];
  diagnoses: ReportDiagnosis[];
  timeline: TimelineEntry[];
  timelineOmitted: number;
  /** Two-sided tunnels: the second side's clock minus the first side's, estimated from messages. */
  clockOffsetMs?: number;
  firstSeen?: string;
  lastSeen?: string;
}

export interface ReportFinding extends ReportDiagnosis {
  tunnel: string;
}

export interface ReportConfig {
  path: string;
  format: string;
  vendor: string;
  tunnels: string[];
  unparsed: { line: number; text: string }[];
  secretsMasked: number;
}

export interface Report {
  schema: typeof SCHEMA;
  tool: { name: 'ikescope'; version: string };
  lang: Lang;
  inputs: ReportInput[];
  summary: Record<TunnelStatus | 'tunnels', number>;
  tunnels: ReportTunnel[];
  findings: ReportFinding[];
  inventory: Inventory;
  /** Configuration files found among the inputs or given with --config. */
  configs: ReportConfig[];
}

export interface InputMeta {
  path: string;
  encoding?: string;
  bytes?: number;
  reversed?: boolean;
  compressed?: boolean;
  skipped?: boolean;
  warnings: { id: string; line?: number; vars?: Record<string, string | number> }[];
}

export interface BuildOptions {
  lang: Lang;
  version: string;
  /** Cap on timeline entries per tunnel (evidence lines are always kept); Infinity = all kept. */
  timelineCap: number;
  meta: InputMeta[];
  /**
   * Let go of each tunnel of `res` once its part of the report is built (`res.tunnels` is emptied):
   * the report then takes the place of the analyzer's state instead of adding to it (issue 2:
   * peak memory). For a result nothing reads afterwards.
   */
  release?: boolean;
}

export function formatTime(e: { time?: number }): string | undefined {
  if (e.time === undefined) return undefined;
  const iso = new Date(e.time).toISOString();
  // Times without a date (seed 003) are kept as time of day.
  return e.time < 86_400_000 ? iso.slice(11, 19) : iso;
}

function evidenceOf(e: IkeEvent): Evidence {
  return { path: e.src.path, line: e.src.line, text: e.src.text, side: e.origin };
}

/** Evidence as lines: a line that gave several events is shown once. */
function evidenceLines(events: readonly IkeEvent[]): Evidence[] {
  const seen = new Set<string>();
  const out: Evidence[] = [];
  for (const e of events) {
    const k = `${e.src.path}\u0000${e.src.line}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(evidenceOf(e));
  }
  return out;
}

function localiseDiagnosis(d: Diagnosis, lang: Lang, tun: Tunnel): ReportDiagnosis {
  const vars: Record<string, string | number> = {
    ...d.vars,
    name: tun.name ?? tun.remote.address ?? '?',
    peer: d.vars.peer ?? tun.remote.address ?? '?',
    local: d.vars.local ?? '?',
    remote: d.vars.remote ?? '?',
    param: d.vars.param ?? '?',
  };
  // A fix that names the parameter that differs ({param}), when the log did not show it: words
  // that say so for it and its values. Fixes that name no parameter keep their own values.
  const paramFixVars =
    d.vars.param === undefined
      ? {
          ...vars,
          param: t(lang, 'fix.var.param'),
          local: d.vars.local ?? t(lang, 'fix.var.local'),
          remote: d.vars.remote ?? t(lang, 'fix.var.remote'),
        }
      : vars;
  const fixes: { vendor: string; text: string }[] = [];
  const seen = new Set<string>();
  for (const f of d.fix) {
    let id = f.id;
    if (!hasMessage('en', id)) id = id.replace(/\.[a-z-]+$/, '.generic');
    if (!hasMessage('en', id) || seen.has(id)) continue;
    seen.add(id);
    fixes.push({
      vendor: id.endsWith('.peer') ? 'peer' : id.endsWith('.generic') ? 'generic' : f.family,
      text: t(lang, id, catalog('en')[id]?.includes('{param}') ? paramFixVars : vars),
    });
  }
  return {
    code: d.code,
    severity: d.severity,
    confidence: Math.round(d.confidence * 100) / 100,
    title: t(lang, `code.${d.code}.title`, vars),
    explanation: t(lang, hasMessage('en', d.why) ? d.why : `why.${d.code}.default`, vars),
    details: d.details,
    evidence: evidenceLines(d.evidence),
    fix: fixes,
  };
}

function timelineOf(
  tun: Tunnel,
  lang: Lang,
  cap: number,
  evidence: Set<number>,
): { entries: TimelineEntry[]; omitted: number } {
  const { events, omitted } = tun.timeline();
  let kept = events;
  let extra = 0;
  if (events.length > cap) {
    const head = Math.ceil(cap / 2);
    const tail = cap - head;
    kept = events.filter((e, i) => i < head || i >= events.length - tail || evidence.has(e.seq));
    extra = events.length - kept.length;
  }
  // A report holds every tunnel's timeline at once: entries of equal time and of equal
  // explanation (events of one line, repeated messages) share one string each.
  let lastTime: number | undefined;
  let lastIso: string | undefined;
  const summaries = new Map<object, { explain: string; summary: string }>();
  const entries = kept.map((e) => {
    if (e.time !== lastTime) {
      lastTime = e.time;
      lastIso = formatTime(e);
    }
    let summary: string = e.kind;
    if (e.explain) {
      const known = e.vars ? summaries.get(e.vars) : undefined;
      if (known?.explain === e.explain) summary = known.summary;
      else {
        summary = t(lang, e.explain, e.vars);
        if (e.vars) summaries.set(e.vars, { explain: e.explain, summary });
      }
    }
    // Keys in the report's order; absent ones are left out, not set to undefined.
    const entry = (lastIso ? { time: lastIso } : {}) as TimelineEntry;
    entry.path = e.src.path;
    entry.line = e.src.line;
    entry.side = e.origin;
    entry.event = e.kind;
    if (e.exchange) entry.exchange = e.exchange;
    if (e.direction) entry.direction = e.direction;
    entry.summary = summary;
    return entry;
  });
  return { entries, omitted: omitted + extra };
}

/** What a released tunnel's place in the analyzer's result holds until the list is emptied. */
const RELEASED = {} as AnalyzerResult['tunnels'][number];

/**
 * The report with its tunnels still to come: `report.tunnels` is empty, and `tunnels` builds each
 * tunnel's part of the report as it is iterated (once), adding that tunnel's findings to
 * `report.findings`. A writer that prints each tunnel as it comes never holds the whole report;
 * with `release`, each tunnel's analyzer state is let go as well (issue 2: peak memory).
 */
export interface ReportStream {
  report: Report;
  tunnels: Iterable<ReportTunnel>;
}

export function buildReport(res: AnalyzerResult, opts: BuildOptions): Report {
  return wholeReport(streamReport(res, opts));
}

/** A streamed report made whole: its tunnels built and put in `report.tunnels`. */
export function wholeReport({ report, tunnels }: ReportStream): Report {
  for (const tn of tunnels) report.tunnels.push(tn);
  return report;
}

export function streamReport(res: AnalyzerResult, opts: BuildOptions): ReportStream {
  const summary: Record<TunnelStatus | 'tunnels', number> = {
    tunnels: 0,
    established: 0,
    failed: 0,
    partial: 0,
    down: 0,
    unknown: 0,
  };
  // Known before any tunnel is built: the summary comes first in every output.
  for (const { diagnosis } of res.tunnels) {
    summary.tunnels++;
    summary[diagnosis.status]++;
  }
  const findings: ReportFinding[] = [];
  const report: Report = {
    schema: SCHEMA,
    tool: { name: 'ikescope', version: opts.version },
    lang: opts.lang,
    inputs: reportInputs(res, opts),
    summary,
    tunnels: [],
    findings,
    inventory: buildInventory(res.inventory),
    configs: [],
  };
  return { report, tunnels: reportTunnels(res, opts, findings) };
}

function* reportTunnels(
  res: AnalyzerResult,
  opts: BuildOptions,
  findings: ReportFinding[],
): Generator<ReportTunnel, void, undefined> {
  const { lang } = opts;
  const list = res.tunnels;
  for (let i = 0; i < list.length; i++) {
    const { tunnel: tun, diagnosis } = list[i]!;
    const id = `T${i + 1}`;
    const diagnoses = diagnosis.diagnoses.map((d) => localiseDiagnosis(d, lang, tun));
    const evidenceSeqs = new Set(diagnosis.diagnoses.flatMap((d) => d.evidence.map((e) => e.seq)));
    const tl = timelineOf(tun, lang, opts.timelineCap, evidenceSeqs);
    const childSas = tun.events('child.established').map((e) => ({
      ...(e.spiIn ? { spiIn: e.spiIn } : {}),
      ...(e.spiOut ? { spiOut: e.spiOut } : {}),
      ...(e.ts?.local ? { localTs: e.ts.local } : {}),
      ...(e.ts?.remote ? { remoteTs: e.ts.remote } : {}),
      path: e.src.path,
      line: e.src.line,
    }));
    const first = tun.firstTime !== undefined ? new Date(tun.firstTime).toISOString() : undefined;
    const last = tun.lastTime !== undefined ? new Date(tun.lastTime).toISOString() : undefined;
    const tn: ReportTunnel = {
      id,
      name: tun.name ?? tun.remote.address ?? tun.remote.id ?? '(unknown peer)',
      origin: tun.origin,
      sides: [...tun.origins],
      dialects: [...tun.dialects],
      local: { ...tun.local },
      remote: { ...tun.remote },
      ikeVersion: tun.ikeVersion ?? null,
      role: tun.role ?? null,
      mode: tun.mode ?? null,
      status: diagnosis.status,
      phase: tun.phase,
      attempts: Math.max(1, tun.attemptCount),
      childSas,
      diagnoses,
      timeline: tl.entries,
      timelineOmitted: tl.omitted,
      ...(tun.offsets.size ? { clockOffsetMs: [...tun.offsets.values()][0]! } : {}),
      ...(first && tun.firstTime! >= 86_400_000 ? { firstSeen: first } : {}),
      ...(last && tun.lastTime! >= 86_400_000 ? { lastSeen: last } : {}),
    };
    diagnosis.diagnoses.forEach((d, j) => {
      const rd = diagnoses[j];
      if (rd && (d.code === 'WEAK_CRYPTO' || d.code === 'LIFETIME_MISMATCH'))
        findings.push({ tunnel: id, ...rd });
    });
    if (opts.release) list[i] = RELEASED;
    yield tn;
  }
  if (opts.release) list.length = 0;
}

function reportInputs(res: AnalyzerResult, opts: BuildOptions): ReportInput[] {
  const { lang } = opts;
  const inputs: ReportInput[] = res.inputs.map((s) => {
    const m = opts.meta.find((x) => x.path === s.path);
    return {
      path: s.path,
      dialects: [...s.dialects],
      ...(m?.encoding ? { encoding: m.encoding } : {}),
      ...(m?.bytes !== undefined ? { bytes: m.bytes } : {}),
      lines: s.lines,
      recognizedLines: s.recognizedLines,
      unreadIpsecLines: s.ipsecLookingUnread,
      unreadSamples: s.unreadSamples,
      ...(m?.reversed ? { reversed: true } : {}),
      ...(m?.compressed ? { compressed: true } : {}),
      ...(m?.skipped ? { skipped: true } : {}),
      warnings: (m?.warnings ?? []).map((w) => ({
        id: w.id,
        message: t(lang, w.id, {
          path: s.path,
          ...(w.line !== undefined ? { line: w.line } : {}),
          ...w.vars,
        }),
        ...(w.line !== undefined ? { line: w.line } : {}),
      })),
    };
  });
  // Inputs that were skipped never reached the analyzer: still report them.
  for (const m of opts.meta)
    if (!inputs.some((x) => x.path === m.path))
      inputs.push({
        path: m.path,
        dialects: [],
        lines: 0,
        recognizedLines: 0,
        unreadIpsecLines: 0,
        unreadSamples: [],
        ...(m.skipped ? { skipped: true } : {}),
        warnings: m.warnings.map((w) => ({ id: w.id, message: t(lang, w.id, { path: m.path, ...w.vars }) })),
      });
  return inputs;
}
