// SA inventory read from `show` outputs (IOS `show crypto session`, `show crypto ipsec sa`,
// `show crypto ikev2 sa`, `show crypto isakmp sa|peer`; ASA `show vpn-sessiondb detail`;
// PAN-OS `show vpn ike-sa|ipsec-sa|flow`) and from the open-source daemons' status outputs
// (strongSwan `swanctl --list-sas`, `ipsec status[all]`; Libreswan/Openswan `ipsec status`,
// `ipsec trafficstatus`), and the health findings a snapshot of it shows.
// A show output is a snapshot, not a negotiation: it says what is up now, what carries traffic
// and what drops it. Findings here are what an engineer reads off such a table by eye.
import type { Endpoint, IkeVersion, SourceLine } from './model.js';
import {
  parseAlgorithm,
  weakness,
  formatAlgorithm,
  type Algorithm,
  type AlgorithmKind,
} from './algorithms.js';

export type InventoryKind =
  /** IOS `show crypto session [detail]`: one crypto session (an IKE peer) with its flows. */
  | 'crypto-session'
  /** IOS/ASA `show crypto isakmp peer`. */
  | 'ike-peer'
  /** One IKE SA (IOS/ASA isakmp/ikev1/ikev2 sa, PAN-OS `show vpn ike-sa`). */
  | 'ike-sa'
  /** One IPsec SA pair / proxy-id pair (`show crypto ipsec sa`, PAN-OS `show vpn ipsec-sa`). */
  | 'ipsec-sa'
  /** ASA `show vpn-sessiondb`: one remote-access or LAN-to-LAN session. */
  | 'vpn-session'
  /** PAN-OS `show vpn flow`: one data-plane tunnel. */
  | 'tunnel'
  /**
   * A loaded connection (Libreswan's connection list with its states, strongSwan's stroke
   * `Connections:`): configured, whether or not an IKE SA exists for it.
   */
  | 'connection';

export type InventoryVendor = 'cisco-ios' | 'cisco-asa' | 'cisco' | 'panos' | 'strongswan' | 'libreswan';

/** Algorithms exactly as the device printed them (folded to canonical form only for checks). */
export interface InventoryAlgorithms {
  encryption?: string;
  integrity?: string;
  prf?: string;
  dhGroup?: string;
  auth?: string;
  /** A combined suite as printed (PAN-OS `PSK/DH14/A128/SHA1`). */
  suite?: string;
}

export interface InventoryIkeSa {
  version?: IkeVersion;
  local?: Endpoint;
  remote?: Endpoint;
  /** Vendor state as printed: Active, READY, QM_IDLE, MM_ACTIVE, Established ... */
  status?: string;
  role?: string;
  connId?: string;
  tunnelId?: string;
  spiLocal?: string;
  spiRemote?: string;
  algorithms?: InventoryAlgorithms;
  lifetimeSec?: number;
  activeSec?: number;
  remainingSec?: number;
  lines: SourceLine[];
  /** Field name → line number of the line that printed it (evidence). */
  at: Record<string, number>;
}

/** One IPsec flow: a traffic-selector pair and the SAs that protect it. */
export interface InventoryFlow {
  /** Child SA (strongSwan) or state (Libreswan `#2`) name and unique id, where printed. */
  name?: string;
  id?: string;
  /** TUNNEL, TRANSPORT, TUNNEL-in-UDP ... as printed. */
  mode?: string;
  /** Local/remote traffic selector in CIDR form where the output allows it. */
  local?: string;
  remote?: string;
  /** `ip` for any protocol, else the number or name as printed (47 = GRE). */
  protocol?: string;
  /** The flow as printed (`permit 47 host 10.1.1.4 host 10.1.1.3`). */
  text?: string;
  activeSas?: number;
  spiIn?: string;
  spiOut?: string;
  algorithms?: InventoryAlgorithms;
  /** Packets out through the tunnel (encaps, enc'ed, Pkts Tx, encap packets). */
  pktsOut?: number;
  /** Packets in from the tunnel (decaps, dec'ed, Pkts Rx, decap packets). */
  pktsIn?: number;
  bytesOut?: number;
  bytesIn?: number;
  dropOut?: number;
  dropIn?: number;
  sendErrors?: number;
  recvErrors?: number;
  /** Other non-zero error counters by their printed name (verify failed, replay failed ...). */
  errors?: Record<string, number>;
  remainingSec?: number;
  remainingKb?: number;
  lifetimeSec?: number;
  lifetimeKb?: number;
  /** Seconds since the SA was installed, and since the last packet in / out. */
  activeSec?: number;
  lastInSec?: number;
  lastOutSec?: number;
  status?: string;
  lines: SourceLine[];
  at: Record<string, number>;
}

