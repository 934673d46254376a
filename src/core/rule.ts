// Diagnosis rules and the engine that runs them on a tunnel.
// A rule is one file in src/rules/: a stable code, what it needs, and examples that must fire
// and examples that must stay silent (typescript-eslint style). Text lives in the catalogs:
// `code.<CODE>.title`, `code.<CODE>.description`, `why.<CODE>.<variant>`, `fix.<CODE>.<family>`.
import type { Dialect, FixFamily } from './dialect.js';
import type { EventKind, IkeEvent } from './model.js';
import { phaseRank } from './model.js';
import type { Tunnel } from './tunnel.js';

export const VERDICT_CODES = [
  'ESTABLISHED',
  'PEER_UNREACHABLE',
  'PEER_NOT_CONFIGURED',
  'IKE_VERSION_MISMATCH',
  'MODE_MISMATCH',
  'IKE_PROPOSAL_MISMATCH',
  'PSK_MISMATCH',
  'ID_MISMATCH',
  'CERT_INVALID',
  'EAP_AUTH_FAILED',
  'AUTH_FAILED',
  'TS_MISMATCH',
  'CHILD_PROPOSAL_MISMATCH',
  'PFS_MISMATCH',
  'LOCAL_SA_INSTALL_FAILED',
  'DPD_PEER_DEAD',
  'NAT_T_BLOCKED',
  'FRAGMENTATION_DROPPED',
  'REKEY_FAILED',
  'SA_DELETED_BY_PEER',
  'STALE_SA',
  'TUNNEL_DOWN',
  'CLOSED',
  'INCONCLUSIVE',
] as const;
export const FINDING_CODES = ['WEAK_CRYPTO', 'LIFETIME_MISMATCH'] as const;
export type VerdictCode = (typeof VERDICT_CODES)[number];
export type FindingCode = (typeof FINDING_CODES)[number];
export type Code = VerdictCode | FindingCode;
export const ALL_CODES: readonly Code[] = [...VERDICT_CODES, ...FINDING_CODES];

export type Severity = 'error' | 'warning' | 'info';
export type TunnelStatus = 'established' | 'failed' | 'partial' | 'down' | 'unknown';

/** What a rule found. The engine turns it into a Diagnosis with localised text. */
export interface RuleHit {
  /** 0..1: how sure the evidence makes us. */
  confidence: number;
  /** The lines that prove it (events; their source lines become the evidence). */
  evidence: IkeEvent[];
  /** Catalog variant of the reasoning: `why.<CODE>.<why>`. */
  why: string;
  vars?: Record<string, string | number>;
  /** Machine-readable facts (parameter, local/remote values, the vendor's own reason...). */
  details?: Record<string, string | number | boolean>;
  severity?: Severity;
  /**
   * This firing's rank, when its evidence makes the cause less fundamental than the rule's own
   * rank says (a child SA refused in an IKEv2 IKE_AUTH whose peer this side then rejected).
   */
  rank?: number;
}

export interface RuleExample {
  name: string;
  /** A log excerpt (real lines of some dialect). */
  log: string;
  /** Name (or peer address) of the tunnel the expectation is about; default: any tunnel. */
  tunnel?: string;
}

export interface Rule {
  code: Code;
  kind: 'verdict' | 'finding';
  severity: Severity;
  /** Lower ranks are more specific causes and win the verdict when several fire. */
  rank: number;
  /** The event kinds the rule reads (documentation and a cheap pre-check). */
  needs: readonly EventKind[];
  evaluate(t: TunnelView): RuleHit | undefined;
  examples: { fire: readonly RuleExample[]; silent: readonly RuleExample[] };
}

/** A tunnel with its derived status, as rules see it. */
export interface TunnelView {
  t: Tunnel;
  status: TunnelStatus;
  /** Seq of the last event that showed the tunnel up / down / failing. */
  lastUp: number;
  lastDown: number;
  lastFailure: number;
}

export interface Diagnosis {
  code: Code;
  severity: Severity;
  confidence: number;
  why: string;
  vars: Record<string, string | number>;
  details: Record<string, string | number | boolean>;
  evidence: IkeEvent[];
  /** Catalog ids of the fix steps, already resolved to the families present. */
  fix: { id: string; family: FixFamily }[];
}

export interface TunnelDiagnosis {
  status: TunnelStatus;
  diagnoses: Diagnosis[];
}

/** Failures that can hit a tunnel while it is up (rekeying, a second child SA). */
const LIVE_FAILURES: ReadonlySet<Code> = new Set<Code>([
  'REKEY_FAILED',
  'PFS_MISMATCH',
  'CHILD_PROPOSAL_MISMATCH',
  'TS_MISMATCH',
]);

