// NAT_T_BLOCKED: NAT was detected, IKE floated to UDP 4500, and from then on the peer never
// answered (or the device said so): UDP 4500 is filtered somewhere on the path.
import type { IkeEvent } from '../core/model.js';
import type { Rule } from '../core/rule.js';
import { NAT_T_PORT } from '../core/ike-tables.js';

const rule: Rule = {
  code: 'NAT_T_BLOCKED',
  kind: 'verdict',
  severity: 'error',
  rank: 40,
  needs: ['nat.blocked', 'nat.detected'],
  evaluate({ t }) {
    const direct = t.events('nat.blocked');
    if (direct.length)
      return {
        confidence: 0.9,
        evidence: direct.slice(-3),
        why: 'direct',
        vars: { peer: t.remote.address ?? '?' },
      };
    // In order of time: a tunnel merged from both ends' logs holds the events of two files.
    const natEv = t.latest(t.events('nat.detected').filter((e) => e.details?.where !== 'none'));
    if (!natEv) return undefined;
    const after = (e: IkeEvent) => t.order(e) > t.order(natEv);
    const timeout = t.events('ike.timeout').filter(after);
    const retrans = t.events('msg.retransmit').filter(after);
    const got4500 = t
      .events('msg.received')
      .some((e) => after(e) && (e.local?.port === NAT_T_PORT || e.remote?.port === NAT_T_PORT));
    if (!timeout.length || got4500 || t.has('ike.established')) return undefined;
    return {
      confidence: 0.75,
      evidence: [natEv, ...retrans.slice(0, 1), ...timeout.slice(-1)],
      why: 'afterNat',
      vars: { peer: t.remote.address ?? '?' },
    };
  },
  examples: {
    fire: [
      {
        name: 'strongSwan: NAT found, IKE_AUTH on 4500 never answered',
        log: `Nov 24 10:00:00 moon charon: 10[IKE] <home|1> local host is behind NAT, sending keep alives
Nov 24 10:00:00 moon charon: 10[NET] <home|1> sending packet: from 10.0.0.1[4500] to 192.0.2.2[4500] (380 bytes)
Nov 24 10:00:04 moon charon: 12[IKE] <home|1> retransmit 1 of request with message ID 1
Nov 24 10:00:30 moon charon: 13[IKE] <home|1> giving up after 5 retransmits`,
      },
    ],
    silent: [
      {
        name: 'NAT-T tunnel that works',
        log: `Nov 24 10:00:00 moon charon: 10[IKE] <home|1> local host is behind NAT, sending keep alives
Nov 24 10:00:00 moon charon: 11[IKE] <home|1> IKE_SA home[1] established between 10.0.0.1[moon]...192.0.2.2[sun]`,
      },
    ],
  },
};
export default rule;
