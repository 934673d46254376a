// zh messages: cisco-asa
const messages: Record<string, string> = {
  'explain.cisco-asa.ike-initiator-new':
    'ASA 作为发起方向 {peer}（接口 {intf}）发起 IKEv1 第 {phase} 阶段协商；由匹配 crypto map 条目的流量触发。',
  'explain.cisco-asa.phase1-completed': 'IKEv1 第一阶段完成：与对端的 ISAKMP SA 已建立（认证成功）。',
  'explain.cisco-asa.phase2-completed':
    'IKEv1 第二阶段（快速模式）完成：该 crypto map 条目的 IPsec SA 已建立。',
  'explain.cisco-asa.security-negotiation-complete':
    'IPsec SA 对已建立（{role}）；入方向 SPI {spiIn}，出方向 SPI {spiOut}。',
  'explain.cisco-asa.connection-terminated': '到 {peer} 的 IPsec 隧道已终止；ASA 给出的原因为“{reason}”。',
  'explain.cisco-asa.session-torn-down': 'VPN 会话正在被拆除；ASA 给出的原因：“{reason}”。',
  'explain.cisco-asa.session-disconnected':
    '{type} 会话在 {duration} 后结束（发送 {tx} 字节，接收 {rx} 字节）；原因：“{reason}”。',
  'explain.cisco-asa.no-matching-crypto-map':
    '第二阶段被拒绝：对端提议的代理 ID（远端 {rp}，本端 {lp}）与接口 {intf} 上任何 crypto map ACL 都不匹配。两端的 crypto ACL 必须互为镜像。',
  'explain.cisco-asa.crypto-map-policy-not-found-v1':
    '第二阶段被拒绝：没有 crypto map 条目覆盖所提议的网络（源 {src}，目的 {dst}）。请检查两端的 crypto ACL。',
  'explain.cisco-asa.qm-fsm-error': '快速模式（第二阶段）状态机出错；原因见其前后的日志行。',
  'explain.cisco-asa.peer-table-remove-failed': '未完成协商后的清理（ASA 找不到要删除的 {table} 表项）。',
  'explain.cisco-asa.peer-tbl-entry': '未完成的 IKE 协商后的清理；原因请查看其前面的日志行。',
  'explain.cisco-asa.attribute-mismatch':
    '第 {phase} 阶段提议在“{cls}”上不匹配：对端提议 {rcvd}，本 ASA 配置为 {cfgd}。',
  'explain.cisco-asa.user-authorization-failed': '用户授权失败：{reason}。',
  'explain.cisco-asa.payload-error':
    'ASA 无法处理对端报文中的载荷 {payload}（载荷 1 是 SA 载荷：通常表示没有可接受的提议）。',
  'explain.cisco-asa.notify-nonroutine': '对端发送了通知“{text}”（{code}）；它通常指出了某项配置不匹配。',
  'explain.cisco-asa.ike-lost-contact': '对端不再响应 {type} keepalive：ASA 判定其失效并删除了隧道。',
  'explain.cisco-asa.keepalive-mismatch':
    '本端 keepalive 配置为 {cfg}，但对端 {peer} 与之不同（类型 {type}）。',
  'explain.cisco-asa.keepalive-type': '该隧道使用的 keepalive 类型：{type}。',
  'explain.cisco-asa.nat-detection':
    'NAT 检测：对端是否位于 NAT 之后：{remote}；本端是否位于 NAT 之后：{local}。',
  'explain.cisco-asa.duplicate-phase1':
    '对端再次发送了相同的第一阶段报文（它没有收到或无法使用我们的应答）；ASA 重发其上一个报文。',
  'explain.cisco-asa.duplicate-first-packet': '对端重传了它的第一个 IKE 报文；重复的报文被忽略。',
  'explain.cisco-asa.retransmit-dispatched': '尚未收到应答：ASA 重传其第 {phase} 阶段报文（{fsm} 交换）。',
  'explain.cisco-asa.psk-decrypt-error': '无法解密对端的主模式加密报文：两端的预共享密钥不一致。',
  'explain.cisco-asa.invalid-payloads':
    '对端发来的加密 {mode} 报文解密后是无效数据；在主模式下，这是预共享密钥不一致的迹象。',
  'explain.cisco-asa.no-matching-sa':
    '收到的加密 IKE 报文所属的 SA 在 ASA 上已不存在（对端上残留的失效 SA）。',
  'explain.cisco-asa.invalid-spi-notify':
    '对端报告它不认识 IPsec SPI {spi}：对端丢失了该 SA（重启或被清除）。',
  'explain.cisco-asa.ike-proposal-acceptable': '对端的 IKE（第一阶段）提议与已配置的某个 IKE 策略匹配。',
  'explain.cisco-asa.ipsec-proposal-acceptable':
    '对端的 IPsec（第二阶段）提议与 crypto map 条目 {entry} 匹配。',
  'explain.cisco-asa.all-ipsec-proposals-unacceptable':
    '对端的 IPsec（第二阶段）提议与该 crypto map 条目的 transform set 都不匹配。',
  'explain.cisco-asa.all-ike-proposals-unacceptable':
    '对端的 IKE（第一阶段）提议与本 ASA 的 IKE 策略都不匹配。',
  'explain.cisco-asa.ike-decode': 'IKE 报文 {dir}（消息 ID {mid}，{len} 字节）。',
  'explain.cisco-asa.user-authenticated': 'XAUTH 用户 {user} 已通过认证。',
  'explain.cisco-asa.xauth-failed': '扩展认证（XAUTH）失败：请检查配置的用户名和密码。',
  'explain.cisco-asa.unknown-tunnel-group':
    '野蛮模式报文 1 指定的 tunnel group “{name}”在本 ASA 上没有配置。',
  'explain.cisco-asa.group-not-found': '没有 tunnel group “{name}”，也没有默认预共享密钥：该对端未配置。',
  'explain.cisco-asa.default-group-psk': '没有 tunnel group “{name}”：ASA 改用默认组的预共享密钥。',
  'explain.cisco-asa.ike-peer-not-configured': '没有为该目的地址配置 LAN-to-LAN 对端 {peer}。',
  'explain.cisco-asa.initiator-no-policy':
    '从 {src} 到 {dst}（接口 {intf}）的流量应当触发建立隧道，但没有找到对应的 crypto map 策略。',
  'explain.cisco-asa.tunnel-rejected-l2l-peer': '已拒绝：IKE 对端 {ike} 不是匹配的 L2L 策略中的对端 {cfg}。',
  'explain.cisco-asa.tunnel-rejected-sa-not-found': '已拒绝：没有为组 {grp} 配置 IPsec SA {sa}。',
  'explain.cisco-asa.group-lock': '已拒绝：用户 {user} 不是组 {grp} 的成员（group-lock）。',
  'explain.cisco-asa.session-timed-out': 'IKE 协商在状态 {state} 超时，已中止。',
  'explain.cisco-asa.rekey-duration': '两端提议的 {unit} 生存期不同（{from} → {to}）；使用较小的值。',
  'explain.cisco-asa.delete-with-reason': 'ASA 删除 {what} SA，并将原因告知对端：“{reason}”。',
  'explain.cisco-asa.received-delete-rekeyed': '重协商后对端删除了旧的 {what}；属于正常现象。',
  'explain.cisco-asa.qm-start': '快速模式（第二阶段）开始，本 ASA 作为 {role}（消息 ID {mid}）。',
  'explain.cisco-asa.crypto-map-check': 'ASA 查找与对端代理 ID 匹配的 crypto map 条目。',
  'explain.cisco-asa.dh-group-override':
    '第二阶段 PFS 组（{p2}）与第一阶段的组（{p1}）不同；使用第一阶段的组。',
  'explain.cisco-asa.info-exchange-failed': '无法处理对端发来的信息（notify/delete）报文。',
  'explain.cisco-asa.payload-processing': '调试：{verb} {what} 载荷。',
  'explain.cisco-asa.vendor-id': '对端通告了厂商 ID“{vid}”（表示 NAT-T 或 DPD 等能力）。',
  'explain.cisco-asa.dpd-keepalive': 'DPD（对等体存活检测）：{dir} {type}（序列号 {seq}）。',
  'explain.cisco-asa.fsm-error-history':
    '失败的 {fsm} {role} 状态机的历史记录；“WAIT_MSG2, EV_TIMEOUT”表示对端从未应答第一个报文。',
  'explain.cisco-asa.sa-terminating': '正在删除 IKE SA {kind}:{id}。',
  'explain.cisco-asa.freeing-memory': '内部清理（{what}）。',
  'explain.cisco-asa.connection-landed': '该连接匹配到 tunnel group {grp}。',
  'explain.cisco-asa.proxy-id-payload':
    '对端在第二阶段的 {side} 代理 ID：地址 {addr}，协议 {proto}，端口 {port}。',
  'explain.cisco-asa.assigned-ip': '为远程用户分配了地址 {addr}。',
  'explain.cisco-asa.transaction-mode': '客户端请求了 mode-config 属性 {attr}，ASA 不支持该属性（{what}）。',
  'explain.cisco-asa.transaction-payload':
    'mode-config/XAUTH 交换中出现意外的载荷 {type}：两端的步骤不同步。',
  'explain.cisco-asa.load-balancing-redirect': '负载均衡将客户端重定向到 {peer}。',
  'explain.cisco-asa.peer-configured-for-sa': '对端的加密设置来自 {sa}。',
  'explain.cisco-asa.ikev2-request-tunnel':
    '流量请求建立 IKEv2 隧道：本端选择器 {la}，远端选择器 {ra}；ASA 作为发起方开始协商。',
  'explain.cisco-asa.ikev2-init-sa-request': '对端发起了 IKEv2 协商（IKE_SA_INIT 请求）；ASA 作为响应方。',
  'explain.cisco-asa.ikev2-negotiation-aborted': 'IKEv2 协商已中止：{err}。',
  'explain.cisco-asa.ikev2-cookie': 'ASA 以 COOKIE 质询应答（半开 IKEv2 SA 过多：DoS 防护）。',
  'explain.cisco-asa.ikev2-rekey-collision':
    '两端同时对 IPsec SA 进行了重协商；ASA 删除其重复的 SA（SPI {spi}）。',
  'explain.cisco-asa.ikev2-sa-up': 'IKEv2 SA 已建立（{reason}）。',
  'explain.cisco-asa.ikev2-sa-down': 'IKEv2 SA 已断开：{reason}。',
  'explain.cisco-asa.ikev2-sa-rejected': 'IKEv2 SA 请求被拒绝，因为达到了资源或 CAC 限制。',
  'explain.cisco-asa.ikev2-encryption-not-strong':
    'IKE SA 的加密算法（{ike}）弱于所提议的 IPsec 加密算法（{esp}）（crypto ipsec ikev2 sa-strength-enforcement）。',
  'explain.cisco-asa.ikev2-peer-moved':
    '对端的地址/端口发生了变化（NAT 重新绑定或 MOBIKE）：{prev} → {now}。',
  'explain.cisco-asa.ikev2-initial-contact-abort':
    '对端发送了 INITIAL_CONTACT：对端已重启，因此 ASA 丢弃旧的 IKEv2 会话。',
  'explain.cisco-asa.ikev2-deleting-ipsec-sa': 'ASA 删除一个 IPsec SA：{reason}。',
  'explain.cisco-asa.ikev2-crypto-map-policy-not-found':
    '对端的流量选择器（远端 {rts}，本端 {lts}）与任何 crypto map ACL 都不匹配：两端受保护的网络不一致。',
  'explain.cisco-asa.ikev2-address-assigned': '远程接入会话：已分配地址 {v4}（group policy {grp}）。',
  'explain.cisco-asa.ikev2-no-auth-configured':
    'Tunnel group {grp} 没有为该认证方向配置预共享密钥或 trustpoint。',
  'explain.cisco-asa.ikev2-cert-auth-failed': '证书认证失败：{err}。',
  'explain.cisco-asa.ikev2-not-enabled-in-group-policy':
    '该 group policy 不允许 IKEv2（vpn-tunnel-protocol）。',
  'explain.cisco-asa.ikev2-tunnel-group-not-found':
    '没有为该 IKEv2 对端找到 tunnel group / crypto map 设置。',
  'explain.cisco-asa.ikev2-user-auth-failed': '用户认证（EAP/AAA）失败：{err}。',
  'explain.cisco-asa.ikev2-config-payload-warning': '无法处理配置载荷属性（{attr}）：{err}。',
  'explain.cisco-asa.ikev2-dh-failed': 'Diffie-Hellman 计算失败：{err}。',
  'explain.cisco-asa.tunnel-manager-dispatch':
    '隧道管理器将 crypto map {map} seq {seq} 交给 IKEv{ver} 建立隧道。',
  'explain.cisco-asa.tunnel-manager-dispatch-failed':
    '隧道管理器无法启动 crypto map {map} seq {seq}：{why}。',
  'explain.cisco-asa.tunnel-manager-duplicate': '该条目的隧道请求已在处理中。',
  'explain.cisco-asa.tunnel-manager-missing':
    '该 crypto map 条目不能使用 IKEv{ver}：条件不满足（does not {what}）。',
  'explain.cisco-asa.ike-version-result': 'IKEv{ver} 为 crypto map {map} seq {seq} 建立隧道的结果：{ok}。',
  'explain.cisco-asa.tunnel-manager-failed':
    '所有已配置的 IKE 版本都未能为 crypto map {map} seq {seq} 建立隧道；原因见前面的日志行（无应答、不匹配等）。',
  'explain.cisco-asa.ipsec-sa-created-deleted':
    '{a} 与 {b} 之间的 {dir} {type} IPsec SA（SPI {spi}）：{what}。',
  'explain.cisco-asa.ipsec-sa-rekeying': '{dir} IPsec SA（SPI {spi}）因 {why} 生存期到期而进行重协商。',
  'explain.cisco-asa.cert-validation-failed': '证书验证失败（原因见该日志行）。',
  'explain.cisco-asa.cert-chain-failed': '对端的证书链验证失败。',
  'explain.cisco-asa.cert-validated': '对端的证书已通过验证。',
  'explain.cisco-asa.cert-chain-info': '证书链验证步骤。',
};
export default messages;
