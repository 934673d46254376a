// Address helpers for configuration parsers: netmasks and Cisco wildcard masks to prefix lengths,
// networks to the CIDR form traffic selectors use (`10.1.0.0/24`, `192.0.2.7/32`, `0.0.0.0/0`),
// address ranges to the CIDRs that cover them. Addresses that do not parse (hand-masked ones such
// as `124.x.x.x`) are kept as written. Also how reports and URLs write an address with its port.

const V4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

export function parseV4(s: string): number | undefined {
  const m = V4.exec(s);
  if (!m) return undefined;
  let n = 0;
  for (let i = 1; i <= 4; i++) {
    const o = Number(m[i]);
    if (o > 255) return undefined;
    n = n * 256 + o;
  }
  return n;
}

export function formatV4(n: number): string {
  return [24, 16, 8, 0].map((s) => Math.floor(n / 2 ** s) % 256).join('.');
}

export function isV4(s: string): boolean {
  return parseV4(s) !== undefined;
}

/** IPv6 address or prefix as written (`2001:db8::1`, `2001:db8::/32`): a loose check, no expansion. */
export function isV6(s: string): boolean {
  return /^[0-9a-f:]{2,39}(?:\/\d{1,3})?$/i.test(s) && s.includes(':');
}

/**
 * `address:port`, for IPv6 the bracketed `[2001:db8::1]:500` of RFC 3986 section 3.2.2 / RFC 5952
 * section 6 (so the port is not read as the last group), or the address alone without a port.
 */
export function hostPort(address: string, port: number | undefined): string {
  if (!port) return address;
  return address.includes(':') ? `[${address}]:${port}` : `${address}:${port}`;
}

/** A hand-masked address from documentation (`124.x.x.x`, `a.a.a.a`, `x.x.x.x`). */
export function isMaskedV4(s: string): boolean {
  return /^(?:\d{1,3}|[a-z]{1,3}|\*{1,3})(?:\.(?:\d{1,3}|[a-z]{1,3}|\*{1,3})){3}$/i.test(s) && !isV4(s);
}

/** Looks like an address of some kind (IPv4, IPv6, or a masked IPv4). */
export function isAddressLike(s: string): boolean {
  return isV4(s) || isV6(s) || isMaskedV4(s);
}

/** Prefix length of a contiguous netmask (`255.255.255.0` → 24), undefined otherwise. */
export function maskToPrefix(mask: string): number | undefined {
  const n = parseV4(mask);
  if (n === undefined) return undefined;
  let bits = 0;
  while (bits < 32 && Math.floor(n / 2 ** (31 - bits)) % 2 === 1) bits++;
  // contiguous: the ones are all leading
  return n === 2 ** 32 - 2 ** (32 - bits) ? bits : undefined;
}

/** Prefix length of a Cisco wildcard mask (`0.0.0.255` → 24). */
export function wildcardToPrefix(wild: string): number | undefined {
  const n = parseV4(wild);
  if (n === undefined) return undefined;
  return maskToPrefix(formatV4(2 ** 32 - 1 - n));
}

/** `10.1.0.0/24`; the host bits of a parseable address are cleared as the devices do. */
export function cidr(addr: string, prefix: number): string {
  const n = parseV4(addr);
  if (n === undefined || prefix < 0 || prefix > 32) return `${addr.toLowerCase()}/${prefix}`;
  const size = 2 ** (32 - prefix);
  return `${formatV4(Math.floor(n / size) * size)}/${prefix}`;
}

/** Address + netmask as a CIDR; a non-contiguous mask is kept as `addr/mask`. */
export function cidrFromMask(addr: string, mask: string): string {
  const p = maskToPrefix(mask);
  return p === undefined ? `${addr}/${mask}` : cidr(addr, p);
}

/** Address + wildcard as a CIDR; a non-contiguous wildcard is kept as `addr/wildcard`. */
export function cidrFromWildcard(addr: string, wild: string): string {
  const p = wildcardToPrefix(wild);
  return p === undefined ? `${addr}/${wild}` : cidr(addr, p);
}

/** A single host: `/32`, or `/128` for IPv6. */
export function hostCidr(addr: string): string {
  if (isV6(addr)) return addr.includes('/') ? addr.toLowerCase() : `${addr.toLowerCase()}/128`;
  return `${addr}/32`;
}

/** `10.0.0.0/24` or `2001:db8::/32` as written (normalized); `10.0.0.5` alone becomes a host. */
export function normalizePrefix(s: string): string {
  const slash = s.indexOf('/');
  if (slash < 0) return hostCidr(s);
  const a = s.slice(0, slash);
  const p = s.slice(slash + 1);
  if (isV6(a)) return `${a.toLowerCase()}/${p}`;
  if (/^\d{1,2}$/.test(p)) return cidr(a, Number(p));
  if (isV4(p)) return cidrFromMask(a, p);
  return s;
}

/** The fewest CIDRs covering `start`..`end` (IPv4); at most `max`, else undefined. */
export function rangeToCidrs(start: string, end: string, max = 32): string[] | undefined {
  let a = parseV4(start);
  const b = parseV4(end);
  if (a === undefined || b === undefined || a > b) return undefined;
  const out: string[] = [];
  while (a <= b) {
    let size = 1;
    let prefix = 32;
    while (prefix > 0 && a % (size * 2) === 0 && a + size * 2 - 1 <= b) {
      size *= 2;
      prefix--;
    }
    out.push(`${formatV4(a)}/${prefix}`);
    if (out.length > max) return undefined;
    a += size;
  }
  return out;
}

export const ANY4 = '0.0.0.0/0';
export const ANY6 = '::/0';

/** Named ports of Cisco ACLs (the common ones in crypto ACLs). */
const PORTS: Record<string, number> = {
  www: 80,
  http: 80,
  https: 443,
  ftp: 21,
  'ftp-data': 20,
  ssh: 22,
  telnet: 23,
  smtp: 25,
  domain: 53,
  dns: 53,
  bootps: 67,
  bootpc: 68,
  tftp: 69,
  pop3: 110,
  ntp: 123,
  netbios: 139,
  'netbios-ssn': 139,
  'netbios-ns': 137,
  'netbios-dgm': 138,
  imap4: 143,
  snmp: 161,
  snmptrap: 162,
  bgp: 179,
  ldap: 389,
  ldaps: 636,
  isakmp: 500,
  syslog: 514,
  sqlnet: 1521,
  'nat-t': 4500,
  rdp: 3389,
  sip: 5060,
};

export function portNumber(p: string): number | undefined {
  if (/^\d{1,5}$/.test(p)) return Number(p);
  return PORTS[p.toLowerCase()];
}

/** IP protocol names used in ACLs and selectors. */
const PROTOCOLS: Record<string, string> = {
  '1': 'icmp',
  '6': 'tcp',
  '17': 'udp',
  '47': 'gre',
  '50': 'esp',
  '51': 'ah',
  '58': 'ipv6-icmp',
};

export function protocolName(p: string): string {
  const t = p.toLowerCase();
  return PROTOCOLS[t] ?? t;
}

/** Selector text: `10.0.0.0/24` plus `/tcp`, `/tcp:80` or `/tcp:1000-2000` when not any protocol. */
export function withProto(net: string, proto: string | undefined, port?: string): string {
  if (!proto || proto === 'ip' || proto === 'any' || proto === '0') return net;
  return `${net}/${protocolName(proto)}${port ? `:${port}` : ''}`;
}
