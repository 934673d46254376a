// en messages: azure (Azure VPN Gateway IKEDiagnosticLog / TunnelDiagnosticLog). `explain.azure.<pattern>`:
// placeholders are the pattern's named groups ({all}: the event text) and the prefix's {peer} /
// {gateway} / {session}. `fix.<CODE>.azure`: the fix on the Azure side (portal: the connection >
// Configuration, IPsec/IKE policy; Azure PowerShell / Azure CLI).
const messages: Record<string, string> = {
  'explain.azure.psk-mismatch': 'The gateway reports a pre-shared key mismatch with {peer}: {all}',
  'explain.azure.policy-mismatch': 'No IPsec/IKE policy matches between the gateway and {peer} (NO_PROPOSAL_CHOSEN): {all}',
  'explain.azure.auth-failed': 'Authentication with {peer} failed: {all}',
  'explain.azure.ts-unacceptable': 'The traffic selectors of the gateway and {peer} do not match (TS_UNACCEPTABLE): {all}',
  'explain.azure.ts-payload': 'The traffic selectors {peer} proposes: {all}',
  'explain.azure.dpd-dead': 'Dead peer detection: {peer} no longer answers.',
  'explain.azure.no-response': '{peer} did not respond to the gateway: {all}',
  'explain.azure.retransmit': 'The gateway sends a request to {peer} again (no answer yet).',
  'explain.azure.delete-ike': 'The IKE SA with {peer} is deleted: {all}',
  'explain.azure.delete-child': 'An IPsec SA with {peer} is deleted: {all}',
  'explain.azure.negotiation-failed': 'The negotiation with {peer} failed: {all}',
  'explain.azure.child-established': 'An IPsec SA with {peer} is established.',
  'explain.azure.ike-established': 'The IKE SA with {peer} is established.',
  'explain.azure.proposal': 'The proposal exchanged with {peer}: {all}',
  'explain.azure.win-error': 'The gateway’s IKE stack (Windows) reports an error with {peer}: {all}',
  'explain.azure.no-tunnel': 'The gateway ignored an IKE connection from {peer}: no connection on the gateway matches it ({all}).',
  'explain.azure.rejected-settings': 'The on-premises device rejected the gateway’s {mode} Mode proposal: {all}',
  'explain.azure.invalid-payload': 'The on-premises device sent a payload the gateway could not process: {all}',
  'explain.azure.failure-type': 'The negotiation with {peer} failed: {all}',
  'explain.azure.tunnel-connected': 'The tunnel to {peer} is connected ({all}).',
  'explain.azure.tunnel-disconnected': 'The tunnel to {peer} is disconnected: {all}',
  'explain.azure.packet': 'An IKE packet {dir} with {peer} (session {session}).',
  'explain.azure.other': 'A gateway event with nothing for the diagnosis: {all}',

  'fix.ESTABLISHED.azure':
    'Azure: nothing to fix. If traffic does not pass, check the local network gateway’s address space (the on-premises prefixes), BGP (if used), NSGs and user-defined routes on the VNet, and the connection status: `az network vpn-connection show --name <connection> --resource-group <rg> --query connectionStatus`.',
  'fix.PEER_UNREACHABLE.azure':
    'Azure: {peer} does not answer. The local network gateway’s IP address must be the device’s public address (portal: Local network gateway > Configuration > IP address; `az network local-gateway update --gateway-ip-address <ip> --name <lng> --resource-group <rg>`); UDP 500, UDP 4500 and ESP must reach the device from the gateway’s public IP(s) (both instances with active-active). `az network vnet-gateway packet-capture start` shows what leaves the gateway.',
  'fix.PEER_NOT_CONFIGURED.azure':
    'Azure: create the connection for {peer}: a local network gateway with its public IP and address space, and a site-to-site (IPsec) connection from the virtual network gateway to it (`az network vpn-connection create --name <connection> --resource-group <rg> --vnet-gateway1 <gateway> --local-gateway2 <lng> --shared-key <key>`).',
  'fix.IKE_VERSION_MISMATCH.azure':
    'Azure: the connection’s IKE protocol (portal: Connection > Configuration / Overview, IKEv1 or IKEv2) must be the device’s; it is chosen when the connection is created (`az network vpn-connection create ... --connection-protocol IKEv2`, PowerShell `New-AzVirtualNetworkGatewayConnection -ConnectionProtocol IKEv2`). Policy-based gateways speak IKEv1 only.',
  'fix.MODE_MISMATCH.azure':
    'Azure: the gateway uses main mode (IKEv1) or IKEv2 and ESP in tunnel mode; configure the device for main mode or IKEv2 with tunnel mode.',
  'fix.IKE_PROPOSAL_MISMATCH.azure':
    'Azure: give the connection a custom IPsec/IKE policy that matches the device (portal: Connection > Configuration > IPsec / IKE policy = Custom: IKE Phase 1 encryption, integrity, DH group; {param}: Azure {local}, the device {remote}). PowerShell: `$p = New-AzIpsecPolicy -IkeEncryption AES256 -IkeIntegrity SHA256 -DhGroup DHGroup14 -IpsecEncryption AES256 -IpsecIntegrity SHA256 -PfsGroup None -SALifeTimeSeconds 27000 -SADataSizeKilobytes 102400000`; `Set-AzVirtualNetworkGatewayConnection -VirtualNetworkGatewayConnection $conn -IpsecPolicies $p`. CLI: `az network vpn-connection ipsec-policy add --connection-name <connection> --resource-group <rg> --ike-encryption AES256 --ike-integrity SHA256 --dh-group DHGroup14 --ipsec-encryption AES256 --ipsec-integrity SHA256 --pfs-group None --sa-lifetime 27000 --sa-max-size 102400000`.',
  'fix.PSK_MISMATCH.azure':
    'Azure: set the same shared key on both ends: portal Connection > Authentication / Shared key (PSK); CLI `az network vpn-connection shared-key update --connection-name <connection> --resource-group <rg> --value <key>`; PowerShell `Set-AzVirtualNetworkGatewayConnectionSharedKey -Name <connection> -ResourceGroupName <rg> -Value <key>`.',
  'fix.ID_MISMATCH.azure':
    'Azure: the gateway identifies itself by its public IP address and expects the device’s public IP (the local network gateway’s IP address) as its identity; set the device’s local ID to its public address (not a private one behind NAT) and the remote ID to the gateway’s public IP.',
  'fix.CERT_INVALID.azure':
    'Azure: site-to-site connections authenticate with a pre-shared key (certificate authentication is for point-to-site and for connections with a certificate configuration): check the connection’s authentication type and the device’s settings.',
  'fix.AUTH_FAILED.azure':
    'Azure: compare the shared key (`az network vpn-connection shared-key show --connection-name <connection> --resource-group <rg>`) and the identities the device sends (its public address) with the connection’s.',
  'fix.TS_MISMATCH.azure':
    'Azure: a route-based gateway proposes any-to-any (0.0.0.0/0); a policy-based device needs the connection’s "Use policy based traffic selector" with a custom IPsec/IKE policy (`Set-AzVirtualNetworkGatewayConnection -VirtualNetworkGatewayConnection $conn -UsePolicyBasedTrafficSelectors $true -IpsecPolicies $p`), or custom traffic selectors on the connection; the local network gateway’s address space must be the device’s local networks (device proposed {remote} for its side, {local} for Azure).',
  'fix.CHILD_PROPOSAL_MISMATCH.azure':
    'Azure: set the custom IPsec/IKE policy’s IPsec Phase 2 values (portal: IPsec encryption, IPsec integrity, PFS group, SA lifetime) to the device’s ({param}: Azure {local}, the device {remote}); `az network vpn-connection ipsec-policy add ... --ipsec-encryption <alg> --ipsec-integrity <alg> --pfs-group <group>` or `New-AzIpsecPolicy -IpsecEncryption ... -IpsecIntegrity ... -PfsGroup ...`.',
  'fix.PFS_MISMATCH.azure':
    'Azure: the PFS group of the connection’s IPsec/IKE policy (`-PfsGroup None|PFS2|PFS14|PFS2048|PFS24|ECP256|ECP384` / `--pfs-group`) must be the device’s phase 2 DH group, or None on both ends (Azure {local}, the device {remote}).',
  'fix.DPD_PEER_DEAD.azure':
    'Azure: find why {peer} stopped answering (reachability, device state, UDP 500/4500 on the path). The connection’s DPD timeout is set on the connection (portal: Connection > Configuration > DPD timeout in seconds; PowerShell `Set-AzVirtualNetworkGatewayConnection -VirtualNetworkGatewayConnection $conn -DpdTimeoutInSeconds 45`).',
  'fix.NAT_T_BLOCKED.azure':
    'Azure: a device behind NAT needs UDP 4500 both ways between its NAT and the gateway’s public IP(s); set its identity to the public address.',
  'fix.SA_DELETED_BY_PEER.azure':
    'Azure: {peer} deleted the SA: read the device’s log for why; the gateway renegotiates on traffic or when the device initiates.',
  'fix.STALE_SA.azure':
    'Azure: reset the connection (portal: Connection > Reset) or the gateway (`az network vnet-gateway reset --name <gateway> --resource-group <rg>`), and clear the SAs on the device.',
  'fix.TUNNEL_DOWN.azure':
    'Azure: the IKEDiagnosticLog lines before the TunnelDisconnected event give the cause; a disconnect on one instance followed by a connect on the other within seconds is a gateway failover (maintenance), not a fault.',
  'fix.REKEY_FAILED.azure':
    'Azure: compare the SA lifetimes (`-SALifeTimeSeconds`, `-SADataSizeKilobytes`) and the PFS group of the connection’s IPsec/IKE policy with the device’s.',
  'fix.LIFETIME_MISMATCH.azure':
    'Azure: set the connection’s IPsec/IKE policy SA lifetime (`--sa-lifetime` seconds, `--sa-max-size` KB) to the device’s phase 2 lifetime.',
  'fix.WEAK_CRYPTO.azure':
    'Azure: use a custom IPsec/IKE policy with IKEv2, GCMAES256 or AES256, SHA384/SHA256, DHGroup24 or ECP384, and a PFS group; not DES/3DES/MD5/SHA1 or DHGroup1/2.',
  'fix.INCONCLUSIVE.azure':
    'Azure: send the gateway’s IKEDiagnosticLog and TunnelDiagnosticLog to a Log Analytics workspace (Monitor > Diagnostic settings > Add diagnostic setting), reproduce the negotiation and export `AzureDiagnostics | where Category == "IKEDiagnosticLog"`; `az network vnet-gateway packet-capture start` captures the IKE packets.',
};
export default messages;
