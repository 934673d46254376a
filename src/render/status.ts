// `ikescope status`: the SA inventory read from show outputs, as a table in the manner of IOS
// `show crypto session` (interface, peer, description, session status, IKE SA, flows with their
// active SA counts and packet counters), then the findings with their evidence and next step.
import pc from 'picocolors';
import type {
  Inventory,
  InventoryEntry,
  InventoryFinding,
  InventoryFlow,
  InventoryIkeSa,
} from '../core/inventory.js';
import { flowLabel } from '../core/inventory.js';
import { t, type Lang } from '../i18n/index.js';
import { hostPort } from '../config/shared/net.js';

export interface StatusOptions {
  lang: Lang;
  color: boolean;
}

type Paint = (s: string) => string;

const COLUMNS = [
  'interface',
  'peer',
  'description',
  'status',
  'ike',
  'flow',
  'active',
  'packets',
  'errors',
] as const;
type Column = (typeof COLUMNS)[number];
const MAX_WIDTH: Record<Column, number> = {
  interface: 20,
  peer: 24,
  description: 26,
  status: 18,
  ike: 28,
  flow: 44,
  active: 10,
  packets: 16,
  errors: 18,
};

/** Terminal columns a string takes: East Asian wide characters count two. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    w += isWide(c) ? 2 : 1;
  }
  return w;
}

function isWide(c: number): boolean {
  return (
    (c >= 0x1100 && c <= 0x115f) ||
    (c >= 0x2e80 && c <= 0xa4cf) ||
    (c >= 0xac00 && c <= 0xd7a3) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xff00 && c <= 0xff60) ||
    (c >= 0xffe0 && c <= 0xffe6)
  );
}

function clip(s: string, max: number): string {
  if (displayWidth(s) <= max) return s;
  let out = '';
  let w = 0;
  for (const ch of s) {
    const cw = isWide(ch.codePointAt(0) ?? 0) ? 2 : 1;
    if (w + cw > max - 1) break;
    out += ch;
    w += cw;
  }
  return `${out}…`;
}

function pad(s: string, width: number): string {
  const w = displayWidth(s);
  return w >= width ? s : s + ' '.repeat(width - w);
}

function endpoint(e: { address?: string; port?: number; id?: string } | undefined): string {
  if (!e) return '';
  if (e.address) return hostPort(e.address, e.port);
  return e.id ?? '';
}

function ikeCell(s: InventoryIkeSa | undefined): string {
  if (!s) return '';
  const v = s.version ? `IKEv${s.version}` : 'IKE';
  const parts = [v];
  if (s.status) parts.push(s.status);
  if (s.tunnelId) parts.push(`#${s.tunnelId}`);
  else if (s.connId) parts.push(`#${s.connId}`);
  return parts.join(' ');
}

function pair(a: number | undefined, b: number | undefined): string {
  if (a === undefined && b === undefined) return '';
  return `${a ?? '-'}/${b ?? '-'}`;
}

function sum(...xs: (number | undefined)[]): number | undefined {
  let any = false;
  let n = 0;
  for (const x of xs) {
    if (x === undefined) continue;
    any = true;
    n += x;
  }
  return any ? n : undefined;
}

function errorCells(f: InventoryFlow): string {
  const extraIn = Object.values(f.errors ?? {}).reduce((a, b) => a + b, 0);
  const inn = sum(f.dropIn, f.recvErrors, extraIn || undefined);
  const out = sum(f.dropOut, f.sendErrors);
  return pair(inn, out);
}

/** IOS isakmp rows whose peer could not be told from our own addresses: `src → dst`. */
function srcDst(e: InventoryEntry): string {
  const { src, dst } = e.fields;
  return typeof src === 'string' && typeof dst === 'string' ? `${src} → ${dst}` : '';
}

function describe(e: InventoryEntry): string {
  const d = e.description ?? e.name ?? '';
  return e.assignedIp && d ? `${d} (${e.assignedIp})` : d || (e.assignedIp ?? '');
}

