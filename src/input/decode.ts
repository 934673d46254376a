// Character encoding of one input, decided from its first 64 KiB: a BOM, else valid UTF-8, else
// one of the legacy CJK encodings that network gear in Japan and China writes (Shift_JIS, EUC-JP,
// GB18030/GBK, Big5), else Latin-1. Text in UTF-16 without a BOM is recognised by its zero
// bytes; anything else with many zero or control bytes is binary and is not read.
import { isAscii, isUtf8 } from 'node:buffer';
import { StringDecoder } from 'node:string_decoder';
import iconv from 'iconv-lite';
import chardet from 'chardet';

export const SNIFF_BYTES = 64 * 1024;

/** Encoding names as reported in `InputInfo.encoding`. */
export type EncodingName =
  'UTF-8' | 'UTF-16LE' | 'UTF-16BE' | 'Shift_JIS' | 'EUC-JP' | 'GB18030' | 'Big5' | 'ISO-8859-1';

export interface Detection {
  encoding: EncodingName;
  /** Bytes of byte order mark at the start (the decoder drops it). */
  bom: number;
  /** Too many zero/control bytes for text: the input is skipped. */
  binary: boolean;
  /** Chosen by statistics rather than by a BOM or valid UTF-8. */
  guessed: boolean;
}

/** Streaming decoder: `write` may be called with any split of the input. */
export interface ChunkDecoder {
  write(chunk: Buffer): string;
  end(): string;
}

const ICONV_NAME: Record<EncodingName, string> = {
  'UTF-8': 'utf8',
  'UTF-16LE': 'utf16le',
  'UTF-16BE': 'utf16be',
  // Windows writes Shift_JIS as code page 932 (NEC/IBM extensions such as ①); it is a superset.
  Shift_JIS: 'cp932',
  'EUC-JP': 'eucjp',
  GB18030: 'gb18030',
  Big5: 'big5',
  'ISO-8859-1': 'latin1',
};

export function createDecoder(encoding: EncodingName): ChunkDecoder {
  return dropBom(rawDecoder(encoding));
}

function rawDecoder(encoding: EncodingName): ChunkDecoder {
  if (encoding === 'UTF-8') return utf8Decoder();
  if (encoding === 'UTF-16LE') {
    const sd = new StringDecoder('utf16le');
    return { write: (chunk) => sd.write(chunk), end: () => sd.end() };
  }
  if (encoding === 'ISO-8859-1') {
    return { write: (chunk) => chunk.toString('latin1'), end: () => '' };
  }
  const dec = iconv.getDecoder(ICONV_NAME[encoding]);
  return {
    write: (chunk) => dec.write(chunk),
    end: () => dec.end() ?? '',
  };
}

/**
 * UTF-8 with the bytes of a character split between chunks carried over. Chunks of pure ASCII,
 * the bulk of any log, are copied as one-byte strings, about twice as fast as UTF-8 decoding;
 * invalid sequences become U+FFFD.
 */
function utf8Decoder(): ChunkDecoder {
  let carry: Buffer | undefined;
  return {
    write(chunk) {
      let b = carry ? Buffer.concat([carry, chunk]) : chunk;
      carry = undefined;
      const n = b.length;
      // A lead byte among the last three whose sequence is not complete yet waits for more.
      for (let k = 1; k <= 3 && k <= n; k++) {
        const c = b[n - k]!;
        if ((c & 0xc0) === 0x80) continue;
        if (c >= 0xc0 && (c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2) > k) {
          carry = Buffer.from(b.subarray(n - k));
          b = b.subarray(0, n - k);
        }
        break;
      }
      return isAscii(b) ? b.toString('latin1') : b.toString('utf8');
    },
    end() {
      const rest = carry;
      carry = undefined;
      return rest ? rest.toString('utf8') : '';
    },
  };
}

/** A byte order mark is not text: drop U+FEFF at the very start. */
function dropBom(inner: ChunkDecoder): ChunkDecoder {
  let first = true;
  const strip = (s: string): string => {
    if (!first || s.length === 0) return s;
    first = false;
    return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
  };
  return { write: (chunk) => strip(inner.write(chunk)), end: () => strip(inner.end()) };
}

