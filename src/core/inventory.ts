// SA inventory parsed from `show` outputs (IOS `show crypto session`, ASA `show vpn-sessiondb`,
// PAN-OS `show vpn ike-sa` ...). PLACEHOLDER shape: owned and extended by the show-output work.
import type { SourceLine } from './model.js';

export interface InventoryEntry {
  /** Which command's block this came from, e.g. `show crypto session detail`. */
  command: string;
  kind: string;
  source: SourceLine;
  origin?: string;
  fields: Record<string, string | number | boolean | undefined>;
}

export interface InventoryFinding {
  code: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
  vars: Record<string, string | number>;
  evidence: SourceLine[];
}

export interface Inventory {
  entries: InventoryEntry[];
  findings: InventoryFinding[];
}

export function buildInventory(entries: InventoryEntry[]): Inventory {
  return { entries, findings: [] };
}
