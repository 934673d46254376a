// Patterns of Cisco's IKEv2 debug (ASA/FTD `debug crypto ikev2 protocol|platform 127`, IOS/IOS-XE
// `debug crypto ikev2 [error|internal|packet]`), each beside real lines it must match. Samples come
// from Cisco TAC documents (seed 000 and its Japanese rendering; "ASA and IOS IKEv2 interop",
// 117337), from ASA 9.x lab captures published on GitHub (jesusbrochado/CAIDA logs/) and from an
// IOS-XE 16.7 capture (FlexVPN over IPv6). Patterns see a piece's text after its prefix and handle
// are taken off, Japanese is turned back into English (ja.ts), handles inside the text are
// dropped and blanks are folded.
//
// `line` patterns are anchored at the start of a piece; `dump` patterns are payload-dump fields
// that the ASA (and seed 000's table) run together with other messages, so they are searched
// anywhere in a piece.
import type { PatternSpec } from '../../core/dialect.js';
import type { EventDraft } from '../../core/model.js';
import { notifyName } from '../../core/ike-tables.js';
import { Ctx, ParserState, exchangeName, isZeroSpi, messageIdOf, type SaState } from './state.js';
import {
  TRANSFORM_TYPE_BY_NUMBER,
  classify,
  findMismatch,
  isDh,
  isEncryption,
  isEsn,
  isHash,
  parsePolicy,
  tokenize,
  type Transform,
} from './transforms.js';

export interface CiscoPattern extends PatternSpec {
  mode: 'line' | 'dump';
  /** Only inside a block the parser has opened (policy list, transform list, payload list). */
  when?: (st: ParserState) => boolean;
  run(c: Ctx, g: Record<string, string>): EventDraft[];
}

type Spec = Omit<CiscoPattern, 'events'>;

function def(spec: Spec): CiscoPattern {
  return {
    ...spec,
    events: (g) => {
      try {
        return spec.run(new Ctx(new ParserState(), { prefixed: true, body: '' }), g);
      } catch {
        return [];
      }
    },
  };
}

const none = (): EventDraft[] => [];

function info(c: Ctx, details: Record<string, string | number | boolean> = {}): EventDraft[] {
  return [c.ev('info', { details })];
}

function ep(address: string | undefined, port: string | undefined): { address?: string; port?: number } {
  const e: { address?: string; port?: number } = {};
  if (address !== undefined) e.address = address;
  if (port !== undefined) e.port = Number(port);
  return e;
}

/** Cisco's notify words (`no proposal chosen`, `TS unacceptable`) and short names → IANA names. */
const NOTIFY_WORDS: Readonly<Record<string, string>> = {
  'no proposal chosen': 'NO_PROPOSAL_CHOSEN',
  'authentication failure': 'AUTHENTICATION_FAILED',
  'authentication failed': 'AUTHENTICATION_FAILED',
  'ts unacceptable': 'TS_UNACCEPTABLE',
  'invalid ke': 'INVALID_KE_PAYLOAD',
  'invalid ke payload': 'INVALID_KE_PAYLOAD',
  'invalid syntax': 'INVALID_SYNTAX',
  'internal address failure': 'INTERNAL_ADDRESS_FAILURE',
  // Cisco spells some IANA names short (RFC 7296 §3.10.1, RFC 7383).
  esp_tfc_no_support: 'ESP_TFC_PADDING_NOT_SUPPORTED',
  non_first_frags: 'NON_FIRST_FRAGMENTS_ALSO',
  ikev2_fragmentation_supported: 'IKEV2_FRAGMENTATION_SUPPORTED',
};

export function ciscoNotify(raw: string): string {
  const k = raw.trim().toLowerCase();
  return NOTIFY_WORDS[k] ?? notifyName(raw.trim().replace(/ /g, '_'));
}

function hexSpi(s: string): string {
  return `0x${s.slice(2).toUpperCase()}`;
}

// ---------------------------------------------------------------------------------------------
// Packets and messages

