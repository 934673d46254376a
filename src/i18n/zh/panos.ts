// zh messages: panos
const messages: Record<string, string> = {
  // ---- system log (Monitor > Logs > System, subtype vpn) ----
  'explain.panos.csv-header': '从 Web 界面导出为 CSV 的系统日志的表头行；它给出下面各行的列名。',
  'explain.panos.event-id': '下面描述的这条系统日志的事件 ID 为 {eventid}。',
  'explain.panos.p1-no-config':
    '对端 {remote}（端口 {rport}）发起了 IKE 第一阶段，但本防火墙上没有以该地址为对端地址的 IKE 网关：请求被拒绝。',
  'explain.panos.p1-fail':
    '本防火墙作为 {role} 的第一阶段（{mode} 模式）失败，{local} 与 {remote} 之间，cookie {icookie}:{rcookie}；原因：{reason}。响应方 cookie 全为 0 表示对端从未应答。',
  'explain.panos.no-proposal':
    '第 {ph} 阶段失败：对端的提议中没有一个与本防火墙的加密配置文件匹配（加密、认证/哈希、DH 组或生存时间不同）。',
  'explain.panos.psk-mismatch': '第一阶段失败，很可能是两端的预共享密钥不一致（无法验证对端的加密消息）。',
  'explain.panos.p1-start':
    '本防火墙作为 {role} 开始第一阶段（{mode} 模式）：{local} ↔ {remote}，发起方 cookie {icookie}。',
  'explain.panos.p1-succ':
    '第一阶段（{mode} 模式）已作为 {role} 在 {local} 与 {remote} 之间建立；IKE SA 生存时间为 {lifetime} 秒。',
  'explain.panos.dpd': '对端存活检测（DPD）判定对端失效：SA 被拆除。（{text}）',
  'explain.panos.sa-deleted': '{local} 与 {remote} 之间的 {what} SA 已被删除。',
  'explain.panos.p2-start':
    '作为 {role} 开始第二阶段（快速模式），{local} 与 {remote} 之间，消息 ID 0x{msgid}。',
  'explain.panos.p2-succ': '第二阶段（快速模式）作为 {role} 成功：IPsec SA 已建立（SPI 0x{spi1}/0x{spi2}）。',
  'explain.panos.p2-fail':
    '第二阶段（快速模式）作为 {role} 失败，{local} 与 {remote} 之间（消息 ID 0x{msgid}）。{tail}',
  'explain.panos.proxy-id':
    '第二阶段在处理 {what} 时失败：对端提议的网络与该隧道配置的任何代理 ID 都不匹配。{tail}',
  'explain.panos.v2-ike-start':
    'IKEv2：作为 {role} 开始 IKE SA 协商（{rekey}），{local} ↔ {remote}，SPI {spiI}。',
  'explain.panos.v2-ike-succ': 'IKEv2：IKE SA（{rekey}）已作为 {role} 在 {local} 与 {remote} 之间建立。',
  'explain.panos.v2-ike-fail':
    'IKEv2：作为 {role} 的 IKE SA 协商（{rekey}）失败，{local} 与 {remote} 之间。{tail}',
  'explain.panos.v2-child-start': 'IKEv2：作为 {role} 开始子 SA 协商（{rekey}），消息 ID 0x{msgid}。',
  'explain.panos.v2-child-succ': 'IKEv2：子 SA（{rekey}）已作为 {role} 建立（SPI 0x{spi1}/0x{spi2}）。',
  'explain.panos.v2-child-fail': 'IKEv2：作为 {role} 的子 SA 协商（{rekey}）失败。{tail}',
  'explain.panos.key-installed': 'IPsec SA（SPI 0x{spi1}/0x{spi2}）已安装到数据平面：隧道开始转发流量。',
  'explain.panos.key-deleted': 'IPsec SA（SPI 0x{spi1}/0x{spi2}）已从数据平面删除。',
  'explain.panos.notify': 'IKE 通知 {name}：{dir}（received = 收到，sent = 发送）。',
  'explain.panos.delete-msg': '{what} 的删除消息：{dir} 对端（sent to = 发送给，received from = 收到自）。',
  'explain.panos.alg-not-presented':
    '网关 {gw}：配置的 {what} {alg} 不在对端提议的算法中（{where} 提议）：没有共同的提议。',
  'explain.panos.v2-proposal-mismatch': 'IKEv2：对端的提议与本防火墙的加密配置文件都不匹配。',
  'explain.panos.generic-no-proposal': '协商以 NO_PROPOSAL_CHOSEN 结束：两端没有共同的提议。',
  'explain.panos.peer-id-mismatch': '对端以 {idtype} {id} 标识自己，这与 IKE 网关上配置的对端标识不符。',

  // ---- ikemgr.log (less mp-log ikemgr.log) ----
  'explain.panos-ikemgr.nego-banner': 'ikemgr：{what} 协商 {result}{tail}。',
  'explain.panos-ikemgr.key-banner': 'ikemgr：IPsec 密钥 {what} {result}。',
  'explain.panos-ikemgr.sa-banner': 'ikemgr：{which} SA {local} ↔ {remote}{tail}。',
  'explain.panos-ikemgr.due-banner': 'ikemgr：协商失败，原因为 {reason}。',
  'explain.panos-ikemgr.other-banner': 'ikemgr：{text}。',
  'explain.panos-ikemgr.compared-start':
    '第一阶段提议对比开始：后续每行为 `parameter = this firewall:peer`（参数 = 本防火墙:对端）。',
  'explain.panos-ikemgr.compared-attr': '对比 {attr}：本防火墙 {db}，对端 {peer}。',
  'explain.panos-ikemgr.rejected':
    '对端的提议因 {attr} 被拒绝：本防火墙为 {db}，对端提供 {peer}（本端 prop#{dbp}/trns#{dbt}，对端 prop#{pp}/trns#{pt}）。',
  'explain.panos-ikemgr.p2-mismatch': '第二阶段对比：{attr} 不同，本防火墙 {db}，对端 {peer}。',
  'explain.panos-ikemgr.p2-long': '第二阶段对比：提议了 {what}，本防火墙 {db}，对端 {peer}。',
  'explain.panos-ikemgr.no-suitable': '对端的提议没有一个与本防火墙的加密配置文件匹配。',
  'explain.panos-ikemgr.no-valid-proposal': '与对端的第一阶段协商终止：没有有效的提议。',
  'explain.panos-ikemgr.no-responder-proposal':
    '作为快速模式的响应方，未能就第二阶段提议（IPSec 加密配置文件、PFS）达成一致。',
  'explain.panos-ikemgr.no-sainfo': '对端在快速模式中提议的网络与本防火墙的任何代理 ID 都不匹配。',
  'explain.panos-ikemgr.p1-timeup': '第一阶段放弃：对端未及时应答（cookie {icookie}:{rcookie}）。',
  'explain.panos-ikemgr.p2-timeup': '第二阶段等待超时，已放弃{tail}。',
  'explain.panos-ikemgr.giveup-ipsec': '未能及时获得 IPsec SA：第二阶段未完成。',
  'explain.panos-ikemgr.hash-decrypt':
    '对端加密的主模式消息解密后不是有效的 HASH：两端推导出的密钥不同，几乎总是预共享密钥不一致。',
  'explain.panos-ikemgr.vendor-id': '对端通告了 vendor ID {vid}。',
  'explain.panos-ikemgr.dpd-dead': '对端存活检测：ISAKMP SA {spi} 的对端已停止应答，被判定为失效。',
  'explain.panos-ikemgr.isakmp-established': '{local} 与 {remote} 之间的 ISAKMP SA（第一阶段）已建立。',
  'explain.panos-ikemgr.isakmp-deleted': '{local} 与 {remote} 之间的 ISAKMP SA（第一阶段）已删除。',
  'explain.panos-ikemgr.ipsec-established':
    'IPsec SA 已建立：{proto}/{encmode} {src} → {dst}，SPI 0x{spihex}。',
  'explain.panos-ikemgr.notification': '对端发送了通知 {name}（{num}）。',
  'explain.panos-ikemgr.auth-failed': '对端认证失败。',
  'explain.panos-ikemgr.aborting': 'IKEv2 SA 被中止（{what}）。',

  // ---- fix steps on PAN-OS ----
  'fix.PEER_NOT_CONFIGURED.panos':
    'PAN-OS：打开 Network > Network Profiles > IKE Gateways，检查网关的 Peer Address 是否为 {peer}（以及对端所连接的本地接口/地址）。对于此消息，对端无需做任何修改。',
  'fix.PEER_UNREACHABLE.panos':
    'PAN-OS：1) 从防火墙的外部接口测试可达性：`ping source <external IP of this firewall> host {peer}`。2) Policies > Security：如果有规则拒绝 untrust→untrust 流量，请添加一条从 untrust 区域到 untrust 区域、应用为 ike 和 ipsec 的允许规则（地址为 any 或两个 VPN 端点）；用同样方法检查对端的策略。3) 检查两端的第一阶段设置。详细信息：`debug ike global on debug`，然后 `less mp-log ikemgr.log`。',
  'fix.IKE_PROPOSAL_MISMATCH.panos':
    'PAN-OS：Network > Network Profiles > IKE Crypto：使 IKE 网关所用的配置文件与对端一致；{param} 不同（本防火墙 {local}，对端 {remote}）。要查看哪个参数不同：`debug ike global on debug`，`less mp-log ikemgr.log`，查找 "Compared: DB:Peer"（每行为 `parameter = this firewall:peer`，即 参数 = 本防火墙:对端）；之后执行 `debug ike global on normal`。',
  'fix.PSK_MISMATCH.panos':
    'PAN-OS：Network > Network Profiles > IKE Gateways > (gateway) > Pre-shared Key：在本防火墙上重新输入密钥，然后确认对端使用的密钥完全相同。',
  'fix.TS_MISMATCH.panos':
    'PAN-OS：Network > IPSec Tunnels > (tunnel) > Proxy IDs：添加一个代理 ID，其本地和远端网络与对端的设置互为镜像（对端提议的本地为 {local}，远端为 {remote}）；两端协议均为 any。',
  'fix.CHILD_PROPOSAL_MISMATCH.panos':
    'PAN-OS：Network > Network Profiles > IPSec Crypto：使隧道的配置文件与对端的第二阶段设置一致（ESP/AH、加密、认证、DH 组、生存时间）；{param} 不同（本防火墙 {local}，对端 {remote}）。',
  'fix.PFS_MISMATCH.panos':
    'PAN-OS：Network > Network Profiles > IPSec Crypto > DH Group：设置与对端相同的 PFS 组（本防火墙 {local}，对端 {remote}），或两端都设为 no-pfs。',
  'fix.DPD_PEER_DEAD.panos':
    'PAN-OS：Network > Network Profiles > IKE Gateways > (gateway) > Advanced Options > Dead Peer Detection：检查 interval 和 retry 是否与对端一致；然后查明对端为何停止应答（{peer} 的可达性、对端的状态、路径上的 UDP 500/4500）。',
};
export default messages;
