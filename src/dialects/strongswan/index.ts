// strongSwan's IKE daemon charon (and charon-systemd, charon-nm, charon-cmd): file logs, syslog,
// journald, swanctl output. One pattern per message of libcharon that matters for a diagnosis; each
// sits beside real lines (pfSense/Netgate documentation, public issue threads, the project's lab
// corpus) or lines written from the DBG format string in strongSwan's source (5.3 to 6.0 spellings).
//
// The parser adds what one line cannot know but the lines just before it on the same charon thread
// tell (a thread runs one job, e.g. the processing of one message):
//  - `received proposals:` directly followed by `configured proposals:` is proposal_select()'s
//    report; comparing the two names the transform that differs. The verdict line that follows
//    ("received proposals unacceptable", "no proposal found", ...) gets that parameter and a
//    `proposal.mismatch` event; a `selected proposal:` line cancels it (level 2 logs print both
//    lists on success too). Without lists the last `no acceptable X found` names the parameter;
//  - "no matching peer config found" takes the identities of the lookup line before it;
//  - `giving up after N retransmits` for a request that was an empty INFORMATIONAL (IKEv2 liveness
//    check, charon's DPD) means the peer died;
//  - the IKE version and name learned for an IKE SA's unique id are filled into its later events;
//  - without `<conn|N>` (charon's default), a line that names no SA is its thread's job's; with
//    several connections to one peer, the job's SA is the one whose request went to the port the
//    packet comes from, and a responder's SA that no line numbers yet gets a provisional key: a
//    peer's IKE_SA_INIT request begins one, and the IKE_AUTH request that follows continues the
//    peer's oldest SA that answered IKE_SA_INIT (see forPacket, settle, recheckGuess,
//    unnumberedAuth).
import { definePatternDialect } from '../../core/dialect.js';
import type { Dialect, DialectParser, ParseResult, PatternDialectSpec } from '../../core/dialect.js';
import type { EventDraft, IkeVersion, LogRecord } from '../../core/model.js';
import { acceptsCharon, charonPrefix } from './prefix.js';
import { compareProposals, parseProposalList, proposalScope } from './proposals.js';
import type { Proposal, ProposalMismatch } from './proposals.js';
import { messagePatterns } from './patterns/messages.js';
import { ikePatterns } from './patterns/ike.js';
import { negotiationPatterns } from './patterns/negotiation.js';
import { authPatterns } from './patterns/auth.js';
import { childPatterns } from './patterns/child.js';
import { daemonPatterns } from './patterns/daemon.js';
import { RecentMap, RecentSet } from '../../core/recent.js';
import { list } from '../../config/ipsec-conf/common.js';
import { isV4, isV6 } from '../../config/shared/net.js';

export const strongswanSpec: PatternDialectSpec = {
  id: 'strongswan',
  name: 'strongSwan charon',
  vendor: 'strongSwan',
  fixFamily: 'strongswan',
  accepts: acceptsCharon,
  // A thread tag (`13[IKE] `) or a `charon[pid]:` marker is charon's alone.
  chatter: acceptsCharon,
  prefix: charonPrefix,
  patterns: [
    ...messagePatterns,
    ...ikePatterns,
    ...negotiationPatterns,
    ...authPatterns,
    ...childPatterns,
    ...daemonPatterns,
  ],
  // charon lines of the IKE-related groups at levels 0 and 1 (its default) that no pattern reads.
  // Only `log_level = yes` tags a line with its level (`13[IKE1]`); without it charon's level-2
  // to level-4 chatter cannot be told from a level-1 message, and its lines are not counted.
  ipsecHint: /\d\[(?:IKE|CHD|ENC|CFG|NET|KNL)[01]\] /,
};

interface ThreadMemory {
  /** Lines seen on this thread. */
  seq: number;
  received?: { list: Proposal[]; at: number };
  mismatch?: { value: ProposalMismatch; at: number };
  candidate?: { param: EventDraft['param']; at: number };
  lastScope?: 'ike' | 'child';
  /** Identities from the last `looking for peer configs matching` line. */
  peerIds?: { local?: string; remote?: string; at: number };
  /**
   * The job this thread runs now: the IKE SA and peer its lines are about. `guessed`: the SA was
   * taken from the peer's address, not from a line that names it. A `job-N` SA stands for an SA
   * that no line has numbered yet (see unnumbered).
   */
  job?: {
    sa?: string;
    peer?: string;
    at: number;
    time?: number;
    guessed?: boolean;
    /** Several of the peer's SAs waited for a response on the port the job's packet came from. */
    ambiguous?: boolean;
    /**
     * The packet's line got `sa` before its message said whose it is (see forPacket): a key of
     * its own (`fresh`) or that of a half-open SA (`halfOpen`, with the time it answered). The
     * job's first message confirms it or goes back to `fallback`, the SA last seen with the peer.
     */
    provisional?: { fresh?: boolean; halfOpen?: HalfOpen; fallback?: string };
    /** The peer's port the job's packet came from, and whether the job detected a NAT. */
    port?: number;
    nat?: boolean;
  };
  /** vici's dump of the connection this thread is loading (`cfg 2`), until `added vici connection`. */
  vici?: ViciDump;
}

/**
 * A responder's IKE SA that answered the peer's IKE_SA_INIT request: when, from which of the
 * peer's ports that request came and whether a NAT was detected (then the IKE_AUTH request comes
 * from another port, RFC 7296 §2.23).
 */
