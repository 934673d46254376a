// Which daemon an ipsec.conf is written for. strongSwan's starter and Libreswan/Openswan's addconn
// read the same syntax with different keywords; a file is told apart by the keywords and values
// only one of them knows (strongSwan ipsec.conf(5) and src/starter/keywords.txt; Libreswan
// ipsec.conf(5) and lib/libswan/ipsecconf/*.c), never by its name.
import { headLines, score } from '../shared/detect.js';
import { libreswanConnKey, libreswanKey, libreswanSetupKey, strongswanCaKey, strongswanConnKey, strongswanSetupKey } from './keys.js';

export type Flavor = 'strongswan' | 'libreswan';

interface Marker {
  re: RegExp;
  weight: number;
}

// Tested against the trimmed line.
const STRONGSWAN: readonly Marker[] = [
  { re: /^charon(?:debug|start)\s*=/, weight: 3 },
  { re: /^keyexchange\s*=\s*ike\s*$/, weight: 2 },
  { re: /^keyexchange\s*=\s*ikev2\s*$/, weight: 1 },
  { re: /^(?:left|right)auth2?\s*=\s*(?:pubkey|psk|eap|xauth|rsa-|ecdsa-|ike:)/, weight: 3 },
  { re: /^(?:ike|esp|ah)\s*=[^#;]*!\s*$/, weight: 3 },
  { re: /^(?:ike|esp)\s*=[^#;]*(?:-prf\w|-(?:modp|ecp)\d{3,4}\b|-curve25519|-x25519)/, weight: 1 },
  {
    re: /^(?:margintime|marginbytes|marginpackets|lifebytes|lifepackets|closeaction|inactivity|eap_identity|aaa_identity|xauth_identity|(?:left|right)(?:firewall|hostaccess|allowany|sigkey|groups2?|id2|cert2|ca2)|mediation|mediated_by|me_peerid|installpolicy|ikedscp|sha256_96|reqid|mark_in|mark_out|cacert|crluri[12]?|ocspuri[12]?|certuribase|cachecrls)\s*=/,
    weight: 3,
  },
  { re: /^uniqueids\s*=\s*(?:replace|keep|never)\s*$/, weight: 2 },
  { re: /^(?:left|right)subnet\s*=[^#]*\[/, weight: 2 },
  { re: /^ca\s+\S/, weight: 2 },
  { re: /^(?:lifetime|keylife)\s*=/, weight: 1 },
  { re: /^dpdaction\s*=\s*(?:clear|restart|none)\s*$/, weight: 1 },
];

const LIBRESWAN: readonly Marker[] = [
  { re: /^ikev2\s*=/, weight: 3 },
  { re: /^protostack\s*=/, weight: 3 },
  { re: /^(?:phase2alg|phase2)\s*=/, weight: 3 },
  { re: /^(?:ike|esp|ah|phase2alg)\s*=[^#]*;/, weight: 3 },
  { re: /^(?:ike|esp|ah|phase2alg)\s*=[^#]*(?:sha2_\d|aes_gcm|aes_ctr|aes_cbc|\bdh\d|chacha20_poly1305|\+)/, weight: 2 },
  { re: /^plutodebug\s*=/, weight: 1 },
  {
    re: /^(?:logfile|logtime|logappend|logip|logstderr|plutostderrlog|nhelpers|ipsecdir|nssdir|secretsfile|ikev1-policy|virtual-private|listen|seccomp|ddos-mode|keep-alive|oe|nat_traversal|plutorestartoncrash|perpeerlog)\s*=/,
    weight: 2,
  },
  {
    re: /^(?:salifetime|ipsec-lifetime|ipsec-max-bytes|encapsulation|narrowing|ikev2-allow-narrowing|nat-keepalive|sha2-truncbug|ikepad|remote-peer-type|remote_peer_type|nm-configured|vti-interface|vti-routing|mark-in|mark-out|retransmit-timeout|retransmit-interval|ike-frag|ike_frag|sareftrack|overlapip|modecfgpull|xauthby|xauthfail|(?:left|right)(?:xauthserver|xauthclient|modecfgserver|modecfgclient|vti|addresspool|ckaid|autheap|subnets|username|xauthusername|ecdsakey|pubkey)|connaddrfamily|hostaddrfamily|aggrmode|send-vendorid|initial-contact|fake-strongswan|ms-dh-downgrade|require-id-on-certificate|dns-match-id|ppk|nic-offload|labeled-ipsec|policy-label|sec-label|ipsec-interface|enable-tcp|tcp-remoteport|cisco-unity|nflog-group|replay-window|decap-dscp|encap-dscp|nopmtudisc|session-resumption)\s*=/,
    weight: 3,
  },
  { re: /^(?:left|right)auth\s*=\s*(?:rsasig|secret|null|eaponly|ecdsa|rsa-sha)/, weight: 2 },
  { re: /^authby\s*=\s*(?:rsa-sha|ecdsa|eddsa|null|rsasig,)/, weight: 2 },
  { re: /^auto\s*=\s*(?:ondemand|up|keep|ignore-me)\s*$/, weight: 2 },
  { re: /^pfs\s*=/, weight: 1 },
  { re: /^(?:left|right)subnets?\s*=\s*(?:vhost:|vnet:|%priv|%no)/, weight: 3 },
  { re: /^(?:left|right)rsasigkey\s*=\s*(?:0s|%cert)/, weight: 1 },
  { re: /^(?:left|right)id\s*=\s*%(?:fromcert|null|none)\s*$/, weight: 1 },
];

/** Lines every ipsec.conf is made of (tested against the raw line: indentation matters). */
const COMMON = [/^config\s+setup\s*$/, /^conn\s+\S/, /^\s+(?:left|right)\s*=/, /^\s+(?:ike|esp|authby|auto|type|leftsubnet|rightsubnet|leftid|rightid|also)\s*=/];

function shaped(raw: string): boolean {
  const t = raw.trim();
  if (t.startsWith('#')) return true;
  if (/^(?:config\s+setup|conn\s+[^\s#]+|ca\s+[^\s#]+|include\s+[^\s#]+|version\s+[^\s#]+)\s*(?:#.*)?$/.test(raw)) return true;
  return /^\s+[\w%-]{1,60}\s*=/.test(raw);
}

function weigh(trimmed: readonly string[], markers: readonly Marker[]): number {
  let w = 0;
  for (const m of markers) if (trimmed.some((t) => m.re.test(t))) w += m.weight;
  return w;
}

export interface FlavorScore {
  /** How much the lines look like an ipsec.conf at all (0..1). */
  base: number;
  strongswan: number;
  libreswan: number;
  flavor: Flavor;
}

export function flavorOf(lines: readonly string[]): FlavorScore {
  const head = headLines(lines);
  if (head.length === 0) return { base: 0, strongswan: 0, libreswan: 0, flavor: 'strongswan' };
  let n = 0;
  for (const l of head) if (shaped(l)) n++;
  const ratio = n / head.length;
  let hits = 0;
  for (const re of COMMON) if (head.some((l) => re.test(l))) hits++;
  // a conn section is what makes it a tunnel configuration
  const base = head.some((l) => /^conn\s+\S/.test(l)) || head.some((l) => /^config\s+setup\s*$/.test(l)) ? score(hits, ratio, 3) : 0;
  const trimmed = head.map((l) => l.trim());
  let sw = weigh(trimmed, STRONGSWAN);
  let ls = weigh(trimmed, LIBRESWAN);
  // keys only one of the two daemons accepts, one point each
  const onlySw = new Set<string>();
  const onlyLs = new Set<string>();
  for (const l of head) {
    const m = /^\s+([\w%-]{1,60})\s*=/.exec(l);
    if (!m) continue;
    const k = m[1]!;
    const swKnows = strongswanConnKey(k) || strongswanSetupKey(k) || strongswanCaKey(k);
    const lk = libreswanKey(k);
    const lsKnows = libreswanConnKey(lk) || libreswanSetupKey(lk) || /^x[-_]/i.test(k);
    if (swKnows && !lsKnows) onlySw.add(k);
    if (lsKnows && !swKnows) onlyLs.add(lk);
  }
  sw += Math.min(onlySw.size, 6);
  ls += Math.min(onlyLs.size, 6);
  return { base, strongswan: sw, libreswan: ls, flavor: ls > sw ? 'libreswan' : 'strongswan' };
}

/** Detection score of one flavor: full when the keywords point to it, low otherwise. */
export function flavorScore(lines: readonly string[], want: Flavor): number {
  const f = flavorOf(lines);
  if (f.base === 0) return 0;
  if (f.strongswan === f.libreswan) return Math.round(f.base * (want === 'strongswan' ? 0.8 : 0.45) * 100) / 100;
  return f.flavor === want ? f.base : Math.round(f.base * 0.45 * 100) / 100;
}

/** Openswan rather than Libreswan: keywords Libreswan dropped (`oe=`, `nat_traversal=`, `klipsdebug=`). */
export function looksOpenswan(lines: readonly string[]): boolean {
  return lines.some((l) => /^\s*(?:oe|nat_traversal|klipsdebug|plutoload|plutostart)\s*=/.test(l));
}
