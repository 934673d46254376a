// strongSwan's legacy ipsec.conf (read by the `starter` / stroke plugin, strongSwan 4.x-5.x; the
// keywords of src/starter/keywords.txt and ipsec.conf(5)) → one TunnelPolicy per conn. The syntax
// reader, also=/%default and the ipsec.secrets beside the file are shared with Libreswan
// (src/config/ipsec-conf). `left` is taken for the local side (see conns.ts).
import type { AuthMethod, ChildProposal, Value } from '../../core/policy.js';
import { Sources } from '../ipsec-conf/source.js';
import { readIpsecConf, Sections, type Entry, type Params } from '../ipsec-conf/reader.js';
import { checkKeys, endAddress, listConns, pskPresent, reportIncludes, secretsBeside, selectors, type ConnSpec } from '../ipsec-conf/conns.js';
import { authMethod, childMode, idText, kilobytes, list, seconds, yes, type SwanConfig, type SwanTunnel } from '../ipsec-conf/common.js';
import { flavorScore } from '../ipsec-conf/flavor.js';
import { STRONGSWAN_DEPRECATED, strongswanCaKey, strongswanConnKey, strongswanSetupKey } from '../ipsec-conf/keys.js';
import type { SecretsDoc } from '../ipsec-conf/secrets.js';
import { parseChildProposals, parseIkeProposals, type ParsedProposals } from './proposals.js';

export const format = { id: 'strongswan-ipsec.conf', vendor: 'strongswan' as const, name: 'strongSwan ipsec.conf (legacy, stroke)' };



export function detect(lines: string[]): number {
  return flavorScore(lines, 'strongswan');
}

class Builder {
  constructor(
    readonly srcs: Sources,
    readonly secrets: SecretsDoc | undefined,
  ) {}

  val<T>(value: T, e: Entry | undefined): Value<T> {
    return this.srcs.val(value, e?.pos);
  }

  proposals<P>(e: Entry, r: ParsedProposals<P>): void {
    for (const t of r.unknown) {
      this.srcs.unread(e.pos);
      this.srcs.note('swan.unknown-algorithm', { token: t }, e.pos);
    }
    if (r.usedDefault) this.srcs.note('swan.default-proposals', { key: e.key }, e.pos);
    if (r.additionalKe.length) this.srcs.note('swan.additional-ke', { methods: r.additionalKe.join(' ') }, e.pos);
  }

  /** leftauth / authby (deprecated, both ends), with an XAuth second round folded in. */
  auth(p: Params, side: 'left' | 'right'): { value?: Value<AuthMethod>; at?: Entry } {
    const a = p.get(`${side}auth`);
    const by = p.get('authby');
    const a2 = p.get(`${side}auth2`);
    const e = a ?? by;
    if (!e) return {};
    let m = authMethod(e.value);
    if (!m) return {};
    if (a2 && /^xauth/i.test(a2.value)) m = m === 'psk' ? 'xauth-psk' : m === 'cert' ? 'xauth-cert' : m;
    return { value: this.val(m, e), at: e };
  }

