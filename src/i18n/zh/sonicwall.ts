// zh messages: sonicwall
// SonicOS 的界面为英文，菜单路径和字段名保留英文原文。
const messages: Record<string, string> = {
  'explain.sonicwall.v1-start': '本 SonicWall 向 {peer} 发起 IKEv1 协商（{mode} 模式，第一阶段）。',
  'explain.sonicwall.v1-respond':
    '对端 {peer} 发起 IKEv1 协商（{mode} 模式，第一阶段）；本 SonicWall 进行响应。',
  'explain.sonicwall.v1-complete': '与 {peer} 的第一阶段（{mode} 模式）完成：IKE SA 已建立。',
  'explain.sonicwall.v1-quick-start': '本 SonicWall 与 {peer} 开始快速模式（第二阶段）。',
  'explain.sonicwall.v1-quick-respond': '对端 {peer} 开始快速模式（第二阶段）。',
  'explain.sonicwall.ipsec-accept': 'IPsec（第二阶段）提议已被接受：两端的 ESP 算法一致。',
  'explain.sonicwall.ipsec-reject': '对端的 IPsec（第二阶段）提议与 VPN 策略的 IPsec 提议不匹配。',
  'explain.sonicwall.negotiation-complete': '与 {peer} 的协商完成：IPsec SA 已添加，隧道已建立。',
  'explain.sonicwall.v2-exchange': 'IKEv2：本 SonicWall {dir} {ex} {rr}（{peer}）。',
  'explain.sonicwall.v2-ike-accept': 'IKEv2：IKE SA 提议已被接受。',
  'explain.sonicwall.v2-auth-ok': 'IKEv2：对端 {peer} 认证成功；IKE SA 已建立。',
  'explain.sonicwall.ike-proposal-mismatch':
    '对端的 IKE（第一阶段）提议与 VPN 策略的 IKE 提议不匹配（加密、认证、DH 组或生存时间）。',
  'explain.sonicwall.algorithm-mismatch': '本 SonicWall 的提议与对端的提议在 {what} 上不匹配。',
  'explain.sonicwall.notify': '对端 {peer} 发送了通知 {n}。',
  'explain.sonicwall.v2-notify-error': 'IKEv2：对端 {peer} 回复了错误通知 {note}。',
  'explain.sonicwall.payload-error':
    '无法处理来自 {peer} 的报文（如果发生在解密之后，通常表示预共享密钥错误）。',
  'explain.sonicwall.psk-mismatch': '对端的加密报文验证失败：两端的预共享密钥很可能不一致。',
  'explain.sonicwall.auth-failed': '对端 {peer} 认证失败。',
  'explain.sonicwall.id-mismatch': '对端 {peer} 提供的 IKE 身份标识与任何 VPN 策略都不匹配（{note}）。',
  'explain.sonicwall.ts-mismatch': '对端为第二阶段提议的网络与 VPN 策略的本地/远端网络不匹配 {note}。',
  'explain.sonicwall.pfs-mismatch': '完美前向保密（第二阶段 DH 组）只在一端设置，或两端使用了不同的组。',
  'explain.sonicwall.peer-not-configured': '本 SonicWall 上没有与对端 {peer} 匹配的 VPN 策略。',
  'explain.sonicwall.retransmit': '{peer} 没有应答：重新发送 IKE 请求（{role}）。',
  'explain.sonicwall.dpd-dead': 'DPD（对等体存活检测）：对端 {peer} 已不再应答。',
  'explain.sonicwall.delete-received': '对端 {peer} 请求删除一个 SA。',
  'explain.sonicwall.delete-sent': '本 SonicWall 删除与 {peer} 的一个 SA。',
  'explain.sonicwall.delete-response': '对删除请求的应答。',
  'explain.sonicwall.lifetime-expired': 'IKE SA 的生存时间已到期；将重新协商。',
  'explain.sonicwall.spi-unknown': '收到的 ESP 报文所属的 SPI 本 SonicWall 不认识（某一端已删除的 SA）。',
  'explain.sonicwall.esp-error': 'ESP 报文解密或认证失败（{note}）。',
  'explain.sonicwall.tunnel-state': '与 {peer} 的 VPN 隧道状态：{st}。',
  'explain.sonicwall.nat-discovery':
    'NAT 发现：{who} IPsec 网关位于 NAT/NAPT 设备之后；IKE 和 ESP 切换到 UDP 4500（NAT-T）。',
  'explain.sonicwall.no-response':
    '{peer} 没有应答：{role} 不再等待下一个 IKE 报文（remote party timeout）。',
  'explain.sonicwall.negotiation-aborted': '与 {peer} 的 IKE 协商已中止：对端没有及时应答。',
  'explain.sonicwall.header-verification':
    '来自 {peer} 的 IKE 报文头部验证失败（cookie 或交换类型错误，或者是本 SonicWall 未预期的报文）。',
  'explain.sonicwall.duplicate-packet':
    '{peer} 再次发送了相同的 IKE 报文：它没有收到本 SonicWall 的应答（请检查返回对端的路径）。',
  'explain.sonicwall.packet-trace':
    'IKE 报文跟踪：{dir} {ex}（发起方 cookie {ic}，消息 ID 0x{mid}），载荷 {pl}。',

  'fix.ESTABLISHED.sonicwall':
    'SonicWall：无需修复。如果流量不通，请检查访问规则 VPN > LAN / LAN > VPN、VPN 策略的 Network 选项卡（本地和远端网络），以及 Network > IPSec VPN > Rules and Settings > Active Tunnels（SonicOS 6.5：VPN > Settings > Currently Active VPN Tunnels）。',
  'fix.PEER_UNREACHABLE.sonicwall':
    'SonicWall：在 Network > IPSec VPN > Rules and Settings > 编辑策略 > General 中检查策略的 IPsec Primary Gateway Name or Address（{peer}）（CLI：`vpn policy site-to-site "<policy>"` → `gateway primary {peer}`）；用 Monitor > Packet Monitor 抓包（过滤条件：host {peer}，UDP 500/4500），查看请求是否发出、应答是否返回；路径上的所有防火墙和 NAT 设备都必须放行 UDP 500、UDP 4500 和 ESP。',
  'fix.PEER_NOT_CONFIGURED.sonicwall':
    'SonicWall：为 {peer} 添加站点到站点 VPN 策略：Network > IPSec VPN > Rules and Settings > Add > Policy Type Site to Site，IPsec Primary Gateway 设为 {peer}，认证方法和 IKE 身份标识与对端一致（CLI：`vpn policy site-to-site "<policy>"`、`gateway primary {peer}`、`commit`）。地址动态变化的对端需要在 Group VPN / “0.0.0.0” 网关上配置策略，并使用野蛮模式或 IKEv2 身份标识。',
  'fix.IKE_VERSION_MISMATCH.sonicwall':
    'SonicWall：编辑 VPN 策略 > Proposals > IKE (Phase 1) Proposal > Exchange：按对端设置为 IKEv2 Mode、Main Mode 或 Aggressive Mode（CLI：在 `vpn policy site-to-site "<policy>"` 中执行 `proposal ike exchange ikev2` / `main` / `aggressive`）。',
  'fix.MODE_MISMATCH.sonicwall':
    'SonicWall：Proposals > IKE (Phase 1) Proposal > Exchange 必须与对端的模式一致（Main Mode 或 Aggressive Mode；CLI `proposal ike exchange main|aggressive`）；第二阶段协议为隧道模式的 ESP。',
  'fix.IKE_PROPOSAL_MISMATCH.sonicwall':
    'SonicWall：编辑 VPN 策略 > Proposals > IKE (Phase 1) Proposal：DH Group、Encryption、Authentication 和 Life Time 必须与对端一致（{param}：本端 {local}，对端 {remote}）。CLI：`vpn policy site-to-site "<policy>"` → `proposal ike dh-group 14`、`proposal ike encryption aes-256`、`proposal ike authentication sha-256`、`proposal ike lifetime 28800`、`commit`。',
  'fix.PSK_MISMATCH.sonicwall':
    'SonicWall：在两端重新输入密钥：VPN 策略 > General > Authentication Method IKE using Preshared Secret > Shared Secret / Confirm Shared Secret（CLI：`auth-method shared-secret`、`shared-secret <key>`、`commit`）；注意末尾空格和特殊字符。SonicOS 将错误的密钥记录为 "Failed payload verification after decryption; possible preshared key mismatch"。',
  'fix.ID_MISMATCH.sonicwall':
    'SonicWall：VPN 策略 > General > Local IKE ID 和 Peer IKE ID（IP 地址、域名、电子邮件地址或防火墙标识）必须与对端发送和期望的身份标识一致（CLI：`ike-id local ...` / `ike-id peer ...`）。使用野蛮模式时 ID 必须完全一致。',
  'fix.CERT_INVALID.sonicwall':
    'SonicWall：Authentication Method 选择 IKE using 3rd Party Certificates；在 Device > Settings > Certificates（SonicOS 6.5：System > Certificates）中导入对端的 CA，检查证书有效期、系统时间（Device > Settings > Time），以及证书必须包含的 Peer IKE ID 类型/值。',
  'fix.AUTH_FAILED.sonicwall':
    'SonicWall：将 VPN 策略 > General 中的认证方法（预共享密钥或证书）、Shared Secret 以及 Local/Peer IKE ID 与对端比较；失败之前的日志行会指出是哪项检查失败。',
  'fix.TS_MISMATCH.sonicwall':
    'SonicWall：VPN 策略 > Network：Local Networks 和 Remote Networks（地址对象或地址组）必须与对端互为镜像（对端提议的本地为 {local}，远端为 {remote}）；CLI `network local name <object>` / `network remote name <object>`。如果对端提议 0.0.0.0/0，需要启用 "Use this VPN Tunnel as default route" 或使用隧道接口策略。',
  'fix.CHILD_PROPOSAL_MISMATCH.sonicwall':
    'SonicWall：VPN 策略 > Proposals > IPsec (Phase 2) Proposal：Protocol ESP、Encryption、Authentication 和 Life Time 必须与对端一致（{param}：本端 {local}，对端 {remote}）。CLI：`proposal ipsec protocol esp encryption aes-256 authentication sha-256`、`proposal ipsec lifetime 28800`。',
  'fix.PFS_MISMATCH.sonicwall':
    'SonicWall：VPN 策略 > Proposals > IPsec (Phase 2) Proposal > Enable Perfect Forward Secrecy 及其 DH Group 必须与对端一致（本端 {local}，对端 {remote}）；或者两端都关闭 PFS（CLI：`proposal ipsec perfect-forward-secrecy dh-group 14` / `no proposal ipsec perfect-forward-secrecy`）。',
  'fix.DPD_PEER_DEAD.sonicwall':
    'SonicWall：查明 {peer} 不再应答的原因（可达性、对端状态、路径上的 UDP 500/4500）。DPD 的设置位于 VPN 策略 > Advanced > Enable Keep Alive，以及 Network > IPSec VPN > Rules and Settings > Advanced > Enable IKE Dead Peer Detection（间隔、失败触发次数）。',
  'fix.NAT_T_BLOCKED.sonicwall':
    'SonicWall：启用 NAT 穿越（Network > IPSec VPN > Rules and Settings > Advanced > Enable NAT Traversal），并确保路径上的所有设备双向放行 UDP 4500；对端位于 NAT 之后时，使用 IKEv2 或野蛮模式，并采用非私网地址的身份标识。',
  'fix.SA_DELETED_BY_PEER.sonicwall':
    'SonicWall：查看对端日志，了解其删除 SA 的原因；启用 VPN 策略 > Advanced > Enable Keep Alive 后，即使没有流量隧道也会重新建立。',
  'fix.STALE_SA.sonicwall':
    'SonicWall：在两端重新协商隧道：Network > IPSec VPN > Rules and Settings > Active Tunnels > Renegotiate（SonicOS 6.5：VPN > Settings > Currently Active VPN Tunnels > Renegotiate），并启用 IKE Dead Peer Detection，以便察觉对端重启。',
  'fix.TUNNEL_DOWN.sonicwall':
    'SonicWall：隧道断开之前的日志行给出了原因；Network > IPSec VPN > Rules and Settings > Active Tunnels 显示当前的 SA；在策略的 Advanced 选项卡中启用 Keep Alive，使隧道能够自动恢复。',
  'fix.REKEY_FAILED.sonicwall':
    'SonicWall：将 VPN 策略 > Proposals 中 IKE 和 IPsec 的 Life Time 以及 PFS DH 组与对端比较。',
  'fix.LIFETIME_MISMATCH.sonicwall':
    'SonicWall：VPN 策略 > Proposals > IKE (Phase 1) Life Time 和 IPsec (Phase 2) Life Time（秒），与对端保持一致（CLI `proposal ike lifetime <s>`、`proposal ipsec lifetime <s>`）。',
  'fix.WEAK_CRYPTO.sonicwall':
    'SonicWall：VPN 策略 > Proposals：Exchange 选择 IKEv2 Mode，DH Group 选择 14 或 19/20，Encryption 选择 AES-256（或 AES-GCM），Authentication 选择 SHA-256 或更强；不要使用 DES/3DES/MD5/SHA1，也不要使用 DH 组 1、2、5。',
  'fix.INCONCLUSIVE.sonicwall':
    'SonicWall：提高日志级别：在 Device > Log > Settings（SonicOS 6.5：Log > Categories）中将 VPN IKE 和 VPN IPsec 设为 Debug / Inform，将日志发送到 syslog（Device > Log > Syslog）或导出（Device > Log > Monitor > Export），复现协商过程后分析导出的日志；Monitor > Packet Monitor 可以显示 IKE 报文。',
};
export default messages;
