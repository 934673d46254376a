// Packets, IKE message summaries, retransmissions, fragments and messages charon could not process.
// Sources: network/sender.c, processing/jobs/process_message_job.c, network/receiver.c,
// encoding/message.c, encoding/payloads/encrypted_payload.c, sa/ikev2/task_manager_v2.c,
// sa/ikev1/task_manager_v1.c, plugins/socket_default/socket_default_socket.c.
import type { PatternSpec } from '../../../core/dialect.js';
import type { EventDraft } from '../../../core/model.js';
import { ep, mk, v } from '../build.js';
import { exchangeInfo, ikev1MsgNo, parseSummary } from '../exchanges.js';

/** Error notifies that a message summary alone proves: the peer does not know our SA (RFC 7296 §2.21.4). */
const STALE_NOTIFIES = new Set(['INVALID_IKE_SPI', 'INVALID_SPI', 'CHILD_SA_NOT_FOUND', 'INVALID_COOKIE']);

function summaryEvents(g: Record<string, string>, base: Partial<EventDraft>, out: boolean): EventDraft[] {
  const raw = g.exchange ?? '';
  const info = exchangeInfo(raw);
  const version = info?.version;
  const isRequest = g.rr === 'request';
  const mid = Number(g.mid);
  const s = parseSummary(g.payloads ?? '', version);
  const msgNo = version === 1 ? ikev1MsgNo(raw, isRequest, s.payloads) : undefined;
  const details: Record<string, string | number | boolean> = { request: isRequest, charonExchange: raw };
  if (s.fragment) {
    details.fragment = s.fragment.index;
    details.fragments = s.fragment.total;
  }
  if (s.eap) details.eap = s.eap;
  // An empty INFORMATIONAL request is IKEv2's liveness check (RFC 7296 §1.4, §2.4): charon's DPD.
  if (raw === 'INFORMATIONAL' && s.payloads.length === 0) details.liveness = true;
  const first: EventDraft = mk(base, out ? 'msg.sent' : 'msg.received', {
    ...(info?.name ? { exchange: info.name } : {}),
    ...v(version),
    messageId: mid,
    direction: out ? 'out' : 'in',
    payloads: s.payloads,
    ...(msgNo !== undefined ? { msgNo } : {}),
    details,
  });
  // Who starts the first exchange is the initiator of the IKE SA.
  const opening = raw === 'IKE_SA_INIT' || ((raw === 'ID_PROT' || raw === 'AGGRESSIVE') && msgNo === 1);
  if (opening && isRequest) first.role = out ? 'initiator' : 'responder';
  if (opening && !isRequest) first.role = out ? 'responder' : 'initiator';
  const events: EventDraft[] = [first];
  for (const n of s.notifies) {
    events.push(
      mk(base, out ? 'notify.sent' : 'notify.received', {
        notify: n,
        ...(info?.name ? { exchange: info.name } : {}),
        ...v(version),
        messageId: mid,
        details: { request: isRequest },
      }),
    );
    if (out) continue;
    if (STALE_NOTIFIES.has(n)) {
      events.push(mk(base, 'sa.unknown', { notify: n, ...v(version), reason: n, details: { byPeer: true } }));
    }
    // In an INFORMATIONAL request AUTHENTICATION_FAILED is the initiator refusing our AUTH (RFC 7296
    // §2.21.2); charon logs no other line for it on the responder.
    if (n === 'AUTHENTICATION_FAILED' && raw === 'INFORMATIONAL') {
      events.push(
        mk(base, 'ike.auth.failed', { byPeer: true, ...v(2), reason: 'peer rejected our authentication' }),
      );
    }
  }
  if (s.fragment) {
    events.push(
      mk(base, 'frag.enabled', {
        ...v(version),
        details: { fragment: s.fragment.index, of: s.fragment.total },
      }),
    );
  }
  return events;
}

