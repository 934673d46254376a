// Progress on stderr while large inputs are read: bytes, MB/s and lines/s. Drawn only when stderr
// is a terminal, so pipes, CI logs and redirected output never get control sequences.
import { SingleBar } from 'cli-progress';
import pc from 'picocolors';
import { t, type Lang } from '../i18n/index.js';

export interface Progress {
  /** Account for more bytes read and lines split (either may be 0). */
  tick(bytes: number, lines: number): void;
  /** Remove the bar (safe to call more than once). */
  done(): void;
}

const NOOP: Progress = { tick: () => undefined, done: () => undefined };

export interface ProgressOptions {
  lang?: Lang;
  /** Defaults to process.stderr; drawing happens only when it is a TTY. */
  stream?: NodeJS.WriteStream;
}

function mb(bytes: number): string {
  return (bytes / 1_048_576).toFixed(1);
}

export function createProgress(totalBytes?: number, opts: ProgressOptions = {}): Progress {
  const stream = opts.stream ?? process.stderr;
  if (!stream.isTTY) return NOOP;
  const lang = opts.lang ?? 'en';
  const known = totalBytes !== undefined && totalBytes > 0;
  const format = known
    ? `${pc.cyan('{bar}')} {percentage}% | ${t(lang, 'input.progress.known')}`
    : t(lang, 'input.progress.unknown');
  const bar = new SingleBar({
    format,
    stream,
    hideCursor: true,
    clearOnComplete: true,
    fps: 8,
    barsize: 24,
  });
  const start = Date.now();
  let bytes = 0;
  let lines = 0;
  let active = true;
  const payload = (): Record<string, string> => {
    const secs = Math.max((Date.now() - start) / 1000, 0.001);
    return {
      readMb: mb(bytes),
      totalMb: known ? mb(totalBytes) : '',
      rate: (bytes / 1_048_576 / secs).toFixed(1),
      lps: Math.round(lines / secs).toLocaleString('en-US'),
      lines: lines.toLocaleString('en-US'),
    };
  };
  bar.start(known ? totalBytes : 1, 0, payload());
  return {
    tick(b, l) {
      if (!active) return;
      bytes += b;
      lines += l;
      bar.update(known ? Math.min(bytes, totalBytes) : 0, payload());
    },
    done() {
      if (!active) return;
      active = false;
      bar.stop();
    },
  };
}
