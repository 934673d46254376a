// FortiGate (FortiOS) configuration → one TunnelPolicy per phase 2 selector set
// (`config vpn ipsec phase2-interface` / `phase2` entry), joined with its phase 1; a phase 1 with no
// phase 2 comes out alone. Route-based (`phase1-interface`) and policy-based (`phase1`) tunnels,
// VDOMs, firewall address objects and groups as phase 2 selectors. Source: FortiOS CLI Reference,
// "vpn ipsec phase1-interface", "vpn ipsec phase2-interface", "firewall address", "firewall addrgrp".
// Unparsed = `set` attributes and nested tables inside `vpn ipsec phase1|phase2(-interface)` entries
// that are neither read nor on the list of known attributes below.
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
import { encryptionName, integrityName, dhGroupNumber, isAead } from '../shared/algorithms.js';
import { childProposal, ikeProposal, isInt } from '../shared/policy-build.js';
import { configRatio, headLines, markerHits, score } from '../shared/detect.js';
import {
  ANY4,
  ANY6,
  cidrFromMask,
  hostCidr,
  isV4,
  normalizePrefix,
  rangeToCidrs,
  withProto,
} from '../shared/net.js';
import type { ApplianceConfig, FortigateTunnel } from '../shared/types.js';
import { readFortiConfig, type FgAttr, type FgEntry, type FgTable } from './reader.js';

export const format = {
  id: 'fortigate',
  vendor: 'fortigate' as const,
  name: 'FortiGate (FortiOS) configuration',
};

const SECRET_ATTRS =
  'psksecret|psksecret-remote|password|passwd|secondary-secret|tertiary-secret|key|private-key|passphrase|ppk-secret|auth-pwd|priv-pwd|auth-password|auth-password-l1|auth-password-l2|authpasswd|group-authentication-secret|api-key|secret|auto-discovery-psk-secret|sso-password|ldap-password';

export const SECRETS: readonly SecretRule[] = [
  { re: new RegExp(`^\\s*set (?:${SECRET_ATTRS}) (?:ENC )?("(?:[^"\\\\]|\\\\.)*"?|\\S+)`, 'd') },
];

// ---- detection ----------------------------------------------------------------------------------

const MARKERS: readonly RegExp[] = [
  /^#config-version=FG/,
  /^config vpn ipsec phase[12](?:-interface)?$/,
  /^config system (?:global|interface|admin|dns|settings)$/,
  /^config firewall (?:address|addrgrp|policy)$/,
  /^config vdom$/,
  /^set (?:psksecret|remote-gw|phase1name|proposal|dhgrp|vdom|src-subnet|dst-subnet) /,
  /^edit "[^"]{1,80}"$/,
];

export function detect(lines: string[]): number {
  const head = headLines(lines);
  const hits = markerHits(head, MARKERS);
  // FortiOS closes every block with `next` / `end`
  const closers = head.some((l) => /^\s*(?:next|end)\s*$/.test(l));
  return closers ? score(hits, configRatio(head), 3) : score(hits, configRatio(head), 3) * 0.6;
}

// ---- attributes ---------------------------------------------------------------------------------

/** Phase 1 attributes read into the policy. */
const P1_USED = new Set([
  'interface',
  'ike-version',
  'mode',
  'peertype',
  'peerid',
  'proposal',
  'dhgrp',
  'remote-gw',
  'remote-gw6',
  'remotegw-ddns',
  'psksecret',
  'psksecret-remote',
  'localid',
  'local-gw',
  'local-gw6',
  'dpd',
  'dpd-retryinterval',
  'dpd-retrycount',
  'nattraversal',
  'keylife',
  'authmethod',
  'authmethod-remote',
  'certificate',
  'type',
  'ip-version',
  'comments',
]);

