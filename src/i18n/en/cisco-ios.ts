// en messages: cisco-ios
// One-line explanation of each Cisco IOS / IOS-XE crypto pattern (`--explain`); keys
// `explain.cisco-ios.<id>`. Placeholders are the pattern's named groups that every sample captures,
// plus the prefix's `{mnemonic}` (syslog) and `{connId}` (ISAKMP conn-id) where the line has them.
const messages: Record<string, string> = {
  // %CRYPTO- / %IKEV2- syslog
  'explain.cisco-ios.crypto-session-status':
    'Crypto session status: the session with peer {peer} is {state} (one IKE SA plus its IPsec SAs; the description is the per-peer one set with `crypto isakmp peer`).',
  'explain.cisco-ios.crypto-ikmp-no-sa':
    'An IKE message from {peer} refers to an SA this router does not have and is not a new negotiation (the peer kept a stale SA).',
  'explain.cisco-ios.crypto-ikmp-mode-failure':
    'Processing of {mode} mode with peer {peer} failed; the debug lines before say why.',
  'explain.cisco-ios.crypto-recvd-pkt-inv-spi':
    'An ESP packet from {src} carries SPI {spi}, which this router does not know: the peer still uses an SA this router deleted.',
  'explain.cisco-ios.crypto-ikmp-bad-message':
    'An IKE message from {peer} failed its sanity check; after main mode message 4 this usually means the two ends hold different pre-shared keys.',
  'explain.cisco-ios.crypto-ikmp-not-encrypted':
    'An IKE packet from {peer} was in clear text where it should have been encrypted.',
  'explain.cisco-ios.crypto-pkt-replay-err':
    'An ESP packet failed the anti-replay check ({what}); usually reordering or QoS, not a negotiation problem.',
  'explain.cisco-ios.crypto-ikmp-inval-cert': 'The certificate received from {peer} is not valid.',
  'explain.cisco-ios.crypto-isakmp-on-off': 'ISAKMP (IKEv1) is now {state} on this router.',
  'explain.cisco-ios.crypto-ikmp-query-key':
    'The router has no RSA key pair to use for rsa-sig authentication.',
  'explain.cisco-ios.crypto-ikmp-sa-not-auth':
    'The peer {peer} started {mode} before phase 1 was authenticated (often a pre-shared key mismatch on one side).',
  'explain.cisco-ios.crypto-ikmp-sa-not-offered':
    'The peer {peer} answered with attribute {attr}, which this router did not offer.',
  'explain.cisco-ios.crypto-recvd-pkt-not-ipsec':
    'A clear-text packet from {src} arrived where the crypto map expects IPsec: the peer does not encrypt this traffic (crypto ACL mismatch or no SA).',
  'explain.cisco-ios.crypto-recvd-pkt-mac-err':
    'An ESP packet failed its integrity check (corruption or wrong keys).',
  'explain.cisco-ios.crypto-ipsec-setup-failure': 'IPsec setup with {remote} failed: {reason}.',
  'explain.cisco-ios.ikev2-osal-initiate':
    'Traffic asks for an IKEv2 tunnel: local selector {la}, remote selector {ra}.',
  // debug crypto isakmp
  'explain.cisco-ios.isakmp-received-packet': 'IKEv1 packet received from {peer} (state {state}).',
  'explain.cisco-ios.isakmp-sending-packet': 'IKEv1 packet sent to {peer} (state {state}).',
  'explain.cisco-ios.isakmp-retransmitting':
    'No answer yet: the router retransmits its phase {phase} message in state {state} (MM_NO_STATE: first message; MM_KEY_EXCH: message 5, encrypted).',
  'explain.cisco-ios.isakmp-retransmit-duplicate':
    'The peer sent its last phase {phase} message again; the router retransmits its answer.',
  'explain.cisco-ios.isakmp-error-counter': 'Error counter of the {on}: attempt {n} of {max} ({why}).',
  'explain.cisco-ios.isakmp-retransmission-skipped':
    'A retransmission was skipped because the last one was recent.',
  'explain.cisco-ios.isakmp-duplicate':
    'The peer repeated a phase {phase} message (it did not get or could not use our answer).',
  'explain.cisco-ios.isakmp-state':
    'IKEv1 state change {from} → {to} (I = initiator, R = responder; MM1-MM6 count main mode messages; P1_COMPLETE = phase 1 up).',
  'explain.cisco-ios.isakmp-input': 'Internal event {input} / {event} fed to the IKEv1 state machine.',
  'explain.cisco-ios.isakmp-begin': 'The router starts an IKEv1 {mode} Mode exchange as initiator.',
  'explain.cisco-ios.isakmp-peer-struct': 'A new IKE peer entry was created for {peer} (port {port}).',
  'explain.cisco-ios.isakmp-psk-found': 'A pre-shared key is configured for {peer}.',
  'explain.cisco-ios.isakmp-no-psk':
    'No pre-shared key is configured for {peer}: add `crypto isakmp key ... address {peer}` or a keyring entry.',
  'explain.cisco-ios.isakmp-no-cert-psk':
    'Neither a certificate nor a pre-shared key is available for this peer.',
  'explain.cisco-ios.isakmp-cannot-start': 'The router cannot start {mode} mode with this peer.',
  'explain.cisco-ios.isakmp-checking-transform':
    'The peer’s phase 1 transform {tr} is compared with local ISAKMP policy {prio}.',
  'explain.cisco-ios.isakmp-attribute': 'The peer’s transform offers {attr} {value}.',
  'explain.cisco-ios.isakmp-life': 'Lifetime attribute of the transform.',
  'explain.cisco-ios.isakmp-offer-mismatch':
    'This ISAKMP policy refuses the transform; the named parameter differs from the policy (another policy may still match).',
  'explain.cisco-ios.isakmp-atts-acceptable': 'The peer’s transform is acceptable.',
  'explain.cisco-ios.isakmp-atts-not-acceptable':
    'The peer’s transform does not match this policy; the next policy is tried.',
  'explain.cisco-ios.isakmp-no-offers':
    'No transform of the peer matched any ISAKMP policy: phase 1 proposal mismatch.',
  'explain.cisco-ios.isakmp-policy-not-acceptable':
    'Phase {phase} refused between {local} and {remote}: no acceptable proposal.',
  'explain.cisco-ios.isakmp-ipsec-policy-invalidated':
    'The IPsec policy refused the phase 2 proposal with error {err} (32: proxy identities/crypto ACL mismatch; 256: transform set mismatch).',
  'explain.cisco-ios.isakmp-sa-authenticated': 'Phase 1 authentication succeeded.',
  'explain.cisco-ios.isakmp-auth-status': 'Phase 1 authentication status.',
  'explain.cisco-ios.isakmp-sa-doing': 'The authentication method and identity type used in phase 1.',
  'explain.cisco-ios.isakmp-auth-using-id':
    'Phase 1 uses {method} authentication with identity type {idtype}.',
  'explain.cisco-ios.isakmp-deleting-sa':
    'The IKE SA with {peer} is deleted in state {state}; reason "{reason}" ("Death by retransmission" = the peer stopped answering).',
  'explain.cisco-ios.isakmp-deleting-node': 'An exchange (node {node}) is removed; reason "{reason}".',
  'explain.cisco-ios.isakmp-notify': 'Notify {notify} {dir} (protocol {proto}: 1 = IKE SA, 3 = ESP).',
  'explain.cisco-ios.isakmp-processing-delete': 'The peer sent a DELETE payload.',
  'explain.cisco-ios.isakmp-processing-payload': 'Debug: processing the {what} payload.',
  'explain.cisco-ios.isakmp-paranoid': 'The peer does not use periodic (paranoid) keepalives.',
  'explain.cisco-ios.isakmp-vendor-id': 'A vendor ID of the peer (capability such as NAT-T, DPD, Unity).',
  'explain.cisco-ios.isakmp-nat': 'NAT detection result.',
  'explain.cisco-ios.isakmp-nat-hash': 'NAT detection: the NAT-D hash shows this node is {side} NAT.',
  'explain.cisco-ios.isakmp-constructed-vid': 'The router adds the vendor ID {vid} to its message.',
  'explain.cisco-ios.isakmp-set-node': 'A new exchange (node {node}) is set up in state {state}.',
  'explain.cisco-ios.isakmp-purging': 'Expired {what} state is purged.',
  'explain.cisco-ios.isakmp-peer-housekeeping': 'Internal peer-table housekeeping.',
  'explain.cisco-ios.isakmp-ports': 'IKE ports: local {lport}, remote {rport}.',
  'explain.cisco-ios.isakmp-profile': 'ISAKMP profile lookup.',
  'explain.cisco-ios.isakmp-local-psk': 'A local pre-shared key was found for this peer.',
  'explain.cisco-ios.isakmp-dpd': 'Dead peer detection: {what} received from {peer} (sequence {seq}).',
  'explain.cisco-ios.isakmp-qm-spi': 'The quick mode initiator allocates its inbound SPI.',
  'explain.cisco-ios.isakmp-install': 'The negotiated IPsec SA is being installed.',
  'explain.cisco-ios.isakmp-initial-contact':
    'The router sends INITIAL_CONTACT: the peer should drop old SAs with it.',
  'explain.cisco-ios.isakmp-id-payload': 'Contents of an identity (ID) payload.',
  'explain.cisco-ios.isakmp-payload-type': 'Payload type {type} received (20 = NAT-D).',
  'explain.cisco-ios.isakmp-unknown-input':
    'Event {input} / {event} is not expected in state {state}; it is ignored.',
  'explain.cisco-ios.isakmp-csdl':
    'The local policy uses an algorithm that IOS no longer considers secure (CSDL).',
  'explain.cisco-ios.isakmp-error-processing': 'The IKE request could not be processed ({what}).',
  'explain.cisco-ios.isakmp-outstanding': 'Requests are queued for the IKE SA between {local} and {remote}.',
  'explain.cisco-ios.isakmp-sitting-idle': 'Phase 1 is up and idle: quick mode starts at once.',
  'explain.cisco-ios.isakmp-lifetime-info': 'Lifetime handling of the SA.',
  'explain.cisco-ios.isakmp-sending-ike-packet': 'An IKE packet is handed to the network.',
  'explain.cisco-ios.isakmp-checking-ipsec-proposal': 'Checking the peer’s IPsec (phase 2) proposal {n}.',
  'explain.cisco-ios.isakmp-transform': 'The peer’s phase 2 transform {n} uses {tr}.',
  'explain.cisco-ios.isakmp-ipsec-attribute': 'An attribute of the peer’s phase 2 transform.',
  'explain.cisco-ios.isakmp-transform-attrs': 'The attributes of the transform follow.',
  'explain.cisco-ios.isakmp-deleting-spi': 'The SPI {spi} of a refused or finished exchange is released.',
  'explain.cisco-ios.isakmp-peer-index': 'Internal peer index bookkeeping.',
  'explain.cisco-ios.isakmp-ke-message':
    'The IPsec subsystem asked IKE for keys (traffic matched a crypto map).',
  // debug crypto ipsec
  'explain.cisco-ios.ipsec-validate-proposal-request':
    'The IPsec subsystem validates part {n} of the peer’s phase 2 proposal.',
  'explain.cisco-ios.ipsec-proxy-not-supported':
    'The peer’s proxy identities (the networks of its crypto ACL) match no local crypto map ACL: traffic selector mismatch.',
  'explain.cisco-ios.ipsec-transform-not-supported':
    'The peer’s transform set is not configured locally: phase 2 proposal mismatch.',
  'explain.cisco-ios.ipsec-sa-request':
    'Traffic matched a crypto map: the IPsec subsystem requests new SAs from IKE.',
  'explain.cisco-ios.ipsec-create-sa': 'An IPsec SA was created.',
  'explain.cisco-ios.ipsec-delete-sa': 'An IPsec SA is deleted.',
  'explain.cisco-ios.ipsec-key-engine-delete': 'IPsec SAs are removed after a delete from IKE.',
  'explain.cisco-ios.ipsec-update-outbound': 'The outbound SA towards {peer} is now SPI {spi}.',
  'explain.cisco-ios.ipsec-ident-head': 'A new SA replaces one with the same proxies and peer {peer}.',
  'explain.cisco-ios.ipsec-map-db-no-match': 'No crypto map entry matches the proposed proxies.',
  'explain.cisco-ios.ipsec-debug': 'IPsec subsystem debug ({fn}).',
  'explain.cisco-ios.ipsec-key-eng-msg': 'Endpoints of the IPsec proposal / request.',
  'explain.cisco-ios.ipsec-proxy': 'The {side} of the proposed traffic selector: {proxy}.',
  'explain.cisco-ios.ipsec-protocol-transform': 'Proposed IPsec protocol {proto} with transform {tr}.',
  'explain.cisco-ios.ipsec-cont-misc': 'Detail of the IPsec proposal or SA above.',
  // debug crypto ikev2 (IOS form)
  'explain.cisco-ios.ikev2-packet': 'IKEv2 packet {dir} (peer {a}).',
  'explain.cisco-ios.ikev2-generating': 'The router builds an {ex} message.',
  'explain.cisco-ios.ikev2-processing': 'The router processes a message from the peer.',
  'explain.cisco-ios.ikev2-proposal-header': '{which} proposal {n} follows.',
  'explain.cisco-ios.ikev2-policies-header': 'The {which} IKEv2 proposals follow.',
  'explain.cisco-ios.ikev2-no-matching-policy':
    'No IKEv2 proposal of the peer matches a local IKEv2 policy/proposal.',
  'explain.cisco-ios.ikev2-policy-search': 'IKEv2 policy lookup.',
  'explain.cisco-ios.ikev2-peer-identity': 'The peer identified itself as {id} ({type}).',
  'explain.cisco-ios.ikev2-constructing-id': 'The router sends its identity {id} ({type}).',
  'explain.cisco-ios.ikev2-auth-method': '{who} authentication method: {m}.',
  'explain.cisco-ios.ikev2-auth-steps': 'IKEv2 authentication step.',
  'explain.cisco-ios.ikev2-verify-auth':
    'Verification of the peer’s AUTH payload: {res} (FAILED with PSK: the keys differ).',
  'explain.cisco-ios.ikev2-auth-exchange-failed': 'The IKE_AUTH exchange failed.',
  'explain.cisco-ios.ikev2-no-ipsec-policy-ts':
    'No IPsec policy covers the traffic selectors the peer proposed.',
  'explain.cisco-ios.ikev2-session-up': 'The IKEv2 session between {rid} and {lid} is {st}.',
  'explain.cisco-ios.ikev2-sa-created': 'The IKEv2 SA was created.',
  'explain.cisco-ios.ikev2-ipsec-db': 'Installing the child SA in the IPsec database.',
  'explain.cisco-ios.ikev2-crypto-engine': 'Crypto engine step: {what}.',
  'explain.cisco-ios.ikev2-nat': 'NAT detection.',
  'explain.cisco-ios.ikev2-retransmit': 'No answer yet: the router retransmits its IKEv2 request.',
  'explain.cisco-ios.ikev2-max-retransmit':
    'All retransmissions went unanswered: the negotiation is given up.',
  'explain.cisco-ios.ikev2-delete': 'IKEv2 SA deletion step.',
  'explain.cisco-ios.ikev2-step': 'IKEv2 negotiation step.',
  'explain.cisco-ios.ikev2-error-blank': 'An IKEv2 error header (the message follows on the next line).',
  'explain.cisco-ios.ikev2-exchange': 'The packet above is an {ex} {rr}.',
  'explain.cisco-ios.ikev2-spi-line': 'IKE SPIs {ispi} / {rspi}, message id {mid}.',
  'explain.cisco-ios.ikev2-payload-contents': 'The payloads of the packet follow.',
  'explain.cisco-ios.ikev2-payload-list': 'Payloads of the packet: {list}.',
  'explain.cisco-ios.ikev2-num-transforms': 'The proposal holds {n} transforms.',
  'explain.cisco-ios.ikev2-transform-list': 'The transforms of the proposal: {list}.',
  'explain.cisco-ios.ikev2-policy-proposal': 'Proposal {n}: {list}.',
};
export default messages;
