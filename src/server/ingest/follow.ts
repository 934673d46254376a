// Follows log files as they grow (`tail -F`), surviving rotation:
//  - rename + new file (logrotate's default): the old file is read to its end, then the new
//    file (a different dev:ino at the path) from its start;
//  - copytruncate: the file shrinks below the position read; reading starts again at 0.
// The position is committed with the lines read before it (one transaction), so a restart
// continues exactly where the stored lines end: nothing twice, nothing skipped.
// Polling rather than fs.watch: it behaves the same on every file system (NFS, overlay, bind
// mounts) and a poll every 250 ms costs one stat per file.
import { closeSync, fstatSync, openSync, readSync, statSync } from 'node:fs';
import type { LiveEngine, Source } from '../live.js';
import { decodeMessage } from './framing.js';

const CHUNK = 256 * 1024;

interface Open {
  fd: number;
  identity: string;
  pos: number;
}

function identityOf(st: { dev: number; ino: number }): string {
  return `${st.dev}:${st.ino}`;
}

export interface FollowOptions {
  fromStart: boolean;
  maxBytes: number;
  pollMs: number;
  /** Stored positions: path → identity and offset. */
  offsets: Map<string, { identity: string; offset: number }>;
}

export class FileFollower {
  private cur: Open | undefined;
  private partial: Buffer = Buffer.alloc(0);
  /** Skipping the rest of an over-long line. */
  private skipping = false;
  private timer: NodeJS.Timeout | undefined;
  private readonly src: Source;
  private first = true;
  private busy = false;

  constructor(
    private readonly engine: LiveEngine,
    readonly path: string,
    private readonly o: FollowOptions,
  ) {
    this.src = engine.sourceOf(`file/${path}`, 'file');
  }

  start(): void {
    this.poll();
    this.timer = setInterval(() => this.poll(), this.o.pollMs);
    this.timer.unref();
  }

  /** One look at the file: rotation, truncation, new bytes. */
  poll(): void {
    if (this.busy || this.engine.high) return;
    this.busy = true;
    try {
      this.step();
    } catch (err) {
      this.engine.opts.log('server.log.followError', { path: this.path, reason: err instanceof Error ? err.message : String(err) });
    } finally {
      this.busy = false;
    }
  }

  private step(): void {
    let st;
    try {
      st = statSync(this.path);
    } catch {
      st = undefined; // between rename and creation, or not there yet
    }
    if (this.cur && st && identityOf(st) !== this.cur.identity) {
      // Rotated by rename: finish the old file, then switch.
      this.readAll(this.cur);
      this.flushPartial();
      closeSync(this.cur.fd);
      this.cur = undefined;
    }
    if (!this.cur) {
      if (!st) return;
      const fd = openSync(this.path, 'r');
      const identity = identityOf(fstatSync(fd));
      const stored = this.o.offsets.get(this.path);
      let pos = 0;
      if (this.first) {
        if (stored && stored.identity === identity && stored.offset <= st.size) pos = stored.offset;
        else if (!stored && !this.o.fromStart) pos = st.size;
      }
      this.first = false;
      this.cur = { fd, identity, pos };
      this.engine.fileOffset(this.path, identity, pos);
    }
    const size = fstatSync(this.cur.fd).size;
    if (size < this.cur.pos) {
      // copytruncate: the file was emptied (and maybe written again) under us.
      this.partial = Buffer.alloc(0);
      this.skipping = false;
      this.cur.pos = 0;
      this.engine.fileOffset(this.path, this.cur.identity, 0);
    }
    this.readAll(this.cur);
  }

  private readAll(f: Open): void {
    const buf = Buffer.allocUnsafe(CHUNK);
    for (;;) {
      const n = readSync(f.fd, buf, 0, CHUNK, f.pos);
      if (n <= 0) break;
      f.pos += n;
      this.lines(buf.subarray(0, n));
      // The position of the last complete line (a partial line is read again after a restart).
      this.engine.fileOffset(this.path, f.identity, f.pos - this.partial.length);
      if (this.engine.high) break;
    }
  }

  private lines(chunk: Buffer): void {
    let data = this.partial.length ? Buffer.concat([this.partial, chunk]) : chunk;
    let i = 0;
    for (;;) {
      const lf = data.indexOf(10, i);
      if (lf < 0) break;
      if (this.skipping) this.skipping = false;
      else this.emit(data.subarray(i, lf));
      i = lf + 1;
    }
    data = data.subarray(i);
    if (data.length > this.o.maxBytes) {
      // An over-long line: counted once, its rest skipped up to the next line end.
      if (!this.skipping) this.engine.dropped(this.src);
      this.skipping = true;
      data = Buffer.alloc(0);
    }
    this.partial = Buffer.from(data);
  }

  private emit(line: Buffer): void {
    let e = line.length;
    if (e > 0 && line[e - 1] === 13) e--;
    if (e === 0) return;
    if (e > this.o.maxBytes) {
      this.engine.dropped(this.src);
      return;
    }
    this.engine.ingest(this.src, decodeMessage(line.subarray(0, e)), null);
  }

  /** The last line of a rotated file may lack its newline. */
  private flushPartial(): void {
    if (this.partial.length && !this.skipping) this.emit(this.partial);
    this.partial = Buffer.alloc(0);
    this.skipping = false;
  }

  close(): void {
    if (this.timer) clearInterval(this.timer);
    if (this.cur) closeSync(this.cur.fd);
    this.cur = undefined;
  }
}
