// strongSwan proposal strings (swanctl.conf `proposals`, `esp_proposals`, `ah_proposals`; legacy
// ipsec.conf `ike=`, `esp=`, `ah=`) → the canonical proposals of src/core/policy.ts.
//
// Syntax (strongSwan docs "Proposals", swanctl.conf(5), ipsec.conf(5)): proposals are separated by
// commas, the algorithms of one proposal by dashes, each keyword names its transform type
// (src/libstrongswan/crypto/proposal/proposal_keywords_static.txt): `aes256-sha256-modp2048`,
// `aes256gcm16-prfsha384-ecp384`, `aes128-sha1-modp1024!` (ipsec.conf: `!` = only these, no
// defaults appended). Without a `prf` keyword an IKE proposal takes its PRFs from the integrity
// algorithms; AEAD IKE proposals drop the integrity algorithms after that. A key exchange method in
// an ESP/AH proposal means PFS. `keN_<method>` (RFC 9370 additional key exchanges, 6.0) are kept
// apart from the DH groups.
import type { ChildProposal, IkeProposal } from '../../core/policy.js';
import { formatAlgorithm, parseAlgorithm } from '../../core/algorithms.js';
import { isAead, uniq } from '../shared/algorithms.js';

export type ProposalKind = 'ike' | 'esp' | 'ah';

export interface ParsedProposals<P> {
  proposals: P[];
  /** Keywords not understood (the proposal is kept without them). */
  unknown: string[];
  /** ipsec.conf `!`: the configured proposals only. */
  strict: boolean;
  /** The `default` keyword (swanctl.conf) was expanded with strongSwan's default proposals. */
  usedDefault: boolean;
  /** RFC 9370 additional key exchanges (`ke1_mlkem768`), as written. */
  additionalKe: string[];
}

// Integrity keywords read by a table: the truncated variants are other transforms on the wire
// (AUTH_HMAC_SHA2_256_96 is not AUTH_HMAC_SHA2_256_128) and keep a suffix of their own.
const INTEG: Record<string, string> = {
  sha: 'sha1',
  sha1: 'sha1',
  sha1_160: 'sha1-160',
  sha256: 'sha256',
  sha2_256: 'sha256',
  sha256_96: 'sha256-96',
  sha2_256_96: 'sha256-96',
  sha384: 'sha384',
  sha2_384: 'sha384',
  sha512: 'sha512',
  sha2_512: 'sha512',
  md5: 'md5',
  md5_128: 'md5-128',
  aesxcbc: 'aesxcbc',
  aescmac: 'aescmac',
  camelliaxcbc: 'camelliaxcbc',
};

/** PRF an integrity algorithm stands for when no `prf` keyword is given (proposal.c, integ→prf table). */
const PRF_OF_INTEG: Record<string, string> = {
  sha1: 'sha1',
  'sha1-160': 'sha1',
  sha256: 'sha256',
  sha384: 'sha384',
  sha512: 'sha512',
  md5: 'md5',
  'md5-128': 'md5',
  aesxcbc: 'aesxcbc',
  camelliaxcbc: 'camelliaxcbc',
  aescmac: 'aescmac',
};

const PRF: Record<string, string> = {
  prfsha1: 'sha1',
  prfsha256: 'sha256',
  prfsha384: 'sha384',
  prfsha512: 'sha512',
  prfmd5: 'md5',
  prfaesxcbc: 'aesxcbc',
  prfcamelliaxcbc: 'camelliaxcbc',
  prfaescmac: 'aescmac',
};

// Key exchange methods parseAlgorithm does not know: IANA "Transform Type 4" numbers
// (RFC 9385 GOST, draft-ietf-ipsecme-ikev2-mlkem ML-KEM).
const KE_EXTRA: Record<string, number> = {
  gost256: 33,
  gost512: 34,
  mlkem512: 35,
  mlkem768: 36,
  mlkem1024: 37,
};

/** Ciphers parseAlgorithm does not know, as strongSwan spells them (default key length 128). */
const CIPHER_EXTRA = /^(serpent|twofish)(128|192|256)?$/;

