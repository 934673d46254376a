// The JSON report as a sequence of pieces, byte for byte what `JSON.stringify(report, null, 2)`
// prints, without ever holding the whole text: the top-level arrays (tunnels, findings ...) are
// written one element at a time. A report of thousands of tunnels is tens of megabytes of text.

const INDENT = '  ';

/** Pieces of `JSON.stringify(value, null, 2) + '\n'` for an object whose arrays may be large. */
export function* jsonPieces(value: object): Generator<string> {
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
    if (Array.isArray(v) && v.length > 0) {
      yield `${head}[\n`;
      for (let j = 0; j < v.length; j++) {
        const el = v[j] as unknown;
        // Array holes and undefined print as null, as JSON.stringify does.
        const text = JSON.stringify(el === undefined || typeof el === 'function' ? null : el, null, 2);
        yield `${INDENT}${INDENT}${text.replaceAll('\n', `\n${INDENT}${INDENT}`)}${j < v.length - 1 ? ',' : ''}\n`;
      }
      yield `${INDENT}]${comma}\n`;
    } else {
      const text = JSON.stringify(v, null, 2);
      yield `${head}${text.replaceAll('\n', `\n${INDENT}`)}${comma}\n`;
    }
  }
  yield '}\n';
}
