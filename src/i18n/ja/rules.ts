// ja messages: diagnosis codes (title, description) and the reasoning of each rule (why.*)
const messages: Record<string, string> = {
  'code.ESTABLISHED.title': 'トンネルは確立しています',
  'code.ESTABLISHED.description': 'IKE SA と少なくとも 1 つの Child SA (IPsec SA、フェーズ2) が確立し、その後に切断されていません。',
  'why.ESTABLISHED.default': 'IKE SA と Child SA が確立し、ログ上その後に削除されていません。',
  'why.ESTABLISHED.withSpis': 'IKE SA と Child SA (SPI {spis}) が確立し、ログ上その後に削除されていません。',

  'code.PEER_UNREACHABLE.title': '対向から応答がありません',
  'code.PEER_UNREACHABLE.description':
    '最初の IKE メッセージを何度再送しても応答がありません。対向の停止、経路上での UDP 500 の遮断、アドレスの誤り、または対向が黙って破棄している可能性があります。',
  'why.PEER_UNREACHABLE.noAnswer':
    '{peer} へのリクエストを {retransmits} 回再送しましたが応答がなく、対向から何も受信していません。パケットが経路上で失われているか、対向が無視しています。',
  'why.PEER_UNREACHABLE.default': '対向 {peer} から応答がありませんでした。',

  'code.PEER_NOT_CONFIGURED.title': 'この対向の設定がありません',
  'code.PEER_NOT_CONFIGURED.description':
    'レスポンダが、接続設定 (IKE ゲートウェイ、tunnel-group、conn) の存在しないアドレスまたは ID から IKE 要求を受信しました。',
  'why.PEER_NOT_CONFIGURED.default':
    'レスポンダに対向 {peer} 用の接続設定がないため、プロポーザルを比較する前にネゴシエーションを拒否しました。',
  'why.PEER_NOT_CONFIGURED.withReason':
    'レスポンダに対向 {peer} 用の接続設定がないため (「{reason}」)、プロポーザルを比較する前にネゴシエーションを拒否しました。',

  'code.IKE_VERSION_MISMATCH.title': 'IKEv1 と IKEv2 が食い違っています',
  'code.IKE_VERSION_MISMATCH.description': '一方が IKEv1、もう一方が IKEv2 のみを受け付ける (またはその逆) 設定です。',
  'why.IKE_VERSION_MISMATCH.refused':
    '対向は {got} を要求しましたが、こちらで対向用に設定された接続は {expected} のみを受け付けるため、要求を拒否しました。両端を同じ IKE バージョンに設定してください。',
  'why.IKE_VERSION_MISMATCH.default':
    '対向が使用した IKE バージョンを拒否しました (期待 {expected}、実際 {got})。両端を同じ IKE バージョンに設定してください。',

  'code.MODE_MISMATCH.title': '交換モードまたはカプセル化モードが異なります',
  'code.MODE_MISMATCH.description':
    'IKEv1 のメインモードとアグレッシブモード、または Child SA のトンネルモードとトランスポートモードが両端で異なります。',
  'why.MODE_MISMATCH.exchangeRefused':
    '対向は {notify} を返しました。この側が使った IKEv1 交換（{mode} mode）を受け付けません。対向はもう一方のモード（Main または Aggressive）に設定されているか、それしかサポートしていません。',
  'why.MODE_MISMATCH.default': '両端で異なるモードが使われています (期待 {expected}、実際 {got})。',

  'code.IKE_PROPOSAL_MISMATCH.title': 'IKE (フェーズ1) プロポーザルが一致しません',
  'code.IKE_PROPOSAL_MISMATCH.description':
    'IKE SA のプロポーザルに、暗号化、鍵長、完全性 (ハッシュ)、PRF、DH グループの共通の組み合わせがありません。',
  'why.IKE_PROPOSAL_MISMATCH.param':
    'IKE プロポーザルの {param} が異なります: 自側は {local}、対向の提案は {remote} です。プロポーザルは選択されませんでした。',
  'why.IKE_PROPOSAL_MISMATCH.local': '自側は対向の IKE プロポーザルをどれも受け入れられず、NO_PROPOSAL_CHOSEN を返しました。',
  'why.IKE_PROPOSAL_MISMATCH.peerSaid':
    '対向は最初の IKE メッセージに NO_PROPOSAL_CHOSEN で応答しました。自側の IKE プロポーザルがどれも受け入れられない (または自側に一致する接続設定が対向にない) ということです。両端のフェーズ1 プロポーザルを比較してください。',

  'code.PSK_MISMATCH.title': '事前共有鍵が一致しません',
  'code.PSK_MISMATCH.description': '両端とも事前共有鍵で認証していますが、鍵が同じではありません。',
  'why.PSK_MISMATCH.direct': 'ログに {peer} との事前共有鍵の検証に失敗したと記録されています。',
  'why.PSK_MISMATCH.authCheck': '{peer} の認証データが、設定された事前共有鍵で検証できませんでした。',
  'why.PSK_MISMATCH.mainMode5':
    'メインモードは最初の暗号化メッセージ (5) まで進み、そこで止まりました。対向がそれを復号・検証できなかったということで、事前共有鍵の不一致で起きる典型的な症状です。',
  'why.PSK_MISMATCH.aggressiveResponder':
    'アグレッシブモードのレスポンダーとして、こちらはハッシュ付きの応答を送りました。{peer} は最終メッセージではなく、別の鍵で暗号化された読めないメッセージを返しました。対向がハッシュを拒否したということで、事前共有鍵が異なります。',
  'why.PSK_MISMATCH.authFailedPsk':
    '事前共有鍵による認証に対し、対向が AUTHENTICATION_FAILED を返しました。鍵または提示した ID が対向の設定と一致していません。多くの場合は鍵が原因です。',

  'code.ID_MISMATCH.title': 'ID が一致しません',
  'code.ID_MISMATCH.description': '一方が提示する ID (IDi/IDr、ピア ID、ローカル ID) が、もう一方の期待する ID と異なります。',
  'why.ID_MISMATCH.default': '{peer} が提示した ID が、その対向用に設定された ID と一致しません。',
  'why.ID_MISMATCH.withReason': '{peer} が提示した ID が、その対向用に設定された ID と一致しません (「{reason}」)。',

  'why.ID_MISMATCH.notInCert': '対向は ID {id} を提示しましたが、その証明書の発行先は {subject} です。ID が証明書に含まれていないため、信頼できる鍵が見つかりません。',
  'why.ID_MISMATCH.invalidIdPhase1': '{peer} との IKEv1 フェーズ 1 が INVALID_ID_INFORMATION で終わりました。一方が相手の ID（ID ペイロードの種類か値、またはその ID を含まない証明書）を拒否しています。',
  'why.ID_MISMATCH.noPeerConfig': 'IKE SA は受け入れられましたが、対向が {id} として認証した時点でその ID を期待する接続設定がありませんでした。対向が送る ID がこちらの設定と異なります。',

  'code.CERT_INVALID.title': '証明書が受け入れられません',
  'code.CERT_INVALID.description':
    '証明書認証に失敗しました: 信頼されていない CA、有効期限切れまたは有効期間前、失効、または証明書に ID が含まれていません。',
  'why.CERT_INVALID.default': '{peer} の証明書を検証できませんでした。',
  'why.CERT_INVALID.withReason': '{peer} の証明書を検証できませんでした: {reason}。',

  'code.EAP_AUTH_FAILED.title': 'ユーザー認証 (EAP、XAUTH) に失敗しました',
  'code.EAP_AUTH_FAILED.description': 'ゲートウェイ認証の後のユーザー認証が失敗しました: IKEv2 の IKE_AUTH 交換内の EAP、または IKEv1 フェーズ 1 後の XAUTH (ユーザー名とパスワード、RADIUS)。',
  'why.EAP_AUTH_FAILED.default': 'ユーザー認証 (EAP または XAUTH) に失敗しました。',
  'why.EAP_AUTH_FAILED.withReason': 'ユーザー認証に失敗しました: {reason}。',

  'code.AUTH_FAILED.title': '認証に失敗しました',
  'code.AUTH_FAILED.description': '認証に失敗しましたが、鍵、ID、証明書のどれが原因かはこのログからは分かりません。',
  'why.AUTH_FAILED.peerSaid':
    '対向が自側の認証を拒否しました (AUTHENTICATION_FAILED)。理由 (鍵、ID、証明書) は対向のログに記録されています。',
  'why.AUTH_FAILED.ownKey':
    'この側は自分の認証に署名できません（{reason}）。証明書の秘密鍵がデーモンの探す場所にないか（Libreswan: NSS データベース、`certutil -K`。strongSwan: private/ または `certs =` に対応する鍵）、認証方式が必要とする種類と異なります。',
  'why.AUTH_FAILED.local': '対向の認証に失敗しました。',
  'why.AUTH_FAILED.default': '認証に失敗しました。',

  'code.TS_MISMATCH.title': 'トラフィックセレクタ / プロキシ ID が一致しません',
  'code.TS_MISMATCH.description':
    '保護対象のネットワーク (トラフィックセレクタ、プロキシ ID、暗号 ACL) が両端で鏡像 (ローカルとリモートが逆) になっていません。',
  'why.TS_MISMATCH.default': '両端のトラフィックセレクタ (プロキシ ID) が一致しないため、Child SA が拒否されました。',
  'why.TS_MISMATCH.withTs':
    'Child SA が拒否されました: セレクタ {local} === {remote} はもう一方の端で受け入れられません。対向のローカル/リモートのネットワークはこれの鏡像である必要があります。',

  'code.CHILD_PROPOSAL_MISMATCH.title': 'Child SA (フェーズ2) プロポーザルが一致しません',
  'code.CHILD_PROPOSAL_MISMATCH.description': 'IKE SA はネゴシエートできましたが、Child SA の IPsec (ESP/AH) プロポーザルに共通部分がありません。',
  'why.CHILD_PROPOSAL_MISMATCH.param': 'Child SA プロポーザルの {param} が異なります: 自側は {local}、対向の提案は {remote} です。',
  'why.CHILD_PROPOSAL_MISMATCH.noAnswer':
    '{peer} とのクイックモードに受け入れ可能な応答が一度もなく、pluto 自身がプロポーザルを疑っています。対向が理由を告げずにフェーズ 2 の提案（暗号、完全性、PFS グループ）を破棄した可能性が高いです。対向のログにパラメータが記録されます。',
  'why.CHILD_PROPOSAL_MISMATCH.default':
    'IKE SA は問題ありませんが、Child SA (フェーズ2) のプロポーザルがどれも受け入れられませんでした。両端の ESP の暗号化と完全性アルゴリズムを比較してください。',

  'code.PFS_MISMATCH.title': 'PFS の設定が異なります',
  'code.PFS_MISMATCH.description': '一方は Child SA に DH グループ (PFS) を求め、もう一方は PFS なし、または別のグループです。',
  'why.PFS_MISMATCH.default': 'Child SA の PFS について両端の設定が一致していません。',
  'why.PFS_MISMATCH.param': 'Child SA の DH グループ (PFS) が異なります: 自側は {local}、対向は {remote} です。',

  'code.LOCAL_SA_INSTALL_FAILED.title': 'ローカルのカーネルが IPsec SA を拒否しました',
  'code.LOCAL_SA_INSTALL_FAILED.description':
    'ネゴシエーションは成功しましたが、ローカルのカーネルへの SA またはポリシーの登録に失敗しました (ESP 非対応、ポリシーの競合、モジュール不足)。',
  'why.LOCAL_SA_INSTALL_FAILED.default':
    'ネゴシエーション自体は成功しましたが、カーネルが IPsec SA の登録を拒否しました。ESP/XFRM に対応していないか、競合する SA/ポリシーがあります。',
  'why.LOCAL_SA_INSTALL_FAILED.withReason': 'カーネルが IPsec SA の登録を拒否しました: {reason}。',

  'code.DPD_PEER_DEAD.title': 'DPD が対向をダウンと判定しました',
  'code.DPD_PEER_DEAD.description':
    'トンネル確立後、DPD (R-U-THERE / INFORMATIONAL による生存確認) に応答がなくなり、SA が削除されました。',
  'why.DPD_PEER_DEAD.afterUp': 'トンネルは確立していましたが、その後対向 {peer} が DPD に応答しなくなり、ダウンと判定されました。',
  'why.DPD_PEER_DEAD.default': '対向 {peer} が DPD に応答しなくなり、ダウンと判定されました。',

  'code.NAT_T_BLOCKED.title': 'NAT トラバーサル (UDP 4500) が遮断されています',
  'code.NAT_T_BLOCKED.description':
    'NAT を検出して IKE が UDP 4500 に移行した後、何も通らなくなりました。経路上で UDP 4500 がフィルタされています。',
  'why.NAT_T_BLOCKED.afterNat':
    'NAT を検出して IKE が UDP 4500 に切り替わった後、対向から応答がありません。両端の間で UDP 4500 が遮断されている可能性が高いです。',
  'why.NAT_T_BLOCKED.direct': '機器が {peer} との NAT トラバーサルが機能していないと報告しています。',
  'why.NAT_T_BLOCKED.default': '{peer} との NAT トラバーサルが機能していません。',

  'code.FRAGMENTATION_DROPPED.title': '大きな IKE メッセージが失われています (フラグメント)',
  'code.FRAGMENTATION_DROPPED.description':
    '大きな IKE メッセージ (証明書など) が完全に届きませんでした。経路上で IP フラグメントが破棄されているか、IKE フラグメンテーションが使われていません。',
  'why.FRAGMENTATION_DROPPED.default':
    '{peer} との大きな IKE メッセージのフラグメントが失われました。IKE フラグメンテーション (RFC 7383) を有効にするか、経路 MTU を修正してください。',

  'code.REKEY_FAILED.title': 'リキーに失敗しました',
  'code.REKEY_FAILED.description': '確立済みの SA のリキーまたは再認証に失敗しました。',
  'why.REKEY_FAILED.default': '{peer} との確立済み SA のリキーに失敗しました。',
  'why.REKEY_FAILED.withReason': '{peer} との確立済み SA のリキーに失敗しました: {reason}。',

  'code.SA_DELETED_BY_PEER.title': '対向が SA を削除しました',
  'code.SA_DELETED_BY_PEER.description': '対向が IKE SA または Child SA の Delete を送信し、トンネルは復旧しませんでした。',
  'why.SA_DELETED_BY_PEER.ike': '対向 {peer} が IKE SA を削除し、その後トンネルは再確立されていません。',
  'why.SA_DELETED_BY_PEER.child': '対向 {peer} が Child SA を削除し、その後新しい Child SA は確立されていません。',

  'code.STALE_SA.title': '不明な (古い) SA 宛てのメッセージ',
  'code.STALE_SA.description':
    '自側が保持していない SA を参照するメッセージを受信しました。期限切れ、削除済み、または一方が再起動してもう一方が古い SA を使い続けています。',
  'why.STALE_SA.default':
    '{peer} からのメッセージが自側にもう存在しない SA を参照しています ({count} 件)。一方が再起動または SA を削除し、もう一方が気付いていません。INITIAL_CONTACT や DPD で解消されます。',

  'code.TUNNEL_DOWN.title': 'トンネルが切断されました',
  'code.TUNNEL_DOWN.description': '機器がトンネルの切断を報告していますが、ログに原因は記録されていません。',
  'why.TUNNEL_DOWN.default': '{peer} とのトンネルが切断されました。ログに原因は記録されていません。',
  'why.TUNNEL_DOWN.withReason': '{peer} とのトンネルが切断されました: {reason}。',

  'code.CLOSED.title': '自側が切断しました',
  'code.CLOSED.description': 'トンネルは確立していましたが、自側が正常に切断しました。',
  'why.CLOSED.default': 'トンネルは確立していましたが、自側が SA を削除しました (管理者操作、停止、アイドルタイムアウト)。',

  'code.INCONCLUSIVE.title': '判断できるだけの根拠がありません',
  'code.INCONCLUSIVE.description': 'ネゴシエーションの一部は記録されていますが、成功も認識できる失敗も記録されていません。',
  'why.INCONCLUSIVE.default':
    'ネゴシエーションは {phase} まで進みましたが、成功も ikescope が認識できる失敗も記録されていません。対向のログや、より詳細なログレベルで原因が分かります。',
  'why.INCONCLUSIVE.childFailed':
    'ネゴシエーションは {phase} まで進み、子 SA が失敗しました: {reason}。この原因に当てはまる診断コードはありません。理由と対向のログから対処を判断してください。',
  'why.INCONCLUSIVE.answerLost':
    '対向 {peer} は最初のメッセージを再送しました（{count} 回）。この側は毎回応答しています。応答が対向に届いていないか、対向が受け入れていません。対向への戻り経路（この側からの UDP 500/4500 を落とすファイアウォールや NAT）と対向のログを確認してください。',
  'why.INCONCLUSIVE.halfOpen':
    '対向 {peer} はこのレスポンダとの IKE SA を開始しましたが、完了しませんでした。半開状態の SA はタイムアウトで破棄されました。対向がこちらの応答（証明書や ID）を受け入れなかったか、応答または対向の次のメッセージが途中で失われました（フラグメント、UDP 4500）。どちらかは対向のログで分かります。',

  'code.WEAK_CRYPTO.title': '弱い暗号が使われています',
  'code.WEAK_CRYPTO.description':
    'DES、3DES、MD5、SHA-1、DH グループ 1/2/5、事前共有鍵でのアグレッシブモード、または IKEv1 そのもの (RFC 8247、RFC 8221)。',
  'why.WEAK_CRYPTO.algorithms': '安全でないアルゴリズムまたはモードが提案・使用されています: {list}。',
  'why.WEAK_CRYPTO.ikev1': 'このトンネルは非推奨の IKEv1 (RFC 9395) を使っています。IKEv2 へ移行してください。',

  'code.LIFETIME_MISMATCH.title': 'SA のライフタイムが異なります',
  'code.LIFETIME_MISMATCH.description':
    '両端で SA のライフタイムが異なります。多くの実装は受け入れますが、拒否する実装もあり、リキーの衝突の原因になります。',
  'why.LIFETIME_MISMATCH.default': 'SA のライフタイムが異なります: 自側 {local}、対向 {remote}。',
};
export default messages;
