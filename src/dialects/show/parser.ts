// The show-output parser: finds blocks by their header (a command echo, a title such as
// `Crypto session current status`, a table header, or a line no other output prints), reads
// the lines of the block into inventory rows, and hands the rows over when the block ends.
//
// A block ends at a header of another block, or after a few lines it does not know (a line it
// does not know is left for the other dialects; one unknown line inside a long `show crypto
// ipsec sa` does not lose the rest of it). Blank lines are transparent. Because a record the
// parser returns nothing for is not its own, the rows of a finished block ride on the next
// record it does recognise, or come out of `flush()` at the end of the input.
import type { DialectParser, ParseResult } from '../../core/dialect.js';
import type { InventoryEntry, InventoryVendor } from '../../core/inventory.js';
import type { LogRecord, SourceLine } from '../../core/model.js';
import { Block } from './block.js';
import {
  DAEMON_FAMILIES,
  DEFAULT_COMMAND,
  parseDaemonCommand,
  parseShowCommand,
  type Family,
  type ShowCommand,
} from './command.js';
import { SHOW_PATTERNS, type ShowPattern } from './patterns.js';

/** Show output lines are short; anything longer is not one (and is not scanned). */
export const MAX_LINE = 4096;
/** Unknown lines a block survives before it is closed. */
const MAX_MISSES = 2;

const VENDOR: Record<Family, InventoryVendor> = {
  session: 'cisco-ios',
  'isakmp-peer': 'cisco-ios',
  'isakmp-sa': 'cisco-ios',
  'asa-ike': 'cisco-asa',
  'ikev2-sa': 'cisco',
  'ipsec-sa': 'cisco',
  sessiondb: 'cisco-asa',
  'pan-ike': 'panos',
  'pan-ipsec': 'panos',
  'pan-flow': 'panos',
  'swanctl-sas': 'strongswan',
  'stroke-status': 'strongswan',
  'pluto-status': 'libreswan',
  'pluto-traffic': 'libreswan',
};

/** Pattern ids of command echoes. */
const ECHOES = new Set(['command', 'daemon-command']);

/** `A-Z0-9#` → the set of characters it names. */
function expandFirst(spec: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < spec.length; i++) {
    const a = spec[i]!;
    const b = spec[i + 2];
    if (spec[i + 1] === '-' && b !== undefined) {
      for (let c = a.charCodeAt(0); c <= b.charCodeAt(0); c++) out.add(String.fromCharCode(c));
      i += 2;
    } else out.add(a);
  }
  return out;
}

/** Patterns by the first character of the trimmed line, so a line is tried against a few only. */
class FirstIndex {
  private readonly byChar = new Map<string, ShowPattern[]>();
  private readonly any: ShowPattern[] = [];

  constructor(list: readonly ShowPattern[]) {
    const sets = list.map((p) => (p.first === undefined ? undefined : expandFirst(p.first)));
    const chars = new Set<string>();
    for (const set of sets) if (set) for (const c of set) chars.add(c);
    for (const c of chars)
      this.byChar.set(
        c,
        list.filter((_, i) => sets[i] === undefined || sets[i]?.has(c) === true),
      );
    this.any = list.filter((_, i) => sets[i] === undefined);
  }

  candidates(text: string): readonly ShowPattern[] {
    return this.byChar.get(text[0] ?? '') ?? this.any;
  }
}

export function firstChars(p: ShowPattern): Set<string> | undefined {
  return p.first === undefined ? undefined : expandFirst(p.first);
}

const BY_FAMILY = new Map<Family, FirstIndex>();
for (const f of new Set(SHOW_PATTERNS.flatMap((p) => p.families))) {
  BY_FAMILY.set(f, new FirstIndex(SHOW_PATTERNS.filter((p) => p.families.includes(f))));
}
const OPENERS = new FirstIndex(SHOW_PATTERNS.filter((p) => p.opens !== undefined || ECHOES.has(p.id)));
export const ALL_PATTERNS = new FirstIndex(SHOW_PATTERNS);

