// de messages: mikrotik
const messages: Record<string, string> = {
  'explain.mikrotik.ph1-timeout':
    'Phase 1 mit {remote} aufgegeben: keine rechtzeitige Antwort ({local} ↔ {remote}, Cookies {ic}:{rc}; ein Responder-Cookie aus Nullen bedeutet, dass der Peer nie geantwortet hat).',
  'explain.mikrotik.ph2-timeout': 'Phase 2 aufgegeben: keine rechtzeitige Antwort.',
  'explain.mikrotik.ph1-start': 'Phase 1 ({mode}) beginnt, dieser Router: {dir}, {local} ↔ {remote}.',
  'explain.mikrotik.ph2-start': 'Phase 2 (Quick Mode) beginnt, dieser Router: {dir}, {local} ↔ {remote}.',
  'explain.mikrotik.isakmp-established': 'Phase 1 steht: ISAKMP SA {local} ↔ {remote}, Cookies {ic}:{rc}.',
  'explain.mikrotik.isakmp-gone': 'Die ISAKMP SA {local} ↔ {remote} wird entfernt ({what}).',
  'explain.mikrotik.ipsec-established': 'Eine IPsec SA steht: {proto}/{encmode} {src} → {dst}, SPI 0x{spi}.',
  'explain.mikrotik.ipsec-expired':
    'Eine IPsec SA ({proto}/{encmode}) hat das Ende ihrer Lebensdauer erreicht.',
  'explain.mikrotik.no-suitable-proposal':
    'Keiner der Vorschläge des Peers passt zu Profile/Proposal dieses Routers (Verschlüsselung, Hash, DH-Gruppe).',
  'explain.mikrotik.failed-valid-proposal':
    'Phase 1 mit {remote}: kein gültiger Vorschlag im Angebot des Peers.',
  'explain.mikrotik.failed-preprocess':
    'Ein Phase-{ph}-Paket von {remote} konnte nicht verarbeitet werden (meist nach einem Vorschlags- oder Schlüsselfehler).',
  'explain.mikrotik.phase1-failed': 'Phase 1 mit {remote} fehlgeschlagen.',
  'explain.mikrotik.wrong-password':
    'Ein Paket von {remote} konnte nicht entschlüsselt werden: die Pre-Shared Keys unterscheiden sich höchstwahrscheinlich.',
  'explain.mikrotik.identity-not-found': 'Keine /ip ipsec identity passt zur Identität des Peers{tail}.',
  'explain.mikrotik.id-vs-cert': 'Die vom Peer gesendete Identität steht nicht in seinem Zertifikat.',
  'explain.mikrotik.ike2-new': 'Eine IKEv2 SA wird gestartet ({role}) {peer} {local} ↔ {remote}.',
  'explain.mikrotik.peer-authorized': 'IKEv2: der Peer {remote} ist authentifiziert; die IKE SA steht.',
  'explain.mikrotik.killing-ike2': 'Die IKEv2 SA {local} ↔ {remote} wird entfernt.',
  'explain.mikrotik.acquired': 'Mode Config: Adresse {ip} an {remote} vergeben.',
  'explain.mikrotik.dpd-dead': 'Dead Peer Detection: der Peer {remote}{spi} antwortet nicht mehr.',
  'explain.mikrotik.not-responding': 'Der Peer antwortet nicht mehr.',
  'explain.mikrotik.payload-missing': 'Einer empfangenen Nachricht fehlt der {payload}-Payload.',
  'explain.mikrotik.notification': 'Der Peer {remote} hat Notify {name} gesendet.',
  'explain.mikrotik.received-notify': 'Der Peer hat Notify {name} gesendet.',
  'explain.mikrotik.fatal-notify': 'Der Peer hat den fatalen Notify {name} gesendet: Phase 1 wird gelöscht.',
  'explain.mikrotik.negotiation-failed': 'Aushandlung {what} fehlgeschlagen{tail}.',
  'explain.mikrotik.no-policy': 'Keine /ip ipsec policy passt zu den vom Peer vorgeschlagenen Netzen{tail}.',
  'explain.mikrotik.rejected-attr': '{attr} des Peers passt nicht: dieser Router {db}, der Peer {peerval}.',

  'fix.ESTABLISHED.mikrotik':
    'RouterOS: nichts zu beheben. Wenn kein Verkehr fließt, ihn vom NAT ausnehmen (`/ip firewall nat add chain=srcnat action=accept ipsec-policy=out,ipsec place-before=0`), Fasttrack prüfen und die Zähler von `/ip ipsec installed-sa print` ansehen.',
  'fix.PEER_UNREACHABLE.mikrotik':
    'RouterOS: `/ip ipsec peer set [find name=<peer>] address={peer}/32 local-address=<wan ip>` prüfen; `/ping {peer} src-address=<wan ip>`; IKE zulassen: `/ip firewall filter add chain=input protocol=udp dst-port=500,4500 action=accept place-before=0` und `protocol=ipsec-esp`; eine Masquerade-Regel darf die IKE-Quelle nicht ändern: `/ip firewall nat add chain=srcnat protocol=udp src-port=500,4500 action=accept place-before=0`; `/tool sniffer quick port=500,4500` zeigt, wo Pakete hängen bleiben.',
  'fix.PEER_NOT_CONFIGURED.mikrotik':
    'RouterOS: den Peer hinzufügen: `/ip ipsec peer add name=<peer> address={peer}/32 exchange-mode=ike2 profile=<profile>` und seine `/ip ipsec identity add peer=<peer> auth-method=pre-shared-key secret=...`; für IKEv1 `exchange-mode=main`.',
  'fix.IKE_VERSION_MISMATCH.mikrotik':
    'RouterOS: `/ip ipsec peer set [find name=<peer>] exchange-mode=ike2` (oder `main` für IKEv1), wie auf dem Peer.',
  'fix.MODE_MISMATCH.mikrotik':
    'RouterOS: `/ip ipsec peer set [find name=<peer>] exchange-mode=main` (oder `aggressive`) und `/ip ipsec policy set [find peer=<peer>] tunnel=yes` (Tunnel- oder Transportmodus), wie auf dem Peer.',
  'fix.IKE_PROPOSAL_MISMATCH.mikrotik':
    'RouterOS: Phase 1 ist das Profile: `/ip ipsec profile set [find name=<profile>] enc-algorithm=aes-256 hash-algorithm=sha256 dh-group=modp2048` auf die Werte des Peers setzen; {param} weicht ab (dieser Router {local}, der Peer {remote}); `proposal-check=obey` übernimmt die Lebensdauer des Peers.',
  'fix.PSK_MISMATCH.mikrotik':
    'RouterOS: `/ip ipsec identity set [find peer=<peer>] secret="<key>"` mit exakt dem Schlüssel des Peers (auf Leerzeichen am Ende achten).',
  'fix.ID_MISMATCH.mikrotik':
    'RouterOS: `/ip ipsec identity set [find peer=<peer>] my-id=address:<our ip> remote-id=address:<peer ip>` (oder `fqdn:`, `user-fqdn:`) bzw. `remote-id=ignore` mit `match-by=remote-id`; sie müssen der Remote- bzw. lokalen Identität des Peers entsprechen.',
  'fix.CERT_INVALID.mikrotik':
    'RouterOS: die CA importieren (`/certificate import file-name=ca.crt`), `/ip ipsec identity set [find peer=<peer>] auth-method=digital-signature certificate=<ours> remote-certificate=<theirs or none>`; Gültigkeitsdaten, Uhrzeit (`/system clock print`) und subjectAltName gegen die ID prüfen.',
  'fix.AUTH_FAILED.mikrotik':
    'RouterOS: `auth-method`, Secret bzw. Zertifikate sowie `my-id` / `remote-id` von `/ip ipsec identity` mit dem Peer vergleichen; `/system logging add topics=ipsec,!packet` zeigt den fehlschlagenden Schritt.',
  'fix.TS_MISMATCH.mikrotik':
    'RouterOS: `/ip ipsec policy set [find peer=<peer>] src-address=<local net> dst-address=<remote net> tunnel=yes` spiegelbildlich zum Peer (der Peer schlug lokal {local}, remote {remote} vor); bei `generate-policy` die Policy-Template-Gruppe prüfen.',
  'fix.CHILD_PROPOSAL_MISMATCH.mikrotik':
    'RouterOS: Phase 2 ist das Proposal: `/ip ipsec proposal set [find name=<proposal>] auth-algorithms=sha256 enc-algorithms=aes-256-cbc` auf die Werte des Peers setzen; {param} weicht ab (dieser Router {local}, der Peer {remote}).',
  'fix.PFS_MISMATCH.mikrotik':
    'RouterOS: `/ip ipsec proposal set [find name=<proposal>] pfs-group=modp2048` wie beim Peer (dieser Router {local}, der Peer {remote}) oder `pfs-group=none` auf beiden Seiten.',
  'fix.DPD_PEER_DEAD.mikrotik':
    'RouterOS: klären, warum {peer} nicht mehr antwortet (Erreichbarkeit, Zustand, UDP 500/4500 auf dem Pfad); DPD wird mit `/ip ipsec profile set [find name=<profile>] dpd-interval=2m dpd-maximum-failures=5` eingestellt.',
  'fix.NAT_T_BLOCKED.mikrotik':
    'RouterOS: `/ip ipsec profile set [find name=<profile>] nat-traversal=yes`; UDP 4500 in `/ip firewall filter` (chain=input) und auf jedem Gerät auf dem Pfad zulassen.',
  'fix.SA_DELETED_BY_PEER.mikrotik':
    'RouterOS: im Log des Peers nachlesen, warum er die SA gelöscht hat; Policy-Level `level=unique` oder `require` und Verkehr (oder `/ip ipsec active-peers kill-connections`) bauen sie wieder auf.',
  'fix.STALE_SA.mikrotik':
    'RouterOS: `/ip ipsec installed-sa flush` und `/ip ipsec active-peers kill-connections`, dann den Tunnel durch Verkehr wieder aufbauen lassen; DPD im Profile aktiviert lassen.',
  'fix.TUNNEL_DOWN.mikrotik':
    'RouterOS: die Zeilen davor nennen die Ursache; `/ip ipsec active-peers print` und `/ip ipsec installed-sa print` zeigen den Zustand.',
  'fix.REKEY_FAILED.mikrotik':
    'RouterOS: `lifetime` von Profile und Proposal sowie `pfs-group` des Proposals mit dem Peer vergleichen.',
  'fix.LIFETIME_MISMATCH.mikrotik':
    'RouterOS: `/ip ipsec profile set [find name=<profile>] lifetime=<t>` und `/ip ipsec proposal set [find name=<proposal>] lifetime=<t>` wie auf dem Peer (`proposal-check=obey` übernimmt die des Peers).',
  'fix.WEAK_CRYPTO.mikrotik':
    'RouterOS: `/ip ipsec peer set ... exchange-mode=ike2`, Profile `enc-algorithm=aes-256 hash-algorithm=sha256 dh-group=ecp384`, Proposal `enc-algorithms=aes-256-gcm pfs-group=ecp384`; des/3des/md5/sha1 und modp768/modp1024/modp1536 entfernen.',
  'fix.INCONCLUSIVE.mikrotik':
    'RouterOS: die Aushandlung protokollieren: `/system logging add topics=ipsec,!packet action=memory` (oder eine Remote-Action), den Tunnel aufbauen, dann `/log print where topics~"ipsec"`.',
};
export default messages;
