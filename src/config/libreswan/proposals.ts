// Libreswan / Openswan proposal strings (ipsec.conf `ike=`, `esp=`, `ah=`, `phase2alg=`) → the
// canonical proposals of src/core/policy.ts.
//
// Syntax (Libreswan ipsec.conf(5) "Proposals", configs/d.ipsec.conf/sect/proposals.txt): proposals
// separated by commas; in one proposal the algorithms by dashes, alternatives of one type by `+`,
// and the key exchange after a semicolon: `aes256-sha2_256;modp2048`, `aes_gcm256-null;dh19`,
// `aes128-sha1;modp1024,3des-md5`, `aes-128-sha1` (a key length may follow its cipher after a dash),
// Libreswan 5 `;encrypt=...;prf=...;ke=...`. In ike= the first hash is the PRF and a second one the
// integrity algorithm (IKEv2 derives the integrity from the PRF when only one is given); in esp= the
// hash is the integrity algorithm. Names: lib/libswan/ike_alg_*.c.
//
// What a line leaves out, pluto fills from its defaults (lib/libswan/ike_info.c, esp_info.c:
// "merging it with the below defaults when an algorithm wasn't specified"); the parser does the
// same and says which transforms it filled.
import type { ChildProposal, IkeProposal } from '../../core/policy.js';
import { parseAlgorithm } from '../../core/algorithms.js';
import { isAead, uniq } from '../shared/algorithms.js';
import { swEncryption } from '../strongswan/proposals.js';

// Libreswan's default transforms (HEAD: lib/libswan/ike_info.c, esp_info.c; the same sets in 4.x,
// in another order, except the IKEv1 groups: 4.x has MODP2048, MODP1536 only).
export const LIBRESWAN_DEFAULTS = {
  ikev2Prf: ['sha512', 'sha256'],
  ikev2Ke: [19, 20, 21, 31, 16, 15, 14, 18],
  ikev1Prf: ['sha256', 'sha512', 'sha1'],
  ikev1Ke: [14, 5, 19, 31],
  ikev2EspInteg: ['sha512', 'sha256'],
  ikev1EspInteg: ['sha1', 'sha512', 'sha256'],
} as const;

const CIPHER =
  /^(aes|aes_cbc|aesctr|aes_ctr|aes_gcm(?:_(?:[abc8]|12|16))?|aes_ccm(?:_(?:[abc8]|12|16))?|camellia|camellia_cbc|camellia_ctr|3des|3des_cbc|des|null|chacha20_poly1305|chacha20poly1305|null_auth_aes_gmac|aes_gmac|serpent|serpent_cbc|twofish|twofish_cbc|twofish_cbc_ssh|cast|cast_cbc)_?(\d{3})?$/;

const HASH: Record<string, string> = {
  md5: 'md5',
  hmac_md5: 'md5',
  hmac_md5_96: 'md5',
  sha: 'sha1',
  sha1: 'sha1',
  sha1_96: 'sha1',
  hmac_sha1: 'sha1',
  hmac_sha1_96: 'sha1',
  sha2: 'sha256',
  sha256: 'sha256',
  sha2_256: 'sha256',
  sha2_256_128: 'sha256',
  hmac_sha2_256: 'sha256',
  hmac_sha2_256_128: 'sha256',
  hmac_sha2_256_truncbug: 'sha256-96',
  sha384: 'sha384',
  sha2_384: 'sha384',
  sha2_384_192: 'sha384',
  hmac_sha2_384: 'sha384',
  hmac_sha2_384_192: 'sha384',
  sha512: 'sha512',
  sha2_512: 'sha512',
  sha2_512_256: 'sha512',
  hmac_sha2_512: 'sha512',
  hmac_sha2_512_256: 'sha512',
  aes_xcbc: 'aesxcbc',
  aes128_xcbc: 'aesxcbc',
  aes_xcbc_96: 'aesxcbc',
  aes128_xcbc_96: 'aesxcbc',
  aes_cmac: 'aescmac',
  aes_cmac_96: 'aescmac',
  none: '',
  null: '',
};

const KE_EXTRA: Record<string, number> = { ml_kem_512: 35, mlkem512: 35, ml_kem_768: 36, mlkem768: 36, ml_kem_1024: 37, mlkem1024: 37 };

/** Key lengths an encryption without one stands for (ikev2_proposals.c: IKE high-to-low, ESP low-to-high). */
function lengthsFor(base: string, ike: boolean): (number | undefined)[] {
  if (/^(?:aes|camellia|null_auth_aes_gmac)/.test(base)) return ike ? [256, 128] : [128, 256];
  if (/^(?:serpent|twofish)/.test(base)) return ike ? [256, 128] : [128, 256];
  if (/^cast/.test(base)) return [128];
  return [undefined];
}

