// en messages: sonicwall (SonicOS VPN log: syslog and the Log > View table). `explain.sonicwall.<pattern>`:
// one line per pattern; placeholders are the pattern's named groups and the prefix's {peer} /
// {policy} / {note} / {eventid}. `fix.<CODE>.sonicwall`: the fix on a SonicWall, GUI (SonicOS 7:
// Network > IPSec VPN > Rules and Settings; SonicOS 6.5: VPN > Settings) and CLI.
const messages: Record<string, string> = {
  'explain.sonicwall.v1-start': 'This SonicWall starts an IKEv1 negotiation ({mode} mode, phase 1) with {peer}.',
  'explain.sonicwall.v1-respond': 'Peer {peer} starts an IKEv1 negotiation ({mode} mode, phase 1); this SonicWall answers.',
  'explain.sonicwall.v1-complete': 'Phase 1 ({mode} mode) with {peer} is complete: the IKE SA is up.',
  'explain.sonicwall.v1-quick-start': 'This SonicWall starts quick mode (phase 2) with {peer}.',
  'explain.sonicwall.v1-quick-respond': 'Peer {peer} starts quick mode (phase 2).',
  'explain.sonicwall.ipsec-accept': 'The IPsec (phase 2) proposal was accepted: both ends agree on the ESP algorithms.',
  'explain.sonicwall.ipsec-reject': 'The peer’s IPsec (phase 2) proposal does not match the VPN policy’s IPsec proposal.',
  'explain.sonicwall.negotiation-complete': 'The negotiation with {peer} is complete: the IPsec SA is added and the tunnel is up.',
  'explain.sonicwall.v2-exchange': 'IKEv2: this SonicWall {dir} the {ex} {rr} ({peer}).',
  'explain.sonicwall.v2-ike-accept': 'IKEv2: the IKE SA proposal was accepted.',
  'explain.sonicwall.v2-auth-ok': 'IKEv2: the peer {peer} authenticated successfully; the IKE SA is up.',
  'explain.sonicwall.ike-proposal-mismatch': 'The peer’s IKE (phase 1) proposal does not match the VPN policy’s IKE proposal (encryption, authentication, DH group or lifetime).',
  'explain.sonicwall.algorithm-mismatch': '{what} mismatch between this SonicWall’s proposal and the peer’s.',
  'explain.sonicwall.notify': 'The peer {peer} sent the notify {n}.',
  'explain.sonicwall.v2-notify-error': 'IKEv2: the peer {peer} answered with an error notify {note}.',
  'explain.sonicwall.payload-error': 'A message from {peer} could not be processed (after decryption this usually means a wrong pre-shared key).',
  'explain.sonicwall.psk-mismatch': 'The peer’s encrypted message failed verification: the pre-shared keys of the two ends most likely differ.',
  'explain.sonicwall.auth-failed': 'Authentication of the peer {peer} failed.',
  'explain.sonicwall.id-mismatch': 'The IKE identity the peer {peer} proposes matches no VPN policy ({note}).',
  'explain.sonicwall.ts-mismatch': 'The networks the peer proposes for phase 2 do not match the VPN policy’s local/remote networks {note}.',
  'explain.sonicwall.pfs-mismatch': 'Perfect forward secrecy (the phase 2 DH group) is set on one end only, or with another group.',
  'explain.sonicwall.peer-not-configured': 'No VPN policy on this SonicWall matches the peer {peer}.',
  'explain.sonicwall.retransmit': 'No answer from {peer}: the IKE request is sent again ({role}).',
  'explain.sonicwall.dpd-dead': 'Dead peer detection: the peer {peer} does not answer any more.',
  'explain.sonicwall.delete-received': 'The peer {peer} asked to delete an SA.',
  'explain.sonicwall.delete-sent': 'This SonicWall deletes an SA with {peer}.',
  'explain.sonicwall.delete-response': 'Answer to a delete request.',
  'explain.sonicwall.lifetime-expired': 'The IKE SA’s lifetime expired; it is renegotiated.',
  'explain.sonicwall.spi-unknown': 'An ESP packet arrived for an SPI this SonicWall does not know (an SA one end has deleted).',
  'explain.sonicwall.esp-error': 'An ESP packet failed decryption or authentication ({note}).',
  'explain.sonicwall.tunnel-state': 'The VPN tunnel with {peer} is {st}.',
  'explain.sonicwall.nat-discovery': 'NAT discovery: the {who} IPsec gateway is behind a NAT/NAPT device; IKE and ESP move to UDP 4500 (NAT-T).',
  'explain.sonicwall.no-response': 'No answer from {peer}: the {role} gave up waiting for the next IKE message (remote party timeout).',
  'explain.sonicwall.negotiation-aborted': 'The IKE negotiation with {peer} was aborted: the peer did not answer in time.',
  'explain.sonicwall.header-verification': 'An IKE message from {peer} failed header verification (wrong cookies or exchange, or a message this SonicWall did not expect).',
  'explain.sonicwall.duplicate-packet': '{peer} sent the same IKE message again: it did not get this SonicWall’s answer (check the path back to the peer).',
  'explain.sonicwall.packet-trace': 'IKE packet trace: {dir} {ex} (initiator cookie {ic}, message id 0x{mid}) with payloads {pl}.',

  'fix.ESTABLISHED.sonicwall':
    'SonicWall: nothing to fix. If traffic does not pass, check the access rules VPN > LAN / LAN > VPN, the VPN policy’s Network tab (local and remote networks) and Network > IPSec VPN > Rules and Settings > Active Tunnels (SonicOS 6.5: VPN > Settings > Currently Active VPN Tunnels).',
  'fix.PEER_UNREACHABLE.sonicwall':
    'SonicWall: check the policy’s IPsec Primary Gateway Name or Address ({peer}) on Network > IPSec VPN > Rules and Settings > edit policy > General (CLI: `vpn policy site-to-site "<policy>"` → `gateway primary {peer}`); capture with Monitor > Packet Monitor (filter: host {peer}, UDP 500/4500) to see whether requests leave and answers return; every firewall and NAT device on the path must pass UDP 500, UDP 4500 and ESP.',
  'fix.PEER_NOT_CONFIGURED.sonicwall':
    'SonicWall: add a site-to-site VPN policy for {peer}: Network > IPSec VPN > Rules and Settings > Add > Policy Type Site to Site, IPsec Primary Gateway {peer}, the same authentication method and IKE identities as the peer (CLI: `vpn policy site-to-site "<policy>"`, `gateway primary {peer}`, `commit`). A peer with a dynamic address needs the policy on the Group VPN / "0.0.0.0" gateway with aggressive mode or IKEv2 identities.',
  'fix.IKE_VERSION_MISMATCH.sonicwall':
    'SonicWall: edit the VPN policy > Proposals > IKE (Phase 1) Proposal > Exchange: IKEv2 Mode, Main Mode or Aggressive Mode, as on the peer (CLI: `proposal ike exchange ikev2` / `main` / `aggressive` in `vpn policy site-to-site "<policy>"`).',
  'fix.MODE_MISMATCH.sonicwall':
    'SonicWall: Proposals > IKE (Phase 1) Proposal > Exchange must be the peer’s mode (Main Mode or Aggressive Mode; CLI `proposal ike exchange main|aggressive`); the phase 2 protocol is ESP in tunnel mode.',
  'fix.IKE_PROPOSAL_MISMATCH.sonicwall':
    'SonicWall: edit the VPN policy > Proposals > IKE (Phase 1) Proposal: DH Group, Encryption, Authentication and Life Time must be the peer’s ({param}: this side {local}, the peer {remote}). CLI: `vpn policy site-to-site "<policy>"` → `proposal ike dh-group 14`, `proposal ike encryption aes-256`, `proposal ike authentication sha-256`, `proposal ike lifetime 28800`, `commit`.',
  'fix.PSK_MISMATCH.sonicwall':
    'SonicWall: enter the key again on both ends: VPN policy > General > Authentication Method IKE using Preshared Secret > Shared Secret / Confirm Shared Secret (CLI: `auth-method shared-secret`, `shared-secret <key>`, `commit`); watch for trailing spaces and special characters. SonicOS logs a wrong key as "Failed payload verification after decryption; possible preshared key mismatch".',
  'fix.ID_MISMATCH.sonicwall':
    'SonicWall: VPN policy > General > Local IKE ID and Peer IKE ID (IP address, domain name, e-mail address or firewall identifier) must be the identities the peer sends and expects (CLI: `ike-id local ...` / `ike-id peer ...`). With aggressive mode the IDs must match exactly.',
  'fix.CERT_INVALID.sonicwall':
    'SonicWall: Authentication Method IKE using 3rd Party Certificates; import the peer’s CA in Device > Settings > Certificates (SonicOS 6.5: System > Certificates), check validity dates, the time (Device > Settings > Time) and the Peer IKE ID type/value the certificate must carry.',
  'fix.AUTH_FAILED.sonicwall':
    'SonicWall: compare the authentication method (preshared secret or certificates), the shared secret and the Local/Peer IKE IDs of the VPN policy > General with the peer’s; the log lines before the failure name the failing check.',
  'fix.TS_MISMATCH.sonicwall':
    'SonicWall: VPN policy > Network: Local Networks and Remote Networks (address objects or groups) must be the mirror of the peer’s (peer proposed local {local}, remote {remote}); CLI `network local name <object>` / `network remote name <object>`. A peer that proposes 0.0.0.0/0 needs "Use this VPN Tunnel as default route" or a tunnel interface policy.',
  'fix.CHILD_PROPOSAL_MISMATCH.sonicwall':
    'SonicWall: VPN policy > Proposals > IPsec (Phase 2) Proposal: Protocol ESP, Encryption, Authentication and Life Time must be the peer’s ({param}: this side {local}, the peer {remote}). CLI: `proposal ipsec protocol esp encryption aes-256 authentication sha-256`, `proposal ipsec lifetime 28800`.',
  'fix.PFS_MISMATCH.sonicwall':
    'SonicWall: VPN policy > Proposals > IPsec (Phase 2) Proposal > Enable Perfect Forward Secrecy and its DH Group must be as on the peer (this side {local}, the peer {remote}); or PFS off on both ends (CLI: `proposal ipsec perfect-forward-secrecy dh-group 14` / `no proposal ipsec perfect-forward-secrecy`).',
  'fix.DPD_PEER_DEAD.sonicwall':
    'SonicWall: find why {peer} stopped answering (reachability, its state, UDP 500/4500 on the path). Dead peer detection is VPN policy > Advanced > Enable Keep Alive and Network > IPSec VPN > Rules and Settings > Advanced > Enable IKE Dead Peer Detection (interval, failure trigger level).',
  'fix.NAT_T_BLOCKED.sonicwall':
    'SonicWall: enable NAT Traversal (Network > IPSec VPN > Rules and Settings > Advanced > Enable NAT Traversal) and make every device on the path pass UDP 4500 both ways; with a NATed peer use IKEv2 or aggressive mode identities that are not the private address.',
  'fix.SA_DELETED_BY_PEER.sonicwall':
    'SonicWall: read the peer’s log for why it deleted the SA; VPN policy > Advanced > Enable Keep Alive brings the tunnel back up without traffic.',
  'fix.STALE_SA.sonicwall':
    'SonicWall: renegotiate the tunnel on both ends: Network > IPSec VPN > Rules and Settings > Active Tunnels > Renegotiate (SonicOS 6.5: VPN > Settings > Currently Active VPN Tunnels > Renegotiate), and enable IKE Dead Peer Detection so that a restarted peer is noticed.',
  'fix.TUNNEL_DOWN.sonicwall':
    'SonicWall: the lines before the tunnel went down give the cause; Network > IPSec VPN > Rules and Settings > Active Tunnels shows the current SAs; enable Keep Alive in the policy’s Advanced tab so that the tunnel comes back by itself.',
  'fix.REKEY_FAILED.sonicwall':
    'SonicWall: compare the IKE and IPsec Life Time and the PFS DH group of the VPN policy > Proposals with the peer’s.',
  'fix.LIFETIME_MISMATCH.sonicwall':
    'SonicWall: VPN policy > Proposals > IKE (Phase 1) Life Time and IPsec (Phase 2) Life Time (seconds), as on the peer (CLI `proposal ike lifetime <s>`, `proposal ipsec lifetime <s>`).',
  'fix.WEAK_CRYPTO.sonicwall':
    'SonicWall: VPN policy > Proposals: Exchange IKEv2 Mode, DH Group 14 or 19/20, Encryption AES-256 (or AES-GCM), Authentication SHA-256 or stronger; no DES/3DES/MD5/SHA1 and no DH groups 1, 2, 5.',
  'fix.INCONCLUSIVE.sonicwall':
    'SonicWall: log more: Device > Log > Settings (SonicOS 6.5: Log > Categories): set VPN IKE and VPN IPsec to Debug / Inform, send the log to syslog (Device > Log > Syslog) or export it (Device > Log > Monitor > Export), reproduce the negotiation and analyse the export; Monitor > Packet Monitor shows the IKE packets.',
};
export default messages;
