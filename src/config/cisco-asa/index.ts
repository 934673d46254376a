// Cisco ASA running-config (8.2 `crypto isakmp` syntax, 8.3+/9.x `crypto ikev1|ikev2` syntax, and
// the PIX/ASA 7 one-line `isakmp policy N ...` form) → one TunnelPolicy per crypto map entry with a
// peer, per dynamic map entry, and per VTI tunnel interface, joined with the tunnel-group of the
// peer. Command syntax: Cisco ASA Series VPN CLI Configuration Guide 9.x, "IPsec and ISAKMP" and
// "LAN-to-LAN IPsec VPNs"; Cisco ASA Series Command Reference (crypto map, tunnel-group).
// Unparsed = lines of the VPN scope not understood: top-level `crypto ...`, `isakmp ...`,
// `tunnel-group ...` and the lines under their blocks, `tunnel ...` lines of tunnel interfaces, and
// entries of the ACLs a crypto map matches. PKI (`crypto ca`), group-policy, webvpn and everything
// outside VPN (interfaces, routing, NAT ...) are read only where needed and never listed.
import type {
  AuthMethod,
  ChildProposal,
  ConfigSource,
  IkeProposal,
  TrafficSelector,
  Value,
} from '../../core/policy.js';
import { ConfigText } from '../shared/source.js';
import type { SecretRule } from '../shared/secrets.js';
import {
  aceSelectors,
  ciscoLines,
  NetObjects,
  objectMember,
  parseAce,
  stripPrompt,
  type Ace,
  type CLine,
} from '../shared/cisco.js';
import { childProposal, encList, groupList, hashList, ikeProposal, isInt } from '../shared/policy-build.js';
import { dhGroupNumber } from '../shared/algorithms.js';
import { configRatio, headLines, markerHits, score } from '../shared/detect.js';
import { ANY4, ANY6 } from '../shared/net.js';
import type { ApplianceConfig, AsaTunnel } from '../shared/types.js';

export const format = { id: 'cisco-asa', vendor: 'cisco-asa' as const, name: 'Cisco ASA running-config' };

// Where an ASA configuration writes secrets (show running-config prints `*****` for most of them;
// `more system:running-config` and backups print them in clear or as `8 <encrypted>`).
export const SECRETS: readonly SecretRule[] = [
  { re: /^\s*(?:ikev1 |ikev2 (?:local|remote)-authentication )?pre-shared-key (?:[08] |hex )?(\S+)/d },
  { re: /^\s*(?:enable )?password (\S+)/d },
  { re: /^\s*passwd (\S+)/d },
  { re: /^username \S+ password (\S+)/d },
  { re: /^\s*(?:key|ldap-login-password|secret|authentication-key) (\S+)/d },
  { re: /^\s*(?:ospf |ntp authentication-key \d{1,10} )?(?:message-digest-key \d{1,3} )?md5 (\S+)/d },
  { re: /^\s*neighbor \S+ password (?:\d )?(\S+)/d },
  { re: /^snmp-server (?:host \S+ \S+ (?:[\w-]{1,30} ){0,6})?community (\S+)/d },
  { re: /^failover key (?:hex )?(\S+)/d },
  { re: /^\s*(?:enable password|passwd) \S+ \S+ (\S+)/d },
];

// ---- detection ----------------------------------------------------------------------------------

const ASA_MARKERS: readonly RegExp[] = [
  /^(?:ASA|PIX) Version \d/,
  /^crypto ikev[12] policy \d+$/,
  /^crypto ikev[12] enable /,
  /^crypto ipsec ikev[12] /,
  /^tunnel-group \S+ (?:type|ipsec-attributes|general-attributes)/,
  /^nameif \S/,
  /^security-level \d/,
  /^access-list \S+ (?:line \d+ )?extended /,
  /^object(?:-group)? network /,
  /^crypto map \S+ \d+ (?:set|match) /,
  /^isakmp (?:enable|policy|identity) /,
  /^same-security-traffic /,
  /^nat \([\w-]+,[\w-]+\) /,
];

const IOS_MARKERS: readonly RegExp[] = [
  /^crypto isakmp key /,
  /^crypto ikev2 (?:proposal|profile|keyring) /,
  /^crypto keyring /,
  /^crypto isakmp profile /,
  /^ip access-list extended /,
  /^Building configuration/,
  /^Current configuration :/,
  /^version 1\d\.\d/,
  /^crypto map \S+ \d+ ipsec-isakmp$/,
  /^set transform-set /,
  /^service timestamps /,
];

export function detect(lines: string[]): number {
  const head = headLines(lines).map(stripPrompt);
  const asa = markerHits(head, ASA_MARKERS);
  const ios = markerHits(head, IOS_MARKERS);
  if (asa === 0 || ios > asa) return 0;
  return score(asa, configRatio(head)) * (ios > 0 ? 0.7 : 1);
}

// ---- model ----------------------------------------------------------------------------------------

interface At<T> {
  v: T;
  i: number;
}

interface IkePolicy {
  version: 1 | 2;
  prio: number;
  i: number;
  enc: string[];
  integ: string[];
  prf: string[];
  groups: number[];
  auth?: At<AuthMethod>;
  lifetime?: At<number>;
}

interface TransformSet {
  name: string;
  i: number;
  enc: string[];
  integ: string[];
  mode?: At<'tunnel' | 'transport'>;
}

interface IpsecProposal {
  name: string;
  i: number;
  enc: string[];
  integ: string[];
}

/** Settings of a crypto map entry, a dynamic map entry or an IPsec profile. */
interface CryptoSettings {
  name: string;
  seq: number;
  i: number;
  match?: At<string>;
  peers?: At<string[]>;
  v1ts?: At<string[]>;
  v2props?: At<string[]>;
  pfs?: At<number>;
  lifeSec?: At<number>;
  lifeKb?: At<number>;
  natT?: At<boolean>;
  phase1Mode?: At<'main' | 'aggressive'>;
  connType?: At<string>;
  trustpoint?: At<string>;
  dynamic?: At<string>;
}

