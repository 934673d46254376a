// DOM side of the shared element tree (src/render/html-tree.ts) and a small helper for the
// interactive parts of the pages. Text always goes in as text nodes and attributes through
// setAttribute: no innerHTML anywhere, no inline style (the UI runs under a strict CSP).
import { cleanText, safeHref, SVG_TAGS, type Child, type Node as VNode } from '../../src/render/html-tree.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

function build(c: VNode | string, inSvg: boolean): Node {
  if (typeof c === 'string') return document.createTextNode(cleanText(c));
  const svg = inSvg || c.tag === 'svg';
  const node = svg && SVG_TAGS.has(c.tag) ? document.createElementNS(SVG_NS, c.tag) : document.createElement(c.tag);
  for (const [k, v] of Object.entries(c.attrs)) node.setAttribute(k, cleanText(v));
  for (const k of c.children) node.appendChild(build(k, svg));
  return node;
}

/** Turn an element tree into DOM nodes (in a fragment). */
export function toDom(c: Child): DocumentFragment {
  const frag = document.createDocumentFragment();
  const add = (x: Child): void => {
    if (x === null || x === undefined || x === false) return;
    if (Array.isArray(x)) x.forEach(add);
    else if (typeof x === 'string' || typeof x === 'number') frag.appendChild(document.createTextNode(cleanText(String(x))));
    else frag.appendChild(build(x, false));
  };
  add(c);
  return frag;
}

export type Kid = Node | string | number | null | undefined | false | Kid[];

export interface Props {
  class?: string;
  /** Attributes (no `on*`, no `style`); `href` only to the same origin. */
  attrs?: Record<string, string | number | boolean | undefined | null>;
  on?: { [K in keyof HTMLElementEventMap]?: (e: HTMLElementEventMap[K]) => void };
}

/** Create an element with text children appended as text nodes. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props?: Props | null, ...kids: Kid[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props?.class) node.className = props.class;
  for (const [k, v] of Object.entries(props?.attrs ?? {})) {
    if (/^on/i.test(k) || k.toLowerCase() === 'style') throw new Error(`attribute not allowed: ${k}`);
    if (v === undefined || v === null || v === false) continue;
    const s = v === true ? '' : String(v);
    if (k === 'href') {
      const ok = safeHref(s);
      if (ok !== undefined) node.setAttribute('href', ok);
      continue;
    }
    node.setAttribute(k, cleanText(s));
  }
  for (const [type, fn] of Object.entries(props?.on ?? {})) node.addEventListener(type, fn as EventListener);
  append(node, kids);
  return node;
}

export function append(parent: Node, kids: Kid[]): void {
  for (const k of kids) {
    if (k === null || k === undefined || k === false) continue;
    if (Array.isArray(k)) append(parent, k);
    else if (typeof k === 'string' || typeof k === 'number') parent.appendChild(document.createTextNode(cleanText(String(k))));
    else parent.appendChild(k);
  }
}

/** Replace all children of a node. */
export function replace(parent: Element, ...kids: Kid[]): void {
  parent.replaceChildren();
  append(parent, kids);
}
