// A small CSV field reader for PAN-OS log rows (syslog body and the web interface's CSV export).
// PAN-OS quotes a field when it contains a comma and doubles embedded quotes (RFC 4180 style).
// One pass, no regex, a bounded number of fields: linear in the line length whatever it holds.

/**
 * Read up to `max` fields of `line` starting at `start`. Fields past `max` are not read.
 * An unterminated quoted field runs to the end of the line.
 */
export function readCsvFields(line: string, start = 0, max = 32): string[] {
  const out: string[] = [];
  let i = start;
  const n = line.length;
  while (out.length < max) {
    if (i < n && line.charCodeAt(i) === 34 /* " */) {
      let buf = '';
      let j = i + 1;
      let from = j;
      for (;;) {
        const q = line.indexOf('"', j);
        if (q < 0) {
          buf += line.slice(from);
          j = n;
          break;
        }
        if (line.charCodeAt(q + 1) === 34) {
          buf += line.slice(from, q + 1);
          j = q + 2;
          from = j;
          continue;
        }
        buf += line.slice(from, q);
        j = q + 1;
        break;
      }
      out.push(buf);
      // Skip anything between the closing quote and the next comma (malformed rows).
      const c = line.indexOf(',', j);
      if (c < 0) return out;
      i = c + 1;
    } else {
      const c = line.indexOf(',', i);
      if (c < 0) {
        out.push(line.slice(i));
        return out;
      }
      out.push(line.slice(i, c));
      i = c + 1;
    }
  }
  return out;
}
