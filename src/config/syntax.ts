// How each vendor writes a proposal, a selector, an identity ... in its own configuration
// syntax: used to write the exact lines a fix changes.
import type { FixFamily } from '../core/dialect.js';
import type { ChildProposal, IkeProposal, TrafficSelector, TunnelPolicy } from '../core/policy.js';
import { dhGroupName } from '../core/algorithms.js';

function encParts(enc: string): { base: string; mode: string; bits?: number; icv?: number } {
  // canonical forms: aes-cbc-256, aes-gcm-16-256, 3des, des, chacha20poly1305, aes-ctr-128
  const m = /^([a-z0-9]+)(?:-(cbc|ctr|gcm|ccm|gmac))?(?:-(\d{1,2}))?(?:-(\d{3}))?$/.exec(enc);
  if (!m) return { base: enc, mode: '' };
  const [, base = enc, mode = '', a, b] = m;
  if (b) return { base, mode, icv: Number(a), bits: Number(b) };
  if (a && Number(a) >= 64) return { base, mode, bits: Number(a) };
  return { base, mode, ...(a ? { icv: Number(a) } : {}) };
}

const uniq = <T>(xs: T[]): T[] => [...new Set(xs)];

// --- strongSwan (swanctl.conf proposals / ipsec.conf ike= esp=) -------------------------------
function swEnc(enc: string): string {
  const p = encParts(enc);
  if (p.mode === 'gcm' || p.mode === 'ccm') return `${p.base}${p.bits ?? 128}${p.mode}${p.icv ?? 16}`;
  if (p.base === 'aes' || p.base === 'camellia')
    return `${p.base}${p.mode === 'ctr' ? 'ctr' : ''}${p.bits ?? 128}`;
  return p.base;
}
const swDh = (g: number): string => dhGroupName(g);
export function strongswanProposal(p: IkeProposal | ChildProposal, ike: boolean): string {
  const parts = [
    ...uniq(p.encryption.map(swEnc)),
    ...uniq(p.integrity),
    ...(ike && 'prf' in p ? uniq(p.prf.filter((x) => !p.integrity.includes(x)).map((x) => `prf${x}`)) : []),
    ...uniq(p.dhGroups.map(swDh)),
  ];
  return parts.join('-');
}

// --- Libreswan (ipsec.conf ike= esp=) ----------------------------------------------------------
function lsEnc(enc: string): string {
  const p = encParts(enc);
  if (p.mode === 'gcm') return `aes_gcm${p.bits ?? 128}`;
  if (p.base === 'aes') return `aes${p.bits ?? 128}`;
  return p.base;
}
const lsHash = (h: string): string => (h === 'sha1' ? 'sha1' : h.replace(/^sha/, 'sha2_'));
export function libreswanProposal(p: IkeProposal | ChildProposal): string {
  const enc = uniq(p.encryption.map(lsEnc)).join('+');
  const integ = uniq(p.integrity.map(lsHash)).join('+');
  const dh = uniq(p.dhGroups.map(swDh)).join('+');
  return `${enc}${integ ? `-${integ}` : ''}${dh ? `;${dh}` : ''}`;
}

// --- Cisco ASA / IOS ----------------------------------------------------------------------------
function ciscoEnc(enc: string, ios: boolean): string {
  const p = encParts(enc);
  if (p.mode === 'gcm') return `aes-gcm-${p.bits ?? 128}`;
  if (p.base === 'aes') return ios ? `aes-cbc-${p.bits ?? 128}` : `aes-${p.bits ?? 128}`;
  return p.base;
}
const ciscoHash = (h: string): string => h;

// --- PAN-OS --------------------------------------------------------------------------------------
function panEnc(enc: string): string {
  const p = encParts(enc);
  if (p.mode === 'gcm') return `aes-${p.bits ?? 128}-gcm`;
  if (p.base === 'aes') return `aes-${p.bits ?? 128}-cbc`;
  return p.base;
}

// --- FortiGate -------------------------------------------------------------------------------------
function fgEnc(enc: string): string {
  const p = encParts(enc);
  if (p.mode === 'gcm') return `aes${p.bits ?? 128}gcm`;
  if (p.base === 'aes') return `aes${p.bits ?? 128}`;
  return p.base;
}

