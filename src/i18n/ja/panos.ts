// ja messages: panos (PAN-OS システムログ) と panos-ikemgr (ikemgr.log)。
// キーと置換パラメータは en/panos.ts と同じ。
const messages: Record<string, string> = {
  // ---- システムログ (Monitor > ログ > システム、subtype vpn) ----
  'explain.panos.csv-header':
    'Web インターフェースから CSV にエクスポートしたシステムログの見出し行です。以降の行の列名を示します。',
  'explain.panos.event-id': '続く内容のシステムログのイベント ID は {eventid} です。',
  'explain.panos.p1-no-config':
    'ピア {remote} (ポート {rport}) が IKE Phase1 を開始しましたが、このファイアウォールにはそのピアアドレスの IKE ゲートウェイがないため拒否されました。',
  'explain.panos.p1-fail':
    'Phase1 ({mode} モード) がこのファイアウォールを {role} として失敗しました ({local} ↔ {remote}、クッキー {icookie}:{rcookie})。理由: {reason}。レスポンダクッキーがすべて 0 なら、ピアから一度も応答がありません。',
  'explain.panos.no-proposal':
    'Phase{ph} が失敗しました。ピアのプロポーザルのどれもこのファイアウォールの暗号プロファイルと一致しません (暗号化・認証 (ハッシュ)・DH グループ・鍵の有効時間のいずれかが異なる)。',
  'explain.panos.psk-mismatch':
    '両端の事前共有鍵が異なる可能性が高いため Phase1 が失敗しました (ピアの暗号化メッセージを検証できませんでした)。',
  'explain.panos.p1-start':
    'このファイアウォールを {role} として Phase1 ({mode} モード) を開始します: {local} ↔ {remote}、イニシエータクッキー {icookie}。',
  'explain.panos.p1-succ':
    'Phase1 ({mode} モード) が {role} として {local} と {remote} の間で確立しました。IKE SA の有効時間は {lifetime} 秒です。',
  'explain.panos.dpd': 'DPD (Dead Peer Detection) がピアを応答なしと判断し、SA を削除しました。({text})',
  'explain.panos.sa-deleted': '{local} と {remote} の間の {what} SA が削除されました。',
  'explain.panos.p2-start':
    'Phase2 (クイックモード) を {role} として開始します ({local} ↔ {remote}、メッセージ ID 0x{msgid})。',
  'explain.panos.p2-succ':
    'Phase2 (クイックモード) が {role} として成功し、IPsec SA が確立しました (SPI 0x{spi1}/0x{spi2})。',
  'explain.panos.p2-fail':
    'Phase2 (クイックモード) が {role} として失敗しました ({local} ↔ {remote}、メッセージ ID 0x{msgid})。{tail}',
  'explain.panos.proxy-id':
    'Phase2 が {what} の処理で失敗しました。ピアが提示したネットワークが、トンネルに設定されたどのプロキシ ID とも一致しません。{tail}',
  'explain.panos.v2-ike-start':
    'IKEv2: IKE SA のネゴシエーション ({rekey}) を {role} として開始します ({local} ↔ {remote}、SPI {spiI})。',
  'explain.panos.v2-ike-succ':
    'IKEv2: IKE SA ({rekey}) が {role} として {local} と {remote} の間で確立しました。',
  'explain.panos.v2-ike-fail':
    'IKEv2: IKE SA のネゴシエーション ({rekey}) が {role} として失敗しました ({local} ↔ {remote})。{tail}',
  'explain.panos.v2-child-start':
    'IKEv2: チャイルド SA のネゴシエーション ({rekey}) を {role} として開始します (メッセージ ID 0x{msgid})。',
  'explain.panos.v2-child-succ':
    'IKEv2: チャイルド SA ({rekey}) が {role} として確立しました (SPI 0x{spi1}/0x{spi2})。',
  'explain.panos.v2-child-fail':
    'IKEv2: チャイルド SA のネゴシエーション ({rekey}) が {role} として失敗しました。{tail}',
  'explain.panos.key-installed':
    'IPsec SA (SPI 0x{spi1}/0x{spi2}) がデータプレーンにインストールされ、トンネルで通信できる状態です。',
  'explain.panos.key-deleted': 'IPsec SA (SPI 0x{spi1}/0x{spi2}) がデータプレーンから削除されました。',
  'explain.panos.notify': 'IKE 通知 {name} を {dir} しました (received = 受信、sent = 送信)。',
  'explain.panos.delete-msg': '{what} の削除メッセージ (delete) をピアと {dir} でやり取りしました。',
  'explain.panos.alg-not-presented':
    'ゲートウェイ {gw}: 設定されている {what} {alg} がピアの {where} プロポーザルに含まれていません。共通のプロポーザルがありません。',
  'explain.panos.v2-proposal-mismatch':
    'IKEv2: ピアのプロポーザルがこのファイアウォールの暗号プロファイルのどれとも一致しません。',
  'explain.panos.generic-no-proposal':
    'ネゴシエーションが NO_PROPOSAL_CHOSEN で終わりました。両端に共通のプロポーザルがありません。',
  'explain.panos.peer-id-mismatch':
    'ピアは {idtype} {id} として自身を識別しましたが、これは IKE ゲートウェイに設定されたピア ID と一致しません。',

  // ---- ikemgr.log (less mp-log ikemgr.log) ----
  'explain.panos-ikemgr.nego-banner': 'ikemgr: {what} のネゴシエーション {result}{tail}。',
  'explain.panos-ikemgr.key-banner': 'ikemgr: IPsec 鍵の {what} {result}。',
  'explain.panos-ikemgr.sa-banner': 'ikemgr: {which} SA {local} ↔ {remote}{tail}。',
  'explain.panos-ikemgr.due-banner': 'ikemgr: ネゴシエーションは {reason} により失敗しました。',
  'explain.panos-ikemgr.other-banner': 'ikemgr: {text}。',
  'explain.panos-ikemgr.compared-start':
    'Phase1 プロポーザルの比較の開始です。以降の各行は「パラメータ = このファイアウォールの設定:ピアの設定」の形式です。',
  'explain.panos-ikemgr.compared-attr': '{attr} の比較: このファイアウォール {db}、ピア {peer}。',
  'explain.panos-ikemgr.rejected':
    'ピアのプロポーザルは {attr} が原因で拒否されました。このファイアウォールは {db}、ピアは {peer} です (自側 prop#{dbp}/trns#{dbt}、ピア prop#{pp}/trns#{pt})。',
  'explain.panos-ikemgr.p2-mismatch':
    'Phase2 の比較: {attr} が異なります。このファイアウォール {db}、ピア {peer}。',
  'explain.panos-ikemgr.p2-long':
    'Phase2 の比較: {what} が提示されました。このファイアウォール {db}、ピア {peer}。',
  'explain.panos-ikemgr.no-suitable':
    'ピアのどのプロポーザルもこのファイアウォールの暗号プロファイルと一致しません。',
  'explain.panos-ikemgr.no-valid-proposal':
    '有効なプロポーザルがないため、ピアとの Phase1 ネゴシエーションを中止します。',
  'explain.panos-ikemgr.no-responder-proposal':
    'クイックモードのレスポンダとして、Phase2 のプロポーザル (IPSec 暗号プロファイル、PFS) に合意できませんでした。',
  'explain.panos-ikemgr.no-sainfo':
    'ピアがクイックモードで提示したネットワークが、このファイアウォールのどのプロキシ ID とも一致しません。',
  'explain.panos-ikemgr.p1-timeup':
    'Phase1 がタイムアウトしました。ピアが時間内に応答しませんでした (クッキー {icookie}:{rcookie})。',
  'explain.panos-ikemgr.p2-timeup': 'Phase2 が待機中にタイムアウトしました{tail}。',
  'explain.panos-ikemgr.giveup-ipsec': '時間内に IPsec SA を取得できず、Phase2 が完了しませんでした。',
  'explain.panos-ikemgr.hash-decrypt':
    'ピアの暗号化されたメインモードメッセージを復号しても正しい HASH になりませんでした。両端で異なる鍵が生成されており、ほとんどの場合は事前共有鍵の不一致です。',
  'explain.panos-ikemgr.vendor-id': 'ピアがベンダー ID {vid} を通知しました。',
  'explain.panos-ikemgr.dpd-dead': 'DPD: ISAKMP SA {spi} のピアが応答しなくなり、停止したと判断されました。',
  'explain.panos-ikemgr.isakmp-established': '{local} と {remote} の間で ISAKMP SA (Phase1) が確立しました。',
  'explain.panos-ikemgr.isakmp-deleted': '{local} と {remote} の間の ISAKMP SA (Phase1) が削除されました。',
  'explain.panos-ikemgr.ipsec-established':
    'IPsec SA が確立しました: {proto}/{encmode} {src} → {dst}、SPI 0x{spihex}。',
  'explain.panos-ikemgr.notification': 'ピアから通知 {name} ({num}) を受信しました。',
  'explain.panos-ikemgr.auth-failed': 'ピアの認証に失敗しました。',
  'explain.panos-ikemgr.aborting': 'IKEv2 SA を中止しました ({what})。',

  // ---- PAN-OS での対処 ----
  'fix.PEER_NOT_CONFIGURED.panos':
    'PAN-OS: ネットワーク > ネットワークプロファイル > IKE ゲートウェイ を開き、ピアアドレスが {peer} に正しく設定されているか (およびピアが接続するローカルインターフェース/アドレス) を確認します。このメッセージの場合、ピア側の設定を確認する必要はありません。',
  'fix.PEER_UNREACHABLE.panos':
    'PAN-OS: 1) 外部インターフェースからの疎通を確認します: `ping source <このファイアウォールの外部 IP アドレス> host {peer}`。2) Policies > セキュリティ で untrust から untrust への通信を拒否するポリシーがあれば、送信元・宛先ゾーン untrust、アドレス any (または両 VPN 装置のアドレス)、アプリケーション ike と ipsec を許可するポリシーを追加します。ピア側のセキュリティポリシーも同様に確認します。3) 両端の Phase1 パラメータを確認します。詳細は `debug ike global on debug` の後 `less mp-log ikemgr.log` で確認します。',
  'fix.IKE_PROPOSAL_MISMATCH.panos':
    'PAN-OS: ネットワーク > ネットワークプロファイル > IKE 暗号 で、IKE ゲートウェイが使うプロファイルをピアに合わせます。{param} が異なります (このファイアウォール {local}、ピア {remote})。どのパラメータが異なるかは `debug ike global on debug`、`less mp-log ikemgr.log` で「Compared: DB:Peer」の部分を探して確認します (各行は「パラメータ = このファイアウォール:ピア」)。確認後は `debug ike global on normal` でログレベルを戻します。',
  'fix.PSK_MISMATCH.panos':
    'PAN-OS: ネットワーク > ネットワークプロファイル > IKE ゲートウェイ > (ゲートウェイ) > 事前共有鍵 をこのファイアウォールで入力し直し、ピアがまったく同じ鍵を使っているか確認します。',
  'fix.TS_MISMATCH.panos':
    'PAN-OS: ネットワーク > IPSec トンネル > (トンネル) > プロキシ ID で、ローカル/リモートのネットワークがピアと対になるプロキシ ID を追加します (ピアの提示: ローカル {local}、リモート {remote})。プロトコルは両端とも any にします。',
  'fix.CHILD_PROPOSAL_MISMATCH.panos':
    'PAN-OS: ネットワーク > ネットワークプロファイル > IPSec 暗号 で、トンネルのプロファイルをピアの Phase2 設定 (ESP/AH、暗号化、認証、DH グループ、有効時間) に合わせます。{param} が異なります (このファイアウォール {local}、ピア {remote})。',
  'fix.PFS_MISMATCH.panos':
    'PAN-OS: ネットワーク > ネットワークプロファイル > IPSec 暗号 > DH グループ をピアと同じ PFS グループにします (このファイアウォール {local}、ピア {remote})。PFS を使わない場合は両端とも no-pfs にします。',
  'fix.DPD_PEER_DEAD.panos':
    'PAN-OS: ネットワーク > ネットワークプロファイル > IKE ゲートウェイ > (ゲートウェイ) > 詳細オプション > デッドピア検出 の間隔と再試行回数がピアと合っているか確認し、ピアが応答しなくなった原因 ({peer} への疎通、ピアの状態、経路上の UDP 500/4500) を調べます。',
};
export default messages;