export interface InventoryEntry {
  /** The show command that printed it (canonical form), e.g. `show crypto session detail`. */
  command: string;
  kind: InventoryKind;
  vendor: InventoryVendor;
  /** First line of the row. */
  source: SourceLine;
  origin?: string;
  interface?: string;
  peer?: Endpoint;
  local?: Endpoint;
  description?: string;
  /** Session/SA/tunnel status as printed (UP-ACTIVE, READY, active ...). */
  status?: string;
  fvrf?: string;
  ivrf?: string;
  /** Remote-access user, connection or gateway/tunnel name. */
  name?: string;
  assignedIp?: string;
  ike: InventoryIkeSa[];
  flows: InventoryFlow[];
  /** Entry-level lines (the flows and IKE SAs keep their own). */
  lines: SourceLine[];
  at: Record<string, number>;
  /** Everything else as printed, by the device's own key. */
  fields: Record<string, string | number | boolean | undefined>;
}

export type InventoryFindingCode =
  | 'FLOW_NO_ACTIVE_SA'
  | 'ONE_WAY_TRAFFIC'
  | 'SA_ERRORS'
  | 'SA_NEAR_EXPIRY'
  | 'WEAK_TRANSFORM'
  | 'SESSION_DOWN'
  | 'NO_IKE_SA'
  | 'NO_CHILD_SA';

export const INVENTORY_FINDING_CODES: readonly InventoryFindingCode[] = [
  'SESSION_DOWN',
  'FLOW_NO_ACTIVE_SA',
  'ONE_WAY_TRAFFIC',
  'SA_ERRORS',
  'SA_NEAR_EXPIRY',
  'WEAK_TRANSFORM',
  'NO_IKE_SA',
  'NO_CHILD_SA',
];

export interface InventoryFinding {
  code: InventoryFindingCode;
  severity: 'error' | 'warning' | 'info';
  /** Catalog id of the message (`show.finding.<CODE>[.<variant>]`). */
  message: string;
  /** Catalog id of the follow-up step, when the row has one (uses `{command}`). */
  fix?: string;
  vars: Record<string, string | number>;
  evidence: SourceLine[];
  /** Index of the row in `Inventory.entries`. */
  entry: number;
  origin?: string;
}

export interface Inventory {
  entries: InventoryEntry[];
  findings: InventoryFinding[];
}

/** Remaining lifetime under this share of the full lifetime counts as near expiry. */
const NEAR_EXPIRY_SHARE = 0.1;
/** Without a known full lifetime: seconds / kilobytes left that count as near expiry. */
const NEAR_EXPIRY_SEC = 300;
const NEAR_EXPIRY_KB = 10240;
/** Packets on the busy side before a silent other side counts as one-way traffic. */
const ONE_WAY_MIN_PKTS = 3;
/** The same in bytes, for outputs that count bytes only (Libreswan): three small ICMP packets. */
const ONE_WAY_MIN_BYTES = 252;

const DOWN_STATUSES = new Set(['DOWN', 'DOWN-NEGOTIATING', 'UP-NO-IKE']);
/** IKEv1 states of an SA that finished phase 1 (IOS `QM_IDLE`, ASA `MM_ACTIVE`/`AM_ACTIVE`). */
const IKEV1_UP = /^(?:QM_IDLE|MM_ACTIVE|AM_ACTIVE|GDOI_IDLE|ACTIVE)$/i;

