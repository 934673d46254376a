// Cisco IOS / IOS-XE crypto logging: `%CRYPTO-` syslog, `debug crypto isakmp`, `debug crypto ipsec`
// and `debug crypto ikev2` (the IOS form, `IKEv2:(SESSION ID = n,SA ID = m):`). The ASA's
// `IKEv2-PROTO-` / `IKEv2-PLAT-` debug belongs to the cisco-ikev2 dialect; the `show crypto ...`
// blocks to the show dialect.
//
// The patterns are stateless; the parser adds what one debug line cannot say (see IosState):
//  - which peer a `(0)` line belongs to (IOS numbers an IKE SA only from main-mode message 4 on);
//  - which of our ISAKMP policies refused which attribute of the peer's transform, reported as a
//    proposal mismatch only when no policy matched (IOS also tries its default policies);
//  - the lines printed under an IKEv2 packet or an IPsec proposal, attached to it.
import type { Dialect, DialectParser, ParseResult, PatternDialectSpec } from '../../core/dialect.js';
import { definePatternDialect, matchPattern } from '../../core/dialect.js';
import type { Endpoint, EventDraft, LogRecord, ProposalParam } from '../../core/model.js';
import type { ExchangeName } from '../../core/ike-tables.js';
import { ciscoNotify } from './cisco-common.js';
import { iosPrefix, type IosPrefixed } from './prefix.js';
import { syslogPatterns } from './patterns-syslog.js';
import { isakmpPatterns } from './patterns-isakmp.js';
import { ipsecPatterns } from './patterns-ipsec.js';
import { ikev2Patterns } from './patterns-ikev2.js';
import { RecentMap, RecentSet } from '../../core/recent.js';

/**
 * Whether this dialect reads IOS `debug crypto ikev2` (`IKEv2:(SESSION ID = 1,SA ID = 1):...`).
 * Off: the cisco-ikev2 dialect (listed before this one) reads those lines for IOS as well as for
 * the ASA, and one line must have one owner. patterns-ikev2.ts stays tested (index.test.ts) so
 * that ownership can move here by flipping this switch.
 */
export const READS_IOS_IKEV2 = false;

