// Small readers for the values show outputs print: addresses with masks, ACL-style flows,
// IKEv2 selector ranges, and ASA's two-column `Key : Value  Key : Value` lines.

/** 255.255.255.0 → 24; undefined when it is no contiguous IPv4 mask. */
export function maskToPrefix(mask: string): number | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(mask);
  if (!m) return undefined;
  let bits = 0;
  let seenZero = false;
  for (let i = 1; i <= 4; i++) {
    const o = Number(m[i]);
    if (o > 255) return undefined;
    for (let b = 7; b >= 0; b--) {
      const one = (o >> b) & 1;
      if (one && seenZero) return undefined;
      if (one) bits++;
      else seenZero = true;
    }
  }
  return bits;
}

/** `10.10.10.0` + `255.255.255.0` → `10.10.10.0/24`; masked or odd values are kept as printed. */
export function cidr(addr: string, mask: string): string {
  if (/^\d{1,3}$/.test(mask) && Number(mask) <= 128) return `${addr}/${mask}`;
  const p = maskToPrefix(mask);
  return p === undefined ? `${addr}/${mask}` : `${addr}/${p}`;
}

function ipv4ToInt(a: string): number | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(a);
  if (!m) return undefined;
  let n = 0;
  for (let i = 1; i <= 4; i++) {
    const o = Number(m[i]);
    if (o > 255) return undefined;
    n = n * 256 + o;
  }
  return n;
}

/** IKEv2 range `10.2.2.1/0 - 10.2.2.1/65535` (addr/port - addr/port) → `10.2.2.1/32` when it is one prefix. */
export function rangeToCidr(text: string): string {
  const m = /^([\d.]{7,15})\/(\d{1,5}) - ([\d.]{7,15})\/(\d{1,5})$/.exec(text.trim());
  if (!m) return text.trim();
  const a = ipv4ToInt(m[1]!);
  const b = ipv4ToInt(m[3]!);
  if (a === undefined || b === undefined || b < a) return text.trim();
  const size = b - a + 1;
  const bits = Math.log2(size);
  if (!Number.isInteger(bits) || a % size !== 0) return text.trim();
  const ports = m[2] === '0' && m[4] === '65535' ? '' : ` port ${m[2]}-${m[4]}`;
  return `${m[1]}/${32 - bits}${ports}`;
}

export interface AclFlow {
  protocol: string;
  local?: string;
  remote?: string;
}

/**
 * IOS `IPSEC FLOW:` text: `permit ip 10.10.10.0/255.255.255.0 10.30.30.0/255.255.255.0`,
 * `permit 47 host 10.1.1.4 host 10.1.1.3`, `permit ip any host 10.1.1.3`.
 */
export function parseAclFlow(text: string): AclFlow | undefined {
  const toks = text.trim().split(/\s+/);
  let i = 0;
  if (toks[i] === 'permit' || toks[i] === 'deny') i++;
  const proto = toks[i++];
  if (!proto) return undefined;
  const side = (): string | undefined => {
    const t = toks[i];
    if (t === undefined) return undefined;
    if (t === 'host') {
      i += 2;
      const a = toks[i - 1];
      return a ? (a.includes(':') ? `${a}/128` : `${a}/32`) : undefined;
    }
    if (t === 'any') {
      i++;
      return '0.0.0.0/0';
    }
    i++;
    const slash = t.indexOf('/');
    if (slash > 0) return cidr(t.slice(0, slash), t.slice(slash + 1));
    const next = toks[i];
    if (next && /^\d{1,3}(?:\.\d{1,3}){3}$/.test(next) && maskToPrefix(next) !== undefined) {
      i++;
      return cidr(t, next);
    }
    return t;
  };
  const skipPorts = (): void => {
    while (toks[i] === 'port' || toks[i] === 'eq' || toks[i] === 'range') i += toks[i] === 'range' ? 3 : 2;
  };
  const local = side();
  skipPorts();
  const remote = side();
  return {
    protocol: proto === 'ip' || proto === '0' ? 'ip' : proto,
    ...(local ? { local } : {}),
    ...(remote ? { remote } : {}),
  };
}

/**
 * Split an ASA `Key : Value  Key : Value` line. Real output pads keys to a fixed width; pasted
 * text (seed 000) collapses the padding to one space, so a second key is found by name.
 */
export function splitAsaFields(line: string, knownKeys: readonly string[]): [string, string][] {
  const out: [string, string][] = [];
  const seps: { at: number; len: number }[] = [];
  // separators: a colon followed by a space or the end of the line (times like 22:06:24 are not)
  for (let i = 0; i < line.length; i++) {
    if (line[i] !== ':') continue;
    const next = line[i + 1];
    if (next === undefined || next === ' ' || next === '\t') seps.push({ at: i, len: 1 });
  }
  if (!seps.length) return out;
  let keyStart = 0;
  for (let s = 0; s < seps.length; s++) {
    const sep = seps[s]!;
    const key = line.slice(keyStart, sep.at).trim();
    const valueStart = sep.at + sep.len;
    const nextSep = seps[s + 1];
    if (!nextSep) {
      out.push([key, line.slice(valueStart).trim()]);
      break;
    }
    // The text between this separator and the next holds this value and the next key.
    const between = line.slice(valueStart, nextSep.at);
    const split = splitValueAndKey(between, knownKeys);
    out.push([key, split.value]);
    keyStart = valueStart + split.keyAt;
  }
  return out.filter(([k]) => k.length > 0);
}

function splitValueAndKey(between: string, knownKeys: readonly string[]): { value: string; keyAt: number } {
  const trimmedEnd = between.trimEnd();
  // 1. a known key at the end
  let best: number | undefined;
  for (const k of knownKeys) {
    if (trimmedEnd.length < k.length) continue;
    if (trimmedEnd.endsWith(k)) {
      const at = trimmedEnd.length - k.length;
      if (at === 0 || trimmedEnd[at - 1] === ' ') {
        if (best === undefined || at < best) best = at;
      }
    }
  }
  // 2. padding: the last run of two or more spaces separates value and key
  if (best === undefined) {
    const gap = trimmedEnd.lastIndexOf('  ');
    if (gap >= 0) {
      let j = gap;
      while (trimmedEnd[j] === ' ') j++;
      best = j;
    }
  }
  // 3. the last word
  if (best === undefined) {
    const sp = trimmedEnd.lastIndexOf(' ');
    best = sp >= 0 ? sp + 1 : 0;
  }
  return { value: between.slice(0, best).trim(), keyAt: best };
}

/** Parse an integer counter; undefined when the text is no number. */
export function num(s: string | undefined): number | undefined {
  if (s === undefined) return undefined;
  const t = s.trim();
  if (!/^\d{1,15}$/.test(t)) return undefined;
  return Number(t);
}

/** `0x30b848a4` / `30B848A4` → `0x30B848A4`. */
export function spiHex(s: string): string {
  const t = s.trim().replace(/^0x/i, '').toUpperCase();
  return `0x${t}`;
}

/** `10.1.1.4/500` → address and port. */
export function addrPort(s: string): { address: string; port?: number } {
  const slash = s.lastIndexOf('/');
  if (slash > 0 && /^\d{1,5}$/.test(s.slice(slash + 1))) {
    // ASA prints port 0 when the SA is not bound to a port (no NAT-T)
    const port = Number(s.slice(slash + 1));
    return port ? { address: s.slice(0, slash), port } : { address: s.slice(0, slash) };
  }
  return { address: s };
}
