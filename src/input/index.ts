// The input layer the analyzer reads: files, directories, stdin and in-memory texts become
// batches of LogRecords. Bytes → (gunzip) → decoder → line splitter → envelope parser.
//
// Nothing here throws for a bad input: a missing, unreadable, binary or corrupt input becomes an
// InputSource with `skipped` and a warning, and a read error half-way keeps the lines read so far.
import { createReadStream, promises as fsp, type Stats } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { constants as zlibConstants, createGunzip, gunzipSync } from 'node:zlib';
import type { LogRecord } from '../core/model.js';
import { createDecoder, detectEncoding, SNIFF_BYTES, type Detection } from './decode.js';
import { createEnvelopeContext, parseEnvelopeLine, type EnvelopeContext } from './envelope.js';
import { LineSplitter, MAX_LINE } from './lines.js';

export interface InputWarning {
  /** Catalog key, e.g. `input.warn.binary` (src/i18n/<lang>/input.ts). */
  id: string;
  line?: number;
  vars?: Record<string, string | number>;
}

export interface InputInfo {
  path: string;
  /** Encoding the text was decoded with (`UTF-8`, `Shift_JIS`, ...); empty when skipped before. */
  encoding: string;
  /** Bytes read from the source (compressed bytes for a .gz file). */
  bytes: number;
  /** Lines read; final once `records()` has been iterated to the end. */
  lines: number;
  warnings: InputWarning[];
  skipped: boolean;
  /** The input was written newest-first and is yielded oldest-first. */
  reversed: boolean;
  compressed: boolean;
}

export interface InputSource {
  path: string;
  info: InputInfo;
  /** Batches of records in chronological order. */
  records(): AsyncIterable<LogRecord[]>;
}

export interface OpenOptions {
  /** Stream read for the path `-` (default process.stdin). */
  stdin?: NodeJS.ReadableStream;
  /**
   * Reference time for the year of `Mon DD` stamps. Default: the file's modification time, or
   * the current time for stdin and in-memory texts.
   */
  now?: Date;
  /** Called with the number of bytes read, as they are read (progress bar). */
  onBytes?: (n: number) => void;
}

/** Decoded chunk size; also the most text a batch comes from. */
const READ_CHUNK = 64 * 1024;
/** Compressed bytes inflated to sniff a .gz input (bounded: a gzip bomb inflates ~1000×). */
const GZIP_SNIFF_RAW = 16 * 1024;
/** How much a newest-first input may hold in memory to be turned around (UTF-16 code units). */
export const MAX_REVERSE_CHARS = 256 * 1024 * 1024;
/** Limits read at run time (tests lower them). */
export const inputLimits = { maxReverseChars: MAX_REVERSE_CHARS };
/** Timestamped lines looked at before deciding whether an input is newest-first. */
const ORDER_SAMPLE = 256;
const ORDER_SAMPLE_CHARS = 4 * 1024 * 1024;
const REVERSED_BATCH = 8192;

function newInfo(path: string): InputInfo {
  return {
    path,
    encoding: '',
    bytes: 0,
    lines: 0,
    warnings: [],
    skipped: false,
    reversed: false,
    compressed: false,
  };
}

function skippedSource(path: string, warning: InputWarning, info: InputInfo = newInfo(path)): InputSource {
  info.skipped = true;
  info.warnings.push(warning);
  return {
    path,
    info,
    records: async function* () {},
  };
}

function errorReason(e: unknown): string {
  if (e && typeof e === 'object') {
    const o = e as { code?: unknown; message?: unknown };
    if (typeof o.code === 'string') return o.code;
    if (typeof o.message === 'string') return o.message;
  }
  return String(e);
}

function openError(path: string, e: unknown): InputWarning {
  const reason = errorReason(e);
  return { id: reason === 'ENOENT' ? 'input.warn.missing' : 'input.warn.unreadable', vars: { path, reason } };
}

// ---------------------------------------------------------------- sniffing

const COMPRESSED_MAGIC: readonly { name: string; bytes: readonly number[] }[] = [
  { name: 'bzip2', bytes: [0x42, 0x5a, 0x68] },
  { name: 'xz', bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00] },
  { name: 'zstd', bytes: [0x28, 0xb5, 0x2f, 0xfd] },
  { name: 'zip', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: '7z', bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
];

