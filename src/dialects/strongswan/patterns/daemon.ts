// Daemon start, loaded configuration and control requests (stroke, vici, start actions).
// Sources: charon/charon.c, charon-systemd/charon-systemd.c, libcharon/plugins/stroke/
// stroke_socket.c, stroke_config.c, plugins/vici/vici_config.c, processing/jobs/start_action_job.c.
import type { PatternSpec } from '../../../core/dialect.js';
import { mk } from '../build.js';

export const daemonPatterns: PatternSpec[] = [
  {
    id: 'daemon-start',
    needle: 'Starting ',
    regex:
      /^Starting (?:IKE charon daemon|charon-systemd IKE daemon|IKE service(?: \S{1,60})?) \(strongSwan (?<version>[^,)]{1,40})(?:, (?<platform>[^)]{0,300}))?\)$/,
    samples: [
      'Nov 24 15:16:58 00[DMN] Starting IKE charon daemon (strongSwan 5.9.8, Linux 6.1.0-13-amd64, x86_64)',
      'May  6 10:01:53 00[DMN] Starting IKE service (strongSwan 5.9.3rc1, Android 9 - PPR1.180610.011/2020-04-01, Redmi Note 8 Pro - Redmi/begonia/Xiaomi, Linux 4.14.94+, aarch64)',
      'Nov 24 15:16:58 moon charon-systemd[812]: Starting charon-systemd IKE daemon (strongSwan 6.0.0, Linux 6.1.0-13-amd64, x86_64)',
    ],
    events: (g, _r, base) => [
      mk(base, 'info', {
        details: { daemonStart: true, version: g.version ?? '', platform: g.platform ?? '' },
      }),
    ],
  },
  {
    id: 'daemon-plugins',
    needle: ['loaded plugins: ', 'worker threads'],
    regex: /^(?:loaded plugins: (?<plugins>.{1,8000})|spawning (?<threads>\d{1,4}) worker threads)$/,
    samples: [
      'I/charon: 00[LIB] loaded plugins: androidbridge charon android-log openssl fips-prf random nonce pubkey chapoly curve25519 pkcs1 pkcs8 pem xcbc hmac socket-default revocation eap-identity eap-mschapv2 eap-md5 eap-gtc eap-tls x509',
      'I/charon: 00[JOB] spawning 16 worker threads',
    ],
    events: (g, _r, base) => [
      mk(base, 'info', {
        details: g.plugins ? { plugins: g.plugins } : { workerThreads: Number(g.threads) },
      }),
    ],
  },
  {
    id: 'config-added',
    needle: ['configuration ', 'vici connection: '],
    regex:
      /^(?:added (?:child to existing )?configuration '(?<stroke>[^']{1,128})'|(?<op>added|updated|replaced) vici connection: (?<vici>\S{1,128})|(?<deleted>deleted connection '[^']{1,128}'|removed vici connection: \S{1,128}))$/,
    samples: [
      "Nov 24 15:16:59 11[CFG] added configuration 'moon-sun'",
      'Nov 24 15:16:59 11[CFG] added vici connection: site',
      'Nov 24 15:16:59 11[CFG] replaced vici connection: site',
    ],
    events: (g, _r, base) => {
      if (g.deleted) return [mk(base, 'info', { details: { configRemoved: g.deleted } })];
      const name = g.stroke ?? g.vici;
      return [
        mk(base, 'config.loaded', {
          ...(name ? { conn: name } : {}),
          details: { source: g.stroke ? 'stroke' : 'vici' },
        }),
      ];
    },
  },
  {
    // vici's dump of a connection it parses (log_peer_data() and friends in vici_config.c, at
    // `cfg 2`): ` conn NAME:`, then `  child NAME:` blocks and their settings, the connection's
    // own settings (`  version = 2`, `  local_addrs = ...`, `  proposals = ...`) and its `  local:` /
    // `  remote:` authentication rounds. The indent says which level a setting belongs to; the
    // parser collects the dump and hands it to the `added vici connection` line that follows.
    id: 'vici-config-dump',
    needle: [':', ' = '],
    regex:
      /^(?:conn (?<conn>[^\s:]{1,128}):|child (?<child>[^\s:]{1,128}):|(?<round>local|remote)[-\w]{0,40}:|(?<key>[a-z][a-z\d_-]{0,40}) = (?<value>.{0,2000}))$/,
    samples: [
      'Nov 24 16:09:48 07[CFG]  conn lab:',
      'Nov 24 16:09:48 07[CFG]   child net:',
      'Nov 24 16:09:48 07[CFG]    esp_proposals = ESP:AES_CBC_256/HMAC_SHA2_256_128/NO_EXT_SEQ',
      'Nov 24 16:09:48 07[CFG]   version = 2',
      'Nov 24 16:09:48 07[CFG]   remote_addrs = 192.0.2.1',
      'Nov 24 16:09:48 07[CFG]   local:',
      'Nov 24 16:09:48 07[CFG]    class = pre-shared key',
    ],
    events: (g, r, base) => {
      // The indent after `[CFG] `: 1 for the connection, 2 for its settings and sections, 3 below.
      const msg = r.message;
      const at = msg.indexOf('[CFG] ');
      if (at < 0) return [];
      let depth = 0;
      for (let i = at + 6; msg.charCodeAt(i) === 32 && depth < 8; i++) depth++;
      // Child and round headers only start a deeper section: the depth of what follows says so.
      const dump: Record<string, string | number | boolean> =
        g.conn !== undefined
          ? { viciConn: g.conn }
          : g.key !== undefined
            ? { viciKey: g.key, viciValue: g.value ?? '' }
            : {};
      return [mk(base, 'info', { details: { ...dump, viciDepth: depth } })];
    },
  },
  {
    id: 'credential-loaded',
    needle: 'loaded ',
    regex:
      /^loaded (?:(?<keyKind>IKE|EAP|PPK|XAuth|NTLM|private) shared key with id '(?<keyId>[^']{0,128})' for: (?<ids>.{1,1000})|certificate (?:'(?<cert>[^']{0,512})'|"(?<cert2>[^"]{0,512})")(?: from '[^']{0,512}')?|ca certificate "(?<ca>[^"]{0,512})" from '[^']{0,512}'|(?<keyType>[A-Za-z]{1,10}) private key(?: from '[^']{0,512}')?|(?<secret>[A-Z]{2,10}) secret for (?<secretFor>.{1,500}))$/,
    samples: [
      "Nov 24 15:34:41 08[CFG] loaded IKE shared key with id 'ike-lab' for: 'left.example', 'right.example'",
      "Nov 24 15:34:41 08[CFG] loaded certificate 'C=XX, O=ikescope lab, CN=Lab Root CA'",
      'Nov 24 15:34:41 08[CFG] loaded ANY private key',
      "Nov 24 15:58:02 08[CFG] loaded EAP shared key with id 'eap-lab' for: 'alice'",
      'Nov 24 15:16:59 00[CFG]   loaded IKE secret for 192.0.2.10 192.0.2.20',
    ],
    events: (g, _r, base) => [
      mk(base, 'info', {
        details: {
          credential:
            g.keyId !== undefined
              ? 'shared key'
              : g.secret
                ? `${g.secret} secret`
                : g.keyType
                  ? 'private key'
                  : 'certificate',
          ...(g.ids ? { ids: g.ids } : g.secretFor ? { ids: g.secretFor } : {}),
          ...((g.cert ?? g.cert2 ?? g.ca) !== undefined ? { subject: g.cert ?? g.cert2 ?? g.ca ?? '' } : {}),
        },
      }),
    ],
  },
  {
    id: 'control-request',
    needle: ['received stroke: ', 'vici ', 'start action: ', "ing '"],
    regex:
      /^(?:received stroke: (?<stroke>add connection|delete connection|initiate|terminate|rekey|route|unroute) '(?<sname>[^']{1,128})'|(?:vici )?(?<vici>initiating|installing|uninstalling|terminating|closing IKE_SA|closing CHILD_SA) '(?<vname>[^']{1,128})'(?: #\d{1,10})?|start action: (?<action>\S{1,20}) '(?<aname>[^']{1,128})')$/,
    samples: [
      "Nov 24 15:17:03 12[CFG] received stroke: initiate 'moon-sun'",
      "Nov 24 15:17:03 12[CFG] vici initiating 'net'",
      "Nov 24 15:58:10 12[CFG] initiating 'net'",
      "Nov 24 15:17:02 11[JOB] start action: initiate 'net'",
    ],
    events: (g, _r, base) => [
      mk(base, 'info', {
        details: { control: g.stroke ?? g.vici ?? g.action ?? '', name: g.sname ?? g.vname ?? g.aname ?? '' },
      }),
    ],
  },
  {
    id: 'config-warning',
    needle: [
      'left nor right',
      'configured, default to',
      'fall back on IP address',
      'invalid proposal string',
      'not found, discarding CA constraint',
    ],
    regex:
      /^(?:left nor right host is our side, assuming left=local|no (?<which>IDi|IDr) configured, (?:default to (?:cert subject '[^']{0,512}'|IP address \S{1,100})|fall back on IP address)|skipped invalid proposal string: (?<bad>.{1,200})|CA certificate "[^"]{0,512}" not found, discarding CA constraint)$/,
    samples: [
      'Nov 24 15:16:59 11[CFG] left nor right host is our side, assuming left=local',
      'Nov 24 15:16:59 11[CFG] skipped invalid proposal string: aes256-sha1-modp9999',
    ],
    events: (g, _r, base) => [
      mk(base, 'info', {
        details: {
          configWarning: true,
          ...(g.bad ? { proposal: g.bad } : {}),
          ...(g.which ? { id: g.which } : {}),
        },
      }),
    ],
  },
];
