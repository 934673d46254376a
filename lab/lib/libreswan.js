// Libreswan side: renders ipsec.conf + ipsec.secrets from a side spec and drives pluto with
// `ipsec auto` / `ipsec whack` inside the side's namespaces.
import { writeFileSync, mkdirSync, cpSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { run, background, sleep, signal } from './sh.js';
import { PLUTO_DEBUG } from './verbosity.js';

export const PLUTO = '/usr/libexec/ipsec/pluto';
export const IPSEC = '/usr/sbin/ipsec';

// strongSwan proposal keywords (the lab's neutral spelling) -> Libreswan keywords.
const ENC = {
  aes128: 'aes128', aes256: 'aes256', '3des': '3des', camellia256: 'camellia256',
  aes128gcm16: 'aes_gcm128', aes256gcm16: 'aes_gcm256',
};
const HASH = { md5: 'md5', sha1: 'sha1', sha256: 'sha2_256', sha384: 'sha2_384', sha512: 'sha2_512' };
const DH = {
  modp1536: 'modp1536', modp2048: 'modp2048', modp3072: 'modp3072', modp4096: 'modp4096',
  ecp256: 'dh19', ecp384: 'dh20', ecp521: 'dh21', curve25519: 'dh31',
};

/** 'aes256-sha256-modp2048' -> { enc, hash, dh } in Libreswan's spelling. */
export function toLibreswan(proposal) {
  const out = { enc: undefined, hash: undefined, dh: undefined };
  for (const tok of proposal.split('-')) {
    const t = tok.startsWith('prf') ? tok.slice(3) : tok;
    if (ENC[t]) out.enc = ENC[t];
    else if (HASH[t]) out.hash = out.hash ?? HASH[t];
    else if (DH[t]) out.dh = DH[t];
    else throw new Error(`no Libreswan spelling for proposal keyword '${tok}' in '${proposal}'`);
  }
  return out;
}

function ikeLine(p) {
  const a = toLibreswan(p);
  return `${a.enc}${a.hash ? '-' + a.hash : ''}${a.dh ? ';' + a.dh : ''}`;
}

function espLine(p) {
  const a = toLibreswan(p);
  const hash = a.hash ?? (a.enc?.startsWith('aes_gcm') ? 'null' : undefined);
  return `${a.enc}${hash ? '-' + hash : ''}${a.dh ? ';' + a.dh : ''}`;
}

/**
 * Signature authentication for the side's certificate: the lab's certificates are ECDSA P-256
 * (RFC 7427 digital signatures, `authby=ecdsa`) except the RSA `*-big` pair.
 */
function certAuthBy(spec) {
  return (spec.key ?? spec.cert ?? '').endsWith('-big') ? 'rsasig' : 'ecdsa';
}

/**
 * Puts the lab CA (trusted for IPsec peers) and, when the side signs with a certificate, its
 * certificate and key (as PKCS#12, under the certificate's name, which `leftcert=` names) into
 * the side's own NSS database.
 */
function importCerts(spec, nssDir, pki, workDir) {
  const db = `sql:${nssDir}`;
  execFileSync('certutil', ['-A', '-d', db, '-n', 'Lab Root CA', '-t', 'CT,,', '-a', '-i', join(pki, 'ca.crt')]);
  if (spec.auth !== 'pubkey') return;
  const p12 = join(workDir, `${spec.cert}.p12`);
  execFileSync('openssl', [
    'pkcs12', '-export', '-in', join(pki, `${spec.cert}.crt`), '-inkey', join(pki, `${spec.key ?? spec.cert}.key`),
    '-name', spec.cert, '-passout', 'pass:lab', '-out', p12,
  ]);
  execFileSync('pk12util', ['-i', p12, '-d', db, '-W', 'lab', '-K', '']);
}

/** One `conn` section of ipsec.conf. */
function connSection(spec) {
  const transport = spec.mode === 'transport';
  const conn = {
    left: spec.localAddr,
    leftid: spec.id,
    leftsubnet: transport || spec.localTs === 'dynamic' ? undefined : spec.localTs,
    right: spec.remoteAddr === '%any' ? '%any' : spec.remoteAddr,
    rightid: spec.remoteId,
    rightsubnet: transport || spec.remoteTs === 'dynamic' ? undefined : spec.remoteTs,
    authby: spec.auth === 'psk' ? 'secret' : certAuthBy(spec),
    leftcert: spec.auth === 'pubkey' ? spec.cert : undefined,
    leftsendcert: spec.auth === 'pubkey' ? 'always' : undefined,
    ikev2: spec.version === 2 ? 'yes' : 'no',
    aggressive: spec.version === 1 ? (spec.aggressive ? 'yes' : 'no') : undefined,
    ike: ikeLine(spec.ike),
    esp: espLine(spec.esp),
    pfs: toLibreswan(spec.esp).dh ? 'yes' : 'no',
    type: spec.mode,
    encapsulation: spec.encap ? 'yes' : 'auto',
    narrowing: 'no',
    keyingtries: 1,
    'retransmit-timeout': '6s',
    'retransmit-interval': '500',
    ikelifetime: spec.ikeRekey ? `${spec.ikeRekey * 2}s` : undefined,
    salifetime: spec.childRekey ? `${spec.childRekey * 2}s` : undefined,
    rekeymargin: spec.ikeRekey || spec.childRekey ? `${Math.max(spec.ikeRekey ?? 0, spec.childRekey ?? 0)}s` : undefined,
    dpddelay: spec.dpd ? `${spec.dpd}s` : undefined,
    dpdtimeout: spec.dpd ? `${spec.dpd * 3}s` : undefined,
    dpdaction: spec.dpd ? spec.dpdAction ?? 'clear' : undefined,
    auto: 'add',
    ...spec.ipsecConf,
  };
  const lines = Object.entries(conn)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `\t${k}=${v}`);
  return `conn ${spec.connName}
${lines.join('\n')}
`;
}

