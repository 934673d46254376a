// ja messages: cisco-asa
// Cisco ASA/FTD の各パターンの一行説明（`--explain`）。キーは `explain.cisco-asa.<id>`、
// プレースホルダはパターンの名前付きグループと、プレフィックスの `{msgid}` / `{group}` / `{ip}`。
const messages: Record<string, string> = {
  'explain.cisco-asa.ike-initiator-new':
    'ASA がイニシエータとして {peer} との IKEv1 フェーズ{phase}を開始しました（インターフェイス {intf}）。クリプトマップのエントリに一致する通信が契機です。',
  'explain.cisco-asa.phase1-completed':
    'IKEv1 フェーズ1が完了しました。対向との ISAKMP SA が確立しています（認証成功）。',
  'explain.cisco-asa.phase2-completed':
    'IKEv1 フェーズ2（クイックモード）が完了しました。このクリプトマップエントリの IPsec SA が確立しています。',
  'explain.cisco-asa.security-negotiation-complete':
    'IPsec SA のペアが確立しました（{role}）。受信 SPI {spiIn}、送信 SPI {spiOut}。',
  'explain.cisco-asa.connection-terminated':
    '{peer} への IPsec トンネルが終了しました。ASA の示す理由は「{reason}」です。',
  'explain.cisco-asa.session-torn-down': 'VPN セッションを切断します。ASA の示す理由は「{reason}」です。',
  'explain.cisco-asa.session-disconnected':
    '{type} セッションが {duration} で終了しました（送信 {tx} バイト、受信 {rx} バイト）。理由は「{reason}」です。',
  'explain.cisco-asa.no-matching-crypto-map':
    'フェーズ2 を拒否しました。対向が提案したプロキシ ID（リモート {rp}、ローカル {lp}）が、インターフェイス {intf} のどのクリプトマップ ACL にも一致しません。両端のクリプト ACL は互いに鏡像である必要があります。',
  'explain.cisco-asa.crypto-map-policy-not-found-v1':
    'フェーズ2 を拒否しました。提案されたネットワーク（送信元 {src}、宛先 {dst}）を含むクリプトマップエントリがありません。両端のクリプト ACL を確認してください。',
  'explain.cisco-asa.qm-fsm-error':
    'クイックモード（フェーズ2）のステートマシンが失敗しました。原因は前後の行に出ています。',
  'explain.cisco-asa.peer-table-remove-failed':
    '完了しなかったネゴシエーションの後片付けです（{table} テーブルに削除する項目がありませんでした）。',
  'explain.cisco-asa.peer-tbl-entry':
    '完了しなかった IKE ネゴシエーションの後片付けです。原因はこの前の行を見てください。',
  'explain.cisco-asa.attribute-mismatch':
    'フェーズ{phase}のプロポーザル不一致（{cls}）: 対向は {rcvd} を提案し、この ASA の設定は {cfgd} です。',
  'explain.cisco-asa.user-authorization-failed': 'ユーザ認可に失敗しました: {reason}。',
  'explain.cisco-asa.payload-error':
    '対向のメッセージのペイロード {payload} を処理できませんでした（1 は SA ペイロード。多くは受け入れ可能なプロポーザルがない場合）。',
  'explain.cisco-asa.notify-nonroutine':
    '対向が通知「{text}」（{code}）を送りました。多くは設定不一致を示します。',
  'explain.cisco-asa.ike-lost-contact':
    '対向が {type} キープアライブに応答しなくなりました。ASA は対向をダウンと判断しトンネルを削除しました。',
  'explain.cisco-asa.keepalive-mismatch':
    'こちらのキープアライブ設定は {cfg} ですが、対向 {peer} は異なります（種類 {type}）。',
  'explain.cisco-asa.keepalive-type': 'このトンネルで使うキープアライブの種類: {type}。',
  'explain.cisco-asa.nat-detection': 'NAT 検出: リモート側は NAT の内側に {remote}、こちら側は {local}。',
  'explain.cisco-asa.duplicate-phase1':
    '対向が同じフェーズ1 メッセージを再送しました（こちらの応答が届かないか使えない）。ASA は最後のメッセージを再送します。',
  'explain.cisco-asa.duplicate-first-packet':
    '対向が最初の IKE メッセージを再送しました。重複は無視されます。',
  'explain.cisco-asa.retransmit-dispatched':
    '応答がないため、ASA がフェーズ{phase}のメッセージを再送します（{fsm} 交換）。',
  'explain.cisco-asa.psk-decrypt-error':
    '対向の暗号化されたメインモードのメッセージを復号できませんでした。両端の事前共有鍵が異なります。',
  'explain.cisco-asa.invalid-payloads':
    '対向の暗号化された {mode} メッセージが正しく復号できません。メインモードでは事前共有鍵の不一致の兆候です。',
  'explain.cisco-asa.no-matching-sa':
    'ASA が既に持っていない SA 宛ての暗号化 IKE パケットが届きました（対向側に古い SA が残っています）。',
  'explain.cisco-asa.invalid-spi-notify':
    '対向が IPsec SPI {spi} を知らないと通知しました。対向は SA を失っています（再起動またはクリア）。',
  'explain.cisco-asa.ike-proposal-acceptable':
    '対向の IKE（フェーズ1）プロポーザルが設定済みの IKE ポリシーに一致しました。',
  'explain.cisco-asa.ipsec-proposal-acceptable':
    '対向の IPsec（フェーズ2）プロポーザルがクリプトマップエントリ {entry} に一致しました。',
  'explain.cisco-asa.all-ipsec-proposals-unacceptable':
    '対向の IPsec（フェーズ2）プロポーザルがクリプトマップエントリのトランスフォームセットにひとつも一致しません。',
  'explain.cisco-asa.all-ike-proposals-unacceptable':
    '対向の IKE（フェーズ1）プロポーザルがこの ASA の IKE ポリシーにひとつも一致しません。',
  'explain.cisco-asa.ike-decode': 'IKE メッセージ {dir}（メッセージ ID {mid}、{len} バイト）。',
  'explain.cisco-asa.user-authenticated': 'XAUTH ユーザ {user} が認証されました。',
  'explain.cisco-asa.xauth-failed':
    '拡張認証（XAUTH）に失敗しました。設定されたユーザ名とパスワードを確認してください。',
  'explain.cisco-asa.unknown-tunnel-group':
    'アグレッシブモードのメッセージ1 がトンネルグループ「{name}」を指定していますが、この ASA には設定されていません。',
  'explain.cisco-asa.group-not-found':
    'トンネルグループ「{name}」もデフォルトの事前共有鍵もありません。この対向は設定されていません。',
  'explain.cisco-asa.default-group-psk':
    'トンネルグループ「{name}」がないため、デフォルトグループの事前共有鍵を使います。',
  'explain.cisco-asa.ike-peer-not-configured': 'この宛先に LAN-to-LAN の対向 {peer} が設定されていません。',
  'explain.cisco-asa.initiator-no-policy':
    '{src} から {dst} への通信（インターフェイス {intf}）でトンネルを張るべきですが、対応するクリプトマップのポリシーが見つかりません。',
  'explain.cisco-asa.tunnel-rejected-l2l-peer':
    '拒否: IKE の対向 {ike} は、一致した L2L ポリシーの対向 {cfg} ではありません。',
  'explain.cisco-asa.tunnel-rejected-sa-not-found':
    '拒否: グループ {grp} に IPsec SA {sa} が設定されていません。',
  'explain.cisco-asa.group-lock':
    '拒否: ユーザ {user} はグループ {grp} のメンバーではありません（グループロック）。',
  'explain.cisco-asa.session-timed-out':
    'IKE ネゴシエーションがステート {state} でタイムアウトし、中止されました。',
  'explain.cisco-asa.rekey-duration':
    '両端が異なる {unit} のライフタイムを提案しています（{from} → {to}）。小さい方が使われます。',
  'explain.cisco-asa.delete-with-reason': 'ASA が {what} SA を削除し、理由「{reason}」を対向に伝えます。',
  'explain.cisco-asa.received-delete-rekeyed':
    'リキーの後、対向が古い {what} を削除しました。正常な動作です。',
  'explain.cisco-asa.qm-start':
    'クイックモード（フェーズ2）を開始します。この ASA は {role} です（メッセージ ID {mid}）。',
  'explain.cisco-asa.crypto-map-check':
    'ASA が対向のプロキシ ID に一致するクリプトマップエントリを探しています。',
  'explain.cisco-asa.dh-group-override':
    'フェーズ2 の PFS グループ（{p2}）がフェーズ1 のグループ（{p1}）と異なるため、フェーズ1 のグループを使います。',
  'explain.cisco-asa.info-exchange-failed':
    '対向からの情報交換（通知／削除）メッセージを処理できませんでした。',
  'explain.cisco-asa.payload-processing': 'デバッグ: {what} ペイロードを {verb} しています。',
  'explain.cisco-asa.vendor-id': '対向がベンダー ID「{vid}」を通知しました（NAT-T や DPD などの機能）。',
  'explain.cisco-asa.dpd-keepalive': 'デッドピア検出: {type} を {dir}（シーケンス {seq}）。',
  'explain.cisco-asa.fsm-error-history':
    '失敗した {fsm} {role} ステートマシンの履歴です。「WAIT_MSG2, EV_TIMEOUT」は対向が最初のメッセージに応答しなかったことを示します。',
  'explain.cisco-asa.sa-terminating': 'IKE SA {kind}:{id} を削除しています。',
  'explain.cisco-asa.freeing-memory': '内部の後片付けです（{what}）。',
  'explain.cisco-asa.connection-landed': '接続はトンネルグループ {grp} に対応付けられました。',
  'explain.cisco-asa.proxy-id-payload':
    'フェーズ2 の対向の {side} プロキシ ID: アドレス {addr}、プロトコル {proto}、ポート {port}。',
  'explain.cisco-asa.assigned-ip': 'リモートユーザにアドレス {addr} を割り当てました。',
  'explain.cisco-asa.transaction-mode':
    'クライアントが mode-config 属性 {attr} を要求しましたが、ASA はサポートしていません（{what}）。',
  'explain.cisco-asa.transaction-payload':
    'mode-config/XAUTH 交換で想定外のペイロード {type} を受信しました。両端の手順がずれています。',
  'explain.cisco-asa.load-balancing-redirect':
    'ロードバランシングによりクライアントを {peer} へリダイレクトしました。',
  'explain.cisco-asa.peer-configured-for-sa': '対向の暗号設定は {sa} から取られます。',
  'explain.cisco-asa.ikev2-request-tunnel':
    '通信が IKEv2 トンネルを要求しています。ローカルセレクタ {la}、リモートセレクタ {ra}。ASA がイニシエータとして開始します。',
  'explain.cisco-asa.ikev2-init-sa-request':
    '対向が IKEv2 ネゴシエーションを開始しました（IKE_SA_INIT 要求）。ASA はレスポンダです。',
  'explain.cisco-asa.ikev2-negotiation-aborted': 'IKEv2 ネゴシエーションが中止されました: {err}。',
  'explain.cisco-asa.ikev2-cookie':
    'ASA が COOKIE チャレンジで応答します（ハーフオープンの IKEv2 SA が多いため。DoS 対策）。',
  'explain.cisco-asa.ikev2-rekey-collision':
    '両端が同時に IPsec SA をリキーしました。ASA は重複分（SPI {spi}）を削除します。',
  'explain.cisco-asa.ikev2-sa-up': 'IKEv2 SA が確立しました（{reason}）。',
  'explain.cisco-asa.ikev2-sa-down': 'IKEv2 SA がダウンしました: {reason}。',
  'explain.cisco-asa.ikev2-sa-rejected':
    'リソースまたは CAC の上限に達したため IKEv2 SA の要求を拒否しました。',
  'explain.cisco-asa.ikev2-encryption-not-strong':
    'IKE SA の暗号（{ike}）が提案された IPsec の暗号（{esp}）より弱いため拒否されます（crypto ipsec ikev2 sa-strength-enforcement）。',
  'explain.cisco-asa.ikev2-peer-moved':
    '対向のアドレス／ポートが変わりました（NAT の再割当てや MOBIKE）: {prev} → {now}。',
  'explain.cisco-asa.ikev2-initial-contact-abort':
    '対向が INITIAL_CONTACT を送りました。対向が再起動したため、ASA は古い IKEv2 セッションを破棄します。',
  'explain.cisco-asa.ikev2-deleting-ipsec-sa': 'ASA が IPsec SA を削除します: {reason}。',
  'explain.cisco-asa.ikev2-crypto-map-policy-not-found':
    '対向のトラフィックセレクタ（リモート {rts}、ローカル {lts}）がどのクリプトマップ ACL にも一致しません。保護対象のネットワークが両端で異なります。',
  'explain.cisco-asa.ikev2-address-assigned':
    'リモートアクセスセッション: アドレス {v4} を割り当てました（グループポリシー {grp}）。',
  'explain.cisco-asa.ikev2-no-auth-configured':
    'トンネルグループ {grp} に、この方向の認証用の事前共有鍵またはトラストポイントがありません。',
  'explain.cisco-asa.ikev2-cert-auth-failed': '証明書認証に失敗しました: {err}。',
  'explain.cisco-asa.ikev2-not-enabled-in-group-policy':
    'グループポリシーで IKEv2 が許可されていません（vpn-tunnel-protocol）。',
  'explain.cisco-asa.ikev2-tunnel-group-not-found':
    'この IKEv2 の対向に対応するトンネルグループ／クリプトマップの設定が見つかりません。',
  'explain.cisco-asa.ikev2-user-auth-failed': 'ユーザ認証（EAP/AAA）に失敗しました: {err}。',
  'explain.cisco-asa.ikev2-config-payload-warning':
    '構成ペイロードの属性（{attr}）を処理できませんでした: {err}。',
  'explain.cisco-asa.ikev2-dh-failed': 'Diffie-Hellman の計算に失敗しました: {err}。',
  'explain.cisco-asa.tunnel-manager-dispatch':
    'トンネルマネージャがクリプトマップ {map} シーケンス {seq} を IKEv{ver} に渡してトンネルを作ります。',
  'explain.cisco-asa.tunnel-manager-dispatch-failed':
    'トンネルマネージャがクリプトマップ {map} シーケンス {seq} を開始できませんでした: {why}。',
  'explain.cisco-asa.tunnel-manager-duplicate': 'このエントリのトンネル要求は既に処理中です。',
  'explain.cisco-asa.tunnel-manager-missing':
    'このクリプトマップエントリでは IKEv{ver} を使えません: {what} がありません。',
  'explain.cisco-asa.ike-version-result':
    'クリプトマップ {map} シーケンス {seq} のトンネル作成で IKEv{ver} は {ok} でした。',
  'explain.cisco-asa.tunnel-manager-failed':
    '設定されたすべての IKE バージョンでクリプトマップ {map} シーケンス {seq} のトンネル作成に失敗しました。原因（応答なし、不一致など）はこの前の行にあります。',
  'explain.cisco-asa.ipsec-sa-created-deleted':
    '{a} と {b} の間の {dir} {type} IPsec SA（SPI {spi}）が {what} されました。',
  'explain.cisco-asa.ipsec-sa-rekeying':
    '{dir} の IPsec SA（SPI {spi}）を {why} のロールオーバーのためリキーします。',
  'explain.cisco-asa.cert-validation-failed': '証明書の検証に失敗しました（理由は行内を参照）。',
  'explain.cisco-asa.cert-chain-failed': '対向の証明書チェーンの検証に失敗しました。',
  'explain.cisco-asa.cert-validated': '対向の証明書が検証されました。',
  'explain.cisco-asa.cert-chain-info': '証明書チェーン検証の途中経過です。',
};
export default messages;
