// MikroTik RouterOS `ipsec` topic messages (`/log print`, the log buffer, remote syslog). RouterOS
// 6/7 IKEv1 is derived from racoon (ipsec-tools), so the IKEv1 wordings are racoon's; IKEv2 has
// RouterOS's own (`new ike2 SA`, `peer authorized`, `killing ike2 SA`).
//
// Sources (quoted as samples): RouterOS log-analysis scripts on GitHub that match on the real
// texts ("phase1 negotiation failed due to time up", "respond new phase 1 ", "failed to pre-process
// ph1 packet", "parsing packet failed, possible cause: wrong password", "identity not found",
// "killing ike2 SA" with the `...]-ADDR[...` endpoint form, "payload missing"); an Elastic ingest
// pipeline grok for RouterOS (`phase1 negotiation failed due to time up IP[port]<=>IP[port]
// cookie:cookie`); the MikroTik wiki ("phase1 negotiation failed due to time up" after masquerade);
// test rows of this repository's PAN-OS dialects ("17:12:32 ipsec,error 10.5.107.112 failed to get
// valid proposal.", "17:12:32 ipsec,error no suitable proposal found.", "17:21:08 ipsec rejected
// hashtype: DB(prop#1:trns#1):Peer(prop#1:trns#1) = MD5:SHA"); ipsec-tools' isakmp.c for the
// racoon texts ("phase2 negotiation failed due to time up", "DPD: remote ... seems to be dead",
// "fatal ... notify messsage, phase1 should be deleted"). Lines marked "assumed" follow the same
// grammar but were not found in a public capture.
import type { PatternSpec } from '../../core/dialect.js';
import type { Endpoint, EventDraft, ProposalParam } from '../../core/model.js';
import { notifyName } from '../../core/ike-tables.js';

const A = '[0-9A-Za-z.:%]{1,64}';
const PAIR = (sep: string): string => String.raw`(?<local>${A})\[(?<lport>\d{1,5})\]${sep}(?<remote>${A})\[(?<rport>\d{1,5})\]`;
const PEER = String.raw`(?:(?<peer>[^\s[\]]{1,64}) )?`;
const re = (src: string): RegExp => new RegExp(src);

export function ep(address?: string, port?: string): Endpoint {
  const e: Endpoint = {};
  if (address) e.address = address;
  if (port && /^\d{1,5}$/.test(port)) e.port = Number(port);
  return e;
}

const ends = (g: Record<string, string>): { local: Endpoint; remote: Endpoint } => ({ local: ep(g.local, g.lport), remote: ep(g.remote, g.rport) });
const conn = (g: Record<string, string>): Partial<EventDraft> => (g.peer ? { conn: g.peer } : {});

/**
 * IKE SPIs / cookies. They are not used as the attempt key: RouterOS names no connection, and the
 * lines that start an attempt carry no cookie, so a tunnel is the peer address.
 */
function cookies(ic?: string, rc?: string): Partial<EventDraft> {
  if (!ic || /^0+$/.test(ic)) return {};
  return { ikeSpiI: ic.toLowerCase(), ...(rc ? { ikeSpiR: rc.toLowerCase() } : {}) };
}

/** racoon's attribute names of `rejected <attr>: DB(...):Peer(...) = db:peer`. */
function paramOfAttr(attr: string): ProposalParam | undefined {
  switch (attr) {
    case 'enctype':
      return 'encryption';
    case 'encklen':
      return 'key_length';
    case 'hashtype':
      return 'integrity';
    case 'authmethod':
      return 'auth_method';
    case 'dh_group':
    case 'dhgroup':
      return 'dh_group';
    case 'lifetime':
      return 'lifetime';
    default:
      return undefined;
  }
}

