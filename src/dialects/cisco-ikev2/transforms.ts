// Cisco's spelling of IKEv2 transforms (`AES-CBC-256`, `SHA96`, `DH_GROUP_1024_MODP/Group 2`,
// `Don't use ESN`), mapped onto the IANA names of src/core/ike-tables.ts and the canonical
// algorithms of src/core/algorithms.ts. Transform types follow RFC 7296 §3.3.2:
// 1 encryption, 2 PRF, 3 integrity, 4 Diffie-Hellman group, 5 extended sequence numbers.
import { DH_GROUPS } from '../../core/ike-tables.js';
import { dhGroupName, parseAlgorithm, type Algorithm } from '../../core/algorithms.js';
import type { ProposalParam } from '../../core/model.js';

export type TransformType = 'encr' | 'prf' | 'integ' | 'dh' | 'esn';

export interface Transform {
  type: TransformType;
  /** As the device printed it. */
  name: string;
}

export const TRANSFORM_TYPE_BY_NUMBER: Readonly<Record<string, TransformType>> = {
  '1': 'encr',
  '2': 'prf',
  '3': 'integ',
  '4': 'dh',
  '5': 'esn',
};

const GROUP_RE = /Group ?(\d{1,3})/;

export function dhGroupOf(token: string): number | undefined {
  const m = GROUP_RE.exec(token);
  return m?.[1] ? Number(m[1]) : undefined;
}

/**
 * Splits a transform list as Cisco prints it (`AES-CBC SHA1 SHA96 DH_GROUP_768_MODP/Group 1`,
 * `AES-CBC-256 SHA256 Don't use ESN`) into tokens, keeping the multi-word names together.
 */
export function tokenize(list: string): string[] {
  const words = list.split(' ').filter((w) => w.length > 0);
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const next = words[i + 1];
    if (w.startsWith('DH_GROUP') && w.endsWith('/Group') && next !== undefined && /^\d{1,3}$/.test(next)) {
      out.push(`${w} ${next}`);
      i++;
    } else if (w === "Don't" && next === 'use' && words[i + 2] === 'ESN') {
      out.push("Don't use ESN");
      i += 2;
    } else if (w === 'Use' && next === 'ESN') {
      out.push('Use ESN');
      i++;
    } else {
      out.push(w);
    }
  }
  return out;
}

export function isEncryption(t: string): boolean {
  return /^(?:AES|3DES|DES|NULL|CAMELLIA|CHACHA|BLOWFISH|CAST)/i.test(t);
}

export function isHash(t: string): boolean {
  return /^(?:SHA|MD5|AES-XCBC|AES-CMAC)/i.test(t);
}

export function isDh(t: string): boolean {
  return t.startsWith('DH_GROUP') || /^Group ?\d/.test(t);
}

export function isEsn(t: string): boolean {
  return t === "Don't use ESN" || t === 'Use ESN';
}

/** Integrity names that cannot be a PRF (the truncated HMACs). */
function integrityOnly(t: string): boolean {
  return /96$/.test(t);
}

function hashRank(t: string): number {
  const u = t.toUpperCase();
  if (u.startsWith('SHA512')) return 5;
  if (u.startsWith('SHA384')) return 4;
  if (u.startsWith('SHA256')) return 3;
  if (u === 'SHA1' || u === 'SHA96' || u === 'SHA') return 2;
  if (u.startsWith('MD5')) return 1;
  return 0;
}

/**
 * Types of the tokens of one transform list. Cisco lists encryption, then (IKE) the PRFs, then the
 * integrity algorithms, then the groups, each run from strongest to weakest; where the PRF run ends
 * the strength starts over (`SHA512 SHA384 SHA1 SHA512 SHA384 SHA96`) or a truncated HMAC appears.
 */
export function classify(tokens: readonly string[], protocol: 'IKE' | 'ESP' | 'AH'): Transform[] {
  const typed: (Transform | undefined)[] = [];
  const hashAt: number[] = [];
  const hashes: string[] = [];
  let gcm = false;
  for (const t of tokens) {
    if (isEncryption(t)) {
      typed.push({ type: 'encr', name: t });
      if (/GCM|CCM|CHACHA/i.test(t)) gcm = true;
    } else if (isHash(t)) {
      hashAt.push(typed.length);
      hashes.push(t);
      typed.push(undefined);
    } else if (isDh(t)) typed.push({ type: 'dh', name: t });
    else if (isEsn(t)) typed.push({ type: 'esn', name: t });
  }
  let split = hashes.length;
  if (protocol !== 'IKE') split = 0;
  else if (!gcm) {
    split = -1;
    for (let i = 1; i < hashes.length; i++) {
      if (integrityOnly(hashes[i]!) || hashRank(hashes[i]!) >= hashRank(hashes[i - 1]!)) {
        split = i;
        break;
      }
    }
    if (split < 0) split = Math.ceil(hashes.length / 2);
  }
  hashAt.forEach((pos, i) => {
    typed[pos] = { type: i < split ? 'prf' : 'integ', name: hashes[i]! };
  });
  return typed.filter((t): t is Transform => t !== undefined);
}

