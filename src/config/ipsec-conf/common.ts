// Pieces shared by the strongSwan (swanctl.conf, legacy ipsec.conf) and Libreswan/Openswan
// (ipsec.conf) parsers: what they return beyond the normalized policy, time and byte values,
// identities, traffic selectors and authentication keywords.
import type { AuthMethod, ConfigSource, ParsedConfig, TrafficSelector, TunnelPolicy, Value } from '../../core/policy.js';
import type { ConfigNote } from '../shared/types.js';
import { isV4, normalizePrefix, portNumber, rangeToCidrs, withProto } from '../shared/net.js';

/** Facts of an open-source IKE daemon's connection that have no field in TunnelPolicy. */
export interface SwanFacts {
  /** swanctl.conf: the CHILD_SA (`children.<name>`) this policy describes; one policy per child. */
  child?: string;
  /** An IKE version setting that allows both versions (`version = 0`, `keyexchange=ike`). */
  versionSetting?: Value<string>;
  /** How the peer must authenticate, when stated apart from our own method (`remote.auth`, `rightauth`). */
  remoteAuth?: Value<AuthMethod>;
  /** Every peer address when more than one is configured (`remote_addrs = a, b`). */
  peers?: Value<string[]>;
  /**
   * false when the daemon appends its default proposals to the configured ones (strongSwan
   * ipsec.conf `ike=` / `esp=` without the trailing `!`); swanctl.conf proposals are always exact.
   */
  ikeStrict?: boolean;
  childStrict?: boolean;
  /** Forced UDP encapsulation of ESP (`encap = yes`, `forceencaps=yes`, `encapsulation=yes`). */
  forceEncap?: Value<boolean>;
  /** IKE fragmentation setting as written (`yes`, `no`, `accept`, `force`). */
  fragmentation?: Value<string>;
  mobike?: Value<boolean>;
  /** What the daemon does with the connection at start (`start_action`, `auto=`). */
  startAction?: Value<string>;
  /** IKE reauthentication interval (swanctl `reauth_time`). */
  reauthSeconds?: Value<number>;
  /** Libreswan `pfs=` (PFS on by default; without a DH group in esp= the IKE SA's group is used). */
  pfs?: Value<boolean>;
  /** Libreswan `esn=` when it restricts: yes (ESN only) or no (none); `either` is not recorded. */
  esn?: Value<boolean>;
  /** Libreswan `narrowing=` (IKEv2 traffic selector narrowing). */
  narrowing?: Value<boolean>;
  /** Transforms the daemon fills from its own defaults because the configured line leaves them out. */
  filledFromDaemon?: string[];
}

export type SwanTunnel = TunnelPolicy & { swan: SwanFacts };

export interface SwanConfig extends ParsedConfig {
  tunnels: SwanTunnel[];
  /** Remarks for the reader: catalog keys `config.note.<id>` of src/i18n/<lang>/config-oss.ts. */
  notes: ConfigNote[];
  /** ipsec.secrets: its entries (selectors and type; the secret itself is masked in `src.text`). */
  secrets?: SecretRef[];
}

export interface SecretRef {
  selectors: string[];
  /** `PSK`, `RSA`, `EAP`, `XAUTH` ... */
  type: string;
  src: ConfigSource;
}

// ---- values ------------------------------------------------------------------------------------

export function yes(v: string | undefined): boolean | undefined {
  if (v === undefined) return undefined;
  const t = v.trim().toLowerCase();
  if (t === 'yes' || t === 'true' || t === 'on' || t === '1' || t === 'insist' || t === 'force') return true;
  if (t === 'no' || t === 'false' || t === 'off' || t === '0' || t === 'never') return false;
  return undefined;
}

/**
 * Seconds from a time value: `3600`, `3600s`, `60m`, `8h`, `1d`, `1.5h`, `500ms` (strongswan.conf(5)
 * "TIME FORMATS", ipsec.conf(5) of both daemons). undefined when not a time.
 */
