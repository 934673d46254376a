// Vendor defaults for values a configuration leaves unset. They differ between vendors and
// versions — the classic "both configs look the same and it still fails". Each entry cites the
// vendor document it comes from; `compare` marks every value taken from here.
import type { FixFamily } from '../core/dialect.js';
import type { ChildProposal, IkeProposal, TunnelPolicy, Value } from '../core/policy.js';

export interface VendorDefaults {
  vendor: FixFamily;
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
}

const AES = ['aes-cbc-128', 'aes-cbc-192', 'aes-cbc-256'];

export const DEFAULTS: readonly VendorDefaults[] = [
  {
    vendor: 'strongswan',
    versions: 'strongSwan 5.9 / 6.0 (swanctl.conf)',
    cite: 'strongSwan docs, swanctl.conf(5): connections.<conn>.proposals = default, version = 0, rekey_time = 4h; children.<child>.esp_proposals = default, rekey_time = 1h, mode = tunnel, dpd_delay = 0s; docs.strongswan.org "Proposal Keywords" (default proposals)',
    ikeProposals: [
      {
        encryption: [...AES, 'aes-gcm-16-128', 'aes-gcm-16-192', 'aes-gcm-16-256', 'chacha20poly1305'],
        integrity: ['sha256', 'sha384', 'sha512'],
        prf: ['sha256', 'sha384', 'sha512'],
        dhGroups: [19, 20, 21, 31, 15, 16, 17, 18],
      },
    ],
    ikeLifetimeSeconds: 14400,
    childProposals: [
      {
        protocol: 'esp',
        encryption: ['aes-gcm-16-128', 'aes-gcm-16-256', 'chacha20poly1305', ...AES],
        integrity: ['sha256', 'sha384', 'sha512'],
        dhGroups: [],
      },
    ],
    childMode: 'tunnel',
    childLifetimeSeconds: 3600,
    dpd: { enabled: false },
    natTraversal: true,
  },
  {
    vendor: 'libreswan',
    versions: 'Libreswan 4.x / 5.x (ipsec.conf)',
    cite: 'Libreswan ipsec.conf(5): ikev2=yes (4.x default), ike= and esp= defaults (IKEv2: AES_GCM_16 / AES_CBC with SHA2, DH 19-21, 14-18), ikelifetime=8h, salifetime=8h, pfs=yes, type=tunnel, encapsulation=auto, dpddelay unset (off)',
    ikeVersion: 2,
    mode: 'main',
    ikeProposals: [
      {
        encryption: ['aes-gcm-16-256', 'aes-gcm-16-128', 'aes-cbc-256', 'aes-cbc-128'],
        integrity: ['sha512', 'sha256'],
        prf: ['sha512', 'sha256'],
        dhGroups: [19, 20, 21, 14, 15, 16, 18, 31],
      },
    ],
    ikeLifetimeSeconds: 28800,
    childProposals: [
      {
        protocol: 'esp',
        encryption: ['aes-gcm-16-256', 'aes-gcm-16-128', 'aes-cbc-256', 'aes-cbc-128'],
        integrity: ['sha512', 'sha256'],
        dhGroups: [],
      },
    ],
    childMode: 'tunnel',
    childLifetimeSeconds: 28800,
    dpd: { enabled: false },
    natTraversal: true,
  },
  {
    vendor: 'cisco-asa',
    versions: 'ASA 9.x',
    cite: 'Cisco ASA Series VPN CLI Configuration Guide 9.x, "Site-to-Site and Client VPN": crypto ikev1 policy lifetime 86400 s; IPsec SA lifetime 28800 s / 4608000 KB; PFS not set by default; isakmp keepalive threshold 10 retry 2; NAT-T enabled (crypto isakmp nat-traversal 20)',
    mode: 'main',
    ikeLifetimeSeconds: 86400,
    childMode: 'tunnel',
    childLifetimeSeconds: 28800,
    childLifetimeKilobytes: 4608000,
    dpd: { enabled: true, delaySeconds: 10, timeoutSeconds: 2 },
    natTraversal: true,
  },
  {
    vendor: 'cisco-ios',
    versions: 'IOS 15.x / IOS-XE 16.x-17.x',
    cite: 'Cisco IOS Security Configuration Guide: Secure Connectivity, "Configuring Internet Key Exchange for IPsec VPNs": isakmp policy defaults (encryption DES in 15.x, hash SHA-1, rsa-sig, group 1, lifetime 86400); IPsec SA lifetime 3600 s / 4608000 KB; PFS off; IKEv2 smart defaults (default proposal AES-CBC 256/192/128, SHA-512/384/256, group 19/20/14/21/5)',
    mode: 'main',
    ikeLifetimeSeconds: 86400,
    childMode: 'tunnel',
    childLifetimeSeconds: 3600,
    childLifetimeKilobytes: 4608000,
    dpd: { enabled: false },
    natTraversal: true,
  },
  {
    vendor: 'panos',
    versions: 'PAN-OS 9.x-11.x',
    cite: 'PAN-OS Administrator\'s Guide, "Define IKE Crypto Profiles" / "Define IPSec Crypto Profiles": profile "default" = IKE aes-128-cbc, 3des / sha1 / group2 / 8 hours; IPSec ESP aes-128-cbc, 3des / sha1 / group2 / 1 hour; IKE gateway DPD enabled, interval 5 s, retry 5; NAT traversal disabled',
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
  },
  {
    vendor: 'fortigate',
    versions: 'FortiOS 6.4-7.4',
    cite: 'FortiOS CLI Reference, "config vpn ipsec phase1-interface" / "phase2-interface": ike-version 1, mode main, proposal aes128-sha256 aes256-sha256 aes128-sha1 aes256-sha1, dhgrp 14 5, keylife 86400, dpd on-demand, nattraversal enable; phase 2 proposal aes128-sha1 aes256-sha1 aes128-sha256 aes256-sha256 aes128gcm aes256gcm chacha20poly1305, pfs enable, dhgrp 14 5, keylifeseconds 43200',
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
  },
];

export function defaultsFor(vendor: FixFamily): VendorDefaults | undefined {
  return DEFAULTS.find((d) => d.vendor === vendor);
}

type DefaultKey = Exclude<keyof VendorDefaults, 'vendor' | 'versions' | 'cite'>;
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

/** A copy of the policy with every unset value filled from the vendor's defaults, marked as such. */
export function applyDefaults(p: TunnelPolicy): TunnelPolicy {
  const d = defaultsFor(p.vendor);
  if (!d) return p;
  const out: TunnelPolicy = { ...p };
  const rec = out as unknown as Record<string, Value<unknown> | undefined>;
  for (const k of KEYS) {
    const v = d[k];
    if (v === undefined || rec[k] !== undefined) continue;
    rec[k] = { value: v, fromDefault: `${d.versions}: ${d.cite}` };
  }
  return out;
}
