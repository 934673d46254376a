// The web UI of `ikescope serve`: a shell (header, language switch, live indicator, count of
// failed notifications) and five pages behind hash routes, so the server only has to serve
// index.html, app.js and app.css:
//   #/                  dashboard (filters in the query: #/?status=failed&device=x&q=y)
//   #/tunnel/<id>       one tunnel
//   #/analyze           paste or upload logs
//   #/notifications     webhook notifications given up on (dead letters), with Retry
//   #/login?next=...    sign in with the access token
import { DEAD_LETTER_LIMIT, listDeadLetters, onDeadLetterCount, onLive, type LiveState } from './api.js';
import { el, replace } from './dom.js';
import { parseRoute, type Page, type Route } from './shell.js';
import { lang, LANGUAGES, onLangChange, setLang, tr } from './i18n.js';
import { dashboardPage } from './pages/dashboard.js';
import { tunnelPage } from './pages/tunnel.js';
import { analyzePage } from './pages/analyze.js';
import { notificationsPage } from './pages/notifications.js';
import { loginPage } from './pages/login.js';

const PAGES: Record<Route['name'], Page> = {
  dashboard: dashboardPage,
  tunnel: tunnelPage,
  analyze: analyzePage,
  notifications: notificationsPage,
  login: loginPage,
  notFound: (main) => {
    replace(main, el('h1', { attrs: { tabindex: -1 } }, tr('web.ui.notFound')), el('p', null, el('a', { attrs: { href: '#/' } }, tr('web.tp.back'))));
    return Promise.resolve();
  },
};

let cleanup: (() => void) | void;
let current: Route = { name: 'dashboard', query: new URLSearchParams() };
let generation = 0;

async function render(focus = true): Promise<void> {
  const route = parseRoute(location.hash);
  if (!route) return;
  current = route;
  setTitle();
  const gen = ++generation;
  if (cleanup) cleanup();
  cleanup = undefined;
  const main = document.getElementById('main')!;
  for (const a of document.querySelectorAll<HTMLAnchorElement>('#nav a')) {
    if (a.dataset.route === route.name || (route.name === 'tunnel' && a.dataset.route === 'dashboard')) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  const c = await PAGES[route.name](main, route);
  if (gen !== generation) {
    if (c) c();
    return;
  }
  cleanup = c;
  if (focus) {
    // Move focus to the new page's heading so keyboard and screen-reader users start there.
    const h1 = main.querySelector<HTMLElement>('h1');
    if (h1) {
      h1.tabIndex = -1;
      h1.focus({ preventScroll: true });
    }
  }
}

function applyStaticText(): void {
  document.documentElement.lang = lang();
  for (const n of document.querySelectorAll<HTMLElement>('[data-i18n]')) n.textContent = tr(n.dataset.i18n!);
  for (const n of document.querySelectorAll<HTMLElement>('[data-i18n-aria]')) n.setAttribute('aria-label', tr(n.dataset.i18nAria!));
  setTitle();
  deadLetterBadge(deadLetters);
}

function setTitle(): void {
  document.title = `ikescope — ${tr(current.name === 'analyze' ? 'web.an.title' : current.name === 'notifications' ? 'web.dl.title' : 'web.dash.title')}`;
}

// ---- count of dead letters beside "Notifications" in the navigation ----

let deadLetters = 0;

function deadLetterBadge(n: number): void {
  deadLetters = n;
  const badge = document.getElementById('dl-badge');
  const said = document.getElementById('dl-badge-sr');
  if (!badge || !said) return;
  badge.hidden = n === 0;
  badge.textContent = n >= DEAD_LETTER_LIMIT ? `${DEAD_LETTER_LIMIT - 1}+` : String(n);
  said.textContent = n === 0 ? '' : tr('web.ui.deadBadge', { n: badge.textContent });
}

/** The badge follows the live stream: once signed in, after tunnel changes and with the stats ticks. */
function watchDeadLetters(): void {
  const BADGE_EVERY_MS = 10_000;
  let last = 0;
  let pending: ReturnType<typeof setTimeout> | undefined;
  const check = (): void => {
    // The notifications page fetches the list itself (and the count comes with it).
    if (current.name === 'notifications') return;
    last = Date.now();
    listDeadLetters().catch(() => undefined);
  };
  onDeadLetterCount(deadLetterBadge);
  onLive({
    state: (s) => {
      if (s === 'live') check();
    },
    tunnel: () => {
      clearTimeout(pending);
      pending = setTimeout(check, 1500);
    },
    stats: () => {
      if (Date.now() - last >= BADGE_EVERY_MS) check();
    },
  });
}

let liveState: LiveState = 'idle';

function liveIndicator(s: LiveState): void {
  const n = document.getElementById('live');
  if (!n) return;
  n.hidden = s === 'idle';
  n.className = `live live-${s}`;
  n.textContent = tr(s === 'live' ? 'web.ui.live' : s === 'connecting' ? 'web.ui.liveConnecting' : 'web.ui.liveOffline');
  n.setAttribute('aria-label', `${tr('web.ui.liveLabel')}: ${n.textContent}`);
}

function init(): void {
  const sel = document.getElementById('lang') as HTMLSelectElement;
  for (const l of LANGUAGES) sel.appendChild(el('option', { attrs: { value: l.code, lang: l.code } }, l.name));
  sel.value = lang();
  sel.addEventListener('change', () => setLang(sel.value));
  onLangChange(() => {
    sel.value = lang();
    applyStaticText();
    void render(false);
  });
  document.getElementById('skip')!.addEventListener('click', (e) => {
    // The hash is the router's: move focus without touching it.
    e.preventDefault();
    const main = document.getElementById('main')!;
    main.focus();
    main.scrollIntoView();
  });
  // In-page anchors of the report views (#tunnel-2) scroll without leaving the route.
  document.addEventListener('click', (e) => {
    const a = (e.target as Element | null)?.closest?.('a');
    const href = a?.getAttribute('href');
    if (!a || !href || !href.startsWith('#') || href.startsWith('#/')) return;
    const target = document.getElementById(href.slice(1));
    if (!target) return;
    e.preventDefault();
    if (!target.hasAttribute('tabindex')) target.tabIndex = -1;
    target.focus({ preventScroll: true });
    target.scrollIntoView({ block: 'start' });
  });
  onLive({ state: (s) => liveIndicator((liveState = s)) });
  watchDeadLetters();
  onLangChange(() => liveIndicator(liveState));
  applyStaticText();
  window.addEventListener('ikescope:render', () => void render());
  window.addEventListener('hashchange', () => {
    applyStaticText();
    void render();
  });
  void render(false).then(applyStaticText);
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
else init();
