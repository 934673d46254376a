// The command echo of a show output (`Router# show crypto session detail`,
// `admin@PA-VM> show vpn ike-sa`, `spoke1#sh cry isak sa`): which output follows, in canonical form.
// Cisco accepts any unique prefix of a keyword, so `sh cry isa sa` is `show crypto isakmp sa`.
// The open-source daemons' status commands (`swanctl --list-sas`, `ipsec statusall`, `ipsec
// whack --trafficstatus` ...) are read by `parseDaemonCommand`: they take no abbreviations.

/** The block families ikescope reads; each has its own line patterns. */
export type Family =
  | 'session'
  | 'isakmp-peer'
  | 'isakmp-sa'
  | 'asa-ike'
  | 'ikev2-sa'
  | 'ipsec-sa'
  | 'sessiondb'
  | 'pan-ike'
  | 'pan-ipsec'
  | 'pan-flow'
  /** strongSwan `swanctl --list-sas` (vici). */
  | 'swanctl-sas'
  /** strongSwan `ipsec status[all]` (stroke). */
  | 'stroke-status'
  /** Libreswan/Openswan `ipsec status` (`ipsec whack --status`). */
  | 'pluto-status'
  /** Libreswan `ipsec trafficstatus` (`ipsec whack --trafficstatus`). */
  | 'pluto-traffic';

interface Grammar {
  words: readonly string[];
  /** Keywords that may follow at that position (for prefix matching); the rest is kept as typed. */
  family: Family;
}

const GRAMMAR: readonly Grammar[] = [
  { words: ['show', 'crypto', 'session'], family: 'session' },
  { words: ['show', 'crypto', 'isakmp', 'peers'], family: 'isakmp-peer' },
  { words: ['show', 'crypto', 'isakmp', 'sa'], family: 'isakmp-sa' },
  { words: ['show', 'crypto', 'ikev1', 'sa'], family: 'asa-ike' },
  { words: ['show', 'crypto', 'ikev2', 'sa'], family: 'ikev2-sa' },
  { words: ['show', 'crypto', 'ipsec', 'sa'], family: 'ipsec-sa' },
  { words: ['show', 'vpn-sessiondb'], family: 'sessiondb' },
  { words: ['show', 'vpn', 'ike-sa'], family: 'pan-ike' },
  { words: ['show', 'vpn', 'ipsec-sa'], family: 'pan-ipsec' },
  { words: ['show', 'vpn', 'flow'], family: 'pan-flow' },
];

/** Optional keywords after the command words that are canonicalised too. */
const OPTIONS = [
  'detail',
  'detailed',
  'brief',
  'anyconnect',
  'l2l',
  'summary',
  'remote',
  'local',
  'peer',
  'tunnel',
  'gateway',
  'tunnel-id',
];

export interface ShowCommand {
  family: Family;
  /** Canonical form: `show crypto isakmp sa`, `show crypto session detail`. */
  command: string;
  /** The `| include ...` filter, when the output was filtered. */
  filter?: string;
}

function expand(word: string, candidates: readonly string[]): string | undefined {
  const w = word.toLowerCase();
  const exact = candidates.find((c) => c === w);
  if (exact) return exact;
  const hits = candidates.filter((c) => c.startsWith(w));
  return hits.length === 1 ? hits[0] : undefined;
}

/**
 * Read a command line (prompt already removed). Abbreviations are taken only when `prompted`
 * (a real CLI echo); a bare line must spell the command out, so prose is not read as a command.
 */
