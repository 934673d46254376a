// The part of a charon line before the message text.
//
// charon's loggers (libcharon/bus/listeners/file_logger.c and sys_logger.c) write
//   [<time> ]<thread>[<group>[<level>]][ <<name>|<unique id>>] <message>
// `%.2d[%s]`: the thread number has at least two digits, the group is one of debug_names
// (libstrongswan/utils/debug.c), followed by the level digit when `log_level = yes`. With
// `ike_name = yes` the IKE SA's connection name and unique id follow in angle brackets: the file
// logger prints `<name|id>` or `<id>` when the SA has no config yet, the syslog logger the same.
// charon-systemd's journal logger sends the bare message (thread and group go into journal fields),
// and `swanctl --initiate` prints `[IKE] message` without a thread.
//
// The time format of a file log is free (strftime), and syslog forwarders (pfSense, OpenWrt, Sophos,
// Android logcat `I/charon:`) put their own headers in front, so the thread token is searched in the
// first characters of the message instead of at a fixed place.
import type { EventDraft, LogRecord } from '../../core/model.js';
import type { Prefixed } from '../../core/dialect.js';

/** debug_names (libstrongswan/utils/debug.c). */
export const GROUPS: ReadonlySet<string> = new Set([
  'DMN',
  'MGR',
  'IKE',
  'CHD',
  'JOB',
  'CFG',
  'KNL',
  'NET',
  'ASN',
  'ENC',
  'TNC',
  'IMC',
  'IMV',
  'PTS',
  'TLS',
  'APP',
  'ESP',
  'LIB',
]);

/** How far into a message the thread token may start (syslog and time headers in front of it). */
const SCAN_LIMIT = 240;

export interface ThreadToken {
  /** Index just after `] ` where the rest of the message starts. */
  end: number;
  thread?: number;
  group: string;
  level?: number;
}

const isDigit = (c: number) => c >= 48 && c <= 57;
const isUpper = (c: number) => c >= 65 && c <= 90;

/** Find `NN[GRP] ` (or `[GRP] ` at the very start) with plain character tests; O(SCAN_LIMIT). */
export function findThreadToken(msg: string): ThreadToken | undefined {
  const limit = Math.min(msg.length, SCAN_LIMIT);
  for (let i = msg.indexOf('['); i >= 0 && i < limit; i = msg.indexOf('[', i + 1)) {
    if (!isUpper(msg.charCodeAt(i + 1)) || !isUpper(msg.charCodeAt(i + 2)) || !isUpper(msg.charCodeAt(i + 3)))
      continue;
    let close = i + 4;
    let level: number | undefined;
    if (isDigit(msg.charCodeAt(close))) {
      level = msg.charCodeAt(close) - 48;
      close++;
    }
    if (msg.charCodeAt(close) !== 93 /* ] */ || msg.charCodeAt(close + 1) !== 32 /* space */) continue;
    const group = msg.slice(i + 1, i + 4);
    if (!GROUPS.has(group)) continue;
    let j = i;
    while (j > 0 && i - j < 5 && isDigit(msg.charCodeAt(j - 1))) j--;
    const digits = i - j;
    if (digits === 0) {
      if (i !== 0) continue; // `[IKE] ` only at the start (swanctl output)
      return { end: close + 2, group, ...(level !== undefined ? { level } : {}) };
    }
    if (digits < 2 || digits > 4) continue;
    return {
      end: close + 2,
      thread: Number(msg.slice(j, i)),
      group,
      ...(level !== undefined ? { level } : {}),
    };
  }
  return undefined;
}

/** Program names charon runs under (charon, charon-systemd, charon-nm, charon-cmd, charon-svc). */
export function isCharonProgram(program: string | undefined): boolean {
  return program !== undefined && program.startsWith('charon');
}

/**
 * `charon: ` / `charon[123]: ` / `charon-systemd[123]: ` inside an un-stripped syslog line; returns
 * the index after `: `.
 */
export function findProgramMarker(msg: string): number | undefined {
  const limit = Math.min(msg.length, SCAN_LIMIT);
  let i = msg.indexOf('charon');
  while (i >= 0 && i < limit) {
    const before = i === 0 ? 32 : msg.charCodeAt(i - 1);
    if (before === 32 || before === 47 /* / (Android I/charon) */) {
      let k = i + 6;
      while (k < limit && k - i < 20) {
        const c = msg.charCodeAt(k);
        if (c === 45 || (c >= 97 && c <= 122))
          k++; // -systemd, -nm
        else break;
      }
      if (msg.charCodeAt(k) === 91 /* [ */) {
        const close = msg.indexOf(']', k);
        if (close < 0 || close - k > 12) return undefined;
        k = close + 1;
      }
      if (msg.charCodeAt(k) === 58 /* : */ && msg.charCodeAt(k + 1) === 32) return k + 2;
    }
    i = msg.indexOf('charon', i + 1);
  }
  return undefined;
}

/** `<conn|12> `, `<12> `, `<conn> ` at the start of the message text. */
function takeIkeName(rest: string): { rest: string; conn?: string; sa?: string } {
  if (rest.charCodeAt(0) !== 60 /* < */) return { rest };
  const close = rest.indexOf('> ');
  if (close < 2 || close > 200) return { rest };
  const inner = rest.slice(1, close);
  const after = rest.slice(close + 2);
  const bar = inner.lastIndexOf('|');
  if (bar >= 0) {
    const id = inner.slice(bar + 1);
    const name = inner.slice(0, bar);
    if (/^\d{1,10}$/.test(id)) return { rest: after, ...(name ? { conn: name } : {}), sa: id };
    return { rest };
  }
  if (/^\d{1,10}$/.test(inner)) return { rest: after, sa: inner };
  if (/^[^\s<>]{1,128}$/.test(inner)) return { rest: after, conn: inner };
  return { rest };
}

/** Cheap test that a record may be charon's (no regex over the line). */
export function acceptsCharon(record: LogRecord): boolean {
  if (isCharonProgram(record.program)) return true;
  if (record.program === 'strongswan') return true;
  return findThreadToken(record.message) !== undefined || findProgramMarker(record.message) !== undefined;
}

export function charonPrefix(record: LogRecord): Prefixed | undefined {
  const msg = record.message;
  let start: number | undefined;
  const details: Record<string, string | number | boolean> = {};
  const tok = findThreadToken(msg);
  if (tok) {
    start = tok.end;
    if (tok.thread !== undefined) details.thread = tok.thread;
    details.subsystem = tok.group;
    if (tok.level !== undefined) details.logLevel = tok.level;
  } else {
    start = findProgramMarker(msg);
    if (start === undefined && isCharonProgram(record.program)) start = 0;
  }
  if (start === undefined) return undefined;
  const named = takeIkeName(msg.slice(start));
  const base: Partial<EventDraft> = { details };
  const vars: Record<string, string | number> = {};
  if (named.conn !== undefined) {
    base.conn = named.conn;
    vars.conn = named.conn;
  }
  if (named.sa !== undefined) {
    base.sa = named.sa;
    vars.sa = named.sa;
  }
  if (tok?.thread !== undefined) vars.thread = tok.thread;
  // Level-2 detail lines are indented (`  no acceptable X found`); the indent carries no meaning here.
  return { rest: named.rest.trim(), base, vars };
}