interface HalfOpen {
  sa: string;
  time?: number;
  port?: number;
  nat?: boolean;
}

type Job = NonNullable<ThreadMemory['job']>;

/** What a vici connection dump says of the connection: its own settings (indent 2). */
interface ViciDump {
  conn: string;
  settings: Map<string, string>;
}

/** A connection charon loaded through vici, as its dump described it. */
interface LoadedConn {
  /** 0: IKEv1 and IKEv2; 1 or 2: that version only. */
  version?: number;
  localAddrs: string[];
  remoteAddrs: string[];
}

/**
 * Whether an address list of a vici connection (`local_addrs`, `remote_addrs`: addresses, subnets,
 * ranges, host names, `%any`; empty means any) may hold `address`. Only an exact list of other plain
 * addresses says no.
 */
function addrsMayHold(addrs: readonly string[], address: string | undefined): boolean {
  if (address === undefined || addrs.length === 0) return true;
  return addrs.some((a) => a === address || !(isV4(a) || (isV6(a) && !a.includes('/'))));
}

/** A vici address list as logged (`(null)` when unset). */
function addrList(v: string | undefined): string[] {
  return list(v).filter((x) => x !== '(null)');
}

/** Which SA a proposal failure inside a given exchange is about (RFC 7296 §1.2-1.3, RFC 2409 §5). */
const SCOPE_BY_EXCHANGE: Readonly<Record<string, 'ike' | 'child'>> = {
  IKE_SA_INIT: 'ike',
  MAIN_MODE: 'ike',
  AGGRESSIVE_MODE: 'ike',
  IKE_AUTH: 'child',
  QUICK_MODE: 'child',
};

/** Lines and milliseconds one job (the processing of one message) spans at most. */
const JOB_SPAN = 40;
const JOB_MS = 5000;

/** How many lines of one thread a proposal selection spans (selecting, candidates, lists, verdict). */
const SELECTION_SPAN = 12;
/** Open IKE SAs beyond which a line no job claims is not given their one connection (onlyConn). */
const ONLY_CONN_SCAN = 64;
/**
 * How long a responder's IKE SA waits for the IKE_AUTH request after answering IKE_SA_INIT:
 * charon's `half_open_timeout` (30 s by default), and at most how many of one peer's wait.
 */
const HALF_OPEN_MS = 30_000;
const HALF_OPEN_CAP = 16;

interface SaMemory {
  version?: IkeVersion;
  conn?: string;
  /** The peer's address. */
  peer?: string;
  /** The peer's port of the SA's last packet (RFC 7296 §2.23: 4500 once NAT-T moved it there). */
  port?: number;
  /**
   * Our request that still waits for its response (RFC 7296 §2.2: a response carries the request's
   * message ID and goes back to the port the request came from): charon's exchange name, message
   * ID and the peer's port it was sent to.
   */
  pending?: { exchange: string; mid: number; port?: number };
  established?: boolean;
  /** Child SA work seen: phase 1 is over even when the log starts later. */
  childPhase?: boolean;
  livenessMids: Set<number>;
  lastRetransmitMid?: number;
  /** A packet from the peer arrived for this SA: the path works in at least one direction. */
  heardFromPeer?: boolean;
  /** Size of the last packet sent and whether the last request went out as IKE fragments. */
  lastPacketBytes?: number;
  lastPacketV6?: boolean;
  lastRequestFragmented?: boolean;
}

/**
 * Largest IKE message that fits one 1500-byte packet without IP fragmentation: minus IPv4/IPv6 and
 * UDP headers (and the 4-byte non-ESP marker on port 4500, which charon counts in its byte total).
 */
const UNFRAGMENTED_V4 = 1472;
const UNFRAGMENTED_V6 = 1452;

/** Per-input memory; one instance per parser. */
class CharonSession {
  private readonly threads = new Map<string, ThreadMemory>();
  private readonly sas = new RecentMap<string, SaMemory>();
  /** Peer address → the IKE SA last seen with it. */
  private readonly byAddress = new RecentMap<string, string>();
  /** IKE SAs seen and not yet deleted. */
  private readonly open = new RecentSet<string>();
  /** Connections loaded through vici whose dump was logged, by name. */
  private readonly loaded = new RecentMap<string, LoadedConn>(256);
  /** Keys given to IKE SAs that no line has numbered yet (see unnumbered). */
  private unnumberedSeq = 0;
  /**
   * Peer address → the IKE SAs (unnumbered keys, oldest first) that answered the peer's
   * IKE_SA_INIT request and wait for its IKE_AUTH request, with the time they answered.
   */
  private readonly halfOpen = new RecentMap<string, HalfOpen[]>(1024);
  /** Peer address → the SA that took the peer's last first fragment of IKE_AUTH request 1. */
  private readonly authFragments = new RecentMap<string, string>(1024);

  /** Lines of one charon thread belong to one job, e.g. the processing of one message. */
  private thread(e: EventDraft | undefined): ThreadMemory {
    const t = e?.details?.thread;
    const key = t !== undefined ? `t${String(t)}` : '*';
    let m = this.threads.get(key);
    if (!m) {
      m = { seq: 0 };
      this.threads.set(key, m);
    }
    return m;
  }

  private sa(key: string | undefined): SaMemory {
    const k = key ?? '*';
    let m = this.sas.get(k);
    if (!m) {
      m = { livenessMids: new Set() };
      this.sas.set(k, m);
    }
    return m;
  }

