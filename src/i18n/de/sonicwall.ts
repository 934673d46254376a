// de messages: sonicwall
const messages: Record<string, string> = {
  'explain.sonicwall.v1-start':
    'Diese SonicWall startet eine IKEv1-Aushandlung ({mode} Mode, Phase 1) mit {peer}.',
  'explain.sonicwall.v1-respond':
    'Die Gegenstelle {peer} startet eine IKEv1-Aushandlung ({mode} Mode, Phase 1); diese SonicWall antwortet.',
  'explain.sonicwall.v1-complete':
    'Phase 1 ({mode} Mode) mit {peer} ist abgeschlossen: Die IKE SA ist aufgebaut.',
  'explain.sonicwall.v1-quick-start': 'Diese SonicWall startet den Quick Mode (Phase 2) mit {peer}.',
  'explain.sonicwall.v1-quick-respond': 'Die Gegenstelle {peer} startet den Quick Mode (Phase 2).',
  'explain.sonicwall.ipsec-accept':
    'Der IPsec-Vorschlag (Phase 2) wurde akzeptiert: Beide Seiten sind sich über die ESP-Algorithmen einig.',
  'explain.sonicwall.ipsec-reject':
    'Der IPsec-Vorschlag (Phase 2) der Gegenstelle passt nicht zum IPsec-Proposal der VPN-Policy.',
  'explain.sonicwall.negotiation-complete':
    'Die Aushandlung mit {peer} ist abgeschlossen: Die IPsec SA ist hinzugefügt und der Tunnel steht.',
  'explain.sonicwall.v2-exchange': 'IKEv2: Diese SonicWall – {ex} {rr}: {dir} ({peer}).',
  'explain.sonicwall.v2-ike-accept': 'IKEv2: Der IKE-SA-Vorschlag wurde akzeptiert.',
  'explain.sonicwall.v2-auth-ok':
    'IKEv2: Die Gegenstelle {peer} hat sich erfolgreich authentisiert; die IKE SA ist aufgebaut.',
  'explain.sonicwall.ike-proposal-mismatch':
    'Der IKE-Vorschlag (Phase 1) der Gegenstelle passt nicht zum IKE-Proposal der VPN-Policy (Verschlüsselung, Authentisierung, DH-Gruppe oder Lebensdauer).',
  'explain.sonicwall.algorithm-mismatch':
    '{what} stimmt zwischen dem Vorschlag dieser SonicWall und dem der Gegenstelle nicht überein.',
  'explain.sonicwall.notify': 'Die Gegenstelle {peer} sendete das Notify {n}.',
  'explain.sonicwall.v2-notify-error':
    'IKEv2: Die Gegenstelle {peer} antwortete mit dem Fehler-Notify {note}.',
  'explain.sonicwall.payload-error':
    'Eine Nachricht von {peer} konnte nicht verarbeitet werden (nach der Entschlüsselung heißt das meist: falscher Pre-Shared Key).',
  'explain.sonicwall.psk-mismatch':
    'Die verschlüsselte Nachricht der Gegenstelle hat die Prüfung nicht bestanden: Die Pre-Shared Keys der beiden Seiten sind sehr wahrscheinlich unterschiedlich.',
  'explain.sonicwall.auth-failed': 'Die Authentisierung der Gegenstelle {peer} ist fehlgeschlagen.',
  'explain.sonicwall.id-mismatch':
    'Die IKE-Identität, die die Gegenstelle {peer} vorschlägt, passt zu keiner VPN-Policy ({note}).',
  'explain.sonicwall.ts-mismatch':
    'Die Netze, die die Gegenstelle für Phase 2 vorschlägt, passen nicht zu den lokalen/entfernten Netzen der VPN-Policy {note}.',
  'explain.sonicwall.pfs-mismatch':
    'Perfect Forward Secrecy (die DH-Gruppe der Phase 2) ist nur auf einer Seite oder mit einer anderen Gruppe eingestellt.',
  'explain.sonicwall.peer-not-configured':
    'Keine VPN-Policy auf dieser SonicWall passt zur Gegenstelle {peer}.',
  'explain.sonicwall.retransmit': 'Keine Antwort von {peer}: Die IKE-Anfrage wird erneut gesendet ({role}).',
  'explain.sonicwall.dpd-dead': 'Dead Peer Detection: Die Gegenstelle {peer} antwortet nicht mehr.',
  'explain.sonicwall.delete-received': 'Die Gegenstelle {peer} hat das Löschen einer SA angefordert.',
  'explain.sonicwall.delete-sent': 'Diese SonicWall löscht eine SA mit {peer}.',
  'explain.sonicwall.delete-response': 'Antwort auf eine Delete-Anfrage.',
  'explain.sonicwall.lifetime-expired':
    'Die Lebensdauer der IKE SA ist abgelaufen; sie wird neu ausgehandelt.',
  'explain.sonicwall.spi-unknown':
    'Ein ESP-Paket kam für einen SPI an, den diese SonicWall nicht kennt (eine SA, die eine Seite gelöscht hat).',
  'explain.sonicwall.esp-error':
    'Ein ESP-Paket hat die Entschlüsselung oder Authentisierung nicht bestanden ({note}).',
  'explain.sonicwall.tunnel-state': 'Der VPN-Tunnel mit {peer} ist {st}.',
  'explain.sonicwall.nat-discovery':
    'NAT-Erkennung: Das IPsec-Gateway ({who}) steht hinter einem NAT/NAPT-Gerät; IKE und ESP wechseln auf UDP 4500 (NAT-T).',
  'explain.sonicwall.no-response':
    'Keine Antwort von {peer}: Der {role} hat das Warten auf die nächste IKE-Nachricht aufgegeben (Remote Party Timeout).',
  'explain.sonicwall.negotiation-aborted':
    'Die IKE-Aushandlung mit {peer} wurde abgebrochen: Die Gegenstelle hat nicht rechtzeitig geantwortet.',
  'explain.sonicwall.header-verification':
    'Eine IKE-Nachricht von {peer} hat die Header-Prüfung nicht bestanden (falsche Cookies oder falscher Austausch, oder eine Nachricht, die diese SonicWall nicht erwartet hat).',
  'explain.sonicwall.duplicate-packet':
    '{peer} sendete dieselbe IKE-Nachricht erneut: Die Antwort dieser SonicWall kam dort nicht an (prüfen Sie den Rückweg zur Gegenstelle).',
  'explain.sonicwall.packet-trace':
    'IKE-Paket-Trace: {dir} {ex} (Initiator-Cookie {ic}, Message-ID 0x{mid}) mit den Payloads {pl}.',

  'fix.ESTABLISHED.sonicwall':
    'SonicWall: Nichts zu beheben. Fließt kein Verkehr, prüfen Sie die Access Rules VPN > LAN / LAN > VPN, den Reiter Network der VPN-Policy (lokale und entfernte Netze) und Network > IPSec VPN > Rules and Settings > Active Tunnels (SonicOS 6.5: VPN > Settings > Currently Active VPN Tunnels).',
  'fix.PEER_UNREACHABLE.sonicwall':
    'SonicWall: Prüfen Sie unter Network > IPSec VPN > Rules and Settings > Policy bearbeiten > General den Wert IPsec Primary Gateway Name or Address ({peer}) (CLI: `vpn policy site-to-site "<policy>"` → `gateway primary {peer}`); zeichnen Sie mit Monitor > Packet Monitor auf (Filter: host {peer}, UDP 500/4500), um zu sehen, ob Anfragen hinausgehen und Antworten zurückkommen; jede Firewall und jedes NAT-Gerät auf dem Pfad muss UDP 500, UDP 4500 und ESP durchlassen.',
  'fix.PEER_NOT_CONFIGURED.sonicwall':
    'SonicWall: Legen Sie eine Site-to-Site-VPN-Policy für {peer} an: Network > IPSec VPN > Rules and Settings > Add > Policy Type Site to Site, IPsec Primary Gateway {peer}, dieselbe Authentisierungsmethode und dieselben IKE-Identitäten wie die Gegenstelle (CLI: `vpn policy site-to-site "<policy>"`, `gateway primary {peer}`, `commit`). Eine Gegenstelle mit dynamischer Adresse braucht die Policy auf dem Group-VPN- bzw. „0.0.0.0“-Gateway mit Aggressive Mode oder IKEv2-Identitäten.',
  'fix.IKE_VERSION_MISMATCH.sonicwall':
    'SonicWall: VPN-Policy bearbeiten > Proposals > IKE (Phase 1) Proposal > Exchange: IKEv2 Mode, Main Mode oder Aggressive Mode, wie auf der Gegenstelle (CLI: `proposal ike exchange ikev2` / `main` / `aggressive` in `vpn policy site-to-site "<policy>"`).',
  'fix.MODE_MISMATCH.sonicwall':
    'SonicWall: Proposals > IKE (Phase 1) Proposal > Exchange muss dem Modus der Gegenstelle entsprechen (Main Mode oder Aggressive Mode; CLI `proposal ike exchange main|aggressive`); das Phase-2-Protokoll ist ESP im Tunnelmodus.',
  'fix.IKE_PROPOSAL_MISMATCH.sonicwall':
    'SonicWall: VPN-Policy bearbeiten > Proposals > IKE (Phase 1) Proposal: DH Group, Encryption, Authentication und Life Time müssen denen der Gegenstelle entsprechen ({param}: diese Seite {local}, die Gegenstelle {remote}). CLI: `vpn policy site-to-site "<policy>"` → `proposal ike dh-group 14`, `proposal ike encryption aes-256`, `proposal ike authentication sha-256`, `proposal ike lifetime 28800`, `commit`.',
  'fix.PSK_MISMATCH.sonicwall':
    'SonicWall: Geben Sie den Schlüssel auf beiden Seiten neu ein: VPN-Policy > General > Authentication Method IKE using Preshared Secret > Shared Secret / Confirm Shared Secret (CLI: `auth-method shared-secret`, `shared-secret <key>`, `commit`); achten Sie auf Leerzeichen am Ende und Sonderzeichen. SonicOS protokolliert einen falschen Schlüssel als „Failed payload verification after decryption; possible preshared key mismatch“.',
  'fix.ID_MISMATCH.sonicwall':
    'SonicWall: VPN-Policy > General > Local IKE ID und Peer IKE ID (IP-Adresse, Domänenname, E-Mail-Adresse oder Firewall Identifier) müssen die Identitäten sein, die die Gegenstelle sendet und erwartet (CLI: `ike-id local ...` / `ike-id peer ...`). Im Aggressive Mode müssen die IDs exakt übereinstimmen.',
  'fix.CERT_INVALID.sonicwall':
    'SonicWall: Authentication Method IKE using 3rd Party Certificates; importieren Sie die CA der Gegenstelle unter Device > Settings > Certificates (SonicOS 6.5: System > Certificates), prüfen Sie Gültigkeitsdaten, die Uhrzeit (Device > Settings > Time) sowie Typ/Wert der Peer IKE ID, die das Zertifikat enthalten muss.',
  'fix.AUTH_FAILED.sonicwall':
    'SonicWall: Vergleichen Sie Authentisierungsmethode (Preshared Secret oder Zertifikate), Shared Secret und Local/Peer IKE IDs unter VPN-Policy > General mit denen der Gegenstelle; die Log-Zeilen vor dem Fehler nennen die fehlgeschlagene Prüfung.',
  'fix.TS_MISMATCH.sonicwall':
    'SonicWall: VPN-Policy > Network: Local Networks und Remote Networks (Adressobjekte oder -gruppen) müssen das Spiegelbild der Gegenstelle sein (die Gegenstelle schlug lokal {local}, entfernt {remote} vor); CLI `network local name <object>` / `network remote name <object>`. Schlägt die Gegenstelle 0.0.0.0/0 vor, braucht es „Use this VPN Tunnel as default route“ oder eine Tunnel-Interface-Policy.',
  'fix.CHILD_PROPOSAL_MISMATCH.sonicwall':
    'SonicWall: VPN-Policy > Proposals > IPsec (Phase 2) Proposal: Protocol ESP, Encryption, Authentication und Life Time müssen denen der Gegenstelle entsprechen ({param}: diese Seite {local}, die Gegenstelle {remote}). CLI: `proposal ipsec protocol esp encryption aes-256 authentication sha-256`, `proposal ipsec lifetime 28800`.',
  'fix.PFS_MISMATCH.sonicwall':
    'SonicWall: VPN-Policy > Proposals > IPsec (Phase 2) Proposal > Enable Perfect Forward Secrecy und die zugehörige DH Group müssen wie auf der Gegenstelle eingestellt sein (diese Seite {local}, die Gegenstelle {remote}); oder PFS auf beiden Seiten aus (CLI: `proposal ipsec perfect-forward-secrecy dh-group 14` / `no proposal ipsec perfect-forward-secrecy`).',
  'fix.DPD_PEER_DEAD.sonicwall':
    'SonicWall: Finden Sie heraus, warum {peer} nicht mehr antwortet (Erreichbarkeit, ihr Zustand, UDP 500/4500 auf dem Pfad). Dead Peer Detection steht unter VPN-Policy > Advanced > Enable Keep Alive und Network > IPSec VPN > Rules and Settings > Advanced > Enable IKE Dead Peer Detection (Intervall, Failure Trigger Level).',
  'fix.NAT_T_BLOCKED.sonicwall':
    'SonicWall: Aktivieren Sie NAT Traversal (Network > IPSec VPN > Rules and Settings > Advanced > Enable NAT Traversal) und sorgen Sie dafür, dass jedes Gerät auf dem Pfad UDP 4500 in beide Richtungen durchlässt; bei einer Gegenstelle hinter NAT verwenden Sie IKEv2 oder Aggressive-Mode-Identitäten, die nicht die private Adresse sind.',
  'fix.SA_DELETED_BY_PEER.sonicwall':
    'SonicWall: Lesen Sie im Log der Gegenstelle nach, warum sie die SA gelöscht hat; VPN-Policy > Advanced > Enable Keep Alive baut den Tunnel auch ohne Verkehr wieder auf.',
  'fix.STALE_SA.sonicwall':
    'SonicWall: Handeln Sie den Tunnel auf beiden Seiten neu aus: Network > IPSec VPN > Rules and Settings > Active Tunnels > Renegotiate (SonicOS 6.5: VPN > Settings > Currently Active VPN Tunnels > Renegotiate), und aktivieren Sie IKE Dead Peer Detection, damit eine neu gestartete Gegenstelle bemerkt wird.',
  'fix.TUNNEL_DOWN.sonicwall':
    'SonicWall: Die Zeilen vor dem Ausfall des Tunnels nennen die Ursache; Network > IPSec VPN > Rules and Settings > Active Tunnels zeigt die aktuellen SAs; aktivieren Sie Keep Alive im Reiter Advanced der Policy, damit der Tunnel von selbst wiederkommt.',
  'fix.REKEY_FAILED.sonicwall':
    'SonicWall: Vergleichen Sie IKE- und IPsec-Life-Time sowie die PFS-DH-Gruppe unter VPN-Policy > Proposals mit denen der Gegenstelle.',
  'fix.LIFETIME_MISMATCH.sonicwall':
    'SonicWall: VPN-Policy > Proposals > IKE (Phase 1) Life Time und IPsec (Phase 2) Life Time (Sekunden) wie auf der Gegenstelle (CLI `proposal ike lifetime <s>`, `proposal ipsec lifetime <s>`).',
  'fix.WEAK_CRYPTO.sonicwall':
    'SonicWall: VPN-Policy > Proposals: Exchange IKEv2 Mode, DH Group 14 oder 19/20, Encryption AES-256 (oder AES-GCM), Authentication SHA-256 oder stärker; kein DES/3DES/MD5/SHA1 und keine DH-Gruppen 1, 2, 5.',
  'fix.INCONCLUSIVE.sonicwall':
    'SonicWall: Mehr protokollieren: Device > Log > Settings (SonicOS 6.5: Log > Categories): VPN IKE und VPN IPsec auf Debug / Inform setzen, das Log an Syslog senden (Device > Log > Syslog) oder exportieren (Device > Log > Monitor > Export), die Aushandlung reproduzieren und den Export analysieren; Monitor > Packet Monitor zeigt die IKE-Pakete.',
};
export default messages;
