// One tree for both forms of a PAN-OS configuration: the XML file (running-config.xml, a
// Panorama export) and the `set` commands of `set cli config-output-format set` + `show`. Both
// become elements with names, `entry name="..."` children, `member` lists and text leaves, each
// remembering its 0-based line. The XML scanner is a small linear tag reader (no DTD, no
// namespaces: PAN-OS writes neither).

export interface XNode {
  name: string;
  /** `name` attribute of an `<entry>`. */
  entry?: string;
  text?: string;
  children: XNode[];
  /** 0-based line where the element starts. */
  line: number;
  /** 0-based line where its text sits (XML: the text's first line). */
  textLine?: number;
}

export function child(n: XNode | undefined, name: string): XNode | undefined {
  return n?.children.find((c) => c.name === name);
}

/** The node at a path of element names (`entry` steps take the first entry unless named `entry:<name>`). */
export function at(n: XNode | undefined, ...path: string[]): XNode | undefined {
  let cur = n;
  for (const p of path) {
    if (!cur) return undefined;
    if (p.startsWith('entry:')) {
      const want = p.slice(6);
      cur = cur.children.find((c) => c.name === 'entry' && c.entry === want);
    } else cur = child(cur, p);
  }
  return cur;
}

export function entries(n: XNode | undefined): XNode[] {
  return n ? n.children.filter((c) => c.name === 'entry' && c.entry !== undefined) : [];
}

/** Text of a leaf, or of its `<member>` children (a list). */
export function values(n: XNode | undefined): string[] {
  if (!n) return [];
  const members = n.children.filter((c) => c.name === 'member');
  if (members.length) return members.map((m) => (m.text ?? '').trim()).filter((x) => x !== '');
  const t = (n.text ?? '').trim();
  return t ? [t] : [];
}

export function text(n: XNode | undefined): string | undefined {
  return values(n)[0];
}

/** Line of a leaf's value (its text, or its first member). */
export function valueLine(n: XNode): number {
  const m = n.children.find((c) => c.name === 'member');
  return m?.textLine ?? m?.line ?? n.textLine ?? n.line;
}

// ---- XML ------------------------------------------------------------------------------------------

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,4});/gi, (all, e: string) => {
    if (e.startsWith('#x') || e.startsWith('#X'))
      return String.fromCodePoint(Number.parseInt(e.slice(2), 16) % 0x110000);
    if (e.startsWith('#')) return String.fromCodePoint(Number(e.slice(1)) % 0x110000);
    return ENTITIES[e.toLowerCase()] ?? all;
  });
}

export interface XmlResult {
  root: XNode;
  /** Set when the document could not be read to its end (unclosed tags are closed at the end). */
  error?: string;
}

const MAX_DEPTH = 256;

/** Read an XML document into a tree. Linear in the input; never throws. */
export function parseXml(src: string): XmlResult {
  const root: XNode = { name: '#document', children: [], line: 0 };
  const stack: XNode[] = [root];
  let pos = 0;
  let line = 0;
  let error: string | undefined;
  const n = src.length;
  // advance `line` to position `to`
  let counted = 0;
  const lineAt = (to: number): number => {
    for (let k = counted; k < to; k++) if (src.charCodeAt(k) === 10) line++;
    counted = Math.max(counted, to);
    return line;
  };
  while (pos < n) {
    const lt = src.indexOf('<', pos);
    const top = stack[stack.length - 1]!;
    const end = lt < 0 ? n : lt;
    if (end > pos) {
      const raw = src.slice(pos, end);
      if (raw.trim() !== '') {
        // line of the first non-blank character of the text
        const lead = raw.length - raw.trimStart().length;
        const l = lineAt(pos + lead);
        top.text = (top.text ?? '') + decode(raw);
        top.textLine ??= l;
      }
    }
    if (lt < 0) break;
    if (src.startsWith('<!--', lt)) {
      const e = src.indexOf('-->', lt + 4);
      pos = e < 0 ? n : e + 3;
      continue;
    }
    if (src.startsWith('<![CDATA[', lt)) {
      const e = src.indexOf(']]>', lt + 9);
      const body = src.slice(lt + 9, e < 0 ? n : e);
      top.textLine ??= lineAt(lt);
      top.text = (top.text ?? '') + body;
      pos = e < 0 ? n : e + 3;
      continue;
    }
    if (src.startsWith('<?', lt) || src.startsWith('<!', lt)) {
      const e = src.indexOf('>', lt + 2);
      pos = e < 0 ? n : e + 1;
      continue;
    }
    const gt = src.indexOf('>', lt + 1);
    if (gt < 0) {
      error = 'unterminated tag';
      break;
    }
    const body = src.slice(lt + 1, gt);
    pos = gt + 1;
    if (body.startsWith('/')) {
      const name = body.slice(1).trim();
      // close up to the matching element (tolerate a missing end tag in between)
      let k = stack.length - 1;
      while (k > 0 && stack[k]!.name !== name) k--;
      if (k > 0) stack.length = k;
      else error ??= `unexpected </${name}>`;
      continue;
    }
    const selfClosing = body.endsWith('/');
    const inner = selfClosing ? body.slice(0, -1) : body;
    const tag = readTag(inner);
    if (!tag) {
      error ??= 'malformed tag';
      continue;
    }
    const node: XNode = { name: tag.name, children: [], line: lineAt(lt) };
    if (tag.entry !== undefined) node.entry = tag.entry;
    top.children.push(node);
    if (!selfClosing) {
      if (stack.length >= MAX_DEPTH) {
        error ??= 'nesting too deep';
        continue;
      }
      stack.push(node);
    }
  }
  if (stack.length > 1) error ??= `unclosed <${stack[stack.length - 1]!.name}>`;
  return error ? { root, error } : { root };
}

/** Element name and its `name` attribute, read without regex backtracking. */
function readTag(s: string): { name: string; entry?: string } | undefined {
  let i = 0;
  const n = s.length;
  while (i < n && !/\s/.test(s[i]!)) i++;
  const name = s.slice(0, i);
  if (!name || !/^[a-z_][\w.:-]*$/i.test(name)) return undefined;
  let entry: string | undefined;
  while (i < n) {
    while (i < n && /\s/.test(s[i]!)) i++;
    const k0 = i;
    while (i < n && s[i] !== '=' && !/\s/.test(s[i]!)) i++;
    const key = s.slice(k0, i);
    while (i < n && /\s/.test(s[i]!)) i++;
    if (s[i] !== '=') {
      if (!key) break;
      continue;
    }
    i++;
    while (i < n && /\s/.test(s[i]!)) i++;
    const q = s[i];
    let val: string;
    if (q === '"' || q === "'") {
      const e = s.indexOf(q, i + 1);
      val = s.slice(i + 1, e < 0 ? n : e);
      i = e < 0 ? n : e + 1;
    } else {
      const v0 = i;
      while (i < n && !/\s/.test(s[i]!)) i++;
      val = s.slice(v0, i);
    }
    if (key === 'name') entry = decode(val);
  }
  return entry !== undefined ? { name, entry } : { name };
}
