#!/usr/bin/env bash
# Installs the packages the lab needs on Debian 12 (see lab/README.md).
# Debian's libreswan conflicts with strongswan-charon/-libcharon, so those two (and the
# extra plugins that carry kernel-libipsec) are downloaded and unpacked beside libreswan
# instead of installed through apt.
set -euo pipefail

if [ "$(id -u)" != 0 ]; then
  echo "lab/install.sh: must run as root" >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
apt-get update
apt-get install -y --no-install-recommends \
  libreswan strongswan-swanctl libstrongswan-standard-plugins strongswan-pki \
  tcpdump iproute2 iptables iputils-ping

work=$(mktemp -d)
# (apt-get may warn that the download runs "unsandboxed as root"; that is harmless here)
trap 'rm -rf "$work"' EXIT
(
  cd "$work"
  apt-get download strongswan-charon strongswan-libcharon libcharon-extra-plugins
  for deb in ./*.deb; do
    dpkg-deb -x "$deb" /
  done
)
ldconfig

missing=0
for f in /usr/lib/ipsec/charon /usr/libexec/ipsec/pluto /usr/sbin/swanctl /usr/bin/pki /usr/bin/tcpdump /usr/sbin/iptables \
  /usr/lib/ipsec/plugins/libstrongswan-kernel-libipsec.so; do
  if [ -e "$f" ]; then echo "ok: $f"; else echo "missing: $f" >&2; missing=1; fi
done
exit "$missing"
