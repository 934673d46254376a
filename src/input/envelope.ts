// Takes a line's transport envelope off: the syslog header (RFC 3164, RFC 5424), journalctl's
// short formats, ISO 8601 prefixes and the stamps IKE daemons and appliances write into their own
// log files. What is left is the daemon's message, which the dialects read.
//
// This runs on every line of multi-gigabyte inputs, so it is a hand-written scanner over char
// codes: the first characters decide whether a line can carry an envelope at all, and no regex
// is involved (nothing can backtrack). It never throws and never changes `text`.
//
// Forms (see envelope.test.ts for one real line of each):
//   RFC 3164  `<34>Oct 11 22:14:15 mymachine su[123]: msg`  (PRI optional, `%e` day padding)
//   RFC 5424  `<165>1 2003-10-11T22:14:15.003Z host app procid msgid [sd] msg`
//   ISO 8601  `2024-03-01T10:00:00.123+09:00 host prog[pid]: msg` (rsyslog, journalctl short-iso)
//   PAN-OS    `2021-07-06 18:35:17.869 +0900  [DEBG]: ...` (ikemgr.log)
//   charon    `Nov 24 15:17:03 09[IKE] <conn|1> msg` (filelog with time_format = %b %e %T)
//   pluto     `Nov 24 15:17:03.123456: "conn" #1: msg` (Libreswan logfile, logtime=yes)
//   Openswan  `22:49:47 pluto[585] "abc" #4: msg` (time of day only, seed 003)
//   Cisco     `*Mar  1 00:03:45.123 UTC: %CRYPTO-...`, `000123: ...`, `Mar 01 2024 10:00:00: %ASA-...`
//   Sophos UTM `2023:05:17-10:11:12 utm pluto[1234]: msg` (Astaro log files and their syslog)
//   RouterOS  `10:11:12 ipsec,error msg`, `jan/02 10:11:12 ...`, `jan/02/2024 ...` (`/log print`),
//             `<134>May 17 10:11:12 MikroTik ipsec,error msg` (remote syslog: topics, no program)
//   key=value `date=2023-05-17 time=10:11:12 devname="FGT" ... eventtime=... tz="+0200"` (FortiOS,
//             FortiAnalyzer `logver=...`, Sophos Firewall `device="SFW" date=... device_name=...`):
//             the message is the whole record; the time and host come from its leading fields.
//
// A time of day with no date takes the date of the nearest dated line before it in the same file
// (RouterOS prints today's entries with the time only), moving on a day when the clock goes back;
// with no dated line before it, it stays a bare time of day (`timeOfDayOnly`).
import type { LogRecord, SourceLine } from '../core/model.js';

export interface EnvelopeContext {
  /** Year for `Mon DD` stamps. When unset it is inferred from `now`. */
  year?: number;
  /**
   * Reference time for the year inference: a month later than `now`'s month means the previous
   * year (a log read in January that starts in December). Default: the current time.
   */
  now?: Date;
  /**
   * Keep a running year across calls, so that a file crossing New Year (Dec → Jan, or Jan → Dec
   * when read newest-first) keeps counting. `createEnvelopeContext` turns it on; the state lives
   * in `lastYear` / `lastMonth`, one context per file.
   */
  trackYear?: boolean;
  lastYear?: number;
  lastMonth?: number;
  /**
   * With `trackYear`: epoch ms of the midnight (in the stamp's own clock) of the last line that had
   * a date, and the milliseconds of the day of the last stamped line. A time-of-day-only line takes
   * that date.
   */
  lastMidnight?: number;
  lastTod?: number;
}

/** A context for one file: year inference relative to `now`, with New Year wrap tracking. */
export function createEnvelopeContext(opts: { year?: number; now?: Date } = {}): EnvelopeContext {
  const ctx: EnvelopeContext = { trackYear: true };
  if (opts.year !== undefined) ctx.year = opts.year;
  if (opts.now !== undefined) ctx.now = opts.now;
  return ctx;
}

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
/** Largest distance between FortiOS `eventtime` (UTC) and `date`/`time` (local clock): UTC-12 .. UTC+14. */
const MAX_ZONE_MS = 26 * HOUR_MS;

// Scratch results of the scanners (single-threaded; each is set before it is read). One
// constant object rather than module-level `let`s, which cost a TDZ check on every access.
const st = {
  time: 0,
  timeOfDay: false,
  // Milliseconds of the day of the last `timeOfDay` read (the stamp's own clock).
  tod: 0,
  tagStart: 0,
  tagEnd: 0,
  tagPid: -1,
  tagColon: false,
  offsetEnd: 0,
  ciscoTimed: false,
  // A key=value record's leading fields (see kvRecord): time (NaN: none), device name span, and
  // the midnight / time of day of its local date and time (NaN: none).
  kvTime: NaN,
  kvHostA: -1,
  kvHostB: -1,
  kvMid: NaN,
  kvTod: 0,
  // Consecutive lines mostly repeat host and program: reuse the previous string, one allocation less.
  lastHost: '',
  lastProgram: '',
};

function hostName(s: string, a: number, b: number): string {
  const prev = st.lastHost;
  if (prev.length === b - a && s.startsWith(prev, a)) return prev;
  return (st.lastHost = s.slice(a, b));
}

