#!/usr/bin/env node
// ikescope lab: runs real strongSwan (charon) and Libreswan (pluto) daemons in network
// namespaces, injects one fault per scenario and stores each side's logs, a capture, the
// status output, the configurations and the expected verdicts in lab/corpus/<scenario>/.
//
//   node lab/run.js [--list] [--keep] [--out DIR] [SCENARIO|PREFIX* ...]
//
// See lab/README.md. Needs root; run lab/install.sh first on a fresh Debian 12.
import { mkdirSync, rmSync, copyFileSync, chmodSync, writeFileSync, existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SCENARIOS, MULTI_SCENARIOS, resolveSides } from './scenarios.js';
import { NS, ADDR, ADDR6, TO_V6, setup, teardown, removeLeftovers, applyFirewall, inNs } from './lib/topology.js';
import { SyslogListener } from './lib/syslog.js';
import { StrongSwanSide } from './lib/strongswan.js';
import { LibreswanSide, deriveSyslog } from './lib/libreswan.js';
import { makePki } from './lib/pki.js';
import { checkPrerequisites } from './lib/prereq.js';
import { LOCK_PATH, takeLabLock } from './lib/lock.js';
import { VERBOSITIES } from './lib/verbosity.js';
import { must, background, sleep, signal } from './lib/sh.js';

const LAB = dirname(fileURLToPath(import.meta.url));
const WORK = '/tmp/ikescope-lab';
const JAIL = join(LAB, 'lib', 'jail.sh');
const HOSTNAMES = { left: 'gw-left', right: 'gw-right' };

/** Address family of this run (`--ipv6`). */
const family = { ipv6: false };

/**
 * Scenarios that cannot run over IPv6 here: the lab's NAT is IPv4 masquerading, and IPv6 has no
 * fragment flag for ip6tables to match (`-f`).
 */
const ipv4Only = (sc) =>
  !!sc.nat || [...(sc.firewall ?? []), ...(sc.steps ?? []).flatMap((st) => st.rules ?? [])].some((r) => r.rule.includes('-f'));

// Everything started by the current scenario, so that an interrupt can stop it.
const live = { sides: [], listeners: [], capture: undefined };

function parseArgs(argv) {
  const opts = { list: false, keep: false, out: join(LAB, 'corpus'), names: [], verbosity: 'lab' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--list') opts.list = true;
    else if (a === '--keep') opts.keep = true;
    else if (a === '--matrix') opts.matrix = true;
    else if (a === '--out') opts.out = argv[++i];
    else if (a === '--ipv6') opts.ipv6 = true;
    else if (a === '--multi') opts.multi = true;
    else if (a === '--verbosity') {
      opts.verbosity = argv[++i];
      if (!VERBOSITIES.includes(opts.verbosity))
        throw new Error(`--verbosity must be one of ${VERBOSITIES.join(', ')}`);
    }
    else if (a === '-h' || a === '--help') {
      console.log('usage: node lab/run.js [--list | --matrix] [--keep] [--out DIR] [--verbosity lab|stock|debug] [--ipv6] [--multi] [SCENARIO|PREFIX* ...]');
      process.exit(0);
    } else opts.names.push(a);
  }
  return opts;
}

function select(names, all = SCENARIOS) {
  if (names.length === 0) return all;
  const out = [];
  for (const n of names) {
    const hits = n.endsWith('*')
      ? all.filter((s) => s.name.startsWith(n.slice(0, -1)))
      : all.filter((s) => s.name === n);
    if (hits.length === 0) throw new Error(`unknown scenario '${n}' (try --list)`);
    for (const h of hits) if (!out.includes(h)) out.push(h);
  }
  return out;
}

async function startCapture(file, ns, dev) {
  const errFile = `${file}.stderr`;
  const proc = background('ip', ['netns', 'exec', ns, 'tcpdump', '-i', dev, '-n', '-U', '-s', '0', '-Z', 'root', '-w', file,
    // IKE and NAT-T, plus non-first IP fragments (they carry no UDP header).
    'udp port 500 or udp port 4500 or (ip[6:2] & 0x1fff != 0)'], errFile);
  for (let i = 0; i < 50; i++) {
    await sleep(100);
    if (existsSync(errFile) && readFileSync(errFile, 'utf8').includes('listening on')) break;
  }
  return proc;
}