  enrich(results: ParseResult[], time: number | undefined): void {
    for (const r of results) {
      const t = this.thread(r.events[0]);
      t.seq++;
      const extra: EventDraft[] = [];
      for (const e of r.events) {
        this.infer(e, t, time);
        this.enrichEvent(e, t, extra);
      }
      r.events.push(...extra);
    }
  }

  /**
   * Logs without `<conn|id>` name the IKE SA only on some lines. A charon worker thread logs one job
   * at a time and a job that handles a message starts with `received packet`, so a line that names
   * no SA belongs to the SA (or at least the peer) its thread's job is about. Inferred values are
   * marked in details.
   */
  private infer(e: EventDraft, t: ThreadMemory, time: number | undefined): void {
    const addr = e.remote?.address;
    if (e.sa !== undefined && addr !== undefined && e.kind !== 'info') {
      this.byAddress.set(addr, e.sa);
      if (!e.details?.inferredSa) this.sa(e.sa).peer = addr;
    }
    if (e.kind === 'info' && e.details?.packet === true && e.direction === 'in') {
      // A line without the byte count is the socket's (debug levels), before the job that
      // processes the packet logs it again: no job's message follows it on this thread.
      const job = typeof e.details.bytes === 'number';
      const pick =
        e.sa === undefined && addr !== undefined
          ? this.forPacket(addr, e.remote?.port, time, job)
          : undefined;
      const known = e.sa ?? pick?.sa;
      // A new job: what the thread remembered of the last one's proposals and identities is
      // another message's (a quick mode NO_PROPOSAL_CHOSEN must not take the scope of the main
      // mode proposals this thread happened to handle a few lines earlier).
      t.received = t.mismatch = t.candidate = t.lastScope = t.peerIds = undefined;
      t.job = { at: t.seq };
      if (known !== undefined) t.job.sa = known;
      if (known !== undefined && e.sa === undefined && !pick?.provisional) t.job.guessed = true;
      if (pick?.ambiguous) t.job.ambiguous = true;
      if (pick?.provisional) t.job.provisional = pick.provisional;
      // The packet itself is the SA's (it marks that the peer answered: see heardFromPeer).
      if (known !== undefined && e.sa === undefined) {
        e.sa = known;
        e.details = { ...(e.details ?? {}), inferredSa: true };
        // A key of the job's own is not an attempt of its own (see below).
        if (known.startsWith('job-')) e.childState = true;
      }
      if (addr !== undefined) t.job.peer = addr;
      if (e.remote?.port !== undefined) t.job.port = e.remote.port;
      if (time !== undefined) t.job.time = time;
      return;
    }
    const job = t.job;
    const fresh =
      job !== undefined &&
      t.seq - job.at <= JOB_SPAN &&
      (time === undefined || job.time === undefined || Math.abs(time - job.time) <= JOB_MS);
    // The job's first message (or, when charon could not parse it, its first other line) says
    // whose the packet was.
    if (fresh && e.sa === undefined && (e.kind === 'msg.received' || job.provisional)) this.settle(e, job);
    // A peer's first message starts a new IKE SA on this (responding) side.
    else if (e.kind === 'msg.received' && e.role === 'responder' && job) delete job.sa;
    if (e.sa !== undefined) {
      // "IKE_SA x[2] rekeyed" names the new SA; without `<conn|N>` the one it replaces is the SA
      // of the job (the CREATE_CHILD_SA exchange this thread is handling).
      // Failing that (our own rekey: "initiating IKE_SA x[2]" already made SA 2 the job's), the
      // one established SA of that connection still open.
      if (e.kind === 'ike.rekey' && e.parentSa === undefined) {
        const old =
          fresh && job.sa !== undefined && job.sa !== e.sa ? job.sa : this.onlyEstablished(e.sa, e.conn);
        if (old !== undefined) {
          e.parentSa = old;
          e.details = { ...(e.details ?? {}), inferredParentSa: true };
        }
      }
      // The job stood for an SA no line had numbered: this line numbers it.
      if (fresh && job.sa?.startsWith('job-') && job.sa !== e.sa && e.parentSa === undefined) {
        e.parentSa = job.sa;
        e.details = { ...(e.details ?? {}), inferredParentSa: true };
        job.sa = e.sa;
      }
      const peer = fresh && (job.sa === undefined || job.sa === e.sa) ? job.peer : undefined;
      // A line may name the peer's identity but not its address ("tried 1 shared key for ...").
      if (peer !== undefined && e.remote?.address === undefined) {
        e.remote = { ...e.remote, address: peer };
        e.details = { ...(e.details ?? {}), inferredPeer: true };
        this.byAddress.set(peer, e.sa);
      }
      t.job = { sa: e.sa, at: t.seq };
      if (peer !== undefined) t.job.peer = peer;
      if (time !== undefined) t.job.time = time;
      return;
    }
    if (!fresh) {
      // Single-tunnel logs without `<conn|id>`: retransmit and timeout jobs run on other threads.
      // One open SA; or a log of one IKE SA that no line numbers (a responder that failed before
      // it was established, at the stock level): that SA, which only jobs' lines have named.
      const [only] =
        this.open.size === 1 ? this.open : this.open.size === 0 && this.sas.size === 1 ? this.sas.keys() : [];
      if (only !== undefined && e.conn === undefined) {
        e.sa = only;
        e.details = { ...(e.details ?? {}), inferredSa: true };
      } else if (e.conn === undefined) {
        // Several SAs open (an IKE SA and the one rekeying it), all of one connection: the line
        // is that connection's, whichever of them it is about.
        const conn = this.onlyConn();
        if (conn !== undefined) {
          e.conn = conn;
          e.details = { ...(e.details ?? {}), inferredConn: true };
        }
      }
      return;
    }
    if (job.sa !== undefined) {
      e.sa = job.sa;
      e.details = { ...(e.details ?? {}), inferredSa: true };
      if (job.sa.startsWith('job-')) {
        // A key of the job's own: not an attempt of its own (the SA, once numbered, is one).
        e.childState = true;
        // An SA known by the job alone: its lines keep the peer, as those of no SA do.
        if (job.peer !== undefined && e.remote?.address === undefined) {
          e.remote = { ...e.remote, address: job.peer };
          e.details.inferredPeer = true;
        }
      }
    } else if (job.peer !== undefined && e.remote?.address === undefined && e.conn === undefined) {
      e.remote = { ...e.remote, address: job.peer };
      e.details = { ...(e.details ?? {}), inferredPeer: true };
    }
  }

