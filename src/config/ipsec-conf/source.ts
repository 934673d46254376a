// The text of an open-source IKE daemon's configuration as the parsers see it: one or more files
// (ipsec.conf `include`s, the ipsec.secrets beside an ipsec.conf), each split into lines with its
// secrets already masked, so that every ConfigSource built from them is safe to print. Unlike
// src/config/shared/source.ts (one file), a value here may come from any of the files read.
import { readFileSync, realpathSync, statSync } from 'node:fs';
import type { ConfigSource, Value } from '../../core/policy.js';
import type { ConfigNote } from '../shared/types.js';

/** Longest line kept as written; a configuration line is never this long. */
export const MAX_LINE = 8192;
/** Largest file read from disk (include, ipsec.secrets beside the configuration). */
const MAX_FILE_BYTES = 4 * 1024 * 1024;
/** How many files one parse may read from disk in all. */
const MAX_FILES = 64;
/** Unparsed lines listed one by one; beyond, they are counted in a note (a configuration has a few). */
export const MAX_UNPARSED = 10000;

export function splitLines(text: string): string[] {
  const t = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const out = t.split(/\r\n|\n|\r/);
  if (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out.map((l) => (l.length > MAX_LINE ? l.slice(0, MAX_LINE) : l));
}

export interface SourceFile {
  path: string;
  /** Lines with secrets masked. */
  lines: string[];
}

/** A position in the sources: file index and 0-based line. */
export interface Pos {
  f: number;
  i: number;
}

export class Sources {
  readonly files: SourceFile[] = [];
  secretsMasked = 0;
  readonly notes: ConfigNote[] = [];
  private readonly unparsedList: { f: number; i: number }[] = [];
  private readonly unparsedSeen = new Set<number>();
  private unparsedMore = 0;
  private readonly noteSeen = new Set<string>();
  /** Real paths already read, to stop include loops. */
  readonly seen = new Set<string>();
  /** Files read from disk so far. */
  diskReads = 0;

  add(path: string, maskedLines: string[], secrets: number): number {
    this.files.push({ path, lines: maskedLines });
    this.secretsMasked += secrets;
    return this.files.length - 1;
  }

  line(p: Pos): string {
    return this.files[p.f]?.lines[p.i] ?? '';
  }

  src(p: Pos): ConfigSource {
    return { path: this.files[p.f]?.path ?? '', line: p.i + 1, text: this.line(p) };
  }

  val<T>(value: T, p: Pos | undefined): Value<T> {
    return p === undefined ? { value } : { value, src: this.src(p) };
  }

  /** Report a line as not understood (once). */
  unread(p: Pos): void {
    // one number per position (file index < 2^16, line < 2^32): cheaper than a string key
    const k = p.f * 4294967296 + p.i;
    if (this.unparsedSeen.has(k)) return;
    this.unparsedSeen.add(k);
    if (this.unparsedList.length < MAX_UNPARSED) this.unparsedList.push(p);
    else this.unparsedMore++;
  }

  /** A remark for the reader: `id` is the catalog key `config.note.<id>` (src/i18n/<lang>/config-oss.ts). */
  note(id: string, vars?: Record<string, string | number>, p?: Pos): void {
    const key = `${id}|${JSON.stringify(vars ?? {})}|${p ? `${p.f}:${p.i}` : ''}`;
    if (this.noteSeen.has(key)) return;
    this.noteSeen.add(key);
    this.notes.push({ id, ...(vars ? { vars } : {}), ...(p ? { src: this.src(p) } : {}) });
  }

  /** Unparsed lines in file order, then line order (a note counts those beyond MAX_UNPARSED). */
  unparsed(): ConfigSource[] {
    if (this.unparsedMore > 0) this.note('swan.unparsed-capped', { max: MAX_UNPARSED, count: this.unparsedMore });
    return [...this.unparsedList].sort((a, b) => a.f - b.f || a.i - b.i).map((p) => this.src(p));
  }

  /** Whether another file may still be read from disk. */
  canRead(): boolean {
    return this.diskReads < MAX_FILES;
  }
}

export type ReadResult = { ok: true; path: string; real: string; text: string } | { ok: false; reason: 'missing' | 'too-big' | 'unreadable' | 'loop' | 'limit' };

/** Read a file the configuration refers to; never throws. */
export function readSide(srcs: Sources, path: string): ReadResult {
  if (!srcs.canRead()) return { ok: false, reason: 'limit' };
  let real: string;
  try {
    const st = statSync(path);
    if (!st.isFile()) return { ok: false, reason: 'missing' };
    if (st.size > MAX_FILE_BYTES) return { ok: false, reason: 'too-big' };
    real = realpathSync(path);
  } catch {
    return { ok: false, reason: 'missing' };
  }
  if (srcs.seen.has(real)) return { ok: false, reason: 'loop' };
  try {
    const buf = readFileSync(real);
    if (buf.subarray(0, Math.min(buf.length, 65536)).includes(0)) return { ok: false, reason: 'unreadable' };
    srcs.seen.add(real);
    srcs.diskReads++;
    return { ok: true, path, real, text: buf.toString('utf8') };
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
}

/** Remember the file being parsed so that an include of itself is seen as a loop. */
export function markSeen(srcs: Sources, path: string): void {
  try {
    srcs.seen.add(realpathSync(path));
  } catch {
    // the text was handed in without a file behind it
  }
}
