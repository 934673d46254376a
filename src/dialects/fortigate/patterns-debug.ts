// FortiGate `diagnose debug application ike -1` messages (after the `ike 0:NAME:SERIAL:` prefix).
//
// Sources of the wordings (quoted as samples below):
//  - Fortinet community "Technical Tip: Incoming proposal ID remains the same" (FortiOS 7.x,
//    console timestamps): the `incoming proposal:` block with `proposal id = 0:`, `protocol id =
//    ISAKMP:`, `trans_id = KEY_IKE.`, `encapsulation = IKE/none`, `type=OAKLEY_ENCRYPT_ALG,
//    val=AES_CBC, key-len=256`, `type=OAKLEY_HASH_ALG, val=SHA.`, `type=AUTH_METHOD,
//    val=PRESHARED_KEY_XAUTH_I.`, `type=OAKLEY_GROUP, val=MODP1024.`, `ISAKMP SA lifetime=86400`;
//  - a pastebin console capture (FortiOS 6.x): `ike 0: comes ...:500->...:500,ifindex=5....`,
//    `ike 0: IKEv1 exchange=Identity Protection id=.../... len=280`, `responder: main mode get 1st
//    message...`, `VID RFC 3947 4A13...`;
//  - an Azure/FortiGate lab write-up: `sent IKE msg (keepalive): ...:4500->...:4500, len=1,
//    id=.../...`, `IPsec SA connect 3 10.0.0.15->94.245.93.197:4500 negotiating`, `using existing
//    connection`, `config found`; a FortiOS 7.4 capture: `processing notify type
//    NO_PROPOSAL_CHOSEN`, `received SA_INIT error notify response, abort`, `IKEv2
//    exchange=SA_INIT_RESPONSE`, `my proposal, gw NAME:`, `Negotiate SA Error: peer SA proposal not
//    match local policy`;
//  - a FortiGate lab (FortiOS 7.6): `responder: main mode get 3rd message...`, `parse error`,
//    `probable pre-shared secret mismatch`, `sent IKE msg (P1_RETRANSMIT)`; an NSE4 question:
//    `sent IKE msg (R-U-THERE-ACK)`.
// Wordings marked "assumed" follow the same grammar (FortiOS ike daemon) but were not found in a
// public capture; they are kept narrow so that they cannot claim other lines.
import type { PatternSpec } from '../../core/dialect.js';
import type { EventDraft } from '../../core/model.js';
import type { ExchangeName } from '../../core/ike-tables.js';
import { notifyName } from '../../core/ike-tables.js';
import { ep, isChild } from './common.js';

/** An address as FortiOS prints it before `:port` (IPv4, or a hand-masked `x.x.x.x`). */
const A = '[0-9A-Za-z.%]{1,64}';
const HEX16 = '[0-9a-fA-F]{16}';

const re = (src: string): RegExp => new RegExp(src);

/** FortiOS's message names of `sent IKE msg (...)` onto exchanges (and IKEv1 message numbers). */
export function exchangeOf(what: string, version?: 1 | 2): { exchange?: ExchangeName; msgNo?: number; ikeVersion?: 1 | 2 } {
  const w = what.toLowerCase();
  if (version === 1 && w.startsWith('info')) return { exchange: 'INFORMATIONAL_V1', ikeVersion: 1 };
  const v1 = /^(ident|aggr|quick)_([ir])(\d)/.exec(w);
  if (v1) {
    const n = Number(v1[3]);
    const msgNo = v1[1] === 'aggr' ? n * 2 - (v1[2] === 'i' ? 1 : 0) : n * 2 - (v1[2] === 'i' ? 1 : 0);
    const exchange: ExchangeName = v1[1] === 'ident' ? 'MAIN_MODE' : v1[1] === 'aggr' ? 'AGGRESSIVE_MODE' : 'QUICK_MODE';
    return { exchange, msgNo, ikeVersion: 1 };
  }
  if (w.startsWith('sa_init') || w.includes('sa_init')) return { exchange: 'IKE_SA_INIT', ikeVersion: 2 };
  if (w.startsWith('auth')) return { exchange: 'IKE_AUTH', ikeVersion: 2 };
  if (w.startsWith('create_child')) return { exchange: 'CREATE_CHILD_SA', ikeVersion: 2 };
  // `INFORMATIONAL` names the IKEv2 exchange and the IKEv1 one alike: the version must come from elsewhere.
  if (w.startsWith('informational')) return version === 2 ? { exchange: 'INFORMATIONAL', ikeVersion: 2 } : {};
  if (w.startsWith('identity protection')) return { exchange: 'MAIN_MODE', ikeVersion: 1 };
  if (w.startsWith('aggressive')) return { exchange: 'AGGRESSIVE_MODE', ikeVersion: 1 };
  if (w.startsWith('quick')) return { exchange: 'QUICK_MODE', ikeVersion: 1 };
  return {};
}

