// Remote access in pluto: IKEv1 XAUTH and MODECFG (both ends), the IKEv2 configuration payload
// (RFC 7296 section 3.15) and the server's address pools.
// Wording checked against libreswan v5.0-v5.4 programs/pluto/ikev1_xauth.c, pam_auth.c,
// ikev2_cp.c, ikev2_child.c, ikev1_quick.c, addresspool.c and the test suite's expected console
// output (testing/pluto/{xauth,modecfg,ikev2-*-cp,addresspool}-*/…console.txt).
//
// A user who fails XAUTH is a failed user authentication (eap.failed: the user name and password
// or the PAM/RADIUS back end, not the IKE SA's key or certificate, as for strongSwan's XAuth). A
// server that cannot lease an address refuses the child SA (IKEv2 answers INTERNAL_ADDRESS_FAILURE,
// RFC 7296 section 3.10.1), so both ends see a child failure with the pool as its reason.
import type { EventDraft } from '../../core/model.js';
import type { PatternSpec } from '../../core/dialect.js';
import { noChildFromPeer } from './events.js';

const V1: Partial<EventDraft> = { ikeVersion: 1 };
const V2: Partial<EventDraft> = { ikeVersion: 2 };

/** An XAUTH server's verdict on the user (IKEv1): authenticated, or a failed user authentication. */
function xauthVerdict(ok: boolean, reason: string, details: Record<string, string | boolean>): EventDraft[] {
  if (ok) return [{ ...V1, kind: 'ike.auth.ok', role: 'responder', details }];
  return [{ ...V1, kind: 'eap.failed', role: 'responder', byPeer: false, reason, details }];
}

