// Tokenizers for line-oriented configuration languages. Linear scans, no regex backtracking.

/** Whitespace-separated words. */
export function words(line: string): string[] {
  const out: string[] = [];
  let i = 0;
  const n = line.length;
  while (i < n) {
    while (i < n && isSpace(line.charCodeAt(i))) i++;
    const start = i;
    while (i < n && !isSpace(line.charCodeAt(i))) i++;
    if (i > start) out.push(line.slice(start, i));
  }
  return out;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 11 || c === 12 || c === 13;
}

export interface QuotedToken {
  text: string;
  quoted: boolean;
}

/**
 * Words with double (and single) quotes honoured, backslash escapes inside quotes (FortiOS, PAN-OS
 * `set` lines). `open` is true when the line ends inside a quote (a value that continues on the
 * next line, as FortiOS certificates do).
 */
export function quotedWords(line: string): { tokens: QuotedToken[]; open: boolean } {
  const tokens: QuotedToken[] = [];
  let i = 0;
  const n = line.length;
  while (i < n) {
    while (i < n && isSpace(line.charCodeAt(i))) i++;
    if (i >= n) break;
    const c = line[i];
    if (c === '"' || c === "'") {
      const q = c;
      i++;
      let text = '';
      let closed = false;
      while (i < n) {
        const ch = line[i]!;
        if (ch === '\\' && i + 1 < n) {
          text += line[i + 1];
          i += 2;
          continue;
        }
        if (ch === q) {
          closed = true;
          i++;
          break;
        }
        text += ch;
        i++;
      }
      tokens.push({ text, quoted: true });
      if (!closed) return { tokens, open: true };
      continue;
    }
    const start = i;
    while (i < n && !isSpace(line.charCodeAt(i)) && line[i] !== '"') i++;
    tokens.push({ text: line.slice(start, i), quoted: false });
  }
  return { tokens, open: false };
}

/** Indentation (leading spaces/tabs) of a line. */
export function indentOf(line: string): number {
  let i = 0;
  while (i < line.length && (line[i] === ' ' || line[i] === '\t')) i++;
  return i;
}

/** The `[ a b c ]` list starting at tokens[i] (or the single token there); returns values and the next index. */
export function bracketList(tokens: readonly string[], i: number): { values: string[]; next: number } {
  const first = tokens[i];
  if (first === undefined) return { values: [], next: i };
  if (!first.startsWith('[')) return { values: [first], next: i + 1 };
  const values: string[] = [];
  let j = i;
  let t = first.slice(1);
  for (;;) {
    const end = t.endsWith(']');
    const v = end ? t.slice(0, -1) : t;
    if (v) values.push(v);
    j++;
    if (end) break;
    const nx = tokens[j];
    if (nx === undefined) break;
    t = nx;
  }
  return { values, next: j };
}
