// AUTH_FAILED: authentication failed and the log does not tell key, identity, certificate or EAP apart.
import type { Rule } from '../core/rule.js';
import { notifies } from './util.js';

const rule: Rule = {
  code: 'AUTH_FAILED',
  kind: 'verdict',
  severity: 'error',
  rank: 50,
  needs: ['ike.auth.failed', 'notify.received', 'notify.sent'],
  evaluate({ t }) {
    const evs = [
      ...t.events('ike.auth.failed'),
      ...notifies(t, 'AUTHENTICATION_FAILED', 'AUTHORIZATION_FAILED'),
    ].sort((a, b) => a.seq - b.seq);
    if (!evs.length) return undefined;
    const reason = evs.find((e) => e.reason)?.reason;
    const peerSaid = evs.every((e) => e.kind === 'notify.received');
    // This side could not sign at all (its own private key is missing or of the wrong type).
    const ownKey = evs.find((e) => e.kind === 'ike.auth.failed' && e.details?.local === true && e.reason);
    return {
      confidence: 0.7,
      evidence: evs.slice(-3),
      why: ownKey ? 'ownKey' : peerSaid ? 'peerSaid' : 'local',
      vars: { peer: t.remote.address ?? '?', ...(ownKey ? { reason: ownKey.reason! } : {}) },
      details: reason ? { vendorReason: reason } : ({} as Record<string, string>),
    };
  },
  examples: {
    fire: [
      {
        name: 'strongSwan initiator told AUTHENTICATION_FAILED',
        log: `Nov 24 10:00:00 moon charon: 11[ENC] <home|1> parsed IKE_AUTH response 1 [ N(AUTH_FAILED) ]
Nov 24 10:00:00 moon charon: 11[IKE] <home|1> received AUTHENTICATION_FAILED notify error`,
      },
      {
        name: 'Libreswan 3.x responder without the private key of its certificate',
        log: `Jun 26 18:04:18 localhost.localdomain pluto[92764]: "ikev2-remote-access"[1] 10.11.207.66 #3: Failed to find our RSA key`,
      },
    ],
    silent: [
      {
        name: 'authentication succeeded',
        log: `Nov 24 10:00:00 moon charon: 11[IKE] <home|1> authentication of 'sun' with pre-shared key successful`,
      },
    ],
  },
};
export default rule;
