// How each vendor writes a proposal, a selector, an identity ... in its own configuration
// syntax: used to write the exact lines a fix changes. Names (crypto map entries, profiles,
// gateways, phase 1/2 names, transform sets) come from the parsers' vendor facts, so a fix names
// the objects that exist in the configuration. A function returns [] when the vendor cannot
// express the value (an ASA IKEv1 policy has no SHA-2 hash): the fix is then the peer's to make.
//
// Keywords: strongSwan swanctl.conf(5) and ipsec.conf(5); Libreswan ipsec.conf(5); Cisco ASA
// Series Command Reference (crypto ikev1/ikev2 policy, crypto ipsec ikev1 transform-set, crypto
// ipsec ikev2 ipsec-proposal, crypto map); Cisco IOS Security Command Reference (crypto isakmp
// policy, crypto ikev2 proposal/profile, crypto ipsec transform-set); PAN-OS CLI "set network
// ike" / "set network tunnel ipsec"; FortiOS CLI Reference "config vpn ipsec phase1-interface" /
// "phase2-interface".
import type { FixFamily } from '../core/dialect.js';
import type {
  AuthMethod,
  ChildProposal,
  IkeProposal,
  TrafficSelector,
  TunnelPolicy,
} from '../core/policy.js';
import { dhGroupName } from '../core/algorithms.js';
import type { AsaFacts, FortigateFacts, IosFacts, PanosFacts } from './shared/types.js';
import type { SwanFacts } from './ipsec-conf/common.js';
import { isSwanctl } from './defaults.js';

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
const isAead = (e: string): boolean => /gcm|ccm|chacha/.test(e);

interface Facts {
  asa?: AsaFacts;
  ios?: IosFacts;
  panos?: PanosFacts;
  fortigate?: FortigateFacts;
  swan?: SwanFacts;
}
const facts = (p: TunnelPolicy): Facts => p as TunnelPolicy & Facts;

