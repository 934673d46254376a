// A tunnel keeps a bounded part of its events (issue 2): per kind the first and last six, the
// timeline's head and tail; events only the timeline still holds are reduced to their timeline
// entry, and equal values are shared. None of that may change what rules and reports read: these
// tests replay random streams against a plain reference that keeps whole events in arrays.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EventKind, IkeEvent, SourceLine } from './model.js';
import {
  DEFAULT_TIMELINE_CAPS,
  Tunnel,
  timelineCaps,
  type TimelineCaps,
  type TimelineItem,
} from './tunnel.js';

/** Deterministic pseudo-random numbers (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = Math.imul(a ^ (a >>> 15), a | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

/** Kinds with very different frequencies: some fill their store at once, some barely appear. */
const KINDS: [EventKind, number][] = [
  ['msg.sent', 30],
  ['msg.received', 30],
  ['info', 15],
  ['msg.retransmit', 8],
  ['ike.initiate', 5],
  ['ike.established', 3],
  ['child.established', 3],
  ['notify.received', 3],
  ['ike.deleted', 2],
  ['proposal.none', 1],
];
const TOTAL_WEIGHT = KINDS.reduce((a, [, w]) => a + w, 0);

/** `n` events of one origin as the analyzer stamps them (one or two per line, fresh objects). */
function stream(n: number, seed: number, origin = 'gw.log'): IkeEvent[] {
  const r = rng(seed);
  const out: IkeEvent[] = [];
  let line = 0;
  let src: SourceLine = { path: origin, line: 0, text: '' };
  while (out.length < n) {
    if (out.length === 0 || r() < 0.7) {
      line++;
      src = { path: origin, line, text: `Nov 24 10:00:00 gw charon: line ${line} ${'x'.repeat(line % 40)}` };
    }
    let pick = r() * TOTAL_WEIGHT;
    let kind: EventKind = 'info';
    for (const [k, w] of KINDS) {
      if ((pick -= w) < 0) {
        kind = k;
        break;
      }
    }
    const i = out.length;
    const e: IkeEvent = {
      seq: 1000 + i,
      src,
      origin,
      dialect: 'strongswan',
      pattern: `p-${kind}`,
      explain: `explain.strongswan.p-${kind}`,
      kind,
      conn: 'vpn',
      sa: String(1 + Math.floor(i / 50)),
      remote: { address: '198.51.100.7', port: 500 },
      local: { address: '192.0.2.1' },
      ikeVersion: 2,
      vars: { peer: '198.51.100.7', id: String(i % 5), n: i % 3 },
    };
    if (kind.startsWith('msg.')) {
      e.exchange = r() < 0.5 ? 'IKE_SA_INIT' : 'IKE_AUTH';
      e.direction = kind === 'msg.received' ? 'in' : 'out';
      e.messageId = i % 4;
      e.payloads = ['SA', 'KE', 'No'];
    }
    if (r() < 0.5) e.details = { subsystem: 'IKE', step: String(i % 2) };
    if (r() < 0.9) e.time = 1_700_000_000_000 + 1000 * line;
    out.push(e);
  }
  return out;
}

/** What a tunnel keeps, the obvious way: whole events in arrays. */
class Reference {
  all: IkeEvent[] = [];
  byKind = new Map<EventKind, IkeEvent[]>();
  constructor(readonly caps: TimelineCaps = DEFAULT_TIMELINE_CAPS) {}
  add(e: IkeEvent): void {
    this.all.push(e);
    const list = this.byKind.get(e.kind) ?? [];
    list.push(e);
    this.byKind.set(e.kind, list);
  }
  events(kind: EventKind): IkeEvent[] {
    const list = this.byKind.get(kind) ?? [];
    return list.slice(0, 6).concat(list.slice(6).slice(-6));
  }
  timeline(): IkeEvent[] {
    const head = this.all.slice(0, this.caps.head);
    const rest = this.all.slice(head.length);
    return head.concat(rest.length > this.caps.tail ? rest.slice(rest.length - this.caps.tail) : rest);
  }
}

/** The fields the timeline's readers use (report entries, ordering). */
function entryView(e: TimelineItem) {
  return {
    seq: e.seq,
    time: e.time,
    src: { path: e.src.path, line: e.src.line },
    origin: e.origin,
    dialect: e.dialect,
    pattern: e.pattern,
    kind: e.kind,
    ikeVersion: e.ikeVersion,
    exchange: e.exchange,
    direction: e.direction,
    explain: e.explain,
    vars: e.vars ? { ...e.vars } : undefined,
  };
}

function feed(n: number, seed: number, caps?: TimelineCaps) {
  const events = stream(n, seed);
  // Deep copies taken before the tunnel sees the events: its sharing must keep every value equal.
  const copies = events.map((e) => structuredClone(e));
  const t = new Tunnel('gw.log|conn:vpn', 'gw.log', caps);
  const ref = new Reference(caps);
  for (const e of events) {
    t.add(e);
    ref.add(e);
  }
  return { t, ref, events, copies };
}

