// MODE_MISMATCH: IKEv1 main vs aggressive mode, or tunnel vs transport mode.
import type { Rule, RuleHit } from '../core/rule.js';

const rule: Rule = {
  code: 'MODE_MISMATCH',
  kind: 'verdict',
  severity: 'error',
  rank: 6,
  needs: ['mode.mismatch'],
  evaluate({ t }): RuleHit | undefined {
    const evs = t.events('mode.mismatch');
    const e = evs[evs.length - 1];
    if (!e) return undefined;
    // The peer's notify alone says that it refused the IKEv1 exchange type, not which it wants.
    const refused = e.notify === 'UNSUPPORTED_EXCHANGE_TYPE' || e.notify === 'INVALID_EXCHANGE_TYPE';
    if (refused && e.details?.expected === undefined)
      return {
        confidence: 0.75,
        evidence: evs.slice(-3),
        why: 'exchangeRefused',
        vars: { notify: e.notify!, mode: t.mode ?? '?' },
        details: { notify: e.notify!, ...(t.mode ? { got: t.mode } : {}) },
      };
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
      {
        name: 'strongSwan Aggressive Mode initiator told UNSUPPORTED-EXCHANGE-TYPE (opnsense/core issue 6269)',
        log: `[IKE] initiating Aggressive Mode IKE_SA con1[5] to 203.0.113.40
[ENC] parsed INFORMATIONAL_V1 request 0 [ N((29)) ]
[IKE] received (29) error notify`,
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