export function seconds(v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const m = /^(\d{1,12})(?:\.(\d{1,6}))?\s?(ms|[smhd]|secs?|mins?|hours?|days?)?$/i.exec(v.trim());
  if (!m) return undefined;
  const n = Number(`${m[1]}${m[2] ? `.${m[2]}` : ''}`);
  const u = (m[3] ?? 's').toLowerCase();
  const mul = u === 'ms' ? 0.001 : u.startsWith('m') ? 60 : u.startsWith('h') ? 3600 : u.startsWith('d') ? 86400 : 1;
  return Math.round(n * mul * 1000) / 1000;
}

/** Kilobytes from a byte count: `1000000`, `500k`, `1M`, `2G`, `1GB` (swanctl.conf `life_bytes`, Libreswan `ipsec-max-bytes`). */
export function kilobytes(v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const m = /^(\d{1,15})\s?([kmgt]?)i?b?$/i.exec(v.trim());
  if (!m) return undefined;
  const n = Number(m[1]);
  const e = { '': 0, k: 1, m: 2, g: 3, t: 4 }[(m[2] ?? '').toLowerCase()] ?? 0;
  return Math.round((n * 1024 ** e) / 1024);
}

/** A value with surrounding double quotes removed. */
export function unquote(v: string): string {
  const t = v.trim();
  return t.length >= 2 && t.startsWith('"') && t.endsWith('"') ? t.slice(1, -1) : t;
}

/** Comma (or blank) separated list, empty items dropped. */
export function list(v: string | undefined): string[] {
  if (v === undefined) return [];
  return v
    .split(/[,\s]+/)
    .map((x) => x.trim())
    .filter(Boolean);
}

// ---- identities --------------------------------------------------------------------------------

/** An identity as written, without quotes. */
export function idText(v: string): string {
  return unquote(v);
}

/** Form used to decide whether two spellings name the same identity (`@host` = `host`, case-insensitive). */
export function idKey(v: string): string {
  let t = unquote(v).trim();
  if (t.startsWith('@') && !t.startsWith('@#')) t = t.slice(1);
  if (t.startsWith('@')) t = t.slice(1);
  return t.toLowerCase();
}

/** Whether a secret's selector (ipsec.secrets, swanctl `id-*`) matches an identity. */
export function idMatches(selector: string, id: string): boolean {
  const s = idKey(selector);
  const i = idKey(id);
  if (s === '%any' || s === '%any6' || s === '0.0.0.0' || s === '::' || s === '*') return true;
  if (s === i) return true;
  // `*@example.com`, `*.example.com`: a leading wildcard
  if (s.startsWith('*') && i.endsWith(s.slice(1))) return true;
  return false;
}

// ---- authentication ----------------------------------------------------------------------------

/**
 * One authentication keyword: strongSwan `psk`, `pubkey`, `rsa-2048`, `ecdsa`, `eap-md5`, `xauth`,
 * `ike:rsa/pss-sha256`; ipsec.conf `secret`, `rsasig`, `ecdsasig`, `xauthpsk`, `xauthrsasig`;
 * Libreswan `rsa-sha2_256`, `ecdsa`, `eddsa`, `null`, `never`.
 */
export function authMethod(token: string | undefined): AuthMethod | undefined {
  if (token === undefined) return undefined;
  const t = token.trim().toLowerCase();
  if (!t) return undefined;
  if (t === 'psk' || t === 'secret') return 'psk';
  if (t === 'xauthpsk') return 'xauth-psk';
  if (t === 'xauthrsasig') return 'xauth-cert';
  if (t.startsWith('eap')) return 'eap';
  if (t.startsWith('xauth')) return 'unknown';
  if (/^(?:ike:)?(?:pubkey|rsa|ecdsa|ed25519|ed448|eddsa|bliss)/.test(t)) return 'cert';
  return 'unknown';
}

