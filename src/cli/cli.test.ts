// The `ikescope` command as users run it: bin/ikescope.js in a process of its own, its stdout,
// stderr, files and exit status (0: no failure, 1: a tunnel failed, 2: usage or input error).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../analyze.js';
import { ALL_CODES } from '../core/rule.js';
import { renderText } from '../render/text.js';
import { t, useAllLangs } from '../i18n/index.js';

await useAllLangs();

const BIN = 'bin/ikescope.js';
const PSK_LOG = 'examples/strongswan-psk-mismatch.log';
const PSK_CONF = 'src/cli/fixtures/sun.swanctl.conf';

function ikescope(args: string[], input?: string): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    input: input ?? '',
    // No terminal, no colour, no locale from the machine that runs the tests.
    env: { ...process.env, NO_COLOR: '1', LANG: 'C', LC_ALL: '', LC_MESSAGES: '', IKESCOPE_LANG: '' },
    maxBuffer: 64 * 1024 * 1024,
  });
}

void test('analyze prints, tunnel by tunnel, the report the library builds: text and JSON', async () => {
  const report = await analyze(['examples'], { lang: 'en' });
  assert.ok(report.tunnels.length >= 5, 'the bundled examples hold several tunnels');
  assert.ok(report.findings.length > 0, 'and findings, printed after the tunnels');
  const failing = report.tunnels.some((tn) => tn.status === 'failed' || tn.status === 'down');
  assert.ok(failing);

  const text = ikescope(['analyze', '--lang', 'en', 'examples']);
  assert.equal(text.stderr, '');
  assert.equal(text.stdout, renderText(report, { lang: 'en', color: false, timeline: false }));
  assert.equal(text.status, 1, 'a failed tunnel: exit status 1');

  const json = ikescope(['analyze', '--lang', 'en', '--format', 'json', 'examples']);
  assert.equal(json.stdout, JSON.stringify(report, null, 2) + '\n');
  assert.equal(json.status, 1);
});

