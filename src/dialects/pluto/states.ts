// pluto state names and state "stories", mapped onto the event model.
//
// IKEv1 names are the same in every version (STATE_MAIN_I1 ... STATE_QUICK_R2); a state names
// the last message the end sent or received, so role and message number follow from it
// (RFC 2409 §5: main mode has six messages, aggressive mode three, quick mode three).
// IKEv2 names changed: Openswan/Libreswan 3.x STATE_PARENT_I1..I3/R1..R2, STATE_V2_IPSEC_I/R;
// Libreswan 4.x STATE_V2_PARENT_I1.., STATE_V2_ESTABLISHED_IKE_SA/_CHILD_SA; Libreswan 5.x
// IKE_SA_INIT_I, IKE_AUTH_I, ESTABLISHED_IKE_SA ...
// Sources: libreswan programs/pluto/ikev1_states.c, ikev2_states.c (v3.32, v4.x, v5.x),
// Openswan lib/libpluto/pluto_constants.c (state_story).
import type { ExchangeName } from '../../core/ike-tables.js';
import type { EventDraft, IkeVersion, Role } from '../../core/model.js';

export interface StateInfo {
  state: string;
  ikeVersion?: IkeVersion;
  role?: Role;
  mode?: 'main' | 'aggressive';
  exchange?: ExchangeName;
  msgNo?: number;
  /** Whether the state belongs to the IKE SA or to a child (quick mode / CHILD_SA). */
  scope: 'ike' | 'child' | 'other';
  /** The SA is up once this state is reached. */
  established?: boolean;
}

const V1 = /^(?:STATE_)?(MAIN|AGGR|QUICK)_([IR])(\d)$/;
const V2_PARENT = /^(?:STATE_)?(?:V2_)?PARENT_([IR])(\d)$/;
const V2_EXCHANGE = /^(?:STATE_)?(?:V2_)?(IKE_SA_INIT|IKE_INTERMEDIATE|IKE_AUTH|IKE_AUTH_EAP|IKE_SESSION_RESUME)_([IR])\d?$/;

/** Classify a pluto state name (`STATE_MAIN_I3`, `STATE_V2_PARENT_I2`, `IKE_AUTH_I` ...). */
export function classifyState(name: string): StateInfo {
  const info: StateInfo = { state: name, scope: 'other' };
  const v1 = V1.exec(name);
  if (v1) {
    const kind = v1[1]!;
    const role: Role = v1[2] === 'I' ? 'initiator' : 'responder';
    const n = Number(v1[3]);
    info.ikeVersion = 1;
    info.role = role;
    if (kind === 'MAIN') {
      info.mode = 'main';
      info.exchange = 'MAIN_MODE';
      info.scope = 'ike';
      // I1 sent msg 1, R1 sent msg 2, I2 sent 3, R2 sent 4, I3 sent 5, R3 sent 6, I4 got 6.
      info.msgNo = role === 'initiator' ? Math.min(2 * n - 1, 6) : n === 0 ? 1 : 2 * n;
      info.established = (role === 'initiator' && n >= 4) || (role === 'responder' && n >= 3);
    } else if (kind === 'AGGR') {
      info.mode = 'aggressive';
      info.exchange = 'AGGRESSIVE_MODE';
      info.scope = 'ike';
      info.msgNo = role === 'initiator' ? (n >= 2 ? 3 : 1) : n === 0 ? 1 : n === 1 ? 2 : 3;
      info.established = n >= 2;
    } else {
      info.exchange = 'QUICK_MODE';
      info.scope = 'child';
      info.msgNo = role === 'initiator' ? (n >= 2 ? 3 : 1) : n === 0 ? 1 : n === 1 ? 2 : 3;
      info.established = n >= 2;
    }
    return info;
  }
  const p = V2_PARENT.exec(name);
  if (p) {
    const role: Role = p[1] === 'I' ? 'initiator' : 'responder';
    const n = Number(p[2]);
    info.ikeVersion = 2;
    info.role = role;
    info.scope = 'ike';
    if (role === 'initiator') {
      info.exchange = n >= 2 ? 'IKE_AUTH' : 'IKE_SA_INIT';
      info.established = n >= 3;
    } else {
      info.exchange = n >= 2 ? 'IKE_AUTH' : 'IKE_SA_INIT';
      info.established = n >= 2;
    }
    return info;
  }
  const x = V2_EXCHANGE.exec(name);
  if (x) {
    info.ikeVersion = 2;
    info.role = x[2] === 'I' ? 'initiator' : 'responder';
    info.scope = 'ike';
    const ex = x[1]!;
    info.exchange = ex === 'IKE_AUTH_EAP' ? 'IKE_AUTH' : (ex as ExchangeName);
    return info;
  }
  if (/ESTABLISHED_IKE_SA$/.test(name)) {
    return { ...info, ikeVersion: 2, scope: 'ike', established: true };
  }
  if (/ESTABLISHED_CHILD_SA$|V2_IPSEC_[IR]$/.test(name)) {
    return { ...info, ikeVersion: 2, scope: 'child', established: true };
  }
  if (/REKEY_IKE/.test(name)) return { ...info, ikeVersion: 2, scope: 'ike', exchange: 'CREATE_CHILD_SA' };
  if (/NEW_CHILD|V2_CREATE|REKEY_CHILD|CHILDSA/.test(name)) {
    const r = /_([IR])\d?$/.exec(name);
    const out: StateInfo = { ...info, ikeVersion: 2, scope: 'child', exchange: 'CREATE_CHILD_SA' };
    if (r) out.role = r[1] === 'I' ? 'initiator' : 'responder';
    return out;
  }
  if (/IKESA_DEL|IKE_SA_DELETE/.test(name)) return { ...info, ikeVersion: 2, scope: 'ike' };
  if (/^(?:STATE_)?(?:XAUTH|MODE_CFG|INFO)/.test(name)) return { ...info, ikeVersion: 1, scope: 'ike' };
  return info;
}