const PRF_IANA: Readonly<Record<string, string>> = {
  SHA1: 'PRF_HMAC_SHA1',
  SHA: 'PRF_HMAC_SHA1',
  SHA256: 'PRF_HMAC_SHA2_256',
  SHA384: 'PRF_HMAC_SHA2_384',
  SHA512: 'PRF_HMAC_SHA2_512',
  MD5: 'PRF_HMAC_MD5',
};

const INTEG_IANA: Readonly<Record<string, string>> = {
  SHA96: 'AUTH_HMAC_SHA1_96',
  SHA1: 'AUTH_HMAC_SHA1_96',
  SHA: 'AUTH_HMAC_SHA1_96',
  MD596: 'AUTH_HMAC_MD5_96',
  MD5: 'AUTH_HMAC_MD5_96',
  SHA256: 'AUTH_HMAC_SHA2_256_128',
  SHA384: 'AUTH_HMAC_SHA2_384_192',
  SHA512: 'AUTH_HMAC_SHA2_512_256',
};

/** IANA name of a Cisco transform (`AES-CBC-256` → `AES_CBC_256`, `SHA96` → `AUTH_HMAC_SHA1_96`). */
export function ianaName(t: Transform): string {
  const u = t.name.toUpperCase();
  switch (t.type) {
    case 'encr': {
      const m = /^AES-(CBC|CTR|GCM)(?:-(\d{3}))?$/.exec(u);
      if (m) return `AES_${m[1] === 'GCM' ? 'GCM_16' : m[1]!}${m[2] ? `_${m[2]}` : ''}`;
      return u.replace(/-/g, '_');
    }
    case 'prf':
      return PRF_IANA[u] ?? `PRF_${u}`;
    case 'integ':
      return INTEG_IANA[u] ?? `AUTH_${u}`;
    case 'dh': {
      const g = dhGroupOf(t.name);
      if (g === undefined) return u;
      return (DH_GROUPS as Record<number, string>)[g] ?? `DH_GROUP_${g}`;
    }
    case 'esn':
      return u.startsWith('DON') ? 'NO_EXT_SEQ' : 'EXT_SEQ';
  }
}

const ORDER: readonly TransformType[] = ['encr', 'integ', 'prf', 'dh', 'esn'];

/** One proposal in strongSwan's notation with IANA names: `IKE:AES_CBC/AUTH_HMAC_SHA1_96/PRF_HMAC_SHA1/MODP_768`. */
export function formatProposal(protocol: string, transforms: readonly Transform[]): string {
  const parts: string[] = [];
  for (const type of ORDER) {
    for (const t of transforms) {
      if (t.type !== type) continue;
      const n = ianaName(t);
      if (!parts.includes(n)) parts.push(n);
    }
  }
  return `${protocol}:${parts.join('/')}`;
}

/**
 * Cisco's hash names in a spelling parseAlgorithm reads unambiguously: `SHA256` would otherwise
 * be read as `sha` + a 256-bit truncation (= SHA-1); `SHA96` / `MD596` are HMAC-SHA1-96 / HMAC-MD5-96.
 */
function hashToken(name: string): string {
  const u = name.toUpperCase();
  const m = /^SHA(256|384|512)/.exec(u);
  if (m?.[1]) return `sha2_${m[1]}`;
  if (u === 'SHA96' || u === 'SHA' || u === 'SHA1') return 'sha1';
  if (u.startsWith('MD5')) return 'md5';
  return name;
}

/** The canonical algorithm of a transform (for weakness checks), or undefined for ESN. */
export function algorithmOf(t: Transform): Algorithm | undefined {
  switch (t.type) {
    case 'dh': {
      const g = dhGroupOf(t.name);
      return g === undefined ? undefined : { kind: 'dh_group', name: dhGroupName(g), group: g };
    }
    case 'encr':
      return parseAlgorithm(t.name, 'encryption');
    case 'prf':
      return parseAlgorithm(hashToken(t.name), 'prf');
    case 'integ':
      return parseAlgorithm(hashToken(t.name), 'integrity');
    case 'esn':
      return undefined;
  }
}

