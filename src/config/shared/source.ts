// The configuration text as the parsers see it: split into lines, secrets masked once up front,
// so that every ConfigSource built from it (values, unparsed lines) is safe to print.
import type { ConfigSource, Value } from '../../core/policy.js';
import type { ConfigNote } from './types.js';
import { maskLines, type SecretRule } from './secrets.js';

/** Longest line text a ConfigSource keeps; anything beyond is cut (a one-line XML document ...). */
const MAX_SHOWN = 4096;

export function splitLines(text: string): string[] {
  const t = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const out = t.split(/\r\n|\n|\r/);
  if (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out;
}

export class ConfigText {
  readonly lines: string[];
  readonly secretsMasked: number;
  readonly notes: ConfigNote[] = [];
  readonly unparsed: ConfigSource[] = [];
  private readonly unparsedSeen = new Set<number>();
  private readonly noteSeen = new Set<string>();

  constructor(
    readonly path: string,
    text: string,
    rules: readonly SecretRule[],
  ) {
    const m = maskLines(splitLines(text), rules);
    this.lines = m.lines;
    this.secretsMasked = m.count;
  }

  /** Source of 0-based line `i`. */
  src(i: number): ConfigSource {
    const t = this.lines[i] ?? '';
    return { path: this.path, line: i + 1, text: t.length > MAX_SHOWN ? `${t.slice(0, MAX_SHOWN)}…` : t };
  }

  val<T>(value: T, i: number | undefined): Value<T> {
    return i === undefined ? { value } : { value, src: this.src(i) };
  }

  /** Report 0-based line `i` as not understood (once). */
  unread(i: number): void {
    if (this.unparsedSeen.has(i)) return;
    this.unparsedSeen.add(i);
    this.unparsed.push(this.src(i));
  }

  note(id: string, vars?: Record<string, string | number>, i?: number): void {
    const key = `${id}|${JSON.stringify(vars ?? {})}|${i ?? ''}`;
    if (this.noteSeen.has(key)) return;
    this.noteSeen.add(key);
    this.notes.push({ id, ...(vars ? { vars } : {}), ...(i !== undefined ? { src: this.src(i) } : {}) });
  }

  sortedUnparsed(): ConfigSource[] {
    return [...this.unparsed].sort((a, b) => a.line - b.line);
  }
}

/** A Value whose source is a given ConfigSource (or none). */
export function valueAt<T>(value: T, src: ConfigSource | undefined): Value<T> {
  return src ? { value, src } : { value };
}
