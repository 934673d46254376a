// FRAGMENTATION_DROPPED: a large IKE message (certificates, many proposals) never arrived whole:
// IP fragments dropped on the path, or IKE fragments missing (RFC 7383).
import type { Rule } from '../core/rule.js';

const rule: Rule = {
  code: 'FRAGMENTATION_DROPPED',
  kind: 'verdict',
  severity: 'error',
  rank: 45,
  needs: ['frag.dropped'],
  evaluate({ t }) {
    const evs = t.events('frag.dropped');
    if (!evs.length || t.has('ike.established')) return undefined;
    return {
      confidence: 0.8,
      evidence: evs.slice(-3),
      why: 'default',
      vars: { peer: t.remote.address ?? '?' },
    };
  },
  examples: {
    fire: [
      {
        name: 'Cisco: fragments never completed',
        log: `Nov 24 10:00:00 moon charon: 11[ENC] <home|1> received fragment #1 of 3, waiting for complete IKE message
Nov 24 10:00:30 moon charon: 13[IKE] <home|1> giving up after 5 retransmits`,
      },
    ],
    silent: [
      {
        name: 'fragments reassembled and SA up',
        log: `Nov 24 10:00:00 moon charon: 11[ENC] <home|1> received fragment #3 of 3, reassembled fragmented IKE message (1560 bytes)
Nov 24 10:00:00 moon charon: 11[IKE] <home|1> IKE_SA home[1] established between 192.0.2.1[moon]...192.0.2.2[sun]`,
      },
    ],
  },
};
export default rule;
