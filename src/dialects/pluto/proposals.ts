// Libreswan's proposal spellings, rewritten as `/`-separated algorithm lists that
// core/algorithms.ts parses, so that the configured offer and the peer's offer can be compared.
//
//   configured: `IKE=AES_CBC_256-HMAC_SHA2_256-HMAC_SHA2_256_128-MODP2048` (IKEv2: encr-prf-integ-dh),
//               `IKE=AES_CBC_256-HMAC_SHA2_256-MODP2048` (IKEv1: encr-hash-dh),
//               `ESP=AES_CBC_256-HMAC_SHA2_256_128-NONE-ENABLED+DISABLED` (encr-integ-dh-esn);
//               `+` separates alternatives of one transform type.
//   remote:     `1:IKE:ENCR=AES_CBC_256;INTEG=HMAC_SHA2_256_128;PRF=HMAC_SHA2_256;DH=MODP2048[first-match] 2:IKE:...`
// Sources: libreswan lib/libswan/proposals.c (jam_proposal), programs/pluto/ikev2_proposals.c.

/** Encryption names: AES_GCM_16_256 / AES_GCM_C_256 → aes256gcm16 (keeps key and ICV length). */
function encr(name: string): string {
  const aead = /^(AES|CAMELLIA)_(GCM|CCM)_(16|12|[8ABC])(?:_(\d{3}))?$/.exec(name);
  if (aead) {
    const icv = aead[3] === 'A' ? '8' : aead[3] === 'B' ? '12' : aead[3] === 'C' ? '16' : aead[3]!;
    return `${aead[1]!.toLowerCase()}${aead[4] ?? ''}${aead[2]!.toLowerCase()}${icv}`;
  }
  if (/^3DES(?:_CBC)?$/.test(name)) return '3DES';
  if (/^1?DES(?:_CBC)?$/.test(name)) return 'DES';
  return name;
}

/** Extended sequence numbers (RFC 7296 §3.3.2 transform type 5) as Libreswan prints them. */
const ESN: Readonly<Record<string, string>> = {
  ENABLED: 'EXT_SEQ',
  YES: 'EXT_SEQ',
  DISABLED: 'NO_EXT_SEQ',
  NO: 'NO_EXT_SEQ',
};

const skip = (v: string): boolean => v === '' || v === 'NONE' || v === 'ENABLED' || v === 'DISABLED' || v === 'n/a';

/** One configured proposal (`IKE=...`, `ESP=...`, `AH=...`) as `/`-separated algorithms. */
export function configuredProposal(text: string): string {
  const eq = text.indexOf('=');
  const proto = eq > 0 ? text.slice(0, eq) : 'IKE';
  const parts = (eq > 0 ? text.slice(eq + 1) : text).split('-').map((p) => p.split('+'));
  const out: string[] = [];
  const add = (vals: string[] | undefined, f: (v: string) => string = (v) => v): void => {
    for (const v of vals ?? []) if (!skip(v)) out.push(f(v));
  };
  if (proto === 'IKE') {
    add(parts[0], encr);
    if (parts.length >= 4) {
      add(parts[1], (v) => `PRF_${v}`);
      add(parts[2]);
      add(parts[3]);
    } else {
      // IKEv1: one hash serves as PRF and integrity.
      add(parts[1]);
      add(parts[1], (v) => `PRF_${v}`);
      add(parts[2]);
    }
  } else if (proto === 'AH') {
    add(parts[0]);
    add(parts[1]);
  } else {
    add(parts[0], encr);
    add(parts[1]);
    add(parts[2]);
    // encr-integ-dh-esn: the ESN settings it accepts, in strongSwan's spelling (EXT_SEQ/NO_EXT_SEQ)
    for (const v of parts[3] ?? []) if (ESN[v]) out.push(ESN[v]);
  }
  return out.join('/');
}

/** The peer's proposals from a `N:PROTO:KEY=VAL;...` list, one string per proposal. */
export function remoteProposals(text: string): string[] {
  const out: string[] = [];
  for (const item of text.trim().split(/\s+/)) {
    const m = /^\d{1,3}:(?:IKE|ESP|AH):(.{1,2000})$/.exec(item);
    if (!m?.[1]) continue;
    const body = m[1].replace(/\[[^\]]{0,40}\]$/, '');
    const by: Record<string, string[]> = {};
    for (const kv of body.split(';')) {
      const eq = kv.indexOf('=');
      if (eq <= 0) continue;
      const k = kv.slice(0, eq);
      (by[k] ??= []).push(kv.slice(eq + 1));
    }
    const algs = [
      ...(by.ENCR ?? []).map(encr),
      ...(by.PRF ?? []).map((v) => `PRF_${v}`),
      ...(by.INTEG ?? []),
      ...(by.DH ?? []),
      ...(by.KE ?? []),
      ...(by.ESN ?? []).map((v) => ESN[v] ?? ''),
    ].filter((v) => !skip(v));
    if (algs.length) out.push(algs.join('/'));
  }
  return out;
}

/** IKEv1 `Oakley Transform [AES_CBC (128), HMAC_SHA1, MODP1024]` → `AES_CBC_128/HMAC_SHA1/PRF_HMAC_SHA1/MODP1024`. */
export function oakleyTransform(text: string): string {
  const parts = text.split(',').map((p) => p.trim().replace(/ \((\d{1,4})\)$/, '_$1'));
  const [enc, hash, dh] = parts;
  const out: string[] = [];
  if (enc) out.push(encr(enc));
  if (hash) out.push(hash, `PRF_${hash}`);
  if (dh) out.push(dh);
  for (const p of parts.slice(3)) out.push(p);
  return out.join('/');
}

/** Authentication method in one word: psk | cert | null | eap | xauth, or the text itself. */
export function authMethod(raw: string): string {
  const r = raw.toLowerCase();
  if (/secret|preshared|pre-shared|shared-key|^psk/.test(r)) return 'psk';
  if (/xauth/.test(r)) return 'xauth';
  if (/eap/.test(r)) return 'eap';
  if (/null/.test(r)) return 'null';
  if (/rsa|ecdsa|sig|cert|pubkey|digital/.test(r)) return 'cert';
  return raw;
}
