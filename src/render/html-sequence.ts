// The two-sided timeline of a tunnel as a sequence of IKE messages between an initiator column
// and a responder column (RFC 7296 §1.2 draws exchanges the same way). Used by the HTML report
// and the web UI. With logs of both ends, a message both ends logged is drawn once: the sender's
// `msg.sent` is paired with the receiver's `msg.received`. With one end's log only, the peer's
// column is inferred: what this end received, the peer sent (drawn dashed: seen by one end only).
import { isErrorNotify } from '../core/ike-tables.js';
import type { ReportTunnel, TimelineEntry } from '../report/build.js';
import { h, type Node } from './html-tree.js';
import type { Tr } from './html-view.js';

export type Tone = 'good' | 'bad' | 'warn' | 'info';

export interface SeqColumn {
  /** Origin (file or syslog host) whose log this column is, undefined for an inferred peer. */
  side?: string;
  role: 'initiator' | 'responder' | null;
  /** Address or identity of this end, when known. */
  address?: string;
}

export interface SeqArrow {
  type: 'msg';
  from: 0 | 1;
  time?: string;
  label: string;
  /** Error notifies the message carried (from its payload list). */
  notes: string[];
  retransmit: boolean;
  /** Only the receiver logged it (peer's log absent, or the send not found in it). */
  dashed: boolean;
  evidence: boolean;
  count: number;
  title: string;
}

export interface SeqNote {
  type: 'note';
  col: 0 | 1;
  time?: string;
  kind: string;
  tone: Tone;
  evidence: boolean;
  title: string;
}

export type SeqRow = SeqArrow | SeqNote;

export interface Sequence {
  columns: [SeqColumn, SeqColumn];
  /** True when only one end's log is present (column of the peer inferred). */
  oneSided: boolean;
  rows: SeqRow[];
  omitted: number;
}

/** Events drawn as a note on the lifeline of the end that logged them. */
export const NOTE_TONES: Readonly<Record<string, Tone>> = {
  'ike.established': 'good',
  'child.established': 'good',
  'tunnel.up': 'good',
  'ike.auth.failed': 'bad',
  'ike.timeout': 'bad',
  'proposal.none': 'bad',
  'proposal.mismatch': 'bad',
  'psk.mismatch': 'bad',
  'id.mismatch': 'bad',
  'ts.mismatch': 'bad',
  'peer.not-configured': 'bad',
  'mode.mismatch': 'bad',
  'version.mismatch': 'bad',
  'pfs.mismatch': 'bad',
  'cert.invalid': 'bad',
  'eap.failed': 'bad',
  'child.failed': 'bad',
  'sa.install.failed': 'bad',
  'dpd.dead': 'bad',
  'nat.blocked': 'bad',
  'frag.dropped': 'bad',
  'ike.rekey.failed': 'bad',
  'child.rekey.failed': 'bad',
  'msg.invalid': 'warn',
  'sa.unknown': 'warn',
  'tunnel.down': 'warn',
  'ike.deleted': 'info',
  'child.deleted': 'info',
};

export const MAX_SEQUENCE_ROWS = 150;
/** Two logged messages are the same message when their times (clock offset applied) are this close. */
const PAIR_WINDOW_MS = 3000;

function timeMs(t: string | undefined): number | undefined {
  if (!t) return undefined;
  const tod = /^(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,6}))?$/.exec(t);
  if (tod) {
    const ms = tod[4] ? Number(tod[4].slice(0, 3).padEnd(3, '0')) : 0;
    return ((Number(tod[1]) * 60 + Number(tod[2])) * 60 + Number(tod[3])) * 1000 + ms;
  }
  const v = Date.parse(t);
  return Number.isNaN(v) ? undefined : v;
}

/** `2026-11-24T16:07:13.142Z` → `16:07:13.142`; time-of-day values stay as they are. */
export function clockTime(t: string | undefined): string {
  if (!t) return '';
  const m = /T(\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?)/.exec(t);
  return (m?.[1] ?? t.slice(0, 12)).replace(/\.000$/, '');
}

