// ja messages: azure (Azure VPN ゲートウェイの IKEDiagnosticLog / TunnelDiagnosticLog)。キーは en/azure.ts と同じ。
const messages: Record<string, string> = {
  'explain.azure.psk-mismatch': 'ゲートウェイが {peer} との事前共有鍵の不一致を報告しています: {all}',
  'explain.azure.policy-mismatch': 'ゲートウェイと {peer} の間で一致する IPsec/IKE ポリシーがありません (NO_PROPOSAL_CHOSEN): {all}',
  'explain.azure.auth-failed': '{peer} との認証に失敗しました: {all}',
  'explain.azure.ts-unacceptable': 'ゲートウェイと {peer} のトラフィック セレクタが一致しません (TS_UNACCEPTABLE): {all}',
  'explain.azure.ts-payload': '{peer} が提示したトラフィック セレクタ: {all}',
  'explain.azure.dpd-dead': 'デッドピア検出: {peer} が応答しなくなりました。',
  'explain.azure.no-response': '{peer} がゲートウェイに応答しませんでした: {all}',
  'explain.azure.retransmit': 'ゲートウェイが {peer} に要求を再送します (まだ応答がありません)。',
  'explain.azure.delete-ike': '{peer} との IKE SA を削除します: {all}',
  'explain.azure.delete-child': '{peer} との IPsec SA を削除します: {all}',
  'explain.azure.negotiation-failed': '{peer} とのネゴシエーションに失敗しました: {all}',
  'explain.azure.child-established': '{peer} との IPsec SA が確立しました。',
  'explain.azure.ike-established': '{peer} との IKE SA が確立しました。',
  'explain.azure.proposal': '{peer} とやり取りしたプロポーザル: {all}',
  'explain.azure.win-error': 'ゲートウェイの IKE スタック (Windows) が {peer} とのエラーを報告しています: {all}',
  'explain.azure.no-tunnel': 'ゲートウェイは {peer} からの IKE 接続を無視しました。ゲートウェイに一致する接続がありません ({all})。',
  'explain.azure.rejected-settings': 'オンプレミスのデバイスがゲートウェイの {mode} Mode の提案を拒否しました: {all}',
  'explain.azure.invalid-payload': 'オンプレミスのデバイスがゲートウェイで処理できないペイロードを送信しました: {all}',
  'explain.azure.failure-type': '{peer} とのネゴシエーションが失敗しました: {all}',
  'explain.azure.tunnel-connected': '{peer} へのトンネルが接続されました ({all})。',
  'explain.azure.tunnel-disconnected': '{peer} へのトンネルが切断されました: {all}',
  'explain.azure.packet': '{peer} との IKE パケット ({dir}、セッション {session})。',
  'explain.azure.other': '診断に関係しないゲートウェイのイベント: {all}',

  'fix.ESTABLISHED.azure':
    'Azure: 修正は不要です。通信できない場合は、ローカル ネットワーク ゲートウェイのアドレス空間 (オンプレミスのプレフィックス)、BGP (使用時)、VNet の NSG とユーザー定義ルート、接続の状態を確認します: `az network vpn-connection show --name <接続> --resource-group <rg> --query connectionStatus`。',
  'fix.PEER_UNREACHABLE.azure':
    'Azure: {peer} が応答しません。ローカル ネットワーク ゲートウェイの IP アドレスが機器のパブリック アドレスと同じか確認し (ポータル: ローカル ネットワーク ゲートウェイ > 構成 > IP アドレス; `az network local-gateway update --gateway-ip-address <ip> --name <lng> --resource-group <rg>`)、ゲートウェイのパブリック IP (アクティブ/アクティブでは両インスタンス) から機器へ UDP 500、UDP 4500、ESP が届くようにします。`az network vnet-gateway packet-capture start` でゲートウェイから出るパケットを確認できます。',
  'fix.PEER_NOT_CONFIGURED.azure':
    'Azure: {peer} 用の接続を作成します: パブリック IP とアドレス空間を持つローカル ネットワーク ゲートウェイと、仮想ネットワーク ゲートウェイからのサイト間 (IPsec) 接続 (`az network vpn-connection create --name <接続> --resource-group <rg> --vnet-gateway1 <ゲートウェイ> --local-gateway2 <lng> --shared-key <鍵>`)。',
  'fix.IKE_VERSION_MISMATCH.azure':
    'Azure: 接続の IKE プロトコル (ポータル: 接続 > 構成 / 概要、IKEv1 または IKEv2) を機器と同じにします。接続の作成時に指定します (`az network vpn-connection create ... --connection-protocol IKEv2`、PowerShell `New-AzVirtualNetworkGatewayConnection -ConnectionProtocol IKEv2`)。ポリシーベースのゲートウェイは IKEv1 のみです。',
  'fix.MODE_MISMATCH.azure':
    'Azure: ゲートウェイはメインモード (IKEv1) または IKEv2、トンネルモードの ESP を使います。機器をメインモードまたは IKEv2、トンネルモードに設定します。',
  'fix.IKE_PROPOSAL_MISMATCH.azure':
    'Azure: 機器に合わせたカスタム IPsec/IKE ポリシーを接続に設定します (ポータル: 接続 > 構成 > IPsec / IKE ポリシー = カスタム: IKE フェーズ 1 の暗号化、整合性、DH グループ; {param}: Azure {local}、機器 {remote})。PowerShell: `$p = New-AzIpsecPolicy -IkeEncryption AES256 -IkeIntegrity SHA256 -DhGroup DHGroup14 -IpsecEncryption AES256 -IpsecIntegrity SHA256 -PfsGroup None -SALifeTimeSeconds 27000 -SADataSizeKilobytes 102400000`、`Set-AzVirtualNetworkGatewayConnection -VirtualNetworkGatewayConnection $conn -IpsecPolicies $p`。CLI: `az network vpn-connection ipsec-policy add --connection-name <接続> --resource-group <rg> --ike-encryption AES256 --ike-integrity SHA256 --dh-group DHGroup14 --ipsec-encryption AES256 --ipsec-integrity SHA256 --pfs-group None --sa-lifetime 27000 --sa-max-size 102400000`。',
  'fix.PSK_MISMATCH.azure':
    'Azure: 両端で同じ共有キーを設定します: ポータル 接続 > 認証 / 共有キー (PSK)、CLI `az network vpn-connection shared-key update --connection-name <接続> --resource-group <rg> --value <鍵>`、PowerShell `Set-AzVirtualNetworkGatewayConnectionSharedKey -Name <接続> -ResourceGroupName <rg> -Value <鍵>`。',
  'fix.ID_MISMATCH.azure':
    'Azure: ゲートウェイはパブリック IP アドレスを ID とし、機器のパブリック IP (ローカル ネットワーク ゲートウェイの IP アドレス) を機器の ID として期待します。機器のローカル ID をパブリック アドレス (NAT 配下のプライベート アドレスではなく)、リモート ID をゲートウェイのパブリック IP にします。',
  'fix.CERT_INVALID.azure':
    'Azure: サイト間接続の認証は事前共有キーです (証明書認証はポイント対サイトと証明書構成のある接続のみ)。接続の認証の種類と機器の設定を確認します。',
  'fix.AUTH_FAILED.azure':
    'Azure: 共有キー (`az network vpn-connection shared-key show --connection-name <接続> --resource-group <rg>`) と機器が送る ID (パブリック アドレス) を接続の設定と比較します。',
  'fix.TS_MISMATCH.azure':
    'Azure: ルートベースのゲートウェイは any-to-any (0.0.0.0/0) を提示します。ポリシーベースの機器には、接続の「ポリシー ベースのトラフィック セレクターを使用する」とカスタム IPsec/IKE ポリシー (`Set-AzVirtualNetworkGatewayConnection -VirtualNetworkGatewayConnection $conn -UsePolicyBasedTrafficSelectors $true -IpsecPolicies $p`)、または接続のカスタム トラフィック セレクタが必要です。ローカル ネットワーク ゲートウェイのアドレス空間は機器のローカル ネットワークと同じにします (機器の提示: 機器側 {remote}、Azure 側 {local})。',
  'fix.CHILD_PROPOSAL_MISMATCH.azure':
    'Azure: カスタム IPsec/IKE ポリシーの IPsec フェーズ 2 の値 (ポータル: IPsec 暗号化、IPsec 整合性、PFS グループ、SA の有効期間) を機器と同じにします ({param}: Azure {local}、機器 {remote})。`az network vpn-connection ipsec-policy add ... --ipsec-encryption <alg> --ipsec-integrity <alg> --pfs-group <group>` または `New-AzIpsecPolicy -IpsecEncryption ... -IpsecIntegrity ... -PfsGroup ...`。',
  'fix.PFS_MISMATCH.azure':
    'Azure: 接続の IPsec/IKE ポリシーの PFS グループ (`-PfsGroup None|PFS2|PFS14|PFS2048|PFS24|ECP256|ECP384` / `--pfs-group`) を機器のフェーズ 2 DH グループと同じにするか、両端で None にします (Azure {local}、機器 {remote})。',
  'fix.DPD_PEER_DEAD.azure':
    'Azure: {peer} が応答しなくなった原因 (到達性、機器の状態、経路上の UDP 500/4500) を調べます。DPD タイムアウトは接続で設定します (ポータル: 接続 > 構成 > DPD タイムアウト (秒); PowerShell `Set-AzVirtualNetworkGatewayConnection -VirtualNetworkGatewayConnection $conn -DpdTimeoutInSeconds 45`)。',
  'fix.NAT_T_BLOCKED.azure':
    'Azure: NAT 配下の機器では、NAT とゲートウェイのパブリック IP の間で UDP 4500 を双方向に通し、機器の ID をパブリック アドレスにします。',
  'fix.SA_DELETED_BY_PEER.azure':
    'Azure: {peer} が SA を削除しました。理由は機器のログで確認します。ゲートウェイは通信の発生時、または機器からの開始で再ネゴシエーションします。',
  'fix.STALE_SA.azure':
    'Azure: 接続をリセットするか (ポータル: 接続 > リセット)、ゲートウェイをリセットし (`az network vnet-gateway reset --name <ゲートウェイ> --resource-group <rg>`)、機器の SA もクリアします。',
  'fix.TUNNEL_DOWN.azure':
    'Azure: TunnelDisconnected の直前の IKEDiagnosticLog が原因を示します。一方のインスタンスの切断の数秒後に他方のインスタンスで接続されるのはゲートウェイのフェールオーバー (メンテナンス) で、障害ではありません。',
  'fix.REKEY_FAILED.azure':
    'Azure: 接続の IPsec/IKE ポリシーの SA 有効期間 (`-SALifeTimeSeconds`、`-SADataSizeKilobytes`) と PFS グループを機器と比較します。',
  'fix.LIFETIME_MISMATCH.azure':
    'Azure: 接続の IPsec/IKE ポリシーの SA 有効期間 (`--sa-lifetime` 秒、`--sa-max-size` KB) を機器のフェーズ 2 のライフタイムと同じにします。',
  'fix.WEAK_CRYPTO.azure':
    'Azure: IKEv2、GCMAES256 または AES256、SHA384/SHA256、DHGroup24 または ECP384、PFS グループを使うカスタム IPsec/IKE ポリシーにします。DES/3DES/MD5/SHA1 と DHGroup1/2 は使いません。',
  'fix.INCONCLUSIVE.azure':
    'Azure: ゲートウェイの IKEDiagnosticLog と TunnelDiagnosticLog を Log Analytics ワークスペースに送り (監視 > 診断設定 > 診断設定を追加する)、ネゴシエーションを再現して `AzureDiagnostics | where Category == "IKEDiagnosticLog"` をエクスポートします。`az network vnet-gateway packet-capture start` で IKE パケットを取得できます。',
};
export default messages;
