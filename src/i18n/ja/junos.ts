// ja messages: junos (Juniper SRX の kmd syslog、KMD_* タグ、kmd トレース)。キーと差し込み項目は en/junos.ts と同じ。
const messages: Record<string, string> = {
  'explain.junos.sa-established': '{local} と {remote} の間で IPsec SA が確立しました: {dir} SPI 0x{spi} (セレクタ {lid} ↔ {rid})。',
  'explain.junos.sa-deleted': '{local} と {remote} の間の IPsec SA が削除されました。',
  'explain.junos.vpn-up': 'ピア {remote} への VPN {vpn} がアップしました。',
  'explain.junos.vpn-down': 'ピア {remote} への VPN {vpn} がダウンしました。{tail}',
  'explain.junos.negotiation': '{what} ネゴシエーション: {ok}{err}。',
  'explain.junos.p1-policy-lookup': '{role} としてのフェーズ 1: ローカルアドレス {local} とピア {remote} に一致する IKE ゲートウェイがなく、要求を拒否しました。',
  'explain.junos.p1-lookup-legacy': '{role} としてのフェーズ 1: ピアに一致する IKE ポリシー/ゲートウェイがありません。',
  'explain.junos.p2-policy-lookup': '{role} としてのフェーズ 2: ピア {remote} が提示したプロキシ ID ({src} → {dst}) に一致する IPsec VPN がありません。',
  'explain.junos.pv-phase1': 'フェーズ 1 に失敗しました: {err} (ピア SPI {spi1}、{src} → {dst})。',
  'explain.junos.pv-phase2': 'フェーズ 2 に失敗しました: {err} (SPI {spi}、{src} → {dst})。',
  'explain.junos.phase2-text': 'フェーズ 2: {text}',
  'explain.junos.ts-mismatch': 'ピアが提示したトラフィックセレクタが設定と一致しません:{text}',
  'explain.junos.dpd-down': 'DPD (デッドピア検出) がピアをダウンと判定しました:{text}',
  'explain.junos.p1-done': '{local} と {remote} の間で {role} としてフェーズ 1 が確立しました。',
  'explain.junos.p2-done': '{role} としてフェーズ 2 が完了し、この行のトラフィック セレクタの IPsec SA が確立しました。',
  'explain.junos.trace-sa-done': 'kmd トレース: {local} と {remote} の間の IKEv{v} SA ネゴシエーションが終了しました。',
  'explain.junos.trace-nego-done': 'kmd トレース: {local} と {remote} の間の IKEv{v} ネゴシエーションが状態「{status}」で終了しました (「Error ok」は成功)。',
  'explain.junos.config-download': 'kmd が VPN 設定を読み込みました。診断に使う情報はありません。',

  'fix.ESTABLISHED.junos':
    'Junos: 対処は不要です。通信が通らない場合は、st0.x 経由のリモートネットワークへのルート、st0.x と LAN のゾーン間のセキュリティポリシー、`show security ipsec security-associations detail` を確認します。',
  'fix.PEER_UNREACHABLE.junos':
    'Junos: `set security ike gateway <gw> address {peer}` と `external-interface` を確認し、そのインターフェースで IKE を許可します: `set security zones security-zone untrust interfaces <if> host-inbound-traffic system-services ike`。`ping {peer} source <外部 IP>`、`monitor traffic interface <if> matching "udp port 500 or udp port 4500"` で確認し、経路上のすべてのファイアウォールで UDP 500/4500 と ESP を許可します。',
  'fix.PEER_NOT_CONFIGURED.junos':
    'Junos: {peer} 用のゲートウェイを追加・修正します: `set security ike gateway <gw> address {peer}`、`set security ike gateway <gw> external-interface <if>` (ピアが到達するインターフェース)、`set security ike gateway <gw> ike-policy <ポリシー>`。動的なピアには `dynamic hostname`/`dynamic inet` と一致する ID が必要です。',
  'fix.IKE_VERSION_MISMATCH.junos': 'Junos: ピアに合わせて `set security ike gateway <gw> version v2-only` (または `v1-only`) にします。',
  'fix.MODE_MISMATCH.junos':
    'Junos: IKEv1 の交換モードをピアに合わせて `set security ike policy <ポリシー> mode main` (または `aggressive`) にします。SRX の IPsec プロポーザルはトンネルモードです。',
  'fix.IKE_PROPOSAL_MISMATCH.junos':
    'Junos: IKE プロポーザルをピアに合わせます: `set security ike proposal <p> encryption-algorithm aes-256-cbc`、`authentication-algorithm sha-256`、`dh-group group14`、`authentication-method pre-shared-keys`、`set security ike policy <ポリシー> proposals <p>`。{param} が異なります (この SRX {local}、ピア {remote})。',
  'fix.PSK_MISMATCH.junos':
    'Junos: 鍵を入力し直します: `set security ike policy <ポリシー> pre-shared-key ascii-text "<鍵>"` (ピアと同じもの)。IKEv2 では鍵の誤りは "Authentication failed" と表示されます。',
  'fix.ID_MISMATCH.junos':
    'Junos: `set security ike gateway <gw> local-identity inet <IP>` (または `hostname <FQDN>`、`user-at-hostname`、`distinguished-name`) と `remote-identity ...` を、ピアのリモート/ローカル ID と一致させます。',
  'fix.CERT_INVALID.junos':
    'Junos: ピアの CA を読み込み (`set security pki ca-profile <ca> ca-identity <ca>`、`request security pki ca-certificate load ca-profile <ca> filename <ファイル>`)、`set security ike policy <ポリシー> certificate local-certificate <証明書>`、有効期間と時刻 (`show system uptime`)、ca-profile の失効確認を確認します。',
  'fix.AUTH_FAILED.junos':
    'Junos: IKE プロポーザルの `authentication-method`、IKE ポリシーの事前共有鍵または証明書、ゲートウェイの `local-identity` / `remote-identity` をピアと比べます。`set security ike traceoptions flag all` で失敗した検査がわかります。',
  'fix.TS_MISMATCH.junos':
    'Junos: ルートベース VPN では `set security ipsec vpn <vpn> ike proxy-identity local <ローカルネットワーク> remote <リモートネットワーク> service any` (または `traffic-selector <ts> local-ip ... remote-ip ...`) をピアと対称にします (ピアの提示: ローカル {local}、リモート {remote})。ポリシーベース VPN ではトンネル用セキュリティポリシーのアドレスを合わせます。',
  'fix.CHILD_PROPOSAL_MISMATCH.junos':
    'Junos: IPsec プロポーザルをピアに合わせます: `set security ipsec proposal <p> protocol esp encryption-algorithm aes-256-cbc authentication-algorithm hmac-sha-256-128`、`set security ipsec policy <ポリシー> proposals <p>`。{param} が異なります (この SRX {local}、ピア {remote})。',
  'fix.PFS_MISMATCH.junos':
    'Junos: `set security ipsec policy <ポリシー> perfect-forward-secrecy keys group14` をピアに合わせるか (この SRX {local}、ピア {remote})、両端で `perfect-forward-secrecy` を外します。',
  'fix.DPD_PEER_DEAD.junos':
    'Junos: {peer} が応答しなくなった原因 (到達性、ピアの状態、経路上の UDP 500/4500) を調べます。DPD は `set security ike gateway <gw> dead-peer-detection interval 10 threshold 5`、`set security ipsec vpn <vpn> establish-tunnels immediately` でピアが戻ればトンネルが再確立します。',
  'fix.NAT_T_BLOCKED.junos':
    'Junos: ゲートウェイに `no-nat-traversal` がなければ NAT-T は有効です。`set security ike gateway <gw> nat-keepalive 10` でマッピングを維持し、経路で UDP 4500 を双方向に許可します。',
  'fix.SA_DELETED_BY_PEER.junos':
    'Junos: ピアが SA を削除した理由をピアのログで確認します。`set security ipsec vpn <vpn> establish-tunnels immediately` でトンネルを再確立します。',
  'fix.STALE_SA.junos':
    'Junos: ピアの SA を消去します: `clear security ike security-associations {peer}`、`clear security ipsec security-associations`。DPD と `set security ike respond-bad-spi 5` を有効にします。',
  'fix.TUNNEL_DOWN.junos':
    'Junos: KMD_VPN_DOWN_ALARM_USER の Reason とその前の行が原因を示します。状態は `show security ike security-associations`、`show security ipsec security-associations`、`show security ipsec inactive-tunnels` で確認します。',
  'fix.REKEY_FAILED.junos':
    'Junos: IKE と IPsec プロポーザルの `lifetime-seconds` と、IPsec ポリシーの PFS グループをピアと比べます。',
  'fix.LIFETIME_MISMATCH.junos':
    'Junos: `set security ike proposal <p> lifetime-seconds <秒>` と `set security ipsec proposal <p> lifetime-seconds <秒>` をピアに合わせます。',
  'fix.WEAK_CRYPTO.junos':
    'Junos: IKEv2 (`version v2-only`) にし、IKE プロポーザルは `encryption-algorithm aes-256-gcm`、`dh-group group20`、IPsec プロポーザルは `encryption-algorithm aes-256-gcm` にします。des/3des/md5/sha1 と DH グループ 1、2、5 は使いません。',
  'fix.INCONCLUSIVE.junos':
    'Junos: ネゴシエーションを記録します: `set security ike traceoptions file kmd-trace size 10m`、`set security ike traceoptions flag all`、`commit` のあとトンネルを起動し、`show log kmd-trace` を読みます。KMD_* メッセージは `set system syslog file kmd-logs daemon info` と `match KMD` で syslog に出ます。',
};
export default messages;