function startsWith(b: Uint8Array, magic: readonly number[]): boolean {
  if (b.length < magic.length) return false;
  for (let i = 0; i < magic.length; i++) if (b[i] !== magic[i]) return false;
  return true;
}

interface Sniffed {
  compressed: boolean;
  detection?: Detection;
  /** Why the input is not read (a warning), when it is not. */
  skip?: InputWarning;
}

/** Decide how to read an input from its first bytes (`complete`: they are all of it). */
function sniff(path: string, head: Buffer, complete: boolean): Sniffed {
  let sample = head;
  let sampleComplete = complete;
  let compressed = false;
  if (head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b) {
    compressed = true;
    const raw = head.subarray(0, GZIP_SNIFF_RAW);
    try {
      sample = gunzipSync(raw, { finishFlush: zlibConstants.Z_SYNC_FLUSH });
    } catch (e) {
      return { compressed, skip: { id: 'input.warn.gzip', vars: { path, reason: errorReason(e) } } };
    }
    sampleComplete = complete && raw.length === head.length && sample.length <= SNIFF_BYTES;
    if (sample.length > SNIFF_BYTES) sample = sample.subarray(0, SNIFF_BYTES);
  } else {
    for (const m of COMPRESSED_MAGIC) {
      if (startsWith(head, m.bytes)) {
        return { compressed: true, skip: { id: 'input.warn.compression', vars: { path, format: m.name } } };
      }
    }
  }
  const detection = detectEncoding(sample, sampleComplete);
  if (detection.binary) return { compressed, detection, skip: { id: 'input.warn.binary', vars: { path } } };
  return { compressed, detection };
}

// ---------------------------------------------------------------- reading

interface ReadPlan {
  path: string;
  info: InputInfo;
  detection: Detection;
  /** Raw bytes of the source, fresh on each call (or the one remaining stream). */
  raw: () => AsyncIterable<Buffer> | undefined;
  now: Date;
  onBytes?: ((n: number) => void) | undefined;
}

async function* counted(
  src: AsyncIterable<Buffer | string>,
  info: InputInfo,
  onBytes?: (n: number) => void,
): AsyncGenerator<Buffer> {
  for await (const c of src) {
    const b = typeof c === 'string' ? Buffer.from(c) : c;
    info.bytes += b.length;
    onBytes?.(b.length);
    yield b;
  }
}

/** The decompressed bytes of a gzip source. */
async function* gunzipped(src: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  const gunzip = createGunzip({ chunkSize: 256 * 1024 });
  const done = pipeline(Readable.from(src), gunzip);
  // A pipeline failure also destroys gunzip, which ends the loop below with the error.
  done.catch(() => undefined);
  for await (const c of gunzip) yield c as Buffer;
  await done;
}

interface OrderCounter {
  last: number;
  lastTod: boolean;
  stamped: number;
  increases: number;
  decreases: number;
}

function countOrder(o: OrderCounter, r: LogRecord): void {
  if (r.time === undefined) return;
  const tod = r.timeOfDayOnly === true;
  if (o.stamped > 0 && tod === o.lastTod) {
    if (r.time > o.last) o.increases++;
    else if (r.time < o.last) o.decreases++;
  }
  o.last = r.time;
  o.lastTod = tod;
  o.stamped++;
}

/** Newest-first: stamps go down and (almost) never up. */
function looksReversed(o: OrderCounter): boolean {
  if (o.decreases === 0) return false;
  return o.increases === 0 || (o.decreases >= 20 && o.increases * 50 <= o.decreases);
}

/**
 * Records of one input. Forward inputs stream with bounded memory; an input whose first stamps
 * run backwards is held (up to MAX_REVERSE_CHARS) and yielded from its last line up.
 */
