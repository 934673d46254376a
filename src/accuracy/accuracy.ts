// Accuracy on the lab corpus (lab/corpus/<scenario>/truth.json): every side's log is analysed on
// its own and its verdict compared with the ground truth the lab recorded from the real daemons.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { analyze, analyzeText } from '../analyze.js';
import type { Report, ReportTunnel } from '../report/build.js';

export interface TruthSide {
  daemon: string;
  role: string;
  log: string | null;
  syslog?: string | null;
  expected: string;
  param?: string;
  /** Whether this side's log can carry the evidence for the expected verdict. */
  evidence: boolean;
  /** Codes that must also appear among the diagnoses (e.g. STALE_SA behind ESTABLISHED). */
  also?: string[];
  note?: string;
  conn?: string;
  /**
   * Several connections on this side (lab/corpus-multi): the verdict each should get, by connection
   * name. When present, each tunnel is scored on its own and the side's `expected` is not scored.
   */
  tunnels?: Record<string, TruthTunnel>;
}

/** The expected verdict of one connection of a side that has several. */
export interface TruthTunnel {
  expected: string;
  param?: string;
  evidence: boolean;
  also?: string[];
  /**
   * The peer's identity on this connection: a log that never names the connection (a responder
   * that refused the peer before choosing a configuration) is matched to it by this.
   */
  remoteId?: string;
}

export interface Truth {
  scenario: string;
  description: string;
  sides: Record<string, TruthSide>;
}

export interface AccuracyRow {
  scenario: string;
  side: string;
  /** The connection scored, for sides with several (TruthSide.tunnels). */
  tunnel?: string;
  form: 'log' | 'syslog' | 'both';
  daemon: string;
  role: string;
  expected: string;
  got: string;
  param?: string;
  gotParam?: string;
  confidence: number;
  evidence: boolean;
  ok: boolean;
}

const NOW = new Date('2026-11-24T12:00:00Z');

/** A corpus log's bytes (`.gz` ones unpacked: the verbose corpus is stored compressed). */
function readLog(path: string): Buffer {
  const data = readFileSync(path);
  return path.endsWith('.gz') ? gunzipSync(data) : data;
}

export function loadCorpus(root = 'lab/corpus'): { dir: string; truth: Truth }[] {
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .sort()
    .filter((d) => existsSync(join(root, d, 'truth.json')))
    .map((d) => ({
      dir: join(root, d),
      truth: JSON.parse(readFileSync(join(root, d, 'truth.json'), 'utf8')) as Truth,
    }));
}

/** The tunnel a side's verdict is read from: the scenario's connection, else the one that failed. */
export function pickTunnel(r: Report, conn?: string): ReportTunnel | undefined {
  const named = conn ? r.tunnels.find((t) => t.name === conn) : undefined;
  if (named) return named;
  const bad = r.tunnels.find((t) => t.status === 'failed' || t.status === 'down');
  return bad ?? r.tunnels.find((t) => t.status === 'established') ?? r.tunnels[0];
}

/**
 * The tunnel of connection `conn` in a report of a side with several connections: the one named
 * after it, else the one whose peer identity is the connection's and that is not named after
 * another of the side's connections.
 */
export function findTunnel(
  r: Report,
  conn: string,
  truth: TruthTunnel,
  others: readonly string[],
): ReportTunnel | undefined {
  const named = r.tunnels.find((t) => t.name === conn);
  if (named || truth.remoteId === undefined) return named;
  // Libreswan writes an FQDN identity with its '@'.
  const byId = r.tunnels.filter(
    (t) => t.remote.id?.replace(/^@/, '') === truth.remoteId && !others.includes(t.name),
  );
  return byId.length === 1 ? byId[0] : undefined;
}

/**
 * Whether a log can name the mismatching parameter at all: it must show the peer's offer against
 * this side's (strongSwan's received/configured proposals, "no acceptable X", PAN-OS "rejected X",
 * an INVALID_KE_PAYLOAD group request). An initiator told only NO_PROPOSAL_CHOSEN cannot.
 */
const PARAM_EVIDENCE =
  /received proposals|no acceptable (?:ENCRYPTION|INTEGRITY|PSEUDO|DIFFIE|KEY_EXCHANGE)|rejected \w{2,20}:|didn't accept DH group|remote proposals?:|peer proposal/i;

function row(
  scenario: string,
  side: string,
  form: AccuracyRow['form'],
  s: TruthSide,
  r: Report,
  logText = '',
  /** The tunnel to score (null: none was found); by default the one pickTunnel chooses. */
  tunnel?: ReportTunnel | null,
): AccuracyRow {
  const t = tunnel === undefined ? pickTunnel(r, s.conn) : (tunnel ?? undefined);
  const v = t?.diagnoses[0];
  const got = v?.code ?? 'NO_TUNNEL';
  const gotParam = typeof v?.details.parameter === 'string' ? v.details.parameter : undefined;
  const paramRequired = s.param !== undefined && PARAM_EVIDENCE.test(logText);
  const ok =
    got === s.expected &&
    (!paramRequired || gotParam === s.param) &&
    (s.also ?? []).every((c) => t?.diagnoses.some((d) => d.code === c));
  return {
    scenario,
    side,
    form,
    daemon: s.daemon,
    role: s.role,
    expected: s.expected,
    got,
    ...(s.param ? { param: paramRequired ? s.param : `${s.param} (not in this log)` } : {}),
    ...(gotParam ? { gotParam } : {}),
    confidence: v?.confidence ?? 0,
    evidence: s.evidence,
    ok,
  };
}

