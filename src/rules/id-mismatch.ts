// ID_MISMATCH: the identity the peer presents is not the one configured for it.
import type { Rule, RuleHit } from '../core/rule.js';
import { identityNotInCert, noPeerConfigAtAuth, phase1InvalidId } from './util.js';

const rule: Rule = {
  code: 'ID_MISMATCH',
  kind: 'verdict',
  severity: 'error',
  rank: 35,
  needs: ['id.mismatch', 'peer.not-configured', 'cert.invalid', 'notify.received', 'notify.sent'],
  evaluate({ t }): RuleHit | undefined {
    const notInCert = identityNotInCert(t);
    if (notInCert)
      return {
        confidence: 0.8,
        evidence: notInCert.evidence,
        why: 'notInCert',
        vars: { id: notInCert.id, subject: notInCert.subject, peer: t.remote.address ?? '?' },
        details: { presentedId: notInCert.id, certificateSubject: notInCert.subject },
      };
    const atAuth = noPeerConfigAtAuth(t);
    if (atAuth.length && !t.has('id.mismatch'))
      return {
        confidence: 0.8,
        evidence: atAuth.slice(-2),
        why: 'noPeerConfig',
        vars: { id: t.remote.id ?? '?', peer: t.remote.address ?? '?' },
        details: t.remote.id ? { presentedId: t.remote.id } : ({} as Record<string, string>),
      };
    const evs = t.select('id.mismatch');
    const last = evs[evs.length - 1];
    if (!last) {
      const invalidId = phase1InvalidId(t);
      if (!invalidId.length) return undefined;
      return {
        confidence: 0.75,
        evidence: invalidId.slice(-2),
        why: 'invalidIdPhase1',
        vars: { peer: t.remote.address ?? '?' },
        details: { notify: 'INVALID_ID_INFORMATION' },
      };
    }
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
        name: 'IKEv1 main mode: the peer refuses our identity with INVALID_ID_INFORMATION',
        log: `Nov 24 10:00:00 moon charon: 11[IKE] <home|1> initiating Main Mode IKE_SA home[1] to 192.0.2.2
Nov 24 10:00:01 moon charon: 11[ENC] <home|1> generating ID_PROT request 0 [ ID HASH N(INITIAL_CONTACT) ]
Nov 24 10:00:01 moon charon: 12[ENC] <home|1> parsed INFORMATIONAL_V1 request 3942016154 [ N(INVAL_ID) ]
Nov 24 10:00:01 moon charon: 12[IKE] <home|1> received INVALID_ID_INFORMATION error notify`,
      },
      {
        name: 'strongSwan: no peer config for the presented identity',
        log: `Nov 24 10:00:00 sun charon: 07[CFG] <1> looking for peer configs matching 192.0.2.2[sun]...192.0.2.1[bad-id]
Nov 24 10:00:00 sun charon: 07[CFG] <1> no matching peer config found`,
      },
    ],
    silent: [
      {
        name: 'IKEv1 quick mode INVALID_ID_INFORMATION (the proxy IDs, TS_MISMATCH)',
        log: `Nov 24 10:00:00 moon charon: 11[IKE] <home|1> IKE_SA home[1] established between 192.0.2.1[moon]...192.0.2.2[sun]
Nov 24 10:00:01 moon charon: 11[ENC] <home|1> generating QUICK_MODE request 2833745433 [ HASH SA No ID ID ]
Nov 24 10:00:01 moon charon: 12[ENC] <home|1> parsed INFORMATIONAL_V1 request 3942016154 [ HASH N(INVAL_ID) ]
Nov 24 10:00:01 moon charon: 12[IKE] <home|1> received INVALID_ID_INFORMATION error notify`,
      },
      {
        name: 'a tunnel that came up',
        log: `Nov 24 10:00:00 moon charon: 11[IKE] <home|1> IKE_SA home[1] established between 192.0.2.1[moon]...192.0.2.2[sun]
Nov 24 10:00:00 moon charon: 11[IKE] <home|1> CHILD_SA home{1} established with SPIs c1a5e1b2_i c8b2f3a4_o and TS 10.1.0.0/16 === 10.2.0.0/16`,
      },
    ],
  },
};
export default rule;
