// en messages: panos (PAN-OS system log, dialect `panos`) and panos-ikemgr (ikemgr.log).
// `explain.<dialect>.<pattern id>`: one line per pattern, placeholders are the pattern's named
// groups (and {eventid} / {object} / {severity} of a system-log row, {ctx} of an ikemgr line).
// `fix.<CODE>.panos`: the fix steps on a Palo Alto Networks firewall, as seed 002 recommends them.
const messages: Record<string, string> = {
  // ---- system log (Monitor > Logs > System, subtype vpn) ----
  'explain.panos.csv-header':
    'Header row of a system log exported to CSV from the web interface; it names the columns of the rows below.',
  'explain.panos.event-id': 'Event id {eventid} of the system log entry whose description follows.',
  'explain.panos.p1-no-config':
    'A peer at {remote} (port {rport}) started IKE phase 1, but no IKE gateway on this firewall has that peer address: the request is refused.',
  'explain.panos.p1-fail':
    'Phase 1 ({mode} mode) failed with this firewall as {role}, between {local} and {remote}, cookies {icookie}:{rcookie}; reason: {reason}. A responder cookie of zeros means the peer never answered.',
  'explain.panos.no-proposal':
    'Phase {ph} failed: none of the peer’s proposals matches the crypto profile of this firewall (encryption, authentication/hash, DH group or lifetime differ).',
  'explain.panos.psk-mismatch':
    'Phase 1 failed because the pre-shared keys of the two ends most likely differ (the peer’s encrypted message could not be verified).',
  'explain.panos.p1-start':
    'Phase 1 ({mode} mode) starts with this firewall as {role}: {local} ↔ {remote}, initiator cookie {icookie}.',
  'explain.panos.p1-succ':
    'Phase 1 ({mode} mode) is established as {role} between {local} and {remote}; the IKE SA lives {lifetime} seconds.',
  'explain.panos.dpd': 'Dead peer detection gave up on the peer: the SA is torn down. ({text})',
  'explain.panos.sa-deleted': 'The {what} SA between {local} and {remote} was deleted.',
  'explain.panos.p2-start':
    'Phase 2 (quick mode) starts as {role} between {local} and {remote}, message id 0x{msgid}.',
  'explain.panos.p2-succ':
    'Phase 2 (quick mode) succeeded as {role}: the IPsec SAs are up (SPIs 0x{spi1}/0x{spi2}).',
  'explain.panos.p2-fail':
    'Phase 2 (quick mode) failed as {role} between {local} and {remote} (message id 0x{msgid}).{tail}',
  'explain.panos.proxy-id':
    'Phase 2 failed on the {what}: the networks the peer proposed match no proxy ID configured for the tunnel.{tail}',
  'explain.panos.v2-ike-start':
    'IKEv2: the IKE SA negotiation ({rekey}) starts as {role}, {local} ↔ {remote}, SPI {spiI}.',
  'explain.panos.v2-ike-succ':
    'IKEv2: the IKE SA ({rekey}) is established as {role} between {local} and {remote}.',
  'explain.panos.v2-ike-fail':
    'IKEv2: the IKE SA negotiation ({rekey}) failed as {role} between {local} and {remote}.{tail}',
  'explain.panos.v2-child-start':
    'IKEv2: a child SA negotiation ({rekey}) starts as {role}, message id 0x{msgid}.',
  'explain.panos.v2-child-succ':
    'IKEv2: the child SA ({rekey}) is established as {role} (SPIs 0x{spi1}/0x{spi2}).',
  'explain.panos.v2-child-fail': 'IKEv2: the child SA negotiation ({rekey}) failed as {role}.{tail}',
  'explain.panos.key-installed':
    'The IPsec SAs (SPIs 0x{spi1}/0x{spi2}) were installed in the data plane: the tunnel carries traffic.',
  'explain.panos.key-deleted': 'The IPsec SAs (SPIs 0x{spi1}/0x{spi2}) were removed from the data plane.',
  'explain.panos.notify': 'IKE notify {name} was {dir}.',
  'explain.panos.delete-msg': 'A delete message for the {what} was {dir} peer.',
  'explain.panos.alg-not-presented':
    'Gateway {gw}: the configured {what} {alg} is not among the algorithms the peer proposed ({where} proposal): no common proposal.',
  'explain.panos.v2-proposal-mismatch':
    'IKEv2: the peer’s proposal matches none of this firewall’s crypto profile.',
  'explain.panos.generic-no-proposal':
    'The negotiation ended with NO_PROPOSAL_CHOSEN: the two ends have no proposal in common.',
  'explain.panos.peer-id-mismatch':
    'The peer identified itself as {idtype} {id}, which is not the peer identification configured on the IKE gateway.',

  // ---- ikemgr.log (less mp-log ikemgr.log) ----
  'explain.panos-ikemgr.nego-banner': 'ikemgr: {what} negotiation {result}{tail}.',
  'explain.panos-ikemgr.key-banner': 'ikemgr: IPsec key {what} {result}.',
  'explain.panos-ikemgr.sa-banner': 'ikemgr: {which} SA {local} ↔ {remote}{tail}.',
  'explain.panos-ikemgr.due-banner': 'ikemgr: the negotiation failed due to {reason}.',
  'explain.panos-ikemgr.other-banner': 'ikemgr: {text}.',
  'explain.panos-ikemgr.compared-start':
    'Start of the phase-1 proposal comparison: each following line is `parameter = this firewall:peer`.',
  'explain.panos-ikemgr.compared-attr': 'Compared {attr}: this firewall {db}, the peer {peer}.',
  'explain.panos-ikemgr.rejected':
    'The peer’s proposal was rejected on {attr}: this firewall has {db}, the peer offers {peer} (our prop#{dbp}/trns#{dbt} vs peer prop#{pp}/trns#{pt}).',
  'explain.panos-ikemgr.p2-mismatch':
    'Phase 2 comparison: {attr} differs, this firewall {db}, the peer {peer}.',
  'explain.panos-ikemgr.p2-long': 'Phase 2 comparison: {what} proposed, this firewall {db}, the peer {peer}.',
  'explain.panos-ikemgr.no-suitable': 'No proposal of the peer matches this firewall’s crypto profile.',
  'explain.panos-ikemgr.no-valid-proposal': 'The phase-1 negotiation with the peer stops: no valid proposal.',
  'explain.panos-ikemgr.no-responder-proposal':
    'As responder of quick mode, no phase-2 proposal (IPSec crypto profile, PFS) could be agreed.',
  'explain.panos-ikemgr.no-sainfo':
    'The networks the peer proposed in quick mode match no proxy ID of this firewall.',
  'explain.panos-ikemgr.p1-timeup':
    'Phase 1 gave up: the peer did not answer in time (cookies {icookie}:{rcookie}).',
  'explain.panos-ikemgr.p2-timeup': 'Phase 2 gave up waiting{tail}.',
  'explain.panos-ikemgr.giveup-ipsec': 'No IPsec SA was obtained in time: phase 2 did not complete.',
  'explain.panos-ikemgr.hash-decrypt':
    'The peer’s encrypted main-mode message did not decrypt to a valid HASH: the two ends derived different keys, almost always a pre-shared key mismatch.',
  'explain.panos-ikemgr.vendor-id': 'The peer announced vendor ID {vid}.',
  'explain.panos-ikemgr.dpd-dead':
    'Dead peer detection: the peer of ISAKMP SA {spi} stopped answering and is considered dead.',
  'explain.panos-ikemgr.isakmp-established': 'ISAKMP SA (phase 1) established between {local} and {remote}.',
  'explain.panos-ikemgr.isakmp-deleted': 'ISAKMP SA (phase 1) between {local} and {remote} deleted.',
  'explain.panos-ikemgr.ipsec-established':
    'IPsec SA established: {proto}/{encmode} {src} → {dst}, SPI 0x{spihex}.',
  'explain.panos-ikemgr.notification': 'The peer sent notify {name} ({num}).',
  'explain.panos-ikemgr.auth-failed': 'Authentication of the peer failed.',
  'explain.panos-ikemgr.aborting': 'The IKEv2 SA is aborted ({what}).',

  // ---- fix steps on PAN-OS ----
  'fix.PEER_NOT_CONFIGURED.panos':
    'PAN-OS: open Network > Network Profiles > IKE Gateways and check that the gateway’s Peer Address is {peer} (and the local interface/address the peer connects to). Nothing needs changing on the peer for this message.',
  'fix.PEER_UNREACHABLE.panos':
    'PAN-OS: 1) test reachability from the firewall’s external interface: `ping source <external IP of this firewall> host {peer}`. 2) Policies > Security: if a rule denies untrust→untrust traffic, add an allow rule from zone untrust to untrust with applications ike and ipsec (addresses any or both VPN endpoints); check the peer’s policy the same way. 3) Check the phase-1 settings on both ends. For details: `debug ike global on debug`, then `less mp-log ikemgr.log`.',
  'fix.IKE_PROPOSAL_MISMATCH.panos':
    'PAN-OS: Network > Network Profiles > IKE Crypto: make the profile used by the IKE gateway match the peer; {param} differs (this firewall {local}, the peer {remote}). To see which parameter differs: `debug ike global on debug`, `less mp-log ikemgr.log`, find "Compared: DB:Peer" (each line is `parameter = this firewall:peer`); afterwards `debug ike global on normal`.',
  'fix.PSK_MISMATCH.panos':
    'PAN-OS: Network > Network Profiles > IKE Gateways > (gateway) > Pre-shared Key: enter the key again on this firewall, then check that the peer uses exactly the same key.',
  'fix.TS_MISMATCH.panos':
    'PAN-OS: Network > IPSec Tunnels > (tunnel) > Proxy IDs: add a proxy ID whose local and remote networks mirror the peer’s (the peer proposed local {local}, remote {remote}); protocol any on both ends.',
  'fix.CHILD_PROPOSAL_MISMATCH.panos':
    'PAN-OS: Network > Network Profiles > IPSec Crypto: make the profile of the tunnel match the peer’s phase-2 settings (ESP/AH, encryption, authentication, DH group, lifetime); {param} differs (this firewall {local}, the peer {remote}).',
  'fix.PFS_MISMATCH.panos':
    'PAN-OS: Network > Network Profiles > IPSec Crypto > DH Group: set the same PFS group as the peer (this firewall {local}, the peer {remote}), or no-pfs on both ends.',
  'fix.DPD_PEER_DEAD.panos':
    'PAN-OS: Network > Network Profiles > IKE Gateways > (gateway) > Advanced Options > Dead Peer Detection: check interval and retry match the peer; then find why the peer stopped answering (reachability of {peer}, the peer’s state, UDP 500/4500 on the path).',
};
export default messages;
