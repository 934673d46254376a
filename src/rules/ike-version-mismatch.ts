// IKE_VERSION_MISMATCH: one end speaks IKEv1, the other only IKEv2 (or the reverse).
import type { Rule } from '../core/rule.js';
import { notifies } from './util.js';

const rule: Rule = {
  code: 'IKE_VERSION_MISMATCH',
  kind: 'verdict',
  severity: 'error',
  rank: 5,
  needs: ['version.mismatch', 'notify.received', 'notify.sent'],
  evaluate({ t }) {
    const ev = t.events('version.mismatch');
    const nt = notifies(t, 'INVALID_MAJOR_VERSION');
    const evidence = [...ev, ...nt].slice(-4);
    if (!evidence.length) return undefined;
    const e = ev[ev.length - 1];
    return {
      confidence: ev.length ? 0.95 : 0.8,
      evidence,
      // A responder that says which version its connections accept refused the peer's request.
      why: e?.details?.via !== undefined ? 'refused' : 'default',
      vars: { expected: String(e?.details?.expected ?? '?'), got: String(e?.details?.got ?? '?') },
      details: { ...(e?.details ?? {}) },
    };
  },
  examples: {
    fire: [
      {
        name: 'IKEv2 request answered with INVALID_MAJOR_VERSION',
        log: `Nov 24 10:00:00 moon charon: 10[ENC] <home|1> parsed IKE_SA_INIT response 0 [ N(INVAL_MAJOR) ]`,
      },
    ],
    silent: [
      {
        name: 'plain NO_PROPOSAL_CHOSEN',
        log: `Nov 24 10:00:00 moon charon: 10[ENC] <home|1> parsed IKE_SA_INIT response 0 [ N(NO_PROP) ]`,
      },
    ],
  },
};
export default rule;
