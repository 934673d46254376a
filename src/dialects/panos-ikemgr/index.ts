// PAN-OS ikemgr.log. A record is
//   [time] [LEVEL]: { p1: p2}: message
// e.g. `2021-07-06 18:35:17.869 +0900  [DEBG]: {    9:     }: Compared: DB:Peer`, where the
// numbers are ikemgr's phase-1 and phase-2 negotiation contexts (the phase-2 one is empty for
// phase 1). Older releases print `[LEVEL]: file.c:line:function(): ctx:local[port] - remote[port]:spi:message`.
// Banner continuation lines (`====> Initiated SA: ... <====`) have no prefix at all.
//
// The time may already be gone (the envelope parser takes it off); prefix() accepts both.
// Stateful (see createParser): the phase-1 context is the SA key; per context the parser keeps
// the endpoints, the last `Compared: DB:Peer` block and the mismatches seen, so that the final
// "no suitable proposal found" / "failed to get valid proposal" names the parameter, and it
// splits physical lines that hold several records (seed 002 line `enctype = AES:AES2021-07-06 ...`).
import type { DialectParser, ParseResult, PatternDialectSpec, Prefixed } from '../../core/dialect.js';
import { definePatternDialect } from '../../core/dialect.js';
import type { Endpoint, EventDraft, LogRecord, ProposalParam } from '../../core/model.js';
import { ADDR, endpoint, paramOf, refineKeyLength } from '../panos/common.js';
import { IKEMGR_PATTERNS, bannerInfo, type BannerInfo } from './patterns.js';
import { RecentMap } from '../../core/recent.js';

