// Options of `ikescope serve`: their defaults and the parsers of their value syntaxes
// (`7d`, `5m`, `64KiB`, `127.0.0.1:5514`, `[::1]:5514`). No regex: the values are short and
// scanned by hand so that nothing a user types can make a parser backtrack.
import type { Lang } from '../i18n/index.js';

export interface Endpoint {
  host: string;
  port: number;
}

export interface ServeOptions {
  /** Data directory of the embedded SQLite store (and nothing else). Default `./ikescope-data`. */
  data?: string;
  /** `postgres://...`: PostgreSQL instead of SQLite. */
  db?: string;
  /** PostgreSQL schema (tests isolate themselves in one). Default `public`. */
  dbSchema?: string;
  /** HTTP listener. Default 127.0.0.1:8600. */
  http?: Endpoint;
  /** Syslog listeners; `null` turns one off. Defaults: UDP and TCP on 127.0.0.1:5514, TLS off. */
  udp?: Endpoint | null;
  tcp?: Endpoint | null;
  tls?: Endpoint | null;
  tlsCert?: string;
  tlsKey?: string;
  /** Log files to follow (rotation by rename and by copytruncate survived). */
  follow?: string[];
  /** Read followed files from their start the first time (default: from their end, like `tail -F`). */
  fromStart?: boolean;
  /** Keep raw lines this long (ms). Default 7 days. */
  retainRawMs?: number;
  webhook?: string;
  webhookRetries?: number;
  /** First retry delay (ms); doubles with each retry. Default 1000. */
  webhookBackoffMs?: number;
  notifySyslog?: Endpoint;
  flapWindowMs?: number;
  /** More than this many up/down transitions within the window is flapping. Default 4. */
  flapThreshold?: number;
  maxMessageBytes?: number;
  maxUploadBytes?: number;
  maxConnections?: number;
  /** Re-diagnosis interval (ms). Default 250. */
  tickMs?: number;
  /** Batch commit interval (ms). Default 5. */
  commitMs?: number;
  /** SQLite `synchronous`: NORMAL survives a killed process, FULL also a power loss. */
  sync?: 'normal' | 'full';
  lang?: Lang;
  /** Web UI files served at `/` (default `web/dist` of the package when present). */
  staticDir?: string;
  /** Where log lines of the server go (default stderr). */
  log?: (line: string) => void;
  /** Timeline cap of the stored tunnel reports. Default 200. */
  timelineCap?: number;
  /** Lines replayed into the analyzer at start (to rebuild its memory). Default 500 000. */
  replayLines?: number;
}

export const DEFAULTS = {
  data: 'ikescope-data',
  http: { host: '127.0.0.1', port: 8600 },
  udp: { host: '127.0.0.1', port: 5514 },
  tcp: { host: '127.0.0.1', port: 5514 },
  tlsPort: 6514,
  retainRawMs: 7 * 86_400_000,
  webhookRetries: 5,
  webhookBackoffMs: 1000,
  flapWindowMs: 5 * 60_000,
  flapThreshold: 4,
  maxMessageBytes: 64 * 1024,
  maxUploadBytes: 50 * 1024 * 1024,
  maxConnections: 1000,
  tickMs: 250,
  commitMs: 5,
  timelineCap: 200,
  replayLines: 500_000,
} as const;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Leading decimal number of s (digits and one dot) and the index after it; NaN when none. */
function leadingNumber(s: string): { n: number; end: number } {
  let i = 0;
  let dot = false;
  while (i < s.length && i < 20) {
    const c = s.charCodeAt(i);
    if (isDigit(c)) i++;
    else if (c === 46 && !dot) {
      dot = true;
      i++;
    } else break;
  }
  return { n: i === 0 ? NaN : Number(s.slice(0, i)), end: i };
}

const DURATION_UNITS: Record<string, number> = {
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 7 * 86_400_000,
};

/** `250ms`, `30s`, `5m`, `12h`, `7d`, `2w`; a bare number is seconds. Undefined when malformed. */
export function parseDuration(v: string): number | undefined {
  const s = v.trim();
  const { n, end } = leadingNumber(s);
  if (!Number.isFinite(n)) return undefined;
  const unit = s.slice(end).trim().toLowerCase();
  if (unit === '') return Math.round(n * 1000);
  const mul = DURATION_UNITS[unit];
  return mul === undefined ? undefined : Math.round(n * mul);
}

