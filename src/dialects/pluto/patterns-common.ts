// pluto messages common to IKEv1 and IKEv2: retransmits and timeouts, notifies, NAT-T and
// vendor IDs, DPD/liveness, deletes, weak algorithms, kernel (XFRM/PF_KEY) failures, start-up
// and connection loading, and pluto's debug lines.
// Sources: libreswan programs/pluto/retransmit.c, timer.c, ikev1_dpd.c, ikev2_liveness.c,
// revival.c, state.c (delete_state), kernel.c, kernel_xfrm.c, connections.c; Openswan
// programs/pluto/timer.c, dpd.c, nat_traversal.c, vendor.c, state.c, kernel_netlink.c.
import type { EventDraft } from '../../core/model.js';
import type { PatternSpec } from '../../core/dialect.js';
import { classifyState, stateFields, type StateInfo } from './states.js';
import { remoteWith, weakEvent } from './events.js';
import { normalizeNotify, notifyEvents } from './notify.js';
import { parseEndpoint } from './prefix.js';

/** What a retransmit timeout in a given state means (libreswan retransmit.c, Openswan timer.c). */
function timeoutEvents(s: StateInfo | undefined, count: number | undefined, why: string | undefined): EventDraft[] {
  const fields = s ? stateFields(s) : {};
  const details: Record<string, string | boolean> = {};
  let hint: string | undefined;
  if (why) {
    details.why = why;
    if (/Possible authentication failure/.test(why)) hint = 'auth';
    else if (/perhaps peer likes no proposal/.test(why)) hint = 'proposal';
    else if (/No response/.test(why)) hint = 'no-response';
  }
  if (hint) details.hint = hint;
  // The peer answered the first exchange: the attempt died later than "no answer at all".
  if (s && ((s.msgNo !== undefined && s.msgNo >= 3 && s.scope === 'ike') || s.exchange === 'IKE_AUTH' || s.exchange === 'IKE_INTERMEDIATE'))
    details.afterFirstMessage = true;
  const base: Partial<EventDraft> = { ...fields, ...(count !== undefined ? { count } : {}) };
  if (s?.established) {
    details.established = true;
    return [
      { ...base, kind: 'ike.timeout', details },
      { ...base, kind: 'dpd.dead', reason: 'no response to requests on an established SA', details: { via: 'retransmit-timeout' } },
    ];
  }
  if (s?.scope === 'child') {
    return [{ ...base, kind: 'child.failed', reason: why ?? 'retransmit timeout', details: { ...details, timeout: true } }];
  }
  return [{ ...base, kind: 'ike.timeout', details }];
}

