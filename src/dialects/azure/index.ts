// Azure VPN Gateway diagnostic logs (IKEDiagnosticLog, TunnelDiagnosticLog). The forms are
// described in prefix.ts, the events in patterns.ts.
//
// The gateway's log names no connection; a tunnel is the on-premises device's address (the
// `Remote` of the message, or `remoteIP` of a tunnel event). Lines whose text carries no endpoints
// take the peer of the session they belong to (SESSION_ID), else the last peer seen; when no line
// of the input names a peer (an IKEErrors.txt read alone), the file's name is the tunnel's. The
// record's own time (`time`, `TimeGenerated`) is used when the line had no envelope time.
import type { Dialect, DialectParser, ParseResult, PatternDialectSpec } from '../../core/dialect.js';
import type { Endpoint, LogRecord } from '../../core/model.js';
import { fileStem, fillTime } from '../cloud-common/json.js';
import { defineLayeredDialect } from '../cloud-common/layered.js';
import { AZURE_FALLBACKS, AZURE_PATTERNS } from './patterns.js';
import { acceptsAzure, azurePrefix, readAzure } from './prefix.js';

const spec: PatternDialectSpec = {
  id: 'azure',
  name: 'Azure VPN Gateway diagnostic log',
  vendor: 'Microsoft Azure',
  fixFamily: 'azure',
  accepts: acceptsAzure,
  prefix: azurePrefix,
  patterns: AZURE_PATTERNS,
  ipsecHint: /IKEDiagnosticLog|SESSION_ID/,
};

const inner = defineLayeredDialect(spec, AZURE_FALLBACKS);
const MAX_SESSIONS = 4096;

function createParser(): DialectParser {
  const sessions = new Map<string, Endpoint>();
  let lastPeer: Endpoint | undefined;
  // IKEErrors.txt: an `Error:` line names the SA (Main / Quick Mode), the `based on log` line under
  // it (e.g. "Peer sent NO_PROPOSAL_CHOSEN notify") does not; it takes the scope of the line above.
  let errorScope: 'ike' | 'child' | undefined;
  return {
    parse(record: LogRecord): ParseResult[] {
      const results = inner.parseOnce(record);
      if (!results.length) return results;
      const line = readAzure(record.message);
      fillTime(record, line?.time);
      const sid = line?.session;
      if (line?.remote) {
        lastPeer = line.remote;
        if (sid) {
          if (sessions.size >= MAX_SESSIONS) sessions.clear();
          sessions.set(sid, line.remote);
        }
      }
      const peer = line?.remote ?? (sid ? sessions.get(sid) : undefined) ?? lastPeer;
      const body = line?.body ?? '';
      if (body.startsWith('Error: ')) errorScope = results.flatMap((r) => r.events).find((e) => e.scope)?.scope;
      else if (body.startsWith('based on log : ') && errorScope)
        for (const r of results) for (const e of r.events) if (!e.scope && (e.kind === 'notify.received' || e.kind === 'proposal.none')) e.scope = errorScope;
      for (const r of results)
        for (const e of r.events) {
          if (!e.remote?.address && peer) e.remote = { ...peer, ...(e.remote ?? {}) };
          else if (!e.remote?.address && !e.conn) e.conn = fileStem(record.path);
        }
      return results;
    },
  };
}

export const azure: Dialect = { ...inner, createParser };
