// Helpers shared by the diagnosis rules.
import { parseAlgorithm, type Algorithm } from '../core/algorithms.js';
import type { IkeEvent, ProposalParam } from '../core/model.js';
import type { RuleHit } from '../core/rule.js';
import type { Tunnel } from '../core/tunnel.js';
import { ORDER_PER_MS, phaseOf } from '../core/tunnel.js';
import { phaseRank } from '../core/model.js';

/** Notify events (either direction) with one of the names, in order. */
export function notifies(t: Tunnel, ...names: string[]): IkeEvent[] {
  return t
    .select('notify.received', 'notify.sent')
    .filter((e) => e.notify !== undefined && names.includes(e.notify));
}

/**
 * Rank of a child SA failure that rode on an IKEv2 IKE_AUTH exchange whose peer this side then
 * rejected (see `peerRejectedAfter`): after the identity and certificate causes (ID_MISMATCH,
 * CERT_INVALID), before a cause-unknown AUTH_FAILED.
 */
export const AFTER_PEER_AUTH = 49;

/**
 * In IKEv2 the child SA is negotiated in the IKE_AUTH exchange itself: the responder may refuse
 * or fail it (TS_UNACCEPTABLE, NO_PROPOSAL_CHOSEN, a failed install) in the same response whose
 * identity or certificate the initiator then rejects. The IKE SA fails on that rejection whatever
 * the child's fate, so the rejection is the cause to fix first. The rejections of the peer
 * (`id.mismatch`, `cert.invalid`) that come after the child failure's last evidence, if any. In
 * a tunnel merged from both ends' logs, a rejection in the other host's log counts from up to a
 * second before: one daemon may stamp whole seconds where the other stamps microseconds.
 */
export function peerRejectedAfter(t: Tunnel, evidence: readonly IkeEvent[]): IkeEvent[] {
  if (t.ikeVersion !== 2 || evidence.length === 0) return [];
  const last = t.latest(evidence)!;
  const at = t.order(last);
  return [...t.events('id.mismatch'), ...t.events('cert.invalid')].filter(
    (e) => t.order(e) > (e.origin === last.origin ? at : at - ONE_SECOND_ORDER),
  );
}

/** One second in `Tunnel.order` units of a merged tunnel. */
const ONE_SECOND_ORDER = 1000 * ORDER_PER_MS;

/** `hit`, ranked AFTER_PEER_AUTH when the IKE_AUTH exchange that carried it failed on the peer. */
export function childFailure(t: Tunnel, hit: RuleHit): RuleHit {
  return peerRejectedAfter(t, hit.evidence).length ? { ...hit, rank: AFTER_PEER_AUTH } : hit;
}

/** Notifies that refuse traffic selectors (IKEv2) or proxy IDs (IKEv1 quick mode; see phase1InvalidId). */
export const TS_REFUSALS = ['TS_UNACCEPTABLE', 'INVALID_ID_INFORMATION', 'INVALID_SELECTORS'] as const;

/**
 * INVALID_ID_INFORMATION about IKEv1 phase 1 (main or aggressive mode, before the ISAKMP SA is
 * up): the identity was refused (RFC 2408 section 5.4). In quick mode the same notify refuses
 * the proxy IDs, the traffic selectors.
 */
export function phase1InvalidId(t: Tunnel): IkeEvent[] {
  const up = t.events('ike.established')[0]?.seq ?? Infinity;
  return notifies(t, 'INVALID_ID_INFORMATION').filter(
    (e) =>
      (e.ikeVersion ?? t.ikeVersion) === 1 &&
      e.scope !== 'child' &&
      e.exchange !== 'QUICK_MODE' &&
      (e.exchange === 'MAIN_MODE' || e.exchange === 'AGGRESSIVE_MODE' || e.scope === 'ike' || e.seq < up),
  );
}

/** Whether an event happened while negotiating the IKE SA (before authentication finished). */
export function inIkeSetup(e: IkeEvent): boolean {
  if (e.scope === 'child') return false;
  if (e.scope === 'ike') return true;
  if (e.exchange === 'IKE_SA_INIT' || e.exchange === 'MAIN_MODE' || e.exchange === 'AGGRESSIVE_MODE')
    return true;
  if (e.exchange === 'IKE_AUTH' || e.exchange === 'QUICK_MODE' || e.exchange === 'CREATE_CHILD_SA')
    return false;
  const p = phaseOf(e);
  return p === undefined || phaseRank(p) <= phaseRank('IKE_SA_INIT');
}

export interface Mismatch {
  param: ProposalParam;
  localValue: string;
  remoteValue: string;
}

type Kind = 'encryption' | 'integrity' | 'prf' | 'dh_group';

