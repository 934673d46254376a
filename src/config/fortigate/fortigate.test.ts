import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as fortigate from './index.js';
import { applianceSuite } from '../shared/suite.js';

const CASES = 'src/config/fortigate/cases';
const read = (name: string) => fortigate.parse(`${CASES}/${name}`, readFileSync(`${CASES}/${name}`, 'utf8'));

applianceSuite('fortigate', fortigate, {
  'azure-bgp-fg1.conf': ['PreSharedKey'],
  'azure-branch-template.conf': ['${var_psksecret}'],
  'branch-fgt-full.conf': [
    'SH2abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKL=',
    'QmFzZTY0RW5jcnlwdGVkUGFzc3dvcmQ=',
    'MIIFHzBJBgkqhkiG9w0BBQ0wPDAbBgkqhkiG9w0BBQwwDgQIAAAAAAAAAAACAggA',
    'c2VjcmV0LWVuY3J5cHRlZC1wc2stYmxvYg==',
    'U3BhcmVLZXlFbmNyeXB0ZWQ=',
    'TGVnYWN5UG9saWN5S2V5',
  ],
  'gcp-hub-dialup.conf': ['Fortinet1!'],
});

void test('fortigate: phase 2 entries joined with their phase 1, VDOM, address objects', () => {
  const r = read('branch-fgt-full.conf');
  assert.deepEqual(
    r.unparsed.map((u) => u.line),
    [97, 137],
  );
  assert.deepEqual(
    r.tunnels.map((t) => t.name),
    ['to-HQ-lan', 'to-HQ-mgmt', 'to-partner-p2', 'legacy-policy-p2', 'spare'],
  );
  const [lan, mgmt, partner, legacy] = r.tunnels;
  assert.equal(lan!.fortigate.vdom, 'root');
  assert.equal(lan!.localAddress?.value, '192.0.2.10');
  assert.equal(lan!.remoteId?.value, 'hq.example.com');
  assert.deepEqual(lan!.ikeProposals?.value[0], {
    encryption: ['aes-gcm-16-256'],
    integrity: [],
    prf: ['sha384'],
    dhGroups: [20, 14],
  });
  assert.deepEqual(lan!.selectors?.value, [
    { local: '10.30.0.0/24', remote: '10.0.10.0/24' },
    { local: '10.30.0.0/24', remote: '10.0.20.0/26' },
  ]);
  assert.deepEqual(lan!.dpd?.value, { enabled: true, delaySeconds: 15, action: 'on-idle' });
  assert.deepEqual(mgmt!.childProposals?.value[0]?.dhGroups, []);
  assert.equal(mgmt!.childLifetimeKilobytes?.value, 512000);
  assert.deepEqual(mgmt!.selectors?.value, [{ local: '10.30.0.10/32/tcp', remote: '10.0.99.0/24/tcp:22' }]);
  assert.equal(partner!.auth?.value, 'cert');
  assert.equal(partner!.childMode?.value, 'transport');
  assert.equal(legacy!.fortigate.kind, 'policy');
  assert.equal(r.secretsMasked, 6);
  assert.ok(r.notes.some((n) => n.id === 'fortigate.phase1-without-phase2'));
});

void test('fortigate: a phase1name that differs in case, a dial-up phase 1', () => {
  const r = read('azure-branch-template.conf');
  assert.ok(r.notes.some((n) => n.id === 'fortigate.phase1-case'));
  const h = read('gcp-hub-dialup.conf');
  const t = h.tunnels[0]!;
  assert.equal(t.peer, undefined);
  assert.equal(t.localAddress?.value, '203.0.113.45');
  assert.ok(h.notes.some((n) => n.id === 'fortigate.dialup'));
});
