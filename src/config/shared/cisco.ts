// Pieces common to Cisco ASA and IOS configuration text: the line reader (comments, banners,
// prompts pasted from a terminal session), access-control entries of crypto ACLs, and network
// objects resolved into CIDRs.
import type { ConfigText } from './source.js';
import { words } from './tokens.js';
import {
  ANY4,
  ANY6,
  cidrFromMask,
  cidrFromWildcard,
  hostCidr,
  isAddressLike,
  isV4,
  isV6,
  normalizePrefix,
  portNumber,
  rangeToCidrs,
  withProto,
} from './net.js';

export interface CLine {
  /** 0-based line index into ConfigText.lines. */
  i: number;
  /** Leading whitespace width; a pasted `(config-xxx)#` prompt counts as indented. */
  indent: number;
  w: string[];
  /** Words lower-cased, for keyword matching. */
  lw: string[];
}

// `ciscoasa(config)# `, `Router(config-isakmp)# `, `R1(config-if)#`, `HUB-01(ipsec-profile)# `
const PROMPT = /^[\w.-]{1,64}\(((?:config|cfg|ipsec|crypto)[\w-]{0,40})\)#\s?/;

/** A line without the configuration-mode prompt it was copied with. */
export function stripPrompt(line: string): string {
  const t = line.trimStart();
  const p = PROMPT.exec(t);
  return p ? t.slice(p[0].length) : line;
}

/** Whether most meaningful lines carry a configuration-mode prompt (a pasted terminal session). */
function promptPaste(lines: readonly string[]): boolean {
  let n = 0;
  let p = 0;
  for (const l of lines) {
    const t = l.trim();
    if (!t || t.startsWith('!')) continue;
    n++;
    if (PROMPT.test(t)) p++;
  }
  return n > 0 && p * 2 >= n;
}

/**
 * Meaningful lines of a Cisco configuration: blank lines, `!` and `:` comments, `end`/`exit` and
 * banner bodies are dropped. Lines copied with their prompt keep their words, and a sub-mode
 * prompt (`(config-ikev1-policy)#`) marks the line as indented.
 */
