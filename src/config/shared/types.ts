// What the appliance configuration parsers (Cisco ASA / IOS, PAN-OS, FortiGate) return beyond the
// normalized policy of src/core/policy.ts: a few vendor facts that have no common field, and notes
// for the reader (message ids of src/i18n/<lang>/config.ts, never prose).
import type { AuthMethod, ConfigSource, ParsedConfig, TunnelPolicy, Value } from '../../core/policy.js';

/** A remark on the configuration: `id` is a catalog key `config.note.<id>`, `vars` fill its placeholders. */
export interface ConfigNote {
  id: string;
  vars?: Record<string, string | number>;
  src?: ConfigSource;
}

export interface ApplianceConfig<T extends TunnelPolicy = TunnelPolicy> extends ParsedConfig {
  tunnels: T[];
  /** Things a reader should know (undefined references, selectors cut short, both IKE versions ...). */
  notes: ConfigNote[];
}

/** Exported by every parser module as `format`. */
export interface ConfigFormat<V extends string = string> {
  id: string;
  vendor: V;
  name: string;
}

/** Vendor facts kept beside the normalized policy. Each parser fills only its own key. */
export interface AsaFacts {
  /** `outside_map 10` (or `dynmap 1000` for a dynamic map entry reached through `outside_map 65535`). */
  cryptoMap?: { map: string; seq: number; dynamic?: string; src?: ConfigSource };
  tunnelGroup?: Value<string>;
  tunnelGroupType?: Value<string>;
  /** Both `set ikev1 transform-set` and `set ikev2 ipsec-proposal`: the ASA initiates IKEv2 first and falls back to IKEv1. */
  ikeVersions?: (1 | 2)[];
  /** Further peers of `set peer A B ...` (the ASA tries them in order). */
  backupPeers?: Value<string[]>;
  /** `isakmp keepalive threshold N retry M`: M = seconds between retries once the threshold passed. */
  dpdRetrySeconds?: Value<number>;
  peerIdValidate?: Value<string>;
  /** IKEv2 asymmetric authentication: how the peer must authenticate (`psk`, `cert`, `eap`). */
  remoteAuth?: Value<AuthMethod>;
  connectionType?: Value<string>;
  interface?: Value<string>;
  /** `crypto ikev1|ikev2 enable <if>`: whether the IKE version is enabled on the crypto map's interface. */
  ikeEnabled?: { ikev1?: boolean; ikev2?: boolean };
  /** Priority and line of every IKE policy that went into ikeProposals, in order. */
  ikePolicies?: { version: 1 | 2; priority: number; src: ConfigSource }[];
  /** VTI (`interface TunnelN` + `tunnel protection ipsec profile`). */
  vti?: { interface: string; profile?: string; src?: ConfigSource };
}

export interface IosFacts {
  cryptoMap?: { map: string; seq: number; dynamic?: string; src?: ConfigSource };
  vti?: { interface: string; profile?: string; src?: ConfigSource };
  isakmpProfile?: Value<string>;
  ikev2Profile?: Value<string>;
  keyring?: Value<string>;
  backupPeers?: Value<string[]>;
  dpdRetrySeconds?: Value<number>;
  remoteAuth?: Value<AuthMethod>;
  /** Priority/name and line of every IKE policy or IKEv2 proposal that went into ikeProposals. */
  ikePolicies?: { version: 1 | 2; priority: number | string; src: ConfigSource }[];
  interface?: Value<string>;
}

export interface PanosFacts {
  tunnel?: string;
  gateway?: Value<string>;
  ikeCryptoProfile?: Value<string>;
  ipsecCryptoProfile?: Value<string>;
  /** `protocol version ikev2-preferred`: IKEv2 first, IKEv1 when the peer refuses. */
  ikeVersionSetting?: Value<string>;
  tunnelInterface?: Value<string>;
  /** `local-address interface`. */
  interface?: Value<string>;
  dpdRetry?: Value<number>;
  passiveMode?: Value<boolean>;
  /** Proxy-id names, in the order of `selectors`. */
  proxyIds?: string[];
  /** Template or vsys prefix the entries were read under (Panorama `set template X config ...`). */
  scope?: string;
}

export interface FortigateFacts {
  phase1: string;
  phase2?: string;
  /** `phase1-interface` (route based) or `phase1` (policy based). */
  kind: 'interface' | 'policy';
  interface?: Value<string>;
  peertype?: Value<string>;
  /** `dpd-retrycount`. */
  dpdRetryCount?: Value<number>;
  keylifeType?: Value<string>;
  vdom?: string;
  /** `type dynamic` (dial-up): no fixed remote gateway. */
  type?: Value<string>;
}

export type AsaTunnel = TunnelPolicy & { asa: AsaFacts };
export type IosTunnel = TunnelPolicy & { ios: IosFacts };
export type PanosTunnel = TunnelPolicy & { panos: PanosFacts };
export type FortigateTunnel = TunnelPolicy & { fortigate: FortigateFacts };
