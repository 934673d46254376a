// The lab's fault matrix: one entry per scenario. Each entry is declarative; lab/run.js turns
// it into daemon configurations, starts the daemons, runs the steps and records the result.
//
// Entry fields
//   name, description   corpus folder name and what the scenario shows (written to truth.json)
//   left, right         side spec overrides (see DEFAULTS); `daemon` is 'strongswan' or 'libreswan'
//   both                overrides applied to both sides before the per-side ones
//   nat                 route left -> right through the masquerading router namespace
//   firewall            iptables rules applied before the daemons start: { ns, rule: [...] }
//   steps               actions in order (default: the left side initiates)
//                         { do: 'initiate', side, timeout } { do: 'sleep', s } { do: 'ping', from }
//                         { do: 'kill', side, sig } { do: 'start', side } { do: 'terminate', side }
//                         { do: 'psk', side, psk } { do: 'firewall', rules }
//                         { do: 'waitLog', side, re, count?, s }  (until re matched count times, at most s seconds)
//   expect              per side: what the daemons actually did, as a verdict code
//                         { code, param?, evidence? }  evidence:false = this log alone cannot show it
//
// Side spec (neutral; proposals use strongSwan keywords, lib/libreswan.js translates them)
//   version 1|2, aggressive, ike, esp (a DH group in esp = PFS), mode tunnel|transport,
//   auth psk|pubkey|eap-md5, remoteAuth, psk, id, remoteId, localTs, remoteTs ('dynamic' = own address),
//   localAddr, remoteAddr, dpd (s), dpdAction, ikeRekey/childRekey/reauth (s), cert, key,
//   encap, fragmentation, startAction, absent (no daemon on that side), swanctl/ipsecConf (raw extras),
//   libipsec (strongSwan: load kernel-libipsec; default = the scenario's `dataPath`)
//   dataPath (scenario)  the strongSwan sides get the user-space ESP data path (CHILD_SAs install)
//
// Several connections per side (MULTI_SCENARIOS, recorded into lab/corpus-multi/)
//   conns               [{ name, child?, fault?, both?, left?, right?, expect: { left, right } }]:
//                       each side gets one connection per entry (its name, its own child; the
//                       entry's overrides on top of the side spec; `fault: true` marks the broken
//                       one); the first entry's name replaces `connName`. Steps name a connection
//                       with `conn` ({ do: 'initiate', conn: 'lab-b' }), several at once with `conns`
//                       ({ do: 'initiate', conns: ['lab', 'lab-b'] }); the default steps initiate
//                       every connection in order. truth.json gets a `tunnels` map per side; the
//                       side's `expected` is that of the connection with the fault.
import { ADDR } from './lib/topology.js';

export const DEFAULTS = {
  version: 2,
  aggressive: false,
  ike: 'aes256-sha256-modp2048',
  esp: 'aes256-sha256',
  mode: 'tunnel',
  auth: 'psk',
  psk: 'lab-psk-7f3a9c21',
  dpdAction: 'clear',
  connName: 'lab',
  childName: 'net',
  eapId: 'alice',
  eapSecret: 'alice-password',
};

const SIDE_DEFAULTS = {
  left: {
    role: 'initiator', id: '@left.example', remoteId: '@right.example',
    localAddr: ADDR.left.wan, remoteAddr: ADDR.right.wan,
    localTs: ADDR.left.lanNet, remoteTs: ADDR.right.lanNet, cert: 'left',
  },
  right: {
    role: 'responder', id: '@right.example', remoteId: '@left.example',
    localAddr: ADDR.right.wan, remoteAddr: ADDR.left.wan,
    localTs: ADDR.right.lanNet, remoteTs: ADDR.left.lanNet, cert: 'right',
  },
};

/** Merges defaults, `both` and the side's own overrides into a full side spec. */
export function resolveSides(sc) {
  const out = {};
  for (const side of ['left', 'right']) {
    const spec = { ...DEFAULTS, ...SIDE_DEFAULTS[side], ...sc.both, ...sc[side], side };
    // kernel-libipsec (strongSwan's user-space ESP) only where a CHILD_SA must really be
    // installed: it always fakes a NAT to force UDP encapsulation, which a strongSwan on a
    // kernel with ESP would not do, so failures before the install step run without it.
    spec.libipsec ??= !!sc.dataPath;
    // Behind the lab's NAT the responder sees the router's address, not the initiator's.
    if (sc.nat && side === 'right' && !sc.right?.remoteAddr) spec.remoteAddr = '%any';
    if (sc.conns) {
      spec.conns = sc.conns.map((c) => ({
        ...spec, ...c.both, ...c[side], connName: c.name, childName: c.child ?? spec.childName,
      }));
      spec.connName = sc.conns[0].name;
      spec.childName = spec.conns[0].childName;
    }
    out[side] = spec;
  }
  return out;
}

const SW = { daemon: 'strongswan' };
const LS = { daemon: 'libreswan' };
const ok = (evidence = true) => ({ code: 'ESTABLISHED', evidence });
const v = (code, more = {}) => ({ code, ...more });

const drop = (ns, chain, proto, port) => ({ ns, rule: ['-A', chain, '-p', proto, '--dport', String(port), '-j', 'DROP'] });
const upThen = (...more) => [{ do: 'initiate' }, ...more];

