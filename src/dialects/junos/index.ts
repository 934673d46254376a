// Juniper SRX / Junos kmd (key management daemon). The prefix forms are in prefix.ts, the
// messages in patterns.ts.
//
// Connection naming: Junos names an IKE gateway (`set security ike gateway`) and the IPsec VPN
// that uses it (`set security ipsec vpn`). A tunnel is filed under the VPN name; lines that name
// only the gateway take the VPN learned for it, and lines that name neither (KMD_PM_SA_*, policy
// lookup failures, trace lines) take the VPN last seen for the same peer address. Lines with
// nothing to go by stay keyed by their peer address and are folded into the named tunnel at the
// end (core/analyzer.ts).
import type { DialectParser, PatternDialectSpec, Prefixed } from '../../core/dialect.js';
import { definePatternDialect } from '../../core/dialect.js';
import type { LogRecord } from '../../core/model.js';
import { JUNOS_PATTERNS } from './patterns.js';
import { parseJunos } from './prefix.js';
import { RecentMap } from '../../core/recent.js';

function prefix(rec: LogRecord): Prefixed | undefined {
  const p = parseJunos(rec);
  if (!p) return undefined;
  return { rest: p.rest, base: {}, ...(p.tag ? { vars: { tag: p.tag } } : {}) };
}

const spec: PatternDialectSpec = {
  id: 'junos',
  name: 'Juniper SRX kmd',
  vendor: 'Juniper Networks',
  fixFamily: 'junos',
  accepts: (r) => {
    const m = r.message;
    return (
      m.includes('KMD_') ||
      m.includes('kmd[') ||
      r.program === 'kmd' ||
      r.program === 'iked' ||
      m.includes(' negotiation ') ||
      m.includes('IKE Phase-') ||
      m.includes('Phase-1 [') ||
      m.includes('Phase-2 [') ||
      m.includes('iked_pm_') ||
      m.startsWith('(FPC Slot') ||
      (r.text.startsWith('<') && r.text.includes(' kmd '))
    );
  },
  prefix,
  patterns: JUNOS_PATTERNS,
  ipsecHint: /\bkmd\[\d{1,8}\]|KMD_[A-Z]/,
};

const MAX = 5000;

function createParser(inner: DialectParser): DialectParser {
  const gatewayVpn = new RecentMap<string, string>(MAX);
  const peerVpn = new RecentMap<string, string>(MAX);
  return {
    parse(record) {
      const results = inner.parse(record);
      for (const r of results) {
        for (const e of r.events) {
          const gw = typeof e.details?.gateway === 'string' ? e.details.gateway : undefined;
          const vpnFromLine = r.pattern === 'vpn-up' || r.pattern === 'vpn-down' ? String(r.vars.vpn ?? '') : undefined;
          if (vpnFromLine) e.conn = vpnFromLine;
          if (!e.conn && gw) e.conn = gatewayVpn.get(gw) ?? gw;
          if (!e.conn && e.remote?.address) {
            const v = peerVpn.get(e.remote.address);
            if (v) e.conn = v;
          }
          if (e.conn && gw && e.conn !== gw) gatewayVpn.set(gw, e.conn);
          if (e.conn && e.remote?.address) peerVpn.set(e.remote.address, e.conn);
        }
      }
      return results;
    },
  };
}

const base = definePatternDialect(spec);

export const junos = {
  ...base,
  createParser: (): DialectParser => createParser(base.createParser()),
};
