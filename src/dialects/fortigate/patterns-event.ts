// FortiGate event log, subtype vpn (FortiOS Log Message Reference: 37120-37141, e.g. 37124
// MESGID_NEG_I_P1_ERROR "IPsec phase 1 error", 37127 MESGID_NEG_PROGRESS_P1_NOTIF "Progress IPsec
// phase 1", 37136 MESGID_DPD_FAILURE "IPsec DPD failed", 37138 "IPsec connection status changed").
// The prefix (prefix.ts) reads the fields and reduces the line to `vpn <category> phase=<n>
// result=<ok|done|error>`; conn / SA / endpoints / the vendor's reason come in the base.
//
// Samples: the Elastic fortinet_fortigate integration's test rows (FortiOS 6.2, sanitised) and a
// FortiGate row quoted by a VPN log analysis tool's README (reason="peer SA proposal not match
// local policy"); the other rows follow the field lists of the log reference ("assumed" values).
import type { PatternSpec } from '../../core/dialect.js';
import type { EventDraft } from '../../core/model.js';
import { notifyName } from '../../core/ike-tables.js';

/**
 * The vendor's reason catalogue (reason=, msg=, peer_notif=) mapped onto event kinds. Words as
 * FortiOS prints them: `peer SA proposal not match local policy`, `probable-pre-shared-key-mismatch`,
 * `No response from the peer`, `no SA proposal chosen`, `negotiation timeout` ...
 */
export function classifyReason(reason: string, phase: string): EventDraft[] {
  const r = reason.toLowerCase();
  const child = phase === '2';
  const scope = child ? ('child' as const) : ('ike' as const);
  if (/pre-?shared|\bpsk\b/.test(r)) return [{ kind: 'psk.mismatch', reason }];
  if (/\bdh\b|ke payload|pfs/.test(r)) return child ? [{ kind: 'pfs.mismatch', reason }] : [{ kind: 'proposal.none', scope, reason }];
  if (/proposal/.test(r)) return [{ kind: 'proposal.none', scope, reason }];
  if (/no response|not respond|timeout|timed out|time out/.test(r))
    return child ? [{ kind: 'child.failed', reason }] : [{ kind: 'ike.timeout', reason }];
  if (/ts[_-]unacceptable|selector|phase ?2 not found|no matching phase ?2|quick mode selector/.test(r)) return [{ kind: 'ts.mismatch', reason }];
  if (/no (?:matching )?gateway|not configured|no policy|peer not found/.test(r)) return [{ kind: 'peer.not-configured', reason }];
  if (/cert/.test(r)) return [{ kind: 'cert.invalid', reason }];
  if (/\bid\b|ident/.test(r)) return [{ kind: 'id.mismatch', reason }];
  if (/auth/.test(r)) return [{ kind: 'ike.auth.failed', reason }];
  if (/\bdpd\b|dead/.test(r)) return [{ kind: 'dpd.dead', reason }];
  return child ? [{ kind: 'child.failed', reason }] : [{ kind: 'ike.state', state: 'failed', reason }];
}

function peerNotify(base: Partial<EventDraft>): EventDraft[] {
  const n = base.details?.peer_notif;
  if (typeof n !== 'string' || !n) return [];
  return [{ kind: 'notify.received', notify: notifyName(n) }];
}

const phaseOf = (g: Record<string, string>): string => g.ph ?? '0';

