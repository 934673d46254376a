// The lab's real daemon configurations (lab/corpus/<scenario>/{left,right}.*): every one parses,
// secrets stay masked, and the two sides' policies differ exactly where the scenario injected its
// fault, as its truth.json description tells (a `v2-ike-dh-*` scenario differs in the DH groups,
// a TS scenario in the selectors ...), and nowhere else.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ChildProposal, IkeProposal, TunnelPolicy } from '../../core/policy.js';
import { detectOss } from './formats.js';
import { idKey, type SwanConfig, type SwanTunnel } from './common.js';

const CORPUS = 'lab/corpus';
const CONFIG_FILE = /^(?:left|right)\.(?:swanctl\.conf|ipsec\.conf|ipsec\.secrets|strongswan\.conf)$/;

function scenarios(): string[] {
  if (!existsSync(CORPUS)) return [];
  return readdirSync(CORPUS)
    .filter((d) => existsSync(join(CORPUS, d, 'truth.json')))
    .sort();
}

function parseFile(path: string): SwanConfig {
  const text = readFileSync(path, 'utf8');
  const f = detectOss(text);
  assert.ok(f, `${path}: not detected as a configuration`);
  return f.parse(path, text);
}

/** The side's tunnel policy (swanctl.conf or ipsec.conf), if the side has a daemon configuration. */
function sidePolicy(dir: string, side: 'left' | 'right'): SwanTunnel | undefined {
  for (const name of [`${side}.swanctl.conf`, `${side}.ipsec.conf`]) {
    const p = join(dir, name);
    if (!existsSync(p)) continue;
    const cfg = parseFile(p);
    assert.equal(cfg.tunnels.length, 1, `${p}: one tunnel`);
    return cfg.tunnels[0];
  }
  return undefined;
}

const inter = <T>(a: readonly T[], b: readonly T[]) => a.filter((x) => b.includes(x));
const all = <K extends string>(ps: readonly Record<K, unknown>[], k: K) => [...new Set(ps.flatMap((p) => p[k] as string[]))];
const aead = (enc: string[]) => enc.length > 0 && enc.every((e) => /gcm|ccm|chacha/.test(e));
const base = (e: string) => e.replace(/-\d{3}$/, '');

function proposalDiffs(prefix: string, a: (IkeProposal | ChildProposal)[], b: (IkeProposal | ChildProposal)[]): string[] {
  const out: string[] = [];
  const ae = all(a, 'encryption');
  const be = all(b, 'encryption');
  if (inter(ae, be).length === 0) out.push(inter(ae.map(base), be.map(base)).length ? `${prefix}:key_length` : `${prefix}:encryption`);
  if (!aead(ae) && !aead(be) && inter(all(a, 'integrity'), all(b, 'integrity')).length === 0) out.push(`${prefix}:integrity`);
  if (prefix === 'ike') {
    const ap = all(a as IkeProposal[], 'prf');
    const bp = all(b as IkeProposal[], 'prf');
    if (inter(ap, bp).length === 0) out.push('ike:prf');
  }
  const ad = [...new Set(a.flatMap((p) => p.dhGroups))];
  const bd = [...new Set(b.flatMap((p) => p.dhGroups))];
  if (prefix === 'ike' && inter(ad, bd).length === 0) out.push('ike:dh_group');
  if (prefix === 'child' && (ad.length === 0) !== (bd.length === 0)) out.push('pfs');
  if (prefix === 'child' && ad.length && bd.length && inter(ad, bd).length === 0) out.push('pfs');
  // extended sequence numbers: a proposal that names one setting accepts only it
  const esn = (ps: (IkeProposal | ChildProposal)[]) => [...new Set(ps.map((p) => ('esn' in p ? p.esn : undefined)))];
  const ae2 = esn(a);
  const be2 = esn(b);
  if (prefix === 'child' && !ae2.includes(undefined) && !be2.includes(undefined) && inter(ae2, be2).length === 0)
    out.push('child:esn');
  return out;
}

const wild = (x: string | undefined) => x === undefined || /^%any|^0\.0\.0\.0$|^%$/.test(x);

