// Libreswan/Openswan status outputs, each line kind beside real lines it must match:
// `ipsec status` (= `ipsec whack --status`; `ipsec showstates` prints its state part) and
// `ipsec trafficstatus` (= `ipsec whack --trafficstatus`). Up to Libreswan 4 every line starts
// with whack's `000 ` (trafficstatus `006 `); Libreswan 5 dropped the prefix, so it is optional.
// Samples: the lab corpus (lab/corpus/*/left|right.status.txt of the Libreswan 4.10 sides), the
// Libreswan wiki "How to read status output" (trafficstatus), an OVN-Kubernetes source comment
// and an OpenShift how-to (Libreswan 4 IKEv2 child SA states and their `esp.` lines), a Red Hat
// mailing-list post and an Oracle Cloud guide (Openswan / Libreswan 3 IKEv1 states with `ref=0
// refhim=0 ... ESPout=0B!`), a Japanese AWS blog (`STATE_AGGR_I2`), and an opportunistic-IPsec
// how-to (`STATE_PARENT_I3`, `"private#172.31.0.0/16"[1] ...peer`).
//
// The dump also prints interfaces, `config setup` options and algorithm tables: they are read
// as part of the output (so they count as recognised) but not modelled.
import type { InventoryEntry, InventoryFlow } from '../../core/inventory.js';
import type { SourceLine } from '../../core/model.js';
import type { Block } from './block.js';
import type { ShowPattern } from './patterns.js';

const none = (): [] => [];

/** A child (IPsec) SA state rather than an IKE SA state. */
function isChildState(state: string, rest: string): boolean {
  return /QUICK|CHILD|IPSEC/.test(state) || /isakmp#\d|IKE SA #\d/.test(rest);
}

/** IKE version a state name tells: MAIN/AGGR/QUICK are IKEv1, V2/PARENT IKEv2. */
function versionOf(state: string): 1 | 2 | undefined {
  if (/^STATE_(?:MAIN|AGGR|QUICK|XAUTH|MODE_CFG)_/.test(state)) return 1;
  if (/^STATE_(?:V2_|PARENT_)/.test(state)) return 2;
  return undefined;
}

/** `8KB`, `0B`, `119KB`, `2MB` → bytes (Libreswan's `ESPin=`, rounded as printed). */
export function plutoBytes(s: string): number | undefined {
  const m = /^(\d{1,15})(B|KB|MB|GB|TB)$/.exec(s);
  if (!m) return undefined;
  const mult = { B: 1, KB: 1024, MB: 1024 ** 2, GB: 1024 ** 3, TB: 1024 ** 4 }[m[2] as 'B'];
  return Number(m[1]) * mult;
}

/** The connection row `name` (an instance `name[3]` is a row of its own), made when missing. */
function connection(b: Block, src: SourceLine, name: string): InventoryEntry {
  const found = b.findEntry((e) => e.kind === 'connection' && e.name === name);
  if (found) return found;
  const e = b.startEntry(src, 'connection');
  e.name = name;
  b.note(e, src, 'name');
  return e;
}

function childFlow(b: Block, src: SourceLine, e: InventoryEntry, serial: string): InventoryFlow {
  let f = e.flows.find((x) => x.id === serial);
  if (!f) {
    f = { id: serial, lines: [], at: {} };
    // The connection's traffic selectors: Libreswan prints them on the connection line only.
    if (typeof e.fields.localTs === 'string') f.local = e.fields.localTs;
    if (typeof e.fields.remoteTs === 'string') f.remote = e.fields.remoteTs;
    if (typeof e.fields.espNewest === 'string') f.algorithms = { suite: e.fields.espNewest };
    if (typeof e.fields.ipsecLifeSec === 'number') f.lifetimeSec = e.fields.ipsecLifeSec;
    e.flows.push(f);
  }
  b.flow = f;
  b.note(f, src);
  return f;
}

/**
 * One end of a connection line: `203.0.113.0/26===192.0.2.1[@left.example]` (left) or
 * `198.51.100.2[@right.example]===203.0.113.128/26` (right); Openswan adds `<addr>`, `---nexthop`
 * and `[+S=C]` policy flags. Returns address, identity and subnet as printed.
 */
