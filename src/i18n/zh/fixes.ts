// zh messages: fixes
// fix steps per code and vendor family (`fix.<CODE>.<family>`); `.peer` is what to
// check on the other end, `.generic` is used when no vendor-specific text exists.
const messages: Record<string, string> = {
  'fix.ESTABLISHED.generic': '无需修复。如果流量仍不通，请检查路由、防火墙规则和流量选择器。',

  'fix.PEER_UNREACHABLE.generic':
    '确认 {peer} 地址正确且可达（ping、traceroute），并确认路径上所有防火墙都放行 UDP 500 和 4500（以及 ESP，协议号 50）。',
  'fix.PEER_UNREACHABLE.strongswan':
    'strongSwan：检查 swanctl.conf 中的 `remote_addrs`（ipsec.conf 中为 `right=`）；在对端执行 `swanctl --list-sas`；在两端执行 `tcpdump -ni any udp port 500 or udp port 4500` 查看报文在哪里中断。',
  'fix.PEER_UNREACHABLE.libreswan':
    'Libreswan：检查 ipsec.conf 中 conn 的 `right=`；在对端执行 `ipsec status`；在两端执行 `tcpdump -ni any udp port 500 or udp port 4500`。',
  'fix.PEER_UNREACHABLE.qno': '路由器：检查隧道的远端网关地址，并确认对端 WAN 口接受 UDP 500/4500。',
  'fix.PEER_UNREACHABLE.cisco-asa':
    'ASA：检查 `crypto map <map> <seq> set peer` / tunnel-group 名称，执行 `ping outside {peer}`，确认路径放行 UDP 500/4500；在两端执行 `show crypto isakmp sa`。',
  'fix.PEER_UNREACHABLE.cisco-ios':
    'IOS：检查 crypto map 中的 `set peer` / `crypto ikev2 profile` 的 match，执行 `ping {peer} source <wan-if>`，并检查 ACL 是否放行 UDP 500/4500。',
  'fix.PEER_UNREACHABLE.peer': '对端：IKE 守护进程是否在运行并监听 UDP 500？是否已将本端地址配置为其对端？',

  'fix.PEER_NOT_CONFIGURED.generic':
    '在响应方上添加或更正 {peer} 的连接：对端地址（或身份）必须与发起方使用的一致。',
  'fix.PEER_NOT_CONFIGURED.strongswan':
    'strongSwan：需要一个 `remote_addrs`（ipsec.conf `right=`）及 IKE 版本/提议与 {peer} 匹配的连接；用 `swanctl --list-conns` 检查，并确认已加载（`swanctl --load-all`）。',
  'fix.PEER_NOT_CONFIGURED.libreswan':
    'Libreswan：需要一个 `right={peer}`（移动用户用 `right=%any`）的 conn，且 `authby=`（secret/rsasig）和 `ikev2=` 设置与发起方相同；然后执行 `ipsec auto --add <conn>`。',
  'fix.PEER_NOT_CONFIGURED.qno': '路由器：添加远端网关为 {peer} 的隧道，预共享密钥和模式与对端一致。',
  'fix.PEER_NOT_CONFIGURED.cisco-asa':
    'ASA：添加 `tunnel-group {peer} type ipsec-l2l` 及其 ipsec-attributes，并添加 crypto map 条目 `set peer {peer}`。',
  'fix.PEER_NOT_CONFIGURED.cisco-ios':
    'IOS：添加 keyring/`crypto isakmp key ... address {peer}`，或 IKEv2 profile `match identity remote address {peer}`。',
  'fix.PEER_NOT_CONFIGURED.peer': '发起方：确认其连接的是正确的网关地址，并提供响应方期望的身份。',

  'fix.IKE_VERSION_MISMATCH.generic': '两端设置相同的 IKE 版本（两端都支持时使用 IKEv2）。',
  'fix.IKE_VERSION_MISMATCH.strongswan':
    'strongSwan：swanctl.conf 连接中设置 `version = 2`（或 1）；ipsec.conf 中设置 `keyexchange=ikev2`。',
  'fix.IKE_VERSION_MISMATCH.libreswan':
    'Libreswan：在 conn 中设置 `ikev2=yes`（4.x）或 `keyexchange=ikev2`（5.x）；IKEv1 需要 `ikev1-policy=accept`。',
  'fix.IKE_VERSION_MISMATCH.peer': '对端：使用相同的 IKE 版本。',

  'fix.MODE_MISMATCH.generic':
    '两端使用相同的模式：IKEv1 使用主模式（或野蛮模式），子 SA 使用隧道模式（或传输模式）。',
  'fix.MODE_MISMATCH.strongswan':
    'strongSwan：连接中的 `aggressive = yes|no`（ipsec.conf `aggressive=`），child 中的 `mode = tunnel|transport`；作为响应方使用 PSK 野蛮模式需要 `charon.i_dont_care_about_security_and_use_aggressive_mode_psk`。',
  'fix.MODE_MISMATCH.libreswan': 'Libreswan：conn 中的 `aggressive=yes|no` 和 `type=tunnel|transport`。',
  'fix.MODE_MISMATCH.peer': '对端：使用相同的交换模式和封装模式。',

  // Filled into fixes when the log does not show which parameter differs.
  'fix.var.param': '提议',
  'fix.var.local': '本端的某一取值',
  'fix.var.remote': '见其配置',
  'fix.IKE_PROPOSAL_MISMATCH.generic':
    '使两端的 IKE（第一阶段）提议至少有一个相同的组合；{param} 不一致：本端 {local}，对端 {remote}。',
  'fix.IKE_PROPOSAL_MISMATCH.strongswan':
    'strongSwan：编辑 swanctl.conf 中该连接的 `proposals = `（ipsec.conf `ike=`），例如加入对端的 {param}（{remote}）：`proposals = aes256-sha256-modp2048,...`；然后执行 `swanctl --load-conns`。',
  'fix.IKE_PROPOSAL_MISMATCH.libreswan':
    'Libreswan：编辑 conn 的 `ike=`（例如 `ike=aes256-sha2_256;modp2048`），加入对端的 {param}（{remote}）；然后执行 `ipsec auto --replace <conn>`。',
  'fix.IKE_PROPOSAL_MISMATCH.qno':
    '路由器：将隧道第一阶段的加密算法、认证（哈希）算法和 DH 组设置为与对端相同。',
  'fix.IKE_PROPOSAL_MISMATCH.cisco-asa':
    'ASA：添加匹配的 `crypto ikev1 policy` / `crypto ikev2 policy`（encryption、integrity/hash、group、prf），包含对端的 {param}（{remote}）。',
  'fix.IKE_PROPOSAL_MISMATCH.cisco-ios':
    'IOS：添加匹配的 `crypto isakmp policy` 或 `crypto ikev2 proposal`，包含对端的 {param}（{remote}），并在 IKEv2 policy 中引用。',
  'fix.IKE_PROPOSAL_MISMATCH.peer': '或者修改对端，使其 {param} 为 {local}。',

  'fix.PSK_MISMATCH.generic': '两端设置相同的预共享密钥（在两端重新输入；注意末尾空格和引号）。',
  'fix.PSK_MISMATCH.strongswan':
    'strongSwan：swanctl.conf 中 `secrets { ike-... { id = ...; secret = ... } }` 段的 `secret`（ipsec.secrets：`<ids> : PSK "..."`），需与实际使用的身份对应；然后执行 `swanctl --load-creds`。',
  'fix.PSK_MISMATCH.libreswan':
    'Libreswan：/etc/ipsec.secrets（或 ipsec.d/*.secrets）中对应所用身份的 PSK 行；然后执行 `ipsec auto --rereadsecrets`。',
  'fix.PSK_MISMATCH.qno': '路由器：在两端重新输入隧道的预共享密钥。',
  'fix.PSK_MISMATCH.cisco-asa':
    'ASA：`tunnel-group {peer} ipsec-attributes` → `ikev1 pre-shared-key` / `ikev2 remote-authentication pre-shared-key` 和 `ikev2 local-authentication pre-shared-key`。',
  'fix.PSK_MISMATCH.cisco-ios':
    'IOS：`crypto isakmp key <key> address {peer}`，或 `crypto ikev2 keyring` 中的 `pre-shared-key`。',
  'fix.PSK_MISMATCH.peer': '对端：相同的密钥，并绑定到本端所提供的身份。',

  'fix.ID_MISMATCH.generic': '使每一端发送的身份与另一端期望的一致（IP 地址、FQDN、user FQDN 或 DN）。',
  'fix.ID_MISMATCH.strongswan':
    'strongSwan：swanctl.conf 中的 `local { id = ... }` 和 `remote { id = ... }`（ipsec.conf `leftid=` / `rightid=`）。',
  'fix.ID_MISMATCH.libreswan': 'Libreswan：conn 中的 `leftid=` / `rightid=`（例如 `@fqdn`、地址或证书 DN）。',
  'fix.ID_MISMATCH.peer': '对端：其本端身份必须是本端期望的远端身份。',

  'fix.CERT_INVALID.generic':
    '检查证书链（验证方信任该 CA）、有效期和系统时钟、吊销状态，以及身份是否包含在 subject 或 subjectAltName 中。',
  'fix.CERT_INVALID.strongswan':
    'strongSwan：将 CA 证书放入 /etc/swanctl/x509ca 并执行 `swanctl --load-creds`；`pki --print --in <cert>` 可显示有效期和 subjectAltName；`remote { id = }` 必须包含在证书中。',
  'fix.CERT_INVALID.libreswan':
    'Libreswan：将 CA 导入 NSS 数据库（`certutil -A -d sql:/var/lib/ipsec/nss -t CT,, ...`），并检查 `leftcert=` / `rightid=`。',
  'fix.CERT_INVALID.peer': '对端：使用有效证书，且证书身份与其发送的身份一致。',

  'fix.EAP_AUTH_FAILED.generic': '检查该用户的凭据，以及认证服务器（RADIUS）上该用户的日志。',
  'fix.EAP_AUTH_FAILED.strongswan':
    'strongSwan：swanctl.conf 中的 `eap` secret 或 eap-radius 插件设置；`remote { auth = eap-... }` 必须与客户端的方法一致。',
  'fix.EAP_AUTH_FAILED.cisco-asa':
    'ASA：`tunnel-group <name> general-attributes` 中的 authentication-server-group，以及 AAA 服务器上该用户的日志。',
  'fix.EAP_AUTH_FAILED.peer': '客户端：用户名、密码和 EAP 方法。',

  'fix.AUTH_FAILED.generic': '比较两端的认证方式、预共享密钥或证书以及身份；对端日志会给出具体原因。',
  'fix.AUTH_FAILED.strongswan':
    'strongSwan：swanctl.conf 中的 `local`/`remote` 段（auth、id、certs）及 secrets。',
  'fix.AUTH_FAILED.libreswan': 'Libreswan：`authby=`、`leftid=`/`rightid=` 以及 secrets 或证书。',
  'fix.AUTH_FAILED.peer': '对端：查看同一时刻的日志，其中会说明是密钥、身份还是证书出了问题。',

  'fix.TS_MISMATCH.generic': '使受保护网络互为镜像：本端的本地网络是对端的远端网络，反之亦然。',
  'fix.TS_MISMATCH.strongswan':
    'strongSwan：swanctl.conf 中 child 的 `local_ts` / `remote_ts`（ipsec.conf `leftsubnet=` / `rightsubnet=`）。',
  'fix.TS_MISMATCH.libreswan': 'Libreswan：conn 中的 `leftsubnet=` / `rightsubnet=`（或 `leftsubnets=`）。',
  'fix.TS_MISMATCH.qno': '路由器：隧道的本地子网和远端子网必须与对端互为镜像。',
  'fix.TS_MISMATCH.cisco-asa':
    'ASA：crypto map 条目的感兴趣流 ACL（`access-list <acl> extended permit ip <local> <remote>`）必须与对端互为镜像。',
  'fix.TS_MISMATCH.cisco-ios':
    'IOS：感兴趣流 ACL（`match address`），或者对于 VTI，两端均使用 `ip any any` 选择器。',
  'fix.TS_MISMATCH.peer': '对端：其本地/远端网络必须是本端的远端/本地网络。',

  'fix.CHILD_PROPOSAL_MISMATCH.generic': '使子 SA（第二阶段，ESP）提议至少有一个相同的加密与完整性算法组合。',
  'fix.CHILD_PROPOSAL_MISMATCH.strongswan':
    'strongSwan：swanctl.conf 中 child 的 `esp_proposals = `（ipsec.conf `esp=`），例如 `esp_proposals = aes256-sha256`；扩展序列号由提议中的 `esn` / `noesn` 关键字选择（不写 = 不用 ESN）。',
  'fix.CHILD_PROPOSAL_MISMATCH.libreswan':
    'Libreswan：conn 的 `esp=`（5.x：`child-proposals=`），例如 `esp=aes256-sha2_256`；扩展序列号是单独的键：`esn=yes|no|either`。',
  'fix.CHILD_PROPOSAL_MISMATCH.qno': '路由器：将隧道第二阶段的加密和认证算法设置为与对端相同。',
  'fix.CHILD_PROPOSAL_MISMATCH.cisco-asa':
    'ASA：crypto map 条目所用的 `crypto ipsec ikev1 transform-set` / `crypto ipsec ikev2 ipsec-proposal`。',
  'fix.CHILD_PROPOSAL_MISMATCH.cisco-ios':
    'IOS：crypto map 或 `crypto ipsec profile` 引用的 `crypto ipsec transform-set`。',
  'fix.CHILD_PROPOSAL_MISMATCH.peer': '或者将对端的第二阶段提议改为本端可接受的。',

  'fix.PFS_MISMATCH.generic': '两端使用相同的 PFS 设置：子 SA 使用相同的 DH 组，或两端都不启用。',
  'fix.PFS_MISMATCH.strongswan':
    'strongSwan：在 `esp_proposals` 中添加或删除 DH 组（例如启用 PFS 用 `aes256-sha256-modp2048`，不启用用 `aes256-sha256`）。',
  'fix.PFS_MISMATCH.libreswan':
    'Libreswan：`pfs=yes|no` 以及 `esp=` 中的组（例如 `esp=aes256-sha2_256;modp2048`）。',
  'fix.PFS_MISMATCH.cisco-asa': 'ASA：设置（或删除）`crypto map <map> <seq> set pfs group<N>`，与对端一致。',
  'fix.PFS_MISMATCH.cisco-ios': 'IOS：在 crypto map 或 IPsec profile 中设置（或删除）`set pfs group<N>`。',
  'fix.PFS_MISMATCH.peer': '对端：相同的 PFS 组，或两端都关闭 PFS。',

  'fix.LOCAL_SA_INSTALL_FAILED.generic':
    '检查内核的 IPsec 支持（ESP/XFRM 模块）、冲突的 SA 或策略（`ip xfrm state`、`ip xfrm policy`）以及主机权限。',
  'fix.LOCAL_SA_INSTALL_FAILED.libreswan':
    'Libreswan：加载内核模块（`modprobe esp4 xfrm_user`）；若容器/VPS 内核不支持 ESP，请换用支持的主机；`ipsec verify` 可检查内核。',
  'fix.LOCAL_SA_INSTALL_FAILED.strongswan':
    'strongSwan：检查 kernel-netlink 插件和内核模块；若内核不支持 ESP，可使用用户态数据路径（`kernel-libipsec` 插件）。',
  'fix.LOCAL_SA_INSTALL_FAILED.peer': '对端无需修改：故障发生在本机。',

  'fix.DPD_PEER_DEAD.generic':
    '查明对端停止响应的原因（重启、链路中断、NAT 超时）。如果路径丢包严重，请增大 DPD 间隔/超时。',
  'fix.DPD_PEER_DEAD.strongswan':
    'strongSwan：连接中的 `dpd_delay` 和 `dpd_timeout`（IKEv1），child 的 `dpd_action`（设为 `restart` 可自动恢复）。',
  'fix.DPD_PEER_DEAD.libreswan': 'Libreswan：conn 中的 `dpddelay=`、`dpdtimeout=` 和 `dpdaction=restart`。',
  'fix.DPD_PEER_DEAD.qno': '路由器：检查对端的 WAN 链路；保持 DPD 启用，以便对端恢复后重建隧道。',
  'fix.DPD_PEER_DEAD.cisco-asa':
    'ASA：`tunnel-group {peer} ipsec-attributes` → `isakmp keepalive threshold <s> retry <s>`。',
  'fix.DPD_PEER_DEAD.cisco-ios':
    'IOS：`crypto isakmp keepalive <s> <retry> periodic`，或 IKEv2 profile 中的 `dpd`。',
  'fix.DPD_PEER_DEAD.peer': '对端：确认其在线、WAN 链路正常，并能响应 DPD（R-U-THERE / 空 INFORMATIONAL）。',

  'fix.NAT_T_BLOCKED.generic':
    '在路径上所有防火墙/NAT 设备上双向放行 UDP 4500（并用 keepalive 保持 NAT 映射）。',
  'fix.NAT_T_BLOCKED.strongswan':
    'strongSwan：`encap = yes` 强制 UDP 封装；strongswan.conf 中的 `keep_alive` 保持 NAT 映射；路径必须放行 UDP 4500。',
  'fix.NAT_T_BLOCKED.libreswan':
    'Libreswan：`encapsulation=yes` 和 `nat-keepalive=yes`；路径必须放行 UDP 4500。',
  'fix.NAT_T_BLOCKED.peer': '对端及其防火墙：接受来自本端的 UDP 4500。',

  'fix.FRAGMENTATION_DROPPED.generic': '在两端启用 IKE 分片（RFC 7383），或修正路径 MTU / 放行 IP 分片。',
  'fix.FRAGMENTATION_DROPPED.strongswan':
    'strongSwan：连接中设置 `fragmentation = yes`（或 `force`）；strongswan.conf 中的 `charon.fragment_size`。',
  'fix.FRAGMENTATION_DROPPED.libreswan': 'Libreswan：conn 中设置 `fragmentation=yes`（或 `force`）。',
  'fix.FRAGMENTATION_DROPPED.cisco-asa':
    'ASA：`crypto ikev2 fragmentation mtu <n>`；IKEv1：`crypto isakmp fragmentation`。',
  'fix.FRAGMENTATION_DROPPED.peer': '对端：同样启用 IKE 分片。',

  'fix.REKEY_FAILED.generic':
    '比较两端的重协商提议（含 PFS 组）和生存期；重协商密钥使用带 PFS 的子 SA 提议。',
  'fix.REKEY_FAILED.strongswan':
    'strongSwan：child 的 `rekey_time`、`esp_proposals`（包含重协商所用的 DH 组）。',
  'fix.REKEY_FAILED.libreswan': 'Libreswan：conn 的 `salifetime=`、`ikelifetime=`、`rekey=` 和 `pfs=`。',
  'fix.REKEY_FAILED.peer': '对端：相同的重协商提议和 PFS 组。',

  'fix.SA_DELETED_BY_PEER.generic':
    '查看对端日志，了解其删除 SA 的原因（管理员操作、生存期到期未重协商、其自身 DPD、策略变更）。',
  'fix.SA_DELETED_BY_PEER.strongswan':
    'strongSwan：`close_action = restart`（swanctl child）可在对端删除后恢复隧道；`start_action = start` 保持隧道常连。',
  'fix.SA_DELETED_BY_PEER.libreswan':
    'Libreswan：`auto=start` 和 `keyingtries=%forever` 可在对端删除后保持隧道在线。',
  'fix.SA_DELETED_BY_PEER.peer': '对端：它为什么删除了该 SA？',

  'fix.STALE_SA.generic':
    '通常是一端重启后的暂时现象。若持续存在，请启用 DPD 和 INITIAL_CONTACT，或在两端清除 SA。',
  'fix.STALE_SA.strongswan':
    'strongSwan：执行 `swanctl --terminate --ike <name>`，再执行 `swanctl --initiate --child <child>`；启用 `dpd_delay`。',
  'fix.STALE_SA.libreswan':
    'Libreswan：执行 `ipsec auto --down <conn>` 和 `ipsec auto --up <conn>`；设置 `dpddelay=`/`dpdaction=`。',
  'fix.STALE_SA.qno': '路由器：断开并重新连接隧道；保持 DPD 启用。',
  'fix.STALE_SA.cisco-ios':
    'IOS：`clear crypto session remote {peer}`；启用 `crypto isakmp invalid-spi-recovery` 和 keepalive。',
  'fix.STALE_SA.peer': '对端：清除其与本端之间的 SA，或启用 DPD 以便察觉本端重启。',

  'fix.TUNNEL_DOWN.generic': '查看断开前的日志行和对端日志以确定原因。',
  'fix.TUNNEL_DOWN.peer': '对端：查看同一时刻的日志。',

  'fix.CLOSED.generic': '如果关闭是预期行为则无问题；要保持隧道在线，请设置自动建立。',
  'fix.CLOSED.strongswan': 'strongSwan：child 中设置 `start_action = start`（或 `trap`）可保持隧道在线。',
  'fix.CLOSED.libreswan': 'Libreswan：conn 中设置 `auto=start`（或 `auto=route`）。',

  'fix.INCONCLUSIVE.generic': '收集另一端同一时刻的日志，或提高日志级别，然后将两端日志一起分析。',
  'fix.INCONCLUSIVE.strongswan':
    'strongSwan：提高 strongswan.conf 中的日志级别（`filelog { ... { ike = 2 cfg = 2 } }`）后重试。',
  'fix.INCONCLUSIVE.libreswan': 'Libreswan：（临时）在 config setup 中设置 `plutodebug=all` 后重试。',
  'fix.INCONCLUSIVE.cisco-asa':
    'ASA：发起隧道时执行 `debug crypto ikev2 protocol 127` / `debug crypto ikev1 127`。',
  'fix.INCONCLUSIVE.cisco-ios':
    'IOS：发起隧道时执行 `debug crypto isakmp`、`debug crypto ipsec`（`debug crypto ikev2`）。',

  'fix.WEAK_CRYPTO.generic':
    '两端改用 IKEv2，配合 AES-GCM 或 AES-CBC + SHA-256 及以上，以及 DH 组 14、19、20 或 31。',
  'fix.WEAK_CRYPTO.strongswan':
    'strongSwan：例如 `proposals = aes256gcm16-prfsha384-ecp384` 和 `esp_proposals = aes256gcm16-ecp384`，`version = 2`。',
  'fix.WEAK_CRYPTO.libreswan':
    'Libreswan：例如 `ike=aes_gcm256-sha2_384;dh20`、`esp=aes_gcm256`，使用 IKEv2。',
  'fix.WEAK_CRYPTO.qno': '路由器：选择 AES 和 SHA-256 及以上、DH 组 14 或更高，并使用主模式。',
  'fix.WEAK_CRYPTO.cisco-asa':
    'ASA：`crypto ikev2 policy` 使用 `encryption aes-gcm-256`、`prf sha384`、`group 20`；删除 DES/3DES/MD5 transform set。',
  'fix.WEAK_CRYPTO.cisco-ios':
    'IOS：`crypto ikev2 proposal` 使用 `encryption aes-gcm-256`、`prf sha384`、`group 20`。',
  'fix.WEAK_CRYPTO.peer': '对端：使用相同的强提议（两端必须同时修改）。',

  'fix.LIFETIME_MISMATCH.generic':
    '两端使用相同的生存期（例如 IKE 8 小时 / 28800 秒，子 SA 1 小时 / 3600 秒）。',
  'fix.LIFETIME_MISMATCH.peer': '对端：相同的生存期。',
};
export default messages;
