import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../analyze.js';
import { jsonPieces } from './json.js';

const same = (v: object): void =>
  assert.equal([...jsonPieces(v)].join(''), JSON.stringify(v, null, 2) + '\n');

test('jsonPieces prints exactly what JSON.stringify(report, null, 2) prints', async () => {
  const report = await analyzeText([
    {
      path: 'gw.log',
      data: [
        'Nov 24 10:00:01 gw charon: 05[IKE] <vpn|1> initiating IKE_SA vpn[1] to 198.51.100.7',
        'Nov 24 10:00:01 gw charon: 05[NET] <vpn|1> sending packet: from 192.0.2.1[500] to 198.51.100.7[500] (1100 bytes)',
        'Nov 24 10:00:02 gw charon: 05[IKE] <vpn|1> received NO_PROPOSAL_CHOSEN notify error',
        'a line with "quotes", \\ backslashes, \u2028 and <script>',
      ].join('\n'),
    },
  ]);
  assert.ok(report.tunnels.length > 0);
  same(report);
});

test('jsonPieces: empty arrays, nested values, undefined members and holes', () => {
  same({});
  same({ a: [], b: {}, c: null, d: 'x\ny', e: [1, [2, { f: [] }]], g: undefined, h: [undefined, 3] });
  same({ list: [{ x: 1 }, { y: [1, 2] }], n: 0 });
});

test('jsonPieces: arrays given as streams print as the arrays would, read only when reached', () => {
  const value = { a: 1, list: [] as number[], after: [] as string[], z: 'end' };
  const seen: string[] = [];
  function* items(): Generator<number> {
    for (const n of [1, 2, 3]) {
      // Elements produced late may fill arrays printed after them (a report's findings).
      value.after.push(`from ${n}`);
      seen.push(`item ${n}`);
      yield n;
    }
  }
  const pieces = jsonPieces(value, { list: items() });
  const start = [pieces.next().value, pieces.next().value].join('');
  assert.equal(start, '{\n  "a": 1,\n');
  assert.deepEqual(seen, [], 'the stream is not read before its key is reached');
  const text = start + [...pieces].join('');
  assert.equal(
    text,
    JSON.stringify({ a: 1, list: [1, 2, 3], after: ['from 1', 'from 2', 'from 3'], z: 'end' }, null, 2) +
      '\n',
  );
  assert.equal(
    [...jsonPieces({ a: [1], b: 2 }, { a: [] })].join(''),
    JSON.stringify({ a: [], b: 2 }, null, 2) + '\n',
  );
});
