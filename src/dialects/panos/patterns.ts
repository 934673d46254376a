// PAN-OS system log, subtype `vpn`: one pattern per description text of the IKE / IPsec events
// (event ids ike-nego-p1-*, ike-nego-p2-*, ikev2-nego-*, ike-send-*, ike-recv-*, ipsec-key-*,
// ike-generic-event). Patterns match the Description field alone; the prefix (index.ts) takes it
// out of a syslog / CSV-export row, a tab-separated copy of the GUI table, or a line that holds
// the description by itself after a label (seed 002: `内容: IKE phase-1 negotiation ...`).
//
// Sources of the wordings:
//  - seed 002 (PAN-OS 9.0.11 system log, four phase-1 failure patterns);
//  - paloaltofirewalls.com "VPN Concepts, Troubleshooting, and Testing" (phase-1 timeout with
//    lowercase `due to timeout`, "Couldn’t find configuration ... for peer IP x.x.x.x[1929]");
//  - a pan-os-syslog test vector (ike-send-p2-delete, "IKE protocol IPSec SA delete message sent
//    to peer. SPI:0xA1CD910F.") and the Elastic panw integration's SYSTEM row layout;
//  - a PAN-OS 11.2 lab write-up (ikev2-nego-ike-start "IKEv2 IKE SA negotiation is started as
//    responder, non-rekey. Initiated SA: ... SPI:...", ikev2-nego-enc-mismatch, ike-generic-event
//    "no proposal chosen.") and a MikroTik forum thread quoting "IKEv2 IKE SA negotiation is failed
//    as responder, non-rekey. Failed SA: ..." and "received ID_I (type ipaddr [...]) does not match
//    peers id".
// Wordings marked "assumed" below follow the same grammar but were not found in a public sample.
import type { EventDraft, Role } from '../../core/model.js';
import type { PatternSpec } from '../../core/dialect.js';
import { notifyName } from '../../core/ike-tables.js';
import { ADDR, SA_PAIR, endpoint, ends } from './common.js';

const HEX16 = '[0-9A-Fa-f]{16}';
const COOKIES = String.raw`cookie:(?<icookie>${HEX16}):(?<rcookie>${HEX16})`;
const SPIS_V2 = String.raw`SPI:(?<spiI>${HEX16}):(?<spiR>${HEX16})`;
const ROLE = '(?<role>initiator|responder)';
const ZERO_COOKIE = '0000000000000000';

const re = (src: string): RegExp => new RegExp(src);

const roleOf = (g: Record<string, string>): Role | undefined =>
  g.role === 'initiator' || g.role === 'responder' ? g.role : undefined;

function v1Mode(g: Record<string, string>): Pick<EventDraft, 'mode' | 'exchange'> {
  if (g.mode === 'aggressive') return { mode: 'aggressive', exchange: 'AGGRESSIVE_MODE' };
  if (g.mode === 'main') return { mode: 'main', exchange: 'MAIN_MODE' };
  return {};
}

function cookies(g: Record<string, string>): Pick<EventDraft, 'sa' | 'ikeSpiI' | 'ikeSpiR'> {
  // The initiator cookie names the attempt from its first message on; the responder's half is
  // zero until the peer answers, so it cannot be part of the key.
  if (!g.icookie) return {};
  return {
    sa: g.icookie.toLowerCase(),
    ikeSpiI: g.icookie.toLowerCase(),
    ...(g.rcookie ? { ikeSpiR: g.rcookie.toLowerCase() } : {}),
  };
}

function v2Spis(g: Record<string, string>): Pick<EventDraft, 'sa' | 'ikeSpiI' | 'ikeSpiR'> {
  if (!g.spiI) return {};
  return {
    sa: g.spiI.toLowerCase(),
    ikeSpiI: g.spiI.toLowerCase(),
    ...(g.spiR ? { ikeSpiR: g.spiR.toLowerCase() } : {}),
  };
}

const msgId = (g: Record<string, string>): Pick<EventDraft, 'messageId'> =>
  g.msgid ? { messageId: parseInt(g.msgid, 16) } : {};

const spiPair = (g: Record<string, string>): Pick<EventDraft, 'spiIn' | 'spiOut'> =>
  // PAN-OS prints the inbound (own) SPI first, as `show vpn ipsec-sa` lists "local/remote SPI".
  g.spi1 && g.spi2 ? { spiIn: g.spi1.toLowerCase(), spiOut: g.spi2.toLowerCase() } : {};

const isTimeout = (s: string | undefined): boolean => !!s && /time ?out|time up|timed out/i.test(s);

