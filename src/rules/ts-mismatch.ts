// TS_MISMATCH: traffic selectors / proxy IDs / crypto ACLs of the two ends do not match.
import type { Rule } from '../core/rule.js';
import { childFailure, notifies, phase1InvalidId, TS_REFUSALS } from './util.js';

const rule: Rule = {
  code: 'TS_MISMATCH',
  kind: 'verdict',
  severity: 'error',
  rank: 25,
  needs: ['ts.mismatch', 'notify.received', 'notify.sent'],
  evaluate({ t }) {
    const direct = t.events('ts.mismatch');
    // INVALID_ID_INFORMATION in IKEv1 phase 1 refuses the identity (ID_MISMATCH), not the selectors.
    const phase1 = new Set(phase1InvalidId(t));
    const nt = notifies(t, ...TS_REFUSALS).filter((e) => !phase1.has(e));
    const evs = [...direct, ...nt].sort((a, b) => a.seq - b.seq);
    if (!evs.length) return undefined;
    const withTs = [...direct].reverse().find((e) => e.ts);
    const reason = evs.find((e) => e.reason)?.reason;
    return childFailure(t, {
      confidence: direct.length ? 0.9 : 0.8,
      evidence: evs.slice(-3),
      why: withTs ? 'withTs' : 'default',
      vars: {
        local: withTs?.ts?.local ?? '?',
        remote: withTs?.ts?.remote ?? '?',
        peer: t.remote.address ?? '?',
      },
      details: {
        ...(withTs?.ts?.local ? { localTs: withTs.ts.local } : {}),
        ...(withTs?.ts?.remote ? { remoteTs: withTs.ts.remote } : {}),
        ...(reason ? { vendorReason: reason } : {}),
      },
    });
  },
  examples: {
    fire: [
      {
        name: 'strongSwan initiator: TS_UNACCEPTABLE',
        log: `Nov 24 10:00:00 moon charon: 11[IKE] <home|1> received TS_UNACCEPTABLE notify, no CHILD_SA built`,
      },
    ],
    silent: [
      {
        name: 'child SA up',
        log: `Nov 24 10:00:00 moon charon: 11[IKE] <home|1> CHILD_SA home{1} established with SPIs c1a5e1b2_i c8b2f3a4_o and TS 10.1.0.0/16 === 10.2.0.0/16`,
      },
    ],
  },
};
export default rule;
