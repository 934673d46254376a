// Reader for the FortiOS configuration language (`show`, `show full-configuration`, backup files):
// `config <path>` / `edit <name>` / `set <attr> <values>` / `next` / `end`, VDOM blocks,
// quoted values that continue over several lines (certificates), `#` header lines.
import type { ConfigText } from '../shared/source.js';
import { quotedWords } from '../shared/tokens.js';

export interface FgAttr {
  values: string[];
  /** 0-based line of the `set`. */
  line: number;
}

export interface FgEntry {
  name: string;
  line: number;
  attrs: Map<string, FgAttr>;
  /** Lines of `set` commands in this entry, for reporting the ones not understood. */
  sets: { attr: string; line: number }[];
  /** Nested `config` tables inside the entry (`config ipv4-exclude-range` ...). */
  tables: { path: string; line: number }[];
}

export interface FgTable {
  /** `vpn ipsec phase1-interface`. */
  path: string;
  vdom?: string;
  line: number;
  entries: FgEntry[];
  /** `set` lines directly under the table (no `edit`): `config system global`. */
  attrs: Map<string, FgAttr>;
}

interface Frame {
  kind: 'config' | 'edit';
  path: string;
  table?: FgTable;
  entry?: FgEntry;
}

/** Read every top-level and VDOM-level table. Never throws; nesting that does not close is tolerated. */
export function readFortiConfig(doc: ConfigText): FgTable[] {
  const tables: FgTable[] = [];
  const stack: Frame[] = [];
  let vdom: string | undefined;
  const lines = doc.lines;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] ?? '';
    const q = quotedWords(raw.replace(/^\s*[\w.-]{1,64}(?: ?\([\w .-]{1,40}\))? ?# /, ''));
    let tokens = q.tokens;
    // a quoted value that goes on over the next lines: join them (a certificate, a banner)
    if (q.open) {
      let j = i + 1;
      let text = raw;
      while (j < lines.length && j - i < 2000) {
        text += `\n${lines[j] ?? ''}`;
        const r = quotedWords(text);
        j++;
        if (!r.open) {
          tokens = r.tokens;
          break;
        }
      }
      i = j - 1;
    }
    const w = tokens.map((t) => t.text);
    const verb = w[0];
    if (verb === undefined || verb.startsWith('#')) continue;
    const top = stack[stack.length - 1];
    switch (verb) {
      case 'config': {
        const path = w.slice(1).join(' ');
        if (top?.kind === 'edit' && top.entry) {
          top.entry.tables.push({ path, line: i });
          stack.push({ kind: 'config', path: `${top.path} > ${path}` });
          break;
        }
        if (path === 'vdom' || path === 'global') {
          stack.push({ kind: 'config', path });
          if (path === 'global') vdom = undefined;
          break;
        }
        const table: FgTable = { path, line: i, entries: [], attrs: new Map(), ...(vdom ? { vdom } : {}) };
        // only tables at the top or directly inside a VDOM are tables of their own
        const nested = stack.some((f) => f.kind === 'config' && f.path !== 'vdom' && f.path !== 'global');
        if (!nested) tables.push(table);
        stack.push({ kind: 'config', path, ...(nested ? {} : { table }) });
        break;
      }
      case 'edit': {
        const name = w.slice(1).join(' ');
        if (top?.kind === 'config' && top.path === 'vdom') {
          vdom = name;
          stack.push({ kind: 'edit', path: `vdom ${name}` });
          break;
        }
        if (top?.kind === 'config' && top.table) {
          const entry: FgEntry = { name, line: i, attrs: new Map(), sets: [], tables: [] };
          top.table.entries.push(entry);
          stack.push({ kind: 'edit', path: top.path, table: top.table, entry });
        } else stack.push({ kind: 'edit', path: top?.path ?? '' });
        break;
      }
      case 'set':
      case 'append':
      case 'unset': {
        const attr = w[1];
        if (!attr) break;
        const target = top?.kind === 'edit' ? top.entry?.attrs : top?.table?.attrs;
        if (!target) break;
        if (verb === 'unset') {
          target.delete(attr);
          break;
        }
        const values = w.slice(2);
        const prev = target.get(attr);
        target.set(attr, {
          values: verb === 'append' && prev ? [...prev.values, ...values] : values,
          line: i,
        });
        if (top?.kind === 'edit' && top.entry) top.entry.sets.push({ attr, line: i });
        break;
      }
      case 'next':
        if (top?.kind === 'edit') {
          stack.pop();
          if (top.path.startsWith('vdom ')) vdom = undefined;
        }
        break;
      case 'end':
        // close the open `edit` (missing `next`) and its `config`
        if (top?.kind === 'edit') stack.pop();
        stack.pop();
        break;
      default:
        break;
    }
  }
  return tables;
}
