// A tunnel as `show crypto session` would list it: device, peer, description, the IKE SA's and
// the child SAs' state, the verdict. Built from the analyzer's tunnel and its report.
import { createHash } from 'node:crypto';
import type { EventKind, IkeEvent } from '../core/model.js';
import type { Tunnel } from '../core/tunnel.js';
import type { ReportTunnel } from '../report/build.js';
import type { SaStatus, StoredTunnel, TunnelRow } from './store/types.js';

/** Stable id of a tunnel: the same device and analyzer key give the same id after a restart. */
export function tunnelIdOf(key: string): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 16);
}

const IKE_UP: readonly EventKind[] = ['ike.established', 'ike.auth.ok', 'child.established', 'tunnel.up'];
const IKE_DOWN: readonly EventKind[] = ['ike.deleted', 'tunnel.down', 'dpd.dead'];
const IKE_FAIL: readonly EventKind[] = [
  'ike.timeout',
  'ike.auth.failed',
  'peer.not-configured',
  'id.mismatch',
  'mode.mismatch',
  'version.mismatch',
  'cert.invalid',
  'eap.failed',
  'psk.mismatch',
  'nat.blocked',
  'frag.dropped',
];
const IKE_TRY: readonly EventKind[] = ['ike.initiate', 'ike.respond', 'msg.sent', 'msg.received', 'msg.retransmit'];
const CHILD_UP: readonly EventKind[] = ['child.established', 'tunnel.up'];
const CHILD_DOWN: readonly EventKind[] = ['child.deleted', 'tunnel.down', 'ike.deleted', 'dpd.dead'];
const CHILD_FAIL: readonly EventKind[] = ['child.failed', 'ts.mismatch', 'pfs.mismatch', 'sa.install.failed'];
const CHILD_TRY: readonly EventKind[] = ['child.initiate'];

function lastOf(t: Tunnel, kinds: readonly EventKind[], filter?: (e: IkeEvent) => boolean): number {
  let m = -1;
  for (const k of kinds)
    for (const e of t.events(k)) {
      if (filter && !filter(e)) continue;
      const o = t.order(e);
      if (o > m) m = o;
    }
  return m;
}

function saStatus(up: number, down: number, fail: number, tried: number): SaStatus {
  const end = Math.max(down, fail);
  if (up >= 0 && up > end) return 'up';
  if (tried >= 0 && tried > end && tried > up) return 'negotiating';
  if (end >= 0) return 'down';
  return 'unknown';
}

export function saStatuses(t: Tunnel): { ike: SaStatus; child: SaStatus } {
  const ikeProposal = lastOf(t, ['proposal.none', 'proposal.mismatch'], (e) => e.scope !== 'child');
  const ike = saStatus(lastOf(t, IKE_UP), lastOf(t, IKE_DOWN), Math.max(lastOf(t, IKE_FAIL), ikeProposal), lastOf(t, IKE_TRY));
  const childProposal = lastOf(t, ['proposal.none', 'proposal.mismatch'], (e) => e.scope === 'child');
  let child = saStatus(lastOf(t, CHILD_UP), lastOf(t, CHILD_DOWN), Math.max(lastOf(t, CHILD_FAIL), childProposal), lastOf(t, CHILD_TRY));
  // No child SA outlives its IKE SA.
  if (child === 'up' && ike === 'down') child = 'down';
  return { ike, child };
}

/** Description, VRFs and peer id from the vendor's session notices (Cisco SESSION_STATUS). */
export function sessionContext(t: Tunnel): { description: string | null; context: StoredTunnel['context'] } {
  const notices = t.select('tunnel.up', 'tunnel.down');
  let description: string | null = null;
  const context: StoredTunnel['context'] = {};
  for (const e of notices) {
    const d = e.details ?? {};
    if (typeof d.description === 'string' && d.description) description = d.description;
    if (typeof d.fvrf === 'string' && d.fvrf) context.fvrf = d.fvrf;
    if (typeof d.ivrf === 'string' && d.ivrf) context.ivrf = d.ivrf;
  }
  if (t.remote.id) context.peerId = t.remote.id;
  if (t.remote.port !== undefined) context.peerPort = t.remote.port;
  return { description, context };
}

/** The list row of a tunnel (lastChange is filled by the caller, who knows whether it changed). */
export function rowOf(id: string, t: Tunnel, rt: ReportTunnel, description: string | null): Omit<TunnelRow, 'lastChange'> {
  const sa = saStatuses(t);
  const v = rt.diagnoses[0];
  return {
    id,
    device: t.origin,
    peer: t.remote.address ?? t.remote.id ?? null,
    name: rt.name,
    description,
    status: rt.status,
    ikeStatus: sa.ike,
    childStatus: sa.child,
    verdict: v ? { code: v.code, title: v.title, severity: v.severity } : null,
    attempts: rt.attempts,
  };
}

/** Same row apart from lastChange. */
export function sameRow(a: Omit<TunnelRow, 'lastChange'>, b: Omit<TunnelRow, 'lastChange'>): boolean {
  return (
    a.device === b.device &&
    a.peer === b.peer &&
    a.name === b.name &&
    a.description === b.description &&
    a.status === b.status &&
    a.ikeStatus === b.ikeStatus &&
    a.childStatus === b.childStatus &&
    a.attempts === b.attempts &&
    a.verdict?.code === b.verdict?.code &&
    a.verdict?.title === b.verdict?.title &&
    a.verdict?.severity === b.verdict?.severity
  );
}
