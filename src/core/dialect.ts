// A dialect turns log records of one product into IKE events. Most dialects are a list of
// patterns, each kept beside the real lines it must match (lnav / syslog-ng patterndb style);
// `definePatternDialect` builds the parser for those. A dialect with multi-line blocks (show
// outputs) or lines that hold several messages (seed 000) implements `DialectParser` itself.
import type { EventDraft, LogRecord } from './model.js';
import type { InventoryEntry } from './inventory.js';

/** Vendor families that fix steps are written for (catalog keys `fix.<CODE>.<family>`). */
export type FixFamily =
  | 'strongswan'
  | 'libreswan'
  | 'openswan'
  | 'qno'
  | 'cisco-asa'
  | 'cisco-ios'
  | 'panos'
  | 'fortigate'
  | 'junos'
  | 'mikrotik'
  | 'sonicwall'
  | 'sophos'
  | 'aws'
  | 'azure'
  | 'gcp'
  | 'generic';

/** One recognised piece of a record: the pattern that matched and the events it yields. */
export interface ParseResult {
  pattern: string;
  events: EventDraft[];
  /** Message id of the one-line explanation (`--explain`), and its parameters. */
  explain: string;
  vars: Record<string, string | number>;
  /** SA inventory rows read from a `show` output block. */
  inventory?: InventoryEntry[];
}

export interface DialectParser {
  /** Recognise one record; an empty array means "not mine". Must never throw. */
  parse(record: LogRecord): ParseResult[];
  /** End of input: results still held for a multi-line block. */
  flush?(): ParseResult[];
}

export interface Dialect {
  /** Stable id, used in JSON output (`inputs[].dialects`) and catalog keys. */
  id: string;
  /** Display name: "strongSwan charon". */
  name: string;
  vendor: string;
  fixFamily: FixFamily;
  /**
   * Cheap test that this dialect might own the record (a substring or a program name); no
   * regex with repetition over the whole line. Called for records no active dialect claimed.
   */
  accepts(record: LogRecord): boolean;
  /**
   * A line surely of this dialect: a shape of its own that no other dialect's lines take (charon's
   * thread tag, pluto's debug bar). Once the dialect has read a run of lines without a syslog
   * program (its own log file), such lines that no pattern reads are its chatter and skip the
   * gates of the dialects not yet met. Optional; a shape shared with another dialect must not
   * be here (pluto's `packet from` is also a Qno router's).
   */
  chatter?(record: LogRecord): boolean;
  createParser(): DialectParser;
  /** All patterns with their samples, for the contract test and the docs. */
  patterns: readonly PatternSpec[];
  /**
   * Lines that look like IPsec to this dialect's vendor but are deliberately not patterns
   * (counted so users can see what was left unread). Optional.
   */
  ipsecHint?: RegExp;
  /**
   * All pattern ids that match one line on its own (contract test: a sample must match exactly
   * one). Pattern dialects get it from `definePatternDialect`; hand-written parsers provide it.
   */
  matchAll?(record: LogRecord): string[];
}

/** Prefix information a dialect takes off before its patterns run. */
export interface Prefixed {
  /** The rest of the message that patterns match against. */
  rest: string;
  /** Fields every event of this line inherits (conn, sa, remote ...). */
  base: Partial<EventDraft>;
  /** Extra explanation parameters (e.g. `conn`). */
  vars?: Record<string, string | number>;
}

export interface PatternSpec {
  /** Stable id within the dialect; catalog key of its explanation is `explain.<dialect>.<id>`. */
  id: string;
  /** A substring the rest must contain before the regex is tried (fast rejection). */
  needle?: string | string[];
  /** Matched against the prefixed rest. Use named groups: they become explanation parameters. */
  regex: RegExp;
  /** Real lines, as they appear in a log file (envelope included), that this pattern must match. */
  samples: readonly string[];
  /** The events this line means. Return [] for a line that is recognised but means nothing. */
  events: (g: Record<string, string>, rec: LogRecord, base: Partial<EventDraft>) => EventDraft[];
}

