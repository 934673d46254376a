// Small helpers shared by the FortiGate pattern files.
import type { Endpoint, EventDraft } from '../../core/model.js';

/** An endpoint from an address and an optional port text. Masked addresses pass as they are. */
export function ep(address?: string, port?: string): Endpoint {
  const e: Endpoint = {};
  if (address) e.address = address;
  if (port !== undefined && port !== '' && /^\d{1,5}$/.test(port)) {
    const n = Number(port);
    if (n <= 65535) e.port = n;
  }
  return e;
}

/** Whether the prefix named a phase-2 (the line concerns a child SA / quick mode). */
export function isChild(base: Partial<EventDraft>): boolean {
  return base.details?.phase2 !== undefined || base.details?.phase2Serial !== undefined;
}
