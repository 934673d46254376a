// en messages: fortigate (FortiGate IKE debug `diagnose debug application ike -1` and the VPN
// event log). `explain.fortigate.<pattern id>`: one line per pattern; placeholders are the
// pattern's named groups and the prefix's {conn} / {serial} / {phase2} / {vdom} (debug) or
// {tunnel} / {remip} / {locip} / {reason} / {logdesc} (event log).
// `fix.<CODE>.fortigate`: the fix on a FortiGate, CLI and GUI (VPN > IPsec Tunnels).
const messages: Record<string, string> = {
  // ---- debug output ----
  'explain.fortigate.comes': 'An IKE packet arrived from {src} port {sport} at this FortiGate’s {dst} port {dport} (interface index {ifindex}).',
  'explain.fortigate.exchange': 'The packet is IKEv{v}, exchange {xchg}; SPIs/cookies {ispi}/{rspi}.',
  'explain.fortigate.hex-dump': 'Raw bytes of an IKE packet (debug level -1); nothing to read for the diagnosis.',
  'explain.fortigate.mode-msg': 'IKEv1 {mode} mode: this FortiGate, as {role}, {verb} the {nth} message of its side.',
  'explain.fortigate.v2-received': 'IKEv2: this FortiGate, as {role}, received the {what} {kind}.',
  'explain.fortigate.sent-msg': 'This FortiGate sent the IKE message {what} from {src}:{sport} to {dst}:{dport}.',
  'explain.fortigate.vid': 'The peer sent the vendor ID {vid}.',
  'explain.fortigate.prop-incoming': 'The proposals the peer offers follow (one block per proposal id).',
  'explain.fortigate.prop-mine': 'The proposals configured on this FortiGate for gateway {gw} follow; compare them with the peer’s block above.',
  'explain.fortigate.prop-result': 'The proposal both ends agreed on follows.',
  'explain.fortigate.prop-id': 'Proposal number {pid} of the block.',
  'explain.fortigate.prop-protocol': 'The proposal is for protocol {proto} (ISAKMP/IKEv2: phase 1; IPSEC_ESP: phase 2).',
  'explain.fortigate.prop-trans': 'Transform {trans} (key length {klen}).',
  'explain.fortigate.prop-encap': 'Encapsulation {encap}.',
  'explain.fortigate.prop-attr': 'Transform attribute {type} = {val}.',
  'explain.fortigate.prop-lifetime': 'SA lifetime {life} seconds.',
  'explain.fortigate.prop-pfs': 'Phase 2 with PFS, Diffie-Hellman group {grp}.',
  'explain.fortigate.prop-matched': 'IKEv2: the peer’s proposal {pid} matches this FortiGate’s configuration.',
  'explain.fortigate.isakmp-sa': 'Keys of the IKE SA {ispi}/{rspi} were computed (the Diffie-Hellman exchange succeeded).',
  'explain.fortigate.established': 'Phase 1 is up: IKE SA {ispi}/{rspi} established.',
  'explain.fortigate.auth-ok': 'The peer authenticated successfully ({what}).',
  'explain.fortigate.auth-failed': 'Authentication of the peer failed: {what} {why}.',
  'explain.fortigate.psk-mismatch': 'The peer’s encrypted message could not be read: the pre-shared keys of the two ends most likely differ.',
  'explain.fortigate.parse-error': 'A received message could not be parsed (after decryption: usually a wrong pre-shared key).',
  'explain.fortigate.peer-id': 'The peer identifies itself as {id} ({idtype}).',
  'explain.fortigate.nat': 'NAT detection result: {where} (ME = this FortiGate is behind NAT, PEER = the peer is).',
  'explain.fortigate.no-proposal': 'No proposal of the peer matches the configuration (encryption, integrity/hash, DH group): the negotiation fails.',
  'explain.fortigate.proposal-not-match': 'The peer’s SA proposal does not match the local policy: the proposals of the two ends have nothing in common.',
  'explain.fortigate.no-suitable-proposal': 'No suitable proposal found: the two ends share no proposal.',
  'explain.fortigate.negotiation-failure': 'The negotiation of the IKE SA failed (the lines before say why).',
  'explain.fortigate.negotiation-timeout': 'The negotiation timed out: the peer stopped answering.',
  'explain.fortigate.notify-processing': 'The peer sent the notify {name}.',
  'explain.fortigate.error-notify-abort': 'The peer answered the {what} exchange with an error notify: the negotiation is aborted.',
  'explain.fortigate.notify-send': 'This FortiGate sends a notify to the peer {name}.',
  'explain.fortigate.no-gateway': 'No phase 1 (gateway) on this FortiGate matches the peer that sent the request.',
  'explain.fortigate.dpd-failed': 'Dead peer detection gave up: the peer no longer answers.',
  'explain.fortigate.p2-connect': 'Phase 2 is started towards {dst}:{dport} from {src}.',
  'explain.fortigate.p2-housekeeping': 'Phase 2 bookkeeping; nothing for the diagnosis.',
  'explain.fortigate.no-phase2': 'The peer’s phase 2 selectors (local/remote subnets) match no phase 2 of this tunnel.',
  'explain.fortigate.p2-proposal-failed': 'Phase 2 failed: {what}.',
  'explain.fortigate.ts-selectors': 'Phase 2 selector {which}: {from} – {to}.',
  'explain.fortigate.sa-key': 'Keys of the IPsec SA ({dir}, SPI {spi}) were installed.',
  'explain.fortigate.added-sa': 'Phase 2 is up: IPsec SAs installed, inbound SPI {in}, outbound SPI {out}.',
  'explain.fortigate.snmp-trap': 'The tunnel went {updown} (SNMP trap sent).',
  'explain.fortigate.delete-sa': 'An SA is deleted ({peer} {what1}{what2}{what3}).',
  'explain.fortigate.oper': 'The tunnel interface is set {updown}.',
  'explain.fortigate.debug-other': 'A FortiGate IKE debug line with nothing for the diagnosis: {text}',
  // ---- event log ----
  'explain.fortigate.ev-csv-header': 'Header row of a log export: it names the columns of the rows below.',
  'explain.fortigate.ev-negotiate-error': '{logdesc}: tunnel {tunnel}, peer {remip}, reason “{reason}”.',
  'explain.fortigate.ev-negotiate-progress': '{logdesc}: tunnel {tunnel}, peer {remip}.',
  'explain.fortigate.ev-tunnel-up': 'Tunnel {tunnel} to {remip} is up.',
  'explain.fortigate.ev-tunnel-down': 'Tunnel {tunnel} to {remip} is down.',
  'explain.fortigate.ev-phase2': 'Phase 2 of tunnel {tunnel} went {updown}.',
  'explain.fortigate.ev-dpd': 'Dead peer detection: peer {remip} of tunnel {tunnel} does not answer.',
  'explain.fortigate.ev-install-sa': 'IPsec SAs of tunnel {tunnel} were installed.',
  'explain.fortigate.ev-delete-sa': 'An SA of tunnel {tunnel} was deleted.',
  'explain.fortigate.ev-stats': 'Traffic statistics of tunnel {tunnel}.',
  'explain.fortigate.ev-other': '{logdesc} (tunnel {tunnel}, peer {remip}).',

  // ---- fix steps on a FortiGate ----
  'fix.ESTABLISHED.fortigate':
    'FortiGate: nothing to fix. If traffic does not pass, check the firewall policies to/from the tunnel interface, the static route to the remote subnet via the tunnel, and `diagnose vpn tunnel list name <tunnel>` (SA counters).',
  'fix.PEER_UNREACHABLE.fortigate':
    'FortiGate: 1) `execute ping-options source <wan IP>` then `execute ping {peer}`; 2) `diagnose sniffer packet any "host {peer} and (udp port 500 or udp port 4500)" 4` shows whether requests leave and answers come back; 3) check `set remote-gw` and `set interface` in `config vpn ipsec phase1-interface` (GUI: VPN > IPsec Tunnels > tunnel > Network > Remote Gateway / Interface); 4) every firewall on the path must pass UDP 500, UDP 4500 and ESP.',
  'fix.PEER_NOT_CONFIGURED.fortigate':
    'FortiGate: add or correct the phase 1 for {peer}: `config vpn ipsec phase1-interface` → `edit <tunnel>` → `set remote-gw {peer}` (dial-up peers: `set type dynamic`), `set interface <wan>`, and the same `set ike-version` as the peer (GUI: VPN > IPsec Tunnels > Create New, Remote Gateway = Static IP Address {peer}).',
  'fix.IKE_VERSION_MISMATCH.fortigate':
    'FortiGate: `config vpn ipsec phase1-interface` → `edit <tunnel>` → `set ike-version 2` (or 1, as the peer) (GUI: VPN > IPsec Tunnels > tunnel > Edit > Network > IKE Version).',
  'fix.MODE_MISMATCH.fortigate':
    'FortiGate: IKEv1 exchange mode `set mode main` or `set mode aggressive` in `config vpn ipsec phase1-interface` (GUI: Authentication > IKE > Mode), and the phase 2 encapsulation `set encapsulation tunnel-mode` in `config vpn ipsec phase2-interface`, as on the peer.',
  'fix.IKE_PROPOSAL_MISMATCH.fortigate':
    'FortiGate: `config vpn ipsec phase1-interface` → `edit <tunnel>` → `set proposal aes256-sha256 ...` and `set dhgrp 14 ...` so that at least one combination is the peer’s; {param} differs (this FortiGate {local}, the peer {remote}) (GUI: VPN > IPsec Tunnels > tunnel > Edit > Phase 1 Proposal: Encryption, Authentication, Diffie-Hellman Groups). `diagnose debug application ike -1` prints both offers (incoming proposal / my proposal).',
  'fix.PSK_MISMATCH.fortigate':
    'FortiGate: enter the key again on both ends: `config vpn ipsec phase1-interface` → `edit <tunnel>` → `set psksecret <key>` (GUI: VPN > IPsec Tunnels > tunnel > Edit > Authentication > Pre-shared Key); watch for trailing spaces and special characters. A wrong key shows as "probable pre-shared secret mismatch" on the responder.',
  'fix.ID_MISMATCH.fortigate':
    'FortiGate: the identity this FortiGate sends is `set localid <id>` (with `set localid-type`); the identity it accepts is `set peertype one` + `set peerid <id>` in `config vpn ipsec phase1-interface` (GUI: Authentication > Accept Types / Peer ID, Phase 1 > Local ID). They must be the peer’s remote/local identity.',
  'fix.CERT_INVALID.fortigate':
    'FortiGate: `set authmethod signature`, `set certificate <local cert>` and `set peer <user peer>` in `config vpn ipsec phase1-interface`; import the peer’s CA (System > Certificates > Import > CA Certificate) and check the validity dates, the clock (`execute time`) and the subject the `config user peer` entry requires.',
  'fix.AUTH_FAILED.fortigate':
    'FortiGate: compare `set authmethod` (psk / signature), `set psksecret` or the certificates, and `set localid` / `set peerid` with the peer; `diagnose debug application ike -1` on both ends names the failing check.',
  'fix.TS_MISMATCH.fortigate':
    'FortiGate: `config vpn ipsec phase2-interface` → `edit <phase2>` → `set src-subnet <local net>` / `set dst-subnet <remote net>` (or src-name/dst-name address objects) must mirror the peer’s selectors (peer proposed local {local}, remote {remote}) (GUI: VPN > IPsec Tunnels > tunnel > Edit > Phase 2 Selectors > Local / Remote Address). For route-based peers use 0.0.0.0/0 on both ends.',
  'fix.CHILD_PROPOSAL_MISMATCH.fortigate':
    'FortiGate: `config vpn ipsec phase2-interface` → `edit <phase2>` → `set proposal aes256-sha256 ...` to include the peer’s phase 2 combination; {param} differs (this FortiGate {local}, the peer {remote}) (GUI: Phase 2 Selectors > Advanced > Encryption / Authentication).',
  'fix.PFS_MISMATCH.fortigate':
    'FortiGate: `config vpn ipsec phase2-interface` → `edit <phase2>` → `set pfs enable` + `set dhgrp <group>` as the peer (this FortiGate {local}, the peer {remote}), or `set pfs disable` on both ends (GUI: Phase 2 Selectors > Advanced > Enable Perfect Forward Secrecy (PFS), Diffie-Hellman Group).',
  'fix.DPD_PEER_DEAD.fortigate':
    'FortiGate: find why {peer} stopped answering (reachability, its state, UDP 500/4500 on the path); DPD settings are `set dpd on-idle`, `set dpd-retrycount` and `set dpd-retryinterval` in `config vpn ipsec phase1-interface` (GUI: Phase 1 > Dead Peer Detection). `set auto-negotiate enable` in the phase 2 brings the tunnel back when the peer returns.',
  'fix.NAT_T_BLOCKED.fortigate':
    'FortiGate: `set nattraversal enable` (or `forced`) in `config vpn ipsec phase1-interface` (GUI: Network > NAT Traversal); every device on the path must pass UDP 4500 both ways; `set keepalive 10` keeps the NAT mapping alive.',
  'fix.SA_DELETED_BY_PEER.fortigate':
    'FortiGate: read the peer’s log for why it deleted the SA; `set auto-negotiate enable` and `set keepalive enable` in `config vpn ipsec phase2-interface` bring the tunnel back up without traffic.',
  'fix.STALE_SA.fortigate':
    'FortiGate: clear the SAs of the tunnel on both ends: `diagnose vpn ike gateway clear name <tunnel>`; enable DPD (`set dpd on-idle`) so that a restarted peer is noticed.',
  'fix.TUNNEL_DOWN.fortigate':
    'FortiGate: the lines before the tunnel-down event give the cause; `diagnose vpn ike gateway list name <tunnel>` and `get vpn ipsec tunnel summary` show the current state; bring it up with `diagnose vpn tunnel up <phase2> <tunnel>` (GUI: Dashboard > Network > IPsec > Bring Up).',
  'fix.REKEY_FAILED.fortigate':
    'FortiGate: compare the lifetimes (`set keylife` in phase1-interface, `set keylifeseconds` in phase2-interface) and the PFS group of the phase 2 with the peer.',
  'fix.LIFETIME_MISMATCH.fortigate':
    'FortiGate: `set keylife <s>` in `config vpn ipsec phase1-interface` and `set keylifeseconds <s>` in `config vpn ipsec phase2-interface`, as on the peer.',
  'fix.WEAK_CRYPTO.fortigate':
    'FortiGate: `set ike-version 2`, `set proposal aes256gcm-prfsha384 aes256-sha256` and `set dhgrp 20 19 14` in phase1-interface; `set proposal aes256gcm aes256-sha256` and `set dhgrp 20` in phase2-interface; remove des/3des/md5/sha1 and DH groups 1, 2, 5.',
  'fix.INCONCLUSIVE.fortigate':
    'FortiGate: capture the negotiation: `diagnose debug reset`, `diagnose vpn ike log filter rem-addr4 {peer}` (6.x: `diagnose vpn ike log-filter dst-addr4 {peer}`), `diagnose debug application ike -1`, `diagnose debug console timestamp enable`, `diagnose debug enable`, then bring the tunnel up and analyse the output (`diagnose debug disable` afterwards).',
};
export default messages;