export const MIKROTIK_PATTERNS: readonly PatternSpec[] = [
  {
    id: 'ph1-timeout',
    needle: 'phase1 negotiation failed due to time up',
    regex: re(String.raw`^phase1 negotiation failed due to time up(?:\.? ${PAIR('<=>')}(?: (?<ic>[0-9a-f]{16}):(?<rc>[0-9a-f]{16}))?)?`),
    samples: [
      '10:00:00 ipsec,error phase1 negotiation failed due to time up 10.9.139.97[500]<=>112.48.19.183[500] 9d3b0a5c8f3e0a1b:0000000000000000',
      '<131>Mar  1 10:00:30 MikroTik ipsec,error phase1 negotiation failed due to time up 172.22.2.3[500]<=>10.155.130.136[500] 4f1e2d3c4b5a6978:0000000000000000',
    ],
    events: (g) => [
      {
        kind: 'ike.timeout',
        ikeVersion: 1,
        ...ends(g),
        ...cookies(g.ic, g.rc),
        reason: 'phase1 negotiation failed due to time up',
        // A responder cookie of zeros: the peer never answered the first message.
        details: { afterFirstMessage: g.rc !== undefined && !/^0+$/.test(g.rc) },
      },
    ],
  },
  {
    id: 'ph2-timeout',
    needle: 'phase2 negotiation failed due to time up',
    regex: re(String.raw`^phase2 negotiation failed due to time up(?:[^\d\n]{0,30}${PAIR('<=>')})?`),
    samples: ['10:05:00 ipsec,error phase2 negotiation failed due to time up waiting for phase1. ESP 10.0.0.2[0]->10.0.0.1[0]'],
    events: (g) => [{ kind: 'child.failed', ...(g.remote ? ends(g) : {}), reason: 'phase2 negotiation failed due to time up' }],
  },
  {
    id: 'ph1-start',
    needle: 'new phase 1',
    regex: re(String.raw`^(?<dir>initiate|respond) new phase 1 (?:negotiation|\((?<mode>Identity Protection|Aggressive|Main)\)): ${PAIR('<=>')}`),
    samples: [
      '10:00:00 ipsec,info initiate new phase 1 (Identity Protection): 10.0.0.1[500]<=>10.0.0.2[500]',
      '10:00:00 ipsec,info respond new phase 1 (Identity Protection): 10.0.0.1[500]<=>10.0.0.2[500]',
      '10:00:00 ipsec,info initiate new phase 1 negotiation: 10.0.0.1[500]<=>10.0.0.2[500]',
    ],
    events: (g) => {
      const mode = g.mode === 'Aggressive' ? 'aggressive' : g.mode ? 'main' : undefined;
      const role = g.dir === 'initiate' ? 'initiator' : 'responder';
      return [
        {
          kind: role === 'initiator' ? 'ike.initiate' : 'ike.respond',
          role,
          ikeVersion: 1,
          ...ends(g),
          ...(mode ? { mode, exchange: mode === 'aggressive' ? 'AGGRESSIVE_MODE' : 'MAIN_MODE' } : {}),
        },
      ];
    },
  },
  {
    id: 'ph2-start',
    needle: 'new phase 2',
    regex: re(String.raw`^(?<dir>initiate|respond) new phase 2 negotiation: ${PAIR('<=>')}`),
    samples: ['10:00:01 ipsec,info initiate new phase 2 negotiation: 10.0.0.1[500]<=>10.0.0.2[500]'],
    events: (g) => [{ kind: 'child.initiate', role: g.dir === 'initiate' ? 'initiator' : 'responder', exchange: 'QUICK_MODE', ...ends(g) }],
  },
  {
    id: 'isakmp-established',
    needle: 'ISAKMP-SA established',
    regex: re(String.raw`^ISAKMP-SA established ${PAIR('-')} spi:(?<ic>[0-9a-f]{16}):(?<rc>[0-9a-f]{16})`),
    samples: ['10:00:01 ipsec,info ISAKMP-SA established 10.0.0.1[500]-10.0.0.2[500] spi:9d3b0a5c8f3e0a1b:6e7a0a3b0c1d2e3f'],
    events: (g) => [{ kind: 'ike.established', ikeVersion: 1, ...ends(g), ...cookies(g.ic, g.rc) }],
  },
  {
    id: 'isakmp-gone',
    needle: 'ISAKMP-SA ',
    regex: re(String.raw`^(?:ISAKMP-SA (?<what>deleted|expired)|purging ISAKMP-SA) ${PAIR('-')}(?: spi:(?<ic>[0-9a-f]{16}):(?<rc>[0-9a-f]{16}))?`),
    samples: [
      '11:00:00 ipsec,info ISAKMP-SA deleted 10.0.0.1[500]-10.0.0.2[500] spi:9d3b0a5c8f3e0a1b:6e7a0a3b0c1d2e3f rekey:1',
      '11:00:00 ipsec,info purging ISAKMP-SA 10.0.0.1[500]-10.0.0.2[500] spi=9d3b0a5c8f3e0a1b:6e7a0a3b0c1d2e3f.',
    ],
    events: (g) => (g.what === 'deleted' ? [{ kind: 'ike.deleted', byPeer: false, ...ends(g), ...cookies(g.ic, g.rc) }] : []),
  },
  {
    id: 'ipsec-established',
    needle: 'IPsec-SA established',
    regex: re(
      String.raw`^IPsec-SA established: (?<proto>ESP|AH)\/(?<encmode>Tunnel|Transport) (?<src>${A})\[(?<sport>\d{1,5})\]->(?<dst>${A})\[(?<dport>\d{1,5})\] spi=(?:(?<dec>\d{1,10})\()?(?:0x)?(?<spi>[0-9a-fA-F]{1,8})\)?`,
    ),
    samples: [
      '10:00:02 ipsec,info IPsec-SA established: ESP/Tunnel 10.0.0.2[500]->10.0.0.1[500] spi=0x1f2e3d4c',
      '10:00:02 ipsec,info IPsec-SA established: ESP/Tunnel 10.0.0.1[500]->10.0.0.2[500] spi=0xa9b8c7d6',
    ],
    // Direction is decided by the parser (index.ts) from the router's own addresses.
    events: (g) => [
      {
        kind: 'child.established',
        details: { src: g.src ?? '', dst: g.dst ?? '', spi: (g.spi ?? '').toLowerCase(), mode: (g.encmode ?? '').toLowerCase() },
      },
    ],
  },
  {
    id: 'ipsec-expired',
    needle: 'IPsec-SA expired',
    regex: /^IPsec-SA expired: (?<proto>ESP|AH)\/(?<encmode>Tunnel|Transport) /,
    samples: ['11:00:02 ipsec,info IPsec-SA expired: ESP/Tunnel 10.0.0.2[500]->10.0.0.1[500] spi=0x1f2e3d4c'],
    events: () => [],
  },
  {
    id: 'no-suitable-proposal',
    needle: 'no suitable proposal found',
    regex: /^no suitable proposal found\.?$/,
    samples: ['17:12:32 ipsec,error no suitable proposal found.'],
    events: () => [{ kind: 'proposal.none', reason: 'no suitable proposal found' }],
  },
  {
    id: 'failed-valid-proposal',
    needle: 'failed to get valid proposal',
    regex: re(String.raw`^(?<remote>${A}) failed to get valid proposal\.?$`),
    samples: ['17:12:32 ipsec,error 10.5.107.112 failed to get valid proposal.'],
    events: (g) => [{ kind: 'proposal.none', scope: 'ike', ikeVersion: 1, remote: ep(g.remote), reason: 'failed to get valid proposal' }],
  },
  {
    id: 'failed-preprocess',
    needle: 'failed to pre-process ph',
    regex: re(String.raw`^(?<remote>${A}) failed to pre-process ph(?<ph>[12]) packet(?: \(side: (?<side>\d), status:? ?(?<status>\d{1,2})\))?`),
    samples: [
      '17:12:32 ipsec,error 10.5.107.112 failed to pre-process ph1 packet (side: 1, status 1).',
      '17:12:40 ipsec,error 10.5.107.112 failed to pre-process ph2 packet (side: 1, status: 1).',
    ],
    events: (g) =>
      g.ph === '2'
        ? [{ kind: 'child.failed', remote: ep(g.remote), reason: 'failed to pre-process ph2 packet' }]
        : [{ kind: 'msg.invalid', remote: ep(g.remote), reason: 'failed to pre-process ph1 packet' }],
  },
  {
    id: 'phase1-failed',
    needle: 'phase1 negotiation failed',
    regex: re(String.raw`^(?<remote>${A}) phase1 negotiation failed\.?$`),
    samples: ['17:12:32 ipsec,error 10.5.107.112 phase1 negotiation failed.'],
    events: (g) => [{ kind: 'ike.state', state: 'failed', remote: ep(g.remote), reason: 'phase1 negotiation failed' }],
  },
  {
    id: 'wrong-password',
    needle: 'wrong password',
    regex: re(String.raw`^(?:(?<remote>${A}) )?parsing packet failed, possible cause: wrong password`),
    samples: ['09:13:02 ipsec,error 198.51.100.7 parsing packet failed, possible cause: wrong password'],
    events: (g) => [{ kind: 'psk.mismatch', ...(g.remote ? { remote: ep(g.remote) } : {}), reason: 'parsing packet failed, possible cause: wrong password' }],
  },
  {
    id: 'identity-not-found',
    needle: 'identity not found',
    regex: /^identity not found(?<tail>[^\n]{0,300})$/,
    samples: ['09:20:11 ipsec,error identity not found', '09:20:11 ipsec,error identity not found for peer: ADDR4: 198.51.100.7'],
    events: (g) => [{ kind: 'id.mismatch', reason: `identity not found${g.tail ?? ''}`.trim() }],
  },
  {
    id: 'id-vs-cert',
    needle: 'does not match certificate',
    regex: /^peer's ID does not match certificate/,
    samples: ["09:21:00 ipsec,error peer's ID does not match certificate"],
    events: () => [{ kind: 'id.mismatch', reason: "peer's ID does not match certificate" }],
  },
  {
    // assumed beyond "new ike2 SA": the endpoint form of `killing ike2 SA`
    id: 'ike2-new',
    needle: 'new ike2 SA',
    regex: re(String.raw`^new ike2 SA \((?<role>I|R)\): ${PEER}${PAIR('-')} spi:(?<ic>[0-9a-f]{16}):(?<rc>[0-9a-f]{16})`),
    samples: [
      '09:20:10 ipsec,info new ike2 SA (I): 203.0.113.5[500]-198.51.100.7[500] spi:8a3b5c7d9e1f2a4b:0000000000000000',
      '09:20:10 ipsec,info new ike2 SA (R): peer-branch 203.0.113.5[500]-198.51.100.7[500] spi:2c4e6a8b0d1f3e5a:8a3b5c7d9e1f2a4b',
    ],
    events: (g) => {
      const role = g.role === 'I' ? 'initiator' : 'responder';
      // RouterOS prints its own SPI first: as responder the initiator's SPI is the second.
      const [ispi, rspi] = role === 'initiator' ? [g.ic, g.rc] : [g.rc, g.ic];
      return [
        {
          kind: role === 'initiator' ? 'ike.initiate' : 'ike.respond',
          role,
          ikeVersion: 2,
          exchange: 'IKE_SA_INIT',
          ...conn(g),
          ...ends(g),
          ...cookies(ispi, rspi),
        },
      ];
    },
  },
  {
    // assumed
    id: 'peer-authorized',
    needle: 'peer authorized',
    regex: re(String.raw`^peer authorized: ${PEER}${PAIR('-')} spi:(?<ic>[0-9a-f]{16}):(?<rc>[0-9a-f]{16})`),
    samples: ['09:20:11 ipsec,info peer authorized: 203.0.113.5[4500]-198.51.100.7[4500] spi:8a3b5c7d9e1f2a4b:2c4e6a8b0d1f3e5a'],
    events: (g) => [
      { kind: 'ike.auth.ok', ikeVersion: 2, ...conn(g), ...ends(g) },
      { kind: 'ike.established', ikeVersion: 2, ...conn(g), ...ends(g) },
    ],
  },
  {
    id: 'killing-ike2',
    needle: 'killing ike2 SA',
    regex: re(String.raw`^killing ike2 SA: ${PEER}${PAIR('-')}(?: spi:(?<ic>[0-9a-f]{16}):(?<rc>[0-9a-f]{16}))?`),
    samples: ['09:20:11 ipsec,info killing ike2 SA: peer-branch 203.0.113.5[4500]-198.51.100.7[4500] spi:8a3b5c7d9e1f2a4b:2c4e6a8b0d1f3e5a'],
    events: (g) => [{ kind: 'ike.deleted', byPeer: false, ikeVersion: 2, ...conn(g), ...ends(g) }],
  },
  {
    id: 'acquired',
    needle: 'acquired ',
    regex: re(String.raw`^acquired (?<ip>${A}) address for (?<remote>${A})(?:, (?<user>[^\n]{1,100}))?`),
    samples: ['09:20:11 ipsec,info acquired 192.168.88.254 address for 198.51.100.7, roadwarrior1'],
    events: (g) => [{ kind: 'info', remote: ep(g.remote), details: { assigned: g.ip ?? '' } }],
  },
  {
    id: 'dpd-dead',
    needle: 'seems to be dead',
    regex: re(String.raw`^DPD: remote (?:\(ISAKMP-SA spi=(?<spi>[^)\n]{1,80})\)|(?<remote>${A})) seems to be dead`),
    samples: ['11:19:58 ipsec,info DPD: remote 198.51.100.7 seems to be dead', '11:19:58 ipsec,info DPD: remote (ISAKMP-SA spi=9d3b0a5c8f3e0a1b:6e7a0a3b0c1d2e3f) seems to be dead.'],
    events: (g) => [{ kind: 'dpd.dead', ...(g.remote ? { remote: ep(g.remote) } : {}), reason: 'DPD: remote seems to be dead' }],
  },
  {
    // assumed
    id: 'not-responding',
    needle: 'not responding',
    regex: /^peer (?:is )?not responding/,
    samples: ['11:19:58 ipsec,info peer is not responding'],
    events: () => [{ kind: 'ike.timeout', reason: 'peer is not responding' }],
  },
  {
    id: 'payload-missing',
    needle: 'payload missing',
    regex: /^payload missing: (?<payload>\S{1,40})/,
    samples: ['09:20:11 ipsec,error payload missing: NONCE'],
    events: (g) => [{ kind: 'msg.invalid', reason: `payload missing: ${g.payload ?? ''}` }],
  },
  {
    id: 'notification',
    needle: 'notification ',
    regex: re(String.raw`^(?:(?<remote>${A}) )?notification (?<name>[A-Z][A-Z0-9-]{2,40}) received`),
    samples: ['10:03:00 ipsec,error 10.0.0.2 notification INVALID-ID-INFORMATION received in informational exchange.'],
    events: (g) => [{ kind: 'notify.received', notify: notifyName(g.name ?? '', 1), ikeVersion: 1, ...(g.remote ? { remote: ep(g.remote) } : {}) }],
  },
  {
    // assumed
    id: 'received-notify',
    regex: /^(?:received|got) (?:fatal )?(?:notify|NOTIFY|error)(?: type)?:? (?<name>[A-Z][A-Z0-9_-]{2,40})/,
    samples: ['09:20:11 ipsec,error received NOTIFY NO_PROPOSAL_CHOSEN'],
    events: (g) => [{ kind: 'notify.received', notify: notifyName(g.name ?? '') }],
  },
  {
    id: 'fatal-notify',
    needle: 'phase1 should be deleted',
    regex: /^fatal (?<name>[A-Z][A-Z0-9-]{2,40}) notify messs?age, phase1 should be deleted/,
    samples: ['10:00:01 ipsec,error fatal NO-PROPOSAL-CHOSEN notify messsage, phase1 should be deleted.'],
    events: (g) => [{ kind: 'notify.received', notify: notifyName(g.name ?? '', 1), ikeVersion: 1, scope: 'ike' }],
  },
  {
    // assumed
    id: 'negotiation-failed',
    needle: 'negotiation failed',
    regex: /^(?<what>child|CHILD_SA|IKE_SA|ike2|IKEv2)(?: SA)? negotiation failed(?<tail>[^\n]{0,200})/,
    samples: ['09:20:11 ipsec,error child negotiation failed', '09:20:11 ipsec,error IKEv2 SA negotiation failed'],
    events: (g) =>
      /child/i.test(g.what ?? '')
        ? [{ kind: 'child.failed', ikeVersion: 2, reason: `child negotiation failed${g.tail ?? ''}` }]
        : [{ kind: 'ike.state', state: 'failed', ikeVersion: 2, reason: `${g.what ?? ''} negotiation failed${g.tail ?? ''}` }],
  },
  {
    id: 'no-policy',
    needle: 'no policy found',
    regex: /^no policy found(?<tail>[^\n]{0,200})/,
    samples: ['10:03:00 ipsec,error no policy found: id:10.9.9.0/24[0] 10.1.1.0/24[0] proto=any dir=in'],
    events: (g) => [{ kind: 'ts.mismatch', reason: `no policy found${g.tail ?? ''}`.trim() }],
  },
  {
    id: 'rejected-attr',
    needle: 'rejected ',
    regex: /^rejected (?<attr>[a-z_]{2,20}): DB\(prop#\d{1,3}:trns#\d{1,3}\):Peer\(prop#\d{1,3}:trns#\d{1,3}\) = (?<db>[^:\n]{1,40}):(?<peerval>[^\n]{1,40})$/,
    samples: ['17:21:08 ipsec rejected hashtype: DB(prop#1:trns#1):Peer(prop#1:trns#1) = MD5:SHA'],
    events: (g) => {
      const param = paramOfAttr(g.attr ?? '');
      if (!param) return [{ kind: 'info', reason: `rejected ${g.attr ?? ''}` }];
      // DB = this router's configuration, Peer = what the peer offered.
      return [{ kind: 'proposal.mismatch', ikeVersion: 1, param, localValue: (g.db ?? '').trim(), remoteValue: (g.peerval ?? '').trim() }];
    },
  },
];
