#!/usr/bin/env bash
# Live smoke test of the lab: runs three scenarios with the real daemons and checks that both
# sides wrote their logs and that the logs carry the expected established / failure lines.
# Skips (exit 0, "SKIP: ...") when the machine cannot run the lab: not root, no network
# namespaces, daemons not installed. Every step has a time limit; namespaces are removed.
set -u

here=$(cd "$(dirname "$0")" && pwd)
skip() {
  echo "lab/live-smoke: SKIP: $*"
  exit 0
}

[ "$(id -u)" = 0 ] || skip "needs root (network namespaces, mounts, iptables)"
command -v ip >/dev/null 2>&1 || skip "iproute2 (ip) is not installed"
command -v node >/dev/null 2>&1 || skip "node is not installed"
if ! ip netns add iks-smoke-probe >/dev/null 2>&1; then
  skip "cannot create network namespaces here"
fi
ip netns del iks-smoke-probe
for f in /usr/lib/ipsec/charon /usr/libexec/ipsec/pluto /usr/sbin/swanctl /usr/bin/tcpdump; do
  [ -x "$f" ] || skip "$f is missing (install with lab/install.sh)"
done

out=$(mktemp -d /tmp/ikescope-smoke.XXXXXX)
cleanup() {
  for ns in $(ip netns list 2>/dev/null | awk '$1 ~ /^iks-/ { print $1 }'); do
    for pid in $(ip netns pids "$ns" 2>/dev/null); do kill -KILL "$pid" 2>/dev/null; done
    ip netns del "$ns" 2>/dev/null
  done
  rm -rf "$out"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

scenarios="v2-ok-sw-sw v2-psk-sw-ls v2-unreach-nodaemon-sw"
# run.js stops and cleans up on SIGINT; the hard kill is the last resort.
timeout --signal=INT --kill-after=20 240 node "$here/run.js" --out "$out" $scenarios
rc=$?
if [ "$rc" != 0 ]; then
  echo "lab/live-smoke: FAIL: lab run exited with $rc"
  exit 1
fi

fail=0
expect() { # SCENARIO FILE PATTERN
  local file="$out/$1/$2"
  if [ ! -s "$file" ]; then
    echo "lab/live-smoke: FAIL: $1/$2 missing or empty"
    fail=1
  elif ! grep -Eq "$3" "$file"; then
    echo "lab/live-smoke: FAIL: $1/$2 has no line matching /$3/"
    fail=1
  else
    echo "lab/live-smoke: ok   $1/$2 ~ /$3/"
  fi
}

expect v2-ok-sw-sw left.log 'CHILD_SA net\{1\} established'
expect v2-ok-sw-sw right.log 'IKE_SA lab\[1\] established'
expect v2-ok-sw-sw left.syslog '^[A-Z][a-z]{2} [ 0-9][0-9] [0-9:]{8} gw-left charon\[[0-9]+\]: '
expect v2-ok-sw-sw capture.pcap '.'
expect v2-psk-sw-ls left.log 'received AUTHENTICATION_FAILED notify error'
expect v2-psk-sw-ls right.log 'authentication failed'
expect v2-psk-sw-ls right.syslog 'gw-right pluto\[[0-9]+\]: '
expect v2-unreach-nodaemon-sw left.log 'giving up after [0-9]+ retransmits'
expect v2-unreach-nodaemon-sw truth.json '"expected": "PEER_UNREACHABLE"'

if [ "$fail" = 0 ]; then echo "lab/live-smoke: PASS"; fi
exit "$fail"
