// IKEv2 traffic selector narrowing (RFC 7296 §2.9) as each implementation does it, for `compare`.
// A responder whose policy covers only part of the initiator's TSi/TSr may answer with the
// intersection instead of TS_UNACCEPTABLE; the CHILD SA then establishes with the narrower
// selectors. Who narrows depends on the implementation, and who initiates is not in either
// configuration, so `compare` asks the question for both directions (A initiates, B initiates).
// IKEv1 Quick Mode has no narrowing (RFC 2409 §5.5: the responder accepts the IDs or refuses them).
import type { FixFamily } from '../core/dialect.js';
import type { TrafficSelector, TunnelPolicy } from '../core/policy.js';

interface Behaviour {
  /** As responder, answers a wider or partly covered TSi/TSr with the intersection. */
  narrows: boolean;
  /** As initiator, installs a CHILD SA whose selectors the responder narrowed. */
  acceptsNarrowed: boolean;
  cite: string;
}

// Documented behaviour per implementation. An implementation without a public statement is
// treated as exact-match only: the prediction then stays TS_MISMATCH, which is the safe side.
const BEHAVIOUR: Partial<Record<FixFamily, Behaviour>> = {
  strongswan: {
    narrows: true,
    acceptsNarrowed: true,
    // charon's child_cfg_t.get_traffic_selectors() returns the subset of the configured selectors
    // that the peer's proposal covers (src/libcharon/config/child_cfg.c); the lab records it in
    // lab/scenarios.js v2-ts-narrower-sw-sw and v2-ts-wider-sw-sw (both ESTABLISHED).
    cite: 'strongSwan child_cfg.c get_traffic_selectors() (subset of the configured selectors)',
  },
  libreswan: {
    narrows: false,
    acceptsNarrowed: false,
    // ipsec.conf(5) narrowing=: "no (the default) signifying no narrowing will be proposed or
    // accepted"; lab/scenarios.js v2-ts-narrower-sw-ls and v2-ts-wider-sw-ls (TS_MISMATCH).
    cite: 'Libreswan ipsec.conf(5) narrowing= (default no)',
  },
  openswan: {
    narrows: false,
    acceptsNarrowed: false,
    cite: 'Openswan has no IKEv2 narrowing',
  },
  panos: {
    narrows: true,
    acceptsNarrowed: true,
    // PAN-OS Administrator's Guide, "IKEv2 > Traffic Selectors": "The two IKE gateway peers must
    // negotiate and agree on their traffic selectors; otherwise, one side narrows its address
    // range to reach agreement."
    cite: 'PAN-OS Administrator\'s Guide, IKEv2 Traffic Selectors ("one side narrows its address range")',
  },
  fortigate: {
    narrows: true,
    acceptsNarrowed: true,
    // Fortinet Community "Technical Tip: Explanation of the IKEv2 Phase2 Setting
    // initiator-ts-narrow" (FortiOS 6.4.3+): narrowing "only applies to the IKE responder", and its
    // example shows a FortiGate initiator installing the one selector the responder narrowed to;
    // "Technical Tip: FortiGate IKEv2 accepting any selector" shows "phase2 matched by subset".
    cite: 'Fortinet Community, "IKEv2 Phase2 Setting initiator-ts-narrow" (responder narrows)',
  },
  // Cisco ASA / IOS: no Cisco configuration guide states how the IKEv2 responder treats selectors
  // that only overlap its crypto ACL, so they are taken as exact-match (prediction TS_MISMATCH).
};

/** How this tunnel's implementation treats IKEv2 narrowing (Libreswan honours its narrowing=). */
export function narrowingOf(p: TunnelPolicy): Behaviour {
  const swan = (p as { swan?: { narrowing?: { value: boolean } } }).swan;
  if ((p.vendor === 'libreswan' || p.vendor === 'openswan') && swan?.narrowing?.value === true)
    return { narrows: true, acceptsNarrowed: true, cite: 'Libreswan narrowing=yes' };
  return BEHAVIOUR[p.vendor] ?? { narrows: false, acceptsNarrowed: false, cite: 'no documented narrowing' };
}

// ---- selector arithmetic --------------------------------------------------------------------

interface Range {
  v6: boolean;
  lo: bigint;
  hi: bigint;
  /** Protocol/port suffix as written (`tcp:80`), '' for any. */
  proto: string;
}

function v4(s: string): bigint | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(s);
  if (!m) return undefined;
  let n = 0n;
  for (let i = 1; i <= 4; i++) {
    const o = Number(m[i]);
    if (o > 255) return undefined;
    n = n * 256n + BigInt(o);
  }
  return n;
}

