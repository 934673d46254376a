// Vendor defaults for values a configuration leaves unset. They differ between vendors, between
// versions, and even between two configuration forms of one daemon (strongSwan's swanctl.conf and
// legacy ipsec.conf) — the classic "both configs look the same and it still fails". Each entry
// cites the document or source it comes from; `compare` marks every value taken from here.
import type { FixFamily } from '../core/dialect.js';
import type { ChildProposal, IkeProposal, TunnelPolicy, Value } from '../core/policy.js';
import { STRONGSWAN_DEFAULT_ESP, STRONGSWAN_DEFAULT_IKE } from './strongswan/proposals.js';
import { parseLsChild, parseLsIke } from './libreswan/proposals.js';

export interface VendorDefaults {
  vendor: FixFamily;
  /** Which configurations of the vendor the entry is for (the first entry that applies wins). */
  applies?: (p: TunnelPolicy) => boolean;
  /** Versions the entry applies to (free text, shown to the user). */
  versions: string;
  cite: string;
  ikeVersion?: 1 | 2;
  mode?: 'main' | 'aggressive';
  ikeProposals?: IkeProposal[];
  ikeLifetimeSeconds?: number;
  childProposals?: ChildProposal[];
  childMode?: 'tunnel' | 'transport';
  childLifetimeSeconds?: number;
  childLifetimeKilobytes?: number;
  dpd?: { enabled: boolean; delaySeconds?: number; timeoutSeconds?: number; action?: string };
  natTraversal?: boolean;
  /** Defaults computed from the rest of the policy (Libreswan's PFS group follows the IKE SA). */
  derive?: (p: TunnelPolicy) => { childProposals?: ChildProposal[]; localId?: string; remoteId?: string };
}

const usesPsk = (p: TunnelPolicy): boolean => p.auth?.value === 'psk' || p.auth?.value === 'xauth-psk';
/** With a pre-shared key a gateway that names no identity sends its own address (ID_IPV4_ADDR). */
const addressId = (p: TunnelPolicy): { localId?: string } =>
  usesPsk(p) && p.localAddress ? { localId: p.localAddress.value } : {};
/** ipsec.conf's `rightid` defaults to `right`: the peer is expected to send its address. */
const addressIds = (p: TunnelPolicy): { localId?: string; remoteId?: string } => ({
  ...addressId(p),
  ...(p.peer ? { remoteId: p.peer.value } : {}),
});

/** The file name (not the folders) names swanctl: `swanctl.conf`, `b.swanctl.conf`, `conf.d/*.swanctl`. */
export const isSwanctlFile = (path: string): boolean =>
  path.slice(path.lastIndexOf('/') + 1).includes('swanctl');

/** swanctl.conf policies carry their CHILD_SA name; legacy ipsec.conf (stroke) ones do not. */
export function isSwanctl(p: TunnelPolicy): boolean {
  const swan = (p as { swan?: { child?: string } }).swan;
  return p.vendor === 'strongswan' && (swan?.child !== undefined || isSwanctlFile(p.file));
}

// strongSwan's `default` proposals are built by proposal_create_default() and
// proposal_create_default_aead() (src/libstrongswan/crypto/proposal/proposal.c, same in 5.9.14 and
// 6.0.x): IKE = AES-CBC/CTR, Camellia, 3DES with SHA-2/AES-XCBC/AES-CMAC/SHA-1 and ECP 256-521,
// Brainpool, Curve25519/448, MODP 3072-8192 and MODP 2048; ESP = AES-GCM-16 and AES-CBC with
// SHA-2/SHA-1/AES-XCBC, no PFS group. The exact set depends on the loaded plugins; the tables in
// strongswan/proposals.ts hold the set of a usual build (openssl plugin).
const swIke = (order: 'cbc-first' | 'aead-first'): IkeProposal[] => {
  const [aead, cbc] = STRONGSWAN_DEFAULT_IKE.map((p) => ({
    ...p,
    encryption: [...p.encryption],
    integrity: [...p.integrity],
    prf: [...p.prf],
    dhGroups: [...p.dhGroups],
  }));
  return order === 'cbc-first' ? [cbc!, aead!] : [aead!, cbc!];
};
const swEsp = (order: 'cbc-first' | 'aead-first'): ChildProposal[] => {
  const [aead, cbc] = STRONGSWAN_DEFAULT_ESP.map((p) => ({
    ...p,
    encryption: [...p.encryption],
    integrity: [...p.integrity],
    dhGroups: [...p.dhGroups],
  }));
  return order === 'cbc-first' ? [cbc!, aead!] : [aead!, cbc!];
};

