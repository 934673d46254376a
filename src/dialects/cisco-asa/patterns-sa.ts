// IPsec SA lifecycle (602303 / 602304 created / deleted, 702305 / 702307 rekey) and certificate
// validation (717xxx) messages of the ASA.
// Source: Cisco Secure Firewall ASA Series Syslog Messages, "Messages 602101 to 622102" and
// "Messages 715001 to 721019".
import type { PatternSpec } from '../../core/dialect.js';
import { ep, mk, pat } from './build.js';

export const saPatterns: readonly PatternSpec[] = [
  pat(
    'ipsec-sa-created-deleted',
    'IPSEC: An ',
    /^IPSEC: An (?<dir>inbound|outbound) (?<type>LAN-to-LAN|remote access|[\w -]{1,24}?) SA \(SPI= ?(?<spi>0x[0-9a-fA-F]{1,8})\) between (?<a>\S{1,64}) and (?<b>\S{1,64}) \(user= ?(?<user>[^)]{0,128})\) has been (?<what>created|deleted)/,
    [
      'Apr 27 2020 02:03:03 dev01: %ASA-6-602303: IPSEC: An outbound LAN-to-LAN SA (SPI= 0xF81283) between 81.2.69.144 and 192.168.2.2 (user= admin) has been created.',
      'Apr 27 2020 02:03:03 dev01: %ASA-6-602304: IPSEC: An outbound LAN-to-LAN SA (SPI= 0xF81283) between 81.2.69.144 and 192.168.2.2 (user= admin) has been deleted.',
    ],
    (g) => {
      const inbound = g.dir === 'inbound';
      const spi = inbound ? { spiIn: g.spi ?? '' } : { spiOut: g.spi ?? '' };
      const fields = {
        local: ep(g.a),
        remote: ep(g.b),
        ...spi,
        details: { tunnelType: g.type ?? '', user: g.user ?? '', direction: g.dir ?? '' },
      };
      // 602303 follows 713049 / 750006 for every SA of a tunnel: it reports, it does not decide.
      return g.what === 'created' ? [mk({}, 'info', fields)] : [mk({}, 'child.deleted', fields)];
    },
  ),
  pat(
    'ipsec-sa-rekeying',
    'is rekeying due to',
    /^IPSEC: An (?<dir>inbound|outbound) (?<type>LAN-to-LAN|remote access|[\w -]{1,24}?) SA \(SPI= ?(?<spi>0x[0-9a-fA-F]{1,8})\) between (?<a>\S{1,64}) and (?<b>\S{1,64}) \(user= ?(?<user>[^)]{0,128})\) is rekeying due to (?<why>[\w ]{1,40}?) rollover/,
    [
      'Jun 04 2024 09:10:01: %ASA-7-702307: IPSEC: An outbound LAN-to-LAN SA (SPI= 0x1A2B3C4D) between 203.0.113.1 and 198.51.100.7 (user= 198.51.100.7) is rekeying due to data rollover.',
    ],
    (g) => [
      mk({}, 'child.rekey', {
        local: ep(g.a),
        remote: ep(g.b),
        reason: `${g.why ?? ''} rollover`,
        details: { spi: g.spi ?? '', state: 'started' },
      }),
    ],
  ),
  pat(
    'cert-validation-failed',
    'Certificate validation failed',
    /^Certificate validation failed\.(?: Reason: (?<reason>.{1,200}?)\.?| (?<other>.{1,240}?))\s*$/,
    [
      'Jun 04 2024 09:20:01: %ASA-3-717009: Certificate validation failed. Reason: Certificate has expired.',
      'Jun 04 2024 09:20:01: %ASA-3-717009: Certificate validation failed. No suitable trustpoints found to validate certificate serial number: 2B8F3A, subject name: CN=branch.example.net, issuer name: CN=Example Root CA .',
    ],
    (g) => [mk({}, 'cert.invalid', { reason: (g.reason ?? g.other ?? '').trim() })],
  ),
  pat(
    'cert-chain-failed',
    'Certificate chain failed validation',
    /^Certificate chain failed validation\.(?: Reason: )? ?(?<reason>.{0,200}?)\.?\s*$/,
    [
      'Jun 04 2024 09:20:01: %ASA-3-717027: Certificate chain failed validation. Certificate chain is either invalid or not authorized.',
    ],
    (g) => [
      mk({}, 'cert.invalid', { reason: (g.reason ?? '').trim() || 'Certificate chain failed validation' }),
    ],
  ),
  pat(
    'cert-validated',
    'Certificate was successfully validated',
    /^Certificate was successfully validated\.(?: serial number: (?<serial>[^,]{0,80}), subject name: ?(?<subject>.{0,240}?)\.?)?\s*$/,
    [
      '<166>Mar 13 2025 09:36:58: %ASA-6-717022: Certificate was successfully validated. serial number: 0123456789ABCDEF0123456789ABCDEF012345, subject name:  CN=CommonName,OU=Computers,OU=ENGINEERING,OU=BigBrother,OU=Corporate,DC=ITOps,DC=com.',
    ],
    (g) => [
      mk({}, 'info', {
        details: { certSubject: (g.subject ?? '').trim(), certSerial: (g.serial ?? '').trim() },
      }),
    ],
  ),
  pat(
    'cert-chain-info',
    ['certificate chain', 'Certificate chain', 'Identified client certificate'],
    /^(?:Validating certificate chain containing (?<n>\d{1,3}) certificate\(s\)|Certificate chain was successfully validated(?<warn> with warning, revocation status was not checked)?|Identified client certificate within certificate chain)/,
    [
      'Jun 04 2024 09:20:01: %ASA-6-717025: Validating certificate chain containing 2 certificate(s).',
      'Jun 04 2024 09:20:01: %ASA-6-717028: Certificate chain was successfully validated with warning, revocation status was not checked.',
    ],
    (g) => [
      mk({}, 'info', {
        details: {
          ...(g.n ? { chainLength: Number(g.n) } : {}),
          ...(g.warn ? { revocationChecked: false } : {}),
        },
      }),
    ],
  ),
];
