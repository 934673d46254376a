// Issue 2: each tunnel's timeline is capped with a count of what was left out, its evidence is
// always kept, and `--timeline all` lifts the cap (in the analyzer's memory too, not only in the
// report).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../analyze.js';

/** One strongSwan tunnel that retransmits `n` times, then gives up. */
function longLog(n: number): string {
  const lines = ['Nov 24 10:00:00 gw charon: 05[IKE] <vpn|1> initiating IKE_SA vpn[1] to 198.51.100.7'];
  for (let i = 0; i < n; i++) {
    const s = String(i % 60).padStart(2, '0');
    const m = String(Math.floor(i / 60) % 60).padStart(2, '0');
    lines.push(`Nov 24 10:${m}:${s} gw charon: 05[IKE] <vpn|1> retransmit ${i + 1} of request with message ID 0`);
    lines.push(
      `Nov 24 10:${m}:${s} gw charon: 05[NET] <vpn|1> sending packet: from 192.0.2.1[500] to 198.51.100.7[500] (1100 bytes)`,
    );
  }
  lines.push('Nov 24 11:00:00 gw charon: 05[IKE] <vpn|1> giving up after 5 retransmits');
  return lines.join('\n') + '\n';
}

const input = [{ path: 'gw.log', data: longLog(400) }];

test('the default cap keeps 200 timeline entries, counts the rest and keeps the evidence', async () => {
  const r = await analyzeText(input);
  const t = r.tunnels[0]!;
  assert.equal(r.tunnels.length, 1);
  assert.equal(t.timeline.length, 200);
  assert.ok(t.timelineOmitted >= 600, `omitted ${t.timelineOmitted}`);
  const lines = new Set(t.timeline.map((e) => e.line));
  for (const ev of t.diagnoses[0]!.evidence) assert.ok(lines.has(ev.line), `evidence line ${ev.line} in the timeline`);
  // The end of the log is where the failure is: the last line is in the timeline.
  assert.equal(Math.max(...lines), 802);
});

test('a smaller cap is honoured', async () => {
  const r = await analyzeText(input, { timeline: 50 });
  const t = r.tunnels[0]!;
  assert.ok(t.timeline.length >= 50 && t.timeline.length <= 53, `${t.timeline.length} (50 + evidence)`);
});

test('--timeline all keeps every event', async () => {
  const r = await analyzeText(input, { timeline: 'all' });
  const t = r.tunnels[0]!;
  assert.equal(t.timelineOmitted, 0);
  assert.ok(t.timeline.length >= 800, `${t.timeline.length} entries`);
});