function needleOk(text: string, needle: string | string[] | undefined): boolean {
  if (needle === undefined) return true;
  if (typeof needle === 'string') return text.includes(needle);
  return needle.some((n) => text.includes(n));
}

export interface Match {
  pattern: ShowPattern;
  groups: Record<string, string>;
}

export function matchOne(p: ShowPattern, text: string): Match | undefined {
  if (!needleOk(text, p.needle)) return undefined;
  const m = p.regex.exec(text);
  if (!m) return undefined;
  const groups: Record<string, string> = {};
  if (m.groups) for (const [k, v] of Object.entries(m.groups)) if (v !== undefined) groups[k] = v;
  return { pattern: p, groups };
}

function firstMatch(index: FirstIndex | undefined, text: string): Match | undefined {
  if (!index) return undefined;
  for (const p of index.candidates(text)) {
    const m = matchOne(p, text);
    if (m) return m;
  }
  return undefined;
}

/** The line as the patterns see it: no envelope, NBSP as space, trimmed; undefined when blank. */
export function normalise(message: string): string | undefined {
  if (message.length > MAX_LINE) return undefined;
  const t = message
    .replace(/\u00a0/g, ' ')
    .replace(/\^M$/, '')
    .trim();
  return t.length ? t : undefined;
}

/** Is this line a command echo of a show command ikescope reads? */
export function readCommand(m: Match): ShowCommand | undefined {
  const prompted = m.groups.prompt !== undefined;
  if (m.pattern.id === 'daemon-command') return parseDaemonCommand(m.groups.command ?? '', prompted);
  return parseShowCommand(m.groups.command ?? '', prompted);
}

/** Cheap test used by `accepts`: the line opens a block (echo, title, header). */
export function opensBlock(message: string): boolean {
  const text = normalise(message);
  if (text === undefined) return false;
  const m = firstMatch(OPENERS, text);
  if (!m) return false;
  if (ECHOES.has(m.pattern.id)) return readCommand(m) !== undefined;
  return true;
}

function openedFamily(p: ShowPattern, g: Record<string, string>): Family | undefined {
  if (p.opens === undefined) return undefined;
  return typeof p.opens === 'function' ? p.opens(g) : p.opens;
}

export class ShowParser implements DialectParser {
  private block: Block | undefined;
  private misses = 0;
  /** The last command echo, until its output has been read. */
  private echo: ShowCommand | undefined;
  /** Where that echo was, and whether a block of its output began (an empty SA listing says something). */
  private echoSrc: SourceLine | undefined;
  private echoRead = false;
  /** Rows of finished blocks not yet handed over. */
  private pending: InventoryEntry[] = [];

  parse(record: LogRecord): ParseResult[] {
    const text = normalise(record.message);
    if (text === undefined) {
      // Blank lines are transparent; over-long lines count as unknown.
      if (record.message.length > MAX_LINE) this.miss();
      return [];
    }
    const src: SourceLine = { path: record.path, line: record.line, text: record.text };
    const m = this.classify(text);
    if (!m) {
      this.miss();
      return [];
    }
    return this.deliver(this.consume(m, src));
  }

  flush(): ParseResult[] {
    const last = this.block?.lastPattern;
    this.close();
    this.dropEcho();
    if (!this.pending.length) return [];
    const rows = this.pending;
    this.pending = [];
    const id = last ?? 'command';
    return [{ pattern: id, events: [], explain: `explain.show.${id}`, vars: {}, inventory: rows }];
  }

  /** Which pattern reads this line, given the open block. */
  private classify(text: string): Match | undefined {
    if (this.block) {
      const m = firstMatch(BY_FAMILY.get(this.block.family), text);
      if (m) {
        if (ECHOES.has(m.pattern.id) && !readCommand(m)) return undefined;
        return m;
      }
    }
    const o = firstMatch(OPENERS, text);
    if (o) {
      if (ECHOES.has(o.pattern.id) && !readCommand(o)) return undefined;
      return o;
    }
    // The first lines of an output whose command was echoed (e.g. `| include encaps|decaps`).
    if (this.echo) {
      const m = firstMatch(BY_FAMILY.get(this.echo.family), text);
      if (m) return m;
    }
    return undefined;
  }

