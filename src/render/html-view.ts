// The report as an element tree (html-tree.ts): summary, inputs, every tunnel with its facts,
// verdict and other diagnoses (evidence path:line + text, fix steps), the sequence diagram and
// the timeline, the SA inventory findings and the configurations. The same functions build the
// self-contained HTML report (html.ts) and the pages of the web UI (web/src), so both show one
// thing one way. No I/O, no DOM, no catalog import: labels come through `tr`.
import type { Inventory, InventoryEntry, InventoryFinding } from '../core/inventory.js';
import type { Evidence, Report, ReportDiagnosis, ReportInput, ReportTunnel } from '../report/build.js';
import { h, type Child, type Node } from './html-tree.js';
import { clockTime, sequenceFigure } from './html-sequence.js';
import { hostPort } from '../config/shared/net.js';

/** Catalog lookup: returns the id itself when the catalog has no such message. */
export type Tr = (id: string, vars?: Record<string, string | number>) => string;

export const STATUSES = ['established', 'failed', 'partial', 'down', 'unknown'] as const;

/** Look a message up, with a fallback for ids built from data (a status or phase not in the catalog). */
export function label(tr: Tr, id: string, fallback: string, vars?: Record<string, string | number>): string {
  const s = tr(id, vars);
  return s === id ? fallback : s;
}

/** A token safe to use in a class name or an element id (data never reaches them raw). */
export function token(s: string): string {
  return s.replace(/[^\w-]/g, '_').slice(0, 40);
}

/**
 * Catalog texts and fix steps mark commands and file names with backticks (`ipsec auto --add`):
 * shown as <code>, the rest as text. An odd number of backticks leaves the text as it is.
 */
export function richText(s: string): Child[] {
  const parts = s.split('`');
  if (parts.length < 3 || parts.length % 2 === 0) return [s];
  return parts.map((p, i) => (i % 2 === 1 ? h('code', { class: 'cmd' }, p) : p));
}

export function statusBadge(status: string, tr: Tr): Node {
  return h('span', { class: `badge st-${token(status)}` }, label(tr, `web.status.${status}`, status));
}

export function severityBadge(sev: string, tr: Tr): Node {
  return h('span', { class: `sev sev-${token(sev)}` }, label(tr, `web.severity.${sev}`, sev));
}

export function endpointText(e: { address?: string; port?: number; id?: string } | undefined): string {
  if (!e) return '';
  const addr = e.address ? hostPort(e.address, e.port) : '';
  if (e.id && e.id !== e.address) return addr ? `${addr} [${e.id}]` : `[${e.id}]`;
  return addr;
}

function fact(term: string, ...value: Child[]): Node[] {
  return [h('dt', null, term), h('dd', null, ...value)];
}

function localTime(iso: string | undefined): string {
  if (!iso) return '';
  return iso.replace('T', ' ').replace(/\.\d{1,3}Z$|Z$/, ' UTC');
}

export function tunnelFacts(tn: ReportTunnel, tr: Tr): Node {
  const items: Node[] = [];
  items.push(...fact(tr('web.local'), endpointText(tn.local) || '—'));
  items.push(...fact(tr('web.remote'), endpointText(tn.remote) || '—'));
  const ike = tn.ikeVersion ? `IKEv${tn.ikeVersion}` : tr('web.ikeUnknown');
  const mode = tn.mode ? ` · ${label(tr, `web.mode.${tn.mode}`, tn.mode)}` : '';
  items.push(...fact(tr('web.ikeVersion'), ike + mode));
  items.push(...fact(tr('web.role'), tn.role ? label(tr, `web.role.${tn.role}`, tn.role) : '—'));
  items.push(...fact(tr('web.phase'), label(tr, `web.phase.${tn.phase}`, tn.phase)));
  items.push(...fact(tr('web.attempts'), String(tn.attempts)));
  if (tn.sides.length) items.push(...fact(tr('web.sides'), tn.sides.join(' ↔ ')));
  if (tn.dialects.length) items.push(...fact(tr('web.dialects'), tn.dialects.join(', ')));
  if (tn.firstSeen || tn.lastSeen)
    items.push(...fact(tr('web.seen'), `${localTime(tn.firstSeen)} – ${localTime(tn.lastSeen)}`));
  if (tn.childSas.length)
    items.push(
      ...fact(
        tr('web.childSas'),
        h('ul', { class: 'plain' },
          tn.childSas.slice(-5).map((c) =>
            h('li', null,
              h('code', null, `${c.spiIn ?? '?'}/${c.spiOut ?? '?'}`),
              c.localTs ? ` ${c.localTs} ⇄ ${c.remoteTs ?? '?'}` : '',
            ),
          ),
        ),
      ),
    );
  return h('dl', { class: 'facts' }, items);
}