export function ciscoLines(doc: ConfigText): CLine[] {
  const out: CLine[] = [];
  let bannerEnd: string | undefined;
  // In a pasted terminal session, lines without a prompt are the device's answers.
  const pasted = promptPaste(doc.lines);
  for (let i = 0; i < doc.lines.length; i++) {
    let line = doc.lines[i] ?? '';
    if (bannerEnd !== undefined) {
      if (line.includes(bannerEnd)) bannerEnd = undefined;
      continue;
    }
    let indent = 0;
    while (indent < line.length && (line[indent] === ' ' || line[indent] === '\t')) indent++;
    const p = PROMPT.exec(line.slice(indent));
    if (p) {
      line = line.slice(indent + p[0].length);
      indent = p[1] === 'config' ? 0 : 1;
    } else if (pasted) continue;
    const w = words(line);
    const first = w[0];
    if (first === undefined) continue;
    // comments (`!`, ASA `:`, `#` in pasted notes) and IOS messages (`% NOTE: ...`)
    if (/^[!:#%]/.test(first)) continue;
    const lw = w.map((x) => x.toLowerCase());
    if (w.length === 1 && /^(?:end|ex|exi|exit|quit)$/.test(lw[0] ?? '')) continue;
    if (lw[0] === 'banner' && w.length >= 2) {
      const rest = line.slice(line.toLowerCase().indexOf(lw[1]!) + lw[1]!.length).trimStart();
      const delim = rest.startsWith('^C') ? '^C' : rest[0];
      if (delim && !rest.slice(delim.length).includes(delim)) bannerEnd = delim;
      continue;
    }
    out.push({ i, indent, w, lw });
  }
  return out;
}

// ---- network objects ------------------------------------------------------------------------

export interface NetObject {
  kind: 'object' | 'group';
  i: number;
  /** Resolved members (CIDR) of an `object network`; for a group, members and nested names. */
  nets: string[];
  objects: string[];
  groups: string[];
  /** Members that could not be turned into a CIDR (fqdn ...). */
  opaque: string[];
}

export class NetObjects {
  readonly map = new Map<string, NetObject>();
  /** `name 10.1.1.0 inside-net` aliases (ASA `names`). */
  readonly aliases = new Map<string, string>();
  /** `object-group protocol NAME` members (ASDM writes `DM_INLINE_PROTOCOL_n` groups into ACLs). */
  readonly protocols = new Map<string, string[]>();

  get(name: string): NetObject | undefined {
    return this.map.get(name);
  }

  /** CIDRs of an object or group, nested groups followed; undefined when unknown. */
  resolve(name: string, depth = 0, seen = new Set<string>()): string[] | undefined {
    const o = this.map.get(name);
    if (!o || depth > 16 || seen.has(name)) return o ? [] : undefined;
    seen.add(name);
    const out = [...o.nets, ...o.opaque];
    for (const n of [...o.objects, ...o.groups]) {
      const r = this.resolve(n, depth + 1, seen);
      if (r) out.push(...r);
    }
    return [...new Set(out)];
  }
}

/** Read the address part of a Cisco object line (`subnet A M`, `host A`, `range A B`, `A M`, `A/len`). */
export function objectMember(
  w: readonly string[],
  lw: readonly string[],
  wildcard: boolean,
): string[] | undefined {
  const k = lw[0];
  if (k === 'host' && w[1]) return [hostCidr(w[1])];
  if (k === 'subnet' && w[1]) return [w[2] ? net(w[1], w[2], wildcard) : normalizePrefix(w[1])];
  if (k === 'range' && w[1] && w[2]) return rangeToCidrs(w[1], w[2]) ?? [`${w[1]}-${w[2]}`];
  if (k === 'fqdn' && w[1]) return [`fqdn:${w[w.length - 1]}`];
  if (w[0] && isAddressLike(w[0].split('/')[0] ?? ''))
    return [w[1] && isV4(w[1]) ? net(w[0], w[1], wildcard) : normalizePrefix(w[0])];
  return undefined;
}

function net(addr: string, mask: string, wildcard: boolean): string {
  return wildcard ? cidrFromWildcard(addr, mask) : cidrFromMask(addr, mask);
}

// ---- access-control entries -----------------------------------------------------------------

export interface Ace {
  action: 'permit' | 'deny';
  proto: string;
  src: string[];
  dst: string[];
  srcPort?: string;
  dstPort?: string;
  inactive: boolean;
  /** Object names referenced but not defined. */
  missing: string[];
}

interface AddrRead {
  nets: string[];
  next: number;
}

/**
 * One entry's words from `permit|deny` on: `permit ip 10.0.0.0 255.255.255.0 object-group R` (ASA,
 * netmasks) or `permit tcp 10.0.0.0 0.0.0.255 host 10.1.1.1 eq 443` (IOS, wildcards). Returns
 * undefined when a part is not understood.
 */
export function parseAce(w: readonly string[], objects: NetObjects, wildcard: boolean): Ace | undefined {
  let i = 0;
  const lw = w.map((x) => x.toLowerCase());
  if (/^\d{1,10}$/.test(lw[0] ?? '')) i++; // IOS-XE sequence number
  const action = lw[i];
  if (action !== 'permit' && action !== 'deny') return undefined;
  i++;
  let proto = lw[i];
  if (proto === 'object-group' && w[i + 1]) {
    // a protocol group stands for its members: any IP if `ip` is one of them, else a single protocol
    const members = objects.protocols.get(w[i + 1]!);
    if (!members?.length) return undefined;
    proto = members.includes('ip') ? 'ip' : members.length === 1 ? members[0] : undefined;
    i++;
  }
  if (!proto || proto === 'object-group' || proto === 'object') return undefined;
  if (!/^(?:ip|ipv6|tcp|udp|icmp|icmp6|gre|esp|ah|sctp|\d{1,3})$/.test(proto)) return undefined;
  i++;
  const missing: string[] = [];
  const src = readAddr(w, lw, i, objects, wildcard, missing);
  if (!src) return undefined;
  i = src.next;
  const sp = readPort(lw, i);
  if (sp === null) return undefined;
  i = sp.next;
  const dst = readAddr(w, lw, i, objects, wildcard, missing);
  if (!dst) return undefined;
  i = dst.next;
  const dp = readPort(lw, i);
  if (dp === null) return undefined;
  i = dp.next;
  let inactive = false;
  // trailing options that do not change the selector
  while (i < lw.length) {
    const t = lw[i]!;
    if (t === 'inactive') {
      inactive = true;
      i++;
    } else if (t === 'log' || t === 'log-input') {
      i = lw.length; // `log [level] [interval n] [disable]`: nothing after it matters
    } else if (t === 'time-range' || t === 'dscp' || t === 'precedence' || t === 'tos') {
      i += 2;
    } else if (t === 'established' || t === 'fragments') {
      i++;
    } else if ((proto === 'icmp' || proto === 'icmp6') && /^[a-z][a-z-]{0,30}$|^\d{1,3}$/.test(t)) {
      i++; // icmp type / code
    } else return undefined;
  }
  return {
    action,
    proto,
    src: src.nets,
    dst: dst.nets,
    ...(sp.port ? { srcPort: sp.port } : {}),
    ...(dp.port ? { dstPort: dp.port } : {}),
    inactive,
    missing,
  };
}

function readAddr(
  w: readonly string[],
  lw: readonly string[],
  i: number,
  objects: NetObjects,
  wildcard: boolean,
  missing: string[],
): AddrRead | undefined {
  const t = lw[i];
  const orig = w[i];
  if (t === undefined || orig === undefined) return undefined;
  if (t === 'any' || t === 'any4') return { nets: [ANY4], next: i + 1 };
  if (t === 'any6') return { nets: [ANY6], next: i + 1 };
  if (t === 'host') {
    const a = w[i + 1];
    if (!a) return undefined;
    return { nets: [hostCidr(objects.aliases.get(a) ?? a)], next: i + 2 };
  }
  if (t === 'object' || t === 'object-group' || t === 'addrgroup' || t === 'net-group') {
    const name = w[i + 1];
    if (!name) return undefined;
    const r = objects.resolve(name);
    if (!r) missing.push(name);
    return { nets: r ?? [`object:${name}`], next: i + 2 };
  }
  if (t === 'interface') return w[i + 1] ? { nets: [`interface:${w[i + 1]}`], next: i + 2 } : undefined;
  const addr = objects.aliases.get(orig) ?? orig;
  const bare = addr.split('/')[0] ?? addr;
  if (!isAddressLike(bare)) return undefined;
  if (isV6(addr) || addr.includes('/')) return { nets: [normalizePrefix(addr)], next: i + 1 };
  const m = w[i + 1];
  if (m && isV4(m)) return { nets: [net(addr, m, wildcard)], next: i + 2 };
  // IOS standard-ACL style host without wildcard
  return { nets: [hostCidr(addr)], next: i + 1 };
}

function readPort(lw: readonly string[], i: number): { port?: string; next: number } | null {
  const op = lw[i];
  if (op === 'eq' || op === 'lt' || op === 'gt') {
    const p = portNumber(lw[i + 1] ?? '');
    if (p === undefined) return null;
    const port = op === 'eq' ? String(p) : op === 'lt' ? `0-${p - 1}` : `${p + 1}-65535`;
    return { port, next: i + 2 };
  }
  if (op === 'range') {
    const a = portNumber(lw[i + 1] ?? '');
    const b = portNumber(lw[i + 2] ?? '');
    if (a === undefined || b === undefined) return null;
    return { port: `${a}-${b}`, next: i + 3 };
  }
  if (op === 'neq') return null;
  return { next: i };
}

/** Selectors of permit entries (cross product of sources and destinations), at most `max`. */
export function aceSelectors(
  aces: readonly Ace[],
  max = 256,
): { selectors: { local: string; remote: string }[]; truncated: boolean } {
  const out: { local: string; remote: string }[] = [];
  const seen = new Set<string>();
  for (const a of aces) {
    if (a.action !== 'permit' || a.inactive) continue;
    for (const s of a.src)
      for (const d of a.dst) {
        const proto = a.proto === 'ipv6' ? undefined : a.proto;
        const sel = { local: withProto(s, proto, a.srcPort), remote: withProto(d, proto, a.dstPort) };
        const k = `${sel.local}|${sel.remote}`;
        if (seen.has(k)) continue;
        seen.add(k);
        if (out.length >= max) return { selectors: out, truncated: true };
        out.push(sel);
      }
  }
  return { selectors: out, truncated: false };
}

// ---- interface names --------------------------------------------------------------------------

/** Interface name from words[from..]: `Tunnel 10` and `gigabitEthernet 0/0/0` are written apart at times. */
export function ifaceName(w: readonly string[], from: number): string {
  const a = w[from] ?? '';
  const b = w[from + 1];
  return b !== undefined && /^[\d/.:]+$/.test(b) ? `${a}${b}` : a;
}

/** Same interface, allowing IOS abbreviations (`e0/1` = `Ethernet0/1`, `Gi0/0` = `GigabitEthernet0/0`). */
export function sameIface(x: string, y: string): boolean {
  const split = (s: string): [string, string] => {
    const t = s.toLowerCase().replace(/\s+/g, '');
    let k = 0;
    while (k < t.length && /[a-z-]/.test(t[k]!)) k++;
    return [t.slice(0, k), t.slice(k)];
  };
  const [ax, nx] = split(x);
  const [ay, ny] = split(y);
  if (nx !== ny) return false;
  if (ax === ay) return true;
  return ax.length > 0 && ay.length > 0 && (ax.startsWith(ay) || ay.startsWith(ax));
}
