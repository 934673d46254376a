// LIFETIME_MISMATCH (finding): the two ends configure different SA lifetimes. Most stacks accept
// this (the shorter wins, or RESPONDER-LIFETIME is sent), but it causes rekey collisions and
// some (PAN-OS, older Cisco) reject it.
import type { Rule } from '../core/rule.js';

const rule: Rule = {
  code: 'LIFETIME_MISMATCH',
  kind: 'finding',
  severity: 'info',
  rank: 0,
  needs: ['lifetime.mismatch', 'proposal.mismatch'],
  evaluate({ t }) {
    const evs = [
      ...t.events('lifetime.mismatch'),
      ...t.events('proposal.mismatch').filter((e) => e.param === 'lifetime'),
    ];
    const e = evs[evs.length - 1];
    if (!e) return undefined;
    return {
      confidence: 0.8,
      evidence: evs.slice(-2),
      why: 'default',
      vars: { local: e.localValue ?? '?', remote: e.remoteValue ?? '?' },
      details: { parameter: 'lifetime', localValue: e.localValue ?? '?', remoteValue: e.remoteValue ?? '?' },
    };
  },
  examples: {
    fire: [
      {
        name: 'PAN-OS ikemgr rejects the lifetime',
        log: `2021-07-06 18:35:17.870 +0900  [PERR]: {    9:     }: rejected lifetime: DB(prop#1:trns#1):Peer(prop#1:trns#1) = 28800:86400`,
      },
    ],
    silent: [
      {
        name: 'hash mismatch only',
        log: `2021-07-06 18:35:17.870 +0900  [PERR]: {    9:     }: rejected hashtype: DB(prop#1:trns#1):Peer(prop#1:trns#1) = SHA256:SHA512`,
      },
    ],
  },
};
export default rule;
