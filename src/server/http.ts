// The HTTP API (hono), under /api/v1; see openapi.ts for the contract. Every response carries
// the security headers; everything but /healthz needs a token (Bearer or the login cookie);
// read-only tokens may only read. Everything that comes from a log is untrusted: it leaves only
// as JSON (the UI escapes it) or as an escaped Prometheus label.
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { extname, resolve, sep } from 'node:path';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { deleteCookie, setCookie } from 'hono/cookie';
import { streamSSE, type SSEStreamingApi } from 'hono/streaming';
import { t, type Lang } from '../i18n/index.js';
import { escapeHtml } from '../render/html-tree.js';
import type { AnalyzePool, Upload } from './analyze-upload.js';
import type { TokenInfo, TokenVerifier } from './auth.js';
import type { LiveEngine } from './live.js';
import { renderMetrics } from './metrics.js';
import { OPENAPI } from './openapi.js';
import type { OutboxItem, Store, TunnelRow } from './store/types.js';
import type { WebhookWorker } from './notify/webhook.js';
import type { SyslogNotifier } from './notify/syslog.js';

export const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'";
export const COOKIE = 'ikescope_token';
const MAX_SSE_CLIENTS = 100;
const STATS_EVERY_MS = 5000;
const PING_EVERY_MS = 15_000;

export interface AppDeps {
  engine: LiveEngine;
  store: Store;
  tokens: TokenVerifier;
  pool: AnalyzePool;
  lang: Lang;
  maxUploadBytes: number;
  staticDir?: string;
  webhook?: WebhookWorker;
  /** The configured webhook URL: dead letters show it (redacted, see webhookTarget). */
  webhookUrl?: string;
  syslog?: SyslogNotifier;
  startedAt: number;
}

type Env = { Variables: { token: TokenInfo } };

interface SseClient {
  stream: SSEStreamingApi;
}

/** Server-sent events to every open /events/stream. */
export class SseHub {
  readonly clients = new Set<SseClient>();
  closed = false;
  send(event: string, data: unknown): void {
    const msg = { event, data: JSON.stringify(data) };
    for (const c of this.clients) c.stream.writeSSE(msg).catch(() => this.clients.delete(c));
  }
  close(): void {
    this.closed = true;
    for (const c of this.clients) c.stream.abort();
    this.clients.clear();
  }
}

function bearer(h: string | undefined): string | undefined {
  if (!h) return undefined;
  const s = h.trim();
  return s.length > 7 && s.slice(0, 7).toLowerCase() === 'bearer ' ? s.slice(7).trim() : undefined;
}

/** One cookie of a Cookie header (the first of that name). */
export function cookieValue(header: string | undefined, name: string): string | undefined {
  if (!header || header.length > 8192) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0 || part.slice(0, eq).trim() !== name) continue;
    const v = part.slice(eq + 1).trim();
    try {
      return decodeURIComponent(v.startsWith('"') && v.endsWith('"') && v.length >= 2 ? v.slice(1, -1) : v);
    } catch {
      return undefined;
    }
  }
  return undefined;
}

function intParam(v: string | undefined, def: number, min: number, max: number): number {
  if (v === undefined || v === '') return def;
  const n = Number(v);
  if (!Number.isInteger(n)) return def;
  return Math.min(max, Math.max(min, n));
}

function iso(ms: number): string | null {
  return ms > 0 ? new Date(ms).toISOString() : null;
}

const STATUSES = new Set(['established', 'partial', 'failed', 'down', 'unknown']);