/** Characters of an evidence line shown at once (joined debug tables can run to pages). */
const EVIDENCE_SHOWN = 400;

function evidenceList(ev: readonly Evidence[], tr: Tr): Node {
  return h(
    'ol',
    { class: 'evidence', 'aria-label': tr('web.evidence') },
    ev.map((e) =>
      h('li', null,
        h('span', { class: 'loc' }, `${e.path}:${e.line}`),
        e.side && e.side !== e.path ? h('span', { class: 'side' }, e.side) : null,
        e.text.length > EVIDENCE_SHOWN
          ? [
              h('code', { class: 'line' }, `${e.text.slice(0, EVIDENCE_SHOWN)}…`),
              h('details', { class: 'whole-line' }, h('summary', null, tr('web.evidenceWhole', { n: e.text.length })), h('code', { class: 'line' }, e.text)),
            ]
          : h('code', { class: 'line' }, e.text),
      ),
    ),
  );
}

export function diagnosisView(d: ReportDiagnosis, tr: Tr, verdict: boolean): Node {
  const details = Object.entries(d.details).filter(([k]) => k !== 'count');
  return h(
    'article',
    { class: `diag sev-${token(d.severity)}${verdict ? ' verdict' : ''}` },
    h('header', null,
      h('span', { class: 'diag-kind' }, verdict ? tr('web.verdict') : tr('web.alsoFound')),
      h('code', { class: 'code' }, d.code),
      severityBadge(d.severity, tr),
      h('span', { class: 'conf', title: tr('web.confidence') }, tr('web.confidenceValue', { p: Math.round(d.confidence * 100) })),
    ),
    h(verdict ? 'h3' : 'h4', { class: 'diag-title' }, d.title),
    h('p', { class: 'why' }, richText(d.explanation)),
    details.length
      ? h('dl', { class: 'details' }, details.map(([k, v]) => [h('dt', null, label(tr, `web.detail.${k}`, k)), h('dd', null, h('code', null, String(v)))]))
      : null,
    d.evidence.length ? [h('h5', null, tr('web.evidence')), evidenceList(d.evidence, tr)] : null,
    d.fix.length
      ? [
          h('h5', null, tr('web.fix')),
          h('ol', { class: 'fix' },
            d.fix.map((f) =>
              h('li', null,
                h('span', { class: `vendor v-${token(f.vendor)}` }, label(tr, `web.vendor.${f.vendor}`, f.vendor)),
                h('span', { class: 'fix-text' }, richText(f.text)),
              ),
            ),
          ),
        ]
      : null,
  );
}

export function timelineTable(tn: ReportTunnel, tr: Tr): Node | null {
  if (!tn.timeline.length) return null;
  const ev = new Set(tn.diagnoses.flatMap((d) => d.evidence.map((e) => `${e.path}:${e.line}`)));
  return h(
    'details',
    { class: 'timeline' },
    h('summary', null, tr('web.timelineCount', { n: tn.timeline.length })),
    h('div', { class: 'table-scroll', tabindex: 0, role: 'region', 'aria-label': tr('web.timeline') },
      h('table', { class: 'grid compact' },
        h('thead', null, h('tr', null, h('th', { scope: 'col' }, tr('web.time')), h('th', { scope: 'col' }, tr('web.source')), h('th', { scope: 'col' }, tr('web.event')), h('th', { scope: 'col' }, tr('web.what')))),
        h('tbody', null,
          tn.timeline.map((e) =>
            h('tr', { class: ev.has(`${e.path}:${e.line}`) ? 'is-evidence' : undefined },
              h('td', { class: 'nowrap mono' }, clockTime(e.time)),
              h('td', { class: 'mono loc' }, `${e.path}:${e.line}`),
              h('td', { class: 'mono' }, [e.event, e.exchange].filter(Boolean).join(' ')),
              h('td', null, e.summary),
            ),
          ),
        ),
      ),
    ),
    tn.timelineOmitted ? h('p', { class: 'muted' }, tr('web.timelineOmitted', { n: tn.timelineOmitted })) : null,
  );
}