function rowsOf(e: InventoryEntry): Record<Column, string>[] {
  const n = Math.max(1, e.ike.length, e.flows.length);
  const rows: Record<Column, string>[] = [];
  for (let i = 0; i < n; i++) {
    const f = e.flows[i];
    const s = e.ike[i];
    const first = i === 0;
    rows.push({
      interface: first ? (e.interface ?? '') : '',
      peer: first ? endpoint(e.peer) || srcDst(e) : '',
      description: first ? describe(e) : '',
      status: first ? (e.status ?? e.ike[0]?.status ?? e.flows[0]?.status ?? '') : '',
      ike: ikeCell(s),
      flow: f ? flowLabel(f) : '',
      active: f?.activeSas !== undefined ? String(f.activeSas) : '',
      packets: f ? pair(f.pktsIn, f.pktsOut) : '',
      errors: f ? errorCells(f) : '',
    });
  }
  return rows;
}

/**
 * The daemons' outputs carry per-SA detail the table has no column for (identities, SPIs, byte
 * counters, times): it follows each row, indented. Cisco and PAN-OS rows keep their table alone.
 */
const DETAILED = new Set<InventoryEntry['vendor']>(['strongswan', 'libreswan']);

function detailLines(e: InventoryEntry, lang: Lang): string[] {
  if (!DETAILED.has(e.vendor)) return [];
  const out: string[] = [];
  const ep = (x: { address?: string; port?: number; id?: string } | undefined): string => {
    if (!x) return '?';
    const a = x.address ? hostPort(x.address, x.port) : '';
    return [x.id, a].filter(Boolean).join(' @ ') || '?';
  };
  const times = (up: number | undefined, left: number | undefined): string[] => [
    ...(up !== undefined ? [t(lang, 'show.status.detail.up', { sec: up })] : []),
    ...(left !== undefined ? [t(lang, 'show.status.detail.expires', { sec: left })] : []),
  ];
  if (e.kind === 'connection') {
    const ts = [e.fields.localTs, e.fields.remoteTs].filter((x) => typeof x === 'string').join(' → ');
    out.push(`      ${[`${ep(e.local)} ↔ ${ep(e.peer)}`, ts].filter(Boolean).join(', ')}`);
  }
  for (const s of e.ike) {
    const parts = [
      t(lang, 'show.status.detail.ike', {
        id: s.connId ? `#${s.connId}` : '',
        local: ep(s.local ?? e.local),
        remote: ep(s.remote ?? e.peer),
      }),
    ];
    if (s.spiLocal || s.spiRemote) parts.push(`SPIs ${s.spiLocal ?? '?'}/${s.spiRemote ?? '?'}`);
    if (s.algorithms?.suite) parts.push(s.algorithms.suite);
    parts.push(...times(s.activeSec, s.remainingSec));
    out.push(`      ${parts.join(', ')}`);
  }
  for (const f of e.flows) {
    const id = [f.name, f.id ? `#${f.id}` : ''].filter(Boolean).join(' ');
    const parts = [t(lang, 'show.status.detail.child', { id, flow: flowLabel(f) })];
    if (f.status) parts.push(f.status);
    if (f.spiIn || f.spiOut)
      parts.push(t(lang, 'show.status.detail.spis', { in: f.spiIn ?? '-', out: f.spiOut ?? '-' }));
    if (f.algorithms?.suite) parts.push(f.algorithms.suite);
    if (f.bytesIn !== undefined || f.bytesOut !== undefined)
      parts.push(t(lang, 'show.status.detail.bytes', { in: f.bytesIn ?? '-', out: f.bytesOut ?? '-' }));
    parts.push(...times(f.activeSec, f.remainingSec));
    out.push(`      ${parts.join(', ')}`);
  }
  return out;
}

function statusPaint(c: ReturnType<typeof pc.createColors>, status: string): Paint {
  const s = status.toUpperCase();
  if (/^(?:UP-ACTIVE|READY|ACTIVE|QM_IDLE|MM_ACTIVE|AM_ACTIVE|ESTABLISHED|MATURE|INSTALLED)$/.test(s))
    return c.green;
  if (/^(?:DOWN|INACTIVE)$/.test(s)) return c.red;
  if (s) return c.yellow;
  return (x) => x;
}

