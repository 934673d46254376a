// End-to-end test of the web UI in Chromium against the REAL server (dist/server/index.js, built
// by `npx tsc -p .`): temp data dir, loopback ephemeral ports, a local webhook receiver; syslog
// of several dialects over UDP and TCP; live dashboard updates (no reload), up and down status,
// the tunnel page of a failed tunnel, webhook notifications; a webhook that refuses turns a
// notification into a dead letter, which the Notifications page lists (Retry disabled for a
// read-only token) and re-sends once the webhook accepts again. Screenshots: test-artifacts/web/real-*.png.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import dgram from 'node:dgram';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { artifacts, launch, repoRoot, SKIP, type Browser } from './browser.js';

const root = repoRoot();
const SERVER_JS = join(root, 'dist', 'server', 'index.js');
const SKIP_ALL: string | false =
  SKIP || (existsSync(SERVER_JS) ? false : `${SERVER_JS} missing (run npx tsc -p . first); real-server test skipped`);

interface RunningServer {
  ports: { http: number; udp: number | null; tcp: number | null; tls: number | null };
  url: string;
  initialToken?: string | null;
  close(): Promise<void>;
}

function octet(lines: string[]): Buffer {
  return Buffer.concat(lines.flatMap((l) => [Buffer.from(`${Buffer.byteLength(l)} `), Buffer.from(l)]));
}

function sendTcp(port: number, data: Buffer): Promise<void> {
  return new Promise((resolve, reject) => {
    const sock = net.connect({ port, host: '127.0.0.1', allowHalfOpen: true });
    const timer = setTimeout(() => {
      sock.destroy();
      reject(new Error('TCP send timed out'));
    }, 10_000);
    sock.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    sock.on('close', () => {
      clearTimeout(timer);
      resolve();
    });
    sock.once('connect', () => sock.end(data));
  });
}

async function sendUdp(port: number, lines: string[]): Promise<void> {
  const sock = dgram.createSocket('udp4');
  try {
    for (const l of lines) {
      await new Promise<void>((r, j) => sock.send(Buffer.from(l), port, '127.0.0.1', (e) => (e ? j(e) : r())));
      await new Promise((r) => setTimeout(r, 1)); // do not overrun the loopback buffer
    }
  } finally {
    sock.close();
  }
}

/** strongSwan lines of a lab capture, renamed to `host` and given a syslog priority. */
function corpus(rel: string, host: string): string[] {
  return readFileSync(join(root, rel), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => `<30>${l.replace(' gw-left ', ` ${host} `)}`);
}

interface Receiver {
  url: string;
  /** Bodies accepted (200). */
  bodies: unknown[];
  /** While true, every delivery is answered 500 (and not kept). */
  refuse: boolean;
  refused: number;
  close: () => Promise<void>;
}