// Libreswan 4.x/5.x built-in proposals (lib/libswan/ike_info.c, esp_info.c): IKEv2 IKE and ESP
// = AES_GCM_16_256, AES_GCM_16_128, CHACHA20_POLY1305 (5.0+, not in FIPS mode), AES_CBC_256,
// AES_CBC_128; PRF/integrity SHA2_512, SHA2_256; KE groups DH19, DH20, DH21, DH31, MODP4096,
// MODP3072, MODP2048, MODP8192 (4.x: the same groups, MODP first). IKEv1: AES_CBC and 3DES with
// SHA2_256, SHA2_512, SHA1 and MODP2048, MODP1536, DH19, DH31; ESP AES_CBC, AES_GCM_16_128/256,
// 3DES with SHA1, SHA2_512, SHA2_256.
// The proposal strings are the ones in those files, read by the same parser as a configured ike=/esp=.
const LS_V2 = 'aes_gcm256,aes_gcm128,chacha20_poly1305,aes256,aes128';
const lsIkeV2 = parseLsIke(LS_V2, 2).proposals;
const lsIkeV1 = parseLsIke('aes,3des', 1).proposals;
const lsEspV2 = parseLsChild(LS_V2, 'esp', 2).proposals;
const lsEspV1 = parseLsChild('aes,aes_gcm128,aes_gcm256,3des', 'esp', 1).proposals;

/**
 * Libreswan's pfs=yes (the default) without a group in esp= uses the IKE SA's group for the
 * CHILD SA (ipsec.conf(5) esp=: "When PFS is enabled, and the DH algorithms are omitted, each
 * PROPOSAL will automatically include the DH algorithm negotiated during the IKE exchange").
 */
function libreswanEsp(p: TunnelPolicy, espDefault: ChildProposal[], ikeDefault: IkeProposal[]): ChildProposal[] {
  const props = p.childProposals?.value ?? espDefault;
  const pfs = (p as { swan?: { pfs?: { value: boolean } } }).swan?.pfs?.value ?? true;
  if (!pfs) return props;
  const groups = [...new Set((p.ikeProposals?.value ?? ikeDefault).flatMap((x) => x.dhGroups))];
  return props.map((x) => ({ ...x, dhGroups: groups }));
}

