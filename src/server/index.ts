// `ikescope serve`: live tunnel monitoring from syslog. Wires the store, the live engine, the
// syslog listeners, the file followers, the notifiers and the HTTP API together.
//
// The CLI calls `runServe(values, lang)` (or `startServer(options)` directly); `serveCommandOptions`
// lists the options for commander.
import { serve } from '@hono/node-server';
import { existsSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hasMessage, t, useAllLangs, type Lang } from '../i18n/index.js';
import { AnalyzePool } from './analyze-upload.js';
import { TokenVerifier } from './auth.js';
import { createApp, SseHub } from './http.js';
import { FileFollower } from './ingest/follow.js';
import { listenStream, listenUdp, type Listener } from './ingest/network.js';
import { LiveEngine } from './live.js';
import { SyslogNotifier } from './notify/syslog.js';
import { WebhookWorker } from './notify/webhook.js';
import { DEFAULTS, OptionError, serveOptionsFromCli, type ServeCliValues, type ServeOptions } from './options.js';
import { openStore } from './store/index.js';
import type { Store } from './store/types.js';
import { hostPort } from '../config/shared/net.js';

export { serveCommandOptions, serveOptionsFromCli, OptionError, type ServeOptions, type ServeCliValues } from './options.js';

export interface RunningServer {
  /** Bound ports (0 or absent: that listener is off). */
  ports: { http: number; udp?: number; tcp?: number; tls?: number };
  /** http://host:port of the API and UI. */
  url: string;
  /** The admin token made at the first start (shown once), else undefined. */
  initialToken?: string;
  engine: LiveEngine;
  store: Store;
  /** Stop listening, commit what is pending, close the store. */
  close(): Promise<void>;
}

/** web/dist of the package (beside dist/), when the UI was built. */
function defaultStaticDir(): string | undefined {
  const here = dirname(fileURLToPath(import.meta.url));
  const dir = join(here, '..', '..', 'web', 'dist');
  return existsSync(dir) ? dir : undefined;
}

function logger(opts: ServeOptions, lang: Lang): (id: string, vars?: Record<string, string | number>) => void {
  const out = opts.log ?? ((line: string) => process.stderr.write(`ikescope: ${line}\n`));
  // A catalog that is not registered yet still shows what matters (the first token above all).
  return (id, vars) => out(hasMessage('en', id) ? t(lang, id, vars) : `${id} ${JSON.stringify(vars ?? {})}`);
}

const PRUNE_EVERY_MS = 60_000;
const PRUNE_BATCH = 20_000;

