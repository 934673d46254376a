// Cisco IOS / IOS-XE running-config → one TunnelPolicy per crypto map entry with a peer (and per
// dynamic map entry), and per tunnel interface protected by an IPsec profile (VTI, GRE over
// IPsec). Command syntax: Cisco IOS Security Configuration Guide: Secure Connectivity,
// "Configuring Internet Key Exchange for IPsec VPNs", "Configuring Security for VPNs with IPsec",
// "Configuring Internet Key Exchange Version 2", "IPsec Virtual Tunnel Interfaces"; Cisco IOS
// Security Command Reference (crypto isakmp, crypto ikev2, crypto ipsec, crypto map).
// Unparsed = lines of the VPN scope not understood: `crypto ...` commands and their blocks,
// `tunnel ...` lines of tunnel interfaces, and entries of the ACLs a crypto map matches. PKI
// (`crypto pki`), Easy VPN client blocks and non-VPN configuration are not listed.
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
  ifaceName,
  NetObjects,
  objectMember,
  parseAce,
  sameIface,
  stripPrompt,
  type Ace,
  type CLine,
} from '../shared/cisco.js';
import { childProposal, encList, groupList, hashList, ikeProposal, isInt } from '../shared/policy-build.js';
import { dhGroupNumber } from '../shared/algorithms.js';
import { configRatio, headLines, markerHits, score } from '../shared/detect.js';
import { ANY4, ANY6, cidrFromMask, hostCidr, isV4, maskToPrefix, parseV4 } from '../shared/net.js';
import type { ApplianceConfig, IosTunnel } from '../shared/types.js';

export const format = {
  id: 'cisco-ios',
  vendor: 'cisco-ios' as const,
  name: 'Cisco IOS / IOS-XE running-config',
};

export const SECRETS: readonly SecretRule[] = [
  { re: /^crypto isakmp key (?:[067] )?(\S+)/d },
  { re: /^\s*pre-shared-key (?:address|hostname|ipv6) (?:\S+ ){1,3}key (?:[067] )?(\S+)/d },
  { re: /^\s*pre-shared-key (?:local |remote )?(?:[067] )?(?!address |hostname |ipv6 )(\S+)/d },
  { re: /^\s*authentication (?:local|remote) pre-share key (?:[067] )?(\S+)/d },
  { re: /^enable (?:secret|password)(?: level \d{1,2})? (?:[05789] )?(\S+)/d },
  { re: /^username \S+ (?:privilege \d{1,2} )?(?:secret|password) (?:[05789] )?(\S+)/d },
  { re: /^\s*(?:key-string|password|key) (?:[067] )?(\S+)/d },
  { re: /^(?:tacacs-server|radius-server) key (?:[067] )?(\S+)/d },
  { re: /^snmp-server community (\S+)/d },
  { re: /^\s*ip ospf authentication-key (?:[07] )?(\S+)/d },
  { re: /^\s*(?:ip ospf |ipv6 ospf )?message-digest-key \d{1,3} md5 (?:[07] )?(\S+)/d },
  { re: /^\s*neighbor \S+ password (?:[067] )?(\S+)/d },
  { re: /^\s*standby (?:\d{1,4} )?authentication (?:md5 key-string (?:[07] )?|text )?(\S+)/d },
  { re: /^\s*ip nhrp authentication (\S+)/d },
  { re: /^\s*ppp (?:chap|pap) (?:password|sent-username \S+ password) (?:[07] )?(\S+)/d },
];

// ---- detection ----------------------------------------------------------------------------------

const IOS_MARKERS: readonly RegExp[] = [
  /^crypto isakmp (?:policy|key|profile|keepalive) /,
  /^crypto ikev2 (?:proposal|profile|keyring|policy) /,
  /^crypto keyring /,
  /^crypto ipsec (?:transform-set|profile) /,
  /^crypto map \S+ \d+ ipsec-isakmp/,
  /^tunnel protection ipsec profile /,
  /^ip access-list extended /,
  /^Building configuration/,
  /^Current configuration :/,
  /^version 1\d\.\d/,
  /^set transform-set /,
  /^service timestamps /,
  /^encr (?:aes|3des|des)/,
  /^interface (?:GigabitEthernet|FastEthernet|Tunnel|Loopback)\d/,
];

const ASA_MARKERS: readonly RegExp[] = [
  /^(?:ASA|PIX) Version \d/,
  /^crypto ikev[12] policy \d+$/,
  /^crypto ikev[12] enable /,
  /^crypto ipsec ikev[12] /,
  /^tunnel-group \S+ (?:type|ipsec-attributes)/,
  /^nameif \S/,
  /^security-level \d/,
  /^access-list \S+ (?:line \d+ )?extended /,
  /^crypto map \S+ \d+ (?:set|match) /,
];

export function detect(lines: string[]): number {
  const head = headLines(lines).map(stripPrompt);
  const ios = markerHits(head, IOS_MARKERS);
  const asa = markerHits(head, ASA_MARKERS);
  if (ios === 0 || asa >= ios) return 0;
  return score(ios, configRatio(head)) * (asa > 0 ? 0.7 : 1);
}

// ---- model ----------------------------------------------------------------------------------------

interface At<T> {
  v: T;
  i: number;
}

interface IsakmpPolicy {
  prio: number;
  i: number;
  enc?: string;
  hash?: string;
  auth?: At<AuthMethod>;
  group?: number;
  lifetime?: At<number>;
}

interface Ikev2Proposal {
  name: string;
  i: number;
  enc: string[];
  integ: string[];
  prf: string[];
  groups: number[];
}

interface Ikev2Policy {
  name: string;
  i: number;
  proposals: string[];
}

/** A pre-shared key entry: `crypto isakmp key`, `crypto keyring` or `crypto ikev2 keyring` peer. */
interface KeyEntry {
  /** Address (or `hostname:<h>`), with the mask as prefix length. */
  addr?: string;
  prefix?: number;
  hostname?: string;
  i: number;
  keyring?: string;
  peer?: string;
  identity?: string;
  /** An entry of a `crypto ikev2 keyring`. */
  v2?: boolean;
  /** Whether the IKEv2 keyring peer has a `pre-shared-key` line. */
  psk?: boolean;
}

interface IsakmpProfile {
  name: string;
  i: number;
  keyrings: string[];
  match?: At<string>;
  self?: At<string>;
  keepalive?: At<{ delay: number; retry?: number }>;
  aggressive?: At<boolean>;
}

interface Ikev2Profile {
  name: string;
  i: number;
  remoteId?: At<string>;
  localId?: At<string>;
  authLocal?: At<AuthMethod>;
  authRemote?: At<AuthMethod>;
  /** `authentication local|remote pre-share key ...` in the profile itself. */
  inlineKey?: number;
  keyring?: At<string>;
  trustpoint?: At<string>;
  dpd?: At<{ delay: number; retry?: number; mode?: string }>;
  lifetime?: At<number>;
}

