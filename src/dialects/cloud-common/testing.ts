// Test helpers shared by the SonicWall and cloud VPN dialect tests (not used at run time): the
// fix catalogue check and the adversarial-line runner on top of the fortigate helper's testkit.
import assert from 'node:assert/strict';
import type { Dialect } from '../../core/dialect.js';
import { adversarialLines, slowestMs } from '../fortigate/testkit.js';

/** Verdict codes a vendor's fix steps are written for. */
export const FIX_CODES = [
  'ESTABLISHED', 'PEER_UNREACHABLE', 'PEER_NOT_CONFIGURED', 'IKE_VERSION_MISMATCH', 'MODE_MISMATCH', 'IKE_PROPOSAL_MISMATCH',
  'PSK_MISMATCH', 'ID_MISMATCH', 'CERT_INVALID', 'AUTH_FAILED', 'TS_MISMATCH', 'CHILD_PROPOSAL_MISMATCH', 'PFS_MISMATCH',
  'DPD_PEER_DEAD', 'NAT_T_BLOCKED', 'SA_DELETED_BY_PEER', 'STALE_SA', 'TUNNEL_DOWN', 'REKEY_FAILED', 'LIFETIME_MISMATCH',
  'WEAK_CRYPTO', 'INCONCLUSIVE',
] as const;

export function assertFixes(family: string, en: Record<string, string>, ja: Record<string, string>): void {
  for (const c of FIX_CODES) {
    assert.ok(en[`fix.${c}.${family}`], `en fix.${c}.${family}`);
    assert.ok(ja[`fix.${c}.${family}`], `ja fix.${c}.${family}`);
  }
  assert.deepEqual(Object.keys(en).sort(), Object.keys(ja).sort(), 'en and ja have the same keys');
}

/** 64 KiB runs of the characters the dialect's regexes and scanners repeat, after plausible prefixes. */
export function assertLinear(d: Dialect, prefixes: readonly string[], extra: readonly string[] = []): void {
  const N = 65536;
  const lines = [...adversarialLines(prefixes)];
  for (const r of ['{', '}', '{"', '":', '\\"', '[SEND]', 'Remote ', ':500: ', 'a:', "'", '="', 'vpn-', '0.0.0.', 'SESSION_ID :{'])
    for (const p of ['', ...prefixes]) lines.push(p + r.repeat(Math.ceil(N / r.length)).slice(0, N));
  lines.push(...extra);
  const worst = slowestMs(d, lines);
  assert.ok(worst < 1000, `slowest adversarial line took ${worst.toFixed(0)} ms`);
}
