// Libreswan (3.x-5.x) and Openswan ipsec.conf → one TunnelPolicy per conn. Keywords: Libreswan
// ipsec.conf(5) and lib/libswan/ipsecconf (keyword tables of 3.20-5.x, their aliases and obsolete
// names, so that a file written for any of them reads without false "unknown key" reports).
// The syntax reader, also=, includes and the ipsec.secrets beside the file are shared with
// strongSwan (src/config/ipsec-conf). `left` is taken for the local side (see conns.ts).
import type { AuthMethod, ChildProposal, IkeProposal, Value } from '../../core/policy.js';
import { Sources } from '../ipsec-conf/source.js';
import { readIpsecConf, Sections, type Entry, type Params } from '../ipsec-conf/reader.js';
import { checkKeys, endAddress, listConns, pskPresent, reportIncludes, secretsBeside, selectors, type ConnSpec } from '../ipsec-conf/conns.js';
import { authMethod, childMode, idText, kilobytes, seconds, yes, type SwanConfig, type SwanTunnel } from '../ipsec-conf/common.js';
import { flavorScore, looksOpenswan } from '../ipsec-conf/flavor.js';
import { libreswanConnKey, libreswanKey, libreswanSetupKey } from '../ipsec-conf/keys.js';
import type { SecretsDoc } from '../ipsec-conf/secrets.js';
import { LIBRESWAN_DEFAULTS, parseLsChild, parseLsIke, type LsParsed } from './proposals.js';

export const format = { id: 'libreswan-ipsec.conf', vendor: 'libreswan' as const, name: 'Libreswan / Openswan ipsec.conf' };



export function detect(lines: string[]): number {
  return flavorScore(lines, 'libreswan');
}

/** IKE version from keyexchange= (5.x) or ikev2= (3.x/4.x: yes, insist, propose → IKEv2; no, never, permit → IKEv1). */
function ikeVersion(p: Params): { version?: 1 | 2; at?: Entry; setting?: string } {
  const kx = p.get('keyexchange');
  if (kx) {
    const v = kx.value.toLowerCase();
    if (v === 'ikev1') return { version: 1, at: kx };
    if (v === 'ikev2') return { version: 2, at: kx };
    return { at: kx, setting: kx.value };
  }
  const v2 = p.get('ikev2');
  if (v2) {
    const v = v2.value.toLowerCase();
    if (['yes', 'insist', 'propose', 'always'].includes(v)) return { version: 2, at: v2 };
    if (['no', 'never', 'permit'].includes(v)) return { version: 1, at: v2 };
    return { at: v2, setting: v2.value };
  }
  return {};
}

class Builder {
  constructor(
    readonly srcs: Sources,
    readonly secrets: SecretsDoc | undefined,
    readonly vendor: 'libreswan' | 'openswan',
    readonly setup: Params,
  ) {}

  val<T>(value: T, e: Entry | undefined): Value<T> {
    return this.srcs.val(value, e?.pos);
  }

  proposals<P>(e: Entry, r: LsParsed<P>): void {
    for (const t of r.unknown) {
      this.srcs.unread(e.pos);
      this.srcs.note('swan.unknown-algorithm', { token: t }, e.pos);
    }
    if (r.filled.length) this.srcs.note('libreswan.filled-from-defaults', { key: e.key, transforms: r.filled.join(', ') }, e.pos);
  }

  /** authby= (a list; Openswan `secret|rsasig` alternatives: the first), leftauth= overriding it (IKEv2). */
  auth(p: Params, side: 'left' | 'right'): { value?: Value<AuthMethod>; at?: Entry } {
    const own = p.get(`${side}auth`);
    const by = p.get('authby');
    const e = own ?? by;
    if (!e) return {};
    const first = e.value.split(/[,|\s]+/).find(Boolean);
    let m = authMethod(first === 'eaponly' ? 'eap' : first);
    if (!m) return {};
    const xauth =
      yes(p.get('leftxauthclient')?.value) || yes(p.get('leftxauthserver')?.value) || yes(p.get('rightxauthclient')?.value) || yes(p.get('rightxauthserver')?.value);
    if (xauth) m = m === 'psk' ? 'xauth-psk' : m === 'cert' ? 'xauth-cert' : m;
    return { value: this.val(m, e), at: e };
  }

