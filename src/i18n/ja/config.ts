// ja messages: アプライアンスの設定パーサー (Cisco ASA / IOS、PAN-OS、FortiGate)。
// キーと置換パラメータは en/config.ts と同じ。
const messages: Record<string, string> = {
  // ---- 形式 ----
  'config.format.cisco-asa': 'Cisco ASA の running-config',
  'config.format.cisco-ios': 'Cisco IOS / IOS-XE の running-config',
  'config.format.panos-xml': 'PAN-OS 設定 (XML)',
  'config.format.panos-set': 'PAN-OS 設定 (set コマンド)',
  'config.format.fortigate': 'FortiGate (FortiOS) 設定',

  // ---- 全パーサー共通 ----
  'config.note.parser-error':
    'パーサーが内部エラー ({message}) で停止しました。読み取れたトンネルは不完全な可能性があります。このファイルを報告してください。',
  'config.note.selectors-truncated':
    '{name} はトラフィックセレクターが {max} 個を超えて展開されるため、最初の {max} 個だけを残しました。',

  // ---- Cisco ASA ----
  'config.note.asa.policy-default':
    'crypto ikev1 policy {priority} には {values} の指定がありません。比較には ASA の既定値を仮定します。',
  'config.note.asa.ikev2-policy-incomplete':
    'crypto ikev2 policy {priority} に暗号化または DH グループがありません。ASA はこのポリシーを受け付けないため、ここでのプロポーザルは不完全です。',
  'config.note.asa.undefined-ref':
    '{kind} "{name}" がここで参照されていますが、この設定には定義がありません。',
  'config.note.asa.acl-deny':
    'クリプト ACL {acl} に deny エントリがあります。一致したトラフィックは暗号化されずに送られ、表示したセレクターには含まれません。',
  'config.note.asa.both-ike-versions':
    '{name} には IKEv1 のトランスフォームセットと IKEv2 のプロポーザルの両方があります。ASA は IKEv2 を先に試し、だめなら IKEv1 に戻るため、IKE バージョンを 1 つに決めて表示していません。',
  'config.note.asa.no-ike-policy':
    '{name}: このエントリの IKE バージョンに合う crypto ikev1/ikev2 policy がありません。',
  'config.note.asa.ike-not-enabled':
    'インターフェース {interface} で IKEv{version} が有効になっていません ("crypto ikev{version} enable {interface}" がない)。{name} はネゴシエーションできません。',
  'config.note.asa.map-not-applied':
    'crypto map {map} がどのインターフェースにも適用されていません ("crypto map {map} interface ..." がない)。エントリは動作しません。',
  'config.note.asa.map-entry-no-peer':
    'crypto map {map} {seq} に "set peer" がありません。不完全なエントリなので読み飛ばしました。',
  'config.note.asa.map-entry-no-acl':
    'crypto map {map} {seq} に "match address" がありません。不完全なエントリで、トラフィックセレクターは不明です。',
  'config.note.asa.dynamic-map-missing':
    'ダイナミックマップ {name} は crypto map から参照されていますが、エントリがありません。',
  'config.note.asa.dynamic-map-unused':
    'ダイナミックマップ {name} はどの crypto map エントリからも使われていません。',

  // ---- Cisco IOS ----
  'config.note.ios.policy-default':
    'crypto isakmp policy {priority} には {values} の指定がありません。比較には IOS の既定値を仮定します。',
  'config.note.ios.undefined-ref':
    '{kind} "{name}" がここで参照されていますが、この設定には定義がありません。',
  'config.note.ios.acl-deny':
    'クリプト ACL {acl} に deny エントリがあります。一致したトラフィックは暗号化されずに送られ、表示したセレクターには含まれません。',
  'config.note.ios.no-ike-policy':
    '{name}: crypto isakmp policy が設定されていません。IOS の既定ポリシーが使われます。',
  'config.note.ios.ikev2-proposal-unused':
    '{name}: IKEv2 プロポーザルは定義されていますが、どの "crypto ikev2 policy" からも指定されていないため、ルーターは既定のプロポーザルを使います。',
  'config.note.ios.ah-bundle':
    'トランスフォームセット {name} は ESP に AH ({integrity}) を加えています。相手も同じ AH + ESP の組み合わせを提案する必要があります。',
  'config.note.ios.map-not-applied':
    'crypto map {map} がどのインターフェースにも適用されていません (インターフェース配下に "crypto map {map}" がない)。エントリは動作しません。',
  'config.note.ios.map-entry-no-peer':
    'crypto map {map} {seq} に "set peer" がありません。不完全なエントリなので読み飛ばしました。',
  'config.note.ios.map-entry-no-acl':
    'crypto map {map} {seq} に "match address" がありません。不完全なエントリで、トラフィックセレクターは不明です。',
  'config.note.ios.dynamic-map-missing':
    'ダイナミックマップ {name} は crypto map から参照されていますが、エントリがありません。',

  'config.note.ios.no-psk-for-peer':
    'ピア {peer} に合う事前共有鍵がありません (crypto isakmp key、crypto keyring、IKEv2 キーリング)。このピアとの事前共有鍵認証は失敗します。',
  'config.note.asa.no-tunnel-group':
    'ピア {peer} には専用の tunnel-group がなく、DefaultL2LGroup も設定されていません。ASA はこのピア用の事前共有鍵もトラストポイントも持っていません。',

  // ---- PAN-OS ----
  'config.note.panos.undefined-ref':
    '{kind} "{name}" がここで参照されていますが、この設定には定義がありません。',
  'config.note.panos.no-proxy-id':
    'IPSec トンネル {name} にはプロキシ ID がありません。ファイアウォールは両側とも 0.0.0.0/0 を提案するため、ポリシーベースの相手はそれを受け入れる必要があります。',
  'config.note.panos.no-auto-key': 'IPSec トンネル {name} に auto-key (IKE) の設定がありません。',
  'config.note.panos.dynamic-peer':
    'IKE ゲートウェイ {name} のピアアドレスは動的です。ファイアウォールは応答するだけで、ネゴシエーションを開始しません。',
  'config.note.panos.ikev2-preferred':
    'IKE ゲートウェイ {name} は「IKEv2 優先」です。IKEv2 で始め、相手が拒否すると IKEv1 に戻ります。',
  'config.note.panos.gateway-without-tunnel':
    'IKE ゲートウェイ {name} はどの IPSec トンネルからも使われていません。',
  'config.note.panos.xml-error': 'XML を最後まで読めませんでした ({message})。それより前の部分を使いました。',

  // ---- FortiGate ----
  'config.note.fortigate.undefined-ref':
    '{kind} "{name}" がここで参照されていますが、この設定には定義がありません。',
  'config.note.fortigate.phase1-case':
    'phase1name "{name}" は大文字小文字を無視した場合にだけフェーズ 1 と一致します。FortiOS の名前は大文字小文字を区別するため、このフェーズ 2 にはフェーズ 1 がありません。',
  'config.note.fortigate.phase1-without-phase2':
    'フェーズ 1 {name} にはフェーズ 2 がありません。トラフィックセレクターと ESP のプロポーザルが設定されていません。',
  'config.note.fortigate.dhgrp-default':
    'フェーズ 1 {name} は dhgrp を指定していません。比較には FortiOS の既定グループ {groups} を仮定します。',
  'config.note.fortigate.pfs-default':
    'フェーズ 2 {name} は pfs/dhgrp を指定していません。FortiOS は既定で PFS をグループ {groups} で有効にするので、比較ではそれを仮定します。',
  'config.note.fortigate.dialup':
    'フェーズ 1 {name} はダイヤルアップ (type dynamic) のトンネルです。どのピアからも接続でき、FortiGate からはネゴシエーションを開始しません。',

  // ---- `ikescope compare` (src/config/compare.ts): src/i18n/ja/core.ts にない行と注記 ----
  'cmp.param.auth_a_to_b': 'A の認証 / B の要求',
  'cmp.param.auth_b_to_a': 'A の要求 / B の認証',
  'cmp.param.ts_narrowed': 'ナローイング後',
  'cmp.cell.v2AnswersV1': 'IKEv2 (応答側としては IKEv1 も受け入れる)',
  'cmp.cell.pskConfigured': '設定済み (非表示)',
  'cmp.cell.none': 'なし',
  'cmp.cell.noPfs': 'PFS なし',
  'cmp.cell.plusDefaults': '{list} + デフォルト',
  'cmp.cell.on': '有効',
  'cmp.cell.off': '無効',
  'cmp.cell.dpdOn': '有効 {timers}',
  'cmp.notes': '注記',
  'cmp.note.one-direction':
    '{side} が開始したときだけ成立します。もう一方は、こちらが受け付けないバージョンで開始します。',
  'cmp.note.ts-one-direction':
    'CHILD SA は {side} が開始したときだけ確立します (もう一方はレスポンダとしてナローイングしないか、ナローイングされたセレクタを受け入れません)。どちらからでも開始できるトンネルにはセレクタの一致が必要です。',
  'cmp.note.ts-narrowed':
    'セレクタは異なりますが重なっています。IKEv2 ではレスポンダが重なり部分にナローイングし (RFC 7296 §2.9)、どちらが開始しても CHILD SA は確立します。A: {a}。B: {b}。ナローイング後のセレクタ外の通信はトンネルを通りません。',
  'cmp.note.ts-narrowed-result':
    '各側が開始したときに得られる CHILD SA (その側から見た ローカル → リモート)。',
  'cmp.note.lifetime-v2':
    'IKEv2 のライフタイムはネゴシエートされません (RFC 7296 §2.8)。各側が自分のタイマーで鍵を更新し、失敗にはなりません。',
  'cmp.note.lifetime-v1':
    'IKEv1 のライフタイムはプロポーザルの属性です。多くの機器は短い方を受け入れますが、自分より長いライフタイムを拒否するレスポンダもあります。',
  'cmp.note.dpd-one-side':
    'DPD が片側だけ有効です。トンネルは確立しますが、ピアの停止に気づいて SA を消すのはその側だけで、もう一方は期限切れまで古い SA を保持します。',
  'cmp.note.nat-one-side':
    'NAT トラバーサルが片側だけ有効です。ピア間に NAT がなければ違いはありませんが、NAT の内側では無効な側が UDP 4500 に切り替えられません。',
};
export default messages;
