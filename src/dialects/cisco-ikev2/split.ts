// Splits one record of Cisco IKEv2 debug output into its debug messages.
//
// ASA/FTD print `IKEv2-PROTO-<n>:` and `IKEv2-PLAT-<n>:` (`debug crypto ikev2 protocol|platform`),
// IOS/IOS-XE print `IKEv2:`, `IKEv2-ERROR:`, `IKEv2-INTERNAL:`, `IKEv2-PAK:`. Many messages
// have no newline of their own: the ASA writes `...Exchange REQUESTIKEv2-PROTO-3: Next payload...`
// and `Construct Notify Payload: NAT_DETECTION_SOURCE_IPIKEv2-PROTO-5: ...`, and seed 000 renders a
// whole debug session into table cells, so dozens of messages share one physical line. A piece
// starts at each prefix; the text before the first prefix is a piece of its own (continuation
// lines such as `Initiator SPI : ...`, payload dumps, `Proposal 1: ...`).
//
// Everything here is indexOf/charCode scanning: no regex runs over the whole line.

export type Platform = 'asa' | 'ios';

export interface Piece {
  /** True when the piece starts with an `IKEv2...:` prefix (or inherits one, see `dangling`). */
  prefixed: boolean;
  /** `PROTO`, `PLAT`, `INTERNAL`, `ERROR`, `PAK` ...; '' for a bare `IKEv2:`. */
  facility?: string;
  level?: number;
  /** Which product family the prefix belongs to. */
  platform?: Platform;
  /** The SA handle key: ASA `(6)` → `6`, IOS `(SESSION ID = 31,SA ID = 1)` → `s31:1`. */
  handle?: string;
  /** IOS `(SA ID = 1)` without a session: resolved against the last session with that SA id. */
  saIdOnly?: string;
  /** Raw text after the prefix and the handle. */
  body: string;
}

export interface Prefix {
  facility: string;
  level?: number;
  platform?: Platform;
}

interface Boundary extends Prefix {
  start: number;
  end: number;
}

function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function platformOf(facility: string): Platform | undefined {
  if (facility === 'PROTO' || facility === 'PLAT') return 'asa';
  if (facility === '' || facility === 'ERROR' || facility === 'INTERNAL' || facility === 'PAK') return 'ios';
  return undefined;
}

/** The prefix that starts at `j` (which holds `IKEv2` or `IKE v2`), or undefined. */
function prefixAt(s: string, j: number, tokenLength: number): Boundary | undefined {
  let k = j + tokenLength;
  const c = s.charCodeAt(k);
  if (c === 58 /* : */) return { start: j, end: k + 1, facility: '', platform: 'ios' };
  if (c !== 45 /* - */) return undefined;
  k++;
  const f = k;
  while (k < s.length && k - f < 12 && isUpper(s.charCodeAt(k))) k++;
  if (k - f < 2) return undefined;
  const facility = s.slice(f, k);
  let level: number | undefined;
  if (s.charCodeAt(k) === 45) {
    k++;
    const d = k;
    while (k < s.length && k - d < 3 && isDigit(s.charCodeAt(k))) k++;
    if (k === d) return undefined;
    level = Number(s.slice(d, k));
  }
  if (s.charCodeAt(k) !== 58) return undefined;
  const b: Boundary = { start: j, end: k + 1, facility };
  if (level !== undefined) b.level = level;
  const p = platformOf(facility);
  if (p) b.platform = p;
  return b;
}

const TOKEN_A = 'IKEv2';
// Seed 000 also has `IKE v2-PROTO-5:` (a space crept into the rendered table).
const TOKEN_B = 'IKE v2';

/** All prefix positions of a message, in order. Linear: each token position is found once. */
function boundaries(s: string): Boundary[] {
  const out: Boundary[] = [];
  let nextA = s.indexOf(TOKEN_A);
  let nextB = s.indexOf(TOKEN_B);
  while (nextA >= 0 || nextB >= 0) {
    const useA = nextB < 0 || (nextA >= 0 && nextA < nextB);
    const j = useA ? nextA : nextB;
    const len = useA ? TOKEN_A.length : TOKEN_B.length;
    const b = prefixAt(s, j, len);
    if (b) out.push(b);
    if (useA) nextA = s.indexOf(TOKEN_A, j + len);
    else nextB = s.indexOf(TOKEN_B, j + len);
  }
  return out;
}

