// ja messages: オープンソース IKE デーモンの設定パーサー (strongSwan swanctl.conf / 旧 ipsec.conf、
// Libreswan / Openswan ipsec.conf、ipsec.secrets)。キーと置換パラメータは en/config-oss.ts と同じ。
const messages: Record<string, string> = {
  // ---- 形式 ----
  'config.format.strongswan-swanctl': 'strongSwan swanctl.conf',
  'config.format.strongswan-ipsec.conf': 'strongSwan ipsec.conf (旧形式、stroke)',
  'config.format.libreswan-ipsec.conf': 'Libreswan / Openswan ipsec.conf',
  'config.format.ipsec-secrets': 'ipsec.secrets (strongSwan / Libreswan / Openswan)',

  // ---- strongSwan の設定構文 (swanctl.conf、strongswan.conf) ----
  'config.note.swan.syntax':
    '{count} 行が swanctl.conf の構文 (`name {`、`key = value`、`}`) に従っていません。解釈できない行として列挙します。デーモンはこのファイルを受け付けません。',
  'config.note.swan.unparsed-capped':
    '解釈できない行が {max} 行を超えました。最初の {max} 行だけを列挙し、残り {count} 行は省きます。設定ファイルではない可能性が高いです。',
  'config.note.swan.too-deep': 'ここではセクションが {max} 段より深く入れ子になっています。それより深いセクションは読み飛ばしました。',
  'config.note.swan.include-not-followed':
    'この行は "{pattern}" を include しています。include 先のファイルは読みません。別の設定ファイルとして ikescope に渡してください。',
  'config.note.swan.daemon-settings':
    'これは strongswan.conf (ログ、プラグイン、再送などデーモンの設定) です。トンネルは定義されていません。',
  'config.note.swan.no-children': '接続 {conn} には children セクションがありません。IKE SA しか確立できず、CHILD SA は作られません。',
  'config.note.swan.default-proposals':
    '{key} にキーワード `default` が含まれています。strongSwan はここに既定のプロポーザルを加えます (内容はバージョンと読み込まれたプラグインによります)。',
  'config.note.swan.additional-ke':
    '追加の鍵交換 (RFC 9370) が設定されています ({methods})。比較では最初の鍵交換だけを見ます。',
  'config.note.swan.unknown-algorithm':
    'アルゴリズムのキーワード "{token}" を認識できません。これを除いてプロポーザルを比較します。綴りを確認してください (デーモンは未知のキーワードを拒否します)。',
  'config.note.swan.shunt':
    '{conn} の子 {child} は mode = {mode} です。IPsec を使わずに通過または破棄させるシャントポリシーでトンネルではないため、除外しました。',
  'config.note.swan.child-mode': 'モード "{mode}" は tunnel でも transport でもありません。IPsec SA はネゴシエートされません (バイパス、破棄、または BEET)。',

  // ---- ipsec.conf (両デーモン共通) ----
  'config.note.ipsec-conf.not-indented':
    'このパラメータは行頭から始まっています。ipsec.conf のパラメータはセクションの下に字下げして書きます。直前のセクションの一部として読みました。',
  'config.note.ipsec-conf.also-missing': 'also={name} が指すセクションは、読み込んだファイルの中にありません。',
  'config.note.ipsec-conf.conn-ignored': '接続 {conn} は auto=ignore です。デーモンは読み込まないため、除外しました。',
  'config.note.ipsec-conf.shunt':
    '接続 {conn} はシャント (type=passthrough / drop / reject、または authby=never) です。IKE を使わないポリシーでトンネルではないため、除外しました。',
  'config.note.ipsec-conf.deprecated': '{key}= は廃止されています。このバージョンのデーモンは受け付けますが無視します。',
  'config.note.ipsec-conf.proposals-not-strict':
    '{key}= の末尾に `!` がありません。strongSwan は既定のプロポーザルを追加するため、レスポンダーとしてはここにないアルゴリズムも受け入れます。',
  'config.note.ipsec-conf.include-missing': 'ここで include されているファイル "{pattern}" は存在しません。内容は不明です。',
  'config.note.ipsec-conf.include-too-big': 'ここで include されているファイル "{pattern}" は設定ファイルとしては大きすぎるため読みませんでした。',
  'config.note.ipsec-conf.include-unreadable': 'ここで include されているファイル "{pattern}" をテキストとして読めませんでした。',
  'config.note.ipsec-conf.include-loop': 'ファイル "{pattern}" はすでに読み込み中です。include がループしています。',
  'config.note.ipsec-conf.include-limit': 'include されるファイルが多すぎます。"{pattern}" 以降のファイルは読みませんでした。',
  'config.note.ipsec-conf.include-depth': 'ここでは include の入れ子が深すぎます。"{pattern}" は読みませんでした。',

  // ---- Libreswan ----
  'config.note.libreswan.filled-from-defaults':
    '{key}= には {transforms} が書かれていません。pluto は自身の既定値で補います。ポリシーには補った値を示します。',
  'config.note.libreswan.pfs-ike-group':
    'PFS が有効 (pfs=yes が既定) で、{key}= に DH グループがありません。pluto は PFS に IKE SA のグループを使います。',
  'config.note.libreswan.pfs-off-dh-ignored': 'pfs=no のため、pluto は {key}= に書かれた DH グループを無視します。',
};
export default messages;