function bomOf(b: Uint8Array): { encoding: EncodingName; bom: number } | undefined {
  if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { encoding: 'UTF-8', bom: 3 };
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return { encoding: 'UTF-16LE', bom: 2 };
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return { encoding: 'UTF-16BE', bom: 2 };
  return undefined;
}

/** UTF-16 without a BOM: mostly-ASCII text has a zero in every other byte, next to printable ones. */
function utf16Guess(b: Uint8Array): EncodingName | undefined {
  const n = b.length & ~1;
  if (n < 16) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  let lePrintable = 0;
  let bePrintable = 0;
  for (let i = 0; i < n; i += 2) {
    const lo = b[i]!;
    const hi = b[i + 1]!;
    if (lo === 0) {
      evenZero++;
      if (printable(hi)) bePrintable++;
    }
    if (hi === 0) {
      oddZero++;
      if (printable(lo)) lePrintable++;
    }
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.4 && evenZero < pairs * 0.05 && lePrintable > oddZero * 0.9) return 'UTF-16LE';
  if (evenZero > pairs * 0.4 && oddZero < pairs * 0.05 && bePrintable > evenZero * 0.9) return 'UTF-16BE';
  return undefined;
}

function printable(c: number): boolean {
  return (c >= 0x20 && c < 0x7f) || c === 9 || c === 10 || c === 13;
}

/**
 * Binary: zero bytes that are not part of long zero runs (a log file that lost its tail in a crash
 * has blocks of zeros, and is still text), plus C0 control bytes other than tab, LF, VT, FF, CR and
 * ESC (colour codes), make up more than 2 % of the rest.
 */
function looksBinary(b: Uint8Array): boolean {
  const n = b.length;
  if (n === 0) return false;
  let bad = 0;
  let holes = 0;
  let run = 0;
  for (let i = 0; i < n; i++) {
    const c = b[i]!;
    if (c === 0) {
      run++;
      continue;
    }
    if (run > 0) {
      if (run >= 8) holes += run;
      else bad += run;
      run = 0;
    }
    if (c < 0x20) {
      if (c !== 9 && c !== 10 && c !== 11 && c !== 12 && c !== 13 && c !== 27) bad++;
    } else if (c === 0x7f) bad++;
  }
  if (run >= 8) holes += run;
  else bad += run;
  const rest = n - holes;
  if (rest === 0) return false;
  return bad > rest * 0.02;
}

/** The sample cut at its last line feed, so that a character split at the end does not count. */
function completeLines(b: Uint8Array, complete: boolean): Uint8Array {
  if (complete) return b;
  const lf = b.lastIndexOf(10);
  if (lf > 0) return b.subarray(0, lf + 1);
  return b.length > 4 ? b.subarray(0, b.length - 4) : b;
}

interface MbcsStats {
  /** Invalid byte sequences. */
  bad: number;
  /** Two-byte (or longer) characters. */
  multi: number;
  /** Japanese kana among them (hiragana/katakana rows of JIS X 0208, and the same rows of GB 2312). */
  kana: number;
  /** Single-byte half-width katakana (Shift_JIS 0xA1-0xDF, EUC-JP 0x8E xx). */
  halfKana: number;
  /** GB18030 only: characters outside GB 2312 (GBK extensions, four-byte forms). */
  outside: number;
}

function stats(): MbcsStats {
  return { bad: 0, multi: 0, kana: 0, halfKana: 0, outside: 0 };
}

function scanSjis(b: Uint8Array): MbcsStats {
  const s = stats();
  const n = b.length;
  for (let i = 0; i < n; i++) {
    const c = b[i]!;
    if (c < 0x80) continue;
    if (c >= 0xa1 && c <= 0xdf) {
      s.halfKana++;
      continue;
    }
    if ((c >= 0x81 && c <= 0x9f) || (c >= 0xe0 && c <= 0xfc)) {
      const t = b[i + 1];
      if (t === undefined) break;
      if (t >= 0x40 && t <= 0xfc && t !== 0x7f) {
        s.multi++;
        if ((c === 0x82 && t >= 0x9f) || (c === 0x83 && t <= 0x96)) s.kana++;
        i++;
        continue;
      }
    }
    s.bad++;
  }
  return s;
}

