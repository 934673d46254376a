#!/usr/bin/env node
// `npm run bench:serve`: load benchmark of `ikescope serve`.
// The server runs in a child process (its CPU and memory are its own); this process sends
// syslog lines of several dialects from many devices:
//  - TCP (octet counting, several connections): sustained messages per second, and zero loss
//    checked by counting the stored rows against the sent messages after every connection was
//    acknowledged (the server closes a connection only once all its messages are committed);
//  - UDP at fixed rates: loss rate measured the same way.
// Options: --tcp N (messages, default 500000) --conns C (default 4) --udp N (default 200000)
//          --udp-rate R (messages/s, default 50000) --db postgres://... (else SQLite in a temp dir)
import { spawn } from 'node:child_process';
import dgram from 'node:dgram';
import { mkdtempSync, readdirSync, readFileSync, rmSync, existsSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const args = process.argv.slice(2);
function arg(name, def) {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : def;
}

if (args[0] === '--child') {
  // The server under test.
  const { startServer } = await import('../dist/server/index.js');
  const o = JSON.parse(args[1]);
  const s = await startServer({ ...o, log: () => undefined });
  process.stdout.write(JSON.stringify({ ports: s.ports, url: s.url, token: s.initialToken }) + '\n');
  process.on('SIGTERM', () => void s.close().then(() => process.exit(0)));
  await new Promise(() => undefined);
}

const TCP_N = Number(arg('--tcp', 500000));
const CONNS = Number(arg('--conns', 4));
const UDP_N = Number(arg('--udp', 200000));
const UDP_RATE = Number(arg('--udp-rate', 50000));
const DB = arg('--db', undefined);

function templates() {
  const out = [];
  for (const d of ['strongswan', 'cisco-asa', 'panos', 'pluto', 'cisco-ios']) {
    const dir = join('src/dialects', d, 'cases');
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).sort()) {
      if (!f.endsWith('.log')) continue;
      for (const l of readFileSync(join(dir, f), 'utf8').split(/\r?\n/)) if (l.trim() && l.length < 2000) out.push(l);
    }
  }
  return out;
}

const T = templates();
const NOISE = 'Nov 24 10:00:00 gw sshd[2211]: Accepted publickey for admin from 198.51.100.99 port 50522 ssh2';
/** Message i: a template line as if from device i % 50 (RFC 3164 header added when the line has none). */
function message(i) {
  const t = i % 10 === 9 ? NOISE : T[i % T.length];
  const host = `dev${i % 50}`;
  if (t.startsWith('<')) return t;
  return `<134>Nov 24 10:00:00 ${host} ${t.replace(/^[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d /, '')}`;
}

async function startChild(opts) {
  const child = spawn(process.execPath, ['scripts/bench-serve.js', '--child', JSON.stringify(opts)], { stdio: ['ignore', 'pipe', 'inherit'] });
  const info = await new Promise((resolve, reject) => {
    let buf = '';
    child.stdout.on('data', (d) => {
      buf += d;
      const nl = buf.indexOf('\n');
      if (nl >= 0) resolve(JSON.parse(buf.slice(0, nl)));
    });
    child.on('exit', (c) => reject(new Error(`server exited ${c}`)));
  });
  return { child, ...info };
}

async function metrics(s) {
  const r = await fetch(`${s.url}/metrics`, { headers: { authorization: `Bearer ${s.token}` } });
  const text = await r.text();
  const get = (name) => {
    const m = text.split('\n').find((l) => l.startsWith(name + ' '));
    return m ? Number(m.split(' ')[1]) : NaN;
  };
  return { cpu: get('process_cpu_seconds_total'), rss: get('process_resident_memory_bytes') };
}

async function sources(s) {
  const r = await fetch(`${s.url}/api/v1/sources`, { headers: { authorization: `Bearer ${s.token}` } });
  return r.json();
}

function sumOf(srcs, transport, field) {
  return srcs.filter((x) => x.transport === transport).reduce((a, x) => a + x[field], 0);
}

async function sendTcp(port, from, to) {
  return new Promise((resolve, reject) => {
    const sock = net.connect(port, '127.0.0.1');
    sock.on('error', reject);
    sock.resume();
    sock.on('close', () => resolve());
    let i = from;
    const pump = () => {
      while (i < to) {
        const parts = [];
        for (let k = 0; k < 256 && i < to; k++, i++) {
          const m = Buffer.from(message(i));
          parts.push(Buffer.from(`${m.length} `), m);
        }
        if (!sock.write(Buffer.concat(parts))) {
          sock.once('drain', pump);
          return;
        }
      }
      sock.end();
    };
    sock.on('connect', pump);
  });
}

