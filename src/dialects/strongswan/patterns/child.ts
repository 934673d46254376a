// Child SAs: creation, traffic selectors, kernel installation, rekeying, deletion.
// Sources: sa/ikev2/tasks/child_create.c, child_rekey.c, child_delete.c, sa/ikev1/tasks/quick_mode.c,
// quick_delete.c, sa/ike_sa.c, sa/trap_manager.c, kernel/kernel_handler.c,
// plugins/kernel_netlink/kernel_netlink_ipsec.c, plugins/kernel_pfkey/kernel_pfkey_ipsec.c.
import type { PatternSpec } from '../../../core/dialect.js';
import { mk, splitTs, v } from '../build.js';

export const childPatterns: PatternSpec[] = [
  {
    id: 'child-initiate',
    needle: 'establishing CHILD_SA ',
    regex:
      /^establishing CHILD_SA (?<child>[^\s{}]{1,128})(?:\{(?<childId>\d{1,10})\})?(?: reqid (?<reqid>\d{1,10}))?$/,
    samples: [
      'feb 22 08:11:42 SLOWPC charon-systemd[297897]: establishing CHILD_SA home{1}',
      '2024-09-30T20:44:55.740050+00:00 GW-eoh-dmz2-gw-18.117.24.178 charon: 74[IKE] <gw-10_66_24_197> establishing CHILD_SA net-0_0_0_0_0-0_0_0_0_0{477021} reqid 472',
    ],
    events: (g, _r, base) => [
      mk(base, 'child.initiate', {
        role: 'initiator',
        details: {
          child: g.child ?? '',
          childId: Number(g.childId),
          ...(g.reqid ? { reqid: Number(g.reqid) } : {}),
        },
      }),
    ],
  },
  {
    id: 'child-established',
    needle: ' established with SPIs ',
    regex:
      /^(?<partial>inbound |outbound )?CHILD_SA (?<child>[^\s{}]{1,128})\{(?<childId>\d{1,10})\} established with SPIs (?<spiIn>[0-9a-f]{8})_i (?<spiOut>[0-9a-f]{8})_o and TS (?<tsLocal>[^=]{1,4000}) === (?<tsRemote>[^=]{1,4000})$/,
    samples: [
      'charon: 09[IKE] CHILD_SA con2000{2} established with SPIs cf4973bf_i c1cbfdf2_o and TS 192.168.48.0/24|/0 === 10.42.42.0/24|/0',
      'Oct 31 21:50:41 host-10-127-5-175 charon-systemd[44786]: CHILD_SA dc-dsnet{4} established with SPIs c304fbdf_i c8f68e6b_o and TS 10.127.5.175/32 === 10.127.5.166/32',
      'Nov 24 15:17:04 09[IKE] <moon|1> CHILD_SA net{1} established with SPIs c4e8a9c7_i cb2e9f8a_o and TS 10.1.0.0/16 === 10.2.0.0/16',
      'Nov 24 15:17:04 09[IKE] <moon|1> outbound CHILD_SA net{3} established with SPIs c9a6cbc2_i c5c1d2e3_o and TS 10.1.0.0/16 10.3.0.0/16 === 10.2.0.0/16',
    ],
    events: (g, _r, base) => [
      mk(base, 'child.established', {
        spiIn: g.spiIn ?? '',
        spiOut: g.spiOut ?? '',
        ts: splitTs(g.tsLocal, g.tsRemote),
        details: {
          child: g.child ?? '',
          childId: Number(g.childId),
          ...(g.partial ? { only: g.partial.trim() } : {}),
        },
      }),
    ],
  },
  {
    id: 'child-rekeyed',
    needle: 'rekeyed CHILD_SA ',
    regex:
      /^rekeyed CHILD_SA (?<child>[^\s{}]{1,128})\{(?<oldId>\d{1,10})\} with SPIs (?<oldIn>[0-9a-f]{8})_i (?<oldOut>[0-9a-f]{8})_o with (?<newChild>[^\s{}]{1,128})\{(?<newId>\d{1,10})\} with SPIs (?<spiIn>[0-9a-f]{8})_i (?<spiOut>[0-9a-f]{8})_o$/,
    samples: [
      'Nov 24 16:17:04 08[IKE] <moon|1> rekeyed CHILD_SA net{1} with SPIs c4e8a9c7_i cb2e9f8a_o with net{2} with SPIs cd3e0c5d_i c2a09876_o',
    ],
    events: (g, _r, base) => [
      mk(base, 'child.rekey', {
        state: 'rekeyed',
        spiIn: g.spiIn ?? '',
        spiOut: g.spiOut ?? '',
        details: {
          child: g.child ?? '',
          childId: Number(g.newId),
          oldChildId: Number(g.oldId),
          oldSpiIn: g.oldIn ?? '',
          oldSpiOut: g.oldOut ?? '',
        },
      }),
    ],
  },
  {
    id: 'child-rekey-detected',
    needle: ['rekey', 'redundant CHILD_SA'],
    regex:
      /^(?:detected (?<what>rekeying|redundant) (?:of )?CHILD_SA (?<child>[^\s{}]{1,128})\{(?<childId>\d{1,10})\}|detected rekey collision for CHILD_SA (?<child2>[^\s{}]{1,128})\{(?<childId2>\d{1,10})\})$/,
    samples: [
      'Nov 24 16:17:04 08[IKE] <l2tp|1> detected rekeying of CHILD_SA l2tp{1}',
      'Nov 24 16:17:04 08[IKE] <moon|1> detected rekey collision for CHILD_SA net{1}',
    ],
    events: (g, _r, base) => [
      mk(base, g.what === 'redundant' ? 'info' : 'child.rekey', {
        state: g.what === 'rekeying' ? 'rekeying' : g.what === 'redundant' ? 'redundant' : 'collision',
        details: { child: g.child ?? g.child2 ?? '', childId: Number(g.childId ?? g.childId2) },
      }),
    ],
  },
  {
    id: 'child-rekey-failed',
    needle: ['rekey', 'creating CHILD_SA failed'],
    regex:
      /^(?:(?<rekey>CHILD_SA rekeying failed)|creating CHILD_SA failed), trying again in (?<secs>\d{1,6}) seconds$|^(?<what>closing and recreating CHILD_SA \S{1,140} after failing to install replacement)$/,
    samples: [
      'Nov 24 16:17:04 08[IKE] <moon|1> CHILD_SA rekeying failed, trying again in 20 seconds',
      'Nov 24 15:17:04 08[IKE] <moon|1> creating CHILD_SA failed, trying again in 20 seconds',
    ],
    events: (g, _r, base) => [
      g.rekey || g.what
        ? mk(base, 'child.rekey.failed', {
            ...(g.secs ? { details: { retryIn: Number(g.secs) } } : { reason: g.what ?? '' }),
          })
        : mk(base, 'child.failed', { details: { retryIn: Number(g.secs) } }),
    ],
  },
  {
    id: 'child-closing',
    needle: 'closing ',
    regex:
      /^closing (?<expired>expired )?CHILD_SA (?<child>[^\s{}]{1,128})\{(?<childId>\d{1,10})\} with SPIs (?<spiIn>[0-9a-f]{8})_i (?:\((?<bytesIn>\d{1,20}) bytes\) )?(?<spiOut>[0-9a-f]{8})_o (?:\((?<bytesOut>\d{1,20}) bytes\) )?and TS (?<tsLocal>[^=]{1,4000}) === (?<tsRemote>[^=]{1,4000})$/,
    samples: [
      'Nov 24 15:40:00 11[IKE] <moon|1> closing CHILD_SA net{1} with SPIs c4e8a9c7_i (1234 bytes) cb2e9f8a_o (5678 bytes) and TS 10.1.0.0/16 === 10.2.0.0/16',
      'Nov 24 16:17:34 11[IKE] <moon|1> closing expired CHILD_SA net{1} with SPIs c4e8a9c7_i cb2e9f8a_o and TS 10.1.0.0/16 === 10.2.0.0/16',
    ],
    events: (g, _r, base) => [
      mk(base, 'child.deleted', {
        spiIn: g.spiIn ?? '',
        spiOut: g.spiOut ?? '',
        ts: splitTs(g.tsLocal, g.tsRemote),
        details: {
          child: g.child ?? '',
          childId: Number(g.childId),
          ...(g.expired ? { expired: true } : {}),
          ...(g.bytesIn ? { bytesIn: Number(g.bytesIn), bytesOut: Number(g.bytesOut ?? 0) } : {}),
        },
      }),
    ],
  },
  {
    id: 'child-delete-received',
    needle: 'received DELETE for ',
    regex:
      /^received DELETE for (?<unknown>unknown )?(?<proto>ESP|AH|IPCOMP) CHILD_SA with SPI (?<spi>[0-9a-f]{8})(?<nosuch>, but no such SA)?$/,
    samples: [
      'Jan 10 10:00:00 gw charon: 07[IKE] received DELETE for ESP CHILD_SA with SPI c1234567, but no such SA',
      'Nov 24 15:40:00 08[IKE] <sun|2> received DELETE for ESP CHILD_SA with SPI c4e8a9c7',
      'Nov 24 15:40:00 08[IKE] <sun|2> received DELETE for unknown ESP CHILD_SA with SPI deadbeef',
    ],
    events: (g, _r, base) => [
      g.unknown || g.nosuch
        ? mk(base, 'sa.unknown', {
            reason: 'DELETE for unknown CHILD_SA',
            details: { spi: g.spi ?? '', protocol: g.proto ?? '' },
          })
        : mk(base, 'child.deleted', {
            byPeer: true,
            spiOut: g.spi ?? '',
            details: { spi: g.spi ?? '', protocol: g.proto ?? '' },
          }),
    ],
  },
  {
    id: 'child-delete-sent',
    needle: 'sending DELETE for ',
    regex: /^sending DELETE for (?<proto>ESP|AH|IPCOMP) CHILD_SA with SPI (?<spi>[0-9a-f]{8})$/,
    samples: ['Nov 24 15:40:00 11[IKE] <moon|1> sending DELETE for ESP CHILD_SA with SPI c4e8a9c7'],
    events: (g, _r, base) => [
      mk(base, 'child.deleted', {
        byPeer: false,
        spiIn: g.spi ?? '',
        details: { spi: g.spi ?? '', protocol: g.proto ?? '' },
      }),
    ],
  },
  {
    id: 'child-closed',
    needle: 'CHILD_SA',
    regex:
      /^(?:CHILD_SA (?:(?<child>[^\s{}]{1,128})\{(?<childId>\d{1,10})\} )?closed|ignore DELETE for \S{1,10} CHILD_SA with SPI [0-9a-f]{8} in response, didn't request its deletion|delay closing of inbound CHILD_SA \S{1,140} for \d{1,6}s|let rekeyed inbound CHILD_SA \S{1,140} expire naturally in \d{1,6}s|queue CHILD_SA recreate after hard expire|scheduling CHILD_SA recreate after hard expire)$/,
    samples: [
      'Nov 24 15:40:00 11[IKE] <moon|1> CHILD_SA net{1} closed',
      'Nov 24 15:40:00 11[IKE] <moon|1> CHILD_SA closed',
    ],
    events: (g, _r, base) => [
      mk(base, 'info', {
        details: { childClosed: true, ...(g.child ? { child: g.child, childId: Number(g.childId) } : {}) },
      }),
    ],
  },
  {
    id: 'child-not-found',
    needle: 'not found',
    regex:
      /^(?:CHILD_SA not found, ignored|unable to rekey, (?<proto>\S{1,10}) CHILD_SA with SPI (?<spi>\S{1,20}) not found|CHILD_SA (?<proto2>[A-Z]{2,6})\/0x(?<spi2>[0-9a-f]{8})\/(?<addr>\S{1,100}) not found for (?<op>rekey|delete|update))$/,
    samples: [
      'Nov 24 15:40:00 08[IKE] <l2tp|2> CHILD_SA not found, ignored',
      'Nov 24 15:40:00 08[IKE] <moon|1> unable to rekey, ESP CHILD_SA with SPI c1234567 not found',
      'Nov 24 15:40:00 14[JOB] CHILD_SA ESP/0xc4e8a9c7/10.0.0.2 not found for rekey',
    ],
    events: (g, _r, base) => [
      g.op
        ? mk(base, 'info', { reason: `CHILD_SA not found for ${g.op}`, details: { spi: g.spi2 ?? '' } })
        : mk(base, 'sa.unknown', {
            reason: 'CHILD_SA not found',
            ...(g.spi ? { details: { spi: g.spi } } : {}),
          }),
    ],
  },
  {
    id: 'child-config-lookup',
    needle: ['child config', 'candidate "', 'traffic selectors for '],
    regex:
      /^(?:looking for a child config for (?<tsLocal>[^=]{1,4000}) === (?<tsRemote>[^=]{1,4000})|candidate "(?<candidate>[^"]{1,128})" with prio \d{1,5}\+\d{1,5}|found matching child config "(?<found>[^"]{1,128})" with prio \d{1,6}|(?<step>selecting|proposing) traffic selectors for (?<side>us|other):)$/,
    samples: [
      'Nov 24 15:57:03 07[CFG] <lab|1> looking for a child config for 203.0.113.128/26 === 203.0.113.0/26',
      'Nov 24 15:57:03 07[CFG] <lab|1>   candidate "net" with prio 5+5',
      'Nov 24 15:57:03 07[CFG] <lab|1> found matching child config "net" with prio 10',
      'charon: 08[CFG] proposing traffic selectors for us:',
    ],
    events: (g, _r, base) => [
      mk(base, 'info', {
        ...(g.tsLocal ? { ts: splitTs(g.tsLocal, g.tsRemote) } : {}),
        details: { childConfig: g.found ?? g.candidate ?? (g.step ? `${g.step} ${g.side ?? ''}` : 'lookup') },
      }),
    ],
  },
  {
    id: 'ts-selection',
    needle: 'config: ',
    regex:
      /^config: (?<config>[^,]{1,2000}), received: (?<received>[^=]{1,2000}) => (?:match: (?<match>.{1,2000})|(?<none>no match))$/,
    samples: [
      'Nov 24 15:57:03 07[CFG] <lab|1>  config: 203.0.113.128/26, received: 203.0.113.128/26 => match: 203.0.113.128/26',
      'Nov 24 15:57:03 07[CFG] <lab|1>  config: 10.2.0.0/16, received: 10.9.0.0/16 => no match',
    ],
    events: (g, _r, base) => [
      mk(base, 'info', {
        details: { tsConfig: g.config ?? '', tsReceived: g.received ?? '', tsMatch: g.match ?? 'none' },
      }),
    ],
  },
  {
    id: 'ts-unacceptable',
    needle: 'traffic selectors',
    regex: /^traffic selectors (?<tsLocal>[^=]{1,4000}) === (?<tsRemote>[^=]{1,4000}) (?:un|in)acceptable$/,
    samples: [
      'Nov 24 15:17:04 12[IKE] <sun|3> traffic selectors 10.2.0.0/16 === 10.9.0.0/16 unacceptable',
      'Jan 10 10:00:00 gw charon: 07[IKE] traffic selectors 10.2.0.0/16 === 10.9.0.0/16 inacceptable',
    ],
    events: (g, _r, base) => [
      // child_create.c prints the responder's TSr (its own side) first, then TSi (the initiator's).
      mk(base, 'ts.mismatch', {
        ...v(2),
        role: 'responder',
        ts: splitTs(g.tsLocal, g.tsRemote),
        reason: 'traffic selectors unacceptable',
      }),
    ],
  },
  {
    id: 'ts-none-acceptable',
    needle: ['traffic selector', 'TS payloads missing'],
    regex:
      /^(?:no acceptable traffic selectors found|TS payloads missing in message|(?<side>[a-z]{1,10}) traffic selector missing in configuration)$/,
    samples: [
      'Nov 24 15:17:04 12[IKE] <sun|3> no acceptable traffic selectors found',
      'Nov 24 15:17:04 12[IKE] <l2tp|3> remote traffic selector missing in configuration',
    ],
    events: (g, _r, base) => [
      mk(base, 'ts.mismatch', {
        reason: g.side
          ? `${g.side} traffic selector missing in configuration`
          : 'no acceptable traffic selectors',
      }),
    ],
  },
  {
    id: 'ts-no-child-config-v1',
    needle: 'no matching CHILD_SA config found',
    regex:
      /^no matching CHILD_SA config found(?: for (?<tsRemote>[^=]{1,4000}) === (?<tsLocal>[^=]{1,4000}))?$/,
    samples: [
      'charon: 08[IKE] no matching CHILD_SA config found',
      'Nov 24 15:17:06 08[IKE] <l2tp|1> no matching CHILD_SA config found for 192.168.48.0/24 === 10.42.43.0/24',
    ],
    events: (g, _r, base) => [
      // quick_mode.c prints the initiator's TSi first; on this (responder) side that is the peer's.
      mk(base, 'ts.mismatch', {
        ...v(1),
        role: 'responder',
        ...(g.tsLocal ? { ts: splitTs(g.tsLocal, g.tsRemote) } : {}),
        reason: 'no matching CHILD_SA config',
      }),
    ],
  },
  {
    id: 'ts-invalid-selection-v1',
    needle: 'peer selected invalid traffic selectors',
    regex: /^peer selected invalid traffic selectors: (?<got>.{1,2000})$/,
    samples: [
      'Nov 24 15:17:06 08[IKE] <l2tp|1> peer selected invalid traffic selectors: 10.9.0.0/24 for 10.1.0.0/16, 10.2.0.0/16 for 10.2.0.0/16',
    ],
    events: (g, _r, base) => [
      mk(base, 'ts.mismatch', {
        ...v(1),
        role: 'initiator',
        reason: 'peer narrowed to selectors we did not propose',
        details: { selection: g.got ?? '' },
      }),
    ],
  },
  {
    id: 'child-failed',
    needle: ['CHILD_SA', 'configuration payload'],
    regex:
      /^(?:(?<keep>failed to establish CHILD_SA, keeping IKE_SA)|(?<close>closing IKE_SA due CHILD_SA setup failure)|(?<cp>configuration payload negotiation failed, no CHILD_SA built)|unable to create CHILD_SA while (?<busy>rekeying|deleting) IKE_SA|(?<childless>peer does not support childless IKE_SA initiation|peer tried to initiate a childless IKE_SA|peer did not initiate a childless IKE_SA))$/,
    samples: [
      'Sun, 2017-04-16 19:11 27[IKE] <larval-drop-test|12> failed to establish CHILD_SA, keeping IKE_SA',
      'Jun 16 10:24:53 strongswan-ipsec charon: 12[IKE] failed to establish CHILD_SA, keeping IKE_SA',
      'Nov 24 15:17:04 09[IKE] <gw|1> closing IKE_SA due CHILD_SA setup failure',
    ],
    events: (g, _r, base) => {
      const events = [
        mk(base, 'child.failed', {
          reason: g.keep
            ? 'CHILD_SA failed, IKE_SA kept'
            : g.close
              ? 'CHILD_SA failed, IKE_SA closed'
              : g.cp
                ? 'configuration payload negotiation failed'
                : g.busy
                  ? `IKE_SA is ${g.busy}`
                  : (g.childless ?? ''),
        }),
      ];
      if (g.busy) events.push(mk(base, 'notify.sent', { ...v(2), notify: 'TEMPORARY_FAILURE' }));
      return events;
    },
  },
  {
    id: 'child-mode-unacceptable',
    needle: 'mode',
    regex:
      /^(?:(?<mode>[A-Z_]{3,20}) mode requested by responder is unacceptable|not using (?<notUsed>transport|BEET|IP-TFS) mode, (?<why>.{1,120}))$/,
    samples: [
      'Nov 24 15:17:04 09[IKE] <gw|1> TRANSPORT mode requested by responder is unacceptable',
      'Nov 24 15:17:04 12[IKE] <sun|3> not using transport mode, not host-to-host',
    ],
    events: (g, _r, base) => [
      g.mode
        ? mk(base, 'mode.mismatch', {
            ...v(2),
            param: 'mode',
            remoteValue: g.mode,
            details: { got: g.mode.toLowerCase() },
          })
        : mk(base, 'info', { ...v(2), details: { notUsing: g.notUsed ?? '', why: g.why ?? '' } }),
    ],
  },
  {
    id: 'sa-install-failed',
    needle: ['in kernel', 'from kernel', 'SAD entry', 'allocating SPI'],
    regex:
      /^(?:unable to install (?<dir>(?:inbound |and |outbound ){0,3})IPsec SA \(SAD\) in kernel|unable to install IPsec (?<policies>policies) \(SPD\) in kernel|(?<spi>unable to allocate SPIs? from kernel|allocating SPI from kernel failed|allocating SPI failed|unable to get SPI)|unable to add SAD entry with SPI (?<sadSpi>[0-9a-f]{8})(?: \(mark [^)]{1,40}\))?(?: \((?<status>[A-Z_]{2,20})\)|: (?<errno>[^()]{1,100}) \((?<code>\d{1,5})\))?)$/,
    samples: [
      'Nov 24 15:17:04 09[IKE] <moon|1> unable to install inbound and outbound IPsec SA (SAD) in kernel',
      'Nov 24 15:17:04 09[IKE] <moon|1> unable to install IPsec policies (SPD) in kernel',
      'Nov 24 15:17:04 09[KNL] <moon|1> unable to add SAD entry with SPI c4e8a9c7 (FAILED)',
      'Nov 24 15:17:04 09[IKE] <moon|1> unable to allocate SPI from kernel',
      // kernel-pfkey (FreeBSD, pfSense, OPNsense, macOS) adds the kernel's errno.
      'Apr 28 10:00:00 charon[6123]: 09[KNL] <con1|1> unable to add SAD entry with SPI c27dfe6f: Function not implemented (38)',
    ],
    events: (g, _r, base) => [
      mk(base, 'sa.install.failed', {
        reason: g.policies ? 'policies (SPD)' : g.spi ? 'SPI allocation' : 'SA (SAD)',
        details: {
          what: g.policies ? 'policy' : g.spi ? 'spi' : 'sad',
          ...(g.dir ? { direction: g.dir.trim() } : {}),
          ...(g.sadSpi ? { spi: g.sadSpi } : {}),
          ...(g.status ? { status: g.status } : {}),
          ...(g.errno ? { error: g.errno, errno: Number(g.code) } : {}),
        },
      }),
    ],
  },
  {
    id: 'kernel-policy-failed',
    needle: ' policy ',
    regex:
      /^unable to (?<op>add|update|delete) policy (?<tsLocal>[^=]{1,2000}) === (?<tsRemote>[^=]{1,2000}?) (?<dir>in|out|fwd)(?<rest>(?: \S{1,60}){0,4})$/,
    samples: ['Nov 24 15:17:04 09[KNL] <moon|1> unable to add policy 10.1.0.0/16 === 10.2.0.0/16 out'],
    events: (g, _r, base) => [
      g.op === 'delete'
        ? mk(base, 'info', {
            ts: splitTs(g.tsLocal, g.tsRemote),
            details: { policyDeleteFailed: g.dir ?? '' },
          })
        : mk(base, 'sa.install.failed', {
            ts: splitTs(g.tsLocal, g.tsRemote),
            reason: `${g.op ?? ''} policy`,
            details: { what: 'policy', policyDir: g.dir ?? '' },
          }),
    ],
  },
  {
    id: 'kernel-policy-duplicate',
    needle: 'the same policy for reqid',
    // kernel_netlink_ipsec.c / kernel_pfkey_ipsec.c: another child SA (another reqid) already holds
    // a policy for exactly these traffic selectors, e.g. two road warriors given the same virtual
    // IP, or two connections with the same subnets.
    regex:
      /^unable to install policy (?<tsLocal>[^=]{1,2000}) === (?<tsRemote>[^=]{1,2000}?) (?<dir>in|out|fwd)(?: \(mark [^)]{1,40}\))? for reqid (?<reqid>\d{1,10}), the same policy for reqid (?<other>\d{1,10}) exists$/,
    samples: [
      // trailofbits/algo issue 963.
      'Aug 21 15:14:31 ip-172-31-39-82 charon: 13[CFG] unable to install policy 0.0.0.0/0 === 10.19.48.3/32 out for reqid 119, the same policy for reqid 19 exists',
    ],
    events: (g, _r, base) => [
      mk(base, 'sa.install.failed', {
        ts: splitTs(g.tsLocal, g.tsRemote),
        reason: `a policy for these traffic selectors belongs to reqid ${g.other ?? '?'}`,
        details: {
          what: 'policy',
          policyDir: g.dir ?? '',
          reqid: Number(g.reqid),
          existingReqid: Number(g.other),
        },
      }),
    ],
  },
  {
    id: 'kernel-route-conflict',
    needle: 'conflicts with IKE traffic',
    // kernel_libipsec_router / kernel_pfroute: a route for the traffic selectors would also carry the
    // IKE packets to the peer (host-to-host traffic selectors); the policy install then fails.
    regex:
      /^can't install route for (?<tsLocal>[^=]{1,2000}) === (?<tsRemote>[^=]{1,2000}?) (?<dir>in|out|fwd), conflicts with IKE traffic$/,
    samples: [
      // zhangke5959/strongswan issue 20.
      "13[KNL] can't install route for 192.168.11.133/32 === 192.168.11.132/32 out, conflicts with IKE traffic",
    ],
    events: (g, _r, base) => [
      mk(base, 'info', { ts: splitTs(g.tsLocal, g.tsRemote), details: { routeConflictsWithIke: true } }),
    ],
  },
  {
    id: 'kernel-netlink-error',
    needle: 'received netlink ',
    regex: /^received netlink (?<level>error|warning): (?<error>.{1,200}) \((?<code>\d{1,5})\)$/,
    samples: [
      'Nov 24 15:57:25 16[KNL] <lab|1> received netlink error: Protocol not supported (93)',
      'Nov 24 15:57:25 16[KNL] <lab|1> received netlink error: No such file or directory (2)',
    ],
    events: (g, _r, base) => [
      // The kernel's answer to the request on the next line; "Protocol not supported" (EPROTONOSUPPORT)
      // for an SAD entry means the kernel has no ESP support.
      mk(base, 'info', { reason: g.error ?? '', details: { netlink: g.level ?? '', errno: Number(g.code) } }),
    ],
  },
  {
    id: 'kernel-policy-not-found',
    needle: 'failed, not found',
    regex:
      /^deleting policy (?<tsLocal>[^=]{1,2000}) === (?<tsRemote>[^=]{1,2000}?) (?<dir>in|out|fwd)(?: \S{1,60}){0,4} failed, not found$/,
    samples: [
      'Nov 24 15:57:25 16[KNL] <lab|1> deleting policy 203.0.113.0/26 === 203.0.113.128/26 in failed, not found',
    ],
    events: (g, _r, base) => [
      mk(base, 'info', { ts: splitTs(g.tsLocal, g.tsRemote), details: { policyNotFound: g.dir ?? '' } }),
    ],
  },
  {
    id: 'kernel-expire-job',
    needle: ' job for CHILD_SA ',
    regex:
      /^creating (?<job>[a-z]{1,20}) job for CHILD_SA (?<proto>[A-Z]{2,6})\/0x(?<spi>[0-9a-f]{8})\/(?<addr>\S{1,100})$/,
    samples: [
      'Nov 24 16:01:12 06[KNL] creating rekey job for CHILD_SA ESP/0x4ba9e2d1/192.0.2.1',
      'Nov 24 16:01:40 06[KNL] creating delete job for CHILD_SA ESP/0xc27812e3/192.0.2.1',
    ],
    events: (g, _r, base) => [
      mk(base, 'info', { details: { kernelJob: g.job ?? '', spi: g.spi ?? '', protocol: g.proto ?? '' } }),
    ],
  },
  {
    id: 'kernel-algorithm',
    needle: 'not supported by kernel',
    regex:
      /^(?:algorithm (?<alg>\S{1,60}) not supported by kernel!|extended sequence numbers \(ESN\) not supported by kernel!)$/,
    samples: ['Nov 24 15:17:04 09[KNL] <moon|1> algorithm CHACHA20_POLY1305 not supported by kernel!'],
    events: (g, _r, base) => [
      mk(base, 'sa.install.failed', {
        reason: 'algorithm not supported by kernel',
        details: { what: 'algorithm', algorithm: g.alg ?? 'ESN' },
      }),
    ],
  },
  {
    id: 'virtual-ip',
    needle: 'virtual IP',
    regex:
      /^(?:peer requested virtual IP (?<requested>\S{1,60})|assigning virtual IP (?<assigned>\S{1,60}) to peer '(?<peer>[^']{0,512})'|installing new virtual IP (?<installed>\S{1,60})|(?<failed>installing virtual IP \S{1,60} failed|adding virtual IP \S{1,60} failed|no interface available, unable to install virtual IP \S{1,60})|no virtual IP found(?: for (?<missing>\S{1,60}) requested by '[^']{0,512}')?(?:, sending (?<notify>[A-Z_]{2,40}))?|expected a virtual IP request, sending (?<notify2>[A-Z_]{2,40}))$/,
    samples: [
      "Nov 24 15:17:04 12[IKE] <rw|3> assigning virtual IP 10.3.0.1 to peer 'alice'",
      'Nov 24 15:17:04 12[IKE] <rw|3> no virtual IP found, sending INTERNAL_ADDRESS_FAILURE',
      'Nov 24 15:17:04 09[IKE] <rw|1> installing new virtual IP 10.3.0.1',
    ],
    events: (g, _r, base) => {
      const notify = g.notify ?? g.notify2;
      if (notify)
        return [
          mk(base, 'notify.sent', { ...v(2), notify }),
          mk(base, 'child.failed', { reason: 'no virtual IP for the peer', notify }),
        ];
      if (g.failed)
        return [mk(base, 'sa.install.failed', { reason: g.failed, details: { what: 'virtual IP' } })];
      return [
        mk(base, 'info', {
          details: { virtualIp: g.requested ?? g.assigned ?? g.installed ?? g.missing ?? '' },
        }),
      ];
    },
  },
  {
    id: 'pool-full',
    needle: 'is full, unable to assign address',
    regex: /^pool '(?<pool>[^']{1,128})' is full, unable to assign address$/,
    samples: ["Nov 24 15:17:04 12[CFG] <rw|3> pool 'rw-pool' is full, unable to assign address"],
    events: (g, _r, base) => [
      mk(base, 'info', { reason: 'address pool full', details: { pool: g.pool ?? '' } }),
    ],
  },
  {
    id: 'trap-acquire',
    needle: ['acquire', 'trap'],
    regex:
      /^(?:creating acquire job for policy (?:(?<tsLocal>[^=]{1,2000}) === (?<tsRemote>[^=]{1,2000}) )?with reqid \{(?<reqid>\d{1,10})\}.{0,200}|ignoring acquire(?: for reqid \d{1,10})?, connection attempt pending|installing trap failed.{0,120}|trap not found, unable to acquire reqid \d{1,10})$/,
    samples: [
      'Nov 24 15:17:02 12[KNL] creating acquire job for policy 10.1.0.5/32[icmp/8] === 10.2.0.9/32[icmp/8] with reqid {1}',
    ],
    events: (g, _r, base) => [
      mk(base, 'info', {
        ...(g.tsLocal ? { ts: splitTs(g.tsLocal, g.tsRemote) } : {}),
        details: { acquire: true, ...(g.reqid ? { reqid: Number(g.reqid) } : {}) },
      }),
    ],
  },
  {
    id: 'child-restart',
    needle: 'restarting CHILD_SA ',
    regex: /^restarting CHILD_SA (?<child>\S{1,128})$/,
    samples: ['Nov 19 09:35:58 \tcharon: 10[IKE] <con1|1> restarting CHILD_SA con1'],
    events: (g, _r, base) => [
      mk(base, 'child.initiate', { details: { child: g.child ?? '', restart: true } }),
    ],
  },
];