function receiver(): Promise<Receiver> {
  const bodies: unknown[] = [];
  const state = { refuse: false, refused: 0 };
  const srv = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      if (state.refuse) {
        state.refused++;
        res.writeHead(500).end();
        return;
      }
      try {
        bodies.push(JSON.parse(body));
      } catch {
        bodies.push({ unparsable: body });
      }
      res.writeHead(200).end();
    });
  });
  return new Promise((resolve) =>
    srv.listen(0, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${(srv.address() as net.AddressInfo).port}/hook`,
        bodies,
        get refuse() {
          return state.refuse;
        },
        set refuse(v: boolean) {
          state.refuse = v;
        },
        get refused() {
          return state.refused;
        },
        close: () =>
          new Promise((r) => {
            srv.closeAllConnections();
            srv.close(() => r());
          }),
      }),
    ),
  );
}

async function waitFor<T>(what: string, f: () => T | undefined | false, ms = 15_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = f();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const IOS_UP = '<189>Nov 24 21:00:02 rtr1 %CRYPTO-5-SESSION_STATUS: Crypto session is UP. Peer 10.6.6.1:500 fvrf=name10 ivrf=name20 Description: SJC24-2-VPN-Gateway Id: 10.5.5.2';
const IOS_DOWN = '<189>Nov 24 21:10:02 rtr1 %CRYPTO-5-SESSION_STATUS: Crypto session is DOWN. Peer 10.6.6.1:500 fvrf=name10 ivrf=name20 Description: SJC24-2-VPN-Gateway Id: 10.5.5.2';

void describe('web UI (Chromium, real server)', { skip: SKIP_ALL, timeout: 90_000 }, () => {
  void it('shows live tunnels of syslog over UDP and TCP, up/down, a diagnosis, and notifies the webhook', { timeout: 85_000 }, async () => {
    const t0 = Date.now();
    const shots = artifacts();
    const data = mkdtempSync(join(tmpdir(), 'ikescope-real-'));
    let server: RunningServer | undefined;
    let browser: Browser | undefined;
    let hook: Receiver | undefined;
    try {
      hook = await receiver();
      const mod = (await import(pathToFileURL(SERVER_JS).href)) as { startServer(o: Record<string, unknown>): Promise<RunningServer> };
      const logs: string[] = [];
      server = await mod.startServer({
        data,
        http: { host: '127.0.0.1', port: 0 },
        udp: { host: '127.0.0.1', port: 0 },
        tcp: { host: '127.0.0.1', port: 0 },
        tls: null,
        staticDir: join(root, 'web', 'dist'),
        webhook: hook.url,
        // Short retries: a refused notification is a dead letter after 3 attempts (~0.3 s).
        webhookRetries: 2,
        webhookBackoffMs: 100,
        log: (l: string) => logs.push(l),
      });
      const token = server.initialToken;
      assert.ok(token, 'a fresh data dir yields an initial token');

      browser = await launch();
      const page: Page = browser.ctx.pages()[0] ?? (await browser.ctx.newPage());
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      const shot = (name: string): Promise<Buffer> => page.screenshot({ path: join(shots, `real-${name}.png`), fullPage: true });

      // Sign in on an empty dashboard.
      // The real server answers 401 to every path without a session, the UI's own files too, so
      // the UI's sign-in form is unreachable: sign in through GET /login?token=... (sets the cookie).
      await page.goto(`${server.url}/login?token=${encodeURIComponent(token)}`);
      await page.goto(`${server.url}/#/`);
      if (await page.isVisible('#token')) {
        await page.fill('#token', token);
        await page.click('.login-card button[type=submit]');
      }
      await page.waitForSelector('#live.live-live', { timeout: 15_000 });
      await shot('empty');
      const navigations: string[] = [];
      page.on('framenavigated', (f) => {
        if (f === page.mainFrame()) navigations.push(f.url());
      });
      const loads = { n: 0 };
      page.on('load', () => loads.n++);

      // Syslog: strongSwan tunnel that comes up (UDP), Cisco IOS UP (UDP), strongSwan PSK mismatch (TCP).
      await sendUdp(server.ports.udp!, corpus('lab/corpus/v2-ok-sw-sw/left.syslog', 'gw-ok'));
      await sendUdp(server.ports.udp!, [IOS_UP]);
      await sendTcp(server.ports.tcp!, octet(corpus('lab/corpus/v2-psk-sw-ls/left.syslog', 'gw-psk')));

      const ios = page.locator('table.dash-table tbody tr.row', { hasText: '10.6.6.1' });
      const ok = page.locator('table.dash-table tbody tr.row', { hasText: 'gw-ok' });
      const psk = page.locator('table.dash-table tbody tr.row', { hasText: 'gw-psk' });
      await ios.locator('.badge.st-established').waitFor({ timeout: 20_000 });
      await ok.first().locator('.badge.st-established').waitFor({ timeout: 20_000 });
      await psk.first().locator('.badge.st-failed').waitFor({ timeout: 20_000 });
      assert.ok(((await psk.first().textContent()) ?? '').includes('PSK_MISMATCH'), 'the failed row shows its verdict');
      await shot('dashboard-up');

      // The IOS tunnel goes down (TCP): the row changes live.
      await sendTcp(server.ports.tcp!, octet([IOS_DOWN]));
      await ios.locator('.badge.st-down').waitFor({ timeout: 20_000 });
      await shot('dashboard-down');
      assert.equal(loads.n, 0, `no page reload while tunnels arrived (navigations: ${navigations.join(', ')})`);

      // Webhook: at least one JSON transition notification for up or down.
      const got = await waitFor('webhook transition', () =>
        hook!.bodies.find((b) => {
          const x = b as { type?: string; to?: string };
          return x.type === 'transition' && (x.to === 'up' || x.to === 'down');
        }),
      );
      assert.ok(got);

      const iosId = await ios.getAttribute('data-id');
      assert.ok(iosId, 'the IOS row has an id');

      // The tunnel page of the failed tunnel: sequence diagram and diagnosis code.
      const pskId = await psk.first().getAttribute('data-id');
      assert.ok(pskId, 'the failed row has an id');
      await page.goto(`${server.url}/#/tunnel/${encodeURIComponent(pskId)}`);
      // Known failure (2026-11-24): web/src/api.ts getTunnel() takes `body.row ?? body` as the row and
      // `body.tunnel ?? body.report` as the report, but the real GET /api/v1/tunnels/:id answers
      // { tunnel: <row>, report, history, lastFailure, session, flapping }: the page throws
      // "Cannot read properties of undefined (reading 'replace')" and stays on the dashboard.
      try {
        await page.waitForSelector('.tunnel-head h1', { timeout: 15_000 });
      } catch (e) {
        await shot('failure').catch(() => undefined);
        const body = await page.evaluate(async (id) => {
          const r = await fetch(`/api/v1/tunnels/${encodeURIComponent(id)}`);
          const j = (await r.json()) as Record<string, unknown>;
          return `${location.href} api ${r.status} keys ${Object.keys(j).join(',')} tunnel keys ${Object.keys((j.tunnel ?? {}) as object).join(',')}`;
        }, pskId).catch((x: unknown) => String(x));
        throw new Error(`tunnel page of ${pskId} did not show (${String(e).split('\n')[0]}); ${body}; page errors: ${errors.join(' | ')}; main: ${(await page.textContent('main').catch(() => '?'))?.slice(0, 300)}`, { cause: e });
      }
      await page.waitForSelector('svg.seq-svg', { timeout: 15_000 });
      assert.ok(await page.isVisible('svg.seq-svg'));
      await page.waitForSelector('article.diag.verdict code.code');
      assert.equal(((await page.textContent('article.diag.verdict code.code')) ?? '').trim(), 'PSK_MISMATCH');
      assert.ok(await page.isVisible('article.diag.verdict code.code'));
      await shot('tunnel-psk');

      // The webhook refuses: the IOS tunnel's next transition (up again) becomes a dead letter.
      const iosHref = `td.c-name a[href="#/tunnel/${encodeURIComponent(iosId)}"]`;
      const iosLink = `table.dl-table tbody tr ${iosHref}`;
      await page.goto(`${server.url}/#/`);
      await page.waitForSelector('table.dash-table tbody tr.row');
      hook.refuse = true;
      await sendTcp(server.ports.tcp!, octet([IOS_UP.replace('21:00:02', '21:20:02')]));
      await ios.locator('.badge.st-established').waitFor({ timeout: 20_000 });
      await waitFor('refused deliveries', () => hook!.refused >= 3);
      // The badge in the navigation counts it (live: after the tunnel event or the next stats tick).
      await page.waitForSelector('#dl-badge:not([hidden])', { timeout: 20_000 });
      await page.click('#nav a[data-route="notifications"]');
      await page.waitForSelector(iosLink, { timeout: 20_000 });
      const deadRow = page.locator('table.dl-table tbody tr', { has: page.locator(iosHref) }).first();
      assert.match((await deadRow.locator('td.c-event').textContent()) ?? '', /Up/);
      assert.equal(await deadRow.locator('td.c-error').textContent(), 'HTTP 500');
      assert.equal(await deadRow.locator('td.c-num').textContent(), '3', 'one attempt and two retries');
      // The redacted URL when the server knows it (AppDeps.webhookUrl), else the target's kind.
      const target = (await deadRow.locator('td.c-target').textContent()) ?? '';
      assert.ok(target === hook.url || target === 'webhook', `target cell: ${target}`);
      assert.ok(await deadRow.locator('button.dl-retry').isEnabled(), 'the admin token may retry');
      await shot('dead-letter');

      // A read-only token sees the list, with Retry disabled (the server says the token's access).
      const ro = await page.evaluate(async () => {
        const r = await fetch('/api/v1/tokens', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ readOnly: true, label: 'e2e viewer' }) });
        return ((await r.json()) as { token?: string }).token;
      });
      assert.ok(ro, 'a read-only token was made');
      const viewer = await browser.ctx.newPage();
      try {
        await viewer.addInitScript((t) => sessionStorage.setItem('ikescope.token', t), ro);
        await viewer.goto(`${server.url}/#/notifications`);
        await viewer.waitForSelector(iosLink);
        assert.ok(await viewer.isVisible('#dl-readonly'), 'the read-only note shows');
        assert.ok(await viewer.locator('button.dl-retry').first().isDisabled(), 'Retry is disabled for a read-only token');
        await viewer.screenshot({ path: join(shots, 'real-dead-letter-readonly.png'), fullPage: true });
      } finally {
        await viewer.close();
      }

      // The webhook accepts again; Retry sends every dead letter, the webhook gets the notice, the list empties.
      hook.refuse = false;
      const delivered = hook.bodies.length;
      for (let i = 0; i < 20; i++) {
        const button = page.locator('table.dl-table tbody tr button.dl-retry:not([disabled])').first();
        if ((await button.count()) === 0) break;
        const id = await button.getAttribute('data-id');
        await button.click();
        await page.waitForSelector(`table.dl-table tbody tr[data-id="${id}"]`, { state: 'detached' });
      }
      const resent = await waitFor('the re-sent notification', () =>
        hook!.bodies.slice(delivered).find((b) => {
          const x = b as { type?: string; to?: string; tunnel?: { id?: string } };
          return x.type === 'transition' && x.to === 'up' && x.tunnel?.id === iosId;
        }),
      );
      assert.ok(resent);
      await page.waitForSelector('#dl-empty:not([hidden])', { timeout: 15_000 });
      // It stays empty once the page looks again (the retry succeeded, nothing died again).
      await page.waitForTimeout(2000);
      assert.ok(await page.isVisible('#dl-empty'));
      assert.ok(await page.isHidden('#dl-badge'), 'no badge once nothing is left');
      const left = await page.evaluate(async () => ((await (await fetch('/api/v1/dead-letters')).json()) as unknown[]).length);
      assert.equal(left, 0, 'the server has no dead letter left');
      await shot('dead-letter-retried');
      assert.deepEqual(errors, [], 'no uncaught page errors');
      console.log(`real-server e2e: ${Date.now() - t0} ms, webhook bodies ${hook.bodies.length}`);
    } finally {
      await browser?.close().catch(() => undefined);
      await server?.close().catch(() => undefined);
      await hook?.close().catch(() => undefined);
      rmSync(data, { recursive: true, force: true });
    }
  });
});