export const EVENT_PATTERNS: readonly PatternSpec[] = [
  {
    id: 'ev-csv-header',
    regex: /^vpn-csv-header$/,
    samples: ['date,time,devname,devid,logid,type,subtype,level,vd,eventtime,logdesc,msg,action,remip,locip,remport,locport,outintf,cookies,user,group,xauthuser,xauthgroup,assignip,vpntunnel,status,reason,peer_notif'],
    events: () => [],
  },
  {
    id: 'ev-negotiate-error',
    regex: /^vpn negotiate phase=(?<ph>[012]) result=error$/,
    samples: [
      '<187>date=2020-04-23 time=12:32:47 devname="testswitch3" devid="someotherrouteridagain" logid="0101037124" type="event" subtype="vpn" level="error" vd="root" eventtime=1587231168339114138 tz="-0500" logdesc="IPsec phase 1 error" msg="IPsec phase 1 error" action="negotiate" remip=67.43.156.13 locip=67.43.156.13 remport=500 locport=500 outintf="wan2" cookies="345hkjhdrs87/0000000000000000" user="N/A" group="N/A" xauthuser="N/A" xauthgroup="N/A" assignip=N/A vpntunnel="N/A" status="negotiate_error" reason="peer SA proposal not match local policy" peer_notif="NOT-APPLICABLE"',
      'date=2024-12-20 time=14:56:10 eventtime=1734724570250926112 tz="-0500" logid="0101037124" type="event" subtype="vpn" level="error" vd="root" logdesc="IPsec phase 1 error" msg="IPsec phase 1 error" action="negotiate" remip=66.97.178.25 locip=12.188.176.140 remport=500 locport=500 outintf="wan1" cookies="75da2b97aacbbfef/0000000000000000" user="N/A" group="N/A" useralt="N/A" xauthuser="N/A" xauthgroup="N/A" assignip=N/A vpntunnel="N/A" status="negotiate_error" reason="peer SA proposal not match local policy" peer_notif="NOT-APPLICABLE" fctuid="N/A" advpnsc=0',
      '<187>Mar  1 10:00:07 fgt-hq date=2024-03-01 time=10:00:07 devname="FGT-HQ" devid="FG100FTK20000001" logid="0101037124" type="event" subtype="vpn" level="error" vd="root" eventtime=1709287207000000000 logdesc="IPsec phase 1 error" msg="IPsec phase 1 error" action="negotiate" remip=198.51.100.7 locip=203.0.113.10 remport=500 locport=500 outintf="wan1" cookies="5f2d1c8a9b3e4f60/0000000000000000" user="N/A" group="N/A" xauthuser="N/A" xauthgroup="N/A" assignip=N/A vpntunnel="HQ-BRANCH" status="negotiate_error" reason="probable-pre-shared-key-mismatch" peer_notif="NOT-APPLICABLE"',
    ],
    events: (g, _r, base) => {
      const reason = base.reason ?? String(base.details?.status ?? 'negotiate_error');
      return [...classifyReason(reason, phaseOf(g)), ...peerNotify(base)];
    },
  },
  {
    id: 'ev-negotiate-progress',
    regex: /^vpn negotiate phase=(?<ph>[012]) result=(?<res>ok|done)$/,
    samples: [
      '<189>date=2020-04-23 time=12:32:31 devname="testswitch3" devid="someotherrouteridagain" logid="0101037127" type="event" subtype="vpn" level="notice" vd="root" eventtime=1587231151628960857 tz="-0500" logdesc="Progress IPsec phase 1" msg="progress IPsec phase 1" action="negotiate" remip=67.43.156.13 locip=67.43.156.13 remport=500 locport=500 outintf="wan1" cookies="df868dsg876d/0000000000000000" user="N/A" group="N/A" xauthuser="N/A" xauthgroup="N/A" assignip=N/A vpntunnel="elasticvpn" status="success" init="local" mode="main" dir="outbound" stage=1 role="initiator" result="OK"',
      'date=2024-03-01 time=10:00:02 devname="FGT-HQ" devid="FG100FTK20000001" logid="0101037127" type="event" subtype="vpn" level="notice" vd="root" eventtime=1709287202000000000 logdesc="Progress IPsec phase 1" msg="progress IPsec phase 1" action="negotiate" remip=198.51.100.7 locip=203.0.113.10 remport=500 locport=500 outintf="wan1" cookies="5f2d1c8a9b3e4f60/a1b2c3d4e5f60718" user="N/A" group="N/A" xauthuser="N/A" xauthgroup="N/A" assignip=N/A vpntunnel="HQ-BRANCH" status="success" init="local" mode="main" dir="inbound" stage=3 role="initiator" result="DONE"',
    ],
    events: (g, _r, base) => {
      const ph = phaseOf(g);
      if (g.res === 'done') return [{ kind: ph === '2' ? 'child.established' : 'ike.established' }];
      if (ph === '2') return [{ kind: 'child.initiate' }];
      return [
        {
          kind: base.role === 'responder' ? 'ike.respond' : base.role === 'initiator' ? 'ike.initiate' : 'ike.state',
          state: 'negotiating',
        },
      ];
    },
  },
  {
    id: 'ev-tunnel-up',
    regex: /^vpn tunnel-up phase=[012] result=(?:ok|done)$/,
    samples: [
      '<189>date=2024-03-01 time=10:00:04 devname="FGT-HQ" devid="FG100FTK20000001" logid="0101037138" type="event" subtype="vpn" level="notice" vd="root" eventtime=1709287204000000000 logdesc="IPsec connection status changed" msg="IPsec connection status change" action="tunnel-up" remip=198.51.100.7 locip=203.0.113.10 remport=500 locport=500 outintf="wan1" cookies="5f2d1c8a9b3e4f60/a1b2c3d4e5f60718" user="N/A" group="N/A" xauthuser="N/A" xauthgroup="N/A" assignip=N/A vpntunnel="HQ-BRANCH" tunnelip=N/A tunnelid=1234567 tunneltype="ipsec" duration=0 sentbyte=0 rcvdbyte=0 nextstat=0',
    ],
    events: () => [{ kind: 'tunnel.up' }],
  },
  {
    id: 'ev-tunnel-down',
    regex: /^vpn tunnel-down phase=[012] result=(?:ok|done|error)$/,
    samples: [
      'date=2024-03-01 time=11:20:00 devname="FGT-HQ" devid="FG100FTK20000001" logid="0101037138" type="event" subtype="vpn" level="notice" vd="root" eventtime=1709292000000000000 logdesc="IPsec connection status changed" msg="IPsec connection status change" action="tunnel-down" remip=198.51.100.7 locip=203.0.113.10 remport=500 locport=500 outintf="wan1" cookies="5f2d1c8a9b3e4f60/a1b2c3d4e5f60718" user="N/A" group="N/A" xauthuser="N/A" xauthgroup="N/A" assignip=N/A vpntunnel="HQ-BRANCH" tunnelip=N/A tunnelid=1234567 tunneltype="ipsec" duration=4796 sentbyte=1048576 rcvdbyte=2097152 nextstat=0',
    ],
    events: (_g, _r, base) => [{ kind: 'tunnel.down', ...(base.reason ? { reason: base.reason } : {}) }],
  },
  {
    id: 'ev-phase2',
    regex: /^vpn phase2-(?<updown>up|down) phase=[012] result=(?:ok|done|error)$/,
    samples: [
      'date=2024-03-01 time=10:00:04 devname="FGT-HQ" devid="FG100FTK20000001" logid="0101037139" type="event" subtype="vpn" level="notice" vd="root" eventtime=1709287204100000000 logdesc="IPsec phase 2 status changed" msg="IPsec phase 2 status change" action="phase2-up" remip=198.51.100.7 locip=203.0.113.10 remport=500 locport=500 outintf="wan1" user="N/A" group="N/A" xauthuser="N/A" xauthgroup="N/A" assignip=N/A vpntunnel="HQ-BRANCH" phase2_name="HQ-BRANCH-P2"',
    ],
    events: (g) => [{ kind: g.updown === 'up' ? 'child.established' : 'child.deleted' }],
  },
  {
    id: 'ev-dpd',
    regex: /^vpn dpd phase=[012] result=(?<res>ok|done|error)$/,
    samples: [
      'date=2024-03-01 time=11:19:58 devname="FGT-HQ" devid="FG100FTK20000001" logid="0101037136" type="event" subtype="vpn" level="error" vd="root" eventtime=1709291998000000000 logdesc="IPsec DPD failed" msg="IPsec DPD failed" action="dpd" remip=198.51.100.7 locip=203.0.113.10 remport=500 locport=500 outintf="wan1" cookies="5f2d1c8a9b3e4f60/a1b2c3d4e5f60718" user="N/A" group="N/A" xauthuser="N/A" xauthgroup="N/A" assignip=N/A vpntunnel="HQ-BRANCH" status="dpd_failure"',
    ],
    events: (g) => (g.res === 'error' ? [{ kind: 'dpd.dead', reason: 'IPsec DPD failed' }] : [{ kind: 'dpd.enabled' }]),
  },
  {
    id: 'ev-install-sa',
    regex: /^vpn install-sa phase=[012] result=(?:ok|done)$/,
    samples: [
      'date=2024-03-01 time=10:00:04 devname="FGT-HQ" devid="FG100FTK20000001" logid="0101037133" type="event" subtype="vpn" level="notice" vd="root" eventtime=1709287204050000000 logdesc="IPsec SA installed" msg="install IPsec SA" action="install_sa" remip=198.51.100.7 locip=203.0.113.10 remport=500 locport=500 outintf="wan1" cookies="5f2d1c8a9b3e4f60/a1b2c3d4e5f60718" user="N/A" group="N/A" xauthuser="N/A" xauthgroup="N/A" assignip=N/A vpntunnel="HQ-BRANCH" role="initiator" in_spi="c5c8cfc2" out_spi="c679466d"',
    ],
    events: (_g, _r, base) => {
      // assumed field names of the install log: in_spi / out_spi
      const spiIn = base.details?.in_spi;
      const spiOut = base.details?.out_spi;
      return [
        {
          kind: 'child.established',
          ...(typeof spiIn === 'string' ? { spiIn: spiIn.toLowerCase() } : {}),
          ...(typeof spiOut === 'string' ? { spiOut: spiOut.toLowerCase() } : {}),
        },
      ];
    },
  },
  {
    id: 'ev-delete-sa',
    regex: /^vpn delete-sa phase=(?<ph>[012]) result=(?:ok|done|error)$/,
    samples: [
      'date=2024-03-01 time=11:20:00 devname="FGT-HQ" devid="FG100FTK20000001" logid="0101037134" type="event" subtype="vpn" level="notice" vd="root" eventtime=1709292000100000000 logdesc="IPsec phase 1 SA deleted" msg="delete IPsec phase 1 SA" action="delete_phase1_sa" remip=198.51.100.7 locip=203.0.113.10 remport=500 locport=500 outintf="wan1" cookies="5f2d1c8a9b3e4f60/a1b2c3d4e5f60718" user="N/A" group="N/A" xauthuser="N/A" xauthgroup="N/A" assignip=N/A vpntunnel="HQ-BRANCH"',
    ],
    events: (g) => [{ kind: g.ph === '2' ? 'child.deleted' : 'ike.deleted' }],
  },
  {
    id: 'ev-stats',
    regex: /^vpn stats phase=[012] result=(?:ok|done|error)$/,
    samples: [
      'date=2024-03-01 time=10:30:00 devname="FGT-HQ" devid="FG100FTK20000001" logid="0101037141" type="event" subtype="vpn" level="notice" vd="root" eventtime=1709289000000000000 logdesc="IPsec tunnel statistics" msg="IPsec tunnel statistics" action="tunnel-stats" remip=198.51.100.7 locip=203.0.113.10 remport=500 locport=500 outintf="wan1" cookies="5f2d1c8a9b3e4f60/a1b2c3d4e5f60718" user="N/A" group="N/A" xauthuser="N/A" xauthgroup="N/A" assignip=N/A vpntunnel="HQ-BRANCH" tunnelip=N/A tunnelid=1234567 tunneltype="ipsec" duration=1796 sentbyte=524288 rcvdbyte=1048576 nextstat=600',
    ],
    events: () => [],
  },
  {
    id: 'ev-other',
    regex: /^vpn other phase=[012] result=(?<res>ok|done|error)$/,
    samples: [
      'date=2024-03-01 time=10:00:01 devname="FGT-HQ" devid="FG100FTK20000001" logid="0101037129" type="event" subtype="vpn" level="notice" vd="root" eventtime=1709287201000000000 logdesc="Progress IPsec phase 2" msg="progress IPsec phase 2" action="phase2-negotiate" remip=198.51.100.7 locip=203.0.113.10 vpntunnel="HQ-BRANCH" status="success"',
    ],
    events: (g, _r, base) => (g.res === 'error' && base.reason ? classifyReason(base.reason, '0') : []),
  },
];
