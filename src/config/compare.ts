// Compares two peers' tunnel policies value by value (seed 002's parameter table), predicts the
// verdict code each mismatch causes (the same codes as `analyze`), and writes the fix in both
// vendors' own syntax.
//
// Who initiates is in neither configuration. Where the outcome depends on it (one side accepts
// both IKE versions, one side narrows traffic selectors, ...) each direction is worked out, and
// the prediction is ESTABLISHED only when the tunnel comes up whichever side starts; a row notes
// the direction that would work.
import type {
  AuthMethod,
  ChildProposal,
  ConfigSource,
  IkeProposal,
  TrafficSelector,
  TunnelPolicy,
  Value,
} from '../core/policy.js';
import type { Code } from '../core/rule.js';
import { t } from '../i18n/index.js';
import type { FixFamily } from '../core/dialect.js';
import { applyDefaults, citation, defaultsFor, isSwanctl } from './defaults.js';
import { negotiate, narrowingOf, type DirectionResult } from './narrowing.js';
import type { AsaFacts, IosFacts, PanosFacts } from './shared/types.js';
import type { SwanFacts } from './ipsec-conf/common.js';
import {
  authLines,
  childProposalLines,
  idLines,
  ikeProposalLines,
  lifetimeLines,
  modeLines,
  pfsLines,
  placeLines,
  selectorLines,
  strongswanProposal,
  versionLines,
  type Scope,
} from './syntax.js';

export type Section = 'phase1' | 'phase2' | 'identity' | 'selectors' | 'dpd' | 'nat';

