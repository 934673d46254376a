// Read a whole text through the show parser alone (tests, golden cases, and callers that want
// the inventory of a pasted show output without the full analysis).
import type { InventoryEntry } from '../../core/inventory.js';
import { ShowParser } from './parser.js';

export interface ShowRead {
  /** Line number → pattern id, for every line the parser recognised. */
  recognised: Map<number, string>;
  entries: InventoryEntry[];
}

export function readShowText(path: string, text: string): ShowRead {
  const p = new ShowParser();
  const recognised = new Map<number, string>();
  const entries: InventoryEntry[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    for (const r of p.parse({ path, line: i + 1, text: line, message: line })) {
      recognised.set(i + 1, r.pattern);
      if (r.inventory) entries.push(...r.inventory);
    }
  });
  for (const r of p.flush()) if (r.inventory) entries.push(...r.inventory);
  return { recognised, entries };
}
