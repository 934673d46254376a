// PSK_MISMATCH: the two ends hold different pre-shared keys.
// Direct evidence: a MAC/hash check that failed, or the vendor saying so. Indirect (one side
// alone): an IKEv1 initiator whose peer keeps resending main-mode message 4 after our message 5
// (the peer cannot decrypt message 5), an IKEv1 Aggressive Mode responder that cannot read the
// peer's answer to its response, or AUTHENTICATION_FAILED after a PSK exchange.
import type { Rule } from '../core/rule.js';
import { aggressiveAnswerUnreadable, notifies, usesCert, usesPsk } from './util.js';

const rule: Rule = {
  code: 'PSK_MISMATCH',
  kind: 'verdict',
  severity: 'error',
  rank: 30,
  needs: [
    'psk.mismatch',
    'ike.auth.failed',
    'notify.received',
    'msg.retransmit',
    'ike.timeout',
    'msg.invalid',
    // An Aggressive Mode responder's view: its response, then an answer it can only queue.
    'msg.sent',
  ],
  evaluate({ t }) {
    const direct = t.events('psk.mismatch');
    if (direct.length) {
      const r = direct.find((e) => e.reason)?.reason;
      return {
        confidence: 0.95,
        evidence: direct.slice(-3),
        why: 'direct',
        vars: { peer: t.remote.address ?? '?' },
        details: r ? { vendorReason: r } : ({} as Record<string, string>),
      };
    }
    const authFail = t
      .events('ike.auth.failed')
      .filter(
        (e) =>
          e.details?.cause === 'psk' ||
          (typeof e.details?.method === 'string' && /psk|pre-?shared|secret/i.test(e.details.method)),
      );
    if (authFail.length)
      return {
        confidence: 0.9,
        evidence: authFail.slice(-3),
        why: 'authCheck',
        vars: { peer: t.remote.address ?? '?' },
      };
    // IKEv1 main mode stuck after message 5 (our encrypted ID/HASH).
    const mm5 = t
      .select('msg.retransmit', 'ike.timeout', 'msg.invalid')
      .filter(
        (e) =>
          (e.exchange === 'MAIN_MODE' && (e.msgNo === 5 || e.msgNo === 4)) ||
          /MAIN_I3|MAIN_R2|MM_KEY_EXCH|MM5|MM4/.test(e.state ?? '') ||
          e.details?.afterFirstMessage === true,
      );
    // A peer that answers message 5 with INVALID_ID_INFORMATION has decrypted it (the ID payload is
    // inside): the keys agree and it refused our identity (ID_MISMATCH), not our key.
    if (
      mm5.length &&
      (t.ikeVersion ?? 1) === 1 &&
      !t.has('ike.established') &&
      !usesCert(t) &&
      notifies(t, 'INVALID_ID_INFORMATION').length === 0
    ) {
      return {
        confidence: 0.75,
        evidence: mm5.slice(-3),
        why: 'mainMode5',
        vars: { peer: t.remote.address ?? '?' },
      };
    }
    const aggr = aggressiveAnswerUnreadable(t);
    if (aggr && !usesCert(t))
      return {
        confidence: 0.7,
        evidence: aggr,
        why: 'aggressiveResponder',
        vars: { peer: t.remote.address ?? '?' },
      };
    const af = notifies(t, 'AUTHENTICATION_FAILED');
    // A refused exchange mode (Aggressive Mode PSK disabled) is answered with AUTHENTICATION_FAILED too.
    if (
      af.length &&
      usesPsk(t) &&
      !t.has('id.mismatch') &&
      !t.has('cert.invalid') &&
      !t.has('eap.failed') &&
      !t.has('mode.mismatch')
    )
      return {
        confidence: 0.6,
        evidence: af.slice(-2),
        why: 'authFailedPsk',
        vars: { peer: t.remote.address ?? '?' },
      };
    return undefined;
  },
  examples: {
    fire: [
      {
        name: 'strongSwan responder: MAC mismatched',
        log: `Nov 24 10:00:00 sun charon: 07[IKE] <home|1> tried 1 shared key for 'sun' - 'moon', but MAC mismatched`,
      },
      {
        name: 'IKEv1 strongSwan: hash payload cannot be decrypted',
        log: `Nov 24 10:00:00 sun charon: 07[IKE] <home|1> invalid HASH_V1 payload length, decryption failed?`,
      },
      {
        name: 'Libreswan Aggressive Mode responder: garbage after decrypting the answer to its response',
        log: `Nov 25 09:38:42.901947: "lab" #1: responding to Aggressive Mode, state #1, connection "lab" from 192.0.2.1
Nov 25 09:38:42.915771: "lab" #1: sent Aggressive Mode response, expecting confirmation
Nov 25 09:38:42.915871: "lab" #1: 30275-byte length of ISAKMP Hash Payload is larger than can fit
Nov 25 09:38:42.915876: "lab" #1: malformed payload in packet`,
      },
      {
        name: 'strongSwan Aggressive Mode responder: the peer answers its response with an INFORMATIONAL',
        log: `Nov 25 09:38:40 14[IKE] <1> 192.0.2.1 is initiating a Aggressive Mode IKE_SA
Nov 25 09:38:40 14[ENC] <lab|1> generating AGGRESSIVE response 0 [ SA KE No ID V V V V NAT-D NAT-D HASH ]
Nov 25 09:38:40 14[NET] <lab|1> sending packet: from 198.51.100.2[500] to 192.0.2.1[500] (585 bytes)
Nov 25 09:38:40 13[NET] <lab|1> received packet: from 192.0.2.1[500] to 198.51.100.2[500] (108 bytes)
Nov 25 09:38:40 13[IKE] <lab|1> queueing INFORMATIONAL_V1 request as tasks still active
Nov 25 09:38:41 09[IKE] <lab|1> sending retransmit 1 of response message ID 0, seq 1`,
      },
    ],
    silent: [
      {
        name: 'Aggressive Mode responder whose response was answered by the final message',
        log: `Nov 25 09:38:40 14[IKE] <1> 192.0.2.1 is initiating a Aggressive Mode IKE_SA
Nov 25 09:38:40 14[ENC] <lab|1> generating AGGRESSIVE response 0 [ SA KE No ID V V V V NAT-D NAT-D HASH ]
Nov 25 09:38:40 13[ENC] <lab|1> parsed AGGRESSIVE request 0 [ HASH N(INITIAL_CONTACT) ]
Nov 25 09:38:40 13[IKE] <lab|1> IKE_SA lab[1] established between 198.51.100.2[right.example]...192.0.2.1[left.example]`,
      },
      {
        name: 'Openswan initiator whose message 5 is answered with INVALID_ID_INFORMATION (the peer read our ID)',
        log: `Aug 01 13:06:48.887 108 "Office" #1: STATE_MAIN_I3: sent MI3, expecting MR3
Aug 01 13:06:48.887 003 "Office" #1: ignoring informational payload, type INVALID_ID_INFORMATION msgid=00000000
Aug 01 13:06:48.888 003 "Office" #1: received and ignored informational message
Aug 01 13:06:48.888 010 "Office" #1: STATE_MAIN_I3: retransmission; will wait 20s for response
Aug 01 13:06:48.890 031 "Office" #1: max number of retransmissions (2) reached STATE_MAIN_I3.  Possible authentication failure: no acceptable response to our first encrypted message`,
      },
      {
        name: 'PSK authentication worked',
        log: `Nov 24 10:00:00 moon charon: 11[IKE] <home|1> authentication of 'sun' with pre-shared key successful`,
      },
    ],
  },
};
export default rule;
