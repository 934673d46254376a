// Small constructors shared by the ASA pattern files.
import type { PatternSpec } from '../../core/dialect.js';
import type { EventDraft, LogRecord, TrafficSelectors } from '../../core/model.js';

export { mk, ep, hostPort } from '../cisco-ios/cisco-common.js';

type Build = (g: Record<string, string>, rec: LogRecord, base: Partial<EventDraft>) => EventDraft[];

/** A pattern: id, needle (fast rejection), regex, real sample lines, events. */
export function pat(
  id: string,
  needle: string | string[] | undefined,
  regex: RegExp,
  samples: readonly string[],
  events: Build,
): PatternSpec {
  return needle === undefined ? { id, regex, samples, events } : { id, needle, regex, samples, events };
}

/** ASA proxy notation `192.168.1.0/255.255.255.0/0/0` (address/mask/protocol/port) → `192.168.1.0/24`. */
export function proxy(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const parts = text.split('/');
  const addr = parts[0];
  const mask = parts[1];
  if (!addr) return text;
  if (mask && /^\d{1,3}(?:\.\d{1,3}){3}$/.test(mask)) {
    const bits = mask
      .split('.')
      .reduce((n, o) => n + [...(Number(o) >>> 0).toString(2)].filter((b) => b === '1').length, 0);
    return `${addr}/${bits}`;
  }
  return mask && /^\d{1,3}$/.test(mask) ? `${addr}/${mask}` : addr;
}

export function ts(local: string | undefined, remote: string | undefined): TrafficSelectors {
  const out: TrafficSelectors = {};
  if (local) out.local = local;
  if (remote) out.remote = remote;
  return out;
}

/** IKEv2 traffic selector `10.0.0.0/10.0.0.255/0/65535/0` (start/end/ports/protocol) → `10.0.0.0-10.0.0.255`. */
export function tsRange(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const [start, end] = text.split('/');
  if (!start) return text;
  return end && end !== start ? `${start}-${end}` : start;
}