/** Phase 1 attributes known and not part of the comparison (FortiOS CLI Reference, phase1-interface). */
const P1_KNOWN = new Set([
  'net-device',
  'add-route',
  'add-gw-route',
  'auto-negotiate',
  'negotiate-timeout',
  'wizard-type',
  'mode-cfg',
  'mode-cfg-allow-client-selector',
  'assign-ip',
  'assign-ip-from',
  'ipv4-start-ip',
  'ipv4-end-ip',
  'ipv4-netmask',
  'ipv4-dns-server1',
  'ipv4-dns-server2',
  'ipv4-dns-server3',
  'ipv4-wins-server1',
  'ipv4-wins-server2',
  'ipv4-split-include',
  'ipv4-split-exclude',
  'split-include-service',
  'ipv4-name',
  'ipv6-start-ip',
  'ipv6-end-ip',
  'ipv6-prefix',
  'ipv6-dns-server1',
  'ipv6-dns-server2',
  'ipv6-dns-server3',
  'ipv6-split-include',
  'ipv6-split-exclude',
  'ipv6-name',
  'dns-mode',
  'domain',
  'banner',
  'unity-support',
  'include-local-lan',
  'save-password',
  'client-auto-negotiate',
  'client-keep-alive',
  'backup-gateway',
  'keepalive',
  'distance',
  'priority',
  'localid-type',
  'fragmentation',
  'ip-fragmentation',
  'fragmentation-mtu',
  'npu-offload',
  'send-cert-chain',
  'suite-b',
  'eap',
  'eap-identity',
  'eap-exclude-peergrp',
  'acct-verify',
  'ppk',
  'ppk-secret',
  'ppk-identity',
  'xauthtype',
  'reauth',
  'authusr',
  'authpasswd',
  'group-authentication',
  'group-authentication-secret',
  'authusrgrp',
  'mesh-selector-type',
  'idle-timeout',
  'idle-timeoutinterval',
  'ha-sync-esp-seqno',
  'fgsp-sync',
  'inbound-dscp-copy',
  'childless-ike',
  'rekey',
  'digital-signature-auth',
  'signature-hash-alg',
  'rsa-signature-format',
  'rsa-signature-hash-override',
  'enforce-unique-id',
  'cert-id-validation',
  'network-overlay',
  'network-id',
  'dev-id-notification',
  'dev-id',
  'loopback-asymmetric-routing',
  'link-cost',
  'exchange-fgt-device-id',
  'ipv6-auto-linklocal',
  'ems-sn-check',
  'cert-trust-store',
  'transport',
  'fortinet-esp',
  'auto-transport-threshold',
  'remote-gw-match',
  'remote-gw-subnet',
  'remote-gw-start-ip',
  'remote-gw-end-ip',
  'remote-gw-country',
  'default-gw',
  'default-gw-priority',
  'monitor',
  'monitor-hold-down-type',
  'monitor-hold-down-delay',
  'monitor-hold-down-weekday',
  'monitor-hold-down-time',
  'tunnel-search',
  'passive-mode',
  'exchange-interface-ip',
  'exchange-ip-addr4',
  'exchange-ip-addr6',
  'aggregate-member',
  'aggregate-weight',
  'packet-redistribution',
  'auto-discovery-sender',
  'auto-discovery-receiver',
  'auto-discovery-forwarder',
  'auto-discovery-psk',
  'auto-discovery-shortcuts',
  'auto-discovery-crossover',
  'auto-discovery-offer-interval',
  'encapsulation',
  'encapsulation-address',
  'encap-local-gw4',
  'encap-local-gw6',
  'encap-remote-gw4',
  'encap-remote-gw6',
  'usrgrp',
  'peer',
  'peergrp',
  'dhcp-ra-giaddr',
  'dhcp6-ra-linkaddr',
  'ip-delay-interval',
  'esn',
  'dpd-retry-interval',
  'psk-verify',
  'qkd',
  'qkd-profile',
  'kms',
  'addke1',
  'addke2',
  'addke3',
  'addke4',
  'addke5',
  'addke6',
  'addke7',
  'cert-peer-username-validation',
  'cert-peer-username-strip',
  'shared-idle-timeout',
  'azure-ad-autoconnect',
  'client-resume',
  'client-resume-interval',
  'vni',
  'dhcp-server',
  'ipv4-exclude-range',
  'remote-gw-ztna-tags',
]);

