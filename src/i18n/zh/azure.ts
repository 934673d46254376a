// zh messages: azure
const messages: Record<string, string> = {
  'explain.azure.psk-mismatch': '网关报告与 {peer} 的预共享密钥不匹配：{all}',
  'explain.azure.policy-mismatch': '网关与 {peer} 之间没有匹配的 IPsec/IKE 策略（NO_PROPOSAL_CHOSEN）：{all}',
  'explain.azure.auth-failed': '与 {peer} 的认证失败：{all}',
  'explain.azure.ts-unacceptable': '网关与 {peer} 的流量选择器不匹配（TS_UNACCEPTABLE）：{all}',
  'explain.azure.ts-payload': '{peer} 提议的流量选择器：{all}',
  'explain.azure.dpd-dead': '对端存活检测：{peer} 已不再应答。',
  'explain.azure.no-response': '{peer} 未响应网关：{all}',
  'explain.azure.retransmit': '网关再次向 {peer} 发送请求（尚未收到应答）。',
  'explain.azure.delete-ike': '与 {peer} 的 IKE SA 被删除：{all}',
  'explain.azure.delete-child': '与 {peer} 的一个 IPsec SA 被删除：{all}',
  'explain.azure.negotiation-failed': '与 {peer} 的协商失败：{all}',
  'explain.azure.child-established': '与 {peer} 的 IPsec SA 已建立。',
  'explain.azure.ike-established': '与 {peer} 的 IKE SA 已建立。',
  'explain.azure.proposal': '与 {peer} 交换的提议：{all}',
  'explain.azure.win-error': '网关的 IKE 协议栈（Windows）报告与 {peer} 相关的错误：{all}',
  'explain.azure.no-tunnel': '网关忽略了来自 {peer} 的 IKE 连接：网关上没有与之匹配的连接（{all}）。',
  'explain.azure.rejected-settings': '本地设备拒绝了网关的 {mode} Mode 提议：{all}',
  'explain.azure.invalid-payload': '本地设备发送了网关无法处理的载荷：{all}',
  'explain.azure.failure-type': '与 {peer} 的协商失败：{all}',
  'explain.azure.tunnel-connected': '到 {peer} 的隧道已连接（{all}）。',
  'explain.azure.tunnel-disconnected': '到 {peer} 的隧道已断开：{all}',
  'explain.azure.packet': '与 {peer} 之间的 IKE 报文（{dir}，会话 {session}）。',
  'explain.azure.other': '与诊断无关的网关事件：{all}',

  'fix.ESTABLISHED.azure':
    'Azure：无需修复。如果流量不通，请检查本地网络网关的地址空间（本地前缀）、BGP（如使用）、VNet 上的 NSG 和用户定义路由，以及连接状态：`az network vpn-connection show --name <connection> --resource-group <rg> --query connectionStatus`。',
  'fix.PEER_UNREACHABLE.azure':
    'Azure：{peer} 没有应答。本地网络网关的 IP 地址必须是设备的公网地址（门户：Local network gateway > Configuration > IP address；`az network local-gateway update --gateway-ip-address <ip> --name <lng> --resource-group <rg>`）；UDP 500、UDP 4500 和 ESP 必须能从网关的公网 IP 到达设备（主动-主动模式下两个实例都要考虑）。`az network vnet-gateway packet-capture start` 可显示从网关发出的报文。',
  'fix.PEER_NOT_CONFIGURED.azure':
    'Azure：为 {peer} 创建连接：一个包含其公网 IP 和地址空间的本地网络网关，以及一个从虚拟网络网关到它的站点到站点（IPsec）连接（`az network vpn-connection create --name <connection> --resource-group <rg> --vnet-gateway1 <gateway> --local-gateway2 <lng> --shared-key <key>`）。',
  'fix.IKE_VERSION_MISMATCH.azure':
    'Azure：连接的 IKE 协议（门户：Connection > Configuration / Overview，IKEv1 或 IKEv2）必须与设备一致；它在创建连接时选定（`az network vpn-connection create ... --connection-protocol IKEv2`，PowerShell `New-AzVirtualNetworkGatewayConnection -ConnectionProtocol IKEv2`）。基于策略的网关只支持 IKEv1。',
  'fix.MODE_MISMATCH.azure':
    'Azure：网关使用主模式（IKEv1）或 IKEv2，以及隧道模式的 ESP；请将设备配置为主模式或 IKEv2，并使用隧道模式。',
  'fix.IKE_PROPOSAL_MISMATCH.azure':
    'Azure：为连接配置与设备一致的自定义 IPsec/IKE 策略（门户：Connection > Configuration > IPsec / IKE policy = Custom：IKE Phase 1 的加密、完整性、DH 组；{param}：Azure {local}，设备 {remote}）。PowerShell：`$p = New-AzIpsecPolicy -IkeEncryption AES256 -IkeIntegrity SHA256 -DhGroup DHGroup14 -IpsecEncryption AES256 -IpsecIntegrity SHA256 -PfsGroup None -SALifeTimeSeconds 27000 -SADataSizeKilobytes 102400000`；`Set-AzVirtualNetworkGatewayConnection -VirtualNetworkGatewayConnection $conn -IpsecPolicies $p`。CLI：`az network vpn-connection ipsec-policy add --connection-name <connection> --resource-group <rg> --ike-encryption AES256 --ike-integrity SHA256 --dh-group DHGroup14 --ipsec-encryption AES256 --ipsec-integrity SHA256 --pfs-group None --sa-lifetime 27000 --sa-max-size 102400000`。',
  'fix.PSK_MISMATCH.azure':
    'Azure：在两端设置相同的共享密钥：门户 Connection > Authentication / Shared key (PSK)；CLI `az network vpn-connection shared-key update --connection-name <connection> --resource-group <rg> --value <key>`；PowerShell `Set-AzVirtualNetworkGatewayConnectionSharedKey -Name <connection> -ResourceGroupName <rg> -Value <key>`。',
  'fix.ID_MISMATCH.azure':
    'Azure：网关以其公网 IP 地址标识自己，并期望设备以其公网 IP（本地网络网关的 IP 地址）作为身份标识；请将设备的本端 ID 设为其公网地址（而不是 NAT 后的私网地址），将对端 ID 设为网关的公网 IP。',
  'fix.CERT_INVALID.azure':
    'Azure：站点到站点连接使用预共享密钥认证（证书认证用于点到站点以及配置了证书的连接）：请检查连接的认证类型和设备的设置。',
  'fix.AUTH_FAILED.azure':
    'Azure：将共享密钥（`az network vpn-connection shared-key show --connection-name <connection> --resource-group <rg>`）和设备发送的身份标识（其公网地址）与连接的设置对比。',
  'fix.TS_MISMATCH.azure':
    'Azure：基于路由的网关提议 any-to-any（0.0.0.0/0）；基于策略的设备需要在连接上启用 "Use policy based traffic selector" 并配合自定义 IPsec/IKE 策略（`Set-AzVirtualNetworkGatewayConnection -VirtualNetworkGatewayConnection $conn -UsePolicyBasedTrafficSelectors $true -IpsecPolicies $p`），或在连接上配置自定义流量选择器；本地网络网关的地址空间必须是设备的本地网络（设备为其一侧提议 {remote}，为 Azure 一侧提议 {local}）。',
  'fix.CHILD_PROPOSAL_MISMATCH.azure':
    'Azure：将自定义 IPsec/IKE 策略的 IPsec 第二阶段参数（门户：IPsec encryption、IPsec integrity、PFS group、SA lifetime）设为与设备一致（{param}：Azure {local}，设备 {remote}）；`az network vpn-connection ipsec-policy add ... --ipsec-encryption <alg> --ipsec-integrity <alg> --pfs-group <group>` 或 `New-AzIpsecPolicy -IpsecEncryption ... -IpsecIntegrity ... -PfsGroup ...`。',
  'fix.PFS_MISMATCH.azure':
    'Azure：连接的 IPsec/IKE 策略中的 PFS 组（`-PfsGroup None|PFS2|PFS14|PFS2048|PFS24|ECP256|ECP384` / `--pfs-group`）必须与设备的第二阶段 DH 组一致，或两端都设为 None（Azure {local}，设备 {remote}）。',
  'fix.DPD_PEER_DEAD.azure':
    'Azure：查明 {peer} 为何停止应答（可达性、设备状态、路径上的 UDP 500/4500）。DPD 超时在连接上设置（门户：Connection > Configuration > DPD timeout in seconds；PowerShell `Set-AzVirtualNetworkGatewayConnection -VirtualNetworkGatewayConnection $conn -DpdTimeoutInSeconds 45`）。',
  'fix.NAT_T_BLOCKED.azure':
    'Azure：位于 NAT 之后的设备需要在其 NAT 与网关公网 IP 之间双向放通 UDP 4500；并将其身份标识设为公网地址。',
  'fix.SA_DELETED_BY_PEER.azure':
    'Azure：{peer} 删除了 SA：请查看设备日志了解原因；有流量或设备发起时，网关会重新协商。',
  'fix.STALE_SA.azure':
    'Azure：重置连接（门户：Connection > Reset）或网关（`az network vnet-gateway reset --name <gateway> --resource-group <rg>`），并清除设备上的 SA。',
  'fix.TUNNEL_DOWN.azure':
    'Azure：TunnelDisconnected 事件之前的 IKEDiagnosticLog 日志行给出了原因；若一个实例断开后几秒内另一个实例连接，则是网关故障切换（维护），而不是故障。',
  'fix.REKEY_FAILED.azure':
    'Azure：将连接 IPsec/IKE 策略中的 SA 生存时间（`-SALifeTimeSeconds`、`-SADataSizeKilobytes`）和 PFS 组与设备的设置对比。',
  'fix.LIFETIME_MISMATCH.azure':
    'Azure：将连接 IPsec/IKE 策略的 SA 生存时间（`--sa-lifetime` 秒，`--sa-max-size` KB）设为与设备的第二阶段生存时间一致。',
  'fix.WEAK_CRYPTO.azure':
    'Azure：使用自定义 IPsec/IKE 策略：IKEv2、GCMAES256 或 AES256、SHA384/SHA256、DHGroup24 或 ECP384，并配置 PFS 组；不要使用 DES/3DES/MD5/SHA1 或 DHGroup1/2。',
  'fix.INCONCLUSIVE.azure':
    'Azure：将网关的 IKEDiagnosticLog 和 TunnelDiagnosticLog 发送到 Log Analytics 工作区（Monitor > Diagnostic settings > Add diagnostic setting），重现协商过程并导出 `AzureDiagnostics | where Category == "IKEDiagnosticLog"`；`az network vnet-gateway packet-capture start` 可抓取 IKE 报文。',
};
export default messages;
