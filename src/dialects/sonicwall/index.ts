// SonicWall SonicOS VPN event log (syslog and the Log > View table). The forms are described in
// prefix.ts, the messages in patterns.ts.
//
// SonicOS's "giving up" line, "IKE negotiation aborted due to timeout" (forum thread "Cannot connect
// Openswan to Sonicwall", 2006), does not always make it into a capture: an initiator whose peer
// never answers logs "Remote party timeout - Retransmitting IKE request" again and again. The parser
// counts those per peer; the third one without anything heard from the peer in between is the peer
// not answering (`ike.timeout`, marked inferred). The time of the event (`time="..."`) is used when the syslog
// header carried none.
import type { Dialect, DialectParser, ParseResult, PatternDialectSpec } from '../../core/dialect.js';
import { definePatternDialect } from '../../core/dialect.js';
import type { EventDraft, LogRecord } from '../../core/model.js';
import { fillTime } from '../cloud-common/json.js';
import { SONICWALL_PATTERNS } from './patterns.js';
import { acceptsSonic, readSonic, sonicPrefix } from './prefix.js';

const spec: PatternDialectSpec = {
  id: 'sonicwall',
  name: 'SonicWall SonicOS VPN log',
  vendor: 'SonicWall',
  fixFamily: 'sonicwall',
  accepts: acceptsSonic,
  prefix: sonicPrefix,
  patterns: SONICWALL_PATTERNS,
  ipsecHint: /msg="(?:IKE|IPsec|IPSec|VPN)/,
};

const inner = definePatternDialect(spec);

/** Retransmits in a row (nothing heard from the peer) after which it counts as not answering. */
export const GIVE_UP_AFTER = 3;
const MAX_PEERS = 4096;

const HEARD: ReadonlySet<string> = new Set([
  'msg.received',
  'ike.respond',
  'ike.established',
  'child.established',
  'notify.received',
  'proposal.selected',
  'ike.auth.ok',
]);

function createParser(): DialectParser {
  const p = inner.createParser();
  const retrans = new Map<string, number>();
  return {
    parse(record: LogRecord): ParseResult[] {
      const results = p.parse(record);
      if (!results.length) return results;
      fillTime(record, readSonic(record.message)?.time);
      for (const r of results) {
        const extra: EventDraft[] = [];
        for (const e of r.events) {
          const peer = e.remote?.address ?? e.conn ?? '?';
          if (HEARD.has(e.kind)) retrans.delete(peer);
          if (e.kind === 'msg.retransmit' && e.role === 'initiator') {
            if (retrans.size >= MAX_PEERS && !retrans.has(peer)) retrans.clear();
            const n = (retrans.get(peer) ?? 0) + 1;
            retrans.set(peer, n);
            e.count = n;
            if (n === GIVE_UP_AFTER) {
              const t: EventDraft = { ...e, kind: 'ike.timeout', count: n, reason: 'Remote party timeout - Retransmitting IKE request', details: { ...(e.details ?? {}), inferred: true } };
              delete t.role;
              extra.push(t);
            }
          }
        }
        r.events.push(...extra);
      }
      return results;
    },
  };
}

export const sonicwall: Dialect = { ...inner, createParser };