interface TransformSet {
  name: string;
  i: number;
  enc: string[];
  integ: string[];
  /** AH transforms (`ah-sha-hmac`): an AH SA, bundled with ESP when ESP transforms are there too. */
  ahInteg: string[];
  mode?: At<'tunnel' | 'transport'>;
}

interface CryptoSettings {
  name: string;
  seq: number;
  i: number;
  match?: At<string>;
  peers?: At<string[]>;
  ts?: At<string[]>;
  pfs?: At<number>;
  lifeSec?: At<number>;
  lifeKb?: At<number>;
  ikev2Profile?: At<string>;
  isakmpProfile?: At<string>;
  dynamic?: At<string>;
}

interface Iface {
  name: string;
  i: number;
  ip?: At<string>;
  cryptoMap?: At<string>;
  tunnelSrc?: At<string>;
  tunnelDst?: At<string>;
  tunnelMode?: At<string>;
  tunnelProt?: At<string>;
}

type Block =
  | { kind: 'isakmp'; p: IsakmpPolicy }
  | { kind: 'isakmp-profile'; p: IsakmpProfile }
  | { kind: 'keyring'; name: string }
  | { kind: 'v2-proposal'; p: Ikev2Proposal }
  | { kind: 'v2-policy'; p: Ikev2Policy }
  | { kind: 'v2-keyring'; name: string; peer?: KeyEntry }
  | { kind: 'v2-profile'; p: Ikev2Profile }
  | { kind: 'ts'; t: TransformSet }
  | { kind: 'settings'; p: CryptoSettings; map: boolean }
  | { kind: 'acl'; name: string }
  | { kind: 'object'; name: string }
  | { kind: 'iface'; f: Iface }
  | { kind: 'ignore' }
  | { kind: 'other' };

class IosModel {
  readonly isakmp: IsakmpPolicy[] = [];
  readonly keys: KeyEntry[] = [];
  readonly isakmpProfiles = new Map<string, IsakmpProfile>();
  readonly v2proposals = new Map<string, Ikev2Proposal>();
  readonly v2policies: Ikev2Policy[] = [];
  readonly v2profiles = new Map<string, Ikev2Profile>();
  readonly ts = new Map<string, TransformSet>();
  readonly profiles = new Map<string, CryptoSettings>();
  readonly maps = new Map<string, CryptoSettings>();
  readonly dynMaps = new Map<string, CryptoSettings>();
  readonly mapLocal = new Map<string, At<string>>();
  readonly ifaces: Iface[] = [];
  readonly objects = new NetObjects();
  readonly acls = new Map<string, CLine[]>();
  /** Named ACLs whose entries sit in a block; numbered ones carry the number. */
  readonly aclNamed = new Set<string>();
  isakmpKeepalive?: At<{ delay: number; retry?: number }>;
  ikev2Dpd?: At<{ delay: number; retry?: number; mode?: string }>;
  identity?: At<string>;
  natT?: At<boolean>;
  /** `crypto isakmp aggressive-mode disable`: Aggressive Mode refused as responder. */
  amDisable?: At<boolean>;
  lifeSec?: At<number>;
  lifeKb?: At<number>;
  hostname?: string;
  domain?: string;
}

// ---- reading ------------------------------------------------------------------------------------

class IosReader {
  readonly m = new IosModel();
  private block: Block = { kind: 'other' };

  constructor(private readonly doc: ConfigText) {}

  private at<T>(v: T, i: number): At<T> {
    return { v, i };
  }

  read(): void {
    for (const l of ciscoLines(this.doc)) {
      if (l.indent > 0) {
        this.sub(l, false);
        continue;
      }
      if (this.top(l)) continue;
      if (this.block.kind !== 'other' && this.sub(l, true)) continue;
      this.block = { kind: 'other' };
      if (l.lw[0] === 'crypto') this.doc.unread(l.i);
    }
  }

  private top(l: CLine): boolean {
    const { lw, w, i } = l;
    switch (lw[0]) {
      case 'hostname':
        this.m.hostname = w[1];
        this.block = { kind: 'other' };
        return true;
      case 'ip':
        if ((lw[1] === 'domain' && lw[2] === 'name') || lw[1] === 'domain-name')
          this.m.domain = w[lw[1] === 'domain' ? 3 : 2];
        else if (lw[1] === 'access-list' && lw[2] === 'extended' && w[3]) {
          this.m.aclNamed.add(w[3]);
          if (!this.m.acls.has(w[3])) this.m.acls.set(w[3], []);
          this.block = { kind: 'acl', name: w[3] };
          return true;
        }
        this.block = { kind: 'other' };
        return true;
      case 'ipv6':
        if (lw[1] === 'access-list' && w[2]) {
          this.m.aclNamed.add(w[2]);
          if (!this.m.acls.has(w[2])) this.m.acls.set(w[2], []);
          this.block = { kind: 'acl', name: w[2] };
          return true;
        }
        this.block = { kind: 'other' };
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
      case 'object-group':
        if (lw[1] === 'network' && w[2]) {
          this.m.objects.map.set(w[2], { kind: 'group', i, nets: [], objects: [], groups: [], opaque: [] });
          this.block = { kind: 'object', name: w[2] };
        } else this.block = { kind: 'other' };
        return true;
      case 'interface': {
        const name = ifaceName(w, 1);
        let f = this.m.ifaces.find((x) => x.name === name);
        if (!f) {
          f = { name, i };
          this.m.ifaces.push(f);
        }
        this.block = { kind: 'iface', f };
        return true;
      }
      case 'crypto':
        this.crypto(l);
        return true;
      case 'no':
        this.block = { kind: 'other' };
        if (lw[1] === 'crypto' && lw[2] === 'ipsec' && lw[3] === 'nat-transparency')
          this.m.natT = this.at(false, i);
        else if (lw[1] === 'crypto') this.doc.unread(i);
        return true;
      default:
        return false;
    }
  }

