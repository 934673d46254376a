// PFS_MISMATCH: one end wants a Diffie-Hellman group for the child SA (PFS), the other none or another.
import type { Rule } from '../core/rule.js';
import { childFailure, findMismatch, mismatchDetails, mismatchVars } from './util.js';

const rule: Rule = {
  code: 'PFS_MISMATCH',
  kind: 'verdict',
  severity: 'error',
  rank: 21,
  needs: ['pfs.mismatch', 'proposal.none', 'proposal.mismatch'],
  evaluate({ t }) {
    const direct = t.events('pfs.mismatch');
    const { m, evidence } = findMismatch(t, 'child');
    if (!direct.length && m?.param !== 'dh_group') return undefined;
    const d = direct[direct.length - 1];
    const mm = m?.param === 'dh_group' ? m : undefined;
    return childFailure(t, {
      confidence: direct.length ? 0.9 : 0.85,
      evidence: [...direct.slice(-3), ...evidence],
      why: mm ? 'param' : 'default',
      vars: {
        ...mismatchVars(mm),
        peer: t.remote.address ?? '?',
        ...(d?.reason ? { reason: d.reason } : {}),
      },
      details: { ...mismatchDetails(mm), ...(d?.reason ? { vendorReason: d.reason } : {}) },
    });
  },
  examples: {
    fire: [
      {
        name: 'pluto: we want PFS, the peer offers none',
        log: `Nov 24 10:00:00 gw pluto[1]: "abc" #2: we require PFS but Quick I1 SA specifies no GROUP_DESCRIPTION`,
      },
    ],
    silent: [
      {
        name: 'quick mode completed',
        log: `Nov 24 10:00:00 gw pluto[1]: "abc" #2: STATE_QUICK_I2: sent QI2, IPsec SA established tunnel mode {ESP=>0x1234abcd <0xabcd1234 xfrm=AES_CBC_128-HMAC_SHA1_96 NATOA=none NATD=none DPD=passive}`,
      },
    ],
  },
};
export default rule;
