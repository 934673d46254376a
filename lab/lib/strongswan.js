// strongSwan side: renders strongswan.conf + swanctl.conf from a side spec and drives charon
// through vici (swanctl) inside the side's namespaces.
import { writeFileSync, mkdirSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { run, background, sleep, signal } from './sh.js';
import { CHARON_IKE_NAME, CHARON_LEVELS } from './verbosity.js';

export const CHARON = '/usr/lib/ipsec/charon';
export const SWANCTL = '/usr/sbin/swanctl';

// Plugins charon loads (explicit list: the host's strongswan.d is not read). kernel-libipsec
// gives the user-space ESP data path this kernel lacks (kernel-netlink still does routes and
// addresses); without it, kernel-netlink tries to install ESP SAs in the kernel and fails.
const plugins = (libipsec) => [
  'random', 'nonce', 'aes', 'sha1', 'sha2', 'md5', 'hmac', 'gcm', 'pem', 'pkcs1', 'pkcs8', 'x509',
  'revocation', 'constraints', 'pubkey', 'openssl', 'gmp', 'kdf', 'drbg', ...(libipsec ? ['kernel-libipsec'] : []),
  'kernel-netlink', 'socket-default', 'vici', 'updown', 'eap-identity', 'eap-md5',
].join(' ');

function strongswanConf(spec, logPath) {
  const levels = CHARON_LEVELS[spec.verbosity ?? 'lab'].join('\n      ');
  const ikeName = CHARON_IKE_NAME[spec.verbosity ?? 'lab'];
  return `# strongswan.conf for the ikescope lab (${spec.side}); written by lab/run.js
charon {
  port = 500
  port_nat_t = 4500
  # Short retransmission so that a dead peer is given up on after ~5 s.
  retransmit_tries = ${spec.retransmitTries ?? 2}
  retransmit_timeout = ${spec.retransmitTimeout ?? 1.0}
  retransmit_base = 1.4
  half_open_timeout = 10
${spec.aggressive ? '  # strongSwan refuses to answer Aggressive Mode with a PSK unless told otherwise.\n  i_dont_care_about_security_and_use_aggressive_mode_psk = yes\n' : ''}  install_virtual_ip = no
  load = ${plugins(spec.libipsec)}
  filelog {
    lab {
      path = ${logPath}
      time_format = %b %e %T
      ike_name = ${ikeName}
      append = yes
      flush_line = yes
      ${levels}
    }
  }
  syslog {
    # Same levels as the file: the syslog copy carries the same lines.
    daemon {
      ike_name = ${ikeName}
      ${levels}
    }
  }
}
# swanctl reads this file too; only the plugins it needs, so it does not warn about others.
swanctl {
  load = random nonce openssl pem pkcs1 pkcs8 x509 revocation constraints pubkey
}
`;
}

const indent = (s, n) => s.split('\n').map((l) => (l ? ' '.repeat(n) + l : l)).join('\n');

function block(name, entries) {
  const lines = [];
  for (const [k, v] of Object.entries(entries)) {
    if (v === undefined || v === null) continue;
    if (typeof v === 'object') lines.push(block(k, v));
    else lines.push(`${k} = ${v}`);
  }
  return `${name} {\n${indent(lines.join('\n'), 2)}\n}`;
}

const secs = (n) => (n === undefined ? undefined : `${n}s`);

/** One connection of a side spec: its swanctl `connections` entry and its `secrets` entries. */
function connection(spec, multi = false) {
  const localAuth = spec.auth;
  const remoteAuth = spec.remoteAuth ?? spec.auth;
  const local = { auth: localAuth, id: spec.id };
  if (localAuth === 'pubkey') local.certs = `${spec.cert}.crt`;
  if (localAuth.startsWith('eap')) local.eap_id = spec.eapId;
  const remote = { auth: remoteAuth, id: spec.remoteId };
  if (remoteAuth === 'pubkey') remote.cacerts = 'ca.crt';
  if (remoteAuth.startsWith('eap')) remote.eap_id = '%any';
  const child = {
    local_ts: spec.localTs,
    remote_ts: spec.remoteTs,
    esp_proposals: spec.esp,
    mode: spec.mode,
    start_action: spec.startAction === 'start' ? 'start' : 'none',
    dpd_action: spec.dpdAction,
    rekey_time: secs(spec.childRekey),
    // Room between rekey and hard expiry (the default, rekey_time * 1.1, lets the user-space
    // data path expire the SA before the rekey exchange runs).
    life_time: secs(spec.childLife ?? (spec.childRekey ? spec.childRekey * 3 : undefined)),
    rand_time: spec.childRekey ? '0s' : undefined,
  };
  const conn = {
    version: spec.version,
    local_addrs: spec.localAddr,
    remote_addrs: spec.remoteAddr,
    proposals: spec.ike,
    aggressive: spec.aggressive ? 'yes' : 'no',
    encap: spec.encap ? 'yes' : 'no',
    mobike: 'no',
    fragmentation: spec.fragmentation ?? 'yes',
    send_cert: localAuth === 'pubkey' ? 'always' : undefined,
    keyingtries: 1,
    dpd_delay: secs(spec.dpd),
    dpd_timeout: spec.version === 1 && spec.dpd ? secs(spec.dpd * 3) : undefined,
    rekey_time: secs(spec.ikeRekey),
    reauth_time: secs(spec.reauth),
    over_time: spec.ikeRekey || spec.reauth ? '30s' : undefined,
    unique: 'replace',
    local,
    remote,
    children: { [spec.childName]: child },
    ...spec.swanctl,
  };
  const secrets = {};
  if (localAuth === 'psk' || remoteAuth === 'psk') {
    // pskAny: one key for every peer, so that a wrong identity is seen by the peer, not refused here.
    secrets[multi ? `ike-${spec.connName}` : 'ike-lab'] = spec.pskAny
      ? { secret: `"${spec.psk}"` }
      : { 'id-local': spec.id, 'id-remote': spec.remoteId, secret: `"${spec.psk}"` };
  }
  if (localAuth.startsWith('eap') || remoteAuth.startsWith('eap')) {
    secrets['eap-lab'] = { id: spec.eapId ?? 'alice', secret: `"${spec.eapSecret}"` };
  }
  return { conn, secrets };
}

function swanctlConf(spec) {
  const connections = {};
  let secrets = {};
  for (const c of spec.conns ?? [spec]) {
    const one = connection(c, !!spec.conns);
    connections[c.connName] = one.conn;
    secrets = { ...secrets, ...one.secrets };
  }
  return `# swanctl.conf for the ikescope lab (${spec.side}); written by lab/run.js\n${block('connections', connections)}\n\n${block('secrets', secrets)}\n`;
}

export class StrongSwanSide {
  constructor(spec, ctx) {
    this.spec = spec;
    this.ctx = ctx; // { ns, dir, logPath, syslogSock, pki }
    this.proc = undefined;
  }

  get pid() {
    return this.proc?.pid;
  }

  /** Writes the configuration; returns { corpusName: path } of files worth keeping. */
  writeConfig() {
    const { dir, logPath, pki } = this.ctx;
    const sw = join(dir, 'swanctl');
    for (const sub of ['x509', 'x509ca', 'private', 'conf.d']) mkdirSync(join(sw, sub), { recursive: true });
    writeFileSync(join(dir, 'strongswan.conf'), strongswanConf(this.spec, logPath));
    writeFileSync(join(sw, 'swanctl.conf'), swanctlConf(this.spec));
    const s = this.spec;
    if (s.auth === 'pubkey' || s.remoteAuth === 'pubkey') {
      copyFileSync(join(pki, 'ca.crt'), join(sw, 'x509ca', 'ca.crt'));
      if (s.auth === 'pubkey') {
        copyFileSync(join(pki, `${s.cert}.crt`), join(sw, 'x509', `${s.cert}.crt`));
        copyFileSync(join(pki, `${s.key ?? s.cert}.key`), join(sw, 'private', `${s.cert}.key`));
      }
    }
    return {
      'strongswan.conf': join(dir, 'strongswan.conf'),
      'swanctl.conf': join(sw, 'swanctl.conf'),
    };
  }

  async start() {
    const { ns, dir, syslogSock, jail } = this.ctx;
    this.proc = background(
      'ip',
      ['netns', 'exec', ns, 'unshare', '-m', 'sh', jail, syslogSock,
        `${join(dir, 'strongswan.conf')}=/etc/strongswan.conf`,
        `${join(dir, 'swanctl')}=/etc/swanctl`,
        '--', CHARON],
      join(dir, 'charon.stdout'),
    );
    this.ctx.onSpawn?.(this.proc.pid);
    // Ready when vici answers.
    for (let i = 0; i < 50; i++) {
      await sleep(100);
      if (this.proc.exitCode !== null) throw new Error(`charon (${this.spec.side}) exited early; see ${dir}/charon.stdout`);
      const r = await this.ctl(['--stats'], 3000);
      if (r.code === 0) return;
    }
    throw new Error(`charon (${this.spec.side}) did not come up`);
  }

  ctl(args, timeoutMs = 10_000) {
    return run('nsenter', ['-t', String(this.pid), '-m', '-n', SWANCTL, ...args], { timeoutMs });
  }

  async load() {
    const r = await this.ctl(['--load-all', '--noprompt']);
    if (r.code !== 0) throw new Error(`swanctl --load-all (${this.spec.side}): ${r.stdout}${r.stderr}`);
  }

  async initiate(timeoutS, connName) {
    const c = (this.spec.conns ?? [this.spec]).find((x) => x.connName === (connName ?? this.spec.connName)) ?? this.spec;
    const ike = connName ? ['--ike', c.connName] : [];
    const r = await this.ctl(['--initiate', '--child', c.childName, ...ike, '--timeout', String(timeoutS)], (timeoutS + 5) * 1000);
    return r;
  }

  terminate() {
    return this.ctl(['--terminate', '--ike', this.spec.connName, '--timeout', '5'], 10_000);
  }

  async setPsk(psk) {
    this.spec = { ...this.spec, psk };
    this.writeConfig();
    return this.ctl(['--load-creds', '--clear', '--noprompt']);
  }

  async status() {
    const sas = await this.ctl(['--list-sas'], 5000);
    return `# swanctl --list-sas\n${sas.stdout}${sas.stderr}`;
  }

  /** SIGKILL works on a frozen (SIGSTOP) daemon too, without letting it run again first. */
  async stop(sig = 'SIGKILL') {
    if (!this.proc || this.proc.exitCode !== null || this.proc.signalCode !== null) return;
    signal(this.pid, sig);
    await Promise.race([this.proc.exitPromise, sleep(5000)]);
  }
}
