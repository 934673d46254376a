// IKEv2 messages of the ASA (750xxx, 751xxx: `Local:A:p Remote:B:q Username:u IKEv2 <text>`) and
// the tunnel manager that picks the IKE version for a LAN-to-LAN crypto map entry (752xxx).
// Source: Cisco Secure Firewall ASA Series Syslog Messages, "Messages 722001 to 776020".
import type { PatternSpec } from '../../core/dialect.js';
import type { EventDraft } from '../../core/model.js';
import { mentionsTimeout } from '../cisco-ios/cisco-common.js';
import { mk, pat, ts, tsRange } from './build.js';

const v2 = { ikeVersion: 2 as const };

/** `Address Range: 10.0.0.0-10.0.0.255 Protocol: 0 Port Range: 0-65535` → `10.0.0.0-10.0.0.255`. */
function range(
  a: string | undefined,
  proto: string | undefined,
  ports: string | undefined,
): string | undefined {
  if (!a) return undefined;
  const [s, e] = a.split('-');
  const addr = e && e !== s ? a : (s ?? a);
  const extra =
    (proto && proto !== '0') || (ports && ports !== '0-65535') ? `[${proto ?? '0'}/${ports ?? ''}]` : '';
  return `${addr}${extra}`;
}

/** What an ASA `Negotiation aborted due to ERROR: <error>` (750003) means. */
function abortEvents(err: string): EventDraft[] {
  const e = err.trim();
  const reason = `Negotiation aborted due to ERROR: ${e}`;
  if (/no IPSEC policy found for received TS|traffic selector|TS_UNACCEPTABLE/i.test(e))
    return [mk({}, 'ts.mismatch', { ...v2, reason })];
  if (/matching policy|no proposal chosen|NO_PROPOSAL_CHOSEN|proposal/i.test(e)) {
    const child = /IPSEC|child|ESP/i.test(e);
    return [mk({}, 'proposal.none', { ...v2, scope: child ? 'child' : 'ike', reason })];
  }
  if (/invalid KE|INVALID_KE/i.test(e))
    return [mk({}, 'notify.received', { ...v2, notify: 'INVALID_KE_PAYLOAD', reason })];
  if (mentionsTimeout(e)) {
    // `Failed to receive the AUTH msg before the timer expired`: IKE_SA_INIT was answered.
    const afterInit = /AUTH/i.test(e);
    return [
      mk({}, 'ike.timeout', {
        ...v2,
        reason,
        ...(afterInit ? { exchange: 'IKE_AUTH' as const, details: { afterFirstMessage: true } } : {}),
      }),
    ];
  }
  if (/certificate|cert /i.test(e)) return [mk({}, 'cert.invalid', { ...v2, reason })];
  if (/EAP/i.test(e)) return [mk({}, 'eap.failed', { ...v2, reason })];
  if (/authenticat|auth exchange|AUTH/i.test(e)) return [mk({}, 'ike.auth.failed', { ...v2, reason })];
  if (/locate an item in the database|tunnel.?group|no matching/i.test(e))
    return [mk({}, 'peer.not-configured', { ...v2, reason })];
  if (/create child/i.test(e)) return [mk({}, 'child.failed', { ...v2, reason })];
  return [mk({}, 'msg.invalid', { ...v2, reason })];
}

