// PAN-OS `ikemgr.log` (`less mp-log ikemgr.log`, detailed after `debug ike global on debug`).
// ikemgr descends from KAME racoon, so besides PAN-OS's own `====> ... <====` banners it prints
// racoon's messages: the phase-1 proposal check (`Compared: DB:Peer` block, `rejected hashtype:
// DB(prop#1:trns#1):Peer(prop#1:trns#1) = SHA256:SHA512`, `no suitable proposal found.`, `failed
// to get valid proposal.`) and the phase-2 checks of racoon's proposal.c (`trns_id mismatched:
// my:... peer:...`, `pfs group mismatched: my:14 peer:2`, ...).
//
// Sources: seed 002 (PAN-OS 9.0.11, the Compared block and the three [PERR] lines); the
// Palo Alto knowledge-base article "IKEv2 with liveness check to detect network connectivity
// problem" (older `[INFO]: ike_sa.c:275:ikev2_abort(): 6:1.1.1.1[500] - 2.2.2.2[500]:(nil):aborting
// IKEv2 SA GW:6` format); ipsec-tools racoon sources (ipsec_doi.c print_ph1mismatched, proposal.c
// cmpsaprop_alloc / cmpsatrns, isakmp.c, isakmp_inf.c) for the racoon wordings. Banner texts
// follow PAN-OS's system-log grammar ("IKEv2 IKE SA NEGOTIATION SUCCEEDED", "IPSEC KEY
// INSTALLATION SUCCEEDED" are quoted in public lab notes); samples marked "assumed" were not
// found verbatim.
//
// Each pattern's builder is stateless; index.ts adds what needs the neighbouring lines (the
// context's endpoints, the Compared block, the banner a `====> Due to ... <====` line belongs to).
import type { EventDraft, Role } from '../../core/model.js';
import type { PatternSpec } from '../../core/dialect.js';
import { notifyName } from '../../core/ike-tables.js';
import { ADDR, SA_PAIR, ends, paramOf, refineKeyLength } from '../panos/common.js';

const HEX16 = '[0-9A-Fa-f]{16}';
const ZERO_COOKIE = '0000000000000000';
const re = (src: string): RegExp => new RegExp(src);

export interface BannerInfo {
  what: 'PHASE-1' | 'PHASE-2' | 'IKEv2 IKE SA' | 'IKEv2 CHILD SA';
  result: 'STARTED' | 'SUCCEEDED' | 'FAILED';
  role?: Role;
  mode?: 'main' | 'aggressive';
  rekey: boolean;
  gateway?: string;
}

export function bannerInfo(g: Record<string, string>): BannerInfo {
  const tail = g.tail ?? '';
  const role = /\bAS (INITIATOR|RESPONDER)\b/i.exec(tail)?.[1]?.toLowerCase();
  const mode = /\b(MAIN|AGGRESSIVE)\b/i.exec(tail)?.[1]?.toLowerCase();
  const gateway = /\bgateway:? ?([^\s;,<]{1,64})/.exec(tail)?.[1];
  return {
    what: (g.what ?? 'PHASE-1') as BannerInfo['what'],
    result: (g.result ?? 'STARTED') as BannerInfo['result'],
    ...(role === 'initiator' || role === 'responder' ? { role } : {}),
    ...(mode === 'main' || mode === 'aggressive' ? { mode } : {}),
    rekey: /(?<!non-)\brekey\b/i.test(tail),
    ...(gateway ? { gateway } : {}),
  };
}

