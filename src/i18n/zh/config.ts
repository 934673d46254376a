// zh messages: config
const messages: Record<string, string> = {
  // ---- forms ----
  'config.format.cisco-asa': 'Cisco ASA running-config',
  'config.format.cisco-ios': 'Cisco IOS / IOS-XE running-config',
  'config.format.panos-xml': 'PAN-OS 配置（XML）',
  'config.format.panos-set': 'PAN-OS 配置（set 命令）',
  'config.format.fortigate': 'FortiGate（FortiOS）配置',

  // ---- every parser ----
  'config.note.parser-error':
    '解析器因内部错误而停止（{message}）；目前已读取的隧道可能不完整。请报告此文件。',
  'config.note.selectors-truncated': '{name} 展开后超过 {max} 个流量选择器；只保留前 {max} 个。',

  // ---- Cisco ASA ----
  'config.note.asa.policy-default':
    'crypto ikev1 policy {priority} 未配置 {values}：对比时采用 ASA 的默认值。',
  'config.note.asa.ikev2-policy-incomplete':
    'crypto ikev2 policy {priority} 没有加密算法或 DH 组：ASA 会拒绝此类策略，此处的提议不完整。',
  'config.note.asa.undefined-ref': '此处引用了 {kind} "{name}"，但该配置中没有定义。',
  'config.note.asa.acl-deny':
    'crypto ACL {acl} 中有 deny 条目：匹配该条目的流量以明文发送，不包含在所示的选择器中。',
  'config.note.asa.both-ike-versions':
    '{name} 同时提供 IKEv1 transform set 和 IKEv2 proposal：ASA 先尝试 IKEv2，失败后回退到 IKEv1，因此无法显示单一的 IKE 版本。',
  'config.note.asa.no-ike-policy': '{name}：没有与该条目 IKE 版本匹配的 crypto ikev1/ikev2 policy。',
  'config.note.asa.ike-not-enabled':
    '接口 {interface} 上未启用 IKEv{version}（没有 "crypto ikev{version} enable {interface}"）：{name} 无法通过该接口协商。',
  'config.note.asa.map-not-applied':
    'crypto map {map} 未应用到任何接口（没有 "crypto map {map} interface ..."）：其条目均不生效。',
  'config.note.asa.map-entry-no-peer': 'crypto map {map} {seq} 没有 "set peer"：该条目不完整，已跳过。',
  'config.note.asa.map-entry-no-acl':
    'crypto map {map} {seq} 没有 "match address"：该条目不完整，其流量选择器未知。',
  'config.note.asa.dynamic-map-missing': '动态映射 {name} 被 crypto map 引用，但没有任何条目。',
  'config.note.asa.dynamic-map-unused': '动态映射 {name} 未被任何 crypto map 条目使用。',

  // ---- Cisco IOS ----
  'config.note.ios.policy-default':
    'crypto isakmp policy {priority} 未配置 {values}：对比时采用 IOS 的默认值。',
  'config.note.ios.undefined-ref': '此处引用了 {kind} "{name}"，但该配置中没有定义。',
  'config.note.ios.acl-deny':
    'crypto ACL {acl} 中有 deny 条目：匹配该条目的流量以明文发送，不包含在所示的选择器中。',
  'config.note.ios.no-ike-policy': '{name}：未配置 crypto isakmp policy；使用 IOS 的默认策略。',
  'config.note.ios.ikev2-proposal-unused':
    '{name}：定义了 IKEv2 proposal，但没有任何 "crypto ikev2 policy" 引用它们，因此路由器使用其默认提议。',
  'config.note.ios.ah-bundle':
    'transform set {name} 在 ESP 之外还添加了 AH（{integrity}）：对端必须提供相同的 AH + ESP 组合。',
  'config.note.ios.map-not-applied':
    'crypto map {map} 未应用到任何接口（接口下没有 "crypto map {map}"）：其条目均不生效。',
  'config.note.ios.map-entry-no-peer': 'crypto map {map} {seq} 没有 "set peer"：该条目不完整，已跳过。',
  'config.note.ios.map-entry-no-acl':
    'crypto map {map} {seq} 没有 "match address"：该条目不完整，其流量选择器未知。',
  'config.note.ios.dynamic-map-missing': '动态映射 {name} 被 crypto map 引用，但没有任何条目。',

  'config.note.ios.no-psk-for-peer':
    '没有与对端 {peer} 匹配的预共享密钥（crypto isakmp key、crypto keyring 或 IKEv2 keyring）：与其进行的预共享密钥认证会失败。',
  'config.note.asa.no-tunnel-group':
    '对端 {peer} 没有自己的 tunnel-group，且未配置 DefaultL2LGroup：ASA 没有用于该对端的预共享密钥或 trustpoint。',

  // ---- PAN-OS ----
  'config.note.panos.undefined-ref': '此处引用了 {kind} "{name}"，但该配置中没有定义。',
  'config.note.panos.no-proxy-id':
    'IPsec 隧道 {name} 没有代理 ID：防火墙在两侧都提议 0.0.0.0/0，基于策略的对端必须接受该值。',
  'config.note.panos.no-auto-key': 'IPsec 隧道 {name} 没有 auto-key（IKE）设置。',
  'config.note.panos.dynamic-peer': 'IKE 网关 {name} 的对端地址为动态：防火墙只作为响应方，从不发起协商。',
  'config.note.panos.ikev2-preferred':
    'IKE 网关 {name} 设置为 "IKEv2 preferred"：先使用 IKEv2 发起，对端拒绝时回退到 IKEv1。',
  'config.note.panos.gateway-without-tunnel': 'IKE 网关 {name} 未被任何 IPsec 隧道使用。',
  'config.note.panos.xml-error': '无法完整读取 XML（{message}）；已使用出错之前的内容。',

  // ---- FortiGate ----
  'config.note.fortigate.undefined-ref': '此处引用了 {kind} "{name}"，但该配置中没有定义。',
  'config.note.fortigate.phase1-case':
    'phase1name "{name}" 只有在忽略大小写时才与某个第一阶段匹配；FortiOS 的名称区分大小写，因此该第二阶段没有对应的第一阶段。',
  'config.note.fortigate.phase1-without-phase2':
    '第一阶段 {name} 没有第二阶段：未为其配置流量选择器或 ESP 提议。',
  'config.note.fortigate.dhgrp-default':
    '第一阶段 {name} 未设置 dhgrp：对比时采用 FortiOS 的默认组 {groups}。',
  'config.note.fortigate.pfs-default':
    '第二阶段 {name} 未设置 pfs/dhgrp：FortiOS 默认启用 PFS，使用组 {groups}，对比时按此处理。',
  'config.note.fortigate.dialup':
    '第一阶段 {name} 是拨号（type dynamic）隧道：任何对端都可以连接，FortiGate 从不发起协商。',

  // ---- `ikescope compare` ----
  'cmp.param.auth_a_to_b': 'A 的认证 / B 的要求',
  'cmp.param.auth_b_to_a': 'A 的要求 / B 的认证',
  'cmp.param.ts_narrowed': '收窄后',
  'cmp.cell.v2AnswersV1': 'IKEv2（作为响应方时也接受 IKEv1）',
  'cmp.cell.pskConfigured': '已配置（不显示）',
  'cmp.cell.none': '无',
  'cmp.cell.noPfs': '无 PFS',
  'cmp.cell.plusDefaults': '{list} + 默认值',
  'cmp.cell.on': '启用',
  'cmp.cell.off': '禁用',
  'cmp.cell.dpdOn': '启用 {timers}',
  'cmp.notes': '备注',
  'cmp.note.one-direction': '仅当 {side} 发起时可用：另一端发起时使用的版本不被此端接受。',
  'cmp.note.ts-one-direction':
    '仅当 {side} 发起时 CHILD SA 才能建立（另一端作为响应方时不收窄选择器，或其实现不接受收窄后的选择器）；若隧道需要由任一端发起，选择器必须一致。',
  'cmp.note.ts-narrowed':
    '选择器不同但有重叠：在 IKEv2 中响应方会将其收窄为重叠部分（RFC 7296 §2.9），无论哪一端发起，CHILD SA 都能建立。A：{a}。B：{b}。收窄后选择器之外的流量不经过隧道。',
  'cmp.note.ts-narrowed-result': '各端作为发起方时最终得到的 CHILD SA，从该端的视角（本端 → 对端）。',
  'cmp.note.lifetime-v2':
    'IKEv2 的生存时间不参与协商（RFC 7296 §2.8）：各端按自己的定时器重协商密钥；不会导致失败。',
  'cmp.note.lifetime-v1':
    'IKEv1 的生存时间是提议属性：大多数设备接受并采用较短的值；部分响应方会拒绝比自身更长的生存时间。',
  'cmp.note.dpd-one-side':
    '仅一端启用 DPD：隧道可以建立，但只有该端能发现对端失效并清除其 SA；另一端会保留失效的 SA 直到其过期。',
  'cmp.note.nat-one-side':
    '仅一端启用 NAT 穿越：两端之间没有 NAT 时没有影响；存在 NAT 时，未启用的一端无法切换到 UDP 4500。',
};
export default messages;
