// CLOSED: the tunnel was up and this side closed it in an orderly way (admin, shutdown, idle).
import type { Rule } from '../core/rule.js';

const rule: Rule = {
  code: 'CLOSED',
  kind: 'verdict',
  severity: 'info',
  rank: 95,
  needs: ['ike.deleted', 'child.deleted'],
  evaluate({ t, status }) {
    if (status !== 'down') return undefined;
    const evs = t.select('ike.deleted', 'child.deleted').filter((e) => e.byPeer !== true);
    // When the other side's delete is in the log too, SA_DELETED_BY_PEER tells the story.
    if (
      !evs.length ||
      t.has('dpd.dead') ||
      t.select('ike.deleted', 'child.deleted').some((e) => e.byPeer === true)
    )
      return undefined;
    return {
      confidence: 0.6,
      evidence: evs.slice(-2),
      why: 'default',
      vars: { peer: t.remote.address ?? '?' },
    };
  },
  examples: {
    fire: [
      {
        name: 'strongSwan: local delete after the tunnel was up',
        log: `Nov 24 10:00:00 moon charon: 11[IKE] <home|1> CHILD_SA home{1} established with SPIs c1a5e1b2_i c8b2f3a4_o and TS 10.1.0.0/16 === 10.2.0.0/16
Nov 24 10:10:00 moon charon: 12[IKE] <home|1> deleting IKE_SA home[1] between 192.0.2.1[moon]...192.0.2.2[sun]
Nov 24 10:10:00 moon charon: 12[IKE] <home|1> sending DELETE for IKE_SA home[1]`,
      },
    ],
    silent: [
      {
        name: 'peer deleted it',
        log: `Nov 24 10:00:00 moon charon: 11[IKE] <home|1> CHILD_SA home{1} established with SPIs c1a5e1b2_i c8b2f3a4_o and TS 10.1.0.0/16 === 10.2.0.0/16
Nov 24 10:10:00 moon charon: 12[IKE] <home|1> received DELETE for IKE_SA home[1]`,
      },
    ],
  },
};
export default rule;
