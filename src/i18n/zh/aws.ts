// zh messages: aws
const messages: Record<string, string> = {
  'explain.aws.peer-dead-v1':
    '隧道 {tunnel} 上的 IKEv1 对端存活检测：客户网关未应答 DPD 消息；AWS 执行 DPD 超时操作。',
  'explain.aws.dpd-timeout': '隧道 {tunnel} 上的 IKEv2 对端存活检测在重传 {n} 次后超时：客户网关已停止应答。',
  'explain.aws.psk-decrypt-v1': 'IKEv1：AWS 无法解密客户网关的消息；两端的预共享密钥不一致。',
  'explain.aws.psk-mismatch': 'IKEv2：AWS 检测到与客户网关 {cgw} 的预共享密钥不匹配。',
  'explain.aws.no-proposal-aws': '客户网关的提议（加密、完整性、DH 组）没有一个在隧道 {tunnel} 上被允许。',
  'explain.aws.no-proposal-notify':
    '没有匹配的提议；AWS 回复了 NO_PROPOSAL_CHOSEN（第一阶段状态 {phase1}）。',
  'explain.aws.delete-child': '客户网关删除了第二阶段 SA（SPI {spi}）。',
  'explain.aws.delete-ike': '客户网关删除了 IKE SA。',
  'explain.aws.rekey-collision': '两端同时对子 SA 进行重协商；客户网关删除了正在重协商的 SA。',
  'explain.aws.redundant-sa': '因重协商冲突而产生的冗余子 SA 被删除（RFC 7296 §2.8.1）；另一个保留。',
  'explain.aws.child-failed': '第二阶段（子 SA）未能建立；IKE SA 保持不变。',
  'explain.aws.ts-unacceptable': '响应方拒绝了流量选择器（TS_UNACCEPTABLE）：两端的网络不一致。',
  'explain.aws.auth-failed-sent': 'AWS 无法认证客户网关（IKE_AUTH），回复 AUTHENTICATION_FAILED。',
  'explain.aws.half-open-timeout': '客户网关 {cgw} 未继续协商；AWS 删除半开的 IKE SA。',
  'explain.aws.exchange': 'IKEv2：AWS {verb} {ex} {rr}（消息 ID {id}）。',
  'explain.aws.dpd-request': 'AWS 在隧道 {tunnel} 上发送对端存活检测请求。',
  'explain.aws.dpd-response': '客户网关应答了对端存活检测。',
  'explain.aws.phase-established': '隧道 {tunnel}：第 {p} 阶段已建立。',
  'explain.aws.notify': 'AWS {dir} 通知 {n}。',
  'explain.aws.peer-silent': '客户网关没有响应。',
  'explain.aws.state-only': '隧道 {tunnel} 状态：第一阶段 {phase1}，第二阶段 {phase2}。',
  'explain.aws.other': '与诊断无关的 AWS 隧道消息：{details}',
  'explain.aws.bgp': '隧道 {tunnel} 的 BGP 日志（{st}）：{text}',

  'fix.ESTABLISHED.aws':
    'AWS：无需修复。如果流量不通，请检查 VPC 路由表（来自虚拟私有网关的路由传播，或 Transit Gateway 路由）、安全组和网络 ACL，以及隧道状态：`aws ec2 describe-vpn-connections --vpn-connection-ids <vpn-id> --query "VpnConnections[].VgwTelemetry"`。',
  'fix.PEER_UNREACHABLE.aws':
    'AWS：客户网关 {peer} 没有应答。请检查：客户网关的公网地址是否与 AWS 客户网关中配置的一致（VPC > Customer gateways）；UDP 500、UDP 4500 和 ESP 能否从两个隧道外部地址到达该设备；以及是由设备发起，还是允许 AWS 发起：Modify VPN tunnel options > Startup action = Start（`aws ec2 modify-vpn-tunnel-options --vpn-connection-id <vpn-id> --vpn-tunnel-outside-ip-address <tunnel outside ip> --tunnel-options StartupAction=start`）。',
  'fix.PEER_NOT_CONFIGURED.aws':
    'AWS：客户网关的地址必须是该 VPN 连接的客户网关地址（VPC > Site-to-Site VPN connections > Details）；地址变更后需要新建客户网关，并执行 `aws ec2 modify-vpn-connection --vpn-connection-id <vpn-id> --customer-gateway-id <new cgw-id>`。然后重新下载设备配置（Download configuration / `aws ec2 get-vpn-connection-device-sample-configuration`）。',
  'fix.IKE_VERSION_MISMATCH.aws':
    'AWS：VPC > Site-to-Site VPN connections > Actions > Modify VPN tunnel options > IKE version（ikev1 / ikev2），设为与客户网关相同：`aws ec2 modify-vpn-tunnel-options --vpn-connection-id <vpn-id> --vpn-tunnel-outside-ip-address <tunnel outside ip> --tunnel-options IKEVersions=[{Value=ikev2}]`。',
  'fix.MODE_MISMATCH.aws':
    'AWS：AWS 隧道使用 IKEv1 主模式（不支持野蛮模式）或 IKEv2，并使用隧道模式的 ESP：请相应地配置客户网关，或在隧道上允许 IKEv2（`--tunnel-options IKEVersions=[{Value=ikev2}]`）。',
  'fix.IKE_PROPOSAL_MISMATCH.aws':
    'AWS：Modify VPN tunnel options > Phase 1 encryption / integrity / DH group numbers 必须包含客户网关所用的值（{param}：AWS {local}，对端 {remote}）。AWS 支持 AES128、AES256、AES128-GCM-16、AES256-GCM-16；SHA1、SHA2-256/384/512；DH 组 2、14-24。CLI：`aws ec2 modify-vpn-tunnel-options --vpn-connection-id <vpn-id> --vpn-tunnel-outside-ip-address <tunnel outside ip> --tunnel-options Phase1EncryptionAlgorithms=[{Value=AES256}],Phase1IntegrityAlgorithms=[{Value=SHA2-256}],Phase1DHGroupNumbers=[{Value=14}]`。',
  'fix.PSK_MISMATCH.aws':
    'AWS：在两端设置相同的预共享密钥：Modify VPN tunnel options > Pre-shared key（8-64 个字符，可用字母、数字、`.` 和 `_`，不能以 0 开头），或 `aws ec2 modify-vpn-tunnel-options --vpn-connection-id <vpn-id> --vpn-tunnel-outside-ip-address <tunnel outside ip> --tunnel-options PreSharedKey=<key>`；每条隧道有各自的密钥。',
  'fix.ID_MISMATCH.aws':
    'AWS：AWS 端以隧道外部地址标识自己，并期望客户网关使用其公网地址（采用证书认证时为其证书）；请将客户网关的本端标识设为其公网地址（或 AWS 客户网关对象的地址），将对端标识设为隧道外部地址。',
  'fix.CERT_INVALID.aws':
    'AWS：采用证书认证时，客户网关的证书必须来自 AWS Private CA，并与客户网关对象匹配（VPC > Customer gateways > Certificate ARN）；请续订或重新签发证书，并在设备上导入 AWS 端的证书链。',
  'fix.AUTH_FAILED.aws':
    'AWS：对比两端的认证设置：隧道的预共享密钥（Modify VPN tunnel options > Pre-shared key，`--tunnel-options PreSharedKey=<key>`）或证书，以及客户网关发送的身份标识。',
  'fix.TS_MISMATCH.aws':
    'AWS：VPN 连接的流量选择器为 Local IPv4 network CIDR 和 Remote IPv4 network CIDR（默认 0.0.0.0/0）：`aws ec2 modify-vpn-connection-options --vpn-connection-id <vpn-id> --local-ipv4-network-cidr <on-premises cidr> --remote-ipv4-network-cidr <vpc cidr>`；基于策略的客户网关必须准确提议这些网络（对端提议的本地为 {local}，远端为 {remote}），或对 0.0.0.0/0 使用单个安全关联。',
  'fix.CHILD_PROPOSAL_MISMATCH.aws':
    'AWS：Modify VPN tunnel options > Phase 2 encryption / integrity / DH group numbers 必须包含客户网关所用的值（{param}：AWS {local}，对端 {remote}）：`--tunnel-options Phase2EncryptionAlgorithms=[{Value=AES256}],Phase2IntegrityAlgorithms=[{Value=SHA2-256}],Phase2DHGroupNumbers=[{Value=14}]`。',
  'fix.PFS_MISMATCH.aws':
    'AWS：AWS 在第二阶段要求 PFS：客户网关必须使用隧道 Phase 2 DH group numbers 中的某一个（AWS {local}，对端 {remote}）；可用 `--tunnel-options Phase2DHGroupNumbers=[{Value=14}]` 修改，或在设备上以该组启用 PFS。',
  'fix.DPD_PEER_DEAD.aws':
    'AWS：查明客户网关 {peer} 为何停止应答 DPD（可达性、设备负载、UDP 500/4500 被过滤或限速）。DPD 设置：Modify VPN tunnel options > DPD timeout (seconds) 和 DPD timeout action（Clear / None / Restart）：`--tunnel-options DPDTimeoutSeconds=40,DPDTimeoutAction=restart`；设为 Restart 时，设备恢复应答后 AWS 会重新建立隧道。',
  'fix.NAT_T_BLOCKED.aws':
    'AWS：位于 NAT 之后的客户网关需要双向放通 UDP 4500 上的 NAT-T；请允许来自两个隧道外部地址的 UDP 4500，并保持 NAT 映射存活（在设备上启用 DPD 或 keepalive）。',
  'fix.SA_DELETED_BY_PEER.aws':
    'AWS：客户网关删除了 SA：请查看其日志了解原因。设置 Startup action = Start 和 DPD timeout action = Restart（`--tunnel-options StartupAction=start,DPDTimeoutAction=restart`），使 AWS 重新协商。',
  'fix.STALE_SA.aws':
    'AWS：重置隧道，使两端重新开始：`aws ec2 replace-vpn-tunnel --vpn-connection-id <vpn-id> --vpn-tunnel-outside-ip-address <tunnel outside ip>`（隧道会中断几分钟），并清除客户网关上的 SA。',
  'fix.TUNNEL_DOWN.aws':
    'AWS：隧道断开之前的日志行给出了原因；`aws ec2 describe-vpn-connections --vpn-connection-ids <vpn-id>` 显示每条隧道的状态和消息；AWS Health 事件会报告隧道端点的更换（VPC > Site-to-Site VPN connections > Tunnel details）。',
  'fix.REKEY_FAILED.aws':
    'AWS：对比隧道的 Phase 1 / Phase 2 lifetime（秒）、Rekey margin time 和 Phase 2 DH 组与客户网关的设置（`--tunnel-options Phase1LifetimeSeconds=28800,Phase2LifetimeSeconds=3600,RekeyMarginTimeSeconds=540`）。',
  'fix.LIFETIME_MISMATCH.aws':
    'AWS：Modify VPN tunnel options > Phase 1 lifetime（900-28800 秒）和 Phase 2 lifetime（900-3600 秒），设为与客户网关相同：`--tunnel-options Phase1LifetimeSeconds=28800,Phase2LifetimeSeconds=3600`。',
  'fix.WEAK_CRYPTO.aws':
    'AWS：隧道上只允许强算法：`--tunnel-options IKEVersions=[{Value=ikev2}],Phase1EncryptionAlgorithms=[{Value=AES256-GCM-16}],Phase1IntegrityAlgorithms=[{Value=SHA2-384}],Phase1DHGroupNumbers=[{Value=20}],Phase2EncryptionAlgorithms=[{Value=AES256-GCM-16}],Phase2DHGroupNumbers=[{Value=20}]`，并将客户网关配置为一致（不用 SHA1，不用 DH 组 2）。',
  'fix.INCONCLUSIVE.aws':
    'AWS：在两条隧道上启用隧道活动日志（Modify VPN tunnel options > Tunnel activity log > Enable，CloudWatch 日志组，输出格式 json；`--tunnel-options LogOptions={CloudWatchLogOptions={LogEnabled=true,LogGroupArn=<arn>,LogOutputFormat=json}}`），重现协商过程，并结合客户网关的日志分析该日志流。',
};
export default messages;
