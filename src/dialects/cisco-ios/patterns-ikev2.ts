// `debug crypto ikev2` on IOS / IOS-XE: `IKEv2:(SESSION ID = n,SA ID = m):<text>` and the lines
// printed under a packet (`Initiator SPI : ...`, `IKEv2 IKE_AUTH Exchange RESPONSE`,
// `Payload contents:`, ` VID IDr AUTH NOTIFY(NO_PROPOSAL_CHOSEN)`) or a proposal
// (`   AES-CBC   SHA512   SHA256   DH_GROUP_1536_MODP/Group 5`). Rests arrive as `IKEv2: <body>`.
// The ASA's `IKEv2-PROTO-` / `IKEv2-PLAT-` debug belongs to the cisco-ikev2 dialect.
// Exchange names follow RFC 7296 §3.1; notify names in `NOTIFY(...)` are IOS's (mapped in cisco-common).
import type { PatternSpec } from '../../core/dialect.js';
import type { ExchangeName } from '../../core/ike-tables.js';
import { IKEV2_EXCHANGE_TYPES } from '../../core/ike-tables.js';
import { hostPort, mk, pat } from './build.js';
import { ikev2TransformList } from './cisco-common.js';

const v2 = { ikeVersion: 2 as const };
const EXCHANGES = new Set<string>(Object.values(IKEV2_EXCHANGE_TYPES));

export function exchangeName(x: string | undefined): ExchangeName | undefined {
  return x !== undefined && EXCHANGES.has(x) ? (x as ExchangeName) : undefined;
}

