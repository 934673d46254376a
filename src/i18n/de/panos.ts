// de messages: panos
const messages: Record<string, string> = {
  // ---- system log (Monitor > Logs > System, subtype vpn) ----
  'explain.panos.csv-header':
    'Kopfzeile eines über die Weboberfläche als CSV exportierten Systemlogs; sie benennt die Spalten der folgenden Zeilen.',
  'explain.panos.event-id': 'Event-ID {eventid} des Systemlog-Eintrags, dessen Beschreibung folgt.',
  'explain.panos.p1-no-config':
    'Ein Peer unter {remote} (Port {rport}) hat IKE Phase 1 gestartet, aber kein IKE-Gateway dieser Firewall hat diese Peer-Adresse: die Anfrage wird abgelehnt.',
  'explain.panos.p1-fail':
    'Phase 1 ({mode} mode) ist mit dieser Firewall als {role} fehlgeschlagen, zwischen {local} und {remote}, Cookies {icookie}:{rcookie}; Grund: {reason}. Ein Responder-Cookie aus Nullen bedeutet, dass der Peer nie geantwortet hat.',
  'explain.panos.no-proposal':
    'Phase {ph} fehlgeschlagen: keiner der Vorschläge des Peers passt zum Crypto-Profil dieser Firewall (Verschlüsselung, Authentifizierung/Hash, DH-Gruppe oder Lebensdauer weichen ab).',
  'explain.panos.psk-mismatch':
    'Phase 1 fehlgeschlagen, weil die Pre-Shared Keys beider Seiten höchstwahrscheinlich unterschiedlich sind (die verschlüsselte Nachricht des Peers ließ sich nicht verifizieren).',
  'explain.panos.p1-start':
    'Phase 1 ({mode} mode) beginnt mit dieser Firewall als {role}: {local} ↔ {remote}, Initiator-Cookie {icookie}.',
  'explain.panos.p1-succ':
    'Phase 1 ({mode} mode) ist als {role} zwischen {local} und {remote} aufgebaut; die IKE SA gilt {lifetime} Sekunden.',
  'explain.panos.dpd': 'Dead Peer Detection hat den Peer aufgegeben: die SA wird abgebaut. ({text})',
  'explain.panos.sa-deleted': 'Die {what} SA zwischen {local} und {remote} wurde gelöscht.',
  'explain.panos.p2-start':
    'Phase 2 (Quick Mode) beginnt als {role} zwischen {local} und {remote}, Message-ID 0x{msgid}.',
  'explain.panos.p2-succ':
    'Phase 2 (Quick Mode) als {role} erfolgreich: die IPsec SAs sind aktiv (SPIs 0x{spi1}/0x{spi2}).',
  'explain.panos.p2-fail':
    'Phase 2 (Quick Mode) als {role} zwischen {local} und {remote} fehlgeschlagen (Message-ID 0x{msgid}).{tail}',
  'explain.panos.proxy-id':
    'Phase 2 am {what} fehlgeschlagen: die vom Peer vorgeschlagenen Netze passen zu keiner für den Tunnel konfigurierten Proxy-ID.{tail}',
  'explain.panos.v2-ike-start':
    'IKEv2: die Aushandlung der IKE SA ({rekey}) beginnt als {role}, {local} ↔ {remote}, SPI {spiI}.',
  'explain.panos.v2-ike-succ':
    'IKEv2: die IKE SA ({rekey}) ist als {role} zwischen {local} und {remote} aufgebaut.',
  'explain.panos.v2-ike-fail':
    'IKEv2: die Aushandlung der IKE SA ({rekey}) ist als {role} zwischen {local} und {remote} fehlgeschlagen.{tail}',
  'explain.panos.v2-child-start':
    'IKEv2: eine Aushandlung einer Child SA ({rekey}) beginnt als {role}, Message-ID 0x{msgid}.',
  'explain.panos.v2-child-succ':
    'IKEv2: die Child SA ({rekey}) ist als {role} aufgebaut (SPIs 0x{spi1}/0x{spi2}).',
  'explain.panos.v2-child-fail':
    'IKEv2: die Aushandlung der Child SA ({rekey}) ist als {role} fehlgeschlagen.{tail}',
  'explain.panos.key-installed':
    'Die IPsec SAs (SPIs 0x{spi1}/0x{spi2}) wurden in der Data Plane installiert: der Tunnel überträgt Verkehr.',
  'explain.panos.key-deleted': 'Die IPsec SAs (SPIs 0x{spi1}/0x{spi2}) wurden aus der Data Plane entfernt.',
  'explain.panos.notify': 'IKE-Notify {name} ({dir}).',
  'explain.panos.delete-msg': 'Delete-Nachricht für {what}: {dir} peer.',
  'explain.panos.alg-not-presented':
    'Gateway {gw}: der konfigurierte {what} {alg} ist nicht unter den vom Peer vorgeschlagenen Algorithmen ({where} proposal): kein gemeinsamer Vorschlag.',
  'explain.panos.v2-proposal-mismatch':
    'IKEv2: der Vorschlag des Peers passt zu nichts im Crypto-Profil dieser Firewall.',
  'explain.panos.generic-no-proposal':
    'Die Aushandlung endete mit NO_PROPOSAL_CHOSEN: beide Seiten haben keinen gemeinsamen Vorschlag.',
  'explain.panos.peer-id-mismatch':
    'Der Peer hat sich als {idtype} {id} identifiziert; das ist nicht die am IKE-Gateway konfigurierte Peer-Identifikation.',

  // ---- ikemgr.log (less mp-log ikemgr.log) ----
  'explain.panos-ikemgr.nego-banner': 'ikemgr: Aushandlung {what} {result}{tail}.',
  'explain.panos-ikemgr.key-banner': 'ikemgr: IPsec-Schlüssel {what} {result}.',
  'explain.panos-ikemgr.sa-banner': 'ikemgr: {which} SA {local} ↔ {remote}{tail}.',
  'explain.panos-ikemgr.due-banner': 'ikemgr: die Aushandlung ist fehlgeschlagen wegen {reason}.',
  'explain.panos-ikemgr.other-banner': 'ikemgr: {text}.',
  'explain.panos-ikemgr.compared-start':
    'Beginn des Vergleichs der Phase-1-Vorschläge: jede folgende Zeile hat die Form `parameter = diese Firewall:Peer`.',
  'explain.panos-ikemgr.compared-attr': 'Verglichen: {attr}: diese Firewall {db}, der Peer {peer}.',
  'explain.panos-ikemgr.rejected':
    'Der Vorschlag des Peers wurde wegen {attr} abgelehnt: diese Firewall hat {db}, der Peer bietet {peer} (unser prop#{dbp}/trns#{dbt} gegen Peer prop#{pp}/trns#{pt}).',
  'explain.panos-ikemgr.p2-mismatch':
    'Phase-2-Vergleich: {attr} weicht ab, diese Firewall {db}, der Peer {peer}.',
  'explain.panos-ikemgr.p2-long':
    'Phase-2-Vergleich: {what} vorgeschlagen, diese Firewall {db}, der Peer {peer}.',
  'explain.panos-ikemgr.no-suitable': 'Kein Vorschlag des Peers passt zum Crypto-Profil dieser Firewall.',
  'explain.panos-ikemgr.no-valid-proposal':
    'Die Phase-1-Aushandlung mit dem Peer bricht ab: kein gültiger Vorschlag.',
  'explain.panos-ikemgr.no-responder-proposal':
    'Als Responder im Quick Mode konnte kein Phase-2-Vorschlag (IPSec-Crypto-Profil, PFS) vereinbart werden.',
  'explain.panos-ikemgr.no-sainfo':
    'Die vom Peer im Quick Mode vorgeschlagenen Netze passen zu keiner Proxy-ID dieser Firewall.',
  'explain.panos-ikemgr.p1-timeup':
    'Phase 1 aufgegeben: der Peer hat nicht rechtzeitig geantwortet (Cookies {icookie}:{rcookie}).',
  'explain.panos-ikemgr.p2-timeup': 'Phase 2 hat das Warten aufgegeben{tail}.',
  'explain.panos-ikemgr.giveup-ipsec':
    'Keine IPsec SA rechtzeitig erhalten: Phase 2 wurde nicht abgeschlossen.',
  'explain.panos-ikemgr.hash-decrypt':
    'Die verschlüsselte Main-Mode-Nachricht des Peers ergab entschlüsselt keinen gültigen HASH: beide Seiten haben unterschiedliche Schlüssel abgeleitet, fast immer ein abweichender Pre-Shared Key.',
  'explain.panos-ikemgr.vendor-id': 'Der Peer hat die Vendor-ID {vid} angekündigt.',
  'explain.panos-ikemgr.dpd-dead':
    'Dead Peer Detection: der Peer der ISAKMP SA {spi} antwortet nicht mehr und gilt als tot.',
  'explain.panos-ikemgr.isakmp-established': 'ISAKMP SA (Phase 1) zwischen {local} und {remote} aufgebaut.',
  'explain.panos-ikemgr.isakmp-deleted': 'ISAKMP SA (Phase 1) zwischen {local} und {remote} gelöscht.',
  'explain.panos-ikemgr.ipsec-established':
    'IPsec SA aufgebaut: {proto}/{encmode} {src} → {dst}, SPI 0x{spihex}.',
  'explain.panos-ikemgr.notification': 'Der Peer hat Notify {name} ({num}) gesendet.',
  'explain.panos-ikemgr.auth-failed': 'Authentifizierung des Peers fehlgeschlagen.',
  'explain.panos-ikemgr.aborting': 'Die IKEv2 SA wird abgebrochen ({what}).',

  // ---- fix steps on PAN-OS ----
  'fix.PEER_NOT_CONFIGURED.panos':
    'PAN-OS: Network > Network Profiles > IKE Gateways öffnen und prüfen, ob die Peer Address des Gateways {peer} ist (und das lokale Interface bzw. die lokale Adresse, mit der sich der Peer verbindet). Für diese Meldung muss am Peer nichts geändert werden.',
  'fix.PEER_UNREACHABLE.panos':
    'PAN-OS: 1) Erreichbarkeit vom externen Interface der Firewall testen: `ping source <external IP of this firewall> host {peer}`. 2) Policies > Security: wenn eine Regel Verkehr untrust→untrust verbietet, eine Allow-Regel von Zone untrust nach untrust mit den Applikationen ike und ipsec hinzufügen (Adressen any oder beide VPN-Endpunkte); die Policy des Peers ebenso prüfen. 3) Die Phase-1-Einstellungen auf beiden Seiten prüfen. Details: `debug ike global on debug`, dann `less mp-log ikemgr.log`.',
  'fix.IKE_PROPOSAL_MISMATCH.panos':
    'PAN-OS: Network > Network Profiles > IKE Crypto: das vom IKE-Gateway verwendete Profil an den Peer anpassen; {param} weicht ab (diese Firewall {local}, der Peer {remote}). Welcher Parameter abweicht: `debug ike global on debug`, `less mp-log ikemgr.log`, nach "Compared: DB:Peer" suchen (jede Zeile hat die Form `parameter = diese Firewall:Peer`); danach `debug ike global on normal`.',
  'fix.PSK_MISMATCH.panos':
    'PAN-OS: Network > Network Profiles > IKE Gateways > (Gateway) > Pre-shared Key: den Schlüssel auf dieser Firewall neu eingeben und prüfen, ob der Peer exakt denselben Schlüssel verwendet.',
  'fix.TS_MISMATCH.panos':
    'PAN-OS: Network > IPSec Tunnels > (Tunnel) > Proxy IDs: eine Proxy-ID hinzufügen, deren lokale und entfernte Netze die des Peers spiegeln (der Peer hat lokal {local}, remote {remote} vorgeschlagen); Protokoll any auf beiden Seiten.',
  'fix.CHILD_PROPOSAL_MISMATCH.panos':
    'PAN-OS: Network > Network Profiles > IPSec Crypto: das Profil des Tunnels an die Phase-2-Einstellungen des Peers anpassen (ESP/AH, Verschlüsselung, Authentifizierung, DH-Gruppe, Lebensdauer); {param} weicht ab (diese Firewall {local}, der Peer {remote}).',
  'fix.PFS_MISMATCH.panos':
    'PAN-OS: Network > Network Profiles > IPSec Crypto > DH Group: dieselbe PFS-Gruppe wie der Peer einstellen (diese Firewall {local}, der Peer {remote}) oder no-pfs auf beiden Seiten.',
  'fix.DPD_PEER_DEAD.panos':
    'PAN-OS: Network > Network Profiles > IKE Gateways > (Gateway) > Advanced Options > Dead Peer Detection: prüfen, ob Interval und Retry zum Peer passen; dann klären, warum der Peer nicht mehr antwortet (Erreichbarkeit von {peer}, Zustand des Peers, UDP 500/4500 auf dem Pfad).',
};
export default messages;
