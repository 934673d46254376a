// Cisco IKEv2 debug: ASA/FTD `debug crypto ikev2 protocol|platform <level>` and IOS/IOS-XE
// `debug crypto ikev2`. One physical line can hold many debug messages (the ASA omits newlines,
// and seed 000 renders a whole session into table cells), so this dialect implements
// DialectParser itself: a record is split at its `IKEv2-...:` prefixes (split.ts), each piece is
// matched against the patterns (patterns.ts), and the parser keeps the SA and packet context the
// messages refer to (state.ts).
import {
  namedGroups,
  PrefixIndex,
  type Dialect,
  type DialectParser,
  type ParseResult,
} from '../../core/dialect.js';
import type { EventDraft, LogRecord } from '../../core/model.js';
import { normalizeJa } from './ja.js';
import { CISCO_PATTERNS, type CiscoPattern } from './patterns.js';
import { hasDebugPrefix, splitPieces, type Piece } from './split.js';
import { Ctx, ParserState } from './state.js';

const DIALECT_ID = 'cisco-ikev2';

// The empty message is matched by its piece, not by its (empty) text.
const LINE_PATTERNS = CISCO_PATTERNS.filter((p) => p.mode === 'line' && p.id !== 'empty-message');
const LINE_INDEX = new PrefixIndex(LINE_PATTERNS);
const DUMP_PATTERNS = CISCO_PATTERNS.filter((p) => p.mode === 'dump');

function flagsWith(re: RegExp, add: string): string {
  return [...new Set([...re.flags.replace(/[gy]/g, ''), ...add])].join('');
}

const DUMP_SCAN = DUMP_PATTERNS.map((p) => ({ p, g: new RegExp(p.regex.source, flagsWith(p.regex, 'g')) }));
const DUMP_STICKY = DUMP_PATTERNS.map((p) => ({ p, y: new RegExp(p.regex.source, flagsWith(p.regex, 'y')) }));

