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
        name: 'strongSwan (lab): IKE_AUTH with a certificate, 1696 bytes unfragmented, never answered',
        log: `Nov 24 16:11:10 08[NET] <lab|1> sending packet: from 192.0.2.1[500] to 198.51.100.2[500] (456 bytes)
Nov 24 16:11:10 15[NET] <lab|1> received packet: from 198.51.100.2[500] to 192.0.2.1[500] (489 bytes)
Nov 24 16:11:10 15[ENC] <lab|1> parsed IKE_SA_INIT response 0 [ SA KE No N(NATD_S_IP) N(NATD_D_IP) CERTREQ N(HASH_ALG) N(CHDLESS_SUP) N(MULT_AUTH) ]
Nov 24 16:11:10 15[ENC] <lab|1> generating IKE_AUTH request 1 [ IDi CERT N(INIT_CONTACT) CERTREQ IDr AUTH SA TSi TSr N(MULT_AUTH) N(EAP_ONLY) N(MSG_ID_SYN_SUP) ]
Nov 24 16:11:10 15[NET] <lab|1> sending packet: from 192.0.2.1[500] to 198.51.100.2[500] (1696 bytes)
Nov 24 16:11:11 16[IKE] <lab|1> retransmit 1 of request with message ID 1
Nov 24 16:11:11 16[NET] <lab|1> sending packet: from 192.0.2.1[500] to 198.51.100.2[500] (1696 bytes)
Nov 24 16:11:14 06[IKE] <lab|1> giving up after 2 retransmits
Nov 24 16:11:14 06[IKE] <lab|1> establishing IKE_SA failed, peer not responding`,
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
