// strongSwan proposal strings, as printed by the %P printf hook (libstrongswan/crypto/proposal/
// proposal.c, proposal_printf_hook): `IKE:AES_CBC_128/HMAC_SHA2_256_128/PRF_HMAC_SHA2_256/MODP_2048`,
// `ESP:AES_GCM_16_256/NO_EXT_SEQ`; a list (%#P) joins them with ", ". Algorithm names come from
// encryption_algorithm_names, integrity_algorithm_names, pseudo_random_function_names and
// key_exchange_method_names, with `_<key size>` appended; additional key exchanges (RFC 9370) are
// prefixed `KE1_` ... `KE7_`.
//
// When charon finds no acceptable proposal it logs `received proposals:` and then `configured
// proposals:` (proposal_select() at level 1). Comparing the two lines tells which transform type
// has no common algorithm, which is what a diagnosis needs.
import type { ProposalParam } from '../../core/model.js';

export type TransformKind = 'encryption' | 'integrity' | 'prf' | 'dh_group' | 'esn' | 'additional_ke';

export interface Proposal {
  /** `IKE`, `ESP`, `AH`. */
  protocol: string;
  text: string;
  transforms: Record<TransformKind, string[]>;
}

const KINDS: readonly TransformKind[] = [
  'encryption',
  'integrity',
  'prf',
  'dh_group',
  'esn',
  'additional_ke',
];

/** Integrity algorithm names (signers/signer.c integrity_algorithm_names). */
function isIntegrity(t: string): boolean {
  return (
    t.startsWith('HMAC_') ||
    t.startsWith('AES_XCBC') ||
    t.startsWith('AES_CMAC') ||
    t.startsWith('CAMELLIA_XCBC') ||
    /^AES_(?:128|192|256)_GMAC$/.test(t) ||
    t === 'DES_MAC' ||
    t === 'KPDK_MD5'
  );
}

/** Key exchange method names (crypto/key_exchange.c) and older ones (NTRU, NEWHOPE). */
function isKeyExchange(t: string): boolean {
  return /^(?:MODP_|ECP_|CURVE_|ML_KEM_|NTRU_|NEWHOPE|GOST3410|KE_NONE$|DH_NONE$)/.test(t);
}

export function classifyTransform(token: string): TransformKind {
  if (/^KE[1-7]_/.test(token)) return 'additional_ke';
  if (token === 'NO_EXT_SEQ' || token === 'EXT_SEQ') return 'esn';
  if (token.startsWith('PRF_')) return 'prf';
  if (isKeyExchange(token)) return 'dh_group';
  if (isIntegrity(token)) return 'integrity';
  return 'encryption';
}

function emptyTransforms(): Record<TransformKind, string[]> {
  return { encryption: [], integrity: [], prf: [], dh_group: [], esn: [], additional_ke: [] };
}

export function parseProposal(text: string): Proposal | undefined {
  const colon = text.indexOf(':');
  if (colon <= 0) return undefined;
  const protocol = text.slice(0, colon);
  if (!/^[A-Z]{2,5}$/.test(protocol)) return undefined;
  const transforms = emptyTransforms();
  for (const tok of text.slice(colon + 1).split('/')) {
    const t = tok.trim();
    if (t) transforms[classifyTransform(t)].push(t);
  }
  return { protocol, text, transforms };
}

/** Split a %#P list. */
export function parseProposalList(text: string): Proposal[] {
  return text
    .split(', ')
    .map((p) => parseProposal(p.trim()))
    .filter((p): p is Proposal => p !== undefined);
}

/** `IKE` → ike, `ESP`/`AH` → child. */
export function proposalScope(list: Proposal[]): 'ike' | 'child' | undefined {
  const p = list[0]?.protocol;
  if (p === undefined) return undefined;
  return p === 'IKE' ? 'ike' : 'child';
}

