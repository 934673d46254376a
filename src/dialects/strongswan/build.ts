// Small constructors shared by the pattern files.
import type { Endpoint, EventDraft, EventKind, IkeVersion } from '../../core/model.js';

type Fields = Omit<Partial<EventDraft>, 'kind'>;

/** An event that keeps the prefix's details (thread, group) next to its own. */
export function mk(base: Partial<EventDraft>, kind: EventKind, fields: Fields = {}): EventDraft {
  const details = { ...(base.details ?? {}), ...(fields.details ?? {}) };
  return { ...fields, kind, details };
}

/** `10.0.0.1`, with `[500]` port and identity when given. Masked addresses (`124.x.x.x`) pass as they are. */
export function ep(address?: string, port?: string, id?: string): Endpoint {
  const e: Endpoint = {};
  if (address !== undefined && address !== '') e.address = address;
  if (port !== undefined && port !== '') e.port = Number(port);
  if (id !== undefined && id !== '') e.id = id;
  return e;
}

/** IKE SA names charon prints before a config is known. */
export function connName(name: string | undefined): string | undefined {
  if (name === undefined || name === '' || name === '(unnamed)') return undefined;
  return name;
}

/** conn/sa from `name[3]` in the message text. */
export function ikeSaRef(name: string | undefined, id: string | undefined): Fields {
  const out: Fields = {};
  const c = connName(name);
  if (c !== undefined) out.conn = c;
  if (id !== undefined && id !== '') out.sa = id;
  return out;
}

export function v(version: IkeVersion | undefined): Fields {
  return version === undefined ? {} : { ikeVersion: version };
}

/** Split `%#R === %#R` traffic selector text into local and remote. */
export function splitTs(
  local: string | undefined,
  remote: string | undefined,
): { local?: string; remote?: string } {
  const out: { local?: string; remote?: string } = {};
  if (local) out.local = local.trim();
  if (remote) out.remote = remote.trim();
  return out;
}
