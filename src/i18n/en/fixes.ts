// en messages: fix steps per code and vendor family (`fix.<CODE>.<family>`); `.peer` is what to
// check on the other end, `.generic` is used when no vendor-specific text exists.
const messages: Record<string, string> = {
  'fix.ESTABLISHED.generic': 'Nothing to fix. If traffic still does not pass, check routing, firewall rules and the selectors.',

  'fix.PEER_UNREACHABLE.generic':
    'Check that {peer} is the right address and reachable (ping, traceroute), and that UDP 500 and 4500 (and ESP, protocol 50) are allowed by every firewall on the path.',
  'fix.PEER_UNREACHABLE.strongswan':
    'strongSwan: check `remote_addrs` in swanctl.conf (`right=` in ipsec.conf); `swanctl --list-sas` on the peer; `tcpdump -ni any udp port 500 or udp port 4500` on both ends shows where packets stop.',
  'fix.PEER_UNREACHABLE.libreswan':
    'Libreswan: check `right=` in the conn of ipsec.conf; `ipsec status` on the peer; `tcpdump -ni any udp port 500 or udp port 4500` on both ends.',
  'fix.PEER_UNREACHABLE.qno': 'Router: check the remote gateway address of the tunnel and that the peer’s WAN accepts UDP 500/4500.',
  'fix.PEER_UNREACHABLE.cisco-asa':
    'ASA: check `crypto map <map> <seq> set peer` / tunnel-group name, `ping outside {peer}`, and that the path allows UDP 500/4500; `show crypto isakmp sa` on both ends.',
  'fix.PEER_UNREACHABLE.cisco-ios':
    'IOS: check `set peer` in the crypto map / `crypto ikev2 profile` match, `ping {peer} source <wan-if>`, and ACLs for UDP 500/4500.',
  'fix.PEER_UNREACHABLE.peer':
    'On the peer: is the IKE daemon running and listening on UDP 500, and is our address configured as its peer?',

  'fix.PEER_NOT_CONFIGURED.generic':
    'On the responder, add or correct the connection for {peer}: peer address (or identity) must match what the initiator uses.',
  'fix.PEER_NOT_CONFIGURED.strongswan':
    'strongSwan: a connection whose `remote_addrs` (ipsec.conf `right=`) and IKE version/proposals match {peer}; check `swanctl --list-conns` and that it is loaded (`swanctl --load-all`).',
  'fix.PEER_NOT_CONFIGURED.libreswan':
    'Libreswan: a conn with `right={peer}` (or `right=%any` for road warriors) and the same `authby=` (secret/rsasig) and `ikev2=` setting as the initiator; then `ipsec auto --add <conn>`.',
  'fix.PEER_NOT_CONFIGURED.qno': 'Router: add a tunnel whose remote gateway is {peer} with the pre-shared key and mode the peer uses.',
  'fix.PEER_NOT_CONFIGURED.cisco-asa': 'ASA: add `tunnel-group {peer} type ipsec-l2l` with its ipsec-attributes and a crypto map entry `set peer {peer}`.',
  'fix.PEER_NOT_CONFIGURED.cisco-ios': 'IOS: add a keyring/`crypto isakmp key ... address {peer}` or an IKEv2 profile `match identity remote address {peer}`.',
  'fix.PEER_NOT_CONFIGURED.peer': 'On the initiator: check that it connects to the right gateway address and presents the identity the responder expects.',

  'fix.IKE_VERSION_MISMATCH.generic': 'Set both ends to the same IKE version (IKEv2 where both support it).',
  'fix.IKE_VERSION_MISMATCH.strongswan': 'strongSwan: `version = 2` (or 1) in the connection of swanctl.conf; ipsec.conf: `keyexchange=ikev2`.',
  'fix.IKE_VERSION_MISMATCH.libreswan': 'Libreswan: `ikev2=yes` (4.x) or `keyexchange=ikev2` (5.x) in the conn; IKEv1 needs `ikev1-policy=accept`.',
  'fix.IKE_VERSION_MISMATCH.peer': 'On the peer: the same IKE version.',

  'fix.MODE_MISMATCH.generic': 'Use the same mode on both ends: main (or aggressive) mode for IKEv1, and tunnel (or transport) mode for the child SA.',
  'fix.MODE_MISMATCH.strongswan':
    'strongSwan: `aggressive = yes|no` in the connection (ipsec.conf `aggressive=`), `mode = tunnel|transport` in the child; aggressive mode with PSK as responder needs `charon.i_dont_care_about_security_and_use_aggressive_mode_psk`.',
  'fix.MODE_MISMATCH.libreswan': 'Libreswan: `aggressive=yes|no` and `type=tunnel|transport` in the conn.',
  'fix.MODE_MISMATCH.peer': 'On the peer: the same exchange mode and encapsulation mode.',

  // Filled into fixes when the log does not show which parameter differs.
  'fix.var.param': 'proposal',
  'fix.var.local': 'one of this side’s',
  'fix.var.remote': 'see its configuration',
  'fix.IKE_PROPOSAL_MISMATCH.generic':
    'Make the IKE (phase 1) proposals of both ends share at least one combination; {param} differs: this side {local}, the peer {remote}.',
  'fix.IKE_PROPOSAL_MISMATCH.strongswan':
    'strongSwan: edit `proposals = ` of the connection in swanctl.conf (ipsec.conf `ike=`), e.g. add the peer’s {param} ({remote}): `proposals = aes256-sha256-modp2048,...`; then `swanctl --load-conns`.',
  'fix.IKE_PROPOSAL_MISMATCH.libreswan':
    'Libreswan: edit `ike=` of the conn (e.g. `ike=aes256-sha2_256;modp2048`) to include the peer’s {param} ({remote}); then `ipsec auto --replace <conn>`.',
  'fix.IKE_PROPOSAL_MISMATCH.qno': 'Router: set the phase 1 encryption, authentication (hash) and DH group of the tunnel to the peer’s values.',
  'fix.IKE_PROPOSAL_MISMATCH.cisco-asa': 'ASA: add a matching `crypto ikev1 policy` / `crypto ikev2 policy` (encryption, integrity/hash, group, prf) with the peer’s {param} ({remote}).',
  'fix.IKE_PROPOSAL_MISMATCH.cisco-ios': 'IOS: add a matching `crypto isakmp policy` or `crypto ikev2 proposal` with the peer’s {param} ({remote}) and reference it from the IKEv2 policy.',
  'fix.IKE_PROPOSAL_MISMATCH.peer': 'Or change the peer so that its {param} is {local}.',

  'fix.PSK_MISMATCH.generic': 'Set the same pre-shared key on both ends (re-type it on both; watch for trailing spaces and quoting).',
  'fix.PSK_MISMATCH.strongswan':
    'strongSwan: the `secret` in the `secrets { ike-... { id = ...; secret = ... } }` section of swanctl.conf (ipsec.secrets: `<ids> : PSK "..."`), matching the identities in use; then `swanctl --load-creds`.',
  'fix.PSK_MISMATCH.libreswan': 'Libreswan: the PSK line in /etc/ipsec.secrets (or ipsec.d/*.secrets) for the identities in use; then `ipsec auto --rereadsecrets`.',
  'fix.PSK_MISMATCH.qno': 'Router: re-enter the pre-shared key of the tunnel on both ends.',
  'fix.PSK_MISMATCH.cisco-asa': 'ASA: `tunnel-group {peer} ipsec-attributes` → `ikev1 pre-shared-key` / `ikev2 remote-authentication pre-shared-key` and `ikev2 local-authentication pre-shared-key`.',
  'fix.PSK_MISMATCH.cisco-ios': 'IOS: `crypto isakmp key <key> address {peer}` or the `pre-shared-key` in the `crypto ikev2 keyring`.',
  'fix.PSK_MISMATCH.peer': 'On the peer: the same key, bound to the identity this side presents.',

  'fix.ID_MISMATCH.generic': 'Make the identity each end sends match what the other expects (IP address, FQDN, user FQDN or DN).',
  'fix.ID_MISMATCH.strongswan': 'strongSwan: `local { id = ... }` and `remote { id = ... }` in swanctl.conf (ipsec.conf `leftid=` / `rightid=`).',
  'fix.ID_MISMATCH.libreswan': 'Libreswan: `leftid=` / `rightid=` in the conn (e.g. `@fqdn`, an address, or a certificate DN).',
  'fix.ID_MISMATCH.peer': 'On the peer: its local identity must be what this side expects as the remote identity.',

  'fix.CERT_INVALID.generic': 'Check the certificate chain (trusted CA on the verifying end), validity dates and clock, revocation, and that the identity is in the subject or subjectAltName.',
  'fix.CERT_INVALID.strongswan':
    'strongSwan: put the CA certificate in /etc/swanctl/x509ca and `swanctl --load-creds`; `pki --print --in <cert>` shows dates and subjectAltNames; `remote { id = }` must be in the certificate.',
  'fix.CERT_INVALID.libreswan': 'Libreswan: import the CA into the NSS database (`certutil -A -d sql:/var/lib/ipsec/nss -t CT,, ...`) and check `leftcert=` / `rightid=`.',
  'fix.CERT_INVALID.peer': 'On the peer: a valid certificate whose identity matches what it sends.',

  'fix.EAP_AUTH_FAILED.generic': 'Check the user’s credentials and the authentication server (RADIUS) log for this user.',
  'fix.EAP_AUTH_FAILED.strongswan': 'strongSwan: the `eap` secrets in swanctl.conf or the eap-radius plugin settings; `remote { auth = eap-... }` must match the client’s method.',
  'fix.EAP_AUTH_FAILED.cisco-asa': 'ASA: `tunnel-group <name> general-attributes` authentication-server-group, and the AAA server’s log for the user.',
  'fix.EAP_AUTH_FAILED.peer': 'On the client: user name, password and EAP method.',

  'fix.AUTH_FAILED.generic': 'Compare the authentication method, the pre-shared key or certificates, and the identities of both ends; the peer’s log names the exact reason.',
  'fix.AUTH_FAILED.strongswan': 'strongSwan: `local`/`remote` sections (auth, id, certs) and the secrets in swanctl.conf.',
  'fix.AUTH_FAILED.libreswan': 'Libreswan: `authby=`, `leftid=`/`rightid=` and the secrets or certificates.',
  'fix.AUTH_FAILED.peer': 'On the peer: read its log for the same moment; it says whether the key, the identity or the certificate failed.',

  'fix.TS_MISMATCH.generic': 'Make the protected networks mirror images: this side’s local network is the peer’s remote network and the reverse.',
  'fix.TS_MISMATCH.strongswan': 'strongSwan: `local_ts` / `remote_ts` of the child in swanctl.conf (ipsec.conf `leftsubnet=` / `rightsubnet=`).',
  'fix.TS_MISMATCH.libreswan': 'Libreswan: `leftsubnet=` / `rightsubnet=` (or `leftsubnets=`) in the conn.',
  'fix.TS_MISMATCH.qno': 'Router: the local and remote subnets of the tunnel must mirror the peer’s.',
  'fix.TS_MISMATCH.cisco-asa': 'ASA: the crypto ACL of the crypto map entry (`access-list <acl> extended permit ip <local> <remote>`) must mirror the peer’s.',
  'fix.TS_MISMATCH.cisco-ios': 'IOS: the crypto ACL (`match address`) or, for VTI, `ip any any` selectors on both ends.',
  'fix.TS_MISMATCH.peer': 'On the peer: its local/remote networks must be this side’s remote/local networks.',

  'fix.CHILD_PROPOSAL_MISMATCH.generic': 'Make the child SA (phase 2, ESP) proposals share at least one combination of encryption and integrity.',
  'fix.CHILD_PROPOSAL_MISMATCH.strongswan': 'strongSwan: `esp_proposals = ` of the child in swanctl.conf (ipsec.conf `esp=`), e.g. `esp_proposals = aes256-sha256`; extended sequence numbers are the `esn` / `noesn` keyword in the proposal (none = no ESN).',
  'fix.CHILD_PROPOSAL_MISMATCH.libreswan': 'Libreswan: `esp=` (5.x: `child-proposals=`) of the conn, e.g. `esp=aes256-sha2_256`; extended sequence numbers are a key of their own: `esn=yes|no|either`.',
  'fix.CHILD_PROPOSAL_MISMATCH.qno': 'Router: set the phase 2 encryption and authentication of the tunnel to the peer’s values.',
  'fix.CHILD_PROPOSAL_MISMATCH.cisco-asa': 'ASA: `crypto ipsec ikev1 transform-set` / `crypto ipsec ikev2 ipsec-proposal` used by the crypto map entry.',
  'fix.CHILD_PROPOSAL_MISMATCH.cisco-ios': 'IOS: `crypto ipsec transform-set` referenced by the crypto map or `crypto ipsec profile`.',
  'fix.CHILD_PROPOSAL_MISMATCH.peer': 'Or change the peer’s phase 2 proposal to one this side accepts.',

  'fix.PFS_MISMATCH.generic': 'Use the same PFS setting on both ends: the same DH group for the child SA, or none on both.',
  'fix.PFS_MISMATCH.strongswan': 'strongSwan: add or remove the DH group in `esp_proposals` (e.g. `aes256-sha256-modp2048` for PFS, `aes256-sha256` without).',
  'fix.PFS_MISMATCH.libreswan': 'Libreswan: `pfs=yes|no` and the group in `esp=` (e.g. `esp=aes256-sha2_256;modp2048`).',
  'fix.PFS_MISMATCH.cisco-asa': 'ASA: `crypto map <map> <seq> set pfs group<N>` (or remove it) to match the peer.',
  'fix.PFS_MISMATCH.cisco-ios': 'IOS: `set pfs group<N>` in the crypto map or IPsec profile (or remove it).',
  'fix.PFS_MISMATCH.peer': 'On the peer: the same PFS group, or PFS off on both.',

  'fix.LOCAL_SA_INSTALL_FAILED.generic': 'Check the kernel’s IPsec support (ESP/XFRM modules), conflicting SAs or policies (`ip xfrm state`, `ip xfrm policy`), and the host’s permissions.',
  'fix.LOCAL_SA_INSTALL_FAILED.libreswan': 'Libreswan: load the kernel modules (`modprobe esp4 xfrm_user`), or on a container/VPS kernel without ESP use a host that has it; `ipsec verify` checks the kernel.',
  'fix.LOCAL_SA_INSTALL_FAILED.strongswan': 'strongSwan: check the kernel-netlink plugin and modules, or use the user-space data path (`kernel-libipsec` plugin) where the kernel has no ESP.',
  'fix.LOCAL_SA_INSTALL_FAILED.peer': 'Nothing to change on the peer: the failure is local to this host.',

  'fix.DPD_PEER_DEAD.generic': 'Find out why the peer stopped answering (reboot, link loss, NAT timeout). If the path is lossy, raise the DPD delay/timeout.',
  'fix.DPD_PEER_DEAD.strongswan': 'strongSwan: `dpd_delay` and `dpd_timeout` (IKEv1) in the connection, `dpd_action` of the child (`restart` to bring it back up).',
  'fix.DPD_PEER_DEAD.libreswan': 'Libreswan: `dpddelay=`, `dpdtimeout=` and `dpdaction=restart` in the conn.',
  'fix.DPD_PEER_DEAD.qno': 'Router: check the peer’s WAN link; keep DPD enabled so the tunnel is rebuilt when the peer returns.',
  'fix.DPD_PEER_DEAD.cisco-asa': 'ASA: `tunnel-group {peer} ipsec-attributes` → `isakmp keepalive threshold <s> retry <s>`.',
  'fix.DPD_PEER_DEAD.cisco-ios': 'IOS: `crypto isakmp keepalive <s> <retry> periodic` or `dpd` in the IKEv2 profile.',
  'fix.DPD_PEER_DEAD.peer': 'On the peer: check that it is up, its WAN link, and that it answers DPD (R-U-THERE / empty INFORMATIONAL).',

  'fix.NAT_T_BLOCKED.generic': 'Allow UDP 4500 both ways on every firewall/NAT on the path (and keep NAT mappings alive: keepalives).',
  'fix.NAT_T_BLOCKED.strongswan': 'strongSwan: `encap = yes` forces UDP encapsulation; `keep_alive` in strongswan.conf keeps NAT mappings; the path must pass UDP 4500.',
  'fix.NAT_T_BLOCKED.libreswan': 'Libreswan: `encapsulation=yes` and `nat-keepalive=yes`; the path must pass UDP 4500.',
  'fix.NAT_T_BLOCKED.peer': 'On the peer and its firewall: accept UDP 4500 from this side.',

  'fix.FRAGMENTATION_DROPPED.generic': 'Enable IKE fragmentation on both ends (RFC 7383), or fix the path MTU / let IP fragments through.',
  'fix.FRAGMENTATION_DROPPED.strongswan': 'strongSwan: `fragmentation = yes` (or `force`) in the connection; `charon.fragment_size` in strongswan.conf.',
  'fix.FRAGMENTATION_DROPPED.libreswan': 'Libreswan: `fragmentation=yes` (or `force`) in the conn.',
  'fix.FRAGMENTATION_DROPPED.cisco-asa': 'ASA: `crypto ikev2 fragmentation mtu <n>`; IKEv1: `crypto isakmp fragmentation`.',
  'fix.FRAGMENTATION_DROPPED.peer': 'On the peer: enable IKE fragmentation as well.',

  'fix.REKEY_FAILED.generic': 'Compare the rekey proposals (PFS group included) and lifetimes of both ends; a rekey uses the child proposals with PFS.',
  'fix.REKEY_FAILED.strongswan': 'strongSwan: `rekey_time`, `esp_proposals` (with the DH group used for rekeying) of the child.',
  'fix.REKEY_FAILED.libreswan': 'Libreswan: `salifetime=`, `ikelifetime=`, `rekey=` and `pfs=` of the conn.',
  'fix.REKEY_FAILED.peer': 'On the peer: the same rekey proposals and PFS group.',

  'fix.SA_DELETED_BY_PEER.generic': 'Read the peer’s log for why it deleted the SA (administrator, lifetime without rekey, its own DPD, policy change).',
  'fix.SA_DELETED_BY_PEER.strongswan': 'strongSwan: `close_action = restart` (swanctl child) brings the tunnel back after a peer delete; `start_action = start` keeps it up.',
  'fix.SA_DELETED_BY_PEER.libreswan': 'Libreswan: `auto=start` and `keyingtries=%forever` keep the tunnel up after a peer delete.',
  'fix.SA_DELETED_BY_PEER.peer': 'On the peer: why did it delete the SA?',

  'fix.STALE_SA.generic': 'Usually transient after one end restarted. If it persists, enable DPD and INITIAL_CONTACT, or clear the SAs on both ends.',
  'fix.STALE_SA.strongswan': 'strongSwan: `swanctl --terminate --ike <name>` then `swanctl --initiate --child <child>`; enable `dpd_delay`.',
  'fix.STALE_SA.libreswan': 'Libreswan: `ipsec auto --down <conn>` and `ipsec auto --up <conn>`; set `dpddelay=`/`dpdaction=`.',
  'fix.STALE_SA.qno': 'Router: disconnect and reconnect the tunnel; keep DPD enabled.',
  'fix.STALE_SA.cisco-ios': 'IOS: `clear crypto session remote {peer}`; enable `crypto isakmp invalid-spi-recovery` and keepalives.',
  'fix.STALE_SA.peer': 'On the peer: clear its SAs for this side, or enable DPD so it notices the restart.',

  'fix.TUNNEL_DOWN.generic': 'Look at the lines before the disconnect and at the peer’s log for the cause.',
  'fix.TUNNEL_DOWN.peer': 'On the peer: its log at the same moment.',

  'fix.CLOSED.generic': 'Nothing is wrong if the close was intended; to keep the tunnel up, start it automatically.',
  'fix.CLOSED.strongswan': 'strongSwan: `start_action = start` (or `trap`) in the child keeps it up.',
  'fix.CLOSED.libreswan': 'Libreswan: `auto=start` (or `auto=route`) in the conn.',

  'fix.INCONCLUSIVE.generic': 'Collect the other end’s log of the same moment, or raise the log level, and analyse both logs together.',
  'fix.INCONCLUSIVE.strongswan': 'strongSwan: raise the levels in strongswan.conf (`filelog { ... { ike = 2 cfg = 2 } }`) and retry.',
  'fix.INCONCLUSIVE.libreswan': 'Libreswan: `plutodebug=all` in config setup (temporarily) and retry.',
  'fix.INCONCLUSIVE.cisco-asa': 'ASA: `debug crypto ikev2 protocol 127` / `debug crypto ikev1 127` while the tunnel is initiated.',
  'fix.INCONCLUSIVE.cisco-ios': 'IOS: `debug crypto isakmp`, `debug crypto ipsec` (`debug crypto ikev2`) while the tunnel is initiated.',

  'fix.WEAK_CRYPTO.generic': 'Move both ends to IKEv2 with AES-GCM or AES-CBC + SHA-256 or better and DH group 14, 19, 20 or 31.',
  'fix.WEAK_CRYPTO.strongswan': 'strongSwan: e.g. `proposals = aes256gcm16-prfsha384-ecp384` and `esp_proposals = aes256gcm16-ecp384`, `version = 2`.',
  'fix.WEAK_CRYPTO.libreswan': 'Libreswan: e.g. `ike=aes_gcm256-sha2_384;dh20`, `esp=aes_gcm256`, IKEv2.',
  'fix.WEAK_CRYPTO.qno': 'Router: choose AES and SHA-256 or better, DH group 14 or higher, and main mode.',
  'fix.WEAK_CRYPTO.cisco-asa': 'ASA: `crypto ikev2 policy` with `encryption aes-gcm-256`, `prf sha384`, `group 20`; drop DES/3DES/MD5 transform sets.',
  'fix.WEAK_CRYPTO.cisco-ios': 'IOS: `crypto ikev2 proposal` with `encryption aes-gcm-256`, `prf sha384`, `group 20`.',
  'fix.WEAK_CRYPTO.peer': 'On the peer: the same strong proposals (both ends must change together).',

  'fix.LIFETIME_MISMATCH.generic': 'Use the same lifetimes on both ends (e.g. 8 h / 28800 s for IKE, 1 h / 3600 s for the child SA).',
  'fix.LIFETIME_MISMATCH.peer': 'On the peer: the same lifetimes.',
};
export default messages;
