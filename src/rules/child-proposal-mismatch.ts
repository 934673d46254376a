// CHILD_PROPOSAL_MISMATCH: the IKE SA came up (or got to IKE_AUTH / quick mode) but the child SA
// (IPsec SA, phase 2) proposals have nothing in common.
import type { Rule } from '../core/rule.js';
import { findMismatch, inIkeSetup, mismatchDetails, mismatchVars, notifies } from './util.js';

const rule: Rule = {
  code: 'CHILD_PROPOSAL_MISMATCH',
  kind: 'verdict',
  severity: 'error',
  rank: 22,
  needs: ['proposal.none', 'proposal.mismatch', 'notify.received', 'notify.sent'],
  evaluate({ t }) {
    const none = t
      .events('proposal.none')
      .filter((e) => e.scope === 'child' && e.details?.candidate !== true);
    const explicit = t.events('proposal.mismatch').filter((e) => e.scope === 'child');
    const noProp = notifies(t, 'NO_PROPOSAL_CHOSEN').filter((e) => !inIkeSetup(e));
    if (!none.length && !explicit.length && !noProp.length) return undefined;
    const { m, evidence } = findMismatch(t, 'child');
    // A PFS group on one side only is its own verdict.
    if (m?.param === 'dh_group' || t.has('pfs.mismatch')) return undefined;
    const vendorReason = [...none, ...explicit].find((e) => e.reason)?.reason;
    return {
      confidence: m ? 0.95 : none.length || explicit.length ? 0.85 : 0.75,
      evidence: [...evidence, ...none.slice(-2), ...explicit.slice(-2), ...noProp.slice(-2)],
      why: m ? 'param' : 'default',
      vars: { ...mismatchVars(m), peer: t.remote.address ?? '?' },
      details: { ...mismatchDetails(m), ...(vendorReason ? { vendorReason } : {}) },
    };
  },
  examples: {
    fire: [
      {
        name: 'strongSwan initiator: IKE_AUTH answered with N(NO_PROP)',
        log: `Nov 24 10:00:00 moon charon: 11[ENC] <home|1> parsed IKE_AUTH response 1 [ IDr AUTH N(NO_PROP) ]
Nov 24 10:00:00 moon charon: 11[IKE] <home|1> received NO_PROPOSAL_CHOSEN notify, no CHILD_SA built`,
      },
    ],
    silent: [
      {
        name: 'NO_PROPOSAL_CHOSEN to IKE_SA_INIT is phase 1',
        log: `Nov 24 10:00:00 moon charon: 10[ENC] <home|1> parsed IKE_SA_INIT response 0 [ N(NO_PROP) ]`,
      },
    ],
  },
};
export default rule;
