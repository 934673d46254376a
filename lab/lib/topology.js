// The lab network: three namespaces joined by veth pairs, nothing connected to the host.
//
//   iks-left                     iks-mid (router, NAT on demand)          iks-right
//   lan0 203.0.113.1/26          to-left  192.0.2.254/24                  lan0 203.0.113.129/26
//   wan0 192.0.2.1/24  <──────>  to-right 198.51.100.254/24  <──────>    wan0 198.51.100.2/24
//
// Only the two documentation /24s are routed, and only between these namespaces: no
// namespace has a default route and none has a link to the host, so no packet can leave.
// lan0 is one end of a second veth pair whose peer stays in the same namespace: the kernel
// here has no `dummy` link type, and the host only needs an address inside its traffic selector.
import { run, must } from './sh.js';

export const NS_PREFIX = 'iks-';
export const NS = { left: 'iks-left', mid: 'iks-mid', right: 'iks-right' };

export const ADDR = {
  left: { wan: '192.0.2.1', lan: '203.0.113.1', lanNet: '203.0.113.0/26' },
  right: { wan: '198.51.100.2', lan: '203.0.113.129', lanNet: '203.0.113.128/26' },
  midLeft: '192.0.2.254',
  midRight: '198.51.100.254',
};

/** The same lab over IPv6 (`node lab/run.js --ipv6`): documentation prefixes of RFC 3849. */
export const ADDR6 = {
  left: { wan: '2001:db8:1::1', lan: '2001:db8:a::1', lanNet: '2001:db8:a::/64' },
  right: { wan: '2001:db8:2::2', lan: '2001:db8:b::1', lanNet: '2001:db8:b::/64' },
  midLeft: '2001:db8:1::fe',
  midRight: '2001:db8:2::fe',
};

/** Each lab IPv4 address or prefix → the IPv6 one that stands in for it with `--ipv6`. */
export const TO_V6 = new Map([
  [ADDR.left.wan, ADDR6.left.wan],
  [ADDR.left.lan, ADDR6.left.lan],
  [ADDR.left.lanNet, ADDR6.left.lanNet],
  [ADDR.right.wan, ADDR6.right.wan],
  [ADDR.right.lan, ADDR6.right.lan],
  [ADDR.right.lanNet, ADDR6.right.lanNet],
  // The traffic selectors scenarios set themselves (narrower, wider, disjoint).
  ['203.0.113.128/27', '2001:db8:b::/65'],
  ['203.0.113.128/25', '2001:db8:b::/63'],
  ['203.0.113.64/26', '2001:db8:c::/64'],
  ['203.0.113.192/26', '2001:db8:d::/64'],
]);

const ipn = (ns, ...args) => must('ip', ['-n', ns, ...args]);

/** Runs a command inside a namespace. */
export const inNs = (ns, cmd, args, opts) => run('ip', ['netns', 'exec', ns, cmd, ...args], opts);
export const mustInNs = (ns, cmd, args, opts) => must('ip', ['netns', 'exec', ns, cmd, ...args], opts);

/** Removes every namespace a previous (possibly crashed) lab run left, and the processes in it. */
export async function removeLeftovers() {
  const list = await run('ip', ['netns', 'list']);
  const names = list.stdout
    .split('\n')
    .map((l) => l.split(' ')[0] ?? '')
    .filter((n) => n.startsWith(NS_PREFIX));
  for (const ns of names) await removeNamespace(ns);
  return names;
}

export async function removeNamespace(ns) {
  // Processes in a lab namespace are the lab's own daemons and captures.
  const pids = await run('ip', ['netns', 'pids', ns]);
  for (const pid of pids.stdout.split('\n').map((s) => Number(s.trim())).filter((n) => n > 1)) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  }
  await run('ip', ['netns', 'del', ns]);
}

export async function teardown() {
  for (const ns of Object.values(NS)) await removeNamespace(ns);
}