function bannerEvents(b: BannerInfo): EventDraft[] {
  const v: 1 | 2 = b.what.startsWith('IKEv2') ? 2 : 1;
  const common: Partial<EventDraft> = {
    ikeVersion: v,
    ...(b.role ? { role: b.role } : {}),
    ...(b.gateway ? { conn: b.gateway } : {}),
  };
  if (b.what === 'PHASE-1' || b.what === 'IKEv2 IKE SA') {
    const ex =
      v === 2
        ? ('IKE_SA_INIT' as const)
        : b.mode === 'aggressive'
          ? ('AGGRESSIVE_MODE' as const)
          : ('MAIN_MODE' as const);
    const m = v === 1 && b.mode ? { mode: b.mode } : {};
    if (b.rekey)
      return [
        {
          ...common,
          kind: b.result === 'FAILED' ? 'ike.rekey.failed' : 'ike.rekey',
          details: { state: b.result.toLowerCase() },
        },
      ];
    if (b.result === 'STARTED')
      return [
        { ...common, ...m, exchange: ex, kind: b.role === 'responder' ? 'ike.respond' : 'ike.initiate' },
      ];
    if (b.result === 'SUCCEEDED') return [{ ...common, ...m, kind: 'ike.established' }];
    // The cause follows (`====> Due to ... <====`, or racoon's own lines before the banner).
    return [{ ...common, ...m, kind: 'ike.state', state: 'failed' }];
  }
  const ex =
    v === 1 ? ('QUICK_MODE' as const) : b.rekey ? ('CREATE_CHILD_SA' as const) : ('IKE_AUTH' as const);
  if (b.result === 'STARTED')
    return [{ ...common, exchange: ex, kind: b.rekey ? 'child.rekey' : 'child.initiate' }];
  if (b.result === 'SUCCEEDED') return [{ ...common, exchange: ex, kind: 'child.established' }];
  return [
    {
      ...common,
      exchange: ex,
      kind: b.rekey ? 'child.rekey.failed' : 'child.failed',
      reason: 'negotiation failed',
    },
  ];
}

/** Values of a racoon comparison: `SHA256:SHA512` → ours, the peer's. */
function mismatch(attr: string, db: string, peer: string, scope?: 'ike' | 'child'): EventDraft | undefined {
  const p = paramOf(attr);
  if (!p) return undefined;
  const localValue = db.trim();
  const remoteValue = peer.trim();
  return {
    kind: 'proposal.mismatch',
    param: refineKeyLength(p, localValue, remoteValue),
    localValue,
    remoteValue,
    ...(scope ? { scope } : {}),
  };
}