  /**
   * The IKE SA a packet from `addr` (source port `port`) is for, when its line does not say: the one
   * of the peer's open SAs that waits for a response to a request sent to that port (a gateway with
   * several connections to one peer: the last SA seen is not the only one talking). A packet that no
   * SA of ours waits for is a request of the peer: the IKE_AUTH request of its oldest half-open SA,
   * or, from a port its last SA no longer uses (or from a peer without one), a new SA's IKE_SA_INIT.
   * Those and a response several SAs wait for get a provisional SA (`job`: a packet a job
   * processes) that the job's first message settles (see settle). Else the SA last seen with the
   * peer.
   */
  private forPacket(
    addr: string,
    port: number | undefined,
    time: number | undefined,
    job: boolean,
  ): { sa?: string; ambiguous?: boolean; provisional?: Job['provisional'] } {
    const last = this.byAddress.get(addr);
    if (port === undefined || this.open.size > ONLY_CONN_SCAN) return { sa: last };
    let found: string | undefined;
    for (const id of this.open) {
      const p = this.sas.peek(id);
      if (p?.peer !== addr || p.pending?.port !== port) continue;
      // Several wait: the line that numbers the SA decides (see settle), under a key of its own.
      if (found !== undefined)
        return job
          ? { sa: this.unnumbered(), ambiguous: true, provisional: { fresh: true, fallback: last } }
          : { sa: last, ambiguous: true };
      found = id;
    }
    if (found !== undefined || !job) return { sa: found ?? last };
    // No request of ours waits for it: a request of the peer. After the peer's IKE_SA_INIT the next
    // is the IKE_AUTH request of the oldest SA that answered one (RFC 7296 §1.2).
    const half = this.takeHalfOpen(addr, time, port);
    if (half !== undefined) return { sa: half.sa, provisional: { halfOpen: half, fallback: last } };
    // From a port that the peer's last SA no longer uses (NAT-T moved it to 4500, RFC 7296 §2.23),
    // or from a peer without one: most likely an IKE_SA_INIT request, a new SA.
    const lastPort = last !== undefined ? this.sas.peek(last)?.port : undefined;
    if (last === undefined || (lastPort !== undefined && lastPort !== port))
      return { sa: this.unnumbered(), provisional: { fresh: true, fallback: last } };
    return { sa: last };
  }

  /**
   * The job's first message says whose the packet was when forPacket gave it a provisional SA: a
   * new SA's (IKE_SA_INIT request 0; the first IKE_AUTH request of an SA no line numbers; a
   * response several SAs wait for), the half-open SA's (its IKE_AUTH request), or else the SA
   * last seen with the peer, which takes the packet's key in (`parentSa`). Then the message's own
   * evidence: a peer's IKE_SA_INIT request always begins a new IKE SA on this side; the later
   * fragments of an IKE_AUTH request are the SA's that took the first.
   */
  private settle(e: EventDraft, job: Job): void {
    const d = e.details;
    const request = d?.request === true;
    const exchange = d?.charonExchange;
    const opening = request && exchange === 'IKE_SA_INIT' && e.messageId === 0;
    const fragment = typeof d?.fragment === 'number' ? d.fragment : undefined;
    const auth = request && exchange === 'IKE_AUTH' && e.messageId === 1;
    const firstAuth = auth && (fragment === undefined || fragment === 1);
    const p = job.provisional;
    /** job.sa is already the message's SA. */
    let kept = false;
    if (p) {
      delete job.provisional;
      let confirmed: boolean;
      if (p.halfOpen !== undefined) confirmed = firstAuth;
      else if (job.ambiguous)
        confirmed =
          !request &&
          typeof exchange === 'string' &&
          e.messageId !== undefined &&
          this.severalWaiting(job.peer, exchange, e.messageId);
      else confirmed = opening || firstAuth;
      if (confirmed) kept = true;
      else {
        if (p.halfOpen !== undefined && job.peer !== undefined) this.waitForAuth(job.peer, p.halfOpen, true);
        if (p.fallback !== undefined) {
          // The packet's key joins the SA it turned out to be (unless a new one begins).
          if (p.fresh && job.sa !== undefined && e.role !== 'responder' && e.kind === 'msg.received') {
            e.parentSa = job.sa;
            e.details = { ...(e.details ?? {}), inferredParentSa: true };
          }
          job.sa = p.fallback;
          job.guessed = true;
        } else if (p.fresh && job.sa !== undefined && job.peer !== undefined) {
          // The peer has no SA known but this one (an IKEv1 Main Mode, say): its later packets
          // are this SA's, as they would be the SA last seen with the peer.
          this.byAddress.set(job.peer, job.sa);
          kept = true;
        } else delete job.sa;
      }
    }
    if (e.role === 'responder' && !kept) {
      // A peer's first message starts a new IKE SA on this (responding) side: IKEv2's gets a key
      // of its own, so that its IKE_SA_INIT lines follow it (see waitForAuth).
      // Only for a job that knows its peer (its `received packet` line): in a syslog of several
      // gateways, thread numbers of other hosts' charons interleave, and an SA with neither
      // number nor peer would be a tunnel of nobody.
      if (opening && job.peer !== undefined) {
        job.sa = this.unnumbered();
        job.guessed = false;
      } else delete job.sa;
    }
    if (auth && fragment !== undefined && fragment > 1 && job.peer !== undefined) {
      const first = this.authFragments.get(job.peer);
      if (first !== undefined) {
        job.sa = first;
        job.guessed = false;
      }
    }
    if (job.guessed) this.recheckGuess(e, job);
    if (job.sa === undefined) this.unnumberedAuth(e, job);
    if (auth && fragment === 1 && job.peer !== undefined && job.sa !== undefined)
      this.authFragments.set(job.peer, job.sa);
  }