interface TunnelGroup {
  name: string;
  i: number;
  type?: At<string>;
  attrI?: number;
  v1psk?: number;
  v1tp?: At<string>;
  v2remote?: At<AuthMethod>;
  v2local?: At<AuthMethod>;
  v2localTp?: string;
  keepalive?: At<{ enabled: boolean; threshold?: number; retry?: number }>;
  peerIdValidate?: At<string>;
}

interface Iface {
  name: string;
  i: number;
  nameif?: string;
  ip?: At<string>;
  ip6?: At<string>;
  tunnelSrc?: At<string>;
  tunnelDst?: At<string>;
  tunnelMode?: At<string>;
  tunnelProt?: At<string>;
}

type Block =
  | { kind: 'ike'; p: IkePolicy }
  | { kind: 'proposal'; p: IpsecProposal }
  | { kind: 'profile'; p: CryptoSettings }
  | { kind: 'map'; p: CryptoSettings }
  | { kind: 'tg'; g: TunnelGroup }
  | { kind: 'object'; name: string }
  | { kind: 'group'; name: string }
  | { kind: 'protocols'; name: string }
  | { kind: 'iface'; f: Iface }
  /** A VPN block whose content is known and not part of the tunnel policy (PKI, group attributes). */
  | { kind: 'ignore' }
  | { kind: 'other' };

class AsaModel {
  readonly ike: IkePolicy[] = [];
  readonly ts = new Map<string, TransformSet>();
  readonly proposals = new Map<string, IpsecProposal>();
  readonly profiles = new Map<string, CryptoSettings>();
  readonly maps = new Map<string, CryptoSettings>(); // key `${map} ${seq}`
  readonly dynMaps = new Map<string, CryptoSettings>();
  readonly mapIface = new Map<string, At<string>>();
  readonly groups = new Map<string, TunnelGroup>();
  readonly ifaces: Iface[] = [];
  readonly objects = new NetObjects();
  readonly acls = new Map<string, CLine[]>();
  readonly enabled = { ikev1: new Set<string>(), ikev2: new Set<string>() };
  identity?: At<string>;
  natT?: At<boolean>;
  /** `crypto ikev1 am-disable`: Aggressive Mode refused as responder. */
  amDisable?: At<boolean>;
  natKeepalive?: number;
  lifeSec?: At<number>;
  lifeKb?: At<number>;
  hostname?: string;
  domain?: string;
}

// ---- reading ------------------------------------------------------------------------------------

class AsaReader {
  readonly m = new AsaModel();
  private block: Block = { kind: 'other' };

  constructor(private readonly doc: ConfigText) {}

  read(): void {
    for (const l of ciscoLines(this.doc)) {
      if (l.indent > 0) {
        this.sub(l, l.lw, l.w);
        continue;
      }
      if (this.top(l)) continue;
      // A flattened paste (no indentation): a sub-command of the open block.
      if (this.block.kind !== 'other' && this.sub(l, l.lw, l.w, true)) continue;
      this.block = { kind: 'other' };
      if (/^(?:crypto|isakmp|tunnel-group)$/.test(l.lw[0] ?? '')) this.doc.unread(l.i);
    }
  }

  private at<T>(v: T, i: number): At<T> {
    return { v, i };
  }

  /** Top-level command; false when it is not one this reader knows. */
  private top(l: CLine): boolean {
    const { lw, w, i } = l;
    const k = lw[0];
    switch (k) {
      case 'hostname':
        this.m.hostname = w[1];
        this.block = { kind: 'other' };
        return true;
      case 'domain-name':
        this.m.domain = w[1];
        this.block = { kind: 'other' };
        return true;
      case 'name':
        if (w[1] && w[2]) this.m.objects.aliases.set(w[2], w[1]);
        this.block = { kind: 'other' };
        return true;
      case 'interface': {
        const name = w[1] ?? '';
        let f = this.m.ifaces.find((x) => x.name === name);
        if (!f) {
          f = { name, i };
          this.m.ifaces.push(f);
        }
        this.block = { kind: 'iface', f };
        return true;
      }
      case 'object':
        if (lw[1] === 'network' && w[2]) {
          this.m.objects.map.set(w[2], { kind: 'object', i, nets: [], objects: [], groups: [], opaque: [] });
          this.block = { kind: 'object', name: w[2] };
        } else this.block = { kind: 'other' };
        return true;
      case 'object-group':
        if (lw[1] === 'network' && w[2]) {
          this.m.objects.map.set(w[2], { kind: 'group', i, nets: [], objects: [], groups: [], opaque: [] });
          this.block = { kind: 'group', name: w[2] };
        } else if (lw[1] === 'protocol' && w[2]) {
          this.m.objects.protocols.set(w[2], []);
          this.block = { kind: 'protocols', name: w[2] };
        } else this.block = { kind: 'other' };
        return true;
      case 'access-list': {
        const name = w[1];
        if (name) {
          const list = this.m.acls.get(name) ?? [];
          list.push(l);
          this.m.acls.set(name, list);
        }
        this.block = { kind: 'other' };
        return true;
      }
      case 'crypto':
        this.crypto(l);
        return true;
      case 'isakmp':
        this.isakmp(l, 1);
        return true;
      case 'tunnel-group':
        this.tunnelGroup(l);
        return true;
      case 'no':
        if (lw[1] === 'crypto' && lw[2] === 'isakmp' && lw[3] === 'nat-traversal')
          this.m.natT = this.at(false, i);
        else if (lw[1] === 'crypto' || lw[1] === 'isakmp') this.doc.unread(i);
        this.block = { kind: 'other' };
        return true;
      case 'group-policy':
      case 'webvpn':
      case 'tunnel-group-map':
      case 'tunnel-group-list':
      case 'username':
        this.block = { kind: 'ignore' };
        return true;
      default:
        return false;
    }
  }

