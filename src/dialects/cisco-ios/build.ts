// Small constructors shared by the IOS pattern files.
import type { PatternSpec } from '../../core/dialect.js';
import type { EventDraft, LogRecord, TrafficSelectors } from '../../core/model.js';

export { mk, ep, hostPort } from './cisco-common.js';

type Build = (g: Record<string, string>, rec: LogRecord, base: Partial<EventDraft>) => EventDraft[];

export function pat(
  id: string,
  needle: string | string[] | undefined,
  regex: RegExp,
  samples: readonly string[],
  events: Build,
): PatternSpec {
  return needle === undefined ? { id, regex, samples, events } : { id, needle, regex, samples, events };
}

export function ts(local: string | undefined, remote: string | undefined): TrafficSelectors {
  const out: TrafficSelectors = {};
  if (local) out.local = local;
  if (remote) out.remote = remote;
  return out;
}

/** IOS proxy `192.168.1.0/255.255.255.0/256/0` (address/mask/protocol/port, 256 = any) → `192.168.1.0/24`. */
export function iosProxy(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const [addr, mask, proto, port] = text.replace(/,$/, '').split('/');
  if (!addr) return text;
  let out = addr;
  if (mask && /^\d{1,3}(?:\.\d{1,3}){3}$/.test(mask)) {
    const bits = mask
      .split('.')
      .reduce((n, o) => n + [...(Number(o) >>> 0).toString(2)].filter((b) => b === '1').length, 0);
    out = `${addr}/${bits}`;
  }
  const p = proto && proto !== '0' && proto !== '256' ? proto : '';
  const q = port && port !== '0' ? port : '';
  return p || q ? `${out}[${p || 'any'}/${q || 'any'}]` : out;
}
