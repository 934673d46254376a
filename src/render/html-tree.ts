// A tiny element tree shared by the HTML report (serialised to a string here) and the web UI
// (turned into DOM nodes with createElement/textContent in web/src/dom.ts). Report text is
// untrusted — a peer chooses its own IKE identity, a log line can hold anything — so the tree
// never carries markup: text is text, attribute values are escaped, and attribute names, event
// handlers and URLs are restricted here, once, for both renderers.

export type Attr = string | number | boolean | undefined | null;
export type Attrs = Record<string, Attr>;
export type Child = Node | string | number | null | undefined | false | Child[];

export interface Node {
  readonly tag: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly (Node | string)[];
}

/** Tags a view may build. Anything else is a programming error, not data. */
const TAGS = new Set([
  'a', 'abbr', 'article', 'aside', 'b', 'br', 'caption', 'code', 'dd', 'details', 'div', 'dl',
  'dt', 'em', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'kbd', 'li', 'main', 'nav', 'ol', 'p',
  'pre', 'section', 'small', 'span', 'strong', 'summary', 'table', 'tbody', 'td', 'th', 'thead',
  'time', 'tr', 'ul', 'figure', 'figcaption', 'mark',
  // inline SVG (sequence diagram)
  'svg', 'g', 'line', 'path', 'polygon', 'rect', 'text', 'title', 'desc', 'circle', 'tspan',
]);

export const SVG_TAGS: ReadonlySet<string> = new Set(['svg', 'g', 'line', 'path', 'polygon', 'rect', 'text', 'title', 'desc', 'circle', 'tspan']);

/** Attribute names: plain names only; no event handlers, no inline styles (CSP), no srcdoc. */
const ATTR_NAME = /^[a-z][a-z0-9-]{0,40}$/i;
const FORBIDDEN_ATTRS = new Set(['style', 'srcdoc', 'src', 'action', 'formaction', 'xlink:href']);

/** Links may only point inside the page or the same origin (`#x`, `/x`, `?x`, `./x`). */
export function safeHref(v: string): string | undefined {
  if (/^(?:#|\/(?!\/)|\?|\.\/)/.test(v) && !/[\s\\]/.test(v)) return v;
  return undefined;
}

function attrValue(name: string, v: Attr): string | undefined {
  if (v === undefined || v === null || v === false) return undefined;
  if (v === true) return '';
  const s = String(v);
  if (name === 'href') return safeHref(s);
  return s;
}

export function h(tag: string, attrs?: Attrs | null, ...children: Child[]): Node {
  if (!TAGS.has(tag)) throw new Error(`html-tree: tag not allowed: ${tag}`);
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(attrs ?? {})) {
    if (!ATTR_NAME.test(k) || /^on/i.test(k) || FORBIDDEN_ATTRS.has(k.toLowerCase())) throw new Error(`html-tree: attribute not allowed: ${k}`);
    const val = attrValue(k, v);
    if (val !== undefined) out[k] = val;
  }
  const kids: (Node | string)[] = [];
  const add = (c: Child): void => {
    if (c === null || c === undefined || c === false) return;
    if (Array.isArray(c)) c.forEach(add);
    else if (typeof c === 'string' || typeof c === 'number') {
      const s = String(c);
      if (s !== '') kids.push(s);
    } else kids.push(c);
  };
  children.forEach(add);
  return { tag, attrs: out, children: kids };
}

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escape text for HTML text and attribute-value context. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESC[c] ?? c);
}

/**
 * Characters that must not reach a document even escaped: NUL, C0 controls other than tab/LF/CR,
 * lone surrogates, and the bidi overrides that can disguise a log line (CVE-2021-42574 style).
 */
function clean(s: string): string {
  return s
    .replace(/[\u0000-\u0008\v\f\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, '\ufffd')
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

const VOID = new Set(['br']);

/** Serialise a tree to HTML. Text and attribute values are escaped; nothing is passed raw. */
export function toHtml(c: Child): string {
  if (c === null || c === undefined || c === false) return '';
  if (Array.isArray(c)) return c.map(toHtml).join('');
  if (typeof c === 'string' || typeof c === 'number') return escapeHtml(clean(String(c)));
  const attrs = Object.entries(c.attrs)
    .map(([k, v]) => (v === '' ? ` ${k}` : ` ${k}="${escapeHtml(clean(v))}"`))
    .join('');
  if (VOID.has(c.tag)) return `<${c.tag}${attrs}>`;
  return `<${c.tag}${attrs}>${c.children.map(toHtml).join('')}</${c.tag}>`;
}

/** Text with control characters replaced (the DOM renderer uses it too). */
export const cleanText = clean;