  private crypto(l: CLine): void {
    const { lw, w, i } = l;
    this.block = { kind: 'other' };
    const k = lw[1];
    if (k === 'ikev1' || k === 'isakmp') return this.isakmp(l, 2);
    if (k === 'ikev2') {
      if (lw[2] === 'policy' && isInt(lw[3])) {
        const p: IkePolicy = { version: 2, prio: Number(lw[3]), i, enc: [], integ: [], prf: [], groups: [] };
        this.m.ike.push(p);
        this.block = { kind: 'ike', p };
        return;
      }
      if (lw[2] === 'enable' && w[3]) {
        this.m.enabled.ikev2.add(w[3]);
        return;
      }
      if (
        /^(?:remote-access|cookie-challenge|limit|notify|fragmentation|redirect|rsa-sig-hash|nat-keepalive)$/.test(
          lw[2] ?? '',
        )
      )
        return;
      return this.doc.unread(i);
    }
    if (k === 'ipsec') return this.ipsec(l);
    if (k === 'map' || k === 'dynamic-map') {
      const name = w[2];
      if (!name) return this.doc.unread(i);
      if (k === 'map' && lw[3] === 'interface' && w[4]) {
        this.m.mapIface.set(name, this.at(w[4], i));
        return;
      }
      if (!isInt(lw[3])) return this.doc.unread(i);
      const seq = Number(lw[3]);
      const table = k === 'map' ? this.m.maps : this.m.dynMaps;
      const key = `${name} ${seq}`;
      let e = table.get(key);
      if (!e) {
        e = { name, seq, i };
        table.set(key, e);
      }
      if (!this.settings(e, lw.slice(4), w.slice(4), i, true)) this.doc.unread(i);
      // `crypto map M 10 ipsec-isakmp` followed by indented `set ...` lines (IOS style, some pastes)
      if (lw.length === 5 && lw[4] === 'ipsec-isakmp') this.block = { kind: 'map', p: e };
      return;
    }
    if (k === 'ca' || k === 'key' || k === 'checksum' || k === 'engine' || k === 'pki' || k === 'ssl') {
      this.block = { kind: 'ignore' };
      return;
    }
    this.doc.unread(i);
  }

  /** `crypto isakmp|ikev1 ...` (from = index of the word after it) and the ASA 7 `isakmp ...` form. */
  private isakmp(l: CLine, from: number): void {
    const { lw, w, i } = l;
    this.block = { kind: 'other' };
    const k = lw[from];
    const arg = w[from + 1];
    if (k === 'policy' && isInt(lw[from + 1])) {
      const prio = Number(lw[from + 1]);
      let p = this.m.ike.find((x) => x.version === 1 && x.prio === prio);
      if (!p) {
        p = { version: 1, prio, i, enc: [], integ: [], prf: [], groups: [] };
        this.m.ike.push(p);
      }
      this.block = { kind: 'ike', p };
      // one-line form: `isakmp policy 10 encryption aes-256`
      if (w.length > from + 2 && !this.ikeSub(p, lw.slice(from + 2), w.slice(from + 2), i))
        this.doc.unread(i);
      return;
    }
    if (k === 'enable' && arg) {
      this.m.enabled.ikev1.add(arg);
      return;
    }
    if (k === 'identity' && arg) {
      this.m.identity = this.at(w.slice(from + 1).join(' '), i);
      return;
    }
    if (k === 'nat-traversal') {
      this.m.natT = this.at(true, i);
      if (isInt(lw[from + 1])) this.m.natKeepalive = Number(lw[from + 1]);
      return;
    }
    if (k === 'am-disable') {
      this.m.amDisable = this.at(true, i);
      return;
    }
    if (
      /^(?:disconnect-notify|reload-wait|ipsec-over-tcp|limit|remote-access|keepalive|client|invalid-message|key-id)$/.test(
        k ?? '',
      )
    )
      return;
    this.doc.unread(i);
  }

  private ipsec(l: CLine): void {
    const { lw, w, i } = l;
    let j = 2;
    if (lw[j] === 'ikev1' && lw[j + 1] === 'transform-set') j++;
    if (lw[j] === 'transform-set') {
      const name = w[j + 1];
      if (!name) return this.doc.unread(i);
      const rest = lw.slice(j + 2);
      const ts = this.m.ts.get(name) ?? { name, i, enc: [], integ: [] };
      this.m.ts.set(name, ts);
      if (rest[0] === 'mode') {
        if (rest[1] === 'transport' || rest[1] === 'tunnel') ts.mode = this.at(rest[1], i);
        else this.doc.unread(i);
        return;
      }
      if (!this.transforms(ts, rest)) this.doc.unread(i);
      return;
    }
    if (lw[2] === 'ikev2' && lw[3] === 'ipsec-proposal' && w[4]) {
      const p = this.m.proposals.get(w[4]) ?? { name: w[4], i, enc: [], integ: [] };
      this.m.proposals.set(w[4], p);
      this.block = { kind: 'proposal', p };
      return;
    }
    if (lw[2] === 'profile' && w[3]) {
      const p = this.m.profiles.get(w[3]) ?? { name: w[3], seq: 0, i };
      this.m.profiles.set(w[3], p);
      this.block = { kind: 'profile', p };
      return;
    }
    if (lw[2] === 'security-association') {
      if (lw[3] === 'lifetime') {
        const r = this.lifetime(lw.slice(4), i);
        if (!r) return this.doc.unread(i);
        if (r.sec) this.m.lifeSec = r.sec;
        if (r.kb) this.m.lifeKb = r.kb;
        return;
      }
      if (lw[3] === 'pmtu-aging' || lw[3] === 'replay') return;
      return this.doc.unread(i);
    }
    if (/^(?:df-bit|fragmentation|inner-df-bit)$/.test(lw[2] ?? '')) return;
    this.doc.unread(i);
  }

  /** `esp-aes-256 esp-sha-hmac` (ASA transform names). */
  private transforms(ts: TransformSet, tokens: readonly string[]): boolean {
    let ok = tokens.length > 0;
    for (const t of tokens) {
      if (t === 'esp-none' || t === 'esp-null') ts.enc.push('null');
      else if (/^esp-[\w-]{1,20}-hmac$/.test(t)) {
        // the ASA knows ESP only: an `ah-...` transform is not understood
        const h = hashList([t]);
        if (h.bad.length) ok = false;
        ts.integ.push(...h.names);
      } else if (t.startsWith('esp-')) {
        const e = encList([t]);
        if (e.bad.length) ok = false;
        ts.enc.push(...e.names);
      } else ok = false;
    }
    return ok;
  }