function scanEucJp(b: Uint8Array): MbcsStats {
  const s = stats();
  const n = b.length;
  for (let i = 0; i < n; i++) {
    const c = b[i]!;
    if (c < 0x80) continue;
    const t = b[i + 1];
    if (t === undefined) break;
    if (c >= 0xa1 && c <= 0xfe && t >= 0xa1 && t <= 0xfe) {
      s.multi++;
      if (c === 0xa4 || c === 0xa5) s.kana++;
      i++;
    } else if (c === 0x8e && t >= 0xa1 && t <= 0xdf) {
      s.halfKana++;
      i++;
    } else if (c === 0x8f && t >= 0xa1 && t <= 0xfe && (b[i + 2] ?? 0) >= 0xa1) {
      s.multi++;
      i += 2;
    } else s.bad++;
  }
  return s;
}

function scanGb18030(b: Uint8Array): MbcsStats {
  const s = stats();
  const n = b.length;
  for (let i = 0; i < n; i++) {
    const c = b[i]!;
    if (c < 0x80) continue;
    const t = b[i + 1];
    if (t === undefined) break;
    if (c >= 0x81 && c <= 0xfe) {
      if ((t >= 0x40 && t <= 0x7e) || (t >= 0x80 && t <= 0xfe)) {
        s.multi++;
        if ((c === 0xa4 || c === 0xa5) && t >= 0xa1) s.kana++;
        if (c < 0xa1 || t < 0xa1) s.outside++;
        i++;
        continue;
      }
      const t2 = b[i + 2] ?? 0;
      const t3 = b[i + 3] ?? 0;
      if (t >= 0x30 && t <= 0x39 && t2 >= 0x81 && t2 <= 0xfe && t3 >= 0x30 && t3 <= 0x39) {
        s.multi++;
        s.outside++;
        i += 3;
        continue;
      }
    }
    s.bad++;
  }
  return s;
}

function scanBig5(b: Uint8Array): MbcsStats {
  const s = stats();
  const n = b.length;
  for (let i = 0; i < n; i++) {
    const c = b[i]!;
    if (c < 0x80) continue;
    const t = b[i + 1];
    if (t === undefined) break;
    if (c >= 0x81 && c <= 0xfe && ((t >= 0x40 && t <= 0x7e) || (t >= 0xa1 && t <= 0xfe))) {
      s.multi++;
      if (c === 0xc6 && t >= 0xe7) s.kana++; // Big5 puts kana at C6E7-C7F2
      i++;
      continue;
    }
    s.bad++;
  }
  return s;
}

/**
 * Shape of the runs of high bytes (>= 0x80). Latin-1 text has short runs (one accented letter,
 * sometimes two as in Portuguese `ção`) made of letters 0xC0-0xFF; CJK text has runs of whole
 * words, and its frequent characters use bytes below 0xC0 too.
 */
function highRuns(b: Uint8Array): { lone: number; short: number; letters: number } {
  let runs = 0;
  let lone = 0;
  let short = 0;
  let high = 0;
  let letters = 0;
  let len = 0;
  for (let i = 0; i <= b.length; i++) {
    const c = i < b.length ? b[i]! : 0;
    if (c >= 0x80) {
      len++;
      high++;
      if (c >= 0xc0 && c !== 0xd7 && c !== 0xf7) letters++;
    } else if (len > 0) {
      runs++;
      if (len === 1) lone++;
      if (len <= 2) short++;
      len = 0;
    }
  }
  if (runs === 0) return { lone: 0, short: 0, letters: 0 };
  return { lone: lone / runs, short: short / runs, letters: letters / high };
}

const CJK: readonly { name: EncodingName; scan: (b: Uint8Array) => MbcsStats; japanese: boolean }[] = [
  { name: 'Shift_JIS', scan: scanSjis, japanese: true },
  { name: 'EUC-JP', scan: scanEucJp, japanese: true },
  { name: 'GB18030', scan: scanGb18030, japanese: false },
  { name: 'Big5', scan: scanBig5, japanese: false },
];

