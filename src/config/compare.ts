// Compares two peers' tunnel policies value by value (seed 002's parameter table), predicts the
// verdict code each mismatch causes (the same codes as `analyze`), and writes the fix in both
// vendors' own syntax.
import type {
  ChildProposal,
  ConfigSource,
  IkeProposal,
  TrafficSelector,
  TunnelPolicy,
  Value,
} from '../core/policy.js';
import type { Code } from '../core/rule.js';
import { applyDefaults } from './defaults.js';
import {
  childProposalLines,
  idLines,
  ikeProposalLines,
  lifetimeLines,
  modeLines,
  selectorLines,
  versionLines,
} from './syntax.js';

export type Section = 'phase1' | 'phase2' | 'identity' | 'selectors' | 'dpd' | 'nat';

export interface Cell {
  text: string;
  src?: ConfigSource;
  fromDefault?: string;
}

export interface FixSuggestion {
  /** The configuration file and line to change (when the value was configured). */
  file: string;
  line?: number;
  current?: string;
  /** The lines to write instead, in that vendor's syntax. */
  lines: string[];
}

export interface CompareRow {
  section: Section;
  param: string;
  a: Cell;
  b: Cell;
  /** true = compatible, false = mismatch, null = not comparable (unknown on one side). */
  match: boolean | null;
  /** The verdict the mismatch would cause. */
  code?: Code;
  fixA?: FixSuggestion;
  fixB?: FixSuggestion;
}

export interface CompareResult {
  a: { file: string; vendor: string; name: string };
  b: { file: string; vendor: string; name: string };
  rows: CompareRow[];
  /** The verdict the two configurations predict when they meet: ESTABLISHED or the first mismatch's code. */
  verdict: Code;
  mismatches: number;
}

// Which mismatch wins the predicted verdict, in the order the negotiation meets them.
const ORDER: Code[] = [
  'PEER_NOT_CONFIGURED',
  'IKE_VERSION_MISMATCH',
  'MODE_MISMATCH',
  'IKE_PROPOSAL_MISMATCH',
  'AUTH_FAILED',
  'ID_MISMATCH',
  'TS_MISMATCH',
  'CHILD_PROPOSAL_MISMATCH',
  'PFS_MISMATCH',
];

const cell = <T>(v: Value<T> | undefined, show: (x: T) => string): Cell =>
  v === undefined
    ? { text: '—' }
    : {
        text: show(v.value),
        ...(v.src ? { src: v.src } : {}),
        ...(v.fromDefault ? { fromDefault: v.fromDefault } : {}),
      };

function fix(p: TunnelPolicy, v: Value<unknown> | undefined, lines: string[]): FixSuggestion {
  return {
    file: v?.src?.path ?? p.file,
    ...(v?.src ? { line: v.src.line, current: v.src.text.trim() } : {}),
    lines,
  };
}

const inter = <T>(a: readonly T[], b: readonly T[]): T[] => a.filter((x) => b.includes(x));

function ikeMatch(a: IkeProposal, b: IkeProposal): boolean {
  const aead = (p: IkeProposal) => p.encryption.every((e) => /gcm|ccm|chacha/.test(e));
  return (
    inter(a.encryption, b.encryption).length > 0 &&
    (aead(a) || aead(b) || inter(a.integrity, b.integrity).length > 0) &&
    (a.prf.length === 0 || b.prf.length === 0 || inter(a.prf, b.prf).length > 0) &&
    inter(a.dhGroups, b.dhGroups).length > 0
  );
}

function childMatch(a: ChildProposal, b: ChildProposal): boolean {
  const aead = (p: ChildProposal) => p.encryption.every((e) => /gcm|ccm|chacha/.test(e));
  return (
    a.protocol === b.protocol &&
    inter(a.encryption, b.encryption).length > 0 &&
    (aead(a) || aead(b) || inter(a.integrity, b.integrity).length > 0)
  );
}

type ParamRow = { param: string; a: string[]; b: string[] };