  private crypto(l: CLine): void {
    const { lw, w, i } = l;
    this.block = { kind: 'other' };
    const k = lw[1];
    const name = w[3];
    if (k === 'isakmp') {
      const s = lw[2];
      if (s === 'policy' && isInt(lw[3])) {
        const p: IsakmpPolicy = { prio: Number(lw[3]), i };
        this.m.isakmp.push(p);
        this.block = { kind: 'isakmp', p };
        return;
      }
      if (s === 'key') {
        // crypto isakmp key [0|6] KEY address A [M] [no-xauth] | hostname H | address ipv6 A/len
        let j = 3;
        if (/^[067]$/.test(lw[j] ?? '') && lw[j + 2] !== undefined) j++;
        j++; // the key
        const e = this.keyTarget(lw, w, j, i);
        if (!e) return this.doc.unread(i);
        this.m.keys.push({ ...e, v2: false });
        return;
      }
      if (s === 'profile' && name) {
        const p = this.m.isakmpProfiles.get(name) ?? { name, i, keyrings: [] };
        this.m.isakmpProfiles.set(name, p);
        this.block = { kind: 'isakmp-profile', p };
        return;
      }
      if (s === 'keepalive' && isInt(lw[3])) {
        this.m.isakmpKeepalive = this.at(
          { delay: Number(lw[3]), ...(isInt(lw[4]) ? { retry: Number(lw[4]) } : {}) },
          i,
        );
        return;
      }
      if (s === 'identity' && lw[3]) {
        this.m.identity = this.at(lw[3], i);
        return;
      }
      if (s === 'aggressive-mode' && lw[3] === 'disable') {
        this.m.amDisable = this.at(true, i);
        return;
      }
      if (
        /^(?:nat|invalid-spi-recovery|fragmentation|enable|peer|client|xauth|logging|default|call|fqdn)$/.test(
          s ?? '',
        )
      )
        return;
      return this.doc.unread(i);
    }
    if (k === 'keyring' && w[2]) {
      this.block = { kind: 'keyring', name: w[2] };
      return;
    }
    if (k === 'ikev2') {
      const s = lw[2];
      if (s === 'proposal' && name) {
        const p = this.m.v2proposals.get(name) ?? { name, i, enc: [], integ: [], prf: [], groups: [] };
        this.m.v2proposals.set(name, p);
        this.block = { kind: 'v2-proposal', p };
        return;
      }
      if (s === 'policy' && name) {
        const p: Ikev2Policy = { name, i, proposals: [] };
        this.m.v2policies.push(p);
        this.block = { kind: 'v2-policy', p };
        return;
      }
      if (s === 'keyring' && name) {
        this.block = { kind: 'v2-keyring', name };
        return;
      }
      if (s === 'profile' && name) {
        const p = this.m.v2profiles.get(name) ?? { name, i };
        this.m.v2profiles.set(name, p);
        this.block = { kind: 'v2-profile', p };
        return;
      }
      if (s === 'dpd' && isInt(lw[3])) {
        this.m.ikev2Dpd = this.at(
          {
            delay: Number(lw[3]),
            ...(isInt(lw[4]) ? { retry: Number(lw[4]) } : {}),
            ...(lw[5] ? { mode: lw[5] } : {}),
          },
          i,
        );
        return;
      }
      if (
        /^(?:nat|cookie-challenge|limit|fragmentation|window|diagnose|http-url|redirect|authorization|certificate|name-mangler|client)$/.test(
          s ?? '',
        )
      ) {
        this.block = { kind: 'ignore' };
        return;
      }
      return this.doc.unread(i);
    }
    if (k === 'ipsec') {
      const s = lw[2];
      if (s === 'transform-set' && name) {
        const t = this.m.ts.get(name) ?? { name, i, enc: [], integ: [], ahInteg: [] };
        this.m.ts.set(name, t);
        if (!this.transforms(t, lw.slice(4))) this.doc.unread(i);
        this.block = { kind: 'ts', t };
        return;
      }
      if (s === 'profile' && name) {
        const p = this.m.profiles.get(name) ?? { name, seq: 0, i };
        this.m.profiles.set(name, p);
        this.block = { kind: 'settings', p, map: false };
        return;
      }
      if (s === 'security-association') {
        if (lw[3] === 'lifetime' && isInt(lw[5])) {
          if (lw[4] === 'seconds') this.m.lifeSec = this.at(Number(lw[5]), i);
          else if (lw[4] === 'kilobytes') this.m.lifeKb = this.at(Number(lw[5]), i);
          else this.doc.unread(i);
          return;
        }
        if (/^(?:replay|idle-time|dummy|multi-sn|pmtu-aging|lifetime)$/.test(lw[3] ?? '')) return;
        return this.doc.unread(i);
      }
      if (s === 'nat-transparency') {
        this.m.natT = this.at(true, i);
        return;
      }
      if (s === 'client' || s === 'server') {
        this.block = { kind: 'ignore' };
        return;
      }
      if (/^(?:df-bit|fragmentation|optional|ipv4-fragmentation|ha)$/.test(s ?? '')) return;
      return this.doc.unread(i);
    }
    if (k === 'map' || k === 'dynamic-map') {
      const mname = w[2];
      if (!mname) return this.doc.unread(i);
      if (k === 'map' && lw[3] === 'local-address' && w[4]) {
        this.m.mapLocal.set(mname, this.at(ifaceName(w, 4), i));
        return;
      }
      if (k === 'map' && !isInt(lw[3])) {
        // `crypto map M client ...`, `isakmp authorization`, `redundancy`: Easy VPN / HA settings
        if (/^(?:client|isakmp|redundancy|gdoi|isakmp-profile)$/.test(lw[3] ?? '')) return;
        return this.doc.unread(i);
      }
      if (!isInt(lw[3])) return this.doc.unread(i);
      const seq = Number(lw[3]);
      const table = k === 'map' ? this.m.maps : this.m.dynMaps;
      const key = `${mname} ${seq}`;
      const e = table.get(key) ?? { name: mname, seq, i };
      table.set(key, e);
      if (k === 'map') {
        const kind = lw[4];
        if (kind === 'ipsec-manual' || kind === 'gdoi') {
          this.doc.unread(i);
          this.block = { kind: 'ignore' };
          return;
        }
        if (kind !== undefined && kind !== 'ipsec-isakmp') return this.doc.unread(i);
        if (lw[5] === 'dynamic' && w[6]) e.dynamic = this.at(w[6], i);
        else if (lw[5] === 'profile' && w[6]) e.isakmpProfile = this.at(w[6], i);
        else if (lw[5] !== undefined) this.doc.unread(i);
      } else if (lw[4] !== undefined) this.doc.unread(i);
      this.block = { kind: 'settings', p: e, map: true };
      return;
    }
    if (
      /^(?:pki|ca|key|engine|vpn|logging|call|gdoi|ctcp|mib|provisioning|wui|isakmp-profile)$/.test(k ?? '')
    ) {
      this.block = { kind: 'ignore' };
      return;
    }
    this.doc.unread(i);
  }

