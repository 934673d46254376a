// The IKE SA's life: initiation, establishment, state changes, rekeying, deletion, timeouts, NAT,
// DPD, MOBIKE and vendor IDs. Sources: sa/ike_sa.c, sa/ikev2/tasks/ike_init.c, ike_establish.c,
// ike_delete.c, ike_rekey.c, ike_mobike.c, ike_vendor.c, sa/ikev1/tasks/main_mode.c,
// aggressive_mode.c, isakmp_delete.c, isakmp_vendor.c, sa/ike_sa_manager.c, processing/jobs/*.c.
import type { PatternSpec } from '../../../core/dialect.js';
import type { EventDraft } from '../../../core/model.js';
import { ep, ikeSaRef, mk, v } from '../build.js';

const modeOf = (m: string | undefined): 'main' | 'aggressive' | undefined =>
  m === 'Main' ? 'main' : m === 'Aggressive' ? 'aggressive' : undefined;

/** Vendor IDs that announce a capability (isakmp_vendor.c / ike_vendor.c names). */
function vendorEvents(base: Partial<EventDraft>, vid: string): EventDraft[] {
  const events = [mk(base, 'vendor-id', { details: { vendorId: vid } })];
  if (vid === 'DPD') events.push(mk(base, 'dpd.enabled', { ...v(1), details: { vendorId: vid } })); // RFC 3706 §3
  if (vid === 'FRAGMENTATION') events.push(mk(base, 'frag.enabled', { ...v(1), details: { vendorId: vid } }));
  return events;
}