const P2_USED = new Set([
  'phase1name',
  'proposal',
  'pfs',
  'dhgrp',
  'keylifeseconds',
  'keylifekbs',
  'keylife-type',
  'src-subnet',
  'dst-subnet',
  'src-subnet6',
  'dst-subnet6',
  'src-addr-type',
  'dst-addr-type',
  'src-name',
  'dst-name',
  'src-name6',
  'dst-name6',
  'src-start-ip',
  'src-end-ip',
  'dst-start-ip',
  'dst-end-ip',
  'src-start-ip6',
  'src-end-ip6',
  'dst-start-ip6',
  'dst-end-ip6',
  'protocol',
  'src-port',
  'dst-port',
  'encapsulation',
  'comments',
]);

const P2_KNOWN = new Set([
  'dhcp-ipsec',
  'ipv4-df',
  'replay',
  'keepalive',
  'auto-negotiate',
  'add-route',
  'inbound-dscp-copy',
  'auto-discovery-sender',
  'auto-discovery-forwarder',
  'single-source',
  'route-overlap',
  'l2tp',
  'initiator-ts-narrow',
  'diffserv',
  'diffservcode',
  'esn',
  'use-natip',
  'selector-match',
  'addke1',
  'addke2',
  'addke3',
  'addke4',
  'addke5',
  'addke6',
  'addke7',
  'sender-id',
]);

const VPN_TABLES = /^vpn ipsec (?:phase1|phase2|phase1-interface|phase2-interface)$/;

// ---- model --------------------------------------------------------------------------------------

interface Objects {
  addresses: Map<string, FgEntry>;
  groups: Map<string, FgEntry>;
  interfaces: Map<string, FgEntry>;
}

function attr(e: FgEntry | undefined, name: string): FgAttr | undefined {
  return e?.attrs.get(name);
}

function first(e: FgEntry | undefined, name: string): string | undefined {
  return attr(e, name)?.values[0];
}

/** A FortiOS proposal word (`aes256-sha256`, `aes128gcm-prfsha256`, `chacha20poly1305`, `aes128-null`). */
function splitProposal(p: string): { enc?: string; integ?: string; prf?: string } | undefined {
  const dash = p.lastIndexOf('-');
  const encTok = dash < 0 ? p : p.slice(0, dash);
  const rest = dash < 0 ? undefined : p.slice(dash + 1);
  const enc = encryptionName(encTok);
  if (!enc) return undefined;
  if (rest === undefined) return { enc };
  if (rest.startsWith('prf')) {
    const prf = integrityName(rest.slice(3));
    return prf ? { enc, prf } : undefined;
  }
  const integ = integrityName(rest);
  if (integ === undefined) return undefined;
  return { enc, integ };
}

class FortiBuilder {
  private objects: Objects = { addresses: new Map(), groups: new Map(), interfaces: new Map() };

  constructor(private readonly doc: ConfigText) {}

  private src(i: number): ConfigSource {
    return this.doc.src(i);
  }

  private val<T>(v: T, a: FgAttr | undefined): Value<T> {
    return a ? { value: v, src: this.src(a.line) } : { value: v };
  }

