// PEER_UNREACHABLE: our first messages were never answered (retransmits exhausted) and nothing
// was ever received from the peer in that attempt.
import type { Rule } from '../core/rule.js';
import { phaseRank } from '../core/model.js';

const rule: Rule = {
  code: 'PEER_UNREACHABLE',
  kind: 'verdict',
  severity: 'error',
  rank: 80,
  needs: ['ike.timeout', 'msg.retransmit'],
  evaluate({ t }) {
    const timeout = t.last('ike.timeout');
    const received = t.count('msg.received') + t.count('notify.received');
    if (!timeout) return undefined;
    if (phaseRank(t.phase) > phaseRank('IKE_SA_INIT') && received > 0) return undefined;
    if (timeout.details?.afterFirstMessage === true || timeout.state?.includes('MAIN_I3')) return undefined;
    // A responder keeps a half-open IKE SA only because the peer's first message reached it: the
    // peer is reachable, it did not complete the exchange.
    if (timeout.role === 'responder' && timeout.details?.halfOpen === true) return undefined;
    const retransmits = t.events('msg.retransmit');
    const n = Math.max(timeout.count ?? 0, t.count('msg.retransmit'));
    return {
      confidence: received === 0 ? 0.85 : 0.6,
      evidence: [...retransmits.slice(0, 2), timeout],
      why: 'noAnswer',
      vars: { retransmits: n, peer: t.remote.address ?? '?', port: t.remote.port ?? 500 },
      details: { retransmits: n },
    };
  },
  examples: {
    fire: [
      {
        name: 'strongSwan initiator never hears back',
        log: `Nov 24 10:00:00 moon charon: 09[IKE] <home|1> initiating IKE_SA home[1] to 192.0.2.2
Nov 24 10:00:04 moon charon: 12[IKE] <home|1> retransmit 1 of request with message ID 0
Nov 24 10:00:30 moon charon: 13[IKE] <home|1> giving up after 5 retransmits
Nov 24 10:00:30 moon charon: 13[IKE] <home|1> establishing IKE_SA failed, peer not responding`,
      },
    ],
    silent: [
      {
        name: 'peer answered, then authentication failed',
        log: `Nov 24 10:00:00 moon charon: 10[ENC] <home|1> parsed IKE_SA_INIT response 0 [ SA KE No N(NATD_S_IP) N(NATD_D_IP) ]
Nov 24 10:00:00 moon charon: 11[ENC] <home|1> parsed IKE_AUTH response 1 [ N(AUTH_FAILED) ]
Nov 24 10:00:00 moon charon: 11[IKE] <home|1> received AUTHENTICATION_FAILED notify error`,
      },
      {
        name: 'strongSwan responder drops a half-open IKE SA (the peer reached it, then went silent)',
        log: `Nov 24 15:17:03 16[NET] sending packet: from 192.0.2.10[4500] to 198.51.100.20[4500] (1236 bytes)
Nov 24 15:17:33 05[JOB] deleting half open IKE_SA with 198.51.100.20 after timeout`,
      },
    ],
  },
};
export default rule;
