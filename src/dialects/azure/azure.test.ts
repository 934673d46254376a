import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EventDraft } from '../../core/model.js';
import en from '../../i18n/en/azure.js';
import ja from '../../i18n/ja/azure.js';
import { checkCases, claims, contractProblems, record, registerCatalogs, withDialect } from '../fortigate/testkit.js';
import { assertFixes, assertLinear } from '../cloud-common/testing.js';
import { sonicwall } from '../sonicwall/index.js';
import { aws } from '../aws/index.js';
import { gcp } from '../gcp/index.js';
import { azure } from './index.js';
import { readAzure, splitMessage } from './prefix.js';

registerCatalogs(en, ja);
const ALL = withDialect(sonicwall, aws, azure, gcp);

function events(lines: string[]): EventDraft[] {
  const p = azure.createParser();
  return lines.flatMap((l, i) => p.parse(record(l, i + 1)).flatMap((r) => r.events));
}

const rec = (msg: string): string =>
  JSON.stringify({
    time: '2024-03-01T10:00:00.0000000Z',
    category: 'IKEDiagnosticLog',
    operationName: 'IKELogEvent',
    properties: { message: `SESSION_ID :{8b0e1c6a-3f2d-4c55-9e1a-2b7f5d3c9a10} Remote 198.51.100.20:500: Local 20.51.10.4:500: ${msg}` },
  });

void test('contract: samples, one pattern each, no other dialect claims them, explanations', () => {
  assert.deepEqual(contractProblems(azure, ALL, en, ja), []);
});

void test('every Azure fix exists in English and Japanese', () => assertFixes('azure', en, ja));

void test('message layout: session, remote, local, marker; record time', () => {
  const l = splitMessage('SESSION_ID :{8B0E1C6A-3f2d-4c55-9e1a-2b7f5d3c9a10} Remote 124.x.x.x:500: Local 20.51.10.4:4500: [SEND] Sending IKE_SA_INIT request');
  assert.equal(l?.session, '8b0e1c6a-3f2d-4c55-9e1a-2b7f5d3c9a10');
  assert.deepEqual(l?.remote, { address: '124.x.x.x', port: 500 });
  assert.deepEqual(l?.local, { address: '20.51.10.4', port: 4500 });
  assert.equal(l?.body, '[SEND] Sending IKE_SA_INIT request');
  assert.equal(readAzure(rec('[LOCAL] IKE SA established'))?.time, Date.UTC(2024, 2, 1, 10, 0, 0));
  // Log Analytics CSV row and a row copied from the query result
  const csv = readAzure('"3/1/2026, 5:00:00.100 PM","SESSION_ID :{be6f7081-92a3-44b5-8a5b-6c7d8e9fa0b1} Remote 198.51.100.80:500: Local 20.51.10.4:500: [SEND] Sending ""quoted"" text",Informational');
  assert.equal(csv?.body, '[SEND] Sending "quoted" text');
  const tsv = readAzure('2026-03-01T17:00:00Z\t198.51.100.80\t20.51.10.4\t[RECEIVED] Received IKE_AUTH request\tInformational');
  assert.equal(tsv?.body.startsWith('[RECEIVED] Received IKE_AUTH request'), true);
});

void test('keywords become the events the rules read', () => {
  const ev = events([
    rec('[SEND] Sending Notify Message - Policy Mismatch'),
    rec('[RECEIVED] Received notify AUTHENTICATION_FAILED'),
    rec('[RECEIVED] Received traffic selectors unacceptable - TS_UNACCEPTABLE'),
    rec('[LOCAL] DPD timed out. Peer is dead'),
    rec('[RECEIVED] Received delete request for IKE SA'),
  ]);
  const k = ev.map((e) => `${e.kind}${e.notify ? `:${e.notify}` : ''}`);
  assert.deepEqual(k, [
    'proposal.none',
    'notify.sent:NO_PROPOSAL_CHOSEN',
    'notify.received:AUTHENTICATION_FAILED',
    'notify.received:TS_UNACCEPTABLE',
    'ts.mismatch',
    'dpd.dead',
    'ike.deleted',
  ]);
  assert.equal(ev.find((e) => e.kind === 'ike.deleted')?.byPeer, true);
  assert.ok(ev.every((e) => e.remote?.address === '198.51.100.20'));
  const ts = events([rec('[LOCAL] Received Traffic Selector payload request- [Tsid 0x1d ]Number of TSIs 1: StartAddress 10.20.0.0 EndAddress 10.20.255.255 PortStart 0 PortEnd 65535 Protocol 0 Number of TSRs 1:StartAddress 10.10.0.0 EndAddress 10.10.255.255 PortStart 0 PortEnd 65535 Protocol 0')]);
  assert.deepEqual(ts[0]?.ts, { local: '10.10.0.0-10.10.255.255', remote: '10.20.0.0-10.20.255.255' });
});

