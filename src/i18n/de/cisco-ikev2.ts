// de messages: cisco-ikev2
const messages: Record<string, string> = {
  // State machine
  'explain.cisco-ikev2.sm-trace':
    'IKEv2-Zustandsmaschine der SA {ispi}/{rspi}: Zustand {state}, Ereignis {event} (dieses Gerät ist die Seite {role}: I = Initiator, R = Responder).',

  // Packets and messages
  'explain.cisco-ikev2.recv-pkt':
    'Ein {exchange}-Paket kam von {src} Port {sport} auf {dst} Port {dport} an (Initiator-SPI {ispi}, Message-ID {mid}).',
  'explain.cisco-ikev2.sent-pkt':
    'Ein {exchange}-Paket wurde von {src} Port {sport} an {dst} Port {dport} gesendet (Initiator-SPI {ispi}, Message-ID {mid}).',
  'explain.cisco-ikev2.rx-tx':
    'Paket-Header: {dir} zwischen lokal {laddr}:{lport} und entfernt {raddr}:{rport}, Message-ID {mid}. Port 4500 heißt, dass NAT-Traversal verwendet wird.',
  'explain.cisco-ikev2.packet-received':
    'Ein IKEv2-Paket kam von {src} Port {sport} auf {dst} Port {dport} an; sein Header folgt.',
  'explain.cisco-ikev2.packet-sent':
    'Ein IKEv2-Paket wird an {dst} Port {dport} von {src} Port {sport} gesendet; sein Header folgt.',
  'explain.cisco-ikev2.initiator-spi':
    'SPIs der IKE SA im Paket: Initiator {ispi}, Responder {rspi} (alles null, bis der Responder geantwortet hat), Message-ID {mid}.',
  'explain.cisco-ikev2.exchange-line': 'Das Paket ist der {kind} eines {exchange}-Austauschs.',
  'explain.cisco-ikev2.header': 'IKEv2-Header des Pakets mit den SPIs der IKE SA.',
  'explain.cisco-ikev2.next-payload-version': 'IKEv2-Header: erste Payload {next}, IKE-Version {version}.',
  'explain.cisco-ikev2.exchange-type':
    'Austausch {exchange}, Flags {flags}: INITIATOR kennzeichnet Nachrichten des ursprünglichen Initiators, MSG-RESPONSE eine Antwort.',
  'explain.cisco-ikev2.message-id': 'IKEv2-Header: Message-ID {mid}, {length} Byte.',
  'explain.cisco-ikev2.payload-contents': 'Es folgen die Payloads des Pakets.',
  'explain.cisco-ikev2.payload-list':
    'Payloads des Pakets. NOTIFY(...)-Einträge sind Benachrichtigungen; ein Fehler-Notify wie NO_PROPOSAL_CHOSEN oder AUTHENTICATION_FAILED beendet die Aushandlung.',
  'explain.cisco-ikev2.notify-type-dump': 'Notify-Payload des Protokolls {protocol}.',
  'explain.cisco-ikev2.payload-field':
    'Ein Feld eines Payload-Dumps (DH-Gruppe, Identitätstyp, Traffic-Selektor, Datenlänge).',
  'explain.cisco-ikev2.hex-dump': 'Rohe Bytes einer Payload.',
  'explain.cisco-ikev2.empty-message':
    'Eine Debug-Meldung ohne Text (die ASA gibt manche Texte in der nächsten Zeile aus).',
  'explain.cisco-ikev2.building-packet': 'Eine verschlüsselte Nachricht wird erstellt; ihre Payloads folgen.',
  'explain.cisco-ikev2.decrypted-packet':
    'Der verschlüsselte Teil des Pakets wurde entschlüsselt ({bytes} Byte); seine Payloads folgen.',
  'explain.cisco-ikev2.request-mess-id':
    'Message-ID-Verwaltung des IKEv2-Fensters (Requests und Responses werden über die Message-ID zugeordnet).',

  // Proposals
  'explain.cisco-ikev2.last-proposal': 'SA-Payload: Ein Vorschlag folgt (Last-Proposal-Flag {last}).',
  'explain.cisco-ikev2.proposal-dump':
    'SA-Payload: Vorschlag {num} für Protokoll {protocol}; seine Transforms folgen.',
  'explain.cisco-ikev2.last-transform':
    'SA-Payload: Ein Transform folgt (0x0 kennzeichnet das letzte Transform des Vorschlags).',
  'explain.cisco-ikev2.transform':
    'SA-Payload: Transform vom Typ {type} (1 Verschlüsselung, 2 PRF, 3 Integrität, 4 DH-Gruppe, 5 ESN) mit Algorithmus {id}.',
  'explain.cisco-ikev2.proposal-summary':
    '{protocol}-Vorschlag {num}, den dieses Gerät sendet ({purpose}). Ein Responder sendet den gewählten Vorschlag, ein Initiator die angebotenen.',
  'explain.cisco-ikev2.num-transforms': 'Der Vorschlag hat {count} Transforms; sie folgen.',
  'explain.cisco-ikev2.transform-list': 'Transforms des Vorschlags: {list}.',
  'explain.cisco-ikev2.policies-received':
    'Es folgen die Vorschläge der Gegenstelle. Sie passten zu keiner Policy dieses Geräts: Vergleichen Sie sie mit den Expected Policies weiter unten.',
  'explain.cisco-ikev2.policies-expected':
    'Es folgen die eigenen Vorschläge dieses Geräts (crypto ikev2 policy / IPsec-Proposal). Einer davon muss einem der empfangenen Vorschläge entsprechen.',
  'explain.cisco-ikev2.policy-proposal':
    'Vorschlag {num}: {algs} (Verschlüsselung, PRF, Integrität, DH-Gruppe; bei ESP Verschlüsselung, Integrität, ESN).',
  'explain.cisco-ikev2.no-matching-policy':
    '{what}: Kein Vorschlag der Gegenstelle passt zu einer konfigurierten Policy; der Austausch endet mit NO_PROPOSAL_CHOSEN.',
  'explain.cisco-ikev2.ios-policy-lookup':
    'IOS sucht die IKEv2-Policy (Proposal-Liste) für diese lokale Adresse.',
  'explain.cisco-ikev2.configured-policies':
    '{what}: die konfigurierten IKEv2-Policies (crypto ikev2 policy).',
  'explain.cisco-ikev2.encryption-not-strong':
    'Die Verschlüsselung der IKE SA ({ike}) ist schwächer als die IPsec-Verschlüsselung ({esp}); mit sa-strength-enforcement wird die Child SA abgelehnt.',

  // NAT traversal
  'explain.cisco-ikev2.nat-check':
    'NAT-Erkennung: Die NAT_DETECTION-Notifies werden mit den tatsächlichen Adressen und Ports verglichen.',
  'explain.cisco-ikev2.nat-notify': 'Ein NAT_DETECTION-Notify der Gegenstelle wird geprüft.',
  'explain.cisco-ikev2.nat-address':
    '{side} Adresse {result}: Passt eine Adresse nicht zu ihrem NAT_DETECTION-Hash, sitzt vor dieser Seite ein NAT.',
  'explain.cisco-ikev2.nat-host': 'Ergebnis der NAT-Erkennung: Dieses Gerät ist {where}.',
  'explain.cisco-ikev2.nat-found':
    'Ergebnis der NAT-Erkennung: NAT OUTSIDE heißt, das NAT liegt vor der Gegenstelle, NAT INSIDE, dass dieses Gerät hinter einem NAT steht.',
  'explain.cisco-ikev2.nat-float':
    'Wegen NAT wechselt die IKE SA auf UDP 4500 (NAT-T): Initiator-Port {iport}, Responder-Port {rport}. UDP 4500 muss jede Firewall auf dem Pfad passieren.',
  'explain.cisco-ikev2.nat-keepalive':
    'NAT-Keepalives werden alle {secs} Sekunden gesendet, um das NAT-Mapping offen zu halten.',

  // Notifies, vendor IDs
  'explain.cisco-ikev2.parse-notify': 'Die Gegenstelle sendete ein {notify}-Notify.',
  'explain.cisco-ikev2.construct-notify': 'Dieses Gerät fügt seiner Nachricht ein {notify}-Notify hinzu.',
  'explain.cisco-ikev2.notify-dump': 'Notify-Payload {notify} im Paket.',
  'explain.cisco-ikev2.notify-words': 'Notify „{what}“: {verb}.',
  'explain.cisco-ikev2.notify-named': 'Notify {notify}: {verb}.',
  'explain.cisco-ikev2.initial-contact':
    'Die Gegenstelle sendete INITIAL_CONTACT: Ältere SAs mit ihr werden entfernt.',
  'explain.cisco-ikev2.delete-reason-notify': 'Cisco-Delete-Reason-Notify mit Code {code} gesendet.',
  'explain.cisco-ikev2.vendor-id': 'Vendor-ID {vid}: {verb}.',
  'explain.cisco-ikev2.vid-from-peer':
    'Die Gegenstelle sendete die Vendor-ID „{vid}“ (AnyConnect EAP steht für einen AnyConnect-Client, der sich per EAP authentisiert).',
  'explain.cisco-ikev2.custom-vid': 'Die Cisco-Vendor-IDs der Gegenstelle werden verarbeitet.',

  // Authentication
  'explain.cisco-ikev2.auth-method-is': 'Authentisierungsmethode ({who}): {method}.',
  'explain.cisco-ikev2.auth-method-dump':
    'AUTH-Payload mit Methode {method} (RSA: Zertifikatssignatur, PSK: Pre-Shared Key oder der von EAP erzeugte Schlüssel).',
  'explain.cisco-ikev2.payload-header': 'Payload {payload} des Pakets (Next Payload {next}).',
  'explain.cisco-ikev2.eap-code':
    'EAP-Payload, Code {code}: EAP-Authentisierung (AnyConnect) des Remote-Benutzers läuft.',
  'explain.cisco-ikev2.eap-request':
    'Ein Schritt des EAP-Austauschs: Der Benutzer wird per EAP innerhalb von IKE_AUTH authentisiert.',
  'explain.cisco-ikev2.eap-status': 'Ergebnis der EAP-Authentisierung des Remote-Benutzers.',
  'explain.cisco-ikev2.aggauth-xml':
    'AnyConnect-Aggregate-Authentication-XML in EAP (Benutzername, Passwort, Profil).',
  'explain.cisco-ikev2.verify-auth-data':
    'Prüfung der AUTH-Payload der Gegenstelle: {result}. FAILED bei Pre-Shared Keys heißt, die Schlüssel sind unterschiedlich.',
  'explain.cisco-ikev2.auth-value-differs':
    'Der AUTH-Wert der Gegenstelle weicht vom hier berechneten ab: Die Pre-Shared Keys der beiden Seiten sind nicht gleich.',
  'explain.cisco-ikev2.auth-failed':
    '{what}: Der IKE_AUTH-Austausch ist fehlgeschlagen; die Ursache steht in den Zeilen davor.',
  'explain.cisco-ikev2.auth-method-mismatch':
    'Die Gegenstelle authentisiert sich mit einer anderen Methode als der für sie konfigurierten (Zertifikat statt Pre-Shared Key oder umgekehrt).',
  'explain.cisco-ikev2.auth-timeout':
    'Die Gegenstelle hat nach IKE_SA_INIT nicht rechtzeitig IKE_AUTH gesendet: Vielleicht hat sie die Antwort nicht akzeptiert, oder UDP 4500 ist blockiert.',
  'explain.cisco-ikev2.psk-lookup': 'Der Pre-Shared Key für die Gegenstelle wird gesucht.',
  'explain.cisco-ikev2.auth-method-code':
    'Codes der Authentisierungsmethode der Tunnel-Group (1 Zertifikat, 2 Pre-Shared Key).',
  'explain.cisco-ikev2.peer-identity':
    'Die Identität der Gegenstelle ist {id} ({idtype}); danach werden Policy, Tunnel-Group oder Profil gewählt.',
  'explain.cisco-ikev2.constructing-id': 'Dieses Gerät identifiziert sich als {id} ({idtype}).',
  'explain.cisco-ikev2.peer-id-check':
    'Prüfung der Identität der Gegenstelle gegen ihr Zertifikat (peer-id-validate). Ein Fehler beendet die Aushandlung.',
  'explain.cisco-ikev2.cert-http-url':
    'Problem beim Zertifikatsaustausch: Die Gegenstelle hat HTTP-URL-Zertifikatsabruf angefordert, ohne HTTP_CERT_LOOKUP_SUPPORTED anzukündigen.',
  'explain.cisco-ikev2.locate-item-failed':
    'Für die Gegenstelle wurde keine Konfiguration gefunden (Tunnel-Group, IKEv2-Profil, Keyring oder Identitätsprüfung).',
  'explain.cisco-ikev2.profile-not-found':
    'Kein IKEv2-Profil passt zur Identität der Gegenstelle (match identity remote).',
  'explain.cisco-ikev2.profile-found': 'Das IKEv2-Profil für die Gegenstelle wurde gefunden.',
  'explain.cisco-ikev2.username': 'Der Remote-Benutzer {user} hat sich authentisiert.',
  'explain.cisco-ikev2.negotiation-aborted': 'Die Aushandlung wurde abgebrochen: {reason}.',

  // Tunnel group, crypto map
  'explain.cisco-ikev2.tunnel-group-lookup':
    'Suche nach der Tunnel-Group der Gegenstelle (tunnel-group <name> enthält ihren Pre-Shared Key und ihre Einstellungen).',
  'explain.cisco-ikev2.tunnel-group-name': 'Für die Verbindung gewählte Tunnel-Group-Einstellungen.',
  'explain.cisco-ikev2.tunnel-group-missing':
    'Die Tunnel-Group für die Gegenstelle fehlt oder ist unvollständig (kein Pre-Shared Key oder Zertifikat für IKEv2).',
  'explain.cisco-ikev2.crypto-map-match':
    'Die Child SA passte zu einem Crypto-Map-Eintrag; dessen IPsec-Proposal und ACL gelten.',
  'explain.cisco-ikev2.crypto-map-incomplete': 'Crypto Map {map} {seq} ist nicht verwendbar: {reason}.',
  'explain.cisco-ikev2.selector':
    'Traffic-Selektoren der Gegenstelle gegen die Crypto-ACL geprüft: {result}.',

  // Establishment, child SA, DPD, deletion
  'explain.cisco-ikev2.sa-created': 'Die IKE SA ist aufgebaut und in der SA-Datenbank gespeichert.',
  'explain.cisco-ikev2.session-up': 'Die IKEv2-Session zwischen {remoteId} und {localId} ist {status}.',
  'explain.cisco-ikev2.connection-status': 'Verbindung zu {peer} Port {port} (Identität {id}) ist {status}.',
  'explain.cisco-ikev2.pfkey-sa':
    'IPsec SA {op} für SPI {spi} in der Data Plane (Fehler {error}). add installiert die ausgehende SA, update die eingehende.',
  'explain.cisco-ikev2.ipsec-sa-create': 'Die Child SA wird in der IPsec-Datenbank installiert: {result}.',
  'explain.cisco-ikev2.pfkey-spi': 'Für die Child SA wurde ein eingehender SPI {spi} reserviert.',
  'explain.cisco-ikev2.dpd':
    'Dead Peer Detection ist eingerichtet: Eine inaktive Gegenstelle wird abgefragt und die SA entfernt, wenn sie nicht antwortet.',
  'explain.cisco-ikev2.starting-timer': 'Ein Timer startet: {what}.',
  'explain.cisco-ikev2.fragmentation':
    'IKEv2-Fragmentierung: Große Nachrichten (Zertifikate) werden aufgeteilt, damit sie Pfade passieren, die IP-Fragmente verwerfen.',
  'explain.cisco-ikev2.retransmitting':
    'Noch keine Antwort der Gegenstelle: Die Anfrage wird erneut gesendet. Wiederholte Retransmits heißen, dass die Gegenstelle nicht antwortet oder UDP 500/4500 blockiert ist.',
  'explain.cisco-ikev2.max-retransmissions':
    'Die Gegenstelle hat nie geantwortet: Alle Wiederholungen sind aufgebraucht und die Aushandlung wird aufgegeben. Prüfen Sie die Erreichbarkeit über UDP 500/4500 und die Adresse der Gegenstelle.',
  'explain.cisco-ikev2.exchange-failed':
    '{what}: Der Austausch endete ohne SA; die Ursache steht in den Zeilen davor.',
  'explain.cisco-ikev2.unsupported-failover':
    'Die Gegenstelle sendete eine Nachricht, die dieses Gerät nicht interpretieren kann (nicht unterstützte Failover-Version).',
  'explain.cisco-ikev2.delete-info': 'DELETE für eine SA ({verb}): Die SA wird entfernt.',
  'explain.cisco-ikev2.delete-request': 'Das Löschen einer SA wird angefordert.',
  'explain.cisco-ikev2.deleting-sa': 'Die IKE SA (oder der fehlgeschlagene Versuch) wird gelöscht.',
  'explain.cisco-ikev2.dh-compute': 'Diffie-Hellman-Schlüssel ({which}) berechnet.',
  'explain.cisco-ikev2.internal-step': 'Interner Schritt der IKEv2-Aushandlung: {step}.',
};
export default messages;