/** Canonical encryption name of a strongSwan keyword, or undefined. */
export function swEncryption(token: string): string | undefined {
  let t = token;
  if (t === 'chacha20poly1305compat') t = 'chacha20poly1305';
  const extra = CIPHER_EXTRA.exec(t);
  if (extra) return `${extra[1]}-cbc-${extra[2] ?? '128'}`;
  // ICV length in bits (`aes128gcm128`) → in bytes (`aes128gcm16`) before the core parser sees it
  const icvBits = /^(aes|camellia)(128|192|256)?(gcm|ccm)(64|96|128)$/.exec(t);
  if (icvBits) t = `${icvBits[1]}${icvBits[2] ?? ''}${icvBits[3]}${Number(icvBits[4]) / 8}`;
  const a = parseAlgorithm(t, 'encryption');
  if (a?.kind !== 'encryption') return undefined;
  // strongSwan: a keyword without key length means 128 bits (`aes` = `aes128`, `aes256gcm` = ICV 16)
  if (a.keyLength === undefined && /^(?:aes|camellia|blowfish)(?:-|$)/.test(a.name)) return `${a.name}-128`;
  return formatAlgorithm(a);
}

/** DH group (key exchange method) number of a strongSwan keyword; 0 = `none`; undefined = not a KE keyword. */
export function swKe(token: string): number | undefined {
  if (token === 'none' || token === 'modpnone') return 0;
  if (token in KE_EXTRA) return KE_EXTRA[token];
  if (!/^(?:modp|ecp|curve|x25519|x448)/.test(token)) return undefined;
  const a = parseAlgorithm(token, 'dh_group');
  return a?.kind === 'dh_group' ? a.group : undefined;
}

interface Tokens {
  enc: string[];
  integ: string[];
  prf: string[];
  ke: number[];
  keNone: boolean;
  esn: boolean[];
  unknown: string[];
  additionalKe: string[];
}

function readTokens(proposal: string): Tokens {
  const out: Tokens = { enc: [], integ: [], prf: [], ke: [], keNone: false, esn: [], unknown: [], additionalKe: [] };
  for (const raw of proposal.split('-')) {
    const t = raw.trim().toLowerCase();
    if (!t) continue;
    if (/^ke[1-7]_/.test(t)) {
      out.additionalKe.push(t);
      continue;
    }
    if (t === 'esn' || t === 'noesn') {
      out.esn.push(t === 'esn');
      continue;
    }
    const prf = PRF[t];
    if (prf) {
      out.prf.push(prf);
      continue;
    }
    const integ = INTEG[t];
    if (integ) {
      out.integ.push(integ);
      continue;
    }
    const ke = swKe(t);
    if (ke !== undefined) {
      if (ke === 0) out.keNone = true;
      else out.ke.push(ke);
      continue;
    }
    const enc = swEncryption(t);
    if (enc) {
      out.enc.push(enc);
      continue;
    }
    out.unknown.push(raw.trim());
  }
  return out;
}

