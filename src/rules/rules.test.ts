// Every rule runs its own examples through the whole pipeline: the `fire` logs must produce the
// rule's code, the `silent` logs must not. Catalog entries for every code exist in every language.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../analyze.js';
import { ALL_CODES } from '../core/rule.js';
import { catalog, LANGS, useAllLangs } from '../i18n/index.js';
import { RULES } from './index.js';

// Catalogs other than English load on demand: these tests read all four.
await useAllLangs();

const NOW = new Date('2026-11-24T12:00:00Z');

async function codesFor(log: string, tunnel?: string): Promise<string[]> {
  const r = await analyzeText([{ path: 'example.log', data: log }], { now: NOW });
  return r.tunnels
    .filter((t) => !tunnel || t.name === tunnel || t.remote.address === tunnel)
    .flatMap((t) => t.diagnoses.map((d) => d.code));
}

for (const rule of RULES) {
  test(`rule ${rule.code}: examples`, async () => {
    assert.ok(rule.examples.fire.length > 0, 'needs at least one example that fires');
    assert.ok(rule.examples.silent.length > 0, 'needs at least one example that stays silent');
    for (const ex of rule.examples.fire) {
      const codes = await codesFor(ex.log, ex.tunnel);
      assert.ok(
        codes.includes(rule.code),
        `"${ex.name}" should fire ${rule.code}, got [${codes.join(', ')}]`,
      );
    }
    for (const ex of rule.examples.silent) {
      const codes = await codesFor(ex.log, ex.tunnel);
      assert.ok(
        !codes.includes(rule.code),
        `"${ex.name}" should not fire ${rule.code}, got [${codes.join(', ')}]`,
      );
    }
  });
}

test('every code has a rule or is produced by the engine', () => {
  const ruled = new Set(RULES.map((r) => r.code));
  for (const c of ALL_CODES) if (c !== 'INCONCLUSIVE') assert.ok(ruled.has(c), `no rule for ${c}`);
});

test('every code has a title, a description, a generic fix and its reasoning in every language', () => {
  const missing: string[] = [];
  const en = catalog('en');
  for (const lang of LANGS) {
    const cat = catalog(lang);
    for (const c of ALL_CODES) {
      for (const k of [`code.${c}.title`, `code.${c}.description`, `fix.${c}.generic`])
        if (!(k in cat)) missing.push(`${lang}:${k}`);
      for (const k of Object.keys(en))
        if ((k.startsWith(`why.${c}.`) || k.startsWith(`fix.${c}.`)) && !(k in cat))
          missing.push(`${lang}:${k}`);
    }
  }
  assert.deepEqual(missing, []);
});

test('IKE_PROPOSAL_MISMATCH says who refused: the peer with its notify, or this side', async () => {
  const peer = await analyzeText(
    [
      {
        path: 'moon.log',
        data: `Nov 24 10:00:00 moon charon: 10[IKE] <home|1> initiating IKE_SA home[1] to 192.0.2.2
Nov 24 10:00:00 moon charon: 10[ENC] <home|1> parsed IKE_SA_INIT response 0 [ N(NO_PROP) ]
Nov 24 10:00:00 moon charon: 10[IKE] <home|1> received NO_PROPOSAL_CHOSEN notify error`,
      },
    ],
    { now: NOW },
  );
  const v = peer.tunnels[0]!.diagnoses[0]!;
  assert.equal(v.code, 'IKE_PROPOSAL_MISMATCH');
  assert.match(v.explanation, /The peer answered our first IKE message with NO_PROPOSAL_CHOSEN/);
  assert.ok(v.confidence < 0.7, 'the peer may also have no connection for us');
  const own = await analyzeText(
    [
      {
        path: 'sun.log',
        data: `Nov 24 10:00:00 sun charon: 07[IKE] <1> 192.0.2.1 is initiating an IKE_SA
Nov 24 10:00:00 sun charon: 07[CFG] <1> received proposals: IKE:3DES_CBC/HMAC_MD5_96/PRF_HMAC_MD5/MODP_1024
Nov 24 10:00:00 sun charon: 07[IKE] <1> no acceptable proposal found
Nov 24 10:00:00 sun charon: 07[IKE] <1> received proposals unacceptable`,
      },
    ],
    { now: NOW },
  );
  const w = own.tunnels[0]!.diagnoses[0]!;
  assert.equal(w.code, 'IKE_PROPOSAL_MISMATCH');
  assert.match(w.explanation, /This side found none of the peer’s IKE proposals acceptable/);
});

