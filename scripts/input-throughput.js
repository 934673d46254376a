#!/usr/bin/env node
// Throughput of the input layer alone (read → decode → split → envelope), not a timed test.
//   node scripts/input-throughput.js [FILE] [MB]
// Without FILE, writes a syslog-like UTF-8 file of MB megabytes (default 200) to the temp dir.
import { createWriteStream, statSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openInputs } from '../dist/input/index.js';

async function generate(path, mb) {
  const out = createWriteStream(path);
  const hosts = ['gw-tokyo', 'gw-osaka', 'vpn01', '203.0.113.7'];
  const msgs = [
    'charon[1234]: 09[IKE] <site-a|12> initiating IKE_SA site-a[12] to 198.51.100.20',
    'charon[1234]: 12[NET] <site-a|12> sending packet: from 192.0.2.1[500] to 198.51.100.20[500] (464 bytes)',
    'pluto[2211]: "tunnel-b" #41: STATE_MAIN_I2: sent MI2, expecting MR2',
    'sshd[998]: Accepted publickey for admin from 192.0.2.55 port 50122 ssh2: ED25519 SHA256:abcdefghijkl',
    'kernel: [12345.678901] IN=eth0 OUT= MAC=00:11:22:33:44:55 SRC=198.51.100.9 DST=192.0.2.1 LEN=60 PROTO=UDP SPT=500 DPT=500',
  ];
  const target = mb * 1024 * 1024;
  let written = 0;
  let sec = 0;
  while (written < target) {
    let block = '';
    for (let i = 0; i < 2000; i++) {
      sec++;
      const h = String(Math.floor(sec / 3600) % 24).padStart(2, '0');
      const m = String(Math.floor(sec / 60) % 60).padStart(2, '0');
      const s = String(sec % 60).padStart(2, '0');
      block += `Mar ${String(1 + (Math.floor(sec / 86400) % 28)).padStart(2, ' ')} ${h}:${m}:${s} ${hosts[i % 4]} ${msgs[i % 5]}\n`;
    }
    written += Buffer.byteLength(block);
    if (!out.write(block)) await new Promise((r) => out.once('drain', r));
  }
  await new Promise((r) => out.end(r));
}

const file = process.argv[2] ?? join(tmpdir(), 'ikescope-throughput.log');
const mb = Number(process.argv[3] ?? 200);
if (!process.argv[2] || !existsSync(file)) await generate(file, mb);
const size = statSync(file).size;
const t0 = process.hrtime.bigint();
const c0 = process.cpuUsage();
let records = 0;
let timed = 0;
for await (const src of openInputs([file])) {
  for await (const batch of src.records()) {
    records += batch.length;
    for (const r of batch) if (r.time !== undefined) timed++;
  }
}
const secs = Number(process.hrtime.bigint() - t0) / 1e9;
const cpu = process.cpuUsage(c0);
const cpuSecs = (cpu.user + cpu.system) / 1e6;
console.log(
  `${(size / 1048576).toFixed(1)} MB, ${records} lines (${timed} timed) in ${secs.toFixed(2)} s: ` +
    `${(size / 1048576 / secs).toFixed(1)} MB/s, ${Math.round(records / secs)} lines/s ` +
    `(CPU ${cpuSecs.toFixed(2)} s: ${(size / 1048576 / cpuSecs).toFixed(1)} MB per CPU second; ` +
    `the CPU time includes the garbage collector's helper threads)`,
);