export const SCENARIOS = [
  // ---- established, and the install step ----
  {
    name: 'v2-ok-sw-sw',
    description: 'IKEv2 PSK, strongSwan both ends; IKE and CHILD SA establish (user-space ESP), ping through the tunnel.',
    left: SW, right: SW, dataPath: true,
    steps: upThen({ do: 'ping' }),
    expect: { left: ok(), right: ok() },
  },
  {
    name: 'v1-ok-sw-sw',
    description: 'IKEv1 Main Mode PSK, strongSwan both ends; ISAKMP and IPsec SA establish, ping through the tunnel.',
    left: SW, right: SW, both: { version: 1 }, dataPath: true,
    steps: upThen({ do: 'ping' }),
    expect: { left: ok(), right: ok() },
  },
  {
    name: 'v1-aggr-ok-sw-sw',
    description: 'IKEv1 Aggressive Mode PSK, strongSwan both ends (responder allows Aggressive Mode PSK); establishes.',
    left: SW, right: SW, both: { version: 1, aggressive: true }, dataPath: true,
    expect: { left: ok(), right: ok() },
  },
  {
    name: 'v2-ok-cert-sw-sw',
    description: 'IKEv2 with ECDSA certificates from the lab CA, strongSwan both ends; establishes, ping through the tunnel.',
    left: SW, right: SW, both: { auth: 'pubkey' }, dataPath: true,
    steps: upThen({ do: 'ping' }),
    expect: { left: ok(), right: ok() },
  },
  {
    name: 'v2-install-fail-sw-ls',
    description: 'IKEv2 PSK, strongSwan initiator, Libreswan responder: IKE SA establishes, Libreswan cannot install the ESP SA (no ESP in this kernel) and answers TS_UNACCEPTABLE; the initiator keeps the IKE SA without CHILD SA.',
    left: SW, right: LS,
    expect: { left: v('LOCAL_SA_INSTALL_FAILED', { evidence: false }), right: v('LOCAL_SA_INSTALL_FAILED') },
  },
  {
    name: 'v2-install-fail-ls-sw',
    description: 'IKEv2 PSK, Libreswan initiator, strongSwan responder (user-space ESP): strongSwan installs its CHILD SA, Libreswan fails to install its own.',
    left: LS, right: SW, dataPath: true,
    expect: { left: v('LOCAL_SA_INSTALL_FAILED'), right: v('LOCAL_SA_INSTALL_FAILED', { evidence: false }) },
  },
  {
    name: 'v1-install-fail-sw-ls',
    description: 'IKEv1 Main Mode PSK, strongSwan initiator, Libreswan responder: Quick Mode fails at Libreswan\'s kernel install step.',
    left: SW, right: LS, both: { version: 1 },
    expect: { left: v('LOCAL_SA_INSTALL_FAILED', { evidence: false }), right: v('LOCAL_SA_INSTALL_FAILED') },
  },
  {
    name: 'v2-install-fail-kernel-sw-sw',
    description: 'IKEv2 PSK, strongSwan both ends WITHOUT the user-space data path: the responder fails to install the ESP SA in a kernel without ESP and answers NO_PROPOSAL_CHOSEN; the initiator keeps the IKE SA without CHILD SA.',
    left: SW, right: SW,
    expect: { left: v('LOCAL_SA_INSTALL_FAILED', { evidence: false }), right: v('LOCAL_SA_INSTALL_FAILED') },
  },

  // ---- IKE SA proposal mismatch, one parameter each ----
  {
    name: 'v2-ike-enc-sw-ls',
    description: 'IKEv2 IKE proposal mismatch in the encryption algorithm: AES_CBC_256 offered, Libreswan accepts only CAMELLIA_CBC_256.',
    left: SW, right: { ...LS, ike: 'camellia256-sha256-modp2048' },
    expect: { left: v('IKE_PROPOSAL_MISMATCH', { param: 'encryption' }), right: v('IKE_PROPOSAL_MISMATCH', { param: 'encryption' }) },
  },
  {
    name: 'v2-ike-keylen-ls-sw',
    description: 'IKEv2 IKE proposal mismatch in the key length: Libreswan offers AES_CBC_128, strongSwan accepts only AES_CBC_256.',
    left: { ...LS, ike: 'aes128-sha256-modp2048' }, right: SW,
    expect: { left: v('IKE_PROPOSAL_MISMATCH', { param: 'key_length' }), right: v('IKE_PROPOSAL_MISMATCH', { param: 'key_length' }) },
  },
  {
    name: 'v2-ike-integ-sw-sw',
    description: 'IKEv2 IKE proposal mismatch in the integrity algorithm only (PRF equal): HMAC_SHA2_256_128 vs HMAC_SHA2_384_192.',
    left: { ...SW, ike: 'aes256-sha256-prfsha256-modp2048' }, right: { ...SW, ike: 'aes256-sha384-prfsha256-modp2048' },
    expect: { left: v('IKE_PROPOSAL_MISMATCH', { param: 'integrity' }), right: v('IKE_PROPOSAL_MISMATCH', { param: 'integrity' }) },
  },
  {
    name: 'v2-ike-prf-sw-sw',
    description: 'IKEv2 IKE proposal mismatch in the PRF only (AES-GCM, no integrity): PRF_HMAC_SHA2_256 vs PRF_HMAC_SHA2_384.',
    left: { ...SW, ike: 'aes256gcm16-prfsha256-modp2048' }, right: { ...SW, ike: 'aes256gcm16-prfsha384-modp2048' },
    expect: { left: v('IKE_PROPOSAL_MISMATCH', { param: 'prf' }), right: v('IKE_PROPOSAL_MISMATCH', { param: 'prf' }) },
  },
  {
    name: 'v2-ike-dh-sw-sw',
    description: 'IKEv2 IKE proposal mismatch in the DH group: initiator offers MODP_2048, responder only accepts ECP_256.',
    left: SW, right: { ...SW, ike: 'aes256-sha256-ecp256' },
    expect: { left: v('IKE_PROPOSAL_MISMATCH', { param: 'dh_group' }), right: v('IKE_PROPOSAL_MISMATCH', { param: 'dh_group' }) },
  },
  {
    name: 'v2-ike-dh-sw-ls',
    description: 'IKEv2 IKE proposal mismatch in the DH group: strongSwan offers MODP_2048, Libreswan accepts only DH19 (ECP_256).',
    left: SW, right: { ...LS, ike: 'aes256-sha256-ecp256' },
    expect: { left: v('IKE_PROPOSAL_MISMATCH', { param: 'dh_group' }), right: v('IKE_PROPOSAL_MISMATCH', { param: 'dh_group' }) },
  },
  {
    name: 'v1-ike-enc-sw-ls',
    description: 'IKEv1 Main Mode proposal mismatch in the encryption algorithm: strongSwan offers AES_CBC_256, Libreswan accepts only 3DES_CBC.',
    left: SW, right: { ...LS, ike: '3des-sha256-modp2048' }, both: { version: 1 },
    expect: { left: v('IKE_PROPOSAL_MISMATCH', { param: 'encryption' }), right: v('IKE_PROPOSAL_MISMATCH', { param: 'encryption' }) },
  },
  {
    name: 'v1-ike-dh-ls-sw',
    description: 'IKEv1 Main Mode proposal mismatch in the DH group: Libreswan offers MODP_2048, strongSwan accepts only MODP_3072.',
    left: LS, right: { ...SW, ike: 'aes256-sha256-modp3072' }, both: { version: 1 },
    expect: { left: v('IKE_PROPOSAL_MISMATCH', { param: 'dh_group' }), right: v('IKE_PROPOSAL_MISMATCH', { param: 'dh_group' }) },
  },
  {
    name: 'v1-ike-hash-sw-sw',
    description: 'IKEv1 Main Mode proposal mismatch in the hash (integrity) algorithm: SHA2_256 vs SHA1.',
    left: SW, right: { ...SW, ike: 'aes256-sha1-modp2048' }, both: { version: 1 },
    expect: { left: v('IKE_PROPOSAL_MISMATCH', { param: 'integrity' }), right: v('IKE_PROPOSAL_MISMATCH', { param: 'integrity' }) },
  },

  // ---- CHILD SA proposal and PFS ----
  {
    name: 'v2-child-esn-sw-sw',
    description: 'IKEv2 CHILD SA proposal mismatch in extended sequence numbers only: the initiator requires ESN, the responder accepts only 32-bit sequence numbers (strongSwan both ends). The IKE SA establishes.',
    left: { ...SW, esp: 'aes256-sha256-esn' }, right: { ...SW, esp: 'aes256-sha256-noesn' },
    expect: { left: v('CHILD_PROPOSAL_MISMATCH'), right: v('CHILD_PROPOSAL_MISMATCH', { param: 'esn' }) },
  },
  {
    name: 'v2-child-esn-sw-ls',
    description: 'IKEv2 CHILD SA proposal mismatch in extended sequence numbers only: strongSwan offers only 32-bit sequence numbers, Libreswan requires ESN (esn=yes). The IKE SA establishes.',
    left: { ...SW, esp: 'aes256-sha256-noesn' }, right: { ...LS, ipsecConf: { esn: 'yes' } },
    expect: { left: v('CHILD_PROPOSAL_MISMATCH', { evidence: false }), right: v('CHILD_PROPOSAL_MISMATCH', { param: 'esn' }) },
  },
  {
    name: 'v2-ike-aead-keylen-sw-sw',
    description: 'IKEv2 IKE proposal mismatch in an AEAD cipher\'s key length: the initiator offers AES_GCM_16_128 with PRF_HMAC_SHA2_256, the responder accepts only AES_GCM_16_256.',
    left: { ...SW, ike: 'aes128gcm16-prfsha256-ecp256' }, right: { ...SW, ike: 'aes256gcm16-prfsha256-ecp256' },
    expect: { left: v('IKE_PROPOSAL_MISMATCH', { param: 'key_length' }), right: v('IKE_PROPOSAL_MISMATCH', { param: 'key_length' }) },
  },
  {
    name: 'v2-ike-curve-sw-ls',
    description: 'IKEv2 IKE proposal mismatch in the DH group, between elliptic-curve groups: strongSwan offers ECP_256 only, Libreswan accepts only Curve25519.',
    left: { ...SW, ike: 'aes256-sha256-ecp256' }, right: { ...LS, ike: 'aes256-sha256-curve25519' },
    expect: { left: v('IKE_PROPOSAL_MISMATCH', { param: 'dh_group' }), right: v('IKE_PROPOSAL_MISMATCH', { param: 'dh_group' }) },
  },
  {
    name: 'v2-child-gcm-ls-sw',
    description: 'IKEv2 CHILD SA proposal mismatch: Libreswan offers AES_GCM_16_256 for ESP, strongSwan accepts only AES_CBC_256/SHA2_256. The IKE SA establishes.',
    left: { ...LS, esp: 'aes256gcm16' }, right: SW,
    expect: { left: v('CHILD_PROPOSAL_MISMATCH', { evidence: false }), right: v('CHILD_PROPOSAL_MISMATCH', { param: 'encryption' }) },
  },
  {
    name: 'v2-child-sw-ls',
    description: 'IKEv2 CHILD SA (ESP) proposal mismatch: strongSwan offers AES_CBC_256/SHA2_256, Libreswan accepts only AES_CBC_128/SHA1. The IKE SA establishes.',
    left: SW, right: { ...LS, esp: 'aes128-sha1' },
    expect: { left: v('CHILD_PROPOSAL_MISMATCH'), right: v('CHILD_PROPOSAL_MISMATCH') },
  },
  {
    name: 'v2-child-ls-sw',
    description: 'IKEv2 CHILD SA proposal mismatch: Libreswan offers AES_CBC_256/SHA2_256, strongSwan accepts only AES_GCM_16_256.',
    left: LS, right: { ...SW, esp: 'aes256gcm16' },
    expect: { left: v('CHILD_PROPOSAL_MISMATCH'), right: v('CHILD_PROPOSAL_MISMATCH') },
  },
  {
    name: 'v1-child-sw-sw',
    description: 'IKEv1 Quick Mode proposal mismatch: ESP AES_CBC_256/SHA2_256 vs AES_CBC_128/SHA1; Main Mode succeeds.',
    left: SW, right: { ...SW, esp: 'aes128-sha1' }, both: { version: 1 },
    expect: { left: v('CHILD_PROPOSAL_MISMATCH'), right: v('CHILD_PROPOSAL_MISMATCH') },
  },
  {
    name: 'v1-pfs-init-ls-sw',
    description: 'IKEv1 PFS mismatch: Libreswan initiator requires PFS (pfs=yes, MODP_2048 in Quick Mode), strongSwan responder has no DH group in its ESP proposal.',
    left: { ...LS, esp: 'aes256-sha256-modp2048' }, right: SW, both: { version: 1 },
    expect: { left: v('PFS_MISMATCH', { evidence: false }), right: v('PFS_MISMATCH') },
  },
  {
    name: 'v1-pfs-resp-ls-sw',
    description: 'IKEv1 PFS mismatch: Libreswan initiator without PFS, strongSwan responder requires PFS (MODP_2048).',
    left: LS, right: { ...SW, esp: 'aes256-sha256-modp2048' }, both: { version: 1 },
    expect: { left: v('PFS_MISMATCH', { evidence: false }), right: v('PFS_MISMATCH') },
  },
  {
    name: 'v1-pfs-resp-sw-ls',
    description: 'IKEv1 PFS mismatch: strongSwan initiator without PFS, Libreswan responder requires PFS (pfs=yes).',
    left: SW, right: { ...LS, esp: 'aes256-sha256-modp2048' }, both: { version: 1 },
    expect: { left: v('PFS_MISMATCH', { evidence: false }), right: v('PFS_MISMATCH') },
  },
  {
    name: 'v1-pfs-init-sw-ls',
    description: 'IKEv1, strongSwan initiator requires PFS (MODP_2048 in Quick Mode), Libreswan responder has pfs=no: Libreswan accepts the PFS proposal anyway (no mismatch) and then fails at its kernel install step.',
    left: { ...SW, esp: 'aes256-sha256-modp2048' }, right: LS, both: { version: 1 },
    expect: { left: v('LOCAL_SA_INSTALL_FAILED', { evidence: false }), right: v('LOCAL_SA_INSTALL_FAILED') },
  },

  {
    name: 'v2-pfs-rekey-init-sw-sw',
    description: 'IKEv2 PFS mismatch, seen at the first CHILD SA rekey (IKE_AUTH carries no KE): initiator rekeys with MODP_2048, responder has no DH group in its ESP proposal.',
    left: { ...SW, esp: 'aes256-sha256-modp2048', childRekey: 5 }, right: SW, dataPath: true,
    steps: upThen({ do: 'sleep', s: 8 }),
    expect: { left: v('PFS_MISMATCH', { evidence: false }), right: v('PFS_MISMATCH') },
  },

  {
    name: 'v2-pfs-rekey-resp-sw-sw',
    description: 'IKEv2 PFS mismatch the other way round, at the CHILD SA rekey: the responder requires MODP_2048, the initiator rekeys without PFS.',
    left: { ...SW, childRekey: 5 }, right: { ...SW, esp: 'aes256-sha256-modp2048' }, dataPath: true,
    steps: upThen({ do: 'sleep', s: 8 }),
    expect: { left: v('PFS_MISMATCH', { evidence: false }), right: v('PFS_MISMATCH') },
  },

  // ---- authentication and identities ----
  {
    name: 'v2-psk-sw-ls',
    description: 'IKEv2 PSK mismatch: strongSwan initiator, Libreswan responder with a different pre-shared key.',
    left: SW, right: { ...LS, psk: 'another-psk-5511' },
    expect: { left: v('PSK_MISMATCH', { evidence: false }), right: v('PSK_MISMATCH') },
  },
  {
    name: 'v2-psk-ls-sw',
    description: 'IKEv2 PSK mismatch: Libreswan initiator, strongSwan responder with a different pre-shared key.',
    left: LS, right: { ...SW, psk: 'another-psk-5511' },
    expect: { left: v('PSK_MISMATCH', { evidence: false }), right: v('PSK_MISMATCH') },
  },
  {
    name: 'v1-psk-sw-ls',
    description: 'IKEv1 Main Mode PSK mismatch: strongSwan initiator, Libreswan responder; the encrypted MM5 cannot be decrypted/verified.',
    left: SW, right: { ...LS, psk: 'another-psk-5511' }, both: { version: 1 },
    expect: { left: v('PSK_MISMATCH', { evidence: false }), right: v('PSK_MISMATCH') },
  },

  {
    name: 'v1-psk-sw-sw',
    description: 'IKEv1 Main Mode PSK mismatch, strongSwan both ends.',
    left: SW, right: { ...SW, psk: 'another-psk-5511' }, both: { version: 1 },
    expect: { left: v('PSK_MISMATCH'), right: v('PSK_MISMATCH') },
  },
  {
    name: 'v2-id-sw-sw',
    description: 'IKEv2 identity mismatch: the initiator sends IDi left.example, the responder only has a peer config for remote id branch.example.',
    left: SW, right: { ...SW, remoteId: '@branch.example', pskAny: true },
    expect: { left: v('ID_MISMATCH', { evidence: false }), right: v('ID_MISMATCH') },
  },
  {
    name: 'v2-id-sw-ls',
    description: 'IKEv2 identity mismatch: strongSwan expects the responder to be right.example, Libreswan identifies itself as other.example. Libreswan does not check the IDr it was sent, authenticates, fails to install its ESP SA (TS_UNACCEPTABLE); strongSwan then rejects the responder identity and sends AUTHENTICATION_FAILED, which Libreswan does not log.',
    left: { ...SW, pskAny: true }, right: { ...LS, id: '@other.example', pskAny: true },
    expect: { left: v('ID_MISMATCH'), right: v('LOCAL_SA_INSTALL_FAILED') },
  },

  {
    name: 'v2-id-ls-sw',
    description: 'IKEv2 identity mismatch: Libreswan initiator identifies itself as wrong.example, strongSwan responder expects left.example.',
    left: { ...LS, id: '@wrong.example', pskAny: true }, right: { ...SW, pskAny: true },
    expect: { left: v('ID_MISMATCH', { evidence: false }), right: v('ID_MISMATCH') },
  },
  {
    name: 'v2-idr-ls-sw',
    description: 'IKEv2 identity mismatch: Libreswan sends IDr right.example, the strongSwan responder is configured as other.example and finds no matching peer config.',
    left: { ...LS, pskAny: true }, right: { ...SW, id: '@other.example', pskAny: true },
    expect: { left: v('ID_MISMATCH', { evidence: false }), right: v('ID_MISMATCH') },
  },

  {
    name: 'v2-noconn-sw-ls',
    description: 'IKEv2: Libreswan responder has no connection for the initiator (its only connection is for another peer address).',
    left: SW, right: { ...LS, remoteAddr: '192.0.2.99' },
    expect: { left: v('PEER_NOT_CONFIGURED', { evidence: false }), right: v('PEER_NOT_CONFIGURED') },
  },
  {
    name: 'v2-noconn-ls-sw',
    description: 'IKEv2: strongSwan responder has no connection for the initiator (its only connection is for another peer address).',
    left: LS, right: { ...SW, remoteAddr: '192.0.2.99' },
    expect: { left: v('PEER_NOT_CONFIGURED', { evidence: false }), right: v('PEER_NOT_CONFIGURED') },
  },
  {
    name: 'v1-noconn-sw-ls',
    description: 'IKEv1 Main Mode: Libreswan responder has no connection for the initiator.',
    left: SW, right: { ...LS, remoteAddr: '192.0.2.99' }, both: { version: 1 },
    expect: { left: v('PEER_NOT_CONFIGURED', { evidence: false }), right: v('PEER_NOT_CONFIGURED') },
  },

  // ---- exchange mode, IKE version, encapsulation mode ----
  {
    name: 'v1-aggr-vs-main-sw-ls',
    description: 'IKEv1 mode mismatch: strongSwan initiates Aggressive Mode, Libreswan allows only Main Mode.',
    left: { ...SW, aggressive: true }, right: LS, both: { version: 1 },
    expect: { left: v('MODE_MISMATCH', { evidence: false }), right: v('MODE_MISMATCH') },
  },
  {
    name: 'v1-aggr-vs-main-ls-sw',
    description: 'IKEv1 mode mismatch: Libreswan initiates Aggressive Mode with a PSK, the strongSwan responder is configured for Main Mode and refuses Aggressive Mode PSK.',
    left: { ...LS, aggressive: true }, right: SW, both: { version: 1 },
    expect: { left: v('MODE_MISMATCH', { evidence: false }), right: v('MODE_MISMATCH') },
  },
  {
    name: 'v2-vs-v1-sw-ls',
    description: 'IKE version mismatch: strongSwan initiates IKEv2, Libreswan has only an IKEv1 connection.',
    left: SW, right: { ...LS, version: 1 },
    expect: { left: v('IKE_VERSION_MISMATCH', { evidence: false }), right: v('IKE_VERSION_MISMATCH') },
  },
  {
    name: 'v1-vs-v2-ls-sw',
    description: 'IKE version mismatch: Libreswan initiates IKEv1 Main Mode, strongSwan has only an IKEv2 connection.',
    left: { ...LS, version: 1 }, right: SW,
    expect: { left: v('IKE_VERSION_MISMATCH', { evidence: false }), right: v('IKE_VERSION_MISMATCH') },
  },
  {
    name: 'v2-tunnel-vs-transport-sw-ls',
    description: 'IKEv2 encapsulation mode mismatch: strongSwan asks for tunnel mode, Libreswan is configured for transport mode; host-to-host selectors on both.',
    left: SW, right: { ...LS, mode: 'transport' }, both: { localTs: 'dynamic', remoteTs: 'dynamic' },
    expect: { left: v('MODE_MISMATCH', { evidence: false }), right: v('MODE_MISMATCH') },
  },

  // ---- traffic selectors ----
  {
    name: 'v2-ts-narrower-sw-sw',
    description: 'IKEv2 TS: the responder\'s local subnet (203.0.113.128/27) is narrower than what the initiator asks for (/26); strongSwan narrows and the CHILD SA establishes with the /27.',
    left: SW, right: { ...SW, localTs: '203.0.113.128/27' }, dataPath: true,
    expect: { left: ok(), right: ok() },
  },
  {
    name: 'v2-ts-wider-sw-sw',
    description: 'IKEv2 TS: the responder\'s local subnet (203.0.113.128/25) is wider than what the initiator asks for (/26); strongSwan narrows to the request and the CHILD SA establishes.',
    left: SW, right: { ...SW, localTs: '203.0.113.128/25' }, dataPath: true,
    expect: { left: ok(), right: ok() },
  },
  {
    name: 'v2-ts-narrower-sw-ls',
    description: 'IKEv2 TS: Libreswan responder\'s local subnet (203.0.113.128/27) is narrower than the initiator\'s request (/26); Libreswan does not narrow (narrowing=no).',
    left: SW, right: { ...LS, localTs: '203.0.113.128/27' },
    expect: { left: v('TS_MISMATCH', { evidence: false }), right: v('TS_MISMATCH') },
  },
  {
    name: 'v2-ts-wider-sw-ls',
    description: 'IKEv2 TS: Libreswan responder\'s local subnet (203.0.113.128/25) is wider than the initiator\'s request (/26); Libreswan does not narrow (narrowing=no).',
    left: SW, right: { ...LS, localTs: '203.0.113.128/25' },
    expect: { left: v('TS_MISMATCH', { evidence: false }), right: v('TS_MISMATCH') },
  },
  {
    name: 'v2-ts-disjoint-sw-sw',
    description: 'IKEv2 TS: the responder\'s local subnet (203.0.113.64/26) does not overlap the initiator\'s remote subnet (203.0.113.128/26).',
    left: SW, right: { ...SW, localTs: '203.0.113.64/26' },
    expect: { left: v('TS_MISMATCH', { evidence: false }), right: v('TS_MISMATCH') },
  },
  {
    name: 'v2-ts-disjoint-ls-sw',
    description: 'IKEv2 TS: Libreswan initiator asks for remote subnet 203.0.113.192/26, strongSwan responder only has 203.0.113.128/26.',
    left: { ...LS, remoteTs: '203.0.113.192/26' }, right: SW,
    expect: { left: v('TS_MISMATCH', { evidence: false }), right: v('TS_MISMATCH') },
  },
  {
    name: 'v1-ts-disjoint-sw-ls',
    description: 'IKEv1 Quick Mode IDs do not match: strongSwan asks for remote 203.0.113.64/26, Libreswan has 203.0.113.128/26.',
    left: { ...SW, remoteTs: '203.0.113.64/26' }, right: LS, both: { version: 1 },
    expect: { left: v('TS_MISMATCH', { evidence: false }), right: v('TS_MISMATCH') },
  },

  // ---- reachability and NAT ----
  {
    name: 'v2-unreach-nodaemon-sw',
    description: 'IKEv2: strongSwan initiator, no IKE daemon runs on the responder host; the initiator gives up after its retransmissions.',
    left: SW, right: { ...SW, absent: true },
    expect: { left: v('PEER_UNREACHABLE'), right: v('PEER_UNREACHABLE', { evidence: false }) },
  },
  {
    name: 'v2-unreach-drop500-ls-sw',
    description: 'IKEv2: Libreswan initiator; the responder host drops UDP 500 with iptables, strongSwan there never sees a packet.',
    left: LS, right: SW,
    firewall: [drop('right', 'INPUT', 'udp', 500)],
    expect: { left: v('PEER_UNREACHABLE'), right: v('PEER_UNREACHABLE', { evidence: false }) },
  },
  {
    name: 'v1-unreach-drop500-sw-ls',
    description: 'IKEv1 Main Mode: strongSwan initiator; the Libreswan host drops UDP 500 with iptables.',
    left: SW, right: LS, both: { version: 1 },
    firewall: [drop('right', 'INPUT', 'udp', 500)],
    expect: { left: v('PEER_UNREACHABLE'), right: v('PEER_UNREACHABLE', { evidence: false }) },
  },
  {
    name: 'v2-nat-ok-sw-sw',
    description: 'IKEv2 through a masquerading router: NAT detected, IKE moves to UDP 4500, CHILD SA establishes with UDP encapsulation; ping through the tunnel.',
    left: SW, right: SW, nat: true, dataPath: true,
    steps: upThen({ do: 'ping' }),
    expect: { left: ok(), right: ok() },
  },
  {
    name: 'v2-nat-4500-blocked-sw-sw',
    description: 'IKEv2 through NAT, the router drops UDP 4500: IKE_SA_INIT (UDP 500) succeeds and detects the NAT, IKE_AUTH on UDP 4500 never arrives.',
    left: SW, right: SW, nat: true,
    firewall: [drop('mid', 'FORWARD', 'udp', 4500)],
    expect: { left: v('NAT_T_BLOCKED'), right: v('NAT_T_BLOCKED', { evidence: false }) },
  },
  {
    name: 'v2-nat-4500-blocked-ls-sw',
    description: 'IKEv2 through NAT with UDP 4500 dropped, Libreswan initiator behind the NAT, strongSwan responder. Libreswan does not log the NAT detection at its default level; it only sees IKE_AUTH go unanswered.',
    left: LS, right: SW, nat: true,
    firewall: [drop('mid', 'FORWARD', 'udp', 4500)],
    expect: { left: v('NAT_T_BLOCKED', { evidence: false }), right: v('NAT_T_BLOCKED', { evidence: false }) },
  },

  {
    name: 'v2-frag-dropped-sw-sw',
    description: 'IKEv2 with an RSA 4096 certificate and IKE fragmentation off: IKE_AUTH is larger than the MTU, the router drops IP fragments.',
    left: { ...SW, auth: 'pubkey', remoteAuth: 'pubkey', cert: 'left-big', fragmentation: 'no' },
    right: { ...SW, auth: 'pubkey', fragmentation: 'no' },
    firewall: [{ ns: 'mid', rule: ['-A', 'FORWARD', '-f', '-j', 'DROP'] }],
    expect: { left: v('FRAGMENTATION_DROPPED'), right: v('FRAGMENTATION_DROPPED', { evidence: false }) },
  },

  // ---- certificates and EAP (strongSwan both ends) ----
  {
    name: 'v2-cert-untrusted-sw-sw',
    description: 'IKEv2 certificate auth: the initiator\'s certificate is issued by a CA the responder does not trust.',
    left: { ...SW, cert: 'left-rogue', key: 'left' }, right: SW, both: { auth: 'pubkey' },
    expect: { left: v('CERT_INVALID', { evidence: false }), right: v('CERT_INVALID') },
  },
  {
    name: 'v2-cert-expired-sw-sw',
    description: 'IKEv2 certificate auth: the initiator\'s certificate expired (valid 2020-01-01 .. 2021-01-01).',
    left: { ...SW, cert: 'left-expired', key: 'left' }, right: SW, both: { auth: 'pubkey' },
    expect: { left: v('CERT_INVALID', { evidence: false }), right: v('CERT_INVALID') },
  },
  {
    name: 'v2-cert-id-sw-sw',
    description: 'IKEv2 certificate auth: the initiator uses identity left.example, its certificate only contains other.example.',
    left: { ...SW, cert: 'left-otherid', key: 'left' }, right: SW, both: { auth: 'pubkey' },
    expect: { left: v('ID_MISMATCH', { evidence: false }), right: v('ID_MISMATCH') },
  },

  // ---- certificates with Libreswan (NSS database, RFC 7427 ECDSA signatures) ----
  {
    name: 'v2-ok-cert-sw-ls',
    description: 'IKEv2 with ECDSA certificates from the lab CA, strongSwan initiator, Libreswan responder (certificates in its NSS database): both authenticate; Libreswan then cannot install the ESP SA (no ESP in this kernel).',
    left: SW, right: LS, both: { auth: 'pubkey' },
    expect: { left: v('LOCAL_SA_INSTALL_FAILED', { evidence: false }), right: v('LOCAL_SA_INSTALL_FAILED') },
  },
  {
    name: 'v2-cert-untrusted-sw-ls',
    description: 'IKEv2 certificate auth: the strongSwan initiator\'s certificate is issued by a CA the Libreswan responder does not trust.',
    left: { ...SW, cert: 'left-rogue', key: 'left' }, right: LS, both: { auth: 'pubkey' },
    expect: { left: v('CERT_INVALID', { evidence: false }), right: v('CERT_INVALID') },
  },
  {
    name: 'v2-cert-expired-sw-ls',
    description: 'IKEv2 certificate auth: the strongSwan initiator\'s certificate expired (valid 2020-01-01 .. 2021-01-01); Libreswan responder.',
    left: { ...SW, cert: 'left-expired', key: 'left' }, right: LS, both: { auth: 'pubkey' },
    expect: { left: v('CERT_INVALID', { evidence: false }), right: v('CERT_INVALID') },
  },
  {
    name: 'v2-cert-id-sw-ls',
    description: 'IKEv2 certificate auth: the strongSwan initiator uses identity left.example, its certificate only contains other.example; Libreswan responder.',
    left: { ...SW, cert: 'left-otherid', key: 'left' }, right: LS, both: { auth: 'pubkey' },
    expect: { left: v('ID_MISMATCH', { evidence: false }), right: v('ID_MISMATCH') },
  },
  {
    name: 'v2-cert-untrusted-ls-sw',
    description: 'IKEv2 certificate auth: the Libreswan initiator\'s certificate is issued by a CA the strongSwan responder does not trust.',
    left: { ...LS, cert: 'left-rogue', key: 'left' }, right: SW, both: { auth: 'pubkey' },
    expect: { left: v('CERT_INVALID', { evidence: false }), right: v('CERT_INVALID') },
  },

  {
    name: 'v1-ok-cert-sw-sw',
    description: 'IKEv1 Main Mode with ECDSA certificates from the lab CA, strongSwan both ends; ISAKMP and IPsec SA establish.',
    left: SW, right: SW, both: { version: 1, auth: 'pubkey' }, dataPath: true,
    expect: { left: ok(), right: ok() },
  },
  {
    name: 'v1-cert-untrusted-sw-sw',
    description: 'IKEv1 Main Mode certificate auth: the initiator\'s certificate is issued by a CA the responder does not trust (strongSwan both ends).',
    left: { ...SW, cert: 'left-rogue', key: 'left' }, right: SW, both: { version: 1, auth: 'pubkey' },
    expect: { left: v('CERT_INVALID', { evidence: false }), right: v('CERT_INVALID') },
  },
  {
    name: 'v1-aggr-psk-sw-sw',
    description: 'IKEv1 Aggressive Mode PSK mismatch, strongSwan both ends (responder allows Aggressive Mode PSK).',
    left: SW, right: { ...SW, psk: 'another-psk-5511' }, both: { version: 1, aggressive: true },
    expect: { left: v('PSK_MISMATCH'), right: v('PSK_MISMATCH') },
  },
  {
    name: 'v1-aggr-psk-sw-ls',
    description: 'IKEv1 Aggressive Mode PSK mismatch: strongSwan initiator, Libreswan responder.',
    left: SW, right: { ...LS, psk: 'another-psk-5511' }, both: { version: 1, aggressive: true },
    expect: { left: v('PSK_MISMATCH'), right: v('PSK_MISMATCH') },
  },

  // ---- Libreswan both ends ----
  {
    name: 'v2-ok-ls-ls',
    description: 'IKEv2 PSK, Libreswan both ends: the IKE SA establishes; the responder cannot install the ESP SA (no ESP in this kernel) and answers TS_UNACCEPTABLE, so the initiator never reaches its own install step.',
    left: LS, right: LS,
    expect: { left: v('LOCAL_SA_INSTALL_FAILED', { evidence: false }), right: v('LOCAL_SA_INSTALL_FAILED') },
  },
  {
    name: 'v2-psk-ls-ls',
    description: 'IKEv2 PSK mismatch, Libreswan both ends.',
    left: LS, right: { ...LS, psk: 'another-psk-5511' },
    expect: { left: v('PSK_MISMATCH', { evidence: false }), right: v('PSK_MISMATCH') },
  },
  {
    name: 'v2-ike-dh-ls-ls',
    description: 'IKEv2 IKE proposal mismatch in the DH group, Libreswan both ends: MODP_2048 offered, the responder accepts only MODP_3072.',
    left: LS, right: { ...LS, ike: 'aes256-sha256-modp3072' },
    expect: { left: v('IKE_PROPOSAL_MISMATCH', { param: 'dh_group' }), right: v('IKE_PROPOSAL_MISMATCH', { param: 'dh_group' }) },
  },
  {
    name: 'v2-ts-disjoint-ls-ls',
    description: 'IKEv2 TS: the Libreswan initiator asks for remote subnet 203.0.113.192/26, the Libreswan responder only has 203.0.113.128/26.',
    left: { ...LS, remoteTs: '203.0.113.192/26' }, right: LS,
    expect: { left: v('TS_MISMATCH', { evidence: false }), right: v('TS_MISMATCH') },
  },
  {
    name: 'v1-psk-ls-ls',
    description: 'IKEv1 Main Mode PSK mismatch, Libreswan both ends.',
    left: LS, right: { ...LS, psk: 'another-psk-5511' }, both: { version: 1 },
    expect: { left: v('PSK_MISMATCH', { evidence: false }), right: v('PSK_MISMATCH') },
  },

  {
    name: 'v2-eap-md5-sw-sw',
    description: 'IKEv2 EAP-MD5 client (initiator) with a wrong password; the responder authenticates with its certificate.',
    left: { ...SW, auth: 'eap-md5', remoteAuth: 'pubkey', eapSecret: 'wrong-password' },
    right: { ...SW, auth: 'pubkey', remoteAuth: 'eap-md5', pskAny: true },
    expect: { left: v('EAP_AUTH_FAILED'), right: v('EAP_AUTH_FAILED') },
  },

  // ---- after the tunnel is up: DPD, rekeying, restart, delete ----
  {
    name: 'v2-dpd-kill-sw-sw',
    description: 'IKEv2 DPD: tunnel up, then the responder\'s charon is killed (SIGKILL, no DELETE); the initiator\'s liveness check goes unanswered and it gives up the IKE SA.',
    left: { ...SW, dpd: 2 }, right: { ...SW, dpd: 2 }, dataPath: true,
    steps: upThen({ do: 'ping' }, { do: 'kill', side: 'right' }, { do: 'waitLog', side: 'left', re: /giving up after/, s: 20 }),
    expect: { left: v('DPD_PEER_DEAD'), right: v('DPD_PEER_DEAD', { evidence: false }) },
  },
  {
    name: 'v2-dpd-kill-sw-ls',
    description: 'IKEv2 DPD towards Libreswan: the IKE SA is up (Libreswan cannot install the ESP SA and answers TS_UNACCEPTABLE; strongSwan keeps the IKE SA), then Libreswan is killed; strongSwan\'s liveness checks go unanswered and it gives up the IKE SA.',
    left: { ...SW, dpd: 2 }, right: LS,
    steps: upThen({ do: 'sleep', s: 1 }, { do: 'kill', side: 'right' }, { do: 'waitLog', side: 'left', re: /giving up after/, s: 25 }),
    expect: {
      left: v('DPD_PEER_DEAD'),
      right: v('LOCAL_SA_INSTALL_FAILED', { note: 'Libreswan is killed without a trace in its log; what its log shows is its failed ESP install before that.' }),
    },
  },
  {
    name: 'v2-dpd-freeze-sw-sw',
    description: 'IKEv2 DPD: tunnel up, then the responder is frozen (SIGSTOP); the initiator\'s DPD retransmissions go unanswered and it restarts the connection (dpd_action=restart), which also times out.',
    left: { ...SW, dpd: 2, dpdAction: 'restart' }, right: { ...SW, dpd: 2 }, dataPath: true,
    steps: upThen({ do: 'kill', side: 'right', sig: 'SIGSTOP' }, { do: 'waitLog', side: 'left', re: /giving up after/, count: 2, s: 25 }),
    expect: { left: v('DPD_PEER_DEAD'), right: v('DPD_PEER_DEAD', { evidence: false }) },
  },
  {
    name: 'v1-dpd-freeze-sw-sw',
    description: 'IKEv1 DPD (R-U-THERE): tunnel up, then the responder is frozen (SIGSTOP); the initiator declares it dead.',
    left: { ...SW, dpd: 2 }, right: { ...SW, dpd: 2 }, both: { version: 1 }, dataPath: true,
    steps: upThen({ do: 'kill', side: 'right', sig: 'SIGSTOP' }, { do: 'waitLog', side: 'left', re: /DPD check timed out|giving up|dead/, s: 20 }),
    expect: { left: v('DPD_PEER_DEAD'), right: v('DPD_PEER_DEAD', { evidence: false }) },
  },
  {
    name: 'v2-rekey-ike-sw-sw',
    description: 'IKEv2 IKE SA rekeying with a 5 s rekey time: the IKE SA is rekeyed (CREATE_CHILD_SA) and stays up.',
    left: { ...SW, ikeRekey: 5 }, right: SW, dataPath: true,
    steps: upThen({ do: 'sleep', s: 7 }, { do: 'ping' }),
    expect: { left: ok(), right: ok() },
  },
  {
    name: 'v2-rekey-child-sw-sw',
    description: 'IKEv2 CHILD SA rekeying with a 5 s rekey time: the CHILD SA is rekeyed and traffic still flows.',
    left: { ...SW, childRekey: 5 }, right: SW, dataPath: true,
    steps: upThen({ do: 'sleep', s: 7 }, { do: 'ping' }),
    expect: { left: ok(), right: ok() },
  },
  {
    name: 'v1-reauth-sw-sw',
    description: 'IKEv1 ISAKMP SA reauthentication with a 6 s lifetime (IKEv1 has no rekey without reauth); the new SAs come up.',
    left: { ...SW, ikeRekey: 6 }, right: SW, both: { version: 1 }, dataPath: true,
    steps: upThen({ do: 'sleep', s: 9 }),
    expect: { left: ok(), right: ok() },
  },
  {
    name: 'v2-rekey-ike-noreply-sw-sw',
    description: 'IKEv2 IKE SA rekey fails: after the tunnel is up the router starts dropping all IKE traffic (no DPD configured), so the CREATE_CHILD_SA rekey request is never answered and the IKE SA is given up.',
    left: { ...SW, ikeRekey: 5 }, right: SW, dataPath: true,
    steps: upThen(
      { do: 'firewall', rules: [drop('mid', 'FORWARD', 'udp', 500), drop('mid', 'FORWARD', 'udp', 4500)] },
      { do: 'waitLog', side: 'left', re: /giving up after/, s: 20 },
    ),
    expect: { left: v('REKEY_FAILED'), right: v('REKEY_FAILED', { evidence: false }) },
  },
  {
    name: 'v2-reauth-psk-changed-sw-sw',
    description: 'IKEv2 reauthentication after the responder\'s PSK was changed: the new IKE_AUTH fails.',
    left: { ...SW, reauth: 5 }, right: SW, dataPath: true,
    steps: upThen({ do: 'psk', side: 'right', psk: 'rotated-psk-9d2e' }, { do: 'sleep', s: 8 }),
    expect: { left: v('PSK_MISMATCH', { evidence: false }), right: v('PSK_MISMATCH') },
  },
  {
    name: 'v2-restart-initial-contact-sw-sw',
    description: 'IKEv2 peer restart: the responder\'s charon is killed and started again; it initiates with INITIAL_CONTACT and the initiator drops its stale IKE SA.',
    left: SW, right: { ...SW, startAction: 'start' }, dataPath: true,
    steps: upThen({ do: 'kill', side: 'right' }, { do: 'start', side: 'right' }, { do: 'sleep', s: 3 }, { do: 'ping' }),
    expect: {
      left: v('ESTABLISHED', {
        also: ['STALE_SA'],
        note: 'After the restart the tunnel comes back up (the verdict); the stale IKE SA the initiator still held is reported as STALE_SA behind it.',
      }),
      right: ok(),
    },
  },
  {
    name: 'v2-restart-stale-sw-sw',
    description: 'IKEv2 peer restart without re-initiation: the responder comes back with no state and ignores the initiator\'s messages for the unknown IKE SA; the initiator\'s stale SA dies by DPD. Neither log names the restart as the cause.',
    left: { ...SW, dpd: 2 }, right: SW, dataPath: true,
    steps: upThen({ do: 'kill', side: 'right' }, { do: 'start', side: 'right' }, { do: 'ping' }, { do: 'waitLog', side: 'left', re: /giving up after|INVALID_IKE_SPI/, s: 20 }),
    expect: { left: v('STALE_SA', { evidence: false }), right: v('STALE_SA', { evidence: false }) },
  },

  {
    name: 'v2-delete-by-peer-sw-sw',
    description: 'IKEv2: tunnel up, then the responder deletes the IKE SA (swanctl --terminate); the initiator receives the DELETE.',
    left: SW, right: SW, dataPath: true,
    steps: upThen({ do: 'terminate', side: 'right' }),
    expect: { left: v('SA_DELETED_BY_PEER'), right: v('CLOSED', { note: 'The responder is the side that deleted the SA (swanctl --terminate): its own log shows an orderly local close; the initiator sees SA_DELETED_BY_PEER.' }) },
  },
  {
    name: 'v1-delete-by-peer-sw-sw',
    description: 'IKEv1: tunnel up, then the responder deletes the ISAKMP SA and its IPsec SA (swanctl --terminate); the initiator receives the DELETE notifications.',
    left: SW, right: SW, both: { version: 1 }, dataPath: true,
    steps: upThen({ do: 'terminate', side: 'right' }),
    expect: { left: v('SA_DELETED_BY_PEER'), right: v('CLOSED', { note: 'The responder is the side that deleted the SA (swanctl --terminate): its own log shows an orderly local close; the initiator sees SA_DELETED_BY_PEER.' }) },
  },
];


