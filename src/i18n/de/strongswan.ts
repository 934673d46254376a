// de messages: strongswan
// One-line explanation of each charon log pattern (`--explain`); keys `explain.strongswan.<pattern id>`,
// placeholders are the pattern's named groups.
const messages: Record<string, string> = {
  'explain.strongswan.packet-sent': 'charon hat ein IKE-Paket von {local} an {remote} gesendet.',
  'explain.strongswan.packet-received': 'charon hat ein IKE-Paket von {remote} auf {local} empfangen.',
  'explain.strongswan.msg-generating':
    'charon hat ein {exchange}-{rr} (Message-ID {mid}) mit den Payloads [{payloads}] erstellt und sendet es gleich.',
  'explain.strongswan.msg-parsed':
    'charon hat ein {exchange}-{rr} (Message-ID {mid}) mit den Payloads [{payloads}] empfangen und dekodiert; N(...) sind Notify-Payloads.',
  'explain.strongswan.retransmit':
    'Noch keine Antwort: charon hat Request {mid} erneut gesendet (Wiederholung {count}).',
  'explain.strongswan.request-queued': 'Eine {exchange}-Anfrage kam, während ein Austausch dieser SA noch läuft; charon stellt sie zurück, bis dieser beendet ist.',
  'explain.strongswan.retransmit-v1':
    'Noch keine Antwort: charon hat IKEv1-Nachricht {mid} erneut gesendet (Wiederholung {count}).',
  'explain.strongswan.giving-up':
    'charon hat nach {count} Wiederholungen ohne jede Antwort der Gegenstelle aufgegeben.',
  'explain.strongswan.giving-up-path-probing':
    'MOBIKE prüft Pfade, um einen funktionierenden Weg zur Gegenstelle zu finden.',
  'explain.strongswan.received-retransmit':
    'Die Gegenstelle hat dieselbe Nachricht erneut gesendet: Die vorherige Antwort von charon ist nicht angekommen.',
  'explain.strongswan.fragment-received':
    'charon hat Fragment #{n} einer fragmentierten IKE-Nachricht empfangen (IKE-Fragmentierung ist aktiv).',
  'explain.strongswan.fragment-split':
    'Die IKE-Nachricht war für ein Paket zu groß; charon hat sie in {count} Fragmente aufgeteilt (RFC 7383 / IKEv1-Fragmentierung).',
  'explain.strongswan.fragment-error':
    'Das Zusammensetzen einer fragmentierten IKE-Nachricht ist fehlgeschlagen: {what}.',
  'explain.strongswan.decryption-failed':
    'Die verschlüsselte {payload}-Payload ließ sich nicht entschlüsseln: Bei IKEv1 haben beide Seiten unterschiedliche Schlüssel abgeleitet, fast immer wegen eines abweichenden Pre-Shared Keys.',
  'explain.strongswan.message-failed': 'charon konnte die Nachricht nicht verarbeiten: {what}.',
  'explain.strongswan.message-processing-failed':
    'Die Verarbeitung des {exchange}-{rr} mit Message-ID {mid} ist fehlgeschlagen; der Grund steht in den Zeilen direkt davor.',
  'explain.strongswan.payload-integrity':
    'Die Integritätsprüfung von {what} ist fehlgeschlagen: Die Schlüssel stimmen nicht überein oder das Paket wurde verändert.',
  'explain.strongswan.critical-payload':
    'Die Gegenstelle hat eine als kritisch markierte Payload gesendet, die charon nicht unterstützt; die Nachricht wird mit UNSUPPORTED_CRITICAL_PAYLOAD abgelehnt.',
  'explain.strongswan.unexpected-response':
    'Die Gegenstelle hat mit einer {exchange}-Response geantwortet, während charon auf {expected} wartete.',
  'explain.strongswan.unexpected-message-id':
    'Eine Nachricht mit ID {mid} kam an, erwartet wurde {expected}; sie wird ignoriert (Message-IDs nicht synchron, oft eine veraltete SA).',
  'explain.strongswan.message-ignored':
    'charon hat eine Nachricht ignoriert, die nicht zum aktuellen Zustand der IKE SA passt.',
  'explain.strongswan.invalid-header':
    'Ein Paket von {remote} hatte keinen gültigen IKE-Header und wurde verworfen.',
  'explain.strongswan.unsupported-version':
    '{remote} spricht IKE-Version {major}.{minor}, die dieser charon nicht akzeptiert: Beide Seiten verwenden unterschiedliche IKE-Versionen.',
  'explain.strongswan.setup-ignored-limit': 'charon hat eine neue IKE SA von {remote} ignoriert: {why}.',
  'explain.strongswan.unprotected-informational':
    'Eine unverschlüsselte IKEv1-INFORMATIONAL-Nachricht von {remote} wurde ignoriert.',
  'explain.strongswan.socket-error': 'Senden oder Empfangen auf dem IKE-Socket ist fehlgeschlagen: {what}.',
  'explain.strongswan.ike-initiate': 'charon baut IKE SA {name}[{sa}] zu {remote} auf (IKEv2, IKE_SA_INIT).',
  'explain.strongswan.ike-initiate-v1':
    'charon startet IKEv1 {mode} Mode für IKE SA {name}[{sa}] zu {remote}.',
  'explain.strongswan.ike-respond':
    '{remote} baut eine IKEv2-IKE-SA zu diesem Host auf; charon ist Responder.',
  'explain.strongswan.ike-respond-v1':
    '{remote} startet einen IKEv1-{mode}-Mode-Austausch mit diesem Host; charon ist Responder.',
  'explain.strongswan.ike-established':
    'Phase 1 steht: IKE SA {name}[{sa}] ist zwischen {local} [{localId}] und {remote} [{remoteId}] aufgebaut.',
  'explain.strongswan.ike-rekeyed':
    'IKE SA {name} wurde neu verschlüsselt (Rekey); die neue IKE SA ist [{sa}].',
  'explain.strongswan.ike-state-change': 'IKE SA {name}[{sa}] hat den Zustand von {from} zu {to} gewechselt.',
  'explain.strongswan.child-state-change':
    'CHILD_SA {child}{{childId}} hat den Zustand von {from} zu {to} gewechselt.',
  'explain.strongswan.ike-deleting': 'IKE SA {name}[{sa}] zwischen {local} und {remote} wird gelöscht.',
  'explain.strongswan.ike-delete-sent':
    'charon teilt der Gegenstelle mit, dass IKE SA {name}[{sa}] gelöscht wird.',
  'explain.strongswan.ike-delete-received': 'Die Gegenstelle hat ein DELETE für eine IKE SA gesendet.',
  'explain.strongswan.ike-deleted': 'Die IKE SA ist entfernt.',
  'explain.strongswan.ike-duplicate-deleted':
    'Eine ältere IKE SA mit derselben Peer-Identität wurde entfernt (INITIAL_CONTACT oder Eindeutigkeitsrichtlinie).',
  'explain.strongswan.half-open-timeout':
    'Eine Gegenstelle hat eine IKE SA begonnen, aber nie abgeschlossen (kein IKE_AUTH erhalten): Die halboffene SA ist abgelaufen. Oft kommen UDP 4500 oder große Fragmente nicht durch.',
  'explain.strongswan.peer-not-responding':
    'Die Gegenstelle hat überhaupt nicht geantwortet; die IKE SA konnte nicht aufgebaut werden.',
  'explain.strongswan.peer-no-exchange':
    'Die Gegenstelle hat den erwarteten Austausch nicht gestartet; die IKE SA wird neu aufgebaut.',
  'explain.strongswan.ike-rekey-retry':
    'Rekeying der IKE SA ist fehlgeschlagen; charon versucht es in {secs} Sekunden erneut.',
  'explain.strongswan.reauth-failed': 'Die Reauthentifizierung der IKE SA ist fehlgeschlagen.',
  'explain.strongswan.ike-reauth': 'Die IKE SA wird reauthentifiziert oder neu aufgebaut.',
  'explain.strongswan.schedule-rekey': 'Timer für Rekeying oder Reauthentifizierung der IKE SA gesetzt.',
  'explain.strongswan.nat-detected':
    'Ergebnis der NAT-Erkennung: Bei gefundenem NAT wechselt charon auf UDP 4500 (NAT-Traversal).',
  'explain.strongswan.keep-alive': 'charon sendet ein NAT-Keepalive an {remote}.',
  'explain.strongswan.dpd': 'Dead Peer Detection (DPD) auf dieser IKE SA.',
  'explain.strongswan.dpd-timeout':
    'Die IKEv1-Gegenstelle beantwortet DPD nicht mehr: Sie gilt als tot und die DPD-Aktion wird ausgeführt.',
  'explain.strongswan.mobike': 'MOBIKE-Unterstützung (RFC 4555) oder Adresswechsel der IKE SA.',
  'explain.strongswan.vendor-id':
    'Vendor-ID "{vid}" ({dir}): kündigt eine Fähigkeit wie NAT-T, DPD oder Fragmentierung an, oder die Implementierung.',
  'explain.strongswan.vendor-id-unknown':
    'Die Gegenstelle hat eine Vendor-ID gesendet, die charon nicht kennt.',
  'explain.strongswan.resolve-failed':
    'Der Hostname {host} der Gegenstelle ließ sich nicht in eine Adresse auflösen.',
  'explain.strongswan.inactivity': '{what} wurde nach {secs} Sekunden ohne Datenverkehr gelöscht.',
  'explain.strongswan.unable-to-terminate':
    'Eine Terminate-Anfrage nannte eine SA, die nicht mehr existiert.',
  'explain.strongswan.proposals-received': 'Die Gegenstelle hat diese Vorschläge angeboten: {proposals}.',
  'explain.strongswan.proposals-configured':
    'Auf diesem Host sind diese Vorschläge konfiguriert: {proposals}.',
  'explain.strongswan.proposal-selected': 'Beide Seiten haben sich auf {proposal} geeinigt.',
  'explain.strongswan.selecting-proposal':
    'charon vergleicht einen empfangenen mit einem konfigurierten Vorschlag.',
  'explain.strongswan.no-acceptable-transform':
    'In diesem Vorschlagspaar passte kein {transform} (das nächste Paar kann noch passen).',
  'explain.strongswan.ike-proposals-unacceptable':
    'Keiner der IKE-Vorschläge der Gegenstelle passt zur Konfiguration dieses Hosts; charon antwortet mit NO_PROPOSAL_CHOSEN.',
  'explain.strongswan.no-acceptable-proposal':
    'Es wurde kein für beide Seiten akzeptabler Vorschlag gefunden.',
  'explain.strongswan.no-proposal-found-v1':
    'Keiner der IKEv1-Phase-1-Vorschläge der Gegenstelle passt zur Konfiguration dieses Hosts.',
  'explain.strongswan.no-matching-proposal': 'Kein Vorschlag passte.',
  'explain.strongswan.peer-selection-invalid':
    'Die Gegenstelle hat etwas gewählt, das charon nicht angeboten hat.',
  'explain.strongswan.invalid-ke-received':
    'Die Gegenstelle hat Key-Exchange-Gruppe {offered} abgelehnt und {requested} verlangt (INVALID_KE_PAYLOAD); charon versucht es mit dieser Gruppe erneut, falls sie konfiguriert ist.',
  'explain.strongswan.invalid-ke-sent':
    'Die Gegenstelle hat Key-Exchange-Gruppe {got} verwendet; charon verlangt stattdessen {want} (INVALID_KE_PAYLOAD).',
  'explain.strongswan.ke-retry-refused':
    'Die Gegenstelle verlangt weiter eine andere Gruppe ({requested}), obwohl charon es schon mit {tried} versucht hat: Die DH-/PFS-Gruppen passen nicht zusammen.',
  'explain.strongswan.ke-not-supported': 'Das Key-Exchange-Verfahren {ke} ist {why}.',
  'explain.strongswan.ke-non-pfs': 'Die Child SA wurde ohne PFS ausgehandelt; die KE-Payload wird ignoriert.',
  'explain.strongswan.ke-failed': 'Der Diffie-Hellman-Schlüsselaustausch konnte nicht abgeschlossen werden.',
  'explain.strongswan.ke-retries-exhausted':
    'charon hat nach {count} IKE_SA_INIT-Versuchen aufgegeben (die Gegenstelle verlangte immer wieder eine andere Gruppe, ein Cookie oder eine Umleitung).',
  'explain.strongswan.notify-error': 'Die Gegenstelle hat mit dem Fehler {notify} geantwortet.',
  'explain.strongswan.notify-error-destroy':
    'Die Gegenstelle hat mit dem Fehler {notify} geantwortet; die IKE SA wird abgebaut.',
  'explain.strongswan.notify-error-v1': 'Die IKEv1-Gegenstelle hat den Fehler {notify} gemeldet.',
  'explain.strongswan.notify-no-child':
    'Die Gegenstelle hat {notify} geantwortet: Die IKE SA steht, aber es wurde keine Child SA (Phase 2) erstellt.',
  'explain.strongswan.notify-info': 'Die Gegenstelle hat die Benachrichtigung {notify} gesendet.',
  'explain.strongswan.no-ike-config':
    'Für {local}...{remote} ist keine IKE-Verbindung konfiguriert; charon weist die Gegenstelle mit {notify} ab.',
  'explain.strongswan.ike-config-lookup': 'charon sucht die IKE-Verbindung, die zu den Adressen passt.',
  'explain.strongswan.lifetime-mismatch':
    'Die Gegenstelle schlägt eine andere Lifetime als konfiguriert vor; charon verwendet weiter den eigenen Wert.',
  'explain.strongswan.peer-config-lookup':
    'charon sucht eine Verbindung für die Identitäten {localId} (lokal) und {remoteId} (Gegenstelle).',
  'explain.strongswan.peer-config-lookup-v1':
    'charon sucht eine IKEv1-{auth}-Verbindung für die Peer-Identität {remoteId}.',
  'explain.strongswan.peer-config-selected': 'charon hat die Verbindung für diese Gegenstelle gewählt.',
  'explain.strongswan.peer-config-missing':
    'Keine konfigurierte Verbindung passt zu den Adressen und Identitäten der Gegenstelle.',
  'explain.strongswan.peer-config-unacceptable':
    'Die Verbindung {name} akzeptiert die Authentifizierungsart der Gegenstelle nicht.',
  'explain.strongswan.auth-mode-mismatch':
    'Eine Verbindung passt, erlaubt aber keine {auth}-Authentifizierung im {mode} Mode: Beide Seiten sind sich uneinig über Main Mode oder Aggressive Mode.',
  'explain.strongswan.aggressive-psk-disabled':
    'Die Gegenstelle nutzt Aggressive Mode mit Pre-Shared Key, was charon standardmäßig ablehnt; verwenden Sie auf beiden Seiten Main Mode.',
  'explain.strongswan.peer-requested-eap':
    'Die Gegenstelle möchte EAP-Authentifizierung, aber die passende Verbindung verwendet kein EAP.',
  'explain.strongswan.idr-mismatch':
    'Die Gegenstelle weist sich mit einer anderen Identität aus, als dieser Host erwartet: Identitäten passen nicht.',
  'explain.strongswan.constraint-identity':
    'Die Identität der Gegenstelle erfüllt die Anforderungen dieser Verbindung nicht.',
  'explain.strongswan.constraint-ca':
    'Das Zertifikat der Gegenstelle wurde nicht von der geforderten CA ausgestellt (oder ist nicht das geforderte Zertifikat).',
  'explain.strongswan.constraint-other':
    'Eine Authentifizierungsbedingung dieser Verbindung ist nicht erfüllt.',
  'explain.strongswan.auth-ok': 'Die Gegenstelle {id} hat sich erfolgreich authentifiziert ({method}).',
  'explain.strongswan.auth-self': 'charon authentifiziert sich als {id}.',
  'explain.strongswan.auth-self-failed':
    'charon konnte die eigene Authentifizierung als {id} nicht erstellen (Problem mit privatem Schlüssel oder Signatur).',
  'explain.strongswan.psk-mac-mismatch':
    'Der AUTH-Wert der Gegenstelle passt nicht zum Pre-Shared Key für {localId} - {remoteId}: Die Pre-Shared Keys sind verschieden.',
  'explain.strongswan.psk-hash-mismatch-v1':
    'Der IKEv1-HASH der Gegenstelle passt nicht zum konfigurierten Pre-Shared Key: Die Pre-Shared Keys sind verschieden.',
  'explain.strongswan.no-shared-key': 'Für dieses Identitätspaar ist kein Pre-Shared Key konfiguriert.',
  'explain.strongswan.no-trusted-key':
    'Kein vertrauenswürdiger öffentlicher {keyType}-Schlüssel für {id} gefunden: Das Zertifikat der Gegenstelle fehlt, ist nicht vertrauenswürdig oder passt nicht zu ihrer Identität.',
  'explain.strongswan.signature-retry':
    'Eine Signatur ließ sich mit einem Schlüssel nicht prüfen; charon versucht den nächsten.',
  'explain.strongswan.no-private-key':
    'Für die Identität {id} dieses Hosts ist kein privater Schlüssel vorhanden.',
  'explain.strongswan.cert-validity':
    'Ein Zertifikat liegt außerhalb seines Gültigkeitszeitraums (gültig von {from} bis {to}): abgelaufen, noch nicht gültig oder die Uhrzeit stimmt nicht.',
  'explain.strongswan.cert-revoked': 'Das Zertifikat wurde am {date} widerrufen ({why}).',
  'explain.strongswan.cert-status': 'Ergebnis der Sperrprüfung des Zertifikats (OCSP/CRL).',
  'explain.strongswan.cert-chain':
    'Die Zertifikatskette konnte nicht bis zu einer vertrauenswürdigen CA validiert werden.',
  'explain.strongswan.cert-trust-step': 'Ein Schritt der Validierung der Zertifikatskette.',
  'explain.strongswan.cert-payload': 'Ein Zertifikat oder eine Zertifikatsanforderung wurde ausgetauscht.',
  'explain.strongswan.eap-start': 'Ein Schritt der EAP-Authentifizierung.',
  'explain.strongswan.eap-ok': 'EAP-Methode {method} war erfolgreich.',
  'explain.strongswan.eap-failed-peer':
    'EAP-Authentifizierung mit {method} für {peer} fehlgeschlagen: falscher Benutzername oder falsches Passwort, oder das Konto ist nicht zugelassen.',
  'explain.strongswan.eap-failed': 'EAP-Authentifizierung fehlgeschlagen.',
  'explain.strongswan.eap-nak': 'Beide Seiten handeln die zu verwendende EAP-Methode aus (EAP_NAK).',
  'explain.strongswan.eap-only': 'Entscheidung über EAP-only-Authentifizierung (RFC 5998).',
  'explain.strongswan.xauth-ok': 'XAuth-Benutzerauthentifizierung von {id} war erfolgreich.',
  'explain.strongswan.xauth-failed':
    'XAuth-Benutzerauthentifizierung fehlgeschlagen: falscher Benutzername oder falsches Passwort.',
  'explain.strongswan.authorization-refused':
    'Die IKE SA wurde nach der Authentifizierung abgelehnt (Autorisierung oder Eindeutigkeitsrichtlinie).',
  'explain.strongswan.id-payload-missing': 'In der Nachricht der Gegenstelle fehlt die {payload}-Payload.',
  'explain.strongswan.auth-method-v1':
    'Die Gegenstelle schlägt {got}-Authentifizierung vor, konfiguriert ist {conf}; charon verwendet die konfigurierte Methode.',
  'explain.strongswan.child-initiate': 'charon baut Child SA (Phase 2) {child}{{childId}} auf.',
  'explain.strongswan.child-established':
    'Phase 2 steht: Child SA {child}{{childId}} mit SPIs {spiIn} (ein) / {spiOut} (aus) schützt {tsLocal} === {tsRemote}.',
  'explain.strongswan.child-rekeyed':
    'Child SA {child} wurde neu verschlüsselt (Rekey); die neuen SPIs sind {spiIn} (ein) / {spiOut} (aus).',
  'explain.strongswan.child-rekey-detected': 'Die Gegenstelle führt ein Rekeying einer Child SA durch.',
  'explain.strongswan.child-rekey-failed':
    'Erstellen oder Rekeying der Child SA ist fehlgeschlagen; charon versucht es erneut.',
  'explain.strongswan.child-closing': 'Child SA {child}{{childId}} (SPIs {spiIn}/{spiOut}) wird geschlossen.',
  'explain.strongswan.child-delete-received':
    'Die Gegenstelle hat die {proto}-Child-SA mit SPI {spi} gelöscht.',
  'explain.strongswan.child-delete-sent':
    'charon löscht die {proto}-Child-SA mit SPI {spi} und informiert die Gegenstelle.',
  'explain.strongswan.child-closed': 'Eine Child SA wurde geschlossen.',
  'explain.strongswan.child-not-found':
    'Eine Nachricht oder ein Ereignis bezieht sich auf eine Child SA, die (nicht mehr) existiert.',
  'explain.strongswan.child-config-lookup':
    'charon sucht die Child-SA-Konfiguration (Phase 2), die zu den Traffic Selectors passt.',
  'explain.strongswan.ts-selection':
    'Vergleich der Traffic Selectors: konfiguriert {config}, empfangen {received}.',
  'explain.strongswan.kernel-netlink-error':
    'Der Kernel hat eine Anfrage mit {level} "{error}" ({code}) beantwortet; "Protocol not supported" bei einer SA bedeutet, dass dem Kernel ESP-Unterstützung fehlt.',
  'explain.strongswan.kernel-policy-not-found': 'Eine zu entfernende Kernel-Policy war bereits weg.',
  'explain.strongswan.kernel-expire-job':
    'Der Kernel meldet, dass eine Child SA ihre Lifetime erreicht hat; charon startet einen {job}-Job.',
  'explain.strongswan.ts-unacceptable':
    'Die Traffic Selectors der Gegenstelle passen nicht zur Konfiguration dieses Hosts (lokal {tsLocal}, Gegenstelle {tsRemote}): Die Subnetze unterscheiden sich; charon antwortet mit TS_UNACCEPTABLE.',
  'explain.strongswan.ts-none-acceptable':
    'Keine akzeptablen Traffic Selectors: Die geschützten Subnetze passen nicht zusammen.',
  'explain.strongswan.ts-no-child-config-v1':
    'Keine Phase-2-Konfiguration (Quick Mode) passt zu den von der Gegenstelle angefragten Subnetzen.',
  'explain.strongswan.ts-invalid-selection-v1':
    'Die Gegenstelle hat mit Traffic Selectors geantwortet, die charon nicht vorgeschlagen hat.',
  'explain.strongswan.child-failed': 'Die Child SA (Phase 2) konnte nicht erstellt werden.',
  'explain.strongswan.child-mode-unacceptable': 'Behandlung des IPsec-Modus (Tunnel/Transport) der Child SA.',
  'explain.strongswan.sa-install-failed':
    'Der Kernel hat die Installation der IPsec-SA oder -Policy verweigert (fehlende Kernel-Unterstützung für ESP/XFRM, ein nicht unterstützter Algorithmus oder eine kollidierende Policy).',
  'explain.strongswan.kernel-policy-failed':
    'Der Kernel konnte die IPsec-Policy {tsLocal} === {tsRemote} ({dir}) nicht bearbeiten (Operation {op}).',
  'explain.strongswan.kernel-algorithm':
    'Der Kernel unterstützt einen Algorithmus der ausgehandelten Child SA nicht.',
  'explain.strongswan.virtual-ip': 'Behandlung virtueller IPs (Configuration Payload).',
  'explain.strongswan.pool-full': 'Im Pool für virtuelle IPs {pool} ist keine Adresse mehr frei.',
  'explain.strongswan.trap-acquire':
    'Datenverkehr hat eine Trap-Policy getroffen; der Kernel fordert charon auf, den Tunnel aufzubauen.',
  'explain.strongswan.child-restart':
    'charon startet Child SA {child} neu (DPD oder Close-Action "restart").',
  'explain.strongswan.daemon-start': 'Der charon-Daemon wurde gestartet (strongSwan {version}).',
  'explain.strongswan.daemon-plugins': 'Informationen zum Start des Daemons.',
  'explain.strongswan.config-added': 'Eine Verbindungsdefinition wurde geladen.',
  'explain.strongswan.vici-config-dump': 'Teil einer Verbindungsdefinition, die vici beim Laden protokolliert (bei `cfg 2`): die Verbindung, eine Child-SA, eine Authentisierungsrunde oder eine einzelne Einstellung.',
  'explain.strongswan.credential-loaded':
    'Ein Credential (Shared Key, Zertifikat oder privater Schlüssel) wurde geladen.',
  'explain.strongswan.control-request':
    'Ein Administrator oder eine Start-Aktion hat charon angewiesen, auf eine Verbindung einzuwirken.',
  'explain.strongswan.config-warning': 'charon warnt vor einem Problem in der geladenen Konfiguration.',
  'explain.strongswan.kernel-policy-duplicate': 'Die Kernel-Policy {tsLocal} === {tsRemote} ({dir}) gehört bereits einer anderen Child SA (reqid {other}): Zwei Verbindungen oder zwei Clients mit derselben virtuellen IP beanspruchen dieselben Traffic Selectors; diese Child SA wird nicht installiert.',
  'explain.strongswan.kernel-route-conflict': 'charon installiert die Route für {tsLocal} === {tsRemote} nicht: Sie würde auch die IKE-Pakete zur Gegenstelle führen (Host-zu-Host-Traffic-Selectors mit einem IPsec-Stack im Userland wie kernel-libipsec); die Installation der Policies schlägt dann fehl.',
};
export default messages;
