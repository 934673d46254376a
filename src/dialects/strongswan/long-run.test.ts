// charon makes a new IKE SA for every rekey for as long as it runs: what the parser remembers per
// SA must not grow with the log (issue 2), and an SA that keeps talking must stay remembered.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { parseEnvelope } from '../../input/envelope.js';
import { strongswan } from './index.js';

const established = (n: number): string =>
  `Nov 24 10:00:01 gw charon: 06[IKE] <vpn|${n}> IKE_SA vpn[${n}] established between 192.0.2.1[gw]...198.51.100.7[peer]`;

test('an IKE SA that keeps talking is remembered across thousands of newer ones', () => {
  const p = strongswan.createParser();
  let line = 0;
  const parse = (text: string) => p.parse(parseEnvelope({ path: 'gw.log', line: ++line, text }));
  parse(established(1));
  for (let n = 2; n < 20_000; n++) {
    parse(established(n));
    if (n % 500 === 0) parse('Nov 24 10:00:02 gw charon: 07[IKE] <vpn|1> sending DPD request');
  }
  // The timeout of an IKE SA that was up says so: charon's memory of SA 1 still knows.
  const r = parse('Nov 24 10:00:03 gw charon: 08[IKE] <vpn|1> giving up after 5 retransmits');
  const ev = r.flatMap((x) => x.events).find((e) => e.kind === 'ike.timeout');
  assert.equal(ev?.details?.established, true, JSON.stringify(r));
});

test('the parser heap stays flat over 100 000 rekeys (measured in a process of its own)', () => {
  const script = `
    const { strongswan } = await import(${JSON.stringify(new URL('./index.js', import.meta.url).href)});
    const { parseEnvelope } = await import(${JSON.stringify(new URL('../../input/envelope.js', import.meta.url).href)});
    const p = strongswan.createParser();
    let line = 0;
    const run = (from, to) => { for (let n = from; n < to; n++) p.parse(parseEnvelope({ path: 'gw.log', line: ++line, text: ${JSON.stringify(established(0))}.replaceAll('|0>', '|' + n + '>').replaceAll('[0]', '[' + n + ']') })); };
    const heap = () => { globalThis.gc(); globalThis.gc(); return process.memoryUsage().heapUsed; };
    run(1, 20000); const a = heap();
    run(20000, 100000); const b = heap();
    process.stdout.write(String(b - a));
  `;
  const r = spawnSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', script], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const growth = Number(r.stdout);
  // Remembering every SA cost about 340 bytes each: 27 MB for these 80 000.
  assert.ok(growth < 4 * 1024 * 1024, `heap grew by ${(growth / 1048576).toFixed(1)} MB`);
});
