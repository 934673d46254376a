// strongSwan's status outputs, each line kind beside real lines it must match:
// - `swanctl --list-sas` (vici; format of src/swanctl/commands/list_sas.c): samples from the lab
//   corpus (lab/corpus/*/left|right.status.txt of the strongSwan sides) and from a VyOS pull
//   request quoting `sudo swanctl -l` (vyos/vyos-1x#1490, a DMVPN spoke with SHA-1/MODP_1024);
// - `ipsec status` / `ipsec statusall` (stroke; format of src/libcharon/plugins/stroke/
//   stroke_list.c): samples from a public test fixture quoting strongSwan 5.2.2 `ipsec statusall`
//   (nokia/moler), an exporter's test quoting a 1-up SA, a Chinese blog post quoting a road-warrior
//   SA with `0 bytes_i` (no packet came in), and BSDRP's lab notes (two SAs, one with no child).
// Only types are imported from ./patterns.ts (which lists these patterns): no import cycle.
import type { InventoryEntry, InventoryFlow, InventoryIkeSa } from '../../core/inventory.js';
import type { SourceLine } from '../../core/model.js';
import type { Block } from './block.js';
import type { ShowPattern } from './patterns.js';

const none = (): [] => [];

/** `192.0.2.1` / `2001:db8::1` / `%any` as an endpoint; ports in brackets are read by the caller. */
function endpoint(
  address: string,
  id?: string,
  port?: string,
): { address?: string; id?: string; port?: number } {
  const out: { address?: string; id?: string; port?: number } = {};
  if (address && address !== '%any') out.address = address;
  if (id !== undefined && id !== '' && id !== '%any') out.id = id;
  const p = port === undefined ? undefined : Number(port);
  if (p) out.port = p;
  return out;
}

/** `16 hours`, `93 minutes`, `3 seconds`, `0s`, `21 hours` → seconds (stroke's `%V` time). */
export function spanToSec(s: string | undefined): number | undefined {
  if (s === undefined) return undefined;
  const m = /^(-?\d{1,10}) ?(s|seconds?|minutes?|hours?|days?)$/.exec(s.trim());
  if (!m) return undefined;
  const n = Number(m[1]);
  const unit = m[2]!;
  if (unit.startsWith('d')) return n * 86400;
  if (unit.startsWith('h')) return n * 3600;
  if (unit.startsWith('m')) return n * 60;
  return n;
}

/** A child SA line may come before any IKE SA header was read (a pasted fragment). */
function entryFor(b: Block, src: SourceLine): InventoryEntry {
  return b.needEntry(src, 'ike-sa');
}

/** The current IKE SA of the row (swanctl and stroke print one IKE SA per row). */
function ikeOf(b: Block, src: SourceLine): InventoryIkeSa {
  const e = entryFor(b, src);
  const s = e.ike[0];
  if (s) {
    b.ike = s;
    return s;
  }
  return b.startIke(src);
}

/** The child SA a stroke line `name{N}:` belongs to: the row's flow with that id, or a new one. */
function strokeChild(b: Block, src: SourceLine, name: string, id: string): InventoryFlow {
  const e = entryFor(b, src);
  const f = e.flows.find((x) => x.id === id && x.name === name);
  if (f) {
    b.flow = f;
    return f;
  }
  const n = b.startFlow(src);
  n.name = name;
  n.id = id;
  return n;
}

/** Traffic selectors as printed, several separated by spaces: `10.0.2.2/32[gre]`, `dynamic`. */
function tsList(s: string): string {
  return s.trim().split(/\s+/).join(' ');
}

// ---------------------------------------------------------------------------------------------
// `swanctl --list-sas`
// ---------------------------------------------------------------------------------------------

