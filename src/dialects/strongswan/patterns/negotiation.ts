// Proposals, key exchange methods, error notifies and the search for a matching IKE config.
// Sources: libstrongswan/crypto/proposal/proposal.c (proposal_select, select_algos),
// sa/ikev2/tasks/ike_init.c, child_create.c, ike_auth.c, sa/ikev2/task_manager_v2.c,
// sa/ikev1/task_manager_v1.c, sa/ikev1/tasks/main_mode.c, aggressive_mode.c, quick_mode.c,
// informational.c, config/backend_manager.c.
import type { PatternSpec } from '../../../core/dialect.js';
import type { EventDraft, ProposalParam } from '../../../core/model.js';
import { parseAlgorithm, weakness } from '../../../core/algorithms.js';
import { ep, mk, v } from '../build.js';
import { notifyFromLong, notifyFromShort } from '../notify-names.js';
import { parseProposal, parseProposalList, proposalScope } from '../proposals.js';

/** transform_type_names → ProposalParam (DIFFIE_HELLMAN_GROUP before 6.0, KEY_EXCHANGE_METHOD since). */
const TRANSFORM_PARAM: Readonly<Record<string, ProposalParam>> = {
  ENCRYPTION_ALGORITHM: 'encryption',
  INTEGRITY_ALGORITHM: 'integrity',
  PSEUDO_RANDOM_FUNCTION: 'prf',
  DIFFIE_HELLMAN_GROUP: 'dh_group',
  KEY_EXCHANGE_METHOD: 'dh_group',
  EXTENDED_SEQUENCE_NUMBERS: 'esn',
};

export function transformParam(name: string): ProposalParam | undefined {
  if (name.startsWith('ADDITIONAL_KEY_EXCHANGE_')) return 'dh_group';
  return TRANSFORM_PARAM[name];
}

/** Events a received error notify implies beyond itself. */
export function notifyConsequences(
  base: Partial<EventDraft>,
  notify: string,
  version: 1 | 2 | undefined,
  childContext: boolean,
): EventDraft[] {
  switch (notify) {
    case 'AUTHENTICATION_FAILED':
      return [
        mk(base, 'ike.auth.failed', {
          ...v(version),
          byPeer: true,
          notify,
          reason: 'peer rejected the authentication',
        }),
      ];
    case 'NO_PROPOSAL_CHOSEN':
      return [
        mk(base, 'proposal.none', {
          ...v(version),
          notify,
          byPeer: true,
          ...(childContext ? { scope: 'child' } : {}),
        }),
      ];
    case 'TS_UNACCEPTABLE':
    case 'INVALID_SELECTORS':
      return [mk(base, 'ts.mismatch', { ...v(version), notify, byPeer: true })];
    case 'INVALID_MAJOR_VERSION':
      return [mk(base, 'version.mismatch', { ...v(version), notify, byPeer: true })];
    // IKEv1 (RFC 2408 section 3.14.1): the peer does not take the exchange type this side used, e.g.
    // Aggressive Mode towards a peer that allows Main Mode only.
    case 'UNSUPPORTED_EXCHANGE_TYPE':
    case 'INVALID_EXCHANGE_TYPE':
      return version === 1
        ? [
            mk(base, 'mode.mismatch', {
              ...v(1),
              notify,
              byPeer: true,
              reason: 'peer refused the exchange type',
            }),
          ]
        : [];
    case 'INVALID_IKE_SPI':
    case 'INVALID_SPI':
    case 'INVALID_COOKIE':
    case 'CHILD_SA_NOT_FOUND':
      return [mk(base, 'sa.unknown', { ...v(version), notify, reason: notify, details: { byPeer: true } })];
    default:
      return [];
  }
}

function weakEvents(base: Partial<EventDraft>, proposal: string): EventDraft[] {
  const p = parseProposal(proposal);
  if (!p) return [];
  const out: EventDraft[] = [];
  for (const [kind, tokens] of Object.entries(p.transforms)) {
    if (kind !== 'encryption' && kind !== 'integrity' && kind !== 'prf' && kind !== 'dh_group') continue;
    for (const t of tokens) {
      // 3DES_CBC / DES_CBC: parseAlgorithm folds the mode into the name; the cipher is what is weak.
      const token = t === '3DES_CBC' ? '3des' : t === 'DES_CBC' ? 'des' : t;
      const alg = parseAlgorithm(token, kind);
      const why = alg ? weakness(alg) : undefined;
      if (why) out.push(mk(base, 'weak.crypto', { details: { algorithm: t, kind: why } }));
    }
  }
  return out;
}