/** AEAD encryption (RFC 5282, RFC 4106, RFC 7634) needs no separate integrity transform. */
function isAead(t: string): boolean {
  return /^(?:AES_GCM|AES_CCM|CAMELLIA_CCM|CHACHA20_POLY1305|NULL_AES_GMAC)/.test(t);
}

/** Algorithm name without the `_<key size>` strongSwan appends: AES_CBC_256 → AES_CBC. */
function baseName(t: string): string {
  return t.replace(/_(?:128|192|256)$/, '');
}

function intersects(a: string[], b: string[]): boolean {
  return a.some((x) => b.includes(x));
}

/** Transform kinds on which two proposals have nothing in common, in diagnosis order. */
function differences(configured: Proposal, received: Proposal): TransformKind[] {
  const out: TransformKind[] = [];
  const aead =
    intersects(configured.transforms.encryption, received.transforms.encryption) &&
    configured.transforms.encryption.filter((t) => received.transforms.encryption.includes(t)).some(isAead);
  for (const kind of KINDS) {
    const c = configured.transforms[kind];
    const r = received.transforms[kind];
    if (kind === 'integrity' && aead) continue;
    if (c.length === 0 && r.length === 0) continue;
    if (kind === 'dh_group' || kind === 'additional_ke') {
      // "none" on one side matches an empty list on the other (KE_NONE, RFC 9370 §2.2.1).
      const cNone = c.length === 0 || c.some((t) => t.endsWith('NONE'));
      const rNone = r.length === 0 || r.some((t) => t.endsWith('NONE'));
      if (cNone && rNone) continue;
    }
    if (kind === 'esn' && (c.length === 0 || r.length === 0)) continue;
    if (!intersects(c, r)) out.push(kind);
  }
  return out;
}

export interface ProposalMismatch {
  param: ProposalParam;
  /** What this host is configured with (from `configured proposals:`). */
  localValue: string;
  /** What the peer offered (from `received proposals:`). */
  remoteValue: string;
  /** Every transform kind that differs in the closest pair. */
  differing: TransformKind[];
  scope: 'ike' | 'child' | undefined;
}

const PARAM: Record<TransformKind, ProposalParam> = {
  encryption: 'encryption',
  integrity: 'integrity',
  prf: 'prf',
  dh_group: 'dh_group',
  esn: 'esn',
  additional_ke: 'dh_group',
};

function show(list: string[]): string {
  return list.length ? list.join('/') : 'none';
}

/**
 * Compare the peer's offer with our configuration. Undefined when some pair agrees on every
 * transform kind (then the proposals are not what failed) or when a list is empty.
 */
export function compareProposals(received: Proposal[], configured: Proposal[]): ProposalMismatch | undefined {
  let best: { c: Proposal; r: Proposal; diff: TransformKind[] } | undefined;
  let protocolOnly: { c: Proposal; r: Proposal } | undefined;
  for (const c of configured) {
    for (const r of received) {
      if (c.protocol !== r.protocol) {
        protocolOnly ??= { c, r };
        continue;
      }
      const diff = differences(c, r);
      if (diff.length === 0) return undefined;
      if (!best || diff.length < best.diff.length) best = { c, r, diff };
    }
  }
  if (!best) {
    if (!protocolOnly) return undefined;
    return {
      param: 'protocol',
      localValue: protocolOnly.c.protocol,
      remoteValue: protocolOnly.r.protocol,
      differing: [],
      scope: proposalScope(configured),
    };
  }
  const first = best.diff[0]!;
  const c = best.c.transforms[first];
  const r = best.r.transforms[first];
  let param = PARAM[first];
  // Same cipher, other key size (AES_CBC_128 vs AES_CBC_256): the key length is what differs.
  if (first === 'encryption' && intersects(c.map(baseName), r.map(baseName))) param = 'key_length';
  return {
    param,
    localValue: show(c),
    remoteValue: show(r),
    differing: best.diff,
    scope: proposalScope(configured),
  };
}