async function stopCapture(proc) {
  if (!proc || proc.exitCode !== null) return;
  signal(proc.pid, 'SIGINT');
  await Promise.race([proc.exitPromise, sleep(3000)]);
  signal(proc.pid, 'SIGKILL');
}

async function stopAll() {
  await Promise.all(live.sides.map((s) => s.stop().catch(() => {})));
  await stopCapture(live.capture);
  await Promise.all(live.listeners.map((l) => l.close().catch(() => {})));
  live.sides = [];
  live.listeners = [];
  live.capture = undefined;
}

async function waitForLog(file, re, count, timeoutS) {
  const end = Date.now() + timeoutS * 1000;
  const global = new RegExp(re.source, 'g');
  while (Date.now() < end) {
    if (existsSync(file) && [...readFileSync(file, 'utf8').matchAll(global)].length >= count) return true;
    await sleep(200);
  }
  return false;
}

function makeSide(name, spec, dir, extra) {
  mkdirSync(dir, { recursive: true });
  const ctx = {
    ns: NS[name], dir, logPath: join(dir, `${name}.log`), syslogSock: join(dir, 'syslog.sock'),
    jail: JAIL, ...extra,
  };
  return spec.daemon === 'strongswan' ? new StrongSwanSide(spec, ctx) : new LibreswanSide(spec, ctx);
}

async function startSide(side, name, dir) {
  side.listener ??= new SyslogListener(join(dir, 'syslog.sock'), join(dir, `${name}.syslog`), HOSTNAMES[name]);
  if (!live.listeners.includes(side.listener)) {
    await side.listener.listen();
    live.listeners.push(side.listener);
  }
  side.ctx.onSpawn = (pid) => {
    side.listener.pid = pid;
    side.firstPid ??= pid;
  };
  await side.start();
  if (!live.sides.includes(side)) live.sides.push(side);
  await side.load();
}

async function step(st, sides, dirs, log) {
  const side = sides[st.side ?? 'left'];
  switch (st.do) {
    case 'initiate': {
      if (st.conns) {
        // Several connections at once (a gateway starting up): their lines interleave in the log.
        const rs = await Promise.all(st.conns.map((c) => side.initiate(st.timeout ?? 15, c)));
        log.push(`initiate ${st.side ?? 'left'} ${st.conns.join(' + ')} at once: exit ${rs.map((r) => r.code).join(' + ')}`);
        for (const r of rs) writeFileSync(join(dirs[st.side ?? 'left'], 'initiate.out'), r.stdout + r.stderr, { flag: 'a' });
        break;
      }
      const r = await side.initiate(st.timeout ?? 15, st.conn);
      log.push(`initiate ${st.side ?? 'left'}${st.conn ? ` ${st.conn}` : ''}: exit ${r.code}`);
      writeFileSync(join(dirs[st.side ?? 'left'], 'initiate.out'), r.stdout + r.stderr, { flag: 'a' });
      break;
    }
    case 'sleep':
      await sleep(st.s * 1000);
      break;
    case 'waitLog': {
      const ok = await waitForLog(join(dirs[st.side], `${st.side}.log`), st.re, st.count ?? 1, st.s);
      log.push(`waitLog ${st.side} ${st.re}${st.count ? ` x${st.count}` : ''}: ${ok ? 'seen' : 'not seen'}`);
      break;
    }
    case 'ping': {
      const from = st.from ?? 'left';
      const A = family.ipv6 ? ADDR6 : ADDR;
      const to = from === 'left' ? A.right.lan : A.left.lan;
      const r = await inNs(NS[from], 'ping', ['-c', String(st.count ?? 2), '-W', '1', '-i', '0.3', '-I', A[from].lan, to], { timeoutMs: 15_000 });
      const summary = r.stdout.split('\n').find((l) => l.includes('packets transmitted')) ?? r.stderr.trim();
      log.push(`ping ${from} -> ${to}: ${summary}`);
      break;
    }
    case 'kill':
      signal(side.pid, st.sig ?? 'SIGKILL');
      side.frozen = st.sig === 'SIGSTOP';
      log.push(`${st.sig ?? 'SIGKILL'} ${st.side} (pid ${side.pid})`);
      if ((st.sig ?? 'SIGKILL') === 'SIGKILL') await Promise.race([side.proc.exitPromise, sleep(3000)]);
      break;
    case 'start':
      side.frozen = false;
      await startSide(side, st.side, dirs[st.side]);
      log.push(`restarted ${st.side} (pid ${side.pid})`);
      break;
    case 'terminate': {
      const r = await side.terminate();
      log.push(`terminate ${st.side}: exit ${r.code}`);
      break;
    }
    case 'psk': {
      const r = await side.setPsk(st.psk);
      log.push(`new PSK on ${st.side}: exit ${r.code}`);
      break;
    }
    case 'firewall':
      await applyFirewall(st.rules, family);
      log.push(`firewall: ${st.rules.map((r) => `${r.ns}: iptables ${r.rule.join(' ')}`).join('; ')}`);
      break;
    default:
      throw new Error(`unknown step ${st.do}`);
  }
}