/** True when the message holds at least one IKEv2 debug prefix. */
export function hasDebugPrefix(s: string): boolean {
  let i = s.indexOf(TOKEN_A);
  while (i >= 0) {
    if (prefixAt(s, i, TOKEN_A.length)) return true;
    i = s.indexOf(TOKEN_A, i + TOKEN_A.length);
  }
  i = s.indexOf(TOKEN_B);
  while (i >= 0) {
    if (prefixAt(s, i, TOKEN_B.length)) return true;
    i = s.indexOf(TOKEN_B, i + TOKEN_B.length);
  }
  return false;
}

// Handles are read from a bounded slice, so these small regexes never see a long input.
const ASA_HANDLE = /^\((\d{1,9})\):?/;
const IOS_HANDLE = /^\((?:SESSION ID = (\d{1,9}),? ?)?(?:SA(?: ID)? = (\d{1,9}))?\):?/;

/** Takes an SA handle off the start of `text` (after leading blanks). */
export function takeHandle(text: string): { handle?: string; saIdOnly?: string; rest: string } {
  let i = 0;
  while (i < text.length && i < 16 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  if (text.charCodeAt(i) !== 40 /* ( */) return { rest: text };
  const head = text.slice(i, i + 64);
  const a = ASA_HANDLE.exec(head);
  if (a?.[1]) return { handle: a[1], rest: text.slice(i + a[0].length) };
  const o = IOS_HANDLE.exec(head);
  if (o && o[0].length > 2) {
    const sess = o[1];
    const said = o[2];
    const rest = text.slice(i + o[0].length);
    if (sess !== undefined) return { handle: `s${sess}:${said ?? '0'}`, rest };
    if (said !== undefined) return { saIdOnly: said, rest };
  }
  return { rest: text };
}

function makePiece(text: string, prefix: Prefix | undefined): Piece {
  const h = takeHandle(text);
  let rest = h.rest;
  // IOS errors print an empty first field: `IKEv2-ERROR:(SESSION ID = 1,SA ID = 1):: Failed ...`.
  if (rest.charCodeAt(0) === 58) rest = rest.slice(1);
  const p: Piece = { prefixed: prefix !== undefined, body: rest };
  if (prefix) {
    p.facility = prefix.facility;
    if (prefix.level !== undefined) p.level = prefix.level;
    if (prefix.platform) p.platform = prefix.platform;
  }
  if (h.handle !== undefined) p.handle = h.handle;
  if (h.saIdOnly !== undefined) p.saIdOnly = h.saIdOnly;
  return p;
}

function isBlank(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13 && c !== 10) return false;
  }
  return true;
}

export interface Split {
  pieces: Piece[];
  /**
   * The prefix of a last piece that had nothing after it (`IKEv2-PLAT-2:` alone, whose text the
   * ASA prints on the next line: `CONNECTION STATUS: UP... peer: ...`).
   */
  dangling?: Prefix & { handle?: string };
}

/**
 * Splits a message at its prefixes. `inherit` is the previous record's dangling prefix: it is
 * given to this record's leading text when that text does not start with a prefix of its own.
 */
export function splitPieces(message: string, inherit?: Prefix & { handle?: string }): Split {
  const bs = boundaries(message);
  const pieces: Piece[] = [];
  const firstStart = bs[0]?.start ?? message.length;
  const lead = message.slice(0, firstStart);
  if (!isBlank(lead)) {
    const p = makePiece(lead, inherit);
    if (inherit?.handle !== undefined && p.handle === undefined) p.handle = inherit.handle;
    pieces.push(p);
  }
  let dangling: Split['dangling'];
  for (let i = 0; i < bs.length; i++) {
    const b = bs[i]!;
    const end = bs[i + 1]?.start ?? message.length;
    const p = makePiece(message.slice(b.end, end), b);
    pieces.push(p);
    if (i === bs.length - 1 && isBlank(p.body)) {
      const d: Prefix & { handle?: string } = { facility: b.facility };
      if (b.level !== undefined) d.level = b.level;
      if (b.platform) d.platform = b.platform;
      if (p.handle !== undefined) d.handle = p.handle;
      dangling = d;
    }
  }
  return dangling ? { pieces, dangling } : { pieces };
}
