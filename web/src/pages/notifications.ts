// Notifications: the webhook notifications the server gave up on after its last retry (dead
// letters), newest first — when, which event, which tunnel, where it was going, how often it was
// tried and the last error — each with a Retry button that queues it for delivery again. The list
// refreshes when the event stream reports a tunnel change or new server stats (a notification
// turns dead some retries after the change that caused it), and after a retry.
import { ApiError, DEAD_LETTER_LIMIT, listDeadLetters, onLive, retryDeadLetter, setDeadLetterCount, type DeadLetter, type DeadLetterList, type NoticePayload } from '../api.js';
import { el, replace } from '../dom.js';
import { tr } from '../i18n.js';
import { label } from '../../../src/render/html-view.js';
import { absoluteTime, announce, navigate, needLogin, relativeTime, showError, toDate, type Page } from '../shell.js';

/** Refresh at most this often on `stats` events (the server sends one every 5 s). */
const STATS_REFRESH_MS = 4000;
/** After a tunnel change or a retry: look again once its deliveries had time to fail. */
const SETTLE_MS = 1500;

interface EventInfo {
  text: string;
  /** Status class of the badge (the report views' colours). */
  st: string;
  code: string | null;
}

function payloadOf(d: DeadLetter): NoticePayload {
  return d.payload && typeof d.payload === 'object' ? d.payload : {};
}

export function eventOf(p: NoticePayload): EventInfo {
  const type = typeof p.type === 'string' ? p.type : '';
  const code = typeof p.verdict?.code === 'string' ? p.verdict.code : null;
  if (type === 'transition' && p.to === 'up') return { text: tr('web.dl.ev.up'), st: 'established', code: null };
  if (type === 'transition' && p.to === 'down') return { text: tr('web.dl.ev.down'), st: 'down', code };
  if (type === 'failure') return { text: tr('web.dl.ev.failure'), st: 'failed', code };
  if (type === 'flapping') return { text: tr('web.dl.ev.flapping'), st: 'partial', code: null };
  if (type === 'settled') return { text: tr('web.dl.ev.settled'), st: 'unknown', code: null };
  return { text: type ? label(tr, `web.dl.ev.${type}`, type) : tr('web.dl.ev.unknown'), st: 'unknown', code: null };
}

function tunnelName(p: NoticePayload): string {
  const t = p.tunnel;
  return (typeof t?.name === 'string' && t.name) || (typeof t?.id === 'string' && t.id) || tr('web.dl.noTunnel');
}

