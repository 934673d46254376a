// de messages: pluto
// One-line explanation of each pluto log pattern (`--explain`); keys `explain.pluto.<pattern id>`,
// placeholders are the pattern's named groups that every sample captures.
const messages: Record<string, string> = {
  'explain.pluto.v1-initiate-main':
    'pluto startet als Initiator eine IKEv1-Phase-1 im Main Mode (es sendet Main-Mode-Nachricht 1).',
  'explain.pluto.v1-initiate-aggr':
    'pluto startet als Initiator eine IKEv1-Phase-1 im Aggressive Mode (Nachricht 1 enthält seine Identität im Klartext).',
  'explain.pluto.v1-respond-main':
    'Eine Gegenstelle hat einen IKEv1-Main-Mode-Austausch eröffnet; pluto antwortet als Responder.',
  'explain.pluto.v1-respond-aggr':
    'Eine Gegenstelle hat einen IKEv1-Aggressive-Mode-Austausch eröffnet; pluto hat die Verbindung "{c}" gewählt und antwortet als Responder.',
  'explain.pluto.v1-transition':
    'Die IKEv1-Zustandsmaschine ist von {from} zu {to} gewechselt (I = Initiator, R = Responder; die Ziffer zählt die Nachrichten des Austauschs).',
  'explain.pluto.v1-state-story': 'IKEv1-Zustand {state}: {story}.',
  'explain.pluto.v1-state-established': 'IKEv1-Zustand {state}: {story} — diese SA steht.',
  'explain.pluto.v1-story': 'IKEv1-Fortschritt: pluto {story}.',
  'explain.pluto.v1-isakmp-established':
    'Phase 1 ist abgeschlossen: Die ISAKMP-SA (IKEv1) ist aufgebaut; die geschweiften Klammern zeigen die ausgehandelte Authentifizierung und die Algorithmen.',
  'explain.pluto.v1-ipsec-established':
    'Phase 2 ist abgeschlossen: Die IPsec-SA ist aufgebaut; "=>" ist die ausgehende SPI, "<" die eingehende SPI.',
  'explain.pluto.v1-peer-id': 'Die Gegenstelle hat sich mit einer Identität vom Typ {type} ausgewiesen.',
  'explain.pluto.v1-initiate-quick':
    'pluto startet IKEv1 Quick Mode (Phase 2), um die IPsec-SA auszuhandeln, mit Policy {policy}.',
  'explain.pluto.v1-respond-quick':
    'Die Gegenstelle hat Quick Mode gestartet (Phase 2, Message-ID {msgid}); pluto antwortet als Responder.',
  'explain.pluto.v1-quick-ends': 'Die Traffic Selectors des Quick-Mode-Vorschlags ({side}): {ends}.',
  'explain.pluto.v1-quick-no-connection':
    'Die Gegenstelle hat Phase-2-Traffic-Selectors (Proxy-IDs) vorgeschlagen, die zu keiner konfigurierten Verbindung passen: {spd}. Die Subnetze beider Seiten müssen spiegelbildlich sein.',
  'explain.pluto.v1-no-oakley-transform':
    'Keiner der Phase-1-Vorschläge (Oakley) der Gegenstelle passt zu den lokalen ike=-Einstellungen: kein Vorschlag gewählt.',
  'explain.pluto.v1-no-ipsec-proposal':
    'Keiner der Phase-2-Vorschläge (ESP/AH) der Gegenstelle passt zu den lokalen esp=/phase2alg=-Einstellungen.',
  'explain.pluto.v1-transform-refused': 'pluto hat einen {what}-Transform der Gegenstelle abgelehnt.',
  'explain.pluto.v1-no-connection-authorized':
    'Eine Gegenstelle hat IKEv1 gestartet, aber keine konfigurierte Verbindung akzeptiert sie (falsche Peer-Adresse, Authentifizierungsmethode oder ID): Die Gegenstelle ist hier nicht konfiguriert.',
  'explain.pluto.v1-aggr-no-connection':
    'Eine Aggressive-Mode-Gegenstelle hat die Identität {id} gesendet, für die keine Verbindung konfiguriert ist.',
  'explain.pluto.v1-pfs-required':
    'Die Verbindung verlangt PFS, aber der Quick-Mode-Vorschlag der Gegenstelle enthält keine DH-Gruppe (pfs=no auf der Gegenstelle).',
  'explain.pluto.v1-pfs-ke':
    'PFS passt im Quick Mode nicht: Key-Exchange-Payload und DH-Gruppe des Vorschlags stimmen zwischen beiden Seiten nicht überein.',
  'explain.pluto.v1-pfs-group': 'Die PFS-DH-Gruppe (Phase 2) des Vorschlags ist nicht akzeptabel.',
  'explain.pluto.v1-probable-psk-mismatch':
    'pluto konnte eine Nachricht nach dem Entschlüsseln nicht parsen; bei Main-Mode-Nachricht 5/6 heißt das meist, dass die Pre-Shared Keys verschieden sind.',
  'explain.pluto.v1-unknown-payload-value':
    'Eine entschlüsselte Nachricht enthielt unsinnige Daten ({what} von {payload}); typischerweise haben beide Seiten wegen verschiedener Pre-Shared Keys unterschiedliche Schlüssel abgeleitet.',
  'explain.pluto.v1-hash-mismatch':
    'Der Authentifizierungs-Hash der Gegenstelle ist falsch: Die Pre-Shared Keys (oder die damit verwendeten Identitäten) passen nicht.',
  'explain.pluto.v1-message-hash-mismatch':
    "Der Integritäts-Hash HASH({n}) einer '{msg}'-Nachricht ist falsch; die Nachricht wurde verworfen.",
  'explain.pluto.v1-no-psk': 'Für das Identitätspaar {local} / {peer} ist kein Pre-Shared Key konfiguriert.',
  'explain.pluto.v1-info-unknown-sa':
    'Die Gegenstelle hat eine Informational-Nachricht für eine SA gesendet, die pluto nicht mehr kennt (veraltete oder abgelaufene SA, z. B. nach einem Neustart einer Seite).',
  'explain.pluto.v1-delete-not-found':
    'Die Gegenstelle will eine {proto}-SA löschen, die pluto nicht hat (bereits abgelaufen): Die SA-Listen beider Seiten sind nicht synchron.',
  'explain.pluto.v1-delete-ignored': 'pluto hat eine Delete-Payload der Gegenstelle ignoriert: {why}.',
  'explain.pluto.v1-delete-received': 'Die Gegenstelle hat eine SA gelöscht: {what} #{st}.',
  'explain.pluto.v1-duplicate-packet':
    'Die Gegenstelle hat dieselbe Nachricht erneut gesendet, obwohl pluto schon in {state} ist: Die Antwort von pluto kam nicht an oder wurde nicht akzeptiert.',
  'explain.pluto.v1-xauth': 'Schritt der IKEv1-XAUTH (erweiterte Benutzerauthentifizierung).',
  'explain.pluto.v2-initiate': 'pluto startet als Initiator eine IKEv2-IKE-SA (IKE_SA_INIT).',
  'explain.pluto.v2-sent-message': 'pluto hat ein IKEv2-{ex}-{dir} gesendet.',
  'explain.pluto.v2-processed': 'pluto hat ein IKEv2-{ex}-{dir} empfangen und verarbeitet es.',
  'explain.pluto.v2-processed-intermediate':
    'Der IKE_INTERMEDIATE-Austausch ist fertig; als Nächstes: {next}.',
  'explain.pluto.v2-proposals-configured': 'Lokal konfigurierter {scope}-Vorschlag {num}: {prop}.',
  'explain.pluto.v2-proposals-header': 'Es folgen die {scope}-SA-Vorschläge dieser Verbindung ({why}).',
  'explain.pluto.v2-proposal-chosen': 'pluto hat den Vorschlag der Gegenstelle angenommen: {prop}.',
  'explain.pluto.v2-no-local-proposal':
    'Keiner der Vorschläge der Gegenstelle passt zur lokalen Konfiguration: {remote}. Verschlüsselung, Integrität, PRF und DH-Gruppe auf beiden Seiten vergleichen.',
  'explain.pluto.v2-child-proposals-failed':
    'Die IKE SA ist in Ordnung, aber die ESP/AH-Vorschläge der Gegenstelle für die Child SA passen zu nichts Lokalem ({notify}).',
  'explain.pluto.v2-child-rejected': 'Die Gegenstelle hat die Child SA mit {notify} abgelehnt.',
  'explain.pluto.v2-child-rejected-by-initiator':
    'Die IKE SA steht, aber die Child SA in der Antwort der Gegenstelle war nicht akzeptabel.',
  'explain.pluto.v2-auth-rejected':
    'Die Gegenstelle hat die Authentifizierung von pluto abgelehnt ({notify}): Pre-Shared Key bzw. Zertifikat und die Identitäten auf beiden Seiten prüfen.',
  'explain.pluto.v2-psk-auth-failed':
    'Die AUTH-Payload der Gegenstelle passt nicht zum konfigurierten Pre-Shared Key: Die Pre-Shared Keys sind verschieden.',
  'explain.pluto.v2-authentication-failed': 'Die Authentifizierung der Gegenstelle ist fehlgeschlagen.',
  'explain.pluto.v2-ike-established': 'Die IKEv2-IKE-SA ist aufgebaut und die Gegenstelle authentifiziert.',
  'explain.pluto.v2-authenticated': 'Die Gegenstelle ist authentifiziert.',
  'explain.pluto.v2-child-established':
    'Die IKEv2-Child-SA ist {verb}: Der Tunnel überträgt Verkehr für die aufgeführten Traffic Selectors.',
  'explain.pluto.v2-negotiated-connection': 'Ausgehandelte Traffic Selectors: {ts}.',
  'explain.pluto.v2-v2-story': 'IKEv2-Zustand {state}: {story}.',
  'explain.pluto.v2-init-notify': 'Die Gegenstelle hat mit dem Fehler-Notify {notify} geantwortet.',
  'explain.pluto.v2-unauthenticated-notify':
    'Die Gegenstelle hat IKE_SA_INIT mit dem (nicht authentifizierten) Fehler-Notify {notify} beantwortet.',
  'explain.pluto.v2-invalid-ke':
    'Die Gegenstelle möchte eine andere DH-Gruppe ({theirs} statt {ours}); pluto versucht es damit erneut (normale Aushandlung).',
  'explain.pluto.v2-state-notify': 'Ein Zustandswechsel ist mit einem Notify fehlgeschlagen.',
  'explain.pluto.v2-ts-unacceptable':
    'Die Traffic Selectors der Child SA passen nicht zur Konfiguration der anderen Seite (leftsubnet/rightsubnet).',
  'explain.pluto.v2-no-connection':
    'Eine Gegenstelle hat IKEv2 gestartet, aber keine konfigurierte IKEv2-Verbindung akzeptiert sie (unbekannte Peer-Adresse, IKE-Version oder Authentifizierungsmethode).',
  'explain.pluto.v2-dropping-no-connection':
    'Ein IKE_SA_INIT von {from} passte zu keiner IKEv2-Verbindung und wurde verworfen.',
  'explain.pluto.v2-no-suitable-peer': 'Für die Peer-Identität {id} ist keine Verbindung konfiguriert.',
  'explain.pluto.v2-no-ike-sa':
    'Ein IKEv2-{ex}-{dir} kam für eine IKE SA an, die pluto nicht kennt (veraltete SA).',
  'explain.pluto.v2-delete-request-unknown':
    'Die Gegenstelle will Child SA {spi} löschen, die pluto nicht hat.',
  'explain.pluto.v2-child-initiate':
    'pluto startet einen CREATE_CHILD_SA-Austausch (neue Child SA oder Rekey).',
  'explain.pluto.v2-ike-rekeyed': 'Die IKE SA #{old} wurde neu verschlüsselt (Rekey).',
  'explain.pluto.v2-omitting-child': 'Die IKE SA wird ohne Child SA ausgehandelt (childless).',
  'explain.pluto.retransmission':
    'Noch keine Antwort im Zustand {state}: pluto sendet seine Nachricht erneut und wartet {wait} s.',
  'explain.pluto.retransmitting-request':
    'Noch keine Antwort: pluto sendet seinen {ex}-Request erneut und wartet {wait} s.',
  'explain.pluto.timeout-seconds':
    'pluto hat im Zustand {state} nach {n} Wiederholungen ohne akzeptable Antwort aufgegeben.',
  'explain.pluto.timeout-max-retransmissions':
    'pluto hat nach {n} Wiederholungen ohne akzeptable Antwort aufgegeben.',
  'explain.pluto.informational-ignored': 'Die Gegenstelle hat das Notify {notify} gesendet.',
  'explain.pluto.notification-ignored':
    'Die Gegenstelle hat das Notify {notify} gesendet; pluto hat es ignoriert.',
  'explain.pluto.notification-sent': 'pluto hat das Notify {notify} an {to} gesendet.',
  'explain.pluto.nat-t-result': 'NAT-Erkennung (mit {method}): {result}.',
  'explain.pluto.nat-t-warning':
    'Die Gegenstelle ist hinter NAT, verwendet aber weiter UDP {port}: Ein NAT-Gerät, das IPsec selbst behandelt, kann NAT-T stören.',
  'explain.pluto.vendor-id': 'Vendor-ID-Payload [{vid}] ({verb}).',
  'explain.pluto.dpd-dead':
    'Dead Peer Detection: Die Gegenstelle hat nicht geantwortet und gilt als tot; ihre SAs werden entfernt.',
  'explain.pluto.dpd-enabled': 'Dead Peer Detection (RFC 3706): {state}.',
  'explain.pluto.dpd-not-advertised':
    'DPD ist konfiguriert, aber die Gegenstelle hat keine DPD-Unterstützung angekündigt, daher wird es nicht verwendet.',
  'explain.pluto.dpd-action': 'Die Gegenstelle beantwortet DPD-/Liveness-Prüfungen nicht mehr: {action}.',
  'explain.pluto.liveness-check':
    'Die Gegenstelle {peer} hat seit {secs} s nicht geantwortet; pluto führt die Aktion "{action}" aus.',
  'explain.pluto.dpd-other': 'DPD: {what}.',
  'explain.pluto.weak-ike-algorithm': 'Die IKE SA verwendet einen unsicheren Algorithmus: {alg}.',
  'explain.pluto.weak-esp-algorithm': 'Die IPsec-SA verwendet einen unsicheren Algorithmus: {alg}.',
  'explain.pluto.kernel-half-sa-failed':
    'pluto konnte die ausgehandelte IPsec-SA nicht im Kernel installieren (siehe Kernel-Fehler in der Zeile davor).',
  'explain.pluto.kernel-netlink-error':
    'Der Kernel hat eine Operation auf IPsec-SA oder -Policy abgelehnt ({what}).',
  'explain.pluto.fatal-error': 'Die Aushandlung ist auf einen fatalen Fehler gestoßen und wird abgebrochen.',
  'explain.pluto.delete-state': 'pluto löscht einen SA-Zustand ({what}).',
  'explain.pluto.instance-deleted':
    'Die Verbindungsinstanz für Peer {peer} wird entfernt (der Tunnel zu dieser Gegenstelle ist down).',
  'explain.pluto.revival': 'Die Verbindung muss aufgebaut bleiben, daher startet pluto sie erneut.',
  'explain.pluto.admin-down': 'Die SAs dieser Verbindung werden abgebaut (administrativ heruntergefahren).',
  'explain.pluto.initiating-delete': 'pluto löscht {what}.',
  'explain.pluto.connection-added': 'Eine Verbindungsdefinition wurde geladen.',
  'explain.pluto.connection-add-failed': 'Eine Verbindungsdefinition wurde abgelehnt: {why}.',
  'explain.pluto.starting': 'pluto ({product} {version}) startet.',
  'explain.pluto.ike-version-dropped':
    'Ein {v}-Paket wurde verworfen, weil {v} auf diesem Host deaktiviert ist: Beide Seiten verwenden unterschiedliche IKE-Versionen.',
  'explain.pluto.responding-notify':
    'pluto hat das {ex} der Gegenstelle mit dem Notify {notify} beantwortet.',
  'explain.pluto.daemon': 'Verwaltungsaufgaben von pluto (Start, Schnittstellen, Secrets).',
  'explain.pluto.debug': 'Debug-Ausgabe von pluto (plutodebug).',
  'explain.pluto.v1-aggr-no-wildcard':
    'Eine Aggressive-Mode-Gegenstelle ({from}) fand keine Verbindung, die Aggressive Mode mit authby {authby} erlaubt: Entweder ist die Gegenstelle hier nicht konfiguriert oder diese Seite erwartet Main Mode (aggressive=no).',
  'explain.pluto.v1-peer-proposed':
    'Die Gegenstelle hat die Phase-2-Traffic-Selectors {sel} vorgeschlagen (lokal -> remote).',
  'explain.pluto.v1-payload-too-large':
    'Eine entschlüsselte Nachricht enthielt unsinnige Daten ({what} von {payload}); typischerweise haben beide Seiten wegen verschiedener Pre-Shared Keys unterschiedliche Schlüssel abgeleitet.',
  'explain.pluto.v2-mode-policy':
    'Tunnel-/Transport-Modus: Diese Seite will {ours}, die Gegenstelle hat {theirs} angefordert.',
  'explain.pluto.internal-error':
    'Der Zustandswechsel in {state} ist mit einem internen Fehler fehlgeschlagen (siehe die Zeilen davor).',
  'explain.pluto.aggressive-psk-warning':
    'Aggressive Mode mit Pre-Shared Key legt einen Hash offen, der offline geknackt werden kann; besser Main Mode oder IKEv2 verwenden.',
  'explain.pluto.keying-attempt': 'pluto startet Schlüsselaushandlungsversuch {n} für diese Verbindung.',
  'explain.pluto.info-message-ignored':
    'Eine Informational-Nachricht der Gegenstelle wurde empfangen und ignoriert.',
  'explain.pluto.v2-fragment':
    'Eine IKE-Nachricht kommt in Fragmenten an (IKE-Fragmentierung nach RFC 7383).',
  'explain.pluto.v2-duplicate-request':
    'Die Gegenstelle hat ihr {ex}-{dir} erneut gesendet: Die Antwort von pluto kam nicht an (oder wurde nicht akzeptiert); pluto wiederholt die Response.',
  'explain.pluto.psk-too-short':
    'Der Pre-Shared Key ist nur {len} Bytes lang; für diese PRF sind im FIPS-Modus mindestens {need} erforderlich. Einen langen Zufallsschlüssel verwenden.',
  'explain.pluto.traffic-info': 'Verkehrszähler der {proto}-SA: ein {in}, aus {out}.',
  'explain.pluto.nat-oa': 'Die Gegenstelle hat NAT-Original-Address-Payloads (NAT-OA) gesendet.',
  'explain.pluto.incomplete-state':
    'Eine halboffene SA wurde nach {secs} s verworfen: Die Gegenstelle hat eine Aushandlung begonnen, aber nie abgeschlossen.',
  'explain.pluto.on-demand': 'Verkehr ({pkt}) hat den Start der Verbindung ausgelöst.',
  'explain.pluto.connection-deleted': 'Eine Verbindungsdefinition wurde entfernt.',
  'explain.pluto.v2-child-response-refused': 'pluto akzeptiert die Antwort der Gegenstelle für Child SA #{child} nicht ({notify}; die Zeile davor nennt den Grund) und löscht diese Child SA; die IKE-SA bleibt bestehen.',
  'explain.pluto.v2-child-rejected-no-up': 'Die Child SA ist fehlgeschlagen ({notify}) und die Verbindung wird nicht dauerhaft gehalten (kein auto=start), daher löscht pluto auch die IKE-SA.',
  'explain.pluto.v2-ppk-failed': 'Die Verbindung verlangt einen Post-Quanten-Preshared-Key (PPK), der nicht verwendbar ist: Die Gegenstelle unterstützt PPK nicht oder es ist kein passender PPK konfiguriert.',
  'explain.pluto.v2-auth-hash-unsupported': 'Die Gegenstelle bietet nur eine Authentisierungsmethode (Signatur-Hash) an, die diese Seite nicht erlaubt.',
  'explain.pluto.cert-nss-invalid': 'NSS hat das Zertifikat {subject} nicht akzeptiert; der Code nach "invalid" nennt den Grund (abgelaufen, widerrufen, unbekannter Aussteller, falsche Schlüsselverwendung ...).',
  'explain.pluto.cert-nss-end-invalid': 'NSS: Das eigene (End-Entity-)Zertifikat der Gegenstelle ist ungültig; die NSS-Fehlerzeile direkt davor nennt den Grund.',
  'explain.pluto.private-key-loaded': 'pluto hat den privaten Schlüssel seines Zertifikats {cert} in der NSS-Datenbank gefunden.',
  'explain.pluto.cert-rejected': 'pluto hat das Zertifikat der Gegenstelle abgelehnt (nicht vertrauenswürdig, widerrufen, keine CA oder CRL zur Prüfung, zu schwacher Schlüssel oder kein subjectAltName für die vorgelegte Identität).',
  'explain.pluto.x509-verify': 'pluto (Openswan, strongSwan 4) konnte das X.509-Zertifikat der Gegenstelle nicht prüfen (CA-Zertifikat des Ausstellers nicht gefunden, ungültige Signatur, außerhalb der Gültigkeit oder fehlerhaft) und hat es abgelehnt.',
  'explain.pluto.no-rsa-key': 'pluto hat keinen vertrauenswürdigen öffentlichen RSA-Schlüssel (Zertifikat oder Schlüssel) für die Identität {id}, die die Gegenstelle vorgelegt hat; ihre Signatur kann nicht geprüft werden.',
  'explain.pluto.local-key-missing': 'pluto kann die eigene Authentisierung nicht signieren: Der private Schlüssel des eigenen Zertifikats oder Schlüssels fehlt in der NSS-Datenbank oder hat den falschen Typ.',
  'explain.pluto.v1-sending-cert': 'pluto sendet in IKEv1-Phase 1 sein Zertifikat (oder fordert das der Gegenstelle an).',
  'explain.pluto.xauth-client-awaiting': 'Dieser XAUTH-Client (Phase 1 steht) hat die XAUTH-Anfrage des Servers beantwortet und wartet auf dessen Status oder MODECFG-Set; die Klammern wiederholen die Algorithmen der ISAKMP SA.',
  'explain.pluto.xauth-client-answer': 'pluto beantwortet als XAUTH-Client die Frage des Servers nach Benutzername und Passwort.',
  'explain.pluto.xauth-user-result': 'Das Urteil des XAUTH-Servers über Benutzername und Passwort (Benutzerauthentisierung nach Phase 1, nicht PSK oder Zertifikat).',
  'explain.pluto.xauth-soft-fail': 'Der XAUTH-Benutzer ist durchgefallen, die Verbindung darf trotzdem weiter (xauthfail=soft).',
  'explain.pluto.xauth-pam-result': 'Die Antwort von PAM für den XAUTH-Benutzer: ein Fehlschlag liegt an Benutzername oder Passwort oder am PAM-/RADIUS-Backend.',
  'explain.pluto.modecfg-request': 'Ein MODECFG-Schritt (IKEv1 Mode Config): der Client fragt nach einer Adresse, oder der Server fragt nach XAUTH-Zugangsdaten bzw. schickt die Konfiguration.',
  'explain.pluto.modecfg-lease': 'Die Adresse, die der Server diesem Client zugewiesen hat (IKEv1 MODECFG oder IKEv2-Konfigurationspayload).',
  'explain.pluto.modecfg-attribute': 'Ein Attribut der Konfigurationsantwort des Servers (DNS, Domain, Banner, Split-Tunnel), übernommen oder ignoriert.',
  'explain.pluto.cp-reply-missing': 'Dieser Client hat eine Adresse angefordert, aber die IKE_AUTH-Antwort der Gegenstelle enthält kein Konfigurationspayload: die Child SA wird nicht aufgebaut. Ursache sind Adresspool oder Modecfg-Einstellungen der Gegenstelle.',
  'explain.pluto.cp-required': 'Die IKE_AUTH-Anfrage der Gegenstelle fordert keine Adresse an, dieses Ende ist aber ihr Adressserver (modecfgserver=yes): die Child SA wird mit FAILED_CP_REQUIRED abgelehnt.',
  'explain.pluto.lease-failed': 'Dieser Server hat keine Adresse für den Client (Adresspool erschöpft oder die gewünschte Adresse vergeben): der Client bekommt keine Child SA (IKEv2: INTERNAL_ADDRESS_FAILURE).',
  'explain.pluto.v2-child-payloads-missing': 'Die Gegenstelle hat IKE_AUTH angenommen, ihre Antwort enthält aber keine Child SA (keine SA-, TSi- und TSr-Payloads, kein Fehler-Notify): die Child SA wurde nicht angelegt; das Log der Gegenstelle nennt den Grund.',
  'explain.pluto.v2-redirect': 'IKEv2-Redirect (RFC 5685): das Gateway schickt diesen Initiator zu einem anderen Gateway, oder die Umleitungen kreisen.',
  'explain.pluto.updown': 'Das updown-Skript: der Befehl, den pluto für eine Child SA ausführt (prepare, route, up, down ...), und seine Ausgabe oder sein Exit-Status; Libreswan 5 macht bei einem Fehler weiter.',
  'explain.pluto.iketcp': 'IKE über TCP (RFC 9329): eine TCP-Verbindung mit IKE wurde angenommen, abgelehnt oder geschlossen.',
  'explain.pluto.v1-oakley-proposal-refused': 'pluto hat einen Phase-1-Vorschlag (Oakley) der Gegenstelle abgelehnt: {why}.',
  'explain.pluto.connection-switched': 'pluto hat diese IKE SA von der zuerst gewählten Verbindung auf "{to}" verschoben, die besser zur Gegenstelle passt.',
  'explain.pluto.v2-cookie': 'Der Responder verlangt ein COOKIE (RFC 7296 Abschnitt 2.6: er ist ausgelastet oder verlangt es immer): Der Initiator sendet IKE_SA_INIT damit erneut und verwirft eine verspätete Antwort auf seine erste Anfrage.',
  'explain.pluto.busy-discard': 'Ein Paket (eine Wiederholung) kam an, während pluto für diesen Zustand ({state}) noch rechnete (DH oder DNS); es wird verworfen, die Antwort folgt nach der Berechnung.',
  'explain.pluto.cert-san-id-mismatch': 'Identität und Zertifikat der Gegenstelle passen nicht zusammen: Der subjectAltName des Zertifikats enthält die vorgelegte ID nicht, oder die ID ist nicht die konfigurierte (rightid=); ohne eine andere passende Verbindung schlägt die Authentisierung fehl.',
  'explain.pluto.cert-verified': 'Das Zertifikat {subject} der Gegenstelle führt zu einer vertrauenswürdigen CA.',
  'explain.pluto.v2-ts-range': 'Die Gegenstelle hat den Adressbereich {range} als Traffic Selector vorgeschlagen; Libreswan akzeptiert nur Subnetze (CIDR), daher wird die Child SA mit TS_UNACCEPTABLE abgelehnt.',
  'explain.pluto.cert-nickname-missing': 'Das {end}-Zertifikat {nick} dieser Verbindung ist nicht in der NSS-Datenbank, die pluto geöffnet hat (certutil -L -d sql:<NSS-Verzeichnis>; Debian nutzt /var/lib/ipsec/nss): Die Verbindung wird nicht geladen, und ihre Gegenstellen finden keine Verbindung.',
  'explain.pluto.cert-failed-verification': 'Das Zertifikat {subject} der Gegenstelle hat die Prüfung nicht bestanden: NSS fand keine vertrauenswürdige Kette zu einer CA in seiner Datenbank (oder es ist abgelaufen oder widerrufen).',
  'explain.pluto.require-peer-id': 'Die Gegenstelle legt die Identität {got} vor, diese Verbindung erwartet aber {want} (rightid=): Die Identitäten unterscheiden sich (oft eine Gegenstelle hinter NAT, die ihre private Adresse angibt).',
  'explain.pluto.cannot-orient': 'pluto kann nicht erkennen, welches Ende der Verbindung es ist: Weder left= noch right= ist eine Adresse dieses Hosts (oder %defaultroute fand keine Route), daher kann die Verbindung nicht starten.',
  'explain.pluto.v1-policy-refuses-auth': 'Der Phase-1-Vorschlag der Gegenstelle nutzt eine Authentisierungsmethode, die diese Verbindung nicht erlaubt ({what}): z. B. ein IPsec/XAuth-Client, der auf eine reine PSK-Verbindung trifft.',
  'explain.pluto.v1-unknown-exchange': 'Eine Phase-1-Nachricht gehört zu einem Austausch, für den pluto keinen Zustand hat (der Zustand wurde gelöscht, oder die Gegenstelle wiederholt nach einem Neustart); sie wird verworfen.',
};
export default messages;
