// Every line kind of the show outputs ikescope reads, each beside real lines it must match
// and what it adds to the row being built. Sources of the samples: seed 001 (Cisco IOS 15.1S
// "IPsec VPN monitoring"), seed 000 (ASA `show vpn-sessiondb detail anyconnect`, `show crypto
// ikev2 sa [detail]`, `show crypto ipsec sa`), Microsoft's Azure ExpressRoute/VPN guides (IOS XE
// `show crypto session detail`, `show crypto ikev2 sa`), public lab write-ups quoting IOS/ASA
// output, the VyOS docs (PAN-OS `show vpn ike-sa`/`ipsec-sa`), Zscaler's PAN-OS guide
// (`show vpn flow`, IKEv2 SAs) and Palo Alto's KB on verifying a tunnel (`show vpn flow tunnel-id`).
//
// The regexes are anchored, their quantifiers bounded, and no two of them match the same line
// (the contract test checks each sample against every pattern). The parser matches the trimmed
// line; the leading `\s{0,80}` lets the samples keep their real indentation.
import type { PatternSpec } from '../../core/dialect.js';
import type { InventoryAlgorithms, InventoryEntry, InventoryFlow } from '../../core/inventory.js';
import type { SourceLine } from '../../core/model.js';
import type { Block } from './block.js';
import type { Family } from './command.js';
import { addrPort, cidr, num, parseAclFlow, rangeToCidr, spiHex, splitAsaFields } from './fields.js';
import { PLUTO_PATTERNS } from './patterns-pluto.js';
import { STRONGSWAN_PATTERNS } from './patterns-strongswan.js';

export interface ShowPattern extends PatternSpec {
  /** Block families the line belongs to. */
  families: readonly Family[];
  /**
   * Characters the trimmed line can start with (`A-Z` style ranges allowed); absent = any. Lets
   * the parser try only the few patterns a line can match (checked against the samples).
   */
  first?: string;
  /** The line starts a block by itself (a title, a table header, or a line no other output has). */
  opens?: Family | ((g: Record<string, string>) => Family);
  /** What the line adds to the rows being built. */
  apply?: (b: Block, g: Record<string, string>, src: SourceLine) => void;
}

const none = (): [] => [];

const ALL: readonly Family[] = [
  'session',
  'isakmp-peer',
  'isakmp-sa',
  'asa-ike',
  'ikev2-sa',
  'ipsec-sa',
  'sessiondb',
  'pan-ike',
  'pan-ipsec',
  'pan-flow',
  'swanctl-sas',
  'stroke-status',
  'pluto-status',
  'pluto-traffic',
];
const PAN: readonly Family[] = ['pan-ike', 'pan-ipsec', 'pan-flow'];

function setAlg(
  target: { algorithms?: InventoryAlgorithms },
  k: keyof InventoryAlgorithms,
  v: string | undefined,
): void {
  if (!v) return;
  target.algorithms = { ...target.algorithms, [k]: v };
}

function vrf(v: string | undefined): string | undefined {
  return v === undefined || v === '(none)' || v === 'none' ? undefined : v;
}

/** `hh:mm:ss` or `1d02h` style remaining times → seconds. */
function hmsToSec(s: string): number | undefined {
  const m = /^(\d{1,5}):(\d{2}):(\d{2})$/.exec(s);
  if (m) return Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]);
  return undefined;
}

/** Drop trailing spaces and commas (IOS ends a transform with ` ,`). */
function stripTrailing(s: string): string {
  let end = s.length;
  while (end > 0 && (s[end - 1] === ' ' || s[end - 1] === ',')) end--;
  return s.slice(0, end).trim();
}

/** Leading number of `86400 Seconds`, `4608000 K-Bytes`, `2787 sec`. */
function lead(s: string | undefined): number | undefined {
  if (s === undefined) return undefined;
  const m = /^(\d{1,15})/.exec(s.trim());
  return m ? Number(m[1]) : undefined;
}

// ---------------------------------------------------------------------------------------------
// Shared lines
// ---------------------------------------------------------------------------------------------