/** Where two ends' policies disagree. */
function differences(a: SwanTunnel, b: SwanTunnel): Set<string> {
  const d = new Set<string>();
  const both = <T>(x: { value: T } | undefined, y: { value: T } | undefined) => x !== undefined && y !== undefined;
  if (both(a.ikeVersion, b.ikeVersion) && a.ikeVersion!.value !== b.ikeVersion!.value) d.add('version');
  const v1 = a.ikeVersion?.value === 1 || b.ikeVersion?.value === 1;
  if (v1 && both(a.mode, b.mode) && a.mode!.value !== b.mode!.value) d.add('ikeMode');
  if (a.ikeProposals && b.ikeProposals) for (const x of proposalDiffs('ike', a.ikeProposals.value, b.ikeProposals.value)) d.add(x);
  if (a.childProposals && b.childProposals) for (const x of proposalDiffs('child', a.childProposals.value, b.childProposals.value)) d.add(x);
  if (both(a.childMode, b.childMode) && a.childMode!.value !== b.childMode!.value) d.add('childMode');
  if (a.selectors && b.selectors) {
    const mirror = new Set(b.selectors.value.map((t) => `${t.remote}|${t.local}`));
    const ok = a.selectors.value.length === b.selectors.value.length && a.selectors.value.every((t) => mirror.has(`${t.local}|${t.remote}`));
    if (!ok) d.add('selectors');
  }
  for (const [x, y] of [
    [a, b],
    [b, a],
  ] as const) {
    if (x.localId && y.remoteId && !wild(y.remoteId.value) && idKey(x.localId.value) !== idKey(y.remoteId.value)) d.add('ids');
    if (y.peer && x.localAddress && !wild(y.peer.value) && y.peer.value !== x.localAddress.value) d.add('peer');
    const wants = y.swan.remoteAuth?.value ?? y.auth?.value;
    if (x.auth && wants && x.auth.value !== wants) d.add('auth');
  }
  const diffVal = (x: { value: unknown } | undefined, y: { value: unknown } | undefined) =>
    (x === undefined) !== (y === undefined) || (x !== undefined && JSON.stringify(x.value) !== JSON.stringify(y!.value));
  if (diffVal(a.ikeLifetimeSeconds, b.ikeLifetimeSeconds) || diffVal(a.childLifetimeSeconds, b.childLifetimeSeconds)) d.add('lifetime');
  if (diffVal(a.dpd, b.dpd)) d.add('dpd');
  return d;
}

/** What the scenario's description says was injected: differences required, and those allowed. */
function expected(description: string): { required: string[]; allowed: string[] } {
  const req: string[] = [];
  const allowed: string[] = [];
  const t = description;
  if (/version mismatch/i.test(t)) req.push('version');
  if (/mode mismatch/i.test(t) && /Aggressive/.test(t)) req.push('ikeMode');
  if (/encapsulation mode mismatch|transport mode/i.test(t)) req.push('childMode');
  if (/(?:IKE|Main Mode) proposal mismatch/i.test(t)) {
    if (/DH group/.test(t)) req.push('ike:dh_group');
    else if (/key length/.test(t)) req.push('ike:key_length');
    else if (/encryption/.test(t)) req.push('ike:encryption');
    else if (/in the PRF/.test(t)) req.push('ike:prf');
    else if (/in the (?:integrity|hash)/.test(t)) req.push('ike:integrity');
    // IKEv1 has one hash: it is the PRF as well
    if (/in the hash/.test(t)) allowed.push('ike:prf');
  }
  if (/CHILD SA (?:\(ESP\) )?proposal mismatch|Quick Mode proposal mismatch/i.test(t)) req.push('child:*');
  if (/\bPFS\b/.test(t)) req.push('pfs');
  if (/\bTS\b|Quick Mode IDs/.test(t)) req.push('selectors');
  if (/identity mismatch/i.test(t)) req.push('ids');
  if (/no connection for the initiator/i.test(t)) req.push('peer');
  if (/rekey|reauth|lifetime/i.test(t)) allowed.push('lifetime');
  if (/\bDPD\b/.test(t)) allowed.push('dpd');
  return { required: req, allowed };
}

