// ja messages: fortigate (FortiGate の IKE デバッグ `diagnose debug application ike -1` と VPN イベントログ)。
// キーと差し込み項目は en/fortigate.ts と同じ。
const messages: Record<string, string> = {
  // ---- デバッグ出力 ----
  'explain.fortigate.comes': '{src} のポート {sport} から、この FortiGate の {dst} ポート {dport} に IKE パケットが届きました (インターフェース index {ifindex})。',
  'explain.fortigate.exchange': 'パケットは IKEv{v}、交換 {xchg} です。SPI/Cookie は {ispi}/{rspi}。',
  'explain.fortigate.hex-dump': 'IKE パケットの生データ (デバッグレベル -1) です。診断に使う情報はありません。',
  'explain.fortigate.mode-msg': 'IKEv1 {mode} モード: この FortiGate は {role} として、自側の {nth} メッセージを {verb} しました。',
  'explain.fortigate.v2-received': 'IKEv2: この FortiGate は {role} として {what} の {kind} を受信しました。',
  'explain.fortigate.sent-msg': 'この FortiGate が IKE メッセージ {what} を {src}:{sport} から {dst}:{dport} へ送信しました。',
  'explain.fortigate.vid': 'ピアがベンダー ID {vid} を送ってきました。',
  'explain.fortigate.prop-incoming': 'このあとにピアが提示したプロポーザルが続きます (proposal id ごとに 1 ブロック)。',
  'explain.fortigate.prop-mine': 'このあとにゲートウェイ {gw} でこの FortiGate に設定されたプロポーザルが続きます。上のピアのブロックと比べてください。',
  'explain.fortigate.prop-result': 'このあとに両端で合意したプロポーザルが続きます。',
  'explain.fortigate.prop-id': 'ブロック内のプロポーザル番号 {pid}。',
  'explain.fortigate.prop-protocol': 'プロトコル {proto} のプロポーザルです (ISAKMP/IKEv2: フェーズ 1、IPSEC_ESP: フェーズ 2)。',
  'explain.fortigate.prop-trans': 'トランスフォーム {trans} (鍵長 {klen})。',
  'explain.fortigate.prop-encap': 'カプセル化 {encap}。',
  'explain.fortigate.prop-attr': 'トランスフォーム属性 {type} = {val}。',
  'explain.fortigate.prop-lifetime': 'SA の有効期間 {life} 秒。',
  'explain.fortigate.prop-pfs': 'PFS ありのフェーズ 2、Diffie-Hellman グループ {grp}。',
  'explain.fortigate.prop-matched': 'IKEv2: ピアのプロポーザル {pid} がこの FortiGate の設定と一致しました。',
  'explain.fortigate.isakmp-sa': 'IKE SA {ispi}/{rspi} の鍵を計算しました (Diffie-Hellman 交換は成功)。',
  'explain.fortigate.established': 'フェーズ 1 確立: IKE SA {ispi}/{rspi} が確立しました。',
  'explain.fortigate.auth-ok': 'ピアの認証に成功しました ({what})。',
  'explain.fortigate.auth-failed': 'ピアの認証に失敗しました: {what} {why}。',
  'explain.fortigate.psk-mismatch': 'ピアの暗号化メッセージを読めませんでした。両端の事前共有鍵が異なる可能性が高いです。',
  'explain.fortigate.parse-error': '受信メッセージを解析できませんでした (復号後であれば、たいてい事前共有鍵の誤り)。',
  'explain.fortigate.peer-id': 'ピアは自身を {id} ({idtype}) と名乗っています。',
  'explain.fortigate.nat': 'NAT 検出の結果: {where} (ME = この FortiGate が NAT の内側、PEER = ピアが NAT の内側)。',
  'explain.fortigate.no-proposal': 'ピアのどのプロポーザルも設定 (暗号化、整合性/ハッシュ、DH グループ) と一致しません。ネゴシエーションは失敗します。',
  'explain.fortigate.proposal-not-match': 'ピアの SA プロポーザルがローカルポリシーと一致しません。両端のプロポーザルに共通するものがありません。',
  'explain.fortigate.no-suitable-proposal': '適合するプロポーザルがありません。両端に共通のプロポーザルがありません。',
  'explain.fortigate.negotiation-failure': 'IKE SA のネゴシエーションに失敗しました (理由は直前の行にあります)。',
  'explain.fortigate.negotiation-timeout': 'ネゴシエーションがタイムアウトしました。ピアが応答しなくなりました。',
  'explain.fortigate.notify-processing': 'ピアから通知 {name} を受信しました。',
  'explain.fortigate.error-notify-abort': 'ピアが {what} 交換にエラー通知で応答しました。ネゴシエーションを中止します。',
  'explain.fortigate.notify-send': 'この FortiGate がピアに通知 {name} を送信します。',
  'explain.fortigate.no-gateway': '要求を送ってきたピアに一致するフェーズ 1 (ゲートウェイ) がこの FortiGate にありません。',
  'explain.fortigate.dpd-failed': 'DPD (デッドピア検出) が断念しました。ピアが応答しません。',
  'explain.fortigate.p2-connect': '{src} から {dst}:{dport} へのフェーズ 2 を開始します。',
  'explain.fortigate.p2-housekeeping': 'フェーズ 2 の内部処理です。診断に使う情報はありません。',
  'explain.fortigate.no-phase2': 'ピアのフェーズ 2 セレクタ (ローカル/リモートのサブネット) がこのトンネルのどのフェーズ 2 とも一致しません。',
  'explain.fortigate.p2-proposal-failed': 'フェーズ 2 に失敗しました: {what}。',
  'explain.fortigate.ts-selectors': 'フェーズ 2 セレクタ {which}: {from} – {to}。',
  'explain.fortigate.sa-key': 'IPsec SA ({dir}、SPI {spi}) の鍵をインストールしました。',
  'explain.fortigate.added-sa': 'フェーズ 2 確立: IPsec SA をインストールしました。受信 SPI {in}、送信 SPI {out}。',
  'explain.fortigate.snmp-trap': 'トンネルが {updown} になりました (SNMP トラップ送信)。',
  'explain.fortigate.delete-sa': 'SA を削除します ({peer} {what1}{what2}{what3})。',
  'explain.fortigate.oper': 'トンネルインターフェースを {updown} にします。',
  'explain.fortigate.debug-other': '診断に使う情報のない FortiGate IKE デバッグ行です: {text}',
  // ---- イベントログ ----
  'explain.fortigate.ev-csv-header': 'ログのエクスポートのヘッダー行です。以下の行の列名を示します。',
  'explain.fortigate.ev-negotiate-error': '{logdesc}: トンネル {tunnel}、ピア {remip}、理由「{reason}」。',
  'explain.fortigate.ev-negotiate-progress': '{logdesc}: トンネル {tunnel}、ピア {remip}。',
  'explain.fortigate.ev-tunnel-up': '{remip} へのトンネル {tunnel} がアップしました。',
  'explain.fortigate.ev-tunnel-down': '{remip} へのトンネル {tunnel} がダウンしました。',
  'explain.fortigate.ev-phase2': 'トンネル {tunnel} のフェーズ 2 が {updown} になりました。',
  'explain.fortigate.ev-dpd': 'DPD: トンネル {tunnel} のピア {remip} が応答しません。',
  'explain.fortigate.ev-install-sa': 'トンネル {tunnel} の IPsec SA をインストールしました。',
  'explain.fortigate.ev-delete-sa': 'トンネル {tunnel} の SA を削除しました。',
  'explain.fortigate.ev-stats': 'トンネル {tunnel} の通信統計です。',
  'explain.fortigate.ev-other': '{logdesc} (トンネル {tunnel}、ピア {remip})。',

  // ---- FortiGate での対処 ----
  'fix.ESTABLISHED.fortigate':
    'FortiGate: 対処は不要です。通信が通らない場合は、トンネルインターフェースとのファイアウォールポリシー、リモートサブネットへのトンネル経由のスタティックルート、`diagnose vpn tunnel list name <トンネル>` (SA のカウンター) を確認します。',
  'fix.PEER_UNREACHABLE.fortigate':
    'FortiGate: 1) `execute ping-options source <WAN の IP>` のあと `execute ping {peer}`。2) `diagnose sniffer packet any "host {peer} and (udp port 500 or udp port 4500)" 4` で要求が出ていくか、応答が返るかを確認します。3) `config vpn ipsec phase1-interface` の `set remote-gw` と `set interface` を確認します (GUI: VPN > IPsec トンネル > トンネル > ネットワーク > リモートゲートウェイ / インターフェース)。4) 経路上のすべてのファイアウォールで UDP 500、UDP 4500、ESP を許可します。',
  'fix.PEER_NOT_CONFIGURED.fortigate':
    'FortiGate: {peer} 用のフェーズ 1 を追加・修正します: `config vpn ipsec phase1-interface` → `edit <トンネル>` → `set remote-gw {peer}` (ダイヤルアップのピアは `set type dynamic`)、`set interface <WAN>`、ピアと同じ `set ike-version` (GUI: VPN > IPsec トンネル > 新規作成、リモートゲートウェイ = スタティック IP アドレス {peer})。',
  'fix.IKE_VERSION_MISMATCH.fortigate':
    'FortiGate: `config vpn ipsec phase1-interface` → `edit <トンネル>` → `set ike-version 2` (またはピアに合わせて 1) (GUI: VPN > IPsec トンネル > トンネル > 編集 > ネットワーク > IKE バージョン)。',
  'fix.MODE_MISMATCH.fortigate':
    'FortiGate: IKEv1 の交換モードを `config vpn ipsec phase1-interface` の `set mode main` または `set mode aggressive` で (GUI: 認証 > IKE > モード)、フェーズ 2 のカプセル化を `config vpn ipsec phase2-interface` の `set encapsulation tunnel-mode` で、ピアに合わせます。',
  'fix.IKE_PROPOSAL_MISMATCH.fortigate':
    'FortiGate: `config vpn ipsec phase1-interface` → `edit <トンネル>` → `set proposal aes256-sha256 ...` と `set dhgrp 14 ...` で、少なくとも 1 つの組み合わせをピアと一致させます。{param} が異なります (この FortiGate {local}、ピア {remote}) (GUI: VPN > IPsec トンネル > トンネル > 編集 > フェーズ 1 プロポーザル: 暗号化、認証、Diffie-Hellman グループ)。`diagnose debug application ike -1` で両方の提示 (incoming proposal / my proposal) が表示されます。',
  'fix.PSK_MISMATCH.fortigate':
    'FortiGate: 両端で鍵を入力し直します: `config vpn ipsec phase1-interface` → `edit <トンネル>` → `set psksecret <鍵>` (GUI: VPN > IPsec トンネル > トンネル > 編集 > 認証 > 事前共有鍵)。末尾の空白や特殊文字に注意します。鍵が違うとレスポンダー側に "probable pre-shared secret mismatch" と表示されます。',
  'fix.ID_MISMATCH.fortigate':
    'FortiGate: この FortiGate が送る ID は `set localid <ID>` (`set localid-type` とともに)、受け入れる ID は `config vpn ipsec phase1-interface` の `set peertype one` + `set peerid <ID>` です (GUI: 認証 > 受け入れタイプ / ピア ID、フェーズ 1 > ローカル ID)。ピアのリモート/ローカル ID と一致させます。',
  'fix.CERT_INVALID.fortigate':
    'FortiGate: `config vpn ipsec phase1-interface` で `set authmethod signature`、`set certificate <ローカル証明書>`、`set peer <ユーザーピア>` を設定し、ピアの CA をインポートします (システム > 証明書 > インポート > CA 証明書)。有効期間、時刻 (`execute time`)、`config user peer` が要求するサブジェクトを確認します。',
  'fix.AUTH_FAILED.fortigate':
    'FortiGate: `set authmethod` (psk / signature)、`set psksecret` または証明書、`set localid` / `set peerid` をピアと比べます。両端で `diagnose debug application ike -1` を実行すると失敗した検査がわかります。',
  'fix.TS_MISMATCH.fortigate':
    'FortiGate: `config vpn ipsec phase2-interface` → `edit <フェーズ2>` → `set src-subnet <ローカルネットワーク>` / `set dst-subnet <リモートネットワーク>` (または src-name/dst-name のアドレスオブジェクト) をピアのセレクタと対称にします (ピアの提示: ローカル {local}、リモート {remote}) (GUI: VPN > IPsec トンネル > トンネル > 編集 > フェーズ 2 セレクタ > ローカル / リモートアドレス)。ルートベースのピアとは両端とも 0.0.0.0/0 にします。',
  'fix.CHILD_PROPOSAL_MISMATCH.fortigate':
    'FortiGate: `config vpn ipsec phase2-interface` → `edit <フェーズ2>` → `set proposal aes256-sha256 ...` にピアのフェーズ 2 の組み合わせを含めます。{param} が異なります (この FortiGate {local}、ピア {remote}) (GUI: フェーズ 2 セレクタ > 詳細 > 暗号化 / 認証)。',
  'fix.PFS_MISMATCH.fortigate':
    'FortiGate: `config vpn ipsec phase2-interface` → `edit <フェーズ2>` → `set pfs enable` + `set dhgrp <グループ>` をピアに合わせるか (この FortiGate {local}、ピア {remote})、両端で `set pfs disable` にします (GUI: フェーズ 2 セレクタ > 詳細 > Perfect Forward Secrecy (PFS) を有効化、Diffie-Hellman グループ)。',
  'fix.DPD_PEER_DEAD.fortigate':
    'FortiGate: {peer} が応答しなくなった原因 (到達性、ピアの状態、経路上の UDP 500/4500) を調べます。DPD の設定は `config vpn ipsec phase1-interface` の `set dpd on-idle`、`set dpd-retrycount`、`set dpd-retryinterval` です (GUI: フェーズ 1 > デッドピア検出)。フェーズ 2 の `set auto-negotiate enable` で、ピアが戻ればトンネルが再確立します。',
  'fix.NAT_T_BLOCKED.fortigate':
    'FortiGate: `config vpn ipsec phase1-interface` で `set nattraversal enable` (または `forced`) にします (GUI: ネットワーク > NAT トラバーサル)。経路上のすべての機器で UDP 4500 を双方向に許可し、`set keepalive 10` で NAT のマッピングを維持します。',
  'fix.SA_DELETED_BY_PEER.fortigate':
    'FortiGate: ピアが SA を削除した理由をピアのログで確認します。`config vpn ipsec phase2-interface` の `set auto-negotiate enable` と `set keepalive enable` で、通信がなくてもトンネルを再確立します。',
  'fix.STALE_SA.fortigate':
    'FortiGate: 両端でトンネルの SA を消去します: `diagnose vpn ike gateway clear name <トンネル>`。再起動したピアに気付けるよう DPD (`set dpd on-idle`) を有効にします。',
  'fix.TUNNEL_DOWN.fortigate':
    'FortiGate: tunnel-down の前の行が原因を示します。現在の状態は `diagnose vpn ike gateway list name <トンネル>` と `get vpn ipsec tunnel summary` で確認し、`diagnose vpn tunnel up <フェーズ2> <トンネル>` で確立します (GUI: ダッシュボード > ネットワーク > IPsec > 起動)。',
  'fix.REKEY_FAILED.fortigate':
    'FortiGate: 有効期間 (phase1-interface の `set keylife`、phase2-interface の `set keylifeseconds`) とフェーズ 2 の PFS グループをピアと比べます。',
  'fix.LIFETIME_MISMATCH.fortigate':
    'FortiGate: `config vpn ipsec phase1-interface` の `set keylife <秒>` と `config vpn ipsec phase2-interface` の `set keylifeseconds <秒>` をピアに合わせます。',
  'fix.WEAK_CRYPTO.fortigate':
    'FortiGate: phase1-interface で `set ike-version 2`、`set proposal aes256gcm-prfsha384 aes256-sha256`、`set dhgrp 20 19 14`、phase2-interface で `set proposal aes256gcm aes256-sha256`、`set dhgrp 20` にし、des/3des/md5/sha1 と DH グループ 1、2、5 を外します。',
  'fix.INCONCLUSIVE.fortigate':
    'FortiGate: ネゴシエーションを取得します: `diagnose debug reset`、`diagnose vpn ike log filter rem-addr4 {peer}` (6.x: `diagnose vpn ike log-filter dst-addr4 {peer}`)、`diagnose debug application ike -1`、`diagnose debug console timestamp enable`、`diagnose debug enable` のあとトンネルを起動し、出力を解析します (終わったら `diagnose debug disable`)。',
};
export default messages;
