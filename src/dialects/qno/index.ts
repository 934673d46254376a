// Qno routers (and similar small routers with an embedded Openswan pluto) — seed 004.
// The firmware logs pluto's own messages under a `(conn)[inst] peer #state:` prefix with a
// `[Tunnel ...]` tag, plus a few messages of its own ("Responder Received Aggressive Mode 1st
// packet", "Inbound SPI value = ..."). Pluto's messages are matched with the pluto dialect's
// patterns: the ones seed 004 shows are listed here with the router's real lines as samples, and
// any other pluto message falls through to the remaining pluto patterns.
import {
  definePatternDialect,
  matchPattern,
  type DialectParser,
  type ParseResult,
  type PatternDialectSpec,
  type PatternSpec,
  type Prefixed,
} from '../../core/dialect.js';
import { ENCRYPTION_ALGORITHMS } from '../../core/ike-tables.js';
import type { EventDraft, LogRecord, Role } from '../../core/model.js';
import { linkingParser, pluto, plutoPatterns } from '../pluto/index.js';
import { parseEndpoint } from '../pluto/prefix.js';
import { parseQnoMessage, type QnoTag } from './prefix.js';

function fromPluto(id: string, samples: readonly string[]): PatternSpec {
  const p = plutoPatterns.find((x) => x.id === id);
  if (!p) throw new Error(`qno: no pluto pattern ${id}`);
  return { ...p, samples };
}

const ORDINAL: Record<string, number> = { '1st': 1, '2nd': 2, '3rd': 3, '4th': 4, '5th': 5, '6th': 6 };

/** RFC 2407 §4.5 "Authentication Algorithm" attribute values (IPsec DOI). */
const IPSEC_AUTH_ALGORITHMS: Record<number, string> = {
  1: 'HMAC_MD5',
  2: 'HMAC_SHA1',
  3: 'DES_MAC',
  4: 'KPDK',
  5: 'HMAC_SHA2_256',
  6: 'HMAC_SHA2_384',
  7: 'HMAC_SHA2_512',
};

