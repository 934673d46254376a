// Test helper: a stand-in for `ikescope serve` with the same HTTP API (/api/v1), serving
// web/dist, so the UI can be tested before and apart from the real server. Its data are made by
// the real analyzer (`analyzeText`) from lab scenarios and a seed, plus one tunnel whose every
// string is hostile. Listens on 127.0.0.1 only, on a port the OS picks.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFileSync, existsSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import { analyzeText } from '../../src/analyze.js';
import type { Report, ReportTunnel } from '../../src/report/build.js';

export const STUB_TOKEN = 'stub-token-0123456789';
/** A token that may only read: the stub refuses its writes with 403, like the real server. */
export const STUB_RO_TOKEN = 'stub-readonly-0123456789';
export const COOKIE = 'ikescope_session';
export const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'";

/** Strings a hostile peer or log could carry: markup, handlers, a script URL, quotes, bidi controls. */
export const HOSTILE = `<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">"'><svg onload="window.__pwned=3">\u202e`;

export interface Row {
  id: string;
  device: string;
  peer: string | null;
  name: string;
  description: string | null;
  status: string;
  ikeStatus: string;
  childStatus: string;
  lastChange: string;
  verdict: { code: string; title: string; severity: string } | null;
  attempts: number;
}

interface Entry {
  row: Row;
  tunnel: ReportTunnel;
  history: { time: string; state: string; reason: string | null }[];
  lines: { id: number; time: string; source: string; text: string; recognized: boolean }[];
}

/** A dead letter as GET /api/v1/dead-letters lists it (src/server/http.ts deadLetterView). */
export interface StubDeadLetter {
  id: number;
  createdAt: string;
  target: string;
  url: string | null;
  attempts: number;
  lastError: string | null;
  payload: unknown;
}

export interface Stub {
  url: string;
  entries: Map<string, Entry>;
  /** Dead letters, newest first (tests add and remove some). */
  deadLetters: StubDeadLetter[];
  /** Ids of dead letters a retry was accepted for. */
  retried: number[];
  /** Whether GET /dead-letters says the token's access (X-Ikescope-Access); off: the UI must learn it from a 403. */
  accessHeader: boolean;
  /** Send a `tunnel` event to every connected stream (and keep the row). */
  push(row: Row): void;
  /** Number of open event streams. */
  streams(): number;
  /** Requests seen, for assertions ("no request left the origin"). */
  requests: string[];
  close(): Promise<void>;
}

const SCENARIOS: { dir: string; files: string[]; device: string; description: string }[] = [
  { dir: 'v2-psk-sw-ls', files: ['left.log', 'right.log'], device: 'tokyo-gw1', description: 'Osaka branch (PSK)' },
  { dir: 'v2-ok-sw-sw', files: ['left.log', 'right.log'], device: 'tokyo-gw1', description: 'Data centre link' },
  { dir: 'v2-ike-dh-sw-sw', files: ['left.log', 'right.log'], device: 'nagoya-gw', description: 'Partner VPN' },
  { dir: 'v1-ike-hash-sw-sw', files: ['left.log', 'right.log'], device: 'nagoya-gw', description: 'Legacy IKEv1 site' },
  { dir: 'v2-unreach-drop500-ls-sw', files: ['left.log'], device: 'sapporo-gw', description: 'Backup link' },
  { dir: 'v2-noconn-sw-ls', files: ['right.log'], device: 'fukuoka-gw', description: 'New site, not yet configured' },
  { dir: 'v2-dpd-kill-sw-sw', files: ['left.log'], device: 'sapporo-gw', description: 'Cloud VPC' },
];

function saStates(t: ReportTunnel): { ike: string; child: string } {
  if (t.status === 'established') return { ike: 'up', child: 'up' };
  if (t.status === 'partial') return { ike: 'up', child: 'down' };
  if (t.status === 'failed') return { ike: t.attempts > 1 ? 'negotiating' : 'down', child: 'down' };
  if (t.status === 'down') return { ike: 'down', child: 'down' };
  return { ike: 'unknown', child: 'unknown' };
}