  /** `seconds N [kilobytes M|unlimited]` in any order. */
  private lifetime(lw: readonly string[], i: number): { sec?: At<number>; kb?: At<number> } | undefined {
    const out: { sec?: At<number>; kb?: At<number> } = {};
    for (let j = 0; j < lw.length; j += 2) {
      const u = lw[j];
      const n = lw[j + 1];
      if (u === 'seconds' && isInt(n)) out.sec = this.at(Number(n), i);
      else if (u === 'kilobytes' && isInt(n)) out.kb = this.at(Number(n), i);
      else if (u === 'kilobytes' && n === 'unlimited') out.kb = this.at(0, i);
      else return undefined;
    }
    return out.sec || out.kb ? out : undefined;
  }

  /** Crypto map / dynamic map entry / IPsec profile settings; false when not understood. */
  private settings(
    e: CryptoSettings,
    lw: readonly string[],
    w: readonly string[],
    i: number,
    mapEntry: boolean,
  ): boolean {
    const k = lw[0];
    if (k === 'match' && lw[1] === 'address' && w[2] && mapEntry) {
      e.match = this.at(w[2], i);
      return true;
    }
    if (k === 'ipsec-isakmp' && mapEntry) {
      if (lw[1] === 'dynamic' && w[2]) e.dynamic = this.at(w[2], i);
      return lw.length === 1 || (lw[1] === 'dynamic' && w[2] !== undefined);
    }
    if (k === 'responder-only' && !mapEntry) return true;
    if (k !== 'set') return false;
    const s = lw[1];
    if (s === 'peer' && w.length > 2) {
      e.peers = this.at(w.slice(2), i);
      return true;
    }
    if ((s === 'ikev1' && lw[2] === 'transform-set') || s === 'transform-set') {
      const names = w.slice(s === 'ikev1' ? 3 : 2);
      if (!names.length) return false;
      e.v1ts = this.at(names, i);
      return true;
    }
    if (s === 'ikev2' && lw[2] === 'ipsec-proposal' && w.length > 3) {
      e.v2props = this.at(w.slice(3), i);
      return true;
    }
    if (s === 'pfs') {
      // `set pfs` alone: the ASA applies group 2 (ASA command reference, "set pfs").
      const g = lw[2] === undefined ? 2 : dhGroupNumber(lw[2]);
      if (g === undefined) return false;
      e.pfs = this.at(g, i);
      return true;
    }
    if (s === 'security-association') {
      if (lw[2] === 'lifetime') {
        const r = this.lifetime(lw.slice(3), i);
        if (!r) return false;
        if (r.sec) e.lifeSec = r.sec;
        if (r.kb) e.lifeKb = r.kb;
        return true;
      }
      return lw[2] === 'replay' || lw[2] === 'level';
    }
    if (s === 'nat-t-disable') {
      e.natT = this.at(false, i);
      return true;
    }
    if ((s === 'ikev1' && lw[2] === 'phase1-mode') || s === 'phase1-mode') {
      const m = lw[s === 'ikev1' ? 3 : 2];
      if (m !== 'main' && m !== 'aggressive') return false;
      e.phase1Mode = this.at(m, i);
      return true;
    }
    if (s === 'connection-type' && w[2]) {
      e.connType = this.at(lw[2]!, i);
      return true;
    }
    if (s === 'trustpoint' && w[2]) {
      e.trustpoint = this.at(w[2], i);
      return true;
    }
    if (s === 'ikev2') return lw[2] === 'route';
    if (s === 'ikev1') return lw[2] === 'nat-t-disable';
    return /^(?:reverse-route|inheritance|tfc-packets|df-bit|validate-icmp-errors)$/.test(s ?? '');
  }

  private tunnelGroup(l: CLine): void {
    const { lw, w, i } = l;
    const name = w[1];
    this.block = { kind: 'other' };
    if (!name) return this.doc.unread(i);
    const g = this.m.groups.get(name) ?? { name, i };
    this.m.groups.set(name, g);
    const k = lw[2];
    if (k === 'type' && w[3]) {
      g.type = this.at(lw[3]!, i);
      return;
    }
    if (k === 'ipsec-attributes') {
      g.attrI ??= i;
      this.block = { kind: 'tg', g };
      return;
    }
    if (k === 'general-attributes' || k === 'webvpn-attributes' || k === 'ppp-attributes') {
      this.block = { kind: 'ignore' };
      // `tunnel-group X general-attributes default-group-policy Y` on one line is fine too
      return;
    }
    this.doc.unread(i);
  }

  /** An indented (or flattened) line under the open block; false when not understood. */
  private sub(l: CLine, lw: string[], w: string[], flattened = false): boolean {
    const b = this.block;
    const i = l.i;
    switch (b.kind) {
      case 'ike': {
        const ok = this.ikeSub(b.p, lw, w, i);
        if (!ok && !flattened) this.doc.unread(i);
        return ok;
      }
      case 'proposal': {
        const ok = this.proposalSub(b.p, lw);
        if (!ok && !flattened) this.doc.unread(i);
        return ok;
      }
      case 'profile':
      case 'map': {
        const ok = this.settings(b.p, lw, w, i, b.kind === 'map');
        if (!ok && !flattened) this.doc.unread(i);
        return ok;
      }
      case 'tg': {
        const ok = this.tgSub(b.g, lw, w, i);
        if (!ok && !flattened) this.doc.unread(i);
        return ok;
      }
      case 'object': {
        if (lw[0] === 'description' || lw[0] === 'nat') return true;
        const o = this.m.objects.get(b.name);
        const r = objectMember(w, lw, false);
        if (!o || !r) return false;
        if (lw[0] === 'fqdn') o.opaque.push(...r);
        else o.nets.push(...r);
        return true;
      }
      case 'group': {
        const o = this.m.objects.get(b.name);
        if (!o) return false;
        if (lw[0] === 'description') return true;
        if (lw[0] === 'group-object' && w[1]) {
          o.groups.push(w[1]);
          return true;
        }
        if (lw[0] === 'network-object') {
          if (lw[1] === 'object' && w[2]) {
            o.objects.push(w[2]);
            return true;
          }
          const r = objectMember(w.slice(1), lw.slice(1), false);
          if (!r) return false;
          o.nets.push(...r);
          return true;
        }
        return false;
      }
      case 'protocols': {
        if (lw[0] === 'description') return true;
        if (lw[0] !== 'protocol-object' || !lw[1]) return false;
        this.m.objects.protocols.get(b.name)?.push(lw[1]);
        return true;
      }
      case 'iface':
        return this.ifaceSub(b.f, lw, w, i, flattened);
      case 'ignore':
        return true;
      case 'other':
        // indented line under a command this reader does not follow
        return !flattened;
    }
  }

