// Seed 000 is Cisco's Japanese walkthrough of an ASA's `debug crypto ikev2 protocol/platform 127`
// ("ASA IKEv2 debugs for Remote Access VPN" / AnyConnect). Cisco's translation also translated
// the debug text itself: `IKEv2-PROTO-3:(6):NATディスカバリの確認` is `Checking NAT discovery`,
// `SPI 0x77EE5348に対するPFKEY add SAを受信しました。エラーFALSE` is
// `Received PFKEY add SA for SPI 0x77EE5348, error FALSE`. Engineers paste such translated
// debugs into tickets, so this table turns them back into the English the device printed;
// the patterns then see one language. Whole messages first (their word order differs), then
// the vocabulary of payload dumps and state traces, then punctuation.

type Rule = readonly [RegExp | string, string];

const MESSAGES: readonly Rule[] = [
  ['カスタムVIDペイロードの処理', 'Process custom VID payloads'],
  ['ピアから受信したCisco Copyright VID', 'Cisco Copyright VID received from peer'],
  ['ピアからAnyConnect EAP VIDを受信する', 'AnyConnect EAP VID received from peer'],
  ['NATディスカバリ通知の処理', 'Process NAT discovery notify'],
  ['NATディスカバリの確認', 'Checking NAT discovery'],
  ['リダイレクトチェックは必要ありません。スキップします', 'Redirect check is not needed, skipping it'],
  ['新しいikev2 sa要求が許可されました', 'New ikev2 sa request admitted'],
  ['新しいikev2 sa要求がアクティブ化されました', 'New ikev2 sa request activated'],
  ['着信ネゴシエーションサービスカウントを1増やす', 'Incrementing incoming negotiating sa count by one'],
  ['着信ネゴシエーションのデクリメントカウント', 'Decrement count for incoming negotiating'],
  ['無効なPSHハンドル', 'INVALID PSH HANDLE'],
  ['SA初期化メッセージの確認', 'Verify SA init message'],
  ['SA初期化交換を完了します。', 'Completed SA init exchange '],
  ['SAの挿入', 'Insert SA'],
  ['設定済みポリシーの取得', 'Getting configured policies'],
  ['設定済みポリシーの設定', 'Setting configured policies'],
  ['初期メッセージを処理しています', 'Processing initial message'],
  ['初期メッセージの送信', 'Sending initial message'],
  ['nat detect src notifyの処理', 'Processing nat detect src notify'],
  ['nat detect dst notifyの処理', 'Processing nat detect dst notify'],
  ['リモートアドレスが一致しません', 'Remote address not matched'],
  ['リモートアドレスが一致しました', 'Remote address matched'],
  ['ローカルアドレスが一致しません', 'Local address not matched'],
  ['ローカルアドレスが一致しました', 'Local address matched'],
  ['ホストはNAT外部に配置されます', 'Host is located NAT outside'],
  ['ホストはNAT内部に配置されます', 'Host is located NAT inside'],
  ['有効な構成モードデータを受信しました', 'Valid config mode data received'],
  ['受信した設定モードデータを設定', 'Set received config mode data'],
  ['PKIセッションのオープン', 'Opening a PKI session'],
  ['DH公開キーの計算', 'Computing DH public key'],
  ['DH秘密キーの計算', 'Computing DH secret key'],
  ['skeyidを生成します', 'Generate skeyid'],
  ['ベンダー固有ペイロードの構築', 'Construct Vendor Specific Payload'],
  ['コンストラクト通知ペイロード', 'Construct Notify Payload'],
  [
    '信頼された発行者のハッシュを取得できなかったか、使用可能な発行者がありません',
    'Failed to retrieve trusted issuer hashes or none available',
  ],
  ['フラグメンテーションが有効になっている', 'Fragmentation is enabled'],
  ['Cisco DeleteReason Notifyが有効', 'Cisco DeleteReason Notify is enabled'],
  [
    /認証メッセージを待機するタイマーの開始\((\d{1,6})秒\)/g,
    'Starting timer to wait for auth message ($1 sec)',
  ],
  [
    /要求にmess_id (\d{1,10})があります。予期される値は(\d{1,10}) ~ (\d{1,10})です。?/g,
    'Request has mess_id $1; expected $2 through $3 ',
  ],
  ['認証メッセージを処理しています', 'Processing auth message'],
  [
    /パケットのフラグメント化、フラグメントMTU:(\d{1,5})、フラグメント数:(\d{1,4})、フラグメントID:(\d{1,6})/g,
    'Fragmenting packet, Fragment MTU: $1, Number of fragments: $2, Fragment ID: $3',
  ],
  ['EAP要求の送信', 'Sending EAP request'],
  ['SAが作成されました。SAをデータベースに挿入します。', 'SA created; inserting SA into database '],
  ['接続状態:アップ…', 'CONNECTION STATUS: UP... '],
  ['接続ステータス:登録済み...', 'CONNECTION STATUS: REGISTERED... '],
  ['ピア:', 'peer: '],
  [/ユーザ名を([\x21-\x7E]{1,64})に設定/g, 'Username set to: $1'],
  [/DPDの初期化、(\d{1,6})秒間設定/g, 'Initializing DPD, configured for $1 seconds'],
  [/mib_indexを(\d{1,9})に設定/g, 'mib_index set to: $1'],
  ['IPSECキーマテリアルをロードする', 'Load IPSEC key material'],
  [
    /暗号マップ:ダイナミックマップ([\x21-\x7E]{1,64}) seq (\d{1,5})での一致/g,
    'Crypto Map: Match on dynamic map $1 seq $2',
  ],
  [/DPD最大時間:(\d{1,6})/g, 'DPD Max Time will be: $1'],
  ['重複SAのチェック', 'Checking for duplicate SA'],
  [
    'ネゴシエーションコンテキストを削除するためのタイマーを開始しています',
    'Starting timer to delete negotiation context',
  ],
  [
    /SPI (0x[0-9A-Fa-f]{1,8})に対するPFKEY add SAを受信しました。エラー(TRUE|FALSE)/g,
    'Received PFKEY add SA for SPI $1, error $2',
  ],
  [
    /SPI (0x[0-9A-Fa-f]{1,8})のPFKEYアップデートSAを受信しました。エラー(TRUE|FALSE)/g,
    'Received PFKEY update SA for SPI $1, error $2',
  ],
  [/復号化されたパケット:データ(?:\(&C\))?、(\d{1,6})バイト/g, 'Decrypted packet:Data: $1 bytes'],
  ['アクション:', 'Action:'],
  ['DHグループ:', 'DH group: '],
];