export interface Cell {
  /** The value as English text (what JSON carries). */
  text: string;
  /** When the value is a word rather than a setting: catalog id `cmp.cell.<id>` to show it in the report's language. */
  msg?: { id: string; vars?: Record<string, string | number> };
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

/** A remark on a row: message id `cmp.note.<id>` of src/i18n/<lang>/config.ts, with its placeholders. */
export interface RowNote {
  id: string;
  vars?: Record<string, string | number>;
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
  note?: RowNote;
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

interface Facts {
  asa?: AsaFacts;
  ios?: IosFacts;
  panos?: PanosFacts;
  swan?: SwanFacts;
}
const facts = (p: TunnelPolicy): Facts => p as TunnelPolicy & Facts;

/** A cell text that is a word of the report's language (English here, for JSON). */
type Word = Pick<Cell, 'text' | 'msg'>;
const word = (id: string, vars?: Record<string, string | number>): Word => ({
  text: t('en', `cmp.cell.${id}`, vars),
  msg: { id, ...(vars ? { vars } : {}) },
});
const onOff = (v: boolean): Word => word(v ? 'on' : 'off');
const pskShown = (v: boolean): Word => word(v ? 'pskConfigured' : 'none');

const cell = <T>(v: Value<T> | undefined, show: (x: T) => string | Word): Cell => {
  if (v === undefined) return { text: '—' };
  const shown = show(v.value);
  return {
    ...(typeof shown === 'string' ? { text: shown } : shown),
    ...(v.src ? { src: v.src } : {}),
    ...(v.fromDefault ? { fromDefault: v.fromDefault } : {}),
  };
};

/** A proposal list, `+ defaults` when the daemon appends its default proposals. */
const listCell = (list: string[], appended: boolean, empty: string | Word = '—'): Word => {
  const base = list.join(', ');
  if (!base) return typeof empty === 'string' ? { text: empty } : empty;
  return appended ? word('plusDefaults', { list: base }) : { text: base };
};

const TEXT_CONFIGS: ReadonlySet<FixFamily> = new Set<FixFamily>(['strongswan', 'libreswan', 'openswan']);
const words = (s: string): string[] => s.trim().split(/\s+/);
/** The same command with other values: as many words, the first three equal, at most three changed. */
function sameStatement(current: string, line: string): boolean {
  const a = words(current);
  const b = words(line);
  if (a.length !== b.length || a.length < 4) return false;
  const changed = a.filter((w, i) => w !== b[i]).length;
  return a.slice(0, 3).join(' ') === b.slice(0, 3).join(' ') && changed <= 3 && changed * 2 < a.length;
}

/**
 * A fix at the value's line. Text configurations (swanctl.conf, ipsec.conf) are edited in place:
 * the lines replace the value's line, or are added in their section when the value was a
 * default. Appliance configurations are changed by entering commands: the lines replace the
 * value's line only when they are that same command with another value, otherwise they are
 * commands to add.
 */
function fix(
  p: TunnelPolicy,
  v: Value<unknown> | undefined,
  lines: string[],
  scope: Scope = 'conn',
): FixSuggestion | undefined {
  if (!lines.length) return undefined;
  const src = v?.src;
  const text = TEXT_CONFIGS.has(p.vendor);
  const current = src?.text.trim();
  const sameCommand = current !== undefined && lines.length === 1 && sameStatement(current, lines[0] ?? '');
  if (src && current !== undefined && (text || sameCommand))
    return { file: src.path, line: src.line, current, lines };
  return { file: src?.path ?? p.file, lines: text ? placeLines(p.vendor, p, scope, lines) : lines };
}

const inter = <T>(a: readonly T[], b: readonly T[]): T[] => a.filter((x) => b.includes(x));
const uniq = <T>(xs: readonly T[]): T[] => [...new Set(xs)];
const isAead = (e: string): boolean => /gcm|ccm|chacha/.test(e);
const aeadOnly = (p: { encryption: string[] }): boolean =>
  p.encryption.length > 0 && p.encryption.every(isAead);

function ikeMatch(a: IkeProposal, b: IkeProposal): boolean {
  return (
    inter(a.encryption, b.encryption).length > 0 &&
    (aeadOnly(a) || aeadOnly(b) || inter(a.integrity, b.integrity).length > 0) &&
    (a.prf.length === 0 || b.prf.length === 0 || inter(a.prf, b.prf).length > 0) &&
    inter(a.dhGroups, b.dhGroups).length > 0
  );
}

function childMatch(a: ChildProposal, b: ChildProposal): boolean {
  return (
    a.protocol === b.protocol &&
    inter(a.encryption, b.encryption).length > 0 &&
    (aeadOnly(a) || aeadOnly(b) || inter(a.integrity, b.integrity).length > 0) &&
    // extended sequence numbers (RFC 4303 §2.2.1, RFC 7296 §3.3.2 transform type 5): a proposal
    // that names one setting accepts only it
    (a.esn === undefined || b.esn === undefined || a.esn === b.esn)
  );
}

/** A child proposal's ESN setting in the configuration keywords (`either`: not restricted). */
const esnWord = (v: boolean | undefined): string => (v === undefined ? 'either' : v ? 'esn' : 'noesn');

type Proposal = IkeProposal | ChildProposal;
/** A parameter row of two proposal lists; differs = nothing in common, null = not comparable. */
type ParamRow = { param: string; a: string[]; b: string[]; differs: boolean | null };

function paramsOf(a: Proposal[], b: Proposal[], ike: boolean): ParamRow[] {
  const all = (xs: Proposal[], k: 'encryption' | 'integrity') => uniq(xs.flatMap((x) => x[k]));
  const encBase = (e: string) => e.replace(/-\d{3}$/, '');
  const keyLen = (e: string) => /-(\d{3})$/.exec(e)?.[1] ?? '';
  const aEnc = all(a, 'encryption');
  const bEnc = all(b, 'encryption');
  const rows: ParamRow[] = [];
  const baseCommon = inter(aEnc.map(encBase), bEnc.map(encBase)).length > 0;
  rows.push({ param: 'encryption', a: aEnc, b: bEnc, differs: !baseCommon });
  if (baseCommon && inter(aEnc, bEnc).length === 0)
    rows.push({
      param: 'key_length',
      a: aEnc.map(keyLen).filter(Boolean),
      b: bEnc.map(keyLen).filter(Boolean),
      differs: true,
    });
  // integrity is compared between the non-AEAD proposals of both sides only
  const aClassic = a.filter((x) => !aeadOnly(x));
  const bClassic = b.filter((x) => !aeadOnly(x));
  const aI = all(a, 'integrity');
  const bI = all(b, 'integrity');
  rows.push({
    param: 'integrity',
    a: aI,
    b: bI,
    differs:
      aClassic.length && bClassic.length
        ? inter(all(aClassic, 'integrity'), all(bClassic, 'integrity')).length === 0
        : aClassic.length || bClassic.length
          ? null
          : false,
  });
  if (ike) {
    const aP = uniq(a.flatMap((x) => ('prf' in x ? x.prf : [])));
    const bP = uniq(b.flatMap((x) => ('prf' in x ? x.prf : [])));
    if (aP.length || bP.length)
      rows.push({
        param: 'prf',
        a: aP,
        b: bP,
        differs: aP.length > 0 && bP.length > 0 && inter(aP, bP).length === 0,
      });
  }
  if (!ike) {
    const aN = uniq(a.map((x) => (x as ChildProposal).esn));
    const bN = uniq(b.map((x) => (x as ChildProposal).esn));
    if (aN.some((v) => v !== undefined) || bN.some((v) => v !== undefined))
      rows.push({
        param: 'esn',
        a: aN.map(esnWord),
        b: bN.map(esnWord),
        differs: !aN.includes(undefined) && !bN.includes(undefined) && inter(aN, bN).length === 0,
      });
  }
  const aD = uniq(a.flatMap((x) => x.dhGroups)).map(String);
  const bD = uniq(b.flatMap((x) => x.dhGroups)).map(String);
  rows.push({
    param: ike ? 'dh_group' : 'pfs_group',
    a: aD,
    b: bD,
    // PFS: one side with a group and the other without is a mismatch too (RFC 7296 §1.3.1:
    // a KE payload the responder's proposal has no group for; RFC 2409 §5.5 for Quick Mode)
    differs: ike ? inter(aD, bD).length === 0 : aD.length + bD.length > 0 && inter(aD, bD).length === 0,
  });
  return rows;
}

/**
 * Own proposals widened by the peer's values of one parameter: the smallest change that makes
 * them meet. IKEv1 proposals carry one algorithm of a kind, so there the peer's first proposal
 * is added instead; AEAD and classic ciphers never share a proposal.
 */
function widen<P extends Proposal>(own: P[], peer: P[], param: string, v1: boolean): P[] {
  if (v1 || !own.length) return [...own, ...peer.slice(0, 1)];
  const out = own.map((p) => ({
    ...p,
    encryption: [...p.encryption],
    integrity: [...p.integrity],
    dhGroups: [...p.dhGroups],
  }));
  const add = <K extends 'integrity' | 'dhGroups'>(k: K, vals: P[K], only: (p: P) => boolean) => {
    for (const p of out)
      if (only(p)) (p[k] as unknown[]) = uniq([...(p[k] as unknown[]), ...(vals as unknown[])]);
  };
  switch (param) {
    case 'encryption':
    case 'key_length': {
      for (const kind of [true, false]) {
        const vals = uniq(peer.flatMap((x) => x.encryption).filter((e) => isAead(e) === kind));
        if (!vals.length) continue;
        const target = out.find((p) => aeadOnly(p) === kind && p.encryption.length > 0);
        if (target) target.encryption = uniq([...target.encryption, ...vals]);
        else {
          const src = peer.find((x) => x.encryption.some((e) => isAead(e) === kind));
          if (src) out.push({ ...src });
        }
      }
      return out;
    }
    case 'integrity':
      add('integrity', uniq(peer.flatMap((x) => x.integrity)), (p) => !aeadOnly(p));
      return out;
    case 'prf':
      for (const p of out)
        if ('prf' in p)
          (p as IkeProposal).prf = uniq([
            ...(p as IkeProposal).prf,
            ...peer.flatMap((x) => ('prf' in x ? x.prf : [])),
          ]);
      return out;
    case 'dh_group':
      add('dhGroups', uniq(peer.flatMap((x) => x.dhGroups)), () => true);
      return out;
    case 'esn': {
      // take the peer's setting: the one change that makes the proposals meet
      const want = (peer[0] as ChildProposal | undefined)?.esn;
      return out.map((p) => ({ ...p, esn: want }));
    }
    default:
      return [...out, ...peer.slice(0, 1)];
  }
}

// ---- IKE version ------------------------------------------------------------------------------

interface VersionInfo {
  accepts: (1 | 2)[];
  /** The versions it starts with, in order; more than one = it falls back when refused. */
  initiates: (1 | 2)[];
  cell: Cell;
}

function versionInfo(p: TunnelPolicy): VersionInfo | undefined {
  const f = facts(p);
  if (p.ikeVersion) {
    const v = p.ikeVersion.value;
    return { accepts: [v], initiates: [v], cell: cell(p.ikeVersion, (x) => `IKEv${x}`) };
  }
  // swanctl.conf version = 0 (its default) and ipsec.conf keyexchange=ike (its default): IKEv2 as
  // initiator, IKEv1 and IKEv2 as responder (swanctl.conf(5), ipsec.conf(5))
  if (p.vendor === 'strongswan') {
    const setting = f.swan?.versionSetting;
    const d = defaultsFor(p);
    return {
      accepts: [2, 1],
      initiates: [2],
      cell: {
        ...word('v2AnswersV1'),
        ...(setting?.src ? { src: setting.src } : d ? { fromDefault: citation(d) } : {}),
      },
    };
  }
  // an ASA crypto map entry with both an IKEv2 proposal and an IKEv1 transform set, a PAN-OS
  // gateway set to "ikev2-preferred": IKEv2 first, IKEv1 when the peer refuses it
  const both =
    f.asa?.ikeVersions?.length === 2
      ? p.childProposals?.src
      : f.panos?.ikeVersionSetting?.value === 'ikev2-preferred'
        ? f.panos.ikeVersionSetting.src
        : undefined;
  if (both) return { accepts: [2, 1], initiates: [2, 1], cell: { text: 'IKEv2, IKEv1 fallback', src: both } };
  return undefined;
}

const startsWith = (x: VersionInfo, y: VersionInfo): 1 | 2 | undefined => {
  // without fallback only the first version is tried
  for (const v of x.initiates) if (y.accepts.includes(v)) return v;
  return undefined;
};

// ---- IKEv1 exchange mode ----------------------------------------------------------------------

/**
 * The IKEv1 modes a side answers as responder. Cisco IOS and ASA answer Aggressive Mode besides
 * Main Mode unless told not to (IOS `crypto isakmp aggressive-mode disable`, ASA `crypto ikev1
 * am-disable`, read into `refusesAggressive`). PAN-OS with exchange-mode auto (its default) answers both. strongSwan and
 * Libreswan answer the mode of the connection (lab/scenarios.js v1-aggr-vs-main-*), FortiGate
 * the mode of its phase 1.
 */
function modesAccepted(p: TunnelPolicy): ('main' | 'aggressive')[] {
  if (p.vendor === 'cisco-ios' || p.vendor === 'cisco-asa')
    return p.refusesAggressive?.value ? ['main'] : ['main', 'aggressive'];
  if (p.vendor === 'panos' && p.mode?.fromDefault) return ['main', 'aggressive'];
  return p.mode ? [p.mode.value] : [];
}

// ---- authentication ---------------------------------------------------------------------------

/** What a side requires of its peer: stated apart (IKEv2 asymmetric) or its own method. */
function expectedAuth(p: TunnelPolicy): Value<AuthMethod> | undefined {
  const f = facts(p);
  return f.asa?.remoteAuth ?? f.ios?.remoteAuth ?? f.swan?.remoteAuth ?? p.auth;
}

// ---- Libreswan PFS ----------------------------------------------------------------------------

/**
 * Libreswan with pfs=yes and no group in esp= uses the group the IKE SA negotiated (ipsec.conf(5)
 * esp=). The parser lists all IKE groups there; the group used is the first of Libreswan's own
 * IKE groups that the peer also offers (when several are common the initiator's preference
 * decides; Libreswan's order is taken).
 */
function effectiveChild(
  p: TunnelPolicy,
  peer: TunnelPolicy,
): { value: Value<ChildProposal[]>; inherited?: Cell } | undefined {
  const v = p.childProposals;
  if (!v) return undefined;
  if (p.vendor !== 'libreswan' && p.vendor !== 'openswan') return { value: v };
  const pfs = facts(p).swan?.pfs;
  if (pfs?.value === false) return { value: v };
  const own = uniq((p.ikeProposals?.value ?? []).flatMap((x) => x.dhGroups));
  const same = (g: number[]) => g.length === own.length && g.every((x) => own.includes(x));
  if (!own.length || !v.value.length || !v.value.every((x) => same(x.dhGroups))) return { value: v };
  const theirs = (peer.ikeProposals?.value ?? []).flatMap((x) => x.dhGroups);
  const g = own.find((x) => theirs.includes(x)) ?? own[0]!;
  const d = defaultsFor(p);
  return {
    value: { ...v, value: v.value.map((x) => ({ ...x, dhGroups: [g] })) },
    inherited: {
      text: String(g),
      ...(pfs?.src ? { src: pfs.src } : d ? { fromDefault: citation(d) } : {}),
    },
  };
}

// ---- strongSwan ipsec.conf: defaults appended to non-strict proposals --------------------------

/** A legacy ipsec.conf proposal without `!`: strongSwan appends its defaults to it. */
function appendsDefaults(p: TunnelPolicy, strict: boolean | undefined, configured: boolean): boolean {
  return p.vendor === 'strongswan' && !isSwanctl(p) && strict === false && configured;
}

function acceptedIke(p: TunnelPolicy): { list: IkeProposal[]; appended: boolean } {
  const own = p.ikeProposals?.value ?? [];
  if (appendsDefaults(p, facts(p).swan?.ikeStrict, p.ikeProposals?.src !== undefined))
    return { list: [...own, ...(defaultsFor(p)?.ikeProposals ?? [])], appended: true };
  return { list: own, appended: false };
}
function acceptedChild(p: TunnelPolicy, own: ChildProposal[]): { list: ChildProposal[]; appended: boolean } {
  if (appendsDefaults(p, facts(p).swan?.childStrict, p.childProposals?.src !== undefined))
    return { list: [...own, ...(defaultsFor(p)?.childProposals ?? [])], appended: true };
  return { list: own, appended: false };
}

function mirrorTs(a: TrafficSelector[], b: TrafficSelector[]): boolean {
  const key = (t: TrafficSelector) => `${t.local}|${t.remote}`;
  const bs = new Set(b.map((t) => `${t.remote}|${t.local}`));
  return a.every((t) => bs.has(key(t))) && a.length === b.length;
}

const showTs = (ts: TrafficSelector[]) => ts.map((t) => `${t.local} → ${t.remote}`).join('; ');
const mirrored = (ts: TrafficSelector[]) => ts.map((t) => ({ local: t.remote, remote: t.local }));
const dpdText = (d: { enabled: boolean; delaySeconds?: number; timeoutSeconds?: number }): Word => {
  if (!d.enabled) return word('off');
  const timers = `${d.delaySeconds ? `${d.delaySeconds}s` : ''}${d.timeoutSeconds ? `/${d.timeoutSeconds}s` : ''}`;
  return timers ? word('dpdOn', { timers }) : word('on');
};

export function compare(rawA: TunnelPolicy, rawB: TunnelPolicy): CompareResult {
  const A = applyDefaults(rawA);
  const B = applyDefaults(rawB);
  const rows: CompareRow[] = [];
  const push = (r: CompareRow) => rows.push(r);
  const withFixes = (
    r: CompareRow,
    fa: FixSuggestion | undefined,
    fb: FixSuggestion | undefined,
  ): CompareRow => ({
    ...r,
    ...(fa ? { fixA: fa } : {}),
    ...(fb ? { fixB: fb } : {}),
  });

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

  // Phase 1: IKE version, worked out per direction
  const vA = versionInfo(A);
  const vB = versionInfo(B);
  let ikeVer: 1 | 2 = (vA ?? vB)?.initiates[0] ?? 2;
  if (vA && vB) {
    const ab = startsWith(vA, vB);
    const ba = startsWith(vB, vA);
    ikeVer = ab ?? ba ?? vA.initiates[0] ?? 2;
    const m = ab !== undefined && ba !== undefined;
    const one = ab !== undefined ? 'A' : ba !== undefined ? 'B' : undefined;
    const row: CompareRow = {
      section: 'phase1',
      param: 'ike_version',
      a: vA.cell,
      b: vB.cell,
      match: m,
      ...(m ? {} : { code: 'IKE_VERSION_MISMATCH' as Code }),
      ...(!m && one ? { note: { id: 'one-direction', vars: { side: one } } } : {}),
    };
    push(
      m
        ? row
        : withFixes(
            row,
            fix(
              A,
              A.ikeVersion ?? facts(A).swan?.versionSetting,
              versionLines(A.vendor, A, vB.initiates[0] ?? 2),
            ),
            fix(
              B,
              B.ikeVersion ?? facts(B).swan?.versionSetting,
              versionLines(B.vendor, B, vA.initiates[0] ?? 2),
            ),
          ),
    );
  }
  // Main vs Aggressive Mode exists in IKEv1 only; each side starts with its own and answers the
  // modes it accepts
  if (ikeVer === 1 && A.mode && B.mode) {
    const ab = modesAccepted(B).includes(A.mode.value);
    const ba = modesAccepted(A).includes(B.mode.value);
    const m = ab && ba;
    const one = ab ? 'A' : ba ? 'B' : undefined;
    const row: CompareRow = {
      section: 'phase1',
      param: 'mode',
      a: cell(A.mode, String),
      b: cell(B.mode, String),
      match: m,
      ...(m ? {} : { code: 'MODE_MISMATCH' as Code }),
      ...(!m && one ? { note: { id: 'one-direction', vars: { side: one } } } : {}),
    };
    push(
      m || A.mode.value === B.mode.value
        ? row
        : withFixes(
            row,
            fix(A, A.mode, modeLines(A.vendor, A, B.mode.value)),
            fix(B, B.mode, modeLines(B.vendor, B, A.mode.value)),
          ),
    );
  }

  // Authentication: what each side authenticates itself with against what the other requires of
  // it. IKEv2 allows the two directions to differ (RFC 7296 §2.15, e.g. certificate one way, EAP
  // the other); in IKEv1 the method is an attribute of the ISAKMP SA proposal (RFC 2409 App. A),
  // so a different method leaves no proposal to choose.
  for (const [from, to, label] of [
    [A, B, 'auth_a_to_b'],
    [B, A, 'auth_b_to_a'],
  ] as const) {
    const sent = from.auth;
    const want = expectedAuth(to);
    if (!sent && !want) continue;
    const m =
      sent && want
        ? sent.value === 'unknown' || want.value === 'unknown'
          ? null
          : sent.value === want.value
        : null;
    const aIsFrom = from === A;
    const row: CompareRow = {
      section: 'phase1',
      param: label,
      a: aIsFrom ? cell(sent, String) : cell(want, String),
      b: aIsFrom ? cell(want, String) : cell(sent, String),
      match: m,
      ...(m === false ? { code: (ikeVer === 1 ? 'IKE_PROPOSAL_MISMATCH' : 'AUTH_FAILED') as Code } : {}),
    };
    if (m !== false || !sent || !want) {
      push(row);
      continue;
    }
    const fromFix = fix(from, sent, authLines(from.vendor, from, 'local', want.value), 'local');
    const toFix = fix(to, want, authLines(to.vendor, to, 'remote', sent.value), 'remote');
    push(withFixes(row, aIsFrom ? fromFix : toFix, aIsFrom ? toFix : fromFix));
  }
  if (A.pskPresent || B.pskPresent)
    push({
      section: 'phase1',
      param: 'pre_shared_key',
      a: cell(A.pskPresent, pskShown),
      b: cell(B.pskPresent, pskShown),
      match: A.pskPresent && B.pskPresent ? A.pskPresent.value === B.pskPresent.value || null : null,
    });

  // IKE proposals
  if (A.ikeProposals && B.ikeProposals) {
    const aAcc = acceptedIke(A);
    const bAcc = acceptedIke(B);
    const ok = aAcc.list.some((x) => bAcc.list.some((y) => ikeMatch(x, y)));
    const params = paramsOf(A.ikeProposals.value, B.ikeProposals.value, true);
    const blame = ok ? undefined : params.find((p) => p.differs === true);
    const proposalFix = (p: TunnelPolicy, own: Value<IkeProposal[]>, peer: IkeProposal[], param: string) => {
      const lines =
        own.fromDefault && isSwanctl(p)
          ? [
              `proposals = ${peer
                .slice(0, 1)
                .map((x) => strongswanProposal(x, true))
                .join(',')},default`,
            ]
          : ikeProposalLines(p.vendor, p, widen(own.value, peer, param, ikeVer === 1));
      return fix(p, own, lines);
    };
    const side = (v: Value<IkeProposal[]>, list: string[], appended: boolean): Cell => ({
      ...listCell(list, appended),
      ...(v.src ? { src: v.src } : {}),
      ...(v.fromDefault ? { fromDefault: v.fromDefault } : {}),
    });
    for (const p of params) {
      const bad = !ok && p.differs === true;
      const row: CompareRow = {
        section: 'phase1',
        param: p.param,
        a: side(A.ikeProposals, p.a, aAcc.appended),
        b: side(B.ikeProposals, p.b, bAcc.appended),
        match: ok ? true : p.differs === null ? null : !p.differs,
        ...(bad ? { code: 'IKE_PROPOSAL_MISMATCH' as Code } : {}),
      };
      push(
        p === blame
          ? withFixes(
              row,
              proposalFix(A, A.ikeProposals, B.ikeProposals.value, p.param),
              proposalFix(B, B.ikeProposals, A.ikeProposals.value, p.param),
            )
          : row,
      );
    }
    if (!ok && !blame)
      push(
        withFixes(
          {
            section: 'phase1',
            param: 'proposal',
            a: cell(A.ikeProposals, (v) => `${v.length} proposal(s)`),
            b: cell(B.ikeProposals, (v) => `${v.length} proposal(s)`),
            match: false,
            code: 'IKE_PROPOSAL_MISMATCH',
          },
          proposalFix(A, A.ikeProposals, B.ikeProposals.value, 'proposal'),
          proposalFix(B, B.ikeProposals, A.ikeProposals.value, 'proposal'),
        ),
      );
  }
  if (A.ikeLifetimeSeconds && B.ikeLifetimeSeconds) {
    const m = A.ikeLifetimeSeconds.value === B.ikeLifetimeSeconds.value;
    const row: CompareRow = {
      section: 'phase1',
      param: 'lifetime',
      a: cell(A.ikeLifetimeSeconds, (s) => `${s} s`),
      b: cell(B.ikeLifetimeSeconds, (s) => `${s} s`),
      match: m,
      // IKEv2 lifetimes are local (RFC 7296 §2.8); IKEv1 ones are proposal attributes, where the
      // devices settle on the shorter one (e.g. ASA "IKEv1 and IKEv2 Policies")
      ...(m
        ? {}
        : { code: 'LIFETIME_MISMATCH' as Code, note: { id: ikeVer === 1 ? 'lifetime-v1' : 'lifetime-v2' } }),
    };
    push(
      m
        ? row
        : withFixes(
            row,
            fix(A, A.ikeLifetimeSeconds, lifetimeLines(A.vendor, A, 'ike', B.ikeLifetimeSeconds.value)),
            fix(B, B.ikeLifetimeSeconds, lifetimeLines(B.vendor, B, 'ike', A.ikeLifetimeSeconds.value)),
          ),
    );
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
    const row: CompareRow = {
      section: 'identity',
      param: label,
      a: aIsFrom ? cell(from.localId, String) : cell(to.remoteId, String),
      b: aIsFrom ? cell(to.remoteId, String) : cell(from.localId, String),
      match: m,
      ...(m === false ? { code: 'ID_MISMATCH' as Code } : {}),
    };
    if (m !== false || sent === undefined || want === undefined) {
      push(row);
      continue;
    }
    const fromFix = fix(from, from.localId, idLines(from.vendor, from, 'local', want), 'local');
    const toFix = fix(to, to.remoteId, idLines(to.vendor, to, 'remote', sent), 'remote');
    push(withFixes(row, aIsFrom ? fromFix : toFix, aIsFrom ? toFix : fromFix));
  }

  // Phase 2
  const cA = effectiveChild(A, B);
  const cB = effectiveChild(B, A);
  if (cA && cB) {
    const aAcc = acceptedChild(A, cA.value.value);
    const bAcc = acceptedChild(B, cB.value.value);
    // Once either end names its ESN setting, a strongSwan proposal that names none proposes no
    // ESN only (proposal.c adds NO_EXT_SEQ by default); other vendors' unnamed setting accepts both.
    const esnNamed = [...cA.value.value, ...cB.value.value].some((x) => x.esn !== undefined);
    const esnOf = (p: TunnelPolicy, xs: ChildProposal[]) =>
      esnNamed && p.vendor === 'strongswan' ? xs.map((x) => ({ ...x, esn: x.esn ?? false })) : xs;
    const ok = esnOf(A, aAcc.list).some((x) => esnOf(B, bAcc.list).some((y) => childMatch(x, y)));
    const params = paramsOf(esnOf(A, cA.value.value), esnOf(B, cB.value.value), false);
    const blame = ok ? undefined : params.find((p) => p.differs === true && p.param !== 'pfs_group');
    const side = (c: NonNullable<typeof cA>, list: string[], pfs: boolean, appended: boolean): Cell =>
      pfs && c.inherited
        ? c.inherited
        : {
            ...listCell(list, appended && !pfs, pfs ? word('noPfs') : '—'),
            ...(c.value.src ? { src: c.value.src } : {}),
            ...(c.value.fromDefault ? { fromDefault: c.value.fromDefault } : {}),
          };
    const proposalFix = (
      p: TunnelPolicy,
      own: Value<ChildProposal[]>,
      peer: ChildProposal[],
      param: string,
    ) => {
      // Libreswan's ESN is a key of its own (ipsec.conf(5) esn=yes|no|either), not part of esp=.
      if (param === 'esn' && (p.vendor === 'libreswan' || p.vendor === 'openswan')) {
        const want = peer[0]?.esn;
        return fix(p, facts(p).swan?.esn, [`esn=${want === undefined ? 'either' : want ? 'yes' : 'no'}`]);
      }
      const lines =
        own.fromDefault && isSwanctl(p)
          ? [
              `esp_proposals = ${peer
                .slice(0, 1)
                .map((x) => strongswanProposal(x, false))
                .join(',')},default`,
            ]
          : childProposalLines(p.vendor, p, widen(own.value, peer, param, ikeVer === 1));
      return fix(p, own, lines, 'child');
    };
    const pfsFix = (p: TunnelPolicy, c: NonNullable<typeof cA>, group: number | undefined) => {
      if (p.vendor === 'libreswan' || p.vendor === 'openswan') {
        // pfs=no / pfs=yes (the IKE SA's group) are one key; another group is named in esp=
        const at = facts(p).swan?.pfs;
        if (group === undefined) return fix(p, at, ['pfs=no']);
        if (c.inherited ? String(group) === c.inherited.text : false) return fix(p, at, ['pfs=yes']);
        return fix(p, p.childProposals, pfsLines(p.vendor, p, group));
      }
      if (p.vendor === 'strongswan') return fix(p, c.value, pfsLines(p.vendor, p, group), 'child');
      return fix(p, undefined, pfsLines(p.vendor, p, group));
    };
    for (const p of params) {
      const pfs = p.param === 'pfs_group';
      const bad = pfs ? p.differs === true : !ok && p.differs === true;
      const row: CompareRow = {
        section: 'phase2',
        param: p.param,
        a: side(cA, p.a, pfs, aAcc.appended),
        b: side(cB, p.b, pfs, bAcc.appended),
        match: bad ? false : pfs || ok ? true : p.differs === null ? null : true,
        ...(bad ? { code: (pfs ? 'PFS_MISMATCH' : 'CHILD_PROPOSAL_MISMATCH') as Code } : {}),
      };
      if (pfs && bad) {
        const gA = cA.value.value.find((x) => x.dhGroups.length)?.dhGroups[0];
        const gB = cB.value.value.find((x) => x.dhGroups.length)?.dhGroups[0];
        push(withFixes(row, pfsFix(A, cA, gB), pfsFix(B, cB, gA)));
      } else if (p === blame)
        push(
          withFixes(
            row,
            proposalFix(A, cA.value, cB.value.value, p.param),
            proposalFix(B, cB.value, cA.value.value, p.param),
          ),
        );
      else push(row);
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
      ...(m ? {} : { code: 'MODE_MISMATCH' as Code }),
    });
  }
  if (A.childLifetimeSeconds && B.childLifetimeSeconds) {
    const m = A.childLifetimeSeconds.value === B.childLifetimeSeconds.value;
    const row: CompareRow = {
      section: 'phase2',
      param: 'lifetime',
      a: cell(A.childLifetimeSeconds, (s) => `${s} s`),
      b: cell(B.childLifetimeSeconds, (s) => `${s} s`),
      match: m,
      ...(m
        ? {}
        : { code: 'LIFETIME_MISMATCH' as Code, note: { id: ikeVer === 1 ? 'lifetime-v1' : 'lifetime-v2' } }),
    };
    push(
      m
        ? row
        : withFixes(
            row,
            fix(
              A,
              A.childLifetimeSeconds,
              lifetimeLines(A.vendor, A, 'child', B.childLifetimeSeconds.value),
              'child',
            ),
            fix(
              B,
              B.childLifetimeSeconds,
              lifetimeLines(B.vendor, B, 'child', A.childLifetimeSeconds.value),
              'child',
            ),
          ),
    );
  }

