// The rows of one show-output block as they are read line by line: the current entry, its
// current flow (IPsec SA pair / child SA) and its current IKE SA, plus values a block carries
// from one entry to the next (IOS prints `interface:` once for many SAs).
import type {
  InventoryEntry,
  InventoryFlow,
  InventoryIkeSa,
  InventoryKind,
  InventoryVendor,
} from '../../core/inventory.js';
import type { SourceLine } from '../../core/model.js';
import type { Family } from './command.js';

const KIND: Record<Family, InventoryKind> = {
  session: 'crypto-session',
  'isakmp-peer': 'ike-peer',
  'isakmp-sa': 'ike-sa',
  'asa-ike': 'ike-sa',
  'ikev2-sa': 'ike-sa',
  'ipsec-sa': 'ipsec-sa',
  sessiondb: 'vpn-session',
  'pan-ike': 'ike-sa',
  'pan-ipsec': 'ipsec-sa',
  'pan-flow': 'tunnel',
  'swanctl-sas': 'ike-sa',
  'stroke-status': 'ike-sa',
  'pluto-status': 'connection',
  'pluto-traffic': 'ipsec-sa',
};

type Noted = { lines: SourceLine[]; at: Record<string, number> };

export class Block {
  private readonly done: InventoryEntry[] = [];
  entry: InventoryEntry | undefined;
  flow: InventoryFlow | undefined;
  ike: InventoryIkeSa | undefined;
  /** Values carried across entries and parse state (current table, SA direction ...). */
  ctx: Record<string, string | undefined> = {};
  /** Pattern id of the last line read into this block. */
  lastPattern: string;

  constructor(
    readonly family: Family,
    readonly command: string,
    public vendor: InventoryVendor,
    firstPattern: string,
  ) {
    this.lastPattern = firstPattern;
  }

  get defaultKind(): InventoryKind {
    return KIND[this.family];
  }

  /** Fix the vendor once a line tells (IOS `current_peer X port 500` vs ASA `current_peer: X`). */
  setVendor(v: InventoryVendor): void {
    this.vendor = v;
    if (this.entry && this.entry.vendor !== v) this.entry.vendor = v;
  }

  startEntry(src: SourceLine, kind: InventoryKind = this.defaultKind): InventoryEntry {
    this.closeEntry();
    const e: InventoryEntry = {
      command: this.command,
      kind,
      vendor: this.vendor,
      source: src,
      ike: [],
      flows: [],
      lines: [],
      at: {},
      fields: {},
    };
    this.entry = e;
    return e;
  }

  /**
   * The row of this block that `pick` chooses, open or finished (Libreswan prints a connection's
   * states after the whole connection list; strongSwan's stroke lists connections before SAs).
   */
  findEntry(pick: (e: InventoryEntry) => boolean): InventoryEntry | undefined {
    if (this.entry && pick(this.entry)) return this.entry;
    for (let i = this.done.length - 1; i >= 0; i--) if (pick(this.done[i]!)) return this.done[i];
    return undefined;
  }

  needEntry(src: SourceLine, kind?: InventoryKind): InventoryEntry {
    return this.entry ?? this.startEntry(src, kind);
  }

  startFlow(src: SourceLine): InventoryFlow {
    const e = this.needEntry(src);
    const f: InventoryFlow = { lines: [], at: {} };
    e.flows.push(f);
    this.flow = f;
    return f;
  }

  needFlow(src: SourceLine): InventoryFlow {
    return this.flow ?? this.startFlow(src);
  }

  startIke(src: SourceLine): InventoryIkeSa {
    const e = this.needEntry(src);
    const s: InventoryIkeSa = { lines: [], at: {} };
    e.ike.push(s);
    this.ike = s;
    return s;
  }

  needIke(src: SourceLine): InventoryIkeSa {
    return this.ike ?? this.startIke(src);
  }

  /** Record that `src` printed `fields` of `target` (evidence for findings). */
  note(target: Noted, src: SourceLine, ...fields: string[]): void {
    const last = target.lines[target.lines.length - 1];
    if (!last || last.line !== src.line || last.path !== src.path) target.lines.push(src);
    for (const f of fields) target.at[f] = src.line;
  }

  /** Note a line on the innermost open object (flow, else IKE SA, else entry). */
  noteHere(src: SourceLine, ...fields: string[]): void {
    const t: Noted | undefined = this.flow ?? this.ike ?? this.entry;
    if (t) this.note(t, src, ...fields);
  }

  closeEntry(): void {
    const e = this.entry;
    this.entry = undefined;
    this.flow = undefined;
    this.ike = undefined;
    if (!e) return;
    if (e.vendor === 'cisco' && this.vendor !== 'cisco') e.vendor = this.vendor;
    // A lone header line (`Interface: X` with nothing after it) is no row.
    const empty =
      !e.ike.length &&
      !e.flows.length &&
      !e.peer &&
      !e.name &&
      !e.status &&
      Object.keys(e.fields).length === 0;
    if (empty) return;
    if (e.lines.length === 0 || e.lines[0]!.line !== e.source.line) {
      const all = [...e.lines, ...e.flows.flatMap((f) => f.lines), ...e.ike.flatMap((s) => s.lines)];
      const first = all.reduce<SourceLine | undefined>((a, b) => (!a || b.line < a.line ? b : a), undefined);
      if (first) e.source = first;
    }
    this.done.push(e);
  }

  finish(): InventoryEntry[] {
    this.closeEntry();
    return this.done;
  }
}