const qnoOwnPatterns: readonly PatternSpec[] = [
  {
    id: 'qno-packet',
    needle: ' packet',
    // `Responder Received Aggressive Mode 1st packet on 61.x.x.x:500`, `Responder Send Aggressive Mode
    // 2nd packet`, `Received Aggressive Mode 3rd packet on 1.2.3.4`, `Responder send Quick Mode 2nd packet`.
    regex: /^(?:(?<role>Responder|Initiator) )?(?<verb>Received|Send|Sent|received|send|sent) (?<mode>Aggressive|Main|Quick) Mode (?<n>1st|2nd|3rd|4th|5th|6th) packet(?: on (?<on>\S{2,80}))?$/,
    samples: [
      'packet from 124.x.x.x:500: [Tunnel Negotiation Info] Responder Received Aggressive Mode 1st packet on 61.x.x.x:500^M',
      '(g2gips18)[17] 124.x.x.x #1895: [Tunnel Negotiation Info] Responder Send Aggressive Mode 2nd packet^M',
      '(g2gips18)[17] 124.x.x.x #1895: [Tunnel Negotiation Info] Received Aggressive Mode 3rd packet on 1.2.3.4',
      '(g2gips18)[17] 124.x.x.x #1895: [Tunnel Negotiation Info] Responder Received Quick Mode 1st packet on 61.x.x.x:4500^M',
      '(g2gips18)[14] 124.x.x.x:1024 #1896: [Tunnel Negotiation Info] Responder send Quick Mode 2nd packet^M',
      '(g2gips18)[14] 124.x.x.x:1024 #1896: [Tunnel Negotiation Info] Responder Received Quick Mode 3rd packet on 61.x.x.x:4500^M',
    ],
    events: (g) => {
      const n = ORDINAL[g.n!] ?? 0;
      const received = /^rec/i.test(g.verb!);
      // Odd messages go initiator → responder.
      const role: Role = g.role
        ? (g.role.toLowerCase() as Role)
        : received === (n % 2 === 1)
          ? 'responder'
          : 'initiator';
      const mode = g.mode === 'Aggressive' ? 'aggressive' : g.mode === 'Main' ? 'main' : undefined;
      const exchange = g.mode === 'Aggressive' ? 'AGGRESSIVE_MODE' : g.mode === 'Main' ? 'MAIN_MODE' : 'QUICK_MODE';
      const base: EventDraft = {
        kind: received ? 'msg.received' : 'msg.sent',
        ikeVersion: 1,
        role,
        exchange,
        msgNo: n,
        direction: received ? 'in' : 'out',
        ...(mode ? { mode } : {}),
      };
      const local = g.on ? parseEndpoint(g.on) : undefined;
      if (local) base.local = local;
      const out: EventDraft[] = [base];
      if (received && n === 1 && role === 'responder') {
        out.push(
          mode
            ? { kind: 'ike.respond', ikeVersion: 1, role, mode, exchange, msgNo: 1 }
            : { kind: 'child.initiate', ikeVersion: 1, role, exchange, msgNo: 1 },
        );
      }
      return out;
    },
  },
  {
    id: 'qno-spi',
    needle: 'SPI value',
    regex: /^(?<dir>Inbound|Outbound) SPI value = (?<spi>[0-9a-f]{1,16})$/i,
    samples: [
      '(g2gips18)[14] 124.x.x.x:1024 #1896: [Tunnel Negotiation Info] Inbound SPI value = 363c3bbb^M',
      '(g2gips18)[14] 124.x.x.x:1024 #1896: [Tunnel Negotiation Info] Outbound SPI value = bf9f49f7^M',
    ],
    events: (g) => {
      const spi = g.spi!.toLowerCase();
      return [{ kind: 'info', ikeVersion: 1, exchange: 'QUICK_MODE', ...(g.dir === 'Inbound' ? { spiIn: spi } : { spiOut: spi }) }];
    },
  },
  {
    id: 'qno-esp-algorithms',
    needle: 'esp_ealg_id=',
    // The kernel algorithm ids of the child SA: ESP transform id (RFC 2407 §4.4.4, same numbers as
    // IKEv2 ENCR) and authentication algorithm (RFC 2407 §4.5).
    regex: /^esp_ealg_id=(?<e>\d{1,3})-\d{1,3}, ?esp_ealg_keylen=(?<kl>\d{1,4}), ?key_len=(?<key>\d{1,4}), ?esp_aalg_id=(?<a>\d{1,3})-\d{1,3}\.?$/,
    samples: ['(g2gips18)[14] 124.x.x.x:1024 #1896: [Tunnel Negotiation Info] esp_ealg_id=2-2,esp_ealg_keylen=0, key_len=64,esp_aalg_id=1-1.\\012^M'],
    events: (g) => {
      const enc = (ENCRYPTION_ALGORITHMS as Record<number, string>)[Number(g.e)] ?? `ESP_${g.e!}`;
      const auth = IPSEC_AUTH_ALGORITHMS[Number(g.a)] ?? `AUTH_${g.a!}`;
      return [
        {
          kind: 'proposal.selected',
          ikeVersion: 1,
          scope: 'child',
          exchange: 'QUICK_MODE',
          proposals: [`ESP_${enc}-${auth}`],
          details: { encryption: enc, integrity: auth, keyLength: Number(g.key) },
        },
      ];
    },
  },
  fromPluto('v1-peer-id', ["(g2gips18)[17] 124.x.x.x #1895: [Tunnel Negotiation Info] Peer ID is ID_USER_FQDN: 'xxxx@xxxx.cn'^M"]),
  fromPluto('weak-ike-algorithm', ['(g2gips18)[17] 124.x.x.x #1895: You should NOT use insecure IKE algorithms (OAKLEY_DES_CBC)!^M']),
  fromPluto('weak-esp-algorithm', ['(g2gips18)[14] 124.x.x.x:1024 #1896: [Tunnel Negotiation Info] You should NOT use insecure ESP algorithms [ESP_DES (64)]!']),
  fromPluto('nat-t-result', ['(g2gips18)[17] 124.x.x.x #1895: NAT-Traversal: Result using draft-ietf-ipsec-nat-t-ike-02/03: peer is NATed^M']),
  fromPluto('v1-isakmp-established', ['(g2gips18)[17] 124.x.x.x #1895: [Tunnel Established] ISAKMP SA established^M']),
  fromPluto('v1-ipsec-established', ['(g2gips18)[14] 124.x.x.x:1024 #1896: [Tunnel Established] IPsec SA established {ESP=>0xbf9f49f7 < 0x363c3bbb NATOA=0.0.0.0']),
  fromPluto('dpd-enabled', ['(g2gips18)[14] 124.x.x.x:1024 #1896: [Tunnel Negotiation Info] Dead Peer Detection (RFC 3706) enabled^M']),
  fromPluto('dpd-dead', ['(g2gips18)[16] 124.x.x.x #1872: [Tunnel Negotiation Fail] DPD: No response from peer - declaring peer dead']),
  fromPluto('instance-deleted', [
    '(g2gips18)[16] 124.x.x.x: [Tunnel Disconnected] instance with peer 124.x.x.x {isakmp=#0/ipsec=#0}',
    '(g2gips5)[13] 123.x.x.x #534: [Tunnel Disconnected] instance with peer 123.x.x.x {isakmp=#517/ipsec=#532}',
  ]),
  fromPluto('v1-info-unknown-sa', ['packet from 124.x.x.x:500: [Tunnel Authorize Fail] Informational Exchange is for an unknown (expired?) SA']),
  fromPluto('vendor-id', ['packet from 124.x.x.x:500: [Tunnel Negotiation Info] received Vendor ID payload [draft-ietf-ipsec-nat-t-ike-03]']),
  fromPluto('v1-no-connection-authorized', ['packet from 218.x.x.x:500: [Tunnel Authorize Fail] no connection has been authorized with policy=PSK']),
  fromPluto('v1-delete-not-found', ['(g2gips3) #497: [Tunnel Authorize Fail] ignoring Delete SA payload: PROTO_IPSEC_ESP SA(0x64743869) not found (maybe expired)']),
];

