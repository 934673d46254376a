// The HTML report and its shared views: escaping of hostile strings, the CSP, the catalogs,
// the sequence diagram's layout of one- and two-sided logs, and linear-time regexes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { analyzeText } from '../analyze.js';
import type { Report, ReportTunnel, TimelineEntry } from '../report/build.js';
import enWeb from '../i18n/en/web.js';
import jaWeb from '../i18n/ja/web.js';
import { escapeHtml, h, safeHref, toHtml } from './html-tree.js';
import { buildSequence, NOTE_TONES, type SeqArrow } from './html-sequence.js';
import { renderHtml } from './html.js';
import { useAllLangs } from '../i18n/index.js';

// Catalogs other than English load on demand: these tests read all four.
await useAllLangs();

const HOSTILE = `<script>alert(1)</script><img src=x onerror=alert(2)>"'><svg onload=alert(3)>&amp;\u202e\u0000`;

function lab(dir: string, files = ['left.log', 'right.log']): Promise<Report> {
  return analyzeText(files.map((f) => ({ path: `${dir}/${f}`, data: readFileSync(`lab/corpus/${dir}/${f}`) })));
}

/** Every string of a value with a hostile payload appended (enum-like fields kept). */
function poison<T>(v: T): T {
  if (typeof v === 'string') return `${v}${HOSTILE}` as T;
  if (Array.isArray(v)) return v.map(poison) as T;
  if (v && typeof v === 'object')
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, ['event', 'direction'].includes(k) ? x : poison(x)])) as T;
  return v;
}

/** Markup that only the renderer itself may produce: tags and attributes outside text. */
function tagsOf(html: string): string[] {
  return [...html.matchAll(/<([a-z][a-z0-9]*)\b/gi)].map((m) => m[1]!.toLowerCase());
}

void test('tree: text and attributes are escaped, dangerous attributes and links refused', () => {
  assert.equal(toHtml(h('p', { title: '"><x>' }, '<b>&')), '<p title="&quot;&gt;&lt;x&gt;">&lt;b&gt;&amp;</p>');
  assert.equal(escapeHtml(`'`), '&#39;');
  assert.throws(() => h('p', { onclick: 'x' }));
  assert.throws(() => h('p', { ONLOAD: 'x' }));
  assert.throws(() => h('p', { style: 'color:red' }));
  assert.throws(() => h('script', null));
  assert.throws(() => h('iframe', null));
  assert.throws(() => h('p', { 'a b': 'x' }));
  for (const bad of ['javascript:alert(1)', 'http://evil.example/', '//evil.example/x', 'data:text/html,x', ' #x', '/\\evil'])
    assert.equal(safeHref(bad), undefined, bad);
  for (const ok of ['#tunnel-1', '/api/v1', '?q=1', './x']) assert.equal(safeHref(ok), ok);
  assert.equal(toHtml(h('a', { href: 'javascript:alert(1)' }, 'x')), '<a>x</a>');
  // Controls, bidi overrides and lone surrogates never reach the document.
  assert.equal(toHtml('a\u0000b\u202ec\ud800d'), 'a\ufffdb\ufffdc\ufffdd');
});

void test('catalogs: English and Japanese have the same keys, placeholders and no empty text', () => {
  assert.deepEqual(Object.keys(jaWeb).sort(), Object.keys(enWeb).sort());
  for (const [k, en] of Object.entries(enWeb)) {
    const ja = jaWeb[k]!;
    assert.ok(en.trim() && ja.trim(), k);
    const ph = (s: string): string[] => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
    assert.deepEqual(ph(ja), ph(en), `placeholders of ${k}`);
  }
  for (const kind of Object.keys(NOTE_TONES)) assert.ok(enWeb[`web.seq.note.${kind}`], `note label for ${kind}`);
});

