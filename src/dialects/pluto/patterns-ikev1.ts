// IKEv1 (main, aggressive and quick mode) messages of pluto.
// Wording checked against Openswan 2.6 (programs/pluto/ikev1*.c, ipsec_doi.c, nat_traversal.c,
// vendor.c) and Libreswan v3.25, v3.32, v4.12, v5.x (programs/pluto/ikev1*.c, ikev1_states.c).
import type { EventDraft } from '../../core/model.js';
import type { PatternSpec } from '../../core/dialect.js';
import { classifyState, stateFields, STORY_STATES } from './states.js';
import { childEstablishedEvents, ikeEstablishedEvents, remoteWith, stateEvent, withState } from './events.js';
import { parseEndpoint } from './prefix.js';
import { parseSpdEnds, parseTunnelSelectors } from './sa-details.js';
import { oakleyTransform } from './proposals.js';

const V1: Partial<EventDraft> = { ikeVersion: 1 };

/** Who sent the last message of phase 1, from Openswan's story (`sent MR3, ISAKMP SA established`). */
const SENT_STORY: Record<string, Partial<EventDraft>> = {
  MR3: { role: 'responder', mode: 'main', exchange: 'MAIN_MODE', msgNo: 6 },
  MI3: { role: 'initiator', mode: 'main', exchange: 'MAIN_MODE', msgNo: 5 },
  AI2: { role: 'initiator', mode: 'aggressive', exchange: 'AGGRESSIVE_MODE', msgNo: 3 },
  AR2: { role: 'responder', mode: 'aggressive', exchange: 'AGGRESSIVE_MODE', msgNo: 3 },
};