export async function startServer(opts: ServeOptions = {}): Promise<RunningServer> {
  // Requests ask for any language (`?lang=`, Accept-Language): every catalog is loaded.
  await useAllLangs();
  const lang: Lang = opts.lang ?? 'en';
  const log = logger(opts, lang);
  const store = await openStore({
    data: opts.data ?? DEFAULTS.data,
    ...(opts.db ? { db: opts.db } : {}),
    ...(opts.dbSchema ? { dbSchema: opts.dbSchema } : {}),
    sync: opts.sync ?? 'normal',
  });
  const closers: (() => Promise<void> | void)[] = [];
  try {
    const tokens = new TokenVerifier(store);
    await tokens.reload();
    let initialToken: string | undefined;
    if (tokens.count === 0) {
      const made = await tokens.add(false, 'admin');
      initialToken = made.token;
      log('server.log.firstToken', { token: made.token });
    }

    const engine = new LiveEngine(store, {
      lang,
      tickMs: opts.tickMs ?? DEFAULTS.tickMs,
      commitMs: opts.commitMs ?? DEFAULTS.commitMs,
      timelineCap: opts.timelineCap ?? DEFAULTS.timelineCap,
      flapWindowMs: opts.flapWindowMs ?? DEFAULTS.flapWindowMs,
      flapThreshold: opts.flapThreshold ?? DEFAULTS.flapThreshold,
      replayLines: opts.replayLines ?? DEFAULTS.replayLines,
      webhook: Boolean(opts.webhook),
      log,
    });
    await engine.start();
    closers.push(() => engine.close());

    let webhook: WebhookWorker | undefined;
    if (opts.webhook) {
      webhook = new WebhookWorker(store, {
        url: opts.webhook,
        retries: opts.webhookRetries ?? DEFAULTS.webhookRetries,
        backoffMs: opts.webhookBackoffMs ?? DEFAULTS.webhookBackoffMs,
        log,
      });
      webhook.start();
      const w = webhook;
      closers.unshift(() => w.stop());
    }
    let syslog: SyslogNotifier | undefined;
    if (opts.notifySyslog) {
      syslog = new SyslogNotifier(opts.notifySyslog);
      const s = syslog;
      closers.push(() => s.close());
    }
    engine.on('notice', (n, stored) => {
      if (n.type === 'transition' && n.to) syslog?.send(stored, n.to);
      webhook?.kick();
    });

    const hub = new SseHub();
    engine.on('tunnel', (row) => hub.send('tunnel', row));

    const maxBytes = opts.maxMessageBytes ?? DEFAULTS.maxMessageBytes;
    const maxConnections = opts.maxConnections ?? DEFAULTS.maxConnections;
    const listeners: Listener[] = [];
    const udpEp = opts.udp === undefined ? DEFAULTS.udp : opts.udp;
    const tcpEp = opts.tcp === undefined ? DEFAULTS.tcp : opts.tcp;
    // Listeners close before the engine commits its last batch.
    closers.unshift(async () => {
      await Promise.all(listeners.map((l) => l.close()));
    });
    if (udpEp) listeners.push(await listenUdp(engine, udpEp, maxBytes));
    if (tcpEp) listeners.push(await listenStream(engine, 'tcp', tcpEp, { maxBytes, maxConnections }));
    if (opts.tls) {
      if (!opts.tlsCert || !opts.tlsKey) throw new OptionError('server.err.tlsPair', {});
      listeners.push(
        await listenStream(engine, 'tls', opts.tls, { maxBytes, maxConnections, cert: readFileSync(opts.tlsCert), key: readFileSync(opts.tlsKey) }),
      );
    }

    const offsets = new Map((await store.loadOffsets()).map((o) => [o.path, { identity: o.identity, offset: o.offset }]));
    for (const path of opts.follow ?? []) {
      const f = new FileFollower(engine, path, { fromStart: opts.fromStart === true, maxBytes, pollMs: 250, offsets });
      f.start();
      closers.unshift(() => f.close());
    }

    const retain = opts.retainRawMs ?? DEFAULTS.retainRawMs;
    let pruning = false;
    const prune = async (): Promise<void> => {
      if (pruning) return;
      pruning = true;
      try {
        let total = 0;
        for (;;) {
          const n = await store.prune(Date.now() - retain, PRUNE_BATCH);
          total += n;
          if (n < PRUNE_BATCH) break;
          await new Promise((r) => setImmediate(r));
        }
        if (total) log('server.log.pruned', { lines: total });
      } catch (err) {
        log('server.log.pruneFailed', { reason: err instanceof Error ? err.message : String(err) });
      } finally {
        pruning = false;
      }
    };
    const pruneTimer = setInterval(() => void prune(), Math.min(PRUNE_EVERY_MS, Math.max(1000, retain / 4)));
    pruneTimer.unref();
    closers.unshift(() => clearInterval(pruneTimer));
    void prune();

    const startedAt = Date.now();
    const app = createApp(
      {
        engine,
        store,
        tokens,
        pool: new AnalyzePool(2),
        lang,
        maxUploadBytes: opts.maxUploadBytes ?? DEFAULTS.maxUploadBytes,
        ...(opts.staticDir !== undefined ? { staticDir: opts.staticDir } : defaultStaticDir() ? { staticDir: defaultStaticDir()! } : {}),
        ...(webhook ? { webhook } : {}),
        ...(opts.webhook ? { webhookUrl: opts.webhook } : {}),
        ...(syslog ? { syslog } : {}),
        startedAt,
      },
      hub,
    );
    const httpEp = opts.http ?? DEFAULTS.http;
    const server = await new Promise<Server>((resolve, reject) => {
      const s = serve({ fetch: app.fetch, port: httpEp.port, hostname: httpEp.host }, () => resolve(s)) as Server;
      s.once('error', reject);
    });
    closers.unshift(
      () =>
        new Promise<void>((r) => {
          hub.close();
          server.close(() => r());
          server.closeAllConnections();
        }),
    );
    const httpPort = (server.address() as AddressInfo).port;
    const ports: RunningServer['ports'] = { http: httpPort };
    for (const l of listeners) ports[l.transport as 'udp' | 'tcp' | 'tls'] = l.port;
    log('server.log.listening', {
      url: `http://${hostPort(httpEp.host, httpPort)}`,
      udp: ports.udp ?? '-',
      tcp: ports.tcp ?? '-',
      tls: ports.tls ?? '-',
      backend: store.backend,
    });

    let closed: Promise<void> | undefined;
    return {
      ports,
      url: `http://${hostPort(httpEp.host, httpPort)}`,
      ...(initialToken ? { initialToken } : {}),
      engine,
      store,
      close: () =>
        (closed ??= (async () => {
          for (const c of closers) await c();
          await store.close();
        })()),
    };
  } catch (err) {
    for (const c of closers) await Promise.resolve(c()).catch(() => undefined);
    await store.close().catch(() => undefined);
    throw err;
  }
}

/** `ikescope serve --add-token [--read-only] [--token-label X]`: make a token, print it once. */
export async function addToken(opts: ServeOptions, readOnly: boolean, label: string): Promise<string> {
  const store = await openStore({
    data: opts.data ?? DEFAULTS.data,
    ...(opts.db ? { db: opts.db } : {}),
    ...(opts.dbSchema ? { dbSchema: opts.dbSchema } : {}),
  });
  try {
    const tokens = new TokenVerifier(store);
    const made = await tokens.add(readOnly, label);
    return made.token;
  } finally {
    await store.close();
  }
}

/**
 * The whole `serve` subcommand for the CLI: options from commander, `--add-token`, signals.
 * Resolves with the exit status once the server has stopped (SIGINT/SIGTERM).
 */
export async function runServe(values: ServeCliValues, lang: Lang): Promise<number> {
  let opts: ServeOptions;
  try {
    opts = serveOptionsFromCli(values, lang);
  } catch (err) {
    if (err instanceof OptionError) {
      process.stderr.write(`ikescope: ${t(lang, err.id, err.vars)}\n`);
      return 2;
    }
    throw err;
  }
  if (values.addToken) {
    const token = await addToken(opts, values.readOnly === true, values.tokenLabel ?? (values.readOnly ? 'read-only' : ''));
    process.stderr.write(`ikescope: ${t(lang, values.readOnly ? 'server.log.addedReadOnlyToken' : 'server.log.addedToken')}\n`);
    process.stdout.write(token + '\n');
    return 0;
  }
  const running = await startServer(opts);
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await running.close();
  return 0;
}
