import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { analyzeCase, caseFiles, expectations, goldenPath, goldenView } from './golden.js';

const cases = caseFiles();

test('there are golden cases', () => assert.ok(cases.length > 0));

for (const c of cases) {
  test(`golden ${c.path}`, async () => {
    const r = await analyzeCase(c);
    const exp = expectations(c.dir)[c.name];
    if (exp) {
      for (const e of exp.tunnels) {
        // `origin`: the syslog host, where one log holds several gateways' tunnels of one name.
        const t = r.tunnels.find(
          (x) =>
            (x.name === e.name || x.remote.address === e.name) &&
            (e.origin === undefined || x.origin === e.origin),
        );
        assert.ok(t, `${c.name}: no tunnel "${e.name}" (have ${r.tunnels.map((x) => x.name).join(', ')})`);
        assert.equal(t.diagnoses[0]?.code, e.code, `${c.name}: verdict of ${e.name}`);
        if (e.param)
          assert.equal(t.diagnoses[0]?.details.parameter, e.param, `${c.name}: parameter of ${e.name}`);
        if (e.status) assert.equal(t.status, e.status, `${c.name}: status of ${e.name}`);
      }
    }
    const gp = goldenPath(c);
    assert.ok(existsSync(gp), `missing golden file ${gp}: run npm run golden and review it`);
    const want: unknown = JSON.parse(readFileSync(gp, 'utf8'));
    assert.deepEqual(JSON.parse(JSON.stringify(goldenView(r))), want);
  });
}
