// ja messages: sonicwall (SonicOS の VPN ログ)。キーは en/sonicwall.ts と同じ。
const messages: Record<string, string> = {
  'explain.sonicwall.v1-start': 'この SonicWall が {peer} との IKEv1 ネゴシエーション ({mode} モード、フェーズ 1) を開始します。',
  'explain.sonicwall.v1-respond': 'ピア {peer} が IKEv1 ネゴシエーション ({mode} モード、フェーズ 1) を開始し、この SonicWall が応答します。',
  'explain.sonicwall.v1-complete': '{peer} とのフェーズ 1 ({mode} モード) が完了し、IKE SA が確立しました。',
  'explain.sonicwall.v1-quick-start': 'この SonicWall が {peer} とのクイックモード (フェーズ 2) を開始します。',
  'explain.sonicwall.v1-quick-respond': 'ピア {peer} がクイックモード (フェーズ 2) を開始しました。',
  'explain.sonicwall.ipsec-accept': 'IPsec (フェーズ 2) プロポーザルが受け入れられました。両端の ESP アルゴリズムが一致しています。',
  'explain.sonicwall.ipsec-reject': 'ピアの IPsec (フェーズ 2) プロポーザルが VPN ポリシーの IPsec プロポーザルと一致しません。',
  'explain.sonicwall.negotiation-complete': '{peer} とのネゴシエーションが完了し、IPsec SA が追加されました (トンネル確立)。',
  'explain.sonicwall.v2-exchange': 'IKEv2: この SonicWall が {ex} {rr} を{dir}しました ({peer})。',
  'explain.sonicwall.v2-ike-accept': 'IKEv2: IKE SA プロポーザルが受け入れられました。',
  'explain.sonicwall.v2-auth-ok': 'IKEv2: ピア {peer} の認証に成功し、IKE SA が確立しました。',
  'explain.sonicwall.ike-proposal-mismatch': 'ピアの IKE (フェーズ 1) プロポーザルが VPN ポリシーの IKE プロポーザル (暗号化、認証、DH グループ、ライフタイム) と一致しません。',
  'explain.sonicwall.algorithm-mismatch': 'この SonicWall とピアのプロポーザルで {what} が一致しません。',
  'explain.sonicwall.notify': 'ピア {peer} が通知 {n} を送ってきました。',
  'explain.sonicwall.v2-notify-error': 'IKEv2: ピア {peer} がエラー通知で応答しました {note}。',
  'explain.sonicwall.payload-error': '{peer} からのメッセージを処理できませんでした (復号後であれば通常は事前共有鍵の誤り)。',
  'explain.sonicwall.psk-mismatch': '復号したピアのメッセージの検証に失敗しました。両端の事前共有鍵が異なる可能性が高いです。',
  'explain.sonicwall.auth-failed': 'ピア {peer} の認証に失敗しました。',
  'explain.sonicwall.id-mismatch': 'ピア {peer} が提示した IKE ID に一致する VPN ポリシーがありません ({note})。',
  'explain.sonicwall.ts-mismatch': 'ピアがフェーズ 2 で提示したネットワークが VPN ポリシーのローカル/リモート ネットワークと一致しません {note}。',
  'explain.sonicwall.pfs-mismatch': 'PFS (フェーズ 2 の DH グループ) が片側だけで有効、または異なるグループです。',
  'explain.sonicwall.peer-not-configured': 'この SonicWall にはピア {peer} に一致する VPN ポリシーがありません。',
  'explain.sonicwall.retransmit': '{peer} から応答がないため IKE 要求を再送します ({role})。',
  'explain.sonicwall.dpd-dead': 'デッドピア検出: ピア {peer} が応答しなくなりました。',
  'explain.sonicwall.delete-received': 'ピア {peer} が SA の削除を要求しました。',
  'explain.sonicwall.delete-sent': 'この SonicWall が {peer} との SA を削除します。',
  'explain.sonicwall.delete-response': '削除要求への応答です。',
  'explain.sonicwall.lifetime-expired': 'IKE SA のライフタイムが切れたため再ネゴシエーションします。',
  'explain.sonicwall.spi-unknown': 'この SonicWall が知らない SPI 宛ての ESP パケットを受信しました (どちらかが削除した SA)。',
  'explain.sonicwall.esp-error': 'ESP パケットの復号または認証に失敗しました ({note})。',
  'explain.sonicwall.tunnel-state': '{peer} との VPN トンネルが {st} になりました。',
  'explain.sonicwall.nat-discovery': 'NAT 検出: {who} 側の IPsec ゲートウェイが NAT/NAPT 機器の内側にあります。IKE と ESP は UDP 4500 (NAT-T) に移ります。',
  'explain.sonicwall.no-response': '{peer} から応答がありません。{role} として次の IKE メッセージを待つのをやめました (リモート側タイムアウト)。',
  'explain.sonicwall.negotiation-aborted': '{peer} との IKE ネゴシエーションを中止しました。ピアが時間内に応答しませんでした。',
  'explain.sonicwall.header-verification': '{peer} からの IKE メッセージがヘッダー検証に失敗しました (クッキーや交換種別の不一致、またはこの SonicWall が想定していないメッセージ)。',
  'explain.sonicwall.duplicate-packet': '{peer} が同じ IKE メッセージを再送してきました。この SonicWall の応答がピアに届いていません (ピアへの戻り経路を確認してください)。',
  'explain.sonicwall.packet-trace': 'IKE パケット トレース: {dir} {ex} (イニシエータ クッキー {ic}、メッセージ ID 0x{mid})、ペイロード {pl}。',

  'fix.ESTABLISHED.sonicwall':
    'SonicWall: 修正は不要です。通信できない場合は、アクセスルール VPN > LAN / LAN > VPN、VPN ポリシーの [ネットワーク] タブ (ローカル/リモート ネットワーク)、ネットワーク > IPSec VPN > ルールと設定 > アクティブなトンネル (SonicOS 6.5: VPN > 設定 > 現在アクティブな VPN トンネル) を確認してください。',
  'fix.PEER_UNREACHABLE.sonicwall':
    'SonicWall: ネットワーク > IPSec VPN > ルールと設定 > ポリシーの編集 > [一般] の IPsec プライマリ ゲートウェイ名/アドレス ({peer}) を確認します (CLI: `vpn policy site-to-site "<ポリシー>"` → `gateway primary {peer}`)。監視 > パケット モニタ (フィルタ: ホスト {peer}、UDP 500/4500) で要求が出て応答が戻るかを確認し、経路上のファイアウォールと NAT 機器が UDP 500、UDP 4500、ESP を通すようにします。',
  'fix.PEER_NOT_CONFIGURED.sonicwall':
    'SonicWall: {peer} 用のサイト間 VPN ポリシーを追加します: ネットワーク > IPSec VPN > ルールと設定 > 追加 > ポリシー種別 サイト間、IPsec プライマリ ゲートウェイ {peer}、ピアと同じ認証方式と IKE ID (CLI: `vpn policy site-to-site "<ポリシー>"`、`gateway primary {peer}`、`commit`)。動的アドレスのピアは、グループ VPN / ゲートウェイ "0.0.0.0" のポリシーにアグレッシブモードまたは IKEv2 の ID で設定します。',
  'fix.IKE_VERSION_MISMATCH.sonicwall':
    'SonicWall: VPN ポリシー > [プロポーザル] > IKE (フェーズ 1) プロポーザル > 交換方式 を、ピアと同じ IKEv2 モード / メイン モード / アグレッシブ モードにします (CLI: `vpn policy site-to-site "<ポリシー>"` で `proposal ike exchange ikev2` / `main` / `aggressive`)。',
  'fix.MODE_MISMATCH.sonicwall':
    'SonicWall: [プロポーザル] > IKE (フェーズ 1) プロポーザル > 交換方式 をピアのモード (メイン モードまたはアグレッシブ モード) に合わせます (CLI `proposal ike exchange main|aggressive`)。フェーズ 2 はトンネルモードの ESP です。',
  'fix.IKE_PROPOSAL_MISMATCH.sonicwall':
    'SonicWall: VPN ポリシー > [プロポーザル] > IKE (フェーズ 1) プロポーザルの DH グループ、暗号化、認証、ライフタイムをピアと同じにします ({param}: この機器 {local}、ピア {remote})。CLI: `vpn policy site-to-site "<ポリシー>"` → `proposal ike dh-group 14`、`proposal ike encryption aes-256`、`proposal ike authentication sha-256`、`proposal ike lifetime 28800`、`commit`。',
  'fix.PSK_MISMATCH.sonicwall':
    'SonicWall: 両端で鍵を入力し直します: VPN ポリシー > [一般] > 認証方式 IKE (事前共有鍵を使用) > 共有鍵 / 共有鍵の確認 (CLI: `auth-method shared-secret`、`shared-secret <鍵>`、`commit`)。末尾の空白や記号に注意してください。SonicOS は鍵の誤りを "Failed payload verification after decryption; possible preshared key mismatch" と記録します。',
  'fix.ID_MISMATCH.sonicwall':
    'SonicWall: VPN ポリシー > [一般] のローカル IKE ID とピア IKE ID (IP アドレス、ドメイン名、電子メール アドレス、ファイアウォール識別子) を、ピアが送る ID と期待する ID に合わせます (CLI: `ike-id local ...` / `ike-id peer ...`)。アグレッシブモードでは完全一致が必要です。',
  'fix.CERT_INVALID.sonicwall':
    'SonicWall: 認証方式 IKE (サードパーティ証明書を使用) にし、デバイス > 設定 > 証明書 (SonicOS 6.5: システム > 証明書) でピアの CA をインポートします。有効期間、時刻 (デバイス > 設定 > 時刻)、証明書に含まれるべきピア IKE ID の種別と値を確認してください。',
  'fix.AUTH_FAILED.sonicwall':
    'SonicWall: VPN ポリシー > [一般] の認証方式 (事前共有鍵か証明書)、共有鍵、ローカル/ピア IKE ID をピアと比較します。失敗の直前のログ行が、どの確認で失敗したかを示します。',
  'fix.TS_MISMATCH.sonicwall':
    'SonicWall: VPN ポリシー > [ネットワーク] のローカル ネットワークとリモート ネットワーク (アドレス オブジェクト/グループ) をピアの設定と鏡像にします (ピアの提示: ローカル {local}、リモート {remote})。CLI `network local name <オブジェクト>` / `network remote name <オブジェクト>`。ピアが 0.0.0.0/0 を提示する場合は「この VPN トンネルをデフォルト ルートとして使用する」またはトンネル インターフェース ポリシーを使います。',
  'fix.CHILD_PROPOSAL_MISMATCH.sonicwall':
    'SonicWall: VPN ポリシー > [プロポーザル] > IPsec (フェーズ 2) プロポーザルのプロトコル ESP、暗号化、認証、ライフタイムをピアと同じにします ({param}: この機器 {local}、ピア {remote})。CLI: `proposal ipsec protocol esp encryption aes-256 authentication sha-256`、`proposal ipsec lifetime 28800`。',
  'fix.PFS_MISMATCH.sonicwall':
    'SonicWall: VPN ポリシー > [プロポーザル] > IPsec (フェーズ 2) プロポーザル > 「PFS を有効にする」とその DH グループをピアと同じにするか (この機器 {local}、ピア {remote})、両端で PFS を無効にします (CLI: `proposal ipsec perfect-forward-secrecy dh-group 14` / `no proposal ipsec perfect-forward-secrecy`)。',
  'fix.DPD_PEER_DEAD.sonicwall':
    'SonicWall: {peer} が応答しなくなった原因 (到達性、ピアの状態、経路上の UDP 500/4500) を調べます。デッドピア検出は VPN ポリシー > [詳細] > 「キープアライブを有効にする」と、ネットワーク > IPSec VPN > ルールと設定 > 詳細 > 「IKE デッドピア検出を有効にする」(間隔、失敗判定回数) です。',
  'fix.NAT_T_BLOCKED.sonicwall':
    'SonicWall: NAT トラバーサルを有効にし (ネットワーク > IPSec VPN > ルールと設定 > 詳細 > 「NAT トラバーサルを有効にする」)、経路上のすべての機器で UDP 4500 を双方向に通します。NAT 配下のピアでは IKEv2 またはプライベート アドレス以外の ID を使うアグレッシブモードにします。',
  'fix.SA_DELETED_BY_PEER.sonicwall':
    'SonicWall: ピアが SA を削除した理由をピアのログで確認します。VPN ポリシー > [詳細] > 「キープアライブを有効にする」で、通信がなくてもトンネルが再確立されます。',
  'fix.STALE_SA.sonicwall':
    'SonicWall: 両端でトンネルを再ネゴシエーションします: ネットワーク > IPSec VPN > ルールと設定 > アクティブなトンネル > 再ネゴシエート (SonicOS 6.5: VPN > 設定 > 現在アクティブな VPN トンネル > 再ネゴシエート)。再起動したピアを検出できるよう IKE デッドピア検出を有効にしてください。',
  'fix.TUNNEL_DOWN.sonicwall':
    'SonicWall: トンネル切断の直前のログ行が原因を示します。ネットワーク > IPSec VPN > ルールと設定 > アクティブなトンネル で現在の SA を確認し、ポリシーの [詳細] タブでキープアライブを有効にすると自動で再確立されます。',
  'fix.REKEY_FAILED.sonicwall':
    'SonicWall: VPN ポリシー > [プロポーザル] の IKE / IPsec ライフタイムと PFS の DH グループをピアと比較します。',
  'fix.LIFETIME_MISMATCH.sonicwall':
    'SonicWall: VPN ポリシー > [プロポーザル] > IKE (フェーズ 1) ライフタイムと IPsec (フェーズ 2) ライフタイム (秒) をピアと同じにします (CLI `proposal ike lifetime <秒>`、`proposal ipsec lifetime <秒>`)。',
  'fix.WEAK_CRYPTO.sonicwall':
    'SonicWall: VPN ポリシー > [プロポーザル]: 交換方式 IKEv2 モード、DH グループ 14 または 19/20、暗号化 AES-256 (または AES-GCM)、認証 SHA-256 以上にし、DES/3DES/MD5/SHA1 と DH グループ 1、2、5 を使わないでください。',
  'fix.INCONCLUSIVE.sonicwall':
    'SonicWall: ログを増やします: デバイス > ログ > 設定 (SonicOS 6.5: ログ > カテゴリ) で VPN IKE と VPN IPsec をデバッグ/情報にし、syslog に送るか (デバイス > ログ > Syslog) エクスポートして (デバイス > ログ > モニタ > エクスポート)、ネゴシエーションを再現して解析します。監視 > パケット モニタで IKE パケットを確認できます。',
};
export default messages;
