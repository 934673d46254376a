// How an address and port are written in every report: `192.0.2.1:500`, and for IPv6 the
// bracketed form of RFC 3986 section 3.2.2 / RFC 5952 section 6, `[2001:db8::1]:500`, so that the
// port cannot be read as the address's last group.

/** `address:port`, `[v6 address]:port`, or the address alone when the port is not known. */
export function hostPort(address: string, port: number | undefined): string {
  if (!port) return address;
  return address.includes(':') ? `[${address}]:${port}` : `${address}:${port}`;
}
