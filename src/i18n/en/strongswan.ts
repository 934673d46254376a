// en messages: strongswan
// One-line explanation of each charon log pattern (`--explain`); keys `explain.strongswan.<pattern id>`,
// placeholders are the pattern's named groups.
const messages: Record<string, string> = {
  'explain.strongswan.packet-sent': 'charon sent an IKE packet from {local} to {remote}.',
  'explain.strongswan.packet-received': 'charon received an IKE packet from {remote} on {local}.',
  'explain.strongswan.msg-generating':
    'charon built an {exchange} {rr} (message ID {mid}) with the payloads [{payloads}] and is about to send it.',
  'explain.strongswan.msg-parsed':
    'charon received and decoded an {exchange} {rr} (message ID {mid}) with the payloads [{payloads}]; N(...) are notify payloads.',
  'explain.strongswan.retransmit': 'No answer yet: charon sent request {mid} again (retransmission {count}).',
  'explain.strongswan.request-queued': 'A {exchange} request arrived while an exchange of this SA is still running; charon holds it until that exchange is over.',
  'explain.strongswan.retransmit-v1':
    'No answer yet: charon sent IKEv1 message {mid} again (retransmission {count}).',
  'explain.strongswan.giving-up':
    'charon stopped after {count} retransmissions without any answer from the peer.',
  'explain.strongswan.giving-up-path-probing': 'MOBIKE path probing to find a working path to the peer.',
  'explain.strongswan.received-retransmit':
    "The peer sent the same message again: it did not receive charon's earlier answer.",
  'explain.strongswan.fragment-received':
    'charon received fragment #{n} of a fragmented IKE message (IKE fragmentation is in use).',
  'explain.strongswan.fragment-split':
    'The IKE message was too large for one packet; charon split it into {count} fragments (RFC 7383 / IKEv1 fragmentation).',
  'explain.strongswan.fragment-error': 'Reassembling a fragmented IKE message failed: {what}.',
  'explain.strongswan.decryption-failed':
    'The encrypted {payload} payload did not decrypt: in IKEv1 this means the two sides derived different keys, almost always a pre-shared key mismatch.',
  'explain.strongswan.message-failed': 'charon could not process the message: {what}.',
  'explain.strongswan.message-processing-failed':
    'Processing the {exchange} {rr} with message ID {mid} failed; the reason is on the lines just before.',
  'explain.strongswan.payload-integrity':
    'The integrity check of the {what} failed: the keys differ or the packet was altered.',
  'explain.strongswan.critical-payload':
    'The peer sent a payload marked critical that charon does not support; the message is rejected with UNSUPPORTED_CRITICAL_PAYLOAD.',
  'explain.strongswan.unexpected-response':
    'The peer answered with an {exchange} response while charon waited for {expected}.',
  'explain.strongswan.unexpected-message-id':
    'A message with ID {mid} arrived while {expected} was expected; it is ignored (message IDs out of sync, often a stale SA).',
  'explain.strongswan.message-ignored':
    'charon ignored a message that does not fit the current state of the IKE SA.',
  'explain.strongswan.invalid-header': 'A packet from {remote} had no valid IKE header and was dropped.',
  'explain.strongswan.unsupported-version':
    '{remote} speaks IKE version {major}.{minor}, which this charon does not accept: the two ends use different IKE versions.',
  'explain.strongswan.setup-ignored-limit': 'charon ignored a new IKE SA from {remote}: {why}.',
  'explain.strongswan.unprotected-informational':
    'An unencrypted IKEv1 INFORMATIONAL message from {remote} was ignored.',
  'explain.strongswan.socket-error': 'Sending or receiving on the IKE socket failed: {what}.',
  'explain.strongswan.ike-initiate':
    'charon starts IKE SA {name}[{sa}] towards {remote} (IKEv2, IKE_SA_INIT).',
  'explain.strongswan.ike-initiate-v1':
    'charon starts IKEv1 {mode} Mode for IKE SA {name}[{sa}] towards {remote}.',
  'explain.strongswan.ike-respond':
    '{remote} starts an IKEv2 IKE SA with this host; charon is the responder.',
  'explain.strongswan.ike-respond-v1':
    '{remote} starts an IKEv1 {mode} Mode exchange with this host; charon is the responder.',
  'explain.strongswan.ike-established':
    'Phase 1 is up: IKE SA {name}[{sa}] is established between {local} [{localId}] and {remote} [{remoteId}].',
  'explain.strongswan.ike-rekeyed': 'IKE SA {name} was rekeyed; the new IKE SA is [{sa}].',
  'explain.strongswan.ike-state-change': 'IKE SA {name}[{sa}] changed state from {from} to {to}.',
  'explain.strongswan.child-state-change': 'CHILD_SA {child}{{childId}} changed state from {from} to {to}.',
  'explain.strongswan.ike-deleting': 'IKE SA {name}[{sa}] between {local} and {remote} is being deleted.',
  'explain.strongswan.ike-delete-sent': 'charon tells the peer that it deletes IKE SA {name}[{sa}].',
  'explain.strongswan.ike-delete-received': 'The peer sent a DELETE for an IKE SA.',
  'explain.strongswan.ike-deleted': 'The IKE SA is gone.',
  'explain.strongswan.ike-duplicate-deleted':
    'An older IKE SA with the same peer identity was removed (INITIAL_CONTACT or the uniqueness policy).',
  'explain.strongswan.half-open-timeout':
    'A peer started an IKE SA but never completed it (no IKE_AUTH arrived): the half-open SA timed out. Often UDP 4500 or large fragments do not get through.',
  'explain.strongswan.peer-not-responding':
    'The peer did not answer at all; the IKE SA could not be completed.',
  'explain.strongswan.peer-no-exchange':
    'The peer did not start the exchange charon waited for; the IKE SA is set up again.',
  'explain.strongswan.ike-rekey-retry': 'Rekeying the IKE SA failed; charon tries again in {secs} seconds.',
  'explain.strongswan.reauth-failed': 'Reauthenticating the IKE SA failed.',
  'explain.strongswan.ike-reauth': 'The IKE SA is being reauthenticated or set up again.',
  'explain.strongswan.schedule-rekey': 'Timer set for rekeying or reauthenticating the IKE SA.',
  'explain.strongswan.nat-detected':
    'NAT detection result: charon switches to UDP 4500 (NAT traversal) when a NAT is found.',
  'explain.strongswan.keep-alive': 'charon sends a NAT keep-alive to {remote}.',
  'explain.strongswan.dpd': 'Dead peer detection (DPD) activity on this IKE SA.',
  'explain.strongswan.dpd-timeout':
    'The IKEv1 peer stopped answering DPD: it is considered dead and the DPD action runs.',
  'explain.strongswan.mobike': 'MOBIKE (RFC 4555) support or an address change of the IKE SA.',
  'explain.strongswan.vendor-id':
    'Vendor ID "{vid}" ({dir}): it announces a capability such as NAT-T, DPD or fragmentation, or the implementation.',
  'explain.strongswan.vendor-id-unknown': 'The peer sent a vendor ID charon does not know.',
  'explain.strongswan.resolve-failed': "The peer's host name {host} did not resolve to an address.",
  'explain.strongswan.inactivity': 'The {what} was deleted after {secs} seconds without traffic.',
  'explain.strongswan.unable-to-terminate': 'A terminate request named an SA that no longer exists.',
  'explain.strongswan.proposals-received': 'The peer offered these proposals: {proposals}.',
  'explain.strongswan.proposals-configured': 'This host is configured for these proposals: {proposals}.',
  'explain.strongswan.proposal-selected': 'Both sides agreed on {proposal}.',
  'explain.strongswan.selecting-proposal':
    'charon compares one received proposal with one configured proposal.',
  'explain.strongswan.no-acceptable-transform':
    'In this pair of proposals no {transform} matched (the next pair may still match).',
  'explain.strongswan.ike-proposals-unacceptable':
    "None of the peer's IKE proposals matches this host's configuration; charon answers NO_PROPOSAL_CHOSEN.",
  'explain.strongswan.no-acceptable-proposal': 'No proposal acceptable to both sides was found.',
  'explain.strongswan.no-proposal-found-v1':
    "None of the peer's IKEv1 phase 1 proposals matches this host's configuration.",
  'explain.strongswan.no-matching-proposal': 'No proposal matched.',
  'explain.strongswan.peer-selection-invalid': 'The peer selected something charon did not offer.',
  'explain.strongswan.invalid-ke-received':
    'The peer rejected key exchange group {offered} and asked for {requested} (INVALID_KE_PAYLOAD); charon retries with that group if it is configured.',
  'explain.strongswan.invalid-ke-sent':
    'The peer used key exchange group {got}; charon asks for {want} instead (INVALID_KE_PAYLOAD).',
  'explain.strongswan.ke-retry-refused':
    'The peer keeps asking for another group ({requested}) after charon already retried with {tried}: the DH/PFS groups do not match.',
  'explain.strongswan.ke-not-supported': 'The key exchange method {ke} is {why}.',
  'explain.strongswan.ke-non-pfs': 'The child SA was agreed without PFS; the KE payload is ignored.',
  'explain.strongswan.ke-failed': 'The Diffie-Hellman key exchange could not be completed.',
  'explain.strongswan.ke-retries-exhausted':
    'charon gave up after {count} attempts of IKE_SA_INIT (the peer kept asking for another group, a cookie or a redirect).',
  'explain.strongswan.notify-error': 'The peer answered with the error {notify}.',
  'explain.strongswan.notify-error-destroy':
    'The peer answered with the error {notify}; the IKE SA is destroyed.',
  'explain.strongswan.notify-error-v1': 'The IKEv1 peer reported the error {notify}.',
  'explain.strongswan.notify-no-child':
    'The peer answered {notify}: the IKE SA stands, but no child SA (phase 2) was created.',
  'explain.strongswan.notify-info': 'The peer sent the notification {notify}.',
  'explain.strongswan.no-ike-config':
    'No IKE connection is configured for {local}...{remote}; charon refuses the peer with {notify}.',
  'explain.strongswan.ike-config-lookup': 'charon looks for the IKE connection that matches the addresses.',
  'explain.strongswan.lifetime-mismatch':
    'The peer proposes a different lifetime than configured; charon continues with its own value.',
  'explain.strongswan.peer-config-lookup':
    'charon looks for a connection for the identities {localId} (here) and {remoteId} (peer).',
  'explain.strongswan.peer-config-lookup-v1':
    'charon looks for an IKEv1 {auth} connection for the peer identity {remoteId}.',
  'explain.strongswan.peer-config-selected': 'charon chose the connection for this peer.',
  'explain.strongswan.peer-config-missing':
    "No configured connection matches the peer's addresses and identities.",
  'explain.strongswan.peer-config-unacceptable':
    'The connection {name} does not accept how the peer authenticated.',
  'explain.strongswan.auth-mode-mismatch':
    'A connection matches, but it does not allow {auth} authentication in {mode} Mode: the two ends disagree on main vs aggressive mode.',
  'explain.strongswan.aggressive-psk-disabled':
    'The peer uses Aggressive Mode with a pre-shared key, which charon refuses by default; use Main Mode on both ends.',
  'explain.strongswan.peer-requested-eap':
    'The peer wants EAP authentication, but the matching connection does not use EAP.',
  'explain.strongswan.idr-mismatch':
    'The peer identifies itself differently from what this host expects: identity mismatch.',
  'explain.strongswan.constraint-identity':
    "The peer's identity does not satisfy this connection's requirements.",
  'explain.strongswan.constraint-ca':
    "The peer's certificate is not issued by the CA (or is not the certificate) this connection requires.",
  'explain.strongswan.constraint-other': 'An authentication constraint of this connection is not met.',
  'explain.strongswan.auth-ok': 'The peer {id} authenticated successfully ({method}).',
  'explain.strongswan.auth-self': 'charon authenticates itself as {id}.',
  'explain.strongswan.auth-self-failed':
    'charon could not create its own authentication as {id} (private key or signature problem).',
  'explain.strongswan.psk-mac-mismatch':
    "The peer's AUTH value does not match the pre-shared key configured for {localId} - {remoteId}: the pre-shared keys differ.",
  'explain.strongswan.psk-hash-mismatch-v1':
    "The peer's IKEv1 HASH does not match the configured pre-shared key: the pre-shared keys differ.",
  'explain.strongswan.no-shared-key': 'No pre-shared key is configured for this pair of identities.',
  'explain.strongswan.no-trusted-key':
    "No trusted {keyType} public key was found for {id}: the peer's certificate is missing, untrusted or does not match its identity.",
  'explain.strongswan.signature-retry': 'A signature did not verify with one key; charon tries the next one.',
  'explain.strongswan.no-private-key': "No private key is available for this host's identity {id}.",
  'explain.strongswan.cert-validity':
    'A certificate is outside its validity period (valid from {from} to {to}): expired, not yet valid, or the clock is wrong.',
  'explain.strongswan.cert-revoked': 'The certificate was revoked on {date} ({why}).',
  'explain.strongswan.cert-status': 'Result of the certificate revocation check (OCSP/CRL).',
  'explain.strongswan.cert-chain': 'The certificate chain could not be validated up to a trusted CA.',
  'explain.strongswan.cert-trust-step': 'A step of certificate chain validation.',
  'explain.strongswan.cert-payload': 'A certificate or certificate request was exchanged.',
  'explain.strongswan.eap-start': 'An EAP authentication step.',
  'explain.strongswan.eap-ok': 'EAP method {method} succeeded.',
  'explain.strongswan.eap-failed-peer':
    'EAP authentication with {method} failed for {peer}: wrong user name or password, or the account is not allowed.',
  'explain.strongswan.eap-failed': 'EAP authentication failed.',
  'explain.strongswan.eap-nak': 'The two sides negotiate which EAP method to use (EAP_NAK).',
  'explain.strongswan.eap-only': 'EAP-only authentication (RFC 5998) decision.',
  'explain.strongswan.xauth-ok': 'XAuth user authentication of {id} succeeded.',
  'explain.strongswan.xauth-failed': 'XAuth user authentication failed: wrong user name or password.',
  'explain.strongswan.authorization-refused':
    'The IKE SA was refused after authentication (authorization or uniqueness policy).',
  'explain.strongswan.id-payload-missing': "The peer's message lacks the {payload} payload.",
  'explain.strongswan.auth-method-v1':
    'The peer proposes {got} authentication while {conf} is configured; charon continues with the configured method.',
  'explain.strongswan.child-initiate': 'charon starts child SA (phase 2) {child}{{childId}}.',
  'explain.strongswan.child-established':
    'Phase 2 is up: child SA {child}{{childId}} with SPIs {spiIn} (in) / {spiOut} (out) protects {tsLocal} === {tsRemote}.',
  'explain.strongswan.child-rekeyed':
    'Child SA {child} was rekeyed; the new SPIs are {spiIn} (in) / {spiOut} (out).',
  'explain.strongswan.child-rekey-detected': 'The peer is rekeying a child SA.',
  'explain.strongswan.child-rekey-failed': 'Creating or rekeying the child SA failed; charon will retry.',
  'explain.strongswan.child-closing': 'Child SA {child}{{childId}} (SPIs {spiIn}/{spiOut}) is closed.',
  'explain.strongswan.child-delete-received': 'The peer deleted the {proto} child SA with SPI {spi}.',
  'explain.strongswan.child-delete-sent':
    'charon deletes the {proto} child SA with SPI {spi} and tells the peer.',
  'explain.strongswan.child-closed': 'A child SA was closed.',
  'explain.strongswan.child-not-found':
    'A message or event refers to a child SA that does not exist (any more).',
  'explain.strongswan.child-config-lookup':
    'charon looks for the child SA (phase 2) configuration that matches the traffic selectors.',
  'explain.strongswan.ts-selection': 'Traffic selector comparison: configured {config}, received {received}.',
  'explain.strongswan.kernel-netlink-error':
    'The kernel answered a request with {level} "{error}" ({code}); "Protocol not supported" on an SA means the kernel has no ESP support.',
  'explain.strongswan.kernel-policy-not-found': 'A kernel policy to be removed was already gone.',
  'explain.strongswan.kernel-expire-job':
    'The kernel reported that a child SA reached its lifetime; charon starts a {job} job.',
  'explain.strongswan.ts-unacceptable':
    "The peer's traffic selectors do not fit this host's configuration (here {tsLocal}, peer {tsRemote}): the subnets differ; charon answers TS_UNACCEPTABLE.",
  'explain.strongswan.ts-none-acceptable':
    'No acceptable traffic selectors: the protected subnets do not match.',
  'explain.strongswan.ts-no-child-config-v1':
    'No phase 2 (quick mode) configuration matches the subnets the peer asked for.',
  'explain.strongswan.ts-invalid-selection-v1':
    'The peer answered with traffic selectors charon did not propose.',
  'explain.strongswan.child-failed': 'The child SA (phase 2) could not be created.',
  'explain.strongswan.child-mode-unacceptable': 'IPsec mode (tunnel/transport) handling of the child SA.',
  'explain.strongswan.sa-install-failed':
    'The kernel refused to install the IPsec SA or policy (missing kernel support for ESP/XFRM, an unsupported algorithm or a conflicting policy).',
  'explain.strongswan.kernel-policy-failed':
    'The kernel could not {op} the IPsec policy {tsLocal} === {tsRemote} ({dir}).',
  'explain.strongswan.kernel-algorithm':
    'The kernel does not support an algorithm of the negotiated child SA.',
  'explain.strongswan.virtual-ip': 'Virtual IP (configuration payload) handling.',
  'explain.strongswan.pool-full': 'The virtual IP pool {pool} has no free address left.',
  'explain.strongswan.trap-acquire':
    'Traffic matched a trap policy; the kernel asks charon to set up the tunnel.',
  'explain.strongswan.child-restart': 'charon restarts child SA {child} (DPD or close action "restart").',
  'explain.strongswan.daemon-start': 'The charon daemon started (strongSwan {version}).',
  'explain.strongswan.daemon-plugins': 'Daemon start-up information.',
  'explain.strongswan.config-added': 'A connection definition was loaded.',
  'explain.strongswan.vici-config-dump': 'Part of a connection definition that vici logs while loading it (at `cfg 2`): the connection, a child SA, an authentication round or one setting.',
  'explain.strongswan.credential-loaded': 'A credential (shared key, certificate or private key) was loaded.',
  'explain.strongswan.control-request':
    'An administrator or start action asked charon to act on a connection.',
  'explain.strongswan.config-warning': 'charon warns about the loaded configuration.',
  'explain.strongswan.kernel-policy-duplicate': 'The kernel policy {tsLocal} === {tsRemote} ({dir}) already belongs to another child SA (reqid {other}): two connections, or two clients given the same virtual IP, claim the same traffic selectors; this child SA is not installed.',
  'explain.strongswan.kernel-route-conflict': 'charon does not install the route for {tsLocal} === {tsRemote}: it would also carry the IKE packets to the peer (host-to-host traffic selectors with a userland IPsec stack such as kernel-libipsec); installing the policies then fails.',
};
export default messages;
