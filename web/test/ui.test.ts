// End-to-end tests of the web UI in Chromium against the stub server (web/test/stub-server.ts):
// sign-in, dashboard, live update, tunnel page, analyze page, language switch, keyboard use,
// hostile strings, phone layout. Screenshots go to test-artifacts/web/.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { artifacts, cspViolations, launch, pwned, repoRoot, SKIP, watch, type Browser } from './browser.js';
import { HOSTILE, startStub, STUB_TOKEN, type Stub } from './stub-server.js';

const root = repoRoot();
const shots = SKIP ? '' : artifacts();

void describe('web UI (Chromium, stub server)', { skip: SKIP, timeout: 110_000 }, () => {
  let stub: Stub;
  let browser: Browser;
  let page: Page;
  let seen: { csp: string[]; errors: string[] };
  const foreign: string[] = [];

  const shot = (name: string): Promise<Buffer> => page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
  const go = async (hash: string): Promise<void> => {
    await page.goto(`${stub.url}/${hash}`);
  };
  const idOf = (code: string): string => {
    for (const [id, e] of stub.entries) if (e.row.verdict?.code === code && id !== 'hostile') return id;
    throw new Error(`no stub tunnel with verdict ${code}`);
  };

  before(async () => {
    stub = await startStub({ root, dist: join(root, 'web', 'dist') });
    browser = await launch();
    page = browser.ctx.pages()[0] ?? (await browser.ctx.newPage());
    seen = await watch(page);
    page.on('request', (r) => {
      const u = r.url();
      if (!u.startsWith(stub.url) && !u.startsWith('data:') && !u.startsWith('blob:')) foreign.push(u);
    });
  });

  after(async () => {
    await browser?.close();
    await stub?.close();
  });

  void it('asks for the token, refuses a wrong one and signs in with the right one', async () => {
    await go('#/');
    await page.waitForSelector('#token');
    assert.match(page.url(), /#\/login\?next=/);
    await page.fill('#token', 'wrong-token');
    await page.click('.login-card button[type=submit]');
    await page.waitForSelector('.login-msg.error-text');
    await shot('login');
    await page.fill('#token', STUB_TOKEN);
    await page.click('.login-card button[type=submit]');
    await page.waitForSelector('table.dash-table tbody tr.row');
    const cookies = await browser.ctx.cookies();
    assert.ok(cookies.some((c) => c.name === 'ikescope_session'), 'GET /login set the session cookie');
  });

  void it('lists every tunnel with status, device, peer, description, verdict and last change', async () => {
    await go('#/');
    await page.waitForSelector('table.dash-table tbody tr.row');
    const rows = await page.$$eval('table.dash-table tbody tr.row', (trs: Element[]) =>
      trs.map((tr) => ({ id: tr.getAttribute('data-id'), text: tr.textContent ?? '', cells: tr.querySelectorAll('td').length })),
    );
    assert.equal(rows.length, stub.entries.size);
    assert.ok(rows.every((r) => r.cells === 9));
    const psk = stub.entries.get(idOf('PSK_MISMATCH'))!.row;
    const row = rows.find((r) => r.id === psk.id)!;
    for (const part of [psk.name, psk.device, psk.description!, 'PSK_MISMATCH']) assert.ok(row.text.includes(part), `row shows ${part}`);
    // Failed tunnels sort first.
    const firstStatus = await page.$eval('table.dash-table tbody tr.row', (tr: Element) => tr.className);
    assert.match(firstStatus, /st-failed/);
    await page.waitForSelector('#live.live-live');
    await page.waitForSelector('.stats .stat');
    await shot('dashboard');
  });

  void it('filters by status, device and search text, and keeps the filters in the URL', async () => {
    await go('#/');
    await page.waitForSelector('table.dash-table tbody tr.row');
    await page.selectOption('#f-status', 'established');
    let statuses = await page.$$eval('tbody tr.row', (trs: Element[]) => trs.map((t) => t.className));
    assert.ok(statuses.length > 0 && statuses.every((c) => c.includes('st-established')));
    assert.match(page.url(), /status=established/);
    await page.selectOption('#f-status', '');
    await page.selectOption('#f-device', 'nagoya-gw');
    const devices = await page.$$eval('tbody tr.row td.c-device', (tds: Element[]) => tds.map((t) => t.textContent));
    assert.ok(devices.length > 0 && devices.every((d) => d === 'nagoya-gw'));
    await page.selectOption('#f-device', '');
    await page.fill('#f-q', 'osaka');
    statuses = await page.$$eval('tbody tr.row', (trs: Element[]) => trs.map((t) => t.getAttribute('data-id') ?? ''));
    assert.deepEqual(statuses, [idOf('PSK_MISMATCH')]);
    await page.reload();
    await page.waitForSelector('tbody tr.row');
    assert.equal(await page.inputValue('#f-q'), 'osaka', 'filter restored from the URL');
    await page.click('.filters button');
    assert.equal(await page.$$eval('tbody tr.row', (t: Element[]) => t.length), stub.entries.size);
  });

  void it('applies a live update from the event stream without reloading', async () => {
    await go('#/');
    await page.waitForSelector('#live.live-live');
    const id = idOf('IKE_PROPOSAL_MISMATCH');
    const before = stub.entries.get(id)!.row;
    await page.evaluate(() => ((window as unknown as { __marker: number }).__marker = 42));
    stub.push({
      ...before,
      status: 'established',
      ikeStatus: 'up',
      childStatus: 'up',
      lastChange: new Date().toISOString(),
      verdict: { code: 'ESTABLISHED', title: 'Tunnel is up', severity: 'info' },
    });
    await page.waitForSelector(`tr[data-id="${id}"] .badge.st-established`);
    assert.equal(await page.evaluate(() => (window as unknown as { __marker?: number }).__marker), 42, 'no reload happened');
    await page.waitForFunction((name) => document.getElementById('announcer')?.textContent?.includes(name), before.name);
    assert.match(await page.$eval(`tr[data-id="${id}"]`, (t: Element) => t.textContent ?? ''), /ESTABLISHED/);
    stub.push(before);
    await page.waitForSelector(`tr[data-id="${id}"] .badge.st-failed`);
  });

  void it('shows a tunnel: sequence diagram, verdict with evidence and fix, history, raw lines', async () => {
    const id = idOf('PSK_MISMATCH');
    await go(`#/tunnel/${id}`);
    await page.waitForSelector('svg.seq-svg');
    const arrows = await page.$$eval('svg.seq-svg g.seq-msg', (g: Element[]) => g.length);
    assert.ok(arrows >= 3, `at least three IKE messages drawn (got ${arrows})`);
    const heads = await page.$$eval('svg.seq-svg .seq-role', (t: Element[]) => t.map((x) => x.textContent));
    assert.deepEqual(heads, ['Initiator', 'Responder']);
    assert.ok(await page.isVisible('svg.seq-svg'));
    assert.equal(await page.textContent('article.diag.verdict code.code'), 'PSK_MISMATCH');
    assert.ok((await page.$$('article.diag.verdict ol.evidence li')).length > 0);
    assert.match((await page.textContent('article.diag.verdict ol.evidence .loc')) ?? '', /:\d+$/);
    assert.ok((await page.$$('article.diag.verdict ol.fix li')).length > 0);
    assert.ok((await page.$$('section.history tbody tr')).length >= 1);
    await page.click('section.raw button');
    await page.waitForSelector('ol.raw-lines li');
    await shot('tunnel');
    // The timeline opens as a table of every event.
    await page.click('details.timeline summary');
    assert.ok((await page.$$('details.timeline tbody tr')).length > 3);
  });

  void it('analyzes pasted text and uploaded files and shows the same report as the CLI', async () => {
    await go('#/analyze');
    await page.waitForSelector('#an-text');
    await page.click('.an-form button[type=submit]');
    await page.waitForSelector('.an-status.warn-text');
    const log = readFileSync(join(root, 'lab', 'corpus', 'v2-ike-dh-sw-sw', 'left.log'), 'utf8');
    await page.fill('#an-text', log);
    await page.click('.an-form button[type=submit]');
    await page.waitForSelector('.an-result section.tunnel article.diag.verdict');
    assert.ok(await page.isVisible('.an-result .tiles'));
    assert.ok(await page.isVisible('.an-result svg.seq-svg'));
    await shot('analyze-paste');
    // Both ends' logs as files: one two-sided tunnel.
    await page.click('.an-form .btn-quiet');
    await page.setInputFiles('#an-files', [
      join(root, 'lab', 'corpus', 'v2-psk-sw-ls', 'left.log'),
      join(root, 'lab', 'corpus', 'v2-psk-sw-ls', 'right.log'),
    ]);
    await page.click('.an-form button[type=submit]');
    await page.waitForSelector('.an-result article.diag.verdict');
    const codes = await page.$$eval('.an-result article.diag.verdict code.code', (c: Element[]) => c.map((x) => x.textContent));
    assert.ok(codes.includes('PSK_MISMATCH'), `verdicts: ${codes.join(', ')}`);
    const cols = await page.$$eval('.an-result svg.seq-svg .seq-name', (t: Element[]) => t.map((x) => x.textContent));
    assert.deepEqual(cols.slice(0, 2), ['left.log', 'right.log']);
    await shot('analyze-files');
  });

  void it('switches the language to Japanese and back', async () => {
    await go('#/');
    await page.waitForSelector('tbody tr.row');
    await page.selectOption('#lang', 'ja');
    await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'トンネル一覧');
    assert.equal(await page.getAttribute('html', 'lang'), 'ja');
    assert.equal(await page.textContent('#nav a[data-route="analyze"]'), 'ログ解析');
    assert.ok((await page.$$eval('thead th', (t: Element[]) => t.map((x) => x.textContent))).includes('状態'));
    await shot('dashboard-ja');
    await go(`#/tunnel/${idOf('PSK_MISMATCH')}`);
    await page.waitForSelector('svg.seq-svg');
    assert.deepEqual(await page.$$eval('svg.seq-svg .seq-role', (t: Element[]) => t.map((x) => x.textContent)), ['イニシエータ', 'レスポンダ']);
    await shot('tunnel-ja');
    await page.reload();
    await page.waitForSelector('svg.seq-svg');
    assert.equal(await page.inputValue('#lang'), 'ja', 'the choice is kept');
    await page.selectOption('#lang', 'en');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
  });

  void it('is usable with the keyboard: skip link, focus order, rows reachable by Tab, Enter opens', async () => {
    await go('#/');
    await page.waitForSelector('tbody tr.row');
    await page.reload();
    await page.waitForSelector('tbody tr.row');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'skip');
    assert.ok(await page.isVisible('#skip'), 'the skip link shows when focused');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');
    let onRow = false;
    const order: string[] = [];
    for (let i = 0; i < 30 && !onRow; i++) {
      await page.keyboard.press('Tab');
      const d = await page.evaluate(() => {
        const a = document.activeElement as HTMLElement | null;
        return { tag: a?.tagName ?? '', id: a?.id ?? '', row: !!a?.matches('tr.row'), outline: a ? getComputedStyle(a.matches('tr.row') ? a.querySelector('td')! : a).outlineStyle + getComputedStyle(a.matches('tr.row') ? a.querySelector('td')! : a).boxShadow : '' };
      });
      order.push(d.id || d.tag);
      onRow = d.row;
      if (onRow) assert.notEqual(d.outline, 'none', 'focus is visible');
    }
    assert.ok(onRow, `a table row was reached by Tab (focus went ${order.join(' → ')})`);
    assert.ok(order.includes('f-status') && order.indexOf('f-status') < order.indexOf('f-q'), 'filters come before the table');
    const first = await page.evaluate(() => document.activeElement?.getAttribute('data-id'));
    await page.keyboard.press('ArrowDown');
    const second = await page.evaluate(() => document.activeElement?.getAttribute('data-id'));
    assert.ok(second && second !== first, 'ArrowDown moves to the next row');
    await shot('keyboard-focus');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.tunnel-head h1');
    assert.ok(page.url().includes(`#/tunnel/${encodeURIComponent(second)}`));
    assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H1', 'focus moves to the new page heading');
  });

  void it('never runs a hostile payload from tunnel names, evidence, fixes, paths or raw lines', async () => {
    await go('#/');
    await page.waitForSelector('tr[data-id="hostile"]');
    assert.ok(((await page.textContent('tr[data-id="hostile"] .c-name')) ?? '').includes('<script>window.__pwned=1</script>'), 'shown as text');
    await go('#/tunnel/hostile');
    await page.waitForSelector('.tunnel-head h1');
    await page.click('section.raw button');
    await page.waitForSelector('ol.raw-lines li');
    await page.click('details.timeline summary').catch(() => undefined);
    await page.waitForTimeout(300);
    assert.equal(await pwned(page), undefined, 'no payload ran');
    const injected = await page.$$eval('#main script, #main img, #main iframe, #main [onerror], #main [onload], #main [onclick]', (n) => n.length);
    assert.equal(injected, 0, 'no element came from data');
    const text = (await page.textContent('#main')) ?? '';
    assert.ok(text.includes(HOSTILE.slice(0, 20)), 'the payload is visible as text');
    await shot('hostile');
  });

  void it('lays out on a phone without horizontal scrolling', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      await go('#/');
      await page.waitForSelector('tbody tr.row');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 1, `dashboard fits the phone (overflow ${overflow}px)`);
      await shot('dashboard-phone');
      await go(`#/tunnel/${idOf('PSK_MISMATCH')}`);
      await page.waitForSelector('svg.seq-svg');
      const o2 = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(o2 <= 1, `tunnel page fits the phone (overflow ${o2}px); the diagram scrolls in its own box`);
      await shot('tunnel-phone');
    } finally {
      await page.setViewportSize({ width: 1280, height: 860 });
    }
  });

  void it('kept to the strict CSP and to its own origin throughout', async () => {
    assert.deepEqual(await cspViolations(page), []);
    assert.deepEqual(foreign, [], 'no request left the server');
    const errors = seen.errors.filter((e) => !/401|Unauthorized/i.test(e));
    assert.deepEqual(errors, []);
  });
});