export function buildInventory(entries: InventoryEntry[]): Inventory {
  resolveIsakmpPeers(entries);
  const findings: InventoryFinding[] = [];
  // One SA printed by several commands (vpn-sessiondb, ikev2 sa, ipsec sa) is reported weak once.
  const weak = new Map<string, InventoryFinding>();
  entries.forEach((e, i) => {
    for (const f of entryFindings(e, i, entries)) {
      if (f.code === 'WEAK_TRANSFORM') {
        const key = `${e.origin ?? ''}|${e.peer?.address ?? rowLabel(e)}|${f.vars.algorithms ?? ''}`;
        const seen = weak.get(key);
        if (seen) {
          seen.evidence = uniqLines([...seen.evidence, ...f.evidence]);
          continue;
        }
        weak.set(key, f);
      }
      findings.push(f);
    }
  });
  return { entries, findings };
}

/**
 * IOS `show crypto isakmp sa` prints `dst src`: the responder and the initiator, not remote and
 * local. The peer is whichever of the two is not one of the device's own addresses, which other
 * outputs of the same origin tell (crypto endpoints, IKE SA local addresses).
 */
function resolveIsakmpPeers(entries: InventoryEntry[]): void {
  const locals = new Map<string, Set<string>>();
  const add = (origin: string, a: string | undefined): void => {
    if (!a) return;
    const set = locals.get(origin) ?? new Set<string>();
    set.add(a);
    locals.set(origin, set);
  };
  for (const e of entries) {
    const o = e.origin ?? '';
    add(o, e.local?.address);
    for (const s of e.ike) add(o, s.local?.address);
  }
  for (const e of entries) {
    if (e.peer || e.kind !== 'ike-sa') continue;
    const dst = e.fields.dst;
    const src = e.fields.src;
    if (typeof dst !== 'string' || typeof src !== 'string') continue;
    const mine = locals.get(e.origin ?? '');
    const sa = e.ike[0];
    if (mine?.has(dst) && !mine.has(src)) {
      e.peer = { address: src };
      e.local = { address: dst };
      if (sa) {
        sa.role = 'responder';
        sa.remote = { address: src };
        sa.local = { address: dst };
      }
    } else if (mine?.has(src) && !mine.has(dst)) {
      e.peer = { address: dst };
      e.local = { address: src };
      if (sa) {
        sa.role = 'initiator';
        sa.remote = { address: dst };
        sa.local = { address: src };
      }
    }
  }
}

function rowVars(e: InventoryEntry): Record<string, string | number> {
  const v: Record<string, string | number> = {
    what: rowLabel(e),
    peer: e.peer?.address ?? e.peer?.id ?? '?',
    command: '',
  };
  if (e.interface) v.interface = e.interface;
  if (e.name) v.name = e.name;
  const cmd = followUpCommand(e);
  if (cmd) v.command = cmd;
  else delete v.command;
  return v;
}

/** A short label for the row: interface, name and peer as the device printed them. */
export function rowLabel(e: InventoryEntry): string {
  const parts: string[] = [];
  if (e.interface) parts.push(e.interface);
  if (e.name) parts.push(e.name);
  const peer = e.peer?.address ?? e.peer?.id;
  if (peer) parts.push(peer);
  else if (typeof e.fields.src === 'string' && typeof e.fields.dst === 'string')
    parts.push(`${e.fields.src} → ${e.fields.dst}`);
  return parts.join(' ') || e.command;
}

export function flowLabel(f: InventoryFlow): string {
  if (f.local || f.remote) {
    const proto =
      f.protocol && f.protocol !== 'ip' ? ` (${f.protocol === '47' ? 'GRE' : `proto ${f.protocol}`})` : '';
    return `${f.local ?? '?'} → ${f.remote ?? '?'}${proto}`;
  }
  if (f.text) return f.text;
  if (f.spiIn || f.spiOut) return `SPI ${f.spiIn ?? '?'}/${f.spiOut ?? '?'}`;
  return '-';
}