export const remoteAccessPatterns: readonly PatternSpec[] = [
  {
    id: 'xauth-client-awaiting',
    needle: 'XAUTH client',
    // The XAUTH client's story once phase 1 is up (ISAKMP SA established was logged before): it has
    // answered the server's XAUTH request and waits for its status or MODECFG set (state XAUTH_I1,
    // ikev1_xauth.c); the braces restate the ISAKMP SA's algorithms.
    regex: /^XAUTH client - possibly awaiting CFG_set(?<details> \{.{0,800})?$/,
    samples: [
      '"road-east" #1: XAUTH client - possibly awaiting CFG_set {auth=PRESHARED_KEY cipher=AES_CBC_256 integ=HMAC_SHA2_256 group=MODP2048}',
      '"xauth-road-eastnet" #1: XAUTH client - possibly awaiting CFG_set {auth=RSA_SIG cipher=AES_CBC_256 integ=HMAC_SHA2_256 group=MODP2048}',
    ],
    events: () => [
      { ...V1, kind: 'ike.state', role: 'initiator', details: { story: 'XAUTH client awaiting CFG_set' } },
    ],
  },
  {
    id: 'xauth-client-answer',
    needle: ['XAUTH', 'prompt for', 'xauth_client_ackstatus'],
    regex:
      /^(?:XAUTH: Answering XAUTH challenge with user='(?<user>[^']{0,200})'|prompt for (?<prompt>Username|Password):|xauth: xauth_client_ackstatus\(\) returned (?<stf>STF_[A-Z_]{1,30}))$/,
    samples: [
      '"road-east" #1: XAUTH: Answering XAUTH challenge with user=\'xroad\'',
      '"westnet-eastnet-ipv4-psk-ikev1" #1: prompt for Username:',
      '"westnet-eastnet-ipv4-psk-ikev1" #1: prompt for Password:',
      '"xauth-road-eastnet" #1: xauth: xauth_client_ackstatus() returned STF_OK',
    ],
    events: (g) => {
      const ev: EventDraft = {
        ...V1,
        kind: 'info',
        role: 'initiator',
        details: { xauth: g.prompt ? 'prompt' : g.stf ? 'status acknowledged' : 'answer' },
      };
      // The XAUTH user name is not the IKE identity: kept apart from `local.id`.
      if (g.user !== undefined) ev.details = { ...ev.details, user: g.user };
      return [ev];
    },
  },
  {
    id: 'xauth-user-result',
    needle: 'XAUTH: User ',
    // The server's verdict on the user (ikev1_xauth.c): `Authentication Failed (retry 1)` when it asks
    // again, `(Retried 3 times)` when it gives up.
    regex:
      /^XAUTH: User (?<user>.{0,200}?): Authentication (?<result>Successful|Failed)(?:: (?<why>.{1,200})| \((?<retry>retry \d{1,3}|Retried \d{1,3} times)\))?$/,
    samples: [
      '"xauth-road" #1: XAUTH: User road: Authentication Failed: Incorrect Username or Password',
      '"xauth-road"[1] 192.1.3.209 #1: XAUTH: User gooduser: Authentication Successful',
      '"xauth-road"[1] 192.1.3.209 #1: XAUTH: User baduser: Authentication Failed (retry 1)',
      '"xauth-road"[1] 192.1.3.209 #1: XAUTH: User baduser: Authentication Failed (Retried 3 times)',
    ],
    events: (g) =>
      xauthVerdict(g.result === 'Successful', `XAUTH user ${g.user!}: ${g.why ?? g.retry ?? 'failed'}`, {
        method: 'XAUTH',
        user: g.user!,
        ...(g.retry?.startsWith('retry') ? { retry: true } : {}),
      }),
  },
  {
    id: 'xauth-soft-fail',
    needle: 'soft fail',
    // `xauthfail=soft`: the user failed but the connection goes on (ikev1_xauth.c).
    regex: /^XAUTH: authentication for (?<user>.{0,200}) failed, but policy is set to soft fail$/,
    samples: [
      '"xauth-road"[1] 192.1.3.209 #1: XAUTH: authentication for baduser failed, but policy is set to soft fail',
    ],
    events: (g) => [
      {
        ...V1,
        kind: 'info',
        role: 'responder',
        details: { xauth: 'soft-fail', user: g.user! },
      },
    ],
  },
  {
    id: 'xauth-pam-result',
    needle: 'PAM: authentication of user',
    // pam_auth.c: the PAM process's answer for an XAUTH (IKEv1) user; ABORTED when the state went away
    // or PAM took too long. The test suite prints the seconds as `0.NNN`.
    regex:
      /^PAM: authentication of user '(?<user>[^']{0,200})' (?<result>SUCCEEDED|FAILED|ABORTED \((?<why>[^)]{1,80})\))(?: after (?<secs>[\dN.]{1,20}) seconds)?$/,
    samples: [
      '"xauth-road-eastnet"[2] 192.1.3.209 #2: PAM: authentication of user \'gooduser\' SUCCEEDED after 0.NNN seconds',
      '"xauth-road-eastnet"[1] 192.1.3.209 #1: PAM: authentication of user \'gooduser90\' ABORTED (timeout) after 60.NNN seconds',
      '"xauth-road-eastnet"[1] 192.1.3.209 #1: PAM: authentication of user \'baduser\' FAILED after 0.014 seconds',
    ],
    events: (g) =>
      xauthVerdict(
        g.result === 'SUCCEEDED',
        `PAM authentication of user ${g.user!} ${g.why ? `aborted (${g.why})` : 'failed'}`,
        { method: 'XAUTH', backend: 'PAM', user: g.user! },
      ),
  },
  {
    id: 'modecfg-request',
    needle: ['modecfg: Sending', 'Sending Username/Password', 'initiating MODE_CFG', 'MODE_CFG ACK'],
    regex:
      /^(?:modecfg: Sending IP request \(MODECFG_I1\)|XAUTH: Sending Username\/Password request \((?<from>[A-Z0-9_]{1,30})->XAUTH_R0\)|initiating MODE_CFG SET|processed MODE_CFG ACK)$/,
    samples: [
      '"north-east" #1: modecfg: Sending IP request (MODECFG_I1)',
      '"xauth-road"[1] 192.1.3.209 #1: XAUTH: Sending Username/Password request (MAIN_R3->XAUTH_R0)',
      '"modecfg-road"[1] 192.1.3.209 #1: initiating MODE_CFG SET',
    ],
    events: (g) => [
      {
        ...V1,
        kind: 'info',
        ...(g.from ? { role: 'responder' as const } : {}),
        details: { modecfg: g.from ? 'xauth request' : 'request' },
      },
    ],
  },
  {
    id: 'modecfg-lease',
    needle: ['address', 'lease', 'INTERNAL_IP'],
    // The address the server gave this client: IKEv1 MODECFG (`Received IPv4 address:` up to 5.2,
    // `received IPv4 lease ...` from 5.3) and the IKEv2 configuration payload (ikev2_cp.c).
    regex:
      /^(?:Received IPv4 address: (?<a1>\S{1,60})|received IPv4 lease (?<a2>\S{1,60}), updating source IP address|Received IP address (?<a3>\S{1,60})|setting ip source address to (?<a4>\S{1,60})|received INTERNAL_IP(?<af>[46])_ADDRESS (?<a5>\S{1,60}))$/,
    samples: [
      '"north-east" #1: Received IPv4 address: 192.0.2.101/32',
      '"north-east" #1: received IPv4 lease 192.0.2.101, updating source IP address',
      '"westnet-eastnet-ipv4-psk-ikev1" #1: Received IP address 192.0.2.1/32',
      '"westnet-eastnet-ipv4-psk-ikev1" #1: setting ip source address to 192.0.2.1/32',
      '"private-or-clear#192.1.2.0/24"[1] ...192.1.2.23 #2: received INTERNAL_IP4_ADDRESS 10.0.10.1',
      '"west"[1] 192.1.2.23 #2: received INTERNAL_IP6_ADDRESS 2001:db8:0:3:1::',
    ],
    events: (g) => {
      const lease = g.a1 ?? g.a2 ?? g.a3 ?? g.a4 ?? g.a5 ?? '';
      return [{ ...(g.a5 ? V2 : V1), kind: 'info', role: 'initiator', details: { lease } }];
    },
  },
  {
    id: 'modecfg-attribute',
    needle: ['DNS', 'Domain', 'DOMAIN', 'CISCO_SPLIT', 'MODECFG_BANNER'],
    // What else the configuration reply carried (DNS, domains, banner, Cisco split tunnels), or what
    // this end ignored of it: nothing for the diagnosis.
    regex:
      /^(?:Received DNS server (?<dns>\S{1,60})|received INTERNAL_IP[46]_DNS (?:server address )?(?<dns2>\S{1,60})|Received Domain: (?<dom>.{1,200})|[Rr]eceived INTERNAL_DNS_DOMAIN(?:: (?<dom2>.{1,200})| '(?<dom3>[^']{1,200})')|(?:received|truncated) MODECFG_BANNER: .{0,600}|received and ignored CISCO_SPLIT_INC subnet (?<split>\S{1,60})|received CISCO_SPLIT (?<split2>\S{1,60}) in MODE_CFG (?:REPLY|SET) payload, adding SPD \S{1,200}|ignoring CISCO_SPLITs? .{1,200}|CISCO_SPLIT: sending \S{1,60} for Quick Mode peer selector|ignoring (?:INTERNAL_IP[46]_DNS server address payload|INTERNAL_DNS_DOMAIN '[^']{0,200}') \(ignore-peer-dns=yes\))$/,
    samples: [
      '"modecfg-road-eastnet-psk" #1: Received DNS server 1.2.3.4',
      '"north-east" #1: received INTERNAL_IP4_DNS server address 1.2.3.4',
      '"westnet-eastnet-ipv4-psk-ikev2"[1] 192.1.2.23 #2: received INTERNAL_IP4_DNS 1.2.3.4',
      '"modecfg-road-eastnet-psk" #1: Received Domain: libreswan.org',
      '"eastnet-any"[1] 192.1.2.23 #2: Received INTERNAL_DNS_DOMAIN: libreswan.org',
      '"eastnet-any"[1] 192.1.2.23 #2: received INTERNAL_DNS_DOMAIN \'libreswan.org\'',
      '"modecfg-road-eastnet-psk" #1: received and ignored CISCO_SPLIT_INC subnet 192.0.2.0/24',
      '"road-east" #1: received CISCO_SPLIT 192.0.2.0/24 in MODE_CFG REPLY payload, adding SPD 192.0.2.101/32===192.0.2.0/24',
      '"north-east" #1: ignoring CISCO_SPLITs in MODE_CFG REPLY payload, cisco-split=no',
      '"road-east" #2: CISCO_SPLIT: sending 0.0.0.0/0 for Quick Mode peer selector',
      '"west-eastnet"[1] 192.1.2.23 #2: ignoring INTERNAL_IP4_DNS server address payload (ignore-peer-dns=yes)',
      '"west-east" #1: received MODECFG_BANNER: Welcome',
    ],
    events: () => [{ kind: 'info', details: { modecfg: 'attribute' } }],
  },
  {
    id: 'cp-reply-missing',
    needle: 'missing v2CP reply',
    // ikev2_child.c: the initiator asked for an address (leftmodecfgclient / narrowing) and the IKE_AUTH
    // response has no configuration payload, so it does not set up the child SA.
    regex: /^missing v2CP reply, not attempting to setup child SA$/,
    samples: ['"road" #2: missing v2CP reply, not attempting to setup child SA'],
    events: () => [
      noChildFromPeer(
        'the IKE_AUTH response has no configuration payload (no address from the peer)',
        'no-cp-reply',
      ),
    ],
  },
  {
    id: 'cp-required',
    needle: 'does not include a CP payload',
    // The server (modecfgserver=yes) got an IKE_AUTH request without a configuration payload and refuses
    // the child SA with FAILED_CP_REQUIRED (ikev2_child.c, RFC 7296 section 3.10.1).
    regex:
      /^IKE_AUTH request does not include a CP payload required by (?<side>\w{0,10})modecfgserver=true; Child SA ignored$/,
    samples: [
      '"eastnet-any"[1] 192.1.3.209 #1: IKE_AUTH request does not include a CP payload required by leftmodecfgserver=true; Child SA ignored',
    ],
    events: () => [
      {
        ...V2,
        kind: 'child.failed',
        role: 'responder',
        exchange: 'IKE_AUTH',
        byPeer: false,
        notify: 'FAILED_CP_REQUIRED',
        reason: 'the peer asked for no address but this end is its address server (modecfgserver=yes)',
        details: { cause: 'cp-required' },
      },
      {
        ...V2,
        kind: 'notify.sent',
        notify: 'FAILED_CP_REQUIRED',
        scope: 'child',
        direction: 'out',
        exchange: 'IKE_AUTH',
      },
    ],
  },
  {
    id: 'lease-failed',
    needle: ['leasing', 'lease_an_address', 'requested lease of'],
    // The server has no address for the client: the pool is full (`address pool exhausted` from 5.2,
    // `no free address in addresspool` before), or the address the client asked for is taken
    // (addresspool.c). The IKEv2 client then sees INTERNAL_ADDRESS_FAILURE.
    regex:
      /^(?:leasing (?<af>IPv[46]) address failed: (?<why>.{1,300})|lease_an_address failure (?<why2>.{1,300})|Quick Mode request rejected, peer requested lease of (?<lease>\S{1,60}) but it is unavailable, (?<why3>.{1,300}); deleting ISAKMP SA)$/,
    samples: [
      '"road-any-east"[1] 192.1.3.209 #4: leasing IPv4 address failed: address pool exhausted',
      '"road-any-east"[1] 192.1.3.209 #2: leasing IPv4 address failed: no free address in addresspool',
      '"road-any-east"[1] 192.1.3.209 #3: Quick Mode request rejected, peer requested lease of 192.0.2.101/32 but it is unavailable, lease is in use by "north-any-east"[1]; deleting ISAKMP SA',
      '"road-any-east"[1] 192.1.3.209 #3: Quick Mode request rejected, peer requested lease of 192.0.2.101/32 but it is unavailable, lease address is reserved; deleting ISAKMP SA',
    ],
    events: (g) => {
      const why = g.why ?? g.why2 ?? g.why3 ?? '';
      const exhausted = /exhausted|no free address/.test(why);
      const reason = g.lease
        ? `the address ${g.lease} the peer asked for is unavailable: ${why}`
        : `no address for the peer: ${why}`;
      const ev: EventDraft = {
        kind: 'child.failed',
        role: 'responder',
        byPeer: false,
        reason,
        details: { cause: exhausted ? 'address-pool-exhausted' : 'address-lease' },
      };
      if (g.lease) {
        ev.ikeVersion = 1;
        ev.exchange = 'QUICK_MODE';
      }
      return [ev];
    },
  },
];