/** An offer's algorithms by kind, and its ESN settings (`EXT_SEQ` / `NO_EXT_SEQ`; empty when none says). */
function parseOffer(proposals: readonly string[]): { algs: Map<Kind, Algorithm[]>; esn: Set<string> } {
  const m = new Map<Kind, Algorithm[]>();
  const esn = new Set<string>();
  for (const p of proposals) {
    // "IKE:AES_CBC_128/HMAC_SHA2_256_128/PRF_HMAC_SHA2_256/MODP_2048" or "aes256-sha256-modp2048"
    const body = p.replace(/^[A-Z]{2,4}:/, '');
    for (const tok of body.split(/[/,\s]+|-(?=[a-z])/i)) {
      if (tok === 'EXT_SEQ' || tok === 'NO_EXT_SEQ') {
        esn.add(tok);
        continue;
      }
      const a = parseAlgorithm(tok);
      if (!a) continue;
      const list = m.get(a.kind) ?? [];
      list.push(a);
      m.set(a.kind, list);
    }
  }
  return { algs: m, esn };
}

const show = (list: Algorithm[] | undefined, withLen: boolean): string =>
  [
    ...new Set(
      (list ?? []).map((a) =>
        withLen && a.keyLength ? `${a.name}-${a.keyLength}` : a.group !== undefined ? `${a.name}` : a.name,
      ),
    ),
  ].join(', ');

/**
 * Name the first parameter in which two offers have nothing in common.
 * `local` is what this side is configured with, `remote` what the peer offered.
 */
const esnWord = (s: Set<string>): string => [...s].map((x) => (x === 'EXT_SEQ' ? 'esn' : 'noesn')).join(', ');

export function compareOffers(local: readonly string[], remote: readonly string[]): Mismatch | undefined {
  const { algs: l, esn: le } = parseOffer(local);
  const { algs: r, esn: re } = parseOffer(remote);
  const order: Kind[] = ['encryption', 'integrity', 'prf', 'dh_group'];
  for (const k of order) {
    const la = l.get(k);
    const ra = r.get(k);
    if (!la?.length || !ra?.length) continue;
    const names = new Set(la.map((a) => a.name));
    const common = ra.filter((a) => names.has(a.name));
    if (common.length === 0)
      return {
        param: k,
        localValue: show(la, k === 'encryption'),
        remoteValue: show(ra, k === 'encryption'),
      };
    if (k === 'encryption') {
      const lens = new Set(la.map((a) => `${a.name}/${a.keyLength ?? '?'}`));
      if (!common.some((a) => lens.has(`${a.name}/${a.keyLength ?? '?'}`)))
        return { param: 'key_length', localValue: show(la, true), remoteValue: show(ra, true) };
    }
  }
  // Algorithms in common but not the extended-sequence-number setting.
  if (le.size && re.size && ![...le].some((x) => re.has(x)))
    return { param: 'esn', localValue: esnWord(le), remoteValue: esnWord(re) };
  return undefined;
}

/**
 * The mismatch the log shows, oriented to the tunnel's lead side: in a two-sided tunnel the
 * responder's log names the values from its own point of view, and "local" must mean the lead's.
 */
export function findMismatch(t: Tunnel, scope: 'ike' | 'child'): { m?: Mismatch; evidence: IkeEvent[] } {
  const r = findMismatchRaw(t, scope);
  const from = r.evidence[0]?.origin;
  if (r.m && from !== undefined && t.origins.size > 1 && from !== t.origin)
    return {
      m: { param: r.m.param, localValue: r.m.remoteValue, remoteValue: r.m.localValue },
      evidence: r.evidence,
    };
  return r;
}

function findMismatchRaw(t: Tunnel, scope: 'ike' | 'child'): { m?: Mismatch; evidence: IkeEvent[] } {
  const explicit = t.events('proposal.mismatch').filter((e) => (e.scope ?? 'ike') === scope);
  const ex = explicit[explicit.length - 1];
  if (ex?.param) {
    return {
      m: { param: ex.param, localValue: ex.localValue ?? '?', remoteValue: ex.remoteValue ?? '?' },
      evidence: [ex],
    };
  }
  const received = t.events('proposal.received').filter((e) => (e.scope ?? 'ike') === scope);
  const configured = t.events('proposal.configured').filter((e) => (e.scope ?? 'ike') === scope);
  const rcv = received[received.length - 1];
  const cfg = configured[configured.length - 1];
  if (rcv?.proposals && cfg?.proposals) {
    // The side that logs "received proposals" is the responder: received = the peer's offer.
    const m = compareOffers(cfg.proposals, rcv.proposals);
    if (m) return { m, evidence: [rcv, cfg] };
  }
  const none = t
    .events('proposal.none')
    .filter((e) => (e.scope ?? 'ike') === scope && e.details?.candidate !== true);
  const n = none.find((e) => e.param);
  if (n?.param)
    return {
      m: { param: n.param, localValue: n.localValue ?? '?', remoteValue: n.remoteValue ?? '?' },
      evidence: [n],
    };
  return { evidence: [] };
}

