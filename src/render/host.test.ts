// A syslog that several gateways send to: each tunnel's block in the text report names the host
// whose lines it was read from; a daemon's own log file (no syslog host) names none.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyze, analyzeText } from '../analyze.js';
import { renderText } from './text.js';

void test('two gateways in one syslog: each block says which host it is', async () => {
  const r = await analyze(['src/dialects/pluto/cases/syslog-two-gateways-ls4.log']);
  const out = renderText(r, { lang: 'en', color: false });
  const blocks = out.split(/\n(?=T\d)/).filter((b) => b.startsWith('T'));
  assert.equal(blocks.length, 2);
  assert.match(blocks[0]!, /host: gw-a/);
  assert.match(blocks[0]!, /IKE_PROPOSAL_MISMATCH/);
  assert.match(blocks[1]!, /host: gw-b/);
  assert.match(blocks[1]!, /TS_MISMATCH/);
});

void test('a daemon log file names no host', async () => {
  const data = readFileSync('src/dialects/pluto/cases/ls4-ikev2-esn-mismatch-responder.log', 'utf8');
  const r = await analyzeText([{ path: 'right.log', data }]);
  const out = renderText(r, { lang: 'en', color: false });
  assert.doesNotMatch(out, /host:/);
});
