// en messages: diagnosis codes (title, description) and the reasoning of each rule (why.*)
const messages: Record<string, string> = {
  'code.ESTABLISHED.title': 'Tunnel is up',
  'code.ESTABLISHED.description':
    'The IKE SA and at least one child SA (IPsec SA, phase 2) were established and nothing later took them down.',
  'why.ESTABLISHED.default': 'The IKE SA and the child SA were established and are not deleted afterwards in the log.',
  'why.ESTABLISHED.withSpis':
    'The IKE SA and the child SA (SPIs {spis}) were established and are not deleted afterwards in the log.',

  'code.PEER_UNREACHABLE.title': 'Peer does not answer',
  'code.PEER_UNREACHABLE.description':
    'The first IKE messages were sent again and again and no answer ever came back: the peer is down, UDP 500 is blocked on the way, the address is wrong, or the peer silently drops us.',
  'why.PEER_UNREACHABLE.noAnswer':
    'The request to {peer} was retransmitted ({retransmits} times) and never answered; nothing was received from the peer, so the packets are lost on the way or the peer ignores them.',
  'why.PEER_UNREACHABLE.default': 'The peer {peer} never answered.',

  'code.PEER_NOT_CONFIGURED.title': 'No configuration for this peer',
  'code.PEER_NOT_CONFIGURED.description':
    'The responder received an IKE request from an address or identity for which it has no connection (IKE gateway, tunnel-group, conn).',
  'why.PEER_NOT_CONFIGURED.default':
    'The responder found no connection for the peer {peer}, so it refused the negotiation before any proposal was compared.',
  'why.PEER_NOT_CONFIGURED.withReason':
    'The responder found no connection for the peer {peer} ("{reason}"), so it refused the negotiation before any proposal was compared.',

  'code.IKE_VERSION_MISMATCH.title': 'IKEv1 and IKEv2 do not meet',
  'code.IKE_VERSION_MISMATCH.description': 'One end speaks IKEv1 and the other accepts only IKEv2, or the reverse.',
  'why.IKE_VERSION_MISMATCH.refused':
    'The peer asked for {got}, but the connections configured here for it accept only {expected}, so the request was refused; both ends must be set to the same IKE version.',
  'why.IKE_VERSION_MISMATCH.default':
    'The peer rejected the IKE version we used (expected {expected}, got {got}); both ends must be set to the same IKE version.',

  'code.MODE_MISMATCH.title': 'Exchange mode or encapsulation mode differs',
  'code.MODE_MISMATCH.description':
    'IKEv1 main mode on one end and aggressive mode on the other, or tunnel mode on one end and transport mode on the other.',
  'why.MODE_MISMATCH.exchangeRefused':
    'The peer answered {notify}: it does not take the IKEv1 exchange this side used ({mode} mode); it is configured for, or only supports, the other mode (Main or Aggressive).',
  'why.MODE_MISMATCH.default': 'The two ends use different modes (expected {expected}, got {got}).',

  'code.IKE_PROPOSAL_MISMATCH.title': 'IKE (phase 1) proposals do not match',
  'code.IKE_PROPOSAL_MISMATCH.description':
    'The IKE SA proposals of the two ends have no combination of encryption, key length, integrity, PRF and DH group in common.',
  'why.IKE_PROPOSAL_MISMATCH.param':
    'The IKE proposals differ in {param}: this side has {local}, the peer offers {remote}. No proposal was chosen.',
  'why.IKE_PROPOSAL_MISMATCH.local':
    'This side found none of the peer’s IKE proposals acceptable and answered NO_PROPOSAL_CHOSEN.',
  'why.IKE_PROPOSAL_MISMATCH.peerSaid':
    'The peer answered our first IKE message with NO_PROPOSAL_CHOSEN: none of our IKE proposals is acceptable to it (or it has no connection that matches us). Compare the phase 1 proposals of both ends.',

  'code.PSK_MISMATCH.title': 'Pre-shared keys differ',
  'code.PSK_MISMATCH.description': 'Both ends authenticate with a pre-shared key, but not with the same one.',
  'why.PSK_MISMATCH.direct': 'The log states that the pre-shared key check failed for {peer}.',
  'why.PSK_MISMATCH.authCheck': 'The authentication data of {peer} did not verify with the configured pre-shared key.',
  'why.PSK_MISMATCH.mainMode5':
    'Main mode reached the first encrypted message (5) and went no further: the peer could not decrypt or verify it, which is what a different pre-shared key causes.',
  'why.PSK_MISMATCH.aggressiveResponder':
    'As Aggressive Mode responder this side sent its response with its hash; {peer} answered not with the final message but with one this side cannot read, sealed under other keys. The peer rejected the hash: the pre-shared keys differ.',
  'why.PSK_MISMATCH.authFailedPsk':
    'The peer answered our pre-shared-key authentication with AUTHENTICATION_FAILED: the key or the identity we presented does not match its configuration. The key is the usual cause.',

  'code.ID_MISMATCH.title': 'Identity does not match',
  'code.ID_MISMATCH.description': 'The identity (IDi/IDr, peer ID, local ID) one end presents is not the one the other end expects.',
  'why.ID_MISMATCH.default': 'The identity presented by {peer} does not match the one configured for it.',
  'why.ID_MISMATCH.withReason': 'The identity presented by {peer} does not match the one configured for it ("{reason}").',

  'why.ID_MISMATCH.notInCert': 'The peer presented the identity {id}, but its certificate is issued to {subject}: the identity is not in the certificate, so no trusted key matches it.',
  'why.ID_MISMATCH.invalidIdPhase1': "The IKEv1 phase 1 exchange with {peer} ended in INVALID_ID_INFORMATION: one end refused the other's identity (ID payload type or value, or a certificate that does not carry it).",
  'why.ID_MISMATCH.noPeerConfig': 'The IKE SA was acceptable, but when the peer authenticated as {id} no connection expected that identity: the identity it sends is not the one configured here.',

  'code.CERT_INVALID.title': 'Certificate not accepted',
  'code.CERT_INVALID.description':
    'Certificate authentication failed: untrusted CA, expired or not yet valid, revoked, or the identity is not in the certificate.',
  'why.CERT_INVALID.default': 'The certificate of {peer} could not be verified.',
  'why.CERT_INVALID.withReason': 'The certificate of {peer} could not be verified: {reason}.',

  'code.EAP_AUTH_FAILED.title': 'User authentication (EAP, XAUTH) failed',
  'code.EAP_AUTH_FAILED.description': 'The user’s own authentication after the gateways’ failed: EAP inside the IKEv2 IKE_AUTH exchange, or XAUTH after IKEv1 phase 1 (user name and password, RADIUS).',
  'why.EAP_AUTH_FAILED.default': 'The user’s authentication (EAP or XAUTH) failed.',
  'why.EAP_AUTH_FAILED.withReason': 'The user’s authentication failed: {reason}.',

  'code.AUTH_FAILED.title': 'Authentication failed',
  'code.AUTH_FAILED.description':
    'Authentication failed and the log does not show whether the key, the identity or the certificate is at fault.',
  'why.AUTH_FAILED.peerSaid':
    'The peer rejected our authentication (AUTHENTICATION_FAILED). Its own log names the reason: key, identity or certificate.',
  'why.AUTH_FAILED.ownKey':
    'This side cannot sign its own authentication ({reason}): the private key of its certificate is missing where the daemon looks (Libreswan: the NSS database, `certutil -K`; strongSwan: private/ or the key of `certs =`), or is of another type than the authentication method needs.',
  'why.AUTH_FAILED.local': 'Authentication of the peer failed.',
  'why.AUTH_FAILED.default': 'Authentication failed.',

  'code.TS_MISMATCH.title': 'Traffic selectors / proxy IDs do not match',
  'code.TS_MISMATCH.description':
    'The networks to protect (traffic selectors, proxy IDs, crypto ACL) are not mirror images of each other on the two ends.',
  'why.TS_MISMATCH.default':
    'The child SA was refused because the traffic selectors (proxy IDs) of the two ends do not match.',
  'why.TS_MISMATCH.withTs':
    'The child SA was refused: the selectors {local} === {remote} are not acceptable to the other end; its local and remote networks must mirror these.',

  'code.CHILD_PROPOSAL_MISMATCH.title': 'Child SA (phase 2) proposals do not match',
  'code.CHILD_PROPOSAL_MISMATCH.description':
    'The IKE SA was negotiated but the IPsec (ESP/AH) proposals for the child SA have nothing in common.',
  'why.CHILD_PROPOSAL_MISMATCH.param':
    'The child SA proposals differ in {param}: this side has {local}, the peer offers {remote}.',
  'why.CHILD_PROPOSAL_MISMATCH.noAnswer':
    'Quick mode with {peer} got no acceptable answer at all, and pluto itself suspects the proposal: the peer likely dropped our phase 2 offer (encryption, integrity or PFS group) without saying why. Its log will name the parameter.',
  'why.CHILD_PROPOSAL_MISMATCH.default':
    'The IKE SA was fine, but no child SA (phase 2) proposal was acceptable: compare the ESP encryption and integrity of both ends.',

  'code.PFS_MISMATCH.title': 'Perfect forward secrecy settings differ',
  'code.PFS_MISMATCH.description':
    'One end wants a Diffie-Hellman group for the child SA (PFS) and the other uses none, or another group.',
  'why.PFS_MISMATCH.default': 'The two ends disagree on PFS for the child SA.',
  'why.PFS_MISMATCH.param': 'The child SA DH group (PFS) differs: this side has {local}, the peer {remote}.',

  'code.LOCAL_SA_INSTALL_FAILED.title': 'The local kernel refused the IPsec SA',
  'code.LOCAL_SA_INSTALL_FAILED.description':
    'Negotiation succeeded but installing the SA or policy in the local kernel failed (no ESP support, conflicting policy, missing module).',
  'why.LOCAL_SA_INSTALL_FAILED.default':
    'The negotiation itself worked, but the kernel refused to install the IPsec SA: it lacks ESP/XFRM support or a conflicting SA/policy exists.',
  'why.LOCAL_SA_INSTALL_FAILED.withReason': 'The kernel refused to install the IPsec SA: {reason}.',

  'code.DPD_PEER_DEAD.title': 'Dead peer detection declared the peer dead',
  'code.DPD_PEER_DEAD.description':
    'The tunnel was up, then DPD (R-U-THERE / INFORMATIONAL liveness checks) got no answer and the SAs were torn down.',
  'why.DPD_PEER_DEAD.afterUp':
    'The tunnel had been up; then the peer {peer} stopped answering dead peer detection and was declared dead.',
  'why.DPD_PEER_DEAD.default': 'The peer {peer} stopped answering dead peer detection and was declared dead.',

  'code.NAT_T_BLOCKED.title': 'NAT traversal (UDP 4500) is blocked',
  'code.NAT_T_BLOCKED.description':
    'A NAT was detected and IKE moved to UDP 4500, and from then on nothing got through: UDP 4500 is filtered on the path.',
  'why.NAT_T_BLOCKED.afterNat':
    'A NAT was detected and IKE switched to UDP 4500; after that the peer never answered. UDP 4500 is probably blocked between the ends.',
  'why.NAT_T_BLOCKED.direct': 'The device reports that NAT traversal to {peer} is not working.',
  'why.NAT_T_BLOCKED.default': 'NAT traversal to {peer} is not working.',

  'code.FRAGMENTATION_DROPPED.title': 'Large IKE messages are lost (fragmentation)',
  'code.FRAGMENTATION_DROPPED.description':
    'Large IKE messages (certificates) never arrived whole: IP fragments are dropped on the path, or IKE fragmentation is not used.',
  'why.FRAGMENTATION_DROPPED.default':
    'Fragments of a large IKE message to or from {peer} were lost; enable IKE fragmentation (RFC 7383) or fix the path MTU.',

  'code.REKEY_FAILED.title': 'Rekeying failed',
  'code.REKEY_FAILED.description': 'An SA that was up could not be rekeyed or reauthenticated.',
  'why.REKEY_FAILED.default': 'Rekeying an established SA with {peer} failed.',
  'why.REKEY_FAILED.withReason': 'Rekeying an established SA with {peer} failed: {reason}.',

  'code.SA_DELETED_BY_PEER.title': 'The peer deleted the SA',
  'code.SA_DELETED_BY_PEER.description': 'The peer sent a Delete for the IKE SA or a child SA and the tunnel did not come back.',
  'why.SA_DELETED_BY_PEER.ike': 'The peer {peer} deleted the IKE SA and the tunnel did not come back up afterwards.',
  'why.SA_DELETED_BY_PEER.child': 'The peer {peer} deleted the child SA and no new one was established afterwards.',

  'code.STALE_SA.title': 'Messages for an unknown (stale) SA',
  'code.STALE_SA.description':
    'A message referred to an SA this side does not know: it expired, was deleted, or one end restarted and the other still uses the old SA.',
  'why.STALE_SA.default':
    'Messages from {peer} refer to an SA this side no longer has ({count} seen): one end restarted or deleted the SA without the other noticing. INITIAL_CONTACT or DPD clears it.',

  'code.TUNNEL_DOWN.title': 'Tunnel went down',
  'code.TUNNEL_DOWN.description': 'The device reports the tunnel went down; the log does not say why.',
  'why.TUNNEL_DOWN.default': 'The tunnel to {peer} went down and the log gives no cause.',
  'why.TUNNEL_DOWN.withReason': 'The tunnel to {peer} went down: {reason}.',

  'code.CLOSED.title': 'Closed by this side',
  'code.CLOSED.description': 'The tunnel was up and this side closed it in an orderly way.',
  'why.CLOSED.default': 'The tunnel was up and this side deleted its SAs (administrator, shutdown or idle timeout).',

  'code.INCONCLUSIVE.title': 'Not enough evidence',
  'code.INCONCLUSIVE.description': 'The log shows part of a negotiation but neither success nor a recognisable failure.',
  'why.INCONCLUSIVE.default':
    'The negotiation got as far as {phase}, and the log shows neither success nor a failure ikescope recognises. The other end’s log, or a higher log level, will tell more.',
  'why.INCONCLUSIVE.childFailed':
    'The negotiation got as far as {phase} and the child SA failed: {reason}. No diagnosis code covers this cause; the reason, and the other end’s log, tell what to fix.',
  'why.INCONCLUSIVE.answerLost':
    'The peer {peer} sent its first message again ({count} times) although this side answered each time: the answer does not reach the peer, or the peer does not accept it. Check the path back to the peer (a firewall or NAT dropping UDP 500/4500 from this side) and the peer’s log.',
  'why.INCONCLUSIVE.halfOpen':
    'The peer {peer} started an IKE SA with this responder and never completed it: the half-open SA was dropped after its timeout. Either the peer did not accept this side’s answer (its certificate or identity) or the answer, or the peer’s next message, was lost on the way (fragments, UDP 4500); the peer’s log tells which.',

  'code.WEAK_CRYPTO.title': 'Weak cryptography in use',
  'code.WEAK_CRYPTO.description':
    'DES, 3DES, MD5, SHA-1, DH groups 1/2/5, aggressive mode with a pre-shared key, or IKEv1 itself (RFC 8247, RFC 8221).',
  'why.WEAK_CRYPTO.algorithms': 'Insecure algorithms or modes are offered or used: {list}.',
  'why.WEAK_CRYPTO.ikev1': 'The tunnel uses IKEv1, which is deprecated (RFC 9395); move to IKEv2.',

  'code.LIFETIME_MISMATCH.title': 'SA lifetimes differ',
  'code.LIFETIME_MISMATCH.description':
    'The two ends configure different SA lifetimes; many stacks accept it, some reject it, and it causes rekey collisions.',
  'why.LIFETIME_MISMATCH.default': 'The SA lifetimes differ: this side {local}, the peer {remote}.',
};
export default messages;
