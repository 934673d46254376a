// AWS Site-to-Site VPN tunnel activity logs (CloudWatch Logs, JSON or text output format). The
// forms are described in prefix.ts, the `details` messages in patterns.ts.
//
// Every record also carries the tunnel's state (ike_phase1_state / ike_phase2_state:
// established | rekeying | negotiating | down), DPD and NAT-T flags. The parser keeps the last
// state per tunnel and turns changes into events: phase 1 becoming established is the IKE SA up,
// phase 2 becoming established the tunnel up, phase 2 leaving established for down the tunnel
// down. The customer gateway's address, when a message names it (`with cgw: ...`), is kept for
// the tunnel's later events.
import type { Dialect, DialectParser, ParseResult, PatternDialectSpec, PatternSpec } from '../../core/dialect.js';
import { allMatches, definePatternDialect } from '../../core/dialect.js';
import type { EventDraft, LogRecord } from '../../core/model.js';
import { fillTime } from '../cloud-common/json.js';
import { AWS_PATTERNS } from './patterns.js';
import { acceptsAws, awsPrefix, readAws } from './prefix.js';
import { RecentMap } from '../../core/recent.js';

/** Details texts no pattern names but that are AWS's own (recognised, nothing for the diagnosis). */
const OTHER: PatternSpec = {
  id: 'other',
  regex: /^AWS(?: tunnel|:)/,
  samples: [
    '{"event_timestamp":1671550234,"details":"AWS tunnel is rekeying CHILD_SA","dpd_enabled":true,"nat_t_detected":false,"ike_phase1_state":"established","ike_phase2_state":"rekeying"}',
  ],
  events: () => [],
};

const spec: PatternDialectSpec = {
  id: 'aws',
  name: 'AWS Site-to-Site VPN tunnel log',
  vendor: 'Amazon Web Services',
  fixFamily: 'aws',
  accepts: acceptsAws,
  prefix: awsPrefix,
  patterns: AWS_PATTERNS.filter((p) => p.id !== 'other'),
  ipsecHint: /AWS tunnel|ike_phase1_state/,
};

const inner = definePatternDialect(spec);

function matchAll(rec: LogRecord): string[] {
  const m = allMatches(spec, rec);
  if (m.length) return m;
  const pre = awsPrefix(rec);
  return pre && OTHER.regex.test(pre.rest) ? ['other'] : [];
}

interface TunnelState {
  phase1?: string;
  phase2?: string;
  cgw?: string;
  dpd?: boolean;
  nat?: boolean;
}

const MAX_TUNNELS = 4096;

function createParser(): DialectParser {
  const p = inner.createParser();
  const states = new RecentMap<string, TunnelState>(MAX_TUNNELS);

  function state(conn: string): TunnelState {
    let s = states.get(conn);
    if (!s) {
      states.set(conn, (s = {}));
    }
    return s;
  }

  return {
    parse(record: LogRecord): ParseResult[] {
      let results = p.parse(record);
      const pre = results.length ? undefined : awsPrefix(record);
      if (!results.length) {
        if (!pre || !OTHER.regex.test(pre.rest)) return [];
        results = [{ pattern: 'other', events: [], explain: 'explain.aws.other', vars: { ...pre.vars } }];
      }
      const rec = readAws(record.message);
      if (!rec) return results;
      fillTime(record, rec.time);
      const base = (pre ?? awsPrefix(record))?.base ?? {};
      const conn = base.conn ?? 'aws';
      const s = state(conn);
      const extra: EventDraft[] = [];
      const mk = (e: EventDraft): EventDraft => ({ ...base, ...e, details: { ...(base.details ?? {}), ...(e.details ?? {}), fromState: true } });
      if (rec.kind === 'tunnel') {
        if (rec.dpd === true && s.dpd !== true) extra.push(mk({ kind: 'dpd.enabled' }));
        if (rec.natT === true && s.nat !== true) extra.push(mk({ kind: 'nat.detected', details: { where: 'remote' } }));
        if (rec.dpd !== undefined) s.dpd = rec.dpd;
        if (rec.natT !== undefined) s.nat = rec.natT;
        if (rec.phase1 === 'established' && s.phase1 !== 'established' && s.phase1 !== 'rekeying')
          extra.push(mk({ kind: 'ike.established' }));
        if (rec.phase2 === 'established' && s.phase2 !== 'established' && s.phase2 !== 'rekeying')
          extra.push(mk({ kind: 'tunnel.up', reason: 'ike_phase2_state: established' }));
        const wasUp = s.phase2 === 'established' || s.phase2 === 'rekeying';
        if (rec.phase2 === 'down' && wasUp) extra.push(mk({ kind: 'tunnel.down', reason: `ike_phase2_state: ${s.phase2 ?? '?'} -> down` }));
        if (rec.phase1) s.phase1 = rec.phase1;
        if (rec.phase2) s.phase2 = rec.phase2;
      }
      const all = [...results.flatMap((r) => r.events), ...extra];
      for (const e of all) {
        if (e.remote?.address) s.cgw = e.remote.address;
        else if (s.cgw) e.remote = { ...(e.remote ?? {}), address: s.cgw };
      }
      const first = results[0];
      if (first) first.events.push(...extra);
      return results;
    },
  };
}

export const aws: Dialect = {
  ...inner,
  patterns: [...spec.patterns, OTHER],
  matchAll,
  createParser,
};
