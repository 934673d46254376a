// PAN-OS firewall / Panorama configuration → one TunnelPolicy per IPsec tunnel
// (`network tunnel ipsec <name>`), joined with its IKE gateway and crypto profiles; IKE gateways
// no tunnel uses come out as phase-1-only policies. Reads the XML configuration
// (running-config.xml, exports, `show config running` in XML) and the `set` form
// (`set cli config-output-format set`). Source: PAN-OS Administrator's Guide, "Site-to-Site VPN"
// (Set Up an IKE Gateway, Define Cryptographic Profiles, Set Up an IPSec Tunnel, Proxy IDs).
// Also the hierarchical display of `show` (braces) and configuration-mode `edit` / `top`.
// Unparsed = commands or elements under `network ike` and `network tunnel ipsec` that do not fit
// the schema (src/config/panos/schema.ts), and `set network ipsec|ike ...` paths that do not exist.
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
import { quotedWords } from '../shared/tokens.js';
import {
  childProposal,
  encList,
  groupList,
  hashList,
  ikeProposal,
  toKilobytes,
  toSeconds,
} from '../shared/policy-build.js';
import { configRatio, headLines, markerHits, score } from '../shared/detect.js';
import { ANY4, ANY6, isV4, normalizePrefix, withProto } from '../shared/net.js';
import type { ApplianceConfig, PanosTunnel } from '../shared/types.js';
import { at, entries, parseXml, text, valueLine, values, type XNode } from './tree.js';
import { IKE, SET_ROOT, TUNNEL, type Schema } from './schema.js';

export const format = {
  id: 'panos',
  vendor: 'panos' as const,
  name: 'PAN-OS configuration (XML or set commands)',
};

const SECRET_WORDS = new Set([
  'key',
  'phash',
  'password',
  'private-key',
  'secret',
  'passphrase',
  'authpwd',
  'privpwd',
  'api-key',
  'snmp-community-string',
  'community-string',
  'auth-key',
  'shared-secret',
  'client-secret',
  'collector-secret',
  'master-key',
]);

/** The value after a secret keyword of a `set` line (quoted values included). */
function setSecret(line: string): [number, number] | undefined {
  let i = 0;
  const n = line.length;
  const skip = (): void => {
    while (i < n && (line[i] === ' ' || line[i] === '\t')) i++;
  };
  skip();
  // optional prompt `admin@PA-VM# `
  const p0 = i;
  while (i < n && line[i] !== ' ' && line[i] !== '\t') i++;
  const first = line.slice(p0, i);
  if (first.endsWith('#') || first.endsWith('>')) {
    skip();
    const s0 = i;
    while (i < n && line[i] !== ' ' && line[i] !== '\t') i++;
    if (line.slice(s0, i) !== 'set') return undefined;
  } else if (first !== 'set') return undefined;
  let prevSecret = false;
  while (i < n) {
    skip();
    if (i >= n) break;
    const s = i;
    if (line[i] === '"') {
      i++;
      while (i < n && line[i] !== '"') i += line[i] === '\\' ? 2 : 1;
      i = Math.min(n, i + 1);
    } else while (i < n && line[i] !== ' ' && line[i] !== '\t') i++;
    if (prevSecret) return [s, i];
    prevSecret = SECRET_WORDS.has(line.slice(s, i));
  }
  return undefined;
}

const XML_SECRET =
  /<(?:key|phash|password|private-key|secret|passphrase|authpwd|privpwd|api-key|snmp-community-string|community-string|community|auth-key|shared-secret|client-secret|master-key)>([^<]{1,8192})/d;

// the hierarchical display of `show`: `key -AQ==...;`
const BRACE_SECRET =
  /^\s*(?:key|phash|password|private-key|secret|passphrase|authpwd|privpwd|api-key|snmp-community-string|community-string|auth-key|shared-secret|client-secret|collector-secret|master-key) ("(?:[^"\\]|\\.)*"|[^\s;"]+);\s*$/d;