  private ikeSub(p: IkePolicy, lw: readonly string[], w: readonly string[], i: number): boolean {
    const k = lw[0];
    const args = lw.slice(1);
    if (!k) return false;
    if (k === 'authentication') {
      const a = lw[1];
      const m: AuthMethod | undefined =
        a === 'pre-share' ? 'psk' : a === 'rsa-sig' ? 'cert' : a === 'crack' ? 'unknown' : undefined;
      if (!m) return false;
      p.auth = this.at(m, i);
      return true;
    }
    if (k === 'encryption' || k === 'encr') {
      const e = encList(args);
      if (e.bad.length || !e.names.length) return false;
      p.enc = p.version === 1 ? e.names.slice(0, 1) : e.names;
      return true;
    }
    if (k === 'hash' || k === 'integrity') {
      const h = hashList(args);
      if (h.bad.length) return false;
      p.integ = h.names;
      if (p.version === 1) p.prf = h.names; // IKEv1: the PRF is the HMAC of the negotiated hash
      return true;
    }
    if (k === 'prf') {
      const h = hashList(args);
      if (h.bad.length || !h.names.length) return false;
      p.prf = h.names;
      return true;
    }
    if (k === 'group') {
      const g = groupList(args);
      if (g.bad.length || !g.groups.length) return false;
      p.groups = g.groups;
      return true;
    }
    if (k === 'lifetime') {
      const n = lw[1] === 'seconds' ? lw[2] : lw[1];
      if (n === 'none') {
        p.lifetime = this.at(0, i);
        return true;
      }
      if (!isInt(n)) return false;
      p.lifetime = this.at(Number(n), i);
      return true;
    }
    void w;
    return false;
  }

  private proposalSub(p: IpsecProposal, lw: readonly string[]): boolean {
    if (lw[0] !== 'protocol' || lw[1] !== 'esp') return false;
    if (lw[2] === 'encryption') {
      const e = encList(lw.slice(3));
      if (e.bad.length || !e.names.length) return false;
      p.enc = e.names;
      return true;
    }
    if (lw[2] === 'integrity') {
      const h = hashList(lw.slice(3));
      if (h.bad.length) return false;
      p.integ = h.names;
      return true;
    }
    return false;
  }

  private tgSub(g: TunnelGroup, lw: readonly string[], w: readonly string[], i: number): boolean {
    const k = lw[0];
    if ((k === 'ikev1' && lw[1] === 'pre-shared-key') || k === 'pre-shared-key') {
      g.v1psk = i;
      return true;
    }
    if ((k === 'ikev1' && lw[1] === 'trust-point' && w[2]) || (k === 'trust-point' && w[1])) {
      g.v1tp = this.at(k === 'ikev1' ? w[2]! : w[1]!, i);
      return true;
    }
    if (k === 'ikev2' && (lw[1] === 'remote-authentication' || lw[1] === 'local-authentication')) {
      const m: AuthMethod | undefined =
        lw[2] === 'pre-shared-key'
          ? 'psk'
          : lw[2] === 'certificate'
            ? 'cert'
            : lw[2] === 'eap'
              ? 'eap'
              : undefined;
      if (!m) return false;
      if (lw[1] === 'remote-authentication') g.v2remote = this.at(m, i);
      else {
        g.v2local = this.at(m, i);
        if (m === 'cert' && w[3]) g.v2localTp = w[3];
      }
      return true;
    }
    if (k === 'isakmp' && lw[1] === 'keepalive') {
      if (lw[2] === 'disable') {
        g.keepalive = this.at({ enabled: false }, i);
        return true;
      }
      if (lw[2] === 'threshold') {
        // `threshold infinite`: the ASA answers keepalives but never sends them.
        if (lw[3] === 'infinite') {
          g.keepalive = this.at({ enabled: false }, i);
          return true;
        }
        if (!isInt(lw[3])) return false;
        const retry = lw[4] === 'retry' && isInt(lw[5]) ? Number(lw[5]) : undefined;
        g.keepalive = this.at(
          { enabled: true, threshold: Number(lw[3]), ...(retry !== undefined ? { retry } : {}) },
          i,
        );
        return true;
      }
      return false;
    }
    if (k === 'peer-id-validate' && lw[1]) {
      g.peerIdValidate = this.at(lw[1], i);
      return true;
    }
    return (
      /^(?:chain|ikev1|ikev2|isakmp|radius-sdi-xauth|client-update|authorization-required)$/.test(k ?? '') &&
      (k !== 'ikev2' || /^(?:rsa-sig-hash|mobike)$/.test(lw[1] ?? '')) &&
      (k !== 'ikev1' || /^(?:user-authentication|send-authorization)$/.test(lw[1] ?? '')) &&
      (k !== 'isakmp' || lw[1] === 'ikev1-user-authentication')
    );
  }

