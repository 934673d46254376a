// CHILD_PROPOSAL_MISMATCH: the IKE SA came up (or got to IKE_AUTH / quick mode) but the child SA
// (IPsec SA, phase 2) proposals have nothing in common.
import type { Rule } from '../core/rule.js';
import {
  childFailure,
  findMismatch,
  inIkeSetup,
  mismatchDetails,
  mismatchVars,
  notifies,
  TS_REFUSALS,
} from './util.js';

const rule: Rule = {
  code: 'CHILD_PROPOSAL_MISMATCH',
  kind: 'verdict',
  severity: 'error',
  rank: 22,
  needs: ['proposal.none', 'proposal.mismatch', 'notify.received', 'notify.sent', 'child.failed'],
  evaluate({ t }) {
    const none = t
      .events('proposal.none')
      .filter((e) => e.scope === 'child' && e.details?.candidate !== true);
    const explicit = t.events('proposal.mismatch').filter((e) => e.scope === 'child');
    const noProp = notifies(t, 'NO_PROPOSAL_CHOSEN').filter((e) => !inIkeSetup(e));
    if (!none.length && !explicit.length && !noProp.length) {
      // pluto's own guess when quick mode gets no answer at all: "No acceptable response to our
      // first Quick Mode message: perhaps peer likes no proposal". The peer dropped our proposal
      // (or its selectors, or its PFS group) without a word: weaker than a notify.
      const guess = t.events('child.failed').filter((e) => e.details?.hint === 'proposal');
      const otherCause =
        t.has('ts.mismatch') || t.has('pfs.mismatch') || notifies(t, ...TS_REFUSALS).length > 0;
      if (!guess.length || otherCause) return undefined;
      return {
        confidence: 0.55,
        evidence: guess.slice(-2),
        why: 'noAnswer',
        vars: { peer: t.remote.address ?? '?' },
      };
    }
    const { m, evidence } = findMismatch(t, 'child');
    // A PFS group on one side only is its own verdict.
    if (m?.param === 'dh_group' || t.has('pfs.mismatch')) return undefined;
    const vendorReason = [...none, ...explicit].find((e) => e.reason)?.reason;
    return childFailure(t, {
      confidence: m ? 0.95 : none.length || explicit.length ? 0.85 : 0.75,
      evidence: [...evidence, ...none.slice(-2), ...explicit.slice(-2), ...noProp.slice(-2)],
      why: m ? 'param' : 'default',
      vars: { ...mismatchVars(m), peer: t.remote.address ?? '?' },
      details: { ...mismatchDetails(m), ...(vendorReason ? { vendorReason } : {}) },
    });
  },
  examples: {
    fire: [
      {
        name: 'Openswan `ipsec auto --up` output: quick mode never answered',
        log: `004 "MyConnection" #114: STATE_MAIN_I4: ISAKMP SA established {auth=OAKLEY_PRESHARED_KEY cipher=aes_256 prf=oakley_sha group=modp1024}
117 "MyConnection" #115: STATE_QUICK_I1: initiate
031 "MyConnection" #115: max number of retransmissions (2) reached STATE_QUICK_I1.  No acceptable response to our first Quick Mode message: perhaps peer likes no proposal`,
      },
      {
        name: 'strongSwan initiator: IKE_AUTH answered with N(NO_PROP)',
        log: `Nov 24 10:00:00 moon charon: 11[ENC] <home|1> parsed IKE_AUTH response 1 [ IDr AUTH N(NO_PROP) ]
Nov 24 10:00:00 moon charon: 11[IKE] <home|1> received NO_PROPOSAL_CHOSEN notify, no CHILD_SA built`,
      },
    ],
    silent: [
      {
        name: 'quick mode unanswered, but the peer said the selectors are the problem',
        log: `Nov 24 10:00:00 gw pluto[811]: "office" #1: STATE_MAIN_I4: ISAKMP SA established {auth=PRESHARED_KEY cipher=AES_CBC_256 integ=HMAC_SHA2_256 group=MODP2048}
Nov 24 10:00:00 gw pluto[811]: "office" #2: initiating Quick Mode PSK+ENCRYPT+TUNNEL+PFS+UP+IKEV1_ALLOW+IKE_FRAG_ALLOW+ESN_NO {using isakmp#1 msgid:1a2b3c4d proposal=AES_CBC_256-HMAC_SHA2_256_128-MODP2048 pfsgroup=MODP2048}
Nov 24 10:00:01 gw pluto[811]: "office" #1: ignoring informational payload INVALID_ID_INFORMATION, msgid=00000000, length=12
Nov 24 10:00:31 gw pluto[811]: "office" #2: STATE_QUICK_I1: 30 second timeout exceeded after 5 retransmits.  No acceptable response to our first Quick Mode message: perhaps peer likes no proposal`,
      },
      {
        name: 'NO_PROPOSAL_CHOSEN to IKE_SA_INIT is phase 1',
        log: `Nov 24 10:00:00 moon charon: 10[ENC] <home|1> parsed IKE_SA_INIT response 0 [ N(NO_PROP) ]`,
      },
    ],
  },
};
export default rule;