  build(tables: FgTable[]): FortigateTunnel[] {
    for (const t of tables) {
      const into =
        t.path === 'firewall address' || t.path === 'firewall address6'
          ? this.objects.addresses
          : t.path === 'firewall addrgrp' || t.path === 'firewall addrgrp6'
            ? this.objects.groups
            : t.path === 'system interface'
              ? this.objects.interfaces
              : undefined;
      if (into) for (const e of t.entries) into.set(e.name, e);
    }
    const out: FortigateTunnel[] = [];
    const vpn = tables.filter((t) => VPN_TABLES.test(t.path));
    for (const t of vpn) this.checkUnknown(t);
    const p1Tables = vpn.filter((t) => t.path.startsWith('vpn ipsec phase1'));
    const p2Tables = vpn.filter((t) => t.path.startsWith('vpn ipsec phase2'));
    const usedP1 = new Set<FgEntry>();
    for (const t2 of p2Tables) {
      const kind = t2.path.endsWith('-interface') ? 'interface' : 'policy';
      const p1Path = kind === 'interface' ? 'vpn ipsec phase1-interface' : 'vpn ipsec phase1';
      const p1s = p1Tables.filter((t) => t.path === p1Path && t.vdom === t2.vdom).flatMap((t) => t.entries);
      for (const e2 of t2.entries) {
        const ref = attr(e2, 'phase1name');
        const p1 = p1s.find((e) => e.name === ref?.values[0]);
        if (!p1 && ref?.values[0]) {
          // FortiOS matches names exactly; a case-only difference is worth a note, not a silent join
          const ci = p1s.find((e) => e.name.toLowerCase() === ref.values[0]!.toLowerCase());
          if (ci) this.doc.note('fortigate.phase1-case', { name: ref.values[0] }, ref.line);
          else
            this.doc.note('fortigate.undefined-ref', { kind: 'phase1name', name: ref.values[0] }, ref.line);
        }
        if (p1) usedP1.add(p1);
        out.push(this.tunnel(kind, e2.name, p1, e2, t2.vdom));
      }
    }
    for (const t1 of p1Tables)
      for (const e1 of t1.entries) {
        if (usedP1.has(e1)) continue;
        this.doc.note('fortigate.phase1-without-phase2', { name: e1.name }, e1.line);
        out.push(
          this.tunnel(
            t1.path.endsWith('-interface') ? 'interface' : 'policy',
            e1.name,
            e1,
            undefined,
            t1.vdom,
          ),
        );
      }
    return out;
  }

  private checkUnknown(t: FgTable): void {
    const p1 = t.path.startsWith('vpn ipsec phase1');
    for (const e of t.entries) {
      for (const s of e.sets) {
        const known = p1
          ? P1_USED.has(s.attr) || P1_KNOWN.has(s.attr)
          : P2_USED.has(s.attr) || P2_KNOWN.has(s.attr);
        if (!known) this.doc.unread(s.line);
      }
      for (const sub of e.tables)
        if (!/^(?:ipv4-exclude-range|ipv6-exclude-range|backup-gateway|remote-gw-ztna-tags)$/.test(sub.path))
          this.doc.unread(sub.line);
    }
  }

  private ikeProposals(p1: FgEntry, t: FortigateTunnel): void {
    const prop = attr(p1, 'proposal');
    if (!prop) return;
    const dh = attr(p1, 'dhgrp');
    let groups: number[];
    if (dh) {
      groups = dh.values.map((g) => dhGroupNumber(g)).filter((g): g is number => g !== undefined);
      if (groups.length !== dh.values.length) this.doc.unread(dh.line);
    } else {
      // `dhgrp` left at its default "14 5" (FortiOS CLI Reference, phase1-interface)
      groups = [14, 5];
      this.doc.note('fortigate.dhgrp-default', { name: p1.name, groups: '14 5' }, prop.line);
    }
    const props: IkeProposal[] = [];
    for (const w of prop.values) {
      const s = splitProposal(w.toLowerCase());
      if (!s?.enc) {
        this.doc.unread(prop.line);
        continue;
      }
      const integ = s.integ !== undefined && s.integ !== '' ? [s.integ] : [];
      const prf = s.prf ? [s.prf] : integ;
      props.push(ikeProposal([s.enc], isAead(s.enc) ? [] : integ, prf, groups));
    }
    if (props.length) t.ikeProposals = { value: props, src: this.src(prop.line) };
  }