/** The parameters of two proposal lists, with which of them has nothing in common. */
function paramsOf(
  a: (IkeProposal | ChildProposal)[],
  b: (IkeProposal | ChildProposal)[],
  ike: boolean,
): (ParamRow & { differs: boolean })[] {
  const all = <K extends 'encryption' | 'integrity'>(xs: (IkeProposal | ChildProposal)[], k: K) => [
    ...new Set(xs.flatMap((x) => x[k])),
  ];
  const encBase = (e: string) => e.replace(/-\d{3}$/, '');
  const keyLen = (e: string) => /-(\d{3})$/.exec(e)?.[1] ?? '';
  const aEnc = all(a, 'encryption');
  const bEnc = all(b, 'encryption');
  const rows: (ParamRow & { differs: boolean })[] = [];
  const baseCommon = inter(aEnc.map(encBase), bEnc.map(encBase)).length > 0;
  rows.push({ param: 'encryption', a: aEnc, b: bEnc, differs: !baseCommon });
  if (baseCommon && inter(aEnc, bEnc).length === 0)
    rows.push({
      param: 'key_length',
      a: aEnc.map(keyLen).filter(Boolean),
      b: bEnc.map(keyLen).filter(Boolean),
      differs: true,
    });
  const aI = all(a, 'integrity');
  const bI = all(b, 'integrity');
  const aeadOnly = [...aEnc, ...bEnc].every((e) => /gcm|ccm|chacha/.test(e));
  rows.push({ param: 'integrity', a: aI, b: bI, differs: !aeadOnly && inter(aI, bI).length === 0 });
  if (ike) {
    const aP = [...new Set(a.flatMap((x) => ('prf' in x ? x.prf : [])))];
    const bP = [...new Set(b.flatMap((x) => ('prf' in x ? x.prf : [])))];
    if (aP.length || bP.length)
      rows.push({
        param: 'prf',
        a: aP,
        b: bP,
        differs: aP.length > 0 && bP.length > 0 && inter(aP, bP).length === 0,
      });
  }
  const aD = [...new Set(a.flatMap((x) => x.dhGroups))].map(String);
  const bD = [...new Set(b.flatMap((x) => x.dhGroups))].map(String);
  rows.push({
    param: ike ? 'dh_group' : 'pfs_group',
    a: aD,
    b: bD,
    differs: ike ? inter(aD, bD).length === 0 : aD.length + bD.length > 0 && inter(aD, bD).length === 0,
  });
  return rows;
}

function mirrorTs(a: TrafficSelector[], b: TrafficSelector[]): boolean {
  const key = (t: TrafficSelector) => `${t.local}|${t.remote}`;
  const bs = new Set(b.map((t) => `${t.remote}|${t.local}`));
  return a.every((t) => bs.has(key(t))) && a.length === b.length;
}

