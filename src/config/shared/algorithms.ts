// Appliance spellings of algorithms folded onto the canonical names of src/core/algorithms.ts
// (`aes-cbc-256`, `aes-gcm-16-256`, `3des`, `sha256`, DH group numbers). The core parser does the
// folding; this file adds what the appliances write around it: Cisco transform names
// (`esp-aes-256`, `esp-sha-hmac`, `esp-gcm 256`), Cisco's "aes" = AES-128, PAN-OS `non-auth`,
// FortiGate `aes128gcm` / ARIA / SEED, and hash names read by a table of their own (see
// integrityName).
import { parseAlgorithm } from '../../core/algorithms.js';

/** Canonical encryption name from a parsed algorithm (`aes-cbc` + 256 → `aes-cbc-256`). */
function encName(name: string, keyLength: number | undefined, aesBits: number): string {
  if (keyLength) return `${name}-${keyLength}`;
  if (name.startsWith('aes-') || name.startsWith('camellia-')) return `${name}-${aesBits}`;
  return name;
}

/**
 * Encryption transform → canonical name, or undefined when unknown. `aesBits` is the key length a
 * bare `aes` means on that device (128 on Cisco, FortiGate and PAN-OS).
 */
export function encryptionName(token: string, aesBits = 128): string | undefined {
  let t = token.trim().toLowerCase();
  if (!t) return undefined;
  t = t.replace(/^esp-/, '');
  if (t === 'gcm') t = 'aes-gcm';
  else if (t === 'gmac') t = 'aes-gmac';
  else if (t.startsWith('gcm-') || t.startsWith('gmac-')) t = `aes-${t}`;
  if (t === 'null' || t === 'none') return 'null';
  if (t === 'seed') return 'seed';
  const aria = /^aria-?(128|192|256)(gcm)?$/.exec(t);
  if (aria) return aria[2] ? `aria-gcm-16-${aria[1]}` : `aria-cbc-${aria[1]}`;
  const a = parseAlgorithm(t, 'encryption');
  if (a?.kind !== 'encryption') return undefined;
  return encName(a.name, a.keyLength, aesBits);
}

const HASHES: Record<string, string> = {
  md5: 'md5',
  sha: 'sha1',
  sha1: 'sha1',
  sha160: 'sha1',
  sha256: 'sha256',
  sha2256: 'sha256',
  sha384: 'sha384',
  sha2384: 'sha384',
  sha512: 'sha512',
  sha2512: 'sha512',
  aesxcbc: 'aesxcbc',
  aes128xcbc: 'aesxcbc',
  xcbc: 'aesxcbc',
  aescmac: 'aescmac',
  null: '',
  none: '',
  nonauth: '',
};

/**
 * Integrity / hash / PRF transform → canonical name (`sha1`, `sha256` ...), `''` for "none", or
 * undefined when unknown. Read by a table rather than through parseAlgorithm: the core parser
 * currently folds `sha256` onto `sha1` (its `sha` alternative is tried before `sha2?256`).
 */
export function integrityName(token: string): string | undefined {
  let t = token.trim().toLowerCase();
  if (!t) return undefined;
  t = t.replace(/^(?:esp-|ah-|prf-?|hmac-|auth-)/, '').replace(/-hmac$/, '');
  t = t.replace(/^hmac-?/, '').replace(/[-_]/g, '');
  // truncation suffixes of IANA names: sha256128, sha196, md596
  const direct = HASHES[t];
  if (direct !== undefined) return direct;
  const trunc = /^(md5|sha1|sha2?256|sha2?384|sha2?512)(?:96|128|160|192|256)$/.exec(t);
  if (trunc?.[1]) return HASHES[trunc[1]];
  return undefined;
}

/** DH group: `14`, `group14`, `dh14`, `modp2048`, `ecp256`, `group 14` → 14; undefined when unknown. */
export function dhGroupNumber(token: string): number | undefined {
  const t = token.trim().toLowerCase().replace(/\s+/g, '');
  const m = /^(?:group|dh|dhgroup)?(\d{1,2})$/.exec(t);
  if (m) return Number(m[1]);
  const a = parseAlgorithm(t, 'dh_group');
  return a?.kind === 'dh_group' ? a.group : undefined;
}

/** Whether an encryption name is an AEAD cipher (no separate integrity transform). */
export function isAead(enc: string): boolean {
  return /gcm|ccm|chacha20poly1305/.test(enc);
}

export const uniq = <T>(xs: readonly T[]): T[] => [...new Set(xs)];
