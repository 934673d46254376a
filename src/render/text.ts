// Plain-text report: one block per tunnel (endpoints, IKE version, role, furthest step,
// verdict, evidence with path:line, reasoning, fix). Colour only when asked (TTY).
import pc from 'picocolors';
import { originOf } from '../core/analyzer.js';
import type { Report, ReportDiagnosis, ReportTunnel } from '../report/build.js';
import { t, type Lang } from '../i18n/index.js';
import { hostPort } from '../config/shared/net.js';

export interface TextOptions {
  lang: Lang;
  color: boolean;
  /** Show the timeline of each tunnel as well. */
  timeline?: boolean;
  /**
   * The origins that are the inputs' files: a tunnel of another origin was read from the lines of
   * one syslog host among several, and its block names that host.
   */
  fileOrigins?: ReadonlySet<string>;
}

type Paint = (s: string) => string;
interface Palette {
  bold: Paint;
  dim: Paint;
  red: Paint;
  green: Paint;
  yellow: Paint;
  cyan: Paint;
}

function palette(color: boolean): Palette {
  const c = pc.createColors(color);
  return { bold: c.bold, dim: c.dim, red: c.red, green: c.green, yellow: c.yellow, cyan: c.cyan };
}

function endpoint(e: { address?: string; port?: number; id?: string }): string {
  const addr = e.address ? hostPort(e.address, e.port) : '?';
  return e.id && e.id !== e.address ? `${addr} [${e.id}]` : addr;
}

function statusPaint(p: Palette, status: string): Paint {
  if (status === 'established') return p.green;
  if (status === 'failed') return p.red;
  if (status === 'down') return p.yellow;
  return p.dim;
}

function severityPaint(p: Palette, sev: string): Paint {
  return sev === 'error' ? p.red : sev === 'warning' ? p.yellow : p.cyan;
}

function diagnosisBlock(d: ReportDiagnosis, lang: Lang, p: Palette, verdict: boolean): string[] {
  const out: string[] = [];
  const head = verdict ? t(lang, 'ui.verdict') : t(lang, 'ui.alsoFound');
  out.push(
    `  ${p.bold(head)}: ${severityPaint(p, d.severity)(p.bold(d.code))} — ${d.title} ${p.dim(`(${t(lang, 'ui.confidence')} ${d.confidence.toFixed(2)})`)}`,
  );
  out.push(`    ${d.explanation}`);
  const det = Object.entries(d.details).filter(([k]) => k !== 'count');
  if (det.length) out.push(`    ${p.dim(det.map(([k, v]) => `${k}=${String(v)}`).join('  '))}`);
  if (d.evidence.length) {
    out.push(`    ${p.bold(t(lang, 'ui.evidence'))}:`);
    for (const e of d.evidence) out.push(`      ${p.cyan(`${e.path}:${e.line}`)}  ${truncate(e.text, 220)}`);
  }
  if (d.fix.length) {
    out.push(`    ${p.bold(t(lang, 'ui.fix'))}:`);
    for (const f of d.fix) out.push(`      - ${f.text}`);
  }
  return out;
}

function truncate(s: string, n: number): string {
  return s.length > n ? s.slice(0, n - 1) + '…' : s;
}

const SEQ_KINDS = new Set([
  'msg.sent',
  'ike.established',
  'child.established',
  'ike.timeout',
  'ike.auth.failed',
  'proposal.none',
  'proposal.mismatch',
  'psk.mismatch',
  'ts.mismatch',
  'peer.not-configured',
  'dpd.dead',
]);

/** Two-sided tunnels: the exchange as a two-column sequence of messages. */
function sequence(tn: ReportTunnel, opts: TextOptions, p: Palette): string[] {
  const [left, right] = tn.sides as [string, string];
  const w = 44;
  const out: string[] = [];
  const off =
    tn.clockOffsetMs !== undefined
      ? ` (${t(opts.lang, 'ui.clockOffset', { s: (tn.clockOffsetMs / 1000).toFixed(1) })})`
      : '';
  out.push(`  ${p.bold(t(opts.lang, 'ui.sequence'))}${off}:`);
  out.push(`    ${''.padEnd(8)} ${truncate(left, w).padEnd(w)}   ${truncate(right, w)}`);
  let prev = '';
  for (const e of tn.timeline) {
    if (!SEQ_KINDS.has(e.event)) continue;
    const k = `${e.side}|${e.event}|${e.summary}`;
    if (k === prev) continue;
    prev = k;
    const time = (e.time ?? '')
      .replace(/^\d{4}-\d\d-\d\dT/, '')
      .slice(0, 8)
      .padEnd(8);
    const label = truncate(e.summary, w - 4);
    if (e.event === 'msg.sent') {
      if (e.side === left) out.push(`    ${p.dim(time)} ${(label + ' ').padEnd(w, '─')}─▶ `);
      else out.push(`    ${p.dim(time)} ${''.padEnd(w - label.length - 1)}◀─ ${label}`);
    } else if (e.side === left) out.push(`    ${p.dim(time)} ${p.yellow(`• ${label}`)}`);
    else out.push(`    ${p.dim(time)} ${''.padEnd(w)}   ${p.yellow(`• ${label}`)}`);
  }
  return out;
}

