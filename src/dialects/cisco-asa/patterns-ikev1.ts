// IKEv1 (ISAKMP) messages of the ASA: the 713xxx / 714xxx / 715xxx syslog messages and the same
// texts from `debug crypto ikev1` (`[IKEv1]`, `[IKEv1 DEBUG]`).
// Source: Cisco Secure Firewall ASA Series Syslog Messages, "Messages 701001 to 714011"; the
// 713900..713906 messages carry free text at severities 1..7, so texts are matched, not ids.
import type { PatternSpec } from '../../core/dialect.js';
import type { EventDraft } from '../../core/model.js';
import { classParam, asaNotify, ikev1ExchangeOf } from '../cisco-ios/cisco-common.js';
import { ep, mk, pat, proxy, ts } from './build.js';

const v1 = { ikeVersion: 1 as const };

export const ikev1Patterns: readonly PatternSpec[] = [
  pat(
    'ike-initiator-new',
    'IKE Initiator: ',
    /^IKE Initiator: (?<what>New|new|Rekeying|rekey)\w{0,4} Phase (?<phase>[12]), Intf (?<intf>[^\s,]{1,64}), IKE Peer (?<peer>[^\s,]{1,64})(?: {1,3}local Proxy Address (?<lp>[^\s,]{1,64}), remote Proxy Address (?<rp>[^\s,]{1,64}),)?(?: {1,3}Crypto map \((?<map>[^)\s]{1,64})\))?/,
    [
      'Sep 15 03:14:00 [IKEv1]IP = 193.164.94.47, IKE Initiator: New Phase 1, Intf inside, IKE Peer 193.164.94.47  local Proxy Address 0.0.0.0, remote Proxy Address 10.200.4.0,  Crypto map (CRYPTO-MAP)',
      'Mar 12 2024 10:02:11: %ASA-5-713041: IP = 203.0.113.2, IKE Initiator: New Phase 1, Intf inside, IKE Peer 203.0.113.2  local Proxy Address 192.168.1.0, remote Proxy Address 192.168.2.0,  Crypto map (outside_map)',
    ],
    (g) => {
      const rekey = /^r/i.test(g.what ?? '');
      const p1 = g.phase === '1';
      const kind = p1 ? (rekey ? 'ike.rekey' : 'ike.initiate') : rekey ? 'child.rekey' : 'child.initiate';
      return [
        mk({}, kind, {
          ...v1,
          role: 'initiator',
          remote: ep(g.peer),
          ...(p1 ? {} : { exchange: 'QUICK_MODE' as const }),
          ts: ts(g.lp, g.rp),
          details: {
            interface: g.intf ?? '',
            ...(g.map ? { cryptoMap: g.map } : {}),
            ...(rekey ? { state: 'started' } : {}),
          },
        }),
      ];
    },
  ),
  pat(
    'phase1-completed',
    'PHASE 1 COMPLETED',
    /^PHASE 1 COMPLETED\b/,
    ['Dec 04 2014 12:37:51: %ASA-5-713119: Group = 77.88.99.100, IP = 77.88.99.100, PHASE 1 COMPLETED'],
    () => [mk({}, 'ike.established', { ...v1 })],
  ),
  pat(
    'phase2-completed',
    'PHASE 2 COMPLETED',
    /^PHASE 2 COMPLETED(?: \(msgid=(?<msgid2>[0-9a-fA-F]{1,16})\))?/,
    [
      'Apr 27 2020 02:03:03 dev01: %ASA-5-713120: Group = 100.60.140.10, IP = 192.168.1.1, PHASE 2 COMPLETED (msgid=bbe383e88)',
    ],
    (g) => [
      mk({}, 'child.established', {
        ...v1,
        exchange: 'QUICK_MODE',
        details: g.msgid2 ? { msgid: g.msgid2 } : {},
      }),
    ],
  ),
  pat(
    'security-negotiation-complete',
    'Security negotiation complete',
    /^Security negotiation complete for (?<type>LAN-to-LAN Group|User|peer|[\w -]{1,40}?) \((?<name>[^)]{0,128})\) {1,2}(?<role>Initiator|Responder), Inbound SPI = (?<spiIn>0x[0-9a-fA-F]{1,16}), Outbound SPI = (?<spiOut>0x[0-9a-fA-F]{1,16})/,
    [
      '<165>Aug 16 2016 04:08:36: %ASA-5-713049: Group = 172.22.136.20, IP = 172.22.136.20, Security negotiation complete for LAN-to-LAN Group (172.22.136.20)  Initiator, Inbound SPI = 0x891fb03f, Outbound SPI = 0xbe4b5d8d',
      'Apr 27 02:03:03 dev01: %ASA-5-713049: Group = 81.2.69.144, IP = 81.2.69.144, Security negotiation complete for LAN-to-LAN Group (81.2.69.144) Responder, Inbound SPI = 0x276b1da2, Outbound SPI = 0x0e1a581d',
    ],
    (g) => [
      mk({}, 'child.established', {
        ...v1,
        role: g.role === 'Initiator' ? 'initiator' : 'responder',
        spiIn: g.spiIn ?? '',
        spiOut: g.spiOut ?? '',
        exchange: 'QUICK_MODE',
        details: { tunnelType: (g.type ?? '').trim() },
      }),
    ],
  ),
  pat(
    'connection-terminated',
    'Connection terminated for peer',
    /^Connection terminated for peer (?<peer>[^\s.]\S{0,63}?)\.? {1,2}Reason: (?<reason>[^\n]{1,160}?) {1,3}Remote Proxy (?<rp>[^\s,]{1,64}), Local Proxy (?<lp>[^\s,]{1,64})/,
    [
      'Jun 03 2024 11:20:45: %ASA-5-713050: Group = 198.51.100.7, IP = 198.51.100.7, Connection terminated for peer 198.51.100.7.  Reason: Peer Terminate  Remote Proxy 10.20.0.0, Local Proxy 10.10.0.0',
    ],
    (g) => {
      const byPeer = /peer/i.test(g.reason ?? '');
      return [
        mk({}, 'child.deleted', { ...v1, byPeer, reason: (g.reason ?? '').trim(), ts: ts(g.lp, g.rp) }),
      ];
    },
  ),
  pat(
    'session-torn-down',
    'Session is being torn down',
    /^(?:Group = [^,]{0,128}, Username = [^,]{0,128}, IP = [^\s,]{1,64}, )?Session is being torn down\. Reason: (?<reason>.{1,200})$/,
    [
      'Dec 04 2014 12:37:51: %ASA-5-713259: Group = 77.88.99.100, IP = 77.88.99.100, Session is being torn down. Reason: crypto map policy not found',
    ],
    (g) => [mk({}, 'tunnel.down', { reason: g.reason ?? '', byPeer: /peer/i.test(g.reason ?? '') })],
  ),
  pat(
    'session-disconnected',
    'Session disconnected',
    /^Session disconnected\. Session Type: (?<type>[^,]{1,40}), Duration: (?<duration>[^,]{1,20}), Bytes xmt: (?<tx>\d{1,20}), Bytes rcv: (?<rx>\d{1,20}), Reason: (?<reason>.{1,120})$/,
    [
      'Dec 04 2014 12:37:51: %ASA-4-113019: Group = 77.88.99.100, Username = 77.88.99.100, IP = 77.88.99.100, Session disconnected. Session Type: LAN-to-LAN, Duration: 0h:00m:00s, Bytes xmt: 0, Bytes rcv: 0, Reason: crypto map policy not found',
      'Apr 27 02:03:03 dev01: %ASA-4-113019: Group = 81.2.69.144, Username = 81.2.69.144, IP = 81.2.69.144, Session disconnected. Session Type: LAN-to-LAN, Duration: 0h:32m:16s, Bytes xmt: 297103, Bytes rcv: 1216163, Reason: User Requested',
    ],
    (g) => {
      const r = g.reason ?? '';
      const ev: EventDraft[] = [
        mk({}, 'tunnel.down', {
          reason: r,
          byPeer: /peer|IKE Delete/i.test(r),
          details: {
            sessionType: g.type ?? '',
            duration: g.duration ?? '',
            bytesOut: Number(g.tx),
            bytesIn: Number(g.rx),
          },
        }),
      ];
      // "Lost Service": DPD / keepalives found the peer gone (113019 reason list).
      if (/lost service/i.test(r)) ev.push(mk({}, 'dpd.dead', { reason: r }));
      return ev;
    },
  ),
  pat(
    'no-matching-crypto-map',
    'no matching crypto map entry',
    /^Rejecting IPSec tunnel: no matching crypto map entry for remote proxy (?<rp>\S{1,80}) local proxy (?<lp>\S{1,80}) on interface (?<intf>\S{1,64})/,
    [
      'Dec 04 2014 12:37:51: %ASA-3-713061: Group = 77.88.99.100, IP = 77.88.99.100, Rejecting IPSec tunnel: no matching crypto map entry for remote proxy 0.0.0.0/0.0.0.0/0/0 local proxy 0.0.0.0/0.0.0.0/0/0 on interface OUTSIDE',
    ],
    (g) => [
      mk({}, 'ts.mismatch', {
        ...v1,
        exchange: 'QUICK_MODE',
        ts: ts(proxy(g.lp), proxy(g.rp)),
        reason: 'no matching crypto map entry',
        details: { interface: g.intf ?? '', remoteProxy: g.rp ?? '', localProxy: g.lp ?? '' },
      }),
    ],
  ),
  pat(
    'crypto-map-policy-not-found-v1',
    'Crypto Map Policy not found for Src',
    /^Tunnel rejected: Crypto Map Policy not found for Src: ?(?<src>[^,\s]{1,64}), Dst: ?(?<dst>[^!\s]{1,64})/,
    [
      'Feb 02 2023 08:14:09: %ASA-3-713061: Group = 198.51.100.7, IP = 198.51.100.7, Tunnel rejected: Crypto Map Policy not found for Src:10.20.1.0, Dst: 10.10.1.0!',
    ],
    (g) => [
      mk({}, 'ts.mismatch', {
        ...v1,
        exchange: 'QUICK_MODE',
        ts: ts(g.dst, g.src),
        reason: 'Crypto Map Policy not found',
      }),
    ],
  ),
  pat(
    'qm-fsm-error',
    'QM FSM error',
    /^QM FSM error(?: \(P2 struct &(?<struct>0x[0-9a-fA-F]{1,16}), mess id (?<mid>0x[0-9a-fA-F]{1,16})\))?!?/,
    [
      'Dec 04 2014 12:37:51: %ASA-3-713902: Group = 77.88.99.100, IP = 77.88.99.100, QM FSM error (P2 struct &0x00007fff33763a70, mess id 0x2c44baec)!',
    ],
    (g) => [
      mk({}, 'child.failed', {
        ...v1,
        exchange: 'QUICK_MODE',
        reason: 'QM FSM error',
        details: g.mid ? { messageId: g.mid } : {},
      }),
    ],
  ),
  pat(
    'peer-table-remove-failed',
    'table failed, no match',
    /^Removing peer from (?<table>peer|correlator) table failed, no match!?/,
    [
      'Dec 04 2014 12:37:51: %ASA-3-713902: Group = 77.88.99.100, IP = 77.88.99.100, Removing peer from correlator table failed, no match!',
      'Mar 12 2024 10:02:41: %ASA-3-713902: IP = 203.0.113.2, Removing peer from peer table failed, no match!',
    ],
    (g) => [mk({}, 'info', { ...v1, details: { cleanup: `${g.table ?? ''} table` } })],
  ),
  pat(
    'peer-tbl-entry',
    'PeerTblEntry',
    /^Error: Unable to remove PeerTblEntry/,
    [
      'Mar 12 2024 10:02:41: %ASA-4-713903: IP = 203.0.113.2, Error: Unable to remove PeerTblEntry',
      '<164>Mar 12 2024 02:15:33 asa-fw01 %ASA-4-713903: Group = Site-to-Site-AWS, IP = 3.5.140.2, Error: Unable to remove PeerTblEntry',
    ],
    () => [mk({}, 'info', { ...v1, details: { cleanup: 'peer table entry' } })],
  ),
  pat(
    'attribute-mismatch',
    'Mismatched attribute types for class',
    /^Phase (?<phase>[12]) failure: {1,2}Mismatched attribute types for class (?<cls>[A-Za-z][\w -]{0,40}): {1,2}Rcv'd: (?<rcvd>.{1,64}?) {1,2}Cfg'd: (?<cfgd>.{1,64}?)\s*$/,
    [
      "Jun 03 2024 11:21:02: %ASA-5-713257: Phase 1 failure:  Mismatched attribute types for class Group Description:  Rcv'd: Group 2  Cfg'd: Group 5",
      "Jun 03 2024 11:24:40: %ASA-5-713257: Phase 2 failure: Mismatched attribute types for class Encapsulation Mode: Rcv'd: UDP-Tunnel (NAT-T) Cfg'd: Tunnel",
    ],
    (g) => {
      const param = classParam(g.cls ?? '');
      const child = g.phase === '2';
      return [
        mk({}, 'proposal.mismatch', {
          ...v1,
          scope: child ? 'child' : 'ike',
          ...(param ? { param } : {}),
          remoteValue: (g.rcvd ?? '').trim(),
          localValue: (g.cfgd ?? '').trim(),
          reason: `Mismatched attribute types for class ${g.cls ?? ''}`,
          details: { attributeClass: g.cls ?? '' },
        }),
      ];
    },
  ),
  pat(
    'user-authorization-failed',
    'User Authorization failed',
    /^User Authorization failed: ?(?<reason>.{0,200})$/,
    [
      'Jun 03 2024 11:30:12: %ASA-3-713198: Group = RA-CERT, Username = jdoe, IP = 198.51.100.44, User Authorization failed: jdoe User authorization failed. Username could not be found in the certificate',
    ],
    (g) => [
      mk({}, 'ike.auth.failed', {
        ...v1,
        reason: `User Authorization failed: ${g.reason ?? ''}`.trim(),
        details: { cause: 'authorization' },
      }),
    ],
  ),
  pat(
    'payload-error',
    'Error processing payload',
    /^Error processing payload: Payload ID: (?<payload>\d{1,3})/,
    ['Jun 03 2024 11:21:02: %ASA-3-713048: IP = 198.51.100.7, Error processing payload: Payload ID: 1'],
    (g) => {
      // Payload 1 is the SA payload (RFC 2408 §3.1): the proposal could not be processed.
      const sa = g.payload === '1';
      return [
        mk({}, sa ? 'proposal.none' : 'msg.invalid', {
          ...v1,
          ...(sa ? { scope: 'ike' as const } : {}),
          reason: `Error processing payload: Payload ID: ${g.payload ?? ''}`,
          details: { payloadId: Number(g.payload) },
        }),
      ];
    },
  ),
  pat(
    'notify-nonroutine',
    'Received non-routine Notify message',
    /^Received non-routine Notify message: (?<text>[^(]{1,64}?) ?\((?<code>\d{1,5})\)/,
    [
      'Jun 03 2024 11:25:19: %ASA-5-713068: Group = 198.51.100.7, IP = 198.51.100.7, Received non-routine Notify message: Invalid ID info (18)',
      'Jun 03 2024 11:25:19: %ASA-5-713068: Group = 198.51.100.7, IP = 198.51.100.7, Received non-routine Notify message: No proposal chosen (14)',
    ],
    (g) => [
      mk({}, 'notify.received', {
        ...v1,
        notify: asaNotify(g.text ?? '', g.code),
        details: { vendorText: (g.text ?? '').trim() },
      }),
    ],
  ),
  pat(
    'ike-lost-contact',
    'IKE lost contact with remote peer',
    /^IKE lost contact with remote peer, deleting connection \(keepalive type: (?<type>[^)]{1,32})\)/,
    [
      'Jun 03 2024 13:05:51: %ASA-3-713123: Group = 198.51.100.7, IP = 198.51.100.7, IKE lost contact with remote peer, deleting connection (keepalive type: DPD)',
    ],
    (g) => [
      mk({}, 'dpd.dead', {
        ...v1,
        reason: 'IKE lost contact with remote peer',
        details: { keepalive: g.type ?? '' },
      }),
    ],
  ),
  pat(
    'keepalive-mismatch',
    'Keep-alives configured',
    /^Keep-alives configured (?<cfg>\S{1,32}) but peer (?<peer>\S{1,64}) (?<neg>does not )?(?:does )?supports? keep-alives \(type = (?<type>[^)]{1,32})\)/,
    [
      'Jun 03 2024 11:22:07: %ASA-3-713122: IP = 198.51.100.7, Keep-alives configured on but peer 198.51.100.7 does not support keep-alives (type = DPD)',
    ],
    (g) => [
      mk({}, 'info', { ...v1, details: { keepaliveConfigured: g.cfg ?? '', keepalive: g.type ?? '' } }),
    ],
  ),
  pat(
    'keepalive-type',
    'Keep-alive type for this connection',
    /^Keep-alive type for this connection: (?<type>.{1,32})$/,
    ['Jun 03 2024 11:22:07: %ASA-7-713121: IP = 198.51.100.7, Keep-alive type for this connection: DPD'],
    (g) => [
      mk({}, /DPD/i.test(g.type ?? '') ? 'dpd.enabled' : 'info', {
        ...v1,
        details: { keepalive: g.type ?? '' },
      }),
    ],
  ),
  pat(
    'nat-detection',
    'Automatic NAT Detection Status',
    /^Automatic NAT Detection Status: {1,8}Remote end (?<remote>is(?: not)?) behind a NAT device {1,8}This end (?<local>is(?: not)?) behind a NAT device/i,
    [
      'Jun 03 2024 11:22:07: %ASA-6-713172: Group = 198.51.100.7, IP = 198.51.100.7, Automatic NAT Detection Status:     Remote end is NOT behind a NAT device     This end IS behind a NAT device',
      'Jun 03 2024 11:22:07: %ASA-6-713172: Group = 198.51.100.7, IP = 198.51.100.7, Automatic NAT Detection Status: Remote end is not behind a NAT device This end is not behind a NAT device',
    ],
    (g) => {
      const r = !/not/i.test(g.remote ?? '');
      const l = !/not/i.test(g.local ?? '');
      const where = r && l ? 'both' : r ? 'remote' : l ? 'local' : 'none';
      return [mk({}, 'nat.detected', { ...v1, details: { where } })];
    },
  ),
  pat(
    'duplicate-phase1',
    'Duplicate Phase 1 packet detected',
    /^Duplicate Phase 1 packet detected\.(?: {1,2}(?<action>[^.]{1,64})\.?)?/,
    [
      'Jun 03 2024 11:40:02: %ASA-7-713201: IP = 198.51.100.7, Duplicate Phase 1 packet detected.  Retransmitting last packet.',
    ],
    (g) => [
      mk({}, 'msg.retransmit', {
        ...v1,
        reason: 'duplicate phase 1 packet received',
        details: { duplicateReceived: true, action: g.action ?? '' },
      }),
    ],
  ),
  pat(
    'duplicate-first-packet',
    'Duplicate first packet detected',
    /^Duplicate first packet detected\./,
    [
      'Apr 27 2020 02:03:03 dev01: %ASA-5-713202: IP = 192.168.157.61, Duplicate first packet detected. Ignoring packet.',
    ],
    () => [mk({}, 'msg.received', { ...v1, direction: 'in', details: { duplicate: true } })],
  ),
  pat(
    'retransmit-dispatched',
    'Retransmit msg dispatched',
    /^P(?<phase>[12]) Retransmit msg dispatched to (?<fsm>MM|AM|QM) FSM/,
    [
      'Mar 12 2024 10:02:15: %ASA-6-713905: IP = 203.0.113.2, P1 Retransmit msg dispatched to MM FSM',
      'Jun 03 2024 11:26:02: %ASA-6-713905: Group = 198.51.100.7, IP = 198.51.100.7, P2 Retransmit msg dispatched to QM FSM',
    ],
    (g) => [
      mk({}, 'msg.retransmit', {
        ...v1,
        exchange: g.fsm === 'MM' ? 'MAIN_MODE' : g.fsm === 'AM' ? 'AGGRESSIVE_MODE' : 'QUICK_MODE',
        details: { phase: Number(g.phase) },
      }),
    ],
  ),
  pat(
    'psk-decrypt-error',
    'mismatched pre-shared key',
    /^ERROR, had problems decrypting packet, probably due to mismatched pre-shared key/,
    [
      'Jun 03 2024 11:40:02: %ASA-4-713903: IP = 198.51.100.7, ERROR, had problems decrypting packet, probably due to mismatched pre-shared key.  Aborting',
    ],
    () => [
      mk({}, 'psk.mismatch', {
        ...v1,
        exchange: 'MAIN_MODE',
        reason: 'had problems decrypting packet, probably due to mismatched pre-shared key',
      }),
    ],
  ),
  pat(
    'invalid-payloads',
    'packet with invalid payloads',
    /^Received encrypted (?<mode>Oakley Main Mode|Oakley Aggressive Mode|Oakley Quick Mode|\w[\w ]{0,30}?) packet with invalid payloads, MessID = (?<mid>\d{1,10})/,
    [
      'Jun 03 2024 11:40:02: %ASA-4-713903: IP = 198.51.100.7, Received encrypted Oakley Main Mode packet with invalid payloads, MessID = 0',
    ],
    (g) => {
      const main = /Main/i.test(g.mode ?? '');
      // In main mode the first encrypted message (5 or 6) that cannot be parsed means the two ends
      // derived different keys: the classic pre-shared key mismatch (Cisco TAC, "IPsec Troubleshooting").
      return [
        mk({}, 'msg.invalid', {
          ...v1,
          ...(main ? { exchange: 'MAIN_MODE' as const, msgNo: 5 } : {}),
          messageId: Number(g.mid),
          reason: `encrypted ${g.mode ?? ''} packet with invalid payloads`,
          details: main ? { cause: 'psk' } : {},
        }),
      ];
    },
  ),
  pat(
    'no-matching-sa',
    'with no matching SA',
    /^Received encrypted packet with no matching SA, dropping/,
    [
      'Jun 03 2024 12:00:00: %ASA-4-713903: IP = 198.51.100.7, Received encrypted packet with no matching SA, dropping',
    ],
    () => [mk({}, 'sa.unknown', { ...v1, reason: 'encrypted packet with no matching SA' })],
  ),
  pat(
    'invalid-spi-notify',
    'Received Invalid SPI notify',
    /^Received Invalid SPI notify \(SPI (?<spi>0x[0-9a-fA-F]{1,16})\)!?/,
    [
      'Jun 03 2024 12:00:00: %ASA-7-713117: Group = 198.51.100.7, IP = 198.51.100.7, Received Invalid SPI notify (SPI 0x6C4A1E2B)!',
    ],
    (g) => [
      mk({}, 'notify.received', { ...v1, notify: 'INVALID_SPI', details: { spi: g.spi ?? '' } }),
      mk({}, 'sa.unknown', {
        ...v1,
        notify: 'INVALID_SPI',
        reason: 'peer does not know the IPsec SA',
        details: { spi: g.spi ?? '', byPeer: true },
      }),
    ],
  ),
  pat(
    'ike-proposal-acceptable',
    ['Oakley proposal is acceptable', 'IKE SA Proposal'],
    /^(?:Oakley proposal is acceptable|IKE SA Proposal # ?(?<prop>\d{1,3}), Transform # ?(?<tr>\d{1,3}) acceptable {1,2}Matches global IKE entry # ?(?<entry>\d{1,5}))/,
    [
      'Fri Sep 06 14:32:18 2013: <167>Sep 06 2013 14:32:17: %ASA-7-713906: IP = YY.YY.YY.YY, Oakley proposal is acceptable',
      'Jun 03 2024 11:22:06: %ASA-7-715028: IP = 198.51.100.7, IKE SA Proposal # 1, Transform # 1 acceptable  Matches global IKE entry # 10',
    ],
    (g) => [
      mk({}, 'proposal.selected', {
        ...v1,
        scope: 'ike',
        details: g.entry ? { policy: Number(g.entry) } : {},
      }),
    ],
  ),
  pat(
    'ipsec-proposal-acceptable',
    'IPSec SA Proposal',
    /^IPSec SA Proposal # ?(?<prop>\d{1,3}), Transform # ?(?<tr>\d{1,3}) acceptable {1,2}Matches global IPSec SA entry # ?(?<entry>\d{1,5})/,
    [
      'Jun 03 2024 11:22:08: %ASA-7-715028: Group = 198.51.100.7, IP = 198.51.100.7, IPSec SA Proposal # 1, Transform # 1 acceptable  Matches global IPSec SA entry # 10',
    ],
    (g) => [
      mk({}, 'proposal.selected', { ...v1, scope: 'child', details: { cryptoMapSeq: Number(g.entry) } }),
    ],
  ),
  pat(
    'all-ipsec-proposals-unacceptable',
    'All IPSec SA proposals found unacceptable',
    /^All IPSec SA proposals found unacceptable!?/,
    [
      'Apr 27 2020 02:03:03 dev01: %ASA-6-713905: Group = 100.60.140.10, IP = 192.168.1.1, All IPSec SA proposals found unacceptable!',
      'Apr 27 2020 02:03:03 dev01: %ASA-6-713904: All IPSec SA proposals found unacceptable!',
    ],
    () => [
      mk({}, 'proposal.none', {
        ...v1,
        scope: 'child',
        exchange: 'QUICK_MODE',
        reason: 'All IPSec SA proposals found unacceptable',
      }),
    ],
  ),
  pat(
    'all-ike-proposals-unacceptable',
    'SA proposals found unacceptable',
    /^All (?:IKE )?SA proposals found unacceptable!?/,
    ['Jun 03 2024 11:21:02: %ASA-7-713906: IP = 198.51.100.7, All SA proposals found unacceptable'],
    () => [mk({}, 'proposal.none', { ...v1, scope: 'ike', reason: 'All SA proposals found unacceptable' })],
  ),
  pat(
    'ike-decode',
    'IKE_DECODE ',
    /^IKE_DECODE (?<dir>SENDING|RECEIVED) Message \(msgid=(?<mid>[0-9a-fA-F]{1,8})\) with payloads ?: ?(?<payloads>[A-Z][A-Z0-9 ()+_-]{0,1000}?) total length ?: ?(?<len>\d{1,6})/,
    [
      'Fri Sep 06 14:32:18 2013: <167>Sep 06 2013 14:32:17: %ASA-7-713236: IP = 78.25.120.194, IKE_DECODE RECEIVED Message (msgid=0) with payloads : HDR + SA (1) + VENDOR (13) + VENDOR (13) + VENDOR (13) + VENDOR (13) + VENDOR (13) + VENDOR (13) + VENDOR (13) + VENDOR (13) + VENDOR (13) + VENDOR (13) + VENDOR (13) + VENDOR (13) + VENDOR (13) + NONE (0) total length : 348',
      'Sep 15 03:14:00 [IKEv1]IP = 193.164.94.47, IKE_DECODE SENDING Message (msgid=0) with payloads : HDR + SA (1) + VENDOR (13) + VENDOR (13) + VENDOR (13) + VENDOR (13) + NONE (0) total length : 248',
    ],
    (g) => {
      const out = g.dir === 'SENDING';
      const payloads = (g.payloads ?? '')
        .split('+')
        .map((p) => p.replace(/\(\d{1,3}\)/, '').trim())
        .filter((p) => p && p !== 'HDR' && p !== 'NONE');
      const mid = parseInt(g.mid ?? '0', 16);
      const quick = mid !== 0 && payloads.includes('HASH') && payloads.includes('SA');
      return [
        mk({}, out ? 'msg.sent' : 'msg.received', {
          ...v1,
          direction: out ? 'out' : 'in',
          messageId: mid,
          payloads,
          ...(quick ? { exchange: 'QUICK_MODE' as const } : {}),
          details: { length: Number(g.len) },
        }),
      ];
    },
  ),
  pat(
    'user-authenticated',
    'authenticated.',
    /^User \((?<user>[^)]{0,128})\) authenticated\.?$/,
    [
      'Jun 03 2024 11:30:02: %ASA-7-713052: Group = RA-PSK, Username = jdoe, IP = 198.51.100.44, User (jdoe) authenticated.',
    ],
    (g) => [mk({}, 'ike.auth.ok', { ...v1, details: { method: 'xauth', user: g.user ?? '' } })],
  ),
  pat(
    'xauth-failed',
    ['failed user authentication', 'failed our user authentication'],
    /^(?<who>Remote peer has|Headend security gateway has) failed (?:our )?user authentication(?: attempt)?/,
    [
      'Oct 10 09:00:03: %ASA-3-713167: Group = RA-PSK, Username = jdoe, IP = 198.51.100.44, Remote peer has failed user authentication - check configured username and password',
      'Oct 10 09:00:03: %ASA-3-713166: Group = HQ, Username = branch, IP = 203.0.113.9, Headend security gateway has failed our user authentication attempt - check configured username and password',
    ],
    // XAUTH is the user's own authentication after phase 1 (EAP_AUTH_FAILED, as strongSwan's and
    // Libreswan's XAUTH failures), not the gateways' (key, identity, certificate).
    (g) => [
      mk({}, 'eap.failed', {
        ...v1,
        byPeer: g.who?.startsWith('Headend') === true,
        reason: 'XAUTH user authentication failed',
        details: { method: 'xauth' },
      }),
    ],
  ),
  pat(
    'unknown-tunnel-group',
    'with unknown tunnel group name',
    /^(?:IP = [^\s,]{1,64}, )?Received ISAKMP Aggressive Mode message 1 with unknown tunnel group name (?<name>\S{1,128})/,
    [
      'Jun 03 2024 11:50:09: %ASA-4-713255: IP = 198.51.100.60, Received ISAKMP Aggressive Mode message 1 with unknown tunnel group name branch-group',
    ],
    (g) => [
      mk({}, 'peer.not-configured', {
        ...v1,
        mode: 'aggressive',
        remote: { id: g.name ?? '' },
        reason: `unknown tunnel group name ${g.name ?? ''}`,
      }),
    ],
  ),
  pat(
    'group-not-found',
    'not found',
    /^Group (?<name>\S{1,128}) not found and BASE GROUP default preshared key not configured/,
    [
      'Jun 03 2024 11:50:09: %ASA-3-713138: IP = 198.51.100.60, Group 198.51.100.60 not found and BASE GROUP default preshared key not configured',
    ],
    (g) => [
      mk({}, 'peer.not-configured', {
        ...v1,
        reason: `tunnel group ${g.name ?? ''} not found, no default pre-shared key`,
      }),
    ],
  ),
  pat(
    'default-group-psk',
    'using BASE GROUP default preshared key',
    /^(?<name>\S{1,128}) not found, using BASE GROUP default preshared key/,
    [
      'Jun 03 2024 11:50:09: %ASA-5-713139: IP = 198.51.100.60, 198.51.100.60 not found, using BASE GROUP default preshared key',
    ],
    (g) => [mk({}, 'info', { ...v1, details: { fallback: `DefaultL2LGroup for ${g.name ?? ''}` } })],
  ),
  pat(
    'ike-peer-not-configured',
    'IKE Peer address not configured',
    /^IKE Peer address not configured for destination (?<peer>\S{1,64})/,
    ['Jun 03 2024 11:50:09: %ASA-3-713063: IKE Peer address not configured for destination 198.51.100.60'],
    (g) => [
      mk({}, 'peer.not-configured', { ...v1, remote: ep(g.peer), reason: 'IKE Peer address not configured' }),
    ],
  ),
  pat(
    'initiator-no-policy',
    'IKE Initiator unable to find policy',
    /^IKE Initiator unable to find policy: Intf (?<intf>[^,\s]{1,64}), Src: (?<src>[^,\s]{1,64}), Dst: (?<dst>[^,\s]{1,64})/,
    [
      'Jun 03 2024 11:50:09: %ASA-3-713042: IKE Initiator unable to find policy: Intf inside, Src: 10.10.1.5, Dst: 10.20.1.5',
    ],
    (g) => [
      mk({}, 'info', {
        ...v1,
        ts: ts(g.src, g.dst),
        details: { interface: g.intf ?? '', cause: 'no crypto map entry for this traffic' },
      }),
    ],
  ),
  pat(
    'tunnel-rejected-l2l-peer',
    'IKE peer does not match remote peer',
    /^Tunnel Rejected: IKE peer does not match remote peer as defined in L2L policy {1,2}IKE peer address: (?<ike>[^,\s]{1,64}), Remote peer address: (?<cfg>\S{1,64})/,
    [
      'Jun 03 2024 11:50:09: %ASA-7-713187: Group = 198.51.100.60, IP = 198.51.100.60, Tunnel Rejected: IKE peer does not match remote peer as defined in L2L policy  IKE peer address: 198.51.100.60, Remote peer address: 198.51.100.61',
    ],
    (g) => [
      mk({}, 'peer.not-configured', {
        ...v1,
        reason: `IKE peer ${g.ike ?? ''} is not the peer ${g.cfg ?? ''} of the L2L policy`,
      }),
    ],
  ),
  pat(
    'tunnel-rejected-sa-not-found',
    'not found for group',
    /^Tunnel rejected: SA \((?<sa>[^)]{0,64})\) not found for group \((?<grp>[^)]{0,128})\)/,
    [
      'Jun 03 2024 11:50:09: %ASA-3-713056: Group = RA-PSK, Username = jdoe, IP = 198.51.100.44, Tunnel rejected: SA (ESP-AES-SHA) not found for group (RA-PSK)!',
    ],
    (g) => [
      mk({}, 'peer.not-configured', { ...v1, reason: `SA ${g.sa ?? ''} not found for group ${g.grp ?? ''}` }),
    ],
  ),
  pat(
    'group-lock',
    'group-lock check failed',
    /^Tunnel Rejected: User \((?<user>[^)]{0,128})\) not member of group \((?<grp>[^)]{0,128})\), group-lock check failed/,
    [
      'Jun 03 2024 11:50:09: %ASA-3-713060: Group = RA-PSK, Username = jdoe, IP = 198.51.100.44, Tunnel Rejected: User (jdoe) not member of group (RA-PSK), group-lock check failed.',
    ],
    (g) => [
      mk({}, 'ike.auth.failed', {
        ...v1,
        reason: `user ${g.user ?? ''} not member of group ${g.grp ?? ''}`,
        details: { cause: 'group-lock' },
      }),
    ],
  ),
  pat(
    'session-timed-out',
    'IKE session establishment timed out',
    /^IKE session establishment timed out \[(?<state>[^\]]{1,64})\], aborting!?/,
    [
      'Mar 12 2024 10:02:41: %ASA-5-713136: IP = 203.0.113.2, IKE session establishment timed out [IKE_INIT_RETRY], aborting!',
    ],
    (g) => {
      const state = g.state ?? '';
      const first = /INIT|MSG2|NO_STATE/i.test(state);
      return [
        mk({}, 'ike.timeout', { ...v1, state, ...(first ? {} : { details: { afterFirstMessage: true } }) }),
      ];
    },
  ),
  pat(
    'rekey-duration',
    'rekeying duration',
    /^(?:Responder forcing change of (?<what>Phase 1|Phase 2|IPSec) rekeying duration|Overriding Initiator's IPSec rekeying duration) from (?<from>\d{1,12}) to (?<to>\d{1,12}) (?<unit>seconds|Kbs)/,
    [
      "Jun 03 2024 11:22:09: %ASA-5-713075: Group = 198.51.100.7, IP = 198.51.100.7, Overriding Initiator's IPSec rekeying duration from 28800 to 3600 seconds",
    ],
    (g) => [
      mk({}, 'lifetime.mismatch', {
        ...v1,
        scope: /Phase 1/.test(g.what ?? '') ? 'ike' : 'child',
        param: 'lifetime',
        remoteValue: `${g.from ?? ''} ${g.unit ?? ''}`,
        localValue: `${g.to ?? ''} ${g.unit ?? ''}`,
      }),
    ],
  ),
  pat(
    'delete-with-reason',
    'Delete With Reason message',
    /^Sending (?<what>IKE|IPsec|IPSec) Delete With Reason message: (?<reason>.{1,160})$/,
    [
      'Jun 03 2024 13:05:51: %ASA-3-713194: Group = 198.51.100.7, IP = 198.51.100.7, Sending IKE Delete With Reason message: Disconnected by Administrator.',
    ],
    (g) => [
      mk({}, g.what === 'IKE' ? 'ike.deleted' : 'child.deleted', {
        ...v1,
        byPeer: false,
        reason: g.reason ?? '',
      }),
    ],
  ),
  pat(
    'received-delete-rekeyed',
    'IKE Received delete for rekeyed',
    /^IKE Received delete for rekeyed (?<what>SA|centry) IKE peer: (?<peer>[^,\s]{1,64})/,
    [
      'Jun 04 2024 11:22:07: %ASA-7-713169: Group = 198.51.100.7, IP = 198.51.100.7, IKE Received delete for rekeyed SA IKE peer: 198.51.100.7, SA address: 0x00007f2c1d4e3b10, tunnelCnt: 1',
    ],
    (g) => [
      mk({}, 'info', {
        ...v1,
        details: {
          rekeyCleanup: g.what === 'SA' ? 'old IKE SA deleted by peer' : 'old IPsec SA deleted by peer',
        },
      }),
    ],
  ),
  pat(
    'qm-start',
    'starting QM',
    /^IKE (?<role>Initiator|Responder) starting QM: msg id = (?<mid>[0-9a-fA-F]{1,10})/,
    [
      'Jun 03 2024 11:22:08: %ASA-7-714002: Group = 198.51.100.7, IP = 198.51.100.7, IKE Initiator starting QM: msg id = 9f0ae6d2',
      'Jun 03 2024 11:22:08: %ASA-7-714003: IP = 198.51.100.7, IKE Responder starting QM: msg id = 4b3fa9c1',
    ],
    (g) => [
      mk({}, 'child.initiate', {
        ...v1,
        exchange: 'QUICK_MODE',
        role: g.role === 'Initiator' ? 'initiator' : 'responder',
        messageId: parseInt(g.mid ?? '0', 16),
      }),
    ],
  ),
  pat(
    'crypto-map-check',
    'Static Crypto Map',
    /^(?:\[IKEv1\], )?Static Crypto Map [Cc]heck(?<rest>.{0,200})$/,
    [
      'Jun 03 2024 11:22:08: %ASA-7-713222: Group = 198.51.100.7, IP = 198.51.100.7, Static Crypto Map check, map = outside_map, seq = 10, ACL does not match proxy IDs src:10.20.1.0 dst:10.10.1.0',
      'Jun 03 2024 11:22:08: %ASA-7-713225: Group = 198.51.100.7, IP = 198.51.100.7, [IKEv1], Static Crypto Map check, map outside_map, seq = 20 is a successful match',
    ],
    (g) => {
      const r = g.rest ?? '';
      const map = /map =? ?([^,\s]{1,64})/.exec(r)?.[1];
      const seq = /seq = (\d{1,6})/.exec(r)?.[1];
      const details: Record<string, string | number | boolean> = {};
      if (map) details.cryptoMap = map;
      if (seq) details.seq = Number(seq);
      if (/does not match/i.test(r)) details.aclMatch = false;
      if (/successful match/i.test(r)) details.aclMatch = true;
      return [mk({}, 'info', { ...v1, details })];
    },
  ),
  pat(
    'dh-group-override',
    'Overriding phase 2 DH Group',
    /^Mismatch: Overriding phase 2 DH Group ?\(DH group (?<p2>\d{1,2})\) with phase 1 group ?\(DH group (?<p1>\d{1,2})/,
    [
      'Jun 03 2024 11:22:08: %ASA-3-713133: Group = 198.51.100.7, IP = 198.51.100.7, Mismatch: Overriding phase 2 DH Group(DH group 2) with phase 1 group(DH group 14)',
    ],
    (g) => [
      mk({}, 'info', { ...v1, details: { pfsGroupConfigured: Number(g.p2), phase1Group: Number(g.p1) } }),
    ],
  ),
  pat(
    'info-exchange-failed',
    'Information Exchange processing failed',
    /^Information Exchange processing failed/,
    ['Jun 03 2024 11:40:02: %ASA-4-713903: IP = 198.51.100.7, Information Exchange processing failed'],
    () => [
      mk({}, 'msg.invalid', {
        ...v1,
        exchange: 'INFORMATIONAL_V1',
        reason: 'Information Exchange processing failed',
      }),
    ],
  ),
  pat(
    'payload-processing',
    ['processing', 'constructing'],
    /^(?<verb>processing|constructing) (?<what>[\w /.+-]{1,60}?) payload\s*$/,
    [
      'Fri Sep 06 14:32:18 2013: <167>Sep 06 2013 14:32:17: %ASA-7-715047: IP = YY.YY.YY.YY, processing SA payload',
      'Sep 15 03:14:00 [IKEv1 DEBUG]IP = 193.164.94.47, constructing ISAKMP SA payload',
    ],
    (g) => [
      mk({}, 'info', {
        ...v1,
        details: { [g.verb === 'processing' ? 'processing' : 'constructing']: g.what ?? '' },
      }),
    ],
  ),
  pat(
    'vendor-id',
    'VID',
    /^Received (?<vid>[\w /.+-]{1,60}?) VID\s*$/,
    [
      'Fri Sep 06 14:32:18 2013: <167>Sep 06 2013 14:32:17: %ASA-7-715049: IP = YY.YY.YY.YY, Received NAT-Traversal RFC VID',
      'Jun 03 2024 11:22:06: %ASA-7-715049: IP = 198.51.100.7, Received DPD VID',
    ],
    (g) => [mk({}, 'vendor-id', { ...v1, details: { vendorId: g.vid ?? '' } })],
  ),
  pat(
    'dpd-keepalive',
    'keep-alive of type',
    /^(?<dir>Sending|Received) keep-alive of type (?<type>DPD R-U-THERE-ACK|DPD R-U-THERE|[\w -]{1,32}?) \(seq number (?<seq>0x[0-9a-fA-F]{1,8})\)/,
    [
      'Jun 03 2024 12:10:01: %ASA-7-715036: Group = 198.51.100.7, IP = 198.51.100.7, Sending keep-alive of type DPD R-U-THERE (seq number 0x4c5d1a2b)',
      'Jun 03 2024 12:10:01: %ASA-7-715075: Group = 198.51.100.7, IP = 198.51.100.7, Received keep-alive of type DPD R-U-THERE-ACK (seq number 0x4c5d1a2b)',
    ],
    (g) => {
      const out = g.dir === 'Sending';
      const t = g.type ?? '';
      const notify = /ACK/.test(t) ? 'R_U_THERE_ACK' : /R-U-THERE/.test(t) ? 'R_U_THERE' : t;
      return [
        mk({}, out ? 'notify.sent' : 'notify.received', {
          ...v1,
          notify,
          exchange: 'INFORMATIONAL_V1',
          details: { seq: g.seq ?? '' },
        }),
      ];
    },
  ),
  pat(
    'fsm-error-history',
    'FSM error history',
    /^IKE (?<fsm>MM|AM|QM) (?<role>Initiator|Responder) FSM error history \(struct &(?<struct>0x[0-9a-fA-F]{1,16})\) {1,2}(?<history>.{0,400})$/,
    [
      'Mar 12 2024 10:02:41: %ASA-7-713906: IP = 203.0.113.2, IKE MM Initiator FSM error history (struct &0x00007f3b6c2d1e80)  <state>, <event>:  MM_DONE, EV_ERROR-->MM_WAIT_MSG2, EV_TIMEOUT-->MM_WAIT_MSG2, NullEvent-->MM_SND_MSG1, EV_SND_MSG-->MM_SND_MSG1, EV_START_TMR-->MM_SND_MSG1, EV_RESEND_MSG-->MM_WAIT_MSG2, EV_TIMEOUT',
    ],
    (g) => {
      const h = g.history ?? '';
      // `MM_WAIT_MSG2, EV_TIMEOUT`: our first main-mode message was never answered.
      const stuck = /(?<st>[A-Z]{2}_WAIT_MSG\d), EV_TIMEOUT/.exec(h)?.groups?.st;
      const fields = {
        ...v1,
        role: g.role === 'Initiator' ? ('initiator' as const) : ('responder' as const),
      };
      if (stuck) {
        const ex = ikev1ExchangeOf(stuck);
        const first = /WAIT_MSG2$/.test(stuck) && g.role === 'Initiator';
        // Waiting for message n: the last message this side sent was n - 1.
        const waitFor = Number(/(\d)$/.exec(stuck)?.[1] ?? '0');
        return [
          mk({}, 'ike.timeout', {
            ...fields,
            state: stuck,
            ...(ex ? { exchange: ex } : {}),
            ...(waitFor > 1 ? { msgNo: waitFor - 1 } : {}),
            details: first ? { fsm: g.fsm ?? '' } : { fsm: g.fsm ?? '', afterFirstMessage: true },
          }),
        ];
      }
      return [mk({}, 'info', { ...fields, details: { fsm: g.fsm ?? '', history: h.slice(0, 200) } })];
    },
  ),
  pat(
    'sa-terminating',
    'terminating:',
    /^IKE SA (?<kind>MM|AM|QM):(?<id>[0-9a-fA-F]{1,16}) (?:rcv'd )?[Tt]erminat(?:ing|e)(?<rest>.{0,200})$/,
    [
      'Mar 12 2024 10:02:41: %ASA-7-713906: IP = 203.0.113.2, IKE SA MM:6a8f2b1c terminating:  flags 0x01000022, refcnt 0, tuncnt 0',
    ],
    (g) => [mk({}, 'info', { ...v1, details: { terminating: `${g.kind ?? ''}:${g.id ?? ''}` } })],
  ),
  pat(
    'freeing-memory',
    'Freeing previously allocated memory',
    /^Freeing previously allocated memory for (?<what>[\w -]{1,64})/,
    [
      '<165>Jan 15 11:00:00 asa.corp.com %ASA-5-713172: Group = GroupVPN, Username = jsmith, IP = 203.0.113.5, Freeing previously allocated memory for authorization-dn-attributes',
    ],
    (g) => [mk({}, 'info', { ...v1, details: { freeing: g.what ?? '' } })],
  ),
  pat(
    'connection-landed',
    'Connection landed on tunnel_group',
    /^Connection landed on tunnel_group (?<grp>\S{1,128})/,
    [
      'Jun 03 2024 11:22:07: %ASA-7-713906: IP = 198.51.100.7, Connection landed on tunnel_group 198.51.100.7',
    ],
    (g) => [mk({}, 'info', { ...v1, conn: g.grp ?? '' })],
  ),
  pat(
    'proxy-id-payload',
    'Proxy',
    /^Received (?<side>local|remote) (?:IP )?Proxy (?:Subnet|Host|Range)(?: data| FQDN)? in ID Payload: {1,4}(?:Host Name: (?<host>\S{1,128}) {1,2})?Address (?<addr>[^,\s]{1,64}),(?: Mask (?<mask>[^,\s]{1,64}),)? Protocol (?<proto>\d{1,3}), {1,2}Port (?<port>\d{1,5})/,
    [
      'Jun 03 2024 11:22:08: %ASA-7-713034: Group = 198.51.100.7, IP = 198.51.100.7, Received local IP Proxy Subnet data in ID Payload:   Address 10.10.1.0, Mask 255.255.255.0, Protocol 0, Port 0',
    ],
    (g) => {
      const sel = proxy(`${g.addr ?? ''}/${g.mask ?? '255.255.255.255'}`);
      return [
        mk({}, 'info', {
          ...v1,
          ts: g.side === 'local' ? ts(sel, undefined) : ts(undefined, sel),
          details: { proxySide: g.side ?? '' },
        }),
      ];
    },
  ),
  pat(
    'assigned-ip',
    'Assigned private IP address',
    /^Assigned private IP address (?<addr>\S{1,64}) to remote user/,
    [
      'Jun 03 2024 11:30:04: %ASA-6-713228: Group = RA-PSK, Username = jdoe, IP = 198.51.100.44, Assigned private IP address 10.99.0.15 to remote user',
    ],
    (g) => [mk({}, 'info', { ...v1, details: { assignedAddress: g.addr ?? '' } })],
  ),
  pat(
    'transaction-mode',
    'transaction mode attribute',
    /^Received (?<what>unsupported|unknown) transaction mode attribute: (?<attr>\S{1,32})/,
    [
      'Jun 03 2024 11:30:03: %ASA-5-713130: Group = RA-PSK, Username = jdoe, IP = 198.51.100.44, Received unsupported transaction mode attribute: 5',
    ],
    (g) => [mk({}, 'info', { ...v1, details: { modeCfgAttribute: g.attr ?? '' } })],
  ),
  pat(
    'transaction-payload',
    'unexpected Transaction Exchange payload',
    /^Received unexpected Transaction Exchange payload type: (?<type>\S{1,32})/,
    [
      'Jun 03 2024 11:30:03: %ASA-3-713129: Group = RA-PSK, Username = jdoe, IP = 198.51.100.44, Received unexpected Transaction Exchange payload type: 8',
    ],
    (g) => [
      mk({}, 'msg.invalid', {
        ...v1,
        reason: `unexpected Transaction Exchange payload type ${g.type ?? ''}`,
      }),
    ],
  ),
  pat(
    'load-balancing-redirect',
    'redirected to VCA peer',
    /^Connection attempt to VCPIP redirected to VCA peer (?<peer>\S{1,64}) via load balancing/,
    [
      'Jun 03 2024 11:30:01: %ASA-6-713128: IP = 198.51.100.44, Connection attempt to VCPIP redirected to VCA peer 192.0.2.12 via load balancing',
    ],
    (g) => [mk({}, 'info', { ...v1, details: { redirectedTo: g.peer ?? '' } })],
  ),
  pat(
    'peer-configured-for-sa',
    'IKE Remote Peer configured for SA',
    /^IKE Remote Peer configured for SA: (?<sa>\S{1,64})/,
    [
      'Jun 03 2024 11:22:08: %ASA-7-713066: Group = 198.51.100.7, IP = 198.51.100.7, IKE Remote Peer configured for SA: outside_map',
    ],
    (g) => [mk({}, 'info', { ...v1, details: { cryptoMap: g.sa ?? '' } })],
  ),
];