  // Selectors: equal (mirrored), or — IKEv2 — acceptable after narrowing in both directions.
  if (A.selectors && B.selectors) {
    const aTs = A.selectors.value;
    const bTs = B.selectors.value;
    const exact = mirrorTs(aTs, bTs);
    const ab: DirectionResult = exact
      ? { ok: true, narrowed: false }
      : negotiate({ policy: A, ts: aTs }, { policy: B, ts: bTs }, ikeVer);
    const ba: DirectionResult = exact
      ? { ok: true, narrowed: false }
      : negotiate({ policy: B, ts: bTs }, { policy: A, ts: aTs }, ikeVer);
    const row: CompareRow = {
      section: 'selectors',
      param: 'traffic_selectors',
      a: cell(A.selectors, showTs),
      b: cell(B.selectors, showTs),
      match: exact,
    };
    if (exact) push(row);
    else if (ab.ok && ba.ok) {
      // not a verdict: the CHILD SA comes up with the selectors the responder narrowed to
      push({ ...row, note: { id: 'ts-narrowed', vars: { a: narrowingOf(A).cite, b: narrowingOf(B).cite } } });
      const view = (r: DirectionResult, own: TrafficSelector[]) => showTs(r.result ?? own);
      push({
        section: 'selectors',
        param: 'ts_narrowed',
        // each side's CHILD SA when it initiates (its own view: local → remote)
        a: { text: view(ab, aTs) },
        b: { text: view(ba, bTs) },
        match: true,
        note: { id: 'ts-narrowed-result' },
      });
    } else {
      const one = ab.ok ? 'A' : ba.ok ? 'B' : undefined;
      push(
        withFixes(
          {
            ...row,
            code: 'TS_MISMATCH',
            ...(one ? { note: { id: 'ts-one-direction', vars: { side: one } } } : {}),
          },
          fix(A, A.selectors, selectorLines(A.vendor, A, mirrored(bTs)), 'child'),
          fix(B, B.selectors, selectorLines(B.vendor, B, mirrored(aTs)), 'child'),
        ),
      );
    }
  }
  if (A.dpd || B.dpd) {
    const m = A.dpd && B.dpd ? A.dpd.value.enabled === B.dpd.value.enabled : null;
    // not a verdict: DPD / liveness requests are answered whether or not the peer sends its own
    // (RFC 3706 §5.3 once the vendor ID is exchanged, RFC 7296 §1.4 for IKEv2); only one side
    // notices a dead peer and clears its SAs
    push({
      section: 'dpd',
      param: 'dpd',
      a: cell(A.dpd, dpdText),
      b: cell(B.dpd, dpdText),
      match: m,
      ...(m === false ? { note: { id: 'dpd-one-side' } } : {}),
    });
  }
  if (A.natTraversal || B.natTraversal) {
    const m = A.natTraversal && B.natTraversal ? A.natTraversal.value === B.natTraversal.value : null;
    push({
      section: 'nat',
      param: 'nat_traversal',
      a: cell(A.natTraversal, onOff),
      b: cell(B.natTraversal, onOff),
      match: m,
      ...(m === false ? { note: { id: 'nat-one-side' } } : {}),
    });
  }

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