export const IKEMGR_PATTERNS: readonly PatternSpec[] = [
  {
    id: 'nego-banner',
    needle: 'NEGOTIATION',
    regex:
      /^====> (?<what>PHASE-1|PHASE-2|IKEv2 IKE SA|IKEv2 CHILD SA) NEGOTIATION (?<result>STARTED|SUCCEEDED|FAILED)(?<tail>[^<]{0,160})<====/,
    samples: [
      '2021-07-06 18:35:17.812 +0900  [PNTF]: {    9:     }: ====> PHASE-1 NEGOTIATION STARTED AS INITIATOR, MAIN MODE <====',
      '2021-07-06 19:02:11.402 +0900  [PNTF]: {   12:     }: ====> PHASE-1 NEGOTIATION SUCCEEDED AS RESPONDER, MAIN MODE <====',
      '2021-07-06 19:05:40.118 +0900  [PNTF]: {   12:   31}: ====> PHASE-2 NEGOTIATION FAILED AS RESPONDER, QUICK MODE <====',
      // assumed wording of the IKEv2 banner
      '2021-09-02 10:11:12.331 +0000  [PNTF]: {    4:     }: ====> IKEv2 IKE SA NEGOTIATION SUCCEEDED AS INITIATOR, non-rekey; gateway GW-AWS <====',
    ],
    events: (g) => bannerEvents(bannerInfo(g)),
  },
  {
    id: 'key-banner',
    needle: 'IPSEC KEY',
    regex:
      /^====> IPSEC KEY (?<what>INSTALLATION|DELETION|INSTALL|DELETE) (?<result>SUCCEEDED|FAILED)(?<tail>[^<]{0,160})<====/,
    samples: [
      '2021-09-02 10:11:12.540 +0000  [PNTF]: {    4:    7}: ====> IPSEC KEY INSTALLATION SUCCEEDED <====',
    ],
    events: (g) => {
      const install = g.what?.startsWith('INSTALL') ?? true;
      if (g.result === 'FAILED')
        return [
          {
            kind: install ? 'sa.install.failed' : 'child.failed',
            reason: `IPsec key ${install ? 'installation' : 'deletion'} failed`,
          },
        ];
      return [{ kind: install ? 'child.established' : 'child.deleted', details: { installed: install } }];
    },
  },
  {
    // The line after a banner, with the SA's endpoints and cookies / SPIs / message id.
    id: 'sa-banner',
    needle: ' SA: ',
    regex: re(
      String.raw`^====> (?<which>Initiated|Established|Failed|Installed|Deleted) SA: ${SA_PAIR}(?<tail>[^<]{0,200})<====`,
    ),
    samples: [
      '====> Initiated SA: 200.100.5.1[500]-200.100.1.254[500] cookie:02f293d180b306a3:0000000000000000 <====',
      '====> Established SA: 200.100.5.1[500]-200.100.1.254[500] cookie:5e6f2a1b3c4d5e6f:8a7b6c5d4e3f2a1b lifetime 28800 Sec <====',
    ],
    events: (g) => {
      const tail = g.tail ?? '';
      const ck = re(String.raw`(?:cookie|SPI):(?<i>${HEX16}):(?<r>${HEX16})`).exec(tail)?.groups;
      const mid = /message id:0x(?<m>[0-9A-Fa-f]{1,8})/.exec(tail)?.groups?.m;
      const spis = /SPI:0x(?<a>[0-9A-Fa-f]{1,8})\/0x(?<b>[0-9A-Fa-f]{1,8})/.exec(tail)?.groups;
      return [
        {
          kind: 'info',
          ...ends(g),
          ...(ck?.i ? { ikeSpiI: ck.i.toLowerCase(), ikeSpiR: (ck.r ?? '').toLowerCase() } : {}),
          ...(mid ? { messageId: parseInt(mid, 16) } : {}),
          ...(spis?.a && spis.b ? { spiIn: spis.a.toLowerCase(), spiOut: spis.b.toLowerCase() } : {}),
          state: (g.which ?? '').toLowerCase(),
        },
      ];
    },
  },
  {
    // index.ts turns this into the failure of the phase the last banner named.
    id: 'due-banner',
    needle: 'Due to',
    regex: /^====> Due to (?<reason>[^<]{1,120}?)\.? ?<====/,
    samples: ['====> Due to timeout. <===='],
    events: (g) => {
      const reason = (g.reason ?? '').trim();
      if (/time ?out|time up/i.test(reason)) return [{ kind: 'ike.timeout', reason }];
      return [{ kind: 'ike.state', state: 'failed', reason }];
    },
  },
  {
    id: 'other-banner',
    needle: '====>',
    regex:
      /^====> (?!PHASE-[12] NEGOTIATION |IKEv2 (?:IKE|CHILD) SA NEGOTIATION |IPSEC KEY |Due to |(?:Initiated|Established|Failed|Installed|Deleted) SA: )(?<text>[^<]{1,200})<====/,
    samples: ['2021-07-06 19:40:00.001 +0900  [PNTF]: {   12:     }: ====> PHASE-1 SA DELETED <===='],
    events: (g) =>
      /DELETED/i.test(g.text ?? '') && /PHASE-1|IKE SA/i.test(g.text ?? '') ? [{ kind: 'ike.deleted' }] : [],
  },
  {
    id: 'compared-start',
    needle: 'Compared',
    regex: /^Compared: DB:Peer\s{0,4}$/,
    samples: ['2021-07-06 18:35:17.869 +0900  [DEBG]: {    9:     }: Compared: DB:Peer'],
    events: () => [],
  },
  {
    // One attribute of the Compared block: `name = ours:peer's`, some in parentheses.
    id: 'compared-attr',
    regex:
      /^\(?(?<attr>lifetime|lifebyte|enctype|encklen|hashtype|authmethod|dh_group|dhgroup|prf|prftype) ?= ?(?<db>[^\s:][^:]{0,59}):(?<peer>[^:]{0,60})$/,
    samples: [
      '2021-07-06 18:35:17.869 +0900  [DEBG]: {    9:     }: (lifetime = 28800:28800)',
      '2021-07-06 18:35:17.870 +0900  [DEBG]: {    9:     }: hashtype = SHA256:SHA512',
      '2021-07-06 18:35:17.870 +0900  [DEBG]: {    9:     }: dh_group = DH20:DH20',
    ],
    events: () => [],
  },
  {
    id: 'rejected',
    needle: 'rejected ',
    regex:
      /^rejected (?<attr>[a-z_ ]{2,20}): DB ?\(prop#(?<dbp>\d{1,3}):trns#(?<dbt>\d{1,3})\): ?Peer ?\(prop#(?<pp>\d{1,3}):trns#(?<pt>\d{1,3})\) = (?<db>[^:]{1,80}):(?<peer>[^\n]{1,80})$/,
    samples: [
      '2021-07-06 18:35:17.870 +0900  [PERR]: {    9:     }: rejected hashtype: DB(prop#1:trns#1):Peer(prop#1:trns#1) = SHA256:SHA512',
      '2021-07-06 18:35:17.870 +0900  [PERR]: {    9:     }: rejected enctype: DB(prop#1:trns#1):Peer(prop#1:trns#1) = AES-CBC(256):3DES',
      '2021-07-06 18:35:17.870 +0900  [PERR]: {    9:     }: rejected dh_group: DB(prop#1:trns#1):Peer(prop#1:trns#1) = 384-bit random ECP group:2048-bit MODP group',
    ],
    events: (g) => {
      const e = mismatch(g.attr ?? '', g.db ?? '', g.peer ?? '');
      return e
        ? [{ ...e, details: { ours: `prop#${g.dbp}:trns#${g.dbt}`, peers: `prop#${g.pp}:trns#${g.pt}` } }]
        : [];
    },
  },
  {
    // racoon proposal.c, phase 2. Printed for every pair tried, also when a later one matches:
    // index.ts keeps them and names the parameter only when the negotiation then fails.
    id: 'p2-mismatch',
    needle: 'mismatch',
    regex:
      /^(?<attr>trns_id|authtype|enctype|encmode|pfs group|pfs_group|lifetime|lifebyte|spisize|proto_id|key length) mismatch(?:ed)?[:,.] (?:my|mine):(?<db>\S{1,40}) peer:(?<peer>[^\s.]{1,40})/,
    samples: [
      '2021-07-08 11:00:02.101 +0900  [PWRN]: {   12:   33}: trns_id mismatched: my:AES peer:3DES',
      '2021-07-08 11:00:02.102 +0900  [PERR]: {   12:   33}: pfs group mismatched: my:20 peer:14',
    ],
    events: (g) => {
      const attr = (g.attr ?? '').replace(' ', '_');
      if (attr === 'pfs_group')
        return [
          {
            kind: 'info',
            param: 'dh_group',
            localValue: g.db ?? '',
            remoteValue: g.peer ?? '',
            scope: 'child',
            details: { pfs: true },
          },
        ];
      const e = mismatch(attr, g.db ?? '', g.peer ?? '', 'child');
      return e ? [{ ...e, kind: 'info' }] : [];
    },
  },
  {
    id: 'p2-long',
    needle: 'proposed',
    regex:
      /^(?<what>long lifetime|long lifebyte|low key length) proposed[:,] (?:my|mine):(?<db>\S{1,40}) peer:(?<peer>[^\s.]{1,40})/,
    samples: [
      '2021-07-08 11:00:02.103 +0900  [PERR]: {   12:   33}: long lifetime proposed: my:3600 peer:28800',
    ],
    events: (g) => [
      {
        kind: 'info',
        param: g.what === 'low key length' ? 'key_length' : 'lifetime',
        localValue: g.db ?? '',
        remoteValue: g.peer ?? '',
        scope: 'child',
      },
    ],
  },
  {
    id: 'no-suitable',
    needle: 'no suitable proposal',
    regex: /^no suitable proposal found\.?$/,
    samples: ['2021-07-06 18:35:17.870 +0900  [PERR]: {    9:     }: no suitable proposal found.'],
    events: () => [{ kind: 'proposal.none', reason: 'no suitable proposal found' }],
  },
  {
    // Usually after the `local[500] - remote[500]:(nil) ` part the prefix takes off.
    id: 'no-valid-proposal',
    needle: 'valid proposal',
    regex: /^failed to get valid proposal\.?$/,
    samples: [
      '2021-07-06 18:35:17.870 +0900  [PERR]: {    9:     }: 200.100.5.1[500] - 200.100.1.254[500]:(nil) failed to get valid proposal.',
    ],
    events: () => [{ kind: 'proposal.none', scope: 'ike', reason: 'failed to get valid proposal' }],
  },
  {
    id: 'no-responder-proposal',
    needle: 'proposal for responder',
    regex: /^failed to get proposal for responder\.?$/,
    samples: ['2021-07-08 11:00:02.104 +0900  [PERR]: {   12:   33}: failed to get proposal for responder.'],
    events: () => [
      {
        kind: 'proposal.none',
        scope: 'child',
        exchange: 'QUICK_MODE',
        reason: 'failed to get proposal for responder',
      },
    ],
  },
  {
    // racoon: no sainfo (PAN-OS: proxy ID) matches the IDs of the peer's quick mode.
    id: 'no-sainfo',
    needle: 'sainfo',
    regex: /^failed to get sainfo\.?$/,
    samples: ['2021-07-08 11:10:00.200 +0900  [PERR]: {   12:   34}: failed to get sainfo.'],
    events: () => [
      { kind: 'ts.mismatch', exchange: 'QUICK_MODE', reason: 'failed to get sainfo (no proxy ID matches)' },
    ],
  },
  {
    id: 'p1-timeup',
    needle: 'time up',
    regex: re(
      String.raw`^phase1 negotiation failed due to time up\.?(?: (?<icookie>${HEX16}):(?<rcookie>${HEX16}))?`,
    ),
    samples: [
      '2021-07-06 18:36:03.011 +0900  [PERR]: {    9:     }: phase1 negotiation failed due to time up. 02f293d180b306a3:0000000000000000',
    ],
    events: (g) => [
      {
        kind: 'ike.timeout',
        ikeVersion: 1,
        reason: 'phase1 negotiation failed due to time up',
        ...(g.icookie ? { ikeSpiI: g.icookie.toLowerCase(), ikeSpiR: (g.rcookie ?? '').toLowerCase() } : {}),
        ...(g.rcookie ? { details: { afterFirstMessage: g.rcookie !== ZERO_COOKIE } } : {}),
      },
    ],
  },
  {
    id: 'p2-timeup',
    needle: 'phase2 negotiation failed',
    regex: /^phase2 negotiation failed due to time up(?<tail>[^\n]{0,120})/,
    samples: [
      '2021-07-08 11:01:00.500 +0900  [PERR]: {   12:   33}: phase2 negotiation failed due to time up waiting for phase1. ESP 200.100.1.254[0]->200.100.5.1[0]',
    ],
    events: (g) => [
      {
        kind: 'child.failed',
        ikeVersion: 1,
        reason: `phase2 negotiation failed due to time up${(g.tail ?? '').split('.')[0] ?? ''}`,
      },
    ],
  },
  {
    id: 'giveup-ipsec',
    needle: 'give up to get IPsec-SA',
    regex: /^give up to get IPsec-SA due to time up to wait/,
    samples: [
      '2021-07-08 11:01:30.000 +0900  [PERR]: {   12:   33}: give up to get IPsec-SA due to time up to wait.',
    ],
    events: () => [
      { kind: 'child.failed', ikeVersion: 1, reason: 'gave up waiting for the IPsec SA (timeout)' },
    ],
  },
  {
    // Main mode message 5/6 could not be decrypted: the two ends derived different keys, which
    // with pre-shared keys means the keys differ.
    id: 'hash-decrypt',
    needle: 'decryption failed',
    regex: /^invalid HASH_V1 payload length, decryption failed\?/,
    samples: [
      '2021-07-06 18:50:12.004 +0900  [PERR]: {   15:     }: invalid HASH_V1 payload length, decryption failed?',
    ],
    events: () => [
      {
        kind: 'psk.mismatch',
        ikeVersion: 1,
        exchange: 'MAIN_MODE',
        reason: 'invalid HASH_V1 payload length, decryption failed?',
      },
    ],
  },
  {
    id: 'vendor-id',
    needle: 'Vendor ID',
    regex: /^received Vendor ID: (?<vid>[^\n]{1,120})$/,
    samples: ['2021-07-06 18:35:17.850 +0900  [INFO]: {    9:     }: received Vendor ID: CISCO-UNITY'],
    events: (g) => [{ kind: 'vendor-id', details: { vendorId: (g.vid ?? '').trim() } }],
  },
  {
    id: 'dpd-dead',
    needle: 'seems to be dead',
    regex: /^DPD: remote \(ISAKMP-SA spi=(?<spi>[^)]{1,80})\) seems to be dead/,
    samples: [
      '2021-07-07 09:12:44.100 +0900  [INFO]: {   12:     }: DPD: remote (ISAKMP-SA spi=5e6f2a1b3c4d5e6f:8a7b6c5d4e3f2a1b) seems to be dead.',
    ],
    events: (g) => [
      { kind: 'dpd.dead', reason: 'DPD: remote seems to be dead', details: { spi: g.spi ?? '' } },
    ],
  },
  {
    id: 'isakmp-established',
    needle: 'ISAKMP-SA established',
    regex: re(String.raw`^ISAKMP-SA established ${SA_PAIR} spi:(?<icookie>${HEX16}):(?<rcookie>${HEX16})`),
    samples: [
      '2021-07-06 19:02:11.400 +0900  [INFO]: {   12:     }: ISAKMP-SA established 200.100.5.1[500]-200.100.1.254[500] spi:5e6f2a1b3c4d5e6f:8a7b6c5d4e3f2a1b',
    ],
    events: (g) => [
      {
        kind: 'ike.established',
        ikeVersion: 1,
        ...ends(g),
        ikeSpiI: (g.icookie ?? '').toLowerCase(),
        ikeSpiR: (g.rcookie ?? '').toLowerCase(),
      },
    ],
  },
  {
    id: 'isakmp-deleted',
    needle: 'ISAKMP-SA deleted',
    regex: re(String.raw`^ISAKMP-SA deleted ${SA_PAIR}(?: spi:(?<icookie>${HEX16}):(?<rcookie>${HEX16}))?`),
    samples: [
      '2021-07-07 03:02:11.000 +0900  [INFO]: {   12:     }: ISAKMP-SA deleted 200.100.5.1[500]-200.100.1.254[500] spi:5e6f2a1b3c4d5e6f:8a7b6c5d4e3f2a1b',
    ],
    events: (g) => [{ kind: 'ike.deleted', ikeVersion: 1, ...ends(g) }],
  },
  {
    id: 'ipsec-established',
    needle: 'IPsec-SA established',
    regex: re(
      String.raw`^IPsec-SA established: (?<proto>ESP|AH)\/(?<encmode>Tunnel|Transport) (?<src>${ADDR})\[\d{1,5}\]->(?<dst>${ADDR})\[\d{1,5}\] spi=(?<spi>\d{1,10})\(0x(?<spihex>[0-9A-Fa-f]{1,8})\)`,
    ),
    samples: [
      '2021-07-06 19:02:12.010 +0900  [INFO]: {   12:   31}: IPsec-SA established: ESP/Tunnel 200.100.1.254[500]->200.100.5.1[500] spi=3286409648(0xc3e2a1b0)',
    ],
    events: (g) => [
      {
        kind: 'child.established',
        ikeVersion: 1,
        details: { spi: (g.spihex ?? '').toLowerCase(), from: g.src ?? '', to: g.dst ?? '' },
      },
    ],
  },
  {
    // racoon isakmp_inf.c: "notification message %d:%s, doi=%d proto_id=%d spi=%s(size=%d)."
    id: 'notification',
    needle: 'notification message',
    regex: /^notification message (?<num>\d{1,5}):(?<name>[A-Z][A-Z\d_-]{1,48}), doi=/,
    samples: [
      '2021-07-08 11:00:03.000 +0900  [PERR]: {   12:   33}: notification message 14:NO-PROPOSAL-CHOSEN, doi=1 proto_id=3 spi=c3e2a1b0 (size=4).',
    ],
    events: (g) => [
      {
        kind: 'notify.received',
        direction: 'in',
        notify: notifyName(g.name ?? '', 1),
        details: { notifyType: Number(g.num) },
      },
    ],
  },
  {
    id: 'auth-failed',
    needle: 'uthentication fail',
    regex: /^(?:IKEv2 )?(?:peer )?[Aa]uthentication (?:failed|failure)\b/,
    samples: ['2021-09-02 10:30:00.120 +0000  [PERR]: {    5:     }: authentication failed'],
    events: () => [{ kind: 'ike.auth.failed', reason: 'authentication failed' }],
  },
  {
    // Older ikemgr (PAN-OS 7/8): the IKEv2 SA is torn down, e.g. after liveness checks fail.
    id: 'aborting',
    needle: 'aborting IKEv2 SA',
    regex: /^aborting IKEv2 SA(?: (?<what>[^\n]{1,80}))?/,
    samples: [
      '2016-03-01 14:32:24 [INFO]: ike_sa.c:275:ikev2_abort(): 6:1.1.1.1[500] - 2.2.2.2[500]:(nil):aborting IKEv2 SA GW:6',
    ],
    events: () => [{ kind: 'ike.deleted', ikeVersion: 2, byPeer: false, reason: 'aborting IKEv2 SA' }],
  },
];