  conn(c: ConnSpec): SwanTunnel {
    const { p } = c;
    const srcs = this.srcs;
    const t: SwanTunnel = { vendor: this.vendor, file: srcs.files[0]?.path ?? '', name: c.name, swan: {} };
    t.section = srcs.src(c.parts[0]!.pos);

    const left = p.get('left');
    const right = p.get('right');
    const localAddr = endAddress(left);
    const peerAddr = endAddress(right);
    if (left && localAddr) t.localAddress = this.val(localAddr, left);
    if (right && peerAddr) t.peer = this.val(peerAddr, right);
    const lid = p.get('leftid');
    const rid = p.get('rightid');
    if (lid) t.localId = this.val(idText(lid.value), lid);
    if (rid) t.remoteId = this.val(idText(rid.value), rid);

    const la = this.auth(p, 'left');
    const ra = this.auth(p, 'right');
    if (la.value) t.auth = la.value;
    if (ra.value && p.get('rightauth')) t.swan.remoteAuth = ra.value;
    const cert = p.get('leftcert');
    if (cert) t.cert = this.val(cert.value, cert);
    const ca = p.get('rightca');
    if (ca) t.ca = this.val(ca.value === '%same' ? (p.get('leftca')?.value ?? ca.value) : ca.value, ca);

    const ver = ikeVersion(p);
    if (ver.version && ver.at) t.ikeVersion = this.val(ver.version, ver.at);
    else if (ver.setting && ver.at) t.swan.versionSetting = this.val(ver.setting, ver.at);
    // proposals are read the way pluto reads them for the version it will use (IKEv2 unless told)
    const v = ver.version ?? 2;
    const aggr = p.get('aggressive') ?? p.get('aggrmode');
    const ag = yes(aggr?.value);
    if (aggr && ag !== undefined) t.mode = this.val(ag ? 'aggressive' : 'main', aggr);

    const ike = p.get('ike');
    let ikeGroups: number[] | undefined;
    if (ike) {
      const r = parseLsIke(ike.value, v);
      this.proposals(ike, r);
      if (r.proposals.length) {
        t.ikeProposals = this.val<IkeProposal[]>(r.proposals, ike);
        ikeGroups = [...new Set(r.proposals.flatMap((x) => x.dhGroups))];
      }
      if (r.filled.length) t.swan.filledFromDaemon = r.filled.map((x) => `ike:${x}`);
    }

    // esp= (ah=) or, older, phase2alg= with phase2=esp|ah
    const phase2 = p.get('phase2')?.value.toLowerCase();
    const esp = p.get('esp');
    const ahE = p.get('ah');
    const p2alg = p.get('phase2alg');
    const childE = esp ?? ahE ?? p2alg;
    const protocol: 'esp' | 'ah' = esp ? 'esp' : ahE ? 'ah' : phase2 === 'ah' ? 'ah' : 'esp';
    const pfsE = p.get('pfs');
    const pfs = yes(pfsE?.value);
    if (pfsE && pfs !== undefined) t.swan.pfs = this.val(pfs, pfsE);
    if (childE) {
      const r = parseLsChild(childE.value, protocol, v);
      this.proposals(childE, r);
      let props: ChildProposal[] = r.proposals;
      if (pfs === false) {
        // pfs=no: a DH group in esp= is ignored (lib/libswan/proposals.c "... as PFS policy is disabled")
        if (props.some((x) => x.dhGroups.length)) srcs.note('libreswan.pfs-off-dh-ignored', { key: childE.key }, childE.pos);
        props = props.map((x) => ({ ...x, dhGroups: [] }));
      } else if (props.some((x) => x.dhGroups.length === 0)) {
        // PFS (the default) without a group in esp=: the IKE SA's group is used
        // (programs/pluto/ikev1_quick.c, ikev2_proposals.c "use the IKE SA's DH")
        const groups = ikeGroups ?? [...(v === 1 ? LIBRESWAN_DEFAULTS.ikev1Ke : LIBRESWAN_DEFAULTS.ikev2Ke)];
        props = props.map((x) => (x.dhGroups.length ? x : { ...x, dhGroups: groups }));
        srcs.note('libreswan.pfs-ike-group', { key: childE.key }, (pfsE ?? childE).pos);
      }
      // esn=yes|no|either (ipsec.conf(5)): one setting for every child proposal; either = both
      const esnE = p.get('esn');
      const esn = esnE?.value.trim().toLowerCase();
      if (esnE && (esn === 'yes' || esn === 'no')) {
        props = props.map((x) => ({ ...x, esn: esn === 'yes' }));
        t.swan.esn = this.val(esn === 'yes', esnE);
      }
      if (props.length) t.childProposals = this.val(props, childE);
      if (r.filled.length) t.swan.filledFromDaemon = [...(t.swan.filledFromDaemon ?? []), ...r.filled.map((x) => `${protocol}:${x}`)];
    }

    const ikeLife = p.get('ikelifetime');
    const ikeS = seconds(ikeLife?.value);
    if (ikeLife && ikeS !== undefined) t.ikeLifetimeSeconds = this.val(ikeS, ikeLife);
    else if (ikeLife) srcs.unread(ikeLife.pos);
    const life = p.get('ipsec-lifetime') ?? p.get('salifetime') ?? p.get('lifetime') ?? p.get('keylife');
    const lifeS = seconds(life?.value);
    if (life && lifeS !== undefined) t.childLifetimeSeconds = this.val(lifeS, life);
    else if (life) srcs.unread(life.pos);
    const bytes = p.get('ipsec-max-bytes');
    const kb = kilobytes(bytes?.value);
    if (bytes && kb !== undefined) t.childLifetimeKilobytes = this.val(kb, bytes);

    // DPD (IKEv1 R_U_THERE / IKEv2 liveness) runs when dpddelay is set
    const delay = p.get('dpddelay');
    const timeout = p.get('dpdtimeout') ?? p.get('ikev1-dpdtimeout');
    const action = p.get('dpdaction');
    if (delay || timeout || action) {
      const d = seconds(delay?.value);
      const to = seconds(timeout?.value);
      t.dpd = this.val(
        { enabled: d !== undefined && d > 0, ...(d !== undefined ? { delaySeconds: d } : {}), ...(to !== undefined ? { timeoutSeconds: to } : {}), ...(action ? { action: action.value } : {}) },
        delay ?? timeout ?? action,
      );
    }

    const type = p.get('type');
    const m = childMode(type?.value);
    if (type && m) t.childMode = this.val(m, type);
    else if (type) srcs.note('swan.child-mode', { mode: type.value }, type.pos);

    const sel = selectors(srcs, p, localAddr, peerAddr);
    if (sel) {
      t.selectors = sel.value;
      if (sel.truncated) srcs.note('selectors-truncated', { name: c.name, max: sel.value.value.length }, sel.pos);
    }

    // NAT traversal: encapsulation=no ignores NAT detection; Openswan's nat_traversal= in config setup
    const encap = p.get('encapsulation');
    const fe = p.get('forceencaps');
    if (encap) {
      const ev = encap.value.toLowerCase();
      if (ev === 'yes') t.swan.forceEncap = this.val(true, encap);
      if (ev === 'no' || ev === 'yes' || ev === 'auto') t.natTraversal = this.val(ev !== 'no', encap);
    } else if (fe) {
      const fv = yes(fe.value);
      if (fv !== undefined) t.swan.forceEncap = this.val(fv, fe);
    }
    const nt = this.setup.get('nat_traversal');
    const ntv = yes(nt?.value);
    if (!t.natTraversal && nt && ntv !== undefined) t.natTraversal = this.val(ntv, nt);
    const frag = p.get('fragmentation') ?? p.get('ike-frag') ?? p.get('ike_frag');
    if (frag) t.swan.fragmentation = this.val(frag.value, frag);
    const nar = p.get('narrowing') ?? p.get('ikev2-allow-narrowing');
    const narV = yes(nar?.value);
    if (nar && narV !== undefined) t.swan.narrowing = this.val(narV, nar);
    const mob = p.get('mobike');
    const mobV = yes(mob?.value);
    if (mob && mobV !== undefined) t.swan.mobike = this.val(mobV, mob);
    const auto = p.get('auto');
    if (auto) t.swan.startAction = this.val(auto.value, auto);

    const usesPsk = t.auth?.value === 'psk' || t.auth?.value === 'xauth-psk';
    const psk = pskPresent(srcs, this.secrets, { localId: lid?.value, localAddr, remoteId: rid?.value, remoteAddr: peerAddr }, usesPsk, la.at?.pos);
    if (psk) t.pskPresent = psk;
    const { swan, ...rest } = t;
    return { ...rest, swan };
  }
}

