// Joining an ipsec.secrets given on its own to the ipsec.conf it belongs to. The ipsec.conf parsers
// read the secrets file beside them (`<x>ipsec.conf` → `<x>ipsec.secrets`); when the two arrive
// under other names, the caller links them with this.
import type { ParsedConfig, Value } from '../../core/policy.js';
import type { SwanConfig } from './common.js';
import { idText } from './common.js';
import { pskFor } from './secrets.js';

/**
 * Fill `pskPresent` of the tunnels that have none from a parsed ipsec.secrets (format
 * `ipsec-secrets`). Returns how many tunnels were filled. Tunnels keep a value they already have.
 */
export function linkSecrets(conf: ParsedConfig, secrets: SwanConfig): number {
  const entries = secrets.secrets ?? [];
  let n = 0;
  for (const t of conf.tunnels) {
    if (t.pskPresent) continue;
    const local = [t.localId?.value, t.localAddress?.value].filter((x): x is string => !!x);
    const remote = [t.remoteId?.value, t.peer?.value].filter((x): x is string => !!x);
    const hit = pskFor(entries, local.map(idText), remote.map(idText));
    let v: Value<boolean> | undefined;
    if (hit) v = { value: true, src: hit.src };
    else if (t.auth?.value === 'psk' || t.auth?.value === 'xauth-psk') v = t.auth.src ? { value: false, src: t.auth.src } : { value: false };
    if (v) {
      t.pskPresent = v;
      n++;
    }
  }
  return n;
}