  private ifaceSub(
    f: Iface,
    lw: readonly string[],
    w: readonly string[],
    i: number,
    flattened: boolean,
  ): boolean {
    const k = lw[0];
    if (k === 'nameif' && w[1]) {
      f.nameif = w[1];
      return true;
    }
    if (k === 'ip' && lw[1] === 'address' && w[2] && w[2] !== 'dhcp' && w[2] !== 'pppoe') {
      f.ip = this.at(w[2], i);
      return true;
    }
    if (k === 'ipv6' && lw[1] === 'address' && w[2]?.includes(':') && !lw.includes('link-local')) {
      f.ip6 ??= this.at(w[2].split('/')[0] ?? w[2], i);
      return true;
    }
    if (k === 'tunnel') {
      if (lw[1] === 'source' && lw[2] === 'interface' && w[3]) f.tunnelSrc = this.at(w[3], i);
      else if (lw[1] === 'destination' && w[2]) f.tunnelDst = this.at(w[2], i);
      else if (lw[1] === 'mode' && lw[2] === 'ipsec' && lw[3]) f.tunnelMode = this.at(lw[3], i);
      else if (lw[1] === 'protection' && lw[2] === 'ipsec' && lw[3] === 'profile' && w[4])
        f.tunnelProt = this.at(w[4], i);
      else if (flattened) return false;
      else this.doc.unread(i);
      return true;
    }
    if (flattened)
      return /^(?:security-level|ipv6|shutdown|description|speed|duplex|vlan|management-only|mtu|switchport|channel-group|member-interface)$/.test(
        k ?? '',
      );
    return true;
  }
}

// ---- building the policies ----------------------------------------------------------------------------

/** ASA IKEv1 policy values taken when a policy leaves one out (see report notes in the catalog). */
const V1_POLICY_DEFAULTS = { enc: '3des', hash: 'sha1', group: 2, auth: 'psk' as AuthMethod };

class AsaBuilder {
  constructor(
    private readonly doc: ConfigText,
    private readonly m: AsaModel,
  ) {}

  private src(i: number): ConfigSource {
    return this.doc.src(i);
  }

  private v<T>(x: At<T>): Value<T>;
  private v<T>(x: At<T> | undefined): Value<T> | undefined;
  private v<T>(x: At<T> | undefined): Value<T> | undefined {
    return x ? { value: x.v, src: this.src(x.i) } : undefined;
  }

  build(): AsaTunnel[] {
    const out: AsaTunnel[] = [];
    const entries = [...this.m.maps.values()].sort((a, b) =>
      a.name === b.name ? a.seq - b.seq : a.name < b.name ? -1 : 1,
    );
    const dynUsed = new Set<string>();
    for (const e of entries) {
      if (e.dynamic) {
        const dyn = [...this.m.dynMaps.values()]
          .filter((d) => d.name === e.dynamic!.v)
          .sort((a, b) => a.seq - b.seq);
        if (!dyn.length) this.doc.note('asa.dynamic-map-missing', { name: e.dynamic.v }, e.dynamic.i);
        for (const d of dyn) {
          dynUsed.add(d.name);
          out.push(this.tunnel(d, e));
        }
        continue;
      }
      if (!e.peers) {
        this.doc.note('asa.map-entry-no-peer', { map: e.name, seq: e.seq }, e.i);
        continue;
      }
      out.push(this.tunnel(e));
    }
    for (const d of this.m.dynMaps.values())
      if (!dynUsed.has(d.name)) {
        this.doc.note('asa.dynamic-map-unused', { name: d.name }, d.i);
        dynUsed.add(d.name);
      }
    for (const f of this.m.ifaces) if (f.tunnelProt) out.push(this.vti(f));
    return out;
  }

  private ikePolicies(versions: (1 | 2)[]): { proposals: IkeProposal[]; used: IkePolicy[] } {
    const used = this.m.ike
      .filter((p) => versions.includes(p.version))
      .sort((a, b) => (a.version === b.version ? a.prio - b.prio : b.version - a.version));
    const proposals = used.map((p) => {
      if (p.version === 1) {
        const missing: string[] = [];
        if (!p.enc.length) missing.push(`encryption ${V1_POLICY_DEFAULTS.enc}`);
        if (!p.integ.length) missing.push(`hash sha`);
        if (!p.groups.length) missing.push(`group ${V1_POLICY_DEFAULTS.group}`);
        if (missing.length)
          this.doc.note('asa.policy-default', { priority: p.prio, values: missing.join(', ') }, p.i);
        const hash = p.integ.length ? p.integ : [V1_POLICY_DEFAULTS.hash];
        return ikeProposal(
          p.enc.length ? p.enc : [V1_POLICY_DEFAULTS.enc],
          hash,
          hash,
          p.groups.length ? p.groups : [V1_POLICY_DEFAULTS.group],
        );
      }
      if (!p.enc.length || !p.groups.length)
        this.doc.note('asa.ikev2-policy-incomplete', { priority: p.prio }, p.i);
      // ASA IKEv2 policy: prf defaults to the integrity algorithm (sha when none is set).
      const prf = p.prf.length ? p.prf : p.integ.length ? p.integ.slice(0, 1) : ['sha1'];
      return ikeProposal(p.enc, p.integ, prf, p.groups);
    });
    return { proposals, used };
  }

  private childProposals(e: CryptoSettings, versions: (1 | 2)[]): ChildProposal[] {
    const pfs = e.pfs ? [e.pfs.v] : [];
    const out: ChildProposal[] = [];
    if (versions.includes(2))
      for (const n of e.v2props?.v ?? []) {
        const p = this.m.proposals.get(n);
        if (!p) {
          this.doc.note('asa.undefined-ref', { kind: 'ipsec-proposal', name: n }, e.v2props!.i);
          continue;
        }
        out.push(childProposal(p.enc, p.integ, pfs));
      }
    if (versions.includes(1))
      for (const n of e.v1ts?.v ?? []) {
        const t = this.m.ts.get(n);
        if (!t) {
          this.doc.note('asa.undefined-ref', { kind: 'transform-set', name: n }, e.v1ts!.i);
          continue;
        }
        out.push(childProposal(t.enc, t.integ, pfs));
      }
    return out;
  }

