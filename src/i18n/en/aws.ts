// en messages: aws (AWS Site-to-Site VPN tunnel activity log, CloudWatch Logs). `explain.aws.<pattern>`:
// placeholders are the pattern's named groups and the prefix's {tunnel} / {phase1} / {phase2} /
// {details}. `fix.<CODE>.aws`: the fix on the AWS side (console VPC > Site-to-Site VPN connections >
// Actions > Modify VPN tunnel options; AWS CLI `aws ec2 modify-vpn-tunnel-options`).
const messages: Record<string, string> = {
  'explain.aws.peer-dead-v1': 'IKEv1 dead peer detection on tunnel {tunnel}: the customer gateway did not answer the DPD messages; AWS applies the DPD timeout action.',
  'explain.aws.dpd-timeout': 'IKEv2 dead peer detection on tunnel {tunnel} timed out after {n} retransmits: the customer gateway stopped answering.',
  'explain.aws.psk-decrypt-v1': 'IKEv1: AWS could not decrypt the customer gateway’s message; the pre-shared keys of the two ends differ.',
  'explain.aws.psk-mismatch': 'IKEv2: AWS detected a pre-shared key mismatch with the customer gateway {cgw}.',
  'explain.aws.no-proposal-aws': 'None of the customer gateway’s proposals (encryption, integrity, DH group) is allowed on tunnel {tunnel}.',
  'explain.aws.no-proposal-notify': 'No proposal matched; AWS answered NO_PROPOSAL_CHOSEN (phase 1 state {phase1}).',
  'explain.aws.delete-child': 'The customer gateway deleted the phase 2 SA (SPI {spi}).',
  'explain.aws.delete-ike': 'The customer gateway deleted the IKE SA.',
  'explain.aws.rekey-collision': 'Both ends rekeyed the child SA at once; the customer gateway deleted the SA being rekeyed.',
  'explain.aws.redundant-sa': 'A redundant child SA from a rekey collision is deleted (RFC 7296 §2.8.1); the other one stays.',
  'explain.aws.child-failed': 'Phase 2 (the child SA) could not be set up; the IKE SA stays.',
  'explain.aws.ts-unacceptable': 'The responder refused the traffic selectors (TS_UNACCEPTABLE): the networks of the two ends differ.',
  'explain.aws.auth-failed-sent': 'AWS could not authenticate the customer gateway (IKE_AUTH) and answers AUTHENTICATION_FAILED.',
  'explain.aws.half-open-timeout': 'The customer gateway {cgw} did not continue the negotiation; AWS deletes the half-open IKE SA.',
  'explain.aws.exchange': 'IKEv2: AWS {verb} the {ex} {rr} (message id {id}).',
  'explain.aws.dpd-request': 'AWS sends a dead peer detection request on tunnel {tunnel}.',
  'explain.aws.dpd-response': 'The customer gateway answered dead peer detection.',
  'explain.aws.phase-established': 'Tunnel {tunnel}: phase {p} is established.',
  'explain.aws.notify': 'AWS {dir} the notify {n}.',
  'explain.aws.peer-silent': 'The customer gateway did not respond.',
  'explain.aws.state-only': 'Tunnel {tunnel} state: phase 1 {phase1}, phase 2 {phase2}.',
  'explain.aws.other': 'AWS tunnel message with nothing for the diagnosis: {details}',
  'explain.aws.bgp': 'BGP log of tunnel {tunnel} ({st}): {text}',

  'fix.ESTABLISHED.aws':
    'AWS: nothing to fix. If traffic does not pass, check the VPC route tables (route propagation from the virtual private gateway, or transit gateway routes), the security groups and network ACLs, and the tunnel state: `aws ec2 describe-vpn-connections --vpn-connection-ids <vpn-id> --query "VpnConnections[].VgwTelemetry"`.',
  'fix.PEER_UNREACHABLE.aws':
    'AWS: the customer gateway {peer} does not answer. Check that the customer gateway’s public address is the one configured on the AWS customer gateway (VPC > Customer gateways), that UDP 500, UDP 4500 and ESP reach it from both tunnel outside addresses, and that the device initiates or that AWS may: Modify VPN tunnel options > Startup action = Start (`aws ec2 modify-vpn-tunnel-options --vpn-connection-id <vpn-id> --vpn-tunnel-outside-ip-address <tunnel outside ip> --tunnel-options StartupAction=start`).',
  'fix.PEER_NOT_CONFIGURED.aws':
    'AWS: the customer gateway’s address must be the one of the VPN connection’s customer gateway (VPC > Site-to-Site VPN connections > Details); a changed address needs a new customer gateway and `aws ec2 modify-vpn-connection --vpn-connection-id <vpn-id> --customer-gateway-id <new cgw-id>`. Download the device configuration again (Download configuration / `aws ec2 get-vpn-connection-device-sample-configuration`).',
  'fix.IKE_VERSION_MISMATCH.aws':
    'AWS: VPC > Site-to-Site VPN connections > Actions > Modify VPN tunnel options > IKE version (ikev1 / ikev2), as on the customer gateway: `aws ec2 modify-vpn-tunnel-options --vpn-connection-id <vpn-id> --vpn-tunnel-outside-ip-address <tunnel outside ip> --tunnel-options IKEVersions=[{Value=ikev2}]`.',
  'fix.MODE_MISMATCH.aws':
    'AWS: AWS tunnels use IKEv1 main mode (no aggressive mode) or IKEv2, and ESP in tunnel mode: set the customer gateway accordingly, or allow IKEv2 on the tunnel (`--tunnel-options IKEVersions=[{Value=ikev2}]`).',
  'fix.IKE_PROPOSAL_MISMATCH.aws':
    'AWS: Modify VPN tunnel options > Phase 1 encryption / integrity / DH group numbers must include the customer gateway’s ({param}: AWS {local}, the peer {remote}). AWS allows AES128, AES256, AES128-GCM-16, AES256-GCM-16; SHA1, SHA2-256/384/512; DH groups 2, 14-24. CLI: `aws ec2 modify-vpn-tunnel-options --vpn-connection-id <vpn-id> --vpn-tunnel-outside-ip-address <tunnel outside ip> --tunnel-options Phase1EncryptionAlgorithms=[{Value=AES256}],Phase1IntegrityAlgorithms=[{Value=SHA2-256}],Phase1DHGroupNumbers=[{Value=14}]`.',
  'fix.PSK_MISMATCH.aws':
    'AWS: set the same pre-shared key on both ends: Modify VPN tunnel options > Pre-shared key (8-64 characters, letters, digits, `.` and `_`, not starting with 0), or `aws ec2 modify-vpn-tunnel-options --vpn-connection-id <vpn-id> --vpn-tunnel-outside-ip-address <tunnel outside ip> --tunnel-options PreSharedKey=<key>`; each tunnel has its own key.',
  'fix.ID_MISMATCH.aws':
    'AWS: the AWS end identifies itself with the tunnel outside address and expects the customer gateway’s public address (or its certificate with certificate-based authentication); set the customer gateway’s local identity to its public address (or the address of the AWS customer gateway object) and the remote identity to the tunnel outside address.',
  'fix.CERT_INVALID.aws':
    'AWS: with certificate authentication the customer gateway’s certificate must come from AWS Private CA and match the customer gateway object (VPC > Customer gateways > Certificate ARN); renew or re-issue it and import the AWS side’s chain on the device.',
  'fix.AUTH_FAILED.aws':
    'AWS: compare the authentication of both ends: the tunnel’s pre-shared key (Modify VPN tunnel options > Pre-shared key, `--tunnel-options PreSharedKey=<key>`) or the certificate, and the identities the customer gateway sends.',
  'fix.TS_MISMATCH.aws':
    'AWS: the VPN connection’s traffic selectors are Local IPv4 network CIDR and Remote IPv4 network CIDR (default 0.0.0.0/0): `aws ec2 modify-vpn-connection-options --vpn-connection-id <vpn-id> --local-ipv4-network-cidr <on-premises cidr> --remote-ipv4-network-cidr <vpc cidr>`; a policy-based customer gateway must propose exactly these (peer proposed local {local}, remote {remote}), or use one security association for 0.0.0.0/0.',
  'fix.CHILD_PROPOSAL_MISMATCH.aws':
    'AWS: Modify VPN tunnel options > Phase 2 encryption / integrity / DH group numbers must include the customer gateway’s ({param}: AWS {local}, the peer {remote}): `--tunnel-options Phase2EncryptionAlgorithms=[{Value=AES256}],Phase2IntegrityAlgorithms=[{Value=SHA2-256}],Phase2DHGroupNumbers=[{Value=14}]`.',
  'fix.PFS_MISMATCH.aws':
    'AWS: AWS requires PFS in phase 2: the customer gateway must use one of the tunnel’s Phase 2 DH group numbers (AWS {local}, the peer {remote}); change them with `--tunnel-options Phase2DHGroupNumbers=[{Value=14}]` or enable PFS with that group on the device.',
  'fix.DPD_PEER_DEAD.aws':
    'AWS: find why the customer gateway {peer} stopped answering DPD (reachability, device load, UDP 500/4500 filtering or rate limiting). DPD settings: Modify VPN tunnel options > DPD timeout (seconds) and DPD timeout action (Clear / None / Restart): `--tunnel-options DPDTimeoutSeconds=40,DPDTimeoutAction=restart`; with Restart AWS brings the tunnel back when the device answers.',
  'fix.NAT_T_BLOCKED.aws':
    'AWS: a customer gateway behind NAT needs NAT-T on UDP 4500 both ways; allow UDP 4500 from both tunnel outside addresses and keep the NAT mapping alive (DPD or keepalives on the device).',
  'fix.SA_DELETED_BY_PEER.aws':
    'AWS: the customer gateway deleted the SA: read its log for why. Set Startup action = Start and DPD timeout action = Restart (`--tunnel-options StartupAction=start,DPDTimeoutAction=restart`) so that AWS renegotiates.',
  'fix.STALE_SA.aws':
    'AWS: reset the tunnel so that both ends start fresh: `aws ec2 replace-vpn-tunnel --vpn-connection-id <vpn-id> --vpn-tunnel-outside-ip-address <tunnel outside ip>` (the tunnel is down for a few minutes), and clear the SAs on the customer gateway.',
  'fix.TUNNEL_DOWN.aws':
    'AWS: the lines before the tunnel went down give the cause; `aws ec2 describe-vpn-connections --vpn-connection-ids <vpn-id>` shows each tunnel’s status and message; AWS Health events report tunnel endpoint replacements (VPC > Site-to-Site VPN connections > Tunnel details).',
  'fix.REKEY_FAILED.aws':
    'AWS: compare the tunnel’s Phase 1 / Phase 2 lifetime (seconds), Rekey margin time and the Phase 2 DH groups with the customer gateway’s (`--tunnel-options Phase1LifetimeSeconds=28800,Phase2LifetimeSeconds=3600,RekeyMarginTimeSeconds=540`).',
  'fix.LIFETIME_MISMATCH.aws':
    'AWS: Modify VPN tunnel options > Phase 1 lifetime (900-28800 s) and Phase 2 lifetime (900-3600 s), as on the customer gateway: `--tunnel-options Phase1LifetimeSeconds=28800,Phase2LifetimeSeconds=3600`.',
  'fix.WEAK_CRYPTO.aws':
    'AWS: allow only strong algorithms on the tunnel: `--tunnel-options IKEVersions=[{Value=ikev2}],Phase1EncryptionAlgorithms=[{Value=AES256-GCM-16}],Phase1IntegrityAlgorithms=[{Value=SHA2-384}],Phase1DHGroupNumbers=[{Value=20}],Phase2EncryptionAlgorithms=[{Value=AES256-GCM-16}],Phase2DHGroupNumbers=[{Value=20}]` and configure the customer gateway to match (no SHA1, no DH group 2).',
  'fix.INCONCLUSIVE.aws':
    'AWS: enable the tunnel activity log on both tunnels (Modify VPN tunnel options > Tunnel activity log > Enable, CloudWatch log group, output format json; `--tunnel-options LogOptions={CloudWatchLogOptions={LogEnabled=true,LogGroupArn=<arn>,LogOutputFormat=json}}`), reproduce the negotiation and analyse the log stream together with the customer gateway’s log.',
};
export default messages;