const common: ShowPattern[] = [
  {
    id: 'command',
    needle: ['sh', 'SH', 'Sh'],
    regex:
      /^\s{0,80}(?:(?<prompt>[\w.@()/:~-]{0,64})[#>] ?)?(?<command>sh(?:ow?)? {1,4}(?:cr|vpn)[\x20-\x7E]{0,300})$/i,
    samples: [
      'Router# show crypto session',
      'Router# show crypto session detail',
      'Router# show crypto isakmp peer',
      'ASA-IKEV2# show crypto ikev2 sa detail',
      'ASA-IKEV2# show crypto ipsec sa',
      'admin@PA-VM> show vpn ike-sa',
      'spoke1#sh cry isak sa',
      'csr1#show crypto ipsec sa | inc encaps|decaps',
      'show vpn-sessiondb detail anyconnect',
    ],
    families: ALL,
    events: none,
  },
  {
    // strongSwan's and Libreswan's status commands, after a shell prompt (`#`, `$`, `user@host:~#`,
    // `[root@host dir]#`) or alone (lab/corpus status files; nokia/moler; vyos/vyos-1x#1490).
    id: 'daemon-command',
    first: '#$[a-z',
    needle: ['swanctl', 'ipsec'],
    regex:
      /^\s{0,80}(?:(?<prompt>[\w.@()/:~[\] -]{0,64})[#$>] ?)?(?<command>(?:sudo {1,4})?(?:swanctl|ipsec) {1,4}[\x20-\x7E]{0,200})$/,
    samples: [
      '# swanctl --list-sas',
      '# ipsec status',
      '# ipsec trafficstatus',
      'toor4nsn@fzm-lsp-k2:~# ipsec statusall',
      'vyos@vyos:~$ sudo swanctl -l',
      '[root@bastion ipsec]# ipsec trafficstatus',
      'ipsec whack --trafficstatus',
    ],
    families: ALL,
    events: none,
  },
  {
    id: 'pager',
    first: '-',
    needle: 'More',
    regex: /^\s{0,80}-{1,2} ?More ?-{1,2}\s{0,80}$/,
    samples: [' --More-- '],
    families: ALL,
    events: none,
  },
  {
    id: 'separator',
    first: '-',
    needle: '--',
    regex: /^\s{0,80}-{2,}[ -]{0,600}$/,
    samples: [
      '--------------  ------------           ------------                                                    ---- ---- ---------             -----------     ----------      -  -- -- ------',
      '-----------------------------------------------------------------------------------------------------------------------------------------------------',
    ],
    families: PAN,
    events: none,
  },
];

// ---------------------------------------------------------------------------------------------
// IOS `show crypto session [detail]` (seed 001; Azure ExpressRoute guide, IOS XE)
// ---------------------------------------------------------------------------------------------

const session: ShowPattern[] = [
  {
    id: 'session-title',
    first: 'C',
    needle: 'Crypto session current status',
    regex: /^\s{0,80}Crypto session current status\s{0,80}$/,
    samples: ['Crypto session current status'],
    families: ['session'],
    opens: 'session',
    events: none,
  },
  {
    id: 'session-legend',
    first: 'A-Z',
    needle: ' - ',
    regex: /^\s{0,80}(?:Code: )?[A-Z] - [A-Za-z][\w -]{1,40}(?:, [A-Z] - [A-Za-z][\w -]{1,40}){0,5}$/,
    samples: [
      'Code: C - IKE Configuration mode, D - Dead Peer Detection',
      'K - Keepalives, N - NAT-traversal, T - cTCP encapsulation',
      'X - IKE Extended Authentication, F - IKE Fragmentation',
      'R - IKE Auto Reconnect',
    ],
    families: ['session'],
    events: none,
  },
  {
    id: 'session-interface',
    first: 'I',
    needle: 'Interface: ',
    regex: /^\s{0,80}Interface: (?<interface>[\w./:-]{1,64})\s{0,80}$/,
    samples: ['Interface: FastEthernet0/1', 'Interface: Tunnel0'],
    families: ['session'],
    opens: 'session',
    apply(b, g, src) {
      const e = b.startEntry(src);
      e.interface = g.interface;
      b.ctx.interface = g.interface;
      b.note(e, src, 'interface');
    },
    events: none,
  },
  {
    id: 'session-profile',
    first: 'P',
    needle: 'Profile: ',
    regex: /^\s{0,80}Profile: (?<profile>\S{1,100})\s{0,80}$/,
    samples: ['Profile: az-PROFILE2'],
    families: ['session'],
    apply(b, g, src) {
      const e = b.needEntry(src);
      e.fields.profile = g.profile;
      b.note(e, src, 'profile');
    },
    events: none,
  },
  {
    id: 'session-uptime',
    first: 'U',
    needle: 'Uptime: ',
    regex: /^\s{0,80}Uptime: (?<uptime>[\dwdhms:]{1,20})\s{0,80}$/,
    samples: ['Uptime: 00:52:46'],
    families: ['session'],
    apply(b, g, src) {
      const e = b.needEntry(src);
      e.fields.uptime = g.uptime;
      b.note(e, src, 'uptime');
    },
    events: none,
  },
  {
    id: 'session-status',
    first: 'S',
    needle: 'Session status: ',
    regex: /^\s{0,80}Session status: (?<status>[A-Z][A-Z-]{1,30})\s{0,80}$/,
    samples: [
      'Session status: UP-ACTIVE',
      'Session status: DOWN-NEGOTIATING',
      'Session status: UP-ACTIVE     ',
    ],
    families: ['session'],
    apply(b, g, src) {
      const e = b.needEntry(src);
      if (e.status) {
        const n = b.startEntry(src);
        n.interface = b.ctx.interface;
      }
      b.entry!.status = g.status;
      b.note(b.entry!, src, 'status');
    },
    events: none,
  },
  {
    id: 'session-peer',
    first: 'P',
    needle: 'Peer: ',
    regex:
      /^\s{0,80}Peer: (?<peer>[^\s/]{1,64})(?:\/| port )(?<port>\d{1,5})(?: {1,4}fvrf: (?<fvrf>\S{1,64}) {1,4}ivrf: (?<ivrf>\S{1,64}))?\s{0,80}$/,
    samples: [
      'Peer: 172.0.0.2/500',
      'Peer: 10.1.1.3 port 500 fvrf: (none) ivrf: (none)',
      'Peer: 52.175.253.112 port 4500 fvrf: (none) ivrf: (none)',
      'Peer: 168.62.164.80 port 4500 ',
    ],
    families: ['session'],
    apply(b, g, src) {
      let e = b.needEntry(src);
      if (e.peer) {
        e = b.startEntry(src);
        e.interface = b.ctx.interface;
      }
      e.peer = { address: g.peer!, port: Number(g.port) };
      const fv = vrf(g.fvrf);
      const iv = vrf(g.ivrf);
      if (g.fvrf !== undefined) e.fvrf = g.fvrf;
      if (g.ivrf !== undefined) e.ivrf = g.ivrf;
      if (fv) e.fields.fvrf = fv;
      if (iv) e.fields.ivrf = iv;
      b.note(e, src, 'peer');
    },
    events: none,
  },
  {
    id: 'session-phase1-id',
    first: 'P',
    needle: 'Phase1_id: ',
    regex: /^\s{0,80}Phase1_id: (?<id>\S{1,200})/,
    samples: ['Phase1_id: 10.1.1.3', '      Phase1_id: 52.175.250.191'],
    families: ['session'],
    apply(b, g, src) {
      const e = b.needEntry(src);
      e.peer = { ...e.peer, id: g.id! };
      b.note(e, src, 'phase1Id');
    },
    events: none,
  },
  {
    id: 'session-desc',
    first: 'D',
    needle: 'Desc: ',
    regex: /^\s{0,80}Desc: (?<desc>.{0,200})$/,
    samples: ['Desc: this is my peer at 10.1.1.3:500 Green', '      Desc: (none)'],
    families: ['session'],
    apply(b, g, src) {
      const e = b.needEntry(src);
      const d = (g.desc ?? '').trim();
      if (d && d !== '(none)') e.description = d;
      b.note(e, src, 'description');
    },
    events: none,
  },
  {
    id: 'session-id',
    first: 'S',
    needle: 'Session ID: ',
    regex: /^\s{0,80}Session ID: (?<sessionId>\d{1,10})\s{0,80}$/,
    samples: ['  Session ID: 3', '  Session ID: 10  '],
    families: ['session'],
    apply(b, g, src) {
      const e = b.needEntry(src);
      e.fields.sessionId = Number(g.sessionId);
      b.note(e, src, 'sessionId');
    },
    events: none,
  },
  {
    id: 'session-client',
    first: 'UGA',
    needle: ': ',
    regex: /^\s{0,80}(?<key>Username|Group|Assigned address): (?<value>\S{1,100})\s{0,80}$/,
    samples: ['Username: cisco', 'Group: ezvpn', 'Assigned address: 10.3.3.4'],
    families: ['session'],
    apply(b, g, src) {
      const e = b.needEntry(src);
      if (g.key === 'Username') e.name = g.value;
      else if (g.key === 'Assigned address') e.assignedIp = g.value;
      else e.fields.group = g.value;
      b.note(e, src, g.key!);
    },
    events: none,
  },
  {
    id: 'session-ike-sa',
    first: 'I',
    needle: ' SA: local ',
    regex:
      /^\s{0,80}(?<version>IKE|IKEv1|IKEv2) SA: local (?<local>[^\s/]{1,64})\/(?<lport>\d{1,5}) remote (?<remote>[^\s/]{1,64})\/(?<rport>\d{1,5}) (?<state>[A-Za-z-]{1,20})/,
    samples: [
      'IKE SA: local 172.0.0.1/500 remote 172.0.0.2/500 Active',
      'IKE SA: local 10.1.1.4/500 remote 10.1.1.3/500 Active',
      '  IKEv2 SA: local 10.1.10.50/4500 remote 52.175.250.191/4500 Active',
      '  IKEv1 SA: local 192.168.1.1/500 remote 192.168.1.2/500 Inactive',
    ],
    families: ['session'],
    apply(b, g, src) {
      b.flow = undefined;
      const s = b.startIke(src);
      s.version = g.version === 'IKEv2' ? 2 : 1;
      s.local = { address: g.local!, port: Number(g.lport) };
      s.remote = { address: g.remote!, port: Number(g.rport) };
      s.status = g.state;
      b.note(s, src, 'status', 'endpoints');
    },
    events: none,
  },
  {
    id: 'session-capabilities',
    first: 'C',
    needle: 'Capabilities:',
    regex:
      /^\s{0,80}Capabilities:(?<caps>\S{0,40}) connid:(?<connid>\d{1,10}) lifetime:(?<lifetime>[\d:]{1,12})/,
    samples: [
      'Capabilities:(none) connid:3 lifetime:22:03:24',
      '          Capabilities:DN connid:3 lifetime:23:07:14',
    ],
    families: ['session'],
    apply(b, g, src) {
      const s = b.needIke(src);
      s.connId = g.connid;
      const rem = hmsToSec(g.lifetime ?? '');
      if (rem !== undefined) s.remainingSec = rem;
      b.note(s, src, 'connId', 'remainingSec');
    },
    events: none,
  },
  {
    id: 'session-flow',
    first: 'I',
    needle: 'IPSEC FLOW: ',
    regex: /^\s{0,80}IPSEC FLOW: (?<flow>[\x20-\x7E]{1,200})$/,
    samples: [
      'IPSEC FLOW: permit ip 10.10.10.0/255.255.255.0 10.30.30.0/255.255.255.0',
      'IPSEC FLOW: permit 47 host 10.1.1.4 host 10.1.1.3',
      '  IPSEC FLOW: permit ip   192.168.200.0/255.255.255.0 10.250.1.0/255.255.255.0 ',
    ],
    families: ['session'],
    apply(b, g, src) {
      const f = b.startFlow(src);
      const text = (g.flow ?? '').trim().replace(/\s+/g, ' ');
      f.text = text;
      const acl = parseAclFlow(text);
      if (acl) {
        f.protocol = acl.protocol;
        if (acl.local) f.local = acl.local;
        if (acl.remote) f.remote = acl.remote;
      }
      b.note(f, src, 'flow');
    },
    events: none,
  },
  {
    id: 'session-active-sas',
    first: 'A',
    needle: 'Active SAs: ',
    regex: /^\s{0,80}Active SAs: (?<active>\d{1,6}), origin: (?<origin>[\x20-\x7E]{1,60})$/,
    samples: [
      'Active SAs: 2, origin: crypto map',
      'Active SAs: 0, origin: crypto map',
      '        Active SAs: 2, origin: crypto map',
    ],
    families: ['session'],
    apply(b, g, src) {
      const f = b.needFlow(src);
      f.activeSas = Number(g.active);
      b.note(f, src, 'activeSas');
    },
    events: none,
  },
  {
    id: 'session-inbound',
    first: 'I',
    needle: "#pkts dec'ed",
    regex:
      /^\s{0,80}Inbound: {1,4}#pkts dec'ed (?<pkts>\d{1,15}) drop (?<drop>\d{1,15}) life \(KB\/Sec\) (?<kb>\d{1,12})\/(?<sec>\d{1,12})/,
    samples: [
      "Inbound: #pkts dec'ed 0 drop 0 life (KB/Sec) 0/0",
      "Inbound: #pkts dec'ed 4 drop 0 life (KB/Sec) 4605665/2949",
      "        Inbound:  #pkts dec'ed 279 drop 0 life (KB/Sec) 4607976/433",
    ],
    families: ['session'],
    apply(b, g, src) {
      const f = b.needFlow(src);
      f.pktsIn = Number(g.pkts);
      f.dropIn = Number(g.drop);
      f.remainingKb = Number(g.kb);
      f.remainingSec = Number(g.sec);
      b.note(f, src, 'pktsIn', 'dropIn', 'remainingKb', 'remainingSec');
    },
    events: none,
  },
  {
    id: 'session-outbound',
    first: 'O',
    needle: "#pkts enc'ed",
    regex:
      /^\s{0,80}Outbound: {1,4}#pkts enc'ed (?<pkts>\d{1,15}) drop (?<drop>\d{1,15}) life \(KB\/Sec\) (?<kb>\d{1,12})\/(?<sec>\d{1,12})/,
    samples: [
      "Outbound: #pkts enc'ed 0 drop 0 life (KB/Sec) 0/0",
      "Outbound: #pkts enc'ed 4 drop 1 life (KB/Sec) 4605665/2949",
      "        Outbound: #pkts enc'ed 164 drop 0 life (KB/Sec) 4607992/433",
    ],
    families: ['session'],
    apply(b, g, src) {
      const f = b.needFlow(src);
      f.pktsOut = Number(g.pkts);
      f.dropOut = Number(g.drop);
      const kb = Number(g.kb);
      const sec = Number(g.sec);
      f.remainingKb = f.remainingKb === undefined ? kb : Math.min(f.remainingKb, kb);
      f.remainingSec = f.remainingSec === undefined ? sec : Math.min(f.remainingSec, sec);
      b.note(f, src, 'pktsOut', 'dropOut');
    },
    events: none,
  },
];

// ---------------------------------------------------------------------------------------------
// IOS `show crypto isakmp peer` (seed 001)
// ---------------------------------------------------------------------------------------------

const isakmpPeer: ShowPattern[] = [
  {
    id: 'isakmp-peer',
    first: 'P',
    needle: ' Port: ',
    regex:
      /^\s{0,80}Peer: (?<peer>[^\s/]{1,64}) Port: (?<port>\d{1,5})(?: Local: (?<local>\S{1,64}))?\s{0,80}$/,
    samples: ['Peer: 10.2.2.9 Port: 500', 'Peer: 10.1.1.2 Port: 500 Local: 10.1.1.1'],
    families: ['isakmp-peer'],
    opens: 'isakmp-peer',
    apply(b, g, src) {
      const e = b.startEntry(src);
      e.peer = { address: g.peer!, port: Number(g.port) };
      if (g.local) e.local = { address: g.local };
      b.note(e, src, 'peer');
    },
    events: none,
  },
  {
    id: 'isakmp-peer-desc',
    first: 'D',
    needle: 'Description: ',
    regex: /^\s{0,80}Description: (?<desc>.{0,200})$/,
    samples: ['Description: connection from site A'],
    families: ['isakmp-peer'],
    apply(b, g, src) {
      const e = b.needEntry(src);
      const d = (g.desc ?? '').trim();
      if (d) e.description = d;
      b.note(e, src, 'description');
    },
    events: none,
  },
  {
    id: 'isakmp-peer-flags',
    first: 'f',
    needle: 'flags: ',
    regex: /^\s{0,80}flags: (?<flags>[A-Z_, ]{0,200})$/,
    samples: ['flags: PEER_POLICY'],
    families: ['isakmp-peer'],
    apply(b, g, src) {
      const e = b.needEntry(src);
      e.fields.flags = (g.flags ?? '').trim();
      b.note(e, src, 'flags');
    },
    events: none,
  },
  {
    id: 'isakmp-peer-phase1-id',
    first: 'P',
    needle: 'Phase1 id: ',
    regex: /^\s{0,80}Phase1 id: (?<id>\S{1,200})/,
    samples: [' Phase1 id: 10.1.1.2'],
    families: ['isakmp-peer'],
    apply(b, g, src) {
      const e = b.needEntry(src);
      e.peer = { ...e.peer, id: g.id! };
      b.note(e, src, 'phase1Id');
    },
    events: none,
  },
];

// ---------------------------------------------------------------------------------------------
// IOS `show crypto isakmp sa [detail]`
// ---------------------------------------------------------------------------------------------

const isakmpSa: ShowPattern[] = [
  {
    id: 'isakmp-sa-title',
    first: 'I',
    needle: 'Crypto ISAKMP SA',
    regex: /^\s{0,80}IPv(?<af>[46]) Crypto ISAKMP SA\s{0,80}$/,
    samples: ['IPv4 Crypto ISAKMP SA', 'IPv6 Crypto ISAKMP SA'],
    families: ['isakmp-sa'],
    opens: 'isakmp-sa',
    events: none,
  },
  {
    id: 'isakmp-sa-columns',
    first: 'dC',
    needle: ['conn-id', 'C-id'],
    regex:
      /^\s{0,80}(?:dst {1,20}src {1,20}state {1,20}conn-id(?: {1,20}slot)? {1,20}status|C-id {1,20}Local {1,20}Remote {1,20}I-VRF {1,20}Status)/,
    samples: [
      'dst             src             state          conn-id status',
      'dst src state conn-id status',
      'dst               src             state          conn-id   slot   status',
      'C-id  Local           Remote          I-VRF  Status Encr Hash   Auth DH Lifetime Cap.',
    ],
    families: ['isakmp-sa'],
    opens: 'isakmp-sa',
    events: none,
  },
  {
    id: 'isakmp-sa-row',
    first: '0-9A-Fa-f:',
    regex:
      /^\s{0,80}(?<dst>\d{1,3}(?:\.(?:\d{1,3}|[x*]{1,3})){3}|[\dA-Fa-f]{0,4}(?::[\dA-Fa-f]{0,4}){2,7}) {1,20}(?<src>\d{1,3}(?:\.(?:\d{1,3}|[x*]{1,3})){3}|[\dA-Fa-f]{0,4}(?::[\dA-Fa-f]{0,4}){2,7}) {1,20}(?<state>[A-Z][A-Z\d_]{1,30}) {1,20}(?<connid>-?\d{1,10})(?: {1,20}\d{1,4})? {1,20}(?<status>[A-Z][A-Z-]{1,20})(?<deleted> \(deleted\))?\s{0,80}$/,
    samples: [
      '10.1.1.2        10.1.1.1        QM_IDLE           1001 ACTIVE',
      '10.0.78.8 10.0.56.6 QM_IDLE 1001 ACTIVE',
      '203.0.113.2     198.51.100.6    MM_NO_STATE       1002 ACTIVE (deleted)',
      '172.16.1.1      172.16.1.2      QM_IDLE            1       0     ACTIVE',
    ],
    families: ['isakmp-sa'],
    apply(b, g, src) {
      const e = b.startEntry(src, 'ike-sa');
      const s = b.startIke(src);
      s.version = 1;
      s.status = g.state;
      s.connId = g.connid;
      e.fields.dst = g.dst;
      e.fields.src = g.src;
      e.fields.status = g.status;
      if (g.deleted) e.fields.deleted = true;
      b.note(s, src, 'status');
    },
    events: none,
  },
  {
    id: 'isakmp-sa-detail-row',
    first: '0-9',
    regex:
      /^\s{0,80}(?<cid>\d{1,10}) {1,20}(?<local>\d{1,3}(?:\.(?:\d{1,3}|[x*]{1,3})){3}) {1,20}(?<remote>\d{1,3}(?:\.(?:\d{1,3}|[x*]{1,3})){3}) {1,40}(?:(?<ivrf>[a-z\d_-]{1,32}) {1,20})?(?<status>[A-Z]{4,10}) {1,20}(?<encr>[\w-]{1,16}) {1,20}(?<hash>[\w-]{1,16}) {1,20}(?<auth>[\w-]{1,16}) {1,20}(?<dh>\d{1,2}) {1,20}(?<life>[\d:]{1,12})/,
    samples: ['1001  10.1.1.1        10.1.1.2               ACTIVE aes  sha    psk  14 23:59:50'],
    families: ['isakmp-sa'],
    apply(b, g, src) {
      const e = b.startEntry(src, 'ike-sa');
      const s = b.startIke(src);
      s.version = 1;
      s.connId = g.cid;
      s.status = g.status;
      s.local = { address: g.local! };
      s.remote = { address: g.remote! };
      e.peer = { address: g.remote! };
      e.local = { address: g.local! };
      if (g.ivrf) e.ivrf = g.ivrf;
      s.algorithms = { encryption: g.encr!, integrity: g.hash!, dhGroup: g.dh!, auth: g.auth! };
      const rem = hmsToSec(g.life ?? '');
      if (rem !== undefined) s.remainingSec = rem;
      b.note(s, src, 'status', 'alg:encryption', 'alg:integrity', 'alg:dhGroup', 'remainingSec');
    },
    events: none,
  },
  {
    id: 'isakmp-sa-engine',
    first: 'E',
    needle: 'Engine-id:Conn-id',
    regex: /^\s{0,80}Engine-id:Conn-id = {1,4}(?<engine>\S{1,40})/,
    samples: ['       Engine-id:Conn-id =  SW:1'],
    families: ['isakmp-sa'],
    apply(b, _g, src) {
      b.noteHere(src);
    },
    events: none,
  },
  {
    id: 'isakmp-sa-v6-addr',
    first: 'ds',
    regex: /^\s{0,80}(?<which>dst|src): (?<addr>[\dA-Fa-f:.]{2,45})\s{0,80}$/,
    samples: [' dst: 2001:470:C814:7006::1', ' src: 2001:470:C814:3001::1'],
    families: ['isakmp-sa'],
    apply(b, g, src) {
      let e = b.entry;
      if (!e || g.which === 'dst' || e.fields.state !== undefined) e = b.startEntry(src, 'ike-sa');
      e.fields[g.which!] = g.addr;
      b.note(e, src, g.which!);
    },
    events: none,
  },
  {
    id: 'isakmp-sa-v6-state',
    first: 's',
    needle: 'conn-id:',
    regex:
      /^\s{0,80}state: (?<state>[A-Z][A-Z\d_]{1,30}) {1,20}conn-id: {1,10}(?<connid>\d{1,10}) {1,20}status: (?<status>[A-Z-]{1,20})/,
    samples: [' state: QM_IDLE         conn-id:   1002 status: ACTIVE'],
    families: ['isakmp-sa'],
    apply(b, g, src) {
      const e = b.needEntry(src, 'ike-sa');
      const s = b.startIke(src);
      s.version = 1;
      s.status = g.state;
      s.connId = g.connid;
      e.fields.state = g.state;
      e.fields.status = g.status;
      b.note(s, src, 'status');
    },
    events: none,
  },
];

// ---------------------------------------------------------------------------------------------
// ASA `show crypto isakmp sa` / `show crypto ikev1 sa` (8.4+ blocks)
// ---------------------------------------------------------------------------------------------

/** Second-column keys of ASA two-column output, for pasted text whose padding collapsed. */
export const ASA_KEYS = [
  'Index',
  'Public IP',
  'Hashing',
  'Bytes Rx',
  'Pkts Rx',
  'Pkts Rx Drop',
  'Tunnel Group',
  'VLAN',
  'Auth Mode',
  'Idle TO Left',
  'UDP Dst Port',
  'Rekey Left(T)',
  'Rekey Left(D)',
  'D/H Group',
  'Reval Left(T)',
  'EoU Age(T)',
  'Posture Token',
  'Role',
  'State',
  'Hash',
  'Lifetime',
  'IP Addr',
  'Conn TO Left',
  'Encapsulation',
];

function asaPairs(b: Block, g: Record<string, string>, src: SourceLine): void {
  // Real output pads keys to one width; long keys fill it and have no space before the colon.
  const line = `${g.key ?? g.wide ?? ''}${g.rest ?? ''}`;
  const pairs = splitAsaFields(line, ASA_KEYS);
  if (b.family === 'asa-ike') applyAsaIke(b, pairs, src);
  else applySessiondb(b, pairs, src);
}

function applyAsaIke(b: Block, pairs: [string, string][], src: SourceLine): void {
  const e = b.needEntry(src, 'ike-sa');
  const s = b.needIke(src);
  s.version ??= 1;
  for (const [k, v] of pairs) {
    switch (k) {
      case 'Role':
        s.role = v;
        break;
      case 'State':
        s.status = v;
        e.status = v;
        b.note(s, src, 'status');
        break;
      case 'Encrypt':
        setAlg(s, 'encryption', v);
        b.note(s, src, 'alg:encryption');
        break;
      case 'Hash':
        setAlg(s, 'integrity', v);
        b.note(s, src, 'alg:integrity');
        break;
      case 'Auth':
        setAlg(s, 'auth', v);
        break;
      case 'Lifetime': {
        const n = num(v);
        if (n !== undefined) s.lifetimeSec = n;
        break;
      }
      default:
        e.fields[k] = v;
    }
  }
  b.note(s, src);
}

const asaIke: ShowPattern[] = [
  {
    id: 'asa-ike-title',
    first: 'I',
    needle: 'IKEv1 SAs:',
    regex: /^\s{0,80}IKEv1 SAs:\s{0,80}$/,
    samples: ['IKEv1 SAs:'],
    families: ['asa-ike'],
    opens: 'asa-ike',
    events: none,
  },
  {
    id: 'asa-sa-counts',
    first: 'ART',
    needle: ' SA: ',
    regex: /^\s{0,80}(?<what>Active SA|Rekey SA|Total IKE SA): (?<n>\d{1,6})/,
    samples: [
      '   Active SA: 1',
      '    Rekey SA: 0 (A tunnel will report 1 Active and 1 Rekey SA during rekey)',
      'Total IKE SA: 1',
    ],
    families: ['asa-ike'],
    events: none,
  },
  {
    id: 'asa-ike-peer',
    first: '0-9',
    needle: 'IKE Peer: ',
    regex: /^\s{0,80}(?<n>\d{1,6}) {1,10}IKE Peer: (?<peer>\S{1,64})\s{0,80}$/,
    samples: ['1   IKE Peer: 203.0.113.1', '2   IKE Peer: 78.110.205.13'],
    families: ['asa-ike'],
    opens: 'asa-ike',
    apply(b, g, src) {
      const e = b.startEntry(src, 'ike-sa');
      const s = b.startIke(src);
      s.version = 1;
      e.peer = { address: g.peer! };
      s.remote = { address: g.peer! };
      b.note(e, src, 'peer');
    },
    events: none,
  },
  {
    id: 'asa-no-sas',
    first: 'T',
    needle: 'There are no IKEv',
    regex: /^\s{0,80}There are no IKEv(?<v>[12]) SAs\s{0,80}$/,
    samples: ['There are no IKEv2 SAs', 'There are no IKEv1 SAs'],
    families: ['asa-ike', 'ikev2-sa'],
    opens: 'asa-ike',
    events: none,
  },
  {
    id: 'asa-fields',
    first: 'A-Z',
    needle: ':',
    regex:
      /^\s{0,80}(?:(?<key>Username|Connection|Index|Assigned IP|Public IP|IP Addr|Protocol|License|Encryption|Hashing|Bytes Tx|Bytes Rx|Pkts Tx|Pkts Rx|Pkts Tx Drop|Group Policy|Tunnel Group|Login Time|Duration|Inactivity|NAC Result|VLAN Mapping|Audt Sess ID|Security Grp|Tunnel ID|Auth Mode|Client OS|Client Type|Client Ver|UDP Src Port|PRF|Filter Name|Local Addr|Remote Addr|SQ Int \(T\)|Redirect URL|Transport|Tunnel Zone|Type|Rekey|Encrypt|Auth) {1,20}|(?<wide>Idle Time Out|Rem Auth Mode|Loc Auth Mode|Encapsulation|Rekey Int \([TD]\)|Reval Int \(T\)|Hold Left \(T\)|Conn Time Out) {0,20})(?<rest>:(?: .{0,400})?)$/,
    samples: [
      '    Type    : L2L             Role    : initiator',
      '    Rekey   : no              State   : MM_ACTIVE ',
      '    Encrypt : aes-256         Hash    : SHA',
      'Username : Anu Index : 2',
      'Assigned IP : 10.2.2.1 Public IP : 192.168.1.1',
      'Encryption : AES192 AES256 Hashing : none SHA1 SHA1',
      'Login Time : 22:06:24 UTC Mon Apr 22 2013',
      'Filter Name :',
      'SQ Int (T) : 0 Seconds EoU Age(T) : 146 Seconds',
      'Username     : Anu                    Index        : 2',
      'Idle Time Out: 30 Minutes Idle TO Left : 27 Minutes',
      'Rem Auth Mode: userPassword',
      'Encapsulation: Tunnel',
      'Rekey Int (T): 86400 Seconds Rekey Left(T): 86254 Seconds',
      'Rekey Int (D): 4608000 K-Bytes Rekey Left(D): 4607990 K-Bytes',
      'Hold Left (T): 0 Seconds Posture Token:',
    ],
    families: ['asa-ike', 'sessiondb'],
    apply: asaPairs,
    events: none,
  },
];

// ---------------------------------------------------------------------------------------------
// ASA `show vpn-sessiondb [detail] anyconnect|l2l` (seed 000)
// ---------------------------------------------------------------------------------------------

function applySessiondb(b: Block, pairs: [string, string][], src: SourceLine): void {
  for (const [k, v] of pairs) {
    if (k === 'Username' || k === 'Connection') {
      const e = b.startEntry(src, 'vpn-session');
      b.ctx.section = undefined;
      e.name = v;
      e.fields[k] = v;
      b.note(e, src, 'name');
      continue;
    }
    const e = b.needEntry(src, 'vpn-session');
    const sec = b.ctx.section;
    const ike = sec === 'IKEv1' || sec === 'IKEv2' ? b.ike : undefined;
    const flow = sec !== undefined && /^IPsec/i.test(sec) ? b.flow : undefined;
    if (ike) {
      switch (k) {
        case 'Tunnel ID':
          ike.tunnelId = v;
          break;
        case 'UDP Src Port':
          ike.remote = { ...ike.remote, ...(num(v) !== undefined ? { port: num(v)! } : {}) };
          break;
        case 'UDP Dst Port':
          ike.local = { ...ike.local, ...(num(v) !== undefined ? { port: num(v)! } : {}) };
          break;
        case 'Encryption':
          setAlg(ike, 'encryption', v);
          b.note(ike, src, 'alg:encryption');
          break;
        case 'Hashing':
          setAlg(ike, 'integrity', v);
          b.note(ike, src, 'alg:integrity');
          break;
        case 'PRF':
          setAlg(ike, 'prf', v);
          b.note(ike, src, 'alg:prf');
          break;
        case 'D/H Group':
          setAlg(ike, 'dhGroup', v);
          b.note(ike, src, 'alg:dhGroup');
          break;
        case 'Rem Auth Mode':
        case 'Loc Auth Mode':
          ike.algorithms = {
            ...ike.algorithms,
            auth: ike.algorithms?.auth ? `${ike.algorithms.auth}/${v}` : v,
          };
          break;
        case 'Rekey Int (T)':
          ike.lifetimeSec = lead(v);
          b.note(ike, src, 'lifetime');
          break;
        case 'Rekey Left(T)':
          ike.remainingSec = lead(v);
          b.note(ike, src, 'remainingSec');
          break;
        default:
          e.fields[`${sec}.${k}`] = v;
      }
      b.note(ike, src);
      continue;
    }
    if (flow) {
      applyCounterKey(b, flow, k, v, src, sec!, e);
      b.note(flow, src);
      continue;
    }
    const key = sec ? `${sec}.${k}` : k;
    switch (key) {
      case 'Assigned IP':
        e.assignedIp = v;
        b.note(e, src, 'assignedIp');
        break;
      case 'Public IP':
      case 'IP Addr':
        e.peer = { ...e.peer, address: v };
        b.note(e, src, 'peer');
        break;
      case 'Group Policy':
      case 'Tunnel Group':
        e.fields[k] = v;
        b.note(e, src);
        break;
      default: {
        const n = num(v);
        e.fields[key] = n ?? v;
        b.note(e, src, key);
      }
    }
  }
}

function applyCounterKey(
  b: Block,
  flow: InventoryFlow,
  k: string,
  v: string,
  src: SourceLine,
  sec: string,
  e: InventoryEntry,
): void {
  const ident = (t: string): string | undefined => {
    const m = /^([^/\s]{1,45})\/([^/\s]{1,45})\/(\d{1,3})\/\d{1,5}$/.exec(t);
    if (!m) return undefined;
    if (m[3] !== '0') flow.protocol = m[3];
    else flow.protocol ??= 'ip';
    return cidr(m[1]!, m[2]!);
  };
  switch (k) {
    case 'Local Addr':
      flow.local = ident(v) ?? v;
      b.note(flow, src, 'flow');
      break;
    case 'Remote Addr':
      flow.remote = ident(v) ?? v;
      b.note(flow, src, 'flow');
      break;
    case 'Encryption':
      setAlg(flow, 'encryption', v);
      b.note(flow, src, 'alg:encryption');
      break;
    case 'Hashing':
      setAlg(flow, 'integrity', v);
      b.note(flow, src, 'alg:integrity');
      break;
    case 'Rekey Int (T)':
      flow.lifetimeSec = lead(v);
      break;
    case 'Rekey Left(T)':
      flow.remainingSec = lead(v);
      b.note(flow, src, 'remainingSec');
      break;
    case 'Rekey Int (D)':
      flow.lifetimeKb = lead(v);
      break;
    case 'Rekey Left(D)':
      flow.remainingKb = lead(v);
      b.note(flow, src, 'remainingKb');
      break;
    case 'Bytes Tx':
      flow.bytesOut = num(v);
      break;
    case 'Bytes Rx':
      flow.bytesIn = num(v);
      break;
    case 'Pkts Tx':
      flow.pktsOut = num(v);
      b.note(flow, src, 'pktsOut');
      break;
    case 'Pkts Rx':
      flow.pktsIn = num(v);
      b.note(flow, src, 'pktsIn');
      break;
    case 'Pkts Tx Drop':
      flow.dropOut = num(v);
      b.note(flow, src, 'dropOut');
      break;
    case 'Pkts Rx Drop':
      flow.dropIn = num(v);
      b.note(flow, src, 'dropIn');
      break;
    default:
      e.fields[`${sec}.${k}`] = v;
  }
}

const sessiondb: ShowPattern[] = [
  {
    id: 'sessiondb-title',
    first: 'S',
    needle: 'Session Type: ',
    regex: /^\s{0,80}Session Type: (?<type>[\w -]{1,60})$/,
    samples: ['Session Type: AnyConnect Detailed', 'Session Type: LAN-to-LAN Detailed'],
    families: ['sessiondb'],
    opens: 'sessiondb',
    apply(b, g) {
      b.ctx.type = (g.type ?? '').trim();
    },
    events: none,
  },
  {
    id: 'sessiondb-section',
    first: 'A-Z',
    needle: ':',
    regex:
      /^\s{0,80}(?<section>AnyConnect-Parent|SSL-Tunnel|DTLS-Tunnel|Clientless|Clientless-Tunnel|IKEv1|IKEv2|IPsec|IPsecOverNatT|IPsecOverTCP|IPsecOverUDP|L2TPOverIPsec|L2TPOverIPsecOverNatT|NAC|Secure-Client-Parent):\s{0,80}$/,
    samples: ['AnyConnect-Parent:', 'IKEv2:', 'IPsecOverNatT:', 'NAC:', 'IPsec:'],
    families: ['sessiondb'],
    apply(b, g, src) {
      const sec = g.section!;
      b.ctx.section = sec;
      const e = b.needEntry(src, 'vpn-session');
      b.flow = undefined;
      b.ike = undefined;
      if (sec === 'IKEv1' || sec === 'IKEv2') {
        const s = b.startIke(src);
        s.version = sec === 'IKEv2' ? 2 : 1;
        if (e.peer?.address) s.remote = { address: e.peer.address };
        b.note(s, src);
      } else if (/^IPsec/i.test(sec)) {
        const f = b.startFlow(src);
        b.note(f, src);
      } else b.note(e, src);
    },
    events: none,
  },
  {
    id: 'sessiondb-tunnels',
    first: 'A-Za-z',
    needle: ' Tunnels: ',
    regex: /^\s{0,80}(?<proto>[A-Za-z][\w-]{1,30}) Tunnels: (?<n>\d{1,6})\s{0,80}$/,
    samples: ['IKEv2 Tunnels: 1', 'IPsecOverNatT Tunnels: 1', 'AnyConnect-Parent Tunnels: 1'],
    families: ['sessiondb'],
    apply(b, g, src) {
      const e = b.needEntry(src, 'vpn-session');
      e.fields[`${g.proto} Tunnels`] = Number(g.n);
      b.note(e, src);
    },
    events: none,
  },
];

// ---------------------------------------------------------------------------------------------
// IOS / ASA `show crypto ikev2 sa [detail]` (seed 000; Azure guides; lab write-ups)
// ---------------------------------------------------------------------------------------------

const ikev2: ShowPattern[] = [
  {
    id: 'ikev2-title',
    first: 'I',
    needle: ['IKEv2 SAs:', 'Crypto IKEv2'],
    regex: /^\s{0,80}(?:IKEv2 SAs:|IPv(?<af>[46]) Crypto IKEv2 {1,4}SA)\s{0,80}$/,
    samples: ['IKEv2 SAs:', ' IPv4 Crypto IKEv2  SA ', 'IPv6 Crypto IKEv2  SA'],
    families: ['ikev2-sa'],
    opens: 'ikev2-sa',
    apply(b, g) {
      b.setVendor(g.af ? 'cisco-ios' : 'cisco-asa');
    },
    events: none,
  },
  {
    id: 'ikev2-session',
    first: 'S',
    needle: 'Session-id:',
    regex:
      /^\s{0,80}Session-id:(?<sid>\d{1,10}), Status:(?<status>[A-Z][A-Z-]{1,30}), IKE count:(?<ike>\d{1,4}), CHILD count:(?<child>\d{1,4})/,
    samples: ['Session-id:2, Status:UP-ACTIVE, IKE count:1, CHILD count:1'],
    families: ['ikev2-sa'],
    opens: 'ikev2-sa',
    apply(b, g, src) {
      b.setVendor('cisco-asa');
      const e = b.startEntry(src, 'ike-sa');
      e.status = g.status;
      e.fields.sessionId = Number(g.sid);
      e.fields.ikeCount = Number(g.ike);
      e.fields.childCount = Number(g.child);
      b.ctx.asaSession = '1';
      b.note(e, src, 'status');
    },
    events: none,
  },
  {
    id: 'ikev2-columns',
    first: 'T',
    needle: 'Tunnel-id',
    regex:
      /^\s{0,80}Tunnel-id {1,40}Local {1,60}Remote {1,60}(?:fvrf\/ivrf {1,40})?Status(?: {1,20}Role)?\s{0,80}$/,
    samples: [
      'Tunnel-id Local Remote Status Role',
      'Tunnel-id Local                 Remote                fvrf/ivrf            Status ',
    ],
    families: ['ikev2-sa'],
    opens: 'ikev2-sa',
    apply(b, _g, src) {
      if (src.text.includes('fvrf/ivrf')) b.setVendor('cisco-ios');
    },
    events: none,
  },
  {
    id: 'ikev2-row',
    first: '0-9',
    regex:
      /^\s{0,80}(?<tid>\d{1,12}) {1,40}(?<local>[^\s/]{1,64})\/(?<lport>\d{1,5}) {1,60}(?<remote>[^\s/]{1,64})\/(?<rport>\d{1,5}) {1,60}(?:(?<fvrf>[^\s/]{1,64})\/(?<ivrf>\S{1,64}) {1,40})?(?<status>[A-Z][A-Z_-]{1,30})(?: {1,20}(?<role>[A-Z]{3,12}))?\s{0,80}$/,
    samples: [
      '55182129 10.0.0.1/4500 192.168.1.1/25171 READY RESPONDER',
      '3         203.0.113.2/500       203.0.113.1/500       none/none            READY  ',
      '   4         10.128.0.32/4500      51.250.***.***/4500   none/none            READY',
    ],
    families: ['ikev2-sa'],
    apply(b, g, src) {
      const ios = g.fvrf !== undefined;
      if (ios) b.setVendor('cisco-ios');
      const asaSession = b.ctx.asaSession === '1' && b.entry && b.entry.ike.length === 0;
      const e = asaSession ? b.entry! : b.startEntry(src, 'ike-sa');
      b.flow = undefined;
      const s = b.startIke(src);
      s.version = 2;
      s.tunnelId = g.tid;
      s.local = { address: g.local!, port: Number(g.lport) };
      s.remote = { address: g.remote!, port: Number(g.rport) };
      s.status = g.status;
      if (g.role) s.role = g.role;
      e.peer ??= { address: g.remote!, port: Number(g.rport) };
      e.local ??= { address: g.local!, port: Number(g.lport) };
      if (g.fvrf !== undefined) e.fvrf = g.fvrf;
      if (g.ivrf !== undefined) e.ivrf = g.ivrf;
      if (!asaSession) b.ctx.asaSession = undefined;
      b.note(s, src, 'status');
    },
    events: none,
  },
  {
    id: 'ikev2-encr',
    first: 'E',
    needle: 'Auth sign: ',
    regex:
      /^\s{0,80}Encr: (?<encr>[\w-]{1,30}), keysize: (?<keysize>\d{1,4}), (?:PRF: (?<prf>[\w-]{1,30}), )?Hash: (?<hash>[\w-]{1,30}), DH Grp:(?<dh>\d{1,3}), Auth sign: (?<authSign>[\w-]{1,30}), Auth verify: (?<authVerify>[\w-]{1,30})/,
    samples: [
      'Encr: AES-CBC, keysize: 192, Hash: SHA96, DH Grp:1, Auth sign: RSA, Auth verify: EAP',
      '      Encr: AES-CBC, keysize: 256, PRF: SHA1, Hash: SHA96, DH Grp:2, Auth sign: PSK, Auth verify: PSK',
      '      Encr: AES-GCM, keysize: 256, PRF: SHA256, Hash: None, DH Grp:14, Auth sign: PSK, Auth verify: PSK',
    ],
    families: ['ikev2-sa'],
    apply(b, g, src) {
      const s = b.needIke(src);
      s.algorithms = {
        encryption: `${g.encr}-${g.keysize}`,
        integrity: g.hash!,
        dhGroup: g.dh!,
        auth: `${g.authSign}/${g.authVerify}`,
        ...(g.prf ? { prf: g.prf } : {}),
      };
      b.note(s, src, 'alg:encryption', 'alg:integrity', 'alg:prf', 'alg:dhGroup');
    },
    events: none,
  },
  {
    id: 'ikev2-child-encr',
    first: 'E',
    needle: 'esp_hmac: ',
    regex:
      /^\s{0,80}Encr: (?<encr>[\w-]{1,30}), keysize: (?<keysize>\d{1,4}), esp_hmac: (?<hmac>[\w/-]{1,30})/,
    samples: ['Encr: AES-CBC, keysize: 256, esp_hmac: SHA96'],
    families: ['ikev2-sa'],
    apply(b, g, src) {
      const f = b.needFlow(src);
      f.algorithms = { encryption: `${g.encr}-${g.keysize}`, integrity: g.hmac! };
      b.note(f, src, 'alg:encryption', 'alg:integrity');
    },
    events: none,
  },
  {
    id: 'ikev2-child-mode',
    first: 'a',
    needle: 'ah_hmac: ',
    regex: /^\s{0,80}ah_hmac: (?<ah>[\w/-]{1,30}), comp: (?<comp>[\w-]{1,30}), mode (?<mode>\w{1,20})/,
    samples: ['ah_hmac: None, comp: IPCOMP_NONE, mode tunnel'],
    families: ['ikev2-sa'],
    apply(b, _g, src) {
      b.noteHere(src);
    },
    events: none,
  },
  {
    id: 'ikev2-life',
    first: 'L',
    needle: 'Life/Active Time: ',
    regex: /^\s{0,80}Life\/Active Time: (?<life>\d{1,10})\/(?<active>\d{1,10}) sec/,
    samples: ['Life/Active Time: 86400/112 sec', '      Life/Active Time: 86400/3277 sec'],
    families: ['ikev2-sa'],
    apply(b, g, src) {
      const s = b.needIke(src);
      s.lifetimeSec = Number(g.life);
      s.activeSec = Number(g.active);
      s.remainingSec = Math.max(0, s.lifetimeSec - s.activeSec);
      b.note(s, src, 'lifetime', 'remainingSec');
    },
    events: none,
  },
  {
    id: 'ikev2-ce-id',
    first: 'C',
    needle: 'CE id: ',
    regex: /^\s{0,80}CE id: (?<ce>\d{1,10}), Session-id: (?<sid>\d{1,10})/,
    samples: ['      CE id: 1003, Session-id: 1'],
    families: ['ikev2-sa'],
    apply(b, g, src) {
      const e = b.needEntry(src, 'ike-sa');
      e.fields.sessionId = Number(g.sid);
      b.noteHere(src);
    },
    events: none,
  },
  {
    id: 'ikev2-session-id',
    first: 'S',
    needle: 'Session-id: ',
    regex: /^\s{0,80}Session-id: (?<sid>\d{1,10})\s{0,80}$/,
    samples: ['Session-id: 2'],
    families: ['ikev2-sa'],
    apply(b, _g, src) {
      b.noteHere(src);
    },
    events: none,
  },
  {
    id: 'ikev2-status-desc',
    first: 'S',
    needle: 'Status Description: ',
    regex: /^\s{0,80}Status Description: (?<desc>[\x20-\x7E]{1,100})$/,
    samples: ['Status Description: Negotiation done'],
    families: ['ikev2-sa'],
    apply(b, g, src) {
      const e = b.needEntry(src, 'ike-sa');
      e.fields.statusDescription = (g.desc ?? '').trim();
      b.noteHere(src);
    },
    events: none,
  },
  {
    id: 'ikev2-spi',
    first: 'L',
    needle: 'Remote spi: ',
    regex: /^\s{0,80}Local spi: (?<lspi>[\dA-Fa-f]{1,16}) {1,20}Remote spi: (?<rspi>[\dA-Fa-f]{1,16})/,
    samples: [
      'Local spi: FC696330E6B94D7F Remote spi: 58AFF71141BA436B',
      '      Local spi: C2D69B854419BC7A       Remote spi: 4F5EDE7AD248770E',
    ],
    families: ['ikev2-sa'],
    apply(b, g, src) {
      const s = b.needIke(src);
      s.spiLocal = g.lspi!.toUpperCase();
      s.spiRemote = g.rspi!.toUpperCase();
      b.note(s, src, 'spi');
    },
    events: none,
  },
  {
    id: 'ikev2-id',
    first: 'LR',
    needle: ' id: ',
    regex: /^\s{0,80}(?<side>Local|Remote) id: (?<id>.{1,200})$/,
    samples: [
      'Local id: hostname=ASA-IKEV2',
      'Remote id: *$AnyConnectClient$*',
      '        Remote id: vyos.net',
    ],
    families: ['ikev2-sa'],
    apply(b, g, src) {
      const e = b.needEntry(src, 'ike-sa');
      const s = b.needIke(src);
      const id = g.id!.trim();
      if (g.side === 'Local') {
        s.local = { ...s.local, id };
        e.local = { ...e.local, id };
      } else {
        s.remote = { ...s.remote, id };
        e.peer = { ...e.peer, id };
      }
      b.note(s, src);
    },
    events: none,
  },
  {
    id: 'ikev2-window',
    first: 'L',
    needle: 'Local ',
    regex:
      /^\s{0,80}Local (?:req mess id|next mess id|req msg id|next msg id|req queued|window): {0,8}\d{1,10} {1,20}Remote /,
    samples: [
      'Local req mess id: 0 Remote req mess id: 9',
      'Local req queued: 0 Remote req queued: 9 Local window: 1 Remote window: 1',
      '        Local next msg id: 269            Remote next msg id: 0',
      '        Local window:      5              Remote window:      1',
    ],
    families: ['ikev2-sa'],
    apply(b, _g, src) {
      b.noteHere(src);
    },
    events: none,
  },
  {
    id: 'ikev2-dpd',
    first: 'D',
    needle: 'DPD ',
    regex: /^\s{0,80}DPD (?:configured for (?<dpd>\d{1,6}) seconds, retry (?<retry>\d{1,4})|disabled)/,
    samples: ['DPD configured for 10 seconds, retry 2'],
    families: ['ikev2-sa'],
    apply(b, g, src) {
      const e = b.needEntry(src, 'ike-sa');
      if (g.dpd) e.fields.dpd = Number(g.dpd);
      b.noteHere(src);
    },
    events: none,
  },
  {
    id: 'ikev2-info',
    first: 'NFEICDQP',
    regex:
      /^\s{0,80}(?<what>NAT-T is (?:not )?detected|Fragmentation (?:not )?configured|Extended Authentication (?:not )?configured|IETF Std Fragmentation|Cisco Trust Security SGT is|Dynamic Route Update:|Quantum-safe Encryption|PQC Key Exchange:)/,
    samples: [
      'NAT-T is detected outside',
      '        NAT-T is not detected',
      '        Fragmentation not configured.',
      '        Extended Authentication not configured.',
      '        Cisco Trust Security SGT is disabled',
    ],
    families: ['ikev2-sa'],
    apply(b, g, src) {
      const e = b.needEntry(src, 'ike-sa');
      if (g.what?.startsWith('NAT-T')) e.fields.natt = src.text.trim();
      b.noteHere(src);
    },
    events: none,
  },
  {
    id: 'ikev2-assigned',
    first: 'A',
    needle: 'Assigned host addr: ',
    regex: /^\s{0,80}Assigned host addr: (?<addr>\S{1,64})/,
    samples: ['Assigned host addr: 10.2.2.1', '        Assigned host addr: 172.16.122.2'],
    families: ['ikev2-sa'],
    apply(b, g, src) {
      const e = b.needEntry(src, 'ike-sa');
      e.assignedIp = g.addr;
      b.note(e, src, 'assignedIp');
    },
    events: none,
  },
  {
    id: 'ikev2-child',
    first: 'C',
    needle: 'Child sa: ',
    regex: /^\s{0,80}Child sa: local selector {1,4}(?<sel>[\x20-\x7E]{1,100})$/,
    samples: ['Child sa: local selector 0.0.0.0/0 - 255.255.255.255/65535'],
    families: ['ikev2-sa'],
    apply(b, g, src) {
      const f = b.startFlow(src);
      f.local = rangeToCidr(g.sel ?? '');
      f.protocol = 'ip';
      b.note(f, src, 'flow');
    },
    events: none,
  },
  {
    id: 'ikev2-remote-selector',
    first: 'r',
    needle: 'remote selector ',
    regex: /^\s{0,80}remote selector {1,4}(?<sel>[\x20-\x7E]{1,100})$/,
    samples: ['remote selector 10.2.2.1/0 - 10.2.2.1/65535'],
    families: ['ikev2-sa'],
    apply(b, g, src) {
      const f = b.needFlow(src);
      f.remote = rangeToCidr(g.sel ?? '');
      b.note(f, src, 'flow');
    },
    events: none,
  },
  {
    id: 'ikev2-child-spi',
    first: 'EA',
    needle: ' spi in/out: ',
    regex: /^\s{0,80}(?<proto>ESP|AH) spi in\/out: (?<in>0x[\dA-Fa-f]{1,8})\/(?<out>0x[\dA-Fa-f]{1,8})/,
    samples: ['ESP spi in/out: 0x30b848a4/0x77ee5348', 'AH spi in/out: 0x0/0x0'],
    families: ['ikev2-sa'],
    apply(b, g, src) {
      const f = b.needFlow(src);
      if (g.proto === 'ESP' || !/^0x0+$/i.test(g.in!)) {
        f.spiIn = spiHex(g.in!);
        f.spiOut = spiHex(g.out!);
        b.note(f, src, 'spiIn', 'spiOut');
      } else b.note(f, src);
    },
    events: none,
  },
  {
    id: 'ikev2-cpi',
    first: 'C',
    needle: 'CPI in/out: ',
    regex: /^\s{0,80}CPI in\/out: 0x[\dA-Fa-f]{1,8}\/0x[\dA-Fa-f]{1,8}/,
    samples: ['CPI in/out: 0x0/0x0'],
    families: ['ikev2-sa'],
    apply(b, _g, src) {
      b.noteHere(src);
    },
    events: none,
  },
];

// ---------------------------------------------------------------------------------------------
// IOS / ASA `show crypto ipsec sa` (seed 000; lab write-ups)
// ---------------------------------------------------------------------------------------------

/** A new IPsec SA entry starts at a head line once the current one has a body. */
function ipsecEntry(b: Block, src: SourceLine, headField: string): InventoryEntry {
  const cur = b.entry;
  const body =
    cur &&
    (cur.at[headField] !== undefined ||
      cur.at.peer !== undefined ||
      cur.flows.some((f) => f.at.pktsOut !== undefined || f.at.pktsIn !== undefined));
  if (cur && !body) return cur;
  const e = b.startEntry(src, 'ipsec-sa');
  if (b.ctx.interface) e.interface = b.ctx.interface;
  if (b.ctx.map) e.fields.cryptoMap = b.ctx.map;
  if (b.ctx.localAddr) e.local = { address: b.ctx.localAddr };
  return e;
}

function ipsecFlow(b: Block, src: SourceLine): InventoryFlow {
  const e = b.entry ?? ipsecEntry(b, src, 'none');
  if (b.flow && e.flows.includes(b.flow)) return b.flow;
  return e.flows[0] ?? b.startFlow(src);
}

const ERRORISH = /fail|err|invalid|no sa|replay|drop/i;
const NOT_SA_ERROR = /comp|ICMP|pre-frag|PMTU/i;

const ipsec: ShowPattern[] = [
  {
    id: 'ipsec-interface',
    first: 'i',
    needle: 'interface: ',
    regex: /^\s{0,80}interface: (?<interface>[\w./:-]{1,64})\s{0,80}$/,
    samples: ['interface: outside', 'interface: FastEthernet0/0'],
    families: ['ipsec-sa'],
    opens: 'ipsec-sa',
    apply(b, g, src) {
      b.closeEntry();
      b.ctx.interface = g.interface;
      b.ctx.map = undefined;
      b.ctx.localAddr = undefined;
      const e = ipsecEntry(b, src, 'interface');
      b.note(e, src, 'interface');
    },
    events: none,
  },
  {
    id: 'ipsec-crypto-map',
    first: 'C',
    needle: 'Crypto map tag: ',
    regex:
      /^\s{0,80}Crypto map tag: (?<map>[^,\s]{1,64}), (?:seq num: (?<seq>\d{1,10}), )?local addr:? (?<local>\d{1,3}(?:\.(?:\d{1,3}|[x*]{1,3})){3}|[\dA-Fa-f]{0,4}(?::[\dA-Fa-f]{0,4}){2,7})/,
    samples: [
      'Crypto map tag: dynmap, seq num: 1000, local addr: 10.0.0.1',
      '    Crypto map tag: Tunnel0-head-0, local addr 203.0.113.2',
      '    Crypto map tag: outside_map, seq num: 10, local addr: 203.0.113.20',
    ],
    families: ['ipsec-sa'],
    opens: 'ipsec-sa',
    apply(b, g, src) {
      if (g.seq !== undefined) b.setVendor('cisco-asa');
      else b.setVendor('cisco-ios');
      const cur = b.entry;
      if (cur && (cur.at.map !== undefined || cur.at.ident !== undefined || cur.at.peer !== undefined))
        b.closeEntry();
      b.ctx.map = g.map;
      b.ctx.localAddr = g.local;
      const e = b.entry ?? ipsecEntry(b, src, 'map');
      e.fields.cryptoMap = g.map;
      if (g.seq) e.fields.seq = Number(g.seq);
      e.local = { address: g.local! };
      b.note(e, src, 'map');
    },
    events: none,
  },
  {
    id: 'ipsec-acl',
    first: 'a',
    needle: 'access-list ',
    regex: /^\s{0,80}access-list (?<acl>\S{1,64}) (?:extended )?permit /,
    samples: [
      '      access-list asa-router-vpn extended permit ip 192.168.2.0 255.255.255.0 192.168.0.0 255.255.255.0 ',
    ],
    families: ['ipsec-sa'],
    apply(b, g, src) {
      const e = ipsecEntry(b, src, 'acl');
      e.fields.acl = g.acl;
      b.note(e, src, 'acl');
    },
    events: none,
  },
  {
    id: 'ipsec-vrf',
    first: 'pP',
    needle: 'rotected vrf',
    regex: /^\s{0,80}(?:protected vrf|Protected vrf \(ivrf\)): (?<vrf>\S{1,64})/,
    samples: ['   protected vrf: (none)', '      Protected vrf (ivrf): Global'],
    families: ['ipsec-sa'],
    apply(b, g, src) {
      const e = ipsecEntry(b, src, 'vrf');
      const v = vrf(g.vrf);
      if (v && v !== 'Global') e.ivrf = v;
      b.note(e, src, 'vrf');
    },
    events: none,
  },
  {
    id: 'ipsec-ident',
    first: 'lr',
    needle: ' ident (addr/mask/prot/port): ',
    regex:
      /^\s{0,80}(?<side>local|remote) {1,2}ident \(addr\/mask\/prot\/port\): \((?<addr>[^/()\s]{1,45})\/(?<mask>[^/()\s]{1,45})\/(?<prot>\d{1,3})\/(?<port>\d{1,5})\)/,
    samples: [
      'local ident (addr/mask/prot/port): (0.0.0.0/0.0.0.0/0/0)',
      'remote ident (addr/mask/prot/port): (10.2.2.1/255.255.255.255/0/0)',
      '   local  ident (addr/mask/prot/port): (203.0.113.2/255.255.255.255/47/0)',
    ],
    families: ['ipsec-sa'],
    opens: 'ipsec-sa',
    apply(b, g, src) {
      const e = g.side === 'local' ? ipsecEntry(b, src, 'ident') : (b.entry ?? ipsecEntry(b, src, 'ident'));
      const f = e.flows[0] ?? b.startFlow(src);
      b.flow = f;
      const c = cidr(g.addr!, g.mask!);
      if (g.side === 'local') f.local = c;
      else f.remote = c;
      f.protocol = g.prot === '0' ? 'ip' : g.prot;
      b.note(e, src, 'ident');
      b.note(f, src, 'flow');
    },
    events: none,
  },
  {
    id: 'ipsec-peer',
    first: 'c',
    needle: 'current_peer',
    regex:
      /^\s{0,80}current_peer(?<colon>:)? (?<peer>[^\s,]{1,64})(?:,? port (?<port>\d{1,5}))?(?:, username: (?<user>\S{1,64}))?/,
    samples: [
      'current_peer: 192.168.1.1, username: Anu',
      '   current_peer 203.0.113.1 port 500',
      '      current_peer: 203.0.113.1',
    ],
    families: ['ipsec-sa'],
    opens: 'ipsec-sa',
    apply(b, g, src) {
      b.setVendor(g.colon ? 'cisco-asa' : 'cisco-ios');
      let e = b.entry;
      if (!e || e.at.peer !== undefined) e = ipsecEntry(b, src, 'peer');
      e.peer = { ...e.peer, address: g.peer!, ...(g.port ? { port: Number(g.port) } : {}) };
      if (g.user) e.name = g.user;
      b.note(e, src, 'peer');
    },
    events: none,
  },
  {
    id: 'ipsec-dyn-peer',
    first: 'd',
    needle: 'dynamic allocated peer ip',
    regex: /^\s{0,80}dynamic allocated peer ip(?:\(ipv6\))?: (?<ip>\S{1,64})/,
    samples: ['dynamic allocated peer ip: 10.2.2.1'],
    families: ['ipsec-sa'],
    apply(b, g, src) {
      const e = b.entry ?? ipsecEntry(b, src, 'dyn');
      if (g.ip !== '0.0.0.0') e.assignedIp = g.ip;
      b.note(e, src, 'assignedIp');
    },
    events: none,
  },
  {
    id: 'ipsec-permit',
    first: 'PD',
    needle: 'flags={',
    regex: /^\s{0,80}(?:PERMIT|DENY), flags=\{/,
    samples: ['     PERMIT, flags={origin_is_acl,}'],
    families: ['ipsec-sa'],
    apply(b, _g, src) {
      b.noteHere(src);
    },
    events: none,
  },
  {
    id: 'ipsec-encaps',
    first: '#',
    needle: '#pkts encaps: ',
    regex:
      /^\s{0,80}#pkts encaps: (?<encaps>\d{1,15}), #pkts encrypt: (?<encrypt>\d{1,15}), #pkts digest: (?<digest>\d{1,15})/,
    samples: [
      '#pkts encaps: 0, #pkts encrypt: 0, #pkts digest: 0',
      '    #pkts encaps: 177, #pkts encrypt: 177, #pkts digest: 177',
    ],
    families: ['ipsec-sa'],
    opens: 'ipsec-sa',
    apply(b, g, src) {
      let f = ipsecFlow(b, src);
      if (f.pktsOut !== undefined) {
        ipsecEntry(b, src, 'encaps');
        f = b.startFlow(src);
      }
      f.pktsOut = Number(g.encaps);
      b.note(f, src, 'pktsOut');
    },
    events: none,
  },
  {
    id: 'ipsec-decaps',
    first: '#',
    needle: '#pkts decaps: ',
    regex:
      /^\s{0,80}#pkts decaps: (?<decaps>\d{1,15}), #pkts decrypt: (?<decrypt>\d{1,15}), #pkts verify: (?<verify>\d{1,15})/,
    samples: [
      '#pkts decaps: 163, #pkts decrypt: 108, #pkts verify: 108',
      '    #pkts decaps: 296, #pkts decrypt: 296, #pkts verify: 296',
    ],
    families: ['ipsec-sa'],
    opens: 'ipsec-sa',
    apply(b, g, src) {
      let f = ipsecFlow(b, src);
      if (f.pktsIn !== undefined) {
        ipsecEntry(b, src, 'decaps');
        f = b.startFlow(src);
      }
      f.pktsIn = Number(g.decaps);
      b.note(f, src, 'pktsIn');
    },
    events: none,
  },
  {
    id: 'ipsec-errors',
    first: '#',
    needle: '#send errors',
    regex: /^\s{0,80}#send errors:? (?<send>\d{1,15}), #recv errors:? (?<recv>\d{1,15})/,
    samples: [
      '#send errors: 0, #recv errors: 55',
      '    #send errors 0, #recv errors 0',
      '    #send errors 15, #recv errors 0 <-- 15 send errors',
    ],
    families: ['ipsec-sa'],
    opens: 'ipsec-sa',
    apply(b, g, src) {
      const f = ipsecFlow(b, src);
      f.sendErrors = Number(g.send);
      f.recvErrors = Number(g.recv);
      b.note(f, src, 'sendErrors', 'recvErrors');
    },
    events: none,
  },
  {
    id: 'ipsec-counters',
    first: '#',
    needle: '#',
    regex: /^\s{0,80}#{1,2}(?!pkts encaps:|pkts decaps:|send errors)(?<counters>[A-Za-z][\x20-\x7E]{0,300})$/,
    samples: [
      '#pkts compressed: 0, #pkts decompressed: 0',
      '#pkts not compressed: 0, #pkts comp failed: 0, #pkts decomp failed: 0',
      '#pre-frag successes: 0, #pre-frag failures: 0, #fragments created: 0',
      '#PMTUs sent: 0, #PMTUs rcvd: 0, #decapsulated frgs needing reassembly: 0',
      '    #pkts not decompressed: 0, #pkts decompress failed: 0',
      '      #TFC rcvd: 0, #TFC sent: 0',
      '    #pkts no sa (send) 0, #pkts invalid sa (rcv) 0',
    ],
    families: ['ipsec-sa'],
    apply(b, g, src) {
      const f = ipsecFlow(b, src);
      const keys: string[] = [];
      for (const part of (g.counters ?? '').split(/,\s{0,8}#{1,2}/)) {
        const m = /^(.{1,80}?):? (\d{1,15})$/.exec(part.trim());
        if (!m) continue;
        const name = m[1]!.replace(/^#{1,2}/, '').trim();
        const n = Number(m[2]);
        if (n > 0 && ERRORISH.test(name) && !NOT_SA_ERROR.test(name)) {
          f.errors = { ...f.errors, [name]: n };
          keys.push(`error:${name}`);
        }
      }
      b.note(f, src, ...keys);
    },
    events: none,
  },
  {
    id: 'ipsec-endpoints',
    first: 'l',
    needle: 'crypto endpt.',
    regex:
      /^\s{0,80}local crypto endpt\.: (?<local>[^\s,]{1,64}), remote crypto endpt\.: (?<remote>[^\s,]{1,64})/,
    samples: [
      'local crypto endpt.: 10.0.0.1/4500, remote crypto endpt.: 192.168.1.1/25171',
      '     local crypto endpt.: 12.1.1.1, remote crypto endpt.: 12.1.1.2',
    ],
    families: ['ipsec-sa'],
    apply(b, g, src) {
      const e = b.entry ?? ipsecEntry(b, src, 'endpt');
      const l = addrPort(g.local!);
      const r = addrPort(g.remote!);
      e.local = { ...e.local, ...l };
      e.peer = {
        ...r,
        ...e.peer,
        ...(e.peer?.port === undefined && r.port !== undefined ? { port: r.port } : {}),
      };
      b.note(e, src, 'endpoints');
    },
    events: none,
  },
  {
    id: 'ipsec-mtu',
    first: 'p',
    needle: 'path mtu ',
    regex: /^\s{0,80}(?:plaintext mtu \d{1,6}, )?path mtu \d{1,6}, /,
    samples: [
      'path mtu 1488, ipsec overhead 82, media mtu 1500',
      '     plaintext mtu 1500, path mtu 1500, ip mtu 1500, ip mtu idb Ethernet0/0',
    ],
    families: ['ipsec-sa'],
    apply(b, _g, src) {
      if (b.entry) b.note(b.entry, src);
    },
    events: none,
  },
  {
    id: 'ipsec-pmtu',
    first: 'P',
    needle: 'PMTU time remaining',
    regex: /^\s{0,80}PMTU time remaining \(sec\): \d{1,10}, DF policy: /,
    samples: ['      PMTU time remaining (sec): 0, DF policy: copy-df'],
    families: ['ipsec-sa'],
    apply(b, _g, src) {
      if (b.entry) b.note(b.entry, src);
    },
    events: none,
  },
  {
    id: 'ipsec-current-spi',
    first: 'c',
    needle: ' spi',
    regex:
      /^\s{0,80}current (?<dir>outbound|inbound) spi ?: (?<spi>(?:0x)?[\dA-Fa-f]{1,8})(?:\((?<dec>\d{1,10})\))?/,
    samples: [
      'current outbound spi: 77EE5348',
      'current inbound spi : 30B848A4',
      '     current outbound spi: 0x0(0)',
    ],
    families: ['ipsec-sa'],
    apply(b, g, src) {
      const f = ipsecFlow(b, src);
      if (g.dir === 'outbound') {
        f.spiOut = spiHex(g.spi!);
        b.note(f, src, 'spiOut');
      } else {
        f.spiIn = spiHex(g.spi!);
        b.note(f, src, 'spiIn');
      }
    },
    events: none,
  },
  {
    id: 'ipsec-pfs',
    first: 'P',
    needle: 'PFS (Y/N)',
    regex: /^\s{0,80}PFS \(Y\/N\): (?<pfs>[YN]), DH group: (?<dh>\S{1,20})/,
    samples: ['     PFS (Y/N): N, DH group: none'],
    families: ['ipsec-sa'],
    apply(b, g, src) {
      const f = ipsecFlow(b, src);
      if (g.dh && g.dh !== 'none') {
        setAlg(f, 'dhGroup', g.dh);
        b.note(f, src, 'alg:dhGroup');
      } else b.note(f, src);
    },
    events: none,
  },
  {
    id: 'ipsec-sas-header',
    first: 'io',
    needle: ' sas:',
    regex: /^\s{0,80}(?<dir>inbound|outbound) (?<proto>esp|ah|pcp) sas:\s{0,80}$/,
    samples: ['inbound esp sas:', '     outbound esp sas:', '     inbound ah sas:', '     outbound pcp sas:'],
    families: ['ipsec-sa'],
    apply(b, g, src) {
      const f = ipsecFlow(b, src);
      b.ctx.dir = g.dir;
      b.ctx.proto = g.proto;
      if (g.proto === 'esp') {
        f.activeSas ??= 0;
        b.note(f, src, 'activeSas');
      } else b.note(f, src);
    },
    events: none,
  },
  {
    id: 'ipsec-spi',
    first: 's',
    needle: 'spi: ',
    regex: /^\s{0,80}spi: (?<spi>0x[\dA-Fa-f]{1,8}) ?\((?<dec>\d{1,10})\)/,
    samples: ['spi: 0x30B848A4 (817383588)', '      spi: 0x40E5FFA3(1088815011)'],
    families: ['ipsec-sa'],
    apply(b, g, src) {
      const f = ipsecFlow(b, src);
      if (b.ctx.proto === 'esp' || b.ctx.proto === 'ah') f.activeSas = (f.activeSas ?? 0) + 1;
      const spi = spiHex(g.spi!);
      if (b.ctx.dir === 'outbound') {
        if (!f.spiOut || /^0x0+$/i.test(f.spiOut)) f.spiOut = spi;
        b.note(f, src, 'spiOut');
      } else {
        f.spiIn ??= spi;
        b.note(f, src, 'spiIn');
      }
    },
    events: none,
  },
  {
    id: 'ipsec-transform',
    first: 't',
    needle: 'transform: ',
    regex: /^\s{0,80}transform: (?<transform>[\x20-\x7E]{1,120})$/,
    samples: [
      'transform: esp-aes-256 esp-sha-hmac no compression',
      '        transform: esp-3des esp-sha-hmac ,',
    ],
    families: ['ipsec-sa'],
    apply(b, g, src) {
      const f = ipsecFlow(b, src);
      const t = (g.transform ?? '').replace(/\bno compression\b/, '');
      const clean = stripTrailing(t);
      if (!f.algorithms?.suite) setAlg(f, 'suite', clean);
      b.note(f, src, 'alg:suite');
    },
    events: none,
  },
  {
    id: 'ipsec-settings',
    first: 'i',
    needle: 'in use settings',
    regex: /^\s{0,80}in use settings =\{/,
    samples: ['in use settings ={RA, Tunnel, NAT-T-Encaps, }', '        in use settings ={Tunnel, }'],
    families: ['ipsec-sa'],
    apply(b, _g, src) {
      b.noteHere(src);
    },
    events: none,
  },
  {
    id: 'ipsec-conn',
    first: 'sc',
    needle: 'id: ',
    regex: /^\s{0,80}(?:slot: \d{1,4}, )?conn[_ ]id: (?<connid>\d{1,10})/,
    samples: [
      'slot: 0, conn_id: 8192, crypto-map: dynmap',
      '        conn id: 2001, flow_id: SW:1, sibling_flags 80000046, crypto map: test',
    ],
    families: ['ipsec-sa'],
    apply(b, _g, src) {
      b.noteHere(src);
    },
    events: none,
  },
  {
    id: 'ipsec-timing',
    first: 's',
    needle: 'sa timing: ',
    regex:
      /^\s{0,80}sa timing: remaining key lifetime \((?<units>[\w/]{1,12})\): \(?(?<a>\d{1,12})(?:\/(?<b>\d{1,12}))?\)?/,
    samples: [
      'sa timing: remaining key lifetime (sec): 28685',
      '        sa timing: remaining key lifetime (k/sec): (4449265/3565)',
      '         sa timing: remaining key lifetime (kB/sec): (3914999/3326)',
    ],
    families: ['ipsec-sa'],
    apply(b, g, src) {
      const f = ipsecFlow(b, src);
      const a = Number(g.a);
      const bb = g.b !== undefined ? Number(g.b) : undefined;
      const min = (x: number | undefined, y: number): number => (x === undefined ? y : Math.min(x, y));
      if (bb !== undefined) {
        f.remainingKb = min(f.remainingKb, a);
        f.remainingSec = min(f.remainingSec, bb);
        b.note(f, src, 'remainingKb', 'remainingSec');
      } else if (/k/i.test(g.units ?? '')) {
        f.remainingKb = min(f.remainingKb, a);
        b.note(f, src, 'remainingKb');
      } else {
        f.remainingSec = min(f.remainingSec, a);
        b.note(f, src, 'remainingSec');
      }
    },
    events: none,
  },
  {
    id: 'ipsec-iv',
    first: 'I',
    needle: 'IV size: ',
    regex: /^\s{0,80}IV size: \d{1,3} bytes/,
    samples: ['IV size: 16 bytes'],
    families: ['ipsec-sa'],
    apply(b, _g, src) {
      b.noteHere(src);
    },
    events: none,
  },
  {
    id: 'ipsec-replay',
    first: 'rA',
    needle: 'replay',
    regex: /^\s{0,80}(?:replay detection support: [YN]|Anti replay bitmap:)/,
    samples: ['replay detection support: Y', 'Anti replay bitmap:'],
    families: ['ipsec-sa'],
    apply(b, _g, src) {
      b.noteHere(src);
    },
    events: none,
  },
  {
    id: 'ipsec-bitmap',
    first: '0',
    needle: '0x',
    regex: /^\s{0,80}0x[\dA-Fa-f]{8}(?: 0x[\dA-Fa-f]{8}){0,15}\s{0,80}$/,
    samples: ['0xFFAD6BED 0x7ABFD5BF', '          0x00000000 0x00000001'],
    families: ['ipsec-sa'],
    apply(b, _g, src) {
      b.noteHere(src);
    },
    events: none,
  },
  {
    id: 'ipsec-status',
    first: 'S',
    needle: 'Status: ',
    regex: /^\s{0,80}Status: (?<status>[A-Z][A-Z_]{1,20})(?:\((?<detail>[A-Z_]{1,20})\))?\s{0,80}$/,
    samples: ['        Status: ACTIVE', '        Status: ACTIVE(ACTIVE)'],
    families: ['ipsec-sa'],
    apply(b, _g, src) {
      b.noteHere(src);
    },
    events: none,
  },
];

// ---------------------------------------------------------------------------------------------
// PAN-OS `show vpn ike-sa`, `show vpn ipsec-sa`, `show vpn flow [tunnel-id N]`
// ---------------------------------------------------------------------------------------------

const DATE = /^[A-Z][a-z]{2}\.\d{1,2}$/;
const TIME = /^\d{1,2}:\d{2}:\d{2}$/;
const HEX8 = /^[\da-f]{8}$/i;

function panIkeRow(b: Block, g: Record<string, string>, src: SourceLine): void {
  const toks = (g.rest ?? '').trim().split(/\s+/);
  const ri = toks.findIndex((t) => t === 'Init' || t === 'Resp');
  const e = b.startEntry(src, 'ike-sa');
  const s = b.startIke(src);
  const v2 = /IKEv2/.test(b.ctx.table ?? '') || /Gateway ID/.test(b.ctx.columns ?? '');
  s.version = v2 ? 2 : 1;
  e.peer = { address: g.peer! };
  s.remote = { address: g.peer! };
  e.fields.gwid = Number(g.gwid);
  if (ri > 0) {
    e.name = toks.slice(0, ri).join(' ');
    s.role = toks[ri];
    let i = ri + 1;
    if (!v2 && /^(?:Main|Aggr)$/.test(toks[i] ?? '')) e.fields.mode = toks[i++];
    if (v2 && /^\d{1,10}$/.test(toks[i] ?? '')) e.fields.sn = toks[i++];
    const alg: string[] = [];
    while (i < toks.length && !DATE.test(toks[i]!)) alg.push(toks[i++]!);
    if (alg.length) s.algorithms = { suite: alg.join('') };
    if (DATE.test(toks[i] ?? '') && TIME.test(toks[i + 1] ?? '')) {
      e.fields.established = `${toks[i]} ${toks[i + 1]}`;
      i += 2;
    }
    if (DATE.test(toks[i] ?? '') && TIME.test(toks[i + 1] ?? '')) {
      e.fields.expiration = `${toks[i]} ${toks[i + 1]}`;
      i += 2;
    }
    const tail = toks.slice(i);
    if (v2) {
      // Xt Child ST
      const st = tail[tail.length - 1];
      if (st && !/^\d{1,4}$/.test(st)) s.status = st;
    } else if (tail.length >= 2) {
      // V ST Xt Phase2: IKEv1 rows list SAs that are up; ST is an internal state number
      e.fields.st = tail[1];
    }
    if (s.status) e.status = s.status;
  }
  b.note(s, src, 'status', 'alg:suite');
}

function panChildRow(b: Block, g: Record<string, string>, src: SourceLine): void {
  const e = b.startEntry(src, 'ipsec-sa');
  e.name = g.tunnel;
  e.fields.gateway = g.gateway;
  e.fields.tnid = Number(g.tnid);
  const f = b.startFlow(src);
  const toks = (g.rest ?? '').trim().split(/\s+/);
  // [algorithm...] SPI(in) SPI(out) MsgID ST [Xt]
  const si = toks.findIndex(
    (t, i) => HEX8.test(t) && HEX8.test(toks[i + 1] ?? '') && HEX8.test(toks[i + 2] ?? ''),
  );
  if (si >= 0) {
    const alg = toks.slice(0, si).join('');
    if (alg) f.algorithms = { suite: alg };
    f.spiIn = spiHex(toks[si]!);
    f.spiOut = spiHex(toks[si + 1]!);
    // IKEv2 child rows end in a state word (Mature); IKEv1 phase-2 rows in a state number.
    const st = toks[si + 3];
    if (st && /^\d{1,4}$/.test(st)) e.fields.st = st;
    else if (st) f.status = st;
  }
  b.note(f, src, 'spiIn', 'spiOut', 'alg:suite', 'status');
}

function panColumnsFamily(g: Record<string, string>): Family {
  if (g.first === 'id') return 'pan-flow';
  if (g.second === 'TnID' && g.first !== 'Gateway Name') return 'pan-ipsec';
  return 'pan-ike';
}

// Long keys take any value; short, common words only the values PAN-OS prints for them, so
// that `type: 1, reserved: 0x0` of a debug dump is not read as a tunnel field.
const FLOW_KEYS =
  /^\s{0,80}(?:(?<key>monitor packets seen|monitor packets reply|gateway id|local ip|peer ip|remote ip|inner interface|outer interface|tunnel mtu|soft lifetime|hard lifetime|lifetime remain|lifesize remain|latest rekey|en\/decap context|local spi|remote spi|key type|auth algorithm|enc algorithm|local port|remote port|anti replay check|copy tos|authentication errors|decryption errors|inner packet warnings|replay packets|when lifetime expired|when lifesize expired|sending sequence|receive sequence|encap packets|decap packets|encap bytes|decap bytes|key acquire requests|owner state|owner cpuid):(?<value>[\x20-\x7E]{0,200})|(?<key2>id|session|ownership|monitor|initiator|protocol|type): {1,40}(?<value2>\d{1,10}|on|off|yes|no|ESP|AH|IPSec|GlobalProtect[\w-]{0,20})\s{0,8}|(?<key3>proxy-id|traffic selector|packets received):?\s{0,8})$/;

const PROXY_KEYS = new Set(['local ip', 'remote ip', 'protocol', 'local port', 'remote port']);

const pan: ShowPattern[] = [
  {
    id: 'pan-title',
    first: 'Ip',
    needle: 'SAs',
    regex:
      /^\s{0,80}(?<title>IKEv1 phase-1 SAs|IKEv1 phase-2 SAs|phase-1 SAs|phase-2 SAs|IKEv2 SAs|IKEv2 IPSec Child SAs)\s{0,80}$/,
    samples: [
      ' IKEv1 phase-1 SAs',
      ' IKEv1 phase-2 SAs',
      'IKEv2 SAs',
      'IKEv2 IPSec Child SAs',
      '\tphase-1 SAs',
    ],
    families: ['pan-ike'],
    opens: 'pan-ike',
    apply(b, g) {
      b.ctx.table = g.title;
      b.ctx.columns = undefined;
    },
    events: none,
  },
  {
    id: 'pan-columns',
    first: 'Gi',
    regex:
      /^\s{0,80}(?<first>GwID\/client IP|GwID|Gateway ID|Gateway Name|id) {1,70}(?<second>Peer-Address|TnID|name)\b[\x20-\x7E]{0,600}$/,
    samples: [
      ' GwID/client IP  Peer-Address           Gateway Name                                                    Role Mode Algorithm             Established     Expiration      V  ST Xt Phase2',
      ' Gateway Name                                                    TnID     Tunnel                 GwID/IP          Role Algorithm          SPI(in)  SPI(out) MsgID    ST Xt',
      'Gateway ID      Peer-Address           Gateway Name           Role SN       Algorithm             Established     Expiration      Xt Child  ST',
      ' GwID/client IP  TnID   Peer-Address           Tunnel(Gateway)                                                                                                                  Algorithm          SPI(in)  SPI(out) life(Sec/KB)             remain-time(Sec)',
      'id    name                          state   monitor local-ip                      peer-ip                       tunnel-i/f',
      '\tGwID  TnID  Peer-Address  Tunnel(Gateway)          Algorithm     ',
    ],
    families: PAN,
    opens: panColumnsFamily,
    apply(b, g) {
      b.ctx.columns = `${g.first} ${g.second}`;
      if (g.first === 'Gateway ID') b.ctx.table = 'IKEv2 SAs';
    },
    events: none,
  },
  {
    id: 'pan-ike-row',
    first: '0-9',
    regex:
      /^\s{0,80}(?<gwid>\d{1,6}) {1,40}(?<peer>\d{1,3}(?:\.(?:\d{1,3}|[x*]{1,3})){3}|[\dA-Fa-f]{0,4}(?::[\dA-Fa-f]{0,4}){2,7}) {1,60}(?<rest>[^\s\d][\x20-\x7E]{0,600})$/,
    samples: [
      ' 1               10.0.1.2               VyOS                                                            Resp Main PSK/DH14/A128/SHA1    Jul.31 01:35:00 Jul.31 09:35:00 v1 13 1  1',
      '17              10.66.88.108           localzs3               Init 1        PSK/ DH2/A128/SHA1    Jun.29 12:49:41 Jun.29 12:55:41 0  1      Established',
      '\t1    57.1.1.1        gw-to-Lab1      Init Main PSK/DH2/A128/SHA1',
    ],
    families: ['pan-ike'],
    apply: panIkeRow,
    events: none,
  },
  {
    id: 'pan-p2-row',
    needle: [' Init ', ' Resp '],
    regex:
      /^\s{0,80}(?<gateway>[^\s\d]\S{0,63}) {1,60}(?<tnid>\d{1,6}) {1,40}(?<tunnel>\S{1,200}) {1,40}(?<gwid>\d{1,6}) {1,20}(?:(?<parent>\d{1,6}) {1,20})?(?<role>Init|Resp) {1,4}(?<rest>[\x20-\x7E]{1,300})$/,
    samples: [
      ' VyOS                                                            1        VyOS-tunnel            1                Resp ESP/    /tunl/SHA2 8827A3D9 C204F4FA BD202829 9  1',
      'localzs3               24       localzs3:primarytunnel     1        1        Init CBF7DC1D 5D1568FD 00000001 Mature',
    ],
    families: ['pan-ike'],
    apply: panChildRow,
    events: none,
  },
  {
    id: 'pan-ipsec-row',
    first: '0-9',
    regex:
      /^\s{0,80}(?<gwid>\d{1,6}) {1,20}(?<tnid>\d{1,6}) {1,20}(?<peer>\d{1,3}(?:\.(?:\d{1,3}|[x*]{1,3})){3}|[\dA-Fa-f]{0,4}(?::[\dA-Fa-f]{0,4}){2,7}) {1,60}(?<tunnel>\S{1,200}) {1,200}(?<algo>(?:ESP|AH)\/\S{1,40})(?: {1,20}(?<spiIn>[\dA-Fa-f]{8}) {1,20}(?<spiOut>[\dA-Fa-f]{8}))?(?: {1,20}(?<life>[\w/]{1,40}))?(?: {1,40}(?<remain>\d{1,10}))?\s{0,80}$/,
    samples: [
      ' 1               1      10.0.1.2               VyOS-tunnel(VyOS)                                                                                                                ESP/A256/SHA256    8827A3D9 C204F4FA 3600/Unlimited           2733',
      '17              24     10.66.88.108           localzs3:primarytunnel(localzs3)                ESP/A256/MD5       CBF7DC1D 5D1568FD 3527/102400',
      '\t1     2     57.1.1.1      IPVPN-tunnel1.1-to-LAB1  ESP/A128/SHA1',
    ],
    families: ['pan-ipsec'],
    apply(b, g, src) {
      const e = b.startEntry(src, 'ipsec-sa');
      e.name = g.tunnel;
      e.peer = { address: g.peer! };
      e.fields.gwid = Number(g.gwid);
      e.fields.tnid = Number(g.tnid);
      const f = b.startFlow(src);
      f.algorithms = { suite: g.algo! };
      if (g.spiIn) f.spiIn = spiHex(g.spiIn);
      if (g.spiOut) f.spiOut = spiHex(g.spiOut);
      const life = /^(\d{1,10})\/(\w{1,20})$/.exec(g.life ?? '');
      if (life) {
        f.lifetimeSec = Number(life[1]);
        const kb = num(life[2]);
        if (kb !== undefined && kb > 0) f.lifetimeKb = kb;
      }
      if (g.remain) f.remainingSec = Number(g.remain);
      b.note(f, src, 'spiIn', 'spiOut', 'alg:suite', 'remainingSec');
    },
    events: none,
  },
  {
    id: 'pan-summary',
    first: 'ST',
    needle: ['Show ', 'There is no', 'Total '],
    regex:
      /^\s{0,80}(?:Show (?:IKEv1 IKE SA|IKEv1 phase2 SA|IKEv2 SA|IPSec SA|IPsec SA|IKE gateway config|IPSec tunnel config): Total |There is no IKEv[12] SA found|Total \d{1,6} tunnels found)/,
    samples: [
      ' Show IKEv1 IKE SA: Total 1 gateways found. 1 ike sa found.',
      ' Show IKEv1 phase2 SA: Total 1 gateways found. 1 ike sa found.',
      ' There is no IKEv2 SA found.',
      'Show IKEv2 SA: Total 1 gateways found. 1 ike sa found.',
      'Show IPSec SA: Total 2 tunnels found. 1 ipsec sa found.',
      'Total 2 tunnels found. 2 ipsec sa found.',
    ],
    families: PAN,
    events: none,
  },
  {
    id: 'pan-flow-count',
    first: 'tf',
    needle: ['total ', 'filter - type'],
    regex:
      /^\s{0,80}(?:total [a-zA-Z][\w /-]{0,60}: {0,4}\d{1,6}|filter - type \S{1,20}, state \S{1,20})\s{0,80}$/,
    samples: [
      'total tunnels configured: 2',
      'filter - type IPSec, state any',
      'total IPSec tunnel configured: 2',
      'total IPSec tunnel shown: 2',
    ],
    families: ['pan-flow'],
    opens: 'pan-flow',
    events: none,
  },
  {
    id: 'pan-flow-row',
    first: '0-9',
    regex:
      /^\s{0,80}(?<id>\d{1,6}) {1,20}(?<name>\S{1,200}) {1,20}(?<state>active|inactive|init) {1,20}(?<monitor>up|down|off|init) {1,20}(?<local>\d{1,3}(?:\.(?:\d{1,3}|[x*]{1,3})){3}|[\dA-Fa-f]{0,4}(?::[\dA-Fa-f]{0,4}){2,7}) {1,40}(?<peer>\d{1,3}(?:\.(?:\d{1,3}|[x*]{1,3})){3}|[\dA-Fa-f]{0,4}(?::[\dA-Fa-f]{0,4}){2,7})(?: {1,40}(?<iface>\S{1,64}))?\s{0,80}$/,
    samples: [
      '24    localzs3:primarytunnel         active  up      10.96.19.238                  10.66.88.108                  tunnel.2',
      '\t4 tunnel active up 172.17.128.135 172.17.128.1',
    ],
    families: ['pan-flow'],
    apply(b, g, src) {
      const e = b.startEntry(src, 'tunnel');
      e.name = g.name;
      e.status = g.state;
      e.fields.id = Number(g.id);
      e.fields.monitor = g.monitor;
      e.local = { address: g.local! };
      e.peer = { address: g.peer! };
      if (g.iface) e.interface = g.iface;
      b.note(e, src, 'status', 'peer');
    },
    events: none,
  },
  {
    id: 'pan-flow-tunnel',
    first: 't',
    needle: 'tunnel',
    regex: /^\s{0,80}tunnel {1,8}(?<name>\S{1,200})\s{0,80}$/,
    samples: ['tunnel  ipsec-tunnel-1', 'tunnel  tun-prisma-pune'],
    families: ['pan-flow'],
    opens: 'pan-flow',
    apply(b, g, src) {
      const e = b.startEntry(src, 'tunnel');
      e.name = g.name;
      b.ctx.proxy = undefined;
      b.note(e, src, 'name');
    },
    events: none,
  },
  {
    id: 'pan-flow-state',
    first: 's',
    needle: 'state:',
    regex: /^\s{0,80}state: {1,40}(?<state>active|inactive|init)\s{0,80}$/,
    samples: ['        state:                  active', '  state:                 inactive'],
    families: ['pan-flow'],
    apply(b, g, src) {
      const e = b.needEntry(src, 'tunnel');
      e.status = g.state;
      b.note(e, src, 'status');
    },
    events: none,
  },
  {
    id: 'pan-flow-field',
    first: 'a-z',
    regex: FLOW_KEYS,
    samples: [
      '        id:                     5',
      '        local ip:               192.168.1.1',
      '        peer ip:                192.168.2.1',
      '        inner interface:        tunnel.1',
      '        lifetime remain:        2787 sec',
      '        local spi:              C1C2C3C4',
      '        enc algorithm:          AES128',
      '        authentication errors:  0',
      '        packets received',
      '          when lifetime expired:0',
      '\t        encap packets:    500',
      '\t        decap packets:    500',
      '\t        key acquire requests: 35',
      '        proxy-id:',
    ],
    families: ['pan-flow'],
    apply(b, g, src) {
      const e = b.needEntry(src, 'tunnel');
      const f = e.flows[0] ?? b.startFlow(src);
      b.flow = f;
      const key = (g.key ?? g.key2 ?? g.key3)!;
      const v = (g.value ?? g.value2 ?? '').trim();
      const n = lead(v);
      if (key === 'proxy-id' || key === 'traffic selector') {
        b.ctx.proxy = '1';
        b.note(f, src);
        return;
      }
      if (b.ctx.proxy && PROXY_KEYS.has(key)) {
        if (key === 'local ip') f.local = v;
        else if (key === 'remote ip') f.remote = v;
        else if (key === 'protocol') f.protocol = v === '0' ? 'ip' : v;
        b.note(f, src, 'flow');
        return;
      }
      b.ctx.proxy = undefined;
      switch (key) {
        case 'local ip':
          e.local = { address: v };
          b.note(e, src);
          break;
        case 'peer ip':
          e.peer = { ...e.peer, address: v };
          b.note(e, src, 'peer');
          break;
        case 'inner interface':
          e.interface = v;
          b.note(e, src);
          break;
        case 'hard lifetime':
          f.lifetimeSec = n;
          b.note(f, src);
          break;
        case 'lifetime remain':
          f.remainingSec = n;
          b.note(f, src, 'remainingSec');
          break;
        case 'local spi':
          f.spiIn = spiHex(v);
          b.note(f, src, 'spiIn');
          break;
        case 'remote spi':
          f.spiOut = spiHex(v);
          b.note(f, src, 'spiOut');
          break;
        case 'enc algorithm':
          setAlg(f, 'encryption', v);
          b.note(f, src, 'alg:encryption');
          break;
        case 'auth algorithm':
          setAlg(f, 'integrity', v);
          b.note(f, src, 'alg:integrity');
          break;
        case 'encap packets':
          f.pktsOut = n;
          b.note(f, src, 'pktsOut');
          break;
        case 'decap packets':
          f.pktsIn = n;
          b.note(f, src, 'pktsIn');
          break;
        case 'encap bytes':
          f.bytesOut = n;
          b.note(f, src);
          break;
        case 'decap bytes':
          f.bytesIn = n;
          b.note(f, src);
          break;
        case 'authentication errors':
        case 'decryption errors':
        case 'replay packets':
          if (n !== undefined && n > 0) {
            f.errors = { ...f.errors, [key]: n };
            b.note(f, src, `error:${key}`);
          } else b.note(f, src);
          break;
        default:
          if (v) e.fields[key] = n !== undefined && String(n) === v ? n : v;
          b.note(f, src);
      }
    },
    events: none,
  },
];

/** All patterns, in the order the parser tries them. */
export const SHOW_PATTERNS: readonly ShowPattern[] = [
  ...common,
  ...session,
  ...isakmpPeer,
  ...isakmpSa,
  ...asaIke,
  ...sessiondb,
  ...ikev2,
  ...ipsec,
  ...pan,
  ...STRONGSWAN_PATTERNS,
  ...PLUTO_PATTERNS,
];