export const ikePatterns: PatternSpec[] = [
  {
    id: 'ike-initiate',
    needle: 'initiating IKE_SA ',
    regex: /^initiating IKE_SA (?<name>[^\s[\]]{1,128})\[(?<sa>\d{1,10})\] to (?<remote>[^\s[\]]{1,100})$/,
    samples: [
      'I/charon: 10[IKE] initiating IKE_SA android[8] to 111.204.31.117',
      'Nov 24 15:17:03 09[IKE] <conn|1> initiating IKE_SA conn[1] to 10.0.0.2',
      'Nov 19 09:35:58 \tcharon: 10[IKE] <con1|1> initiating IKE_SA con1[2] to <ip2>',
    ],
    events: (g, _r, base) => [
      mk(base, 'ike.initiate', {
        ...ikeSaRef(g.name, g.sa),
        role: 'initiator',
        ...v(2),
        exchange: 'IKE_SA_INIT',
        remote: ep(g.remote),
      }),
    ],
  },
  {
    id: 'ike-initiate-v1',
    needle: 'Mode IKE_SA ',
    regex:
      /^initiating (?<mode>Main|Aggressive) Mode IKE_SA (?<name>[^\s[\]]{1,128})\[(?<sa>\d{1,10})\] to (?<remote>[^\s[\]]{1,100})$/,
    samples: [
      'charon: 15[IKE] initiating Aggressive Mode IKE_SA con2000[1] to 192.0.2.74',
      'Nov 24 15:17:03 09[IKE] <l2tp|1> initiating Main Mode IKE_SA l2tp[1] to 203.0.113.9',
    ],
    events: (g, _r, base) => {
      const mode = modeOf(g.mode);
      return [
        mk(base, 'ike.initiate', {
          ...ikeSaRef(g.name, g.sa),
          role: 'initiator',
          ...v(1),
          ...(mode ? { mode } : {}),
          exchange: mode === 'aggressive' ? 'AGGRESSIVE_MODE' : 'MAIN_MODE',
          remote: ep(g.remote),
        }),
      ];
    },
  },
  {
    id: 'ike-respond',
    needle: ' is initiating ',
    regex:
      /^(?<remote>[^\s[\]]{1,100}) is initiating (?:an IKE_SA|IKE_SA (?<name>[^\s[\]]{1,128})\[(?<sa>\d{1,10})\])$/,
    samples: [
      '15[IKE] 172.23.43.14 is initiating an IKE_SA',
      'Jul 15 00:39:55 ip-172-31-1-33 charon: 07[IKE] {{{roadwarriorIp}}} is initiating an IKE_SA',
      'Nov 24 15:17:03 12[IKE] <3> 10.0.0.1 is initiating IKE_SA (unnamed)[3]',
    ],
    events: (g, _r, base) => [
      mk(base, 'ike.respond', {
        ...ikeSaRef(g.name, g.sa),
        role: 'responder',
        ...v(2),
        exchange: 'IKE_SA_INIT',
        remote: ep(g.remote),
      }),
    ],
  },
  {
    id: 'ike-respond-v1',
    needle: ' Mode IKE_SA',
    regex: /^(?<remote>[^\s[\]]{1,100}) is initiating a (?<mode>Main|Aggressive) Mode IKE_SA$/,
    samples: ['May 13 11:50:01 intra charon: 12[IKE1] <5> 192.168.1.200 is initiating a Main Mode IKE_SA'],
    events: (g, _r, base) => {
      const mode = modeOf(g.mode);
      return [
        mk(base, 'ike.respond', {
          role: 'responder',
          ...v(1),
          ...(mode ? { mode } : {}),
          exchange: mode === 'aggressive' ? 'AGGRESSIVE_MODE' : 'MAIN_MODE',
          remote: ep(g.remote),
        }),
      ];
    },
  },
  {
    id: 'ike-established',
    needle: ' established between ',
    regex:
      /^IKE_SA (?<name>[^\s[\]]{1,128})\[(?<sa>\d{1,10})\] established between (?<local>[^\s[\]]{1,100})\[(?<localId>[^\]]{0,512})\](?:\.\.\.|…)(?<remote>[^\s[\]]{1,100})\[(?<remoteId>[^\]]{0,512})\]$/,
    samples: [
      'charon: 09[IKE] IKE_SA con2000[11] established between 192.0.2.90[192.0.2.90]...192.0.2.74[192.0.2.74]',
      'Nov 24 15:17:04 09[IKE] <moon|1> IKE_SA moon[1] established between 10.0.0.1[moon.strongswan.org]...10.0.0.2[C=CH, O=strongSwan, CN=sun.strongswan.org]',
    ],
    events: (g, _r, base) => [
      mk(base, 'ike.established', {
        ...ikeSaRef(g.name, g.sa),
        local: ep(g.local, undefined, g.localId),
        remote: ep(g.remote, undefined, g.remoteId),
      }),
    ],
  },
  {
    id: 'ike-rekeyed',
    needle: ' rekeyed between ',
    regex:
      /^IKE_SA (?<name>[^\s[\]]{1,128})\[(?<sa>\d{1,10})\] rekeyed between (?<local>[^\s[\]]{1,100})\[(?<localId>[^\]]{0,512})\]\.\.\.(?<remote>[^\s[\]]{1,100})\[(?<remoteId>[^\]]{0,512})\]$/,
    samples: [
      'Nov 24 18:17:04 05[IKE] <moon|1> IKE_SA moon[2] rekeyed between 10.0.0.1[moon]...10.0.0.2[sun]',
    ],
    events: (g, _r, base) => [
      mk(base, 'ike.rekey', {
        ...ikeSaRef(g.name, g.sa),
        ...(base.sa !== undefined && base.sa !== g.sa ? { parentSa: base.sa } : {}),
        ...v(2),
        state: 'rekeyed',
        local: ep(g.local, undefined, g.localId),
        remote: ep(g.remote, undefined, g.remoteId),
      }),
    ],
  },
  {
    id: 'ike-state-change',
    needle: ' state change: ',
    regex:
      /^IKE_SA (?<name>[^\s[\]]{1,128})\[(?<sa>\d{1,10})\] state change: (?<from>[A-Z_]{2,20}) => (?<to>[A-Z_]{2,20})$/,
    samples: [
      'Jul 15 00:39:55 ip-172-31-1-33 charon: 07[IKE] IKE_SA (unnamed)[2] state change: CREATED => CONNECTING',
      'Nov 24 15:17:04 09[IKE] <moon|1> IKE_SA moon[1] state change: CONNECTING => ESTABLISHED',
    ],
    events: (g, _r, base) => [
      mk(base, 'ike.state', {
        ...ikeSaRef(g.name, g.sa),
        state: g.to ?? '',
        details: { from: g.from ?? '' },
      }),
    ],
  },
  {
    id: 'child-state-change',
    needle: ' state change: ',
    regex:
      /^CHILD_SA (?<child>[^\s{}]{1,128})\{(?<childId>\d{1,10})\} state change: (?<from>[A-Z_]{2,20}) => (?<to>[A-Z_]{2,20})$/,
    samples: ['Nov 24 15:17:04 09[CHD] <moon|1> CHILD_SA net{1} state change: INSTALLING => INSTALLED'],
    events: (g, _r, base) => [
      mk(base, 'info', {
        state: g.to ?? '',
        details: { child: g.child ?? '', childId: Number(g.childId), from: g.from ?? '' },
      }),
    ],
  },
  {
    id: 'ike-deleting',
    needle: 'deleting IKE_SA ',
    regex:
      /^deleting IKE_SA (?<name>[^\s[\]]{1,128})\[(?<sa>\d{1,10})\] between (?<local>[^\s[\]]{1,100})\[(?<localId>[^\]]{0,512})\]\.\.\.(?<remote>[^\s[\]]{1,100})\[(?<remoteId>[^\]]{0,512})\]$/,
    samples: [
      'Nov 24 15:40:00 11[IKE] <moon|1> deleting IKE_SA moon[1] between 10.0.0.1[moon]...10.0.0.2[sun]',
    ],
    events: (g, _r, base) => [
      mk(base, 'ike.state', {
        ...ikeSaRef(g.name, g.sa),
        state: 'DELETING',
        local: ep(g.local, undefined, g.localId),
        remote: ep(g.remote, undefined, g.remoteId),
      }),
    ],
  },
  {
    id: 'ike-delete-sent',
    needle: 'sending DELETE for IKE_SA',
    regex: /^sending DELETE for IKE_SA (?<name>[^\s[\]]{1,128})\[(?<sa>\d{1,10})\]$/,
    samples: ['Nov 24 15:40:00 11[IKE] <moon|1> sending DELETE for IKE_SA moon[1]'],
    events: (g, _r, base) => [mk(base, 'ike.deleted', { ...ikeSaRef(g.name, g.sa), byPeer: false })],
  },
  {
    id: 'ike-delete-received',
    needle: 'received DELETE for ',
    regex:
      /^received DELETE for (?:IKE_SA (?<name>[^\s[\]]{1,128})\[(?<sa>\d{1,10})\]|(?<different>different IKE_SA, ignored))$/,
    samples: [
      'Nov 24 15:40:00 08[IKE] <sun|2> received DELETE for IKE_SA sun[2]',
      'Nov 24 15:40:00 08[IKE] <l2tp|2> received DELETE for different IKE_SA, ignored',
    ],
    events: (g, _r, base) => [
      g.different
        ? mk(base, 'info', { ...v(1), reason: 'DELETE for a different IKE_SA' })
        : mk(base, 'ike.deleted', { ...ikeSaRef(g.name, g.sa), byPeer: true }),
    ],
  },
  {
    id: 'ike-deleted',
    needle: ['IKE_SA', 'without notification'],
    regex:
      /^(?:IKE_SA deleted|deleting unestablished IKE_SA|destroying IKE_SA in state (?<state>[A-Z_]{2,20}) without notification)$/,
    samples: [
      'Nov 24 15:40:00 11[IKE] <moon|1> IKE_SA deleted',
      'Nov 24 15:40:00 11[IKE] <moon|1> destroying IKE_SA in state CONNECTING without notification',
    ],
    events: (g, _r, base) => [
      mk(base, 'ike.state', { state: 'DELETED', ...(g.state ? { details: { from: g.state } } : {}) }),
    ],
  },
  {
    id: 'ike-duplicate-deleted',
    needle: 'duplicate IKE_SA',
    regex:
      /^(?:(?<destroy>destroying) duplicate IKE_SA for peer '(?<id>[^']{0,512})', received INITIAL_CONTACT|(?<delete>deleting|schedule delete of) duplicate IKE_SA for peer '(?<id2>[^']{0,512})' due to uniqueness policy(?: and suspected reauthentication)?)$/,
    samples: [
      "Nov 24 15:40:00 11[IKE] <rw|7> destroying duplicate IKE_SA for peer 'alice@example.org', received INITIAL_CONTACT",
      "Nov 24 15:40:00 11[IKE] <rw|7> deleting duplicate IKE_SA for peer 'alice@example.org' due to uniqueness policy",
    ],
    events: (g, _r, base) => [
      mk(base, 'ike.deleted', {
        remote: ep(undefined, undefined, g.id ?? g.id2),
        reason: g.destroy ? 'INITIAL_CONTACT' : 'uniqueness policy',
        details: { duplicate: true },
      }),
    ],
  },
  {
    id: 'half-open-timeout',
    needle: 'half open IKE_SA',
    regex:
      /^deleting half open IKE_SA (?:(?<name>[^\s[\]]{1,128})\[(?<sa>\d{1,10})\] )?(?:with (?<remote>[^\s[\]]{1,100}) )?after timeout$/,
    samples: [
      'Jan 10 10:00:00 gw charon: 07[JOB] deleting half open IKE_SA after timeout',
      'Nov 24 15:17:33 16[JOB] deleting half open IKE_SA with 198.51.100.20 after timeout',
      'Nov 24 15:17:33 16[JOB] <gw|9> deleting half open IKE_SA gw[9] with 198.51.100.20 after timeout',
    ],
    events: (g, _r, base) => [
      mk(base, 'ike.timeout', {
        ...ikeSaRef(g.name, g.sa),
        role: 'responder',
        remote: ep(g.remote),
        reason: 'half-open IKE_SA timed out',
        details: { halfOpen: true },
      }),
    ],
  },
  {
    id: 'peer-not-responding',
    needle: 'peer not responding',
    regex:
      /^(?<what>establishing IKE_SA failed|proper IKE_SA delete failed|rekeying IKE_SA failed), peer not responding$|^peer not responding, trying again \((?<attempt>\d{1,4})\/(?<tries>\d{1,4})\)$/,
    samples: [
      'I/charon: 13[IKE] establishing IKE_SA failed, peer not responding',
      'Nov 24 15:17:36 06[IKE] <gw|1> peer not responding, trying again (2/3)',
      'Nov 24 15:40:30 06[IKE] <gw|1> proper IKE_SA delete failed, peer not responding',
      'Nov 24 18:17:36 06[IKE] <gw|1> rekeying IKE_SA failed, peer not responding',
    ],
    events: (g, _r, base) => {
      const during =
        g.what === 'proper IKE_SA delete failed'
          ? 'delete'
          : g.what === 'rekeying IKE_SA failed'
            ? 'rekey'
            : 'establish';
      const events = [
        mk(base, 'ike.timeout', {
          reason: 'peer not responding',
          details: { during, ...(g.attempt ? { attempt: Number(g.attempt), tries: Number(g.tries) } : {}) },
        }),
      ];
      if (during === 'rekey') events.push(mk(base, 'ike.rekey.failed', { reason: 'peer not responding' }));
      return events;
    },
  },
  {
    id: 'peer-no-exchange',
    needle: 'did not initiate expected exchange',
    regex: /^peer did not initiate expected exchange, reestablishing IKE_SA$/,
    samples: [
      'Nov 24 15:17:36 16[JOB] <gw|1> peer did not initiate expected exchange, reestablishing IKE_SA',
    ],
    events: (_g, _r, base) => [
      mk(base, 'ike.timeout', { reason: 'peer did not initiate expected exchange' }),
    ],
  },
  {
    id: 'ike-rekey-retry',
    needle: 'rekeying failed, trying again',
    regex: /^IKE_SA rekeying failed, trying again in (?<secs>\d{1,6}) seconds$/,
    samples: ['Nov 24 18:17:04 05[IKE] <moon|1> IKE_SA rekeying failed, trying again in 30 seconds'],
    events: (g, _r, base) => [
      mk(base, 'ike.rekey.failed', { ...v(2), details: { retryIn: Number(g.secs) } }),
    ],
  },
  {
    id: 'reauth-failed',
    needle: 'reauthenticat',
    regex:
      /^(?:reauthenticating IKE_SA failed|reauthentication failed, trying to reestablish IKE_SA|unable to reauthenticate IKE_SA, no CHILD_SA to recreate|delete during reauthentication failed, trying to reestablish IKE_SA anyway)$/,
    samples: [
      'Nov 24 18:17:04 05[IKE] <moon|1> reauthenticating IKE_SA failed',
      'Nov 24 18:17:04 05[IKE] <l2tp|1> reauthentication failed, trying to reestablish IKE_SA',
    ],
    events: (_g, _r, base) => [mk(base, 'ike.rekey.failed', { details: { reauth: true } })],
  },
  {
    id: 'ike-reauth',
    needle: ['reauthenticating IKE_SA ', 'reinitiating IKE_SA ', 'detected reauth'],
    regex:
      /^(?:(?<what>reauthenticating|reinitiating) IKE_SA (?<name>[^\s[\]]{1,128})\[(?<sa>\d{1,10})\](?: actively)?|detected reauth of existing IKE_SA, adopting (?<children>\d{1,5}) children.{0,60})$/,
    samples: [
      'Nov 24 18:17:04 05[IKE] <moon|1> reauthenticating IKE_SA moon[1]',
      'Nov 24 15:35:58 10[IKE] <con1|1> reinitiating IKE_SA con1[1]',
      'Nov 24 18:17:05 07[IKE] <moon|2> detected reauth of existing IKE_SA, adopting 1 children and 0 virtual IPs',
    ],
    events: (g, _r, base) =>
      g.what === 'reinitiating'
        ? [mk(base, 'info', { ...ikeSaRef(g.name, g.sa), details: { action: 'reinitiate' } })]
        : [mk(base, 'ike.rekey', { ...ikeSaRef(g.name, g.sa), state: 'reauth', details: { reauth: true } })],
  },
  {
    id: 'schedule-rekey',
    needle: ['scheduling ', 'lifetime', 'already scheduled', 'rescheduling'],
    regex:
      /^(?:scheduling (?<what>rekeying|reauthentication) in (?<secs>\d{1,9})s|maximum IKE_SA lifetime (?<max>\d{1,9})s|reauthentication already scheduled in (?<already>\d{1,9})s|rescheduling reauthentication in \d{1,9}s after rekeying, lifetime reduced to \d{1,9}s|received AUTH_LIFETIME of (?<authLifetime>\d{1,9})s, .{1,80})$/,
    samples: [
      'Nov 24 15:17:04 09[IKE] <moon|1> scheduling reauthentication in 3277s',
      'Nov 24 15:17:04 09[IKE] <moon|1> scheduling rekeying in 14083s',
      'Nov 24 15:17:04 09[IKE] <moon|1> maximum IKE_SA lifetime 15523s',
      'Nov 24 15:17:04 09[IKE] <rw|1> received AUTH_LIFETIME of 3600s, scheduling reauthentication in 3300s',
    ],
    events: (g, _r, base) => [
      mk(base, 'info', {
        details: {
          ...(g.what ? { scheduled: g.what, inSeconds: Number(g.secs) } : {}),
          ...(g.max ? { maxLifetime: Number(g.max) } : {}),
          ...(g.authLifetime ? { authLifetime: Number(g.authLifetime) } : {}),
        },
      }),
    ],
  },
  {
    id: 'nat-detected',
    needle: 'NAT',
    regex:
      /^(?:(?<local>local host is behind NAT, sending keep alives)|(?<remote>remote host is behind NAT)|(?<fake>faking NAT situation to enforce UDP encapsulation)|(?<gone>local|remote) host is not behind NAT anymore)$/,
    samples: [
      'Dec 24 19:38:08 scw-3 charon: 10[IKE] local host is behind NAT, sending keep alives',
      'Dec 24 19:38:08 scw-3 charon: 10[IKE] remote host is behind NAT',
      'Nov 24 15:17:03 09[IKE] <gw|1> faking NAT situation to enforce UDP encapsulation',
      'Nov 24 15:17:03 09[IKE] <gw|1> remote host is not behind NAT anymore',
    ],
    events: (g, _r, base) => {
      const where = g.local ? 'local' : g.remote ? 'remote' : g.fake ? 'local' : 'none';
      return [
        mk(base, 'nat.detected', {
          details: { where, ...(g.fake ? { forced: true } : {}), ...(g.gone ? { host: g.gone } : {}) },
        }),
      ];
    },
  },
  {
    id: 'keep-alive',
    needle: 'sending keep alive to ',
    regex: /^sending keep alive to (?<remote>[^\s[\]]{1,100})\[(?<rport>\d{1,5})\]$/,
    samples: ['Nov 24 15:17:23 05[IKE] <gw|1> sending keep alive to 198.51.100.20[4500]'],
    events: (g, _r, base) => [
      mk(base, 'info', { remote: ep(g.remote, g.rport), details: { keepAlive: true } }),
    ],
  },
  {
    id: 'dpd',
    needle: 'DPD',
    regex:
      /^(?:(?<request>sending DPD request)|sending DPD instead of keep alive (?<secs>\d{1,6})s after last outbound message|(?<path>checking if current path still works using DPD)|(?<unsupported>DPD not supported by peer, disabled)|received (?:invalid DPD sequence number \d{1,10} \(expected \d{1,10}\), ignored|retransmit of DPD request, retransmitting response))$/,
    samples: [
      'Nov 24 15:20:10 13[IKE] <site|3> sending DPD request',
      'Nov 24 15:20:10 13[IKE] <site|3> DPD not supported by peer, disabled',
    ],
    events: (g, _r, base) => [
      g.unsupported
        ? mk(base, 'info', { details: { dpd: false } })
        : mk(base, 'dpd.enabled', {
            details: { action: g.request || g.secs || g.path ? 'request' : 'response' },
          }),
    ],
  },
  {
    id: 'dpd-timeout',
    needle: 'DPD check timed out',
    regex: /^DPD check timed out, enforcing DPD action$/,
    samples: ['Nov 24 15:22:40 16[JOB] <l2tp|2> DPD check timed out, enforcing DPD action'],
    events: (_g, _r, base) => [mk(base, 'dpd.dead', { ...v(1), reason: 'DPD check timed out' })],
  },
  {
    id: 'mobike',
    needle: ['MOBIKE', 'endpoint changed', 'address changed', 'NAT mappings'],
    regex:
      /^(?:peer supports MOBIKE(?<disabled>, but disabled in config)?|sending address list update using MOBIKE.{0,60}|requesting address change using MOBIKE|detected changes in NAT mappings, initiating MOBIKE update|(?<which>local|remote) (?:endpoint|address) changed from (?<from>\S{1,110}) to (?<to>\S{1,110}))$/,
    samples: [
      'Jan 10 10:00:00 gw charon: 07[IKE] remote address changed from 10.0.0.1 to 10.0.0.2',
      'Nov 24 15:17:04 09[IKE] <moon|1> peer supports MOBIKE',
      'Nov 24 15:30:01 09[IKE] <moon|1> remote endpoint changed from 198.51.100.20[4500] to 198.51.100.21[4500]',
    ],
    events: (g, _r, base) => [
      mk(base, 'info', {
        ...v(2),
        details: {
          mobike: g.disabled ? 'disabled' : true,
          ...(g.which ? { endpointChanged: g.which, from: g.from ?? '', to: g.to ?? '' } : {}),
        },
      }),
    ],
  },
  {
    id: 'vendor-id',
    needle: ' vendor ID',
    regex: /^(?<dir>received|sending) (?<vid>[^:]{1,80}) vendor ID$/,
    samples: [
      'Oct 13 09:22:45 localhost charon: 15[IKE] received NAT-T (RFC 3947) vendor ID',
      'May 13 11:50:01 intra charon: 12[IKE1] received DPD vendor ID',
      'May 13 11:50:01 intra charon: 12[IKE1] received FRAGMENTATION vendor ID',
      'Nov 24 15:17:03 09[IKE] <l2tp|1> received Cisco Unity vendor ID',
      'Nov 24 15:34:50 12[IKE] <lab|1> sending draft-ietf-ipsec-nat-t-ike-02\\n vendor ID',
    ],
    events: (g, _r, base) =>
      g.dir === 'sending'
        ? [mk(base, 'vendor-id', { direction: 'out', details: { vendorId: g.vid ?? '' } })]
        : vendorEvents(base, g.vid ?? ''),
  },
  {
    id: 'vendor-id-unknown',
    needle: 'unknown vendor ID',
    regex: /^received unknown vendor ID: (?<hex>[0-9a-f:]{1,400})$/,
    samples: [
      'Nov 24 15:17:03 09[ENC] <l2tp|1> received unknown vendor ID: 40:48:b7:d5:6e:bc:e8:85:25:e7:de:7f:00:d6:c2:d3',
    ],
    events: (g, _r, base) => [mk(base, 'vendor-id', { details: { vendorId: g.hex ?? '', unknown: true } })],
  },
  {
    id: 'resolve-failed',
    needle: 'unable to resolve ',
    regex: /^unable to resolve (?<host>\S{1,255}), (?:initiate aborted|retrying in (?<secs>\d{1,6})s)$/,
    samples: ['Nov 24 15:17:03 09[IKE] <gw|1> unable to resolve vpn.example.net, initiate aborted'],
    events: (g, _r, base) => [
      mk(base, 'ike.timeout', {
        remote: ep(undefined, undefined, g.host),
        reason: 'peer address did not resolve',
        details: { dns: true },
      }),
    ],
  },
  {
    id: 'inactivity',
    needle: 'inactivity',
    regex: /^deleting (?<what>IKE_SA|CHILD_SA) after (?<secs>\d{1,9}) seconds of (?:CHILD_SA )?inactivity$/,
    samples: ['Nov 24 16:17:03 16[JOB] <rw|1> deleting IKE_SA after 3600 seconds of CHILD_SA inactivity'],
    events: (g, _r, base) => [
      g.what === 'IKE_SA'
        ? mk(base, 'ike.state', {
            state: 'DELETING',
            reason: 'inactivity',
            details: { seconds: Number(g.secs) },
          })
        : mk(base, 'child.deleted', {
            byPeer: false,
            reason: 'inactivity',
            details: { seconds: Number(g.secs) },
          }),
    ],
  },
  {
    id: 'unable-to-terminate',
    needle: 'unable to terminate',
    regex:
      /^unable to terminate(?: IKE_SA: ID| CHILD_SA with ID|, CHILD_SA with ID|, established CHILD_SA with ID) (?<id>\d{1,10}) not found$/,
    samples: ['I/charon: 10[IKE] unable to terminate IKE_SA: ID 8 not found'],
    events: (g, _r, base) => [mk(base, 'info', { details: { notFound: Number(g.id) } })],
  },
];