const NTH: Record<string, number> = { '1st': 1, '2nd': 2, '3rd': 3, '4th': 4, '5th': 5, '6th': 6 };

function scopeOf(base: Partial<EventDraft>): 'ike' | 'child' {
  return isChild(base) ? 'child' : 'ike';
}

export const DEBUG_PATTERNS: readonly PatternSpec[] = [
  {
    id: 'comes',
    needle: 'comes ',
    regex: re(String.raw`^comes (?<src>${A}):(?<sport>\d{1,5})->(?<dst>${A}):(?<dport>\d{1,5}),ifindex=(?<ifindex>\d{1,6})`),
    samples: [
      'ESQ7390 # ike 0: comes 203.0.113.45:500->192.168.68.99:500,ifindex=5....',
      'ike 0: comes 203.0.113.45:500->198.51.100.10:500,ifindex=3....',
      'ike V=root:0: comes 4.157.90.69:500->99.61.178.164:500,ifindex=7,vrf=0....',
    ],
    events: (g) => [{ kind: 'msg.received', direction: 'in', remote: ep(g.src, g.sport), local: ep(g.dst, g.dport) }],
  },
  {
    id: 'exchange',
    needle: ' exchange=',
    regex: re(
      String.raw`^IKEv(?<v>[12]) exchange=(?<xchg>[A-Za-z_]{2,30}(?: [A-Za-z_]{2,30})?)(?: id=(?<ispi>${HEX16})\/(?<rspi>${HEX16})(?::(?<mid>[0-9a-fA-F]{8}))?)?(?: len=(?<len>\d{1,6}))?`,
    ),
    samples: [
      'ike 0: IKEv1 exchange=Identity Protection id=9ee3e9830749d2a6/0000000000000000 len=280',
      'ike V=root:0: IKEv2 exchange=SA_INIT_RESPONSE',
      'ike 0: IKEv2 exchange=AUTH id=5f2d1c8a9b3e4f60/a1b2c3d4e5f60718:00000001 len=256',
    ],
    events: (g) => {
      const v = g.v === '2' ? 2 : 1;
      const x = exchangeOf(g.xchg ?? '', v);
      return [
        {
          kind: 'msg.received',
          direction: 'in',
          ikeVersion: v,
          ...(x.exchange ? { exchange: x.exchange } : {}),
          ...(g.ispi ? { ikeSpiI: g.ispi.toLowerCase() } : {}),
          ...(g.rspi ? { ikeSpiR: g.rspi.toLowerCase() } : {}),
          ...(g.mid ? { messageId: parseInt(g.mid, 16) } : {}),
          ...(/response/i.test(g.xchg ?? '') ? { details: { response: true } } : {}),
        },
      ];
    },
  },
  {
    id: 'hex-dump',
    regex: /^(?:in|out) [0-9A-F]{2}/,
    samples: [
      'ike 0: in 9EE3E9830749D2A600000000000000000110020000000000000001180D000064000000010000000100000058010100020300002801010000800B0001000C00040001518080010007800E00808',
      'ike 0:toAzure:125: out FF',
    ],
    events: () => [],
  },
  {
    id: 'mode-msg',
    needle: ' mode ',
    regex: /^(?<role>responder|initiator): (?<mode>main|aggressive) mode (?<verb>get|is sending) (?<nth>1st|2nd|3rd|4th|5th|6th) message/,
    samples: [
      'ike 0:9ee3e9830749d2a6/0000000000000000:26: responder: main mode get 1st message...',
      'ike 0:to-fgt2: responder: main mode get 3rd message...',
      'ike 0:HQ-BRANCH:7: initiator: main mode is sending 1st message...',
    ],
    events: (g) => {
      const mode = g.mode === 'aggressive' ? 'aggressive' : 'main';
      const exchange: ExchangeName = mode === 'aggressive' ? 'AGGRESSIVE_MODE' : 'MAIN_MODE';
      const role = g.role === 'initiator' ? 'initiator' : 'responder';
      const k = NTH[g.nth ?? '1st'] ?? 1;
      // FortiOS counts the messages of one side: the responder's 3rd received is main mode 5,
      // the initiator's 2nd received is main mode 4.
      const fromInitiator = (role === 'responder') === (g.verb === 'get');
      const msgNo = fromInitiator ? k * 2 - 1 : k * 2;
      const msg: EventDraft = {
        kind: g.verb === 'get' ? 'msg.received' : 'msg.sent',
        direction: g.verb === 'get' ? 'in' : 'out',
        ikeVersion: 1,
        exchange,
        mode,
        msgNo,
        role,
      };
      if (k === 1) return [{ kind: role === 'initiator' ? 'ike.initiate' : 'ike.respond', ikeVersion: 1, exchange, mode, role }, msg];
      return [msg];
    },
  },
  {
    id: 'v2-received',
    needle: ' received ',
    regex: /^(?<role>responder|initiator) received (?<what>SA_INIT|AUTH|CREATE_CHILD|INFORMATIONAL)(?: (?<kind>msg|response|request))?$/,
    samples: [
      'ike 0:HQ-AWS:12: responder received SA_INIT msg',
      'ike 0:HQ-AWS:12: initiator received SA_INIT response',
      'ike 0:HQ-AWS:12: responder received AUTH msg',
    ],
    events: (g) => {
      const x = exchangeOf(g.what ?? '');
      const role = g.role === 'initiator' ? 'initiator' : 'responder';
      const msg: EventDraft = {
        kind: 'msg.received',
        direction: 'in',
        ikeVersion: 2,
        role,
        ...(x.exchange ? { exchange: x.exchange } : {}),
        ...(role === 'initiator' ? { details: { response: true } } : {}),
      };
      if (role === 'responder' && g.what === 'SA_INIT')
        return [{ kind: 'ike.respond', ikeVersion: 2, exchange: 'IKE_SA_INIT', role }, msg];
      return [msg];
    },
  },
  {
    id: 'sent-msg',
    needle: 'sent IKE msg (',
    regex: re(
      String.raw`^sent IKE msg \((?<what>[A-Za-z0-9_-]{1,40})\): (?<src>${A}):(?<sport>\d{1,5})->(?<dst>${A}):(?<dport>\d{1,5})(?:, len=(?<len>\d{1,6}))?(?:, (?:vrf=\d{1,4}, )?id=(?<ispi>${HEX16})\/(?<rspi>${HEX16})(?::(?<mid>[0-9a-fA-F]{8}))?)?`,
    ),
    samples: [
      'ike 0:toAzure:125: sent IKE msg (keepalive): 10.0.0.15:4500->94.245.93.197:4500, len=1, id=ff00000000000000/0000000000000000',
      'ike 0:to-fgt1:7: sent IKE msg (P1_RETRANSMIT): 198.51.100.2:500->203.0.113.9:500, len=380, id=7a3c9e5d21f04b6a/0000000000000000',
      'ike 0:HQ-AWS:12: sent IKE msg (SA_INIT_RESPONSE): 203.0.113.10:500->198.51.100.7:500, len=338, id=5f2d1c8a9b3e4f60/a1b2c3d4e5f60718',
      'ike 0:Remote_1:10: sent IKE msg (R-U-THERE-ACK): 203.0.113.10:4500->198.51.100.7:4500, len=92, id=5f2d1c8a9b3e4f60/a1b2c3d4e5f60718:7f3e0a11',
    ],
    events: (g) => {
      const what = g.what ?? '';
      const ends = { local: ep(g.src, g.sport), remote: ep(g.dst, g.dport) };
      const spis = {
        ...(g.ispi && !/^f{2}0{14}$/i.test(g.ispi) ? { ikeSpiI: g.ispi.toLowerCase() } : {}),
        ...(g.rspi ? { ikeSpiR: g.rspi.toLowerCase() } : {}),
        ...(g.mid ? { messageId: parseInt(g.mid, 16) } : {}),
      };
      if (/keepalive/i.test(what)) return [];
      const x = exchangeOf(what.replace(/^RETRANSMIT_|_RETRANSMIT$/i, ''));
      if (/RETRANSMIT/i.test(what))
        return [
          {
            kind: 'msg.retransmit',
            direction: 'out',
            ...ends,
            ...spis,
            ...(x.exchange ? { exchange: x.exchange } : what.startsWith('P1') ? { exchange: 'MAIN_MODE' } : {}),
            ...(x.ikeVersion ? { ikeVersion: x.ikeVersion } : {}),
          },
        ];
      if (/R-U-THERE/i.test(what)) return [{ kind: 'info', ...ends, details: { dpd: what } }];
      const sent: EventDraft = {
        kind: 'msg.sent',
        direction: 'out',
        ...ends,
        ...spis,
        ...(x.exchange ? { exchange: x.exchange } : {}),
        ...(x.msgNo !== undefined ? { msgNo: x.msgNo } : {}),
        ...(x.ikeVersion ? { ikeVersion: x.ikeVersion } : {}),
        ...(/response/i.test(what) ? { details: { response: true } } : {}),
      };
      if (what === 'SA_INIT' || /^(?:ident|aggr)_i1send$/i.test(what))
        return [{ kind: 'ike.initiate', role: 'initiator', ...ends, ...(x.exchange ? { exchange: x.exchange } : {}), ...(x.ikeVersion ? { ikeVersion: x.ikeVersion } : {}) }, sent];
      return [sent];
    },
  },
  {
    id: 'vid',
    needle: 'VID ',
    regex: /^VID (?<vid>[^\n]{1,120})$/,
    samples: [
      'ike 0:9ee3e9830749d2a6/0000000000000000:26: VID RFC 3947 4A131C81070358455C5728F20E95452F',
      'ike 0:9ee3e9830749d2a6/0000000000000000:26: VID draft-ietf-ipsec-nat-t-ike-02 CD60464335DF21F87CFDB2FC68B6A448',
    ],
    events: (g) => [{ kind: 'vendor-id', details: { vendorId: (g.vid ?? '').replace(/\s[0-9A-F]{16,64}$/, '') } }],
  },
  // ---- proposal blocks (accumulated by the parser in index.ts) ----
  {
    id: 'prop-incoming',
    regex: /^incoming proposal(?: from (?<from>[^:]{1,64}))?:$/,
    samples: [
      '2025-02-28 10:28:08.260710 ike 5:d1ae31d584881057/0000000000000000:2086423: incoming proposal:',
      'ike 0:HQ-BRANCH:26: incoming proposal:',
    ],
    events: () => [],
  },
  {
    id: 'prop-mine',
    needle: 'my proposal',
    regex: /^my proposal, gw (?<gw>[^:\s]{1,64}):$/,
    samples: ['ike V=root:0: my proposal, gw 40F_Azure_Tunn:', 'ike 0:HQ-BRANCH:26: my proposal, gw HQ-BRANCH:'],
    events: () => [],
  },
  {
    id: 'prop-result',
    regex: /^negotiation result$/,
    samples: ['ike 0:HQ-BRANCH:26: negotiation result'],
    events: () => [],
  },
  {
    id: 'prop-id',
    needle: 'proposal id = ',
    regex: /^proposal id = (?<pid>\d{1,3}):$/,
    samples: [
      '2025-02-28 10:28:08.260716 ike 5:d1ae31d584881057/0000000000000000:2086423: proposal id = 0:',
      'ike 0:HQ-BRANCH:26: proposal id = 1:',
    ],
    events: () => [],
  },
  {
    id: 'prop-protocol',
    needle: 'protocol',
    regex: /^protocol(?: id)? = (?<proto>\w{2,20}):$/,
    samples: [
      '2025-02-28 10:28:08.260721 ike 5:d1ae31d584881057/0000000000000000:2086423: protocol id = ISAKMP:',
      'ike 0:HQ-BRANCH:27:HQ-BRANCH-P2:5:   protocol id = IPSEC_ESP:',
      'ike 0:HQ-AWS:12:   protocol = IKEv2:',
    ],
    events: () => [],
  },
  {
    id: 'prop-trans',
    needle: 'trans_id = ',
    regex: /^trans_id = (?<trans>[A-Z0-9_]{2,40})(?: \(key_len = (?<klen>\d{1,4})\))?\.?$/,
    samples: [
      '2025-02-28 10:28:08.260727 ike 5:d1ae31d584881057/0000000000000000:2086423: trans_id = KEY_IKE.',
      'ike 0:HQ-BRANCH:27:HQ-BRANCH-P2:5:      trans_id = ESP_AES_CBC (key_len = 128)',
    ],
    events: () => [],
  },
  {
    id: 'prop-encap',
    needle: 'encapsulation = ',
    regex: /^encapsulation = (?<encap>[\w/]{1,60})$/,
    samples: [
      '2025-02-28 10:28:08.260731 ike 5:d1ae31d584881057/0000000000000000:2086423: encapsulation = IKE/none',
      'ike 0:HQ-BRANCH:27:HQ-BRANCH-P2:5:      encapsulation = ENCAPSULATION_MODE_TUNNEL',
    ],
    events: () => [],
  },
  {
    id: 'prop-attr',
    needle: 'type',
    regex: /^type ?= ?(?<type>[A-Z0-9_]{2,40}), ?val ?= ?(?<val>\w{1,60})(?:, key-len=(?<klen>\d{1,4})| \(key_len = (?<klen2>\d{1,4})\))?\.?$/,
    samples: [
      '2025-02-28 10:28:08.260736 ike 5:d1ae31d584881057/0000000000000000:2086423: type=OAKLEY_ENCRYPT_ALG, val=AES_CBC, key-len=256',
      '2025-02-28 10:28:08.260742 ike 5:d1ae31d584881057/0000000000000000:2086423: type=OAKLEY_HASH_ALG, val=SHA.',
      '2025-02-28 10:28:08.260747 ike 5:d1ae31d584881057/0000000000000000:2086423: type=AUTH_METHOD, val=PRESHARED_KEY_XAUTH_I.',
      '2025-02-28 10:28:08.260751 ike 5:d1ae31d584881057/0000000000000000:2086423: type=OAKLEY_GROUP, val=MODP1024.',
      'ike 0:HQ-AWS:12:         type=ENCR, val=AES_CBC (key_len = 256)',
      'ike 0:HQ-BRANCH:27:HQ-BRANCH-P2:5:         type = AUTH_ALG, val=SHA2_256',
    ],
    events: () => [],
  },
  {
    id: 'prop-lifetime',
    needle: 'lifetime=',
    regex: /^(?:ISAKMP SA )?lifetime=(?<life>\d{1,10})$/,
    samples: ['2025-02-28 10:28:08.260756 ike 5:d1ae31d584881057/0000000000000000:2086423: ISAKMP SA lifetime=86400'],
    events: () => [],
  },
  {
    id: 'prop-pfs',
    needle: 'PFS DH group',
    regex: /^PFS DH group = (?<grp>\d{1,3})$/,
    samples: ['ike 0:HQ-BRANCH:27:HQ-BRANCH-P2:5:   PFS DH group = 14'],
    events: () => [],
  },
  {
    id: 'prop-matched',
    needle: 'matched proposal id',
    regex: /^matched proposal id (?<pid>\d{1,3})$/,
    samples: ['ike 0:HQ-AWS:12: matched proposal id 1'],
    events: () => [],
  },
  // ---- IKE SA ----
  {
    id: 'isakmp-sa',
    needle: 'SA ',
    regex: re(String.raw`^(?:ISAKMP|IKE) SA (?<ispi>${HEX16})\/(?<rspi>${HEX16}) (?:key \d{1,3}:|SK_)`),
    samples: [
      'ike 0:HQ-BRANCH:26: ISAKMP SA 9ee3e9830749d2a6/51c7d0e4a8b2f391 key 16:A1B2C3D4E5F60718293A4B5C6D7E8F90',
      'ike 0:HQ-AWS:12: IKE SA 5f2d1c8a9b3e4f60/a1b2c3d4e5f60718 SK_ei 32:0A1B2C3D4E5F60718293A4B5C6D7E8F90A1B2C3D4E5F60718293A4B5C6D7E8F',
    ],
    events: (g) => [{ kind: 'ike.state', state: 'keys', ikeSpiI: (g.ispi ?? '').toLowerCase(), ikeSpiR: (g.rspi ?? '').toLowerCase() }],
  },
  {
    id: 'established',
    needle: 'established IKE SA',
    regex: re(String.raw`^established IKE SA (?<ispi>${HEX16})\/(?<rspi>${HEX16})`),
    samples: ['ike 0:HQ-BRANCH:26: established IKE SA 9ee3e9830749d2a6/51c7d0e4a8b2f391'],
    events: (g) => [{ kind: 'ike.established', ikeSpiI: (g.ispi ?? '').toLowerCase(), ikeSpiR: (g.rspi ?? '').toLowerCase() }],
  },
  {
    id: 'auth-ok',
    regex: /^(?<what>PSK authentication succeeded|authentication OK|authentication succeeded|auth verify done)$/,
    samples: ['ike 0:HQ-BRANCH:26: PSK authentication succeeded', 'ike 0:HQ-BRANCH:26: authentication OK', 'ike 0:HQ-AWS:12: auth verify done'],
    events: (g) => [{ kind: 'ike.auth.ok', ...(g.what?.startsWith('PSK') ? { details: { method: 'psk' } } : {}) }],
  },
  {
    // assumed: the IKEv2 wording of a failed AUTH check
    id: 'auth-failed',
    regex: /^(?<what>auth verify failed|authentication failed|AUTH verification failed|peer auth failed)(?:: (?<why>[^\n]{1,120}))?$/,
    samples: ['ike 0:HQ-AWS:12: auth verify failed', 'ike 0:HQ-AWS:12: peer auth failed: preshared key mismatch'],
    events: (g) => {
      const why = g.why ?? g.what ?? '';
      if (/pre-?shared|psk/i.test(why)) return [{ kind: 'psk.mismatch', reason: why }];
      return [{ kind: 'ike.auth.failed', reason: why }];
    },
  },
  {
    id: 'psk-mismatch',
    needle: 'pre-shared secret mismatch',
    regex: /^probable pre-shared secret mismatch/,
    samples: ['ike 0:to-fgt2: probable pre-shared secret mismatch', 'ike 0:HQ-BRANCH:26: probable pre-shared secret mismatch'],
    events: () => [{ kind: 'psk.mismatch', ikeVersion: 1, reason: 'probable pre-shared secret mismatch' }],
  },
  {
    id: 'parse-error',
    regex: /^parse error$/,
    samples: ['ike 0:to-fgt2: parse error'],
    events: () => [{ kind: 'msg.invalid', reason: 'parse error' }],
  },
  {
    id: 'peer-id',
    needle: 'peer identifier',
    regex: /^(?:received )?peer identifier (?<idtype>[A-Z0-9_]{2,20}) '(?<id>[^']{1,200})'/,
    samples: ["ike 0:HQ-AWS:12: peer identifier IPV4_ADDR '198.51.100.7'"],
    events: (g) => [{ kind: 'ike.peer-id', remote: { id: g.id ?? '' } }],
  },
  {
    id: 'nat',
    needle: 'NAT ',
    regex: /^(?:NAT detected: (?<where>ME PEER|ME|PEER)|NAT not detected|no NAT detected)/,
    samples: ['ike 0:HQ-AWS:12: NAT detected: ME PEER', 'ike 0:HQ-AWS:12: NAT detected: PEER', 'ike 0:HQ-BRANCH:26: NAT not detected'],
    events: (g) => [
      {
        kind: 'nat.detected',
        details: { where: g.where === 'ME PEER' ? 'both' : g.where === 'ME' ? 'local' : g.where === 'PEER' ? 'remote' : 'none' },
      },
    ],
  },
  // ---- failures ----
  {
    id: 'no-proposal',
    needle: 'proposal chosen',
    regex: /^no SA proposal chosen/,
    samples: [
      'ike 0:HQ-BRANCH:26: no SA proposal chosen',
      'ike Negotiate ISAKMP SA Error: ike 0:HQ-BRANCH:26: no SA proposal chosen',
      'ike 0:HQ-BRANCH:27:HQ-BRANCH-P2:5: no SA proposal chosen',
    ],
    events: (_g, _r, base) => [{ kind: 'proposal.none', scope: scopeOf(base), reason: 'no SA proposal chosen' }],
  },
  {
    id: 'proposal-not-match',
    needle: 'proposal not match',
    regex: /^(?:Negotiate (?:ISAKMP |IPsec )?SA Error: )?peer SA proposal not match local policy/,
    samples: [
      'ike V=root:0: Negotiate SA Error: peer SA proposal not match local policy',
      'ike 0:HQ-BRANCH:26: peer SA proposal not match local policy',
    ],
    events: (_g, _r, base) => [{ kind: 'proposal.none', scope: scopeOf(base), reason: 'peer SA proposal not match local policy' }],
  },
  {
    // assumed (quoted by a third-party runbook, not a capture)
    id: 'no-suitable-proposal',
    needle: 'no suitable proposal',
    regex: /^no suitable proposal found/,
    samples: ['ike 0:TUN-SOLVENET:1234: no suitable proposal found'],
    events: (_g, _r, base) => [{ kind: 'proposal.none', scope: scopeOf(base), reason: 'no suitable proposal found' }],
  },
  {
    id: 'negotiation-failure',
    regex: /^negotiation failure$/,
    samples: ['ike 0:TUN-SOLVENET: negotiation failure', 'ike 0:HQ-BRANCH:26: negotiation failure'],
    events: () => [{ kind: 'ike.state', state: 'failed', reason: 'negotiation failure' }],
  },
  {
    // assumed
    id: 'negotiation-timeout',
    needle: 'timeout',
    regex: /^negotiation timeout(?:, deleting)?/,
    samples: ['ike 0:HQ-BRANCH:7: negotiation timeout, deleting'],
    events: (_g, _r, base) => [
      isChild(base)
        ? { kind: 'child.failed', reason: 'negotiation timeout' }
        : { kind: 'ike.timeout', reason: 'negotiation timeout' },
    ],
  },
  {
    id: 'notify-processing',
    needle: 'notify type ',
    regex: /^(?:processing|received) notify type (?<name>[A-Z][A-Z0-9_-]{2,60})/,
    samples: [
      'ike V=root:0:40F_Azure_Tunn:3071: processing notify type NO_PROPOSAL_CHOSEN',
      'ike 0:HQ-AWS:12: received notify type AUTHENTICATION_FAILED',
      'ike 0:HQ-AWS:12: processing notify type NAT_DETECTION_SOURCE_IP',
      'ike 0:HQ-AWS:12:HQ-AWS-P2:3: received notify type TS_UNACCEPTABLE',
    ],
    events: (g, _r, base) => {
      const name = notifyName(g.name ?? '');
      if (/^NAT_DETECTION|^FRAGMENTATION_SUPPORTED|^SIGNATURE_HASH/.test(name)) return [];
      return [{ kind: 'notify.received', notify: name, ...(isChild(base) ? { scope: 'child' as const } : {}) }];
    },
  },
  {
    id: 'error-notify-abort',
    needle: 'error notify',
    regex: /^received (?<what>SA_INIT|AUTH|CREATE_CHILD|INFORMATIONAL) error notify response, abort/,
    samples: ['ike V=root:0:40F_Azure_Tunn:3071: received SA_INIT error notify response, abort'],
    events: (g) => [{ kind: 'ike.state', state: 'aborted', reason: `${g.what ?? ''} error notify response` }],
  },
  {
    // assumed
    id: 'notify-send',
    regex: /^(?:sending|send) (?:NOTIFY msg|notify)(?: type)?:? ?(?<name>[A-Z][A-Z0-9_-]{2,60})?$/,
    samples: ['ike 0:HQ-BRANCH:26: sending NOTIFY msg', 'ike 0:HQ-AWS:12: send notify type TS_UNACCEPTABLE'],
    events: (g, _r, base) => [
      { kind: 'notify.sent', ...(g.name ? { notify: notifyName(g.name) } : {}), ...(isChild(base) ? { scope: 'child' as const } : {}) },
    ],
  },
  {
    // assumed
    id: 'no-gateway',
    needle: 'gateway',
    regex: /^(?:no matching gateway for new request|no gateway found|peer is not configured)/,
    samples: ['ike 0: no matching gateway for new request'],
    events: () => [{ kind: 'peer.not-configured', reason: 'no matching gateway for new request' }],
  },
  {
    // assumed
    id: 'dpd-failed',
    regex: /^(?:DPD|dpd) (?:failed|failure|timeout|timed out|peer dead)/,
    samples: ['ike 0:HQ-BRANCH:26: DPD failed', 'ike 0:HQ-BRANCH: dpd failure'],
    events: () => [{ kind: 'dpd.dead', reason: 'DPD failed' }],
  },
  // ---- phase 2 / child SA ----
  {
    id: 'p2-connect',
    needle: 'IPsec SA connect ',
    regex: re(String.raw`^IPsec SA connect (?<ifidx>\d{1,6}) (?<src>${A})->(?<dst>${A}):(?<dport>\d{1,5})(?<neg> negotiating)?$`),
    samples: [
      'ike 0:toAzure:azurephase2: IPsec SA connect 3 10.0.0.15->94.245.93.197:4500',
      'ike 0:toAzure:azurephase2: IPsec SA connect 3 10.0.0.15->94.245.93.197:4500 negotiating',
    ],
    // The trigger of a negotiation (phase 1 first when no IKE SA is up): no child SA exchange yet.
    events: (g) => (g.neg ? [{ kind: 'info', local: ep(g.src), remote: ep(g.dst, g.dport), details: { trigger: 'IPsec SA connect' } }] : []),
  },
  {
    id: 'p2-housekeeping',
    regex: /^(?:using existing connection|config found|using new connection|cached as [a-z-]{1,40})$/,
    samples: ['ike 0:toAzure:azurephase2: using existing connection', 'ike 0:toAzure:azurephase2: config found', 'ike 0:toAzure: cached as static-ddns'],
    events: () => [],
  },
  {
    id: 'no-phase2',
    needle: 'phase2',
    regex: /^no matching phase2 found/,
    samples: ['ike 0:HQ-BRANCH:27:: no matching phase2 found', 'ike 0:HQ-BRANCH:27: no matching phase2 found'],
    events: () => [{ kind: 'ts.mismatch', scope: 'child', reason: 'no matching phase2 found' }],
  },
  {
    id: 'p2-proposal-failed',
    needle: 'proposal',
    regex: /^failed to (?<what>match IPsec proposal|get responder proposal|get a proposal chosen)/,
    samples: ['ike 0:HQ-BRANCH:27: failed to get responder proposal', 'ike 0:HQ-BRANCH:27:HQ-BRANCH-P2:5: failed to match IPsec proposal'],
    events: (g) =>
      g.what === 'match IPsec proposal'
        ? [{ kind: 'proposal.none', scope: 'child', reason: 'failed to match IPsec proposal' }]
        : [{ kind: 'child.failed', reason: `failed to ${g.what ?? ''}` }],
  },
  {
    id: 'ts-selectors',
    regex: re(String.raw`^(?<which>src|dst) \d{1,3} \d{1,3} \d{1,5}:(?<from>${A})-(?<to>${A}):\d{1,5}$`),
    samples: ['ike 0:HQ-BRANCH:27:HQ-BRANCH-P2:5: src 0 7 0:10.1.1.0-10.1.1.255:0', 'ike 0:HQ-BRANCH:27:HQ-BRANCH-P2:5: dst 0 7 0:10.2.2.0-10.2.2.255:0'],
    events: () => [],
  },
  {
    id: 'sa-key',
    needle: 'spi ',
    regex: /^IPsec SA (?<dir>dec|enc) spi (?<spi>[0-9a-f]{1,8}) key/,
    samples: ['ike 0:HQ-BRANCH:27:HQ-BRANCH-P2:5: IPsec SA dec spi c5c8cfc2 key 16:3B6F0F1D2A9C8E7F6A5B4C3D2E1F0A9B auth 32:0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF'],
    events: () => [],
  },
  {
    id: 'added-sa',
    needle: 'IPsec SA',
    regex: /^add(?<done>ed)? IPsec SA: SPIs=(?<in>[0-9a-f]{1,8})\/(?<out>[0-9a-f]{1,8})/,
    samples: [
      'ike 0:HQ-BRANCH:27:HQ-BRANCH-P2:5: added IPsec SA: SPIs=c5c8cfc2/c679466d',
      'ike 0:HQ-BRANCH:27:HQ-BRANCH-P2:5: add IPsec SA: SPIs=c5c8cfc2/c679466d',
    ],
    // FortiOS prints the inbound (decrypt) SPI first, as in `IPsec SA dec spi` / `enc spi`.
    events: (g) => (g.done ? [{ kind: 'child.established', spiIn: g.in ?? '', spiOut: g.out ?? '' }] : []),
  },
  {
    id: 'snmp-trap',
    needle: 'SNMP tunnel',
    regex: /^sending SNMP tunnel (?<updown>UP|DOWN) trap/,
    samples: ['ike 0:HQ-BRANCH:27:HQ-BRANCH-P2:5: sending SNMP tunnel UP trap', 'ike 0:HQ-BRANCH: sending SNMP tunnel DOWN trap'],
    events: (g) => [{ kind: g.updown === 'UP' ? 'tunnel.up' : 'tunnel.down' }],
  },
  {
    id: 'delete-sa',
    needle: 'delet',
    regex: /^(?:(?<peer>recv|received) (?<what1>ISAKMP SA|IPsec SA|IKE SA|IPsec) delete|(?:deleting|delete) (?<what2>IPsec SA|IKE SA|ISAKMP SA)(?: with SPI (?<spi>[0-9a-f]{1,8}))?|schedule delete of (?<what3>IKE SA|IPsec SA))/,
    samples: [
      'ike 0:HQ-BRANCH:26: recv ISAKMP SA delete 9ee3e9830749d2a6/51c7d0e4a8b2f391',
      'ike 0:HQ-BRANCH:HQ-BRANCH-P2: deleting IPsec SA with SPI c5c8cfc2',
      'ike 0:HQ-BRANCH:26: schedule delete of IKE SA 9ee3e9830749d2a6/51c7d0e4a8b2f391',
    ],
    events: (g) => {
      const what = g.what1 ?? g.what2 ?? g.what3 ?? '';
      const byPeer = g.peer !== undefined;
      const child = what.startsWith('IPsec');
      return [{ kind: child ? 'child.deleted' : 'ike.deleted', byPeer, ...(g.spi ? { spiIn: g.spi } : {}) }];
    },
  },
  {
    id: 'oper',
    regex: /^set oper (?<updown>up|down)$/,
    samples: ['ike 0:HQ-BRANCH: set oper up', 'ike 0:HQ-BRANCH: set oper down'],
    events: (g) => (g.updown === 'down' ? [{ kind: 'tunnel.down', reason: 'set oper down' }] : []),
  },
];