// strongSwan's default proposals (the `default` keyword of swanctl.conf), as built by
// src/libstrongswan/crypto/proposal/proposal.c proposal_create_default[_aead]() with the usual
// plugins (openssl / aes, sha2, gmp, curve25519): the set shrinks when a plugin is missing.
const SW_DEFAULT_KE = [19, 20, 21, 28, 29, 30, 31, 32, 15, 16, 17, 18, 14];
const SW_DEFAULT_PRF = ['sha256', 'sha384', 'sha512', 'aesxcbc', 'aescmac', 'sha1'];
export const STRONGSWAN_DEFAULT_IKE: readonly IkeProposal[] = [
  {
    encryption: ['aes-gcm-16-128', 'aes-gcm-16-192', 'aes-gcm-16-256', 'chacha20poly1305', 'aes-ccm-16-128', 'aes-ccm-16-192', 'aes-ccm-16-256'],
    integrity: [],
    prf: SW_DEFAULT_PRF,
    dhGroups: SW_DEFAULT_KE,
  },
  {
    encryption: ['aes-cbc-128', 'aes-cbc-192', 'aes-cbc-256', 'aes-ctr-128', 'aes-ctr-192', 'aes-ctr-256', 'camellia-cbc-128', 'camellia-cbc-192', 'camellia-cbc-256', '3des'],
    integrity: ['sha256', 'sha384', 'sha512', 'aesxcbc', 'aescmac', 'sha1'],
    prf: SW_DEFAULT_PRF,
    dhGroups: SW_DEFAULT_KE,
  },
];
/** ESP defaults (no PFS: strongSwan 6.0.2 added every KE method as optional, which still accepts none). */
export const STRONGSWAN_DEFAULT_ESP: readonly ChildProposal[] = [
  { protocol: 'esp', encryption: ['aes-gcm-16-128', 'aes-gcm-16-192', 'aes-gcm-16-256'], integrity: [], dhGroups: [] },
  { protocol: 'esp', encryption: ['aes-cbc-128', 'aes-cbc-192', 'aes-cbc-256'], integrity: ['sha256', 'sha384', 'sha512', 'sha1', 'aesxcbc'], dhGroups: [] },
];
export const STRONGSWAN_DEFAULT_AH: readonly ChildProposal[] = [
  { protocol: 'ah', encryption: [], integrity: ['sha256', 'sha384', 'sha512', 'sha1', 'aesxcbc'], dhGroups: [] },
];

function splitProposals(text: string): { parts: string[]; strict: boolean } {
  let t = text.trim();
  let strict = false;
  if (t.endsWith('!')) {
    strict = true;
    t = t.slice(0, -1);
  }
  const parts = t
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  return { parts, strict };
}

export function parseIkeProposals(text: string): ParsedProposals<IkeProposal> {
  const { parts, strict } = splitProposals(text);
  const out: ParsedProposals<IkeProposal> = { proposals: [], unknown: [], strict, usedDefault: false, additionalKe: [] };
  for (const part of parts) {
    if (part.toLowerCase() === 'default') {
      out.usedDefault = true;
      out.proposals.push(...STRONGSWAN_DEFAULT_IKE.map((p) => ({ ...p })));
      continue;
    }
    const k = readTokens(part);
    out.unknown.push(...k.unknown);
    out.additionalKe.push(...k.additionalKe);
    const enc = uniq(k.enc);
    const aead = enc.length > 0 && enc.every(isAead);
    const prf = uniq(k.prf.length ? k.prf : k.integ.map((i) => PRF_OF_INTEG[i]).filter((x): x is string => x !== undefined));
    out.proposals.push({ encryption: enc, integrity: aead ? [] : uniq(k.integ), prf, dhGroups: uniq(k.ke) });
  }
  return out;
}

export function parseChildProposals(text: string, protocol: 'esp' | 'ah'): ParsedProposals<ChildProposal> {
  const { parts, strict } = splitProposals(text);
  const out: ParsedProposals<ChildProposal> = { proposals: [], unknown: [], strict, usedDefault: false, additionalKe: [] };
  for (const part of parts) {
    if (part.toLowerCase() === 'default') {
      out.usedDefault = true;
      out.proposals.push(...(protocol === 'esp' ? STRONGSWAN_DEFAULT_ESP : STRONGSWAN_DEFAULT_AH).map((p) => ({ ...p })));
      continue;
    }
    const k = readTokens(part);
    out.unknown.push(...k.unknown);
    out.additionalKe.push(...k.additionalKe);
    const enc = uniq(k.enc);
    const aead = enc.length > 0 && enc.every(isAead);
    const p: ChildProposal = { protocol, encryption: protocol === 'ah' ? [] : enc, integrity: aead ? [] : uniq(k.integ), dhGroups: uniq(k.ke) };
    if (protocol === 'ah' && enc.length) out.unknown.push(...enc);
    // `esn` and `noesn` both: either is accepted, so ESN is not a requirement either way
    if (k.esn.length && !(k.esn.includes(true) && k.esn.includes(false))) p.esn = k.esn[0];
    out.proposals.push(p);
  }
  return out;
}