/** ASA/IOS tunnels are named after their crypto map entry (`outside_map:10`). */
function cryptoMap(pol: TunnelPolicy): { map: string; seq: string; base: string } {
  const [map, seq] = pol.name.split(':');
  return seq
    ? { map: map ?? pol.name, seq, base: `${map}-${seq}` }
    : { map: '<map>', seq: '<seq>', base: pol.name };
}

/** The configuration lines that make a policy use these IKE (phase 1) proposals. */
export function ikeProposalLines(vendor: FixFamily, pol: TunnelPolicy, props: IkeProposal[]): string[] {
  const name = pol.name;
  const v2 = pol.ikeVersion?.value !== 1;
  switch (vendor) {
    case 'strongswan':
      return [`proposals = ${props.map((p) => strongswanProposal(p, true)).join(',')}`];
    case 'libreswan':
    case 'openswan':
      return [`ike=${props.map(libreswanProposal).join(',')}`];
    case 'cisco-asa':
      return props.flatMap((p, i) =>
        v2
          ? [
              `crypto ikev2 policy ${10 + i}`,
              ` encryption ${uniq(p.encryption.map((e) => ciscoEnc(e, false))).join(' ')}`,
              ...(p.integrity.length ? [` integrity ${uniq(p.integrity.map(ciscoHash)).join(' ')}`] : []),
              ` group ${p.dhGroups.join(' ')}`,
              ` prf ${uniq(p.prf.map(ciscoHash)).join(' ')}`,
            ]
          : [
              `crypto ikev1 policy ${10 + i}`,
              ` encryption ${ciscoEnc(p.encryption[0] ?? 'aes-cbc-256', false)}`,
              ` hash ${(p.integrity[0] ?? 'sha1') === 'sha1' ? 'sha' : (p.integrity[0] ?? 'sha')}`,
              ` group ${p.dhGroups[0] ?? 14}`,
            ],
      );
    case 'cisco-ios':
      return v2
        ? props.flatMap((p, i) => [
            `crypto ikev2 proposal ${name}-${i + 1}`,
            ` encryption ${uniq(p.encryption.map((e) => ciscoEnc(e, true))).join(' ')}`,
            ...(p.integrity.length
              ? [` integrity ${uniq(p.integrity).join(' ')}`]
              : [` prf ${uniq(p.prf).join(' ')}`]),
            ` group ${p.dhGroups.join(' ')}`,
          ])
        : props.flatMap((p, i) => {
            const e = encParts(p.encryption[0] ?? 'aes-cbc-256');
            return [
              `crypto isakmp policy ${10 + i}`,
              ` encr ${e.base === 'aes' ? `aes ${e.bits ?? 128}` : e.base}`,
              ` hash ${(p.integrity[0] ?? 'sha1') === 'sha1' ? 'sha' : (p.integrity[0] ?? 'sha')}`,
              ` group ${p.dhGroups[0] ?? 14}`,
            ];
          });
    case 'panos': {
      const prof = `set network ike crypto-profiles ike-crypto-profiles ${name}`;
      const p = props[0];
      if (!p) return [];
      return [
        `${prof} encryption [ ${uniq(props.flatMap((x) => x.encryption.map(panEnc))).join(' ')} ]`,
        `${prof} hash [ ${uniq(props.flatMap((x) => x.integrity)).join(' ')} ]`,
        `${prof} dh-group [ ${uniq(props.flatMap((x) => x.dhGroups.map((g) => `group${g}`))).join(' ')} ]`,
      ];
    }
    case 'fortigate':
      return [
        'config vpn ipsec phase1-interface',
        `    edit "${name}"`,
        `        set proposal ${uniq(props.flatMap((p) => p.encryption.flatMap((e) => (p.integrity.length ? p.integrity : ['sha256']).map((h) => `${fgEnc(e)}-${h}`)))).join(' ')}`,
        `        set dhgrp ${uniq(props.flatMap((p) => p.dhGroups)).join(' ')}`,
        '    next',
        'end',
      ];
    default:
      return props.map(
        (p) => `${p.encryption.join('/')} ${p.integrity.join('/')} DH ${p.dhGroups.join('/')}`,
      );
  }
}