function roleOfSide(tn: ReportTunnel, side: string): 'initiator' | 'responder' | null {
  for (const e of tn.timeline) {
    if (e.side !== side) continue;
    if (e.event === 'ike.initiate') return 'initiator';
    if (e.event === 'ike.respond') return 'responder';
  }
  if (side === tn.origin && (tn.role === 'initiator' || tn.role === 'responder')) return tn.role;
  return null;
}

const opposite = (r: 'initiator' | 'responder' | null): 'initiator' | 'responder' | null =>
  r === 'initiator' ? 'responder' : r === 'responder' ? 'initiator' : null;

function endpointLabel(e: { address?: string; id?: string }): string | undefined {
  if (e.address && e.id && e.id !== e.address) return `${e.address} [${e.id}]`;
  return e.address ?? e.id;
}

function errorNotifies(summary: string): string[] {
  const out: string[] = [];
  for (const m of summary.matchAll(/N\(([A-Z0-9_]{1,48})\)/g)) {
    const n = m[1]!;
    if ((isErrorNotify(n) || n.includes('FAILED')) && !out.includes(n)) out.push(n);
  }
  return out;
}

/**
 * Merge the two logs so that a message's receipt never comes before its sending, whatever the
 * clocks say (one end may log whole seconds, the other microseconds): each log keeps its own
 * order, and between the two the earlier (offset-corrected) time goes first unless it is a
 * receipt whose sending has not been drawn yet.
 */
function causalOrder(
  tl: readonly TimelineEntry[],
  sides: [string, string],
  norm: (e: TimelineEntry) => number | undefined,
  pairOf: ReadonlyMap<number, number>,
): number[] {
  const queues = sides.map((s) => tl.flatMap((e, i) => (e.side === s ? [i] : [])));
  const rest = tl.flatMap((e, i) => (sides.includes(e.side) ? [] : [i]));
  const done = new Set<number>();
  const out: number[] = [];
  const pos = [0, 0];
  const ready = (q: 0 | 1): number | undefined => {
    const i = queues[q]![pos[q]!];
    if (i === undefined) return undefined;
    const send = pairOf.get(i);
    return send === undefined || done.has(send) ? i : undefined;
  };
  while (pos[0]! < queues[0]!.length || pos[1]! < queues[1]!.length) {
    const a = ready(0);
    const b = ready(1);
    let q: 0 | 1;
    if (a !== undefined && b !== undefined) {
      const ta = norm(tl[a]!);
      const tb = norm(tl[b]!);
      q = ta !== undefined && tb !== undefined ? (tb < ta ? 1 : 0) : b < a ? 1 : 0;
    } else if (a !== undefined) q = 0;
    else if (b !== undefined) q = 1;
    else {
      // Both heads wait for each other (pairs that cross): fall back to the timeline's order.
      const ha = queues[0]![pos[0]!];
      const hb = queues[1]![pos[1]!];
      q = ha === undefined ? 1 : hb === undefined ? 0 : hb < ha ? 1 : 0;
    }
    const i = queues[q]![pos[q]!]!;
    pos[q]! += 1;
    done.add(i);
    out.push(i);
  }
  return out.concat(rest);
}

