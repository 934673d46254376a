// CERT_INVALID: the peer's certificate is untrusted, expired, revoked or does not match its identity.
import type { Rule } from '../core/rule.js';
import { identityNotInCert } from './util.js';

const rule: Rule = {
  code: 'CERT_INVALID',
  kind: 'verdict',
  severity: 'error',
  rank: 32,
  needs: ['cert.invalid'],
  evaluate({ t }) {
    if (identityNotInCert(t)) return undefined;
    const evs = t.select('cert.invalid');
    const last = evs[evs.length - 1];
    if (!last) return undefined;
    const reason = evs.find((e) => e.reason)?.reason;
    return {
      confidence: 0.9,
      evidence: evs.slice(-3),
      why: reason ? 'withReason' : 'default',
      vars: { peer: t.remote.address ?? '?', reason: reason ?? '' },
      details: reason ? { vendorReason: reason } : ({} as Record<string, string>),
    };
  },
  examples: {
    fire: [
      {
        name: 'strongSwan: untrusted CA',
        log: `Nov 24 10:00:00 sun charon: 07[CFG] <home|1> no trusted RSA public key found for 'moon.example.org'`,
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
