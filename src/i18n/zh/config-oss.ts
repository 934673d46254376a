// zh messages: config-oss
const messages: Record<string, string> = {
  // ---- forms ----
  'config.format.strongswan-swanctl': 'strongSwan swanctl.conf',
  'config.format.strongswan-ipsec.conf': 'strongSwan ipsec.conf（旧版，stroke）',
  'config.format.libreswan-ipsec.conf': 'Libreswan / Openswan ipsec.conf',
  'config.format.ipsec-secrets': 'ipsec.secrets（strongSwan / Libreswan / Openswan）',

  // ---- strongSwan settings syntax (swanctl.conf, strongswan.conf) ----
  'config.note.swan.syntax':
    '有 {count} 行不符合 swanctl.conf 语法（`name {`、`key = value`、`}`）；这些行列为无法解析，守护进程会拒绝该文件。',
  'config.note.swan.unparsed-capped':
    '超过 {max} 行无法解析；列出了前 {max} 行，另有 {count} 行未列出。这几乎不可能是配置文件。',
  'config.note.swan.too-deep': '此处节的嵌套深度超过 {max} 层；更深的节已跳过。',
  'config.note.swan.include-not-followed':
    '此行包含了 "{pattern}"。被包含的文件不会被读取：请将它们作为单独的配置交给 ikescope。',
  'config.note.swan.daemon-settings':
    '这是 strongswan.conf（守护进程设置：日志、插件、重传），其中没有定义隧道。',
  'config.note.swan.no-children': '连接 {conn} 没有 children 节：只能建立 IKE SA，无法建立 CHILD SA。',
  'config.note.swan.default-proposals':
    '{key} 包含关键字 `default`：strongSwan 在此处加入其默认提议（具体内容取决于版本和已加载的插件）。',
  'config.note.swan.additional-ke':
    '配置了附加密钥交换（RFC 9370）（{methods}）；对比时只考虑第一个密钥交换。',
  'config.note.swan.unknown-algorithm':
    '算法关键字 "{token}" 未知；对比提议时忽略该关键字。请检查拼写：守护进程会拒绝未知关键字。',
  'config.note.swan.shunt':
    '{conn} 的 child {child} 设置了 mode = {mode}：这是旁路策略（流量不经 IPsec 直接放行或丢弃），不是隧道；已略去。',
  'config.note.swan.child-mode':
    '模式 "{mode}" 既不是 tunnel 也不是 transport：不会为其协商 IPsec SA（bypass、drop 或 BEET）。',

  // ---- ipsec.conf (both daemons) ----
  'config.note.ipsec-conf.not-indented':
    '该参数从第 0 列开始；ipsec.conf 的参数应缩进写在所属节之下。已将其作为上方节的一部分读取。',
  'config.note.ipsec-conf.also-missing': 'also={name} 指定的节在已读取的文件中不存在。',
  'config.note.ipsec-conf.conn-ignored': '连接 {conn} 设置了 auto=ignore：守护进程不会加载它，因此已略去。',
  'config.note.ipsec-conf.shunt':
    '连接 {conn} 是旁路连接（type=passthrough / drop / reject，或 authby=never）：是不使用 IKE 的策略，不是隧道；已略去。',
  'config.note.ipsec-conf.deprecated': '{key}= 已废弃：此版本的守护进程接受但会忽略它。',
  'config.note.ipsec-conf.proposals-not-strict':
    '{key}= 未以 `!` 结尾：strongSwan 会追加其默认提议，因此作为响应方时也会接受此处未列出的算法。',
  'config.note.ipsec-conf.include-missing': '此处包含的文件 "{pattern}" 在本机不存在；其内容未知。',
  'config.note.ipsec-conf.include-too-big': '此处包含的文件 "{pattern}" 过大，不可能是配置文件；未读取。',
  'config.note.ipsec-conf.include-unreadable': '此处包含的文件 "{pattern}" 无法作为文本读取。',
  'config.note.ipsec-conf.include-loop': '文件 "{pattern}" 已在读取中：include 形成了循环。',
  'config.note.ipsec-conf.include-limit': '包含的文件过多；"{pattern}" 及其后的文件未读取。',
  'config.note.ipsec-conf.include-depth': '此处 include 嵌套过深；未读取 "{pattern}"。',

  // ---- Libreswan ----
  'config.note.libreswan.filled-from-defaults':
    '{key}= 未指定 {transforms}；pluto 会用自己的默认值补齐，策略中显示的即为补齐后的内容。',
  'config.note.libreswan.pfs-ike-group':
    'PFS 已启用（默认 pfs=yes），且 {key}= 未指定 DH 组：pluto 使用 IKE SA 的 DH 组进行 PFS。',
  'config.note.libreswan.pfs-off-dh-ignored': 'pfs=no：pluto 会忽略 {key}= 中写入的 DH 组。',
};
export default messages;