const UP_KINDS: readonly EventKind[] = ['child.established', 'tunnel.up'];
const DOWN_KINDS: readonly EventKind[] = ['ike.deleted', 'child.deleted', 'dpd.dead', 'tunnel.down'];
/** Failures that end a negotiation (rekey failures of a live SA do not take the tunnel down). */
const FAIL_KINDS: readonly EventKind[] = [
  'ike.timeout',
  'ike.auth.failed',
  'child.failed',
  'proposal.none',
  'proposal.mismatch',
  'peer.not-configured',
  'id.mismatch',
  'ts.mismatch',
  'mode.mismatch',
  'version.mismatch',
  'pfs.mismatch',
  'cert.invalid',
  'eap.failed',
  'psk.mismatch',
  'sa.install.failed',
  'nat.blocked',
  'frag.dropped',
];

function lastSeqOf(t: Tunnel, kinds: readonly EventKind[]): number {
  let m = -1;
  for (const k of kinds) for (const e of t.events(k)) if (t.order(e) > m) m = t.order(e);
  return m;
}

const ERROR_NOTIFIES = new Set([
  'NO_PROPOSAL_CHOSEN',
  'AUTHENTICATION_FAILED',
  'TS_UNACCEPTABLE',
  'INVALID_ID_INFORMATION',
  'INVALID_KE_PAYLOAD',
  'INVALID_MAJOR_VERSION',
  'INVALID_SYNTAX',
  'INTERNAL_ADDRESS_FAILURE',
  'FAILED_CP_REQUIRED',
  'SINGLE_PAIR_REQUIRED',
  'INVALID_HASH_INFORMATION',
  'PAYLOAD_MALFORMED',
]);

export function viewOf(t: Tunnel): TunnelView {
  let lastUp = lastSeqOf(t, UP_KINDS);
  const ikeUp = lastSeqOf(t, ['ike.established']);
  const lastDown = lastSeqOf(t, DOWN_KINDS);
  let lastFailure = lastSeqOf(t, FAIL_KINDS);
  for (const k of ['notify.received', 'notify.sent'] as const)
    for (const e of t.events(k))
      if (e.notify && ERROR_NOTIFIES.has(e.notify) && t.order(e) > lastFailure) lastFailure = t.order(e);
  // The live replay of SA state decides between up and down when the tunnel was ever up:
  // a reauthentication or rekey deletes old SAs after the new ones are up.
  const live = t.liveState();
  if (t.live.size > 1) {
    const sides = [...t.live.values()];
    const up = sides.filter((x) => x.children.size > 0).length;
    const failedSide = sides.some((x) => !x.everUp) && lastFailure >= 0;
    if (up > 0 && failedSide) return { t, status: 'failed', lastUp, lastDown, lastFailure };
  }
  if (live?.everUp) {
    if (live.children.size > 0) {
      const status: TunnelStatus = lastSeqOf(t, ['ike.timeout']) > lastUp ? 'failed' : 'established';
      return { t, status, lastUp, lastDown, lastFailure };
    }
    return {
      t,
      status: lastFailure > Math.max(lastDown, lastUp) ? 'failed' : 'down',
      lastUp,
      lastDown,
      lastFailure,
    };
  }
  // An IKE SA that came up counts as up when no child SA failed after it (IKEv1 phase 1 alone,
  // or an IKEv2 SA whose CHILD_SA is still to come).
  let status: TunnelStatus;
  if (lastUp < 0 && ikeUp >= 0 && lastFailure < ikeUp && lastDown < ikeUp) {
    status = 'partial';
    lastUp = -1;
  } else if (lastUp >= 0 && lastUp > lastDown && lastUp > lastFailure) status = 'established';
  else if (lastUp >= 0 && lastDown > lastUp && lastDown >= lastFailure) status = 'down';
  else if (lastFailure >= 0) status = 'failed';
  else if (lastDown >= 0) status = 'down';
  else if (t.phase !== 'none') status = 'partial';
  else status = 'unknown';
  // Repeated failing attempts after an earlier success: the tunnel is failing now.
  if (status === 'established' && lastSeqOf(t, ['ike.timeout']) > lastUp) status = 'failed';
  return { t, status, lastUp, lastDown, lastFailure };
}

function familiesOf(t: Tunnel, dialects: readonly Dialect[]): FixFamily[] {
  const fams: FixFamily[] = [];
  for (const id of t.dialects) {
    const d = dialects.find((x) => x.id === id);
    if (d && !fams.includes(d.fixFamily)) fams.push(d.fixFamily);
  }
  return fams;
}