// ---- several connections between the same two gateways, one fault in one of them ----
// Connection `lab` is the lab's usual one; `lab-b` is a second site-to-site connection between the
// same two gateways: its own IKE identities (a responder tells the two apart by IDi, RFC 7296
// §2.15), its own PSK and its own subnets (203.0.113.64/26 <-> 203.0.113.192/26).
const CONN_B = {
  name: 'lab-b',
  child: 'net-b',
  left: { id: '@left-b.example', remoteId: '@right-b.example', psk: 'lab-b-psk-40c1e7', localTs: '203.0.113.64/26', remoteTs: '203.0.113.192/26' },
  right: { id: '@right-b.example', remoteId: '@left-b.example', psk: 'lab-b-psk-40c1e7', localTs: '203.0.113.192/26', remoteTs: '203.0.113.64/26' },
};

/** A third connection that comes up: subnets inside the lab's own (/28 of each /26). */
const CONN_C = {
  name: 'lab-c',
  child: 'net-c',
  left: { id: '@left-c.example', remoteId: '@right-c.example', psk: 'lab-c-psk-91d2aa', localTs: '203.0.113.0/28', remoteTs: '203.0.113.128/28' },
  right: { id: '@right-c.example', remoteId: '@left-c.example', psk: 'lab-c-psk-91d2aa', localTs: '203.0.113.128/28', remoteTs: '203.0.113.0/28' },
  expect: { left: ok(), right: ok() },
};