/** Cleans a piece for matching: English again, handles inside the text dropped, blanks folded. */
export function cleanText(body: string): string {
  return normalizeJa(body)
    .replace(/\(\d{1,9}\):/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function result(p: CiscoPattern, c: Ctx, m: RegExpExecArray): ParseResult {
  // The sticky and global copies of a pattern number their groups as the pattern does.
  const g = namedGroups(p.regex, m);
  let events: EventDraft[];
  try {
    events = p.run(c, g);
  } catch {
    // A handler must never take the analysis down; keep the line as recognised.
    events = [];
  }
  return { pattern: p.id, events, explain: `explain.${DIALECT_ID}.${p.id}`, vars: g };
}

interface DumpHit {
  p: CiscoPattern;
  m: RegExpExecArray;
  index: number;
  end: number;
}

/** Payload-dump fields anywhere in `text` from `from` on, in order, without overlaps. */
function scanDumps(text: string, from: number): DumpHit[] {
  const hits: DumpHit[] = [];
  for (const { p, g } of DUMP_SCAN) {
    g.lastIndex = from;
    let m: RegExpExecArray | null;
    while ((m = g.exec(text)) !== null) {
      if (m[0].length === 0) {
        g.lastIndex++;
        continue;
      }
      hits.push({ p, m, index: m.index, end: m.index + m[0].length });
    }
  }
  hits.sort((a, b) => a.index - b.index);
  const out: DumpHit[] = [];
  let last = from;
  for (const h of hits) {
    if (h.index < last) continue;
    out.push(h);
    last = h.end;
  }
  return out;
}

const EMPTY = CISCO_PATTERNS.find((p) => p.id === 'empty-message')!;

/**
 * A debug message with nothing after its prefix or handle (`IKEv2-PROTO-1: (12):`, or
 * `IKEv2-PLAT-2:` whose text comes on the next line). A bare `IKEv2:` stays unclaimed: `show
 * vpn-sessiondb` prints it as a section header.
 */
function isEmptyMessage(piece: Piece): boolean {
  return (piece.prefixed && piece.facility !== '') || piece.handle !== undefined;
}

/** Pattern ids that own one piece of text (for the contract test: exactly one per sample). */
function owners(text: string): string[] {
  const ids: string[] = [];
  // The gate of every unclaimed line passes here: no filtered copy of the candidate list.
  const { patterns, literals } = LINE_INDEX.lookup(text);
  for (let i = 0; i < patterns.length; i++) {
    const lit = literals[i];
    if ((lit === undefined || text.startsWith(lit)) && patterns[i]!.regex.test(text))
      ids.push(patterns[i]!.id);
  }
  for (const { p, y } of DUMP_STICKY) {
    y.lastIndex = 0;
    if (y.test(text)) ids.push(p.id);
  }
  return ids;
}

/**
 * All pattern ids that match a text taken as debug output: per piece, the line patterns that
 * match it and the payload-dump fields that start it. Block state is ignored.
 */
export function matchingPatterns(text: string): string[] {
  const ids: string[] = [];
  for (const piece of splitPieces(text).pieces) {
    const t = cleanText(piece.body);
    if (t) ids.push(...owners(t));
    else if (isEmptyMessage(piece)) ids.push(EMPTY.id);
  }
  return ids;
}

/** First steps of an initiator's new negotiation: a handle of a deleted SA names a new one. */
const NEW_ATTEMPT =
  /^(?:Generating IKE_SA_INIT message|(?:\[IKEv2 -> Crypto Engine\] )?Computing DH public key|IKE Proposal:)/;

const SUMMARY_IDS: ReadonlySet<string> = new Set(['proposal-summary', 'num-transforms', 'transform-list']);

class CiscoIkev2Parser implements DialectParser {
  private readonly st = new ParserState();
  private idle = 0;

  parse(record: LogRecord): ParseResult[] {
    try {
      return this.read(record.message);
    } catch {
      return [];
    }
  }

  private read(message: string): ParseResult[] {
    const st = this.st;
    // Fast path: a line without a debug prefix is only read as a continuation of debug output.
    if (!st.active && !st.dangling && !hasDebugPrefix(message)) return [];
    const split = splitPieces(message, st.dangling);
    st.dangling = split.dangling;
    const out: ParseResult[] = [];
    let prefixed = false;
    for (const piece of split.pieces) {
      if (piece.prefixed) {
        prefixed = true;
        st.active = true;
        if (piece.platform) st.platform ??= piece.platform;
      } else if (!st.active) continue;
      this.piece(piece, out);
    }
    // Debug output ended: a run of unprefixed lines that nothing reads ends the continuation
    // (console captures interleave a few; a syslog stream of other devices never stops).
    if (prefixed || out.length > 0) this.idle = 0;
    else if (++this.idle >= 8) {
      st.active = false;
      this.idle = 0;
    }
    return out;
  }

  private piece(piece: Piece, out: ParseResult[]): void {
    const st = this.st;
    const text = cleanText(piece.body);
    const c = new Ctx(st, piece);
    if (!text) {
      if (isEmptyMessage(piece))
        out.push({ pattern: EMPTY.id, events: [], explain: `explain.${DIALECT_ID}.${EMPTY.id}`, vars: {} });
      return;
    }
    c.startsAttempt = NEW_ATTEMPT.test(text);
    let pos = 0;
    let lineId: string | undefined;
    const { patterns, literals } = LINE_INDEX.lookup(text);
    for (let i = 0; i < patterns.length; i++) {
      const p = patterns[i]!;
      const lit = literals[i];
      if (lit !== undefined && !text.startsWith(lit)) continue;
      if (p.when && !p.when(st)) continue;
      const m = p.regex.exec(text);
      if (!m) continue;
      c.rest = text.slice(m[0].length);
      out.push(result(p, c, m));
      pos = m[0].length;
      lineId = p.id;
      break;
    }
    c.rest = '';
    for (const h of scanDumps(text, pos)) {
      const r = result(h.p, c, h.m);
      if (r.events.length > 0 || (h.index === 0 && lineId === undefined)) out.push(r);
    }
    if (lineId !== 'payload-contents') st.expectList = undefined;
    if (lineId === undefined || !SUMMARY_IDS.has(lineId)) st.summary = undefined;
  }
}

export const ciscoIkev2: Dialect & { matchingPatterns: (text: string) => string[] } = {
  id: DIALECT_ID,
  name: 'Cisco IKEv2 debug (ASA, IOS)',
  vendor: 'Cisco',
  fixFamily: 'cisco-asa',
  patterns: CISCO_PATTERNS,
  // Prefixed lines that no pattern reads are counted as IPsec lines left unread.
  ipsecHint: /IKEv2(?:-[A-Z]{2,12}(?:-\d{1,3})?:|:[(%A-Za-z])/,
  accepts(record: LogRecord): boolean {
    const m = record.message;
    if (hasDebugPrefix(m)) return true;
    // Continuation lines (`Initiator SPI : ...`, `Proposal 1: ...`) are short.
    return m.length <= 2048 && matchingPatterns(m).length > 0;
  },
  matchAll(record: LogRecord): string[] {
    return matchingPatterns(record.message);
  },
  matchingPatterns,
  createParser(): DialectParser {
    return new CiscoIkev2Parser();
  },
};
