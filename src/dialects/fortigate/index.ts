// FortiGate (FortiOS): the IKE daemon's debug output and the VPN event log. The prefix forms are
// described in prefix.ts, the messages in patterns-debug.ts and patterns-event.ts.
//
// The parser keeps a little state per input:
//  - the last `ike 0: comes <peer>:500-><us>:500` line: the lines that follow it (the global
//    `IKEv1 exchange=...` line and the cookie-keyed lines before the gateway is known) concern that
//    peer, so they take its endpoints and route to its tunnel;
//  - the IKE version and the gateway name learned per IKE SA serial;
//  - the proposal blocks (`incoming proposal:` / `my proposal, gw NAME:` / `negotiation result`,
//    each followed by `proposal id = N:` and its transforms): one block is accumulated per
//    negotiation and emitted as proposal.received / proposal.configured / proposal.selected with
//    all its transforms when the block ends, so that the rules can name the differing parameter;
//  - the header row of a CSV export, to read the rows below it by column name.
import type { DialectParser, ParseResult, PatternDialectSpec, Prefixed } from '../../core/dialect.js';
import { definePatternDialect } from '../../core/dialect.js';
import type { Endpoint, EventDraft, IkeVersion, LogRecord } from '../../core/model.js';
import { DEBUG_PATTERNS } from './patterns-debug.js';
import { EVENT_PATTERNS } from './patterns-event.js';
import {
  csvHeader,
  eventBase,
  eventRest,
  isIpsecEvent,
  parseDebug,
  parseEventFields,
  type DebugPrefix,
} from './prefix.js';
import { present } from './kv.js';
import { isChild } from './common.js';
import { RecentMap } from '../../core/recent.js';

function debugPrefixed(d: DebugPrefix): Prefixed {
  const base: Partial<EventDraft> = {};
  if (d.name) base.conn = d.name;
  if (d.serial) base.sa = d.serial;
  if (d.ispi) {
    base.ikeSpiI = d.ispi;
    if (d.rspi) base.ikeSpiR = d.rspi;
  }
  const details: Record<string, string | number | boolean> = { vdom: d.vdom };
  if (d.p2) details.phase2 = d.p2;
  if (d.p2serial) details.phase2Serial = d.p2serial;
  base.details = details;
  const vars: Record<string, string | number> = { vdom: d.vdom };
  if (d.name) vars.conn = d.name;
  if (d.serial) vars.serial = d.serial;
  if (d.p2) vars.phase2 = d.p2;
  return { rest: d.msg, base, vars };
}

function prefix(rec: LogRecord): Prefixed | undefined {
  const m = rec.message;
  if (!m) return undefined;
  const d = parseDebug(m);
  if (d) return debugPrefixed(d);
  if (m.includes('subtype=') || (m.startsWith('"') && m.includes('='))) {
    const f = parseEventFields(m, undefined);
    if (!f || !isIpsecEvent(f)) return undefined;
    const base = eventBase(f);
    const vars: Record<string, string | number> = {
      tunnel: base.conn ?? '?',
      remip: base.remote?.address ?? '?',
      locip: base.local?.address ?? '?',
      reason: base.reason ?? '',
      logdesc: present(f.get('logdesc')) ?? present(f.get('msg')) ?? '',
    };
    return { rest: eventRest(f), base, vars };
  }
  if (csvHeader(m)) return { rest: 'vpn-csv-header', base: {} };
  return undefined;
}

const spec: PatternDialectSpec = {
  id: 'fortigate',
  name: 'FortiGate IKE debug and VPN event log',
  vendor: 'Fortinet',
  fixFamily: 'fortigate',
  accepts: (r) => {
    const m = r.message;
    return m.startsWith('ike ') || m.includes(' ike ') || m.includes('subtype=') || (m.includes('logid') && m.includes('subtype'));
  },
  prefix,
  patterns: [...DEBUG_PATTERNS, ...EVENT_PATTERNS],
  ipsecHint: /^ike \d{1,4}:/,
};

/** Patterns whose lines belong to a proposal block. */
const BLOCK_LINES = new Set(['prop-id', 'prop-protocol', 'prop-trans', 'prop-encap', 'prop-attr', 'prop-lifetime', 'prop-pfs']);
const BLOCK_STARTS: Record<string, 'proposal.received' | 'proposal.configured' | 'proposal.selected'> = {
  'prop-incoming': 'proposal.received',
  'prop-mine': 'proposal.configured',
  'prop-result': 'proposal.selected',
};

