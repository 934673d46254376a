#!/usr/bin/env node
// Regenerates every cases/*.golden.json from the current analyzer. Review the diff before committing.
import { writeFileSync } from 'node:fs';
import { analyzeCase, caseFiles, goldenPath, goldenView } from '../dist/golden/golden.js';

const filter = process.argv.slice(2);
for (const c of caseFiles()) {
  if (filter.length && !filter.some((f) => c.path.includes(f))) continue;
  const r = await analyzeCase(c);
  writeFileSync(goldenPath(c), JSON.stringify(goldenView(r), null, 2) + '\n');
  console.log(`${goldenPath(c)}: ${r.tunnels.map((t) => `${t.name}=${t.diagnoses[0]?.code}`).join(' ')}`);
}
