// IKE_PROPOSAL_MISMATCH: the IKE SA (phase 1) proposals of the two ends have nothing in common.
// Names the parameter when the log shows both offers or says which transform was rejected.
import type { Rule } from '../core/rule.js';
import { findMismatch, inIkeSetup, mismatchDetails, mismatchVars, notifies } from './util.js';

const rule: Rule = {
  code: 'IKE_PROPOSAL_MISMATCH',
  kind: 'verdict',
  severity: 'error',
  rank: 20,
  needs: ['proposal.none', 'proposal.mismatch', 'notify.received', 'notify.sent'],
  evaluate({ t }) {
    const none = t
      .events('proposal.none')
      .filter((e) => (e.scope ?? 'ike') === 'ike' && e.details?.candidate !== true);
    const explicit = t.events('proposal.mismatch').filter((e) => (e.scope ?? 'ike') === 'ike');
    const noProp = notifies(t, 'NO_PROPOSAL_CHOSEN').filter(inIkeSetup);
    const invalidKe = notifies(t, 'INVALID_KE_PAYLOAD');
    if (!none.length && !explicit.length && !noProp.length) return undefined;
    if (t.has('peer.not-configured') && !none.length && !explicit.length) return undefined;
    const { m, evidence } = findMismatch(t, 'ike');
    const ev = [
      ...evidence,
      ...none.slice(-2),
      ...explicit.slice(-2),
      ...noProp.slice(-2),
      ...invalidKe.slice(-1),
    ];
    // This side's own refusal, or a transform named as rejected; a notify the peer sent says only
    // that the peer found nothing acceptable (or has no connection for us).
    const ownDetail = none.some((e) => e.byPeer !== true) || explicit.length > 0;
    // Only the peer's NO_PROPOSAL_CHOSEN: the responder may also have no connection for us.
    const why = m ? 'param' : ownDetail ? 'local' : 'peerSaid';
    const vendorReason = [...none, ...explicit].find((e) => e.reason)?.reason;
    return {
      confidence: m ? 0.95 : ownDetail ? 0.85 : 0.65,
      evidence: ev,
      why,
      vars: { ...mismatchVars(m), peer: t.remote.address ?? '?' },
      details: { ...mismatchDetails(m), ...(vendorReason ? { vendorReason } : {}) },
    };
  },
  examples: {
    fire: [
      {
        name: 'strongSwan initiator gets N(NO_PROP) to IKE_SA_INIT',
        log: `Nov 24 10:00:00 moon charon: 10[ENC] <home|1> parsed IKE_SA_INIT response 0 [ N(NO_PROP) ]
Nov 24 10:00:00 moon charon: 10[IKE] <home|1> received NO_PROPOSAL_CHOSEN notify error`,
      },
      {
        name: 'strongSwan responder names the offers',
        log: `Nov 24 10:00:00 sun charon: 05[CFG] <home|1> received proposals: IKE:AES_CBC_128/HMAC_SHA2_256_128/PRF_HMAC_SHA2_256/MODP_2048
Nov 24 10:00:00 sun charon: 05[CFG] <home|1> configured proposals: IKE:AES_CBC_256/HMAC_SHA2_256_128/PRF_HMAC_SHA2_256/MODP_2048
Nov 24 10:00:00 sun charon: 05[IKE] <home|1> received proposals unacceptable`,
      },
    ],
    silent: [
      {
        name: 'NO_PROPOSAL_CHOSEN for the CHILD_SA only',
        log: `Nov 24 10:00:00 moon charon: 11[ENC] <home|1> parsed IKE_AUTH response 1 [ IDr AUTH N(NO_PROP) ]
Nov 24 10:00:00 moon charon: 11[IKE] <home|1> IKE_SA home[1] established between 192.0.2.1[moon]...192.0.2.2[sun]`,
      },
      {
        // The notify is how Libreswan 5 refuses a peer it has no connection for, not a proposal verdict.
        name: 'Libreswan 5 responder without a connection for the peer',
        log: `Nov 24 10:00:00 gw pluto[1234]: packet from 198.51.100.7:500: responding to IKE_SA_INIT request with Message ID 0 with unencrypted notification NO_PROPOSAL_CHOSEN, no suitable connection found with IKEv2 policy`,
      },
    ],
  },
};
export default rule;