test('IKEv2: a child SA refused in the IKE_AUTH response whose identity this side then rejects is not the verdict', async () => {
  const head = `Nov 24 16:08:57 16[IKE] <lab|1> initiating IKE_SA lab[1] to 198.51.100.2
Nov 24 16:08:57 16[ENC] <lab|1> generating IKE_AUTH request 1 [ IDi N(INIT_CONTACT) IDr AUTH SA TSi TSr N(EAP_ONLY) N(MSG_ID_SYN_SUP) ]
Nov 24 16:08:57 12[ENC] <lab|1> parsed IKE_AUTH response 1 [ IDr AUTH N(TS_UNACCEPT) ]
Nov 24 16:08:57 12[IKE] <lab|1> authentication of 'other.example' with pre-shared key successful`;
  const rejected = `${head}
Nov 24 16:08:57 12[CFG] <lab|1> constraint check failed: identity 'right.example' required 
Nov 24 16:08:57 12[CFG] <lab|1> selected peer config 'lab' unacceptable: constraint checking failed
Nov 24 16:08:57 12[ENC] <lab|1> generating INFORMATIONAL request 2 [ N(AUTH_FAILED) ]`;
  // The IKE SA fails on the identity whatever the child's fate: fix the identity first.
  const both = await codesFor(rejected);
  assert.equal(both[0], 'ID_MISMATCH');
  assert.ok(both.includes('TS_MISMATCH'), `the refused selectors stay among the causes: ${both.join(', ')}`);
  // The same refusal with an identity this side accepts is the verdict.
  const accepted = await codesFor(`${head}
Nov 24 16:08:57 12[IKE] <lab|1> IKE_SA lab[1] established between 192.0.2.1[left.example]...198.51.100.2[other.example]
Nov 24 16:08:57 12[IKE] <lab|1> received TS_UNACCEPTABLE notify, no CHILD_SA built`);
  assert.equal(accepted[0], 'TS_MISMATCH');
});

test('NAT_T_BLOCKED from both ends: the responder file read second does not put its NAT detection after the initiator timeout', async () => {
  const r = await analyzeText(
    [
      {
        path: 'left.log',
        data: `Nov 24 16:10:52 05[IKE] <lab|1> initiating IKE_SA lab[1] to 198.51.100.2
Nov 24 16:10:52 05[NET] <lab|1> sending packet: from 192.0.2.1[500] to 198.51.100.2[500] (464 bytes)
Nov 24 16:10:52 07[NET] <lab|1> received packet: from 198.51.100.2[500] to 192.0.2.1[500] (472 bytes)
Nov 24 16:10:52 07[ENC] <lab|1> parsed IKE_SA_INIT response 0 [ SA KE No N(NATD_S_IP) N(NATD_D_IP) N(FRAG_SUP) N(HASH_ALG) N(CHDLESS_SUP) N(MULT_AUTH) ]
Nov 24 16:10:52 07[IKE] <lab|1> local host is behind NAT, sending keep alives
Nov 24 16:10:52 07[ENC] <lab|1> generating IKE_AUTH request 1 [ IDi N(INIT_CONTACT) IDr AUTH SA TSi TSr N(MULT_AUTH) N(EAP_ONLY) N(MSG_ID_SYN_SUP) ]
Nov 24 16:10:52 07[NET] <lab|1> sending packet: from 192.0.2.1[4500] to 198.51.100.2[4500] (272 bytes)
Nov 24 16:10:53 13[IKE] <lab|1> retransmit 1 of request with message ID 1
Nov 24 16:10:56 14[IKE] <lab|1> giving up after 2 retransmits
Nov 24 16:10:56 14[IKE] <lab|1> establishing IKE_SA failed, peer not responding
`,
      },
      {
        path: 'right.log',
        data: `Nov 24 16:10:52 13[NET] <1> received packet: from 198.51.100.254[500] to 198.51.100.2[500] (464 bytes)
Nov 24 16:10:52 13[ENC] <1> parsed IKE_SA_INIT request 0 [ SA KE No N(NATD_S_IP) N(NATD_D_IP) N(FRAG_SUP) N(HASH_ALG) N(REDIR_SUP) ]
Nov 24 16:10:52 13[IKE] <1> 198.51.100.254 is initiating an IKE_SA
Nov 24 16:10:52 13[IKE] <1> remote host is behind NAT
Nov 24 16:10:52 13[ENC] <1> generating IKE_SA_INIT response 0 [ SA KE No N(NATD_S_IP) N(NATD_D_IP) N(FRAG_SUP) N(HASH_ALG) N(CHDLESS_SUP) N(MULT_AUTH) ]
Nov 24 16:10:52 13[NET] <1> sending packet: from 198.51.100.2[500] to 198.51.100.254[500] (472 bytes)
`,
      },
    ],
    { now: NOW },
  );
  const merged = r.tunnels.filter((t) => t.diagnoses.some((d) => d.code !== 'INCONCLUSIVE'));
  assert.equal(r.tunnels.length, 1, 'the two ends are one tunnel');
  assert.equal(merged[0]?.diagnoses[0]?.code, 'NAT_T_BLOCKED');
});
