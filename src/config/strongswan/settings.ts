// The settings syntax of strongswan.conf(5), which swanctl.conf(5) shares: nested `name { ... }`
// sections, `key = value` lines, `#` comments, double-quoted values that may span lines (with
// `\n`, `\t`, `\"` escapes and `\` line joins), sections inheriting from others (`name : a.b, c {`),
// and `include` lines (src/libstrongswan/settings/settings_lexer.l / settings_parser.y).
//
// A single linear pass over the characters with an explicit section stack: no recursion, so a
// file of a million `{` costs a million steps and nothing more; sections deeper than MAX_DEPTH are
// skipped whole and reported once. Values of secret keys (`secret`, `pin`, ...) are masked in the
// lines the parser hands back; the tree only ever holds the mask.
import { MASK, maskLines } from '../shared/secrets.js';
import { splitLines, type Pos } from '../ipsec-conf/source.js';

export const MAX_DEPTH = 32;
/** References one section may name (`name : a, b, c {`). */
const MAX_REFS = 32;

export interface Kv {
  key: string;
  /** The value (quoted parts unescaped, parts joined by one space); MASK for a secret. */
  value: string;
  pos: Pos;
}

export interface Ref {
  name: string;
  pos: Pos;
}

export interface Section {
  name: string;
  pos: Pos;
  refs: Ref[];
  kvs: Kv[];
  subs: Section[];
}

export interface IncludeLine {
  pattern: string;
  pos: Pos;
}

export interface SettingsDoc {
  root: Section;
  /** Lines with secrets masked. */
  lines: string[];
  secrets: number;
  includes: IncludeLine[];
  /** Lines that do not follow the syntax. */
  errors: Pos[];
  /** A section nested deeper than MAX_DEPTH was skipped (its first line). */
  tooDeep?: Pos;
}

/** Keys whose value is a secret (swanctl `secrets.*.secret`, `token.pin`; strongswan.conf plugin secrets). */
const SECRET_KEY = /^(?:secret|pin|psk|pass|passwd|password|passphrase|pwd)$|[_-](?:secret|password|passphrase|psk|pin)$/i;
/** Credentials inside a URI value (`database = mysql://user:password@host/db`). */
const URI_PASSWORD = /^[a-z][\w+.-]{0,20}:\/\/[^:@/\s]{0,200}:([^@/\s]{1,400})@/di;

const NAME_STOP = new Set(['#', '{', '}', ':', '.', ',', '=', '"', ' ', '\t', '\r']);
const VALUE_STOP = new Set(['#', '}', '"', ' ', '\t', '\r']);

interface Span {
  line: number;
  from: number;
  to: number;
}

class Cursor {
  li = 0;
  ci = 0;
  constructor(readonly lines: string[]) {}
  get eof(): boolean {
    return this.li >= this.lines.length;
  }
  get line(): string {
    return this.lines[this.li] ?? '';
  }
  /** Current character; '\n' at the end of a line. */
  ch(): string {
    const l = this.line;
    return this.ci < l.length ? l[this.ci]! : '\n';
  }
  next(): void {
    if (this.ci < this.line.length) this.ci++;
    else {
      this.li++;
      this.ci = 0;
    }
  }
  skipBlanks(): void {
    const l = this.line;
    while (this.ci < l.length && (l[this.ci] === ' ' || l[this.ci] === '\t' || l[this.ci] === '\r')) this.ci++;
  }
  /** Skip blanks, comments and line ends. */
  skipSpace(): void {
    while (!this.eof) {
      this.skipBlanks();
      const c = this.ch();
      if (c === '#' || c === '\n') {
        this.li++;
        this.ci = 0;
        continue;
      }
      return;
    }
  }
  toEol(): void {
    this.ci = this.line.length;
  }
  readName(): string {
    const l = this.line;
    const start = this.ci;
    while (this.ci < l.length && !NAME_STOP.has(l[this.ci]!)) this.ci++;
    return l.slice(start, this.ci);
  }
}

