// ja messages: gcp (Cloud Logging の Google Cloud VPN ログ)。キーは en/gcp.ts と同じ。
const messages: Record<string, string> = {
  'explain.gcp.charon': 'Cloud VPN ゲートウェイ {gateway}、トンネル {tunnel}: ゲートウェイの IKE デーモンのメッセージです (strongSwan charon の出力として読みます)。',
  'explain.gcp.proposal-mismatch': 'Cloud VPN トンネル {tunnel}: ピアは {sa} SA について Cloud VPN のプロポーザルをどれも受け入れませんでした (NO_PROPOSAL_CHOSEN): {all}',
  'explain.gcp.ts-narrowed': 'Cloud VPN トンネル {tunnel}: ネゴシエーションで {side} 側のトラフィックセレクタが狭められました。ピアのセレクタがトンネルのものと異なります: {all}',
  'explain.gcp.maintenance': 'Cloud VPN トンネル {tunnel}: Google による VPN ゲートウェイのメンテナンスです ({all})。その間トンネルが一時的にダウンすることがあります。',
  'explain.gcp.tunnel-state': 'Cloud VPN トンネル {tunnel} が {st} になりました。',
  'explain.gcp.tunnel-status': 'Cloud VPN トンネル {tunnel} (ピア {peer}) の状態は {status} です: {detail}',
  'explain.gcp.field': 'Cloud Logging エントリのフィールド {key} ({value})。',
  'explain.gcp.other': '診断に関係しない Cloud VPN ゲートウェイのメッセージ: {text}',

  'fix.ESTABLISHED.gcp':
    'Google Cloud: 修正は不要です。通信できない場合は、Cloud Router の BGP セッション (`gcloud compute routers get-status <router> --region <region>`) またはトンネルへの静的ルート、オンプレミス範囲に対する VPC ファイアウォール ルール、`gcloud compute vpn-tunnels describe <tunnel> --region <region> --format="value(status,detailedStatus)"` を確認します。',
  'fix.PEER_UNREACHABLE.gcp':
    'Google Cloud: ピア {peer} が応答しません。トンネルのピア アドレス (`gcloud compute vpn-tunnels describe <tunnel> --region <region> --format="value(peerIp)"`、または外部 VPN ゲートウェイのインターフェース アドレス `gcloud compute external-vpn-gateways describe <peer-gw>`) と、Cloud VPN ゲートウェイのインターフェース アドレスからの UDP 500、UDP 4500、ESP が機器に届くかを確認します。',
  'fix.PEER_NOT_CONFIGURED.gcp':
    'Google Cloud: {peer} 用のトンネルを作成します: `gcloud compute external-vpn-gateways create <peer-gw> --interfaces 0=<ピアのパブリック IP>`、続いて `gcloud compute vpn-tunnels create <tunnel> --region <region> --vpn-gateway <ha-vpn-gw> --interface 0 --peer-external-gateway <peer-gw> --peer-external-gateway-interface 0 --router <router> --ike-version 2 --shared-secret <secret>`。',
  'fix.IKE_VERSION_MISMATCH.gcp':
    'Google Cloud: トンネルの IKE バージョンは作成時に決まります。削除して (`gcloud compute vpn-tunnels delete <tunnel> --region <region>`)、ピアと同じ `--ike-version 2` (または 1) で作り直します。HA VPN で IKEv1 を使うにはピアの対応が必要です。',
  'fix.MODE_MISMATCH.gcp':
    'Google Cloud: Cloud VPN は IKEv1 メインモード (アグレッシブモードなし) または IKEv2、トンネルモードの ESP を使います。ピアをそれに合わせます。',
  'fix.IKE_PROPOSAL_MISMATCH.gcp':
    'Google Cloud: Cloud VPN はサポートする暗号をすべて提示し、絞り込めません。ピアをそのいずれかに設定します ({param}: ピア {remote})。フェーズ 1 (IKEv2): 暗号化 AES-GCM-16/12/8 (128/192/256) または AES-CBC-128/192/256、整合性 HMAC-SHA2-256-128、HMAC-SHA2-384-192、HMAC-SHA2-512-256 (HMAC-SHA1-96)、PRF PRF-HMAC-SHA2-256/384/512 (PRF-HMAC-SHA1、PRF-AES128-XCBC/CMAC)、DH グループ 14、15、16、19、20、21 (および 2、5、18、22-24、31)。Cloud VPN のドキュメント「サポートされている IKE 暗号」を参照してください。',
  'fix.PSK_MISMATCH.gcp':
    'Google Cloud: 既存のトンネルの共有シークレットは変更できません。削除してピアの鍵で作り直すか (`gcloud compute vpn-tunnels create <tunnel> ... --shared-secret <secret>`、鍵は `openssl rand -base64 24` などで生成)、ピアをトンネルのシークレットに合わせます。',
  'fix.ID_MISMATCH.gcp':
    'Google Cloud: Cloud VPN ゲートウェイはパブリック インターフェース アドレスを IKE ID とし、ピアのパブリック アドレスを期待します。1 対 1 NAT 配下のピアは、プライベート アドレスではなくパブリック アドレスをローカル ID として送る必要があります。',
  'fix.CERT_INVALID.gcp':
    'Google Cloud: Cloud VPN は共有シークレットによる認証だけを使います。ピアを事前共有鍵認証に設定します。',
  'fix.AUTH_FAILED.gcp':
    'Google Cloud: 両端の共有シークレットと IKE ID (Cloud VPN: パブリック アドレス、ピア: パブリック アドレス) を比較します。シークレットが不明な場合は `--shared-secret` でトンネルを作り直します。',
  'fix.TS_MISMATCH.gcp':
    'Google Cloud: HA VPN とルートベースの Classic VPN は両側 0.0.0.0/0 を提示します。ピアをルートベース (または 0.0.0.0/0 のセレクタ) にします。ポリシーベースの Classic VPN トンネルはピアのネットワークと完全に一致させる必要があり、`--local-traffic-selector <GCP の CIDR>` と `--remote-traffic-selector <オンプレミスの CIDR>` で作り直します (ピアの提示: ローカル {local}、リモート {remote})。',
  'fix.CHILD_PROPOSAL_MISMATCH.gcp':
    'Google Cloud: ピアのフェーズ 2 を Cloud VPN の暗号のいずれかにします ({param}: ピア {remote}): ESP AES-GCM-16/12/8 (128/192/256) または AES-CBC-128/192/256 と HMAC-SHA2-256-128、HMAC-SHA2-384-192、HMAC-SHA2-512-256 (HMAC-SHA1-96)。',
  'fix.PFS_MISMATCH.gcp':
    'Google Cloud: Cloud VPN はフェーズ 1 と同じ DH グループ (14、15、16、19、20、21 など) での PFS と、PFS なしを受け入れます。ピアのフェーズ 2 DH グループをそのいずれかにします (ピア {remote})。',
  'fix.DPD_PEER_DEAD.gcp':
    'Google Cloud: ピア {peer} がデッドピア検出に応答しなくなりました (Cloud VPN の DPD は変更できません)。ピアの状態と到達性、UDP 500/4500 の通過を確認します。HA VPN で 2 本のトンネルを設定していれば通信はもう一方に移ります。',
  'fix.NAT_T_BLOCKED.gcp':
    'Google Cloud: NAT 配下のピアには、Cloud VPN ゲートウェイのインターフェース アドレスとの間の双方向の UDP 4500 が必要です。ピアはパブリック (NAT) アドレスを IKE ID にします。',
  'fix.SA_DELETED_BY_PEER.gcp':
    'Google Cloud: ピアが SA を削除しました。理由はピアのログで確認します。Cloud VPN はピアまたは通信が再開したときに再ネゴシエーションします。',
  'fix.STALE_SA.gcp':
    'Google Cloud: ピアの SA をクリアします。トンネルが復旧しない場合は作り直します (`gcloud compute vpn-tunnels delete` / `create`)。',
  'fix.TUNNEL_DOWN.gcp':
    'Google Cloud: トンネル切断の直前のログ行が原因を示します。`gcloud compute vpn-tunnels describe <tunnel> --region <region> --format="value(status,detailedStatus)"` で現在の状態 (NO_INCOMING_PACKETS、NEGOTIATION_FAILURE、AUTHORIZATION_ERROR など) を確認します。',
  'fix.REKEY_FAILED.gcp':
    'Google Cloud: ピアのライフタイムは Cloud VPN の値 (フェーズ 1 36000 秒、フェーズ 2 10800 秒) 以下にし (ピアが早めにリキーするのは構いません)、フェーズ 2 の DH グループを Cloud VPN がサポートするものにします。',
  'fix.LIFETIME_MISMATCH.gcp':
    'Google Cloud: ピアのフェーズ 1 ライフタイムを 36000 秒以下、フェーズ 2 ライフタイムを 10800 秒以下 (Cloud VPN の値) にします。',
  'fix.WEAK_CRYPTO.gcp':
    'Google Cloud: ピアを IKEv2、AES-GCM または AES-256-CBC、SHA2-256 以上、DH グループ 14 以上 (19/20 推奨) に設定すると Cloud VPN がそれを選びます。',
  'fix.INCONCLUSIVE.gcp':
    'Google Cloud: ゲートウェイのログを読みます: `gcloud logging read \'resource.type="vpn_gateway"\' --freshness=1h --format=json > vpn.json` (またはログ エクスプローラでリソース Cloud VPN Gateway)。ネゴシエーションを再現し、ピアのログと合わせて解析します。',
};
export default messages;