  private childProposals(p2: FgEntry, t: FortigateTunnel): void {
    const prop = attr(p2, 'proposal');
    const pfsA = attr(p2, 'pfs');
    const dh = attr(p2, 'dhgrp');
    const pfsOn = pfsA ? pfsA.values[0] !== 'disable' : true;
    let groups: number[] = [];
    if (pfsOn) {
      if (dh) {
        groups = dh.values.map((g) => dhGroupNumber(g)).filter((g): g is number => g !== undefined);
        if (groups.length !== dh.values.length) this.doc.unread(dh.line);
      } else if (prop) {
        // PFS on by default, groups "14 5" by default (FortiOS CLI Reference, phase2-interface)
        groups = [14, 5];
        this.doc.note('fortigate.pfs-default', { name: p2.name, groups: '14 5' }, prop.line);
      }
    }
    if (!prop) return;
    const props: ChildProposal[] = [];
    for (const w of prop.values) {
      const s = splitProposal(w.toLowerCase());
      if (!s?.enc) {
        this.doc.unread(prop.line);
        continue;
      }
      props.push(childProposal([s.enc], s.integ ? [s.integ] : [], groups));
    }
    if (props.length) t.childProposals = { value: props, src: this.src(prop.line) };
  }

  /** CIDRs of a firewall address or group name. */
  private resolve(name: string, depth = 0): string[] | undefined {
    if (name === 'all') return [ANY4];
    if (name === 'all6' || name === '::/0') return [ANY6];
    if (depth > 16) return [];
    const a = this.objects.addresses.get(name);
    if (a) {
      const type = first(a, 'type') ?? 'ipmask';
      if (type === 'ipmask') {
        const sn = attr(a, 'subnet');
        if (!sn) return [ANY4]; // an address left at its default subnet is 0.0.0.0/0
        return [
          sn.values[1] ? cidrFromMask(sn.values[0] ?? '', sn.values[1]) : normalizePrefix(sn.values[0] ?? ''),
        ];
      }
      if (type === 'iprange') {
        const s = first(a, 'start-ip');
        const e = first(a, 'end-ip');
        return s && e ? (rangeToCidrs(s, e) ?? [`${s}-${e}`]) : undefined;
      }
      const ip6 = first(a, 'ip6');
      if (ip6) return [normalizePrefix(ip6)];
      const fqdn = first(a, 'fqdn');
      return fqdn ? [`fqdn:${fqdn}`] : undefined;
    }
    const g = this.objects.groups.get(name);
    if (g) {
      const out: string[] = [];
      for (const m of attr(g, 'member')?.values ?? []) {
        const r = this.resolve(m, depth + 1);
        if (r) out.push(...r);
        else this.doc.note('fortigate.undefined-ref', { kind: 'address', name: m }, attr(g, 'member')?.line);
      }
      return out;
    }
    return undefined;
  }

  /** One side of a phase 2 selector (`src` or `dst`). */
  private side(p2: FgEntry, side: 'src' | 'dst'): { nets: string[]; line?: number } | undefined {
    const typeA = attr(p2, `${side}-addr-type`);
    const type = typeA?.values[0] ?? 'subnet';
    const v6 = type.endsWith('6');
    const base = v6 ? type.slice(0, -1) : type;
    const suffix = v6 ? '6' : '';
    if (base === 'subnet') {
      const a = attr(p2, `${side}-subnet${suffix}`);
      if (!a) return undefined;
      const [x, m] = a.values;
      if (!x) return undefined;
      const net = m && isV4(m) ? cidrFromMask(x, m) : normalizePrefix(x);
      return { nets: [net], line: a.line };
    }
    if (base === 'ip') {
      const a = attr(p2, `${side}-start-ip${suffix}`);
      return a?.values[0] ? { nets: [hostCidr(a.values[0])], line: a.line } : undefined;
    }
    if (base === 'range') {
      const s = attr(p2, `${side}-start-ip${suffix}`);
      const e = attr(p2, `${side}-end-ip${suffix}`);
      if (!s?.values[0] || !e?.values[0]) return undefined;
      return {
        nets: rangeToCidrs(s.values[0], e.values[0]) ?? [`${s.values[0]}-${e.values[0]}`],
        line: s.line,
      };
    }
    if (base === 'name') {
      const a = attr(p2, `${side}-name${suffix}`);
      const n = a?.values[0];
      if (!a || !n) return undefined;
      const r = this.resolve(n);
      if (!r) this.doc.note('fortigate.undefined-ref', { kind: 'address', name: n }, a.line);
      return { nets: r ?? [`object:${n}`], line: a.line };
    }
    if (typeA) this.doc.unread(typeA.line);
    return undefined;
  }