void test('real traffic selector line (P2S gateway, Adam Stuart\'s article): other ports, second bracket', () => {
  const line =
    'SESSION_ID :{8cb5875d-4c80-434b-8702-d78ac5b3d154} Remote 198.51.100.77:59780: Local 203.0.113.204:4500: [SEND] Proposed Traffic Selector payload will be (Final Negotiated) - [Tsid 0xe  ]Number of TSIs 1: StartAddress 0.0.0.0 EndAddress 255.255.255.255 PortStart 0 PortEnd 65535 Protocol 0 Number of TSRs 1:StartAddress 10.14.0.0 EndAddress 10.14.0.255 PortStart 0 PortEnd 65535 Protocol 0';
  const l = readAzure(line);
  assert.deepEqual(l?.remote, { address: '198.51.100.77', port: 59780 });
  assert.deepEqual(l?.local, { address: '203.0.113.204', port: 4500 });
  const ev = events([line]);
  assert.deepEqual(ev[0]?.ts, { local: '10.14.0.0-10.14.0.255', remote: '0.0.0.0-255.255.255.255' });
});

void test('marker spellings of Daniel Mauser\'s article: [RECEIVE], [LOCAL_MSG]', () => {
  const ev = events([rec('[RECEIVE] Received notify NO_PROPOSAL_CHOSEN'), rec('[RECEIVE] IKE_AUTH response'), rec('[LOCAL_MSG] Authentication failed')]);
  assert.deepEqual(
    ev.map((e) => `${e.kind}${e.notify ? `:${e.notify}` : ''}`),
    ['notify.received:NO_PROPOSAL_CHOSEN', 'msg.received', 'ike.auth.failed'],
  );
  assert.equal(ev[2]?.reason, 'Authentication failed');
});

void test('TunnelDiagnosticLog: Log Analytics columns (status_s, remoteIP_s, stateChangeReason_s) and a CSV row', () => {
  const ev = events([
    '{"TimeGenerated":"2024-03-01T10:00:05.123Z","Category":"TunnelDiagnosticLog","Resource":"VNG-HUB","remoteIP_s":"198.51.100.20","status_s":"Disconnected","stateChangeReason_s":"DPD timeout","instance_s":"GatewayTenantWorker_IN_1"}',
    '"3/1/2024, 11:00:05.123 AM",TunnelConnected,198.51.100.21,Connected,""',
    '2024-03-01T11:00:06Z\tTunnelDisconnected\t124.x.x.x\tDisconnected\tIKE SA deleted by peer\tGatewayTenantWorker_IN_0',
  ]);
  assert.deepEqual(
    ev.map((e) => e.kind),
    ['tunnel.down', 'dpd.dead', 'tunnel.up', 'tunnel.down'],
  );
  assert.equal(ev[0]?.remote?.address, '198.51.100.20');
  assert.equal(ev[0]?.reason, 'DPD timeout');
  assert.equal(ev[2]?.remote?.address, '198.51.100.21');
  assert.equal(ev[3]?.remote?.address, '124.x.x.x');
  assert.equal(ev[3]?.reason, 'IKE SA deleted by peer');
});

void test('hostile JSON never crashes', () => {
  const p = azure.createParser();
  for (const h of [
    '{"category":"IKEDiagnosticLog","properties":{"message":{"a":1}}}',
    '{"category":"IKEDiagnosticLog","properties":"SESSION_ID"}',
    '{"operationName":"TunnelDisconnected","properties":null}',
    '{"category":"IKEDiagnosticLog","properties":{"message":"' + 'Remote '.repeat(9000) + '"}}',
    '{"__proto__":{"category":"IKEDiagnosticLog"},"message":"[SEND]"}',
  ])
    assert.doesNotThrow(() => p.parse(record(h)));
});