export const notificationsPage: Page = async (main) => {
  let list: DeadLetterList;
  replace(main, el('h1', null, tr('web.dl.title')), el('p', { class: 'muted', attrs: { role: 'status' } }, tr('web.ui.loading')));
  try {
    list = await listDeadLetters();
  } catch (e) {
    showError(main, e, () => navigate(location.hash || '#/notifications'));
    return;
  }
  let readOnly = list.readOnly === true;

  const h1 = el('h1', { attrs: { tabindex: -1 } }, tr('web.dl.title'));
  const roNote = el('div', { class: 'note', attrs: { id: 'dl-readonly' } },
    el('p', null, tr('web.dl.readOnly')),
    el('a', { attrs: { href: `#/login?next=${encodeURIComponent('#/notifications')}` } }, tr('web.dl.signInOther')),
  );
  // Errors of a retry: role=alert makes screen readers say them at once.
  const alertBox = el('div', { class: 'alert alert-error', attrs: { role: 'alert', id: 'dl-error' } });
  alertBox.hidden = true;
  const count = el('p', { class: 'count muted', attrs: { 'aria-live': 'polite' } });
  const tbody = el('tbody');
  const table = el('table', { class: 'grid dl-table', attrs: { 'aria-label': tr('web.dl.tableLabel') } },
    el('thead', null, el('tr', null,
      ['web.dl.col.time', 'web.dl.col.event', 'web.dl.col.tunnel', 'web.dl.col.target', 'web.dl.col.attempts', 'web.dl.col.error']
        .map((k) => el('th', { attrs: { scope: 'col' } }, tr(k))),
      el('th', { attrs: { scope: 'col' } }, el('span', { class: 'sr-only' }, tr('web.dl.col.action'))))),
    tbody,
  );
  const scroll = el('div', { class: 'table-scroll dl-scroll' }, table);
  const empty = el('p', { class: 'empty muted', attrs: { id: 'dl-empty' } }, tr('web.dl.empty'));

  const showAlert = (text: string | null): void => {
    alertBox.hidden = text === null;
    replace(alertBox, text === null ? null : el('p', null, text));
  };

  const focusRow = (index: number): void => {
    const buttons = [...tbody.querySelectorAll<HTMLButtonElement>('button.dl-retry')];
    const b = buttons[Math.min(index, buttons.length - 1)];
    if (b && !b.disabled) b.focus();
    else if (b) b.closest('tr')?.querySelector<HTMLElement>('a')?.focus();
    else h1.focus();
  };

  const retry = (d: DeadLetter, btn: HTMLButtonElement): void => {
    const p = payloadOf(d);
    const what = { tunnel: tunnelName(p), event: eventOf(p).text };
    btn.disabled = true;
    btn.textContent = tr('web.dl.retrying');
    showAlert(null);
    retryDeadLetter(d.id)
      .then(() => {
        const index = list.items.findIndex((x) => x.id === d.id);
        list.items = list.items.filter((x) => x.id !== d.id);
        draw();
        setDeadLetterCount(list.items.length);
        focusRow(Math.max(0, index));
        announce(tr('web.dl.queued', what));
        later(SETTLE_MS);
      })
      .catch((e: unknown) => {
        if (e instanceof ApiError && e.status === 401) return needLogin();
        if (e instanceof ApiError && e.status === 403) {
          // Read-only token (or a request the server took for cross-origin): no retry will pass.
          readOnly = true;
          draw();
          showAlert(tr('web.dl.forbidden', { message: e.message }));
          // The button is disabled now: the way out (another token) gets the focus.
          roNote.querySelector<HTMLElement>('a')?.focus();
          return;
        }
        if (e instanceof ApiError && e.status === 404) {
          showAlert(tr('web.dl.gone'));
          void refresh();
          return;
        }
        btn.disabled = false;
        btn.textContent = tr('web.dl.retry');
        showAlert(e instanceof ApiError && e.status === 0 ? tr('web.ui.networkError') : tr('web.dl.retryError', { message: e instanceof Error ? e.message : String(e) }));
      });
  };

  const rowEl = (d: DeadLetter): HTMLTableRowElement => {
    const p = payloadOf(d);
    const ev = eventOf(p);
    const name = tunnelName(p);
    const when = toDate(p.at ?? d.createdAt ?? null);
    const tunnelId = typeof p.tunnel?.id === 'string' ? p.tunnel.id : null;
    const device = typeof p.tunnel?.device === 'string' ? p.tunnel.device : null;
    const btn = el('button', {
      class: 'btn dl-retry',
      attrs: { type: 'button', 'data-id': d.id, 'aria-label': tr('web.dl.retryLabel', { event: ev.text, tunnel: name }), 'aria-describedby': readOnly ? 'dl-readonly' : undefined },
      on: {
        keydown: (e) => {
          // Arrow keys move between the rows' buttons, like the dashboard's rows.
          if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
          e.preventDefault();
          const row = (e.currentTarget as HTMLElement).closest('tr');
          const next = (e.key === 'ArrowDown' ? row?.nextElementSibling : row?.previousElementSibling) as HTMLElement | null | undefined;
          (next?.querySelector<HTMLElement>('button.dl-retry:not(:disabled)') ?? next?.querySelector<HTMLElement>('a'))?.focus();
        },
      },
    }, tr('web.dl.retry'));
    btn.addEventListener('click', () => retry(d, btn));
    btn.disabled = readOnly;
    return el('tr', { attrs: { 'data-id': d.id } },
      el('td', { class: 'c-time', attrs: { 'data-label': tr('web.dl.col.time') } },
        when ? el('time', { attrs: { datetime: when.toISOString(), title: absoluteTime(when) } }, relativeTime(when)) : ''),
      el('td', { class: 'c-event', attrs: { 'data-label': tr('web.dl.col.event') } },
        el('span', { class: `badge st-${ev.st}` }, ev.text),
        ev.code ? [' ', el('code', { class: 'code' }, ev.code)] : null),
      el('td', { class: 'c-name', attrs: { 'data-label': tr('web.dl.col.tunnel') } },
        tunnelId ? el('a', { attrs: { href: `#/tunnel/${encodeURIComponent(tunnelId)}` } }, name) : name,
        device ? el('span', { class: 'dl-device muted' }, device) : null,
        // A payload the server could not read as JSON: its beginning, as text.
        typeof d.payload === 'string' ? el('code', { class: 'dl-raw' }, d.payload.slice(0, 300)) : null),
      el('td', { class: 'c-target mono', attrs: { 'data-label': tr('web.dl.col.target') } }, d.url ?? d.target),
      el('td', { class: 'c-num num', attrs: { 'data-label': tr('web.dl.col.attempts') } }, String(d.attempts)),
      el('td', { class: 'c-error', attrs: { 'data-label': tr('web.dl.col.error') } }, d.lastError ? el('code', null, d.lastError) : ''),
      el('td', { class: 'c-action' }, btn),
    );
  };

  function draw(): void {
    // Keep the keyboard where it was across a refresh.
    const focused = document.activeElement instanceof HTMLElement && tbody.contains(document.activeElement)
      ? { id: document.activeElement.closest('tr')?.getAttribute('data-id'), button: document.activeElement.matches('button') }
      : null;
    replace(tbody, list.items.map(rowEl));
    const n = list.items.length;
    roNote.hidden = !readOnly;
    scroll.hidden = n === 0;
    empty.hidden = n > 0;
    count.textContent = n === 0 ? '' : n >= DEAD_LETTER_LIMIT ? tr('web.dl.countMore', { n }) : tr('web.dl.count', { n });
    if (focused?.id) {
      const row = tbody.querySelector(`tr[data-id="${CSS.escape(focused.id)}"]`);
      const target = row?.querySelector<HTMLElement>(focused.button ? 'button' : 'a');
      target?.focus({ preventScroll: true });
    }
  }

  let loading = false;
  let again = false;
  let lastLoad = Date.now();
  async function refresh(): Promise<void> {
    if (loading) {
      again = true;
      return;
    }
    loading = true;
    lastLoad = Date.now();
    try {
      const before = new Set(list.items.map((x) => x.id));
      const next = await listDeadLetters();
      if (stopped) return;
      list = next;
      if (next.readOnly !== undefined) readOnly = next.readOnly || readOnly;
      draw();
      const added = next.items.filter((x) => !before.has(x.id)).length;
      if (added) announce(tr('web.dl.arrived', { n: added }));
    } catch (e) {
      if (stopped) return;
      if (e instanceof ApiError && e.status === 401) return needLogin();
      // The live indicator already says when the server is away; other errors are worth a line.
      if (!(e instanceof ApiError && e.status === 0)) count.textContent = tr('web.dl.refreshFailed', { message: e instanceof Error ? e.message : String(e) });
    } finally {
      loading = false;
      if (again && !stopped) {
        again = false;
        void refresh();
      }
    }
  }

  let stopped = false;
  let pending: ReturnType<typeof setTimeout> | undefined;
  function later(ms: number): void {
    clearTimeout(pending);
    pending = setTimeout(() => void refresh(), ms);
  }

  replace(
    main,
    el('div', { class: 'page-head' }, h1),
    el('p', { class: 'intro muted' }, tr('web.dl.intro')),
    roNote,
    alertBox,
    count,
    scroll,
    empty,
  );
  draw();

  const stop = onLive({
    tunnel: () => later(SETTLE_MS),
    stats: () => {
      if (Date.now() - lastLoad >= STATS_REFRESH_MS) void refresh();
    },
  });
  // Keep "3 minutes ago" true.
  const tick = setInterval(() => {
    for (const t of tbody.querySelectorAll('time[datetime]')) {
      const d = toDate(t.getAttribute('datetime'));
      if (d) t.textContent = relativeTime(d);
    }
  }, 30_000);
  return () => {
    stopped = true;
    stop();
    clearTimeout(pending);
    clearInterval(tick);
  };
};