const packets: Spec[] = [
  {
    id: 'recv-pkt',
    mode: 'line',
    needle: 'RECV PKT',
    regex:
      /^RECV PKT \[(?<exchange>[A-Z_]{3,24})\] \[(?<src>[^\]\s]{1,64})\]:(?<sport>\d{1,5})->\[(?<dst>[^\]\s]{1,64})\]:(?<dport>\d{1,5}) InitSPI=0x(?<ispi>[\da-fA-F]{16}) RespSPI=0x(?<rspi>[\da-fA-F]{16})[\da-fA-F]? ?MID=(?<mid>[\da-fA-F]{1,8})/,
    samples: [
      'IKEv2-PLAT-4: RECV PKT [IKE_SA_INIT] [192.168.1.1]:25170->[10.0.0.1]:500 InitSPI=0x58aff71141ba436b RespSPI=0x0000000000000000 MID=00000000',
      'IKEv2-PLAT-4: RECV PKT [IKE_AUTH] [192.168.1.1]:25171->[10.0.0.1]:4500 InitSPI=0x58aff71141ba436b RespSPI=0xfc696330e6b94d7f7MID=00000001',
      'IKEv2-PLAT-3: RECV PKT [IKE_AUTH] [30.30.30.2]:4501->[30.30.30.1]:4500 InitSPI=0x3d78fee3e29c3d4d RespSPI=0xc8c21cc6b47bc841 MID=00000001',
    ],
    run(c, g) {
      const exchange = exchangeName(g.exchange);
      const out = c.startMessage({
        dir: 'in',
        remote: ep(g.src, g.sport),
        local: ep(g.dst, g.dport),
        ispi: g.ispi!,
        rspi: g.rspi!,
        ...(g.mid !== undefined ? { messageId: messageIdOf(g.mid)! } : {}),
        ...(exchange ? { exchange } : {}),
        // An IKE_SA_INIT without responder SPI can only be the initiator's request.
        ...(exchange === 'IKE_SA_INIT' && isZeroSpi(g.rspi) ? { request: true } : {}),
      });
      return [...out, ...c.emitMsg()];
    },
  },
  {
    id: 'sent-pkt',
    mode: 'line',
    needle: 'SENT PKT',
    regex:
      /^SENT PKT \[(?<exchange>[A-Z_]{3,24})\] \[(?<src>[^\]\s]{1,64})\]:(?<sport>\d{1,5})->\[(?<dst>[^\]\s]{1,64})\]:(?<dport>\d{1,5}) InitSPI=0x(?<ispi>[\da-fA-F]{16}) RespSPI=0x(?<rspi>[\da-fA-F]{16})[\da-fA-F]? ?MID=(?<mid>[\da-fA-F]{1,8})/,
    samples: [
      'IKEv2-PLAT-4: SENT PKT [IKE_SA_INIT] [10.0.0.1]:500->[192.168.1.1]:25170 InitSPI=0x58aff71141ba436b RespSPI=0xfc696330e6b94d7f MID=00000000',
      'IKEv2-PLAT-3: (2): SENT PKT [IKE_SA_INIT] [20.20.20.1]:500->[30.30.30.1]:500 InitSPI=0x20d2257f50296abd RespSPI=0x0000000000000000 MID=00000000',
    ],
    run(c, g) {
      const exchange = exchangeName(g.exchange);
      const out = c.startMessage({
        dir: 'out',
        local: ep(g.src, g.sport),
        remote: ep(g.dst, g.dport),
        ispi: g.ispi!,
        rspi: g.rspi!,
        ...(g.mid !== undefined ? { messageId: messageIdOf(g.mid)! } : {}),
        ...(exchange ? { exchange } : {}),
        ...(exchange === 'IKE_SA_INIT' && isZeroSpi(g.rspi) ? { request: true } : {}),
      });
      return [...out, ...c.emitMsg()];
    },
  },
  {
    id: 'rx-tx',
    mode: 'line',
    needle: ['Rx [', 'Tx ['],
    regex:
      /^(?<dir>Rx|Tx) \[L (?<laddr>[^\s/\]]{1,64}):(?<lport>\d{1,5})\/R (?<raddr>[^\s/\]]{1,64}):(?<rport>\d{1,5})\/VRF [^\]\s]{1,24}\] m_id: ?(?<mid>0x[\da-fA-F]{1,8}|\d{1,10})/,
    samples: [
      'IKEv2-PROTO-3: Rx [L 10.0.0.1:500/R 192.168.1.1:25170/VRF i0:f0] m_id: 0x0',
      'IKEv2-PROTO-3: Tx [L 10.0.0.1:4500/R 192.168.1.1:25171/VRF i0:f0] m_id: 0x1',
    ],
    run(c, g) {
      const out = c.startMessage({
        dir: g.dir === 'Rx' ? 'in' : 'out',
        local: ep(g.laddr, g.lport),
        remote: ep(g.raddr, g.rport),
        ...(g.mid !== undefined ? { messageId: messageIdOf(g.mid)! } : {}),
      });
      return [...out, c.ev('info', { local: ep(g.laddr, g.lport), remote: ep(g.raddr, g.rport) })];
    },
  },
  {
    id: 'packet-received',
    mode: 'line',
    needle: 'Received Packet [From',
    regex:
      /^Received Packet \[From (?<src>[^\s/\]]{1,64}):(?<sport>\d{1,5})\/To (?<dst>[^\s/\]]{1,64}):(?<dport>\d{1,5})\/VRF [^\]\s]{1,24}\]/,
    samples: [
      'IKEv2-PROTO-2: Received Packet [From 30.30.30.2:512/To 30.30.30.1:500/VRF i0:f0]',
      'IKEv2:(SESSION ID = 31,SA ID = 1):Received Packet [From FC00:123:123:123::1:500/To FC00:123:123:123::2:500/VRF i0:f0] ',
    ],
    run(c, g) {
      const h = c.handleKey();
      return c.startMessage({
        dir: 'in',
        remote: ep(g.src, g.sport),
        local: ep(g.dst, g.dport),
        ...(h ? { handle: h } : {}),
      });
    },
  },
  {
    id: 'packet-sent',
    mode: 'line',
    needle: 'Sending Packet [To',
    regex:
      /^Sending Packet \[To (?<dst>[^\s/\]]{1,64}):(?<dport>\d{1,5})\/From (?<src>[^\s/\]]{1,64}):(?<sport>\d{1,5})\/VRF [^\]\s]{1,24}\]/,
    samples: [
      'IKEv2-PROTO-2: (24): Sending Packet [To 20.20.20.1:500/From 30.30.30.1:500/VRF i0:f0]',
      'IKEv2:(SESSION ID = 31,SA ID = 1):Sending Packet [To FC00:123:123:123::1:500/From FC00:123:123:123::2:500/VRF i0:f0] ',
    ],
    run(c, g) {
      const h = c.handleKey();
      return c.startMessage({
        dir: 'out',
        remote: ep(g.dst, g.dport),
        local: ep(g.src, g.sport),
        ...(h ? { handle: h } : {}),
      });
    },
  },
  {
    id: 'initiator-spi',
    mode: 'line',
    needle: 'Initiator SPI :',
    regex:
      /^Initiator SPI : ?(?<ispi>[\da-fA-F]{16}) - Responder SPI : ?(?<rspi>[\da-fA-F]{16}) Message id: ?(?<mid>\d{1,10})/,
    samples: [
      'Initiator SPI : 1D418169B24BF95A - Responder SPI : 0000000000000000 Message id: 0',
      '(24): Initiator SPI : F13536FC573A07C4 - Responder SPI : E1EBA918EF7E033A Message id: 0',
    ],
    run(c, g) {
      const sa = c.saBySpi(g.ispi!, g.rspi);
      const m = c.st.msg;
      if (m?.handle !== undefined && c.piece.handle === undefined) c.bind(m.handle, sa);
      if (m) {
        m.ispi = g.ispi!;
        m.rspi = g.rspi!;
        m.messageId = Number(g.mid);
        m.sa = sa;
      }
      return [];
    },
  },
  {
    id: 'exchange-line',
    mode: 'line',
    needle: ' Exchange ',
    regex:
      /^IKEv2 (?<exchange>IKE_SA_INIT|IKE_AUTH|CREATE_CHILD_SA|INFORMATIONAL|IKE_SESSION_RESUME|IKE_INTERMEDIATE) Exchange (?<kind>REQUEST|RESPONSE)/,
    samples: ['IKEv2 IKE_SA_INIT Exchange REQUEST ', 'IKEv2 IKE_AUTH Exchange RESPONSE '],
    run(c, g) {
      const m = c.st.msg;
      if (!m) return [];
      const exchange = exchangeName(g.exchange);
      if (exchange) m.exchange = exchange;
      m.request = g.kind === 'REQUEST';
      return c.emitMsg();
    },
  },
  {
    id: 'header',
    mode: 'line',
    needle: 'HDR',
    regex:
      /^(?:HDR\[i: ?(?<ispi>[\da-fA-F]{16}) - r: ?(?<rspi>[\da-fA-F]{16})\]|IKEV2 HDR ispi: ?(?<ispi2>[\da-fA-F]{16}) - rspi: ?(?<rspi2>[\da-fA-F]{16}))/,
    samples: [
      'IKEv2-PROTO-3: HDR[i:58AFF71141BA436B - r: 0000000000000000]',
      'IKEv2-PROTO-4:IKEV2 HDR ispi:58AFF71141BA436B - rspi:FC696330E6B94D7F',
    ],
    run(c, g) {
      const ispi = g.ispi ?? g.ispi2;
      const rspi = g.rspi ?? g.rspi2;
      if (ispi === undefined) return [];
      const sa = c.saBySpi(ispi, rspi);
      if (c.st.msg && !c.st.msg.sa) {
        c.st.msg.sa = sa;
        c.st.msg.ispi = ispi;
        if (rspi !== undefined) c.st.msg.rspi = rspi;
      }
      return [];
    },
  },
  {
    id: 'next-payload-version',
    mode: 'line',
    needle: 'version',
    regex: /^Next payload: ?(?<next>[A-Z_]{1,20}), version: ?(?<version>\d\.\d)/,
    samples: [
      'IKEv2-PROTO-4: Next payload: SA, version: 2.0',
      'IKEv2-PROTO-4:次のペイロード:SA、バージョン:2.0',
    ],
    run: none,
  },
  {
    id: 'exchange-type',
    mode: 'dump',
    needle: 'Exchange type',
    regex:
      /Exchange type: ?(?<exchange>[A-Z_]{3,24}), flags: ?(?<flags>(?:INITIATOR|RESPONDER)(?: MSG-RESPONSE)?|MSG-RESPONSE)/,
    samples: [
      'IKEv2-PROTO-4: Exchange type: IKE_SA_INIT, flags: INITIATOR',
      'IKEv2-PROTO-4:交換タイプ:IKE_SA_INIT、フラグ:応答側MSG-RESPONSE',
    ],
    run(c, g) {
      const m = c.st.msg;
      if (!m) return [];
      const exchange = exchangeName(g.exchange);
      if (exchange) m.exchange = exchange;
      const flags = g.flags ?? '';
      m.request = !flags.includes('MSG-RESPONSE');
      const out = c.emitMsg();
      // The I flag marks messages of the original initiator (RFC 7296 §3.1).
      const fromInitiator = flags.startsWith('INITIATOR');
      const fromResponder = flags.startsWith('RESPONDER');
      if (m.sa && (fromInitiator || fromResponder)) {
        const weAreSender = m.dir === 'out';
        const role = weAreSender === fromInitiator ? 'initiator' : 'responder';
        c.setRole(m.sa, role, out);
      }
      return out;
    },
  },
  {
    id: 'message-id',
    mode: 'dump',
    needle: 'Message id',
    regex: /Message id: ?(?<mid>0x[\da-fA-F]{1,8}|\d{1,10}), length: ?(?<length>\d{1,6})/,
    samples: ['IKEv2-PROTO-4: Message id: 0x1, length: 540', 'IKEv2-PROTO-4:メッセージID:0x0、長さ:386'],
    run(c, g) {
      const m = c.st.msg;
      if (m && m.messageId === undefined) m.messageId = messageIdOf(g.mid)!;
      return [];
    },
  },
  {
    id: 'payload-contents',
    mode: 'line',
    needle: 'Payload contents',
    regex: /^Payload contents:/,
    samples: ['Payload contents: '],
    run(c) {
      c.st.expectList = c.st.dumpDir ?? c.st.msg?.dir;
      return [];
    },
  },
  {
    id: 'payload-list',
    mode: 'line',
    when: (st) => st.expectList !== undefined,
    regex:
      /^(?<first>SA|KE|N|VID|IDi|IDr|CERTREQ|CERT|AUTH|TSi|TSr|CFG|EAP|ENCR|SK|DELETE|NOTIFY\([A-Z\d_]{1,48}\))(?<more>(?: [A-Z]\w{0,47}(?:\([A-Z\d_]{1,48}\))?){0,80})$/,
    samples: [
      ' SA KE N VID VID VID VID NOTIFY(NAT_DETECTION_SOURCE_IP) NOTIFY(NAT_DETECTION_DESTINATION_IP) ',
      ' VID IDr AUTH NOTIFY(NO_PROPOSAL_CHOSEN) ',
    ],
    run(c, g) {
      const dir = c.st.expectList;
      c.st.expectList = undefined;
      const out: EventDraft[] = [];
      const list = `${g.first ?? ''}${g.more ?? ''}`.split(' ');
      for (const tok of list) {
        if (tok === 'EAP') {
          const sa = c.sa();
          if (sa) sa.eap = true;
        }
        const n = /^NOTIFY\((?<n>[A-Z\d_]{1,48})\)$/.exec(tok);
        if (n?.groups?.n) out.push(...c.notify(ciscoNotify(n.groups.n), dir, { payloads: list }));
      }
      return out;
    },
  },
  {
    id: 'notify-type-dump',
    mode: 'dump',
    needle: 'Security protocol id',
    regex:
      /Security protocol id: ?(?<protocol>[A-Za-z]{2,10}(?: - \d{1,5})?), spi size: ?(?<spisize>\d{1,2}), (?:type: ?(?<notify>[A-Z\d_]{1,48})|num of spi: ?(?<count>\d{1,4}))/,
    samples: [
      '    Security protocol id: IKE, spi size: 0, type: NAT_DETECTION_SOURCE_IP',
      '(24):     Security protocol id: IKE, spi size: 0, type: NO_PROPOSAL_CHOSEN',
      '(11):     Security protocol id: IKE, spi size: 0, num of spi: 0',
    ],
    run(c, g) {
      return g.notify !== undefined ? c.notify(ciscoNotify(g.notify), undefined) : [];
    },
  },
  {
    id: 'payload-field',
    mode: 'line',
    needle: ['data', 'type', 'port', 'addr', 'group'],
    regex:
      /^(?:DH group: ?(?<group>\d{1,3}), Reserved: 0x0|Id type: ?(?<idtype>[A-Za-z\d ]{1,30}), Reserved:|(?<what>Auth|Encrypted|CertReq|Cert|EAP) data: ?(?<bytes>\d{1,6}) bytes|Cert encoding (?<encoding>[\w.]{1,20})|Num of TSs: ?(?<tss>\d{1,3})|TS type: ?(?<tstype>TS_[A-Z\d_]{1,30})|start port: ?(?<sport>\d{1,5}), end port: ?(?<eport>\d{1,5})|start addr: ?(?<saddr>[\da-fA-F.:]{2,45}), end addr: ?(?<eaddr>[\da-fA-F.:]{2,45}))/,
    samples: [
      '    DH group: 14, Reserved: 0x0',
      '    Id type: IPv4 address, Reserved: 0x0 0x0',
      '(7): Encrypted data: 208 bytes',
      '    start addr: 10.0.0.10, end addr: 10.0.0.10',
    ],
    run: none,
  },
  {
    id: 'hex-dump',
    mode: 'line',
    regex: /^(?:[\da-f]{2} ){0,31}[\da-f]{2}$/,
    samples: ['     83 24 42 23 d6 cb f0 a2 6f c7 de 27 ce bc a4 bd', '(4):      53 4f 4e'],
    run: none,
  },
  {
    id: 'empty-message',
    mode: 'line',
    regex: /^$/,
    samples: ['IKEv2-PROTO-1: (24):', 'IKEv2-PROTO-2: (16):', '(4):'],
    run: none,
  },
  {
    id: 'building-packet',
    mode: 'line',
    needle: 'Building packet',
    regex: /^Building packet for encryption/,
    samples: [
      'IKEv2-PROTO-2: (16): Building packet for encryption.',
      'IKEv2:(SESSION ID = 31,SA ID = 1):Building packet for encryption.  ',
    ],
    run(c) {
      const out = c.flushProposal();
      c.st.dumpDir = 'out';
      c.st.owner = undefined;
      return out;
    },
  },
  {
    id: 'decrypted-packet',
    mode: 'line',
    needle: 'Decrypted packet',
    regex: /^(?:REAL )?Decrypted packet: ?Data: ?(?<bytes>\d{1,6}) bytes/,
    samples: ['Decrypted packet:Data: 566 bytes', '(16): REAL Decrypted packet:(16): Data: 208 bytes'],
    run: none,
  },
  {
    id: 'request-mess-id',
    mode: 'line',
    needle: 'mess_id',
    regex:
      /^(?:Request has mess_id (?<mid>\d{1,10}); expected (?<from>\d{1,10}) through (?<to>\d{1,10})|Sent response with message id (?<sent>\d{1,10}), Requests can be accepted from range (?<lo>\d{1,10}) to (?<hi>\d{1,10}))/,
    samples: [
      'IKEv2-PROTO-5: (16): Request has mess_id 1; expected 1 through 1',
      'IKEv2-PROTO-5: (6):要求にmess_id 4があります。予期される値は4 ~ 4です',
    ],
    run: none,
  },
];

// ---------------------------------------------------------------------------------------------
// The state machine trace

const EAP_STATE = /_EAP_|EAP_(?:REQ|RESP|AUTH|SUCCESS|FAIL)|EV_(?:RECV|SEND|PROC|BLD|GEN)_EAP/;

const trace: Spec[] = [
  {
    id: 'sm-trace',
    mode: 'line',
    needle: 'SM Trace',
    regex:
      /^SM Trace-> ?SA: ?I_SPI=(?<ispi>[\da-fA-F]{16}) R_SPI=(?<rspi>[\da-fA-F]{16}) \((?<role>[IR])\) MsgID = ?(?<mid>[\da-fA-F]{1,8}) CurState: ?(?<state>[A-Z\d_]{1,40}) ?Event: ?(?<event>[A-Z\d_]{1,64})/,
    samples: [
      'IKEv2-PROTO-5: (6): SM Trace-> SA: I_SPI=58AFF71141BA436B R_SPI=FC696330E6B94D7F (R) MsgID = 00000000 CurState: IDLEイベント: EV_RECV_INIT',
      'IKEv2-PROTO-5: (4): SM Trace-> SA: I_SPI=3D78FEE3E29C3D4D R_SPI=C8C21CC6B47BC841 (R) MsgID = 00000001 CurState: R_WAIT_AUTH Event: EV_RECV_AUTH',
      'IKEv2-INTERNAL:(SESSION ID = 444548,SA ID = 9):SM Trace-> SA: I_SPI=112AD55D6FE6B89B R_SPI=4890461ECAA32FE3 (I) MsgID = 1 CurState: I_WAIT_AUTH Event: EV_NO_EVENT',
    ],
    run(c, g) {
      const sa = c.saBySpi(g.ispi!, g.rspi);
      const out: EventDraft[] = [];
      // (I)/(R) is the side of the exchange being traced: after establishment the original
      // responder shows (I) for exchanges it starts itself (DPD, DELETE). Only a first guess.
      if (!sa.role) c.setRole(sa, g.role === 'I' ? 'initiator' : 'responder', out);
      const state = g.state!;
      const event = g.event!;
      if (EAP_STATE.test(state) || EAP_STATE.test(event)) sa.eap = true;
      if (sa.state !== state) {
        const details: Record<string, string | number | boolean> = { event };
        if (sa.state !== undefined) details.from = sa.state;
        sa.state = state;
        out.push(c.ev('ike.state', { state, details }, sa));
      }
      return out;
    },
  },
];