/**
 * The exact command that clears this row, so that it renegotiates. IOS 15.1S "IPsec VPN
 * monitoring" (seed 001): `clear crypto session` takes local/remote address, port, fvrf, ivrf;
 * the remote address is the usual way to name one tunnel.
 */
export function followUpCommand(e: InventoryEntry): string | undefined {
  if (e.vendor === 'strongswan' || e.vendor === 'libreswan') return daemonCommand(e);
  const peer = e.peer?.address;
  const vrf = e.fvrf && e.fvrf !== '(none)' && e.fvrf !== 'none' ? ` fvrf ${e.fvrf}` : '';
  switch (e.kind) {
    case 'crypto-session':
    case 'ike-peer':
      return peer ? `clear crypto session remote ${peer}${vrf}` : undefined;
    case 'ike-sa': {
      if (e.vendor === 'panos') return e.name ? `clear vpn ike-sa gateway ${e.name}` : undefined;
      const sa = e.ike[0];
      if (sa?.version === 2) {
        if (e.vendor === 'cisco-ios' && sa.remote?.address)
          return `clear crypto ikev2 sa remote ${sa.remote.address}${vrf}`;
        return undefined;
      }
      if (e.vendor === 'cisco-asa') return peer ? `clear crypto ikev1 sa ${peer}` : undefined;
      return sa?.connId ? `clear crypto isakmp ${sa.connId}` : undefined;
    }
    case 'ipsec-sa':
      if (e.vendor === 'panos') return e.name ? `clear vpn ipsec-sa tunnel ${tunnelName(e.name)}` : undefined;
      if (!peer) return undefined;
      return e.vendor === 'cisco-asa' ? `clear crypto ipsec sa peer ${peer}` : `clear crypto sa peer ${peer}`;
    case 'vpn-session':
      return e.name && e.fields['Username'] !== undefined ? `vpn-sessiondb logoff name ${e.name}` : undefined;
    case 'tunnel':
      return e.name ? `clear vpn ipsec-sa tunnel ${tunnelName(e.name)}` : undefined;
  }
  return undefined;
}

/**
 * The command that (re)starts this row's connection: strongSwan `swanctl --initiate --child`
 * (vici; the child SA's name, else the IKE SA's with `--ike`), `ipsec up` (stroke); Libreswan
 * `ipsec auto --up` (an instance `name[3]` is started through its template `name`).
 */
function daemonCommand(e: InventoryEntry): string | undefined {
  if (!e.name) return undefined;
  const name = e.name.replace(/\[\d{1,9}\]$/, '');
  if (e.vendor === 'libreswan') return `ipsec auto --up ${name}`;
  if (e.command.startsWith('swanctl')) {
    const child = e.flows.find((f) => f.name)?.name;
    return child ? `swanctl --initiate --child ${child}` : `swanctl --initiate --ike ${name}`;
  }
  return `ipsec up ${name}`;
}

/**
 * States of an SA that is up. strongSwan: `ike_sa_state_t` / `child_sa_state_t` names. Libreswan
 * (its state names table): IKEv1 `STATE_MAIN_I4/R3`, `STATE_AGGR_I2/R2`, `STATE_QUICK_I2/R2`;
 * IKEv2 `STATE_V2_ESTABLISHED_IKE_SA/CHILD_SA` (4.x), `STATE_PARENT_I3/R2`, `STATE_V2_IPSEC_I/R` (3.x).
 */
const STRONGSWAN_IKE_UP = /^(?:ESTABLISHED|REKEYING|REKEYED)$/;
const STRONGSWAN_CHILD_UP = /^(?:INSTALLED|REKEYING|REKEYED|UPDATING)$/;
const LIBRESWAN_UP =
  /^STATE_(?:MAIN_(?:I4|R3)|AGGR_(?:I2|R2)|QUICK_(?:I2|R2)|V2_ESTABLISHED_(?:IKE|CHILD)_SA|PARENT_(?:I3|R2)|V2_IPSEC_(?:I|R))$/;