/** The configuration lines that make a policy use these child (phase 2) proposals. */
export function childProposalLines(vendor: FixFamily, pol: TunnelPolicy, props: ChildProposal[]): string[] {
  const cm = cryptoMap(pol);
  const name = vendor === 'cisco-asa' || vendor === 'cisco-ios' ? cm.base : pol.name;
  const v2 = pol.ikeVersion?.value !== 1;
  const pfs = props.find((p) => p.dhGroups.length)?.dhGroups[0];
  switch (vendor) {
    case 'strongswan':
      return [`esp_proposals = ${props.map((p) => strongswanProposal(p, false)).join(',')}`];
    case 'libreswan':
    case 'openswan':
      return [
        `esp=${props.map((p) => libreswanProposal({ ...p, dhGroups: [] })).join(',')}`,
        `pfs=${pfs ? 'yes' : 'no'}`,
      ];
    case 'cisco-asa':
      return v2
        ? [
            `crypto ipsec ikev2 ipsec-proposal ${name}`,
            ` protocol esp encryption ${uniq(props.flatMap((p) => p.encryption.map((e) => ciscoEnc(e, false)))).join(' ')}`,
            ` protocol esp integrity ${uniq(props.flatMap((p) => p.integrity.map((h) => (h === 'sha1' ? 'sha-1' : h.replace(/^sha/, 'sha-'))))).join(' ') || 'null'}`,
            `crypto map ${cm.map} ${cm.seq} set ikev2 ipsec-proposal ${name}`,
            ...(pfs
              ? [`crypto map ${cm.map} ${cm.seq} set pfs group${pfs}`]
              : [`no crypto map ${cm.map} ${cm.seq} set pfs`]),
          ]
        : [
            `crypto ipsec ikev1 transform-set ${name} esp-${ciscoEnc(props[0]?.encryption[0] ?? 'aes-cbc-256', false)} esp-${(props[0]?.integrity[0] ?? 'sha1') === 'sha1' ? 'sha' : props[0]?.integrity[0]}-hmac`,
            `crypto map ${cm.map} ${cm.seq} set ikev1 transform-set ${name}`,
            ...(pfs
              ? [`crypto map ${cm.map} ${cm.seq} set pfs group${pfs}`]
              : [`no crypto map ${cm.map} ${cm.seq} set pfs`]),
          ];
    case 'cisco-ios': {
      const e = encParts(props[0]?.encryption[0] ?? 'aes-cbc-256');
      const h = props[0]?.integrity[0] ?? 'sha256';
      return [
        `crypto ipsec transform-set ${name} esp-${e.mode === 'gcm' ? 'gcm' : e.base} ${e.bits ?? ''} esp-${h === 'sha1' ? 'sha' : h}-hmac`.replace(
          / {2,}/g,
          ' ',
        ),
        ...(pfs ? [` set pfs group${pfs}`] : []),
      ];
    }
    case 'panos': {
      const prof = `set network ike crypto-profiles ipsec-crypto-profiles ${name}`;
      return [
        `${prof} esp encryption [ ${uniq(props.flatMap((p) => p.encryption.map(panEnc))).join(' ')} ]`,
        `${prof} esp authentication [ ${uniq(props.flatMap((p) => p.integrity)).join(' ') || 'none'} ]`,
        `${prof} dh-group ${pfs ? `group${pfs}` : 'no-pfs'}`,
      ];
    }
    case 'fortigate':
      return [
        'config vpn ipsec phase2-interface',
        `    edit "${name}"`,
        `        set proposal ${uniq(props.flatMap((p) => p.encryption.flatMap((e) => (p.integrity.length ? p.integrity : ['sha256']).map((h) => `${fgEnc(e)}-${h}`)))).join(' ')}`,
        `        set pfs ${pfs ? 'enable' : 'disable'}`,
        ...(pfs ? [`        set dhgrp ${pfs}`] : []),
        '    next',
        'end',
      ];
    default:
      return props.map(
        (p) => `${p.protocol} ${p.encryption.join('/')} ${p.integrity.join('/')}${pfs ? ` PFS ${pfs}` : ''}`,
      );
  }
}

