// IOS / IOS-XE crypto syslog messages (`%CRYPTO-n-MNEMONIC:`, `%IKEV2-n-MNEMONIC:`).
// Sources: Cisco IOS System Message Guide (CRYPTO facility); "IPsec VPN Monitoring" (Cisco IOS
// Security Configuration Guide 15.1S, seed 001) for SESSION_STATUS and per-peer descriptions.
import type { PatternSpec } from '../../core/dialect.js';
import type { EventDraft } from '../../core/model.js';
import { mentionsTimeout } from './cisco-common.js';
import { ep, hostPort, mk, pat, ts } from './build.js';

/** The tail of a SESSION_STATUS line: `fvrf=name10 ivrf=name20 Description: SJC24-2-VPN-Gateway Id: 10.5.5.2`. */
function sessionTail(tail: string): { fvrf?: string; ivrf?: string; description?: string; id?: string } {
  const out: { fvrf?: string; ivrf?: string; description?: string; id?: string } = {};
  const fvrf = /(?:^| )fvrf=(\S{1,64})/.exec(tail);
  if (fvrf?.[1]) out.fvrf = fvrf[1];
  const ivrf = /(?:^| )ivrf=(\S{1,64})/.exec(tail);
  if (ivrf?.[1]) out.ivrf = ivrf[1];
  const idAt = tail.lastIndexOf(' Id: ');
  if (idAt >= 0) {
    const id = tail.slice(idAt + 5).trim();
    if (id) out.id = id;
  }
  const d = tail.indexOf('Description: ');
  if (d >= 0) {
    const end = idAt > d ? idAt : tail.length;
    const desc = tail.slice(d + 13, end).trim();
    if (desc) out.description = desc;
  }
  return out;
}

/** IOS-XE `fail_reason:` of %CRYPTO-5-IPSEC_SETUP_FAILURE onto an event kind. */
function setupFailure(reason: string): EventDraft {
  const r = reason.trim();
  if (/proposal/i.test(r)) {
    const child = /ipsec|phase ?2|quick/i.test(r);
    return mk({}, 'proposal.none', { scope: child ? 'child' : 'ike', reason: r });
  }
  if (/pre.?shared|psk|key mismatch/i.test(r)) return mk({}, 'psk.mismatch', { reason: r });
  if (/id mismatch|identity/i.test(r)) return mk({}, 'id.mismatch', { reason: r });
  if (/proxy|selector|acl/i.test(r)) return mk({}, 'ts.mismatch', { reason: r });
  if (mentionsTimeout(r)) return mk({}, 'ike.timeout', { reason: r });
  if (/auth/i.test(r)) return mk({}, 'ike.auth.failed', { reason: r });
  return mk({}, 'child.failed', { reason: r });
}

