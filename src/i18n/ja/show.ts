// ja messages: show (show コマンド出力: 行の説明、インベントリの所見、`ikescope status`)
const messages: Record<string, string> = {
  // --- 行の説明 (explain.show.<patternId>) ---
  'explain.show.command': 'コマンドのエコー: `{command}` の出力が続きます。',
  'explain.show.pager': 'show 出力の途中のページャ表示です (出力は続きます)。',
  'explain.show.separator': 'PAN-OS の show 出力で列名の下に引かれた罫線です。',
  'explain.show.session-title':
    '`show crypto session` の始まり: 暗号セッション (IKE ピア、その IKE SA と IPsec フロー) が続きます。',
  'explain.show.session-legend': '`show crypto session detail` に表示される機能コードの凡例です。',
  'explain.show.session-interface': 'インターフェイス {interface} の暗号セッションです。',
  'explain.show.session-profile': 'このセッションは IKE/IPsec プロファイル {profile} を使っています。',
  'explain.show.session-uptime': 'セッションの稼働時間は {uptime} です。',
  'explain.show.session-status':
    'セッション ステータス {status} (UP-ACTIVE: IKE と IPsec SA が確立; UP-IDLE: IKE のみ確立し IPsec SA なし; UP-NO-IKE: IKE SA なしで IPsec SA のみ; DOWN-NEGOTIATING: ネゴシエーション中; DOWN: SA なし)。',
  'explain.show.session-peer': 'IKE ピア {peer}、ポート {port} です。',
  'explain.show.session-phase1-id': 'フェーズ 1 でピアが提示した ID: {id}。',
  'explain.show.session-desc': 'このピアに設定された説明: {desc}',
  'explain.show.session-id': 'セッション番号 {sessionId} です。',
  'explain.show.session-client': 'リモート アクセス クライアントの情報: {key} {value}。',
  'explain.show.session-ike-sa':
    '{local}:{lport} と {remote}:{rport} の間の {version} SA、状態 {state} です。',
  'explain.show.session-capabilities': 'IKE SA の接続 ID {connid}、残りライフタイム {lifetime} です。',
  'explain.show.session-flow': 'IPsec フロー (暗号 ACL/プロファイルのトラフィック セレクタ): {flow}',
  'explain.show.session-active-sas':
    'このフローを保護している IPsec SA は {active} 個です (正常なフローは各方向に 1 つ以上あります)。',
  'explain.show.session-inbound':
    '受信: 復号 {pkts} パケット、廃棄 {drop}; SA の残りライフタイム {kb} KB / {sec} 秒。',
  'explain.show.session-outbound':
    '送信: 暗号化 {pkts} パケット、廃棄 {drop}; SA の残りライフタイム {kb} KB / {sec} 秒。',
  'explain.show.isakmp-peer': 'ISAKMP ピア {peer}、ポート {port} です。',
  'explain.show.isakmp-peer-desc': 'ISAKMP ピアの説明: {desc}',
  'explain.show.isakmp-peer-flags': 'ISAKMP ピアのフラグ: {flags}。',
  'explain.show.isakmp-peer-phase1-id': 'ピアのフェーズ 1 ID: {id}。',
  'explain.show.isakmp-sa-title': 'IPv{af} ISAKMP (IKEv1) SA の表の始まりです。',
  'explain.show.isakmp-sa-columns': 'ISAKMP SA の表の列名です。',
  'explain.show.isakmp-sa-row':
    '{src} から {dst} への IKEv1 SA (dst はレスポンダ)、状態 {state}、接続 {connid}、{status}。QM_IDLE はフェーズ 1 確立済み、MM_NO_STATE や MM_KEY_EXCH は未確立を意味します。',
  'explain.show.isakmp-sa-detail-row':
    '{local} と {remote} の間の IKEv1 SA {cid}: {status}、{encr}/{hash}、認証 {auth}、DH グループ {dh}、残りライフタイム {life}。',
  'explain.show.isakmp-sa-engine': 'ISAKMP SA の暗号エンジンと接続 ID です。',
  'explain.show.isakmp-sa-v6-addr': 'IPv6 ISAKMP SA の {which} {addr} です。',
  'explain.show.isakmp-sa-v6-state': 'IPv6 ISAKMP SA の状態 {state}、接続 {connid}、{status}。',
  'explain.show.asa-ike-title': 'ASA の IKEv1 SA 一覧の始まりです。',
  'explain.show.asa-sa-counts': 'ASA の IKE SA 数: {what} {n}。',
  'explain.show.asa-ike-peer': 'ピア {peer} との IKEv1 SA (番号 {n}) です。',
  'explain.show.asa-no-sas': 'ASA には現在 IKEv{v} SA がありません。',
  'explain.show.asa-fields': 'ASA の `項目 : 値` が並んだ行です (2 列)。',
  'explain.show.sessiondb-title': '`show vpn-sessiondb` の始まり: セッション種別 {type}。',
  'explain.show.sessiondb-section': 'セッションの {section} 部分の詳細が続きます。',
  'explain.show.sessiondb-tunnels': 'このセッションには {proto} トンネルが {n} 本あります。',
  'explain.show.ikev2-title': 'IKEv2 SA 一覧の始まりです。',
  'explain.show.ikev2-session':
    'IKEv2 セッション {sid}: ステータス {status}、IKE SA {ike} 個、子 SA {child} 個。',
  'explain.show.ikev2-columns': 'IKEv2 SA の表の列名です。',
  'explain.show.ikev2-row':
    '{local}:{lport} と {remote}:{rport} の間の IKEv2 SA {tid}、ステータス {status} (READY は確立済み)。',
  'explain.show.ikev2-encr':
    'IKE SA のアルゴリズム: {encr} {keysize} ビット、完全性 {hash}、DH グループ {dh}、認証 {authSign} (自側) / {authVerify} (ピア側)。',
  'explain.show.ikev2-child-encr': '子 SA のアルゴリズム: {encr} {keysize} ビット、完全性 {hmac}。',
  'explain.show.ikev2-child-mode': '子 SA: AH {ah}、圧縮 {comp}、{mode} モード。',
  'explain.show.ikev2-life': 'IKE SA のライフタイム {life} 秒、稼働 {active} 秒。',
  'explain.show.ikev2-ce-id': '暗号エンジン ID {ce}、セッション {sid}。',
  'explain.show.ikev2-session-id': 'IKEv2 セッション {sid} です。',
  'explain.show.ikev2-status-desc': 'IKE SA の状態の説明: {desc}。',
  'explain.show.ikev2-spi': 'IKE SA の SPI: ローカル {lspi}、リモート {rspi}。',
  'explain.show.ikev2-id': '{side} 側の IKE ID: {id}。',
  'explain.show.ikev2-window': '双方の IKEv2 メッセージ ID とウィンドウです。',
  'explain.show.ikev2-dpd': 'IKE SA の DPD (デッド ピア検出) 設定です。',
  'explain.show.ikev2-info': 'IKE SA の機能の状態: {what}。',
  'explain.show.ikev2-assigned': 'リモート クライアントに割り当てたアドレス: {addr}。',
  'explain.show.ikev2-child': '子 SA のローカル トラフィック セレクタ {sel}。',
  'explain.show.ikev2-remote-selector': '子 SA のリモート トラフィック セレクタ {sel}。',
  'explain.show.ikev2-child-spi': '子 SA の {proto} SPI (受信/送信): {in} / {out}。',
  'explain.show.ikev2-cpi': '子 SA の IPComp CPI です (0 は圧縮なし)。',
  'explain.show.ipsec-interface': 'インターフェイス {interface} の IPsec SA が続きます。',
  'explain.show.ipsec-crypto-map': 'クリプト マップ {map}、ローカル アドレス {local}。',
  'explain.show.ipsec-acl': 'この SA のトラフィックを選ぶ暗号 ACL {acl} です。',
  'explain.show.ipsec-vrf': '保護対象 (内側) の VRF: {vrf}。',
  'explain.show.ipsec-ident':
    '{side} 側のプロキシ ID (トラフィック セレクタ): {addr}/{mask}、プロトコル {prot}。',
  'explain.show.ipsec-peer': 'IPsec ピア {peer} です。',
  'explain.show.ipsec-dyn-peer': 'ピアに割り当てたアドレス: {ip}。',
  'explain.show.ipsec-permit': 'このフローは暗号 ACL で許可されています。',
  'explain.show.ipsec-encaps':
    '送信: カプセル化 {encaps} パケット (暗号化 {encrypt}、ダイジェスト {digest})。',
  'explain.show.ipsec-decaps': '受信: カプセル解除 {decaps} パケット (復号 {decrypt}、検証 {verify})。',
  'explain.show.ipsec-errors': '送信エラー {send}、受信エラー {recv}。',
  'explain.show.ipsec-counters': 'その他の IPsec SA カウンタ: {counters}',
  'explain.show.ipsec-endpoints': 'トンネルの端点: ローカル {local}、リモート {remote}。',
  'explain.show.ipsec-mtu': 'SA のパス MTU と IPsec オーバーヘッドです。',
  'explain.show.ipsec-pmtu': 'SA のパス MTU タイマーと DF ビットの扱いです。',
  'explain.show.ipsec-current-spi':
    '現在の {dir} SPI {spi} (0x0 は SA がインストールされていないことを意味します)。',
  'explain.show.ipsec-pfs': 'PFS: {pfs}、DH グループ {dh}。',
  'explain.show.ipsec-sas-header': '{dir} の {proto} SA が続きます。',
  'explain.show.ipsec-spi': 'SPI {spi} の SA です。',
  'explain.show.ipsec-transform': '使用中のトランスフォーム: {transform}',
  'explain.show.ipsec-settings': 'SA のモードとカプセル化の設定です。',
  'explain.show.ipsec-conn': 'SA の暗号エンジン接続 {connid} です。',
  'explain.show.ipsec-timing': 'SA の残りキー ライフタイム ({units}) です。',
  'explain.show.ipsec-iv': 'SA の IV サイズです。',
  'explain.show.ipsec-replay': 'SA のアンチリプレイ設定です。',
  'explain.show.ipsec-bitmap': 'アンチリプレイ ウィンドウのビットマップです。',
  'explain.show.ipsec-status': 'SA のステータス {status}。',
  'explain.show.pan-title': 'PAN-OS の表: {title}。',
  'explain.show.pan-columns': 'PAN-OS の VPN 表の列名です。',
  'explain.show.pan-ike-row': 'ゲートウェイ {gwid} のピア {peer} との IKE SA です。',
  'explain.show.pan-p2-row': 'トンネル {tunnel} (ゲートウェイ {gateway}) のフェーズ 2/子 SA、ロール {role}。',
  'explain.show.pan-ipsec-row': 'ピア {peer} とのトンネル {tunnel} の IPsec SA: {algo}。',
  'explain.show.pan-summary': 'PAN-OS の表の集計行です。',
  'explain.show.pan-flow-count': 'PAN-OS `show vpn flow` の合計です。',
  'explain.show.pan-flow-row':
    'トンネル {name} (ID {id}) は {state}、モニター {monitor}、{local} から {peer} へ。',
  'explain.show.pan-flow-tunnel': 'トンネル {name} のデータプレーンの状態が続きます。',
  'explain.show.pan-flow-state': 'トンネルの状態: {state}。',
  'explain.show.pan-flow-field': 'トンネルのデータプレーン状態の項目です。',

  // --- インベントリの所見 ---
  'show.finding.SESSION_DOWN': '{what}: ステータス {status}: トンネルが確立していません。',
  'show.finding.FLOW_NO_ACTIVE_SA':
    '{what}: フロー {flow} に有効な IPsec SA がありません。このフローに一致するトラフィックは暗号化されません (このトラフィック セレクタではフェーズ 2 が確立していないか、SA がリキーされずに失効しました)。',
  'show.finding.ONE_WAY_TRAFFIC.out':
    '{what}: フロー {flow} で {pktsOut} パケットを暗号化してトンネルへ送りましたが、戻りがありません (復号 {pktsIn})。ピアが受け取っていないか、トンネル経由で応答していません。対向側のトンネルへの戻り経路、暗号 ACL/トラフィック セレクタ (自側と対称であること)、NAT 除外、ファイアウォールを確認してください。',
  'show.finding.ONE_WAY_TRAFFIC.in':
    '{what}: フロー {flow} でトンネルから {pktsIn} パケットを復号しましたが、送り返したパケットがありません (暗号化 {pktsOut})。自側の応答がトンネルに入っていません。リモート ネットワークへの経路 (トンネルを向いていること)、NAT 除外 (暗号化前に変換された応答は暗号 ACL に一致しません)、暗号 ACL/トラフィック セレクタがピアと対称であることを確認してください。',
  'show.finding.SA_ERRORS':
    '{what}: フロー {flow} の SA でエラーが計上されています ({errors})。受信エラーや廃棄は多くの場合、完全性検査の失敗やリプレイ (リキー後の鍵の不一致、経路上での改変) を意味します。送信エラーは暗号化や送信ができなかったこと (SA なし、MTU) を意味します。',
  'show.finding.SA_NEAR_EXPIRY.sec':
    '{what}: フロー {flow} の SA の残りは {remaining} 秒しかありません。時間内にリキーされないと、新しい SA がネゴシエートされるまで通信が止まります。',
  'show.finding.SA_NEAR_EXPIRY.kb':
    '{what}: フロー {flow} の SA のボリューム ライフタイムの残りは {remaining} KB しかありません。時間内にリキーされないと、新しい SA がネゴシエートされるまで通信が止まります。',
  'show.finding.SA_NEAR_EXPIRY.ike': '{what}: IKE SA の残りは {remaining} 秒しかありません。',
  'show.finding.WEAK_TRANSFORM':
    '{what}: 安全でないアルゴリズムが使われています: {algorithms} (RFC 8221 / RFC 8247: DES、3DES、MD5、SHA-1、DH グループ 1、2、5 はもう使うべきではありません)。両端で AES-GCM、または AES-CBC と SHA-256 以上、DH グループ 14、19、20 を設定してください。',
  'show.fix.SESSION_DOWN':
    'セッションをクリアして再ネゴシエートさせ、デバッグ出力を確認してください: {command}',
  'show.fix.FLOW_NO_ACTIVE_SA':
    '両端のトラフィック セレクタが同じであることを確認してから、セッションをクリアしてフェーズ 2 を再ネゴシエートさせてください: {command}',
  'show.fix.ONE_WAY_TRAFFIC':
    '対向側または経路を直したら、SA カウンタかセッションをリセットして確認してください: {command}',
  'show.fix.SA_ERRORS':
    'リキー後もエラーが増え続ける場合は、SA をクリアして新しい鍵をネゴシエートさせてください: {command}',
  'show.fix.SA_NEAR_EXPIRY':
    '失効時に通信が止まる場合は両端のライフタイムを比較してください。今すぐ再ネゴシエートするには: {command}',
  'show.fix.WEAK_TRANSFORM':
    '両端のプロポーザルを変更したら、SA をクリアして新しい設定を使わせてください: {command}',

  // --- `ikescope status` ---
  'show.status.title': 'show 出力から読んだ SA インベントリ',
  'show.status.none':
    '入力に show コマンドの出力 (show crypto session、show crypto ipsec sa、show vpn-sessiondb、show vpn ike-sa など) が見つかりませんでした。',
  'show.status.from': '{path}:{line} から',
  'show.status.col.interface': 'インターフェイス',
  'show.status.col.peer': 'ピア',
  'show.status.col.description': '説明',
  'show.status.col.status': 'ステータス',
  'show.status.col.ike': 'IKE SA',
  'show.status.col.flow': 'フロー',
  'show.status.col.active': '有効 SA',
  'show.status.col.packets': 'パケット 受信/送信',
  'show.status.col.errors': '廃棄/エラー 受信/送信',
  'show.status.findings': '所見',
  'show.status.noFindings': 'これらの出力に問題は見つかりませんでした。',
  'show.status.evidence': '根拠',
  'show.status.next': '次の手順',
  'show.status.severity.error': 'エラー',
  'show.status.severity.warning': '警告',
  'show.status.severity.info': '情報',
  'show.status.summary': '{entries} 行、エラー {errors} 件、警告 {warnings} 件、情報 {infos} 件。',

  // --- strongSwan / Libreswan status outputs ---
  'explain.show.daemon-command': 'コマンドのエコー: `{command}` の出力が続きます。',
  'explain.show.swanctl-ike':
    'strongSwan の IKE SA {name}（ID {uid}）、状態 {state}、IKEv{version}。`*` はこちら側の SPI です。',
  'explain.show.swanctl-ike-endpoint': "IKE SA の {side} 側: ID '{id}'、{address} ポート {port}。",
  'explain.show.swanctl-ike-algorithms': 'IKE SA のアルゴリズム（暗号化/完全性/PRF/鍵交換）。',
  'explain.show.swanctl-ike-times': 'IKE SA は {ago} 秒前に確立されました。',
  'explain.show.swanctl-ike-tasks': '{queue} キューにある IKE SA のタスク（進行中または待機中の交換）。',
  'explain.show.swanctl-child':
    '子 SA {name}（ID {uid}、reqid {reqid}）、状態 {state}、モード {mode}、{proto}（{algs}）。',
  'explain.show.swanctl-child-times': '子 SA は {ago} 秒前にインストールされました。',
  'explain.show.swanctl-child-traffic': '子 SA の {dir} 方向: SPI {spi}、{bytes} バイト、{pkts} パケット。',
  'explain.show.swanctl-child-ts': '子 SA のトラフィックセレクター（{side} 側）: {ts}。',
  'explain.show.stroke-daemon': 'strongSwan `ipsec statusall` の見出し: {version}。',
  'explain.show.stroke-daemon-info': '`ipsec statusall` のデーモン情報（{key}）。',
  'explain.show.stroke-section': '`ipsec statusall` のセクション見出し。',
  'explain.show.stroke-address': 'charon が待ち受けるアドレス。',
  'explain.show.stroke-conn': '読み込まれた接続 {name}: {local} から {remote}、{version}。',
  'explain.show.stroke-conn-auth': '接続 {name} の認証（{key}）。',
  'explain.show.stroke-conn-child': '子設定 {name}: {local} === {remote}、{mode}。',
  'explain.show.stroke-sa-title': '稼働中の IKE SA {up} 個、接続中 {connecting} 個。',
  'explain.show.stroke-none': 'SA はありません。',
  'explain.show.stroke-ike': 'IKE SA {name}[{uid}]、状態 {state}、{local} と {remote} の間。',
  'explain.show.stroke-ike-spis': 'IKE SA {name}[{uid}]（IKEv{version}）の SPI。`*` はこちら側。',
  'explain.show.stroke-ike-proposal': 'IKE SA {name}[{uid}] は {suite} を使用しています。',
  'explain.show.stroke-child': '子 SA {name}{{uid}}: 状態 {state}、モード {mode}。',
  'explain.show.stroke-child-traffic': '子 SA {name}{{uid}}: 受信 {bin} バイト、送信 {bout} バイト。',
  'explain.show.stroke-child-ts': '子 SA {name}{{uid}} のトラフィックセレクター: {local} === {remote}。',
  'explain.show.pluto-blank': '`ipsec status` の空行。',
  'explain.show.pluto-kernel': 'Libreswan のステータス: 使用中のカーネルインターフェイス。',
  'explain.show.pluto-interface': 'pluto が待ち受けるインターフェイスとポート。',
  'explain.show.pluto-heading': '`ipsec status` のセクション見出し。',
  'explain.show.pluto-options': '`ipsec status` のグローバル設定（config setup）。',
  'explain.show.pluto-algorithm': 'pluto が対応するアルゴリズム（`ipsec status` の表）。',
  'explain.show.pluto-stats': 'pluto の内部統計。',
  'explain.show.pluto-state-info': 'pluto の状態の概要。',
  'explain.show.pluto-sa-counts': '{kind} SA の合計: {total}。',
  'explain.show.pluto-total': '読み込まれた接続: {loaded}、アクティブ: {active}。',
  'explain.show.pluto-conn': '読み込まれた接続 "{name}"（{routing}）。',
  'explain.show.pluto-conn-newest':
    '接続 "{name}": 最新の IKE SA #{ike}、最新の IPsec SA #{ipsec}（#0 はなし）。',
  'explain.show.pluto-conn-algorithms': '接続 "{name}": {key}: {value}。',
  'explain.show.pluto-conn-lifetimes': '接続 "{name}": IKE SA の寿命 {ike} 秒、IPsec SA の寿命 {ipsec} 秒。',
  'explain.show.pluto-conn-detail': '読み込まれた接続の設定の詳細。',
  'explain.show.pluto-state': '"{name}" の状態 #{serial}: {state}（{desc}）。',
  'explain.show.pluto-state-sas': '"{name}" の状態 #{serial} の IPsec SA と通信量: {traffic}。',
  'explain.show.pluto-state-pending': '状態 #{serial} は "{name}" の {what} のネゴシエーション待ちです。',
  'explain.show.pluto-traffic': '"{name}" の IPsec SA #{serial}: 受信 {in} バイト、送信 {out} バイト。',
  'show.finding.ONE_WAY_TRAFFIC.outBytes':
    '{what}: {flow} について {bytesOut} バイトがトンネルへ暗号化されましたが、戻りはありません（復号 {bytesIn} バイト）。相手が受信していないか、トンネル経由で応答していません。相手側のトンネルへの戻りルート、トラフィックセレクター（こちらと対称であること）、NAT 除外、ファイアウォールを確認してください。',
  'show.finding.ONE_WAY_TRAFFIC.inBytes':
    '{what}: {flow} について {bytesIn} バイトをトンネルから復号しましたが、送り返したものはありません（暗号化 {bytesOut} バイト）。こちらの応答がトンネルに入っていません。リモートネットワークへのルート（トンネルを向くこと）、NAT 除外、トラフィックセレクターが相手と対称であることを確認してください。',
  'show.finding.NO_IKE_SA':
    '{what}: 接続は読み込まれていますが IKE SA がありません。一度も開始されていないか、IKE SA の確立前にすべての試行が失敗しています。接続を開始（または相手からの開始を待機）し、その試行のログを確認してください。',
  'show.finding.NO_IKE_SA.listing':
    '{what}: 出力に IKE SA が一つもありません。この時点でこのホストには確立済みまたは確立中のトンネルがありません。',
  'show.finding.NO_CHILD_SA':
    '{what}: IKE SA は確立していますが（{status}）、その下に子（IPsec）SA がありません{pending}。通信は保護されていません。多くの場合、子 SA のネゴシエーション失敗（トラフィックセレクターや ESP プロポーザルの不一致、PFS グループの違い）か、カーネルによる SA の拒否です。IKE_AUTH / CREATE_CHILD_SA または Quick Mode 交換のログで確認してください。',
  'show.finding.NO_CHILD_SA.listing':
    '{what}: 出力に IPsec SA がありません。この時点でこのホストでは通信が保護されていません。',
  'show.fix.NO_IKE_SA': '接続を開始し、その試行のログを確認してください: {command}',
  'show.fix.NO_CHILD_SA': '両端の子 SA の設定を直したら、再度開始してログを確認してください: {command}',
  'show.status.detail.ike': 'IKE SA {id}: {local} ↔ {remote}',
  'show.status.detail.child': '子 SA {id}: {flow}',
  'show.status.detail.spis': 'SPI 受信 {in} 送信 {out}',
  'show.status.detail.bytes': 'バイト 受信/送信 {in}/{out}',
  'show.status.detail.up': '稼働 {sec} 秒',
  'show.status.detail.expires': '{sec} 秒後に失効',
};
export default messages;
