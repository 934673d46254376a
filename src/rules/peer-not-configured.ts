// PEER_NOT_CONFIGURED: the responder has no connection/gateway for this peer.
import type { Rule } from '../core/rule.js';
import { noPeerConfigAtAuth } from './util.js';

const rule: Rule = {
  code: 'PEER_NOT_CONFIGURED',
  kind: 'verdict',
  severity: 'error',
  rank: 10,
  needs: ['peer.not-configured'],
  evaluate({ t }) {
    const atAuth = new Set(noPeerConfigAtAuth(t));
    const evs = t.events('peer.not-configured').filter((e) => !atAuth.has(e));
    const last = evs[evs.length - 1];
    if (!last) return undefined;
    return {
      confidence: 0.95,
      evidence: evs.slice(-3),
      why: last.reason ? 'withReason' : 'default',
      vars: { peer: last.remote?.address ?? t.remote.address ?? '?', reason: last.reason ?? '' },
      details: { ...(last.reason ? { vendorReason: last.reason } : {}), count: evs.length },
    };
  },
  examples: {
    fire: [
      {
        name: 'pluto: no connection authorized for a PSK peer',
        log: `Nov 24 10:00:00 gw pluto[1234]: packet from 198.51.100.7:500: initial Main Mode message received on 192.0.2.1:500 but no connection has been authorized with policy PSK+IKEV1_ALLOW`,
      },
      {
        name: 'strongSwan responder: no IKE config',
        log: `Nov 24 10:00:00 sun charon: 05[CFG] no IKE config found for 192.0.2.2...198.51.100.7, sending NO_PROPOSAL_CHOSEN`,
      },
      {
        name: 'Libreswan 5 responder: no connection, answered with NO_PROPOSAL_CHOSEN',
        log: `Nov 24 10:00:00 gw pluto[1234]: packet from 198.51.100.7:500: responding to IKE_SA_INIT request with Message ID 0 with unencrypted notification NO_PROPOSAL_CHOSEN, no suitable connection found with IKEv2 policy`,
      },
    ],
    silent: [
      {
        name: 'a configured peer that connected',
        log: `Nov 24 10:00:00 sun charon: 11[IKE] <home|1> IKE_SA home[1] established between 192.0.2.2[sun]...192.0.2.1[moon]`,
      },
    ],
  },
};
export default rule;