void test('--output writes to the file exactly what stdout would show', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ikescope-cli-'));
  try {
    for (const format of ['json', 'text']) {
      const out = join(dir, `report.${format}`);
      const toFile = ikescope(['analyze', '--format', format, '--output', out, 'examples']);
      assert.equal(toFile.stdout, '');
      assert.equal(toFile.status, 1);
      assert.equal(readFileSync(out, 'utf8'), ikescope(['analyze', '--format', format, 'examples']).stdout);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

void test('an --output file that cannot be written fails at once, before any input is read', async () => {
  // stdin stays open: a command that read its input before checking the file would wait forever.
  const child = spawn(process.execPath, [BIN, 'analyze', '--output', '/nonexistent-dir/report.json', '-'], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const guard = setTimeout(() => child.kill('SIGKILL'), 20_000);
  const [code] = (await once(child, 'exit')) as [number | null];
  clearTimeout(guard);
  child.stdin.destroy();
  assert.equal(code, 2, 'exit status 2, not killed while waiting for input');
  assert.equal(
    stderr,
    `ikescope: ${t('en', 'cli.badOutput', { path: '/nonexistent-dir/report.json', reason: 'ENOENT' })}\n`,
  );
});

void test('--output never overwrites one of the inputs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ikescope-cli-'));
  try {
    const log = join(dir, 'gw.log');
    const text = readFileSync(PSK_LOG, 'utf8');
    writeFileSync(log, text);
    const r = ikescope(['analyze', '--output', log, log]);
    assert.equal(r.status, 2);
    assert.equal(r.stderr, `ikescope: ${t('en', 'cli.outputIsInput', { path: log })}\n`);
    assert.equal(readFileSync(log, 'utf8'), text, 'the log is untouched');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

void test('--config: each tunnel written with the configuration line that holds the cause', async () => {
  const r = ikescope(['analyze', '--format', 'json', '--config', PSK_CONF, PSK_LOG]);
  assert.equal(r.status, 1);
  const expected = await analyze([PSK_LOG], { lang: 'en', configs: [PSK_CONF] });
  assert.equal(r.stdout, JSON.stringify(expected, null, 2) + '\n');
  const out = JSON.parse(r.stdout) as typeof expected;
  const verdict = out.tunnels[0]!.diagnoses[0]!;
  assert.equal(verdict.code, 'PSK_MISMATCH');
  // The secrets section's line, its secret masked, and a fix step that points at it first.
  assert.equal(verdict.details.configFile, PSK_CONF);
  assert.equal(verdict.details.configLine, 32);
  assert.equal(verdict.details.configText, 'secret = "********"');
  assert.ok(!r.stdout.includes('this-is-not-the-key'), 'the key itself never appears');
  assert.match(verdict.fix[0]!.text, /line 32 of src\/cli\/fixtures\/sun\.swanctl\.conf/);
  assert.deepEqual(
    out.configs.map((c) => [c.path, c.tunnels]),
    [[PSK_CONF, ['sun-moon']]],
  );
});

void test('exit status: 0 when nothing failed, 1 when a tunnel failed, 2 for usage and input errors', () => {
  const ok = ikescope(['analyze', 'examples/qno-router-aggressive.log']);
  assert.equal(ok.status, 0, ok.stdout);
  assert.match(ok.stdout, /ESTABLISHED/);
  assert.equal(ikescope(['analyze', PSK_LOG]).status, 1);

  const missing = ikescope(['analyze', 'examples/no-such-file.log']);
  assert.equal(missing.status, 2);
  assert.match(missing.stdout, /no-such-file\.log: no such file or directory/);

  const lang = ikescope(['analyze', '--lang', 'xx', 'examples']);
  assert.equal(lang.status, 2);
  assert.match(lang.stderr, /unknown language "xx"/);
  assert.equal(ikescope(['analyze', '--format', 'yaml', 'examples']).status, 2);
  assert.equal(ikescope(['no-such-command']).status, 2);
});

void test('input without IPsec tunnels: says so, summary of zero, exit 0', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ikescope-cli-'));
  try {
    const log = join(dir, 'noise.log');
    writeFileSync(
      log,
      'Nov 24 10:00:00 gw sshd[2211]: Accepted publickey for admin from 198.51.100.99 port 50522\n',
    );
    const r = ikescope(['analyze', log]);
    assert.equal(r.status, 0);
    const lines = r.stdout.trimEnd().split('\n');
    assert.equal(lines.at(-2), t('en', 'ui.noTunnels'));
    assert.match(lines.at(-1)!, /^0 tunnel\(s\)/);
    const json = JSON.parse(ikescope(['analyze', '--format', 'json', log]).stdout) as { tunnels: unknown[] };
    assert.deepEqual(json.tunnels, []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

void test('stdin: `-` reads the log from a pipe', () => {
  const r = ikescope(['analyze', '--format', 'json', '-'], readFileSync(PSK_LOG, 'utf8'));
  assert.equal(r.status, 1);
  const out = JSON.parse(r.stdout) as {
    inputs: { path: string }[];
    tunnels: { diagnoses: { code: string }[] }[];
  };
  assert.equal(out.inputs[0]!.path, '-');
  assert.equal(out.tunnels[0]!.diagnoses[0]!.code, 'PSK_MISMATCH');
});

void test('--explain: every line, each recognised one followed by its meaning', () => {
  const r = ikescope(['analyze', '--explain', PSK_LOG]);
  const lines = readFileSync(PSK_LOG, 'utf8').trimEnd().split('\n');
  const out = r.stdout.split('\n');
  let at = 0;
  for (const line of lines) {
    at = out.indexOf(line, at);
    assert.ok(at >= 0, `printed: ${line}`);
    assert.match(out[at + 1]!, /^ {2}=> \S/, `explained: ${line}`);
  }
  assert.match(r.stdout, /PSK_MISMATCH/, 'the report follows');
});

void test('a reader that stops early ends the output quietly (SIGPIPE status, no stack trace)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ikescope-cli-'));
  try {
    // Megabytes of --explain output: far more than a pipe holds once `head` has gone.
    const log = join(dir, 'long.log');
    writeFileSync(log, readFileSync(PSK_LOG, 'utf8').repeat(2000));
    const r = spawnSync(
      'bash',
      [
        '-c',
        `"${process.execPath}" ${BIN} analyze --explain "${log}" | head -1; echo "status=\${PIPESTATUS[0]}"`,
      ],
      { encoding: 'utf8' },
    );
    assert.deepEqual(r.stdout.split('\n'), [readFileSync(PSK_LOG, 'utf8').split('\n')[0], 'status=141', '']);
    assert.equal(r.stderr, '');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

void test('codes lists every code; explain CODE documents one; md and html render', () => {
  const codes = ikescope(['codes']);
  assert.equal(codes.status, 0);
  for (const c of ALL_CODES) assert.match(codes.stdout, new RegExp(`^${c}\\b`, 'm'));
  const doc = ikescope(['explain', 'PSK_MISMATCH']);
  assert.equal(doc.status, 0);
  assert.ok(doc.stdout.startsWith(`PSK_MISMATCH — ${t('en', 'code.PSK_MISMATCH.title')}`));
  assert.equal(ikescope(['explain', 'NO_SUCH_CODE']).status, 2);

  const md = ikescope(['analyze', '--format', 'md', PSK_LOG]);
  assert.equal(md.status, 1);
  assert.match(md.stdout, /PSK_MISMATCH/);
  const html = ikescope(['analyze', '--format', 'html', PSK_LOG]);
  assert.match(html.stdout, /^<!doctype html>/i);
  assert.match(html.stdout, /PSK_MISMATCH/);
});

void test('--lang: the command loads the catalog of the language it is asked for', () => {
  const ja = ikescope(['analyze', '--lang', 'ja', PSK_LOG]);
  assert.equal(ja.status, 1);
  assert.ok(ja.stdout.includes(t('ja', 'code.PSK_MISMATCH.title')), ja.stdout);
  const de = ikescope(['codes', '--lang', 'de']);
  assert.match(de.stdout, new RegExp(`^PSK_MISMATCH +${t('de', 'code.PSK_MISMATCH.title')}$`, 'm'));
  // From the locale too, as users set it.
  const zh = spawnSync(process.execPath, [BIN, 'explain', 'PSK_MISMATCH'], {
    encoding: 'utf8',
    env: { ...process.env, LANG: 'zh_CN.UTF-8', LC_ALL: '', LC_MESSAGES: '', IKESCOPE_LANG: '' },
  });
  assert.ok(zh.stdout.startsWith(`PSK_MISMATCH — ${t('zh', 'code.PSK_MISMATCH.title')}`), zh.stdout);
});