  private selectors(p2: FgEntry, t: FortigateTunnel): void {
    const src = this.side(p2, 'src');
    const dst = this.side(p2, 'dst');
    if (!src && !dst) return;
    // a side left unset is FortiOS's default quad-zero selector (0.0.0.0/0, ::/0 for IPv6 types)
    const v6 = (s: 'src' | 'dst'): boolean => (first(p2, `${s}-addr-type`) ?? '').endsWith('6');
    const local = src?.nets ?? [v6('src') ? ANY6 : ANY4];
    const remote = dst?.nets ?? [v6('dst') ? ANY6 : ANY4];
    const proto = first(p2, 'protocol');
    const sp = first(p2, 'src-port');
    const dp = first(p2, 'dst-port');
    const pr = proto && proto !== '0' ? proto : undefined;
    const sel: TrafficSelector[] = [];
    for (const l of local)
      for (const r of remote)
        sel.push({
          local: withProto(l, pr, sp && sp !== '0' ? sp : undefined),
          remote: withProto(r, pr, dp && dp !== '0' ? dp : undefined),
        });
    const line = src?.line ?? dst?.line ?? p2.line;
    t.selectors = { value: sel.slice(0, 256), src: this.src(line) };
    if (sel.length > 256) this.doc.note('selectors-truncated', { name: p2.name, max: 256 }, line);
  }

  private localAddress(p1: FgEntry): Value<string> | undefined {
    const gw = attr(p1, 'local-gw') ?? attr(p1, 'local-gw6');
    if (gw?.values[0] && gw.values[0] !== '0.0.0.0' && gw.values[0] !== '::')
      return this.val(gw.values[0], gw);
    const ifName = first(p1, 'interface');
    const f = ifName ? this.objects.interfaces.get(ifName) : undefined;
    const ip = attr(f, 'ip');
    if (ip?.values[0] && ip.values[0] !== '0.0.0.0') return this.val(ip.values[0].split('/')[0]!, ip);
    return undefined;
  }

