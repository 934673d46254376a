// Syslog lines of several dialects for the server's tests and benchmark: one tunnel per
// scenario that comes up and then goes down. Message bodies are real lines (from the dialects'
// case logs, which quote vendor documentation and lab runs); the syslog headers are what a
// relay or the device itself puts in front of them.
export interface Scenario {
  dialect: string;
  /** Device the row shows; null: the sending address (the syslog header names no host). */
  device: string | null;
  /** Peer the tunnel row shows (address, else identity). */
  peer: string;
  up: string[];
  down: string[];
}

export const SCENARIOS: readonly Scenario[] = [
  {
    dialect: 'strongswan',
    device: 'moon',
    peer: '192.0.2.20',
    up: [
      '<30>Nov 24 21:00:01 moon charon: 07[IKE] <moon-sun|4> IKE_SA moon-sun[4] established between 192.0.2.10[moon.example.org]...192.0.2.20[sun.example.org]',
      '<30>Nov 24 21:00:01 moon charon: 07[IKE] <moon-sun|4> CHILD_SA net{7} established with SPIs c0f1e2d3_i ca9b8c7d_o and TS 10.1.0.0/16 === 10.2.0.0/16',
    ],
    down: [
      '<30>Nov 24 21:14:36 moon charon: 13[IKE] <moon-sun|4> received DELETE for IKE_SA moon-sun[4]',
      '<30>Nov 24 21:14:36 moon charon: 13[IKE] <moon-sun|4> deleting IKE_SA moon-sun[4] between 192.0.2.10[moon.example.org]...192.0.2.20[sun.example.org]',
    ],
  },
  {
    dialect: 'pluto',
    device: 'gw-b',
    peer: '@dc2.example.net',
    up: [
      '<30>Nov 24 15:17:03 gw-b pluto[812]: "dc-link" #1: initiator established IKE SA; authenticated peer using authby=secret and ID_FQDN \'@dc2.example.net\'',
      '<30>Nov 24 15:17:03 gw-b pluto[812]: "dc-link" #2: initiator established Child SA using #1; IPsec tunnel [10.1.0.0-10.1.255.255:0-65535 0] -> [10.2.0.0-10.2.255.255:0-65535 0] {ESP=>0xd1a4c2e8 <0x5b90f3a7 xfrm=AES_GCM_16_256-NONE DPD=active}',
    ],
    down: [
      '<30>Nov 24 16:02:41 gw-b pluto[812]: "dc-link" #1: STATE_V2_ESTABLISHED_IKE_SA: 10 second timeout exceeded after 4 retransmits.  No response (or no acceptable response) to our IKEv2 message',
      '<30>Nov 24 16:02:41 gw-b pluto[812]: "dc-link" #1: liveness action - restarting all connections that share this peer',
      '<30>Nov 24 16:02:41 gw-b pluto[812]: "dc-link" #2: deleting state (STATE_V2_ESTABLISHED_CHILD_SA) aged 2677.846s and NOT sending notification',
      '<30>Nov 24 16:02:41 gw-b pluto[812]: "dc-link" #1: deleting state (STATE_V2_ESTABLISHED_IKE_SA) aged 2677.883s and NOT sending notification',
    ],
  },
  {
    dialect: 'cisco-ios',
    device: 'rtr1',
    peer: '10.6.6.1',
    up: ['<189>Nov 24 21:00:02 rtr1 %CRYPTO-5-SESSION_STATUS: Crypto session is UP. Peer 10.6.6.1:500 fvrf=name10 ivrf=name20 Description: SJC24-2-VPN-Gateway Id: 10.5.5.2'],
    down: ['<189>Nov 24 21:10:02 rtr1 %CRYPTO-5-SESSION_STATUS: Crypto session is DOWN. Peer 10.6.6.1:500 fvrf=name10 ivrf=name20 Description: SJC24-2-VPN-Gateway Id: 10.5.5.2'],
  },
  {
    dialect: 'cisco-asa',
    device: 'asa1',
    peer: '198.51.100.7',
    up: [
      '<166>Jun  3 11:22:07 asa1 %ASA-5-713119: Group = 198.51.100.7, IP = 198.51.100.7, PHASE 1 COMPLETED',
      '<166>Jun  3 11:22:08 asa1 %ASA-5-713049: Group = 198.51.100.7, IP = 198.51.100.7, Security negotiation complete for LAN-to-LAN Group (198.51.100.7)  Initiator, Inbound SPI = 0x7c1d2a4e, Outbound SPI = 0x3f8b9c21',
      '<166>Jun  3 11:22:08 asa1 %ASA-5-713120: Group = 198.51.100.7, IP = 198.51.100.7, PHASE 2 COMPLETED (msgid=9f0ae6d2)',
    ],
    down: [
      '<166>Jun  3 13:05:51 asa1 %ASA-3-713123: Group = 198.51.100.7, IP = 198.51.100.7, IKE lost contact with remote peer, deleting connection (keepalive type: DPD)',
      '<166>Jun  3 13:05:51 asa1 %ASA-4-113019: Group = 198.51.100.7, Username = 198.51.100.7, IP = 198.51.100.7, Session disconnected. Session Type: LAN-to-LAN, Duration: 1h:43m:44s, Bytes xmt: 182733, Bytes rcv: 201344, Reason: Lost Service',
    ],
  },
  {
    dialect: 'panos',
    device: null,
    peer: '200.100.1.254',
    up: [
      '<14>Jul  7 08:00:11 PA-VM 1,2021/07/07 08:00:11,007200001234,SYSTEM,vpn,0,2021/07/07 08:00:11,,ike-nego-p1-succ,GW-NAME,0,0,general,informational,"IKE phase-1 negotiation is succeeded as initiator, main mode. Established SA: 200.100.5.1[500]-200.100.1.254[500] cookie:5e6f2a1b3c4d5e6f:8a7b6c5d4e3f2a1b lifetime 28800 Sec.",7012490,0x0,0,0,0,0,,PA-VM',
      '<14>Jul  7 08:00:12 PA-VM 1,2021/07/07 08:00:12,007200001234,SYSTEM,vpn,0,2021/07/07 08:00:12,,ike-nego-p2-succ,TUN-NAME,0,0,general,informational,"IKE phase-2 negotiation is succeeded as initiator, quick mode. Established SA: 200.100.5.1[500]-200.100.1.254[500] message id:0x9A3B2C1D, SPI:0xC3E2A1B0/0x0A1B2C3D.",7012491,0x0,0,0,0,0,,PA-VM',
    ],
    down: [
      '<14>Jul  7 09:12:44 PA-VM 1,2021/07/07 09:12:44,007200001234,SYSTEM,vpn,0,2021/07/07 09:12:44,,ike-dpd-peer-dead,GW-NAME,0,0,general,informational,"IKE phase-1 SA is deleted SA: 200.100.5.1[500]-200.100.1.254[500] cookie:5e6f2a1b3c4d5e6f:8a7b6c5d4e3f2a1b. Due to DPD timeout, peer is dead.",7012500,0x0,0,0,0,0,,PA-VM',
    ],
  },
];