/** Lay a tunnel's timeline out as rows between an initiator and a responder column. */
export function buildSequence(tn: ReportTunnel, exchangeLabel: (e: TimelineEntry) => string): Sequence {
  const logged = (tn.sides.length ? tn.sides : [tn.origin]).slice(0, 2);
  const twoSided = logged.length === 2 && tn.timeline.some((e) => e.side === logged[1]);
  const evidence = new Set(tn.diagnoses.flatMap((d) => d.evidence.map((e) => `${e.path}:${e.line}`)));

  // Columns: the initiator on the left.
  const colOf = new Map<string, 0 | 1>();
  let columns: [SeqColumn, SeqColumn];
  const lead = logged[0]!;
  const leadEnd = endpointLabel(tn.local);
  const peerEnd = endpointLabel(tn.remote);
  if (twoSided) {
    const other = logged[1]!;
    let rLead = roleOfSide(tn, lead);
    let rOther = roleOfSide(tn, other);
    rLead ??= opposite(rOther);
    rOther ??= opposite(rLead);
    const leadCol: SeqColumn = { side: lead, role: rLead, ...(leadEnd ? { address: leadEnd } : {}) };
    const otherCol: SeqColumn = { side: other, role: rOther, ...(peerEnd ? { address: peerEnd } : {}) };
    if (rLead === 'responder' || rOther === 'initiator') {
      columns = [otherCol, leadCol];
      colOf.set(other, 0).set(lead, 1);
    } else {
      columns = [leadCol, otherCol];
      colOf.set(lead, 0).set(other, 1);
    }
  } else {
    const r = roleOfSide(tn, lead);
    const me: SeqColumn = { side: lead, role: r, ...(leadEnd ? { address: leadEnd } : {}) };
    const peer: SeqColumn = { role: opposite(r), ...(peerEnd ? { address: peerEnd } : {}) };
    if (r === 'responder') {
      columns = [peer, me];
      colOf.set(lead, 1);
    } else {
      columns = [me, peer];
      colOf.set(lead, 0);
    }
  }

  // Normalised times: the second log's clock brought onto the first's.
  const offset = tn.clockOffsetMs ?? 0;
  const norm = (e: TimelineEntry): number | undefined => {
    const v = timeMs(e.time);
    return v === undefined ? undefined : e.side === logged[1] ? v - offset : v;
  };

  // Pair receives with the other end's sends of the same exchange.
  const pairOf = new Map<number, number>(); // receive index → send index
  const sendsMatched = new Set<number>();
  if (twoSided) {
    tn.timeline.forEach((r, i) => {
      if (r.event !== 'msg.received') return;
      const tr = norm(r);
      let best = -1;
      let bestDist = Infinity;
      tn.timeline.forEach((s, j) => {
        if (sendsMatched.has(j) || s.side === r.side || !colOf.has(s.side)) return;
        if ((s.event !== 'msg.sent' && s.event !== 'msg.retransmit') || s.exchange !== r.exchange) return;
        const ts = norm(s);
        const dist = tr !== undefined && ts !== undefined ? Math.abs(tr - ts) : j < i ? i - j : Infinity;
        if (tr !== undefined && ts !== undefined && dist > PAIR_WINDOW_MS) return;
        if (dist < bestDist) {
          best = j;
          bestDist = dist;
        }
      });
      if (best >= 0) {
        sendsMatched.add(best);
        pairOf.set(i, best);
      }
    });
  }
  const order = twoSided ? causalOrder(tn.timeline, logged as [string, string], norm, pairOf) : tn.timeline.map((_, i) => i);

  const rows: SeqRow[] = [];
  let omitted = 0;
  const push = (row: SeqRow): void => {
    const prev = rows[rows.length - 1];
    if (prev && prev.type === 'msg' && row.type === 'msg' && prev.from === row.from && prev.label === row.label &&
      prev.dashed === row.dashed && prev.retransmit === row.retransmit && prev.notes.join() === row.notes.join()) {
      prev.count += 1;
      prev.evidence ||= row.evidence;
      return;
    }
    if (prev && prev.type === 'note' && row.type === 'note' && prev.col === row.col && prev.kind === row.kind) {
      prev.evidence ||= row.evidence;
      return;
    }
    if (rows.length >= MAX_SEQUENCE_ROWS) {
      omitted++;
      return;
    }
    rows.push(row);
  };
  for (const i of order) {
    const e = tn.timeline[i]!;
    const c = colOf.get(e.side);
    if (c === undefined) continue;
    const ev = evidence.has(`${e.path}:${e.line}`);
    const title = `${e.path}:${e.line} — ${e.summary}`;
    const time = e.time;
    if (e.event === 'msg.sent' || e.event === 'msg.retransmit' || e.event === 'msg.received') {
      if (pairOf.has(i)) continue;
      const from: 0 | 1 = e.event === 'msg.received' ? (c === 0 ? 1 : 0) : c;
      push({
        type: 'msg',
        from,
        ...(time ? { time } : {}),
        label: exchangeLabel(e),
        notes: errorNotifies(e.summary),
        retransmit: e.event === 'msg.retransmit',
        dashed: e.event === 'msg.received',
        evidence: ev,
        count: 1,
        title,
      });
      continue;
    }
    const tone = NOTE_TONES[e.event];
    if (tone) push({ type: 'note', col: c, ...(time ? { time } : {}), kind: e.event, tone, evidence: ev, title });
  }
  return { columns, oneSided: !twoSided, rows, omitted };
}

