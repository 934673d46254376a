// ja messages: fix steps per code and vendor family (`fix.<CODE>.<family>`)
const messages: Record<string, string> = {
  'fix.ESTABLISHED.generic': '対処は不要です。それでも通信できない場合は、ルーティング、ファイアウォールルール、セレクタを確認してください。',

  'fix.PEER_UNREACHABLE.generic':
    '{peer} が正しいアドレスで到達可能か (ping、traceroute)、経路上のすべてのファイアウォールで UDP 500 と 4500 (および ESP、プロトコル 50) が許可されているか確認してください。',
  'fix.PEER_UNREACHABLE.strongswan':
    'strongSwan: swanctl.conf の `remote_addrs` (ipsec.conf では `right=`) を確認。対向で `swanctl --list-sas`。両端で `tcpdump -ni any udp port 500 or udp port 4500` を実行すると、どこでパケットが止まるか分かります。',
  'fix.PEER_UNREACHABLE.libreswan':
    'Libreswan: ipsec.conf の conn の `right=` を確認。対向で `ipsec status`。両端で `tcpdump -ni any udp port 500 or udp port 4500`。',
  'fix.PEER_UNREACHABLE.qno': 'ルーター: トンネルのリモートゲートウェイのアドレスと、対向の WAN が UDP 500/4500 を受け付けるか確認してください。',
  'fix.PEER_UNREACHABLE.cisco-asa':
    'ASA: `crypto map <map> <seq> set peer` / tunnel-group 名、`ping outside {peer}`、経路で UDP 500/4500 が通るかを確認。両端で `show crypto isakmp sa`。',
  'fix.PEER_UNREACHABLE.cisco-ios':
    'IOS: crypto map の `set peer` / `crypto ikev2 profile` の match、`ping {peer} source <WAN IF>`、UDP 500/4500 の ACL を確認してください。',
  'fix.PEER_UNREACHABLE.peer': '対向側: IKE デーモンが起動し UDP 500 で待ち受けているか、自側のアドレスがピアとして設定されているか。',

  'fix.PEER_NOT_CONFIGURED.generic':
    'レスポンダで {peer} 用の接続設定を追加・修正してください。ピアアドレス (または ID) がイニシエータの使うものと一致している必要があります。',
  'fix.PEER_NOT_CONFIGURED.strongswan':
    'strongSwan: `remote_addrs` (ipsec.conf では `right=`) と IKE バージョン・プロポーザルが {peer} に一致する接続。`swanctl --list-conns` で読み込まれているか確認 (`swanctl --load-all`)。',
  'fix.PEER_NOT_CONFIGURED.libreswan':
    'Libreswan: `right={peer}` (リモートアクセスなら `right=%any`) で、イニシエータと同じ `authby=` (secret/rsasig) と `ikev2=` の conn を作成し、`ipsec auto --add <conn>`。',
  'fix.PEER_NOT_CONFIGURED.qno': 'ルーター: リモートゲートウェイが {peer} のトンネルを、対向と同じ事前共有鍵とモードで追加してください。',
  'fix.PEER_NOT_CONFIGURED.cisco-asa': 'ASA: `tunnel-group {peer} type ipsec-l2l` と ipsec-attributes、crypto map エントリ `set peer {peer}` を追加。',
  'fix.PEER_NOT_CONFIGURED.cisco-ios': 'IOS: keyring / `crypto isakmp key ... address {peer}`、または IKEv2 プロファイル `match identity remote address {peer}` を追加。',
  'fix.PEER_NOT_CONFIGURED.peer': 'イニシエータ側: 正しいゲートウェイアドレスへ接続し、レスポンダが期待する ID を提示しているか確認してください。',

  'fix.IKE_VERSION_MISMATCH.generic': '両端を同じ IKE バージョンにしてください (両方が対応していれば IKEv2)。',
  'fix.IKE_VERSION_MISMATCH.strongswan': 'strongSwan: swanctl.conf の接続で `version = 2` (または 1)。ipsec.conf では `keyexchange=ikev2`。',
  'fix.IKE_VERSION_MISMATCH.libreswan': 'Libreswan: conn に `ikev2=yes` (4.x) または `keyexchange=ikev2` (5.x)。IKEv1 には `ikev1-policy=accept` が必要です。',
  'fix.IKE_VERSION_MISMATCH.peer': '対向側: 同じ IKE バージョン。',

  'fix.MODE_MISMATCH.generic': '両端で同じモードを使ってください: IKEv1 はメイン (またはアグレッシブ) モード、Child SA はトンネル (またはトランスポート) モード。',
  'fix.MODE_MISMATCH.strongswan':
    'strongSwan: 接続の `aggressive = yes|no` (ipsec.conf `aggressive=`)、child の `mode = tunnel|transport`。レスポンダで PSK のアグレッシブモードを使うには `charon.i_dont_care_about_security_and_use_aggressive_mode_psk` が必要です。',
  'fix.MODE_MISMATCH.libreswan': 'Libreswan: conn の `aggressive=yes|no` と `type=tunnel|transport`。',
  'fix.MODE_MISMATCH.peer': '対向側: 同じ交換モードとカプセル化モード。',

  // Filled into fixes when the log does not show which parameter differs.
  'fix.var.param': 'プロポーザル',
  'fix.var.local': 'こちらのいずれかの値',
  'fix.var.remote': '対向の設定を参照',
  'fix.IKE_PROPOSAL_MISMATCH.generic':
    '両端の IKE (フェーズ1) プロポーザルに共通の組み合わせを少なくとも 1 つ用意してください。{param} が異なります: 自側 {local}、対向 {remote}。',
  'fix.IKE_PROPOSAL_MISMATCH.strongswan':
    'strongSwan: swanctl.conf の接続の `proposals = ` (ipsec.conf `ike=`) を編集し、対向の {param} ({remote}) を追加 (例 `proposals = aes256-sha256-modp2048,...`)。その後 `swanctl --load-conns`。',
  'fix.IKE_PROPOSAL_MISMATCH.libreswan':
    'Libreswan: conn の `ike=` (例 `ike=aes256-sha2_256;modp2048`) に対向の {param} ({remote}) を含め、`ipsec auto --replace <conn>`。',
  'fix.IKE_PROPOSAL_MISMATCH.qno': 'ルーター: トンネルのフェーズ1 の暗号化、認証 (ハッシュ)、DH グループを対向の値に合わせてください。',
  'fix.IKE_PROPOSAL_MISMATCH.cisco-asa': 'ASA: 対向の {param} ({remote}) を持つ `crypto ikev1 policy` / `crypto ikev2 policy` (encryption、integrity/hash、group、prf) を追加。',
  'fix.IKE_PROPOSAL_MISMATCH.cisco-ios': 'IOS: 対向の {param} ({remote}) を持つ `crypto isakmp policy` または `crypto ikev2 proposal` を追加し、IKEv2 policy から参照。',
  'fix.IKE_PROPOSAL_MISMATCH.peer': 'または対向側の {param} を {local} に変更してください。',

  'fix.PSK_MISMATCH.generic': '両端に同じ事前共有鍵を設定してください (両方で入力し直し、末尾の空白や引用符に注意)。',
  'fix.PSK_MISMATCH.strongswan':
    'strongSwan: swanctl.conf の `secrets { ike-... { id = ...; secret = ... } }` の `secret` (ipsec.secrets では `<ID> : PSK "..."`) を、使用している ID に合わせて設定し、`swanctl --load-creds`。',
  'fix.PSK_MISMATCH.libreswan': 'Libreswan: /etc/ipsec.secrets (または ipsec.d/*.secrets) の該当 ID の PSK 行を修正し、`ipsec auto --rereadsecrets`。',
  'fix.PSK_MISMATCH.qno': 'ルーター: 両端でトンネルの事前共有鍵を入力し直してください。',
  'fix.PSK_MISMATCH.cisco-asa': 'ASA: `tunnel-group {peer} ipsec-attributes` の `ikev1 pre-shared-key` / `ikev2 remote-authentication pre-shared-key` と `ikev2 local-authentication pre-shared-key`。',
  'fix.PSK_MISMATCH.cisco-ios': 'IOS: `crypto isakmp key <key> address {peer}`、または `crypto ikev2 keyring` の `pre-shared-key`。',
  'fix.PSK_MISMATCH.peer': '対向側: 同じ鍵を、自側が提示する ID に対応付けて設定。',

  'fix.ID_MISMATCH.generic': '各端が送る ID を、もう一方が期待する ID (IP アドレス、FQDN、ユーザー FQDN、DN) に一致させてください。',
  'fix.ID_MISMATCH.strongswan': 'strongSwan: swanctl.conf の `local { id = ... }` と `remote { id = ... }` (ipsec.conf `leftid=` / `rightid=`)。',
  'fix.ID_MISMATCH.libreswan': 'Libreswan: conn の `leftid=` / `rightid=` (例: `@fqdn`、アドレス、証明書の DN)。',
  'fix.ID_MISMATCH.peer': '対向側: そのローカル ID が、自側が期待するリモート ID と一致している必要があります。',

  'fix.CERT_INVALID.generic': '証明書チェーン (検証側で信頼された CA)、有効期間と時計、失効、ID が subject または subjectAltName に含まれているかを確認してください。',
  'fix.CERT_INVALID.strongswan':
    'strongSwan: CA 証明書を /etc/swanctl/x509ca に置いて `swanctl --load-creds`。`pki --print --in <cert>` で有効期間と subjectAltName を確認。`remote { id = }` は証明書に含まれている必要があります。',
  'fix.CERT_INVALID.libreswan': 'Libreswan: CA を NSS データベースにインポート (`certutil -A -d sql:/var/lib/ipsec/nss -t CT,, ...`) し、`leftcert=` / `rightid=` を確認。',
  'fix.CERT_INVALID.peer': '対向側: ID が送信する ID と一致する、有効な証明書。',

  'fix.EAP_AUTH_FAILED.generic': 'ユーザーの資格情報と、認証サーバー (RADIUS) のこのユーザーに関するログを確認してください。',
  'fix.EAP_AUTH_FAILED.strongswan': 'strongSwan: swanctl.conf の `eap` シークレットまたは eap-radius プラグインの設定。`remote { auth = eap-... }` はクライアントの方式と一致する必要があります。',
  'fix.EAP_AUTH_FAILED.cisco-asa': 'ASA: `tunnel-group <name> general-attributes` の authentication-server-group と、AAA サーバーのこのユーザーのログ。',
  'fix.EAP_AUTH_FAILED.peer': 'クライアント側: ユーザー名、パスワード、EAP 方式。',

  'fix.AUTH_FAILED.generic': '両端の認証方式、事前共有鍵または証明書、ID を比較してください。正確な理由は対向のログにあります。',
  'fix.AUTH_FAILED.strongswan': 'strongSwan: swanctl.conf の `local`/`remote` セクション (auth、id、certs) とシークレット。',
  'fix.AUTH_FAILED.libreswan': 'Libreswan: `authby=`、`leftid=`/`rightid=`、シークレットまたは証明書。',
  'fix.AUTH_FAILED.peer': '対向側: 同時刻のログを確認してください。鍵、ID、証明書のどれが失敗したかが記録されています。',

  'fix.TS_MISMATCH.generic': '保護対象ネットワークを鏡像にしてください: 自側のローカルネットワークが対向のリモートネットワーク、その逆も同様です。',
  'fix.TS_MISMATCH.strongswan': 'strongSwan: swanctl.conf の child の `local_ts` / `remote_ts` (ipsec.conf `leftsubnet=` / `rightsubnet=`)。',
  'fix.TS_MISMATCH.libreswan': 'Libreswan: conn の `leftsubnet=` / `rightsubnet=` (または `leftsubnets=`)。',
  'fix.TS_MISMATCH.qno': 'ルーター: トンネルのローカル/リモートサブネットを対向の鏡像にしてください。',
  'fix.TS_MISMATCH.cisco-asa': 'ASA: crypto map エントリの暗号 ACL (`access-list <acl> extended permit ip <local> <remote>`) を対向の鏡像に。',
  'fix.TS_MISMATCH.cisco-ios': 'IOS: 暗号 ACL (`match address`)、または VTI なら両端とも `ip any any` セレクタ。',
  'fix.TS_MISMATCH.peer': '対向側: そのローカル/リモートネットワークが自側のリモート/ローカルネットワークである必要があります。',

  'fix.CHILD_PROPOSAL_MISMATCH.generic': 'Child SA (フェーズ2、ESP) のプロポーザルに、暗号化と完全性の共通の組み合わせを少なくとも 1 つ用意してください。',
  'fix.CHILD_PROPOSAL_MISMATCH.strongswan': 'strongSwan: swanctl.conf の child の `esp_proposals = ` (ipsec.conf `esp=`)、例 `esp_proposals = aes256-sha256`。拡張シーケンス番号はプロポーザル内の `esn` / `noesn`（指定なし = ESN なし）で選びます。',
  'fix.CHILD_PROPOSAL_MISMATCH.libreswan': 'Libreswan: conn の `esp=` (5.x は `child-proposals=`)、例 `esp=aes256-sha2_256`。拡張シーケンス番号は別のキー `esn=yes|no|either` です。',
  'fix.CHILD_PROPOSAL_MISMATCH.qno': 'ルーター: トンネルのフェーズ2 の暗号化と認証を対向の値に合わせてください。',
  'fix.CHILD_PROPOSAL_MISMATCH.cisco-asa': 'ASA: crypto map エントリが使う `crypto ipsec ikev1 transform-set` / `crypto ipsec ikev2 ipsec-proposal`。',
  'fix.CHILD_PROPOSAL_MISMATCH.cisco-ios': 'IOS: crypto map または `crypto ipsec profile` から参照する `crypto ipsec transform-set`。',
  'fix.CHILD_PROPOSAL_MISMATCH.peer': 'または対向のフェーズ2 プロポーザルを自側が受け入れるものに変更してください。',

  'fix.PFS_MISMATCH.generic': '両端で同じ PFS 設定にしてください: Child SA に同じ DH グループ、または両方とも PFS なし。',
  'fix.PFS_MISMATCH.strongswan': 'strongSwan: `esp_proposals` に DH グループを追加/削除 (PFS ありは `aes256-sha256-modp2048`、なしは `aes256-sha256`)。',
  'fix.PFS_MISMATCH.libreswan': 'Libreswan: `pfs=yes|no` と `esp=` 内のグループ (例 `esp=aes256-sha2_256;modp2048`)。',
  'fix.PFS_MISMATCH.cisco-asa': 'ASA: 対向に合わせて `crypto map <map> <seq> set pfs group<N>` を設定 (または削除)。',
  'fix.PFS_MISMATCH.cisco-ios': 'IOS: crypto map または IPsec プロファイルの `set pfs group<N>` を設定 (または削除)。',
  'fix.PFS_MISMATCH.peer': '対向側: 同じ PFS グループ、または両方とも PFS なし。',

  'fix.LOCAL_SA_INSTALL_FAILED.generic': 'カーネルの IPsec 対応 (ESP/XFRM モジュール)、競合する SA やポリシー (`ip xfrm state`、`ip xfrm policy`)、ホストの権限を確認してください。',
  'fix.LOCAL_SA_INSTALL_FAILED.libreswan': 'Libreswan: カーネルモジュールをロード (`modprobe esp4 xfrm_user`)。ESP のないコンテナ/VPS のカーネルでは ESP のあるホストを使用。`ipsec verify` でカーネルを確認できます。',
  'fix.LOCAL_SA_INSTALL_FAILED.strongswan': 'strongSwan: kernel-netlink プラグインとモジュールを確認。カーネルに ESP がない場合はユーザー空間データパス (`kernel-libipsec` プラグイン) を使用。',
  'fix.LOCAL_SA_INSTALL_FAILED.peer': '対向側の変更は不要です: 失敗はこのホスト固有です。',

  'fix.DPD_PEER_DEAD.generic': '対向が応答しなくなった理由 (再起動、回線断、NAT タイムアウト) を調べてください。経路の損失が多い場合は DPD の間隔/タイムアウトを延ばしてください。',
  'fix.DPD_PEER_DEAD.strongswan': 'strongSwan: 接続の `dpd_delay` と `dpd_timeout` (IKEv1)、child の `dpd_action` (`restart` で再接続)。',
  'fix.DPD_PEER_DEAD.libreswan': 'Libreswan: conn の `dpddelay=`、`dpdtimeout=`、`dpdaction=restart`。',
  'fix.DPD_PEER_DEAD.qno': 'ルーター: 対向の WAN 回線を確認してください。DPD は有効のままにすると、対向復旧時にトンネルが再構築されます。',
  'fix.DPD_PEER_DEAD.cisco-asa': 'ASA: `tunnel-group {peer} ipsec-attributes` の `isakmp keepalive threshold <秒> retry <秒>`。',
  'fix.DPD_PEER_DEAD.cisco-ios': 'IOS: `crypto isakmp keepalive <秒> <再試行> periodic`、または IKEv2 プロファイルの `dpd`。',
  'fix.DPD_PEER_DEAD.peer': '対向側: 稼働しているか、WAN 回線、DPD (R-U-THERE / 空の INFORMATIONAL) に応答するかを確認。',

  'fix.NAT_T_BLOCKED.generic': '経路上のすべてのファイアウォール/NAT で UDP 4500 を双方向に許可してください (キープアライブで NAT マッピングも維持)。',
  'fix.NAT_T_BLOCKED.strongswan': 'strongSwan: `encap = yes` で UDP カプセル化を強制、strongswan.conf の `keep_alive` で NAT マッピングを維持。経路で UDP 4500 が通る必要があります。',
  'fix.NAT_T_BLOCKED.libreswan': 'Libreswan: `encapsulation=yes` と `nat-keepalive=yes`。経路で UDP 4500 が通る必要があります。',
  'fix.NAT_T_BLOCKED.peer': '対向側とそのファイアウォール: 自側からの UDP 4500 を受け付けること。',

  'fix.FRAGMENTATION_DROPPED.generic': '両端で IKE フラグメンテーション (RFC 7383) を有効にするか、経路 MTU を修正 / IP フラグメントを通してください。',
  'fix.FRAGMENTATION_DROPPED.strongswan': 'strongSwan: 接続の `fragmentation = yes` (または `force`)、strongswan.conf の `charon.fragment_size`。',
  'fix.FRAGMENTATION_DROPPED.libreswan': 'Libreswan: conn の `fragmentation=yes` (または `force`)。',
  'fix.FRAGMENTATION_DROPPED.cisco-asa': 'ASA: `crypto ikev2 fragmentation mtu <n>`。IKEv1 は `crypto isakmp fragmentation`。',
  'fix.FRAGMENTATION_DROPPED.peer': '対向側: 同様に IKE フラグメンテーションを有効に。',

  'fix.REKEY_FAILED.generic': '両端のリキー用プロポーザル (PFS グループを含む) とライフタイムを比較してください。リキーでは PFS 付きの Child プロポーザルが使われます。',
  'fix.REKEY_FAILED.strongswan': 'strongSwan: child の `rekey_time` と `esp_proposals` (リキーで使う DH グループ)。',
  'fix.REKEY_FAILED.libreswan': 'Libreswan: conn の `salifetime=`、`ikelifetime=`、`rekey=`、`pfs=`。',
  'fix.REKEY_FAILED.peer': '対向側: 同じリキー用プロポーザルと PFS グループ。',

  'fix.SA_DELETED_BY_PEER.generic': '対向が SA を削除した理由 (管理者操作、リキーなしのライフタイム満了、対向の DPD、ポリシー変更) を対向のログで確認してください。',
  'fix.SA_DELETED_BY_PEER.strongswan': 'strongSwan: swanctl の child で `close_action = restart` にすると対向の削除後に再接続、`start_action = start` で常時接続。',
  'fix.SA_DELETED_BY_PEER.libreswan': 'Libreswan: `auto=start` と `keyingtries=%forever` で対向の削除後も接続を維持。',
  'fix.SA_DELETED_BY_PEER.peer': '対向側: なぜ SA を削除したか。',

  'fix.STALE_SA.generic': '通常は一方の再起動後の一時的な現象です。続く場合は DPD と INITIAL_CONTACT を有効にするか、両端で SA をクリアしてください。',
  'fix.STALE_SA.strongswan': 'strongSwan: `swanctl --terminate --ike <name>` の後 `swanctl --initiate --child <child>`。`dpd_delay` を有効に。',
  'fix.STALE_SA.libreswan': 'Libreswan: `ipsec auto --down <conn>` の後 `ipsec auto --up <conn>`。`dpddelay=`/`dpdaction=` を設定。',
  'fix.STALE_SA.qno': 'ルーター: トンネルを切断して再接続してください。DPD は有効のままに。',
  'fix.STALE_SA.cisco-ios': 'IOS: `clear crypto session remote {peer}`。`crypto isakmp invalid-spi-recovery` とキープアライブを有効に。',
  'fix.STALE_SA.peer': '対向側: 自側向けの SA をクリアするか、再起動に気付けるよう DPD を有効に。',

  'fix.TUNNEL_DOWN.generic': '切断直前の行と、対向のログで原因を確認してください。',
  'fix.TUNNEL_DOWN.peer': '対向側: 同時刻のログ。',

  'fix.CLOSED.generic': '意図した切断であれば問題ありません。常時接続にするには自動起動を設定してください。',
  'fix.CLOSED.strongswan': 'strongSwan: child に `start_action = start` (または `trap`)。',
  'fix.CLOSED.libreswan': 'Libreswan: conn に `auto=start` (または `auto=route`)。',

  'fix.INCONCLUSIVE.generic': '同時刻の対向のログを取得するか、ログレベルを上げて、両方のログをまとめて解析してください。',
  'fix.INCONCLUSIVE.strongswan': 'strongSwan: strongswan.conf のログレベルを上げて (`filelog { ... { ike = 2 cfg = 2 } }`) 再試行。',
  'fix.INCONCLUSIVE.libreswan': 'Libreswan: config setup に一時的に `plutodebug=all` を設定して再試行。',
  'fix.INCONCLUSIVE.cisco-asa': 'ASA: トンネル開始時に `debug crypto ikev2 protocol 127` / `debug crypto ikev1 127`。',
  'fix.INCONCLUSIVE.cisco-ios': 'IOS: トンネル開始時に `debug crypto isakmp`、`debug crypto ipsec` (`debug crypto ikev2`)。',

  'fix.WEAK_CRYPTO.generic': '両端を IKEv2、AES-GCM または AES-CBC + SHA-256 以上、DH グループ 14、19、20、31 に移行してください。',
  'fix.WEAK_CRYPTO.strongswan': 'strongSwan: 例 `proposals = aes256gcm16-prfsha384-ecp384`、`esp_proposals = aes256gcm16-ecp384`、`version = 2`。',
  'fix.WEAK_CRYPTO.libreswan': 'Libreswan: 例 `ike=aes_gcm256-sha2_384;dh20`、`esp=aes_gcm256`、IKEv2。',
  'fix.WEAK_CRYPTO.qno': 'ルーター: AES と SHA-256 以上、DH グループ 14 以上、メインモードを選択してください。',
  'fix.WEAK_CRYPTO.cisco-asa': 'ASA: `crypto ikev2 policy` に `encryption aes-gcm-256`、`prf sha384`、`group 20`。DES/3DES/MD5 の transform-set を削除。',
  'fix.WEAK_CRYPTO.cisco-ios': 'IOS: `crypto ikev2 proposal` に `encryption aes-gcm-256`、`prf sha384`、`group 20`。',
  'fix.WEAK_CRYPTO.peer': '対向側: 同じ強いプロポーザル (両端を同時に変更する必要があります)。',

  'fix.LIFETIME_MISMATCH.generic': '両端で同じライフタイムを使ってください (例: IKE は 8 時間 / 28800 秒、Child SA は 1 時間 / 3600 秒)。',
  'fix.LIFETIME_MISMATCH.peer': '対向側: 同じライフタイム。',
};
export default messages;
