// IKEv2 messages of Libreswan (3.x, 4.x, 5.x) and Openswan 2.6.
// Wording checked against libreswan programs/pluto/ikev2*.c at v3.25, v3.32, v4.0, v4.5, v4.12
// and v5.x (ikev2_ike_sa_init.c, ikev2_ike_auth.c, ikev2_child.c, ikev2_psk.c, ikev2_auth.c,
// ikev2_proposals.c, ikev2_ts.c, ikev2_delete.c, revival.c) and their test suite's expected
// console output (testing/pluto/*/…console.txt).
import type { EventDraft } from '../../core/model.js';
import type { ExchangeName } from '../../core/ike-tables.js';
import type { PatternSpec } from '../../core/dialect.js';
import { classifyState, stateFields } from './states.js';
import { childEstablishedEvents, ikeEstablishedEvents, noChildFromPeer, remoteWith, so } from './events.js';
import { normalizeNotify, notifyEvents } from './notify.js';
import { parseEndpoint } from './prefix.js';
import { braces, parseTunnelSelectors } from './sa-details.js';
import { authMethod, configuredProposal, remoteProposals } from './proposals.js';

const V2: Partial<EventDraft> = { ikeVersion: 2 };

const EXCHANGES = new Set(['IKE_SA_INIT', 'IKE_AUTH', 'CREATE_CHILD_SA', 'INFORMATIONAL', 'IKE_INTERMEDIATE', 'IKE_SESSION_RESUME']);

/**
 * Libreswan 5's initiator refused the peer's answer for child SA #`child` with notify `n` (its own
 * verdict, never sent): the notify as this side's, and the child's failure under the IKE SA.
 */
function childRefusedHere(
  n: string,
  child: string,
  base: Partial<EventDraft>,
  details?: Record<string, boolean>,
): EventDraft[] {
  return [
    ...notifyEvents(n, { direction: 'out', scope: 'child', ikeVersion: 2 }).map((e) => ({ ...e, details: { local: true } })),
    {
      ...V2,
      kind: 'child.failed',
      sa: `#${child}`,
      ...(base.sa ? { parentSa: base.sa } : {}),
      notify: n,
      reason: n,
      byPeer: false,
      ...(details ? { details } : {}),
    },
  ];
}

/** What a child SA error notify without a cause code of its own means (RFC 7296 section 3.10.1). */
const CHILD_NOTIFY_MEANING: Readonly<Record<string, string>> = {
  INTERNAL_ADDRESS_FAILURE: 'the peer has no address to assign to this end (address pool exhausted or lease taken)',
  FAILED_CP_REQUIRED: 'the peer requires this end to request an address (configuration payload)',
};

function exchangeOf(text: string | undefined): ExchangeName | undefined {
  if (!text) return undefined;
  const t = text.replace(/^ISAKMP_v2_/, '').replace(/^SA_INIT$/, 'IKE_SA_INIT').replace(/^AUTH$/, 'IKE_AUTH');
  return EXCHANGES.has(t) ? (t as ExchangeName) : undefined;
}

/** The scope of a remote proposal list: `1:IKE:ENCR=...` or `1:ESP:ENCR=...`. */
function scopeOfProposals(text: string): 'ike' | 'child' | undefined {
  if (/\d:IKE[:=]/.test(text)) return 'ike';
  if (/\d:(?:ESP|AH)[:=]/.test(text)) return 'child';
  return undefined;
}

/** `authby=secret and ID_FQDN '@west'`, `peer ID_FQDN '@west'`, `certificate 'CN=...'` → id and method. */
function authDetails(tail: string): { id?: string; idType?: string; auth?: string } {
  const out: { id?: string; idType?: string; auth?: string } = {};
  const by = /authby=(\S{1,30})/.exec(tail);
  if (by?.[1]) out.auth = authMethod(by[1]);
  else if (/certificate|signature|RSA|ECDSA/.test(tail)) out.auth = 'cert';
  const id = /\b(?:ID_)?(FQDN|USER_FQDN|IPV4_ADDR|IPV6_ADDR|DER_ASN1_DN|KEY_ID|NULL) '([^']{0,300})'/.exec(tail);
  if (id) {
    out.idType = id[1]!;
    out.id = id[2]!;
  } else {
    const cert = /certificate '([^']{1,300})'/.exec(tail);
    if (cert?.[1]) {
      out.idType = 'DER_ASN1_DN';
      out.id = cert[1];
    }
  }
  return out;
}