export interface PatternDialectSpec {
  id: string;
  name: string;
  vendor: string;
  fixFamily: FixFamily;
  accepts(record: LogRecord): boolean;
  chatter?: (record: LogRecord) => boolean;
  /** Take the dialect's own prefix off a message; undefined when the message is not this dialect's. */
  prefix(record: LogRecord): Prefixed | undefined;
  patterns: readonly PatternSpec[];
  ipsecHint?: RegExp;
}

function needleOk(rest: string, needle: string | string[] | undefined): boolean {
  if (needle === undefined) return true;
  if (typeof needle === 'string') return rest.includes(needle);
  for (let i = 0; i < needle.length; i++) if (rest.includes(needle[i]!)) return true;
  return false;
}

/** Catalog ids of patterns' explanations, made once (every kept event holds one). */
const EXPLAIN_IDS = new WeakMap<PatternSpec, string>();

function explainId(dialect: string, pattern: PatternSpec): string {
  let id = EXPLAIN_IDS.get(pattern);
  if (id === undefined) EXPLAIN_IDS.set(pattern, (id = `explain.${dialect}.${pattern.id}`));
  return id;
}

/** Each regex's named groups with their numbers, in the order they open. */
const GROUP_INDEX = new WeakMap<RegExp, readonly (readonly [string, number])[]>();

function groupIndex(re: RegExp): readonly (readonly [string, number])[] {
  let list = GROUP_INDEX.get(re);
  if (list) return list;
  const out: [string, number][] = [];
  const src = re.source;
  let n = 0;
  // Capturing groups are `(` not followed by `?`, and `(?<name>`; lookbehinds `(?<=`, `(?<!` are not.
  const open = (c: string): boolean => c === '(';
  for (let i = walk(src, 0, open); i >= 0; i = walk(src, i + 1, open)) {
    if (src[i + 1] !== '?') n++;
    else if (src[i + 2] === '<' && src[i + 3] !== '=' && src[i + 3] !== '!') {
      n++;
      const end = src.indexOf('>', i + 3);
      if (end > 0) out.push([src.slice(i + 3, end), n]);
    }
  }
  GROUP_INDEX.set(re, (list = out));
  return list;
}

/**
 * The named groups of a match that took part in it, as a plain object. Read by number from the
 * match array: the `groups` object V8 builds is a dictionary, slow to walk on every line.
 */
export function namedGroups(re: RegExp, m: RegExpExecArray): Record<string, string> {
  const g: Record<string, string> = {};
  for (const [name, i] of groupIndex(re)) {
    const v = m[i];
    if (v !== undefined) g[name] = v;
  }
  return g;
}

/** Run one pattern on a record (used by the parser and by the contract test). */
export function matchPattern(
  spec: PatternDialectSpec,
  pattern: PatternSpec,
  record: LogRecord,
  pre: Prefixed,
): ParseResult | undefined {
  if (!needleOk(pre.rest, pattern.needle)) return undefined;
  const m = pattern.regex.exec(pre.rest);
  if (!m) return undefined;
  const g = namedGroups(pattern.regex, m);
  let events: EventDraft[];
  try {
    const built = pattern.events(g, record, pre.base);
    // Every event is a fresh object with the prefix's fields under its own. Object.assign, not
    // object spread: events of every shape meet here, and V8's spread of many shapes into one
    // literal costs microseconds per call where assign costs a fraction of one (docs/benchmarks.md).
    events = new Array<EventDraft>(built.length);
    for (let i = 0; i < built.length; i++) events[i] = Object.assign({}, pre.base, built[i]);
  } catch {
    // A pattern's event builder must never take the analysis down; keep the line as recognised.
    events = [];
  }
  return {
    pattern: pattern.id,
    events,
    explain: explainId(spec.id, pattern),
    // The groups object is this line's own: it serves as the parameters when the prefix adds none.
    vars: pre.vars ? Object.assign({}, pre.vars, g) : g,
  };
}