export function plutoEnd(
  text: string,
  side: 'left' | 'right',
): { address?: string; id?: string; ts?: string } {
  const parts = text.split('===');
  const [ts, host] =
    side === 'left'
      ? parts.length > 1
        ? [parts[0], parts[1]]
        : [undefined, parts[0]]
      : [parts[1], parts[0]];
  let h = host ?? '';
  const hop = h.indexOf('---');
  if (hop >= 0) h = side === 'left' ? h.slice(0, hop) : h.slice(hop + 3);
  const out: { address?: string; id?: string; ts?: string } = {};
  const m = /^([^<[\s]{1,64})(?:<[^>]{0,64}>)?((?:\[[^\]]{0,300}\]){0,4})$/.exec(h.trim());
  if (m) {
    if (m[1] !== '%any' && m[1] !== '%opportunisticgroup') out.address = m[1];
    // `[@right.example]`, `[+S=C]`, `[@id,+S=C]`: the identity is the bracket with no policy flags.
    for (const br of m[2]?.match(/\[[^\]]{0,300}\]/g) ?? []) {
      const v = br.slice(1, -1).split(',')[0]!;
      if (v && !v.startsWith('+') && !v.startsWith('%')) out.id = v;
    }
  }
  if (ts !== undefined && ts.trim()) out.ts = ts.trim();
  return out;
}

const P = '(?:000 )?';

