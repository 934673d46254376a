// Languages of the UI. The catalogs are the same files the CLI's HTML report uses
// (src/i18n/<lang>/web.ts), plus the show catalog for SA inventory findings. Adding a language:
// add its catalogs and one entry here.
import enWeb from '../../src/i18n/en/web.js';
import jaWeb from '../../src/i18n/ja/web.js';
import deWeb from '../../src/i18n/de/web.js';
import zhWeb from '../../src/i18n/zh/web.js';
import enShow from '../../src/i18n/en/show.js';
import jaShow from '../../src/i18n/ja/show.js';
import deShow from '../../src/i18n/de/show.js';
import zhShow from '../../src/i18n/zh/show.js';
import type { Tr } from '../../src/render/html-view.js';

export interface Language {
  code: string;
  /** The language's own name, as the switch shows it. */
  name: string;
  catalog: Readonly<Record<string, string>>;
}

export const LANGUAGES: readonly Language[] = [
  { code: 'en', name: 'English', catalog: { ...enShow, ...enWeb } },
  { code: 'ja', name: '日本語', catalog: { ...jaShow, ...jaWeb } },
  { code: 'de', name: 'Deutsch', catalog: { ...deShow, ...deWeb } },
  { code: 'zh', name: '简体中文', catalog: { ...zhShow, ...zhWeb } },
];

const STORE_KEY = 'ikescope.lang';
const fallback = LANGUAGES[0]!;

function initial(): Language {
  let saved: string | null = null;
  try {
    saved = localStorage.getItem(STORE_KEY);
  } catch {
    // storage may be disabled; the browser's language decides then
  }
  const wanted = [saved, ...(navigator.languages ?? [navigator.language])].filter((x): x is string => !!x);
  for (const w of wanted) {
    const hit = LANGUAGES.find((l) => l.code === w || w.toLowerCase().startsWith(`${l.code}-`));
    if (hit) return hit;
  }
  return fallback;
}

let current = initial();
const listeners = new Set<() => void>();

export function lang(): string {
  return current.code;
}

export function setLang(code: string): void {
  const next = LANGUAGES.find((l) => l.code === code);
  if (!next || next === current) return;
  current = next;
  try {
    localStorage.setItem(STORE_KEY, code);
  } catch {
    // not kept across reloads then
  }
  document.documentElement.lang = code;
  for (const fn of listeners) fn();
}

export function onLangChange(fn: () => void): void {
  listeners.add(fn);
}

/** Look a message up in the current language, then English; the id itself when missing. */
export const tr: Tr = (id, vars) => {
  const tpl = current.catalog[id] ?? fallback.catalog[id];
  if (tpl === undefined) return id;
  if (!vars) return tpl;
  return tpl.replace(/\{(\w+)\}/g, (whole, k: string) => (vars[k] === undefined ? whole : String(vars[k])));
};
