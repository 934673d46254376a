// ja messages: cisco-ikev2 (Cisco ASA / IOS `debug crypto ikev2`)
const messages: Record<string, string> = {
  // ステートマシン
  'explain.cisco-ikev2.sm-trace':
    'SA {ispi}/{rspi} の IKEv2 ステートマシン: 状態 {state}、イベント {event}（この装置は {role} 側: I = イニシエータ、R = レスポンダ）。',

  // パケットとメッセージ
  'explain.cisco-ikev2.recv-pkt':
    '{src} ポート {sport} から {dst} ポート {dport} に {exchange} パケットを受信しました（イニシエータ SPI {ispi}、メッセージ ID {mid}）。',
  'explain.cisco-ikev2.sent-pkt':
    '{src} ポート {sport} から {dst} ポート {dport} へ {exchange} パケットを送信しました（イニシエータ SPI {ispi}、メッセージ ID {mid}）。',
  'explain.cisco-ikev2.rx-tx':
    'パケットヘッダ: {dir}、ローカル {laddr}:{lport} とリモート {raddr}:{rport}、メッセージ ID {mid}。ポート 4500 は NAT トラバーサル使用中を意味します。',
  'explain.cisco-ikev2.packet-received':
    '{src} ポート {sport} から {dst} ポート {dport} に IKEv2 パケットを受信しました。ヘッダが続きます。',
  'explain.cisco-ikev2.packet-sent':
    '{src} ポート {sport} から {dst} ポート {dport} へ IKEv2 パケットを送信します。ヘッダが続きます。',
  'explain.cisco-ikev2.initiator-spi':
    'パケットの IKE SA SPI: イニシエータ {ispi}、レスポンダ {rspi}（レスポンダが応答するまではすべて 0）、メッセージ ID {mid}。',
  'explain.cisco-ikev2.exchange-line': 'このパケットは {exchange} 交換の {kind} です。',
  'explain.cisco-ikev2.header': 'IKE SA の SPI を含む IKEv2 ヘッダです。',
  'explain.cisco-ikev2.next-payload-version':
    'IKEv2 ヘッダ: 最初のペイロード {next}、IKE バージョン {version}。',
  'explain.cisco-ikev2.exchange-type':
    '交換 {exchange}、フラグ {flags}: INITIATOR は元のイニシエータからのメッセージ、MSG-RESPONSE は応答を示します。',
  'explain.cisco-ikev2.message-id': 'IKEv2 ヘッダ: メッセージ ID {mid}、{length} バイト。',
  'explain.cisco-ikev2.payload-contents': 'パケットのペイロードが続きます。',
  'explain.cisco-ikev2.payload-list':
    'パケットのペイロード一覧。NOTIFY(...) は通知で、NO_PROPOSAL_CHOSEN や AUTHENTICATION_FAILED などのエラー通知はネゴシエーションを終了させます。',
  'explain.cisco-ikev2.notify-type-dump': 'プロトコル {protocol} の通知ペイロード。',
  'explain.cisco-ikev2.payload-field':
    'ペイロードダンプの項目（DH グループ、ID タイプ、トラフィックセレクタ、データ長）。',
  'explain.cisco-ikev2.hex-dump': 'ペイロードの生データ。',
  'explain.cisco-ikev2.empty-message':
    '本文のないデバッグメッセージ（ASA は一部の本文を次の行に出力します）。',
  'explain.cisco-ikev2.building-packet': '暗号化メッセージを組み立てています。ペイロードが続きます。',
  'explain.cisco-ikev2.decrypted-packet':
    'パケットの暗号化部分を復号しました（{bytes} バイト）。ペイロードが続きます。',
  'explain.cisco-ikev2.request-mess-id':
    'IKEv2 ウィンドウのメッセージ ID 管理（要求と応答はメッセージ ID で対応付けられます）。',

  // プロポーザル
  'explain.cisco-ikev2.last-proposal':
    'SA ペイロード: プロポーザルが続きます（最終プロポーザルフラグ {last}）。',
  'explain.cisco-ikev2.proposal-dump':
    'SA ペイロード: プロトコル {protocol} のプロポーザル {num}。トランスフォームが続きます。',
  'explain.cisco-ikev2.last-transform':
    'SA ペイロード: トランスフォームが続きます（0x0 はプロポーザルの最後のトランスフォーム）。',
  'explain.cisco-ikev2.transform':
    'SA ペイロード: タイプ {type}（1 暗号化、2 PRF、3 完全性、4 DH グループ、5 ESN）のトランスフォーム、アルゴリズム {id}。',
  'explain.cisco-ikev2.proposal-summary':
    'この装置が送る {protocol} プロポーザル {num}（{purpose}）。レスポンダは選択したプロポーザルを、イニシエータは提示するプロポーザルを送ります。',
  'explain.cisco-ikev2.num-transforms':
    'プロポーザルには {count} 個のトランスフォームがあります。一覧が続きます。',
  'explain.cisco-ikev2.transform-list': 'プロポーザルのトランスフォーム: {list}。',
  'explain.cisco-ikev2.policies-received':
    'ピアのプロポーザルが続きます。この装置のどのポリシーとも一致しませんでした。下の Expected Policies と比較してください。',
  'explain.cisco-ikev2.policies-expected':
    'この装置自身のプロポーザル（crypto ikev2 policy / IPsec プロポーザル）が続きます。受信したプロポーザルのいずれかと一致する必要があります。',
  'explain.cisco-ikev2.policy-proposal':
    'プロポーザル {num}: {algs}（暗号化、PRF、完全性、DH グループ。ESP では暗号化、完全性、ESN）。',
  'explain.cisco-ikev2.no-matching-policy':
    '{what}: ピアのプロポーザルが設定済みポリシーのいずれとも一致しません。交換は NO_PROPOSAL_CHOSEN で終了します。',
  'explain.cisco-ikev2.ios-policy-lookup':
    'IOS がこのローカルアドレス用の IKEv2 ポリシー（プロポーザル一覧）を検索しています。',
  'explain.cisco-ikev2.configured-policies': '設定済み IKEv2 ポリシー（crypto ikev2 policy）の処理: {what}。',
  'explain.cisco-ikev2.encryption-not-strong':
    'IKE SA の暗号（{ike}）が IPsec の暗号（{esp}）より弱い状態です。sa-strength-enforcement が有効な場合、子 SA は拒否されます。',

  // NAT トラバーサル
  'explain.cisco-ikev2.nat-check': 'NAT 検出: NAT_DETECTION 通知を実際のアドレスとポートと比較します。',
  'explain.cisco-ikev2.nat-notify': 'ピアの NAT_DETECTION 通知を確認しています。',
  'explain.cisco-ikev2.nat-address':
    '{side} アドレス: {result}。アドレスが NAT_DETECTION ハッシュと一致しない場合、その側の手前に NAT があります。',
  'explain.cisco-ikev2.nat-host': 'NAT 検出の結果: この装置は {where} にあります。',
  'explain.cisco-ikev2.nat-found':
    'NAT 検出の結果: NAT OUTSIDE はピアの手前に NAT があること、NAT INSIDE はこの装置が NAT の内側にあることを示します。',
  'explain.cisco-ikev2.nat-float':
    'NAT のため IKE SA は UDP 4500（NAT-T）に移ります: イニシエータポート {iport}、レスポンダポート {rport}。経路上のすべてのファイアウォールで UDP 4500 を通す必要があります。',
  'explain.cisco-ikev2.nat-keepalive':
    'NAT マッピングを維持するため {secs} 秒ごとに NAT キープアライブを送信します。',

  // 通知、ベンダー ID
  'explain.cisco-ikev2.parse-notify': 'ピアが {notify} 通知を送信しました。',
  'explain.cisco-ikev2.construct-notify': 'この装置がメッセージに {notify} 通知を追加します。',
  'explain.cisco-ikev2.notify-dump': 'パケット内の通知ペイロード {notify}。',
  'explain.cisco-ikev2.notify-words': '通知「{what}」を {verb}。',
  'explain.cisco-ikev2.notify-named': '通知 {notify} を {verb}。',
  'explain.cisco-ikev2.initial-contact':
    'ピアが INITIAL_CONTACT を送信しました。このピアとの古い SA は削除されます。',
  'explain.cisco-ikev2.delete-reason-notify': 'コード {code} の Cisco 削除理由通知を送信しました。',
  'explain.cisco-ikev2.vendor-id': 'ベンダー ID {vid}（{verb}）。',
  'explain.cisco-ikev2.vid-from-peer':
    'ピアがベンダー ID「{vid}」を送信しました（AnyConnect EAP は EAP で認証する AnyConnect クライアントを意味します）。',
  'explain.cisco-ikev2.custom-vid': 'ピアの Cisco ベンダー ID を処理しています。',

  // 認証
  'explain.cisco-ikev2.auth-method-is': '認証方式（{who}）は {method} です。',
  'explain.cisco-ikev2.auth-method-dump':
    '認証方式 {method} の AUTH ペイロード（RSA: 証明書の署名、PSK: 事前共有キーまたは EAP が生成したキー）。',
  'explain.cisco-ikev2.payload-header': 'パケットのペイロード {payload}（次のペイロード {next}）。',
  'explain.cisco-ikev2.eap-code':
    'EAP ペイロード、コード {code}: リモートユーザの EAP（AnyConnect）認証が進行中です。',
  'explain.cisco-ikev2.eap-request': 'EAP 交換の一段階: ユーザは IKE_AUTH の中で EAP により認証されます。',
  'explain.cisco-ikev2.eap-status': 'リモートユーザの EAP 認証の結果です。',
  'explain.cisco-ikev2.aggauth-xml':
    'EAP で運ばれる AnyConnect 集約認証の XML（ユーザ名、パスワード、プロファイル）。',
  'explain.cisco-ikev2.verify-auth-data':
    'ピアの AUTH ペイロードの検証: {result}。事前共有キー使用時の FAILED はキーが異なることを意味します。',
  'explain.cisco-ikev2.auth-value-differs':
    'ピアの AUTH 値がここで計算した値と異なります: 両端の事前共有キーが一致していません。',
  'explain.cisco-ikev2.auth-failed':
    '{what}: IKE_AUTH 交換が失敗しました。原因は直前の行を確認してください。',
  'explain.cisco-ikev2.auth-method-mismatch':
    'ピアが設定とは異なる方式で認証しています（証明書と事前共有キーの不一致）。',
  'explain.cisco-ikev2.auth-timeout':
    'IKE_SA_INIT の後、ピアが時間内に IKE_AUTH を送信しませんでした。応答を受け入れなかったか、UDP 4500 が遮断されている可能性があります。',
  'explain.cisco-ikev2.psk-lookup': 'ピア用の事前共有キーを検索しています。',
  'explain.cisco-ikev2.auth-method-code': 'トンネルグループの認証方式コード（1 証明書、2 事前共有キー）。',
  'explain.cisco-ikev2.peer-identity':
    'ピアの ID は {id}（{idtype}）です。この ID によりポリシー、トンネルグループまたはプロファイルが選択されます。',
  'explain.cisco-ikev2.constructing-id': 'この装置は自身を {id}（{idtype}）として名乗ります。',
  'explain.cisco-ikev2.peer-id-check':
    'ピアの ID を証明書と照合しています（peer-id-validate）。失敗するとネゴシエーションは終了します。',
  'explain.cisco-ikev2.cert-http-url':
    '証明書交換の問題: ピアが HTTP_CERT_LOOKUP_SUPPORTED を通知せずに HTTP-URL による証明書参照を要求しました。',
  'explain.cisco-ikev2.locate-item-failed':
    'ピア用の設定（トンネルグループ、IKEv2 プロファイル、キーリング、ID 照合）が見つかりませんでした。',
  'explain.cisco-ikev2.profile-not-found':
    'ピアの ID に一致する IKEv2 プロファイル（match identity remote）がありません。',
  'explain.cisco-ikev2.profile-found': 'ピア用の IKEv2 プロファイルが見つかりました。',
  'explain.cisco-ikev2.username': 'リモートユーザ {user} が認証されました。',
  'explain.cisco-ikev2.negotiation-aborted': 'ネゴシエーションが中止されました: {reason}。',

  // トンネルグループ、クリプトマップ
  'explain.cisco-ikev2.tunnel-group-lookup':
    'ピアのトンネルグループを検索しています（tunnel-group <名前> に事前共有キーや設定があります）。',
  'explain.cisco-ikev2.tunnel-group-name': '接続に使うトンネルグループの設定です。',
  'explain.cisco-ikev2.tunnel-group-missing':
    'ピアのトンネルグループが存在しないか不完全です（IKEv2 用の事前共有キーまたは証明書がありません）。',
  'explain.cisco-ikev2.crypto-map-match':
    '子 SA がクリプトマップのエントリに一致しました。その IPsec プロポーザルと ACL が適用されます。',
  'explain.cisco-ikev2.crypto-map-incomplete': 'クリプトマップ {map} {seq} は使用できません: {reason}。',
  'explain.cisco-ikev2.selector': 'ピアのトラフィックセレクタをクリプト ACL と照合しました: {result}。',

  // 確立、子 SA、DPD、削除
  'explain.cisco-ikev2.sa-created': 'IKE SA が確立され、SA データベースに登録されました。',
  'explain.cisco-ikev2.session-up': '{remoteId} と {localId} の IKEv2 セッションは {status} です。',
  'explain.cisco-ikev2.connection-status': '{peer} ポート {port}（ID {id}）への接続状態は {status} です。',
  'explain.cisco-ikev2.pfkey-sa':
    'データプレーンで SPI {spi} の IPsec SA を {op}（エラー {error}）。add は送信側 SA、update は受信側 SA の登録です。',
  'explain.cisco-ikev2.ipsec-sa-create': '子 SA を IPsec データベースに登録しました: {result}。',
  'explain.cisco-ikev2.pfkey-spi': '子 SA 用に受信 SPI {spi} を割り当てました。',
  'explain.cisco-ikev2.dpd':
    'デッドピア検出を設定しました。無通信のピアを確認し、応答がなければ SA を削除します。',
  'explain.cisco-ikev2.starting-timer': 'タイマーを開始します: {what}。',
  'explain.cisco-ikev2.fragmentation':
    'IKEv2 フラグメンテーション: 大きなメッセージ（証明書）を分割し、IP フラグメントを落とす経路も通過できるようにします。',
  'explain.cisco-ikev2.retransmitting':
    'ピアからまだ応答がないため要求を再送します。再送が続く場合、ピアが応答していないか UDP 500/4500 が遮断されています。',
  'explain.cisco-ikev2.max-retransmissions':
    'ピアは一度も応答しませんでした。再送回数を使い切り、ネゴシエーションを断念しました。UDP 500/4500 の到達性とピアのアドレスを確認してください。',
  'explain.cisco-ikev2.exchange-failed':
    '{what}: 交換は SA を確立せずに終了しました。原因は直前の行にあります。',
  'explain.cisco-ikev2.unsupported-failover':
    'ピアがこの装置で解釈できないメッセージを送信しました（未対応のフェイルオーバーバージョン）。',
  'explain.cisco-ikev2.delete-info': 'SA の DELETE を {verb}。SA は削除されます。',
  'explain.cisco-ikev2.delete-request': 'SA の削除が要求されました。',
  'explain.cisco-ikev2.deleting-sa': 'IKE SA（または失敗した試行）を削除します。',
  'explain.cisco-ikev2.dh-compute': 'Diffie-Hellman の {which} キーを計算しました。',
  'explain.cisco-ikev2.internal-step': 'IKEv2 ネゴシエーションの内部処理: {step}。',
};
export default messages;
