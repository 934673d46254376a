// de messages: server
const messages: Record<string, string> = {
  'server.cmd':
    'Tunnel live überwachen: Syslog empfangen (UDP, TCP, TLS) und Logdateien verfolgen, den Zustand jedes Tunnels halten, bei Änderungen benachrichtigen, API und Web-UI bereitstellen.',
  'server.opt.data': 'Verzeichnis der eingebetteten SQLite-Datenbank',
  'server.opt.db': 'PostgreSQL statt SQLite verwenden (postgres://user:pass@host:port/db)',
  'server.opt.http': 'Adresse der HTTP-API und der Web-UI',
  'server.opt.udp': 'Syslog über UDP (RFC 5426)',
  'server.opt.noUdp': 'Nicht auf Syslog über UDP lauschen',
  'server.opt.tcp':
    'Syslog über TCP (RFC 6587, Octet Counting oder Zeilenumbruch-Framing, pro Verbindung erkannt)',
  'server.opt.noTcp': 'Nicht auf Syslog über TCP lauschen',
  'server.opt.tls': 'Syslog über TLS (RFC 5425); erfordert --tls-cert und --tls-key',
  'server.opt.tlsCert': 'Zertifikatsdatei (PEM) des TLS-Listeners',
  'server.opt.tlsKey': 'Datei mit dem privaten Schlüssel (PEM) des TLS-Listeners',
  'server.opt.follow':
    'Logdateien, die beim Anwachsen verfolgt werden (Rotation per Umbenennen oder copytruncate wird mitverfolgt)',
  'server.opt.fromStart': 'Verfolgte Dateien beim ersten Mal von Anfang an lesen (Standard: nur neue Zeilen)',
  'server.opt.retainRaw': 'Aufbewahrungsdauer der Roh-Logzeilen (z. B. 12h, 7d, 4w)',
  'server.opt.webhook':
    'URL, die bei jedem Up/Down-Wechsel, jedem neuen Fehler und bei Flapping einen JSON-POST erhält',
  'server.opt.webhookRetries':
    'Wiederholungen einer fehlgeschlagenen Webhook-Zustellung (exponentieller Back-off), bevor sie zum Dead Letter wird',
  'server.opt.notifySyslog':
    'Zusätzlich %CRYPTO-5-SESSION_STATUS-Meldungen an diesen Syslog-Empfänger senden (UDP)',
  'server.opt.flapWindow': 'Zeitfenster der Flapping-Erkennung',
  'server.opt.flapThreshold':
    'Mehr Up/Down-Wechsel als dieser Wert innerhalb des Zeitfensters gelten als Flapping (einmal gemeldet)',
  'server.opt.maxMessage': 'Größte akzeptierte Syslog-Meldung; längere werden verworfen und gezählt',
  'server.opt.maxUpload': 'Größter akzeptierter Upload der Analyseseite und von POST /api/v1/analyze',
  'server.opt.maxConnections': 'Höchstzahl gleichzeitiger Syslog-Verbindungen über TCP (und TLS)',
  'server.opt.sync':
    'SQLite-Dauerhaftigkeit: normal übersteht einen beendeten Prozess, full auch einen Stromausfall (langsamer)',
  'server.opt.static': 'Verzeichnis der Web-UI-Dateien (Standard: web/dist des Pakets)',
  'server.opt.lang': 'Sprache der Diagnosen und Meldungen (en, ja, de, zh)',
  'server.opt.addToken': 'API-Token erstellen, ausgeben und beenden',
  'server.opt.readOnly': 'Mit --add-token: das Token darf nur lesen',
  'server.opt.tokenLabel': 'Mit --add-token: eine Bezeichnung, an der das Token zu erkennen ist',

  'server.err.badOption': 'ungültiger Wert für {option}: {value}',
  'server.err.tlsPair': '--tls-cert und --tls-key müssen zusammen angegeben werden',

  'server.log.firstToken':
    'erster Start: ein Admin-Token wurde erstellt. Es wird nur dieses eine Mal angezeigt; bewahren Sie es auf. Verwenden Sie es als "Authorization: Bearer <token>" oder öffnen Sie /login?token=<token> im Browser:\n  {token}',
  'server.log.addedToken': 'Token erstellt (wird nur dieses eine Mal angezeigt):',
  'server.log.addedReadOnlyToken': 'Nur-Lese-Token erstellt (wird nur dieses eine Mal angezeigt):',
  'server.log.listening': 'lausche: HTTP {url}, Syslog UDP {udp}, TCP {tcp}, TLS {tls}; Speicher: {backend}',
  'server.log.replayed': '{lines} gespeicherte Zeilen erneut in den Analyzer eingespielt ({tunnels} Tunnel)',
  'server.log.commitFailed': 'Speichern eines Stapels fehlgeschlagen, neuer Versuch: {reason}',
  'server.log.tickFailed': 'Diagnose der Tunnel fehlgeschlagen: {reason}',
  'server.log.connRejected':
    '{transport}-Verbindung von {peer} geschlossen: bereits {max} Verbindungen (--max-connections)',
  'server.log.tlsError': 'TLS-Verbindung von {peer} fehlgeschlagen: {reason}',
  'server.log.udpError': 'Fehler des UDP-Listeners: {reason}',
  'server.log.listenError': 'Fehler des {transport}-Listeners: {reason}',
  'server.log.followError': 'Verfolgen von {path}: {reason}',
  'server.log.webhookError': 'Webhook-Zustellung: {reason}',
  'server.log.deadLetter':
    'Webhook-Benachrichtigung {id} nach Wiederholungen aufgegeben ({reason}); siehe GET /api/v1/dead-letters',
  'server.log.pruned': '{lines} Rohzeilen nach Ablauf der Aufbewahrungsdauer entfernt',
  'server.log.pruneFailed': 'Entfernen alter Rohzeilen fehlgeschlagen: {reason}',
  'server.log.httpError': 'HTTP {path}: {reason}',

  'server.http.unauthorized':
    'Authentifizierung erforderlich: "Authorization: Bearer <token>" senden oder mit /login?token=<token> anmelden.',
  'server.login.title': 'ikescope: Anmelden',
  'server.login.hint':
    'Zugriffstoken einfügen: das beim ersten Start ausgegebene Admin-Token oder ein über die API erstelltes Token (Nur-Lese-Tokens können ansehen, aber nichts ändern).',
  'server.login.label': 'Token',
  'server.login.submit': 'Anmelden',
  'server.http.badToken': 'Unbekanntes oder widerrufenes Token.',
  'server.http.readOnly': 'Dieses Token ist schreibgeschützt.',
  'server.http.crossOrigin': 'Cross-Origin-Anfrage abgelehnt.',
  'server.http.notFound': 'Nicht gefunden.',
  'server.http.noTunnel': 'Kein solcher Tunnel.',
  'server.http.noDeadLetter': 'Kein solcher Dead Letter.',
  'server.http.noToken': 'Kein solches Token.',
  'server.http.ownToken': 'Ein Token kann sich nicht selbst widerrufen.',
  'server.http.tooLarge': 'Der Upload überschreitet die Grenze von {max} Bytes (--max-upload).',
  'server.http.emptyUpload': 'Nichts zu analysieren: der Upload ist leer.',
  'server.http.unsupportedType': 'Logs als multipart/form-data-Dateien oder als reinen Text-Body senden.',
  'server.http.analyzeBusy': 'Andere Analysen laufen; in einigen Sekunden erneut versuchen.',
  'server.http.tooManyStreams': 'Zu viele offene Ereignisströme.',
  'server.http.internal': 'Interner Fehler.',
};
export default messages;
