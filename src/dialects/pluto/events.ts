// Small builders shared by the pluto and qno pattern tables.
import { parseAlgorithm, weakness } from '../../core/algorithms.js';
import type { Endpoint, EventDraft } from '../../core/model.js';
import { classifyState, stateFields, type StateInfo } from './states.js';
import {
  ikeProposal,
  natFromChild,
  parseChildDetails,
  parseIkeDetails,
  parseTunnelSelectors,
  weakAlgorithms,
} from './sa-details.js';
import { authMethod } from './proposals.js';

/** `#12` from `12`, or undefined. */
export function so(n: string | undefined): string | undefined {
  return n ? `#${n}` : undefined;
}

/** The base remote endpoint with some fields added. */
export function remoteWith(base: Partial<EventDraft>, extra: Endpoint): Endpoint {
  return { ...base.remote, ...extra };
}

export function withState(ev: EventDraft, s: StateInfo): EventDraft {
  return { ...stateFields(s), ...ev };
}

/** A state event for a state name. */
export function stateEvent(state: string, extra: Partial<EventDraft> = {}): EventDraft {
  const s = classifyState(state);
  return { ...stateFields(s), kind: 'ike.state', ...extra };
}

/** Events of an IKE SA that came up, from the `{auth=... cipher=...}` details when present. */
export function ikeEstablishedEvents(details: string | undefined, extra: Partial<EventDraft>): EventDraft[] {
  const out: EventDraft[] = [{ kind: 'ike.established', ...extra }];
  if (!details) return out;
  const d = parseIkeDetails(details);
  const prop = ikeProposal(d);
  const det: Record<string, string> = {};
  if (d.auth && d.auth !== 'IKEv2') {
    det.auth = authMethod(d.auth);
    det.method = det.auth;
    det.authRaw = d.auth;
  }
  if (d.cipher) det.cipher = d.cipher;
  if (d.integ) det.integ = d.integ;
  if (d.prf) det.prf = d.prf;
  if (d.group) det.group = d.group;
  out[0] = { ...out[0]!, details: det };
  if (prop) {
    const sel: EventDraft = { kind: 'proposal.selected', scope: 'ike', proposals: [prop], details: det };
    if (extra.ikeVersion) sel.ikeVersion = extra.ikeVersion;
    out.push(sel);
  }
  for (const alg of weakAlgorithms([d.cipher, d.integ, d.prf, d.group].filter(Boolean).join(' '))) {
    out.push({ kind: 'weak.crypto', scope: 'ike', details: { algorithm: alg, source: 'negotiated' } });
  }
  return out;
}

/** Events of a child SA that came up, from `{ESP=>0x... <0x... xfrm=...}` and `[ts] -> [ts]`. */
export function childEstablishedEvents(text: string, extra: Partial<EventDraft>): EventDraft[] {
  const d = parseChildDetails(text);
  const ev: EventDraft = { kind: 'child.established', ...extra };
  if (d.spiIn) ev.spiIn = d.spiIn;
  if (d.spiOut) ev.spiOut = d.spiOut;
  const ts = parseTunnelSelectors(text);
  if (ts) ev.ts = ts;
  const det: Record<string, string | boolean> = {};
  if (d.protocol) det.protocol = d.protocol;
  if (d.xfrm) det.xfrm = d.xfrm;
  if (d.mode) det.mode = d.mode;
  if (d.dpd) det.dpd = d.dpd;
  if (d.natoa) det.natoa = d.natoa;
  if (d.natd) det.natd = d.natd;
  if (d.esn) det.esn = true;
  if (Object.keys(det).length) ev.details = det;
  const out: EventDraft[] = [ev];
  if (d.xfrm) {
    const sel: EventDraft = { kind: 'proposal.selected', scope: 'child', proposals: [d.xfrm] };
    if (extra.ikeVersion) sel.ikeVersion = extra.ikeVersion;
    out.push(sel);
    for (const alg of weakAlgorithms(d.xfrm)) {
      out.push({ kind: 'weak.crypto', scope: 'child', details: { algorithm: alg, source: 'negotiated' } });
    }
  }
  const nat = natFromChild(d);
  if (nat === 'detected') out.push({ kind: 'nat.detected', details: { where: 'unknown', via: 'child-sa' } });
  if (nat === 'none') out.push({ kind: 'nat.detected', details: { where: 'none', via: 'child-sa' } });
  return out;
}

/** `OAKLEY_DES_CBC`, `ESP_DES (64)`, `OAKLEY_SHA1` ... → canonical algorithm name. */
export function weakEvent(raw: string, scope: 'ike' | 'child'): EventDraft {
  const first = raw.trim().split(/[\s(,]+/)[0] ?? raw;
  const tok = first.replace(/^(?:OAKLEY_|ESP_|AUTH_ALGORITHM_|AH_)/, '').replace(/_CBC$/, '');
  const alg = parseAlgorithm(tok);
  const details: Record<string, string> = { algorithm: alg?.name ?? tok.toLowerCase(), raw: raw.trim() };
  if (alg) {
    const why = weakness(alg);
    if (why) details.weakness = why;
  }
  return { kind: 'weak.crypto', scope, details };
}

/**
 * The peer accepted IKE_AUTH but its response sets up no child SA (no SA/TS payloads, no
 * configuration payload): this initiator's child fails, by the peer's doing (IKEv2).
 */
export function noChildFromPeer(reason: string, cause: string): EventDraft {
  return {
    ikeVersion: 2,
    kind: 'child.failed',
    role: 'initiator',
    exchange: 'IKE_AUTH',
    byPeer: true,
    reason,
    details: { cause },
  };
}
