// Syslog listeners: UDP (RFC 5426), TCP (RFC 6587) and TLS (RFC 5425). Each sending address is
// one source per transport (its counters, its InputHandle); the address is the device when the
// syslog header names no host. TCP gives the only acknowledgement syslog has: when a client
// half-closes, the server answers with its own FIN once every message of the connection is
// committed, so a client that waits for the close knows its messages are stored.
import dgram from 'node:dgram';
import net from 'node:net';
import tls from 'node:tls';
import type { LiveEngine } from '../live.js';
import type { Endpoint } from '../options.js';
import type { Transport } from '../store/types.js';
import { decodeMessage, splitDatagram, SyslogFramer } from './framing.js';

export interface Listener {
  transport: Transport;
  port: number;
  close(): Promise<void>;
}

/** `::ffff:127.0.0.1` → `127.0.0.1`. */
export function peerAddress(a: string | undefined): string {
  if (!a) return 'unknown';
  return a.startsWith('::ffff:') && a.includes('.') ? a.slice(7) : a;
}

export function listenUdp(engine: LiveEngine, ep: Endpoint, maxBytes: number): Promise<Listener> {
  const sock = dgram.createSocket({ type: ep.host.includes(':') ? 'udp6' : 'udp4', recvBufferSize: 8 * 1024 * 1024 });
  sock.on('message', (msg, rinfo) => {
    const peer = peerAddress(rinfo.address);
    const src = engine.sourceOf(`udp/${peer}`, 'udp');
    for (const m of splitDatagram(msg)) {
      if (m.length > maxBytes) engine.dropped(src);
      else engine.ingest(src, decodeMessage(m), peer);
    }
  });
  sock.on('error', (err) => engine.opts.log('server.log.udpError', { reason: err.message }));
  return new Promise((resolve, reject) => {
    sock.once('error', reject);
    sock.bind(ep.port, ep.host, () => {
      sock.off('error', reject);
      resolve({
        transport: 'udp',
        port: sock.address().port,
        close: () => new Promise<void>((r) => sock.close(() => r())),
      });
    });
  });
}

export interface StreamOptions {
  maxBytes: number;
  maxConnections: number;
  cert?: Buffer;
  key?: Buffer;
}

export function listenStream(engine: LiveEngine, transport: 'tcp' | 'tls', ep: Endpoint, o: StreamOptions): Promise<Listener> {
  const sockets = new Set<net.Socket>();
  const onSocket = (sock: net.Socket): void => {
    const peer = peerAddress(sock.remoteAddress);
    const src = engine.sourceOf(`${transport}/${peer}`, transport);
    sockets.add(sock);
    engine.openConnections++;
    const framer = new SyslogFramer(o.maxBytes, {
      message: (b) => engine.ingest(src, decodeMessage(b), peer),
      oversize: () => engine.dropped(src),
    });
    sock.on('data', (c: Buffer) => framer.push(c));
    sock.on('end', () => {
      framer.end();
      // The acknowledgement: our FIN follows the commit of everything this client sent.
      engine
        .flushed()
        .then(() => sock.end())
        .catch(() => sock.destroy());
    });
    sock.on('error', () => undefined);
    sock.on('close', () => {
      sockets.delete(sock);
      engine.openConnections--;
    });
    if (engine.high) sock.pause();
  };
  let server: net.Server;
  if (transport === 'tls') {
    const ts = tls.createServer({ cert: o.cert, key: o.key, allowHalfOpen: true, minVersion: 'TLSv1.2' }, onSocket);
    ts.on('tlsClientError', (err: Error, s: tls.TLSSocket) => {
      engine.opts.log('server.log.tlsError', { peer: peerAddress(s.remoteAddress), reason: err.message });
    });
    server = ts;
  } else server = net.createServer({ allowHalfOpen: true }, onSocket);
  server.maxConnections = o.maxConnections;
  server.on('drop', (d?: net.DropArgument) => {
    engine.rejectedConnections++;
    engine.opts.log('server.log.connRejected', { transport, peer: peerAddress(d?.remoteAddress), max: o.maxConnections });
  });
  server.on('error', (err: Error) => engine.opts.log('server.log.listenError', { transport, reason: err.message }));
  const onPressure = (high: boolean): void => {
    for (const s of sockets) if (high) s.pause();
    else s.resume();
  };
  engine.on('pressure', onPressure);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(ep.port, ep.host, () => {
      server.off('error', reject);
      const addr = server.address();
      resolve({
        transport,
        port: typeof addr === 'object' && addr ? addr.port : ep.port,
        close: () =>
          new Promise<void>((r) => {
            engine.off('pressure', onPressure);
            for (const s of sockets) s.destroy();
            server.close(() => r());
          }),
      });
    });
  });
}