export function compare(rawA: TunnelPolicy, rawB: TunnelPolicy): CompareResult {
  const A = applyDefaults(rawA);
  const B = applyDefaults(rawB);
  const rows: CompareRow[] = [];
  const push = (r: CompareRow) => rows.push(r);

  // Peers must point at each other.
  if (A.peer || B.peer || A.localAddress || B.localAddress) {
    const aSees = A.peer?.value;
    const bIs = B.localAddress?.value;
    const bSees = B.peer?.value;
    const aIs = A.localAddress?.value;
    const ok1 =
      aSees === undefined || bIs === undefined || aSees === bIs || /any|%any|0\.0\.0\.0|dynamic/i.test(aSees);
    const ok2 =
      bSees === undefined || aIs === undefined || bSees === aIs || /any|%any|0\.0\.0\.0|dynamic/i.test(bSees);
    const comparable =
      (aSees !== undefined && bIs !== undefined) || (bSees !== undefined && aIs !== undefined);
    push({
      section: 'identity',
      param: 'peer_address',
      a: cell(A.peer, String),
      b: cell(B.peer, String),
      match: comparable ? ok1 && ok2 : null,
      ...(comparable && !(ok1 && ok2) ? { code: 'PEER_NOT_CONFIGURED' } : {}),
    });
  }
  // Phase 1
  if (A.ikeVersion && B.ikeVersion) {
    const m = A.ikeVersion.value === B.ikeVersion.value;
    push({
      section: 'phase1',
      param: 'ike_version',
      a: cell(A.ikeVersion, (v) => `IKEv${v}`),
      b: cell(B.ikeVersion, (v) => `IKEv${v}`),
      match: m,
      ...(m
        ? {}
        : {
            code: 'IKE_VERSION_MISMATCH',
            fixA: fix(A, A.ikeVersion, versionLines(A.vendor, A, B.ikeVersion.value)),
            fixB: fix(B, B.ikeVersion, versionLines(B.vendor, B, A.ikeVersion.value)),
          }),
    });
  }
  const v1 = (A.ikeVersion?.value ?? 2) === 1 || (B.ikeVersion?.value ?? 2) === 1;
  if (v1 && A.mode && B.mode) {
    const m = A.mode.value === B.mode.value;
    push({
      section: 'phase1',
      param: 'mode',
      a: cell(A.mode, String),
      b: cell(B.mode, String),
      match: m,
      ...(m
        ? {}
        : {
            code: 'MODE_MISMATCH',
            fixA: fix(A, A.mode, modeLines(A.vendor, A, B.mode.value)),
            fixB: fix(B, B.mode, modeLines(B.vendor, B, A.mode.value)),
          }),
    });
  }
  if (A.auth || B.auth) {
    const m =
      A.auth && B.auth
        ? A.auth.value === B.auth.value || A.auth.value === 'unknown' || B.auth.value === 'unknown'
        : null;
    push({
      section: 'phase1',
      param: 'auth_method',
      a: cell(A.auth, String),
      b: cell(B.auth, String),
      match: m,
      ...(m === false ? { code: 'AUTH_FAILED' } : {}),
    });
  }
  if (A.pskPresent || B.pskPresent)
    push({
      section: 'phase1',
      param: 'pre_shared_key',
      a: cell(A.pskPresent, (v) => (v ? 'configured (not shown)' : 'none')),
      b: cell(B.pskPresent, (v) => (v ? 'configured (not shown)' : 'none')),
      match: A.pskPresent && B.pskPresent ? A.pskPresent.value === B.pskPresent.value || null : null,
    });
  if (A.ikeProposals && B.ikeProposals) {
    const ok = A.ikeProposals.value.some((x) => B.ikeProposals!.value.some((y) => ikeMatch(x, y)));
    const params = paramsOf(A.ikeProposals.value, B.ikeProposals.value, true);
    let blamed = false;
    for (const p of params) {
      const bad = !ok && p.differs;
      const first = bad && !blamed;
      if (bad) blamed = true;
      push({
        section: 'phase1',
        param: p.param,
        a: {
          text: p.a.join(', ') || '—',
          ...(A.ikeProposals.src ? { src: A.ikeProposals.src } : {}),
          ...(A.ikeProposals.fromDefault ? { fromDefault: A.ikeProposals.fromDefault } : {}),
        },
        b: {
          text: p.b.join(', ') || '—',
          ...(B.ikeProposals.src ? { src: B.ikeProposals.src } : {}),
          ...(B.ikeProposals.fromDefault ? { fromDefault: B.ikeProposals.fromDefault } : {}),
        },
        match: ok ? true : !p.differs,
        ...(bad
          ? {
              code: 'IKE_PROPOSAL_MISMATCH',
              ...(first
                ? {
                    fixA: fix(
                      A,
                      A.ikeProposals,
                      ikeProposalLines(A.vendor, A, [
                        ...A.ikeProposals.value,
                        ...B.ikeProposals.value.slice(0, 1),
                      ]),
                    ),
                    fixB: fix(
                      B,
                      B.ikeProposals,
                      ikeProposalLines(B.vendor, B, [
                        ...B.ikeProposals.value,
                        ...A.ikeProposals.value.slice(0, 1),
                      ]),
                    ),
                  }
                : {}),
            }
          : {}),
      });
    }
    if (!ok && !blamed)
      push({
        section: 'phase1',
        param: 'proposal',
        a: cell(A.ikeProposals, (v) => `${v.length} proposal(s)`),
        b: cell(B.ikeProposals, (v) => `${v.length} proposal(s)`),
        match: false,
        code: 'IKE_PROPOSAL_MISMATCH',
        fixA: fix(
          A,
          A.ikeProposals,
          ikeProposalLines(A.vendor, A, [...A.ikeProposals.value, ...B.ikeProposals.value.slice(0, 1)]),
        ),
        fixB: fix(
          B,
          B.ikeProposals,
          ikeProposalLines(B.vendor, B, [...B.ikeProposals.value, ...A.ikeProposals.value.slice(0, 1)]),
        ),
      });
  }
  if (A.ikeLifetimeSeconds && B.ikeLifetimeSeconds) {
    const m = A.ikeLifetimeSeconds.value === B.ikeLifetimeSeconds.value;
    push({
      section: 'phase1',
      param: 'lifetime',
      a: cell(A.ikeLifetimeSeconds, (s) => `${s} s`),
      b: cell(B.ikeLifetimeSeconds, (s) => `${s} s`),
      match: m,
      ...(m
        ? {}
        : {
            code: 'LIFETIME_MISMATCH',
            fixA: fix(A, A.ikeLifetimeSeconds, lifetimeLines(A.vendor, A, 'ike', B.ikeLifetimeSeconds.value)),
            fixB: fix(B, B.ikeLifetimeSeconds, lifetimeLines(B.vendor, B, 'ike', A.ikeLifetimeSeconds.value)),
          }),
    });
  }
  // Identities: what A sends must be what B expects, and the reverse.
  for (const [from, to, label] of [
    [A, B, 'id_a_to_b'],
    [B, A, 'id_b_to_a'],
  ] as const) {
    if (!from.localId && !to.remoteId) continue;
    const sent = from.localId?.value;
    const want = to.remoteId?.value;
    const norm = (x: string) => x.replace(/^@#?/, '').toLowerCase();
    const m =
      sent === undefined || want === undefined ? null : norm(sent) === norm(want) || /^%any$|^\*$/.test(want);
    const aIsFrom = from === A;
    push({
      section: 'identity',
      param: label,
      a: aIsFrom ? cell(from.localId, String) : cell(to.remoteId, String),
      b: aIsFrom ? cell(to.remoteId, String) : cell(from.localId, String),
      match: m,
      ...(m === false
        ? {
            code: 'ID_MISMATCH',
            ...(aIsFrom
              ? {
                  fixA: fix(A, A.localId, idLines(A.vendor, A, 'local', want!)),
                  fixB: fix(B, B.remoteId, idLines(B.vendor, B, 'remote', sent!)),
                }
              : {
                  fixA: fix(A, A.remoteId, idLines(A.vendor, A, 'remote', sent!)),
                  fixB: fix(B, B.localId, idLines(B.vendor, B, 'local', want!)),
                }),
          }
        : {}),
    });
  }
  // Phase 2
  if (A.childProposals && B.childProposals) {
    const ok = A.childProposals.value.some((x) => B.childProposals!.value.some((y) => childMatch(x, y)));
    const params = paramsOf(A.childProposals.value, B.childProposals.value, false);
    let blamed = false;
    for (const p of params) {
      const pfs = p.param === 'pfs_group';
      const bad = pfs ? p.differs || (p.a.length === 0) !== (p.b.length === 0) : !ok && p.differs;
      const first = bad && !blamed;
      if (bad) blamed = true;
      const code: Code = pfs ? 'PFS_MISMATCH' : 'CHILD_PROPOSAL_MISMATCH';
      push({
        section: 'phase2',
        param: p.param,
        a: {
          text: p.a.join(', ') || (pfs ? 'no PFS' : '—'),
          ...(A.childProposals.src ? { src: A.childProposals.src } : {}),
          ...(A.childProposals.fromDefault ? { fromDefault: A.childProposals.fromDefault } : {}),
        },
        b: {
          text: p.b.join(', ') || (pfs ? 'no PFS' : '—'),
          ...(B.childProposals.src ? { src: B.childProposals.src } : {}),
          ...(B.childProposals.fromDefault ? { fromDefault: B.childProposals.fromDefault } : {}),
        },
        match: !bad,
        ...(bad
          ? {
              code,
              ...(first || pfs
                ? {
                    fixA: fix(
                      A,
                      A.childProposals,
                      childProposalLines(
                        A.vendor,
                        A,
                        pfs
                          ? A.childProposals.value.map((x) => ({
                              ...x,
                              dhGroups: B.childProposals!.value[0]?.dhGroups ?? [],
                            }))
                          : [...A.childProposals.value, ...B.childProposals.value.slice(0, 1)],
                      ),
                    ),
                    fixB: fix(
                      B,
                      B.childProposals,
                      childProposalLines(
                        B.vendor,
                        B,
                        pfs
                          ? B.childProposals.value.map((x) => ({
                              ...x,
                              dhGroups: A.childProposals!.value[0]?.dhGroups ?? [],
                            }))
                          : [...B.childProposals.value, ...A.childProposals.value.slice(0, 1)],
                      ),
                    ),
                  }
                : {}),
            }
          : {}),
      });
    }
  }
  if (A.childMode && B.childMode) {
    const m = A.childMode.value === B.childMode.value;
    push({
      section: 'phase2',
      param: 'encapsulation',
      a: cell(A.childMode, String),
      b: cell(B.childMode, String),
      match: m,
      ...(m ? {} : { code: 'MODE_MISMATCH' }),
    });
  }
  if (A.childLifetimeSeconds && B.childLifetimeSeconds) {
    const m = A.childLifetimeSeconds.value === B.childLifetimeSeconds.value;
    push({
      section: 'phase2',
      param: 'lifetime',
      a: cell(A.childLifetimeSeconds, (s) => `${s} s`),
      b: cell(B.childLifetimeSeconds, (s) => `${s} s`),
      match: m,
      ...(m
        ? {}
        : {
            code: 'LIFETIME_MISMATCH',
            fixA: fix(
              A,
              A.childLifetimeSeconds,
              lifetimeLines(A.vendor, A, 'child', B.childLifetimeSeconds.value),
            ),
            fixB: fix(
              B,
              B.childLifetimeSeconds,
              lifetimeLines(B.vendor, B, 'child', A.childLifetimeSeconds.value),
            ),
          }),
    });
  }
  // Selectors
  if (A.selectors && B.selectors) {
    const m = mirrorTs(A.selectors.value, B.selectors.value);
    const show = (ts: TrafficSelector[]) => ts.map((t) => `${t.local} → ${t.remote}`).join('; ');
    const mirrored = (ts: TrafficSelector[]) => ts.map((t) => ({ local: t.remote, remote: t.local }));
    push({
      section: 'selectors',
      param: 'traffic_selectors',
      a: cell(A.selectors, show),
      b: cell(B.selectors, show),
      match: m,
      ...(m
        ? {}
        : {
            code: 'TS_MISMATCH',
            fixA: fix(A, A.selectors, selectorLines(A.vendor, A, mirrored(B.selectors.value))),
            fixB: fix(B, B.selectors, selectorLines(B.vendor, B, mirrored(A.selectors.value))),
          }),
    });
  }
  if (A.dpd || B.dpd)
    push({
      section: 'dpd',
      param: 'dpd',
      a: cell(A.dpd, (d) =>
        d.enabled
          ? `on${d.delaySeconds ? ` ${d.delaySeconds}s` : ''}${d.timeoutSeconds ? `/${d.timeoutSeconds}s` : ''}`
          : 'off',
      ),
      b: cell(B.dpd, (d) =>
        d.enabled
          ? `on${d.delaySeconds ? ` ${d.delaySeconds}s` : ''}${d.timeoutSeconds ? `/${d.timeoutSeconds}s` : ''}`
          : 'off',
      ),
      match: A.dpd && B.dpd ? A.dpd.value.enabled === B.dpd.value.enabled : null,
    });
  if (A.natTraversal || B.natTraversal)
    push({
      section: 'nat',
      param: 'nat_traversal',
      a: cell(A.natTraversal, (v) => (v ? 'on' : 'off')),
      b: cell(B.natTraversal, (v) => (v ? 'on' : 'off')),
      match: A.natTraversal && B.natTraversal ? A.natTraversal.value === B.natTraversal.value : null,
    });

  const bad = rows.filter((r) => r.match === false && r.code && r.code !== 'LIFETIME_MISMATCH');
  const verdict = ORDER.find((c) => bad.some((r) => r.code === c)) ?? 'ESTABLISHED';
  return {
    a: { file: rawA.file, vendor: rawA.vendor, name: rawA.name },
    b: { file: rawB.file, vendor: rawB.vendor, name: rawB.name },
    rows,
    verdict,
    mismatches: rows.filter((r) => r.match === false).length,
  };
}

/** Pick the pair of tunnels (one from each config) that are most likely the two ends. */
export function pairPolicies(
  as: TunnelPolicy[],
  bs: TunnelPolicy[],
): [TunnelPolicy, TunnelPolicy] | undefined {
  let best: [TunnelPolicy, TunnelPolicy] | undefined;
  let bestScore = -1;
  for (const a of as)
    for (const b of bs) {
      let s = 0;
      if (a.peer?.value && b.localAddress?.value && a.peer.value === b.localAddress.value) s += 3;
      if (b.peer?.value && a.localAddress?.value && b.peer.value === a.localAddress.value) s += 3;
      if (a.name === b.name) s += 1;
      if (a.selectors && b.selectors && mirrorTs(a.selectors.value, b.selectors.value)) s += 2;
      if (s > bestScore) {
        bestScore = s;
        best = [a, b];
      }
    }
  return best;
}