export function parseShowCommand(text: string, prompted: boolean): ShowCommand | undefined {
  let cmd = text.trim();
  let filter: string | undefined;
  const pipe = cmd.indexOf('|');
  if (pipe >= 0) {
    if (!prompted) return undefined;
    filter = cmd.slice(pipe + 1).trim();
    cmd = cmd.slice(0, pipe).trim();
  }
  const toks = cmd.split(/\s+/);
  if (toks.length > 12) return undefined;
  for (const g of GRAMMAR) {
    let ok = true;
    for (let i = 0; i < g.words.length; i++) {
      const tok = toks[i];
      if (tok === undefined) {
        ok = false;
        break;
      }
      // candidates at this position among all grammars sharing the prefix so far
      const cands = GRAMMAR.filter((x) => x.words.slice(0, i).join(' ') === g.words.slice(0, i).join(' '))
        .map((x) => x.words[i])
        .filter((x): x is string => x !== undefined);
      const word = prompted
        ? expand(tok, [...new Set(cands)])
        : tok.toLowerCase() === g.words[i]
          ? g.words[i]
          : undefined;
      // `show crypto isakmp peer` is printed by IOS for `peers` too
      const w = word ?? (g.family === 'isakmp-peer' && i === 3 && /^peer$/i.test(tok) ? 'peers' : undefined);
      if (w !== g.words[i]) {
        ok = false;
        break;
      }
    }
    if (!ok) continue;
    const rest = toks.slice(g.words.length).map((t) => {
      const o = prompted
        ? expand(t, OPTIONS)
        : OPTIONS.includes(t.toLowerCase())
          ? t.toLowerCase()
          : undefined;
      return o ?? t;
    });
    if (!prompted && rest.some((t) => !/^[\w./:@()-]{1,64}$/.test(t))) return undefined;
    const words = g.family === 'isakmp-peer' ? ['show', 'crypto', 'isakmp', 'peer'] : [...g.words];
    const command = [...words, ...rest].join(' ');
    return { family: g.family, command, ...(filter ? { filter } : {}) };
  }
  return undefined;
}

/** The command a family's output comes from when no echo was seen. */
export const DEFAULT_COMMAND: Record<Family, string> = {
  session: 'show crypto session',
  'isakmp-peer': 'show crypto isakmp peer',
  'isakmp-sa': 'show crypto isakmp sa',
  'asa-ike': 'show crypto isakmp sa',
  'ikev2-sa': 'show crypto ikev2 sa',
  'ipsec-sa': 'show crypto ipsec sa',
  sessiondb: 'show vpn-sessiondb detail',
  'pan-ike': 'show vpn ike-sa',
  'pan-ipsec': 'show vpn ipsec-sa',
  'pan-flow': 'show vpn flow',
  'swanctl-sas': 'swanctl --list-sas',
  'stroke-status': 'ipsec status',
  'pluto-status': 'ipsec status',
  'pluto-traffic': 'ipsec trafficstatus',
};

/** Families of the daemons' status outputs (one SA listing each). */
export const DAEMON_FAMILIES: readonly Family[] = [
  'swanctl-sas',
  'stroke-status',
  'pluto-status',
  'pluto-traffic',
];

/**
 * A daemon status command (`sudo` and the shell prompt already allowed by the pattern):
 * `swanctl --list-sas|-l [--ike NAME ...]`, `ipsec status|statusall [NAME]`, `ipsec whack
 * --status|--showstates|--trafficstatus`, `ipsec showstates|trafficstatus`. `ipsec status` is
 * strongSwan's stroke or Libreswan's whack: the family is the stroke one until the output's
 * first line tells (see the parser's `sameOutput`). Options are kept as typed.
 */
export function parseDaemonCommand(text: string, prompted: boolean): ShowCommand | undefined {
  const toks = text.trim().split(/\s+/);
  if (toks[0] === 'sudo') toks.shift();
  if (toks.length > 8) return undefined;
  const [tool, sub, ...rest] = toks;
  // A bare line (no prompt) is a command only when nothing but options follow: prose such as
  // "ipsec status shows ..." is not one.
  if (!prompted && rest.some((t) => !t.startsWith('--'))) return undefined;
  const opts = rest.length ? ` ${rest.join(' ')}` : '';
  if (rest.some((t) => !/^[\w./:@=-]{1,64}$/.test(t))) return undefined;
  if (tool === 'swanctl' && (sub === '--list-sas' || sub === '-l'))
    return { family: 'swanctl-sas', command: `swanctl --list-sas${opts}` };
  if (tool !== 'ipsec' || sub === undefined) return undefined;
  if (sub === 'status' || sub === 'statusall')
    return { family: 'stroke-status', command: `ipsec ${sub}${opts}` };
  if (sub === 'showstates') return { family: 'pluto-status', command: `ipsec showstates${opts}` };
  if (sub === 'trafficstatus') return { family: 'pluto-traffic', command: `ipsec trafficstatus${opts}` };
  if (sub === 'whack') {
    const w = rest[0];
    if (w === '--status' || w === '--showstates')
      return { family: 'pluto-status', command: `ipsec whack ${w}` };
    if (w === '--trafficstatus') return { family: 'pluto-traffic', command: 'ipsec whack --trafficstatus' };
  }
  return undefined;
}