/** Canonical encryption names of one Libreswan cipher token (two when the key length is left out). */
export function lsEncryption(token: string, ike: boolean): string[] | undefined {
  const m = CIPHER.exec(token);
  if (!m) return undefined;
  const base = m[1]!;
  const lens = m[2] ? [Number(m[2])] : lengthsFor(base, ike);
  const out: string[] = [];
  for (const len of lens) {
    const l = len ?? '';
    let kw: string;
    if (base.startsWith('aes_gcm') || base.startsWith('aes_ccm')) {
      const icv = /_(?:a|8)$/.test(base) ? 8 : /_(?:b|12)$/.test(base) ? 12 : 16;
      kw = `aes${l}${base.startsWith('aes_gcm') ? 'gcm' : 'ccm'}${icv}`;
    } else if (base === 'aesctr' || base === 'aes_ctr') kw = `aes${l}ctr`;
    else if (base === 'aes' || base === 'aes_cbc') kw = `aes${l}`;
    else if (base === 'camellia_ctr') kw = `camellia${l}ctr`;
    else if (base.startsWith('camellia')) kw = `camellia${l}`;
    else if (base.startsWith('3des')) kw = '3des';
    else if (base === 'chacha20_poly1305' || base === 'chacha20poly1305') kw = 'chacha20poly1305';
    else if (base === 'null_auth_aes_gmac' || base === 'aes_gmac') kw = `aes${l}gmac`;
    else if (base.startsWith('serpent')) kw = `serpent${l}`;
    else if (base.startsWith('twofish')) kw = `twofish${l}`;
    else if (base.startsWith('cast')) kw = `cast${l}`;
    else kw = base; // des, null
    const name = swEncryption(kw);
    if (name) out.push(name);
  }
  return out.length ? out : undefined;
}

/** DH group of a Libreswan KE token: number, 0 for none, undefined when not a KE name. */
export function lsKe(token: string): number | undefined {
  if (token === 'dh0' || token === 'none' || token === 'null') return 0;
  if (token in KE_EXTRA) return KE_EXTRA[token];
  if (!/^(?:modp|dh|ecp|curve|secp)/.test(token)) return undefined;
  const a = parseAlgorithm(token, 'dh_group');
  return a?.kind === 'dh_group' ? a.group : undefined;
}

interface Groups {
  enc: string[];
  hashes: string[][];
  ke: number[];
  keNone: boolean;
  unknown: string[];
  /** `null` / `none` given as the integrity algorithm. */
  integNone: boolean;
}

/** Read one proposal's tokens (no commas). */
function readProposal(text: string, ike: boolean, ah: boolean): Groups {
  const g: Groups = { enc: [], hashes: [], ke: [], keNone: false, unknown: [], integNone: false };
  const [main = '', ...rest] = text.split(';');
  const parts = main.split('-').map((x) => x.trim().toLowerCase());
  let lastWasEnc = false;
  /** How many names the previous (cipher) token added. */
  let lastAdded = 0;
  parts.forEach((part, idx) => {
    if (!part) return;
    // `aes-128`: a key length after its cipher; it replaces the names the bare cipher produced
    if (/^\d{3}$/.test(part) && lastWasEnc) {
      const prev = parts[idx - 1]!;
      g.enc.splice(g.enc.length - lastAdded, lastAdded);
      g.enc.push(...prev.split('+').flatMap((p) => lsEncryption(`${p}_${part}`, ike) ?? []));
      lastWasEnc = false;
      return;
    }
    lastWasEnc = false;
    const encBefore = g.enc.length;
    const alts = part.split('+');
    const hashGroup: string[] = [];
    for (const a of alts) {
      // ESP: `null` as the first algorithm is ESP_NULL encryption, later the "no integrity" keyword
      if ((a === 'null' || a === 'none') && !(idx === 0 && !ah)) {
        g.integNone = true;
        continue;
      }
      const enc = ah ? undefined : lsEncryption(a, ike);
      if (enc && (idx === 0 || !(a in HASH))) {
        g.enc.push(...enc);
        lastWasEnc = true;
        continue;
      }
      const h = HASH[a];
      if (h !== undefined) {
        if (h === '') g.integNone = true;
        else hashGroup.push(h);
        continue;
      }
      const ke = lsKe(a);
      if (ke !== undefined) {
        if (ke === 0) g.keNone = true;
        else g.ke.push(ke);
        continue;
      }
      g.unknown.push(a);
    }
    if (hashGroup.length) g.hashes.push(hashGroup);
    lastAdded = g.enc.length - encBefore;
  });
  for (const r of rest) {
    const t = r.trim().toLowerCase();
    if (!t) continue;
    const typed = /^(encrypt|prf|integ|ke|dh|sn|esn|addke[1-7])=(.*)$/.exec(t);
    if (typed) {
      const [, type, vals = ''] = typed;
      for (const v of vals.split('+').filter(Boolean)) {
        if (type === 'encrypt') {
          const e = lsEncryption(v, ike);
          if (e) g.enc.push(...e);
          else g.unknown.push(v);
        } else if (type === 'prf' || type === 'integ') {
          const h = HASH[v];
          if (h === undefined) g.unknown.push(v);
          else if (h === '') g.integNone = true;
          else {
            // typed lists land in their own slot: PRF first, integrity second
            while (g.hashes.length < (type === 'prf' ? 1 : 2)) g.hashes.push([]);
            g.hashes[type === 'prf' ? 0 : 1]!.push(h);
          }
        } else if (type === 'ke' || type === 'dh') {
          const k = lsKe(v);
          if (k === undefined) g.unknown.push(v);
          else if (k === 0) g.keNone = true;
          else g.ke.push(k);
        }
        // sn= / esn= / addkeN= do not change the normalized proposal
      }
      continue;
    }
    for (const v of t.split('+')) {
      const k = lsKe(v);
      if (k === undefined) g.unknown.push(v);
      else if (k === 0) g.keNone = true;
      else g.ke.push(k);
    }
  }
  return g;
}

