// EAP_AUTH_FAILED: the EAP exchange (user name/password, RADIUS) inside IKE_AUTH failed.
import type { Rule } from '../core/rule.js';

const rule: Rule = {
  code: 'EAP_AUTH_FAILED',
  kind: 'verdict',
  severity: 'error',
  rank: 33,
  needs: ['eap.failed'],
  evaluate({ t }) {
    const evs = t.select('eap.failed');
    const last = evs[evs.length - 1];
    if (!last) return undefined;
    const reason = evs.find((e) => e.reason)?.reason;
    return {
      confidence: 0.9,
      evidence: evs.slice(-3),
      why: reason ? 'withReason' : 'default',
      vars: { peer: t.remote.address ?? '?', reason: reason ?? '' },
      details: reason ? { vendorReason: reason } : ({} as Record<string, string>),
    };
  },
  examples: {
    fire: [
      {
        name: 'strongSwan: EAP failure',
        log: `Nov 24 10:00:00 moon charon: 09[IKE] <home|1> received EAP_FAILURE, EAP authentication failed`,
      },
      {
        name: 'Cisco ASA: the remote-access user fails XAUTH',
        log: `Oct 10 09:00:03: %ASA-3-713167: Group = RA-PSK, Username = jdoe, IP = 198.51.100.44, Remote peer has failed user authentication - check configured username and password`,
      },
      {
        // IKEv1 XAUTH: the user's name and password after phase 1, as EAP is in IKEv2.
        name: 'Libreswan XAUTH server: the user is refused',
        log: `Nov 24 10:00:00 gw pluto[2211]: "xauth-road"[1] 192.1.3.209 #1: XAUTH: User road: Authentication Failed: Incorrect Username or Password`,
      },
    ],
    silent: [
      {
        name: 'Libreswan XAUTH soft fail: the user failed but xauthfail=soft lets the tunnel up',
        log: `Nov 24 10:00:00 gw pluto[2211]: "xauth-road"[1] 192.1.3.209 #1: XAUTH: authentication for road failed, but policy is set to soft fail
Nov 24 10:00:01 gw pluto[2211]: "xauth-road"[1] 192.1.3.209 #2: IPsec SA established tunnel mode {ESP=>0x7ba5b5d1 <0xb2b0e45c xfrm=AES_CBC_128-HMAC_SHA1_96 NATOA=none NATD=none DPD=passive}`,
      },
      {
        name: 'a tunnel that came up',
        log: `Nov 24 10:00:00 moon charon: 11[IKE] <home|1> IKE_SA home[1] established between 192.0.2.1[moon]...192.0.2.2[sun]
Nov 24 10:00:00 moon charon: 11[IKE] <home|1> CHILD_SA home{1} established with SPIs c1a5e1b2_i c8b2f3a4_o and TS 10.1.0.0/16 === 10.2.0.0/16`,
      },
    ],
  },
};
export default rule;
