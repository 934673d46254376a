// zh messages: gcp
const messages: Record<string, string> = {
  'explain.gcp.charon':
    'Cloud VPN 网关 {gateway}，隧道 {tunnel}：网关 IKE 守护进程的消息（按 strongSwan charon 输出解读）。',
  'explain.gcp.proposal-mismatch':
    'Cloud VPN 隧道 {tunnel}：对端未接受 Cloud VPN 为 {sa} SA 提供的任何提议（NO_PROPOSAL_CHOSEN）：{all}',
  'explain.gcp.ts-narrowed':
    'Cloud VPN 隧道 {tunnel}：{side} 流量选择器在协商中被收窄，对端的选择器与隧道的不同：{all}',
  'explain.gcp.maintenance':
    'Cloud VPN 隧道 {tunnel}：Google 正在维护 VPN 网关（{all}）；期间隧道可能断开后恢复。',
  'explain.gcp.tunnel-state': 'Cloud VPN 隧道 {tunnel} 状态为 {st}。',
  'explain.gcp.tunnel-status': 'Cloud VPN 隧道 {tunnel}（对端 {peer}）的状态为 {status}：{detail}',
  'explain.gcp.field': 'Cloud Logging 条目的字段 {key}（{value}）。',
  'explain.gcp.other': '与诊断无关的 Cloud VPN 网关消息：{text}',

  'fix.ESTABLISHED.gcp':
    'Google Cloud：无需修复。如果流量不通，请检查 Cloud Router 的 BGP 会话（`gcloud compute routers get-status <router> --region <region>`）或指向隧道的静态路由、针对本地网段的 VPC 防火墙规则，以及 `gcloud compute vpn-tunnels describe <tunnel> --region <region> --format="value(status,detailedStatus)"`。',
  'fix.PEER_UNREACHABLE.gcp':
    'Google Cloud：对端 {peer} 没有应答。请检查隧道的对端地址（`gcloud compute vpn-tunnels describe <tunnel> --region <region> --format="value(peerIp)"`，或外部 VPN 网关的接口地址：`gcloud compute external-vpn-gateways describe <peer-gw>`），并确认来自 Cloud VPN 网关接口地址的 UDP 500、UDP 4500 和 ESP 能到达设备。',
  'fix.PEER_NOT_CONFIGURED.gcp':
    'Google Cloud：为 {peer} 创建隧道：`gcloud compute external-vpn-gateways create <peer-gw> --interfaces 0=<peer public ip>`，然后 `gcloud compute vpn-tunnels create <tunnel> --region <region> --vpn-gateway <ha-vpn-gw> --interface 0 --peer-external-gateway <peer-gw> --peer-external-gateway-interface 0 --router <router> --ike-version 2 --shared-secret <secret>`。',
  'fix.IKE_VERSION_MISMATCH.gcp':
    'Google Cloud：隧道的 IKE 版本在创建时设定：删除隧道（`gcloud compute vpn-tunnels delete <tunnel> --region <region>`），再使用 `--ike-version 2`（或 1，与对端一致）重新创建；HA VPN 使用 IKEv1 时需要对端支持。',
  'fix.MODE_MISMATCH.gcp':
    'Google Cloud：Cloud VPN 使用 IKEv1 主模式（不支持野蛮模式）或 IKEv2，以及隧道模式的 ESP：请相应地配置对端。',
  'fix.IKE_PROPOSAL_MISMATCH.gcp':
    'Google Cloud：Cloud VPN 会提供其支持的所有加密算法，且无法限制：请在对端配置其中之一（{param}：对端 {remote}）。第一阶段（IKEv2）：加密 AES-GCM-16/12/8（128/192/256）或 AES-CBC-128/192/256；完整性 HMAC-SHA2-256-128、HMAC-SHA2-384-192、HMAC-SHA2-512-256（HMAC-SHA1-96）；PRF PRF-HMAC-SHA2-256/384/512（PRF-HMAC-SHA1、PRF-AES128-XCBC/CMAC）；DH 组 14、15、16、19、20、21（以及 2、5、18、22-24、31）。参见 Cloud VPN 文档："Supported IKE ciphers"。',
  'fix.PSK_MISMATCH.gcp':
    'Google Cloud：现有隧道的共享密钥无法修改：请删除隧道并使用对端的密钥重新创建：`gcloud compute vpn-tunnels create <tunnel> ... --shared-secret <secret>`（可用 `openssl rand -base64 24` 生成），或将对端改为隧道的密钥。',
  'fix.ID_MISMATCH.gcp':
    'Google Cloud：Cloud VPN 网关以其公网接口地址作为 IKE 身份标识，并期望对端使用其公网地址；位于一对一 NAT 之后的对端必须以其公网地址作为 ID 发送（设置其本端标识，而不是私网地址）。',
  'fix.CERT_INVALID.gcp': 'Google Cloud：Cloud VPN 仅支持共享密钥认证；请将对端配置为预共享密钥认证。',
  'fix.AUTH_FAILED.gcp':
    'Google Cloud：对比两端的共享密钥和 IKE 身份标识（Cloud VPN：其公网地址；对端：其公网地址）；如果密钥未知，请使用 `--shared-secret` 重新创建隧道。',
  'fix.TS_MISMATCH.gcp':
    'Google Cloud：HA VPN 和基于路由的 Classic VPN 在两侧都提议 0.0.0.0/0：请将对端配置为基于路由（或使用 0.0.0.0/0 选择器）。基于策略的 Classic VPN 隧道需要对端的确切网络：请使用 `--local-traffic-selector <gcp cidr>` 和 `--remote-traffic-selector <on-premises cidr>` 重新创建（对端提议的本地为 {local}，远端为 {remote}）。',
  'fix.CHILD_PROPOSAL_MISMATCH.gcp':
    'Google Cloud：将对端的第二阶段配置为 Cloud VPN 支持的加密算法之一（{param}：对端 {remote}）：ESP AES-GCM-16/12/8（128/192/256）或 AES-CBC-128/192/256，配合 HMAC-SHA2-256-128、HMAC-SHA2-384-192、HMAC-SHA2-512-256（HMAC-SHA1-96）。',
  'fix.PFS_MISMATCH.gcp':
    'Google Cloud：Cloud VPN 接受使用第一阶段 DH 组（14、15、16、19、20、21……）的 PFS，也接受不使用 PFS；请将对端的第二阶段 DH 组设为其中之一（对端 {remote}）。',
  'fix.DPD_PEER_DEAD.gcp':
    'Google Cloud：对端 {peer} 已停止应答对端存活检测（Cloud VPN 的 DPD 无法修改）：请检查对端的状态和可达性，并确认 UDP 500/4500 可以通过；配置了两条隧道时，HA VPN 会将流量保持在另一条隧道上。',
  'fix.NAT_T_BLOCKED.gcp':
    'Google Cloud：位于 NAT 之后的对端需要与 Cloud VPN 网关接口地址之间双向放通 UDP 4500；对端必须以其公网（NAT）地址作为 IKE 身份标识。',
  'fix.SA_DELETED_BY_PEER.gcp':
    'Google Cloud：对端删除了 SA：请查看其日志了解原因；当对端或流量再次触发时，Cloud VPN 会重新协商。',
  'fix.STALE_SA.gcp':
    'Google Cloud：清除对端上的 SA；如果隧道仍然卡住，请重新创建（`gcloud compute vpn-tunnels delete` / `create`）。',
  'fix.TUNNEL_DOWN.gcp':
    'Google Cloud：隧道断开之前的日志行给出了原因；`gcloud compute vpn-tunnels describe <tunnel> --region <region> --format="value(status,detailedStatus)"` 显示当前状态（例如 NO_INCOMING_PACKETS、NEGOTIATION_FAILURE、AUTHORIZATION_ERROR）。',
  'fix.REKEY_FAILED.gcp':
    'Google Cloud：对端的生存时间不得短于 Cloud VPN 所能接受的值（Cloud VPN 的取值为第一阶段 36000 秒、第二阶段 10800 秒；对端可以更早重协商），且其第二阶段 DH 组必须是 Cloud VPN 支持的组。',
  'fix.LIFETIME_MISMATCH.gcp':
    'Google Cloud：将对端的第一阶段生存时间设为不超过 36000 秒，第二阶段生存时间设为不超过 10800 秒（Cloud VPN 的取值）。',
  'fix.WEAK_CRYPTO.gcp':
    'Google Cloud：将对端配置为 IKEv2，使用 AES-GCM 或 AES-256-CBC、SHA2-256 或更强的算法，以及 DH 组 14 或更高（优先 19/20）；Cloud VPN 会选用这些算法。',
  'fix.INCONCLUSIVE.gcp':
    'Google Cloud：读取网关日志：`gcloud logging read \'resource.type="vpn_gateway"\' --freshness=1h --format=json > vpn.json`（或在 Logs Explorer 中选择资源 Cloud VPN Gateway），重现协商过程，并结合对端日志一起分析。',
};
export default messages;