export const ikev1Patterns: readonly PatternSpec[] = [
  {
    id: 'v1-initiate-main',
    needle: 'Main Mode',
    regex: /^initiating (?:IKEv1 )?Main Mode(?: connection)?(?: to replace #(?<replaces>\d{1,12}))?$/,
    samples: [
      'Mar 12 10:01:02 west pluto[2211]: "westnet-eastnet" #1: initiating Main Mode',
      '"westnet-eastnet-ikev1" #1: initiating IKEv1 Main Mode connection',
      '"office" #7: initiating Main Mode to replace #3',
    ],
    events: (g) => [
      {
        ...V1,
        kind: 'ike.initiate',
        role: 'initiator',
        mode: 'main',
        exchange: 'MAIN_MODE',
        msgNo: 1,
        ...(g.replaces ? { details: { replaces: `#${g.replaces}` } } : {}),
      },
    ],
  },
  {
    id: 'v1-initiate-aggr',
    needle: 'Aggressive Mode',
    regex: /^initiating (?:IKEv1 )?Aggressive Mode(?: connection)?(?: #(?<st>\d{1,12}))?(?: to replace #(?<replaces>\d{1,12}))?(?:, connection ["\u201c][^"\u201d]{1,200}["\u201d])?$/,
    samples: [
      '"road-east-psk" #1: initiating Aggressive Mode',
      '"road-east-psk" #1: initiating IKEv1 Aggressive Mode connection',
      '"vpn" #2: initiating Aggressive Mode #2, connection "vpn"',
    ],
    events: (g) => [
      {
        ...V1,
        kind: 'ike.initiate',
        role: 'initiator',
        mode: 'aggressive',
        exchange: 'AGGRESSIVE_MODE',
        msgNo: 1,
        ...(g.replaces ? { details: { replaces: `#${g.replaces}` } } : {}),
      },
    ],
  },
  {
    id: 'v1-respond-main',
    needle: 'responding to Main Mode',
    regex: /^responding to Main Mode(?: from unknown peer (?<peer>\S{1,80})(?: on port \d{1,5})?)?$/,
    samples: [
      'Nov 24 15:17:03.412201: "westnet-eastnet-ikev1" #1: responding to Main Mode',
      'Nov  5 10:54:40 intra pluto[2332]: "C2"[1] 192.168.1.200 #1: responding to Main Mode from unknown peer 192.168.1.200',
      'Mar 12 09:32:14 centos7 pluto[3776]: "l2tp-psk"[2] 192.168.171.141 #3: responding to Main Mode from unknown peer 192.168.171.141 on port 500',
    ],
    events: (g, _r, base) => {
      const ev: EventDraft = {
        ...V1,
        kind: 'ike.respond',
        role: 'responder',
        mode: 'main',
        exchange: 'MAIN_MODE',
        msgNo: 1,
      };
      const peer = g.peer ? parseEndpoint(g.peer) : undefined;
      if (peer) ev.remote = remoteWith(base, peer);
      return [ev];
    },
  },
  {
    id: 'v1-respond-aggr',
    needle: 'responding to Aggressive Mode',
    regex: /^responding to Aggressive Mode, state #(?<st>\d{1,12}), connection ["\u201c](?<c>[^"\u201d]{1,200})["\u201d](?:\[\d{1,10}\]){0,4}(?: (?<peerAddr>[^ ]{1,80}))? from (?<from>\S{1,80})$/,
    samples: [
      '"road-east-psk"[1] 192.1.3.209 #1: responding to Aggressive Mode, state #1, connection "road-east-psk"[1] 192.1.3.209 from 192.1.3.209',
      '"vpn" #3: responding to Aggressive Mode, state #3, connection "vpn" from 203.0.113.9',
    ],
    events: (g, _r, base) => {
      const ev: EventDraft = {
        ...V1,
        kind: 'ike.respond',
        role: 'responder',
        mode: 'aggressive',
        exchange: 'AGGRESSIVE_MODE',
        msgNo: 1,
      };
      const peer = g.from ? parseEndpoint(g.from) : undefined;
      if (peer) ev.remote = remoteWith(base, peer);
      if (!base.conn && g.c) ev.conn = g.c;
      if (!base.sa && g.st) ev.sa = `#${g.st}`;
      return [ev];
    },
  },
  {
    id: 'v1-transition',
    needle: 'transition from state',
    regex: /^transition from state (?<from>\(null\)|STATE_[A-Z0-9_]{1,40}) to state (?<to>STATE_[A-Z0-9_]{1,40})$/,
    samples: [
      '22:49:46 pluto[585] \u201cabc\u201d #624: transition from state STATE_MAIN_R1 to state STATE_MAIN_R2',
      '"abc" #624: transition from state (null) to state STATE_MAIN_R1',
      'Jan 10 08:00:01 gw pluto[1401]: "tun1" #2: transition from state STATE_QUICK_I1 to state STATE_QUICK_I2',
    ],
    events: (g) => [stateEvent(g.to!, { details: { from: g.from! } })],
  },
  {
    id: 'v1-state-story',
    needle: 'STATE_',
    // Openswan / Libreswan 3.x: `STATE_MAIN_I2: sent MI2, expecting MR2`; seed 003 omits the colon.
    regex: /^(?<state>STATE_(?:MAIN|AGGR|QUICK)_[IR]\d):? (?<story>(?:sent|expecting|initiate)\b[^{]{0,200})(?<details>\{.{0,800})?$/,
    samples: [
      '"westnet-eastnet" #1: STATE_MAIN_I1: initiate',
      '"westnet-eastnet" #1: STATE_MAIN_I2: sent MI2, expecting MR2',
      '"westnet-eastnet" #1: STATE_MAIN_I3: sent MI3, expecting MR3',
      '"roadwarrior"[2] 203.0.113.50 #3: STATE_MAIN_R3: sent MR3, ISAKMP SA established {auth=PRESHARED_KEY cipher=aes_256 integ=sha2_256 group=MODP2048}',
      '22:49:47 pluto[585] \u201cabc\u201d #624: STATE_QUICK_I1 initiate',
      '22:49:47 pluto[585] "abc" #4: STATE_QUICK_I2 sent QI2, IPsec SA established',
      '"westnet-eastnet" #2: STATE_QUICK_I2: sent QI2, IPsec SA established tunnel mode {ESP=>0x7ba5b5d1 <0xb2b0e45c xfrm=AES_CBC_128-HMAC_SHA1_96 NATOA=none NATD=none DPD=passive}',
      '"branch" #5: STATE_QUICK_R1: sent QR1, inbound IPsec SA installed, expecting QI2',
    ],
    events: (g) => storyEvents(g.state!, g.story!.trim(), g.details),
  },
  {
    id: 'v1-state-established',
    needle: 'established',
    // `STATE_MAIN_I4: ISAKMP SA established {...}` (Libreswan 3.x), `STATE_QUICK_R2: IPsec SA established tunnel mode {...}`
    regex: /^(?<state>STATE_(?:MAIN|AGGR|QUICK)_[IR]\d): (?<story>(?:ISAKMP|IPsec) SA established[^{]{0,40})(?<details>\{.{0,800})?$/,
    samples: [
      'Mar 12 10:01:03 west pluto[2211]: "westnet-eastnet" #1: STATE_MAIN_I4: ISAKMP SA established {auth=PRESHARED_KEY cipher=aes_256 integ=sha2_256 group=MODP2048}',
      '"westnet-eastnet" #2: STATE_QUICK_R2: IPsec SA established tunnel mode {ESP/NAT=>0x2c8e1f73 <0x8f21c0d4 xfrm=AES_CBC_256-HMAC_SHA2_256_128 NATOA=none NATD=192.0.2.45:4500 DPD=passive}',
      '"l2tp-psk"[3] 203.0.113.50 #5: STATE_AGGR_R2: ISAKMP SA established {auth=OAKLEY_PRESHARED_KEY cipher=aes_128 prf=oakley_sha group=modp1024}',
    ],
    events: (g) => storyEvents(g.state!, g.story!.trim(), g.details),
  },
  {
    id: 'v1-story',
    // Libreswan 4.x/5.x log only the story of the new state.
    regex: /^(?<story>sent Main Mode (?:request|[IR][1-3])|sent Aggressive Mode (?:request|response, expecting confirmation)|sent Quick Mode (?:request|reply, inbound IPsec SA installed, expecting confirmation))$/,
    samples: [
      'Nov 24 15:17:03.412500: "westnet-eastnet-ikev1" #1: sent Main Mode request',
      '"westnet-eastnet-ikev1" #1: sent Main Mode I2',
      '"westnet-eastnet-ikev1" #1: sent Main Mode R2',
      '"westnet-eastnet-ikev1" #1: sent Main Mode I3',
      '"road-east-psk" #1: sent Aggressive Mode response, expecting confirmation',
      '"westnet-eastnet-ikev1" #2: sent Quick Mode request',
    ],
    events: (g) => {
      const state = STORY_STATES[g.story!];
      return state ? [stateEvent(state, { details: { story: g.story! } })] : [];
    },
  },
  {
    id: 'v1-isakmp-established',
    needle: 'SA established',
    // Openswan stories without a state name (seed 003), Libreswan 4.x `IKE SA established {...}`,
    // Libreswan 5.x `ISAKMP SA established {...}`.
    regex: /^(?:sent (?<sent>[AM][IR][23]), )?(?:ISAKMP|IKE) SA established(?<details> \{.{0,800})?$/,
    samples: [
      '22:49:46 pluto[585] \u201cabc\u201d #624: sent MR3, ISAKMP SA established',
      'Nov 24 15:17:03.498100: "westnet-eastnet-ikev1" #1: IKE SA established {auth=PRESHARED_KEY cipher=AES_CBC_256 integ=HMAC_SHA2_256 group=MODP2048}',
      '"v6-transport" #1: ISAKMP SA established {auth=RSA_SIG cipher=AES_CBC_256 integ=HMAC_SHA2_256 group=MODP2048}',
    ],
    events: (g) => ikeEstablishedEvents(g.details, { ...V1, ...SENT_STORY[g.sent ?? ''] }),
  },
  {
    id: 'v1-ipsec-established',
    needle: 'IPsec SA established',
    regex: /^(?:(?<sent>sent QI2), )?IPsec SA established(?<mode> (?:tunnel|transport) mode)?(?<details> ?\{.{0,800})?$/,
    samples: [
      '"westnet-eastnet-ikev1" #2: IPsec SA established tunnel mode {ESP=>0xa1b2c3d4 <0x11223344 xfrm=AES_CBC_256-HMAC_SHA2_256_128 NATOA=none NATD=none DPD=passive}',
      '"v6-transport" #2: IPsec SA established transport mode {ESP=>0x5e0b2a21 <0xd3ac0e7f xfrm=AES_CBC_128-HMAC_SHA1_96 DPD=passive}',
      '"abc" #4: sent QI2, IPsec SA established',
    ],
    events: (g) =>
      childEstablishedEvents(
        `${g.mode ?? ''} ${g.details ?? ''}`,
        g.sent ? { ...V1, role: 'initiator', exchange: 'QUICK_MODE', msgNo: 3 } : {},
      ),
  },
  {
    id: 'v1-peer-id',
    needle: 'eer ID is ',
    regex: /^(?:(?<mm>Main|Aggressive|IKEv2) mode )?[Pp]eer ID is (?<type>[A-Z][A-Z0-9_]{1,30}): (?:'(?<qid>[^']{0,300})'|(?<id>\S{1,300}))$/,
    samples: [
      '22:49:46 pluto[585] \u201cabc\u201d #624: Main mode peer ID is ID_IPV4_ADDR: www.xxx.yyy.zzz',
      '"office"[2] 198.51.100.7 #9: Main mode peer ID is ID_IPV4_ADDR: \'198.51.100.7\'',
      'Nov 24 15:17:03.497610: "westnet-eastnet-ikev1" #1: Peer ID is ID_FQDN: \'@east\'',
      '"westnet-eastnet-ikev1" #1: Peer ID is FQDN: \'@east\'',
      '"westnet-eastnet-ikev2" #1: IKEv2 mode peer ID is ID_FQDN: \'@east\'',
    ],
    events: (g, _r, base) => {
      const id = g.qid ?? g.id ?? '';
      const ev: EventDraft = {
        kind: 'ike.peer-id',
        remote: remoteWith(base, { id }),
        details: { idType: g.type!.replace(/^ID_/, '') },
      };
      if (g.mm === 'IKEv2') ev.ikeVersion = 2;
      else {
        ev.ikeVersion = 1;
        if (g.mm === 'Main') ev.mode = 'main';
        if (g.mm === 'Aggressive') ev.mode = 'aggressive';
      }
      return [ev];
    },
  },
  {
    id: 'v1-initiate-quick',
    needle: 'initiating Quick Mode',
    // Libreswan 5 lists the proposals separated by `, ` and adds the selectors:
    // `{using isakmp#1 msgid:... proposal=AES_CBC-HMAC_SHA1_96, AES_GCM_16_128 pfsgroup=MODP2048 192.0.1.0/24===192.0.2.0/24}`.
    regex: /^initiating Quick Mode (?<policy>[\w+]{1,300})(?: to replace #(?<replaces>\d{1,12}))?(?: \{using isakmp#(?<isakmp>\d{1,12}) msgid:(?<msgid>[0-9a-f]{8}) proposal=(?<proposal>[^ ,]{0,120}(?:, ?[^ ,]{1,120}){0,40}) pfsgroup=(?<pfs>[^ }]{1,60})(?<sel> [^}]{1,400})?\}?)?$/,
    samples: [
      '"westnet-eastnet-ipv4-psk-ikev1" #2: initiating Quick Mode IKEv1+PSK+ENCRYPT+TUNNEL+PFS+UP+IKE_FRAG_ALLOW+ESN_NO+ESN_YES {using isakmp#1 msgid:5d2a9c1e proposal=AES_CBC-HMAC_SHA1_96 pfsgroup=MODP2048 192.0.1.0/24===192.0.2.0/24}',
      '"ikev1-ipsec-fail" #2: initiating Quick Mode IKEv1+RSASIG+ENCRYPT+COMPRESS+TUNNEL+PFS+UP+IKE_FRAG_ALLOW+ESN_NO+ESN_YES {using isakmp#1 msgid:7a1c03e4 proposal=AES_CBC-HMAC_SHA1_96, AES_CBC-HMAC_SHA2_512_256, AES_CBC-HMAC_SHA2_256_128, AES_GCM_16_128, AES_GCM_16_256, 3DES_CBC-HMAC_SHA1_96, 3DES_CBC-HMAC_SHA2_512_256, 3DES_CBC-HMAC_SHA2_256_128 pfsgroup=MODP1536 192.0.1.0/24===66.66.66.0/24}',
      '"west-east" #2: initiating Quick Mode IKEv1+RSASIG+ENCRYPT+TUNNEL+UP+IKE_FRAG_ALLOW+ESN_NO+ESN_YES {using isakmp#1 msgid:0c9e44b1 proposal=NULL_AUTH_AES_GMAC_128 pfsgroup=no-pfs 192.0.1.0/24===192.0.2.0/24}',
      '"westnet-eastnet" #2: initiating Quick Mode PSK+ENCRYPT+TUNNEL+PFS+UP+IKEV1_ALLOW+IKEV2_ALLOW+SAREF_TRACK+IKE_FRAG_ALLOW+ESN_NO {using isakmp#1 msgid:c9b3e5f6 proposal=AES_CBC_128-HMAC_SHA1_96 pfsgroup=MODP2048}',
      '"westnet-eastnet-ikev1" #2: initiating Quick Mode IKEv1+PSK+ENCRYPT+TUNNEL+PFS+UP+IKE_FRAG_ALLOW+ESN_NO+ESN_YES',
      '"tun1" #4: initiating Quick Mode PSK+ENCRYPT+TUNNEL+UP to replace #2 {using isakmp#3 msgid:0a1b2c3d proposal=3DES_CBC-HMAC_MD5 pfsgroup=no-pfs}',
    ],
    events: (g) => {
      const ev: EventDraft = {
        ...V1,
        kind: 'child.initiate',
        role: 'initiator',
        exchange: 'QUICK_MODE',
        msgNo: 1,
        details: { policy: g.policy! },
      };
      if (g.isakmp) ev.parentSa = `#${g.isakmp}`;
      if (g.proposal) ev.proposals = g.proposal.split(',').map((x) => x.trim()).filter(Boolean);
      if (g.sel) {
        const ts = parseTunnelSelectors(`[${g.sel.trim()}]`);
        if (ts) ev.ts = ts;
      }
      if (g.pfs) ev.details = { ...ev.details, pfs: g.pfs };
      if (g.replaces) ev.details = { ...ev.details, replaces: `#${g.replaces}` };
      return [ev];
    },
  },
  {
    id: 'v1-respond-quick',
    needle: 'responding to Quick Mode',
    regex: /^responding to Quick Mode proposal \{msgid:(?<msgid>[0-9a-f]{8})\}(?: using ISAKMP SA #(?<isakmp>\d{1,12}))?$/,
    samples: [
      '"westnet-eastnet" #2: responding to Quick Mode proposal {msgid:c9b3e5f6}',
      '"westnet-eastnet-ikev1" #2: responding to Quick Mode proposal {msgid:6d2c1a0b} using ISAKMP SA #1',
    ],
    events: (g) => [
      {
        ...V1,
        kind: 'child.initiate',
        role: 'responder',
        exchange: 'QUICK_MODE',
        msgNo: 1,
        ...(g.isakmp ? { parentSa: `#${g.isakmp}` } : {}),
      },
    ],
  },
  {
    id: 'v1-quick-ends',
    // The selectors that follow "responding to Quick Mode proposal".
    regex: /^ {2,4}(?<side>us|them): (?<ends>\S.{0,600})$/,
    samples: [
      '"westnet-eastnet" #2:     us: 192.0.1.0/24===192.1.2.45<192.1.2.45>[@west]',
      '"westnet-eastnet" #2:   them: 192.1.2.23<192.1.2.23>[@east]===192.0.2.0/24',
    ],
    events: (g) => {
      const ends = g.ends!;
      const themAt = ends.indexOf('  them: ');
      const us = g.side === 'us' ? (themAt >= 0 ? ends.slice(0, themAt) : ends) : undefined;
      const them = g.side === 'them' ? ends : themAt >= 0 ? ends.slice(themAt + 8) : undefined;
      const ts: { local?: string; remote?: string } = {};
      if (us) {
        const parts = us.split('===');
        if (parts.length > 1) ts.local = parts[0]!.trim();
      }
      if (them) {
        const parts = them.split('===');
        if (parts.length > 1) ts.remote = parts[parts.length - 1]!.trim();
      }
      return [{ ...V1, kind: 'info', exchange: 'QUICK_MODE', ts }];
    },
  },
  {
    id: 'v1-quick-no-connection',
    needle: 'cannot respond to IPsec SA request',
    regex: /^cannot respond to IPsec SA request because no connection is known for (?<spd>\S.{0,800})$/,
    samples: [
      '"office" #12: cannot respond to IPsec SA request because no connection is known for 10.1.0.0/16===192.0.2.1[@gw-a]...198.51.100.2[@gw-b]===10.9.0.0/16',
      'Feb  3 11:20:07 vpn pluto[844]: "road"[1] 203.0.113.5 #3: cannot respond to IPsec SA request because no connection is known for 192.168.1.0/24===192.0.2.10<192.0.2.10>[+S=C]...203.0.113.5[+S=C]===172.16.0.0/24',
    ],
    events: (g) => {
      const ends = parseSpdEnds(g.spd!);
      const ev: EventDraft = {
        ...V1,
        kind: 'ts.mismatch',
        role: 'responder',
        exchange: 'QUICK_MODE',
        ts: { ...(ends.local ? { local: ends.local } : {}), ...(ends.remote ? { remote: ends.remote } : {}) },
        notify: 'INVALID_ID_INFORMATION',
      };
      return [ev, { ...V1, kind: 'notify.sent', notify: 'INVALID_ID_INFORMATION', scope: 'child', direction: 'out' }];
    },
  },
  {
    id: 'v1-no-oakley-transform',
    needle: 'acceptable',
    regex: /^no acceptable (?:Oakley )?[Tt]ransforms?$/,
    samples: [
      '"office" #3: no acceptable Oakley Transform',
      'packet from 198.51.100.2:500: no acceptable Oakley Transform',
    ],
    events: () => [{ ...V1, kind: 'proposal.none', scope: 'ike', role: 'responder' }],
  },
  {
    id: 'v1-no-ipsec-proposal',
    needle: 'no acceptable Proposal',
    regex: /^no acceptable Proposal in IPsec SA$/,
    samples: ['"office" #4: no acceptable Proposal in IPsec SA'],
    events: () => [{ ...V1, kind: 'proposal.none', scope: 'child', exchange: 'QUICK_MODE', role: 'responder' }],
  },
  {
    id: 'v1-transform-refused',
    needle: 'refused',
    regex: /^(?<what>Oakley|ESP IPsec|AH IPsec|IPsec) Transform (?:(?<alg>\[[^\]]{1,200}\]) )?refused(?<why>.{0,200})$/,
    samples: [
      '"office" #3: Oakley Transform [AES_CBC (128), HMAC_SHA1, MODP1024] refused',
      '"office" #3: Oakley Transform [3DES_CBC (192), HMAC_MD5, MODP768] refused due to insecure key_len and enc. alg. not listed in "ike" string',
      '"office" #4: AH IPsec Transform refused: HMAC_MD5_96',
    ],
    events: (g) => {
      const scope = g.what === 'Oakley' ? 'ike' : 'child';
      const ev: EventDraft = { ...V1, kind: 'proposal.received', scope, details: { refused: true } };
      if (g.alg) ev.proposals = [scope === 'ike' ? oakleyTransform(g.alg.slice(1, -1)) : g.alg.slice(1, -1)];
      const why = (g.why ?? '').replace(/^:/, '').trim();
      if (why) ev.reason = why;
      return [ev];
    },
  },
  {
    id: 'v1-oakley-proposal-refused',
    needle: 'OAKLEY proposal refused',
    // Libreswan 5 responder (ikev1_spdb_struct.c): one phase 1 proposal lacks what the local ike= needs.
    regex: /^OAKLEY proposal refused: (?<why>.{1,200})$/,
    samples: [
      'packet from 192.1.2.45:500: OAKLEY proposal refused: missing DH',
      '"westnet-eastnet" #1: OAKLEY proposal refused: contains unexpected integrity HMAC_MD5',
    ],
    events: (g) => [{ ...V1, kind: 'proposal.received', scope: 'ike', reason: g.why!, details: { refused: true } }],
  },
  {
    id: 'v1-no-connection-authorized',
    needle: 'no connection has been authorized',
    // Openswan: `... with policy=PSK`; Libreswan 3.x: `... with policy PSK+IKEV1_ALLOW`;
    // Libreswan 4+: `initial Main Mode message received but ... with authby=PSK and xauth=no`.
    regex: /^(?:initial (?<mode>Main|Aggressive) Mode (?:message|packet) received(?: on (?<on>\S{2,80}))? but )?no connection has been authorized(?: with (?:policy[= ](?<policy>\S{1,200})|authby=(?<authby>\S{1,40}) and xauth=(?<xauth>\S{1,10})))?$/,
    samples: [
      'packet from 198.51.100.77:500: initial Main Mode message received on 192.0.2.1:500 but no connection has been authorized with policy PSK+IKEV1_ALLOW',
      'packet from 198.51.100.77:500: initial Main Mode message received on 192.0.2.1:500 but no connection has been authorized with policy=PSK',
      'Nov 24 15:20:11.100233: packet from 192.1.2.45:500: initial Main Mode message received but no connection has been authorized with authby=PSK and xauth=no',
    ],
    events: (g, _r, base) => {
      const ev: EventDraft = { ...V1, kind: 'peer.not-configured', role: 'responder' };
      if (g.mode === 'Main') {
        ev.mode = 'main';
        ev.exchange = 'MAIN_MODE';
      } else if (g.mode === 'Aggressive') {
        ev.mode = 'aggressive';
        ev.exchange = 'AGGRESSIVE_MODE';
      }
      const local = g.on ? parseEndpoint(g.on) : undefined;
      if (local) ev.local = local;
      const det: Record<string, string> = {};
      if (g.policy) det.policy = g.policy;
      if (g.authby) det.authby = g.authby;
      if (Object.keys(det).length) ev.details = det;
      if (base.remote) ev.remote = base.remote;
      return [ev];
    },
  },
  {
    id: 'v1-aggr-no-connection',
    needle: 'claiming to be from',
    regex: /^initial Aggressive Mode packet claiming to be from (?<id>.{1,300}?) on (?<on>\S{2,80}) but no connection has been authorized$/,
    samples: [
      'packet from 203.0.113.9:500: initial Aggressive Mode packet claiming to be from @branch7 on 203.0.113.9 but no connection has been authorized',
      '"road-east-psk"[1] 192.1.3.209 #1: initial Aggressive Mode packet claiming to be from NOTeast@testing.libreswan.org on 192.1.3.209:500 but no connection has been authorized',
    ],
    events: (g, _r, base) => [
      {
        ...V1,
        kind: 'peer.not-configured',
        role: 'responder',
        mode: 'aggressive',
        exchange: 'AGGRESSIVE_MODE',
        remote: remoteWith(base, { id: g.id! }),
        details: { byId: true },
      },
      { ...V1, kind: 'ike.peer-id', mode: 'aggressive', remote: remoteWith(base, { id: g.id! }) },
    ],
  },
  {
    id: 'v1-aggr-no-wildcard',
    needle: 'no (wildcard) connection',
    // Libreswan 4/5 (ikev1_host_pair.c): no connection for this host pair accepts Aggressive Mode with this authby.
    regex: /^initial Aggressive Mode message from (?<from>\S{2,80}) but no \(wildcard\) connection has been configured with authby (?<authby>\S{1,40})$/,
    samples: [
      'Nov 24 16:00:04.502428: packet from 192.0.2.1:500: initial Aggressive Mode message from 192.0.2.1:500 but no (wildcard) connection has been configured with authby PSK',
    ],
    events: (g, _r, base) => {
      const from = parseEndpoint(g.from!);
      return [
        {
          ...V1,
          kind: 'peer.not-configured',
          role: 'responder',
          mode: 'aggressive',
          exchange: 'AGGRESSIVE_MODE',
          details: { authby: g.authby! },
          ...(from ? { remote: remoteWith(base, from) } : {}),
        },
      ];
    },
  },
  {
    id: 'v1-peer-proposed',
    needle: 'the peer proposed',
    // Libreswan 3.x `our-net:proto/port -> peer-net:proto/port`; 4.x/5.x `our-net -<all>-> peer-net`.
    regex: /^the peer proposed: (?<sel>\S.{0,400})$/,
    samples: [
      'Nov 24 15:58:41.895850: "lab" #1: the peer proposed: 203.0.113.128/26 -<all>-> 203.0.113.0/26',
      '"office" #1: the peer proposed: 10.1.0.0/16:0/0 -> 10.9.0.0/16:0/0',
    ],
    events: (g) => {
      const parts = g.sel!.split(/ -\S{0,20}> /);
      const strip = (x: string | undefined): string | undefined => x?.replace(/:\d{1,3}\/\d{1,5}$/, '').trim();
      const local = strip(parts[0]);
      const remote = strip(parts[1]);
      return [{ ...V1, kind: 'info', exchange: 'QUICK_MODE', role: 'responder', ts: { ...(local ? { local } : {}), ...(remote ? { remote } : {}) } }];
    },
  },
  {
    id: 'v1-payload-too-large',
    needle: 'is larger than can fit',
    regex: /^(?<n>\d{1,9})-byte (?<what>[A-Za-z ]{1,60}) of (?<payload>[\w ()/-]{1,80}) is larger than can fit$/,
    samples: ['Nov 24 15:59:18.333695: "lab" #1: 27263-byte length of ISAKMP Identification Payload is larger than can fit'],
    events: (g) => [{ kind: 'msg.invalid', direction: 'in', reason: `${g.what!} of ${g.payload!} is larger than can fit` }],
  },
  {
    id: 'v1-pfs-required',
    needle: 'PFS',
    regex: /^we require PFS but Quick I1 SA specifies no GROUP_DESCRIPTION$/,
    samples: ['"westnet-eastnet" #2: we require PFS but Quick I1 SA specifies no GROUP_DESCRIPTION'],
    events: () => [
      {
        ...V1,
        kind: 'pfs.mismatch',
        role: 'responder',
        exchange: 'QUICK_MODE',
        localValue: 'pfs',
        remoteValue: 'no-pfs',
      },
    ],
  },
  {
    id: 'v1-pfs-ke',
    needle: 'KE payload',
    regex: /^(?:missing KE payload in (?<m1>[A-Za-z0-9 ]{1,40}) message|(?<m2>[A-Za-z0-9 ]{1,40}) message KE payload requires a GROUP_DESCRIPTION attribute in SA)$/,
    samples: [
      '"westnet-eastnet" #2: missing KE payload in Quick Mode I1 message',
      '"westnet-eastnet" #2: Quick Mode R1 message KE payload requires a GROUP_DESCRIPTION attribute in SA',
    ],
    events: (g) => [
      {
        ...V1,
        kind: 'pfs.mismatch',
        exchange: 'QUICK_MODE',
        reason: g.m1 ? `missing KE payload in ${g.m1}` : `KE payload without GROUP_DESCRIPTION in ${g.m2 ?? ''}`,
      },
    ],
  },
  {
    id: 'v1-pfs-group',
    needle: 'GROUP',
    regex: /^(?:OAKLEY_GROUP (?<g>\S{1,20}) not supported for PFS|GROUP_DESCRIPTION inconsistent with that of (?<p>\S{1,20}) in IPsec SA)$/,
    samples: [
      '"office" #4: OAKLEY_GROUP 1 not supported for PFS',
      '"office" #4: GROUP_DESCRIPTION inconsistent with that of ESP in IPsec SA',
    ],
    events: (g) => [
      {
        ...V1,
        kind: 'pfs.mismatch',
        exchange: 'QUICK_MODE',
        param: 'dh_group',
        ...(g.g ? { remoteValue: g.g } : {}),
      },
    ],
  },
  {
    id: 'v1-probable-psk-mismatch',
    needle: 'malformed payload in packet',
    regex: /^(?<excuse>probable authentication failure \(mismatch of preshared secrets\?\): )?malformed payload in packet(?:: (?<why>.{1,200}))?$/,
    samples: [
      '"office" #1: probable authentication failure (mismatch of preshared secrets?): malformed payload in packet',
      'packet from 198.51.100.2:500: malformed payload in packet',
    ],
    events: (g) => {
      const out: EventDraft[] = [{ kind: 'msg.invalid', direction: 'in', reason: 'malformed payload' }];
      if (g.excuse) {
        out.push({ ...V1, kind: 'psk.mismatch', reason: 'probable mismatch of preshared secrets', details: { certainty: 'probable' } });
      }
      return out;
    },
  },
  {
    id: 'v1-unknown-payload-value',
    needle: 'has an unknown value',
    regex: /^(?<what>[A-Za-z ]{1,60}) of (?<payload>[\w ()/-]{1,80}) has an unknown value: (?<val>.{1,80})$/,
    samples: [
      '"office" #1: next payload type of ISAKMP Hash Payload has an unknown value: 100 (0x64)',
      '"office" #1: next payload type of ISAKMP Identification Payload has an unknown value: 222',
    ],
    events: (g) => [{ kind: 'msg.invalid', direction: 'in', reason: `${g.what!} of ${g.payload!} has an unknown value`, details: { value: g.val! } }],
  },
  {
    id: 'v1-hash-mismatch',
    needle: 'Hash Payload does not match',
    regex: /^received Hash Payload does not match computed value$/,
    samples: ['"westnet-eastnet-ikev1" #1: received Hash Payload does not match computed value'],
    events: () => [
      { ...V1, kind: 'psk.mismatch', reason: 'HASH payload does not match computed value' },
      { ...V1, kind: 'ike.auth.failed', reason: 'HASH payload does not match computed value', byPeer: false },
    ],
  },
  {
    id: 'v1-message-hash-mismatch',
    needle: 'message HASH(',
    regex: /^received '(?<msg>[^']{1,60})' message HASH\((?<n>\d)\) data (?<what>does not match computed value|is the wrong length.{0,80})$/,
    samples: [
      '"office" #2: received \'quick_inI1_outR1\' message HASH(1) data does not match computed value',
      'packet from 198.51.100.2:500: received \'informational\' message HASH(1) data does not match computed value',
    ],
    events: (g) => [{ ...V1, kind: 'msg.invalid', direction: 'in', reason: `HASH(${g.n!}) ${g.what!}`, details: { message: g.msg! } }],
  },
  {
    id: 'v1-policy-refuses-auth',
    needle: 'policy does not allow',
    // ikev1_spdb_struct.c: the authentication method of a phase 1 transform is not the one the
    // connection allows (e.g. an XAUTH client offering XAUTHInitPreShared to an L2TP/PSK connection).
    regex: /^policy does not allow (?<what>[^.]{1,160}?)\.? {2}Attribute (?<attr>OAKLEY_[A-Z_]{1,40})$/,
    // hwdsl2/docker-ipsec-vpn-server issue 242.
    samples: ['Jun 14 07:03:55 490e0abdebb2 pluto[1665]: "l2tp-psk"[1] 172.19.0.1 #6: policy does not allow Extended Authentication (XAUTH) of initiator (we are responder).  Attribute OAKLEY_AUTHENTICATION_METHOD'],
    events: (g) => [{ ...V1, kind: 'proposal.none', scope: 'ike', role: 'responder', reason: `policy does not allow ${g.what!}`, details: { attribute: g.attr! } }],
  },
  {
    id: 'v1-unknown-exchange',
    needle: 'part of an unknown exchange',
    // ikev1.c: a Main or Aggressive Mode message whose cookies match no state (the state was deleted,
    // or the peer's retransmission arrives after a restart).
    regex: /^phase 1 message is part of an unknown exchange$/,
    // hwdsl2/setup-ipsec-vpn issue 43.
    samples: ['Aug  4 07:10:38 guest pluto[14546]: packet from 198.51.100.44:500: phase 1 message is part of an unknown exchange'],
    events: () => [{ ...V1, kind: 'info', details: { unknownExchange: true } }],
  },
  {
    id: 'v1-no-psk',
    needle: 'no preshared key found',
    regex: /^Can't authenticate: no preshared key found for `(?<local>[^']{1,200})' and `(?<peer>[^']{1,200})'(?<more>.{0,200})$/,
    samples: ['"office" #1: Can\'t authenticate: no preshared key found for `192.0.2.1\' and `198.51.100.2\'.  Attribute OAKLEY_AUTHENTICATION_METHOD'],
    events: (g, _r, base) => [
      {
        ...V1,
        kind: 'ike.auth.failed',
        reason: 'no preshared key found',
        details: { cause: 'no-psk' },
        local: { id: g.local! },
        remote: remoteWith(base, { id: g.peer! }),
      },
    ],
  },
  {
    id: 'v1-info-unknown-sa',
    needle: 'unknown (expired?) SA',
    regex: /^Informational Exchange is for an unknown \(expired\?\) SA(?: with MSGID:0x(?<msgid>[0-9a-fA-F]{1,8}))?$/,
    samples: [
      'packet from 198.51.100.2:500: Informational Exchange is for an unknown (expired?) SA with MSGID:0x9d3a5b21',
      'packet from 124.x.x.x:500: Informational Exchange is for an unknown (expired?) SA',
    ],
    events: (g) => [{ ...V1, kind: 'sa.unknown', exchange: 'INFORMATIONAL_V1', ...(g.msgid ? { details: { msgid: g.msgid } } : {}) }],
  },
  {
    id: 'v1-delete-not-found',
    needle: 'not found (maybe expired)',
    regex: /^ignoring Delete SA payload: (?:IPsec )?(?<proto>[A-Za-z_]{2,30}) SA(?:\(0x(?<spi>[0-9a-fA-F]{1,16})\)| with SPI 0x(?<spi2>[0-9a-fA-F]{1,16}|[A-Z]{3,10}))? not found \(maybe expired\)$/,
    samples: [
      '"office" #5: ignoring Delete SA payload: PROTO_IPSEC_ESP SA(0x64743869) not found (maybe expired)',
      '"office" #5: ignoring Delete SA payload: ISAKMP SA not found (maybe expired)',
      '"westnet-eastnet-ikev1" #1: ignoring Delete SA payload: IPsec PROTO_IPSEC_ESP SA with SPI 0x1f2e3d4c not found (maybe expired)',
    ],
    events: (g) => {
      const spi = g.spi ?? g.spi2;
      const details: Record<string, string> = { protocol: g.proto! };
      if (spi) details.spi = spi.toLowerCase();
      const ev: EventDraft = {
        ...V1,
        kind: 'sa.unknown',
        scope: g.proto === 'ISAKMP' ? 'ike' : 'child',
        reason: 'Delete SA payload for an SA not found',
        details,
      };
      return [ev];
    },
  },
  {
    id: 'v1-delete-ignored',
    needle: 'ignoring Delete SA payload',
    regex: /^ignoring Delete SA payload: (?!.{0,80}not found \(maybe expired\)$)(?<why>.{1,200})$/,
    samples: ['"office" #5: ignoring Delete SA payload: ISAKMP SA used to convey Delete has different IDs from ISAKMP SA it deletes'],
    events: (g) => [{ ...V1, kind: 'info', reason: g.why! }],
  },
  {
    id: 'v1-delete-received',
    needle: 'received Delete SA',
    regex: /^received Delete SA(?:\(0x(?<spi>[0-9a-fA-F]{1,16})\))? payload:? (?<what>(?:self-)?deleting ISAKMP State|deleting IPSEC State|deleting IPsec State|(?:replace|delete|expire) IPsec State|replace IPSEC State|replace CHILD SA|already replacing IPsec State|already replacing IPSEC State|via) #(?<st>\d{1,12})(?<more>.{0,100})$/,
    samples: [
      '"office" #5: received Delete SA payload: deleting ISAKMP State #5',
      '"office" #5: received Delete SA payload: self-deleting ISAKMP State #5',
      '"office" #5: received Delete SA(0x8e2a91c7) payload: deleting IPSEC State #6',
      '"westnet-eastnet-ikev2" #1: received Delete SA payload: replace IPsec State #2 now',
      '"westnet-eastnet-ikev1" #1: received Delete SA payload via #1',
    ],
    events: (g, _r, base) => {
      const target = `#${g.st!}`;
      const isIke = g.what!.includes('ISAKMP');
      if (isIke) return [{ kind: 'ike.deleted', sa: target, byPeer: true }];
      const ev: EventDraft = { kind: 'child.deleted', byPeer: true };
      if (g.what === 'via') {
        ev.parentSa = target;
      } else {
        ev.sa = target;
        if (base.sa && base.sa !== target) ev.parentSa = base.sa;
      }
      if (g.spi) ev.spiOut = g.spi.toLowerCase();
      return [ev];
    },
  },
  {
    id: 'v1-duplicate-packet',
    needle: ['duplicate packet', 'initial packet'],
    // ikev1.c: a retransmission of the peer's message arrived; `initial packet` while the state's
    // first message is still being computed (Libreswan 4).
    regex: /^(?:discarding (?:duplicate|initial) packet(?: -- exhausted retransmission)?|retransmitting in response to duplicate packet); already (?<state>[A-Z][A-Z0-9_]{2,40})$/,
    samples: [
      'Nov 25 10:01:28.079142: "lab" #1: discarding initial packet; already STATE_AGGR_R0',
      '"abc" #624: discarding duplicate packet; already STATE_MAIN_R3',
      '"westnet-eastnet-ikev1" #1: retransmitting in response to duplicate packet; already STATE_MAIN_R1',
      '"office" #2: discarding duplicate packet -- exhausted retransmission; already STATE_MAIN_R2',
    ],
    events: (g) => [withState({ kind: 'msg.retransmit', direction: 'in', details: { duplicate: true } }, classifyState(g.state!))],
  },
  {
    id: 'v1-sending-cert',
    needle: 'I am sending',
    regex: /^I am sending (?:my cert|a certificate request|a CA cert chain)$/,
    samples: [
      '"north-east" #1: I am sending my cert',
      '"north-east" #1: I am sending a certificate request',
      '"nss-cert-chain" #1: I am sending a CA cert chain',
    ],
    events: () => [{ ...V1, kind: 'info', details: { cert: 'sent' } }],
  },
  {
    id: 'v1-xauth',
    needle: 'XAUTH',
    // The client's side of XAUTH (ikev1_xauth.c); the server's verdict on a user, PAM and the client's
    // answers are in patterns-remote-access.ts.
    regex: /^(?:XAUTH: (?!Answering XAUTH challenge |User |authentication for |Sending Username\/Password request )(?<what>.{1,200})|Received Cisco XAUTH status: (?<status>\S{1,20})|XAUTH completed; ModeCFG skipped as per configuration)$/,
    samples: [
      '"xauth-road" #1: XAUTH: Successfully Authenticated',
      '"xauth-road-eastnet" #1: XAUTH: aborting entire IKE Exchange',
      '"xauth-road" #1: Received Cisco XAUTH status: FAIL',
      '"xauth-road-eastnet" #1: XAUTH completed; ModeCFG skipped as per configuration',
      '"xauth-road"[1] 192.1.3.209 #1: XAUTH: PAM authentication method requested to authenticate user \'gooduser\'',
    ],
    events: (g) => {
      const txt = g.what ?? g.status ?? 'completed';
      // The server accepted this client's user: the IKE SA goes on to MODECFG / Quick Mode.
      if (txt === 'Successfully Authenticated') return [{ ...V1, kind: 'ike.auth.ok', role: 'initiator', details: { method: 'XAUTH', self: true } }];
      const failed = /fail|abort/i.test(txt);
      const ev: EventDraft = failed
        ? {
            ...V1,
            kind: 'eap.failed',
            reason: g.status !== undefined ? `XAUTH: the server answered status ${txt} (user name or password refused)` : `XAUTH: ${txt}`,
            // The server said FAIL (Cisco status) or the client gave up after it.
            ...(g.status !== undefined || /aborting entire IKE Exchange/.test(txt) ? { byPeer: true, role: 'initiator' as const } : {}),
            details: { method: 'XAUTH' },
          }
        : { ...V1, kind: 'info', details: { xauth: txt } };
      return [ev];
    },
  },
];

/** Events for `STATE_X: <story> {details}` (Openswan, Libreswan 3.x; seed 003). */
function storyEvents(state: string, story: string, details: string | undefined): EventDraft[] {
  const s = classifyState(state);
  const fields = stateFields(s);
  if (story === 'initiate') {
    if (s.scope === 'child') return [{ ...fields, kind: 'child.initiate', role: 'initiator', msgNo: 1 }];
    return [{ ...fields, kind: 'ike.initiate', role: 'initiator', msgNo: 1 }];
  }
  if (/ISAKMP SA established/.test(story)) return ikeEstablishedEvents(details, { ...fields });
  if (/IPsec SA established/.test(story)) return childEstablishedEvents(`${story} ${details ?? ''}`, { ...fields });
  return [{ ...fields, kind: 'ike.state', details: { story } }];
}
