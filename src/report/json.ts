// The JSON report as a sequence of pieces, byte for byte what `JSON.stringify(report, null, 2)`
// prints, without ever holding the whole text: the top-level arrays (tunnels, findings ...) are
// written one element at a time. A report of thousands of tunnels is tens of megabytes of text.

const INDENT = '  ';

/**
 * Pieces of `JSON.stringify(value, null, 2) + '\n'` for an object whose arrays may be large.
 * `streams` gives the elements of some of its arrays instead, read as they are written (a report
 * whose tunnels are built one at a time): an array's elements are read when its key is reached.
 */
export function* jsonPieces(value: object, streams: Record<string, Iterable<unknown>> = {}): Generator<string> {
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined && typeof v !== 'function');
  if (entries.length === 0) {
    yield '{}\n';
    return;
  }
  yield '{\n';
  for (let i = 0; i < entries.length; i++) {
    const [k, v] = entries[i]!;
    const comma = i < entries.length - 1 ? ',' : '';
    const head = `${INDENT}${JSON.stringify(k)}: `;
    const elements = Object.hasOwn(streams, k) ? streams[k]! : Array.isArray(v) ? (v as unknown[]) : undefined;
    if (elements !== undefined) {
      // Each element's line ends once the next is known: a comma before it, or the closing bracket.
      let first = true;
      for (const el of elements) {
        yield first ? `${head}[\n${element(el)}` : `,\n${element(el)}`;
        first = false;
      }
      yield first ? `${head}[]${comma}\n` : `\n${INDENT}]${comma}\n`;
    } else {
      const text = JSON.stringify(v, null, 2);
      yield `${head}${text.replaceAll('\n', `\n${INDENT}`)}${comma}\n`;
    }
  }
  yield '}\n';
}

/** One element of a top-level array, indented, without its comma and line end. */
function element(el: unknown): string {
  // Array holes and undefined print as null, as JSON.stringify does.
  const text = JSON.stringify(el === undefined || typeof el === 'function' ? null : el, null, 2);
  return `${INDENT}${INDENT}${text.replaceAll('\n', `\n${INDENT}${INDENT}`)}`;
}
