// `ikescope analyze --format html`: one self-contained HTML file to attach to a ticket. Inline
// CSS and inline SVG only, no script, nothing fetched; a CSP meta tag allows exactly the one
// style sheet (by hash) and nothing else, so even a mistake in escaping could not run code or
// load anything. Every report string is untrusted and goes through html-tree's escaping.
import { createHash } from 'node:crypto';
import { t, type Lang } from '../i18n/index.js';
import enWeb from '../i18n/en/web.js';
import jaWeb from '../i18n/ja/web.js';
import deWeb from '../i18n/de/web.js';
import zhWeb from '../i18n/zh/web.js';
import type { Report } from '../report/build.js';
import { escapeHtml, h, toHtml } from './html-tree.js';
import { REPORT_CSS } from './html-style.js';
import { reportView, type Tr } from './html-view.js';

export interface HtmlOptions {
  lang: Lang;
}

const WEB: Record<Lang, Readonly<Record<string, string>>> = { en: enWeb, ja: jaWeb, de: deWeb, zh: zhWeb };

const DOC_CSS = `
.wrap { max-width: 1100px; margin: 0 auto; padding: 0 1rem; }
.doc-head { background: var(--panel); border-bottom: 1px solid var(--line); padding: 1rem 0 .8rem; margin-bottom: .6rem; }
.doc-head h1 { font-size: 1.45rem; margin: 0; display: flex; align-items: baseline; gap: .6rem; flex-wrap: wrap; }
.doc-head .brand { color: var(--accent); font-weight: 800; letter-spacing: -.01em; }
.doc-head p { margin: .25rem 0 0; color: var(--muted); font-size: .9rem; }
.doc-foot { color: var(--muted); font-size: .82rem; padding: 1rem; text-align: center; }
`;

/** Translator for the HTML report: the web catalog first, then the shared catalogs (inventory findings). */
export function htmlTranslator(lang: Lang): Tr {
  return (id, vars) => {
    const tpl = WEB[lang][id] ?? WEB.en[id];
    if (tpl === undefined) return t(lang, id, vars);
    return vars ? tpl.replace(/\{(\w+)\}/g, (whole, k: string) => (vars[k] === undefined ? whole : String(vars[k]))) : tpl;
  };
}

export function renderHtml(report: Report, opts: HtmlOptions): string {
  const tr = htmlTranslator(opts.lang);
  const css = REPORT_CSS + DOC_CSS;
  const hash = createHash('sha256').update(css, 'utf8').digest('base64');
  const csp = `default-src 'none'; style-src 'sha256-${hash}'; img-src data:; base-uri 'none'; form-action 'none'`;
  const s = report.summary;
  const title = tr('web.docTitle', { tunnels: s.tunnels ?? 0, failed: s.failed ?? 0 });
  const header = h(
    'header',
    { class: 'doc-head' },
    h('div', { class: 'wrap' },
      h('h1', null, h('span', { class: 'brand' }, 'ikescope'), h('span', null, tr('web.reportTitle'))),
      h('p', null, tr('web.generatedBy', { version: report.tool.version, inputs: report.inputs.length })),
    ),
  );
  const main = h('main', { id: 'main', class: 'wrap' }, reportView(report, tr));
  const footer = h('footer', { class: 'doc-foot' }, tr('web.footer', { schema: report.schema }));
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(opts.lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    '<meta name="color-scheme" content="light dark">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${css}</style>`,
    '</head>',
    '<body>',
    toHtml(header),
    toHtml(main),
    toHtml(footer),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
