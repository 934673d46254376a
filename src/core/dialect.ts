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
  /** Take the dialect's own prefix off a message; undefined when the message is not this dialect's. */
  prefix(record: LogRecord): Prefixed | undefined;
  patterns: readonly PatternSpec[];
  ipsecHint?: RegExp;
}

function needleOk(rest: string, needle: string | string[] | undefined): boolean {
  if (needle === undefined) return true;
  if (typeof needle === 'string') return rest.includes(needle);
  return needle.some((n) => rest.includes(n));
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
  const g: Record<string, string> = {};
  if (m.groups) for (const [k, v] of Object.entries(m.groups)) if (v !== undefined) g[k] = v;
  let events: EventDraft[];
  try {
    events = pattern.events(g, record, pre.base).map((e) => ({ ...pre.base, ...e }));
  } catch {
    // A pattern's event builder must never take the analysis down; keep the line as recognised.
    events = [];
  }
  return {
    pattern: pattern.id,
    events,
    explain: `explain.${spec.id}.${pattern.id}`,
    vars: { ...pre.vars, ...g },
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
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
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
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return undefined;
  }
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

export function definePatternDialect(spec: PatternDialectSpec): Dialect & { spec: PatternDialectSpec } {
  // Patterns indexed by the first characters their match must start with; the rest are always
  // tried. Candidates keep the spec's order, so the first match is the same as a full scan.
  const byKey = new Map<string, number[]>();
  const always: number[] = [];
  spec.patterns.forEach((p, i) => {
    const lit = literalPrefix(p.regex);
    if (lit === undefined || lit.length < KEY_LEN) always.push(i);
    else {
      const k = lit.slice(0, KEY_LEN);
      byKey.set(k, [...(byKey.get(k) ?? []), i]);
    }
  });
  const candidates = new Map<string, PatternSpec[]>();
  const forKey = (k: string): PatternSpec[] => {
    let c = candidates.get(k);
    if (!c) {
      const idx = [...(byKey.get(k) ?? []), ...always].sort((a, b) => a - b);
      c = idx.map((i) => spec.patterns[i]!);
      if (candidates.size < 4096) candidates.set(k, c);
    }
    return c;
  };
  return {
    id: spec.id,
    name: spec.name,
    vendor: spec.vendor,
    fixFamily: spec.fixFamily,
    patterns: spec.patterns,
    ...(spec.ipsecHint ? { ipsecHint: spec.ipsecHint } : {}),
    accepts: (record: LogRecord) => spec.accepts(record),
    spec,
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
          for (const p of forKey(pre.rest.slice(0, KEY_LEN))) {
            const r = matchPattern(spec, p, record, pre);
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
