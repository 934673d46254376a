// strongSwan swanctl.conf → one TunnelPolicy per CHILD_SA (`connections.<conn>.children.<child>`),
// named after its connection; a connection without children gives one IKE-only policy. Keys and
// defaults: swanctl.conf(5) (src/swanctl/swanctl.opt); syntax: strongswan.conf(5), see settings.ts.
// strongswan.conf itself shares the syntax: it is recognised too (daemon settings, no tunnels), so
// that it is not taken for a log.
//
// `local` is our side and `remote` the peer, as swanctl names them; `include` lines are reported,
// not followed (the files they name are configurations of their own).
import type { AuthMethod, ChildProposal, IkeProposal, TrafficSelector, Value } from '../../core/policy.js';
import { headLines, score } from '../shared/detect.js';
import { Sources, type Pos } from '../ipsec-conf/source.js';
import { authMethod, crossSelectors, childMode, idMatches, idText, kilobytes, list, seconds, selectorNets, yes, type SwanConfig, type SwanFacts, type SwanTunnel } from '../ipsec-conf/common.js';
import { parseSettings, View, type Kv, type SettingsDoc } from './settings.js';
import { parseChildProposals, parseIkeProposals, type ParsedProposals } from './proposals.js';

export const format = { id: 'strongswan-swanctl', vendor: 'strongswan' as const, name: 'strongSwan swanctl.conf' };

// ---- known keys (swanctl.opt) --------------------------------------------------------------------

const CONN_KEYS = new Set([
  'version', 'local_addrs', 'remote_addrs', 'local_port', 'remote_port', 'proposals', 'vips', 'aggressive', 'pull', 'dscp',
  'encap', 'mobike', 'dpd_delay', 'dpd_timeout', 'fragmentation', 'childless', 'send_certreq', 'send_cert', 'ppk_id',
  'ppk_required', 'keyingtries', 'unique', 'reauth_time', 'rekey_time', 'over_time', 'rand_time', 'pools', 'if_id_in',
  'if_id_out', 'mediation', 'mediated_by', 'mediation_peer', 'ocsp', 'close_action',
]);
// charon reads local and remote sections with one parser (vici_config.c auth rules): a key of one is accepted in the other
const AUTH_KEYS = new Set(['round', 'certs', 'pubkeys', 'auth', 'id', 'eap_id', 'aaa_id', 'xauth_id', 'ca_id', 'cacerts', 'groups', 'cert_policy', 'revocation']);
const LOCAL_KEYS = AUTH_KEYS;
const REMOTE_KEYS = AUTH_KEYS;
const CERT_KEYS = new Set(['file', 'handle', 'slot', 'module']);
const CHILD_KEYS = new Set([
  'ah_proposals', 'esp_proposals', 'sha256_96', 'local_ts', 'remote_ts', 'rekey_time', 'life_time', 'rand_time', 'rekey_bytes',
  'life_bytes', 'rand_bytes', 'rekey_packets', 'life_packets', 'rand_packets', 'updown', 'hostaccess', 'mode', 'policies',
  'policies_fwd_out', 'dpd_action', 'ipcomp', 'inactivity', 'reqid', 'priority', 'interface', 'mark_in', 'mark_in_sa',
  'mark_out', 'set_mark_in', 'set_mark_out', 'label', 'label_mode', 'tfc_padding', 'replay_window', 'hw_offload', 'copy_df',
  'copy_ecn', 'copy_dscp', 'start_action', 'close_action', 'per_cpu_sas', 'if_id_in', 'if_id_out', 'icmp',
]);
/** Top-level sections of strongswan.conf(5) (and its strongswan.d snippets). */
const DAEMON_SECTIONS = new Set([
  'charon', 'charon-nm', 'charon-systemd', 'charon-cmd', 'charon-svc', 'charon-tkm', 'libstrongswan', 'libcharon', 'libimcv',
  'libtnccs', 'libtls', 'swanctl', 'starter', 'pki', 'pool', 'manager', 'medsrv', 'scepclient', 'aikgen', 'attest', 'imcv',
  'imv_policy_manager', 'sec-updater', 'sw-collector', 'tnc', 'ipsec', 'iptfs',
]);