/** Every string field of a value replaced by a hostile one (keys and numbers kept). */
function poison<T>(v: T, tag: string): T {
  if (typeof v === 'string') return `${tag}${HOSTILE}` as T;
  if (Array.isArray(v)) return v.map((x: unknown) => poison(x, tag)) as T;
  if (v && typeof v === 'object') {
    const o: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) o[k] = k === 'event' || k === 'status' || k === 'severity' || k === 'phase' ? x : poison(x, tag);
    return o as T;
  }
  return v;
}

export async function buildData(root: string, lang: 'en' | 'ja' = 'en'): Promise<Map<string, Entry>> {
  const entries = new Map<string, Entry>();
  const now = Date.UTC(2026, 10, 24, 16, 30, 0);
  let n = 0;
  for (const s of SCENARIOS) {
    const dir = join(root, 'lab', 'corpus', s.dir);
    if (!existsSync(dir)) continue;
    const inputs = s.files.map((f) => ({ path: `${s.dir}/${f}`, data: readFileSync(join(dir, f)) }));
    const report = await analyzeText(inputs, { lang });
    const texts = new Map(inputs.map((i) => [i.path, i.data.toString('utf8').split('\n')]));
    for (const t of report.tunnels.slice(0, 2)) {
      n++;
      const id = `t${String(n).padStart(2, '0')}${s.dir.replace(/[^a-z0-9]/g, '').slice(0, 12)}`;
      const sa = saStates(t);
      const v = t.diagnoses[0];
      const row: Row = {
        id,
        device: s.device,
        peer: t.remote.address ?? t.remote.id ?? null,
        name: t.name,
        description: s.description,
        status: t.status,
        ikeStatus: sa.ike,
        childStatus: sa.child,
        lastChange: new Date(now - n * 7 * 60_000).toISOString(),
        verdict: v ? { code: v.code, title: v.title, severity: v.severity } : null,
        attempts: t.attempts,
      };
      const lines: Entry['lines'] = [];
      let lid = 1000 * n;
      for (const side of t.sides) {
        const text = texts.get(side) ?? [];
        text.slice(0, 120).forEach((line) => {
          if (line) lines.push({ id: ++lid, time: new Date(now - 3600_000 + lid * 10).toISOString(), source: side, text: line, recognized: true });
        });
      }
      const history = [
        { time: new Date(now - n * 7 * 60_000).toISOString(), state: t.status === 'established' ? 'up' : 'down', reason: v?.code ?? null },
        { time: new Date(now - n * 7 * 60_000 - 3600_000).toISOString(), state: 'up', reason: null },
      ];
      entries.set(id, { row, tunnel: t, history, lines: lines.reverse() });
    }
  }
  // The hostile tunnel: a real tunnel whose every string (name, ids, paths, evidence, fix ...) is an attack.
  const base = [...entries.values()][0];
  if (base) {
    const tunnel = poison(base.tunnel, 'x');
    tunnel.status = 'failed';
    const id = 'hostile';
    entries.set(id, {
      row: {
        ...base.row,
        id,
        name: `evil${HOSTILE}`,
        description: `desc${HOSTILE}`,
        device: `dev${HOSTILE}`,
        peer: `peer${HOSTILE}`,
        status: 'failed',
        verdict: { code: `CODE${HOSTILE}`, title: `title${HOSTILE}`, severity: 'error' },
      },
      tunnel,
      history: [{ time: new Date(now).toISOString(), state: `down${HOSTILE}`, reason: `reason${HOSTILE}` }],
      lines: [{ id: 1, time: new Date(now).toISOString(), source: `src${HOSTILE}`, text: `line${HOSTILE}`, recognized: false }],
    });
  }
  return entries;
}