  /** `address A [M]`, `address ipv6 A/len`, `hostname H` from index j. */
  private keyTarget(lw: readonly string[], w: readonly string[], j: number, i: number): KeyEntry | undefined {
    if (lw[j] === 'address' && w[j + 1]) {
      if (lw[j + 1] === 'ipv6' && w[j + 2]) {
        const [a, p] = w[j + 2]!.split('/');
        return { addr: a ?? '', prefix: Number(p ?? 128), i };
      }
      const a = w[j + 1]!;
      const m = w[j + 2];
      const prefix = m && isV4(m) ? maskToPrefix(m) : 32;
      return { addr: a, prefix: prefix ?? 32, i };
    }
    if (lw[j] === 'hostname' && w[j + 1]) return { hostname: w[j + 1]!, i };
    return undefined;
  }

  /** IOS transform names: `esp-aes 256 esp-sha256-hmac`, `esp-gcm 256`, `ah-sha-hmac`. */
  private transforms(t: TransformSet, tokens: readonly string[]): boolean {
    let ok = tokens.length > 0;
    for (let j = 0; j < tokens.length; j++) {
      const tok = tokens[j]!;
      const bits = isInt(tokens[j + 1]) ? Number(tokens[j + 1]) : undefined;
      if (tok === 'comp-lzs') continue;
      if (/-hmac$/.test(tok)) {
        const h = hashList([tok]);
        if (h.bad.length) ok = false;
        (tok.startsWith('ah-') ? t.ahInteg : t.integ).push(...h.names);
      } else if (tok === 'esp-null' || tok === 'esp-none') t.enc.push('null');
      else if (tok.startsWith('esp-')) {
        const e = encList([bits ? `${tok}-${bits}` : tok]);
        if (e.bad.length) ok = false;
        t.enc.push(...e.names);
        if (bits) j++;
      } else ok = false;
    }
    return ok;
  }

  private sub(l: CLine, flattened: boolean): boolean {
    const b = this.block;
    const ok = this.subOf(b, l, flattened);
    if (ok === undefined) return !flattened; // a block this reader does not follow
    if (!ok && !flattened) this.doc.unread(l.i);
    return ok;
  }

  /** true = understood, false = not understood (in a VPN block), undefined = not a VPN block. */
  private subOf(b: Block, l: CLine, flattened: boolean): boolean | undefined {
    const { lw, w, i } = l;
    const k = lw[0];
    switch (b.kind) {
      case 'isakmp':
        return this.isakmpSub(b.p, lw, i);
      case 'isakmp-profile': {
        const p = b.p;
        if (k === 'keyring' && w[1]) {
          p.keyrings.push(w[1]);
          return true;
        }
        if (k === 'match' && lw[1] === 'identity' && w[3]) {
          if (w[3] === '0.0.0.0') return true;
          const addr =
            lw[2] === 'address' && w[4] && isV4(w[4]) && w[4] !== '255.255.255.255'
              ? `${w[3]}/${maskToPrefix(w[4]) ?? w[4]}`
              : w[3];
          p.match = this.at(addr, i);
          return true;
        }
        if (k === 'self-identity' && lw[1]) {
          p.self = this.at(w.slice(1).join(' '), i);
          return true;
        }
        if (k === 'keepalive' && isInt(lw[1])) {
          p.keepalive = this.at(
            { delay: Number(lw[1]), ...(lw[2] === 'retry' && isInt(lw[3]) ? { retry: Number(lw[3]) } : {}) },
            i,
          );
          return true;
        }
        if (k === 'initiate' && lw[1] === 'mode' && lw[2] === 'aggressive') {
          p.aggressive = this.at(true, i);
          return true;
        }
        return /^(?:description|vrf|local-address|ca|isakmp|client|virtual-template|qos-group|accounting|default)$/.test(
          k ?? '',
        );
      }
      case 'keyring': {
        if (k === 'pre-shared-key') {
          const kw = lw.indexOf('key');
          const e = this.keyTarget(lw, w, 1, i);
          if (!e || kw < 0) return false;
          this.m.keys.push({ ...e, keyring: b.name, v2: false });
          return true;
        }
        return /^(?:description|local-address|rsa-pubkey)$/.test(k ?? '');
      }
      case 'v2-proposal':
        return this.v2ProposalSub(b.p, lw);
      case 'v2-policy':
        if (k === 'proposal' && w[1]) {
          b.p.proposals.push(w[1]);
          return true;
        }
        return k === 'match' || k === 'description';
      case 'v2-keyring': {
        if (k === 'peer' && w[1]) {
          const e: KeyEntry = { i, keyring: b.name, peer: w[1], v2: true };
          b.peer = e;
          this.m.keys.push(e);
          return true;
        }
        const e = b.peer;
        if (!e) return false;
        if (k === 'address' && w[1]) {
          const [a, p] = w[1].split('/');
          e.addr = a ?? w[1];
          e.prefix =
            p !== undefined
              ? Number(p)
              : w[2] && isV4(w[2])
                ? (maskToPrefix(w[2]) ?? 32)
                : w[1].includes(':')
                  ? 128
                  : 32;
          return true;
        }
        if (k === 'hostname' && w[1]) {
          e.hostname = w[1];
          return true;
        }
        if (k === 'identity' && w[2]) {
          e.identity = w[w.length - 1];
          return true;
        }
        if (k === 'pre-shared-key') {
          e.i = i;
          e.psk = true;
          return true;
        }
        return k === 'description';
      }
      case 'v2-profile':
        return this.v2ProfileSub(b.p, lw, w, i);
      case 'ts':
        if (k === 'mode' && (lw[1] === 'tunnel' || lw[1] === 'transport')) {
          b.t.mode = this.at(lw[1], i);
          return true;
        }
        return false;
      case 'settings':
        return this.settingsSub(b.p, lw, w, i, b.map);
      case 'acl': {
        if (k === 'remark') return true;
        // Without indentation (a flattened listing) only entries continue the list: the next
        // top-level command (`line con 0`) ends it.
        if (flattened && !/^(?:\d{1,10}|permit|deny)$/.test(k ?? '')) return false;
        const list = this.m.acls.get(b.name);
        list?.push(l);
        return true;
      }
      case 'object': {
        const o = this.m.objects.get(b.name);
        if (!o) return false;
        if (k === 'description') return true;
        if (k === 'group-object' && w[1]) {
          o.groups.push(w[1]);
          return true;
        }
        const r = objectMember(w, lw, false);
        if (!r) return false;
        o.nets.push(...r);
        return true;
      }
      case 'iface':
        return this.ifaceSub(b.f, lw, w, i, flattened);
      case 'ignore':
        return true;
      case 'other':
        return undefined;
    }
  }