const SCENARIOS = scenarios();

void test('the lab corpus is there', () => {
  assert.ok(SCENARIOS.length >= 60, `lab corpus scenarios: ${SCENARIOS.length}`);
});

void test('every lab configuration parses, detected as its own format, nothing unparsed, no secret in the output', () => {
  for (const sc of SCENARIOS) {
    const dir = join(CORPUS, sc);
    for (const f of readdirSync(dir).filter((n) => CONFIG_FILE.test(n))) {
      const path = join(dir, f);
      const text = readFileSync(path, 'utf8');
      const cfg = parseFile(path);
      const want = f.endsWith('.ipsec.conf') ? 'libreswan-ipsec.conf' : f.endsWith('.ipsec.secrets') ? 'ipsec-secrets' : 'strongswan-swanctl';
      assert.equal(cfg.format, want, path);
      assert.deepEqual(cfg.unparsed, [], `${path}: unparsed lines`);
      const json = JSON.stringify(cfg);
      // every quoted secret of the file (PSK, EAP password) must be gone
      for (const m of text.matchAll(/(?:secret\s*=\s*|PSK\s+)"([^"]{4,})"/g)) assert.ok(!json.includes(m[1]!), `${path}: secret ${m[1]} leaked`);
      if (/secret\s*=|: PSK/.test(text)) assert.ok(cfg.secretsMasked > 0, `${path}: secrets counted`);
    }
  }
});

void test('each scenario: the two sides differ where the fault was injected, and nowhere else', () => {
  const problems: string[] = [];
  let compared = 0;
  for (const sc of SCENARIOS) {
    const dir = join(CORPUS, sc);
    const truth = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8')) as { description: string };
    const left = sidePolicy(dir, 'left');
    const right = sidePolicy(dir, 'right');
    if (!left || !right) continue;
    compared++;
    const diff = differences(left, right);
    const { required, allowed } = expected(truth.description);
    for (const r of required) {
      const ok = r.endsWith(':*') ? [...diff].some((x) => x.startsWith(r.slice(0, -1))) : diff.has(r);
      if (!ok) problems.push(`${sc}: expected a difference in ${r}, found [${[...diff].join(', ')}]`);
    }
    for (const x of diff) {
      const ok = required.some((r) => (r.endsWith(':*') ? x.startsWith(r.slice(0, -1)) : r === x)) || allowed.includes(x);
      if (!ok) problems.push(`${sc}: unexpected difference in ${x} (${truth.description})`);
    }
    // a PSK fault cannot show in the configuration (the key is masked): both ends must at least have one
    if (/PSK/.test(truth.description) && left.auth?.value === 'psk') {
      if (left.pskPresent?.value !== true || right.pskPresent?.value !== true) problems.push(`${sc}: pskPresent on both ends`);
    }
  }
  assert.ok(compared >= 50, `scenarios compared: ${compared}`);
  assert.deepEqual(problems, []);
});

void test('values carry their configuration line', () => {
  const dir = join(CORPUS, 'v2-ike-dh-sw-ls');
  if (!existsSync(dir)) return;
  const l = sidePolicy(dir, 'left')!;
  const r = sidePolicy(dir, 'right')!;
  const at = (t: TunnelPolicy, k: keyof TunnelPolicy) => {
    const v = t[k] as { src?: { line: number; text: string } } | undefined;
    return v?.src ? `${v.src.line}:${v.src.text.trim()}` : undefined;
  };
  assert.equal(at(l, 'ikeProposals'), '7:proposals = aes256-sha256-modp2048');
  assert.equal(at(r, 'ikeProposals'), '20:ike=aes256-sha2_256;dh19');
  assert.deepEqual(l.ikeProposals?.value[0]?.dhGroups, [14]);
  assert.deepEqual(r.ikeProposals?.value[0]?.dhGroups, [19]);
  assert.equal(r.pskPresent?.src?.path, join(dir, 'right.ipsec.secrets'));
  assert.equal(r.pskPresent?.src?.text, '@right.example @left.example : PSK "********"');
});