async function* readRecords(
  plan: ReadPlan,
  source: AsyncIterable<string>,
  splitter: LineSplitter,
): AsyncGenerator<LogRecord[]> {
  const { path, info } = plan;
  let ctx: EnvelopeContext = createEnvelopeContext({ now: plan.now });
  let mode: 'probe' | 'forward' | 'reverse' = 'probe';
  const held: string[] = [];
  let heldChars = 0;
  const order: OrderCounter = { last: 0, lastTod: false, stamped: 0, increases: 0, decreases: 0 };
  let texts: string[] = [];

  const forward = (batch: string[], firstLine: number): LogRecord[] => {
    const out = new Array<LogRecord>(batch.length);
    for (let k = 0; k < batch.length; k++) out[k] = parseEnvelopeLine(path, firstLine + k, batch[k]!, ctx);
    return out;
  };
  // Held lines start at line 1; parsed again with a fresh context in the order they are yielded.
  const releaseForward = function* (): Generator<LogRecord[]> {
    ctx = createEnvelopeContext({ now: plan.now });
    for (let s = 0; s < held.length; s += REVERSED_BATCH)
      yield forward(held.slice(s, s + REVERSED_BATCH), s + 1);
    held.length = 0;
    heldChars = 0;
  };

  const take = function* (batch: string[], firstLine: number): Generator<LogRecord[]> {
    if (batch.length === 0) return;
    if (mode === 'forward') {
      yield forward(batch, firstLine);
      return;
    }
    for (const t of batch) {
      held.push(t);
      heldChars += t.length;
    }
    if (mode === 'probe') {
      const recs = forward(batch, firstLine);
      for (const r of recs) countOrder(order, r);
      if (order.stamped >= ORDER_SAMPLE || heldChars >= ORDER_SAMPLE_CHARS) {
        if (looksReversed(order)) mode = 'reverse';
        else {
          mode = 'forward';
          yield* releaseForward();
        }
      }
    }
    if (mode === 'reverse' && heldChars > inputLimits.maxReverseChars) {
      info.warnings.push({
        id: 'input.warn.reverseTooLarge',
        vars: { path, max: inputLimits.maxReverseChars },
      });
      mode = 'forward';
      yield* releaseForward();
    }
  };

  try {
    for await (const chunk of source) {
      splitter.push(chunk, texts);
      if (texts.length > 0) {
        const batch = texts;
        texts = [];
        yield* take(batch, splitter.lines - batch.length + 1);
      }
      info.lines = splitter.lines;
    }
  } catch (e) {
    info.warnings.push({
      id: 'input.warn.readError',
      line: splitter.lines + 1,
      vars: { path, reason: errorReason(e) },
    });
  }
  splitter.end(texts);
  yield* take(texts, splitter.lines - texts.length + 1);
  info.lines = splitter.lines;

  if (mode === 'probe' && looksReversed(order)) mode = 'reverse';
  if (mode === 'reverse') {
    info.reversed = true;
    info.warnings.push({ id: 'input.warn.reversed', vars: { path } });
    ctx = createEnvelopeContext({ now: plan.now });
    let out: LogRecord[] = [];
    for (let k = held.length - 1; k >= 0; k--) {
      out.push(parseEnvelopeLine(path, k + 1, held[k]!, ctx));
      if (out.length >= REVERSED_BATCH) {
        yield out;
        out = [];
      }
    }
    held.length = 0;
    if (out.length > 0) yield out;
  } else if (held.length > 0) {
    yield* releaseForward();
  }

  if (splitter.nulCount > 0) {
    info.warnings.push({
      id: 'input.warn.nul',
      line: splitter.nulFirstLine,
      vars: { path, count: splitter.nulCount },
    });
  }
  if (splitter.longCount > 0) {
    info.warnings.push({
      id: 'input.warn.longLine',
      line: splitter.longFirstLine,
      vars: { path, count: splitter.longCount, max: MAX_LINE },
    });
  }
}

/** Decoded text of a byte source. */
async function* decoded(raw: AsyncIterable<Buffer>, plan: ReadPlan): AsyncGenerator<string> {
  const bytes = plan.info.compressed ? gunzipped(raw) : raw;
  const dec = createDecoder(plan.detection.encoding);
  for await (const b of bytes) {
    const s = dec.write(b);
    if (s.length > 0) yield s;
  }
  const tail = dec.end();
  if (tail.length > 0) yield tail;
}

