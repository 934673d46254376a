// Authentication: peer config lookup, identities, pre-shared keys, signatures, certificates, EAP
// and XAuth. Sources: sa/ikev2/tasks/ike_auth.c, sa/ikev2/authenticators/{psk,pubkey,eap}_
// authenticator.c, sa/ikev1/phase1.c, sa/ikev1/tasks/{main_mode,aggressive_mode,xauth}.c,
// sa/ikev1/authenticators/*.c, sa/ike_sa.c, libstrongswan/credentials/{auth_cfg,credential_manager}.c,
// libstrongswan/plugins/revocation/revocation_validator.c, plugins/eap_mschapv2, plugins/eap_radius.
import type { PatternSpec } from '../../../core/dialect.js';
import { ep, mk, v } from '../build.js';

export const authPatterns: PatternSpec[] = [
  {
    id: 'peer-config-lookup',
    needle: 'peer configs matching ',
    regex:
      /^looking for peer configs matching (?<local>[^\s[\]]{1,100})\[(?<localId>[^\]]{0,512})\]\.\.\.(?<remote>[^\s[\]]{1,100})\[(?<remoteId>[^\]]{0,512})\]$/,
    samples: [
      'Nov 24 15:17:04 12[CFG] <3> looking for peer configs matching 10.0.0.2[sun]...10.0.0.1[moon]',
      'Nov 24 15:17:04 12[CFG] <3> looking for peer configs matching 198.51.100.1[%any]...203.0.113.9[C=CH, O=Example, CN=gw.example.org]',
    ],
    events: (g, _r, base) => [
      mk(base, 'ike.peer-id', {
        ...v(2),
        role: 'responder',
        local: ep(g.local, undefined, g.localId),
        remote: ep(g.remote, undefined, g.remoteId),
      }),
    ],
  },
  {
    id: 'peer-config-lookup-v1',
    needle: ' peer configs matching ',
    regex:
      /^looking for (?<auth>[A-Za-z0-9 -]{2,40}) peer configs matching (?<local>[^\s[\].]{1,100}(?:\.[^\s[\].]{1,100}){0,16})\.\.\.(?<remote>[^\s[\]]{1,100})\[(?<remoteId>[^\]]{0,512})\]$/,
    samples: [
      'charon: 12[CFG] looking for pre-shared key peer configs matching 192.0.2.74...192.0.2.90[someid]',
      'charon: 10[CFG] looking for pre-shared key peer configs matching 198.51.100.50...203.0.113.245[192.0.2.10]',
    ],
    events: (g, _r, base) => [
      mk(base, 'ike.peer-id', {
        ...v(1),
        local: ep(g.local),
        remote: ep(g.remote, undefined, g.remoteId),
        details: { authMethod: g.auth ?? '' },
      }),
    ],
  },
  {
    id: 'peer-config-selected',
    needle: 'peer config ',
    regex: /^(?:selected|switching to) peer config (?:'(?<name>[^']{1,128})'|"(?<name2>[^"]{1,128})")$/,
    samples: [
      "Nov 24 15:17:04 12[CFG] <3> selected peer config 'sun'",
      'May 13 11:50:01 intra charon: 12[CFG1] <3> selected peer config "C1"',
      "Nov 24 15:17:04 12[CFG] <rw|3> switching to peer config 'rw-eap'",
    ],
    events: (g, _r, base) => {
      const name = g.name ?? g.name2;
      return [mk(base, 'info', { ...(name ? { conn: name } : {}), details: { peerConfig: name ?? '' } })];
    },
  },
  {
    id: 'peer-config-missing',
    needle: ['peer config found', 'alternative config found'],
    regex:
      /^(?:no matching peer config found|no peer config found|(?<alternative>no alternative config found))$/,
    samples: [
      'Nov 24 15:17:04 12[CFG] <3> no matching peer config found',
      'charon: 12[IKE] no peer config found',
      'Nov 24 15:17:04 12[CFG] <rw|3> no alternative config found',
    ],
    events: (g, r, base) => {
      // After "selected peer config ... unacceptable" this only closes the search; the reason is above.
      if (g.alternative) return [mk(base, 'info', { details: { noAlternativeConfig: true } })];
      const version = r.message.includes('no peer config') ? v(1) : v(2);
      // The addresses matched an IKE config (that lookup comes first), but no connection accepts the
      // identities the peer presented: the identities on the two ends do not agree (pfSense docs call
      // the IKEv1 case "Phase 1 Identifier Mismatch").
      return [
        mk(base, 'peer.not-configured', {
          ...version,
          reason: 'no peer config matches the identities',
          details: { by: 'identity' },
        }),
        mk(base, 'id.mismatch', { ...version, reason: 'no peer config for the presented identity' }),
      ];
    },
  },
  {
    id: 'peer-config-unacceptable',
    needle: 'acceptable',
    regex: /^selected peer config '(?<name>[^']{1,128})' (?:un|in)acceptable(?:: (?<why>.{1,120}))?$/,
    samples: [
      "Jan 10 10:00:00 gw charon: 07[CFG] selected peer config 'rw' inacceptable: non-matching authentication done",
      "Nov 24 15:17:04 12[CFG] <rw|3> selected peer config 'rw' unacceptable: non-matching authentication done",
    ],
    events: (g, _r, base) => [
      mk(base, 'ike.auth.failed', {
        reason: g.why ?? 'selected peer config unacceptable',
        details: { peerConfig: g.name ?? '' },
      }),
    ],
  },
  {
    id: 'auth-mode-mismatch',
    needle: 'but none allows',
    regex:
      /^found (?<count>\d{1,5}) matching configs?, but none allows (?<auth>.{1,60}) authentication using (?<mode>Main|Aggressive) Mode$/,
    samples: [
      'Nov 24 15:17:04 12[IKE] found 1 matching config, but none allows pre-shared key authentication using Aggressive Mode',
    ],
    events: (g, _r, base) => [
      mk(base, 'mode.mismatch', {
        ...v(1),
        mode: g.mode === 'Aggressive' ? 'aggressive' : 'main',
        details: { got: (g.mode ?? '').toLowerCase(), authMethod: g.auth ?? '' },
      }),
    ],
  },
  {
    id: 'aggressive-psk-disabled',
    needle: 'Aggressive Mode PSK disabled',
    regex: /^Aggressive Mode PSK disabled for security reasons$/,
    samples: ['charon: 13[IKE] Aggressive Mode PSK disabled for security reasons'],
    events: (_g, _r, base) => [
      mk(base, 'mode.mismatch', {
        ...v(1),
        mode: 'aggressive',
        role: 'responder',
        reason:
          'Aggressive Mode with PSK refused (charon.i_dont_care_about_security_and_use_aggressive_mode_psk)',
        details: { expected: 'main', got: 'aggressive' },
      }),
    ],
  },
  {
    id: 'peer-requested-eap',
    needle: 'peer requested EAP',
    regex: /^peer requested EAP, config (?:un|in)acceptable$/,
    samples: ['Jul 15 00:39:56 ip-172-31-1-33 charon: 07[IKE] peer requested EAP, config unacceptable'],
    events: (_g, _r, base) => [
      mk(base, 'ike.auth.failed', { ...v(2), reason: 'peer requested EAP, config unacceptable' }),
    ],
  },
  {
    id: 'idr-mismatch',
    needle: ['received IDr ', 'does not match to'],
    regex:
      /^(?:received IDr (?<got>.{1,512}), but require (?<want>.{1,512})|IDir '(?<got1>[^']{0,512})' does not match to '(?<want1>[^']{0,512})')$/,
    samples: [
      'Nov 24 15:17:04 09[CFG] <gw|1> received IDr sun.example.org, but require moon.example.org',
      "charon: 10[IKE] IDir '192.0.2.10' does not match to '203.0.113.245'",
    ],
    events: (g, _r, base) => {
      const v1 = g.got1 !== undefined;
      const got = g.got ?? g.got1 ?? '';
      const want = g.want ?? g.want1 ?? '';
      return [
        mk(base, 'id.mismatch', {
          ...v(v1 ? 1 : 2),
          remote: ep(undefined, undefined, got),
          localValue: want,
          remoteValue: got,
        }),
      ];
    },
  },
  {
    id: 'constraint-identity',
    needle: 'constraint check failed: ',
    regex:
      /^constraint check failed: (?:(?<eap>EAP )?identity '(?<want>[^']{0,512})'(?: \((?<wantType>[A-Z0-9_]{1,40})\))? required(?:, not matched by '(?<got>[^']{0,512})' \((?<gotType>[A-Z0-9_]{1,40})\))?|no EAP identity required, but '(?<gotNoEap>[^']{0,512})' \([A-Z0-9_]{1,40}\) received|certificate does not confirm identity '(?<cert>[^']{0,512})' \([A-Z0-9_]{1,40}\))$/,
    samples: [
      "Nov 24 15:17:04 12[CFG] <rw|3> constraint check failed: identity 'sun.example.org' (ID_FQDN) required, not matched by 'moon.example.org' (ID_FQDN)",
      "Nov 24 15:17:04 12[CFG] <rw|3> constraint check failed: certificate does not confirm identity 'vpn.example.org' (ID_FQDN)",
      "Nov 24 15:59:35 06[CFG] <lab|1> constraint check failed: identity 'right.example' required ",
    ],
    events: (g, _r, base) => [
      mk(base, 'id.mismatch', {
        ...((g.got ?? g.gotNoEap) ? { remote: ep(undefined, undefined, g.got ?? g.gotNoEap) } : {}),
        ...(g.want ? { localValue: g.want } : g.cert ? { localValue: g.cert } : {}),
        ...((g.got ?? g.gotNoEap) ? { remoteValue: g.got ?? g.gotNoEap } : {}),
        reason: g.cert
          ? 'certificate does not confirm identity'
          : g.eap
            ? 'EAP identity mismatch'
            : 'identity mismatch',
      }),
    ],
  },
  {
    id: 'constraint-ca',
    needle: 'constraint check failed: peer not authenticated',
    regex:
      /^constraint check failed: peer not authenticated (?:by CA '(?<ca>[^']{0,512})'|with peer cert '(?<cert>[^']{0,512})')\.?$/,
    samples: [
      "Nov 24 15:17:04 09[CFG] <gw|1> constraint check failed: peer not authenticated by CA 'C=CH, O=Example, CN=Example Root CA'",
      "Nov 24 15:17:04 09[CFG] <gw|1> constraint check failed: peer not authenticated with peer cert 'CN=sun.example.org'",
    ],
    events: (g, _r, base) => [
      mk(base, 'cert.invalid', {
        reason:
          g.ca !== undefined
            ? 'peer not authenticated by the required CA'
            : 'peer not authenticated with the required certificate',
        details: {
          ...(g.ca !== undefined ? { ca: g.ca } : {}),
          ...(g.cert !== undefined ? { cert: g.cert } : {}),
        },
      }),
      mk(base, 'ike.auth.failed', { reason: 'constraint check failed' }),
    ],
  },
  {
    id: 'constraint-other',
    needle: ['constraint check failed: ', 'constraint requires '],
    regex:
      /^(?:constraint check failed: (?:group membership to '(?<group>[^']{0,512})' required|(?<what>[\w -]{1,60}) is (?<got>[\w -]{1,60}), but requires at least (?<need>[\w -]{1,60}))|constraint requires (?<req>.{1,120}), but (?<used>.{1,120}) was used)$/,
    samples: [
      "Nov 24 15:17:04 12[CFG] <rw|3> constraint check failed: group membership to 'vpn-users' required",
      'Nov 24 15:17:04 12[CFG] <rw|3> constraint requires public key authentication, but pre-shared key was used',
    ],
    events: (g, _r, base) => [
      mk(base, 'ike.auth.failed', {
        reason: 'constraint check failed',
        details: {
          ...(g.group ? { requiredGroup: g.group } : {}),
          ...(g.what ? { what: g.what, got: g.got ?? '', need: g.need ?? '' } : {}),
          ...(g.req ? { expected: g.req, got: g.used ?? '' } : {}),
        },
      }),
    ],
  },
  {
    id: 'auth-ok',
    needle: 'authentication of ',
    regex: /^authentication of '(?<id>[^']{0,512})' with (?<method>.{1,80}?) successful$/,
    samples: [
      "May 13 11:50:03 intra charon: 12[IKE1] <C1|3> authentication of 'CN=intra.net.lan' with RSA_EMSA_PKCS1_NULL successful",
      "Nov 24 15:17:04 09[IKE] <moon|1> authentication of 'sun' with pre-shared key successful",
      "Nov 24 15:17:04 12[IKE] <rw|3> authentication of 'alice@example.org' with EAP successful",
    ],
    events: (g, _r, base) => [
      mk(base, 'ike.auth.ok', {
        remote: ep(undefined, undefined, g.id),
        details: { method: g.method ?? '' },
      }),
    ],
  },
  {
    id: 'auth-self',
    needle: '(myself)',
    regex:
      /^authentication of '(?<id>[^']{0,512})' \(myself\)(?: with (?<method>.{1,80}?))?(?: successful)?$(?<!failed)/,
    samples: [
      "feb 22 08:11:42 SLOWPC charon-systemd[297897]: authentication of 'rotterdam@domain.com' (myself) with RSA signature successful",
      "Nov 24 15:17:04 09[IKE] <moon|1> authentication of 'moon' (myself) with pre-shared key",
      "Nov 24 15:17:04 09[IKE] <l2tp|1> authentication of 'CN=client' (myself) successful",
    ],
    events: (g, _r, base) => [
      mk(base, 'info', {
        local: ep(undefined, undefined, g.id),
        details: { ownAuth: g.method ?? 'signature' },
      }),
    ],
  },
  {
    id: 'auth-self-failed',
    needle: '(myself)',
    regex: /^authentication of '(?<id>[^']{0,512})' \(myself\)(?: with (?<method>.{1,80}?))? failed$/,
    samples: [
      "Nov 24 15:17:04 09[IKE] <moon|1> authentication of 'moon' (myself) with RSA_EMSA_PKCS1_SHA2_256 failed",
    ],
    events: (g, _r, base) => [
      mk(base, 'ike.auth.failed', {
        local: ep(undefined, undefined, g.id),
        reason: 'could not create our own AUTH payload',
        details: { local: true },
      }),
    ],
  },
  {
    id: 'psk-mac-mismatch',
    needle: 'MAC mismatched',
    regex:
      /^tried (?<count>\d{1,4}) shared keys? for '(?<localId>[^']{0,512})' - '(?<remoteId>[^']{0,512})', but MAC mismatched$/,
    samples: [
      "Nov 24 15:17:04 12[IKE] <sun|3> tried 1 shared key for 'sun' - 'moon', but MAC mismatched",
      "Nov 24 15:17:04 12[IKE] <rw|3> tried 2 shared keys for '198.51.100.1' - '203.0.113.9', but MAC mismatched",
    ],
    events: (g, _r, base) => [
      mk(base, 'psk.mismatch', {
        ...v(2),
        local: ep(undefined, undefined, g.localId),
        remote: ep(undefined, undefined, g.remoteId),
        count: Number(g.count),
        reason: 'AUTH payload MAC did not verify with any configured shared key',
      }),
      mk(base, 'ike.auth.failed', { ...v(2), reason: 'pre-shared key mismatch' }),
    ],
  },
  {
    id: 'psk-hash-mismatch-v1',
    needle: 'calculated HASH does not match',
    regex: /^calculated HASH does not match HASH payload$/,
    samples: ['Nov 24 15:17:04 12[IKE] <l2tp|3> calculated HASH does not match HASH payload'],
    events: (_g, _r, base) => [
      mk(base, 'psk.mismatch', {
        ...v(1),
        reason: 'HASH payload did not verify with the configured shared key',
      }),
      mk(base, 'ike.auth.failed', { ...v(1), reason: 'pre-shared key mismatch' }),
    ],
  },
  {
    id: 'no-shared-key',
    needle: 'no shared key found for ',
    regex:
      /^no shared key found for (?:'(?<localId>[^']{0,512})'(?:\[(?<local>[^\s[\]]{1,100})\])? - '(?<remoteId>[^']{0,512})'(?:\[(?<remote>[^\s[\]]{1,100})\])?|(?<local2>[^\s[\]']{1,100}) - (?<remote2>[^\s[\]]{1,100}))$/,
    samples: [
      "Nov 24 15:17:04 12[IKE] <sun|3> no shared key found for 'sun' - 'moon'",
      "Nov 24 15:17:04 12[IKE] <l2tp|3> no shared key found for '%any'[198.51.100.1] - '203.0.113.9'[203.0.113.9]",
      'Nov 24 15:17:04 12[IKE] <l2tp|3> no shared key found for 198.51.100.1 - 203.0.113.9',
    ],
    events: (g, _r, base) => {
      const v1 = g.local !== undefined || g.local2 !== undefined;
      return [
        mk(base, 'ike.auth.failed', {
          ...(v1 ? v(1) : {}),
          local: ep(g.local ?? g.local2, undefined, g.localId),
          remote: ep(g.remote ?? g.remote2, undefined, g.remoteId),
          reason: 'no shared key configured for these identities',
        }),
      ];
    },
  },
  {
    id: 'no-trusted-key',
    needle: 'public key found for ',
    regex: /^no trusted (?<keyType>[\w-]{1,20}) public key found for '(?<id>[^']{0,512})'$/,
    samples: [
      "Nov 24 15:17:04 09[IKE] <gw|1> no trusted RSA public key found for 'sun.example.org'",
      "Nov 24 15:17:04 09[IKE] <gw|1> no trusted ECDSA public key found for 'CN=sun.example.org'",
    ],
    events: (g, _r, base) => [
      mk(base, 'cert.invalid', {
        remote: ep(undefined, undefined, g.id),
        reason: 'no trusted public key for the peer identity',
        details: { keyType: g.keyType ?? '' },
      }),
      mk(base, 'ike.auth.failed', {
        remote: ep(undefined, undefined, g.id),
        reason: 'signature not verifiable with a trusted key',
      }),
    ],
  },
  {
    id: 'signature-retry',
    needle: 'signature validation failed',
    regex: /^signature validation failed, looking for another key$/,
    samples: ['Nov 24 15:17:04 09[IKE] <gw|1> signature validation failed, looking for another key'],
    events: (_g, _r, base) => [mk(base, 'info', { details: { signatureRetry: true } })],
  },
  {
    id: 'no-private-key',
    needle: 'private key found for ',
    regex: /^no (?:(?<keyType>[\w-]{1,20}) )?private key found for '(?<id>[^']{0,512})'$/,
    samples: [
      "Nov 24 15:17:04 09[IKE] <gw|1> no private key found for 'C=CH, O=Example, CN=moon.example.org'",
    ],
    events: (g, _r, base) => [
      mk(base, 'ike.auth.failed', {
        local: ep(undefined, undefined, g.id),
        reason: 'no private key for our identity',
        details: { local: true },
      }),
    ],
  },
  {
    id: 'cert-validity',
    needle: 'certificate invalid (valid from ',
    regex:
      /^(?:(?<which>[a-z]{1,20}) )?certificate invalid \(valid from (?<from>[^)]{1,60}) to (?<to>[^)]{1,60})\)$/,
    samples: [
      'Nov 24 15:17:04 09[IKE] <gw|1> peer certificate invalid (valid from Jan 01 00:00:00 2023 to Jan 01 00:00:00 2024)',
      'Nov 24 15:17:04 09[CFG] <gw|1> subject certificate invalid (valid from Jan 01 00:00:00 2023 to Jan 01 00:00:00 2024)',
    ],
    events: (g, _r, base) => [
      mk(base, 'cert.invalid', {
        reason: 'certificate outside its validity period',
        details: { which: g.which ?? '', notBefore: g.from ?? '', notAfter: g.to ?? '' },
      }),
    ],
  },
  {
    id: 'cert-revoked',
    needle: 'certificate was revoked',
    regex: /^certificate was revoked on (?<date>[^,]{1,60}), reason: (?<why>[a-z0-9# ]{1,60})$/,
    samples: [
      'Nov 24 15:17:04 09[CFG] <gw|1> certificate was revoked on Mar 02 10:00:00 UTC 2024, reason: key compromise',
    ],
    events: (g, _r, base) => [
      mk(base, 'cert.invalid', {
        reason: 'certificate revoked',
        details: { revokedOn: g.date ?? '', revocationReason: g.why ?? '' },
      }),
    ],
  },
  {
    id: 'cert-status',
    needle: ['certificate status is ', 'check skipped'],
    regex:
      /^(?:certificate status is (?<status>good|not available|unknown, crl is stale)|(?<skipped>ocsp|crl) check skipped, no \S{1,10} found)$/,
    samples: [
      'Nov 24 15:17:04 09[CFG] <gw|1> certificate status is not available',
      'Nov 24 15:17:04 09[CFG] <gw|1> certificate status is good',
      'Nov 24 15:57:40 07[CFG] <lab|1> ocsp check skipped, no ocsp found',
    ],
    // Without a strict revocation policy charon goes on after "not available"; with a strict one the
    // trust chain fails and a "no trusted ... public key" line follows, which is then the failure.
    events: (g, _r, base) => [
      mk(base, 'info', { details: { certStatus: g.status ?? `${g.skipped ?? ''} check skipped` } }),
    ],
  },
  {
    id: 'cert-chain',
    needle: ['certificate', 'path length'],
    regex:
      /^(?:no issuer certificate found for "(?<noIssuer>[^"]{0,512})"|self-signed certificate "(?<selfSigned>[^"]{0,512})" is not trusted|maximum path length of (?<maxPath>\d{1,3}) exceeded|rejecting trusted certificate "(?<rejected>[^"]{0,512})"|rejecting certificate without digitalSignature or nonRepudiation keyUsage flags|peer certificate verification failed, deleting SA)$/,
    samples: [
      'Nov 24 15:17:04 09[CFG] <gw|1> no issuer certificate found for "C=CH, O=Example, CN=sun.example.org"',
      'Nov 24 15:17:04 09[CFG] <gw|1>   self-signed certificate "CN=sun" is not trusted',
      'Nov 24 15:17:04 09[IKE] <gw|1> rejecting certificate without digitalSignature or nonRepudiation keyUsage flags',
    ],
    events: (g, _r, base) => [
      mk(base, 'cert.invalid', {
        reason:
          g.noIssuer !== undefined
            ? 'no issuer certificate (untrusted CA)'
            : g.selfSigned !== undefined
              ? 'self-signed certificate not trusted'
              : g.maxPath !== undefined
                ? 'certificate path too long'
                : g.rejected !== undefined
                  ? 'trusted certificate rejected'
                  : 'certificate rejected',
        details: { subject: g.noIssuer ?? g.selfSigned ?? g.rejected ?? '' },
      }),
    ],
  },
  {
    id: 'cert-trust-step',
    needle: ['certificate', 'issuer is', 'root ca'],
    regex:
      /^(?:using (?:(?<trust>trusted ca|trusted intermediate ca|untrusted intermediate|trusted) )?certificate "(?<subject>[^"]{0,512})"|issuer is "(?<issuer>[^"]{0,512})"|reached self-signed root ca with a path length of (?<len>\d{1,3})|checking certificate status of "(?<checking>[^"]{0,512})"|(?<verify>verifying peer certificate|peer certificate successfully verified|no subject certificate found, skipping certificate verification))$/,
    samples: [
      'Nov 24 15:17:04 09[CFG] <gw|1>   using trusted ca certificate "C=CH, O=Example, CN=Example Root CA"',
      'Nov 24 15:17:04 09[CFG] <gw|1>   issuer is "C=CH, O=Other, CN=Other CA"',
      'Nov 24 15:17:04 09[CFG] <gw|1>   reached self-signed root ca with a path length of 0',
    ],
    events: (g, _r, base) => [
      mk(base, 'info', {
        details: {
          cert: true,
          ...(g.subject !== undefined ? { subject: g.subject, trust: g.trust ?? 'used' } : {}),
          ...(g.issuer !== undefined ? { issuer: g.issuer } : {}),
        },
      }),
    ],
  },
  {
    id: 'cert-payload',
    needle: ['cert', 'CRL '],
    regex:
      /^(?<dir>received|sending) (?<what>end entity cert|issuer cert|cert request for|CRL|OCSP status for certificate) (?:"(?<subject>[^"]{0,512})"|'(?<subject2>[^']{0,512})')$|^received (?:cert request for unknown ca(?: with keyid (?<keyid>\S{1,200})| '(?<unknownCa>[^']{0,512})')|(?<requests>\d{1,4}) cert requests for an unknown ca)$/,
    samples: [
      'Dec 24 19:38:08 scw-3 charon: 10[IKE] sending cert request for "CN=51.15.142.210"',
      'Nov 24 15:17:04 09[IKE] <gw|1> received end entity cert "C=CH, O=Example, CN=sun.example.org"',
      'feb 22 08:11:42 SLOWPC charon-systemd[297897]: sending end entity cert "C=NL, CN=rotterdam@domain.com"',
      'Nov 24 15:17:04 09[IKE] <gw|1> received 1 cert requests for an unknown ca',
    ],
    events: (g, _r, base) => [
      mk(base, 'info', {
        direction: g.dir === 'sending' ? 'out' : 'in',
        details: {
          cert: g.what ?? 'cert request',
          ...((g.subject ?? g.subject2) !== undefined ? { subject: g.subject ?? g.subject2 ?? '' } : {}),
          ...(g.unknownCa !== undefined || g.keyid !== undefined || g.requests !== undefined
            ? { unknownCa: true }
            : {}),
        },
      }),
    ],
  },
  {
    id: 'eap-start',
    needle: ['EAP', 'server requested '],
    regex:
      /^(?:initiating (?<method>EAP_[A-Z0-9_]{1,30}|EAP vendor type \S{1,60}) method \(id 0x[0-9A-F]{2}\)|server requested (?<smethod>EAP_[A-Z0-9_]{1,30}|vendor specific EAP method \S{1,60})(?: authentication)? \(id 0x[0-9A-F]{2}\)(?:, sending '(?<sid>[^']{0,512})')?|received EAP identity '(?<eapId>[^']{0,512})'|client did not send an EAP identity, assume IKE identity '(?<assumed>[^']{0,512})')$/,
    samples: [
      'Nov 24 15:17:04 12[IKE] <rw|3> initiating EAP_IDENTITY method (id 0x00)',
      "Nov 24 15:17:04 12[IKE] <rw|3> received EAP identity 'alice'",
      'Nov 24 15:17:04 09[IKE] <rw|1> server requested EAP_MSCHAPV2 authentication (id 0x3E)',
    ],
    events: (g, _r, base) =>
      g.eapId !== undefined || g.assumed !== undefined
        ? [
            mk(base, 'ike.peer-id', {
              ...v(2),
              remote: ep(undefined, undefined, g.eapId ?? g.assumed),
              details: { eapIdentity: g.eapId ?? g.assumed ?? '' },
            }),
          ]
        : [mk(base, 'info', { ...v(2), details: { eap: g.method ?? g.smethod ?? '' } })],
  },
  {
    id: 'eap-ok',
    needle: ' succeeded, ',
    regex: /^EAP (?:vendor specific )?method (?<method>\S{1,60}) succeeded, (?<noMsk>no )?MSK established$/,
    samples: ['Nov 24 15:17:05 12[IKE] <rw|3> EAP method EAP_MSCHAPV2 succeeded, MSK established'],
    events: (g, _r, base) => [
      mk(base, 'info', { ...v(2), details: { eap: g.method ?? '', eapSucceeded: true, msk: !g.noMsk } }),
    ],
  },
  {
    id: 'eap-failed-peer',
    needle: ' failed for peer ',
    regex: /^EAP (?:vendor specific )?method (?<method>\S{1,60}) failed for peer (?<peer>.{0,512})$/,
    samples: ['Nov 24 15:17:05 12[IKE] <rw|3> EAP method EAP_MSCHAPV2 failed for peer alice'],
    events: (g, _r, base) => [
      mk(base, 'eap.failed', {
        ...v(2),
        remote: ep(undefined, undefined, g.peer),
        reason: `${g.method ?? 'EAP'} failed`,
        details: { method: g.method ?? '' },
      }),
      mk(base, 'ike.auth.failed', { ...v(2), reason: 'EAP authentication failed' }),
    ],
  },
  {
    id: 'eap-failed',
    needle: ['EAP', 'method failed', 'MSK', 'RADIUS'],
    regex:
      /^(?:(?:(?<stage>initiating|loading) )?(?<method>EAP_[A-Z0-9_]{1,30}|EAP vendor type \S{1,60}|vendor specific EAP method \S{1,60}) method failed|received (?<code>EAP_FAILURE), EAP authentication failed|received (?<got>EAP_[A-Z_]{1,20}), sending (?<send>EAP_FAILURE)|received invalid EAP response, sending EAP_FAILURE|verification of AUTH payload with(?<out>out)? EAP MSK failed|received \S{1,40} but failed to establish MSK|failed to establish MSK|EAP-MS-CHAPv2 verification failed(?<maxRetries>: maximum number of retries reached|, retry \(\d{1,3}\))?|EAP-MS-CHAPv2 failed with error (?<mserr>\S{1,40}): '(?<msmsg>[^']{0,200})'|EAP-MD5 verification failed|RADIUS authentication of '(?<radiusUser>[^']{0,512})' failed)$/,
    samples: [
      'Nov 24 15:17:05 09[IKE] <rw|1> received EAP_FAILURE, EAP authentication failed',
      'Nov 24 15:17:05 09[IKE] <rw|1> EAP_MSCHAPV2 method failed',
      'Nov 24 15:17:05 12[IKE] <rw|3> EAP-MS-CHAPv2 verification failed, retry (1)',
      "Nov 24 15:17:05 09[IKE] <rw|1> EAP-MS-CHAPv2 failed with error ERROR_AUTHENTICATION_FAILURE: 'E=691 R=1 C=0123456789ABCDEF V=3 M=Authentication failed'",
      "Nov 24 15:17:05 12[IKE] <rw|3> RADIUS authentication of 'alice' failed",
    ],
    events: (g, _r, base) => {
      // A retry offer is not yet a failure of the authentication as a whole.
      if (g.maxRetries?.startsWith(', retry'))
        return [mk(base, 'info', { details: { eap: 'EAP_MSCHAPV2', retry: true } })];
      return [
        mk(base, 'eap.failed', {
          ...v(2),
          ...(g.radiusUser ? { remote: ep(undefined, undefined, g.radiusUser) } : {}),
          reason: g.msmsg
            ? `${g.mserr ?? ''}: ${g.msmsg}`
            : g.code
              ? 'EAP_FAILURE'
              : g.method
                ? `${g.method} failed`
                : 'EAP authentication failed',
          details: {
            ...(g.method ? { method: g.method } : {}),
            ...(g.out !== undefined ? { msk: false } : {}),
          },
        }),
      ];
    },
  },
  {
    id: 'eap-nak',
    needle: 'EAP_NAK',
    regex:
      /^(?:(?<method>EAP_[A-Z0-9_]{1,30}) not supported|requesting (?<req>EAP_[A-Z0-9_]{1,30}|EAP method \S{1,60})(?: authentication)?|EAP method not supported), sending EAP_NAK$/,
    samples: ['Nov 24 15:17:04 09[IKE] <rw|1> EAP_MD5 not supported, sending EAP_NAK'],
    events: (g, _r, base) => [
      mk(base, 'info', { ...v(2), details: { eapNak: g.method ?? g.req ?? 'unsupported' } }),
    ],
  },
  {
    id: 'eap-only',
    needle: 'EAP-only',
    regex:
      /^(?:do not allow non-mutual EAP-only authentication|configured EAP-only authentication, but peer does not support it|EAP-only authentication requires a mutual and MSK deriving EAP method, but \S{1,40} is not|(?<allow>allow mutual EAP-only authentication)|(?<ignored>ignore missing \S{1,40} notify and use EAP-only authentication))$/,
    samples: ['Nov 24 15:17:04 09[IKE] <rw|1> do not allow non-mutual EAP-only authentication'],
    events: (g, _r, base) => [
      g.allow !== undefined || g.ignored !== undefined
        ? mk(base, 'info', { ...v(2), details: { eapOnly: true } })
        : mk(base, 'ike.auth.failed', { ...v(2), reason: 'EAP-only authentication refused' }),
    ],
  },
  {
    id: 'xauth-ok',
    needle: 'XAuth authentication of ',
    regex: /^XAuth authentication of '(?<id>[^']{0,512})' (?<self>\(myself\) )?successful$/,
    samples: ["Nov 24 15:17:05 09[IKE] <l2tp|1> XAuth authentication of 'alice' successful"],
    events: (g, _r, base) => [
      mk(base, 'ike.auth.ok', {
        ...v(1),
        ...(g.self ? { local: ep(undefined, undefined, g.id) } : { remote: ep(undefined, undefined, g.id) }),
        details: { method: 'XAuth', ...(g.self ? { self: true } : {}) },
      }),
    ],
  },
  {
    id: 'xauth-failed',
    needle: 'XAuth',
    regex:
      /^(?:XAuth authentication of '(?<id>[^']{0,512})' (?<self>\(myself\) )?failed|destroying IKE_SA after failed XAuth authentication|no XAuth method found(?: for '[^']{0,100}')?|no XAuth authentication round found)$/,
    samples: [
      "Nov 24 15:17:05 09[IKE] <l2tp|1> XAuth authentication of 'alice' failed",
      'Nov 24 15:17:05 09[IKE] <l2tp|1> destroying IKE_SA after failed XAuth authentication',
    ],
    events: (g, _r, base) => [
      mk(base, 'eap.failed', {
        ...v(1),
        ...(g.id !== undefined
          ? g.self
            ? { local: ep(undefined, undefined, g.id) }
            : { remote: ep(undefined, undefined, g.id) }
          : {}),
        reason: 'XAuth authentication failed',
        details: { method: 'XAuth' },
      }),
    ],
  },
  {
    id: 'authorization-refused',
    needle: ['forbids IKE_SA', 'uniqueness policy', 'unsupported authentication'],
    regex:
      /^(?:(?:(?:final|Main Mode|Aggressive Mode|XAuth) )?authorization hook forbids IKE_SA, cancel{1,2}ing|authorization forbids IKE_SA, cancel{1,2}ing|cancel{1,2}ing (?:IKE_SA setup|Main Mode|Aggressive Mode|XAuth) due to uniqueness policy|configuration uses unsupported authentication)$/,
    samples: [
      'Jan 10 10:00:00 gw charon: 07[IKE] cancelling IKE_SA setup due to uniqueness policy',
      'Nov 24 15:17:04 12[IKE] <rw|3> canceling IKE_SA setup due to uniqueness policy',
      'Nov 24 15:17:04 12[IKE] <rw|3> final authorization hook forbids IKE_SA, canceling',
    ],
    events: (_g, r, base) => [
      mk(base, 'ike.auth.failed', {
        reason: r.message.includes('uniqueness') ? 'uniqueness policy' : 'authorization refused',
      }),
    ],
  },
  {
    id: 'id-payload-missing',
    needle: 'payload missing',
    regex: /^(?<payload>IDi|IDr|IDii|IDir|AUTH|HASH|SIG|SA|NONCE|TS) payloads? missing(?: in message)?$/,
    samples: ['Nov 24 15:17:04 09[IKE] <gw|1> IDr payload missing'],
    events: (g, _r, base) => [mk(base, 'msg.invalid', { reason: `${g.payload ?? ''} payload missing` })],
  },
  {
    id: 'auth-method-v1',
    needle: 'authentication, but configured ',
    regex:
      /^received (?<got>.{1,60}) authentication, but configured (?<conf>.{1,60}), continue with configured$/,
    samples: [
      'Nov 24 15:17:04 09[IKE] <l2tp|1> received XAuthInitPSK authentication, but configured pre-shared key, continue with configured',
    ],
    events: (g, _r, base) => [
      mk(base, 'info', { ...v(1), param: 'auth_method', localValue: g.conf ?? '', remoteValue: g.got ?? '' }),
    ],
  },
];
