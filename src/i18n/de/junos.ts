// de messages: junos
const messages: Record<string, string> = {
  'explain.junos.sa-established':
    'Eine IPsec SA steht zwischen {local} und {remote}: {dir} SPI 0x{spi} (Selektoren {lid} ↔ {rid}).',
  'explain.junos.sa-deleted': 'Eine IPsec SA zwischen {local} und {remote} wurde gelöscht.',
  'explain.junos.vpn-up': 'VPN {vpn} zum Peer {remote} ist up.',
  'explain.junos.vpn-down': 'VPN {vpn} zum Peer {remote} ist down.{tail}',
  'explain.junos.negotiation': 'Aushandlung {what}: {ok}{err}.',
  'explain.junos.p1-policy-lookup':
    'Phase 1 als {role}: kein IKE-Gateway passt zur lokalen Adresse {local} und zum Peer {remote}; die Anfrage wird abgelehnt.',
  'explain.junos.p1-lookup-legacy':
    'Phase 1 als {role}: keine IKE-Policy bzw. kein IKE-Gateway passt zum Peer.',
  'explain.junos.p2-policy-lookup':
    'Phase 2 als {role}: kein IPsec-VPN passt zu den vom Peer {remote} vorgeschlagenen Proxy-IDs ({src} → {dst}).',
  'explain.junos.pv-phase1': 'Phase 1 fehlgeschlagen: {err} (Peer-SPI {spi1}, {src} → {dst}).',
  'explain.junos.pv-phase2': 'Phase 2 fehlgeschlagen: {err} (SPI {spi}, {src} → {dst}).',
  'explain.junos.phase2-text': 'Phase 2: {text}',
  'explain.junos.ts-mismatch':
    'Die vom Peer vorgeschlagenen Traffic-Selektoren passen nicht zu den konfigurierten:{text}',
  'explain.junos.dpd-down': 'Dead Peer Detection hat den Peer für down erklärt:{text}',
  'explain.junos.p1-done': 'Phase 1 steht als {role} zwischen {local} und {remote}.',
  'explain.junos.p2-done':
    'Phase 2 steht als {role}: die IPsec SA für die Traffic-Selektoren in dieser Zeile ist aufgebaut.',
  'explain.junos.trace-sa-done':
    'kmd-Trace: die Aushandlung der IKEv{v} SA zwischen {local} und {remote} ist beendet.',
  'explain.junos.trace-nego-done':
    'kmd-Trace: die IKEv{v}-Aushandlung zwischen {local} und {remote} endete mit Status „{status}“ („Error ok“ bedeutet Erfolg).',
  'explain.junos.config-download': 'kmd hat die VPN-Konfiguration geladen; ohne Bedeutung für die Diagnose.',

  'fix.ESTABLISHED.junos':
    'Junos: nichts zu beheben. Wenn kein Verkehr fließt, die Route zum entfernten Netz über st0.x, die Security Policies zwischen den Zonen von st0.x und dem LAN sowie `show security ipsec security-associations detail` prüfen.',
  'fix.PEER_UNREACHABLE.junos':
    'Junos: `set security ike gateway <gw> address {peer}` und `external-interface` prüfen; IKE auf diesem Interface zulassen: `set security zones security-zone untrust interfaces <if> host-inbound-traffic system-services ike`; `ping {peer} source <external IP>`; `monitor traffic interface <if> matching "udp port 500 or udp port 4500"`; jede Firewall auf dem Pfad muss UDP 500/4500 und ESP durchlassen.',
  'fix.PEER_NOT_CONFIGURED.junos':
    'Junos: das Gateway für {peer} anlegen oder korrigieren: `set security ike gateway <gw> address {peer}`, `set security ike gateway <gw> external-interface <if>` (das Interface, das der Peer erreicht), `set security ike gateway <gw> ike-policy <policy>`; ein dynamischer Peer braucht `dynamic hostname`/`dynamic inet` und passende Identitäten.',
  'fix.IKE_VERSION_MISMATCH.junos':
    'Junos: `set security ike gateway <gw> version v2-only` (oder `v1-only`), wie auf dem Peer.',
  'fix.MODE_MISMATCH.junos':
    'Junos: IKEv1-Austauschmodus `set security ike policy <policy> mode main` (oder `aggressive`), wie auf dem Peer; das IPsec-Proposal verwendet auf der SRX den Tunnelmodus.',
  'fix.IKE_PROPOSAL_MISMATCH.junos':
    'Junos: das IKE-Proposal an den Peer anpassen: `set security ike proposal <p> encryption-algorithm aes-256-cbc`, `authentication-algorithm sha-256`, `dh-group group14`, `authentication-method pre-shared-keys` und `set security ike policy <policy> proposals <p>`; {param} weicht ab (diese SRX {local}, der Peer {remote}).',
  'fix.PSK_MISMATCH.junos':
    'Junos: den Schlüssel neu eingeben: `set security ike policy <policy> pre-shared-key ascii-text "<key>"` (identisch auf dem Peer); bei IKEv2 zeigt sich ein falscher Schlüssel als "Authentication failed".',
  'fix.ID_MISMATCH.junos':
    'Junos: `set security ike gateway <gw> local-identity inet <ip>` (oder `hostname <fqdn>`, `user-at-hostname`, `distinguished-name`) und `remote-identity ...` müssen der Remote- bzw. lokalen Identität des Peers entsprechen.',
  'fix.CERT_INVALID.junos':
    'Junos: die CA des Peers laden (`set security pki ca-profile <ca> ca-identity <ca>` und `request security pki ca-certificate load ca-profile <ca> filename <file>`), `set security ike policy <policy> certificate local-certificate <cert>`, die Gültigkeitsdaten und die Uhrzeit (`show system uptime`) sowie die Sperrprüfung des ca-profile kontrollieren.',
  'fix.AUTH_FAILED.junos':
    'Junos: `authentication-method` des IKE-Proposals, Pre-Shared Key bzw. Zertifikate der IKE-Policy sowie `local-identity` / `remote-identity` des Gateways mit dem Peer vergleichen; `set security ike traceoptions flag all` zeigt die fehlschlagende Prüfung.',
  'fix.TS_MISMATCH.junos':
    'Junos: routenbasiertes VPN: `set security ipsec vpn <vpn> ike proxy-identity local <local net> remote <remote net> service any` (oder `traffic-selector <ts> local-ip ... remote-ip ...`) spiegelbildlich zum Peer (der Peer schlug lokal {local}, remote {remote} vor); Policy-basiertes VPN: die Adressen der Tunnel-Security-Policy.',
  'fix.CHILD_PROPOSAL_MISMATCH.junos':
    'Junos: das IPsec-Proposal an den Peer anpassen: `set security ipsec proposal <p> protocol esp encryption-algorithm aes-256-cbc authentication-algorithm hmac-sha-256-128`, `set security ipsec policy <policy> proposals <p>`; {param} weicht ab (diese SRX {local}, der Peer {remote}).',
  'fix.PFS_MISMATCH.junos':
    'Junos: `set security ipsec policy <policy> perfect-forward-secrecy keys group14` wie beim Peer (diese SRX {local}, der Peer {remote}) oder `perfect-forward-secrecy` auf beiden Seiten entfernen.',
  'fix.DPD_PEER_DEAD.junos':
    'Junos: klären, warum {peer} nicht mehr antwortet (Erreichbarkeit, Zustand, UDP 500/4500 auf dem Pfad); DPD wird mit `set security ike gateway <gw> dead-peer-detection interval 10 threshold 5` eingestellt; `set security ipsec vpn <vpn> establish-tunnels immediately` baut den Tunnel wieder auf, sobald der Peer zurück ist.',
  'fix.NAT_T_BLOCKED.junos':
    'Junos: NAT-T ist aktiv, sofern am Gateway nicht `no-nat-traversal` gesetzt ist; `set security ike gateway <gw> nat-keepalive 10` hält das Mapping aufrecht; der Pfad muss UDP 4500 in beide Richtungen durchlassen.',
  'fix.SA_DELETED_BY_PEER.junos':
    'Junos: im Log des Peers nachlesen, warum er die SA gelöscht hat; `set security ipsec vpn <vpn> establish-tunnels immediately` baut den Tunnel wieder auf.',
  'fix.STALE_SA.junos':
    'Junos: die SAs des Peers löschen: `clear security ike security-associations {peer}` und `clear security ipsec security-associations`; DPD und `set security ike respond-bad-spi 5` aktivieren.',
  'fix.TUNNEL_DOWN.junos':
    'Junos: der Reason von KMD_VPN_DOWN_ALARM_USER und die Zeilen davor nennen die Ursache; `show security ike security-associations`, `show security ipsec security-associations` und `show security ipsec inactive-tunnels` zeigen den Zustand.',
  'fix.REKEY_FAILED.junos':
    'Junos: `lifetime-seconds` der IKE- und IPsec-Proposals sowie die PFS-Gruppe der IPsec-Policy mit dem Peer vergleichen.',
  'fix.LIFETIME_MISMATCH.junos':
    'Junos: `set security ike proposal <p> lifetime-seconds <s>` und `set security ipsec proposal <p> lifetime-seconds <s>`, wie auf dem Peer.',
  'fix.WEAK_CRYPTO.junos':
    'Junos: IKEv2 (`version v2-only`) mit `encryption-algorithm aes-256-gcm`, `dh-group group20` im IKE-Proposal und `encryption-algorithm aes-256-gcm` im IPsec-Proposal; des/3des/md5/sha1 und DH-Gruppen 1, 2, 5 entfernen.',
  'fix.INCONCLUSIVE.junos':
    'Junos: die Aushandlung protokollieren: `set security ike traceoptions file kmd-trace size 10m`, `set security ike traceoptions flag all`, `commit`, den Tunnel aufbauen und `show log kmd-trace` lesen; KMD_*-Meldungen gelangen mit `set system syslog file kmd-logs daemon info` und `match KMD` ins Syslog.',
};
export default messages;
