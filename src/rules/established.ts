// ESTABLISHED: the tunnel's last state is up (a child SA / IPsec SA / phase 2 is installed).
import type { Rule } from '../core/rule.js';
import { lastOf } from './util.js';

const rule: Rule = {
  code: 'ESTABLISHED',
  kind: 'verdict',
  severity: 'info',
  rank: 0,
  needs: ['child.established', 'tunnel.up', 'ike.established'],
  evaluate({ t, status }) {
    if (status !== 'established') return undefined;
    const child = lastOf(t, 'child.established', 'tunnel.up');
    const ike = t.last('ike.established');
    const evidence = [ike, child].filter((e) => e !== undefined);
    const spis = child?.spiIn || child?.spiOut ? `${child.spiIn ?? '?'}/${child.spiOut ?? '?'}` : '';
    return {
      confidence: child?.kind === 'child.established' ? 1 : 0.8,
      evidence,
      why: spis ? 'withSpis' : 'default',
      vars: { spis },
      details: {
        ...(child?.spiIn ? { spiIn: child.spiIn } : {}),
        ...(child?.spiOut ? { spiOut: child.spiOut } : {}),
      },
    };
  },
  examples: {
    fire: [
      {
        name: 'strongSwan initiator, IKE and CHILD_SA up',
        log: `Nov 24 10:00:00 moon charon: 11[IKE] <home|1> IKE_SA home[1] established between 192.0.2.1[moon]...192.0.2.2[sun]
Nov 24 10:00:00 moon charon: 11[IKE] <home|1> CHILD_SA home{1} established with SPIs c1a5e1b2_i c8b2f3a4_o and TS 10.1.0.0/16 === 10.2.0.0/16`,
      },
      {
        name: 'Openswan responder, quick mode done',
        log: `Nov 24 22:49:46 gw pluto[585]: "abc" #624: sent MR3, ISAKMP SA established
Nov 24 22:49:47 gw pluto[585]: "abc" #625: STATE_QUICK_R2: IPsec SA established`,
      },
    ],
    silent: [
      {
        name: 'IKE SA up but the child SA was refused',
        log: `Nov 24 10:00:00 moon charon: 11[IKE] <home|1> IKE_SA home[1] established between 192.0.2.1[moon]...192.0.2.2[sun]
Nov 24 10:00:00 moon charon: 11[IKE] <home|1> received TS_UNACCEPTABLE notify, no CHILD_SA built`,
      },
      {
        name: 'up, then the peer was declared dead',
        log: `Nov 24 10:00:00 moon charon: 11[IKE] <home|1> CHILD_SA home{1} established with SPIs c1a5e1b2_i c8b2f3a4_o and TS 10.1.0.0/16 === 10.2.0.0/16
Nov 24 10:05:00 moon charon: 11[IKE] <home|1> giving up after 5 retransmits`,
      },
    ],
  },
};
export default rule;