/** Events for the reason text after an IKEv2 "Failed SA: ..." (or anything else said about it). */
function v2IkeFailure(g: Record<string, string>, common: Partial<EventDraft>): EventDraft[] {
  const tail = (g.tail ?? '').trim().replace(/^\.\s*/, '');
  const reason = tail.replace(/^[Dd]ue to\s*/, '').replace(/\.$/, '') || undefined;
  const base = { ...common, ...(reason ? { reason } : {}) };
  if (isTimeout(tail))
    return [
      {
        kind: 'ike.timeout',
        ...base,
        details: {
          afterFirstMessage:
            common.role === 'responder' || (common.ikeSpiR !== undefined && common.ikeSpiR !== ZERO_COOKIE),
        },
      },
    ];
  const id = /received ID_[IR] ?\(type [^[\]]{1,30}\[(?<id>[^\]]{1,128})\]\)/.exec(tail);
  if (id?.groups?.id)
    return [{ ...base, kind: 'id.mismatch', remote: { ...common.remote, id: id.groups.id } }];
  if (/pre-shared key/i.test(tail)) return [{ ...base, kind: 'psk.mismatch' }];
  if (/auth/i.test(tail)) return [{ ...base, kind: 'ike.auth.failed' }];
  if (/proposal/i.test(tail)) return [{ ...base, kind: 'proposal.none', scope: 'ike' }];
  return [{ ...base, kind: 'ike.state', state: 'failed' }];
}

function childFailure(g: Record<string, string>, common: Partial<EventDraft>): EventDraft[] {
  const tail = (g.tail ?? g.reason ?? '').trim().replace(/^\.\s*/, '');
  const reason = tail.replace(/^[Dd]ue to\s*/, '').replace(/\.$/, '') || 'failed';
  const base = { ...common, reason };
  if (/NO[-_ ]PROPOSAL|proposal/i.test(tail)) return [{ ...base, kind: 'proposal.none', scope: 'child' }];
  if (/TS[-_]UNACCEPTABLE|traffic selector|proxy[- ]id/i.test(tail))
    return [{ ...base, kind: 'ts.mismatch' }];
  if (/KE type|\bPFS\b|KE payload/i.test(tail)) return [{ ...base, kind: 'pfs.mismatch' }];
  return [{ ...base, kind: 'child.failed' }];
}

/** `what` of "Configured encryption algorithm 'AES256-CBC' was not presented ..." as a parameter. */
function paramFromWords(what: string): EventDraft['param'] {
  const w = what.toLowerCase();
  if (w.includes('encryption')) return 'encryption';
  if (w.includes('integrity') || w.includes('hash') || w.includes('authentication')) return 'integrity';
  if (w.includes('prf')) return 'prf';
  if (w.includes('dh') || w.includes('group') || w.includes('diffie')) return 'dh_group';
  if (w.includes('lifetime')) return 'lifetime';
  return undefined;
}

