// Shell wildcards of `include` lines (ipsec.conf(5), ipsec.secrets(5), strongswan.conf(5): "may
// include shell wildcards (see sh(1))"), expanded against the file system the way glob(3) does:
// sorted, and no match at all is not an error. No regular expressions: a name is matched by a
// two-pointer scan that backtracks only to the last `*`.
import { readdirSync, statSync } from 'node:fs';
import { isAbsolute, join, dirname, sep } from 'node:path';

const MAX_MATCHES = 64;

export function hasWildcard(s: string): boolean {
  return /[*?[]/.test(s);
}

/** Match one class `[...]` at pattern index `p` against `c`; returns [matched, index after the class] or undefined when not a class. */
function matchClass(pat: string, p: number, c: string): [boolean, number] | undefined {
  let j = p + 1;
  let negate = false;
  if (pat[j] === '!' || pat[j] === '^') {
    negate = true;
    j++;
  }
  let hit = false;
  let first = true;
  while (j < pat.length && (first || pat[j] !== ']')) {
    first = false;
    const lo = pat[j]!;
    if (pat[j + 1] === '-' && j + 2 < pat.length && pat[j + 2] !== ']') {
      const hi = pat[j + 2]!;
      if (c >= lo && c <= hi) hit = true;
      j += 3;
    } else {
      if (c === lo) hit = true;
      j++;
    }
  }
  if (j >= pat.length) return undefined; // no closing bracket: a literal `[`
  return [hit !== negate, j + 1];
}

/** Whether a file name matches a wildcard pattern (`*`, `?`, `[...]`); a leading dot must be matched literally. */
export function wildcardMatch(pat: string, name: string): boolean {
  if (name.startsWith('.') && !pat.startsWith('.')) return false;
  let p = 0;
  let n = 0;
  let starP = -1;
  let starN = 0;
  while (n < name.length) {
    const pc = pat[p];
    if (pc === '*') {
      starP = p++;
      starN = n;
      continue;
    }
    if (pc === '?') {
      p++;
      n++;
      continue;
    }
    if (pc === '[') {
      const r = matchClass(pat, p, name[n]!);
      if (r) {
        if (r[0]) {
          p = r[1];
          n++;
          continue;
        }
      } else if (name[n] === '[') {
        p++;
        n++;
        continue;
      }
    } else if (pc !== undefined && pc === name[n]) {
      p++;
      n++;
      continue;
    }
    if (starP < 0) return false;
    p = starP + 1;
    n = ++starN;
  }
  while (pat[p] === '*') p++;
  return p === pat.length;
}

function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

function exists(p: string): boolean {
  try {
    statSync(p);
    return true;
  } catch {
    return false;
  }
}

/**
 * The files an include pattern names, relative to the directory of the including file. A pattern
 * without wildcards yields itself whether or not it exists (the caller reports a missing file).
 */
export function expandInclude(includingFile: string, pattern: string): { paths: string[]; wildcard: boolean } {
  const full = isAbsolute(pattern) ? pattern : join(dirname(includingFile), pattern);
  if (!hasWildcard(pattern)) return { paths: [full], wildcard: false };
  const parts = full.split(sep);
  let bases = [parts[0] === '' ? sep : parts[0]!];
  for (let k = 1; k < parts.length; k++) {
    const part = parts[k]!;
    if (part === '') continue;
    const last = k === parts.length - 1;
    const next: string[] = [];
    for (const b of bases) {
      if (!hasWildcard(part)) {
        const p = join(b, part);
        if (last ? exists(p) : isDir(p)) next.push(p);
        continue;
      }
      let names: string[];
      try {
        names = readdirSync(b).sort();
      } catch {
        continue;
      }
      for (const nm of names) {
        if (!wildcardMatch(part, nm)) continue;
        const p = join(b, nm);
        if (last ? !isDir(p) : isDir(p)) next.push(p);
        if (next.length >= MAX_MATCHES) break;
      }
    }
    bases = next.slice(0, MAX_MATCHES);
    if (bases.length === 0) break;
  }
  return { paths: bases, wildcard: true };
}