  private isakmpSub(p: IsakmpPolicy, lw: readonly string[], i: number): boolean {
    const k = lw[0];
    if (k === 'encr' || k === 'encryption') {
      const tok = lw[1] === 'aes' && isInt(lw[2]) ? `aes-${lw[2]}` : (lw[1] ?? '');
      const e = encList([tok]);
      if (e.bad.length || !e.names[0]) return false;
      p.enc = e.names[0];
      return true;
    }
    if (k === 'hash') {
      const h = hashList(lw.slice(1, 2));
      if (h.bad.length || !h.names[0]) return false;
      p.hash = h.names[0];
      return true;
    }
    if (k === 'authentication') {
      const a = lw[1];
      const m: AuthMethod | undefined =
        a === 'pre-share'
          ? 'psk'
          : a === 'rsa-sig' || a === 'ecdsa-sig' || a === 'rsa-encr'
            ? 'cert'
            : undefined;
      if (!m) return false;
      p.auth = this.at(m, i);
      return true;
    }
    if (k === 'group') {
      const g = dhGroupNumber(lw[1] ?? '');
      if (g === undefined) return false;
      p.group = g;
      return true;
    }
    if (k === 'lifetime' && isInt(lw[1])) {
      p.lifetime = this.at(Number(lw[1]), i);
      return true;
    }
    return false;
  }

  private v2ProposalSub(p: Ikev2Proposal, lw: readonly string[]): boolean {
    const k = lw[0];
    const args = lw.slice(1);
    if (k === 'encryption') {
      const e = encList(args);
      if (e.bad.length || !e.names.length) return false;
      p.enc = e.names;
      return true;
    }
    if (k === 'integrity' || k === 'prf') {
      const h = hashList(args);
      if (h.bad.length || !h.names.length) return false;
      if (k === 'integrity') p.integ = h.names;
      else p.prf = h.names;
      return true;
    }
    if (k === 'group') {
      const g = groupList(args);
      if (g.bad.length || !g.groups.length) return false;
      p.groups = g.groups;
      return true;
    }
    return false;
  }

  private v2ProfileSub(p: Ikev2Profile, lw: readonly string[], w: readonly string[], i: number): boolean {
    const k = lw[0];
    if (k === 'match') {
      if (lw[1] === 'identity' && lw[2] === 'remote') {
        const kind = lw[3];
        let v: string | undefined;
        if (kind === 'address' && w[4]) {
          const m = w[5];
          // `address 0.0.0.0` matches any peer: no identity is expected
          if (w[4] === '0.0.0.0' || w[4] === '::') return true;
          v = m && isV4(m) && m !== '255.255.255.255' ? cidrFromMask(w[4], m) : w[4];
        } else if (kind === 'fqdn' || kind === 'email' || kind === 'key-id')
          v = w[lw[4] === 'domain' ? 5 : 4];
        if (!v) return false;
        // several `match identity remote` lines: keep the first as the expected identity
        p.remoteId ??= this.at(v, i);
        return true;
      }
      return /^(?:fvrf|address|certificate|identity|local)$/.test(lw[1] ?? '');
    }
    if (k === 'identity' && lw[1] === 'local') {
      const v = lw[2] === 'dn' ? 'dn' : w[3];
      if (!v) return false;
      p.localId = this.at(v, i);
      return true;
    }
    if (k === 'authentication' && (lw[1] === 'local' || lw[1] === 'remote')) {
      const a = lw[2];
      const m: AuthMethod | undefined =
        a === 'pre-share'
          ? 'psk'
          : a === 'rsa-sig' || a === 'ecdsa-sig'
            ? 'cert'
            : a === 'eap'
              ? 'eap'
              : undefined;
      if (!m) return false;
      if (lw[1] === 'local') p.authLocal = this.at(m, i);
      else p.authRemote = this.at(m, i);
      if (m === 'psk' && lw[3] === 'key') p.inlineKey = i;
      return true;
    }
    if (k === 'keyring' && w[1]) {
      if (lw[1] === 'local' && w[2]) p.keyring = this.at(w[2], i);
      return true;
    }
    if (k === 'pki' && lw[1] === 'trustpoint' && w[2]) {
      p.trustpoint ??= this.at(w[2], i);
      return true;
    }
    if (k === 'dpd' && isInt(lw[1])) {
      p.dpd = this.at(
        {
          delay: Number(lw[1]),
          ...(isInt(lw[2]) ? { retry: Number(lw[2]) } : {}),
          ...(lw[3] ? { mode: lw[3] } : {}),
        },
        i,
      );
      return true;
    }
    if (k === 'lifetime' && isInt(lw[1])) {
      p.lifetime = this.at(Number(lw[1]), i);
      return true;
    }
    return /^(?:description|nat|ivrf|virtual-template|config-exchange|aaa|redirect|shutdown|initial-contact|reconnect|dynamic)$/.test(
      k ?? '',
    );
  }

  private settingsSub(
    e: CryptoSettings,
    lw: readonly string[],
    w: readonly string[],
    i: number,
    map: boolean,
  ): boolean {
    const k = lw[0];
    if (k === 'match' && lw[1] === 'address' && w[2] && map) {
      e.match = this.at(w[2], i);
      return true;
    }
    if (k === 'description' || k === 'reverse-route' || k === 'qos' || k === 'responder-only') return true;
    if (k !== 'set') return false;
    const s = lw[1];
    if (s === 'peer' && w[2] && map) {
      // several `set peer` lines: the router tries them in order
      const peers = [...(e.peers?.v ?? []), w[2]];
      e.peers = this.at(peers, e.peers?.i ?? i);
      return true;
    }
    if (s === 'transform-set' && w[2]) {
      e.ts = this.at(w.slice(2), i);
      return true;
    }
    if (s === 'ikev2-profile' && w[2]) {
      e.ikev2Profile = this.at(w[2], i);
      return true;
    }
    if (s === 'isakmp-profile' && w[2]) {
      e.isakmpProfile = this.at(w[2], i);
      return true;
    }
    if (s === 'pfs') {
      // `set pfs` alone means group 1 on IOS (Security Command Reference, "set pfs").
      const g = lw[2] === undefined ? 1 : dhGroupNumber(lw[2]);
      if (g === undefined) return false;
      e.pfs = this.at(g, i);
      return true;
    }
    if (s === 'security-association') {
      if (lw[2] === 'lifetime' && isInt(lw[4])) {
        if (lw[3] === 'seconds') {
          e.lifeSec = this.at(Number(lw[4]), i);
          return true;
        }
        if (lw[3] === 'kilobytes') {
          e.lifeKb = this.at(Number(lw[4]), i);
          return true;
        }
        return false;
      }
      if (lw[2] === 'lifetime' && lw[3] === 'kilobytes' && lw[4] === 'disable') {
        e.lifeKb = this.at(0, i);
        return true;
      }
      return /^(?:level|replay|idle-time|dummy)$/.test(lw[2] ?? '');
    }
    return /^(?:reverse-route|nat|security-policy|ip|group)$/.test(s ?? '');
  }

