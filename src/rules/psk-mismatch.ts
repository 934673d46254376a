// PSK_MISMATCH: the two ends hold different pre-shared keys.
// Direct evidence: a MAC/hash check that failed, or the vendor saying so. Indirect (one side
// alone): an IKEv1 initiator whose peer keeps resending main-mode message 4 after our message 5
// (the peer cannot decrypt message 5), or AUTHENTICATION_FAILED after a PSK exchange.
import type { Rule } from '../core/rule.js';
import { notifies, usesCert, usesPsk } from './util.js';

const rule: Rule = {
  code: 'PSK_MISMATCH',
  kind: 'verdict',
  severity: 'error',
  rank: 30,
  needs: [
    'psk.mismatch',
    'ike.auth.failed',
    'notify.received',
    'msg.retransmit',
    'ike.timeout',
    'msg.invalid',
  ],
  evaluate({ t }) {
    const direct = t.events('psk.mismatch');
    if (direct.length) {
      const r = direct.find((e) => e.reason)?.reason;
      return {
        confidence: 0.95,
        evidence: direct.slice(-3),
        why: 'direct',
        vars: { peer: t.remote.address ?? '?' },
        details: r ? { vendorReason: r } : ({} as Record<string, string>),
      };
    }
    const authFail = t
      .events('ike.auth.failed')
      .filter(
        (e) =>
          e.details?.cause === 'psk' ||
          (typeof e.details?.method === 'string' && /psk|pre-?shared|secret/i.test(e.details.method)),
      );
    if (authFail.length)
      return {
        confidence: 0.9,
        evidence: authFail.slice(-3),
        why: 'authCheck',
        vars: { peer: t.remote.address ?? '?' },
      };
    // IKEv1 main mode stuck after message 5 (our encrypted ID/HASH).
    const mm5 = t
      .select('msg.retransmit', 'ike.timeout', 'msg.invalid')
      .filter(
        (e) =>
          (e.exchange === 'MAIN_MODE' && (e.msgNo === 5 || e.msgNo === 4)) ||
          /MAIN_I3|MAIN_R2|MM_KEY_EXCH|MM5|MM4/.test(e.state ?? '') ||
          e.details?.afterFirstMessage === true,
      );
    if (mm5.length && (t.ikeVersion ?? 1) === 1 && !t.has('ike.established') && !usesCert(t)) {
      return {
        confidence: 0.75,
        evidence: mm5.slice(-3),
        why: 'mainMode5',
        vars: { peer: t.remote.address ?? '?' },
      };
    }
    const af = notifies(t, 'AUTHENTICATION_FAILED');
    if (af.length && usesPsk(t) && !t.has('id.mismatch') && !t.has('cert.invalid') && !t.has('eap.failed'))
      return {
        confidence: 0.6,
        evidence: af.slice(-2),
        why: 'authFailedPsk',
        vars: { peer: t.remote.address ?? '?' },
      };
    return undefined;
  },
  examples: {
    fire: [
      {
        name: 'strongSwan responder: MAC mismatched',
        log: `Nov 24 10:00:00 sun charon: 07[IKE] <home|1> tried 1 shared key for 'sun' - 'moon', but MAC mismatched`,
      },
      {
        name: 'IKEv1 strongSwan: hash payload cannot be decrypted',
        log: `Nov 24 10:00:00 sun charon: 07[IKE] <home|1> invalid HASH_V1 payload length, decryption failed?`,
      },
    ],
    silent: [
      {
        name: 'PSK authentication worked',
        log: `Nov 24 10:00:00 moon charon: 11[IKE] <home|1> authentication of 'sun' with pre-shared key successful`,
      },
    ],
  },
};
export default rule;
