// en messages: gcp (Google Cloud VPN logs in Cloud Logging). Charon payloads are explained by the
// strongSwan dialect's messages; `explain.gcp.charon` is the line's own summary. Placeholders:
// {tunnel} / {gateway} / {text} (the entry), {key} / {value} (a field of a pretty-printed entry).
// `fix.<CODE>.gcp`: the fix on the Google Cloud side (Cloud VPN tunnels cannot be edited: they are
// deleted and created again with `gcloud compute vpn-tunnels create`).
const messages: Record<string, string> = {
  'explain.gcp.charon': 'Cloud VPN gateway {gateway}, tunnel {tunnel}: a message of the gateway’s IKE daemon (read as strongSwan charon output).',
  'explain.gcp.proposal-mismatch': 'Cloud VPN tunnel {tunnel}: the peer accepted none of Cloud VPN’s proposals for the {sa} SA (NO_PROPOSAL_CHOSEN): {all}',
  'explain.gcp.ts-narrowed': 'Cloud VPN tunnel {tunnel}: the {side} traffic selectors were narrowed in the negotiation, the peer’s selectors differ from the tunnel’s: {all}',
  'explain.gcp.maintenance': 'Cloud VPN tunnel {tunnel}: Google maintenance of the VPN gateway ({all}); a tunnel may go down and come back meanwhile.',
  'explain.gcp.tunnel-state': 'Cloud VPN tunnel {tunnel} is {st}.',
  'explain.gcp.tunnel-status': 'Cloud VPN tunnel {tunnel} (peer {peer}) has the status {status}: {detail}',
  'explain.gcp.field': 'Field {key} of a Cloud Logging entry ({value}).',
  'explain.gcp.other': 'Cloud VPN gateway message with nothing for the diagnosis: {text}',

  'fix.ESTABLISHED.gcp':
    'Google Cloud: nothing to fix. If traffic does not pass, check the Cloud Router BGP sessions (`gcloud compute routers get-status <router> --region <region>`) or the static routes to the tunnel, the VPC firewall rules for the on-premises ranges, and `gcloud compute vpn-tunnels describe <tunnel> --region <region> --format="value(status,detailedStatus)"`.',
  'fix.PEER_UNREACHABLE.gcp':
    'Google Cloud: the peer {peer} does not answer. Check the tunnel’s peer address (`gcloud compute vpn-tunnels describe <tunnel> --region <region> --format="value(peerIp)"`, or the external VPN gateway’s interface address: `gcloud compute external-vpn-gateways describe <peer-gw>`), and that UDP 500, UDP 4500 and ESP from the Cloud VPN gateway’s interface addresses reach the device.',
  'fix.PEER_NOT_CONFIGURED.gcp':
    'Google Cloud: create the tunnel for {peer}: `gcloud compute external-vpn-gateways create <peer-gw> --interfaces 0=<peer public ip>`, then `gcloud compute vpn-tunnels create <tunnel> --region <region> --vpn-gateway <ha-vpn-gw> --interface 0 --peer-external-gateway <peer-gw> --peer-external-gateway-interface 0 --router <router> --ike-version 2 --shared-secret <secret>`.',
  'fix.IKE_VERSION_MISMATCH.gcp':
    'Google Cloud: a tunnel’s IKE version is set when it is created: delete it (`gcloud compute vpn-tunnels delete <tunnel> --region <region>`) and create it again with `--ike-version 2` (or 1, as the peer); HA VPN with IKEv1 needs a peer that supports it.',
  'fix.MODE_MISMATCH.gcp':
    'Google Cloud: Cloud VPN uses IKEv1 main mode (no aggressive mode) or IKEv2, ESP in tunnel mode: configure the peer accordingly.',
  'fix.IKE_PROPOSAL_MISMATCH.gcp':
    'Google Cloud: Cloud VPN offers all its supported ciphers and cannot be restricted: configure the peer with one of them ({param}: the peer {remote}). Phase 1 (IKEv2): encryption AES-GCM-16/12/8 (128/192/256) or AES-CBC-128/192/256; integrity HMAC-SHA2-256-128, HMAC-SHA2-384-192, HMAC-SHA2-512-256 (HMAC-SHA1-96); PRF PRF-HMAC-SHA2-256/384/512 (PRF-HMAC-SHA1, PRF-AES128-XCBC/CMAC); DH groups 14, 15, 16, 19, 20, 21 (and 2, 5, 18, 22-24, 31). Cloud VPN documentation: "Supported IKE ciphers".',
  'fix.PSK_MISMATCH.gcp':
    'Google Cloud: the shared secret cannot be changed on an existing tunnel: delete it and create it again with the peer’s key: `gcloud compute vpn-tunnels create <tunnel> ... --shared-secret <secret>` (generate one with `openssl rand -base64 24`), or set the peer to the tunnel’s secret.',
  'fix.ID_MISMATCH.gcp':
    'Google Cloud: the Cloud VPN gateway uses its public interface address as its IKE identity and expects the peer’s public address; a peer behind one-to-one NAT must send its public address as its ID (set its local identity, not the private address).',
  'fix.CERT_INVALID.gcp':
    'Google Cloud: Cloud VPN authenticates with a shared secret only; configure the peer for pre-shared key authentication.',
  'fix.AUTH_FAILED.gcp':
    'Google Cloud: compare the shared secret and the IKE identities of both ends (Cloud VPN: its public address; the peer: its public address); recreate the tunnel with `--shared-secret` if the secret is unknown.',
  'fix.TS_MISMATCH.gcp':
    'Google Cloud: HA VPN and route-based Classic VPN propose 0.0.0.0/0 on both sides: configure the peer route-based (or with 0.0.0.0/0 selectors). A policy-based Classic VPN tunnel needs the peer’s exact networks: recreate it with `--local-traffic-selector <gcp cidr>` and `--remote-traffic-selector <on-premises cidr>` (peer proposed local {local}, remote {remote}).',
  'fix.CHILD_PROPOSAL_MISMATCH.gcp':
    'Google Cloud: configure the peer’s phase 2 with one of Cloud VPN’s ciphers ({param}: the peer {remote}): ESP AES-GCM-16/12/8 (128/192/256) or AES-CBC-128/192/256 with HMAC-SHA2-256-128, HMAC-SHA2-384-192, HMAC-SHA2-512-256 (HMAC-SHA1-96).',
  'fix.PFS_MISMATCH.gcp':
    'Google Cloud: Cloud VPN accepts PFS with the phase 1 DH groups (14, 15, 16, 19, 20, 21, ...) and also no PFS; configure the peer’s phase 2 DH group to one of them (the peer {remote}).',
  'fix.DPD_PEER_DEAD.gcp':
    'Google Cloud: the peer {peer} stopped answering dead peer detection (Cloud VPN’s DPD cannot be changed): check the peer’s state and reachability and that UDP 500/4500 pass; HA VPN keeps traffic on the other tunnel when both are configured.',
  'fix.NAT_T_BLOCKED.gcp':
    'Google Cloud: a peer behind NAT needs UDP 4500 both ways to the Cloud VPN gateway’s interface addresses; the peer must use its public (NAT) address as its IKE identity.',
  'fix.SA_DELETED_BY_PEER.gcp':
    'Google Cloud: the peer deleted the SA: read its log for why; Cloud VPN renegotiates when the peer or traffic starts it again.',
  'fix.STALE_SA.gcp':
    'Google Cloud: clear the SAs on the peer; if the tunnel stays stuck, recreate it (`gcloud compute vpn-tunnels delete` / `create`).',
  'fix.TUNNEL_DOWN.gcp':
    'Google Cloud: the log lines before the tunnel went down give the cause; `gcloud compute vpn-tunnels describe <tunnel> --region <region> --format="value(status,detailedStatus)"` shows the current state (e.g. NO_INCOMING_PACKETS, NEGOTIATION_FAILURE, AUTHORIZATION_ERROR).',
  'fix.REKEY_FAILED.gcp':
    'Google Cloud: the peer’s lifetimes must not be shorter than Cloud VPN accepts (phase 1 36000 s, phase 2 10800 s are Cloud VPN’s values; the peer may rekey earlier), and its phase 2 DH group must be one Cloud VPN supports.',
  'fix.LIFETIME_MISMATCH.gcp':
    'Google Cloud: set the peer’s phase 1 lifetime to at most 36000 s and its phase 2 lifetime to at most 10800 s (Cloud VPN’s values).',
  'fix.WEAK_CRYPTO.gcp':
    'Google Cloud: configure the peer for IKEv2 with AES-GCM or AES-256-CBC, SHA2-256 or stronger and DH group 14 or higher (19/20 preferred); Cloud VPN will choose it.',
  'fix.INCONCLUSIVE.gcp':
    'Google Cloud: read the gateway’s log: `gcloud logging read \'resource.type="vpn_gateway"\' --freshness=1h --format=json > vpn.json` (or Logs Explorer with resource Cloud VPN Gateway), reproduce the negotiation and analyse it together with the peer’s log.',
};
export default messages;