  private ifaceSub(
    f: Iface,
    lw: readonly string[],
    w: readonly string[],
    i: number,
    flattened: boolean,
  ): boolean | undefined {
    const k = lw[0];
    if (k === 'ip' && lw[1] === 'address' && w[2] && isV4(w[2])) {
      f.ip = this.at(w[2], i);
      return true;
    }
    if (k === 'crypto' && lw[1] === 'map' && w[2]) {
      f.cryptoMap = this.at(w[2], i);
      return true;
    }
    if (k === 'tunnel') {
      if (lw[1] === 'source' && w[2]) f.tunnelSrc = this.at(ifaceName(w, 2), i);
      else if (lw[1] === 'destination' && w[2]) f.tunnelDst = this.at(w[2], i);
      else if (lw[1] === 'mode' && lw[2]) f.tunnelMode = this.at(lw.slice(2).join(' '), i);
      else if (lw[1] === 'protection' && lw[2] === 'ipsec' && lw[3] === 'profile' && w[4])
        f.tunnelProt = this.at(w[4], i);
      else if (!/^(?:key|vrf|path-mtu-discovery|bandwidth|checksum|ttl|tos)$/.test(lw[1] ?? '')) return false;
      return true;
    }
    if (flattened)
      return (
        /^(?:description|shutdown|no|ipv6|duplex|speed|negotiation|media-type|mtu|bandwidth|keepalive|load-interval|service-policy|nat|standby|vrrp|encapsulation)$/.test(
          k ?? '',
        ) ||
        (k === 'ip' && lw[1] !== 'access-list')
      );
    return true;
  }
}

// ---- building -----------------------------------------------------------------------------------

/** IOS isakmp policy values taken when a policy leaves one out (IOS 15.x defaults). */
const ISAKMP_DEFAULTS = { enc: 'des', hash: 'sha1', group: 1, auth: 'cert' as AuthMethod };

function inPrefix(addr: string, net: string, prefix: number): boolean {
  const a = parseV4(addr);
  const n = parseV4(net);
  if (a === undefined || n === undefined) return addr.toLowerCase() === net.toLowerCase();
  const size = 2 ** (32 - prefix);
  return Math.floor(a / size) === Math.floor(n / size);
}

class IosBuilder {
  constructor(
    private readonly doc: ConfigText,
    private readonly m: IosModel,
  ) {}

  private src(i: number): ConfigSource {
    return this.doc.src(i);
  }

  private v<T>(x: At<T>): Value<T>;
  private v<T>(x: At<T> | undefined): Value<T> | undefined;
  private v<T>(x: At<T> | undefined): Value<T> | undefined {
    return x ? { value: x.v, src: this.src(x.i) } : undefined;
  }

  build(): IosTunnel[] {
    const out: IosTunnel[] = [];
    const entries = [...this.m.maps.values()].sort((a, b) =>
      a.name === b.name ? a.seq - b.seq : a.name < b.name ? -1 : 1,
    );
    for (const e of entries) {
      if (e.dynamic) {
        const dyn = [...this.m.dynMaps.values()]
          .filter((d) => d.name === e.dynamic!.v)
          .sort((a, b) => a.seq - b.seq);
        if (!dyn.length) this.doc.note('ios.dynamic-map-missing', { name: e.dynamic.v }, e.dynamic.i);
        for (const d of dyn) out.push(this.mapTunnel(d, e));
        continue;
      }
      if (!e.peers) {
        this.doc.note('ios.map-entry-no-peer', { map: e.name, seq: e.seq }, e.i);
        continue;
      }
      out.push(this.mapTunnel(e));
    }
    for (const f of this.m.ifaces) if (f.tunnelProt) out.push(this.vti(f));
    return out;
  }

  /** Best key entry for a peer: the longest address prefix that contains it. */
  private keyFor(peer: string | undefined, keyrings: string[] | undefined, v2 = false): KeyEntry | undefined {
    // a dynamic peer (no address known) can only use a wildcard key (address 0.0.0.0 0.0.0.0)
    const target = peer ?? '0.0.0.0';
    let best: KeyEntry | undefined;
    for (const k of this.m.keys) {
      if (keyrings && (!k.keyring || !keyrings.includes(k.keyring))) continue;
      if (k.v2 !== v2) continue;
      if (v2 && !k.psk) continue;
      if (!peer && k.prefix !== 0) continue;
      if (k.addr !== undefined && inPrefix(target, k.addr, k.prefix ?? 32)) {
        if (!best || (best.prefix ?? -1) < (k.prefix ?? 32)) best = k;
      } else if (k.hostname && k.hostname.toLowerCase() === target.toLowerCase() && !best) best = k;
    }
    return best;
  }

  private ikev1(t: IosTunnel, peer: string | undefined, profile: IsakmpProfile | undefined): void {
    const pols = [...this.m.isakmp].sort((a, b) => a.prio - b.prio);
    if (pols.length) {
      const props: IkeProposal[] = pols.map((p) => {
        const missing: string[] = [];
        if (!p.enc) missing.push(`encr ${ISAKMP_DEFAULTS.enc}`);
        if (!p.hash) missing.push('hash sha');
        if (p.group === undefined) missing.push(`group ${ISAKMP_DEFAULTS.group}`);
        if (missing.length)
          this.doc.note('ios.policy-default', { priority: p.prio, values: missing.join(', ') }, p.i);
        const hash = p.hash ?? ISAKMP_DEFAULTS.hash;
        return ikeProposal(
          [p.enc ?? ISAKMP_DEFAULTS.enc],
          [hash],
          [hash],
          [p.group ?? ISAKMP_DEFAULTS.group],
        );
      });
      t.ikeProposals = { value: props, src: this.src(pols[0]!.i) };
      t.ios.ikePolicies = pols.map((p) => ({ version: 1 as const, priority: p.prio, src: this.src(p.i) }));
      const life = pols.find((p) => p.lifetime)?.lifetime;
      if (life) t.ikeLifetimeSeconds = this.v(life);
      const methods = [...new Set(pols.map((p) => p.auth?.v ?? ISAKMP_DEFAULTS.auth))];
      const key = this.keyFor(peer, profile?.keyrings.length ? profile.keyrings : undefined);
      const method: AuthMethod | undefined =
        methods.length === 1 ? methods[0] : key && methods.includes('psk') ? 'psk' : undefined;
      if (method) {
        const at = pols.find((p) => p.auth?.v === method)?.auth;
        t.auth = at ? this.v(at) : { value: method };
      }
      if (key) {
        t.pskPresent = { value: true, src: this.src(key.i) };
        if (key.keyring) t.ios.keyring = { value: key.keyring, src: this.src(key.i) };
      } else if (methods.includes('psk')) {
        t.pskPresent = t.peer ? { value: false, src: t.peer.src! } : { value: false };
        this.doc.note(
          'ios.no-psk-for-peer',
          { peer: peer ?? '0.0.0.0' },
          t.peer?.src ? t.peer.src.line - 1 : undefined,
        );
      }
    } else this.doc.note('ios.no-ike-policy', { name: t.name });
    if (profile) {
      t.ios.isakmpProfile = { value: profile.name, src: this.src(profile.i) };
      if (profile.match) t.remoteId = this.v(profile.match);
      if (profile.aggressive) t.mode = { value: 'aggressive', src: this.src(profile.aggressive.i) };
      if (profile.self) t.localId = this.localId(profile.self, t.localAddress);
    }
    if (!t.localId && this.m.identity) t.localId = this.localId(this.m.identity, t.localAddress);
    const ka = profile?.keepalive ?? this.m.isakmpKeepalive;
    if (ka) {
      t.dpd = { value: { enabled: true, delaySeconds: ka.v.delay }, src: this.src(ka.i) };
      if (ka.v.retry !== undefined) t.ios.dpdRetrySeconds = { value: ka.v.retry, src: this.src(ka.i) };
    }
  }