/**
 * The literal text a pattern's match must start with (from `^literal...` with no top-level `|`),
 * used to index patterns by the first characters of a message. Undefined when the regex does not
 * pin its first characters (such patterns are always tried).
 */
export function literalPrefix(re: RegExp): string | undefined {
  if (re.flags.includes('m') || re.flags.includes('i')) return undefined;
  const src = re.source;
  if (!src.startsWith('^')) return undefined;
  // A top-level alternation could start with anything.
  if (walk(src, 0, (c, depth) => c === '|' && depth === 0) >= 0) return undefined;
  let out = '';
  for (let i = 1; i < src.length; i++) {
    const c = src[i]!;
    const next = src[i + 1];
    if (c === '\\') {
      const e = src[i + 1];
      if (e === undefined || /\w/.test(e)) break; // \d, \s, \b ...: not literal
      // An escaped character followed by a quantifier is optional or repeated.
      if (src[i + 2] !== undefined && '?*{'.includes(src[i + 2]!)) break;
      out += e;
      i++;
      continue;
    }
    if ('.*+?()[]{}|^$'.includes(c)) break;
    if (next !== undefined && '?*{'.includes(next)) break;
    out += c;
  }
  return out.length >= 2 ? out : undefined;
}

const KEY_LEN = 2;

/** Characters a class or escape stands for, when it is a short explicit list; else undefined. */
const DIGITS = '0123456789';

function classChars(body: string, icase: boolean): string | undefined {
  if (body.startsWith('^')) return undefined;
  let out = '';
  for (let i = 0; i < body.length; i++) {
    let c = body[i]!;
    if (c === '\\') {
      const e = body[++i];
      if (e === undefined) return undefined;
      if (e === 'd') {
        out += DIGITS;
        continue;
      }
      if (/\w/.test(e)) return undefined; // \s, \w, \p ...: too wide to list
      c = e;
    }
    if (body[i + 1] === '-' && i + 2 < body.length) {
      const hi = body[i + 2]!;
      if (hi === '\\') return undefined;
      i += 2;
      const a = c.charCodeAt(0);
      const b = hi.charCodeAt(0);
      if (b - a > 80) return undefined;
      for (let k = a; k <= b; k++) out += String.fromCharCode(k);
      continue;
    }
    out += c;
  }
  if (icase) out = out.toLowerCase() + out.toUpperCase();
  return out;
}

/**
 * The characters a match of `re` can start with, when the regex is anchored with `^` and its
 * start is literal text, a short character class, or a group whose alternatives all start so.
 * Undefined whenever that is not certain (the pattern is then tried for every text). Conservative
 * by construction: a pattern is never left out of the candidates of a text it matches.
 */
export function firstChars(re: RegExp): Set<string> | undefined {
  if (re.flags.includes('m')) return undefined;
  const src = re.source;
  if (!src.startsWith('^')) return undefined;
  const icase = re.flags.includes('i');
  const r = seqFirst(src, 1, icase);
  if (!r || r.chars === undefined || r.chars.size === 0 || r.nullable) return undefined;
  return r.chars;
}

interface First {
  chars: Set<string> | undefined;
  /** The sequence can match the empty string (its follower's first characters count too). */
  nullable: boolean;
  /** Index just after the parsed sequence (at a `|`, a `)` or the end). */
  end: number;
}

/**
 * Walks a regex source from `from`, skipping escapes and character classes; `stop` sees every `(`,
 * `)` and `|` with the group depth around it (relative to `from`). Returns the index where `stop`
 * said yes, or -1.
 */
function walk(src: string, from: number, stop: (c: '(' | ')' | '|', depth: number) => boolean): number {
  let depth = 0;
  let inClass = false;
  for (let i = from; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') {
      if (stop(c, depth)) return i;
      depth++;
    } else if (c === ')') {
      depth--;
      if (stop(c, depth)) return i;
    } else if (c === '|' && stop(c, depth)) return i;
  }
  return -1;
}

/** Index of the `)` closing the group that opens at `open`, or -1. */
function closeOf(src: string, open: number): number {
  return walk(src, open, (c, depth) => c === ')' && depth === 0);
}

