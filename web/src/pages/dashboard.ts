// Dashboard: every tunnel the server knows, like `show crypto session` — status, device, peer,
// description, IKE/child SA state, verdict, last change — with filters (kept in the URL) and live
// updates from the event stream. Rows are focusable: Tab reaches them, Enter opens one, arrow keys
// move between them.
import { listTunnels, onLive, type TunnelRow } from '../api.js';
import { el, replace, toDom } from '../dom.js';
import { tr } from '../i18n.js';
import { label, statusBadge, STATUSES, summaryTiles } from '../../../src/render/html-view.js';
import { absoluteTime, announce, navigate, relativeTime, showError, toDate, type Page } from '../shell.js';

const ORDER: Record<string, number> = { failed: 0, down: 1, partial: 2, unknown: 3, established: 4 };

function sortRows(rows: TunnelRow[]): TunnelRow[] {
  return rows.sort((a, b) => {
    const d = (ORDER[a.status] ?? 3) - (ORDER[b.status] ?? 3);
    if (d) return d;
    const ta = toDate(a.lastChange)?.getTime() ?? 0;
    const tb = toDate(b.lastChange)?.getTime() ?? 0;
    return tb - ta || a.name.localeCompare(b.name);
  });
}

interface Filters {
  status: string;
  device: string;
  q: string;
}

export function matches(r: TunnelRow, f: Filters): boolean {
  if (f.status && r.status !== f.status) return false;
  if (f.device && (r.device ?? '') !== f.device) return false;
  if (f.q) {
    const hay = [r.id, r.name, r.device, r.peer, r.description, r.verdict?.code, r.verdict?.title].filter(Boolean).join('\n').toLowerCase();
    if (!hay.includes(f.q.toLowerCase())) return false;
  }
  return true;
}

function saCell(ike: string, child: string): HTMLElement {
  const one = (k: string, v: string): HTMLElement =>
    el('span', { class: `sa sa-${/^[a-z]{1,20}$/.test(v) ? v : 'unknown'}`, attrs: { title: `${k}: ${v}` } }, `${k} ${label(tr, `web.sa.${v}`, v)}`);
  return el('span', { class: 'sa-pair' }, one('IKE', ike), one('Child', child));
}

