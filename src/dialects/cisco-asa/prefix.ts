// The ASA / FTD message prefixes.
//
//  - The syslog tag `%ASA-5-713119:` (also `%FTD-`, `%PIX-`, and `%ASA-auth-4-113004:` with a
//    logging class), anywhere in the line so that a syslog envelope left in place does no harm.
//  - `debug crypto ikev1` prints the same texts without a tag: `[IKEv1]`, `[IKEv1 DEBUG]`.
//  - After the tag, the IKEv1 messages (713xxx, 714xxx, 715xxx) start with the tunnel group and
//    the peer: `Group = 77.88.99.100, IP = 77.88.99.100, PHASE 1 COMPLETED` (`Username = ` in
//    between for remote access, `IP = ` alone before the tunnel group is known).
//  - The IKEv2 messages (750xxx, 751xxx) start with both endpoints:
//    `Local:10.1.1.180:4500 Remote:10.2.66.123:53256 Username:anonyms IKEv2 ...`.
// Source: Cisco Secure Firewall ASA Series Syslog Messages, "Messages 701001 to 714011" and
// "Messages 722001 to 776020"; sample lines in the patterns files.
import type { Prefixed } from '../../core/dialect.js';
import type { EventDraft, LogRecord } from '../../core/model.js';
import { ep, hostPort } from '../cisco-ios/cisco-common.js';

const TAG = /^%(?:ASA|FTD|PIX)-(?:[a-z]{1,12}-)?(?<sev>[0-7])-(?<id>\d{6}):? ?/;
const GROUP_IP =
  /^Group = (?<group>[^,]{0,128}), (?:Username = (?<user>[^,]{0,128}), )?IP = (?<ip>[^\s,]{1,64}),? ?/;
const IP_ONLY = /^IP = (?<ip>[^\s,]{1,64}),? ?/;
const GROUP_ONLY = /^Group = (?<group>[^,]{1,128}),? ?/;
const LOCAL_REMOTE =
  /^Local: ?(?<local>\S{1,80}) {1,2}Remote: ?(?<remote>\S{1,80}) {1,2}Username: ?(?<user>\S{0,128})(?: (?<ver>IKEv[12]))? ?/;

/** Where a Cisco ASA/FTD tag starts, or -1. */
export function tagIndex(msg: string): number {
  let best = -1;
  for (const t of ['%ASA-', '%FTD-', '%PIX-']) {
    const i = msg.indexOf(t);
    if (i >= 0 && (best < 0 || i < best)) best = i;
  }
  return best;
}

/** Lines owned by the cisco-ikev2 dialect (ASA's `debug crypto ikev2` protocol/platform output). */
export function isIkev2Debug(msg: string): boolean {
  return msg.includes('IKEv2-PROTO-') || msg.includes('IKEv2-PLAT-');
}

export function asaPrefix(record: LogRecord): Prefixed | undefined {
  const msg = record.message;
  if (isIkev2Debug(msg)) return undefined;
  const vars: Record<string, string | number> = {};
  const base: Partial<EventDraft> = {};
  let rest: string;
  let id = '';
  const at = tagIndex(msg);
  if (at >= 0) {
    const m = TAG.exec(msg.slice(at, at + 48));
    if (!m?.groups) return undefined;
    id = m.groups.id ?? '';
    vars.msgid = id;
    vars.severity = Number(m.groups.sev);
    rest = msg.slice(at + m[0].length);
  } else {
    // `[IKEv1]`, `[IKEv1 DEBUG]`, `[IKEv1 DECODE]` after an optional time stamp.
    const j = msg.indexOf('[IKEv1');
    if (j < 0 || j > 64) return undefined;
    const close = msg.indexOf(']', j);
    if (close < 0 || close - j > 16) return undefined;
    vars.msgid = 'debug';
    base.ikeVersion = 1;
    rest = msg.slice(close + 1);
  }
  rest = rest.trimStart();
  let m = GROUP_IP.exec(rest);
  if (m?.groups) {
    const g = m.groups;
    if (g.group) {
      vars.group = g.group.trim();
      base.conn = g.group.trim();
    }
    if (g.user) vars.user = g.user;
    vars.ip = g.ip ?? '';
    base.remote = ep(g.ip);
    rest = rest.slice(m[0].length);
  } else if ((m = IP_ONLY.exec(rest))?.groups) {
    vars.ip = m.groups.ip ?? '';
    base.remote = ep(m.groups.ip);
    rest = rest.slice(m[0].length);
  } else if ((m = GROUP_ONLY.exec(rest))?.groups) {
    vars.group = (m.groups.group ?? '').trim();
    base.conn = vars.group;
    rest = rest.slice(m[0].length);
  } else if ((m = LOCAL_REMOTE.exec(rest))?.groups) {
    const g = m.groups;
    base.local = hostPort(g.local);
    base.remote = hostPort(g.remote);
    vars.local = g.local ?? '';
    vars.remote = g.remote ?? '';
    vars.user = g.user ?? '';
    base.ikeVersion = g.ver === 'IKEv1' ? 1 : 2;
    rest = rest.slice(m[0].length);
  }
  if (/^71[345]\d{3}$/.test(id)) base.ikeVersion = 1;
  else if (/^75[01]\d{3}$/.test(id)) base.ikeVersion = 2;
  rest = rest.trimEnd();
  if (!rest) return undefined;
  return { rest, base, vars };
}