function sourceFromPlan(plan: ReadPlan): InputSource {
  return {
    path: plan.path,
    info: plan.info,
    records: async function* () {
      const raw = plan.raw();
      if (!raw) return;
      plan.info.bytes = 0;
      yield* readRecords(plan, decoded(counted(raw, plan.info, plan.onBytes), plan), new LineSplitter());
    },
  };
}

function planFor(
  path: string,
  head: Buffer,
  complete: boolean,
  raw: () => AsyncIterable<Buffer> | undefined,
  now: Date,
  opts: OpenOptions,
): InputSource {
  const info = newInfo(path);
  const sn = sniff(path, head, complete);
  info.compressed = sn.compressed;
  if (sn.detection && !sn.detection.binary) info.encoding = sn.detection.encoding;
  if (sn.skip || !sn.detection) {
    return skippedSource(path, sn.skip ?? { id: 'input.warn.unreadable', vars: { path, reason: '?' } }, info);
  }
  if (sn.detection.guessed && sn.detection.encoding !== 'UTF-8') {
    info.warnings.push({ id: 'input.warn.encoding', vars: { path, encoding: sn.detection.encoding } });
  }
  return sourceFromPlan({ path, info, detection: sn.detection, raw, now, onBytes: opts.onBytes });
}

// ---------------------------------------------------------------- sources

async function openFile(path: string, st: Stats, opts: OpenOptions): Promise<InputSource> {
  if (!st.isFile()) return openStream(path, createReadStream(path), opts);
  const head = Buffer.alloc(Math.min(SNIFF_BYTES, st.size));
  let got = 0;
  try {
    const fh = await fsp.open(path, 'r');
    try {
      while (got < head.length) {
        const { bytesRead } = await fh.read(head, got, head.length - got, got);
        if (bytesRead === 0) break;
        got += bytesRead;
      }
    } finally {
      await fh.close();
    }
  } catch (e) {
    return skippedSource(path, openError(path, e));
  }
  const complete = got < SNIFF_BYTES || st.size <= SNIFF_BYTES;
  return planFor(
    path,
    head.subarray(0, got),
    complete,
    () => createReadStream(path, { highWaterMark: READ_CHUNK }) as AsyncIterable<Buffer>,
    opts.now ?? st.mtime,
    opts,
  );
}

function toBuffer(c: unknown): Buffer {
  if (Buffer.isBuffer(c)) return c;
  if (typeof c === 'string') return Buffer.from(c);
  if (c instanceof Uint8Array) return Buffer.from(c.buffer, c.byteOffset, c.byteLength);
  return Buffer.alloc(0);
}

/** A one-shot stream (stdin, a FIFO): its first bytes are kept for the sniffing and read again. */
async function openStream(
  path: string,
  stream: NodeJS.ReadableStream,
  opts: OpenOptions,
): Promise<InputSource> {
  const it = (stream as AsyncIterable<unknown>)[Symbol.asyncIterator]();
  const peeked: Buffer[] = [];
  let size = 0;
  let done = false;
  try {
    while (size < SNIFF_BYTES) {
      const r = await it.next();
      if (r.done === true) {
        done = true;
        break;
      }
      const b = toBuffer(r.value);
      peeked.push(b);
      size += b.length;
    }
  } catch (e) {
    return skippedSource(path, openError(path, e));
  }
  const head = Buffer.concat(peeked);
  let used = false;
  const raw = (): AsyncIterable<Buffer> | undefined => {
    if (used) return undefined;
    used = true;
    return (async function* () {
      if (head.length > 0) yield head;
      if (done) return;
      for (;;) {
        const r = await it.next();
        if (r.done === true) return;
        yield toBuffer(r.value);
      }
    })();
  };
  return planFor(path, head, done, raw, opts.now ?? new Date(), opts);
}

