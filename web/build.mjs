#!/usr/bin/env node
// Builds the web UI into web/dist: app.js (one ES module bundled by esbuild from web/src and
// the shared report views in src/render), app.css (the report views' style sheet followed by
// the shell's), index.html and favicon.svg. Everything the UI needs is in that folder: no CDN,
// no font downloads. `--tests` also bundles web/test/*.test.ts into web/.build/test for
// `node --test` (web/test/run.mjs does that). `--no-check` skips the type-check.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const dist = join(here, 'dist');
const args = new Set(process.argv.slice(2));

if (!args.has('--no-check')) {
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  const r = spawnSync(process.execPath, [tsc, '-p', join(here, 'tsconfig.json')], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });

await build({
  entryPoints: [join(here, 'src', 'main.ts')],
  outfile: join(dist, 'app.js'),
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: ['es2022', 'chrome109', 'firefox115', 'safari16'],
  minify: true,
  sourcemap: 'linked',
  legalComments: 'none',
  logLevel: 'warning',
});

// The report views' CSS lives in a TS module (the CLI inlines it): evaluate it once here.
const css = await build({
  entryPoints: [join(root, 'src', 'render', 'html-style.ts')],
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  write: false,
  logLevel: 'warning',
});
const mod = await import(`data:text/javascript;base64,${Buffer.from(css.outputFiles[0].text).toString('base64')}`);
const appCss = `${mod.REPORT_CSS}\n${readFileSync(join(here, 'src', 'app.css'), 'utf8')}`;
writeFileSync(join(dist, 'app.css'), appCss);
copyFileSync(join(here, 'src', 'index.html'), join(dist, 'index.html'));
copyFileSync(join(here, 'src', 'favicon.svg'), join(dist, 'favicon.svg'));

if (args.has('--tests')) {
  const out = join(here, '.build', 'test');
  rmSync(out, { recursive: true, force: true });
  const tests = readdirSync(join(here, 'test')).filter((f) => f.endsWith('.test.ts') || f === 'serve-stub.ts');
  await build({
    entryPoints: tests.map((f) => join(here, 'test', f)),
    outdir: out,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    sourcemap: 'inline',
    logLevel: 'warning',
    // Bundled src/ code asks for require() (CJS packages) and __dirname in places.
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
}
console.log(`web: built ${dist}${args.has('--tests') ? ' and the e2e tests' : ''}`);
