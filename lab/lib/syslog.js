// A tiny syslog receiver, one per daemon. The daemon's private mount namespace has this
// socket bind-mounted on /dev/log; glibc's syslog(3) falls back to a stream connection when
// the socket is not a datagram one and ends every message with a NUL byte. Each message is
// written as an RFC 3164 line "Mon DD HH:MM:SS host tag[pid]: text", the way rsyslog stores
// local messages in /var/log/syslog. The host name is the side's name in the lab.
import net from 'node:net';
import { createWriteStream, rmSync } from 'node:fs';

// "<PRI>Mmm dd hh:mm:ss " as glibc writes it; the timestamp is fixed width (RFC 3164 4.1.2).
const HEADER = /^<\d{1,3}>([A-Z][a-z]{2} [ \d]\d \d{2}:\d{2}:\d{2}) /;
// "tag[pid]: " or "tag: " (charon opens the log without LOG_PID).
const TAG = /^([^\s[:]{1,48})(\[\d{1,10}\])?: /;

export class SyslogListener {
  constructor(socketPath, outFile, hostName) {
    this.socketPath = socketPath;
    this.hostName = hostName;
    this.out = createWriteStream(outFile, { flags: 'w' });
    this.pid = undefined; // set once the daemon is started
    this.sockets = new Set();
    this.server = net.createServer((sock) => this.accept(sock));
  }

  listen() {
    rmSync(this.socketPath, { force: true });
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(this.socketPath, () => resolve());
    });
  }

  accept(sock) {
    this.sockets.add(sock);
    let pending = '';
    sock.setEncoding('utf8');
    sock.on('data', (chunk) => {
      pending += chunk;
      let i;
      while ((i = pending.search(/[\0\n]/)) >= 0) {
        const msg = pending.slice(0, i);
        pending = pending.slice(i + 1);
        if (msg.length > 0) this.write(msg);
      }
    });
    sock.on('close', () => {
      if (pending.length > 0) this.write(pending);
      this.sockets.delete(sock);
    });
    sock.on('error', () => {});
  }

  write(msg) {
    const m = HEADER.exec(msg);
    if (!m) {
      this.out.write(msg + '\n');
      return;
    }
    let rest = msg.slice(m[0].length);
    const t = TAG.exec(rest);
    // A daemon that does not log its pid gets it added, as journald-backed syslog does.
    if (t && !t[2] && this.pid) rest = `${t[1]}[${this.pid}]: ${rest.slice(t[0].length)}`;
    this.out.write(`${m[1]} ${this.hostName} ${rest}\n`);
  }

  async close() {
    for (const s of this.sockets) s.end();
    await new Promise((r) => this.server.close(() => r()));
    await new Promise((r) => this.out.end(r));
    rmSync(this.socketPath, { force: true });
  }
}