export const ikev2Patterns: readonly PatternSpec[] = [
  {
    id: 'v2-initiate',
    needle: 'initiating ',
    regex: /^initiating (?:v2 parent SA|IKEv2 IKE SA|IKEv2 connection)(?<tail>(?: .{1,300})?)$/,
    samples: [
      '"westnet-eastnet-ikev2" #1: initiating v2 parent SA',
      '"westnet-eastnet-ikev2" #1: initiating IKEv2 IKE SA',
      'Nov 24 15:17:03.123456: "westnet-eastnet-ikev2" #1: initiating IKEv2 connection',
      // `ipsec auto --up` output of Libreswan 4.x, with whack's state code (libreswan/libreswan issue 462).
      '1v2 "labeled" #1: initiating IKEv2 connection',
      '"san" #1: initiating IKEv2 connection to 192.1.2.23 using UDP',
      '"west-east" #3: initiating IKEv2 connection (replacing established IKE SA #1) to 192.1.2.23 using UDP',
      '"west-east" #3: initiating IKEv2 connection to replace established IKE SA #1',
    ],
    events: (g, _r, base) => {
      const tail = g.tail ?? '';
      const ev: EventDraft = { ...V2, kind: 'ike.initiate', role: 'initiator', exchange: 'IKE_SA_INIT' };
      const to = / to (\S{2,80})(?: using| \(|$)/.exec(tail);
      const addr = to?.[1] && to[1] !== 'replace' ? parseEndpoint(to[1]) : undefined;
      if (addr) ev.remote = remoteWith(base, addr);
      const rep = /#(\d{1,12})/.exec(tail);
      const det: Record<string, string> = {};
      if (rep?.[1]) det.replaces = `#${rep[1]}`;
      const proto = /using (UDP|TCP)/.exec(tail);
      if (proto?.[1]) det.transport = proto[1];
      if (Object.keys(det).length) ev.details = det;
      return [ev];
    },
  },
  {
    id: 'v2-sent-message',
    needle: 'sent ',
    // Libreswan 4: `sent IKE_AUTH request {auth=IKEv2 cipher=...}`; Libreswan 5: `sent IKE_AUTH request to
    // 192.1.2.23:UDP/500 with shared-key-mac and FQDN '@west'; Child SA #2 {ESP <0x...} [ts]`.
    regex: /^sent (?<ex>IKE_SA_INIT|IKE_AUTH|IKE_INTERMEDIATE|CREATE_CHILD_SA|INFORMATIONAL|IKE_SESSION_RESUME) (?<dir>request|response|reply)(?<tail>.{0,1200})$/,
    samples: [
      '"westnet-eastnet-ikev2" #1: sent IKE_SA_INIT request',
      '"san" #1: sent IKE_SA_INIT request to 192.1.2.23:UDP/500',
      '"ntz-dpt" #8: sent IKE_AUTH request {cipher=AES_GCM_16_128 integ=n/a prf=HMAC_SHA2_512 group=MODP2048}',
      '"labeled" #1: sent IKE_AUTH request {auth=IKEv2 cipher=AES_GCM_16_256 integ=n/a prf=HMAC_SHA2_512 group=MODP2048}',
      '"westnet-eastnet-ikev2" #1: sent IKE_AUTH request to 192.1.2.23:UDP/500 with shared-key-mac and FQDN \'@west\'; Child SA #2 {ESP <0x6c9d2a8e} [192.0.1.0/24===192.0.2.0/24]',
      '"westnet-eastnet-ikev2" #1: sent IKE_SA_INIT response to 192.1.2.45:UDP/500 {cipher=AES_GCM_16_256 integ=n/a prf=HMAC_SHA2_512 ke=DH19}, expecting IKE_AUTH, IKE_INTERMEDIATE, or IKE_AUTH (EAP)',
      '"west-east" #1: sent CREATE_CHILD_SA request to rekey IKE SA #1 (using IKE SA #1)',
      '"west-east" #1: sent INFORMATIONAL request to delete IKE SA',
      '"west-east" #2: sent INFORMATIONAL request to delete established Child SA using IKE SA #1',
    ],
    events: (g, _r, base) => {
      const ex = exchangeOf(g.ex)!;
      const tail = g.tail ?? '';
      const isRequest = g.dir === 'request';
      const ev: EventDraft = {
        ...V2,
        kind: 'msg.sent',
        exchange: ex,
        direction: 'out',
        role: isRequest ? 'initiator' : 'responder',
      };
      const to = /^ to (\S{2,80})/.exec(tail);
      const addr = to?.[1] ? parseEndpoint(to[1].replace(/[,;]$/, '')) : undefined;
      if (addr) ev.remote = remoteWith(base, addr);
      const out: EventDraft[] = [ev];
      const with_ = /with (\S{1,60}) and (?:ID_)?([A-Z0-9_]{2,20}) '([^']{0,300})'/.exec(tail);
      if (with_) {
        ev.local = { id: with_[3]! };
        const method = authMethod(with_[1]!);
        ev.details = { auth: method, method, idType: with_[2]! };
      }
      // IKE SA algorithms once IKE_SA_INIT is done.
      const d = braces(tail);
      if (d && /cipher=/.test(d) && (ex === 'IKE_AUTH' || ex === 'IKE_SA_INIT' || ex === 'IKE_INTERMEDIATE')) {
        const est = ikeEstablishedEvents(`{${d}}`, { ...V2 });
        out.push(...est.slice(1));
      }
      if (ex === 'IKE_AUTH' && isRequest) {
        // IKE_AUTH is only sent once the IKE_SA_INIT response arrived (Libreswan 4 logs no line for it).
        out.push({ ...V2, kind: 'msg.received', exchange: 'IKE_SA_INIT', direction: 'in', role: 'initiator', details: { implied: true } });
      }
      if (ex === 'IKE_SA_INIT' && isRequest && !tail.includes('rekey')) {
        out.push({ ...V2, kind: 'ike.state', state: 'IKE_SA_INIT_I', role: 'initiator', exchange: 'IKE_SA_INIT' });
      }
      const child = /Child SA #(\d{1,12})/.exec(tail);
      if (ex === 'IKE_AUTH' && child?.[1]) {
        const c: EventDraft = { ...V2, kind: 'child.initiate', sa: `#${child[1]}`, role: 'initiator', exchange: 'IKE_AUTH' };
        if (base.sa) c.parentSa = base.sa;
        const ts = parseTunnelSelectors(tail);
        if (ts) c.ts = ts;
        out.push(c);
      }
      if (ex === 'CREATE_CHILD_SA' && isRequest) {
        if (/rekey IKE SA/.test(tail)) out.push({ ...V2, kind: 'ike.rekey', details: { state: 'started' } });
        else if (/rekey Child SA/.test(tail)) out.push({ ...V2, kind: 'child.rekey', details: { state: 'started' } });
        else out.push({ ...V2, kind: 'child.initiate', role: 'initiator', exchange: 'CREATE_CHILD_SA' });
      }
      if (ex === 'INFORMATIONAL' && /to delete IKE SA/.test(tail)) out.push({ ...V2, kind: 'ike.deleted', byPeer: false });
      if (ex === 'INFORMATIONAL' && /to delete (?:established |larval )?Child SA/.test(tail)) {
        const using = /using IKE SA #(\d{1,12})/.exec(tail);
        out.push({ ...V2, kind: 'child.deleted', byPeer: false, ...(using?.[1] ? { parentSa: `#${using[1]}` } : {}) });
      }
      return out;
    },
  },
  {
    id: 'v2-processed',
    needle: 'process',
    // Libreswan 4.x responder: `processing decrypted IKE_AUTH request: SK{IDi,N(INITIAL_CONTACT),IDr,AUTH,SA,TSi,TSr}`.
    regex: /^(?<verb>processed|processing(?: decrypted)?) (?<ex>IKE_SA_INIT|IKE_AUTH|IKE_INTERMEDIATE|CREATE_CHILD_SA|INFORMATIONAL|IKE_SESSION_RESUME) (?<dir>request|response)(?: from (?<from>\S{2,80}?),?(?<tail>(?: .{0,1200})?)|: (?<payloads>\S{1,1200}))$/,
    samples: [
      '"san" #1: processed IKE_SA_INIT response from 192.1.2.23:UDP/500 {cipher=AES_GCM_16_256 integ=n/a prf=HMAC_SHA2_512 ke=DH19}, initiating IKE_AUTH',
      '"san" #1: processing IKE_AUTH response from 192.1.2.23:UDP/500 containing SK{IDr,CERT,AUTH,SA,TSi,TSr}',
      '"westnet-eastnet-ipv4-psk-ikev2" #1: processing IKE_SA_INIT request from 192.1.2.45:UDP/500 containing SA,KE,Ni,N(IKEV2_FRAGMENTATION_SUPPORTED),N(NAT_DETECTION_SOURCE_IP),N(NAT_DETECTION_DESTINATION_IP)',
      'Nov 24 15:35:07.414904: "lab" #1: processing decrypted IKE_AUTH request: SK{IDi,N(INITIAL_CONTACT),IDr,AUTH,SA,TSi,TSr,N(EAP_ONLY_AUTHENTICATION),N(IKEV2_MESSAGE_ID_SYNC_SUPPORTED)}',
    ],
    events: (g, _r, base) => {
      const ex = exchangeOf(g.ex)!;
      const tail = g.tail ?? '';
      const ev: EventDraft = {
        ...V2,
        kind: 'msg.received',
        exchange: ex,
        direction: 'in',
        role: g.dir === 'request' ? 'responder' : 'initiator',
      };
      const from = g.from ? parseEndpoint(g.from) : undefined;
      if (from) ev.remote = remoteWith(base, from);
      const payloads = g.payloads ?? /containing (\S{1,800})/.exec(tail)?.[1];
      if (payloads) ev.payloads = payloads.replace(/^SK\{|\}$/g, '').split(',').filter(Boolean);
      const out: EventDraft[] = [ev];
      if (ex === 'IKE_SA_INIT' && g.dir === 'request') {
        out.push({ ...V2, kind: 'ike.respond', role: 'responder', exchange: 'IKE_SA_INIT' });
      }
      const d = braces(tail);
      if (d && /cipher=/.test(d)) out.push(...ikeEstablishedEvents(`{${d}}`, { ...V2 }).slice(1));
      return out;
    },
  },
  {
    id: 'v2-processed-intermediate',
    needle: 'processed IKE_INTERMEDIATE',
    regex: /^(?<role>initiator|responder) processed IKE_INTERMEDIATE, initiating (?<next>[A-Z_]{3,30})$/,
    samples: ['"westnet-eastnet-ikev2" #1: initiator processed IKE_INTERMEDIATE, initiating IKE_AUTH'],
    events: (g) => [{ ...V2, kind: 'msg.received', exchange: 'IKE_INTERMEDIATE', direction: 'in', role: g.role as 'initiator' | 'responder' }],
  },
  {
    id: 'v2-proposals-configured',
    // `"conn":   1:IKE=AES_GCM_C_256-HMAC_SHA2_512+HMAC_SHA2_256-NONE-MODP2048+...` under "IKE SA proposals (connection add):"
    regex: /^ {1,4}(?<num>\d{1,3}):(?<scope>IKE|ESP|AH)=(?<prop>\S{1,1200})$/,
    samples: [
      'Apr 11 17:23:26.708360: "172.21.1.240-193.101.6.31-172.21.1.240/32-172.21.1.222/32":   1:IKE=AES_GCM_C_256-HMAC_SHA2_512+HMAC_SHA2_256-NONE-MODP2048+MODP3072+MODP4096+MODP8192+ECP_256+ECP_384+ECP_521+CURVE25519',
      '"westnet-eastnet-ikev2":   1:ESP=AES_GCM_C_256-NONE-NONE-DISABLED',
    ],
    events: (g) => [
      {
        kind: 'proposal.configured',
        scope: g.scope === 'IKE' ? 'ike' : 'child',
        proposals: [configuredProposal(`${g.scope!}=${g.prop!}`)],
        details: { proposal: `${g.scope!}=${g.prop!}` },
      },
    ],
  },
  {
    id: 'v2-proposals-header',
    regex: /^(?<scope>IKE|ESP|AH|Child) SA proposals \((?<why>[^)]{1,80})\):$/,
    samples: ['Apr 11 17:23:26.708304: "172.21.1.240-193.101.6.31-172.21.1.240/32-172.21.1.222/32": IKE SA proposals (connection add):'],
    events: () => [],
  },
  {
    id: 'v2-proposal-chosen',
    needle: 'chosen from remote proposals',
    regex: /^proposal (?<num>\d{1,3}):(?<prop>\S{1,600}) (?:SPI=\S{1,40} )?chosen from remote proposals (?<remote>.{0,4000})$/,
    samples: [
      '"westnet-eastnet-ipv4-psk-ikev2" #1: proposal 1:IKE=AES_GCM_16_256-HMAC_SHA2_512-ECP_256 chosen from remote proposals 1:IKE:ENCR=AES_GCM_16_256;PRF=HMAC_SHA2_512;PRF=HMAC_SHA2_256;DH=ECP_256;DH=MODP2048[first-match] 2:IKE:ENCR=AES_GCM_16_128;PRF=HMAC_SHA2_512;DH=ECP_256',
      '"westnet-eastnet-ipv4-psk-ikev2" #2: proposal 1:ESP=AES_GCM_16_256-NONE SPI=2f1c3d4e chosen from remote proposals 1:ESP:ENCR=AES_GCM_16_256;ESN=NO[first-match]',
    ],
    events: (g) => {
      const scope = /^(?:ESP|AH)[=:]/.test(g.prop!) ? 'child' : 'ike';
      return [{ ...V2, kind: 'proposal.selected', scope, proposals: [configuredProposal(g.prop!)], remoteValue: g.remote!, details: { proposal: g.prop! } }];
    },
  },
  {
    id: 'v2-no-local-proposal',
    needle: 'no local proposal matches',
    regex: /^no local proposal matches remote proposals (?<remote>.{1,4000})$/,
    samples: [
      '"westnet-eastnet-ikev2" #1: no local proposal matches remote proposals 1:IKE:ENCR=3DES;PRF=HMAC_SHA1;INTEG=HMAC_SHA1_96;DH=MODP1024',
      'packet from 192.0.2.45:500: no local proposal matches remote proposals 1:IKE:ENCR=AES_CBC_128;PRF=HMAC_SHA1;INTEG=HMAC_SHA1_96;DH=MODP2048 2:IKE:ENCR=3DES;PRF=HMAC_MD5;INTEG=HMAC_MD5_96;DH=MODP1024',
      '"westnet-eastnet-ikev2" #2: no local proposal matches remote proposals 1:ESP:ENCR=AES_CBC_128;INTEG=HMAC_SHA1_96;ESN=NO',
    ],
    events: (g) => {
      const scope = scopeOfProposals(g.remote!) ?? 'ike';
      return [
        {
          ...V2,
          kind: 'proposal.none',
          scope,
          role: 'responder',
          remoteValue: g.remote!.trim(),
          exchange: scope === 'ike' ? 'IKE_SA_INIT' : 'IKE_AUTH',
        },
        { ...V2, kind: 'proposal.received', scope, proposals: remoteProposals(g.remote!) },
      ];
    },
  },
  {
    id: 'v2-child-proposals-failed',
    needle: 'SA processing returned',
    // Libreswan 4/5 (ikev2_child.c): a responder that found no acceptable child proposal, in
    // IKE_AUTH or in a CREATE_CHILD_SA request (a new child SA or a rekey).
    regex: /^(?:IKE_AUTH responder matching remote ESP\/AH proposals failed|(?<create>CREATE_CHILD_SA) request failed), responder SA processing returned (?<notify>\S{1,80})$/,
    samples: [
      '"westnet-eastnet-ikev2" #2: IKE_AUTH responder matching remote ESP/AH proposals failed, responder SA processing returned NO_PROPOSAL_CHOSEN',
      '"westnet-eastnet-ikev2" #2: IKE_AUTH responder matching remote ESP/AH proposals failed, responder SA processing returned STF_FAIL+v2N_NO_PROPOSAL_CHOSEN',
      // libreswan/libreswan issue 1604.
      '"westnet-eastnet2-ikev2" #4: CREATE_CHILD_SA request failed, responder SA processing returned NO_PROPOSAL_CHOSEN',
    ],
    events: (g) => {
      const n = normalizeNotify(g.notify!.replace(/^STF_FAIL\+/, ''), 2);
      return [
        { ...V2, kind: 'proposal.none', scope: 'child', role: 'responder', exchange: g.create ? 'CREATE_CHILD_SA' : 'IKE_AUTH' },
        { ...V2, kind: 'notify.sent', notify: n, scope: 'child', direction: 'out' },
      ];
    },
  },
  {
    id: 'v2-child-rejected',
    needle: ['rejected Child SA with', 'error notification', 'CHILD SA failed:'],
    // The peer refused the child SA while the IKE SA came up (or CREATE_CHILD_SA failed).
    // Libreswan 5 adds what the notify said: `CREATE_CHILD_SA failed with error notification INVALID_KE_PAYLOAD
    // response suggesting MODP4096 instead of MODP8192` (ikev2_create_child_sa.c).
    regex: /^(?:IKE_AUTH response rejected Child SA with|IKE_AUTH response contained the error notification|CHILD SA failed:|CREATE_CHILD_SA failed with error notification|(?<ex>[A-Z_]{3,30}) response rejected Child SA with) (?<notify>\w{2,60})(?: response(?: suggesting (?<suggested>\S{1,40}) instead of (?<ours>\S{1,40})|(?<why>(?:: | but ).{1,200}))?)?$/,
    samples: [
      '"westnet-eastnet-ikev2" #1: IKE_AUTH response rejected Child SA with TS_UNACCEPTABLE',
      '"westnet-eastnet-ikev2" #1: IKE_AUTH response contained the error notification NO_PROPOSAL_CHOSEN',
      '"labeled"[1][2] 192.1.2.23 #3: CREATE_CHILD_SA failed with error notification TS_UNACCEPTABLE',
      '"west" #2: CHILD SA failed: NO_PROPOSAL_CHOSEN',
      '"west-cuckoo" #3: CREATE_CHILD_SA failed with error notification INVALID_KE_PAYLOAD response suggesting MODP4096 instead of MODP8192',
      '"west" #3: CREATE_CHILD_SA failed with error notification INVALID_KE_PAYLOAD response but no KE was sent',
    ],
    events: (g) => {
      const n = normalizeNotify(g.notify!, 2);
      const notify = notifyEvents(n, { direction: 'in', scope: 'child', ikeVersion: 2 }).map((e) =>
        g.suggested ? { ...e, details: { ours: g.ours!, suggested: g.suggested } } : e,
      );
      const why = g.why ? g.why.replace(/^(?:: | but )/, '') : (CHILD_NOTIFY_MEANING[n] ?? undefined);
      return [...notify, { ...V2, kind: 'child.failed', notify: n, reason: why ? `${n}: ${why}` : n, byPeer: true }];
    },
  },
  {
    id: 'v2-child-response-refused',
    needle: 'was rejected with',
    // Libreswan 5.2+: the initiator found the peer's IKE_AUTH / CREATE_CHILD_SA answer unacceptable (the line
    // before says why: mode, TS, IPCOMP) and deletes the child; the notify is pluto's own verdict, never sent
    // (ikev2_ike_auth.c). 5.0/5.1 said `IKE SA established but initiator rejected Child SA response`.
    regex: /^response for Child SA #(?<child>\d{1,12}) was rejected with (?<notify>\w{2,60})(?<more>.{0,200})$/,
    samples: [
      '"west" #1: response for Child SA #2 was rejected with TS_UNACCEPTABLE; initiating delete of Child SA (IKE SA will remain UP)',
      '"ipv4-psk-ikev2-transport" #1: response for Child SA #2 was rejected with NO_PROPOSAL_CHOSEN; initiating delete of Child SA (IKE SA will remain UP)',
    ],
    events: (g, _r, base) => childRefusedHere(normalizeNotify(g.notify!, 2), g.child!, base),
  },
  {
    id: 'v2-child-rejected-no-up',
    needle: 'does not have policy UP',
    // Libreswan 5: the child failed and the connection is not auto=start, so the IKE SA goes too
    // (ikev2_ike_auth.c). `peer rejected` follows the peer's notify, already logged against the child;
    // `response for Child SA #2 was rejected` is the initiator's own verdict on the answer.
    regex: /^(?:(?<peer>peer rejected Child SA)|response for Child SA #(?<child>\d{1,12}) was rejected) {1,2}\((?<notify>\w{2,60})\) and IKE SA does not have policy UP$/,
    samples: [
      '"labeled"[1] 192.1.2.23 #1: peer rejected Child SA  (TS_UNACCEPTABLE) and IKE SA does not have policy UP',
      '"private-or-clear#192.1.2.0/24"[1] ...192.1.2.23 #1: peer rejected Child SA  (NO_PROPOSAL_CHOSEN) and IKE SA does not have policy UP',
      '"private-or-clear#192.1.2.0/24"[1] ...192.1.2.23 #1: response for Child SA #2 was rejected (NO_PROPOSAL_CHOSEN) and IKE SA does not have policy UP',
    ],
    events: (g, _r, base) => {
      const n = normalizeNotify(g.notify!, 2);
      if (g.peer) return [{ ...V2, kind: 'child.failed', notify: n, reason: n, byPeer: true, details: { ikeSaDeleted: true } }];
      return childRefusedHere(n, g.child!, base, { ikeSaDeleted: true });
    },
  },
  {
    id: 'v2-child-payloads-missing',
    needle: 'IKE_AUTH response missing',
    // The peer authenticated and answered IKE_AUTH without the child SA's SA/TSi/TSr payloads and without
    // an error notify: the child SA was not created and the log does not say why (ikev2_child.c; 5.0-5.3
    // go on with the IKE SA, 5.4 deletes it). pluto's own TS_UNACCEPTABLE / INVALID_SYNTAX here is its
    // internal verdict, never a notify from the peer, so it is no traffic selector mismatch.
    regex: /^IKE_AUTH response missing (?:v2SA, v2TSi or v2TSr: not attempting to setup CHILD SA|at least one of the Child SA payloads v2SA, v2TSi and v2TSr)$/,
    samples: [
      '"west-east" #2: IKE_AUTH response missing v2SA, v2TSi or v2TSr: not attempting to setup CHILD SA',
      '"westnet-eastnet-ipv4-psk-ikev2" #2: IKE_AUTH response missing at least one of the Child SA payloads v2SA, v2TSi and v2TSr',
    ],
    events: () => [
      noChildFromPeer(
        'the peer\'s IKE_AUTH response carries no child SA (no SA, TSi and TSr payloads, no error notify)',
        'no-child-payloads',
      ),
    ],
  },
  {
    id: 'v2-child-rejected-by-initiator',
    needle: 'rejected Child SA response',
    regex: /^IKE SA established but initiator rejected Child SA response$/,
    samples: ['"westnet-eastnet-ikev2" #1: IKE SA established but initiator rejected Child SA response'],
    events: () => [{ ...V2, kind: 'child.failed', reason: 'initiator rejected Child SA response' }],
  },
  {
    id: 'v2-auth-rejected',
    needle: 'authentication request rejected',
    regex: /^IKE SA authentication request rejected(?: by peer)?: (?<notify>\w{2,80})(?<more>.{0,200})$/,
    samples: [
      '"westnet-eastnet-ikev2" #1: IKE SA authentication request rejected by peer: AUTHENTICATION_FAILED',
      '"westnet-eastnet-ikev2" #1: IKE SA authentication request rejected: AUTHENTICATION_FAILED',
      '"westnet-eastnet-ikev2" #1: IKE SA authentication request rejected by peer: unrecognized response',
    ],
    events: (g) => {
      if (g.notify === 'unrecognized') {
        return [{ ...V2, kind: 'ike.auth.failed', byPeer: true, exchange: 'IKE_AUTH', role: 'initiator', reason: 'unrecognized response' }];
      }
      const n = normalizeNotify(g.notify!, 2);
      const out = notifyEvents(n, { direction: 'in', scope: 'ike', ikeVersion: 2 });
      if (!out.some((e) => e.kind === 'ike.auth.failed')) {
        out.push({ ...V2, kind: 'ike.auth.failed', byPeer: true, reason: n });
      }
      return out.map((e) => (e.kind === 'ike.auth.failed' ? { ...e, exchange: 'IKE_AUTH', role: 'initiator' } : e));
    },
  },
  {
    id: 'v2-psk-auth-failed',
    needle: 'AUTH',
    regex: /^(?:PSK Authentication failed: AUTH mismatch(?: in (?<where>[^!]{1,60}))?!?|PSK authentication failed(?: AUTH mismatch!)?|AUTH mismatch: Received AUTH != computed AUTH)$/,
    samples: [
      '"westnet-eastnet-ikev2" #1: PSK Authentication failed: AUTH mismatch in I2 Auth Payload!',
      '"westnet-eastnet-ikev2" #1: AUTH mismatch: Received AUTH != computed AUTH',
      '"westnet-eastnet-ikev2" #1: PSK authentication failed AUTH mismatch!',
    ],
    events: () => [
      { ...V2, kind: 'psk.mismatch', reason: 'AUTH payload does not match the pre-shared key' },
      { ...V2, kind: 'ike.auth.failed', byPeer: false, exchange: 'IKE_AUTH', reason: 'PSK AUTH mismatch' },
    ],
  },
  {
    id: 'v2-authentication-failed',
    needle: 'uthentication failed',
    // Libreswan 4/5: `authentication failed: computed hash does not match hash received from peer
    // ID_FQDN '@west'` (ikev2_psk.c), `authentication failed: no PSK found for '@west'`, `X509:
    // authentication failed; peer certificate subjectAltName extension does not match ...`.
    regex: /^(?:X509: )?(?:(?<method>RSA|Digital Signature|NULL|ECDSA) )?[Aa]uthentication failed(?:[:;] (?<why>.{1,600}))?$/,
    samples: [
      '"westnet-eastnet-ikev2" #1: authentication failed: computed hash does not match hash received from peer ID_FQDN \'@west\'',
      '"westnet-eastnet-ikev2" #1: authentication failed: no PSK found for \'@west\'',
      '"ikev2-x509" #1: X509: authentication failed; peer certificate subjectAltName extension does not match ID_FQDN \'NOTeast.testing.libreswan.org\'',
      '"ikev2-x509" #1: X509: authentication failed; peer ID_DER_ASN1_DN \'C=CA, CN=east\' does not match expected \'C=CA, CN=other\'',
      '"rsa" #1: authentication failed: using RSA with SHA2_512 for \'@east\' tried preloaded: *AQO9bJbr3',
      '"san" #1: X509: authentication failed; peer certificate subjectAltName extension does not match USER_FQDN \'NOTeast@testing.libreswan.org\'',
      '"ikev1-aggr-failtest" #2: authentication failed: using raw RSA with SHA1 for \'@east-v1\' tried preloaded: *AwEAAc2mr',
      '"westnet-eastnet-ikev2" #1: authentication failed: peer attempted PSK authentication but we want RSASIG',
      '"westnet-eastnet-ikev2" #1: RSA authentication failed',
      '"westnet-eastnet-ikev2" #1: Digital Signature authentication failed',
    ],
    // Libreswan 5 logs these for IKEv1 (Main/Aggressive Mode) too: the version comes from the state.
    events: (g, _r, base) => {
      const why = g.why ?? `${g.method ?? ''} authentication failed`.trim();
      const out: EventDraft[] = [{ kind: 'ike.auth.failed', byPeer: false, reason: why }];
      const hash = /^computed hash does not match hash received from peer (?:ID_)?[A-Z0-9_]{2,20} '([^']{0,300})'/.exec(why);
      if (hash) {
        out.push({ kind: 'psk.mismatch', remote: remoteWith(base, { id: hash[1]! }), reason: 'computed hash does not match' });
        return out;
      }
      const nopsk = /^no PSK found for '([^']{0,300})'/.exec(why);
      if (nopsk) {
        out[0]!.details = { cause: 'no-psk' };
        out[0]!.remote = remoteWith(base, { id: nopsk[1]! });
        return out;
      }
      const want = /^peer attempted (\S{1,20}) authentication but we want (\S{1,40})/.exec(why);
      if (want) {
        out.push({ kind: 'proposal.mismatch', scope: 'ike', param: 'auth_method', localValue: want[2]!, remoteValue: want[1]! });
        return out;
      }
      const idm = /peer (?:ID )?(?:ID_)?[A-Z0-9_]{2,20} '([^']{0,300})' does not match expected '([^']{0,300})'/.exec(why);
      if (idm) {
        out.push({ kind: 'id.mismatch', remote: remoteWith(base, { id: idm[1]! }), remoteValue: idm[1]!, localValue: idm[2]! });
        return out;
      }
      // The certificate is valid but does not carry the identity the peer claims: its ID and its
      // certificate disagree (strongSwan says "no trusted public key found for" the ID).
      const san = /^peer certificate subjectAltName extension does not match (?:ID_)?[A-Z0-9_]{2,20} '([^']{0,300})'/.exec(why);
      if (san) {
        out.push({ kind: 'id.mismatch', remote: remoteWith(base, { id: san[1]! }), remoteValue: san[1]!, reason: why });
        return out;
      }
      if (/subjectAltName|certificate|CERT/.test(why)) out.push({ kind: 'cert.invalid', reason: why });
      return out;
    },
  },
  {
    id: 'v2-ppk-failed',
    needle: 'PPK',
    // Post-quantum preshared keys (RFC 8784), Libreswan 5: ikev2_ike_sa_init.c, ikev2_ike_auth.c.
    regex: /^(?:connection has ppk=insist but (?<peer>peer does not support PPK)|connection requires PPK, but we didn't find one|Requested PPK_ID not found and connection requires a valid PPK)$/,
    samples: [
      '"westnet-eastnet-ipv4-psk-ppk" #1: connection has ppk=insist but peer does not support PPK',
      '"westnet-eastnet-ipv4-psk-ppk" #1: connection requires PPK, but we didn\'t find one',
      '"westnet-eastnet-ipv4-psk-ppk" #1: Requested PPK_ID not found and connection requires a valid PPK',
    ],
    events: (g) => {
      const peerLacks = g.peer !== undefined;
      return [
        {
          ...V2,
          kind: 'ike.auth.failed',
          byPeer: false,
          reason: peerLacks ? 'ppk=insist but the peer does not support PPK' : 'no usable PPK for this connection',
          details: { cause: 'ppk', ...(peerLacks ? {} : { local: true }) },
        },
      ];
    },
  },
  {
    id: 'v2-auth-hash-unsupported',
    needle: ['legacy RSA-SHA1', 'not supported'],
    // ikev2_auth.c: the peer offers only signature hashes this end refuses (RFC 7427).
    regex: /^(?:legacy RSA-SHA1 is not allowed but peer supports nothing else|authentication method (?<method>IKEv2_AUTH_[A-Z0-9_]{2,40}) not supported)$/,
    samples: [
      '"west" #1: legacy RSA-SHA1 is not allowed but peer supports nothing else',
      '"west" #1: authentication method IKEv2_AUTH_RESERVED not supported',
    ],
    events: (g) => [
      {
        ...V2,
        kind: 'ike.auth.failed',
        byPeer: false,
        reason: g.method ? `authentication method ${g.method} not supported` : 'peer supports only RSA with SHA1 signatures, which this end does not allow',
        details: { cause: 'auth-method' },
      },
    ],
  },
  {
    id: 'v2-ike-established',
    needle: 'established IKE SA',
    regex: /^(?:(?<role>initiator|responder) )?established IKE SA(?<tail>[;: ].{0,800})?$/,
    samples: [
      '"westnet-eastnet-ikev2" #1: initiator established IKE SA; authenticated peer using authby=secret and FQDN \'@east\'',
      'Nov 24 15:17:03.620011: "westnet-eastnet-ikev2" #1: initiator established IKE SA; authenticated peer using authby=secret and ID_FQDN \'@east\'',
      '"westnet-eastnet-ikev2" #1: responder established IKE SA; authenticated peer using authby=secret and ID_FQDN \'@west\'',
      '"westnet-eastnet-ikev2" #1: established IKE SA; authenticated using authby=secret and peer ID_FQDN \'@east\'',
      '"san" #1: initiator established IKE SA; authenticated peer certificate \'C=CA, ST=Ontario, L=Toronto, O=Libreswan, OU=Test Department, CN=east.testing.libreswan.org, E=user-east@testing.libreswan.org\' and 3nnn-bit RSASSA-PSS with SHA2_512 digital signature issued by \'C=CA, ST=Ontario, L=Toronto, O=Libreswan, OU=Test Department, CN=Libreswan test CA for mainca, E=testing@libreswan.org\'',
    ],
    events: (g, _r, base) => {
      const tail = g.tail ?? '';
      const role = g.role as 'initiator' | 'responder' | undefined;
      const ev: EventDraft = { ...V2, kind: 'ike.established', ...(role ? { role } : {}) };
      const out: EventDraft[] = [ev];
      const a = authDetails(tail);
      if (/authenticated/.test(tail)) {
        const ok: EventDraft = { ...V2, kind: 'ike.auth.ok', details: { ...(a.auth ? { auth: a.auth, method: a.auth } : {}) } };
        if (a.id !== undefined) ok.remote = remoteWith(base, { id: a.id });
        out.push(ok);
      }
      if (a.id !== undefined) {
        out.push({ ...V2, kind: 'ike.peer-id', remote: remoteWith(base, { id: a.id }), ...(a.idType ? { details: { idType: a.idType } } : {}) });
      }
      const d = braces(tail);
      if (d && /cipher=/.test(d)) out.push(...ikeEstablishedEvents(`{${d}}`, { ...V2 }).slice(1));
      return out;
    },
  },
  {
    id: 'v2-authenticated',
    needle: 'uthenticated ',
    // Libreswan 3.x `Authenticated using authby=secret`; 4.x `authenticated peer '...' signature using ...`.
    regex: /^(?:Authenticated using (?<how>.{1,400})|authenticated (?:peer |using )(?<how2>.{1,600}))$/,
    samples: [
      '"westnet-eastnet-ikev2" #1: Authenticated using authby=secret',
      '"westnet-eastnet-ikev2" #1: Authenticated using RSA with IKEv2_AUTH_HASH_SHA2_512',
      '"labeled" #1: authenticated using RSA with SHA2_512 and preloaded certificate \'@east\'',
      '"west" #1: authenticated peer \'2nnn-bit RSASSA-PSS with SHA2_512\' digital signature using peer certificate \'C=CA, CN=east.testing.libreswan.org\' issued by CA \'C=CA, CN=Libreswan test CA for mainca\'',
      // Libreswan 5 logs the lower-case forms for IKEv1 Main/Aggressive Mode too: the version comes from the state.
      '"north-east" #1: authenticated peer certificate \'C=CA, ST=Ontario, L=Toronto, O=Libreswan, OU=Test Department, CN=east.testing.libreswan.org, E=user-east@testing.libreswan.org\' and 3072-bit raw RSA with SHA1 signature issued by \'C=CA, ST=Ontario, L=Toronto, O=Libreswan, OU=Test Department, CN=Libreswan test CA for mainca, E=testing@libreswan.org\'',
      '"ikev1-ipsec-fail" #1: authenticated peer using preloaded certificate \'@east-v1\' and 2048-bit raw RSA with SHA1 signature',
    ],
    events: (g, _r, base) => {
      const how = (g.how ?? g.how2 ?? '').trim();
      const a = authDetails(how);
      const method = a.auth ?? authMethod(how);
      const ev: EventDraft = { ...(g.how ? V2 : {}), kind: 'ike.auth.ok', details: { auth: method, method, how } };
      if (a.id !== undefined) ev.remote = remoteWith(base, { id: a.id });
      return [ev];
    },
  },
  {
    id: 'v2-child-established',
    needle: 'Child SA',
    regex: /^(?:(?<role>initiator|responder) )?(?<verb>established|rekeyed) Child SA(?: #(?<old>\d{1,12}))?(?: using #(?<ike>\d{1,12}))?;? ?(?<tail>.{0,1600})$/,
    samples: [
      '"san" #2: initiator established Child SA using #1; IPsec tunnel [192.1.2.45/32===192.1.2.23/32] {ESP/ESN=>0x8c1f3b2e <0x4d7a9e10 xfrm=AES_GCM_16_256 DPD=passive}',
      'Nov 24 15:17:03.640113: "westnet-eastnet-ikev2" #2: initiator established Child SA using #1; IPsec tunnel [192.0.1.0-192.0.1.255:0-65535 0] -> [192.0.2.0-192.0.2.255:0-65535 0] {ESP/ESN=>0xcd6b8d89 <0x28d0cb9b xfrm=AES_GCM_16_256-NONE NATOA=none NATD=none DPD=passive}',
      '"westnet-eastnet-ikev2" #2: responder established Child SA using #1; IPsec tunnel [192.0.2.0-192.0.2.255:0-65535 0] -> [192.0.1.0-192.0.1.255:0-65535 0] {ESP/NAT/ESN=>0x28d0cb9b <0xcd6b8d89 xfrm=AES_GCM_16_256-NONE NATOA=none NATD=203.0.113.1:4500 DPD=passive}',
      '"westnet-eastnet-ikev2" #2: established Child SA; IPsec tunnel [192.0.1.0-192.0.1.255:0-65535 0] -> [192.0.2.0-192.0.2.255:0-65535 0] {ESP=>0x1a2b3c4d <0x5e6f7a8b xfrm=AES_GCM_16_256-NONE NATOA=none NATD=none DPD=passive}',
      '"west" #3: initiator rekeyed Child SA #2 using #1; IPsec tunnel [192.0.1.0/24===192.0.2.0/24] {ESP/ESN=>0x3b9d7e10 <0x6a8c2f41 xfrm=AES_GCM_16_256-MODP2048 DPD=passive}',
    ],
    events: (g) => {
      const role = g.role as 'initiator' | 'responder' | undefined;
      const extra: Partial<EventDraft> = { ...V2, ...(role ? { role } : {}) };
      if (g.ike) extra.parentSa = `#${g.ike}`;
      const out = childEstablishedEvents(g.tail ?? '', extra);
      if (g.verb === 'rekeyed') {
        out.push({ ...V2, kind: 'child.rekey', details: { state: 'done', ...(g.old ? { replaces: `#${g.old}` } : {}) }, ...(g.ike ? { parentSa: `#${g.ike}` } : {}) });
      }
      return out;
    },
  },
  {
    id: 'v2-negotiated-connection',
    needle: 'negotiated connection',
    regex: /^negotiated connection (?<ts>\[.{1,800})$/,
    samples: ['"westnet-eastnet-ikev2" #2: negotiated connection [192.0.1.0-192.0.1.255:0-65535 0] -> [192.0.2.0-192.0.2.255:0-65535 0]'],
    events: (g) => {
      const ts = parseTunnelSelectors(g.ts!);
      return [{ ...V2, kind: 'info', ...(ts ? { ts } : {}) }];
    },
  },
  {
    id: 'v2-v2-story',
    needle: 'STATE_',
    // Libreswan 3.x IKEv2 stories: `STATE_PARENT_I1: sent v2I1, expected v2R1`,
    // `STATE_PARENT_I2: sent v2I2, expected v2R2 {auth=IKEv2 ...}`, `STATE_V2_IPSEC_I: IPsec SA established tunnel mode {...}`,
    // `STATE_PARENT_I3: PARENT SA established tunnel mode {...}` (3.2x: IKE SA and first child together).
    regex: /^(?<state>STATE_(?:PARENT_[IR]\d|V2_[A-Z0-9_]{2,40})): (?<story>initiate|sent v2[IR]\d, expected v2R\d|received v2I\d, (?:sent v2R\d|PARENT SA established)|PARENT SA established|IPsec SA established|sent IPsec Child req wait response)(?<mode> (?:tunnel|transport) mode)?(?<details> ?\{.{0,800})?$/,
    samples: [
      '"westnet-eastnet-ikev2" #1: STATE_PARENT_I1: initiate',
      '"westnet-eastnet-ikev2" #1: STATE_PARENT_I1: sent v2I1, expected v2R1',
      '"westnet-eastnet-ikev2" #1: STATE_PARENT_I2: sent v2I2, expected v2R2 {auth=IKEv2 cipher=AES_GCM_16_256 integ=n/a prf=HMAC_SHA2_256 group=MODP2048}',
      '"westnet-eastnet-ikev2" #1: STATE_PARENT_R1: received v2I1, sent v2R1 {auth=IKEv2 cipher=AES_GCM_16_256 integ=n/a prf=HMAC_SHA2_256 group=MODP2048}',
      '"westnet-eastnet-ikev2" #1: STATE_PARENT_R2: received v2I2, PARENT SA established',
      '"westnet-eastnet-ikev2" #2: STATE_V2_IPSEC_I: IPsec SA established tunnel mode {ESP=>0x1b2c3d4e <0x5f6a7b8c xfrm=AES_GCM_16_256-NONE NATOA=none NATD=none DPD=passive}',
      '"westnet-eastnet-ikev2" #1: STATE_PARENT_I3: PARENT SA established tunnel mode {ESP=>0x7a6b5c4d <0x3e2f1a0b xfrm=AES_CBC_128-HMAC_SHA1_96 NATOA=none NATD=none DPD=passive}',
    ],
    events: (g) => {
      const s = classifyState(g.state!);
      const fields = { ...stateFields(s), ikeVersion: 2 as const };
      const story = g.story!;
      if (story === 'initiate') return [{ ...fields, kind: 'ike.initiate', role: 'initiator', exchange: 'IKE_SA_INIT' }];
      if (story === 'IPsec SA established') return childEstablishedEvents(`${g.mode ?? ''} ${g.details ?? ''}`, fields);
      if (story.includes('PARENT SA established')) {
        const out = ikeEstablishedEvents(undefined, fields);
        if (g.details && /=>/.test(g.details)) out.push(...childEstablishedEvents(`${g.mode ?? ''} ${g.details}`, { ikeVersion: 2 }));
        return out;
      }
      const out: EventDraft[] = [{ ...fields, kind: 'ike.state', details: { story } }];
      if (story.startsWith('received v2I1')) out.unshift({ ...fields, kind: 'ike.respond', role: 'responder', exchange: 'IKE_SA_INIT' });
      if (g.details && /cipher=/.test(g.details)) out.push(...ikeEstablishedEvents(g.details, { ikeVersion: 2 }).slice(1));
      return out;
    },
  },
  {
    id: 'v2-init-notify',
    needle: 'notification',
    // Libreswan 4: `dropping unexpected IKE_SA_INIT message containing NO_PROPOSAL_CHOSEN notification; ...`
    // Libreswan 5: `ignoring IKE_SA_INIT response containing NO_PROPOSAL_CHOSEN notification (Message ID 0; ...)`
    regex: /^(?:(?:dropping )?unexpected (?<ex>\w{3,40}) message|ignoring (?<ex2>[A-Z_]{3,30}) (?:request|response)) containing (?<notify>\w{2,60}) notification(?<more>[;( ].{0,300})?$/,
    samples: [
      '"westnet-eastnet-ikev2" #1: dropping unexpected IKE_SA_INIT message containing NO_PROPOSAL_CHOSEN notification; message payloads: N; missing payloads: SA,KE,Ni',
      '"westnet-eastnet-ikev2" #1: ignoring IKE_SA_INIT response containing NO_PROPOSAL_CHOSEN notification (Message ID 0; message payloads N, missing SA,KE,Ni)',
      '"west" #2: dropping unexpected ISAKMP_v2_CREATE_CHILD_SA message containing v2N_TS_UNACCEPTABLE notification; message payloads: SK; encrypted payloads: N; missing payloads: SA,Ni,TSi,TSr',
      // Libreswan 5.1.
      '"westnet-eastnet-ikev2" #3: unexpected IKE_SA_INIT message containing NO_PROPOSAL_CHOSEN notification; message payloads: N; missing payloads: SA,KE,Ni',
    ],
    events: (g) => {
      const ex = exchangeOf(g.ex ?? g.ex2);
      const n = normalizeNotify(g.notify!, 2);
      const scope = ex === 'IKE_SA_INIT' ? 'ike' : 'child';
      return notifyEvents(n, { direction: 'in', scope, ikeVersion: 2 }).map((e) => (ex ? { ...e, exchange: ex } : e));
    },
  },
  {
    id: 'v2-unauthenticated-notify',
    needle: 'unauthenticated',
    regex: /^(?:(?<state>STATE_[A-Z0-9_]{2,40}): )?received unauthenticated (?<notify>(?:v2N_)?[A-Z][A-Z0-9_]{2,60}) - ignored$/,
    samples: [
      '"westnet-eastnet-ikev2" #1: STATE_PARENT_I1: received unauthenticated v2N_NO_PROPOSAL_CHOSEN - ignored',
      '"westnet-eastnet-ikev2" #1: received unauthenticated v2N_AUTHENTICATION_FAILED - ignored',
    ],
    events: (g) => {
      const n = normalizeNotify(g.notify!, 2);
      const s = g.state ? classifyState(g.state) : undefined;
      const scope = s?.exchange === 'IKE_AUTH' ? undefined : 'ike';
      return notifyEvents(n, { direction: 'in', ikeVersion: 2, ...(scope ? { scope } : {}) }).map((e) =>
        s ? { ...stateFields(s), ...e } : e,
      );
    },
  },
  {
    id: 'v2-invalid-ke',
    needle: 'INVALID_KE_PAYLOAD',
    regex: /^[Rr]eceived unauthenticated INVALID_KE_PAYLOAD response to (?:Key Exchange Method \(DH\)|DH) (?<ours>\S{1,30}); resending with suggested (?:DH )?(?<theirs>\S{1,30})$/,
    samples: [
      '"westnet-eastnet-ikev2" #1: Received unauthenticated INVALID_KE_PAYLOAD response to DH MODP2048; resending with suggested DH DH19',
      '"westnet-eastnet-ikev2" #1: received unauthenticated INVALID_KE_PAYLOAD response to Key Exchange Method (DH) MODP2048; resending with suggested MODP3072',
    ],
    events: (g) => [
      {
        ...V2,
        kind: 'notify.received',
        notify: 'INVALID_KE_PAYLOAD',
        direction: 'in',
        scope: 'ike',
        exchange: 'IKE_SA_INIT',
        details: { ours: g.ours!, suggested: g.theirs! },
      },
    ],
  },
  {
    id: 'v2-state-notify',
    needle: ['STATE_', 'state transition'],
    // Libreswan 3.x whack output when a transition fails: `STATE_PARENT_I2: v2N_AUTHENTICATION_FAILED`,
    // `STATE_MAIN_I3: INVALID_ID_INFORMATION`; 3.32+: `state transition 'x' failed with NOTIFY`.
    regex: /^(?:(?<state>STATE_[A-Z0-9_]{2,40}): (?<notify>(?:v[12]N_)?[A-Z][A-Z0-9_]{2,60})|state transition (?:'(?<t>[^']{1,100})' )?failed(?:(?: with|:) (?<notify2>\w{2,60}))?)$/,
    samples: [
      '"westnet-eastnet-ikev2" #1: STATE_PARENT_I2: v2N_AUTHENTICATION_FAILED',
      '"westnet-eastnet" #1: STATE_MAIN_I3: INVALID_ID_INFORMATION',
      '"westnet-eastnet-ikev2" #1: state transition \'Respond to IKE_AUTH\' failed with v2N_INVALID_SYNTAX',
      '"westnet-eastnet" #1: state transition failed: failed',
    ],
    events: (g) => {
      const raw = g.notify ?? g.notify2;
      if (!raw || raw === 'failed') return [{ kind: 'msg.invalid', reason: g.t ? `state transition '${g.t}' failed` : 'state transition failed' }];
      const s = g.state ? classifyState(g.state) : undefined;
      const version = s?.ikeVersion ?? (raw.startsWith('v1N_') ? 1 : raw.startsWith('v2N_') ? 2 : undefined);
      const n = normalizeNotify(raw, version);
      // Only an IKEv2 responder sends a notify for a failed transition; an IKEv2 initiator failed
      // because of the notify it received.
      const direction = s?.ikeVersion === 2 && s.role === 'initiator' ? 'in' : 'out';
      const scope = s ? (s.scope === 'child' ? 'child' : s.scope === 'ike' ? 'ike' : undefined) : undefined;
      return notifyEvents(n, { direction, ...(scope ? { scope } : {}), ...(version ? { ikeVersion: version } : {}) }).map((e) =>
        s ? { ...stateFields(s), ...e } : e,
      );
    },
  },
  {
    id: 'v2-ts-unacceptable',
    needle: 'Traffic Selector',
    regex: /^(?:Child SA's Traffic Selector (?<dir>request|response) (?<ts>\S.{0,600}?) (?<what>does not match|does not fit) (?<more>.{1,300})|[Nn]o IKEv2 connection found with compatible Traffic Selectors|proposed Traffic Selectors do not match labeled IKEv2 connection|rejecting responder TSi\/TSr Traffic Selector|Received TS[ir] payloads? (?:\(s\) )?does not contain existing IPsec SA [Tt]raffic Selectors)$/,
    samples: [
      '"westnet-eastnet-ikev2" #2: Child SA\'s Traffic Selector request {TSi=192.0.3.0/24;TSr=192.0.2.0/24} does not match any permanent IKEv2 connection; responding with TS_UNACCEPTABLE',
      '"westnet-eastnet-ikev2" #2: No IKEv2 connection found with compatible Traffic Selectors',
      '"labeled" #2: no IKEv2 connection found with compatible Traffic Selectors',
      '"labeled"[1] 192.1.2.45 #2: proposed Traffic Selectors do not match labeled IKEv2 connection',
      '"westnet-eastnet-ikev2" #2: rejecting responder TSi/TSr Traffic Selector',
      '"westnet-eastnet-ikev2" #2: Child SA\'s Traffic Selector response {TSi=192.0.1.0/24;TSr=192.0.9.0/24} does not fit the proposal {TSi=192.0.1.0/24;TSr=192.0.2.0/24}',
    ],
    events: (g) => {
      const ev: EventDraft = { ...V2, kind: 'ts.mismatch', scope: 'child' };
      if (g.dir) ev.role = g.dir === 'request' ? 'responder' : 'initiator';
      if (g.ts) {
        const i = /TSi=([^;}]{1,300})/.exec(g.ts);
        const r = /TSr=([^;}]{1,300})/.exec(g.ts);
        // TSi is the initiator's side: ours when we initiated, the peer's when we respond.
        if (i || r) {
          ev.ts = g.dir === 'request' ? { ...(r ? { local: r[1]! } : {}), ...(i ? { remote: i[1]! } : {}) } : { ...(i ? { local: i[1]! } : {}), ...(r ? { remote: r[1]! } : {}) };
        }
      }
      const out: EventDraft[] = [ev];
      if (g.more && /responding with TS_UNACCEPTABLE/.test(g.more)) {
        out.push({ ...V2, kind: 'notify.sent', notify: 'TS_UNACCEPTABLE', scope: 'child', direction: 'out' });
      }
      return out;
    },
  },
  {
    id: 'v2-ts-range',
    needle: 'non-CIDR Traffic Selector',
    // Libreswan 5 (ikev2_ts.c) takes only traffic selectors that are subnets: a peer proposing an
    // address range (strongSwan `remote_ts = 10.0.1.50-10.0.1.250`) is refused with TS_UNACCEPTABLE.
    regex: /^non-CIDR Traffic Selector range (?<range>\S{3,100}) is not supported \(address range is not a subnet\)$/,
    // libreswan/libreswan issue 3030.
    samples: ['Sep 16 07:01:41.811204: "repro-correct" #2: non-CIDR Traffic Selector range 10.0.1.50-10.0.1.250 is not supported (address range is not a subnet)'],
    events: (g) => [{ ...V2, kind: 'ts.mismatch', scope: 'child', reason: 'address range traffic selector is not supported', details: { range: g.range! } }],
  },
  {
    id: 'v2-mode-policy',
    needle: 'policy dictates',
    // tunnel vs transport: `policy dictates Transport Mode, but peer requested Tunnel Mode` (ikev2_child.c)
    regex: /^policy dictates (?<ours>[^,]{1,40}), (?<verb>but peer requested|ignoring peer's request for) (?<theirs>.{1,40})$/,
    samples: [
      'Nov 24 16:00:37.384876: "lab" #2: policy dictates Transport Mode, but peer requested Tunnel Mode',
      '"lab" #2: policy dictates Tunnel Mode, ignoring peer\'s request for Transport Mode',
    ],
    events: (g) => {
      const norm = (x: string): string => (/transport/i.test(x) ? 'transport' : /tunnel/i.test(x) ? 'tunnel' : x);
      if (g.verb !== 'but peer requested') return [{ ...V2, kind: 'info', details: { mode: norm(g.ours!), peerAsked: norm(g.theirs!) } }];
      return [{ ...V2, kind: 'mode.mismatch', scope: 'child', details: { expected: norm(g.ours!), got: norm(g.theirs!) } }];
    },
  },
  {
    id: 'v2-no-connection',
    needle: 'message received on',
    // Libreswan 3.x: `initial parent SA message received on 192.0.2.1:500 but no suitable connection found with IKEv2 policy`
    // Libreswan 4.x: `IKE_SA_INIT message received on 192.0.2.1:500 but no connection has been authorized with policy IKEV2_ALLOW`
    regex: /^(?:initial parent SA|(?<ex>\w{3,40})) message received on (?<on>\S{2,80}) but no (?:connection has been authorized with policy (?<policy>\S{1,200})|suitable connection found with IKEv2 policy)$/,
    samples: [
      'packet from 198.51.100.77:500: initial parent SA message received on 192.0.2.1:500 but no suitable connection found with IKEv2 policy',
      'packet from 198.51.100.77:500: IKE_SA_INIT message received on 192.0.2.1:500 but no connection has been authorized with policy IKEV2_ALLOW',
      'Nov 24 15:34:48.478430: packet from 192.0.2.1:500: ISAKMP_v2_IKE_SA_INIT message received on 198.51.100.2:500 but no suitable connection found with IKEv2 policy',
    ],
    events: (g, _r, base) => {
      const ev: EventDraft = { ...V2, kind: 'peer.not-configured', role: 'responder', exchange: 'IKE_SA_INIT' };
      const local = parseEndpoint(g.on!);
      if (local) ev.local = local;
      if (g.policy) ev.details = { policy: g.policy };
      if (base.remote) ev.remote = base.remote;
      return [ev];
    },
  },
  {
    id: 'v2-dropping-no-connection',
    needle: 'no suitable connection',
    regex: /^dropping (?<ex>[A-Z_]{3,30}) request from (?<from>\S{2,80}) received on (?<on>\S{2,80}), no suitable connection found with IKEv2 policy$/,
    samples: ['packet from 198.51.100.77:500: dropping IKE_SA_INIT request from 198.51.100.77:UDP/500 received on 192.0.2.1:UDP/500, no suitable connection found with IKEv2 policy'],
    events: (g, _r, base) => {
      const ev: EventDraft = { ...V2, kind: 'peer.not-configured', role: 'responder', exchange: exchangeOf(g.ex) ?? 'IKE_SA_INIT' };
      const local = parseEndpoint(g.on!.replace(/,$/, ''));
      if (local) ev.local = local;
      const from = parseEndpoint(g.from!);
      if (from) ev.remote = remoteWith(base, from);
      return [ev];
    },
  },
  {
    id: 'v2-no-suitable-peer',
    needle: 'no suitable connection for peer',
    regex: /^no suitable connection for peer '(?<id>[^']{0,300})'$/,
    samples: ['"westnet-eastnet-ikev2" #1: no suitable connection for peer \'@road\''],
    events: (g, _r, base) => [{ kind: 'id.mismatch', remote: remoteWith(base, { id: g.id! }), remoteValue: g.id!, role: 'responder' }],
  },
  {
    id: 'cert-san-id-mismatch',
    needle: ['SubjectAltName', 'certificate SAN', 'does not match expected'],
    // Libreswan 3.x/4.x (ikev2_parent.c, then ikev2_ike_auth.c and peer_id.c): the peer's certificate
    // is valid but does not carry the identity the peer presents, or the identity is not the one
    // configured; a responder then looks for another connection before it gives up.
    regex: /^(?:(?<san>Peer CERT payload SubjectAltName does not match peer ID for this connection|X509: connection failed due to unmatched IKE ID in certificate SAN)|Peer ID '(?<id>[^']{0,300})' is not specified on the certificate SubjectAltName \(SAN\) and no better connection found|(?:ID_)?[A-Z][A-Z0-9_]{1,19} '(?<got>[^']{0,300})' does not match expected '(?<want>[^']{0,300})'|X509: connection (?<allowed>allows) unmatched IKE ID and certificate SAN)$/,
    samples: [
      // hwdsl2's setup-ipsec-vpn users (libreswan/libreswan issue 237): a client whose local ID is
      // not the CN of its certificate.
      '"ikev2-cp"[1] 203.0.113.7 #4: Peer CERT payload SubjectAltName does not match peer ID for this connection',
      '"ikev2-cp"[1] 203.0.113.7 #4: X509: connection failed due to unmatched IKE ID in certificate SAN',
      '"ikev2-cp"[1] 203.0.113.7 #4: Peer ID \'10.0.0.5\' is not specified on the certificate SubjectAltName (SAN) and no better connection found',
      '"ikev2-cp"[1] 203.0.113.7 #4: ID_DER_ASN1_DN \'O=my_org,CN=second_vpn_client\' does not match expected \'CN=first_vpn_client, O=my_org\'',
      '"road" #1: X509: connection allows unmatched IKE ID and certificate SAN',
    ],
    events: (g, _r, base) => {
      if (g.allowed) return [{ kind: 'info', details: { sanCheck: 'allowed' } }];
      const id = g.id ?? g.got;
      const reason = g.got !== undefined ? 'peer ID does not match the configured ID' : 'peer certificate SubjectAltName does not carry the peer ID';
      const ev: EventDraft = { kind: 'id.mismatch', reason };
      if (id !== undefined) {
        ev.remote = remoteWith(base, { id });
        ev.remoteValue = id;
      }
      if (g.want !== undefined) ev.localValue = g.want;
      return [ev];
    },
  },
  {
    id: 'v2-no-ike-sa',
    needle: 'has no corresponding IKE SA',
    regex: /^(?<ex>[A-Z_]{3,30}) (?:message )?(?<dir>request|response) has no corresponding IKE SA(?:; message dropped)?$/,
    samples: [
      'packet from 192.1.2.45:500: INFORMATIONAL request has no corresponding IKE SA; message dropped',
      'packet from 192.1.2.23:500: IKE_AUTH response has no corresponding IKE SA; message dropped',
      'packet from 192.1.2.45:500: INFORMATIONAL message request has no corresponding IKE SA',
    ],
    events: (g) => [{ ...V2, kind: 'sa.unknown', ...(exchangeOf(g.ex) ? { exchange: exchangeOf(g.ex)! } : {}), direction: 'in' }],
  },
  {
    id: 'v2-delete-request-unknown',
    needle: 'received delete request',
    regex: /^received delete request for (?<proto>\S{1,10}) Child SA with outbound SPI (?<spi>\S{1,20}); Child SA not found$/,
    samples: ['"west" #1: received delete request for ESP Child SA with outbound SPI 0x5a3c9b12; Child SA not found'],
    events: (g) => [{ ...V2, kind: 'sa.unknown', scope: 'child', details: { spi: g.spi!.replace(/^0x/, '') } }],
  },
  {
    id: 'v2-child-initiate',
    needle: 'initiating ',
    regex: /^initiating (?:Child SA using IKE SA #(?<ike>\d{1,12})|rekey to replace (?<what>Child|IKE) SA #(?<old>\d{1,12})(?: using IKE SA #(?<ike2>\d{1,12}))?)$/,
    samples: [
      '"west" #3: initiating Child SA using IKE SA #1',
      '"west" #4: initiating rekey to replace Child SA #2 using IKE SA #1',
      '"west" #5: initiating rekey to replace IKE SA #1',
    ],
    events: (g) => {
      const parent = so(g.ike ?? g.ike2);
      if (g.what === 'IKE') return [{ ...V2, kind: 'ike.rekey', details: { state: 'started', replaces: `#${g.old!}` } }];
      if (g.what === 'Child') return [{ ...V2, kind: 'child.rekey', details: { state: 'started', replaces: `#${g.old!}` }, ...(parent ? { parentSa: parent } : {}) }];
      return [{ ...V2, kind: 'child.initiate', role: 'initiator', exchange: 'CREATE_CHILD_SA', ...(parent ? { parentSa: parent } : {}) }];
    },
  },
  {
    id: 'v2-ike-rekeyed',
    needle: 'rekeyed IKE SA',
    regex: /^(?:(?<role>initiator|responder) )?rekeyed IKE SA #(?<old>\d{1,12})(?<tail>.{0,400})$/,
    samples: ['"west" #3: initiator rekeyed IKE SA #1 {cipher=AES_GCM_16_256 integ=n/a prf=HMAC_SHA2_512 ke=DH19}'],
    events: (g) => [{ ...V2, kind: 'ike.rekey', details: { state: 'done', replaces: `#${g.old!}` } }],
  },
  {
    id: 'v2-fragment',
    needle: 'fragment',
    // RFC 7383 IKE fragments: `received IKE_AUTH request fragment 1 (1 of 7), computing DH in the background`
    regex: /^(?:received (?<ex>[A-Z_]{3,30}) (?<dir>request|response) fragment (?<n>\d{1,3}) \((?<i>\d{1,3}) of (?<total>\d{1,3})\)(?<more>.{0,120})|dropping fragment (?<dn>\d{1,3}) of (?<dt>\d{1,3}) as repeat)$/,
    samples: [
      '2025-04-06T10:56:22.521719+08:00 vpn pluto[20228]: "ikev2-cp"[1] 123.185.16.167 #7: received IKE_AUTH request fragment 1 (1 of 7), computing DH in the background',
      '"west" #1: dropping fragment 2 of 5 as repeat',
    ],
    events: (g) => [
      {
        ...V2,
        kind: 'frag.enabled',
        ...(exchangeOf(g.ex) ? { exchange: exchangeOf(g.ex)! } : {}),
        details: { fragments: Number(g.total ?? g.dt ?? 0) },
      },
    ],
  },
  {
    id: 'v2-duplicate-request',
    needle: 'received duplicate',
    regex: /^received duplicate (?<ex>[A-Z_]{3,30}) (?:message )?(?<dir>request|response)(?: \(Message ID \d{1,10}\))?; retransmitting response$/,
    samples: [
      'Jul  4 08:43:43 gw pluto[17824]: "gcp-asia-southeast1-a-to-equinix-nl/1x2" #35: received duplicate IKE_SA_INIT message request (Message ID 0); retransmitting response',
      '"westnet-eastnet-ikev2" #1: received duplicate IKE_SA_INIT request; retransmitting response',
    ],
    events: (g) => [
      { ...V2, kind: 'msg.retransmit', direction: 'in', role: 'responder', ...(exchangeOf(g.ex) ? { exchange: exchangeOf(g.ex)! } : {}), details: { duplicate: true } },
    ],
  },
  {
    id: 'v2-redirect',
    needle: 'redirect',
    // RFC 5685 redirect (ikev2_redirect.c): the gateway sent this initiator elsewhere; pluto starts again
    // with the new gateway. A loop (more redirects than allowed) ends the attempt.
    regex: /^(?:(?<ex>IKE_SA_INIT|IKE_AUTH) response redirects to new gateway (?<gw>\S{1,80})|scheduling redirect (?<n>\d{1,4}) to (?<gw2>\S{1,80})|(?<ex2>IKE_SA_INIT|IKE_AUTH) redirect exceeds limit; assuming redirect loop|ignoring v2N_REDIRECT, we don't accept being redirected)$/,
    samples: [
      '"north-east" #1: IKE_SA_INIT response redirects to new gateway 192.1.2.44',
      '"westnet-eastnet-ipv4-psk-ikev2" #1: IKE_AUTH response redirects to new gateway 192.1.3.33',
      '"north-east" #1: scheduling redirect 1 to 192.1.2.44',
      '"westnet-eastnet-ipv4-psk-ikev2" #11: IKE_AUTH redirect exceeds limit; assuming redirect loop',
      '"west" #1: ignoring v2N_REDIRECT, we don\'t accept being redirected',
    ],
    events: (g) => {
      const ex = exchangeOf(g.ex ?? g.ex2);
      const gw = g.gw ?? g.gw2;
      if (g.ex2) {
        return [{ ...V2, kind: 'msg.invalid', role: 'initiator', ...(ex ? { exchange: ex } : {}), reason: 'redirect loop: the gateways keep redirecting', details: { redirect: 'loop' } }];
      }
      return [{ ...V2, kind: 'info', role: 'initiator', ...(ex ? { exchange: ex } : {}), details: { redirect: gw ?? 'ignored' } }];
    },
  },
  {
    id: 'v2-omitting-child',
    needle: ['omitting CHILD SA', 'creating childless SA'],
    // Initiator (`omitting`) or, from Libreswan 5, responder to an IKE_AUTH without a child SA (RFC 6023).
    regex: /^(?:omitting CHILD SA payloads|IKE_AUTH request does not propose a Child SA; creating childless SA)$/,
    samples: [
      '"labeled" #1: omitting CHILD SA payloads',
      '"westnet-eastnet-ikev2" #1: IKE_AUTH request does not propose a Child SA; creating childless SA',
    ],
    events: () => [{ ...V2, kind: 'info', details: { childless: true } }],
  },
  {
    id: 'v2-cookie',
    needle: ['COOKIE', 'as unexpected'],
    // The responder answered IKE_SA_INIT with a COOKIE (RFC 7296 section 2.6: it is under load
    // or always asks, `ddos-mode=busy`); the initiator repeats its request with it and drops the
    // responder's answer to the first request when it comes late.
    regex: /^(?:received anti-DDOS COOKIE response, resending IKE_SA_INIT request with COOKIE payload|dropping IKE_SA_INIT response as unexpected for matching IKE SA #(?<state>\d{1,12}))$/,
    samples: [
      'Nov 25 05:21:50.956193: "lab" #1: received anti-DDOS COOKIE response, resending IKE_SA_INIT request with COOKIE payload',
      'Nov 25 05:21:50.958791: packet from [2001:db8:2::2]:500: dropping IKE_SA_INIT response as unexpected for matching IKE SA #1',
    ],
    events: (g) => {
      const details: Record<string, boolean> = g.state ? { lateResponse: true } : { cookie: true };
      return [{ ...V2, kind: 'info', exchange: 'IKE_SA_INIT', role: 'initiator', details }];
    },
  },
];