export function renderTunnel(tn: ReportTunnel, opts: TextOptions): string {
  const p = palette(opts.color);
  const { lang } = opts;
  const out: string[] = [];
  const status = statusPaint(p, tn.status)(t(lang, `status.${tn.status}`).toUpperCase());
  out.push(`${p.bold(`${tn.id}  ${tn.name}`)}  ${status}`);
  const host =
    opts.fileOrigins !== undefined && tn.sides.length === 1 && !opts.fileOrigins.has(tn.origin)
      ? `   ${t(lang, 'ui.host')}: ${tn.origin}`
      : '';
  out.push(
    `  ${t(lang, 'ui.local')}: ${endpoint(tn.local)}   ${t(lang, 'ui.remote')}: ${endpoint(tn.remote)}${host}`,
  );
  const facts = [
    tn.ikeVersion ? `IKEv${tn.ikeVersion}` : t(lang, 'ui.ikeVersionUnknown'),
    tn.mode ? t(lang, `mode.${tn.mode}`) : undefined,
    tn.role ? t(lang, `role.${tn.role}`) : undefined,
    `${t(lang, 'ui.phase')}: ${t(lang, `phase.${tn.phase}`)}`,
    t(lang, 'ui.attempts', { n: tn.attempts }),
  ].filter(Boolean);
  out.push(`  ${facts.join(' · ')}`);
  if (tn.sides.length > 1) out.push(`  ${t(lang, 'ui.sides')}: ${tn.sides.join(' ↔ ')}`);
  if (tn.childSas.length) {
    const last = tn.childSas[tn.childSas.length - 1]!;
    out.push(
      `  ${t(lang, 'ui.childSa')}: ${last.spiIn ?? '?'}/${last.spiOut ?? '?'}${last.localTs ? `  ${last.localTs} === ${last.remoteTs ?? '?'}` : ''}`,
    );
  }
  tn.diagnoses.forEach((d, i) => out.push(...diagnosisBlock(d, lang, p, i === 0)));
  if (tn.sides.length === 2) out.push(...sequence(tn, opts, p));
  if (opts.timeline) {
    out.push(`  ${p.bold(t(lang, 'ui.timeline'))}:`);
    for (const e of tn.timeline)
      out.push(`    ${p.dim(e.time ?? '')} ${p.cyan(`${e.path}:${e.line}`)} ${e.summary}`);
    if (tn.timelineOmitted)
      out.push(`    ${p.dim(t(lang, 'ui.timelineOmitted', { n: tn.timelineOmitted }))}`);
  }
  return out.join('\n');
}

export function renderText(r: Report, opts: TextOptions): string {
  return [...renderTextPieces(r, r.tunnels, opts)].join('');
}

/**
 * `renderText` in pieces, with the tunnels read from `tunnels` as they are printed (a report
 * whose tunnels are built one at a time, see `analyzeStream`); `r.summary` must count them.
 */
export function* renderTextPieces(
  r: Report,
  tunnels: Iterable<ReportTunnel>,
  opts: TextOptions,
): Generator<string> {
  const p = palette(opts.color);
  const { lang } = opts;
  const line = (s: string): string => `${s}\n`;
  for (const inp of r.inputs) {
    const dialects = inp.dialects.length ? inp.dialects.join(', ') : t(lang, 'ui.noDialect');
    const extra = [
      inp.encoding && inp.encoding.toLowerCase() !== 'utf-8' ? inp.encoding : undefined,
      inp.reversed ? t(lang, 'ui.reversed') : undefined,
      inp.compressed ? 'gzip' : undefined,
    ].filter(Boolean);
    yield line(
      p.dim(
        `${inp.path}: ${t(lang, 'ui.inputLine', { lines: inp.lines, recognized: inp.recognizedLines, dialects })}${extra.length ? ` (${extra.join(', ')})` : ''}`,
      ),
    );
    if (inp.unreadIpsecLines > 0)
      yield line(p.yellow(`  ${t(lang, 'ui.unread', { n: inp.unreadIpsecLines })}`));
    for (const w of inp.warnings) yield line(p.yellow(`  ${w.message}`));
  }
  yield line('');
  let none = true;
  const withHosts = { ...opts, fileOrigins: new Set(r.inputs.map((i) => originOf(i.path))) };
  for (const tn of tunnels) {
    none = false;
    yield line(renderTunnel(tn, withHosts));
    yield line('');
  }
  // Where the tunnels would have been.
  if (none) yield line(t(lang, 'ui.noTunnels'));
  const s = r.summary;
  yield line(
    p.bold(
      t(lang, 'ui.summary', {
        tunnels: s.tunnels,
        established: s.established,
        failed: s.failed,
        down: s.down,
        partial: s.partial,
        unknown: s.unknown,
      }),
    ),
  );
}