/** A configured ID as the vendor's ID type keyword: address, fqdn, email (user FQDN), key-id. */
function idType(id: string): 'address' | 'fqdn' | 'email' | 'dn' {
  const x = id.replace(/^@#?/, '');
  if (/^[\d.]{7,15}$/.test(x) || /^[0-9a-f:]{2,39}$/i.test(x)) return 'address';
  if (x.includes('@')) return 'email';
  if (x.includes('=')) return 'dn';
  return 'fqdn';
}
const bareId = (id: string): string => id.replace(/^@#?/, '');

// --- strongSwan (swanctl.conf proposals / ipsec.conf ike= esp=) -------------------------------
function swEnc(enc: string): string {
  const p = encParts(enc);
  if (p.mode === 'gcm' || p.mode === 'ccm') return `${p.base}${p.bits ?? 128}${p.mode}${p.icv ?? 16}`;
  if (p.base === 'aes' || p.base === 'camellia')
    return `${p.base}${p.mode === 'ctr' ? 'ctr' : ''}${p.bits ?? 128}`;
  return p.base;
}
export function strongswanProposal(p: IkeProposal | ChildProposal, ike: boolean): string {
  const parts = [
    ...uniq(p.encryption.map(swEnc)),
    ...uniq(p.integrity),
    ...(ike && 'prf' in p ? uniq(p.prf.filter((x) => !p.integrity.includes(x)).map((x) => `prf${x}`)) : []),
    ...uniq(p.dhGroups.map(dhGroupName)),
    // a child proposal that names its extended-sequence-number setting keeps it
    ...(!ike && 'esn' in p && p.esn !== undefined ? [p.esn ? 'esn' : 'noesn'] : []),
  ];
  return parts.join('-');
}

// --- Libreswan (ipsec.conf ike= esp=) ----------------------------------------------------------
function lsEnc(enc: string): string {
  const p = encParts(enc);
  if (p.mode === 'gcm') return `aes_gcm${p.bits ?? 128}`;
  if (p.mode === 'ctr') return `aes_ctr${p.bits ?? 128}`;
  if (p.base === 'chacha20poly1305') return 'chacha20_poly1305';
  if (p.base === 'aes') return `aes${p.bits ?? 128}`;
  return p.base;
}
const lsHash = (h: string): string => (h === 'sha1' ? 'sha1' : h.replace(/^sha/, 'sha2_'));
// Libreswan spells MODP groups modpNNNN and the others dhNN (ipsec.conf(5) ike=)
const lsDh = (g: number): string => (dhGroupName(g).startsWith('modp') ? dhGroupName(g) : `dh${g}`);
export function libreswanProposal(p: IkeProposal | ChildProposal): string {
  const enc = uniq(p.encryption.map(lsEnc)).join('+');
  // an AEAD IKE proposal names its PRF where the integrity would be
  const hashes = p.integrity.length ? p.integrity : 'prf' in p ? p.prf : [];
  const integ = uniq(hashes.map(lsHash)).join('+');
  const dh = uniq(p.dhGroups.map(lsDh)).join('+');
  return `${enc}${integ ? `-${integ}` : ''}${dh ? `;${dh}` : ''}`;
}

// --- Cisco ASA / IOS ----------------------------------------------------------------------------
/** ASA keywords: aes (128), aes-192, aes-256, aes-gcm (128), aes-gcm-192, aes-gcm-256, 3des, des. */
function asaEnc(enc: string): string {
  const p = encParts(enc);
  const bits = p.bits ?? 128;
  if (p.mode === 'gcm') return bits === 128 ? 'aes-gcm' : `aes-gcm-${bits}`;
  if (p.base === 'aes') return bits === 128 ? 'aes' : `aes-${bits}`;
  return p.base;
}
/** ASA IKEv2 policy integrity/prf keywords: sha (SHA-1), sha256, sha384, sha512, md5. */
const asaHash = (h: string): string => (h === 'sha1' ? 'sha' : h);
/** ASA IKEv2 ipsec-proposal integrity keywords: sha-1, sha-256, sha-384, sha-512, md5, null. */
const asaEspHash = (h: string): string => (h === 'sha1' ? 'sha-1' : h.replace(/^sha/, 'sha-'));
/** IOS IKEv2 proposal keywords: aes-cbc-128/192/256, aes-gcm-128/256, 3des. */
function iosV2Enc(enc: string): string {
  const p = encParts(enc);
  if (p.mode === 'gcm') return `aes-gcm-${p.bits ?? 128}`;
  if (p.base === 'aes') return `aes-cbc-${p.bits ?? 128}`;
  return p.base;
}
/** IKEv1 hash keywords of ASA and IOS: sha = SHA-1. */
const v1Hash = (h: string): string => (h === 'sha1' ? 'sha' : h);

/** ASA/IOS crypto map entry of a tunnel (`outside_map 10`). */
function cryptoMap(pol: TunnelPolicy): { map: string; seq: string } {
  const f = facts(pol);
  const cm = f.asa?.cryptoMap ?? f.ios?.cryptoMap;
  if (cm) return { map: cm.map, seq: String(cm.seq) };
  const [map, seq] = pol.name.split(':');
  return seq ? { map: map ?? pol.name, seq } : { map: '<map>', seq: '<seq>' };
}
const mapLine = (pol: TunnelPolicy): string => {
  const cm = cryptoMap(pol);
  return `crypto map ${cm.map} ${cm.seq}`;
};
/** The name a configuration line gives after a keyword (`... ipsec-proposal NAME`). */
function nameAfter(text: string | undefined, keyword: RegExp): string | undefined {
  if (!text) return undefined;
  const m = keyword.exec(text);
  return m?.[1];
}
function ikePriority(pol: TunnelPolicy, version: 1 | 2): string | undefined {
  const f = facts(pol);
  const ps = f.asa?.ikePolicies ?? f.ios?.ikePolicies;
  const hit = ps?.find((x) => x.version === version);
  return hit ? String(hit.priority) : undefined;
}
function iosProfile(pol: TunnelPolicy): string {
  const f = facts(pol);
  return (
    f.ios?.ikev2Profile?.value ?? f.ios?.isakmpProfile?.value ?? `${pol.name.replace(/:.*/, '')}-profile`
  );
}

// --- PAN-OS --------------------------------------------------------------------------------------
function panEnc(enc: string): string {
  const p = encParts(enc);
  if (p.mode === 'gcm') return `aes-${p.bits ?? 128}-gcm`;
  if (p.base === 'aes') return `aes-${p.bits ?? 128}-cbc`;
  return p.base;
}
const panGateway = (pol: TunnelPolicy): string => quotePan(facts(pol).panos?.gateway?.value ?? pol.name);
const panTunnel = (pol: TunnelPolicy): string => quotePan(facts(pol).panos?.tunnel ?? pol.name);
const quotePan = (s: string): string => (/\s/.test(s) ? `"${s}"` : s);
function panIdType(id: string): string {
  const t = idType(id);
  return t === 'address' ? 'ipaddr' : t === 'email' ? 'ufqdn' : t === 'dn' ? 'dn' : 'fqdn';
}

// --- FortiGate -------------------------------------------------------------------------------------
function fgEnc(enc: string): string {
  const p = encParts(enc);
  if (p.mode === 'gcm') return `aes${p.bits ?? 128}gcm`;
  if (p.base === 'aes') return `aes${p.bits ?? 128}`;
  return p.base;
}
const fgPhase1 = (pol: TunnelPolicy): string => facts(pol).fortigate?.phase1 ?? pol.name;
const fgPhase2 = (pol: TunnelPolicy): string => facts(pol).fortigate?.phase2 ?? pol.name;
function fgBlock(pol: TunnelPolicy, phase: 1 | 2, sets: string[]): string[] {
  const f = facts(pol).fortigate;
  const kind = f?.kind === 'policy' ? '' : '-interface';
  return [
    `config vpn ipsec phase${phase}${kind}`,
    `    edit "${phase === 1 ? fgPhase1(pol) : fgPhase2(pol)}"`,
    ...sets.map((s) => `        set ${s}`),
    '    next',
    'end',
  ];
}
/** FortiGate proposal words: `aes256-sha256`; AEAD in phase 1 takes a PRF (`aes256gcm-prfsha384`), in phase 2 nothing. */
function fgProposals(props: (IkeProposal | ChildProposal)[], ike: boolean): string {
  return uniq(
    props.flatMap((p) =>
      p.encryption.flatMap((e) => {
        if (isAead(e)) {
          if (!ike) return [fgEnc(e)];
          const prfs = 'prf' in p && p.prf.length ? p.prf : ['sha256'];
          return prfs.map((h) => `${fgEnc(e)}-prf${h}`);
        }
        return (p.integrity.length ? p.integrity : ['sha256']).map((h) => `${fgEnc(e)}-${h}`);
      }),
    ),
  ).join(' ');
}

// --- where lines go --------------------------------------------------------------------------------

/** The part of a configuration a setting lives in, for text configurations that nest. */
export type Scope = 'conn' | 'child' | 'local' | 'remote';

/**
 * Lines to add to a text configuration, placed in their section: swanctl.conf nests
 * `connections { <conn> { children { <child> { ... } } } }` (strongswan.conf(5) merges sections
 * of the same name), ipsec.conf puts them under `conn <name>`. Appliance command lines are
 * returned as they are.
 */
export function placeLines(vendor: FixFamily, pol: TunnelPolicy, scope: Scope, lines: string[]): string[] {
  if (!lines.length) return lines;
  if (vendor === 'strongswan' && isSwanctl(pol)) {
    const child = facts(pol).swan?.child;
    const path =
      scope === 'child' && child
        ? ['connections', pol.name, 'children', child]
        : scope === 'local' || scope === 'remote'
          ? ['connections', pol.name, scope]
          : ['connections', pol.name];
    const pad = (n: number): string => '   '.repeat(n);
    return [
      ...path.map((s, i) => `${pad(i)}${s} {`),
      ...lines.map((l) => `${pad(path.length)}${l}`),
      ...path.map((_, i) => `${pad(path.length - 1 - i)}}`),
    ];
  }
  if (vendor === 'strongswan' || vendor === 'libreswan' || vendor === 'openswan')
    return [`conn ${pol.name}`, ...lines.map((l) => `\t${l}`)];
  return lines;
}

// --- proposals ---------------------------------------------------------------------------------------

/** The configuration lines that make a policy use these IKE (phase 1) proposals. */
export function ikeProposalLines(vendor: FixFamily, pol: TunnelPolicy, props: IkeProposal[]): string[] {
  const v2 = pol.ikeVersion?.value !== 1;
  switch (vendor) {
    case 'strongswan': {
      const text = props.map((p) => strongswanProposal(p, true)).join(',');
      if (isSwanctl(pol)) return [`proposals = ${text}`];
      return [`ike=${text}${facts(pol).swan?.ikeStrict ? '!' : ''}`];
    }
    case 'libreswan':
    case 'openswan':
      return [`ike=${props.map(libreswanProposal).join(',')}`];
    case 'cisco-asa': {
      const first = Number(ikePriority(pol, v2 ? 2 : 1) ?? 10);
      if (!v2) {
        // an ASA IKEv1 policy hashes with SHA-1 or MD5 only
        if (props.some((p) => (p.integrity[0] ?? 'sha1') !== 'sha1' && p.integrity[0] !== 'md5')) return [];
        return props.flatMap((p, i) => [
          `crypto ikev1 policy ${first + i}`,
          ` authentication ${pol.auth?.value === 'cert' ? 'rsa-sig' : 'pre-share'}`,
          ` encryption ${asaEnc(p.encryption[0] ?? 'aes-cbc-256')}`,
          ` hash ${v1Hash(p.integrity[0] ?? 'sha1')}`,
          ` group ${p.dhGroups[0] ?? 14}`,
        ]);
      }
      return props.flatMap((p, i) => [
        `crypto ikev2 policy ${first + i}`,
        ` encryption ${uniq(p.encryption.map(asaEnc)).join(' ')}`,
        // AES-GCM policies take `integrity null` (ASA command reference, crypto ikev2 policy)
        ` integrity ${p.integrity.length ? uniq(p.integrity.map(asaHash)).join(' ') : 'null'}`,
        ` group ${p.dhGroups.join(' ')}`,
        ` prf ${uniq((p.prf.length ? p.prf : p.integrity).map(asaHash)).join(' ')}`,
      ]);
    }
    case 'cisco-ios': {
      if (v2) {
        const name = ikePriority(pol, 2) ?? `${pol.name.replace(/:.*/, '')}-proposal`;
        return props.flatMap((p, i) => [
          `crypto ikev2 proposal ${i === 0 ? name : `${name}-${i + 1}`}`,
          ` encryption ${uniq(p.encryption.map(iosV2Enc)).join(' ')}`,
          // an AES-GCM proposal has a PRF and no integrity (Cisco IOS "Configuring IKEv2")
          ...(p.integrity.length
            ? [` integrity ${uniq(p.integrity).join(' ')}`]
            : [` prf ${uniq(p.prf).join(' ')}`]),
          ` group ${p.dhGroups.join(' ')}`,
        ]);
      }
      const first = Number(ikePriority(pol, 1) ?? 10);
      return props.flatMap((p, i) => {
        const e = encParts(p.encryption[0] ?? 'aes-cbc-256');
        return [
          `crypto isakmp policy ${first + i}`,
          ` encr ${e.base === 'aes' ? `aes ${e.bits ?? 128}` : e.base}`,
          ` hash ${v1Hash(p.integrity[0] ?? 'sha1')}`,
          ` authentication ${pol.auth?.value === 'cert' ? 'rsa-sig' : 'pre-share'}`,
          ` group ${p.dhGroups[0] ?? 14}`,
        ];
      });
    }
    case 'panos': {
      const prof = `set network ike crypto-profiles ike-crypto-profiles ${quotePan(facts(pol).panos?.ikeCryptoProfile?.value ?? pol.name)}`;
      if (!props.length) return [];
      return [
        `${prof} encryption [ ${uniq(props.flatMap((x) => x.encryption.map(panEnc))).join(' ')} ]`,
        `${prof} hash [ ${uniq(props.flatMap((x) => (x.integrity.length ? x.integrity : x.prf))).join(' ')} ]`,
        `${prof} dh-group [ ${uniq(props.flatMap((x) => x.dhGroups.map((g) => `group${g}`))).join(' ')} ]`,
      ];
    }
    case 'fortigate':
      return fgBlock(pol, 1, [
        `proposal ${fgProposals(props, true)}`,
        `dhgrp ${uniq(props.flatMap((p) => p.dhGroups)).join(' ')}`,
      ]);
    default:
      return props.map(
        (p) => `${p.encryption.join('/')} ${p.integrity.join('/')} DH ${p.dhGroups.join('/')}`,
      );
  }
}

/** The configuration lines that make a policy use these child (phase 2) proposals. */
export function childProposalLines(vendor: FixFamily, pol: TunnelPolicy, props: ChildProposal[]): string[] {
  const v2 = pol.ikeVersion?.value !== 1;
  const pfs = props.find((p) => p.dhGroups.length)?.dhGroups[0];
  const cm = cryptoMap(pol);
  const srcText = pol.childProposals?.src?.text;
  switch (vendor) {
    case 'strongswan': {
      const text = props.map((p) => strongswanProposal(p, false)).join(',');
      if (isSwanctl(pol)) return [`esp_proposals = ${text}`];
      return [`esp=${text}${facts(pol).swan?.childStrict ? '!' : ''}`];
    }
    case 'libreswan':
    case 'openswan':
      return [
        `esp=${props.map((p) => libreswanProposal({ ...p, dhGroups: [] })).join(',')}`,
        ...libreswanPfs(pfs),
      ];
    case 'cisco-asa': {
      if (v2) {
        const name =
          nameAfter(srcText, /set ikev2 ipsec-proposal (\S+)/) ??
          nameAfter(srcText, /ipsec-proposal (\S+)/) ??
          `${cm.map}-${cm.seq}`;
        const integ = uniq(props.flatMap((p) => p.integrity.map(asaEspHash)));
        return [
          `crypto ipsec ikev2 ipsec-proposal ${name}`,
          ` protocol esp encryption ${uniq(props.flatMap((p) => p.encryption.map(asaEnc))).join(' ')}`,
          ` protocol esp integrity ${integ.length ? integ.join(' ') : 'null'}`,
          ...asaPfs(pol, pfs),
        ];
      }
      // an ASA IKEv1 transform set authenticates with esp-sha-hmac, esp-md5-hmac or esp-none
      // and has one cipher; several proposals are several transform sets on the map entry
      if (
        props.some((p) => p.integrity.some((h) => h !== 'sha1' && h !== 'md5') || p.encryption.some(isAead))
      )
        return [];
      const base = nameAfter(srcText, /set ikev1 transform-set (\S+)/) ?? `${cm.map}-${cm.seq}`;
      const sets = props.flatMap((p) => p.encryption.map((e) => ({ e, h: p.integrity[0] })));
      const names = sets.map((_, i) => (i === 0 ? base : `${base}-${i + 1}`));
      return [
        ...sets.map(
          ({ e, h }, i) =>
            `crypto ipsec ikev1 transform-set ${names[i]} esp-${asaEnc(e)} ${h ? `esp-${v1Hash(h)}-hmac` : 'esp-none'}`,
        ),
        ...(sets.length > 1 ? [`${mapLine(pol)} set ikev1 transform-set ${names.join(' ')}`] : []),
        ...asaPfs(pol, pfs),
      ];
    }
    case 'cisco-ios': {
      // one cipher and one hash per transform set; several proposals are several transform sets
      const base = nameAfter(srcText, /transform-set (\S+)/) ?? `${cm.map}-${cm.seq}`;
      const sets = props.flatMap((p) => p.encryption.map((e) => ({ e: encParts(e), h: p.integrity[0] })));
      if (!sets.length) return [];
      const names = sets.map((_, i) => (i === 0 ? base : `${base}-${i + 1}`));
      const enc = (e: ReturnType<typeof encParts>) =>
        e.mode === 'gcm'
          ? `esp-gcm ${e.bits ?? 128}`
          : e.base === 'aes'
            ? `esp-aes ${e.bits ?? 128}`
            : `esp-${e.base}`;
      return [
        ...sets.map(
          ({ e, h }, i) =>
            `crypto ipsec transform-set ${names[i]} ${enc(e)}${h && e.mode !== 'gcm' ? ` esp-${v1Hash(h)}-hmac` : ''}`,
        ),
        ...iosPfs(pol, pfs, sets.length > 1 ? [` set transform-set ${names.join(' ')}`] : []),
      ];
    }
    case 'panos': {
      const prof = `set network ike crypto-profiles ipsec-crypto-profiles ${quotePan(facts(pol).panos?.ipsecCryptoProfile?.value ?? pol.name)}`;
      return [
        `${prof} esp encryption [ ${uniq(props.flatMap((p) => p.encryption.map(panEnc))).join(' ')} ]`,
        `${prof} esp authentication [ ${uniq(props.flatMap((p) => p.integrity)).join(' ') || 'none'} ]`,
        `${prof} dh-group ${pfs ? `group${pfs}` : 'no-pfs'}`,
      ];
    }
    case 'fortigate':
      return fgBlock(pol, 2, [
        `proposal ${fgProposals(props, false)}`,
        ...(pfs ? ['pfs enable', `dhgrp ${pfs}`] : ['pfs disable']),
      ]);
    default:
      return props.map(
        (p) => `${p.protocol} ${p.encryption.join('/')} ${p.integrity.join('/')}${pfs ? ` PFS ${pfs}` : ''}`,
      );
  }
}

const libreswanPfs = (g: number | undefined): string[] => (g ? ['pfs=yes'] : ['pfs=no']);
const asaPfs = (pol: TunnelPolicy, g: number | undefined): string[] =>
  g ? [`${mapLine(pol)} set pfs group${g}`] : [`no ${mapLine(pol)} set pfs`];
const iosPfs = (pol: TunnelPolicy, g: number | undefined, more: string[] = []): string[] => [
  `${mapLine(pol)} ipsec-isakmp`,
  ...more,
  g ? ` set pfs group${g}` : ' no set pfs',
];

/**
 * The lines that set the PFS group of the child SA (none = no PFS) and nothing else. Where the
 * group is part of the proposal (strongSwan, Libreswan with a group in esp=), the proposal is
 * rewritten with it.
 */
export function pfsLines(vendor: FixFamily, pol: TunnelPolicy, group: number | undefined): string[] {
  const props = pol.childProposals?.value ?? [];
  switch (vendor) {
    case 'strongswan':
      return childProposalLines(
        vendor,
        pol,
        props.map((p) => ({ ...p, dhGroups: group ? [group] : [] })),
      );
    case 'libreswan':
    case 'openswan':
      // pfs=yes takes the IKE SA's group; a different group is named in esp= (ipsec.conf(5) esp=)
      return group
        ? [`esp=${props.map((p) => libreswanProposal({ ...p, dhGroups: [group] })).join(',')}`, 'pfs=yes']
        : ['pfs=no'];
    case 'cisco-asa':
      return asaPfs(pol, group);
    case 'cisco-ios':
      return iosPfs(pol, group);
    case 'panos':
      return [
        `set network ike crypto-profiles ipsec-crypto-profiles ${quotePan(facts(pol).panos?.ipsecCryptoProfile?.value ?? pol.name)} dh-group ${group ? `group${group}` : 'no-pfs'}`,
      ];
    case 'fortigate':
      return fgBlock(pol, 2, group ? ['pfs enable', `dhgrp ${group}`] : ['pfs disable']);
    default:
      return [group ? `PFS group ${group}` : 'no PFS'];
  }
}

// --- selectors, identities, authentication ----------------------------------------------------

/** Lines for traffic selectors (this side's view: local = own networks). */
export function selectorLines(vendor: FixFamily, pol: TunnelPolicy, ts: TrafficSelector[]): string[] {
  const locals = uniq(ts.map((t) => t.local));
  const remotes = uniq(ts.map((t) => t.remote));
  switch (vendor) {
    case 'strongswan':
      return isSwanctl(pol)
        ? [`local_ts = ${locals.join(',')}`, `remote_ts = ${remotes.join(',')}`]
        : [`leftsubnet=${locals.join(',')}`, `rightsubnet=${remotes.join(',')}`];
    case 'libreswan':
    case 'openswan':
      // several subnets: leftsubnets={a b} (ipsec.conf(5))
      return [
        locals.length > 1 ? `leftsubnets={${locals.join(' ')}}` : `leftsubnet=${locals[0] ?? ''}`,
        remotes.length > 1 ? `rightsubnets={${remotes.join(' ')}}` : `rightsubnet=${remotes[0] ?? ''}`,
      ];
    case 'cisco-asa': {
      const acl =
        nameAfter(pol.selectors?.src?.text, /^\s*access-list (\S+) /) ??
        `${cryptoMap(pol).map}-${cryptoMap(pol).seq}-acl`;
      return ts.map(
        (t) => `access-list ${acl} extended permit ip ${ciscoNet(t.local)} ${ciscoNet(t.remote)}`,
      );
    }
    case 'cisco-ios': {
      const text = pol.selectors?.src?.text ?? '';
      const permits = ts.map((t) => ` permit ip ${ciscoNet(t.local, true)} ${ciscoNet(t.remote, true)}`);
      const numbered = /^access-list (\d{3,4}) /.exec(text);
      if (numbered) return permits.map((l) => `access-list ${numbered[1]}${l}`);
      const named = nameAfter(text, /^ip access-list extended (\S+)/);
      if (named) return [`ip access-list extended ${named}`, ...permits];
      // the value's line is an entry of the named ACL: the entries replace it in place
      if (/^\s*(?:\d+\s+)?permit\b/.test(text)) return permits;
      return [`ip access-list extended ${pol.name.replace(/:.*/, '')}-acl`, ...permits];
    }
    case 'panos': {
      const names = facts(pol).panos?.proxyIds ?? [];
      return ts.map(
        (t, i) =>
          `set network tunnel ipsec ${panTunnel(pol)} auto-key proxy-id ${quotePan(names[i] ?? `proxy${i + 1}`)} local ${t.local} remote ${t.remote} protocol any`,
      );
    }
    case 'fortigate':
      return fgBlock(
        pol,
        2,
        ts.flatMap((t) => [`src-subnet ${fgNet(t.local)}`, `dst-subnet ${fgNet(t.remote)}`]),
      );
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
  const type = idType(id);
  switch (vendor) {
    case 'strongswan':
      return isSwanctl(pol) ? [`id = ${bareId(id)}`] : [`${which === 'local' ? 'leftid' : 'rightid'}=${id}`];
    case 'libreswan':
    case 'openswan':
      // Libreswan takes an FQDN as an FQDN ID only with a leading @ (ipsec.conf(5) leftid=)
      return [
        `${which === 'local' ? 'leftid' : 'rightid'}=${type === 'fqdn' && !id.startsWith('@') ? `@${id}` : id}`,
      ];
    case 'cisco-asa':
      // the ASA's own identity is global; the peer's is checked per tunnel group
      return which === 'local'
        ? [
            type === 'address'
              ? 'crypto isakmp identity address'
              : `crypto isakmp identity key-id ${bareId(id)}`,
          ]
        : [
            `tunnel-group ${facts(pol).asa?.tunnelGroup?.value ?? pol.peer?.value ?? pol.name} ipsec-attributes`,
            ' peer-id-validate nocheck',
          ];
    case 'cisco-ios': {
      const kw = type === 'address' ? 'address' : type === 'email' ? 'email' : type === 'dn' ? 'dn' : 'fqdn';
      return pol.ikeVersion?.value === 1
        ? which === 'local'
          ? [type === 'address' ? 'crypto isakmp identity address' : 'crypto isakmp identity hostname']
          : [
              `crypto isakmp profile ${iosProfile(pol)}`,
              ` match identity ${type === 'address' ? 'address' : 'host'} ${bareId(id)}`,
            ]
        : which === 'local'
          ? [`crypto ikev2 profile ${iosProfile(pol)}`, ` identity local ${kw} ${bareId(id)}`]
          : [`crypto ikev2 profile ${iosProfile(pol)}`, ` match identity remote ${kw} ${bareId(id)}`];
    }
    case 'panos':
      return [
        `set network ike gateway ${panGateway(pol)} ${which === 'local' ? 'local-id' : 'peer-id'} type ${panIdType(id)} id ${bareId(id)}`,
      ];
    case 'fortigate':
      return fgBlock(
        pol,
        1,
        which === 'local' ? [`localid "${bareId(id)}"`] : ['peertype one', `peerid "${bareId(id)}"`],
      );
    default:
      return [`${which} id ${id}`];
  }
}

/**
 * Lines that set how this side authenticates itself (local) or what it requires of the peer
 * (remote). Secrets are never written: a pre-shared key appears as `<pre-shared key>`.
 */
export function authLines(
  vendor: FixFamily,
  pol: TunnelPolicy,
  which: 'local' | 'remote',
  method: AuthMethod,
): string[] {
  const cert = method === 'cert' || method === 'xauth-cert';
  const v1 = pol.ikeVersion?.value === 1;
  // authenticating itself with EAP is a client's role: strongSwan and IOS (FlexVPN client) can
  if (method === 'eap' && which === 'local' && vendor !== 'strongswan' && vendor !== 'cisco-ios') return [];
  if (method === 'eap' && v1) return [];
  switch (vendor) {
    case 'strongswan': {
      const kw = cert ? 'pubkey' : method === 'eap' ? 'eap' : 'psk';
      return isSwanctl(pol) ? [`auth = ${kw}`] : [`${which === 'local' ? 'leftauth' : 'rightauth'}=${kw}`];
    }
    case 'libreswan':
    case 'openswan':
      return v1
        ? [`authby=${cert ? 'rsasig' : 'secret'}`]
        : [
            `${which === 'local' ? 'leftauth' : 'rightauth'}=${cert ? 'rsasig' : method === 'eap' ? 'eaponly' : 'secret'}`,
          ];
    case 'cisco-asa': {
      if (v1) {
        const prio = ikePriority(pol, 1) ?? '10';
        return [`crypto ikev1 policy ${prio}`, ` authentication ${cert ? 'rsa-sig' : 'pre-share'}`];
      }
      const tg = facts(pol).asa?.tunnelGroup?.value ?? pol.peer?.value ?? pol.name;
      const how =
        method === 'eap'
          ? 'eap query-identity'
          : cert
            ? which === 'local'
              ? 'certificate <trustpoint>'
              : 'certificate'
            : 'pre-shared-key <pre-shared key>';
      return [`tunnel-group ${tg} ipsec-attributes`, ` ikev2 ${which}-authentication ${how}`];
    }
    case 'cisco-ios': {
      if (v1) {
        const prio = ikePriority(pol, 1) ?? '10';
        return [`crypto isakmp policy ${prio}`, ` authentication ${cert ? 'rsa-sig' : 'pre-share'}`];
      }
      const how = cert
        ? 'rsa-sig'
        : method === 'eap'
          ? which === 'remote'
            ? 'eap query-identity'
            : 'eap'
          : 'pre-share';
      return [`crypto ikev2 profile ${iosProfile(pol)}`, ` authentication ${which} ${how}`];
    }
    case 'panos':
      // one authentication setting for both directions, no EAP
      if (method === 'eap') return [];
      return [
        cert
          ? `set network ike gateway ${panGateway(pol)} authentication certificate local-certificate name <certificate>`
          : `set network ike gateway ${panGateway(pol)} authentication pre-shared-key key <pre-shared key>`,
      ];
    case 'fortigate':
      // authmethod is both directions unless IKEv2 authmethod-remote sets the peer's apart
      if (method === 'eap') return fgBlock(pol, 1, ['eap enable', 'eap-identity send-request']);
      return fgBlock(pol, 1, [
        which === 'remote' && !v1
          ? `authmethod-remote ${cert ? 'signature' : 'psk'}`
          : `authmethod ${cert ? 'signature' : 'psk'}`,
      ]);
    default:
      return [`${which} auth ${method}`];
  }
}

// --- IKE version, exchange mode, lifetimes ------------------------------------------------------

export function versionLines(vendor: FixFamily, pol: TunnelPolicy, v: 1 | 2): string[] {
  switch (vendor) {
    case 'strongswan':
      return isSwanctl(pol) ? [`version = ${v}`] : [`keyexchange=ikev${v}`];
    case 'libreswan':
    case 'openswan':
      // keyexchange= (5.x) where the file uses it, else ikev2= (3.x-4.x, still read by 5.x)
      return /^\s*keyexchange/.test(pol.ikeVersion?.src?.text ?? '')
        ? [`keyexchange=ikev${v}`]
        : [`ikev2=${v === 2 ? 'yes' : 'no'}`];
    case 'cisco-asa': {
      const name =
        nameAfter(pol.childProposals?.src?.text, /set ikev[12] (?:ipsec-proposal|transform-set) (\S+)/) ??
        '<name>';
      const ifc = facts(pol).asa?.interface?.value ?? 'outside';
      return [
        `${mapLine(pol)} set ikev${v} ${v === 2 ? 'ipsec-proposal' : 'transform-set'} ${name}`,
        `crypto ikev${v} enable ${ifc}`,
      ];
    }
    case 'cisco-ios':
      return v === 2
        ? [`${mapLine(pol)} ipsec-isakmp`, ` set ikev2-profile ${iosProfile(pol)}`]
        : [`${mapLine(pol)} ipsec-isakmp`, ' no set ikev2-profile'];
    case 'panos':
      return [`set network ike gateway ${panGateway(pol)} protocol version ikev${v}`];
    case 'fortigate':
      return fgBlock(pol, 1, [`ike-version ${v}`]);
    default:
      return [`IKEv${v}`];
  }
}

export function modeLines(vendor: FixFamily, pol: TunnelPolicy, mode: 'main' | 'aggressive'): string[] {
  switch (vendor) {
    case 'strongswan':
      return isSwanctl(pol)
        ? [`aggressive = ${mode === 'aggressive' ? 'yes' : 'no'}`]
        : [`aggressive=${mode === 'aggressive' ? 'yes' : 'no'}`];
    case 'libreswan':
    case 'openswan':
      return [`aggressive=${mode === 'aggressive' ? 'yes' : 'no'}`];
    case 'cisco-asa':
      return [`${mapLine(pol)} set phase1-mode ${mode}`];
    case 'cisco-ios':
      // IOS starts Main Mode unless a peer is set up for Aggressive Mode, and answers both
      // unless `crypto isakmp aggressive-mode disable`
      return mode === 'aggressive'
        ? [
            `crypto isakmp peer address ${pol.peer?.value ?? '<peer>'}`,
            ` set aggressive-mode client-endpoint ipv4-address ${pol.localAddress?.value ?? '<own address>'}`,
            ' set aggressive-mode password <pre-shared key>',
          ]
        : ['crypto isakmp aggressive-mode disable'];
    case 'panos':
      return [`set network ike gateway ${panGateway(pol)} protocol ikev1 exchange-mode ${mode}`];
    case 'fortigate':
      return fgBlock(pol, 1, [`mode ${mode}`]);
    default:
      return [`${mode} mode`];
  }
}

/** `8h` when whole hours, else seconds (`3600s` → `1h`); strongSwan and Libreswan read both. */
const swTime = (s: number): string => (s % 3600 === 0 ? `${s / 3600}h` : `${s}s`);

export function lifetimeLines(
  vendor: FixFamily,
  pol: TunnelPolicy,
  which: 'ike' | 'child',
  seconds: number,
): string[] {
  const v1 = pol.ikeVersion?.value === 1;
  switch (vendor) {
    case 'strongswan':
      // swanctl: rekey_time of the connection / of the child; ipsec.conf: ikelifetime / lifetime
      return isSwanctl(pol)
        ? [`rekey_time = ${swTime(seconds)}`]
        : [`${which === 'ike' ? 'ikelifetime' : 'lifetime'}=${swTime(seconds)}`];
    case 'libreswan':
    case 'openswan':
      return [
        `${which === 'ike' ? 'ikelifetime' : /^\s*ipsec-lifetime/.test(pol.childLifetimeSeconds?.src?.text ?? '') ? 'ipsec-lifetime' : 'salifetime'}=${swTime(seconds)}`,
      ];
    case 'cisco-asa':
      return which === 'ike'
        ? [
            `crypto ikev${v1 ? 1 : 2} policy ${ikePriority(pol, v1 ? 1 : 2) ?? 10}`,
            v1 ? ` lifetime ${seconds}` : ` lifetime seconds ${seconds}`,
          ]
        : [`${mapLine(pol)} set security-association lifetime seconds ${seconds}`];
    case 'cisco-ios':
      return which === 'ike'
        ? v1
          ? [`crypto isakmp policy ${ikePriority(pol, 1) ?? 10}`, ` lifetime ${seconds}`]
          : [`crypto ikev2 profile ${iosProfile(pol)}`, ` lifetime ${seconds}`]
        : [`${mapLine(pol)} ipsec-isakmp`, ` set security-association lifetime seconds ${seconds}`];
    case 'panos': {
      const f = facts(pol).panos;
      const prof = which === 'ike' ? f?.ikeCryptoProfile?.value : f?.ipsecCryptoProfile?.value;
      return [
        `set network ike crypto-profiles ${which === 'ike' ? 'ike-crypto-profiles' : 'ipsec-crypto-profiles'} ${quotePan(prof ?? pol.name)} lifetime seconds ${seconds}`,
      ];
    }
    case 'fortigate':
      return fgBlock(pol, which === 'ike' ? 1 : 2, [
        `${which === 'ike' ? 'keylife' : 'keylifeseconds'} ${seconds}`,
      ]);
    default:
      return [`lifetime ${seconds}`];
  }
}
