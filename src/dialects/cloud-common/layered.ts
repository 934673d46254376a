// A pattern dialect with two layers: specific patterns (each sample matches exactly one of them)
// and fallbacks that read a line only when no specific pattern does (a generic "[SEND] ..." packet
// line, a message of the vendor's that no pattern names). The contract's "exactly one pattern"
// holds per layer: `matchAll` reports the specific matches when there are any, else the fallbacks.
import type { Dialect, DialectParser, ParseResult, PatternDialectSpec, PatternSpec } from '../../core/dialect.js';
import { allMatches, definePatternDialect, matchPattern } from '../../core/dialect.js';
import type { LogRecord } from '../../core/model.js';

export interface LayeredDialect extends Dialect {
  spec: PatternDialectSpec;
  /** Parse one record with a fresh (stateless) pattern pass. */
  parseOnce(record: LogRecord): ParseResult[];
}

export function defineLayeredDialect(spec: PatternDialectSpec, fallbacks: readonly PatternSpec[]): LayeredDialect {
  const base = definePatternDialect(spec);
  const fbSpec: PatternDialectSpec = { ...spec, patterns: fallbacks };

  function parseOnce(record: LogRecord): ParseResult[] {
    let pre;
    try {
      pre = spec.prefix(record);
    } catch {
      return [];
    }
    if (!pre) return [];
    for (const p of spec.patterns) {
      const r = matchPattern(spec, p, record, pre);
      if (r) return [r];
    }
    for (const p of fallbacks) {
      const r = matchPattern(fbSpec, p, record, pre);
      if (r) return [r];
    }
    return [];
  }

  return {
    ...base,
    patterns: [...spec.patterns, ...fallbacks],
    spec,
    parseOnce,
    matchAll(record: LogRecord): string[] {
      const m = allMatches(spec, record);
      return m.length ? m : allMatches(fbSpec, record);
    },
    createParser(): DialectParser {
      return { parse: parseOnce };
    },
  };
}