export function parse(path: string, text: string): SwanConfig {
  const srcs = new Sources();
  const tunnels: SwanTunnel[] = [];
  let vendor: 'libreswan' | 'openswan' = 'libreswan';
  try {
    const doc = readIpsecConf(srcs, path, text);
    // Libreswan compares keywords case-insensitively and accepts `left-subnet` for `leftsubnet`
    for (const s of doc.sections) for (const e of s.entries) e.key = libreswanKey(e.key);
    if (looksOpenswan(srcs.files.flatMap((f) => f.lines))) vendor = 'openswan';
    reportIncludes(srcs, doc);
    const secs = new Sections(doc);
    checkKeys(srcs, doc, 'conn', libreswanConnKey);
    checkKeys(srcs, doc, 'config', libreswanSetupKey);
    // Libreswan has no `ca` sections
    for (const s of doc.sections) if (s.type === 'ca') srcs.unread(s.pos);
    const setup = secs.effective('config', 'setup');
    const secrets = secretsBeside(srcs, path, setup.get('secretsfile')?.value);
    const b = new Builder(srcs, secrets, vendor, setup);
    for (const c of listConns(srcs, secs)) tunnels.push(b.conn(c));
  } catch (err) {
    srcs.note('parser-error', { message: err instanceof Error ? err.message : String(err) });
  }
  if (srcs.files.length === 0) srcs.add(path, [], 0);
  return { vendor, format: format.id, path, tunnels, unparsed: srcs.unparsed(), secretsMasked: srcs.secretsMasked, notes: srcs.notes };
}
