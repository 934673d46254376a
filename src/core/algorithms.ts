// Vendor spellings of algorithms, folded onto one canonical short form so that two ends
// written by different vendors can be compared ("aes-256-cbc" = "AES_CBC_256" = "aes256").
// Weakness follows RFC 8221 (ESP) and RFC 8247 (IKEv2) "MUST NOT" / "SHOULD NOT" lists.
import { WEAK_DH_GROUPS } from './ike-tables.js';

export type AlgorithmKind = 'encryption' | 'integrity' | 'prf' | 'dh_group';

export interface Algorithm {
  kind: AlgorithmKind;
  /** Canonical short name: aes-cbc, aes-gcm-16, 3des, des, sha1, sha256, md5, modp1024, ecp256 ... */
  name: string;
  keyLength?: number;
  group?: number;
}

const DH_BY_NAME: Record<string, number> = {
  modp768: 1,
  modp1024: 2,
  modp1536: 5,
  modp2048: 14,
  modp3072: 15,
  modp4096: 16,
  modp6144: 17,
  modp8192: 18,
  ecp256: 19,
  ecp384: 20,
  ecp521: 21,
  modp1024s160: 22,
  modp2048s224: 23,
  modp2048s256: 24,
  ecp192: 25,
  ecp224: 26,
  ecp224bp: 27,
  ecp256bp: 28,
  ecp384bp: 29,
  ecp512bp: 30,
  curve25519: 31,
  x25519: 31,
  curve448: 32,
  x448: 32,
};

const GROUP_NAME: Record<number, string> = Object.fromEntries(
  Object.entries(DH_BY_NAME).map(([k, v]) => [v, k]),
);
GROUP_NAME[31] = 'curve25519';
GROUP_NAME[32] = 'curve448';

export function dhGroupName(group: number): string {
  return GROUP_NAME[group] ?? `group${group}`;
}

/**
 * Fold one algorithm token into canonical form. Accepts IANA names (AES_CBC, AUTH_HMAC_SHA2_256_128,
 * MODP_2048), strongSwan (aes256, sha256, modp2048, prfsha256), Libreswan (aes_cbc_256, sha2_256),
 * Cisco (aes-256, sha512, group 14), PAN-OS (aes-256-cbc, sha512, group20), OAKLEY_/ESP_ prefixes.
 */
export function parseAlgorithm(token: string, hint?: AlgorithmKind): Algorithm | undefined {
  // Logs repeat a handful of tokens endlessly: each (token, hint) is read once. The cache is
  // bounded (tokens come from input) and hands out copies, so a caller may change its result.
  const key = hint === undefined ? token : `${hint}\u0000${token}`;
  let hit = ALGORITHM_CACHE.get(key);
  if (hit === undefined) {
    hit = readAlgorithm(token, hint) ?? null;
    if (ALGORITHM_CACHE.size >= ALGORITHM_CACHE_MAX) ALGORITHM_CACHE.clear();
    ALGORITHM_CACHE.set(key, hit);
  }
  return hit === null ? undefined : { ...hit };
}

const ALGORITHM_CACHE = new Map<string, Algorithm | null>();
const ALGORITHM_CACHE_MAX = 4096;

