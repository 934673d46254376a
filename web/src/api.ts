// Client of the server's HTTP API (/api/v1). Authentication: the session cookie that
// `GET /login?token=` sets, plus `Authorization: Bearer` when a token was typed into the sign-in
// page in this tab. Response shapes are read tolerantly (a list may come bare or wrapped).
import type { Report, ReportTunnel } from '../../src/report/build.js';
import { lang } from './i18n.js';

export const API = '/api/v1';
const TOKEN_KEY = 'ikescope.token';

/** `up`, `down`, `negotiating` or `unknown` (read as any string: a newer server may say more). */
export type SaStatus = string;

export interface TunnelRow {
  id: string;
  device: string | null;
  peer: string | null;
  name: string;
  description: string | null;
  status: string;
  ikeStatus: SaStatus;
  childStatus: SaStatus;
  lastChange: string | number | null;
  verdict: { code: string; title: string; severity: string } | null;
  attempts: number;
}

export interface HistoryItem {
  time: string | number | null;
  state: string;
  reason: string | null;
}

export interface TunnelDetail {
  row: TunnelRow;
  tunnel: ReportTunnel | null;
  history: HistoryItem[];
}

export interface RawLine {
  id?: number;
  time?: string | number;
  source?: string;
  text: string;
  recognized?: boolean;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export function token(): string | null {
  try {
    return sessionStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}

export function setToken(t: string | null): void {
  try {
    if (t) sessionStorage.setItem(TOKEN_KEY, t);
    else sessionStorage.removeItem(TOKEN_KEY);
  } catch {
    // no storage: the cookie alone carries the session
  }
}

function headers(extra?: Record<string, string>): Record<string, string> {
  const h: Record<string, string> = { Accept: 'application/json', 'Accept-Language': lang(), ...extra };
  const t = token();
  if (t) h.Authorization = `Bearer ${t}`;
  return h;
}

async function request(path: string, init: RequestInit = {}): Promise<unknown> {
  return (await requestWithHeaders(path, init)).body;
}

async function requestWithHeaders(path: string, init: RequestInit = {}): Promise<{ body: unknown; headers: Headers }> {
  let res: Response;
  try {
    res = await fetch(API + path, {
      credentials: 'same-origin',
      ...init,
      headers: headers(init.headers as Record<string, string> | undefined),
    });
  } catch {
    throw new ApiError(0, 'network');
  }
  if (!res.ok) {
    let msg = `${res.status} ${res.statusText}`;
    try {
      const body = (await res.json()) as { error?: unknown; message?: unknown };
      const m = body.message ?? body.error;
      if (typeof m === 'string') msg = m;
    } catch {
      // not JSON
    }
    throw new ApiError(res.status, msg);
  }
  // Signed in (or no sign-in needed): live updates can start.
  if (!source) connectLive();
  return { body: await res.json(), headers: res.headers };
}

function withLang(path: string): string {
  return `${path}${path.includes('?') ? '&' : '?'}lang=${encodeURIComponent(lang())}`;
}

function listOf<T>(body: unknown, ...keys: string[]): T[] {
  if (Array.isArray(body)) return body as T[];
  if (body && typeof body === 'object')
    for (const k of keys) {
      const v = (body as Record<string, unknown>)[k];
      if (Array.isArray(v)) return v as T[];
    }
  return [];
}

export async function listTunnels(): Promise<TunnelRow[]> {
  return listOf<TunnelRow>(await request(withLang('/tunnels')), 'tunnels', 'items', 'rows');
}

function historyItem(x: Record<string, unknown>): HistoryItem {
  const time = (x.time ?? x.at ?? null) as string | number | null;
  const text = (v: unknown): string | null =>
    typeof v === 'string' || typeof v === 'number' ? String(v) : null;
  const state = text(x.state) ?? text(x.to) ?? text(x.kind) ?? '';
  const reason = text(x.reason) ?? text(x.verdict);
  return { time, state, reason };
}

export async function getTunnel(id: string): Promise<TunnelDetail> {
  const body = (await request(withLang(`/tunnels/${encodeURIComponent(id)}`))) as Record<string, unknown>;
  // The server answers { tunnel: <row>, report: <ReportTunnel>, history, ... }; older shapes put
  // the row under `row` and the report under `tunnel`.
  const hasReport = body.report !== undefined && body.report !== null && typeof body.report === 'object';
  const row = (
    body.row && typeof body.row === 'object'
      ? body.row
      : hasReport && body.tunnel && typeof body.tunnel === 'object'
        ? body.tunnel
        : body
  ) as TunnelRow;
  const tunnel = (hasReport ? body.report : (body.tunnel ?? null)) as ReportTunnel | null;
  const history = listOf<Record<string, unknown>>(body.history ?? []).map(historyItem);
  return { row, tunnel, history };
}

export interface RawPage {
  lines: RawLine[];
  /** Cursor of the next (older) page, when there is one. */
  next: string | null;
}

export async function tunnelLines(id: string, cursor: string | null, limit = 200): Promise<RawPage> {
  const q = new URLSearchParams({ limit: String(limit) });
  if (cursor !== null) {
    q.set('before', cursor);
    q.set('cursor', cursor);
  }
  const body = await request(`/tunnels/${encodeURIComponent(id)}/events?${q.toString()}`);
  const raw = listOf<RawLine | string>(body, 'lines', 'events', 'items');
  const lines: RawLine[] = raw.map((l) =>
    typeof l === 'string' ? { text: l } : { ...l, time: l.time ?? (l as { receivedAt?: number }).receivedAt },
  );
  let next: string | null = null;
  if (body && typeof body === 'object' && !Array.isArray(body)) {
    const b = body as Record<string, unknown>;
    const n = b.next ?? b.nextCursor ?? b.before ?? null;
    if ((typeof n === 'string' && n !== '') || typeof n === 'number') next = String(n);
  } else if (lines.length >= limit) {
    const ids = lines.map((l) => l.id).filter((x): x is number => typeof x === 'number');
    if (ids.length) next = String(Math.min(...ids));
  }
  return { lines, next };
}

/** POST /analyze: pasted text (text/plain) or files (multipart). */
export async function analyze(text: string, files: readonly File[]): Promise<Report> {
  let body: BodyInit;
  const extra: Record<string, string> = {};
  if (files.length) {
    const fd = new FormData();
    if (text.trim()) fd.append('file', new Blob([text], { type: 'text/plain' }), 'pasted.log');
    for (const f of files) fd.append('file', f, f.name);
    body = fd;
  } else {
    body = text;
    extra['Content-Type'] = 'text/plain; charset=utf-8';
  }
  return (await request(withLang('/analyze'), { method: 'POST', body, headers: extra })) as Report;
}

// ---- dead letters (notifications given up after the last retry) ----

/** A notification as the webhook receives it (src/server/live.ts Notice), read tolerantly. */
export interface NoticePayload {
  type?: string;
  at?: string;
  to?: string;
  tunnel?: { id?: string; name?: string; device?: string | null };
  verdict?: { code?: string } | null;
}

export interface DeadLetter {
  id: number;
  createdAt: string | number | null;
  /** `webhook` (the only queued target today). */
  target: string;
  /** Where it goes, redacted by the server; null when the server does not say. */
  url: string | null;
  attempts: number;
  lastError: string | null;
  /** The notice, or its text when the server could not parse it. */
  payload: NoticePayload | string | null;
}

export interface DeadLetterList {
  items: DeadLetter[];
  /** true: this token may only read (Retry would be refused); undefined: the server did not say. */
  readOnly: boolean | undefined;
}

/** The most the server lists at once (GET /dead-letters?limit= caps at 1000). */
export const DEAD_LETTER_LIMIT = 1000;

const countListeners = new Set<(n: number) => void>();

/** Hear the number of dead letters whenever a list is fetched (for the navigation badge). */
export function onDeadLetterCount(fn: (n: number) => void): () => void {
  countListeners.add(fn);
  return () => countListeners.delete(fn);
}

/** Tell the listeners a count the page knows without asking the server (after a retry). */
export function setDeadLetterCount(n: number): void {
  for (const fn of countListeners) fn(n);
}

function deadLetter(x: Record<string, unknown>): DeadLetter | null {
  const id = Number(x.id);
  if (!Number.isSafeInteger(id)) return null;
  const text = (v: unknown): string | null => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : null);
  const p = x.payload;
  return {
    id,
    createdAt: (typeof x.createdAt === 'string' || typeof x.createdAt === 'number' ? x.createdAt : null),
    target: text(x.target) ?? '',
    url: text(x.url),
    attempts: Number.isFinite(Number(x.attempts)) ? Number(x.attempts) : 0,
    lastError: text(x.lastError),
    payload: p && typeof p === 'object' && !Array.isArray(p) ? (p as NoticePayload) : text(p),
  };
}

export async function listDeadLetters(): Promise<DeadLetterList> {
  const { body, headers } = await requestWithHeaders(`/dead-letters?limit=${DEAD_LETTER_LIMIT}`);
  const items = listOf<Record<string, unknown>>(body, 'deadLetters', 'items')
    .map((x) => (x && typeof x === 'object' ? deadLetter(x) : null))
    .filter((x): x is DeadLetter => x !== null);
  const access = headers.get('X-Ikescope-Access');
  setDeadLetterCount(items.length);
  return { items, readOnly: access === 'read-only' ? true : access === 'read-write' ? false : undefined };
}

/** Queue a dead letter for delivery again (202); ApiError 403 for a read-only token, 404 when gone. */
export async function retryDeadLetter(id: number): Promise<void> {
  await request(`/dead-letters/${encodeURIComponent(String(id))}/retry`, { method: 'POST' });
}

/** Sign in: the server sets its cookie; the token is also kept for this tab's requests. */
export async function signIn(t: string): Promise<boolean> {
  setToken(t);
  try {
    await fetch(`/login?token=${encodeURIComponent(t)}`, { credentials: 'same-origin', redirect: 'follow' });
  } catch {
    // the Bearer header still works
  }
  try {
    await request('/tunnels?limit=1');
    return true;
  } catch (e) {
    if (e instanceof ApiError && (e.status === 401 || e.status === 403)) {
      setToken(null);
      return false;
    }
    throw e;
  }
}

// ---- live updates (server-sent events) ----

export type LiveState = 'idle' | 'connecting' | 'live' | 'offline';
type LiveListener = {
  tunnel?: (row: TunnelRow) => void;
  stats?: (s: Record<string, unknown>) => void;
  state?: (s: LiveState) => void;
};

const liveListeners = new Set<LiveListener>();
let source: EventSource | null = null;
let state: LiveState = 'idle';
let retry: ReturnType<typeof setTimeout> | undefined;
let lastStats: Record<string, unknown> | undefined;

function setState(s: LiveState): void {
  state = s;
  for (const l of liveListeners) l.state?.(s);
}

function parse(ev: MessageEvent): unknown {
  try {
    return JSON.parse(String(ev.data));
  } catch {
    return undefined;
  }
}

export function connectLive(): void {
  if (source) return;
  setState('connecting');
  const es = new EventSource(`${API}/events/stream`, { withCredentials: true });
  source = es;
  es.addEventListener('open', () => setState('live'));
  es.addEventListener('tunnel', (ev) => {
    const body = parse(ev);
    const row = (body && typeof body === 'object' && 'row' in body ? body.row : body) as
      TunnelRow | undefined;
    if (row && typeof row === 'object' && typeof row.id === 'string')
      for (const l of liveListeners) l.tunnel?.(row);
  });
  es.addEventListener('stats', (ev) => {
    const body = parse(ev);
    if (!body || typeof body !== 'object') return;
    lastStats = body as Record<string, unknown>;
    for (const l of liveListeners) l.stats?.(lastStats);
  });
  es.addEventListener('error', () => {
    if (es.readyState === EventSource.CLOSED) {
      // The browser gave up (an HTTP error such as 401): try again later ourselves.
      source = null;
      setState('offline');
      clearTimeout(retry);
      retry = setTimeout(connectLive, 5000);
    } else setState('connecting');
  });
}

export function onLive(l: LiveListener): () => void {
  liveListeners.add(l);
  l.state?.(state);
  if (lastStats) l.stats?.(lastStats);
  return () => liveListeners.delete(l);
}
