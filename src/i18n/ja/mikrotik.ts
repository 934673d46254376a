// ja messages: mikrotik (RouterOS の `ipsec` ログトピック)。キーと差し込み項目は en/mikrotik.ts と同じ。
const messages: Record<string, string> = {
  'explain.mikrotik.ph1-timeout': '{remote} とのフェーズ 1 を断念しました: 時間内に応答がありません ({local} ↔ {remote}、Cookie {ic}:{rc}。レスポンダー Cookie がすべて 0 ならピアは一度も応答していません)。',
  'explain.mikrotik.ph2-timeout': 'フェーズ 2 を断念しました: 時間内に応答がありません。',
  'explain.mikrotik.ph1-start': 'フェーズ 1 ({mode}) を開始します: このルーターは {dir} 側、{local} ↔ {remote}。',
  'explain.mikrotik.ph2-start': 'フェーズ 2 (クイックモード) を開始します: このルーターは {dir} 側、{local} ↔ {remote}。',
  'explain.mikrotik.isakmp-established': 'フェーズ 1 確立: ISAKMP SA {local} ↔ {remote}、Cookie {ic}:{rc}。',
  'explain.mikrotik.isakmp-gone': 'ISAKMP SA {local} ↔ {remote} を削除しました ({what})。',
  'explain.mikrotik.ipsec-established': 'IPsec SA が確立しました: {proto}/{encmode} {src} → {dst}、SPI 0x{spi}。',
  'explain.mikrotik.ipsec-expired': 'IPsec SA ({proto}/{encmode}) の有効期間が終わりました。',
  'explain.mikrotik.no-suitable-proposal': 'ピアのどのプロポーザルもこのルーターのプロファイル/プロポーザル (暗号化、ハッシュ、DH グループ) と一致しません。',
  'explain.mikrotik.failed-valid-proposal': '{remote} とのフェーズ 1: ピアの提示に有効なプロポーザルがありません。',
  'explain.mikrotik.failed-preprocess': '{remote} からのフェーズ {ph} パケットを処理できませんでした (多くはプロポーザルや鍵の失敗の後)。',
  'explain.mikrotik.phase1-failed': '{remote} とのフェーズ 1 に失敗しました。',
  'explain.mikrotik.wrong-password': '{remote} からのパケットを復号できませんでした。事前共有鍵が異なる可能性が高いです。',
  'explain.mikrotik.identity-not-found': 'ピアの ID に一致する /ip ipsec identity がありません{tail}。',
  'explain.mikrotik.id-vs-cert': 'ピアが送った ID がその証明書に含まれていません。',
  'explain.mikrotik.ike2-new': 'IKEv2 SA を開始します ({role}) {peer} {local} ↔ {remote}。',
  'explain.mikrotik.peer-authorized': 'IKEv2: ピア {remote} を認証しました。IKE SA が確立しました。',
  'explain.mikrotik.killing-ike2': 'IKEv2 SA {local} ↔ {remote} を削除します。',
  'explain.mikrotik.acquired': 'モードコンフィグ: {remote} にアドレス {ip} を割り当てました。',
  'explain.mikrotik.dpd-dead': 'DPD: ピア {remote}{spi} が応答しなくなりました。',
  'explain.mikrotik.not-responding': 'ピアが応答しなくなりました。',
  'explain.mikrotik.payload-missing': '受信メッセージに {payload} ペイロードがありません。',
  'explain.mikrotik.notification': 'ピア {remote} から通知 {name} を受信しました。',
  'explain.mikrotik.received-notify': 'ピアから通知 {name} を受信しました。',
  'explain.mikrotik.fatal-notify': 'ピアから致命的な通知 {name} を受信しました。フェーズ 1 を削除します。',
  'explain.mikrotik.negotiation-failed': '{what} のネゴシエーションに失敗しました{tail}。',
  'explain.mikrotik.no-policy': 'ピアが提示したネットワークに一致する /ip ipsec policy がありません{tail}。',
  'explain.mikrotik.rejected-attr': 'ピアの {attr} が一致しません: このルーター {db}、ピア {peerval}。',

  'fix.ESTABLISHED.mikrotik':
    'RouterOS: 対処は不要です。通信が通らない場合は NAT から除外し (`/ip firewall nat add chain=srcnat action=accept ipsec-policy=out,ipsec place-before=0`)、Fasttrack と `/ip ipsec installed-sa print` のカウンターを確認します。',
  'fix.PEER_UNREACHABLE.mikrotik':
    'RouterOS: `/ip ipsec peer set [find name=<ピア>] address={peer}/32 local-address=<WAN IP>` を確認し、`/ping {peer} src-address=<WAN IP>` で疎通を確認します。IKE を許可します: `/ip firewall filter add chain=input protocol=udp dst-port=500,4500 action=accept place-before=0` と `protocol=ipsec-esp`。masquerade が IKE の送信元を変えないよう `/ip firewall nat add chain=srcnat protocol=udp src-port=500,4500 action=accept place-before=0` を入れます。`/tool sniffer quick port=500,4500` でパケットが止まる場所がわかります。',
  'fix.PEER_NOT_CONFIGURED.mikrotik':
    'RouterOS: ピアを追加します: `/ip ipsec peer add name=<ピア> address={peer}/32 exchange-mode=ike2 profile=<プロファイル>` と `/ip ipsec identity add peer=<ピア> auth-method=pre-shared-key secret=...`。IKEv1 では `exchange-mode=main`。',
  'fix.IKE_VERSION_MISMATCH.mikrotik': 'RouterOS: ピアに合わせて `/ip ipsec peer set [find name=<ピア>] exchange-mode=ike2` (IKEv1 なら `main`) にします。',
  'fix.MODE_MISMATCH.mikrotik':
    'RouterOS: ピアに合わせて `/ip ipsec peer set [find name=<ピア>] exchange-mode=main` (または `aggressive`)、`/ip ipsec policy set [find peer=<ピア>] tunnel=yes` (トンネル/トランスポート) にします。',
  'fix.IKE_PROPOSAL_MISMATCH.mikrotik':
    'RouterOS: フェーズ 1 はプロファイルです: `/ip ipsec profile set [find name=<プロファイル>] enc-algorithm=aes-256 hash-algorithm=sha256 dh-group=modp2048` をピアの値に合わせます。{param} が異なります (このルーター {local}、ピア {remote})。`proposal-check=obey` でピアの有効期間を受け入れます。',
  'fix.PSK_MISMATCH.mikrotik':
    'RouterOS: `/ip ipsec identity set [find peer=<ピア>] secret="<鍵>"` をピアとまったく同じ鍵にします (末尾の空白に注意)。',
  'fix.ID_MISMATCH.mikrotik':
    'RouterOS: `/ip ipsec identity set [find peer=<ピア>] my-id=address:<自分の IP> remote-id=address:<ピアの IP>` (または `fqdn:`、`user-fqdn:`)、あるいは `remote-id=ignore` と `match-by=remote-id`。ピアのリモート/ローカル ID と一致させます。',
  'fix.CERT_INVALID.mikrotik':
    'RouterOS: CA をインポートし (`/certificate import file-name=ca.crt`)、`/ip ipsec identity set [find peer=<ピア>] auth-method=digital-signature certificate=<自分の証明書> remote-certificate=<ピアの証明書または none>` を設定します。有効期間、時刻 (`/system clock print`)、ID と subjectAltName の一致を確認します。',
  'fix.AUTH_FAILED.mikrotik':
    'RouterOS: `/ip ipsec identity` の `auth-method`、鍵または証明書、`my-id` / `remote-id` をピアと比べます。`/system logging add topics=ipsec,!packet` で失敗した段階がわかります。',
  'fix.TS_MISMATCH.mikrotik':
    'RouterOS: `/ip ipsec policy set [find peer=<ピア>] src-address=<ローカルネットワーク> dst-address=<リモートネットワーク> tunnel=yes` をピアと対称にします (ピアの提示: ローカル {local}、リモート {remote})。`generate-policy` を使う場合はポリシーテンプレートのグループを確認します。',
  'fix.CHILD_PROPOSAL_MISMATCH.mikrotik':
    'RouterOS: フェーズ 2 はプロポーザルです: `/ip ipsec proposal set [find name=<プロポーザル>] auth-algorithms=sha256 enc-algorithms=aes-256-cbc` をピアの値に合わせます。{param} が異なります (このルーター {local}、ピア {remote})。',
  'fix.PFS_MISMATCH.mikrotik':
    'RouterOS: `/ip ipsec proposal set [find name=<プロポーザル>] pfs-group=modp2048` をピアに合わせるか (このルーター {local}、ピア {remote})、両端で `pfs-group=none` にします。',
  'fix.DPD_PEER_DEAD.mikrotik':
    'RouterOS: {peer} が応答しなくなった原因 (到達性、ピアの状態、経路上の UDP 500/4500) を調べます。DPD は `/ip ipsec profile set [find name=<プロファイル>] dpd-interval=2m dpd-maximum-failures=5` です。',
  'fix.NAT_T_BLOCKED.mikrotik':
    'RouterOS: `/ip ipsec profile set [find name=<プロファイル>] nat-traversal=yes` にし、`/ip firewall filter` (chain=input) と経路上のすべての機器で UDP 4500 を許可します。',
  'fix.SA_DELETED_BY_PEER.mikrotik':
    'RouterOS: ピアが SA を削除した理由をピアのログで確認します。ポリシーの `level=unique` または `require` と通信 (または `/ip ipsec active-peers kill-connections`) で再確立します。',
  'fix.STALE_SA.mikrotik':
    'RouterOS: `/ip ipsec installed-sa flush` と `/ip ipsec active-peers kill-connections` のあと、通信でトンネルを再確立させます。プロファイルの DPD は有効のままにします。',
  'fix.TUNNEL_DOWN.mikrotik':
    'RouterOS: その前の行が原因を示します。状態は `/ip ipsec active-peers print` と `/ip ipsec installed-sa print` で確認します。',
  'fix.REKEY_FAILED.mikrotik':
    'RouterOS: プロファイルとプロポーザルの `lifetime`、プロポーザルの `pfs-group` をピアと比べます。',
  'fix.LIFETIME_MISMATCH.mikrotik':
    'RouterOS: `/ip ipsec profile set [find name=<プロファイル>] lifetime=<時間>` と `/ip ipsec proposal set [find name=<プロポーザル>] lifetime=<時間>` をピアに合わせます (`proposal-check=obey` ならピアの値を受け入れます)。',
  'fix.WEAK_CRYPTO.mikrotik':
    'RouterOS: `/ip ipsec peer set ... exchange-mode=ike2`、プロファイルを `enc-algorithm=aes-256 hash-algorithm=sha256 dh-group=ecp384`、プロポーザルを `enc-algorithms=aes-256-gcm pfs-group=ecp384` にし、des/3des/md5/sha1 と modp768/modp1024/modp1536 を使わないようにします。',
  'fix.INCONCLUSIVE.mikrotik':
    'RouterOS: ネゴシエーションを記録します: `/system logging add topics=ipsec,!packet action=memory` (またはリモート送信) のあとトンネルを起動し、`/log print where topics~"ipsec"` で確認します。',
};
export default messages;