function severityPaint(c: ReturnType<typeof pc.createColors>, sev: InventoryFinding['severity']): Paint {
  return sev === 'error' ? c.red : sev === 'warning' ? c.yellow : c.cyan;
}

export function renderStatus(inv: Inventory, opts: StatusOptions): string {
  const lang: Lang = opts.lang;
  const c = pc.createColors(opts.color);
  const out: string[] = [];
  out.push(c.bold(t(lang, 'show.status.title')));
  if (!inv.entries.length) {
    out.push(t(lang, 'show.status.none'));
    return out.join('\n') + '\n';
  }
  // One table per command output, in the order the outputs appeared.
  const groups = new Map<string, { entries: InventoryEntry[]; first: InventoryEntry }>();
  for (const e of inv.entries) {
    const key = `${e.origin ?? ''}|${e.source.path}|${e.command}`;
    const g = groups.get(key);
    if (g) g.entries.push(e);
    else groups.set(key, { entries: [e], first: e });
  }
  const head: Record<Column, string> = Object.fromEntries(
    COLUMNS.map((k) => [k, t(lang, `show.status.col.${k}`)]),
  ) as Record<Column, string>;
  for (const g of groups.values()) {
    out.push('');
    out.push(
      `${c.bold(g.first.command)}  ${c.dim(t(lang, 'show.status.from', { path: g.first.source.path, line: g.first.source.line }))}`,
    );
    const rows = g.entries.flatMap((e) => rowsOf(e).map((r) => ({ r, e })));
    const cols = COLUMNS.filter((k) => rows.some(({ r }) => r[k] !== ''));
    // A listing with no SA at all has no table; its finding says so.
    if (!cols.length) continue;
    const cells = rows.map(({ r, e }) => ({
      e,
      cells: cols.map((k) => clip(r[k], MAX_WIDTH[k])),
      status: r.status,
    }));
    const widths = cols.map((k, i) =>
      Math.max(displayWidth(head[k]), ...cells.map((x) => displayWidth(x.cells[i]!))),
    );
    out.push(
      '  ' +
        cols
          .map((k, i) => c.bold(pad(head[k], widths[i]!)))
          .join('  ')
          .trimEnd(),
    );
    cells.forEach((row, i) => {
      const line = row.cells.map((cell, j) => {
        const padded = pad(cell, widths[j]!);
        return cols[j] === 'status' && cell ? statusPaint(c, cell)(padded) : padded;
      });
      out.push(('  ' + line.join('  ')).trimEnd());
      // After the last table row of an entry, its detail.
      if (cells[i + 1]?.e !== row.e) out.push(...detailLines(row.e, lang).map((l) => c.dim(l)));
    });
  }
  out.push('');
  out.push(c.bold(t(lang, 'show.status.findings')));
  if (!inv.findings.length) out.push(`  ${t(lang, 'show.status.noFindings')}`);
  const order = { error: 0, warning: 1, info: 2 } as const;
  const findings = [...inv.findings].sort(
    (a, b) => order[a.severity] - order[b.severity] || a.entry - b.entry,
  );
  for (const f of findings) {
    const sev = severityPaint(c, f.severity);
    out.push(
      `  ${sev(`[${t(lang, `show.status.severity.${f.severity}`)}]`)} ${c.bold(f.code)}  ${t(lang, f.message, f.vars)}`,
    );
    if (f.fix) out.push(`    ${c.bold(t(lang, 'show.status.next'))}: ${t(lang, f.fix, f.vars)}`);
    if (f.evidence.length) {
      out.push(`    ${c.bold(t(lang, 'show.status.evidence'))}:`);
      for (const ev of f.evidence)
        out.push(`      ${c.cyan(`${ev.path}:${ev.line}`)}  ${clip(ev.text.trim(), 200)}`);
    }
  }
  const count = (s: InventoryFinding['severity']): number =>
    inv.findings.filter((f) => f.severity === s).length;
  out.push('');
  out.push(
    t(lang, 'show.status.summary', {
      entries: inv.entries.length,
      errors: count('error'),
      warnings: count('warning'),
      infos: count('info'),
    }),
  );
  return out.join('\n') + '\n';
}