const swanctl: ShowPattern[] = [
  {
    id: 'swanctl-ike',
    first: '(a-zA-Z0-9_.-',
    needle: ', IKEv',
    regex:
      /^\s{0,80}(?<name>\(unnamed\)|[\w.@-]{1,64}): #(?<uid>\d{1,10}), (?<state>[A-Z_]{3,20}), IKEv(?<version>[12]), (?<ispi>[\da-f]{16})_i(?<istar>\*?) (?<rspi>[\da-f]{16})_r(?<rstar>\*?)\s{0,80}$/,
    samples: [
      'lab: #1, ESTABLISHED, IKEv2, baaa1991bcc1a6ba_i* 460d1e9e31cdffcc_r',
      'lab: #1, ESTABLISHED, IKEv2, baaa1991bcc1a6ba_i 460d1e9e31cdffcc_r*',
      '(unnamed): #1, CONNECTING, IKEv2, ad0087e0398f4caa_i 7111b2b32c4fb7b5_r*',
      'dmvpn-NHRPVPN-tun100: #2, ESTABLISHED, IKEv2, d75034e2ff333694_i* 0f9fac76d6926722_r',
    ],
    families: ['swanctl-sas'],
    opens: 'swanctl-sas',
    apply(b, g, src) {
      const e = b.startEntry(src, 'ike-sa');
      if (g.name !== '(unnamed)') e.name = g.name;
      e.status = g.state;
      const s = b.startIke(src);
      s.version = g.version === '1' ? 1 : 2;
      s.status = g.state;
      s.connId = g.uid;
      // The `*` marks the SPI of this side: initiator or responder of this IKE SA.
      const initiator = g.istar === '*';
      s.role = initiator ? 'initiator' : g.rstar === '*' ? 'responder' : undefined;
      s.spiLocal = initiator ? g.ispi : g.rspi;
      s.spiRemote = initiator ? g.rspi : g.ispi;
      if (!s.role) delete s.role;
      b.note(e, src, 'status', 'name');
      b.note(s, src, 'status', 'spi');
    },
    events: none,
  },
  {
    id: 'swanctl-ike-endpoint',
    first: 'lr',
    needle: "' @ ",
    regex:
      /^\s{0,80}(?<side>local|remote) {1,2}'(?<id>[^']{0,300})' @ (?<address>[\w.:%-]{1,64})\[(?<port>\d{1,5})\]\s{0,80}$/,
    samples: [
      "  local  'left.example' @ 192.0.2.1[4500]",
      "  remote 'right.example' @ 198.51.100.2[4500]",
      "  local  '%any' @ 198.51.100.2[500]",
      "  remote '10.0.1.2' @ 10.0.1.2[4500]",
    ],
    families: ['swanctl-sas'],
    apply(b, g, src) {
      const e = entryFor(b, src);
      const s = ikeOf(b, src);
      const ep = endpoint(g.address!, g.id, g.port);
      if (g.side === 'local') {
        s.local = ep;
        e.local = ep;
        b.note(s, src, 'local');
      } else {
        s.remote = ep;
        e.peer = ep;
        b.note(s, src, 'remote');
        b.note(e, src, 'peer');
      }
    },
    events: none,
  },
  {
    id: 'swanctl-ike-algorithms',
    first: 'A-Z',
    needle: '/',
    regex: /^\s{0,80}[A-Z][A-Z\d_]{1,40}(?:-\d{1,4})?(?:\/[A-Z][A-Z\d_]{1,40}(?:-\d{1,4})?){1,6}\s{0,80}$/,
    samples: [
      '  AES_CBC-256/HMAC_SHA2_256_128/PRF_HMAC_SHA2_256/MODP_2048',
      '  AES_CBC-256/HMAC_SHA1_96/PRF_HMAC_SHA1/MODP_1024',
    ],
    families: ['swanctl-sas'],
    apply(b, _g, src) {
      const s = ikeOf(b, src);
      s.algorithms = { ...s.algorithms, suite: src.text.trim() };
      b.note(s, src, 'alg:suite');
    },
    events: none,
  },
  {
    id: 'swanctl-ike-times',
    first: 'e',
    needle: 'established ',
    regex:
      /^\s{0,80}established (?<ago>\d{1,10})s ago(?:, rekeying in (?<rekey>-?\d{1,10})s)?(?:, reauth in (?<reauth>-?\d{1,10})s)?(?:, expires in (?<expires>-?\d{1,10})s)?\s{0,80}$/,
    samples: ['  established 2s ago, rekeying in 13223s', '  established 55s ago, rekeying in 3497s'],
    families: ['swanctl-sas'],
    apply(b, g, src) {
      const s = ikeOf(b, src);
      s.activeSec = Number(g.ago);
      if (g.expires !== undefined) s.remainingSec = Number(g.expires);
      b.note(s, src, 'activeSec', 'remainingSec');
    },
    events: none,
  },
  {
    id: 'swanctl-ike-tasks',
    first: 'apq',
    needle: ':',
    regex:
      /^\s{0,80}(?<queue>queued|active|passive): {1,2}[A-Z][A-Z\d_]{2,30}(?: [A-Z][A-Z\d_]{2,30}){0,30}\s{0,80}$/,
    samples: [
      '  passive: IKE_INIT IKE_CERT_PRE IKE_AUTH IKE_CERT_POST IKE_CONFIG IKE_MOBIKE IKE_ESTABLISH IKE_AUTH_LIFETIME CHILD_CREATE',
      '  active:  QUICK_MODE',
      '  passive: ISAKMP_VENDOR MAIN_MODE',
    ],
    families: ['swanctl-sas'],
    apply(b, g, src) {
      const e = entryFor(b, src);
      e.fields[`tasks ${g.queue}`] = src.text
        .trim()
        .slice(g.queue!.length + 1)
        .trim();
      b.note(e, src);
    },
    events: none,
  },
  {
    id: 'swanctl-child',
    first: 'a-zA-Z0-9_.-',
    needle: ', reqid ',
    regex:
      /^\s{0,80}(?<name>[\w.@-]{1,64}): #(?<uid>\d{1,10}), reqid (?<reqid>\d{1,10}), (?<state>[A-Z_]{3,20}), (?<mode>[A-Z_]{3,20}(?:-in-UDP)?), (?<proto>ESP|AH):(?<algs>[\w/-]{0,200})\s{0,80}$/,
    samples: [
      '  net: #1, reqid 1, INSTALLED, TUNNEL-in-UDP, ESP:AES_CBC-256/HMAC_SHA2_256_128',
      '  net: #1, reqid 1, DELETED, TUNNEL-in-UDP, ESP:AES_CBC-256/HMAC_SHA2_256_128',
      '  dmvpn: #3, reqid 1, INSTALLED, TRANSPORT, ESP:AES_CBC-256/HMAC_SHA1_96/MODP_1024',
    ],
    families: ['swanctl-sas'],
    apply(b, g, src) {
      entryFor(b, src);
      const f = b.startFlow(src);
      f.name = g.name;
      f.id = g.uid;
      f.status = g.state;
      f.mode = g.mode;
      if (g.algs) f.algorithms = { suite: g.algs };
      b.note(f, src, 'status', 'alg:suite');
    },
    events: none,
  },
  {
    id: 'swanctl-child-times',
    first: 'i',
    needle: 'installed ',
    regex:
      /^\s{0,80}installed (?<ago>\d{1,10})s ago(?:, rekeying in (?<rekey>-?\d{1,10})s)?(?:, expires in (?<expires>-?\d{1,10})s)?\s{0,80}$/,
    samples: [
      '    installed 2s ago, rekeying in 3245s, expires in 3958s',
      '    installed 8s ago, rekeying in -3s, expires in 7s',
    ],
    families: ['swanctl-sas'],
    apply(b, g, src) {
      const f = b.needFlow(src);
      f.activeSec = Number(g.ago);
      // A child SA already replaced (DELETED, REKEYED) runs out on purpose: no near-expiry for it.
      if (g.expires !== undefined && (f.status === undefined || f.status === 'INSTALLED'))
        f.remainingSec = Number(g.expires);
      b.note(f, src, 'activeSec', 'remainingSec');
    },
    events: none,
  },
  {
    id: 'swanctl-child-traffic',
    first: 'io',
    needle: ' bytes, ',
    regex:
      /^\s{0,80}(?<dir>in|out) {1,2}(?<spi>[\da-f]{8})(?: \([^)]{1,20}\))?, {1,12}(?<bytes>\d{1,20}) bytes, {1,12}(?<pkts>\d{1,20}) packets(?:, {1,12}(?<ago>\d{1,10})s ago)?\s{0,80}$/,
    samples: [
      '    in  63aeb0ed,    168 bytes,     2 packets,     1s ago',
      '    out 7b824f54,    168 bytes,     2 packets,     1s ago',
      '    in  70ebe515,      0 bytes,     0 packets',
      '    out c20e1098,    186 bytes,     2 packets,    20s ago',
    ],
    families: ['swanctl-sas'],
    apply(b, g, src) {
      const f = b.needFlow(src);
      const ago = g.ago === undefined ? undefined : Number(g.ago);
      if (g.dir === 'in') {
        f.spiIn = g.spi;
        f.bytesIn = Number(g.bytes);
        f.pktsIn = Number(g.pkts);
        if (ago !== undefined) f.lastInSec = ago;
        b.note(f, src, 'spiIn', 'pktsIn', 'bytesIn');
      } else {
        f.spiOut = g.spi;
        f.bytesOut = Number(g.bytes);
        f.pktsOut = Number(g.pkts);
        if (ago !== undefined) f.lastOutSec = ago;
        b.note(f, src, 'spiOut', 'pktsOut', 'bytesOut');
      }
    },
    events: none,
  },
  {
    id: 'swanctl-child-ts',
    first: 'lr',
    regex:
      // A selector starts with an address or is `dynamic` (IOS `remote selector ...` is no selector list).
      /^\s{0,80}(?<side>local|remote) {1,2}(?<ts>[\da-f:][\w.:/[\]-]{0,200}(?: [\da-f:][\w.:/[\]-]{0,200}){0,20})\s{0,80}$/,
    samples: ['    local  203.0.113.0/26', '    remote 203.0.113.128/26', '    local  10.0.2.2/32[gre]'],
    families: ['swanctl-sas'],
    apply(b, g, src) {
      const f = b.needFlow(src);
      if (g.side === 'local') f.local = tsList(g.ts!);
      else f.remote = tsList(g.ts!);
      b.note(f, src, 'flow');
    },
    events: none,
  },
];