  conn(c: ConnSpec): SwanTunnel {
    const { p } = c;
    const srcs = this.srcs;
    const t: SwanTunnel = { vendor: 'strongswan', file: srcs.files[0]?.path ?? '', name: c.name, swan: {} };
    t.section = srcs.src(c.parts[0]!.pos);
    for (const [k, e] of p) if (STRONGSWAN_DEPRECATED.has(k)) srcs.note('ipsec-conf.deprecated', { key: k }, e.pos);

    const left = p.get('left');
    const right = p.get('right');
    const localAddr = endAddress(left);
    const peerAddr = endAddress(right);
    if (left && localAddr) t.localAddress = this.val(localAddr, left);
    if (right && peerAddr) {
      t.peer = this.val(peerAddr, right);
      const all = list(right.value);
      if (all.length > 1) t.swan.peers = this.val(all, right);
    }
    const lid = p.get('leftid');
    const rid = p.get('rightid');
    if (lid) t.localId = this.val(idText(lid.value), lid);
    if (rid) t.remoteId = this.val(idText(rid.value).replace(/^%(?!any)/, ''), rid);

    const la = this.auth(p, 'left');
    const ra = this.auth(p, 'right');
    if (la.value) t.auth = la.value;
    if (ra.value && p.get('rightauth')) t.swan.remoteAuth = ra.value;
    const cert = p.get('leftcert');
    if (cert) t.cert = this.val(cert.value, cert);
    const ca = p.get('rightca');
    if (ca) t.ca = this.val(ca.value === '%same' ? (p.get('leftca')?.value ?? ca.value) : ca.value, ca);

    const kx = p.get('keyexchange');
    if (kx) {
      const v = kx.value.toLowerCase();
      if (v === 'ikev1') t.ikeVersion = this.val(1 as const, kx);
      else if (v === 'ikev2') t.ikeVersion = this.val(2 as const, kx);
      else if (v === 'ike') t.swan.versionSetting = this.val('ike', kx);
      else srcs.unread(kx.pos);
    }
    const aggr = p.get('aggressive');
    const ag = yes(aggr?.value);
    if (aggr && ag !== undefined) t.mode = this.val(ag ? 'aggressive' : 'main', aggr);

    const ike = p.get('ike');
    if (ike) {
      const r = parseIkeProposals(ike.value);
      this.proposals(ike, r);
      if (r.proposals.length) t.ikeProposals = this.val(r.proposals, ike);
      t.swan.ikeStrict = r.strict;
      if (!r.strict) srcs.note('ipsec-conf.proposals-not-strict', { key: 'ike' }, ike.pos);
    }
    const esp = p.get('esp');
    const ah = p.get('ah');
    const child = esp ?? ah;
    if (child) {
      const r = parseChildProposals(child.value, esp ? 'esp' : 'ah');
      this.proposals(child, r);
      if (r.proposals.length) t.childProposals = this.val<ChildProposal[]>(r.proposals, child);
      t.swan.childStrict = r.strict;
      if (!r.strict) srcs.note('ipsec-conf.proposals-not-strict', { key: child.key }, child.pos);
    }

    const ikeLife = p.get('ikelifetime');
    const ikeS = seconds(ikeLife?.value);
    if (ikeLife && ikeS !== undefined) t.ikeLifetimeSeconds = this.val(ikeS, ikeLife);
    else if (ikeLife) srcs.unread(ikeLife.pos);
    const life = p.get('lifetime') ?? p.get('keylife');
    const lifeS = seconds(life?.value);
    if (life && lifeS !== undefined) t.childLifetimeSeconds = this.val(lifeS, life);
    else if (life) srcs.unread(life.pos);
    const bytes = p.get('lifebytes');
    const kb = kilobytes(bytes?.value);
    if (bytes && kb !== undefined) t.childLifetimeKilobytes = this.val(kb, bytes);

    // DPD runs only when dpdaction is not `none` (its default); dpddelay defaults to 30 s
    const action = p.get('dpdaction');
    const delay = p.get('dpddelay');
    const timeout = p.get('dpdtimeout');
    if (action || delay || timeout) {
      const act = action?.value.toLowerCase();
      const d = seconds(delay?.value);
      const to = seconds(timeout?.value);
      t.dpd = this.val(
        { enabled: act !== undefined && act !== 'none', ...(d !== undefined ? { delaySeconds: d } : {}), ...(to !== undefined ? { timeoutSeconds: to } : {}), ...(act ? { action: act } : {}) },
        action ?? delay ?? timeout,
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

    const fe = p.get('forceencaps');
    const feV = yes(fe?.value);
    if (fe && feV !== undefined) t.swan.forceEncap = this.val(feV, fe);
    const frag = p.get('fragmentation');
    if (frag) t.swan.fragmentation = this.val(frag.value, frag);
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
  try {
    const doc = readIpsecConf(srcs, path, text);
    reportIncludes(srcs, doc);
    const secs = new Sections(doc);
    checkKeys(srcs, doc, 'conn', strongswanConnKey);
    checkKeys(srcs, doc, 'ca', strongswanCaKey);
    checkKeys(srcs, doc, 'config', strongswanSetupKey);
    for (const s of doc.sections)
      if (s.type === 'config') for (const e of s.entries) if (STRONGSWAN_DEPRECATED.has(e.key)) srcs.note('ipsec-conf.deprecated', { key: e.key }, e.pos);
    const secrets = secretsBeside(srcs, path);
    const b = new Builder(srcs, secrets);
    for (const c of listConns(srcs, secs)) tunnels.push(b.conn(c));
  } catch (err) {
    srcs.note('parser-error', { message: err instanceof Error ? err.message : String(err) });
  }
  if (srcs.files.length === 0) srcs.add(path, [], 0);
  return { vendor: 'strongswan', format: format.id, path, tunnels, unparsed: srcs.unparsed(), secretsMasked: srcs.secretsMasked, notes: srcs.notes };
}