  /**
   * The oldest IKE SA of peer `addr` that answered IKE_SA_INIT within half_open_timeout, taken; not
   * for a packet from the port its IKE_SA_INIT request came from when a NAT moved the SA off it.
   */
  private takeHalfOpen(
    addr: string | undefined,
    time: number | undefined,
    port?: number,
  ): HalfOpen | undefined {
    const list = addr !== undefined ? this.halfOpen.peek(addr) : undefined;
    if (!list) return undefined;
    while (list[0]?.time !== undefined && time !== undefined && time - list[0].time > HALF_OPEN_MS)
      list.shift();
    const h = list[0];
    if (h?.nat && port !== undefined && h.port === port) return undefined;
    list.shift();
    if (list.length === 0) this.halfOpen.delete(addr!);
    return h;
  }

  /** SA `h` answered peer `addr`'s IKE_SA_INIT request: it waits for the IKE_AUTH request. */
  private waitForAuth(addr: string, h: HalfOpen, first = false): void {
    const list = this.halfOpen.get(addr) ?? [];
    if (first) list.unshift(h);
    else list.push(h);
    if (list.length > HALF_OPEN_CAP) list.shift();
    this.halfOpen.set(addr, list);
  }

  /**
   * A message whose SA the job took from the peer's address can say that it is not that SA's:
   *  - a response while several of the peer's open SAs wait for one of that exchange and message
   *    ID on the port it came from (a gateway bringing up several connections at once): any of
   *    them, so the line that numbers the SA decides (RFC 7296 §2.2);
   *  - an IKE_AUTH request is the second exchange of an SA that is not established yet (RFC 7296
   *    §1.2; charon answers a retransmitted one without parsing it again): an established SA's it
   *    is not, and the job is about an SA no line has numbered yet.
   */
  private recheckGuess(e: EventDraft, job: NonNullable<ThreadMemory['job']>): void {
    const exchange = e.details?.charonExchange;
    if (typeof exchange !== 'string' || e.messageId === undefined || job.sa === undefined) return;
    if (e.details?.request === false) {
      if (job.ambiguous && this.severalWaiting(job.peer, exchange, e.messageId)) {
        job.sa = this.unnumbered();
        job.guessed = false;
      }
    } else if (exchange === 'IKE_AUTH' && this.sas.peek(job.sa)?.established) {
      delete job.sa;
      delete job.guessed;
    }
  }

  /** Whether several open SAs of peer `addr` wait for the response to request `exchange` `mid`. */
  private severalWaiting(addr: string | undefined, exchange: string, mid: number): boolean {
    if (addr === undefined || this.open.size > ONLY_CONN_SCAN) return false;
    let found = 0;
    for (const id of this.open) {
      const m = this.sas.peek(id);
      const p = m?.pending;
      if (m?.peer === addr && p?.exchange === exchange && p.mid === mid && ++found > 1) return true;
    }
    return false;
  }

  /**
   * A key for an IKE SA that no line has numbered yet. Its lines go to a tunnel of their own until a
   * line names its connection (which takes them in) or its number (which links it as `parentSa`,
   * the provisional key the SA had).
   */
  private unnumbered(): string {
    return `job-${++this.unnumberedSeq}`;
  }

  /**
   * The first IKE_AUTH request (message ID 1, RFC 7296 §2.2) of an SA that no line has numbered: at
   * charon's default level a responder numbers its IKE SA only once it is established, so the lines
   * that choose its peer config (and the failure, when authentication fails) name no SA. The job
   * stands for that SA under a name of its own, so that all its lines go to the connection the job
   * selects.
   */
  private unnumberedAuth(e: EventDraft, job: NonNullable<ThreadMemory['job']>): void {
    const d = e.details;
    if (d?.request !== true || d.charonExchange !== 'IKE_AUTH' || e.messageId !== 1 || job.peer === undefined)
      return;
    job.sa = this.takeHalfOpen(job.peer, job.time)?.sa ?? this.unnumbered();
    job.guessed = false;
  }

