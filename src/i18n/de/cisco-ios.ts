// de messages: cisco-ios
// One-line explanation of each Cisco IOS / IOS-XE crypto pattern (`--explain`); keys
// `explain.cisco-ios.<id>`. Placeholders are the pattern's named groups that every sample captures,
// plus the prefix's `{mnemonic}` (syslog) and `{connId}` (ISAKMP conn-id) where the line has them.
const messages: Record<string, string> = {
  // %CRYPTO- / %IKEV2- syslog
  'explain.cisco-ios.crypto-session-status':
    'Status der Crypto-Session: Die Session mit Peer {peer} ist {state} (eine IKE SA plus ihre IPsec-SAs; die Beschreibung ist die mit `crypto isakmp peer` gesetzte Beschreibung pro Peer).',
  'explain.cisco-ios.crypto-ikmp-no-sa':
    'Eine IKE-Nachricht von {peer} bezieht sich auf eine SA, die dieser Router nicht hat, und ist keine neue Aushandlung (die Gegenstelle hält eine veraltete SA).',
  'explain.cisco-ios.crypto-ikmp-mode-failure':
    'Verarbeitung des {mode} Mode mit Peer {peer} fehlgeschlagen; die Debug-Zeilen davor nennen den Grund.',
  'explain.cisco-ios.crypto-recvd-pkt-inv-spi':
    'Ein ESP-Paket von {src} trägt SPI {spi}, die dieser Router nicht kennt: Die Gegenstelle verwendet noch eine SA, die dieser Router gelöscht hat.',
  'explain.cisco-ios.crypto-ikmp-bad-message':
    'Eine IKE-Nachricht von {peer} hat die Plausibilitätsprüfung nicht bestanden; nach Main-Mode-Nachricht 4 bedeutet das meist, dass beide Seiten unterschiedliche Pre-Shared Keys haben.',
  'explain.cisco-ios.crypto-ikmp-not-encrypted':
    'Ein IKE-Paket von {peer} kam im Klartext, obwohl es verschlüsselt sein sollte.',
  'explain.cisco-ios.crypto-pkt-replay-err':
    'Ein ESP-Paket hat die Anti-Replay-Prüfung nicht bestanden ({what}); meist Umsortierung oder QoS, kein Aushandlungsproblem.',
  'explain.cisco-ios.crypto-ikmp-inval-cert': 'Das von {peer} empfangene Zertifikat ist ungültig.',
  'explain.cisco-ios.crypto-isakmp-on-off': 'ISAKMP (IKEv1) ist auf diesem Router jetzt {state}.',
  'explain.cisco-ios.crypto-ikmp-query-key':
    'Der Router hat kein RSA-Schlüsselpaar für die rsa-sig-Authentifizierung.',
  'explain.cisco-ios.crypto-ikmp-sa-not-auth':
    'Der Peer {peer} hat {mode} gestartet, bevor Phase 1 authentifiziert war (oft ein abweichender Pre-Shared Key auf einer Seite).',
  'explain.cisco-ios.crypto-ikmp-sa-not-offered':
    'Der Peer {peer} hat mit Attribut {attr} geantwortet, das dieser Router nicht angeboten hat.',
  'explain.cisco-ios.crypto-recvd-pkt-not-ipsec':
    'Ein Klartext-Paket von {src} kam an, wo die crypto map IPsec erwartet: Die Gegenstelle verschlüsselt diesen Verkehr nicht (Crypto-ACL passt nicht oder keine SA).',
  'explain.cisco-ios.crypto-recvd-pkt-mac-err':
    'Ein ESP-Paket hat die Integritätsprüfung nicht bestanden (Beschädigung oder falsche Schlüssel).',
  'explain.cisco-ios.crypto-ipsec-setup-failure': 'IPsec-Aufbau mit {remote} fehlgeschlagen: {reason}.',
  'explain.cisco-ios.ikev2-osal-initiate':
    'Datenverkehr fordert einen IKEv2-Tunnel an: lokaler Selektor {la}, Remote-Selektor {ra}.',
  // debug crypto isakmp
  'explain.cisco-ios.isakmp-received-packet': 'IKEv1-Paket von {peer} empfangen (Zustand {state}).',
  'explain.cisco-ios.isakmp-sending-packet': 'IKEv1-Paket an {peer} gesendet (Zustand {state}).',
  'explain.cisco-ios.isakmp-retransmitting':
    'Noch keine Antwort: Der Router wiederholt seine Phase-{phase}-Nachricht im Zustand {state} (MM_NO_STATE: erste Nachricht; MM_KEY_EXCH: Nachricht 5, verschlüsselt).',
  'explain.cisco-ios.isakmp-retransmit-duplicate':
    'Die Gegenstelle hat ihre letzte Phase-{phase}-Nachricht erneut gesendet; der Router wiederholt seine Antwort.',
  'explain.cisco-ios.isakmp-error-counter': 'Fehlerzähler für {on}: Versuch {n} von {max} ({why}).',
  'explain.cisco-ios.isakmp-retransmission-skipped':
    'Eine Wiederholung wurde übersprungen, weil die letzte erst kurz zurückliegt.',
  'explain.cisco-ios.isakmp-duplicate':
    'Die Gegenstelle hat eine Phase-{phase}-Nachricht wiederholt (unsere Antwort kam nicht an oder war nicht verwendbar).',
  'explain.cisco-ios.isakmp-state':
    'IKEv1-Zustandswechsel {from} → {to} (I = Initiator, R = Responder; MM1-MM6 zählen die Main-Mode-Nachrichten; P1_COMPLETE = Phase 1 steht).',
  'explain.cisco-ios.isakmp-input':
    'Internes Ereignis {input} / {event} an die IKEv1-Zustandsmaschine übergeben.',
  'explain.cisco-ios.isakmp-begin': 'Der Router startet als Initiator einen IKEv1-{mode}-Mode-Austausch.',
  'explain.cisco-ios.isakmp-peer-struct':
    'Für {peer} wurde ein neuer IKE-Peer-Eintrag angelegt (Port {port}).',
  'explain.cisco-ios.isakmp-psk-found': 'Für {peer} ist ein Pre-Shared Key konfiguriert.',
  'explain.cisco-ios.isakmp-no-psk':
    'Für {peer} ist kein Pre-Shared Key konfiguriert: `crypto isakmp key ... address {peer}` oder einen Keyring-Eintrag hinzufügen.',
  'explain.cisco-ios.isakmp-no-cert-psk':
    'Für diesen Peer ist weder ein Zertifikat noch ein Pre-Shared Key vorhanden.',
  'explain.cisco-ios.isakmp-cannot-start': 'Der Router kann mit diesem Peer keinen {mode} Mode starten.',
  'explain.cisco-ios.isakmp-checking-transform':
    'Phase-1-Transform {tr} der Gegenstelle wird mit der lokalen ISAKMP-Policy {prio} verglichen.',
  'explain.cisco-ios.isakmp-attribute': 'Der Transform der Gegenstelle bietet {attr} {value} an.',
  'explain.cisco-ios.isakmp-life': 'Lifetime-Attribut des Transforms.',
  'explain.cisco-ios.isakmp-offer-mismatch':
    'Diese ISAKMP-Policy lehnt den Transform ab; der genannte Parameter weicht von der Policy ab (eine andere Policy kann noch passen).',
  'explain.cisco-ios.isakmp-atts-acceptable': 'Der Transform der Gegenstelle ist akzeptabel.',
  'explain.cisco-ios.isakmp-atts-not-acceptable':
    'Der Transform der Gegenstelle passt nicht zu dieser Policy; die nächste Policy wird geprüft.',
  'explain.cisco-ios.isakmp-no-offers':
    'Kein Transform der Gegenstelle passte zu einer ISAKMP-Policy: Phase-1-Vorschläge passen nicht zusammen.',
  'explain.cisco-ios.isakmp-policy-not-acceptable':
    'Phase {phase} zwischen {local} und {remote} abgelehnt: kein akzeptabler Vorschlag.',
  'explain.cisco-ios.isakmp-ipsec-policy-invalidated':
    'Die IPsec-Policy hat den Phase-2-Vorschlag mit Fehler {err} abgelehnt (32: Proxy-Identitäten/Crypto-ACL passen nicht; 256: Transform-Set passt nicht).',
  'explain.cisco-ios.isakmp-sa-authenticated': 'Phase-1-Authentifizierung erfolgreich.',
  'explain.cisco-ios.isakmp-auth-status': 'Status der Phase-1-Authentifizierung.',
  'explain.cisco-ios.isakmp-sa-doing': 'Authentifizierungsmethode und Identitätstyp in Phase 1.',
  'explain.cisco-ios.isakmp-auth-using-id':
    'Phase 1 verwendet {method}-Authentifizierung mit Identitätstyp {idtype}.',
  'explain.cisco-ios.isakmp-deleting-sa':
    'Die IKE SA mit {peer} wird im Zustand {state} gelöscht; Grund "{reason}" ("Death by retransmission" = die Gegenstelle antwortet nicht mehr).',
  'explain.cisco-ios.isakmp-deleting-node': 'Ein Austausch (Node {node}) wird entfernt; Grund "{reason}".',
  'explain.cisco-ios.isakmp-notify': 'Notify {notify} {dir} (Protokoll {proto}: 1 = IKE SA, 3 = ESP).',
  'explain.cisco-ios.isakmp-processing-delete': 'Die Gegenstelle hat eine DELETE-Payload gesendet.',
  'explain.cisco-ios.isakmp-processing-payload': 'Debug: Verarbeitung der {what}-Payload.',
  'explain.cisco-ios.isakmp-paranoid': 'Die Gegenstelle verwendet keine periodischen (paranoid) Keepalives.',
  'explain.cisco-ios.isakmp-vendor-id': 'Eine Vendor-ID der Gegenstelle (Fähigkeit wie NAT-T, DPD, Unity).',
  'explain.cisco-ios.isakmp-nat': 'Ergebnis der NAT-Erkennung.',
  'explain.cisco-ios.isakmp-nat-hash':
    'NAT-Erkennung: Der NAT-D-Hash zeigt, dass dieser Knoten {side} NAT ist.',
  'explain.cisco-ios.isakmp-constructed-vid': 'Der Router fügt seiner Nachricht die Vendor-ID {vid} hinzu.',
  'explain.cisco-ios.isakmp-set-node': 'Ein neuer Austausch (Node {node}) wird im Zustand {state} angelegt.',
  'explain.cisco-ios.isakmp-purging': 'Abgelaufener {what}-Zustand wird bereinigt.',
  'explain.cisco-ios.isakmp-peer-housekeeping': 'Interne Pflege der Peer-Tabelle.',
  'explain.cisco-ios.isakmp-ports': 'IKE-Ports: lokal {lport}, remote {rport}.',
  'explain.cisco-ios.isakmp-profile': 'Suche nach dem ISAKMP-Profil.',
  'explain.cisco-ios.isakmp-local-psk': 'Für diesen Peer wurde ein lokaler Pre-Shared Key gefunden.',
  'explain.cisco-ios.isakmp-dpd': 'Dead Peer Detection: {what} von {peer} empfangen (Sequenz {seq}).',
  'explain.cisco-ios.isakmp-qm-spi': 'Der Quick-Mode-Initiator reserviert seine eingehende SPI.',
  'explain.cisco-ios.isakmp-install': 'Die ausgehandelte IPsec-SA wird installiert.',
  'explain.cisco-ios.isakmp-initial-contact':
    'Der Router sendet INITIAL_CONTACT: Die Gegenstelle soll alte SAs mit ihm verwerfen.',
  'explain.cisco-ios.isakmp-id-payload': 'Inhalt einer Identitäts-Payload (ID).',
  'explain.cisco-ios.isakmp-payload-type': 'Payload-Typ {type} empfangen (20 = NAT-D).',
  'explain.cisco-ios.isakmp-unknown-input':
    'Ereignis {input} / {event} wird im Zustand {state} nicht erwartet; es wird ignoriert.',
  'explain.cisco-ios.isakmp-csdl':
    'Die lokale Policy verwendet einen Algorithmus, den IOS nicht mehr als sicher einstuft (CSDL).',
  'explain.cisco-ios.isakmp-error-processing': 'Die IKE-Anfrage konnte nicht verarbeitet werden ({what}).',
  'explain.cisco-ios.isakmp-outstanding':
    'Für die IKE SA zwischen {local} und {remote} stehen Anfragen in der Warteschlange.',
  'explain.cisco-ios.isakmp-sitting-idle': 'Phase 1 steht und ist im Leerlauf: Quick Mode startet sofort.',
  'explain.cisco-ios.isakmp-lifetime-info': 'Lifetime-Behandlung der SA.',
  'explain.cisco-ios.isakmp-sending-ike-packet': 'Ein IKE-Paket wird an das Netzwerk übergeben.',
  'explain.cisco-ios.isakmp-checking-ipsec-proposal':
    'Prüfung des IPsec-Vorschlags (Phase 2) {n} der Gegenstelle.',
  'explain.cisco-ios.isakmp-transform': 'Phase-2-Transform {n} der Gegenstelle verwendet {tr}.',
  'explain.cisco-ios.isakmp-ipsec-attribute': 'Ein Attribut des Phase-2-Transforms der Gegenstelle.',
  'explain.cisco-ios.isakmp-transform-attrs': 'Es folgen die Attribute des Transforms.',
  'explain.cisco-ios.isakmp-deleting-spi':
    'Die SPI {spi} eines abgelehnten oder beendeten Austauschs wird freigegeben.',
  'explain.cisco-ios.isakmp-peer-index': 'Interne Verwaltung des Peer-Index.',
  'explain.cisco-ios.isakmp-ke-message':
    'Das IPsec-Subsystem hat IKE nach Schlüsseln gefragt (Verkehr hat eine crypto map getroffen).',
  // debug crypto ipsec
  'explain.cisco-ios.ipsec-validate-proposal-request':
    'Das IPsec-Subsystem prüft Teil {n} des Phase-2-Vorschlags der Gegenstelle.',
  'explain.cisco-ios.ipsec-proxy-not-supported':
    'Die Proxy-Identitäten der Gegenstelle (die Netze ihrer Crypto-ACL) passen zu keiner lokalen crypto-map-ACL: Traffic Selectors passen nicht zusammen.',
  'explain.cisco-ios.ipsec-transform-not-supported':
    'Das Transform-Set der Gegenstelle ist lokal nicht konfiguriert: Phase-2-Vorschläge passen nicht zusammen.',
  'explain.cisco-ios.ipsec-sa-request':
    'Verkehr hat eine crypto map getroffen: Das IPsec-Subsystem fordert bei IKE neue SAs an.',
  'explain.cisco-ios.ipsec-create-sa': 'Eine IPsec-SA wurde erstellt.',
  'explain.cisco-ios.ipsec-delete-sa': 'Eine IPsec-SA wird gelöscht.',
  'explain.cisco-ios.ipsec-key-engine-delete': 'IPsec-SAs werden nach einem Delete von IKE entfernt.',
  'explain.cisco-ios.ipsec-update-outbound': 'Die ausgehende SA zu {peer} hat jetzt SPI {spi}.',
  'explain.cisco-ios.ipsec-ident-head': 'Eine neue SA ersetzt eine mit denselben Proxies und Peer {peer}.',
  'explain.cisco-ios.ipsec-map-db-no-match': 'Kein crypto-map-Eintrag passt zu den vorgeschlagenen Proxies.',
  'explain.cisco-ios.ipsec-debug': 'Debug des IPsec-Subsystems ({fn}).',
  'explain.cisco-ios.ipsec-key-eng-msg': 'Endpunkte des IPsec-Vorschlags / der Anfrage.',
  'explain.cisco-ios.ipsec-proxy': '{side} des vorgeschlagenen Traffic Selectors: {proxy}.',
  'explain.cisco-ios.ipsec-protocol-transform': 'Vorgeschlagenes IPsec-Protokoll {proto} mit Transform {tr}.',
  'explain.cisco-ios.ipsec-cont-misc': 'Detail zum IPsec-Vorschlag oder zur SA oben.',
  // debug crypto ikev2 (IOS form)
  'explain.cisco-ios.ikev2-packet': 'IKEv2-Paket {dir} (Peer {a}).',
  'explain.cisco-ios.ikev2-generating': 'Der Router erstellt eine {ex}-Nachricht.',
  'explain.cisco-ios.ikev2-processing': 'Der Router verarbeitet eine Nachricht der Gegenstelle.',
  'explain.cisco-ios.ikev2-proposal-header': 'Es folgt {which}-Vorschlag {n}.',
  'explain.cisco-ios.ikev2-policies-header': 'Es folgen die IKEv2-Vorschläge ({which}).',
  'explain.cisco-ios.ikev2-no-matching-policy':
    'Kein IKEv2-Vorschlag der Gegenstelle passt zu einer lokalen IKEv2-Policy/-Proposal.',
  'explain.cisco-ios.ikev2-policy-search': 'Suche nach der IKEv2-Policy.',
  'explain.cisco-ios.ikev2-peer-identity': 'Die Gegenstelle hat sich als {id} ({type}) ausgewiesen.',
  'explain.cisco-ios.ikev2-constructing-id': 'Der Router sendet seine Identität {id} ({type}).',
  'explain.cisco-ios.ikev2-auth-method': 'Authentifizierungsmethode ({who}): {m}.',
  'explain.cisco-ios.ikev2-auth-steps': 'IKEv2-Authentifizierungsschritt.',
  'explain.cisco-ios.ikev2-verify-auth':
    'Prüfung der AUTH-Payload der Gegenstelle: {res} (FAILED bei PSK: Die Schlüssel sind verschieden).',
  'explain.cisco-ios.ikev2-auth-exchange-failed': 'Der IKE_AUTH-Austausch ist fehlgeschlagen.',
  'explain.cisco-ios.ikev2-no-ipsec-policy-ts':
    'Keine IPsec-Policy deckt die von der Gegenstelle vorgeschlagenen Traffic Selectors ab.',
  'explain.cisco-ios.ikev2-session-up': 'Die IKEv2-Session zwischen {rid} und {lid} ist {st}.',
  'explain.cisco-ios.ikev2-sa-created': 'Die IKEv2-SA wurde erstellt.',
  'explain.cisco-ios.ikev2-ipsec-db': 'Die Child SA wird in die IPsec-Datenbank eingetragen.',
  'explain.cisco-ios.ikev2-crypto-engine': 'Schritt der Crypto Engine: {what}.',
  'explain.cisco-ios.ikev2-nat': 'NAT-Erkennung.',
  'explain.cisco-ios.ikev2-retransmit': 'Noch keine Antwort: Der Router wiederholt seinen IKEv2-Request.',
  'explain.cisco-ios.ikev2-max-retransmit':
    'Alle Wiederholungen blieben unbeantwortet: Die Aushandlung wird aufgegeben.',
  'explain.cisco-ios.ikev2-delete': 'Schritt beim Löschen der IKEv2-SA.',
  'explain.cisco-ios.ikev2-step': 'Schritt der IKEv2-Aushandlung.',
  'explain.cisco-ios.ikev2-error-blank': 'Ein IKEv2-Fehlerkopf (die Meldung folgt in der nächsten Zeile).',
  'explain.cisco-ios.ikev2-exchange': 'Das Paket oben ist ein {ex}-{rr}.',
  'explain.cisco-ios.ikev2-spi-line': 'IKE-SPIs {ispi} / {rspi}, Message-ID {mid}.',
  'explain.cisco-ios.ikev2-payload-contents': 'Es folgen die Payloads des Pakets.',
  'explain.cisco-ios.ikev2-payload-list': 'Payloads des Pakets: {list}.',
  'explain.cisco-ios.ikev2-num-transforms': 'Der Vorschlag enthält {n} Transforms.',
  'explain.cisco-ios.ikev2-transform-list': 'Die Transforms des Vorschlags: {list}.',
  'explain.cisco-ios.ikev2-policy-proposal': 'Vorschlag {n}: {list}.',
};
export default messages;