void test('adversarial 64 KiB lines finish quickly and never throw', () => {
  assertLinear(azure, [
    'SESSION_ID :{',
    'SESSION_ID :{8b0e1c6a-3f2d-4c55-9e1a-2b7f5d3c9a10} Remote ',
    'Remote 1.2.3.4:500: Local 5.6.7.8:500: [LOCAL] ',
    '[SEND] ',
    '[LOCAL_MSG] ',
    '{"category":"IKEDiagnosticLog","properties":{"message":"[LOCAL] ',
    '"3/1/2024, 11:00:05.123 AM",TunnelDisconnected,',
    'TunnelDisconnected\t',
    '[0]0368.03A4::02/02/2017-17:36:01.496 [ikeext] 3038|',
    '[0]0368.03A4::02/02/2017-17:36:01.496 [ikeext] 3038|52.161.24.36|',
    'Error: ',
    'Error: On-prem',
    '     based on log : ',
    '[LOCAL] [ErrorCode] 0x',
  ]);
});

void test('Network Watcher blob: wfpdiag trace lines carry the peer and time; IKEErrors lines their error', () => {
  const wfp = readAzure('[0]0368.03A4::02/02/2017-17:36:01.496 [ikeext] 3038|52.161.24.36|  Failure error code:0x000035e9');
  assert.deepEqual(wfp?.remote, { address: '52.161.24.36' });
  assert.equal(wfp?.time, Date.UTC(2017, 1, 2, 17, 36, 1, 496));
  assert.equal(wfp?.body, 'Failure error code:0x000035e9');
  const ev = events([
    '[0]0368.03A4::02/02/2017-17:36:01.496 [ikeext] 3038|52.161.24.36|  Failure error code:0x000035e9',
    'Error: Authentication failed. Check shared key. Check crypto. Check lifetimes. ',
    '     based on log : IkeFindPayloadInPacket failed with Windows error 13843(ERROR_IPSEC_IKE_INVALID_PAYLOAD)',
  ]);
  assert.deepEqual(
    ev.map((e) => e.kind),
    ['ike.auth.failed', 'ike.auth.failed', 'msg.invalid'],
  );
  assert.match(ev[0]?.reason ?? '', /ERROR_IPSEC_IKE_AUTH_FAIL: IKE authentication credentials are unacceptable/);
  // the IKEErrors lines (no address of their own) belong to the peer of the trace before them
  assert.ok(ev.every((e) => e.remote?.address === '52.161.24.36'));
  // a `based on log` line takes the SA of the `Error:` line above it
  const qm = events(['Error: On-premises device rejected Quick Mode settings. Check values.', '\t based on log : Peer sent NO_PROPOSAL_CHOSEN notify']);
  assert.deepEqual(
    qm.map((e) => `${e.kind}:${e.scope ?? ''}:${e.notify ?? ''}`),
    ['proposal.none:child:', 'notify.received:child:NO_PROPOSAL_CHOSEN'],
  );
});

void test('Windows IKE errors by code, HRESULT, name or text; tunnel reasons that name one', () => {
  const kinds = [
    '[LOCAL] [IkeEvent] SA_NEGOTIATION_FAILED [ErrorCode] 0x35ED [ErrorMessage] Negotiation timed out',
    '[LOCAL] IKE Tunnel closed for tunnel with status Policy match error',
    '[LOCAL] IkeCleanupMMNegotiation called with error 13868',
    '[LOCAL] [ErrorCode] 0x80073613 [ErrorMessage] Invalid payload received',
    '[LOCAL] [ErrorCode] 0x3602 [ErrorMessage] Failed to verify signature',
  ].map((m) => events([rec(m)])[0]?.kind);
  assert.deepEqual(kinds, ['ike.timeout', 'proposal.none', 'proposal.none', 'msg.invalid', 'ike.auth.failed']);
  const down = events([
    '{"TimeGenerated":"2024-03-01T10:00:05.123Z","Category":"TunnelDiagnosticLog","OperationName":"TunnelDisconnected","remoteIP_s":"198.51.100.20","status_s":"Disconnected","stateChangeReason_s":"Main mode SA assumed to be invalid because peer stopped responding"}',
  ]);
  assert.deepEqual(
    down.map((e) => e.kind),
    ['tunnel.down', 'dpd.dead'],
  );
});

void test('lines of other products are not claimed', () => {
  for (const f of [
    'Nov 24 10:00:00 moon charon: 10[IKE] <home|1> initiating IKE_SA home[1] to 192.0.2.2',
    '{"event_timestamp":1671550234,"details":"AWS tunnel is sending DPD request","ike_phase1_state":"established"}',
    '{"category":"GatewayDiagnosticLog","operationName":"SetGatewayConfiguration","properties":{"message":"config"}}',
  ])
    assert.equal(claims(azure, record(f)), false, f);
});

void test('golden cases', async () => {
  await checkCases('src/dialects/azure/cases', ALL);
});