  private localId(at: At<string>, local: Value<string> | undefined): Value<string> | undefined {
    const parts = at.v.split(' ');
    const kind = parts[0];
    const src = this.src(at.i);
    if (kind === 'address') return local ? { value: local.value, src } : undefined;
    if (kind === 'hostname' && this.m.hostname)
      return { value: this.m.domain ? `${this.m.hostname}.${this.m.domain}` : this.m.hostname, src };
    if ((kind === 'fqdn' || kind === 'user-fqdn') && parts[1]) return { value: parts[1], src };
    return undefined;
  }

  private ikev2(t: IosTunnel, peer: string | undefined, profAt: At<string>): void {
    const prof = this.m.v2profiles.get(profAt.v);
    t.ios.ikev2Profile = this.v(profAt);
    if (!prof) {
      this.doc.note('ios.undefined-ref', { kind: 'ikev2 profile', name: profAt.v }, profAt.i);
      return;
    }
    // proposals: those of every `crypto ikev2 policy` (a `default` proposal only when no policy names one)
    const names = this.m.v2policies.flatMap((p) => p.proposals);
    const props: IkeProposal[] = [];
    const used: { version: 2; priority: string; src: ConfigSource }[] = [];
    for (const n of [...new Set(names)]) {
      const p = this.m.v2proposals.get(n);
      if (!p) {
        const pol = this.m.v2policies.find((x) => x.proposals.includes(n));
        this.doc.note('ios.undefined-ref', { kind: 'ikev2 proposal', name: n }, pol?.i);
        continue;
      }
      props.push(ikeProposal(p.enc, p.integ, p.prf.length ? p.prf : p.integ, p.groups));
      used.push({ version: 2, priority: p.name, src: this.src(p.i) });
    }
    if (!names.length && this.m.v2proposals.size)
      this.doc.note('ios.ikev2-proposal-unused', { name: t.name });
    if (props.length && used[0]) {
      t.ikeProposals = { value: props, src: used[0].src };
      t.ios.ikePolicies = used;
    }
    if (prof.lifetime) t.ikeLifetimeSeconds = this.v(prof.lifetime);
    if (prof.authLocal) t.auth = this.v(prof.authLocal);
    if (prof.authRemote) t.ios.remoteAuth = this.v(prof.authRemote);
    if (prof.trustpoint) t.cert = this.v(prof.trustpoint);
    if (prof.remoteId) t.remoteId = this.v(prof.remoteId);
    if (prof.localId) {
      const kind = prof.localId.v;
      t.localId = {
        value: kind === 'address' && t.localAddress ? t.localAddress.value : kind,
        src: this.src(prof.localId.i),
      };
    }
    const wantsPsk = prof.authLocal?.v === 'psk' || prof.authRemote?.v === 'psk';
    if (prof.inlineKey !== undefined) t.pskPresent = { value: true, src: this.src(prof.inlineKey) };
    else if (prof.keyring) {
      t.ios.keyring = this.v(prof.keyring);
      const key = this.keyFor(peer, [prof.keyring.v], true);
      if (key) t.pskPresent = { value: true, src: this.src(key.i) };
      else if (peer) {
        t.pskPresent = { value: false, src: this.src(prof.keyring.i) };
        this.doc.note('ios.no-psk-for-peer', { peer }, prof.keyring.i);
      }
    } else if (wantsPsk) t.pskPresent = { value: false, src: this.src(prof.i) };
    const dpd = prof.dpd ?? this.m.ikev2Dpd;
    if (dpd) {
      t.dpd = {
        value: { enabled: true, delaySeconds: dpd.v.delay, ...(dpd.v.mode ? { action: dpd.v.mode } : {}) },
        src: this.src(dpd.i),
      };
      if (dpd.v.retry !== undefined) t.ios.dpdRetrySeconds = { value: dpd.v.retry, src: this.src(dpd.i) };
    }
  }

  private child(t: IosTunnel, e: CryptoSettings): void {
    const pfs = e.pfs ? [e.pfs.v] : [];
    const out: ChildProposal[] = [];
    let mode: At<'tunnel' | 'transport'> | undefined;
    for (const n of e.ts?.v ?? []) {
      const ts = this.m.ts.get(n);
      if (!ts) {
        this.doc.note('ios.undefined-ref', { kind: 'transform-set', name: n }, e.ts!.i);
        continue;
      }
      if (!ts.enc.length && !ts.integ.length && ts.ahInteg.length)
        out.push(childProposal([], ts.ahInteg, pfs, 'ah'));
      else {
        out.push(childProposal(ts.enc, ts.integ, pfs, 'esp'));
        if (ts.ahInteg.length)
          this.doc.note('ios.ah-bundle', { name: ts.name, integrity: ts.ahInteg.join(' ') }, ts.i);
      }
      mode ??= ts.mode;
    }
    if (out.length && e.ts) t.childProposals = { value: out, src: this.src(e.ts.i) };
    if (mode) t.childMode = this.v(mode);
    const sec = e.lifeSec ?? this.m.lifeSec;
    const kb = e.lifeKb ?? this.m.lifeKb;
    if (sec) t.childLifetimeSeconds = this.v(sec);
    if (kb) t.childLifetimeKilobytes = this.v(kb);
    if (this.m.natT) t.natTraversal = this.v(this.m.natT);
    if (this.m.amDisable) t.refusesAggressive = this.v(this.m.amDisable);
  }