// ---- drawing -------------------------------------------------------------------------------

const W = 560;
const TIME_X = 6;
const DOT_X = 84;
const COL_X: readonly [number, number] = [180, 465];
const HEAD_H = 70;
const ROW_H = 30;
const NOTE_MAX_W = 170;

/** Rough rendered width of a string at the diagram's 11 px font (wide characters count double). */
function textWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += (ch.codePointAt(0) ?? 0) > 0x2e80 ? 11 : 6.4;
  return w;
}

function clip(s: string, maxW: number): string {
  if (textWidth(s) <= maxW) return s;
  let out = '';
  let w = 0;
  for (const ch of s) {
    const cw = (ch.codePointAt(0) ?? 0) > 0x2e80 ? 11 : 6.4;
    if (w + cw > maxW - 8) break;
    out += ch;
    w += cw;
  }
  return `${out}…`;
}

function basename(p: string): string {
  const i = Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\'));
  return i >= 0 ? p.slice(i + 1) : p;
}

function columnHead(col: SeqColumn, x: number, tr: Tr): Node {
  const role = col.role ? tr(`web.role.${col.role}`) : tr('web.seq.end');
  const name = col.side ? basename(col.side) : tr('web.seq.peerInferred');
  const boxW = 176;
  return h(
    'g',
    { class: `seq-head${col.side ? '' : ' seq-head-inferred'}` },
    h('title', null, [col.side ?? tr('web.seq.peerInferredTitle'), col.address].filter(Boolean).join(' — ')),
    h('rect', { x: x - boxW / 2, y: 4, width: boxW, height: HEAD_H - 14, rx: 8 }),
    h('text', { x, y: 22, class: 'seq-role', 'text-anchor': 'middle' }, role),
    h('text', { x, y: 38, class: 'seq-name', 'text-anchor': 'middle' }, clip(name, boxW - 16)),
    col.address ? h('text', { x, y: 52, class: 'seq-addr', 'text-anchor': 'middle' }, clip(col.address, boxW - 16)) : null,
  );
}

function arrowRow(r: SeqArrow, y: number, tr: Tr): Node {
  const x1 = COL_X[r.from];
  const x2 = COL_X[r.from === 0 ? 1 : 0];
  const dir = x2 > x1 ? 1 : -1;
  const ly = y + 19;
  const tip = x2 - dir * 2;
  const mid = (COL_X[0] + COL_X[1]) / 2;
  const extras: string[] = [];
  if (r.retransmit) extras.push(tr('web.seq.retransmit'));
  if (r.count > 1) extras.push(`×${r.count}`);
  const cls = ['seq-msg', r.dashed ? 'seq-dashed' : '', r.retransmit ? 'seq-retransmit' : '', r.notes.length ? 'seq-error' : '', r.evidence ? 'seq-evidence' : '']
    .filter(Boolean)
    .join(' ');
  const label = clip([r.label, ...extras].join(' '), 190);
  return h(
    'g',
    { class: cls },
    h('title', null, r.title),
    r.evidence ? h('circle', { cx: DOT_X, cy: ly - 4, r: 4, class: 'seq-ev-dot' }) : null,
    h('text', { x: TIME_X, y: ly, class: 'seq-time' }, clockTime(r.time)),
    h('line', { x1, y1: ly, x2: tip - dir * 7, y2: ly, class: 'seq-line' }),
    h('polygon', { points: `${tip},${ly} ${tip - dir * 9},${ly - 4.5} ${tip - dir * 9},${ly + 4.5}`, class: 'seq-head-arrow' }),
    h('text', { x: mid, y: ly - 5, class: 'seq-label', 'text-anchor': 'middle' }, label,
      r.notes.length ? h('tspan', { class: 'seq-notify' }, ` ${clip(r.notes.map((n) => `N(${n})`).join(' '), 120)}`) : null),
  );
}