/**
 * A double-quoted string starting at the cursor (on the `"`). Returns the text and the spans it
 * covers; an unterminated string runs to the end of the file, as strongSwan reports it.
 */
function readQuoted(c: Cursor): { text: string; spans: Span[]; closed: boolean } {
  const spans: Span[] = [];
  let text = '';
  let from = c.ci;
  c.ci++;
  while (!c.eof) {
    const l = c.line;
    let i = c.ci;
    let joined = false;
    while (i < l.length) {
      const ch = l[i]!;
      if (ch === '"') {
        c.ci = i + 1;
        spans.push({ line: c.li, from, to: c.ci });
        return { text, spans, closed: true };
      }
      if (ch === '\\') {
        const nx = l[i + 1];
        if (nx === undefined) {
          // `\` at the end of a line joins the next line
          joined = true;
          break;
        }
        text += nx === 'n' ? '\n' : nx === 't' ? '\t' : nx === 'r' ? '\r' : nx;
        i += 2;
        continue;
      }
      text += ch;
      i++;
    }
    if (!joined) text += '\n';
    spans.push({ line: c.li, from, to: l.length });
    c.li++;
    c.ci = 0;
    from = 0;
  }
  return { text, spans, closed: false };
}

/** Parse settings text. Never throws. */
export function parseSettings(text: string, f = 0): SettingsDoc {
  const raw = splitLines(text);
  const c = new Cursor(raw);
  const root: Section = { name: '', pos: { f, i: 0 }, refs: [], kvs: [], subs: [] };
  const stack: Section[] = [root];
  const errors: Pos[] = [];
  const includes: IncludeLine[] = [];
  const secretSpans: Span[] = [];
  let secrets = 0;
  let tooDeep: Pos | undefined;
  /** Depth of sections being skipped because they are too deep (0 = not skipping). */
  let skip = 0;
  const errorLine = (li: number) => {
    if (errors.length === 0 || errors[errors.length - 1]!.i !== li) errors.push({ f, i: li });
  };

  while (!c.eof) {
    c.skipSpace();
    if (c.eof) break;
    const ch = c.ch();
    const li = c.li;
    if (ch === '}') {
      c.next();
      if (skip > 0) skip--;
      else if (stack.length > 1) stack.pop();
      else errorLine(li);
      continue;
    }
    if (ch === '{') {
      c.next();
      if (skip > 0) skip++;
      else {
        // a section without a name: skipped whole
        errorLine(li);
        skip = 1;
      }
      continue;
    }
    if (ch === '"') {
      // strings only follow `=` or `include`; skip it whole so its content is not read as names
      readQuoted(c);
      errorLine(li);
      continue;
    }
    const name = c.readName();
    if (!name) {
      // `.`, `,`, `:` or `=` where a name should be
      c.next();
      errorLine(li);
      continue;
    }
    const pos: Pos = { f, i: li };
    // `include <pattern>` (not `include = value`)
    if (name === 'include' && (c.ch() === ' ' || c.ch() === '\t')) {
      c.skipBlanks();
      if (c.ch() !== '=') {
        let pattern: string;
        if (c.ch() === '"') pattern = readQuoted(c).text;
        else {
          const l = c.line;
          const s = c.ci;
          while (c.ci < l.length && !' \t#}'.includes(l[c.ci]!)) c.ci++;
          pattern = l.slice(s, c.ci);
        }
        if (skip === 0) includes.push({ pattern, pos });
        continue;
      }
    }
    c.skipSpace();
    const op = c.ch();
    if (op === '=') {
      c.next();
      c.skipBlanks();
      const parts: string[] = [];
      const spans: Span[] = [];
      while (!c.eof) {
        const v = c.ch();
        if (v === '\n' || v === '#' || v === '}') break;
        if (v === '"') {
          const q = readQuoted(c);
          parts.push(q.text);
          for (const sp of q.spans) spans.push(sp);
          if (!q.closed) errorLine(li);
          c.skipBlanks();
          continue;
        }
        const l = c.line;
        const s = c.ci;
        while (c.ci < l.length && !VALUE_STOP.has(l[c.ci]!)) c.ci++;
        parts.push(l.slice(s, c.ci));
        spans.push({ line: c.li, from: s, to: c.ci });
        c.skipBlanks();
      }
      let value = parts.join(' ');
      if (SECRET_KEY.test(name) && value !== '') {
        // one span per line, from the first part of the value to its last (`'My "home" is'`)
        const perLine = new Map<number, Span>();
        for (const sp of spans) {
          const cur = perLine.get(sp.line);
          perLine.set(sp.line, cur ? { line: sp.line, from: Math.min(cur.from, sp.from), to: Math.max(cur.to, sp.to) } : sp);
        }
        for (const sp of perLine.values()) secretSpans.push(sp);
        if (!/^\*+$/.test(value) && value !== MASK) secrets++;
        value = MASK;
      } else {
        const uri = URI_PASSWORD.exec(value);
        if (uri?.indices?.[1]) {
          const [a, b] = uri.indices[1];
          value = value.slice(0, a) + MASK + value.slice(b);
          secrets++;
          // the URI is one unquoted part on its line: mask the same characters there
          const sp = spans[0];
          if (sp) secretSpans.push({ line: sp.line, from: sp.from + a, to: sp.from + b });
        }
      }
      if (skip === 0) stack[stack.length - 1]!.kvs.push({ key: name, value, pos });
      continue;
    }
    const refs: Ref[] = [];
    if (op === ':') {
      c.next();
      // references: absolute section names separated by commas, up to `{`
      for (;;) {
        c.skipSpace();
        if (c.eof) break;
        const r = c.ch();
        if (r === '{') break;
        if (r === ',') {
          c.next();
          continue;
        }
        const rli = c.li;
        const l = c.line;
        const s = c.ci;
        while (c.ci < l.length && (l[c.ci] === '.' || !NAME_STOP.has(l[c.ci]!))) c.ci++;
        const rn = l.slice(s, c.ci);
        if (!rn) {
          errorLine(rli);
          c.next();
          break;
        }
        // more references than any real file has are read and dropped
        if (refs.length < MAX_REFS) refs.push({ name: rn, pos: { f, i: rli } });
      }
    }
    if (c.ch() === '{') {
      c.next();
      if (skip > 0) {
        skip++;
        continue;
      }
      if (stack.length > MAX_DEPTH) {
        tooDeep ??= pos;
        skip = 1;
        continue;
      }
      const sec: Section = { name, pos, refs, kvs: [], subs: [] };
      stack[stack.length - 1]!.subs.push(sec);
      stack.push(sec);
      continue;
    }
    // a name followed by neither `=` nor `{`: not this syntax; resume on the next line
    errorLine(li);
    if (c.li === li) c.toEol();
  }
  if (stack.length > 1 && skip === 0) errorLine(stack[stack.length - 1]!.pos.i);

  // mask the secret spans, then PEM private key blocks
  const masked = raw.slice();
  const byLine = new Map<number, Span[]>();
  for (const s of secretSpans) {
    const list = byLine.get(s.line) ?? [];
    list.push(s);
    byLine.set(s.line, list);
  }
  for (const [ln, spans] of byLine) {
    let l = masked[ln] ?? '';
    // right to left, so that earlier offsets stay valid
    for (const s of [...spans].sort((a, b) => b.from - a.from)) {
      const seg = l.slice(s.from, s.to);
      const q = seg.startsWith('"') ? '"' : '';
      const qe = seg.length > 1 && seg.endsWith('"') ? '"' : '';
      l = l.slice(0, s.from) + q + MASK + qe + l.slice(s.to);
    }
    masked[ln] = l;
  }
  const pem = maskLines(masked, []);
  return { root, lines: pem.lines, secrets: secrets + pem.count, includes, errors, ...(tooDeep ? { tooDeep } : {}) };
}

