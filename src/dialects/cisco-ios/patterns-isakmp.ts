// `debug crypto isakmp` (IKEv1) on IOS 12.4 / 15.x (`ISAKMP:(1001): ...`, `ISAKMP (0:1001): ...`)
// and IOS-XE 16+ (`ISAKMP: (1001):...`, `ISAKMP-PAK:`, `ISAKMP-ERROR:`). Rests arrive as
// `ISAKMP: <body>` (see prefix.ts).
// Sources: Cisco TAC "IPsec Troubleshooting: Understanding and Using debug Commands"; the sample
// lines are from public troubleshooting write-ups of real routers.
// IOS state names (IKE_I_MM1..6, IKE_R_MM1..6, IKE_P1_COMPLETE, IKE_QM_*) and main-mode packet
// states (MM_NO_STATE 1-2, MM_SA_SETUP 3-4, MM_KEY_EXCH 5-6, QM_IDLE = phase 1 up) follow RFC 2409 §5.
import type { PatternSpec } from '../../core/dialect.js';
import type { EventDraft } from '../../core/model.js';
import {
  ciscoNotify,
  classParam,
  ikev1AttributeParam,
  ikev1ExchangeOf,
  ikev1MsgNoOf,
} from './cisco-common.js';
import { ep, mk, pat } from './build.js';

const v1 = { ikeVersion: 1 as const };
const role = (r: string | undefined) =>
  r === 'I' ? ('initiator' as const) : r === 'R' ? ('responder' as const) : undefined;

/** Main/aggressive-mode packet state → exchange and (for main mode) the message pair it is in. */
function packetExchange(state: string): Partial<EventDraft> {
  const ex = ikev1ExchangeOf(state);
  if (ex) return { exchange: ex };
  if (state === 'QM_IDLE') return {};
  return {};
}

/** States where the first main-mode exchange is still unanswered. */
const FIRST_STATES = /^(?:MM_NO_STATE|AG_NO_STATE|IKE_I_MM1|IKE_I_AM1|IKE_READY)$/;

