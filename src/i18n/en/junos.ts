// en messages: junos (Juniper SRX kmd syslog, KMD_* tags, kmd trace lines).
// `explain.junos.<pattern id>`: placeholders are the pattern's named groups (and {tag}).
// `fix.<CODE>.junos`: the fix in Junos configuration statements (`set security ike ...`).
const messages: Record<string, string> = {
  'explain.junos.sa-established': 'An IPsec SA is up between {local} and {remote}: {dir} SPI 0x{spi} (selectors {lid} ↔ {rid}).',
  'explain.junos.sa-deleted': 'An IPsec SA between {local} and {remote} was deleted.',
  'explain.junos.vpn-up': 'VPN {vpn} to the peer {remote} is up.',
  'explain.junos.vpn-down': 'VPN {vpn} to the peer {remote} is down.{tail}',
  'explain.junos.negotiation': '{what} negotiation {ok}{err}.',
  'explain.junos.p1-policy-lookup': 'Phase 1 as {role}: no IKE gateway matches the local address {local} and the peer {remote}; the request is refused.',
  'explain.junos.p1-lookup-legacy': 'Phase 1 as {role}: no IKE policy/gateway matches the peer.',
  'explain.junos.p2-policy-lookup': 'Phase 2 as {role}: no IPsec VPN matches the proxy ids the peer {remote} proposed ({src} → {dst}).',
  'explain.junos.pv-phase1': 'Phase 1 failed: {err} (peer SPI {spi1}, {src} → {dst}).',
  'explain.junos.pv-phase2': 'Phase 2 failed: {err} (SPI {spi}, {src} → {dst}).',
  'explain.junos.phase2-text': 'Phase 2: {text}',
  'explain.junos.ts-mismatch': 'The traffic selectors the peer proposed do not match the configured ones:{text}',
  'explain.junos.dpd-down': 'Dead peer detection declared the peer down:{text}',
  'explain.junos.p1-done': 'Phase 1 is up as {role} between {local} and {remote}.',
  'explain.junos.p2-done': 'Phase 2 is up as {role}: the IPsec SA for the traffic selectors in this line is established.',
  'explain.junos.trace-sa-done': 'kmd trace: the IKEv{v} SA negotiation between {local} and {remote} ended.',
  'explain.junos.trace-nego-done': 'kmd trace: IKEv{v} negotiation between {local} and {remote} ended with status “{status}” (“Error ok” means success).',
  'explain.junos.config-download': 'kmd loaded the VPN configuration; nothing for the diagnosis.',

  'fix.ESTABLISHED.junos':
    'Junos: nothing to fix. If traffic does not pass, check the route to the remote network via st0.x, the security policies between the zones of st0.x and the LAN, and `show security ipsec security-associations detail`.',
  'fix.PEER_UNREACHABLE.junos':
    'Junos: check `set security ike gateway <gw> address {peer}` and `external-interface`; allow IKE on that interface: `set security zones security-zone untrust interfaces <if> host-inbound-traffic system-services ike`; `ping {peer} source <external IP>`; `monitor traffic interface <if> matching "udp port 500 or udp port 4500"`; every firewall on the path must pass UDP 500/4500 and ESP.',
  'fix.PEER_NOT_CONFIGURED.junos':
    'Junos: add or correct the gateway for {peer}: `set security ike gateway <gw> address {peer}`, `set security ike gateway <gw> external-interface <if>` (the interface the peer reaches), `set security ike gateway <gw> ike-policy <policy>`; a dynamic peer needs `dynamic hostname`/`dynamic inet` and matching identities.',
  'fix.IKE_VERSION_MISMATCH.junos': 'Junos: `set security ike gateway <gw> version v2-only` (or `v1-only`), as on the peer.',
  'fix.MODE_MISMATCH.junos':
    'Junos: IKEv1 exchange mode `set security ike policy <policy> mode main` (or `aggressive`), as on the peer; the IPsec proposal uses tunnel mode on SRX.',
  'fix.IKE_PROPOSAL_MISMATCH.junos':
    'Junos: make the IKE proposal match the peer: `set security ike proposal <p> encryption-algorithm aes-256-cbc`, `authentication-algorithm sha-256`, `dh-group group14`, `authentication-method pre-shared-keys`, and `set security ike policy <policy> proposals <p>`; {param} differs (this SRX {local}, the peer {remote}).',
  'fix.PSK_MISMATCH.junos':
    'Junos: enter the key again: `set security ike policy <policy> pre-shared-key ascii-text "<key>"` (the same on the peer); with IKEv2 a wrong key shows as "Authentication failed".',
  'fix.ID_MISMATCH.junos':
    'Junos: `set security ike gateway <gw> local-identity inet <ip>` (or `hostname <fqdn>`, `user-at-hostname`, `distinguished-name`) and `remote-identity ...` must be the peer’s remote/local identity.',
  'fix.CERT_INVALID.junos':
    'Junos: load the peer’s CA (`set security pki ca-profile <ca> ca-identity <ca>` and `request security pki ca-certificate load ca-profile <ca> filename <file>`), check `set security ike policy <policy> certificate local-certificate <cert>`, the validity dates and the clock (`show system uptime`), and the revocation check of the ca-profile.',
  'fix.AUTH_FAILED.junos':
    'Junos: compare `authentication-method` of the IKE proposal, the pre-shared key or certificates of the IKE policy, and `local-identity` / `remote-identity` of the gateway with the peer; `set security ike traceoptions flag all` shows the failing check.',
  'fix.TS_MISMATCH.junos':
    'Junos: route-based VPN: `set security ipsec vpn <vpn> ike proxy-identity local <local net> remote <remote net> service any` (or `traffic-selector <ts> local-ip ... remote-ip ...`) mirroring the peer (peer proposed local {local}, remote {remote}); policy-based VPN: the addresses of the tunnel security policy.',
  'fix.CHILD_PROPOSAL_MISMATCH.junos':
    'Junos: make the IPsec proposal match the peer: `set security ipsec proposal <p> protocol esp encryption-algorithm aes-256-cbc authentication-algorithm hmac-sha-256-128`, `set security ipsec policy <policy> proposals <p>`; {param} differs (this SRX {local}, the peer {remote}).',
  'fix.PFS_MISMATCH.junos':
    'Junos: `set security ipsec policy <policy> perfect-forward-secrecy keys group14` as the peer (this SRX {local}, the peer {remote}), or remove `perfect-forward-secrecy` on both ends.',
  'fix.DPD_PEER_DEAD.junos':
    'Junos: find why {peer} stopped answering (reachability, its state, UDP 500/4500 on the path); DPD is `set security ike gateway <gw> dead-peer-detection interval 10 threshold 5`; `set security ipsec vpn <vpn> establish-tunnels immediately` brings the tunnel back when the peer returns.',
  'fix.NAT_T_BLOCKED.junos':
    'Junos: NAT-T is on unless `no-nat-traversal` is set on the gateway; `set security ike gateway <gw> nat-keepalive 10` keeps the mapping; the path must pass UDP 4500 both ways.',
  'fix.SA_DELETED_BY_PEER.junos':
    'Junos: read the peer’s log for why it deleted the SA; `set security ipsec vpn <vpn> establish-tunnels immediately` brings the tunnel back up.',
  'fix.STALE_SA.junos':
    'Junos: clear the SAs of the peer: `clear security ike security-associations {peer}` and `clear security ipsec security-associations`; enable DPD and `set security ike respond-bad-spi 5`.',
  'fix.TUNNEL_DOWN.junos':
    'Junos: the Reason of KMD_VPN_DOWN_ALARM_USER and the lines before it give the cause; `show security ike security-associations`, `show security ipsec security-associations` and `show security ipsec inactive-tunnels` show the state.',
  'fix.REKEY_FAILED.junos':
    'Junos: compare `lifetime-seconds` of the IKE and IPsec proposals and the PFS group of the IPsec policy with the peer.',
  'fix.LIFETIME_MISMATCH.junos':
    'Junos: `set security ike proposal <p> lifetime-seconds <s>` and `set security ipsec proposal <p> lifetime-seconds <s>`, as on the peer.',
  'fix.WEAK_CRYPTO.junos':
    'Junos: IKEv2 (`version v2-only`) with `encryption-algorithm aes-256-gcm`, `dh-group group20` in the IKE proposal and `encryption-algorithm aes-256-gcm` in the IPsec proposal; drop des/3des/md5/sha1 and DH groups 1, 2, 5.',
  'fix.INCONCLUSIVE.junos':
    'Junos: log the negotiation: `set security ike traceoptions file kmd-trace size 10m`, `set security ike traceoptions flag all`, `commit`, bring the tunnel up and read `show log kmd-trace`; KMD_* messages reach syslog with `set system syslog file kmd-logs daemon info` and `match KMD`.',
};
export default messages;