function ikeUp(e: InventoryEntry, s: InventoryIkeSa): boolean {
  const st = s.status ?? '';
  return e.vendor === 'libreswan' ? LIBRESWAN_UP.test(st) : STRONGSWAN_IKE_UP.test(st);
}

function childUp(e: InventoryEntry, f: InventoryFlow): boolean {
  if (e.vendor === 'libreswan')
    return f.status === undefined
      ? f.spiIn !== undefined || f.spiOut !== undefined
      : LIBRESWAN_UP.test(f.status);
  return f.status === undefined ? f.spiIn !== undefined : STRONGSWAN_CHILD_UP.test(f.status);
}

/**
 * NO_IKE_SA / NO_CHILD_SA: what an engineer checks first in a daemon's status. A connection that
 * is loaded but has no IKE SA (Libreswan `newest IKE SA: #0` with no state; stroke `Connections:`
 * without an SA of that name); a listing with no SA at all (`swanctl --list-sas` printing nothing,
 * `Security Associations (0 up, 0 connecting)`, an empty `ipsec trafficstatus`); an IKE SA that is
 * up with no child SA installed under it.
 */
function daemonFindings(e: InventoryEntry, idx: number, all: readonly InventoryEntry[]): InventoryFinding[] {
  if (e.vendor !== 'strongswan' && e.vendor !== 'libreswan') return [];
  const out: InventoryFinding[] = [];
  const here = pick(e.lines, e.at, ['sas', 'newest', 'name']);
  if (e.fields.sas === 0) {
    const code = e.kind === 'ipsec-sa' ? 'NO_CHILD_SA' : 'NO_IKE_SA';
    out.push(finding(e, idx, code, 'warning', 'listing', {}, here));
    return out;
  }
  if (e.kind === 'connection') {
    const hasIke =
      e.ike.length > 0 ||
      all.some(
        (x) =>
          x !== e &&
          x.kind === 'ike-sa' &&
          x.name === e.name &&
          x.origin === e.origin &&
          x.source.path === e.source.path,
      );
    // A child SA that is up (a pasted state list without its IKE SA) has an IKE SA somewhere.
    if (!hasIke && !e.flows.some((f) => childUp(e, f))) {
      // A template without a peer address (`%any`) waits for peers: a note, not an error.
      const sev = e.peer?.address ? 'error' : 'info';
      out.push(finding(e, idx, 'NO_IKE_SA', sev, undefined, {}, here));
      return out;
    }
  }
  const ups = e.ike.filter((s) => ikeUp(e, s));
  if (e.ike.length && !ups.length) return out; // SESSION_DOWN tells
  if (ups.length && !e.flows.some((f) => childUp(e, f))) {
    // The state list's own words (`pending Phase 2 #2`), in parentheses after the sentence's subject.
    const pending = typeof e.fields.pending === 'string' ? ` (${e.fields.pending})` : '';
    out.push(
      finding(e, idx, 'NO_CHILD_SA', 'error', undefined, { status: ups[0]!.status ?? '', pending }, [
        ...ups.flatMap((s) => pick(s.lines, s.at, ['status'])),
        ...pick(e.lines, e.at, ['newest', 'pending']),
        ...e.flows.flatMap((f) => pick(f.lines, f.at, ['status'])),
      ]),
    );
  }
  return out;
}

/** PAN-OS prints `tunnel(gateway)`; the clear command takes the tunnel alone. */
function tunnelName(n: string): string {
  const i = n.indexOf('(');
  return i > 0 ? n.slice(0, i) : n;
}

function pick(
  lines: readonly SourceLine[],
  at: Record<string, number>,
  keys: readonly string[],
): SourceLine[] {
  const want = new Set<number>();
  for (const k of keys) {
    const n = at[k];
    if (n !== undefined) want.add(n);
  }
  return lines.filter((l) => want.has(l.line));
}

