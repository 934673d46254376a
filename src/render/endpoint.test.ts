// Endpoints in reports: an IPv6 address is bracketed before its port (RFC 3986 section 3.2.2),
// in the text report, the HTML view and `status`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../analyze.js';
import { hostPort } from '../config/shared/net.js';
import { endpointText } from './html-view.js';
import { renderText } from './text.js';

void test('hostPort brackets IPv6 addresses only', () => {
  assert.equal(hostPort('192.0.2.1', 500), '192.0.2.1:500');
  assert.equal(hostPort('2001:db8:2::2', 4500), '[2001:db8:2::2]:4500');
  assert.equal(hostPort('2001:db8:2::2', undefined), '2001:db8:2::2');
  assert.equal(hostPort('vpn.example.net', 500), 'vpn.example.net:500');
  assert.equal(endpointText({ address: 'fe80::1', port: 500, id: 'gw' }), '[fe80::1]:500 [gw]');
});

void test('an IPv6 charon tunnel reads unambiguously in the text report', async () => {
  const log = [
    'Nov 24 10:00:00 gw charon: 09[IKE] <lab|1> initiating IKE_SA lab[1] to 2001:db8:2::2',
    'Nov 24 10:00:00 gw charon: 09[NET] <lab|1> sending packet: from 2001:db8:1::1[500] to 2001:db8:2::2[500] (464 bytes)',
    'Nov 24 10:00:01 gw charon: 11[NET] <lab|1> received packet: from 2001:db8:2::2[500] to 2001:db8:1::1[500] (36 bytes)',
    'Nov 24 10:00:01 gw charon: 11[ENC] <lab|1> parsed IKE_SA_INIT response 0 [ N(NO_PROP) ]',
    'Nov 24 10:00:01 gw charon: 11[IKE] <lab|1> received NO_PROPOSAL_CHOSEN notify error',
  ].join('\n');
  const r = await analyzeText([{ path: 'charon-v6.log', data: log }]);
  assert.equal(r.tunnels.length, 1);
  assert.equal(r.tunnels[0]!.remote.address, '2001:db8:2::2');
  const out = renderText(r, { lang: 'en', color: false });
  assert.match(out, /local: \[2001:db8:1::1\]:500 +remote: \[2001:db8:2::2\]:500/);
});
