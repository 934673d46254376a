// What strongSwan's and Libreswan's ipsec.conf parsers have in common once the file is read: which
// conn sections become tunnels, which keys a section may hold, the two ends of a conn, its
// traffic selectors and the pre-shared key in the ipsec.secrets beside the file.
//
// ikescope reads `left` as the local side and `right` as the peer. The daemons decide by
// interface (whichever of left/right is one of the host's addresses is "us"); configurations
// written for ikescope's lab, and most site-to-site examples, put the local host on the left.
import { basename, dirname, join } from 'node:path';
import type { TrafficSelector, Value } from '../../core/policy.js';
import type { Sources, Pos } from './source.js';
import type { ConfDoc, ConfSection, Entry, Params, Sections } from './reader.js';
import { crossSelectors, idText, isHostAddr, list, selectorNets } from './common.js';
import { pskFor, readSecretsFile, type SecretsDoc } from './secrets.js';

export interface ConnSpec {
  name: string;
  parts: ConfSection[];
  p: Params;
}

/**
 * The conns that are tunnels: not `%default`, not templates (a conn another conn names in also=
 * that has no `auto` of its own), not `auto=ignore` (reported in a note).
 */
export function listConns(srcs: Sources, secs: Sections): ConnSpec[] {
  const out: ConnSpec[] = [];
  for (const parts of secs.list('conn')) {
    const first = parts[0]!;
    const name = first.name;
    if (name === '%default') continue;
    const own = secs.own(parts);
    const auto = own.get('auto')?.value.toLowerCase();
    if (secs.referenced.has(name) && (auto === undefined || auto === 'ignore')) continue;
    const p = secs.effective('conn', name, (missing, at) => srcs.note('ipsec-conf.also-missing', { name: missing }, at));
    if (p.get('auto')?.value.toLowerCase() === 'ignore') {
      srcs.note('ipsec-conf.conn-ignored', { conn: name }, p.get('auto')!.pos);
      continue;
    }
    // shunts (type=passthrough|drop|reject, authby=never) install policies without IKE: no tunnel
    const type = p.get('type');
    const never = p.get('authby')?.value.toLowerCase() === 'never';
    if ((type && /^(?:passthrough|pass|drop|reject)$/i.test(type.value)) || never) {
      srcs.note('ipsec-conf.shunt', { conn: name }, (type ?? p.get('authby'))!.pos);
      continue;
    }
    out.push({ name, parts, p });
  }
  return out;
}

/** Report the own keys of every section of a type that `known` does not accept. */
export function checkKeys(srcs: Sources, doc: ConfDoc, type: ConfSection['type'], known: (key: string) => boolean): void {
  for (const s of doc.sections) {
    if (s.type !== type) continue;
    for (const e of s.entries) if (e.key !== 'also' && !known(e.key) && !/^x[-_]/i.test(e.key)) srcs.unread(e.pos);
  }
}

/** The first address of `left=` / `right=` (`%defaultroute`, `%any`, a name ... kept as written). */
export function endAddress(e: Entry | undefined): string | undefined {
  if (!e) return undefined;
  const first = list(e.value)[0];
  return first === undefined ? undefined : first;
}

export function valueOf<T>(srcs: Sources, value: T, e: Entry | undefined): Value<T> {
  return srcs.val(value, e?.pos);
}

/**
 * Traffic selectors from `leftsubnet(s)=` / `rightsubnet(s)=` (+ `leftprotoport=`); an end without
 * a subnet is its host address. undefined when neither end has a subnet.
 */
export function selectors(
  srcs: Sources,
  p: Params,
  localAddr: string | undefined,
  peerAddr: string | undefined,
): { value: Value<TrafficSelector[]>; truncated: boolean; pos: Pos } | undefined {
  const ls = p.get('leftsubnets') ?? p.get('leftsubnet') ?? p.get('leftsubnetwithin');
  const rs = p.get('rightsubnets') ?? p.get('rightsubnet') ?? p.get('rightsubnetwithin');
  const first = ls ?? rs ?? p.get('leftprotoport') ?? p.get('rightprotoport');
  if (!first) return undefined;
  const lppE = p.get('leftprotoport');
  const rppE = p.get('rightprotoport');
  const lpp = lppE?.value;
  const rpp = rppE?.value;
  const nets = (e: Entry | undefined, self: string | undefined, pp: string | undefined) =>
    (e ? list(e.value) : ['']).flatMap((x) => selectorNets(x, self && isHostAddr(self) ? self : undefined, pp));
  const cross = crossSelectors(nets(ls, localAddr, lpp), nets(rs, peerAddr, rpp));
  const pos = first.pos;
  return { value: srcs.val(cross.selectors, pos), truncated: cross.truncated, pos };
}

/** The ipsec.secrets that goes with an ipsec.conf: `secretsfile=` of config setup, else the file beside it. */
export function secretsBeside(srcs: Sources, confPath: string, explicit?: string): SecretsDoc | undefined {
  const candidates: string[] = [];
  if (explicit) candidates.push(explicit.startsWith('/') ? explicit : join(dirname(confPath), explicit));
  const base = basename(confPath);
  if (base.endsWith('ipsec.conf')) candidates.push(join(dirname(confPath), `${base.slice(0, -'ipsec.conf'.length)}ipsec.secrets`));
  for (const c of candidates) {
    const d = readSecretsFile(srcs, c);
    if (d) return d;
  }
  return undefined;
}

/** pskPresent from the secrets: the entry that applies, or false when a PSK is needed and none does. */
export function pskPresent(
  srcs: Sources,
  secrets: SecretsDoc | undefined,
  ids: { localId?: string; localAddr?: string; remoteId?: string; remoteAddr?: string },
  usesPsk: boolean,
  authAt: Pos | undefined,
): Value<boolean> | undefined {
  if (!secrets) return undefined;
  const local = [ids.localId, ids.localAddr].filter((x): x is string => !!x).map(idText);
  const remote = [ids.remoteId, ids.remoteAddr].filter((x): x is string => !!x).map(idText);
  const hit = pskFor(secrets.entries, local, remote);
  if (hit) return srcs.val(true, hit.pos);
  const unresolved = secrets.includes.some((i) => i.problem !== undefined && i.read.length === 0);
  if (usesPsk && !unresolved) return srcs.val(false, authAt);
  return undefined;
}

/** Notes for includes that were not read. */
export function reportIncludes(srcs: Sources, doc: ConfDoc): void {
  for (const inc of doc.includes) {
    if (inc.read.length > 0 || inc.problem === undefined) continue;
    srcs.unread(inc.pos);
    srcs.note(`ipsec-conf.include-${inc.problem}`, { pattern: inc.pattern }, inc.pos);
  }
}
