// TUNNEL_DOWN: the device reports the tunnel (session) went down and the log gives no cause.
import type { Rule } from '../core/rule.js';

const rule: Rule = {
  code: 'TUNNEL_DOWN',
  kind: 'verdict',
  severity: 'warning',
  rank: 90,
  needs: ['tunnel.down'],
  evaluate({ t, status }) {
    const evs = t.events('tunnel.down');
    const last = evs[evs.length - 1];
    if (!last || status === 'established') return undefined;
    return {
      confidence: 0.5,
      evidence: evs.slice(-2),
      why: last.reason ? 'withReason' : 'default',
      vars: { peer: t.remote.address ?? '?', reason: last.reason ?? '' },
      details: last.reason ? { vendorReason: last.reason } : ({} as Record<string, string>),
    };
  },
  examples: {
    fire: [
      {
        name: 'Qno router: instance disconnected',
        log: `(g2gips5)[13] 123.x.x.x #534: [Tunnel Disconnected] instance with peer 123.x.x.x {isakmp=#517/ipsec=#532}`,
      },
    ],
    silent: [
      {
        name: 'up',
        log: `Nov 24 10:00:00 moon charon: 11[IKE] <home|1> CHILD_SA home{1} established with SPIs c1a5e1b2_i c8b2f3a4_o and TS 10.1.0.0/16 === 10.2.0.0/16`,
      },
    ],
  },
};
export default rule;
