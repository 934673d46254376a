// MikroTik RouterOS `ipsec` log topics. A record is `[date] [time] [host] <topics> <message>`,
// where topics is a comma list holding `ipsec` (`ipsec,error`, `ipsec,info`, `ipsec,debug`):
//   10:00:00 ipsec,error phase1 negotiation failed due to time up 1.2.3.4[500]<=>5.6.7.8[500] ...
//   mar/01 10:00:00 ipsec,info ISAKMP-SA established ...            (RouterOS 6 /log print)
//   2024-03-01 10:00:00 ipsec,info ...                              (RouterOS 7)
//   <134>Mar  1 10:00:00 router ipsec,info ...                      (remote syslog)
// The messages are in patterns.ts.
//
// The parser keeps, per input, the router's own addresses (the left side of `a[500]<=>b[500]`),
// whether the IKE SA with each peer is up, and the peer of the last line that named one: lines
// without an address (`no suitable proposal found.`, `identity not found`, `payload missing`) take
// that peer, a proposal failure after the IKE SA is up concerns the child SA, and the direction
// of `IPsec-SA established: ESP/Tunnel a[500]->b[500] spi=...` follows from which end is ours.
import type { DialectParser, PatternDialectSpec, Prefixed } from '../../core/dialect.js';
import { definePatternDialect } from '../../core/dialect.js';
import type { Endpoint, LogRecord } from '../../core/model.js';
import { MIKROTIK_PATTERNS, ep } from './patterns.js';
import { RecentMap, RecentSet } from '../../core/recent.js';

const TOPICS = /^(?:[a-z0-9-]{1,20},){0,5}ipsec(?:,[a-z0-9-]{1,20}){0,5}:?$/;

/** The topics token and the message after it; up to four tokens (date, time, host) may precede. */
export function splitTopics(message: string): { topics: string; rest: string } | undefined {
  let i = 0;
  for (let k = 0; k < 5; k++) {
    while (message.charCodeAt(i) === 32) i++;
    const sp = message.indexOf(' ', i);
    if (sp < 0 || sp - i > 120) return undefined;
    const tok = message.slice(i, sp);
    if (TOPICS.test(tok)) return { topics: tok.replace(/:$/, ''), rest: message.slice(sp + 1).trim() };
    i = sp + 1;
  }
  return undefined;
}

function prefix(rec: LogRecord): Prefixed | undefined {
  // `11:19:58 ipsec,info DPD: remote ...` reads like `host tag: message` to the envelope parser:
  // look for the topics in the raw line as well.
  const s = splitTopics(rec.message) ?? (rec.text !== rec.message ? splitTopics(rec.text) : undefined);
  if (!s || !s.rest) return undefined;
  return { rest: s.rest, base: {}, vars: { topics: s.topics } };
}

const spec: PatternDialectSpec = {
  id: 'mikrotik',
  name: 'MikroTik RouterOS ipsec log',
  vendor: 'MikroTik',
  fixFamily: 'mikrotik',
  accepts: (r) => r.message.includes('ipsec') || (r.text !== r.message && r.text.includes('ipsec')),
  prefix,
  patterns: MIKROTIK_PATTERNS,
  ipsecHint: /(?:^|[ ,])ipsec[, ]/,
};

const CONTEXT_LINES = 10;
const MAX = 5000;

function createParser(inner: DialectParser): DialectParser {
  const locals = new RecentSet<string>(MAX);
  const ikeUp = new RecentMap<string, boolean>(MAX);
  let last: { line: number; remote: Endpoint; conn?: string } | undefined;
  return {
    parse(record) {
      const results = inner.parse(record);
      for (const r of results) {
        for (const e of r.events) {
          if (e.local?.address) {
            locals.add(e.local.address);
          }
          if (e.kind === 'child.established' && typeof e.details?.src === 'string') {
            const src = e.details.src;
            const dst = String(e.details.dst ?? '');
            const spi = String(e.details.spi ?? '');
            if (locals.has(dst) && !locals.has(src)) {
              e.spiIn = spi;
              e.remote = ep(src);
              e.local = ep(dst);
            } else if (locals.has(src)) {
              e.spiOut = spi;
              e.remote = ep(dst);
              e.local = ep(src);
            }
          }
          const live = last && record.line - last.line <= CONTEXT_LINES ? last : undefined;
          if (!e.remote?.address && live) {
            e.remote = { ...live.remote };
            if (!e.conn && live.conn) e.conn = live.conn;
          }
          const peer = e.remote?.address;
          if (peer) {
            if (e.kind === 'ike.established') ikeUp.set(peer, true);
            else if (e.kind === 'ike.initiate' || e.kind === 'ike.respond' || e.kind === 'ike.deleted' || e.kind === 'ike.timeout')
              ikeUp.set(peer, false);
            if (e.kind === 'proposal.none' && e.scope === undefined) e.scope = ikeUp.get(peer) ? 'child' : 'ike';
            // After the IKE SA is up, a peer that stops answering is dead peer detection's finding.
            if (e.kind === 'ike.timeout' && r.pattern === 'not-responding' && ikeUp.get(peer)) e.kind = 'dpd.dead';
            last = { line: record.line, remote: { address: peer }, ...(e.conn ? { conn: e.conn } : {}) };
          } else if (e.kind === 'proposal.none' && e.scope === undefined) e.scope = 'ike';
        }
      }
      return results;
    },
  };
}

const base = definePatternDialect(spec);

export const mikrotik = {
  ...base,
  createParser: (): DialectParser => createParser(base.createParser()),
};
