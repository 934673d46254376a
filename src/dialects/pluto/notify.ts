// pluto's spellings of notify types, and what an error notify means for a negotiation.
// Libreswan 3.x prefixes IKEv2 names with `v2N_` and IKEv1 ones with `v1N_`; Openswan and
// strongSwan 4 pluto write IKEv1 status types as `IPSEC_REPLAY_STATUS`, `IPSEC_INITIAL_CONTACT`.
// Meanings follow RFC 7296 §3.10.1 and RFC 2408 §3.14.1.
import { notifyName } from '../../core/ike-tables.js';
import type { EventDraft, IkeVersion } from '../../core/model.js';

export function normalizeNotify(text: string, version?: IkeVersion): string {
  let t = text.trim().replace(/^v[12]N_/, '');
  if (t.startsWith('IPSEC_')) t = t.slice('IPSEC_'.length);
  if (t === 'RESPONDER_LIFETIME' || t === 'REPLAY_STATUS') return t;
  return notifyName(t, version ?? (/^v1N_/.test(text.trim()) ? 1 : 2));
}

export interface NotifyContext {
  /** `in`: the peer sent it; `out`: we send it. */
  direction: 'in' | 'out';
  scope?: 'ike' | 'child';
  ikeVersion?: IkeVersion;
}

/**
 * The notify event. What an error notify means (NO_PROPOSAL_CHOSEN, TS_UNACCEPTABLE ...) is read by
 * the diagnosis rules from the notify name, in whichever phase the pipeline places it; this
 * dialect adds no interpretation of its own.
 */
export function notifyEvents(notify: string, ctx: NotifyContext): EventDraft[] {
  const raw: EventDraft = {
    kind: ctx.direction === 'in' ? 'notify.received' : 'notify.sent',
    notify,
    direction: ctx.direction,
  };
  if (ctx.scope) raw.scope = ctx.scope;
  if (ctx.ikeVersion) raw.ikeVersion = ctx.ikeVersion;
  return [raw];
}
