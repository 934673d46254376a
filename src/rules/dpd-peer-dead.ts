// DPD_PEER_DEAD: dead peer detection declared the peer dead after the tunnel had been up.
import type { Rule } from '../core/rule.js';

const rule: Rule = {
  code: 'DPD_PEER_DEAD',
  kind: 'verdict',
  severity: 'error',
  rank: 12,
  needs: ['dpd.dead'],
  evaluate({ t }) {
    const evs = t.events('dpd.dead');
    const last = evs[evs.length - 1];
    if (!last) return undefined;
    const wasUp =
      t.has('child.established') || t.has('ike.established') || t.has('tunnel.up') || t.has('dpd.enabled');
    return {
      confidence: 0.9,
      evidence: [...t.events('dpd.enabled').slice(-1), ...evs.slice(-2)],
      why: wasUp ? 'afterUp' : 'default',
      vars: { peer: last.remote?.address ?? t.remote.address ?? '?' },
      details: { count: evs.length },
    };
  },
  examples: {
    fire: [
      {
        name: 'pluto: DPD declares the peer dead',
        log: `Nov 24 10:00:00 gw pluto[1]: "abc" #12: DPD: No response from peer - declaring peer dead`,
      },
    ],
    silent: [
      {
        name: 'DPD enabled only',
        log: `Nov 24 10:00:00 gw pluto[1]: "abc" #12: Dead Peer Detection (RFC 3706): enabled`,
      },
    ],
  },
};
export default rule;