  /**
   * The connection all open IKE SAs belong to, when they are all of one. Asked for lines that no
   * job claims: a scan of a few SAs (an SA and its rekey), not of a gateway's thousands.
   */
  private onlyConn(): string | undefined {
    if (this.open.size > ONLY_CONN_SCAN) return undefined;
    let conn: string | undefined;
    for (const id of this.open) {
      const c = this.sas.peek(id)?.conn;
      if (c === undefined || (conn !== undefined && c !== conn)) return undefined;
      conn = c;
    }
    return conn;
  }

  /** The one open, established IKE SA of connection `conn` other than `sa` (if exactly one). */
  private onlyEstablished(sa: string, conn: string | undefined): string | undefined {
    let found: string | undefined;
    for (const id of this.open) {
      const m = this.sas.peek(id);
      if (id === sa || !m?.established || (conn !== undefined && m.conn !== conn)) continue;
      if (found !== undefined) return undefined;
      found = id;
    }
    return found;
  }

  /**
   * One line of vici's connection dump, on the thread that loads the connection: the connection's
   * own settings are those at its indent (children's and rounds' are one deeper).
   */
  private viciDump(d: Record<string, string | number | boolean>, t: ThreadMemory): void {
    if (typeof d.viciConn === 'string') t.vici = { conn: d.viciConn, settings: new Map() };
    else if (t.vici && typeof d.viciKey === 'string' && d.viciDepth === 2 && t.vici.settings.size < 64)
      t.vici.settings.set(d.viciKey, String(d.viciValue ?? ''));
  }

  /** `added vici connection: NAME` after its dump: what the dump said goes with the event. */
  private viciLoaded(e: EventDraft, t: ThreadMemory): void {
    const v = t.vici;
    t.vici = undefined;
    if (!v || e.conn !== v.conn) return;
    const s = v.settings;
    const version = s.get('version');
    const conn: LoadedConn = {
      localAddrs: addrList(s.get('local_addrs')),
      remoteAddrs: addrList(s.get('remote_addrs')),
    };
    const details: Record<string, string | number | boolean> = {};
    if (version !== undefined && /^[012]$/.test(version))
      details.configuredVersion = conn.version = Number(version);
    if (conn.localAddrs.length) details.localAddrs = conn.localAddrs.join(',');
    if (conn.remoteAddrs.length) details.remoteAddrs = conn.remoteAddrs.join(',');
    const proposals = s.get('proposals');
    if (proposals !== undefined) details.configuredProposals = proposals;
    const aggressive = s.get('aggressive');
    if (aggressive !== undefined) details.aggressive = aggressive === '1';
    e.details = { ...(e.details ?? {}), ...details };
    this.loaded.set(v.conn, conn);
  }

  /**
   * charon found no IKE config for a peer's request of one IKE version, and every loaded connection
   * for those addresses is of the other version (`version = 2` against an IKEv1 request, RFC 7296
   * §1.5 / RFC 2409): a version mismatch, not a missing connection.
   */
  private versionMismatch(e: EventDraft, extra: EventDraft[]): void {
    const got = e.ikeVersion;
    if (got === undefined || this.loaded.size === 0) return;
    const local = e.local?.address;
    const remote = e.remote?.address;
    const names: string[] = [];
    let other = 0;
    for (const [name, c] of this.loaded) {
      if (!addrsMayHold(c.localAddrs, local) || !addrsMayHold(c.remoteAddrs, remote)) continue;
      // A connection of either version, or of this one, would have been found: not a version matter.
      if (c.version === undefined || c.version === 0 || c.version === got) return;
      other = c.version;
      names.push(name);
    }
    if (names.length === 0) return;
    extra.push({
      ...copyRef(e),
      kind: 'version.mismatch',
      ikeVersion: got,
      ...(e.local ? { local: e.local } : {}),
      ...(e.remote ? { remote: e.remote } : {}),
      details: {
        ...(e.details ?? {}),
        expected: `IKEv${other}`,
        got: `IKEv${got}`,
        via: `loaded connection ${names.slice(0, 3).join(', ')}: version = ${other}`,
      },
    });
  }

