// Cisco ASA / Firepower Threat Defense syslog (`%ASA-n-NNNNNN:`, `%FTD-n-NNNNNN:`) and the
// `debug crypto ikev1` texts (`[IKEv1]`). The ASA's `debug crypto ikev2` protocol/platform output
// (`IKEv2-PROTO-`, `IKEv2-PLAT-`) belongs to the cisco-ikev2 dialect.
//
// The patterns are stateless; the parser adds what a single ASA line cannot say:
//  - 713257 (attribute mismatch) and a few 7139xx texts carry no `IP = `: they belong to the peer
//    of the line just before (the ASA logs one negotiation's lines back to back);
//  - 752012 / 752015 name only the crypto map: the peer is the one 713041 started with that map;
//  - 752015 (all IKE versions failed) is a timeout when nothing was ever heard from that peer.
import type { Dialect, DialectParser, ParseResult, PatternDialectSpec } from '../../core/dialect.js';
import { definePatternDialect, matchPattern } from '../../core/dialect.js';
import type { EventDraft, EventKind, LogRecord } from '../../core/model.js';
import { asaPrefix, isIkev2Debug, tagIndex } from './prefix.js';
import { ikev1Patterns } from './patterns-ikev1.js';
import { ikev2Patterns } from './patterns-ikev2.js';
import { saPatterns } from './patterns-sa.js';
import { RecentMap, RecentSet } from '../../core/recent.js';

const spec: PatternDialectSpec = {
  id: 'cisco-asa',
  name: 'Cisco ASA/FTD syslog',
  vendor: 'Cisco',
  fixFamily: 'cisco-asa',
  accepts(record: LogRecord): boolean {
    const m = record.message;
    return (tagIndex(m) >= 0 || m.includes('[IKEv1')) && !isIkev2Debug(m);
  },
  prefix: asaPrefix,
  patterns: [...ikev1Patterns, ...ikev2Patterns, ...saPatterns],
  // VPN message classes of the ASA (vpn, vpnc, ca, webvpn ids 402/602/702/713-717/750-752).
  ipsecHint: /%(?:ASA|FTD)-(?:[a-z]{1,12}-)?\d-(?:40[24]|602|702|71[3-7]|75[0-2])\d{3}\b/,
};

/** Kinds that prove the peer answered (or at least that the negotiation got past its first message). */
const HEARD: ReadonlySet<EventKind> = new Set<EventKind>([
  'msg.received',
  'proposal.received',
  'proposal.selected',
  'proposal.none',
  'proposal.mismatch',
  'ike.established',
  'ike.auth.ok',
  'ike.auth.failed',
  'psk.mismatch',
  'notify.received',
  'child.initiate',
  'child.established',
  'ts.mismatch',
  'msg.invalid',
  'peer.not-configured',
  'cert.invalid',
  'ike.respond',
]);

/** Patterns whose line names no peer; they take the peer of the line before. */
const INHERIT_PEER = new Set([
  'attribute-mismatch',
  'all-ipsec-proposals-unacceptable',
  'all-ike-proposals-unacceptable',
  'cert-validation-failed',
  'cert-chain-failed',
  'cert-validated',
  'cert-chain-info',
  'ikev2-encryption-not-strong',
  'tunnel-manager-missing',
]);
/** How many lines back a peer is still "the line before". */
const INHERIT_WINDOW = 40;

class AsaState {
  private lastPeer?: string;
  private lastPeerLine = -1;
  private line = 0;
  private readonly peerByMap = new RecentMap<string, string>();
  private readonly heard = new RecentMap<string, boolean>();
  /** Main-mode message number of the last phase-1 message sent / received, per peer (713236). */
  private readonly lastMm = new RecentMap<string, { sent?: number; received?: number }>();
  /** SPIs 713049 already reported as an established child SA. */
  private readonly knownSpis = new RecentSet<string>();

  tick(): void {
    this.line++;
  }