const TIME = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(?:\.\d{1,6})?(?: ?(?:[+-]\d{2}:?\d{2}|Z))?\s{1,4}/;
const ZONE = /^[+-]\d{2}:?\d{2}\s{1,4}(?=\[)/;
const LEVEL = /^\[(?<lvl>[A-Z][A-Z_]{1,15})\]:\s?/;
const CTX = /^\{ {0,10}(?:(?<p1>\d{1,10}) {0,10})?: {0,10}(?:(?<p2>\d{1,10}) {0,10})?\}:\s?/;
const FUNC = /^[\w.-]{1,40}\.c:\d{1,6}:\w{1,60}\(\):\s?/;
const PAIR = new RegExp(
  String.raw`^(?:(?<n>\d{1,10}):)?(?<local>${ADDR})\[(?<lport>\d{1,5})\] - (?<remote>${ADDR})\[(?<rport>\d{1,5})\]:(?<spi>[^\s:]{1,40})[:\s]\s?`,
);
/** Where a second record starts inside one physical line. */
const EMBEDDED =
  /\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(?:\.\d{1,6})?(?: [+-]\d{4})?\s{1,4}\[[A-Z][A-Z_]{1,15}\]:/g;

function prefix(rec: LogRecord): Prefixed | undefined {
  // Pages copied from the web carry no-break spaces (seed 002); fold them first.
  let s = rec.message.replace(/^\uFEFF/, '').replace(/\u00A0/g, ' ');
  const t = TIME.exec(s);
  if (t) s = s.slice(t[0].length);
  else {
    // An envelope parser that took the date and time but left the UTC offset.
    const z = ZONE.exec(s);
    if (z) s = s.slice(z[0].length);
  }
  s = s.trimStart();
  const lv = LEVEL.exec(s);
  if (!lv) {
    const b = s.trimStart();
    return b.startsWith('====>') ? { rest: b.trimEnd(), base: {} } : undefined;
  }
  s = s.slice(lv[0].length);
  const vars: Record<string, string | number> = { level: lv.groups?.lvl ?? '' };
  const base: Partial<EventDraft> = {};
  let p1: string | undefined;
  let p2: string | undefined;
  const c = CTX.exec(s);
  if (c) {
    p1 = c.groups?.p1;
    p2 = c.groups?.p2;
    s = s.slice(c[0].length);
  } else {
    const f = FUNC.exec(s);
    if (f) s = s.slice(f[0].length);
  }
  const pr = PAIR.exec(s);
  if (pr?.groups) {
    const l = endpoint(pr.groups.local, pr.groups.lport);
    const r = endpoint(pr.groups.remote, pr.groups.rport);
    if (l) base.local = l;
    if (r) base.remote = r;
    p1 ??= pr.groups.n;
    s = s.slice(pr[0].length);
  }
  if (p1) {
    base.sa = `p1:${p1}`;
    vars.ctx = p1;
  } else if (p2) base.sa = `p2:${p2}`;
  if (p2) vars.p2 = p2;
  const rest = s.trim();
  if (!rest) return undefined;
  return { rest, base, vars };
}

const spec: PatternDialectSpec = {
  id: 'panos-ikemgr',
  name: 'PAN-OS ikemgr.log',
  vendor: 'Palo Alto Networks',
  fixFamily: 'panos',
  accepts: (r) => {
    const m = r.message;
    return (
      m.includes('====>') ||
      m.includes('[DEBG]') ||
      m.includes('[INFO]') ||
      m.includes('[PNTF]') ||
      m.includes('[PERR]') ||
      m.includes('[PWRN]') ||
      m.includes('[PROT]') ||
      m.includes('[NOTE]') ||
      m.includes('[PROTO_')
    );
  },
  prefix,
  patterns: IKEMGR_PATTERNS,
  ipsecHint: /\[(?:PERR|PNTF|PWRN|PROTO_ERR)\]:/,
};

interface Mismatch {
  param: ProposalParam;
  localValue: string;
  remoteValue: string;
  pfs?: boolean;
}

interface ContextState {
  local?: Endpoint;
  remote?: Endpoint;
  /** `Compared: DB:Peer` attributes: name → [ours, peer's]. */
  block?: Map<string, [string, string]>;
  /** Last `rejected ...` of phase 1 (printed only when no proposal matched). */
  rejected?: Mismatch;
  /** Last phase-2 comparison that failed (racoon prints them also for pairs tried before a match). */
  pending?: Mismatch;
  gateway?: string;
}

const MAX_CONTEXTS = 5000;
const BLOCK_ORDER = [
  'enctype',
  'encklen',
  'hashtype',
  'prf',
  'prftype',
  'authmethod',
  'dh_group',
  'dhgroup',
  'lifetime',
  'lifebyte',
];

/** The first attribute of a Compared block whose two values differ (lifetimes last: racoon may accept those). */
function blockMismatch(block: Map<string, [string, string]> | undefined): Mismatch | undefined {
  if (!block) return undefined;
  for (const attr of BLOCK_ORDER) {
    const v = block.get(attr);
    if (!v) continue;
    const [ours, peers] = v;
    if (ours.toLowerCase() === peers.toLowerCase()) continue;
    const p = paramOf(attr);
    if (p) return { param: refineKeyLength(p, ours, peers), localValue: ours, remoteValue: peers };
  }
  return undefined;
}

function splitRecords(rec: LogRecord): LogRecord[] {
  const m = rec.message;
  if (m.length < 40 || !m.includes('[', 30)) return [rec];
  const cuts: number[] = [];
  EMBEDDED.lastIndex = 1;
  for (let x = EMBEDDED.exec(m); x; x = EMBEDDED.exec(m)) {
    if (x.index > 0) cuts.push(x.index);
    if (cuts.length > 64) break;
  }
  EMBEDDED.lastIndex = 0;
  if (!cuts.length) return [rec];
  const parts: LogRecord[] = [];
  let from = 0;
  for (const c of [...cuts, m.length]) {
    parts.push({ ...rec, message: m.slice(from, c) });
    from = c;
  }
  return parts;
}

function createParser(inner: DialectParser): DialectParser {
  const contexts = new RecentMap<string, ContextState>(MAX_CONTEXTS);
  let current: string | undefined;
  let banner: BannerInfo | undefined;

  const ctxOf = (sa: string): ContextState => {
    let c = contexts.get(sa);
    if (!c) {
      c = {};
      contexts.set(sa, c);
    }
    return c;
  };

  /** The context a result belongs to: its own `{ p1: p2}`, else the last one seen. */
  function contextKey(r: ParseResult): string | undefined {
    if (r.vars.ctx !== undefined) return `p1:${r.vars.ctx}`;
    if (r.vars.p2 !== undefined) return `p2:${r.vars.p2}`;
    return current;
  }

  function post(r: ParseResult): void {
    const inPhase2 = r.vars.p2 !== undefined;
    const key = contextKey(r);
    if (key) current = key;
    const st = key ? ctxOf(key) : undefined;
    // Lines that only feed the state.
    if (r.pattern === 'compared-start') {
      if (st) st.block = new Map();
      return;
    }
    if (r.pattern === 'compared-attr') {
      if (st) {
        st.block ??= new Map();
        const peer = String(r.vars.peer ?? '')
          .replace(/\)\s*$/, '')
          .trim();
        st.block.set(String(r.vars.attr), [String(r.vars.db ?? '').trim(), peer]);
      }
      return;
    }
    if (r.pattern === 'nego-banner') {
      const info = bannerInfo(r.vars as Record<string, string>);
      banner = info;
      if (st && (info.what === 'PHASE-1' || info.what === 'IKEv2 IKE SA') && info.result === 'STARTED') {
        delete st.block;
        delete st.rejected;
      }
    }
    const out: EventDraft[] = [];
    for (const e of r.events) {
      // Banner continuation lines carry no context: they belong to the banner just before.
      if (!e.sa && key) e.sa = key;
      if (st) {
        if (e.local?.address) st.local = e.local;
        if (e.remote?.address) st.remote = e.remote;
        if (!e.local && st.local) e.local = st.local;
        if (!e.remote && st.remote) e.remote = st.remote;
        if (!e.conn && st.gateway) e.conn = st.gateway;
        if (e.conn) st.gateway = e.conn;
      }
      switch (r.pattern) {
        case 'due-banner': {
          if (banner?.role) e.role = banner.role;
          if (banner?.mode) e.mode = banner.mode;
          if (banner) e.ikeVersion = banner.what.startsWith('IKEv2') ? 2 : 1;
          if (banner?.what === 'PHASE-2' || banner?.what === 'IKEv2 CHILD SA') {
            e.kind = 'child.failed';
            delete e.state;
          } else if (e.kind === 'ike.timeout') {
            e.details = { afterFirstMessage: e.role === 'responder' };
          }
          break;
        }
        case 'rejected':
          e.scope = inPhase2 ? 'child' : 'ike';
          if (st && e.param)
            st.rejected = {
              param: e.param,
              localValue: e.localValue ?? '',
              remoteValue: e.remoteValue ?? '',
            };
          break;
        case 'p2-mismatch':
        case 'p2-long':
          if (st && e.param)
            st.pending = {
              param: e.param,
              localValue: e.localValue ?? '',
              remoteValue: e.remoteValue ?? '',
              ...(e.details?.pfs ? { pfs: true } : {}),
            };
          break;
        case 'no-suitable':
        case 'no-valid-proposal':
        case 'no-responder-proposal': {
          const scope = e.scope ?? (inPhase2 || (st?.pending && !st.rejected) ? 'child' : 'ike');
          e.scope = scope;
          const m = scope === 'child' ? st?.pending : (st?.rejected ?? blockMismatch(st?.block));
          if (m) {
            e.param = m.param;
            e.localValue = m.localValue;
            e.remoteValue = m.remoteValue;
            if (m.pfs) out.push({ ...e, kind: 'pfs.mismatch', reason: 'pfs group mismatched' });
          }
          if (st && scope === 'child') delete st.pending;
          break;
        }
        default:
          break;
      }
      out.push(e);
    }
    r.events = out;
  }

  function parseOne(rec: LogRecord): ParseResult[] {
    const results = inner.parse(rec);
    for (const r of results) post(r);
    return results;
  }

  return {
    parse(record) {
      const parts = splitRecords(record);
      if (parts.length === 1) return parseOne(record);
      const all: ParseResult[] = [];
      for (const p of parts) all.push(...parseOne(p));
      return all;
    },
  };
}

const base = definePatternDialect(spec);

export const panosIkemgr = {
  ...base,
  createParser: (): DialectParser => createParser(base.createParser()),
};
