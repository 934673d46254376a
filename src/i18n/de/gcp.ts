// de messages: gcp
const messages: Record<string, string> = {
  'explain.gcp.charon':
    'Cloud-VPN-Gateway {gateway}, Tunnel {tunnel}: eine Meldung des IKE-Daemons des Gateways (als strongSwan-charon-Ausgabe gelesen).',
  'explain.gcp.proposal-mismatch':
    'Cloud-VPN-Tunnel {tunnel}: der Peer hat keinen der Vorschläge von Cloud VPN für die {sa} SA akzeptiert (NO_PROPOSAL_CHOSEN): {all}',
  'explain.gcp.ts-narrowed':
    'Cloud-VPN-Tunnel {tunnel}: die Traffic-Selektoren ({side}) wurden in der Aushandlung eingeschränkt, die Selektoren des Peers weichen von denen des Tunnels ab: {all}',
  'explain.gcp.maintenance':
    'Cloud-VPN-Tunnel {tunnel}: Google-Wartung des VPN-Gateways ({all}); ein Tunnel kann währenddessen down gehen und wiederkommen.',
  'explain.gcp.tunnel-state': 'Cloud-VPN-Tunnel {tunnel}: {st}.',
  'explain.gcp.tunnel-status': 'Cloud-VPN-Tunnel {tunnel} (Peer {peer}) hat den Status {status}: {detail}',
  'explain.gcp.field': 'Feld {key} eines Cloud-Logging-Eintrags ({value}).',
  'explain.gcp.other': 'Cloud-VPN-Gateway-Meldung ohne Bedeutung für die Diagnose: {text}',

  'fix.ESTABLISHED.gcp':
    'Google Cloud: nichts zu beheben. Wenn kein Verkehr fließt, die BGP-Sitzungen des Cloud Routers (`gcloud compute routers get-status <router> --region <region>`) bzw. die statischen Routen zum Tunnel, die VPC-Firewallregeln für die lokalen Bereiche und `gcloud compute vpn-tunnels describe <tunnel> --region <region> --format="value(status,detailedStatus)"` prüfen.',
  'fix.PEER_UNREACHABLE.gcp':
    'Google Cloud: der Peer {peer} antwortet nicht. Die Peer-Adresse des Tunnels prüfen (`gcloud compute vpn-tunnels describe <tunnel> --region <region> --format="value(peerIp)"` oder die Interface-Adresse des External VPN Gateways: `gcloud compute external-vpn-gateways describe <peer-gw>`) sowie, ob UDP 500, UDP 4500 und ESP von den Interface-Adressen des Cloud-VPN-Gateways das Gerät erreichen.',
  'fix.PEER_NOT_CONFIGURED.gcp':
    'Google Cloud: den Tunnel für {peer} anlegen: `gcloud compute external-vpn-gateways create <peer-gw> --interfaces 0=<peer public ip>`, dann `gcloud compute vpn-tunnels create <tunnel> --region <region> --vpn-gateway <ha-vpn-gw> --interface 0 --peer-external-gateway <peer-gw> --peer-external-gateway-interface 0 --router <router> --ike-version 2 --shared-secret <secret>`.',
  'fix.IKE_VERSION_MISMATCH.gcp':
    'Google Cloud: die IKE-Version eines Tunnels wird beim Anlegen festgelegt: ihn löschen (`gcloud compute vpn-tunnels delete <tunnel> --region <region>`) und mit `--ike-version 2` (oder 1, wie beim Peer) neu anlegen; HA VPN mit IKEv1 braucht einen Peer, der das unterstützt.',
  'fix.MODE_MISMATCH.gcp':
    'Google Cloud: Cloud VPN verwendet IKEv1 Main Mode (kein Aggressive Mode) oder IKEv2, ESP im Tunnelmodus: den Peer entsprechend konfigurieren.',
  'fix.IKE_PROPOSAL_MISMATCH.gcp':
    'Google Cloud: Cloud VPN bietet alle unterstützten Cipher an und lässt sich nicht einschränken: den Peer mit einem davon konfigurieren ({param}: der Peer {remote}). Phase 1 (IKEv2): Verschlüsselung AES-GCM-16/12/8 (128/192/256) oder AES-CBC-128/192/256; Integrität HMAC-SHA2-256-128, HMAC-SHA2-384-192, HMAC-SHA2-512-256 (HMAC-SHA1-96); PRF PRF-HMAC-SHA2-256/384/512 (PRF-HMAC-SHA1, PRF-AES128-XCBC/CMAC); DH-Gruppen 14, 15, 16, 19, 20, 21 (sowie 2, 5, 18, 22-24, 31). Cloud-VPN-Dokumentation: "Supported IKE ciphers".',
  'fix.PSK_MISMATCH.gcp':
    'Google Cloud: das Shared Secret lässt sich an einem bestehenden Tunnel nicht ändern: ihn löschen und mit dem Schlüssel des Peers neu anlegen: `gcloud compute vpn-tunnels create <tunnel> ... --shared-secret <secret>` (eines erzeugen mit `openssl rand -base64 24`), oder den Peer auf das Secret des Tunnels setzen.',
  'fix.ID_MISMATCH.gcp':
    'Google Cloud: das Cloud-VPN-Gateway verwendet seine öffentliche Interface-Adresse als IKE-Identität und erwartet die öffentliche Adresse des Peers; ein Peer hinter 1:1-NAT muss seine öffentliche Adresse als ID senden (seine lokale Identität setzen, nicht die private Adresse).',
  'fix.CERT_INVALID.gcp':
    'Google Cloud: Cloud VPN authentifiziert nur mit einem Shared Secret; den Peer für Authentifizierung per Pre-Shared Key konfigurieren.',
  'fix.AUTH_FAILED.gcp':
    'Google Cloud: Shared Secret und IKE-Identitäten beider Seiten vergleichen (Cloud VPN: seine öffentliche Adresse; der Peer: seine öffentliche Adresse); den Tunnel mit `--shared-secret` neu anlegen, wenn das Secret unbekannt ist.',
  'fix.TS_MISMATCH.gcp':
    'Google Cloud: HA VPN und routenbasiertes Classic VPN schlagen auf beiden Seiten 0.0.0.0/0 vor: den Peer routenbasiert konfigurieren (oder mit Selektoren 0.0.0.0/0). Ein Policy-basierter Classic-VPN-Tunnel braucht exakt die Netze des Peers: ihn mit `--local-traffic-selector <gcp cidr>` und `--remote-traffic-selector <on-premises cidr>` neu anlegen (der Peer schlug lokal {local}, remote {remote} vor).',
  'fix.CHILD_PROPOSAL_MISMATCH.gcp':
    'Google Cloud: Phase 2 des Peers mit einem der Cipher von Cloud VPN konfigurieren ({param}: der Peer {remote}): ESP AES-GCM-16/12/8 (128/192/256) oder AES-CBC-128/192/256 mit HMAC-SHA2-256-128, HMAC-SHA2-384-192, HMAC-SHA2-512-256 (HMAC-SHA1-96).',
  'fix.PFS_MISMATCH.gcp':
    'Google Cloud: Cloud VPN akzeptiert PFS mit den DH-Gruppen von Phase 1 (14, 15, 16, 19, 20, 21, ...) und auch kein PFS; die Phase-2-DH-Gruppe des Peers auf eine davon setzen (der Peer {remote}).',
  'fix.DPD_PEER_DEAD.gcp':
    'Google Cloud: der Peer {peer} antwortet nicht mehr auf Dead Peer Detection (das DPD von Cloud VPN ist nicht änderbar): Zustand und Erreichbarkeit des Peers prüfen sowie, ob UDP 500/4500 durchkommen; HA VPN hält den Verkehr auf dem anderen Tunnel, wenn beide konfiguriert sind.',
  'fix.NAT_T_BLOCKED.gcp':
    'Google Cloud: ein Peer hinter NAT braucht UDP 4500 in beide Richtungen zu den Interface-Adressen des Cloud-VPN-Gateways; der Peer muss seine öffentliche (NAT-)Adresse als IKE-Identität verwenden.',
  'fix.SA_DELETED_BY_PEER.gcp':
    'Google Cloud: der Peer hat die SA gelöscht: den Grund in dessen Log nachlesen; Cloud VPN handelt neu aus, wenn der Peer oder Verkehr die Aushandlung erneut anstößt.',
  'fix.STALE_SA.gcp':
    'Google Cloud: die SAs auf dem Peer löschen; hängt der Tunnel weiterhin, ihn neu anlegen (`gcloud compute vpn-tunnels delete` / `create`).',
  'fix.TUNNEL_DOWN.gcp':
    'Google Cloud: die Logzeilen vor dem Ausfall des Tunnels nennen die Ursache; `gcloud compute vpn-tunnels describe <tunnel> --region <region> --format="value(status,detailedStatus)"` zeigt den aktuellen Zustand (z. B. NO_INCOMING_PACKETS, NEGOTIATION_FAILURE, AUTHORIZATION_ERROR).',
  'fix.REKEY_FAILED.gcp':
    'Google Cloud: die Lebensdauern des Peers dürfen nicht kürzer sein, als Cloud VPN akzeptiert (Phase 1 36000 s, Phase 2 10800 s sind die Werte von Cloud VPN; der Peer darf früher neu verschlüsseln), und seine Phase-2-DH-Gruppe muss eine von Cloud VPN unterstützte sein.',
  'fix.LIFETIME_MISMATCH.gcp':
    'Google Cloud: die Phase-1-Lebensdauer des Peers auf höchstens 36000 s und die Phase-2-Lebensdauer auf höchstens 10800 s setzen (die Werte von Cloud VPN).',
  'fix.WEAK_CRYPTO.gcp':
    'Google Cloud: den Peer für IKEv2 mit AES-GCM oder AES-256-CBC, SHA2-256 oder stärker und DH-Gruppe 14 oder höher (bevorzugt 19/20) konfigurieren; Cloud VPN wählt dies dann.',
  'fix.INCONCLUSIVE.gcp':
    'Google Cloud: das Log des Gateways lesen: `gcloud logging read \'resource.type="vpn_gateway"\' --freshness=1h --format=json > vpn.json` (oder Logs Explorer mit der Ressource Cloud VPN Gateway), die Aushandlung reproduzieren und zusammen mit dem Log des Peers analysieren.',
};
export default messages;