/** Event fields a state implies (never overriding what a pattern sets itself). */
export function stateFields(s: StateInfo): Partial<EventDraft> {
  const f: Partial<EventDraft> = { state: s.state };
  if (s.ikeVersion) f.ikeVersion = s.ikeVersion;
  if (s.role) f.role = s.role;
  if (s.mode) f.mode = s.mode;
  if (s.exchange) f.exchange = s.exchange;
  if (s.msgNo !== undefined) f.msgNo = s.msgNo;
  return f;
}

/**
 * Libreswan 4.x/5.x log the story of the new state without its name. Each story, with the state
 * it belongs to (libreswan programs/pluto/ikev1_states.c, ikev2_states.c).
 */
export const STORY_STATES: Readonly<Record<string, string>> = {
  'sent Main Mode request': 'STATE_MAIN_I1',
  'sent Main Mode R1': 'STATE_MAIN_R1',
  'sent Main Mode I2': 'STATE_MAIN_I2',
  'sent Main Mode R2': 'STATE_MAIN_R2',
  'sent Main Mode I3': 'STATE_MAIN_I3',
  'sent Aggressive Mode request': 'STATE_AGGR_I1',
  'sent Aggressive Mode response, expecting confirmation': 'STATE_AGGR_R1',
  'sent Quick Mode request': 'STATE_QUICK_I1',
  'sent Quick Mode reply, inbound IPsec SA installed, expecting confirmation': 'STATE_QUICK_R1',
  'sent IKE_SA_INIT request': 'STATE_V2_PARENT_I1',
  'sent IKE_SA_INIT reply': 'STATE_V2_PARENT_R1',
  'sent IKE_SA_INIT response': 'STATE_V2_PARENT_R1',
  'sent IKE_SA_INIT (or IKE_INTERMEDIATE) response': 'STATE_V2_PARENT_R1',
  'sent IKE_AUTH request': 'STATE_V2_PARENT_I2',
  'sent EAP request': 'STATE_V2_PARENT_R_EAP',
  'sent CREATE_CHILD_SA request for new IPsec SA': 'STATE_V2_NEW_CHILD_I1',
  'sent CREATE_CHILD_SA request to rekey IPsec SA': 'STATE_V2_REKEY_CHILD_I1',
  'sent CREATE_CHILD_SA request to rekey IKE SA': 'STATE_V2_REKEY_IKE_I1',
  'sent IPsec Child req wait response': 'STATE_V2_CREATE_I',
};

/** Openswan / Libreswan 3.x stories that follow a state name (`STATE_MAIN_I2: sent MI2, expecting MR2`). */
export const V1_STORY = /^(?:sent [AMQ][IR]\d, (?:expecting [AMQ][IR]\d|(?:ISAKMP|IPsec) SA established)|expecting [AMQ]I1|sent QR1, inbound IPsec SA installed, expecting QI2|initiate)\b/;
