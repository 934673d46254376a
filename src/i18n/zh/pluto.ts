// zh messages: pluto
// One-line explanation of each pluto log pattern (`--explain`); keys `explain.pluto.<pattern id>`,
// placeholders are the pattern's named groups that every sample captures.
const messages: Record<string, string> = {
  'explain.pluto.v1-initiate-main':
    'pluto 作为发起方以主模式（Main Mode）开始 IKEv1 第一阶段（发送主模式第 1 条消息）。',
  'explain.pluto.v1-initiate-aggr':
    'pluto 作为发起方以野蛮模式（Aggressive Mode）开始 IKEv1 第一阶段（第 1 条消息以明文携带其身份）。',
  'explain.pluto.v1-respond-main': '对端发起了 IKEv1 主模式交换，pluto 作为响应方应答。',
  'explain.pluto.v1-respond-aggr': '对端发起了 IKEv1 野蛮模式交换；pluto 选择了连接 "{c}" 并作为响应方应答。',
  'explain.pluto.v1-transition':
    'IKEv1 状态机从 {from} 转到 {to}（I = 发起方，R = 响应方；数字为该交换的消息序号）。',
  'explain.pluto.v1-state-story': 'IKEv1 状态 {state}：{story}。',
  'explain.pluto.v1-state-established': 'IKEv1 状态 {state}：{story} —— 该 SA 已建立。',
  'explain.pluto.v1-story': 'IKEv1 进展：pluto {story}。',
  'explain.pluto.v1-isakmp-established':
    '第一阶段完成：ISAKMP（IKEv1）SA 已建立；大括号内列出协商的认证方式和算法。',
  'explain.pluto.v1-ipsec-established':
    '第二阶段完成：IPsec SA 已建立；"=>" 为出方向 SPI，"<" 为入方向 SPI。',
  'explain.pluto.v1-peer-id': '对端使用 {type} 类型的身份标识自己。',
  'explain.pluto.v1-initiate-quick': 'pluto 开始 IKEv1 快速模式（第二阶段）协商 IPsec SA，策略为 {policy}。',
  'explain.pluto.v1-respond-quick': '对端发起了快速模式（第二阶段，消息 ID {msgid}）；pluto 作为响应方应答。',
  'explain.pluto.v1-quick-ends': '快速模式提议的流量选择器（{side}）：{ends}。',
  'explain.pluto.v1-quick-no-connection':
    '对端提议的第二阶段流量选择器（proxy ID）与任何已配置连接都不匹配：{spd}。两端的子网必须互为镜像。',
  'explain.pluto.v1-no-oakley-transform':
    '对端的第一阶段（Oakley）提议没有一个与本地 ike= 设置匹配：未选中任何提议。',
  'explain.pluto.v1-no-ipsec-proposal':
    '对端的第二阶段（ESP/AH）提议没有一个与本地 esp=/phase2alg= 设置匹配。',
  'explain.pluto.v1-transform-refused': 'pluto 拒绝了对端提议的一个 {what} transform。',
  'explain.pluto.v1-no-connection-authorized':
    '对端发起了 IKEv1，但没有已配置的连接接受它（对端地址、认证方式或 ID 不对）：本端未配置该对端。',
  'explain.pluto.v1-aggr-no-connection': '野蛮模式对端提供了身份 {id}，本端没有为该身份配置连接。',
  'explain.pluto.v1-pfs-required': '该连接要求 PFS，但对端的快速模式提议中没有 DH 组（对端为 pfs=no）。',
  'explain.pluto.v1-pfs-ke': '快速模式 PFS 不匹配：两端的密钥交换载荷与提议中的 DH 组不一致。',
  'explain.pluto.v1-pfs-group': '提议中的 PFS（第二阶段）DH 组不可接受。',
  'explain.pluto.v1-probable-psk-mismatch':
    'pluto 解密消息后无法解析；若发生在主模式第 5/6 条消息，通常表示预共享密钥不一致。',
  'explain.pluto.v1-unknown-payload-value':
    '解密后的消息含有无效数据（{payload} 的 {what}）；通常是预共享密钥不同导致两端推导出的密钥不同。',
  'explain.pluto.v1-hash-mismatch': '对端的认证哈希错误：预共享密钥（或与之配套使用的身份）不匹配。',
  'explain.pluto.v1-message-hash-mismatch': "'{msg}' 消息的完整性哈希 HASH({n}) 错误；该消息已被丢弃。",
  'explain.pluto.v1-no-psk': '没有为身份对 {local} / {peer} 配置预共享密钥。',
  'explain.pluto.v1-info-unknown-sa':
    '对端为 pluto 已不认识的 SA 发送了 informational 消息（SA 已失效或过期，例如一端重启后）。',
  'explain.pluto.v1-delete-not-found':
    '对端请求删除一个 pluto 并没有的 {proto} SA（已过期）：两端的 SA 列表不同步。',
  'explain.pluto.v1-delete-ignored': 'pluto 忽略了对端的 Delete 载荷：{why}。',
  'explain.pluto.v1-delete-received': '对端删除了一个 SA：{what} #{st}。',
  'explain.pluto.v1-duplicate-packet':
    'pluto 已处于 {state}，对端却再次发送了同一条消息：pluto 的应答未到达对端或未被接受。',
  'explain.pluto.v1-xauth': 'IKEv1 XAUTH（扩展用户认证）步骤。',
  'explain.pluto.v2-initiate': 'pluto 作为发起方开始建立 IKEv2 IKE SA（IKE_SA_INIT）。',
  'explain.pluto.v2-sent-message': 'pluto 发送了 IKEv2 {ex} {dir}。',
  'explain.pluto.v2-processed': 'pluto 收到 IKEv2 {ex} {dir} 并进行处理。',
  'explain.pluto.v2-processed-intermediate': 'IKE_INTERMEDIATE 交换完成；下一步：{next}。',
  'explain.pluto.v2-proposals-configured': '本地配置的 {scope} 提议 {num}：{prop}。',
  'explain.pluto.v2-proposals-header': '以下为该连接的 {scope} SA 提议（{why}）。',
  'explain.pluto.v2-proposal-chosen': 'pluto 接受了对端的提议：{prop}。',
  'explain.pluto.v2-no-local-proposal':
    '对端的提议没有一个与本地配置匹配：{remote}。请比较两端的加密、完整性、PRF 算法和 DH 组。',
  'explain.pluto.v2-child-proposals-failed':
    'IKE SA 正常，但对端针对子 SA 的 ESP/AH 提议与本地均不匹配（{notify}）。',
  'explain.pluto.v2-child-rejected': '对端以 {notify} 拒绝了子 SA。',
  'explain.pluto.v2-child-rejected-by-initiator': 'IKE SA 已建立，但对端应答中的子 SA 不可接受。',
  'explain.pluto.v2-auth-rejected':
    '对端拒绝了 pluto 的认证（{notify}）：请检查两端的预共享密钥或证书以及身份。',
  'explain.pluto.v2-psk-auth-failed': '对端的 AUTH 载荷与配置的预共享密钥不匹配：预共享密钥不一致。',
  'explain.pluto.v2-authentication-failed': '对端认证失败。',
  'explain.pluto.v2-ike-established': 'IKEv2 IKE SA 已建立，对端已通过认证。',
  'explain.pluto.v2-authenticated': '对端已通过认证。',
  'explain.pluto.v2-child-established': 'IKEv2 子 SA 已 {verb}：隧道承载所列流量选择器的流量。',
  'explain.pluto.v2-negotiated-connection': '协商后的流量选择器：{ts}。',
  'explain.pluto.v2-v2-story': 'IKEv2 状态 {state}：{story}。',
  'explain.pluto.v2-init-notify': '对端回复了错误通知 {notify}。',
  'explain.pluto.v2-unauthenticated-notify': '对端对 IKE_SA_INIT 回复了（未经认证的）错误通知 {notify}。',
  'explain.pluto.v2-invalid-ke':
    '对端要求使用另一个 DH 组（{theirs} 而非 {ours}）；pluto 改用该组重试（正常协商过程）。',
  'explain.pluto.v2-state-notify': '状态转换失败，并带有通知。',
  'explain.pluto.v2-ts-unacceptable': '子 SA 的流量选择器与另一端的配置（leftsubnet/rightsubnet）不匹配。',
  'explain.pluto.v2-no-connection':
    '对端发起了 IKEv2，但没有已配置的 IKEv2 连接接受它（对端地址、IKE 版本或认证方式未知）。',
  'explain.pluto.v2-dropping-no-connection': '来自 {from} 的 IKE_SA_INIT 未匹配任何 IKEv2 连接，已丢弃。',
  'explain.pluto.v2-no-suitable-peer': '没有为对端身份 {id} 配置连接。',
  'explain.pluto.v2-no-ike-sa': '收到 IKEv2 {ex} {dir}，但 pluto 不认识其所属的 IKE SA（过期 SA）。',
  'explain.pluto.v2-delete-request-unknown': '对端请求删除子 SA {spi}，但 pluto 没有该 SA。',
  'explain.pluto.v2-child-initiate': 'pluto 开始 CREATE_CHILD_SA 交换（新建子 SA 或重协商密钥）。',
  'explain.pluto.v2-ike-rekeyed': 'IKE SA #{old} 已重协商密钥。',
  'explain.pluto.v2-omitting-child': '该 IKE SA 协商时不带子 SA（childless）。',
  'explain.pluto.retransmission': '在状态 {state} 下尚未收到应答：pluto 重发消息并等待 {wait} 秒。',
  'explain.pluto.retransmitting-request': '尚未收到应答：pluto 重发其 {ex} 请求并等待 {wait} 秒。',
  'explain.pluto.timeout-seconds': 'pluto 在状态 {state} 下重传 {n} 次仍未收到可接受的应答，已放弃。',
  'explain.pluto.timeout-max-retransmissions': 'pluto 重传 {n} 次仍未收到可接受的应答，已放弃。',
  'explain.pluto.informational-ignored': '对端发送了通知 {notify}。',
  'explain.pluto.notification-ignored': '对端发送了通知 {notify}；pluto 忽略了它。',
  'explain.pluto.notification-sent': 'pluto 向 {to} 发送了通知 {notify}。',
  'explain.pluto.nat-t-result': 'NAT 检测（使用 {method}）：{result}。',
  'explain.pluto.nat-t-warning':
    '对端位于 NAT 之后但仍使用 UDP {port}：自行处理 IPsec 的 NAT 设备可能会破坏 NAT-T。',
  'explain.pluto.vendor-id': 'Vendor ID 载荷 [{vid}]（{verb}）。',
  'explain.pluto.dpd-dead': '对端存活检测（DPD）：对端无应答，被判定为失效；其 SA 被删除。',
  'explain.pluto.dpd-enabled': '对端存活检测（RFC 3706）：{state}。',
  'explain.pluto.dpd-not-advertised': '已配置 DPD，但对端未声明支持 DPD，因此不使用。',
  'explain.pluto.dpd-action': '对端不再响应 DPD/liveness 探测：{action}。',
  'explain.pluto.liveness-check': '对端 {peer} 已 {secs} 秒无应答；pluto 执行动作 "{action}"。',
  'explain.pluto.dpd-other': 'DPD：{what}。',
  'explain.pluto.weak-ike-algorithm': '该 IKE SA 使用了不安全的算法：{alg}。',
  'explain.pluto.weak-esp-algorithm': '该 IPsec SA 使用了不安全的算法：{alg}。',
  'explain.pluto.kernel-half-sa-failed': 'pluto 无法将协商好的 IPsec SA 安装到内核（见前一行的内核错误）。',
  'explain.pluto.kernel-netlink-error': '内核拒绝了 IPsec SA 或策略操作（{what}）。',
  'explain.pluto.fatal-error': '协商遇到致命错误，已中止。',
  'explain.pluto.delete-state': 'pluto 删除一个 SA 状态（{what}）。',
  'explain.pluto.instance-deleted': '对端 {peer} 的连接实例已移除（到该对端的隧道已断开）。',
  'explain.pluto.revival': '该连接需要保持在线，pluto 将重新建立它。',
  'explain.pluto.admin-down': '正在拆除该连接的 SA（管理性关闭）。',
  'explain.pluto.initiating-delete': 'pluto 删除 {what}。',
  'explain.pluto.connection-added': '已加载一个连接定义。',
  'explain.pluto.connection-add-failed': '一个连接定义被拒绝：{why}。',
  'explain.pluto.starting': 'pluto（{product} {version}）启动。',
  'explain.pluto.ike-version-dropped': '本机已禁用 {v}，因此丢弃了一个 {v} 报文：两端使用的 IKE 版本不同。',
  'explain.pluto.responding-notify': 'pluto 以通知 {notify} 应答对端的 {ex}。',
  'explain.pluto.daemon': 'pluto 内部事务（启动、接口、密钥）。',
  'explain.pluto.debug': 'pluto 调试输出（plutodebug）。',
  'explain.pluto.v1-aggr-no-wildcard':
    '野蛮模式对端（{from}）找不到允许使用 authby {authby} 进行野蛮模式的连接：要么本端未配置该对端，要么本端期望主模式（aggressive=no）。',
  'explain.pluto.v1-peer-proposed': '对端提议的第二阶段流量选择器为 {sel}（本端 -> 远端）。',
  'explain.pluto.v1-payload-too-large':
    '解密后的消息含有无效数据（{payload} 的 {what}）；通常是预共享密钥不同导致两端推导出的密钥不同。',
  'explain.pluto.v2-mode-policy': '隧道/传输模式：本端要求 {ours}，对端请求 {theirs}。',
  'explain.pluto.internal-error': '在 {state} 中的状态转换因内部错误失败（见前面几行）。',
  'explain.pluto.aggressive-psk-warning':
    '使用预共享密钥的野蛮模式会暴露可被离线破解的哈希；建议使用主模式或 IKEv2。',
  'explain.pluto.keying-attempt': 'pluto 为该连接开始第 {n} 次密钥协商尝试。',
  'explain.pluto.info-message-ignored': '收到对端的 informational 消息并已忽略。',
  'explain.pluto.v2-fragment': 'IKE 消息以分片形式到达（RFC 7383 IKE 分片）。',
  'explain.pluto.v2-duplicate-request':
    '对端再次发送了其 {ex} {dir}：pluto 的应答未到达对端（或未被接受）；pluto 重传响应。',
  'explain.pluto.psk-too-short':
    '预共享密钥只有 {len} 字节；FIPS 模式下该 PRF 至少需要 {need} 字节。请使用较长的随机密钥。',
  'explain.pluto.traffic-info': '{proto} SA 的流量计数：入 {in}，出 {out}。',
  'explain.pluto.nat-oa': '对端发送了 NAT 原始地址载荷（NAT-OA）。',
  'explain.pluto.incomplete-state': '一个半开 SA 在 {secs} 秒后被丢弃：对端发起了协商但始终未完成。',
  'explain.pluto.on-demand': '流量（{pkt}）触发了连接建立。',
  'explain.pluto.connection-deleted': '已移除一个连接定义。',
  'explain.pluto.v2-child-response-refused': 'pluto 不接受对端对子 SA #{child} 的应答（{notify}；原因见前一行），并删除该子 SA；IKE SA 保持建立。',
  'explain.pluto.v2-child-rejected-no-up': '子 SA 失败（{notify}），且该连接未设置为保持建立（没有 auto=start），因此 pluto 也删除 IKE SA。',
  'explain.pluto.v2-ppk-failed': '连接需要的后量子预共享密钥（PPK）无法使用：对端不支持 PPK，或没有配置匹配的 PPK。',
  'explain.pluto.v2-auth-hash-unsupported': '对端只提供本端不允许的认证方式（签名哈希）。',
  'explain.pluto.cert-nss-invalid': 'NSS 不接受证书 {subject}；"invalid" 后面的代码说明原因（过期、吊销、颁发者未知、密钥用途不符等）。',
  'explain.pluto.cert-rejected': 'pluto 拒绝了对端的证书（不受信任、已吊销、没有可用于校验的 CA 或 CRL，或密钥太弱）。',
  'explain.pluto.local-key-missing': 'pluto 无法为自己的认证签名：自己证书或密钥的私钥不在 NSS 数据库中，或类型不对。',
  'explain.pluto.v1-sending-cert': 'pluto 在 IKEv1 第一阶段发送自己的证书（或请求对端的证书）。',
};
export default messages;