const pluto: ShowPattern[] = [
  {
    id: 'pluto-blank',
    first: '0',
    regex: /^\s{0,80}000\s{0,80}$/,
    samples: ['000  ', '000'],
    families: ['pluto-status'],
    events: none,
  },
  {
    id: 'pluto-kernel',
    first: '0u',
    needle: 'using kernel interface: ',
    regex: new RegExp(`^\\s{0,80}${P}using kernel interface: [\\w-]{1,20}\\s{0,80}$`),
    samples: ['000 using kernel interface: xfrm'],
    families: ['pluto-status'],
    opens: 'pluto-status',
    events: none,
  },
  {
    id: 'pluto-interface',
    first: '0i',
    needle: 'interface ',
    regex: new RegExp(`^\\s{0,80}${P}interface [\\w.@:-]{1,32} (?:UDP|TCP) [\\w.:%[\\]]{1,64}\\s{0,80}$`),
    samples: [
      '000 interface lo UDP [::1]:4500',
      '000 interface lo UDP 127.0.0.1:500',
      '000 interface wan0 UDP 198.51.100.2:4500',
    ],
    families: ['pluto-status'],
    events: none,
  },
  {
    id: 'pluto-heading',
    first: '0BCDIKSVcdv',
    needle: ':',
    regex: new RegExp(
      `^\\s{0,80}${P}(?:config setup options|debug|virtual-private \\(%priv\\)|Kernel algorithms supported|IKE algorithms supported|Connection list|Bare Shunt list|Shunt list|State list):(?: [\\w ,+-]{0,200})?\\s{0,80}$`,
    ),
    samples: [
      '000 config setup options:',
      '000 debug:',
      '000 virtual-private (%priv):',
      '000 Kernel algorithms supported:',
      '000 IKE algorithms supported:',
      '000 Connection list:',
      '000 Bare Shunt list:',
      '000 State list:',
    ],
    families: ['pluto-status'],
    events: none,
  },
  {
    id: 'pluto-options',
    first: '0a-zA-Z',
    needle: '=',
    regex: new RegExp(
      `^\\s{0,80}${P}[a-z][\\w -]{0,30}=[^,;=]{0,200}(?:[,;] {1,2}[a-z][\\w -]{0,30}=[^,;=]{0,200}){0,30};?\\s{0,80}$`,
      'i',
    ),
    samples: [
      '000 fips mode=disabled;',
      '000 SElinux=disabled',
      '000 configdir=/etc, configfile=/etc/ipsec.conf, secrets=/etc/ipsec.secrets, ipsecdir=/etc/ipsec.d',
      '000 pluto_version=4.10, pluto_vendorid=OE-Libreswan-4.10, audit-log=yes',
      '000 dnssec-rootkey-file=/usr/share/dns/root.key, dnssec-trusted=<unset>',
      '000 nat-traversal=yes, keep-alive=20, nat-ikeport=4500',
    ],
    families: ['pluto-status'],
    apply(b, _g, src) {
      const m = /pluto_vendorid=([\w.-]{1,40})/.exec(src.text);
      if (m) b.ctx.vendorId = m[1];
    },
    events: none,
  },
  {
    id: 'pluto-algorithm',
    first: '0a',
    needle: 'algorithm ',
    regex: new RegExp(
      `^\\s{0,80}${P}algorithm (?:ESP encrypt|AH/ESP auth|IKE encrypt|IKE PRF|IKE DH Key Exchange|IKE hash|IKE integrity): [\\w=,. /-]{1,300}\\s{0,80}$`,
    ),
    samples: [
      '000 algorithm ESP encrypt: name=3DES_CBC, keysizemin=192, keysizemax=192',
      '000 algorithm AH/ESP auth: name=HMAC_SHA2_256_128, key-length=256',
      '000 algorithm IKE encrypt: v1id=7, v1name=OAKLEY_AES_CBC, v2id=12, v2name=AES_CBC, blocksize=16, keydeflen=128',
      '000 algorithm IKE PRF: name=HMAC_SHA2_256, hashlen=32',
      '000 algorithm IKE DH Key Exchange: name=MODP2048, bits=2048',
    ],
    families: ['pluto-status'],
    events: none,
  },
  {
    id: 'pluto-stats',
    first: '0s',
    needle: 'stats db_ops: ',
    regex: new RegExp(`^\\s{0,80}${P}stats db_ops: [\\x20-\\x7E]{0,300}$`),
    samples: ['000 stats db_ops: {curr_cnt, total_cnt, maxsz} :context={0,0,0} trans={0,0,0} attrs={0,0,0} '],
    families: ['pluto-status'],
    events: none,
  },
  {
    id: 'pluto-state-info',
    first: '0S',
    needle: 'State Information: ',
    regex: new RegExp(`^\\s{0,80}${P}State Information: [\\w ,]{1,200}\\s{0,80}$`),
    samples: ['000 State Information: DDoS cookies not required, Accepting new IKE connections'],
    families: ['pluto-status'],
    opens: 'pluto-status',
    events: none,
  },
  {
    id: 'pluto-sa-counts',
    first: '0I',
    needle: 'SAs: total(',
    regex: new RegExp(
      `^\\s{0,80}${P}(?<kind>IKE|IPsec) SAs: total\\((?<total>\\d{1,9})\\)(?<rest>(?:, [\\w-]{1,20}\\(\\d{1,9}\\)){1,8})\\s{0,80}$`,
    ),
    samples: [
      '000 IKE SAs: total(1), half-open(0), open(1), authenticated(0), anonymous(0)',
      '000 IPsec SAs: total(0), authenticated(0), anonymous(0)',
    ],
    families: ['pluto-status'],
    opens: 'pluto-status',
    apply(b, g) {
      b.ctx[`${g.kind} SAs`] = g.total;
    },
    events: none,
  },
  {
    id: 'pluto-total',
    first: '0T',
    needle: 'Total IPsec connections: ',
    regex: new RegExp(
      `^\\s{0,80}${P}Total IPsec connections: loaded (?<loaded>\\d{1,9}), active (?<active>\\d{1,9})\\s{0,80}$`,
    ),
    samples: [
      '000 Total IPsec connections: loaded 1, active 0',
      '000 Total IPsec connections: loaded 3, active 1',
    ],
    families: ['pluto-status'],
    opens: 'pluto-status',
    apply(b, g) {
      b.ctx.loaded = g.loaded;
      b.ctx.active = g.active;
    },
    events: none,
  },
  {
    id: 'pluto-conn',
    first: '0"',
    needle: 'eroute owner: #',
    regex: new RegExp(
      `^\\s{0,80}${P}"(?<name>[^"]{1,100})"(?<inst>\\[\\d{1,9}\\])?(?: [^:"]{0,100})?: (?<left>[^;.]{1,400}(?:\\.[^;.]{1,400}){0,20})\\.\\.\\.(?<right>[^;]{1,400}); (?<routing>[\\w ]{1,40}); eroute owner: #(?<owner>\\d{1,10})\\s{0,80}$`,
    ),
    samples: [
      '000 "lab": 203.0.113.128/26===198.51.100.2[@right.example]...192.0.2.1[@left.example]===203.0.113.0/26; unrouted; eroute owner: #0',
      '000 "lab": 203.0.113.0/26===192.0.2.1[@left.example]...198.51.100.2[@right.example]===203.0.113.128/26; unrouted; eroute owner: #0',
    ],
    families: ['pluto-status'],
    opens: 'pluto-status',
    apply(b, g, src) {
      const name = `${g.name}${g.inst ?? ''}`;
      const e = b.startEntry(src, 'connection');
      e.name = name;
      // `...` also ends an IPv4 address's last dot: the split is at the `...` the regex found.
      const l = plutoEnd(g.left!, 'left');
      const r = plutoEnd(g.right!, 'right');
      e.local = { ...(l.address ? { address: l.address } : {}), ...(l.id ? { id: l.id } : {}) };
      e.peer = { ...(r.address ? { address: r.address } : {}), ...(r.id ? { id: r.id } : {}) };
      if (l.ts) e.fields.localTs = l.ts;
      if (r.ts) e.fields.remoteTs = r.ts;
      // `unrouted`, `erouted`, `prospective erouted`: whether the kernel policy is in place.
      e.status = g.routing;
      b.note(e, src, 'name', 'peer', 'status');
    },
    events: none,
  },
  {
    id: 'pluto-conn-newest',
    first: '0"',
    needle: 'newest IPsec SA: #',
    regex: new RegExp(
      `^\\s{0,80}${P}"(?<name>[^"]{1,100})"(?<inst>\\[\\d{1,9}\\])?: {1,6}newest (?<ikeKind>IKE|ISAKMP) SA: #(?<ike>\\d{1,10}); newest IPsec SA: #(?<ipsec>\\d{1,10});[\\x20-\\x7E]{0,100}$`,
    ),
    samples: [
      '000 "lab":   newest IKE SA: #1; newest IPsec SA: #0; conn serial: $1;',
      '000 "lab":   newest ISAKMP SA: #3; newest IPsec SA: #0; conn serial: $1;',
      '000 "v6neighbor-hole-out":   newest ISAKMP SA: #0; newest IPsec SA: #0;',
    ],
    families: ['pluto-status'],
    apply(b, g, src) {
      const e = connection(b, src, `${g.name}${g.inst ?? ''}`);
      e.fields.newestIkeSa = Number(g.ike);
      e.fields.newestIpsecSa = Number(g.ipsec);
      b.note(e, src, 'newest');
    },
    events: none,
  },
  {
    id: 'pluto-conn-algorithms',
    first: '0"',
    needle: 'algorithm',
    regex: new RegExp(
      `^\\s{0,80}${P}"(?<name>[^"]{1,100})"(?<inst>\\[\\d{1,9}\\])?: {1,6}(?<key>IKE algorithms|IKEv[12] algorithm newest|IKE algorithm newest|ESP algorithms|ESP algorithm newest|ESP algorithms loaded|IKE algorithms wanted|IKE algorithms found|AH algorithms): (?<value>[\\x20-\\x7E]{0,300})$`,
    ),
    samples: [
      '000 "lab":   IKE algorithms: AES_CBC_256-HMAC_SHA2_256-MODP2048',
      '000 "lab":   IKEv2 algorithm newest: AES_CBC_256-HMAC_SHA2_256-MODP2048',
      '000 "lab":   ESP algorithms: AES_GCM_16_256-NONE',
      '000 "ipsec":   ESP algorithm newest: AES_256-HMAC_SHA1; pfsgroup=MODP1024',
    ],
    families: ['pluto-status'],
    apply(b, g, src) {
      const e = connection(b, src, `${g.name}${g.inst ?? ''}`);
      const v = g.value!.trim();
      // The `newest` lines are the algorithms in use; the others are the configured proposals.
      if (/algorithm newest/.test(g.key!)) {
        const suite = v.replace(/; pfsgroup=<[^>]{0,20}>$/, '').replace(/; pfsgroup=/, '/');
        if (g.key!.startsWith('ESP')) {
          e.fields.espNewest = suite;
          for (const f of e.flows) f.algorithms = { ...f.algorithms, suite };
        } else {
          e.fields.ikeNewest = suite;
          for (const s of e.ike) s.algorithms = { ...s.algorithms, suite };
        }
        b.note(e, src, 'alg:suite');
      } else {
        e.fields[g.key!] = v;
        b.note(e, src);
      }
    },
    events: none,
  },
  {
    id: 'pluto-conn-lifetimes',
    first: '0"',
    needle: 'ike_life: ',
    regex: new RegExp(
      `^\\s{0,80}${P}"(?<name>[^"]{1,100})"(?<inst>\\[\\d{1,9}\\])?: {1,6}ike_life: (?<ike>\\d{1,10})s; ipsec_life: (?<ipsec>\\d{1,10})s;[\\x20-\\x7E]{0,400}$`,
    ),
    samples: [
      '000 "lab":   ike_life: 28800s; ipsec_life: 28800s; ipsec_max_bytes: 2^63B; ipsec_max_packets: 2^63; replay_window: 128; rekey_margin: 540s; rekey_fuzz: 100%; keyingtries: 1;',
    ],
    families: ['pluto-status'],
    apply(b, g, src) {
      const e = connection(b, src, `${g.name}${g.inst ?? ''}`);
      e.fields.ikeLifeSec = Number(g.ike);
      e.fields.ipsecLifeSec = Number(g.ipsec);
      b.note(e, src, 'lifetime');
    },
    events: none,
  },
  {
    id: 'pluto-conn-detail',
    first: '0"',
    regex: new RegExp(
      `^\\s{0,80}${P}"[^"]{1,100}"(?:\\[\\d{1,9}\\])?: {2,6}(?! {0,4}(?:newest (?:IKE|ISAKMP) SA:|ike_life:|(?:IKE|IKEv[12]|ESP|AH) algorithm))[\\x20-\\x7E]{1,600}$`,
    ),
    samples: [
      '000 "lab":     oriented; my_ip=unset; their_ip=unset; my_updown=ipsec _updown;',
      '000 "lab":   xauth us:none, xauth them:none,  my_username=[any]; their_username=[any]',
      '000 "lab":   policy: IKEv2+PSK+ENCRYPT+TUNNEL+IKE_FRAG_ALLOW+ESN_NO+ESN_YES;',
      '000 "lab":   our idtype: ID_FQDN; our id=@right.example; their idtype: ID_FQDN; their id=@left.example',
      '000 "lab":   dpd: passive; action:hold; delay:0s; timeout:0s',
    ],
    families: ['pluto-status'],
    events: none,
  },
  {
    id: 'pluto-state',
    first: '0#',
    needle: ' STATE_',
    regex: new RegExp(
      `^\\s{0,80}${P}#(?<serial>\\d{1,10}): "(?<name>[^"]{1,100})"(?<inst>\\[\\d{1,9}\\])?(?: [^:"]{0,100})?:(?<port>\\d{1,5}) (?<state>STATE_[A-Z\\d_]{1,40}) \\((?<desc>[^)]{1,100})\\)(?<rest>;[\\x20-\\x7E]{0,600})?$`,
    ),
    samples: [
      '000 #1: "lab":500 STATE_V2_ESTABLISHED_IKE_SA (established IKE SA); REKEY in 28528s; REPLACE in 28798s; newest; idle;',
      '000 #2: "lab":500 STATE_MAIN_I3 (sent Main Mode I3); RETRANSMIT in 0s; lastdpd=-1s(seq in:0 out:0); idle;',
      '000 #3: "lab":4500 STATE_V2_PARENT_I2 (sent IKE_AUTH request); RETRANSMIT in 0s; idle;',
      '000 #2: "lab":500 STATE_QUICK_R0 (expecting Quick Mode request); CRYPTO_TIMEOUT in 54s; lastdpd=-1s(seq in:0 out:0); idle;',
      '000 #7: "ovn-60abc6-0-in-1":500 STATE_V2_ESTABLISHED_CHILD_SA (established Child SA); REKEY in 25883s; REPLACE in 26153s; IKE SA #5; idle;',
      '000 #3: "oracle-tunnel-1":4500 STATE_QUICK_I2 (sent QI2, IPsec SA established); EVENT_SA_REPLACE in 2498s; isakmp#1; idle; import:admin initiate',
      '000 #1: "net1":4500 STATE_AGGR_I2 (sent AI2, ISAKMP SA established); EVENT_SA_REPLACE in 27792s; newest ISAKMP; lastdpd=5s(seq in:709 out:0); idle; import:admin initiate',
      '000 #1: "private#172.31.0.0/16"[1] ...172.31.22.162:500 STATE_PARENT_I3 (PARENT SA established); EVENT_v2_SA_REPLACE_IF_USED_IKE in 2841s; newest ISAKMP; idle; import:local rekey',
    ],
    families: ['pluto-status'],
    opens: 'pluto-status',
    apply(b, g, src) {
      const e = connection(b, src, `${g.name}${g.inst ?? ''}`);
      const rest = g.rest ?? '';
      const m =
        /(?:REPLACE|EVENT_SA_REPLACE|EVENT_SA_EXPIRE|EVENT_v2_SA_REPLACE_IF_USED(?:_IKE)?) in (\d{1,10})s/.exec(
          rest,
        );
      const remaining = m ? Number(m[1]) : undefined;
      if (isChildState(g.state!, rest)) {
        const f = childFlow(b, src, e, g.serial!);
        f.status = g.state;
        if (remaining !== undefined) f.remainingSec = remaining;
        b.note(f, src, 'status', 'remainingSec');
        return;
      }
      let s = e.ike.find((x) => x.connId === g.serial);
      if (!s) {
        s = { connId: g.serial, lines: [], at: {} };
        if (typeof e.fields.ikeNewest === 'string') s.algorithms = { suite: e.fields.ikeNewest };
        if (typeof e.fields.ikeLifeSec === 'number') s.lifetimeSec = e.fields.ikeLifeSec;
        e.ike.push(s);
      }
      b.ike = s;
      b.flow = undefined;
      s.status = g.state;
      const v = versionOf(g.state!);
      if (v) s.version = v;
      if (e.local) s.local = { ...e.local, port: Number(g.port) };
      if (e.peer) s.remote = { ...e.peer };
      if (remaining !== undefined) s.remainingSec = remaining;
      b.note(s, src, 'status', 'remainingSec');
    },
    events: none,
  },
  {
    id: 'pluto-state-sas',
    first: '0#',
    needle: 'Traffic: ',
    regex: new RegExp(
      `^\\s{0,80}${P}#(?<serial>\\d{1,10}): "(?<name>[^"]{1,100})"(?<inst>\\[\\d{1,9}\\])?(?: \\.\\.\\.[^:"\\s]{1,100})? (?<sas>(?:(?:esp|ah|comp|tun)[.:][\\da-f]{1,8}@\\S{1,64} ){1,6})(?:ref=\\d{1,10} refhim=\\d{1,10} )?Traffic: (?<traffic>[\\x20-\\x7E]{1,200})$`,
    ),
    samples: [
      '000 #7: "ovn-60abc6-0-in-1" esp.9d4cfa02@172.18.0.4 esp.950d136b@172.18.0.2 Traffic: ESPin=0B ESPout=0B ESPmax=2^63B',
      '000 #3: "oracle-tunnel-1" esp.4ce21b0d@140.204.60.38 esp.d91f4041@172.31.31.135 tun.0@140.204.60.38 tun.0@172.31.31.135 ref=0 refhim=0 Traffic: ESPin=0B ESPout=0B! ESPmax=4194303B',
      '000 #3: "vpc1-vpc2" esp.b81df6e@3.85.251.173 esp.b9e564dc@10.88.100.246 tun.0@3.85.251.173 tun.0@10.88.100.246 Traffic: ESPin=8KB ESPout=4KB ESPmax=2^63B',
      '000 #2: "private#172.31.0.0/16"[1] ...172.31.22.162 esp.d6d830dc@172.31.22.162 esp.475291e5@172.31.24.146 ref=0 refhim=0 Traffic: ESPin=128B ESPout=128B! ESPmax=0B',
    ],
    families: ['pluto-status'],
    opens: 'pluto-status',
    apply(b, g, src) {
      const e = connection(b, src, `${g.name}${g.inst ?? ''}`);
      const f = childFlow(b, src, e, g.serial!);
      // `esp.SPI@DST`: the SA towards the peer is the outbound one, the one towards us inbound.
      const esp = g
        .sas!.trim()
        .split(' ')
        .filter((t) => /^(?:esp|ah)[.:][\da-f]{1,8}@/.test(t));
      const peer = e.peer?.address;
      esp.forEach((tok, i) => {
        const at = tok.indexOf('@');
        const spi = tok.slice(tok.search(/[.:]/) + 1, at).padStart(8, '0');
        const dst = tok.slice(at + 1);
        const outbound = peer !== undefined ? dst === peer : i === 0;
        if (outbound) f.spiOut = spi;
        else f.spiIn = spi;
        if (peer === undefined && !e.peer && i === 0) e.peer = { address: dst };
      });
      const tin = /ESPin=(\d{1,15}[KMGT]?B)/.exec(g.traffic!);
      const tout = /ESPout=(\d{1,15}[KMGT]?B)/.exec(g.traffic!);
      if (tin) f.bytesIn = plutoBytes(tin[1]!);
      if (tout) f.bytesOut = plutoBytes(tout[1]!);
      b.note(f, src, 'spiIn', 'spiOut', 'bytesIn', 'bytesOut');
    },
    events: none,
  },
  {
    id: 'pluto-state-pending',
    first: '0#',
    needle: ': pending ',
    regex: new RegExp(
      `^\\s{0,80}${P}#(?<serial>\\d{1,10}): pending (?<what>Phase 2|CHILD SA) for "(?<name>[^"]{1,100})"(?<inst>\\[\\d{1,9}\\])?[\\x20-\\x7E]{0,100}$`,
    ),
    samples: ['000 #2: pending Phase 2 for "lab"', '000 #3: pending CHILD SA for "lab"'],
    families: ['pluto-status'],
    apply(b, g, src) {
      const e = connection(b, src, `${g.name}${g.inst ?? ''}`);
      e.fields.pending = `pending ${g.what} #${g.serial}`;
      b.note(e, src, 'pending');
    },
    events: none,
  },
  {
    id: 'pluto-traffic',
    first: '0#',
    needle: ', type=',
    regex:
      /^\s{0,80}(?:00[06] )?#(?<serial>\d{1,10}): "(?<name>[^"]{1,100})"(?<inst>\[\d{1,9}\])?(?: [^,"]{1,100})?, (?:username=(?<user>[^,]{1,100}), )?type=(?<type>ESP|AH|IPCOMP), add_time=(?<add>\d{1,12}), inBytes=(?<in>\d{1,20}), outBytes=(?<out>\d{1,20})(?<rest>, [\x20-\x7E]{0,400})?$/,
    samples: [
      '006 #48971: "redhat", username=pwouters, type=ESP, add_time=1480687195, inBytes=12295525, outBytes=673668',
      '006 #50578: "supo.libreswan.org", type=ESP, add_time=1480701786, inBytes=0, outBytes=0, id=\'@melto.foobar.fi\'',
      '006 #3: "my-host-to-host-vpn", type=ESP, add_time=1750173098, inBytes=128, outBytes=128, maxBytes=2^63B, id=\'C=US, ST=MyState, L=MyCity, O=MyOrg, OU=MyUnit, CN=worker-n\'',
    ],
    families: ['pluto-traffic'],
    opens: 'pluto-traffic',
    apply(b, g, src) {
      const e = b.startEntry(src, 'ipsec-sa');
      e.name = `${g.name}${g.inst ?? ''}`;
      const id = /(?:^|, )id='([^']{0,300})'/.exec(g.rest ?? '');
      if (id) e.peer = { id: id[1]! };
      if (g.user) e.fields.username = g.user;
      e.fields.addTime = new Date(Number(g.add) * 1000).toISOString();
      const f = b.startFlow(src);
      f.id = g.serial;
      f.bytesIn = Number(g.in);
      f.bytesOut = Number(g.out);
      b.note(e, src, 'name', 'peer');
      b.note(f, src, 'bytesIn', 'bytesOut');
    },
    events: none,
  },
];

export const PLUTO_PATTERNS: readonly ShowPattern[] = pluto;