function programName(s: string, a: number, b: number): string {
  const prev = st.lastProgram;
  if (prev.length === b - a && s.startsWith(prev, a)) return prev;
  return (st.lastProgram = s.slice(a, b));
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

function isLower(c: number): boolean {
  return c >= 97 && c <= 122;
}

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Two digits at i, or -1. */
function two(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  if (a < 0 || a > 9 || b < 0 || b > 9) return -1;
  return a * 10 + b;
}

/** Epoch ms of the start of a day, with the last day remembered (consecutive lines share it). */
const dayCache = { key: -1, ms: 0 };
function dayStart(y: number, m: number, d: number): number {
  const key = y * 512 + m * 32 + d;
  if (key !== dayCache.key) {
    dayCache.key = key;
    dayCache.ms = daysFromCivil(y, m, d) * DAY_MS;
  }
  return dayCache.ms;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const mp = m > 2 ? m - 3 : m + 9;
  const doy = Math.floor((153 * mp + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Month number (1-12) of a three-letter English abbreviation at i, or 0. */
function monthAt(s: string, i: number): number {
  return monthOf((s.charCodeAt(i) << 16) | (s.charCodeAt(i + 1) << 8) | s.charCodeAt(i + 2));
}

/** Month number of `jan` .. `dec` at i (RouterOS), or 0. */
function lowerMonthAt(s: string, i: number): number {
  return monthOf(((s.charCodeAt(i) - 32) << 16) | (s.charCodeAt(i + 1) << 8) | s.charCodeAt(i + 2));
}

function monthOf(key: number): number {
  switch (key) {
    case 0x4a616e:
      return 1; // Jan
    case 0x466562:
      return 2; // Feb
    case 0x4d6172:
      return 3; // Mar
    case 0x417072:
      return 4; // Apr
    case 0x4d6179:
      return 5; // May
    case 0x4a756e:
      return 6; // Jun
    case 0x4a756c:
      return 7; // Jul
    case 0x417567:
      return 8; // Aug
    case 0x536570:
      return 9; // Sep
    case 0x4f6374:
      return 10; // Oct
    case 0x4e6f76:
      return 11; // Nov
    case 0x446563:
      return 12; // Dec
    default:
      return 0;
  }
}

function isDayName(s: string, i: number): boolean {
  const key = (s.charCodeAt(i) << 16) | (s.charCodeAt(i + 1) << 8) | s.charCodeAt(i + 2);
  return (
    key === 0x4d6f6e || // Mon
    key === 0x547565 || // Tue
    key === 0x576564 || // Wed
    key === 0x546875 || // Thu
    key === 0x467269 || // Fri
    key === 0x536174 || // Sat
    key === 0x53756e // Sun
  );
}

function inferYear(month: number, ctx: EnvelopeContext): number {
  if (ctx.trackYear === true && ctx.lastYear !== undefined && ctx.lastMonth !== undefined) {
    let y = ctx.lastYear;
    const d = month - ctx.lastMonth;
    // More than half a year back means the log crossed New Year; forward, that it did so
    // while being read newest-first.
    if (d < -6) y++;
    else if (d > 6) y--;
    ctx.lastYear = y;
    ctx.lastMonth = month;
    return y;
  }
  let y: number;
  if (ctx.year !== undefined) y = ctx.year;
  else {
    const now = ctx.now ?? new Date();
    y = now.getUTCFullYear();
    if (month > now.getUTCMonth() + 1) y--;
  }
  if (ctx.trackYear === true) {
    ctx.lastYear = y;
    ctx.lastMonth = month;
  }
  return y;
}

/**
 * `HH:MM:SS[.frac]` at i. Returns the end index or -1; the milliseconds of the day go to
 * `st.time`.
 */
function timeOfDay(s: string, i: number, allowComma: boolean): number {
  const h = two(s, i);
  if (h < 0 || h > 23 || s.charCodeAt(i + 2) !== 58) return -1;
  const m = two(s, i + 3);
  if (m < 0 || m > 59 || s.charCodeAt(i + 5) !== 58) return -1;
  const sec = two(s, i + 6);
  if (sec < 0 || sec > 60) return -1;
  let j = i + 8;
  let ms = 0;
  const c = s.charCodeAt(j);
  if ((c === 46 || (allowComma && c === 44)) && isDigit(s.charCodeAt(j + 1))) {
    j++;
    let scale = 100;
    const stop = j + 9;
    while (j < stop && isDigit(s.charCodeAt(j))) {
      ms += (s.charCodeAt(j) - 48) * scale;
      scale /= 10;
      j++;
    }
    ms = Math.floor(ms);
  }
  st.time = st.tod = h * 3_600_000 + m * 60_000 + sec * 1000 + ms;
  return j;
}

/**
 * `Mmm dd HH:MM:SS[.frac]`, `Mmm  d ...`, `Mmm d ...` and Cisco's `Mmm dd YYYY HH:MM:SS` at i.
 * Returns the end index or -1 and sets `st.time` (epoch ms, UTC).
 */
function bsdStamp(s: string, i: number, ctx: EnvelopeContext): number {
  const month = monthAt(s, i);
  if (month === 0 || s.charCodeAt(i + 3) !== 32) return -1;
  let j = i + 4;
  if (s.charCodeAt(j) === 32) j++; // `%e` pads the day with a space
  let day = s.charCodeAt(j) - 48;
  if (day < 0 || day > 9) return -1;
  j++;
  const c = s.charCodeAt(j);
  if (isDigit(c)) {
    day = day * 10 + (c - 48);
    j++;
  }
  if (day < 1 || day > 31 || s.charCodeAt(j) !== 32) return -1;
  j++;
  let year = -1;
  if (isDigit(s.charCodeAt(j + 2)) && s.charCodeAt(j + 4) === 32) {
    const hi = two(s, j);
    const lo = two(s, j + 2);
    if (hi < 0 || lo < 0) return -1;
    year = hi * 100 + lo;
    j += 5;
  }
  const end = timeOfDay(s, j, false);
  if (end < 0) return -1;
  if (year < 0) year = inferYear(month, ctx);
  st.time += dayStart(year, month, day);
  st.timeOfDay = false;
  return end;
}

/** Numeric UTC offset `Z`, `+HH:MM`, `+HHMM`, `+HH` at i: minutes, or NaN when absent (end in st.offsetEnd). */
function utcOffset(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c === 90 /* Z */) {
    st.offsetEnd = i + 1;
    return 0;
  }
  if (c !== 43 && c !== 45) return NaN;
  const h = two(s, i + 1);
  if (h < 0 || h > 23) return NaN;
  let j = i + 3;
  let m = 0;
  if (s.charCodeAt(j) === 58) {
    m = two(s, j + 1);
    if (m < 0) return NaN;
    j += 3;
  } else {
    const mm = two(s, j);
    if (mm >= 0) {
      m = mm;
      j += 2;
    }
  }
  st.offsetEnd = j;
  const minutes = h * 60 + m;
  return c === 45 ? -minutes : minutes;
}

/**
 * `YYYY-MM-DD[T ]HH:MM:SS[.frac][offset]` (also `YYYY/MM/DD`) at i, with PAN-OS's offset after a
 * space (`18:35:17.869 +0900`). Returns the end index or -1 and sets `st.time`.
 */
function isoStamp(s: string, i: number): number {
  const y1 = two(s, i);
  const y2 = two(s, i + 2);
  const sep = s.charCodeAt(i + 4);
  if (y1 < 0 || y2 < 0 || (sep !== 45 && sep !== 47) || s.charCodeAt(i + 7) !== sep) return -1;
  const month = two(s, i + 5);
  const day = two(s, i + 8);
  if (month < 1 || month > 12 || day < 1 || day > 31) return -1;
  const t = s.charCodeAt(i + 10);
  if (t !== 84 && t !== 32) return -1;
  let j = timeOfDay(s, i + 11, true);
  if (j < 0) return -1;
  let off = utcOffset(s, j);
  if (!Number.isNaN(off)) j = st.offsetEnd;
  else if (s.charCodeAt(j) === 32) {
    const c = s.charCodeAt(j + 1);
    if (c === 43 || c === 45) {
      off = utcOffset(s, j + 1);
      const after = s.charCodeAt(st.offsetEnd);
      if (!Number.isNaN(off) && (after === 32 || st.offsetEnd >= s.length)) j = st.offsetEnd;
      else off = NaN;
    }
  }
  st.time += dayStart(y1 * 100 + y2, month, day);
  if (!Number.isNaN(off)) st.time -= off * 60_000;
  st.timeOfDay = false;
  return j;
}

/**
 * Sophos UTM (Astaro) `YYYY:MM:DD-HH:MM:SS` at i; month and day may have one digit
 * (`2016:1:29-06:09:59`). Returns the end index or -1 and sets `st.time`.
 */
function utmStamp(s: string, i: number): number {
  const y1 = two(s, i);
  const y2 = two(s, i + 2);
  if (y1 < 0 || y2 < 0 || s.charCodeAt(i + 4) !== 58) return -1;
  let j = i + 5;
  let month = s.charCodeAt(j) - 48;
  if (month < 0 || month > 9) return -1;
  j++;
  if (isDigit(s.charCodeAt(j))) month = month * 10 + s.charCodeAt(j++) - 48;
  if (month < 1 || month > 12 || s.charCodeAt(j) !== 58) return -1;
  j++;
  let day = s.charCodeAt(j) - 48;
  if (day < 0 || day > 9) return -1;
  j++;
  if (isDigit(s.charCodeAt(j))) day = day * 10 + s.charCodeAt(j++) - 48;
  if (day < 1 || day > 31 || s.charCodeAt(j) !== 45) return -1;
  const end = timeOfDay(s, j + 1, false);
  if (end < 0) return -1;
  st.time += dayStart(y1 * 100 + y2, month, day);
  st.timeOfDay = false;
  return end;
}

/**
 * RouterOS `/log print` dates at i: `jan/02 HH:MM:SS` (this year) and `jan/02/1970 HH:MM:SS`
 * (an earlier year). Returns the end index or -1 and sets `st.time`.
 */
function routerOsStamp(s: string, i: number, ctx: EnvelopeContext): number {
  const month = lowerMonthAt(s, i);
  if (month === 0 || s.charCodeAt(i + 3) !== 47) return -1;
  const day = two(s, i + 4);
  if (day < 1 || day > 31) return -1;
  let j = i + 6;
  let year = -1;
  if (s.charCodeAt(j) === 47) {
    const hi = two(s, j + 1);
    const lo = two(s, j + 3);
    if (hi < 0 || lo < 0) return -1;
    year = hi * 100 + lo;
    j += 5;
  }
  if (s.charCodeAt(j) !== 32) return -1;
  const end = timeOfDay(s, j + 1, false);
  if (end < 0) return -1;
  if (year < 0) year = inferYear(month, ctx);
  st.time += dayStart(year, month, day);
  st.timeOfDay = false;
  return end;
}

/**
 * After a stamp was read (st.time, st.tod, st.timeOfDay): remember its date, or give a time of
 * day the date of the last dated line. A clock more than an hour behind the previous line's means
 * the day changed (RouterOS prints older days dated and today's entries with the time only).
 */
function noteStamp(ctx: EnvelopeContext): void {
  if (!st.timeOfDay) {
    ctx.lastMidnight = st.time - st.tod;
    ctx.lastTod = st.tod;
    return;
  }
  let mid = ctx.lastMidnight;
  if (mid === undefined) return;
  if (st.tod + HOUR_MS < (ctx.lastTod ?? 0)) {
    mid += DAY_MS;
    ctx.lastMidnight = mid;
  }
  ctx.lastTod = st.tod;
  st.time = mid + st.tod;
  st.timeOfDay = false;
}

/**
 * RouterOS topics in s[i, e) (`ipsec,error`, `system,info,account`, optionally with a `:`): lower
 * case words joined by commas. A single word is accepted only when `single` and it is `ipsec`.
 */
function isTopics(s: string, i: number, e: number, single: boolean): boolean {
  let end = e;
  if (s.charCodeAt(end - 1) === 58) end--;
  if (end - i > 80) return false;
  let commas = 0;
  let word = 0;
  for (let k = i; k < end; k++) {
    const c = s.charCodeAt(k);
    if (c === 44) {
      if (word === 0) return false;
      commas++;
      word = 0;
    } else if (isLower(c) || isDigit(c) || c === 45) word++;
    else return false;
  }
  if (word === 0) return false;
  return commas > 0 || (single && end - i === 5 && s.startsWith('ipsec', i));
}

/** Does a key=value record start at i? `date=` (FortiOS, FortiMail), `logver=` (FortiAnalyzer), `device=` / `device_name=` (Sophos Firewall). */
function kvStart(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c === 100) {
    return (
      s.startsWith('date=', i) ||
      s.startsWith('devname=', i) ||
      s.startsWith('device=', i) ||
      s.startsWith('device_name=', i)
    );
  }
  return c === 108 && s.startsWith('logver=', i);
}

/** The key of s[a, b) is `name`? */
function keyIs(s: string, a: number, b: number, name: string): boolean {
  return b - a === name.length && s.startsWith(name, a);
}

/**
 * The leading fields of a key=value record at i (FortiOS Log Message Reference: `date`, `time`,
 * `devname`, `eventtime`, `tz`; FortiAnalyzer adds `logver` and `tz="UTC+2:00"`; Sophos Firewall
 * has `timezone` and `device_name`). Only the first 24 pairs are read: these fields lead the record.
 * Fills st.kvTime (NaN when none), st.kvHostA/B (-1 when none), st.kvMid/kvTod. False when the text
 * at i is not such a record.
 *
 * The time: `eventtime` (UTC; seconds in FortiOS 6.0, nanoseconds from 6.2, so scaled by its digit
 * count) when it lies within a day of `date`/`time`, else `date`/`time` shifted by `tz`/`timezone`
 * when numeric, else `date`/`time` as they are (like every stamp without an offset).
 */
function kvRecord(s: string, i: number): boolean {
  if (!kvStart(s, i)) return false;
  const n = s.length;
  let dateAt = -1;
  let timeAt = -1;
  let tzA = -1;
  let tzB = -1;
  let evA = -1;
  let evB = -1;
  let isoAt = -1;
  st.kvHostA = st.kvHostB = -1;
  let j = i;
  for (let pairs = 0; pairs < 24 && j < n; pairs++) {
    const k0 = j;
    while (j - k0 < 32) {
      const c = s.charCodeAt(j);
      if (!(isLower(c) || isDigit(c) || c === 95 || c === 45)) break;
      j++;
    }
    if (j === k0 || s.charCodeAt(j) !== 61) break;
    const k1 = j;
    j++;
    let a: number;
    let b: number;
    if (s.charCodeAt(j) === 34) {
      a = ++j;
      while (j < n) {
        const c = s.charCodeAt(j);
        if (c === 34) break;
        j += c === 92 ? 2 : 1;
      }
      b = Math.min(j, n);
      j++;
    } else {
      a = j;
      while (j < n && s.charCodeAt(j) !== 32) j++;
      b = j;
    }
    const len = k1 - k0;
    if (len === 4) {
      if (keyIs(s, k0, k1, 'date')) dateAt = a;
      else if (keyIs(s, k0, k1, 'time')) timeAt = a;
    } else if (len === 2 || len === 8) {
      if (keyIs(s, k0, k1, 'tz') || keyIs(s, k0, k1, 'timezone')) {
        tzA = a;
        tzB = b;
      }
    } else if (len === 9) {
      if (keyIs(s, k0, k1, 'eventtime')) {
        evA = a;
        evB = b;
      } else if (keyIs(s, k0, k1, 'timestamp')) isoAt = a;
    }
    if ((len === 7 || len === 11) && b > a && st.kvHostA < 0) {
      if (keyIs(s, k0, k1, 'devname') || keyIs(s, k0, k1, 'device_name')) {
        st.kvHostA = a;
        st.kvHostB = b;
      }
    }
    if (s.charCodeAt(j) !== 32) break;
    j = skipSpaces(s, j);
  }
  st.kvTime = NaN;
  st.kvMid = NaN;
  let local = NaN;
  if (dateAt >= 0 && timeAt >= 0) {
    const day = kvDate(s, dateAt);
    if (!Number.isNaN(day) && timeOfDay(s, timeAt, false) >= 0) {
      local = day + st.tod;
      const off = tzB > tzA ? tzMinutes(s, tzA, tzB) : NaN;
      st.kvMid = Number.isNaN(off) ? day : day - off * 60_000;
      st.kvTod = st.tod;
      st.kvTime = st.kvMid + st.tod;
    }
  } else if (isoAt >= 0 && isDigit(s.charCodeAt(isoAt)) && isoStamp(s, isoAt) >= 0) {
    // Sophos Firewall 19.5+: `timestamp="2023-05-17T10:11:12+0200"`
    st.kvTime = st.time;
    st.kvMid = st.time - st.tod;
    st.kvTod = st.tod;
  }
  if (evB - evA >= 10 && evB - evA <= 19) {
    const ev = epochMs(s, evA, evB);
    if (ev > 0 && (Number.isNaN(local) || Math.abs(ev - local) <= MAX_ZONE_MS)) st.kvTime = ev;
  }
  return !Number.isNaN(st.kvTime) || st.kvHostA >= 0;
}

/** Epoch ms of the day `YYYY-MM-DD` (or `YYYY/MM/DD`) at i followed by the end of the value, or NaN. */
function kvDate(s: string, i: number): number {
  const y1 = two(s, i);
  const y2 = two(s, i + 2);
  const sep = s.charCodeAt(i + 4);
  if (y1 < 0 || y2 < 0 || (sep !== 45 && sep !== 47) || s.charCodeAt(i + 7) !== sep) return NaN;
  const month = two(s, i + 5);
  const day = two(s, i + 8);
  if (month < 1 || month > 12 || day < 1 || day > 31) return NaN;
  return dayStart(y1 * 100 + y2, month, day);
}

/** A numeric zone `+0200`, `-05:00`, `-02`, `UTC+2:00`, `GMT-5` in s[a, b): minutes east of UTC, or NaN. */
function tzMinutes(s: string, a: number, b: number): number {
  let j = a;
  if (b - a > 3 && (s.startsWith('UTC', j) || s.startsWith('GMT', j))) j += 3;
  const sign = s.charCodeAt(j);
  if (sign !== 43 && sign !== 45) return NaN;
  j++;
  let h = 0;
  const h0 = j;
  while (j < b && j - h0 < 2 && isDigit(s.charCodeAt(j))) h = h * 10 + s.charCodeAt(j++) - 48;
  if (j === h0 || h > 14) return NaN;
  let m = 0;
  if (s.charCodeAt(j) === 58) j++;
  if (j < b) {
    m = two(s, j);
    if (m < 0 || m > 59) return NaN;
    j += 2;
  }
  if (j !== b) return NaN;
  const minutes = h * 60 + m;
  return sign === 45 ? -minutes : minutes;
}

/** An epoch of 10 to 19 digits in s[a, b) (seconds .. nanoseconds) as ms, or -1. */
function epochMs(s: string, a: number, b: number): number {
  let v = 0;
  for (let k = a; k < b; k++) {
    const d = s.charCodeAt(k) - 48;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  const digits = b - a;
  return digits >= 13 ? Math.floor(v / 10 ** (digits - 13)) : v * 10 ** (13 - digits);
}

/**
 * A syslog tag in s[i, e) (e: the next space or the end): `name`, `name[pid]`, each optionally
 * followed by `:`. Sets st.tagEnd (end of the name), st.tagPid, st.tagColon; false when the token
 * is not tag-shaped or has neither pid nor colon.
 */
function tagToken(s: string, i: number, e: number): boolean {
  let j = e - 1;
  let c = s.charCodeAt(j);
  let colon = false;
  if (c === 58) {
    colon = true;
    c = s.charCodeAt(--j);
  }
  let nameEnd = j + 1;
  let pid = -1;
  if (c === 93 /* ] */) {
    let v = 0;
    let scale = 1;
    let d = j - 1;
    while (d > i && d > j - 11 && isDigit(s.charCodeAt(d))) {
      v += (s.charCodeAt(d) - 48) * scale;
      scale *= 10;
      d--;
    }
    if (d === j - 1 || s.charCodeAt(d) !== 91 /* [ */) return false;
    pid = v;
    nameEnd = d;
  } else if (!colon) return false;
  if (nameEnd - i > 64 || nameEnd <= i) return false;
  const c0 = s.charCodeAt(i);
  if (!((c0 >= 65 && c0 <= 90) || (c0 >= 97 && c0 <= 122) || c0 === 95 || c0 === 47)) return false;
  for (let k = i + 1; k < nameEnd; k++) {
    const ch = s.charCodeAt(k);
    if (!(isAlnum(ch) || ch === 95 || ch === 45 || ch === 46 || ch === 47 || ch === 64)) return false;
  }
  st.tagEnd = nameEnd;
  st.tagPid = pid;
  st.tagColon = colon;
  return true;
}

/** charon's `09[IKE]` / `12[CFG1]` (thread and log group) at i, followed by a space or the end. */
function isCharonThread(s: string, i: number): boolean {
  let j = i;
  while (j - i < 3 && isDigit(s.charCodeAt(j))) j++;
  if (j === i || s.charCodeAt(j) !== 91) return false;
  j++;
  const g = j;
  while (j - g < 5 && isUpper(s.charCodeAt(j))) j++;
  if (j - g < 2) return false;
  if (isDigit(s.charCodeAt(j))) j++;
  if (s.charCodeAt(j) !== 93) return false;
  j++;
  return j >= s.length || s.charCodeAt(j) === 32;
}

/** Spaces and tabs (some syslog templates put a tab between header fields). */
function skipSpaces(s: string, i: number): number {
  for (;;) {
    const c = s.charCodeAt(i);
    if (c !== 32 && c !== 9) return i;
    i++;
  }
}

/** End of the header token at i: the next space or tab (`tab` is the first tab at or after i, or -1). */
function tokenEnd(s: string, i: number, tab: number): number {
  const sp = s.indexOf(' ', i);
  if (tab >= 0 && (sp < 0 || tab < sp)) return tab;
  return sp < 0 ? s.length : sp;
}

/**
 * Cisco: a sequence number `000123: ` and/or a stamp `*Mar  1 00:03:45.123 UTC: ` before a
 * `%FAC-SEV-MNEMONIC` message. Returns the index of the message, or -1. When a stamp was read,
 * `st.ciscoTimed` is true and `st.time` holds it.
 */
function ciscoPrefix(s: string, i: number, ctx: EnvelopeContext): number {
  st.ciscoTimed = false;
  let j = i;
  if (isDigit(s.charCodeAt(j))) {
    const d = j;
    while (j - d < 10 && isDigit(s.charCodeAt(j))) j++;
    if (s.charCodeAt(j) !== 58 || s.charCodeAt(j + 1) !== 32) return -1;
    j += 2;
  }
  const c = s.charCodeAt(j);
  if (c === 37 /* % */) return j > i ? j : -1;
  if (c === 42 || c === 46 || isUpper(c)) {
    const e = bsdStamp(s, c === 42 || c === 46 ? j + 1 : j, ctx);
    if (e >= 0) {
      let k = e;
      if (s.charCodeAt(k) === 32) {
        const z = timeZoneName(s, k + 1);
        if (z >= 0) k = z;
      }
      if (s.charCodeAt(k) === 58 && s.charCodeAt(k + 1) === 32) {
        st.ciscoTimed = true;
        return k + 2;
      }
    }
  }
  return -1;
}

/** A time zone abbreviation (`UTC`, `JST`, `CEST`) at i followed by `:`: index of the `:`, or -1. */
function timeZoneName(s: string, i: number): number {
  let j = i;
  while (j - i < 5 && isUpper(s.charCodeAt(j))) j++;
  return j - i >= 3 && s.charCodeAt(j) === 58 ? j : -1;
}

function plain(path: string, line: number, text: string): LogRecord {
  return { path, line, text, message: text };
}

/**
 * The envelope of one line. `path`/`line`/`text` are copied from `src`; `message` is what the
 * daemon wrote. Never throws.
 */
export function parseEnvelope(src: SourceLine, ctx: EnvelopeContext = {}): LogRecord {
  return parseEnvelopeLine(src.path, src.line, src.text, ctx);
}

/** Same as `parseEnvelope`, without building the SourceLine first (the input loop's hot path). */
export function parseEnvelopeLine(path: string, line: number, text: string, ctx: EnvelopeContext): LogRecord {
  try {
    return scan(path, line, text, ctx);
  } catch {
    return plain(path, line, text);
  }
}

function scan(path: string, line: number, s: string, ctx: EnvelopeContext): LogRecord {
  const n = s.length;
  if (n < 6) return plain(path, line, s);
  const c0 = s.charCodeAt(0);
  let i = 0;
  if (c0 === 60 /* < */) {
    // PRI: `<0>` .. `<191>`
    let j = 1;
    let pri = 0;
    while (j < 4 && isDigit(s.charCodeAt(j))) {
      pri = pri * 10 + s.charCodeAt(j) - 48;
      j++;
    }
    if (j === 1 || s.charCodeAt(j) !== 62 || pri > 191) return plain(path, line, s);
    i = j + 1;
    const v = s.charCodeAt(i);
    if (v >= 49 && v <= 57 && s.charCodeAt(i + 1) === 32) return rfc5424(path, line, s, i + 2, ctx);
  } else if (!(isDigit(c0) || isUpper(c0) || c0 === 42 || c0 === 46)) {
    // Lower case: only a key=value record (`date=`, `device=`, `logver=`) or RouterOS `jan/02`.
    if (!(c0 === 100 || c0 === 108 || (isLower(c0) && s.charCodeAt(3) === 47))) return plain(path, line, s);
  }
  const c = s.charCodeAt(i);
  let end = -1;
  let bare = false;
  if (isUpper(c)) {
    end = bsdStamp(s, i, ctx);
    if (end < 0 && isDayName(s, i) && s.charCodeAt(i + 3) === 32) {
      // journalctl short-full: `Fri 2024-03-01 10:00:00 UTC host ...`
      end = isoStamp(s, i + 4);
      if (end >= 0 && s.charCodeAt(end) === 32) {
        let k = end + 1;
        while (k - end <= 5 && isUpper(s.charCodeAt(k))) k++;
        if (k - end >= 4 && s.charCodeAt(k) === 32) end = k;
      }
    }
  } else if (isDigit(c)) {
    const c4 = s.charCodeAt(i + 4);
    if (c4 === 45 || c4 === 47) {
      end = isoStamp(s, i);
      bare = s.charCodeAt(i + 10) === 32; // RouterOS 7 `2024-01-02 10:11:12 ipsec,info ...`
    } else {
      if (c4 === 58) end = utmStamp(s, i);
      if (end >= 0) {
        // Sophos UTM
      } else if (s.charCodeAt(i + 2) === 58) {
        end = timeOfDay(s, i, false);
        st.timeOfDay = true;
        bare = true;
      } else {
        const m = ciscoPrefix(s, i, ctx);
        if (m >= 0) {
          if (st.ciscoTimed && ctx.trackYear === true) noteStamp(ctx);
          return withoutHost(path, line, s, m, st.ciscoTimed);
        }
      }
    }
  } else if (c === 42 || c === 46) {
    end = bsdStamp(s, i + 1, ctx);
  } else if (isLower(c)) {
    // FortiOS / Sophos Firewall key=value records, RouterOS `jan/02 10:11:12`
    if ((c === 100 || c === 108) && kvRecord(s, i))
      return kvMake(path, line, s, i, NaN, false, undefined, ctx);
    if (s.charCodeAt(i + 3) === 47) end = routerOsStamp(s, i, ctx);
    bare = true;
  }
  if (end < 0) {
    if (i > 0) return withoutHost(path, line, s, i, false); // PRI and a message with no header
    return plain(path, line, s);
  }
  if (ctx.trackYear === true) noteStamp(ctx);
  return afterStamp(path, line, s, end, ctx, bare);
}

/**
 * A key=value record read by kvRecord, its message starting at msgAt. Its own time wins over the
 * header's (`hdrTime`, NaN when none): a relay's header carries the time of reception, and
 * `eventtime` is exact. The host is the header's, else the record's device name.
 */
function kvMake(
  path: string,
  line: number,
  s: string,
  msgAt: number,
  hdrTime: number,
  hdrTod: boolean,
  hdrHost: string | undefined,
  ctx: EnvelopeContext,
): LogRecord {
  const message = msgAt === 0 ? s : s.slice(msgAt);
  const host = hdrHost ?? (st.kvHostA >= 0 ? hostName(s, st.kvHostA, st.kvHostB) : undefined);
  let time = st.kvTime;
  let tod = false;
  if (Number.isNaN(time)) {
    time = hdrTime;
    tod = hdrTod;
  } else if (ctx.trackYear === true && !Number.isNaN(st.kvMid)) {
    ctx.lastMidnight = st.kvMid;
    ctx.lastTod = st.kvTod;
  }
  if (Number.isNaN(time)) {
    if (host === undefined) return { path, line, text: s, message };
    return { path, line, text: s, message, host };
  }
  if (tod) return { path, line, text: s, message, time, timeOfDayOnly: true };
  if (host === undefined) return { path, line, text: s, message, time };
  return { path, line, text: s, message, time, host };
}

function withoutHost(path: string, line: number, s: string, msgAt: number, timed: boolean): LogRecord {
  const message = s.slice(msgAt);
  if (timed) return { path, line, text: s, message, time: st.time };
  return { path, line, text: s, message };
}

/**
 * The header after a stamp: host and tag, or a daemon's own tokens. `bare`: a stamp that devices
 * write into their own logs with no host after it (time of day, RouterOS dates, `YYYY-MM-DD HH:MM:SS`).
 */
function afterStamp(
  path: string,
  line: number,
  s: string,
  end: number,
  ctx: EnvelopeContext,
  bare: boolean,
): LogRecord {
  const n = s.length;
  const time = st.time;
  const tod = st.timeOfDay;
  let j = end;
  let c = s.charCodeAt(j);
  if (c === 32) {
    const k = timeZoneName(s, j + 1);
    if (k >= 0) {
      j = k;
      c = 58;
    }
  }
  if (c === 58 /* : */) {
    // Libreswan logtime=yes, Cisco `Mar  1 00:03:45.123 UTC: %...`, ASA `... 2024 10:00:00: %...`
    if (j + 1 < n && s.charCodeAt(j + 1) !== 32) return plain(path, line, s);
    return make(path, line, s, time, tod, undefined, undefined, -1, skipSpaces(s, j + 1));
  }
  if (j < n && c !== 32 && c !== 9) return plain(path, line, s);
  j = skipSpaces(s, j);
  if (j >= n) return make(path, line, s, time, tod, undefined, undefined, -1, n);
  const t0 = s.charCodeAt(j);
  if (isDigit(t0) && isCharonThread(s, j)) return make(path, line, s, time, tod, undefined, undefined, -1, j);
  if (!isAlnum(t0)) return make(path, line, s, time, tod, undefined, undefined, -1, j);
  const tab = s.indexOf('\t', j);
  // A tag right after the stamp: `pluto[585] "abc" #4: ...`, `charon[12]: ...`
  const te = tokenEnd(s, j, tab);
  // RouterOS topics after its own stamp: `10:11:12 ipsec,info DPD: ...` is no `host tag: ...`.
  if (bare && isLower(t0) && isTopics(s, j, te, false)) {
    return make(path, line, s, time, tod, undefined, undefined, -1, j);
  }
  if (tagToken(s, j, te)) {
    const msgAt = skipSpaces(s, te);
    // ASA `Apr 27 2020 02:03:03 dev01: %ASA-5-...`: a device name, not a program.
    if (st.tagPid < 0 && s.charCodeAt(msgAt) === 37) {
      return make(path, line, s, time, tod, programName(s, j, st.tagEnd), undefined, -1, msgAt);
    }
    return make(path, line, s, time, tod, undefined, programName(s, j, st.tagEnd), st.tagPid, msgAt);
  }
  // Otherwise the token is a host when something header-like follows it.
  if (te >= n) return make(path, line, s, time, tod, undefined, undefined, -1, j);
  const k = skipSpaces(s, te);
  if (k >= n) return make(path, line, s, time, tod, undefined, undefined, -1, j);
  const k0 = s.charCodeAt(k);
  const e2 = tokenEnd(s, k, tab < 0 || tab >= k ? tab : s.indexOf('\t', k));
  if (tagToken(s, k, e2)) {
    return make(
      path,
      line,
      s,
      time,
      tod,
      hostName(s, j, te),
      programName(s, k, st.tagEnd),
      st.tagPid,
      skipSpaces(s, e2),
    );
  }
  if (isLower(k0)) {
    // A key=value record after a header with no host (`<185>Jun  5 10:11:03 date=... time=...`)
    // or with one (`<189>May 17 10:11:12 fgt date=...`), RouterOS topics after a host
    // (`<134>May 17 10:11:12 MikroTik ipsec,error ...`).
    if ((t0 === 100 || t0 === 108) && kvRecord(s, j))
      return kvMake(path, line, s, j, time, tod, undefined, ctx);
    if ((k0 === 100 || k0 === 108) && kvRecord(s, k))
      return kvMake(path, line, s, k, time, tod, hostName(s, j, te), ctx);
    if (isTopics(s, k, e2, true)) return make(path, line, s, time, tod, hostName(s, j, te), undefined, -1, k);
  }
  if (k0 === 58 && e2 === k + 1) {
    // ASA with `logging device-id hostname`: `host : %ASA-...`
    return make(path, line, s, time, tod, hostName(s, j, te), undefined, -1, skipSpaces(s, e2));
  }
  if (k0 === 37 /* % */) return make(path, line, s, time, tod, hostName(s, j, te), undefined, -1, k);
  if (isDigit(k0) || k0 === 42 || k0 === 46 || isUpper(k0)) {
    const m = ciscoPrefix(s, k, ctx);
    if (m >= 0) return make(path, line, s, time, tod, hostName(s, j, te), undefined, -1, m);
  }
  return make(path, line, s, time, tod, undefined, undefined, -1, j);
}

/**
 * The record. Each combination of fields is one object literal, so that records share a few
 * hidden classes instead of growing property by property.
 */
function make(
  path: string,
  line: number,
  text: string,
  time: number,
  tod: boolean,
  host: string | undefined,
  program: string | undefined,
  pid: number,
  msgAt: number,
): LogRecord {
  const message = msgAt >= text.length ? '' : text.slice(msgAt);
  if (tod) {
    if (program === undefined) return { path, line, text, message, time, timeOfDayOnly: true };
    if (pid < 0) return { path, line, text, message, time, timeOfDayOnly: true, program };
    return { path, line, text, message, time, timeOfDayOnly: true, program, pid };
  }
  if (host !== undefined) {
    if (program === undefined) return { path, line, text, message, time, host };
    if (pid < 0) return { path, line, text, message, time, host, program };
    return { path, line, text, message, time, host, program, pid };
  }
  if (program === undefined) return { path, line, text, message, time };
  if (pid < 0) return { path, line, text, message, time, program };
  return { path, line, text, message, time, program, pid };
}

/**
 * RFC 5424 §6: HEADER = PRI VERSION SP TIMESTAMP SP HOSTNAME SP APP-NAME SP PROCID SP MSGID, then
 * SP STRUCTURED-DATA (`-` or SD-ELEMENTs), then optionally SP MSG, which may start with a BOM.
 */
function rfc5424(path: string, line: number, s: string, i: number, ctx: EnvelopeContext): LogRecord {
  const n = s.length;
  let time: number | undefined;
  let j: number;
  if (s.charCodeAt(i) === 45 /* - */) j = i + 1;
  else {
    j = isoStamp(s, i);
    if (j < 0) return withoutHost(path, line, s, i, false);
    time = st.time;
    if (ctx.trackYear === true) noteStamp(ctx);
  }
  const fields: string[] = [];
  for (let f = 0; f < 4; f++) {
    if (s.charCodeAt(j) !== 32) break;
    const from = j + 1;
    let e = from;
    while (e < n && s.charCodeAt(e) !== 32) e++;
    fields.push(s.slice(from, e));
    j = e;
  }
  let msgAt = n;
  if (fields.length === 4 && s.charCodeAt(j) === 32) {
    j++;
    const c = s.charCodeAt(j);
    if (c === 45 && (j + 1 >= n || s.charCodeAt(j + 1) === 32)) j++;
    else if (c === 91) {
      // Text that is not well-formed SD is the message (senders that omit the `-`).
      const e = structuredDataEnd(s, j);
      if (e >= 0 && (e >= n || s.charCodeAt(e) === 32)) j = e;
    }
    msgAt = j < n ? (s.charCodeAt(j) === 32 ? j + 1 : j) : n;
    if (s.charCodeAt(msgAt) === 0xfeff) msgAt++; // RFC 5424 §6.4: MSG may start with a BOM
  }
  const [host, app, procid] = fields;
  const r: LogRecord = { path, line, text: s, message: msgAt >= n ? '' : s.slice(msgAt) };
  if (time !== undefined) r.time = time;
  if (host !== undefined && host !== '-') r.host = host;
  if (app !== undefined && app !== '-') r.program = app;
  if (procid !== undefined && procid.length <= 10 && /^\d+$/.test(procid)) r.pid = Number(procid);
  const m0 = s.charCodeAt(msgAt);
  if ((m0 === 100 || m0 === 108) && kvRecord(s, msgAt)) {
    // A FortiOS record in a RFC 5424 envelope: its own time, its device name when HOSTNAME is nil.
    if (!Number.isNaN(st.kvTime)) r.time = st.kvTime;
    if (r.host === undefined && st.kvHostA >= 0) r.host = hostName(s, st.kvHostA, st.kvHostB);
  }
  return r;
}

/**
 * End of the SD-ELEMENTs at i (RFC 5424 §6.3: `[SD-ID *(SP PARAM-NAME="PARAM-VALUE")]`, names of
 * 1-32 printable characters other than `=`, SP, `]` and `"`; `\"`, `\\` and `\]` escapes in
 * values), or -1 when the text there is not well-formed.
 */
function structuredDataEnd(s: string, i: number): number {
  const n = s.length;
  let j = i;
  while (s.charCodeAt(j) === 91) {
    j = sdName(s, j + 1);
    if (j < 0) return -1;
    for (;;) {
      const c = s.charCodeAt(j);
      if (c === 93) {
        j++;
        break;
      }
      if (c !== 32) return -1;
      j = sdName(s, j + 1);
      if (j < 0 || s.charCodeAt(j) !== 61 || s.charCodeAt(j + 1) !== 34) return -1;
      j += 2;
      for (;;) {
        if (j >= n) return -1;
        const v = s.charCodeAt(j);
        if (v === 34) break;
        j += v === 92 ? 2 : 1;
      }
      j++;
    }
  }
  return j;
}

/** End of an SD-NAME at i, or -1. */
function sdName(s: string, i: number): number {
  let j = i;
  while (j - i < 32) {
    const c = s.charCodeAt(j);
    if (!(c > 32 && c < 127) || c === 61 || c === 93 || c === 34) break;
    j++;
  }
  return j > i ? j : -1;
}