/**
 * A side's rows: one for the side, or one per connection when the truth lists several (each
 * connection's tunnel scored against that connection's truth).
 */
function sideRows(
  scenario: string,
  side: string,
  form: AccuracyRow['form'],
  s: TruthSide,
  r: Report,
  logText: string,
): AccuracyRow[] {
  if (!s.tunnels) return [row(scenario, side, form, s, r, logText)];
  const names = Object.keys(s.tunnels);
  return Object.entries(s.tunnels).map(([conn, tt]) => {
    const t = findTunnel(
      r,
      conn,
      tt,
      names.filter((n) => n !== conn),
    );
    // The side's daemon and role with this connection's truth (not the side's param or also).
    const one: TruthSide = {
      daemon: s.daemon,
      role: s.role,
      log: s.log,
      expected: tt.expected,
      evidence: tt.evidence,
      ...(tt.param !== undefined ? { param: tt.param } : {}),
      ...(tt.also !== undefined ? { also: tt.also } : {}),
      conn,
    };
    // No tunnel for this connection is a miss (NO_TUNNEL), not the side's most failed tunnel.
    return { ...row(scenario, side, form, one, r, logText, t ?? null), tunnel: conn };
  });
}

export async function accuracy(root = 'lab/corpus'): Promise<AccuracyRow[]> {
  const rows: AccuracyRow[] = [];
  for (const { dir, truth } of loadCorpus(root)) {
    for (const [side, s] of Object.entries(truth.sides)) {
      if (!s.log) continue;
      const logPath = join(dir, s.log);
      if (existsSync(logPath))
        rows.push(
          ...sideRows(
            truth.scenario,
            side,
            'log',
            s,
            await analyze([logPath], { now: NOW }),
            readLog(logPath).toString('utf8'),
          ),
        );
      if (s.syslog && existsSync(join(dir, s.syslog)))
        rows.push(
          ...sideRows(
            truth.scenario,
            side,
            'syslog',
            s,
            await analyze([join(dir, s.syslog)], { now: NOW }),
            readLog(join(dir, s.syslog)).toString('utf8'),
          ),
        );
    }
    // Both ends at once: the merged verdict must be the truth of the side that had the evidence.
    const sides = Object.values(truth.sides).filter((s) => s.log && existsSync(join(dir, s.log)));
    if (sides.length === 2) {
      const r = await analyzeText(
        sides.map((s) => ({ path: join(dir, s.log!), data: readLog(join(dir, s.log!)) })),
        { now: NOW },
      );
      const text = sides.map((s) => readLog(join(dir, s.log!)).toString('utf8')).join('\n');
      const merged = (s: TruthSide): TruthSide => ({
        ...s,
        role: 'merged',
        daemon: sides.map((x) => x.daemon).join('+'),
      });
      const best = sides.find((s) => s.evidence) ?? sides[0]!;
      if (!best.tunnels) rows.push(row(truth.scenario, 'both', 'both', merged(best), r, text));
      else {
        // Per connection: the truth of the side whose log has that connection's evidence.
        const tunnels: Record<string, TruthTunnel> = {};
        for (const conn of Object.keys(best.tunnels)) {
          const own = sides.map((s) => s.tunnels?.[conn]).filter((x) => x !== undefined);
          const pick = own.find((x) => x.evidence) ?? own[0]!;
          // Each side names the other's identity: once merged, the tunnel is found by its name.
          tunnels[conn] = { ...pick, remoteId: undefined };
        }
        rows.push(...sideRows(truth.scenario, 'both', 'both', merged({ ...best, tunnels }), r, text));
      }
    }
  }
  return rows;
}

export function formatTable(rows: AccuracyRow[]): string {
  const head =
    '| scenario | side | form | daemon | role | expected | got | parameter (expected / got) | confidence | evidence in log | ok |';
  const lines = [head, '|---|---|---|---|---|---|---|---|---|---|---|'];
  for (const r of rows)
    lines.push(
      `| ${r.scenario} | ${r.side}${r.tunnel !== undefined ? ` (${r.tunnel})` : ''} | ${r.form} | ${r.daemon} | ${r.role} | ${r.expected} | ${r.got} | ${r.param ? `${r.param} / ${r.gotParam ?? '-'}` : ''} | ${r.confidence.toFixed(2)} | ${r.evidence ? 'yes' : 'no'} | ${r.ok ? 'yes' : '**no**'} |`,
    );
  return lines.join('\n');
}

export function totals(rows: AccuracyRow[]): {
  all: number;
  ok: number;
  evidence: number;
  evidenceOk: number;
} {
  const ev = rows.filter((r) => r.evidence);
  return {
    all: rows.length,
    ok: rows.filter((r) => r.ok).length,
    evidence: ev.length,
    evidenceOk: ev.filter((r) => r.ok).length,
  };
}
