// en messages: cisco-asa
// One-line explanation of each Cisco ASA/FTD pattern (`--explain`); keys `explain.cisco-asa.<id>`.
// Placeholders are the pattern's named groups that every sample captures, plus the prefix's
// `{msgid}` (syslog id, or `debug`), `{group}` / `{ip}` (tunnel group, peer) where the line has them.
const messages: Record<string, string> = {
  'explain.cisco-asa.ike-initiator-new':
    'The ASA starts an IKEv1 phase {phase} negotiation as initiator towards {peer} (interface {intf}); traffic matching a crypto map entry triggered it.',
  'explain.cisco-asa.phase1-completed':
    'IKEv1 phase 1 is complete: the ISAKMP SA with the peer is up (authentication succeeded).',
  'explain.cisco-asa.phase2-completed':
    'IKEv1 phase 2 (quick mode) is complete: the IPsec SAs for this crypto map entry are up.',
  'explain.cisco-asa.security-negotiation-complete':
    'The IPsec SA pair is established ({role}); inbound SPI {spiIn}, outbound SPI {spiOut}.',
  'explain.cisco-asa.connection-terminated':
    'The IPsec tunnel to {peer} was terminated; the ASA gives the reason "{reason}".',
  'explain.cisco-asa.session-torn-down':
    'The VPN session is being torn down; reason given by the ASA: "{reason}".',
  'explain.cisco-asa.session-disconnected':
    'The {type} session ended after {duration} ({tx} bytes sent, {rx} received); reason: "{reason}".',
  'explain.cisco-asa.no-matching-crypto-map':
    'Phase 2 refused: the peer proposed proxy IDs (remote {rp}, local {lp}) that match no crypto map ACL on interface {intf}. The crypto ACLs of both ends must mirror each other.',
  'explain.cisco-asa.crypto-map-policy-not-found-v1':
    'Phase 2 refused: no crypto map entry covers the proposed networks (source {src}, destination {dst}). Check both ends’ crypto ACLs.',
  'explain.cisco-asa.qm-fsm-error':
    'The quick mode (phase 2) state machine failed; the lines around it give the cause.',
  'explain.cisco-asa.peer-table-remove-failed':
    'Clean-up after a negotiation that did not complete (the ASA found no {table} table entry to remove).',
  'explain.cisco-asa.peer-tbl-entry':
    'Clean-up after an IKE negotiation that did not complete; look at the lines before it for the cause.',
  'explain.cisco-asa.attribute-mismatch':
    'Phase {phase} proposal mismatch in "{cls}": the peer offered {rcvd}, this ASA is configured for {cfgd}.',
  'explain.cisco-asa.user-authorization-failed': 'User authorization failed: {reason}.',
  'explain.cisco-asa.payload-error':
    'The ASA could not process payload {payload} of the peer’s message (payload 1 is the SA payload: usually no acceptable proposal).',
  'explain.cisco-asa.notify-nonroutine':
    'The peer sent the notify "{text}" ({code}); it usually names a configuration mismatch.',
  'explain.cisco-asa.ike-lost-contact':
    'The peer stopped answering {type} keepalives: the ASA declared it dead and deleted the tunnel.',
  'explain.cisco-asa.keepalive-mismatch':
    'Keepalives are configured {cfg} here, but peer {peer} differs (type {type}).',
  'explain.cisco-asa.keepalive-type': 'Keepalive type used for this tunnel: {type}.',
  'explain.cisco-asa.nat-detection':
    'NAT detection: the remote end {remote} behind NAT, this end {local} behind NAT.',
  'explain.cisco-asa.duplicate-phase1':
    'The peer sent the same phase 1 message again (it did not get or could not use our answer); the ASA resends its last message.',
  'explain.cisco-asa.duplicate-first-packet':
    'The peer retransmitted its first IKE message; the duplicate is ignored.',
  'explain.cisco-asa.retransmit-dispatched':
    'No answer yet: the ASA retransmits its phase {phase} message ({fsm} exchange).',
  'explain.cisco-asa.psk-decrypt-error':
    'The peer’s encrypted main-mode message could not be decrypted: the pre-shared keys of the two ends differ.',
  'explain.cisco-asa.invalid-payloads':
    'An encrypted {mode} message from the peer decrypted to garbage; in main mode this is the sign of a pre-shared key mismatch.',
  'explain.cisco-asa.no-matching-sa':
    'An encrypted IKE packet arrived for an SA the ASA no longer has (stale SA on the peer).',
  'explain.cisco-asa.invalid-spi-notify':
    'The peer reports that it does not know IPsec SPI {spi}: it lost the SA (rebooted or cleared).',
  'explain.cisco-asa.ike-proposal-acceptable':
    'The peer’s IKE (phase 1) proposal matches a configured IKE policy.',
  'explain.cisco-asa.ipsec-proposal-acceptable':
    'The peer’s IPsec (phase 2) proposal matches crypto map entry {entry}.',
  'explain.cisco-asa.all-ipsec-proposals-unacceptable':
    'No IPsec (phase 2) proposal of the peer matches the transform sets of the crypto map entry.',
  'explain.cisco-asa.all-ike-proposals-unacceptable':
    'No IKE (phase 1) proposal of the peer matches an IKE policy of this ASA.',
  'explain.cisco-asa.ike-decode': 'IKE message {dir} (message id {mid}, {len} bytes).',
  'explain.cisco-asa.user-authenticated': 'XAUTH user {user} was authenticated.',
  'explain.cisco-asa.xauth-failed':
    'Extended authentication (XAUTH) failed: check the configured username and password.',
  'explain.cisco-asa.unknown-tunnel-group':
    'Aggressive mode message 1 names tunnel group "{name}", which is not configured on this ASA.',
  'explain.cisco-asa.group-not-found':
    'No tunnel group "{name}" and no default pre-shared key: this peer is not configured.',
  'explain.cisco-asa.default-group-psk':
    'No tunnel group "{name}": the ASA falls back to the default group’s pre-shared key.',
  'explain.cisco-asa.ike-peer-not-configured':
    'No LAN-to-LAN peer {peer} is configured for this destination.',
  'explain.cisco-asa.initiator-no-policy':
    'Traffic from {src} to {dst} (interface {intf}) should start a tunnel, but no crypto map policy was found for it.',
  'explain.cisco-asa.tunnel-rejected-l2l-peer':
    'Rejected: the IKE peer {ike} is not the peer {cfg} of the matching L2L policy.',
  'explain.cisco-asa.tunnel-rejected-sa-not-found':
    'Rejected: IPsec SA {sa} is not configured for group {grp}.',
  'explain.cisco-asa.group-lock': 'Rejected: user {user} is not a member of group {grp} (group-lock).',
  'explain.cisco-asa.session-timed-out': 'The IKE negotiation timed out in state {state} and was aborted.',
  'explain.cisco-asa.rekey-duration':
    'The two ends propose different {unit} lifetimes ({from} → {to}); the lower one is used.',
  'explain.cisco-asa.delete-with-reason': 'The ASA deletes the {what} SA and tells the peer why: "{reason}".',
  'explain.cisco-asa.received-delete-rekeyed': 'After a rekey the peer deleted the old {what}; normal.',
  'explain.cisco-asa.qm-start': 'Quick mode (phase 2) starts, this ASA as {role} (message id {mid}).',
  'explain.cisco-asa.crypto-map-check':
    'The ASA looks for the crypto map entry that matches the peer’s proxy IDs.',
  'explain.cisco-asa.dh-group-override':
    'The phase 2 PFS group ({p2}) differs from the phase 1 group ({p1}); the phase 1 group is used.',
  'explain.cisco-asa.info-exchange-failed':
    'An informational (notify/delete) message from the peer could not be processed.',
  'explain.cisco-asa.payload-processing': 'Debug: {verb} the {what} payload.',
  'explain.cisco-asa.vendor-id':
    'The peer announced the vendor ID "{vid}" (a capability such as NAT-T or DPD).',
  'explain.cisco-asa.dpd-keepalive': 'Dead peer detection: {dir} {type} (sequence {seq}).',
  'explain.cisco-asa.fsm-error-history':
    'History of the failed {fsm} {role} state machine; "WAIT_MSG2, EV_TIMEOUT" means the peer never answered the first message.',
  'explain.cisco-asa.sa-terminating': 'The IKE SA {kind}:{id} is being removed.',
  'explain.cisco-asa.freeing-memory': 'Internal clean-up ({what}).',
  'explain.cisco-asa.connection-landed': 'The connection was matched to tunnel group {grp}.',
  'explain.cisco-asa.proxy-id-payload':
    'The peer’s {side} proxy ID in phase 2: address {addr}, protocol {proto}, port {port}.',
  'explain.cisco-asa.assigned-ip': 'Remote user was given the address {addr}.',
  'explain.cisco-asa.transaction-mode':
    'The client asked for mode-config attribute {attr}, which the ASA does not support ({what}).',
  'explain.cisco-asa.transaction-payload':
    'Unexpected payload {type} in a mode-config/XAUTH exchange: the two ends are out of step.',
  'explain.cisco-asa.load-balancing-redirect': 'Load balancing redirected the client to {peer}.',
  'explain.cisco-asa.peer-configured-for-sa': 'The peer’s crypto settings come from {sa}.',
  'explain.cisco-asa.ikev2-request-tunnel':
    'Traffic asks for an IKEv2 tunnel: local selector {la}, remote selector {ra}; the ASA starts as initiator.',
  'explain.cisco-asa.ikev2-init-sa-request':
    'The peer opened an IKEv2 negotiation (IKE_SA_INIT request); the ASA is responder.',
  'explain.cisco-asa.ikev2-negotiation-aborted': 'The IKEv2 negotiation was aborted: {err}.',
  'explain.cisco-asa.ikev2-cookie':
    'The ASA answers with a COOKIE challenge (many half-open IKEv2 SAs: DoS protection).',
  'explain.cisco-asa.ikev2-rekey-collision':
    'Both ends rekeyed the IPsec SA at once; the ASA deletes its duplicate (SPI {spi}).',
  'explain.cisco-asa.ikev2-sa-up': 'The IKEv2 SA is up ({reason}).',
  'explain.cisco-asa.ikev2-sa-down': 'The IKEv2 SA went down: {reason}.',
  'explain.cisco-asa.ikev2-sa-rejected':
    'The IKEv2 SA request was rejected because a resource or CAC limit was reached.',
  'explain.cisco-asa.ikev2-encryption-not-strong':
    'The IKE SA encryption ({ike}) is weaker than the proposed IPsec encryption ({esp}) (crypto ipsec ikev2 sa-strength-enforcement).',
  'explain.cisco-asa.ikev2-peer-moved':
    'The peer’s address/port changed (NAT rebinding or MOBIKE): {prev} → {now}.',
  'explain.cisco-asa.ikev2-initial-contact-abort':
    'The peer sent INITIAL_CONTACT: it restarted, so the ASA drops the old IKEv2 session.',
  'explain.cisco-asa.ikev2-deleting-ipsec-sa': 'The ASA deletes an IPsec SA: {reason}.',
  'explain.cisco-asa.ikev2-crypto-map-policy-not-found':
    'The peer’s traffic selectors (remote {rts}, local {lts}) match no crypto map ACL: the protected networks differ between the ends.',
  'explain.cisco-asa.ikev2-address-assigned':
    'Remote access session: address {v4} assigned (group policy {grp}).',
  'explain.cisco-asa.ikev2-no-auth-configured':
    'Tunnel group {grp} has no pre-shared key or trustpoint for this authentication direction.',
  'explain.cisco-asa.ikev2-cert-auth-failed': 'Certificate authentication failed: {err}.',
  'explain.cisco-asa.ikev2-not-enabled-in-group-policy':
    'The group policy does not allow IKEv2 (vpn-tunnel-protocol).',
  'explain.cisco-asa.ikev2-tunnel-group-not-found':
    'No tunnel group / crypto map setting found for this IKEv2 peer.',
  'explain.cisco-asa.ikev2-user-auth-failed': 'User authentication (EAP/AAA) failed: {err}.',
  'explain.cisco-asa.ikev2-config-payload-warning':
    'A configuration payload attribute ({attr}) could not be processed: {err}.',
  'explain.cisco-asa.ikev2-dh-failed': 'The Diffie-Hellman computation failed: {err}.',
  'explain.cisco-asa.tunnel-manager-dispatch':
    'The tunnel manager hands crypto map {map} seq {seq} to IKEv{ver} to build the tunnel.',
  'explain.cisco-asa.tunnel-manager-dispatch-failed':
    'The tunnel manager could not start crypto map {map} seq {seq}: {why}.',
  'explain.cisco-asa.tunnel-manager-duplicate': 'A tunnel request for this entry is already in progress.',
  'explain.cisco-asa.tunnel-manager-missing':
    'IKEv{ver} cannot be used for this crypto map entry: it does not {what}.',
  'explain.cisco-asa.ike-version-result':
    'IKEv{ver} was {ok} at building the tunnel for crypto map {map} seq {seq}.',
  'explain.cisco-asa.tunnel-manager-failed':
    'Every configured IKE version failed to build the tunnel for crypto map {map} seq {seq}; the lines before say why (no answer, mismatch ...).',
  'explain.cisco-asa.ipsec-sa-created-deleted':
    'The {dir} {type} IPsec SA (SPI {spi}) between {a} and {b} has been {what}.',
  'explain.cisco-asa.ipsec-sa-rekeying':
    'The {dir} IPsec SA (SPI {spi}) is rekeyed because of {why} rollover.',
  'explain.cisco-asa.cert-validation-failed': 'Certificate validation failed (see the reason on the line).',
  'explain.cisco-asa.cert-chain-failed': 'The peer’s certificate chain failed validation.',
  'explain.cisco-asa.cert-validated': 'The peer’s certificate was validated.',
  'explain.cisco-asa.cert-chain-info': 'Certificate chain validation step.',
};
export default messages;