/**
 * Legacy multi-byte text: only encodings in which the sample is valid are considered; chardet's
 * frequency statistics rank them; kana decide between Japanese and Chinese readings of the same
 * bytes (EUC-JP and GB 2312 share their kana rows, so Japanese text, which is rarely without kana,
 * has many of them and Chinese text almost none).
 */
function guessLegacy(b: Uint8Array): EncodingName {
  const runs = highRuns(b);
  let confidences: Map<string, number>;
  try {
    confidences = new Map(chardet.analyse(b).map((m) => [m.name as string, m.confidence]));
  } catch {
    confidences = new Map();
  }
  let best: EncodingName | undefined;
  let bestScore = -Infinity;
  for (const cand of CJK) {
    const st = cand.scan(b);
    if (st.multi === 0) continue;
    // A few bad sequences are tolerated in a long sample (a truncated or mixed file).
    if (st.bad > 0 && st.bad * 100 > st.multi) continue;
    const kanaShare = st.kana / st.multi;
    let score = confidences.get(cand.name) ?? 0;
    if (cand.japanese) {
      if (kanaShare >= 0.1) score += 30;
      // Japanese sentences almost always have kana; Chinese read as Japanese has none.
      else if (st.kana === 0) score -= 15;
      if (st.halfKana > st.multi) score -= 40;
    } else if (kanaShare >= 0.1) score -= 30;
    // Simplified Chinese lives in GB 2312; Big5 or Shift_JIS bytes read as GBK mostly do not.
    if (st.outside * 5 > st.multi) score -= 30;
    score -= st.bad * 5;
    // Ties go to the order of CJK (Shift_JIS, EUC-JP, GB18030, Big5).
    if (score > bestScore) {
      best = cand.name;
      bestScore = score;
    }
  }
  if (best === undefined) return 'ISO-8859-1';
  // Latin-1 text: accented letters in short runs; no CJK reading explains the bytes better.
  if (runs.short >= 0.8 && runs.letters >= 0.85) return 'ISO-8859-1';
  const latin = Math.max(confidences.get('ISO-8859-1') ?? 0, confidences.get('windows-1252') ?? 0);
  if (runs.lone > 0.75 && latin >= bestScore) return 'ISO-8859-1';
  if (runs.lone > 0.9) return 'ISO-8859-1';
  return best;
}

/** Well-formed multi-byte UTF-8 sequences and bytes that fit none. */
function utf8Counts(b: Uint8Array): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  const n = b.length;
  for (let i = 0; i < n; i++) {
    const c = b[i]!;
    if (c < 0x80) continue;
    const len = c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
    let ok = len > 0 && i + len <= n;
    for (let k = 1; ok && k < len; k++) if ((b[i + k]! & 0xc0) !== 0x80) ok = false;
    if (ok) {
      valid++;
      i += len - 1;
    } else invalid++;
  }
  return { valid, invalid };
}

/**
 * Decide the encoding of an input from its first bytes. `complete` says the sample is the whole
 * input (then its last character is not cut).
 */
export function detectEncoding(sample: Uint8Array, complete = false): Detection {
  const bom = bomOf(sample);
  if (bom) return { ...bom, binary: false, guessed: false };
  const u16 = utf16Guess(sample);
  if (u16) return { encoding: u16, bom: 0, binary: false, guessed: true };
  if (looksBinary(sample)) return { encoding: 'UTF-8', bom: 0, binary: true, guessed: false };
  const body = completeLines(sample, complete);
  if (isUtf8(body)) return { encoding: 'UTF-8', bom: 0, binary: false, guessed: false };
  // UTF-8 text with a stray byte or two (a pasted Latin-1 word) is still UTF-8.
  const u = utf8Counts(body);
  if (u.valid > 0 && u.invalid * 8 <= u.valid)
    return { encoding: 'UTF-8', bom: 0, binary: false, guessed: true };
  return { encoding: guessLegacy(body), bom: 0, binary: false, guessed: true };
}
