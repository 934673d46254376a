// STALE_SA: a message referred to an SA this side does not know: expired, deleted, or from
// before one end restarted (INVALID_SPI, unknown IKE SA, Delete for a missing SA).
import type { Rule } from '../core/rule.js';
import { notifies } from './util.js';

const rule: Rule = {
  code: 'STALE_SA',
  kind: 'verdict',
  severity: 'warning',
  rank: 70,
  needs: ['sa.unknown', 'notify.received', 'notify.sent', 'ike.deleted'],
  evaluate({ t }) {
    // An IKE SA destroyed because the peer came back with INITIAL_CONTACT was stale: the peer
    // had restarted and forgotten it.
    const replaced = t.events('ike.deleted').filter((e) => e.details?.duplicate === true);
    const evs = [
      ...t.events('sa.unknown'),
      ...notifies(t, 'INVALID_SPI', 'INVALID_IKE_SPI'),
      ...replaced,
    ].sort((a, b) => a.seq - b.seq);
    if (!evs.length) return undefined;
    const spi = evs.find((e) => e.spiIn ?? e.spiOut);
    return {
      confidence: 0.8,
      evidence: evs.slice(-3),
      why: 'default',
      vars: { peer: t.remote.address ?? '?', count: evs.length },
      details: { count: t.count('sa.unknown'), ...(spi ? { spi: spi.spiIn ?? spi.spiOut ?? '' } : {}) },
    };
  },
  examples: {
    fire: [
      {
        name: 'pluto ignores a Delete for a missing SA',
        log: `Nov 24 10:00:00 gw pluto[1]: "g2gips3" #497: ignoring Delete SA payload: PROTO_IPSEC_ESP SA(0x64743869) not found (maybe expired)`,
      },
    ],
    silent: [
      {
        name: 'normal delete',
        log: `Nov 24 10:10:00 moon charon: 12[IKE] <home|1> received DELETE for IKE_SA home[1]`,
      },
    ],
  },
};
export default rule;
