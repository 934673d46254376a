// en messages: cisco-ikev2 (Cisco ASA / IOS `debug crypto ikev2`)
const messages: Record<string, string> = {
  // State machine
  'explain.cisco-ikev2.sm-trace':
    'IKEv2 state machine of SA {ispi}/{rspi}: state {state}, event {event} (this device is the {role} side: I = initiator, R = responder).',

  // Packets and messages
  'explain.cisco-ikev2.recv-pkt':
    'A {exchange} packet arrived from {src} port {sport} on {dst} port {dport} (initiator SPI {ispi}, message id {mid}).',
  'explain.cisco-ikev2.sent-pkt':
    'A {exchange} packet was sent from {src} port {sport} to {dst} port {dport} (initiator SPI {ispi}, message id {mid}).',
  'explain.cisco-ikev2.rx-tx':
    'Packet header: {dir} between local {laddr}:{lport} and remote {raddr}:{rport}, message id {mid}. Port 4500 means NAT traversal is in use.',
  'explain.cisco-ikev2.packet-received':
    'An IKEv2 packet arrived from {src} port {sport} on {dst} port {dport}; its header follows.',
  'explain.cisco-ikev2.packet-sent':
    'An IKEv2 packet is sent to {dst} port {dport} from {src} port {sport}; its header follows.',
  'explain.cisco-ikev2.initiator-spi':
    'IKE SA SPIs of the packet: initiator {ispi}, responder {rspi} (all zero until the responder answered), message id {mid}.',
  'explain.cisco-ikev2.exchange-line': 'The packet is the {kind} of an {exchange} exchange.',
  'explain.cisco-ikev2.header': 'IKEv2 header of the packet with the SPIs of the IKE SA.',
  'explain.cisco-ikev2.next-payload-version': 'IKEv2 header: first payload {next}, IKE version {version}.',
  'explain.cisco-ikev2.exchange-type':
    'Exchange {exchange}, flags {flags}: INITIATOR marks messages of the original initiator, MSG-RESPONSE a response.',
  'explain.cisco-ikev2.message-id': 'IKEv2 header: message id {mid}, {length} bytes.',
  'explain.cisco-ikev2.payload-contents': 'The payloads of the packet follow.',
  'explain.cisco-ikev2.payload-list':
    'Payloads of the packet. NOTIFY(...) entries are notifications; an error notify such as NO_PROPOSAL_CHOSEN or AUTHENTICATION_FAILED ends the negotiation.',
  'explain.cisco-ikev2.notify-type-dump': 'Notify payload of protocol {protocol}.',
  'explain.cisco-ikev2.payload-field':
    'A field of a payload dump (DH group, identity type, traffic selector, data length).',
  'explain.cisco-ikev2.hex-dump': 'Raw bytes of a payload.',
  'explain.cisco-ikev2.empty-message':
    'A debug message without text (the ASA prints some texts on the next line).',
  'explain.cisco-ikev2.building-packet': 'An encrypted message is being built; its payloads follow.',
  'explain.cisco-ikev2.decrypted-packet':
    'The encrypted part of the packet was decrypted ({bytes} bytes); its payloads follow.',
  'explain.cisco-ikev2.request-mess-id':
    'Message id bookkeeping of the IKEv2 window (requests and responses are matched by message id).',

  // Proposals
  'explain.cisco-ikev2.last-proposal': 'SA payload: a proposal follows (last proposal flag {last}).',
  'explain.cisco-ikev2.proposal-dump':
    'SA payload: proposal {num} for protocol {protocol}; its transforms follow.',
  'explain.cisco-ikev2.last-transform':
    'SA payload: a transform follows (0x0 marks the last transform of the proposal).',
  'explain.cisco-ikev2.transform':
    'SA payload: transform of type {type} (1 encryption, 2 PRF, 3 integrity, 4 DH group, 5 ESN) with algorithm {id}.',
  'explain.cisco-ikev2.proposal-summary':
    '{protocol} proposal {num} that this device sends ({purpose}). A responder sends the proposal it chose, an initiator the ones it offers.',
  'explain.cisco-ikev2.num-transforms': 'The proposal has {count} transforms; they follow.',
  'explain.cisco-ikev2.transform-list': 'Transforms of the proposal: {list}.',
  'explain.cisco-ikev2.policies-received':
    "The peer's proposals follow. They matched none of this device's policies: compare them with the Expected Policies below.",
  'explain.cisco-ikev2.policies-expected':
    "This device's own proposals follow (crypto ikev2 policy / IPsec proposal). One of them must equal one of the received proposals.",
  'explain.cisco-ikev2.policy-proposal':
    'Proposal {num}: {algs} (encryption, PRF, integrity, DH group; for ESP encryption, integrity, ESN).',
  'explain.cisco-ikev2.no-matching-policy':
    '{what}: no proposal of the peer matches a configured policy; the exchange ends with NO_PROPOSAL_CHOSEN.',
  'explain.cisco-ikev2.ios-policy-lookup':
    'IOS looks up the IKEv2 policy (proposal list) for this local address.',
  'explain.cisco-ikev2.configured-policies': '{what} the configured IKEv2 policies (crypto ikev2 policy).',
  'explain.cisco-ikev2.encryption-not-strong':
    'The IKE SA encryption ({ike}) is weaker than the IPsec encryption ({esp}); with sa-strength-enforcement the child SA is refused.',

  // NAT traversal
  'explain.cisco-ikev2.nat-check':
    'NAT discovery: the NAT_DETECTION notifies are compared with the real addresses and ports.',
  'explain.cisco-ikev2.nat-notify': 'A NAT_DETECTION notify of the peer is checked.',
  'explain.cisco-ikev2.nat-address':
    '{side} address {result}: when an address does not match its NAT_DETECTION hash, a NAT sits in front of that side.',
  'explain.cisco-ikev2.nat-host': 'Result of NAT discovery: this device is {where}.',
  'explain.cisco-ikev2.nat-found':
    'NAT discovery result: NAT OUTSIDE means the NAT is in front of the peer, NAT INSIDE that this device is behind a NAT.',
  'explain.cisco-ikev2.nat-float':
    'Because of NAT the IKE SA moves to UDP 4500 (NAT-T): initiator port {iport}, responder port {rport}. UDP 4500 must pass every firewall on the path.',
  'explain.cisco-ikev2.nat-keepalive':
    'NAT keepalives are sent every {secs} seconds to keep the NAT mapping open.',

  // Notifies, vendor IDs
  'explain.cisco-ikev2.parse-notify': 'The peer sent a {notify} notify.',
  'explain.cisco-ikev2.construct-notify': 'This device adds a {notify} notify to its message.',
  'explain.cisco-ikev2.notify-dump': 'Notify payload {notify} in the packet.',
  'explain.cisco-ikev2.notify-words': '{verb} the notify "{what}".',
  'explain.cisco-ikev2.notify-named': '{verb} the notify {notify}.',
  'explain.cisco-ikev2.initial-contact': 'The peer sent INITIAL_CONTACT: older SAs with it are removed.',
  'explain.cisco-ikev2.delete-reason-notify': 'Cisco delete-reason notify sent with code {code}.',
  'explain.cisco-ikev2.vendor-id': '{verb} vendor ID {vid}.',
  'explain.cisco-ikev2.vid-from-peer':
    'The peer sent the vendor ID "{vid}" (AnyConnect EAP means an AnyConnect client that authenticates with EAP).',
  'explain.cisco-ikev2.custom-vid': "The peer's Cisco vendor IDs are processed.",

  // Authentication
  'explain.cisco-ikev2.auth-method-is': '{who} authentication method is {method}.',
  'explain.cisco-ikev2.auth-method-dump':
    'AUTH payload with method {method} (RSA: certificate signature, PSK: pre-shared key or the key EAP produced).',
  'explain.cisco-ikev2.payload-header': 'Payload {payload} of the packet (next payload {next}).',
  'explain.cisco-ikev2.eap-code':
    'EAP payload, code {code}: EAP (AnyConnect) authentication of the remote user is in progress.',
  'explain.cisco-ikev2.eap-request':
    'An EAP exchange step: the user is authenticated with EAP inside IKE_AUTH.',
  'explain.cisco-ikev2.eap-status': 'Result of the EAP authentication of the remote user.',
  'explain.cisco-ikev2.aggauth-xml':
    'AnyConnect aggregate-authentication XML carried in EAP (user name, password, profile).',
  'explain.cisco-ikev2.verify-auth-data':
    "Check of the peer's AUTH payload: {result}. FAILED with pre-shared keys means the keys differ.",
  'explain.cisco-ikev2.auth-value-differs':
    'The AUTH value of the peer differs from the one computed here: the pre-shared keys of the two ends are not the same.',
  'explain.cisco-ikev2.auth-failed':
    '{what}: the IKE_AUTH exchange failed; look at the lines before for the cause.',
  'explain.cisco-ikev2.auth-method-mismatch':
    'The peer authenticates with another method than the one configured for it (certificate against pre-shared key).',
  'explain.cisco-ikev2.auth-timeout':
    'The peer did not send IKE_AUTH in time after IKE_SA_INIT: it may not have accepted the answer, or UDP 4500 is blocked.',
  'explain.cisco-ikev2.psk-lookup': 'The pre-shared key for the peer is looked up.',
  'explain.cisco-ikev2.auth-method-code':
    'Authentication method codes of the tunnel group (1 certificate, 2 pre-shared key).',
  'explain.cisco-ikev2.peer-identity':
    "The peer's identity is {id} ({idtype}); the policy, tunnel group or profile is chosen by it.",
  'explain.cisco-ikev2.constructing-id': 'This device identifies itself as {id} ({idtype}).',
  'explain.cisco-ikev2.peer-id-check':
    "Check of the peer's identity against its certificate (peer-id-validate). A failure ends the negotiation.",
  'explain.cisco-ikev2.cert-http-url':
    'Certificate exchange problem: the peer asked for HTTP-URL certificate lookup without announcing HTTP_CERT_LOOKUP_SUPPORTED.',
  'explain.cisco-ikev2.locate-item-failed':
    'No configuration was found for the peer (tunnel group, IKEv2 profile, keyring or identity check).',
  'explain.cisco-ikev2.profile-not-found':
    "No IKEv2 profile matches the peer's identity (match identity remote).",
  'explain.cisco-ikev2.profile-found': 'The IKEv2 profile for the peer was found.',
  'explain.cisco-ikev2.username': 'The remote user {user} authenticated.',
  'explain.cisco-ikev2.negotiation-aborted': 'The negotiation was aborted: {reason}.',

  // Tunnel group, crypto map
  'explain.cisco-ikev2.tunnel-group-lookup':
    'Tunnel group lookup for the peer (tunnel-group <name> holds its pre-shared key and settings).',
  'explain.cisco-ikev2.tunnel-group-name': 'Tunnel group settings chosen for the connection.',
  'explain.cisco-ikev2.tunnel-group-missing':
    'The tunnel group for the peer is missing or incomplete (no pre-shared key or certificate for IKEv2).',
  'explain.cisco-ikev2.crypto-map-match':
    'The child SA matched a crypto map entry; its IPsec proposal and ACL apply.',
  'explain.cisco-ikev2.crypto-map-incomplete': 'Crypto map {map} {seq} cannot be used: {reason}.',
  'explain.cisco-ikev2.selector': 'Traffic selectors of the peer checked against the crypto ACL: {result}.',

  // Establishment, child SA, DPD, deletion
  'explain.cisco-ikev2.sa-created': 'The IKE SA is established and stored in the SA database.',
  'explain.cisco-ikev2.session-up': 'The IKEv2 session between {remoteId} and {localId} is {status}.',
  'explain.cisco-ikev2.connection-status': 'Connection to {peer} port {port} (identity {id}) is {status}.',
  'explain.cisco-ikev2.pfkey-sa':
    'IPsec SA {op} for SPI {spi} in the data plane (error {error}). add installs the outbound SA, update the inbound one.',
  'explain.cisco-ikev2.ipsec-sa-create': 'The child SA is installed in the IPsec database: {result}.',
  'explain.cisco-ikev2.pfkey-spi': 'An inbound SPI {spi} was allocated for the child SA.',
  'explain.cisco-ikev2.dpd':
    'Dead peer detection is set up: an idle peer is probed and the SA removed when it does not answer.',
  'explain.cisco-ikev2.starting-timer': 'A timer starts: {what}.',
  'explain.cisco-ikev2.fragmentation':
    'IKEv2 fragmentation: large messages (certificates) are split so that they pass paths that drop IP fragments.',
  'explain.cisco-ikev2.retransmitting':
    'No answer from the peer yet: the request is sent again. Repeated retransmits mean the peer does not answer or UDP 500/4500 is blocked.',
  'explain.cisco-ikev2.max-retransmissions':
    'The peer never answered: all retransmissions are used up and the negotiation is given up. Check reachability of UDP 500/4500 and the peer address.',
  'explain.cisco-ikev2.exchange-failed':
    '{what}: the exchange ended without an SA; the cause is in the lines before.',
  'explain.cisco-ikev2.unsupported-failover':
    'The peer sent a message this device cannot interpret (unsupported failover version).',
  'explain.cisco-ikev2.delete-info': '{verb} a DELETE for an SA: the SA is being removed.',
  'explain.cisco-ikev2.delete-request': 'An SA deletion is requested.',
  'explain.cisco-ikev2.deleting-sa': 'The IKE SA (or the failed attempt) is deleted.',
  'explain.cisco-ikev2.dh-compute': 'Diffie-Hellman {which} key computed.',
  'explain.cisco-ikev2.internal-step': 'Internal step of the IKEv2 negotiation: {step}.',
};
export default messages;
