import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EventDraft } from '../../core/model.js';
import { analyzeText } from '../../analyze.js';
import en from '../../i18n/en/aws.js';
import ja from '../../i18n/ja/aws.js';
import { checkCases, claims, contractProblems, record, registerCatalogs, withDialect } from '../fortigate/testkit.js';
import { assertFixes, assertLinear } from '../cloud-common/testing.js';
import { epochMs, findJson } from '../cloud-common/json.js';
import { sonicwall } from '../sonicwall/index.js';
import { azure } from '../azure/index.js';
import { gcp } from '../gcp/index.js';
import { aws } from './index.js';
import { readAws } from './prefix.js';

registerCatalogs(en, ja);
const ALL = withDialect(sonicwall, aws, azure, gcp);
const NOW = new Date('2026-11-24T12:00:00Z');

function events(lines: string[], path = 'tunnel.log'): EventDraft[] {
  const p = aws.createParser();
  return lines.flatMap((l, i) => p.parse({ ...record(l, i + 1), path }).flatMap((r) => r.events));
}

const rec = (details: string, p1 = 'established', p2 = 'established', more = ''): string =>
  `{"event_timestamp":1671550234,"details":${JSON.stringify(details)},"dpd_enabled":true,"nat_t_detected":false,"ike_phase1_state":"${p1}","ike_phase2_state":"${p2}"${more}}`;

void test('contract: samples, one pattern each, no other dialect claims them, explanations', () => {
  assert.deepEqual(contractProblems(aws, ALL, en, ja), []);
});

void test('every AWS fix exists in English and Japanese', () => assertFixes('aws', en, ja));

void test('record forms: JSON, stream-prefixed, filter-log-events event, Insights CSV, key=value, bare details', () => {
  const j = readAws(rec('AWS tunnel is sending DPD request'));
  assert.equal(j?.details, 'AWS tunnel is sending DPD request');
  assert.equal(j?.time, 1671550234000);
  assert.equal(j?.phase2, 'established');
  const s = readAws(`2022-12-20T15:30:34.000Z vpn-0abc12345678def01-203.0.113.10 ${rec('AWS tunnel is sending DPD request')}`);
  assert.equal(s?.tunnel, 'vpn-0abc12345678def01-203.0.113.10');
  assert.equal(s?.outsideIp, '203.0.113.10');
  const ev = readAws(JSON.stringify({ logStreamName: 'vpn-0abc12345678def01-203.0.113.10', timestamp: 1671550234123, message: rec('No Proposal Match Found by AWS', 'negotiating', 'down') }));
  assert.equal(ev?.details, 'No Proposal Match Found by AWS');
  assert.equal(ev?.tunnel, 'vpn-0abc12345678def01-203.0.113.10');
  const csv = readAws(`2022-12-20 15:30:34.000,"${rec('AWS tunnel DPD timed out after 3 retransmits', 'down', 'down').replace(/"/g, '""')}",vpn-0abc12345678def01-203.0.113.10`);
  assert.equal(csv?.details, 'AWS tunnel DPD timed out after 3 retransmits');
  assert.equal(csv?.tunnel, 'vpn-0abc12345678def01-203.0.113.10');
  const kv = readAws('event_timestamp=1671550234 details="AWS tunnel detected a pre-shared key mismatch with cgw: 198.51.100.1" ike_phase1_state=negotiating ike_phase2_state=down');
  assert.equal(kv?.phase1, 'negotiating');
  assert.equal(readAws('AWS tunnel received DELETE for IKE_SA from CGW')?.details, 'AWS tunnel received DELETE for IKE_SA from CGW');
  assert.equal(readAws('{"hello":"world"}'), undefined);
  assert.equal(epochMs('2025-11-08 05:40:29.641Z'), Date.UTC(2025, 10, 8, 5, 40, 29, 641));
});

void test('documented messages become the events the rules read; state changes become up/down', () => {
  const ev = events([
    rec('AWS tunnel processed request (id=0) for IKE_SA_INIT', 'negotiating', 'down'),
    rec('AWS tunnel is sending response (id=1) for IKE_AUTH', 'established', 'established'),
    rec('AWS tunnel detected a pre-shared key mismatch with cgw: 198.51.100.10', 'negotiating', 'down'),
    rec('AWS tunnel DPD timed out after 3 retransmits', 'down', 'down'),
  ]);
  const kinds = ev.map((e) => e.kind);
  assert.ok(kinds.includes('ike.respond'));
  assert.ok(kinds.includes('ike.established'));
  assert.ok(kinds.includes('tunnel.up'));
  assert.ok(kinds.includes('tunnel.down'));
  const psk = ev.find((e) => e.kind === 'psk.mismatch');
  assert.equal(psk?.remote?.address, '198.51.100.10');
  assert.equal(psk?.conn, 'tunnel');
  const dpd = ev.find((e) => e.kind === 'dpd.dead');
  assert.equal(dpd?.count, 3);
  assert.equal(dpd?.remote?.address, '198.51.100.10', 'the customer gateway named earlier is kept');
  const np = events([rec('No Proposal Match Found. Notifying with "No proposal chosen"', 'established', 'negotiating')]);
  assert.equal(np[0]?.scope, 'child', 'phase 1 up: the proposal failure is the child SA’s');
});