// ---------------------------------------------------------------------------------------------
// Proposals

function summaryScope(protocol: string): 'ike' | 'child' {
  return protocol === 'IKE' ? 'ike' : 'child';
}

/** `IKE Proposal: 1 ... AES-CBC SHA1 SHA96 DH_GROUP_768_MODP/Group 1`: what we send. */
function finishSummary(c: Ctx, list: string): EventDraft[] {
  const s = c.st.summary;
  c.st.summary = undefined;
  if (!s) return [];
  const transforms = classify(tokenize(list), s.protocol);
  const sa = s.sa ?? c.sa();
  // A responder prints the proposal it chose; an initiator the one it offers.
  const kind = sa?.role === 'responder' ? 'proposal.selected' : 'proposal.configured';
  return c.proposalEvents(kind, s.protocol, transforms, sa, { proposal: s.num });
}

const TRANSFORM_LIST =
  "(?<list>(?:AES|3DES|DES|NULL|CAMELLIA|CHACHA20|SHA|MD5|DH_GROUP|Don't use ESN|Use ESN)[\\w\\-/' ]{0,800})";

function proposalSetScope(sa: SaState | undefined): 'ike' | 'child' {
  return sa?.lastExchange === 'IKE_AUTH' || sa?.lastExchange === 'CREATE_CHILD_SA' ? 'child' : 'ike';
}

function proposalNone(c: Ctx, reason: string): EventDraft[] {
  const sa = c.sa();
  if (sa) {
    if (sa.proposalNone) return [];
    sa.proposalNone = true;
  }
  const scope = c.st.policy?.sa === sa && c.st.policy ? c.st.policy.scope : proposalSetScope(sa);
  return [
    c.ev('proposal.none', { scope, reason, details: { configSection: c.proposalSection(scope, sa) } }, sa),
  ];
}

function policyLine(c: Ctx, esp: boolean, text: string): EventDraft[] {
  const b = c.st.policy;
  if (!b) return [];
  const protocol = esp || b.scope === 'child' ? 'ESP' : 'IKE';
  if (esp) b.scope = 'child';
  const { parts, transforms } = parsePolicy(text, protocol);
  const out: EventDraft[] = [];
  if (b.mode === 'received') {
    b.received.push(parts);
    out.push(...c.proposalEvents('proposal.received', protocol, transforms, b.sa));
  } else {
    b.expected.push(parts);
    out.push(...c.proposalEvents('proposal.configured', protocol, transforms, b.sa));
    if (!b.mismatchDone && b.received.length > 0) {
      const mm = findMismatch(b.received, b.expected);
      if (mm) {
        b.mismatchDone = true;
        out.push(
          c.ev(
            'proposal.mismatch',
            {
              scope: b.scope,
              param: mm.param,
              localValue: mm.localValue,
              remoteValue: mm.remoteValue,
              details: { configSection: c.proposalSection(b.scope, b.sa) },
            },
            b.sa,
          ),
        );
      }
    }
  }
  return out;
}

function openPolicy(c: Ctx, mode: 'received' | 'expected', rest: string): EventDraft[] {
  const sa = c.sa();
  if (mode === 'received' || !c.st.policy || c.st.policy.sa !== sa) {
    c.st.policy = { mode, scope: proposalSetScope(sa), received: [], expected: [], mismatchDone: false };
    if (sa) c.st.policy.sa = sa;
  }
  c.st.policy.mode = mode;
  // IOS-XE prints the first proposal on the same line: `...: Failed to find a matching policyProposal 1: ...`.
  const i = rest.indexOf('Proposal ');
  if (i < 0) return [];
  const esp = rest.slice(Math.max(0, i - 5), i) === 'ESP: ';
  const m = /^Proposal \d{1,3}: ?(?<algs>\S[^\n]{0,600})/.exec(rest.slice(i));
  return m?.groups?.algs ? policyLine(c, esp, m.groups.algs) : [];
}

const proposals: Spec[] = [
  {
    id: 'last-proposal',
    mode: 'dump',
    needle: 'last proposal',
    regex: /last proposal: ?0x(?<last>[\da-fA-F]{1,2}), reserved: ?0x0, length: ?(?<length>\d{1,5})/,
    samples: [
      '  last proposal: 0x0, reserved: 0x0, length: 44',
      '(4):   last proposal: 0x0, reserved: 0x0, length: 44',
    ],
    run: none,
  },
  {
    id: 'proposal-dump',
    mode: 'dump',
    needle: 'Protocol id',
    regex:
      /Proposal: ?(?<num>\d{1,3}), Protocol id: ?(?<protocol>IKE|ESP|AH), SPI size: ?(?<spisize>\d{1,2})/,
    samples: [
      'プロポーザル:1、プロトコルID:IKE、SPIサイズ:0、#trans:18',
      '提案:1、プロトコルID:ESP、SPIサイズ:4、#trans:12',
    ],
    run(c, g) {
      const out = c.flushProposal();
      const protocol = g.protocol === 'ESP' ? 'ESP' : g.protocol === 'AH' ? 'AH' : 'IKE';
      const sa = c.sa();
      c.st.proposal = {
        protocol,
        num: Number(g.num),
        transforms: [],
        lastPending: false,
        ...(sa ? { sa } : {}),
      };
      return out;
    },
  },
  {
    id: 'last-transform',
    mode: 'dump',
    needle: 'last transform',
    regex: /last transform: ?0x(?<last>[\da-fA-F]{1,2}), reserved: ?0x0: ?length: ?(?<length>\d{1,4})/,
    samples: [
      '    last transform: 0x3, reserved: 0x0: length: 12',
      '(4):     last transform: 0x0, reserved: 0x0: length: 8',
    ],
    run(c, g) {
      if (c.st.proposal) c.st.proposal.lastPending = g.last === '0';
      return [];
    },
  },
  {
    id: 'transform',
    mode: 'dump',
    needle: 'reserved',
    regex:
      /type: ?(?<type>[1-5]), reserved: ?0x0, [Ii][Dd]: ?(?<id>DH_GROUP_[\dA-Z_]{1,40}\/Group ?\d{1,3}|Don't use ESN|Use ESN|[A-Z\d][A-Z\d-]{0,30})/,
    samples: [
      '    type: 1, reserved: 0x0, id: AES-CBC',
      '    type: 4, reserved: 0x0, id: DH_GROUP_2048_MODP/Group 14',
      "    type: 5, reserved: 0x0, id: Don't use ESN",
    ],
    run(c, g) {
      const p = c.st.proposal;
      if (!p) return [];
      const type = TRANSFORM_TYPE_BY_NUMBER[g.type ?? ''];
      const id = g.id;
      if (type && id !== undefined) {
        const ok =
          (type === 'dh' && isDh(id)) ||
          (type === 'esn' && isEsn(id)) ||
          (type === 'encr' && isEncryption(id)) ||
          ((type === 'prf' || type === 'integ') && isHash(id));
        if (ok) p.transforms.push({ type, name: id } satisfies Transform);
      }
      if (p.lastPending) return c.flushProposal();
      return [];
    },
  },
  {
    id: 'proposal-summary',
    mode: 'line',
    needle: 'Proposal',
    regex: new RegExp(
      `^(?<protocol>IKE|ESP|AH) Proposal: ?(?<num>\\d{1,3}), SPI size: ?(?<spisize>\\d{1,2}) ?\\((?<purpose>[A-Za-z ]{1,40})\\),?(?: Num\\. transforms: ?(?<count>\\d{1,3}))?(?: ${TRANSFORM_LIST})?`,
    ),
    samples: [
      'IKEv2-PROTO-3:IKEプロポーザル:1、SPIサイズ:0(初期ネゴシエーション) 変換の数: 4 AES-CBC SHA1 SHA96 DH_GROUP_768_MODP/Group 1',
      'IKEv2-PROTO-2: (4): IKE Proposal: 1, SPI size: 0 (initial negotiation),',
      'IKEv2:(SESSION ID = 31,SA ID = 1):ESP Proposal: 1, SPI size: 4 (IPSec negotiation), ',
    ],
    run(c, g) {
      const protocol = g.protocol === 'ESP' ? 'ESP' : g.protocol === 'AH' ? 'AH' : 'IKE';
      const sa = c.sa();
      c.st.summary = { scope: summaryScope(protocol), protocol, num: Number(g.num), ...(sa ? { sa } : {}) };
      return g.list !== undefined ? finishSummary(c, g.list) : [];
    },
  },
  {
    id: 'num-transforms',
    mode: 'line',
    when: (st) => st.summary !== undefined,
    regex: new RegExp(`^Num\\. transforms: ?(?<count>\\d{1,3})(?: ${TRANSFORM_LIST})?`),
    samples: ['Num. transforms: 4'],
    run(c, g) {
      return g.list !== undefined ? finishSummary(c, g.list) : [];
    },
  },
  {
    id: 'transform-list',
    mode: 'line',
    when: (st) => st.summary !== undefined,
    regex: new RegExp(`^${TRANSFORM_LIST}`),
    samples: [
      '   AES-CBC   AES-CBC   AES-CBC   SHA512   SHA384   SHA256   SHA1   MD5   SHA512   SHA384   SHA256   SHA96   MD596   DH_GROUP_1536_MODP/Group 5   DH_GROUP_1024_MODP/Group 2 ',
      "   AES-CBC   SHA96   Don't use ESN",
    ],
    run(c, g) {
      return finishSummary(c, g.list ?? '');
    },
  },
  {
    id: 'policies-received',
    mode: 'line',
    needle: 'Received Policies',
    regex: /^Received Policies:/,
    samples: [
      'IKEv2-PROTO-1: (24): Received Policies:',
      'IKEv2-ERROR:(SESSION ID = 89,SA ID = 1):Received Policies: : Failed to find a matching policyProposal 1:  ENCRYPTION: AES-CBC-128 PRF: SHA512 INTEGRITY: SHA512 DH GROUP: DH_GROUP_384_ECP/Group 20',
    ],
    run(c) {
      return openPolicy(c, 'received', c.rest);
    },
  },
  {
    id: 'policies-expected',
    mode: 'line',
    needle: 'Expected Policies',
    regex: /^Expected Policies:/,
    samples: ['IKEv2-PROTO-1: (24): Expected Policies:'],
    run(c) {
      return openPolicy(c, 'expected', c.rest);
    },
  },
  {
    id: 'policy-proposal',
    mode: 'line',
    when: (st) => st.policy !== undefined,
    regex: /^(?:(?<esp>ESP|AH): )?Proposal (?<num>\d{1,3}): ?(?<algs>\S[^\n]{0,600})/,
    samples: [
      'Proposal 1:  AES-CBC-128 SHA1 SHA256 DH_GROUP_2048_MODP/Group 14',
      "ESP: Proposal 1:  AES-CBC-256 SHA256 Don't use ESN",
      'Proposal 1: AES-CBC-256 SHA384 SHA384 DH_GROUP_2048_MODP_256_PRIME/Group 24',
    ],
    run(c, g) {
      return policyLine(c, g.esp !== undefined, g.algs ?? '');
    },
  },
  {
    id: 'no-matching-policy',
    mode: 'line',
    needle: 'matching policy',
    regex: /^(?<what>Failed to find a matching policy|Failed to verify the proposed policies)/,
    samples: [
      'IKEv2-PROTO-1: (24): Failed to find a matching policy',
      'IKEv2-PROTO-5: (24): Failed to verify the proposed policies',
      'IKEv2:(SESSION ID = 1,SA ID = 1):Failed to find a matching policy',
    ],
    run(c, g) {
      // `Failed to verify the proposed policies` (level 5) comes with the level-1 error
      // `Failed to find a matching policy`, which is the one to report.
      if (g.what?.startsWith('Failed to verify')) return [];
      return proposalNone(c, g.what ?? '');
    },
  },
  {
    id: 'ios-policy-lookup',
    mode: 'line',
    needle: 'olicy',
    regex:
      /^(?:Found Policy '(?<policy>[^']{1,64})'|Using the Default Policy for Proposal|Searching Policy with fvrf (?<fvrf>\d{1,5}), local address (?<laddr>\S{1,64}))/,
    samples: [
      "IKEv2:Found Policy 'default'",
      'IKEv2:Using the Default Policy for Proposal',
      'IKEv2:Searching Policy with fvrf 0, local address FC00:123:123:123::2',
    ],
    run(c, g) {
      if (g.policy !== undefined) return info(c, { configSection: `crypto ikev2 policy ${g.policy}` });
      return [];
    },
  },
  {
    id: 'configured-policies',
    mode: 'line',
    needle: 'configured policies',
    regex: /^(?<what>Getting|Setting) configured policies/,
    samples: ['IKEv2-PROTO-3:(6):設定済みポリシーの取得', 'IKEv2-PROTO-5: (4): Setting configured policies'],
    run: none,
  },
  {
    id: 'encryption-not-strong',
    mode: 'line',
    needle: 'not strong enough',
    regex:
      /^Selected IKEv2 encryption algorithm \((?<ike>[^)]{1,40})\) is not strong enough to secure proposed IPsec encryption algorithm \((?<esp>[^)]{1,40})\)/,
    samples: [
      'IKEv2-PROTO-2: Selected IKEv2 encryption algorithm (AES-CBC-128) is not strong enough to secure proposed IPsec encryption algorithm (AES-CBC-256).',
    ],
    run(c, g) {
      return info(c, {
        ikeEncryption: g.ike ?? '',
        espEncryption: g.esp ?? '',
        configSection: 'crypto ipsec ikev2 sa-strength-enforcement',
      });
    },
  },
];

