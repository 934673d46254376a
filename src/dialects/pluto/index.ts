// Libreswan / Openswan pluto (also strongSwan 4.x's IKEv1 pluto, which logs the same way).
// Prefix parsing is in prefix.ts, the state table in states.ts, the patterns in patterns-*.ts
// (XAUTH, MODECFG and address pools in patterns-remote-access.ts).
import { definePatternDialect, type DialectParser, type PatternDialectSpec, type Prefixed } from '../../core/dialect.js';
import type { EventDraft, LogRecord } from '../../core/model.js';
import { commonPatterns } from './patterns-common.js';
import { ikev1Patterns } from './patterns-ikev1.js';
import { ikev2Patterns } from './patterns-ikev2.js';
import { remoteAccessPatterns } from './patterns-remote-access.js';
import { parsePlutoMessage, type PlutoPrefix } from './prefix.js';
import { RecentMap, RecentSet } from '../../core/recent.js';

/** syslog program names pluto logs under. */
export const PLUTO_PROGRAMS: ReadonlySet<string> = new Set(['pluto', 'ipsec__plutorun', 'ipsec_pluto', 'ipsec', 'libreswan', 'openswan']);

// Patterns are exclusive (the contract test checks it), so order only matters for speed: the
// high-volume debug and start-up lines are tried first.
const FIRST = new Set(['debug', 'daemon']);
export const plutoPatterns = [
  ...commonPatterns.filter((p) => FIRST.has(p.id)),
  ...ikev1Patterns,
  ...ikev2Patterns,
  ...remoteAccessPatterns,
  ...commonPatterns.filter((p) => !FIRST.has(p.id)),
];

/** Fields and explanation parameters every event of a line inherits from its prefix. */
export function prefixed(p: PlutoPrefix): Prefixed {
  const base: Partial<EventDraft> = {};
  const vars: Record<string, string | number> = {};
  if (p.conn !== undefined) {
    base.conn = p.conn;
    vars.conn = p.conn;
  }
  if (p.sa) {
    base.sa = p.sa;
    vars.sa = p.sa;
  }
  if (p.remote) {
    base.remote = p.remote;
    if (p.remote.address) vars.peer = p.remote.address;
  }
  return { rest: p.rest, base, vars };
}

function plutoPrefix(record: LogRecord): Prefixed | undefined {
  if (record.program && !PLUTO_PROGRAMS.has(record.program.toLowerCase())) return undefined;
  const p = parsePlutoMessage(record.message, true);
  // Qno's pluto tags its lines; those belong to the qno dialect.
  if (!p || p.rest.startsWith('[Tunnel ')) return undefined;
  return prefixed(p);
}

/**
 * What `ipsec auto --up conn` / `ipsec whack` print: pluto's log lines behind a three-digit
 * result code (`104 "conn" #1: STATE_MAIN_I1: initiate`, `031 ... max number of retransmissions`;
 * Libreswan 4 prints a new state's code as `1v2 `, libreswan/libreswan issue 462),
 * the output users paste most often. The code is taken off with the other leftovers (prefix.ts).
 */