/** Dead letters of the stub's tunnels: a down transition, a failure, and hostile ones. */
export function buildDeadLetters(entries: Map<string, Entry>): StubDeadLetter[] {
  const now = Date.UTC(2026, 10, 24, 16, 30, 0);
  const rows = [...entries.values()].map((e) => e.row);
  const failed = rows.find((r) => r.verdict?.code === 'PSK_MISMATCH') ?? rows[0];
  const other = rows.find((r) => r !== failed && r.id !== 'hostile' && r.status === 'failed' && r.verdict) ?? failed;
  const hostile = entries.get('hostile')?.row;
  const at = (min: number): string => new Date(now - min * 60_000).toISOString();
  const out: StubDeadLetter[] = [];
  if (failed)
    out.push({
      id: 4,
      createdAt: at(3),
      target: 'webhook',
      url: 'https://hooks.example.net/ikescope/…',
      attempts: 6,
      lastError: 'HTTP 500',
      payload: { type: 'transition', at: at(3), tunnel: failed, from: 'up', to: 'down', verdict: failed.verdict },
    });
  if (other)
    out.push({
      id: 3,
      createdAt: at(9),
      target: 'webhook',
      url: 'https://hooks.example.net/ikescope/…',
      attempts: 6,
      lastError: 'ECONNREFUSED',
      payload: { type: 'failure', at: at(9), tunnel: other, newFailure: true, verdict: other.verdict },
    });
  if (hostile)
    out.push({
      id: 2,
      createdAt: at(20),
      target: `webhook${HOSTILE}`,
      url: `javascript:window.__pwned=4//${HOSTILE}`,
      attempts: 6,
      lastError: `err${HOSTILE}`,
      payload: { type: 'failure', at: at(20), tunnel: { ...hostile, id: 'hostile' }, verdict: { code: `CODE${HOSTILE}`, title: HOSTILE, severity: 'error' } },
    });
  // A payload the server could not parse comes as its text.
  out.push({ id: 1, createdAt: at(30), target: 'webhook', url: null, attempts: 6, lastError: null, payload: `text${HOSTILE}` });
  return out;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.map': 'application/json',
  '.json': 'application/json',
};

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', 'Content-Security-Policy': CSP });
  res.end(JSON.stringify(body));
}

function cookieToken(req: IncomingMessage): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [k, v] = part.trim().split('=', 2);
    if (k === COOKIE) return v;
  }
  return undefined;
}

/** The access of the request's token (the Bearer header wins over the cookie, as in the real server). */
function access(req: IncomingMessage): 'read-write' | 'read-only' | undefined {
  const h = req.headers.authorization;
  const t = h?.startsWith('Bearer ') ? h.slice(7) : cookieToken(req);
  return t === STUB_TOKEN ? 'read-write' : t === STUB_RO_TOKEN ? 'read-only' : undefined;
}

