// The ipsec.conf syntax shared by strongSwan's starter (ipsec.conf(5)) and Libreswan/Openswan's
// addconn (ipsec.conf(5), lib/libswan/ipsecconf/scanner.lex): sections start at column 0
// (`config setup`, `conn <name>`, `ca <name>`), their parameters are indented `key=value` lines,
// `#` starts a comment at the start of a line or after white space, a value may be double-quoted
// (strongSwan: continued on the next line after a trailing `\`) or, in Libreswan, wrapped in
// braces (`leftsubnets={a b}`). `include <file>` is replaced by the file's content, relative to
// the including file, with shell wildcards; `version 2.0` opens Openswan files.
//
// Sections of the same type and name are merged; `also=<name>` inherits another section's
// parameters and `conn %default` gives defaults to every conn (own values always win).
import { MASK, maskLines } from '../shared/secrets.js';
import { expandInclude } from './glob.js';
import { markSeen, readSide, splitLines, type Pos, type Sources } from './source.js';

export interface Entry {
  key: string;
  /** Unquoted value; '' = explicitly cleared (back to the default). */
  value: string;
  pos: Pos;
}

export interface ConfSection {
  type: 'config' | 'conn' | 'ca';
  name: string;
  pos: Pos;
  entries: Entry[];
}

export interface IncludeInfo {
  pattern: string;
  pos: Pos;
  /** Files read for it. */
  read: string[];
  /** Why nothing (or not everything) was read. */
  problem?: string;
}

export interface ConfDoc {
  sections: ConfSection[];
  includes: IncludeInfo[];
  version?: Entry;
}

/** Keys whose value is a secret, were one ever written into ipsec.conf. */
const SECRET_KEY = /^(?:\w{0,20}(?:pass|passwd|password|passphrase|secret|psk)|pin)$/i;
const MAX_INCLUDE_DEPTH = 10;
/** Sections one conn may inherit through also= (directly and nested); real files use a handful. */
const MAX_ALSO = 32;

/** Mask the secret values of one file's lines; returns lines and count. */
function mask(lines: string[]): { lines: string[]; count: number } {
  let count = 0;
  const out = lines.map((l) => {
    const m = /^(\s+)([\w-]{1,60})(\s*=)(.*)$/.exec(l);
    if (!m || !SECRET_KEY.test(m[2]!)) return l;
    const v = m[4]!.trim();
    if (v === '' || /^"?\*+"?$/.test(v)) return l;
    count++;
    return `${m[1]}${m[2]}${m[3]}${v.startsWith('"') ? `"${MASK}"` : MASK}`;
  });
  const pem = maskLines(out, []);
  return { lines: pem.lines, count: count + pem.count };
}

/** Cut a trailing comment (`#` at the start or after white space, outside double quotes). */
export function stripComment(line: string): string {
  let inQ = false;
  for (let k = 0; k < line.length; k++) {
    const c = line[k];
    if (c === '"' && line[k - 1] !== '\\') inQ = !inQ;
    else if (c === '#' && !inQ && (k === 0 || line[k - 1] === ' ' || line[k - 1] === '\t')) return line.slice(0, k);
  }
  return line;
}

/** A value as written after `=`: quotes and braces removed, runs of blanks folded. */
function valueOf(raw: string): string {
  const t = raw.trim();
  if (t.startsWith('"')) {
    const end = t.indexOf('"', 1);
    const inner = end > 0 ? t.slice(1, end) : t.slice(1);
    return inner.replace(/\\"/g, '"');
  }
  if (t.startsWith('{') && t.endsWith('}')) return t.slice(1, -1).trim().replace(/\s+/g, ' ');
  return t.replace(/\s+/g, ' ');
}

interface ReadState {
  doc: ConfDoc;
  current?: ConfSection;
  depth: number;
}

/** Read one file's lines into the document. */
function readLines(srcs: Sources, st: ReadState, f: number, path: string): void {
  const lines = srcs.files[f]!.lines;
  for (let i = 0; i < lines.length; i++) {
    const pos: Pos = { f, i };
    let line = lines[i]!;
    // a double-quoted value continued with `\` at the end of the line (strongSwan)
    if (/=\s*"/.test(line) && (line.match(/"/g) ?? []).length % 2 === 1) {
      // at most 64 lines: a value is never longer, and the join stays linear
      for (let n = 0; n < 64 && line.endsWith('\\') && i + 1 < lines.length; n++) line = line.slice(0, -1) + lines[++i]!;
    }
    const body = stripComment(line);
    if (body.trim() === '') continue;
    const indented = body[0] === ' ' || body[0] === '\t';
    const t = body.trim();
    // include, at any indentation
    const inc = /^include\s+(\S+)\s*$/.exec(t);
    if (inc) {
      include(srcs, st, path, inc[1]!.replace(/^"|"$/g, ''), pos);
      continue;
    }
    if (!indented) {
      const sec = /^(config|conn|ca)\s+(\S+)\s*$/.exec(t);
      if (sec) {
        const type = sec[1] as ConfSection['type'];
        if (type === 'config' && sec[2] !== 'setup') {
          srcs.unread(pos);
          st.current = undefined;
          continue;
        }
        st.current = { type, name: sec[2]!, pos, entries: [] };
        st.doc.sections.push(st.current);
        continue;
      }
      const ver = /^version\s+(\S+)$/.exec(t);
      if (ver) {
        st.doc.version = { key: 'version', value: ver[1]!, pos };
        continue;
      }
      // Openswan-era files sometimes start parameters at column 0 inside a section; accept `key=value`
      const kv0 = /^([\w%-]{1,60})\s*=(.*)$/.exec(t);
      if (kv0 && st.current) {
        st.current.entries.push({ key: kv0[1]!, value: valueOf(kv0[2]!), pos });
        srcs.note('ipsec-conf.not-indented', {}, pos);
        continue;
      }
      srcs.unread(pos);
      st.current = undefined;
      continue;
    }
    // Libreswan `X-name` / `x_name` user keys may stand without a value (scanner.lex COMMENT rules)
    if (/^x[-_][^=\s]{0,80}$/i.test(t)) continue;
    const kv = /^([^=\s]{1,80})\s*=(.*)$/.exec(t);
    if (!kv || !st.current) {
      srcs.unread(pos);
      continue;
    }
    st.current.entries.push({ key: kv[1]!, value: valueOf(kv[2]!), pos });
  }
}