const WHACK_OUTPUT = /^(?:\d{3}|\dv[12]) ["\u201c]/;

/**
 * pluto's own shapes, which no other dialect's lines take: its debug bar, a connection's quoted
 * name, whack's result codes, its program inside a forwarded line. Not `packet from`: a Qno
 * router's lines start so too.
 */
function ownShape(m: string): boolean {
  return (
    m.startsWith('"') ||
    m.startsWith('\u201c') ||
    m.startsWith('| ') ||
    m.startsWith('|]') ||
    WHACK_OUTPUT.test(m) ||
    m.includes(' pluto[')
  );
}

const spec: PatternDialectSpec = {
  id: 'pluto',
  name: 'Libreswan/Openswan pluto',
  vendor: 'Libreswan/Openswan',
  fixFamily: 'libreswan',
  accepts: (r) => {
    if (r.program && PLUTO_PROGRAMS.has(r.program.toLowerCase()) && r.program !== 'ipsec') return true;
    const m = r.message;
    return (
      ownShape(m) ||
      m.startsWith('packet from ') ||
      // Libreswan 4+: a message of an IKE-over-TCP connection (RFC 9329) not yet tied to a state.
      m.startsWith('connection from ') ||
      m.startsWith('ERROR: "') ||
      m.startsWith('WARNING: "') ||
      m.startsWith('Starting Pluto (') ||
      m.startsWith('Initializing NSS') ||
      m.startsWith('NSS DB directory')
    );
  },
  chatter: (r) => ownShape(r.message),
  prefix: plutoPrefix,
  patterns: plutoPatterns,
  ipsecHint: /^(?:"[^"]{1,200}"(?:\[\d{1,10}\])*(?: \S{1,80})? #\d{1,12}: |packet from \S{1,80}: )/,
};

/**
 * Per-input memory of what earlier lines said, stamped on later events that do not say it
 * themselves (pluto logs each fact once, on the line where it happens):
 * - which child state belongs to which IKE/ISAKMP state (`"conn" #2: ... using #1`,
 *   `{using isakmp#1 ...}`) and each state's IKE version;
 * - whether a notify concerns the IKE SA or a child: after an IKE/ISAKMP SA is up, pluto logs the
 *   peer's Quick Mode / child SA notifies under the IKE SA's own state number;
 * - which IKE versions the loaded connections use (`"conn": added IKEv1 connection`): a peer that
 *   finds no connection while speaking the other version, or Aggressive Mode to a host whose
 *   IKEv1 connections are Main Mode (Libreswan's default), points at a version or mode mismatch.
 */
export function linkingParser(inner: DialectParser): DialectParser {
  // pluto numbers its states from #1 up for as long as it runs: what is kept per state is the
  // most recently used (issue 2), so a long-lived IKE SA stays known while its children come and go.
  const parent = new RecentMap<string, string>();
  const version = new RecentMap<string, 1 | 2>();
  const childStates = new RecentSet<string>();
  const establishedIke = new RecentMap<string, true>();
  const loadedVersions = new Set<1 | 2>();
  const reset = (): void => {
    parent.clear();
    version.clear();
    childStates.clear();
    establishedIke.clear();
    loadedVersions.clear();
  };
  const remember = (e: EventDraft, extra: EventDraft[]): void => {
    if (e.kind === 'config.loaded' && e.ikeVersion) loadedVersions.add(e.ikeVersion);
    if (e.sa) {
      if (e.parentSa && e.parentSa !== e.sa) parent.set(e.sa, e.parentSa);
      else if (!e.parentSa) {
        const p = parent.get(e.sa);
        if (p !== undefined) e.parentSa = p;
      }
      if (e.ikeVersion) version.set(e.sa, e.ikeVersion);
      else {
        const v = version.get(e.sa) ?? (e.parentSa ? version.get(e.parentSa) : undefined);
        if (v) e.ikeVersion = v;
      }
      if (e.parentSa || e.kind.startsWith('child.') || e.exchange === 'QUICK_MODE' || e.exchange === 'CREATE_CHILD_SA') {
        if (establishedIke.get(e.sa) === undefined) childStates.add(e.sa);
      }
      // A quick-mode or Child SA state is part of its IKE SA's attempt, not an attempt of its own.
      if (childStates.has(e.sa)) e.childState = true;
      if (e.kind === 'ike.established') establishedIke.set(e.sa, true);
      if ((e.kind === 'notify.received' || e.kind === 'notify.sent') && !e.scope) {
        // get, not has: looking an IKE SA up keeps it among the most recently used.
        const ikeUp =
          establishedIke.get(e.sa) === true || (e.parentSa !== undefined && establishedIke.get(e.parentSa) === true);
        e.scope = childStates.has(e.sa) || ikeUp ? 'child' : 'ike';
        if (e.scope === 'child' && e.ikeVersion === 1 && !e.exchange) e.exchange = 'QUICK_MODE';
      }
    }
    if (e.kind === 'peer.not-configured' && loadedVersions.size > 0) {
      const got = e.ikeVersion;
      if (got && !loadedVersions.has(got)) {
        extra.push({
          ...pick(e),
          kind: 'version.mismatch',
          ikeVersion: got,
          details: { expected: `IKEv${got === 1 ? 2 : 1}`, got: `IKEv${got}`, via: 'no connection for this version' },
        });
      } else if (got === 1 && e.mode === 'aggressive' && e.details?.byId !== true) {
        extra.push({
          ...pick(e),
          kind: 'mode.mismatch',
          ikeVersion: 1,
          details: { expected: 'main', got: 'aggressive', certainty: 'possible' },
        });
      }
    }
  };
  return {
    parse(record) {
      const results = inner.parse(record);
      for (const r of results) {
        if (r.pattern === 'starting') reset(); // state numbers start again with a new pluto
        const extra: EventDraft[] = [];
        for (const e of r.events) remember(e, extra);
        r.events.push(...extra);
      }
      return results;
    },
  };
}

/** The identifying fields of an event, for an event derived from it. */
function pick(e: EventDraft): Partial<EventDraft> {
  const out: Partial<EventDraft> = {};
  if (e.conn !== undefined) out.conn = e.conn;
  if (e.sa) out.sa = e.sa;
  if (e.remote) out.remote = e.remote;
  if (e.local) out.local = e.local;
  if (e.role) out.role = e.role;
  return out;
}

const dialect = definePatternDialect(spec);

export const pluto = {
  ...dialect,
  createParser: (): DialectParser => linkingParser(dialect.createParser()),
};