/** Connection B with more per-side overrides (the fault). */
const connB = (expect, more = {}) => ({
  ...CONN_B,
  fault: true,
  left: { ...CONN_B.left, ...more.left },
  right: { ...CONN_B.right, ...more.right },
  expect,
});

/** A multi-connection scenario: the side-level `expect` is that of the connection with the fault. */
function multi(sc) {
  const expect = {};
  for (const side of ['left', 'right']) {
    const fault = sc.conns.find((c) => c.fault) ?? sc.conns[0];
    expect[side] = fault.expect[side];
  }
  return { ...sc, expect };
}

export const MULTI_SCENARIOS = [
  multi({
    name: 'multi-v2-psk-sw-sw',
    description: 'Two IKEv2 connections between the same strongSwan gateways, told apart by their identities: lab comes up; lab-b fails, the responder has another PSK for it.',
    left: SW, right: SW, dataPath: true,
    conns: [
      { name: 'lab', expect: { left: ok(), right: ok() } },
      connB({ left: v('PSK_MISMATCH', { evidence: false }), right: v('PSK_MISMATCH') }, { right: { psk: 'another-psk-5511' } }),
    ],
    steps: [{ do: 'initiate', conn: 'lab' }, { do: 'initiate', conn: 'lab-b' }, { do: 'ping' }],
  }),
  multi({
    name: 'multi-v2-ts-sw-sw',
    description: 'Two IKEv2 connections between the same strongSwan gateways: lab comes up; lab-b\'s responder has another local subnet (203.0.113.32/27), disjoint from what the initiator asks for (203.0.113.192/26).',
    left: SW, right: SW, dataPath: true,
    conns: [
      { name: 'lab', expect: { left: ok(), right: ok() } },
      connB({ left: v('TS_MISMATCH', { evidence: false }), right: v('TS_MISMATCH') }, { right: { localTs: '203.0.113.32/27' } }),
    ],
    steps: [{ do: 'initiate', conn: 'lab' }, { do: 'initiate', conn: 'lab-b' }, { do: 'ping' }],
  }),
  multi({
    name: 'multi-v2-child-sw-sw',
    description: 'Two IKEv2 connections between the same strongSwan gateways: lab comes up; lab-b\'s CHILD SA proposals differ (AES_CBC_256/SHA2_256 offered, the responder accepts only AES_GCM_16_256); its IKE SA establishes.',
    left: SW, right: SW, dataPath: true,
    conns: [
      { name: 'lab', expect: { left: ok(), right: ok() } },
      connB({ left: v('CHILD_PROPOSAL_MISMATCH'), right: v('CHILD_PROPOSAL_MISMATCH') }, { right: { esp: 'aes256gcm16' } }),
    ],
    steps: [{ do: 'initiate', conn: 'lab' }, { do: 'initiate', conn: 'lab-b' }, { do: 'ping' }],
  }),
  multi({
    name: 'multi-v2-psk-parallel-sw-sw',
    description: 'Three IKEv2 connections between the same strongSwan gateways, initiated at the same moment (their lines interleave): lab and lab-c come up, lab-b fails on the responder\'s other PSK.',
    left: SW, right: SW, dataPath: true,
    conns: [
      { name: 'lab', expect: { left: ok(), right: ok() } },
      connB({ left: v('PSK_MISMATCH', { evidence: false }), right: v('PSK_MISMATCH') }, { right: { psk: 'another-psk-5511' } }),
      CONN_C,
    ],
    steps: [{ do: 'initiate', conns: ['lab', 'lab-b', 'lab-c'] }, { do: 'ping' }],
  }),
  multi({
    name: 'multi-v2-psk-sw-ls',
    description: 'Two IKEv2 connections, strongSwan initiator, Libreswan responder: lab authenticates and reaches Libreswan\'s install step (no ESP in this kernel); lab-b fails, Libreswan has another PSK for it.',
    left: SW, right: LS,
    conns: [
      { name: 'lab', expect: { left: v('LOCAL_SA_INSTALL_FAILED', { evidence: false }), right: v('LOCAL_SA_INSTALL_FAILED') } },
      connB({ left: v('PSK_MISMATCH', { evidence: false }), right: v('PSK_MISMATCH') }, { right: { psk: 'another-psk-5511' } }),
    ],
    steps: [{ do: 'initiate', conn: 'lab' }, { do: 'initiate', conn: 'lab-b' }],
  }),
  multi({
    name: 'multi-v2-ts-ls-sw',
    description: 'Two IKEv2 connections, Libreswan initiator, strongSwan responder (user-space ESP): lab is negotiated (strongSwan installs its CHILD SA, Libreswan cannot); lab-b fails, strongSwan\'s local subnet for it (203.0.113.32/27) is disjoint from the one Libreswan asks for.',
    left: LS, right: SW, dataPath: true,
    conns: [
      { name: 'lab', expect: { left: v('LOCAL_SA_INSTALL_FAILED'), right: v('LOCAL_SA_INSTALL_FAILED', { evidence: false }) } },
      connB({ left: v('TS_MISMATCH', { evidence: false }), right: v('TS_MISMATCH') }, { right: { localTs: '203.0.113.32/27' } }),
    ],
    steps: [{ do: 'initiate', conn: 'lab' }, { do: 'initiate', conn: 'lab-b' }],
  }),
];
