// End-to-end tests of the web UI in Chromium against the stub server (web/test/stub-server.ts):
// sign-in, dashboard, live update, tunnel page, analyze page, language switch, keyboard use,
// hostile strings, failed notifications (dead letters: list, badge, retry, read-only token),
// phone layout. Screenshots go to test-artifacts/web/.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { artifacts, cspViolations, launch, pwned, repoRoot, SKIP, watch, type Browser } from './browser.js';
import { buildDeadLetters, HOSTILE, startStub, STUB_RO_TOKEN, STUB_TOKEN, type Stub } from './stub-server.js';

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

  void it('lists failed notifications with a count in the navigation, renders hostile ones as text, retries one', async () => {
    stub.deadLetters = buildDeadLetters(stub.entries);
    const total = stub.deadLetters.length;
    await go('#/');
    await page.waitForSelector('tbody tr.row');
    // The badge follows the live stream once signed in.
    await page.waitForFunction((n) => {
      const b = document.getElementById('dl-badge');
      return b && !b.hidden && b.textContent === String(n);
    }, total);
    assert.match((await page.textContent('#dl-badge-sr')) ?? '', new RegExp(`${total} failed notifications`));
    await page.click('#nav a[data-route="notifications"]');
    await page.waitForSelector('table.dl-table tbody tr');
    assert.equal(await page.getAttribute('#nav a[data-route="notifications"]', 'aria-current'), 'page');
    assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H1', 'focus moves to the page heading');
    assert.match(await page.title(), /Failed notifications/);
    const rows = await page.$$eval('table.dl-table tbody tr', (trs: Element[]) =>
      trs.map((tr) => ({
        id: tr.getAttribute('data-id'),
        cells: [...tr.querySelectorAll('td')].map((td) => td.textContent ?? ''),
        link: tr.querySelector('td.c-name a')?.getAttribute('href') ?? null,
      })),
    );
    assert.deepEqual(rows.map((r) => r.id), stub.deadLetters.map((d) => String(d.id)), 'newest first, one row each');
    assert.ok(rows.every((r) => r.cells.length === 7));
    const first = stub.deadLetters[0]!;
    const firstTunnel = (first.payload as { tunnel: { id: string; name: string } }).tunnel;
    const [time, event, tunnel, target, attempts, error] = rows[0]!.cells;
    assert.ok(time, 'a time is shown');
    assert.match(event!, /Down/);
    assert.ok(tunnel!.includes(firstTunnel.name), `tunnel cell ${tunnel}`);
    assert.equal(rows[0]!.link, `#/tunnel/${encodeURIComponent(firstTunnel.id)}`);
    assert.equal(target, 'https://hooks.example.net/ikescope/…');
    assert.equal(attempts, '6');
    assert.equal(error, 'HTTP 500');
    assert.match(rows[1]!.cells[1]!, /Failure/);
    assert.match(await page.textContent('.count') ?? '', new RegExp(`Undelivered: ${total}`));
    // Hostile tunnel name, verdict code, target, error and unparsable payload: text, never markup.
    const hostile = rows.find((r) => r.id === '2')!;
    assert.equal(hostile.link, '#/tunnel/hostile');
    for (const cell of [hostile.cells[1]!, hostile.cells[2]!, hostile.cells[3]!, hostile.cells[5]!])
      assert.ok(cell.includes('<script>window.__pwned=1</script>'), `shown as text: ${cell.slice(0, 40)}`);
    const raw = (await page.textContent('table.dl-table tbody tr[data-id="1"]')) ?? '';
    assert.ok(raw.includes('Unknown') && raw.includes(`text${HOSTILE.slice(0, 30)}`), 'an unreadable payload shows as text');
    assert.equal(await pwned(page), undefined, 'no payload ran');
    assert.equal(await page.$$eval('#main script, #main img, #main iframe, #main svg, #main [onerror], #main [onload]', (n) => n.length), 0, 'no element came from data');
    assert.equal(await page.$$eval('#main a[href^="javascript:"]', (n) => n.length), 0);
    await shot('notifications');

    // Keyboard: Tab reaches the first Retry button, arrow keys move between rows, Enter retries.
    await page.focus('table.dl-table tbody tr:first-child button.dl-retry');
    await page.keyboard.press('ArrowDown');
    assert.equal(await page.evaluate(() => document.activeElement?.closest('tr')?.getAttribute('data-id')), String(stub.deadLetters[1]!.id));
    await page.keyboard.press('ArrowUp');
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('aria-label')), `Retry the Down notification of ${firstTunnel.name}`);
    await page.keyboard.press('Enter');
    await page.waitForSelector(`table.dl-table tbody tr[data-id="${first.id}"]`, { state: 'detached' });
    assert.deepEqual(stub.retried, [first.id], 'POST /dead-letters/:id/retry was called once');
    assert.ok(stub.requests.includes(`POST /api/v1/dead-letters/${first.id}/retry`));
    await page.waitForFunction((name) => document.getElementById('announcer')?.textContent?.includes(name), firstTunnel.name);
    assert.equal(await page.evaluate(() => document.activeElement?.closest('tr')?.getAttribute('data-id')), String(stub.deadLetters[0]!.id), 'focus moves to the next row');
    await page.waitForFunction((n) => document.getElementById('dl-badge')?.textContent === String(n), total - 1);

    // A notification that dies while the page is open shows up after the live update.
    stub.deadLetters.unshift({ ...first, id: 9, lastError: 'HTTP 503' });
    stub.push(stub.entries.get(firstTunnel.id)!.row);
    await page.waitForSelector('table.dl-table tbody tr[data-id="9"]');
    assert.equal(await page.textContent('table.dl-table tbody tr[data-id="9"] td.c-error'), 'HTTP 503');

    // On a phone the rows become cards: nothing scrolls sideways.
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 1, `notifications fit the phone (overflow ${overflow}px)`);
      await shot('notifications-phone');
    } finally {
      await page.setViewportSize({ width: 1280, height: 860 });
    }

    // Nothing left: the empty state, and no badge.
    stub.deadLetters = [];
    stub.push(stub.entries.get(firstTunnel.id)!.row);
    await page.waitForSelector('#dl-empty:not([hidden])');
    assert.ok(await page.isHidden('table.dl-table'));
    assert.match((await page.textContent('#dl-empty')) ?? '', /No failed notifications/);
    assert.ok(await page.isHidden('#dl-badge'));
    await shot('notifications-empty');
    await page.selectOption('#lang', 'ja');
    await page.waitForFunction(() => document.querySelector('h1')?.textContent === '配信できなかった通知');
    assert.equal(await page.textContent('#nav a[data-route="notifications"] [data-i18n]'), '通知');
    assert.match((await page.textContent('#dl-empty')) ?? '', /配信できなかった通知はありません/);
    await page.selectOption('#lang', 'en');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
  });

  void it('read-only token: Retry is disabled, and a refused retry says so clearly', async () => {
    stub.deadLetters = buildDeadLetters(stub.entries);
    const retried = stub.retried.length;
    try {
      await go(`#/login?next=${encodeURIComponent('#/notifications')}`);
      await page.waitForSelector('#token');
      await page.fill('#token', STUB_RO_TOKEN);
      await page.click('.login-card button[type=submit]');
      await page.waitForSelector('table.dl-table tbody tr');
      assert.ok(await page.isVisible('#dl-readonly'), 'the page says the token may only read');
      const disabled = await page.$$eval('button.dl-retry', (b: Element[]) => b.map((x) => (x as HTMLButtonElement).disabled));
      assert.ok(disabled.length > 0 && disabled.every(Boolean), 'every Retry is disabled');

      // A server that does not tell the role: the 403 of the retry tells it, and the page shows why.
      stub.accessHeader = false;
      await page.reload();
      await page.waitForSelector('table.dl-table tbody tr button.dl-retry:not([disabled])');
      assert.ok(await page.isHidden('#dl-readonly'));
      await page.click('table.dl-table tbody tr:first-child button.dl-retry');
      await page.waitForSelector('#dl-error:not([hidden])');
      const msg = (await page.textContent('#dl-error')) ?? '';
      assert.match(msg, /This token is read-only\./, 'the server\'s reason is shown');
      assert.match(msg, /read-only token cannot retry/);
      assert.equal(await page.getAttribute('#dl-error', 'role'), 'alert');
      assert.ok(await page.isVisible('#dl-readonly'));
      assert.ok((await page.$$eval('button.dl-retry', (b: Element[]) => b.map((x) => (x as HTMLButtonElement).disabled))).every(Boolean));
      assert.equal(await page.evaluate(() => document.activeElement?.closest('#dl-readonly') !== null), true, 'focus goes to the way out');
      assert.equal(stub.retried.length, retried, 'nothing was queued');
      assert.match(page.url(), /#\/notifications$/, 'a 403 here is not a sign-in problem');
      await shot('notifications-readonly');

      // Sign in with a token that may write, and back to the page.
      await page.click('#dl-readonly a');
      await page.waitForSelector('#token');
      await page.fill('#token', STUB_TOKEN);
      await page.click('.login-card button[type=submit]');
      await page.waitForSelector('table.dl-table tbody tr button.dl-retry:not([disabled])');
      assert.ok(await page.isHidden('#dl-readonly'));
    } finally {
      stub.accessHeader = true;
      await page.evaluate((t) => sessionStorage.setItem('ikescope.token', t), STUB_TOKEN).catch(() => undefined);
    }
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
    // Expected HTTP errors: 401 before sign-in, 403 of the read-only token's retry.
    const errors = seen.errors.filter((e) => !/401|Unauthorized|status of 403 \(Forbidden\)/i.test(e));
    assert.deepEqual(errors, []);
  });
});
