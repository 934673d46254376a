// ja messages: cisco-ios
// Cisco IOS / IOS-XE の暗号関連パターンの一行説明（`--explain`）。キーは `explain.cisco-ios.<id>`、
// プレースホルダはパターンの名前付きグループと、プレフィックスの `{mnemonic}` / `{connId}`。
const messages: Record<string, string> = {
  // %CRYPTO- / %IKEV2- シスログ
  'explain.cisco-ios.crypto-session-status':
    '暗号セッションの状態: 対向 {peer} とのセッションが {state} になりました（IKE SA 1 つとその IPsec SA。説明は `crypto isakmp peer` で設定したピアごとの説明です）。',
  'explain.cisco-ios.crypto-ikmp-no-sa':
    '{peer} からの IKE メッセージが、このルータにない SA を参照しており新規のネゴシエーションでもありません（対向に古い SA が残っています）。',
  'explain.cisco-ios.crypto-ikmp-mode-failure':
    '対向 {peer} との {mode} モードの処理に失敗しました。原因はこの前のデバッグ行にあります。',
  'explain.cisco-ios.crypto-recvd-pkt-inv-spi':
    '{src} からの ESP パケットの SPI {spi} をこのルータは知りません。対向がこちらで削除済みの SA を使い続けています。',
  'explain.cisco-ios.crypto-ikmp-bad-message':
    '{peer} からの IKE メッセージが健全性チェックに失敗しました。メインモードのメッセージ4 以降なら、多くは両端の事前共有鍵の不一致です。',
  'explain.cisco-ios.crypto-ikmp-not-encrypted':
    '{peer} からの IKE パケットが、暗号化されているべきところで平文でした。',
  'explain.cisco-ios.crypto-pkt-replay-err':
    'ESP パケットがアンチリプレイ検査に失敗しました（{what}）。多くは順序入れ替えや QoS が原因で、ネゴシエーションの問題ではありません。',
  'explain.cisco-ios.crypto-ikmp-inval-cert': '{peer} から受け取った証明書が有効ではありません。',
  'explain.cisco-ios.crypto-isakmp-on-off': 'このルータで ISAKMP（IKEv1）が {state} になりました。',
  'explain.cisco-ios.crypto-ikmp-query-key': 'rsa-sig 認証に使う RSA 鍵ペアがこのルータにありません。',
  'explain.cisco-ios.crypto-ikmp-sa-not-auth':
    '対向 {peer} がフェーズ1 の認証完了前に {mode} を開始しました（多くは片側の事前共有鍵の不一致）。',
  'explain.cisco-ios.crypto-ikmp-sa-not-offered':
    '対向 {peer} が、このルータの提案にない属性 {attr} で応答しました。',
  'explain.cisco-ios.crypto-recvd-pkt-not-ipsec':
    'クリプトマップが IPsec を期待するところに {src} から平文のパケットが届きました。対向はこの通信を暗号化していません（クリプト ACL の不一致または SA なし）。',
  'explain.cisco-ios.crypto-recvd-pkt-mac-err':
    'ESP パケットが完全性チェックに失敗しました（破損または鍵の違い）。',
  'explain.cisco-ios.crypto-ipsec-setup-failure': '{remote} との IPsec の確立に失敗しました: {reason}。',
  'explain.cisco-ios.ikev2-osal-initiate':
    '通信が IKEv2 トンネルを要求しています。ローカルセレクタ {la}、リモートセレクタ {ra}。',
  // debug crypto isakmp
  'explain.cisco-ios.isakmp-received-packet':
    '{peer} から IKEv1 パケットを受信しました（ステート {state}）。',
  'explain.cisco-ios.isakmp-sending-packet': '{peer} へ IKEv1 パケットを送信しました（ステート {state}）。',
  'explain.cisco-ios.isakmp-retransmitting':
    '応答がないため、ステート {state} でフェーズ{phase}のメッセージを再送します（MM_NO_STATE は最初のメッセージ、MM_KEY_EXCH は暗号化されたメッセージ5）。',
  'explain.cisco-ios.isakmp-retransmit-duplicate':
    '対向がフェーズ{phase}の最後のメッセージを再送してきたため、ルータは応答を再送します。',
  'explain.cisco-ios.isakmp-error-counter': '{on} のエラーカウンタ: {max} 回中 {n} 回目（{why}）。',
  'explain.cisco-ios.isakmp-retransmission-skipped': '直前に再送したため、今回の再送は省略されました。',
  'explain.cisco-ios.isakmp-duplicate':
    '対向がフェーズ{phase}のメッセージを繰り返しました（こちらの応答が届かないか使えない）。',
  'explain.cisco-ios.isakmp-state':
    'IKEv1 のステート変化 {from} → {to}（I はイニシエータ、R はレスポンダ。MM1〜MM6 はメインモードのメッセージ数、P1_COMPLETE はフェーズ1 確立）。',
  'explain.cisco-ios.isakmp-input': 'IKEv1 ステートマシンへの内部イベント {input} / {event}。',
  'explain.cisco-ios.isakmp-begin': 'ルータがイニシエータとして IKEv1 の {mode} モード交換を開始します。',
  'explain.cisco-ios.isakmp-peer-struct': '{peer}（ポート {port}）の IKE ピアのエントリを作成しました。',
  'explain.cisco-ios.isakmp-psk-found': '{peer} 用の事前共有鍵が設定されています。',
  'explain.cisco-ios.isakmp-no-psk':
    '{peer} 用の事前共有鍵が設定されていません。`crypto isakmp key ... address {peer}` かキーリングを追加してください。',
  'explain.cisco-ios.isakmp-no-cert-psk': 'この対向に使える証明書も事前共有鍵もありません。',
  'explain.cisco-ios.isakmp-cannot-start': 'この対向とは {mode} モードを開始できません。',
  'explain.cisco-ios.isakmp-checking-transform':
    '対向のフェーズ1 トランスフォーム {tr} をローカルの ISAKMP ポリシー {prio} と比較します。',
  'explain.cisco-ios.isakmp-attribute': '対向のトランスフォームは {attr} {value} を提案しています。',
  'explain.cisco-ios.isakmp-life': 'トランスフォームのライフタイム属性です。',
  'explain.cisco-ios.isakmp-offer-mismatch':
    'この ISAKMP ポリシーはトランスフォームを拒否しました。示されたパラメータがポリシーと異なります（別のポリシーが一致する可能性はあります）。',
  'explain.cisco-ios.isakmp-atts-acceptable': '対向のトランスフォームは受け入れ可能です。',
  'explain.cisco-ios.isakmp-atts-not-acceptable':
    '対向のトランスフォームはこのポリシーに一致しません。次のポリシーを試します。',
  'explain.cisco-ios.isakmp-no-offers':
    '対向のトランスフォームがどの ISAKMP ポリシーにも一致しませんでした。フェーズ1 のプロポーザル不一致です。',
  'explain.cisco-ios.isakmp-policy-not-acceptable':
    '{local} と {remote} の間のフェーズ{phase}を拒否しました。受け入れ可能なプロポーザルがありません。',
  'explain.cisco-ios.isakmp-ipsec-policy-invalidated':
    'IPsec ポリシーがフェーズ2 のプロポーザルをエラー {err} で拒否しました（32: プロキシ ID／クリプト ACL の不一致、256: トランスフォームセットの不一致）。',
  'explain.cisco-ios.isakmp-sa-authenticated': 'フェーズ1 の認証に成功しました。',
  'explain.cisco-ios.isakmp-auth-status': 'フェーズ1 の認証状態です。',
  'explain.cisco-ios.isakmp-sa-doing': 'フェーズ1 で使う認証方式と ID の種類です。',
  'explain.cisco-ios.isakmp-auth-using-id': 'フェーズ1 は {method} 認証で、ID の種類は {idtype} です。',
  'explain.cisco-ios.isakmp-deleting-sa':
    '{peer} との IKE SA をステート {state} で削除します。理由は「{reason}」（「Death by retransmission」は対向が応答しなくなったこと）。',
  'explain.cisco-ios.isakmp-deleting-node': '交換（ノード {node}）を削除します。理由は「{reason}」。',
  'explain.cisco-ios.isakmp-notify': '通知 {notify} を {dir}（プロトコル {proto}: 1 は IKE SA、3 は ESP）。',
  'explain.cisco-ios.isakmp-processing-delete': '対向が DELETE ペイロードを送りました。',
  'explain.cisco-ios.isakmp-processing-payload': 'デバッグ: {what} ペイロードを処理しています。',
  'explain.cisco-ios.isakmp-paranoid': '対向は定期的（paranoid）キープアライブを使っていません。',
  'explain.cisco-ios.isakmp-vendor-id': '対向のベンダー ID（NAT-T、DPD、Unity などの機能）です。',
  'explain.cisco-ios.isakmp-nat': 'NAT 検出の結果です。',
  'explain.cisco-ios.isakmp-nat-hash': 'NAT 検出: NAT-D ハッシュから、このノードは NAT の {side} 側です。',
  'explain.cisco-ios.isakmp-constructed-vid': 'ルータがメッセージにベンダー ID {vid} を付けます。',
  'explain.cisco-ios.isakmp-set-node': '新しい交換（ノード {node}）をステート {state} で用意しました。',
  'explain.cisco-ios.isakmp-purging': '期限切れの {what} の状態を破棄します。',
  'explain.cisco-ios.isakmp-peer-housekeeping': 'ピアテーブルの内部管理です。',
  'explain.cisco-ios.isakmp-ports': 'IKE のポート: ローカル {lport}、リモート {rport}。',
  'explain.cisco-ios.isakmp-profile': 'ISAKMP プロファイルの検索です。',
  'explain.cisco-ios.isakmp-local-psk': 'この対向用のローカルの事前共有鍵が見つかりました。',
  'explain.cisco-ios.isakmp-dpd': 'デッドピア検出: {peer} から {what} を受信しました（シーケンス {seq}）。',
  'explain.cisco-ios.isakmp-qm-spi': 'クイックモードのイニシエータが受信側 SPI を割り当てます。',
  'explain.cisco-ios.isakmp-install': 'ネゴシエーションした IPsec SA をインストールしています。',
  'explain.cisco-ios.isakmp-initial-contact':
    'ルータが INITIAL_CONTACT を送ります。対向はこのルータとの古い SA を破棄すべきです。',
  'explain.cisco-ios.isakmp-id-payload': 'ID ペイロードの内容です。',
  'explain.cisco-ios.isakmp-payload-type': 'ペイロード種別 {type} を受信しました（20 は NAT-D）。',
  'explain.cisco-ios.isakmp-unknown-input':
    'イベント {input} / {event} はステート {state} では想定外のため無視されます。',
  'explain.cisco-ios.isakmp-csdl':
    'ローカルのポリシーが、IOS がもはや安全とみなさないアルゴリズム（CSDL）を使っています。',
  'explain.cisco-ios.isakmp-error-processing': 'IKE の要求を処理できませんでした（{what}）。',
  'explain.cisco-ios.isakmp-outstanding': '{local} と {remote} の間の IKE SA に要求が待機しています。',
  'explain.cisco-ios.isakmp-sitting-idle':
    'フェーズ1 が確立済みで待機中のため、すぐにクイックモードを開始します。',
  'explain.cisco-ios.isakmp-lifetime-info': 'SA のライフタイムの処理です。',
  'explain.cisco-ios.isakmp-sending-ike-packet': 'IKE パケットをネットワークへ送り出します。',
  'explain.cisco-ios.isakmp-checking-ipsec-proposal':
    '対向の IPsec（フェーズ2）プロポーザル {n} を確認しています。',
  'explain.cisco-ios.isakmp-transform': '対向のフェーズ2 トランスフォーム {n} は {tr} を使います。',
  'explain.cisco-ios.isakmp-ipsec-attribute': '対向のフェーズ2 トランスフォームの属性です。',
  'explain.cisco-ios.isakmp-transform-attrs': 'トランスフォームの属性が続きます。',
  'explain.cisco-ios.isakmp-deleting-spi': '拒否または完了した交換の SPI {spi} を解放します。',
  'explain.cisco-ios.isakmp-peer-index': 'ピアインデックスの内部管理です。',
  'explain.cisco-ios.isakmp-ke-message':
    'IPsec サブシステムが IKE に鍵を要求しました（通信がクリプトマップに一致）。',
  // debug crypto ipsec
  'explain.cisco-ios.ipsec-validate-proposal-request':
    'IPsec サブシステムが対向のフェーズ2 プロポーザルのパート {n} を検証します。',
  'explain.cisco-ios.ipsec-proxy-not-supported':
    '対向のプロキシ ID（対向のクリプト ACL のネットワーク）がローカルのどのクリプトマップ ACL にも一致しません。トラフィックセレクタの不一致です。',
  'explain.cisco-ios.ipsec-transform-not-supported':
    '対向のトランスフォームセットはローカルに設定されていません。フェーズ2 のプロポーザル不一致です。',
  'explain.cisco-ios.ipsec-sa-request':
    '通信がクリプトマップに一致したため、IPsec サブシステムが IKE に新しい SA を要求します。',
  'explain.cisco-ios.ipsec-create-sa': 'IPsec SA が作成されました。',
  'explain.cisco-ios.ipsec-delete-sa': 'IPsec SA を削除します。',
  'explain.cisco-ios.ipsec-key-engine-delete': 'IKE からの削除を受けて IPsec SA を取り除きます。',
  'explain.cisco-ios.ipsec-update-outbound': '{peer} への送信 SA が SPI {spi} になりました。',
  'explain.cisco-ios.ipsec-ident-head': '同じプロキシと対向 {peer} の SA を新しい SA で置き換えます。',
  'explain.cisco-ios.ipsec-map-db-no-match':
    '提案されたプロキシに一致するクリプトマップエントリがありません。',
  'explain.cisco-ios.ipsec-debug': 'IPsec サブシステムのデバッグ（{fn}）。',
  'explain.cisco-ios.ipsec-key-eng-msg': 'IPsec のプロポーザル／要求の両端です。',
  'explain.cisco-ios.ipsec-proxy': '提案されたトラフィックセレクタの {side}: {proxy}。',
  'explain.cisco-ios.ipsec-protocol-transform':
    '提案された IPsec プロトコル {proto}、トランスフォーム {tr}。',
  'explain.cisco-ios.ipsec-cont-misc': '上の IPsec プロポーザルまたは SA の詳細です。',
  // debug crypto ikev2（IOS 形式）
  'explain.cisco-ios.ikev2-packet': 'IKEv2 パケット {dir}（対向 {a}）。',
  'explain.cisco-ios.ikev2-generating': 'ルータが {ex} メッセージを組み立てます。',
  'explain.cisco-ios.ikev2-processing': 'ルータが対向からのメッセージを処理します。',
  'explain.cisco-ios.ikev2-proposal-header': '{which} プロポーザル {n} が続きます。',
  'explain.cisco-ios.ikev2-policies-header': '{which} の IKEv2 プロポーザルが続きます。',
  'explain.cisco-ios.ikev2-no-matching-policy':
    '対向の IKEv2 プロポーザルがローカルの IKEv2 ポリシー／プロポーザルにひとつも一致しません。',
  'explain.cisco-ios.ikev2-policy-search': 'IKEv2 ポリシーの検索です。',
  'explain.cisco-ios.ikev2-peer-identity': '対向は {id}（{type}）と名乗りました。',
  'explain.cisco-ios.ikev2-constructing-id': 'ルータは自分の ID {id}（{type}）を送ります。',
  'explain.cisco-ios.ikev2-auth-method': '{who} の認証方式: {m}。',
  'explain.cisco-ios.ikev2-auth-steps': 'IKEv2 認証の手順です。',
  'explain.cisco-ios.ikev2-verify-auth':
    '対向の AUTH ペイロードの検証: {res}（PSK で FAILED なら鍵が異なります）。',
  'explain.cisco-ios.ikev2-auth-exchange-failed': 'IKE_AUTH 交換に失敗しました。',
  'explain.cisco-ios.ikev2-no-ipsec-policy-ts':
    '対向が提案したトラフィックセレクタを含む IPsec ポリシーがありません。',
  'explain.cisco-ios.ikev2-session-up': '{rid} と {lid} の IKEv2 セッションが {st} になりました。',
  'explain.cisco-ios.ikev2-sa-created': 'IKEv2 SA が作成されました。',
  'explain.cisco-ios.ikev2-ipsec-db': 'チャイルド SA を IPsec データベースにインストールしています。',
  'explain.cisco-ios.ikev2-crypto-engine': '暗号エンジンの処理: {what}。',
  'explain.cisco-ios.ikev2-nat': 'NAT 検出です。',
  'explain.cisco-ios.ikev2-retransmit': '応答がないため、ルータが IKEv2 要求を再送します。',
  'explain.cisco-ios.ikev2-max-retransmit': 'すべての再送に応答がなく、ネゴシエーションを断念しました。',
  'explain.cisco-ios.ikev2-delete': 'IKEv2 SA の削除の手順です。',
  'explain.cisco-ios.ikev2-step': 'IKEv2 ネゴシエーションの手順です。',
  'explain.cisco-ios.ikev2-error-blank': 'IKEv2 エラーの見出しです（内容は次の行）。',
  'explain.cisco-ios.ikev2-exchange': '上のパケットは {ex} の {rr} です。',
  'explain.cisco-ios.ikev2-spi-line': 'IKE SPI {ispi} / {rspi}、メッセージ ID {mid}。',
  'explain.cisco-ios.ikev2-payload-contents': 'パケットのペイロードが続きます。',
  'explain.cisco-ios.ikev2-payload-list': 'パケットのペイロード: {list}。',
  'explain.cisco-ios.ikev2-num-transforms': 'プロポーザルのトランスフォーム数は {n} です。',
  'explain.cisco-ios.ikev2-transform-list': 'プロポーザルのトランスフォーム: {list}。',
  'explain.cisco-ios.ikev2-policy-proposal': 'プロポーザル {n}: {list}。',
};
export default messages;