export const negotiationPatterns: PatternSpec[] = [
  {
    id: 'proposals-received',
    needle: 'received proposals: ',
    regex: /^received proposals: (?<proposals>\S.{0,16000})$/,
    samples: [
      'Dec 24 19:38:08 scw-3 charon: 10[CFG] received proposals: IKE:AES_CBC_128/HMAC_SHA2_384_192/PRF_HMAC_SHA2_384/ECP_256',
      'charon: 13[CFG] received proposals: ESP:AES_CBC_128/HMAC_SHA1_96/NO_EXT_SEQ',
      'Sun, 2017-04-16 19:11 27[CFG] <larval-drop-test|12> received proposals: ESP:CHACHA20_POLY1305_256/NO_EXT_SEQ',
    ],
    events: (g, _r, base) => {
      const list = parseProposalList(g.proposals ?? '');
      const scope = proposalScope(list);
      return [
        mk(base, 'proposal.received', { proposals: list.map((p) => p.text), ...(scope ? { scope } : {}) }),
      ];
    },
  },
  {
    id: 'proposals-configured',
    needle: 'configured proposals: ',
    regex: /^configured proposals: (?<proposals>\S.{0,16000})$/,
    samples: [
      'Dec 24 19:38:08 scw-3 charon: 10[CFG] configured proposals: IKE:AES_GCM_16_128/PRF_HMAC_SHA2_512/ECP_256, IKE:AES_CBC_128/HMAC_SHA2_512_256/PRF_HMAC_SHA2_512/ECP_256, IKE:AES_CBC_128/HMAC_SHA2_384_192/PRF_HMAC_SHA2_384/ECP_256',
      'charon: 14[CFG] configured proposals: IKE:AES_CBC_256/HMAC_SHA1_96/PRF_HMAC_SHA1/MODP_1024',
    ],
    events: (g, _r, base) => {
      const list = parseProposalList(g.proposals ?? '');
      const scope = proposalScope(list);
      return [
        mk(base, 'proposal.configured', { proposals: list.map((p) => p.text), ...(scope ? { scope } : {}) }),
      ];
    },
  },
  {
    id: 'proposal-selected',
    needle: 'selected proposal: ',
    regex: /^selected proposal: (?<proposal>[A-Z]{2,5}:\S{1,2000})$/,
    samples: [
      'Dec 24 19:38:08 scw-3 charon: 10[CFG] selected proposal: IKE:AES_CBC_128/HMAC_SHA2_384_192/PRF_HMAC_SHA2_384/ECP_256',
      'feb 22 08:11:42 SLOWPC charon-systemd[297897]: selected proposal: ESP:AES_CBC_128/HMAC_SHA1_96/MODP_2048/NO_EXT_SEQ',
      'May 13 11:50:01 intra charon: 12[CFG1] <C1|3> selected proposal: IKE:3DES_CBC/HMAC_SHA1_96/PRF_HMAC_SHA1/MODP_1024',
    ],
    events: (g, _r, base) => {
      const p = parseProposal(g.proposal ?? '');
      const scope = p ? proposalScope([p]) : undefined;
      return [
        mk(base, 'proposal.selected', { proposals: [g.proposal ?? ''], ...(scope ? { scope } : {}) }),
        ...weakEvents(base, g.proposal ?? ''),
      ];
    },
  },
  {
    id: 'selecting-proposal',
    needle: ['selecting proposal', 'proposal matches', 'protocol mismatch'],
    regex: /^(?:selecting proposal:|proposal matches|protocol mismatch, skipping)$/,
    samples: [
      'Oct  6 15:56:03 r-1968-VM charon: 02[CFG] selecting proposal:',
      'Dec 24 19:38:08 scw-3 charon: 10[CFG]   proposal matches',
    ],
    events: (_g, _r, base) => [mk(base, 'info', { details: { proposalSelection: true } })],
  },
  {
    id: 'no-acceptable-transform',
    needle: 'no acceptable ',
    regex: /^no acceptable (?<transform>[A-Z][A-Z0-9_]{2,40}) found$/,
    samples: [
      'Oct  6 15:56:03 r-1968-VM charon: 02[CFG]   no acceptable ENCRYPTION_ALGORITHM found',
      'Oct  6 15:56:03 r-1968-VM charon: 02[CFG]   no acceptable DIFFIE_HELLMAN_GROUP found',
      'charon: 11[CFG] no acceptable INTEGRITY_ALGORITHM found',
      'Oct  6 15:56:03 r-1968-VM charon: 02[CFG]   no acceptable PSEUDO_RANDOM_FUNCTION found',
      'Nov 24 15:17:03 12[CFG] <3>   no acceptable KEY_EXCHANGE_METHOD found',
    ],
    events: (g, _r, base) => {
      const param = transformParam(g.transform ?? '');
      // One candidate pair of proposals failed on this transform; a later pair may still match.
      return [
        mk(base, 'proposal.none', {
          ...(param ? { param } : {}),
          details: { transform: g.transform ?? '', candidate: true },
        }),
      ];
    },
  },
  {
    id: 'ike-proposals-unacceptable',
    needle: ['received proposals unacceptable', 'received proposals inacceptable'],
    regex: /^received proposals (?:un|in)acceptable$/,
    samples: [
      '15[IKE] received proposals unacceptable',
      'Jan 10 10:00:00 gw charon: 07[IKE] received proposals inacceptable',
    ],
    events: (_g, _r, base) => [mk(base, 'proposal.none', { scope: 'ike', ...v(2) })],
  },
  {
    id: 'no-acceptable-proposal',
    needle: 'no acceptable proposal found',
    regex: /^no acceptable proposal found$/,
    samples: ['Sun, 2017-04-16 19:11 27[IKE] <larval-drop-test|12> no acceptable proposal found'],
    events: (_g, _r, base) => [mk(base, 'proposal.none', { ...v(2) })],
  },
  {
    id: 'no-proposal-found-v1',
    needle: 'no proposal found',
    regex: /^no proposal found$/,
    samples: ['charon: 14[IKE] no proposal found'],
    events: (_g, _r, base) => [mk(base, 'proposal.none', { scope: 'ike', ...v(1) })],
  },
  {
    id: 'no-matching-proposal',
    needle: 'no matching proposal found',
    regex:
      /^no matching proposal found(?:, (?:sending (?<notify>[A-Z_]{2,40})|(?<alt>trying alternative config)))?$/,
    samples: [
      'charon: 13[IKE] no matching proposal found, sending NO_PROPOSAL_CHOSEN',
      'Nov 24 15:17:03 12[IKE] <gw|3> no matching proposal found, trying alternative config',
      'Nov 24 15:17:03 12[IKE] <l2tp|3> no matching proposal found',
    ],
    events: (g, _r, base) => {
      if (g.alt) return [mk(base, 'info', { ...v(2), scope: 'ike', details: { alternativeConfig: true } })];
      const events = [mk(base, 'proposal.none', { scope: 'child', ...v(1) })];
      if (g.notify) events.push(mk(base, 'notify.sent', { notify: notifyFromLong(g.notify, 1), ...v(1) }));
      return events;
    },
  },
  {
    id: 'peer-selection-invalid',
    needle: 'selection invalid',
    regex:
      /^(?:peer's|peers) (?:proposal|key exchange method|DH group) selection invalid$|^peer DH group selection invalid$/,
    samples: ["Nov 24 15:17:03 09[IKE] <gw|1> peer's proposal selection invalid"],
    events: (_g, _r, base) => [
      mk(base, 'proposal.none', { ...v(2), reason: 'peer selected a proposal we did not offer' }),
    ],
  },
  {
    id: 'invalid-ke-received',
    needle: "peer didn't accept ",
    regex:
      /^peer didn't accept (?:DH group|key exchange method) (?<offered>\S{1,40}), it requested (?<requested>\S{1,40})$/,
    samples: [
      "Nov 24 15:17:03 09[IKE] <gw|1> peer didn't accept DH group ECP_256, it requested MODP_2048",
      "Nov 24 15:17:03 09[IKE] <gw|1> peer didn't accept key exchange method ECP_256, it requested CURVE_25519",
    ],
    events: (g, _r, base) => [
      mk(base, 'notify.received', {
        notify: 'INVALID_KE_PAYLOAD',
        ...v(2),
        param: 'dh_group',
        localValue: g.offered ?? '',
        remoteValue: g.requested ?? '',
      }),
    ],
  },
  {
    id: 'invalid-ke-sent',
    needle: 'acceptable, requesting ',
    regex:
      /^(?:DH group|key exchange method) (?<got>\S{1,40}) (?:un|in)acceptable, requesting (?<want>\S{1,40})$/,
    samples: [
      'Nov 24 15:17:03 12[IKE] <3> DH group ECP_256 unacceptable, requesting MODP_2048',
      'Jan 10 10:00:00 gw charon: 07[IKE] DH group ECP_256 inacceptable, requesting MODP_2048',
    ],
    events: (g, _r, base) => [
      mk(base, 'notify.sent', {
        notify: 'INVALID_KE_PAYLOAD',
        ...v(2),
        param: 'dh_group',
        localValue: g.want ?? '',
        remoteValue: g.got ?? '',
      }),
    ],
  },
  {
    id: 'ke-retry-refused',
    needle: 'already retried with ',
    regex:
      /^already retried with (?:DH group|key exchange method) (?<tried>\S{1,40}), ignore requested (?<requested>\S{1,40})$/,
    samples: [
      'Nov 24 15:17:03 09[IKE] <gw|1> already retried with DH group MODP_2048, ignore requested ECP_384',
    ],
    events: (g, _r, base) => {
      const values = {
        param: 'dh_group' as const,
        localValue: g.tried ?? '',
        remoteValue: g.requested ?? '',
      };
      return [
        mk(base, 'proposal.mismatch', { ...v(2), scope: 'child', ...values }),
        mk(base, 'pfs.mismatch', { ...v(2), ...values }),
      ];
    },
  },
  {
    id: 'ke-not-supported',
    needle: ['DH group', 'key exchange method'],
    regex:
      /^(?<which>requested|negotiated|configured|selected) (?:DH group|key exchange method) (?<ke>\S{1,40}) (?<why>not supported|not contained in any of our proposals)$/,
    samples: [
      'Nov 24 15:17:03 09[IKE] <gw|1> requested DH group MODP_8192 not contained in any of our proposals',
      'Nov 24 15:17:03 09[IKE] <gw|1> configured key exchange method MODP_CUSTOM not supported',
    ],
    events: (g, _r, base) =>
      g.why === 'not contained in any of our proposals'
        ? [
            // The peer answered INVALID_KE_PAYLOAD for a child SA asking for a group we do not offer.
            mk(base, 'proposal.mismatch', {
              ...v(2),
              scope: 'child',
              param: 'dh_group',
              remoteValue: g.ke ?? '',
            }),
            mk(base, 'pfs.mismatch', { ...v(2), param: 'dh_group', remoteValue: g.ke ?? '' }),
          ]
        : [
            mk(base, 'proposal.none', {
              param: 'dh_group',
              reason: `${g.which ?? ''} key exchange method not supported`,
              details: { method: g.ke ?? '' },
            }),
          ],
  },
  {
    id: 'ke-non-pfs',
    needle: 'non-PFS proposal',
    regex: /^ignoring KE (?:payload|exchange), agreed on a non-PFS proposal$/,
    samples: ['Nov 24 15:17:04 09[IKE] <gw|1> ignoring KE payload, agreed on a non-PFS proposal'],
    events: (_g, _r, base) => [mk(base, 'info', { ...v(2), scope: 'child', details: { pfs: false } })],
  },
  {
    id: 'ke-failed',
    needle: [
      'public value failed',
      'public key failed',
      'KE payload',
      'KE value',
      'DH group selection failed',
      'key derivation',
    ],
    regex:
      /^(?:applying (?:KE|DH|key exchange) public (?:value|key) failed|KE payload missing(?: in message)?|unable to apply received KE value|DH group selection failed|negotiated DH group not supported|key derivation (?:failed|for \S{1,40} failed)|creating KE payload failed)$/,
    samples: [
      'Nov 24 15:17:04 09[IKE] <gw|1> applying key exchange public value failed',
      'Nov 24 15:17:04 09[IKE] <l2tp|1> KE payload missing in message',
    ],
    events: (_g, _r, base) => [mk(base, 'msg.invalid', { reason: 'key exchange failed' })],
  },
  {
    id: 'ke-retries-exhausted',
    needle: ' retries',
    regex: /^giving up after (?<count>\d{1,4}) retries$/,
    samples: ['Nov 24 15:17:05 09[IKE] <gw|1> giving up after 5 retries'],
    events: (g, _r, base) => [
      mk(base, 'info', {
        ...v(2),
        count: Number(g.count),
        reason: 'IKE_SA_INIT retried too often (INVALID_KE_PAYLOAD / COOKIE / REDIRECT)',
      }),
    ],
  },
  {
    id: 'notify-error',
    needle: ' notify error',
    regex: /^received (?<notify>[A-Z][A-Z0-9_]{1,60}) notify error$/,
    samples: [
      'Nov 24 15:17:03 09[IKE] <conn|1> received NO_PROPOSAL_CHOSEN notify error',
      '[IKE] received AUTHENTICATION_FAILED notify error',
      'Nov 24 15:17:04 09[IKE] <gw|1> received INVALID_SYNTAX notify error',
    ],
    events: (g, _r, base) => {
      const notify = notifyFromLong(g.notify ?? '', 2);
      // ike_init.c logs NO_PROPOSAL_CHOSEN this way; a child SA's is "..., no CHILD_SA built".
      const scope = notify === 'NO_PROPOSAL_CHOSEN' ? { scope: 'ike' as const } : {};
      return [
        mk(base, 'notify.received', { notify, ...v(2), ...scope }),
        ...notifyConsequences(base, notify, 2, false).map((e) => ({ ...e, ...scope })),
      ];
    },
  },
  {
    id: 'notify-error-destroy',
    needle: 'destroying IKE_SA',
    regex: /^received (?<notify>[A-Z][A-Z0-9_]{1,60}) notify error, destroying IKE_SA$/,
    samples: ['Nov 24 15:17:04 09[IKE] <gw|1> received INVALID_SYNTAX notify error, destroying IKE_SA'],
    events: (g, _r, base) => {
      const notify = notifyFromLong(g.notify ?? '', 2);
      return [
        mk(base, 'notify.received', { notify, ...v(2) }),
        mk(base, 'ike.state', { state: 'DESTROYING', reason: notify }),
      ];
    },
  },
  {
    id: 'notify-error-v1',
    needle: ' error notify',
    regex: /^received (?<notify>[A-Z][A-Z0-9_]{1,60}|\(\d{1,5}\)) error notify$/,
    samples: [
      'charon: 15[IKE] received AUTHENTICATION_FAILED error notify',
      'charon: 14[IKE] received NO_PROPOSAL_CHOSEN error notify',
      'charon: 08[IKE] received INVALID_ID_INFORMATION error notify',
      // A type charon has no name for, by number (opnsense/core issue 6269: 29 is
      // UNSUPPORTED-EXCHANGE-TYPE, RFC 2408 section 3.14.1).
      '[IKE] received (29) error notify',
    ],
    events: (g, _r, base) => {
      const raw = g.notify ?? '';
      const notify = raw.startsWith('(') ? notifyFromShort(raw, 1) : notifyFromLong(raw, 1);
      return [
        mk(base, 'notify.received', { notify, ...v(1) }),
        ...notifyConsequences(base, notify, 1, false),
      ];
    },
  },
  {
    id: 'notify-no-child',
    needle: 'no CHILD_SA built',
    regex: /^received (?<notify>[A-Z][A-Z0-9_]{1,60}) notify, no CHILD_SA built$/,
    samples: [
      'Nov 24 15:17:04 09[IKE] <gw|1> received TS_UNACCEPTABLE notify, no CHILD_SA built',
      'Nov 24 15:17:04 09[IKE] <gw|1> received NO_PROPOSAL_CHOSEN notify, no CHILD_SA built',
      'Nov 24 15:17:04 09[IKE] <rw|1> received INTERNAL_ADDRESS_FAILURE notify, no CHILD_SA built',
    ],
    events: (g, _r, base) => {
      const notify = notifyFromLong(g.notify ?? '', 2);
      return [
        mk(base, 'notify.received', { notify, ...v(2), scope: 'child' }),
        mk(base, 'child.failed', { ...v(2), notify, reason: notify }),
        ...notifyConsequences(base, notify, 2, true),
      ];
    },
  },
  {
    id: 'notify-info',
    needle: ' notify',
    regex:
      /^received (?<notify>[A-Z][A-Z0-9_]{1,60}) notify(?:, (?<tail>will retry later|redirected to \S{1,100}|invalid address)| in aborted \S{1,40} task| but IPComp is disabled, ignoring)?$/,
    samples: [
      'Nov 24 15:17:04 09[IKE] <gw|1> received TEMPORARY_FAILURE notify',
      'Nov 24 15:17:04 09[IKE] <l2tp|1> received INITIAL_CONTACT notify',
    ],
    events: (g, _r, base) => [
      mk(base, 'notify.received', {
        notify: notifyFromLong(g.notify ?? ''),
        ...(g.tail ? { details: { note: g.tail } } : {}),
      }),
    ],
  },
  {
    id: 'no-ike-config',
    needle: 'no IKE config found for ',
    regex:
      /^no IKE config found for (?<local>[^\s[\].]{1,100}(?:\.[^\s[\].]{1,100}){0,16})\.\.\.(?<remote>[^\s[\]]{1,100}), sending (?<notify>[A-Z_]{2,40})$/,
    samples: [
      'Nov 24 15:17:03 12[IKE] no IKE config found for 10.0.0.2...10.0.0.1, sending NO_PROPOSAL_CHOSEN',
      'charon: 04[IKE] no IKE config found for 198.51.100.1...203.0.113.9, sending NO_PROPOSAL_CHOSEN',
    ],
    events: (g, _r, base) => [
      mk(base, 'peer.not-configured', {
        role: 'responder',
        local: ep(g.local),
        remote: ep(g.remote),
        reason: 'no IKE config for these addresses',
      }),
      mk(base, 'notify.sent', {
        notify: notifyFromLong(g.notify ?? ''),
        local: ep(g.local),
        remote: ep(g.remote),
      }),
    ],
  },
  {
    id: 'ike-config-lookup',
    needle: ['config', 'candidate'],
    regex:
      /^(?:looking for (?:an? )?(?:ike|IKE|IKEv1|IKEv2) configs? for (?<local>[^\s[\].]{1,100}(?:\.[^\s[\].]{1,100}){0,16})\.\.\.(?<remote>[^\s[\]]{1,100})|candidate: (?<candidate>\S{1,220}), prio (?<prio>\d{1,5})|found matching ike config: (?<found>\S{1,220}) with prio (?<fprio>\d{1,5})|candidate "(?<peerCfg>[^"]{1,128})", match: \d{1,3}\/\d{1,3}\/\d{1,5} \(me\/other\/ike\)|ignore candidate '(?<ignored>[^']{1,128})' without matching IKE proposal)$/,
    samples: [
      'Jul 15 00:39:55 ip-172-31-1-33 charon: 07[CFG] looking for an ike config for 172.31.1.33...{{{roadwarriorIp}}}',
      'Nov 24 15:57:03 08[CFG] <1> looking for an IKEv2 config for 198.51.100.2...192.0.2.1',
      'Jul 15 00:39:55 ip-172-31-1-33 charon: 07[CFG]   candidate: %any...%any, prio 28',
      'Jul 15 00:39:55 ip-172-31-1-33 charon: 07[CFG] found matching ike config: %any...%any with prio 28',
      'Nov 24 15:57:03 07[CFG] <1>   candidate "lab", match: 20/20/3100 (me/other/ike)',
    ],
    events: (g, _r, base) => [
      mk(base, 'info', {
        ...(g.local ? { local: ep(g.local), remote: ep(g.remote) } : {}),
        details: {
          ikeConfig: g.found ?? g.candidate ?? 'lookup',
          ...(g.peerCfg ? { peerConfigCandidate: g.peerCfg } : {}),
          ...(g.ignored ? { peerConfigIgnored: g.ignored } : {}),
        },
      }),
    ],
  },
  {
    id: 'lifetime-mismatch',
    needle: 'lifetime',
    regex:
      /^received (?:lifetime (?<got>\d{1,10})s does not match configured lifetime (?<conf>\d{1,10})s|(?<qgot>\d{1,10})s lifetime, configured (?<qconf>\d{1,10})s|(?<bgot>\d{1,20}) lifebytes, configured (?<bconf>\d{1,20}))$/,
    samples: [
      'Nov 24 15:17:04 09[IKE] <l2tp|1> received lifetime 28800s does not match configured lifetime 10800s',
      'Nov 24 15:17:05 09[IKE] <l2tp|1> received 3600s lifetime, configured 1200s',
    ],
    events: (g, _r, base) => [
      mk(base, 'lifetime.mismatch', {
        ...v(1),
        param: 'lifetime',
        scope: g.got ? 'ike' : 'child',
        localValue: g.conf ?? g.qconf ?? g.bconf ?? '',
        remoteValue: g.got ?? g.qgot ?? g.bgot ?? '',
        ...(g.bgot ? { details: { unit: 'bytes' } } : {}),
      }),
    ],
  },
];