  private phase1(p1: FgEntry, t: FortigateTunnel): void {
    const f = t.fortigate;
    const ifA = attr(p1, 'interface');
    if (ifA?.values[0]) f.interface = this.val(ifA.values[0], ifA);
    const typeA = attr(p1, 'type');
    if (typeA?.values[0]) f.type = this.val(typeA.values[0], typeA);
    const gw = attr(p1, 'remote-gw') ?? attr(p1, 'remote-gw6') ?? attr(p1, 'remotegw-ddns');
    if (gw?.values[0] && typeA?.values[0] !== 'dynamic') t.peer = this.val(gw.values[0], gw);
    if (typeA?.values[0] === 'dynamic') this.doc.note('fortigate.dialup', { name: p1.name }, typeA.line);
    const local = this.localAddress(p1);
    if (local) t.localAddress = local;
    const ver = attr(p1, 'ike-version');
    if (ver?.values[0] === '1' || ver?.values[0] === '2')
      t.ikeVersion = this.val(Number(ver.values[0]) as 1 | 2, ver);
    const mode = attr(p1, 'mode');
    if (mode?.values[0] === 'main' || mode?.values[0] === 'aggressive')
      t.mode = this.val(mode.values[0], mode);
    const lid = attr(p1, 'localid');
    if (lid?.values[0]) t.localId = this.val(lid.values[0], lid);
    const peertype = attr(p1, 'peertype');
    if (peertype?.values[0]) f.peertype = this.val(peertype.values[0], peertype);
    const pid = attr(p1, 'peerid');
    if (pid?.values[0] && (!peertype || peertype.values[0] === 'one'))
      t.remoteId = this.val(pid.values[0], pid);
    // authentication: psk unless `authmethod signature`
    const am = attr(p1, 'authmethod');
    const psk = attr(p1, 'psksecret');
    const method: AuthMethod = am?.values[0] === 'signature' ? 'cert' : 'psk';
    if (am || psk) t.auth = this.val(method, am ?? psk);
    if (method === 'psk') t.pskPresent = psk ? this.val(true, psk) : { value: false, src: this.src(p1.line) };
    const cert = attr(p1, 'certificate');
    if (cert?.values[0]) t.cert = this.val(cert.values.join(' '), cert);
    this.ikeProposals(p1, t);
    const life = attr(p1, 'keylife');
    if (isInt(life?.values[0])) t.ikeLifetimeSeconds = this.val(Number(life.values[0]), life);
    const dpd = attr(p1, 'dpd');
    const iv = attr(p1, 'dpd-retryinterval');
    const rc = attr(p1, 'dpd-retrycount');
    if (dpd || iv) {
      const mode2 = dpd?.values[0];
      const enabled = mode2 !== 'disable';
      t.dpd = this.val(
        {
          enabled,
          ...(isInt(iv?.values[0]) ? { delaySeconds: Number(iv.values[0]) } : {}),
          ...(mode2 && mode2 !== 'disable' ? { action: mode2 } : {}),
        },
        dpd ?? iv,
      );
    }
    if (isInt(rc?.values[0])) f.dpdRetryCount = this.val(Number(rc.values[0]), rc);
    const nat = attr(p1, 'nattraversal');
    if (nat?.values[0]) t.natTraversal = this.val(nat.values[0] !== 'disable', nat);
  }

  private tunnel(
    kind: 'interface' | 'policy',
    name: string,
    p1: FgEntry | undefined,
    p2: FgEntry | undefined,
    vdom: string | undefined,
  ): FortigateTunnel {
    const t: FortigateTunnel = {
      vendor: 'fortigate',
      file: this.doc.path,
      name,
      section: this.src((p2 ?? p1)!.line),
      fortigate: {
        phase1: p1?.name ?? first(p2, 'phase1name') ?? '',
        ...(p2 ? { phase2: p2.name } : {}),
        kind,
        ...(vdom ? { vdom } : {}),
      },
    };
    if (p1) this.phase1(p1, t);
    if (p2) {
      this.childProposals(p2, t);
      const kt = attr(p2, 'keylife-type');
      if (kt?.values[0]) t.fortigate.keylifeType = this.val(kt.values[0], kt);
      const secs = attr(p2, 'keylifeseconds');
      const kbs = attr(p2, 'keylifekbs');
      const type = kt?.values[0] ?? 'seconds';
      if (isInt(secs?.values[0]) && type !== 'kbs')
        t.childLifetimeSeconds = this.val(Number(secs.values[0]), secs);
      if (isInt(kbs?.values[0]) && type !== 'seconds')
        t.childLifetimeKilobytes = this.val(Number(kbs.values[0]), kbs);
      const enc = attr(p2, 'encapsulation');
      if (enc?.values[0] === 'tunnel-mode' || enc?.values[0] === 'transport-mode')
        t.childMode = this.val(enc.values[0] === 'tunnel-mode' ? 'tunnel' : 'transport', enc);
      this.selectors(p2, t);
    }
    return t;
  }
}

export function parse(path: string, text: string): ApplianceConfig<FortigateTunnel> {
  const doc = new ConfigText(path, text, SECRETS);
  let tunnels: FortigateTunnel[] = [];
  try {
    const tables = readFortiConfig(doc);
    tunnels = new FortiBuilder(doc).build(tables);
  } catch (err) {
    doc.note('parser-error', { message: err instanceof Error ? err.message : String(err) });
  }
  return {
    vendor: 'fortigate',
    format: format.id,
    path,
    tunnels,
    unparsed: doc.sortedUnparsed(),
    secretsMasked: doc.secretsMasked,
    notes: doc.notes,
  };
}