function copyIfExists(from, to) {
  if (!existsSync(from)) return;
  copyFileSync(from, to);
  chmodSync(to, 0o644); // ipsec.secrets is 0600 where the daemon reads it; the corpus copy is a fixture
}

async function runScenario(sc, pkiDir, nssTemplate, outRoot, verbosity = 'lab') {
  const started = Date.now();
  const work = join(WORK, sc.name);
  rmSync(work, { recursive: true, force: true });
  const dirs = { left: join(work, 'left'), right: join(work, 'right') };
  const specs = resolveSides(sc);
  for (const s of Object.values(specs)) {
    s.verbosity = verbosity;
    // --ipv6: the same scenario between the IPv6 addresses and prefixes.
    if (family.ipv6)
      for (const k of ['localAddr', 'remoteAddr', 'localTs', 'remoteTs']) if (TO_V6.has(s[k])) s[k] = TO_V6.get(s[k]);
  }
  const sides = {};
  const stepsLog = [];
  const configs = {};
  await teardown();
  await setup({ nat: !!sc.nat, ipv6: family.ipv6 });
  try {
    await applyFirewall(sc.firewall ?? [], family);
    for (const name of ['left', 'right']) {
      sides[name] = makeSide(name, specs[name], dirs[name], { pki: pkiDir, nssTemplate });
      configs[name] = sides[name].writeConfig();
    }
    live.capture = await startCapture(join(work, 'capture.pcap'), NS.left, 'wan0');
    // The responder comes up first so that it is listening when the initiator starts.
    for (const name of ['right', 'left']) {
      if (!specs[name].absent) await startSide(sides[name], name, dirs[name]);
    }
    const steps = sc.steps ?? (sc.conns ? sc.conns.map((c) => ({ do: 'initiate', conn: c.name })) : [{ do: 'initiate' }]);
    for (const st of steps) await step(st, sides, dirs, stepsLog);
    await sleep((sc.settle ?? 1.5) * 1000);
    for (const name of ['left', 'right']) {
      const s = sides[name];
      // A frozen daemon stays frozen until it is killed: waking it would add log lines.
      if (s.proc && s.proc.exitCode === null && s.proc.signalCode === null && !s.frozen) {
        writeFileSync(join(dirs[name], 'status.txt'), await s.status());
      }
    }
  } finally {
    await stopAll();
    await teardown();
  }

  // Store the corpus entry.
  const out = join(outRoot, sc.name);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const truth = { scenario: sc.name, description: sc.description, sides: {} };
  for (const name of ['left', 'right']) {
    const spec = specs[name];
    const ran = !spec.absent;
    if (ran) {
      copyIfExists(join(dirs[name], `${name}.log`), join(out, `${name}.log`));
      if (sides[name].syslogFromFile) {
        const fileLog = join(dirs[name], `${name}.log`);
        const text = existsSync(fileLog) ? readFileSync(fileLog, 'utf8') : '';
        writeFileSync(join(out, `${name}.syslog`), deriveSyslog(text, HOSTNAMES[name], sides[name].firstPid));
      } else {
        copyIfExists(join(dirs[name], `${name}.syslog`), join(out, `${name}.syslog`));
      }
      copyIfExists(join(dirs[name], 'status.txt'), join(out, `${name}.status.txt`));
      for (const [file, path] of Object.entries(configs[name])) copyIfExists(path, join(out, `${name}.${file}`));
    }
    const exp = sc.expect[name];
    truth.sides[name] = {
      daemon: spec.daemon,
      role: spec.role,
      log: ran ? `${name}.log` : null,
      syslog: ran ? `${name}.syslog` : null,
      expected: exp.code,
      ...(exp.param ? { param: exp.param } : {}),
      evidence: ran ? exp.evidence !== false : false,
      ...(exp.also ? { also: exp.also } : {}),
      ...(exp.note ? { note: exp.note } : {}),
    };
    // Several connections: the verdict each of them should get (connection name -> expectation).
    if (sc.conns) {
      truth.sides[name].tunnels = Object.fromEntries(
        sc.conns.map((c) => {
          const e = c.expect[name];
          const id = spec.conns.find((x) => x.connName === c.name)?.remoteId?.replace(/^@/, '');
          return [c.name, {
            expected: e.code,
            ...(e.param ? { param: e.param } : {}),
            evidence: ran ? e.evidence !== false : false,
            ...(id ? { remoteId: id } : {}),
          }];
        }),
      );
    }
  }
  copyIfExists(join(work, 'capture.pcap'), join(out, 'capture.pcap'));
  writeFileSync(join(out, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
  writeFileSync(join(out, 'steps.txt'), stepsLog.join('\n') + '\n');
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  return { secs, stepsLog, out };
}

/** The scenario table as Markdown (for lab/README.md). */
function matrix(list) {
  const short = { strongswan: 'strongSwan', libreswan: 'Libreswan' };
  const cell = (spec, e) =>
    `${short[spec.daemon]} ${spec.role === 'initiator' ? 'I' : 'R'}: ${e.code}${e.param ? ` (${e.param})` : ''}${e.evidence === false || spec.absent ? ' *' : ''}`;
  const rows = ['| scenario | IKE | left | right | what is done / what happened |', '|---|---|---|---|---|'];
  for (const sc of list) {
    const specs = resolveSides(sc);
    const version = specs.left.version === specs.right.version ? `v${specs.left.version}` : `v${specs.left.version}/v${specs.right.version}`;
    rows.push(`| ${sc.name} | ${version} | ${cell(specs.left, sc.expect.left)} | ${cell(specs.right, sc.expect.right)} | ${sc.description.replace(/\|/g, '\\|')} |`);
  }
  return rows.join('\n');
}

/** Drops corpus folders of scenarios that no longer exist and writes corpus/index.json. */
function writeIndex(outRoot, fullRun) {
  const names = new Set(SCENARIOS.map((s) => s.name));
  const index = [];
  for (const entry of readdirSync(outRoot, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const truthFile = join(outRoot, entry.name, 'truth.json');
    if (!existsSync(truthFile)) continue;
    if (fullRun && !names.has(entry.name)) {
      rmSync(join(outRoot, entry.name), { recursive: true, force: true });
      continue;
    }
    const t = JSON.parse(readFileSync(truthFile, 'utf8'));
    index.push({
      scenario: t.scenario,
      left: `${t.sides.left.daemon}/${t.sides.left.role}: ${t.sides.left.expected}${t.sides.left.param ? ` (${t.sides.left.param})` : ''}${t.sides.left.evidence ? '' : ' [no evidence]'}`,
      right: `${t.sides.right.daemon}/${t.sides.right.role}: ${t.sides.right.expected}${t.sides.right.param ? ` (${t.sides.right.param})` : ''}${t.sides.right.evidence ? '' : ' [no evidence]'}`,
    });
  }
  index.sort((a, b) => a.scenario.localeCompare(b.scenario));
  writeFileSync(join(outRoot, 'index.json'), JSON.stringify(index, null, 2) + '\n');
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  family.ipv6 = !!opts.ipv6;
  // lab/corpus holds the single-connection matrix only: several-connection runs go elsewhere.
  if (opts.multi && opts.out === join(LAB, 'corpus')) throw new Error('--multi needs --out DIR (lab/corpus holds one connection per scenario)');
  // The extra connections' subnets have no IPv6 stand-ins in TO_V6.
  if (opts.multi && opts.ipv6) throw new Error('--multi runs over IPv4 only');
  const all = opts.multi ? MULTI_SCENARIOS : SCENARIOS;
  let chosen = select(opts.names, all);
  if (family.ipv6) {
    const skipped = chosen.filter(ipv4Only);
    if (skipped.length) console.log(`lab: IPv4 only, left out with --ipv6: ${skipped.map((s) => s.name).join(', ')}`);
    chosen = chosen.filter((s) => !ipv4Only(s));
  }
  if (opts.matrix) {
    console.log(matrix(chosen));
    return 0;
  }
  if (opts.list) {
    for (const s of chosen) console.log(`${s.name.padEnd(34)} ${s.description}`);
    return 0;
  }
  const problems = await checkPrerequisites();
  if (problems.length > 0) {
    console.error('lab: cannot run:');
    for (const p of problems) console.error(`  - ${p}`);
    console.error('On Debian 12 as root, lab/install.sh installs the packages.');
    return 2;
  }
  // Before anything of an earlier run is removed: a run still going owns it.
  const lock = takeLabLock();
  if (lock.busy !== undefined) {
    console.error(
      `lab: another lab run${Number.isNaN(lock.busy) ? '' : ` (pid ${lock.busy})`} is using the lab's namespaces; wait for it to end (lock ${LOCK_PATH})`,
    );
    return 3;
  }
  const old = await removeLeftovers();
  if (old.length > 0) console.log(`lab: removed leftovers of an earlier run: ${old.join(', ')}`);
  mkdirSync(WORK, { recursive: true });
  const pkiDir = await makePki(join(WORK, 'pki'));
  const nssTemplate = join(WORK, 'nss-template');
  if (!existsSync(join(nssTemplate, 'cert9.db'))) {
    mkdirSync(nssTemplate, { recursive: true });
    await must('ipsec', ['initnss', '--nssdir', nssTemplate]);
  }
  mkdirSync(opts.out, { recursive: true });
  const t0 = Date.now();
  let failed = 0;
  for (const sc of chosen) {
    process.stdout.write(`${sc.name} ... `);
    try {
      const r = await runScenario(sc, pkiDir, nssTemplate, opts.out, opts.verbosity);
      console.log(`${r.secs}s  [${r.stepsLog.join(' | ')}]`);
    } catch (err) {
      failed++;
      console.log(`ERROR: ${err.message}`);
    }
  }
  if (!opts.multi) writeIndex(opts.out, chosen.length === SCENARIOS.length && failed === 0);
  console.log(`lab: ${chosen.length - failed}/${chosen.length} scenarios recorded in ${((Date.now() - t0) / 1000).toFixed(0)}s -> ${opts.out}`);
  if (!opts.keep) rmSync(WORK, { recursive: true, force: true });
  return failed === 0 ? 0 : 1;
}

let stopping = false;
async function interrupted(sig) {
  if (stopping) return;
  stopping = true;
  console.error(`\nlab: ${sig}, cleaning up`);
  await stopAll().catch(() => {});
  await teardown().catch(() => {});
  process.exit(130);
}
process.on('SIGINT', () => interrupted('SIGINT'));
process.on('SIGTERM', () => interrupted('SIGTERM'));

main().then(
  (code) => process.exit(code),
  async (err) => {
    console.error(`lab: ${err.stack ?? err}`);
    await stopAll().catch(() => {});
    await teardown().catch(() => {});
    process.exit(1);
  },
);
