// ja messages: strongswan
// One-line explanation of each charon log pattern (`--explain`); keys `explain.strongswan.<pattern id>`,
// placeholders are the pattern's named groups.
const messages: Record<string, string> = {
  'explain.strongswan.packet-sent': 'charon が {local} から {remote} へ IKE パケットを送信しました。',
  'explain.strongswan.packet-received': 'charon が {remote} からの IKE パケットを {local} で受信しました。',
  'explain.strongswan.msg-generating':
    'charon が {exchange} の {rr}（メッセージ ID {mid}、ペイロード [{payloads}]）を生成し、送信しようとしています。',
  'explain.strongswan.msg-parsed':
    'charon が {exchange} の {rr}（メッセージ ID {mid}、ペイロード [{payloads}]）を受信して解析しました。N(...) は通知ペイロードです。',
  'explain.strongswan.retransmit':
    '応答がないため、charon がリクエスト {mid} を再送しました（{count} 回目）。',
  'explain.strongswan.request-queued': 'この SA の交換がまだ進行中に {exchange} 要求が届きました。charon はその交換が終わるまで保留します。',
  'explain.strongswan.retransmit-v1':
    '応答がないため、charon が IKEv1 メッセージ {mid} を再送しました（{count} 回目）。',
  'explain.strongswan.giving-up': '{count} 回再送しても相手から応答がなかったため、charon が諦めました。',
  'explain.strongswan.giving-up-path-probing': 'MOBIKE が相手への通信経路を探索しています。',
  'explain.strongswan.received-retransmit':
    '相手が同じメッセージを再送してきました。charon の先の応答が相手に届いていません。',
  'explain.strongswan.fragment-received':
    '分割された IKE メッセージの断片 #{n} を受信しました（IKE フラグメンテーション使用中）。',
  'explain.strongswan.fragment-split':
    'IKE メッセージが 1 パケットに収まらないため、charon が {count} 個の断片に分割しました（RFC 7383 / IKEv1 フラグメンテーション）。',
  'explain.strongswan.fragment-error': '分割された IKE メッセージの再構成に失敗しました: {what}。',
  'explain.strongswan.decryption-failed':
    '暗号化された {payload} ペイロードを復号できませんでした。IKEv1 では双方の鍵が一致していないことを意味し、ほぼ確実に事前共有鍵の不一致です。',
  'explain.strongswan.message-failed': 'charon がメッセージを処理できませんでした: {what}。',
  'explain.strongswan.message-processing-failed':
    'メッセージ ID {mid} の {exchange} {rr} の処理に失敗しました。原因は直前の行にあります。',
  'explain.strongswan.payload-integrity':
    '{what} の完全性チェックに失敗しました。鍵が一致していないか、パケットが改ざんされています。',
  'explain.strongswan.critical-payload':
    '相手が charon の対応していない critical ペイロードを送ってきたため、UNSUPPORTED_CRITICAL_PAYLOAD で拒否されます。',
  'explain.strongswan.unexpected-response':
    'charon が {expected} を待っていたところ、相手が {exchange} の応答を返しました。',
  'explain.strongswan.unexpected-message-id':
    'メッセージ ID {expected} を期待していたところ {mid} が届いたため無視しました（メッセージ ID のずれ。古い SA の可能性）。',
  'explain.strongswan.message-ignored': 'IKE SA の現在の状態に合わないメッセージを charon が無視しました。',
  'explain.strongswan.invalid-header': '{remote} からのパケットに有効な IKE ヘッダがなく、破棄されました。',
  'explain.strongswan.unsupported-version':
    '{remote} が IKE バージョン {major}.{minor} で接続してきましたが、この charon は受け付けません。両端の IKE バージョンが異なります。',
  'explain.strongswan.setup-ignored-limit': 'charon が {remote} からの新しい IKE SA を無視しました: {why}。',
  'explain.strongswan.unprotected-informational':
    '{remote} からの暗号化されていない IKEv1 INFORMATIONAL メッセージを無視しました。',
  'explain.strongswan.socket-error': 'IKE ソケットでの送受信に失敗しました: {what}。',
  'explain.strongswan.ike-initiate':
    'charon が {remote} に向けて IKE SA {name}[{sa}] の確立を開始しました（IKEv2、IKE_SA_INIT）。',
  'explain.strongswan.ike-initiate-v1':
    'charon が {remote} に向けて IKE SA {name}[{sa}] の IKEv1 {mode} Mode を開始しました。',
  'explain.strongswan.ike-respond':
    '{remote} がこのホストとの IKEv2 IKE SA を開始しました。charon はレスポンダーです。',
  'explain.strongswan.ike-respond-v1':
    '{remote} がこのホストとの IKEv1 {mode} Mode を開始しました。charon はレスポンダーです。',
  'explain.strongswan.ike-established':
    'フェーズ 1 が確立しました: IKE SA {name}[{sa}] が {local} [{localId}] と {remote} [{remoteId}] の間で確立されました。',
  'explain.strongswan.ike-rekeyed': 'IKE SA {name} の鍵が更新され、新しい IKE SA は [{sa}] です。',
  'explain.strongswan.ike-state-change': 'IKE SA {name}[{sa}] の状態が {from} から {to} に変わりました。',
  'explain.strongswan.child-state-change':
    'CHILD_SA {child}{{childId}} の状態が {from} から {to} に変わりました。',
  'explain.strongswan.ike-deleting': '{local} と {remote} の間の IKE SA {name}[{sa}] を削除しています。',
  'explain.strongswan.ike-delete-sent': 'charon が IKE SA {name}[{sa}] を削除することを相手に通知しました。',
  'explain.strongswan.ike-delete-received': '相手から IKE SA の DELETE を受信しました。',
  'explain.strongswan.ike-deleted': 'IKE SA が削除されました。',
  'explain.strongswan.ike-duplicate-deleted':
    '同じ相手 ID の古い IKE SA が削除されました（INITIAL_CONTACT または uniqueness ポリシー）。',
  'explain.strongswan.half-open-timeout':
    '相手が IKE SA を開始したものの完了しませんでした（IKE_AUTH が届かない）。ハーフオープン SA がタイムアウトしました。UDP 4500 や大きなフラグメントが通過できていないことがよくあります。',
  'explain.strongswan.peer-not-responding': '相手からまったく応答がなく、IKE SA を完了できませんでした。',
  'explain.strongswan.peer-no-exchange':
    'charon が待っていた交換を相手が開始しなかったため、IKE SA を再確立します。',
  'explain.strongswan.ike-rekey-retry': 'IKE SA の鍵更新に失敗しました。{secs} 秒後に再試行します。',
  'explain.strongswan.reauth-failed': 'IKE SA の再認証に失敗しました。',
  'explain.strongswan.ike-reauth': 'IKE SA を再認証または再確立しています。',
  'explain.strongswan.schedule-rekey': 'IKE SA の鍵更新または再認証のタイマーが設定されました。',
  'explain.strongswan.nat-detected':
    'NAT 検出の結果です。NAT が見つかると charon は UDP 4500（NAT トラバーサル）に切り替えます。',
  'explain.strongswan.keep-alive': 'charon が {remote} に NAT キープアライブを送信しました。',
  'explain.strongswan.dpd': 'この IKE SA での DPD（Dead Peer Detection）の動作です。',
  'explain.strongswan.dpd-timeout':
    'IKEv1 の相手が DPD に応答しなくなったため停止したと判断され、DPD アクションが実行されます。',
  'explain.strongswan.mobike': 'MOBIKE（RFC 4555）のサポート、または IKE SA のアドレス変更です。',
  'explain.strongswan.vendor-id':
    'ベンダー ID「{vid}」（{dir}）: NAT-T、DPD、フラグメンテーションなどの機能、または実装の種類を示します。',
  'explain.strongswan.vendor-id-unknown': '相手が charon の知らないベンダー ID を送ってきました。',
  'explain.strongswan.resolve-failed': '相手のホスト名 {host} をアドレスに解決できませんでした。',
  'explain.strongswan.inactivity': '{secs} 秒間通信がなかったため {what} を削除しました。',
  'explain.strongswan.unable-to-terminate': '終了要求で指定された SA はすでに存在しません。',
  'explain.strongswan.proposals-received': '相手が提示したプロポーザル: {proposals}。',
  'explain.strongswan.proposals-configured': 'このホストに設定されているプロポーザル: {proposals}。',
  'explain.strongswan.proposal-selected': '双方が {proposal} で合意しました。',
  'explain.strongswan.selecting-proposal':
    'charon が受信したプロポーザルと設定済みプロポーザルを 1 組ずつ比較しています。',
  'explain.strongswan.no-acceptable-transform':
    'この組み合わせでは一致する {transform} がありません（次の組み合わせで一致する可能性はあります）。',
  'explain.strongswan.ike-proposals-unacceptable':
    '相手の IKE プロポーザルがどれもこのホストの設定と一致しないため、charon は NO_PROPOSAL_CHOSEN を返します。',
  'explain.strongswan.no-acceptable-proposal': '双方が受け入れ可能なプロポーザルが見つかりませんでした。',
  'explain.strongswan.no-proposal-found-v1':
    '相手の IKEv1 フェーズ 1 プロポーザルがどれもこのホストの設定と一致しません。',
  'explain.strongswan.no-matching-proposal': '一致するプロポーザルがありませんでした。',
  'explain.strongswan.peer-selection-invalid': '相手が charon の提示していないものを選択しました。',
  'explain.strongswan.invalid-ke-received':
    '相手が鍵交換グループ {offered} を拒否し {requested} を要求しました（INVALID_KE_PAYLOAD）。設定にあれば charon はそのグループで再試行します。',
  'explain.strongswan.invalid-ke-sent':
    '相手が鍵交換グループ {got} を使用したため、charon は代わりに {want} を要求しました（INVALID_KE_PAYLOAD）。',
  'explain.strongswan.ke-retry-refused':
    'charon が {tried} で再試行した後も相手が別のグループ（{requested}）を要求しています。DH/PFS グループが一致していません。',
  'explain.strongswan.ke-not-supported': '鍵交換方式 {ke} は {why} です。',
  'explain.strongswan.ke-non-pfs': '子 SA は PFS なしで合意されたため、KE ペイロードは無視されました。',
  'explain.strongswan.ke-failed': 'Diffie-Hellman 鍵交換を完了できませんでした。',
  'explain.strongswan.ke-retries-exhausted':
    'IKE_SA_INIT を {count} 回試行して諦めました（相手が別のグループ、クッキー、またはリダイレクトを要求し続けました）。',
  'explain.strongswan.notify-error': '相手がエラー {notify} を返しました。',
  'explain.strongswan.notify-error-destroy': '相手がエラー {notify} を返したため、IKE SA を破棄します。',
  'explain.strongswan.notify-error-v1': 'IKEv1 の相手がエラー {notify} を通知しました。',
  'explain.strongswan.notify-no-child':
    '相手が {notify} を返しました。IKE SA は維持されていますが、子 SA（フェーズ 2）は作成されませんでした。',
  'explain.strongswan.notify-info': '相手から通知 {notify} を受信しました。',
  'explain.strongswan.no-ike-config':
    '{local}...{remote} に対応する IKE 接続が設定されていないため、charon は {notify} で相手を拒否しました。',
  'explain.strongswan.ike-config-lookup': 'charon がアドレスに一致する IKE 接続を探しています。',
  'explain.strongswan.lifetime-mismatch':
    '相手が設定と異なるライフタイムを提示しました。charon は自分の値で続行します。',
  'explain.strongswan.peer-config-lookup':
    'charon が ID {localId}（自分）と {remoteId}（相手）に一致する接続を探しています。',
  'explain.strongswan.peer-config-lookup-v1':
    'charon が相手 ID {remoteId} に一致する IKEv1 {auth} 接続を探しています。',
  'explain.strongswan.peer-config-selected': 'charon がこの相手に使う接続を選びました。',
  'explain.strongswan.peer-config-missing': '相手のアドレスと ID に一致する接続が設定されていません。',
  'explain.strongswan.peer-config-unacceptable': '接続 {name} は相手の認証方法を受け入れません。',
  'explain.strongswan.auth-mode-mismatch':
    '一致する接続はありますが、{mode} Mode での {auth} 認証を許可していません。メインモードとアグレッシブモードの設定が両端で異なります。',
  'explain.strongswan.aggressive-psk-disabled':
    '相手が事前共有鍵でアグレッシブモードを使用していますが、charon は既定で拒否します。両端でメインモードを使用してください。',
  'explain.strongswan.peer-requested-eap':
    '相手が EAP 認証を要求していますが、一致する接続は EAP を使用していません。',
  'explain.strongswan.idr-mismatch':
    '相手の名乗る ID がこのホストの期待する ID と異なります（ID の不一致）。',
  'explain.strongswan.constraint-identity': '相手の ID がこの接続の要件を満たしていません。',
  'explain.strongswan.constraint-ca':
    '相手の証明書が、この接続が要求する CA の発行したものではありません（または指定の証明書ではありません）。',
  'explain.strongswan.constraint-other': 'この接続の認証条件が満たされていません。',
  'explain.strongswan.auth-ok': '相手 {id} の認証に成功しました（{method}）。',
  'explain.strongswan.auth-self': 'charon が {id} として自身を認証しています。',
  'explain.strongswan.auth-self-failed':
    'charon が {id} として自身の認証データを作成できませんでした（秘密鍵または署名の問題）。',
  'explain.strongswan.psk-mac-mismatch':
    '{localId} - {remoteId} 用に設定された事前共有鍵と相手の AUTH 値が一致しません。事前共有鍵が異なっています。',
  'explain.strongswan.psk-hash-mismatch-v1':
    '相手の IKEv1 HASH が設定された事前共有鍵と一致しません。事前共有鍵が異なっています。',
  'explain.strongswan.no-shared-key': 'この ID の組み合わせに対する事前共有鍵が設定されていません。',
  'explain.strongswan.no-trusted-key':
    '{id} に対する信頼できる {keyType} 公開鍵が見つかりません。相手の証明書がない、信頼されていない、または ID と一致していません。',
  'explain.strongswan.signature-retry': 'ある鍵で署名を検証できなかったため、charon は次の鍵を試します。',
  'explain.strongswan.no-private-key': 'このホストの ID {id} に対応する秘密鍵がありません。',
  'explain.strongswan.cert-validity':
    '証明書が有効期間外です（{from} から {to} まで有効）。期限切れ、まだ有効でない、または時刻の設定が誤っています。',
  'explain.strongswan.cert-revoked': '証明書は {date} に失効しています（{why}）。',
  'explain.strongswan.cert-status': '証明書の失効確認（OCSP/CRL）の結果です。',
  'explain.strongswan.cert-chain': '証明書チェーンを信頼できる CA まで検証できませんでした。',
  'explain.strongswan.cert-trust-step': '証明書チェーン検証の途中経過です。',
  'explain.strongswan.cert-payload': '証明書または証明書要求をやり取りしました。',
  'explain.strongswan.eap-start': 'EAP 認証の途中経過です。',
  'explain.strongswan.eap-ok': 'EAP 方式 {method} が成功しました。',
  'explain.strongswan.eap-failed-peer':
    '{peer} の {method} による EAP 認証が失敗しました。ユーザー名やパスワードの誤り、またはアカウントが許可されていません。',
  'explain.strongswan.eap-failed': 'EAP 認証が失敗しました。',
  'explain.strongswan.eap-nak': '双方が使用する EAP 方式を交渉しています（EAP_NAK）。',
  'explain.strongswan.eap-only': 'EAP のみの認証（RFC 5998）に関する判断です。',
  'explain.strongswan.xauth-ok': '{id} の XAuth ユーザー認証に成功しました。',
  'explain.strongswan.xauth-failed':
    'XAuth ユーザー認証に失敗しました。ユーザー名またはパスワードが誤っています。',
  'explain.strongswan.authorization-refused':
    '認証後に IKE SA が拒否されました（認可または uniqueness ポリシー）。',
  'explain.strongswan.id-payload-missing': '相手のメッセージに {payload} ペイロードがありません。',
  'explain.strongswan.auth-method-v1':
    '相手は {got} 認証を提示しましたが、設定は {conf} です。charon は設定の方式で続行します。',
  'explain.strongswan.child-initiate':
    'charon が子 SA（フェーズ 2）{child}{{childId}} の確立を開始しました。',
  'explain.strongswan.child-established':
    'フェーズ 2 が確立しました: 子 SA {child}{{childId}}（SPI 受信 {spiIn} / 送信 {spiOut}）が {tsLocal} === {tsRemote} を保護します。',
  'explain.strongswan.child-rekeyed':
    '子 SA {child} の鍵が更新され、新しい SPI は {spiIn}（受信）/ {spiOut}（送信）です。',
  'explain.strongswan.child-rekey-detected': '相手が子 SA の鍵を更新しています。',
  'explain.strongswan.child-rekey-failed': '子 SA の作成または鍵更新に失敗しました。charon が再試行します。',
  'explain.strongswan.child-closing': '子 SA {child}{{childId}}（SPI {spiIn}/{spiOut}）を閉じています。',
  'explain.strongswan.child-delete-received': '相手が SPI {spi} の {proto} 子 SA を削除しました。',
  'explain.strongswan.child-delete-sent':
    'charon が SPI {spi} の {proto} 子 SA を削除し、相手に通知しました。',
  'explain.strongswan.child-closed': '子 SA が閉じられました。',
  'explain.strongswan.child-not-found':
    'メッセージまたはイベントが存在しない（もう存在しない）子 SA を参照しています。',
  'explain.strongswan.child-config-lookup':
    'charon がトラフィックセレクターに一致する子 SA（フェーズ 2）の設定を探しています。',
  'explain.strongswan.ts-selection': 'トラフィックセレクターの比較: 設定 {config}、受信 {received}。',
  'explain.strongswan.kernel-netlink-error':
    'カーネルが要求に {level}「{error}」（{code}）を返しました。SA に対する「Protocol not supported」はカーネルが ESP に対応していないことを意味します。',
  'explain.strongswan.kernel-policy-not-found':
    '削除しようとしたカーネルのポリシーはすでに存在しませんでした。',
  'explain.strongswan.kernel-expire-job':
    '子 SA がライフタイムに達したことをカーネルが通知し、charon が {job} ジョブを開始しました。',
  'explain.strongswan.ts-unacceptable':
    '相手のトラフィックセレクターがこのホストの設定と合いません（自分 {tsLocal}、相手 {tsRemote}）。サブネットが異なるため、charon は TS_UNACCEPTABLE を返します。',
  'explain.strongswan.ts-none-acceptable':
    '受け入れ可能なトラフィックセレクターがありません。保護対象のサブネットが一致していません。',
  'explain.strongswan.ts-no-child-config-v1':
    '相手が要求したサブネットに一致するフェーズ 2（クイックモード）の設定がありません。',
  'explain.strongswan.ts-invalid-selection-v1':
    '相手が charon の提示していないトラフィックセレクターで応答しました。',
  'explain.strongswan.child-failed': '子 SA（フェーズ 2）を作成できませんでした。',
  'explain.strongswan.child-mode-unacceptable':
    '子 SA の IPsec モード（トンネル/トランスポート）の扱いです。',
  'explain.strongswan.sa-install-failed':
    'カーネルが IPsec SA またはポリシーのインストールを拒否しました（ESP/XFRM のカーネル未対応、未対応のアルゴリズム、または競合するポリシー）。',
  'explain.strongswan.kernel-policy-failed':
    'カーネルが IPsec ポリシー {tsLocal} === {tsRemote}（{dir}）を {op} できませんでした。',
  'explain.strongswan.kernel-algorithm': '合意した子 SA のアルゴリズムをカーネルがサポートしていません。',
  'explain.strongswan.virtual-ip': '仮想 IP（構成ペイロード）の処理です。',
  'explain.strongswan.pool-full': '仮想 IP プール {pool} に空きアドレスがありません。',
  'explain.strongswan.trap-acquire':
    'トラフィックがトラップポリシーに一致し、カーネルが charon にトンネル確立を要求しました。',
  'explain.strongswan.child-restart':
    'charon が子 SA {child} を再起動しました（DPD または close アクション "restart"）。',
  'explain.strongswan.daemon-start': 'charon デーモンが起動しました（strongSwan {version}）。',
  'explain.strongswan.daemon-plugins': 'デーモン起動時の情報です。',
  'explain.strongswan.config-added': '接続定義が読み込まれました。',
  'explain.strongswan.vici-config-dump': 'vici が接続定義を読み込む際に出力する内容の一部です（`cfg 2`）：接続、子 SA、認証ラウンド、または 1 つの設定値。',
  'explain.strongswan.credential-loaded': '認証情報（共有鍵、証明書、秘密鍵）が読み込まれました。',
  'explain.strongswan.control-request': '管理者または起動アクションが接続の操作を charon に要求しました。',
  'explain.strongswan.config-warning': 'charon が読み込んだ設定について警告しています。',
  'explain.strongswan.kernel-policy-duplicate': 'カーネルポリシー {tsLocal} === {tsRemote}（{dir}）は既に別の子 SA（reqid {other}）のものです。2 つの接続、または同じ仮想 IP を割り当てられた 2 つのクライアントが同じトラフィックセレクタを使っています。この子 SA はインストールされません。',
  'explain.strongswan.kernel-route-conflict': 'charon は {tsLocal} === {tsRemote} のルートをインストールしません。対向への IKE パケットまでそのルートに乗ってしまうためです（kernel-libipsec などユーザーランドの IPsec スタックでのホスト間トラフィックセレクタ）。その後のポリシーのインストールは失敗します。',
};
export default messages;
