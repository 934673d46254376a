// The keywords each daemon's ipsec.conf accepts, per section type. strongSwan: src/starter/keywords.txt
// (strongSwan 5.9 / 6.0, with the ones the starter still accepts and ignores); Libreswan: the keyword
// tables of lib/libipsecconf/keywords.c (3.20-4.15) and lib/libswan/ipsecconf/{conn,setup}.c (5.x),
// aliases and obsolete names included, plus Openswan 2.6 names. Used to report unknown keys and to
// tell the two dialects apart.

const SW_SETUP_KEYS = new Set(['charondebug', 'uniqueids', 'cachecrls', 'strictcrlpolicy']);
/** Accepted by the starter and ignored since strongSwan 5 (KW_SETUP_DEPRECATED, KW_PKCS11_DEPRECATED). */
const SW_SETUP_DEPRECATED = new Set([
  'interfaces', 'dumpdir', 'charonstart', 'plutostart', 'klipsdebug', 'plutodebug', 'prepluto', 'postpluto', 'plutostderrlog',
  'fragicmp', 'packetdefault', 'hidetos', 'overridemtu', 'crlcheckinterval', 'nocrsend', 'nat_traversal', 'keep_alive',
  'force_keepalive', 'virtual_private', 'pkcs11module', 'pkcs11initargs', 'pkcs11keepstate', 'pkcs11proxy',
]);
const SW_CA_KEYS = new Set(['cacert', 'crluri', 'crluri1', 'crluri2', 'ocspuri', 'ocspuri1', 'ocspuri2', 'certuribase', 'auto', 'ldaphost', 'ldapbase']);
const SW_CONN_KEYS = new Set([
  'keyexchange', 'type', 'compress', 'installpolicy', 'aggressive', 'authby', 'eap_identity', 'aaa_identity', 'mobike',
  'forceencaps', 'fragmentation', 'ikedscp', 'ikelifetime', 'lifetime', 'keylife', 'rekeymargin', 'margintime', 'lifebytes',
  'marginbytes', 'lifepackets', 'marginpackets', 'keyingtries', 'rekeyfuzz', 'rekey', 'reauth', 'ike', 'esp', 'ah', 'dpddelay',
  'dpdtimeout', 'dpdaction', 'closeaction', 'sha256_96', 'inactivity', 'modeconfig', 'xauth', 'xauth_identity', 'mediation',
  'mediated_by', 'me_peerid', 'reqid', 'replay_window', 'mark', 'mark_in', 'mark_out', 'tfc', 'auto',
]);
/** Accepted and ignored (KW_PFS_DEPRECATED, KW_CONN_DEPRECATED, KW_*_DEPRECATED). */
const SW_CONN_DEPRECATED = new Set(['pfs', 'pfsgroup', 'eap', 'leftnexthop', 'rightnexthop']);
const SW_END_SUFFIXES = new Set([
  '', 'ikeport', 'subnet', 'subnetwithin', 'protoport', 'sourceip', 'dns', 'firewall', 'hostaccess', 'allowany', 'updown', 'auth',
  'auth2', 'id', 'id2', 'sigkey', 'rsasigkey', 'cert', 'cert2', 'certpolicy', 'sendcert', 'ca', 'ca2', 'groups', 'groups2',
]);

export function strongswanConnKey(k: string): boolean {
  if (SW_CONN_KEYS.has(k) || SW_CONN_DEPRECATED.has(k)) return true;
  const m = /^(?:left|right)(.*)$/.exec(k);
  return !!m && SW_END_SUFFIXES.has(m[1]!);
}

export function strongswanSetupKey(k: string): boolean {
  return SW_SETUP_KEYS.has(k) || SW_SETUP_DEPRECATED.has(k);
}

export function strongswanCaKey(k: string): boolean {
  return SW_CA_KEYS.has(k);
}

export const STRONGSWAN_DEPRECATED = new Set([...SW_SETUP_DEPRECATED, ...SW_CONN_DEPRECATED]);