function ipsecConf(spec, logPath) {
  return `# ipsec.conf for the ikescope lab (${spec.side}); written by lab/run.js
config setup
\tlogfile=${logPath}
\tlogtime=yes
\tlogappend=yes
\tlogip=yes
\tplutodebug=${PLUTO_DEBUG[spec.verbosity ?? 'lab']}
\tikev1-policy=accept
\tuniqueids=yes

${(spec.conns ?? [spec]).map(connSection).join('\n')}`;
}

function ipsecSecrets(spec) {
  // pskAny: one key for every peer, so that a wrong identity is seen by the peer, not refused here.
  const line = (c) => `${c.pskAny ? '%any %any' : `${c.id} ${c.remoteId}`} : PSK "${c.psk}"\n`;
  return `# ipsec.secrets for the ikescope lab (${spec.side}); written by lab/run.js\n${(spec.conns ?? [spec]).map(line).join('')}`;
}

// "Nov 24 15:30:47.964711: text" (logtime=yes) and pluto's own pid announcement.
const FILE_LINE = /^([A-Z][a-z]{2} [ \d]\d \d{2}:\d{2}:\d{2})\.\d{6}: (.*)$/;
const START_PID = / pid:(\d{1,10})$/;

/**
 * Pluto writes to its logfile or to syslog, never both. The syslog copy is therefore derived
 * from the file: each line gets the RFC 3164 header "Mon DD HH:MM:SS host pluto[pid]: " (the
 * second-resolution time of the file line; the pid from pluto's "Starting Pluto ... pid:N"
 * line, so a restart changes it as it would in syslog). The message text is the same text
 * pluto hands to syslog(3).
 */
export function deriveSyslog(fileText, hostName, firstPid) {
  let pid = firstPid;
  const out = [];
  for (const line of fileText.split('\n')) {
    const m = FILE_LINE.exec(line);
    if (!m) continue;
    const text = m[2] ?? '';
    if (text.startsWith('Starting Pluto')) pid = START_PID.exec(text)?.[1] ?? pid;
    out.push(`${m[1]} ${hostName} pluto[${pid}]: ${text}`);
  }
  return out.length ? out.join('\n') + '\n' : '';
}

export class LibreswanSide {
  syslogFromFile = true;