  private enrichEvent(e: EventDraft, t: ThreadMemory, extra: EventDraft[]): void {
    const sa = e.sa !== undefined ? this.sa(e.sa) : undefined;
    if (sa) {
      if (e.ikeVersion !== undefined) sa.version ??= e.ikeVersion;
      else if (sa.version !== undefined) e.ikeVersion = sa.version;
      if (e.conn !== undefined) sa.conn = e.conn;
      else if (sa.conn !== undefined) e.conn = sa.conn;
    }
    if (e.sa !== undefined) {
      const gone =
        e.kind === 'ike.deleted' ||
        (e.kind === 'ike.state' && (e.state === 'DELETED' || e.state === 'DESTROYING'));
      if (gone) this.open.delete(e.sa);
      else if (!e.details?.inferredSa) this.open.add(e.sa);
    }
    // IKEv1 has its own INITIAL-CONTACT (RFC 2407 §4.6.3.3); a long-name line does not say which.
    if (e.ikeVersion === 1 && e.notify === 'INITIAL_CONTACT') e.notify = 'INITIAL_CONTACT_V1';
    switch (e.kind) {
      case 'proposal.received': {
        const list = parseProposalList((e.proposals ?? []).join(', '));
        t.received = { list, at: t.seq };
        t.lastScope = proposalScope(list);
        t.mismatch = undefined;
        break;
      }
      case 'proposal.configured': {
        // proposal_select() logs the two lists back to back. At level 1 it does so only when nothing
        // matched; at level 2 also before `selected proposal:`. The comparison is therefore kept until
        // the line that says the selection failed.
        if (t.received && t.received.at === t.seq - 1) {
          const configured = parseProposalList((e.proposals ?? []).join(', '));
          const m = compareProposals(t.received.list, configured);
          t.mismatch = m ? { value: m, at: t.seq } : undefined;
        }
        break;
      }
      case 'proposal.selected':
        t.mismatch = undefined;
        t.candidate = undefined;
        break;
      case 'proposal.none': {
        if (e.details?.candidate === true) {
          t.candidate = { param: e.param, at: t.seq };
          break;
        }
        const recent = (at: number | undefined) => at !== undefined && t.seq - at <= SELECTION_SPAN;
        if (e.scope === undefined && t.lastScope !== undefined && recent(t.received?.at))
          e.scope = t.lastScope;
        if (e.param === undefined) {
          const m = recent(t.mismatch?.at) ? t.mismatch?.value : undefined;
          if (m && (e.scope === undefined || m.scope === undefined || m.scope === e.scope)) {
            e.param = m.param;
            e.localValue = m.localValue;
            e.remoteValue = m.remoteValue;
            extra.push({
              ...copyRef(e),
              kind: 'proposal.mismatch',
              ...(m.scope ? { scope: m.scope } : {}),
              param: m.param,
              localValue: m.localValue,
              remoteValue: m.remoteValue,
              details: {
                ...(e.details ?? {}),
                differing: m.differing.join(','),
                derived: 'received vs configured proposals',
              },
            });
            t.mismatch = undefined;
          } else if (t.candidate?.param !== undefined && recent(t.candidate.at)) {
            e.param = t.candidate.param;
          }
        }
        // A child SA that fails only on the key exchange method: one side wants PFS (or another group).
        if (e.scope === 'child' && e.param === 'dh_group') {
          extra.push({
            ...copyRef(e),
            kind: 'pfs.mismatch',
            param: 'dh_group',
            ...(e.localValue !== undefined ? { localValue: e.localValue } : {}),
            ...(e.remoteValue !== undefined ? { remoteValue: e.remoteValue } : {}),
            details: { ...(e.details ?? {}), derived: 'child proposal differs in the key exchange method' },
          });
        }
        break;
      }
      case 'ike.established':
        if (sa) sa.established = true;
        break;
      case 'nat.detected':
        if (t.job && e.details?.where !== 'none') t.job.nat = true;
        break;
      case 'ike.initiate':
      case 'ike.respond':
        // A new IKE SA under a known id would be odd, but keep its phase honest.
        if (sa) sa.childPhase = false;
        break;
      case 'ike.peer-id':
        t.peerIds = { local: e.local?.id, remote: e.remote?.id, at: t.seq };
        break;
      case 'id.mismatch':
        // "no matching peer config found" names no identity; the lookup line just before it does.
        if (e.remoteValue === undefined && t.peerIds && t.seq - t.peerIds.at <= SELECTION_SPAN) {
          if (t.peerIds.remote !== undefined) {
            e.remoteValue = t.peerIds.remote;
            e.remote = { ...(e.remote ?? {}), id: t.peerIds.remote };
          }
          if (t.peerIds.local !== undefined) e.local = { ...(e.local ?? {}), id: t.peerIds.local };
        }
        break;
      case 'config.loaded':
        this.viciLoaded(e, t);
        break;
      case 'peer.not-configured':
        this.versionMismatch(e, extra);
        break;
      case 'info':
        if (e.details?.viciDepth !== undefined) {
          this.viciDump(e.details, t);
          break;
        }
        if (e.details?.packet === true) {
          const key = this.sa(e.sa);
          if (e.sa !== undefined && e.remote?.port !== undefined) key.port = e.remote.port;
          if (e.direction === 'in') key.heardFromPeer = true;
          else if (key.pending && key.pending.port === undefined && e.remote?.port !== undefined)
            key.pending.port = e.remote.port;
          if (e.direction === 'out' && typeof e.details.bytes === 'number') {
            key.lastPacketBytes = e.details.bytes;
            key.lastPacketV6 = (e.remote?.address ?? '').includes(':');
          }
        }
        break;
      case 'frag.enabled':
        if (e.direction === 'out') this.sa(e.sa).lastRequestFragmented = true;
        break;
      case 'msg.sent': {
        const key = this.sa(e.sa);
        if (e.details?.request === true) key.lastRequestFragmented = e.details.fragment !== undefined;
        const exchange = e.details?.charonExchange;
        if (e.details?.request === true && typeof exchange === 'string' && e.messageId !== undefined)
          key.pending = { exchange, mid: e.messageId };
        // Our answer to a peer's IKE_SA_INIT request that goes on (it carries the SA payload, not
        // just an error notify): the SA waits for the IKE_AUTH request.
        const job = t.job;
        if (
          e.details?.request === false &&
          exchange === 'IKE_SA_INIT' &&
          e.messageId === 0 &&
          e.sa?.startsWith('job-') &&
          e.payloads?.includes('SA') &&
          job?.sa === e.sa &&
          job.peer !== undefined
        )
          this.waitForAuth(job.peer, {
            sa: e.sa,
            ...(job.time !== undefined ? { time: job.time } : {}),
            ...(job.port !== undefined ? { port: job.port } : {}),
            ...(job.nat ? { nat: true } : {}),
          });
        if (e.details?.liveness === true && e.messageId !== undefined) {
          key.livenessMids.add(e.messageId);
          if (key.livenessMids.size > 64)
            key.livenessMids.delete(key.livenessMids.values().next().value as number);
        }
        break;
      }
      case 'msg.received':
        // The response our request waited for.
        if (sa && e.details?.request === false) sa.pending = undefined;
        break;
      case 'msg.retransmit':
        if (e.direction === 'out' && e.messageId !== undefined) this.sa(e.sa).lastRetransmitMid = e.messageId;
        break;
      case 'ike.timeout': {
        if (e.count === undefined || e.reason !== 'retransmits exhausted') break;
        const key = this.sa(e.sa);
        const mid = key.lastRetransmitMid;
        e.details = {
          ...(e.details ?? {}),
          ...(mid !== undefined ? { messageId: mid } : {}),
          ...(key.established ? { established: true } : {}),
        };
        // The peer answered before, the unanswered request was one datagram larger than a 1500-byte
        // path carries unfragmented, and charon did not use IKE fragmentation: the IP fragments got lost.
        const limit = key.lastPacketV6 ? UNFRAGMENTED_V6 : UNFRAGMENTED_V4;
        if (key.heardFromPeer && !key.lastRequestFragmented && (key.lastPacketBytes ?? 0) > limit) {
          extra.push({
            ...copyRef(e),
            kind: 'frag.dropped',
            reason: 'a large request sent without IKE fragmentation was never answered',
            details: { ...(e.details ?? {}), bytes: key.lastPacketBytes ?? 0, inferred: true },
          });
        }
        if (mid !== undefined && key.livenessMids.has(mid)) {
          extra.push({
            ...copyRef(e),
            kind: 'dpd.dead',
            count: e.count,
            messageId: mid,
            reason: 'no answer to the liveness check',
            details: { ...(e.details ?? {}) },
          });
        }
        break;
      }
      default:
        break;
    }
    // IKE or child SA? Proposal failures and NO_PROPOSAL_CHOSEN after the IKE SA is up concern a child
    // SA (IKE_AUTH's child, CREATE_CHILD_SA, quick mode); before, the IKE SA itself.
    if (
      sa &&
      (e.kind.startsWith('child.') || e.exchange === 'QUICK_MODE' || e.exchange === 'CREATE_CHILD_SA')
    )
      sa.childPhase = true;
    const proposalFailure =
      e.kind === 'proposal.none' ||
      e.kind === 'proposal.mismatch' ||
      ((e.kind === 'notify.received' || e.kind === 'notify.sent') && e.notify === 'NO_PROPOSAL_CHOSEN');
    if (proposalFailure && e.scope === undefined) {
      const byExchange = SCOPE_BY_EXCHANGE[e.exchange ?? ''];
      if (byExchange) e.scope = byExchange;
      else if (sa) e.scope = sa.established || sa.childPhase ? 'child' : 'ike';
    }
  }
}

