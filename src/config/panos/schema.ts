// The part of the PAN-OS configuration schema that IPsec site-to-site tunnels live in (PAN-OS
// 8.1 - 11.x: network/ike, network/tunnel/ipsec, network/interface addresses, address objects).
// It tells the `set` reader how many words each keyword takes, and flags elements of the VPN
// subtrees that ikescope does not understand. Source: PAN-OS CLI / XML API configuration
// reference (`set network ike gateway`, `set network ike crypto-profiles`, `set network tunnel ipsec`).

export type Schema =
  /** container: keyword followed by its children */
  | { k: 'c'; ch: Record<string, Schema>; other?: Schema }
  /** collection of named entries: keyword, entry name, then the entry's children */
  | { k: 'e'; ch: Record<string, Schema>; other?: Schema }
  /** leaf with one value */
  | { k: 'l' }
  /** list of members: one value or `[ a b c ]` */
  | { k: 'm' }
  /** presence-only element (`peer-address dynamic`, `protocol any`) */
  | { k: 'x' }
  /** a subtree whose content does not matter here: swallow the rest */
  | { k: 'any' };

const l: Schema = { k: 'l' };
const m: Schema = { k: 'm' };
const x: Schema = { k: 'x' };
const any: Schema = { k: 'any' };
const c = (ch: Record<string, Schema>, other?: Schema): Schema =>
  other ? { k: 'c', ch, other } : { k: 'c', ch };
const e = (ch: Record<string, Schema>, other?: Schema): Schema =>
  other ? { k: 'e', ch, other } : { k: 'e', ch };

const LIFETIME = c({ seconds: l, minutes: l, hours: l, days: l });
const PORTS = c({ 'local-port': l, 'remote-port': l });
const PROXY_ID = e({ protocol: c({ any: x, tcp: PORTS, udp: PORTS, number: l }), local: l, remote: l });

export const IKE: Schema = c({
  gateway: e({
    authentication: c({
      'pre-shared-key': c({ key: l }),
      certificate: c(
        {
          'local-certificate': c({ name: l, 'hash-and-url': any }),
          'certificate-profile': l,
          'use-management-as-source': l,
          'allow-id-payload-mismatch': l,
          'strict-validation-revocation': l,
        },
        any,
      ),
    }),
    protocol: c({
      ikev1: c({ 'exchange-mode': l, 'ike-crypto-profile': l, dpd: c({ enable: l, interval: l, retry: l }) }),
      ikev2: c({ 'ike-crypto-profile': l, 'require-cookie': l, dpd: c({ enable: l, interval: l }) }),
      version: l,
    }),
    'protocol-common': c({
      'nat-traversal': c({ enable: l, 'keep-alive-interval': l, 'udp-checksum-enable': l }),
      'passive-mode': l,
      fragmentation: c({ enable: l }),
    }),
    'local-address': c({ interface: l, ip: l, 'floating-ip': l }),
    'peer-address': c({ ip: l, fqdn: l, dynamic: x }),
    'local-id': c({ id: l, type: l }),
    'peer-id': c({ id: l, type: l, matching: l }),
    disabled: l,
    comment: l,
    ipv6: l,
  }),
  'crypto-profiles': c({
    'ike-crypto-profiles': e({
      encryption: m,
      hash: m,
      'dh-group': m,
      lifetime: LIFETIME,
      'authentication-multiple': l,
    }),
    'ipsec-crypto-profiles': e({
      esp: c({ encryption: m, authentication: m }),
      ah: c({ authentication: m }),
      'dh-group': l,
      lifetime: LIFETIME,
      lifesize: c({ kb: l, mb: l, gb: l, tb: l }),
    }),
    'global-protect-app-crypto-profiles': any,
  }),
});

export const TUNNEL: Schema = c(
  {
    ipsec: e({
      'auto-key': c({
        'ike-gateway': e({}),
        'ipsec-crypto-profile': l,
        'proxy-id': PROXY_ID,
        'proxy-id-v6': PROXY_ID,
      }),
      'tunnel-interface': l,
      'tunnel-monitor': any,
      'anti-replay': l,
      'anti-replay-window': l,
      'copy-tos': l,
      'copy-flow-label': l,
      'enable-gre-encapsulation': l,
      disabled: l,
      ipv6: l,
      comment: l,
      'manual-key': any,
      'global-protect-satellite': any,
    }),
  },
  any,
);

const IP_ENTRIES = e({}, any);
const L3 = c({ ip: IP_ENTRIES, units: e({ ip: IP_ENTRIES }, any) }, any);
const INTERFACE = c(
  {
    ethernet: e({ layer3: L3 }, any),
    'aggregate-ethernet': e({ layer3: L3 }, any),
    loopback: c({ ip: IP_ENTRIES, units: e({ ip: IP_ENTRIES }, any) }, any),
    vlan: c({ ip: IP_ENTRIES, units: e({ ip: IP_ENTRIES }, any) }, any),
  },
  any,
);

export const NETWORK: Schema = c({ ike: IKE, tunnel: TUNNEL, interface: INTERFACE }, any);
const ADDRESS: Schema = e({ 'ip-netmask': l, fqdn: l, 'ip-range': l }, any);

/** Root of `set` commands (firewall, and Panorama `template X config ...`). */
export const SET_ROOT: Schema = c(
  {
    network: NETWORK,
    address: ADDRESS,
    shared: c({ address: ADDRESS }, any),
    vsys: e({ address: ADDRESS }, any),
    template: e(
      {
        config: c(
          {
            devices: e({ network: NETWORK, vsys: e({ address: ADDRESS }, any) }, any),
            shared: c({ address: ADDRESS }, any),
          },
          any,
        ),
      },
      any,
    ),
    devices: e({ network: NETWORK, vsys: e({ address: ADDRESS }, any) }, any),
  },
  any,
);