void test('hostile JSON never crashes and is not claimed', () => {
  const hostile = [
    '{"details":{"toString":"x"},"ike_phase1_state":["a"]}',
    '{"__proto__":{"details":"AWS tunnel"},"event_timestamp":"NaN"}',
    '{"details":"AWS tunnel' + 'x'.repeat(70000) + '"}',
    '{' + '"a":{'.repeat(5000) + '}'.repeat(5000),
    '{"details":null,"event_timestamp":1e400,"ike_phase1_state":1}',
    '{"message":"{\\"message\\":\\"{}\\"}"}',
  ];
  const p = aws.createParser();
  for (const h of hostile) assert.doesNotThrow(() => p.parse(record(h)));
  assert.equal(findJson('{' + '"a":{'.repeat(5000) + '}'.repeat(5000)), undefined);
});

void test('adversarial 64 KiB lines finish quickly and never throw', () => {
  assertLinear(aws, ['{"details":"AWS tunnel ', '2022-12-20T15:30:34.000Z vpn-0abc12345678def01-203.0.113.10 ', 'details="', 'AWS tunnel detected a pre-shared key mismatch with cgw: ']);
});

void test('lines of other products are not claimed', () => {
  for (const f of [
    'Nov 24 10:00:00 moon charon: 10[IKE] <home|1> initiating IKE_SA home[1] to 192.0.2.2',
    '{"time":"2024-03-01T10:00:00Z","category":"IKEDiagnosticLog","properties":{"message":"[SEND] x"}}',
    '{"level":"info","msg":"details of the request"}',
  ])
    assert.equal(claims(aws, record(f)), false, f);
});

void test('golden cases', async () => {
  await checkCases('src/dialects/aws/cases', ALL);
});

void test('two-sided: the AWS tunnel log and the customer gateway’s strongSwan log merge into one tunnel', async () => {
  const awsLog = [
    `2026-03-01T10:00:00.000000+00:00 vpn-0f2a4c6e8b1d3f5a7-203.0.113.10 ${rec('AWS tunnel processed request (id=0) for IKE_SA_INIT', 'negotiating', 'down')}`,
    `2026-03-01T10:00:00.120000+00:00 vpn-0f2a4c6e8b1d3f5a7-203.0.113.10 ${rec('AWS tunnel is sending response (id=0) for IKE_SA_INIT', 'negotiating', 'down')}`,
    `2026-03-01T10:00:01.050000+00:00 vpn-0f2a4c6e8b1d3f5a7-203.0.113.10 ${rec('AWS tunnel processed request (id=1) for IKE_AUTH', 'established', 'negotiating')}`,
    `2026-03-01T10:00:01.200000+00:00 vpn-0f2a4c6e8b1d3f5a7-203.0.113.10 ${rec('AWS tunnel is sending response (id=1) for IKE_AUTH', 'established', 'established')}`,
  ].join('\n');
  const cgwLog = [
    'Mar  1 10:00:00 cgw charon: 12[IKE] <aws-tunnel1|1> initiating IKE_SA aws-tunnel1[1] to 203.0.113.10',
    'Mar  1 10:00:00 cgw charon: 12[ENC] <aws-tunnel1|1> generating IKE_SA_INIT request 0 [ SA KE No N(NATD_S_IP) N(NATD_D_IP) N(FRAG_SUP) N(HASH_ALG) N(REDIR_SUP) ]',
    'Mar  1 10:00:00 cgw charon: 12[NET] <aws-tunnel1|1> sending packet: from 198.51.100.10[500] to 203.0.113.10[500] (464 bytes)',
    'Mar  1 10:00:00 cgw charon: 06[NET] <aws-tunnel1|1> received packet: from 203.0.113.10[500] to 198.51.100.10[500] (472 bytes)',
    'Mar  1 10:00:00 cgw charon: 06[ENC] <aws-tunnel1|1> parsed IKE_SA_INIT response 0 [ SA KE No N(NATD_S_IP) N(NATD_D_IP) N(FRAG_SUP) N(HASH_ALG) N(CHDLESS_SUP) N(MULT_AUTH) ]',
    'Mar  1 10:00:01 cgw charon: 07[IKE] <aws-tunnel1|1> IKE_SA aws-tunnel1[1] established between 198.51.100.10[198.51.100.10]...203.0.113.10[203.0.113.10]',
    'Mar  1 10:00:01 cgw charon: 07[IKE] <aws-tunnel1|1> CHILD_SA aws-tunnel1{1} established with SPIs c1a5e1b2_i c8b2f3a4_o and TS 10.1.0.0/16 === 172.31.0.0/16',
  ].join('\n');
  const r = await analyzeText(
    [
      { path: 'aws-vpn-tunnel1.log', data: awsLog },
      { path: 'cgw-charon.log', data: cgwLog },
    ],
    { now: NOW, dialects: ALL },
  );
  assert.equal(r.tunnels.length, 1, r.tunnels.map((t) => t.name).join(', '));
  const t = r.tunnels[0];
  assert.equal(t?.diagnoses[0]?.code, 'ESTABLISHED');
  assert.equal(t?.remote.address, '203.0.113.10');
});