function makeSpec(ikev2: boolean): PatternDialectSpec {
  return {
    id: 'cisco-ios',
    name: 'Cisco IOS/IOS-XE crypto',
    vendor: 'Cisco',
    fixFamily: 'cisco-ios',
    // The prefix is the cheap test: a few indexOf scans and anchored regexes.
    accepts: (record: LogRecord): boolean => iosPrefix(record, { ikev2 }) !== undefined,
    prefix: (record) => iosPrefix(record, { ikev2 }),
    patterns: [...syslogPatterns, ...isakmpPatterns, ...ipsecPatterns, ...(ikev2 ? ikev2Patterns : [])],
    ipsecHint: /%CRYPTO-\d-|^(?:\S{1,40} ){0,6}(?:ISAKMP|IPSEC\()/,
  };
}

/** Lines after which a `(0)` line still belongs to the last peer named. */
const PEER_WINDOW = 80;
/** Lines after a debug line within which its indented continuation lines are accepted. */
const CONT_WINDOW = 12;

interface Phase1Offer {
  prio?: number;
  attrs: Map<ProposalParam, string>;
  first?: { param: ProposalParam; remoteValue?: string; prio?: number };
  reported: boolean;
}

interface Packet {
  sa?: string;
  dir: 'in' | 'out';
  remote?: Endpoint;
  local?: Endpoint;
  line: number;
  exchange?: ExchangeName;
  ispi?: string;
  rspi?: string;
  mid?: number;
}

class IosState {
  line = 0;
  // IKEv1 (debug crypto isakmp)
  private lastPeer?: string;
  private lastPeerLine = -1;
  private readonly connPeer = new RecentMap<string, string>();
  private readonly peerState = new RecentMap<string, string>();
  private readonly offers = new RecentMap<string, Phase1Offer>();
  private readonly deleteFromPeer = new RecentSet<string>();
  /** The inbound SPI IOS just installed, per peer (`Successfully installed IPSEC SA (SPI:...)`). */
  private readonly installed = new RecentMap<string, { spi: string; line: number }>();
  /** The local refusal of a quick mode (error 32 / 256) and when, per peer. */
  private readonly refusal = new RecentMap<string, { kind: string; line: number }>();
  // debug crypto ipsec
  private lastIpsecLine = -100;
  private ipsecMode: 'in' | 'out' | 'sa' | undefined;
  private proxies: { local?: string; remote?: string; line: number } = { line: -100 };
  // debug crypto ikev2
  private lastV2Line = -100;
  private packet?: Packet;
  private readonly v2Peer = new RecentMap<string, Endpoint>();
  private readonly v2Local = new RecentMap<string, Endpoint>();
  private readonly v2Sent = new RecentSet<string>();
  private readonly v2Received = new RecentSet<string>();
  private readonly v2Gen = new RecentMap<string, ExchangeName>();
  private lastGenLine = -100;
  private readonly v2LastSent = new RecentMap<string, ExchangeName>();
  private readonly v2Auth = new RecentMap<string, string>();
  private readonly v2Specific = new RecentSet<string>();
  private proposalCtx?: { sa?: string; scope: 'ike' | 'child'; mine: boolean; line: number };
  private policiesCtx?: { sa?: string; which: string; line: number };

  /** Continuation lines are ours only right after the debug line they belong to. */
  gate(patternId: string, pre: IosPrefixed): boolean {
    if (pre.family !== 'cont') return true;
    if (patternId.startsWith('ipsec-')) return this.line - this.lastIpsecLine <= CONT_WINDOW;
    return this.line - this.lastV2Line <= CONT_WINDOW;
  }

  private recentPeer(): string | undefined {
    return this.lastPeer !== undefined && this.line - this.lastPeerLine <= PEER_WINDOW
      ? this.lastPeer
      : undefined;
  }

  private notePeer(p: string): void {
    this.lastPeer = p;
    this.lastPeerLine = this.line;
  }

  after(r: ParseResult, pre: IosPrefixed): void {
    switch (pre.family) {
      case 'isakmp':
        this.isakmp(r, pre);
        break;
      case 'ipsec':
        this.ipsec(r);
        break;
      case 'ikev2':
        this.ikev2(r);
        break;
      case 'cont':
        if (r.pattern.startsWith('ipsec-')) this.ipsec(r);
        else this.ikev2(r);
        break;
      case 'syslog':
        this.syslog(r);
        break;
    }
  }

  // ---------------------------------------------------------------- IKEv1
  private isakmp(r: ParseResult, pre: IosPrefixed): void {
    const conn = typeof pre.vars?.connId === 'string' ? pre.vars.connId : undefined;
    const keyed = conn !== undefined && conn !== '0';
    const out: EventDraft[] = [];
    for (const e of r.events) {
      if (keyed) e.details = { connId: Number(conn), ...(e.details ?? {}) };
      let peer = e.remote?.address;
      if (peer) {
        if (keyed) this.connPeer.set(conn, peer);
        this.notePeer(peer);
      } else {
        peer = keyed ? (this.connPeer.get(conn) ?? this.recentPeer()) : this.recentPeer();
        if (peer) {
          if (keyed && !this.connPeer.has(conn)) this.connPeer.set(conn, peer);
          e.remote = { ...(e.remote ?? {}), address: peer };
          this.notePeer(peer);
        }
      }
      out.push(e);
      if (!peer) continue;
      const offer = this.offers.get(peer);
      switch (r.pattern) {
        case 'isakmp-processing-payload':
          // A new phase-1 SA payload: a new offer to check against our policies.
          if (e.details?.processing === 'SA' && !keyed)
            this.offers.set(peer, { attrs: new Map(), reported: false });
          break;
        case 'isakmp-begin':
        case 'isakmp-peer-struct':
          if (e.kind !== 'child.initiate') this.offers.set(peer, { attrs: new Map(), reported: false });
          break;
        case 'isakmp-checking-transform': {
          const prio = typeof e.details?.policy === 'number' ? e.details.policy : undefined;
          const o: Phase1Offer = offer ?? { attrs: new Map(), reported: false };
          o.attrs = new Map();
          if (prio !== undefined) o.prio = prio;
          this.offers.set(peer, o);
          break;
        }
        case 'isakmp-attribute':
          if (offer && e.param && e.remoteValue !== undefined) offer.attrs.set(e.param, e.remoteValue);
          break;
        case 'isakmp-offer-mismatch': {
          const p = e.details?.policyMismatch;
          if (offer && typeof p === 'string' && isParam(p)) {
            const rv = offer.attrs.get(p);
            offer.first ??= {
              param: p,
              ...(rv !== undefined ? { remoteValue: rv } : {}),
              ...(offer.prio !== undefined ? { prio: offer.prio } : {}),
            };
            if (rv !== undefined) e.details = { ...(e.details ?? {}), remoteValue: rv };
          }
          break;
        }
        case 'isakmp-no-offers':
        case 'isakmp-policy-not-acceptable':
          if (e.kind === 'proposal.none' && offer?.first && !offer.reported) {
            offer.reported = true;
            const f = offer.first;
            out.push({
              kind: 'proposal.mismatch',
              ikeVersion: 1,
              scope: 'ike',
              ...(e.sa ? { sa: e.sa } : {}),
              remote: e.remote ?? { address: peer },
              ...(e.local ? { local: e.local } : {}),
              param: f.param,
              ...(f.remoteValue !== undefined ? { remoteValue: f.remoteValue } : {}),
              reason: `${paramText(f.param)} offered does not match policy`,
              details: f.prio !== undefined ? { policy: f.prio } : {},
            });
          }
          break;
        case 'isakmp-received-packet':
        case 'isakmp-sending-packet':
          if (e.state) this.peerState.set(peer, e.state);
          break;
        case 'isakmp-state':
          if (e.state) this.peerState.set(peer, e.state);
          if (e.kind === 'child.established') {
            const spi = this.installed.get(peer);
            if (spi && this.line - spi.line <= 20) e.spiIn = spi.spi;
          }
          break;
        case 'isakmp-install':
          if (e.spiIn) this.installed.set(peer, { spi: e.spiIn, line: this.line });
          break;
        case 'isakmp-processing-delete':
          this.deleteFromPeer.add(conn ?? peer);
          break;
        case 'isakmp-deleting-sa':
          if (e.kind === 'ike.deleted' && this.deleteFromPeer.delete(conn ?? peer)) e.byPeer = true;
          break;
        case 'isakmp-ipsec-policy-invalidated':
          if (e.kind === 'ts.mismatch') this.addProxies(e);
          if (e.kind !== 'info') this.refusal.set(peer, { kind: e.kind, line: this.line });
          break;
        case 'isakmp-notify': {
          // IKEv1 has no TS_UNACCEPTABLE: IOS refuses a quick mode whose proxies do not match
          // with NO_PROPOSAL_CHOSEN. Its cause is the event just reported, not a transform mismatch.
          const ref = this.refusal.get(peer);
          if (
            e.kind === 'notify.sent' &&
            e.notify === 'NO_PROPOSAL_CHOSEN' &&
            ref &&
            ref.kind === 'ts.mismatch' &&
            this.line - ref.line <= 12
          ) {
            const { kind: _k, ...rest } = e;
            out[out.length - 1] = {
              ...rest,
              kind: 'info',
              details: { ...(e.details ?? {}), consequenceOf: 'ts.mismatch' },
            };
          }
          break;
        }
      }
    }
    r.events = out;
  }

  // ---------------------------------------------------------------- syslog
  private syslog(r: ParseResult): void {
    for (const e of r.events) {
      const peer = e.remote?.address;
      if (!peer) continue;
      if (r.pattern === 'crypto-ikmp-bad-message' || r.pattern === 'crypto-ikmp-not-encrypted') {
        const st = this.peerState.get(peer);
        // Message 5 is the first encrypted one: unreadable there means the keys differ.
        if (st && /MM_KEY_EXCH|_MM[456]$/.test(st)) {
          e.exchange = 'MAIN_MODE';
          e.msgNo = 5;
          e.state = st;
          e.details = { ...(e.details ?? {}), cause: 'psk' };
        }
      }
    }
  }

  // ---------------------------------------------------------------- IPsec
  private addProxies(e: EventDraft): void {
    if (this.line - this.proxies.line > 40) return;
    const ts = {
      ...(this.proxies.local ? { local: this.proxies.local } : {}),
      ...(this.proxies.remote ? { remote: this.proxies.remote } : {}),
    };
    if (Object.keys(ts).length) e.ts = { ...ts, ...(e.ts ?? {}) };
  }

  private ipsec(r: ParseResult): void {
    this.lastIpsecLine = this.line;
    if (r.pattern === 'ipsec-validate-proposal-request') {
      this.ipsecMode = 'in';
      this.proxies = { line: this.line };
    } else if (r.pattern === 'ipsec-sa-request') {
      this.ipsecMode = 'out';
      this.proxies = { line: this.line };
    } else if (r.pattern === 'ipsec-create-sa') this.ipsecMode = 'sa';
    const peer = this.recentPeer();
    for (let i = 0; i < r.events.length; i++) {
      const e = r.events[i]!;
      if (!e.remote?.address && peer) e.remote = { ...(e.remote ?? {}), address: peer };
      if (r.pattern === 'ipsec-proxy' && e.ts) {
        if (e.ts.local) this.proxies.local = e.ts.local;
        if (e.ts.remote) this.proxies.remote = e.ts.remote;
        this.proxies.line = this.line;
      }
      if (r.pattern === 'ipsec-proxy-not-supported') {
        this.addProxies(e);
        if (peer) this.refusal.set(peer, { kind: 'ts.mismatch', line: this.line });
      }
      if (r.pattern === 'ipsec-protocol-transform' && (this.ipsecMode === 'in' || this.ipsecMode === 'out')) {
        const tr = typeof e.details?.transform === 'string' ? e.details.transform : '';
        if (tr && tr !== 'NONE') {
          const { kind: _k, ...rest } = e;
          r.events[i] = {
            ...rest,
            kind: this.ipsecMode === 'in' ? 'proposal.received' : 'proposal.configured',
            scope: 'child',
            proposals: [tr],
          };
        }
      }
    }
  }

  // ---------------------------------------------------------------- IKEv2
  private ikev2(r: ParseResult): void {
    this.lastV2Line = this.line;
    const out: EventDraft[] = [];
    for (const e0 of r.events) {
      let e = e0;
      // Continuation lines belong to the last packet or proposal.
      if (!e.sa) {
        const sa = this.contSa(r.pattern);
        if (sa) e.sa = sa;
      }
      const sa = e.sa;
      if (sa && !e.remote?.address) {
        const peer = this.v2Peer.get(sa);
        if (peer?.address) e.remote = { ...peer, ...(e.remote ?? {}) };
        const local = this.v2Local.get(sa);
        if (local?.address && !e.local?.address) e.local = { ...local, ...(e.local ?? {}) };
      }
      switch (r.pattern) {
        case 'ikev2-packet': {
          const dir = e.direction ?? 'in';
          this.packet = {
            ...(sa ? { sa } : {}),
            dir,
            ...(e.remote ? { remote: e.remote } : {}),
            ...(e.local ? { local: e.local } : {}),
            line: this.line,
          };
          if (sa) {
            if (e.remote) this.v2Peer.set(sa, e.remote);
            if (e.local) this.v2Local.set(sa, e.local);
          }
          break;
        }
        case 'ikev2-spi-line':
          if (this.packet && this.line - this.packet.line <= 3) {
            if (e.ikeSpiI) this.packet.ispi = e.ikeSpiI;
            if (e.ikeSpiR) this.packet.rspi = e.ikeSpiR;
            if (e.messageId !== undefined) this.packet.mid = e.messageId;
          }
          break;
        case 'ikev2-exchange': {
          const p = this.packet;
          if (p && this.line - p.line <= 4) {
            const request = e.details?.request === true;
            if (e.exchange) p.exchange = e.exchange;
            const key = p.sa ?? '';
            if (p.dir === 'out') {
              this.v2Sent.add(key);
              if (request && e.exchange) this.v2LastSent.set(key, e.exchange);
            } else this.v2Received.add(key);
            const opening = e.exchange === 'IKE_SA_INIT';
            const role = opening
              ? (p.dir === 'out') === request
                ? ('initiator' as const)
                : ('responder' as const)
              : undefined;
            e = {
              ...e,
              kind: p.dir === 'out' ? 'msg.sent' : 'msg.received',
              direction: p.dir,
              ...(p.remote ? { remote: p.remote } : {}),
              ...(p.local ? { local: p.local } : {}),
              ...(p.ispi ? { ikeSpiI: p.ispi } : {}),
              ...(p.rspi ? { ikeSpiR: p.rspi } : {}),
              ...(p.mid !== undefined ? { messageId: p.mid } : {}),
              ...(role ? { role } : {}),
            };
          }
          break;
        }
        case 'ikev2-payload-list': {
          const p = this.packet;
          if (p && this.line - p.line <= 6) {
            for (const tok of e.payloads ?? []) {
              const m = /^NOTIFY\((\w{1,60})\)$/.exec(tok);
              if (!m?.[1]) continue;
              out.push({
                kind: p.dir === 'out' ? 'notify.sent' : 'notify.received',
                ikeVersion: 2,
                notify: ciscoNotify(m[1], 2),
                ...(p.sa ? { sa: p.sa } : {}),
                ...(p.remote ? { remote: p.remote } : {}),
                ...(p.exchange ? { exchange: p.exchange } : {}),
                ...(p.mid !== undefined ? { messageId: p.mid } : {}),
              });
            }
          }
          break;
        }
        case 'ikev2-generating':
          if (e.exchange) {
            this.v2Gen.set(sa ?? '', e.exchange);
            this.lastGenLine = this.line;
            if (e.exchange === 'IKE_SA_INIT' && !this.v2Received.has(sa ?? ''))
              e = { ...e, kind: 'ike.initiate', role: 'initiator', details: { ...(e.details ?? {}) } };
          }
          break;
        case 'ikev2-processing':
          if (e.exchange === 'IKE_SA_INIT' && !this.v2Sent.has(sa ?? ''))
            e = { ...e, kind: 'ike.respond', role: 'responder' };
          break;
        case 'ikev2-proposal-header':
          this.proposalCtx = {
            ...(sa ? { sa } : {}),
            scope: e.scope ?? 'ike',
            mine: this.line - this.lastGenLine <= 4,
            line: this.line,
          };
          break;
        case 'ikev2-transform-list': {
          const c = this.proposalCtx;
          if (c && this.line - c.line <= 4 && e.proposals?.length) {
            e = { ...e, kind: c.mine ? 'proposal.configured' : 'proposal.received', scope: c.scope };
          }
          break;
        }
        case 'ikev2-policies-header':
          this.policiesCtx = {
            ...(sa ? { sa } : {}),
            which: String(e.details?.policies ?? ''),
            line: this.line,
          };
          break;
        case 'ikev2-policy-proposal': {
          const c = this.policiesCtx;
          if (c && this.line - c.line <= 8 && e.proposals?.length) {
            e = {
              ...e,
              kind: c.which === 'received' ? 'proposal.received' : 'proposal.configured',
              scope: 'ike',
            };
          }
          break;
        }
        case 'ikev2-auth-method':
        case 'ikev2-auth-steps':
          if (e.details?.auth === 'psk') this.v2Auth.set(sa ?? '', 'psk');
          break;
        case 'ikev2-verify-auth':
          if (e.kind === 'ike.auth.failed') {
            this.v2Specific.add(sa ?? '');
            const method = this.v2Auth.get(sa ?? '');
            if (method) e = { ...e, details: { ...(e.details ?? {}), method } };
          }
          break;
        case 'ikev2-auth-exchange-failed':
          if (this.v2Specific.has(sa ?? ''))
            e = { ...e, kind: 'info', details: { ...(e.details ?? {}), afterSpecificFailure: true } };
          else {
            const method = this.v2Auth.get(sa ?? '');
            if (method) e = { ...e, details: { ...(e.details ?? {}), method } };
          }
          break;
        case 'ikev2-no-matching-policy':
        case 'ikev2-no-ipsec-policy-ts':
        case 'ikev2-ipsec-db':
          if (e.kind !== 'info' && e.kind !== 'child.established') this.v2Specific.add(sa ?? '');
          break;
        case 'ikev2-retransmit':
        case 'ikev2-max-retransmit': {
          const ex = this.v2LastSent.get(sa ?? '') ?? this.v2Gen.get(sa ?? '');
          const after = this.v2Received.has(sa ?? '');
          e = {
            ...e,
            ...(ex ? { exchange: ex } : {}),
            ...(r.pattern === 'ikev2-max-retransmit' && after
              ? { details: { ...(e.details ?? {}), afterFirstMessage: true } }
              : {}),
          };
          break;
        }
      }
      out.push(e);
    }
    r.events = out;
  }

  private contSa(pattern: string): string | undefined {
    if (pattern === 'ikev2-transform-list' || pattern === 'ikev2-num-transforms') return this.proposalCtx?.sa;
    if (pattern === 'ikev2-policy-proposal') return this.policiesCtx?.sa;
    if (
      pattern === 'ikev2-exchange' ||
      pattern === 'ikev2-spi-line' ||
      pattern === 'ikev2-payload-contents' ||
      pattern === 'ikev2-payload-list'
    )
      return this.packet?.sa;
    return undefined;
  }
}

const PARAMS: readonly ProposalParam[] = [
  'encryption',
  'key_length',
  'integrity',
  'prf',
  'dh_group',
  'auth_method',
  'lifetime',
  'esn',
  'mode',
  'protocol',
];
function isParam(p: string): p is ProposalParam {
  return (PARAMS as readonly string[]).includes(p);
}

function paramText(p: ProposalParam): string {
  switch (p) {
    case 'encryption':
      return 'Encryption algorithm';
    case 'integrity':
      return 'Hash algorithm';
    case 'dh_group':
      return 'Diffie-Hellman group';
    case 'auth_method':
      return 'Authentication method';
    case 'key_length':
      return 'Key length';
    default:
      return p;
  }
}

/** The dialect, with or without the IOS IKEv2 debug patterns (see READS_IOS_IKEV2). */
export function makeCiscoIos(opts: { ikev2: boolean }): Dialect & { spec: PatternDialectSpec } {
  const spec = makeSpec(opts.ikev2);
  const base = definePatternDialect(spec);
  return {
    ...base,
    createParser(): DialectParser {
      const st = new IosState();
      return {
        parse(record) {
          st.line++;
          let pre: IosPrefixed | undefined;
          try {
            pre = iosPrefix(record, opts);
          } catch {
            return [];
          }
          if (!pre) return [];
          for (const p of spec.patterns) {
            const r = matchPattern(spec, p, record, pre);
            if (!r) continue;
            if (!st.gate(p.id, pre)) return [];
            try {
              st.after(r, pre);
            } catch {
              // Enrichment is best effort; the line stays recognised.
            }
            return [r];
          }
          return [];
        },
      };
    },
  };
}

export const ciscoIos = makeCiscoIos({ ikev2: READS_IOS_IKEV2 });