export const commonPatterns: readonly PatternSpec[] = [
  {
    id: 'retransmission',
    needle: 'retransmission; will wait',
    // Openswan 2.x writes `20s`, Libreswan `0.5 seconds`.
    regex: /^(?<state>[A-Z][A-Z0-9_]{2,40}): retransmission; will wait (?<wait>[\d.]{1,12})(?:s| seconds?) for response$/,
    samples: [
      '010 "MyConnection" #115: STATE_QUICK_I1: retransmission; will wait 20s for response',
      'Nov 24 15:18:00.100010: "westnet-eastnet-ikev1" #1: STATE_MAIN_I3: retransmission; will wait 0.5 seconds for response',
      '"westnet-eastnet-ikev2" #1: STATE_PARENT_I1: retransmission; will wait 1 seconds for response',
      '"west" #1: IKE_SA_INIT_I: retransmission; will wait 2 seconds for response',
    ],
    events: (g) => {
      const s = classifyState(g.state!);
      return [{ ...stateFields(s), kind: 'msg.retransmit', direction: 'out', details: { wait: g.wait! } }];
    },
  },
  {
    id: 'retransmitting-request',
    needle: 'retransmitting ',
    regex: /^retransmitting (?<ex>IKE_SA_INIT|IKE_AUTH|IKE_INTERMEDIATE|CREATE_CHILD_SA|INFORMATIONAL) request; will wait (?<wait>[\d.]{1,12}) seconds? for response$/,
    samples: [
      '"west" #1: retransmitting IKE_SA_INIT request; will wait 1 seconds for response',
      '"road-eastnet-ikev2"[1] 192.1.2.254 #3: retransmitting IKE_SA_INIT request; will wait 1 second for response',
      '"road-eastnet-ikev2"[1] 192.1.2.254 #3: retransmitting IKE_SA_INIT request; will wait 0.5 seconds for response',
    ],
    events: (g) => [
      { ikeVersion: 2, kind: 'msg.retransmit', direction: 'out', exchange: g.ex as EventDraft['exchange'], role: 'initiator', details: { wait: g.wait! } },
    ],
  },
  {
    id: 'timeout-seconds',
    needle: 'second timeout exceeded',
    regex: /^(?<state>[A-Z][A-Z0-9_]{2,40}): (?<secs>[\d.]{1,12}) second timeout exceeded after (?<n>\d{1,6}) retransmits\.?(?: {1,2}(?<why>\S.{0,300}))?$/,
    samples: [
      'Nov 24 15:18:31.002211: "westnet-eastnet-ikev1" #1: STATE_MAIN_I3: 60 second timeout exceeded after 7 retransmits.  Possible authentication failure: no acceptable response to our first encrypted message',
      '"westnet-eastnet-ikev2" #1: STATE_V2_PARENT_I1: 60 second timeout exceeded after 7 retransmits.  No response (or no acceptable response) to our first IKEv2 message',
      '"v6-transport" #2: STATE_QUICK_I1: 60 second timeout exceeded after 0 retransmits.  No acceptable response to our first Quick Mode message: perhaps peer likes no proposal',
      '"west" #1: ESTABLISHED_IKE_SA: 10 second timeout exceeded after 4 retransmits.  No response (or no acceptable response) to our IKEv2 message',
      '"west" #1: IKE_AUTH_I: 60 second timeout exceeded after 7 retransmits.  Possible authentication failure: no acceptable response to our first encrypted message',
    ],
    events: (g) => timeoutEvents(classifyState(g.state!), Number(g.n), g.why),
  },
  {
    id: 'timeout-max-retransmissions',
    needle: 'max number of retransmissions',
    // Openswan: `max number of retransmissions (2) reached STATE_MAIN_I1.  No response ...`;
    // Libreswan: `STATE_MAIN_I1: max number of retransmissions (8) reached after 60 seconds.  ...`.
    regex: /^(?:(?<state>[A-Z][A-Z0-9_]{2,40}): )?max number of retransmissions \((?<n>\d{1,6})\) reached(?: after (?<after>[\d.]{1,12}) seconds| (?<state2>[A-Z][A-Z0-9_]{2,40}))?\.?(?: {1,2}(?<why>\S.{0,300}))?$/,
    samples: [
      '"office" #1: max number of retransmissions (2) reached STATE_MAIN_I1.  No response (or no acceptable response) to our first IKE message',
      '"office" #1: max number of retransmissions (2) reached STATE_MAIN_I3.  Possible authentication failure: no acceptable response to our first encrypted message',
      '"westnet-eastnet" #1: STATE_MAIN_I1: max number of retransmissions (8) reached after 60 seconds.  No response (or no acceptable response) to our first IKEv1 message',
      '"office" #2: max number of retransmissions (2) reached STATE_QUICK_I1.  No acceptable response to our first Quick Mode message: perhaps peer likes no proposal',
    ],
    events: (g) => {
      const st = g.state ?? g.state2;
      return timeoutEvents(st ? classifyState(st) : undefined, Number(g.n), g.why);
    },
  },
  {
    id: 'informational-ignored',
    needle: 'informational payload',
    // Openswan `ignoring informational payload, type NO_PROPOSAL_CHOSEN msgid=00000000`;
    // Libreswan `ignoring informational payload INVALID_ID_INFORMATION, msgid=00000000, length=12`;
    // Libreswan 5 `ignoring secured informational payload ...` / `ignoring unsecured ...`.
    regex: /^ignoring (?<sec>(?:secured|unsecured) )?informational payload,? (?:type )?(?<notify>\w{2,60})(?<tail>[ ,].{0,200})?$/,
    samples: [
      '"office" #1: ignoring informational payload, type NO_PROPOSAL_CHOSEN msgid=00000000',
      '"office" #1: ignoring informational payload, type IPSEC_INITIAL_CONTACT msgid=00000000',
      '"westnet-eastnet-ikev1" #1: ignoring informational payload INVALID_ID_INFORMATION, msgid=00000000, length=12',
      '"westnet-eastnet-ikev1" #1: ignoring secured informational payload NO_PROPOSAL_CHOSEN, msgid=5bcb4ac3, length=12',
      'packet from 192.1.2.23:500: ignoring unsecured informational payload NO_PROPOSAL_CHOSEN, length=12',
      '"westnet-eastnet" #1: ignoring informational payload NO_PROPOSAL_CHOSEN, no corresponding state',
    ],
    events: (g) => {
      const n = normalizeNotify(g.notify!, 1);
      const msgid = /msgid=([0-9a-fA-F]{1,8})/.exec(g.tail ?? '');
      return notifyEvents(n, { direction: 'in', ikeVersion: 1 }).map((e) => ({
        ...e,
        ...(msgid?.[1] || g.sec ? { details: { ...(msgid?.[1] ? { msgid: msgid[1] } : {}), ...(g.sec ? { protection: g.sec.trim() } : {}) } } : {}),
      }));
    },
  },
  {
    id: 'notification-ignored',
    needle: 'received and ignored notification',
    regex: /^received and ignored notification payload: (?<notify>\w{2,60})$/,
    samples: ['"westnet-eastnet-ikev1" #1: received and ignored notification payload: INVALID_ID_INFORMATION'],
    events: (g) => notifyEvents(normalizeNotify(g.notify!, 1), { direction: 'in', ikeVersion: 1 }),
  },
  {
    id: 'notification-sent',
    needle: 'notification',
    regex: /^sending (?<enc>encrypted )?notification (?<notify>[\w/]{2,80}) to (?<to>\S{2,80})$/,
    samples: [
      'packet from 198.51.100.2:500: sending notification NO_PROPOSAL_CHOSEN to 198.51.100.2:500',
      '"office" #1: sending notification PAYLOAD_MALFORMED to 198.51.100.2:500',
      '"westnet-eastnet-ikev1" #2: sending encrypted notification INVALID_ID_INFORMATION to 192.1.2.45:500',
      '"westnet-eastnet-ikev2" #1: sending notification v2N_AUTHENTICATION_FAILED to 192.1.2.45:500',
    ],
    events: (g, _r, base) => {
      const raw = g.notify!.includes('/') ? g.notify!.slice(g.notify!.lastIndexOf('/') + 1) : g.notify!;
      const version = raw.startsWith('v2N_') ? 2 : raw.startsWith('v1N_') ? 1 : undefined;
      const n = normalizeNotify(raw, version);
      const to = parseEndpoint(g.to!);
      return notifyEvents(n, { direction: 'out', ...(version ? { ikeVersion: version } : {}) }).map((e) =>
        to ? { ...e, remote: remoteWith(base, to) } : e,
      );
    },
  },
  {
    id: 'nat-t-result',
    needle: 'NAT-Traversal: Result',
    regex: /^(?:\| )?NAT-Traversal: Result using (?<method>[^:]{1,100}): (?<result>[A-Za-z_ +]{2,100})$/,
    samples: [
      '22:49:46 pluto[585] \u201cabc\u201d #624: NAT-Traversal: Result using draft-ietfipsec-nat-t-ike-02/03: no NAT detected',
      '"office" #1: NAT-Traversal: Result using RFC 3947 (NAT-Traversal): no NAT detected',
      '"road"[3] 203.0.113.50 #7: NAT-Traversal: Result using RFC 3947 (NAT-Traversal): peer is NATed',
      '"road" #1: NAT-Traversal: Result using draft-ietf-ipsec-nat-t-ike-02/03: i am NATed',
      '| NAT-Traversal: Result using RFC 3947 (NAT-Traversal) sender port 500: I am behind NAT',
    ],
    events: (g) => {
      const r = g.result!;
      const me = /i am|BHND_ME|both/i.test(r);
      const peer = /peer|BHND_PEER|both/i.test(r);
      const where = me && peer ? 'both' : me ? 'local' : peer ? 'remote' : 'none';
      const method = g.method!.replace(/ sender port \d{1,5}$/, '');
      return [{ ikeVersion: 1, kind: 'nat.detected', details: { where, method, result: r } }];
    },
  },
  {
    id: 'nat-t-warning',
    needle: 'NATed but source port',
    regex: /^Warning: peer is NATed but source port is still udp\/(?<port>\d{1,5})\. IPsec-passthrough NAT device suspected -- NAT-T may not work\.$/,
    samples: ['"road" #1: Warning: peer is NATed but source port is still udp/500. IPsec-passthrough NAT device suspected -- NAT-T may not work.'],
    events: () => [{ ikeVersion: 1, kind: 'nat.detected', details: { where: 'remote', warning: 'ipsec-passthrough' } }],
  },
  {
    id: 'vendor-id',
    needle: 'Vendor ID payload',
    regex: /^(?<verb>received|ignoring|ignoring unknown|Ignoring older NAT-T) Vendor ID payload \[(?<vid>[^\]]{1,200})\](?<more>.{0,200})$/,
    samples: [
      'packet from 124.x.x.x:500: received Vendor ID payload [draft-ietf-ipsec-nat-t-ike-03]',
      'packet from 198.51.100.2:500: received Vendor ID payload [Dead Peer Detection]',
      'packet from 198.51.100.2:500: received Vendor ID payload [RFC 3947] method set to=109',
      'packet from 192.168.1.200:500: ignoring Vendor ID payload [47bbe7c993f1fc13b4e6d0db565c68e50102010]',
      'packet from 198.51.100.2:500: ignoring unknown Vendor ID payload [4048b7d56ebce88525e7de7f00d6c2d3c0000000]',
    ],
    events: (g) => [{ kind: 'vendor-id', details: { vendorId: g.vid!, recognised: g.verb === 'received' } }],
  },
  {
    id: 'dpd-dead',
    needle: 'declaring peer dead',
    regex: /^DPD: No response from peer - declaring peer dead$/,
    samples: ['"office" #1: DPD: No response from peer - declaring peer dead'],
    events: () => [{ kind: 'dpd.dead', reason: 'no response to R_U_THERE', details: { via: 'dpd' } }],
  },
  {
    id: 'dpd-enabled',
    needle: 'Dead Peer Detection',
    regex: /^Dead Peer Detection \(RFC 3706\):? (?<state>enabled|not enabled because peer did not advertise it)$/,
    samples: [
      '"office" #2: Dead Peer Detection (RFC 3706): enabled',
      '"office" #2: Dead Peer Detection (RFC 3706): not enabled because peer did not advertise it',
    ],
    events: (g) => (g.state === 'enabled' ? [{ ikeVersion: 1, kind: 'dpd.enabled' }] : [{ ikeVersion: 1, kind: 'info', details: { dpd: 'peer does not support' } }]),
  },
  {
    id: 'dpd-not-advertised',
    needle: 'DPD (RFC 3706) support not enabled',
    regex: /^Configured DPD \(RFC 3706\) support not enabled because remote peer did not advertise DPD support$/,
    samples: ['"westnet-eastnet-ikev1" #1: Configured DPD (RFC 3706) support not enabled because remote peer did not advertise DPD support'],
    events: () => [{ ikeVersion: 1, kind: 'info', details: { dpd: 'peer does not support' } }],
  },
  {
    id: 'dpd-action',
    needle: 'action - ',
    // Libreswan 3.x `IKEv1 DPD action - ...` / `IKEv2 liveness action - ...`; 4.x/5.x `DPD action - ...`, `liveness action - ...`.
    regex: /^(?:IKEv1 DPD|IKEv2 liveness|DPD|liveness) action - (?<action>.{1,120})$/,
    samples: [
      '"westnet-eastnet-ikev1" #1: DPD action - putting connection into hold',
      '"westnet-eastnet-ikev2" #1: liveness action - restarting all connections that share this peer',
      '"westnet-eastnet-ikev2" #1: IKEv2 liveness action - clearing connection kind CK_PERMANENT',
      '"westnet-eastnet" #1: IKEv1 DPD action - restarting all connections that share this peer',
    ],
    events: (g) => [{ kind: 'dpd.dead', reason: 'peer did not answer DPD/liveness probes', details: { action: g.action! } }],
  },
  {
    id: 'liveness-check',
    needle: 'liveness_check',
    regex: /^liveness_check - peer (?<peer>\S{1,80}) has not responded in (?<secs>\d{1,9}) seconds, with a timeout of (?<timeout>[\d.]{1,12})s?, taking (?<action>\S{1,40})$/,
    samples: ['"westnet-eastnet-ikev2" #1: liveness_check - peer 192.1.2.23 has not responded in 33 seconds, with a timeout of 30, taking restart'],
    events: (g, _r, base) => {
      const peer = parseEndpoint(g.peer!);
      return [
        {
          ikeVersion: 2,
          kind: 'dpd.dead',
          reason: 'peer did not answer liveness probes',
          details: { action: g.action!, silentSeconds: Number(g.secs) },
          ...(peer ? { remote: remoteWith(base, peer) } : {}),
        },
      ];
    },
  },
  {
    id: 'dpd-other',
    needle: 'DPD: ',
    regex: /^DPD: (?!No response from peer - declaring peer dead$)(?<what>.{1,200})$/,
    samples: [
      '"office" #1: DPD: could not send R_U_THERE',
      '"office" #1: DPD: received old or duplicate R_U_THERE',
      '"office" #1: DPD: Peer does not support Dead Peer Detection',
    ],
    events: (g) => [{ ikeVersion: 1, kind: 'info', details: { dpd: g.what! } }],
  },
  {
    id: 'weak-ike-algorithm',
    needle: 'You should NOT use insecure',
    regex: /^You should NOT use insecure(?:\/broken)? IKE algorithms \((?<alg>[^)]{1,120})\)!?$/,
    samples: [
      '"office" #1: You should NOT use insecure IKE algorithms (OAKLEY_DES_CBC)!',
      '"westnet-eastnet" #1: You should NOT use insecure/broken IKE algorithms (1DES_CBC)!',
    ],
    events: (g) => [{ ...weakEvent(g.alg!.replace(/^1DES/, 'DES'), 'ike'), ikeVersion: 1 }],
  },
  {
    id: 'weak-esp-algorithm',
    needle: 'You should NOT use insecure',
    regex: /^You should NOT use insecure(?:\/broken)? (?<proto>ESP|AH|IPsec) algorithms \[(?<alg>[^\]]{1,120})\]!?$/,
    samples: ['"office" #2: You should NOT use insecure ESP algorithms [ESP_DES (64)]!'],
    events: (g) => [weakEvent(g.alg!, 'child')],
  },
  {
    id: 'cert-nss-invalid',
    needle: 'certificate ',
    // Libreswan 5 (nss_cert_verify.c log_bad_cert): NSS's verdict on each certificate of the peer's chain.
    regex: /^NSS: ERROR: (?<usage>\w{1,20}) certificate (?<subject>[^:]{1,600}?) invalid(?:: (?<code>SEC_ERROR_[A-Z0-9_]{2,60})(?:: (?<text>.{1,300}))?|(?<more>[ .].{0,100}))?$/,
    samples: [
      '"east" #1: NSS: ERROR: IPsec certificate CN=west-expired invalid: SEC_ERROR_EXPIRED_CERTIFICATE: Peer\'s Certificate has expired.',
      '"ikev2-westnet-eastnet-x509-cr" #1: NSS: ERROR: IPsec certificate E=user-west@testing.libreswan.org,CN=west.testing.libreswan.org,OU=Test Department,O=Libreswan,L=Toronto,ST=Ontario,C=CA invalid: SEC_ERROR_UNKNOWN_ISSUER: Peer\'s Certificate issuer is not recognized.',
      '"east"[4] 192.1.2.45 #7: NSS: ERROR: IPsec certificate E=user-west-ku-certSigning@testing.libreswan.org,CN=west-ku-certSigning.testing.libreswan.org,OU=Test Department,O=Libreswan,L=Toronto,ST=Ontario,C=CA invalid: SEC_ERROR_INADEQUATE_KEY_USAGE: Certificate key usage inadequate for attempted operation.',
    ],
    events: (g) => {
      const reason = g.code ? `${g.code}${g.text ? `: ${g.text}` : ''}` : 'certificate invalid';
      return [{ kind: 'cert.invalid', reason, details: { subject: g.subject!, ...(g.code ? { code: g.code } : {}) } }];
    },
  },
  {
    id: 'cert-nss-end-invalid',
    needle: 'end certificate invalid',
    // Libreswan 4/5 (nss_cert_verify.c): the summary after NSS's per-certificate errors above it.
    regex: /^NSS: end certificate invalid$/,
    samples: ['Nov 25 09:31:58.485702: "lab" #1: NSS: end certificate invalid'],
    events: () => [],
  },
  {
    id: 'private-key-loaded',
    needle: 'loaded private key matching',
    // Libreswan 4/5 (keys.c): the key of the connection's own certificate was found in NSS, when
    // the connection is added and again when it signs.
    regex: /^(?:re)?loaded private key matching (?:left|right) certificate '(?<cert>[^']{1,200})'$/,
    samples: [
      'Nov 25 09:31:51.747540: "lab": loaded private key matching left certificate \'right\'',
      'Nov 25 09:31:51.937240: "lab" #1: reloaded private key matching left certificate \'right\'',
    ],
    events: () => [],
  },
  {
    id: 'cert-rejected',
    needle: ['certificate', 'CERT payload', 'cert with key size'],
    // Libreswan 5: cert_decode_helper.c, ikev1_main.c/ikev1_aggr.c, ikev1_cert.c, nss_cert_verify.c.
    regex: /^(?:X509: (?<x509>certificate payload rejected for this connection|certificate rejected for this connection|CERT payload bogus or revoked)|(?<crl>certificate payload rejected; crl-strict=yes and Certificate Revocation List \(CRL\) is expired or missing)(?:, forcing CRL update)?|(?<noca>no Certificate Authority in NSS Certificate DB)! certificate payloads discarded|(?<nosan>peer certificate contains no subjectAltName extension to match (?:ID_)?[A-Z0-9_]{2,20} '[^']{0,300}')|FIPS: rejecting peer cert with key size (?<size>\d{1,6}) under (?<min>\d{1,6}): (?<subject>.{1,600}))$/,
    samples: [
      '"ikev2-westnet-eastnet-x509-cr" #1: X509: certificate payload rejected for this connection',
      '"west" #1: X509: certificate rejected for this connection',
      '"west" #1: X509: CERT payload bogus or revoked',
      '"nss-cert-crl" #1: certificate payload rejected; crl-strict=yes and Certificate Revocation List (CRL) is expired or missing, forcing CRL update',
      '"westnet-eastnet-x509" #1: no Certificate Authority in NSS Certificate DB! certificate payloads discarded',
      // Libreswan 5 (peer_id.c): the identity to match is not among the certificate's names.
      '"ikev2-westnet-eastnet-x509-cr" #1: peer certificate contains no subjectAltName extension to match ID_IPV4_ADDR \'192.1.2.23\'',
      '"ikev2-westnet-eastnet-x509-cr" #1: peer certificate contains no subjectAltName extension to match IPV4_ADDR \'192.1.2.23\'',
      '"westnet-eastnet-ikev2" #1: FIPS: rejecting peer cert with key size 2032 under 2048: E=user-key2032@testing.libreswan.org,CN=key2032.testing.libreswan.org,OU=Test Department,O=Libreswan,L=Toronto,ST=Ontario,C=CA',
    ],
    events: (g) => {
      if (g.size) {
        return [{ kind: 'cert.invalid', reason: `peer certificate key of ${g.size} bits is under the FIPS minimum of ${g.min!}`, details: { subject: g.subject!, fips: true } }];
      }
      // No subjectAltName to hold the peer's identity: its ID and its certificate disagree.
      if (g.nosan) return [{ kind: 'id.mismatch', reason: g.nosan }];
      const reason = g.x509 ?? g.crl ?? `${g.noca!}: certificate payloads discarded`;
      return [{ kind: 'cert.invalid', reason, ...(g.noca ? { details: { cause: 'no-ca' } } : g.crl ? { details: { cause: 'crl' } } : {}) }];
    },
  },
  {
    id: 'cert-verified',
    needle: 'certificate verified OK',
    // Libreswan 3.x/4.x (nss_cert_verify.c): the peer's certificate chains to a trusted CA.
    regex: /^certificate verified OK: (?<subject>.{1,600})$/,
    samples: ['"ikev2-cp"[1] 203.0.113.7 #4: certificate verified OK: O=my_org,CN=second_vpn_client'],
    events: (g) => [{ kind: 'info', details: { certVerified: g.subject! } }],
  },
  {
    id: 'cert-failed-verification',
    needle: 'failed verification',
    // Libreswan 3.x (nss_cert_verify.c): NSS could not build a trusted chain for the peer's certificate.
    regex: /^Certificate (?<subject>.{1,600}) failed verification$/,
    // libreswan/libreswan issue 251.
    samples: ['Jun 26 21:28:38.018449: "mytunnel24" #5: Certificate CN=Cisco INC failed verification'],
    events: (g) => [{ kind: 'cert.invalid', reason: 'peer certificate failed verification', details: { subject: g.subject! } }],
  },
  {
    id: 'x509-verify',
    needle: ['X.509', 'cacert', 'certificate'],
    // Openswan 2.x and strongSwan 4.x pluto (x509.c, ocsp.c, ipsec_doi.c): the peer's certificate
    // failed the daemon's own chain and validity checks.
    regex: /^(?:(?<issuer>issuer cacert not found)|(?<signature>certificate signature is invalid)|certificate is invalid \(valid from (?<from>[^()]{1,60}) to (?<to>[^()]{1,60})\)|(?<rejected>X\.509 certificate rejected)|(?<syntax>(?:Syntax error|Error) in X\.509 certificate))$/,
    samples: [
      'Nov  5 10:54:40 intra pluto[2332]: "C2"[1] 192.168.1.200 #1: issuer cacert not found',
      'Nov  5 10:54:40 intra pluto[2332]: "C2"[1] 192.168.1.200 #1: X.509 certificate rejected',
      'Nov  5 10:54:40 gw pluto[2332]: "C2"[1] 192.168.1.200 #1: certificate signature is invalid',
      'Nov  5 10:54:40 gw pluto[2332]: "C2"[1] 192.168.1.200 #1: certificate is invalid (valid from Jan 01 00:00:00 UTC 2020 to Jan 01 00:00:00 UTC 2021)',
      'Nov  5 10:54:40 gw pluto[2332]: "C2"[1] 192.168.1.200 #1: Syntax error in X.509 certificate',
    ],
    events: (g) => {
      const [reason, cause] = g.issuer
        ? ['issuer CA certificate not found', 'no-ca']
        : g.signature
          ? ['certificate signature is invalid', 'signature']
          : g.from
            ? [`certificate is outside its validity period (${g.from} to ${g.to!})`, 'validity']
            : g.syntax
              ? ['malformed X.509 certificate', 'syntax']
              : ['X.509 certificate rejected', 'rejected'];
      return [{ kind: 'cert.invalid', reason, details: { cause } }];
    },
  },
  {
    id: 'no-rsa-key',
    needle: 'no RSA public key known for',
    // Openswan 2.x / strongSwan 4.x / Libreswan 3.x (ipsec_doi.c, ikev1_main.c): no trusted key
    // (certificate or raw RSA key) for the identity the peer presented, so its signature cannot be
    // checked.
    regex: /^no RSA public key known for '(?<id>[^']{0,512})'(?:; DNS search for KEY failed \((?<dns>.{1,200})\))?$/,
    samples: [
      'Nov  5 10:54:40 intra pluto[2332]: "C2"[1] 192.168.1.200 #1: no RSA public key known for \'CN=client1\'',
    ],
    events: (g) => [
      {
        kind: 'cert.invalid',
        reason: `no RSA public key known for '${g.id!}'`,
        remote: { id: g.id! },
        details: { cause: 'no-public-key' },
      },
    ],
  },
  {
    id: 'local-key-missing',
    needle: ['private key', 'our RSA key'],
    // pluto cannot produce its own signature (keys.c, ikev1_main.c).
    regex: /^(?:unable to locate my private key for (?<sig>[A-Za-z0-9 -]{1,40})|(?<nss>Can't find the certificate or private key from the NSS CKA_ID)|(?<rsa>Failed to find our RSA key)|private key matching (?<what>CKAID|certificate) ["']?(?<name>[^"' ]{1,200})["']? (?:not found in NSS DB(?:, (?<why>.{1,200}))?|not found: (?<why2>.{1,200})|has type (?<has>\S{1,20}) but (?<need>\S{1,20}) is needed))$/,
    samples: [
      '"westnet-eastnet" #1: unable to locate my private key for RSA Signature',
      '"westnet-eastnet" #1: private key matching CKAID "4651cb327d8ee9c2a0f71f176c7d172f33205dc2" not found in NSS DB, can\'t find the private key matching the NSS CKAID',
      // Libreswan 5.0-5.3 quote the CKAID and end with `not found: <why>`.
      '"westnet-eastnet" #1: private key matching CKAID \'4651cb327d8ee9c2a0f71f176c7d172f33205dc2\' not found: can\'t find the private key matching the NSS CKAID',
      '"westnet-eastnet-ikev2" #1: private key matching certificate west has type ECDSA but RSA is needed',
      // Libreswan 3.x, before `unable to locate my private key` (libreswan/libreswan issue 274).
      'Sep 11 01:58:54.082359: "greA" #1: Can\'t find the certificate or private key from the NSS CKA_ID',
      // Libreswan 3.x IKEv2 responder (hwdsl2/setup-ipsec-vpn issue 161).
      'Jun 26 18:04:18 localhost.localdomain pluto[92764]: "ikev2-remote-access"[1] 10.11.207.66 #3: Failed to find our RSA key',
    ],
    events: (g) => {
      const reason = g.has
        ? `our private key (${g.what!} ${g.name!}) is ${g.has}, ${g.need!} is needed`
        : g.sig
          ? `no private key for our ${g.sig}`
          : g.nss
            ? 'no certificate or private key in the NSS database for our CKA_ID'
            : g.rsa
              ? 'no private key for our RSA signature'
              : `no private key for ${g.what!} ${g.name!} in the NSS database`;
      return [{ kind: 'ike.auth.failed', byPeer: false, reason, details: { local: true, cause: g.has ? 'key-type' : 'no-private-key' } }];
    },
  },
  {
    id: 'kernel-half-sa-failed',
    needle: 'setup_half_ipsec_sa',
    regex: /^setup_half_ipsec_sa\(\) hit fail:?$/,
    samples: [
      '"ntz-dpt" #9: setup_half_ipsec_sa() hit fail:',
      'Nov 24 15:19:02.220118: "westnet-eastnet-ikev2" #2: setup_half_ipsec_sa() hit fail:',
    ],
    events: () => [{ kind: 'sa.install.failed', reason: 'setup_half_ipsec_sa() failed' }],
  },
  {
    id: 'kernel-netlink-error',
    needle: 'response for',
    // `ERROR: "conn" #9: netlink response for Add SA esp.4c04c7e6@192.168.44.17: Invalid argument (errno 22)`
    // Libreswan 3.x: `ERROR: netlink response for Add SA esp.ae3f3f0b@192.0.2.1 included errno 22: Invalid argument`
    // `ERROR: netlink XFRM_MSG_NEWPOLICY response for flow eroute_connection add included errno 17: File exists`
    // `kernel: xfrm XFRM_MSG_NEWPOLICY response for flow ...: ...` (Libreswan 4.6+)
    regex: /^(?:ERROR: )?(?:netlink|kernel: xfrm|PF_KEY) (?:(?<type>XFRM_MSG_[A-Z]{3,20}|SADB_[A-Z_]{3,20}|[A-Z][A-Za-z]{2,10}) )?(?:(?<op>add|replace|delete|del) )?response for (?<what>.{1,300}?)(?: included errno (?<errno>\d{1,5}): (?<err1>.{1,200})|: (?<err2>.{1,200}))$/,
    samples: [
      'ERROR: "ntz-dpt" #9: netlink response for Add SA esp.4c04c7e6@192.168.44.17: Invalid argument (errno 22)',
      'ERROR: "office" #2: netlink response for Add SA esp.ae3f3f0b@192.0.2.1 included errno 93: Protocol not supported',
      'ERROR: "v6-transport" #2: netlink response for Del SA esp:ESPSPIi@2001:db8:1:2::45: No such process (errno 3)',
      'ERROR: "office" #2: netlink XFRM_MSG_NEWPOLICY response for flow eroute_connection add included errno 17: File exists',
      // Libreswan 5: a failed query of an SA's counters (the SA is already gone) is no install failure.
      'ERROR: "ipv4-psk-ikev2-transport" #2: netlink response for XFRM_MSG_GETSA esp.7c2f10ad@192.1.2.23: No such process (errno 3)',
      'ERROR: "westnet-eastnet" #2: netlink response for Get SA esp.7c2f10ad@192.1.2.23: No such process (errno 3)',
      'ERROR: "west" #2: kernel: xfrm XFRM_MSG_DELPOLICY delete response for flow 192.0.2.0/24===192.0.1.0/24: No such file or directory (errno 2)',
      '"west" #2: kernel: xfrm XFRM_MSG_NEWSA response for flow (in): Protocol not supported (errno 93)',
    ],
    events: (g) => {
      const what = g.what!;
      const err = (g.err1 ?? g.err2 ?? '').trim();
      const reason = g.errno ? `${err} (errno ${g.errno})` : err;
      const deleting = /^Del|DEL|delete/.test(what) || /DEL/.test(g.type ?? '') || g.op === 'delete' || g.op === 'del';
      // Reading an SA back (traffic counters, expiry) changes nothing in the kernel.
      const querying = /^(?:Get |XFRM_MSG_GET)/.test(what) || /GET/.test(g.type ?? '');
      if (deleting || querying) return [{ kind: 'info', reason, details: { kernel: `${g.type ?? ''} ${what}`.trim() } }];
      return [{ kind: 'sa.install.failed', reason, details: { kernel: `${g.type ?? ''} ${what}`.trim() } }];
    },
  },
  {
    id: 'fatal-error',
    needle: 'encountered fatal error',
    regex: /^(?:(?<what>CHILD SA|IKE SA|Child SA) )?encountered fatal error(?: in state (?<state>[A-Z][A-Z0-9_]{2,50})|: (?<notify>\w{2,60}))$/,
    samples: [
      '"ntz-dpt" #9: CHILD SA encountered fatal error: INVALID_SYNTAX',
      '"ntz-dpt" #8: encountered fatal error in state STATE_V2_ESTABLISHED_IKE_SA',
      '"west" #1: encountered fatal error in state IKE_AUTH_I',
    ],
    events: (g) => {
      if (g.what) return [{ kind: 'child.failed', reason: g.notify ?? 'fatal error', ...(g.notify ? { notify: normalizeNotify(g.notify, 2) } : {}) }];
      const s = g.state ? classifyState(g.state) : undefined;
      return [{ ...(s ? stateFields(s) : {}), kind: 'msg.invalid', reason: 'fatal error' }];
    },
  },
  {
    id: 'keying-attempt',
    needle: 'attempt',
    regex: /^(?:starting keying attempt|scheduling retry attempt) (?<n>\d{1,6}) of (?:an unlimited number|at most (?<max>\d{1,6}))(?<more>.{0,80})$/,
    samples: [
      'Mar 12 10:02:05 gw-a pluto[2211]: "office" #1: starting keying attempt 2 of an unlimited number, but releasing whack',
      '"office" #3: starting keying attempt 2 of at most 3',
    ],
    events: (g) => [{ kind: 'info', details: { keyingAttempt: Number(g.n) } }],
  },
  {
    id: 'info-message-ignored',
    needle: 'received and ignored',
    regex: /^received and ignored (?:empty )?informational (?:message|notification payload)(?<more>.{0,200})$/,
    samples: [
      'Jan 14 09:12:01 vpngw pluto[3122]: "branch" #7: received and ignored informational message',
      'Oct 14 14:45:31 Colins pluto[22914]: "vpnpsk"[4] 136.183.196.145 #18: received and ignored empty informational notification payload',
    ],
    events: () => [],
  },
  {
    id: 'psk-too-short',
    needle: 'PSK length of',
    // `WARNING: connection l2tp-psk PSK length of 4 bytes is too short for sha PRF in FIPS mode (10 bytes required)`
    regex: /^WARNING: (?:connection (?<c>\S{1,200})|'(?<c2>[^']{1,200})') PSK length of (?<len>\d{1,4}) bytes is too short for (?:PRF )?(?<prf>\S{1,40})(?: PRF)? in FIPS mode \((?<need>\d{1,4}) bytes required\)$/,
    samples: [
      'Mar 12 09:32:14 centos7 pluto[3776]: "l2tp-psk"[2] 192.168.171.141 #3: WARNING: connection l2tp-psk PSK length of 4 bytes is too short for sha PRF in FIPS mode (10 bytes required)',
      '"westnet-eastnet": WARNING: \'westnet-eastnet\' PSK length of 8 bytes is too short for PRF HMAC_SHA2_256 in FIPS mode (32 bytes required)',
    ],
    events: (g) => [
      { kind: 'weak.crypto', scope: 'ike', details: { algorithm: 'short-psk', bytes: Number(g.len), required: Number(g.need), weakness: 'psk' } },
    ],
  },
  {
    id: 'traffic-info',
    needle: 'traffic information',
    regex: /^(?<proto>ESP|AH|IPCOMP) traffic information: in=(?<in>\S{1,20}) out=(?<out>\S{1,20})(?<more>.{0,120})$/,
    samples: ['Oct 14 14:45:31 Colins pluto[22914]: "vpnpsk"[4] 136.183.196.145 #18: ESP traffic information: in=0B out=0B'],
    events: (g) => [{ kind: 'info', details: { trafficIn: g.in!, trafficOut: g.out! } }],
  },
  {
    id: 'nat-oa',
    needle: 'NAT-OA',
    regex: /^NAT-Traversal: received \d{1,3} NAT-OA\.(?<more>.{0,160})$/,
    samples: ['Oct 14 14:45:39 Colins pluto[22914]: "vpnpsk"[4] 136.183.196.145 #18: NAT-Traversal: received 2 NAT-OA. Using first, ignoring others'],
    events: () => [{ ikeVersion: 1, kind: 'info', details: { natOa: true } }],
  },
  {
    id: 'incomplete-state',
    needle: 'deleting incomplete state',
    // A responder's half-open SA: the peer started but never completed the exchange.
    regex: /^deleting incomplete state after (?<secs>\d{1,9}) seconds$/,
    samples: ['Jul  4 08:43:38 gw pluto[17824]: " /1x3" #24: deleting incomplete state after 200 seconds'],
    events: (g) => [{ kind: 'ike.timeout', role: 'responder', details: { incomplete: true, afterFirstMessage: true, seconds: Number(g.secs) } }],
  },
  {
    id: 'on-demand',
    needle: 'initiate on-demand',
    regex: /^initiate on-demand for packet (?<pkt>\S{1,200})(?<more>.{0,120})$/,
    samples: ['Mar 20 10:03:48 h pluto[123920]: "private-or-clear#192.182.196.0/22"[2] ...192.182.196.49: initiate on-demand for packet 192.182.196.50:8-ICMP->192.182.196.49:0'],
    events: (g) => [{ kind: 'info', details: { onDemand: g.pkt! } }],
  },
  {
    id: 'connection-deleted',
    needle: 'connection',
    regex: /^deleting (?:non-instance |template )?connection(?: group)?$/,
    samples: ['Apr  3 00:42:27 api pluto[1413]: "xauth-psk": deleting non-instance connection'],
    events: () => [{ kind: 'info', details: { config: 'removed' } }],
  },
  {
    id: 'internal-error',
    needle: 'had internal error',
    regex: /^state transition function for (?<state>[A-Z][A-Z0-9_]{2,40}) had internal error$/,
    samples: ['Nov 24 15:57:19.289606: "lab" #2: state transition function for STATE_QUICK_R0 had internal error'],
    events: (g) => {
      const s = classifyState(g.state!);
      return [{ ...stateFields(s), kind: 'msg.invalid', reason: 'internal error in state transition' }];
    },
  },
  {
    id: 'aggressive-psk-warning',
    needle: 'vulnerable to dictionary attacks',
    regex: /^IKEv1 Aggressive Mode with PSK is vulnerable to dictionary attacks(?<more>.{0,120})$/,
    samples: ['Nov 24 16:00:12.176414: "lab" #1: IKEv1 Aggressive Mode with PSK is vulnerable to dictionary attacks and is cracked on large scale by TLA\'s'],
    events: () => [{ ikeVersion: 1, kind: 'info', mode: 'aggressive', details: { warning: 'aggressive-mode-psk' } }],
  },
  {
    id: 'delete-state',
    needle: 'deleting ',
    // Openswan `deleting state #3 (STATE_MAIN_I4)`; Libreswan 3/4 `deleting state (STATE_MAIN_I4) aged 2.0s and
    // sending notification`, `deleting other state #2 (STATE_QUICK_I2) ...`; Libreswan 5 `deleting IKE SA
    // (ESTABLISHED_IKE_SA) and sending notification`, `deleting IPsec SA (QUICK_I2) and NOT sending notification`.
    regex: /^(?:IMPAIR: )?deleting (?<what>other state|state|IKE SA|ISAKMP SA|IPsec SA|Child SA|larval Child SA|established Child SA)(?: #(?<num>\d{1,12}))?(?: connection)?(?: \((?<state>[^)]{1,80})\))?(?<tail>[ ;,](?!but connection is supposed).{0,300})?$/,
    samples: [
      '"office" #3: deleting state #3 (STATE_MAIN_I4)',
      '"westnet-eastnet" #2: deleting state (STATE_QUICK_I2) aged 3.021s and sending notification',
      '"westnet-eastnet" #1: deleting other state #2 (STATE_QUICK_I2) aged 0.512s and NOT sending notification',
      '"westnet-eastnet-ikev2" #1: deleting state (STATE_V2_ESTABLISHED_IKE_SA) aged 0.214s and sending notification',
      '"westnet-eastnet-ikev2" #1: deleting IKE SA (ESTABLISHED_IKE_SA) and sending notification',
      '"westnet-eastnet-ikev1" #2: deleting IPsec SA (QUICK_I2) and sending notification using ISAKMP SA #1',
      '"westnet-eastnet-ikev2" #1: deleting IKE SA (sent IKE_SA_INIT request)',
      '"ntz-dpt" #9: deleting larval Child SA',
      '"west" #2: deleting established Child SA using IKE SA #1',
    ],
    events: (g) => {
      const what = g.what!;
      const stateText = g.state ?? '';
      const s = /^[A-Z][A-Z0-9_]{2,60}$/.test(stateText) ? classifyState(stateText) : undefined;
      let child = /IPsec|Child/.test(what);
      if (!child && s) child = s.scope === 'child';
      const tail = g.tail ?? '';
      const ev: EventDraft = { kind: child ? 'child.deleted' : 'ike.deleted', ...(s ? { state: s.state } : {}) };
      if (s?.ikeVersion) ev.ikeVersion = s.ikeVersion;
      if (g.num) ev.sa = `#${g.num}`;
      const det: Record<string, string | boolean> = {};
      if (stateText && !s) det.story = stateText;
      if (/NOT sending notification/.test(tail)) det.notificationSent = false;
      else if (/sending notification/.test(tail)) det.notificationSent = true;
      const aged = /aged ([\d.]{1,12})s/.exec(tail);
      if (aged?.[1]) det.aged = aged[1];
      if (s?.established === false || /larval|sent IKE_SA_INIT|sent IKE_AUTH/.test(`${what} ${stateText}`)) det.established = false;
      else if (s?.established) det.established = true;
      if (Object.keys(det).length) ev.details = det;
      const using = /using (?:IKE|ISAKMP) SA #(\d{1,12})/.exec(tail);
      if (using?.[1]) ev.parentSa = `#${using[1]}`;
      return [ev];
    },
  },
  {
    id: 'instance-deleted',
    needle: 'instance with peer',
    // Openswan `deleting connection "x" [whackfd=4] instance with peer 1.2.3.4 {isakmp=#0/ipsec=#0}`,
    // Libreswan 3 `deleting connection "x"[1] 1.2.3.4 instance with peer 1.2.3.4 {isakmp=#0/ipsec=#0}`,
    // Libreswan 4/5 `deleting connection instance with peer 1.2.3.4 {isakmp=#0/ipsec=#0}`.
    regex: /^(?:deleting connection (?:["\u201c][^"\u201d]{1,200}["\u201d](?:\[\d{1,10}\]){0,4}(?: [^ ]{1,80})? )?(?:\[whackfd=\d{1,6}\] )?)?instance with peer (?<peer>[^ ]{1,80})(?: \{isakmp=#(?<isakmp>\d{1,12})\/ipsec=#(?<ipsec>\d{1,12})\})?$/,
    samples: [
      '"roadwarrior"[4] 203.0.113.50: deleting connection "roadwarrior"[4] 203.0.113.50 instance with peer 203.0.113.50 {isakmp=#0/ipsec=#0}',
      '"roadwarrior"[4] 203.0.113.50: deleting connection instance with peer 203.0.113.50 {isakmp=#0/ipsec=#0}',
      '"roadwarrior"[4] 203.0.113.50: deleting connection instance with peer 203.0.113.50',
    ],
    events: (g, _r, base) => {
      const peer = parseEndpoint(g.peer!);
      const det: Record<string, string> = {};
      if (g.isakmp) det.isakmp = `#${g.isakmp}`;
      if (g.ipsec) det.ipsec = `#${g.ipsec}`;
      return [{ kind: 'tunnel.down', ...(peer ? { remote: remoteWith(base, peer) } : {}), ...(Object.keys(det).length ? { details: det } : {}) }];
    },
  },
  {
    id: 'revival',
    needle: 'remain up',
    regex: /^(?:connection is supposed to remain up; revival attempt (?<n>\d{1,6}) scheduled in (?<secs>[\d.]{1,12}) seconds|deleting (?<what>IKE SA|ISAKMP SA|Child SA|IPsec SA) but connection is supposed to remain up; (?:schedule EVENT_REVIVE_CONNS|EVENT_REVIVE_CONNS already scheduled)|(?:reviving|initiating) connection (?:'[^']{1,200}' with serial \$\d{1,9} )?which (?<why>.{1,120}?) but must remain up per local policy(?: \(serial \$\d{1,9}\))?)$/,
    samples: [
      '"v6-transport" #2: connection is supposed to remain up; revival attempt 1 scheduled in 0 seconds',
      '"westnet-eastnet-ikev2" #1: deleting IKE SA but connection is supposed to remain up; schedule EVENT_REVIVE_CONNS',
      '"west" #1: reviving connection which received Delete/Notify but must remain up per local policy (serial $1)',
      'Nov 24 15:35:05.273773: "lab": initiating connection \'lab\' with serial $1 which received a Delete/Notify but must remain up per local policy',
    ],
    // Libreswan 4.10 says "received a Delete/Notify" here even after its own retransmit timeout,
    // so the line says nothing about who ended the SA.
    events: (g) => [{ kind: 'info', details: { revival: true, ...(g.n ? { attempt: Number(g.n) } : {}), ...(g.why ? { why: g.why } : {}) } }],
  },
  {
    id: 'admin-down',
    needle: 'terminating SAs',
    regex: /^terminating SAs using this connection$/,
    samples: ['"westnet-eastnet": terminating SAs using this connection'],
    events: () => [{ kind: 'info', details: { admin: 'down' } }],
  },
  {
    id: 'initiating-delete',
    needle: 'initiating delete of',
    regex: /^initiating delete of (?<what>.{1,200})$/,
    samples: [
      '"westnet-eastnet-ikev2" #1: initiating delete of connection\'s IKE SA #1 (and Child SA #2)',
      '"westnet-eastnet-ikev1": initiating delete of connection\'s IPsec SA #2 and ISAKMP SA #1',
    ],
    events: (g) => [{ kind: 'info', details: { admin: 'delete', what: g.what! } }],
  },
  {
    id: 'connection-added',
    needle: 'added',
    regex: /^(?:added (?:(?:oriented|unoriented) )?(?:(?<v>IKEv[12]) )?connection|added connection description ["\u201c](?<c>[^"\u201d]{1,200})["\u201d])(?<more>(?: .{0,300})?)$/,
    samples: [
      '"westnet-eastnet-ikev2": added IKEv2 connection',
      '"san": added oriented IKEv2 connection',
      '"westnet-eastnet": added connection description "westnet-eastnet"',
      'Mar 12 10:00:58 west pluto[2211]: added connection description "office"',
    ],
    events: (g) => {
      const ev: EventDraft = { kind: 'config.loaded' };
      if (g.c) ev.conn = g.c;
      if (g.v) ev.ikeVersion = g.v === 'IKEv2' ? 2 : 1;
      return [ev];
    },
  },
  {
    id: 'require-peer-id',
    needle: 'but peer declares',
    // An initiator whose peer presents another identity than rightid= (Openswan 2.x `we require peer
    // to have ID`, Libreswan `we require IKEv1 peer` / `IKEv2 peer`; ikev1_main.c, ikev2_parent.c).
    regex: /^we require (?:(?<v>IKEv[12]) )?peer to have ID '(?<want>[^']{0,300})', but peer declares '(?<got>[^']{0,300})'$/,
    samples: [
      // A Main Mode initiator towards a server behind NAT that declares its private address.
      'Jun 28 16:52:41 maverick pluto[5023]: "TA_VPN" #1: we require peer to have ID \'203.0.113.123\', but peer declares \'10.0.1.2\'',
      '"westnet-eastnet-ikev2" #1: we require IKEv2 peer to have ID \'@east\', but peer declares \'@west\'',
    ],
    events: (g, _r, base) => [
      {
        ...(g.v ? { ikeVersion: g.v === 'IKEv2' ? (2 as const) : (1 as const) } : {}),
        kind: 'id.mismatch',
        role: 'initiator',
        remote: remoteWith(base, { id: g.got! }),
        remoteValue: g.got!,
        localValue: g.want!,
        reason: 'peer declares another ID than the one configured',
      },
    ],
  },
  {
    id: 'cannot-orient',
    needle: 'identify ourselves with either end',
    // connections.c / initiate.c: neither left= nor right= is an address of this host, so pluto does
    // not know which end it is; the connection cannot be initiated or routed.
    regex: /^[Ww]e cannot identify ourselves with either end of this connection\.?(?: {2}(?<a>\S{1,100}) or (?<b>\S{1,100}) are not usable)?$/,
    samples: [
      // libreswan/libreswan issue 242 (`ipsec auto --up` output).
      '022 "ecocash_vpn": We cannot identify ourselves with either end of this connection.  196.13.223.200 or 40.101.150.72 are not usable',
      '"west": we cannot identify ourselves with either end of this connection',
    ],
    events: (g) => [{ kind: 'info', reason: 'neither end of the connection is an address of this host', details: { config: 'not-oriented', ...(g.a ? { addresses: `${g.a} ${g.b!}` } : {}) } }],
  },
  {
    id: 'connection-add-failed',
    needle: 'failed to add',
    regex: /^failed to add (?:IKEv[12] )?connection: (?<why>.{1,300})$/,
    samples: ['"westnet-eastnet": failed to add connection: left certificate \'west\' not found in the NSS database'],
    events: (g) => [{ kind: 'info', reason: g.why!, details: { config: 'rejected' } }],
  },
  {
    id: 'cert-nickname-missing',
    needle: 'certificate with nickname',
    // Libreswan 3.x (connections.c): the connection's own certificate (leftcert=) is not in the NSS
    // database pluto opened; the connection is not loaded, so its peers find no connection.
    regex: /^(?<end>left|right) certificate with nickname '(?<nick>[^']{1,200})' was not found in NSS DB$/,
    // hwdsl2/setup-ipsec-vpn issue 669 (Debian keeps its NSS database in /var/lib/ipsec/nss).
    samples: ["Oct 30 11:59:15 vpn pluto[5747]: left certificate with nickname 'vpn.example.com' was not found in NSS DB"],
    events: (g) => [{ kind: 'info', reason: `${g.end!} certificate ${g.nick!} not in the NSS database`, details: { config: 'rejected' } }],
  },
  {
    id: 'starting',
    needle: 'Starting Pluto',
    regex: /^Starting Pluto \((?<product>Libreswan|Openswan|strongSwan) Version (?<version>[^ )]{1,40})(?<rest>.{0,600})$/,
    samples: [
      'Aug  9 14:08:35 gw pluto[8740]: Starting Pluto (Libreswan Version 3.29 XFRM(netkey) esp-hw-offload FORK PTHREAD_SETSCHEDPRIO NSS (AVA copy) SYSTEMD_WATCHDOG LABELED_IPSEC LIBCAP_NG XAUTH_PAM NETWORKMANAGER CURL(non-NSS)) pid:8740',
      'Jan  2 03:04:05 gw pluto[1234]: Starting Pluto (Openswan Version 2.6.38; Vendor ID OEhyLdACecfa) pid:1234',
    ],
    events: (g) => [{ kind: 'info', details: { product: g.product!, version: g.version!.replace(/;$/, '') } }],
  },
  {
    id: 'ike-version-dropped',
    needle: 'silently drop all',
    regex: /^ignoring (?<v>IKEv[12]) packet as (?:global )?policy is set to silently drop all IKEv[12] packets$/,
    samples: ['packet from 192.1.2.45:500: ignoring IKEv1 packet as global policy is set to silently drop all IKEv1 packets'],
    events: (g) => [{ kind: 'version.mismatch', ikeVersion: g.v === 'IKEv2' ? 2 : 1, details: { received: g.v!, policy: 'drop' } }],
  },
  {
    id: 'responding-notify',
    needle: 'notification',
    // Libreswan 3.32/4.x: `responding to IKE_SA_INIT (34) message (Message ID 0) with unencrypted notification
    // NO_PROPOSAL_CHOSEN`, `responding to IKE_AUTH message (ID 1) from 192.0.2.1:500 with encrypted notification
    // AUTHENTICATION_FAILED`; 5.x `responding to IKE_SA_INIT request with Message ID 0 with unencrypted notification ...`.
    regex: /^responding to (?<ex>[A-Z_]{3,30})(?: \(\d{1,3}\))? (?:message|request)(?: \((?:Message )?ID \d{1,10}\)| with Message ID \d{1,10})?(?: from (?<from>\S{1,80}))? with (?<enc>unencrypted|encrypted) notification (?<notify>\w{2,60})(?<more>.{0,300})$/,
    samples: [
      'Nov 24 15:34:48.478460: packet from 192.0.2.1:500: responding to IKE_SA_INIT (34) message (Message ID 0) with unencrypted notification NO_PROPOSAL_CHOSEN',
      'Nov 24 15:34:46.292595: "lab" #1: responding to IKE_AUTH message (ID 1) from 192.0.2.1:500 with encrypted notification AUTHENTICATION_FAILED',
      'packet from 192.1.2.45:500: responding to IKE_SA_INIT (34) message (Message ID 0) with unencrypted notification INVALID_MAJOR_VERSION',
      'packet from 192.1.2.45:500: responding to IKE_SA_INIT request with Message ID 0 with unencrypted notification INVALID_MAJOR_VERSION, message contains unsupported IKE major version \'3\'',
      // Libreswan 5 (ikev2_unsecured.c): no connection for this peer; NO_PROPOSAL_CHOSEN is the answer, not the cause.
      'packet from 192.1.2.45:500: responding to IKE_SA_INIT request with Message ID 0 with unencrypted notification NO_PROPOSAL_CHOSEN, no suitable connection found with IKEv2 policy',
    ],
    events: (g, _r, base) => {
      const n = normalizeNotify(g.notify!, 2);
      const ex = g.ex === 'IKE_SA_INIT' || g.ex === 'IKE_AUTH' || g.ex === 'CREATE_CHILD_SA' || g.ex === 'INFORMATIONAL' ? g.ex : undefined;
      const from = g.from ? parseEndpoint(g.from) : undefined;
      const out: EventDraft[] = notifyEvents(n, { direction: 'out', ikeVersion: 2 }).map((e) => ({
        ...e,
        role: 'responder',
        ...(ex ? { exchange: ex } : {}),
        ...(from ? { remote: remoteWith(base, from) } : {}),
      }));
      if (n === 'INVALID_MAJOR_VERSION') out.push({ kind: 'version.mismatch', details: { notify: n } });
      if (/no suitable connection found/.test(g.more ?? '')) {
        out.push({
          ikeVersion: 2,
          kind: 'peer.not-configured',
          role: 'responder',
          exchange: 'IKE_SA_INIT',
          ...(base.remote ? { remote: base.remote } : {}),
          details: { notify: n },
        });
      }
      return out;
    },
  },
  {
    id: 'connection-switched',
    needle: 'switched to ',
    // A responder that first picked one connection for the peer moves the IKE SA to a better-matching
    // one once it knows the peer's identity (ikev1_main.c, ikev2_ike_auth.c); the state keeps its number.
    regex: /^switched to ["\u201c](?<to>[^"\u201d]{1,200})["\u201d](?:\[\d{1,10}\]){0,4}(?: \S{1,80})?$/,
    samples: [
      '"main-north"[1] 192.1.2.45 #1: switched to "main-east"[1] 192.1.2.45',
      '"a" #3: switched to "b"',
    ],
    events: (g) => [{ kind: 'info', role: 'responder', details: { switchedTo: g.to! } }],
  },
  {
    id: 'updown',
    needle: ['updown', 'output', 'exited', 'command'],
    // The updown script (updown.c, server.c): `running updown prepare <spd>`, its output per verb
    // (`prepare-client output: ...` up to 5.3, `command "prepare" output: ...` from 5.4) and its exit
    // status. Libreswan 5 logs a failing prepare/route/up and goes on (kernel_policy.c ignores the
    // result), so a failure here explains missing routes or DNS, not a failed negotiation.
    regex: /^(?:running updown (?<verb>[a-z-]{2,20}) (?<spd>\S.{0,300})|(?<verb2>[a-z]{2,12}-(?:client|host)) output: (?<out>.{0,600})|(?:command )?"(?<verb3>[a-z -]{2,20})"(?: output: (?<out2>.{0,600})|: (?<status>exited with status (?<code>\d{1,3})|exited normally|terminated with signal .{1,40}))|(?<verb4>[a-z]{2,12}-(?:client|host)) command exited with (?<status2>status (?<code2>\d{1,3})|signal \d{1,3}|unknown status -?\d{1,6}))$/,
    samples: [
      '"west"[1] 192.1.2.23 #2: running updown prepare 192.3.1.0/32===192.0.2.0/24',
      '"westnet-eastnet-vti-01" #2: route-client output: done ip route',
      '"westnet-eastnet-vti-02" #3: up-client output: RTNETLINK answers: File exists',
      '"float-east" #4: unroute-host output: RTNETLINK answers: Network is unreachable',
      '"westnet-eastnet-vti-01" #2: command "up" output: vti interface "ipsec0" already exists with conflicting setting',
      '"private-or-clear#192.1.2.0/24"[1] ...192.1.2.23 #2: "unroute" output: RTNETLINK answers: Network is unreachable',
      '"rise-set" #2: command "ifconfig up": exited normally',
      'WARNING: "west" #2: command "route": exited with status 1',
      '"west" #2: route-client command exited with status 1',
    ],
    events: (g) => {
      const verb = (g.verb ?? g.verb2 ?? g.verb3 ?? g.verb4 ?? '').replace(/-(?:client|host)$/, '');
      const code = g.code ?? g.code2;
      const failed = (code !== undefined && code !== '0') || /signal|unknown/.test(g.status ?? g.status2 ?? '');
      const det: Record<string, string | boolean> = { updown: verb };
      if (failed) det.failed = true;
      const out = g.out ?? g.out2;
      if (out) det.output = out;
      return [{ kind: 'info', ...(failed ? { reason: `updown ${verb} ${g.status ?? g.status2 ?? 'failed'}` } : {}), details: det }];
    },
  },
  {
    id: 'iketcp',
    needle: ['IKETCP', 'TCP: '],
    // IKE over TCP (RFC 9329, iface_tcp.c): the listener's story of one TCP connection
    // (`connection from <peer>: IKETCP <state>: socket <fd>: ...`) and an initiator that cannot connect.
    // The test suite prints the socket as `XX` and the port as `EPHEM`.
    regex: /^(?:IKETCP (?<state>[A-Z_]{2,30}|[0-9a-f]{1,4}\?!\?): socket (?:\d{1,6}|XX): (?<what>.{1,300})|TCP: (?:socket (?:\d{1,6}|XX): )?(?<err>.{1,300}))$/,
    samples: [
      'connection from 192.1.2.45:51234: IKETCP ACCEPTED: socket 12: accepted connection',
      'connection from 192.1.2.45:51234: IKETCP ACCEPTED: socket 12: prefix did not match \'IKETCP\'; closing socket',
      'connection from 192.1.2.45:51234: IKETCP PREFIX_RECEIVED: socket 12: timeout out before first message received',
      'ERROR: "tcp": TCP: socket XX: connecting to 192.1.2.23:4500: Connection refused (errno 111)',
    ],
    events: (g) => {
      if (g.err !== undefined) {
        const connect = /^connecting to /.test(g.err);
        return [{ kind: connect ? 'msg.invalid' : 'info', role: 'initiator', reason: `IKE over TCP: ${g.err}`, details: { transport: 'TCP' } }];
      }
      const ok = g.what === 'accepted connection';
      return ok
        ? [{ kind: 'info', role: 'responder', details: { transport: 'TCP', iketcp: g.state! } }]
        : [{ kind: 'msg.invalid', direction: 'in', reason: `IKE over TCP: ${g.what!}`, details: { transport: 'TCP', iketcp: g.state! } }];
    },
  },
  {
    id: 'daemon',
    // Start-up, self-test and housekeeping lines without a connection: recognised, nothing to
    // diagnose (libreswan plutomain.c, ike_alg_test.c, server.c, kernel_xfrm.c).
    regex: /^(?:loading secrets from "[^"]{1,300}"|forgetting secrets|listening for IKE messages|(?:adding|shutting down) (?:UDP |TCP )?interface \S{1,40} \S{1,80}|shutting down|NAT-Traversal support {1,2}\[(?:enabled|disabled)\]|using Linux xfrm kernel support code.{0,120}|netlink_expire got message .{1,120}|leak detective found no leaks|adding the CA\+root cert .{1,300}|(?:Initializing|Opening) NSS.{1,200}|NSS (?:crypto|initialized|DB directory).{0,200}|FIPS (?:Mode|mode|HMAC|Product).{0,120}|libcap-ng support .{1,40}|Linux audit .{1,60}|core dump dir: .{1,200}|secrets file: .{1,200}|leak-detective .{1,40}|XAUTH PAM support .{1,40}|[Ii]nitializing libevent .{1,200}|(?:Encryption|Hash|PRF|Integrity|DH|KEM|IPCOMP) algorithms:|testing [\w-]{2,30}:|[\dA-Z][\dA-Z_]{1,30} {1,40}(?:[[{][^\]}]{0,40}[\]}] {1,20})?IKEv1:.{0,200}|(?:Camellia|Encrypting|RFC \d{4}|CAVP|empty string|one block|two blocks)\b.{0,200}|\d{1,4} CPU cores? online|starting up \d{1,4} (?:crypto )?helper threads?|started thread for (?:crypto )?helper \d{1,4}|helper\(\d{1,4}\) seccomp .{1,100}|seccomp security .{1,100}|selinux support is .{1,60}|systemd watchdog .{1,100}|Kernel (?:supports|does not support) NIC esp-hw-offload.{0,100})$/,
    samples: [
      'Nov 24 16:00:04 gw-right pluto[7325]: loading secrets from "/etc/ipsec.secrets"',
      'Nov 24 16:00:04 gw-right pluto[7325]: listening for IKE messages',
      'Nov 24 16:00:04 gw-right pluto[7325]: adding UDP interface lan0 203.0.113.129:500',
      'Nov 24 16:00:05 gw-right pluto[7325]: netlink_expire got message with length 116 < 232 bytes; ignore message',
      'Apr  3 00:42:27 api pluto[1413]: shutting down interface lo/lo 127.0.0.1:500',
      'Nov 24 16:00:03 gw-right pluto[7325]: Initializing NSS using read-write database "sql:/var/lib/ipsec/nss"',
      'Nov 24 16:00:03 gw-right pluto[7325]:   3DES_CBC           [*192]         IKEv1: IKE ESP     IKEv2: IKE ESP     FIPS NSS(CBC)     3des',
      'Nov 24 16:00:03 gw-right pluto[7325]:   Encrypting 16 octets using AES-CTR with 128-bit key',
      'Nov 24 16:00:03 gw-right pluto[7325]: starting up 2 helper threads',
    ],
    events: () => [],
  },
  {
    id: 'debug',
    // plutodebug output carries nothing for the diagnosis except what the patterns above take.
    // `|]` is Libreswan 4's debug copy of what it answered `ipsec whack` (status listings).
    regex: /^\|(?: (?!NAT-Traversal: Result using )|\]|$)/,
    samples: [
      '| hmac PRF sha init symkey-key@0x55c1e4a0b6d0 (size 20)',
      '| *received 92 bytes from 192.1.2.45:500 on eth1 (192.1.2.23:500)',
      '|] IKE SAs: total(0), half-open(0), open(0), authenticated(0), anonymous(0)',
    ],
    events: () => [],
  },
  {
    id: 'busy-discard',
    needle: 'asynchronous work',
    // A retransmission that arrives while pluto still computes (DH in a helper thread, a DNS
    // lookup) for the same state is dropped; the answer follows when the work is done.
    regex: /^discarding packet received during asynchronous work \(DNS or crypto\) in (?<state>STATE_[A-Z0-9_]{1,40}|[A-Z][A-Z0-9_]{1,40})$/,
    samples: [
      'Nov 25 05:24:41.034206: "lab" #1: discarding packet received during asynchronous work (DNS or crypto) in STATE_V2_PARENT_R0',
    ],
    events: (g) => [{ kind: 'info', details: { state: g.state!, busy: true } }],
  },
];