const SIZE_UNITS: Record<string, number> = {
  b: 1,
  k: 1024,
  kb: 1000,
  kib: 1024,
  m: 1024 * 1024,
  mb: 1000 * 1000,
  mib: 1024 * 1024,
  g: 1024 ** 3,
  gb: 1000 ** 3,
  gib: 1024 ** 3,
};

/** `65536`, `64KiB`, `64k`, `50MB`, `50M`. Undefined when malformed. */
export function parseSize(v: string): number | undefined {
  const s = v.trim();
  const { n, end } = leadingNumber(s);
  if (!Number.isFinite(n)) return undefined;
  const unit = s.slice(end).trim().toLowerCase();
  if (unit === '') return Math.floor(n);
  const mul = SIZE_UNITS[unit];
  return mul === undefined ? undefined : Math.floor(n * mul);
}

/**
 * `host:port`, `[v6]:port`, `:port` (loopback) or `port` (loopback). Undefined when malformed.
 */
export function parseEndpoint(v: string, defaultHost = '127.0.0.1'): Endpoint | undefined {
  const s = v.trim();
  let host: string;
  let portText: string;
  if (s.startsWith('[')) {
    const close = s.indexOf(']');
    if (close < 0 || s.charCodeAt(close + 1) !== 58) return undefined;
    host = s.slice(1, close);
    portText = s.slice(close + 2);
  } else {
    const colon = s.lastIndexOf(':');
    if (colon < 0) {
      host = defaultHost;
      portText = s;
    } else {
      if (s.indexOf(':') !== colon) return undefined; // a bare IPv6 address needs brackets
      host = s.slice(0, colon) || defaultHost;
      portText = s.slice(colon + 1);
    }
  }
  if (portText.length === 0 || portText.length > 5) return undefined;
  for (let i = 0; i < portText.length; i++) if (!isDigit(portText.charCodeAt(i))) return undefined;
  const port = Number(portText);
  if (port > 65535 || host.length === 0 || host.length > 255) return undefined;
  return { host, port };
}

/** One option of the `serve` subcommand, for commander (`program.option(flags, t(lang, description), default)`). */
export interface ServeCommandOption {
  flags: string;
  /** Catalog id of the help text (src/i18n/<lang>/server.ts). */
  description: string;
  default?: string | boolean;
}

export const serveCommandOptions: readonly ServeCommandOption[] = [
  { flags: '--data <dir>', description: 'server.opt.data', default: DEFAULTS.data },
  { flags: '--db <url>', description: 'server.opt.db' },
  { flags: '--http <host:port>', description: 'server.opt.http', default: '127.0.0.1:8600' },
  { flags: '--udp <host:port>', description: 'server.opt.udp', default: '127.0.0.1:5514' },
  { flags: '--no-udp', description: 'server.opt.noUdp' },
  { flags: '--tcp <host:port>', description: 'server.opt.tcp', default: '127.0.0.1:5514' },
  { flags: '--no-tcp', description: 'server.opt.noTcp' },
  { flags: '--tls <host:port>', description: 'server.opt.tls', default: '127.0.0.1:6514' },
  { flags: '--tls-cert <file>', description: 'server.opt.tlsCert' },
  { flags: '--tls-key <file>', description: 'server.opt.tlsKey' },
  { flags: '--follow <files...>', description: 'server.opt.follow' },
  { flags: '--from-start', description: 'server.opt.fromStart' },
  { flags: '--retain-raw <duration>', description: 'server.opt.retainRaw', default: '7d' },
  { flags: '--webhook <url>', description: 'server.opt.webhook' },
  { flags: '--webhook-retries <n>', description: 'server.opt.webhookRetries', default: '5' },
  { flags: '--notify-syslog <host:port>', description: 'server.opt.notifySyslog' },
  { flags: '--flap-window <duration>', description: 'server.opt.flapWindow', default: '5m' },
  { flags: '--flap-threshold <n>', description: 'server.opt.flapThreshold', default: '4' },
  { flags: '--max-message <size>', description: 'server.opt.maxMessage', default: '64KiB' },
  { flags: '--max-upload <size>', description: 'server.opt.maxUpload', default: '50MiB' },
  { flags: '--max-connections <n>', description: 'server.opt.maxConnections', default: '1000' },
  { flags: '--sync <normal|full>', description: 'server.opt.sync', default: 'normal' },
  { flags: '--static <dir>', description: 'server.opt.static' },
  { flags: '-l, --lang <lang>', description: 'server.opt.lang' },
  { flags: '--add-token', description: 'server.opt.addToken' },
  { flags: '--read-only', description: 'server.opt.readOnly' },
  { flags: '--token-label <text>', description: 'server.opt.tokenLabel' },
];