export const SECRETS: readonly SecretRule[] = [
  { find: setSecret },
  { find: setSecret },
  { re: XML_SECRET },
  { re: BRACE_SECRET },
];

// ---- detection ----------------------------------------------------------------------------------

const MARKERS: readonly RegExp[] = [
  /^(?:ike-crypto-profiles|ipsec-crypto-profiles) \{$/,
  /^(?:peer-address|pre-shared-key|proxy-id|protocol-common|auto-key) \{$/,
  /^ike-crypto-profile \S+;$/,
  /^network \{$/,
  /^set network (?:ike|tunnel|interface|virtual-router) /,
  /^edit network (?:ike|tunnel|interface|virtual-router)(?: |$)/,
  /^set (?:protocol ikev[12]|peer-address ip|authentication pre-shared-key|auto-key ike-gateway|esp (?:encryption|authentication)) /,
  /^set (?:deviceconfig|mgt-config|rulebase|zone|vsys|shared|template|device-group) /,
  /^set address \S+ ip-netmask /,
  /^set template \S+ config (?:devices \S+ )?network (?:ike|tunnel) /,
  /^<config version="\d/,
  /^<(?:ike-crypto-profiles|ipsec-crypto-profiles|deviceconfig|mgt-config)>/,
  /^<entry name="localhost\.localdomain">/,
  /^<ike>$/,
  /^<(?:gateway|crypto-profiles)>$/,
  // PAN-OS nests these (pfSense writes `<pre-shared-key>value</pre-shared-key>` on one line)
  /^<peer-address>$/,
  /^<pre-shared-key>$/,
  /^<proxy-id>$/,
  /^<tunnel-interface>tunnel\./,
];

export function detect(lines: string[]): number {
  const head = headLines(lines).map((l) => l.replace(/^\s*[\w.-]{1,64}@[\w.-]{1,64}# /, ''));
  return score(markerHits(head, MARKERS), configRatio(head), 2);
}

// ---- the `set` form -----------------------------------------------------------------------------

function childNode(parent: XNode, name: string, line: number): XNode {
  let n = parent.children.find((c) => c.name === name);
  if (!n) {
    n = { name, children: [], line };
    parent.children.push(n);
  }
  return n;
}

function entryNode(parent: XNode, name: string, line: number): XNode {
  let n = parent.children.find((c) => c.name === 'entry' && c.entry === name);
  if (!n) {
    n = { name: 'entry', entry: name, children: [], line };
    parent.children.push(n);
  }
  return n;
}

/**
 * Apply one `set` command (words after `set`) to the tree. Returns whether every word was
 * understood and whether the command lies in an IPsec subtree (network ike / tunnel ipsec).
 */
function applySet(root: XNode, w: readonly string[], line: number): { ok: boolean; vpn: boolean } {
  let vpn = false;
  // Words name a path down the schema, then attributes of the node reached. Several attributes
  // may follow each other inside one entry (`hash sha1 dh-group group2 lifetime hours 8`), but a
  // command never climbs above the entry it named.
  const walk = (sch: Schema, n: XNode | undefined, i: number, inEntry: boolean): number => {
    if (sch.k !== 'c' && sch.k !== 'e') return i;
    while (i < w.length) {
      const key = w[i]!;
      const cs = sch.ch[key] ?? sch.other;
      if (!cs) return i;
      if (cs === IKE || (sch === TUNNEL && key === 'ipsec')) vpn = true;
      if (cs.k === 'any') return w.length;
      i++;
      const node = n ? childNode(n, key, line) : undefined;
      switch (cs.k) {
        case 'l': {
          const v = w[i];
          if (v === undefined) return -1;
          if (node) {
            node.text = v;
            node.textLine = line;
          }
          i++;
          break;
        }
        case 'm': {
          let vals: string[];
          if (w[i] === '[') {
            const close = w.indexOf(']', i);
            if (close < 0) return -1;
            vals = w.slice(i + 1, close);
            i = close + 1;
          } else {
            const v = w[i];
            if (v === undefined) return -1;
            vals = [v];
            i++;
          }
          if (node)
            node.children = vals.map((v) => ({
              name: 'member',
              text: v,
              children: [],
              line,
              textLine: line,
            }));
          break;
        }
        case 'x':
          break;
        case 'c': {
          const r = walk(cs, node, i, inEntry);
          if (r < 0 || (r < w.length && !inEntry)) return -1;
          i = r;
          break;
        }
        case 'e': {
          const name = w[i];
          if (name === undefined) return -1;
          i++;
          const r = walk(cs, node ? entryNode(node, name, line) : undefined, i, true);
          if (r !== w.length) return -1;
          i = r;
          break;
        }
      }
    }
    return i;
  };
  // check first, then apply: a command that does not fit changes nothing
  const ok = walk(SET_ROOT, undefined, 0, false) === w.length;
  if (ok) walk(SET_ROOT, root, 0, false);
  return { ok, vpn };
}

const ROOT_WORDS = new Set([
  'network',
  'deviceconfig',
  'shared',
  'vsys',
  'mgt-config',
  'rulebase',
  'address',
  'zone',
  'template',
  'devices',
]);

/** `show network ike gateway` prints from `gateway {`: the path above the first printed node. */
function bracePrefix(first: string | undefined): string[] {
  if (first === 'ike' || first === 'tunnel' || first === 'interface') return ['network'];
  if (first === 'gateway' || first === 'crypto-profiles') return ['network', 'ike'];
  if (first === 'ike-crypto-profiles' || first === 'ipsec-crypto-profiles')
    return ['network', 'ike', 'crypto-profiles'];
  if (first === 'ipsec') return ['network', 'tunnel'];
  return [];
}

/** `network ike ...`, `network ipsec ...`, `network tunnel ipsec ...` (also misspelt paths). */
function mentionsVpn(w: readonly string[]): boolean {
  const k = w.indexOf('network');
  if (k < 0) return false;
  const a = w[k + 1];
  const b = w[k + 2];
  return a === 'ike' || a === 'ipsec' || (a === 'tunnel' && b === 'ipsec') || b === 'crypto-profiles';
}

/** Read the `set` lines into a tree; lines of the IPsec subtrees that do not fit are unparsed. */
function readSet(doc: ConfigText): XNode {
  const root: XNode = { name: '#set', children: [], line: 0 };
  // configuration mode hierarchy: `edit network ike gateway GW` makes later `set` lines relative
  // to it until `top` (`up` leaves the last `edit`)
  const edits: string[][] = [];
  // the hierarchical display of `show` in configuration mode: `gateway {` ... `key value;` ... `}`
  const braces: string[][] = [];
  for (let i = 0; i < doc.lines.length; i++) {
    const raw = (doc.lines[i] ?? '').replace(/^\s*[\w.-]{1,64}@[\w.-]{1,64}# /, '');
    const q = quotedWords(raw);
    const w = q.tokens.map((t) => t.text);
    const verb = w[0];
    if (verb === undefined) continue;
    const last = w[w.length - 1]!;
    if (last === '{' || (last.endsWith('{') && !q.tokens[q.tokens.length - 1]?.quoted)) {
      const head = last === '{' ? w.slice(0, -1) : [...w.slice(0, -1), last.slice(0, -1)];
      braces.push(head.filter((x) => x !== ''));
      continue;
    }
    if (verb === '}' || verb === '};') {
      braces.pop();
      continue;
    }
    let body: string[];
    let qt = q.tokens;
    if (braces.length && last.endsWith(';')) {
      // a leaf of the hierarchical display: path from the open braces, then `key value;`
      const path = [...bracePrefix(braces[0]?.[0]), ...braces.flat()];
      body = [...path, ...[...w.slice(0, -1), last.slice(0, -1)].filter((x) => x !== '')];
      qt = [{ text: 'set', quoted: false }, ...path.map((t) => ({ text: t, quoted: false })), ...q.tokens];
    } else if (verb === 'edit' && w.length > 1) {
      // a path from the top (`edit network ...`) is taken as absolute even without `top` before it
      if (ROOT_WORDS.has(w[1]!)) edits.length = 0;
      edits.push(w.slice(1));
      continue;
    } else if (verb === 'top' || verb === 'exit' || verb === 'quit') {
      edits.length = 0;
      continue;
    } else if (verb === 'up') {
      edits.pop();
      continue;
    } else if (verb === 'set' && w.length >= 2) {
      body = [...edits.flat(), ...w.slice(1)];
      qt = [
        { text: 'set', quoted: false },
        ...edits.flat().map((t) => ({ text: t, quoted: false })),
        ...q.tokens.slice(1),
      ];
    } else continue;
    // `[ a b ]` lists may be written `[a b]`
    const words = body.flatMap((t, k) => {
      if (qt[k + 1]?.quoted) return [t];
      const out: string[] = [];
      let s = t;
      if (s.startsWith('[') && s !== '[') {
        out.push('[');
        s = s.slice(1);
      }
      if (s.endsWith(']') && s !== ']') out.push(s.slice(0, -1), ']');
      else out.push(s);
      return out.filter((x) => x !== '');
    });
    const r = applySet(root, words, i);
    if ((!r.ok && r.vpn) || (!r.vpn && mentionsVpn(words))) doc.unread(i);
  }
  return root;
}

// ---- the XML form: find the scopes, check the IPsec subtrees against the schema -------------------

function checkXml(doc: ConfigText, n: XNode, sch: Schema): void {
  if (sch.k === 'any' || sch.k === 'l' || sch.k === 'x') return;
  if (sch.k === 'm') return;
  for (const ch of n.children) {
    if (sch.k === 'e') {
      if (ch.name !== 'entry') {
        doc.unread(ch.line);
        continue;
      }
      for (const g of ch.children) {
        const cs = sch.ch[g.name] ?? sch.other;
        if (!cs) doc.unread(g.line);
        else checkXml(doc, g, cs);
      }
      continue;
    }
    const cs = sch.ch[ch.name] ?? sch.other;
    if (!cs) doc.unread(ch.line);
    else checkXml(doc, ch, cs);
  }
}

interface Scope {
  name: string;
  network: XNode;
  /** Address objects visible from this scope (name → value). */
  addresses: Map<string, { value: string; line: number }>;
}

function collectAddresses(n: XNode | undefined, into: Map<string, { value: string; line: number }>): void {
  for (const a of entries(n)) {
    const v = at(a, 'ip-netmask') ?? at(a, 'fqdn');
    const t = text(v);
    if (a.entry && t && v) into.set(a.entry, { value: t, line: valueLine(v) });
  }
}

function xmlScopes(root: XNode): Scope[] {
  const out: Scope[] = [];
  const shared = new Map<string, { value: string; line: number }>();
  const walk = (n: XNode, path: string[], depth: number): void => {
    if (depth > 64) return;
    for (const c of n.children) {
      if (
        c.name === 'address' &&
        (path[path.length - 1] === 'shared' ||
          path[path.length - 2] === 'vsys' ||
          path[path.length - 1] === 'vsys')
      )
        collectAddresses(c, shared);
      if (c.name === 'network' && (at(c, 'ike') || at(c, 'tunnel'))) {
        const tpl = path.indexOf('template');
        const scope = tpl >= 0 ? `template ${path[tpl + 1] ?? ''}` : '';
        out.push({ name: scope, network: c, addresses: shared });
        continue;
      }
      walk(c, c.name === 'entry' ? [...path, c.entry ?? ''] : [...path, c.name], depth + 1);
    }
  };
  walk(root, [], 0);
  return out;
}

function setScopes(root: XNode): Scope[] {
  const out: Scope[] = [];
  const addresses = new Map<string, { value: string; line: number }>();
  collectAddresses(at(root, 'address'), addresses);
  collectAddresses(at(root, 'shared', 'address'), addresses);
  for (const v of entries(at(root, 'vsys'))) collectAddresses(at(v, 'address'), addresses);
  const net = at(root, 'network');
  if (net) out.push({ name: '', network: net, addresses });
  for (const t of entries(at(root, 'template'))) {
    for (const d of entries(at(t, 'config', 'devices'))) {
      const n = at(d, 'network');
      if (n) out.push({ name: `template ${t.entry ?? ''}`, network: n, addresses });
    }
  }
  return out;
}

// ---- building -----------------------------------------------------------------------------------

class PanosBuilder {
  constructor(private readonly doc: ConfigText) {}

  private src(i: number): ConfigSource {
    return this.doc.src(i);
  }

  /** Value of a leaf with the line it was set on. */
  private leaf(n: XNode | undefined): Value<string> | undefined {
    const t = text(n);
    return n && t !== undefined ? { value: t, src: this.src(valueLine(n)) } : undefined;
  }

  build(scopes: Scope[]): PanosTunnel[] {
    const out: PanosTunnel[] = [];
    for (const s of scopes) {
      const used = new Set<string>();
      for (const t of entries(at(s.network, 'tunnel', 'ipsec'))) {
        const p = this.tunnel(s, t);
        if (p.panos.gateway) used.add(p.panos.gateway.value);
        out.push(p);
      }
      for (const g of entries(at(s.network, 'ike', 'gateway'))) {
        if (!g.entry || used.has(g.entry)) continue;
        this.doc.note('panos.gateway-without-tunnel', { name: g.entry }, g.line);
        const p: PanosTunnel = {
          vendor: 'panos',
          file: this.doc.path,
          name: g.entry,
          section: this.src(g.line),
          panos: { ...(s.name ? { scope: s.name } : {}) },
        };
        p.panos.gateway = { value: g.entry, src: this.src(g.line) };
        this.gateway(s, p, g);
        out.push(p);
      }
    }
    return out;
  }

  private address(s: Scope, v: Value<string>): Value<string> {
    const bare = v.value.split('/')[0] ?? v.value;
    if (isV4(bare) || bare.includes(':')) return { ...v, value: bare };
    const obj = s.addresses.get(v.value);
    if (!obj) return v;
    return { value: obj.value.split('/')[0] ?? obj.value, src: this.src(obj.line) };
  }

  private interfaceAddress(s: Scope, name: string): Value<string> | undefined {
    const find = (kind: string): XNode | undefined => {
      const [phys, unit] = name.split('.');
      for (const e of entries(at(s.network, 'interface', kind))) {
        if (e.entry === name) return at(e, 'layer3', 'ip') ?? at(e, 'ip');
        if (e.entry === phys && unit !== undefined) {
          const u = entries(at(e, 'layer3', 'units') ?? at(e, 'units')).find((x) => x.entry === name);
          if (u) return at(u, 'ip');
        }
      }
      return undefined;
    };
    const ipNode = find('ethernet') ?? find('aggregate-ethernet');
    const first = entries(ipNode)[0];
    if (!first?.entry) return undefined;
    return this.address(s, { value: first.entry, src: this.src(first.line) });
  }

  private gateway(s: Scope, p: PanosTunnel, g: XNode): void {
    const f = p.panos;
    // peer and local addresses
    const peerIp = this.leaf(at(g, 'peer-address', 'ip')) ?? this.leaf(at(g, 'peer-address', 'fqdn'));
    if (peerIp) p.peer = this.address(s, peerIp);
    else if (at(g, 'peer-address', 'dynamic'))
      this.doc.note('panos.dynamic-peer', { name: g.entry ?? '' }, at(g, 'peer-address')!.line);
    const ifName = this.leaf(at(g, 'local-address', 'interface'));
    const localIp =
      this.leaf(at(g, 'local-address', 'ip')) ?? this.leaf(at(g, 'local-address', 'floating-ip'));
    if (localIp) p.localAddress = this.address(s, localIp);
    else if (ifName) {
      const a = this.interfaceAddress(s, ifName.value);
      if (a) p.localAddress = a;
    }
    if (ifName) f.interface = ifName;
    const lid = this.leaf(at(g, 'local-id', 'id'));
    const pid = this.leaf(at(g, 'peer-id', 'id'));
    if (lid) p.localId = lid;
    if (pid) p.remoteId = pid;
    // IKE version: `protocol version ikev1|ikev2|ikev2-preferred` (unset = the default, ikev1)
    const ver = this.leaf(at(g, 'protocol', 'version'));
    let v: 1 | 2 | undefined;
    if (ver) {
      f.ikeVersionSetting = ver;
      v = ver.value === 'ikev1' ? 1 : 2;
      p.ikeVersion = { value: v, src: ver.src };
      if (ver.value === 'ikev2-preferred')
        this.doc.note(
          'panos.ikev2-preferred',
          { name: g.entry ?? '' },
          ver.src ? ver.src.line - 1 : undefined,
        );
    }
    const proto = at(g, 'protocol', v === 2 ? 'ikev2' : 'ikev1');
    const mode = this.leaf(at(g, 'protocol', 'ikev1', 'exchange-mode'));
    if (mode && v !== 2 && (mode.value === 'main' || mode.value === 'aggressive'))
      p.mode = { value: mode.value, ...(mode.src ? { src: mode.src } : {}) };
    // crypto profile (an unset profile means the one named "default")
    const profName = this.leaf(at(proto, 'ike-crypto-profile'));
    const name = profName?.value ?? 'default';
    if (profName) f.ikeCryptoProfile = profName;
    const prof = entries(at(s.network, 'ike', 'crypto-profiles', 'ike-crypto-profiles')).find(
      (e) => e.entry === name,
    );
    if (prof) this.ikeProfile(p, prof);
    else if (profName)
      this.doc.note(
        'panos.undefined-ref',
        { kind: 'ike-crypto-profile', name },
        valueLine(at(proto, 'ike-crypto-profile')!),
      );
    // authentication
    const psk = at(g, 'authentication', 'pre-shared-key');
    const cert = at(g, 'authentication', 'certificate');
    const key = at(psk, 'key');
    if (psk) {
      const line = key ? valueLine(key) : psk.line;
      p.auth = { value: 'psk' as AuthMethod, src: this.src(line) };
      p.pskPresent = { value: key !== undefined, src: this.src(line) };
    } else if (cert) {
      p.auth = { value: 'cert' as AuthMethod, src: this.src(cert.line) };
      const c = this.leaf(at(cert, 'local-certificate', 'name'));
      if (c) p.cert = c;
      const ca = this.leaf(at(cert, 'certificate-profile'));
      if (ca) p.ca = ca;
    }
    // dead peer detection
    const dpd = at(proto, 'dpd');
    if (dpd) {
      const en = this.leaf(at(dpd, 'enable'));
      const iv = this.leaf(at(dpd, 'interval'));
      const rt = this.leaf(at(dpd, 'retry'));
      const enabled = en ? en.value === 'yes' : true;
      p.dpd = {
        value: { enabled, ...(iv && /^\d+$/.test(iv.value) ? { delaySeconds: Number(iv.value) } : {}) },
        src: (en ?? iv ?? rt)?.src ?? this.src(dpd.line),
      };
      if (rt && /^\d+$/.test(rt.value))
        f.dpdRetry = { value: Number(rt.value), ...(rt.src ? { src: rt.src } : {}) };
    }
    const nat = this.leaf(at(g, 'protocol-common', 'nat-traversal', 'enable'));
    if (nat) p.natTraversal = { value: nat.value === 'yes', ...(nat.src ? { src: nat.src } : {}) };
    const passive = this.leaf(at(g, 'protocol-common', 'passive-mode'));
    if (passive)
      f.passiveMode = { value: passive.value === 'yes', ...(passive.src ? { src: passive.src } : {}) };
  }

  private ikeProfile(p: PanosTunnel, prof: XNode): void {
    const enc = at(prof, 'encryption');
    const hash = at(prof, 'hash');
    const dh = at(prof, 'dh-group');
    const e = encList(values(enc));
    const h = hashList(values(hash));
    const g = groupList(values(dh));
    for (const [n, bad] of [
      [enc, e.bad],
      [hash, h.bad],
      [dh, g.bad],
    ] as const)
      if (n && bad.length) this.doc.unread(valueLine(n));
    const proposal: IkeProposal = ikeProposal(e.names, h.names, h.names, g.groups);
    p.ikeProposals = { value: [proposal], src: this.src(prof.line) };
    const life = this.lifetime(at(prof, 'lifetime'));
    if (life) p.ikeLifetimeSeconds = life;
  }

  private lifetime(n: XNode | undefined): Value<number> | undefined {
    if (!n) return undefined;
    for (const u of n.children) {
      const t = text(u);
      if (t && /^\d{1,9}$/.test(t)) {
        const s = toSeconds(Number(t), u.name);
        if (s !== undefined) return { value: s, src: this.src(valueLine(u)) };
      }
    }
    return undefined;
  }

  private ipsecProfile(p: PanosTunnel, prof: XNode): void {
    const dhLeaf = this.leaf(at(prof, 'dh-group'));
    const pfs = dhLeaf && dhLeaf.value !== 'no-pfs' ? groupList([dhLeaf.value]) : { groups: [], bad: [] };
    if (pfs.bad.length && dhLeaf?.src) this.doc.unread(dhLeaf.src.line - 1);
    const esp = at(prof, 'esp');
    const ah = at(prof, 'ah');
    const props: ChildProposal[] = [];
    if (esp) {
      const e = encList(values(at(esp, 'encryption')));
      const h = hashList(values(at(esp, 'authentication')));
      if (e.bad.length) this.doc.unread(valueLine(at(esp, 'encryption')!));
      if (h.bad.length) this.doc.unread(valueLine(at(esp, 'authentication')!));
      props.push(childProposal(e.names, h.names, pfs.groups));
    } else if (ah) {
      const h = hashList(values(at(ah, 'authentication')));
      props.push(childProposal([], h.names, pfs.groups, 'ah'));
    }
    if (props.length) p.childProposals = { value: props, src: this.src(prof.line) };
    const life = this.lifetime(at(prof, 'lifetime'));
    if (life) p.childLifetimeSeconds = life;
    const size = at(prof, 'lifesize');
    for (const u of size?.children ?? []) {
      const t = text(u);
      const kb = t && /^\d{1,9}$/.test(t) ? toKilobytes(Number(t), u.name) : undefined;
      if (kb !== undefined) p.childLifetimeKilobytes = { value: kb, src: this.src(valueLine(u)) };
    }
  }

  private tunnel(s: Scope, t: XNode): PanosTunnel {
    const name = t.entry ?? '';
    const p: PanosTunnel = {
      vendor: 'panos',
      file: this.doc.path,
      name,
      section: this.src(t.line),
      panos: { tunnel: name, ...(s.name ? { scope: s.name } : {}) },
    };
    const ak = at(t, 'auto-key');
    const gws = entries(at(ak, 'ike-gateway'));
    const gwRef = gws[0];
    const ti = this.leaf(at(t, 'tunnel-interface'));
    if (ti) p.panos.tunnelInterface = ti;
    if (!ak) this.doc.note('panos.no-auto-key', { name }, t.line);
    if (gwRef?.entry) {
      p.panos.gateway = { value: gwRef.entry, src: this.src(gwRef.line) };
      const g = entries(at(s.network, 'ike', 'gateway')).find((e) => e.entry === gwRef.entry);
      if (g) this.gateway(s, p, g);
      else this.doc.note('panos.undefined-ref', { kind: 'ike gateway', name: gwRef.entry }, gwRef.line);
    }
    const profLeaf = this.leaf(at(ak, 'ipsec-crypto-profile'));
    const profName = profLeaf?.value ?? 'default';
    if (profLeaf) p.panos.ipsecCryptoProfile = profLeaf;
    const prof = entries(at(s.network, 'ike', 'crypto-profiles', 'ipsec-crypto-profiles')).find(
      (e) => e.entry === profName,
    );
    if (prof) this.ipsecProfile(p, prof);
    else if (profLeaf?.src)
      this.doc.note(
        'panos.undefined-ref',
        { kind: 'ipsec-crypto-profile', name: profName },
        profLeaf.src.line - 1,
      );
    // proxy IDs: one selector each; none = the firewall proposes 0.0.0.0/0 ↔ 0.0.0.0/0
    const ids = [...entries(at(ak, 'proxy-id')), ...entries(at(ak, 'proxy-id-v6'))];
    if (ids.length) {
      const sel: TrafficSelector[] = [];
      for (const id of ids) {
        const local = text(at(id, 'local'));
        const remote = text(at(id, 'remote'));
        const proto = at(id, 'protocol');
        let pr: string | undefined;
        let lp: string | undefined;
        let rp: string | undefined;
        if (at(proto, 'tcp') || at(proto, 'udp')) {
          pr = at(proto, 'tcp') ? 'tcp' : 'udp';
          const ports = at(proto, pr);
          const l = text(at(ports, 'local-port'));
          const r = text(at(ports, 'remote-port'));
          lp = l && l !== '0' ? l : undefined;
          rp = r && r !== '0' ? r : undefined;
        } else if (at(proto, 'number')) pr = text(at(proto, 'number'));
        const v6 = entries(at(ak, 'proxy-id-v6')).includes(id);
        const any = v6 ? ANY6 : ANY4;
        sel.push({
          local: withProto(local ? normalizePrefix(local) : any, pr, lp),
          remote: withProto(remote ? normalizePrefix(remote) : any, pr, rp),
        });
      }
      p.selectors = { value: sel, src: this.src(ids[0]!.line) };
      p.panos.proxyIds = ids.map((x) => x.entry ?? '');
    } else if (ak) {
      p.selectors = { value: [{ local: ANY4, remote: ANY4 }], src: this.src(t.line) };
      this.doc.note('panos.no-proxy-id', { name }, t.line);
    }
    return p;
  }
}

function isXml(text: string): boolean {
  const head = text.slice(0, 4096).trimStart();
  return head.startsWith('<');
}

export function parse(path: string, text: string): ApplianceConfig<PanosTunnel> {
  const doc = new ConfigText(path, text, SECRETS);
  let tunnels: PanosTunnel[] = [];
  let form = 'panos-set';
  try {
    let scopes: Scope[];
    if (isXml(text)) {
      form = 'panos-xml';
      // the masked text is parsed, so that no secret reaches a node
      const x = parseXml(doc.lines.join('\n'));
      if (x.error) doc.note('panos.xml-error', { message: x.error });
      scopes = xmlScopes(x.root);
      for (const s of scopes) {
        const ike = at(s.network, 'ike');
        const tun = at(s.network, 'tunnel');
        if (ike) checkXml(doc, ike, IKE);
        if (tun) checkXml(doc, tun, TUNNEL);
      }
    } else scopes = setScopes(readSet(doc));
    tunnels = new PanosBuilder(doc).build(scopes);
  } catch (err) {
    doc.note('parser-error', { message: err instanceof Error ? err.message : String(err) });
  }
  return {
    vendor: 'panos',
    format: form,
    path,
    tunnels,
    unparsed: doc.sortedUnparsed(),
    secretsMasked: doc.secretsMasked,
    notes: doc.notes,
  };
}