export interface TunnelViewOptions {
  /** Element id of the section (anchors of the summary table). */
  anchor?: string;
  /** Leave the heading out (the web UI's tunnel page has its own). */
  noHeading?: boolean;
}

/** One tunnel: heading, facts, verdict and other diagnoses, sequence diagram, timeline. */
export function tunnelView(tn: ReportTunnel, tr: Tr, opts: TunnelViewOptions = {}): Node {
  const [verdict, ...others] = tn.diagnoses;
  const seq = sequenceFigure(tn, tr);
  return h(
    'section',
    { class: `tunnel st-${token(tn.status)}`, id: opts.anchor, 'aria-label': opts.noHeading ? undefined : `${tn.id} ${tn.name}` },
    opts.noHeading
      ? null
      : h('h2', { class: 'tunnel-title' }, h('span', { class: 'tid' }, tn.id), ' ', h('span', { class: 'tname' }, tn.name), ' ', statusBadge(tn.status, tr)),
    tunnelFacts(tn, tr),
    verdict ? diagnosisView(verdict, tr, true) : h('p', { class: 'muted' }, tr('web.noDiagnosis')),
    others.length ? h('div', { class: 'others' }, others.map((d) => diagnosisView(d, tr, false))) : null,
    h('h3', { class: 'sub' }, tr('web.seq.title')),
    seq ?? h('p', { class: 'muted' }, tr('web.seq.none')),
    timelineTable(tn, tr),
  );
}

export function summaryTiles(s: Record<string, number>, tr: Tr): Node {
  return h(
    'ul',
    { class: 'tiles', 'aria-label': tr('web.summary') },
    h('li', { class: 'tile tile-total' }, h('span', { class: 'n' }, String(s.tunnels ?? 0)), h('span', { class: 'l' }, tr('web.tunnels'))),
    STATUSES.map((st) =>
      h('li', { class: `tile st-${st}${(s[st] ?? 0) === 0 ? ' zero' : ''}` },
        h('span', { class: 'n' }, String(s[st] ?? 0)),
        h('span', { class: 'l' }, label(tr, `web.status.${st}`, st)),
      ),
    ),
  );
}

function inputsView(inputs: readonly ReportInput[], tr: Tr): Node | null {
  if (!inputs.length) return null;
  return h(
    'details',
    { class: 'inputs' },
    h('summary', null, tr('web.inputsCount', { n: inputs.length })),
    h('ul', { class: 'plain' },
      inputs.map((i) =>
        h('li', null,
          h('code', { class: 'loc' }, i.path),
          ' ',
          i.skipped
            ? h('span', { class: 'muted' }, tr('web.inputSkipped'))
            : h('span', { class: 'muted' }, tr('web.inputLine', { lines: i.lines, recognized: i.recognizedLines, dialects: i.dialects.join(', ') || '—' })),
          i.unreadIpsecLines ? h('div', { class: 'warn-text' }, tr('web.unread', { n: i.unreadIpsecLines })) : null,
          i.warnings.map((w) => h('div', { class: 'warn-text' }, w.message)),
        ),
      ),
    ),
  );
}

function inventoryRow(e: InventoryEntry): Node {
  const sa = e.ike[0];
  return h('tr', null,
    h('td', { class: 'mono' }, e.command),
    h('td', { class: 'mono' }, endpointText(e.peer)),
    h('td', null, [e.interface, e.name, e.description].filter(Boolean).join(' · ')),
    h('td', null, e.status ?? ''),
    h('td', { class: 'mono' }, sa ? [sa.version ? `IKEv${sa.version}` : 'IKE', sa.status].filter(Boolean).join(' ') : ''),
    h('td', { class: 'num' }, String(e.flows.length)),
  );
}

function inventoryFinding(f: InventoryFinding, tr: Tr): Node {
  return h(
    'article',
    { class: `diag sev-${token(f.severity)}` },
    h('header', null, h('code', { class: 'code' }, f.code), severityBadge(f.severity, tr)),
    h('p', { class: 'why' }, label(tr, f.message, f.message, f.vars)),
    f.evidence.length ? [h('h5', null, tr('web.evidence')), evidenceList(f.evidence, tr)] : null,
    f.fix ? [h('h5', null, tr('web.nextStep')), h('p', { class: 'fix-text' }, richText(label(tr, f.fix, f.fix, f.vars)))] : null,
  );
}