function readAlgorithm(token: string, hint?: AlgorithmKind): Algorithm | undefined {
  let t = token.trim().toLowerCase();
  if (!t) return undefined;
  t = t.replace(/^(?:oakley_|esp_|auth_|encr_|ike_)/, '').replace(/[\s_-]+/g, '');
  // Diffie-Hellman groups
  const grp = /^(?:dh)?group(\d{1,2})$|^dh(\d{1,2})$|^ecp\d{3}bp$/.exec(t);
  if (grp && (grp[1] ?? grp[2])) {
    const g = Number(grp[1] ?? grp[2]);
    return { kind: 'dh_group', name: dhGroupName(g), group: g };
  }
  if (t in DH_BY_NAME) {
    const g = DH_BY_NAME[t]!;
    return { kind: 'dh_group', name: dhGroupName(g), group: g };
  }
  if (hint === 'dh_group' && /^\d{1,2}$/.test(t)) {
    const g = Number(t);
    return { kind: 'dh_group', name: dhGroupName(g), group: g };
  }
  // PRF
  const prf = /^prf(?:hmac)?(sha2?\d{0,3}|md5|aesxcbc|aes128xcbc|aescmac|aes128cmac)$/.exec(t);
  if (prf?.[1]) return { kind: 'prf', name: hashName(prf[1]) };
  // Encryption
  const enc =
    /^(aes|camellia|3des|des|tripledes|null|chacha20poly1305|blowfish|cast)(\d{0,3})(cbc|ctr|gcm|ccm|gmac)?\d{0,3}(?:icv)?\d{0,2}$/.exec(
      t,
    );
  if (enc) {
    let base = enc[1]!;
    const modeTxt = enc[3];
    if (base === 'tripledes') base = '3des';
    if (base === 'des' && enc[2] === '3') base = '3des';
    // Numbers as the vendor separated them (AES_GCM_16_256 → 16, 256; aes256gcm16 → 256, 16).
    const nums = (
      token
        .toLowerCase()
        .replace(/^(?:oakley_|esp_|encr_|ike_)/, '')
        .match(/\d+/g) ?? []
    ).map(Number);
    let keyLength: number | undefined;
    let icvLen: number | undefined;
    for (const n of nums) {
      if ([128, 192, 256].includes(n) && keyLength === undefined) keyLength = n;
      else if ([8, 12, 16, 64, 96].includes(n)) icvLen = n > 16 ? n / 8 : n;
    }
    let mode = modeTxt ?? (base === 'aes' || base === 'camellia' ? 'cbc' : '');
    // DES and 3DES exist only in CBC mode; the name alone is canonical.
    if (base === 'des' || base === '3des') mode = '';
    if (mode === 'gcm' || mode === 'ccm') mode = `${mode}-${icvLen ?? 16}`;
    const name = mode ? `${base}-${mode}` : base;
    return {
      kind: 'encryption',
      name,
      ...(keyLength !== undefined && base !== 'des' && base !== '3des' ? { keyLength } : {}),
    };
  }
  // Integrity / hash
  const integ =
    /^(?:hmac)?(sha256128|sha384192|sha512256|sha2?256|sha2?384|sha2?512|md5|sha1|sha|aesxcbc|aescmac)(?:96|128|160|192|256)?$/.exec(
      t,
    );
  if (integ?.[1]) {
    const name = hashName(integ[1]);
    return { kind: hint === 'prf' ? 'prf' : 'integrity', name };
  }
  return undefined;
}

function hashName(h: string): string {
  if (h === 'sha' || h === 'sha1') return 'sha1';
  if (/^sha2?256/.test(h)) return 'sha256';
  if (/^sha2?384/.test(h)) return 'sha384';
  if (/^sha2?512/.test(h)) return 'sha512';
  if (h.includes('xcbc')) return 'aesxcbc';
  if (h.includes('cmac')) return 'aescmac';
  return h;
}

/** Why an algorithm is weak, or undefined when it is not. */
export function weakness(alg: Algorithm): string | undefined {
  if (alg.kind === 'dh_group' && alg.group !== undefined && WEAK_DH_GROUPS.has(alg.group)) return 'dh_group';
  if (alg.kind === 'encryption' && (alg.name === 'des' || alg.name === '3des' || alg.name === 'null'))
    return 'encryption';
  if ((alg.kind === 'integrity' || alg.kind === 'prf') && (alg.name === 'md5' || alg.name === 'sha1'))
    return alg.kind;
  return undefined;
}

/** Display form: `aes-cbc-256`, `sha256`, `modp2048 (group 14)`. */
export function formatAlgorithm(alg: Algorithm): string {
  if (alg.kind === 'dh_group') return `${alg.name} (group ${alg.group ?? '?'})`;
  return alg.keyLength ? `${alg.name}-${alg.keyLength}` : alg.name;
}
