#!/bin/sh
# Starts one daemon in a private mount namespace (run inside `ip netns exec NS unshare -m`):
# its own /run, its own /dev with the few device nodes a daemon needs plus a /dev/log that is
# the lab's syslog socket, and the side's configuration bind-mounted over the standard paths.
#   jail.sh SYSLOG_SOCKET [SRC=DST ...] -- DAEMON [ARGS...]
# Nothing here touches the host's file systems: every mount lives and dies with the namespace.
set -eu
sock=$1
shift

mount --make-rprivate /
mount -t tmpfs -o mode=755 lab-run /run
mkdir /run/hostdev
mount --bind /dev /run/hostdev
mount -t tmpfs -o mode=755 lab-dev /dev
for n in null zero full random urandom tty; do
  : > "/dev/$n"
  mount --bind "/run/hostdev/$n" "/dev/$n"
done
mkdir /dev/net /dev/shm /dev/pts
: > /dev/net/tun
mount --bind /run/hostdev/net/tun /dev/net/tun
mount -t tmpfs -o mode=1777 lab-shm /dev/shm
ln -s /proc/self/fd /dev/fd
ln -s /proc/self/fd/0 /dev/stdin
ln -s /proc/self/fd/1 /dev/stdout
ln -s /proc/self/fd/2 /dev/stderr
umount /run/hostdev
rmdir /run/hostdev
: > /dev/log
mount --bind "$sock" /dev/log
mkdir -p /run/pluto

while [ "$#" -gt 0 ] && [ "$1" != "--" ]; do
  mount --bind "${1%%=*}" "${1#*=}"
  shift
done
shift
exec "$@"