const WORDS: readonly Rule[] = [
  ['交換の種類', 'Exchange type'],
  ['交換タイプ', 'Exchange type'],
  ['次のペイロード', ' Next payload'],
  ['次ペイロード', ' Next payload'],
  ['バージョン', 'version'],
  ['予約済み', 'reserved'],
  ['長さ', 'length'],
  ['フラグ', 'flags'],
  ['イニシエータ', 'INITIATOR'],
  ['応答側', 'RESPONDER '],
  ['メッセージID', 'Message id'],
  ['最終提案', 'last proposal'],
  ['最後の変換', 'last transform'],
  ['IKEプロポーザル', 'IKE Proposal'],
  ['プロポーザル', 'Proposal'],
  ['提案', 'Proposal'],
  ['プロトコルID', 'Protocol id'],
  ['SPIサイズ', 'SPI size'],
  ['(初期ネゴシエーション)', ' (initial negotiation),'],
  ['変換の数', 'Num. transforms'],
  ['Idタイプ', 'Id type'],
  ['タイプ', 'type'],
  ['グループ', 'Group '],
  ['イベント', ' Event'],
  ['認証方式', 'Auth method '],
  ['コード', 'Code'],
  ['要求', 'request'],
  ['応答', 'response'],
  ['なし', 'NONE'],
  ['、', ', '],
  ['。', '. '],
  ['…', '...'],
  ['：', ':'],
  ['（', '('],
  ['）', ')'],
];

function apply(s: string, rules: readonly Rule[]): string {
  let out = s;
  for (const [from, to] of rules) {
    if (typeof from === 'string') {
      if (out.includes(from)) out = out.split(from).join(to);
    } else {
      out = out.replace(from, to);
    }
  }
  return out;
}

function hasNonAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 126) return true;
  return false;
}

/** The English debug text behind Cisco's Japanese rendering; other text comes back unchanged. */
export function normalizeJa(s: string): string {
  if (!hasNonAscii(s)) return s;
  return apply(apply(s, MESSAGES), WORDS);
}