/** Lines for traffic selectors (this side's view: local = own networks). */
export function selectorLines(vendor: FixFamily, pol: TunnelPolicy, ts: TrafficSelector[]): string[] {
  const locals = uniq(ts.map((t) => t.local));
  const remotes = uniq(ts.map((t) => t.remote));
  switch (vendor) {
    case 'strongswan':
      return [`local_ts = ${locals.join(',')}`, `remote_ts = ${remotes.join(',')}`];
    case 'libreswan':
    case 'openswan':
      return [`leftsubnet=${locals.join(',')}`, `rightsubnet=${remotes.join(',')}`];
    case 'cisco-asa':
      return ts.map(
        (t) =>
          `access-list ${cryptoMap(pol).base}-acl extended permit ip ${ciscoNet(t.local)} ${ciscoNet(t.remote)}`,
      );
    case 'cisco-ios':
      return [
        `ip access-list extended ${pol.name}-acl`,
        ...ts.map((t) => ` permit ip ${ciscoNet(t.local, true)} ${ciscoNet(t.remote, true)}`),
      ];
    case 'panos':
      return ts.map(
        (t, i) =>
          `set network tunnel ipsec ${pol.name} auto-key proxy-id proxy${i + 1} local ${t.local} remote ${t.remote} protocol any`,
      );
    case 'fortigate':
      return [
        'config vpn ipsec phase2-interface',
        `    edit "${pol.name}"`,
        ...ts.flatMap((t) => [
          `        set src-subnet ${fgNet(t.local)}`,
          `        set dst-subnet ${fgNet(t.remote)}`,
        ]),
        '    next',
        'end',
      ];
    default:
      return ts.map((t) => `${t.local} === ${t.remote}`);
  }
}

function maskOf(bits: number): string {
  const m = bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
  return [24, 16, 8, 0].map((s) => (m >>> s) & 255).join('.');
}
function wildcardOf(bits: number): string {
  const m = bits === 0 ? 0xffffffff : ~((0xffffffff << (32 - bits)) >>> 0) >>> 0;
  return [24, 16, 8, 0].map((s) => (m >>> s) & 255).join('.');
}
function ciscoNet(cidr: string, wildcard = false): string {
  const m = /^(\d{1,3}(?:\.\d{1,3}){3})\/(\d{1,2})$/.exec(cidr);
  if (!m) return cidr === '0.0.0.0/0' ? 'any' : cidr;
  const bits = Number(m[2]);
  if (bits === 32) return `host ${m[1]}`;
  if (bits === 0) return 'any';
  return `${m[1]} ${wildcard ? wildcardOf(bits) : maskOf(bits)}`;
}
function fgNet(cidr: string): string {
  const m = /^(\d{1,3}(?:\.\d{1,3}){3})\/(\d{1,2})$/.exec(cidr);
  return m ? `${m[1]} ${maskOf(Number(m[2]))}` : cidr;
}

/** Lines that set the identity this side sends (local) or expects (remote). */
export function idLines(
  vendor: FixFamily,
  pol: TunnelPolicy,
  which: 'local' | 'remote',
  id: string,
): string[] {
  switch (vendor) {
    case 'strongswan':
      return [`${which} { id = ${id} }`];
    case 'libreswan':
    case 'openswan':
      return [`${which === 'local' ? 'leftid' : 'rightid'}=${id}`];
    case 'cisco-asa':
      return which === 'local'
        ? ['crypto isakmp identity address']
        : [`tunnel-group ${pol.peer?.value ?? pol.name} ipsec-attributes`, ' peer-id-validate nocheck'];
    case 'cisco-ios':
      return which === 'local'
        ? [`crypto ikev2 profile ${pol.name}`, ` identity local fqdn ${id}`]
        : [`crypto ikev2 profile ${pol.name}`, ` match identity remote fqdn ${id}`];
    case 'panos':
      return [`set network ike gateway ${pol.name} ${which === 'local' ? 'local-id' : 'peer-id'} id ${id}`];
    case 'fortigate':
      return [
        'config vpn ipsec phase1-interface',
        `    edit "${pol.name}"`,
        `        set ${which === 'local' ? 'localid' : 'peerid'} "${id}"`,
        '    next',
        'end',
      ];
    default:
      return [`${which} id ${id}`];
  }
}

