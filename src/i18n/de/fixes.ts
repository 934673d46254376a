// de messages: fixes
// Fix steps per code and vendor family (`fix.<CODE>.<family>`); `.peer` is what to
// check on the other end, `.generic` is used when no vendor-specific text exists.
const messages: Record<string, string> = {
  'fix.ESTABLISHED.generic':
    'Nichts zu beheben. Wenn trotzdem kein Verkehr durchgeht, prüfen Sie Routing, Firewall-Regeln und die Selektoren.',

  'fix.PEER_UNREACHABLE.generic':
    'Prüfen Sie, ob {peer} die richtige Adresse und erreichbar ist (ping, traceroute) und ob jede Firewall auf dem Pfad UDP 500 und 4500 (sowie ESP, Protokoll 50) zulässt.',
  'fix.PEER_UNREACHABLE.strongswan':
    'strongSwan: `remote_addrs` in swanctl.conf prüfen (`right=` in ipsec.conf); `swanctl --list-sas` auf der Gegenstelle; `tcpdump -ni any udp port 500 or udp port 4500` auf beiden Seiten zeigt, wo die Pakete hängen bleiben.',
  'fix.PEER_UNREACHABLE.libreswan':
    'Libreswan: `right=` in der conn von ipsec.conf prüfen; `ipsec status` auf der Gegenstelle; `tcpdump -ni any udp port 500 or udp port 4500` auf beiden Seiten.',
  'fix.PEER_UNREACHABLE.qno':
    'Router: Remote-Gateway-Adresse des Tunnels prüfen und ob das WAN der Gegenstelle UDP 500/4500 annimmt.',
  'fix.PEER_UNREACHABLE.cisco-asa':
    'ASA: `crypto map <map> <seq> set peer` / Name der tunnel-group prüfen, `ping outside {peer}`, und ob der Pfad UDP 500/4500 zulässt; `show crypto isakmp sa` auf beiden Seiten.',
  'fix.PEER_UNREACHABLE.cisco-ios':
    'IOS: `set peer` in der crypto map / Match im `crypto ikev2 profile` prüfen, `ping {peer} source <wan-if>`, und ACLs für UDP 500/4500.',
  'fix.PEER_UNREACHABLE.peer':
    'Auf der Gegenstelle: Läuft der IKE-Dienst und lauscht auf UDP 500, und ist unsere Adresse dort als Peer konfiguriert?',

  'fix.PEER_NOT_CONFIGURED.generic':
    'Auf dem Responder die Verbindung für {peer} anlegen oder korrigieren: Peer-Adresse (oder Identität) muss zu dem passen, was der Initiator verwendet.',
  'fix.PEER_NOT_CONFIGURED.strongswan':
    'strongSwan: eine Verbindung, deren `remote_addrs` (ipsec.conf `right=`) sowie IKE-Version/Vorschläge zu {peer} passen; mit `swanctl --list-conns` prüfen und sicherstellen, dass sie geladen ist (`swanctl --load-all`).',
  'fix.PEER_NOT_CONFIGURED.libreswan':
    'Libreswan: eine conn mit `right={peer}` (oder `right=%any` für Road Warriors) und denselben Einstellungen `authby=` (secret/rsasig) und `ikev2=` wie beim Initiator; danach `ipsec auto --add <conn>`.',
  'fix.PEER_NOT_CONFIGURED.qno':
    'Router: einen Tunnel mit Remote-Gateway {peer} anlegen, mit dem Pre-Shared Key und Modus der Gegenstelle.',
  'fix.PEER_NOT_CONFIGURED.cisco-asa':
    'ASA: `tunnel-group {peer} type ipsec-l2l` mit ihren ipsec-attributes sowie einen crypto-map-Eintrag `set peer {peer}` anlegen.',
  'fix.PEER_NOT_CONFIGURED.cisco-ios':
    'IOS: einen Keyring/`crypto isakmp key ... address {peer}` oder ein IKEv2-Profil mit `match identity remote address {peer}` anlegen.',
  'fix.PEER_NOT_CONFIGURED.peer':
    'Auf dem Initiator: prüfen, ob er die richtige Gateway-Adresse anspricht und die vom Responder erwartete Identität sendet.',

  'fix.IKE_VERSION_MISMATCH.generic':
    'Beide Seiten auf dieselbe IKE-Version einstellen (IKEv2, wo beide es unterstützen).',
  'fix.IKE_VERSION_MISMATCH.strongswan':
    'strongSwan: `version = 2` (oder 1) in der Verbindung in swanctl.conf; ipsec.conf: `keyexchange=ikev2`.',
  'fix.IKE_VERSION_MISMATCH.libreswan':
    'Libreswan: `ikev2=yes` (4.x) oder `keyexchange=ikev2` (5.x) in der conn; IKEv1 erfordert `ikev1-policy=accept`.',
  'fix.IKE_VERSION_MISMATCH.peer': 'Auf der Gegenstelle: dieselbe IKE-Version.',

  'fix.MODE_MISMATCH.generic':
    'Auf beiden Seiten denselben Modus verwenden: Main (oder Aggressive) Mode für IKEv1 und Tunnel- (oder Transport-)Modus für die Child SA.',
  'fix.MODE_MISMATCH.strongswan':
    'strongSwan: `aggressive = yes|no` in der Verbindung (ipsec.conf `aggressive=`), `mode = tunnel|transport` im Child; Aggressive Mode mit PSK als Responder erfordert `charon.i_dont_care_about_security_and_use_aggressive_mode_psk`.',
  'fix.MODE_MISMATCH.libreswan': 'Libreswan: `aggressive=yes|no` und `type=tunnel|transport` in der conn.',
  'fix.MODE_MISMATCH.peer': 'Auf der Gegenstelle: derselbe Austauschmodus und Kapselungsmodus.',

  // Filled into fixes when the log does not show which parameter differs.
  'fix.var.param': 'Vorschlag',
  'fix.var.local': 'einer der hiesigen',
  'fix.var.remote': 'siehe ihre Konfiguration',
  'fix.IKE_PROPOSAL_MISMATCH.generic':
    'Die IKE-Vorschläge (Phase 1) beider Seiten müssen mindestens eine gemeinsame Kombination haben; {param} unterscheidet sich: diese Seite {local}, die Gegenstelle {remote}.',
  'fix.IKE_PROPOSAL_MISMATCH.strongswan':
    'strongSwan: `proposals = ` der Verbindung in swanctl.conf (ipsec.conf `ike=`) anpassen, z. B. {param} der Gegenstelle ({remote}) ergänzen: `proposals = aes256-sha256-modp2048,...`; danach `swanctl --load-conns`.',
  'fix.IKE_PROPOSAL_MISMATCH.libreswan':
    'Libreswan: `ike=` der conn (z. B. `ike=aes256-sha2_256;modp2048`) so anpassen, dass {param} der Gegenstelle ({remote}) enthalten ist; danach `ipsec auto --replace <conn>`.',
  'fix.IKE_PROPOSAL_MISMATCH.qno':
    'Router: Verschlüsselung, Authentifizierung (Hash) und DH-Gruppe für Phase 1 des Tunnels auf die Werte der Gegenstelle setzen.',
  'fix.IKE_PROPOSAL_MISMATCH.cisco-asa':
    'ASA: eine passende `crypto ikev1 policy` / `crypto ikev2 policy` (encryption, integrity/hash, group, prf) mit {param} der Gegenstelle ({remote}) anlegen.',
  'fix.IKE_PROPOSAL_MISMATCH.cisco-ios':
    'IOS: eine passende `crypto isakmp policy` oder `crypto ikev2 proposal` mit {param} der Gegenstelle ({remote}) anlegen und in der IKEv2-Policy referenzieren.',
  'fix.IKE_PROPOSAL_MISMATCH.peer': 'Oder die Gegenstelle so ändern, dass ihr {param} {local} ist.',

  'fix.PSK_MISMATCH.generic':
    'Auf beiden Seiten denselben Pre-Shared Key setzen (auf beiden neu eingeben; auf Leerzeichen am Ende und Anführungszeichen achten).',
  'fix.PSK_MISMATCH.strongswan':
    'strongSwan: das `secret` im Abschnitt `secrets { ike-... { id = ...; secret = ... } }` von swanctl.conf (ipsec.secrets: `<ids> : PSK "..."`), passend zu den verwendeten Identitäten; danach `swanctl --load-creds`.',
  'fix.PSK_MISMATCH.libreswan':
    'Libreswan: die PSK-Zeile in /etc/ipsec.secrets (oder ipsec.d/*.secrets) für die verwendeten Identitäten; danach `ipsec auto --rereadsecrets`.',
  'fix.PSK_MISMATCH.qno': 'Router: den Pre-Shared Key des Tunnels auf beiden Seiten neu eingeben.',
  'fix.PSK_MISMATCH.cisco-asa':
    'ASA: `tunnel-group {peer} ipsec-attributes` → `ikev1 pre-shared-key` / `ikev2 remote-authentication pre-shared-key` und `ikev2 local-authentication pre-shared-key`.',
  'fix.PSK_MISMATCH.cisco-ios':
    'IOS: `crypto isakmp key <key> address {peer}` oder der `pre-shared-key` im `crypto ikev2 keyring`.',
  'fix.PSK_MISMATCH.peer':
    'Auf der Gegenstelle: derselbe Schlüssel, gebunden an die Identität, die diese Seite sendet.',

  'fix.ID_MISMATCH.generic':
    'Die Identität, die jede Seite sendet, muss zu der passen, die die andere erwartet (IP-Adresse, FQDN, User-FQDN oder DN).',
  'fix.ID_MISMATCH.strongswan':
    'strongSwan: `local { id = ... }` und `remote { id = ... }` in swanctl.conf (ipsec.conf `leftid=` / `rightid=`).',
  'fix.ID_MISMATCH.libreswan':
    'Libreswan: `leftid=` / `rightid=` in der conn (z. B. `@fqdn`, eine Adresse oder ein Zertifikats-DN).',
  'fix.ID_MISMATCH.peer':
    'Auf der Gegenstelle: Ihre lokale Identität muss der Remote-Identität entsprechen, die diese Seite erwartet.',

  'fix.CERT_INVALID.generic':
    'Zertifikatskette (vertrauenswürdige CA auf der prüfenden Seite), Gültigkeitsdaten und Uhrzeit, Sperrstatus prüfen, und ob die Identität im Subject oder subjectAltName steht.',
  'fix.CERT_INVALID.strongswan':
    'strongSwan: das CA-Zertifikat nach /etc/swanctl/x509ca legen und `swanctl --load-creds`; `pki --print --in <cert>` zeigt Daten und subjectAltNames; `remote { id = }` muss im Zertifikat stehen.',
  'fix.CERT_INVALID.libreswan':
    'Libreswan: die CA in die NSS-Datenbank importieren (`certutil -A -d sql:/var/lib/ipsec/nss -t CT,, ...`) und `leftcert=` / `rightid=` prüfen.',
  'fix.CERT_INVALID.peer':
    'Auf der Gegenstelle: ein gültiges Zertifikat, dessen Identität zu der gesendeten passt.',

  'fix.EAP_AUTH_FAILED.generic':
    'Zugangsdaten des Benutzers und das Log des Authentifizierungsservers (RADIUS) für diesen Benutzer prüfen.',
  'fix.EAP_AUTH_FAILED.strongswan':
    'strongSwan: die `eap`-Secrets in swanctl.conf oder die Einstellungen des eap-radius-Plugins; `remote { auth = eap-... }` muss zur Methode des Clients passen.',
  'fix.EAP_AUTH_FAILED.cisco-asa':
    'ASA: authentication-server-group unter `tunnel-group <name> general-attributes` sowie das Log des AAA-Servers für den Benutzer.',
  'fix.EAP_AUTH_FAILED.peer': 'Auf dem Client: Benutzername, Passwort und EAP-Methode.',

  'fix.AUTH_FAILED.generic':
    'Authentifizierungsmethode, Pre-Shared Key bzw. Zertifikate und die Identitäten beider Seiten vergleichen; das Log der Gegenstelle nennt den genauen Grund.',
  'fix.AUTH_FAILED.strongswan':
    'strongSwan: Abschnitte `local`/`remote` (auth, id, certs) und die Secrets in swanctl.conf.',
  'fix.AUTH_FAILED.libreswan': 'Libreswan: `authby=`, `leftid=`/`rightid=` und die Secrets oder Zertifikate.',
  'fix.AUTH_FAILED.peer':
    'Auf der Gegenstelle: deren Log zum selben Zeitpunkt lesen; es zeigt, ob Schlüssel, Identität oder Zertifikat gescheitert sind.',

  'fix.TS_MISMATCH.generic':
    'Die geschützten Netze müssen spiegelbildlich sein: Das lokale Netz dieser Seite ist das Remote-Netz der Gegenstelle und umgekehrt.',
  'fix.TS_MISMATCH.strongswan':
    'strongSwan: `local_ts` / `remote_ts` des Child in swanctl.conf (ipsec.conf `leftsubnet=` / `rightsubnet=`).',
  'fix.TS_MISMATCH.libreswan': 'Libreswan: `leftsubnet=` / `rightsubnet=` (oder `leftsubnets=`) in der conn.',
  'fix.TS_MISMATCH.qno':
    'Router: Lokale und Remote-Subnetze des Tunnels müssen die der Gegenstelle spiegeln.',
  'fix.TS_MISMATCH.cisco-asa':
    'ASA: Die Crypto-ACL des crypto-map-Eintrags (`access-list <acl> extended permit ip <local> <remote>`) muss die der Gegenstelle spiegeln.',
  'fix.TS_MISMATCH.cisco-ios':
    'IOS: die Crypto-ACL (`match address`) oder bei VTI Selektoren `ip any any` auf beiden Seiten.',
  'fix.TS_MISMATCH.peer':
    'Auf der Gegenstelle: Ihre lokalen/Remote-Netze müssen die Remote-/lokalen Netze dieser Seite sein.',

  'fix.CHILD_PROPOSAL_MISMATCH.generic':
    'Die Vorschläge für die Child SA (Phase 2, ESP) müssen mindestens eine gemeinsame Kombination aus Verschlüsselung und Integrität haben.',
  'fix.CHILD_PROPOSAL_MISMATCH.strongswan':
    'strongSwan: `esp_proposals = ` des Child in swanctl.conf (ipsec.conf `esp=`), z. B. `esp_proposals = aes256-sha256`; erweiterte Sequenznummern wählt das Schlüsselwort `esn` / `noesn` im Proposal (keines = kein ESN).',
  'fix.CHILD_PROPOSAL_MISMATCH.libreswan':
    'Libreswan: `esp=` (5.x: `child-proposals=`) der conn, z. B. `esp=aes256-sha2_256`; erweiterte Sequenznummern sind ein eigener Schlüssel: `esn=yes|no|either`.',
  'fix.CHILD_PROPOSAL_MISMATCH.qno':
    'Router: Verschlüsselung und Authentifizierung für Phase 2 des Tunnels auf die Werte der Gegenstelle setzen.',
  'fix.CHILD_PROPOSAL_MISMATCH.cisco-asa':
    'ASA: das vom crypto-map-Eintrag verwendete `crypto ipsec ikev1 transform-set` / `crypto ipsec ikev2 ipsec-proposal`.',
  'fix.CHILD_PROPOSAL_MISMATCH.cisco-ios':
    'IOS: das `crypto ipsec transform-set`, auf das die crypto map oder das `crypto ipsec profile` verweist.',
  'fix.CHILD_PROPOSAL_MISMATCH.peer':
    'Oder den Phase-2-Vorschlag der Gegenstelle auf einen ändern, den diese Seite akzeptiert.',

  'fix.PFS_MISMATCH.generic':
    'Auf beiden Seiten dieselbe PFS-Einstellung verwenden: dieselbe DH-Gruppe für die Child SA oder auf beiden keine.',
  'fix.PFS_MISMATCH.strongswan':
    'strongSwan: die DH-Gruppe in `esp_proposals` ergänzen oder entfernen (z. B. `aes256-sha256-modp2048` mit PFS, `aes256-sha256` ohne).',
  'fix.PFS_MISMATCH.libreswan':
    'Libreswan: `pfs=yes|no` und die Gruppe in `esp=` (z. B. `esp=aes256-sha2_256;modp2048`).',
  'fix.PFS_MISMATCH.cisco-asa':
    'ASA: `crypto map <map> <seq> set pfs group<N>` (oder entfernen), passend zur Gegenstelle.',
  'fix.PFS_MISMATCH.cisco-ios':
    'IOS: `set pfs group<N>` in der crypto map oder im IPsec-Profil (oder entfernen).',
  'fix.PFS_MISMATCH.peer': 'Auf der Gegenstelle: dieselbe PFS-Gruppe, oder PFS auf beiden Seiten aus.',

  'fix.LOCAL_SA_INSTALL_FAILED.generic':
    'IPsec-Unterstützung des Kernels (ESP/XFRM-Module), kollidierende SAs oder Policies (`ip xfrm state`, `ip xfrm policy`) und die Berechtigungen des Hosts prüfen.',
  'fix.LOCAL_SA_INSTALL_FAILED.libreswan':
    'Libreswan: die Kernelmodule laden (`modprobe esp4 xfrm_user`) oder bei einem Container-/VPS-Kernel ohne ESP einen Host verwenden, der es hat; `ipsec verify` prüft den Kernel.',
  'fix.LOCAL_SA_INSTALL_FAILED.strongswan':
    'strongSwan: das kernel-netlink-Plugin und die Module prüfen oder, wo der Kernel kein ESP hat, den User-Space-Datenpfad (Plugin `kernel-libipsec`) verwenden.',
  'fix.LOCAL_SA_INSTALL_FAILED.peer':
    'Auf der Gegenstelle ist nichts zu ändern: Der Fehler liegt lokal auf diesem Host.',

  'fix.DPD_PEER_DEAD.generic':
    'Herausfinden, warum die Gegenstelle nicht mehr antwortet (Neustart, Leitungsausfall, NAT-Timeout). Bei verlustbehaftetem Pfad DPD-Delay/-Timeout erhöhen.',
  'fix.DPD_PEER_DEAD.strongswan':
    'strongSwan: `dpd_delay` und `dpd_timeout` (IKEv1) in der Verbindung, `dpd_action` des Child (`restart`, um ihn wieder aufzubauen).',
  'fix.DPD_PEER_DEAD.libreswan': 'Libreswan: `dpddelay=`, `dpdtimeout=` und `dpdaction=restart` in der conn.',
  'fix.DPD_PEER_DEAD.qno':
    'Router: die WAN-Verbindung der Gegenstelle prüfen; DPD aktiviert lassen, damit der Tunnel neu aufgebaut wird, sobald die Gegenstelle wieder da ist.',
  'fix.DPD_PEER_DEAD.cisco-asa':
    'ASA: unter `tunnel-group {peer} ipsec-attributes` → `isakmp keepalive threshold <s> retry <s>` setzen.',
  'fix.DPD_PEER_DEAD.cisco-ios':
    'IOS: `crypto isakmp keepalive <s> <retry> periodic` oder `dpd` im IKEv2-Profil.',
  'fix.DPD_PEER_DEAD.peer':
    'Auf der Gegenstelle: prüfen, ob sie läuft, ihre WAN-Verbindung, und ob sie auf DPD antwortet (R-U-THERE / leeres INFORMATIONAL).',

  'fix.NAT_T_BLOCKED.generic':
    'UDP 4500 in beide Richtungen auf jeder Firewall/jedem NAT auf dem Pfad zulassen (und NAT-Zuordnungen mit Keepalives offen halten).',
  'fix.NAT_T_BLOCKED.strongswan':
    'strongSwan: `encap = yes` erzwingt UDP-Kapselung; `keep_alive` in strongswan.conf hält NAT-Zuordnungen offen; der Pfad muss UDP 4500 durchlassen.',
  'fix.NAT_T_BLOCKED.libreswan':
    'Libreswan: `encapsulation=yes` und `nat-keepalive=yes`; der Pfad muss UDP 4500 durchlassen.',
  'fix.NAT_T_BLOCKED.peer': 'Auf der Gegenstelle und ihrer Firewall: UDP 4500 von dieser Seite annehmen.',

  'fix.FRAGMENTATION_DROPPED.generic':
    'IKE-Fragmentierung auf beiden Seiten aktivieren (RFC 7383) oder die Pfad-MTU korrigieren bzw. IP-Fragmente durchlassen.',
  'fix.FRAGMENTATION_DROPPED.strongswan':
    'strongSwan: `fragmentation = yes` (oder `force`) in der Verbindung; `charon.fragment_size` in strongswan.conf.',
  'fix.FRAGMENTATION_DROPPED.libreswan': 'Libreswan: `fragmentation=yes` (oder `force`) in der conn.',
  'fix.FRAGMENTATION_DROPPED.cisco-asa':
    'ASA: `crypto ikev2 fragmentation mtu <n>` setzen; bei IKEv1: `crypto isakmp fragmentation`.',
  'fix.FRAGMENTATION_DROPPED.peer': 'Auf der Gegenstelle: IKE-Fragmentierung ebenfalls aktivieren.',

  'fix.REKEY_FAILED.generic':
    'Rekey-Vorschläge (einschließlich PFS-Gruppe) und Lifetimes beider Seiten vergleichen; ein Rekey verwendet die Child-Vorschläge mit PFS.',
  'fix.REKEY_FAILED.strongswan':
    'strongSwan: `rekey_time`, `esp_proposals` (mit der für das Rekeying verwendeten DH-Gruppe) des Child.',
  'fix.REKEY_FAILED.libreswan': 'Libreswan: `salifetime=`, `ikelifetime=`, `rekey=` und `pfs=` der conn.',
  'fix.REKEY_FAILED.peer': 'Auf der Gegenstelle: dieselben Rekey-Vorschläge und dieselbe PFS-Gruppe.',

  'fix.SA_DELETED_BY_PEER.generic':
    'Im Log der Gegenstelle nachlesen, warum sie die SA gelöscht hat (Administrator, Lifetime ohne Rekey, eigene DPD, Policy-Änderung).',
  'fix.SA_DELETED_BY_PEER.strongswan':
    'strongSwan: `close_action = restart` (swanctl-Child) baut den Tunnel nach einem Delete der Gegenstelle wieder auf; `start_action = start` hält ihn aufrecht.',
  'fix.SA_DELETED_BY_PEER.libreswan':
    'Libreswan: `auto=start` und `keyingtries=%forever` halten den Tunnel nach einem Delete der Gegenstelle aufrecht.',
  'fix.SA_DELETED_BY_PEER.peer': 'Auf der Gegenstelle: Warum hat sie die SA gelöscht?',

  'fix.STALE_SA.generic':
    'Meist vorübergehend nach dem Neustart einer Seite. Hält es an, DPD und INITIAL_CONTACT aktivieren oder die SAs auf beiden Seiten löschen.',
  'fix.STALE_SA.strongswan':
    'strongSwan: `swanctl --terminate --ike <name>`, dann `swanctl --initiate --child <child>`; `dpd_delay` aktivieren.',
  'fix.STALE_SA.libreswan':
    'Libreswan: `ipsec auto --down <conn>` und `ipsec auto --up <conn>`; `dpddelay=`/`dpdaction=` setzen.',
  'fix.STALE_SA.qno': 'Router: den Tunnel trennen und neu verbinden; DPD aktiviert lassen.',
  'fix.STALE_SA.cisco-ios':
    'IOS: `clear crypto session remote {peer}`; `crypto isakmp invalid-spi-recovery` und Keepalives aktivieren.',
  'fix.STALE_SA.peer':
    'Auf der Gegenstelle: ihre SAs für diese Seite löschen oder DPD aktivieren, damit sie den Neustart bemerkt.',

  'fix.TUNNEL_DOWN.generic':
    'Die Zeilen vor dem Verbindungsabbau und das Log der Gegenstelle auf die Ursache prüfen.',
  'fix.TUNNEL_DOWN.peer': 'Auf der Gegenstelle: ihr Log zum selben Zeitpunkt.',

  'fix.CLOSED.generic':
    'Kein Fehler, wenn das Schließen beabsichtigt war; damit der Tunnel aufgebaut bleibt, ihn automatisch starten.',
  'fix.CLOSED.strongswan': 'strongSwan: `start_action = start` (oder `trap`) im Child hält ihn aufrecht.',
  'fix.CLOSED.libreswan': 'Libreswan: `auto=start` (oder `auto=route`) in der conn.',

  'fix.INCONCLUSIVE.generic':
    'Das Log der anderen Seite zum selben Zeitpunkt besorgen oder den Log-Level erhöhen und beide Logs zusammen analysieren.',
  'fix.INCONCLUSIVE.strongswan':
    'strongSwan: die Log-Level in strongswan.conf erhöhen (`filelog { ... { ike = 2 cfg = 2 } }`) und erneut versuchen.',
  'fix.INCONCLUSIVE.libreswan':
    'Libreswan: `plutodebug=all` in config setup (vorübergehend) und erneut versuchen.',
  'fix.INCONCLUSIVE.cisco-asa':
    'ASA: `debug crypto ikev2 protocol 127` / `debug crypto ikev1 127`, während der Tunnel aufgebaut wird.',
  'fix.INCONCLUSIVE.cisco-ios':
    'IOS: `debug crypto isakmp`, `debug crypto ipsec` (`debug crypto ikev2`), während der Tunnel aufgebaut wird.',

  'fix.WEAK_CRYPTO.generic':
    'Beide Seiten auf IKEv2 mit AES-GCM oder AES-CBC + SHA-256 oder besser und DH-Gruppe 14, 19, 20 oder 31 umstellen.',
  'fix.WEAK_CRYPTO.strongswan':
    'strongSwan: z. B. `proposals = aes256gcm16-prfsha384-ecp384` und `esp_proposals = aes256gcm16-ecp384`, `version = 2`.',
  'fix.WEAK_CRYPTO.libreswan': 'Libreswan: z. B. `ike=aes_gcm256-sha2_384;dh20`, `esp=aes_gcm256`, IKEv2.',
  'fix.WEAK_CRYPTO.qno': 'Router: AES und SHA-256 oder besser, DH-Gruppe 14 oder höher und Main Mode wählen.',
  'fix.WEAK_CRYPTO.cisco-asa':
    'ASA: `crypto ikev2 policy` mit `encryption aes-gcm-256`, `prf sha384`, `group 20`; Transform-Sets mit DES/3DES/MD5 entfernen.',
  'fix.WEAK_CRYPTO.cisco-ios':
    'IOS: `crypto ikev2 proposal` mit `encryption aes-gcm-256`, `prf sha384`, `group 20`.',
  'fix.WEAK_CRYPTO.peer':
    'Auf der Gegenstelle: dieselben starken Vorschläge (beide Seiten müssen gemeinsam umgestellt werden).',

  'fix.LIFETIME_MISMATCH.generic':
    'Auf beiden Seiten dieselben Lifetimes verwenden (z. B. 8 h / 28800 s für IKE, 1 h / 3600 s für die Child SA).',
  'fix.LIFETIME_MISMATCH.peer': 'Auf der Gegenstelle: dieselben Lifetimes.',
};
export default messages;
