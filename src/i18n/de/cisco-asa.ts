// de messages: cisco-asa
const messages: Record<string, string> = {
  'explain.cisco-asa.ike-initiator-new':
    'Die ASA startet als Initiator eine IKEv1-Aushandlung der Phase {phase} zu {peer} (Interface {intf}); ausgelöst durch Verkehr, der auf einen Crypto-Map-Eintrag passt.',
  'explain.cisco-asa.phase1-completed':
    'IKEv1 Phase 1 ist abgeschlossen: Die ISAKMP SA mit der Gegenstelle ist aufgebaut (Authentisierung erfolgreich).',
  'explain.cisco-asa.phase2-completed':
    'IKEv1 Phase 2 (Quick Mode) ist abgeschlossen: Die IPsec SAs für diesen Crypto-Map-Eintrag sind aufgebaut.',
  'explain.cisco-asa.security-negotiation-complete':
    'Das IPsec-SA-Paar ist aufgebaut ({role}); eingehender SPI {spiIn}, ausgehender SPI {spiOut}.',
  'explain.cisco-asa.connection-terminated':
    'Der IPsec-Tunnel zu {peer} wurde beendet; die ASA nennt als Grund „{reason}“.',
  'explain.cisco-asa.session-torn-down': 'Die VPN-Session wird abgebaut; Grund laut ASA: „{reason}“.',
  'explain.cisco-asa.session-disconnected':
    'Die {type}-Session endete nach {duration} ({tx} Byte gesendet, {rx} empfangen); Grund: „{reason}“.',
  'explain.cisco-asa.no-matching-crypto-map':
    'Phase 2 abgelehnt: Die Gegenstelle hat Proxy-IDs vorgeschlagen (remote {rp}, lokal {lp}), die zu keiner Crypto-Map-ACL auf Interface {intf} passen. Die Crypto-ACLs beider Seiten müssen spiegelbildlich sein.',
  'explain.cisco-asa.crypto-map-policy-not-found-v1':
    'Phase 2 abgelehnt: Kein Crypto-Map-Eintrag deckt die vorgeschlagenen Netze ab (Quelle {src}, Ziel {dst}). Prüfen Sie die Crypto-ACLs beider Seiten.',
  'explain.cisco-asa.qm-fsm-error':
    'Die Zustandsmaschine des Quick Mode (Phase 2) ist fehlgeschlagen; die umgebenden Zeilen nennen die Ursache.',
  'explain.cisco-asa.peer-table-remove-failed':
    'Aufräumen nach einer nicht abgeschlossenen Aushandlung (die ASA fand keinen zu entfernenden Eintrag in der Tabelle {table}).',
  'explain.cisco-asa.peer-tbl-entry':
    'Aufräumen nach einer nicht abgeschlossenen IKE-Aushandlung; die Ursache steht in den Zeilen davor.',
  'explain.cisco-asa.attribute-mismatch':
    'Phase-{phase}-Vorschläge passen nicht bei „{cls}“: Die Gegenstelle bot {rcvd}, diese ASA ist auf {cfgd} konfiguriert.',
  'explain.cisco-asa.user-authorization-failed': 'Benutzerautorisierung fehlgeschlagen: {reason}.',
  'explain.cisco-asa.payload-error':
    'Die ASA konnte Payload {payload} der Nachricht der Gegenstelle nicht verarbeiten (Payload 1 ist die SA-Payload: meist kein akzeptabler Vorschlag).',
  'explain.cisco-asa.notify-nonroutine':
    'Die Gegenstelle sendete die Notify-Meldung „{text}“ ({code}); sie benennt meist eine abweichende Konfiguration.',
  'explain.cisco-asa.ike-lost-contact':
    'Die Gegenstelle antwortete nicht mehr auf {type}-Keepalives: Die ASA hat sie für tot erklärt und den Tunnel gelöscht.',
  'explain.cisco-asa.keepalive-mismatch':
    'Keepalives sind hier mit {cfg} konfiguriert, aber die Gegenstelle {peer} weicht ab (Typ {type}).',
  'explain.cisco-asa.keepalive-type': 'Keepalive-Typ für diesen Tunnel: {type}.',
  'explain.cisco-asa.nat-detection':
    'NAT-Erkennung: Gegenstelle {remote} hinter NAT, diese Seite {local} hinter NAT.',
  'explain.cisco-asa.duplicate-phase1':
    'Die Gegenstelle hat dieselbe Phase-1-Nachricht erneut gesendet (sie hat unsere Antwort nicht erhalten oder nicht verwerten können); die ASA sendet ihre letzte Nachricht erneut.',
  'explain.cisco-asa.duplicate-first-packet':
    'Die Gegenstelle hat ihre erste IKE-Nachricht wiederholt; das Duplikat wird ignoriert.',
  'explain.cisco-asa.retransmit-dispatched':
    'Noch keine Antwort: Die ASA wiederholt ihre Phase-{phase}-Nachricht (Austausch {fsm}).',
  'explain.cisco-asa.psk-decrypt-error':
    'Die verschlüsselte Main-Mode-Nachricht der Gegenstelle ließ sich nicht entschlüsseln: Die Pre-Shared Keys der beiden Seiten sind unterschiedlich.',
  'explain.cisco-asa.invalid-payloads':
    'Eine verschlüsselte {mode}-Nachricht der Gegenstelle ergab entschlüsselt nur Datenmüll; im Main Mode ist das das Zeichen für abweichende Pre-Shared Keys.',
  'explain.cisco-asa.no-matching-sa':
    'Ein verschlüsseltes IKE-Paket kam für eine SA an, die die ASA nicht mehr hat (veraltete SA auf der Gegenstelle).',
  'explain.cisco-asa.invalid-spi-notify':
    'Die Gegenstelle meldet, dass sie den IPsec-SPI {spi} nicht kennt: Sie hat die SA verloren (Neustart oder gelöscht).',
  'explain.cisco-asa.ike-proposal-acceptable':
    'Der IKE-Vorschlag (Phase 1) der Gegenstelle passt zu einer konfigurierten IKE-Policy.',
  'explain.cisco-asa.ipsec-proposal-acceptable':
    'Der IPsec-Vorschlag (Phase 2) der Gegenstelle passt zum Crypto-Map-Eintrag {entry}.',
  'explain.cisco-asa.all-ipsec-proposals-unacceptable':
    'Kein IPsec-Vorschlag (Phase 2) der Gegenstelle passt zu den Transform-Sets des Crypto-Map-Eintrags.',
  'explain.cisco-asa.all-ike-proposals-unacceptable':
    'Kein IKE-Vorschlag (Phase 1) der Gegenstelle passt zu einer IKE-Policy dieser ASA.',
  'explain.cisco-asa.ike-decode': 'IKE-Nachricht {dir} (Message-ID {mid}, {len} Byte).',
  'explain.cisco-asa.user-authenticated': 'XAUTH-Benutzer {user} wurde authentisiert.',
  'explain.cisco-asa.xauth-failed':
    'Extended Authentication (XAUTH) fehlgeschlagen: Prüfen Sie den konfigurierten Benutzernamen und das Passwort.',
  'explain.cisco-asa.unknown-tunnel-group':
    'Aggressive-Mode-Nachricht 1 nennt die Tunnel-Group „{name}“, die auf dieser ASA nicht konfiguriert ist.',
  'explain.cisco-asa.group-not-found':
    'Keine Tunnel-Group „{name}“ und kein Standard-Pre-Shared-Key: Diese Gegenstelle ist nicht konfiguriert.',
  'explain.cisco-asa.default-group-psk':
    'Keine Tunnel-Group „{name}“: Die ASA greift auf den Pre-Shared Key der Default-Group zurück.',
  'explain.cisco-asa.ike-peer-not-configured':
    'Für dieses Ziel ist kein LAN-to-LAN-Peer {peer} konfiguriert.',
  'explain.cisco-asa.initiator-no-policy':
    'Verkehr von {src} nach {dst} (Interface {intf}) sollte einen Tunnel starten, aber dafür wurde keine Crypto-Map-Policy gefunden.',
  'explain.cisco-asa.tunnel-rejected-l2l-peer':
    'Abgelehnt: Der IKE-Peer {ike} ist nicht der Peer {cfg} der passenden L2L-Policy.',
  'explain.cisco-asa.tunnel-rejected-sa-not-found':
    'Abgelehnt: IPsec SA {sa} ist für die Gruppe {grp} nicht konfiguriert.',
  'explain.cisco-asa.group-lock':
    'Abgelehnt: Benutzer {user} ist kein Mitglied der Gruppe {grp} (group-lock).',
  'explain.cisco-asa.session-timed-out':
    'Die IKE-Aushandlung lief im Zustand {state} in ein Timeout und wurde abgebrochen.',
  'explain.cisco-asa.rekey-duration':
    'Die beiden Seiten schlagen unterschiedliche Lebensdauern in {unit} vor ({from} → {to}); der niedrigere Wert wird verwendet.',
  'explain.cisco-asa.delete-with-reason':
    'Die ASA löscht die {what}-SA und teilt der Gegenstelle den Grund mit: „{reason}“.',
  'explain.cisco-asa.received-delete-rekeyed':
    'Nach einem Rekey hat die Gegenstelle die alte {what} gelöscht; normal.',
  'explain.cisco-asa.qm-start': 'Quick Mode (Phase 2) beginnt, diese ASA als {role} (Message-ID {mid}).',
  'explain.cisco-asa.crypto-map-check':
    'Die ASA sucht den Crypto-Map-Eintrag, der zu den Proxy-IDs der Gegenstelle passt.',
  'explain.cisco-asa.dh-group-override':
    'Die PFS-Gruppe der Phase 2 ({p2}) weicht von der Gruppe der Phase 1 ({p1}) ab; die Gruppe der Phase 1 wird verwendet.',
  'explain.cisco-asa.info-exchange-failed':
    'Eine Informational-Nachricht (Notify/Delete) der Gegenstelle konnte nicht verarbeitet werden.',
  'explain.cisco-asa.payload-processing': 'Debug: {what}-Payload ({verb}).',
  'explain.cisco-asa.vendor-id':
    'Die Gegenstelle hat die Vendor-ID „{vid}“ angekündigt (eine Fähigkeit wie NAT-T oder DPD).',
  'explain.cisco-asa.dpd-keepalive': 'Dead Peer Detection: {type} {dir} (Sequenz {seq}).',
  'explain.cisco-asa.fsm-error-history':
    'Verlauf der fehlgeschlagenen {fsm}-Zustandsmaschine ({role}); „WAIT_MSG2, EV_TIMEOUT“ heißt, die Gegenstelle hat nie auf die erste Nachricht geantwortet.',
  'explain.cisco-asa.sa-terminating': 'Die IKE SA {kind}:{id} wird entfernt.',
  'explain.cisco-asa.freeing-memory': 'Internes Aufräumen ({what}).',
  'explain.cisco-asa.connection-landed': 'Die Verbindung wurde der Tunnel-Group {grp} zugeordnet.',
  'explain.cisco-asa.proxy-id-payload':
    '{side} Proxy-ID der Gegenstelle in Phase 2: Adresse {addr}, Protokoll {proto}, Port {port}.',
  'explain.cisco-asa.assigned-ip': 'Dem Remote-Benutzer wurde die Adresse {addr} zugewiesen.',
  'explain.cisco-asa.transaction-mode':
    'Der Client hat das Mode-Config-Attribut {attr} angefordert, das die ASA nicht unterstützt ({what}).',
  'explain.cisco-asa.transaction-payload':
    'Unerwartete Payload {type} in einem Mode-Config/XAUTH-Austausch: Die beiden Seiten sind nicht synchron.',
  'explain.cisco-asa.load-balancing-redirect': 'Das Load Balancing hat den Client zu {peer} umgeleitet.',
  'explain.cisco-asa.peer-configured-for-sa': 'Die Crypto-Einstellungen der Gegenstelle stammen aus {sa}.',
  'explain.cisco-asa.ikev2-request-tunnel':
    'Verkehr fordert einen IKEv2-Tunnel an: lokaler Selektor {la}, entfernter Selektor {ra}; die ASA startet als Initiator.',
  'explain.cisco-asa.ikev2-init-sa-request':
    'Die Gegenstelle hat eine IKEv2-Aushandlung eröffnet (IKE_SA_INIT-Request); die ASA ist Responder.',
  'explain.cisco-asa.ikev2-negotiation-aborted': 'Die IKEv2-Aushandlung wurde abgebrochen: {err}.',
  'explain.cisco-asa.ikev2-cookie':
    'Die ASA antwortet mit einer COOKIE-Challenge (viele halboffene IKEv2 SAs: DoS-Schutz).',
  'explain.cisco-asa.ikev2-rekey-collision':
    'Beide Seiten haben die IPsec SA gleichzeitig erneuert; die ASA löscht ihr Duplikat (SPI {spi}).',
  'explain.cisco-asa.ikev2-sa-up': 'Die IKEv2 SA ist aufgebaut ({reason}).',
  'explain.cisco-asa.ikev2-sa-down': 'Die IKEv2 SA wurde abgebaut: {reason}.',
  'explain.cisco-asa.ikev2-sa-rejected':
    'Die IKEv2-SA-Anfrage wurde abgelehnt, weil ein Ressourcen- oder CAC-Limit erreicht war.',
  'explain.cisco-asa.ikev2-encryption-not-strong':
    'Die Verschlüsselung der IKE SA ({ike}) ist schwächer als die vorgeschlagene IPsec-Verschlüsselung ({esp}) (crypto ipsec ikev2 sa-strength-enforcement).',
  'explain.cisco-asa.ikev2-peer-moved':
    'Adresse/Port der Gegenstelle haben sich geändert (NAT-Rebinding oder MOBIKE): {prev} → {now}.',
  'explain.cisco-asa.ikev2-initial-contact-abort':
    'Die Gegenstelle sendete INITIAL_CONTACT: Sie wurde neu gestartet, daher verwirft die ASA die alte IKEv2-Session.',
  'explain.cisco-asa.ikev2-deleting-ipsec-sa': 'Die ASA löscht eine IPsec SA: {reason}.',
  'explain.cisco-asa.ikev2-crypto-map-policy-not-found':
    'Die Traffic-Selektoren der Gegenstelle (remote {rts}, lokal {lts}) passen zu keiner Crypto-Map-ACL: Die geschützten Netze unterscheiden sich zwischen den Seiten.',
  'explain.cisco-asa.ikev2-address-assigned':
    'Remote-Access-Session: Adresse {v4} zugewiesen (Group-Policy {grp}).',
  'explain.cisco-asa.ikev2-no-auth-configured':
    'Die Tunnel-Group {grp} hat für diese Authentisierungsrichtung keinen Pre-Shared Key und keinen Trustpoint.',
  'explain.cisco-asa.ikev2-cert-auth-failed': 'Zertifikatsauthentisierung fehlgeschlagen: {err}.',
  'explain.cisco-asa.ikev2-not-enabled-in-group-policy':
    'Die Group-Policy erlaubt kein IKEv2 (vpn-tunnel-protocol).',
  'explain.cisco-asa.ikev2-tunnel-group-not-found':
    'Für diesen IKEv2-Peer wurde keine Tunnel-Group- bzw. Crypto-Map-Einstellung gefunden.',
  'explain.cisco-asa.ikev2-user-auth-failed': 'Benutzerauthentisierung (EAP/AAA) fehlgeschlagen: {err}.',
  'explain.cisco-asa.ikev2-config-payload-warning':
    'Ein Attribut der Configuration Payload ({attr}) konnte nicht verarbeitet werden: {err}.',
  'explain.cisco-asa.ikev2-dh-failed': 'Die Diffie-Hellman-Berechnung ist fehlgeschlagen: {err}.',
  'explain.cisco-asa.tunnel-manager-dispatch':
    'Der Tunnel Manager übergibt Crypto Map {map} seq {seq} an IKEv{ver}, um den Tunnel aufzubauen.',
  'explain.cisco-asa.tunnel-manager-dispatch-failed':
    'Der Tunnel Manager konnte Crypto Map {map} seq {seq} nicht starten: {why}.',
  'explain.cisco-asa.tunnel-manager-duplicate': 'Eine Tunnelanfrage für diesen Eintrag läuft bereits.',
  'explain.cisco-asa.tunnel-manager-missing':
    'IKEv{ver} ist für diesen Crypto-Map-Eintrag nicht verwendbar: Es fehlt „{what}“.',
  'explain.cisco-asa.ike-version-result':
    'Ergebnis von IKEv{ver} beim Tunnelaufbau für Crypto Map {map} seq {seq}: {ok}.',
  'explain.cisco-asa.tunnel-manager-failed':
    'Keine der konfigurierten IKE-Versionen konnte den Tunnel für Crypto Map {map} seq {seq} aufbauen; die Zeilen davor nennen den Grund (keine Antwort, Abweichung ...).',
  'explain.cisco-asa.ipsec-sa-created-deleted':
    'Die {dir} {type}-IPsec-SA (SPI {spi}) zwischen {a} und {b} wurde {what}.',
  'explain.cisco-asa.ipsec-sa-rekeying':
    'Die {dir}-IPsec-SA (SPI {spi}) wird wegen {why}-Rollover erneuert (Rekey).',
  'explain.cisco-asa.cert-validation-failed': 'Zertifikatsvalidierung fehlgeschlagen (Grund siehe Zeile).',
  'explain.cisco-asa.cert-chain-failed':
    'Die Zertifikatskette der Gegenstelle hat die Validierung nicht bestanden.',
  'explain.cisco-asa.cert-validated': 'Das Zertifikat der Gegenstelle wurde validiert.',
  'explain.cisco-asa.cert-chain-info': 'Schritt der Zertifikatsketten-Validierung.',
};
export default messages;