function v6(s: string): bigint | undefined {
  if (!/^[0-9a-f:]{2,39}$/i.test(s)) return undefined;
  const halves = s.split('::');
  if (halves.length > 2) return undefined;
  const head = halves[0] ? halves[0].split(':') : [];
  const tail = halves.length === 2 && halves[1] ? halves[1].split(':') : [];
  const fill = 8 - head.length - tail.length;
  if (fill < 0 || (halves.length === 1 && fill !== 0)) return undefined;
  let n = 0n;
  for (const g of [...head, ...Array<string>(fill).fill('0'), ...tail]) {
    if (!/^[0-9a-f]{1,4}$/i.test(g)) return undefined;
    n = n * 65536n + BigInt(parseInt(g, 16));
  }
  return n;
}

/** `10.1.0.0/24`, `10.1.0.5/32`, `2001:db8::/48`, `10.1.0.0/24/tcp:80` → address range; undefined when not one. */
export function tsRange(ts: string): Range | undefined {
  const m = /^([0-9a-f.:]{2,39})\/(\d{1,3})(?:\/([a-z0-9:-]{1,30}))?$/i.exec(ts.trim());
  if (!m) return undefined;
  const [, addr = '', bitsText = '', proto = ''] = m;
  const isV6 = addr.includes(':');
  const n = isV6 ? v6(addr) : v4(addr);
  const width = isV6 ? 128 : 32;
  const bits = Number(bitsText);
  if (n === undefined || bits > width) return undefined;
  const size = 1n << BigInt(width - bits);
  const lo = (n / size) * size;
  return { v6: isV6, lo, hi: lo + size - 1n, proto: proto.toLowerCase() };
}

function meet(a: Range, b: Range): Range | undefined {
  if (a.v6 !== b.v6) return undefined;
  if (a.proto && b.proto && a.proto !== b.proto) return undefined;
  const lo = a.lo > b.lo ? a.lo : b.lo;
  const hi = a.hi < b.hi ? a.hi : b.hi;
  return lo > hi ? undefined : { v6: a.v6, lo, hi, proto: a.proto || b.proto };
}

function same(a: Range, b: Range): boolean {
  return a.v6 === b.v6 && a.lo === b.lo && a.hi === b.hi && a.proto === b.proto;
}

/**
 * The part of `offered` that `policy` covers, as selector texts (the narrower of each overlapping
 * pair, which for prefixes is one of the two). undefined when a selector is not an address range.
 */
export function intersect(offered: string[], policy: string[]): string[] | undefined {
  const out: string[] = [];
  for (const o of offered) {
    const ro = tsRange(o);
    if (!ro) return undefined;
    for (const p of policy) {
      const rp = tsRange(p);
      if (!rp) return undefined;
      const m = meet(ro, rp);
      if (!m) continue;
      const text = same(m, ro) ? o : same(m, rp) ? p : undefined;
      // prefixes either nest or are disjoint; a partial overlap only arises with ports
      if (text && !out.includes(text)) out.push(text);
    }
  }
  return out;
}

function sameSet(a: string[], b: string[]): boolean {
  const ra = a.map(tsRange);
  const rb = b.map(tsRange);
  if (ra.some((x) => !x) || rb.some((x) => !x)) return a.length === b.length && a.every((x) => b.includes(x));
  return ra.every((x) => rb.some((y) => same(x!, y!))) && rb.every((y) => ra.some((x) => same(x!, y!)));
}

export interface DirectionResult {
  ok: boolean;
  /** The responder answered with narrower selectors than the initiator asked for. */
  narrowed: boolean;
  /** The selectors of the CHILD SA from the initiator's view (local → remote), when it establishes. */
  result?: TrafficSelector[];
}

const locals = (ts: TrafficSelector[]): string[] => [...new Set(ts.map((t) => t.local))];
const remotes = (ts: TrafficSelector[]): string[] => [...new Set(ts.map((t) => t.remote))];

/**
 * The initiator proposes TSi = its local selectors, TSr = its remote ones (RFC 7296 §2.9); the
 * responder accepts them as they are, narrows them (if its implementation does), or refuses.
 */
export function negotiate(
  init: { policy: TunnelPolicy; ts: TrafficSelector[] },
  resp: { policy: TunnelPolicy; ts: TrafficSelector[] },
  ikeVersion: 1 | 2,
): DirectionResult {
  const tsi = locals(init.ts);
  const tsr = remotes(init.ts);
  const rRemote = remotes(resp.ts);
  const rLocal = locals(resp.ts);
  if (sameSet(tsi, rRemote) && sameSet(tsr, rLocal)) return { ok: true, narrowed: false, result: init.ts };
  if (ikeVersion !== 2 || !narrowingOf(resp.policy).narrows) return { ok: false, narrowed: false };
  const ni = intersect(tsi, rRemote);
  const nr = intersect(tsr, rLocal);
  if (!ni?.length || !nr?.length) return { ok: false, narrowed: false };
  const result = ni.flatMap((l) => nr.map((r) => ({ local: l, remote: r })));
  // the proposal lies within the responder's policy: it is accepted as offered
  if (sameSet(ni, tsi) && sameSet(nr, tsr)) return { ok: true, narrowed: false, result };
  return narrowingOf(init.policy).acceptsNarrowed
    ? { ok: true, narrowed: true, result }
    : { ok: false, narrowed: true };
}
