// Pieces shared by the two PAN-OS dialects (system log and ikemgr.log): the way PAN-OS prints
// an SA's endpoints (`200.100.5.1[500]-200.100.1.254[500]`, own address first), and the mapping
// of racoon/ikemgr attribute names onto ProposalParam.
import type { Endpoint, ProposalParam } from '../../core/model.js';

/**
 * An address as PAN-OS prints it before `[port]`: IPv4, IPv6 (no brackets), or a hand-masked
 * value such as `124.x.x.x` / `x.x.x.x`. No `-` (it separates the two ends) and no `[`.
 */
export const ADDR = String.raw`[0-9A-Za-z.:%]{1,64}`;

/** `local[port]-remote[port]` with named groups local, lport, remote, rport. */
export const SA_PAIR = String.raw`(?<local>${ADDR})\[(?<lport>\d{1,5})\]-(?<remote>${ADDR})\[(?<rport>\d{1,5})\]`;

export function endpoint(address: string | undefined, port: string | undefined): Endpoint | undefined {
  if (!address) return undefined;
  const ep: Endpoint = { address };
  if (port !== undefined && port !== '') {
    const n = Number(port);
    if (Number.isInteger(n) && n >= 0 && n <= 65535) ep.port = n;
  }
  return ep;
}

/** Both ends from the SA_PAIR groups (PAN-OS prints its own end first). */
export function ends(g: Record<string, string>): { local?: Endpoint; remote?: Endpoint } {
  const out: { local?: Endpoint; remote?: Endpoint } = {};
  const l = endpoint(g.local, g.lport);
  const r = endpoint(g.remote, g.rport);
  if (l) out.local = l;
  if (r) out.remote = r;
  return out;
}

/**
 * ikemgr / racoon attribute names (`rejected hashtype: ...`, `trns_id mismatched: ...`, the
 * `Compared: DB:Peer` block) mapped onto the parameter a diagnosis names.
 */
export function paramOf(attr: string): ProposalParam | undefined {
  const a = attr
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  switch (a) {
    case 'enctype':
    case 'trns_id':
    case 'encryption':
    case 'encryption_algorithm':
      return 'encryption';
    case 'encklen':
    case 'key_length':
    case 'keylen':
      return 'key_length';
    case 'hashtype':
    case 'authtype':
    case 'integrity':
    case 'integrity_algorithm':
    case 'authentication_algorithm':
    case 'hash':
      return 'integrity';
    case 'prf':
    case 'prftype':
      return 'prf';
    case 'dh_group':
    case 'dhgroup':
    case 'pfs_group':
    case 'dh':
    case 'group':
      return 'dh_group';
    case 'authmethod':
    case 'auth_method':
      return 'auth_method';
    case 'lifetime':
    case 'lifebyte':
      return 'lifetime';
    case 'encmode':
      return 'mode';
    case 'proto_id':
      return 'protocol';
    default:
      return undefined;
  }
}

/** `AES-CBC(256)` vs `AES-CBC(128)`: same algorithm, different key length. */
export function refineKeyLength(param: ProposalParam, local: string, remote: string): ProposalParam {
  if (param !== 'encryption') return param;
  const base = (s: string): string =>
    s
      .replace(/\(\d{1,4}\)\s*$/, '')
      .trim()
      .toLowerCase();
  return base(local) === base(remote) && local.trim() !== remote.trim() ? 'key_length' : param;
}
