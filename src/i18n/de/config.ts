// de messages: config
const messages: Record<string, string> = {
  // ---- forms ----
  'config.format.cisco-asa': 'Cisco ASA running-config',
  'config.format.cisco-ios': 'Cisco IOS / IOS-XE running-config',
  'config.format.panos-xml': 'PAN-OS-Konfiguration (XML)',
  'config.format.panos-set': 'PAN-OS-Konfiguration (set-Befehle)',
  'config.format.fortigate': 'FortiGate-Konfiguration (FortiOS)',

  // ---- every parser ----
  'config.note.parser-error':
    'Der Parser wurde durch einen internen Fehler abgebrochen ({message}); die bis dahin gelesenen Tunnel sind möglicherweise unvollständig. Bitte melden Sie diese Datei.',
  'config.note.selectors-truncated':
    '{name} ergibt mehr als {max} Traffic-Selektoren; nur die ersten {max} werden berücksichtigt.',

  // ---- Cisco ASA ----
  'config.note.asa.policy-default':
    'crypto ikev1 policy {priority} lässt {values} weg: für den Vergleich wird der ASA-Standardwert angenommen.',
  'config.note.asa.ikev2-policy-incomplete':
    'crypto ikev2 policy {priority} hat keine Verschlüsselung oder keine DH-Gruppe: die ASA lehnt eine solche Policy ab, der Vorschlag bleibt hier unvollständig.',
  'config.note.asa.undefined-ref':
    '{kind} "{name}" wird hier referenziert, ist in dieser Konfiguration aber nicht definiert.',
  'config.note.asa.acl-deny':
    'Die Crypto-ACL {acl} enthält einen deny-Eintrag: passender Verkehr wird unverschlüsselt gesendet und gehört nicht zu den angezeigten Selektoren.',
  'config.note.asa.both-ike-versions':
    '{name} bietet sowohl ein IKEv1-Transform-Set als auch einen IKEv2-Proposal an: die ASA versucht zuerst IKEv2 und fällt auf IKEv1 zurück, daher wird keine eindeutige IKE-Version angezeigt.',
  'config.note.asa.no-ike-policy':
    '{name}: keine crypto ikev1/ikev2 policy passt zur IKE-Version dieses Eintrags.',
  'config.note.asa.ike-not-enabled':
    'IKEv{version} ist auf dem Interface {interface} nicht aktiviert (kein "crypto ikev{version} enable {interface}"): {name} kann darüber nicht aushandeln.',
  'config.note.asa.map-not-applied':
    'Die Crypto Map {map} ist keinem Interface zugewiesen (kein "crypto map {map} interface ..."): ihre Einträge sind inaktiv.',
  'config.note.asa.map-entry-no-peer':
    'crypto map {map} {seq} hat kein "set peer": der Eintrag ist unvollständig und wird übersprungen.',
  'config.note.asa.map-entry-no-acl':
    'crypto map {map} {seq} hat kein "match address": der Eintrag ist unvollständig, seine Traffic-Selektoren sind unbekannt.',
  'config.note.asa.dynamic-map-missing':
    'Die Dynamic Map {name} wird von einer Crypto Map referenziert, hat aber keine Einträge.',
  'config.note.asa.dynamic-map-unused':
    'Die Dynamic Map {name} wird von keinem Crypto-Map-Eintrag verwendet.',

  // ---- Cisco IOS ----
  'config.note.ios.policy-default':
    'crypto isakmp policy {priority} lässt {values} weg: für den Vergleich wird der IOS-Standardwert angenommen.',
  'config.note.ios.undefined-ref':
    '{kind} "{name}" wird hier referenziert, ist in dieser Konfiguration aber nicht definiert.',
  'config.note.ios.acl-deny':
    'Die Crypto-ACL {acl} enthält einen deny-Eintrag: passender Verkehr wird unverschlüsselt gesendet und gehört nicht zu den angezeigten Selektoren.',
  'config.note.ios.no-ike-policy':
    '{name}: keine crypto isakmp policy konfiguriert; es gelten die Standard-Policies von IOS.',
  'config.note.ios.ikev2-proposal-unused':
    '{name}: IKEv2-Proposals sind definiert, aber keine "crypto ikev2 policy" nennt sie, daher verwendet der Router seinen Standard-Proposal.',
  'config.note.ios.ah-bundle':
    'Das Transform-Set {name} ergänzt ESP um AH ({integrity}): der Peer muss dasselbe AH+ESP-Bündel anbieten.',
  'config.note.ios.map-not-applied':
    'Die Crypto Map {map} ist keinem Interface zugewiesen (kein "crypto map {map}" unter einem Interface): ihre Einträge sind inaktiv.',
  'config.note.ios.map-entry-no-peer':
    'crypto map {map} {seq} hat kein "set peer": der Eintrag ist unvollständig und wird übersprungen.',
  'config.note.ios.map-entry-no-acl':
    'crypto map {map} {seq} hat kein "match address": der Eintrag ist unvollständig, seine Traffic-Selektoren sind unbekannt.',
  'config.note.ios.dynamic-map-missing':
    'Die Dynamic Map {name} wird von einer Crypto Map referenziert, hat aber keine Einträge.',

  'config.note.ios.no-psk-for-peer':
    'Kein Pre-Shared Key passt zum Peer {peer} (crypto isakmp key, crypto keyring oder IKEv2-Keyring): die Authentifizierung per Pre-Shared Key mit ihm schlägt fehl.',
  'config.note.asa.no-tunnel-group':
    'Der Peer {peer} hat keine eigene tunnel-group und DefaultL2LGroup ist nicht konfiguriert: die ASA hat für ihn weder Pre-Shared Key noch Trustpoint.',

  // ---- PAN-OS ----
  'config.note.panos.undefined-ref':
    '{kind} "{name}" wird hier referenziert, ist in dieser Konfiguration aber nicht definiert.',
  'config.note.panos.no-proxy-id':
    'Der IPsec-Tunnel {name} hat keine Proxy-ID: die Firewall schlägt auf beiden Seiten 0.0.0.0/0 vor, was ein Policy-basierter Peer akzeptieren muss.',
  'config.note.panos.no-auto-key': 'Der IPsec-Tunnel {name} hat keine Auto-Key-Einstellungen (IKE).',
  'config.note.panos.dynamic-peer':
    'Das IKE-Gateway {name} hat eine dynamische Peer-Adresse: die Firewall antwortet nur, sie startet die Aushandlung nie.',
  'config.note.panos.ikev2-preferred':
    'Das IKE-Gateway {name} steht auf "IKEv2 preferred": es beginnt mit IKEv2 und fällt auf IKEv1 zurück, wenn der Peer ablehnt.',
  'config.note.panos.gateway-without-tunnel':
    'Das IKE-Gateway {name} wird von keinem IPsec-Tunnel verwendet.',
  'config.note.panos.xml-error':
    'Das XML konnte nicht bis zum Ende gelesen werden ({message}); der Teil davor wurde verwendet.',

  // ---- FortiGate ----
  'config.note.fortigate.undefined-ref':
    '{kind} "{name}" wird hier referenziert, ist in dieser Konfiguration aber nicht definiert.',
  'config.note.fortigate.phase1-case':
    'phase1name "{name}" passt nur ohne Beachtung der Groß-/Kleinschreibung zu einer Phase 1; FortiOS-Namen unterscheiden Groß-/Kleinschreibung, daher hat diese Phase 2 keine Phase 1.',
  'config.note.fortigate.phase1-without-phase2':
    'Die Phase 1 {name} hat keine Phase 2: für sie sind weder Traffic-Selektoren noch ESP-Vorschläge konfiguriert.',
  'config.note.fortigate.dhgrp-default':
    'Phase 1 {name} setzt dhgrp nicht: für den Vergleich werden die FortiOS-Standardgruppen {groups} angenommen.',
  'config.note.fortigate.pfs-default':
    'Phase 2 {name} setzt pfs/dhgrp nicht: FortiOS aktiviert PFS standardmäßig mit den Gruppen {groups}; dies wird für den Vergleich angenommen.',
  'config.note.fortigate.dialup':
    'Die Phase 1 {name} ist ein Dial-up-Tunnel (type dynamic): jeder Peer kann sich verbinden, die FortiGate startet die Aushandlung nie.',

  // ---- `ikescope compare` ----
  'cmp.param.auth_a_to_b': 'Auth. von A / von B gefordert',
  'cmp.param.auth_b_to_a': 'von A gefordert / Auth. von B',
  'cmp.param.ts_narrowed': 'nach dem Narrowing',
  'cmp.cell.v2AnswersV1': 'IKEv2 (IKEv1 als Responder)',
  'cmp.cell.pskConfigured': 'konfiguriert (nicht angezeigt)',
  'cmp.cell.none': 'keine',
  'cmp.cell.noPfs': 'kein PFS',
  'cmp.cell.plusDefaults': '{list} + Standardwerte',
  'cmp.cell.on': 'ein',
  'cmp.cell.off': 'aus',
  'cmp.cell.dpdOn': 'ein {timers}',
  'cmp.notes': 'Hinweise',
  'cmp.note.one-direction':
    'Funktioniert nur, wenn {side} initiiert: die andere Seite beginnt mit einer Version, die diese nicht akzeptiert.',
  'cmp.note.ts-one-direction':
    'Die CHILD SA kommt nur zustande, wenn {side} initiiert (die andere Seite schränkt als Responder nicht ein, oder ihre Implementierung akzeptiert keine eingeschränkten Selektoren); ein Tunnel, den jede Seite starten darf, braucht passende Selektoren.',
  'cmp.note.ts-narrowed':
    'Die Selektoren unterscheiden sich, überschneiden sich aber: bei IKEv2 schränkt der Responder sie auf die Schnittmenge ein (RFC 7296 §2.9), und die CHILD SA wird aufgebaut, egal welche Seite initiiert. A: {a}. B: {b}. Verkehr außerhalb der eingeschränkten Selektoren wird nicht getunnelt.',
  'cmp.note.ts-narrowed-result':
    'Die CHILD SA, die jede Seite erhält, wenn sie initiiert, aus Sicht dieser Seite (lokal → remote).',
  'cmp.note.lifetime-v2':
    'IKEv2-Lebensdauern werden nicht ausgehandelt (RFC 7296 §2.8): jede Seite führt das Rekeying nach eigenem Timer durch; daraus folgt kein Fehler.',
  'cmp.note.lifetime-v1':
    'IKEv1-Lebensdauern sind Attribute des Vorschlags: die meisten Geräte akzeptieren und einigen sich auf die kürzere; manche Responder lehnen eine längere Lebensdauer als ihre eigene ab.',
  'cmp.note.dpd-one-side':
    'DPD nur auf einer Seite: der Tunnel kommt zustande, aber nur diese Seite bemerkt einen toten Peer und löscht ihre SAs; die andere behält veraltete SAs, bis sie ablaufen.',
  'cmp.note.nat-one-side':
    'NAT-Traversal nur auf einer Seite: ohne NAT zwischen den Peers kein Unterschied; hinter NAT kann die Seite ohne NAT-T nicht auf UDP 4500 wechseln.',
};
export default messages;
