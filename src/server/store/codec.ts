// How a tunnel's state is kept in a row: one JSON document for the state (row, up/down,
// flapping, last failure) and one for the full report, which is rewritten less often.
import type { ReportTunnel } from '../../report/build.js';
import type { StoredTunnel } from './types.js';

/** The state document, and the report document when `withReport` (else null: keep the stored one). */
export function encodeTunnel(t: StoredTunnel, withReport = true): { state: string; report: string | null } {
  const { report, key: _key, ...state } = t;
  return { state: JSON.stringify(state), report: withReport && report ? JSON.stringify(report) : null };
}

export function decodeTunnel(key: string, state: string, report: string | null): StoredTunnel {
  const s = JSON.parse(state) as Omit<StoredTunnel, 'key' | 'report'>;
  return {
    row: s.row,
    key,
    updown: s.updown ?? null,
    context: s.context ?? {},
    flap: s.flap ?? { times: [], flapping: false },
    lastFailure: s.lastFailure ?? null,
    report: report ? (JSON.parse(report) as ReportTunnel) : null,
  };
}