  private selectors(acl: At<string>): Value<TrafficSelector[]> | undefined {
    const lines = this.m.acls.get(acl.v);
    if (!lines) {
      this.doc.note('asa.undefined-ref', { kind: 'access-list', name: acl.v }, acl.i);
      return undefined;
    }
    const aces: Ace[] = [];
    for (const l of lines) {
      let j = 2;
      if (l.lw[j] === 'line' && isInt(l.lw[j + 1])) j += 2;
      const kind = l.lw[j];
      if (kind === 'remark') continue;
      if (kind !== 'extended') {
        this.doc.unread(l.i);
        continue;
      }
      const ace = parseAce(l.w.slice(j + 1), this.m.objects, false);
      if (!ace) {
        this.doc.unread(l.i);
        continue;
      }
      for (const n of ace.missing) this.doc.note('asa.undefined-ref', { kind: 'object', name: n }, l.i);
      if (ace.action === 'deny') this.doc.note('asa.acl-deny', { acl: acl.v }, l.i);
      aces.push(ace);
    }
    if (!aces.length) return undefined;
    const r = aceSelectors(aces);
    if (r.truncated) this.doc.note('selectors-truncated', { name: acl.v, max: 256 }, acl.i);
    const first = lines.find((l) => l.lw[2] !== 'remark');
    return { value: r.selectors, src: this.src(first?.i ?? acl.i) };
  }

  private group(peer: string | undefined, dynamic: boolean): TunnelGroup | undefined {
    if (peer) {
      const g = this.m.groups.get(peer);
      if (g) return g;
    }
    // An L2L peer with no tunnel-group of its own, or any dynamic peer, lands in DefaultL2LGroup.
    const d = this.m.groups.get('DefaultL2LGroup');
    return d && (dynamic || peer) ? d : undefined;
  }

  private identity(local: Value<string> | undefined): Value<string> | undefined {
    const id = this.m.identity;
    if (!id) return undefined;
    const [kind, arg] = id.v.split(' ');
    const src = this.src(id.i);
    if (kind === 'address') return local ? { value: local.value, src } : undefined;
    if (kind === 'hostname' && this.m.hostname)
      return { value: this.m.domain ? `${this.m.hostname}.${this.m.domain}` : this.m.hostname, src };
    if (kind === 'key-id' && arg) return { value: arg, src };
    return undefined;
  }

  private auth(
    t: AsaTunnel,
    g: TunnelGroup | undefined,
    versions: (1 | 2)[],
    used: IkePolicy[],
    trustpoint: At<string> | undefined,
  ): void {
    const v2 = versions.length === 1 && versions[0] === 2;
    if (v2) {
      if (g?.v2local) {
        t.auth = this.v(g.v2local);
        if (g.v2localTp) t.cert = { value: g.v2localTp, src: this.src(g.v2local.i) };
      }
      if (g?.v2remote) t.asa.remoteAuth = this.v(g.v2remote);
      const pskLine =
        g?.v2local?.v === 'psk' ? g.v2local.i : g?.v2remote?.v === 'psk' ? g.v2remote.i : undefined;
      if (pskLine !== undefined) t.pskPresent = { value: true, src: this.src(pskLine) };
      else if (g) t.pskPresent = { value: false, src: this.src(g.attrI ?? g.i) };
      return;
    }
    // IKEv1: the method is an attribute of each policy; the tunnel-group holds the key or trustpoint.
    const v1 = used.filter((p) => p.version === 1);
    const methods = [...new Set(v1.map((p) => p.auth?.v ?? V1_POLICY_DEFAULTS.auth))];
    let method: AuthMethod | undefined;
    if (methods.length === 1) method = methods[0];
    else if (g?.v1psk !== undefined && methods.includes('psk')) method = 'psk';
    else if (g?.v1tp && methods.includes('cert')) method = 'cert';
    if (method) {
      const at = v1.find((p) => p.auth?.v === method)?.auth;
      t.auth = at ? this.v(at) : { value: method };
    }
    if (g?.v1psk !== undefined) t.pskPresent = { value: true, src: this.src(g.v1psk) };
    else if (g) t.pskPresent = { value: false, src: this.src(g.attrI ?? g.i) };
    const tp = g?.v1tp ?? trustpoint;
    if (tp) t.cert = this.v(tp);
  }

