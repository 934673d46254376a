// The normalized tunnel policy that every configuration parser produces (Cisco ASA/IOS, PAN-OS,
// strongSwan swanctl.conf / ipsec.conf, Libreswan ipsec.conf, FortiGate ...), so that two peers'
// configurations from different vendors can be compared value by value. Every value remembers
// the configuration line it came from, or the vendor default it was filled from.
import type { FixFamily } from './dialect.js';

export interface ConfigSource {
  path: string;
  /** 1-based line number. */
  line: number;
  /** The line as written, with secrets already masked. */
  text: string;
}

export interface Value<T> {
  value: T;
  /** Where the value was configured. */
  src?: ConfigSource;
  /** Set when the value was not configured and the vendor's default applies: the citation. */
  fromDefault?: string;
}

/** One IKE (phase 1) proposal, algorithms in canonical form (src/core/algorithms.ts). */
export interface IkeProposal {
  /** e.g. `aes-cbc-256`, `aes-gcm-16-256`, `3des` */
  encryption: string[];
  /** e.g. `sha256`, `sha1`, `md5` (empty for AEAD ciphers) */
  integrity: string[];
  /** e.g. `sha256` (IKEv1: follows the hash) */
  prf: string[];
  /** IANA group numbers */
  dhGroups: number[];
}

/** One child SA (phase 2) proposal. */
export interface ChildProposal {
  protocol: 'esp' | 'ah';
  encryption: string[];
  integrity: string[];
  /** PFS groups; empty = no PFS. */
  dhGroups: number[];
  esn?: boolean;
}

export interface TrafficSelector {
  /** CIDR, `host a.b.c.d`, or `0.0.0.0/0`; protocol/port appended as `/tcp:80` when not any. */
  local: string;
  remote: string;
}

export type AuthMethod = 'psk' | 'cert' | 'eap' | 'xauth-psk' | 'xauth-cert' | 'unknown';

export interface TunnelPolicy {
  vendor: FixFamily;
  /** File the policy was read from. */
  file: string;
  /** Connection / tunnel-group / IKE gateway / crypto map entry name. */
  name: string;
  peer?: Value<string>;
  localAddress?: Value<string>;
  localId?: Value<string>;
  remoteId?: Value<string>;
  ikeVersion?: Value<1 | 2>;
  mode?: Value<'main' | 'aggressive'>;
  /** The device refuses IKEv1 Aggressive Mode as responder (ASA `crypto ikev1 am-disable`, IOS `crypto isakmp aggressive-mode disable`). */
  refusesAggressive?: Value<boolean>;
  auth?: Value<AuthMethod>;
  /** Whether a pre-shared key is configured: never the key itself. */
  pskPresent?: Value<boolean>;
  cert?: Value<string>;
  ca?: Value<string>;
  ikeProposals?: Value<IkeProposal[]>;
  ikeLifetimeSeconds?: Value<number>;
  childProposals?: Value<ChildProposal[]>;
  childMode?: Value<'tunnel' | 'transport'>;
  childLifetimeSeconds?: Value<number>;
  childLifetimeKilobytes?: Value<number>;
  selectors?: Value<TrafficSelector[]>;
  dpd?: Value<{ enabled: boolean; delaySeconds?: number; timeoutSeconds?: number; action?: string }>;
  natTraversal?: Value<boolean>;
  /** Vendor-specific extra facts (for display), e.g. `crypto map outside_map 10`. */
  section?: ConfigSource;
}

export interface ParsedConfig {
  vendor: FixFamily;
  /** Product/form: `cisco-asa`, `strongswan-swanctl`, `libreswan-ipsec.conf`, `panos-set`, ... */
  format: string;
  path: string;
  tunnels: TunnelPolicy[];
  /** Lines the parser did not understand: reported, never silently dropped. */
  unparsed: ConfigSource[];
  /** How many secrets (keys, passwords, private keys) were masked. */
  secretsMasked: number;
}