test('10 000 events: the timeline keeps head and tail with the right omitted count', () => {
  const { t, ref } = feed(10_000, 1);
  const { events, omitted } = t.timeline();
  assert.equal(events.length, DEFAULT_TIMELINE_CAPS.head + DEFAULT_TIMELINE_CAPS.tail);
  assert.equal(omitted, 10_000 - events.length);
  assert.deepEqual(
    events.map((e) => e.seq),
    ref.timeline().map((e) => e.seq),
  );
  assert.equal(t.eventCount, 10_000);
  assert.equal(t.lastSeq(), 1000 + 9_999);
});

test('timeline entries read the same as the whole events they stand for', () => {
  for (const seed of [1, 2, 3]) {
    const { t, ref } = feed(3_000, seed);
    const got = t.timeline().events;
    const want = ref.timeline();
    assert.deepEqual(got.map(entryView), want.map(entryView), `seed ${seed}`);
    // Most of the timeline is entries only (the memory bound): the whole events are let go.
    const reduced = got.filter((e, i) => e !== want[i]).length;
    assert.ok(reduced > got.length / 3, `${reduced} of ${got.length} reduced`);
    // The last events are whole (INCONCLUSIVE cites the last three timeline events).
    for (const e of got.slice(-6)) assert.ok(want.includes(e as IkeEvent));
    assert.deepEqual(t.lastEvents(3), want.slice(-3));
    // An entry holds neither its event's line object nor a text of its own (the memory saved).
    const entries = got.filter((e, i) => e !== want[i]);
    for (const e of entries) {
      assert.equal('text' in e.src, false);
      assert.equal(Object.values(e).includes(want.find((w) => w.seq === e.seq)!.src), false);
    }
    // Entries of one kind and pattern share what they have in common: they hold five fields.
    for (const e of entries) assert.equal(Object.keys(e).length, 5);
  }
});

test('rules read the same whole events per kind as before', () => {
  for (const seed of [4, 5]) {
    const { t, ref, events, copies } = feed(2_500, seed);
    const copyOf = new Map(events.map((e, i) => [e, copies[i]!]));
    let kept = 0;
    for (const [kind] of KINDS) {
      const want = ref.events(kind);
      const got = t.events(kind);
      // The very event objects, their values unchanged (only pointed at equal copies).
      assert.equal(got.length, want.length, kind);
      got.forEach((e, i) => assert.equal(e, want[i], `${kind} #${i}`));
      assert.deepEqual(
        got,
        got.map((e) => copyOf.get(e)),
        kind,
      );
      assert.equal(t.count(kind), ref.byKind.get(kind)?.length ?? 0, kind);
      assert.equal(t.first(kind), want[0], kind);
      assert.equal(t.last(kind), want[want.length - 1], kind);
      kept += want.length;
    }
    assert.equal(t.keptEvents().length, kept);
    assert.deepEqual(
      t.keptEvents().map((e) => e.seq),
      t
        .keptEvents()
        .map((e) => e.seq)
        .sort((a, b) => a - b),
    );
    assert.deepEqual(
      t.select('msg.sent', 'info').map((e) => e.seq),
      [...ref.events('msg.sent'), ...ref.events('info')].map((e) => e.seq).sort((a, b) => a - b),
    );
  }
});

test("equal values of a tunnel's events point at one copy", () => {
  const { t } = feed(500, 6);
  const sent = t.events('msg.sent');
  assert.ok(sent.length >= 2);
  for (const e of sent) {
    assert.equal(e.remote, sent[0]!.remote);
    assert.equal(e.local, sent[0]!.local);
  }
  // Endpoints and names keep what the tunnel reports about itself.
  assert.deepEqual(t.remote, { address: '198.51.100.7', port: 500 });
  assert.deepEqual(t.local, { address: '192.0.2.1' });
  assert.equal(t.name, 'vpn');
});

test('smaller caps and `all` behave like the reference', () => {
  for (const caps of [timelineCaps(1), timelineCaps(7), timelineCaps(50), timelineCaps('all')]) {
    const { t, ref } = feed(1_200, 7, caps);
    const { events, omitted } = t.timeline();
    assert.deepEqual(events.map(entryView), ref.timeline().map(entryView), JSON.stringify(caps));
    assert.equal(omitted, 1_200 - events.length);
  }
});