export function filterRows(rows: Iterable<TunnelRow>, q: { status?: string; device?: string; q?: string }): TunnelRow[] {
  const statuses = q.status ? new Set(q.status.split(',').filter((s) => STATUSES.has(s))) : undefined;
  const needle = q.q ? q.q.slice(0, 200).toLowerCase() : undefined;
  const out: TunnelRow[] = [];
  for (const r of rows) {
    if (statuses && !statuses.has(r.status)) continue;
    if (q.device && r.device !== q.device) continue;
    if (needle) {
      const hay = [r.name, r.peer ?? '', r.device, r.description ?? '', r.verdict?.code ?? '', r.verdict?.title ?? ''].join('\n').toLowerCase();
      if (!hay.includes(needle)) continue;
    }
    out.push(r);
  }
  return out.sort((a, b) => a.device.localeCompare(b.device) || a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}

/**
 * Where a webhook goes, as read-only viewers may see it: scheme, host, port and the first path
 * segment. Chat webhooks (Slack, Teams, Discord) carry their secret in the rest of the path or in
 * the query, and user:password may sit in the authority: those never leave the server.
 */
export function webhookTarget(url: string | undefined): string | null {
  if (!url) return null;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  const segments = u.pathname.split('/').filter(Boolean);
  const first = segments[0] === undefined ? '' : `/${segments[0]}`;
  const hidden = segments.length > 1 || u.search !== '' || u.hash !== '';
  return `${u.origin}${first}${hidden ? '/…' : ''}`;
}

function deadLetterView(d: OutboxItem, webhookUrl: string | undefined): Record<string, unknown> {
  let payload: unknown = d.payload;
  try {
    payload = JSON.parse(d.payload);
  } catch {
    // kept as text
  }
  const url = d.target === 'webhook' ? webhookTarget(webhookUrl) : null;
  return { id: d.id, createdAt: iso(d.createdAt), target: d.target, url, attempts: d.attempts, lastError: d.lastError, payload };
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** A file of the static directory for a request path, or undefined (never outside the directory). */
function staticFile(root: string, path: string): string | undefined {
  let rel: string;
  try {
    rel = decodeURIComponent(path);
  } catch {
    return undefined;
  }
  if (rel.includes('\u0000')) return undefined;
  const full = resolve(root, '.' + (rel.endsWith('/') ? rel + 'index.html' : rel));
  if (full !== root && !full.startsWith(root + sep)) return undefined;
  try {
    const real = realpathSync(full);
    if (real !== root && !real.startsWith(root + sep)) return undefined;
    return statSync(real).isFile() ? real : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The sign-in page: plain HTML without scripts or styles (the CSP allows neither inline), all
 * text from the catalog. It shows nothing of the server's state; the form posts the token to
 * /login, which sets the session cookie.
 */
export function signInPage(lang: Lang, problem?: string): string {
  const m = (id: string) => escapeHtml(t(lang, id));
  return [
    '<!doctype html>',
    `<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<title>${m('server.login.title')}</title></head><body>`,
    `<main><h1>${m('server.login.title')}</h1>`,
    problem ? `<p role="alert">${escapeHtml(problem)}</p>` : '',
    `<p>${m('server.login.hint')}</p>`,
    '<form method="post" action="/login">',
    `<label for="token">${m('server.login.label')}</label> `,
    '<input id="token" name="token" type="password" autocomplete="current-password" required autofocus> ',
    `<button type="submit">${m('server.login.submit')}</button>`,
    '</form></main></body></html>',
  ].join('\n');
}

export function createApp(d: AppDeps, hub: SseHub): Hono<Env> {
  const app = new Hono<Env>();
  const { engine, store, tokens, lang } = d;
  const msg = (id: string, vars?: Record<string, string | number>) => t(lang, id, vars);
  const err = (_c: unknown, status: 400 | 401 | 403 | 404 | 413 | 415 | 503, code: string, id: string, vars?: Record<string, string | number>) =>
    new Response(JSON.stringify({ error: code, message: msg(id, vars) }), {
      status,
      headers: { 'Content-Type': 'application/json; charset=utf-8', ...(status === 401 ? { 'WWW-Authenticate': 'Bearer realm="ikescope"' } : {}) },
    });

  // Security headers on every response, errors and static files included.
  app.use('*', async (c, next) => {
    await next();
    const h = c.res.headers;
    h.set('Content-Security-Policy', CSP);
    h.set('X-Content-Type-Options', 'nosniff');
    h.set('X-Frame-Options', 'DENY');
    h.set('Referrer-Policy', 'no-referrer');
    h.set('Cross-Origin-Opener-Policy', 'same-origin');
    h.set('Cross-Origin-Resource-Policy', 'same-origin');
    if (!h.has('Cache-Control')) h.set('Cache-Control', 'no-store');
  });

  app.onError((e, c) => {
    engine.opts.log('server.log.httpError', { path: c.req.path.slice(0, 200), reason: e.message });
    return c.json({ error: 'internal', message: msg('server.http.internal') }, 500);
  });
  app.notFound((c) => err(c, 404, 'not_found', 'server.http.notFound'));

  const health = (c: Context) => c.json({ status: 'ok', backend: store.backend, uptimeSeconds: Math.round((Date.now() - d.startedAt) / 1000) });
  app.get('/healthz', health);
  app.get('/api/v1/healthz', health);

  /** A request that carries an Origin header names this server (cookies travel cross-site in old browsers). */
  const sameOrigin = (req: { header: (name: string) => string | undefined }) => {
    const origin = req.header('origin');
    const host = req.header('host');
    return !origin || !host || origin === `http://${host}` || origin === `https://${host}`;
  };
  const startSession = (c: Context<Env>, token: string): void =>
    setCookie(c, COOKIE, token, { httpOnly: true, sameSite: 'Strict', path: '/', secure: c.req.url.startsWith('https:') });

  /** A browser asking for a page without a session gets a sign-in form, not a JSON error. */
  const wantsPage = (req: { method: string; path: string; header: (name: string) => string | undefined }) =>
    req.method === 'GET' && !req.path.startsWith('/api/') && (req.header('accept') ?? '').includes('text/html');
  const signIn = (problem?: string) =>
    new Response(signInPage(lang, problem), {
      status: 401,
      headers: { 'Content-Type': 'text/html; charset=utf-8', 'WWW-Authenticate': 'Bearer realm="ikescope"' },
    });

  app.get('/login', async (c) => {
    const token = c.req.query('token');
    const info = await tokens.verify(token);
    if (!info || !token) {
      if (wantsPage(c.req)) return signIn(token ? msg('server.http.badToken') : undefined);
      return err(c, 401, 'unauthorized', 'server.http.badToken');
    }
    startSession(c, token);
    return c.redirect('/', 303);
  });
  // The sign-in form posts the token (it stays out of the address bar and the history).
  app.post('/login', async (c) => {
    if (!sameOrigin(c.req)) return err(c, 403, 'forbidden', 'server.http.crossOrigin');
    let token: string | undefined;
    try {
      const form = await c.req.parseBody();
      token = typeof form.token === 'string' ? form.token.trim() : undefined;
    } catch {
      token = undefined;
    }
    const info = await tokens.verify(token);
    if (!info || !token) return signIn(msg('server.http.badToken'));
    startSession(c, token);
    return c.redirect('/', 303);
  });
  app.get('/logout', (c) => {
    deleteCookie(c, COOKIE, { path: '/' });
    return c.redirect('/', 303);
  });

  // Authentication for everything else.
  app.use('*', async (c, next) => {
    const fromHeader = bearer(c.req.header('authorization'));
    const token = fromHeader ?? cookieValue(c.req.header('cookie'), COOKIE);
    const info = await tokens.verify(token);
    if (!info) return wantsPage(c.req) ? signIn() : err(c, 401, 'unauthorized', 'server.http.unauthorized');
    const m = c.req.method;
    const writes = m !== 'GET' && m !== 'HEAD' && m !== 'OPTIONS';
    if (writes && info.readOnly) return err(c, 403, 'forbidden', 'server.http.readOnly');
    // A cookie travels with cross-site requests in old browsers: writes by cookie must come from our own pages.
    if (writes && !fromHeader && !sameOrigin(c.req)) return err(c, 403, 'forbidden', 'server.http.crossOrigin');
    c.set('token', info);
    await next();
  });

  const api = new Hono<Env>();

  api.get('/tunnels', (c) => {
    const rows = filterRows(
      [...engine.tunnels.values()].map((x) => x.row),
      { status: c.req.query('status'), device: c.req.query('device'), q: c.req.query('q') },
    );
    return c.json(rows);
  });

  api.get('/tunnels/:id', async (c) => {
    const t = engine.tunnels.get(c.req.param('id'));
    if (!t) return err(c, 404, 'not_found', 'server.http.noTunnel');
    const history = await store.history(t.row.id, intParam(c.req.query('history'), 200, 1, 1000));
    return c.json({
      tunnel: t.row,
      report: engine.reportOf(t.row.id),
      history: history.map((h) => ({ at: iso(h.at), kind: h.kind, from: h.from, to: h.to, verdict: h.verdict })),
      lastFailure: t.lastFailure,
      session: t.context,
      flapping: t.flap.flapping,
    });
  });

  api.get('/tunnels/:id/events', async (c) => {
    const t = engine.tunnels.get(c.req.param('id'));
    if (!t) return err(c, 404, 'not_found', 'server.http.noTunnel');
    const limit = intParam(c.req.query('limit'), 100, 1, 1000);
    const beforeText = c.req.query('before');
    const before = beforeText ? intParam(beforeText, Number.MAX_SAFE_INTEGER, 0, Number.MAX_SAFE_INTEGER) : undefined;
    const rows = await store.linesOf(t.row.id, before, limit + 1);
    const items = rows.slice(0, limit).map((l) => ({
      id: l.id,
      receivedAt: iso(l.receivedAt),
      source: l.source,
      transport: l.transport,
      host: l.host,
      recognized: true,
      text: l.text,
    }));
    const last = items[items.length - 1];
    return c.json({ items, next: rows.length > limit && last ? last.id : null });
  });

  api.get('/events/stream', (c) => {
    if (hub.clients.size >= MAX_SSE_CLIENTS) return err(c, 503, 'busy', 'server.http.tooManyStreams');
    return streamSSE(c, async (stream) => {
      const client: SseClient = { stream };
      hub.clients.add(client);
      stream.onAbort(() => {
        hub.clients.delete(client);
      });
      await stream.writeSSE({ event: 'stats', data: JSON.stringify(statsOf(engine)) });
      let sinceStats = 0;
      while (!stream.aborted && !stream.closed && !hub.closed) {
        await stream.sleep(1000);
        sinceStats += 1000;
        if (sinceStats % PING_EVERY_MS === 0) await stream.write(': ping\n\n');
        if (sinceStats % STATS_EVERY_MS === 0) await stream.writeSSE({ event: 'stats', data: JSON.stringify(statsOf(engine)) });
      }
      hub.clients.delete(client);
    });
  });

  api.post(
    '/analyze',
    bodyLimit({ maxSize: d.maxUploadBytes, onError: (c) => err(c, 413, 'too_large', 'server.http.tooLarge', { max: d.maxUploadBytes }) }),
    async (c) => {
      if (d.pool.busy) {
        c.header('Retry-After', '5');
        return err(c, 503, 'busy', 'server.http.analyzeBusy');
      }
      const type = (c.req.header('content-type') ?? '').toLowerCase();
      const files: Upload[] = [];
      if (type.startsWith('multipart/form-data')) {
        const body = await c.req.parseBody({ all: true });
        let n = 0;
        for (const [field, v] of Object.entries(body)) {
          for (const x of Array.isArray(v) ? v : [v]) {
            n++;
            if (typeof x === 'string') files.push({ path: `${safeName(field)}-${n}.txt`, data: Buffer.from(x, 'utf8') });
            else files.push({ path: safeName(x.name || `upload-${n}.log`), data: Buffer.from(await x.arrayBuffer()) });
          }
        }
      } else if (type.startsWith('application/x-www-form-urlencoded')) {
        return err(c, 415, 'unsupported', 'server.http.unsupportedType');
      } else {
        files.push({ path: safeName(c.req.query('name') ?? 'upload.log'), data: Buffer.from(await c.req.arrayBuffer()) });
      }
      if (!files.length || files.every((f) => f.data.length === 0)) return err(c, 400, 'empty', 'server.http.emptyUpload');
      const json = await d.pool.run(files, lang);
      return c.body(json + '\n', 200, { 'Content-Type': 'application/json; charset=utf-8' });
    },
  );

  api.get('/sources', (c) =>
    c.json(
      [...engine.sources.values()]
        .map((s) => ({ ...s.counters, lastAt: iso(s.counters.lastAt) }))
        .sort((a, b) => a.source.localeCompare(b.source)),
    ),
  );

  api.get('/dead-letters', async (c) => {
    const list = await store.deadLetters(intParam(c.req.query('limit'), 100, 1, 1000));
    // The UI disables its Retry buttons for a token that may only read (the POST would get 403).
    c.header('X-Ikescope-Access', c.get('token').readOnly ? 'read-only' : 'read-write');
    return c.json(list.map((x) => deadLetterView(x, d.webhookUrl)));
  });

  api.post('/dead-letters/:id/retry', async (c) => {
    const id = Number(c.req.param('id'));
    if (!Number.isInteger(id) || !(await store.requeue(id, Date.now()))) return err(c, 404, 'not_found', 'server.http.noDeadLetter');
    d.webhook?.kick();
    return c.json({ requeued: id }, 202);
  });

  api.get('/tokens', (c) => c.json(tokens.list()));
  api.post('/tokens', async (c) => {
    let body: { readOnly?: unknown; label?: unknown } = {};
    try {
      body = await c.req.json<typeof body>();
    } catch {
      body = {};
    }
    const label = typeof body.label === 'string' ? body.label.slice(0, 100) : '';
    const made = await tokens.add(body.readOnly === true, label);
    return c.json({ ...made.info, token: made.token }, 201);
  });
  api.delete('/tokens/:id', async (c) => {
    const id = c.req.param('id');
    if (id === c.get('token').id) return err(c, 400, 'self', 'server.http.ownToken');
    return (await tokens.remove(id)) ? c.body(null, 204) : err(c, 404, 'not_found', 'server.http.noToken');
  });

  api.get('/openapi.json', (c) => c.json(OPENAPI));

  const metrics = async (c: Context) => {
    const dead = (await store.deadLetters(10_000)).length;
    const text = renderMetrics(engine, {
      webhookDelivered: d.webhook?.delivered ?? 0,
      webhookFailedAttempts: d.webhook?.failedAttempts ?? 0,
      deadLetters: dead,
      syslogSent: d.syslog?.sent ?? 0,
    });
    return c.body(text, 200, { 'Content-Type': 'text/plain; version=0.0.4; charset=utf-8' });
  };
  api.get('/metrics', metrics);
  app.get('/metrics', metrics);

  app.route('/api/v1', api);
  app.all('/api/*', (c) => err(c, 404, 'not_found', 'server.http.notFound'));

  // The web UI (built by the UI's own build into web/dist), behind the same authentication.
  const root = d.staticDir && existsSync(d.staticDir) ? realpathSync(d.staticDir) : undefined;
  if (root) {
    app.get('*', (c) => {
      const f = staticFile(root, c.req.path) ?? (extname(c.req.path) === '' ? staticFile(root, '/index.html') : undefined);
      if (!f) return err(c, 404, 'not_found', 'server.http.notFound');
      const type = CONTENT_TYPES[extname(f).toLowerCase()] ?? 'application/octet-stream';
      const cache = f.endsWith('.html') ? 'no-store' : 'private, max-age=300';
      return c.body(readFileSync(f), 200, { 'Content-Type': type, 'Cache-Control': cache });
    });
  }
  return app;
}

/** A file name from the network, made harmless as a report path (no directories, no controls). */
function safeName(s: string): string {
  let out = '';
  for (const ch of s.slice(0, 255)) {
    const c = ch.charCodeAt(0);
    out += c < 32 || c === 127 || ch === '/' || ch === '\\' ? '_' : ch;
  }
  return out || 'upload.log';
}

export function statsOf(engine: LiveEngine): Record<string, unknown> {
  const tunnels: Record<string, number> = { total: 0, established: 0, partial: 0, failed: 0, down: 0, unknown: 0 };
  for (const t of engine.tunnels.values()) {
    tunnels.total = (tunnels.total ?? 0) + 1;
    tunnels[t.row.status] = (tunnels[t.row.status] ?? 0) + 1;
  }
  let received = 0;
  let parsed = 0;
  let unrecognized = 0;
  let dropped = 0;
  for (const s of engine.sources.values()) {
    received += s.counters.received;
    parsed += s.counters.parsed;
    unrecognized += s.counters.unrecognized;
    dropped += s.counters.dropped;
  }
  return {
    at: new Date().toISOString(),
    tunnels,
    ingest: { received, parsed, unrecognized, dropped, sources: engine.sources.size },
    queue: engine.queueDepth,
    lagSeconds: engine.lagSeconds(),
    connections: engine.openConnections,
  };
}
