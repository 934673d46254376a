// Splits decoded text into physical lines. Line ends: LF, CRLF, a bare CR, and a literal
// two-character `^M` left at the end of a line by text that went through an editor or a wiki
// (seed 004). NUL characters are dropped; a line longer than MAX_LINE is cut there and the rest
// of it skipped, so a file without line ends never makes the splitter hold more than MAX_LINE.
//
// Built on String#indexOf over whole decoded chunks: the scanning runs in native code and each
// line is one slice.

export const MAX_LINE = 64 * 1024;

export class LineSplitter {
  /** Lines emitted so far (the last emitted line's 1-based number). */
  lines = 0;
  /** NUL characters removed, and the line of the first one. */
  nulCount = 0;
  nulFirstLine = 0;
  /** Lines cut at `maxLine`, and the first of them. */
  longCount = 0;
  longFirstLine = 0;

  private carry = '';
  /** The current line already went past maxLine: drop text until its end. */
  private overflow = false;
  /** The previous chunk ended in CR: a LF at the start of the next one belongs to it. */
  private pendingCr = false;

  constructor(private readonly maxLine: number = MAX_LINE) {}

  /** Feed decoded text; complete lines are appended to `out`. */
  push(chunk: string, out: string[]): void {
    if (chunk.length === 0) return;
    if (chunk.includes('\0')) chunk = this.dropNul(chunk);
    let i = 0;
    const n = chunk.length;
    if (this.pendingCr) {
      this.pendingCr = false;
      if (chunk.charCodeAt(0) === 10) i = 1;
    }
    let lf = chunk.indexOf('\n', i);
    let cr = chunk.indexOf('\r', i);
    for (;;) {
      let end: number;
      let next: number;
      if (lf < 0 && cr < 0) break;
      if (cr < 0 || (lf >= 0 && lf < cr)) {
        end = lf;
        next = lf + 1;
        lf = chunk.indexOf('\n', next);
      } else {
        end = cr;
        next = cr + 1;
        if (next < n) {
          if (chunk.charCodeAt(next) === 10) {
            next++;
            lf = chunk.indexOf('\n', next);
          }
        } else this.pendingCr = true;
        cr = chunk.indexOf('\r', next);
      }
      if (this.carry.length > 0 || this.overflow) this.emit(this.appendCarry(chunk, i, end), out);
      else this.emit(chunk.slice(i, end), out);
      this.carry = '';
      this.overflow = false;
      i = next;
    }
    if (i < n) {
      const rest = this.appendCarry(chunk, i, n);
      this.carry = rest;
    }
  }

  /** End of input: the last line, when it has no line end. */
  end(out: string[]): void {
    if (this.carry.length > 0 || this.overflow) this.emit(this.carry, out);
    this.carry = '';
    this.overflow = false;
    this.pendingCr = false;
  }

  /** carry + chunk[from, to), held to maxLine (+ 2 so that a `^M` right at the cut still goes). */
  private appendCarry(chunk: string, from: number, to: number): string {
    if (this.overflow) return this.carry;
    const room = this.maxLine + 2 - this.carry.length;
    if (to - from > room) {
      this.overflow = true;
      return this.carry + chunk.slice(from, from + room);
    }
    return this.carry.length === 0 ? chunk.slice(from, to) : this.carry + chunk.slice(from, to);
  }

  private emit(text: string, out: string[]): void {
    this.lines++;
    let t = text;
    let len = t.length;
    // Literal `^M` (caret, M) at the end: a CR that was made visible.
    while (len >= 2 && t.charCodeAt(len - 1) === 77 && t.charCodeAt(len - 2) === 94) len -= 2;
    if (len > this.maxLine || this.overflow) {
      if (len > this.maxLine) len = this.maxLine;
      if (this.longCount === 0) this.longFirstLine = this.lines;
      this.longCount++;
    }
    if (len !== t.length) t = t.slice(0, len);
    out.push(t);
  }

  private dropNul(chunk: string): string {
    let count = 0;
    let first = -1;
    for (let p = chunk.indexOf('\0'); p >= 0; p = chunk.indexOf('\0', p + 1)) {
      if (first < 0) first = p;
      count++;
    }
    if (this.nulCount === 0 && first >= 0) {
      // Line of the first NUL: lines before this chunk, plus line ends before it in the chunk.
      let line = this.lines + 1;
      const head = chunk.slice(0, first);
      for (let p = head.indexOf('\n'); p >= 0; p = head.indexOf('\n', p + 1)) line++;
      this.nulFirstLine = line;
    }
    this.nulCount += count;
    return chunk.replaceAll('\0', '');
  }
}
