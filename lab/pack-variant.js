#!/usr/bin/env node
// Packs scenarios recorded with `node lab/run.js --out DIR` into the compact layout of
// lab/corpus-variants and lab/corpus-multi: the daemons' own logs compressed (gzip -9), the
// configuration files, and truth.json with the scenario name prefixed and the syslog copies
// left out.
//
//   node lab/pack-variant.js --from /tmp/lab-stock --prefix stock --note 'Recorded with `--verbosity stock`.' \
//        --to lab/corpus-multi [SCENARIO ...]
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const CONFIGS = ['swanctl.conf', 'ipsec.conf', 'ipsec.secrets'];

function parseArgs(argv) {
  const o = { names: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--from') o.from = argv[++i];
    else if (a === '--to') o.to = argv[++i];
    else if (a === '--prefix') o.prefix = argv[++i];
    else if (a === '--note') o.note = argv[++i];
    else o.names.push(a);
  }
  if (!o.from || !o.to || !o.prefix) throw new Error('usage: node lab/pack-variant.js --from DIR --to DIR --prefix P [--note TEXT] [SCENARIO ...]');
  return o;
}

const o = parseArgs(process.argv.slice(2));
const names = o.names.length ? o.names : readdirSync(o.from).filter((d) => existsSync(join(o.from, d, 'truth.json')));
for (const name of names) {
  const src = join(o.from, name);
  const truth = JSON.parse(readFileSync(join(src, 'truth.json'), 'utf8'));
  const out = join(o.to, `${o.prefix}-${name}`);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  truth.scenario = `${o.prefix}-${truth.scenario}`;
  if (o.note) truth.description = `${truth.description} ${o.note}`;
  for (const [side, s] of Object.entries(truth.sides)) {
    delete s.syslog;
    if (s.log) {
      // The same gzip level as `gzip -9`.
      writeFileSync(join(out, `${s.log}.gz`), gzipSync(readFileSync(join(src, s.log)), { level: 9 }));
      s.log = `${s.log}.gz`;
    }
    for (const c of CONFIGS)
      if (existsSync(join(src, `${side}.${c}`))) writeFileSync(join(out, `${side}.${c}`), readFileSync(join(src, `${side}.${c}`)));
  }
  writeFileSync(join(out, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
  console.log(out);
}
