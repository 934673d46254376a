// `key=value` lists (SonicOS syslog, AWS tunnel logs in text form): a value is a bare token up to
// the next space, or a quoted string ("..." or '...') in which a backslash escapes the next
// character. One pass over char codes with a bounded number of pairs: linear in the line length
// whatever it holds (65536 `=` or quotes included).

const MAX_PAIRS = 160;
const MAX_KEY = 40;

function isKeyChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 45 || c === 46;
}

function isSep(c: number): boolean {
  return c === 32 || c === 9;
}

/** Read the pairs of `s`; text that is not a pair is skipped. Earlier keys win over later duplicates. */
export function readKv(s: string): Map<string, string> {
  const out = new Map<string, string>();
  const n = s.length;
  let i = 0;
  while (i < n && out.size < MAX_PAIRS) {
    let c = s.charCodeAt(i);
    if (isSep(c)) {
      i++;
      continue;
    }
    const k0 = i;
    while (i < n && i - k0 <= MAX_KEY && isKeyChar(s.charCodeAt(i))) i++;
    if (i === k0 || i >= n || s.charCodeAt(i) !== 61 /* = */ || i - k0 > MAX_KEY) {
      if (i === k0) i++;
      while (i < n && !isSep(s.charCodeAt(i))) i++;
      continue;
    }
    const key = s.slice(k0, i);
    i++;
    let value: string;
    const q = i < n ? s.charCodeAt(i) : 0;
    if (q === 34 || q === 39) {
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
          buf += s.slice(from, i) + s.charAt(i + 1);
          i += 2;
          from = i;
          continue;
        }
        if (c === q) {
          buf += s.slice(from, i);
          i++;
          break;
        }
        i++;
      }
      value = buf;
    } else {
      const v0 = i;
      while (i < n && !isSep(s.charCodeAt(i))) i++;
      value = s.slice(v0, i);
    }
    if (!out.has(key)) out.set(key, value);
  }
  return out;
}
