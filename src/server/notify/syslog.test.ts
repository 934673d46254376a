import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { StoredTunnel } from '../store/types.js';
import { rfc3164, sessionStatusMessage } from './syslog.js';

function tunnel(description: string | null, context: StoredTunnel['context']): StoredTunnel {
  return {
    row: {
      id: 'x',
      device: 'rtr1',
      peer: '10.6.6.1',
      name: '10.6.6.1',
      description,
      status: 'established',
      ikeStatus: 'up',
      childStatus: 'up',
      lastChange: '2024-01-01T00:00:00.000Z',
      verdict: null,
      attempts: 1,
    },
    key: 'rtr1|peer:10.6.6.1',
    updown: 'up',
    context,
    flap: { times: [], flapping: false },
    lastFailure: null,
    report: null,
  };
}

void describe('SESSION_STATUS notices', () => {
  void it('are written as Cisco IOS writes them (seed 001)', () => {
    const t = tunnel('SJC24-2-VPN-Gateway', { fvrf: 'name10', ivrf: 'name20', peerId: '10.5.5.2', peerPort: 500 });
    assert.equal(
      sessionStatusMessage(t, 'up'),
      '%CRYPTO-5-SESSION_STATUS: Crypto session is UP. Peer 10.6.6.1:500 fvrf=name10 ivrf=name20 Description: SJC24-2-VPN-Gateway Id: 10.5.5.2',
    );
    assert.equal(sessionStatusMessage(tunnel(null, {}), 'down'), '%CRYPTO-5-SESSION_STATUS: Crypto session is DOWN. Peer 10.6.6.1:500 Id: 10.6.6.1');
    assert.match(rfc3164('m', new Date(2024, 2, 1, 9, 5, 7), 'host'), /^<189>Mar {2}1 09:05:07 host ikescope: m$/);
  });

  void it('cannot be split into two syslog lines by a crafted description', () => {
    const msg = sessionStatusMessage(tunnel('a\r\n<14>Mar  1 00:00:00 fake %CRYPTO-5-SESSION_STATUS: Crypto session is DOWN.\u0085\u2028', {}), 'up');
    assert.ok(!/[\r\n\u0085\u2028]/.test(msg));
    assert.ok(msg.length < 400);
  });
});