export const PANOS_PATTERNS: readonly PatternSpec[] = [
  {
    // Header row of Monitor > Logs > System > Export to CSV.
    id: 'csv-header',
    needle: 'Receive Time',
    regex: /^"?(?:Domain|Receive Time|FUTURE_USE)"?,/,
    samples: [
      'Domain,Receive Time,Serial #,Type,Threat/Content Type,Config Version,Generate Time,Virtual System,Event ID,Object,fmt,id,module,Severity,Description,Sequence Number,Action Flags,DG Hierarchy Level 1,DG Hierarchy Level 2,DG Hierarchy Level 3,DG Hierarchy Level 4,Virtual System Name,Device Name',
    ],
    events: () => [],
  },
  {
    // An event id shown on a line of its own (GUI detail view, seed 002 `イベント:...`).
    id: 'event-id',
    regex: /^(?<eventid>(?:ike|ikev2|ipsec|keymgr)-[a-z0-9-]{1,60})$/,
    samples: [
      'イベント:ike-nego-p1-fail-common',
      'イベント: ike-nego-p1-fail-psk',
      'Event: ikev2-nego-ike-start',
    ],
    events: () => [],
  },
  {
    id: 'p1-no-config',
    needle: 'find configuration',
    regex: re(
      String.raw`^IKE(?<v2>v2)?[^.]{0,40} negotiation is failed\. Couldn['’]t find configuration for [^.]{0,60}?request for peer IP (?<remote>${ADDR})\[(?<rport>\d{1,5})\]`,
    ),
    samples: [
      "内容: IKE phase-1 negotiation is failed. Couldn't find configuration for IKE phase-1 request for peer IP 200.100.1.254[500].",
      '<14>Jul  6 18:31:02 PA-VM 1,2021/07/06 18:31:02,007200001234,SYSTEM,vpn,0,2021/07/06 18:31:02,,ike-nego-p1-fail-common,,0,0,general,informational,"IKE phase-1 negotiation is failed. Couldn\'t find configuration for IKE phase-1 request for peer IP 200.100.1.254[500].",7012340,0x0,0,0,0,0,,PA-VM',
      'IKE phase 1 negotiation is failed. Couldn’t find configuration for IKE phase-1 request for peer IP x.x.x.x[1929]',
    ],
    events: (g) => {
      const remote = endpoint(g.remote, g.rport);
      return [
        {
          kind: 'peer.not-configured',
          ikeVersion: g.v2 ? 2 : 1,
          role: 'responder',
          ...(remote ? { remote } : {}),
          reason: "Couldn't find configuration for IKE request",
        },
      ];
    },
  },
  {
    id: 'p1-fail',
    needle: 'phase-1 negotiation is failed as',
    regex: re(
      String.raw`^IKE phase-1 negotiation is failed as ${ROLE}, (?<mode>main|aggressive) mode\. Failed SA: ${SA_PAIR} ${COOKIES}\.?(?: [Dd]ue to (?<reason>[^.]{1,80}))?`,
    ),
    samples: [
      '内容: IKE phase-1 negotiation is failed as initiator, main mode. Failed SA: 200.100.5.1[500]-200.100.1.254[500] cookie:02f293d180b306a3:0000000000000000. Due to timeout.',
      '<14>Jul  6 18:35:17 PA-VM 1,2021/07/06 18:35:17,007200001234,SYSTEM,vpn,0,2021/07/06 18:35:17,,ike-nego-p1-fail,GW-NAME,0,0,general,informational,"IKE phase-1 negotiation is failed as initiator, main mode. Failed SA: 200.100.5.1[500]-200.100.1.254[500] cookie:02f293d180b306a3:0000000000000000. Due to timeout.",7012345,0x0,0,0,0,0,,PA-VM',
      'IKE phase-1 negotiation is failed as initiator, main mode. Failed SA: x.x.x.x[500]-y.y.y.y[500] cookie:84222f276c2fa2e9:0000000000000000 due to timeout.',
    ],
    events: (g) => {
      const common: EventDraft = {
        kind: 'ike.state',
        ikeVersion: 1,
        ...(roleOf(g) ? { role: roleOf(g) } : {}),
        ...v1Mode(g),
        ...cookies(g),
        ...ends(g),
      };
      const reason = g.reason?.trim();
      if (isTimeout(reason)) {
        // A zero responder cookie means the peer never answered our first message.
        const answered = g.role === 'responder' || (g.rcookie !== undefined && g.rcookie !== ZERO_COOKIE);
        return [
          {
            ...common,
            kind: 'ike.timeout',
            reason: reason ?? 'timeout',
            details: { afterFirstMessage: answered },
          },
        ];
      }
      return [{ ...common, state: 'failed', ...(reason ? { reason } : {}) }];
    },
  },
  {
    id: 'no-proposal',
    needle: 'no suitable proposal',
    regex:
      /^IKE phase-(?<ph>[12]) negotiation is failed\. no suitable proposal found in peer['’]s SA payload/,
    samples: [
      '内容:IKE phase-1 negotiation is failed. no suitable proposal found in peer’s SA payload.',
      '1,2021/07/06 18:40:02,007200001234,SYSTEM,vpn,0,2021/07/06 18:40:02,,ike-nego-p1-fail-common,GW-NAME,0,0,general,informational,"IKE phase-1 negotiation is failed. no suitable proposal found in peer\'s SA payload.",7012350,0x0,0,0,0,0,,PA-VM',
    ],
    events: (g) => [
      {
        kind: 'proposal.none',
        ikeVersion: 1,
        scope: g.ph === '2' ? 'child' : 'ike',
        exchange: g.ph === '2' ? 'QUICK_MODE' : 'MAIN_MODE',
        reason: "no suitable proposal found in peer's SA payload",
      },
    ],
  },
  {
    id: 'psk-mismatch',
    needle: 'pre-shared key mismatch',
    regex: /^IKE(?<v2> phase-1|v2 IKE SA) negotiation is failed likely due to pre-shared key mismatch/,
    samples: [
      '内容: IKE phase-1 negotiation is failed likely due to pre-shared key mismatch.',
      '<14>Jul  6 18:45:40 PA-VM 1,2021/07/06 18:45:40,007200001234,SYSTEM,vpn,0,2021/07/06 18:45:40,,ike-nego-p1-fail-psk,GW-NAME,0,0,general,informational,IKE phase-1 negotiation is failed likely due to pre-shared key mismatch.,7012360,0x0,0,0,0,0,,PA-VM',
    ],
    events: (g) => [
      {
        kind: 'psk.mismatch',
        ikeVersion: g.v2 === 'v2 IKE SA' ? 2 : 1,
        reason: 'likely due to pre-shared key mismatch',
      },
    ],
  },
  {
    id: 'p1-start',
    needle: 'phase-1 negotiation is started',
    regex: re(
      String.raw`^IKE phase-1 negotiation is started as ${ROLE}, (?<mode>main|aggressive) mode\. Initiated SA: ${SA_PAIR} ${COOKIES}`,
    ),
    samples: [
      '1,2021/07/06 18:35:01,007200001234,SYSTEM,vpn,0,2021/07/06 18:35:01,,ike-nego-p1-start,GW-NAME,0,0,general,informational,"IKE phase-1 negotiation is started as initiator, main mode. Initiated SA: 200.100.5.1[500]-200.100.1.254[500] cookie:02f293d180b306a3:0000000000000000.",7012344,0x0,0,0,0,0,,PA-VM',
    ],
    events: (g) => [
      {
        kind: g.role === 'responder' ? 'ike.respond' : 'ike.initiate',
        ikeVersion: 1,
        ...(roleOf(g) ? { role: roleOf(g) } : {}),
        ...v1Mode(g),
        ...cookies(g),
        ...ends(g),
      },
    ],
  },
  {
    id: 'p1-succ',
    needle: 'phase-1 negotiation is succeeded',
    regex: re(
      String.raw`^IKE phase-1 negotiation is succeeded as ${ROLE}, (?<mode>main|aggressive) mode\. Established SA: ${SA_PAIR} ${COOKIES}(?: lifetime (?<lifetime>\d{1,10}) Sec)?`,
    ),
    samples: [
      '1,2021/07/06 19:02:11,007200001234,SYSTEM,vpn,0,2021/07/06 19:02:11,,ike-nego-p1-succ,GW-NAME,0,0,general,informational,"IKE phase-1 negotiation is succeeded as responder, main mode. Established SA: 200.100.5.1[500]-200.100.1.254[500] cookie:5e6f2a1b3c4d5e6f:8a7b6c5d4e3f2a1b lifetime 28800 Sec.",7012400,0x0,0,0,0,0,,PA-VM',
    ],
    events: (g) => [
      {
        kind: 'ike.established',
        ikeVersion: 1,
        ...(roleOf(g) ? { role: roleOf(g) } : {}),
        ...v1Mode(g),
        ...cookies(g),
        ...ends(g),
        ...(g.lifetime ? { details: { lifetime: Number(g.lifetime) } } : {}),
      },
    ],
  },
  {
    // A deletion that the device attributes to DPD (wording assumed: PAN-OS event ids ike-dpd-*;
    // no public sample of the description was found). Tried before `sa-deleted`.
    id: 'dpd',
    needle: ['DPD', 'ead peer detection', 'ead Peer Detection'],
    regex:
      /^(?=[^\n]{0,200}?\b(?:DPD|[Dd]ead [Pp]eer [Dd]etection)\b)(?=[^\n]{0,300}?\b(?:dead|down|[Tt]imeout|timed out|expired|no response|not responding)\b)(?<text>[^\n]{1,300})/,
    samples: [
      '1,2021/07/07 09:12:44,007200001234,SYSTEM,vpn,0,2021/07/07 09:12:44,,ike-dpd-peer-dead,GW-NAME,0,0,general,informational,"IKE phase-1 SA is deleted SA: 200.100.5.1[500]-200.100.1.254[500] cookie:5e6f2a1b3c4d5e6f:8a7b6c5d4e3f2a1b. Due to DPD timeout, peer is dead.",7012500,0x0,0,0,0,0,,PA-VM',
    ],
    events: (g) => {
      const sa = re(SA_PAIR).exec(g.text ?? '');
      const ck = re(COOKIES).exec(g.text ?? '');
      const e: EventDraft = {
        kind: 'dpd.dead',
        ...(sa?.groups ? ends(sa.groups) : {}),
        ...(ck?.groups ? cookies(ck.groups) : {}),
        reason: 'DPD',
      };
      const out: EventDraft[] = [e];
      if (/SA is deleted/.test(g.text ?? ''))
        out.push({ ...e, kind: 'ike.deleted', byPeer: false, reason: 'DPD' });
      return out;
    },
  },
  {
    id: 'sa-deleted',
    needle: 'SA is deleted',
    regex: re(
      String.raw`^IKE(?<v2>v2)? (?<what>phase-1|phase-2|IKE|child) SA is deleted(?![^\n]{0,300}\bDPD\b)(?: SA: ${SA_PAIR})?(?: ${COOKIES})?`,
    ),
    samples: [
      '1,2021/07/07 03:02:11,007200001234,SYSTEM,vpn,0,2021/07/07 03:02:11,,ike-nego-p1-delete,GW-NAME,0,0,general,informational,"IKE phase-1 SA is deleted SA: 200.100.5.1[500]-200.100.1.254[500] cookie:5e6f2a1b3c4d5e6f:8a7b6c5d4e3f2a1b.",7012460,0x0,0,0,0,0,,PA-VM',
    ],
    events: (g) => [
      {
        kind: g.what === 'phase-2' || g.what === 'child' ? 'child.deleted' : 'ike.deleted',
        ikeVersion: g.v2 ? 2 : 1,
        ...ends(g),
        ...cookies(g),
      },
    ],
  },
  {
    id: 'p2-start',
    needle: 'phase-2 negotiation is started',
    regex: re(
      String.raw`^IKE phase-2 negotiation is started as ${ROLE}, quick mode\. Initiated SA: ${SA_PAIR} message id:0x(?<msgid>[0-9A-Fa-f]{1,8})`,
    ),
    samples: [
      '1,2021/07/06 19:02:11,007200001234,SYSTEM,vpn,0,2021/07/06 19:02:11,,ike-nego-p2-start,TUN-NAME,0,0,general,informational,"IKE phase-2 negotiation is started as initiator, quick mode. Initiated SA: 200.100.5.1[500]-200.100.1.254[500] message id:0x9A3B2C1D.",7012401,0x0,0,0,0,0,,PA-VM',
    ],
    events: (g) => [
      {
        kind: 'child.initiate',
        ikeVersion: 1,
        exchange: 'QUICK_MODE',
        ...(roleOf(g) ? { role: roleOf(g) } : {}),
        ...ends(g),
        ...msgId(g),
      },
    ],
  },
  {
    id: 'p2-succ',
    needle: 'phase-2 negotiation is succeeded',
    regex: re(
      String.raw`^IKE phase-2 negotiation is succeeded as ${ROLE}, quick mode\. Established SA: ${SA_PAIR} message id:0x(?<msgid>[0-9A-Fa-f]{1,8})(?:, SPI:0x(?<spi1>[0-9A-Fa-f]{1,8})\/0x(?<spi2>[0-9A-Fa-f]{1,8}))?`,
    ),
    samples: [
      '1,2021/07/06 19:02:12,007200001234,SYSTEM,vpn,0,2021/07/06 19:02:12,,ike-nego-p2-succ,TUN-NAME,0,0,general,informational,"IKE phase-2 negotiation is succeeded as initiator, quick mode. Established SA: 200.100.5.1[500]-200.100.1.254[500] message id:0x9A3B2C1D, SPI:0xC3E2A1B0/0x0A1B2C3D.",7012402,0x0,0,0,0,0,,PA-VM',
    ],
    events: (g) => [
      {
        kind: 'child.established',
        ikeVersion: 1,
        exchange: 'QUICK_MODE',
        ...(roleOf(g) ? { role: roleOf(g) } : {}),
        ...ends(g),
        ...msgId(g),
        ...spiPair(g),
      },
    ],
  },
  {
    id: 'p2-fail',
    needle: 'phase-2 negotiation is failed as',
    regex: re(
      String.raw`^IKE phase-2 negotiation is failed as ${ROLE}, quick mode\. Failed SA: ${SA_PAIR} message id:0x(?<msgid>[0-9A-Fa-f]{1,8})\.?(?<tail>[^\n]{0,200})`,
    ),
    samples: [
      '1,2021/07/06 19:05:40,007200001234,SYSTEM,vpn,0,2021/07/06 19:05:40,,ike-nego-p2-fail,TUN-NAME,0,0,general,informational,"IKE phase-2 negotiation is failed as responder, quick mode. Failed SA: 200.100.5.1[500]-200.100.1.254[500] message id:0x5B6C7D8E. Due to negotiation timeout.",7012420,0x0,0,0,0,0,,PA-VM',
    ],
    events: (g) =>
      childFailure(g, {
        ikeVersion: 1,
        exchange: 'QUICK_MODE',
        ...(roleOf(g) ? { role: roleOf(g) } : {}),
        ...ends(g),
        ...msgId(g),
      }),
  },
  {
    id: 'proxy-id',
    needle: 'failed when processing',
    regex:
      /^IKE(?<v2>v2 child SA| phase-2) negotiation (?:is )?failed when processing (?<what>Proxy ID|traffic selector)\.?(?<tail>[^\n]{0,400})/,
    samples: [
      '1,2021/07/06 19:10:03,007200001234,SYSTEM,vpn,0,2021/07/06 19:10:03,,ike-nego-p2-proxy-id-bad,TUN-NAME,0,0,general,informational,"IKE phase-2 negotiation failed when processing Proxy ID. Received local id: 192.168.10.0/24 type IPv4_subnet protocol 0 port 0, received remote id: 192.168.50.0/24 type IPv4_subnet protocol 0 port 0.",7012430,0x0,0,0,0,0,,PA-VM',
      'IKE phase-2 negotiation failed when processing Proxy ID. cannot find matching phase-2 tunnel for received proxy ID. received local id: 172.16.1.0/24 type IPv4_subnet protocol 0 port 0, received remote id: 10.10.0.0/16 type IPv4_subnet protocol 0 port 0.',
    ],
    events: (g) => {
      const m =
        /[Rr]eceived local (?:id|ts): ?(?<l>[^\s,]{1,80})[^,]{0,120}, received remote (?:id|ts): ?(?<r>[^\s,]{1,80})/.exec(
          g.tail ?? '',
        );
      const l = m?.groups?.l?.replace(/\.$/, '');
      const r = m?.groups?.r?.replace(/\.$/, '');
      return [
        {
          kind: 'ts.mismatch',
          ikeVersion: g.v2 === 'v2 child SA' ? 2 : 1,
          exchange: g.v2 === 'v2 child SA' ? 'IKE_AUTH' : 'QUICK_MODE',
          ...(l || r ? { ts: { ...(l ? { local: l } : {}), ...(r ? { remote: r } : {}) } } : {}),
          reason: `failed when processing ${g.what ?? 'Proxy ID'}`,
        },
      ];
    },
  },
  {
    id: 'v2-ike-start',
    needle: 'IKEv2 IKE SA negotiation is started',
    regex: re(
      String.raw`^IKEv2 IKE SA negotiation is started as ${ROLE}, (?<rekey>non-rekey|rekey)\. Initiated SA: ${SA_PAIR} ${SPIS_V2}(?: SN:(?<sn>\d{1,10}))?`,
    ),
    samples: [
      '1,2026/08/01 18:49:39,007951000123456,SYSTEM,vpn,0,2026/08/01 18:49:39,,ikev2-nego-ike-start,IKE-GW-FGT,0,0,general,informational,"IKEv2 IKE SA negotiation is started as responder, non-rekey. Initiated SA: 10.0.0.2[500]-10.0.0.1[500] SPI:07f21c0fd2236540:ac9d9ee491cd49d9.",7300001,0x0,0,0,0,0,,PA-VM,0,0,2026-08-01T18:49:39.120-03:00',
    ],
    events: (g) => [
      {
        kind: g.rekey === 'rekey' ? 'ike.rekey' : g.role === 'responder' ? 'ike.respond' : 'ike.initiate',
        ikeVersion: 2,
        exchange: g.rekey === 'rekey' ? 'CREATE_CHILD_SA' : 'IKE_SA_INIT',
        ...(roleOf(g) ? { role: roleOf(g) } : {}),
        ...ends(g),
        ...v2Spis(g),
        ...(g.rekey === 'rekey' ? { details: { state: 'started' } } : {}),
      },
    ],
  },
  {
    id: 'v2-ike-succ',
    needle: 'IKEv2 IKE SA negotiation is succeeded',
    regex: re(
      String.raw`^IKEv2 IKE SA negotiation is succeeded as ${ROLE}, (?<rekey>non-rekey|rekey)\. Established SA: ${SA_PAIR} ${SPIS_V2}(?: SN:(?<sn>\d{1,10}))?(?: lifetime (?<lifetime>\d{1,10}) Sec)?`,
    ),
    samples: [
      '1,2021/09/02 10:11:12,007200001234,SYSTEM,vpn,0,2021/09/02 10:11:12,,ike-nego-p1-succ,GW-AWS,0,0,general,informational,"IKEv2 IKE SA negotiation is succeeded as initiator, non-rekey. Established SA: 198.51.100.10[500]-203.0.113.20[500] SPI:8669654ab024e4ae:cabd66d702c02131 SN:4 lifetime 28800 Sec.",7400001,0x0,0,0,0,0,,PA-VM',
    ],
    events: (g) => [
      {
        kind: g.rekey === 'rekey' ? 'ike.rekey' : 'ike.established',
        ikeVersion: 2,
        ...(roleOf(g) ? { role: roleOf(g) } : {}),
        ...ends(g),
        ...v2Spis(g),
        details: {
          ...(g.rekey === 'rekey' ? { state: 'done' } : {}),
          ...(g.lifetime ? { lifetime: Number(g.lifetime) } : {}),
        },
      },
    ],
  },
  {
    id: 'v2-ike-fail',
    needle: 'IKEv2 IKE SA negotiation is failed',
    regex: re(
      String.raw`^IKEv2 IKE SA negotiation is failed as ${ROLE}, (?<rekey>non-rekey|rekey)\. Failed SA: ${SA_PAIR} ${SPIS_V2}(?: SN:(?<sn>\d{1,10}))?(?<tail>[^\n]{0,300})`,
    ),
    samples: [
      '1,2023/03/14 11:20:31,013201000987,SYSTEM,vpn,0,2023/03/14 11:20:31,,ikev2-nego-ike-fail,GW-MIKROTIK,0,0,general,informational,"IKEv2 IKE SA negotiation is failed as responder, non-rekey. Failed SA: 111.111.111.111[4500]-176.238.239.255[51435] SPI:0239b91635ed0e98:426762ab448185a9.",8100001,0x0,0,0,0,0,,PA-CENTER',
      'IKEv2 IKE SA negotiation is failed as initiator, non-rekey. Failed SA: 198.51.100.10[500]-203.0.113.20[500] SPI:1c2d3e4f5a6b7c8d:0000000000000000 SN:7. Due to timeout.',
    ],
    events: (g) => {
      const common: Partial<EventDraft> = {
        ikeVersion: 2,
        exchange: g.rekey === 'rekey' ? 'CREATE_CHILD_SA' : 'IKE_SA_INIT',
        ...(roleOf(g) ? { role: roleOf(g) } : {}),
        ...ends(g),
        ...v2Spis(g),
      };
      if (g.rekey === 'rekey')
        return [{ ...common, kind: 'ike.rekey.failed', reason: (g.tail ?? '').trim() || 'failed' }];
      return v2IkeFailure(g, common);
    },
  },
  {
    id: 'v2-child-start',
    needle: 'IKEv2 child SA negotiation is started',
    regex: re(
      String.raw`^IKEv2 child SA negotiation is started as ${ROLE}, (?<rekey>non-rekey|rekey)\. Initiated SA: ${SA_PAIR} message id:0x(?<msgid>[0-9A-Fa-f]{1,8})(?:, parent SN:(?<sn>\d{1,10}))?`,
    ),
    samples: [
      'IKEv2 child SA negotiation is started as initiator, non-rekey. Initiated SA: 198.51.100.10[500]-203.0.113.20[500] message id:0x00000001, parent SN:4.',
    ],
    events: (g) => [
      {
        kind: g.rekey === 'rekey' ? 'child.rekey' : 'child.initiate',
        ikeVersion: 2,
        exchange: g.rekey === 'rekey' ? 'CREATE_CHILD_SA' : 'IKE_AUTH',
        ...(roleOf(g) ? { role: roleOf(g) } : {}),
        ...ends(g),
        ...msgId(g),
      },
    ],
  },
  {
    id: 'v2-child-succ',
    needle: 'IKEv2 child SA negotiation is succeeded',
    regex: re(
      String.raw`^IKEv2 child SA negotiation is succeeded as ${ROLE}, (?<rekey>non-rekey|rekey)\. Established SA: ${SA_PAIR} message id:0x(?<msgid>[0-9A-Fa-f]{1,8})(?:, SPI:0x(?<spi1>[0-9A-Fa-f]{1,8})\/0x(?<spi2>[0-9A-Fa-f]{1,8}))?`,
    ),
    samples: [
      'IKEv2 child SA negotiation is succeeded as initiator, non-rekey. Established SA: 198.51.100.10[500]-203.0.113.20[500] message id:0x00000001, SPI:0xA1B2C3D4/0xD4C3B2A1 parent SN:4 lifetime 3600 Sec lifesize unlimited.',
    ],
    events: (g) => [
      {
        kind: 'child.established',
        ikeVersion: 2,
        exchange: g.rekey === 'rekey' ? 'CREATE_CHILD_SA' : 'IKE_AUTH',
        ...(roleOf(g) ? { role: roleOf(g) } : {}),
        ...ends(g),
        ...msgId(g),
        ...spiPair(g),
      },
    ],
  },
  {
    id: 'v2-child-fail',
    needle: 'IKEv2 child SA negotiation is failed',
    regex: re(
      String.raw`^IKEv2 child SA negotiation is failed as ${ROLE}, (?<rekey>non-rekey|rekey)\. Failed SA: ${SA_PAIR} message id:0x(?<msgid>[0-9A-Fa-f]{1,8})(?<tail>[^\n]{0,300})`,
    ),
    samples: [
      'IKEv2 child SA negotiation is failed as initiator, non-rekey. Failed SA: 198.51.100.10[500]-203.0.113.20[500] message id:0x00000001, parent SN:4. Due to timeout.',
    ],
    events: (g) => {
      const tail = (g.tail ?? '').replace(/^,? ?parent SN:\d{1,10}/, '');
      const common = {
        ikeVersion: 2 as const,
        exchange: g.rekey === 'rekey' ? ('CREATE_CHILD_SA' as const) : ('IKE_AUTH' as const),
        ...(roleOf(g) ? { role: roleOf(g) } : {}),
        ...ends(g),
        ...msgId(g),
      };
      if (g.rekey === 'rekey')
        return [{ ...common, kind: 'child.rekey.failed', reason: tail.trim() || 'failed' }];
      return childFailure({ tail }, common);
    },
  },
  {
    id: 'key-installed',
    needle: 'key installed',
    regex: re(
      String.raw`^IP[Ss]ec key installed\. Installed SA: ${SA_PAIR} SPI:0x(?<spi1>[0-9A-Fa-f]{1,8})\/0x(?<spi2>[0-9A-Fa-f]{1,8})(?: lifetime (?<lifetime>\d{1,10}) Sec)?(?: lifesize (?<lifesize>[^ .]{1,20}))?`,
    ),
    samples: [
      '1,2021/07/06 19:02:12,007200001234,SYSTEM,vpn,0,2021/07/06 19:02:12,,ipsec-key-install,TUN-NAME,0,0,general,informational,IPSec key installed. Installed SA: 200.100.5.1[500]-200.100.1.254[500] SPI:0xC3E2A1B0/0x0A1B2C3D lifetime 3600 Sec lifesize unlimited.,7012403,0x0,0,0,0,0,,PA-VM',
    ],
    events: (g) => [
      {
        kind: 'child.established',
        ...ends(g),
        ...spiPair(g),
        details: { installed: true, ...(g.lifetime ? { lifetime: Number(g.lifetime) } : {}) },
      },
    ],
  },
  {
    id: 'key-deleted',
    needle: 'key deleted',
    regex: re(
      String.raw`^IP[Ss]ec key deleted\. Deleted SA: ${SA_PAIR} SPI:0x(?<spi1>[0-9A-Fa-f]{1,8})\/0x(?<spi2>[0-9A-Fa-f]{1,8})`,
    ),
    samples: [
      '1,2021/07/06 20:02:12,007200001234,SYSTEM,vpn,0,2021/07/06 20:02:12,,ipsec-key-delete,TUN-NAME,0,0,general,informational,IPSec key deleted. Deleted SA: 200.100.5.1[500]-200.100.1.254[500] SPI:0xC3E2A1B0/0x0A1B2C3D.,7012480,0x0,0,0,0,0,,PA-VM',
    ],
    events: (g) => [{ kind: 'child.deleted', ...ends(g), ...spiPair(g) }],
  },
  {
    id: 'notify',
    needle: 'notification message',
    regex:
      /^IKE protocol notification message (?<dir>received|sent): (?<name>[A-Za-z][\w-]{1,48})(?: \((?<num>\d{1,5})\))?/,
    samples: [
      '1,2021/07/06 19:20:01,007200001234,SYSTEM,vpn,0,2021/07/06 19:20:01,,ike-recv-notify,GW-NAME,0,0,general,informational,IKE protocol notification message received: NO-PROPOSAL-CHOSEN (14).,7012440,0x0,0,0,0,0,,PA-VM',
      'IKE protocol notification message sent: INVALID-ID-INFORMATION (18).',
    ],
    events: (g) => [
      {
        kind: g.dir === 'sent' ? 'notify.sent' : 'notify.received',
        direction: g.dir === 'sent' ? 'out' : 'in',
        notify: notifyName(g.name ?? '', 1),
        ...(g.num ? { details: { notifyType: Number(g.num) } } : {}),
      },
    ],
  },
  {
    id: 'delete-msg',
    needle: 'delete message',
    regex:
      /^IKE protocol (?<what>[A-Za-z0-9 -]{1,40}?) delete message (?<dir>sent to|received from) peer\.?(?: SPI:0x(?<spi>[0-9A-Fa-f]{1,8}))?/,
    samples: [
      '<14>Nov  9 19:53:08 NY-DC-FW-2.example.com 1,2019/10/06 15:46:26,009732949126,SYSTEM,vpn,0,2019/10/19 15:39:29,,ike-send-p2-delete,To-FOO-BAR-NET,0,0,general,informational,"IKE protocol IPSec SA delete message sent to peer. SPI:0xA1CD910F.",18249042,0x8000000000000000,0,0,0,0,,NY-DC-FW-2',
      '1,2021/07/07 08:00:01,007200001234,SYSTEM,vpn,0,2021/07/07 08:00:01,,ike-recv-p2-delete,TUN-NAME,0,0,general,informational,"IKE protocol IPSec SA delete message received from peer. SPI:0x0A1B2C3D.",7012490,0x0,0,0,0,0,,PA-VM',
    ],
    events: (g) => {
      const child = /ipsec|phase-2|child/i.test(g.what ?? '');
      const byPeer = g.dir === 'received from';
      const spi = g.spi?.toLowerCase();
      return [
        {
          kind: child ? 'child.deleted' : 'ike.deleted',
          byPeer,
          direction: byPeer ? 'in' : 'out',
          ...(spi ? (byPeer ? { spiOut: spi } : { spiIn: spi }) : {}),
        },
      ];
    },
  },
  {
    // ikev2-nego-enc-mismatch and its siblings (PAN-OS 11): "[GW]: Configured encryption
    // algorithm 'AES256-CBC' was not presented in the IKE proposal. ..."
    id: 'alg-not-presented',
    needle: 'was not presented',
    regex:
      /^\[(?<gw>[^\]]{1,64})\]: Configured (?<what>[A-Za-z0-9 -]{1,40}?) '(?<alg>[^']{1,40})' was not presented in the (?<where>[A-Za-z -]{1,20}?) ?proposal/,
    samples: [
      '1,2026/08/01 18:49:39,007951000123456,SYSTEM,vpn,0,2026/08/01 18:49:39,,ikev2-nego-enc-mismatch,IKE-GW-FGT,0,0,general,medium,"[IKE-GW-FGT]: Configured encryption algorithm \'AES256-CBC\' was not presented in the IKE proposal. Please ensure that matching proposals are configured on both sides.",7300000,0x0,0,0,0,0,,PA-VM,0,0,2026-08-01T18:49:39.110-03:00',
    ],
    events: (g) => {
      const param = paramFromWords(g.what ?? '');
      const child = /ipsec|child/i.test(g.where ?? '');
      return [
        {
          kind: 'proposal.none',
          ikeVersion: 2,
          ...(g.gw ? { conn: g.gw } : {}),
          scope: child ? 'child' : 'ike',
          ...(param ? { param } : {}),
          ...(g.alg ? { localValue: g.alg } : {}),
          reason: `configured ${g.what ?? 'algorithm'} '${g.alg ?? '?'}' not offered by the peer`,
        },
      ];
    },
  },
  {
    // Wording assumed (listed in PAN-OS troubleshooting notes for IKEv2 proposal failures).
    id: 'v2-proposal-mismatch',
    needle: 'proposal doesn',
    regex: /^IKEv2 proposal doesn['’]t match/,
    samples: [
      "1,2021/09/02 10:20:00,007200001234,SYSTEM,vpn,0,2021/09/02 10:20:00,,ike-nego-p1-fail,GW-AWS,0,0,general,informational,IKEv2 proposal doesn't match.,7400010,0x0,0,0,0,0,,PA-VM",
    ],
    events: () => [{ kind: 'proposal.none', ikeVersion: 2, reason: "IKEv2 proposal doesn't match" }],
  },
  {
    // ike-generic-event: the bare text of a notify the exchange ended with.
    id: 'generic-no-proposal',
    needle: 'proposal chosen',
    regex: /^no proposal chosen\.?$/,
    samples: [
      '1,2026/08/01 18:49:39,007951000123456,SYSTEM,vpn,0,2026/08/01 18:49:39,,ike-generic-event,,0,0,general,informational,no proposal chosen.,7300002,0x0,0,0,0,0,,PA-VM,0,0,2026-08-01T18:49:39.130-03:00',
    ],
    events: () => [{ kind: 'proposal.none', reason: 'no proposal chosen' }],
  },
  {
    id: 'peer-id-mismatch',
    needle: 'match peers id',
    regex:
      /^received ID_(?<side>[IR]) ?\(type (?<idtype>\w{1,20}) ?\[(?<id>[^\]]{1,128})\]\) ?does ?not ?match peers id/,
    samples: [
      '1,2023/03/14 11:20:31,013201000987,SYSTEM,vpn,0,2023/03/14 11:20:31,,ike-generic-event,GW-MIKROTIK,0,0,general,informational,received ID_I (type ipaddr [10.222.191.127]) does not match peers id,8100002,0x0,0,0,0,0,,PA-CENTER',
    ],
    events: (g) => [
      {
        kind: 'id.mismatch',
        ikeVersion: 2,
        ...(g.id ? { remote: { id: g.id } } : {}),
        reason: 'received ID does not match the configured peer ID',
        details: { ...(g.idtype ? { idType: g.idtype } : {}) },
      },
    ],
  },
];
