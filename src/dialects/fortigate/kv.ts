// FortiOS log lines are flat `key=value` lists (FortiOS Log Message Reference, "Log message
// format"): a value is either a bare token running to the next space, or a double-quoted string
// in which `\"` and `\\` are escapes. One pass over char codes, no regex, a bounded number of
// pairs: linear in the line length whatever it holds (65536 `=` or quotes included).

const MAX_PAIRS = 160;
const MAX_KEY = 40;

function isKeyChar(c: number): boolean {
  return (
    (c >= 97 && c <= 122) || // a-z
    (c >= 65 && c <= 90) || // A-Z
    (c >= 48 && c <= 57) || // 0-9
    c === 95 || // _
    c === 45 || // -
    c === 46 // .
  );
}

/**
 * Read `key=value` pairs of `s` from `start`. Separators are spaces, tabs and commas (a FortiAnalyzer
 * CSV row of `key=value` cells reads the same way). Text that is not a pair is skipped up to the
 * next separator. Later duplicates do not overwrite earlier keys.
 */
export function readKv(s: string, start = 0): Map<string, string> {
  const out = new Map<string, string>();
  const n = s.length;
  let i = start;
  while (i < n && out.size < MAX_PAIRS) {
    let c = s.charCodeAt(i);
    if (c === 32 || c === 9 || c === 44) {
      i++;
      continue;
    }
    // A key: key characters up to `=`.
    const k0 = i;
    while (i < n && i - k0 <= MAX_KEY && isKeyChar(s.charCodeAt(i))) i++;
    if (i === k0 || i >= n || s.charCodeAt(i) !== 61 /* = */ || i - k0 > MAX_KEY) {
      // Not a pair: skip to the next separator (at least one character, so the loop advances).
      if (i === k0) i++;
      while (i < n) {
        c = s.charCodeAt(i);
        if (c === 32 || c === 9 || c === 44) break;
        i++;
      }
      continue;
    }
    const key = s.slice(k0, i);
    i++; // `=`
    let value: string;
    if (i < n && s.charCodeAt(i) === 34 /* " */) {
      i++;
      let buf = '';
      let from = i;
      for (;;) {
        if (i >= n) {
          buf += s.slice(from, n);
          break;
        }
        c = s.charCodeAt(i);
        if (c === 92 /* \ */ && i + 1 < n) {
          buf += s.slice(from, i);
          buf += s[i + 1];
          i += 2;
          from = i;
          continue;
        }
        if (c === 34) {
          // CSV doubling (`""`) inside a quoted value reads as one quote.
          if (i + 1 < n && s.charCodeAt(i + 1) === 34) {
            buf += s.slice(from, i + 1);
            i += 2;
            from = i;
            continue;
          }
          buf += s.slice(from, i);
          i++;
          break;
        }
        i++;
      }
      value = buf;
    } else {
      const v0 = i;
      while (i < n) {
        c = s.charCodeAt(i);
        if (c === 32 || c === 9 || c === 44) break;
        i++;
      }
      value = s.slice(v0, i);
    }
    if (!out.has(key)) out.set(key, value);
  }
  return out;
}

/** A value that FortiOS writes for "nothing": `N/A`, `n/a`, empty. */
export function present(v: string | undefined): string | undefined {
  if (v === undefined) return undefined;
  const t = v.trim();
  if (!t || t === 'N/A' || t === 'n/a' || t === 'NOT-APPLICABLE' || t === '-') return undefined;
  return t;
}
