// en messages: input (warnings about files, encodings and lines; the progress bar)
const messages: Record<string, string> = {
  'input.warn.missing': '{path}: no such file or directory.',
  'input.warn.unreadable': '{path}: cannot be read ({reason}).',
  'input.warn.emptyDir': '{path}: the directory holds no files to read.',
  'input.warn.binary': '{path}: looks like a binary file (many zero or control bytes), skipped.',
  'input.warn.compression':
    '{path}: {format} compressed files are not supported; decompress it first or use gzip.',
  'input.warn.gzip': '{path}: not a readable gzip file ({reason}), skipped.',
  'input.warn.readError':
    '{path}: reading stopped at line {line} ({reason}); the lines before it were analysed.',
  'input.warn.encoding': '{path}: not UTF-8; decoded as {encoding} (guessed from the content).',
  'input.warn.nul': '{path}: {count} NUL bytes removed (first on line {line}).',
  'input.warn.longLine': '{path}: {count} lines longer than {max} characters were cut (first: line {line}).',
  'input.warn.reversed': '{path}: the log is written newest first; it was read from the bottom up.',
  'input.warn.reverseTooLarge':
    '{path}: the log looks newest first but is too large to turn around in memory (over {max} characters); it was read top down.',
  'input.progress.known': '{readMb}/{totalMb} MB | {rate} MB/s | {lps} lines/s',
  'input.progress.unknown': '{readMb} MB read | {rate} MB/s | {lps} lines/s',
};
export default messages;