// ---- traffic selectors -------------------------------------------------------------------------

/** Most selector pairs one policy lists (leftsubnets × rightsubnets can multiply). */
export const MAX_SELECTORS = 256;

/**
 * One traffic selector as written (`10.1.0.0/16`, `10.0.0.1`, `10.0.0.1-10.0.0.9`, `dynamic`,
 * `0.0.0.0/0[tcp/80]`, `::/0`) → the CIDR forms of TrafficSelector. `dynamic` (swanctl) and a
 * missing subnet (ipsec.conf) stand for the host's own address: `self` is used when known.
 */
export function selectorNets(ts: string, self: string | undefined, protoport?: string): string[] {
  let t = ts.trim();
  let pp = protoport;
  const br = t.indexOf('[');
  if (br >= 0 && t.endsWith(']')) {
    pp = t.slice(br + 1, -1);
    t = t.slice(0, br);
  }
  let nets: string[];
  const lower = t.toLowerCase();
  if (lower === 'dynamic' || lower === '%dynamic' || lower === '') {
    nets = self !== undefined && isHostAddr(self) ? [normalizePrefix(self)] : ['dynamic'];
  } else if (lower === '%any' || lower === '%any4') nets = ['0.0.0.0/0'];
  else if (lower === '%any6') nets = ['::/0'];
  else if (t.includes('-') && !t.includes('/')) {
    const [a, b] = t.split('-');
    nets = (a && b && rangeToCidrs(a, b)) || [t];
  } else if (/^[0-9a-f:.]{2,45}(?:\/\d{1,3}(?:\.\d{1,3}){0,3})?$/i.test(t)) nets = [normalizePrefix(t)];
  else nets = [t];
  if (!pp) return nets;
  const slash = pp.indexOf('/');
  const proto = (slash >= 0 ? pp.slice(0, slash) : pp).trim().toLowerCase();
  const portTxt = slash >= 0 ? pp.slice(slash + 1).trim().toLowerCase() : '';
  const protoOut = proto === '' || proto === '%any' || proto === 'any' || proto === '0' ? undefined : proto;
  let port: string | undefined;
  if (portTxt && portTxt !== '%any' && portTxt !== '0' && portTxt !== 'any') {
    const range = /^(\w{1,20})-(\w{1,20})$/.exec(portTxt);
    if (range) port = `${portNumber(range[1]!) ?? range[1]}-${portNumber(range[2]!) ?? range[2]}`;
    else port = String(portNumber(portTxt) ?? portTxt);
  }
  // A port without a protocol: keep it visible rather than drop it.
  if (!protoOut) return port ? nets.map((n) => `${n}/any:${port}`) : nets;
  return nets.map((n) => withProto(n, protoOut, port));
}

export function isHostAddr(s: string): boolean {
  return isV4(s) || (/^[0-9a-f:]{2,39}$/i.test(s) && s.includes(':'));
}

/** Every local × remote pair, at most MAX_SELECTORS; duplicates dropped. */
export function crossSelectors(locals: string[], remotes: string[]): { selectors: TrafficSelector[]; truncated: boolean } {
  const out: TrafficSelector[] = [];
  const seen = new Set<string>();
  for (const l of locals)
    for (const r of remotes) {
      const k = `${l}|${r}`;
      if (seen.has(k)) continue;
      seen.add(k);
      if (out.length >= MAX_SELECTORS) return { selectors: out, truncated: true };
      out.push({ local: l, remote: r });
    }
  return { selectors: out, truncated: false };
}

// ---- child mode ----------------------------------------------------------------------------------

export function childMode(v: string | undefined): 'tunnel' | 'transport' | undefined {
  const t = v?.trim().toLowerCase();
  if (t === 'tunnel') return 'tunnel';
  if (t === 'transport' || t === 'transport_proxy') return 'transport';
  return undefined;
}