// ---------------------------------------------------------------------------------------------
// `ipsec status` / `ipsec statusall` (stroke)
// ---------------------------------------------------------------------------------------------

const stroke: ShowPattern[] = [
  {
    id: 'stroke-daemon',
    first: 'S',
    needle: 'Status of IKE charon daemon',
    regex: /^\s{0,80}Status of IKE charon daemon \((?<version>[^,)]{1,60})[^)]{0,200}\):\s{0,80}$/,
    samples: ['Status of IKE charon daemon (strongSwan 5.2.2, Linux 4.4.112-rt127, armv7l):'],
    families: ['stroke-status'],
    opens: 'stroke-status',
    apply(b, g) {
      b.ctx.daemon = g.version;
    },
    events: none,
  },
  {
    id: 'stroke-daemon-info',
    first: 'lmuw',
    needle: ': ',
    regex: /^\s{0,80}(?<key>uptime|malloc|worker threads|loaded plugins): [\x20-\x7E]{1,2000}$/,
    samples: [
      '  uptime: 93 minutes, since Jun 12 09:35:18 2018',
      '  malloc: sbrk 1343488, mmap 0, used 345768, free 997720',
      '  worker threads: 11 of 16 idle, 5/0/0/0 working, job queue: 0/0/0/0, scheduled: 3',
      '  loaded plugins: charon aes des rc2 sha1 sha2 md5 random nonce revocation constraints pubkey pkcs1 pkcs7 pkcs8 pkcs12 pgp dnskey sshkey pem openssl fips-prf gmp xcbc cmac hmac cra curl attr kernel-netlink resolve socket-default stroke updown xauth-generic',
    ],
    families: ['stroke-status'],
    events: none,
  },
  {
    id: 'stroke-section',
    first: 'CLV',
    needle: ':',
    regex:
      /^\s{0,80}(?:Listening IP addresses|Connections|Virtual IP pools \(size\/online\/offline\)):\s{0,80}$/,
    samples: ['Listening IP addresses:', 'Connections:'],
    families: ['stroke-status'],
    events: none,
  },
  {
    id: 'stroke-address',
    first: '0-9a-f',
    regex: /^\s{0,80}(?:\d{1,3}(?:\.\d{1,3}){3}|[\da-f]{0,4}(?::[\da-f]{0,4}){2,7})\s{0,80}$/,
    samples: ['  192.168.255.129', '  2a00:8a00:6000:7000:a59:1000:ffff:1557'],
    families: ['stroke-status'],
    events: none,
  },
  {
    id: 'stroke-conn',
    first: 'a-zA-Z0-9_.-',
    needle: '...',
    regex:
      /^\s{0,80}(?<name>[\w.@-]{1,64}): {1,2}(?<local>[\w:%/-]{1,64}(?:\.[\w:%/-]{1,64}){0,7})\.\.\.(?<remote>[\w.:%/-]{1,64}) {1,2}(?<version>IKEv[12]|IKE)(?<rest>[ ,][\x20-\x7E]{0,200})?$/,
    samples: [
      '     conn1_7:  10.1.83.64...10.1.83.4  IKEv2, dpddelay=10s',
      '     ch_vti0:  %any...%any  IKEv2',
    ],
    families: ['stroke-status'],
    apply(b, g, src) {
      const e = b.startEntry(src, 'connection');
      e.name = g.name;
      e.local = endpoint(g.local!);
      e.peer = endpoint(g.remote!);
      if (!e.local.address) delete e.local;
      if (g.version !== 'IKE') e.fields.version = g.version;
      b.note(e, src, 'name', 'peer');
    },
    events: none,
  },
  {
    id: 'stroke-conn-auth',
    first: 'a-zA-Z0-9_.-',
    needle: ':',
    regex:
      /^\s{0,80}(?<name>[\w.@-]{1,64}): {3,4}(?<key>local|remote|cert|ca|im-ca|ocsp|crl|group): {1,5}(?:\[(?<id>[^\]]{0,300})\] )?(?<value>[\x20-\x7E]{0,400})$/,
    samples: [
      '     conn1_7:   local:  [EA151410058.id1.nokia.com] uses public key authentication',
      '     conn1_7:    cert:  "C=DE, ST=Baden W\\xFCrttemberg, L=Ulm, O=NSN, OU=NWS EP RP SW PS, CN=fsmf582"',
      '     conn1_7:   remote: uses public key authentication',
    ],
    families: ['stroke-status'],
    apply(b, g, src) {
      const e = b.findEntry((x) => x.kind === 'connection' && x.name === g.name);
      if (!e) return;
      if (g.id !== undefined && g.key === 'local') e.local = { ...e.local, id: g.id };
      else if (g.id !== undefined && g.key === 'remote') e.peer = { ...e.peer, id: g.id };
      else e.fields[g.key!] = g.value;
      b.note(e, src);
    },
    events: none,
  },
  {
    id: 'stroke-conn-child',
    first: 'a-zA-Z0-9_.-',
    needle: 'child:',
    regex:
      /^\s{0,80}(?<name>[\w.@-]{1,64}): {3}child: {2}(?<local>[^=]{1,300}) === (?<remote>[^=]{1,300}) (?<mode>TUNNEL|TRANSPORT|TRANSPORT_PROXY|BEET|PASS|DROP)(?<rest>, [\x20-\x7E]{0,200})?$/,
    samples: [
      '     conn1_7:   child:  dynamic === 0.0.0.0/0 TUNNEL, dpdaction=clear',
      '         foo:   child:  172.19.10.0/24 === 172.19.5.0/24 TUNNEL, dpdaction=restart',
    ],
    families: ['stroke-status'],
    apply(b, g, src) {
      // A child config of the current connection (ipsec.conf: child and connection share the name).
      const e = b.entry?.kind === 'connection' ? b.entry : undefined;
      if (!e) return;
      e.fields[`child ${g.name}`] = `${tsList(g.local!)} === ${tsList(g.remote!)} ${g.mode}`;
      b.note(e, src);
    },
    events: none,
  },
  {
    id: 'stroke-sa-title',
    first: 'S',
    needle: 'Security Associations (',
    regex:
      /^\s{0,80}Security Associations \((?<up>\d{1,9}) up, (?<connecting>\d{1,9}) connecting\):\s{0,80}$/,
    samples: ['Security Associations (1 up, 0 connecting):', 'Security Associations (2 up, 0 connecting):'],
    families: ['stroke-status'],
    opens: 'stroke-status',
    apply(b, g, src) {
      b.closeEntry();
      if (g.up === '0' && g.connecting === '0') {
        // `none` follows: a row that says so, for NO_IKE_SA.
        const e = b.startEntry(src, 'ike-sa');
        e.fields.sas = 0;
        b.note(e, src, 'sas');
        b.closeEntry();
      }
    },
    events: none,
  },
  {
    id: 'stroke-none',
    first: 'n',
    needle: 'none',
    regex: /^\s{0,80}none\s{0,80}$/,
    samples: ['  none'],
    families: ['stroke-status'],
    events: none,
  },
  {
    id: 'stroke-ike',
    first: 'a-zA-Z0-9_.-',
    needle: ']...',
    regex:
      /^\s{0,80}(?<name>[\w.@-]{1,64})\[(?<uid>\d{1,10})\]: (?<state>[A-Z_]{3,20})(?: (?<ago>\d{1,10} [a-z]{1,7}) ago)?, (?<local>[\w.:%-]{1,64})\[(?<lid>[^\]]{0,300})\]\.\.\.(?<remote>[\w.:%-]{1,64})\[(?<rid>[^\]]{0,300})\]\s{0,80}$/,
    samples: [
      '     conn1_7[1]: ESTABLISHED 93 minutes ago, 10.1.83.64[EA151410058.id1.nokia.com]...10.1.83.4[C=CN, ST=Some-State, L=NJ, O=Nokia, OU=virtualSeGW]',
      '        foo[21]: ESTABLISHED 16 hours ago, 10.0.0.10[117.17.17.17]...137.37.37.37[137.37.37.37]',
      '      medsrv[2]: ESTABLISHED 4 minutes ago, 10.0.0.2[r2@medsrv.org]...2.2.2.4[r4@medsrv.org]',
    ],
    families: ['stroke-status'],
    opens: 'stroke-status',
    apply(b, g, src) {
      const e = b.startEntry(src, 'ike-sa');
      e.name = g.name;
      e.status = g.state;
      e.local = endpoint(g.local!, g.lid);
      e.peer = endpoint(g.remote!, g.rid);
      const s = b.startIke(src);
      s.status = g.state;
      s.connId = g.uid;
      s.local = e.local;
      s.remote = e.peer;
      const ago = spanToSec(g.ago);
      if (ago !== undefined) s.activeSec = ago;
      b.note(e, src, 'status', 'name', 'peer');
      b.note(s, src, 'status', 'activeSec');
    },
    events: none,
  },
  {
    id: 'stroke-ike-spis',
    first: 'a-zA-Z0-9_.-',
    needle: ' SPIs: ',
    regex:
      /^\s{0,80}(?<name>[\w.@-]{1,64})\[(?<uid>\d{1,10})\]: IKEv(?<version>[12]) SPIs: (?<ispi>[\da-f]{16})_i(?<istar>\*?) (?<rspi>[\da-f]{16})_r(?<rstar>\*?)(?<rest>, [\x20-\x7E]{0,200})?$/,
    samples: [
      '     conn1_7[1]: IKEv2 SPIs: 2c490bd4d6890edd_i* f3e4885e051cf217_r, rekeying in 22 hours',
      '        foo[21]: IKEv2 SPIs: b26da4ae5279684d_i* 7f5b0cfd45d5dc94_r, pre-shared key reauthentication in 7 hours',
      '        peer[3]: IKEv2 SPIs: da048fcc6b5080bd_i 474b56c815483bcf_r*, pre-shared key reauthentication in 49 minutes',
    ],
    families: ['stroke-status'],
    apply(b, g, src) {
      const s = ikeOf(b, src);
      s.version = g.version === '1' ? 1 : 2;
      const initiator = g.istar === '*';
      if (initiator || g.rstar === '*') s.role = initiator ? 'initiator' : 'responder';
      s.spiLocal = initiator ? g.ispi : g.rspi;
      s.spiRemote = initiator ? g.rspi : g.ispi;
      b.note(s, src, 'spi');
    },
    events: none,
  },
  {
    id: 'stroke-ike-proposal',
    first: 'a-zA-Z0-9_.-',
    needle: 'IKE proposal: ',
    regex:
      /^\s{0,80}(?<name>[\w.@-]{1,64})\[(?<uid>\d{1,10})\]: IKE proposal: (?<suite>[\w/-]{1,200})\s{0,80}$/,
    samples: [
      '     conn1_7[1]: IKE proposal: AES_CBC_128/HMAC_SHA1_96/PRF_HMAC_SHA1/MODP_2048',
      '        test[1]: IKE proposal: AES_CBC_128/HMAC_SHA1_96/PRF_HMAC_SHA1/MODP_1024',
    ],
    families: ['stroke-status'],
    apply(b, g, src) {
      const s = ikeOf(b, src);
      s.algorithms = { ...s.algorithms, suite: g.suite };
      b.note(s, src, 'alg:suite');
    },
    events: none,
  },
  {
    id: 'stroke-child',
    first: 'a-zA-Z0-9_.-',
    needle: '}:  ',
    regex:
      /^\s{0,80}(?<name>[\w.@-]{1,64})\{(?<uid>\d{1,10})\}: {2}(?<state>[A-Z_]{3,20}), (?<mode>[A-Z_]{3,20})(?:, reqid (?<reqid>\d{1,10}))?(?:, (?<proto>ESP|AH)(?<udp> in UDP)? SPIs: (?<spiIn>[\da-f]{8})_i (?<spiOut>[\da-f]{8})_o)?(?<rest>, [\x20-\x7E]{0,200})?$/,
    samples: [
      '     conn1_7{1}:  INSTALLED, TUNNEL, ESP in UDP SPIs: c5434194_i c94514b4_o',
      '        foo{83}:  INSTALLED, TUNNEL, reqid 21, ESP in UDP SPIs: c96e6b17_i 34f71a54_o',
    ],
    families: ['stroke-status'],
    apply(b, g, src) {
      const f = strokeChild(b, src, g.name!, g.uid!);
      f.status = g.state;
      f.mode = g.udp ? `${g.mode}-in-UDP` : g.mode;
      if (g.spiIn) f.spiIn = g.spiIn;
      if (g.spiOut) f.spiOut = g.spiOut;
      b.note(f, src, 'status', 'spiIn', 'spiOut');
    },
    events: none,
  },
  {
    id: 'stroke-child-traffic',
    first: 'a-zA-Z0-9_.-',
    needle: ' bytes_i',
    regex:
      /^\s{0,80}(?<name>[\w.@-]{1,64})\{(?<uid>\d{1,10})\}: {2}(?:(?<algs>[\w/-]{1,200}), )?(?<bin>\d{1,20}) bytes_i(?: \((?<pin>\d{1,20}) pkts?, (?<agoIn>\d{1,10})s ago\))?, (?<bout>\d{1,20}) bytes_o(?: \((?<pout>\d{1,20}) pkts?, (?<agoOut>\d{1,10})s ago\))?(?:, rekeying (?<rekey>[\w -]{1,40}))?\s{0,80}$/,
    samples: [
      '     conn1_7{1}:  AES_CBC_128/HMAC_SHA1_96, 169918 bytes_i (2224 pkts, 4s ago), 754948 bytes_o (2317 pkts, 328s ago), rekeying in 22 hours',
      '        foo{83}:  AES_CBC_256/HMAC_SHA2_256_128, 2646320 bytes_i (37510 pkts, 0s ago), 3014849 bytes_o (54623 pkts, 0s ago), rekeying in 21 hours',
      '    ikev2-rw{2}:  AES_CBC_256/HMAC_SHA2_256_128, 0 bytes_i, 171444 bytes_o (2041 pkts, 0s ago), rekeying in 9 minutes',
    ],
    families: ['stroke-status'],
    apply(b, g, src) {
      const f = strokeChild(b, src, g.name!, g.uid!);
      if (g.algs) f.algorithms = { ...f.algorithms, suite: g.algs };
      f.bytesIn = Number(g.bin);
      f.bytesOut = Number(g.bout);
      // stroke prints the packet count only once the SA was used: no count means no packet.
      f.pktsIn = g.pin === undefined ? 0 : Number(g.pin);
      f.pktsOut = g.pout === undefined ? 0 : Number(g.pout);
      if (g.agoIn !== undefined) f.lastInSec = Number(g.agoIn);
      if (g.agoOut !== undefined) f.lastOutSec = Number(g.agoOut);
      b.note(f, src, 'alg:suite', 'pktsIn', 'pktsOut', 'bytesIn', 'bytesOut');
    },
    events: none,
  },
  {
    id: 'stroke-child-ts',
    first: 'a-zA-Z0-9_.-',
    needle: ' === ',
    regex:
      /^\s{0,80}(?<name>[\w.@-]{1,64})\{(?<uid>\d{1,10})\}: {3}(?<local>[^=]{1,300}) === (?<remote>[^=]{1,300})$/,
    samples: [
      '     conn1_7{1}:   10.1.0.64/32 === 0.0.0.0/0',
      '    ikev2-rw{2}:   192.168.150.1/32 === 192.168.150.0/24 192.168.250.0/24',
    ],
    families: ['stroke-status'],
    apply(b, g, src) {
      const f = strokeChild(b, src, g.name!, g.uid!);
      f.local = tsList(g.local!);
      f.remote = tsList(g.remote!);
      b.note(f, src, 'flow');
    },
    events: none,
  },
];

export const STRONGSWAN_PATTERNS: readonly ShowPattern[] = [...swanctl, ...stroke];