export const isakmpPatterns: readonly PatternSpec[] = [
  pat(
    'isakmp-received-packet',
    'received packet from',
    /^ISAKMP: received packet from (?<peer>\S{1,64}) dport (?<dport>\d{1,5}) sport (?<sport>\d{1,5}) (?<vrf>\S{1,32}) \((?<role>[IRN])\) (?<state>NEW SA|[A-Z0-9_]{1,32})/,
    [
      'ISAKMP (0:0): received packet from 77.77.77.77 dport 500 sport 500 Global (I) MM_SA_SETUP',
      'Jun 12 10:40:11.201: ISAKMP (0): received packet from 10.1.1.2 dport 500 sport 500 Global (N) NEW SA',
      '*Oct 25 18:53:16.489: ISAKMP-PAK: (0):received packet from 203.0.113.1 dport 500 sport 500 Global (I) MM_NO_STATE',
    ],
    (g) => [
      mk({}, 'msg.received', {
        ...v1,
        direction: 'in',
        remote: ep(g.peer, g.sport),
        local: ep(undefined, g.dport),
        state: g.state ?? '',
        ...packetExchange(g.state ?? ''),
        details: { vrf: g.vrf ?? '', ...(role(g.role) ? { role: role(g.role) ?? '' } : {}) },
      }),
    ],
  ),
  pat(
    'isakmp-sending-packet',
    'sending packet to',
    /^ISAKMP: sending packet to (?<peer>\S{1,64}) my_port (?<myport>\d{1,5}) peer_port (?<pport>\d{1,5}) \((?<role>[IR])\) (?<state>[A-Z0-9_]{1,32})/,
    [
      'ISAKMP:(9577): sending packet to 77.77.77.77 my_port 500 peer_port 500 (I) MM_KEY_EXCH',
      '*Oct 25 20:37:02.888: ISAKMP-PAK: (1003):sending packet to 203.0.113.30 my_port 4500 peer_port 4786 (R) QM_IDLE      ',
    ],
    (g) => [
      mk({}, 'msg.sent', {
        ...v1,
        direction: 'out',
        remote: ep(g.peer, g.pport),
        local: ep(undefined, g.myport),
        state: g.state ?? '',
        ...packetExchange(g.state ?? ''),
        details: role(g.role) ? { role: role(g.role) ?? '' } : {},
      }),
    ],
  ),
  pat(
    'isakmp-retransmitting',
    'retransmitting phase',
    /^ISAKMP: retransmitting phase (?<phase>[12]) (?<state>[A-Z0-9_]{1,32})/,
    [
      'Jun 12 10:02:14.512: ISAKMP:(0): retransmitting phase 1 MM_NO_STATE...',
      'Jun 12 10:21:01.733: ISAKMP:(1001): retransmitting phase 1 MM_KEY_EXCH...',
    ],
    (g) => {
      const state = g.state ?? '';
      return [
        mk({}, 'msg.retransmit', {
          ...v1,
          state,
          ...(g.phase === '2' ? { exchange: 'QUICK_MODE' as const } : packetExchange(state)),
          ...(state === 'MM_KEY_EXCH'
            ? { msgNo: 5 }
            : state === 'MM_SA_SETUP'
              ? { msgNo: 3 }
              : state === 'MM_NO_STATE'
                ? { msgNo: 1 }
                : {}),
          details: { phase: Number(g.phase) },
        }),
      ];
    },
  ),
  pat(
    'isakmp-retransmit-duplicate',
    'retransmitting due to retransmit',
    /^ISAKMP: retransmitting due to retransmit phase (?<phase>[12])/,
    ['Jun 12 10:20:35.339: ISAKMP:(1002): retransmitting due to retransmit phase 1'],
    (g) => [
      mk({}, 'msg.retransmit', {
        ...v1,
        ...(g.phase === '2' ? { exchange: 'QUICK_MODE' as const } : {}),
        reason: 'peer sent its last message again',
        details: { duplicateReceived: true },
      }),
    ],
  ),
  pat(
    'isakmp-error-counter',
    'incrementing error counter',
    /^ISAKMP: incrementing error counter on (?<on>sa|node), attempt (?<n>\d{1,3}) of (?<max>\d{1,3}): (?<why>.{1,80})$/,
    [
      'Jun 12 10:02:14.512: ISAKMP (0:0): incrementing error counter on sa, attempt 1 of 5: retransmit phase 1',
    ],
    (g) => {
      const why = (g.why ?? '').trim();
      const details = { attempt: Number(g.n), maxAttempts: Number(g.max), on: g.on ?? '' };
      if (/retransmit/i.test(why))
        return [mk({}, 'msg.retransmit', { ...v1, count: Number(g.n), reason: why, details })];
      return [mk({}, 'info', { ...v1, reason: why, details })];
    },
  ),
  pat(
    'isakmp-retransmission-skipped',
    'retransmission skipped',
    /^ISAKMP: retransmission skipped for phase (?<phase>[12])/,
    [
      'Jun 12 10:21:02.001: ISAKMP:(1001): retransmission skipped for phase 1 (time since last transmission 504)',
    ],
    () => [mk({}, 'info', { ...v1 })],
  ),
  pat(
    'isakmp-duplicate',
    'is a duplicate of a previous packet',
    /^ISAKMP: phase (?<phase>[12]) packet is a duplicate of a previous packet/,
    ['Jun 12 10:21:01.733: ISAKMP:(1001): phase 1 packet is a duplicate of a previous packet.'],
    (g) => [
      mk({}, 'msg.received', {
        ...v1,
        direction: 'in',
        ...(g.phase === '2' ? { exchange: 'QUICK_MODE' as const } : {}),
        details: { duplicate: true, phase: Number(g.phase) },
      }),
    ],
  ),
  pat(
    'isakmp-state',
    'Old State = ',
    /^ISAKMP: (?:Node -?\d{1,10}, )?Old State = \.?(?<from>[A-Z0-9_]{1,40}) {1,4}New State = (?<to>[A-Z0-9_]{1,40})/,
    [
      'ISAKMP:(9577):Old State = IKE_I_MM6  New State = IKE_P1_COMPLETE ',
      '*Oct 25 18:53:16.545: ISAKMP: (1001):Old State = IKE_QM_IPSEC_INSTALL_AWAIT  New State = IKE_QM_PHASE2_COMPLETE.....',
      'ISAKMP:(0):Old State = .IKE_I_MM2  New State = IKE_I_MM3 ',
    ],
    (g) => {
      const from = g.from ?? '';
      const to = g.to ?? '';
      const r = /^IKE_I_/.test(to)
        ? ('initiator' as const)
        : /^IKE_R_/.test(to)
          ? ('responder' as const)
          : undefined;
      const ex = ikev1ExchangeOf(to);
      const no = ikev1MsgNoOf(to);
      const fields = {
        ...v1,
        state: to,
        ...(r ? { role: r } : {}),
        ...(ex ? { exchange: ex } : {}),
        ...(no !== undefined ? { msgNo: no } : {}),
        details: { from },
      };
      if (to === 'IKE_P1_COMPLETE' && from !== to) return [mk({}, 'ike.established', fields)];
      if (to === 'IKE_QM_PHASE2_COMPLETE' && from !== to)
        return [mk({}, 'child.established', { ...fields, exchange: 'QUICK_MODE' })];
      if (from === 'IKE_READY' && /^IKE_R_(?:MM|AM)1$/.test(to))
        return [mk({}, 'ike.respond', { ...fields, mode: /AM/.test(to) ? 'aggressive' : 'main' })];
      return [mk({}, 'ike.state', fields)];
    },
  ),
  pat(
    'isakmp-input',
    'Input = ',
    /^ISAKMP: (?:Node -?\d{1,10}, )?Input = (?<input>IKE_MESG_[A-Z_]{1,30}), (?<event>[A-Z0-9_]{1,40})/,
    [
      'ISAKMP:(0):Input = IKE_MESG_FROM_PEER, IKE_MM_EXCH',
      '*Oct 25 18:53:16.539: ISAKMP: (1001):Node 1327257875, Input = IKE_MESG_INTERNAL, IKE_INIT_QM',
    ],
    (g) => [mk({}, 'info', { ...v1, details: { input: g.input ?? '', event: g.event ?? '' } })],
  ),
  pat(
    'isakmp-begin',
    'beginning ',
    /^ISAKMP: beginning (?<mode>Main|Aggressive|Quick) Mode exchange(?:, M-ID of (?<mid>-?\d{1,10}))?/,
    [
      'ISAKMP:(0): beginning Main Mode exchange',
      '*Oct 25 18:53:16.538: ISAKMP: (1001):beginning Quick Mode exchange, M-ID of 1327257875',
    ],
    (g) => {
      if (g.mode === 'Quick')
        return [
          mk({}, 'child.initiate', {
            ...v1,
            role: 'initiator',
            exchange: 'QUICK_MODE',
            ...(g.mid ? { messageId: Number(g.mid) >>> 0 } : {}),
          }),
        ];
      const aggressive = g.mode === 'Aggressive';
      return [
        mk({}, 'ike.initiate', {
          ...v1,
          role: 'initiator',
          mode: aggressive ? 'aggressive' : 'main',
          exchange: aggressive ? 'AGGRESSIVE_MODE' : 'MAIN_MODE',
        }),
      ];
    },
  ),
  pat(
    'isakmp-peer-struct',
    'Created a peer struct for',
    /^ISAKMP: Created a peer struct for (?<peer>[^,\s]{1,64}), peer port (?<port>\d{1,5})/,
    [
      'ISAKMP: Created a peer struct for 77.77.77.77, peer port 500',
      '*Oct 25 18:50:01.497: ISAKMP: (0):Created a peer struct for 203.0.113.1, peer port 500',
    ],
    (g) => [mk({}, 'info', { ...v1, remote: ep(g.peer, g.port) })],
  ),
  pat(
    'isakmp-psk-found',
    'pre-shared key matching',
    /^ISAKMP: found peer pre-shared key matching (?<peer>\S{1,64})/,
    [
      'ISAKMP:(0):found peer pre-shared key matching 77.77.77.77',
      '*Oct 25 18:53:16.485: ISAKMP: (0):found peer pre-shared key matching 203.0.113.1',
    ],
    (g) => [mk({}, 'info', { ...v1, remote: ep(g.peer), details: { auth: 'psk' } })],
  ),
  pat(
    'isakmp-no-psk',
    'No pre-shared key with',
    /^ISAKMP: No pre-shared key with (?<peer>[^!\s]{1,64})/,
    [
      '*Oct 25 18:50:01.497: ISAKMP-ERROR: (0):No pre-shared key with 203.0.113.1! <-- This is the error',
      'ISAKMP:(0):No pre-shared key with 10.1.1.2!',
    ],
    (g) => [
      mk({}, 'peer.not-configured', {
        ...v1,
        remote: ep(g.peer),
        reason: 'No pre-shared key for this peer',
        details: { auth: 'psk' },
      }),
    ],
  ),
  pat(
    'isakmp-no-cert-psk',
    'No Cert or pre-shared address key',
    /^ISAKMP: No Cert or pre-shared address key/,
    ['*Oct 25 18:50:01.497: ISAKMP-ERROR: (0):No Cert or pre-shared address key. '],
    () => [mk({}, 'info', { ...v1, details: { cause: 'no certificate or pre-shared key for the peer' } })],
  ),
  pat(
    'isakmp-cannot-start',
    'Can not start',
    /^ISAKMP: (?:construct_initial_message: )?Can not start (?<mode>Main|Aggressive) mode(?<fallback>, trying Main mode)?/,
    [
      'ISAKMP:(0):Can not start Aggressive mode, trying Main mode.',
      '*Oct 25 18:50:01.497: ISAKMP-ERROR: (0):construct_initial_message: Can not start Main mode',
    ],
    (g) => [
      mk({}, 'info', { ...v1, details: { cannotStart: g.mode ?? '', fallback: g.fallback !== undefined } }),
    ],
  ),
  pat(
    'isakmp-checking-transform',
    'Checking ISAKMP transform',
    /^ISAKMP: Checking ISAKMP transform (?<tr>\d{1,3}) against priority (?<prio>\d{1,5}) policy/,
    [
      'ISAKMP:(0):Checking ISAKMP transform 2 against priority 3 policy',
      '*Oct 25 18:53:16.490: ISAKMP: (0):Checking ISAKMP transform 1 against priority 10 policy',
    ],
    (g) => [mk({}, 'info', { ...v1, details: { transform: Number(g.tr), policy: Number(g.prio) } })],
  ),
  pat(
    'isakmp-attribute',
    ['encryption', 'keylength', 'hash', 'group', 'auth'],
    /^ISAKMP: (?:\. )?(?<attr>encryption|keylength of|hash|default group|auth) (?<value>\S{1,40})\s*$/,
    [
      'ISAKMP:      encryption 3DES-CBC',
      'ISAKMP:      hash SHA',
      'ISAKMP:      default group 2',
      'ISAKMP:      auth pre-share',
      '*Oct 25 18:53:16.490: ISAKMP: (0):      keylength of 256',
    ],
    (g) => {
      const param = ikev1AttributeParam(g.attr ?? '');
      return [
        mk({}, 'proposal.received', {
          ...v1,
          scope: 'ike',
          ...(param ? { param } : {}),
          remoteValue: g.value ?? '',
          details: { attribute: g.attr ?? '' },
        }),
      ];
    },
  ),
  pat(
    'isakmp-life',
    'life ',
    /^ISAKMP: (?<sa>SA )?life (?:type in (?<unit>seconds|kilobytes)|duration \((?:VPI|basic)\) of {1,2}(?<val>[0-9a-fA-Fx ]{1,40}))/,
    [
      'ISAKMP:      life type in seconds',
      'ISAKMP:      life duration (VPI) of  0x0 0x1 0x51 0x80 ',
      '*Oct 25 18:53:16.543: ISAKMP: (1001):      SA life duration (basic) of 3600',
    ],
    (g) => [
      mk({}, 'info', {
        ...v1,
        details: {
          scope: g.sa ? 'child' : 'ike',
          ...(g.unit ? { lifeType: g.unit } : {}),
          ...(g.val ? { lifeDuration: g.val.trim() } : {}),
        },
      }),
    ],
  ),
  pat(
    'isakmp-offer-mismatch',
    'does not match policy',
    /^ISAKMP: (?:(?<what>Encryption algorithm|Hash algorithm|Diffie-Hellman group|Authentication method) offered|Proposed (?<what2>key length)) does not match policy/,
    [
      'ISAKMP:(0):Encryption algorithm offered does not match policy!',
      'Jun 12 10:40:11.205: ISAKMP:(0):Hash algorithm offered does not match policy!',
      'Jun 12 10:40:11.205: ISAKMP:(0):Diffie-Hellman group offered does not match policy!',
      'Jun 12 10:40:11.205: ISAKMP:(0):Proposed key length does not match policy',
    ],
    (g) => {
      const what = g.what ?? g.what2 ?? '';
      const param = classParam(what);
      // One of our policies refused the peer's transform; another policy may still accept it, so
      // this is recorded, not a failure (the parser reports it when no policy matched).
      return [mk({}, 'info', { ...v1, details: { policyMismatch: param ?? what } })];
    },
  ),
  pat(
    'isakmp-atts-acceptable',
    'atts are acceptable',
    /^ISAKMP: atts are acceptable\.(?<p1> Next payload is \d{1,3})?/,
    [
      'ISAKMP:(0):atts are acceptable. Next payload is 0',
      '*Oct 25 18:53:16.543: ISAKMP: (1001):atts are acceptable.',
    ],
    (g) => [mk({}, 'proposal.selected', { ...v1, scope: g.p1 ? 'ike' : 'child' })],
  ),
  pat(
    'isakmp-atts-not-acceptable',
    'atts are not acceptable',
    /^ISAKMP: atts are not acceptable\.(?<p1> Next payload is \d{1,3})?/,
    ['ISAKMP:(0):atts are not acceptable. Next payload is 0'],
    (g) => [mk({}, 'info', { ...v1, details: { transformRejected: true, scope: g.p1 ? 'ike' : 'child' } })],
  ),
  pat(
    'isakmp-no-offers',
    'no offers accepted',
    /^ISAKMP: no offers accepted!?/,
    ['Jun 12 10:40:11.206: ISAKMP:(0):no offers accepted!'],
    () => [mk({}, 'proposal.none', { ...v1, scope: 'ike', reason: 'no offers accepted' })],
  ),
  pat(
    'isakmp-policy-not-acceptable',
    'SA policy not acceptable',
    /^ISAKMP: phase (?<phase>[12]) SA policy not acceptable! \(local (?<local>\S{1,64}) remote (?<remote>[^)\s]{1,64})\)/,
    [
      'Jun 12 10:40:11.206: ISAKMP:(0): phase 1 SA policy not acceptable! (local 10.1.1.1 remote 10.1.1.2)',
      '*Oct 25 20:37:02.888: ISAKMP-ERROR: (1003):phase 2 SA policy not acceptable! (local 203.0.113.1 remote 203.0.113.30)',
    ],
    (g) => {
      const fields = { ...v1, local: ep(g.local), remote: ep(g.remote) };
      if (g.phase === '2')
        return [
          mk({}, 'child.failed', {
            ...fields,
            exchange: 'QUICK_MODE',
            reason: 'phase 2 SA policy not acceptable',
          }),
        ];
      return [
        mk({}, 'proposal.none', { ...fields, scope: 'ike', reason: 'phase 1 SA policy not acceptable' }),
      ];
    },
  ),
  pat(
    'isakmp-ipsec-policy-invalidated',
    'IPSec policy invalidated proposal',
    /^ISAKMP: IPSec policy invalidated proposal with error (?<err>\d{1,6})/,
    [
      '*Oct 25 20:37:02.887: ISAKMP-ERROR: (1003):IPSec policy invalidated proposal with error 32',
      'ISAKMP:(1015): IPSec policy invalidated proposal with error 256',
    ],
    (g) => {
      const err = Number(g.err);
      const reason = `IPSec policy invalidated proposal with error ${g.err ?? ''}`;
      // Error 32: the proxy identities (crypto ACLs) do not match; 256: the transform set does not
      // (Cisco TAC debug guide; the IOS-XE sample above was fixed by a per-peer crypto ACL).
      if (err === 32)
        return [
          mk({}, 'ts.mismatch', { ...v1, exchange: 'QUICK_MODE', reason, details: { ipsecError: err } }),
        ];
      if (err === 256)
        return [
          mk({}, 'proposal.none', {
            ...v1,
            scope: 'child',
            exchange: 'QUICK_MODE',
            reason,
            details: { ipsecError: err },
          }),
        ];
      return [
        mk({}, 'child.failed', { ...v1, exchange: 'QUICK_MODE', reason, details: { ipsecError: err } }),
      ];
    },
  ),
  pat(
    'isakmp-sa-authenticated',
    'SA has been authenticated',
    /^ISAKMP: SA has been authenticated(?: with (?<peer>\S{1,64}))?/,
    [
      'ISAKMP:(9577):SA has been authenticated with 77.77.77.77',
      '*Oct 25 18:53:16.538: ISAKMP: (1001):SA has been authenticated with 203.0.113.1',
    ],
    (g) => [mk({}, 'ike.auth.ok', { ...v1, ...(g.peer ? { remote: ep(g.peer) } : {}) })],
  ),
  pat(
    'isakmp-auth-status',
    'SA authentication status',
    /^ISAKMP: SA authentication status:\s{0,8}(?<status>(?:not )?authenticated)?\s*$/,
    [
      'ISAKMP:(9577):SA authentication status:\tauthenticated',
      '*Oct 25 18:53:16.538: ISAKMP: (1001):SA authentication status:',
    ],
    (g) => {
      if (g.status === 'not authenticated')
        return [mk({}, 'ike.auth.failed', { ...v1, reason: 'SA authentication status: not authenticated' })];
      return [mk({}, 'info', { ...v1, details: g.status ? { authStatus: g.status } : {} })];
    },
  ),
  pat(
    'isakmp-sa-doing',
    'SA is doing',
    /^ISAKMP: SA is doing(?: (?<method>[\w -]{1,30}?) authentication using id type (?<idtype>ID_\w{1,24}))?\s*$/,
    [
      'ISAKMP:(9577):SA is doing pre-shared key authentication using id type ID_IPV4_ADDR',
      '*Oct 25 18:53:16.531: ISAKMP: (1001):SA is doing ',
    ],
    (g) => [mk({}, 'info', { ...v1, details: authDetails(g.method, g.idtype) })],
  ),
  pat(
    'isakmp-auth-using-id',
    'authentication using id type',
    /^ISAKMP: (?<method>pre-shared key|RSA signature|RSA encryption|[\w-]{1,30}) authentication using id type (?<idtype>ID_\w{1,24})/,
    ['*Oct 25 18:53:16.531: ISAKMP: (1001):pre-shared key authentication using id type ID_IPV4_ADDR'],
    (g) => [mk({}, 'info', { ...v1, details: authDetails(g.method, g.idtype) })],
  ),
  pat(
    'isakmp-deleting-sa',
    'deleting SA reason',
    /^ISAKMP: deleting SA reason "(?<reason>[^"]{0,80})" state \((?<role>[IR])\) (?<state>[A-Z0-9_]{1,32}) {0,12}\(peer (?<peer>[^)\s]{1,64})\)/,
    [
      'ISAKMP:(9577):deleting SA reason "No reason" state (I) QM_IDLE       (peer 77.77.77.77)',
      'Jun 12 10:02:54.512: ISAKMP:(0):deleting SA reason "Death by retransmission P1" state (I) MM_NO_STATE (peer 198.51.100.7)',
    ],
    (g) => {
      const reason = g.reason ?? '';
      const state = g.state ?? '';
      const fields = {
        ...v1,
        remote: ep(g.peer),
        state,
        reason,
        ...(role(g.role) ? { role: role(g.role) } : {}),
        ...packetExchange(state),
      };
      if (/retransmission/i.test(reason)) {
        const p2 = /P2/.test(reason);
        if (p2) return [mk({}, 'child.failed', { ...fields, exchange: 'QUICK_MODE' })];
        const first = FIRST_STATES.test(state);
        return [
          mk({}, 'ike.timeout', {
            ...fields,
            ...(state === 'MM_KEY_EXCH' ? { msgNo: 5 } : {}),
            details: first ? {} : { afterFirstMessage: true },
          }),
        ];
      }
      if (/policy proposal not accepted|SA policy/i.test(reason))
        return [mk({}, 'ike.deleted', { ...fields, byPeer: false, details: { failedNegotiation: true } })];
      if (/initial contact|fatal informational|recevied|received/i.test(reason))
        return [mk({}, 'ike.deleted', { ...fields, byPeer: true })];
      return [mk({}, 'ike.deleted', fields)];
    },
  ),
  pat(
    'isakmp-deleting-node',
    'deleting node',
    /^ISAKMP: deleting node (?<node>-?\d{1,10}) error (?<err>TRUE|FALSE) reason "(?<reason>[^"]{0,80})"/,
    [
      'ISAKMP:(9577):deleting node 1201896175 error FALSE reason "Informational (in) state 1"',
      '*Oct 25 20:37:02.888: ISAKMP-ERROR: (1003):deleting node 570535495 error TRUE reason "QM rejected"',
    ],
    (g) => {
      const reason = g.reason ?? '';
      if (g.err === 'TRUE' && /retransmission P2|QM rejected|QM_|quick/i.test(reason))
        return [
          mk({}, 'child.failed', { ...v1, exchange: 'QUICK_MODE', reason, details: { node: g.node ?? '' } }),
        ];
      return [mk({}, 'info', { ...v1, reason, details: { node: g.node ?? '', error: g.err === 'TRUE' } })];
    },
  ),
  pat(
    'isakmp-notify',
    'NOTIFY ',
    /^ISAKMP: (?<dir>processing|Sending) NOTIFY (?<notify>[A-Z0-9_/]{1,40}) protocol (?<proto>\d{1,3})/,
    [
      'ISAKMP:(9577): processing NOTIFY PROPOSAL_NOT_CHOSEN protocol 3',
      '*Oct 25 20:37:02.888: ISAKMP: (1003):Sending NOTIFY PROPOSAL_NOT_CHOSEN protocol 3',
      'ISAKMP:(9577): processing NOTIFY RESPONDER_LIFETIME protocol 1',
    ],
    (g) => {
      // protocol 1 = ISAKMP (the IKE SA), 2/3 = AH/ESP (RFC 2407 §4.4.1).
      const scope = g.proto === '1' ? ('ike' as const) : ('child' as const);
      const notify = ciscoNotify(g.notify ?? '', 1);
      return [
        mk({}, g.dir === 'processing' ? 'notify.received' : 'notify.sent', {
          ...v1,
          notify,
          scope,
          ...(scope === 'child' ? { exchange: 'QUICK_MODE' as const } : {}),
          details: { protocol: Number(g.proto), vendorName: g.notify ?? '' },
        }),
      ];
    },
  ),
  pat(
    'isakmp-processing-delete',
    'processing DELETE payload',
    /^ISAKMP: processing DELETE payload\. message ID = (?<mid>-?\d{1,10})/,
    ['ISAKMP:(9577): processing DELETE payload. message ID = -1042074812'],
    (g) => [mk({}, 'info', { ...v1, messageId: Number(g.mid) >>> 0, details: { deleteFromPeer: true } })],
  ),
  pat(
    'isakmp-processing-payload',
    'payload',
    /^ISAKMP: processing (?!DELETE)(?<what>[A-Za-z][\w /-]{0,30}?) payload(?:\. message ID = (?<mid>-?\d{1,10}))?\s*$/,
    [
      'ISAKMP:(0): processing SA payload. message ID = 0',
      'ISAKMP:(9577): processing vendor id payload',
      '*Oct 25 18:53:16.512: ISAKMP: (0):processing KE payload. message ID = 0',
    ],
    (g) => [mk({}, 'info', { ...v1, details: { processing: g.what ?? '' } })],
  ),
  pat(
    'isakmp-paranoid',
    'paranoid keepalives',
    /^ISAKMP: peer does not do paranoid keepalives/,
    ['ISAKMP:(9577):peer does not do paranoid keepalives.'],
    () => [mk({}, 'info', { ...v1 })],
  ),
  pat(
    'isakmp-vendor-id',
    ['vendor ID', 'another IOS box'],
    /^ISAKMP: (?:vendor ID (?:is|seems) (?<vid>.{1,60}?)|(?<ios>speaking to another IOS box!?))\s*$/,
    [
      'ISAKMP:(0): vendor ID is NAT-T v2',
      'ISAKMP:(0): vendor ID seems Unity/DPD but major 123 mismatch',
      '*Oct 25 18:53:16.531: ISAKMP: (1001):speaking to another IOS box!',
    ],
    (g) => [mk({}, 'vendor-id', { ...v1, details: { vendorId: g.vid ?? 'Cisco IOS' } })],
  ),
  pat(
    'isakmp-nat',
    'NAT',
    /^ISAKMP: (?:(?<none>No NAT Found for self or peer)|NAT found, (?<where>.{1,40}?))\.?\s*$/,
    [
      '*Oct 25 18:53:16.531: ISAKMP: (1001):No NAT Found for self or peer',
      'Jun 12 11:20:02.310: ISAKMP:(1002): NAT found, the node inside NAT',
    ],
    (g) => {
      if (g.none) return [mk({}, 'nat.detected', { ...v1, details: { where: 'none' } })];
      const w = g.where ?? '';
      const where = /both/i.test(w)
        ? 'both'
        : /outside/i.test(w)
          ? 'remote'
          : /inside/i.test(w)
            ? 'local'
            : w;
      return [mk({}, 'nat.detected', { ...v1, details: { where, vendorText: w } })];
    },
  ),
  pat(
    'isakmp-nat-hash',
    'hash no match',
    /^ISAKMP: (?:His|My) hash no match - this node (?<side>inside|outside) NAT/,
    ['*Oct 25 18:53:16.531: ISAKMP: (1001):His hash no match - this node outside NAT'],
    (g) => [mk({}, 'info', { ...v1, details: { natHash: g.side ?? '' } })],
  ),
  pat(
    'isakmp-constructed-vid',
    'constructed ',
    /^ISAKMP: constructed (?<vid>[\w -]{1,60}?) ID\s*$/,
    ['*Oct 25 18:53:16.485: ISAKMP: (0):constructed NAT-T vendor-rfc3947 ID'],
    (g) => [mk({}, 'info', { ...v1, details: { sentVendorId: g.vid ?? '' } })],
  ),
  pat(
    'isakmp-set-node',
    'set new node',
    /^ISAKMP: set new node (?<node>-?\d{1,10}) to (?<state>[A-Z_]{1,20})/,
    [
      'ISAKMP: set new node 0 to QM_IDLE      ',
      '*Oct 25 20:37:02.890: ISAKMP: (1001):set new node 1148084868 to QM_IDLE      ',
    ],
    (g) => [mk({}, 'info', { ...v1, details: { node: g.node ?? '' } })],
  ),
  pat(
    'isakmp-purging',
    'purging ',
    /^ISAKMP: purging (?<what>node|SA)/,
    [
      'ISAKMP:(9577):purging node 1453291904',
      '*Oct 25 18:50:01.497: ISAKMP: (0):purging SA., sa=8000730939973AE8, delme=8000730939973AE8',
    ],
    () => [mk({}, 'info', { ...v1 })],
  ),
  pat(
    'isakmp-peer-housekeeping',
    ['peer', 'sa successfully'],
    /^ISAKMP: (?:New peer created peer|Locking peer struct|Unlocking peer struct|Deleting peer node by peer_reap for (?<peer>[^:\s]{1,64})|Trying to insert a peer|and inserted successfully|insert sa successfully)/,
    [
      'ISAKMP: New peer created peer = 0x66440AA0 peer_handle = 0x8007F09C',
      'ISAKMP: Locking peer struct 0x66440AA0, refcount 1 for isakmp_initiator',
      '*Oct 25 18:50:01.497: ISAKMP: (0):Deleting peer node by peer_reap for 203.0.113.1: 80007309399748E0',
      '*Oct 25 18:50:01.497: ISAKMP: (0):insert sa successfully sa = 8000730939973AE8',
    ],
    () => [mk({}, 'info', { ...v1 })],
  ),
  pat(
    'isakmp-ports',
    'local port',
    /^ISAKMP: local port (?<lport>\d{1,5}), remote port (?<rport>\d{1,5})/,
    ['ISAKMP: local port 500, remote port 500'],
    (g) => [mk({}, 'info', { ...v1, local: ep(undefined, g.lport), remote: ep(undefined, g.rport) })],
  ),
  pat(
    'isakmp-profile',
    ['profile', 'profiles'],
    /^ISAKMP: (?:SA request profile is (?<profile>\S{1,64})|Scanning profiles for xauth|:? ?peer matches (?<match>\S{1,64}) of the profiles)/,
    [
      'ISAKMP:(0): SA request profile is (NULL)',
      'ISAKMP : Scanning profiles for xauth ...',
      'ISAKMP:(0):: peer matches *none* of the profiles',
    ],
    (g) => [
      mk({}, 'info', {
        ...v1,
        details: {
          ...(g.profile ? { profile: g.profile } : {}),
          ...(g.match ? { profileMatch: g.match } : {}),
        },
      }),
    ],
  ),
  pat(
    'isakmp-local-psk',
    'local preshared key found',
    /^ISAKMP: local preshared key found/,
    ['ISAKMP:(0): local preshared key found'],
    () => [mk({}, 'info', { ...v1, details: { auth: 'psk' } })],
  ),
  pat(
    'isakmp-dpd',
    'DPD/R_U_THERE',
    /^ISAKMP: DPD\/(?<what>R_U_THERE_ACK|R_U_THERE) received from peer (?<peer>[^,\s]{1,64}), sequence (?<seq>0x[0-9A-Fa-f]{1,8})/,
    [
      'Jun 12 11:30:02.118: ISAKMP:(1001):DPD/R_U_THERE received from peer 198.51.100.7, sequence 0x3D0A1E',
      'Jun 12 11:30:02.121: ISAKMP:(1001):DPD/R_U_THERE_ACK received from peer 198.51.100.7, sequence 0x3D0A1F',
    ],
    (g) => [
      mk({}, 'notify.received', {
        ...v1,
        remote: ep(g.peer),
        notify: g.what ?? '',
        exchange: 'INFORMATIONAL_V1',
        details: { seq: g.seq ?? '' },
      }),
    ],
  ),
  pat(
    'isakmp-qm-spi',
    'QM Initiator gets spi',
    /^ISAKMP: QM Initiator gets spi/,
    ['ISAKMP:(9577):QM Initiator gets spi'],
    () => [mk({}, 'info', { ...v1 })],
  ),
  pat(
    'isakmp-install',
    ['installed IPSEC SA', 'IPSec Install callback'],
    /^ISAKMP: (?:Successfully installed IPSEC SA \(SPI:(?<spi>0x[0-9A-Fa-f]{1,8})\) on (?<intf>\S{1,64})|Received IPSec Install callback)/,
    [
      '*Oct 25 18:53:16.545: ISAKMP: (1001):Successfully installed IPSEC SA (SPI:0xDA9E8DCA) on Ethernet0/0',
      '*Oct 25 18:53:16.545: ISAKMP: (1001):Received IPSec Install callback... proceeding with the negotiation',
    ],
    (g) => [
      mk({}, 'info', {
        ...v1,
        ...(g.spi ? { spiIn: g.spi } : {}),
        details: g.intf ? { interface: g.intf } : {},
      }),
    ],
  ),
  pat(
    'isakmp-initial-contact',
    'initial contact',
    /^ISAKMP: Send initial contact/,
    ['ISAKMP:(9577):Send initial contact'],
    () => [mk({}, 'notify.sent', { ...v1, notify: 'INITIAL_CONTACT_V1', scope: 'ike' })],
  ),
  pat(
    'isakmp-id-payload',
    ['ID payload', 'payload length', ' : '],
    /^ISAKMP: (?:ID payload|Total payload length: \d{1,5}|(?<field>address|protocol|port|length|next-payload|type) {1,12}: {1,2}(?<value>\S{1,64}))\s*$/,
    [
      'ISAKMP (0:9577): ID payload ',
      'ISAKMP:(9577):Total payload length: 12',
      '*Oct 25 18:53:16.531: ISAKMP: (1001):   address      : 203.0.113.10',
    ],
    () => [mk({}, 'info', { ...v1 })],
  ),
  pat(
    'isakmp-payload-type',
    'received payload type',
    /^ISAKMP: ?received payload type (?<type>\d{1,3})/,
    ['ISAKMP:received payload type 20'],
    () => [mk({}, 'info', { ...v1 })],
  ),
  pat(
    'isakmp-unknown-input',
    'Unknown Input',
    /^ISAKMP: Unknown Input (?<input>IKE_MESG_[A-Z_]{1,30}), (?<event>[A-Z0-9_]{1,40}):? {0,4}state = (?<state>[A-Z0-9_]{1,40})/,
    [
      'Jun 12 11:31:40.002: ISAKMP (0:1001): Unknown Input IKE_MESG_FROM_PEER, IKE_INFO_NOTIFY:  state = IKE_P1_COMPLETE',
    ],
    (g) => [
      mk({}, 'info', {
        ...v1,
        state: g.state ?? '',
        details: { unknownInput: `${g.input ?? ''}, ${g.event ?? ''}` },
      }),
    ],
  ),
  pat(
    'isakmp-csdl',
    'CSDL compliant',
    /^ISAKMP: (?:\(\d{1,6}\): )?(?:Either \((?<enc>\w{1,16})\) encryption algorithm or \((?<hash>\w{1,16})\) hash algorithm ?is not CSDL compliant|DH Group \((?<grp>\d{1,2})\) is not CSDL compliant|Can't request CE to Pregen DH Group \((?<grp2>\d{1,2})\) since it is not CSDL compliant)/,
    [
      '*Oct 25 20:31:38.261: ISAKMP-ERROR: (0):(65514): Either (3des) encryption algorithm or (md5) hash algorithmis not CSDL compliant',
      '*Oct 25 20:31:38.261: ISAKMP-ERROR: (0):(65514): DH Group (5) is not CSDL compliant',
      "*Oct 25 20:31:38.261: ISAKMP-ERROR: (0):Can't request CE to Pregen DH Group (2) since it is not CSDL compliant",
    ],
    (g) => {
      const grp = g.grp ?? g.grp2;
      const algorithm = grp ? `group ${grp}` : `${g.enc ?? ''}/${g.hash ?? ''}`;
      return [
        mk({}, 'weak.crypto', {
          ...v1,
          scope: 'ike',
          details: { algorithm, source: 'IOS CSDL check (local policy)' },
        }),
      ];
    },
  ),
  pat(
    'isakmp-error-processing',
    'Error while processing',
    /^ISAKMP: Error while processing (?<what>SA request|KMI message \d{1,5})(?<tail>.{0,120})$/,
    [
      '*Oct 25 18:50:01.498: ISAKMP-ERROR: (0):Error while processing SA request: Failed to initialize SA',
      '*Oct 25 18:50:01.498: ISAKMP-ERROR: (0):Error while processing KMI message 0, error 2......',
    ],
    (g) => [
      mk({}, 'info', { ...v1, reason: `Error while processing ${g.what ?? ''}${trimDots(g.tail ?? '')}` }),
    ],
  ),
  pat(
    'isakmp-outstanding',
    'outstanding requests',
    /^ISAKMP: SA has outstanding requests {1,2}\(local (?<local>\S{1,64}) port (?<lport>\d{1,5}), remote (?<remote>\S{1,64}) port (?<rport>\d{1,5})\)/,
    [
      '*Oct 25 20:37:02.884: ISAKMP: (1001):SA has outstanding requests  (local 172.16.0.2 port 4500, remote 203.0.113.1 port 4500)',
    ],
    (g) => [mk({}, 'info', { ...v1, local: ep(g.local, g.lport), remote: ep(g.remote, g.rport) })],
  ),
  pat(
    'isakmp-sitting-idle',
    'sitting IDLE',
    /^ISAKMP: sitting IDLE\. Starting QM immediately/,
    ['*Oct 25 20:37:02.884: ISAKMP: (1001):sitting IDLE. Starting QM immediately (QM_IDLE      )'],
    () => [mk({}, 'info', { ...v1 })],
  ),
  pat(
    'isakmp-lifetime-info',
    ['life', 'timer'],
    /^ISAKMP: (?:Acceptable atts: ?(?:actual )?life: ?\d{1,12}|Fill atts in sa \w{1,24}: ?\d{1,12}|Returning Actual lifetime: \d{1,12}|Started lifetime timer: \d{1,12}|restart ike sa timer to \d{1,12} secs|processing responder lifetime|start processing isakmp responder lifetime)/,
    [
      '*Oct 25 18:53:16.490: ISAKMP: (0):Acceptable atts:actual life: 0',
      '*Oct 25 18:53:16.490: ISAKMP: (0):Fill atts in sa life_in_seconds:86400',
      'ISAKMP:(9577): restart ike sa timer to 3600 secs',
    ],
    () => [mk({}, 'info', { ...v1 })],
  ),
  pat(
    'isakmp-sending-ike-packet',
    'Sending an IKE',
    /^ISAKMP: Sending an IKE IPv[46] Packet/,
    ['*Oct 25 18:53:16.485: ISAKMP: (0):Sending an IKE IPv4 Packet.'],
    () => [mk({}, 'info', { ...v1 })],
  ),
  pat(
    'isakmp-checking-ipsec-proposal',
    'Checking IPSec proposal',
    /^ISAKMP: Checking IPSec proposal (?<n>\d{1,3})/,
    ['*Oct 25 18:53:16.543: ISAKMP: (1001):Checking IPSec proposal 1'],
    (g) => [mk({}, 'info', { ...v1, details: { ipsecProposal: Number(g.n) } })],
  ),
  pat(
    'isakmp-transform',
    'transform ',
    /^ISAKMP: transform (?<n>\d{1,3}), (?<tr>[A-Z0-9_]{1,32})\s*$/,
    ['*Oct 25 18:53:16.543: ISAKMP: (1001):transform 1, ESP_AES '],
    (g) => [
      mk({}, 'proposal.received', {
        ...v1,
        scope: 'child',
        param: 'encryption',
        remoteValue: g.tr ?? '',
        details: { transform: Number(g.n) },
      }),
    ],
  ),
  pat(
    'isakmp-ipsec-attribute',
    ['encaps is', 'authenticator is', 'key length is', 'group is'],
    /^ISAKMP: (?:encaps is (?<encval>\d{1,2}) \((?<encname>[\w-]{1,24})\)|authenticator is (?<auth>\S{1,32})|key length is (?<klen>\d{1,4})|group is (?<grp>\d{1,2}))\s*$/,
    [
      '*Oct 25 18:53:16.543: ISAKMP: (1001):      encaps is 1 (Tunnel)',
      '*Oct 25 18:53:16.543: ISAKMP: (1001):      authenticator is HMAC-SHA',
      '*Oct 25 18:53:16.543: ISAKMP: (1001):      key length is 256',
      'Jun 12 10:41:02.118: ISAKMP:      group is 2',
    ],
    (g) => {
      const [param, value] = g.encname
        ? (['mode', g.encname] as const)
        : g.auth
          ? (['integrity', g.auth] as const)
          : g.klen
            ? (['key_length', g.klen] as const)
            : (['dh_group', `group ${g.grp ?? ''}`] as const);
      return [
        mk({}, 'proposal.received', {
          ...v1,
          scope: 'child',
          param,
          remoteValue: value ?? '',
          details: param === 'dh_group' ? { pfs: true } : {},
        }),
      ];
    },
  ),
  pat(
    'isakmp-transform-attrs',
    'attributes in transform',
    /^ISAKMP: attributes in transform:/,
    ['*Oct 25 18:53:16.543: ISAKMP: (1001):   attributes in transform:'],
    () => [mk({}, 'info', { ...v1 })],
  ),
  pat(
    'isakmp-deleting-spi',
    'deleting spi',
    /^ISAKMP: deleting spi (?<spi>-?\d{1,12}) message ID = (?<mid>-?\d{1,10})/,
    ['*Oct 25 20:37:02.890: ISAKMP: (1001):deleting spi 101951630 message ID = 570535495'],
    (g) => [mk({}, 'info', { ...v1, details: { spi: g.spi ?? '' } })],
  ),
  pat(
    'isakmp-peer-index',
    'peer index node',
    /^ISAKMP: Failed to find peer index node/,
    ['*Oct 25 18:53:16.544: ISAKMP-ERROR: (0):Failed to find peer index node to update peer_info_list'],
    () => [mk({}, 'info', { ...v1 })],
  ),
  pat(
    'isakmp-ke-message',
    'received ke message',
    /^ISAKMP: received ke message \((?<n>\d{1,3})\/(?<m>\d{1,3})\)/,
    ['00:27:07: ISAKMP: received ke message (1/1)'],
    () => [mk({}, 'info', { ...v1 })],
  ),
];

function authDetails(method: string | undefined, idtype: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (method) {
    out.method = /pre-?shared/i.test(method) ? 'psk' : /signature/i.test(method) ? 'rsa-sig' : method;
    out.auth = out.method === 'psk' ? 'psk' : 'cert';
  }
  if (idtype) out.idType = idtype;
  return out;
}

function trimDots(s: string): string {
  let t = s;
  while (t.endsWith('.')) t = t.slice(0, -1);
  return t;
}