test('merged tunnels keep the timeline and per-kind events in sequence order', () => {
  const a = stream(900, 8, 'a.log');
  const b = stream(700, 9, 'b.log').map((e) => ({ ...e, seq: e.seq + 5_000 }));
  const ta = new Tunnel('a.log|conn:vpn', 'a.log');
  const tb = new Tunnel('b.log|conn:vpn', 'b.log');
  for (const e of a) ta.add(e);
  for (const e of b) tb.add(e);
  const refAll = new Reference();
  for (const e of [...a, ...b]) refAll.add(e);
  ta.absorb(tb);
  assert.equal(ta.eventCount, 1_600);
  // The merged timeline: the first 60 of the union (all a's), the last 140 (all b's).
  const got = ta.timeline().events;
  assert.deepEqual(
    got.map((e) => e.seq),
    [...a.slice(0, 60), ...b.slice(-140)].map((e) => e.seq),
  );
  assert.deepEqual(got.map(entryView), [...a.slice(0, 60), ...b.slice(-140)].map(entryView));
  for (const [kind] of KINDS) {
    const want = refAll.events(kind);
    const mine = ta.events(kind);
    assert.equal(ta.count(kind), refAll.byKind.get(kind)?.length ?? 0, kind);
    // First six of a, last six of b (a's events all come first in seq order).
    assert.deepEqual(
      mine.map((e) => e.seq),
      want.map((e) => e.seq),
      kind,
    );
  }
});

/** A bare event of SA `sa` (the fields attempt counting reads). */
function saEvent(seq: number, kind: EventKind, sa: string, extra: Partial<IkeEvent> = {}): IkeEvent {
  return {
    seq,
    src: { path: 'gw.log', line: seq, text: `line ${seq}` },
    origin: 'gw.log',
    dialect: 'pluto',
    pattern: kind,
    kind,
    sa,
    ...extra,
  };
}

test('attempts: child states and keys linked to a counted SA are part of its attempt', () => {
  const t = new Tunnel('gw|conn:vpn', 'gw.log');
  t.add(saEvent(1, 'ike.initiate', '#1'));
  t.add(saEvent(2, 'ike.established', '#1'));
  // pluto's quick-mode state, and an IKEv2 Child SA state linked to its IKE SA.
  t.add(saEvent(3, 'child.initiate', '#2', { childState: true }));
  t.add(saEvent(4, 'child.established', '#3', { parentSa: '#1', childState: true }));
  // The IKE SA under its SPIs after a provisional key, and again under the first key.
  t.add(saEvent(5, 'msg.sent', 'A1B2', { parentSa: '#1' }));
  t.add(saEvent(6, 'msg.received', '#1'));
  assert.equal(t.attemptCount, 1);
  // A second IKE SA, and one linked to a key this tunnel never saw: two attempts more.
  t.add(saEvent(7, 'ike.initiate', '#4'));
  t.add(saEvent(8, 'msg.sent', 'C3D4', { parentSa: '#99' }));
  assert.equal(t.attemptCount, 3);

  // Another tunnel that saw the first attempt under its SPIs only, and one attempt more.
  const o = new Tunnel('gw|sa:A1B2', 'gw.log');
  o.add(saEvent(9, 'msg.received', 'A1B2'));
  o.add(saEvent(10, 'ike.initiate', '#5'));
  assert.equal(o.attemptCount, 2);
  t.absorb(o);
  assert.equal(t.attemptCount, 4);

  // The other end of the tunnel logs the same attempts under keys of its own: not the sum.
  const side = new Tunnel('peer|conn:vpn', 'peer.log');
  for (let i = 0; i < 3; i++) side.add(saEvent(20 + i, 'ike.respond', String(i + 1)));
  t.absorbSide(side, 0);
  assert.equal(t.attemptCount, 4);
});

test('the event naming the authentication method outlives its kind store (verbose logs)', () => {
  const t = new Tunnel('gw|conn:lab', 'gw');
  const src: SourceLine = { path: 'charon.log', line: 1, text: '' };
  const base = { origin: 'gw', dialect: 'strongswan', pattern: 'p', conn: 'lab', src };
  let seq = 0;
  const info = (details?: IkeEvent['details']): IkeEvent => ({
    ...base,
    seq: seq++,
    src: { ...src, line: seq },
    kind: 'info',
    ...(details ? { details } : {}),
  });
  for (let i = 0; i < 10; i++) t.add(info());
  const psk = info({ method: 'pre-shared key' });
  t.add(psk);
  // A debug-level log: hundreds more lines of the same kind push it out of the store for `info`.
  for (let i = 0; i < 300; i++) t.add(info({ n: i }));
  t.add(info({ method: 'pre-shared key' }));
  t.add(info({ ownAuth: 'RSA signature' }));
  assert.deepEqual(t.authMethods(), ['pre-shared key', 'RSA signature']);
  // The newest event of each method is kept whole, for rules and evidence.
  const kept = t.keptEvents();
  assert.ok(kept.some((e) => e.details?.method === 'pre-shared key'));
  assert.ok(!kept.includes(psk), 'an older event of the same method is not kept for it');
  assert.equal(new Set(kept.map((e) => e.seq)).size, kept.length, 'no event twice');
});