  private mainMode(peer: string, e: EventDraft): void {
    if (e.messageId !== 0 || !e.payloads) return;
    const pair = mmPair(e.payloads);
    if (pair === undefined) return;
    const mm = this.lastMm.get(peer) ?? {};
    const out = e.direction === 'out';
    const seen = out ? mm.sent : mm.received;
    if (pair === 1 && (seen !== undefined || Math.max(mm.sent ?? 0, mm.received ?? 0) >= 3)) {
      // An SA payload again: a new main mode starts.
      delete mm.sent;
      delete mm.received;
    }
    const other = out ? mm.received : mm.sent;
    // Second of the pair when the other side already sent the first.
    const no = other !== undefined && other >= pair ? pair + 1 : pair;
    if (out) mm.sent = no;
    else mm.received = no;
    this.lastMm.set(peer, mm);
    e.exchange = 'MAIN_MODE';
    e.msgNo = no;
    if (no === 1) e.role = out ? 'initiator' : 'responder';
  }

  after(r: ParseResult): void {
    for (let i = 0; i < r.events.length; i++) {
      const e = r.events[i]!;
      let peer = e.remote?.address;
      if (!peer && !e.conn) {
        const map = typeof e.details?.cryptoMap === 'string' ? e.details.cryptoMap : undefined;
        const byMap = map !== undefined ? this.peerByMap.get(map) : undefined;
        const recent =
          this.lastPeer !== undefined && this.line - this.lastPeerLine <= INHERIT_WINDOW
            ? this.lastPeer
            : undefined;
        const inferred = byMap ?? (INHERIT_PEER.has(r.pattern) || map !== undefined ? recent : undefined);
        if (inferred) {
          e.remote = { ...(e.remote ?? {}), address: inferred };
          e.details = { ...(e.details ?? {}), peerInferred: true };
          peer = inferred;
        }
      }
      if (!peer) continue;
      if (e.kind === 'ike.initiate') {
        this.heard.set(peer, false);
        const map = e.details?.cryptoMap;
        if (typeof map === 'string') this.peerByMap.set(map, peer);
      } else if (HEARD.has(e.kind) && !(e.kind === 'child.initiate' && e.role === 'initiator')) {
        this.heard.set(peer, true);
      }
      if (r.pattern === 'ike-decode') this.mainMode(peer, e);
      if (r.pattern === 'retransmit-dispatched' && e.exchange === 'MAIN_MODE') {
        const sent = this.lastMm.get(peer)?.sent;
        if (sent !== undefined) e.msgNo = sent;
      }
      if (e.kind === 'child.established')
        for (const spi of [e.spiIn, e.spiOut]) if (spi) this.knownSpis.add(normSpi(spi));
      if (r.pattern === 'ipsec-sa-created-deleted' && e.kind === 'info') {
        // 602303 without a 713049 for the same SPI (IKEv2 tunnels log 750006 + 602303 only).
        const spi = e.spiIn ?? e.spiOut;
        if (spi && !this.knownSpis.has(normSpi(spi))) {
          this.knownSpis.add(normSpi(spi));
          r.events[i] = { ...e, kind: 'child.established' };
        }
      }
      if (r.pattern === 'tunnel-manager-failed' && this.heard.get(peer) !== true) {
        r.events[i] = timeoutFrom(e);
      }
      this.lastPeer = peer;
      this.lastPeerLine = this.line;
    }
  }
}

function normSpi(spi: string): string {
  return spi.toLowerCase().replace(/^0x0*/, '');
}

/**
 * Main mode message pairs by payloads (RFC 2409 §5): SA → 1/2, KE + NONCE → 3/4, ID + HASH → 5/6
 * (encrypted). The first of a pair is the one sent before the other side's.
 */
function mmPair(payloads: readonly string[]): number | undefined {
  if (payloads.includes('ID') && payloads.includes('HASH')) return 5;
  if (payloads.includes('KE') && payloads.includes('NONCE')) return 3;
  if (payloads.includes('SA')) return 1;
  return undefined;
}

/** 752015 after an initiation the peer never answered: retransmissions ran out. */
function timeoutFrom(e: EventDraft): EventDraft {
  const { kind: _k, ...rest } = e;
  return {
    ...rest,
    kind: 'ike.timeout',
    reason: 'All configured IKE versions failed to establish the tunnel; no answer from the peer',
  };
}

const base = definePatternDialect(spec);

export const ciscoAsa: Dialect & { spec: PatternDialectSpec } = {
  ...base,
  createParser(): DialectParser {
    const st = new AsaState();
    return {
      parse(record) {
        st.tick();
        let pre;
        try {
          pre = spec.prefix(record);
        } catch {
          return [];
        }
        if (!pre) return [];
        for (const p of spec.patterns) {
          const r = matchPattern(spec, p, record, pre);
          if (!r) continue;
          try {
            st.after(r);
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