  private common(
    t: AsaTunnel,
    e: CryptoSettings,
    g: TunnelGroup | undefined,
    ifName: string | undefined,
  ): void {
    const m = this.m;
    const versions: (1 | 2)[] = [];
    if (e.v2props) versions.push(2);
    if (e.v1ts) versions.push(1);
    if (versions.length === 1)
      t.ikeVersion = { value: versions[0]!, src: this.src((versions[0] === 2 ? e.v2props : e.v1ts)!.i) };
    else if (versions.length === 2) {
      t.asa.ikeVersions = [2, 1];
      this.doc.note('asa.both-ike-versions', { name: t.name }, e.i);
    }
    const { proposals, used } = this.ikePolicies(versions.length ? versions : [2, 1]);
    const first = used[0];
    if (first) {
      t.ikeProposals = { value: proposals, src: this.src(first.i) };
      t.asa.ikePolicies = used.map((p) => ({ version: p.version, priority: p.prio, src: this.src(p.i) }));
      const withLife = used.find((p) => p.lifetime);
      if (withLife?.lifetime) t.ikeLifetimeSeconds = this.v(withLife.lifetime);
    } else this.doc.note('asa.no-ike-policy', { name: t.name }, e.i);
    if (e.phase1Mode) t.mode = this.v(e.phase1Mode);
    this.auth(t, g, versions, used, e.trustpoint);
    const child = this.childProposals(e, versions.length ? versions : [2, 1]);
    const childSrc = e.v2props ?? e.v1ts;
    if (child.length && childSrc) t.childProposals = { value: child, src: this.src(childSrc.i) };
    const modes = (e.v1ts?.v ?? [])
      .map((n) => m.ts.get(n)?.mode)
      .filter((x): x is At<'tunnel' | 'transport'> => !!x);
    if (modes[0] && versions.includes(1)) t.childMode = this.v(modes[0]);
    const sec = e.lifeSec ?? m.lifeSec;
    const kb = e.lifeKb ?? m.lifeKb;
    if (sec) t.childLifetimeSeconds = this.v(sec);
    if (kb) t.childLifetimeKilobytes = this.v(kb);
    if (g?.keepalive) {
      const k = g.keepalive.v;
      t.dpd = {
        value: { enabled: k.enabled, ...(k.threshold !== undefined ? { delaySeconds: k.threshold } : {}) },
        src: this.src(g.keepalive.i),
      };
      if (k.retry !== undefined) t.asa.dpdRetrySeconds = { value: k.retry, src: this.src(g.keepalive.i) };
    }
    const nat = e.natT ?? m.natT;
    if (nat) t.natTraversal = this.v(nat);
    if (m.amDisable) t.refusesAggressive = this.v(m.amDisable);
    if (e.connType) t.asa.connectionType = this.v(e.connType);
    if (g) {
      t.asa.tunnelGroup = { value: g.name, src: this.src(g.type?.i ?? g.attrI ?? g.i) };
      if (g.type) t.asa.tunnelGroupType = this.v(g.type);
      if (g.peerIdValidate) t.asa.peerIdValidate = this.v(g.peerIdValidate);
    }
    if (ifName) {
      t.asa.ikeEnabled = {
        ...(versions.length === 0 || versions.includes(1) ? { ikev1: m.enabled.ikev1.has(ifName) } : {}),
        ...(versions.length === 0 || versions.includes(2) ? { ikev2: m.enabled.ikev2.has(ifName) } : {}),
      };
      for (const v of versions)
        if (!(v === 1 ? m.enabled.ikev1 : m.enabled.ikev2).has(ifName))
          this.doc.note('asa.ike-not-enabled', { version: v, interface: ifName, name: t.name }, e.i);
    }
    const local = t.localAddress;
    const id = this.identity(local);
    if (id) t.localId = id;
  }

  private ifaceByNameif(nameif: string): Iface | undefined {
    return this.m.ifaces.find((f) => f.nameif === nameif);
  }

  private tunnel(e: CryptoSettings, parent?: CryptoSettings): AsaTunnel {
    const mapName = parent?.name ?? e.name;
    const dynamic = parent !== undefined;
    const name = `${e.name}:${e.seq}`;
    const t: AsaTunnel = {
      vendor: 'cisco-asa',
      file: this.doc.path,
      name,
      section: this.src(e.i),
      asa: {
        cryptoMap: {
          map: mapName,
          seq: parent?.seq ?? e.seq,
          ...(dynamic ? { dynamic: e.name } : {}),
          src: this.src((parent ?? e).i),
        },
      },
    };
    const peer = e.peers?.v[0];
    if (e.peers && peer) {
      t.peer = { value: peer, src: this.src(e.peers.i) };
      if (e.peers.v.length > 1) t.asa.backupPeers = { value: e.peers.v.slice(1), src: this.src(e.peers.i) };
    }
    const ifAt = this.m.mapIface.get(mapName);
    if (ifAt) {
      t.asa.interface = this.v(ifAt);
      const f = this.ifaceByNameif(ifAt.v);
      // the address family of the peer picks the interface address the ASA sources IKE from
      const addr = peer?.includes(':') ? (f?.ip6 ?? f?.ip) : (f?.ip ?? f?.ip6);
      if (addr) t.localAddress = this.v(addr);
    } else this.doc.note('asa.map-not-applied', { map: mapName }, (parent ?? e).i);
    const g = this.group(peer, dynamic);
    if (!g && peer) this.doc.note('asa.no-tunnel-group', { peer }, e.peers!.i);
    this.common(t, e, g, ifAt?.v);
    if (e.match) {
      const s = this.selectors(e.match);
      if (s) t.selectors = s;
    } else if (!dynamic) this.doc.note('asa.map-entry-no-acl', { map: e.name, seq: e.seq }, e.i);
    return t;
  }

  private vti(f: Iface): AsaTunnel {
    const prof = f.tunnelProt!;
    const t: AsaTunnel = {
      vendor: 'cisco-asa',
      file: this.doc.path,
      name: f.name,
      section: this.src(f.i),
      asa: { vti: { interface: f.name, profile: prof.v, src: this.src(prof.i) } },
    };
    if (f.tunnelDst) t.peer = this.v(f.tunnelDst);
    if (f.tunnelSrc) {
      t.asa.interface = this.v(f.tunnelSrc);
      const s = this.ifaceByNameif(f.tunnelSrc.v);
      if (s?.ip) t.localAddress = this.v(s.ip);
    }
    const p = this.m.profiles.get(prof.v);
    if (!p) this.doc.note('asa.undefined-ref', { kind: 'ipsec profile', name: prof.v }, prof.i);
    const g = this.group(f.tunnelDst?.v, false);
    this.common(t, p ?? { name: prof.v, seq: 0, i: prof.i }, g, f.tunnelSrc?.v);
    // A VTI protects everything routed into it: the selectors are any ↔ any.
    const any = f.tunnelMode?.v === 'ipv6' ? ANY6 : ANY4;
    t.selectors = { value: [{ local: any, remote: any }], src: this.src((f.tunnelMode ?? prof).i) };
    return t;
  }
}

export function parse(path: string, text: string): ApplianceConfig<AsaTunnel> {
  const doc = new ConfigText(path, text, SECRETS);
  let tunnels: AsaTunnel[] = [];
  try {
    const r = new AsaReader(doc);
    r.read();
    tunnels = new AsaBuilder(doc, r.m).build();
  } catch (err) {
    // never throws: a parser bug becomes a note, the lines read so far stay reported
    doc.note('parser-error', { message: err instanceof Error ? err.message : String(err) });
  }
  return {
    vendor: 'cisco-asa',
    format: format.id,
    path,
    tunnels,
    unparsed: doc.sortedUnparsed(),
    secretsMasked: doc.secretsMasked,
    notes: doc.notes,
  };
}
