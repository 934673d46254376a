// Secret masking for configuration text. Pre-shared keys, passwords, private keys never leave the
// parser: each vendor lists the places its configuration writes a secret, and the value is replaced
// by MASK before any line is kept. A PEM private key block is masked whole, whatever the vendor.

export const MASK = '********';

/**
 * One place a secret is written. `re` must carry the `d` flag (match indices) and exactly one
 * capturing group: the secret itself. Anchor it: it runs on every line of the file.
 */
export type SecretRule =
  | { re: RegExp }
  /** A finder for what a regex cannot say in linear time: the [start, end) span of the secret. */
  | { find: (line: string) => [number, number] | undefined };

/** A value that only stands for a secret already hidden by the device (`*****`, `<removed>`). */
function alreadyHidden(s: string): boolean {
  const t = s.replace(/^"|"$/g, '');
  return t === '' || /^\*+$/.test(t) || /^<[a-z ]{1,20}>$/i.test(t);
}

// A device prompt a line was copied with: `R1(config-isakmp)#`, `FGT60E (phase1-interface) # `,
// `admin@PA-VM# `. Rules are anchored at the command, so they are tried after it as well.
const PROMPT = /^[\w.@-]{1,64}(?: ?\([\w .-]{1,40}\))? ?[#>] ?/;

const globalCopies = new WeakMap<RegExp, RegExp>();

/** A `g` copy of a rule's regex, so that later matches are searched from an index, not a slice. */
function globalOf(re: RegExp): RegExp {
  let g = globalCopies.get(re);
  if (!g) {
    g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
    globalCopies.set(re, g);
  }
  return g;
}

/** Span of the next secret at or after `from`. Anchored rules are also tried after a prompt. */
function findSecret(text: string, rule: SecretRule, from: number): [number, number] | undefined {
  if ('find' in rule) return from === 0 ? rule.find(text) : undefined;
  const g = globalOf(rule.re);
  g.lastIndex = from;
  const span = g.exec(text)?.indices?.[1];
  if (span) return [span[0], span[1]];
  if (from !== 0 || !rule.re.source.startsWith('^')) return undefined;
  const p = PROMPT.exec(text);
  if (!p) return undefined;
  const rest = text.slice(p[0].length);
  g.lastIndex = 0;
  const r = g.exec(rest)?.indices?.[1];
  return r ? [r[0] + p[0].length, r[1] + p[0].length] : undefined;
}

/** Mask the secrets of one line (every occurrence); returns the line and how many secrets it held. */
export function maskLine(line: string, rules: readonly SecretRule[]): { text: string; count: number } {
  let text = line;
  let count = 0;
  for (const r of rules) {
    // anchored rules and finders match once per line; the others at every place they occur
    const once = 'find' in r || r.re.source.startsWith('^');
    const parts: string[] = [];
    let done = 0;
    let from = 0;
    for (let guard = 0; guard < 1000000 && from <= text.length; guard++) {
      const span = findSecret(text, r, from);
      if (!span || span[1] <= span[0]) break;
      const secret = text.slice(span[0], span[1]);
      if (secret !== MASK && secret !== `"${MASK}"`) {
        if (!alreadyHidden(secret)) count++;
        parts.push(text.slice(done, span[0]), secret.startsWith('"') ? `"${MASK}"` : MASK);
        done = span[1];
      }
      if (once) break;
      from = span[1];
    }
    if (parts.length) text = parts.join('') + text.slice(done);
  }
  return { text, count };
}

const PEM_BEGIN = /-----BEGIN [A-Z0-9 ]{0,40}PRIVATE KEY-----/;
const PEM_END = /-----END [A-Z0-9 ]{0,40}PRIVATE KEY-----/;

/**
 * Mask every line; PEM private key blocks (`-----BEGIN ... PRIVATE KEY-----` to `-----END ...`)
 * are masked whole, keeping what stands before the block and after its end (quotes, XML tags).
 */
export function maskLines(
  lines: readonly string[],
  rules: readonly SecretRule[],
): { lines: string[]; count: number } {
  const out: string[] = [];
  let count = 0;
  let inPem = false;
  for (const line of lines) {
    if (inPem) {
      const e = PEM_END.exec(line);
      if (e) {
        inPem = false;
        out.push(MASK + line.slice(e.index + e[0].length));
      } else out.push(MASK);
      continue;
    }
    const b = PEM_BEGIN.exec(line);
    if (b) {
      count++;
      const rest = line.slice(b.index + b[0].length);
      const e = PEM_END.exec(rest);
      if (e) out.push(line.slice(0, b.index) + MASK + rest.slice(e.index + e[0].length));
      else {
        inPem = true;
        out.push(line.slice(0, b.index) + MASK);
      }
      continue;
    }
    const m = maskLine(line, rules);
    count += m.count;
    out.push(m.text);
  }
  return { lines: out, count };
}