/** Run all rules on a tunnel; the first diagnosis is the verdict (root cause first). */
export function diagnoseTunnel(
  t: Tunnel,
  rules: readonly Rule[],
  dialects: readonly Dialect[],
): TunnelDiagnosis {
  const v = viewOf(t);
  const fams = familiesOf(t, dialects);
  const verdicts: (Diagnosis & { rank: number; last: number })[] = [];
  const findings: Diagnosis[] = [];
  for (const r of rules) {
    if (r.needs.length && !r.needs.some((k) => t.has(k)) && r.code !== 'INCONCLUSIVE') continue;
    let hit: RuleHit | undefined;
    try {
      hit = r.evaluate(v);
    } catch {
      hit = undefined;
    }
    if (!hit) continue;
    const d: Diagnosis = {
      code: r.code,
      severity: hit.severity ?? r.severity,
      confidence: Math.max(0, Math.min(1, hit.confidence)),
      why: `why.${r.code}.${hit.why}`,
      vars: hit.vars ?? {},
      details: hit.details ?? {},
      evidence: dedupeEvidence(hit.evidence),
      fix: fixesFor(r.code, fams),
    };
    if (r.kind === 'finding') findings.push(d);
    else
      verdicts.push({
        ...d,
        rank: hit.rank ?? r.rank,
        last: Math.max(-1, ...hit.evidence.map((e) => t.order(e))),
      });
  }
  // Current causes (evidence after the tunnel was last up) before history; then by rank.
  // While the tunnel is up, ESTABLISHED leads, except for a failure that is happening to the live
  // tunnel right now (a rekey that the peer refuses: the SA will expire without a successor).
  const cur = (x: { last: number; code: Code }) =>
    x.code === 'ESTABLISHED'
      ? v.status === 'established'
        ? 2
        : 0
      : x.last > v.lastUp
        ? LIVE_FAILURES.has(x.code) && v.status === 'established'
          ? 3
          : 1
        : 0;
  verdicts.sort((a, b) => cur(b) - cur(a) || a.rank - b.rank || b.confidence - a.confidence);
  const ordered: Diagnosis[] = verdicts.map(({ rank: _r, last: _l, ...d }, i) =>
    i > 0 && d.severity === 'error' && v.status === 'established' ? { ...d, severity: 'warning' } : d,
  );
  if (ordered.length === 0) {
    // A child SA that failed for a reason no rule makes a cause of (the peer's IKE_AUTH response
    // carried no child SA, the address pool is empty ...): name the first such failure and its
    // reason instead of "no failure recognised".
    const childFailed = t.events('child.failed').filter((e) => e.reason && t.order(e) > v.lastUp);
    const first = childFailed[0];
    // A responder that dropped a half-open IKE SA: the peer began and gave up; only its log says
    // whether it refused this side's answer or never received it.
    // A responder whose peer keeps sending its first message (a retransmission, or a new exchange
    // every few seconds) although each was answered: the answer does not reach the peer.
    const resent = t.events('msg.retransmit').filter((e) => e.direction === 'in' && t.order(e) > v.lastUp);
    const opened = t.events('ike.respond').filter((e) => t.order(e) > v.lastUp);
    const answerLost =
      !first &&
      t.role === 'responder' &&
      phaseRank(t.phase) <= phaseRank('IKE_SA_INIT') &&
      (resent.length >= 2 || opened.length >= 3)
        ? resent.length >= 2
          ? resent
          : opened
        : undefined;
    const halfOpen =
      first || answerLost
        ? undefined
        : t
            .events('ike.timeout')
            .find(
              (e) =>
                e.role === 'responder' &&
                (e.details?.halfOpen === true || e.details?.incomplete === true) &&
                t.order(e) > v.lastUp,
            );
    ordered.push({
      code: 'INCONCLUSIVE',
      severity: 'info',
      confidence: 0.2,
      why: first
        ? 'why.INCONCLUSIVE.childFailed'
        : answerLost
          ? 'why.INCONCLUSIVE.answerLost'
          : halfOpen
            ? 'why.INCONCLUSIVE.halfOpen'
            : 'why.INCONCLUSIVE.default',
      vars: first
        ? { phase: t.phase, reason: first.reason! }
        : answerLost
          ? {
              peer: t.remote.address ?? '?',
              count: answerLost === resent ? resent.length : opened.length - 1,
            }
          : halfOpen
            ? { peer: t.remote.address ?? '?' }
            : { phase: t.phase },
      details: first
        ? { vendorReason: first.reason! }
        : answerLost
          ? { peerResent: answerLost === resent ? resent.length : opened.length - 1 }
          : halfOpen
            ? { halfOpen: true }
            : {},
      evidence: first
        ? childFailed.slice(0, 3)
        : answerLost
          ? answerLost.slice(-3)
          : halfOpen
            ? [...t.lastEvents(2), halfOpen]
            : t.lastEvents(3),
      fix: fixesFor('INCONCLUSIVE', fams),
    });
  }
  return { status: v.status, diagnoses: [...ordered, ...findings] };
}

function dedupeEvidence(evs: IkeEvent[]): IkeEvent[] {
  const seen = new Set<string>();
  const out: IkeEvent[] = [];
  for (const e of [...evs].sort((a, b) => a.seq - b.seq)) {
    const k = `${e.src.path}:${e.src.line}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(e);
  }
  return out.slice(0, 12);
}

function fixesFor(code: Code, fams: FixFamily[]): { id: string; family: FixFamily }[] {
  const out = fams.map((f) => ({ id: `fix.${code}.${f}`, family: f }));
  out.push({ id: `fix.${code}.peer`, family: 'generic' });
  return out;
}