/** First characters of the alternation that starts at `pos` and runs to `)` or the end. */
function altFirst(src: string, pos: number, icase: boolean): First | undefined {
  const chars = new Set<string>();
  let nullable = false;
  let i = pos;
  for (;;) {
    const r = seqFirst(src, i, icase);
    if (!r || r.chars === undefined) return undefined;
    for (const c of r.chars) chars.add(c);
    nullable ||= r.nullable;
    i = r.end;
    if (src[i] === '|') i++;
    else return { chars, nullable, end: i };
  }
}

/** First characters of the sequence at `pos` (up to a top-level `|` or `)`). */
function seqFirst(src: string, pos: number, icase: boolean): First | undefined {
  const chars = new Set<string>();
  let i = pos;
  for (;;) {
    const c = src[i];
    if (c === undefined || c === '|' || c === ')') return { chars, nullable: true, end: endOfSeq(src, i) };
    let atom: Set<string> | undefined;
    let atomNullable = false;
    let next: number;
    if (c === '(') {
      const close = closeOf(src, i);
      if (close < 0) return undefined;
      let inner = i + 1;
      if (src.startsWith('?:', inner)) inner += 2;
      else if (src.startsWith('?<', inner) && src[inner + 2] !== '=' && src[inner + 2] !== '!') {
        const gt = src.indexOf('>', inner);
        if (gt < 0 || gt > close) return undefined;
        inner = gt + 1;
      } else if (src[inner] === '?') return undefined; // lookaround
      const r = altFirst(src, inner, icase);
      if (!r?.chars || r.end !== close) return undefined;
      atom = r.chars;
      atomNullable = r.nullable;
      next = close + 1;
    } else if (c === '[') {
      let j = i + 1;
      if (src[j] === '^') j++;
      if (src[j] === ']') j++;
      while (j < src.length && src[j] !== ']') j += src[j] === '\\' ? 2 : 1;
      if (j >= src.length) return undefined;
      const list = classChars(src.slice(i + 1, j), icase);
      if (list === undefined) return undefined;
      atom = new Set(list);
      next = j + 1;
    } else if (c === '\\') {
      const e = src[i + 1];
      if (e === undefined) return undefined;
      if (e === 'd') atom = new Set(DIGITS);
      else if (/\w/.test(e)) return undefined;
      else atom = new Set(icase ? [e.toLowerCase(), e.toUpperCase()] : [e]);
      next = i + 2;
    } else if ('.^$*+?{}]'.includes(c)) return undefined;
    else {
      atom = new Set(icase ? [c.toLowerCase(), c.toUpperCase()] : [c]);
      next = i + 1;
    }
    // A quantifier that allows zero repetitions makes the atom optional.
    const q = src[next];
    if (q === '?' || q === '*') atomNullable = true;
    else if (q === '{' && /^\{0[,}]/.test(src.slice(next, next + 3))) atomNullable = true;
    for (const x of atom) chars.add(x);
    if (!atomNullable) return { chars, nullable: false, end: endOfSeq(src, next) };
    i = skipQuantifier(src, next);
  }
}

function skipQuantifier(src: string, i: number): number {
  const q = src[i];
  if (q === '?' || q === '*' || q === '+') i++;
  else if (q === '{') {
    const close = src.indexOf('}', i);
    i = close < 0 ? src.length : close + 1;
  }
  if (src[i] === '?') i++; // lazy
  return i;
}

/** Index of the `|` or `)` that ends the sequence containing `i` (or the end). */
function endOfSeq(src: string, i: number): number {
  const end = walk(src, i, (c, depth) => (c === ')' && depth < 0) || (c === '|' && depth === 0));
  return end < 0 ? src.length : end;
}

/**
 * Patterns indexed by the first characters their match must start with (from `literalPrefix`);
 * patterns that do not pin their start are candidates for every text. Candidates keep the list's
 * order, so the first candidate that matches is the first pattern of a full scan that matches.
 */
