// zh messages: mikrotik
const messages: Record<string, string> = {
  'explain.mikrotik.ph1-timeout':
    '与 {remote} 的第一阶段放弃：未及时收到应答（{local} ↔ {remote}，cookie {ic}:{rc}；响应方 cookie 全为 0 表示对端从未应答）。',
  'explain.mikrotik.ph2-timeout': '第二阶段放弃：未及时收到应答。',
  'explain.mikrotik.ph1-start': '第一阶段（{mode}）开始：本路由器为 {dir} 方，{local} ↔ {remote}。',
  'explain.mikrotik.ph2-start': '第二阶段（快速模式）开始：本路由器为 {dir} 方，{local} ↔ {remote}。',
  'explain.mikrotik.isakmp-established': '第一阶段已建立：ISAKMP SA {local} ↔ {remote}，cookie {ic}:{rc}。',
  'explain.mikrotik.isakmp-gone': 'ISAKMP SA {local} ↔ {remote} 已被移除（{what}）。',
  'explain.mikrotik.ipsec-established': 'IPsec SA 已建立：{proto}/{encmode} {src} → {dst}，SPI 0x{spi}。',
  'explain.mikrotik.ipsec-expired': '一个 IPsec SA（{proto}/{encmode}）的生存时间已到期。',
  'explain.mikrotik.no-suitable-proposal':
    '对端的提议没有一个与本路由器的 profile/proposal 匹配（加密、哈希、DH 组）。',
  'explain.mikrotik.failed-valid-proposal': '与 {remote} 的第一阶段：对端提供的内容中没有有效的提议。',
  'explain.mikrotik.failed-preprocess':
    '无法处理来自 {remote} 的第 {ph} 阶段报文（通常发生在提议或密钥失败之后）。',
  'explain.mikrotik.phase1-failed': '与 {remote} 的第一阶段失败。',
  'explain.mikrotik.wrong-password': '无法解密来自 {remote} 的报文：很可能是预共享密钥不一致。',
  'explain.mikrotik.identity-not-found': '没有与对端身份标识匹配的 /ip ipsec identity{tail}。',
  'explain.mikrotik.id-vs-cert': '对端发送的身份标识不在其证书中。',
  'explain.mikrotik.ike2-new': '开始建立 IKEv2 SA（{role}）{peer} {local} ↔ {remote}。',
  'explain.mikrotik.peer-authorized': 'IKEv2：对端 {remote} 已通过认证；IKE SA 已建立。',
  'explain.mikrotik.killing-ike2': 'IKEv2 SA {local} ↔ {remote} 已被移除。',
  'explain.mikrotik.acquired': 'Mode config：已将地址 {ip} 分配给 {remote}。',
  'explain.mikrotik.dpd-dead': '对端存活检测：对端 {remote}{spi} 已不再应答。',
  'explain.mikrotik.not-responding': '对端已不再应答。',
  'explain.mikrotik.payload-missing': '收到的消息缺少 {payload} 载荷。',
  'explain.mikrotik.notification': '对端 {remote} 发送了通知 {name}。',
  'explain.mikrotik.received-notify': '对端发送了通知 {name}。',
  'explain.mikrotik.fatal-notify': '对端发送了致命通知 {name}：第一阶段被删除。',
  'explain.mikrotik.negotiation-failed': '{what} 协商失败{tail}。',
  'explain.mikrotik.no-policy': '没有与对端提议的网络匹配的 /ip ipsec policy{tail}。',
  'explain.mikrotik.rejected-attr': '对端的 {attr} 不匹配：本路由器 {db}，对端 {peerval}。',

  'fix.ESTABLISHED.mikrotik':
    'RouterOS：无需修复。如果流量不通，请将其排除在 NAT 之外（`/ip firewall nat add chain=srcnat action=accept ipsec-policy=out,ipsec place-before=0`），检查 Fasttrack，并查看 `/ip ipsec installed-sa print` 的计数器。',
  'fix.PEER_UNREACHABLE.mikrotik':
    'RouterOS：检查 `/ip ipsec peer set [find name=<peer>] address={peer}/32 local-address=<wan ip>`；`/ping {peer} src-address=<wan ip>`；放行 IKE：`/ip firewall filter add chain=input protocol=udp dst-port=500,4500 action=accept place-before=0` 以及 `protocol=ipsec-esp`；masquerade 规则不得改变 IKE 的源地址：`/ip firewall nat add chain=srcnat protocol=udp src-port=500,4500 action=accept place-before=0`；`/tool sniffer quick port=500,4500` 可显示报文在何处中断。',
  'fix.PEER_NOT_CONFIGURED.mikrotik':
    'RouterOS：添加对端：`/ip ipsec peer add name=<peer> address={peer}/32 exchange-mode=ike2 profile=<profile>` 及其 `/ip ipsec identity add peer=<peer> auth-method=pre-shared-key secret=...`；IKEv1 使用 `exchange-mode=main`。',
  'fix.IKE_VERSION_MISMATCH.mikrotik':
    'RouterOS：`/ip ipsec peer set [find name=<peer>] exchange-mode=ike2`（IKEv1 则为 `main`），与对端一致。',
  'fix.MODE_MISMATCH.mikrotik':
    'RouterOS：`/ip ipsec peer set [find name=<peer>] exchange-mode=main`（或 `aggressive`），以及 `/ip ipsec policy set [find peer=<peer>] tunnel=yes`（隧道模式或传输模式），与对端一致。',
  'fix.IKE_PROPOSAL_MISMATCH.mikrotik':
    'RouterOS：第一阶段参数在 profile 中：`/ip ipsec profile set [find name=<profile>] enc-algorithm=aes-256 hash-algorithm=sha256 dh-group=modp2048`，改为对端的值；{param} 不同（本路由器 {local}，对端 {remote}）；`proposal-check=obey` 会接受对端的生存时间。',
  'fix.PSK_MISMATCH.mikrotik':
    'RouterOS：`/ip ipsec identity set [find peer=<peer>] secret="<key>"`，使用与对端完全相同的密钥（注意末尾的空格）。',
  'fix.ID_MISMATCH.mikrotik':
    'RouterOS：`/ip ipsec identity set [find peer=<peer>] my-id=address:<our ip> remote-id=address:<peer ip>`（或 `fqdn:`、`user-fqdn:`），或使用 `remote-id=ignore` 配合 `match-by=remote-id`；它们必须与对端的远端/本端标识对应。',
  'fix.CERT_INVALID.mikrotik':
    'RouterOS：导入 CA（`/certificate import file-name=ca.crt`），`/ip ipsec identity set [find peer=<peer>] auth-method=digital-signature certificate=<ours> remote-certificate=<theirs or none>`；检查证书有效期、时钟（`/system clock print`）以及 subjectAltName 是否与 ID 相符。',
  'fix.AUTH_FAILED.mikrotik':
    'RouterOS：将 `/ip ipsec identity` 的 `auth-method`、密钥或证书以及 `my-id` / `remote-id` 与对端对比；`/system logging add topics=ipsec,!packet` 可显示失败的步骤。',
  'fix.TS_MISMATCH.mikrotik':
    'RouterOS：`/ip ipsec policy set [find peer=<peer>] src-address=<local net> dst-address=<remote net> tunnel=yes`，与对端互为镜像（对端提议的本地为 {local}，远端为 {remote}）；使用 `generate-policy` 时请检查 policy template group。',
  'fix.CHILD_PROPOSAL_MISMATCH.mikrotik':
    'RouterOS：第二阶段参数在 proposal 中：`/ip ipsec proposal set [find name=<proposal>] auth-algorithms=sha256 enc-algorithms=aes-256-cbc`，改为对端的值；{param} 不同（本路由器 {local}，对端 {remote}）。',
  'fix.PFS_MISMATCH.mikrotik':
    'RouterOS：`/ip ipsec proposal set [find name=<proposal>] pfs-group=modp2048`，与对端一致（本路由器 {local}，对端 {remote}），或两端都设为 `pfs-group=none`。',
  'fix.DPD_PEER_DEAD.mikrotik':
    'RouterOS：查明 {peer} 为何停止应答（可达性、对端状态、路径上的 UDP 500/4500）；DPD 设置为 `/ip ipsec profile set [find name=<profile>] dpd-interval=2m dpd-maximum-failures=5`。',
  'fix.NAT_T_BLOCKED.mikrotik':
    'RouterOS：`/ip ipsec profile set [find name=<profile>] nat-traversal=yes`；在 `/ip firewall filter`（chain=input）以及路径上的每台设备上放行 UDP 4500。',
  'fix.SA_DELETED_BY_PEER.mikrotik':
    'RouterOS：查看对端日志，了解其删除 SA 的原因；policy 级别设为 `level=unique` 或 `require` 后，有流量（或执行 `/ip ipsec active-peers kill-connections`）时即可重新建立。',
  'fix.STALE_SA.mikrotik':
    'RouterOS：执行 `/ip ipsec installed-sa flush` 和 `/ip ipsec active-peers kill-connections`，然后由流量触发隧道重新建立；在 profile 中保持启用 DPD。',
  'fix.TUNNEL_DOWN.mikrotik':
    'RouterOS：之前的日志行给出了原因；`/ip ipsec active-peers print` 和 `/ip ipsec installed-sa print` 可显示状态。',
  'fix.REKEY_FAILED.mikrotik':
    'RouterOS：将 profile 和 proposal 的 `lifetime` 以及 proposal 的 `pfs-group` 与对端对比。',
  'fix.LIFETIME_MISMATCH.mikrotik':
    'RouterOS：`/ip ipsec profile set [find name=<profile>] lifetime=<t>` 和 `/ip ipsec proposal set [find name=<proposal>] lifetime=<t>`，与对端一致（`proposal-check=obey` 会接受对端的值）。',
  'fix.WEAK_CRYPTO.mikrotik':
    'RouterOS：`/ip ipsec peer set ... exchange-mode=ike2`，profile 设为 `enc-algorithm=aes-256 hash-algorithm=sha256 dh-group=ecp384`，proposal 设为 `enc-algorithms=aes-256-gcm pfs-group=ecp384`；停用 des/3des/md5/sha1 以及 modp768/modp1024/modp1536。',
  'fix.INCONCLUSIVE.mikrotik':
    'RouterOS：记录协商日志：`/system logging add topics=ipsec,!packet action=memory`（或使用 remote 动作），建立隧道，然后执行 `/log print where topics~"ipsec"`。',
};
export default messages;
