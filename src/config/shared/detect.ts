// Content detection helpers shared by the configuration parsers. A file is taken for a
// configuration when most of its first lines have the shape of configuration commands (so a log
// or an article quoting a few commands is not) and vendor markers appear.

/** How many lines detection looks at. */
export const DETECT_LINES = 200;

const TIMESTAMP =
  /^(?:<\d{1,3}>|\d{4}-\d\d-\d\d|\d{1,2}\/\d{1,2}\/\d{2,4}|[A-Z][a-z]{2} {1,2}\d{1,2} \d\d:\d\d|\d\d:\d\d:\d\d|\[\d)/;

/** A line that could be part of a configuration: ASCII, no timestamp, a command-like start. */
export function configShaped(line: string): boolean {
  const t = line.trim();
  if (!t || t.length > 600) return false;
  // configuration text is ASCII outside quoted strings and comments
  if (/[^\t\x20-\x7e]/.test(t) && !t.includes('"') && !/^[!#:]/.test(t)) return false;
  if (TIMESTAMP.test(t)) return false;
  if (/^[!#:]/.test(t)) return true;
  // hierarchical displays (PAN-OS `show`, JunOS): braces on lines of their own, `name {` openers
  if (/^[{}];?$/.test(t) || t.endsWith(' {')) return true;
  if (/^<\/?[a-z][\w-]{0,60}(?:[ >/]|$)/.test(t) || t.startsWith('<?xml')) return true;
  if (/^[a-z][\w-]{0,40}(?: |$)/.test(t)) return true;
  return /^(?:ASA Version|PIX Version|Building configuration|Current configuration|Cryptochecksum|FortiGate)/.test(
    t,
  );
}

/** First `DETECT_LINES` non-empty lines. */
export function headLines(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (const l of lines) {
    if (l.trim() === '') continue;
    out.push(l.length > 600 ? l.slice(0, 600) : l);
    if (out.length >= DETECT_LINES) break;
  }
  return out;
}

/** Share of lines shaped like configuration (0..1). */
export function configRatio(lines: readonly string[]): number {
  if (lines.length === 0) return 0;
  let n = 0;
  for (const l of lines) if (configShaped(l)) n++;
  return n / lines.length;
}

/** How many of the markers occur (each counted once) on lines, tested against the trimmed line. */
export function markerHits(lines: readonly string[], markers: readonly RegExp[]): number {
  const hit = new Set<number>();
  for (const l of lines) {
    const t = l.trim();
    for (let k = 0; k < markers.length; k++) if (!hit.has(k) && markers[k]!.test(t)) hit.add(k);
  }
  return hit.size;
}

/**
 * Score from marker hits and the share of configuration-shaped lines: 0 below half, full from 80 %.
 * `need` distinct markers give full marks.
 */
export function score(hits: number, ratio: number, need = 3): number {
  if (hits === 0) return 0;
  const h = Math.min(1, hits / need);
  const r = Math.max(0, Math.min(1, (ratio - 0.5) / 0.3));
  return Math.round(h * r * 100) / 100;
}
