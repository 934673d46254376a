// en messages: configuration parsers for appliances (Cisco ASA / IOS, PAN-OS, FortiGate).
// `config.format.<format id>`: the name of a configuration form.
// `config.note.<id>`: a remark a parser attaches to a configuration (ParsedConfig.notes); the
// placeholders are the note's vars.
const messages: Record<string, string> = {
  // ---- forms ----
  'config.format.cisco-asa': 'Cisco ASA running-config',
  'config.format.cisco-ios': 'Cisco IOS / IOS-XE running-config',
  'config.format.panos-xml': 'PAN-OS configuration (XML)',
  'config.format.panos-set': 'PAN-OS configuration (set commands)',
  'config.format.fortigate': 'FortiGate (FortiOS) configuration',

  // ---- every parser ----
  'config.note.parser-error':
    'The parser stopped on an internal error ({message}); the tunnels read so far may be incomplete. Please report this file.',
  'config.note.selectors-truncated':
    '{name} expands to more than {max} traffic selectors; only the first {max} are kept.',

  // ---- Cisco ASA ----
  'config.note.asa.policy-default':
    'crypto ikev1 policy {priority} leaves out {values}: the ASA default is assumed for the comparison.',
  'config.note.asa.ikev2-policy-incomplete':
    'crypto ikev2 policy {priority} has no encryption or no DH group: the ASA rejects such a policy, the proposal stays incomplete here.',
  'config.note.asa.undefined-ref':
    'The {kind} "{name}" is referenced here but not defined in this configuration.',
  'config.note.asa.acl-deny':
    'The crypto ACL {acl} has a deny entry: traffic it matches is sent in clear and is not part of the selectors shown.',
  'config.note.asa.both-ike-versions':
    '{name} offers both an IKEv1 transform set and an IKEv2 proposal: the ASA tries IKEv2 first and falls back to IKEv1, so no single IKE version is shown.',
  'config.note.asa.no-ike-policy':
    '{name}: no crypto ikev1/ikev2 policy matches the IKE version of this entry.',
  'config.note.asa.ike-not-enabled':
    'IKEv{version} is not enabled on interface {interface} (no "crypto ikev{version} enable {interface}"): {name} cannot negotiate with it.',
  'config.note.asa.map-not-applied':
    'The crypto map {map} is not applied to any interface (no "crypto map {map} interface ..."): its entries are inactive.',
  'config.note.asa.map-entry-no-peer':
    'crypto map {map} {seq} has no "set peer": the entry is incomplete and is skipped.',
  'config.note.asa.map-entry-no-acl':
    'crypto map {map} {seq} has no "match address": the entry is incomplete, its traffic selectors are unknown.',
  'config.note.asa.dynamic-map-missing':
    'The dynamic map {name} is referenced by a crypto map but has no entries.',
  'config.note.asa.dynamic-map-unused': 'The dynamic map {name} is not used by any crypto map entry.',

  // ---- Cisco IOS ----
  'config.note.ios.policy-default':
    'crypto isakmp policy {priority} leaves out {values}: the IOS default is assumed for the comparison.',
  'config.note.ios.undefined-ref':
    'The {kind} "{name}" is referenced here but not defined in this configuration.',
  'config.note.ios.acl-deny':
    'The crypto ACL {acl} has a deny entry: traffic it matches is sent in clear and is not part of the selectors shown.',
  'config.note.ios.no-ike-policy':
    '{name}: no crypto isakmp policy is configured; the IOS default policies apply.',
  'config.note.ios.ikev2-proposal-unused':
    '{name}: IKEv2 proposals are defined but no "crypto ikev2 policy" names them, so the router uses its default proposal.',
  'config.note.ios.ah-bundle':
    'The transform set {name} adds AH ({integrity}) to ESP: the peer has to offer the same AH + ESP bundle.',
  'config.note.ios.map-not-applied':
    'The crypto map {map} is not applied to any interface (no "crypto map {map}" under an interface): its entries are inactive.',
  'config.note.ios.map-entry-no-peer':
    'crypto map {map} {seq} has no "set peer": the entry is incomplete and is skipped.',
  'config.note.ios.map-entry-no-acl':
    'crypto map {map} {seq} has no "match address": the entry is incomplete, its traffic selectors are unknown.',
  'config.note.ios.dynamic-map-missing':
    'The dynamic map {name} is referenced by a crypto map but has no entries.',

  'config.note.ios.no-psk-for-peer':
    'No pre-shared key matches the peer {peer} (crypto isakmp key, crypto keyring or IKEv2 keyring): pre-shared-key authentication with it fails.',
  'config.note.asa.no-tunnel-group':
    'The peer {peer} has no tunnel-group of its own and DefaultL2LGroup is not configured: the ASA has no pre-shared key or trustpoint for it.',

  // ---- PAN-OS ----
  'config.note.panos.undefined-ref':
    'The {kind} "{name}" is referenced here but not defined in this configuration.',
  'config.note.panos.no-proxy-id':
    'The IPsec tunnel {name} has no proxy ID: the firewall proposes 0.0.0.0/0 on both sides, which a policy-based peer must accept.',
  'config.note.panos.no-auto-key': 'The IPsec tunnel {name} has no auto-key (IKE) settings.',
  'config.note.panos.dynamic-peer':
    'The IKE gateway {name} has a dynamic peer address: the firewall only answers, it never starts the negotiation.',
  'config.note.panos.ikev2-preferred':
    'The IKE gateway {name} is set to "IKEv2 preferred": it starts with IKEv2 and falls back to IKEv1 if the peer refuses.',
  'config.note.panos.gateway-without-tunnel': 'The IKE gateway {name} is not used by any IPsec tunnel.',
  'config.note.panos.xml-error':
    'The XML could not be read to its end ({message}); what came before was used.',

  // ---- FortiGate ----
  'config.note.fortigate.undefined-ref':
    'The {kind} "{name}" is referenced here but not defined in this configuration.',
  'config.note.fortigate.phase1-case':
    'phase1name "{name}" matches a phase 1 only when letter case is ignored; FortiOS names are case-sensitive, so this phase 2 has no phase 1.',
  'config.note.fortigate.phase1-without-phase2':
    'The phase 1 {name} has no phase 2: no traffic selectors or ESP proposals are configured for it.',
  'config.note.fortigate.dhgrp-default':
    'Phase 1 {name} does not set dhgrp: the FortiOS default groups {groups} are assumed for the comparison.',
  'config.note.fortigate.pfs-default':
    'Phase 2 {name} does not set pfs/dhgrp: FortiOS enables PFS by default with groups {groups}, assumed for the comparison.',
  'config.note.fortigate.dialup':
    'The phase 1 {name} is a dial-up (type dynamic) tunnel: any peer can connect, the FortiGate never starts the negotiation.',

  // ---- `ikescope compare` (src/config/compare.ts): rows and remarks beyond src/i18n/en/core.ts ----
  'cmp.param.auth_a_to_b': 'A auth / B requires',
  'cmp.param.auth_b_to_a': 'A requires / B auth',
  'cmp.param.ts_narrowed': 'after narrowing',
  'cmp.cell.v2AnswersV1': 'IKEv2 (IKEv1 as responder)',
  'cmp.cell.pskConfigured': 'configured (not shown)',
  'cmp.cell.none': 'none',
  'cmp.cell.noPfs': 'no PFS',
  'cmp.cell.plusDefaults': '{list} + defaults',
  'cmp.cell.on': 'on',
  'cmp.cell.off': 'off',
  'cmp.cell.dpdOn': 'on {timers}',
  'cmp.notes': 'Notes',
  'cmp.note.one-direction':
    'Only works when {side} initiates: the other side starts with a version this one does not accept.',
  'cmp.note.ts-one-direction':
    'The CHILD SA comes up only when {side} initiates (the other side as responder does not narrow, or its implementation does not accept narrowed selectors); a tunnel either side may start needs matching selectors.',
  'cmp.note.ts-narrowed':
    'The selectors differ but overlap: with IKEv2 the responder narrows them to the overlap (RFC 7296 §2.9) and the CHILD SA establishes whichever side initiates. A: {a}. B: {b}. Traffic outside the narrowed selectors is not tunnelled.',
  'cmp.note.ts-narrowed-result':
    'The CHILD SA each side ends up with when it initiates, seen from that side (local → remote).',
  'cmp.note.lifetime-v2':
    'IKEv2 lifetimes are not negotiated (RFC 7296 §2.8): each side rekeys on its own timer; no failure follows.',
  'cmp.note.lifetime-v1':
    'IKEv1 lifetimes are proposal attributes: most devices accept and settle on the shorter one; some responders refuse a longer lifetime than their own.',
  'cmp.note.dpd-one-side':
    'DPD on one side only: the tunnel comes up, but only that side notices a dead peer and clears its SAs; the other keeps stale SAs until they expire.',
  'cmp.note.nat-one-side':
    'NAT traversal on one side only: no difference without NAT between the peers; behind NAT the side without it cannot switch to UDP 4500.',
};
export default messages;
