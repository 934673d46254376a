// Syslog over a byte stream (TCP, TLS): RFC 6587 §3.4.1 octet counting (`LEN SP MSG`) and
// §3.4.2 non-transparent framing (a message per line; LF, CR LF or NUL ends it). The framing is
// decided on the first frame of a connection (a non-zero digit, digits, a space: octet
// counting) and kept; an octet-counted stream that stops looking like one falls back to lines.
// Messages longer than the limit are skipped whole and reported, never cut silently.

export type Framing = 'unknown' | 'octet' | 'line';

export interface FrameSink {
  message(buf: Buffer): void;
  /** A message over the size limit was skipped (its length in bytes, as far as known). */
  oversize(bytes: number): void;
}

const LF = 10;
const CR = 13;
const NUL = 0;
const SP = 32;
/** Digits of a MSG-LEN: enough for any limit a server can set. */
const MAX_LEN_DIGITS = 9;

export class SyslogFramer {
  framing: Framing = 'unknown';
  private buf: Buffer = Buffer.alloc(0);
  /** Bytes of an oversized message still to skip (octet counting) or skipping to the next LF. */
  private skip = 0;
  private skipLine = false;
  private skippedLine = 0;

  constructor(
    private readonly maxBytes: number,
    private readonly sink: FrameSink,
  ) {}

  push(chunk: Buffer): void {
    const data = this.buf.length ? Buffer.concat([this.buf, chunk]) : chunk;
    const ends = new LineEnds(data);
    let i = 0;
    const n = data.length;
    for (;;) {
      if (this.skip > 0) {
        const take = Math.min(this.skip, n - i);
        this.skip -= take;
        i += take;
        if (this.skip > 0) break;
        continue;
      }
      if (this.skipLine) {
        const lf = data.indexOf(LF, i);
        if (lf < 0) {
          this.skippedLine += n - i;
          i = n;
          break;
        }
        this.skippedLine += lf - i;
        this.sink.oversize(this.skippedLine);
        this.skipLine = false;
        this.skippedLine = 0;
        i = lf + 1;
        continue;
      }
      if (i >= n) break;
      if (this.framing === 'unknown' || this.framing === 'octet') {
        const hdr = this.octetHeader(data, i);
        if (hdr === 'more') break;
        if (hdr !== 'no') {
          this.framing = 'octet';
          const start = hdr.start;
          if (hdr.len > this.maxBytes) {
            this.sink.oversize(hdr.len);
            this.skip = hdr.len;
            i = start;
            continue;
          }
          if (n - start < hdr.len) break;
          this.sink.message(trimEnd(data.subarray(start, start + hdr.len)));
          i = start + hdr.len;
          continue;
        }
        this.framing = 'line';
      }
      // Line framing.
      const end = ends.next(i);
      if (end < 0) {
        if (n - i > this.maxBytes) {
          this.skipLine = true;
          this.skippedLine = n - i;
          i = n;
        }
        break;
      }
      if (end - i > this.maxBytes) this.sink.oversize(end - i);
      else if (end > i) {
        const msg = trimEnd(data.subarray(i, end));
        if (msg.length) this.sink.message(msg);
      }
      i = end + 1;
    }
    // Keep the unread tail (copied, so that the chunk it came from can be freed).
    this.buf = i >= n ? Buffer.alloc(0) : Buffer.from(data.subarray(i));
  }

  /** The connection ended: a last unterminated line is still a message. */
  end(): void {
    if (this.skipLine) {
      this.sink.oversize(this.skippedLine);
      this.skipLine = false;
    }
    if (this.buf.length && this.framing !== 'octet') {
      const msg = trimEnd(this.buf);
      if (msg.length > this.maxBytes) this.sink.oversize(msg.length);
      else if (msg.length) this.sink.message(msg);
    } else if (this.buf.length) {
      // A truncated octet-counted frame: the sender stopped mid-message.
      this.sink.oversize(this.buf.length);
    }
    this.buf = Buffer.alloc(0);
  }

  /** `LEN SP` at i: the length and where the message starts; 'more' when undecided yet; 'no' otherwise. */
  private octetHeader(d: Buffer, i: number): { len: number; start: number } | 'more' | 'no' {
    const c0 = d[i]!;
    if (c0 < 49 || c0 > 57) return 'no';
    let j = i;
    let len = 0;
    while (j < d.length && j - i < MAX_LEN_DIGITS) {
      const c = d[j]!;
      if (c < 48 || c > 57) break;
      len = len * 10 + (c - 48);
      j++;
    }
    if (j >= d.length) return j - i < MAX_LEN_DIGITS ? 'more' : 'no';
    if (d[j] !== SP) return 'no';
    return { len, start: j + 1 };
  }
}

/**
 * Ends of lines (LF or NUL) in one buffer, scanned forward: each kind of terminator is searched
 * again only once the scan passes its last hit, so a chunk of many lines is read once.
 */
class LineEnds {
  private lf = -2;
  private nul = -2;
  constructor(private readonly d: Buffer) {}
  next(i: number): number {
    if (this.lf !== -1 && this.lf < i) this.lf = this.d.indexOf(LF, i);
    if (this.nul !== -1 && this.nul < i) this.nul = this.d.indexOf(NUL, i);
    if (this.nul >= 0 && (this.lf < 0 || this.nul < this.lf)) return this.nul;
    return this.lf;
  }
}

/** Without trailing CR / LF / NUL (senders add them inside octet-counted frames too). */
function trimEnd(b: Buffer): Buffer {
  let e = b.length;
  while (e > 0) {
    const c = b[e - 1];
    if (c !== LF && c !== CR && c !== NUL) break;
    e--;
  }
  return e === b.length ? b : b.subarray(0, e);
}

const decoder = new TextDecoder('utf-8', { fatal: false });

/** Bytes of a message → text. Invalid UTF-8 becomes U+FFFD (the line is kept, not rejected). */
export function decodeMessage(b: Buffer): string {
  return decoder.decode(b);
}

/** A datagram (RFC 5426: one message each; some senders pack several lines). */
export function splitDatagram(b: Buffer): Buffer[] {
  const out: Buffer[] = [];
  const ends = new LineEnds(b);
  let i = 0;
  while (i < b.length) {
    let e = ends.next(i);
    if (e < 0) e = b.length;
    const m = trimEnd(b.subarray(i, e));
    if (m.length) out.push(m);
    i = e + 1;
  }
  return out;
}
