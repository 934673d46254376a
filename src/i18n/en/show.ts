// en messages: show (show-command outputs: line explanations, inventory findings, `ikescope status`)
const messages: Record<string, string> = {
  // --- line explanations (explain.show.<patternId>) ---
  'explain.show.command': 'Command echo: the output of `{command}` follows.',
  'explain.show.pager': 'Pager prompt inside a show output (the output continues).',
  'explain.show.separator': 'Table rule under the column names of a PAN-OS show output.',
  'explain.show.session-title':
    'Start of `show crypto session`: the crypto sessions (IKE peer, its IKE SA and IPsec flows) follow.',
  'explain.show.session-legend': 'Legend of the capability codes printed in `show crypto session detail`.',
  'explain.show.session-interface': 'Crypto session on interface {interface}.',
  'explain.show.session-profile': 'The session uses IKE/IPsec profile {profile}.',
  'explain.show.session-uptime': 'The session has been up for {uptime}.',
  'explain.show.session-status':
    'Session status {status} (UP-ACTIVE: IKE and IPsec SAs up; UP-IDLE: IKE up, no IPsec SA; UP-NO-IKE: IPsec SAs without IKE SA; DOWN-NEGOTIATING: being set up; DOWN: no SA).',
  'explain.show.session-peer': 'IKE peer {peer}, port {port}.',
  'explain.show.session-phase1-id': 'Identity the peer presented in phase 1: {id}.',
  'explain.show.session-desc': 'Description configured for this peer: {desc}',
  'explain.show.session-id': 'Session number {sessionId}.',
  'explain.show.session-client': 'Remote-access client detail: {key} {value}.',
  'explain.show.session-ike-sa': '{version} SA between {local}:{lport} and {remote}:{rport}, state {state}.',
  'explain.show.session-capabilities': 'IKE SA connection id {connid}, remaining lifetime {lifetime}.',
  'explain.show.session-flow': 'IPsec flow (traffic selectors from the crypto ACL / profile): {flow}',
  'explain.show.session-active-sas':
    '{active} IPsec SAs protect this flow (a working flow has at least one per direction).',
  'explain.show.session-inbound':
    'Inbound: {pkts} packets decrypted, {drop} dropped; SA lifetime left {kb} KB / {sec} s.',
  'explain.show.session-outbound':
    'Outbound: {pkts} packets encrypted, {drop} dropped; SA lifetime left {kb} KB / {sec} s.',
  'explain.show.isakmp-peer': 'ISAKMP peer {peer}, port {port}.',
  'explain.show.isakmp-peer-desc': 'Description of the ISAKMP peer: {desc}',
  'explain.show.isakmp-peer-flags': 'ISAKMP peer flags: {flags}.',
  'explain.show.isakmp-peer-phase1-id': 'Phase 1 identity of the peer: {id}.',
  'explain.show.isakmp-sa-title': 'Start of the IPv{af} ISAKMP (IKEv1) SA table.',
  'explain.show.isakmp-sa-columns': 'Column names of the ISAKMP SA table.',
  'explain.show.isakmp-sa-row':
    'IKEv1 SA from {src} to {dst} (dst is the responder), state {state}, connection {connid}, {status}. QM_IDLE means phase 1 is up; MM_NO_STATE or MM_KEY_EXCH means it is not.',
  'explain.show.isakmp-sa-detail-row':
    'IKEv1 SA {cid} between {local} and {remote}: {status}, {encr}/{hash}, {auth} authentication, DH group {dh}, lifetime left {life}.',
  'explain.show.isakmp-sa-engine': 'Crypto engine and connection id of the ISAKMP SA.',
  'explain.show.isakmp-sa-v6-addr': 'IPv6 ISAKMP SA, {which} {addr}.',
  'explain.show.isakmp-sa-v6-state': 'IPv6 ISAKMP SA state {state}, connection {connid}, {status}.',
  'explain.show.asa-ike-title': 'Start of the ASA IKEv1 SA list.',
  'explain.show.asa-sa-counts': 'ASA IKE SA count: {what} {n}.',
  'explain.show.asa-ike-peer': 'IKEv1 SA number {n} with peer {peer}.',
  'explain.show.asa-no-sas': 'The ASA has no IKEv{v} SA at the moment.',
  'explain.show.asa-fields': 'A line of ASA `Key : Value` fields (two columns).',
  'explain.show.sessiondb-title': 'Start of `show vpn-sessiondb`: session type {type}.',
  'explain.show.sessiondb-section': "Details of the session's {section} part follow.",
  'explain.show.sessiondb-tunnels': 'The session has {n} {proto} tunnel(s).',
  'explain.show.ikev2-title': 'Start of the IKEv2 SA list.',
  'explain.show.ikev2-session': 'IKEv2 session {sid}: status {status}, {ike} IKE SA(s), {child} child SA(s).',
  'explain.show.ikev2-columns': 'Column names of the IKEv2 SA table.',
  'explain.show.ikev2-row':
    'IKEv2 SA {tid} between {local}:{lport} and {remote}:{rport}, status {status} (READY means established).',
  'explain.show.ikev2-encr':
    "IKE SA algorithms: {encr} {keysize}-bit, integrity {hash}, DH group {dh}, authentication {authSign} (ours) / {authVerify} (peer's).",
  'explain.show.ikev2-child-encr': 'Child SA algorithms: {encr} {keysize}-bit, integrity {hmac}.',
  'explain.show.ikev2-child-mode': 'Child SA: AH {ah}, compression {comp}, {mode} mode.',
  'explain.show.ikev2-life': 'IKE SA lifetime {life} s, up for {active} s.',
  'explain.show.ikev2-ce-id': 'Crypto engine id {ce}, session {sid}.',
  'explain.show.ikev2-session-id': 'IKEv2 session {sid}.',
  'explain.show.ikev2-status-desc': 'IKE SA state in words: {desc}.',
  'explain.show.ikev2-spi': 'IKE SA SPIs: local {lspi}, remote {rspi}.',
  'explain.show.ikev2-id': '{side} IKE identity: {id}.',
  'explain.show.ikev2-window': 'IKEv2 message ids and windows of both sides.',
  'explain.show.ikev2-dpd': 'Dead peer detection settings of the IKE SA.',
  'explain.show.ikev2-info': 'IKE SA feature state: {what}.',
  'explain.show.ikev2-assigned': 'Address assigned to the remote client: {addr}.',
  'explain.show.ikev2-child': 'Child SA, local traffic selector {sel}.',
  'explain.show.ikev2-remote-selector': 'Child SA, remote traffic selector {sel}.',
  'explain.show.ikev2-child-spi': 'Child SA {proto} SPIs in/out: {in} / {out}.',
  'explain.show.ikev2-cpi': 'IPComp CPIs of the child SA (0 = no compression).',
  'explain.show.ipsec-interface': 'IPsec SAs on interface {interface} follow.',
  'explain.show.ipsec-crypto-map': 'Crypto map {map}, local address {local}.',
  'explain.show.ipsec-acl': 'Crypto ACL {acl} that selects the traffic of this SA.',
  'explain.show.ipsec-vrf': 'Protected (inside) VRF: {vrf}.',
  'explain.show.ipsec-ident': '{side} proxy identity (traffic selector): {addr}/{mask}, protocol {prot}.',
  'explain.show.ipsec-peer': 'IPsec peer {peer}.',
  'explain.show.ipsec-dyn-peer': 'Address assigned to the peer: {ip}.',
  'explain.show.ipsec-permit': 'The flow is permitted by the crypto ACL.',
  'explain.show.ipsec-encaps':
    'Outbound: {encaps} packets encapsulated ({encrypt} encrypted, {digest} digested).',
  'explain.show.ipsec-decaps':
    'Inbound: {decaps} packets decapsulated ({decrypt} decrypted, {verify} verified).',
  'explain.show.ipsec-errors': 'Send errors {send}, receive errors {recv}.',
  'explain.show.ipsec-counters': 'More IPsec SA counters: {counters}',
  'explain.show.ipsec-endpoints': 'Tunnel endpoints: local {local}, remote {remote}.',
  'explain.show.ipsec-mtu': 'Path MTU and IPsec overhead of the SA.',
  'explain.show.ipsec-pmtu': 'Path MTU timer and DF-bit policy of the SA.',
  'explain.show.ipsec-current-spi': 'Current {dir} SPI {spi} (0x0 means no SA is installed).',
  'explain.show.ipsec-pfs': 'Perfect forward secrecy: {pfs}, DH group {dh}.',
  'explain.show.ipsec-sas-header': '{dir} {proto} SAs follow.',
  'explain.show.ipsec-spi': 'SA with SPI {spi}.',
  'explain.show.ipsec-transform': 'Transform in use: {transform}',
  'explain.show.ipsec-settings': 'SA mode and encapsulation settings.',
  'explain.show.ipsec-conn': 'Crypto engine connection {connid} of the SA.',
  'explain.show.ipsec-timing': 'Remaining key lifetime of the SA ({units}).',
  'explain.show.ipsec-iv': 'Initialisation vector size of the SA.',
  'explain.show.ipsec-replay': 'Anti-replay settings of the SA.',
  'explain.show.ipsec-bitmap': 'Anti-replay window bitmap.',
  'explain.show.ipsec-status': 'SA status {status}.',
  'explain.show.pan-title': 'PAN-OS table: {title}.',
  'explain.show.pan-columns': 'Column names of a PAN-OS VPN table.',
  'explain.show.pan-ike-row': 'IKE SA of gateway {gwid} with peer {peer}.',
  'explain.show.pan-p2-row': 'Phase-2/child SA of tunnel {tunnel} (gateway {gateway}), role {role}.',
  'explain.show.pan-ipsec-row': 'IPsec SA of tunnel {tunnel} with peer {peer}: {algo}.',
  'explain.show.pan-summary': 'PAN-OS table summary.',
  'explain.show.pan-flow-count': 'PAN-OS `show vpn flow` totals.',
  'explain.show.pan-flow-row':
    'Tunnel {name} (id {id}) is {state}, monitor {monitor}, from {local} to {peer}.',
  'explain.show.pan-flow-tunnel': 'Data-plane state of tunnel {name} follows.',
  'explain.show.pan-flow-state': 'Tunnel state: {state}.',
  'explain.show.pan-flow-field': "A field of the tunnel's data-plane state.",

  // --- inventory findings ---
  'show.finding.SESSION_DOWN': '{what}: status {status}: the tunnel is not up.',
  'show.finding.FLOW_NO_ACTIVE_SA':
    '{what}: the flow {flow} has no active IPsec SA: traffic that matches it is not encrypted (phase 2 never came up for this traffic selector, or its SAs expired without rekey).',
  'show.finding.ONE_WAY_TRAFFIC.out':
    '{what}: {pktsOut} packets were encrypted into the tunnel for {flow} but none came back ({pktsIn} decrypted). The peer receives nothing or does not answer through the tunnel: check its routing back into the tunnel, its crypto ACL/traffic selectors (must mirror ours), NAT exemption and firewall on the far side.',
  'show.finding.ONE_WAY_TRAFFIC.in':
    "{what}: {pktsIn} packets were decrypted from the tunnel for {flow} but none were sent back ({pktsOut} encrypted). Our replies do not enter the tunnel: check the route to the remote network (it must point into the tunnel), NAT exemption (replies translated before encryption miss the crypto ACL), and that the crypto ACL/traffic selectors mirror the peer's.",
  'show.finding.SA_ERRORS':
    '{what}: the SA for {flow} counts errors ({errors}). Receive errors and drops usually mean failed integrity checks or replay (wrong keys after a rekey, packets changed in transit); send errors mean packets could not be encrypted or sent (no SA, MTU).',
  'show.finding.SA_NEAR_EXPIRY.sec':
    '{what}: the SA for {flow} has only {remaining} s left; if it is not rekeyed in time, traffic stops until a new SA is negotiated.',
  'show.finding.SA_NEAR_EXPIRY.kb':
    '{what}: the SA for {flow} has only {remaining} KB of its volume lifetime left; if it is not rekeyed in time, traffic stops until a new SA is negotiated.',
  'show.finding.SA_NEAR_EXPIRY.ike': '{what}: the IKE SA has only {remaining} s left before it expires.',
  'show.finding.WEAK_TRANSFORM':
    '{what}: insecure algorithms in use: {algorithms} (RFC 8221 / RFC 8247: DES, 3DES, MD5, SHA-1 and DH groups 1, 2, 5 are no longer acceptable). Configure AES-GCM or AES-CBC with SHA-256 or better and DH group 14, 19 or 20 on both ends.',
  'show.fix.SESSION_DOWN':
    'Clear the session so that it renegotiates, then watch the debug output: {command}',
  'show.fix.FLOW_NO_ACTIVE_SA':
    'After checking that both ends define the same traffic selectors, clear the session so that phase 2 renegotiates: {command}',
  'show.fix.ONE_WAY_TRAFFIC':
    'Once the far side or the route is fixed, reset the SA counters or the session to confirm: {command}',
  'show.fix.SA_ERRORS':
    'If the errors keep growing after a rekey, clear the SAs so that fresh keys are negotiated: {command}',
  'show.fix.SA_NEAR_EXPIRY':
    'If traffic stops at expiry, compare the lifetimes of both ends; to renegotiate now: {command}',
  'show.fix.WEAK_TRANSFORM':
    'After changing the proposals on both ends, clear the SAs so that the new ones are used: {command}',

  // --- `ikescope status` ---
  'show.status.title': 'SA inventory from show outputs',
  'show.status.none':
    'No show-command output (show crypto session, show crypto ipsec sa, show vpn-sessiondb, show vpn ike-sa ...) found in the input.',
  'show.status.from': 'from {path}:{line}',
  'show.status.col.interface': 'Interface',
  'show.status.col.peer': 'Peer',
  'show.status.col.description': 'Description',
  'show.status.col.status': 'Status',
  'show.status.col.ike': 'IKE SA',
  'show.status.col.flow': 'Flow',
  'show.status.col.active': 'Active SAs',
  'show.status.col.packets': 'Pkts in/out',
  'show.status.col.errors': 'Drops/errors in/out',
  'show.status.findings': 'Findings',
  'show.status.noFindings': 'No problem found in these outputs.',
  'show.status.evidence': 'Evidence',
  'show.status.next': 'Next step',
  'show.status.severity.error': 'error',
  'show.status.severity.warning': 'warning',
  'show.status.severity.info': 'info',
  'show.status.summary': '{entries} row(s), {errors} error(s), {warnings} warning(s), {infos} note(s).',

  // --- strongSwan / Libreswan status outputs ---
  'explain.show.daemon-command': 'Command echo: the output of `{command}` follows.',
  'explain.show.swanctl-ike':
    "strongSwan IKE SA {name} (unique id {uid}), state {state}, IKEv{version}; the `*` marks this side's SPI.",
  'explain.show.swanctl-ike-endpoint': "The IKE SA's {side} end: identity '{id}' at {address} port {port}.",
  'explain.show.swanctl-ike-algorithms': 'Algorithms of the IKE SA (encryption/integrity/PRF/key exchange).',
  'explain.show.swanctl-ike-times': 'The IKE SA was established {ago} s ago.',
  'explain.show.swanctl-ike-tasks': 'IKE SA tasks in the {queue} queue (exchanges under way or waiting).',
  'explain.show.swanctl-child':
    'Child SA {name} (unique id {uid}, reqid {reqid}), state {state}, mode {mode}, {proto} with {algs}.',
  'explain.show.swanctl-child-times': 'The child SA was installed {ago} s ago.',
  'explain.show.swanctl-child-traffic': 'Child SA {dir}bound: SPI {spi}, {bytes} bytes, {pkts} packets.',
  'explain.show.swanctl-child-ts': 'Traffic selector of the child SA, {side} side: {ts}.',
  'explain.show.stroke-daemon': 'strongSwan `ipsec statusall` header: {version}.',
  'explain.show.stroke-daemon-info': 'Daemon information ({key}) in `ipsec statusall`.',
  'explain.show.stroke-section': 'Section heading of `ipsec statusall`.',
  'explain.show.stroke-address': 'An address charon listens on.',
  'explain.show.stroke-conn': 'Loaded connection {name}: {local} to {remote}, {version}.',
  'explain.show.stroke-conn-auth': 'Authentication of connection {name} ({key}).',
  'explain.show.stroke-conn-child': 'Child config {name}: {local} === {remote}, {mode}.',
  'explain.show.stroke-sa-title': '{up} IKE SA(s) up, {connecting} connecting.',
  'explain.show.stroke-none': 'No security association.',
  'explain.show.stroke-ike': 'IKE SA {name}[{uid}], state {state}, between {local} and {remote}.',
  'explain.show.stroke-ike-spis': "SPIs of IKE SA {name}[{uid}] (IKEv{version}); the `*` marks this side's.",
  'explain.show.stroke-ike-proposal': 'IKE SA {name}[{uid}] uses {suite}.',
  'explain.show.stroke-child': 'Child SA {name}{{uid}}: state {state}, mode {mode}.',
  'explain.show.stroke-child-traffic': 'Child SA {name}{{uid}}: {bin} bytes in, {bout} bytes out.',
  'explain.show.stroke-child-ts': 'Traffic selectors of child SA {name}{{uid}}: {local} === {remote}.',
  'explain.show.pluto-blank': 'Empty line of `ipsec status`.',
  'explain.show.pluto-kernel': 'Libreswan status: the kernel interface in use.',
  'explain.show.pluto-interface': 'An interface and port pluto listens on.',
  'explain.show.pluto-heading': 'Section heading of `ipsec status`.',
  'explain.show.pluto-options': 'Global options of `ipsec status` (config setup).',
  'explain.show.pluto-algorithm': 'An algorithm pluto supports (table of `ipsec status`).',
  'explain.show.pluto-stats': 'Internal statistics of pluto.',
  'explain.show.pluto-state-info': 'State summary of pluto.',
  'explain.show.pluto-sa-counts': '{kind} SAs in total: {total}.',
  'explain.show.pluto-total': 'Connections loaded: {loaded}, active: {active}.',
  'explain.show.pluto-conn': 'Loaded connection "{name}" ({routing}).',
  'explain.show.pluto-conn-newest':
    'Connection "{name}": newest IKE SA #{ike}, newest IPsec SA #{ipsec} (#0: none).',
  'explain.show.pluto-conn-algorithms': 'Connection "{name}": {key}: {value}.',
  'explain.show.pluto-conn-lifetimes':
    'Connection "{name}": IKE SA lifetime {ike} s, IPsec SA lifetime {ipsec} s.',
  'explain.show.pluto-conn-detail': 'Configuration detail of a loaded connection.',
  'explain.show.pluto-state': 'State #{serial} of "{name}": {state} ({desc}).',
  'explain.show.pluto-state-sas': 'IPsec SAs of state #{serial} of "{name}" with their traffic: {traffic}.',
  'explain.show.pluto-state-pending': 'State #{serial} waits to negotiate {what} for "{name}".',
  'explain.show.pluto-traffic': 'IPsec SA #{serial} of "{name}": {in} bytes in, {out} bytes out.',
  'show.finding.ONE_WAY_TRAFFIC.outBytes':
    '{what}: {bytesOut} bytes were encrypted into the tunnel for {flow} but none came back ({bytesIn} bytes decrypted). The peer receives nothing or does not answer through the tunnel: check its routing back into the tunnel, its traffic selectors (must mirror ours), NAT exemption and firewall on the far side.',
  'show.finding.ONE_WAY_TRAFFIC.inBytes':
    "{what}: {bytesIn} bytes were decrypted from the tunnel for {flow} but none were sent back ({bytesOut} bytes encrypted). Our replies do not enter the tunnel: check the route to the remote network (it must point into the tunnel), NAT exemption, and that our traffic selectors mirror the peer's.",
  'show.finding.NO_IKE_SA':
    '{what}: the connection is loaded but has no IKE SA: it was never initiated, or every attempt failed before the IKE SA was up. Start it (or wait for the peer to) and read the log of that attempt.',
  'show.finding.NO_IKE_SA.listing':
    '{what}: the output lists no IKE SA at all: no tunnel is up or being set up on this host at the time of the snapshot.',
  'show.finding.NO_CHILD_SA':
    '{what}: the IKE SA is up ({status}) but no child (IPsec) SA is installed under it{pending}: no traffic is protected. Usually the child SA negotiation failed (traffic selectors or ESP proposals do not match, PFS group differs) or the kernel refused the SA; the log of the IKE_AUTH / CREATE_CHILD_SA or Quick Mode exchange says which.',
  'show.finding.NO_CHILD_SA.listing':
    '{what}: the output lists no IPsec SA: no traffic is protected on this host at the time of the snapshot.',
  'show.fix.NO_IKE_SA': 'Start the connection and watch the log of the attempt: {command}',
  'show.fix.NO_CHILD_SA':
    'After fixing the child SA settings on both ends, start it again and watch the log: {command}',
  'show.status.detail.ike': 'IKE SA {id}: {local} ↔ {remote}',
  'show.status.detail.child': 'child SA {id}: {flow}',
  'show.status.detail.spis': 'SPIs in {in} out {out}',
  'show.status.detail.bytes': 'bytes in/out {in}/{out}',
  'show.status.detail.up': 'up {sec} s',
  'show.status.detail.expires': 'expires in {sec} s',
};
export default messages;