void test('renderHtml: one self-contained document, CSP hash matches the style sheet, no script, no URL', async () => {
  const r = await lab('v2-psk-sw-ls');
  const html = renderHtml(r, { lang: 'en' });
  assert.match(html, /^<!doctype html>/);
  const css = /<style>([\s\S]*?)<\/style>/.exec(html)![1]!;
  const hash = createHash('sha256').update(css, 'utf8').digest('base64');
  assert.ok(html.includes(`style-src &#39;sha256-${hash}&#39;`), 'CSP allows exactly this style sheet');
  assert.ok(html.includes('default-src &#39;none&#39;'));
  assert.doesNotMatch(html, /<script|<link|<iframe|<img|@import|url\((?!#)/i);
  assert.doesNotMatch(html, /\b(?:src|href)="(?!#)/);
  assert.doesNotMatch(html, / style="/);
  // Summary, verdict, evidence path:line, fix, the sequence diagram.
  const t = r.tunnels[0]!;
  const v = t.diagnoses[0]!;
  assert.ok(html.includes(v.code));
  assert.ok(html.includes(escapeHtml(`${v.evidence[0]!.path}:${v.evidence[0]!.line}`)));
  // Fix steps keep their words; `commands` become <code>.
  assert.ok(html.replace(/<[^<>]*>/g, '').includes(escapeHtml(v.fix[0]!.text.replaceAll('`', ''))));
  if (v.fix[0]!.text.includes('`')) assert.match(html, /<code class="cmd">/);
  assert.match(html, /<svg [^>]*class="seq-svg"/);
  assert.match(html, /class="seq-role"[^>]*>Initiator</);
  assert.match(html, /class="seq-role"[^>]*>Responder</);
});

void test('renderHtml: Japanese labels', async () => {
  const r = await analyzeText([{ path: 'l.log', data: readFileSync('lab/corpus/v2-ike-dh-sw-sw/left.log') }], { lang: 'ja' });
  const html = renderHtml(r, { lang: 'ja' });
  assert.match(html, /<html lang="ja">/);
  assert.ok(html.includes('判定'));
  assert.ok(html.includes('イニシエータ'));
});

void test('renderHtml: hostile strings in every field stay text', async () => {
  const r = await lab('v2-psk-sw-ls');
  const bad = { ...poison(r), schema: r.schema, lang: r.lang } as Report;
  // Statuses and severities too: they end up in class names.
  bad.tunnels[0]!.status = `failed${HOSTILE}` as ReportTunnel['status'];
  bad.tunnels[0]!.diagnoses[0]!.severity = `error${HOSTILE}`;
  bad.tunnels[0]!.diagnoses[0]!.fix[0]!.vendor = `x${HOSTILE}`;
  bad.tunnels[0]!.phase = `p${HOSTILE}`;
  bad.tunnels[0]!.timeline.push({ path: `p${HOSTILE}`, line: 1, side: bad.tunnels[0]!.sides[0]!, event: 'msg.sent', exchange: `X${HOSTILE}`, summary: `N(AUTHENTICATION_FAILED) ${HOSTILE}` });
  const html = renderHtml(bad, { lang: 'en' });
  const allowed = new Set(['html', 'head', 'meta', 'title', 'style', 'body', 'header', 'main', 'footer', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'p', 'span', 'section', 'article', 'code', 'dl', 'dt', 'dd', 'ol', 'ul', 'li', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'a', 'details', 'summary', 'figure', 'figcaption', 'svg', 'g', 'line', 'polygon', 'rect', 'text', 'tspan', 'title', 'desc', 'circle']);
  for (const tag of tagsOf(html)) assert.ok(allowed.has(tag), `unexpected <${tag}>`);
  assert.doesNotMatch(html, /<script|<img|<svg onload/i);
  // Attribute names outside the (escaped, quoted) values: never an event handler.
  for (const m of html.matchAll(/<[a-z][^>]*>/gi)) assert.doesNotMatch(m[0].replace(/="[^"]*"/g, '=""'), /\son[a-z]{1,20}=/i, m[0]);
  assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
  assert.doesNotMatch(html, /[\0\u202e]/);
  // No attribute value was broken out of: every quote inside one is escaped.
  for (const m of html.matchAll(/<[a-z][^>]*>/gi)) assert.doesNotMatch(m[0], /"[^"=]*"[^\s>/=]/, m[0]);
  // Class names built from data are reduced to safe tokens.
  for (const m of html.matchAll(/class="([^"]*)"/g)) assert.match(m[1]!, /^[\w -]*$/, m[1]);
});

function entry(side: string, event: string, time: string, exchange?: string, summary = event): TimelineEntry {
  return { side, event, time, path: side, line: 1, summary, ...(exchange ? { exchange } : {}) };
}

function tunnel(sides: string[], timeline: TimelineEntry[], role: string | null = null): ReportTunnel {
  return {
    id: 'T1', name: 'x', origin: sides[0]!, sides, dialects: [], local: { address: '192.0.2.1' }, remote: { address: '192.0.2.2' },
    ikeVersion: 2, role, mode: null, status: 'failed', phase: 'IKE_AUTH', attempts: 1, childSas: [], diagnoses: [], timeline, timelineOmitted: 0,
  };
}

void test('sequence: two logs — each message drawn once, initiator on the left, causal order kept', () => {
  // The responder's log comes first in `sides`; the initiator logs whole seconds only.
  const tl = [
    entry('resp', 'ike.respond', '10:00:00.300', 'IKE_SA_INIT'),
    entry('init', 'ike.initiate', '10:00:00', 'IKE_SA_INIT'),
    entry('init', 'msg.sent', '10:00:00', 'IKE_SA_INIT'),
    entry('init', 'msg.received', '10:00:00', 'IKE_SA_INIT'),
    entry('init', 'msg.sent', '10:00:00', 'IKE_AUTH'),
    entry('init', 'msg.received', '10:00:00', 'IKE_AUTH', 'received IKE_AUTH response [ N(AUTHENTICATION_FAILED) ]'),
    entry('resp', 'msg.received', '10:00:00.300', 'IKE_SA_INIT'),
    entry('resp', 'msg.sent', '10:00:00.310', 'IKE_SA_INIT'),
    entry('resp', 'msg.received', '10:00:00.320', 'IKE_AUTH'),
    entry('resp', 'ike.auth.failed', '10:00:00.330'),
  ];
  const seq = buildSequence(tunnel(['resp', 'init'], tl, 'responder'), (e) => e.exchange ?? '?');
  assert.equal(seq.oneSided, false);
  assert.deepEqual(seq.columns.map((c) => [c.side, c.role]), [['init', 'initiator'], ['resp', 'responder']]);
  const msgs = seq.rows.filter((r): r is SeqArrow => r.type === 'msg').map((r) => `${r.from === 0 ? '→' : '←'}${r.label}${r.dashed ? '?' : ''}${r.notes.length ? `!${r.notes.join()}` : ''}`);
  // IKE_SA_INIT request and response, IKE_AUTH request each once; the AUTH_FAILED answer only the initiator logged.
  assert.deepEqual(msgs, ['→IKE_SA_INIT', '←IKE_SA_INIT', '→IKE_AUTH', '←IKE_AUTH?!AUTHENTICATION_FAILED']);
  assert.ok(seq.rows.some((r) => r.type === 'note' && r.kind === 'ike.auth.failed' && r.col === 1));
});

void test('sequence: one log — the peer column is inferred from sent and received messages', () => {
  const tl = [
    entry('r.log', 'ike.respond', '2026-01-01T10:00:00.000Z', 'IKE_SA_INIT'),
    entry('r.log', 'msg.received', '2026-01-01T10:00:00.000Z', 'IKE_SA_INIT'),
    entry('r.log', 'peer.not-configured', '2026-01-01T10:00:00.100Z'),
    entry('r.log', 'msg.sent', '2026-01-01T10:00:00.200Z', 'IKE_SA_INIT'),
    entry('r.log', 'msg.received', '2026-01-01T10:00:01.000Z', 'IKE_SA_INIT'),
    entry('r.log', 'msg.received', '2026-01-01T10:00:02.000Z', 'IKE_SA_INIT'),
  ];
  const seq = buildSequence(tunnel(['r.log'], tl), (e) => e.exchange ?? '?');
  assert.equal(seq.oneSided, true);
  assert.equal(seq.columns[0].side, undefined, 'initiator column is the inferred peer');
  assert.equal(seq.columns[1].side, 'r.log');
  const msgs = seq.rows.filter((r): r is SeqArrow => r.type === 'msg');
  assert.deepEqual(msgs.map((m) => [m.from, m.dashed, m.count]), [[0, true, 1], [1, false, 1], [0, true, 2]]);
});

void test('adversarial input: 64 KiB runs through every regex of the renderer quickly', () => {
  const runs = [' ', '0', '.', '[', 'N(', 'N(A', '<', '&', 'T', ':', '\ud800', '\u202e', '{', 'a'].map((c) => c.repeat(65536 / c.length));
  for (const s of runs) {
    const tl = [entry(s, 'msg.sent', s, s, s), entry('b', 'msg.received', s, s, s), entry(s, 'ike.auth.failed', s, undefined, s)];
    const t = { ...tunnel([s, 'b'], tl), name: s, clockOffsetMs: 1 };
    const r = { schema: 'ikescope.analysis/1', tool: { name: 'ikescope', version: s }, lang: 'en', inputs: [], summary: { tunnels: 1, established: 0, failed: 1, partial: 0, down: 0, unknown: 0 },
      tunnels: [t], findings: [], inventory: { entries: [], findings: [] }, configs: [] } as Report;
    const t0 = performance.now();
    renderHtml(r, { lang: 'en' });
    safeHref(`#${s}`);
    const ms = performance.now() - t0;
    assert.ok(ms < 1000, `run of ${JSON.stringify(s.slice(0, 3))}: ${ms.toFixed(0)} ms`);
  }
});
