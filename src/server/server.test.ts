// The server end to end, over real sockets on 127.0.0.1 with ephemeral ports. The whole suite
// runs once per store backend: SQLite always, PostgreSQL when IKESCOPE_TEST_PG is set or a
// local cluster can be started (testing/postgres.ts).
import assert from 'node:assert/strict';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import dgram from 'node:dgram';
import { appendFileSync, mkdtempSync, readFileSync, renameSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import tls from 'node:tls';
import { fileURLToPath } from 'node:url';
import { analyzeText } from '../analyze.js';
import { startServer, type RunningServer, type ServeOptions } from './index.js';
import { CSP } from './http.js';
import { SCENARIOS } from './testing/fixtures.js';
import { testPostgres, type TestPostgres } from './testing/postgres.js';
import type { TunnelRow } from './store/types.js';

const TIMEOUT = 60_000;
let pg: TestPostgres | undefined;
let serial = 0;
const dirs: string[] = [];

function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'ikescope-srv-'));
  dirs.push(d);
  return d;
}

function baseOptions(backend: string, extra: ServeOptions = {}): ServeOptions {
  const o: ServeOptions = {
    data: tempDir(),
    http: { host: '127.0.0.1', port: 0 },
    udp: { host: '127.0.0.1', port: 0 },
    tcp: { host: '127.0.0.1', port: 0 },
    tls: null,
    tickMs: 40,
    commitMs: 2,
    log: () => undefined,
    ...extra,
  };
  if (backend === 'postgres' && pg) {
    o.db = pg.url;
    o.dbSchema = `t_${process.pid}_${++serial}`;
  }
  return o;
}

async function api(s: { url: string }, token: string | undefined, path: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  if (token) headers.set('authorization', `Bearer ${token}`);
  return fetch(s.url + path, { ...init, headers });
}

async function json<T>(s: { url: string }, token: string | undefined, path: string): Promise<T> {
  const r = await api(s, token, path);
  assert.equal(r.status, 200, `${path}: ${r.status}`);
  return (await r.json()) as T;
}

async function waitFor<T>(what: string, fn: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 15_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const v = await fn();
      if (v !== undefined && v !== false) return v;
    } catch (err) {
      last = err;
    }
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}${last instanceof Error ? `: ${last.message}` : ''}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

function octet(lines: string[]): Buffer {
  return Buffer.concat(
    lines.flatMap((l) => {
      const b = Buffer.from(l);
      return [Buffer.from(`${b.length} `), b];
    }),
  );
}

/** Sends and half-closes; resolves when the server closes (its acknowledgement). */
function sendStream(sock: net.Socket, data: Buffer): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no acknowledgement')), 20_000);
    sock.on('error', reject);
    sock.resume();
    sock.on('close', () => {
      clearTimeout(timer);
      resolve();
    });
    const go = () => sock.end(data);
    if (sock.connecting) sock.once(sock instanceof tls.TLSSocket ? 'secureConnect' : 'connect', go);
    else go();
  });
}

function sendTcp(port: number, data: Buffer): Promise<void> {
  return sendStream(net.connect({ port, host: '127.0.0.1', allowHalfOpen: true }), data);
}

async function sendUdp(port: number, lines: (string | Buffer)[]): Promise<void> {
  const sock = dgram.createSocket('udp4');
  for (const l of lines) await new Promise<void>((r) => sock.send(typeof l === 'string' ? Buffer.from(l) : l, port, '127.0.0.1', () => r()));
  sock.close();
}

async function rows(s: RunningServer, token: string, query = ''): Promise<TunnelRow[]> {
  return json<TunnelRow[]>(s, token, `/api/v1/tunnels${query}`);
}

function deviceOf(sc: (typeof SCENARIOS)[number]): string {
  return sc.device ?? '127.0.0.1';
}