export const dashboardPage: Page = async (main, route) => {
  const filters: Filters = {
    status: route.query.get('status') ?? '',
    device: route.query.get('device') ?? '',
    q: route.query.get('q') ?? '',
  };
  const rows = new Map<string, TunnelRow>();
  replace(main, el('h1', null, tr('web.dash.title')), el('p', { class: 'muted', attrs: { role: 'status' } }, tr('web.ui.loading')));
  try {
    for (const r of await listTunnels()) rows.set(r.id, r);
  } catch (e) {
    showError(main, e, () => navigate(location.hash || '#/'));
    return;
  }

  const tilesBox = el('div', { class: 'dash-tiles' });
  const statsBox = el('dl', { class: 'stats', attrs: { 'aria-label': tr('web.stats.title') } });
  statsBox.hidden = true;
  const count = el('p', { class: 'count muted', attrs: { 'aria-live': 'polite' } });
  const tbody = el('tbody');
  const empty = el('p', { class: 'empty muted' });

  const statusSel = el('select', { attrs: { id: 'f-status', name: 'status' } },
    el('option', { attrs: { value: '' } }, tr('web.dash.allStatuses')),
    STATUSES.map((s) => el('option', { attrs: { value: s } }, label(tr, `web.status.${s}`, s))),
  );
  const deviceSel = el('select', { attrs: { id: 'f-device', name: 'device' } });
  const search = el('input', {
    attrs: { id: 'f-q', name: 'q', type: 'search', placeholder: tr('web.dash.searchHint'), autocomplete: 'off', spellcheck: 'false' },
  });
  statusSel.value = filters.status;
  search.value = filters.q;

  const fillDevices = (): void => {
    const devices = [...new Set([...rows.values()].map((r) => r.device ?? '').filter(Boolean))].sort();
    if (filters.device && !devices.includes(filters.device)) devices.push(filters.device);
    replace(deviceSel, el('option', { attrs: { value: '' } }, tr('web.dash.allDevices')), devices.map((d) => el('option', { attrs: { value: d } }, d)));
    deviceSel.value = filters.device;
  };

  const keepInUrl = (): void => {
    const q = new URLSearchParams();
    if (filters.status) q.set('status', filters.status);
    if (filters.device) q.set('device', filters.device);
    if (filters.q) q.set('q', filters.q);
    const qs = q.toString();
    history.replaceState(null, '', `#/${qs ? `?${qs}` : ''}`);
  };

  const rowEl = (r: TunnelRow): HTMLTableRowElement => {
    const href = `#/tunnel/${encodeURIComponent(r.id)}`;
    const statusText = label(tr, `web.status.${r.status}`, r.status);
    const changed = toDate(r.lastChange);
    const tr_ = el('tr', {
      class: `row st-${/^[a-z]{1,20}$/.test(r.status) ? r.status : 'unknown'}`,
      attrs: { tabindex: 0, 'data-id': r.id, 'aria-label': tr('web.dash.open', { name: r.name, status: statusText }) },
      on: {
        click: (e) => {
          if ((e.target as Element).closest('a')) return;
          navigate(href);
        },
        keydown: (e) => {
          if (e.target !== e.currentTarget) return;
          const row = e.currentTarget as HTMLTableRowElement;
          if (e.key === 'Enter' || e.key === ' ') {
            e.preventDefault();
            navigate(href);
          } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault();
            const next = (e.key === 'ArrowDown' ? row.nextElementSibling : row.previousElementSibling) as HTMLElement | null;
            next?.focus();
          }
        },
      },
    },
      el('td', { class: 'c-status', attrs: { 'data-label': tr('web.col.status') } }, toDom(statusBadge(r.status, tr))),
      el('td', { class: 'c-name', attrs: { 'data-label': tr('web.col.tunnel') } },
        el('a', { attrs: { href, tabindex: -1 } }, r.name)),
      el('td', { class: 'c-device', attrs: { 'data-label': tr('web.col.device') } }, r.device ?? ''),
      el('td', { class: 'c-peer mono', attrs: { 'data-label': tr('web.col.peer') } }, r.peer ?? ''),
      el('td', { class: 'c-desc', attrs: { 'data-label': tr('web.col.description') } }, r.description ?? ''),
      el('td', { class: 'c-sa', attrs: { 'data-label': tr('web.col.sa') } }, saCell(r.ikeStatus, r.childStatus)),
      el('td', { class: 'c-verdict', attrs: { 'data-label': tr('web.col.verdict') } },
        r.verdict
          ? [el('code', { class: `code vc sev-${/^[a-z]{1,20}$/.test(r.verdict.severity) ? r.verdict.severity : 'info'}` }, r.verdict.code), ' ', el('span', { class: 'vt' }, r.verdict.title)]
          : ''),
      el('td', { class: 'c-time', attrs: { 'data-label': tr('web.col.lastChange') } },
        changed ? el('time', { attrs: { datetime: changed.toISOString(), title: absoluteTime(changed) } }, relativeTime(changed)) : ''),
      el('td', { class: 'c-num num', attrs: { 'data-label': tr('web.col.attempts') } }, String(r.attempts ?? '')),
    );
    return tr_;
  };

  const counts = (): Record<string, number> => {
    const s: Record<string, number> = { tunnels: rows.size, established: 0, failed: 0, partial: 0, down: 0, unknown: 0 };
    for (const r of rows.values()) s[r.status] = (s[r.status] ?? 0) + 1;
    return s;
  };

  const draw = (flash?: string): void => {
    const focusedId = (document.activeElement as HTMLElement | null)?.closest?.('tr[data-id]')?.getAttribute('data-id') ?? null;
    const shown = sortRows([...rows.values()].filter((r) => matches(r, filters)));
    replace(tbody, shown.map(rowEl));
    replace(tilesBox, toDom(summaryTiles(counts(), tr)));
    // Tiles double as status filters.
    for (const li of tilesBox.querySelectorAll('li.tile')) {
      const st = STATUSES.find((s) => li.classList.contains(`st-${s}`)) ?? '';
      const btn = el('button', {
        class: `tile-btn${filters.status === st ? ' active' : ''}`,
        attrs: { type: 'button', 'aria-pressed': filters.status === st ? 'true' : 'false' },
        on: {
          click: () => {
            filters.status = filters.status === st ? '' : st;
            statusSel.value = filters.status;
            keepInUrl();
            draw();
          },
        },
      });
      btn.append(...li.childNodes);
      li.replaceChildren(btn);
    }
    count.textContent = tr('web.dash.count', { shown: shown.length, total: rows.size });
    empty.textContent = rows.size === 0 ? tr('web.dash.none') : shown.length === 0 ? tr('web.dash.empty') : '';
    empty.hidden = shown.length > 0;
    if (focusedId) tbody.querySelector<HTMLElement>(`tr[data-id="${CSS.escape(focusedId)}"]`)?.focus({ preventScroll: true });
    if (flash) {
      const n = tbody.querySelector<HTMLElement>(`tr[data-id="${CSS.escape(flash)}"]`);
      if (n) {
        n.classList.add('flash');
        setTimeout(() => n.classList.remove('flash'), 2500);
      }
    }
  };

  statusSel.addEventListener('change', () => {
    filters.status = statusSel.value;
    keepInUrl();
    draw();
  });
  deviceSel.addEventListener('change', () => {
    filters.device = deviceSel.value;
    keepInUrl();
    draw();
  });
  search.addEventListener('input', () => {
    filters.q = search.value.trim();
    keepInUrl();
    draw();
  });
  const clear = el('button', {
    class: 'btn btn-quiet',
    attrs: { type: 'button' },
    on: {
      click: () => {
        filters.status = filters.device = filters.q = '';
        statusSel.value = deviceSel.value = search.value = '';
        keepInUrl();
        draw();
        search.focus();
      },
    },
  }, tr('web.dash.clear'));

  fillDevices();
  const table = el('table', { class: 'grid dash-table', attrs: { 'aria-label': tr('web.dash.tableLabel') } },
    el('thead', null, el('tr', null,
      ['web.col.status', 'web.col.tunnel', 'web.col.device', 'web.col.peer', 'web.col.description', 'web.col.sa', 'web.col.verdict', 'web.col.lastChange', 'web.col.attempts']
        .map((k) => el('th', { attrs: { scope: 'col' } }, tr(k))))),
    tbody,
  );
  replace(
    main,
    el('div', { class: 'page-head' }, el('h1', null, tr('web.dash.title')), statsBox),
    tilesBox,
    el('form', { class: 'filters', attrs: { role: 'search', 'aria-label': tr('web.dash.filters') }, on: { submit: (e) => e.preventDefault() } },
      el('div', { class: 'field' }, el('label', { attrs: { for: 'f-status' } }, tr('web.dash.status')), statusSel),
      el('div', { class: 'field' }, el('label', { attrs: { for: 'f-device' } }, tr('web.dash.device')), deviceSel),
      el('div', { class: 'field field-grow' }, el('label', { attrs: { for: 'f-q' } }, tr('web.dash.search')), search),
      el('div', { class: 'field field-end' }, clear),
    ),
    count,
    el('div', { class: 'table-scroll dash-scroll' }, table),
    empty,
  );
  draw();

  const showStats = (s: Record<string, unknown>): void => {
    const items = Object.entries(s).filter(([, v]) => typeof v === 'number' && Number.isFinite(v)).slice(0, 8);
    statsBox.hidden = items.length === 0;
    replace(statsBox, items.map(([k, v]) => el('div', { class: 'stat' }, el('dt', null, label(tr, `web.stats.${k}`, k)), el('dd', null, (v as number).toLocaleString()))));
  };
  const stop = onLive({
    tunnel: (row) => {
      const before = rows.get(row.id);
      rows.set(row.id, { ...before, ...row });
      if (!before || before.device !== row.device) fillDevices();
      draw(row.id);
      if (!before || before.status !== row.status)
        announce(tr('web.dash.changed', { name: row.name, status: label(tr, `web.status.${row.status}`, row.status) }));
    },
    stats: showStats,
  });
  // Keep "3 minutes ago" true.
  const tick = setInterval(() => {
    for (const t of tbody.querySelectorAll('time[datetime]')) {
      const d = toDate(t.getAttribute('datetime'));
      if (d) t.textContent = relativeTime(d);
    }
  }, 30_000);
  return () => {
    stop();
    clearInterval(tick);
  };
};