// ---- reading the tree --------------------------------------------------------------------------

/**
 * A section as strongSwan sees it: its own settings first, then those of the sections it
 * references (left to right, each with its own references), so that own values win.
 */
export class View {
  private expanded?: Section[];

  private constructor(
    /** The namesake sections this view merges, before references are followed. */
    private readonly own: Section[],
    private readonly root: Section,
  ) {}

  static of(section: Section, root: Section): View {
    return new View([section], root);
  }

  /** Own sections first, then the referenced ones (followed on first use). */
  get sections(): Section[] {
    this.expanded ??= expand(this.own, this.root);
    return this.expanded;
  }

  get name(): string {
    return this.own[0]?.name ?? '';
  }

  get pos(): Pos | undefined {
    return this.own[0]?.pos;
  }

  /** The effective setting for a key (own value before inherited; the later of duplicates). */
  kv(key: string): Kv | undefined {
    for (const s of this.sections)
      for (let k = s.kvs.length - 1; k >= 0; k--) {
        const kv = s.kvs[k]!;
        if (kv.key === key) return kv;
      }
    return undefined;
  }

  /** Every effective key once (for reporting unknown keys). */
  keys(): Kv[] {
    const seen = new Set<string>();
    const out: Kv[] = [];
    for (const s of this.sections)
      for (let k = s.kvs.length - 1; k >= 0; k--) {
        const kv = s.kvs[k]!;
        if (seen.has(kv.key)) continue;
        seen.add(kv.key);
        out.push(kv);
      }
    return out.reverse();
  }

