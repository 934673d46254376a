// The `{...}` details pluto appends to "SA established" lines, and other small value parsers.
//
//   IKE SA:   {auth=PRESHARED_KEY cipher=aes_256 integ=sha2_256 group=MODP2048}       (Libreswan 3)
//             {auth=PRESHARED_KEY cipher=AES_CBC_256 integ=HMAC_SHA2_256 group=MODP2048} (Libreswan 4/5)
//             {auth=IKEv2 cipher=AES_GCM_16_256 integ=n/a prf=HMAC_SHA2_512 group=MODP2048}
//             {cipher=AES_GCM_16_256 integ=n/a prf=HMAC_SHA2_512 ke=DH19}            (Libreswan 5)
//             {auth=OAKLEY_PRESHARED_KEY cipher=aes_128 prf=oakley_sha group=modp2048} (Openswan)
//   Child SA: {ESP/NAT/ESN=>0x1234abcd <0x5678ef01 xfrm=AES_CBC_128-HMAC_SHA1_96 NATOA=none
//              NATD=192.0.2.1:4500 DPD=passive}   (`=>` outbound SPI, `<` inbound SPI)
// Sources: libreswan programs/pluto/ipsec_doi.c (jam_child_sa_details, jam_parent_sa_details),
// Openswan programs/pluto/ipsec_doi.c; Qno's `< 0x...` with a space is accepted too.
import { parseAlgorithm, weakness } from '../../core/algorithms.js';

export interface ChildDetails {
  protocol?: string;
  nat?: boolean;
  esn?: boolean;
  spiOut?: string;
  spiIn?: string;
  xfrm?: string;
  natoa?: string;
  natd?: string;
  dpd?: string;
  mode?: string;
}

export interface IkeDetails {
  auth?: string;
  cipher?: string;
  integ?: string;
  prf?: string;
  group?: string;
}

/** The text between the first `{` and its `}` (or the end of the line for truncated logs). */
export function braces(text: string): string | undefined {
  const open = text.indexOf('{');
  if (open < 0) return undefined;
  const close = text.indexOf('}', open);
  return text.slice(open + 1, close < 0 ? undefined : close);
}

/** `key=value` pairs separated by spaces. */
export function keyValues(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const tok of text.split(' ')) {
    const eq = tok.indexOf('=');
    if (eq > 0 && !tok.includes('=>')) out[tok.slice(0, eq)] = tok.slice(eq + 1);
  }
  return out;
}

function hex(s: string | undefined): string | undefined {
  return s === undefined ? undefined : s.toLowerCase().replace(/^0x/, '');
}

export function parseChildDetails(text: string): ChildDetails {
  const out: ChildDetails = {};
  const body = braces(text) ?? text;
  const spi = /\b(ESP|AH|IPCOMP)((?:\/(?:NAT|ESN|TFC)){0,3})=>\s?0x([0-9a-fA-F]{1,16}|[A-Z]{3,10}) <\s?0x([0-9a-fA-F]{1,16}|[A-Z]{3,10})/.exec(
    body,
  );
  if (spi) {
    out.protocol = spi[1]!;
    const flags = spi[2] ?? '';
    if (flags.includes('/NAT')) out.nat = true;
    if (flags.includes('/ESN')) out.esn = true;
    out.spiOut = hex(spi[3]);
    out.spiIn = hex(spi[4]);
  }
  const kv = keyValues(body);
  if (kv.xfrm) out.xfrm = kv.xfrm;
  if (kv.NATOA) out.natoa = kv.NATOA;
  if (kv.NATD) out.natd = kv.NATD;
  if (kv.DPD) out.dpd = kv.DPD;
  const mode = /\b(tunnel|transport) mode\b/.exec(text);
  if (mode?.[1]) out.mode = mode[1];
  return out;
}

export function parseIkeDetails(text: string): IkeDetails {
  const body = braces(text) ?? text;
  const kv = keyValues(body);
  const out: IkeDetails = {};
  if (kv.auth) out.auth = kv.auth;
  if (kv.cipher) out.cipher = kv.cipher;
  if (kv.integ) out.integ = kv.integ;
  if (kv.prf) out.prf = kv.prf;
  const group = kv.group ?? kv.ke ?? kv.dh;
  if (group) out.group = group;
  return out;
}

/** One-line proposal text `AES_CBC_256/HMAC_SHA2_256/MODP2048` from IKE SA details. */
export function ikeProposal(d: IkeDetails): string | undefined {
  const parts = [d.cipher, d.integ && d.integ !== 'n/a' ? d.integ : undefined, d.prf, d.group].filter(
    (x): x is string => x !== undefined && x !== '',
  );
  return parts.length ? parts.join('/') : undefined;
}

/** Weak algorithm names among the tokens of an algorithm string (`3DES_CBC-HMAC_MD5_96`, `aes_128`, `MODP1024`). */
export function weakAlgorithms(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split(/[\s/,+-]+/)) {
    const tok = raw.replace(/^(?:OAKLEY_|ESP_|AUTH_|HMAC_)/i, '').replace(/_CBC$/i, '');
    if (!tok || tok.length > 40) continue;
    const alg = parseAlgorithm(tok) ?? parseAlgorithm(tok.replace(/_\d{2,3}$/, ''));
    if (alg && weakness(alg) && !out.includes(alg.name)) out.push(alg.name);
  }
  return out;
}

/** Whether NAT lies on the path, from a child SA's details. */
export function natFromChild(d: ChildDetails): 'none' | 'detected' | undefined {
  if (d.nat) return 'detected';
  if (d.natd !== undefined) return d.natd === 'none' ? 'none' : 'detected';
  return undefined;
}

/** `10.0.1.0-10.0.1.255:0-65535 0` / `192.0.2.0/24===198.51.100.0/24` / `[a] -> [b]` traffic selectors. */
export function parseTunnelSelectors(text: string): { local?: string; remote?: string } | undefined {
  const arrow = /\[([^\]]{1,400})\] -(?:-\(\d{1,5}\)-)?> \[([^\]]{1,400})\]/.exec(text);
  if (arrow) return { local: arrow[1]!, remote: arrow[2]! };
  const pair = /\[([^\]=]{1,400})===([^\]]{1,400})\]/.exec(text);
  if (pair) return { local: pair[1]!, remote: pair[2]! };
  return undefined;
}

/**
 * `10.1.0.0/16===192.0.2.1<192.0.2.1>[@a,+S=C]...198.51.100.2[@b]===10.2.0.0/16`: our client
 * and host, then the peer's host and client (libreswan jam_spd_ends / Openswan format_end).
 */
export function parseSpdEnds(text: string): { local?: string; remote?: string; remoteId?: string } {
  const dots = text.indexOf('...');
  if (dots < 0) return {};
  const left = text.slice(0, dots);
  const right = text.slice(dots + 3);
  const out: { local?: string; remote?: string; remoteId?: string } = {};
  const l = left.split('===');
  const r = right.split('===');
  const strip = (s: string): string => {
    const lt = s.indexOf('<');
    const br = s.indexOf('[');
    const cut = Math.min(lt < 0 ? s.length : lt, br < 0 ? s.length : br);
    return s.slice(0, cut).trim();
  };
  if (l.length > 1) out.local = strip(l[0]!);
  else if (l[0]) out.local = strip(l[0]);
  const rHost = r[0] ?? '';
  if (r.length > 1) out.remote = strip(r[r.length - 1]!);
  else if (rHost) out.remote = strip(rHost);
  const id = /\[([^\],]{1,200})/.exec(rHost);
  if (id?.[1] && !id[1].startsWith('+')) out.remoteId = id[1];
  return out;
}