export interface LsParsed<P> {
  proposals: P[];
  unknown: string[];
  /** Transforms filled from pluto's defaults (`prf`, `integrity`, `dh_group`). */
  filled: string[];
}

/** ike= for IKEv1 (`version` 1) or IKEv2. */
export function parseLsIke(text: string, version: 1 | 2): LsParsed<IkeProposal> {
  const out: LsParsed<IkeProposal> = { proposals: [], unknown: [], filled: [] };
  for (const part of text.split(',')) {
    if (!part.trim()) continue;
    const g = readProposal(part, true, false);
    out.unknown.push(...g.unknown);
    const enc = uniq(g.enc);
    const aead = enc.length > 0 && enc.every(isAead);
    let prf = uniq(g.hashes[0] ?? []);
    let integ = uniq(g.hashes[1] ?? g.hashes[0] ?? []);
    if (prf.length === 0) {
      prf = [...(version === 1 ? LIBRESWAN_DEFAULTS.ikev1Prf : LIBRESWAN_DEFAULTS.ikev2Prf)];
      if (g.hashes.length === 0) integ = prf;
      out.filled.push('prf');
    }
    // IKEv1 has one hash: it is the PRF and the integrity of the ISAKMP SA
    if (version === 1) integ = prf;
    let ke = uniq(g.ke);
    if (ke.length === 0) {
      ke = [...(version === 1 ? LIBRESWAN_DEFAULTS.ikev1Ke : LIBRESWAN_DEFAULTS.ikev2Ke)];
      out.filled.push('dh_group');
    }
    out.proposals.push({ encryption: enc, integrity: aead || g.integNone ? [] : integ, prf, dhGroups: ke });
  }
  out.filled = uniq(out.filled);
  return out;
}

/** esp= / ah= / phase2alg=; `dhGroups` are the groups written (PFS is decided by the caller with pfs=). */
export function parseLsChild(text: string, protocol: 'esp' | 'ah', version: 1 | 2): LsParsed<ChildProposal> {
  const out: LsParsed<ChildProposal> = { proposals: [], unknown: [], filled: [] };
  for (const part of text.split(',')) {
    if (!part.trim()) continue;
    const g = readProposal(part, false, protocol === 'ah');
    out.unknown.push(...g.unknown);
    const enc = protocol === 'ah' ? [] : uniq(g.enc);
    const aead = enc.length > 0 && enc.every(isAead);
    let integ = uniq(g.hashes.flat());
    if (integ.length === 0 && !aead && !g.integNone) {
      integ = [...(version === 1 ? LIBRESWAN_DEFAULTS.ikev1EspInteg : LIBRESWAN_DEFAULTS.ikev2EspInteg)];
      out.filled.push('integrity');
    }
    out.proposals.push({ protocol, encryption: enc, integrity: aead ? [] : integ, dhGroups: uniq(g.ke) });
  }
  out.filled = uniq(out.filled);
  return out;
}