export class PrefixIndex<P extends { regex: RegExp }> {
  /** Patterns whose match starts with a literal of two characters or more, by those two. */
  private readonly byKey = new Map<string, number[]>();
  /** Patterns whose match starts with one of a known set of characters, by that character. */
  private readonly byFirst = new Map<string, number[]>();
  private readonly always: number[] = [];
  /** Each pattern's literal start (when it has one of two characters or more). */
  private readonly literals: (string | undefined)[] = [];
  private readonly cache = new Map<string, Candidates<P>>();

  constructor(private readonly patterns: readonly P[]) {
    const add = (m: Map<string, number[]>, k: string, i: number): void => {
      const list = m.get(k);
      if (list) list.push(i);
      else m.set(k, [i]);
    };
    patterns.forEach((p, i) => {
      const lit = literalPrefix(p.regex);
      this.literals.push(lit !== undefined && lit.length >= KEY_LEN ? lit : undefined);
      if (lit !== undefined && lit.length >= KEY_LEN) return add(this.byKey, lit.slice(0, KEY_LEN), i);
      const first = firstChars(p.regex);
      if (first) for (const c of first) add(this.byFirst, c, i);
      else this.always.push(i);
    });
  }

  /**
   * The patterns that can match `text`, in list order, with the literal each must start with
   * (`text.startsWith(literals[i])` rejects a candidate before its regex runs).
   */
  lookup(text: string): Candidates<P> {
    const k = text.slice(0, KEY_LEN);
    let c = this.cache.get(k);
    if (!c) {
      const idx = [...(this.byKey.get(k) ?? []), ...(this.byFirst.get(k.slice(0, 1)) ?? []), ...this.always];
      const order = [...new Set(idx)].sort((a, b) => a - b);
      c = { patterns: order.map((i) => this.patterns[i]!), literals: order.map((i) => this.literals[i]) };
      // Keys come from input text: bound the cache (a miss only costs the sort again).
      if (this.cache.size < 4096) this.cache.set(k, c);
    }
    return c;
  }

  /** The patterns that can match `text`, in list order. */
  candidates(text: string): P[] {
    const { patterns, literals } = this.lookup(text);
    return patterns.filter((_, i) => literals[i] === undefined || text.startsWith(literals[i]));
  }
}

/** Candidate patterns for a text and their literal starts (parallel arrays). */
export interface Candidates<P> {
  patterns: P[];
  literals: (string | undefined)[];
}

export function definePatternDialect(
  spec: PatternDialectSpec,
): Dialect & { spec: PatternDialectSpec; index: PrefixIndex<PatternSpec> } {
  const index = new PrefixIndex(spec.patterns);
  return {
    id: spec.id,
    name: spec.name,
    vendor: spec.vendor,
    fixFamily: spec.fixFamily,
    patterns: spec.patterns,
    ...(spec.ipsecHint ? { ipsecHint: spec.ipsecHint } : {}),
    accepts: (record: LogRecord) => spec.accepts(record),
    ...(spec.chatter ? { chatter: spec.chatter } : {}),
    spec,
    index,
    matchAll: (record: LogRecord) => allMatches(spec, record),
    createParser(): DialectParser {
      return {
        parse(record) {
          let pre: Prefixed | undefined;
          try {
            pre = spec.prefix(record);
          } catch {
            return [];
          }
          if (!pre) return [];
          const rest = pre.rest;
          const { patterns, literals } = index.lookup(rest);
          for (let i = 0; i < patterns.length; i++) {
            const lit = literals[i];
            if (lit !== undefined && !rest.startsWith(lit)) continue;
            const r = matchPattern(spec, patterns[i]!, record, pre);
            if (r) return [r];
          }
          return [];
        },
      };
    },
  };
}

/** All pattern ids of a pattern dialect that match a record (contract test: must be exactly one). */
export function allMatches(spec: PatternDialectSpec, record: LogRecord): string[] {
  const pre = spec.prefix(record);
  if (!pre) return [];
  return spec.patterns.filter((p) => matchPattern(spec, p, record, pre)).map((p) => p.id);
}
