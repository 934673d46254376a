// Message catalogs. Every user-facing string is looked up here by id; `{name}` placeholders
// are filled from the parameters. English is the reference catalog and always complete.
import { en } from './en/index.js';
import { ja } from './ja/index.js';
import { de } from './de/index.js';
import { zh } from './zh/index.js';

/** English (reference), Japanese, German, Simplified Chinese: every catalog complete (catalogs.test.ts). */
export type Lang = 'en' | 'ja' | 'de' | 'zh';
export const LANGS: readonly Lang[] = ['en', 'ja', 'de', 'zh'];
export type Catalog = Readonly<Record<string, string>>;

const catalogs: Record<Lang, Catalog> = { en, ja, de, zh };

export function catalog(lang: Lang): Catalog {
  return catalogs[lang];
}

export function hasMessage(lang: Lang, id: string): boolean {
  return Object.prototype.hasOwnProperty.call(catalogs[lang], id);
}

function fill(template: string, vars: Record<string, unknown> | undefined): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = vars[name];
    if (v === undefined || v === null) return whole;
    return typeof v === 'object' ? JSON.stringify(v) : String(v as string | number | boolean);
  });
}

/** Look a message up; falls back to English, then to the id itself (never throws). */
export function t(lang: Lang, id: string, vars?: Record<string, unknown>): string {
  const tpl = catalogs[lang][id] ?? catalogs.en[id];
  if (tpl === undefined) return id;
  return fill(tpl, vars);
}

export function isLang(x: string): x is Lang {
  return (LANGS as readonly string[]).includes(x);
}
