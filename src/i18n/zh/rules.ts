// zh messages: rules
const messages: Record<string, string> = {
  'code.ESTABLISHED.title': '隧道已建立',
  'code.ESTABLISHED.description': 'IKE SA 和至少一个 Child SA（IPsec SA，第二阶段）已建立，之后没有被拆除。',
  'why.ESTABLISHED.default': 'IKE SA 和 Child SA 已建立，日志中此后没有被删除。',
  'why.ESTABLISHED.withSpis': 'IKE SA 和 Child SA（SPI {spis}）已建立，日志中此后没有被删除。',

  'code.PEER_UNREACHABLE.title': '对端无响应',
  'code.PEER_UNREACHABLE.description':
    '最初的 IKE 报文被反复重传，始终没有收到应答：对端已宕机、路径上 UDP 500 被阻断、地址错误，或对端静默丢弃了我们的报文。',
  'why.PEER_UNREACHABLE.noAnswer':
    '发往 {peer} 的请求已重传（{retransmits} 次）仍无应答；没有收到对端的任何报文，说明报文在路径上丢失或被对端忽略。',
  'why.PEER_UNREACHABLE.default': '对端 {peer} 始终没有应答。',

  'code.PEER_NOT_CONFIGURED.title': '没有该对端的配置',
  'code.PEER_NOT_CONFIGURED.description':
    '响应方收到的 IKE 请求来自一个没有对应连接配置（IKE gateway、tunnel-group、conn）的地址或身份。',
  'why.PEER_NOT_CONFIGURED.default':
    '响应方找不到对端 {peer} 的连接配置，因此在比较任何提议之前就拒绝了协商。',
  'why.PEER_NOT_CONFIGURED.withReason':
    '响应方找不到对端 {peer} 的连接配置（“{reason}”），因此在比较任何提议之前就拒绝了协商。',

  'code.IKE_VERSION_MISMATCH.title': 'IKEv1 与 IKEv2 不匹配',
  'code.IKE_VERSION_MISMATCH.description': '一端使用 IKEv1，另一端只接受 IKEv2，或者相反。',
  'why.IKE_VERSION_MISMATCH.refused':
    '对端请求 {got}，但本端为其配置的连接只接受 {expected}，因此拒绝了该请求；两端必须设置为相同的 IKE 版本。',
  'why.IKE_VERSION_MISMATCH.default':
    '对端拒绝了我们使用的 IKE 版本（期望 {expected}，实际 {got}）；两端必须配置相同的 IKE 版本。',

  'code.MODE_MISMATCH.title': '交换模式或封装模式不一致',
  'code.MODE_MISMATCH.description':
    '一端使用 IKEv1 主模式而另一端使用野蛮模式，或者一端使用隧道模式而另一端使用传输模式。',
  'why.MODE_MISMATCH.exchangeRefused':
    '对端回复了 {notify}：它不接受本端使用的 IKEv1 交换（{mode} mode）；它配置为（或只支持）另一种模式（Main 或 Aggressive）。',
  'why.MODE_MISMATCH.default': '两端使用的模式不同（期望 {expected}，实际 {got}）。',

  'code.IKE_PROPOSAL_MISMATCH.title': 'IKE（第一阶段）提议不匹配',
  'code.IKE_PROPOSAL_MISMATCH.description':
    '两端的 IKE SA 提议中，加密算法、密钥长度、完整性算法、PRF 和 DH 组没有共同的组合。',
  'why.IKE_PROPOSAL_MISMATCH.param':
    'IKE 提议的 {param} 不同：本端为 {local}，对端提议为 {remote}。没有选中任何提议。',
  'why.IKE_PROPOSAL_MISMATCH.local': '本端认为对端的 IKE 提议都不可接受，回复了 NO_PROPOSAL_CHOSEN。',
  'why.IKE_PROPOSAL_MISMATCH.peerSaid':
    '对端对我们的第一个 IKE 报文回复了 NO_PROPOSAL_CHOSEN：我们的 IKE 提议对端都不接受（或对端没有与我们匹配的连接配置）。请比较两端的第一阶段提议。',

  'code.PSK_MISMATCH.title': '预共享密钥不一致',
  'code.PSK_MISMATCH.description': '两端都使用预共享密钥认证，但密钥不相同。',
  'why.PSK_MISMATCH.direct': '日志表明 {peer} 的预共享密钥校验失败。',
  'why.PSK_MISMATCH.authCheck': '{peer} 的认证数据无法用配置的预共享密钥验证通过。',
  'why.PSK_MISMATCH.mainMode5':
    '主模式进行到第一个加密报文（5）后就停止了：对端无法解密或验证该报文，这正是预共享密钥不一致的典型表现。',
  'why.PSK_MISMATCH.aggressiveResponder':
    '本端作为野蛮模式响应方发送了带有自身哈希的应答；{peer} 回复的不是最后一条报文，而是一条用其他密钥加密、本端无法读取的报文。对端拒绝了该哈希：预共享密钥不一致。',
  'why.PSK_MISMATCH.authFailedPsk':
    '对端对我们的预共享密钥认证回复了 AUTHENTICATION_FAILED：我们提供的密钥或身份与对端配置不符，通常是密钥的问题。',

  'code.ID_MISMATCH.title': '身份标识不匹配',
  'code.ID_MISMATCH.description': '一端提供的身份标识（IDi/IDr、对端 ID、本端 ID）与另一端期望的不一致。',
  'why.ID_MISMATCH.default': '{peer} 提供的身份标识与为其配置的不一致。',
  'why.ID_MISMATCH.withReason': '{peer} 提供的身份标识与为其配置的不一致（“{reason}”）。',

  'why.ID_MISMATCH.notInCert':
    '对端提供的身份标识为 {id}，但其证书颁发给 {subject}：该身份不在证书中，因此没有可信的密钥与之匹配。',
  'why.ID_MISMATCH.invalidIdPhase1':
    '与 {peer} 的 IKEv1 第一阶段以 INVALID_ID_INFORMATION 结束：一端拒绝了另一端的身份（ID 载荷的类型或取值，或证书中不含该身份）。',
  'why.ID_MISMATCH.noPeerConfig':
    'IKE SA 可以接受，但当对端以 {id} 身份认证时，没有任何连接配置期望该身份：对端发送的身份标识与本端配置的不同。',

  'code.CERT_INVALID.title': '证书未被接受',
  'code.CERT_INVALID.description':
    '证书认证失败：CA 不受信任、证书已过期或尚未生效、证书已吊销，或者身份标识不在证书中。',
  'why.CERT_INVALID.default': '无法验证 {peer} 的证书。',
  'why.CERT_INVALID.withReason': '无法验证 {peer} 的证书：{reason}。',

  'code.EAP_AUTH_FAILED.title': '用户认证（EAP、XAUTH）失败',
  'code.EAP_AUTH_FAILED.description':
    '网关认证之后的用户认证失败：IKEv2 IKE_AUTH 交换中的 EAP，或 IKEv1 第 1 阶段之后的 XAUTH（用户名和密码、RADIUS）。',
  'why.EAP_AUTH_FAILED.default': '用户认证（EAP 或 XAUTH）失败。',
  'why.EAP_AUTH_FAILED.withReason': '用户认证失败：{reason}。',

  'code.AUTH_FAILED.title': '认证失败',
  'code.AUTH_FAILED.description': '认证失败，但日志没有显示是密钥、身份标识还是证书的问题。',
  'why.AUTH_FAILED.peerSaid':
    '对端拒绝了我们的认证（AUTHENTICATION_FAILED）。对端自己的日志会给出原因：密钥、身份标识或证书。',
  'why.AUTH_FAILED.ownKey':
    '本端无法为自己的认证签名（{reason}）：其证书的私钥不在守护进程查找的位置（Libreswan：NSS 数据库，`certutil -K`；strongSwan：private/ 或与 `certs =` 对应的密钥），或其类型与认证方式所需的不同。',
  'why.AUTH_FAILED.local': '对端认证失败。',
  'why.AUTH_FAILED.default': '认证失败。',

  'code.TS_MISMATCH.title': '流量选择器 / 代理 ID 不匹配',
  'code.TS_MISMATCH.description': '两端要保护的网络（流量选择器、代理 ID、crypto ACL）不是互为镜像。',
  'why.TS_MISMATCH.default': '两端的流量选择器（代理 ID）不匹配，因此 Child SA 被拒绝。',
  'why.TS_MISMATCH.withTs':
    'Child SA 被拒绝：另一端不接受选择器 {local} === {remote}；其本地和远端网络必须与此互为镜像。',

  'code.CHILD_PROPOSAL_MISMATCH.title': 'Child SA（第二阶段）提议不匹配',
  'code.CHILD_PROPOSAL_MISMATCH.description':
    'IKE SA 已协商成功，但 Child SA 的 IPsec（ESP/AH）提议没有任何共同项。',
  'why.CHILD_PROPOSAL_MISMATCH.param': 'Child SA 提议的 {param} 不同：本端为 {local}，对端提议为 {remote}。',
  'why.CHILD_PROPOSAL_MISMATCH.noAnswer':
    '与 {peer} 的快速模式始终没有可接受的应答，pluto 自己也怀疑是提议的问题：对端很可能未说明原因就丢弃了我们的第二阶段提议（加密、完整性或 PFS 组）。对端日志会指出具体参数。',
  'why.CHILD_PROPOSAL_MISMATCH.default':
    'IKE SA 正常，但没有可接受的 Child SA（第二阶段）提议：请比较两端的 ESP 加密算法和完整性算法。',

  'code.PFS_MISMATCH.title': '完美前向保密（PFS）设置不一致',
  'code.PFS_MISMATCH.description':
    '一端要求为 Child SA 使用 Diffie-Hellman 组（PFS），另一端未使用或使用了其他组。',
  'why.PFS_MISMATCH.default': '两端对 Child SA 的 PFS 设置不一致。',
  'why.PFS_MISMATCH.param': 'Child SA 的 DH 组（PFS）不同：本端为 {local}，对端为 {remote}。',

  'code.LOCAL_SA_INSTALL_FAILED.title': '本地内核拒绝了 IPsec SA',
  'code.LOCAL_SA_INSTALL_FAILED.description':
    '协商成功，但在本地内核中安装 SA 或策略失败（不支持 ESP、策略冲突、缺少模块）。',
  'why.LOCAL_SA_INSTALL_FAILED.default':
    '协商本身是成功的，但内核拒绝安装 IPsec SA：内核不支持 ESP/XFRM，或存在冲突的 SA/策略。',
  'why.LOCAL_SA_INSTALL_FAILED.withReason': '内核拒绝安装 IPsec SA：{reason}。',

  'code.DPD_PEER_DEAD.title': 'DPD 判定对端已失效',
  'code.DPD_PEER_DEAD.description':
    '隧道曾经建立，之后 DPD（R-U-THERE / INFORMATIONAL 存活检测）得不到应答，SA 被拆除。',
  'why.DPD_PEER_DEAD.afterUp': '隧道曾经建立；之后对端 {peer} 不再响应 DPD 检测，被判定为失效。',
  'why.DPD_PEER_DEAD.default': '对端 {peer} 不再响应 DPD 检测，被判定为失效。',

  'code.NAT_T_BLOCKED.title': 'NAT 穿越（UDP 4500）被阻断',
  'code.NAT_T_BLOCKED.description':
    '检测到 NAT 后 IKE 切换到 UDP 4500，从此报文都无法通过：路径上 UDP 4500 被过滤。',
  'why.NAT_T_BLOCKED.afterNat':
    '检测到 NAT，IKE 切换到 UDP 4500；此后对端再无应答。两端之间的 UDP 4500 很可能被阻断。',
  'why.NAT_T_BLOCKED.direct': '设备报告到 {peer} 的 NAT 穿越不工作。',
  'why.NAT_T_BLOCKED.default': '到 {peer} 的 NAT 穿越不工作。',

  'code.FRAGMENTATION_DROPPED.title': '大 IKE 报文丢失（分片）',
  'code.FRAGMENTATION_DROPPED.description':
    '大的 IKE 报文（含证书）始终没有完整到达：路径上的 IP 分片被丢弃，或者没有使用 IKE 分片。',
  'why.FRAGMENTATION_DROPPED.default':
    '与 {peer} 之间的大 IKE 报文的分片丢失；请启用 IKE 分片（RFC 7383）或修正路径 MTU。',

  'code.REKEY_FAILED.title': '重协商失败',
  'code.REKEY_FAILED.description': '已建立的 SA 无法进行密钥更新或重新认证。',
  'why.REKEY_FAILED.default': '与 {peer} 已建立的 SA 重协商失败。',
  'why.REKEY_FAILED.withReason': '与 {peer} 已建立的 SA 重协商失败：{reason}。',

  'code.SA_DELETED_BY_PEER.title': '对端删除了 SA',
  'code.SA_DELETED_BY_PEER.description': '对端为 IKE SA 或 Child SA 发送了 Delete，隧道没有恢复。',
  'why.SA_DELETED_BY_PEER.ike': '对端 {peer} 删除了 IKE SA，此后隧道没有重新建立。',
  'why.SA_DELETED_BY_PEER.child': '对端 {peer} 删除了 Child SA，此后没有建立新的 Child SA。',

  'code.STALE_SA.title': '报文指向未知（失效）的 SA',
  'code.STALE_SA.description':
    '报文引用了本端不认识的 SA：该 SA 已过期、已被删除，或者一端重启而另一端仍在使用旧 SA。',
  'why.STALE_SA.default':
    '来自 {peer} 的报文引用了本端已不存在的 SA（共 {count} 次）：一端重启或删除了 SA 而另一端没有察觉。INITIAL_CONTACT 或 DPD 可以清除这种状态。',

  'code.TUNNEL_DOWN.title': '隧道已断开',
  'code.TUNNEL_DOWN.description': '设备报告隧道已断开；日志没有说明原因。',
  'why.TUNNEL_DOWN.default': '到 {peer} 的隧道已断开，日志中没有给出原因。',
  'why.TUNNEL_DOWN.withReason': '到 {peer} 的隧道已断开：{reason}。',

  'code.CLOSED.title': '由本端关闭',
  'code.CLOSED.description': '隧道曾经建立，之后由本端正常关闭。',
  'why.CLOSED.default': '隧道曾经建立，之后本端删除了其 SA（管理员操作、关机或空闲超时）。',

  'code.INCONCLUSIVE.title': '证据不足',
  'code.INCONCLUSIVE.description': '日志显示了部分协商过程，但既没有成功，也没有可识别的失败。',
  'why.INCONCLUSIVE.default':
    '协商进行到了 {phase}，日志中既没有成功，也没有 ikescope 能识别的失败。另一端的日志或更高的日志级别会提供更多信息。',
  'why.INCONCLUSIVE.childFailed':
    '协商进行到了 {phase}，子 SA 失败：{reason}。没有诊断代码对应这一原因；请根据该原因和另一端的日志确定如何修复。',
  'why.INCONCLUSIVE.answerLost':
    '对端 {peer} 再次发送了它的第一条消息（{count} 次），而本端每次都已应答：应答没有到达对端，或对端不接受。请检查返回对端的路径（丢弃本端 UDP 500/4500 的防火墙或 NAT）以及对端的日志。',
  'why.INCONCLUSIVE.halfOpen':
    '对端 {peer} 与本响应方开始了一个 IKE SA，但始终未完成：半开 SA 在超时后被丢弃。要么对端不接受本端的应答（其证书或身份），要么该应答或对端的下一条消息在途中丢失（分片、UDP 4500）；对端的日志会说明是哪一种。',

  'code.WEAK_CRYPTO.title': '使用了弱加密算法',
  'code.WEAK_CRYPTO.description':
    'DES、3DES、MD5、SHA-1、DH 组 1/2/5、使用预共享密钥的野蛮模式，或 IKEv1 本身（RFC 8247、RFC 8221）。',
  'why.WEAK_CRYPTO.algorithms': '提议或使用了不安全的算法或模式：{list}。',
  'why.WEAK_CRYPTO.ikev1': '隧道使用的 IKEv1 已被弃用（RFC 9395）；请迁移到 IKEv2。',

  'code.LIFETIME_MISMATCH.title': 'SA 生存周期不一致',
  'code.LIFETIME_MISMATCH.description':
    '两端配置的 SA 生存周期不同；很多实现可以接受，但有些会拒绝，而且会导致重协商冲突。',
  'why.LIFETIME_MISMATCH.default': 'SA 生存周期不同：本端为 {local}，对端为 {remote}。',
};
export default messages;
