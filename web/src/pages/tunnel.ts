// One tunnel: what the dashboard row says, then the same view as the HTML report (facts,
// verdict with evidence and fix, sequence diagram, timeline), the up/down history and, on demand,
// the raw log lines. Refreshes itself when the event stream reports a change of this tunnel.
import { ApiError, getTunnel, onLive, tunnelLines, type RawLine, type TunnelDetail } from '../api.js';
import { el, replace, toDom } from '../dom.js';
import { tr } from '../i18n.js';
import { label, statusBadge, tunnelView } from '../../../src/render/html-view.js';
import { absoluteTime, announce, relativeTime, showError, toDate, type Page } from '../shell.js';

function metaList(d: TunnelDetail): HTMLElement {
  const r = d.row;
  const items: [string, Node | string][] = [];
  if (r.device) items.push([tr('web.tp.device'), r.device]);
  if (r.peer) items.push([tr('web.tp.peer'), el('span', { class: 'mono' }, r.peer)]);
  if (r.description) items.push([tr('web.tp.description'), r.description]);
  items.push([tr('web.tp.ikeStatus'), el('span', { class: `sa sa-${/^[a-z]{1,20}$/.test(r.ikeStatus) ? r.ikeStatus : 'unknown'}` }, label(tr, `web.sa.${r.ikeStatus}`, r.ikeStatus))]);
  items.push([tr('web.tp.childStatus'), el('span', { class: `sa sa-${/^[a-z]{1,20}$/.test(r.childStatus) ? r.childStatus : 'unknown'}` }, label(tr, `web.sa.${r.childStatus}`, r.childStatus))]);
  const changed = toDate(r.lastChange);
  if (changed)
    items.push([tr('web.tp.lastChange'), el('time', { attrs: { datetime: changed.toISOString(), title: absoluteTime(changed) } }, `${relativeTime(changed)} (${absoluteTime(changed)})`)]);
  if (!d.tunnel) items.push([tr('web.tp.attempts'), String(r.attempts ?? '')]);
  return el('dl', { class: 'facts meta' }, items.map(([k, v]) => [el('dt', null, k), el('dd', null, v)]));
}

function historyView(d: TunnelDetail): HTMLElement {
  const head = el('h2', { attrs: { id: 'history-h' } }, tr('web.history'));
  if (!d.history.length) return el('section', { class: 'history', attrs: { 'aria-labelledby': 'history-h' } }, head, el('p', { class: 'muted' }, tr('web.history.none')));
  return el('section', { class: 'history', attrs: { 'aria-labelledby': 'history-h' } },
    head,
    el('div', { class: 'table-scroll' },
      el('table', { class: 'grid compact' },
        el('thead', null, el('tr', null, ['web.history.time', 'web.history.state', 'web.history.reason'].map((k) => el('th', { attrs: { scope: 'col' } }, tr(k))))),
        el('tbody', null,
          d.history.map((h) => {
            const t = toDate(h.time);
            const st = h.state.toLowerCase();
            return el('tr', null,
              el('td', { class: 'nowrap' }, t ? el('time', { attrs: { datetime: t.toISOString() } }, absoluteTime(t)) : ''),
              el('td', null, el('span', { class: `badge st-${st === 'up' ? 'established' : st === 'down' ? 'down' : /^[a-z]{1,20}$/.test(st) ? st : 'unknown'}` },
                label(tr, `web.status.${st}`, h.state))),
              el('td', null, h.reason ?? ''),
            );
          }),
        ),
      ),
    ),
  );
}

function rawView(id: string): HTMLElement {
  const list = el('ol', { class: 'raw-lines' });
  const status = el('p', { class: 'muted', attrs: { role: 'status' } });
  let cursor: string | null = null;
  let total = 0;
  const more = el('button', { class: 'btn', attrs: { type: 'button' } }, tr('web.raw.load'));
  more.addEventListener('click', () => {
    more.disabled = true;
    status.textContent = tr('web.ui.loading');
    tunnelLines(id, cursor)
      .then((page) => {
        for (const l of page.lines) list.appendChild(rawLine(l));
        total += page.lines.length;
        cursor = page.next;
        status.textContent = total === 0 ? tr('web.raw.none') : cursor ? '' : tr('web.raw.end', { n: total });
        more.textContent = tr('web.raw.more');
        more.hidden = !cursor;
        more.disabled = false;
      })
      .catch((e: unknown) => {
        status.textContent = tr('web.ui.error', { message: e instanceof Error ? e.message : String(e) });
        more.disabled = false;
      });
  });
  return el('section', { class: 'raw', attrs: { 'aria-labelledby': 'raw-h' } }, el('h2', { attrs: { id: 'raw-h' } }, tr('web.raw')), list, status, more);
}

function rawLine(l: RawLine): HTMLElement {
  const t = toDate(l.time);
  return el('li', { class: l.recognized === false ? 'unrecognized' : undefined },
    t ? el('time', { class: 'mono muted', attrs: { datetime: t.toISOString() } }, t.toISOString().replace('T', ' ').slice(0, 19)) : null,
    l.source ? el('span', { class: 'src' }, l.source) : null,
    el('code', null, l.text),
  );
}

export const tunnelPage: Page = async (main, route) => {
  const id = route.id ?? '';
  const load = async (focusTop: boolean): Promise<boolean> => {
    let d: TunnelDetail;
    try {
      d = await getTunnel(id);
    } catch (e) {
      if (e instanceof ApiError && e.status === 404) {
        replace(main, el('h1', null, tr('web.tp.notFound', { id })), el('p', null, el('a', { attrs: { href: '#/' } }, tr('web.tp.back'))));
        return false;
      }
      showError(main, e, () => void load(true));
      return false;
    }
    const scroll = window.scrollY;
    replace(
      main,
      el('nav', { class: 'crumbs', attrs: { 'aria-label': tr('web.tp.back') } }, el('a', { attrs: { href: '#/' } }, `← ${tr('web.tp.back')}`)),
      el('div', { class: 'page-head tunnel-head' },
        el('h1', null, el('span', { class: 'tname' }, d.row.name)),
        toDom(statusBadge(d.row.status, tr)),
        d.row.verdict ? el('code', { class: 'code' }, d.row.verdict.code) : null,
      ),
      metaList(d),
      d.tunnel ? toDom(tunnelView(d.tunnel, tr, { noHeading: true })) : el('p', { class: 'muted' }, tr('web.tp.noReport')),
      historyView(d),
      rawView(id),
    );
    if (!focusTop) window.scrollTo(0, scroll);
    return true;
  };
  if (!(await load(true))) return;
  let pending: ReturnType<typeof setTimeout> | undefined;
  const stop = onLive({
    tunnel: (row) => {
      if (row.id !== id) return;
      // Changes come in bursts while a tunnel negotiates: refresh at most twice a second.
      clearTimeout(pending);
      pending = setTimeout(() => {
        const active = document.activeElement;
        const inRaw = active?.closest('.raw');
        void load(false).then((ok) => {
          if (ok) announce(tr('web.tp.updated'));
          if (ok && !inRaw && active instanceof HTMLElement && !document.contains(active)) main.querySelector<HTMLElement>('h1')?.focus({ preventScroll: true });
        });
      }, 500);
    },
  });
  return () => {
    stop();
    clearTimeout(pending);
  };
};
