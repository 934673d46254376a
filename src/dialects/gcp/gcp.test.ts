import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EventDraft } from '../../core/model.js';
import en from '../../i18n/en/gcp.js';
import ja from '../../i18n/ja/gcp.js';
import { checkCases, claims, contractProblems, record, registerCatalogs, withDialect } from '../fortigate/testkit.js';
import { assertFixes, assertLinear } from '../cloud-common/testing.js';
import { sonicwall } from '../sonicwall/index.js';
import { aws } from '../aws/index.js';
import { azure } from '../azure/index.js';
import { gcp } from './index.js';
import { fieldLine, readEntry } from './entry.js';

registerCatalogs(en, ja);
const ALL = withDialect(sonicwall, aws, azure, gcp);

const entry = (text: string, tunnel = 'vpn-tunnel-1'): string =>
  JSON.stringify({
    labels: { tunnel_id: tunnel },
    logName: 'projects/p/logs/vpn',
    resource: { type: 'vpn_gateway', labels: { gateway_id: '42', project_id: 'p', region: 'us-central1' } },
    textPayload: text,
    timestamp: '2024-03-01T10:00:00.123456789Z',
  });

function events(lines: string[]): EventDraft[] {
  const p = gcp.createParser();
  return lines.flatMap((l, i) => p.parse(record(l, i + 1)).flatMap((r) => r.events));
}

void test('contract: samples, one pattern each, no other dialect claims them, explanations', () => {
  assert.deepEqual(contractProblems(gcp, ALL, en, ja), []);
});

void test('every Google Cloud fix exists in English and Japanese', () => assertFixes('gcp', en, ja));

void test('log entry: payload, tunnel label, gateway, time; other resources are not Cloud VPN', () => {
  const e = readEntry(entry('sending DPD request'));
  assert.equal(e?.text, 'sending DPD request');
  assert.equal(e?.tunnel, 'vpn-tunnel-1');
  assert.equal(e?.gateway, '42');
  assert.equal(e?.time, Date.UTC(2024, 2, 1, 10, 0, 0, 123));
  assert.equal(readEntry('{"resource":{"type":"gce_instance"},"textPayload":"vpn tunnel"}'), undefined);
  assert.deepEqual(fieldLine("textPayload: 'it''s up'"), { key: 'textPayload', value: "it's up" });
  assert.deepEqual(fieldLine('    "tunnel_id": "t-1",'), { key: 'tunnel_id', value: 't-1' });
});

void test('charon payloads are read by the strongSwan parser, as the tunnel’s events', () => {
  const ev = events([
    entry('initiating IKE_SA vpn-tunnel-1[3] to 198.51.100.20'),
    entry('sending packet: from 35.187.10.20[500] to 198.51.100.20[500] (464 bytes)'),
    entry('received NO_PROPOSAL_CHOSEN notify error'),
  ]);
  assert.ok(ev.length >= 3);
  assert.ok(ev.every((e) => e.conn === 'vpn-tunnel-1'));
  assert.ok(ev.some((e) => e.kind === 'ike.initiate'));
  assert.ok(ev.some((e) => e.kind === 'notify.received' && e.notify === 'NO_PROPOSAL_CHOSEN'));
  const p = gcp.createParser();
  const r = p.parse(record(entry('giving up after 5 retransmits')));
  assert.equal(r[0]?.pattern, 'charon');
  assert.match(r[0]?.explain ?? '', /^explain\.strongswan\./);
});

void test('pretty-printed entries: the textPayload line takes the entry’s tunnel', () => {
  const ev = events(['---', 'labels:', "  tunnel_id: 'vpn-tunnel-9'", 'resource:', '  type: vpn_gateway', "textPayload: 'received AUTHENTICATION_FAILED notify error'"]);
  const n = ev.find((e) => e.kind === 'notify.received');
  assert.equal(n?.notify, 'AUTHENTICATION_FAILED');
  assert.equal(n?.conn, 'vpn-tunnel-9');
  // Without an entry around it a textPayload line is not read.
  assert.equal(gcp.createParser().parse(record("textPayload: 'received AUTHENTICATION_FAILED notify error'")).length, 0);
});

