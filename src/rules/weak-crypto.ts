// WEAK_CRYPTO (finding): DES, 3DES, MD5, SHA1, DH groups 1/2/5, aggressive mode with a pre-shared
// key, or IKEv1 itself (RFC 8247 §2, RFC 8221 §5, NIST SP 800-77r1 §3).
import { parseAlgorithm, weakness } from '../core/algorithms.js';
import type { IkeEvent } from '../core/model.js';
import type { Rule } from '../core/rule.js';
import { usesPsk } from './util.js';

const rule: Rule = {
  code: 'WEAK_CRYPTO',
  kind: 'finding',
  severity: 'warning',
  rank: 0,
  needs: [],
  evaluate({ t }) {
    const found = new Map<string, IkeEvent>();
    for (const e of t.events('weak.crypto')) {
      const alg = String(e.details?.algorithm ?? e.reason ?? '?');
      if (!found.has(alg)) found.set(alg, e);
    }
    for (const e of t.select('proposal.selected', 'child.established', 'ike.established')) {
      for (const p of e.proposals ?? []) {
        for (const tok of p.replace(/^[A-Z]{2,4}:/, '').split(/[/,\s]+/)) {
          const a = parseAlgorithm(tok);
          if (a && weakness(a) && !found.has(a.name)) found.set(a.name, e);
        }
      }
    }
    const aggr = t
      .select('ike.initiate', 'ike.respond', 'msg.received', 'msg.sent')
      .find((e) => e.mode === 'aggressive' || e.exchange === 'AGGRESSIVE_MODE');
    if (aggr && usesPsk(t)) found.set('aggressive-mode-psk', aggr);
    const ikev1 = t.ikeVersion === 1;
    if (!found.size && !ikev1) return undefined;
    const evidence = [...found.values()];
    // The first IKEv1 event is kept whole (the first of its kind); timeline entries have no text.
    const v1ev = t.keptEvents().find((e) => e.ikeVersion === 1);
    if (ikev1 && v1ev && !evidence.length) evidence.push(v1ev);
    const list = [...found.keys(), ...(ikev1 ? ['IKEv1'] : [])];
    return {
      confidence: 0.9,
      evidence,
      why: found.size ? 'algorithms' : 'ikev1',
      vars: { list: list.join(', ') },
      details: { algorithms: list.join(','), ...(ikev1 ? { ikev1: true } : {}) },
      severity: found.size ? 'warning' : 'info',
    };
  },
  examples: {
    fire: [
      {
        name: 'pluto warns about DES',
        log: `Nov 24 10:00:00 gw pluto[1]: "abc" #1895: You should NOT use insecure IKE algorithms (OAKLEY_DES_CBC)!`,
      },
    ],
    silent: [
      {
        name: 'modern IKEv2 tunnel',
        log: `Nov 24 10:00:00 moon charon: 11[IKE] <home|1> IKE_SA home[1] established between 192.0.2.1[moon]...192.0.2.2[sun]`,
      },
    ],
  },
};
export default rule;