// ---------------------------------------------------------------------------------------------
// NAT traversal (RFC 7296 §2.23)

function natDetected(
  c: Ctx,
  where: 'local' | 'remote' | 'none',
  extra: Record<string, string | number | boolean> = {},
): EventDraft[] {
  const sa = c.sa();
  if (sa && where !== 'none') sa.natWhere = sa.natWhere && sa.natWhere !== where ? 'both' : where;
  const w = sa?.natWhere ?? where;
  return [c.ev('nat.detected', { details: { where: w, ...extra } }, sa)];
}

const nat: Spec[] = [
  {
    id: 'nat-check',
    mode: 'line',
    needle: 'NAT discovery',
    regex: /^(?:Checking|Check) NAT discovery/,
    samples: ['IKEv2-PROTO-3:(6):NATディスカバリの確認', 'IKEv2-PROTO-2: (4): Checking NAT discovery'],
    run: none,
  },
  {
    id: 'nat-notify',
    mode: 'line',
    needle: ['NAT discovery notify', 'nat detect'],
    regex: /^(?:Process NAT discovery notify|Processing nat detect (?<which>src|dst) notify)/,
    samples: [
      'IKEv2-PROTO-5: (4): Process NAT discovery notify',
      'IKEv2-PROTO-5:(6):nat detect src notifyの処理',
    ],
    run: none,
  },
  {
    id: 'nat-address',
    mode: 'line',
    needle: 'address',
    regex: /^(?<side>Remote|Local) address (?<result>not matched|matched)/,
    samples: [
      'IKEv2-PROTO-5:(6):リモートアドレスが一致しません',
      'IKEv2-PROTO-5: (4): Local address matched',
      'IKEv2-INTERNAL:(SESSION ID = 444548,SA ID = 4):Local address not matched',
    ],
    run(c, g) {
      if (g.result !== 'not matched') return [];
      return natDetected(c, g.side === 'Remote' ? 'remote' : 'local');
    },
  },
  {
    id: 'nat-host',
    mode: 'line',
    needle: 'Host is located',
    regex: /^Host is located (?<where>NAT outside|NAT inside|outside NAT|inside NAT)/,
    samples: [
      'IKEv2-PROTO-5:(6):ホストはNAT外部に配置されます',
      'IKEv2-INTERNAL:(SESSION ID = 444548,SA ID = 4):Host is located NAT inside',
    ],
    run: none,
  },
  {
    id: 'nat-found',
    mode: 'line',
    needle: 'NAT',
    regex: /^(?:NAT (?<side>OUTSIDE|INSIDE) found|(?<none>No NAT found|NAT not found))/,
    samples: [
      'IKEv2-PROTO-2: (4): NAT OUTSIDE found',
      'IKEv2-PROTO-2: (1): NAT INSIDE found',
      'IKEv2:(SESSION ID = 31,SA ID = 1):NAT not found',
    ],
    run(c, g) {
      if (g.none !== undefined) return natDetected(c, 'none');
      // OUTSIDE: this end is outside the NAT, the NAT is in front of the peer.
      return natDetected(c, g.side === 'OUTSIDE' ? 'remote' : 'local');
    },
  },
  {
    id: 'nat-float',
    mode: 'line',
    needle: 'float',
    regex: /^NAT detected float to init port (?<iport>\d{1,5}), resp port (?<rport>\d{1,5})/,
    samples: ['IKEv2-PROTO-2: (4): NAT detected float to init port 4501, resp port 4500'],
    run(c, g) {
      const sa = c.sa();
      const ip = Number(g.iport);
      const rp = Number(g.rport);
      if (sa?.role) {
        const mine = sa.role === 'initiator' ? ip : rp;
        const theirs = sa.role === 'initiator' ? rp : ip;
        sa.local = { ...(sa.local ?? {}), port: mine };
        sa.remote = { ...(sa.remote ?? {}), port: theirs };
      }
      return [
        c.ev(
          'nat.detected',
          { details: { initPort: ip, respPort: rp, ...(sa?.natWhere ? { where: sa.natWhere } : {}) } },
          sa,
        ),
      ];
    },
  },
  {
    id: 'nat-keepalive',
    mode: 'line',
    needle: 'NAT keepalive',
    regex: /^Set NAT keepalive timer (?<secs>\d{1,6})/,
    samples: ['IKEv2-PROTO-2: (1): Set NAT keepalive timer 20'],
    run: none,
  },
];

// ---------------------------------------------------------------------------------------------
// Notify and vendor ID payloads

const notifies: Spec[] = [
  {
    id: 'parse-notify',
    mode: 'line',
    needle: 'Parse Notify Payload',
    regex: /^Parse Notify Payload: ?(?<notify>[A-Z\d_]{1,48})(?![a-z])/,
    samples: [
      'IKEv2-PROTO-5: Parse Notify Payload: NAT_DETECTION_SOURCE_IP NOTIFY(NAT_DETECTION_SOURCE_IP)  Next payload: NOTIFY, reserved: 0x0, length: 28',
      'IKEv2-PROTO-4: Parse Notify Payload: NO_PROPOSAL_CHOSEN NOTIFY(NO_PROPOSAL_CHOSEN)  Next payload: NONE, reserved: 0x0, length: 8',
    ],
    run(c, g) {
      return c.notify(ciscoNotify(g.notify ?? ''), 'in');
    },
  },
  {
    id: 'construct-notify',
    mode: 'line',
    needle: 'Construct Notify Payload',
    regex: /^Construct Notify Payload: ?(?<notify>[A-Z\d_]{1,48})(?![a-z])/,
    samples: [
      'IKEv2-PROTO-5: Construct Notify Payload: NO_PROPOSAL_CHOSEN',
      'IKE v2-PROTO-5:コンストラクト通知ペイロード: NAT_DETECTION_SOURCE_IP',
    ],
    run(c, g) {
      return c.notify(ciscoNotify(g.notify ?? ''), 'out');
    },
  },
  {
    id: 'notify-dump',
    mode: 'dump',
    needle: 'NOTIFY(',
    regex: /NOTIFY\((?<notify>[A-Z\d_]{1,48})\) ?Next payload: ?(?<next>[A-Z_]{1,12})/,
    samples: ['(24):  NOTIFY(NO_PROPOSAL_CHOSEN)(24):   Next payload: NONE, reserved: 0x0, length: 8'],
    run(c, g) {
      return c.notify(ciscoNotify(g.notify ?? ''), undefined);
    },
  },
  {
    id: 'notify-words',
    mode: 'line',
    needle: 'notify',
    regex: /^(?<verb>Sending|Received) (?<what>[A-Za-z_][A-Za-z_ ]{1,40}?) notify(?: |$)/,
    samples: [
      'IKEv2-PROTO-2: (24): Sending no proposal chosen notify',
      'IKEv2-PROTO-2: (16): Sending authentication failure notify',
      'IKEv2-PROTO-2: (2): Received no proposal chosen notify',
    ],
    run(c, g) {
      return c.notify(ciscoNotify(g.what ?? ''), g.verb === 'Sending' ? 'out' : 'in');
    },
  },
  {
    id: 'notify-named',
    mode: 'line',
    needle: ['Sending', 'Received'],
    regex:
      /^(?<verb>Sending|Received) (?:[Nn]otify:? ?)?(?<notify>[A-Z][A-Z\d]{1,20}(?:_[A-Z\d]{1,20}){1,5})(?![a-z])/,
    samples: [
      'IKEv2-PROTO-2: (7): Sending NO_PROPOSAL_CHOSEN',
      'IKEv2:(SESSION ID = 2,SA ID = 1):Received Notify: AUTHENTICATION_FAILED',
    ],
    run(c, g) {
      return c.notify(ciscoNotify(g.notify ?? ''), g.verb === 'Sending' ? 'out' : 'in');
    },
  },
  {
    id: 'initial-contact',
    mode: 'line',
    needle: 'INITIAL_CONTACT',
    regex: /^Processing INITIAL_CONTACT/,
    samples: ['IKEv2-PROTO-2: (4): Processing INITIAL_CONTACT'],
    run(c) {
      return c.notify('INITIAL_CONTACT', 'in');
    },
  },
  {
    id: 'delete-reason-notify',
    mode: 'line',
    needle: 'Delete Reason',
    regex:
      /^Sending Delete Reason Notify with error code : ?(?<code>[A-Z\d_]{1,60})(?: severity: ?(?<severity>[A-Z]{1,20}))?/,
    samples: [
      'IKEv2-PROTO-5: Sending Delete Reason Notify with error code : IKEV2_DELETE_BY_USER_COMMAND severity: INFORMATIONAL',
    ],
    run(c, g) {
      return info(c, { deleteReason: g.code ?? '' });
    },
  },
  {
    id: 'vendor-id',
    mode: 'line',
    needle: 'Vendor Specific Payload',
    regex: /^(?<verb>Parse|Construct) Vendor Specific Payload: ?(?<vid>\(CUSTOM\)|[A-Z\d][A-Z\d-]{0,40})/,
    samples: [
      'IKEv2-PROTO-5:Parse Vendor Specific Payload:CISCO-DELETE-REASON VID次のペイロード:VID、予約済み:0x0、長さ:23',
      'IKEv2-PROTO-5: Construct Vendor Specific Payload: FRAGMENTATION',
      'IKEv2-PROTO-5:ベンダー固有ペイロードの構築: (CUSTOM)',
    ],
    run(c, g) {
      return [
        c.ev('vendor-id', {
          direction: g.verb === 'Parse' ? 'in' : 'out',
          details: { vendorId: g.vid ?? '' },
        }),
      ];
    },
  },
  {
    id: 'vid-from-peer',
    mode: 'line',
    needle: 'VID received from peer',
    regex:
      /^(?<vid>Cisco Copyright|CISCO COPYRIGHT|AnyConnect EAP|[A-Z][A-Za-z\d-]{0,30}) VID received from peer/,
    samples: [
      'IKEv2-PLAT-3:ピアからAnyConnect EAP VIDを受信する',
      'IKEv2-PLAT-2: Cisco Copyright VID received from peer',
    ],
    run(c, g) {
      const sa = c.sa();
      if (sa && g.vid === 'AnyConnect EAP') {
        sa.anyconnect = true;
        sa.eap = true;
      }
      return [c.ev('vendor-id', { direction: 'in', details: { vendorId: g.vid ?? '' } }, sa)];
    },
  },
  {
    id: 'custom-vid',
    mode: 'line',
    needle: 'ustom VID',
    regex: /^Process(?:ing)? custom VID payloads?/i,
    samples: ['IKEv2-PLAT-3:カスタムVIDペイロードの処理', 'IKEv2-PLAT-2: Process custom VID payloads'],
    run: none,
  },
];