async function sampleRss(s, stop) {
  let peak = 0;
  while (!stop.done) {
    try {
      peak = Math.max(peak, (await metrics(s)).rss);
    } catch {
      // server busy
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return peak;
}

async function udpPhase(s) {
  const u0 = await metrics(s);
  const sock = dgram.createSocket('udp4');
  const tu = process.hrtime.bigint();
  let sent = 0;
  await new Promise((resolve) => {
    const tickMs = 10;
    const perTick = Math.max(1, Math.round((UDP_RATE * tickMs) / 1000));
    const timer = setInterval(() => {
      for (let k = 0; k < perTick && sent < UDP_N; k++, sent++) sock.send(message(sent), s.ports.udp, '127.0.0.1');
      if (sent >= UDP_N) {
        clearInterval(timer);
        resolve();
      }
    }, tickMs);
  });
  const usecs = Number(process.hrtime.bigint() - tu) / 1e9;
  await new Promise((r) => setTimeout(r, 2000));
  sock.close();
  const u1 = await metrics(s);
  const srcs2 = await sources(s);
  const got = sumOf(srcs2, 'udp', 'received') - sumOf(srcs2, 'udp', 'dropped');
  return {
    sent: UDP_N,
    targetRate: UDP_RATE,
    achievedSendRate: Math.round(UDP_N / usecs),
    stored: got,
    lossRate: +(1 - got / UDP_N).toFixed(5),
    serverCpuSeconds: +(u1.cpu - u0.cpu).toFixed(2),
  };
}

async function run() {
  const dir = mkdtempSync(join(tmpdir(), 'ikescope-bench-'));
  const opts = {
    data: dir,
    http: { host: '127.0.0.1', port: 0 },
    udp: { host: '127.0.0.1', port: 0 },
    tcp: { host: '127.0.0.1', port: 0 },
    tls: null,
    ...(DB ? { db: DB, dbSchema: `bench_${process.pid}` } : {}),
  };
  const results = { backend: DB ? 'postgres' : 'sqlite', templates: T.length };
  // UDP first, on a server of its own (a TCP backlog still being analysed would compete with it).
  const su = await startChild({ ...opts, data: mkdtempSync(join(tmpdir(), 'ikescope-bench-u-')), ...(DB ? { dbSchema: `bench_u_${process.pid}` } : {}) });
  try {
    results.udp = await udpPhase(su);
  } finally {
    su.child.kill('SIGTERM');
    await new Promise((r) => su.child.on('exit', r));
  }
  const s = await startChild(opts);
  try {
    // TCP
    const m0 = await metrics(s);
    const stop = { done: false };
    const peakP = sampleRss(s, stop);
    const t0 = process.hrtime.bigint();
    const per = Math.ceil(TCP_N / CONNS);
    await Promise.all(Array.from({ length: CONNS }, (_, c) => sendTcp(s.ports.tcp, c * per, Math.min(TCP_N, (c + 1) * per))));
    const secs = Number(process.hrtime.bigint() - t0) / 1e9;
    stop.done = true;
    const m1 = await metrics(s);
    const srcs = await sources(s);
    results.tcp = {
      sent: TCP_N,
      connections: CONNS,
      seconds: +secs.toFixed(2),
      msgPerSec: Math.round(TCP_N / secs),
      storedAcknowledged: sumOf(srcs, 'tcp', 'received') - sumOf(srcs, 'tcp', 'dropped'),
      parsed: sumOf(srcs, 'tcp', 'parsed'),
      unrecognized: sumOf(srcs, 'tcp', 'unrecognized'),
      dropped: sumOf(srcs, 'tcp', 'dropped'),
      serverCpuSeconds: +(m1.cpu - m0.cpu).toFixed(2),
      serverCpuPerMessageUs: +(((m1.cpu - m0.cpu) / TCP_N) * 1e6).toFixed(2),
      peakRssMb: Math.round((await peakP) / 1048576),
    };
    // Analysis catches up (the backlog the burst left), measured too.
    const tc = Date.now();
    for (;;) {
      const r = await fetch(`${s.url}/metrics`, { headers: { authorization: `Bearer ${s.token}` } });
      const m = /^ikescope_analysis_backlog (\d+)/m.exec(await r.text());
      if (!m || Number(m[1]) === 0 || Date.now() - tc > 600_000) break;
      await new Promise((r2) => setTimeout(r2, 500));
    }
    results.tcp.analysisCaughtUpSecondsAfterBurst = +((Date.now() - tc) / 1000).toFixed(1);
    results.tcp.analysisLinesPerSec = Math.round(TCP_N / ((Date.now() - tc) / 1000 + secs));
  } finally {
    s.child.kill('SIGTERM');
    await new Promise((r) => s.child.on('exit', r));
  }
  // Count the stored rows directly (what survives, not what the counters say).
  if (!DB) {
    const { default: Database } = await import('better-sqlite3');
    const db = new Database(join(dir, 'ikescope.sqlite'), { readonly: true });
    const rows = db.prepare('SELECT transport, COUNT(*) AS n FROM lines GROUP BY transport').all();
    db.close();
    const n = (t) => rows.find((r) => r.transport === t)?.n ?? 0;
    results.tcp.storedRows = n('tcp');
    results.tcp.lost = TCP_N - n('tcp');
  }
  rmSync(dir, { recursive: true, force: true });
  console.log(JSON.stringify(results, null, 2));
  if (results.tcp.lost > 0) process.exitCode = 1;
}

await run();