  private selectors(acl: At<string>): Value<TrafficSelector[]> | undefined {
    const lines = this.m.acls.get(acl.v);
    if (!lines) {
      this.doc.note('ios.undefined-ref', { kind: 'access-list', name: acl.v }, acl.i);
      return undefined;
    }
    const named = this.m.aclNamed.has(acl.v);
    const aces: Ace[] = [];
    for (const l of lines) {
      if (!named && l.lw[2] === 'remark') continue;
      const words = named ? l.w : l.w.slice(l.lw[2] === 'dynamic' ? 4 : 2);
      const ace = parseAce(words, this.m.objects, true);
      if (!ace) {
        this.doc.unread(l.i);
        continue;
      }
      for (const n of ace.missing) this.doc.note('ios.undefined-ref', { kind: 'object-group', name: n }, l.i);
      if (ace.action === 'deny') this.doc.note('ios.acl-deny', { acl: acl.v }, l.i);
      aces.push(ace);
    }
    if (!aces.length) return undefined;
    const r = aceSelectors(aces);
    if (r.truncated) this.doc.note('selectors-truncated', { name: acl.v, max: 256 }, acl.i);
    const first = lines[0];
    return { value: r.selectors, src: this.src(first?.i ?? acl.i) };
  }

  private ifaceAddress(name: string): Value<string> | undefined {
    const f = this.m.ifaces.find((x) => sameIface(x.name, name));
    return f?.ip ? this.v(f.ip) : undefined;
  }

  private mapTunnel(e: CryptoSettings, parent?: CryptoSettings): IosTunnel {
    const mapName = parent?.name ?? e.name;
    const t: IosTunnel = {
      vendor: 'cisco-ios',
      file: this.doc.path,
      name: `${e.name}:${e.seq}`,
      section: this.src(e.i),
      ios: {
        cryptoMap: {
          map: mapName,
          seq: parent?.seq ?? e.seq,
          ...(parent ? { dynamic: e.name } : {}),
          src: this.src((parent ?? e).i),
        },
      },
    };
    const peer = e.peers?.v[0];
    if (e.peers && peer) {
      t.peer = { value: peer, src: this.src(e.peers.i) };
      if (e.peers.v.length > 1) t.ios.backupPeers = { value: e.peers.v.slice(1), src: this.src(e.peers.i) };
    }
    const local = this.m.mapLocal.get(mapName);
    const applied = this.m.ifaces.find((f) => f.cryptoMap?.v === mapName);
    if (local) {
      t.ios.interface = this.v(local);
      const a = this.ifaceAddress(local.v);
      if (a) t.localAddress = a;
    } else if (applied) {
      t.ios.interface = { value: applied.name, src: this.src(applied.cryptoMap!.i) };
      if (applied.ip) t.localAddress = this.v(applied.ip);
    } else this.doc.note('ios.map-not-applied', { map: mapName }, (parent ?? e).i);
    this.ike(t, e, peer, parent);
    this.child(t, e);
    if (e.match) {
      const s = this.selectors(e.match);
      if (s) t.selectors = s;
    } else if (!parent) this.doc.note('ios.map-entry-no-acl', { map: e.name, seq: e.seq }, e.i);
    return t;
  }

  private ike(t: IosTunnel, e: CryptoSettings, peer: string | undefined, parent?: CryptoSettings): void {
    const v2 = e.ikev2Profile;
    if (v2) {
      t.ikeVersion = { value: 2, src: this.src(v2.i) };
      this.ikev2(t, peer, v2);
      return;
    }
    // `crypto map M n ipsec-isakmp` / an IPsec profile without an IKEv2 profile: IKEv1 (ISAKMP).
    t.ikeVersion = { value: 1, src: this.src((parent ?? e).i) };
    const pn = e.isakmpProfile ?? parent?.isakmpProfile;
    const prof = pn ? this.m.isakmpProfiles.get(pn.v) : undefined;
    if (pn && !prof) this.doc.note('ios.undefined-ref', { kind: 'isakmp profile', name: pn.v }, pn.i);
    this.ikev1(t, peer, prof);
  }

  private vti(f: Iface): IosTunnel {
    const prof = f.tunnelProt!;
    const t: IosTunnel = {
      vendor: 'cisco-ios',
      file: this.doc.path,
      name: f.name,
      section: this.src(f.i),
      ios: { vti: { interface: f.name, profile: prof.v, src: this.src(prof.i) } },
    };
    if (f.tunnelDst) t.peer = this.v(f.tunnelDst);
    if (f.tunnelSrc) {
      if (isV4(f.tunnelSrc.v) || f.tunnelSrc.v.includes(':')) t.localAddress = this.v(f.tunnelSrc);
      else {
        t.ios.interface = this.v(f.tunnelSrc);
        const a = this.ifaceAddress(f.tunnelSrc.v);
        if (a) t.localAddress = a;
      }
    }
    const p = this.m.profiles.get(prof.v);
    if (!p) this.doc.note('ios.undefined-ref', { kind: 'ipsec profile', name: prof.v }, prof.i);
    const e = p ?? { name: prof.v, seq: 0, i: prof.i };
    this.ike(t, e, f.tunnelDst?.v, undefined);
    this.child(t, e);
    // What the tunnel protects: everything routed into a VTI (any ↔ any), or the GRE packets
    // between the two tunnel endpoints (GRE over IPsec, the default `tunnel mode gre ip`).
    const mode = f.tunnelMode?.v ?? 'gre ip';
    const at = f.tunnelMode ?? prof;
    if (mode.startsWith('ipsec')) {
      const any = mode.includes('ipv6') ? ANY6 : ANY4;
      t.selectors = { value: [{ local: any, remote: any }], src: this.src(at.i) };
    } else if (mode.startsWith('gre') && t.localAddress && t.peer && !mode.includes('multipoint'))
      t.selectors = {
        value: [{ local: `${hostCidr(t.localAddress.value)}/gre`, remote: `${hostCidr(t.peer.value)}/gre` }],
        src: this.src(at.i),
      };
    return t;
  }
}

export function parse(path: string, text: string): ApplianceConfig<IosTunnel> {
  const doc = new ConfigText(path, text, SECRETS);
  let tunnels: IosTunnel[] = [];
  try {
    const r = new IosReader(doc);
    r.read();
    tunnels = new IosBuilder(doc, r.m).build();
  } catch (err) {
    doc.note('parser-error', { message: err instanceof Error ? err.message : String(err) });
  }
  return {
    vendor: 'cisco-ios',
    format: format.id,
    path,
    tunnels,
    unparsed: doc.sortedUnparsed(),
    secretsMasked: doc.secretsMasked,
    notes: doc.notes,
  };
}