// ---------------------------------------------------------------------------------------------
// Authentication: PSK, certificates, EAP (AnyConnect)

function authSection(c: Ctx, sa: SaState | undefined, method: string): string {
  const asa = (c.platform() ?? sa?.platform) !== 'ios';
  if (!asa) return sa?.conn !== undefined ? `crypto ikev2 profile ${sa.conn}` : 'crypto ikev2 profile';
  if (/^(?:RSA|ECDSA|DSS|CERT)/i.test(method) && (sa?.eap || sa?.anyconnect))
    return 'crypto ikev2 remote-access trustpoint';
  return sa?.conn !== undefined ? `tunnel-group ${sa.conn} ipsec-attributes` : 'tunnel-group';
}

function authMethod(c: Ctx, mine: boolean, method: string): EventDraft[] {
  const sa = c.sa();
  if (sa) {
    if (mine) sa.localAuth = method;
    else sa.peerAuth = method;
  }
  const key = mine ? 'localAuthMethod' : 'peerAuthMethod';
  if (sa) {
    const k = `${key}|${method}`;
    if (sa.seen.has(k)) return [];
    sa.seen.add(k);
  }
  return [c.ev('info', { details: { [key]: method, configSection: authSection(c, sa, method) } }, sa)];
}

function authOk(c: Ctx, method: string | undefined, sa: SaState | undefined = c.sa()): EventDraft[] {
  if (sa) {
    if (sa.authOk) return [];
    sa.authOk = true;
  }
  const details: Record<string, string | number | boolean> = {};
  if (method !== undefined) details.method = method;
  if (sa?.localAuth !== undefined) details.localMethod = sa.localAuth;
  if (sa?.anyconnect) details.client = 'AnyConnect';
  if (sa?.username !== undefined) details.username = sa.username;
  // EAP users are checked against the tunnel group's authentication server group (seed 000:
  // `tunnel-group ASA-IKEV2 general-attributes`).
  if (sa?.eap) details.configSection = sa.conn !== undefined ? `tunnel-group ${sa.conn}` : 'tunnel-group';
  return [c.ev('ike.auth.ok', { details }, sa)];
}