export function mismatchVars(m: Mismatch | undefined): Record<string, string> {
  return m ? { param: m.param, local: m.localValue, remote: m.remoteValue } : {};
}

export function mismatchDetails(m: Mismatch | undefined): Record<string, string> {
  return m ? { parameter: m.param, localValue: m.localValue, remoteValue: m.remoteValue } : {};
}

/** Last kept event among kinds. */
export function lastOf(t: Tunnel, ...kinds: Parameters<Tunnel['last']>[0][]): IkeEvent | undefined {
  let best: IkeEvent | undefined;
  for (const k of kinds) {
    const e = t.last(k);
    if (e && (!best || e.seq > best.seq)) best = e;
  }
  return best;
}

export function peerLabel(t: Tunnel): string {
  return t.remote.address ?? t.name ?? '?';
}

const PSK_RE = /^(?:psk|secret|pre-?shared(?:[ _-]?key)?|shared key)/i;

/** Whether the tunnel authenticates with a pre-shared key (any dialect's spelling). */
export function usesPsk(t: Tunnel): boolean {
  return t.authMethods().some((m) => PSK_RE.test(m));
}

/** Whether the tunnel authenticates with certificates / signatures. */
export function usesCert(t: Tunnel): boolean {
  return t.authMethods().some((m) => /rsa|ecdsa|signature|cert|pubkey|digital/i.test(m));
}

/**
 * "No peer config" found while the peer authenticates (IKE_AUTH / main mode 5): the IKE SA was
 * acceptable, so the peer is configured but presented another identity than expected.
 */
export function noPeerConfigAtAuth(t: Tunnel): IkeEvent[] {
  const authMsgs = t
    .select('msg.received', 'msg.sent')
    .filter(
      (e) =>
        e.exchange === 'IKE_AUTH' ||
        (e.exchange === 'MAIN_MODE' && (e.msgNo ?? 0) >= 5) ||
        (e.exchange === 'AGGRESSIVE_MODE' && (e.msgNo ?? 0) >= 1),
    );
  if (!authMsgs.length) return [];
  const firstAuth = Math.min(...authMsgs.map((e) => t.order(e)));
  return t
    .events('peer.not-configured')
    .filter((e) => t.order(e) > firstAuth && e.exchange !== 'IKE_SA_INIT');
}

/**
 * The peer's certificate verified as a certificate but does not carry the identity the peer
 * claims: "no trusted public key found for 'X'" while the certificate received names someone else.
 */
export function identityNotInCert(
  t: Tunnel,
): { evidence: IkeEvent[]; id: string; subject: string } | undefined {
  const noKey = t
    .events('cert.invalid')
    .find((e) => /no trusted public key/i.test(e.reason ?? '') && e.remote?.id);
  if (!noKey?.remote?.id) return undefined;
  const id = noKey.remote.id.replace(/^CN=/i, '').toLowerCase();
  const certs = t
    .events('info')
    .filter(
      (e) =>
        e.details?.cert === 'end entity cert' &&
        e.direction === 'in' &&
        typeof e.details.subject === 'string',
    );
  const cert = certs[certs.length - 1];
  if (!cert) return undefined;
  const subject = String(cert.details?.subject);
  if (subject.toLowerCase().includes(id)) return undefined;
  return { evidence: [cert, noKey], id: noKey.remote.id, subject };
}

/**
 * IKEv1 Aggressive Mode responder whose response (it carries our HASH_R) the peer answered with
 * something sealed under keys we do not share instead of its final message: pluto finds garbage
 * after decrypting it (a malformed payload), charon can only queue it as an INFORMATIONAL (the
 * peer's AUTHENTICATION_FAILED notice). With a pre-shared key, the keys differ because the
 * pre-shared keys do (RFC 2409 §5.4: SKEYID is derived from the key). Returns our response and
 * the unreadable answer, or undefined.
 */
export function aggressiveAnswerUnreadable(t: Tunnel): IkeEvent[] | undefined {
  if ((t.ikeVersion ?? 1) !== 1 || t.has('ike.established')) return undefined;
  const ours = t
    .select('msg.sent', 'ike.state')
    .filter(
      (e) =>
        e.state === 'STATE_AGGR_R1' ||
        (e.kind === 'msg.sent' && e.exchange === 'AGGRESSIVE_MODE' && e.msgNo === 2),
    );
  const response = ours[ours.length - 1];
  if (!response) return undefined;
  const after = t.order(response);
  const answer = t
    .select('msg.invalid', 'info')
    .find(
      (e) =>
        t.order(e) > after &&
        (e.kind === 'msg.invalid' ? e.direction === 'in' : e.details?.queued === 'INFORMATIONAL_V1'),
    );
  return answer ? [response, answer] : undefined;
}