/** Files under a directory, depth first, names sorted, hidden entries (`.name`) skipped. */
async function* walk(
  dir: string,
  seen: Set<string>,
): AsyncGenerator<{ path: string; st?: Stats; error?: unknown }> {
  let real: string;
  let entries: string[];
  try {
    real = await fsp.realpath(dir);
    if (seen.has(real)) return;
    seen.add(real);
    entries = await fsp.readdir(dir);
  } catch (e) {
    yield { path: dir, error: e };
    return;
  }
  entries.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const name of entries) {
    if (name.startsWith('.')) continue;
    const p = join(dir, name);
    let st: Stats;
    try {
      st = await fsp.stat(p);
    } catch (e) {
      yield { path: p, error: e };
      continue;
    }
    if (st.isDirectory()) yield* walk(p, seen);
    else if (st.isFile()) yield { path: p, st };
  }
}

/**
 * Open inputs in the order given: files, directories (recursively), `-` for stdin; gzip is
 * recognised by its magic bytes. Each InputSource is sniffed (encoding, compression, binary)
 * before it is yielded; its records are read when `records()` is iterated.
 */
export async function* openInputs(paths: string[], opts: OpenOptions = {}): AsyncGenerator<InputSource> {
  for (const p of paths) {
    if (p === '-') {
      yield await openStream('-', opts.stdin ?? process.stdin, opts);
      continue;
    }
    let st: Stats;
    try {
      st = await fsp.stat(p);
    } catch (e) {
      yield skippedSource(p, openError(p, e));
      continue;
    }
    if (!st.isDirectory()) {
      yield await openFile(p, st, opts);
      continue;
    }
    let any = false;
    for await (const f of walk(p, new Set())) {
      any = true;
      if (f.st) yield await openFile(f.path, f.st, opts);
      else yield skippedSource(f.path, openError(f.path, f.error));
    }
    if (!any) yield skippedSource(p, { id: 'input.warn.emptyDir', vars: { path: p } });
  }
}

/** An input held in memory (tests, the library API, the server). Buffers are sniffed like files. */
export function textInput(path: string, data: string | Buffer, opts: OpenOptions = {}): InputSource {
  const now = opts.now ?? new Date();
  if (typeof data !== 'string') {
    const buf = data;
    const raw = (): AsyncIterable<Buffer> => asyncOf(pieces(buf.length, (s, e) => buf.subarray(s, e)));
    return planFor(path, buf.subarray(0, SNIFF_BYTES), buf.length <= SNIFF_BYTES, raw, now, opts);
  }
  const info = newInfo(path);
  info.encoding = 'UTF-8';
  const text = data.charCodeAt(0) === 0xfeff ? data.slice(1) : data;
  const plan: ReadPlan = {
    path,
    info,
    detection: { encoding: 'UTF-8', bom: 0, binary: false, guessed: false },
    raw: () => undefined,
    now,
  };
  return {
    path,
    info,
    records: async function* () {
      info.bytes = Buffer.byteLength(data);
      opts.onBytes?.(info.bytes);
      const chunks = asyncOf(pieces(text.length, (s, e) => text.slice(s, e)));
      yield* readRecords(plan, chunks, new LineSplitter());
    },
  };
}

/** READ_CHUNK-sized pieces of something in memory. */
function* pieces<T>(length: number, cut: (start: number, end: number) => T): Generator<T> {
  for (let s = 0; s < length; s += READ_CHUNK) yield cut(s, s + READ_CHUNK);
}

function asyncOf<T>(items: Iterable<T>): AsyncIterable<T> {
  return {
    [Symbol.asyncIterator]() {
      const it = items[Symbol.iterator]();
      return { next: () => Promise.resolve(it.next()) };
    },
  };
}

/**
 * A copy of a record whose strings no longer share memory with the decoded chunk they were cut
 * from. Records are slices of ~1 MiB chunks; keep this copy when a record outlives its batch.
 */
export function detachRecord(r: LogRecord): LogRecord {
  const text = detach(r.text);
  const at = r.text.length - r.message.length;
  const copy: LogRecord = {
    ...r,
    text,
    message: at >= 0 && text.endsWith(r.message) ? text.slice(at) : detach(r.message),
  };
  if (r.host !== undefined) copy.host = detach(r.host);
  if (r.program !== undefined) copy.program = detach(r.program);
  return copy;
}

function detach(s: string): string {
  // Concatenation then slicing flattens into a new string that owns its characters.
  return (' ' + s).slice(1);
}