const auth: Spec[] = [
  {
    id: 'auth-method-is',
    mode: 'line',
    needle: 'authentication method is',
    regex: /^(?<who>My|Peer's) authentication method is '(?<method>[^']{1,30})'/,
    samples: [
      "IKEv2-PROTO-2: (4): My authentication method is 'PSK'",
      "IKEv2:(SESSION ID = 14607,SA ID = 68):Peer's authentication method is 'RSA'",
    ],
    run(c, g) {
      return authMethod(c, g.who === 'My', g.method ?? '');
    },
  },
  {
    id: 'auth-method-dump',
    mode: 'dump',
    needle: 'Auth method',
    regex: /Auth method ?(?<method>[\w-]{2,30}), reserved: ?0x0/,
    samples: ['    Auth method PSK, reserved: 0x0, reserved 0x0', '認証方式RSA、予約済み:0x0、予約済み0x0'],
    run(c, g) {
      const sa = c.sa();
      // Whose AUTH payload: the message's IDi/IDr says whether it is the initiator's or the
      // responder's; without one, the direction of the packet does.
      let mine: boolean;
      if (c.st.owner && sa?.role) mine = c.st.owner === sa.role;
      else mine = c.st.dumpDir === 'out';
      return authMethod(c, mine, g.method ?? '');
    },
  },
  {
    id: 'payload-header',
    mode: 'dump',
    needle: 'Next payload',
    regex:
      /\b(?<payload>IDi|IDr|AUTH|CERTREQ|CERT|SA|KE|N|VID|TSi|TSr|CFG|EAP|ENCR|DELETE|SK)[.:]? ?Next payload: ?(?<next>[A-Z_]{1,12})/,
    samples: [
      ' IDi  Next payload: AUTH, reserved: 0x0, length: 12',
      '(16):  AUTH(16):   Next payload: SA, reserved: 0x0, length: 28',
      'IDr。次のペイロード:CERT、予約済み:0x0、長さ:36',
    ],
    run(c, g) {
      if (g.payload === 'IDi') c.st.owner = 'initiator';
      else if (g.payload === 'IDr') c.st.owner = 'responder';
      else if (g.payload === 'EAP') {
        const sa = c.sa();
        if (sa) sa.eap = true;
      }
      return [];
    },
  },
  {
    id: 'eap-code',
    mode: 'dump',
    needle: 'Code',
    regex: /Code: ?(?<code>request|response|success|failure)\b/i,
    samples: ['コード:要求:id:1、長さ:150', 'コード:応答:ID:3、長さ:173'],
    run(c, g) {
      const sa = c.sa();
      if (sa) sa.eap = true;
      const code = (g.code ?? '').toLowerCase();
      if (code === 'success') return authOk(c, 'EAP', sa);
      if (code === 'failure') return [c.ev('eap.failed', { reason: 'EAP Failure' }, sa)];
      return [];
    },
  },
  {
    id: 'eap-request',
    mode: 'line',
    needle: 'EAP',
    regex: /^(?:Sending EAP request|Received valid EAP (?<what>[A-Za-z ]{1,40}))/,
    samples: ['IKEv2-PROTO-2:(6):EAP要求の送信', 'IKEv2-PROTO-2: (6): Sending EAP request'],
    run(c) {
      const sa = c.sa();
      if (sa) sa.eap = true;
      return [];
    },
  },
  {
    id: 'eap-status',
    mode: 'line',
    needle: 'EAP',
    regex:
      /^(?:EAP: ?(?<s1>success|failure|failed)|Received EAP (?<s2>SUCCESS|FAILURE)|EAP authentication (?<s3>succeeded|failed))/i,
    samples: ['IKEv2-PLAT-3: (6): EAP:success', 'IKEv2-PROTO-1: (9): EAP:failure'],
    run(c, g) {
      const s = (g.s1 ?? g.s2 ?? g.s3 ?? '').toLowerCase();
      const sa = c.sa();
      if (sa) sa.eap = true;
      if (s.startsWith('succ')) return authOk(c, 'EAP', sa);
      return [c.ev('eap.failed', { reason: `EAP ${s}` }, sa)];
    },
  },
  {
    id: 'aggauth-xml',
    mode: 'line',
    needle: 'XML message',
    regex: /^(?:Received XML message below from the client|Generated XML message below)/,
    samples: ['Received XML message below from the client', 'Generated XML message below'],
    run(c) {
      const sa = c.sa();
      if (sa) {
        sa.eap = true;
        sa.anyconnect = true;
      }
      return [];
    },
  },
  {
    id: 'verify-auth-data',
    mode: 'line',
    needle: 'authen',
    regex: /^Verification of peer's authenc?tication data (?<result>PASSED|FAILED)/,
    samples: [
      "IKEv2-PROTO-2: (4): Verification of peer's authenctication data PASSED",
      "IKEv2-PROTO-2: (16): Verification of peer's authentication data FAILED",
      "IKEv2:(SESSION ID = 1,SA ID = 1):Verification of peer's authentication data FAILED",
    ],
    run(c, g) {
      const sa = c.sa();
      if (g.result === 'PASSED') return authOk(c, sa?.eap ? 'EAP' : (sa?.peerAuth ?? 'PSK'), sa);
      return [
        c.ev(
          'ike.auth.failed',
          {
            reason: "Verification of peer's authentication data FAILED",
            details: { method: sa?.peerAuth ?? 'unknown' },
          },
          sa,
        ),
      ];
    },
  },
  {
    id: 'auth-value-differs',
    mode: 'line',
    needle: 'differs',
    regex: /^Computed authentication value for peer differs from what peer sent/,
    samples: ['IKEv2-PROTO-5: (16): Computed authentication value for peer differs from what peer sent'],
    run(c) {
      const sa = c.sa();
      const reason = 'Computed authentication value for peer differs from what peer sent';
      if (!sa?.peerAuth || /^(?:PSK|PRE)/i.test(sa.peerAuth))
        return [c.ev('psk.mismatch', { reason, details: { configSection: authSection(c, sa, 'PSK') } }, sa)];
      return [c.ev('ike.auth.failed', { reason, details: { method: sa.peerAuth } }, sa)];
    },
  },
  {
    id: 'auth-failed',
    mode: 'line',
    needle: 'uth',
    regex: /^(?<what>Failed to authenticate the IKE SA|Verify auth failed|Auth exchange failed)/,
    samples: [
      'IKEv2-PROTO-1: (16): Failed to authenticate the IKE SA',
      'IKEv2-PROTO-1: (139): Auth exchange failed',
      'IKEv2-PROTO-3: (172): Verify auth failed',
    ],
    run(c, g) {
      const sa = c.sa();
      if (sa) {
        const k = `authfail|${g.what ?? ''}`;
        if (sa.seen.has(k)) return [];
        sa.seen.add(k);
      }
      return [c.ev('ike.auth.failed', { reason: g.what ?? '' }, sa)];
    },
  },
  {
    id: 'auth-method-mismatch',
    mode: 'line',
    needle: 'mismatching',
    regex: /^Peer authentication method configured is mismatching with the method proposed by peer/,
    samples: [
      'IKEv2-PROTO-5: (46): Peer authentication method configured is mismatching with the method proposed by peer',
    ],
    run(c) {
      const sa = c.sa();
      const ex: Partial<EventDraft> = { param: 'auth_method', scope: 'ike' };
      if (sa?.expectedPeerAuth !== undefined) ex.localValue = sa.expectedPeerAuth;
      if (sa?.peerAuth !== undefined) ex.remoteValue = sa.peerAuth;
      return [
        c.ev(
          'proposal.mismatch',
          { ...ex, details: { configSection: authSection(c, sa, sa?.localAuth ?? 'PSK') } },
          sa,
        ),
        c.ev(
          'ike.auth.failed',
          { reason: 'Peer authentication method configured is mismatching with the method proposed by peer' },
          sa,
        ),
      ];
    },
  },
  {
    id: 'auth-timeout',
    mode: 'line',
    needle: 'AUTH msg',
    regex: /^Failed to receive the AUTH msg before the timer expired/,
    samples: ['IKEv2-PROTO-1: (46): Failed to receive the AUTH msg before the timer expired'],
    run(c) {
      return [
        c.ev('ike.timeout', {
          exchange: 'IKE_AUTH',
          reason: 'Failed to receive the AUTH msg before the timer expired',
        }),
      ];
    },
  },
  {
    id: 'psk-lookup',
    mode: 'line',
    needle: ['preshared key', 'peer block'],
    regex:
      /^(?:Get (?<who>my|peer's) preshared key for (?<peer>\S{1,128})|Use preshared key for id (?<id>\S{1,128}), key len (?<len>\d{1,4})|% ?Getting preshared key from profile keyring (?<keyring>\S{1,64})|% ?Matched peer block '(?<block>[^']{1,64})')/,
    samples: [
      "IKEv2-PROTO-2: (16): Get peer's preshared key for 20.20.20.1",
      'IKEv2-PROTO-2: (16): Use preshared key for id 20.20.20.1, key len 8',
      'IKEv2:% Getting preshared key from profile keyring IKEV2-KEYRING',
    ],
    run(c, g) {
      const sa = c.sa();
      if (sa && g.who === "peer's") sa.peerAuth ??= 'PSK';
      if (g.keyring !== undefined) return info(c, { configSection: `crypto ikev2 keyring ${g.keyring}` });
      return [];
    },
  },
  {
    id: 'auth-method-code',
    mode: 'line',
    needle: ['auth method', 'auth_method', 'P1 ID', 'IKE_ID_AUTO'],
    regex:
      /^(?:(?<who>my|peer) auth method set to: ?(?<code>\d{1,3})|(?<name>my_auth_method|supported_peers_auth_method|P1 ID) = (?<value>\d{1,5})|Translating IKE_ID_AUTO to = (?<xlat>\d{1,5}))/,
    samples: [
      'IKEv2-PLAT-2: (16): peer auth method set to: 2',
      'IKEv2-PLAT-2: my_auth_method = 2',
      'IKEv2-PLAT-2: (4): Translating IKE_ID_AUTO to = 255',
    ],
    run(c, g) {
      // ASA tunnel-group authentication codes: 1 certificate, 2 pre-shared key.
      const sa = c.sa();
      if (!sa) return [];
      const method = (code: string | undefined): string | undefined =>
        code === '2' ? 'PSK' : code === '1' ? 'RSA' : undefined;
      if (g.who === 'peer') sa.peerAuth ??= method(g.code);
      if (g.who === 'my') sa.localAuth ??= method(g.code);
      // A bit set: 2 = pre-shared key; without it the tunnel group expects a certificate.
      if (g.name === 'supported_peers_auth_method' && g.value !== undefined)
        sa.expectedPeerAuth = (Number(g.value) & 2) !== 0 ? 'PSK' : 'certificate';
      return [];
    },
  },
  {
    id: 'peer-identity',
    mode: 'line',
    needle: "peer's identity",
    regex: /^Searching policy based on peer's identity '(?<id>[^']{1,128})' of type '(?<idtype>[^']{1,40})'/,
    samples: [
      "IKEv2-PROTO-2: (4): Searching policy based on peer's identity '20.20.20.1' of type 'IPv4 address'",
      "IKEv2:(SESSION ID = 7,SA ID = 1):Searching policy based on peer's identity 'R1.LAB.LOCAL' of type 'FQDN'",
    ],
    run(c, g) {
      const sa = c.sa();
      if (sa) sa.remote = { ...(sa.remote ?? {}), id: g.id! };
      return [c.ev('ike.peer-id', { details: { idType: g.idtype ?? '' } }, sa)];
    },
  },
  {
    id: 'constructing-id',
    mode: 'line',
    needle: 'payload:',
    regex: /^Constructing (?<which>IDi|IDr) payload: '(?<id>[^']{1,128})' of type '(?<idtype>[^']{1,40})'/,
    samples: ["IKEv2-PROTO-2: (4): Constructing IDr payload: '30.30.30.1' of type 'IPv4 address'"],
    run(c, g) {
      const sa = c.sa();
      if (sa) sa.local = { ...(sa.local ?? {}), id: g.id! };
      return [];
    },
  },
  {
    id: 'peer-id-check',
    mode: 'line',
    needle: ['Peer ID check', 'peer ID check'],
    regex:
      /^(?:Peer ID check (?<failed>failed)|Peer ID check started, received ID type: (?<idtype>[A-Za-z\d ]{1,40})|Peer ID check: (?<detail>failed to retreive [A-Za-z\d ]{1,40})|retrieving SAN for peer ID check)/,
    samples: [
      'IKEv2-PLAT-1: Peer ID check failed',
      'IKEv2-PLAT-3: Peer ID check started, received ID type: IPv4 address',
      'IKEv2-PLAT-2: Peer ID check: failed to retreive IP from SAN',
    ],
    run(c, g) {
      if (g.failed === undefined) return [];
      const sa = c.sa();
      if (sa) sa.idMismatch = true;
      return [
        c.ev(
          'id.mismatch',
          {
            reason: 'Peer ID check failed',
            details: { configSection: 'tunnel-group ipsec-attributes peer-id-validate' },
          },
          sa,
        ),
      ];
    },
  },
  {
    id: 'cert-http-url',
    mode: 'line',
    needle: 'cert encoding',
    regex: /^Unsupported cert encoding found or Peer requested/,
    samples: ['IKEv2-PROTO-1: (140): Unsupported cert encoding found or Peer requested'],
    run(c) {
      return [
        c.ev('cert.invalid', {
          reason:
            'Unsupported cert encoding found or Peer requested HTTP URL but never sent HTTP_LOOKUP_SUPPORTED Notification',
        }),
      ];
    },
  },
  {
    id: 'locate-item-failed',
    mode: 'line',
    needle: 'locate an item',
    regex: /^Failed to locate an item in the database/,
    samples: [
      'IKEv2-PROTO-1: (172): Failed to locate an item in the database',
      'IKEv2:(SESSION ID = 172,SA ID = 1):: Failed to locate an item in the database',
    ],
    run(c) {
      const sa = c.sa();
      const reason = 'Failed to locate an item in the database';
      if (sa?.idMismatch) return [c.ev('ike.auth.failed', { reason }, sa)];
      return [c.ev('peer.not-configured', { reason }, sa)];
    },
  },
  {
    id: 'profile-not-found',
    mode: 'line',
    needle: 'rofile',
    regex: /^% ?(?:IKEv2 profile not found|Profile could not be found by peer certificate)/,
    samples: ['IKEv2:% IKEv2 profile not found', 'IKEv2:%Profile could not be found by peer certificate.'],
    run(c) {
      return [
        c.ev('peer.not-configured', {
          reason: 'IKEv2 profile not found',
          details: { configSection: 'crypto ikev2 profile' },
        }),
      ];
    },
  },
  {
    id: 'profile-found',
    mode: 'line',
    needle: ['IKEv2 profile', 'IKE profile'],
    regex:
      /^(?:found matching IKEv2 profile '(?<profile>[^']{1,64})'|Choosing IKE profile (?<profile2>\S{1,64}))/,
    samples: ["IKEv2:found matching IKEv2 profile 'IKEV2-PROFILE'"],
    run(c, g) {
      const p = g.profile ?? g.profile2 ?? '';
      return info(c, { profile: p, configSection: `crypto ikev2 profile ${p}` });
    },
  },
  {
    id: 'username',
    mode: 'line',
    needle: 'sername set to',
    regex: /^Username set to:? ?(?<user>\S{1,64})/,
    samples: ['IKEv2-PLAT-3:(6)ユーザ名をAnuに設定', 'IKEv2-PLAT-3: (6) Username set to: Anu'],
    run(c, g) {
      const sa = c.sa();
      if (sa) sa.username = g.user!;
      return info(c, { username: g.user ?? '' });
    },
  },
  {
    id: 'negotiation-aborted',
    mode: 'line',
    needle: 'Negotiation aborted',
    regex: /^Negotiation aborted due to ERROR: ?(?<reason>[^\n]{1,200})/,
    samples: [
      'IKEv2-PROTO-1: (12): Negotiation aborted due to ERROR: Failed to locate an item in the database',
    ],
    run(c, g) {
      const reason = g.reason ?? '';
      if (/locate an item/i.test(reason)) return [c.ev('peer.not-configured', { reason })];
      if (/retransmission/i.test(reason)) return [c.ev('ike.timeout', { reason })];
      if (/matching policy|proposal/i.test(reason)) return proposalNone(c, reason);
      if (/auth/i.test(reason)) return [c.ev('ike.auth.failed', { reason })];
      return info(c, { reason });
    },
  },
];

// ---------------------------------------------------------------------------------------------
// Tunnel group, crypto map

const config: Spec[] = [
  {
    id: 'tunnel-group-lookup',
    mode: 'line',
    needle: 'tunnel group',
    regex:
      /^(?:attempting to find tunnel group for (?<by>IP|ID): ?(?<peer>\S{1,128})|mapped to tunnel group (?<tg>\S{1,128}) using (?<how>peer IP|phase 1 ID|[A-Za-z\d ]{1,30})|connection initiated with tunnel group (?<itg>\S{1,128}))/,
    samples: [
      'IKEv2-PLAT-2: attempting to find tunnel group for IP: 30.30.30.1',
      'IKEv2-PLAT-3: mapped to tunnel group 172.16.1.1 using phase 1 ID',
      'IKEv2-PLAT-2: connection initiated with tunnel group 30.30.30.1',
    ],
    run(c, g) {
      const tg = g.tg ?? g.itg;
      if (tg === undefined) return [];
      const sa = g.itg !== undefined || c.piece.handle !== undefined ? c.sa() : c.st.current;
      const out: EventDraft[] = [];
      if (sa) sa.conn = tg;
      else c.st.pendingConn = tg;
      if (g.itg !== undefined) c.setRole(sa, 'initiator', out);
      out.push(c.ev('info', { conn: tg, details: { configSection: `tunnel-group ${tg}` } }, sa));
      return out;
    },
  },
  {
    id: 'tunnel-group-name',
    mode: 'line',
    needle: ['tg_name', 'tunn grp'],
    regex: /^(?:tg_name set to: ?(?<tg>\S{1,128})|tunn grp type set to: ?(?<type>\S{1,20}))/,
    samples: ['IKEv2-PLAT-2: tg_name set to: 20.20.20.1', 'IKEv2-PLAT-3: (172) tunn grp type set to: L2L'],
    run(c, g) {
      if (g.tg === undefined) return [];
      const sa = c.piece.handle !== undefined ? c.sa() : c.st.current;
      if (sa) sa.conn = g.tg;
      else c.st.pendingConn = g.tg;
      return [];
    },
  },
  {
    id: 'tunnel-group-missing',
    mode: 'line',
    needle: ['tunnel group', 'auth', 'policy', 'L2L'],
    regex:
      /^(?:Can't find tunnel group for peer (?<peer>\S{1,128})|(?<what>Failed to set P1 auth to build policy|Could not build ikev2 policy|unable to set self auth method\. Probable misconfiguration|asa connect start L2L failed))/,
    samples: [
      'IKEv2-PLAT-2: Failed to set P1 auth to build policy',
      'IKEv2-PLAT-2: Could not build ikev2 policy',
      'IKEv2-PLAT-2: asa connect start L2L failed',
    ],
    run(c, g) {
      const reason = g.peer !== undefined ? `Can't find tunnel group for peer ${g.peer}` : (g.what ?? '');
      const sa = c.piece.handle !== undefined ? c.sa() : c.st.current;
      const tg = sa?.conn ?? c.st.pendingConn;
      return [
        c.ev(
          'peer.not-configured',
          {
            reason,
            details: {
              configSection: tg !== undefined ? `tunnel-group ${tg} ipsec-attributes` : 'tunnel-group',
            },
          },
          sa,
        ),
      ];
    },
  },
  {
    id: 'crypto-map-match',
    mode: 'line',
    needle: ['Crypto Map', 'crypto map'],
    regex:
      /^(?:Crypto Map: Match on dynamic map (?<dmap>\S{1,64}) seq (?<dseq>\d{1,5})|PROXY MATCH on crypto map (?<map>\S{1,64}) seq (?<seq>\d{1,5}))/,
    samples: [
      'IKEv2-PLAT-3:暗号マップ:ダイナミックマップdynmap seq 1000での一致',
      'IKEv2-PLAT-2: (4): PROXY MATCH on crypto map VPN_MAP seq 1',
    ],
    run(c, g) {
      const section =
        g.dmap !== undefined
          ? `crypto dynamic-map ${g.dmap} ${g.dseq ?? ''}`
          : `crypto map ${g.map ?? ''} ${g.seq ?? ''}`;
      const sa = c.sa();
      if (sa) sa.childConfig = section.trim();
      return info(c, { configSection: section.trim() });
    },
  },
  {
    id: 'crypto-map-incomplete',
    mode: 'line',
    needle: 'incomplete',
    regex: /^Crypto map (?<map>\S{1,64}) seq (?<seq>\d{1,5}) is incomplete due to (?<reason>[^\n]{1,80})/,
    samples: ['IKEv2-PLAT-2: Crypto map VPN_MAP seq 1 is incomplete due to missing ACL'],
    run(c, g) {
      return [
        c.ev('child.failed', {
          reason: `Crypto map ${g.map ?? ''} seq ${g.seq ?? ''} is incomplete due to ${g.reason ?? ''}`,
          details: { configSection: `crypto map ${g.map ?? ''} ${g.seq ?? ''}` },
        }),
      ];
    },
  },
  {
    id: 'selector',
    mode: 'line',
    needle: 'Selector',
    regex: /^Selector received from peer is (?<result>accepted|not acceptable|rejected)/,
    samples: ['IKEv2-PLAT-2: Selector received from peer is accepted'],
    run(c, g) {
      if (g.result === 'accepted') return [];
      return [c.ev('ts.mismatch', { reason: `Selector received from peer is ${g.result ?? ''}` })];
    },
  },
];

// ---------------------------------------------------------------------------------------------
// Establishment, child SAs, DPD, fragmentation, deletion, retransmission

function childUp(c: Ctx, how: string): EventDraft[] {
  const sa = c.sa();
  if (sa) {
    if (sa.seen.has('child-up')) return [];
    sa.seen.add('child-up');
  }
  const details: Record<string, string | number | boolean> = { via: how };
  if (sa?.childConfig) details.configSection = sa.childConfig;
  return [c.ev('child.established', { details }, sa)];
}

const lifecycle: Spec[] = [
  {
    id: 'ipsec-sa-create',
    mode: 'line',
    needle: 'IPsec database',
    regex: /^\[IKEv2 -> IPsec\] Create IPsec SA into IPsec database (?<result>PASSED|FAILED)/,
    samples: ['IKEv2:(SESSION ID = 3,SA ID = 1):[IKEv2 -> IPsec] Create IPsec SA into IPsec database PASSED'],
    run(c, g) {
      if (g.result === 'PASSED') return childUp(c, 'Create IPsec SA into IPsec database PASSED');
      return [c.ev('sa.install.failed', { reason: 'Create IPsec SA into IPsec database FAILED' })];
    },
  },
  {
    id: 'sa-created',
    mode: 'line',
    needle: 'inserting SA',
    regex:
      /^(?:IKEV2 )?SA created; inserting SA into database(?:\. SA lifetime timer \((?<lifetime>\d{1,7}) sec\) started)?/,
    samples: [
      'IKEv2-PROTO-2:(6):SAが作成されました。SAをデータベースに挿入します。',
      'IKEv2-PROTO-2: (4): IKEV2 SA created; inserting SA into database. SA lifetime timer (86400 sec) started',
    ],
    run(c, g) {
      const sa = c.sa();
      const out: EventDraft[] = [];
      if (sa?.eap) out.push(...authOk(c, 'EAP', sa));
      if (sa?.established) return out;
      if (sa) sa.established = true;
      const details: Record<string, string | number | boolean> = {};
      if (g.lifetime !== undefined) details.lifetime = Number(g.lifetime);
      if (sa?.eap) details.authMethod = 'EAP';
      if (sa?.localAuth !== undefined) details.localAuthMethod = sa.localAuth;
      out.push(c.ev('ike.established', { details }, sa));
      return out;
    },
  },
  {
    id: 'session-up',
    mode: 'line',
    needle: 'IKE ID PAIR',
    regex:
      /^Session with IKE ID PAIR ?\((?<remoteId>[^,()]{1,128}), ?(?<localId>[^()]{1,128})\) is (?<status>UP|DOWN)/,
    samples: [
      'IKEv2-PROTO-2: (4): Session with IKE ID PAIR (20.20.20.1, 30.30.30.1) is UP',
      'IKEv2:(SESSION ID = 31,SA ID = 1):Session with IKE ID PAIR (FC00:123:123:123::1, FC00:123:123:123::2) is UP',
    ],
    run(c, g) {
      const sa = c.sa();
      if (sa) {
        sa.remote = { ...(sa.remote ?? {}), id: g.remoteId!.trim() };
        sa.local = { ...(sa.local ?? {}), id: g.localId!.trim() };
      }
      if (g.status === 'DOWN') return [c.ev('tunnel.down', {}, sa)];
      if (sa?.established) return [];
      if (sa) sa.established = true;
      return [c.ev('ike.established', {}, sa)];
    },
  },
  {
    id: 'connection-status',
    mode: 'line',
    needle: 'CONNECTION STATUS',
    regex:
      /^CONNECTION STATUS: ?(?<status>UP|REGISTERED|DOWN)\.{0,3} ?peer: ?(?<peer>[^\s,]{1,64}):(?<port>\d{1,5}), ?phase1_id: ?(?<id>\S{1,128})/,
    samples: [
      'IKEv2-PLAT-3: 接続状態:アップ…ピア:192.168.1.1:25171、phase1_id: *$AnyConnectClient$*',
      'CONNECTION STATUS: UP... peer: 30.30.30.2:4501, phase1_id: 20.20.20.1',
      'CONNECTION STATUS: DOWN... peer: 30.30.30.1:500, phase1_id: 30.30.30.1',
    ],
    run(c, g) {
      const sa = c.sa();
      const remote = { address: g.peer!, port: Number(g.port), id: g.id! };
      if (sa) sa.remote = { ...(sa.remote ?? {}), ...remote };
      // UP / REGISTERED follow `SA created` for the IKE SA alone: a child SA refused in the same
      // IKE_AUTH still leaves the session UP (seen with a transform-set mismatch). Not a tunnel.up.
      if (g.status === 'DOWN') return [c.ev('tunnel.down', { remote }, sa)];
      return [c.ev('info', { remote, details: { connectionStatus: g.status ?? '' } }, sa)];
    },
  },
  {
    id: 'pfkey-sa',
    mode: 'line',
    needle: 'PFKEY',
    regex:
      /^Received PFKEY (?<op>[Aa]dd|[Uu]pdate|[Dd]elete|Active|Acquire) SA for SPI (?<spi>0x[\da-fA-F]{1,8}),? error (?<error>TRUE|FALSE)/,
    samples: [
      'IKEv2-PLAT-2:SPI 0x77EE5348に対するPFKEY add SAを受信しました。エラーFALSE',
      'IKEv2-PLAT-2:SPI 0x30B848A4のPFKEYアップデートSAを受信しました。エラーFALSE',
      'IKEv2-PLAT-2: Received PFKEY delete SA for SPI 0xE0461827 error FALSE',
      'IKEv2-PLAT-2: Received PFKEY Acquire SA for SPI 0x0, error FALSE',
    ],
    run(c, g) {
      const op = (g.op ?? '').toLowerCase();
      const spi = hexSpi(g.spi ?? '0x0');
      if (op === 'acquire') return [];
      const sa = c.sa();
      if (g.error === 'TRUE')
        return [c.ev('sa.install.failed', { reason: `PFKEY ${op} SA for SPI ${spi} failed` }, sa)];
      // A larval SA of a failed negotiation is deleted too; only an installed one is news.
      if (op === 'delete')
        return sa?.childKey !== undefined ? [c.ev('child.deleted', { details: { spi } }, sa)] : [];
      if (op === 'active' || !sa) return [];
      // The ASA adds the outbound SA (the peer's SPI) and updates the inbound larval SA it
      // allocated earlier (`PFKEY SPI callback`): seed 000's 0x77EE5348 / 0x30B848A4 are
      // `show crypto ipsec sa`'s outbound / inbound SPIs.
      if (op === 'add') sa.spiOut = spi;
      else sa.spiIn = spi;
      if (sa.spiIn === undefined || sa.spiOut === undefined) return [];
      const key = `${sa.spiIn}/${sa.spiOut}`;
      if (sa.childKey === key) return [];
      sa.childKey = key;
      const details: Record<string, string | number | boolean> = {};
      if (sa.childConfig) details.configSection = sa.childConfig;
      return [c.ev('child.established', { spiIn: sa.spiIn, spiOut: sa.spiOut, details }, sa)];
    },
  },
  {
    id: 'pfkey-spi',
    mode: 'line',
    needle: 'PFKEY SPI callback',
    regex: /^Received PFKEY SPI callback for SPI (?<spi>0x[\da-fA-F]{1,8}),? error (?<error>TRUE|FALSE)/,
    samples: ['IKEv2-PLAT-2: Received PFKEY SPI callback for SPI 0x528ED2D8, error FALSE'],
    run: none,
  },
  {
    id: 'dpd',
    mode: 'line',
    needle: 'DPD',
    regex:
      /^(?:Initializing DPD, configured for (?<secs>\d{1,6}) seconds|DPD Max Time will be: ?(?<max>\d{1,6}))/,
    samples: ['IKEv2-PROTO-3:(6):DPDの初期化、10秒間設定', 'IKEv2-PLAT-2: DPD Max Time will be: 10'],
    run(c, g) {
      if (g.secs === undefined) return [];
      const sa = c.sa();
      const section =
        (c.platform() ?? sa?.platform) === 'ios'
          ? 'crypto ikev2 dpd'
          : sa?.conn !== undefined
            ? `tunnel-group ${sa.conn} ipsec-attributes`
            : 'tunnel-group ipsec-attributes';
      return [c.ev('dpd.enabled', { details: { interval: Number(g.secs), configSection: section } }, sa)];
    },
  },
  {
    id: 'starting-timer',
    mode: 'line',
    needle: 'timer',
    regex: /^Starting timer(?: \((?<secs>\d{1,6}) sec\))? to (?<what>[a-zA-Z][a-zA-Z ]{0,60})/,
    samples: [
      'IKEv2-PROTO-3:(6):認証メッセージを待機するタイマーの開始(30秒)',
      'IKEv2-PROTO-2: (4): Starting timer (30 sec) to wait for auth message',
      'IKEv2-PROTO-3: (6):ネゴシエーションコンテキストを削除するためのタイマーを開始しています',
    ],
    run(c, g) {
      if (/DPD/i.test(g.what ?? '')) return [c.ev('dpd.enabled', {})];
      return [];
    },
  },
  {
    id: 'fragmentation',
    mode: 'line',
    needle: 'ragment',
    regex:
      /^(?:(?<kind>IETF|Cisco) )?(?:Fragmentation is enabled|Fragmenting packet, Fragment MTU: ?(?<mtu>\d{1,5}), Number of fragments: ?(?<count>\d{1,4}), Fragment ID: ?(?<fid>\d{1,6}))/,
    samples: [
      'IKEv2-PROTO-3: (6):フラグメンテーションが有効になっている',
      'IKEv2-PROTO-5:(6):パケットのフラグメント化、フラグメントMTU:544、フラグメント数:9、フラグメントID:3',
      'IKEv2-PROTO-2: (1): IETF Fragmentation is enabled',
    ],
    run(c, g) {
      const details: Record<string, string | number | boolean> = {};
      if (g.kind !== undefined) details.type = g.kind;
      if (g.mtu !== undefined) {
        details.mtu = Number(g.mtu);
        details.fragments = Number(g.count);
        details.used = true;
      }
      return [c.ev('frag.enabled', { details })];
    },
  },
  {
    id: 'retransmitting',
    mode: 'line',
    needle: 'Retransmitting',
    regex: /^Retransmitting packet/,
    samples: [
      'IKEv2-PROTO-2: (2): Retransmitting packet',
      'IKEv2:(SESSION ID = 1,SA ID = 1):Retransmitting packet',
    ],
    run(c) {
      const sa = c.sa();
      if (sa) sa.retransmits++;
      const ex: Partial<EventDraft> = { count: sa?.retransmits ?? 1 };
      if (sa?.lastSentExchange) ex.exchange = sa.lastSentExchange;
      return [c.ev('msg.retransmit', ex, sa)];
    },
  },
  {
    id: 'max-retransmissions',
    mode: 'line',
    needle: 'retransmissions',
    regex: /^Maximum number of retransmissions reached/,
    samples: [
      'IKEv2-PROTO-1: (8): Maximum number of retransmissions reached',
      'IKEv2-ERROR:(SESSION ID = 1,SA ID = 1):: Maximum number of retransmissions reached',
    ],
    run(c) {
      const sa = c.sa();
      if (sa) {
        if (sa.seen.has('timeout')) return [];
        sa.seen.add('timeout');
      }
      const ex: Partial<EventDraft> = {
        reason: 'Maximum number of retransmissions reached',
        count: sa?.retransmits ?? 0,
      };
      if (sa?.lastSentExchange) ex.exchange = sa.lastSentExchange;
      return [c.ev('ike.timeout', ex, sa)];
    },
  },
  {
    id: 'exchange-failed',
    mode: 'line',
    needle: 'xchange',
    regex: /^(?<what>Initial exchange failed|Failed SA init exchange|Abort exchange)/,
    samples: [
      'IKEv2-PROTO-1: (24): Initial exchange failed',
      'IKEv2-PROTO-2: (24): Failed SA init exchange',
      'IKEv2-PROTO-2: (16): Abort exchange',
    ],
    run(c, g) {
      return info(c, { failed: true, step: g.what ?? '' });
    },
  },
  {
    id: 'unsupported-failover',
    mode: 'line',
    needle: 'failover',
    regex: /^Detected unsupported failover version/,
    samples: ['IKEv2-PROTO-1: (211): Detected unsupported failover version'],
    run(c) {
      return [c.ev('msg.invalid', { reason: 'Detected unsupported failover version' })];
    },
  },
  {
    id: 'delete-info',
    mode: 'line',
    needle: 'DELETE INFO',
    regex:
      /^(?<verb>Sending|Processing) DELETE INFO message for (?:IKEv2 SA \[ISPI: ?0x(?<ispi>[\da-fA-F]{16}) RSPI: ?0x(?<rspi>[\da-fA-F]{16})\]|IPsec SA \[SPI: ?(?<spi>0x[\da-fA-F]{1,8})\])/,
    samples: [
      'IKEv2-PROTO-2: (11): Sending DELETE INFO message for IKEv2 SA [ISPI: 0xF6897AC44B745449 RSPI: 0xF535761F2FFD293A]',
      'IKEv2:(SESSION ID = 31,SA ID = 1):Sending DELETE INFO message for IPsec SA [SPI: 0xA153CF67]',
      'IKEv2-PROTO-2: (7): Processing DELETE INFO message for IKEv2 SA [ISPI: 0x4BEE8F6EFC35EE5A RSPI: 0xC01D38BD15F4474F]',
    ],
    run(c, g) {
      const byPeer = g.verb === 'Processing';
      if (g.spi !== undefined) return [c.ev('child.deleted', { byPeer, details: { spi: hexSpi(g.spi) } })];
      const sa = c.saBySpi(g.ispi!, g.rspi);
      sa.deleteByPeer = byPeer;
      if (sa.seen.has('deleted')) return [];
      sa.seen.add('deleted');
      return [c.ev('ike.deleted', { byPeer }, sa)];
    },
  },
  {
    id: 'delete-request',
    mode: 'line',
    needle: 'elete',
    regex:
      /^(?:Process delete request from peer|Queuing IKE SA delete request reason: ?(?<reason>[^\n]{1,60})|session manager killed ikev2 tunnel\. Reason: ?(?<killed>[^\n]{1,80}))/,
    samples: [
      'IKEv2-PROTO-2: (7): Process delete request from peer',
      'IKEv2-PROTO-2: (1): Queuing IKE SA delete request reason: unknown',
      'IKEv2-PLAT-2: (11): session manager killed ikev2 tunnel. Reason: User Requested',
    ],
    run(c, g) {
      const sa = c.sa();
      if (g.reason === undefined && g.killed === undefined && sa) sa.deleteByPeer = true;
      const reason = g.reason ?? g.killed;
      return reason !== undefined ? info(c, { deleteReason: reason }) : [];
    },
  },
  {
    id: 'deleting-sa',
    mode: 'line',
    needle: 'Deleting SA',
    regex: /^Deleting SA/,
    samples: ['IKEv2-PROTO-2: (24): Deleting SA', 'IKEv2:(SESSION ID = 31,SA ID = 1):Deleting SA'],
    run(c) {
      const sa = c.sa();
      const out: EventDraft[] = [];
      if (sa?.established && !sa.seen.has('deleted')) {
        sa.seen.add('deleted');
        out.push(c.ev('ike.deleted', { byPeer: sa.deleteByPeer === true }, sa));
      }
      if (sa) {
        // A later attempt may reuse the initiator SPI (the peer resends IKE_SA_INIT).
        sa.lastMsgKey = undefined;
        sa.proposalNone = false;
        sa.state = undefined;
        c.unbind(sa);
      }
      return out;
    },
  },
  {
    id: 'dh-compute',
    mode: 'line',
    needle: 'DH',
    regex:
      /^(?:\[IKEv2 -> Crypto Engine\] )?Computing DH (?<which>public|secret) key(?:, DH Group (?<group>\d{1,3}))?/,
    samples: [
      'IKEv2-PROTO-3:(6):DH公開キーの計算',
      'IKEv2-PROTO-2: (4): [IKEv2 -> Crypto Engine] Computing DH public key, DH Group 14',
      'IKEv2:(SESSION ID = 31,SA ID = 1):[IKEv2 -> Crypto Engine] Computing DH secret key, DH Group 5',
    ],
    run(c, g) {
      if (g.group === undefined) return [];
      const scope = proposalSetScope(c.sa());
      return c.weak({ type: 'dh', name: `Group ${g.group}` }, 'chosen', scope);
    },
  },
];

// ---------------------------------------------------------------------------------------------
// Steps that only show progress

const STEPS: readonly string[] = [
  'Redirect check is not needed, skipping it',
  'New ikev2 sa request admitted',
  'New ikev2 sa request activated',
  'Incrementing incoming negotiating sa count by one',
  'Incrementing outgoing negotiating sa count by one',
  'Decrement count for incoming negotiating',
  'Decrement count for outgoing negotiating',
  'Decrement count for incoming active',
  'Decrement count for outgoing active',
  'Negotiating SA request deleted',
  'Active ike sa request deleted',
  'INVALID PSH HANDLE',
  'PSH cleanup',
  'Verify SA init message',
  'Insert SA',
  'Valid config mode data received',
  'Set received config mode data',
  'Build config mode reply: no request stored',
  'Have config mode data to send',
  'Config data to send:',
  'IKEv2 initiator - no config data to send in IKE_SA_INIT exch',
  'Opening a PKI session',
  'Closing the PKI session',
  'Action: Action_Null',
  'Generate skeyid',
  'Failed to retrieve trusted issuer hashes or none available',
  'Cisco DeleteReason Notify is enabled',
  'Stopping timer to wait for auth message',
  'Received valid parameteres in process id',
  'Site to Site connection detected',
  "Verify peer's policy",
  "Peer's policy verified",
  'Get my authentication method',
  "Get peer's authentication method",
  "Verify peer's authentication data",
  'Check for EAP exchange',
  'Generate my authentication data',
  'Completed authentication for connection',
  'Accounting not required',
  'Deleting negotiation context for my message ID',
  'Checking if request will fit in peer window',
  'Processing ACK to informational exchange',
  'Delete all IKE SAs',
  'Successfully removed child SAs',
  'Process delete IPSec API',
  'ipsec delete',
  'IKEv2 session deregistered from session manager',
  'Process auth response notify',
  'Request queued for computation of DH key',
  'Request queued for computation of DH secret',
  'decrypt queued',
  'Asynchronous request queued',
  'Decrypt success status returned via ipc',
  'Encrypt success status returned via ipc',
  'Base MTU get',
  'IPv4 filter ID not configured for connection',
  'IPv6 filter ID not configured for connection',
  'connection attribues set valid to TRUE',
  'Successfully retrieved conn attrs',
  'Session registration after conn attr retrieval PASSED',
  'AAA conn attribute retrieval successfully queued for register session request',
  'Failed to remove peer correlation entry from cikePeerCorrTable',
  'KMI/verify policy/sending to IPSec',
  '[Crypto Engine -> IKEv2] DH key Computation PASSED',
  '[IKEv2 -> Crypto Engine] Calculate SKEYSEED and create rekeyed IKEv2 SA',
  '[Crypto Engine -> IKEv2] SKEYSEED calculation and creation of rekeyed IKEv2 SA PASSED',
  '[IKEv2 -> Crypto Engine] Generate IKEv2 authentication data',
  '[Crypto Engine -> IKEv2] IKEv2 authentication data generation PASSED',
  'IKEv2 MIB tunnel started',
  'IKEv2 received all requested SPIs from CTM',
  'Checking for duplicate SA',
  'Checking for duplicate IKEv2 SA',
  'No duplicate IKEv2 SA found',
  'Check for existing active SA',
  'Check for existing IPSEC SA',
  'Load IPSEC key material',
  'Completed SA init exchange',
  'Processing IKE_SA_INIT message',
  'Processing IKE_AUTH message',
  'Processing initial message',
  'Processing auth message',
  'Sending initial message',
  'Generating IKE_SA_INIT message',
  'Generating IKE_AUTH message',
  'Generating CREATE_CHILD_SA message',
  'Generating INFORMATIONAL message',
  'Config-type:',
  'Attrib type:',
  'idle timeout set to',
  'session timeout set to',
  'group policy set to',
  'class attr set',
  'tunnel protocol set to',
  'group lock set to',
  'connection auth hdl set to',
  'mib_index set to',
  'tp_name set to',
];

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

const steps: Spec[] = [
  {
    id: 'internal-step',
    mode: 'line',
    // Longest first, so that a step that extends another one wins.
    regex: new RegExp(
      `^(?<step>${[...STEPS]
        .sort((a, b) => b.length - a.length)
        .map(escapeRe)
        .join('|')})`,
    ),
    samples: [
      'IKEv2-PLAT-5:新しいikev2 sa要求が許可されました',
      'IKEv2-PROTO-2: (4): Processing IKE_SA_INIT message',
      'IKEv2-PROTO-2:(6):初期メッセージの送信',
      'IKEv2-PLAT-2: (4): group policy set to DfltGrpPolicy',
      "IKEv2:(SESSION ID = 31,SA ID = 1):Verify peer's policy",
      'IKEv2 received all requested SPIs from CTM to respond to a tunnel request.',
    ],
    run(c, g) {
      if (g.step !== 'Load IPSEC key material') return [];
      // The ASA reports the installed SAs with their SPIs (`Received PFKEY add/update SA`); IOS
      // loads them here, after IKE_AUTH carried SA/TSi/TSr without an error notify.
      if ((c.platform() ?? c.sa()?.platform) === 'ios') return childUp(c, 'Load IPSEC key material');
      return [c.ev('child.initiate', {})];
    },
  },
];

const ALL: readonly Spec[] = [
  ...trace,
  ...packets,
  ...proposals,
  ...nat,
  ...notifies,
  ...auth,
  ...config,
  ...lifecycle,
];

// The catch-all of progress steps goes last: a step that is also a pattern of its own (e.g.
// `CONNECTION STATUS: REGISTERED`, `Received XML message`) is claimed there first.
export const CISCO_PATTERNS: readonly CiscoPattern[] = [...ALL, ...steps].map(def);
