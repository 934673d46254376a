#!/usr/bin/env node
// `npm run bench`: generates a mixed corpus (default 200 MB: every dialect's case logs with
// renamed tunnels and addresses, interleaved with ordinary syslog noise), then analyses it end to
// end with the CLI (`ikescope analyze --format json`: read, decode, split, envelope, dialects,
// correlation, diagnosis, JSON report) in a process of its own on one core, and prints MB/s and
// the process's peak RSS. Run with a second size to see that memory does not grow:
//   npm run bench -- --mb 200 --mb 400
// `--ike-share P` sets the percentage of IPsec lines (default 50; a firewall's whole syslog is
// more like 1 to 5 %). `--corpus daemon` reads real daemons' own log files instead: the lab's
// charon and pluto logs (lab/corpus, lab/corpus-variants: lab, stock and debug levels) one after
// the other, renamed onto 40 connections.
import { createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { gunzipSync } from 'node:zlib';

const args = process.argv.slice(2);
const sizes = [];
let share = 50;
// `--tools`: also time other log tools on the same corpus, when installed (reference points).
let tools = false;
let kind = 'mixed';
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--mb') sizes.push(Number(args[++i]));
  else if (args[i] === '--corpus') kind = args[++i] === 'daemon' ? 'daemon' : 'mixed';
  else if (args[i] === '--ike-share') share = Math.min(100, Math.max(0, Number(args[++i])));
  else if (args[i] === '--tools') tools = true;
}
if (sizes.length === 0) sizes.push(200);
const OUT = 'bench-out';
mkdirSync(OUT, { recursive: true });

function templates() {
  const lines = [];
  const root = 'src/dialects';
  for (const d of readdirSync(root)) {
    const dir = join(root, d, 'cases');
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir)) {
      if (!f.endsWith('.log')) continue;
      for (const l of readFileSync(join(dir, f), 'utf8').split(/\r?\n/)) if (l.trim()) lines.push(l);
    }
  }
  return lines;
}

const NOISE = [
  'Nov 24 10:00:00 gw kernel: [12345.678901] IN=eth0 OUT= MAC=00:11:22:33:44:55 SRC=198.51.100.23 DST=192.0.2.1 LEN=60 PROTO=TCP SPT=51514 DPT=22',
  'Nov 24 10:00:00 gw sshd[2211]: Accepted publickey for admin from 198.51.100.99 port 50522 ssh2: ED25519 SHA256:abcdefghijklmnop',
  'Nov 24 10:00:00 gw systemd[1]: Started Session 42 of user admin.',
  'Nov 24 10:00:00 gw CRON[3311]: (root) CMD (command -v debian-sa1 > /dev/null && debian-sa1 1 1)',
  'Nov 24 10:00:00 gw dhclient[811]: DHCPREQUEST for 192.0.2.10 on eth1 to 192.0.2.254 port 67',
  'Nov 24 10:00:00 gw ntpd[700]: adjusting local clock by 0.002311s',
];

/** Other tools reading the same corpus: grep counting IKE lines, lnav loading it into its SQL view. */
const TOOLS = [
  { name: 'grep -c', cmd: 'grep', args: (p) => ['-c', '-E', 'charon|pluto|IKE|ISAKMP|%ASA|ikemgr', p] },
  { name: 'lnav', cmd: 'lnav', args: (p) => ['-n', '-c', ';SELECT count(*) FROM all_logs', p] },
];

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