export const ikev2Patterns: readonly PatternSpec[] = [
  pat(
    'ikev2-request-tunnel',
    'IPsec tunnel; local traffic selector',
    /^Received request to (?:establish|request) an IPsec tunnel; local traffic selector = Address Range: (?<la>\S{1,90}) Protocol: (?<lp>\d{1,3}) Port Range: (?<lr>\S{1,12}) ?; remote traffic selector = Address Range: (?<ra>\S{1,90}) Protocol: (?<rp>\d{1,3}) Port Range: (?<rr>\S{1,12})/,
    [
      'Jun 04 2024 09:10:01: %ASA-5-750001: Local:203.0.113.1:500 Remote:198.51.100.7:500 Username:198.51.100.7 Received request to establish an IPsec tunnel; local traffic selector = Address Range: 10.10.1.0-10.10.1.255 Protocol: 0 Port Range: 0-65535 ; remote traffic selector = Address Range: 10.20.1.0-10.20.1.255 Protocol: 0 Port Range: 0-65535',
    ],
    (g) => [
      mk({}, 'child.initiate', {
        ...v2,
        role: 'initiator',
        ts: ts(range(g.la, g.lp, g.lr), range(g.ra, g.rp, g.rr)),
      }),
    ],
  ),
  pat(
    'ikev2-init-sa-request',
    'IKE_INIT_SA request',
    /^Received a IKE_INIT_SA request/,
    [
      'Apr 27 2020 02:03:03 dev01: %ASA-5-750002: Local:81.2.69.144:7777 Remote:192.168.2.2:7777 Username:admin Received a IKE_INIT_SA request',
    ],
    () => [mk({}, 'ike.respond', { ...v2, role: 'responder', exchange: 'IKE_SA_INIT' })],
  ),
  pat(
    'ikev2-negotiation-aborted',
    'Negotiation aborted due to ERROR',
    /^Negotiation aborted due to ERROR: ?(?<err>.{0,200})$/,
    [
      'Apr 27 2020 02:03:03 dev01: %ASA-4-750003: Local:81.2.69.144:7777 Remote:192.168.2.2:7777 Username:admin Negotiation aborted due to ERROR: Failed to locate an item in the database',
      'Apr  7 13:08:35 asa1.pofp.internal %ASA-4-750003: Local:9.8.7.6:500 Remote:2.3.4.5:500 Username:Unknown IKEv2 Negotiation aborted due to ERROR: Failed to receive the AUTH msg before the timer expired',
      '%FTD-4-750003 Local:2.2.2.2:500 Remote:1.1.1.1:500 Username:Username IKEv2 Negotiation aborted due to ERROR: Failed to authenticate the IKE SA',
      '%ASA-4-750003: Local:2.2.2.2:500 Remote:HOSTNAME:500 Username:User1 IKEv2 Negotiation aborted due to ERROR: There was no IPSEC policy found for received TS',
    ],
    (g) => abortEvents(g.err ?? ''),
  ),
  pat(
    'ikev2-cookie',
    'COOKIE challenge',
    /^Sending COOKIE challenge to throttle possible DoS/,
    [
      'Jun 04 2024 09:10:01: %ASA-5-750004: Local:203.0.113.1:500 Remote:198.51.100.90:500 Username:Unknown Sending COOKIE challenge to throttle possible DoS',
    ],
    () => [mk({}, 'notify.sent', { ...v2, notify: 'COOKIE', exchange: 'IKE_SA_INIT' })],
  ),
  pat(
    'ikev2-rekey-collision',
    'rekey collision detected',
    /^IPsec rekey collision detected\. I am (?<who>lowest|highest) nonce initiator, deleting SA with inbound SPI (?<spi>0x[0-9a-fA-F]{1,8})/,
    [
      'Jun 04 2024 10:10:01: %ASA-5-750005: Local:203.0.113.1:500 Remote:198.51.100.7:500 Username:198.51.100.7 IPsec rekey collision detected. I am lowest nonce initiator, deleting SA with inbound SPI 0x8c2d14e1',
    ],
    (g) => [mk({}, 'info', { ...v2, details: { rekeyCollision: true, spi: g.spi ?? '' } })],
  ),
  pat(
    'ikev2-sa-up',
    'SA UP',
    /^SA UP\. Reason: (?<reason>.{1,160})$/,
    [
      '%FTD-5-750006: Local:2.2.2.2:4500 Remote:1.1.1.1:55543 Username:admin IKEv2 SA UP. Reason: New Connection Established',
      'Jun 04 2024 09:10:02: %ASA-5-750006: Local:203.0.113.1:500 Remote:198.51.100.7:500 Username:198.51.100.7 IKEv2 SA UP. Reason: Rekey',
    ],
    (g) => {
      const r = g.reason ?? '';
      if (/rekey/i.test(r)) return [mk({}, 'ike.rekey', { ...v2, reason: r, details: { state: 'done' } })];
      return [mk({}, 'ike.established', { ...v2, reason: r })];
    },
  ),
  pat(
    'ikev2-sa-down',
    'SA DOWN',
    /^SA DOWN\. Reason: (?<reason>.{1,160})$/,
    [
      'Jun 04 2024 12:00:40: %ASA-5-750007: Local:203.0.113.1:500 Remote:198.51.100.7:500 Username:198.51.100.7 IKEv2 SA DOWN. Reason: peer lost',
      'Jun 04 2024 12:00:40: %ASA-5-750007: Local:203.0.113.1:4500 Remote:198.51.100.44:61020 Username:jdoe IKEv2 SA DOWN. Reason: Delete request from peer',
    ],
    (g) => {
      const r = g.reason ?? '';
      const ev: EventDraft[] = [
        mk({}, 'ike.deleted', {
          ...v2,
          reason: r,
          byPeer: /peer|remote/i.test(r) && !/lost|dead|DPD/i.test(r),
        }),
      ];
      if (/lost|dead|DPD|liveness/i.test(r)) ev.push(mk({}, 'dpd.dead', { ...v2, reason: r }));
      return ev;
    },
  ),
  pat(
    'ikev2-sa-rejected',
    'SA re',
    /^SA (?:rejected due to system resource low|request rejected due to CAC limit reached(?:: Rejection reason: (?<reason>.{1,120}))?)/,
    [
      'Jun 04 2024 09:10:01: %ASA-5-750009: Local:203.0.113.1:500 Remote:198.51.100.7:500 Username:198.51.100.7 SA request rejected due to CAC limit reached: Rejection reason: IN-NEGOTIATION SA limit of 10 reached',
    ],
    (g) => [mk({}, 'info', { ...v2, reason: g.reason ?? 'resource limit', details: { rejected: true } })],
  ),
  pat(
    'ikev2-encryption-not-strong',
    'is not strong enough to secure',
    /^(?<rej>Tunnel Rejected: )?Selected IKEv2 encryption algorithm \((?<ike>[^)]{1,40})\) is not strong enough to secure proposed IPSEC encryption algorithm \((?<esp>[^)]{1,40})\)/,
    [
      'Jun 04 2024 09:10:02: %ASA-3-750011: Tunnel Rejected: Selected IKEv2 encryption algorithm (3DES) is not strong enough to secure proposed IPSEC encryption algorithm (AES-GCM-256).',
    ],
    (g) =>
      g.rej
        ? [
            mk({}, 'child.failed', {
              ...v2,
              reason: `IKEv2 encryption ${g.ike ?? ''} weaker than IPsec ${g.esp ?? ''}`,
              details: { ikeEncryption: g.ike ?? '', espEncryption: g.esp ?? '' },
            }),
          ]
        : [mk({}, 'info', { ...v2, details: { ikeEncryption: g.ike ?? '', espEncryption: g.esp ?? '' } })],
  ),
  pat(
    'ikev2-peer-moved',
    'Peer Moved',
    /^IKEv2 SA \(iSPI (?<ispi>[0-9A-Fa-f]{1,16}) rRSP (?<rspi>[0-9A-Fa-f]{1,16})\) Peer Moved: Previous (?<prev>\S{1,120})\. Updated (?<now>\S{1,120})/,
    [
      'Jun 04 2024 11:00:00: %ASA-5-750013: IKEv2 SA (iSPI 3D8A1C2B4E5F6071 rRSP 918273645AB1C2D3) Peer Moved: Previous 198.51.100.44:4500/203.0.113.1:4500. Updated 198.51.100.45:4500/203.0.113.1:4500',
    ],
    (g) => [mk({}, 'info', { ...v2, details: { previous: g.prev ?? '', updated: g.now ?? '' } })],
  ),
  pat(
    'ikev2-initial-contact-abort',
    'Session aborted',
    /^Session aborted\. Reason: (?<reason>Initial Contact received[^\n]{0,40}?)(?: for Local ID: (?<lid>[^,]{1,128}), Remote ID: (?<rid>\S{1,128}))?(?: from remote peer: ?(?<peer>\S{1,80}))?/,
    [
      'Jun 04 2024 11:00:00: %ASA-4-750014: Local:203.0.113.1:500 Remote:198.51.100.7:500 Username:198.51.100.7 IKEv2 Session aborted. Reason: Initial Contact received for Local ID: 203.0.113.1, Remote ID: 198.51.100.7 from remote peer:198.51.100.7:500 to 203.0.113.1:500',
    ],
    (g) => [
      mk({}, 'ike.deleted', {
        ...v2,
        byPeer: true,
        reason: 'Initial Contact received',
        ...(g.rid ? { remote: { id: g.rid } } : {}),
        ...(g.lid ? { local: { id: g.lid.trim() } } : {}),
      }),
    ],
  ),
  pat(
    'ikev2-deleting-ipsec-sa',
    'deleting IPSec SA',
    /^deleting IPSec SA\. Reason: (?<reason>[^;]{1,160}?)(?: for SPI (?<spi>0x[0-9a-fA-F]{1,8}))?(?:;|$)/,
    [
      'Jun 04 2024 11:00:00: %ASA-4-750015: Local:203.0.113.1:500 Remote:198.51.100.7:500 Username:198.51.100.7 IKEv2 deleting IPSec SA. Reason: invalid SPI notification received for SPI 0x5C3D2E1F; local traffic selector = Address Range: 10.10.1.0-10.10.1.255 Protocol: 0 Port Range: 0-65535 ; remote traffic selector = Address Range: 10.20.1.0-10.20.1.255 Protocol: 0 Port Range: 0-65535',
    ],
    (g) => {
      const r = (g.reason ?? '').trim();
      const invalidSpi = /invalid SPI/i.test(r);
      const ev: EventDraft[] = [
        mk({}, 'child.deleted', {
          ...v2,
          reason: r,
          byPeer: invalidSpi,
          details: g.spi ? { spi: g.spi } : {},
        }),
      ];
      if (invalidSpi)
        ev.push(
          mk({}, 'notify.received', { ...v2, notify: 'INVALID_SPI', details: g.spi ? { spi: g.spi } : {} }),
        );
      return ev;
    },
  ),
  pat(
    'ikev2-crypto-map-policy-not-found',
    'Crypto Map Policy not found for remote traffic selector',
    /^Tunnel rejected: Crypto Map Policy not found for remote traffic selector (?<rts>\S{1,120}) local traffic selector (?<lts>[^!\s]{1,120})/,
    [
      'Jun 04 2024 09:10:02: %ASA-3-751022: Local:203.0.113.1:500 Remote:198.51.100.7:500 Username:198.51.100.7 IKEv2 Tunnel rejected: Crypto Map Policy not found for remote traffic selector 10.20.1.0/10.20.1.255/0/65535/0 local traffic selector 10.10.2.0/10.10.2.255/0/65535/0!',
    ],
    (g) => [
      mk({}, 'ts.mismatch', {
        ...v2,
        ts: ts(tsRange(g.lts), tsRange(g.rts)),
        reason: 'Crypto Map Policy not found for remote traffic selector',
      }),
    ],
  ),
  pat(
    'ikev2-address-assigned',
    'assigned to session',
    /^(?:IKEv2 )?Group:(?<grp>\S{0,128}) IPv4 Address=(?<v4>\S{0,64}) IPv6 address=(?<v6>\S{0,64}) assigned to session/,
    [
      '<165>Mar 13 2025 09:37:52: %ASA-5-751025: Local:10.1.1.180:4500 Remote:10.2.66.123:53256 Username:anonyms IKEv2 Group:Remote-Power_Users IPv4 Address=172.16.58.24 IPv6 address=fd29:849c:87c7:41bb::1 assigned to session',
      '<166>Aug 20 2026 08:56:44 asa-vpn-01 : %ASA-6-751025: Local:vpn-01.example.com:4500 Remote:client-01.example.net:50469 Username:dave.miller@example.com Group:GroupPolicy_Contractors IPv4 Address=172.16.58.33 IPv6 address=invalid-addr-2-0.0.0.0 assigned to session',
    ],
    (g) => [mk({}, 'info', { ...v2, details: { groupPolicy: g.grp ?? '', assignedAddress: g.v4 ?? '' } })],
  ),
  pat(
    'ikev2-no-auth-configured',
    ['configured for self', 'No remote authentication method'],
    /^No (?:pre-shared key or trustpoint configured for self|remote authentication method configured for peer) in tunnel group (?<grp>\S{1,128})/,
    [
      'Jun 04 2024 09:10:02: %ASA-3-751002: Local:203.0.113.1:500 Remote:198.51.100.7:500 Username:198.51.100.7 IKEv2 No pre-shared key or trustpoint configured for self in tunnel group 198.51.100.7',
    ],
    (g) => [
      mk({}, 'peer.not-configured', {
        ...v2,
        conn: g.grp ?? '',
        reason: 'no authentication configured in tunnel group',
        details: { tunnelGroup: g.grp ?? '' },
      }),
    ],
  ),
  pat(
    'ikev2-cert-auth-failed',
    'Certificate authentication failed',
    /^Certificate authentication failed\. Error: (?<err>.{1,160})$/,
    [
      'Jun 04 2024 09:10:02: %ASA-3-751006: Local:203.0.113.1:4500 Remote:198.51.100.44:61020 Username:Unknown IKEv2 Certificate authentication failed. Error: Certificate validation failed',
    ],
    (g) => [mk({}, 'cert.invalid', { ...v2, reason: g.err ?? '' })],
  ),
  pat(
    'ikev2-not-enabled-in-group-policy',
    'IKEv2 not enabled in group policy',
    /^(?:Group=(?<grp>[^,]{1,128}), )?Tunnel rejected: IKEv2 not enabled in group policy/,
    [
      'Jun 04 2024 09:10:02: %ASA-3-751008: Local:203.0.113.1:500 Remote:198.51.100.7:500 Username:198.51.100.7 IKEv2 Group=L2L-POLICY, Tunnel rejected: IKEv2 not enabled in group policy',
    ],
    (g) => [
      mk({}, 'version.mismatch', {
        ...v2,
        reason: 'IKEv2 not enabled in group policy',
        details: { groupPolicy: g.grp ?? '', expected: 'ikev2' },
      }),
    ],
  ),
  pat(
    'ikev2-tunnel-group-not-found',
    ['Unable to find tunnel group', 'Unable to determine self-authentication'],
    /^(?:Unable to find tunnel group for peer|Unable to determine self-authentication method\. No crypto map setting or tunnel group found)/,
    [
      'Jun 04 2024 09:10:02: %ASA-3-751009: Local:203.0.113.1:500 Remote:198.51.100.60:500 Username:Unknown IKEv2 Unable to find tunnel group for peer.',
      'Jun 04 2024 09:10:02: %ASA-3-751010: Local:203.0.113.1:500 Remote:198.51.100.60:500 Username:Unknown IKEv2 Unable to determine self-authentication method. No crypto map setting or tunnel group found.',
    ],
    () => [mk({}, 'peer.not-configured', { ...v2, reason: 'no tunnel group for peer' })],
  ),
  pat(
    'ikev2-user-auth-failed',
    'Failed user authentication',
    /^Failed user authentication\. Error: (?<err>.{1,160})$/,
    [
      'Jun 04 2024 09:20:02: %ASA-3-751011: Local:203.0.113.1:4500 Remote:198.51.100.44:61020 Username:jdoe IKEv2 Failed user authentication. Error: Authentication rejected',
    ],
    (g) => [mk({}, 'eap.failed', { ...v2, reason: g.err ?? '' })],
  ),
  pat(
    'ikev2-config-payload-warning',
    'Configuration Payload request',
    /^Warning Configuration Payload request for attribute (?<attr>\S{1,40}) could not be processed\. Error: (?<err>.{1,120})$/,
    [
      'Jun 04 2024 09:20:02: %ASA-4-751014: Local:203.0.113.1:4500 Remote:198.51.100.44:61020 Username:jdoe IKEv2 Warning Configuration Payload request for attribute 0x5 could not be processed. Error: Unknown/Unsupported Attribute',
    ],
    (g) => [mk({}, 'info', { ...v2, details: { cpAttribute: g.attr ?? '', error: g.err ?? '' } })],
  ),
  pat(
    'ikev2-dh-failed',
    'Diffie-Hellman operation',
    /^Failed to complete Diffie-Hellman operation\. Error: (?<err>.{1,120})$/,
    [
      'Jun 04 2024 09:20:02: %ASA-3-751001: Local:203.0.113.1:500 Remote:198.51.100.7:500 Username:198.51.100.7 IKEv2 Failed to complete Diffie-Hellman operation. Error: Invalid DH group',
    ],
    (g) => [
      mk({}, 'msg.invalid', {
        ...v2,
        exchange: 'IKE_SA_INIT',
        reason: `Diffie-Hellman operation failed: ${g.err ?? ''}`,
      }),
    ],
  ),
  pat(
    'tunnel-manager-dispatch',
    'dispatching a KEY_ACQUIRE message to IKEv',
    /^Tunnel Manager dispatching a KEY_ACQUIRE message to IKEv(?<ver>[12])(?<after> after a failed attempt)?\. {1,2}Map Tag = ?(?<map>[^.\s]{1,64})\. {1,2}Map Sequence Number = (?<seq>\d{1,6})/,
    [
      'Mar 12 2024 10:02:11: %ASA-5-752004: Tunnel Manager dispatching a KEY_ACQUIRE message to IKEv1.  Map Tag = outside_map.  Map Sequence Number = 10.',
      'Jun 04 2024 09:10:01: %ASA-5-752003: Tunnel Manager dispatching a KEY_ACQUIRE message to IKEv2.  Map Tag = outside_map.  Map Sequence Number = 20.',
    ],
    (g) => [
      mk({}, 'info', {
        ikeVersion: g.ver === '1' ? 1 : 2,
        details: { cryptoMap: g.map ?? '', seq: Number(g.seq), retry: g.after !== undefined },
      }),
    ],
  ),
  pat(
    'tunnel-manager-dispatch-failed',
    'failed to dispatch a KEY_ACQUIRE message',
    /^Tunnel Manager failed to dispatch a KEY_ACQUIRE message\. (?<why>Probable mis-configuration of the crypto map or tunnel-group|Entry already in Tunnel Manager)\. {1,2}Map Tag = ?(?<map>[^.\s]{1,64})\. {1,2}Map Sequence Number = (?<seq>\d{1,6})/,
    [
      'Jun 04 2024 09:10:01: %ASA-3-752006: Tunnel Manager failed to dispatch a KEY_ACQUIRE message. Probable mis-configuration of the crypto map or tunnel-group.  Map Tag = outside_map.  Map Sequence Number = 30, SRC Addr: 10.10.3.5 port: 0 Dst Addr: 10.30.1.5 port: 0',
    ],
    (g) =>
      /mis-configuration/.test(g.why ?? '')
        ? [
            mk({}, 'peer.not-configured', {
              reason: 'Probable mis-configuration of the crypto map or tunnel-group',
              details: { cryptoMap: g.map ?? '', seq: Number(g.seq) },
            }),
          ]
        : [mk({}, 'info', { details: { cryptoMap: g.map ?? '', seq: Number(g.seq), duplicate: true } })],
  ),
  pat(
    'tunnel-manager-duplicate',
    'Duplicate entry already in Tunnel Manager',
    /^Duplicate entry already in Tunnel Manager/,
    ['Jun 04 2024 09:10:01: %ASA-6-752008: Duplicate entry already in Tunnel Manager.'],
    () => [mk({}, 'info', { details: { duplicate: true } })],
  ),
  pat(
    'tunnel-manager-missing',
    ["Doesn't", 'Multiple Peers'],
    /^IKEv(?<ver>[12]) Doesn't (?<what>support Multiple Peers|have a proposal specified|have a transform set specified)/,
    ["Jun 04 2024 09:10:01: %ASA-4-752010: IKEv2 Doesn't have a proposal specified"],
    (g) => [mk({}, 'info', { ikeVersion: g.ver === '1' ? 1 : 2, details: { missing: g.what ?? '' } })],
  ),
  pat(
    'ike-version-result',
    'at setting up a tunnel',
    /^IKEv(?<ver>[12]) (?:protocol )?was (?<ok>successful|unsuccessful) at setting up a tunnel\. {1,2}Map Tag = ?(?<map>[^.\s]{1,64})\. {1,2}Map Sequence Number = (?<seq>\d{1,6})/,
    [
      'Mar 12 2024 10:02:41: %ASA-4-752012: IKEv1 was unsuccessful at setting up a tunnel.  Map Tag = outside_map.  Map Sequence Number = 10.',
      'Jun 04 2024 09:10:02: %ASA-7-752016: IKEv2 was successful at setting up a tunnel.  Map Tag = outside_map.  Map Sequence Number = 20.',
    ],
    (g) => [
      mk({}, 'info', {
        ikeVersion: g.ver === '1' ? 1 : 2,
        details: { cryptoMap: g.map ?? '', seq: Number(g.seq), success: g.ok === 'successful' },
      }),
    ],
  ),
  pat(
    'tunnel-manager-failed',
    'Tunnel Manager has failed to establish an L2L SA',
    /^Tunnel Manager has failed to establish an L2L SA\. {1,2}All configured IKE versions failed to establish the tunnel\. {1,2}Map Tag ?= ?(?<map>[^.\s]{1,64})\. {1,2}Map Sequence Number = (?<seq>\d{1,6})/,
    [
      'Mar 12 2024 10:02:41: %ASA-3-752015: Tunnel Manager has failed to establish an L2L SA.  All configured IKE versions failed to establish the tunnel. Map Tag= outside_map.  Map Sequence Number = 10.',
    ],
    // The parser turns this into `ike.timeout` when nothing was heard from the peer (see index.ts).
    (g) => [
      mk({}, 'tunnel.down', {
        reason: 'All configured IKE versions failed to establish the tunnel',
        details: { cryptoMap: g.map ?? '', seq: Number(g.seq) },
      }),
    ],
  ),
];
