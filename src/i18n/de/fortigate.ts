// de messages: fortigate
// FortiGate IKE debug `diagnose debug application ike -1` and the VPN event log.
// `explain.fortigate.<pattern id>`: one line per pattern; placeholders are the
// pattern's named groups and the prefix's {conn} / {serial} / {phase2} / {vdom} (debug) or
// {tunnel} / {remip} / {locip} / {reason} / {logdesc} (event log).
// `fix.<CODE>.fortigate`: the fix on a FortiGate, CLI and GUI (VPN > IPsec Tunnels).
const messages: Record<string, string> = {
  // ---- debug output ----
  'explain.fortigate.comes':
    'Ein IKE-Paket kam von {src} Port {sport} an {dst} Port {dport} dieser FortiGate an (Interface-Index {ifindex}).',
  'explain.fortigate.exchange': 'Das Paket ist IKEv{v}, Austausch {xchg}; SPIs/Cookies {ispi}/{rspi}.',
  'explain.fortigate.hex-dump':
    'Rohdaten eines IKE-Pakets (Debug-Level -1); für die Diagnose nicht relevant.',
  'explain.fortigate.mode-msg':
    'IKEv1 {mode} Mode: Diese FortiGate als {role} – {verb} {nth} message (Zählung der eigenen Seite).',
  'explain.fortigate.v2-received': 'IKEv2: Diese FortiGate hat als {role} {what} {kind} empfangen.',
  'explain.fortigate.sent-msg':
    'Diese FortiGate hat die IKE-Nachricht {what} von {src}:{sport} an {dst}:{dport} gesendet.',
  'explain.fortigate.vid': 'Die Gegenstelle hat die Vendor-ID {vid} gesendet.',
  'explain.fortigate.prop-incoming': 'Es folgen die Vorschläge der Gegenstelle (ein Block pro Proposal-ID).',
  'explain.fortigate.prop-mine':
    'Es folgen die auf dieser FortiGate für Gateway {gw} konfigurierten Vorschläge; mit dem Block der Gegenstelle oben vergleichen.',
  'explain.fortigate.prop-result': 'Es folgt der Vorschlag, auf den sich beide Seiten geeinigt haben.',
  'explain.fortigate.prop-id': 'Vorschlag Nummer {pid} des Blocks.',
  'explain.fortigate.prop-protocol':
    'Der Vorschlag gilt für Protokoll {proto} (ISAKMP/IKEv2: Phase 1; IPSEC_ESP: Phase 2).',
  'explain.fortigate.prop-trans': 'Transform {trans} (Schlüssellänge {klen}).',
  'explain.fortigate.prop-encap': 'Kapselung {encap}.',
  'explain.fortigate.prop-attr': 'Transform-Attribut {type} = {val}.',
  'explain.fortigate.prop-lifetime': 'SA-Lifetime {life} Sekunden.',
  'explain.fortigate.prop-pfs': 'Phase 2 mit PFS, Diffie-Hellman-Gruppe {grp}.',
  'explain.fortigate.prop-matched':
    'IKEv2: Vorschlag {pid} der Gegenstelle passt zur Konfiguration dieser FortiGate.',
  'explain.fortigate.isakmp-sa':
    'Die Schlüssel der IKE SA {ispi}/{rspi} wurden berechnet (der Diffie-Hellman-Austausch war erfolgreich).',
  'explain.fortigate.established': 'Phase 1 steht: IKE SA {ispi}/{rspi} aufgebaut.',
  'explain.fortigate.auth-ok': 'Die Gegenstelle hat sich erfolgreich authentifiziert ({what}).',
  'explain.fortigate.auth-failed': 'Die Authentifizierung der Gegenstelle ist fehlgeschlagen: {what} {why}.',
  'explain.fortigate.psk-mismatch':
    'Die verschlüsselte Nachricht der Gegenstelle war nicht lesbar: Die Pre-Shared Keys beider Seiten sind höchstwahrscheinlich verschieden.',
  'explain.fortigate.parse-error':
    'Eine empfangene Nachricht konnte nicht geparst werden (nach dem Entschlüsseln: meist ein falscher Pre-Shared Key).',
  'explain.fortigate.peer-id': 'Die Gegenstelle weist sich als {id} ({idtype}) aus.',
  'explain.fortigate.nat':
    'Ergebnis der NAT-Erkennung: {where} (ME = diese FortiGate ist hinter NAT, PEER = die Gegenstelle).',
  'explain.fortigate.no-proposal':
    'Kein Vorschlag der Gegenstelle passt zur Konfiguration (Verschlüsselung, Integrität/Hash, DH-Gruppe): Die Aushandlung scheitert.',
  'explain.fortigate.proposal-not-match':
    'Der SA-Vorschlag der Gegenstelle passt nicht zur lokalen Policy: Die Vorschläge beider Seiten haben nichts gemeinsam.',
  'explain.fortigate.no-suitable-proposal':
    'Kein passender Vorschlag gefunden: Beide Seiten haben keinen gemeinsamen Vorschlag.',
  'explain.fortigate.negotiation-failure':
    'Die Aushandlung der IKE SA ist fehlgeschlagen (die Zeilen davor nennen den Grund).',
  'explain.fortigate.negotiation-timeout':
    'Zeitüberschreitung bei der Aushandlung: Die Gegenstelle antwortet nicht mehr.',
  'explain.fortigate.notify-processing': 'Die Gegenstelle hat das Notify {name} gesendet.',
  'explain.fortigate.error-notify-abort':
    'Die Gegenstelle hat den {what}-Austausch mit einem Fehler-Notify beantwortet: Die Aushandlung wird abgebrochen.',
  'explain.fortigate.notify-send': 'Diese FortiGate sendet der Gegenstelle ein Notify {name}.',
  'explain.fortigate.no-gateway':
    'Keine Phase 1 (Gateway) auf dieser FortiGate passt zu der Gegenstelle, die die Anfrage gesendet hat.',
  'explain.fortigate.dpd-failed': 'Dead Peer Detection hat aufgegeben: Die Gegenstelle antwortet nicht mehr.',
  'explain.fortigate.p2-connect': 'Phase 2 wird von {src} zu {dst}:{dport} gestartet.',
  'explain.fortigate.p2-housekeeping': 'Interne Verwaltung der Phase 2; für die Diagnose nicht relevant.',
  'explain.fortigate.no-phase2':
    'Die Phase-2-Selektoren der Gegenstelle (lokale/Remote-Subnetze) passen zu keiner Phase 2 dieses Tunnels.',
  'explain.fortigate.p2-proposal-failed': 'Phase 2 fehlgeschlagen: {what}.',
  'explain.fortigate.ts-selectors': 'Phase-2-Selektor {which}: {from} – {to}.',
  'explain.fortigate.sa-key': 'Die Schlüssel der IPsec-SA ({dir}, SPI {spi}) wurden installiert.',
  'explain.fortigate.added-sa':
    'Phase 2 steht: IPsec-SAs installiert, eingehende SPI {in}, ausgehende SPI {out}.',
  'explain.fortigate.snmp-trap': 'Der Tunnel ist jetzt {updown} (SNMP-Trap gesendet).',
  'explain.fortigate.delete-sa': 'Eine SA wird gelöscht ({peer} {what1}{what2}{what3}).',
  'explain.fortigate.oper': 'Das Tunnel-Interface wird auf {updown} gesetzt.',
  'explain.fortigate.debug-other': 'Eine FortiGate-IKE-Debug-Zeile ohne Bedeutung für die Diagnose: {text}',
  // ---- event log ----
  'explain.fortigate.ev-csv-header':
    'Kopfzeile eines Log-Exports: Sie benennt die Spalten der folgenden Zeilen.',
  'explain.fortigate.ev-negotiate-error':
    '{logdesc}: Tunnel {tunnel}, Gegenstelle {remip}, Grund „{reason}“.',
  'explain.fortigate.ev-negotiate-progress': '{logdesc}: Tunnel {tunnel}, Gegenstelle {remip}.',
  'explain.fortigate.ev-tunnel-up': 'Tunnel {tunnel} zu {remip} ist aufgebaut (up).',
  'explain.fortigate.ev-tunnel-down': 'Tunnel {tunnel} zu {remip} ist abgebaut (down).',
  'explain.fortigate.ev-phase2': 'Phase 2 von Tunnel {tunnel} ist jetzt {updown}.',
  'explain.fortigate.ev-dpd': 'Dead Peer Detection: Gegenstelle {remip} von Tunnel {tunnel} antwortet nicht.',
  'explain.fortigate.ev-install-sa': 'Die IPsec-SAs von Tunnel {tunnel} wurden installiert.',
  'explain.fortigate.ev-delete-sa': 'Eine SA von Tunnel {tunnel} wurde gelöscht.',
  'explain.fortigate.ev-stats': 'Verkehrsstatistik von Tunnel {tunnel}.',
  'explain.fortigate.ev-other': '{logdesc} (Tunnel {tunnel}, Gegenstelle {remip}).',

  // ---- fix steps on a FortiGate ----
  'fix.ESTABLISHED.fortigate':
    'FortiGate: nichts zu beheben. Wenn kein Verkehr durchgeht, die Firewall-Policies zum/vom Tunnel-Interface, die statische Route zum Remote-Subnetz über den Tunnel und `diagnose vpn tunnel list name <tunnel>` (SA-Zähler) prüfen.',
  'fix.PEER_UNREACHABLE.fortigate':
    'FortiGate: 1) `execute ping-options source <wan IP>`, dann `execute ping {peer}`; 2) `diagnose sniffer packet any "host {peer} and (udp port 500 or udp port 4500)" 4` zeigt, ob Anfragen hinausgehen und Antworten zurückkommen; 3) `set remote-gw` und `set interface` in `config vpn ipsec phase1-interface` prüfen (GUI: VPN > IPsec Tunnels > Tunnel > Network > Remote Gateway / Interface); 4) jede Firewall auf dem Pfad muss UDP 500, UDP 4500 und ESP durchlassen.',
  'fix.PEER_NOT_CONFIGURED.fortigate':
    'FortiGate: die Phase 1 für {peer} anlegen oder korrigieren: `config vpn ipsec phase1-interface` → `edit <tunnel>` → `set remote-gw {peer}` (Dial-up-Peers: `set type dynamic`), `set interface <wan>` und dieselbe `set ike-version` wie die Gegenstelle (GUI: VPN > IPsec Tunnels > Create New, Remote Gateway = Static IP Address {peer}).',
  'fix.IKE_VERSION_MISMATCH.fortigate':
    'FortiGate: `config vpn ipsec phase1-interface` → `edit <tunnel>` → `set ike-version 2` (oder 1, wie die Gegenstelle) (GUI: VPN > IPsec Tunnels > Tunnel > Edit > Network > IKE Version).',
  'fix.MODE_MISMATCH.fortigate':
    'FortiGate: IKEv1-Austauschmodus `set mode main` oder `set mode aggressive` in `config vpn ipsec phase1-interface` (GUI: Authentication > IKE > Mode) und die Phase-2-Kapselung `set encapsulation tunnel-mode` in `config vpn ipsec phase2-interface`, wie auf der Gegenstelle.',
  'fix.IKE_PROPOSAL_MISMATCH.fortigate':
    'FortiGate: `config vpn ipsec phase1-interface` → `edit <tunnel>` → `set proposal aes256-sha256 ...` und `set dhgrp 14 ...`, sodass mindestens eine Kombination der Gegenstelle enthalten ist; {param} unterscheidet sich (diese FortiGate {local}, die Gegenstelle {remote}) (GUI: VPN > IPsec Tunnels > Tunnel > Edit > Phase 1 Proposal: Encryption, Authentication, Diffie-Hellman Groups). `diagnose debug application ike -1` zeigt beide Angebote (incoming proposal / my proposal).',
  'fix.PSK_MISMATCH.fortigate':
    'FortiGate: den Schlüssel auf beiden Seiten neu eingeben: `config vpn ipsec phase1-interface` → `edit <tunnel>` → `set psksecret <key>` (GUI: VPN > IPsec Tunnels > Tunnel > Edit > Authentication > Pre-shared Key); auf Leerzeichen am Ende und Sonderzeichen achten. Ein falscher Schlüssel erscheint auf dem Responder als "probable pre-shared secret mismatch".',
  'fix.ID_MISMATCH.fortigate':
    'FortiGate: Die Identität, die diese FortiGate sendet, ist `set localid <id>` (mit `set localid-type`); die akzeptierte Identität ist `set peertype one` + `set peerid <id>` in `config vpn ipsec phase1-interface` (GUI: Authentication > Accept Types / Peer ID, Phase 1 > Local ID). Sie müssen der Remote-/lokalen Identität der Gegenstelle entsprechen.',
  'fix.CERT_INVALID.fortigate':
    'FortiGate: `set authmethod signature`, `set certificate <local cert>` und `set peer <user peer>` in `config vpn ipsec phase1-interface`; die CA der Gegenstelle importieren (System > Certificates > Import > CA Certificate) und Gültigkeitsdaten, Uhrzeit (`execute time`) sowie das vom Eintrag `config user peer` geforderte Subject prüfen.',
  'fix.AUTH_FAILED.fortigate':
    'FortiGate: `set authmethod` (psk / signature), `set psksecret` bzw. die Zertifikate sowie `set localid` / `set peerid` mit der Gegenstelle vergleichen; `diagnose debug application ike -1` auf beiden Seiten nennt die fehlschlagende Prüfung.',
  'fix.TS_MISMATCH.fortigate':
    'FortiGate: `config vpn ipsec phase2-interface` → `edit <phase2>` → `set src-subnet <local net>` / `set dst-subnet <remote net>` (oder Adressobjekte mit src-name/dst-name) müssen die Selektoren der Gegenstelle spiegeln (Gegenstelle schlug lokal {local}, remote {remote} vor) (GUI: VPN > IPsec Tunnels > Tunnel > Edit > Phase 2 Selectors > Local / Remote Address). Bei routenbasierten Gegenstellen auf beiden Seiten 0.0.0.0/0 verwenden.',
  'fix.CHILD_PROPOSAL_MISMATCH.fortigate':
    'FortiGate: `config vpn ipsec phase2-interface` → `edit <phase2>` → `set proposal aes256-sha256 ...`, sodass die Phase-2-Kombination der Gegenstelle enthalten ist; {param} unterscheidet sich (diese FortiGate {local}, die Gegenstelle {remote}) (GUI: Phase 2 Selectors > Advanced > Encryption / Authentication).',
  'fix.PFS_MISMATCH.fortigate':
    'FortiGate: `config vpn ipsec phase2-interface` → `edit <phase2>` → `set pfs enable` + `set dhgrp <group>` wie die Gegenstelle (diese FortiGate {local}, die Gegenstelle {remote}) oder `set pfs disable` auf beiden Seiten (GUI: Phase 2 Selectors > Advanced > Enable Perfect Forward Secrecy (PFS), Diffie-Hellman Group).',
  'fix.DPD_PEER_DEAD.fortigate':
    'FortiGate: herausfinden, warum {peer} nicht mehr antwortet (Erreichbarkeit, Zustand der Gegenstelle, UDP 500/4500 auf dem Pfad); die DPD-Einstellungen sind `set dpd on-idle`, `set dpd-retrycount` und `set dpd-retryinterval` in `config vpn ipsec phase1-interface` (GUI: Phase 1 > Dead Peer Detection). `set auto-negotiate enable` in der Phase 2 baut den Tunnel wieder auf, sobald die Gegenstelle zurück ist.',
  'fix.NAT_T_BLOCKED.fortigate':
    'FortiGate: `set nattraversal enable` (oder `forced`) in `config vpn ipsec phase1-interface` (GUI: Network > NAT Traversal); jedes Gerät auf dem Pfad muss UDP 4500 in beide Richtungen durchlassen; `set keepalive 10` hält die NAT-Zuordnung offen.',
  'fix.SA_DELETED_BY_PEER.fortigate':
    'FortiGate: im Log der Gegenstelle nachlesen, warum sie die SA gelöscht hat; `set auto-negotiate enable` und `set keepalive enable` in `config vpn ipsec phase2-interface` bauen den Tunnel auch ohne Verkehr wieder auf.',
  'fix.STALE_SA.fortigate':
    'FortiGate: die SAs des Tunnels auf beiden Seiten löschen: `diagnose vpn ike gateway clear name <tunnel>`; DPD aktivieren (`set dpd on-idle`), damit ein Neustart der Gegenstelle bemerkt wird.',
  'fix.TUNNEL_DOWN.fortigate':
    'FortiGate: Die Zeilen vor dem Tunnel-down-Ereignis nennen die Ursache; `diagnose vpn ike gateway list name <tunnel>` und `get vpn ipsec tunnel summary` zeigen den aktuellen Zustand; mit `diagnose vpn tunnel up <phase2> <tunnel>` aufbauen (GUI: Dashboard > Network > IPsec > Bring Up).',
  'fix.REKEY_FAILED.fortigate':
    'FortiGate: die Lifetimes (`set keylife` in phase1-interface, `set keylifeseconds` in phase2-interface) und die PFS-Gruppe der Phase 2 mit der Gegenstelle vergleichen.',
  'fix.LIFETIME_MISMATCH.fortigate':
    'FortiGate: `set keylife <s>` in `config vpn ipsec phase1-interface` und `set keylifeseconds <s>` in `config vpn ipsec phase2-interface`, wie auf der Gegenstelle.',
  'fix.WEAK_CRYPTO.fortigate':
    'FortiGate: `set ike-version 2`, `set proposal aes256gcm-prfsha384 aes256-sha256` und `set dhgrp 20 19 14` in phase1-interface; `set proposal aes256gcm aes256-sha256` und `set dhgrp 20` in phase2-interface; des/3des/md5/sha1 und die DH-Gruppen 1, 2, 5 entfernen.',
  'fix.INCONCLUSIVE.fortigate':
    'FortiGate: die Aushandlung mitschneiden: `diagnose debug reset`, `diagnose vpn ike log filter rem-addr4 {peer}` (6.x: `diagnose vpn ike log-filter dst-addr4 {peer}`), `diagnose debug application ike -1`, `diagnose debug console timestamp enable`, `diagnose debug enable`, dann den Tunnel aufbauen und die Ausgabe analysieren (danach `diagnose debug disable`).',
};
export default messages;