  constructor(spec, ctx) {
    this.spec = spec;
    this.ctx = ctx; // { ns, dir, logPath, syslogSock, jail, nssTemplate }
    this.proc = undefined;
  }

  get pid() {
    return this.proc?.pid;
  }

  writeConfig() {
    const { dir, logPath, nssTemplate, pki } = this.ctx;
    writeFileSync(join(dir, 'ipsec.conf'), ipsecConf(this.spec, logPath));
    writeFileSync(join(dir, 'ipsec.secrets'), ipsecSecrets(this.spec), { mode: 0o600 });
    mkdirSync(join(dir, 'ipsec.d'), { recursive: true });
    cpSync(nssTemplate, join(dir, 'nss'), { recursive: true, force: false, errorOnExist: false });
    const s = this.spec;
    if ((s.auth === 'pubkey' || s.remoteAuth === 'pubkey') && !this.certsImported) {
      importCerts(s, join(dir, 'nss'), pki, dir);
      this.certsImported = true;
    }
    return { 'ipsec.conf': join(dir, 'ipsec.conf'), 'ipsec.secrets': join(dir, 'ipsec.secrets') };
  }

  async start() {
    const { ns, dir, syslogSock, jail } = this.ctx;
    this.proc = background(
      'ip',
      ['netns', 'exec', ns, 'unshare', '-m', 'sh', jail, syslogSock,
        `${join(dir, 'ipsec.conf')}=/etc/ipsec.conf`,
        `${join(dir, 'ipsec.secrets')}=/etc/ipsec.secrets`,
        `${join(dir, 'ipsec.d')}=/etc/ipsec.d`,
        `${join(dir, 'nss')}=/var/lib/ipsec/nss`,
        '--', PLUTO, '--config', '/etc/ipsec.conf', '--nofork'],
      join(dir, 'pluto.stdout'),
    );
    this.ctx.onSpawn?.(this.proc.pid);
    for (let i = 0; i < 50; i++) {
      await sleep(100);
      if (this.proc.exitCode !== null) throw new Error(`pluto (${this.spec.side}) exited early; see ${dir}/pluto.stdout`);
      const r = await this.ctl(['whack', '--briefstatus'], 3000);
      if (r.code === 0) return;
    }
    throw new Error(`pluto (${this.spec.side}) did not come up`);
  }

  ctl(args, timeoutMs = 10_000) {
    return run('nsenter', ['-t', String(this.pid), '-m', '-n', IPSEC, ...args], { timeoutMs });
  }

  /** Pluto loads the auto=add connections itself at start-up (it runs addconn --autoall). */
  async load() {
    for (let i = 0; i < 50; i++) {
      const r = await this.ctl(['whack', '--status'], 3000);
      const names = (this.spec.conns ?? [this.spec]).map((c) => c.connName);
      if (names.every((n) => r.stdout.includes(`"${n}":`)) && r.stdout.includes('interface wan0')) return;
      await sleep(100);
    }
    throw new Error(`pluto (${this.spec.side}) did not load connection ${this.spec.connName}`);
  }

  initiate(timeoutS, connName) {
    return this.ctl(['auto', '--up', connName ?? this.spec.connName], (timeoutS + 5) * 1000);
  }

  terminate() {
    return this.ctl(['auto', '--down', this.spec.connName]);
  }

  async setPsk(psk) {
    this.spec = { ...this.spec, psk };
    this.writeConfig();
    return this.ctl(['auto', '--rereadsecrets']);
  }

  async status() {
    const st = await this.ctl(['status'], 5000);
    const tr = await this.ctl(['trafficstatus'], 5000);
    return `# ipsec status\n${st.stdout}${st.stderr}\n# ipsec trafficstatus\n${tr.stdout}${tr.stderr}`;
  }

  /** SIGKILL works on a frozen (SIGSTOP) daemon too, without letting it run again first. */
  async stop(sig = 'SIGKILL') {
    if (!this.proc || this.proc.exitCode !== null || this.proc.signalCode !== null) return;
    signal(this.pid, sig);
    await Promise.race([this.proc.exitPromise, sleep(5000)]);
  }
}