export const DEFAULTS: readonly VendorDefaults[] = [
  {
    vendor: 'strongswan',
    applies: isSwanctl,
    versions: 'strongSwan 5.9 / 6.0 (swanctl.conf)',
    cite: 'swanctl.conf(5): connections.<conn>.version = 0 (IKEv2 as initiator, both as responder), proposals = default, rekey_time = 4h; children.<child>.esp_proposals = default, rekey_time = 1h, mode = tunnel; dpd_delay = 0s (off); encap = no (NAT-T by detection); local.id = the local address, remote.id = %any. `default` = proposal.c proposal_create_default[_aead]() (IKE: classic first; ESP: AES-GCM first, no PFS; 6.0.2+ adds every KE method as optional)',
    ikeProposals: swIke('cbc-first'),
    ikeLifetimeSeconds: 14400,
    childProposals: swEsp('aead-first'),
    childMode: 'tunnel',
    childLifetimeSeconds: 3600,
    dpd: { enabled: false },
    natTraversal: true,
    derive: (p) => ({ ...addressId(p), remoteId: '%any' }),
  },
  {
    vendor: 'strongswan',
    versions: 'strongSwan 5.x / 6.0 (legacy ipsec.conf, stroke)',
    cite: 'ipsec.conf(5) and src/starter/confread.c: keyexchange = ike (IKEv2 as initiator), leftid = left, rightid = right, ikelifetime = 3h, lifetime = 1h, type = tunnel, dpdaction = none (off); without ike=/esp= stroke_config.c adds proposal_create_default() then _default_aead() (AES-CBC first for ESP too); ike=/esp= without a trailing `!` get the same defaults appended',
    ikeProposals: swIke('cbc-first'),
    ikeLifetimeSeconds: 10800,
    childProposals: swEsp('cbc-first'),
    childMode: 'tunnel',
    childLifetimeSeconds: 3600,
    dpd: { enabled: false },
    natTraversal: true,
    derive: addressIds,
  },
  {
    vendor: 'libreswan',
    applies: (p) => p.ikeVersion?.value === 1,
    versions: 'Libreswan 4.x / 5.x (ipsec.conf, IKEv1)',
    cite: "Libreswan ipsec.conf(5): leftid = left, rightid = right, ikelifetime = 8h (since 4.2), salifetime / ipsec-lifetime = 8h, pfs = yes (PFS group = the IKE SA's group when esp= names none), type = tunnel, dpddelay unset (off), encapsulation = auto; IKEv1 default proposals from lib/libswan/ike_info.c and esp_info.c (AES_CBC, 3DES; SHA2_256, SHA2_512, SHA1; MODP2048, MODP1536, DH19, DH31)",
    mode: 'main',
    ikeProposals: lsIkeV1,
    ikeLifetimeSeconds: 28800,
    childMode: 'tunnel',
    childLifetimeSeconds: 28800,
    dpd: { enabled: false },
    natTraversal: true,
    derive: (p) => ({ ...addressIds(p), childProposals: libreswanEsp(p, lsEspV1, lsIkeV1) }),
  },
  {
    vendor: 'libreswan',
    versions: 'Libreswan 4.x / 5.x (ipsec.conf, IKEv2)',
    cite: "Libreswan ipsec.conf(5): leftid = left, rightid = right, ikev2 = yes (4.x) / keyexchange = ikev2 (5.x), ikelifetime = 8h (since 4.2), salifetime / ipsec-lifetime = 8h, pfs = yes (PFS group = the IKE SA's group when esp= names none), narrowing = no, type = tunnel, dpddelay unset (off), encapsulation = auto; IKEv2 default proposals from lib/libswan/ike_info.c and esp_info.c (AES_GCM_16_256, AES_GCM_16_128, CHACHA20_POLY1305 (5.x), AES_CBC_256, AES_CBC_128; SHA2_512, SHA2_256; DH19, DH20, DH21, DH31, MODP4096, MODP3072, MODP2048, MODP8192)",
    ikeVersion: 2,
    ikeProposals: lsIkeV2,
    ikeLifetimeSeconds: 28800,
    childMode: 'tunnel',
    childLifetimeSeconds: 28800,
    dpd: { enabled: false },
    natTraversal: true,
    derive: (p) => ({ ...addressIds(p), childProposals: libreswanEsp(p, lsEspV2, lsIkeV2) }),
  },
  {
    vendor: 'cisco-asa',
    versions: 'ASA 9.x',
    cite: 'Cisco ASA Series VPN CLI Configuration Guide 9.x, "IPsec and ISAKMP": crypto ikev1/ikev2 policy lifetime 86400 s; Main Mode as initiator (crypto map set phase1-mode), Aggressive Mode answered unless crypto ikev1 am-disable; IPsec SA lifetime 28800 s / 4608000 KB; PFS not set by default; crypto isakmp identity auto (the interface address with pre-shared keys); isakmp keepalive threshold 10 retry 2 (L2L); NAT-T enabled (crypto isakmp nat-traversal 20)',
    mode: 'main',
    ikeLifetimeSeconds: 86400,
    childMode: 'tunnel',
    childLifetimeSeconds: 28800,
    childLifetimeKilobytes: 4608000,
    dpd: { enabled: true, delaySeconds: 10, timeoutSeconds: 2 },
    natTraversal: true,
    derive: addressId,
  },
  {
    vendor: 'cisco-ios',
    versions: 'IOS 15.x / IOS-XE 16.x-17.x',
    cite: 'Cisco IOS Security Configuration Guide: Secure Connectivity, "Configuring Internet Key Exchange for IPsec VPNs" and "Configuring IKEv2": Main Mode as initiator, Aggressive Mode answered unless crypto isakmp aggressive-mode disable; isakmp policy lifetime 86400 s, IKEv2 profile lifetime 86400 s; IPsec SA lifetime 3600 s / 4608000 KB; PFS off; DPD (keepalive) off; NAT-T on; own identity = the interface address (crypto isakmp identity address / IKEv2 identity local default)',
    mode: 'main',
    ikeLifetimeSeconds: 86400,
    childMode: 'tunnel',
    childLifetimeSeconds: 3600,
    childLifetimeKilobytes: 4608000,
    dpd: { enabled: false },
    natTraversal: true,
    derive: addressId,
  },
  {
    vendor: 'panos',
    versions: 'PAN-OS 9.x-11.x',
    cite: 'PAN-OS Administrator\'s Guide, "Define IKE Crypto Profiles" / "Define IPSec Crypto Profiles": profile "default" = IKE aes-128-cbc, 3des / sha1 / group2 / 8 hours; IPSec ESP aes-128-cbc, 3des / sha1 / group2 / 1 hour; IKE gateway exchange mode auto (main as initiator), local-id = the gateway address, no peer-id (any accepted), DPD enabled, interval 5 s, retry 5; NAT traversal disabled',
    mode: 'main',
    ikeProposals: [
      { encryption: ['aes-cbc-128', '3des'], integrity: ['sha1'], prf: ['sha1'], dhGroups: [2] },
    ],
    ikeLifetimeSeconds: 28800,
    childProposals: [
      { protocol: 'esp', encryption: ['aes-cbc-128', '3des'], integrity: ['sha1'], dhGroups: [2] },
    ],
    childMode: 'tunnel',
    childLifetimeSeconds: 3600,
    dpd: { enabled: true, delaySeconds: 5, timeoutSeconds: 25 },
    natTraversal: false,
    // no peer-id: any identity of the peer is accepted
    derive: (p) => ({ ...addressId(p), remoteId: '%any' }),
  },
  {
    vendor: 'fortigate',
    versions: 'FortiOS 6.4-7.4',
    cite: 'FortiOS CLI Reference, "config vpn ipsec phase1-interface" / "phase2-interface": ike-version 1, mode main, proposal aes128-sha256 aes256-sha256 aes128-sha1 aes256-sha1, dhgrp 14 5, keylife 86400, localid unset (the interface address is sent), peertype any, dpd on-demand, nattraversal enable; phase 2 proposal aes128-sha1 aes256-sha1 aes128-sha256 aes256-sha256 aes128gcm aes256gcm chacha20poly1305, pfs enable, dhgrp 14 5, keylifeseconds 43200',
    ikeVersion: 1,
    mode: 'main',
    ikeProposals: [
      {
        encryption: ['aes-cbc-128', 'aes-cbc-256'],
        integrity: ['sha256', 'sha1'],
        prf: ['sha256', 'sha1'],
        dhGroups: [14, 5],
      },
    ],
    ikeLifetimeSeconds: 86400,
    childProposals: [
      {
        protocol: 'esp',
        encryption: ['aes-cbc-128', 'aes-cbc-256', 'aes-gcm-16-128', 'aes-gcm-16-256', 'chacha20poly1305'],
        integrity: ['sha1', 'sha256'],
        dhGroups: [14, 5],
      },
    ],
    childMode: 'tunnel',
    childLifetimeSeconds: 43200,
    dpd: { enabled: true },
    natTraversal: true,
    // peertype any (the default) accepts any peer ID
    derive: (p) => {
      const peertype = (p as { fortigate?: { peertype?: { value: string } } }).fortigate?.peertype?.value;
      return {
        ...addressId(p),
        ...(peertype === undefined || peertype === 'any' ? { remoteId: '%any' } : {}),
      };
    },
  },
];