/** A local HTTP receiver for webhooks: answers with `status(n)` for the n-th request. */
function receiver(status: (n: number) => number): Promise<{ url: string; bodies: unknown[]; close: () => Promise<void> }> {
  const bodies: unknown[] = [];
  let n = 0;
  const srv = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      const code = status(++n);
      if (code < 300) bodies.push(JSON.parse(body));
      res.writeHead(code).end();
    });
  });
  return new Promise((resolve) =>
    srv.listen(0, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${(srv.address() as net.AddressInfo).port}/hook`,
        bodies,
        close: () => new Promise((r) => srv.close(() => r())),
      }),
    ),
  );
}

before(async () => {
  pg = await testPostgres();
});

after(() => {
  pg?.stop();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const BACKENDS = ['sqlite', 'postgres'];

for (const backend of BACKENDS) {
  void describe(`serve (${backend})`, { timeout: 300_000 }, () => {
    const skip = (): boolean => backend === 'postgres' && !pg;

    void it('TCP octet counting: tunnels of five dialects appear, go up, go down', { timeout: TIMEOUT }, async (t) => {
      if (skip()) return t.skip('no PostgreSQL');
      const s = await startServer(baseOptions(backend));
      const token = s.initialToken!;
      try {
        await sendTcp(s.ports.tcp!, octet(SCENARIOS.flatMap((sc) => sc.up)));
        const up = await waitFor('five tunnels up', async () => {
          const r = await rows(s, token, '?status=established');
          return r.length === SCENARIOS.length ? r : undefined;
        });
        for (const sc of SCENARIOS) {
          const row = up.find((r) => r.device === deviceOf(sc));
          assert.ok(row, `${sc.dialect}: no tunnel of ${deviceOf(sc)}`);
          assert.equal(row.peer, sc.peer, sc.dialect);
          assert.equal(row.ikeStatus, 'up');
          assert.equal(row.childStatus, 'up');
          assert.equal(row.verdict?.code, 'ESTABLISHED');
        }
        const ios = up.find((r) => r.device === 'rtr1')!;
        assert.equal(ios.description, 'SJC24-2-VPN-Gateway');

        await sendTcp(s.ports.tcp!, octet(SCENARIOS.flatMap((sc) => sc.down)));
        const down = await waitFor('five tunnels down', async () => {
          const r = await rows(s, token, '?status=down,failed');
          return r.length === SCENARIOS.length ? r : undefined;
        });
        assert.ok(down.every((r) => r.ikeStatus === 'down' && r.verdict !== null));

        const detail = await json<{ tunnel: TunnelRow; report: { diagnoses: unknown[] }; history: { kind: string }[] }>(s, token, `/api/v1/tunnels/${ios.id}`);
        assert.deepEqual(
          detail.history.map((h) => h.kind),
          ['down', 'up'],
        );
        assert.ok(detail.report.diagnoses.length > 0);
        const events = await json<{ items: { text: string }[]; next: number | null }>(s, token, `/api/v1/tunnels/${ios.id}/events?limit=1`);
        assert.equal(events.items.length, 1);
        assert.match(events.items[0]!.text, /is DOWN/);
        assert.ok(events.next !== null);
        const page2 = await json<{ items: { text: string }[] }>(s, token, `/api/v1/tunnels/${ios.id}/events?limit=5&before=${events.next}`);
        assert.match(page2.items[0]!.text, /is UP/);

        const sources = await json<{ source: string; received: number; parsed: number; unrecognized: number; dropped: number }[]>(s, token, '/api/v1/sources');
        const src = sources.find((x) => x.source === 'tcp/127.0.0.1')!;
        const total = SCENARIOS.reduce((n, sc) => n + sc.up.length + sc.down.length, 0);
        assert.equal(src.received, total);
        assert.equal(src.parsed + src.unrecognized, total);
        assert.equal(src.dropped, 0);

        const q = await rows(s, token, '?q=sjc24');
        assert.deepEqual(
          q.map((r) => r.device),
          ['rtr1'],
        );
        assert.equal((await rows(s, token, '?device=moon')).length, 1);
      } finally {
        await s.close();
      }
    });

    void it('TCP newline framing, UDP and TLS; unparsable lines are kept and counted', { timeout: TIMEOUT }, async (t) => {
      if (skip()) return t.skip('no PostgreSQL');
      const dir = tempDir();
      execFileSync(
        'openssl',
        ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'), '-subj', '/CN=localhost', '-days', '1'],
        { stdio: 'ignore' },
      );
      const s = await startServer(
        baseOptions(backend, { tls: { host: '127.0.0.1', port: 0 }, tlsCert: join(dir, 'cert.pem'), tlsKey: join(dir, 'key.pem') }),
      );
      const token = s.initialToken!;
      try {
        const [sw, pluto, ios, asa] = SCENARIOS;
        await sendTcp(s.ports.tcp!, Buffer.from(sw!.up.join('\r\n') + '\r\nthis is not a log line\n'));
        await sendUdp(s.ports.udp!, [...pluto!.up, 'garbage over udp']);
        const cert = readFileSync(join(dir, 'cert.pem'));
        await sendStream(tls.connect({ port: s.ports.tls!, host: '127.0.0.1', ca: cert, servername: 'localhost' }), octet([...ios!.up, ...asa!.up]));
        await waitFor('four tunnels up', async () => (await rows(s, token, '?status=established')).length === 4);
        await sendUdp(s.ports.udp!, pluto!.down);
        await waitFor('pluto down', async () => (await rows(s, token, '?device=gw-b'))[0]?.status === 'down');
        const sources = await json<{ source: string; transport: string; received: number; unrecognized: number }[]>(s, token, '/api/v1/sources');
        const by = (x: string) => sources.find((y) => y.source === x)!;
        assert.equal(by('tcp/127.0.0.1').unrecognized, 1);
        assert.equal(by('udp/127.0.0.1').received, pluto!.up.length + 1 + pluto!.down.length);
        await waitFor('udp garbage counted', async () => {
          const x = (await json<{ source: string; unrecognized: number }[]>(s, token, '/api/v1/sources')).find((y) => y.source === 'udp/127.0.0.1');
          return x?.unrecognized === 1;
        });
        assert.equal(by('tls/127.0.0.1').received, ios!.up.length + asa!.up.length);
        assert.equal(await s.store.countLines(), sw!.up.length + 1 + pluto!.up.length + 1 + pluto!.down.length + ios!.up.length + asa!.up.length);
      } finally {
        await s.close();
      }
    });

    void it('authentication, read-only tokens, security headers, limits', { timeout: TIMEOUT }, async (t) => {
      if (skip()) return t.skip('no PostgreSQL');
      const s = await startServer(baseOptions(backend, { maxUploadBytes: 2000, maxMessageBytes: 300, maxConnections: 1 }));
      const token = s.initialToken!;
      try {
        const health = await api(s, undefined, '/healthz');
        assert.equal(health.status, 200);
        assert.equal(health.headers.get('content-security-policy'), CSP);
        for (const p of ['/api/v1/tunnels', '/api/v1/sources', '/api/v1/openapi.json', '/metrics', '/', '/api/v1/events/stream']) {
          const r = await api(s, undefined, p);
          assert.equal(r.status, 401, p);
          assert.equal(r.headers.get('content-security-policy'), CSP);
          assert.equal(r.headers.get('x-content-type-options'), 'nosniff');
        }
        assert.equal((await api(s, 'isk_000000000000_wrong', '/api/v1/tunnels')).status, 401);
        const ok = await api(s, token, '/api/v1/tunnels');
        assert.equal(ok.status, 200);
        assert.equal(ok.headers.get('content-security-policy'), CSP);
        assert.match(ok.headers.get('content-type') ?? '', /^application\/json/);
        assert.equal((await api(s, token, '/api/v1/nothing')).status, 404);

        // Cookie login.
        const login = await fetch(`${s.url}/login?token=${encodeURIComponent(token)}`, { redirect: 'manual' });
        assert.equal(login.status, 303);
        const cookie = login.headers.get('set-cookie') ?? '';
        assert.match(cookie, /HttpOnly/i);
        assert.match(cookie, /SameSite=Strict/i);
        const viaCookie = await fetch(`${s.url}/api/v1/tunnels`, { headers: { cookie: cookie.split(';')[0]! } });
        assert.equal(viaCookie.status, 200);
        assert.equal((await fetch(`${s.url}/login?token=nope`, { redirect: 'manual' })).status, 401);

        // A browser without a session gets a sign-in form (no state of the server in it), the
        // form posts the token, a wrong one is refused, another origin may not post it.
        const page = await fetch(`${s.url}/`, { headers: { accept: 'text/html' } });
        assert.equal(page.status, 401);
        assert.match(page.headers.get('content-type') ?? '', /^text\/html/);
        assert.equal(page.headers.get('content-security-policy'), CSP);
        const html = await page.text();
        assert.match(html, /<form method="post" action="\/login">/);
        assert.doesNotMatch(html, /<script|style=|isk_/);
        assert.equal((await api(s, undefined, '/api/v1/tunnels', { headers: { accept: 'text/html' } })).status, 401);
        assert.match(
          (await api(s, undefined, '/api/v1/tunnels', { headers: { accept: 'text/html' } })).headers.get('content-type') ?? '',
          /json/,
        );
        const form = (tok: string, origin?: string) =>
          fetch(`${s.url}/login`, {
            method: 'POST',
            redirect: 'manual',
            headers: { 'content-type': 'application/x-www-form-urlencoded', ...(origin ? { origin } : {}) },
            body: new URLSearchParams({ token: tok }).toString(),
          });
        const posted = await form(token, s.url);
        assert.equal(posted.status, 303);
        assert.match(posted.headers.get('set-cookie') ?? '', /HttpOnly/i);
        const refused = await form('isk_000000000000_wrong');
        assert.equal(refused.status, 401);
        assert.match(await refused.text(), /role="alert"/);
        assert.equal((await form(token, 'https://evil.example')).status, 403);

        // Read-only token: reads, but no POST.
        const made = (await (
          await api(s, token, '/api/v1/tokens', { method: 'POST', body: JSON.stringify({ readOnly: true, label: 'ro' }), headers: { 'content-type': 'application/json' } })
        ).json()) as { token: string };
        assert.equal((await api(s, made.token, '/api/v1/tunnels')).status, 200);
        assert.equal((await api(s, made.token, '/api/v1/analyze', { method: 'POST', body: 'x' })).status, 403);
        assert.equal((await api(s, made.token, '/api/v1/tokens', { method: 'POST', body: '{}' })).status, 403);

        // Upload limit.
        const big = await api(s, token, '/api/v1/analyze', { method: 'POST', body: 'x'.repeat(5000), headers: { 'content-type': 'text/plain' } });
        assert.equal(big.status, 413);
        assert.equal(((await big.json()) as { error: string }).error, 'too_large');
        assert.equal(big.headers.get('content-security-policy'), CSP);

        // Message size limit: dropped and counted, the neighbours kept.
        await sendTcp(s.ports.tcp!, Buffer.from(`<30>short one\n<30>${'y'.repeat(1000)}\n<30>short two\n`));
        const src = await waitFor('counters', async () =>
          (await json<{ source: string; received: number; dropped: number }[]>(s, token, '/api/v1/sources')).find((x) => x.source === 'tcp/127.0.0.1'),
        );
        assert.equal(src.received, 3);
        assert.equal(src.dropped, 1);
        assert.equal(await s.store.countLines(), 2);

        // Connection limit: the second connection is closed, logged and counted.
        const first = net.connect(s.ports.tcp!, '127.0.0.1');
        await new Promise((r) => first.once('connect', r));
        await waitFor('first connection accepted', () => s.engine.openConnections === 1);
        const second = net.connect(s.ports.tcp!, '127.0.0.1');
        second.on('error', () => undefined);
        await new Promise((r) => second.once('close', r));
        first.destroy();
        await waitFor('rejection counted', () => s.engine.rejectedConnections === 1);
        const metrics = await (await api(s, token, '/metrics')).text();
        assert.match(metrics, /^ikescope_connections_rejected_total 1$/m);
      } finally {
        await s.close();
      }
    });

    void it('hostile payloads stay data: JSON only, escaped labels, no header injection', { timeout: TIMEOUT }, async (t) => {
      if (skip()) return t.skip('no PostgreSQL');
      const s = await startServer(baseOptions(backend, { maxMessageBytes: 70_000 }));
      const token = s.initialToken!;
      try {
        const evil = `<script>alert("x")</script>'" &amp; \u00e9\u{1F600}`;
        const conn = `evil<script>"'`;
        const lines = [
          `<30>Nov 24 21:00:01 moon<img/src=x> charon: 07[IKE] <${conn}|9> IKE_SA ${conn}[9] established between 192.0.2.10[a]...192.0.2.99[b]`,
          `<30>Nov 24 21:00:01 moon<img/src=x> charon: 07[IKE] <${conn}|9> CHILD_SA x{1} established with SPIs c0f1e2d3_i ca9b8c7d_o and TS 10.1.0.0/16 === 10.2.0.0/16`,
          `<189>Nov 24 21:00:02 rtr9 %CRYPTO-5-SESSION_STATUS: Crypto session is UP. Peer 10.9.9.9:500 Description: ${evil} Id: 10.9.9.9`,
          `<30>${'A'.repeat(65_000)}`,
          `<189>Nov 24 21:00:03 rtr9 %CRYPTO-5-SESSION_STATUS: Crypto session is UP. Peer 10.9.9.8:500 Description: x\r\nSet-Cookie: a=b Id: 1`,
        ];
        const bad = Buffer.from([0x3c, 0x33, 0x30, 0x3e, 0xff, 0xfe, 0x20, 0x62, 0x61, 0x64]);
        const raw = Buffer.concat([octet(lines), Buffer.from(`${bad.length} `), bad]);
        await sendTcp(s.ports.tcp!, raw);
        const all = await waitFor('tunnels', async () => {
          const r = await rows(s, token);
          return r.some((x) => x.device === 'rtr9') && r.some((x) => x.status === 'established' && x.name.includes('evil')) ? r : undefined;
        });
        const ios = all.find((r) => r.device === 'rtr9')!;
        assert.ok(ios.description?.includes('<script>'), 'kept as data');
        const sw = all.find((r) => r.name.includes('evil'))!;
        assert.equal(sw.name, conn);
        assert.equal(sw.device, 'moon<img/src=x>');
        for (const p of ['/api/v1/tunnels', `/api/v1/tunnels/${ios.id}`, `/api/v1/tunnels/${ios.id}/events`, '/api/v1/sources']) {
          const r = await api(s, token, p);
          assert.match(r.headers.get('content-type') ?? '', /^application\/json/);
          assert.equal(r.headers.get('set-cookie'), null);
          JSON.parse(await r.text());
        }
        const metrics = await (await api(s, token, '/metrics')).text();
        for (const line of metrics.split('\n')) assert.ok(!line.includes('\r'));
        const stored = await s.store.linesAfter(0, 100);
        assert.ok(stored.some((l) => l.text.includes('\uFFFD')), 'invalid UTF-8 kept as U+FFFD');
        assert.ok(stored.some((l) => l.text.length > 65_000), 'long line kept');
        assert.ok(stored.some((l) => l.text.includes('\r\nSet-Cookie')), 'CR LF inside an octet-counted frame kept as data');
        assert.equal(stored.length, lines.length + 1);
      } finally {
        await s.close();
      }
    });

    void it('POST /analyze answers exactly as `ikescope analyze --format json`', { timeout: TIMEOUT }, async (t) => {
      if (skip()) return t.skip('no PostgreSQL');
      const s = await startServer(baseOptions(backend));
      const token = s.initialToken!;
      try {
        const log = SCENARIOS.flatMap((sc) => [...sc.up, ...sc.down]).join('\n') + '\n';
        const expected = JSON.stringify(await analyzeText([{ path: 'upload.log', data: Buffer.from(log) }]), null, 2) + '\n';
        const r = await api(s, token, '/api/v1/analyze', { method: 'POST', body: log, headers: { 'content-type': 'text/plain' } });
        assert.equal(r.status, 200);
        assert.equal(await r.text(), expected);
        const form = new FormData();
        form.append('files', new Blob([log]), 'upload.log');
        const m = await api(s, token, '/api/v1/analyze', { method: 'POST', body: form });
        assert.equal(m.status, 200);
        assert.equal(await m.text(), expected);
        assert.equal((await api(s, token, '/api/v1/analyze', { method: 'POST', body: '', headers: { 'content-type': 'text/plain' } })).status, 400);
      } finally {
        await s.close();
      }
    });

    void it('webhook: retries with back-off, then dead letters; syslog SESSION_STATUS notices', { timeout: TIMEOUT }, async (t) => {
      if (skip()) return t.skip('no PostgreSQL');
      let failing = 2;
      const hook = await receiver(() => (failing-- > 0 ? 500 : 200));
      const sys = dgram.createSocket('udp4');
      const notices: string[] = [];
      sys.on('message', (m) => notices.push(m.toString()));
      await new Promise<void>((r) => sys.bind(0, '127.0.0.1', () => r()));
      const s = await startServer(
        baseOptions(backend, {
          webhook: hook.url,
          webhookRetries: 3,
          webhookBackoffMs: 50,
          notifySyslog: { host: '127.0.0.1', port: sys.address().port },
        }),
      );
      const token = s.initialToken!;
      try {
        const ios = SCENARIOS.find((x) => x.dialect === 'cisco-ios')!;
        await sendTcp(s.ports.tcp!, octet(ios.up));
        const first = await waitFor('delivery after two failures', () => hook.bodies.length === 1 && (hook.bodies[0] as { type: string; to: string }));
        assert.equal(first.type, 'transition');
        assert.equal(first.to, 'up');
        await waitFor('syslog UP notice', () => notices.length === 1);
        assert.match(notices[0]!, /^<189>[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d \S+ ikescope: %CRYPTO-5-SESSION_STATUS: Crypto session is UP\. Peer 10\.6\.6\.1:500 fvrf=name10 ivrf=name20 Description: SJC24-2-VPN-Gateway Id: 10\.5\.5\.2$/);

        failing = 1000;
        await sendTcp(s.ports.tcp!, octet(ios.down));
        const dead = await waitFor('dead letter', async () => {
          const d = await json<{ id: number; attempts: number; payload: { type: string; to: string } }[]>(s, token, '/api/v1/dead-letters');
          return d.length ? d : undefined;
        });
        assert.equal(dead[0]!.payload.to, 'down');
        assert.equal(dead[0]!.attempts, 4);
        await waitFor('syslog DOWN notice', () => notices.some((n) => n.includes('Crypto session is DOWN')));
        // A dead letter can be sent again.
        failing = 0;
        assert.equal((await api(s, token, `/api/v1/dead-letters/${dead[0]!.id}/retry`, { method: 'POST' })).status, 202);
        await waitFor('redelivered', () => hook.bodies.length === 2);
        assert.equal((await json<unknown[]>(s, token, '/api/v1/dead-letters')).length, 0);
      } finally {
        await s.close();
        await hook.close();
        sys.close();
      }
    });

    void it('flapping is notified once per window, then settles', { timeout: TIMEOUT }, async (t) => {
      if (skip()) return t.skip('no PostgreSQL');
      const hook = await receiver(() => 200);
      const s = await startServer(baseOptions(backend, { webhook: hook.url, webhookBackoffMs: 50, flapThreshold: 3, flapWindowMs: 2500 }));
      const token = s.initialToken!;
      try {
        const ios = SCENARIOS.find((x) => x.dialect === 'cisco-ios')!;
        for (let i = 0; i < 4; i++)
          for (const l of [ios.up[0]!, ios.down[0]!]) {
            await sendTcp(s.ports.tcp!, octet([l]));
            const want = l.includes('is UP') ? 'established' : 'down';
            await waitFor('status', async () => (await rows(s, token))[0]?.status === want);
          }
        const types = () => hook.bodies.map((b) => (b as { type: string }).type);
        await waitFor('flapping notice', () => types().includes('flapping'));
        assert.equal(types().filter((x) => x === 'flapping').length, 1);
        assert.equal(types().filter((x) => x === 'transition').length, 3, types().join());
        const id = (await rows(s, token))[0]!.id;
        assert.equal((await json<{ flapping: boolean }>(s, token, `/api/v1/tunnels/${id}`)).flapping, true);
        await waitFor('settled notice', () => types().includes('settled'), 10_000);
        assert.equal((await json<{ flapping: boolean }>(s, token, `/api/v1/tunnels/${id}`)).flapping, false);
        const history = await json<{ history: { kind: string }[] }>(s, token, `/api/v1/tunnels/${id}`);
        assert.equal(history.history.filter((h) => h.kind === 'up' || h.kind === 'down').length, 8);
      } finally {
        await s.close();
        await hook.close();
      }
    });

    void it('follows a file through rename rotation and copytruncate', { timeout: TIMEOUT }, async (t) => {
      if (skip()) return t.skip('no PostgreSQL');
      const dir = tempDir();
      const file = join(dir, 'charon.log');
      writeFileSync(file, 'old line before the server started\n');
      const s = await startServer(baseOptions(backend, { follow: [file], udp: null, tcp: null }));
      const token = s.initialToken!;
      try {
        const [sw, , ios] = SCENARIOS;
        appendFileSync(file, sw!.up.join('\n') + '\n');
        await waitFor('strongSwan up', async () => (await rows(s, token, '?device=moon'))[0]?.status === 'established');
        renameSync(file, file + '.1');
        appendFileSync(file + '.1', sw!.down[0] + '\n'); // written to the old file after the rename
        writeFileSync(file, sw!.down[1] + '\n' + ios!.up.join('\n') + '\n');
        await waitFor('strongSwan down, IOS up', async () => {
          const r = await rows(s, token);
          return r.find((x) => x.device === 'moon')?.status === 'down' && r.find((x) => x.device === 'rtr1')?.status === 'established';
        });
        truncateSync(file, 0);
        await new Promise((r) => setTimeout(r, 400));
        appendFileSync(file, ios!.down.join('\n') + '\n');
        await waitFor('IOS down after copytruncate', async () => (await rows(s, token, '?device=rtr1'))[0]?.status === 'down');
        const src = (await json<{ source: string; received: number }[]>(s, token, '/api/v1/sources')).find((x) => x.source === `file/${file}`)!;
        assert.equal(src.received, sw!.up.length + sw!.down.length + ios!.up.length + ios!.down.length);
      } finally {
        await s.close();
      }
    });

    void it('server-sent events announce tunnel changes; metrics and every OpenAPI path answer', { timeout: TIMEOUT }, async (t) => {
      if (skip()) return t.skip('no PostgreSQL');
      const s = await startServer(baseOptions(backend));
      const token = s.initialToken!;
      const ac = new AbortController();
      try {
        const res = await api(s, token, '/api/v1/events/stream', { signal: ac.signal });
        assert.equal(res.status, 200);
        assert.match(res.headers.get('content-type') ?? '', /text\/event-stream/);
        let text = '';
        const body = res.body as unknown as AsyncIterable<Uint8Array>;
        const read = (async () => {
          for await (const value of body) {
            text += Buffer.from(value).toString();
            if (text.includes('event: tunnel')) return;
          }
        })();
        await sendUdp(s.ports.udp!, SCENARIOS[2]!.up);
        await Promise.race([read, new Promise((_, rej) => setTimeout(() => rej(new Error('no tunnel event')), 10_000))]);
        assert.match(text, /event: stats/);
        const data = /event: tunnel\ndata: (.*)\n/.exec(text);
        assert.equal((JSON.parse(data![1]!) as TunnelRow).device, 'rtr1');

        const metrics = await (await api(s, token, '/api/v1/metrics')).text();
        assert.match(metrics, /^ikescope_tunnels\{status="established"\} 1$/m);
        assert.match(metrics, /^ikescope_ingest_messages_total\{source="udp\/127\.0\.0\.1",transport="udp",result="received"\} 1$/m);
        assert.match(metrics, /^ikescope_tunnel_transitions_total\{kind="up"\} 1$/m);
        assert.match(metrics, /^ikescope_analysis_lag_seconds /m);

        const doc = await json<{ openapi: string; paths: Record<string, Record<string, unknown>> }>(s, token, '/api/v1/openapi.json');
        assert.equal(doc.openapi, '3.1.0');
        for (const [p, ops] of Object.entries(doc.paths)) {
          if (!('get' in ops) || p.includes('{') || p.includes('stream') || p === '/login' || p === '/logout') continue;
          const r = await api(s, token, p);
          assert.equal(r.status, 200, p);
        }
      } finally {
        ac.abort();
        await s.close();
      }
    });

    void it('retention removes old raw lines, never the tunnel state', { timeout: TIMEOUT }, async (t) => {
      if (skip()) return t.skip('no PostgreSQL');
      const s = await startServer(baseOptions(backend, { retainRawMs: 1500 }));
      const token = s.initialToken!;
      try {
        await sendTcp(s.ports.tcp!, octet(SCENARIOS[2]!.up));
        await waitFor('up', async () => (await rows(s, token))[0]?.status === 'established');
        await waitFor('pruned', async () => (await s.store.countLines()) === 0, 10_000);
        const r = await rows(s, token);
        assert.equal(r[0]?.status, 'established');
        assert.equal((await json<{ items: unknown[] }>(s, token, `/api/v1/tunnels/${r[0].id}/events`)).items.length, 0);
      } finally {
        await s.close();
      }
    });

    void it('a restart after kill -9 loses no acknowledged line and keeps the tunnel state', { timeout: 120_000 }, async (t) => {
      if (skip()) return t.skip('no PostgreSQL');
      const opts = baseOptions(backend);
      delete opts.log;
      const childJs = fileURLToPath(new URL('./testing/child.js', import.meta.url));
      const start = async (): Promise<{ child: ChildProcess; url: string; ports: RunningServer['ports']; token: string | null }> => {
        const child = spawn(process.execPath, [childJs, JSON.stringify(opts)], { stdio: ['ignore', 'pipe', 'inherit'] });
        const info = await new Promise<{ url: string; ports: RunningServer['ports']; token: string | null }>((resolve, reject) => {
          let buf = '';
          child.stdout.on('data', (d: Buffer) => {
            buf += d.toString();
            const nl = buf.indexOf('\n');
            if (nl >= 0) resolve(JSON.parse(buf.slice(0, nl)) as { url: string; ports: RunningServer['ports']; token: string | null });
          });
          child.once('exit', (c) => reject(new Error(`child exited ${c}`)));
        });
        return { child, ...info };
      };
      const kill9 = async (c: ChildProcess) => {
        c.kill('SIGKILL');
        if (c.exitCode === null && c.signalCode === null) await new Promise((r) => c.once('exit', r));
      };
      const a = await start();
      const token = a.token!;
      let b: Awaited<ReturnType<typeof start>> | undefined;
      try {
        const all = SCENARIOS.flatMap((sc) => sc.up);
        await sendTcp(a.ports.tcp!, octet(all));
        const ios = SCENARIOS.find((x) => x.dialect === 'cisco-ios')!;
        await sendTcp(a.ports.tcp!, octet(ios.down));
        await waitFor('state settled', async () => {
          const r = await rows(a as unknown as RunningServer, token);
          return r.length === SCENARIOS.length && r.filter((x) => x.status === 'established').length === SCENARIOS.length - 1;
        });
        await new Promise((r) => setTimeout(r, 300));
        const before = await rows(a as unknown as RunningServer, token);
        const id = before.find((x) => x.device === 'rtr1')!.id;
        const histBefore = await json<{ history: unknown[] }>(a, token, `/api/v1/tunnels/${id}`);
        // A last batch acknowledged just before the kill.
        const asa = SCENARIOS.find((x) => x.dialect === 'cisco-asa')!;
        await sendTcp(a.ports.tcp!, octet(asa.down));
        await kill9(a.child);

        b = await start();
        assert.equal(b.token, null, 'no second admin token');
        const after = await waitFor('state after restart', async () => {
          const r = await rows(b as unknown as RunningServer, token);
          return r.find((x) => x.device === 'asa1')?.status === 'down' ? r : undefined;
        });
        // Everything but the tunnel of the last batch is as it was.
        const strip = (r: TunnelRow[]) => r.filter((x) => x.device !== 'asa1');
        assert.deepEqual(strip(after), strip(before));
        const histAfter = await json<{ history: unknown[] }>(b, token, `/api/v1/tunnels/${id}`);
        assert.deepEqual(histAfter.history, histBefore.history);
        const sources = await json<{ source: string; received: number }[]>(b, token, '/api/v1/sources');
        assert.equal(sources.find((x) => x.source === 'tcp/127.0.0.1')!.received, all.length + ios.down.length + asa.down.length);

        // A clean restart keeps everything identical.
        const settled = await rows(b as unknown as RunningServer, token);
        await kill9(b.child);
        b = await start();
        const again = await waitFor('rows', async () => {
          const r = await rows(b as unknown as RunningServer, token);
          return r.length ? r : undefined;
        });
        assert.deepEqual(again, settled);
      } finally {
        if (a.child.exitCode === null) await kill9(a.child);
        if (b && b.child.exitCode === null) await kill9(b.child);
      }
    });
  });
}