async function generate(path, mb) {
  const tpl = templates();
  const target = mb * 1024 * 1024;
  const ws = createWriteStream(path);
  let written = 0;
  let n = 0;
  let taken = 0;
  let sec = 0;
  while (written < target) {
    const chunk = [];
    for (let i = 0; i < 2000; i++, n++) {
      if (n % 40 === 0) sec++;
      const hh = String(Math.floor(sec / 3600) % 24).padStart(2, '0');
      const mm = String(Math.floor(sec / 60) % 60).padStart(2, '0');
      const ss = String(sec % 60).padStart(2, '0');
      const stamp = `${MONTHS[10]} 24 ${hh}:${mm}:${ss}`;
      // A fleet of 12 devices with 40 tunnel instances between them: a bounded number of
      // tunnels however long the log, as in a real syslog archive.
      const tunnel = n % 40;
      const host = `gw${tunnel % 12}`;
      // The default (50 %) alternates line by line; other shares take runs of case lines in order.
      const ike = share === 50 ? i % 2 === 0 : n % 100 < share;
      let line = ike ? tpl[(share === 50 ? n : taken++) % tpl.length] : NOISE[n % NOISE.length];
      line = line
        .replace(/^([A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d) [\w.-]+ ([\w/.-]+(?:\[\d+\])?:)/, `$1 ${host} $2`)
        .replace(/^[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d/, stamp)
        .replace(/<([\w-]+)\|(\d+)>/, (_, c, id) => `<${c}${tunnel}|${id}>`)
        .replace(/"([\w-]+)"/, (_, c) => `"${c}${tunnel}"`)
        .replace(/\b192\.0\.2\.2\b/g, `192.0.${2 + (tunnel % 200)}.2`);
      chunk.push(line);
    }
    const buf = chunk.join('\n') + '\n';
    written += Buffer.byteLength(buf);
    if (!ws.write(buf)) await new Promise((r) => ws.once('drain', r));
  }
  await new Promise((r) => ws.end(r));
}

/** The lab's daemon log files (charon and pluto, every recorded level), each as its lines. */
function daemonLogs() {
  const logs = [];
  for (const root of ['lab/corpus', 'lab/corpus-variants']) {
    if (!existsSync(root)) continue;
    for (const sc of readdirSync(root).sort()) {
      for (const f of ['left.log', 'right.log', 'left.log.gz', 'right.log.gz']) {
        const p = join(root, sc, f);
        if (!existsSync(p)) continue;
        const raw = readFileSync(p);
        logs.push((f.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8').split('\n').filter((l) => l));
      }
    }
  }
  return logs;
}

/** Daemon log files one after the other, each run of a file renamed onto one of 40 connections. */
async function generateDaemon(path, mb) {
  const logs = daemonLogs();
  if (logs.length === 0) throw new Error('--corpus daemon needs lab/corpus (the lab recordings)');
  const target = mb * 1024 * 1024;
  const ws = createWriteStream(path);
  let written = 0;
  for (let n = 0; written < target; n++) {
    const conn = `lab${n % 40}`;
    const buf =
      logs[n % logs.length]
        .map((l) => l.replace(/<lab\|/, `<${conn}|`).replace(/<lab> /, `<${conn}> `).replace(/"lab"/g, `"${conn}"`))
        .join('\n') + '\n';
    written += Buffer.byteLength(buf);
    if (!ws.write(buf)) await new Promise((r) => ws.once('drain', r));
  }
  await new Promise((r) => ws.end(r));
}

for (const mb of sizes) {
  const path = join(
    OUT,
    kind === 'daemon'
      ? `corpus-daemon-${mb}mb.log`
      : share === 50
        ? `corpus-v2-${mb}mb.log`
        : `corpus-v2-${mb}mb-ike${share}.log`,
  );
  if (!existsSync(path) || statSync(path).size < mb * 1024 * 1024) {
    process.stderr.write(`generating ${path} (${mb} MB)…\n`);
    await (kind === 'daemon' ? generateDaemon(path, mb) : generate(path, mb));
  }
  const bytes = statSync(path).size;
  // The command a user runs, in a process of its own: its peak memory is the whole story
  // (modules, heap, buffers), measured by the kernel (maxRSS) rather than sampled.
  const out = join(OUT, `report-${kind === 'daemon' ? 'daemon-' : ''}${mb}mb.json`);
  const t0 = process.hrtime.bigint();
  const child = spawnSync(
    process.execPath,
    ['scripts/bench-child.js', 'analyze', '--format', 'json', '--output', out, path],
    { stdio: ['ignore', 'inherit', 'pipe'], encoding: 'utf8' },
  );
  const secs = Number(process.hrtime.bigint() - t0) / 1e9;
  const stats = JSON.parse(child.stderr.trim().split('\n').pop() ?? '{}');
  const report = JSON.parse(readFileSync(out, 'utf8'));
  const lines = report.inputs.reduce((a, i) => a + i.lines, 0);
  console.log(
    JSON.stringify({
      corpusMB: +(bytes / 1048576).toFixed(1),
      seconds: +secs.toFixed(2),
      mbPerSecond: +(bytes / 1048576 / secs).toFixed(1),
      linesPerSecond: Math.round(lines / secs),
      cpuSeconds: stats.cpuSeconds,
      peakRssMB: stats.maxRssMB,
      exitCode: child.status,
      tunnels: report.tunnels.length,
      recognizedLines: report.inputs.reduce((a, i) => a + i.recognizedLines, 0),
      reportBytes: statSync(out).size,
    }),
  );
  if (tools) for (const t of TOOLS) timeTool(t, path, bytes);
}

function timeTool(t, path, bytes) {
  const t0 = process.hrtime.bigint();
  // Output to a pipe, not /dev/null: GNU grep stops at the first match when it sees /dev/null.
  const r = spawnSync(t.cmd, t.args(path), { stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 1 << 20 });
  if (r.error) return; // not installed
  const secs = Number(process.hrtime.bigint() - t0) / 1e9;
  console.log(JSON.stringify({ tool: t.name, seconds: +secs.toFixed(2), mbPerSecond: +(bytes / 1048576 / secs).toFixed(1) }));
}
