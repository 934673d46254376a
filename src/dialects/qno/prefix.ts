// Line prefixes of Qno routers (and similar small routers whose firmware embeds Openswan pluto).
// Seed 004 (Qno wiki "IPsec VPN log explained"):
//   (g2gips18)[17] 124.x.x.x #1895: [Tunnel Negotiation Info] Peer ID is ID_USER_FQDN: 'xxxx@xxxx.cn'
//   (g2gips18)[14] 124.x.x.x:1024 #1896: [Tunnel Negotiation Info] Inbound SPI value = 363c3bbb
//   (g2gips18)[16] 124.x.x.x: [Tunnel Disconnected] instance with peer 124.x.x.x {isakmp=#0/ipsec=#0}
//   (g2gips3) #497: [Tunnel Authorize Fail] ignoring Delete SA payload: ...
//   packet from 124.x.x.x:500: [Tunnel Authorize Fail] Informational Exchange is for an unknown (expired?) SA
// i.e. pluto's `"conn"[inst] peer #state: ` with the name in parentheses, plus a tag in brackets.
// Lines may end in a literal `^M` (carriage return shown by the web page) or `\012`.
import type { Endpoint } from '../../core/model.js';
import { parseEndpoint, stripLeftovers } from '../pluto/prefix.js';

export const QNO_TAGS = [
  'Tunnel Negotiation Info',
  'Tunnel Established',
  'Tunnel Negotiation Fail',
  'Tunnel Authorize Fail',
  'Tunnel Disconnected',
] as const;
export type QnoTag = (typeof QNO_TAGS)[number];

export interface QnoPrefix {
  conn?: string;
  sa?: string;
  remote?: Endpoint;
  tag?: QnoTag;
  rest: string;
}

/** Literal `^M`, carriage returns and a trailing `\012` that the router's web page leaves. */
export function stripLineEnd(s: string): string {
  let t = s;
  for (let i = 0; i < 4; i++) {
    const before = t;
    if (t.endsWith('^M')) t = t.slice(0, -2);
    if (t.endsWith('\r')) t = t.slice(0, -1);
    if (t.endsWith('\\012')) t = t.slice(0, -4);
    t = t.trimEnd();
    if (t === before) break;
  }
  return t;
}

const CONN = /^\((?<conn>[^()]{1,100})\)(?:\[\d{1,10}\]){0,4}(?: (?<peer>[^ #]{1,80}?))?(?: #(?<sa>\d{1,12}))?: /;
const PACKET = /^packet from (?<peer>[^ ]{2,80}?): (?=\[Tunnel )/;
const TAG = /^\[(?<tag>Tunnel (?:Negotiation Info|Established|Negotiation Fail|Authorize Fail|Disconnected))\] ?/;

export function parseQnoMessage(message: string): QnoPrefix | undefined {
  const m = stripLineEnd(stripLeftovers(message));
  const c = CONN.exec(m) ?? PACKET.exec(m);
  if (!c?.groups) return undefined;
  const out: QnoPrefix = { rest: m.slice(c[0].length) };
  if (c.groups.conn !== undefined) out.conn = c.groups.conn;
  if (c.groups.sa) out.sa = `#${c.groups.sa}`;
  if (c.groups.peer) {
    const ep = parseEndpoint(c.groups.peer);
    if (!ep) return undefined;
    out.remote = ep;
  }
  const t = TAG.exec(out.rest);
  if (t?.groups?.tag) {
    out.tag = t.groups.tag as QnoTag;
    out.rest = out.rest.slice(t[0].length);
  }
  // `(name): text` alone is too common in other vendors' logs (Cisco `(6): ...`): a Qno line
  // carries a tag, a state number or the peer.
  if (!out.tag && !out.sa && !out.remote) return undefined;
  return out;
}
