// de messages: show
const messages: Record<string, string> = {
  // --- line explanations (explain.show.<patternId>) ---
  'explain.show.command': 'Befehlsecho: Es folgt die Ausgabe von `{command}`.',
  'explain.show.pager': 'Pager-Eingabeaufforderung innerhalb einer show-Ausgabe (die Ausgabe geht weiter).',
  'explain.show.separator': 'Trennlinie unter den Spaltennamen einer PAN-OS-show-Ausgabe.',
  'explain.show.session-title':
    'Beginn von `show crypto session`: Es folgen die Crypto-Sessions (IKE-Peer, seine IKE SA und IPsec-Flows).',
  'explain.show.session-legend': 'Legende der Capability-Codes, die `show crypto session detail` ausgibt.',
  'explain.show.session-interface': 'Crypto-Session auf Interface {interface}.',
  'explain.show.session-profile': 'Die Session verwendet das IKE/IPsec-Profil {profile}.',
  'explain.show.session-uptime': 'Die Session besteht seit {uptime}.',
  'explain.show.session-status':
    'Session-Status {status} (UP-ACTIVE: IKE- und IPsec-SAs aktiv; UP-IDLE: IKE aktiv, keine IPsec SA; UP-NO-IKE: IPsec SAs ohne IKE SA; DOWN-NEGOTIATING: wird aufgebaut; DOWN: keine SA).',
  'explain.show.session-peer': 'IKE-Peer {peer}, Port {port}.',
  'explain.show.session-phase1-id': 'Identität, die der Peer in Phase 1 übermittelt hat: {id}.',
  'explain.show.session-desc': 'Für diesen Peer konfigurierte Beschreibung: {desc}',
  'explain.show.session-id': 'Session-Nummer {sessionId}.',
  'explain.show.session-client': 'Detail des Remote-Access-Clients: {key} {value}.',
  'explain.show.session-ike-sa':
    '{version}-SA zwischen {local}:{lport} und {remote}:{rport}, Zustand {state}.',
  'explain.show.session-capabilities':
    'Connection-ID {connid} der IKE SA, verbleibende Lebensdauer {lifetime}.',
  'explain.show.session-flow': 'IPsec-Flow (Traffic-Selektoren aus Crypto-ACL / Profil): {flow}',
  'explain.show.session-active-sas':
    '{active} IPsec SAs schützen diesen Flow (ein funktionierender Flow hat mindestens eine pro Richtung).',
  'explain.show.session-inbound':
    'Eingehend: {pkts} Pakete entschlüsselt, {drop} verworfen; verbleibende SA-Lebensdauer {kb} KB / {sec} s.',
  'explain.show.session-outbound':
    'Ausgehend: {pkts} Pakete verschlüsselt, {drop} verworfen; verbleibende SA-Lebensdauer {kb} KB / {sec} s.',
  'explain.show.isakmp-peer': 'ISAKMP-Peer {peer}, Port {port}.',
  'explain.show.isakmp-peer-desc': 'Beschreibung des ISAKMP-Peers: {desc}',
  'explain.show.isakmp-peer-flags': 'Flags des ISAKMP-Peers: {flags}.',
  'explain.show.isakmp-peer-phase1-id': 'Phase-1-Identität des Peers: {id}.',
  'explain.show.isakmp-sa-title': 'Beginn der IPv{af}-ISAKMP-SA-Tabelle (IKEv1).',
  'explain.show.isakmp-sa-columns': 'Spaltennamen der ISAKMP-SA-Tabelle.',
  'explain.show.isakmp-sa-row':
    'IKEv1 SA von {src} nach {dst} (dst ist der Responder), Zustand {state}, Verbindung {connid}, {status}. QM_IDLE heißt, Phase 1 ist aufgebaut; MM_NO_STATE oder MM_KEY_EXCH heißt, sie ist es nicht.',
  'explain.show.isakmp-sa-detail-row':
    'IKEv1 SA {cid} zwischen {local} und {remote}: {status}, {encr}/{hash}, Authentisierung {auth}, DH-Gruppe {dh}, verbleibende Lebensdauer {life}.',
  'explain.show.isakmp-sa-engine': 'Crypto-Engine und Connection-ID der ISAKMP SA.',
  'explain.show.isakmp-sa-v6-addr': 'IPv6-ISAKMP-SA, {which} {addr}.',
  'explain.show.isakmp-sa-v6-state': 'Zustand der IPv6-ISAKMP-SA {state}, Verbindung {connid}, {status}.',
  'explain.show.asa-ike-title': 'Beginn der IKEv1-SA-Liste der ASA.',
  'explain.show.asa-sa-counts': 'Anzahl der IKE SAs auf der ASA: {what} {n}.',
  'explain.show.asa-ike-peer': 'IKEv1 SA Nummer {n} mit Peer {peer}.',
  'explain.show.asa-no-sas': 'Die ASA hat derzeit keine IKEv{v} SA.',
  'explain.show.asa-fields': 'Eine Zeile mit ASA-Feldern `Key : Value` (zwei Spalten).',
  'explain.show.sessiondb-title': 'Beginn von `show vpn-sessiondb`: Session-Typ {type}.',
  'explain.show.sessiondb-section': 'Es folgen Details zum Teil {section} der Session.',
  'explain.show.sessiondb-tunnels': 'Die Session hat {n} {proto}-Tunnel.',
  'explain.show.ikev2-title': 'Beginn der IKEv2-SA-Liste.',
  'explain.show.ikev2-session': 'IKEv2-Session {sid}: Status {status}, {ike} IKE SA(s), {child} Child SA(s).',
  'explain.show.ikev2-columns': 'Spaltennamen der IKEv2-SA-Tabelle.',
  'explain.show.ikev2-row':
    'IKEv2 SA {tid} zwischen {local}:{lport} und {remote}:{rport}, Status {status} (READY heißt aufgebaut).',
  'explain.show.ikev2-encr':
    'Algorithmen der IKE SA: {encr} {keysize} Bit, Integrität {hash}, DH-Gruppe {dh}, Authentisierung {authSign} (unsere) / {authVerify} (die der Gegenstelle).',
  'explain.show.ikev2-child-encr': 'Algorithmen der Child SA: {encr} {keysize} Bit, Integrität {hmac}.',
  'explain.show.ikev2-child-mode': 'Child SA: AH {ah}, Kompression {comp}, Modus {mode}.',
  'explain.show.ikev2-life': 'Lebensdauer der IKE SA {life} s, aktiv seit {active} s.',
  'explain.show.ikev2-ce-id': 'Crypto-Engine-ID {ce}, Session {sid}.',
  'explain.show.ikev2-session-id': 'IKEv2-Session {sid}.',
  'explain.show.ikev2-status-desc': 'Zustand der IKE SA im Klartext: {desc}.',
  'explain.show.ikev2-spi': 'SPIs der IKE SA: lokal {lspi}, entfernt {rspi}.',
  'explain.show.ikev2-id': '{side} IKE-Identität: {id}.',
  'explain.show.ikev2-window': 'IKEv2-Message-IDs und -Fenster beider Seiten.',
  'explain.show.ikev2-dpd': 'Dead-Peer-Detection-Einstellungen der IKE SA.',
  'explain.show.ikev2-info': 'Funktionsstatus der IKE SA: {what}.',
  'explain.show.ikev2-assigned': 'Dem entfernten Client zugewiesene Adresse: {addr}.',
  'explain.show.ikev2-child': 'Child SA, lokaler Traffic-Selektor {sel}.',
  'explain.show.ikev2-remote-selector': 'Child SA, entfernter Traffic-Selektor {sel}.',
  'explain.show.ikev2-child-spi': '{proto}-SPIs der Child SA ein/aus: {in} / {out}.',
  'explain.show.ikev2-cpi': 'IPComp-CPIs der Child SA (0 = keine Kompression).',
  'explain.show.ipsec-interface': 'Es folgen die IPsec SAs auf Interface {interface}.',
  'explain.show.ipsec-crypto-map': 'Crypto Map {map}, lokale Adresse {local}.',
  'explain.show.ipsec-acl': 'Crypto-ACL {acl}, die den Verkehr dieser SA auswählt.',
  'explain.show.ipsec-vrf': 'Geschützte (innere) VRF: {vrf}.',
  'explain.show.ipsec-ident': '{side} Proxy-Identität (Traffic-Selektor): {addr}/{mask}, Protokoll {prot}.',
  'explain.show.ipsec-peer': 'IPsec-Peer {peer}.',
  'explain.show.ipsec-dyn-peer': 'Dem Peer zugewiesene Adresse: {ip}.',
  'explain.show.ipsec-permit': 'Der Flow wird von der Crypto-ACL erlaubt.',
  'explain.show.ipsec-encaps':
    'Ausgehend: {encaps} Pakete gekapselt ({encrypt} verschlüsselt, {digest} mit Prüfsumme versehen).',
  'explain.show.ipsec-decaps':
    'Eingehend: {decaps} Pakete entkapselt ({decrypt} entschlüsselt, {verify} verifiziert).',
  'explain.show.ipsec-errors': 'Sendefehler {send}, Empfangsfehler {recv}.',
  'explain.show.ipsec-counters': 'Weitere Zähler der IPsec SA: {counters}',
  'explain.show.ipsec-endpoints': 'Tunnel-Endpunkte: lokal {local}, entfernt {remote}.',
  'explain.show.ipsec-mtu': 'Pfad-MTU und IPsec-Overhead der SA.',
  'explain.show.ipsec-pmtu': 'Pfad-MTU-Timer und DF-Bit-Richtlinie der SA.',
  'explain.show.ipsec-current-spi': 'Aktueller {dir}-SPI {spi} (0x0 heißt, keine SA ist installiert).',
  'explain.show.ipsec-pfs': 'Perfect Forward Secrecy: {pfs}, DH-Gruppe {dh}.',
  'explain.show.ipsec-sas-header': 'Es folgen {dir} {proto}-SAs.',
  'explain.show.ipsec-spi': 'SA mit SPI {spi}.',
  'explain.show.ipsec-transform': 'Verwendetes Transform: {transform}',
  'explain.show.ipsec-settings': 'Modus- und Kapselungseinstellungen der SA.',
  'explain.show.ipsec-conn': 'Crypto-Engine-Verbindung {connid} der SA.',
  'explain.show.ipsec-timing': 'Verbleibende Schlüssellebensdauer der SA ({units}).',
  'explain.show.ipsec-iv': 'Größe des Initialisierungsvektors der SA.',
  'explain.show.ipsec-replay': 'Anti-Replay-Einstellungen der SA.',
  'explain.show.ipsec-bitmap': 'Bitmap des Anti-Replay-Fensters.',
  'explain.show.ipsec-status': 'SA-Status {status}.',
  'explain.show.pan-title': 'PAN-OS-Tabelle: {title}.',
  'explain.show.pan-columns': 'Spaltennamen einer PAN-OS-VPN-Tabelle.',
  'explain.show.pan-ike-row': 'IKE SA des Gateways {gwid} mit Peer {peer}.',
  'explain.show.pan-p2-row': 'Phase-2-/Child-SA des Tunnels {tunnel} (Gateway {gateway}), Rolle {role}.',
  'explain.show.pan-ipsec-row': 'IPsec SA des Tunnels {tunnel} mit Peer {peer}: {algo}.',
  'explain.show.pan-summary': 'Zusammenfassung der PAN-OS-Tabelle.',
  'explain.show.pan-flow-count': 'Summen von PAN-OS `show vpn flow`.',
  'explain.show.pan-flow-row':
    'Tunnel {name} (ID {id}) ist {state}, Monitor {monitor}, von {local} nach {peer}.',
  'explain.show.pan-flow-tunnel': 'Es folgt der Data-Plane-Zustand von Tunnel {name}.',
  'explain.show.pan-flow-state': 'Tunnelzustand: {state}.',
  'explain.show.pan-flow-field': 'Ein Feld des Data-Plane-Zustands des Tunnels.',

  // --- inventory findings ---
  'show.finding.SESSION_DOWN': '{what}: Status {status}: Der Tunnel ist nicht aufgebaut.',
  'show.finding.FLOW_NO_ACTIVE_SA':
    '{what}: Der Flow {flow} hat keine aktive IPsec SA: Passender Verkehr wird nicht verschlüsselt (Phase 2 kam für diesen Traffic-Selektor nie zustande, oder ihre SAs sind ohne Rekey abgelaufen).',
  'show.finding.ONE_WAY_TRAFFIC.out':
    '{what}: {pktsOut} Pakete für {flow} wurden in den Tunnel verschlüsselt, aber keine kamen zurück ({pktsIn} entschlüsselt). Die Gegenstelle empfängt nichts oder antwortet nicht durch den Tunnel: Prüfen Sie dort das Routing zurück in den Tunnel, die Crypto-ACL/Traffic-Selektoren (müssen unsere spiegeln), die NAT-Ausnahme und die Firewall.',
  'show.finding.ONE_WAY_TRAFFIC.in':
    '{what}: {pktsIn} Pakete für {flow} wurden aus dem Tunnel entschlüsselt, aber keine zurückgesendet ({pktsOut} verschlüsselt). Unsere Antworten gelangen nicht in den Tunnel: Prüfen Sie die Route ins entfernte Netz (sie muss in den Tunnel zeigen), die NAT-Ausnahme (vor der Verschlüsselung übersetzte Antworten treffen die Crypto-ACL nicht) und ob Crypto-ACL/Traffic-Selektoren die der Gegenstelle spiegeln.',
  'show.finding.SA_ERRORS':
    '{what}: Die SA für {flow} zählt Fehler ({errors}). Empfangsfehler und Drops bedeuten meist fehlgeschlagene Integritätsprüfungen oder Replay (falsche Schlüssel nach einem Rekey, unterwegs veränderte Pakete); Sendefehler bedeuten, dass Pakete nicht verschlüsselt oder gesendet werden konnten (keine SA, MTU).',
  'show.finding.SA_NEAR_EXPIRY.sec':
    '{what}: Die SA für {flow} hat nur noch {remaining} s; wird sie nicht rechtzeitig erneuert, stoppt der Verkehr, bis eine neue SA ausgehandelt ist.',
  'show.finding.SA_NEAR_EXPIRY.kb':
    '{what}: Die SA für {flow} hat nur noch {remaining} KB ihrer Volumen-Lebensdauer; wird sie nicht rechtzeitig erneuert, stoppt der Verkehr, bis eine neue SA ausgehandelt ist.',
  'show.finding.SA_NEAR_EXPIRY.ike': '{what}: Die IKE SA läuft in nur noch {remaining} s ab.',
  'show.finding.WEAK_TRANSFORM':
    '{what}: Unsichere Algorithmen im Einsatz: {algorithms} (RFC 8221 / RFC 8247: DES, 3DES, MD5, SHA-1 und die DH-Gruppen 1, 2, 5 sind nicht mehr akzeptabel). Konfigurieren Sie auf beiden Seiten AES-GCM oder AES-CBC mit SHA-256 oder besser und DH-Gruppe 14, 19 oder 20.',
  'show.fix.SESSION_DOWN':
    'Setzen Sie die Session zurück, damit sie neu ausgehandelt wird, und beobachten Sie die Debug-Ausgabe: {command}',
  'show.fix.FLOW_NO_ACTIVE_SA':
    'Nachdem Sie geprüft haben, dass beide Seiten dieselben Traffic-Selektoren definieren, setzen Sie die Session zurück, damit Phase 2 neu ausgehandelt wird: {command}',
  'show.fix.ONE_WAY_TRAFFIC':
    'Sobald die Gegenseite oder die Route korrigiert ist, setzen Sie zur Bestätigung die SA-Zähler oder die Session zurück: {command}',
  'show.fix.SA_ERRORS':
    'Wenn die Fehler nach einem Rekey weiter steigen, löschen Sie die SAs, damit neue Schlüssel ausgehandelt werden: {command}',
  'show.fix.SA_NEAR_EXPIRY':
    'Stoppt der Verkehr beim Ablauf, vergleichen Sie die Lebensdauern beider Seiten; sofort neu aushandeln: {command}',
  'show.fix.WEAK_TRANSFORM':
    'Nachdem Sie die Vorschläge auf beiden Seiten geändert haben, löschen Sie die SAs, damit die neuen verwendet werden: {command}',

  // --- `ikescope status` ---
  'show.status.title': 'SA-Bestand aus show-Ausgaben',
  'show.status.none':
    'Keine Ausgabe von show-Befehlen (show crypto session, show crypto ipsec sa, show vpn-sessiondb, show vpn ike-sa ...) in der Eingabe gefunden.',
  'show.status.from': 'aus {path}:{line}',
  'show.status.col.interface': 'Interface',
  'show.status.col.peer': 'Peer',
  'show.status.col.description': 'Beschreibung',
  'show.status.col.status': 'Status',
  'show.status.col.ike': 'IKE SA',
  'show.status.col.flow': 'Flow',
  'show.status.col.active': 'Aktive SAs',
  'show.status.col.packets': 'Pakete ein/aus',
  'show.status.col.errors': 'Drops/Fehler ein/aus',
  'show.status.findings': 'Befunde',
  'show.status.noFindings': 'In diesen Ausgaben wurde kein Problem gefunden.',
  'show.status.evidence': 'Beleg',
  'show.status.next': 'Nächster Schritt',
  'show.status.severity.error': 'Fehler',
  'show.status.severity.warning': 'Warnung',
  'show.status.severity.info': 'Hinweis',
  'show.status.summary': '{entries} Zeile(n), {errors} Fehler, {warnings} Warnung(en), {infos} Hinweis(e).',

  // --- strongSwan / Libreswan status outputs ---
  'explain.show.daemon-command': 'Befehlsecho: Es folgt die Ausgabe von `{command}`.',
  'explain.show.swanctl-ike':
    'strongSwan-IKE-SA {name} (ID {uid}), Zustand {state}, IKEv{version}; `*` markiert den SPI dieser Seite.',
  'explain.show.swanctl-ike-endpoint': "{side}-Ende der IKE-SA: Identität '{id}' bei {address} Port {port}.",
  'explain.show.swanctl-ike-algorithms':
    'Algorithmen der IKE-SA (Verschlüsselung/Integrität/PRF/Schlüsselaustausch).',
  'explain.show.swanctl-ike-times': 'Die IKE-SA wurde vor {ago} s aufgebaut.',
  'explain.show.swanctl-ike-tasks':
    'Aufgaben der IKE-SA in der Warteschlange {queue} (laufende oder wartende Exchanges).',
  'explain.show.swanctl-child':
    'Child-SA {name} (ID {uid}, reqid {reqid}), Zustand {state}, Modus {mode}, {proto} mit {algs}.',
  'explain.show.swanctl-child-times': 'Die Child-SA wurde vor {ago} s installiert.',
  'explain.show.swanctl-child-traffic': 'Child-SA Richtung {dir}: SPI {spi}, {bytes} Bytes, {pkts} Pakete.',
  'explain.show.swanctl-child-ts': 'Traffic-Selector der Child-SA, Seite {side}: {ts}.',
  'explain.show.stroke-daemon': 'Kopf von strongSwans `ipsec statusall`: {version}.',
  'explain.show.stroke-daemon-info': 'Daemon-Information ({key}) in `ipsec statusall`.',
  'explain.show.stroke-section': 'Abschnittsüberschrift von `ipsec statusall`.',
  'explain.show.stroke-address': 'Eine Adresse, auf der charon lauscht.',
  'explain.show.stroke-conn': 'Geladene Verbindung {name}: {local} nach {remote}, {version}.',
  'explain.show.stroke-conn-auth': 'Authentisierung der Verbindung {name} ({key}).',
  'explain.show.stroke-conn-child': 'Child-Konfiguration {name}: {local} === {remote}, {mode}.',
  'explain.show.stroke-sa-title': '{up} IKE-SA(s) aktiv, {connecting} im Aufbau.',
  'explain.show.stroke-none': 'Keine Security Association.',
  'explain.show.stroke-ike': 'IKE-SA {name}[{uid}], Zustand {state}, zwischen {local} und {remote}.',
  'explain.show.stroke-ike-spis':
    'SPIs der IKE-SA {name}[{uid}] (IKEv{version}); `*` markiert den dieser Seite.',
  'explain.show.stroke-ike-proposal': 'IKE-SA {name}[{uid}] verwendet {suite}.',
  'explain.show.stroke-child': 'Child-SA {name}{{uid}}: Zustand {state}, Modus {mode}.',
  'explain.show.stroke-child-traffic':
    'Child-SA {name}{{uid}}: {bin} Bytes eingehend, {bout} Bytes ausgehend.',
  'explain.show.stroke-child-ts': 'Traffic-Selectors der Child-SA {name}{{uid}}: {local} === {remote}.',
  'explain.show.pluto-blank': 'Leerzeile von `ipsec status`.',
  'explain.show.pluto-kernel': 'Libreswan-Status: verwendete Kernel-Schnittstelle.',
  'explain.show.pluto-interface': 'Eine Schnittstelle und ein Port, auf denen pluto lauscht.',
  'explain.show.pluto-heading': 'Abschnittsüberschrift von `ipsec status`.',
  'explain.show.pluto-options': 'Globale Optionen in `ipsec status` (config setup).',
  'explain.show.pluto-algorithm': 'Ein von pluto unterstützter Algorithmus (Tabelle in `ipsec status`).',
  'explain.show.pluto-stats': 'Interne Statistik von pluto.',
  'explain.show.pluto-state-info': 'Zustandsübersicht von pluto.',
  'explain.show.pluto-sa-counts': '{kind}-SAs insgesamt: {total}.',
  'explain.show.pluto-total': 'Geladene Verbindungen: {loaded}, aktiv: {active}.',
  'explain.show.pluto-conn': 'Geladene Verbindung "{name}" ({routing}).',
  'explain.show.pluto-conn-newest':
    'Verbindung "{name}": neueste IKE-SA #{ike}, neueste IPsec-SA #{ipsec} (#0: keine).',
  'explain.show.pluto-conn-algorithms': 'Verbindung "{name}": {key}: {value}.',
  'explain.show.pluto-conn-lifetimes': 'Verbindung "{name}": Lebensdauer IKE-SA {ike} s, IPsec-SA {ipsec} s.',
  'explain.show.pluto-conn-detail': 'Konfigurationsdetail einer geladenen Verbindung.',
  'explain.show.pluto-state': 'Zustand #{serial} von "{name}": {state} ({desc}).',
  'explain.show.pluto-state-sas':
    'IPsec-SAs des Zustands #{serial} von "{name}" mit ihrem Verkehr: {traffic}.',
  'explain.show.pluto-state-pending': 'Zustand #{serial} wartet darauf, {what} für "{name}" auszuhandeln.',
  'explain.show.pluto-traffic':
    'IPsec-SA #{serial} von "{name}": {in} Bytes eingehend, {out} Bytes ausgehend.',
  'show.finding.ONE_WAY_TRAFFIC.outBytes':
    '{what}: {bytesOut} Bytes wurden für {flow} in den Tunnel verschlüsselt, aber nichts kam zurück ({bytesIn} Bytes entschlüsselt). Die Gegenstelle empfängt nichts oder antwortet nicht durch den Tunnel: Routing zurück in den Tunnel, Traffic-Selectors (spiegelbildlich zu unseren), NAT-Ausnahme und Firewall auf der Gegenseite prüfen.',
  'show.finding.ONE_WAY_TRAFFIC.inBytes':
    '{what}: {bytesIn} Bytes wurden für {flow} aus dem Tunnel entschlüsselt, aber nichts zurückgesendet ({bytesOut} Bytes verschlüsselt). Unsere Antworten gelangen nicht in den Tunnel: Route ins entfernte Netz (muss in den Tunnel zeigen), NAT-Ausnahme und spiegelbildliche Traffic-Selectors prüfen.',
  'show.finding.NO_IKE_SA':
    '{what}: Die Verbindung ist geladen, hat aber keine IKE-SA: Sie wurde nie initiiert, oder jeder Versuch scheiterte, bevor die IKE-SA stand. Starten Sie sie (oder warten Sie auf die Gegenstelle) und lesen Sie das Log dieses Versuchs.',
  'show.finding.NO_IKE_SA.listing':
    '{what}: Die Ausgabe listet überhaupt keine IKE-SA: Zum Zeitpunkt der Aufnahme ist auf diesem Host kein Tunnel aktiv oder im Aufbau.',
  'show.finding.NO_CHILD_SA':
    '{what}: Die IKE-SA steht ({status}), aber darunter ist keine Child-(IPsec-)SA installiert{pending}: Kein Verkehr ist geschützt. Meist scheiterte die Aushandlung der Child-SA (Traffic-Selectors oder ESP-Proposals passen nicht, PFS-Gruppe verschieden) oder der Kernel lehnte die SA ab; das Log des IKE_AUTH-/CREATE_CHILD_SA- bzw. Quick-Mode-Austauschs sagt, was zutrifft.',
  'show.finding.NO_CHILD_SA.listing':
    '{what}: Die Ausgabe listet keine IPsec-SA: Zum Zeitpunkt der Aufnahme ist auf diesem Host kein Verkehr geschützt.',
  'show.fix.NO_IKE_SA': 'Verbindung starten und das Log des Versuchs verfolgen: {command}',
  'show.fix.NO_CHILD_SA':
    'Nach Korrektur der Child-SA-Einstellungen auf beiden Seiten erneut starten und das Log verfolgen: {command}',
  'show.status.detail.ike': 'IKE-SA {id}: {local} ↔ {remote}',
  'show.status.detail.child': 'Child-SA {id}: {flow}',
  'show.status.detail.spis': 'SPIs ein {in} aus {out}',
  'show.status.detail.bytes': 'Bytes ein/aus {in}/{out}',
  'show.status.detail.up': 'seit {sec} s',
  'show.status.detail.expires': 'läuft ab in {sec} s',
};
export default messages;