function uniqLines(ls: SourceLine[]): SourceLine[] {
  const seen = new Set<string>();
  const out: SourceLine[] = [];
  for (const l of ls) {
    const k = `${l.path}:${l.line}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(l);
  }
  return out.sort((a, b) => (a.path === b.path ? a.line - b.line : a.path < b.path ? -1 : 1));
}

function finding(
  e: InventoryEntry,
  idx: number,
  code: InventoryFindingCode,
  severity: InventoryFinding['severity'],
  variant: string | undefined,
  vars: Record<string, string | number>,
  evidence: SourceLine[],
): InventoryFinding {
  const all = { ...rowVars(e), ...vars };
  const f: InventoryFinding = {
    code,
    severity,
    message: `show.finding.${code}${variant ? `.${variant}` : ''}`,
    vars: all,
    evidence: uniqLines([e.source, ...evidence]),
    entry: idx,
  };
  if (typeof all.command === 'string' && all.command) f.fix = `show.fix.${code}`;
  if (e.origin) f.origin = e.origin;
  return f;
}

function entryFindings(e: InventoryEntry, idx: number, all: readonly InventoryEntry[]): InventoryFinding[] {
  const out: InventoryFinding[] = [];
  out.push(...daemonFindings(e, idx, all));
  // SESSION_DOWN: the session/SA is not up (IOS session status, IKE SA state, PAN-OS state).
  const down = downState(e);
  if (down) {
    out.push(
      finding(e, idx, 'SESSION_DOWN', down.severity, undefined, { status: down.status }, [
        ...pick(e.lines, e.at, ['status']),
        ...e.ike.flatMap((s) => pick(s.lines, s.at, ['status'])),
        ...e.flows.flatMap((f) => pick(f.lines, f.at, ['status'])),
      ]),
    );
  }
  for (const f of e.flows) {
    const fv = { flow: flowLabel(f) };
    // FLOW_NO_ACTIVE_SA: the flow is configured (an ACL/proxy pair) but no SA protects it.
    const noSpi =
      f.spiOut !== undefined &&
      /^(?:0x)?0+$/i.test(f.spiOut) &&
      (f.spiIn === undefined || /^(?:0x)?0+$/i.test(f.spiIn));
    if (f.activeSas === 0 || (f.activeSas === undefined && noSpi)) {
      out.push(
        finding(e, idx, 'FLOW_NO_ACTIVE_SA', 'error', undefined, { ...fv, active: f.activeSas ?? 0 }, [
          ...pick(f.lines, f.at, ['flow', 'activeSas', 'spiOut', 'spiIn']),
        ]),
      );
    }
    // ONE_WAY_TRAFFIC: packets go one way through the tunnel and nothing comes back (or the reverse).
    const pin = f.pktsIn;
    const pout = f.pktsOut;
    if (pin !== undefined && pout !== undefined && f.activeSas !== 0) {
      const variant =
        pout >= ONE_WAY_MIN_PKTS && pin === 0
          ? 'out'
          : pin >= ONE_WAY_MIN_PKTS && pout === 0
            ? 'in'
            : undefined;
      if (variant) {
        out.push(
          finding(e, idx, 'ONE_WAY_TRAFFIC', 'warning', variant, { ...fv, pktsIn: pin, pktsOut: pout }, [
            ...pick(f.lines, f.at, ['pktsOut', 'pktsIn']),
          ]),
        );
      }
    } else if (f.bytesIn !== undefined && f.bytesOut !== undefined && f.activeSas !== 0) {
      // Byte counters only (Libreswan `ESPin=`/`inBytes=`): the same test in bytes.
      const bin = f.bytesIn;
      const bout = f.bytesOut;
      const variant =
        bout >= ONE_WAY_MIN_BYTES && bin === 0
          ? 'outBytes'
          : bin >= ONE_WAY_MIN_BYTES && bout === 0
            ? 'inBytes'
            : undefined;
      if (variant) {
        out.push(
          finding(e, idx, 'ONE_WAY_TRAFFIC', 'warning', variant, { ...fv, bytesIn: bin, bytesOut: bout }, [
            ...pick(f.lines, f.at, ['bytesOut', 'bytesIn']),
          ]),
        );
      }
    }
    // SA_ERRORS: send/receive errors, drops, integrity or replay failures.
    const errs: string[] = [];
    const errKeys: string[] = [];
    const add = (label: string, n: number | undefined, key: string): void => {
      if (n !== undefined && n > 0) {
        errs.push(`${label} ${n}`);
        errKeys.push(key);
      }
    };
    add('send errors', f.sendErrors, 'sendErrors');
    add('recv errors', f.recvErrors, 'recvErrors');
    add('inbound drops', f.dropIn, 'dropIn');
    add('outbound drops', f.dropOut, 'dropOut');
    for (const [k, n] of Object.entries(f.errors ?? {})) add(k, n, `error:${k}`);
    if (errs.length) {
      out.push(
        finding(
          e,
          idx,
          'SA_ERRORS',
          'warning',
          undefined,
          { ...fv, errors: errs.join(', ') },
          pick(f.lines, f.at, errKeys),
        ),
      );
    }
    // SA_NEAR_EXPIRY: the SA is about to run out (seconds or kilobytes) at the time of the snapshot.
    if (f.activeSas !== 0) {
      const near = nearExpiry(f.remainingSec, f.lifetimeSec, NEAR_EXPIRY_SEC)
        ? 'sec'
        : nearExpiry(f.remainingKb, f.lifetimeKb, NEAR_EXPIRY_KB)
          ? 'kb'
          : undefined;
      if (near) {
        out.push(
          finding(
            e,
            idx,
            'SA_NEAR_EXPIRY',
            'info',
            near,
            { ...fv, remaining: (near === 'sec' ? f.remainingSec : f.remainingKb) ?? 0 },
            pick(f.lines, f.at, ['remainingSec', 'remainingKb']),
          ),
        );
      }
    }
  }
  for (const s of e.ike) {
    if (s.remainingSec !== undefined && nearExpiry(s.remainingSec, s.lifetimeSec, NEAR_EXPIRY_SEC)) {
      out.push(
        finding(
          e,
          idx,
          'SA_NEAR_EXPIRY',
          'info',
          'ike',
          { remaining: s.remainingSec },
          pick(s.lines, s.at, ['remainingSec', 'lifetime']),
        ),
      );
    }
  }
  // WEAK_TRANSFORM: DES, 3DES, MD5, SHA-1, DH 1/2/5 in use (RFC 8221, RFC 8247).
  const weak: string[] = [];
  const weakEvidence: SourceLine[] = [];
  const check = (
    algs: InventoryAlgorithms | undefined,
    lines: SourceLine[],
    at: Record<string, number>,
  ): void => {
    if (!algs) return;
    for (const [k, kind] of ALG_KINDS) {
      const raw = algs[k];
      if (!raw) continue;
      for (const a of algorithmsOf(raw, kind)) {
        const why = weakness(a);
        if (!why) continue;
        const label = formatAlgorithm(a);
        if (!weak.includes(label)) weak.push(label);
        weakEvidence.push(...pick(lines, at, [`alg:${k}`]));
      }
    }
  };
  for (const s of e.ike) check(s.algorithms, s.lines, s.at);
  for (const f of e.flows) check(f.algorithms, f.lines, f.at);
  if (weak.length)
    out.push(
      finding(e, idx, 'WEAK_TRANSFORM', 'warning', undefined, { algorithms: weak.join(', ') }, weakEvidence),
    );
  return out;
}

const ALG_KINDS: readonly [keyof InventoryAlgorithms, AlgorithmKind | undefined][] = [
  ['encryption', 'encryption'],
  ['integrity', 'integrity'],
  ['prf', 'prf'],
  ['dhGroup', 'dh_group'],
  ['suite', undefined],
];

/**
 * Fold a vendor's algorithm text to canonical algorithms: Cisco transforms (`esp-aes-256
 * esp-sha-hmac`, `esp-256-aes`), ASA lists (`AES192 AES256`, `none SHA1 SHA1`), PAN-OS
 * (`PSK/DH14/A128/SHA1`, `ESP/A256/SHA256`), IKEv2 (`AES-CBC`, `SHA96`, `DH Grp:1`).
 */
export function algorithmsOf(raw: string, kind: AlgorithmKind | undefined): Algorithm[] {
  const out: Algorithm[] = [];
  for (let tok of raw.split(/[\s/,]+/)) {
    tok = tok.trim().toLowerCase();
    if (
      !tok ||
      tok === 'none' ||
      tok === 'n/a' ||
      tok === 'psk' ||
      tok === 'esp' ||
      tok === 'ah' ||
      tok === 'tunl' ||
      tok === 'trns'
    )
      continue;
    tok = tok.replace(/^esp-/, '').replace(/-hmac$/, '');
    let m = /^(\d{3})-aes$/.exec(tok);
    if (m) tok = `aes${m[1]}`;
    m = /^a(\d{3})$/.exec(tok);
    if (m) tok = `aes${m[1]}`;
    m = /^g(\d{3})$/.exec(tok);
    if (m) tok = `aes${m[1]}gcm`;
    if (/^\d{1,2}$/.test(tok) && kind !== 'dh_group') continue;
    if (tok === 'sha2') tok = 'sha256';
    if (tok === 'gcm' || tok === 'gmac') tok = `aes${tok}`;
    // parseAlgorithm reads `sha256` as `sha` + a 256-bit truncation suffix (sha1); spell it sha2_256.
    m = /^(?:hmac-?)?sha-?(256|384|512)$/.exec(tok);
    if (m) tok = `sha2_${m[1]}`;
    const a = parseAlgorithm(tok, kind);
    if (a) out.push(a);
    // Libreswan joins a suite with `-` (`aes_cbc_256-hmac_sha2_256-modp2048`): read its parts.
    else if (tok.includes('-') && tok.includes('_')) out.push(...algorithmsOf(tok.replace(/-/g, ' '), kind));
  }
  return out;
}

function nearExpiry(remaining: number | undefined, total: number | undefined, fallback: number): boolean {
  if (remaining === undefined || remaining <= 0) return false;
  if (total !== undefined && total > 0) return remaining < total * NEAR_EXPIRY_SHARE;
  return remaining < fallback;
}

function downState(
  e: InventoryEntry,
): { status: string; severity: InventoryFinding['severity'] } | undefined {
  if (e.vendor === 'strongswan' || e.vendor === 'libreswan') {
    // Some IKE SA of the row, none of them up (CONNECTING, a Main Mode still in flight ...).
    if (!e.ike.length || e.ike.some((s) => ikeUp(e, s))) return undefined;
    const last = e.ike[e.ike.length - 1]!;
    return { status: last.status ?? '?', severity: 'warning' };
  }
  const st = e.status?.toUpperCase();
  if (e.kind === 'crypto-session' && st && DOWN_STATUSES.has(st)) {
    return { status: e.status!, severity: st === 'DOWN' ? 'error' : 'warning' };
  }
  if (e.kind === 'ike-sa') {
    const sa = e.ike[0];
    const s = sa?.status;
    if (!s) return undefined;
    if (e.vendor === 'panos') {
      // PAN-OS IKEv2 `ST` column: Established when up; IKEv1 rows list only SAs that are up.
      if (sa.version === 2 && !/^Established$/i.test(s) && !/^\d+$/.test(s))
        return { status: s, severity: 'warning' };
      return undefined;
    }
    if (sa.version === 2)
      return /^(?:READY|UP-ACTIVE)$/i.test(s) ? undefined : { status: s, severity: 'warning' };
    if (e.fields['deleted'] === true) return undefined;
    return IKEV1_UP.test(s) ? undefined : { status: s, severity: 'warning' };
  }
  if (e.kind === 'tunnel' && e.status && !/^active$/i.test(e.status))
    return { status: e.status, severity: 'error' };
  if (e.kind === 'ipsec-sa' && e.vendor === 'panos') {
    // IKEv2 child SA `ST` column: Mature when usable; IKEv1 phase-2 rows print a state number.
    const f = e.flows[0];
    if (f?.status && !/^Mature$/i.test(f.status) && !/^\d+$/.test(f.status))
      return { status: f.status, severity: 'warning' };
  }
  return undefined;
}