/** One line of a `Received Policies:` / `Expected Policies:` block, one value per type. */
export interface PolicyParts {
  encryption?: string;
  prf?: string;
  integrity?: string;
  dh_group?: string;
  esn?: string;
}

/**
 * Reads `AES-CBC-128 SHA1 SHA256 DH_GROUP_2048_MODP/Group 14` (ASA), `AES-CBC-256 SHA256 Don't use
 * ESN` (ESP) or IOS-XE's labelled `ENCRYPTION: AES-CBC-128 PRF: SHA512 INTEGRITY: SHA512 DH GROUP:
 * DH_GROUP_384_ECP/Group 20`.
 */
export function parsePolicy(
  text: string,
  protocol: 'IKE' | 'ESP',
): { parts: PolicyParts; transforms: Transform[] } {
  if (text.includes('ENCRYPTION:')) {
    const enc = /ENCRYPTION: ?(\S{1,40})/.exec(text);
    const prf = /PRF: ?(\S{1,40})/.exec(text);
    const integ = /INTEGRITY: ?(\S{1,40})/.exec(text);
    const dh = /DH GROUP: ?(DH_GROUP_\w{1,40}\/Group ?\d{1,3}|\S{1,40})/.exec(text);
    const transforms: Transform[] = [];
    if (enc?.[1]) transforms.push({ type: 'encr', name: enc[1] });
    if (prf?.[1]) transforms.push({ type: 'prf', name: prf[1] });
    if (integ?.[1] && integ[1] !== 'NONE' && integ[1] !== 'None')
      transforms.push({ type: 'integ', name: integ[1] });
    if (dh?.[1]) transforms.push({ type: 'dh', name: dh[1] });
    return { parts: partsOf(transforms), transforms };
  }
  const transforms = classify(tokenize(text), protocol);
  return { parts: partsOf(transforms), transforms };
}

function partsOf(ts: readonly Transform[]): PolicyParts {
  const p: PolicyParts = {};
  for (const t of ts) {
    if (t.type === 'encr' && p.encryption === undefined) p.encryption = t.name;
    else if (t.type === 'prf' && p.prf === undefined) p.prf = t.name;
    else if (t.type === 'integ' && p.integrity === undefined) p.integrity = t.name;
    else if (t.type === 'dh' && p.dh_group === undefined) p.dh_group = t.name;
    else if (t.type === 'esn' && p.esn === undefined) p.esn = t.name;
  }
  return p;
}

export interface Mismatch {
  param: ProposalParam;
  localValue: string;
  remoteValue: string;
  differences: number;
}

const PARAM_ORDER: readonly (keyof PolicyParts)[] = ['encryption', 'integrity', 'prf', 'dh_group', 'esn'];

function sameCipherFamily(a: string, b: string): boolean {
  const base = (s: string): string => s.toUpperCase().replace(/-\d{3}$/, '');
  return base(a) === base(b);
}

/**
 * The parameter that separates the peer's offer from ours. Of all pairs (received × expected) the
 * closest one is taken, and its first difference named: `AES-CBC-128` against `AES-CBC-256` is a
 * key length, `DH_GROUP_2048_MODP/Group 14` against `DH_GROUP_1024_MODP/Group 2` a DH group.
 */
export function findMismatch(
  received: readonly PolicyParts[],
  expected: readonly PolicyParts[],
): Mismatch | undefined {
  let best: Mismatch | undefined;
  for (const r of received) {
    for (const e of expected) {
      const diffs: (keyof PolicyParts)[] = [];
      for (const k of PARAM_ORDER) {
        const a = (r[k] ?? '').toUpperCase();
        const b = (e[k] ?? '').toUpperCase();
        if (a !== b) diffs.push(k);
      }
      if (diffs.length === 0) continue;
      if (best && best.differences <= diffs.length) continue;
      const k = diffs[0]!;
      const remoteValue = r[k] ?? '(none)';
      const localValue = e[k] ?? '(none)';
      let param: ProposalParam = k;
      if (k === 'encryption' && r.encryption && e.encryption && sameCipherFamily(r.encryption, e.encryption))
        param = 'key_length';
      best = { param, localValue, remoteValue, differences: diffs.length };
    }
  }
  return best;
}
