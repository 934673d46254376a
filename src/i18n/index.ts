// Message catalogs. Every user-facing string is looked up here by id; `{name}` placeholders
// are filled from the parameters. English is the reference catalog and always complete.
import { en } from './en/index.js';

/** English (reference), Japanese, German, Simplified Chinese: every catalog complete (catalogs.test.ts). */
export type Lang = 'en' | 'ja' | 'de' | 'zh';
export const LANGS: readonly Lang[] = ['en', 'ja', 'de', 'zh'];
export type Catalog = Readonly<Record<string, string>>;

/**
 * English is always loaded; another language's catalog is loaded when something asks for that
 * language (`useLang`): a run in one language does not hold the other three (about 2 MB of heap
 * and 4 MB of RSS each run; issue 2). Until then its messages read in English.
 */
const catalogs: Partial<Record<Lang, Catalog>> = { en };
const LOADERS: Record<Exclude<Lang, 'en'>, () => Promise<Catalog>> = {
  ja: async () => (await import('./ja/index.js')).ja,
  de: async () => (await import('./de/index.js')).de,
  zh: async () => (await import('./zh/index.js')).zh,
};

/** Load a language's catalog (once); every entry point that takes a language calls this. */
export async function useLang(lang: Lang): Promise<void> {
  if (lang === 'en' || catalogs[lang] !== undefined) return;
  catalogs[lang] = await LOADERS[lang]();
}

/** Load every catalog (a server answers each request in its own language). */
export async function useAllLangs(): Promise<void> {
  await Promise.all(LANGS.map(useLang));
}

/** A language's catalog; English until `useLang` has loaded it. */
export function catalog(lang: Lang): Catalog {
  return catalogs[lang] ?? en;
}

export function hasMessage(lang: Lang, id: string): boolean {
  return Object.prototype.hasOwnProperty.call(catalog(lang), id);
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
  const tpl = catalog(lang)[id] ?? en[id];
  if (tpl === undefined) return id;
  return fill(tpl, vars);
}

export function isLang(x: string): x is Lang {
  return (LANGS as readonly string[]).includes(x);
}