export const syslogPatterns: readonly PatternSpec[] = [
  pat(
    'crypto-session-status',
    'SESSION_STATUS: Crypto',
    /^%CRYPTO-\d-(?<v2>IKEV2_)?SESSION_STATUS: Crypto (?:session|tunnel)(?: v2)? is (?<state>UP|DOWN)\. {1,2}Peer (?<peer>\S{1,80})(?<tail>.{0,400})$/,
    [
      '%CRYPTO-5-SESSION_STATUS: Crypto session is UP. Peer 10.6.6.1:500 fvrf=name10 ivrf=name20 Description: SJC24-2-VPN-Gateway Id: 10.5.5.2',
      '%CRYPTO-5-SESSION_STATUS: Crypto session is DOWN. Peer 10.6.6.1:500 fvrf=name10 ivrf=name20 Description: SJC24-2-VPN-Gateway Id: 10.5.5.2',
      '%CRYPTO-5-SESSION_STATUS: Crypto tunnel is UP. Peer 10.2.2.9:500 Description: connection from site A Id: ezvpn',
      '*Jun 12 09:41:07.331: %CRYPTO-5-IKEV2_SESSION_STATUS: Crypto tunnel v2 is DOWN.  Peer 192.0.2.20:500 Id: 192.0.2.20',
    ],
    (g) => {
      const t = sessionTail(g.tail ?? '');
      const remote = { ...hostPort(g.peer), ...(t.id ? { id: t.id } : {}) };
      const details: Record<string, string> = {};
      if (t.description) details.description = t.description;
      if (t.fvrf) details.fvrf = t.fvrf;
      if (t.ivrf) details.ivrf = t.ivrf;
      return [
        mk({}, g.state === 'UP' ? 'tunnel.up' : 'tunnel.down', {
          remote,
          ...(g.v2 ? { ikeVersion: 2 as const } : {}),
          details,
          vars: { description: t.description ?? '' },
        }),
      ];
    },
  ),
  pat(
    'crypto-ikmp-no-sa',
    'IKMP_NO_SA',
    /^%CRYPTO-\d-IKMP_NO_SA: IKE message from (?<peer>\S{1,64}) has no SA and is not an initialization offer/,
    [
      '*Oct 25 19:16:01.153: %CRYPTO-4-IKMP_NO_SA: IKE message from 203.0.113.10 has no SA and is not an initialization offer.!!!!',
    ],
    (g) => [
      mk({}, 'sa.unknown', {
        ikeVersion: 1,
        remote: ep(g.peer),
        reason: 'IKE message has no SA and is not an initialization offer',
      }),
    ],
  ),
  pat(
    'crypto-ikmp-mode-failure',
    'IKMP_MODE_FAILURE',
    /^%CRYPTO-\d-IKMP_MODE_FAILURE: Processing of (?<mode>Main|Aggressive|Quick|Informational|Transaction)[ -]mode failed with peer (?:at )?(?<peer>[^\s,]{1,64})/i,
    [
      '*Mar 28 08:14:22.339: %CRYPTO-6-IKMP_MODE_FAILURE: Processing of Main Mode failed with peer 10.2.2.1',
      'Jun 12 10:02:44.118: %CRYPTO-6-IKMP_MODE_FAILURE: Processing of Quick mode failed with peer at 198.51.100.7',
    ],
    (g) => {
      const mode = (g.mode ?? '').toLowerCase();
      const reason = `Processing of ${g.mode ?? ''} mode failed`;
      if (mode === 'quick')
        return [
          mk({}, 'child.failed', { ikeVersion: 1, exchange: 'QUICK_MODE', remote: ep(g.peer), reason }),
        ];
      const exchange =
        mode === 'main' ? 'MAIN_MODE' : mode === 'aggressive' ? 'AGGRESSIVE_MODE' : 'INFORMATIONAL_V1';
      return [mk({}, 'msg.invalid', { ikeVersion: 1, exchange, remote: ep(g.peer), reason })];
    },
  ),
  pat(
    'crypto-recvd-pkt-inv-spi',
    'RECVD_PKT_INV_SPI',
    /^%CRYPTO-\d-RECVD_PKT_INV_SPI: decaps: rec'd IPSEC packet has invalid spi for destaddr=(?<dst>[^,\s]{1,64}), prot=(?<prot>\d{1,3}), spi=(?<spi>0x[0-9A-Fa-f]{1,8})(?:\(\d{1,10}\))?, srcaddr=(?<src>[^,\s]{1,64})/,
    [
      "Jun 12 10:15:02.551: %CRYPTO-4-RECVD_PKT_INV_SPI: decaps: rec'd IPSEC packet has invalid spi for destaddr=203.0.113.1, prot=50, spi=0x8B2C6A1E(2334943774), srcaddr=198.51.100.7, input interface=GigabitEthernet0/0",
    ],
    (g) => [
      mk({}, 'sa.unknown', {
        local: ep(g.dst),
        remote: ep(g.src),
        spiIn: g.spi ?? '',
        reason: "rec'd IPSEC packet has invalid spi",
        details: { spi: g.spi ?? '', protocol: Number(g.prot) },
      }),
    ],
  ),
  pat(
    'crypto-ikmp-bad-message',
    'IKMP_BAD_MESSAGE',
    /^%CRYPTO-\d-IKMP_BAD_MESSAGE: IKE message from (?<peer>\S{1,64}) failed its sanity check or is malformed/,
    [
      'Jun 12 10:20:31.004: %CRYPTO-4-IKMP_BAD_MESSAGE: IKE message from 198.51.100.7 failed its sanity check or is malformed',
    ],
    (g) => [
      // Cisco TAC: in main mode this is how a pre-shared key mismatch shows on the side that cannot
      // decrypt message 5 (the parser adds the main-mode state when it knows it).
      mk({}, 'msg.invalid', {
        ikeVersion: 1,
        remote: ep(g.peer),
        reason: 'IKE message failed its sanity check or is malformed',
        details: { hint: 'psk' },
      }),
    ],
  ),
  pat(
    'crypto-ikmp-not-encrypted',
    'IKMP_NOT_ENCRYPTED',
    /^%CRYPTO-\d-IKMP_NOT_ENCRYPTED: IKE packet from (?<peer>\S{1,64}) was not encrypted and it should've been/,
    [
      "Jun 12 10:20:35.118: %CRYPTO-6-IKMP_NOT_ENCRYPTED: IKE packet from 198.51.100.7 was not encrypted and it should've been.",
    ],
    (g) => [
      mk({}, 'msg.invalid', {
        ikeVersion: 1,
        remote: ep(g.peer),
        reason: 'IKE packet was not encrypted and it should have been',
      }),
    ],
  ),
  pat(
    'crypto-pkt-replay-err',
    'PKT_REPLAY_ERR',
    /^%CRYPTO-\d-PKT_REPLAY_ERR: (?<what>decrypt|encrypt): replay check failed(?<tail>.{0,200})$/,
    [
      'Jun 12 11:00:02.771: %CRYPTO-4-PKT_REPLAY_ERR: decrypt: replay check failed connection id=2001, sequence number=1024',
    ],
    (g) => [mk({}, 'info', { details: { replayCheckFailed: (g.tail ?? '').trim() } })],
  ),
  pat(
    'crypto-ikmp-inval-cert',
    'IKMP_INVAL_CERT',
    /^%CRYPTO-\d-IKMP_INVAL_CERT: Certificate received from (?<peer>\S{1,64}) is bad: ?(?<reason>.{0,160})$/,
    [
      'Jun 12 11:05:44.210: %CRYPTO-5-IKMP_INVAL_CERT: Certificate received from 198.51.100.7 is bad: certificate invalid',
    ],
    (g) => [
      mk({}, 'cert.invalid', {
        ikeVersion: 1,
        remote: ep(g.peer),
        reason: (g.reason ?? '').trim() || 'certificate invalid',
      }),
    ],
  ),
  pat(
    'crypto-isakmp-on-off',
    'ISAKMP_ON_OFF',
    /^%CRYPTO-\d-ISAKMP_ON_OFF: ISAKMP is (?<state>ON|OFF)/,
    [
      '*Oct 25 19:11:29.491: %CRYPTO-6-ISAKMP_ON_OFF: ISAKMP is ON',
      '*May  2 16:05:37.450: %CRYPTO-6-ISAKMP_ON_OFF: ISAKMP is OFFno shut',
    ],
    (g) => [mk({}, 'info', { details: { isakmp: g.state ?? '' } })],
  ),
  pat(
    'crypto-ikmp-query-key',
    'IKMP_QUERY_KEY',
    /^%CRYPTO-\d-IKMP_QUERY_KEY: Querying key pair failed/,
    ['Jun 12 11:10:00.001: %CRYPTO-3-IKMP_QUERY_KEY: Querying key pair failed.'],
    () => [
      mk({}, 'cert.invalid', {
        ikeVersion: 1,
        reason: 'Querying key pair failed (no RSA key pair for rsa-sig authentication)',
      }),
    ],
  ),
  pat(
    'crypto-ikmp-sa-not-auth',
    'IKMP_SA_NOT_AUTH',
    /^%CRYPTO-\d-IKMP_SA_NOT_AUTH: Cannot accept (?<mode>Quick Mode|\w{1,20}) exchange from (?<peer>\S{1,64}) if SA is not authenticated/,
    [
      'Jun 12 10:20:35.118: %CRYPTO-6-IKMP_SA_NOT_AUTH: Cannot accept Quick Mode exchange from 198.51.100.7 if SA is not authenticated!',
    ],
    (g) => [
      mk({}, 'msg.invalid', {
        ikeVersion: 1,
        remote: ep(g.peer),
        reason: `Cannot accept ${g.mode ?? ''} exchange if SA is not authenticated`,
      }),
    ],
  ),
  pat(
    'crypto-ikmp-sa-not-offered',
    'IKMP_SA_NOT_OFFERED',
    /^%CRYPTO-\d-IKMP_SA_NOT_OFFERED: Remote peer (?<peer>\S{1,64}) responded with attribute \[?(?<attr>[^\]\s]{1,40})\]? not offered or changed/,
    [
      'Jun 12 10:20:35.118: %CRYPTO-6-IKMP_SA_NOT_OFFERED: Remote peer 198.51.100.7 responded with attribute [hash] not offered or changed',
    ],
    (g) => [
      mk({}, 'msg.invalid', {
        ikeVersion: 1,
        remote: ep(g.peer),
        reason: `peer responded with attribute ${g.attr ?? ''} not offered or changed`,
      }),
    ],
  ),
  pat(
    'crypto-recvd-pkt-not-ipsec',
    'RECVD_PKT_NOT_IPSEC',
    /^%CRYPTO-\d-RECVD_PKT_NOT_IPSEC: Rec'd packet not an IPSEC packet\. ?\(ip\) vrf\/dest_addr= ?(?<dst>\S{1,80}), src_addr= ?(?<src>[^,\s]{1,64}), prot= ?(?<prot>\d{1,3})/,
    [
      "Jun 12 10:30:02.114: %CRYPTO-4-RECVD_PKT_NOT_IPSEC: Rec'd packet not an IPSEC packet. (ip) vrf/dest_addr= /10.10.1.5, src_addr= 10.20.1.5, prot= 1",
    ],
    (g) => [
      mk({}, 'info', {
        ts: ts((g.dst ?? '').replace(/^[^/]{0,32}\//, ''), g.src),
        details: { clearTextWhereIpsecExpected: true, protocol: Number(g.prot) },
      }),
    ],
  ),
  pat(
    'crypto-recvd-pkt-mac-err',
    'RECVD_PKT_MAC_ERR',
    /^%CRYPTO-\d-RECVD_PKT_MAC_ERR: decrypt: mac verification failed(?<tail>.{0,200})$/,
    [
      'Jun 12 10:31:02.114: %CRYPTO-4-RECVD_PKT_MAC_ERR: decrypt: mac verification failed for connection id=2001',
    ],
    (g) => [mk({}, 'info', { details: { macVerificationFailed: (g.tail ?? '').trim() } })],
  ),
  pat(
    'crypto-ipsec-setup-failure',
    'IPSEC_SETUP_FAILURE',
    /^%CRYPTO-\d-IPSEC_SETUP_FAILURE: IPSEC SETUP FAILED for local:(?<local>\S{1,64}) local_id:(?<lid>\S{0,128}) remote:(?<remote>\S{1,64}) remote_id:(?<rid>\S{0,128}) IKE profile:(?<profile>\S{0,64}) fvrf:(?<fvrf>\S{0,64}) fail_reason:(?<reason>.{1,120}?) fail_class_cnt:(?<cnt>\d{1,6})/,
    [
      'Jun 12 10:02:44.120: %CRYPTO-5-IPSEC_SETUP_FAILURE: IPSEC SETUP FAILED for local:203.0.113.1 local_id:203.0.113.1 remote:198.51.100.7 remote_id:198.51.100.7 IKE profile:None fvrf:None fail_reason:IPSec Proposal failure fail_class_cnt:1',
    ],
    (g) => {
      const e = setupFailure(g.reason ?? '');
      e.local = ep(g.local, undefined, g.lid);
      e.remote = ep(g.remote, undefined, g.rid);
      e.details = { ...(e.details ?? {}), ikeProfile: g.profile ?? '', failCount: Number(g.cnt) };
      return [e];
    },
  ),
  pat(
    'ikev2-osal-initiate',
    'OSAL_INITIATE_TUNNEL',
    /^%IKEV2-\d-OSAL_INITIATE_TUNNEL: Received request to establish an IPsec tunnel; local traffic selector = Address Range: (?<la>\S{1,90}) Protocol: (?<lp>\d{1,3}) Port Range: (?<lr>\S{1,12}) ?; remote traffic selector = Address Range: (?<ra>\S{1,90}) Protocol: (?<rp>\d{1,3}) Port Range: (?<rr>\S{1,12})/,
    [
      'Jun 12 09:41:01.002: %IKEV2-5-OSAL_INITIATE_TUNNEL: Received request to establish an IPsec tunnel; local traffic selector = Address Range: 192.168.1.0-192.168.1.255 Protocol: 0 Port Range: 0-65535 ; remote traffic selector = Address Range: 192.168.2.0-192.168.2.255 Protocol: 0 Port Range: 0-65535',
    ],
    (g) => [
      mk({}, 'child.initiate', {
        ikeVersion: 2,
        role: 'initiator',
        ts: ts(g.la, g.ra),
        details: { localProtocol: Number(g.lp), remoteProtocol: Number(g.rp) },
      }),
    ],
  ),
];
