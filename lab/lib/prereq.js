// Checks everything the lab needs before anything is started, so that a run never stops halfway.
import { accessSync, constants, existsSync } from 'node:fs';
import { run } from './sh.js';
import { CHARON, SWANCTL } from './strongswan.js';
import { PLUTO, IPSEC } from './libreswan.js';

const TOOLS = [
  ['ip', 'iproute2'],
  ['tcpdump', 'tcpdump'],
  ['iptables', 'iptables'],
  ['nsenter', 'util-linux'],
  ['unshare', 'util-linux'],
  ['pki', 'strongswan-pki'],
];

const FILES = [
  [CHARON, 'strongswan-charon (unpacked with dpkg-deb -x; see lab/install.sh)'],
  ['/usr/lib/ipsec/plugins/libstrongswan-kernel-libipsec.so', 'libcharon-extra-plugins (kernel-libipsec)'],
  [SWANCTL, 'strongswan-swanctl'],
  [PLUTO, 'libreswan'],
  [IPSEC, 'libreswan'],
  ['/dev/net/tun', 'the tun device (kernel-libipsec needs it)'],
];

async function which(cmd) {
  const r = await run('sh', ['-c', `command -v ${cmd}`]);
  return r.code === 0;
}

/** Returns a list of problems; empty when the lab can run. */
export async function checkPrerequisites() {
  const problems = [];
  if (process.getuid?.() !== 0) problems.push('must run as root (network namespaces, mounts, iptables)');
  for (const [cmd, pkg] of TOOLS) if (!(await which(cmd))) problems.push(`missing command '${cmd}' (package ${pkg})`);
  for (const [file, pkg] of FILES) {
    try {
      accessSync(file, file.startsWith('/dev') ? constants.R_OK : constants.X_OK | constants.R_OK);
    } catch {
      if (!existsSync(file) || !file.endsWith('.so')) problems.push(`missing ${file} (${pkg})`);
    }
  }
  if (problems.length === 0) {
    // Can we create a namespace at all (containers without CAP_SYS_ADMIN cannot)?
    const probe = 'iks-probe';
    await run('ip', ['netns', 'del', probe]);
    const r = await run('ip', ['netns', 'add', probe]);
    if (r.code !== 0) problems.push(`cannot create a network namespace: ${r.stderr.trim()}`);
    else {
      const u = await run('ip', ['netns', 'exec', probe, 'unshare', '-m', 'true']);
      if (u.code !== 0) problems.push(`cannot create a mount namespace: ${u.stderr.trim()}`);
      const t = await run('ip', ['netns', 'exec', probe, 'iptables', '-L', '-n']);
      if (t.code !== 0) problems.push(`iptables does not work in a namespace: ${t.stderr.trim()}`);
      await run('ip', ['netns', 'del', probe]);
    }
  }
  return problems;
}
