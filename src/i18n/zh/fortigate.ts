// zh messages: fortigate (FortiGate IKE debug `diagnose debug application ike -1` and the VPN
// event log). `explain.fortigate.<pattern id>`: one line per pattern; placeholders are the
// pattern's named groups and the prefix's {conn} / {serial} / {phase2} / {vdom} (debug) or
// {tunnel} / {remip} / {locip} / {reason} / {logdesc} (event log).
// `fix.<CODE>.fortigate`: the fix on a FortiGate, CLI and GUI (VPN > IPsec Tunnels).
const messages: Record<string, string> = {
  // ---- debug output ----
  'explain.fortigate.comes':
    '一个 IKE 报文从 {src} 端口 {sport} 到达本 FortiGate 的 {dst} 端口 {dport}（接口索引 {ifindex}）。',
  'explain.fortigate.exchange': '该报文为 IKEv{v}，交换类型 {xchg}；SPI/cookie 为 {ispi}/{rspi}。',
  'explain.fortigate.hex-dump': 'IKE 报文的原始字节（debug 级别 -1）；对诊断无参考价值。',
  'explain.fortigate.mode-msg':
    'IKEv1 {mode} mode：本 FortiGate 作为 {role}，{verb}了本方的第 {nth} 条消息。',
  'explain.fortigate.v2-received': 'IKEv2：本 FortiGate 作为 {role}，收到了 {what} {kind}。',
  'explain.fortigate.sent-msg': '本 FortiGate 从 {src}:{sport} 向 {dst}:{dport} 发送了 IKE 消息 {what}。',
  'explain.fortigate.vid': '对端发送了 Vendor ID {vid}。',
  'explain.fortigate.prop-incoming': '以下为对端提供的提议（每个 proposal id 一个块）。',
  'explain.fortigate.prop-mine': '以下为本 FortiGate 为网关 {gw} 配置的提议；请与上面对端的块进行比较。',
  'explain.fortigate.prop-result': '以下为两端协商一致的提议。',
  'explain.fortigate.prop-id': '该块中的第 {pid} 号提议。',
  'explain.fortigate.prop-protocol':
    '该提议用于协议 {proto}（ISAKMP/IKEv2：第一阶段；IPSEC_ESP：第二阶段）。',
  'explain.fortigate.prop-trans': 'Transform {trans}（密钥长度 {klen}）。',
  'explain.fortigate.prop-encap': '封装方式 {encap}。',
  'explain.fortigate.prop-attr': 'Transform 属性 {type} = {val}。',
  'explain.fortigate.prop-lifetime': 'SA 生存期 {life} 秒。',
  'explain.fortigate.prop-pfs': '第二阶段启用 PFS，Diffie-Hellman 组 {grp}。',
  'explain.fortigate.prop-matched': 'IKEv2：对端的提议 {pid} 与本 FortiGate 的配置匹配。',
  'explain.fortigate.isakmp-sa': '已计算出 IKE SA {ispi}/{rspi} 的密钥（Diffie-Hellman 交换成功）。',
  'explain.fortigate.established': '第一阶段已建立：IKE SA {ispi}/{rspi} 已建立。',
  'explain.fortigate.auth-ok': '对端认证成功（{what}）。',
  'explain.fortigate.auth-failed': '对端认证失败：{what} {why}。',
  'explain.fortigate.psk-mismatch': '无法读取对端的加密消息：两端的预共享密钥很可能不一致。',
  'explain.fortigate.parse-error': '无法解析收到的消息（若在解密之后：通常是预共享密钥错误）。',
  'explain.fortigate.peer-id': '对端声明的身份为 {id}（{idtype}）。',
  'explain.fortigate.nat':
    'NAT 检测结果：{where}（ME = 本 FortiGate 位于 NAT 之后，PEER = 对端位于 NAT 之后）。',
  'explain.fortigate.no-proposal': '对端没有任何提议与配置（加密、完整性/哈希、DH 组）匹配：协商失败。',
  'explain.fortigate.proposal-not-match': '对端的 SA 提议与本地策略不匹配：两端的提议没有任何交集。',
  'explain.fortigate.no-suitable-proposal': '未找到合适的提议：两端没有共同的提议。',
  'explain.fortigate.negotiation-failure': 'IKE SA 协商失败（原因见前面几行）。',
  'explain.fortigate.negotiation-timeout': '协商超时：对端停止响应。',
  'explain.fortigate.notify-processing': '对端发送了通知 {name}。',
  'explain.fortigate.error-notify-abort': '对端对 {what} 交换回复了错误通知：协商中止。',
  'explain.fortigate.notify-send': '本 FortiGate 向对端发送通知 {name}。',
  'explain.fortigate.no-gateway': '本 FortiGate 上没有与发送请求的对端匹配的第一阶段（网关）。',
  'explain.fortigate.dpd-failed': '对端存活检测放弃：对端已不再响应。',
  'explain.fortigate.p2-connect': '从 {src} 向 {dst}:{dport} 发起第二阶段。',
  'explain.fortigate.p2-housekeeping': '第二阶段内部记录；对诊断无参考价值。',
  'explain.fortigate.no-phase2': '对端的第二阶段选择器（本地/远端子网）与该隧道的任何第二阶段都不匹配。',
  'explain.fortigate.p2-proposal-failed': '第二阶段失败：{what}。',
  'explain.fortigate.ts-selectors': '第二阶段选择器 {which}：{from} – {to}。',
  'explain.fortigate.sa-key': '已安装 IPsec SA（{dir}，SPI {spi}）的密钥。',
  'explain.fortigate.added-sa': '第二阶段已建立：IPsec SA 已安装，入方向 SPI {in}，出方向 SPI {out}。',
  'explain.fortigate.snmp-trap': '隧道状态变为 {updown}（已发送 SNMP trap）。',
  'explain.fortigate.delete-sa': '删除一个 SA（{peer} {what1}{what2}{what3}）。',
  'explain.fortigate.oper': '隧道接口被置为 {updown}。',
  'explain.fortigate.debug-other': 'FortiGate IKE debug 行，对诊断无参考价值：{text}',
  // ---- event log ----
  'explain.fortigate.ev-csv-header': '日志导出文件的表头行：列出下面各行的列名。',
  'explain.fortigate.ev-negotiate-error': '{logdesc}：隧道 {tunnel}，对端 {remip}，原因“{reason}”。',
  'explain.fortigate.ev-negotiate-progress': '{logdesc}：隧道 {tunnel}，对端 {remip}。',
  'explain.fortigate.ev-tunnel-up': '到 {remip} 的隧道 {tunnel} 已建立（up）。',
  'explain.fortigate.ev-tunnel-down': '到 {remip} 的隧道 {tunnel} 已断开（down）。',
  'explain.fortigate.ev-phase2': '隧道 {tunnel} 的第二阶段变为 {updown}。',
  'explain.fortigate.ev-dpd': '对端存活检测：隧道 {tunnel} 的对端 {remip} 无响应。',
  'explain.fortigate.ev-install-sa': '已安装隧道 {tunnel} 的 IPsec SA。',
  'explain.fortigate.ev-delete-sa': '隧道 {tunnel} 的一个 SA 已被删除。',
  'explain.fortigate.ev-stats': '隧道 {tunnel} 的流量统计。',
  'explain.fortigate.ev-other': '{logdesc}（隧道 {tunnel}，对端 {remip}）。',

  // ---- fix steps on a FortiGate ----
  'fix.ESTABLISHED.fortigate':
    'FortiGate：无需修复。如果流量不通，请检查进出隧道接口的防火墙策略、经隧道到远端子网的静态路由，以及 `diagnose vpn tunnel list name <tunnel>`（SA 计数器）。',
  'fix.PEER_UNREACHABLE.fortigate':
    'FortiGate：1) 执行 `execute ping-options source <wan IP>`，再执行 `execute ping {peer}`；2) `diagnose sniffer packet any "host {peer} and (udp port 500 or udp port 4500)" 4` 可显示请求是否发出、应答是否返回；3) 检查 `config vpn ipsec phase1-interface` 中的 `set remote-gw` 和 `set interface`（GUI：VPN > IPsec 隧道 > 隧道 > 网络 > 远程网关 / 接口）；4) 路径上所有防火墙都必须放行 UDP 500、UDP 4500 和 ESP。',
  'fix.PEER_NOT_CONFIGURED.fortigate':
    'FortiGate：为 {peer} 添加或更正第一阶段：`config vpn ipsec phase1-interface` → `edit <tunnel>` → `set remote-gw {peer}`（拨号对端：`set type dynamic`）、`set interface <wan>`，以及与对端相同的 `set ike-version`（GUI：VPN > IPsec 隧道 > 新建，远程网关 = 静态 IP 地址 {peer}）。',
  'fix.IKE_VERSION_MISMATCH.fortigate':
    'FortiGate：`config vpn ipsec phase1-interface` → `edit <tunnel>` → `set ike-version 2`（或 1，与对端一致）（GUI：VPN > IPsec 隧道 > 隧道 > 编辑 > 网络 > IKE 版本）。',
  'fix.MODE_MISMATCH.fortigate':
    'FortiGate：在 `config vpn ipsec phase1-interface` 中设置 IKEv1 交换模式 `set mode main` 或 `set mode aggressive`（GUI：认证 > IKE > 模式），并在 `config vpn ipsec phase2-interface` 中设置第二阶段封装 `set encapsulation tunnel-mode`，与对端一致。',
  'fix.IKE_PROPOSAL_MISMATCH.fortigate':
    'FortiGate：`config vpn ipsec phase1-interface` → `edit <tunnel>` → `set proposal aes256-sha256 ...` 和 `set dhgrp 14 ...`，使至少一个组合与对端相同；{param} 不一致（本 FortiGate {local}，对端 {remote}）（GUI：VPN > IPsec 隧道 > 隧道 > 编辑 > 第一阶段提议：加密、认证、Diffie-Hellman 组）。`diagnose debug application ike -1` 会输出双方的提议（incoming proposal / my proposal）。',
  'fix.PSK_MISMATCH.fortigate':
    'FortiGate：在两端重新输入密钥：`config vpn ipsec phase1-interface` → `edit <tunnel>` → `set psksecret <key>`（GUI：VPN > IPsec 隧道 > 隧道 > 编辑 > 认证 > 预共享密钥）；注意末尾空格和特殊字符。密钥错误时，响应方会显示 "probable pre-shared secret mismatch"。',
  'fix.ID_MISMATCH.fortigate':
    'FortiGate：本 FortiGate 发送的身份为 `set localid <id>`（配合 `set localid-type`）；接受的身份为 `config vpn ipsec phase1-interface` 中的 `set peertype one` + `set peerid <id>`（GUI：认证 > 接受类型 / 对端 ID，第一阶段 > 本地 ID）。它们必须分别对应对端的远端/本端身份。',
  'fix.CERT_INVALID.fortigate':
    'FortiGate：在 `config vpn ipsec phase1-interface` 中设置 `set authmethod signature`、`set certificate <local cert>` 和 `set peer <user peer>`；导入对端的 CA（系统 > 证书 > 导入 > CA 证书），并检查有效期、系统时钟（`execute time`）以及 `config user peer` 条目要求的 subject。',
  'fix.AUTH_FAILED.fortigate':
    'FortiGate：与对端比较 `set authmethod`（psk / signature）、`set psksecret` 或证书，以及 `set localid` / `set peerid`；在两端执行 `diagnose debug application ike -1` 可看到是哪项检查失败。',
  'fix.TS_MISMATCH.fortigate':
    'FortiGate：`config vpn ipsec phase2-interface` → `edit <phase2>` → `set src-subnet <local net>` / `set dst-subnet <remote net>`（或 src-name/dst-name 地址对象）必须与对端的选择器互为镜像（对端提议本地 {local}，远端 {remote}）（GUI：VPN > IPsec 隧道 > 隧道 > 编辑 > 第二阶段选择器 > 本地 / 远程地址）。对于基于路由的对端，两端均使用 0.0.0.0/0。',
  'fix.CHILD_PROPOSAL_MISMATCH.fortigate':
    'FortiGate：`config vpn ipsec phase2-interface` → `edit <phase2>` → `set proposal aes256-sha256 ...`，加入对端的第二阶段组合；{param} 不一致（本 FortiGate {local}，对端 {remote}）（GUI：第二阶段选择器 > 高级 > 加密 / 认证）。',
  'fix.PFS_MISMATCH.fortigate':
    'FortiGate：`config vpn ipsec phase2-interface` → `edit <phase2>` → `set pfs enable` + `set dhgrp <group>`，与对端一致（本 FortiGate {local}，对端 {remote}），或两端均设置 `set pfs disable`（GUI：第二阶段选择器 > 高级 > 启用完全正向保密（PFS）、Diffie-Hellman 组）。',
  'fix.DPD_PEER_DEAD.fortigate':
    'FortiGate：查明 {peer} 停止响应的原因（可达性、其自身状态、路径上的 UDP 500/4500）；DPD 设置为 `config vpn ipsec phase1-interface` 中的 `set dpd on-idle`、`set dpd-retrycount` 和 `set dpd-retryinterval`（GUI：第一阶段 > 对端存活检测）。在第二阶段中设置 `set auto-negotiate enable`，可在对端恢复后重建隧道。',
  'fix.NAT_T_BLOCKED.fortigate':
    'FortiGate：在 `config vpn ipsec phase1-interface` 中设置 `set nattraversal enable`（或 `forced`）（GUI：网络 > NAT 穿越）；路径上所有设备都必须双向放行 UDP 4500；`set keepalive 10` 可保持 NAT 映射。',
  'fix.SA_DELETED_BY_PEER.fortigate':
    'FortiGate：查看对端日志了解其删除 SA 的原因；在 `config vpn ipsec phase2-interface` 中设置 `set auto-negotiate enable` 和 `set keepalive enable`，无流量时也能重建隧道。',
  'fix.STALE_SA.fortigate':
    'FortiGate：在两端清除该隧道的 SA：`diagnose vpn ike gateway clear name <tunnel>`；启用 DPD（`set dpd on-idle`），以便察觉对端重启。',
  'fix.TUNNEL_DOWN.fortigate':
    'FortiGate：隧道断开事件之前的日志行给出了原因；`diagnose vpn ike gateway list name <tunnel>` 和 `get vpn ipsec tunnel summary` 显示当前状态；用 `diagnose vpn tunnel up <phase2> <tunnel>` 拉起隧道（GUI：仪表板 > 网络 > IPsec > 启动）。',
  'fix.REKEY_FAILED.fortigate':
    'FortiGate：与对端比较生存期（phase1-interface 中的 `set keylife`、phase2-interface 中的 `set keylifeseconds`）以及第二阶段的 PFS 组。',
  'fix.LIFETIME_MISMATCH.fortigate':
    'FortiGate：`config vpn ipsec phase1-interface` 中的 `set keylife <s>` 和 `config vpn ipsec phase2-interface` 中的 `set keylifeseconds <s>`，与对端一致。',
  'fix.WEAK_CRYPTO.fortigate':
    'FortiGate：在 phase1-interface 中设置 `set ike-version 2`、`set proposal aes256gcm-prfsha384 aes256-sha256` 和 `set dhgrp 20 19 14`；在 phase2-interface 中设置 `set proposal aes256gcm aes256-sha256` 和 `set dhgrp 20`；删除 des/3des/md5/sha1 以及 DH 组 1、2、5。',
  'fix.INCONCLUSIVE.fortigate':
    'FortiGate：抓取协商过程：`diagnose debug reset`、`diagnose vpn ike log filter rem-addr4 {peer}`（6.x：`diagnose vpn ike log-filter dst-addr4 {peer}`）、`diagnose debug application ike -1`、`diagnose debug console timestamp enable`、`diagnose debug enable`，然后拉起隧道并分析输出（完成后执行 `diagnose debug disable`）。',
};
export default messages;