  /** Subsections by name, merged with their namesakes of the inherited sections, in first-seen order. */
  subs(): View[] {
    const order: string[] = [];
    const byName = new Map<string, Section[]>();
    for (const s of this.sections)
      for (const sub of s.subs) {
        let l = byName.get(sub.name);
        if (!l) {
          l = [];
          byName.set(sub.name, l);
          order.push(sub.name);
        }
        l.push(sub);
      }
    return order.map((n) => new View(byName.get(n)!, this.root));
  }

  sub(name: string): View | undefined {
    return this.subs().find((v) => v.name === name);
  }
}

/** Sections plus the sections they reference, depth-first, each once, at most 64 in all. */
function expand(sections: Section[], root: Section): Section[] {
  const out: Section[] = [];
  const seen = new Set<Section>();
  const queue = [...sections];
  // iterative: a reference chain cannot grow the stack
  while (queue.length && out.length < 64) {
    const s = queue.shift()!;
    if (seen.has(s)) continue;
    seen.add(s);
    out.push(s);
    // referenced sections next (depth-first), at most as many as can still be taken
    const refd: Section[] = [];
    for (const r of s.refs) for (const x of lookup(root, r.name)) if (refd.length < 64) refd.push(x);
    queue.unshift(...refd);
  }
  return out;
}

/** Subsections of a section by name, built once per section. */
const INDEX = new WeakMap<Section, Map<string, Section[]>>();

function byName(s: Section): Map<string, Section[]> {
  let m = INDEX.get(s);
  if (!m) {
    m = new Map();
    for (const sub of s.subs) {
      const l = m.get(sub.name);
      if (l) l.push(sub);
      else m.set(sub.name, [sub]);
    }
    INDEX.set(s, m);
  }
  return m;
}

/** Sections named by an absolute reference (`connections.base`, `conn-defaults`), merged namesakes included. */
export function lookup(root: Section, abs: string): Section[] {
  let cur: Section[] = [root];
  for (const part of abs.split('.')) {
    if (!part) return [];
    const next: Section[] = [];
    for (const s of cur) for (const x of byName(s).get(part) ?? []) next.push(x);
    cur = next;
    if (!cur.length) return [];
  }
  return cur;
}