export function inventoryView(inv: Inventory | undefined, tr: Tr): Node | null {
  if (!inv || (!inv.entries.length && !inv.findings.length)) return null;
  return h(
    'section',
    { class: 'inventory', id: 'inventory', 'aria-labelledby': 'inventory-h' },
    h('h2', { id: 'inventory-h' }, tr('web.inventory')),
    inv.findings.length
      ? [h('h3', { class: 'sub' }, tr('web.inventoryFindings', { n: inv.findings.length })), inv.findings.map((f) => inventoryFinding(f, tr))]
      : h('p', { class: 'muted' }, tr('web.inventoryClean')),
    inv.entries.length
      ? h('div', { class: 'table-scroll', tabindex: 0, role: 'region', 'aria-label': tr('web.inventory') },
          h('table', { class: 'grid compact' },
            h('thead', null, h('tr', null,
              [tr('web.inv.command'), tr('web.peer'), tr('web.name'), tr('web.status'), tr('web.inv.ike'), tr('web.inv.flows')].map((c) => h('th', { scope: 'col' }, c)))),
            h('tbody', null, inv.entries.map((e) => inventoryRow(e))),
          ),
        )
      : null,
  );
}

function configsView(r: Report, tr: Tr): Node | null {
  if (!r.configs?.length) return null;
  return h(
    'section',
    { class: 'configs', 'aria-labelledby': 'configs-h' },
    h('h2', { id: 'configs-h' }, tr('web.configs')),
    h('ul', { class: 'plain' },
      r.configs.map((c) =>
        h('li', null,
          h('code', { class: 'loc' }, c.path), ' ',
          h('span', { class: 'muted' }, tr('web.configLine', { vendor: c.vendor, format: c.format, tunnels: c.tunnels.join(', ') || '—', masked: c.secretsMasked })),
        ),
      ),
    ),
  );
}

/** Anchor id of a tunnel's section in a whole-report view. */
export const tunnelAnchor = (i: number): string => `tunnel-${i + 1}`;

export function tunnelTable(r: Report, tr: Tr): Node {
  return h(
    'div',
    { class: 'table-scroll', tabindex: 0, role: 'region', 'aria-label': tr('web.tunnels') },
    h('table', { class: 'grid tunnels-table' },
      h('thead', null, h('tr', null,
        [tr('web.tunnel'), tr('web.status'), tr('web.endpoints'), 'IKE', tr('web.verdict')].map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', null,
        r.tunnels.map((tn, i) => {
          const v = tn.diagnoses[0];
          return h('tr', null,
            h('td', { 'data-label': tr('web.tunnel') }, h('a', { href: `#${tunnelAnchor(i)}` }, h('span', { class: 'tid' }, tn.id), ' ', tn.name)),
            h('td', { 'data-label': tr('web.status') }, statusBadge(tn.status, tr)),
            h('td', { class: 'mono', 'data-label': tr('web.endpoints') }, `${endpointText(tn.local) || '?'} → ${endpointText(tn.remote) || '?'}`),
            h('td', { 'data-label': 'IKE' }, tn.ikeVersion ? `v${tn.ikeVersion}` : '?'),
            h('td', { 'data-label': tr('web.verdict') }, v ? [h('code', { class: 'code' }, v.code), ' ', v.title] : ''),
          );
        }),
      ),
    ),
  );
}

/** The whole report: summary, tunnel table, inputs, each tunnel, inventory, configurations. */
export function reportView(r: Report, tr: Tr): Node[] {
  const out: Child[] = [];
  out.push(
    h('section', { class: 'summary', 'aria-labelledby': 'summary-h' },
      h('h2', { id: 'summary-h' }, tr('web.summary')),
      summaryTiles(r.summary, tr),
      r.tunnels.length ? tunnelTable(r, tr) : h('p', { class: 'muted' }, tr('web.noTunnels')),
      r.findings.length
        ? h('p', { class: 'findings-line' }, tr('web.findingsCount', { n: r.findings.length }), ' ',
            r.findings.map((f) => h('code', { class: 'code' }, `${f.tunnel} ${f.code}`)))
        : null,
      inputsView(r.inputs, tr),
    ),
  );
  r.tunnels.forEach((tn, i) => out.push(tunnelView(tn, tr, { anchor: tunnelAnchor(i) })));
  out.push(inventoryView(r.inventory, tr));
  out.push(configsView(r, tr));
  return out.filter((x): x is Node => typeof x === 'object' && x !== null && !Array.isArray(x));
}
