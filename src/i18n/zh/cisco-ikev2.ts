// zh messages: cisco-ikev2
const messages: Record<string, string> = {
  // State machine
  'explain.cisco-ikev2.sm-trace':
    'SA {ispi}/{rspi} 的 IKEv2 状态机：状态 {state}，事件 {event}（本设备为 {role} 侧：I = 发起方，R = 响应方）。',

  // Packets and messages
  'explain.cisco-ikev2.recv-pkt':
    '从 {src} 端口 {sport} 到达 {dst} 端口 {dport} 的 {exchange} 报文（发起方 SPI {ispi}，消息 ID {mid}）。',
  'explain.cisco-ikev2.sent-pkt':
    '从 {src} 端口 {sport} 发往 {dst} 端口 {dport} 的 {exchange} 报文（发起方 SPI {ispi}，消息 ID {mid}）。',
  'explain.cisco-ikev2.rx-tx':
    '报文头：本端 {laddr}:{lport} 与远端 {raddr}:{rport} 之间的 {dir}，消息 ID {mid}。端口 4500 表示正在使用 NAT 穿越。',
  'explain.cisco-ikev2.packet-received':
    '从 {src} 端口 {sport} 到达 {dst} 端口 {dport} 的 IKEv2 报文；下面是其报文头。',
  'explain.cisco-ikev2.packet-sent':
    '从 {src} 端口 {sport} 发往 {dst} 端口 {dport} 的 IKEv2 报文；下面是其报文头。',
  'explain.cisco-ikev2.initiator-spi':
    '报文的 IKE SA SPI：发起方 {ispi}，响应方 {rspi}（响应方应答前全为零），消息 ID {mid}。',
  'explain.cisco-ikev2.exchange-line': '该报文是 {exchange} 交换的 {kind}。',
  'explain.cisco-ikev2.header': '报文的 IKEv2 头部，含 IKE SA 的 SPI。',
  'explain.cisco-ikev2.next-payload-version': 'IKEv2 头部：第一个载荷 {next}，IKE 版本 {version}。',
  'explain.cisco-ikev2.exchange-type':
    '交换 {exchange}，标志 {flags}：INITIATOR 表示原始发起方的报文，MSG-RESPONSE 表示应答。',
  'explain.cisco-ikev2.message-id': 'IKEv2 头部：消息 ID {mid}，{length} 字节。',
  'explain.cisco-ikev2.payload-contents': '下面是报文的各个载荷。',
  'explain.cisco-ikev2.payload-list':
    '报文的载荷。NOTIFY(...) 为通知；NO_PROPOSAL_CHOSEN 或 AUTHENTICATION_FAILED 等错误通知会终止协商。',
  'explain.cisco-ikev2.notify-type-dump': '协议 {protocol} 的 Notify 载荷。',
  'explain.cisco-ikev2.payload-field': '载荷转储中的一个字段（DH 组、身份类型、流量选择器、数据长度）。',
  'explain.cisco-ikev2.hex-dump': '载荷的原始字节。',
  'explain.cisco-ikev2.empty-message': '没有文本的调试消息（ASA 会把某些文本打印在下一行）。',
  'explain.cisco-ikev2.building-packet': '正在构造加密报文；下面是其载荷。',
  'explain.cisco-ikev2.decrypted-packet': '报文的加密部分已解密（{bytes} 字节）；下面是其载荷。',
  'explain.cisco-ikev2.request-mess-id': 'IKEv2 窗口的消息 ID 记录（请求与应答通过消息 ID 对应）。',

  // Proposals
  'explain.cisco-ikev2.last-proposal': 'SA 载荷：下面是一个提议（最后提议标志 {last}）。',
  'explain.cisco-ikev2.proposal-dump': 'SA 载荷：协议 {protocol} 的提议 {num}；下面是其 transform。',
  'explain.cisco-ikev2.last-transform':
    'SA 载荷：下面是一个 transform（0x0 表示该提议的最后一个 transform）。',
  'explain.cisco-ikev2.transform':
    'SA 载荷：类型 {type}（1 加密，2 PRF，3 完整性，4 DH 组，5 ESN）的 transform，算法 {id}。',
  'explain.cisco-ikev2.proposal-summary':
    '本设备发送的 {protocol} 提议 {num}（{purpose}）。响应方发送它选中的提议，发起方发送它提供的提议。',
  'explain.cisco-ikev2.num-transforms': '该提议有 {count} 个 transform，见下文。',
  'explain.cisco-ikev2.transform-list': '提议的 transform：{list}。',
  'explain.cisco-ikev2.policies-received':
    '下面是对端的提议。它们与本设备的任何策略都不匹配：请与下方的 Expected Policies 比较。',
  'explain.cisco-ikev2.policies-expected':
    '下面是本设备自己的提议（crypto ikev2 policy / IPsec proposal）。其中之一必须与收到的某个提议完全相同。',
  'explain.cisco-ikev2.policy-proposal':
    '提议 {num}：{algs}（加密、PRF、完整性、DH 组；ESP 为加密、完整性、ESN）。',
  'explain.cisco-ikev2.no-matching-policy':
    '{what}：对端的提议与已配置的策略都不匹配；交换以 NO_PROPOSAL_CHOSEN 结束。',
  'explain.cisco-ikev2.ios-policy-lookup': 'IOS 为该本端地址查找 IKEv2 策略（提议列表）。',
  'explain.cisco-ikev2.configured-policies': '{what} 已配置的 IKEv2 策略（crypto ikev2 policy）。',
  'explain.cisco-ikev2.encryption-not-strong':
    'IKE SA 的加密算法（{ike}）弱于 IPsec 加密算法（{esp}）；启用 sa-strength-enforcement 时 Child SA 会被拒绝。',

  // NAT traversal
  'explain.cisco-ikev2.nat-check': 'NAT 发现：将 NAT_DETECTION 通知与实际的地址和端口进行比较。',
  'explain.cisco-ikev2.nat-notify': '检查对端的 NAT_DETECTION 通知。',
  'explain.cisco-ikev2.nat-address':
    '{side} 地址 {result}：如果地址与其 NAT_DETECTION 哈希不匹配，说明该侧前面有 NAT。',
  'explain.cisco-ikev2.nat-host': 'NAT 发现结果：本设备 {where}。',
  'explain.cisco-ikev2.nat-found':
    'NAT 发现结果：NAT OUTSIDE 表示 NAT 位于对端前面，NAT INSIDE 表示本设备位于 NAT 之后。',
  'explain.cisco-ikev2.nat-float':
    '由于存在 NAT，IKE SA 切换到 UDP 4500（NAT-T）：发起方端口 {iport}，响应方端口 {rport}。路径上的所有防火墙都必须放行 UDP 4500。',
  'explain.cisco-ikev2.nat-keepalive': '每 {secs} 秒发送一次 NAT keepalive，以保持 NAT 映射。',

  // Notifies, vendor IDs
  'explain.cisco-ikev2.parse-notify': '对端发送了 {notify} 通知。',
  'explain.cisco-ikev2.construct-notify': '本设备在其报文中加入 {notify} 通知。',
  'explain.cisco-ikev2.notify-dump': '报文中的 Notify 载荷 {notify}。',
  'explain.cisco-ikev2.notify-words': '{verb} 通知“{what}”。',
  'explain.cisco-ikev2.notify-named': '{verb} 通知 {notify}。',
  'explain.cisco-ikev2.initial-contact': '对端发送了 INITIAL_CONTACT：与其之间的旧 SA 会被删除。',
  'explain.cisco-ikev2.delete-reason-notify': '已发送 Cisco delete-reason 通知，代码 {code}。',
  'explain.cisco-ikev2.vendor-id': '{verb} 厂商 ID {vid}。',
  'explain.cisco-ikev2.vid-from-peer':
    '对端发送了厂商 ID“{vid}”（AnyConnect EAP 表示使用 EAP 认证的 AnyConnect 客户端）。',
  'explain.cisco-ikev2.custom-vid': '正在处理对端的 Cisco 厂商 ID。',

  // Authentication
  'explain.cisco-ikev2.auth-method-is': '{who} 认证方法为 {method}。',
  'explain.cisco-ikev2.auth-method-dump':
    '认证方法为 {method} 的 AUTH 载荷（RSA：证书签名；PSK：预共享密钥或 EAP 生成的密钥）。',
  'explain.cisco-ikev2.payload-header': '报文的载荷 {payload}（下一个载荷 {next}）。',
  'explain.cisco-ikev2.eap-code': 'EAP 载荷，代码 {code}：正在对远程用户进行 EAP（AnyConnect）认证。',
  'explain.cisco-ikev2.eap-request': 'EAP 交换的一个步骤：在 IKE_AUTH 中通过 EAP 认证用户。',
  'explain.cisco-ikev2.eap-status': '远程用户的 EAP 认证结果。',
  'explain.cisco-ikev2.aggauth-xml':
    'EAP 中携带的 AnyConnect aggregate-authentication XML（用户名、密码、profile）。',
  'explain.cisco-ikev2.verify-auth-data':
    '检查对端的 AUTH 载荷：{result}。使用预共享密钥时 FAILED 表示密钥不一致。',
  'explain.cisco-ikev2.auth-value-differs': '对端的 AUTH 值与本端计算的值不同：两端的预共享密钥不一致。',
  'explain.cisco-ikev2.auth-failed': '{what}：IKE_AUTH 交换失败；原因请查看前面的日志行。',
  'explain.cisco-ikev2.auth-method-mismatch': '对端使用的认证方法与为其配置的不同（证书与预共享密钥）。',
  'explain.cisco-ikev2.auth-timeout':
    '对端在 IKE_SA_INIT 之后没有及时发送 IKE_AUTH：对端可能没有接受应答，或者 UDP 4500 被阻断。',
  'explain.cisco-ikev2.psk-lookup': '正在查找该对端的预共享密钥。',
  'explain.cisco-ikev2.auth-method-code': 'tunnel group 的认证方法代码（1 证书，2 预共享密钥）。',
  'explain.cisco-ikev2.peer-identity':
    '对端的身份标识为 {id}（{idtype}）；据此选择策略、tunnel group 或 profile。',
  'explain.cisco-ikev2.constructing-id': '本设备以 {id}（{idtype}）标识自己。',
  'explain.cisco-ikev2.peer-id-check': '根据对端证书检查其身份标识（peer-id-validate）。检查失败会终止协商。',
  'explain.cisco-ikev2.cert-http-url':
    '证书交换问题：对端请求通过 HTTP-URL 查找证书，但没有通告 HTTP_CERT_LOOKUP_SUPPORTED。',
  'explain.cisco-ikev2.locate-item-failed':
    '没有找到该对端的配置（tunnel group、IKEv2 profile、keyring 或身份检查）。',
  'explain.cisco-ikev2.profile-not-found':
    '没有与对端身份标识匹配的 IKEv2 profile（match identity remote）。',
  'explain.cisco-ikev2.profile-found': '已找到该对端的 IKEv2 profile。',
  'explain.cisco-ikev2.username': '远程用户 {user} 已通过认证。',
  'explain.cisco-ikev2.negotiation-aborted': '协商已中止：{reason}。',

  // Tunnel group, crypto map
  'explain.cisco-ikev2.tunnel-group-lookup':
    '为该对端查找 tunnel group（tunnel-group <name> 中保存其预共享密钥和设置）。',
  'explain.cisco-ikev2.tunnel-group-name': '为该连接选定的 tunnel group 设置。',
  'explain.cisco-ikev2.tunnel-group-missing':
    '该对端的 tunnel group 不存在或不完整（没有用于 IKEv2 的预共享密钥或证书）。',
  'explain.cisco-ikev2.crypto-map-match':
    'Child SA 匹配到一个 crypto map 条目；使用该条目的 IPsec proposal 和 ACL。',
  'explain.cisco-ikev2.crypto-map-incomplete': 'Crypto map {map} {seq} 无法使用：{reason}。',
  'explain.cisco-ikev2.selector': '根据 crypto ACL 检查对端的流量选择器：{result}。',

  // Establishment, child SA, DPD, deletion
  'explain.cisco-ikev2.sa-created': 'IKE SA 已建立并保存到 SA 数据库中。',
  'explain.cisco-ikev2.session-up': '{remoteId} 与 {localId} 之间的 IKEv2 会话状态：{status}。',
  'explain.cisco-ikev2.connection-status': '到 {peer} 端口 {port}（身份标识 {id}）的连接状态：{status}。',
  'explain.cisco-ikev2.pfkey-sa':
    '在数据平面中对 SPI {spi} 的 IPsec SA 执行 {op}（错误 {error}）。add 安装出方向 SA，update 安装入方向 SA。',
  'explain.cisco-ikev2.ipsec-sa-create': 'Child SA 已安装到 IPsec 数据库：{result}。',
  'explain.cisco-ikev2.pfkey-spi': '已为 Child SA 分配入方向 SPI {spi}。',
  'explain.cisco-ikev2.dpd': '已设置 DPD（对等体存活检测）：对空闲的对端进行探测，无应答时删除 SA。',
  'explain.cisco-ikev2.starting-timer': '启动定时器：{what}。',
  'explain.cisco-ikev2.fragmentation':
    'IKEv2 分片：将大报文（含证书）拆分，使其能够通过会丢弃 IP 分片的路径。',
  'explain.cisco-ikev2.retransmitting':
    '尚未收到对端应答：请求被重新发送。反复重传说明对端没有应答，或者 UDP 500/4500 被阻断。',
  'explain.cisco-ikev2.max-retransmissions':
    '对端始终没有应答：重传次数已用完，放弃协商。请检查 UDP 500/4500 的可达性和对端地址。',
  'explain.cisco-ikev2.exchange-failed': '{what}：交换结束但没有建立 SA；原因见前面的日志行。',
  'explain.cisco-ikev2.unsupported-failover': '对端发送了本设备无法解析的报文（不支持的 failover 版本）。',
  'explain.cisco-ikev2.delete-info': '{verb} SA 的 DELETE：该 SA 正在被删除。',
  'explain.cisco-ikev2.delete-request': '请求删除 SA。',
  'explain.cisco-ikev2.deleting-sa': '删除 IKE SA（或失败的尝试）。',
  'explain.cisco-ikev2.dh-compute': '已计算 Diffie-Hellman {which} 密钥。',
  'explain.cisco-ikev2.internal-step': 'IKEv2 协商的内部步骤：{step}。',
};
export default messages;