/** The defaults entry for a policy (vendor, configuration form, IKE version), if any. */
export function defaultsFor(p: TunnelPolicy | FixFamily): VendorDefaults | undefined {
  if (typeof p === 'string') return DEFAULTS.find((d) => d.vendor === p);
  return DEFAULTS.find((d) => d.vendor === p.vendor && (!d.applies || d.applies(p)));
}

type DefaultKey = Exclude<keyof VendorDefaults, 'vendor' | 'versions' | 'cite' | 'applies' | 'derive'>;
const KEYS: readonly DefaultKey[] = [
  'ikeVersion',
  'mode',
  'ikeProposals',
  'ikeLifetimeSeconds',
  'childProposals',
  'childMode',
  'childLifetimeSeconds',
  'childLifetimeKilobytes',
  'dpd',
  'natTraversal',
];

/** The citation shown for a value taken from an entry. */
export function citation(d: VendorDefaults): string {
  return `${d.versions}: ${d.cite}`;
}

/** A copy of the policy with every unset value filled from the vendor's defaults, marked as such. */
export function applyDefaults(p: TunnelPolicy): TunnelPolicy {
  const d = defaultsFor(p);
  if (!d) return p;
  const out: TunnelPolicy = { ...p };
  const rec = out as unknown as Record<string, Value<unknown> | undefined>;
  const cite = citation(d);
  for (const k of KEYS) {
    const v = d[k];
    if (v === undefined || rec[k] !== undefined) continue;
    rec[k] = { value: v, fromDefault: cite };
  }
  if (d.derive) {
    const derived = d.derive(out);
    if (derived.childProposals && p.childProposals === undefined)
      out.childProposals = { value: derived.childProposals, fromDefault: cite };
    if (derived.localId !== undefined && p.localId === undefined)
      out.localId = { value: derived.localId, fromDefault: cite };
    if (derived.remoteId !== undefined && p.remoteId === undefined)
      out.remoteId = { value: derived.remoteId, fromDefault: cite };
  }
  return out;
}
