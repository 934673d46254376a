// Up/down notices as Cisco IOS writes them (Cisco IOS Security Configuration Guide 15.1S,
// "IPsec VPN Monitoring": syslog notification of crypto session up or down status), sent over
// UDP to `--notify-syslog host:port`, so that any tool that already reads IOS syslog sees them:
//   %CRYPTO-5-SESSION_STATUS: Crypto session is UP. Peer 10.6.6.1:500 fvrf=name10 ivrf=name20 Description: SJC24-2-VPN-Gateway Id: 10.5.5.2
// Every field comes from a log and is untrusted: control characters are replaced, so that a
// crafted description cannot start a second syslog line.
import dgram from 'node:dgram';
import { hostname } from 'node:os';
import type { Endpoint } from '../options.js';
import type { StoredTunnel } from '../store/types.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** One field of the notice: no control characters, bounded, no empty value. */
function field(s: string | undefined | null, max = 80): string {
  let out = '';
  for (const ch of s ?? '') {
    const c = ch.codePointAt(0)!;
    out += c < 32 || c === 127 || (c >= 0x80 && c < 0xa0) || c === 0x2028 || c === 0x2029 ? '?' : ch;
    if (out.length >= max) break;
  }
  return out;
}

/** `%CRYPTO-5-SESSION_STATUS: ...` for a tunnel that went up or down. */
export function sessionStatusMessage(t: StoredTunnel, state: 'up' | 'down'): string {
  const peer = field(t.row.peer ?? t.context.peerId ?? 'unknown', 64);
  const port = t.context.peerPort ?? 500;
  const parts = [`%CRYPTO-5-SESSION_STATUS: Crypto session is ${state === 'up' ? 'UP' : 'DOWN'}. Peer ${peer}:${port}`];
  if (t.context.fvrf || t.context.ivrf) parts.push(`fvrf=${field(t.context.fvrf ?? '(none)', 32)} ivrf=${field(t.context.ivrf ?? '(none)', 32)}`);
  const desc = t.row.description ?? (t.row.name !== t.row.peer ? t.row.name : null);
  if (desc) parts.push(`Description: ${field(desc)}`);
  parts.push(`Id: ${field(t.context.peerId ?? t.row.peer ?? 'unknown', 64)}`);
  return parts.join(' ');
}

/** RFC 3164 framing: `<189>Mmm dd hh:mm:ss host ikescope: MSG` (local7.notice, as IOS sends it). */
export function rfc3164(msg: string, now = new Date(), host = hostname()): string {
  const d = now.getDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  const stamp = `${MONTHS[now.getMonth()]} ${d < 10 ? ' ' : ''}${d} ${pad(now.getHours())}:${pad(now.getMinutes())}:${pad(now.getSeconds())}`;
  return `<189>${stamp} ${field(host, 64).replaceAll(' ', '_') || '-'} ikescope: ${msg}`;
}

export class SyslogNotifier {
  private readonly sock: dgram.Socket;
  sent = 0;
  constructor(private readonly to: Endpoint) {
    this.sock = dgram.createSocket(to.host.includes(':') ? 'udp6' : 'udp4');
    this.sock.on('error', () => undefined);
    this.sock.unref();
  }

  send(t: StoredTunnel, state: 'up' | 'down'): void {
    const line = rfc3164(sessionStatusMessage(t, state));
    this.sock.send(Buffer.from(line, 'utf8'), this.to.port, this.to.host, () => undefined);
    this.sent++;
  }

  close(): void {
    try {
      this.sock.close();
    } catch {
      // already closed
    }
  }
}
