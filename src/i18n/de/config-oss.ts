// de messages: config-oss
const messages: Record<string, string> = {
  // ---- forms ----
  'config.format.strongswan-swanctl': 'strongSwan swanctl.conf',
  'config.format.strongswan-ipsec.conf': 'strongSwan ipsec.conf (veraltet, stroke)',
  'config.format.libreswan-ipsec.conf': 'Libreswan / Openswan ipsec.conf',
  'config.format.ipsec-secrets': 'ipsec.secrets (strongSwan / Libreswan / Openswan)',

  // ---- strongSwan settings syntax (swanctl.conf, strongswan.conf) ----
  'config.note.swan.syntax':
    '{count} Zeile(n) entsprechen nicht der swanctl.conf-Syntax (`name {`, `key = value`, `}`); sie werden als nicht verstanden aufgeführt, und der Daemon würde die Datei ablehnen.',
  'config.note.swan.unparsed-capped':
    'Mehr als {max} Zeilen wurden nicht verstanden; die ersten {max} werden aufgeführt, {count} weitere nicht. Das ist kaum eine Konfigurationsdatei.',
  'config.note.swan.too-deep':
    'Abschnitte sind hier tiefer als {max} Ebenen verschachtelt; die tieferen Abschnitte wurden übersprungen.',
  'config.note.swan.include-not-followed':
    'Diese Zeile bindet "{pattern}" ein. Eingebundene Dateien werden nicht gelesen: übergeben Sie sie ikescope als eigene Konfigurationen.',
  'config.note.swan.daemon-settings':
    'Dies ist eine strongswan.conf (Daemon-Einstellungen: Logging, Plugins, Retransmission). Sie definiert keine Tunnel.',
  'config.note.swan.no-children':
    'Die Verbindung {conn} hat keinen children-Abschnitt: sie kann nur eine IKE SA aufbauen, keine CHILD SA.',
  'config.note.swan.default-proposals':
    '{key} enthält das Schlüsselwort `default`: strongSwan fügt hier seine Standard-Proposals ein (welche, hängt von der Version und den geladenen Plugins ab).',
  'config.note.swan.additional-ke':
    'Zusätzliche Schlüsselaustausche (RFC 9370) sind konfiguriert ({methods}); der Vergleich berücksichtigt nur den ersten Schlüsselaustausch.',
  'config.note.swan.unknown-algorithm':
    'Das Algorithmus-Schlüsselwort "{token}" ist unbekannt; der Vorschlag wird ohne es verglichen. Prüfen Sie die Schreibweise: der Daemon würde ein unbekanntes Schlüsselwort ablehnen.',
  'config.note.swan.shunt':
    'Child {child} von {conn} hat mode = {mode}: eine Shunt-Policy (Verkehr wird ohne IPsec durchgelassen oder verworfen), kein Tunnel; sie wird ausgelassen.',
  'config.note.swan.child-mode':
    'Modus "{mode}" ist weder tunnel noch transport: dafür wird keine IPsec SA ausgehandelt (bypass, drop oder BEET).',

  // ---- ipsec.conf (both daemons) ----
  'config.note.ipsec-conf.not-indented':
    'Dieser Parameter beginnt in Spalte 0; ipsec.conf-Parameter gehören eingerückt unter ihren Abschnitt. Er wurde als Teil des Abschnitts darüber gelesen.',
  'config.note.ipsec-conf.also-missing':
    'also={name} nennt einen Abschnitt, der in den gelesenen Dateien nicht existiert.',
  'config.note.ipsec-conf.conn-ignored':
    'Die Verbindung {conn} hat auto=ignore: der Daemon lädt sie nicht, daher wird sie ausgelassen.',
  'config.note.ipsec-conf.shunt':
    'Die Verbindung {conn} ist ein Shunt (type=passthrough / drop / reject oder authby=never): Policies ohne IKE, kein Tunnel; sie wird ausgelassen.',
  'config.note.ipsec-conf.deprecated':
    '{key}= ist veraltet: diese Daemon-Version akzeptiert und ignoriert es.',
  'config.note.ipsec-conf.proposals-not-strict':
    '{key}= endet nicht mit `!`: strongSwan hängt seine Standard-Proposals an und akzeptiert als Responder daher auch hier nicht aufgeführte Algorithmen.',
  'config.note.ipsec-conf.include-missing':
    'Die hier eingebundene Datei "{pattern}" existiert hier nicht; ihr Inhalt ist unbekannt.',
  'config.note.ipsec-conf.include-too-big':
    'Die hier eingebundene Datei "{pattern}" ist zu groß für eine Konfiguration; sie wurde nicht gelesen.',
  'config.note.ipsec-conf.include-unreadable':
    'Die hier eingebundene Datei "{pattern}" konnte nicht als Text gelesen werden.',
  'config.note.ipsec-conf.include-loop':
    'Die Datei "{pattern}" wird bereits gelesen: die Einbindungen bilden eine Schleife.',
  'config.note.ipsec-conf.include-limit':
    'Zu viele Dateien eingebunden; "{pattern}" und die folgenden Dateien wurden nicht gelesen.',
  'config.note.ipsec-conf.include-depth':
    'Einbindungen sind hier zu tief verschachtelt; "{pattern}" wurde nicht gelesen.',

  // ---- Libreswan ----
  'config.note.libreswan.filled-from-defaults':
    '{key}= lässt {transforms} weg; pluto ergänzt sie aus seinen eigenen Standardwerten, die die Policy anzeigt.',
  'config.note.libreswan.pfs-ike-group':
    'PFS ist aktiv (pfs=yes ist Standard) und {key}= nennt keine DH-Gruppe: pluto verwendet für PFS die Gruppe der IKE SA.',
  'config.note.libreswan.pfs-off-dh-ignored': 'pfs=no: pluto ignoriert die in {key}= angegebene DH-Gruppe.',
};
export default messages;
