// de messages: azure
const messages: Record<string, string> = {
  'explain.azure.psk-mismatch': 'Das Gateway meldet einen abweichenden Pre-Shared Key mit {peer}: {all}',
  'explain.azure.policy-mismatch':
    'Keine IPsec/IKE-Policy passt zwischen dem Gateway und {peer} (NO_PROPOSAL_CHOSEN): {all}',
  'explain.azure.auth-failed': 'Authentifizierung mit {peer} fehlgeschlagen: {all}',
  'explain.azure.ts-unacceptable':
    'Die Traffic-Selektoren des Gateways und von {peer} passen nicht zusammen (TS_UNACCEPTABLE): {all}',
  'explain.azure.ts-payload': 'Die von {peer} vorgeschlagenen Traffic-Selektoren: {all}',
  'explain.azure.dpd-dead': 'Dead Peer Detection: {peer} antwortet nicht mehr.',
  'explain.azure.no-response': '{peer} hat dem Gateway nicht geantwortet: {all}',
  'explain.azure.retransmit': 'Das Gateway sendet erneut eine Anfrage an {peer} (noch keine Antwort).',
  'explain.azure.delete-ike': 'Die IKE SA mit {peer} wird gelöscht: {all}',
  'explain.azure.delete-child': 'Eine IPsec SA mit {peer} wird gelöscht: {all}',
  'explain.azure.negotiation-failed': 'Die Aushandlung mit {peer} ist fehlgeschlagen: {all}',
  'explain.azure.child-established': 'Eine IPsec SA mit {peer} ist aufgebaut.',
  'explain.azure.ike-established': 'Die IKE SA mit {peer} ist aufgebaut.',
  'explain.azure.proposal': 'Der mit {peer} ausgetauschte Vorschlag: {all}',
  'explain.azure.win-error': 'Der IKE-Stack des Gateways (Windows) meldet einen Fehler mit {peer}: {all}',
  'explain.azure.no-tunnel':
    'Das Gateway hat eine IKE-Verbindung von {peer} ignoriert: keine Verbindung auf dem Gateway passt dazu ({all}).',
  'explain.azure.rejected-settings':
    'Das lokale Gerät (On-Premises) hat den {mode}-Mode-Vorschlag des Gateways abgelehnt: {all}',
  'explain.azure.invalid-payload':
    'Das lokale Gerät (On-Premises) hat einen Payload gesendet, den das Gateway nicht verarbeiten konnte: {all}',
  'explain.azure.failure-type': 'Die Aushandlung mit {peer} ist fehlgeschlagen: {all}',
  'explain.azure.tunnel-connected': 'Der Tunnel zu {peer} ist verbunden ({all}).',
  'explain.azure.tunnel-disconnected': 'Der Tunnel zu {peer} ist getrennt: {all}',
  'explain.azure.packet': 'IKE-Paket mit {peer} ({dir}, Sitzung {session}).',
  'explain.azure.other': 'Ein Gateway-Ereignis ohne Bedeutung für die Diagnose: {all}',

  'fix.ESTABLISHED.azure':
    'Azure: nichts zu beheben. Wenn kein Verkehr fließt, den Adressraum des Local Network Gateways (die lokalen Präfixe), BGP (falls verwendet), NSGs und benutzerdefinierte Routen im VNet sowie den Verbindungsstatus prüfen: `az network vpn-connection show --name <connection> --resource-group <rg> --query connectionStatus`.',
  'fix.PEER_UNREACHABLE.azure':
    'Azure: {peer} antwortet nicht. Die IP-Adresse des Local Network Gateways muss die öffentliche Adresse des Geräts sein (Portal: Local network gateway > Configuration > IP address; `az network local-gateway update --gateway-ip-address <ip> --name <lng> --resource-group <rg>`); UDP 500, UDP 4500 und ESP müssen das Gerät von der/den öffentlichen IP(s) des Gateways erreichen (bei Aktiv-Aktiv beide Instanzen). `az network vnet-gateway packet-capture start` zeigt, was das Gateway verlässt.',
  'fix.PEER_NOT_CONFIGURED.azure':
    'Azure: die Verbindung für {peer} anlegen: ein Local Network Gateway mit dessen öffentlicher IP und Adressraum sowie eine Site-to-Site-Verbindung (IPsec) vom Virtual Network Gateway dorthin (`az network vpn-connection create --name <connection> --resource-group <rg> --vnet-gateway1 <gateway> --local-gateway2 <lng> --shared-key <key>`).',
  'fix.IKE_VERSION_MISMATCH.azure':
    'Azure: das IKE-Protokoll der Verbindung (Portal: Connection > Configuration / Overview, IKEv1 oder IKEv2) muss dem des Geräts entsprechen; es wird beim Anlegen der Verbindung gewählt (`az network vpn-connection create ... --connection-protocol IKEv2`, PowerShell `New-AzVirtualNetworkGatewayConnection -ConnectionProtocol IKEv2`). Policy-basierte Gateways sprechen nur IKEv1.',
  'fix.MODE_MISMATCH.azure':
    'Azure: das Gateway verwendet Main Mode (IKEv1) oder IKEv2 sowie ESP im Tunnelmodus; das Gerät auf Main Mode oder IKEv2 mit Tunnelmodus konfigurieren.',
  'fix.IKE_PROPOSAL_MISMATCH.azure':
    'Azure: der Verbindung eine benutzerdefinierte IPsec/IKE-Policy geben, die zum Gerät passt (Portal: Connection > Configuration > IPsec / IKE policy = Custom: IKE Phase 1 Verschlüsselung, Integrität, DH-Gruppe; {param}: Azure {local}, das Gerät {remote}). PowerShell: `$p = New-AzIpsecPolicy -IkeEncryption AES256 -IkeIntegrity SHA256 -DhGroup DHGroup14 -IpsecEncryption AES256 -IpsecIntegrity SHA256 -PfsGroup None -SALifeTimeSeconds 27000 -SADataSizeKilobytes 102400000`; `Set-AzVirtualNetworkGatewayConnection -VirtualNetworkGatewayConnection $conn -IpsecPolicies $p`. CLI: `az network vpn-connection ipsec-policy add --connection-name <connection> --resource-group <rg> --ike-encryption AES256 --ike-integrity SHA256 --dh-group DHGroup14 --ipsec-encryption AES256 --ipsec-integrity SHA256 --pfs-group None --sa-lifetime 27000 --sa-max-size 102400000`.',
  'fix.PSK_MISMATCH.azure':
    'Azure: auf beiden Seiten denselben Shared Key setzen: Portal Connection > Authentication / Shared key (PSK); CLI `az network vpn-connection shared-key update --connection-name <connection> --resource-group <rg> --value <key>`; PowerShell `Set-AzVirtualNetworkGatewayConnectionSharedKey -Name <connection> -ResourceGroupName <rg> -Value <key>`.',
  'fix.ID_MISMATCH.azure':
    'Azure: das Gateway identifiziert sich mit seiner öffentlichen IP-Adresse und erwartet die öffentliche IP des Geräts (die IP-Adresse des Local Network Gateways) als dessen Identität; die lokale ID des Geräts auf seine öffentliche Adresse setzen (keine private hinter NAT) und die Remote-ID auf die öffentliche IP des Gateways.',
  'fix.CERT_INVALID.azure':
    'Azure: Site-to-Site-Verbindungen authentifizieren sich mit einem Pre-Shared Key (Zertifikatsauthentifizierung gibt es für Point-to-Site und für Verbindungen mit Zertifikatskonfiguration): den Authentifizierungstyp der Verbindung und die Einstellungen des Geräts prüfen.',
  'fix.AUTH_FAILED.azure':
    'Azure: den Shared Key (`az network vpn-connection shared-key show --connection-name <connection> --resource-group <rg>`) und die vom Gerät gesendeten Identitäten (seine öffentliche Adresse) mit denen der Verbindung vergleichen.',
  'fix.TS_MISMATCH.azure':
    'Azure: ein routenbasiertes Gateway schlägt any-to-any (0.0.0.0/0) vor; ein Policy-basiertes Gerät braucht an der Verbindung "Use policy based traffic selector" mit einer benutzerdefinierten IPsec/IKE-Policy (`Set-AzVirtualNetworkGatewayConnection -VirtualNetworkGatewayConnection $conn -UsePolicyBasedTrafficSelectors $true -IpsecPolicies $p`) oder benutzerdefinierte Traffic-Selektoren an der Verbindung; der Adressraum des Local Network Gateways muss den lokalen Netzen des Geräts entsprechen (das Gerät schlug {remote} für seine Seite vor, {local} für Azure).',
  'fix.CHILD_PROPOSAL_MISMATCH.azure':
    'Azure: die IPsec-Phase-2-Werte der benutzerdefinierten IPsec/IKE-Policy (Portal: IPsec encryption, IPsec integrity, PFS group, SA lifetime) auf die des Geräts setzen ({param}: Azure {local}, das Gerät {remote}); `az network vpn-connection ipsec-policy add ... --ipsec-encryption <alg> --ipsec-integrity <alg> --pfs-group <group>` oder `New-AzIpsecPolicy -IpsecEncryption ... -IpsecIntegrity ... -PfsGroup ...`.',
  'fix.PFS_MISMATCH.azure':
    'Azure: die PFS-Gruppe der IPsec/IKE-Policy der Verbindung (`-PfsGroup None|PFS2|PFS14|PFS2048|PFS24|ECP256|ECP384` / `--pfs-group`) muss der Phase-2-DH-Gruppe des Geräts entsprechen oder auf beiden Seiten None sein (Azure {local}, das Gerät {remote}).',
  'fix.DPD_PEER_DEAD.azure':
    'Azure: klären, warum {peer} nicht mehr antwortet (Erreichbarkeit, Zustand des Geräts, UDP 500/4500 auf dem Pfad). Das DPD-Timeout wird an der Verbindung eingestellt (Portal: Connection > Configuration > DPD timeout in seconds; PowerShell `Set-AzVirtualNetworkGatewayConnection -VirtualNetworkGatewayConnection $conn -DpdTimeoutInSeconds 45`).',
  'fix.NAT_T_BLOCKED.azure':
    'Azure: ein Gerät hinter NAT braucht UDP 4500 in beide Richtungen zwischen seinem NAT und der/den öffentlichen IP(s) des Gateways; seine Identität auf die öffentliche Adresse setzen.',
  'fix.SA_DELETED_BY_PEER.azure':
    'Azure: {peer} hat die SA gelöscht: den Grund im Log des Geräts nachlesen; das Gateway handelt bei Verkehr oder bei Initiierung durch das Gerät neu aus.',
  'fix.STALE_SA.azure':
    'Azure: die Verbindung (Portal: Connection > Reset) oder das Gateway (`az network vnet-gateway reset --name <gateway> --resource-group <rg>`) zurücksetzen und die SAs auf dem Gerät löschen.',
  'fix.TUNNEL_DOWN.azure':
    'Azure: die IKEDiagnosticLog-Zeilen vor dem Ereignis TunnelDisconnected nennen die Ursache; eine Trennung auf einer Instanz, gefolgt von einer Verbindung auf der anderen binnen Sekunden, ist ein Gateway-Failover (Wartung), kein Fehler.',
  'fix.REKEY_FAILED.azure':
    'Azure: die SA-Lebensdauern (`-SALifeTimeSeconds`, `-SADataSizeKilobytes`) und die PFS-Gruppe der IPsec/IKE-Policy der Verbindung mit denen des Geräts vergleichen.',
  'fix.LIFETIME_MISMATCH.azure':
    'Azure: die SA-Lebensdauer der IPsec/IKE-Policy der Verbindung (`--sa-lifetime` Sekunden, `--sa-max-size` KB) auf die Phase-2-Lebensdauer des Geräts setzen.',
  'fix.WEAK_CRYPTO.azure':
    'Azure: eine benutzerdefinierte IPsec/IKE-Policy mit IKEv2, GCMAES256 oder AES256, SHA384/SHA256, DHGroup24 oder ECP384 und einer PFS-Gruppe verwenden; kein DES/3DES/MD5/SHA1 und keine DHGroup1/2.',
  'fix.INCONCLUSIVE.azure':
    'Azure: IKEDiagnosticLog und TunnelDiagnosticLog des Gateways an einen Log-Analytics-Workspace senden (Monitor > Diagnostic settings > Add diagnostic setting), die Aushandlung reproduzieren und `AzureDiagnostics | where Category == "IKEDiagnosticLog"` exportieren; `az network vnet-gateway packet-capture start` zeichnet die IKE-Pakete auf.',
};
export default messages;
