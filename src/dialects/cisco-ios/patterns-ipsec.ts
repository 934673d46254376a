// `debug crypto ipsec` on IOS / IOS-XE: `IPSEC(function): text` lines and the indented lines that
// follow a proposal or an SA request (`(key eng. msg.) INBOUND local= ...`, `local_proxy= ...`).
// Source: Cisco TAC "IPsec Troubleshooting: Understanding and Using debug Commands".
import type { PatternSpec } from '../../core/dialect.js';
import { ep, hostPort, iosProxy, mk, pat, ts } from './build.js';

const v1 = { ikeVersion: 1 as const };

/** Functions with patterns of their own; everything else is `ipsec-debug`. */
const OWN =
  'validate_proposal_request|ipsec_process_proposal|validate_transform_proposal|validate_proposal|sa_request|create_sa|delete_sa|key_engine_delete_sas|update_current_outbound_sa|crypto_ipsec_sa_find_ident_head';

export const ipsecPatterns: readonly PatternSpec[] = [
  pat(
    'ipsec-validate-proposal-request',
    'IPSEC(validate_proposal_request)',
    /^IPSEC\(validate_proposal_request\): proposal part #(?<n>\d{1,3})/,
    [
      'Jun 12 10:41:02.120: IPSEC(validate_proposal_request): proposal part #1',
      'IPSEC(validate_proposal_request): proposal part #1,',
    ],
    (g) => [mk({}, 'info', { ...v1, details: { proposalPart: Number(g.n) } })],
  ),
  pat(
    'ipsec-proxy-not-supported',
    'proxy identities not supported',
    /^IPSEC\((?<fn>ipsec_process_proposal|validate_transform_proposal|validate_proposal)\): proxy identities not supported/,
    [
      'IPSEC(ipsec_process_proposal): proxy identities not supported',
      'Jun 12 10:41:02.121: IPSEC(validate_transform_proposal): proxy identities not supported',
    ],
    () => [
      mk({}, 'ts.mismatch', { ...v1, exchange: 'QUICK_MODE', reason: 'proxy identities not supported' }),
    ],
  ),
  pat(
    'ipsec-transform-not-supported',
    'transform proposal',
    /^IPSEC\((?<fn>ipsec_process_proposal|validate_proposal)\): transform proposal (?:not supported for identity: ?\{(?<set>[^}]{0,120})\}|\((?<spec>[^)]{1,80})\) not supported)/,
    [
      'IPSEC(ipsec_process_proposal): transform proposal not supported for identity: {esp-des esp-sha-hmac }',
      'Jun 12 10:41:02.121: IPSEC(validate_proposal): transform proposal (prot 3, trans 2, hmac_alg 2) not supported',
    ],
    (g) => [
      mk({}, 'proposal.none', {
        ...v1,
        scope: 'child',
        exchange: 'QUICK_MODE',
        reason: 'transform proposal not supported',
        ...(g.set ? { remoteValue: g.set.trim(), proposals: [g.set.trim()] } : {}),
        details: g.spec ? { transform: g.spec } : {},
      }),
    ],
  ),
  pat(
    'ipsec-sa-request',
    'IPSEC(sa_request)',
    /^IPSEC\(sa_request\): ?,?/,
    ['00:27:07: IPSEC(sa_request): ,'],
    () => [mk({}, 'child.initiate', { ...v1, role: 'initiator', exchange: 'QUICK_MODE' })],
  ),
  pat(
    'ipsec-create-sa',
    'IPSEC(create_sa)',
    /^IPSEC\(create_sa\): sa created,?(?: {1,4}\(sa\) sa_dest= ?(?<dest>[^,\s]{1,64}), sa_proto= ?(?<proto>\d{1,3}),(?: {1,4}sa_spi= ?(?<spi>0x[0-9A-Fa-f]{1,8}))?)?/,
    [
      'Jun 12 10:41:02.140: IPSEC(create_sa): sa created,',
      'IPSEC(create_sa): sa created, (sa) sa_dest= 10.1.1.2, sa_proto= 50, sa_spi= 0x5A3B1C2D(1513822253), sa_trans= esp-aes esp-sha-hmac , sa_conn_id= 2001',
    ],
    (g) => [
      mk({}, 'child.established', {
        ...v1,
        exchange: 'QUICK_MODE',
        ...(g.dest ? { remote: ep(g.dest) } : {}),
        ...(g.spi ? { spiOut: g.spi } : {}),
        details: { saCreated: true },
      }),
    ],
  ),
  pat(
    'ipsec-delete-sa',
    'IPSEC(delete_sa)',
    /^IPSEC\(delete_sa\): deleting SA/,
    ['Jun 12 12:00:01.003: IPSEC(delete_sa): deleting SA,'],
    () => [mk({}, 'child.deleted', { ...v1 })],
  ),
  pat(
    'ipsec-key-engine-delete',
    'IPSEC(key_engine_delete_sas)',
    /^IPSEC\(key_engine_delete_sas\): (?:(?<notify>rec'd delete notify from ISAKMP)|delete SA with spi (?<spi>0x[0-9A-Fa-f]{1,8})(?:\/\d{1,3})? proto (?<proto>\d{1,3}) for (?<peer>\S{1,64})|(?<other>.{1,120}))/,
    [
      "Jun 12 12:00:01.001: IPSEC(key_engine_delete_sas): rec'd delete notify from ISAKMP",
      'Jun 12 12:00:01.002: IPSEC(key_engine_delete_sas): delete SA with spi 0x6B1F2A3C proto 50 for 198.51.100.7',
    ],
    (g) => {
      if (g.notify) return [mk({}, 'info', { ...v1, details: { deleteNotify: true } })];
      return [
        mk({}, 'child.deleted', {
          ...v1,
          ...(g.peer ? { remote: ep(g.peer) } : {}),
          details: { ...(g.spi ? { spi: g.spi } : {}), ...(g.other ? { text: g.other } : {}) },
        }),
      ];
    },
  ),
  pat(
    'ipsec-update-outbound',
    'IPSEC(update_current_outbound_sa)',
    /^IPSEC\(update_current_outbound_sa\): updated peer (?<peer>\S{1,64}) current outbound sa to SPI (?<spi>[0-9A-Fa-fx]{1,10})/,
    [
      'Jun 12 10:41:02.141: IPSEC(update_current_outbound_sa): updated peer 198.51.100.7 current outbound sa to SPI 5A3B1C2D',
    ],
    (g) => [mk({}, 'info', { ...v1, remote: ep(g.peer), spiOut: g.spi ?? '' })],
  ),
  pat(
    'ipsec-ident-head',
    'IPSEC(crypto_ipsec_sa_find_ident_head)',
    /^IPSEC\(crypto_ipsec_sa_find_ident_head\): reconnecting with the same proxies and peer (?<peer>\S{1,64})/,
    [
      'Jun 12 10:41:02.139: IPSEC(crypto_ipsec_sa_find_ident_head): reconnecting with the same proxies and peer 198.51.100.7',
    ],
    (g) => [mk({}, 'info', { ...v1, remote: ep(g.peer) })],
  ),
  pat(
    'ipsec-map-db-no-match',
    'map_db_find_best',
    /^map_db_find_best did not find matching map/,
    ['*Oct 25 20:37:02.887: map_db_find_best did not find matching map'],
    () => [mk({}, 'info', { ...v1, details: { cryptoMapMatch: false } })],
  ),
  pat(
    'ipsec-debug',
    'IPSEC(',
    new RegExp(`^IPSEC\\((?!(?:${OWN})\\))(?<fn>\\w{1,60})\\):? ?(?<text>.{0,200})$`),
    [
      'Jun 12 10:41:02.139: IPSEC(key_engine): got a queue event with 1 KMI message(s)',
      'Jun 12 10:41:02.139: IPSEC(initialize_sas): ,',
    ],
    (g) => [mk({}, 'info', { ...v1, details: { function: g.fn ?? '' } })],
  ),
  // Indented lines under IPSEC(validate_proposal_request) / IPSEC(sa_request) / IPSEC(create_sa).
  pat(
    'ipsec-key-eng-msg',
    '(key eng. msg.)',
    /^\s{0,12}\(key eng\. msg\.\) (?:(?<dir>INBOUND|OUTBOUND) )?(?:local= ?(?<local>[^,\s]{1,80}), remote= ?(?<remote>[^,\s]{1,80})|src= ?(?<src>[^,\s]{1,64}), dest= ?(?<dst>[^,\s]{1,64}))/,
    [
      '  (key eng. msg.) INBOUND local= 203.0.113.1:0, remote= 198.51.100.7:0,',
      '(key eng. msg.) src= 10.15.58.10, dest= 10.15.58.38,',
    ],
    (g) => {
      const local = g.local ? hostPort(g.local) : ep(g.src);
      const remote = g.remote ? hostPort(g.remote) : ep(g.dst);
      if (local.port === 0) delete local.port;
      if (remote.port === 0) delete remote.port;
      return [mk({}, 'info', { ...v1, local, remote, details: { direction: g.dir ?? '' } })];
    },
  ),
  pat(
    'ipsec-proxy',
    '_proxy=',
    /^\s{1,12}(?<side>local_proxy|remote_proxy|src_proxy|dest_proxy)= ?(?<proxy>[^,\s]{1,120})/,
    ['    local_proxy= 10.10.1.0/255.255.255.0/256/0,', '    remote_proxy= 10.20.1.0/255.255.255.0/256/0,'],
    (g) => {
      const p = iosProxy(g.proxy);
      const local = g.side === 'local_proxy' || g.side === 'src_proxy';
      return [
        mk({}, 'info', {
          ...v1,
          ts: local ? ts(p, undefined) : ts(undefined, p),
          details: { proxySide: local ? 'local' : 'remote' },
        }),
      ];
    },
  ),
  pat(
    'ipsec-protocol-transform',
    'transform=',
    /^\s{1,12}protocol= ?(?<proto>\w{1,8}), transform= ?(?<tr>[^,(]{1,80}?) {0,3}(?:\((?<mode>[\w-]{1,16})\))?,?\s*$/,
    [
      '    protocol= ESP, transform= esp-aes 256 esp-sha-hmac  (Tunnel),',
      '    protocol= ESP, transform= NONE  (Tunnel-UDP),',
    ],
    (g) => [
      mk({}, 'info', {
        ...v1,
        details: {
          protocol: g.proto ?? '',
          transform: (g.tr ?? '').trim(),
          ...(g.mode ? { encapsulation: g.mode } : {}),
        },
      }),
    ],
  ),
  pat(
    'ipsec-cont-misc',
    ['=', '(sa)'],
    /^\s{1,12}(?:lifedur= ?\d{1,12}s and \d{1,12}kb|spi= ?0x[0-9A-Fa-f]{1,8}|sa_spi= ?0x[0-9A-Fa-f]{1,8}|sa_trans= |sa_dest= |\(sa\) sa_dest= )/,
    [
      '    lifedur= 0s and 0kb,',
      '    spi= 0x0(0), conn_id= 0, keysize= 256, flags= 0x0',
      '  (sa) sa_dest= 198.51.100.7, sa_proto= 50,',
    ],
    () => [mk({}, 'info', { ...v1 })],
  ),
];