/** The identifying fields an extra event shares with the event it was derived from. */
function copyRef(e: EventDraft): Partial<EventDraft> {
  const out: Partial<EventDraft> = {};
  if (e.conn !== undefined) out.conn = e.conn;
  if (e.sa !== undefined) out.sa = e.sa;
  // The peer too: a line of no SA reaches its tunnel by the peer's address alone.
  if (e.remote !== undefined) out.remote = e.remote;
  if (e.ikeVersion !== undefined) out.ikeVersion = e.ikeVersion;
  return out;
}

const patternDialect = definePatternDialect(strongswanSpec);

/**
 * What `ipsec up CONN` (stroke) prints: charon's messages bare, without time, thread or program
 * (`initiating IKE_SA home[1] to 192.0.2.2`, `parsed IKE_SA_INIT response 0 [ N(NO_PROP) ]`), the
 * output users paste most often. A bare line that opens a negotiation like these marks the input;
 * from then on its bare lines are read as charon's.
 */
const BARE_OPENING =
  /^(?:initiating (?:(?:Main|Aggressive) Mode )?IKE_SA [^\s[\]]{1,128}\[\d{1,10}\] to |(?:generating|parsed) [A-Z_0-9]{2,30} (?:request|response) \d{1,10} \[ |(?:sending|received) packet: from )/;

export const strongswan: Dialect & { spec: PatternDialectSpec } = {
  ...patternDialect,
  accepts: (r) => acceptsCharon(r) || (r.program === undefined && BARE_OPENING.test(r.message)),
  createParser(): DialectParser {
    const inner = patternDialect.createParser();
    // One session per parser: the analyzer gives each syslog host parsers of its own.
    const session = new CharonSession();
    let bare = false;
    return {
      parse(record: LogRecord): ParseResult[] {
        let results = inner.parse(record);
        if (
          !results.length &&
          record.program === undefined &&
          (bare || BARE_OPENING.test(record.message)) &&
          !acceptsCharon(record)
        ) {
          // Read as charon's own line (the journald form: the message is all there is).
          results = inner.parse({ ...record, program: 'charon' });
          if (results.length) bare = true;
        }
        if (results.length) session.enrich(results, record.time);
        return results;
      },
    };
  },
};