interface Block {
  kind: 'proposal.received' | 'proposal.configured' | 'proposal.selected';
  base: Partial<EventDraft>;
  scope?: 'ike' | 'child';
  proposals: string[][];
  method?: string;
  lifetime?: number;
}

/** One transform of a block as a token the algorithm parser reads (`AES_CBC_256`, `SHA2_256`, `MODP2048`). */
function transformToken(type: string, val: string, klen: string | undefined): string | undefined {
  const t = type.toUpperCase();
  const v = val.replace(/\.$/, '');
  if (t === 'OAKLEY_ENCRYPT_ALG' || t === 'ENCR' || t === 'ENCRYPTION')
    return klen && !v.endsWith(`_${klen}`) ? `${v}_${klen}` : v;
  if (t === 'OAKLEY_HASH_ALG' || t === 'INTEGR' || t === 'AUTH_ALG' || t === 'PRF') return v;
  if (t === 'OAKLEY_GROUP' || t === 'DH_GROUP' || t === 'GROUP_DESCRIPTION') return v;
  return undefined;
}

const MAX_KEYS = 2000;
const CONTEXT_LINES = 8;

function createParser(inner: DialectParser): DialectParser {
  const blocks = new RecentMap<string, Block>(MAX_KEYS);
  const serialConn = new RecentMap<string, string>(MAX_KEYS);
  const serialVersion = new RecentMap<string, IkeVersion>(MAX_KEYS);
  let ctx: { line: number; remote?: Endpoint; local?: Endpoint; version?: IkeVersion } | undefined;
  let header: string[] | undefined;

  const keyOf = (b: Partial<EventDraft>): string =>
    `${b.conn ?? ''}|${b.sa ?? ''}|${String(b.details?.phase2 ?? '')}|${String(b.details?.phase2Serial ?? '')}|${b.ikeSpiI ?? ''}`;

  function emit(b: Block): EventDraft | undefined {
    const proposals = b.proposals.filter((p) => p.length > 0);
    if (!proposals.length) return undefined;
    const scope = b.scope ?? (isChild(b.base) ? 'child' : 'ike');
    const tag = scope === 'ike' ? 'IKE' : 'ESP';
    const details: Record<string, string | number | boolean> = {};
    if (b.method) details.method = b.method;
    if (b.lifetime !== undefined) details.lifetime = b.lifetime;
    const e: EventDraft = {
      kind: b.kind,
      scope,
      proposals: [...new Set(proposals.map((p) => `${tag}:${p.join('/')}`))],
      details,
    };
    if (b.base.conn) e.conn = b.base.conn;
    if (b.base.sa) e.sa = b.base.sa;
    if (b.base.ikeSpiI) e.ikeSpiI = b.base.ikeSpiI;
    return e;
  }

  function flushKey(key: string): EventDraft[] {
    const b = blocks.get(key);
    if (!b) return [];
    blocks.delete(key);
    const e = emit(b);
    return e ? [e] : [];
  }

  function onBlockLine(r: ParseResult, key: string, b: Block): void {
    const v = r.vars;
    const s = (k: string): string => (typeof v[k] === 'string' ? (v[k]) : '');
    const cur = (): string[] => {
      let p = b.proposals[b.proposals.length - 1];
      if (!p) b.proposals.push((p = []));
      return p;
    };
    switch (r.pattern) {
      case 'prop-id':
        b.proposals.push([]);
        break;
      case 'prop-protocol': {
        const proto = s('proto').toUpperCase();
        if (proto === 'ISAKMP' || proto.startsWith('IKE')) b.scope = 'ike';
        else if (proto.startsWith('IPSEC') || proto === 'ESP' || proto === 'AH') b.scope = 'child';
        break;
      }
      case 'prop-trans': {
        const t = s('trans');
        if (/^ESP_/.test(t)) {
          const klen = s('klen');
          const name = t.replace(/^ESP_/, '');
          cur().push(klen ? `${name}_${klen}` : name);
        }
        break;
      }
      case 'prop-attr': {
        const type = s('type');
        const val = s('val');
        if (type === 'AUTH_METHOD') b.method = /PRESHARED/i.test(val) ? 'psk' : /RSA|DSS|ECDSA/i.test(val) ? 'rsa-sig' : val;
        else {
          const tok = transformToken(type, val, s('klen') || s('klen2') || undefined);
          if (tok) cur().push(tok);
        }
        break;
      }
      case 'prop-pfs':
        cur().push(`group${s('grp')}`);
        break;
      case 'prop-lifetime':
        b.lifetime = Number(s('life'));
        break;
      default:
        break;
    }
    void key;
  }

  function post(r: ParseResult, rec: LogRecord, base: Partial<EventDraft>): void {
    const key = keyOf(base);
    const start = BLOCK_STARTS[r.pattern];
    let pre: EventDraft[] = [];
    if (start) {
      pre = flushKey(key);
      blocks.set(key, { kind: start, base, proposals: [] });
    } else if (BLOCK_LINES.has(r.pattern)) {
      const b = blocks.get(key);
      if (b) onBlockLine(r, key, b);
    } else pre = flushKey(key);

    // Context of the last `comes` line and the IKE version.
    if (r.pattern === 'comes') {
      const e = r.events[0];
      ctx = { line: rec.line, ...(e?.remote ? { remote: e.remote } : {}), ...(e?.local ? { local: e.local } : {}) };
    } else if (r.pattern === 'exchange' && ctx) {
      ctx.version = r.vars.v === '2' ? 2 : 1;
    }
    const live = ctx && rec.line - ctx.line <= CONTEXT_LINES ? ctx : undefined;
    if (base.sa && base.conn) {
      serialConn.set(base.sa, base.conn);
    }
    const events = [...pre, ...r.events];
    for (const e of events) {
      if (!e.conn && e.sa && serialConn.has(e.sa)) e.conn = serialConn.get(e.sa);
      const fromDebug = e.details?.vdom !== undefined || base.details?.vdom !== undefined;
      if (fromDebug && live && r.pattern !== 'comes') {
        if (!e.remote?.address && live.remote) e.remote = { ...live.remote, ...e.remote };
        if (!e.local?.address && live.local) e.local = { ...live.local, ...e.local };
      }
      if (e.sa) {
        if (e.ikeVersion) {
          serialVersion.set(e.sa, e.ikeVersion);
        } else if (serialVersion.has(e.sa)) e.ikeVersion = serialVersion.get(e.sa);
        else if (live?.version) {
          e.ikeVersion = live.version;
          serialVersion.set(e.sa, live.version);
        }
      } else if (!e.ikeVersion && live?.version && fromDebug) e.ikeVersion = live.version;
    }
    r.events = events;
  }

  function csvRecord(rec: LogRecord): LogRecord | undefined {
    if (!header) return undefined;
    const f = parseEventFields(rec.message, header);
    if (!f) return undefined;
    const q = (v: string): string => `"${v.replace(/["\\]/g, (c) => `\\${c}`)}"`;
    return { ...rec, message: [...f].map(([k, v]) => `${k}=${q(v)}`).join(' ') };
  }

  return {
    parse(record) {
      let results = inner.parse(record);
      let pre: Prefixed | undefined;
      if (!results.length) {
        const rebuilt = csvRecord(record);
        if (rebuilt) {
          results = inner.parse(rebuilt);
          if (results.length) pre = prefix(rebuilt);
        }
      } else pre = prefix(record);
      if (!results.length) {
        // A debug line whose message no pattern knows: recognised, nothing for the diagnosis.
        const d = parseDebug(record.message);
        if (d && d.msg) {
          const p = debugPrefixed(d);
          return [{ pattern: 'debug-other', events: [], explain: 'explain.fortigate.debug-other', vars: { ...p.vars, text: d.msg.slice(0, 200) } }];
        }
        return [];
      }
      for (const r of results) {
        if (r.pattern === 'ev-csv-header') header = csvHeader(record.message);
        else post(r, record, pre?.base ?? {});
      }
      return results;
    },
    flush() {
      const out: EventDraft[] = [];
      for (const k of [...blocks.keys()]) out.push(...flushKey(k));
      return out.length ? [{ pattern: 'prop-result', events: out, explain: 'explain.fortigate.prop-result', vars: {} }] : [];
    },
  };
}

const base = definePatternDialect(spec);

export const fortigate = {
  ...base,
  createParser: (): DialectParser => createParser(base.createParser()),
};