async function body(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

export async function startStub(opts: { root: string; dist: string }): Promise<Stub> {
  const entries = await buildData(opts.root);
  // The real server answers in its own language; the stub also honours ?lang= to show both.
  const entriesJa = await buildData(opts.root, 'ja');
  const streams = new Set<ServerResponse>();
  const requests: string[] = [];
  const state = { deadLetters: buildDeadLetters(entries), retried: [] as number[], accessHeader: true };
  const lang = (u: URL): 'en' | 'ja' => (u.searchParams.get('lang') === 'ja' ? 'ja' : 'en');

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const u = new URL(req.url ?? '/', 'http://stub');
    requests.push(`${req.method} ${u.pathname}${u.search}`);
    if (u.pathname === '/login') {
      const t = u.searchParams.get('token');
      if (t !== STUB_TOKEN && t !== STUB_RO_TOKEN) return json(res, 401, { error: 'bad token' });
      res.writeHead(302, { Location: '/', 'Set-Cookie': `${COOKIE}=${t}; Path=/; HttpOnly; SameSite=Strict` });
      return void res.end();
    }
    if (u.pathname === '/healthz') return json(res, 200, { ok: true });
    if (u.pathname.startsWith('/api/v1/')) {
      const acc = access(req);
      if (!acc) return json(res, 401, { error: 'unauthorised' });
      if (acc === 'read-only' && req.method !== 'GET' && req.method !== 'HEAD') return json(res, 403, { error: 'forbidden', message: 'This token is read-only.' });
      const p = u.pathname.slice('/api/v1'.length);
      if (p === '/tunnels' && req.method === 'GET') {
        const st = u.searchParams.get('status');
        const dev = u.searchParams.get('device');
        const q = u.searchParams.get('q')?.toLowerCase();
        const rows = [...entries.values()]
          .map((e) => e.row)
          .filter((r) => (!st || r.status === st) && (!dev || r.device === dev) && (!q || JSON.stringify(r).toLowerCase().includes(q)));
        return json(res, 200, { tunnels: rows });
      }
      const m = /^\/tunnels\/([^/]+)(\/events)?$/.exec(p);
      if (m && req.method === 'GET') {
        const e = entries.get(decodeURIComponent(m[1]!));
        if (!e) return json(res, 404, { error: 'no such tunnel' });
        if (m[2]) {
          const limit = Math.min(500, Number(u.searchParams.get('limit') ?? 100));
          const before = u.searchParams.get('before');
          const list = e.lines.filter((l) => before === null || l.id < Number(before)).slice(0, limit);
          const last = list[list.length - 1];
          const more = last ? e.lines.some((l) => l.id < last.id) : false;
          return json(res, 200, { lines: list, next: more && last ? String(last.id) : null });
        }
        const ja = lang(u) === 'ja' ? entriesJa.get(e.row.id) : undefined;
        return json(res, 200, { ...e.row, tunnel: ja?.tunnel ?? e.tunnel, history: e.history });
      }
      if (p === '/events/stream') {
        res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
        res.write(': stub\n\n');
        res.write(`event: stats\ndata: ${JSON.stringify({ lines: 12345, tunnels: entries.size, sources: 3 })}\n\n`);
        streams.add(res);
        req.on('close', () => streams.delete(res));
        return;
      }
      if (p === '/analyze' && req.method === 'POST') {
        const buf = await body(req);
        const type = req.headers['content-type'] ?? '';
        let inputs: { path: string; data: Buffer }[];
        if (type.startsWith('multipart/form-data')) {
          const fd = await new Request('http://stub/', { method: 'POST', headers: { 'content-type': type }, body: new Uint8Array(buf) }).formData();
          inputs = [];
          for (const [, v] of fd.entries())
            if (typeof v !== 'string') inputs.push({ path: v.name || 'upload', data: Buffer.from(await v.arrayBuffer()) });
        } else inputs = [{ path: 'pasted.log', data: buf }];
        const report: Report = await analyzeText(inputs, { lang: lang(u) });
        return json(res, 200, report);
      }
      if (p === '/sources') return json(res, 200, { sources: [] });
      if (p === '/dead-letters' && req.method === 'GET') {
        const limit = Math.min(1000, Math.max(1, Number(u.searchParams.get('limit') ?? 100) || 100));
        if (state.accessHeader) res.setHeader('X-Ikescope-Access', acc);
        return json(res, 200, state.deadLetters.slice(0, limit));
      }
      const retry = /^\/dead-letters\/(\d+)\/retry$/.exec(p);
      if (retry && req.method === 'POST') {
        const id = Number(retry[1]);
        const i = state.deadLetters.findIndex((d) => d.id === id);
        if (i < 0) return json(res, 404, { error: 'not_found', message: 'No such dead letter.' });
        state.deadLetters.splice(i, 1);
        state.retried.push(id);
        return json(res, 202, { requeued: id });
      }
      return json(res, 404, { error: 'not found' });
    }
    // Static files of the UI.
    const rel = u.pathname === '/' ? 'index.html' : normalize(decodeURIComponent(u.pathname)).replace(/^[/\\]+/, '');
    const file = join(opts.dist, rel);
    if (!file.startsWith(opts.dist) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'Content-Type': 'text/plain', 'Content-Security-Policy': CSP });
      return void res.end('not found');
    }
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Content-Security-Policy': CSP,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
    });
    res.end(readFileSync(file));
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      if (!res.headersSent) json(res, 500, { error: String(e) });
      else res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    entries,
    get deadLetters() {
      return state.deadLetters;
    },
    set deadLetters(v: StubDeadLetter[]) {
      state.deadLetters = v;
    },
    retried: state.retried,
    get accessHeader() {
      return state.accessHeader;
    },
    set accessHeader(v: boolean) {
      state.accessHeader = v;
    },
    requests,
    streams: () => streams.size,
    push(row: Row): void {
      const e = entries.get(row.id);
      if (e) e.row = row;
      for (const s of streams) s.write(`event: tunnel\ndata: ${JSON.stringify(row)}\n\n`);
    },
    close: async (): Promise<void> => {
      for (const s of streams) s.end();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