void test('VpnTunnel status (gcloud describe YAML, one-object JSON): the API enum becomes events of the tunnel', () => {
  const p = gcp.createParser();
  const yaml = [
    'detailedStatus: Handshake failed.',
    'kind: compute#vpnTunnel',
    'name: vpn-tunnel-onprem-0',
    'peerIp: 198.51.100.20',
    'status: AUTHORIZATION_ERROR',
  ];
  const ev = yaml.flatMap((l, i) => p.parse(record(l, i + 1)).flatMap((r) => r.events));
  assert.equal(ev.length, 1);
  assert.equal(ev[0]?.kind, 'ike.auth.failed');
  assert.equal(ev[0]?.conn, 'vpn-tunnel-onprem-0');
  assert.deepEqual(ev[0]?.remote, { address: '198.51.100.20' });
  assert.equal(ev[0]?.reason, 'AUTHORIZATION_ERROR: Handshake failed.');
  // `status:` outside a VpnTunnel resource is not read
  const q = gcp.createParser();
  assert.deepEqual(q.parse(record('status: ESTABLISHED', 1)), []);
  const kinds = ['ESTABLISHED', 'NO_INCOMING_PACKETS', 'PEER_IDENTITY_MISMATCH', 'TS_NARROWING_NOT_ALLOWED', 'NEGOTIATION_FAILURE', 'FIRST_HANDSHAKE'].map(
    (st) => q.parse(record(`{"kind":"compute#vpnTunnel","name":"t","peerIp":"198.51.100.9","status":"${st}"}`, 2))[0]?.events[0]?.kind,
  );
  assert.deepEqual(kinds, ['tunnel.up', 'ike.timeout', 'id.mismatch', 'ts.mismatch', 'ike.initiate', 'info']);
});

void test('Cloud VPN’s own payloads: proposal mismatch by SA, narrowed selectors, maintenance', () => {
  const ev = events([
    entry('The peer gateway notifies: Proposal mismatch in IKE SA (phase 1) , Please look at peer logs.'),
    entry('Proposal mismatch in CHILD SA'),
    entry('Remote traffic selectors narrowed'),
    entry('Starting VPN Task maintenance'),
  ]);
  assert.deepEqual(
    ev.map((e) => `${e.kind}:${e.scope ?? ''}`),
    ['proposal.none:ike', 'proposal.none:child', 'ts.mismatch:', 'info:'],
  );
});

void test('VpnTunnel as the API prints it (kind, id, creationTimestamp first): status still read', () => {
  const p = gcp.createParser();
  const lines = [
    '            "kind": "compute#vpnTunnel",',
    '            "id": "<tunnel-id>",',
    '            "creationTimestamp": "2021-06-14T13:44:43.411-07:00",',
    '            "name": "to-hostproj1-tunnel-1",',
    '            "peerIp": "xx.xx.xx.xx",',
    '            "status": "ESTABLISHED",',
  ];
  const ev = lines.flatMap((l, i) => p.parse(record(l, i + 1)).flatMap((r) => r.events));
  assert.equal(ev.length, 1);
  assert.equal(ev[0]?.kind, 'tunnel.up');
  assert.equal(ev[0]?.conn, 'to-hostproj1-tunnel-1');
});

void test('hostile JSON never crashes', () => {
  const p = gcp.createParser();
  for (const h of [
    '{"resource":{"type":"vpn_gateway"},"textPayload":{"x":1}}',
    '{"resource":{"type":"vpn_gateway"},"labels":{"tunnel_id":{"a":1}},"textPayload":"' + '<'.repeat(5000) + '"}',
    '{"resource":"vpn_gateway","textPayload":"sending"}',
    '{"resource":{"type":"vpn_gateway"},"textPayload":"' + '0[IKE] '.repeat(9000) + '"}',
  ])
    assert.doesNotThrow(() => p.parse(record(h)));
});

void test('adversarial 64 KiB lines finish quickly and never throw', () => {
  assertLinear(gcp, ['{"resource":{"type":"vpn_gateway"},"textPayload":"', "textPayload: '", '  "tunnel_id": "', 'tunnel_id: ', '{"kind":"compute#vpnTunnel","status":"', 'detailedStatus: ', 'kind: compute#vpnTunnel ']);
});

void test('lines of other products are not claimed', () => {
  for (const f of [
    'Nov 24 10:00:00 moon charon: 10[IKE] <home|1> initiating IKE_SA home[1] to 192.0.2.2',
    '{"event_timestamp":1671550234,"details":"AWS tunnel is sending DPD request","ike_phase1_state":"established"}',
    '{"resource":{"type":"gce_instance"},"textPayload":"sending packet: from 1.2.3.4[500] to 5.6.7.8[500]"}',
  ])
    assert.equal(claims(gcp, record(f)), false, f);
});

void test('golden cases', async () => {
  await checkCases('src/dialects/gcp/cases', ALL);
});