/**
 * Builds the three namespaces. `nat` makes the router masquerade the left side; `ipv6` adds the
 * ADDR6 addresses and routes beside the IPv4 ones (no NAT for IPv6).
 */
export async function setup({ nat = false, ipv6 = false } = {}) {
  for (const ns of Object.values(NS)) {
    await must('ip', ['netns', 'add', ns]);
    await ipn(ns, 'link', 'set', 'lo', 'up');
  }
  await ipn(NS.left, 'link', 'add', 'wan0', 'type', 'veth', 'peer', 'name', 'to-left', 'netns', NS.mid);
  await ipn(NS.right, 'link', 'add', 'wan0', 'type', 'veth', 'peer', 'name', 'to-right', 'netns', NS.mid);
  for (const side of ['left', 'right']) {
    const ns = NS[side];
    const a = ADDR[side];
    await ipn(ns, 'link', 'add', 'lan0', 'type', 'veth', 'peer', 'name', 'lan0p');
    await ipn(ns, 'addr', 'add', `${a.wan}/24`, 'dev', 'wan0');
    await ipn(ns, 'addr', 'add', `${a.lan}/26`, 'dev', 'lan0');
    for (const dev of ['wan0', 'lan0', 'lan0p']) await ipn(ns, 'link', 'set', dev, 'up');
  }
  await ipn(NS.mid, 'addr', 'add', `${ADDR.midLeft}/24`, 'dev', 'to-left');
  await ipn(NS.mid, 'addr', 'add', `${ADDR.midRight}/24`, 'dev', 'to-right');
  await ipn(NS.mid, 'link', 'set', 'to-left', 'up');
  await ipn(NS.mid, 'link', 'set', 'to-right', 'up');
  await mustInNs(NS.mid, 'sysctl', ['-q', '-w', 'net.ipv4.ip_forward=1']);
  await ipn(NS.left, 'route', 'add', '198.51.100.0/24', 'via', ADDR.midLeft);
  if (nat) {
    // The right side does not know the left's network: it only ever sees the router's address.
    await mustInNs(NS.mid, 'iptables', ['-t', 'nat', '-A', 'POSTROUTING', '-o', 'to-right', '-s', '192.0.2.0/24', '-j', 'MASQUERADE']);
  } else {
    await ipn(NS.right, 'route', 'add', '192.0.2.0/24', 'via', ADDR.midRight);
  }
  if (ipv6) await setupIpv6();
}

async function setupIpv6() {
  // nodad: the addresses are usable at once (no duplicate address detection to wait for).
  for (const side of ['left', 'right']) {
    const a = ADDR6[side];
    await ipn(NS[side], '-6', 'addr', 'add', `${a.wan}/64`, 'dev', 'wan0', 'nodad');
    await ipn(NS[side], '-6', 'addr', 'add', `${a.lan}/64`, 'dev', 'lan0', 'nodad');
  }
  await ipn(NS.mid, '-6', 'addr', 'add', `${ADDR6.midLeft}/64`, 'dev', 'to-left', 'nodad');
  await ipn(NS.mid, '-6', 'addr', 'add', `${ADDR6.midRight}/64`, 'dev', 'to-right', 'nodad');
  await mustInNs(NS.mid, 'sysctl', ['-q', '-w', 'net.ipv6.conf.all.forwarding=1']);
  await ipn(NS.left, '-6', 'route', 'add', '2001:db8:2::/64', 'via', ADDR6.midLeft);
  await ipn(NS.right, '-6', 'route', 'add', '2001:db8:1::/64', 'via', ADDR6.midRight);
}

/** Applies iptables rules ({ ns: 'left'|'mid'|'right', rule: [...] }); ip6tables with `ipv6`. */
export async function applyFirewall(rules = [], { ipv6 = false } = {}) {
  for (const r of rules) await mustInNs(NS[r.ns], ipv6 ? 'ip6tables' : 'iptables', r.rule);
}