export function versionLines(vendor: FixFamily, pol: TunnelPolicy, v: 1 | 2): string[] {
  switch (vendor) {
    case 'strongswan':
      return [`version = ${v}`];
    case 'libreswan':
    case 'openswan':
      return [`ikev2=${v === 2 ? 'yes' : 'no'}`];
    case 'cisco-asa':
      return [
        `crypto map <map> <seq> set ikev${v} ${v === 2 ? 'ipsec-proposal' : 'transform-set'} <name>`,
        `crypto ikev${v} enable outside`,
      ];
    case 'cisco-ios':
      return v === 2 ? [`crypto ikev2 profile ${pol.name}`] : ['crypto isakmp policy 10'];
    case 'panos':
      return [`set network ike gateway ${pol.name} protocol version ikev${v}`];
    case 'fortigate':
      return [
        'config vpn ipsec phase1-interface',
        `    edit "${pol.name}"`,
        `        set ike-version ${v}`,
        '    next',
        'end',
      ];
    default:
      return [`IKEv${v}`];
  }
}

export function modeLines(vendor: FixFamily, pol: TunnelPolicy, mode: 'main' | 'aggressive'): string[] {
  switch (vendor) {
    case 'strongswan':
      return [`aggressive = ${mode === 'aggressive' ? 'yes' : 'no'}`];
    case 'libreswan':
    case 'openswan':
      return [`aggressive=${mode === 'aggressive' ? 'yes' : 'no'}`];
    case 'cisco-asa':
      return [`crypto map <map> <seq> set phase1-mode ${mode}`];
    case 'cisco-ios':
      return mode === 'aggressive'
        ? ['crypto isakmp peer address <peer>', ' set aggressive-mode client-endpoint <id>']
        : ['no crypto isakmp aggressive-mode disable'];
    case 'panos':
      return [`set network ike gateway ${pol.name} protocol ikev1 exchange-mode ${mode}`];
    case 'fortigate':
      return [
        'config vpn ipsec phase1-interface',
        `    edit "${pol.name}"`,
        `        set mode ${mode}`,
        '    next',
        'end',
      ];
    default:
      return [`${mode} mode`];
  }
}

export function lifetimeLines(
  vendor: FixFamily,
  pol: TunnelPolicy,
  which: 'ike' | 'child',
  seconds: number,
): string[] {
  switch (vendor) {
    case 'strongswan':
      return [`${which === 'ike' ? 'rekey_time' : 'rekey_time'} = ${seconds}s`];
    case 'libreswan':
    case 'openswan':
      return [`${which === 'ike' ? 'ikelifetime' : 'salifetime'}=${seconds}s`];
    case 'cisco-asa':
      return which === 'ike'
        ? ['crypto ikev2 policy 10', ` lifetime seconds ${seconds}`]
        : [
            `crypto map ${cryptoMap(pol).map} ${cryptoMap(pol).seq} set security-association lifetime seconds ${seconds}`,
          ];
    case 'cisco-ios':
      return which === 'ike'
        ? ['crypto isakmp policy 10', ` lifetime ${seconds}`]
        : [`crypto ipsec security-association lifetime seconds ${seconds}`];
    case 'panos':
      return [
        `set network ike crypto-profiles ${which === 'ike' ? 'ike-crypto-profiles' : 'ipsec-crypto-profiles'} ${pol.name} lifetime seconds ${seconds}`,
      ];
    case 'fortigate':
      return [
        `config vpn ipsec ${which === 'ike' ? 'phase1' : 'phase2'}-interface`,
        `    edit "${pol.name}"`,
        `        set ${which === 'ike' ? 'keylife' : 'keylifeseconds'} ${seconds}`,
        '    next',
        'end',
      ];
    default:
      return [`lifetime ${seconds}`];
  }
}
