// What the pages share: routes, navigation, announcements for screen readers, error display,
// and time formatting.
import { ApiError } from './api.js';
import { el, replace } from './dom.js';
import { lang, tr } from './i18n.js';

export interface Route {
  name: 'dashboard' | 'tunnel' | 'analyze' | 'notifications' | 'login' | 'notFound';
  id?: string;
  query: URLSearchParams;
}

/** What a page gives back: a cleanup run when the page is left. */
export type Page = (main: HTMLElement, route: Route) => Promise<(() => void) | void>;

export function parseRoute(hash: string): Route | null {
  if (hash === '' || hash === '#') return { name: 'dashboard', query: new URLSearchParams() };
  if (!hash.startsWith('#/')) return null; // an in-page anchor (#main, #tunnel-1): not a route
  const [path = '', qs = ''] = hash.slice(2).split('?', 2);
  const query = new URLSearchParams(qs);
  const parts = path.split('/').filter(Boolean);
  if (parts.length === 0) return { name: 'dashboard', query };
  if (parts[0] === 'tunnel' && parts[1]) {
    try {
      return { name: 'tunnel', id: decodeURIComponent(parts.slice(1).join('/')), query };
    } catch {
      return { name: 'notFound', query };
    }
  }
  if (parts[0] === 'analyze' && parts.length === 1) return { name: 'analyze', query };
  if (parts[0] === 'notifications' && parts.length === 1) return { name: 'notifications', query };
  if (parts[0] === 'login' && parts.length === 1) return { name: 'login', query };
  return { name: 'notFound', query };
}

export function navigate(hash: string): void {
  if (location.hash === hash) window.dispatchEvent(new Event('ikescope:render'));
  else location.hash = hash;
}

/** Send the user to the sign-in page, coming back here afterwards. */
export function needLogin(): void {
  const here = location.hash && !location.hash.startsWith('#/login') ? location.hash : '#/';
  navigate(`#/login?next=${encodeURIComponent(here)}`);
}

export function announce(text: string): void {
  const a = document.getElementById('announcer');
  if (!a) return;
  a.textContent = '';
  // A new text node after a tick makes screen readers read a repeated message again.
  setTimeout(() => (a.textContent = text), 30);
}

/** Show an error in the page; sign-in errors go to the sign-in page. */
export function showError(main: HTMLElement, e: unknown, retry?: () => void): void {
  if (e instanceof ApiError && (e.status === 401 || e.status === 403)) {
    needLogin();
    return;
  }
  const msg = e instanceof ApiError && e.status === 0 ? tr('web.ui.networkError') : tr('web.ui.error', { message: e instanceof Error ? e.message : String(e) });
  replace(
    main,
    el('div', { class: 'alert alert-error', attrs: { role: 'alert' } },
      el('p', null, msg),
      retry ? el('button', { class: 'btn', attrs: { type: 'button' }, on: { click: retry } }, tr('web.ui.retry')) : null,
    ),
  );
}


/** Epoch ms or ISO string → Date (undefined when unreadable). */
export function toDate(v: string | number | null | undefined): Date | undefined {
  if (v === null || v === undefined || v === '') return undefined;
  const d = new Date(typeof v === 'number' ? v : /^\d+$/.test(v) ? Number(v) : v);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

/** "3 minutes ago", in the UI's language. */
export function relativeTime(d: Date, now = Date.now()): string {
  const s = Math.round((d.getTime() - now) / 1000);
  const abs = Math.abs(s);
  const rtf = new Intl.RelativeTimeFormat(lang(), { numeric: 'auto' });
  if (abs < 45) return rtf.format(s, 'second');
  if (abs < 45 * 60) return rtf.format(Math.round(s / 60), 'minute');
  if (abs < 22 * 3600) return rtf.format(Math.round(s / 3600), 'hour');
  return rtf.format(Math.round(s / 86400), 'day');
}

export function absoluteTime(d: Date): string {
  return new Intl.DateTimeFormat(lang(), { dateStyle: 'medium', timeStyle: 'medium' }).format(d);
}
