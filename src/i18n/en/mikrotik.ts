// en messages: mikrotik (RouterOS `ipsec` log topics). `explain.mikrotik.<pattern id>`: placeholders
// are the pattern's named groups and {topics}. `fix.<CODE>.mikrotik`: RouterOS commands
// (`/ip ipsec profile|proposal|peer|identity|policy`).
const messages: Record<string, string> = {
  'explain.mikrotik.ph1-timeout': 'Phase 1 with {remote} gave up: no answer in time ({local} ↔ {remote}, cookies {ic}:{rc}; a responder cookie of zeros means the peer never answered).',
  'explain.mikrotik.ph2-timeout': 'Phase 2 gave up: no answer in time.',
  'explain.mikrotik.ph1-start': 'Phase 1 ({mode}) starts: this router {dir}s, {local} ↔ {remote}.',
  'explain.mikrotik.ph2-start': 'Phase 2 (quick mode) starts: this router {dir}s, {local} ↔ {remote}.',
  'explain.mikrotik.isakmp-established': 'Phase 1 is up: ISAKMP SA {local} ↔ {remote}, cookies {ic}:{rc}.',
  'explain.mikrotik.isakmp-gone': 'The ISAKMP SA {local} ↔ {remote} is removed ({what}).',
  'explain.mikrotik.ipsec-established': 'An IPsec SA is up: {proto}/{encmode} {src} → {dst}, SPI 0x{spi}.',
  'explain.mikrotik.ipsec-expired': 'An IPsec SA ({proto}/{encmode}) reached the end of its lifetime.',
  'explain.mikrotik.no-suitable-proposal': 'None of the peer’s proposals matches this router’s profile/proposal (encryption, hash, DH group).',
  'explain.mikrotik.failed-valid-proposal': 'Phase 1 with {remote}: no valid proposal in the peer’s offer.',
  'explain.mikrotik.failed-preprocess': 'A phase {ph} packet from {remote} could not be processed (usually after a proposal or key failure).',
  'explain.mikrotik.phase1-failed': 'Phase 1 with {remote} failed.',
  'explain.mikrotik.wrong-password': 'A packet from {remote} could not be decrypted: the pre-shared keys most likely differ.',
  'explain.mikrotik.identity-not-found': 'No /ip ipsec identity matches the peer’s identity{tail}.',
  'explain.mikrotik.id-vs-cert': 'The identity the peer sent is not in its certificate.',
  'explain.mikrotik.ike2-new': 'An IKEv2 SA is started ({role}) {peer} {local} ↔ {remote}.',
  'explain.mikrotik.peer-authorized': 'IKEv2: the peer {remote} is authenticated; the IKE SA is up.',
  'explain.mikrotik.killing-ike2': 'The IKEv2 SA {local} ↔ {remote} is removed.',
  'explain.mikrotik.acquired': 'Mode config: address {ip} given to {remote}.',
  'explain.mikrotik.dpd-dead': 'Dead peer detection: the peer {remote}{spi} does not answer any more.',
  'explain.mikrotik.not-responding': 'The peer does not answer any more.',
  'explain.mikrotik.payload-missing': 'A received message lacks the {payload} payload.',
  'explain.mikrotik.notification': 'The peer {remote} sent the notify {name}.',
  'explain.mikrotik.received-notify': 'The peer sent the notify {name}.',
  'explain.mikrotik.fatal-notify': 'The peer sent the fatal notify {name}: phase 1 is deleted.',
  'explain.mikrotik.negotiation-failed': '{what} negotiation failed{tail}.',
  'explain.mikrotik.no-policy': 'No /ip ipsec policy matches the networks the peer proposed{tail}.',
  'explain.mikrotik.rejected-attr': 'The peer’s {attr} does not match: this router {db}, the peer {peerval}.',

  'fix.ESTABLISHED.mikrotik':
    'RouterOS: nothing to fix. If traffic does not pass, exclude it from NAT (`/ip firewall nat add chain=srcnat action=accept ipsec-policy=out,ipsec place-before=0`), check Fasttrack, and `/ip ipsec installed-sa print` counters.',
  'fix.PEER_UNREACHABLE.mikrotik':
    'RouterOS: check `/ip ipsec peer set [find name=<peer>] address={peer}/32 local-address=<wan ip>`; `/ping {peer} src-address=<wan ip>`; accept IKE: `/ip firewall filter add chain=input protocol=udp dst-port=500,4500 action=accept place-before=0` and `protocol=ipsec-esp`; a masquerade rule must not change the IKE source: `/ip firewall nat add chain=srcnat protocol=udp src-port=500,4500 action=accept place-before=0`; `/tool sniffer quick port=500,4500` shows where packets stop.',
  'fix.PEER_NOT_CONFIGURED.mikrotik':
    'RouterOS: add the peer: `/ip ipsec peer add name=<peer> address={peer}/32 exchange-mode=ike2 profile=<profile>` and its `/ip ipsec identity add peer=<peer> auth-method=pre-shared-key secret=...`; for IKEv1 `exchange-mode=main`.',
  'fix.IKE_VERSION_MISMATCH.mikrotik': 'RouterOS: `/ip ipsec peer set [find name=<peer>] exchange-mode=ike2` (or `main` for IKEv1), as on the peer.',
  'fix.MODE_MISMATCH.mikrotik':
    'RouterOS: `/ip ipsec peer set [find name=<peer>] exchange-mode=main` (or `aggressive`), and `/ip ipsec policy set [find peer=<peer>] tunnel=yes` (tunnel vs transport), as on the peer.',
  'fix.IKE_PROPOSAL_MISMATCH.mikrotik':
    'RouterOS: phase 1 is the profile: `/ip ipsec profile set [find name=<profile>] enc-algorithm=aes-256 hash-algorithm=sha256 dh-group=modp2048` to the peer’s values; {param} differs (this router {local}, the peer {remote}); `proposal-check=obey` accepts the peer’s lifetime.',
  'fix.PSK_MISMATCH.mikrotik':
    'RouterOS: `/ip ipsec identity set [find peer=<peer>] secret="<key>"` with exactly the peer’s key (watch for trailing spaces).',
  'fix.ID_MISMATCH.mikrotik':
    'RouterOS: `/ip ipsec identity set [find peer=<peer>] my-id=address:<our ip> remote-id=address:<peer ip>` (or `fqdn:`, `user-fqdn:`), or `remote-id=ignore` with `match-by=remote-id`; they must be the peer’s remote/local identity.',
  'fix.CERT_INVALID.mikrotik':
    'RouterOS: import the CA (`/certificate import file-name=ca.crt`), `/ip ipsec identity set [find peer=<peer>] auth-method=digital-signature certificate=<ours> remote-certificate=<theirs or none>`; check the dates, the clock (`/system clock print`) and the subjectAltName against the ID.',
  'fix.AUTH_FAILED.mikrotik':
    'RouterOS: compare `auth-method`, the secret or certificates and `my-id` / `remote-id` of `/ip ipsec identity` with the peer; `/system logging add topics=ipsec,!packet` shows the failing step.',
  'fix.TS_MISMATCH.mikrotik':
    'RouterOS: `/ip ipsec policy set [find peer=<peer>] src-address=<local net> dst-address=<remote net> tunnel=yes` mirroring the peer (peer proposed local {local}, remote {remote}); with `generate-policy` check the policy template group.',
  'fix.CHILD_PROPOSAL_MISMATCH.mikrotik':
    'RouterOS: phase 2 is the proposal: `/ip ipsec proposal set [find name=<proposal>] auth-algorithms=sha256 enc-algorithms=aes-256-cbc` to the peer’s values; {param} differs (this router {local}, the peer {remote}).',
  'fix.PFS_MISMATCH.mikrotik':
    'RouterOS: `/ip ipsec proposal set [find name=<proposal>] pfs-group=modp2048` as the peer (this router {local}, the peer {remote}), or `pfs-group=none` on both ends.',
  'fix.DPD_PEER_DEAD.mikrotik':
    'RouterOS: find why {peer} stopped answering (reachability, its state, UDP 500/4500 on the path); DPD is `/ip ipsec profile set [find name=<profile>] dpd-interval=2m dpd-maximum-failures=5`.',
  'fix.NAT_T_BLOCKED.mikrotik':
    'RouterOS: `/ip ipsec profile set [find name=<profile>] nat-traversal=yes`; accept UDP 4500 in `/ip firewall filter` (chain=input) and on every device on the path.',
  'fix.SA_DELETED_BY_PEER.mikrotik':
    'RouterOS: read the peer’s log for why it deleted the SA; the policy level `level=unique` or `require` and traffic (or `/ip ipsec active-peers kill-connections`) bring it back.',
  'fix.STALE_SA.mikrotik':
    'RouterOS: `/ip ipsec installed-sa flush` and `/ip ipsec active-peers kill-connections`, then let the traffic bring the tunnel up again; keep DPD enabled in the profile.',
  'fix.TUNNEL_DOWN.mikrotik':
    'RouterOS: the lines before give the cause; `/ip ipsec active-peers print` and `/ip ipsec installed-sa print` show the state.',
  'fix.REKEY_FAILED.mikrotik':
    'RouterOS: compare `lifetime` of the profile and of the proposal and the proposal’s `pfs-group` with the peer.',
  'fix.LIFETIME_MISMATCH.mikrotik':
    'RouterOS: `/ip ipsec profile set [find name=<profile>] lifetime=<t>` and `/ip ipsec proposal set [find name=<proposal>] lifetime=<t>`, as on the peer (`proposal-check=obey` accepts the peer’s).',
  'fix.WEAK_CRYPTO.mikrotik':
    'RouterOS: `/ip ipsec peer set ... exchange-mode=ike2`, profile `enc-algorithm=aes-256 hash-algorithm=sha256 dh-group=ecp384`, proposal `enc-algorithms=aes-256-gcm pfs-group=ecp384`; drop des/3des/md5/sha1 and modp768/modp1024/modp1536.',
  'fix.INCONCLUSIVE.mikrotik':
    'RouterOS: log the negotiation: `/system logging add topics=ipsec,!packet action=memory` (or a remote action), bring the tunnel up, then `/log print where topics~"ipsec"`.',
};
export default messages;
