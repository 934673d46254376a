// Helpers shared by the cloud VPN dialects (AWS, Azure, Google Cloud) and SonicWall: a JSON object
// found inside a line (a whole record, or one cell of a CSV export), read defensively.
//
// Lines come from untrusted files: JSON.parse runs inside try, on at most MAX_JSON characters,
// and values are only ever read through `get`, which walks plain objects and never calls into the
// data. Nothing here throws.
import type { LogRecord } from '../../core/model.js';

/** Longest JSON text parsed (a VPN log record is a few hundred characters). */
export const MAX_JSON = 65536;
/** How far into a line the opening brace of the record may be (timestamps, stream names). */
export const JSON_SCAN = 400;

export type JsonObject = Record<string, unknown>;

function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Parse one JSON object; undefined when the text is not one, is too long, or is broken. */
export function parseObject(text: string): JsonObject | undefined {
  if (text.length > MAX_JSON || text.charCodeAt(0) !== 123 /* { */) return undefined;
  try {
    const v: unknown = JSON.parse(text);
    return isObject(v) ? v : undefined;
  } catch {
    return undefined;
  }
}

export interface FoundJson {
  obj: JsonObject;
  /** Text before the opening brace (a timestamp, a log stream name, a CSV cell). */
  before: string;
  /** Text after the closing brace (more CSV cells). */
  after: string;
}

/**
 * The JSON object in a line: `{...}` from the first brace within JSON_SCAN characters to the last
 * closing brace. A CSV export doubles the quotes inside a quoted cell (`"{""a"":1}"`); that form is
 * undone before parsing.
 */
export function findJson(line: string): FoundJson | undefined {
  const open = line.indexOf('{');
  if (open < 0 || open > JSON_SCAN) return undefined;
  const close = line.lastIndexOf('}');
  if (close <= open || close - open >= MAX_JSON) return undefined;
  let body = line.slice(open, close + 1);
  let obj = parseObject(body);
  if (!obj && body.includes('""')) {
    body = body.replace(/""/g, '"');
    obj = parseObject(body);
  }
  if (!obj) return undefined;
  return { obj, before: line.slice(0, open), after: line.slice(close + 1, close + 301) };
}

/** A value at a dotted path (`resource.labels.gateway_id`); keys are own properties only. */
export function get(obj: JsonObject, path: string): unknown {
  let cur: unknown = obj;
  for (const k of path.split('.')) {
    if (!isObject(cur) || !Object.prototype.hasOwnProperty.call(cur, k)) return undefined;
    cur = cur[k];
  }
  return cur;
}

/** The first of the paths holding a non-empty string (numbers are turned into strings). */
export function str(obj: JsonObject, ...paths: string[]): string | undefined {
  for (const p of paths) {
    const v = get(obj, p);
    if (typeof v === 'string' && v.length > 0) return v.length > 4096 ? v.slice(0, 4096) : v;
    if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  }
  return undefined;
}

/** A boolean written as true/false, "true"/"false" or "True"/"False". */
export function bool(v: unknown): boolean | undefined {
  if (typeof v === 'boolean') return v;
  if (typeof v === 'string') {
    const t = v.trim().toLowerCase();
    if (t === 'true') return true;
    if (t === 'false') return false;
  }
  return undefined;
}

/** The object under a key, when it is one. */
export function sub(obj: JsonObject, path: string): JsonObject | undefined {
  const v = get(obj, path);
  return isObject(v) ? v : undefined;
}

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(?:[.,](\d{1,9}))?\s?(Z|UTC|[+-]\d{2}:?\d{2})?$/;

/**
 * Epoch milliseconds of a timestamp: a number of seconds or milliseconds since 1970 (AWS
 * `event_timestamp` is either), or ISO 8601 text (`2025-11-08 05:40:29.641Z`, nanoseconds allowed).
 */
export function epochMs(v: unknown): number | undefined {
  if (typeof v === 'number' && Number.isFinite(v) && v > 0) return v < 1e11 ? Math.round(v * 1000) : Math.round(v);
  if (typeof v !== 'string') return undefined;
  const t = v.trim();
  if (/^\d{9,13}(?:\.\d{1,6})?$/.test(t)) return epochMs(Number(t));
  if (t.length > 40) return undefined;
  const m = ISO_RE.exec(t);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s, frac, zone] = m;
  const ms = frac ? Number(frac.slice(0, 3).padEnd(3, '0')) : 0;
  let time = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), ms);
  if (zone && zone !== 'Z' && zone !== 'UTC') {
    const sign = zone.startsWith('-') ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    time -= sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4))) * 60_000;
  }
  return Number.isFinite(time) ? time : undefined;
}

/**
 * A record whose envelope carried no time gets the time written inside the payload (AWS
 * `event_timestamp`, Azure `time`, Cloud Logging `timestamp`). The analyzer stamps events with
 * the record's time after the dialect has read it. Only called for records the dialect claims.
 */
export function fillTime(rec: LogRecord, ms: number | undefined): void {
  if (rec.time === undefined && ms !== undefined) rec.time = ms;
}

/** The file name without folders and extensions (a tunnel's name when the log names none). */
export function fileStem(path: string): string {
  const base = path.split(/[\\/]/).pop() ?? path;
  const stem = base.replace(/\.gz$/i, '').replace(/\.(?:log|txt|json|jsonl|ndjson|csv)$/i, '');
  return stem || base;
}
