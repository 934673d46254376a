// de messages: rules
const messages: Record<string, string> = {
  'code.ESTABLISHED.title': 'Tunnel ist aufgebaut',
  'code.ESTABLISHED.description':
    'Die IKE SA und mindestens eine Child SA (IPsec SA, Phase 2) wurden aufgebaut, und nichts hat sie danach wieder abgebaut.',
  'why.ESTABLISHED.default':
    'Die IKE SA und die Child SA wurden aufgebaut und werden im Log danach nicht gelöscht.',
  'why.ESTABLISHED.withSpis':
    'Die IKE SA und die Child SA (SPIs {spis}) wurden aufgebaut und werden im Log danach nicht gelöscht.',

  'code.PEER_UNREACHABLE.title': 'Gegenstelle antwortet nicht',
  'code.PEER_UNREACHABLE.description':
    'Die ersten IKE-Nachrichten wurden immer wieder gesendet, aber es kam nie eine Antwort: Die Gegenstelle ist nicht erreichbar, UDP 500 wird unterwegs blockiert, die Adresse ist falsch oder die Gegenstelle verwirft unsere Pakete stillschweigend.',
  'why.PEER_UNREACHABLE.noAnswer':
    'Die Anfrage an {peer} wurde wiederholt gesendet ({retransmits}-mal) und nie beantwortet; von der Gegenstelle kam nichts an. Die Pakete gehen also unterwegs verloren oder die Gegenstelle ignoriert sie.',
  'why.PEER_UNREACHABLE.default': 'Die Gegenstelle {peer} hat nie geantwortet.',

  'code.PEER_NOT_CONFIGURED.title': 'Keine Konfiguration für diese Gegenstelle',
  'code.PEER_NOT_CONFIGURED.description':
    'Der Responder hat eine IKE-Anfrage von einer Adresse oder Identität erhalten, für die keine Verbindung konfiguriert ist (IKE-Gateway, tunnel-group, conn).',
  'why.PEER_NOT_CONFIGURED.default':
    'Der Responder fand keine Verbindung für die Gegenstelle {peer} und hat die Aushandlung daher abgelehnt, bevor ein Vorschlag verglichen wurde.',
  'why.PEER_NOT_CONFIGURED.withReason':
    'Der Responder fand keine Verbindung für die Gegenstelle {peer} („{reason}“) und hat die Aushandlung daher abgelehnt, bevor ein Vorschlag verglichen wurde.',

  'code.IKE_VERSION_MISMATCH.title': 'IKEv1 und IKEv2 passen nicht zusammen',
  'code.IKE_VERSION_MISMATCH.description':
    'Eine Seite spricht IKEv1 und die andere akzeptiert nur IKEv2, oder umgekehrt.',
  'why.IKE_VERSION_MISMATCH.refused':
    'Die Gegenstelle verlangte {got}, die hier für sie konfigurierten Verbindungen akzeptieren aber nur {expected}; die Anfrage wurde abgelehnt. Beide Seiten müssen auf dieselbe IKE-Version eingestellt sein.',
  'why.IKE_VERSION_MISMATCH.default':
    'Die Gegenstelle hat die verwendete IKE-Version abgelehnt (erwartet {expected}, erhalten {got}); beide Seiten müssen auf dieselbe IKE-Version eingestellt sein.',

  'code.MODE_MISMATCH.title': 'Austauschmodus oder Kapselungsmodus unterschiedlich',
  'code.MODE_MISMATCH.description':
    'IKEv1 Main Mode auf der einen und Aggressive Mode auf der anderen Seite, oder Tunnelmodus auf der einen und Transportmodus auf der anderen.',
  'why.MODE_MISMATCH.exchangeRefused':
    'Die Gegenstelle hat mit {notify} geantwortet: Sie nimmt den IKEv1-Austausch, den diese Seite verwendet hat ({mode} mode), nicht an; sie ist für den anderen Modus (Main oder Aggressive) konfiguriert oder unterstützt nur diesen.',
  'why.MODE_MISMATCH.default':
    'Die beiden Seiten verwenden unterschiedliche Modi (erwartet {expected}, erhalten {got}).',

  'code.IKE_PROPOSAL_MISMATCH.title': 'IKE-Vorschläge (Phase 1) passen nicht',
  'code.IKE_PROPOSAL_MISMATCH.description':
    'Die IKE-SA-Vorschläge der beiden Seiten haben keine gemeinsame Kombination aus Verschlüsselung, Schlüssellänge, Integrität, PRF und DH-Gruppe.',
  'why.IKE_PROPOSAL_MISMATCH.param':
    'Die IKE-Vorschläge unterscheiden sich bei {param}: Diese Seite hat {local}, die Gegenstelle bietet {remote}. Kein Vorschlag wurde gewählt.',
  'why.IKE_PROPOSAL_MISMATCH.local':
    'Diese Seite fand keinen der IKE-Vorschläge der Gegenstelle akzeptabel und antwortete mit NO_PROPOSAL_CHOSEN.',
  'why.IKE_PROPOSAL_MISMATCH.peerSaid':
    'Die Gegenstelle hat unsere erste IKE-Nachricht mit NO_PROPOSAL_CHOSEN beantwortet: Keiner unserer IKE-Vorschläge ist für sie akzeptabel (oder sie hat keine passende Verbindung für uns). Vergleichen Sie die Phase-1-Vorschläge beider Seiten.',

  'code.PSK_MISMATCH.title': 'Pre-Shared Keys unterschiedlich',
  'code.PSK_MISMATCH.description':
    'Beide Seiten authentisieren sich mit einem Pre-Shared Key, aber nicht mit demselben.',
  'why.PSK_MISMATCH.direct': 'Laut Log ist die Prüfung des Pre-Shared Keys für {peer} fehlgeschlagen.',
  'why.PSK_MISMATCH.authCheck':
    'Die Authentisierungsdaten von {peer} ließen sich mit dem konfigurierten Pre-Shared Key nicht verifizieren.',
  'why.PSK_MISMATCH.mainMode5':
    'Der Main Mode kam bis zur ersten verschlüsselten Nachricht (5) und nicht weiter: Die Gegenstelle konnte sie nicht entschlüsseln oder verifizieren – genau das bewirkt ein abweichender Pre-Shared Key.',
  'why.PSK_MISMATCH.aggressiveResponder':
    'Als Aggressive-Mode-Responder hat diese Seite ihre Antwort mit ihrem Hash gesendet; {peer} antwortete nicht mit der letzten Nachricht, sondern mit einer, die diese Seite nicht lesen kann, weil sie mit anderen Schlüsseln verschlüsselt ist. Die Gegenstelle hat den Hash abgelehnt: Die Pre-Shared Keys unterscheiden sich.',
  'why.PSK_MISMATCH.authFailedPsk':
    'Die Gegenstelle hat unsere Pre-Shared-Key-Authentisierung mit AUTHENTICATION_FAILED beantwortet: Schlüssel oder übermittelte Identität passen nicht zu ihrer Konfiguration. Meist ist der Schlüssel die Ursache.',

  'code.ID_MISMATCH.title': 'Identität passt nicht',
  'code.ID_MISMATCH.description':
    'Die Identität (IDi/IDr, Peer-ID, lokale ID), die eine Seite übermittelt, ist nicht die, die die andere Seite erwartet.',
  'why.ID_MISMATCH.default': 'Die von {peer} übermittelte Identität passt nicht zur dafür konfigurierten.',
  'why.ID_MISMATCH.withReason':
    'Die von {peer} übermittelte Identität passt nicht zur dafür konfigurierten („{reason}“).',

  'why.ID_MISMATCH.notInCert':
    'Die Gegenstelle übermittelte die Identität {id}, ihr Zertifikat ist aber auf {subject} ausgestellt: Die Identität steht nicht im Zertifikat, daher passt kein vertrauenswürdiger Schlüssel dazu.',
  'why.ID_MISMATCH.invalidIdPhase1':
    'Der IKEv1-Phase-1-Austausch mit {peer} endete mit INVALID_ID_INFORMATION: eine Seite hat die Identität der anderen abgelehnt (Typ oder Wert der ID-Payload oder ein Zertifikat, das sie nicht enthält).',
  'why.ID_MISMATCH.noPeerConfig':
    'Die IKE SA war akzeptabel, aber als sich die Gegenstelle als {id} authentisierte, erwartete keine Verbindung diese Identität: Die gesendete Identität ist nicht die hier konfigurierte.',

  'code.CERT_INVALID.title': 'Zertifikat nicht akzeptiert',
  'code.CERT_INVALID.description':
    'Die Zertifikatsauthentisierung ist fehlgeschlagen: CA nicht vertrauenswürdig, Zertifikat abgelaufen oder noch nicht gültig, widerrufen, oder die Identität steht nicht im Zertifikat.',
  'why.CERT_INVALID.default': 'Das Zertifikat von {peer} konnte nicht verifiziert werden.',
  'why.CERT_INVALID.withReason': 'Das Zertifikat von {peer} konnte nicht verifiziert werden: {reason}.',

  'code.EAP_AUTH_FAILED.title': 'Benutzer-Authentisierung (EAP, XAUTH) fehlgeschlagen',
  'code.EAP_AUTH_FAILED.description':
    'Die Authentisierung des Benutzers nach der der Gateways ist fehlgeschlagen: EAP im IKEv2-Austausch IKE_AUTH oder XAUTH nach IKEv1-Phase 1 (Benutzername und Passwort, RADIUS).',
  'why.EAP_AUTH_FAILED.default': 'Die Authentisierung des Benutzers (EAP oder XAUTH) ist fehlgeschlagen.',
  'why.EAP_AUTH_FAILED.withReason': 'Die Authentisierung des Benutzers ist fehlgeschlagen: {reason}.',

  'code.AUTH_FAILED.title': 'Authentisierung fehlgeschlagen',
  'code.AUTH_FAILED.description':
    'Die Authentisierung ist fehlgeschlagen, und das Log zeigt nicht, ob Schlüssel, Identität oder Zertifikat schuld sind.',
  'why.AUTH_FAILED.peerSaid':
    'Die Gegenstelle hat unsere Authentisierung abgelehnt (AUTHENTICATION_FAILED). Ihr eigenes Log nennt den Grund: Schlüssel, Identität oder Zertifikat.',
  'why.AUTH_FAILED.ownKey':
    'Diese Seite kann ihre eigene Authentisierung nicht signieren ({reason}): Der private Schlüssel ihres Zertifikats fehlt dort, wo der Daemon sucht (Libreswan: die NSS-Datenbank, `certutil -K`; strongSwan: private/ oder der Schlüssel zu `certs =`), oder hat einen anderen Typ, als die Authentisierungsmethode verlangt.',
  'why.AUTH_FAILED.local': 'Die Authentisierung der Gegenstelle ist fehlgeschlagen.',
  'why.AUTH_FAILED.default': 'Die Authentisierung ist fehlgeschlagen.',

  'code.TS_MISMATCH.title': 'Traffic-Selektoren / Proxy-IDs passen nicht',
  'code.TS_MISMATCH.description':
    'Die zu schützenden Netze (Traffic-Selektoren, Proxy-IDs, Crypto-ACL) sind auf den beiden Seiten nicht spiegelbildlich konfiguriert.',
  'why.TS_MISMATCH.default':
    'Die Child SA wurde abgelehnt, weil die Traffic-Selektoren (Proxy-IDs) der beiden Seiten nicht zusammenpassen.',
  'why.TS_MISMATCH.withTs':
    'Die Child SA wurde abgelehnt: Die Selektoren {local} === {remote} sind für die andere Seite nicht akzeptabel; deren lokale und entfernte Netze müssen diese spiegeln.',

  'code.CHILD_PROPOSAL_MISMATCH.title': 'Child-SA-Vorschläge (Phase 2) passen nicht',
  'code.CHILD_PROPOSAL_MISMATCH.description':
    'Die IKE SA wurde ausgehandelt, aber die IPsec-Vorschläge (ESP/AH) für die Child SA haben nichts gemeinsam.',
  'why.CHILD_PROPOSAL_MISMATCH.param':
    'Die Child-SA-Vorschläge unterscheiden sich bei {param}: Diese Seite hat {local}, die Gegenstelle bietet {remote}.',
  'why.CHILD_PROPOSAL_MISMATCH.noAnswer':
    'Quick Mode mit {peer} bekam keine annehmbare Antwort, und pluto selbst vermutet den Vorschlag: die Gegenstelle hat unser Phase-2-Angebot (Verschlüsselung, Integrität oder PFS-Gruppe) wohl ohne Begründung verworfen. Ihr Log nennt den Parameter.',
  'why.CHILD_PROPOSAL_MISMATCH.default':
    'Die IKE SA war in Ordnung, aber kein Child-SA-Vorschlag (Phase 2) war akzeptabel: Vergleichen Sie ESP-Verschlüsselung und -Integrität beider Seiten.',

  'code.PFS_MISMATCH.title': 'Einstellungen für Perfect Forward Secrecy unterschiedlich',
  'code.PFS_MISMATCH.description':
    'Eine Seite verlangt eine Diffie-Hellman-Gruppe für die Child SA (PFS), die andere verwendet keine oder eine andere Gruppe.',
  'why.PFS_MISMATCH.default': 'Die beiden Seiten sind sich über PFS für die Child SA nicht einig.',
  'why.PFS_MISMATCH.param':
    'Die DH-Gruppe der Child SA (PFS) unterscheidet sich: Diese Seite hat {local}, die Gegenstelle {remote}.',

  'code.LOCAL_SA_INSTALL_FAILED.title': 'Der lokale Kernel hat die IPsec SA abgelehnt',
  'code.LOCAL_SA_INSTALL_FAILED.description':
    'Die Aushandlung war erfolgreich, aber das Installieren der SA oder Policy im lokalen Kernel ist fehlgeschlagen (keine ESP-Unterstützung, widersprüchliche Policy, fehlendes Modul).',
  'why.LOCAL_SA_INSTALL_FAILED.default':
    'Die Aushandlung selbst hat funktioniert, aber der Kernel hat die Installation der IPsec SA verweigert: Es fehlt ESP/XFRM-Unterstützung oder es existiert eine widersprüchliche SA/Policy.',
  'why.LOCAL_SA_INSTALL_FAILED.withReason':
    'Der Kernel hat die Installation der IPsec SA verweigert: {reason}.',

  'code.DPD_PEER_DEAD.title': 'Dead Peer Detection hat die Gegenstelle für tot erklärt',
  'code.DPD_PEER_DEAD.description':
    'Der Tunnel war aufgebaut, dann bekam DPD (R-U-THERE / INFORMATIONAL-Lebenszeichen) keine Antwort mehr und die SAs wurden abgebaut.',
  'why.DPD_PEER_DEAD.afterUp':
    'Der Tunnel war aufgebaut; dann hat die Gegenstelle {peer} nicht mehr auf Dead Peer Detection geantwortet und wurde für tot erklärt.',
  'why.DPD_PEER_DEAD.default':
    'Die Gegenstelle {peer} hat nicht mehr auf Dead Peer Detection geantwortet und wurde für tot erklärt.',

  'code.NAT_T_BLOCKED.title': 'NAT-Traversal (UDP 4500) wird blockiert',
  'code.NAT_T_BLOCKED.description':
    'Ein NAT wurde erkannt und IKE wechselte auf UDP 4500, danach kam nichts mehr durch: UDP 4500 wird auf dem Pfad gefiltert.',
  'why.NAT_T_BLOCKED.afterNat':
    'Ein NAT wurde erkannt und IKE wechselte auf UDP 4500; danach hat die Gegenstelle nie geantwortet. Vermutlich wird UDP 4500 zwischen den Endpunkten blockiert.',
  'why.NAT_T_BLOCKED.direct': 'Das Gerät meldet, dass NAT-Traversal zu {peer} nicht funktioniert.',
  'why.NAT_T_BLOCKED.default': 'NAT-Traversal zu {peer} funktioniert nicht.',

  'code.FRAGMENTATION_DROPPED.title': 'Große IKE-Nachrichten gehen verloren (Fragmentierung)',
  'code.FRAGMENTATION_DROPPED.description':
    'Große IKE-Nachrichten (Zertifikate) kamen nie vollständig an: IP-Fragmente werden auf dem Pfad verworfen, oder IKE-Fragmentierung wird nicht verwendet.',
  'why.FRAGMENTATION_DROPPED.default':
    'Fragmente einer großen IKE-Nachricht an oder von {peer} gingen verloren; aktivieren Sie IKE-Fragmentierung (RFC 7383) oder beheben Sie das Pfad-MTU-Problem.',

  'code.REKEY_FAILED.title': 'Rekeying fehlgeschlagen',
  'code.REKEY_FAILED.description':
    'Eine aufgebaute SA konnte nicht neu verschlüsselt (Rekey) oder neu authentisiert werden.',
  'why.REKEY_FAILED.default': 'Das Rekeying einer aufgebauten SA mit {peer} ist fehlgeschlagen.',
  'why.REKEY_FAILED.withReason': 'Das Rekeying einer aufgebauten SA mit {peer} ist fehlgeschlagen: {reason}.',

  'code.SA_DELETED_BY_PEER.title': 'Die Gegenstelle hat die SA gelöscht',
  'code.SA_DELETED_BY_PEER.description':
    'Die Gegenstelle hat ein Delete für die IKE SA oder eine Child SA gesendet, und der Tunnel kam nicht wieder.',
  'why.SA_DELETED_BY_PEER.ike':
    'Die Gegenstelle {peer} hat die IKE SA gelöscht, und der Tunnel wurde danach nicht wieder aufgebaut.',
  'why.SA_DELETED_BY_PEER.child':
    'Die Gegenstelle {peer} hat die Child SA gelöscht, und danach wurde keine neue aufgebaut.',

  'code.STALE_SA.title': 'Nachrichten für eine unbekannte (veraltete) SA',
  'code.STALE_SA.description':
    'Eine Nachricht bezog sich auf eine SA, die diese Seite nicht kennt: Sie ist abgelaufen, wurde gelöscht, oder eine Seite wurde neu gestartet und die andere verwendet noch die alte SA.',
  'why.STALE_SA.default':
    'Nachrichten von {peer} beziehen sich auf eine SA, die diese Seite nicht mehr hat ({count} gesehen): Eine Seite wurde neu gestartet oder hat die SA gelöscht, ohne dass die andere es bemerkt hat. INITIAL_CONTACT oder DPD bereinigt das.',

  'code.TUNNEL_DOWN.title': 'Tunnel ist ausgefallen',
  'code.TUNNEL_DOWN.description':
    'Das Gerät meldet, dass der Tunnel ausgefallen ist; das Log nennt keinen Grund.',
  'why.TUNNEL_DOWN.default': 'Der Tunnel zu {peer} ist ausgefallen, und das Log nennt keine Ursache.',
  'why.TUNNEL_DOWN.withReason': 'Der Tunnel zu {peer} ist ausgefallen: {reason}.',

  'code.CLOSED.title': 'Von dieser Seite geschlossen',
  'code.CLOSED.description': 'Der Tunnel war aufgebaut, und diese Seite hat ihn ordnungsgemäß geschlossen.',
  'why.CLOSED.default':
    'Der Tunnel war aufgebaut, und diese Seite hat ihre SAs gelöscht (Administrator, Herunterfahren oder Idle-Timeout).',

  'code.INCONCLUSIVE.title': 'Nicht genug Hinweise',
  'code.INCONCLUSIVE.description':
    'Das Log zeigt einen Teil einer Aushandlung, aber weder Erfolg noch einen erkennbaren Fehler.',
  'why.INCONCLUSIVE.default':
    'Die Aushandlung kam bis {phase}, und das Log zeigt weder Erfolg noch einen Fehler, den ikescope erkennt. Das Log der Gegenstelle oder ein höherer Log-Level verrät mehr.',
  'why.INCONCLUSIVE.childFailed':
    'Die Aushandlung kam bis {phase}, und die Child SA ist gescheitert: {reason}. Kein Diagnosecode deckt diese Ursache ab; der Grund und das Log der Gegenstelle zeigen, was zu beheben ist.',
  'why.INCONCLUSIVE.answerLost':
    'Die Gegenstelle {peer} hat ihre erste Nachricht erneut gesendet ({count}-mal), obwohl diese Seite jedes Mal geantwortet hat: Die Antwort erreicht die Gegenstelle nicht, oder sie nimmt sie nicht an. Prüfen Sie den Rückweg zur Gegenstelle (eine Firewall oder ein NAT, das UDP 500/4500 von dieser Seite verwirft) und das Log der Gegenstelle.',
  'why.INCONCLUSIVE.halfOpen':
    'Die Gegenstelle {peer} hat mit diesem Responder eine IKE SA begonnen und nie abgeschlossen: Die halboffene SA wurde nach ihrem Timeout verworfen. Entweder hat die Gegenstelle die Antwort dieser Seite nicht akzeptiert (deren Zertifikat oder Identität), oder die Antwort bzw. die nächste Nachricht der Gegenstelle ging unterwegs verloren (Fragmente, UDP 4500); das Log der Gegenstelle zeigt, was davon.',

  'code.WEAK_CRYPTO.title': 'Schwache Kryptografie im Einsatz',
  'code.WEAK_CRYPTO.description':
    'DES, 3DES, MD5, SHA-1, DH-Gruppen 1/2/5, Aggressive Mode mit Pre-Shared Key oder IKEv1 selbst (RFC 8247, RFC 8221).',
  'why.WEAK_CRYPTO.algorithms': 'Unsichere Algorithmen oder Modi werden angeboten oder verwendet: {list}.',
  'why.WEAK_CRYPTO.ikev1': 'Der Tunnel verwendet IKEv1, das veraltet ist (RFC 9395); wechseln Sie auf IKEv2.',

  'code.LIFETIME_MISMATCH.title': 'SA-Lebensdauern unterschiedlich',
  'code.LIFETIME_MISMATCH.description':
    'Die beiden Seiten konfigurieren unterschiedliche SA-Lebensdauern; viele Implementierungen akzeptieren das, manche lehnen es ab, und es führt zu Rekey-Kollisionen.',
  'why.LIFETIME_MISMATCH.default':
    'Die SA-Lebensdauern unterscheiden sich: diese Seite {local}, die Gegenstelle {remote}.',
};
export default messages;