/** What commander hands over for the options above (all strings as typed). */
export interface ServeCliValues {
  data?: string;
  db?: string;
  http?: string;
  udp?: string | false;
  tcp?: string | false;
  tls?: string;
  tlsCert?: string;
  tlsKey?: string;
  follow?: string[];
  fromStart?: boolean;
  retainRaw?: string;
  webhook?: string;
  webhookRetries?: string;
  notifySyslog?: string;
  flapWindow?: string;
  flapThreshold?: string;
  maxMessage?: string;
  maxUpload?: string;
  maxConnections?: string;
  sync?: string;
  static?: string;
  lang?: string;
  addToken?: boolean;
  readOnly?: boolean;
  tokenLabel?: string;
}

export class OptionError extends Error {
  constructor(
    readonly id: string,
    readonly vars: Record<string, string>,
  ) {
    super(id);
  }
}

function need<T>(v: T | undefined, option: string, value: string): T {
  if (v === undefined) throw new OptionError('server.err.badOption', { option, value });
  return v;
}

function count(v: string, option: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new OptionError('server.err.badOption', { option, value: v });
  return n;
}

/** Commander's values → ServeOptions (throws OptionError with a catalog id on a bad value). */
export function serveOptionsFromCli(v: ServeCliValues, lang: Lang): ServeOptions {
  const o: ServeOptions = { lang };
  if (v.data) o.data = v.data;
  if (v.db) o.db = v.db;
  if (v.http) o.http = need(parseEndpoint(v.http), '--http', v.http);
  o.udp = v.udp === false ? null : v.udp ? need(parseEndpoint(v.udp), '--udp', v.udp) : DEFAULTS.udp;
  o.tcp = v.tcp === false ? null : v.tcp ? need(parseEndpoint(v.tcp), '--tcp', v.tcp) : DEFAULTS.tcp;
  if (v.tlsCert || v.tlsKey) {
    if (!v.tlsCert || !v.tlsKey) throw new OptionError('server.err.tlsPair', {});
    o.tlsCert = v.tlsCert;
    o.tlsKey = v.tlsKey;
    o.tls = v.tls ? need(parseEndpoint(v.tls), '--tls', v.tls) : { host: '127.0.0.1', port: DEFAULTS.tlsPort };
  } else o.tls = null;
  if (v.follow?.length) o.follow = v.follow;
  if (v.fromStart) o.fromStart = true;
  if (v.retainRaw) o.retainRawMs = need(parseDuration(v.retainRaw), '--retain-raw', v.retainRaw);
  if (v.webhook) {
    if (!/^https?:\/\//i.test(v.webhook)) throw new OptionError('server.err.badOption', { option: '--webhook', value: v.webhook });
    o.webhook = v.webhook;
  }
  if (v.webhookRetries) o.webhookRetries = count(v.webhookRetries, '--webhook-retries');
  if (v.notifySyslog) o.notifySyslog = need(parseEndpoint(v.notifySyslog), '--notify-syslog', v.notifySyslog);
  if (v.flapWindow) o.flapWindowMs = need(parseDuration(v.flapWindow), '--flap-window', v.flapWindow);
  if (v.flapThreshold) o.flapThreshold = count(v.flapThreshold, '--flap-threshold');
  if (v.maxMessage) o.maxMessageBytes = need(parseSize(v.maxMessage), '--max-message', v.maxMessage);
  if (v.maxUpload) o.maxUploadBytes = need(parseSize(v.maxUpload), '--max-upload', v.maxUpload);
  if (v.maxConnections) o.maxConnections = count(v.maxConnections, '--max-connections');
  if (v.sync) {
    if (v.sync !== 'normal' && v.sync !== 'full') throw new OptionError('server.err.badOption', { option: '--sync', value: v.sync });
    o.sync = v.sync;
  }
  if (v.static) o.staticDir = v.static;
  return o;
}