function noteRow(r: SeqNote, y: number, tr: Tr): Node {
  const x = COL_X[r.col];
  const text = clip(tr(`web.seq.note.${r.kind}`), NOTE_MAX_W - 16);
  const w = Math.min(NOTE_MAX_W, textWidth(text) + 20);
  const ly = y + 19;
  return h(
    'g',
    { class: `seq-note seq-${r.tone}${r.evidence ? ' seq-evidence' : ''}` },
    h('title', null, r.title),
    r.evidence ? h('circle', { cx: DOT_X, cy: ly - 4, r: 4, class: 'seq-ev-dot' }) : null,
    h('text', { x: TIME_X, y: ly, class: 'seq-time' }, clockTime(r.time)),
    h('rect', { x: x - w / 2, y: y + 5, width: w, height: ROW_H - 8, rx: 5 }),
    h('text', { x, y: ly, class: 'seq-note-text', 'text-anchor': 'middle' }, text),
  );
}

/** The sequence diagram as an inline SVG inside a <figure>, or null when nothing was exchanged. */
export function sequenceFigure(tn: ReportTunnel, tr: Tr): Node | null {
  const seq = buildSequence(tn, (e) => e.exchange ?? tr('web.seq.message'));
  if (seq.rows.length === 0) return null;
  const height = HEAD_H + seq.rows.length * ROW_H + 16;
  const [c0, c1] = seq.columns;
  const role = (c: SeqColumn): string => (c.role ? tr(`web.role.${c.role}`) : tr('web.seq.end'));
  const aria = tr('web.seq.aria', {
    n: seq.rows.filter((r) => r.type === 'msg').length,
    left: `${role(c0)} ${c0.side ? basename(c0.side) : tr('web.seq.peerInferred')}`,
    right: `${role(c1)} ${c1.side ? basename(c1.side) : tr('web.seq.peerInferred')}`,
  });
  const caption: string[] = [];
  if (seq.oneSided) caption.push(tr('web.seq.oneSided'));
  if (tn.clockOffsetMs !== undefined) caption.push(tr('web.seq.clockOffset', { s: (tn.clockOffsetMs / 1000).toFixed(1) }));
  if (seq.omitted) caption.push(tr('web.seq.omitted', { n: seq.omitted }));
  if (tn.timelineOmitted) caption.push(tr('web.timelineOmitted', { n: tn.timelineOmitted }));
  return h(
    'figure',
    { class: 'seq' },
    h('div', { class: 'seq-scroll', tabindex: 0, role: 'region', 'aria-label': tr('web.seq.title') },
      h(
        'svg',
        { viewBox: `0 0 ${W} ${height}`, width: W, height, role: 'img', 'aria-label': aria, class: 'seq-svg' },
        h('desc', null, aria),
        h('line', { x1: COL_X[0], y1: HEAD_H - 10, x2: COL_X[0], y2: height - 6, class: `seq-life${c0.side ? '' : ' seq-life-inferred'}` }),
        h('line', { x1: COL_X[1], y1: HEAD_H - 10, x2: COL_X[1], y2: height - 6, class: `seq-life${c1.side ? '' : ' seq-life-inferred'}` }),
        columnHead(c0, COL_X[0], tr),
        columnHead(c1, COL_X[1], tr),
        seq.rows.map((r, i) => (r.type === 'msg' ? arrowRow(r, HEAD_H + i * ROW_H, tr) : noteRow(r, HEAD_H + i * ROW_H, tr))),
      ),
    ),
    h('figcaption', null,
      h('span', { class: 'seq-legend' },
        h('span', { class: 'lg lg-solid' }, tr('web.seq.legendLogged')),
        h('span', { class: 'lg lg-dashed' }, tr('web.seq.legendInferred')),
        h('span', { class: 'lg lg-ev' }, tr('web.seq.legendEvidence')),
      ),
      caption.length ? h('span', { class: 'seq-notes' }, caption.join(' · ')) : null,
    ),
  );
}