const LS_CONN_KEYS = new Set(
  `accept-redirect accept-redirect-to aggressive aggrmode ah also alsoflip authby auto cisco-split cisco-unity cisco_unity
  clientaddrfamily clones compress connaddrfamily connalias debug decap-dscp disablearrivalcheck dpdaction dpddelay dpdtimeout
  enable-tcp encap-dscp encapsulation esn esp failureshunt fake-strongswan forceencaps fragmentation hostaddrfamily
  ignore-peer-dns ike ike-frag ike_frag ikelifetime ikepad ikev1-dpdtimeout ikev2 initial-contact initial_contact intermediate
  ipsec-interface ipsec-lifetime ipsec-max-bytes ipsec-max-packets iptfs iptfs-drop-time iptfs-fragmentation iptfs-init-delay
  iptfs-max-queue-size iptfs-packet-size iptfs-reorder-window keyexchange keyingtries keylife labeled-ipsec labeled_ipsec
  lifetime mark mark-in mark-out metric mobike modecfgbanner modecfgdns modecfgdns1 modecfgdns2 modecfgdomain modecfgdomains
  modecfgpull modecfgwins1 modecfgwins2 ms-dh-downgrade mtu narrowing nat-ikev1-method nat-keepalive nat_keepalive
  negotiationshunt nflog nflog-group nic-offload nm-configured nm_configured nopmtudisc overlapip pam-authorize pfs
  pfs-rekey-workaround phase2 phase2alg policy-label policy_label ppk ppk-ids priority reauth redirect-to
  reject-simultaneous-ike-auth rekey rekeyfuzz rekeymargin remote-peer-type remote_peer_type replay-window reqid
  require-id-on-certificate retransmit-interval retransmit-timeout salifetime sareftrack sec-label
  send-esp-tfc-padding-not-supported send-no-esp-tfc send-redirect send-supported-auth-methods send-vendorid send_vendorid
  sendca session-resumption sha2-truncbug sha2_truncbug share-lease tcp-remoteport tfc type vti-interface vti-routing
  vti-shared xauthby xauthfail ikev2-allow-narrowing dns-match-id auth pfsgroup loopback ikev1-natt pfs-rekey-workaround`.split(/\s+/),
);
const LS_END_SUFFIXES = new Set(
  `addresspool auth autheap ca cat cert ckaid ecdsakey eddsakey groundhog id ikeport interface-ip modecfgclient
  modecfgserver nexthop protoport pubkey rsasigkey rsasigkey2 sendcert sourceip subnet subnets updown updown-config username
  vti xauthclient xauthname xauthserver xauthusername firewall subnetwithin`.split(/\s+/),
);
const LS_SETUP_KEYS = new Set(
  `audit-log crl-strict crl-timeout crl_strict crlcheckinterval curl-iface curl-timeout curl_iface curl_timeout
  ddos-ike-threshold ddos-mode disable_port_floating dns-resolver dnssec-anchors dnssec-enable dnssec-rootkey-file
  drop-oppo-null dumpdir exampledir expire-lifetime expire-shunt-interval force-busy force_busy force_keepalive forwardcontrol
  fragicmp global-redirect global-redirect-to hidetos ike-socket-bufsize ike-socket-errqueue ikeport ikev1-policy
  ikev1-secctx-attr-type interfaces ipsec-interface-managed ipsecdir keep-alive keep_alive klipsdebug listen listen-tcp
  listen-udp logappend logfile logip loglimit logstderr logtime max-halfopen-ike myid myvendorid nat-ikeport nat_ikeport
  nat_traversal nflog-all nhelpers nocrsend nssdir ocsp-cache-max-age ocsp-cache-min-age ocsp-cache-size ocsp-enable
  ocsp-method ocsp-strict ocsp-timeout ocsp-trustname ocsp-uri ocsp_enable ocsp_strict ocsp_timeout ocsp_trust_name ocsp_uri
  oe overridemtu perpeerlog perpeerlogdir pluto plutodebug plutofork plutoopts plutorestartoncrash plutostderrlog
  plutostderrlogtime plutowait postpluto prepluto protostack rp_filter rundir seccomp secctx-attr-type secctx-attr-value
  secctx_attr_value secretsfile seedbits seeddev shuntlifetime statsbin strictcrlpolicy syslog uniqueids virtual-private
  virtual_private xfrmlifetime plutoload plutostart ikev1-policy`.split(/\s+/),
);

/** Libreswan key as its parser compares it: case-insensitive, `left-subnet` = `leftsubnet` (parser.y parse_leftright). */
export function libreswanKey(k: string): string {
  return k.toLowerCase().replace(/^(left|right)-/, '$1');
}

export function libreswanConnKey(k: string): boolean {
  if (LS_CONN_KEYS.has(k)) return true;
  const m = /^(?:left|right)(.*)$/.exec(k);
  return !!m && (m[1] === '' || LS_END_SUFFIXES.has(m[1]!));
}

export function libreswanSetupKey(k: string): boolean {
  return LS_SETUP_KEYS.has(k);
}