function include(srcs: Sources, st: ReadState, from: string, pattern: string, pos: Pos): void {
  const info: IncludeInfo = { pattern, pos, read: [] };
  st.doc.includes.push(info);
  if (st.depth >= MAX_INCLUDE_DEPTH) {
    info.problem = 'depth';
    return;
  }
  let paths: string[];
  let wildcard: boolean;
  try {
    const e = expandInclude(from, pattern);
    paths = e.paths;
    wildcard = e.wildcard;
  } catch {
    info.problem = 'missing';
    return;
  }
  if (paths.length === 0 && !wildcard) info.problem = 'missing';
  for (const p of paths) {
    const r = readSide(srcs, p);
    if (!r.ok) {
      // a wildcard that matches nothing is fine (glob(3)); a named file that is missing is not
      info.problem = r.reason;
      continue;
    }
    const m = mask(splitLines(r.text));
    const f = srcs.add(r.path, m.lines, m.count);
    info.read.push(r.path);
    st.depth++;
    readLines(srcs, st, f, r.path);
    st.depth--;
  }
}

/** Read an ipsec.conf (and the files it includes) into `srcs`; file 0 is the one given. */
export function readIpsecConf(srcs: Sources, path: string, text: string): ConfDoc {
  const m = mask(splitLines(text));
  const f = srcs.add(path, m.lines, m.count);
  markSeen(srcs, path);
  const st: ReadState = { doc: { sections: [], includes: [] }, depth: 0 };
  readLines(srcs, st, f, path);
  return st.doc;
}

// ---- sections, also= and %default --------------------------------------------------------------

/** The effective parameters of a section: key → entry (own first, then also=, then %default). */
export type Params = Map<string, Entry>;

export class Sections {
  /** Same type and name merged, in first-seen order. */
  readonly byKey = new Map<string, ConfSection[]>();
  /** Names referenced by another conn's also=. */
  readonly referenced = new Set<string>();

  constructor(readonly doc: ConfDoc) {
    for (const s of doc.sections) {
      const k = `${s.type} ${s.name}`;
      const l = this.byKey.get(k);
      if (l) l.push(s);
      else this.byKey.set(k, [s]);
      for (const e of s.entries) if (e.key === 'also') for (const n of e.value.split(/\s+/)) if (n) this.referenced.add(n);
    }
  }

  list(type: ConfSection['type']): ConfSection[][] {
    return [...this.byKey.entries()].filter(([k]) => k.startsWith(`${type} `)).map(([, v]) => v);
  }

  private readonly ownCache = new Map<ConfSection[], Params>();

  /** Own parameters of merged sections: the last entry of a key wins. */
  own(parts: ConfSection[]): Params {
    const cached = this.ownCache.get(parts);
    if (cached) return cached;
    const m: Params = new Map();
    for (const p of parts) for (const e of p.entries) if (e.key !== 'also') m.set(e.key, e);
    this.ownCache.set(parts, m);
    return m;
  }

  /**
   * Effective parameters: own, then each also= section (left to right, each with its own also=),
   * then `%default`. Iterative, each section once, so a loop of also= ends.
   */
  effective(type: ConfSection['type'], name: string, onMissing?: (name: string, at: Pos) => void): Params {
    const out: Params = new Map();
    const seen = new Set<string>();
    const queue: { name: string; at?: Pos }[] = [{ name }];
    while (queue.length) {
      const cur = queue.shift()!;
      if (seen.has(cur.name) || seen.size > MAX_ALSO) continue;
      seen.add(cur.name);
      const parts = this.byKey.get(`${type} ${cur.name}`);
      if (!parts) {
        if (cur.at && onMissing) onMissing(cur.name, cur.at);
        continue;
      }
      for (const [k, e] of this.own(parts)) if (!out.has(k)) out.set(k, e);
      const alsos: { name: string; at: Pos }[] = [];
      for (const p of parts)
        for (const e of p.entries) if (e.key === 'also') for (const n of e.value.split(/\s+/)) if (n && alsos.length < MAX_ALSO) alsos.push({ name: n, at: e.pos });
      queue.unshift(...alsos);
    }
    if (name !== '%default' && !seen.has('%default')) {
      const d = this.byKey.get(`${type} %default`);
      if (d) for (const [k, e] of this.own(d)) if (!out.has(k)) out.set(k, e);
    }
    // an empty value clears what was inherited: the default applies
    for (const [k, e] of out) if (e.value === '') out.delete(k);
    return out;
  }
}
