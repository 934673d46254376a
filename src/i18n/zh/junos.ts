// zh messages: junos
const messages: Record<string, string> = {
  'explain.junos.sa-established':
    '{local} 与 {remote} 之间的 IPsec SA 已建立：{dir} SPI 0x{spi}（选择器 {lid} ↔ {rid}）。',
  'explain.junos.sa-deleted': '{local} 与 {remote} 之间的 IPsec SA 已被删除。',
  'explain.junos.vpn-up': '到对端 {remote} 的 VPN {vpn} 已建立。',
  'explain.junos.vpn-down': '到对端 {remote} 的 VPN {vpn} 已断开。{tail}',
  'explain.junos.negotiation': '{what} 协商：{ok}{err}。',
  'explain.junos.p1-policy-lookup':
    '作为 {role} 的第一阶段：没有与本端地址 {local} 和对端 {remote} 匹配的 IKE 网关；请求被拒绝。',
  'explain.junos.p1-lookup-legacy': '作为 {role} 的第一阶段：没有与对端匹配的 IKE policy/gateway。',
  'explain.junos.p2-policy-lookup':
    '作为 {role} 的第二阶段：没有与对端 {remote} 提议的代理 ID（{src} → {dst}）匹配的 IPsec VPN。',
  'explain.junos.pv-phase1': '第一阶段失败：{err}（对端 SPI {spi1}，{src} → {dst}）。',
  'explain.junos.pv-phase2': '第二阶段失败：{err}（SPI {spi}，{src} → {dst}）。',
  'explain.junos.phase2-text': '第二阶段：{text}',
  'explain.junos.ts-mismatch': '对端提议的流量选择器与配置的不匹配：{text}',
  'explain.junos.dpd-down': '对端存活检测判定对端已失效：{text}',
  'explain.junos.p1-done': '第一阶段已作为 {role} 在 {local} 与 {remote} 之间建立。',
  'explain.junos.p2-done': '第二阶段已作为 {role} 建立：本行中流量选择器对应的 IPsec SA 已建立。',
  'explain.junos.trace-sa-done': 'kmd trace：{local} 与 {remote} 之间的 IKEv{v} SA 协商已结束。',
  'explain.junos.trace-nego-done':
    'kmd trace：{local} 与 {remote} 之间的 IKEv{v} 协商结束，状态为“{status}”（“Error ok”表示成功）。',
  'explain.junos.config-download': 'kmd 已加载 VPN 配置；与诊断无关。',

  'fix.ESTABLISHED.junos':
    'Junos：无需修复。如果流量不通，请检查经由 st0.x 到远端网络的路由、st0.x 所在区域与 LAN 区域之间的安全策略，以及 `show security ipsec security-associations detail`。',
  'fix.PEER_UNREACHABLE.junos':
    'Junos：检查 `set security ike gateway <gw> address {peer}` 和 `external-interface`；在该接口上允许 IKE：`set security zones security-zone untrust interfaces <if> host-inbound-traffic system-services ike`；`ping {peer} source <external IP>`；`monitor traffic interface <if> matching "udp port 500 or udp port 4500"`；路径上的每台防火墙都必须放通 UDP 500/4500 和 ESP。',
  'fix.PEER_NOT_CONFIGURED.junos':
    'Junos：为 {peer} 添加或修正网关：`set security ike gateway <gw> address {peer}`、`set security ike gateway <gw> external-interface <if>`（对端所到达的接口）、`set security ike gateway <gw> ike-policy <policy>`；动态对端需要 `dynamic hostname`/`dynamic inet` 以及匹配的身份标识。',
  'fix.IKE_VERSION_MISMATCH.junos':
    'Junos：`set security ike gateway <gw> version v2-only`（或 `v1-only`），与对端一致。',
  'fix.MODE_MISMATCH.junos':
    'Junos：IKEv1 交换模式 `set security ike policy <policy> mode main`（或 `aggressive`），与对端一致；SRX 上的 IPsec proposal 使用隧道模式。',
  'fix.IKE_PROPOSAL_MISMATCH.junos':
    'Junos：使 IKE proposal 与对端一致：`set security ike proposal <p> encryption-algorithm aes-256-cbc`、`authentication-algorithm sha-256`、`dh-group group14`、`authentication-method pre-shared-keys`，以及 `set security ike policy <policy> proposals <p>`；{param} 不同（本 SRX {local}，对端 {remote}）。',
  'fix.PSK_MISMATCH.junos':
    'Junos：重新输入密钥：`set security ike policy <policy> pre-shared-key ascii-text "<key>"`（对端使用相同的密钥）；IKEv2 中密钥错误会显示为 "Authentication failed"。',
  'fix.ID_MISMATCH.junos':
    'Junos：`set security ike gateway <gw> local-identity inet <ip>`（或 `hostname <fqdn>`、`user-at-hostname`、`distinguished-name`）和 `remote-identity ...` 必须与对端的远端/本端标识对应。',
  'fix.CERT_INVALID.junos':
    'Junos：加载对端的 CA（`set security pki ca-profile <ca> ca-identity <ca>` 和 `request security pki ca-certificate load ca-profile <ca> filename <file>`），检查 `set security ike policy <policy> certificate local-certificate <cert>`、证书有效期和时钟（`show system uptime`），以及 ca-profile 的吊销检查。',
  'fix.AUTH_FAILED.junos':
    'Junos：将 IKE proposal 的 `authentication-method`、IKE policy 的预共享密钥或证书，以及网关的 `local-identity` / `remote-identity` 与对端对比；`set security ike traceoptions flag all` 可显示失败的检查项。',
  'fix.TS_MISMATCH.junos':
    'Junos：基于路由的 VPN：`set security ipsec vpn <vpn> ike proxy-identity local <local net> remote <remote net> service any`（或 `traffic-selector <ts> local-ip ... remote-ip ...`），与对端互为镜像（对端提议的本地为 {local}，远端为 {remote}）；基于策略的 VPN：检查隧道安全策略中的地址。',
  'fix.CHILD_PROPOSAL_MISMATCH.junos':
    'Junos：使 IPsec proposal 与对端一致：`set security ipsec proposal <p> protocol esp encryption-algorithm aes-256-cbc authentication-algorithm hmac-sha-256-128`、`set security ipsec policy <policy> proposals <p>`；{param} 不同（本 SRX {local}，对端 {remote}）。',
  'fix.PFS_MISMATCH.junos':
    'Junos：`set security ipsec policy <policy> perfect-forward-secrecy keys group14`，与对端一致（本 SRX {local}，对端 {remote}），或在两端都删除 `perfect-forward-secrecy`。',
  'fix.DPD_PEER_DEAD.junos':
    'Junos：查明 {peer} 为何停止应答（可达性、对端状态、路径上的 UDP 500/4500）；DPD 配置为 `set security ike gateway <gw> dead-peer-detection interval 10 threshold 5`；`set security ipsec vpn <vpn> establish-tunnels immediately` 可在对端恢复后重新建立隧道。',
  'fix.NAT_T_BLOCKED.junos':
    'Junos：除非网关上设置了 `no-nat-traversal`，否则 NAT-T 默认启用；`set security ike gateway <gw> nat-keepalive 10` 可保持 NAT 映射；路径必须双向放通 UDP 4500。',
  'fix.SA_DELETED_BY_PEER.junos':
    'Junos：查看对端日志，了解其删除 SA 的原因；`set security ipsec vpn <vpn> establish-tunnels immediately` 可使隧道重新建立。',
  'fix.STALE_SA.junos':
    'Junos：清除该对端的 SA：`clear security ike security-associations {peer}` 和 `clear security ipsec security-associations`；启用 DPD 以及 `set security ike respond-bad-spi 5`。',
  'fix.TUNNEL_DOWN.junos':
    'Junos：KMD_VPN_DOWN_ALARM_USER 中的 Reason 及其之前的日志行给出了原因；`show security ike security-associations`、`show security ipsec security-associations` 和 `show security ipsec inactive-tunnels` 可显示状态。',
  'fix.REKEY_FAILED.junos':
    'Junos：将 IKE 和 IPsec proposal 的 `lifetime-seconds` 以及 IPsec policy 的 PFS 组与对端对比。',
  'fix.LIFETIME_MISMATCH.junos':
    'Junos：`set security ike proposal <p> lifetime-seconds <s>` 和 `set security ipsec proposal <p> lifetime-seconds <s>`，与对端一致。',
  'fix.WEAK_CRYPTO.junos':
    'Junos：使用 IKEv2（`version v2-only`），IKE proposal 中设置 `encryption-algorithm aes-256-gcm`、`dh-group group20`，IPsec proposal 中设置 `encryption-algorithm aes-256-gcm`；停用 des/3des/md5/sha1 以及 DH 组 1、2、5。',
  'fix.INCONCLUSIVE.junos':
    'Junos：记录协商日志：`set security ike traceoptions file kmd-trace size 10m`、`set security ike traceoptions flag all`、`commit`，建立隧道后查看 `show log kmd-trace`；通过 `set system syslog file kmd-logs daemon info` 和 `match KMD` 可将 KMD_* 消息写入 syslog。',
};
export default messages;
