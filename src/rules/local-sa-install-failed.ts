// LOCAL_SA_INSTALL_FAILED: the negotiation succeeded but the local kernel refused to install the IPsec SA or policy.
import type { Rule } from '../core/rule.js';
import { childFailure } from './util.js';

const rule: Rule = {
  code: 'LOCAL_SA_INSTALL_FAILED',
  kind: 'verdict',
  severity: 'error',
  rank: 15,
  needs: ['sa.install.failed'],
  evaluate({ t }) {
    const evs = t.select('sa.install.failed');
    const last = evs[evs.length - 1];
    if (!last) return undefined;
    const reason = evs.find((e) => e.reason)?.reason;
    return childFailure(t, {
      confidence: 0.95,
      evidence: evs.slice(-3),
      why: reason ? 'withReason' : 'default',
      vars: { peer: t.remote.address ?? '?', reason: reason ?? '' },
      details: reason ? { vendorReason: reason } : ({} as Record<string, string>),
    });
  },
  examples: {
    fire: [
      {
        name: 'Libreswan without ESP support in the kernel',
        log: `Nov 24 10:00:00 west pluto[1]: "west" #2: setup_half_ipsec_sa() hit fail:`,
      },
    ],
    silent: [
      {
        name: 'a tunnel that came up',
        log: `Nov 24 10:00:00 moon charon: 11[IKE] <home|1> IKE_SA home[1] established between 192.0.2.1[moon]...192.0.2.2[sun]
Nov 24 10:00:00 moon charon: 11[IKE] <home|1> CHILD_SA home{1} established with SPIs c1a5e1b2_i c8b2f3a4_o and TS 10.1.0.0/16 === 10.2.0.0/16`,
      },
    ],
  },
};
export default rule;
