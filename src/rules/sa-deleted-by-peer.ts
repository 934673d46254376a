// SA_DELETED_BY_PEER: the peer sent a Delete for the IKE SA or the child SA and nothing came back up.
import type { Rule } from '../core/rule.js';

const rule: Rule = {
  code: 'SA_DELETED_BY_PEER',
  kind: 'verdict',
  severity: 'warning',
  rank: 65,
  needs: ['ike.deleted', 'child.deleted'],
  evaluate({ t, status }) {
    const evs = t.select('ike.deleted', 'child.deleted').filter((e) => e.byPeer === true);
    const last = evs[evs.length - 1];
    if (!last || status === 'established') return undefined;
    return {
      confidence: 0.85,
      evidence: evs.slice(-2),
      why: last.kind === 'ike.deleted' ? 'ike' : 'child',
      vars: { peer: t.remote.address ?? '?' },
    };
  },
  examples: {
    fire: [
      {
        name: 'strongSwan: peer deletes the IKE_SA',
        log: `Nov 24 10:00:00 moon charon: 11[IKE] <home|1> CHILD_SA home{1} established with SPIs c1a5e1b2_i c8b2f3a4_o and TS 10.1.0.0/16 === 10.2.0.0/16
Nov 24 10:10:00 moon charon: 12[IKE] <home|1> received DELETE for IKE_SA home[1]`,
      },
    ],
    silent: [
      {
        name: 'still up',
        log: `Nov 24 10:00:00 moon charon: 11[IKE] <home|1> CHILD_SA home{1} established with SPIs c1a5e1b2_i c8b2f3a4_o and TS 10.1.0.0/16 === 10.2.0.0/16`,
      },
    ],
  },
};
export default rule;
