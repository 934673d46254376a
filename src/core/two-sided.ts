// Two ends of one tunnel logged by two hosts. Tunnels of different origins are paired when their
// logs show the same negotiation: child SA SPIs seen crosswise (my inbound SPI is the peer's
// outbound), the same IKE SPIs or cookies, mirrored endpoints (my local address is the peer's
// remote and the reverse), or the same connection name with compatible addresses. Paired tunnels
// merge into one whose events keep their origin (side); the clock offset between the two hosts is
// estimated from messages one side sent and the other received.
import type { IkeEvent } from './model.js';
import type { Tunnel } from './tunnel.js';

function spiSet(t: Tunnel): { ins: Set<string>; outs: Set<string> } {
  const ins = new Set<string>();
  const outs = new Set<string>();
  for (const e of t.select('child.established', 'child.deleted')) {
    if (e.spiIn) ins.add(normSpi(e.spiIn));
    if (e.spiOut) outs.add(normSpi(e.spiOut));
  }
  return { ins, outs };
}

function ikeSpis(t: Tunnel): Set<string> {
  const s = new Set<string>();
  for (const e of t.keptEvents()) {
    if (e.ikeSpiI && !/^0+$/.test(e.ikeSpiI)) s.add(normSpi(e.ikeSpiI));
  }
  return s;
}

function normSpi(s: string): string {
  return s
    .toLowerCase()
    .replace(/^0x/, '')
    .replace(/^0+(?=.)/, '');
}

