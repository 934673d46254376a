// MODE_MISMATCH: IKEv1 main vs aggressive mode, or tunnel vs transport mode.
import type { Rule } from '../core/rule.js';

const rule: Rule = {
  code: 'MODE_MISMATCH',
  kind: 'verdict',
  severity: 'error',
  rank: 6,
  needs: ['mode.mismatch'],
  evaluate({ t }) {
    const evs = t.events('mode.mismatch');
    const e = evs[evs.length - 1];
    if (!e) return undefined;
    return {
      confidence: 0.9,
      evidence: evs.slice(-3),
      why: 'default',
      vars: { expected: String(e.details?.expected ?? '?'), got: String(e.details?.got ?? '?') },
      details: { ...(e.details ?? {}), ...(e.reason ? { vendorReason: e.reason } : {}) },
    };
  },
  examples: {
    fire: [
      {
        name: 'strongSwan: aggressive mode offered to a main mode config',
        log: `Nov 24 10:00:00 sun charon: 05[IKE] <home|1> Aggressive Mode PSK disabled for security reasons`,
      },
    ],
    silent: [
      {
        name: 'main mode that worked',
        log: `Nov 24 10:00:00 gw pluto[1]: "abc" #1: sent MR3, ISAKMP SA established`,
      },
    ],
  },
};
export default rule;