export const ikev2Patterns: readonly PatternSpec[] = [
  pat(
    'ikev2-packet',
    ' Packet [',
    /^IKEv2: (?<dir>Received|Sending) Packet \[(?:From|To) (?<a>[^/\s]{1,80})\/(?:To|From) (?<b>[^/\s]{1,80})\/VRF (?<vrf>[^\]]{1,16})\]/,
    [
      'IKEv2:(SESSION ID = 31,SA ID = 1):Sending Packet [To FC00:123:123:123::1:500/From FC00:123:123:123::2:500/VRF i0:f0] ',
      'IKEv2:(SESSION ID = 31,SA ID = 1):Received Packet [From FC00:123:123:123::1:500/To FC00:123:123:123::2:500/VRF i0:f0] ',
    ],
    (g) => {
      const out = g.dir === 'Sending';
      return [
        mk({}, 'info', {
          ...v2,
          direction: out ? 'out' : 'in',
          remote: hostPort(g.a),
          local: hostPort(g.b),
          details: { vrf: g.vrf ?? '' },
        }),
      ];
    },
  ),
  pat(
    'ikev2-generating',
    'Generating ',
    /^IKEv2: Generating (?<ex>[A-Z_]{3,24}) message/,
    [
      'IKEv2:(SESSION ID = 31,SA ID = 1):Generating IKE_SA_INIT message',
      'IKEv2:(SESSION ID = 31,SA ID = 1):Generating IKE_AUTH message',
    ],
    (g) => [
      mk({}, 'info', {
        ...v2,
        ...(exchangeName(g.ex) ? { exchange: exchangeName(g.ex) } : {}),
        details: { generating: g.ex ?? '' },
      }),
    ],
  ),
  pat(
    'ikev2-processing',
    'Process',
    /^IKEv2: (?:Processing (?<ex>[A-Z_]{3,24}) message|Processing ACK to informational exchange|Process auth response notify|Processing an item off the pak queue)/,
    [
      'IKEv2:(SESSION ID = 31,SA ID = 1):Processing IKE_SA_INIT message',
      'IKEv2:(SESSION ID = 31,SA ID = 1):Process auth response notify',
      'IKEv2:(SESSION ID = 31,SA ID = 1):Processing ACK to informational exchange',
    ],
    (g) => [mk({}, 'info', { ...v2, ...(exchangeName(g.ex) ? { exchange: exchangeName(g.ex) } : {}) })],
  ),
  pat(
    'ikev2-proposal-header',
    ' Proposal: ',
    /^IKEv2: (?<which>IKE|ESP|AH) Proposal: (?<n>\d{1,3}), SPI size: (?<spi>\d{1,2})/,
    [
      'IKEv2:(SESSION ID = 31,SA ID = 1):IKE Proposal: 1, SPI size: 0 (initial negotiation), ',
      'IKEv2:(SESSION ID = 31,SA ID = 1):ESP Proposal: 1, SPI size: 4 (IPSec negotiation), ',
    ],
    (g) => [
      mk({}, 'info', {
        ...v2,
        scope: g.which === 'IKE' ? 'ike' : 'child',
        details: { proposal: Number(g.n) },
      }),
    ],
  ),
  pat(
    'ikev2-policies-header',
    ' Policies:',
    /^IKEv2: (?<which>Received|Expected) Policies:/,
    [
      'Jun 12 09:50:01.411: IKEv2:(SESSION ID = 7,SA ID = 2):Received Policies:',
      'Jun 12 09:50:01.411: IKEv2:(SESSION ID = 7,SA ID = 2):Expected Policies:',
    ],
    (g) => [mk({}, 'info', { ...v2, details: { policies: (g.which ?? '').toLowerCase() } })],
  ),
  pat(
    'ikev2-no-matching-policy',
    'Failed to find a matching policy',
    /^IKEv2: (?::\s?)?Failed to find a matching policy/,
    [
      'IKEv2:(SESSION ID = 1,SA ID = 1):Failed to find a matching policy',
      'Jun 12 09:50:01.412: IKEv2-ERROR:(SESSION ID = 7,SA ID = 2):: Failed to find a matching policy',
    ],
    () => [
      mk({}, 'proposal.none', {
        ...v2,
        scope: 'ike',
        exchange: 'IKE_SA_INIT',
        reason: 'Failed to find a matching policy',
      }),
    ],
  ),
  pat(
    'ikev2-policy-search',
    ['Policy', 'policy'],
    /^IKEv2: (?:Searching Policy with fvrf (?<fvrf>\d{1,5}), local address (?<local>\S{1,64})|Found Policy '(?<policy>[^']{1,64})'|Using the Default Policy for Proposal|Verify peer's policy|Peer's policy verified)/,
    [
      'IKEv2:Searching Policy with fvrf 0, local address FC00:123:123:123::2',
      "IKEv2:Found Policy 'default'",
      'IKEv2:Using the Default Policy for Proposal',
      "IKEv2:(SESSION ID = 31,SA ID = 1):Verify peer's policy",
    ],
    (g) => [
      mk({}, 'info', {
        ...v2,
        details: { ...(g.policy ? { policy: g.policy } : {}), ...(g.local ? { localAddress: g.local } : {}) },
      }),
    ],
  ),
  pat(
    'ikev2-peer-identity',
    "peer's identity",
    /^IKEv2: Searching policy based on peer's identity '(?<id>[^']{1,128})' of type '(?<type>[^']{1,32})'/,
    [
      "IKEv2:(SESSION ID = 31,SA ID = 1):Searching policy based on peer's identity 'FC00:123:123:123::1' of type 'IPv6 address'",
    ],
    (g) => [mk({}, 'ike.peer-id', { ...v2, remote: { id: g.id ?? '' }, details: { idType: g.type ?? '' } })],
  ),
  pat(
    'ikev2-constructing-id',
    'Constructing ID',
    /^IKEv2: Constructing (?<which>IDi|IDr) payload: '(?<id>[^']{1,128})' of type '(?<type>[^']{1,32})'/,
    [
      "IKEv2:(SESSION ID = 31,SA ID = 1):Constructing IDi payload: 'FC00:123:123:123::2' of type 'IPv6 address'",
    ],
    (g) => [mk({}, 'info', { ...v2, local: { id: g.id ?? '' }, details: { idType: g.type ?? '' } })],
  ),
  pat(
    'ikev2-auth-method',
    'authentication method is',
    /^IKEv2: (?<who>My|Peer's) authentication method is '(?<m>[^']{1,32})'/,
    [
      "IKEv2:(SESSION ID = 31,SA ID = 1):My authentication method is 'PSK'",
      "IKEv2:(SESSION ID = 31,SA ID = 1):Peer's authentication method is 'PSK'",
    ],
    (g) => [
      mk({}, 'info', {
        ...v2,
        details: {
          [g.who === 'My' ? 'localAuth' : 'remoteAuth']: g.m ?? '',
          ...(/PSK/i.test(g.m ?? '') ? { auth: 'psk' } : {}),
        },
      }),
    ],
  ),
  pat(
    'ikev2-auth-steps',
    ['authentication', 'preshared key', 'EAP', 'peer block'],
    /^IKEv2: (?:Get (?:my|peer's) authentication method|Generate my authentication data|Verify peer's authentication data|Check for EAP exchange|Get peer's preshared key for (?<peer>\S{1,64})|Use preshared key for id (?<id>\S{1,128}), key len (?<len>\d{1,4})|% Getting preshared key from profile keyring (?<kr>\S{1,64})|% Matched peer block '(?<pb>[^']{1,64})')/,
    [
      "IKEv2:(SESSION ID = 31,SA ID = 1):Get peer's preshared key for FC00:123:123:123::1",
      'IKEv2:(SESSION ID = 31,SA ID = 1):Use preshared key for id FC00:123:123:123::2, key len 8',
      'IKEv2:% Getting preshared key from profile keyring IKEV2-KEYRING',
      "IKEv2:% Matched peer block 'ANY-IPV6'",
      'IKEv2:(SESSION ID = 31,SA ID = 1):Check for EAP exchange',
    ],
    (g) => [
      mk({}, 'info', {
        ...v2,
        details: {
          ...(g.peer || g.id || g.kr ? { auth: 'psk' } : {}),
          ...(g.kr ? { keyring: g.kr } : {}),
          ...(g.pb ? { peerBlock: g.pb } : {}),
        },
      }),
    ],
  ),
  pat(
    'ikev2-verify-auth',
    "Verification of peer's",
    /^IKEv2: Verification of peer's authenc?tication data (?<res>PASSED|FAILED)/,
    [
      "IKEv2:(SESSION ID = 31,SA ID = 1):Verification of peer's authenctication data PASSED",
      "IKEv2:(SESSION ID = 1,SA ID = 1):Verification of peer's authentication data FAILED",
    ],
    (g) =>
      g.res === 'PASSED'
        ? [mk({}, 'ike.auth.ok', { ...v2, exchange: 'IKE_AUTH' })]
        : [
            mk({}, 'ike.auth.failed', {
              ...v2,
              exchange: 'IKE_AUTH',
              reason: "Verification of peer's authentication data FAILED",
            }),
          ],
  ),
  pat(
    'ikev2-auth-exchange-failed',
    'Auth exchange failed',
    /^IKEv2: (?::\s?)?Auth exchange failed/,
    ['Jun 12 09:52:11.007: IKEv2-ERROR:(SESSION ID = 9,SA ID = 3):: Auth exchange failed'],
    () => [mk({}, 'ike.auth.failed', { ...v2, exchange: 'IKE_AUTH', reason: 'Auth exchange failed' })],
  ),
  pat(
    'ikev2-no-ipsec-policy-ts',
    'no IPSEC policy found for received TS',
    /^IKEv2: (?::\s?)?There was no IPSEC policy found for received TS/,
    ['IKEv2:(SA ID = 1):There was no IPSEC policy found for received TS'],
    () => [mk({}, 'ts.mismatch', { ...v2, reason: 'There was no IPSEC policy found for received TS' })],
  ),
  pat(
    'ikev2-session-up',
    'Session with IKE ID PAIR',
    /^IKEv2: Session with IKE ID PAIR \((?<rid>[^,]{1,128}), (?<lid>[^)]{1,128})\) is (?<st>UP|DOWN)/,
    [
      'IKEv2:(SESSION ID = 31,SA ID = 1):Session with IKE ID PAIR (FC00:123:123:123::1, FC00:123:123:123::2) is UP',
    ],
    (g) => [
      mk({}, g.st === 'UP' ? 'ike.established' : 'ike.deleted', {
        ...v2,
        remote: { id: (g.rid ?? '').trim() },
        local: { id: (g.lid ?? '').trim() },
      }),
    ],
  ),
  pat(
    'ikev2-sa-created',
    'IKEV2 SA created',
    /^IKEv2: IKEV2 SA created; inserting SA into database/,
    [
      'IKEv2:(SESSION ID = 31,SA ID = 1):IKEV2 SA created; inserting SA into database. SA lifetime timer (86400 sec) started',
    ],
    () => [mk({}, 'info', { ...v2 })],
  ),
  pat(
    'ikev2-ipsec-db',
    'IPsec',
    /^IKEv2: \[(?:IKEv2 -> IPsec|IPsec -> IKEv2)\] (?:Create IPsec SA into IPsec database|Creation of IPsec SA into IPsec database (?<res>PASSED|FAILED)|Callback received for the validate proposal - (?<vres>PASSED|FAILED))/,
    [
      'IKEv2:(SA ID = 1):[IKEv2 -> IPsec] Create IPsec SA into IPsec database',
      'IKEv2:(SA ID = 1):[IPsec -> IKEv2] Creation of IPsec SA into IPsec database PASSED',
      'IKEv2:(SA ID = 1):[IPsec -> IKEv2] Callback received for the validate proposal - FAILED.',
    ],
    (g) => {
      if (g.res === 'PASSED') return [mk({}, 'child.established', { ...v2 })];
      if (g.res === 'FAILED')
        return [
          mk({}, 'sa.install.failed', { ...v2, reason: 'Creation of IPsec SA into IPsec database FAILED' }),
        ];
      if (g.vres === 'FAILED')
        return [mk({}, 'child.failed', { ...v2, reason: 'IPsec policy rejected the proposed child SA' })];
      return [mk({}, 'info', { ...v2 })];
    },
  ),
  pat(
    'ikev2-crypto-engine',
    'Crypto Engine',
    /^IKEv2: \[(?:IKEv2 -> Crypto Engine|Crypto Engine -> IKEv2)\] (?<what>.{1,120}?)\s*$/,
    [
      'IKEv2:(SESSION ID = 31,SA ID = 1):[IKEv2 -> Crypto Engine] Computing DH public key, DH Group 5',
      'IKEv2:(SA ID = 1):[Crypto Engine -> IKEv2] DH key Computation PASSED',
    ],
    (g) => {
      const w = g.what ?? '';
      if (/FAILED/.test(w)) return [mk({}, 'msg.invalid', { ...v2, reason: w })];
      const grp = /DH Group (\d{1,2})/.exec(w)?.[1];
      return [mk({}, 'info', { ...v2, details: grp ? { dhGroup: Number(grp) } : {} })];
    },
  ),
  pat(
    'ikev2-nat',
    'NAT',
    /^IKEv2: (?:(?<none>NAT not found)|NAT detected(?<rest>.{0,80})|NAT (?<side>INSIDE|OUTSIDE) found|Checking NAT discovery)/,
    [
      'IKEv2:(SESSION ID = 31,SA ID = 1):NAT not found',
      'IKEv2:(SESSION ID = 31,SA ID = 1):Checking NAT discovery',
      'Jun 12 09:55:02.210: IKEv2:(SESSION ID = 12,SA ID = 4):NAT OUTSIDE found',
    ],
    (g) => {
      if (g.none) return [mk({}, 'nat.detected', { ...v2, details: { where: 'none' } })];
      if (g.side)
        return [
          mk({}, 'nat.detected', { ...v2, details: { where: g.side === 'INSIDE' ? 'local' : 'remote' } }),
        ];
      if (g.rest !== undefined)
        return [mk({}, 'nat.detected', { ...v2, details: { where: 'detected', vendorText: g.rest.trim() } })];
      return [mk({}, 'info', { ...v2 })];
    },
  ),
  pat(
    'ikev2-retransmit',
    'Retransmitting packet',
    /^IKEv2: Retransmitting packet/,
    ['Jun 12 09:41:03.002: IKEv2:(SESSION ID = 5,SA ID = 1):Retransmitting packet'],
    () => [mk({}, 'msg.retransmit', { ...v2 })],
  ),
  pat(
    'ikev2-max-retransmit',
    'Maximum number of retransmissions',
    /^IKEv2: (?::\s?)?Maximum number of retransmissions reached/,
    ['Jun 12 09:41:33.004: IKEv2:(SESSION ID = 5,SA ID = 1):Maximum number of retransmissions reached'],
    () => [mk({}, 'ike.timeout', { ...v2, reason: 'Maximum number of retransmissions reached' })],
  ),
  pat(
    'ikev2-delete',
    ['DELETE', 'Delet', 'delete', 'Check for existing'],
    /^IKEv2: (?:Sending DELETE INFO message for (?<what>IPsec SA|IKEv2 SA) \[(?<spis>[^\]]{1,80})\]|Queuing IKE SA delete request reason: (?<reason>.{1,80})|Delete all IKE SAs|Deleting SA|Check for existing (?:active SA|IPSEC SA))/,
    [
      'IKEv2:(SESSION ID = 31,SA ID = 1):Sending DELETE INFO message for IPsec SA [SPI: 0xA153CF67]',
      'IKEv2:(SESSION ID = 31,SA ID = 1):Sending DELETE INFO message for IKEv2 SA [ISPI: 0x1D418169B24BF95A RSPI: 0xA645046F734260C6]',
      'IKEv2:(SESSION ID = 31,SA ID = 1):Queuing IKE SA delete request reason: unknown',
      'IKEv2:(SESSION ID = 31,SA ID = 1):Deleting SA',
    ],
    (g) => {
      if (g.what === 'IKEv2 SA')
        return [mk({}, 'ike.deleted', { ...v2, byPeer: false, details: { spis: g.spis ?? '' } })];
      if (g.what === 'IPsec SA')
        return [
          mk({}, 'child.deleted', {
            ...v2,
            byPeer: false,
            details: { spi: (g.spis ?? '').replace(/^SPI: ?/, '') },
          }),
        ];
      return [mk({}, 'info', { ...v2, ...(g.reason ? { reason: g.reason.trim() } : {}) })];
    },
  ),
  pat(
    'ikev2-step',
    undefined,
    /^IKEv2: (?:Insert SA|Verify SA init message|Completed SA init exchange|Building packet for encryption\.?|Checking if request will fit in peer window|Checking for duplicate IKEv2 SA|No duplicate IKEv2 SA found|Load IPSEC key material|Request queued for computation of DH (?:key|secret)|IKEv2 initiator - no config data to send in IKE_SA_INIT exch|Have config mode data to send|Config data to send:|Config-type: [\w-]{1,32}|Attrib type: [\w-]{1,32}|IKEv2 MIB tunnel (?:started|stopped)|IPSec policy validate request sent for profile \S{1,64})/,
    [
      'IKEv2:(SESSION ID = 31,SA ID = 1):Insert SA ',
      'IKEv2:(SESSION ID = 31,SA ID = 1):Completed SA init exchange',
      'IKEv2:IKEv2 MIB tunnel started, tunnel index 1',
      'IKEv2:(SESSION ID = 31,SA ID = 1):Building packet for encryption.  ',
    ],
    () => [mk({}, 'info', { ...v2 })],
  ),
  pat('ikev2-error-blank', undefined, /^IKEv2: $/, ['IKEv2-ERROR:(SESSION ID = 31,SA ID = 1):'], () => [
    mk({}, 'info', { ...v2 }),
  ]),
  // Lines printed under a packet or a proposal (the parser attaches them to it).
  pat(
    'ikev2-exchange',
    ' Exchange ',
    /^IKEv2 (?<ex>[A-Z_]{3,24}) Exchange (?<rr>REQUEST|RESPONSE)/,
    ['IKEv2 IKE_SA_INIT Exchange REQUEST ', 'IKEv2 IKE_AUTH Exchange RESPONSE '],
    (g) => [
      mk({}, 'info', {
        ...v2,
        ...(exchangeName(g.ex) ? { exchange: exchangeName(g.ex) } : {}),
        details: { request: g.rr === 'REQUEST' },
      }),
    ],
  ),
  pat(
    'ikev2-spi-line',
    'Initiator SPI',
    /^Initiator SPI : (?<ispi>[0-9A-Fa-f]{1,16}) - Responder SPI : (?<rspi>[0-9A-Fa-f]{1,16}) Message id: (?<mid>\d{1,10})/,
    ['Initiator SPI : 1D418169B24BF95A - Responder SPI : A645046F734260C6 Message id: 1'],
    (g) => [
      mk({}, 'info', { ...v2, ikeSpiI: g.ispi ?? '', ikeSpiR: g.rspi ?? '', messageId: Number(g.mid) }),
    ],
  ),
  pat('ikev2-payload-contents', 'Payload contents', /^Payload contents: ?$/, ['Payload contents: '], () => [
    mk({}, 'info', { ...v2 }),
  ]),
  pat(
    'ikev2-payload-list',
    undefined,
    /^ (?<list>(?:SA|KE|N|VID|ENCR|IDi|IDr|AUTH|CERT|CERTREQ|CFG|TSi|TSr|DELETE|NOTIFY|EAP|SKF)\b[\w() ]{0,2000})$/,
    [
      ' VID IDr AUTH NOTIFY(NO_PROPOSAL_CHOSEN) ',
      ' SA KE N VID VID VID VID NOTIFY(NAT_DETECTION_SOURCE_IP) NOTIFY(NAT_DETECTION_DESTINATION_IP) ',
      ' ENCR ',
    ],
    (g) => [mk({}, 'info', { ...v2, payloads: (g.list ?? '').trim().split(/\s+/) })],
  ),
  pat(
    'ikev2-num-transforms',
    'Num. transforms',
    /^Num\. transforms: (?<n>\d{1,3})/,
    ['Num. transforms: 15'],
    () => [mk({}, 'info', { ...v2 })],
  ),
  pat(
    'ikev2-transform-list',
    undefined,
    /^ {2,8}(?<list>(?:AES|3DES|DES|NULL|CAMELLIA|CHACHA|SHA|MD5|DH_GROUP)[\w/' -]{0,1000})$/,
    [
      '   AES-CBC   AES-CBC   AES-CBC   SHA512   SHA384   SHA256   SHA1   MD5   SHA512   SHA384   SHA256   SHA96   MD596   DH_GROUP_1536_MODP/Group 5   DH_GROUP_1024_MODP/Group 2 ',
      "   AES-CBC   SHA96   Don't use ESN",
    ],
    (g) => [mk({}, 'info', { ...v2, proposals: [ikev2TransformList(g.list ?? '')] })],
  ),
  pat(
    'ikev2-policy-proposal',
    'Proposal ',
    /^Proposal (?<n>\d{1,3}): {1,3}(?<list>[\w/' -]{1,1000})$/,
    ['Proposal 1:  AES-CBC-256 SHA512 SHA512 DH_GROUP_1536_MODP/Group 5'],
    (g) => [mk({}, 'info', { ...v2, proposals: [ikev2TransformList(g.list ?? '')] })],
  ),
];