// ---- detection ---------------------------------------------------------------------------------

const SHAPED = [
  /^#/,
  /^\}\s*(?:#.*)?$/,
  /^\{\s*(?:#.*)?$/,
  /^[^#{}:.,="\s]+\s*\{\s*(?:#.*)?$/,
  /^[^#{}:.,="\s]+\s*:\s*[^{}=]{1,400}\{\s*(?:#.*)?$/,
  /^[^#{}:.,="\s]+\s*=/,
  /^include\s+\S/,
];
const SWANCTL_MARKERS = [
  /^connections\s*\{/,
  /^children\s*\{/,
  /^(?:local|remote)_ts\s*=/,
  /^(?:esp|ah)_proposals\s*=/,
  /^(?:local|remote)_addrs\s*=/,
  /^secrets\s*\{/,
  /^(?:local|remote)[\w-]{0,20}\s*\{/,
  /^auth\s*=\s*(?:psk|pubkey|eap|xauth|rsa|ecdsa)/,
  /^proposals\s*=/,
  /^(?:authorities|pools)\s*\{/,
  /^(?:ike|eap|xauth|private|rsa|ecdsa|pkcs8|pkcs12|token|ppk)[\w-]{0,40}\s*\{/,
];
const DAEMON_MARKERS = [
  /^(?:charon|charon-systemd|charon-nm|libstrongswan|starter|swanctl|libcharon)\s*\{/,
  /^(?:filelog|syslog|plugins)\s*\{/,
  /^load_modular\s*=/,
  /^load\s*=/,
  /^(?:retransmit_\w{1,20}|half_open_timeout|install_virtual_ip|port_nat_t|i_dont_care_about_security_and_use_aggressive_mode_psk)\s*=/,
  /^(?:default|ike|cfg|knl|net|enc|lib|mgr|chd|dmn|asn|tls|tnc|imc|imv|pts|esp|job)\s*=\s*-?\d\s*$/,
];

function shaped(t: string): boolean {
  return SHAPED.some((r) => r.test(t));
}

/** Score 0..1 that the lines are strongSwan settings (swanctl.conf, or strongswan.conf). */
export function detect(lines: string[]): number {
  const head = headLines(lines);
  if (head.length === 0) return 0;
  let n = 0;
  const trimmed = head.map((l) => l.trim());
  for (const t of trimmed) if (shaped(t)) n++;
  const ratio = n / head.length;
  const hits = (ms: readonly RegExp[]) => ms.filter((m) => trimmed.some((t) => m.test(t))).length;
  const sw = hits(SWANCTL_MARKERS);
  const dm = hits(DAEMON_MARKERS);
  // a `{`/`}` structure must be there: ipsec.conf lines `key=value` are shaped too
  const braces = trimmed.some((t) => t.endsWith('{')) && trimmed.some((t) => t.startsWith('}'));
  if (!braces) return 0;
  return Math.max(score(sw, ratio, 3), score(dm, ratio, 2) * 0.9);
}

// ---- building policies -------------------------------------------------------------------------

interface Round {
  view: View;
  round: number;
  order: number;
}

function rounds(conn: View, prefix: 'local' | 'remote'): Round[] {
  const out: Round[] = [];
  conn.subs().forEach((v, order) => {
    if (v.name !== prefix && !(v.name.startsWith(prefix) && v.name.length > prefix.length)) return;
    // `local`, `local-1`, `local2`, `remote-cert` ... (name suffixes are free)
    const r = Number(v.kv('round')?.value);
    out.push({ view: v, round: Number.isFinite(r) ? r : 0, order });
  });
  return out.sort((a, b) => a.round - b.round || a.order - b.order);
}

class Builder {
  constructor(
    readonly doc: SettingsDoc,
    readonly srcs: Sources,
  ) {}

  val<T>(value: T, kv: Kv | undefined): Value<T> {
    return this.srcs.val(value, kv?.pos);
  }

  unknownKeys(v: View, known: Set<string>, allowSubs: (name: string) => boolean): void {
    for (const kv of v.keys()) if (!known.has(kv.key)) this.srcs.unread(kv.pos);
    for (const s of v.subs()) if (!allowSubs(s.name) && s.pos) this.srcs.unread(s.pos);
  }

  proposals<P>(kv: Kv, r: ParsedProposals<P>): void {
    for (const t of r.unknown) {
      this.srcs.unread(kv.pos);
      this.srcs.note('swan.unknown-algorithm', { token: t }, kv.pos);
    }
    if (r.usedDefault) this.srcs.note('swan.default-proposals', { key: kv.key }, kv.pos);
    if (r.additionalKe.length) this.srcs.note('swan.additional-ke', { methods: r.additionalKe.join(' ') }, kv.pos);
  }

  /** Authentication of one side: the first round's method, XAuth in a later round folded in (IKEv1). */
  auth(rs: Round[]): { value?: Value<AuthMethod>; id?: Kv; certs?: string; certKv?: Kv; ca?: string; caKv?: Kv; authKv?: Kv } {
    const first = rs[0];
    if (!first) return {};
    const authKv = first.view.kv('auth');
    let method = authMethod(authKv?.value);
    const later = rs.slice(1).map((r) => r.view.kv('auth')?.value?.toLowerCase() ?? '');
    if (later.some((a) => a.startsWith('xauth'))) method = method === 'psk' ? 'xauth-psk' : method === 'cert' ? 'xauth-cert' : method;
    // hybrid mode: XAuth in the first round with a certificate from the other side
    if (authKv?.value.toLowerCase().startsWith('xauth')) method = 'xauth-cert';
    const out: ReturnType<Builder['auth']> = {};
    if (method && authKv) out.value = this.val(method, authKv);
    out.authKv = authKv;
    const id = first.view.kv('id');
    if (id && id.value !== '') out.id = id;
    const certs = first.view.kv('certs');
    if (certs && certs.value) {
      out.certs = list(certs.value)[0];
      out.certKv = certs;
    } else {
      for (const s of first.view.subs())
        if (/^cert/.test(s.name) && !s.name.startsWith('cert_')) {
          const file = s.kv('file') ?? s.kv('handle');
          if (file) {
            out.certs = file.value;
            out.certKv = file;
            break;
          }
        }
    }
    const ca = first.view.kv('cacerts');
    const caId = first.view.kv('ca_id');
    if (ca && ca.value) {
      out.ca = list(ca.value)[0];
      out.caKv = ca;
    } else if (caId && caId.value) {
      out.ca = caId.value;
      out.caKv = caId;
    } else {
      for (const s of first.view.subs())
        if (/^cacert/.test(s.name)) {
          const file = s.kv('file') ?? s.kv('handle');
          if (file) {
            out.ca = file.value;
            out.caKv = file;
            break;
          }
        }
    }
    return out;
  }

  /** Report the keys of a local/remote round the syntax does not know. */
  checkRound(r: Round, known: Set<string>): void {
    this.unknownKeys(r.view, known, (n) => /^(?:cert|cacert)/.test(n));
    for (const s of r.view.subs()) if (/^(?:cert|cacert)/.test(s.name)) this.unknownKeys(s, CERT_KEYS, () => false);
  }

  conn(conn: View, secrets: IkeSecret[], secretsKnown: boolean): SwanTunnel[] {
    const name = conn.name;
    this.unknownKeys(conn, CONN_KEYS, (n) => n === 'children' || n.startsWith('local') || n.startsWith('remote'));
    const base: SwanTunnel = { vendor: 'strongswan', file: this.srcs.files[0]?.path ?? '', name, swan: {} };
    const facts: SwanFacts = base.swan;
    if (conn.pos) base.section = this.srcs.src(conn.pos);

    const version = conn.kv('version');
    if (version) {
      if (version.value === '1' || version.value === '2') base.ikeVersion = this.val(Number(version.value) as 1 | 2, version);
      else if (version.value === '0') facts.versionSetting = this.val('0', version);
      else this.srcs.unread(version.pos);
    }
    const local = conn.kv('local_addrs');
    const locals = list(local?.value);
    if (local && locals[0]) base.localAddress = this.val(locals[0], local);
    const remote = conn.kv('remote_addrs');
    const remotes = list(remote?.value);
    if (remote && remotes[0]) {
      base.peer = this.val(remotes[0], remote);
      if (remotes.length > 1) facts.peers = this.val(remotes, remote);
    }
    const props = conn.kv('proposals');
    if (props && props.value) {
      const r = parseIkeProposals(props.value);
      this.proposals(props, r);
      if (r.proposals.length) base.ikeProposals = this.val<IkeProposal[]>(r.proposals, props);
      facts.ikeStrict = true;
    }
    const aggr = conn.kv('aggressive');
    const ag = yes(aggr?.value);
    if (aggr && ag !== undefined) base.mode = this.val(ag ? 'aggressive' : 'main', aggr);
    const encap = conn.kv('encap');
    const en = yes(encap?.value);
    if (encap && en !== undefined) facts.forceEncap = this.val(en, encap);
    const frag = conn.kv('fragmentation');
    if (frag && frag.value) facts.fragmentation = this.val(frag.value, frag);
    const mobike = conn.kv('mobike');
    const mb = yes(mobike?.value);
    if (mobike && mb !== undefined) facts.mobike = this.val(mb, mobike);
    const rekey = conn.kv('rekey_time');
    const reauth = conn.kv('reauth_time');
    const rekeyS = seconds(rekey?.value);
    const reauthS = seconds(reauth?.value);
    if (rekey && rekeyS === undefined && rekey.value) this.srcs.unread(rekey.pos);
    if (reauth && reauthS === undefined && reauth.value) this.srcs.unread(reauth.pos);
    if (reauth && reauthS !== undefined) facts.reauthSeconds = this.val(reauthS, reauth);
    // the IKE SA is renewed by rekeying, or (IKEv1, or rekey_time = 0) by reauthentication
    if (rekey && rekeyS) base.ikeLifetimeSeconds = this.val(rekeyS, rekey);
    else if (reauth && reauthS) base.ikeLifetimeSeconds = this.val(reauthS, reauth);

    const lr = rounds(conn, 'local');
    const rr = rounds(conn, 'remote');
    for (const r of lr) this.checkRound(r, LOCAL_KEYS);
    for (const r of rr) this.checkRound(r, REMOTE_KEYS);
    const la = this.auth(lr);
    const ra = this.auth(rr);
    if (la.value) base.auth = la.value;
    if (ra.value) facts.remoteAuth = ra.value;
    if (la.id) base.localId = this.val(idText(la.id.value), la.id);
    if (ra.id) base.remoteId = this.val(idText(ra.id.value), ra.id);
    if (la.certs && la.certKv) base.cert = this.val(la.certs, la.certKv);
    if (ra.ca && ra.caKv) base.ca = this.val(ra.ca, ra.caKv);

    // pre-shared key: an `ike` secret whose identities include ours or the peer's
    const usesPsk = la.value?.value === 'psk' || la.value?.value === 'xauth-psk' || ra.value?.value === 'psk';
    const myIds = [la.id?.value ?? locals[0], ...(la.id ? [] : locals.slice(1))].filter((x): x is string => !!x);
    const peerIds = [ra.id?.value ?? remotes[0], ...(ra.id ? [] : remotes.slice(1))].filter((x): x is string => !!x);
    const match = secrets.find((s) => s.ids.length === 0 || s.ids.some((i) => myIds.some((m) => idMatches(i, m)) || peerIds.some((p) => idMatches(i, p))));
    if (match) base.pskPresent = this.val(true, match.secret);
    else if (usesPsk && secretsKnown) base.pskPresent = this.val(false, la.authKv ?? ra.authKv);

    const dpdDelay = conn.kv('dpd_delay');
    const dpdTimeout = conn.kv('dpd_timeout');
    const delay = seconds(dpdDelay?.value);
    const timeout = seconds(dpdTimeout?.value);

    const children = conn.sub('children')?.subs() ?? [];
    const out: SwanTunnel[] = [];
    let shunts = 0;
    for (const child of children) {
      // mode = pass / drop: a shunt policy, no CHILD_SA is negotiated
      const mode = child.kv('mode');
      if (mode && /^(?:pass|drop)$/i.test(mode.value)) {
        this.unknownKeys(child, CHILD_KEYS, () => false);
        this.srcs.note('swan.shunt', { conn: name, child: child.name, mode: mode.value }, mode.pos);
        shunts++;
        continue;
      }
      out.push(this.child(base, child, { delay, timeout, dpdDelay, dpdTimeout }, locals[0], remotes[0]));
    }
    if (children.length > 0 && shunts === children.length) return out;
    if (children.length === 0) {
      this.srcs.note('swan.no-children', { conn: name }, conn.pos);
      if (dpdDelay && delay !== undefined) base.dpd = this.val({ enabled: delay > 0, delaySeconds: delay, ...(timeout ? { timeoutSeconds: timeout } : {}) }, dpdDelay);
      out.push(base);
    }
    return out;
  }

  child(
    base: SwanTunnel,
    child: View,
    dpd: { delay?: number; timeout?: number; dpdDelay?: Kv; dpdTimeout?: Kv },
    localAddr: string | undefined,
    peerAddr: string | undefined,
  ): SwanTunnel {
    this.unknownKeys(child, CHILD_KEYS, () => false);
    const t: SwanTunnel = { ...base, swan: { ...base.swan, child: child.name } };
    if (child.pos) t.section = this.srcs.src(child.pos);
    const esp = child.kv('esp_proposals');
    const ah = child.kv('ah_proposals');
    const props: ChildProposal[] = [];
    let propKv: Kv | undefined;
    if (ah && ah.value) {
      const r = parseChildProposals(ah.value, 'ah');
      this.proposals(ah, r);
      props.push(...r.proposals);
      propKv = ah;
    }
    if (esp && esp.value) {
      const r = parseChildProposals(esp.value, 'esp');
      this.proposals(esp, r);
      props.push(...r.proposals);
      propKv = esp;
    }
    if (propKv && props.length) {
      t.childProposals = this.val(props, propKv);
      t.swan.childStrict = true;
    }
    const mode = child.kv('mode');
    const m = childMode(mode?.value);
    if (mode && m) t.childMode = this.val(m, mode);
    else if (mode && mode.value) this.srcs.note('swan.child-mode', { mode: mode.value }, mode.pos);

    const rekey = child.kv('rekey_time');
    const life = child.kv('life_time');
    const rs = seconds(rekey?.value);
    const ls = seconds(life?.value);
    if (rekey && rs) t.childLifetimeSeconds = this.val(rs, rekey);
    else if (life && ls) t.childLifetimeSeconds = this.val(ls, life);
    const rekeyB = child.kv('rekey_bytes');
    const lifeB = child.kv('life_bytes');
    const rb = kilobytes(rekeyB?.value);
    const lb = kilobytes(lifeB?.value);
    if (rekeyB && rb) t.childLifetimeKilobytes = this.val(rb, rekeyB);
    else if (lifeB && lb) t.childLifetimeKilobytes = this.val(lb, lifeB);

    // traffic selectors: an unset side is `dynamic` (the address the IKE SA runs on)
    const lts = child.kv('local_ts');
    const rts = child.kv('remote_ts');
    if ((lts && lts.value) || (rts && rts.value)) {
      const ls2 = list(lts?.value || 'dynamic').flatMap((x) => selectorNets(x, localAddr));
      const rs2 = list(rts?.value || 'dynamic').flatMap((x) => selectorNets(x, peerAddr));
      const cross = crossSelectors(ls2, rs2);
      if (cross.truncated) this.srcs.note('selectors-truncated', { name: base.name, max: cross.selectors.length }, (lts ?? rts)!.pos);
      t.selectors = this.val<TrafficSelector[]>(cross.selectors, lts && lts.value ? lts : rts);
    }
    const action = child.kv('dpd_action');
    if (dpd.dpdDelay && dpd.delay !== undefined) {
      t.dpd = this.val(
        { enabled: dpd.delay > 0, delaySeconds: dpd.delay, ...(dpd.timeout ? { timeoutSeconds: dpd.timeout } : {}), ...(action?.value ? { action: action.value } : {}) },
        dpd.dpdDelay,
      );
    }
    const start = child.kv('start_action');
    if (start && start.value) t.swan.startAction = this.val(start.value, start);
    return t;
  }
}

/** The vendor facts after the common fields (easier to read in JSON). */
function factsLast(t: SwanTunnel): SwanTunnel {
  const { swan, ...rest } = t;
  return { ...rest, swan };
}

interface IkeSecret {
  ids: string[];
  secret: Kv | undefined;
}

function ikeSecrets(root: View): IkeSecret[] {
  const out: IkeSecret[] = [];
  const sec = root.sub('secrets');
  if (!sec) return out;
  for (const s of sec.subs()) {
    if (!/^ike/.test(s.name)) continue;
    const secret = s.kv('secret');
    if (!secret) continue;
    const ids = s
      .keys()
      .filter((kv) => /^id/.test(kv.key) && kv.value !== '')
      .map((kv) => kv.value);
    out.push({ ids, secret });
  }
  return out;
}

const SECRET_SECTION = /^(?:eap|xauth|ntlm|ike|ppk|private|rsa|ecdsa|pkcs8|pkcs12|token)/;
const SECRET_KEYS: Record<string, RegExp> = {
  token: /^(?:handle|slot|module|pin)$/,
  private: /^(?:file|secret)$/,
  rsa: /^(?:file|secret)$/,
  ecdsa: /^(?:file|secret)$/,
  pkcs8: /^(?:file|secret)$/,
  pkcs12: /^(?:file|secret)$/,
};

function checkSecrets(b: Builder, root: View): void {
  const sec = root.sub('secrets');
  if (!sec) return;
  b.unknownKeys(sec, new Set(), (n) => SECRET_SECTION.test(n));
  for (const s of sec.subs()) {
    const kind = SECRET_SECTION.exec(s.name)?.[0];
    if (!kind) continue;
    const known = SECRET_KEYS[kind] ?? /^(?:id[\w-]{0,40}|secret)$/;
    for (const kv of s.keys()) if (!known.test(kv.key)) b.srcs.unread(kv.pos);
    for (const sub of s.subs()) if (sub.pos) b.srcs.unread(sub.pos);
  }
}

export function parse(path: string, text: string): SwanConfig {
  const srcs = new Sources();
  let tunnels: SwanTunnel[] = [];
  try {
    const doc = parseSettings(text, 0);
    srcs.add(path, doc.lines, doc.secrets);
    for (const e of doc.errors) srcs.unread(e);
    if (doc.errors.length) srcs.note('swan.syntax', { count: doc.errors.length }, doc.errors[0]);
    if (doc.tooDeep) {
      srcs.unread(doc.tooDeep);
      srcs.note('swan.too-deep', { max: 32 }, doc.tooDeep);
    }
    for (const inc of doc.includes) {
      srcs.unread(inc.pos);
      srcs.note('swan.include-not-followed', { pattern: inc.pattern }, inc.pos);
    }
    const b = new Builder(doc, srcs);
    const root = View.of(doc.root, doc.root);
    const top = root.subs();
    const isSwanctl = top.some((s) => s.name === 'connections' || s.name === 'secrets' || s.name === 'authorities' || s.name === 'pools');
    if (isSwanctl) {
      // root keys mean nothing to swanctl; other root sections are templates for references
      for (const kv of root.keys()) srcs.unread(kv.pos);
    } else if (top.some((s) => DAEMON_SECTIONS.has(s.name))) {
      srcs.note('swan.daemon-settings', {});
    }
    checkSecrets(b, root);
    const secrets = ikeSecrets(root);
    const secretsKnown = doc.includes.length === 0;
    const conns = root.sub('connections');
    if (conns) {
      for (const kv of conns.keys()) srcs.unread(kv.pos);
      for (const c of conns.subs()) for (const t of b.conn(c, secrets, secretsKnown)) tunnels.push(factsLast(t));
    }
  } catch (err) {
    // never throws: a parser bug becomes a note; what was read so far stays reported
    srcs.note('parser-error', { message: err instanceof Error ? err.message : String(err) });
    tunnels = tunnels.filter(Boolean);
  }
  if (srcs.files.length === 0) srcs.add(path, [], 0);
  return {
    vendor: 'strongswan',
    format: format.id,
    path,
    tunnels,
    unparsed: srcs.unparsed(),
    secretsMasked: srcs.secretsMasked,
    notes: srcs.notes,
  };
}

export type { Pos };