  private consume(m: Match, src: SourceLine): ParseResult {
    const p = m.pattern;
    const g = m.groups;
    const vars: Record<string, string | number> = { ...g };
    if (ECHOES.has(p.id)) {
      const cmd = readCommand(m)!;
      this.close();
      this.dropEcho();
      this.echo = cmd;
      this.echoSrc = src;
      this.echoRead = false;
      vars.command = cmd.command;
      return this.result(p, vars);
    }
    const inBlock = this.block !== undefined && p.families.includes(this.block.family);
    if (!inBlock) {
      const fam =
        openedFamily(p, g) ??
        (this.echo && p.families.includes(this.echo.family) ? this.echo.family : undefined);
      // classify() only returns lines that open a block or belong to the echoed family
      this.close();
      const family = fam ?? p.families[0]!;
      const echoed = this.echo && this.sameOutput(this.echo.family, family) ? this.echo : undefined;
      const command = echoed
        ? `${echoed.command}${echoed.filter ? ` | ${echoed.filter}` : ''}`
        : DEFAULT_COMMAND[family];
      this.block = new Block(family, command, VENDOR[family], p.id);
      if (echoed) this.echoRead = true;
    }
    const b = this.block!;
    this.misses = 0;
    b.lastPattern = p.id;
    try {
      p.apply?.(b, g, src);
    } catch {
      // A row builder must never take the analysis down; the line stays recognised.
    }
    return this.result(p, vars);
  }

  /** One command prints several families: ASA `show crypto isakmp sa` lists IKEv1 and IKEv2 SAs. */
  private sameOutput(echoed: Family, family: Family): boolean {
    if (echoed === family) return true;
    if (echoed === 'isakmp-sa' && (family === 'asa-ike' || family === 'ikev2-sa')) return true;
    if (echoed === 'asa-ike' && family === 'ikev2-sa') return true;
    if (echoed.startsWith('pan-') && family.startsWith('pan-')) return true;
    // `ipsec status` is strongSwan's stroke or Libreswan's whack; the output tells which.
    if (echoed === 'stroke-status' && family === 'pluto-status') return true;
    return false;
  }

  /**
   * Forget the echo. A daemon's SA listing whose echo was followed by no output at all
   * (`# swanctl --list-sas` and nothing, `ipsec trafficstatus` and nothing) says there is no SA:
   * that is a row of its own, for the NO_IKE_SA / NO_CHILD_SA findings.
   */
  private dropEcho(): void {
    const echo = this.echo;
    const src = this.echoSrc;
    this.echo = undefined;
    this.echoSrc = undefined;
    if (!echo || !src || this.echoRead || !DAEMON_FAMILIES.includes(echo.family)) return;
    const b = new Block(echo.family, echo.command, VENDOR[echo.family], 'daemon-command');
    const e = b.startEntry(src, echo.family === 'pluto-traffic' ? 'ipsec-sa' : b.defaultKind);
    e.fields.sas = 0;
    b.note(e, src, 'sas');
    for (const row of b.finish()) this.pending.push(row);
  }

  private result(p: ShowPattern, vars: Record<string, string | number>): ParseResult {
    return { pattern: p.id, events: [], explain: `explain.show.${p.id}`, vars };
  }

  private deliver(r: ParseResult): ParseResult[] {
    if (this.pending.length) {
      r.inventory = this.pending;
      this.pending = [];
    }
    return [r];
  }

  private miss(): void {
    if (!this.block) {
      this.dropEcho();
      return;
    }
    this.misses++;
    if (this.misses > MAX_MISSES) {
      this.close();
      this.dropEcho();
    }
  }

  private close(): void {
    const b = this.block;
    this.block = undefined;
    this.misses = 0;
    if (b) for (const e of b.finish()) this.pending.push(e);
  }
}