export const messagePatterns: PatternSpec[] = [
  {
    id: 'packet-sent',
    needle: 'sending packet: from ',
    regex:
      /^sending packet: from (?<local>[^\s[\]]{1,100})(?:\[(?<lport>\d{1,5})\])? to (?<remote>[^\s[\]]{1,100})(?:\[(?<rport>\d{1,5})\])?(?: ?\((?<bytes>\d{1,7}) bytes\))?$/,
    samples: [
      'Dec 24 19:38:08 scw-3 charon: 10[NET] sending packet: from 10.4.90.87[500] to 174.109.XXX.XX[500] (273 bytes)',
      'Nov 19 09:36:22 \tcharon: 07[NET] <con1|2> sending packet: from <ip1>[500] to <ip2>[500] (464 bytes)',
      'Dec 24 19:38:08 scw-3 charon: 04[NET] sending packet: from 10.4.90.87[500] to 174.109.XXX.XX[500]',
      '[NET] sending packet: from 10.x.x.x to 10.x.x.x[500] (336 bytes)',
    ],
    events: (g, _r, base) => [
      mk(base, 'info', {
        direction: 'out',
        local: ep(g.local, g.lport),
        remote: ep(g.remote, g.rport),
        details: { packet: true, ...(g.bytes ? { bytes: Number(g.bytes) } : {}) },
      }),
    ],
  },
  {
    id: 'packet-received',
    needle: 'received packet: from ',
    regex:
      /^received packet: from (?<remote>[^\s[\]]{1,100})(?:\[(?<rport>\d{1,5})\])? to (?<local>[^\s[\]]{1,100})(?:\[(?<lport>\d{1,5})\])?(?: ?\((?<bytes>\d{1,7}) bytes\))?$/,
    samples: [
      'Nov 24 15:17:03 09[NET] received packet: from 192.0.2.74[500] to 192.0.2.90[500] (76 bytes)',
      'Jul 15 00:39:55 ip-172-31-1-33 charon: 07[NET] received packet: from {{{roadwarriorIp}}}[3258] to 172.31.1.33[500](604 bytes)',
      '2022-01-31T13:48:41+00:00 14[NET] <Conn0|1> received packet: from 10.66.0.1[500] to 10.66.0.6[500] (600 bytes)',
    ],
    events: (g, _r, base) => [
      mk(base, 'info', {
        direction: 'in',
        local: ep(g.local, g.lport),
        remote: ep(g.remote, g.rport),
        details: { packet: true, ...(g.bytes ? { bytes: Number(g.bytes) } : {}) },
      }),
    ],
  },
  {
    id: 'msg-generating',
    needle: 'generating ',
    regex:
      /^generating (?<exchange>[A-Z][A-Z0-9_]{1,30}|\(\d{1,3}\)) (?<rr>request|response) (?<mid>\d{1,10}) \[(?<payloads>[^\]]{0,4000})\]?$/,
    samples: [
      'Nov 24 15:17:03 09[ENC] <conn|1> generating IKE_SA_INIT request 0 [ SA KE No N(NATD_S_IP) N(NATD_D_IP) N(FRAG_SUP) N(HASH_ALG) N(REDIR_SUP) ]',
      'Dec 24 19:38:08 scw-3 charon: 10[ENC] generating IKE_SA_INIT response 0 [ SA KE No N(NATD_S_IP) N(NATD_D_IP) CERTREQ N(MULT_AUTH) ]',
      'charon: 13[ENC] generating INFORMATIONAL_V1 request 2940146627 [ N(AUTH_FAILED) ]',
      'charon: 08[ENC] generating QUICK_MODE request 316948142 [ HASH SA No ID ID ]',
      'Sun, 2017-04-16 19:11 27[ENC] <larval-drop-test|12> generating CREATE_CHILD_SA response 5 [ N(NO_PROP) ]',
      'Jun 16 10:24:53 strongswan-ipsec charon: 12[ENC] generating IKE_AUTH response 1 [ IDr AUTH N(FAIL_CP_REQ) ]',
      'feb 22 08:11:42 SLOWPC charon-systemd[297897]: generating IKE_AUTH request 1 [ IDi CERT N(INIT_CONTACT) CERTREQ IDr AUTH CPRQ(ADDR DNS) SA TSi TSr N(EAP_ONLY) N(MSG_ID_SYN_SUP) ]',
      'Nov 24 15:20:10 13[ENC] <site|3> generating INFORMATIONAL request 5 [ ]',
    ],
    events: (g, _r, base) => summaryEvents(g, base, true),
  },
  {
    id: 'msg-parsed',
    needle: 'parsed ',
    regex:
      /^parsed (?<exchange>[A-Z][A-Z0-9_]{1,30}|\(\d{1,3}\)) (?<rr>request|response) (?<mid>\d{1,10}) \[(?<payloads>[^\]]{0,4000})\]?$/,
    samples: [
      'Jul 15 00:39:55 ip-172-31-1-33 charon: 07[ENC] parsed IKE_SA_INIT request 0 [ SA KE No N(REDIR_SUP) N(NATD_S_IP) N(NATD_D_IP) N((16430)) ]',
      'charon: 14[ENC] parsed INFORMATIONAL_V1 request 3851683074 [ N(NO_PROP) ]',
      'charon: 10[ENC] parsed INFORMATIONAL_V1 request 4216246776 [ HASH N(AUTH_FAILED) ]',
      'charon: 08[ENC] parsed INFORMATIONAL_V1 request 460353720 [ HASH N(INVAL_ID) ]',
      'Oct 13 09:22:45 localhost charon: 15[ENC] parsed ID_PROT request 0 [ SA V V V V V V V V V V V V ]',
      'Sun, 2017-04-16 19:13 16[ENC] <larval-drop-test|13> parsed CREATE_CHILD_SA request 2 [ EF(1/2) ]',
      'Nov 24 15:17:03 vpn charon-systemd[812]: parsed IKE_SA_INIT response 0 [ N(NO_PROP) ]',
      'Nov 24 15:21:44 11[ENC] <site|3> parsed INFORMATIONAL request 7 [ N(INVAL_IKE_SPI) ]',
    ],
    events: (g, _r, base) => summaryEvents(g, base, false),
  },
  {
    id: 'retransmit',
    needle: 'retransmit ',
    regex: /^retransmit (?<count>\d{1,4}) of request with message ID (?<mid>\d{1,10})$/,
    samples: [
      'I/charon: 05[IKE] retransmit 1 of request with message ID 0',
      'Nov 19 09:36:22 \tcharon: 07[IKE] <con1|2> retransmit 3 of request with message ID 0',
    ],
    events: (g, _r, base) => [
      mk(base, 'msg.retransmit', {
        count: Number(g.count),
        messageId: Number(g.mid),
        direction: 'out',
        ...v(2),
      }),
    ],
  },
  {
    id: 'retransmit-v1',
    needle: 'sending retransmit ',
    regex:
      /^sending retransmit (?<count>\d{1,4}) of (?<rr>request|response) message ID (?<mid>\d{1,10}), seq (?<seq>\d{1,10})$/,
    samples: [
      'Apr 18 10:02:11 centos charon: 07[IKE] sending retransmit 2 of request message ID 0, seq 1',
      'Nov 24 15:17:20 05[IKE] <l2tp|1> sending retransmit 5 of request message ID 0, seq 1',
    ],
    events: (g, _r, base) => [
      mk(base, 'msg.retransmit', {
        count: Number(g.count),
        messageId: Number(g.mid),
        direction: 'out',
        ...v(1),
        details: { request: g.rr === 'request', seq: Number(g.seq) },
      }),
    ],
  },
  {
    id: 'request-queued',
    needle: 'as tasks still active',
    // task_manager_v1.c / task_manager_v2.c (level 2): a request arrived while an exchange of this
    // SA is still running; it waits until that exchange is over.
    regex: /^queueing (?<exchange>[A-Z_0-9]{2,30}) request as tasks still active$/,
    samples: ['Nov 25 09:38:40 13[IKE] <lab|1> queueing INFORMATIONAL_V1 request as tasks still active'],
    events: (g, _r, base) => [mk(base, 'info', { direction: 'in', details: { queued: g.exchange! } })],
  },
  {
    id: 'giving-up',
    needle: 'giving up after ',
    regex: /^giving up after (?<count>\d{1,4}) retransmits$/,
    samples: [
      'I/charon: 13[IKE] giving up after 3 retransmits',
      'Dec 21 10:12:01 fw charon: 07[IKE] <con1|651> giving up after 5 retransmits',
    ],
    events: (g, _r, base) => [
      mk(base, 'ike.timeout', { count: Number(g.count), reason: 'retransmits exhausted' }),
    ],
  },
  {
    id: 'giving-up-path-probing',
    needle: 'path prob',
    regex:
      /^(?:giving up after (?<count>\d{1,4}) path probings|path probing attempt (?<attempt>\d{1,4})|no route found to reach peer, (?:path probing|MOBIKE update) deferred)$/,
    samples: [
      'Nov 24 15:30:01 06[IKE] <mobile|4> path probing attempt 2',
      'Nov 24 15:30:40 06[IKE] <mobile|4> giving up after 5 path probings',
    ],
    events: (g, _r, base) => [
      mk(base, g.count ? 'ike.timeout' : 'info', {
        ...v(2),
        ...(g.count ? { count: Number(g.count), reason: 'MOBIKE path probing exhausted' } : {}),
        details: { mobike: true },
      }),
    ],
  },
  {
    id: 'received-retransmit',
    needle: 'received retransmit of ',
    regex:
      /^received retransmit of (?<rr>request|response|DPD request) (?:with ID (?<mid>\d{1,10}), )?(?<action>retransmitting response|resending last request|but next request already sent|but no response to retransmit)$/,
    samples: [
      'Nov 24 15:17:09 14[IKE] <gw|2> received retransmit of request with ID 1, retransmitting response',
      'Nov 24 15:17:09 12[IKE] <l2tp|1> received retransmit of response with ID 0, resending last request',
    ],
    events: (g, _r, base) => [
      mk(base, 'msg.retransmit', {
        direction: 'in',
        ...(g.mid ? { messageId: Number(g.mid) } : {}),
        ...(g.action === 'resending last request' || g.action === 'but next request already sent'
          ? v(1)
          : {}),
        details: { what: g.rr ?? '', action: g.action ?? '' },
      }),
    ],
  },
  {
    id: 'fragment-received',
    needle: 'received fragment #',
    regex:
      /^received fragment #(?<n>\d{1,3})(?: of (?<total>\d{1,3}))?, (?:(?<waiting>waiting for complete IKE message)|reassembled fragmented IKE message \((?<bytes>\d{1,7}) bytes\)|reassembling fragmented IKE message)$/,
    samples: [
      'Jan 10 10:00:00 gw charon: 07[ENC] received fragment #1 of 2, reassembling fragmented IKE message',
      'Sun, 2017-04-16 19:13 16[ENC] <larval-drop-test|13> received fragment #1 of 2, waiting for complete IKE message',
      'Nov 24 15:17:05 08[ENC] <rw|5> received fragment #2 of 2, reassembled fragmented IKE message (1528 bytes)',
      'Nov 24 15:17:05 08[ENC] <l2tp|5> received fragment #3, reassembled fragmented IKE message (1460 bytes)',
    ],
    events: (g, _r, base) => [
      mk(base, 'frag.enabled', {
        ...(g.total ? v(2) : v(1)),
        direction: 'in',
        details: {
          fragment: Number(g.n),
          ...(g.total ? { of: Number(g.total) } : {}),
          ...(g.bytes ? { reassembled: Number(g.bytes) } : {}),
        },
      }),
    ],
  },
  {
    id: 'fragment-split',
    needle: 'splitting IKE message',
    regex:
      /^splitting IKE message (?:\((?<bytes>\d{1,7}) bytes\)|with length of (?<bytes2>\d{1,7}) bytes) into (?<count>\d{1,3}) fragments$/,
    samples: [
      'Jan 10 10:00:00 gw charon: 07[ENC] splitting IKE message with length of 1516 bytes into 2 fragments',
      'feb 22 08:11:42 SLOWPC charon-systemd[297897]: splitting IKE message (1516 bytes) into 2 fragments',
    ],
    events: (g, _r, base) => [
      mk(base, 'frag.enabled', {
        direction: 'out',
        count: Number(g.count),
        details: { bytes: Number(g.bytes ?? g.bytes2) },
      }),
    ],
  },
  {
    id: 'fragment-error',
    needle: ['fragment', 'IKE message is too large'],
    regex:
      /^(?<what>fragmented IKE message is too large|maximum fragment count exceeded|failed to generate IKE fragment|received duplicate fragment #\d{1,3}|invalid fragment number \(\d{1,5}\) or total fragments \(\d{1,5}\))$/,
    samples: [
      'Nov 24 15:17:06 08[ENC] <rw|5> fragmented IKE message is too large',
      'Nov 24 15:17:06 08[IKE] <rw|5> maximum fragment count exceeded',
      'Nov 24 15:17:06 08[ENC] <rw|5> received duplicate fragment #1',
    ],
    events: (g, _r, base) => [
      g.what?.startsWith('received duplicate')
        ? mk(base, 'info', { reason: g.what })
        : mk(base, 'frag.dropped', { reason: g.what ?? '' }),
    ],
  },
  {
    id: 'decryption-failed',
    needle: 'decryption failed?',
    regex: /^invalid (?<payload>[A-Z][A-Z0-9_]{1,40}) payload length, decryption failed\?$/,
    samples: [
      'charon: 09[ENC] invalid HASH_V1 payload length, decryption failed?',
      'charon: 09[ENC] invalid ID_V1 payload length, decryption failed?',
      'Dec 27 20:36:25 kullen charon: 12[ENC] <L2TP-PSK|1> invalid HASH_V1 payload length, decryption failed?',
    ],
    events: (g, _r, base) => {
      const v1 = g.payload?.endsWith('_V1') === true;
      const events = [
        mk(base, 'msg.invalid', {
          reason: 'decryption failed',
          ...(v1 ? v(1) : {}),
          details: { payload: g.payload ?? '' },
        }),
      ];
      // IKEv1 derives its encryption keys from the pre-shared key (RFC 2409 §5.4: SKEYID = prf(pre-shared-key,
      // Ni_b | Nr_b)); an encrypted main mode message 5/6 that does not decrypt means the keys differ.
      if (v1)
        events.push(
          mk(base, 'psk.mismatch', {
            ...v(1),
            reason: 'encrypted IKEv1 message did not decrypt',
            details: { inferred: true },
          }),
        );
      return events;
    },
  },
  {
    id: 'message-failed',
    needle: [
      'could not decrypt',
      'parsing failed',
      'verification failed',
      'integrity check failed',
      'no keys available',
      'HASH payload does not match',
    ],
    regex:
      /^(?<what>could not decrypt payloads|message parsing failed|message verification failed|integrity check failed|found encrypted message, but no keys available|received HASH payload does not match|header verification failed)$/,
    samples: [
      'charon: 09[ENC] could not decrypt payloads',
      'charon: 09[IKE] message parsing failed',
      'Nov 24 15:18:02 07[IKE] <gw|4> integrity check failed',
    ],
    events: (g, _r, base) => [mk(base, 'msg.invalid', { reason: g.what ?? '' })],
  },
  {
    id: 'message-processing-failed',
    needle: 'processing failed',
    regex:
      /^(?<exchange>[A-Z][A-Z0-9_]{1,30}) (?<rr>request|response) with message ID (?<mid>\d{1,10}) processing failed$/,
    samples: [
      'Dec 27 20:36:25 kullen charon: 09[IKE] <L2TP-PSK|1> ID_PROT response with message ID 0 processing failed',
    ],
    events: (g, _r, base) => {
      const info = exchangeInfo(g.exchange ?? '');
      return [
        mk(base, 'msg.invalid', {
          ...(info?.name ? { exchange: info.name } : {}),
          ...v(info?.version),
          messageId: Number(g.mid),
          reason: 'processing failed',
          details: { request: g.rr === 'request' },
        }),
      ];
    },
  },
  {
    id: 'payload-integrity',
    needle: 'integrity failed',
    regex: /^verifying (?<what>[a-z ]{1,40}) integrity failed$/,
    samples: ['Nov 24 15:18:02 07[ENC] <gw|4> verifying encrypted payload integrity failed'],
    events: (g, _r, base) => [
      mk(base, 'msg.invalid', { reason: `verifying ${g.what ?? ''} integrity failed` }),
    ],
  },
  {
    id: 'critical-payload',
    needle: 'critical',
    regex:
      /^(?:payload type (?<type>\S{1,40}) is not supported, but payload is critical!|critical unknown payloads found)$/,
    samples: [
      'Nov 24 15:18:02 07[ENC] <gw|4> payload type (222) is not supported, but payload is critical!',
      'Nov 24 15:18:02 07[IKE] <gw|4> critical unknown payloads found',
    ],
    events: (g, _r, base) => [
      mk(base, 'msg.invalid', {
        ...v(2),
        reason: 'unsupported critical payload',
        ...(g.type ? { details: { payload: g.type } } : {}),
      }),
    ],
  },
  {
    id: 'unexpected-response',
    needle: 'received ',
    regex:
      /^received (?<exchange>[A-Z][A-Z0-9_]{1,30}) response, but expected (?<expected>[A-Z][A-Z0-9_]{1,30})$/,
    samples: ['Nov 24 15:18:02 07[IKE] <gw|4> received INFORMATIONAL response, but expected CREATE_CHILD_SA'],
    events: (g, _r, base) => {
      const info = exchangeInfo(g.exchange ?? '');
      return [
        mk(base, 'msg.invalid', {
          ...(info?.name ? { exchange: info.name } : {}),
          ...v(info?.version),
          reason: 'unexpected response',
          details: { expected: g.expected ?? '' },
        }),
      ];
    },
  },
  {
    id: 'unexpected-message-id',
    needle: 'received message ID ',
    regex: /^received message ID (?<mid>\d{1,10}), expected (?<expected>\d{1,10})(?:, ignored|\. Ignored)$/,
    samples: [
      'Nov 24 15:18:02 07[IKE] <gw|4> received message ID 12, expected 7, ignored',
      'Jan 10 10:00:00 gw charon: 07[IKE] received message ID 3, expected 2. Ignored',
    ],
    events: (g, _r, base) => [
      mk(base, 'msg.invalid', {
        ...v(2),
        messageId: Number(g.mid),
        reason: 'unexpected message ID',
        details: { expected: Number(g.expected) },
      }),
    ],
  },
  {
    id: 'message-ignored',
    needle: ['ignor', 'unestablished'],
    regex:
      /^(?:ignore invalid (?<exchange>[A-Z][A-Z0-9_]{1,30}) (?<rr>request|response)|ignoring (?<exchange2>[A-Z][A-Z0-9_]{1,30}) (?<why>in IKE_SA state [A-Z_]{2,20}|in established IKE_SA state|request while phase 1 is incomplete|request, queue full)|ignoring request with ID (?<mid>\d{1,10}), already processing|ignoring fourth Quick Mode message|ignore malformed INFORMATIONAL request|received (?<what>quick mode request|CREATE_CHILD_SA request) for unestablished IKE_SA, (?:ignored|rejected))$/,
    samples: [
      'Nov 24 15:18:02 07[IKE] <gw|4> ignore invalid INFORMATIONAL response',
      'Nov 24 15:18:02 07[IKE] <gw|4> ignoring IKE_AUTH in IKE_SA state CONNECTING',
      'Nov 24 15:18:02 07[IKE] <l2tp|4> ignoring TRANSACTION request, queue full',
      'Nov 24 15:18:02 07[IKE] <l2tp|4> received quick mode request for unestablished IKE_SA, ignored',
      'Nov 24 16:05:44 gw charon[1456]: 14[IKE] <branch|2> ignore malformed INFORMATIONAL request',
    ],
    events: (g, r, base) => {
      const info = exchangeInfo(g.exchange ?? g.exchange2 ?? '');
      return [
        mk(base, 'msg.invalid', {
          ...(info?.name ? { exchange: info.name } : {}),
          ...v(
            info?.version ??
              (g.what === 'quick mode request' || r.message.includes('malformed INFORMATIONAL')
                ? 1
                : g.what
                  ? 2
                  : undefined),
          ),
          ...(g.mid ? { messageId: Number(g.mid) } : {}),
          reason: 'message ignored',
          ...(g.why ? { details: { why: g.why } } : {}),
        }),
      ];
    },
  },
  {
    id: 'invalid-header',
    needle: 'received invalid IKE header',
    regex: /^received invalid IKE header from (?<remote>[^\s[\]]{1,100}) - ignored$/,
    samples: ['Nov 24 15:18:02 04[NET] received invalid IKE header from 198.51.100.7 - ignored'],
    events: (g, _r, base) => [
      mk(base, 'msg.invalid', { remote: ep(g.remote), reason: 'invalid IKE header' }),
    ],
  },
  {
    id: 'unsupported-version',
    needle: 'received unsupported IKE version',
    regex:
      /^received unsupported IKE version (?<major>\d{1,2})\.(?<minor>\d{1,2}) from (?<remote>[^\s[\]]{1,100}), sending INVALID_MAJOR_VERSION$/,
    samples: [
      'Nov 24 15:18:02 04[NET] received unsupported IKE version 1.0 from 198.51.100.7, sending INVALID_MAJOR_VERSION',
    ],
    events: (g, _r, base) => [
      mk(base, 'version.mismatch', {
        remote: ep(g.remote),
        ...(g.major === '1' || g.major === '2' ? { ikeVersion: g.major === '1' ? 2 : 1 } : {}),
        details: { peerVersion: `${g.major ?? ''}.${g.minor ?? ''}` },
      }),
      mk(base, 'notify.sent', { notify: 'INVALID_MAJOR_VERSION', remote: ep(g.remote) }),
    ],
  },
  {
    id: 'setup-ignored-limit',
    needle: 'ignoring IKE_SA setup from ',
    regex: /^ignoring IKE_SA setup from (?<remote>[^\s[\]]{1,100}), (?<why>.{1,200})$/,
    samples: [
      'Nov 24 15:18:02 04[NET] ignoring IKE_SA setup from 198.51.100.7, half-open IKE_SA limit of 1000 reached',
    ],
    events: (g, _r, base) => [mk(base, 'msg.invalid', { remote: ep(g.remote), reason: g.why ?? '' })],
  },
  {
    id: 'unprotected-informational',
    needle: 'unprotected INFORMATIONAL',
    regex: /^ignoring unprotected INFORMATIONAL from (?<remote>[^\s[\]]{1,100})$/,
    samples: ['Nov 24 15:18:02 10[ENC] ignoring unprotected INFORMATIONAL from 198.51.100.7'],
    events: (g, _r, base) => [
      mk(base, 'msg.invalid', { ...v(1), remote: ep(g.remote), reason: 'unprotected INFORMATIONAL' }),
    ],
  },
  {
    id: 'socket-error',
    needle: ['socket', 'receive buffer too small'],
    regex:
      /^(?<what>error writing to socket|error reading socket|no socket found to send IPv[46] packet from port \d{1,5}|receive buffer too small, packet discarded|could not open socket|unable to bind socket|could not create any sockets)(?:: (?<error>.{1,200}))?$/,
    samples: [
      'May  6 02:41:25 bgw7vm011 strongswan: 04[NET] error writing to socket: Invalid argument',
      'Nov 24 15:17:03 04[NET] error writing to socket: Network is unreachable',
    ],
    events: (g, _r, base) => [
      mk(base, 'msg.invalid', {
        reason: g.what ?? '',
        details: { socket: true, ...(g.error ? { error: g.error } : {}) },
      }),
    ],
  },
];
