// ja messages: aws (AWS Site-to-Site VPN トンネル アクティビティ ログ)。キーは en/aws.ts と同じ。
const messages: Record<string, string> = {
  'explain.aws.peer-dead-v1': 'トンネル {tunnel} の IKEv1 デッドピア検出: カスタマーゲートウェイが DPD メッセージに応答せず、AWS が DPD タイムアウト アクションを実行します。',
  'explain.aws.dpd-timeout': 'トンネル {tunnel} の IKEv2 デッドピア検出が {n} 回の再送後にタイムアウトしました。カスタマーゲートウェイが応答しなくなりました。',
  'explain.aws.psk-decrypt-v1': 'IKEv1: AWS がカスタマーゲートウェイのメッセージを復号できません。両端の事前共有鍵が異なります。',
  'explain.aws.psk-mismatch': 'IKEv2: AWS がカスタマーゲートウェイ {cgw} との事前共有鍵の不一致を検出しました。',
  'explain.aws.no-proposal-aws': 'カスタマーゲートウェイのプロポーザル (暗号化、整合性、DH グループ) のどれもトンネル {tunnel} で許可されていません。',
  'explain.aws.no-proposal-notify': '一致するプロポーザルがなく、AWS が NO_PROPOSAL_CHOSEN を返しました (フェーズ 1 の状態 {phase1})。',
  'explain.aws.delete-child': 'カスタマーゲートウェイがフェーズ 2 SA (SPI {spi}) を削除しました。',
  'explain.aws.delete-ike': 'カスタマーゲートウェイが IKE SA を削除しました。',
  'explain.aws.rekey-collision': '両端が同時にチャイルド SA をリキーし、カスタマーゲートウェイがリキー中の SA を削除しました。',
  'explain.aws.redundant-sa': 'リキーの衝突で重複したチャイルド SA を削除します (RFC 7296 §2.8.1)。もう一方は残ります。',
  'explain.aws.child-failed': 'フェーズ 2 (チャイルド SA) を確立できませんでした。IKE SA は維持されます。',
  'explain.aws.ts-unacceptable': 'レスポンダがトラフィック セレクタを拒否しました (TS_UNACCEPTABLE)。両端のネットワークが異なります。',
  'explain.aws.auth-failed-sent': 'AWS がカスタマーゲートウェイを認証できず (IKE_AUTH)、AUTHENTICATION_FAILED を返します。',
  'explain.aws.half-open-timeout': 'カスタマーゲートウェイ {cgw} がネゴシエーションを続けなかったため、AWS が確立途中の IKE SA を削除します。',
  'explain.aws.exchange': 'IKEv2: AWS が {ex} {rr} (メッセージ ID {id}) を{verb}。',
  'explain.aws.dpd-request': 'AWS がトンネル {tunnel} でデッドピア検出の要求を送信します。',
  'explain.aws.dpd-response': 'カスタマーゲートウェイがデッドピア検出に応答しました。',
  'explain.aws.phase-established': 'トンネル {tunnel}: フェーズ {p} が確立しました。',
  'explain.aws.notify': 'AWS が通知 {n} を{dir}。',
  'explain.aws.peer-silent': 'カスタマーゲートウェイが応答しませんでした。',
  'explain.aws.state-only': 'トンネル {tunnel} の状態: フェーズ 1 {phase1}、フェーズ 2 {phase2}。',
  'explain.aws.other': '診断に関係しない AWS トンネルのメッセージ: {details}',
  'explain.aws.bgp': 'トンネル {tunnel} の BGP ログ ({st}): {text}',

  'fix.ESTABLISHED.aws':
    'AWS: 修正は不要です。通信できない場合は、VPC のルートテーブル (仮想プライベートゲートウェイからのルート伝播、またはトランジットゲートウェイのルート)、セキュリティグループとネットワーク ACL、トンネルの状態を確認します: `aws ec2 describe-vpn-connections --vpn-connection-ids <vpn-id> --query "VpnConnections[].VgwTelemetry"`。',
  'fix.PEER_UNREACHABLE.aws':
    'AWS: カスタマーゲートウェイ {peer} が応答しません。カスタマーゲートウェイのパブリック アドレスが AWS のカスタマーゲートウェイ (VPC > カスタマーゲートウェイ) の設定と同じか、両方のトンネル外部アドレスからの UDP 500、UDP 4500、ESP が届くか、機器側から開始するか AWS 側から開始させるかを確認します: VPN トンネルオプションの変更 > スタートアップアクション = 開始 (`aws ec2 modify-vpn-tunnel-options --vpn-connection-id <vpn-id> --vpn-tunnel-outside-ip-address <トンネル外部 IP> --tunnel-options StartupAction=start`)。',
  'fix.PEER_NOT_CONFIGURED.aws':
    'AWS: カスタマーゲートウェイのアドレスは VPN 接続のカスタマーゲートウェイ (VPC > Site-to-Site VPN 接続 > 詳細) と同じでなければなりません。アドレスが変わった場合は新しいカスタマーゲートウェイを作り、`aws ec2 modify-vpn-connection --vpn-connection-id <vpn-id> --customer-gateway-id <新しい cgw-id>` で付け替えます。機器の設定は「設定をダウンロードする」/ `aws ec2 get-vpn-connection-device-sample-configuration` で取り直します。',
  'fix.IKE_VERSION_MISMATCH.aws':
    'AWS: VPC > Site-to-Site VPN 接続 > アクション > VPN トンネルオプションの変更 > IKE バージョン (ikev1 / ikev2) をカスタマーゲートウェイと同じにします: `aws ec2 modify-vpn-tunnel-options --vpn-connection-id <vpn-id> --vpn-tunnel-outside-ip-address <トンネル外部 IP> --tunnel-options IKEVersions=[{Value=ikev2}]`。',
  'fix.MODE_MISMATCH.aws':
    'AWS: AWS のトンネルは IKEv1 メインモード (アグレッシブモードなし) または IKEv2、トンネルモードの ESP を使います。カスタマーゲートウェイをそれに合わせるか、トンネルで IKEv2 を許可します (`--tunnel-options IKEVersions=[{Value=ikev2}]`)。',
  'fix.IKE_PROPOSAL_MISMATCH.aws':
    'AWS: VPN トンネルオプションの変更 > フェーズ 1 の暗号化 / 整合性 / DH グループ番号に、カスタマーゲートウェイのものを含めます ({param}: AWS {local}、ピア {remote})。AWS で使えるのは AES128、AES256、AES128-GCM-16、AES256-GCM-16、SHA1、SHA2-256/384/512、DH グループ 2、14-24 です。CLI: `aws ec2 modify-vpn-tunnel-options --vpn-connection-id <vpn-id> --vpn-tunnel-outside-ip-address <トンネル外部 IP> --tunnel-options Phase1EncryptionAlgorithms=[{Value=AES256}],Phase1IntegrityAlgorithms=[{Value=SHA2-256}],Phase1DHGroupNumbers=[{Value=14}]`。',
  'fix.PSK_MISMATCH.aws':
    'AWS: 両端で同じ事前共有鍵を設定します: VPN トンネルオプションの変更 > 事前共有キー (8-64 文字、英数字と `.` `_`、0 で始まらない)、または `aws ec2 modify-vpn-tunnel-options --vpn-connection-id <vpn-id> --vpn-tunnel-outside-ip-address <トンネル外部 IP> --tunnel-options PreSharedKey=<鍵>`。鍵はトンネルごとに異なります。',
  'fix.ID_MISMATCH.aws':
    'AWS: AWS 側はトンネル外部アドレスを ID とし、カスタマーゲートウェイのパブリック アドレス (証明書認証では証明書) を期待します。カスタマーゲートウェイのローカル ID をパブリック アドレス (AWS のカスタマーゲートウェイに登録したアドレス)、リモート ID をトンネル外部アドレスにします。',
  'fix.CERT_INVALID.aws':
    'AWS: 証明書認証では、カスタマーゲートウェイの証明書は AWS Private CA が発行し、カスタマーゲートウェイ (VPC > カスタマーゲートウェイ > 証明書 ARN) と一致している必要があります。更新または再発行し、AWS 側のチェーンを機器にインポートします。',
  'fix.AUTH_FAILED.aws':
    'AWS: 両端の認証を比較します: トンネルの事前共有キー (VPN トンネルオプションの変更 > 事前共有キー、`--tunnel-options PreSharedKey=<鍵>`) または証明書、カスタマーゲートウェイが送る ID。',
  'fix.TS_MISMATCH.aws':
    'AWS: VPN 接続のトラフィック セレクタは「ローカル IPv4 ネットワーク CIDR」と「リモート IPv4 ネットワーク CIDR」(既定は 0.0.0.0/0) です: `aws ec2 modify-vpn-connection-options --vpn-connection-id <vpn-id> --local-ipv4-network-cidr <オンプレミス CIDR> --remote-ipv4-network-cidr <VPC CIDR>`。ポリシーベースのカスタマーゲートウェイはこれと同じものを提示するか (ピアの提示: ローカル {local}、リモート {remote})、0.0.0.0/0 の SA 1 つにします。',
  'fix.CHILD_PROPOSAL_MISMATCH.aws':
    'AWS: VPN トンネルオプションの変更 > フェーズ 2 の暗号化 / 整合性 / DH グループ番号に、カスタマーゲートウェイのものを含めます ({param}: AWS {local}、ピア {remote}): `--tunnel-options Phase2EncryptionAlgorithms=[{Value=AES256}],Phase2IntegrityAlgorithms=[{Value=SHA2-256}],Phase2DHGroupNumbers=[{Value=14}]`。',
  'fix.PFS_MISMATCH.aws':
    'AWS: AWS はフェーズ 2 で PFS を使います。カスタマーゲートウェイはトンネルのフェーズ 2 DH グループ番号のいずれかを使う必要があります (AWS {local}、ピア {remote})。`--tunnel-options Phase2DHGroupNumbers=[{Value=14}]` で変更するか、機器側でそのグループの PFS を有効にします。',
  'fix.DPD_PEER_DEAD.aws':
    'AWS: カスタマーゲートウェイ {peer} が DPD に応答しなくなった原因 (到達性、機器の負荷、UDP 500/4500 のフィルタやレート制限) を調べます。DPD の設定は VPN トンネルオプションの変更 > DPD タイムアウト (秒) と DPD タイムアウトアクション (クリア / なし / 再起動): `--tunnel-options DPDTimeoutSeconds=40,DPDTimeoutAction=restart`。再起動にすると、機器が応答した時点で AWS がトンネルを再確立します。',
  'fix.NAT_T_BLOCKED.aws':
    'AWS: NAT 配下のカスタマーゲートウェイには双方向の UDP 4500 (NAT-T) が必要です。両方のトンネル外部アドレスからの UDP 4500 を許可し、NAT のマッピングを維持します (機器側の DPD やキープアライブ)。',
  'fix.SA_DELETED_BY_PEER.aws':
    'AWS: カスタマーゲートウェイが SA を削除しました。理由は機器のログで確認します。スタートアップアクション = 開始、DPD タイムアウトアクション = 再起動 (`--tunnel-options StartupAction=start,DPDTimeoutAction=restart`) にすると AWS が再ネゴシエーションします。',
  'fix.STALE_SA.aws':
    'AWS: トンネルをリセットして両端をやり直させます: `aws ec2 replace-vpn-tunnel --vpn-connection-id <vpn-id> --vpn-tunnel-outside-ip-address <トンネル外部 IP>` (数分間ダウンします)。カスタマーゲートウェイ側の SA もクリアします。',
  'fix.TUNNEL_DOWN.aws':
    'AWS: トンネル切断の直前のログ行が原因を示します。`aws ec2 describe-vpn-connections --vpn-connection-ids <vpn-id>` で各トンネルの状態とメッセージを、AWS Health のイベントでトンネル エンドポイントの置き換えを確認します (VPC > Site-to-Site VPN 接続 > トンネルの詳細)。',
  'fix.REKEY_FAILED.aws':
    'AWS: トンネルのフェーズ 1 / フェーズ 2 ライフタイム (秒)、キー再生成マージン時間、フェーズ 2 DH グループをカスタマーゲートウェイと比較します (`--tunnel-options Phase1LifetimeSeconds=28800,Phase2LifetimeSeconds=3600,RekeyMarginTimeSeconds=540`)。',
  'fix.LIFETIME_MISMATCH.aws':
    'AWS: VPN トンネルオプションの変更 > フェーズ 1 ライフタイム (900-28800 秒) とフェーズ 2 ライフタイム (900-3600 秒) をカスタマーゲートウェイと同じにします: `--tunnel-options Phase1LifetimeSeconds=28800,Phase2LifetimeSeconds=3600`。',
  'fix.WEAK_CRYPTO.aws':
    'AWS: トンネルで強いアルゴリズムだけを許可します: `--tunnel-options IKEVersions=[{Value=ikev2}],Phase1EncryptionAlgorithms=[{Value=AES256-GCM-16}],Phase1IntegrityAlgorithms=[{Value=SHA2-384}],Phase1DHGroupNumbers=[{Value=20}],Phase2EncryptionAlgorithms=[{Value=AES256-GCM-16}],Phase2DHGroupNumbers=[{Value=20}]`。カスタマーゲートウェイも合わせます (SHA1 と DH グループ 2 を使わない)。',
  'fix.INCONCLUSIVE.aws':
    'AWS: 両方のトンネルでトンネル アクティビティ ログを有効にし (VPN トンネルオプションの変更 > トンネルアクティビティログ > 有効、CloudWatch ロググループ、出力形式 json; `--tunnel-options LogOptions={CloudWatchLogOptions={LogEnabled=true,LogGroupArn=<arn>,LogOutputFormat=json}}`)、ネゴシエーションを再現して、ログストリームをカスタマーゲートウェイのログと合わせて解析します。',
};
export default messages;
