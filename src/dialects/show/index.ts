// `show` command outputs pasted into a log or a ticket: Cisco IOS `show crypto session
// [detail]`, `show crypto isakmp peer|sa`, `show crypto ikev2 sa [detail]`, `show crypto ipsec
// sa`; ASA `show vpn-sessiondb detail`, `show crypto ikev1|ikev2|ipsec sa`; PAN-OS `show vpn
// ike-sa|ipsec-sa|flow`. They are snapshots, not negotiations: the dialect yields no events but
// SA inventory rows (`ParseResult.inventory`), from which `buildInventory` derives findings.
import type { Dialect } from '../../core/dialect.js';
import type { LogRecord } from '../../core/model.js';
import { SHOW_PATTERNS } from './patterns.js';
import { ALL_PATTERNS, matchOne, normalise, ShowParser } from './parser.js';

export { ShowParser } from './parser.js';
export { SHOW_PATTERNS } from './patterns.js';

export const show: Dialect = {
  id: 'show',
  name: 'show command outputs (Cisco IOS/ASA, PAN-OS)',
  vendor: 'multi',
  fixFamily: 'generic',
  patterns: SHOW_PATTERNS,
  // Any line of a show output: the parser itself claims only lines of a block a header opened,
  // so a line that merely looks like one (outside a block) is still left to the other dialects.
  accepts(record: LogRecord): boolean {
    return isShowLine(record.message);
  },
  matchAll(record: LogRecord): string[] {
    return classifyLine(record.message);
  },
  createParser() {
    return new ShowParser();
  },
};

function isShowLine(message: string): boolean {
  const text = normalise(message);
  return text !== undefined && ALL_PATTERNS.candidates(text).some((p) => matchOne(p, text) !== undefined);
}

/**
 * Pattern ids whose regex matches a line on its own (for the contract test: a sample must match
 * exactly one). The parser itself reads most lines only inside a block that a header opened.
 */
export function classifyLine(message: string): string[] {
  const text = normalise(message);
  if (text === undefined) return [];
  return SHOW_PATTERNS.filter((p) => matchOne(p, text) !== undefined).map((p) => p.id);
}