const qnoIds = new Set(qnoOwnPatterns.map((p) => p.id));
/** pluto patterns tried when none of the above matched (their explanations are pluto's). */
const plutoFallback = plutoPatterns.filter((p) => !qnoIds.has(p.id));

function qnoPrefix(record: LogRecord): Prefixed | undefined {
  const p = parseQnoMessage(record.message);
  if (!p) return undefined;
  const base: Partial<EventDraft> = {};
  const vars: Record<string, string | number> = {};
  if (p.conn !== undefined) {
    base.conn = p.conn;
    vars.conn = p.conn;
  }
  if (p.sa) {
    base.sa = p.sa;
    vars.sa = p.sa;
  }
  if (p.remote) {
    base.remote = p.remote;
    if (p.remote.address) vars.peer = p.remote.address;
  }
  if (p.tag) {
    base.details = { tag: p.tag };
    vars.tag = p.tag;
  }
  return { rest: p.rest, base, vars };
}

const spec: PatternDialectSpec = {
  id: 'qno',
  name: 'Qno router',
  vendor: 'Qno',
  fixFamily: 'qno',
  accepts: (r) => r.message.startsWith('(') || (r.message.startsWith('packet from ') && r.message.includes('[Tunnel ')),
  prefix: qnoPrefix,
  patterns: qnoOwnPatterns,
  ipsecHint: /\[Tunnel (?:Negotiation Info|Established|Negotiation Fail|Authorize Fail|Disconnected)\]/,
};

/** What the router's tag adds to the events of a line (its own summary of the tunnel's state). */
function tagEvents(tag: QnoTag | undefined, events: EventDraft[]): EventDraft[] {
  // `details.tag` came from the prefix base; pattern events that set their own details drop it.
  const out = events.map((e) => (tag && !e.details?.tag ? { ...e, details: { ...e.details, tag } } : e));
  const first = out[0];
  const same: Partial<EventDraft> = {};
  if (first?.conn !== undefined) same.conn = first.conn;
  if (first?.sa) same.sa = first.sa;
  if (first?.remote) same.remote = first.remote;
  if (tag === 'Tunnel Established' && out.some((e) => e.kind === 'child.established')) {
    out.push({ ...same, kind: 'tunnel.up', details: { tag } });
  }
  if (tag === 'Tunnel Disconnected' && !out.some((e) => e.kind === 'tunnel.down')) {
    out.push({ ...same, kind: 'tunnel.down', details: { tag } });
  }
  return out;
}

/** A line under a tag that no pattern knows: the tag alone still says something. */
function tagOnly(tag: QnoTag, pre: Prefixed): ParseResult {
  const ev: EventDraft =
    tag === 'Tunnel Disconnected'
      ? { kind: 'tunnel.down' }
      : tag === 'Tunnel Established'
        ? { kind: 'tunnel.up' }
        : { kind: 'info', reason: pre.rest };
  return {
    pattern: 'tag',
    events: [{ ...pre.base, ...ev, details: { tag } }],
    explain: 'explain.qno.tag',
    vars: { ...pre.vars, tag, message: pre.rest },
  };
}

const dialect = definePatternDialect(spec);

function createQnoParser(): DialectParser {
  const plutoSpec = pluto.spec;
  return {
    parse(record) {
      let pre: Prefixed | undefined;
      try {
        pre = qnoPrefix(record);
      } catch {
        return [];
      }
      if (!pre) return [];
      const tag = pre.vars?.tag as QnoTag | undefined;
      for (const p of qnoOwnPatterns) {
        const r = matchPattern(spec, p, record, pre);
        if (r) return [{ ...r, events: tagEvents(tag, r.events) }];
      }
      for (const p of plutoFallback) {
        const r = matchPattern(plutoSpec, p, record, pre);
        if (r) return [{ ...r, events: tagEvents(tag, r.events) }];
      }
      return tag ? [tagOnly(tag, pre)] : [];
    },
  };
}

export const qno = {
  ...dialect,
  createParser: (): DialectParser => linkingParser(createQnoParser()),
};