function intersects(a: Set<string>, b: Set<string>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

/** Identities compared without vendor decoration: `@fqdn`, quotes, `ID_FQDN:` prefixes, case. */
function normId(id: string | undefined): string | undefined {
  if (!id) return undefined;
  return id
    .replace(/^ID_[A-Z0-9_]+:\s*/, '')
    .replace(/^['"]|['"]$/g, '')
    .replace(/^@#?/, '')
    .toLowerCase();
}

function overlaps(a: Tunnel, b: Tunnel): boolean {
  const slack = 10 * 60_000;
  if (
    a.firstTime === undefined ||
    b.firstTime === undefined ||
    a.lastTime === undefined ||
    b.lastTime === undefined
  )
    return false;
  if (a.firstTime < 86_400_000 || b.firstTime < 86_400_000) return false;
  return a.firstTime <= b.lastTime + slack && b.firstTime <= a.lastTime + slack;
}

/**
 * How strongly two tunnels of different origins look like the two ends of one tunnel.
 * `uniqueName`: the name occurs once in each origin (a strong hint when both ends use it).
 */
export interface SaFacts {
  spis: { ins: Set<string>; outs: Set<string> };
  ike: Set<string>;
}

export function saFacts(t: Tunnel): SaFacts {
  return { spis: spiSet(t), ike: ikeSpis(t) };
}

export function pairScore(
  a: Tunnel,
  b: Tunnel,
  uniqueName = false,
  fa = saFacts(a),
  fb = saFacts(b),
): number {
  let score = 0;
  if (intersects(fa.spis.ins, fb.spis.outs) || intersects(fa.spis.outs, fb.spis.ins)) score += 10;
  if (intersects(fa.ike, fb.ike)) score += 10;
  const mirrored =
    a.local.address !== undefined &&
    b.local.address !== undefined &&
    a.local.address === b.remote.address &&
    a.remote.address === b.local.address;
  if (mirrored) score += 6;
  else if (
    (a.remote.address !== undefined && a.remote.address === b.local.address) ||
    (b.remote.address !== undefined && b.remote.address === a.local.address)
  )
    score += 3;
  if (a.name && a.name === b.name) score += uniqueName ? 4 : 2;
  const ar = normId(a.remote.id);
  const bl = normId(b.local.id);
  const br = normId(b.remote.id);
  const al = normId(a.local.id);
  if (ar && ar === bl) score += 2;
  if (br && br === al) score += 2;
  if (overlaps(a, b)) score += 2;
  // Two sides disagreeing on addresses they both know are not one tunnel.
  if (a.remote.address && b.remote.address && a.remote.address === b.remote.address && a.origin !== b.origin)
    score -= 4;
  // Neither side's peer is the other's own address: two gateways talking to others (two hosts of
  // one syslog, say). A pair behind NAT at both ends still meets on its SPIs.
  if (
    a.local.address &&
    b.local.address &&
    a.remote.address &&
    b.remote.address &&
    a.remote.address !== b.local.address &&
    b.remote.address !== a.local.address
  )
    score -= 6;
  // Both only answered: two responders are not the two ends of one negotiation (their peers
  // started them), unless their SPIs say otherwise.
  if (a.role === 'responder' && b.role === 'responder') score -= 6;
  return score;
}

const PAIR_THRESHOLD = 5;

/** Estimate b's clock minus a's from messages sent by one side and received by the other. */
export function clockOffset(a: Tunnel, b: Tunnel): number | undefined {
  const diffs: number[] = [];
  const key = (e: IkeEvent) =>
    `${e.exchange ?? '?'}|${e.messageId ?? e.msgNo ?? '?'}|${String(e.details?.response ?? '')}`;
  const index = (t: Tunnel, kind: 'msg.sent' | 'msg.received') => {
    const m = new Map<string, IkeEvent>();
    for (const e of t.events(kind))
      if (e.time !== undefined && e.exchange && !m.has(key(e))) m.set(key(e), e);
    return m;
  };
  const aSent = index(a, 'msg.sent');
  const bRecv = index(b, 'msg.received');
  const bSent = index(b, 'msg.sent');
  const aRecv = index(a, 'msg.received');
  for (const [k, e] of aSent) {
    const r = bRecv.get(k);
    if (r?.time !== undefined && e.time !== undefined) diffs.push(r.time - e.time);
  }
  for (const [k, e] of bSent) {
    const r = aRecv.get(k);
    if (r?.time !== undefined && e.time !== undefined) diffs.push(e.time - r.time);
  }
  if (!diffs.length) {
    // Fall back to the first event of each side (same negotiation, roughly the same moment).
    if (
      a.firstTime !== undefined &&
      b.firstTime !== undefined &&
      a.firstTime > 86_400_000 &&
      b.firstTime > 86_400_000
    )
      return b.firstTime - a.firstTime;
    return undefined;
  }
  diffs.sort((x, y) => x - y);
  return diffs[Math.floor(diffs.length / 2)];
}

/** Keys under which two ends of one tunnel meet: SPIs, cookies, addresses, names. */
function meetKeys(t: Tunnel, { spis: sp, ike }: SaFacts): string[] {
  const keys: string[] = [];
  // Crosswise child SPIs: my inbound is the peer's outbound.
  for (const x of sp.ins) keys.push(`spi:${x}`);
  for (const x of sp.outs) keys.push(`spi:${x}`);
  for (const x of ike) keys.push(`ike:${x}`);
  if (t.local.address && t.remote.address)
    keys.push(`pair:${[t.local.address, t.remote.address].sort().join('|')}`);
  if (t.remote.address) keys.push(`addr:${t.remote.address}`);
  if (t.local.address) keys.push(`addr:${t.local.address}`);
  if (t.name) keys.push(`name:${t.name}`);
  return keys;
}

export function mergeTwoSided(tunnels: Tunnel[]): Tunnel[] {
  const origins = new Set(tunnels.map((t) => t.origin));
  if (origins.size < 2) return tunnels;
  const nameCount = new Map<string, number>();
  for (const t of tunnels)
    if (t.name) nameCount.set(`${t.origin}|${t.name}`, (nameCount.get(`${t.origin}|${t.name}`) ?? 0) + 1);
  const unique = (t: Tunnel) => t.name !== undefined && nameCount.get(`${t.origin}|${t.name}`) === 1;
  const perOrigin = new Map<string, number>();
  for (const t of tunnels) perOrigin.set(t.origin, (perOrigin.get(t.origin) ?? 0) + 1);
  // Two hosts that each logged exactly one tunnel at overlapping times: very likely one tunnel.
  const sole = (t: Tunnel) => perOrigin.get(t.origin) === 1;
  // Candidate pairs share at least one key (no all-pairs scan: a fleet has thousands of tunnels).
  const facts = new Map(tunnels.map((t) => [t, saFacts(t)] as const));
  const byKey = new Map<string, Tunnel[]>();
  for (const t of tunnels) {
    for (const k of new Set(meetKeys(t, facts.get(t)!))) {
      const list = byKey.get(k) ?? [];
      if (list.length < 64) list.push(t);
      byKey.set(k, list);
    }
  }
  const seen = new Set<string>();
  const pairs: { a: Tunnel; b: Tunnel; s: number }[] = [];
  const consider = (a: Tunnel, b: Tunnel) => {
    if (a === b || a.origin === b.origin) return;
    const id = a.key < b.key ? `${a.key}\u0000${b.key}` : `${b.key}\u0000${a.key}`;
    if (seen.has(id)) return;
    seen.add(id);
    const s =
      pairScore(a, b, unique(a) && unique(b), facts.get(a), facts.get(b)) +
      (sole(a) && sole(b) && overlaps(a, b) ? 3 : 0);
    if (s >= PAIR_THRESHOLD) pairs.push({ a, b, s });
  };
  for (const list of byKey.values())
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) consider(list[i]!, list[j]!);
  if (origins.size === 2) {
    const soles = tunnels.filter(sole);
    if (soles.length === 2) consider(soles[0]!, soles[1]!);
  }
  pairs.sort((x, y) => y.s - x.s);
  const used = new Set<Tunnel>();
  const removed = new Set<Tunnel>();
  for (const { a, b } of pairs) {
    if (used.has(a) || used.has(b)) continue;
    used.add(a);
    used.add(b);
    // The initiator's tunnel leads; it keeps its name, endpoints and role.
    const [lead, other] = b.role === 'initiator' && a.role !== 'initiator' ? [b, a] : [a, b];
    const off = clockOffset(lead, other);
    lead.absorbSide(other, off);
    removed.add(other);
  }
  return tunnels.filter((t) => !removed.has(t));
}
