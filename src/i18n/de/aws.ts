// de messages: aws
const messages: Record<string, string> = {
  'explain.aws.peer-dead-v1':
    'IKEv1 Dead Peer Detection auf Tunnel {tunnel}: das Customer Gateway hat nicht auf die DPD-Nachrichten geantwortet; AWS führt die DPD-Timeout-Aktion aus.',
  'explain.aws.dpd-timeout':
    'IKEv2 Dead Peer Detection auf Tunnel {tunnel} nach {n} Wiederholungen abgelaufen: das Customer Gateway antwortet nicht mehr.',
  'explain.aws.psk-decrypt-v1':
    'IKEv1: AWS konnte die Nachricht des Customer Gateways nicht entschlüsseln; die Pre-Shared Keys beider Seiten unterscheiden sich.',
  'explain.aws.psk-mismatch':
    'IKEv2: AWS hat einen abweichenden Pre-Shared Key mit dem Customer Gateway {cgw} erkannt.',
  'explain.aws.no-proposal-aws':
    'Keiner der Vorschläge des Customer Gateways (Verschlüsselung, Integrität, DH-Gruppe) ist auf Tunnel {tunnel} erlaubt.',
  'explain.aws.no-proposal-notify':
    'Kein Vorschlag passte; AWS hat mit NO_PROPOSAL_CHOSEN geantwortet (Zustand Phase 1: {phase1}).',
  'explain.aws.delete-child': 'Das Customer Gateway hat die Phase-2-SA (SPI {spi}) gelöscht.',
  'explain.aws.delete-ike': 'Das Customer Gateway hat die IKE SA gelöscht.',
  'explain.aws.rekey-collision':
    'Beide Seiten haben die Child SA gleichzeitig neu verschlüsselt (Rekey); das Customer Gateway hat die SA im Rekey gelöscht.',
  'explain.aws.redundant-sa':
    'Eine redundante Child SA aus einer Rekey-Kollision wird gelöscht (RFC 7296 §2.8.1); die andere bleibt bestehen.',
  'explain.aws.child-failed':
    'Phase 2 (die Child SA) konnte nicht aufgebaut werden; die IKE SA bleibt bestehen.',
  'explain.aws.ts-unacceptable':
    'Der Responder hat die Traffic-Selektoren abgelehnt (TS_UNACCEPTABLE): die Netze beider Seiten unterscheiden sich.',
  'explain.aws.auth-failed-sent':
    'AWS konnte das Customer Gateway nicht authentifizieren (IKE_AUTH) und antwortet mit AUTHENTICATION_FAILED.',
  'explain.aws.half-open-timeout':
    'Das Customer Gateway {cgw} hat die Aushandlung nicht fortgesetzt; AWS löscht die halboffene IKE SA.',
  'explain.aws.exchange': 'IKEv2: {ex} {rr} (Message-ID {id}) – AWS: {verb}.',
  'explain.aws.dpd-request': 'AWS sendet eine Dead-Peer-Detection-Anfrage auf Tunnel {tunnel}.',
  'explain.aws.dpd-response': 'Das Customer Gateway hat auf die Dead Peer Detection geantwortet.',
  'explain.aws.phase-established': 'Tunnel {tunnel}: Phase {p} ist aufgebaut.',
  'explain.aws.notify': 'Notify {n} – AWS: {dir}.',
  'explain.aws.peer-silent': 'Das Customer Gateway hat nicht geantwortet.',
  'explain.aws.state-only': 'Zustand von Tunnel {tunnel}: Phase 1 {phase1}, Phase 2 {phase2}.',
  'explain.aws.other': 'AWS-Tunnelmeldung ohne Bedeutung für die Diagnose: {details}',
  'explain.aws.bgp': 'BGP-Log von Tunnel {tunnel} ({st}): {text}',

  'fix.ESTABLISHED.aws':
    'AWS: nichts zu beheben. Wenn kein Verkehr fließt, die VPC-Routingtabellen (Route Propagation vom Virtual Private Gateway oder Transit-Gateway-Routen), die Security Groups und Network ACLs sowie den Tunnelzustand prüfen: `aws ec2 describe-vpn-connections --vpn-connection-ids <vpn-id> --query "VpnConnections[].VgwTelemetry"`.',
  'fix.PEER_UNREACHABLE.aws':
    'AWS: das Customer Gateway {peer} antwortet nicht. Prüfen, ob die öffentliche Adresse des Customer Gateways der im AWS-Customer-Gateway konfigurierten entspricht (VPC > Customer gateways), ob UDP 500, UDP 4500 und ESP es von beiden Tunnel-Outside-Adressen aus erreichen und ob das Gerät initiiert oder AWS initiieren darf: Modify VPN tunnel options > Startup action = Start (`aws ec2 modify-vpn-tunnel-options --vpn-connection-id <vpn-id> --vpn-tunnel-outside-ip-address <tunnel outside ip> --tunnel-options StartupAction=start`).',
  'fix.PEER_NOT_CONFIGURED.aws':
    'AWS: die Adresse des Customer Gateways muss die des Customer Gateways der VPN-Verbindung sein (VPC > Site-to-Site VPN connections > Details); eine geänderte Adresse erfordert ein neues Customer Gateway und `aws ec2 modify-vpn-connection --vpn-connection-id <vpn-id> --customer-gateway-id <new cgw-id>`. Die Gerätekonfiguration erneut herunterladen (Download configuration / `aws ec2 get-vpn-connection-device-sample-configuration`).',
  'fix.IKE_VERSION_MISMATCH.aws':
    'AWS: VPC > Site-to-Site VPN connections > Actions > Modify VPN tunnel options > IKE version (ikev1 / ikev2) wie auf dem Customer Gateway einstellen: `aws ec2 modify-vpn-tunnel-options --vpn-connection-id <vpn-id> --vpn-tunnel-outside-ip-address <tunnel outside ip> --tunnel-options IKEVersions=[{Value=ikev2}]`.',
  'fix.MODE_MISMATCH.aws':
    'AWS: AWS-Tunnel verwenden IKEv1 Main Mode (kein Aggressive Mode) oder IKEv2 sowie ESP im Tunnelmodus: das Customer Gateway entsprechend einstellen oder IKEv2 auf dem Tunnel erlauben (`--tunnel-options IKEVersions=[{Value=ikev2}]`).',
  'fix.IKE_PROPOSAL_MISMATCH.aws':
    'AWS: Modify VPN tunnel options > Phase 1 encryption / integrity / DH group numbers müssen die des Customer Gateways enthalten ({param}: AWS {local}, der Peer {remote}). AWS erlaubt AES128, AES256, AES128-GCM-16, AES256-GCM-16; SHA1, SHA2-256/384/512; DH-Gruppen 2, 14-24. CLI: `aws ec2 modify-vpn-tunnel-options --vpn-connection-id <vpn-id> --vpn-tunnel-outside-ip-address <tunnel outside ip> --tunnel-options Phase1EncryptionAlgorithms=[{Value=AES256}],Phase1IntegrityAlgorithms=[{Value=SHA2-256}],Phase1DHGroupNumbers=[{Value=14}]`.',
  'fix.PSK_MISMATCH.aws':
    'AWS: auf beiden Seiten denselben Pre-Shared Key setzen: Modify VPN tunnel options > Pre-shared key (8-64 Zeichen, Buchstaben, Ziffern, `.` und `_`, nicht mit 0 beginnend) oder `aws ec2 modify-vpn-tunnel-options --vpn-connection-id <vpn-id> --vpn-tunnel-outside-ip-address <tunnel outside ip> --tunnel-options PreSharedKey=<key>`; jeder Tunnel hat seinen eigenen Schlüssel.',
  'fix.ID_MISMATCH.aws':
    'AWS: die AWS-Seite identifiziert sich mit der Tunnel-Outside-Adresse und erwartet die öffentliche Adresse des Customer Gateways (bzw. sein Zertifikat bei zertifikatbasierter Authentifizierung); die lokale Identität des Customer Gateways auf seine öffentliche Adresse (oder die Adresse des AWS-Customer-Gateway-Objekts) und die Remote-Identität auf die Tunnel-Outside-Adresse setzen.',
  'fix.CERT_INVALID.aws':
    'AWS: bei Zertifikatsauthentifizierung muss das Zertifikat des Customer Gateways von AWS Private CA stammen und zum Customer-Gateway-Objekt passen (VPC > Customer gateways > Certificate ARN); es erneuern oder neu ausstellen und die Kette der AWS-Seite auf dem Gerät importieren.',
  'fix.AUTH_FAILED.aws':
    'AWS: die Authentifizierung beider Seiten vergleichen: den Pre-Shared Key des Tunnels (Modify VPN tunnel options > Pre-shared key, `--tunnel-options PreSharedKey=<key>`) oder das Zertifikat sowie die Identitäten, die das Customer Gateway sendet.',
  'fix.TS_MISMATCH.aws':
    'AWS: die Traffic-Selektoren der VPN-Verbindung sind Local IPv4 network CIDR und Remote IPv4 network CIDR (Standard 0.0.0.0/0): `aws ec2 modify-vpn-connection-options --vpn-connection-id <vpn-id> --local-ipv4-network-cidr <on-premises cidr> --remote-ipv4-network-cidr <vpc cidr>`; ein Policy-basiertes Customer Gateway muss genau diese vorschlagen (der Peer schlug lokal {local}, remote {remote} vor) oder eine einzige Security Association für 0.0.0.0/0 verwenden.',
  'fix.CHILD_PROPOSAL_MISMATCH.aws':
    'AWS: Modify VPN tunnel options > Phase 2 encryption / integrity / DH group numbers müssen die des Customer Gateways enthalten ({param}: AWS {local}, der Peer {remote}): `--tunnel-options Phase2EncryptionAlgorithms=[{Value=AES256}],Phase2IntegrityAlgorithms=[{Value=SHA2-256}],Phase2DHGroupNumbers=[{Value=14}]`.',
  'fix.PFS_MISMATCH.aws':
    'AWS: AWS verlangt PFS in Phase 2: das Customer Gateway muss eine der Phase-2-DH-Gruppen des Tunnels verwenden (AWS {local}, der Peer {remote}); diese mit `--tunnel-options Phase2DHGroupNumbers=[{Value=14}]` ändern oder PFS mit dieser Gruppe auf dem Gerät aktivieren.',
  'fix.DPD_PEER_DEAD.aws':
    'AWS: klären, warum das Customer Gateway {peer} nicht mehr auf DPD antwortet (Erreichbarkeit, Last des Geräts, Filterung oder Rate Limiting von UDP 500/4500). DPD-Einstellungen: Modify VPN tunnel options > DPD timeout (Sekunden) und DPD timeout action (Clear / None / Restart): `--tunnel-options DPDTimeoutSeconds=40,DPDTimeoutAction=restart`; mit Restart baut AWS den Tunnel wieder auf, sobald das Gerät antwortet.',
  'fix.NAT_T_BLOCKED.aws':
    'AWS: ein Customer Gateway hinter NAT braucht NAT-T über UDP 4500 in beide Richtungen; UDP 4500 von beiden Tunnel-Outside-Adressen erlauben und das NAT-Mapping aufrechterhalten (DPD oder Keepalives auf dem Gerät).',
  'fix.SA_DELETED_BY_PEER.aws':
    'AWS: das Customer Gateway hat die SA gelöscht: den Grund in dessen Log nachlesen. Startup action = Start und DPD timeout action = Restart setzen (`--tunnel-options StartupAction=start,DPDTimeoutAction=restart`), damit AWS neu aushandelt.',
  'fix.STALE_SA.aws':
    'AWS: den Tunnel zurücksetzen, damit beide Seiten neu beginnen: `aws ec2 replace-vpn-tunnel --vpn-connection-id <vpn-id> --vpn-tunnel-outside-ip-address <tunnel outside ip>` (der Tunnel ist einige Minuten lang down) und die SAs auf dem Customer Gateway löschen.',
  'fix.TUNNEL_DOWN.aws':
    'AWS: die Zeilen vor dem Ausfall des Tunnels nennen die Ursache; `aws ec2 describe-vpn-connections --vpn-connection-ids <vpn-id>` zeigt Status und Meldung jedes Tunnels; AWS-Health-Ereignisse melden den Austausch von Tunnel-Endpunkten (VPC > Site-to-Site VPN connections > Tunnel details).',
  'fix.REKEY_FAILED.aws':
    'AWS: Phase-1-/Phase-2-Lebensdauer (Sekunden), Rekey margin time und die Phase-2-DH-Gruppen des Tunnels mit denen des Customer Gateways vergleichen (`--tunnel-options Phase1LifetimeSeconds=28800,Phase2LifetimeSeconds=3600,RekeyMarginTimeSeconds=540`).',
  'fix.LIFETIME_MISMATCH.aws':
    'AWS: Modify VPN tunnel options > Phase 1 lifetime (900-28800 s) und Phase 2 lifetime (900-3600 s) wie auf dem Customer Gateway einstellen: `--tunnel-options Phase1LifetimeSeconds=28800,Phase2LifetimeSeconds=3600`.',
  'fix.WEAK_CRYPTO.aws':
    'AWS: auf dem Tunnel nur starke Algorithmen erlauben: `--tunnel-options IKEVersions=[{Value=ikev2}],Phase1EncryptionAlgorithms=[{Value=AES256-GCM-16}],Phase1IntegrityAlgorithms=[{Value=SHA2-384}],Phase1DHGroupNumbers=[{Value=20}],Phase2EncryptionAlgorithms=[{Value=AES256-GCM-16}],Phase2DHGroupNumbers=[{Value=20}]` und das Customer Gateway passend konfigurieren (kein SHA1, keine DH-Gruppe 2).',
  'fix.INCONCLUSIVE.aws':
    'AWS: das Tunnel Activity Log auf beiden Tunneln aktivieren (Modify VPN tunnel options > Tunnel activity log > Enable, CloudWatch-Log-Gruppe, Ausgabeformat json; `--tunnel-options LogOptions={CloudWatchLogOptions={LogEnabled=true,LogGroupArn=<arn>,LogOutputFormat=json}}`), die Aushandlung reproduzieren und den Log-Stream zusammen mit dem Log des Customer Gateways analysieren.',
};
export default messages;
