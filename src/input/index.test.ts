import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  utimesSync,
  writeFileSync,
  chmodSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import type { LogRecord } from '../core/model.js';
import { catalog, useAllLangs } from '../i18n/index.js';
import {
  detachRecord,
  inputLimits,
  openInputs,
  textInput,
  type InputSource,
  type OpenOptions,
} from './index.js';
import { MAX_LINE } from './lines.js';

// Catalogs other than English load on demand: these tests read all four.
await useAllLangs();

const SEEDS = '/work/shared/seeds';
const NOW = new Date('2024-06-15T12:00:00Z');

async function all(src: InputSource): Promise<LogRecord[]> {
  const out: LogRecord[] = [];
  for await (const batch of src.records()) for (const r of batch) out.push(r);
  return out;
}

async function openAll(
  paths: string[],
  opts: OpenOptions = {},
): Promise<{ src: InputSource; recs: LogRecord[] }[]> {
  const out: { src: InputSource; recs: LogRecord[] }[] = [];
  for await (const src of openInputs(paths, opts)) out.push({ src, recs: await all(src) });
  return out;
}

function tmp(): string {
  return mkdtempSync(join(tmpdir(), 'ikescope-input-'));
}

const SYSLOG = [
  'Mar  1 10:00:00 gw charon[12]: 09[IKE] initiating IKE_SA home[1] to 192.0.2.1',
  'Mar  1 10:00:01 gw charon[12]: 09[IKE] sending packet',
  'Mar  1 10:00:05 gw charon[12]: 09[IKE] retransmit 1 of request with message ID 0',
].join('\n');

function seedFiles(): string[] {
  return readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => join(SEEDS, f));
}

void test('each seed reads through textInput and openInputs with the same records', async () => {
  for (const path of seedFiles()) {
    const text = readFileSync(path, 'utf8');
    const a = await all(textInput(path, text, { now: NOW }));
    const b = await all(textInput(path, readFileSync(path), { now: NOW }));
    const [c] = await openAll([path], { now: NOW });
    assert.ok(c);
    assert.deepEqual(a, b, path);
    assert.deepEqual(a, c.recs, path);
    assert.equal(c.src.info.encoding, 'UTF-8');
    assert.equal(c.src.info.skipped, false);
    assert.equal(c.src.info.lines, a.length);
    assert.ok(a.length > 10);
    // Every physical line is there exactly once.
    assert.deepEqual(
      a.map((r) => r.line).sort((x, y) => x - y),
      a.map((_, i) => i + 1),
    );
  }
});

void test('seed 003 (newest first) is detected and yielded oldest first with its line numbers', async () => {
  const path = seedFiles().find((f) => f.includes('003_'))!;
  const src = textInput(path, readFileSync(path), { now: NOW });
  const recs = await all(src);
  assert.equal(src.info.reversed, true);
  assert.ok(src.info.warnings.some((w) => w.id === 'input.warn.reversed'));
  const pluto = recs.filter((r) => r.program === 'pluto');
  assert.equal(pluto.length, 9);
  assert.equal(pluto[0]!.message, '“abc” #624: responding to Main Mode');
  assert.equal(pluto[0]!.line, 18);
  assert.equal(pluto.at(-1)!.message, '"abc" #4: STATE_QUICK_I2 sent QI2, IPsec SA established');
  assert.equal(pluto.at(-1)!.line, 10);
  for (let i = 1; i < pluto.length; i++) assert.ok(pluto[i]!.time! >= pluto[i - 1]!.time!);
  assert.ok(pluto.every((r) => r.timeOfDayOnly === true));
  assert.equal(recs[0]!.line, 37);
  assert.equal(recs.at(-1)!.line, 1);
});

void test("seed 004's literal ^M line ends are taken off", async () => {
  const path = seedFiles().find((f) => f.includes('004_'))!;
  const raw = readFileSync(path, 'utf8');
  assert.ok(raw.includes('^M\n'));
  const recs = await all(textInput(path, raw));
  assert.ok(recs.length > 50);
  assert.ok(recs.every((r) => !r.text.endsWith('^M') && !r.text.includes('\r')));
  assert.ok(
    recs.some(
      (r) =>
        r.text ===
        'packet from 124.x.x.x:500: [Tunnel Negotiation Info] Responder Received Aggressive Mode 1st packet on 61.x.x.x:500',
    ),
  );
});

void test('the other seeds are read top down', async () => {
  for (const path of seedFiles().filter((f) => !f.includes('003_'))) {
    const src = textInput(path, readFileSync(path));
    const recs = await all(src);
    assert.equal(src.info.reversed, false, path);
    assert.deepEqual(
      recs.map((r) => r.line),
      recs.map((_, i) => i + 1),
    );
  }
});

void test('legacy encodings and UTF-16 files are decoded', async () => {
  const dir = tmp();
  const ja =
    'Mar  1 10:00:00 gw ikemgr[1]: トンネルの確立に失敗しました (フェーズ1)\nMar  1 10:00:01 gw ikemgr[1]: 事前共有鍵が一致しません\n';
  const zh =
    'Mar  1 10:00:00 gw ipsec[1]: 隧道协商失败, 对端没有响应\nMar  1 10:00:01 gw ipsec[1]: 第一阶段协商完成\n';
  const de = 'Mar  1 10:00:00 gw pluto[1]: Schlüssel für Köln ungültig, Größe 1024\n';
  const cases: [string, Buffer, string, string][] = [
    ['sjis.log', iconv.encode(ja, 'shift_jis'), 'Shift_JIS', ja],
    ['eucjp.log', iconv.encode(ja, 'euc-jp'), 'EUC-JP', ja],
    ['gbk.log', iconv.encode(zh, 'gbk'), 'GB18030', zh],
    ['latin1.log', iconv.encode(de, 'latin1'), 'ISO-8859-1', de],
    ['u16le.log', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(ja, 'utf16le')]), 'UTF-16LE', ja],
    ['u16be.log', Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(ja, 'utf16be')]), 'UTF-16BE', ja],
    ['u8bom.log', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ja)]), 'UTF-8', ja],
  ];
  for (const [name, data] of cases) writeFileSync(join(dir, name), data);
  const got = await openAll(
    cases.map(([n]) => join(dir, n)),
    { now: NOW },
  );
  for (const [i, [name, , enc, text]] of cases.entries()) {
    const r = got[i]!;
    assert.equal(r.src.info.encoding, enc, name);
    assert.deepEqual(
      r.recs.map((x) => x.text),
      text.split('\n').slice(0, -1),
      name,
    );
    assert.equal(r.recs[0]!.host, 'gw');
    const guessed = r.src.info.warnings.some((w) => w.id === 'input.warn.encoding');
    assert.equal(guessed, !['UTF-8', 'UTF-16LE', 'UTF-16BE'].includes(enc), name);
  }
});

void test('gzip by magic bytes, whatever the name; multi-member; compressed flag', async () => {
  const dir = tmp();
  const body = (SYSLOG + '\n').repeat(2000);
  writeFileSync(join(dir, 'plain-name.log'), gzipSync(body));
  writeFileSync(join(dir, 'two.gz'), Buffer.concat([gzipSync('a\nb\n'), gzipSync('c\n')]));
  writeFileSync(
    join(dir, 'sjis.log.gz'),
    gzipSync(iconv.encode('トンネルの確立に失敗しました\n'.repeat(10), 'shift_jis')),
  );
  const [one, two, sjis] = await openAll([
    join(dir, 'plain-name.log'),
    join(dir, 'two.gz'),
    join(dir, 'sjis.log.gz'),
  ]);
  assert.equal(one!.src.info.compressed, true);
  assert.equal(one!.recs.length, 6000);
  assert.equal(one!.recs[2]!.message, '09[IKE] retransmit 1 of request with message ID 0');
  assert.equal(one!.src.info.bytes, readFileSync(join(dir, 'plain-name.log')).length);
  assert.deepEqual(
    two!.recs.map((r) => r.text),
    ['a', 'b', 'c'],
  );
  assert.equal(sjis!.src.info.encoding, 'Shift_JIS');
  assert.equal(sjis!.recs[0]!.text, 'トンネルの確立に失敗しました');
  // In memory too
  const mem = await all(textInput('x.gz', gzipSync(SYSLOG)));
  assert.equal(mem.length, 3);
});

void test('corrupt and truncated gzip: skipped, or read up to the damage with a warning', async () => {
  const bad = textInput(
    'bad.gz',
    Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07]),
  );
  await all(bad);
  assert.equal(bad.info.skipped, true);
  const whole = gzipSync(
    Buffer.from(
      randomBytes(200_000)
        .toString('hex')
        .replace(/(.{80})/g, '$1\n'),
    ),
  );
  const cut = textInput('cut.gz', whole.subarray(0, Math.floor(whole.length / 2)));
  const recs = await all(cut);
  assert.equal(cut.info.skipped, false);
  assert.ok(recs.length > 100);
  assert.ok(cut.info.warnings.some((w) => w.id === 'input.warn.readError'));
});

void test('other compressed formats are named, not read', () => {
  const src = textInput('x.bz2', Buffer.from('BZh91AY&SY' + 'x'.repeat(100)));
  assert.equal(src.info.skipped, true);
  assert.equal(src.info.warnings[0]!.id, 'input.warn.compression');
  assert.equal(src.info.warnings[0]!.vars!.format, 'bzip2');
});

void test('directories: recursive, sorted, hidden entries skipped', async () => {
  const dir = tmp();
  mkdirSync(join(dir, 'b-sub', 'deeper'), { recursive: true });
  mkdirSync(join(dir, '.hidden-dir'));
  writeFileSync(join(dir, 'c.log'), 'c\n');
  writeFileSync(join(dir, 'a.log'), 'a\n');
  writeFileSync(join(dir, '.hidden.log'), 'h\n');
  writeFileSync(join(dir, '.hidden-dir', 'x.log'), 'x\n');
  writeFileSync(join(dir, 'b-sub', 'deeper', 'd.log'), 'd\n');
  writeFileSync(join(dir, 'b-sub', 'b.log'), 'b\n');
  const got = await openAll([dir]);
  assert.deepEqual(
    got.map((g) => g.src.path.slice(dir.length + 1)),
    ['a.log', join('b-sub', 'b.log'), join('b-sub', 'deeper', 'd.log'), 'c.log'],
  );
  assert.deepEqual(
    got.map((g) => g.recs[0]!.text),
    ['a', 'b', 'd', 'c'],
  );
  const empty = tmp();
  const [e] = await openAll([empty]);
  assert.equal(e!.src.info.skipped, true);
  assert.equal(e!.src.info.warnings[0]!.id, 'input.warn.emptyDir');
});

void test('stdin as "-", plain and gzip', async () => {
  const chunks = [Buffer.from(SYSLOG.slice(0, 10)), Buffer.from(SYSLOG.slice(10) + '\n')];
  const [plain] = await openAll(['-'], { stdin: Readable.from(chunks), now: NOW });
  assert.equal(plain!.src.path, '-');
  assert.equal(plain!.recs.length, 3);
  assert.equal(plain!.recs[0]!.program, 'charon');
  assert.equal(plain!.src.info.lines, 3);
  const big = Buffer.from((SYSLOG + '\n').repeat(3000));
  const [gz] = await openAll(['-'], { stdin: Readable.from([gzipSync(big)]) });
  assert.equal(gz!.src.info.compressed, true);
  assert.equal(gz!.recs.length, 9000);
  // records() of a stream can be iterated once; a second time yields nothing (and does not throw).
  for await (const src of openInputs(['-'], { stdin: Readable.from([Buffer.from('x\ny\n')]) })) {
    assert.equal((await all(src)).length, 2);
    assert.equal((await all(src)).length, 0);
  }
  // A file can be read again.
  const dir = tmp();
  writeFileSync(join(dir, 'again.log'), SYSLOG);
  for await (const src of openInputs([join(dir, 'again.log')])) {
    assert.equal((await all(src)).length, 3);
    assert.equal((await all(src)).length, 3);
    assert.equal(src.info.lines, 3);
  }
});

void test('missing and unreadable paths never throw', async () => {
  const dir = tmp();
  const got = await openAll([join(dir, 'nope.log')]);
  assert.equal(got[0]!.src.info.skipped, true);
  assert.equal(got[0]!.src.info.warnings[0]!.id, 'input.warn.missing');
  assert.deepEqual(got[0]!.recs, []);
  if (process.getuid?.() !== 0) {
    const p = join(dir, 'secret.log');
    writeFileSync(p, 'x\n');
    chmodSync(p, 0o000);
    const [u] = await openAll([p]);
    assert.equal(u!.src.info.skipped, true);
    assert.equal(u!.src.info.warnings[0]!.id, 'input.warn.unreadable');
  }
});

void test('binary files are skipped with a warning; a few MB of random bytes never throw', async () => {
  const dir = tmp();
  writeFileSync(join(dir, 'random.bin'), randomBytes(3 * 1024 * 1024));
  const [r] = await openAll([join(dir, 'random.bin')]);
  assert.equal(r!.src.info.skipped, true);
  assert.equal(r!.src.info.warnings[0]!.id, 'input.warn.binary');
  // Random high bytes with line ends: not binary, decoded as something, never an exception.
  const noisy = randomBytes(2 * 1024 * 1024);
  for (let i = 0; i < noisy.length; i++) {
    const b = noisy[i]!;
    if (b < 0x20) noisy[i] = i % 97 === 0 ? 0x0a : b + 0x40;
  }
  const src = textInput('noise', noisy, { now: NOW });
  const recs = await all(src);
  assert.equal(src.info.skipped, false);
  assert.ok(recs.length > 0);
  assert.equal(src.info.lines, recs.length);
  for (const enc of ['UTF-8', 'Shift_JIS']) {
    // Force the other decoders through random input as well.
    const raw = randomBytes(512 * 1024);
    const t = textInput('r-' + enc, enc === 'UTF-8' ? raw.toString('latin1') : raw);
    await all(t);
  }
});

void test('NUL bytes and a 1 MiB line produce one warning each and bounded output', async () => {
  const body = 'a\n' + 'b\0c\n' + 'x'.repeat(1024 * 1024) + '\n' + 'd\0\0\n';
  const src = textInput('nul', Buffer.from(body));
  const recs = await all(src);
  assert.deepEqual(
    recs.map((r) => r.text.length),
    [1, 2, MAX_LINE, 1],
  );
  const nul = src.info.warnings.filter((w) => w.id === 'input.warn.nul');
  const long = src.info.warnings.filter((w) => w.id === 'input.warn.longLine');
  assert.equal(nul.length, 1);
  assert.equal(nul[0]!.vars!.count, 3);
  assert.equal(nul[0]!.line, 2);
  assert.equal(long.length, 1);
  assert.equal(long[0]!.line, 3);
  assert.equal(long[0]!.vars!.count, 1);
});

void test('CRLF and bare CR files', async () => {
  for (const eol of ['\r\n', '\r']) {
    const recs = await all(textInput('eol', Buffer.from(SYSLOG.split('\n').join(eol) + eol)));
    assert.deepEqual(
      recs.map((r) => r.text),
      SYSLOG.split('\n'),
    );
  }
});

void test('year of Mon DD stamps comes from the file time; Dec → Jan keeps counting', async () => {
  const dir = tmp();
  const p = join(dir, 'wrap.log');
  writeFileSync(p, 'Dec 31 23:59:58 gw charon: a\nJan  1 00:00:01 gw charon: b\n');
  const jan2 = new Date('2024-01-02T08:00:00Z');
  utimesSync(p, jan2, jan2);
  const [r] = await openAll([p]);
  assert.deepEqual(
    r!.recs.map((x) => new Date(x.time!).toISOString()),
    ['2023-12-31T23:59:58.000Z', '2024-01-01T00:00:01.000Z'],
  );
  // Newest first across New Year: reversed and still in the right years.
  const q = join(dir, 'rev.log');
  writeFileSync(q, 'Jan  1 00:00:01 gw charon: b\nDec 31 23:59:58 gw charon: a\n');
  utimesSync(q, jan2, jan2);
  const [s] = await openAll([q]);
  assert.equal(s!.src.info.reversed, true);
  assert.deepEqual(
    s!.recs.map((x) => [x.line, new Date(x.time!).toISOString()]),
    [
      [2, '2023-12-31T23:59:58.000Z'],
      [1, '2024-01-01T00:00:01.000Z'],
    ],
  );
});

void test('a large newest-first file is reversed in batches; over the limit it is read top down', async () => {
  const lines: string[] = [];
  for (let i = 3000; i > 0; i--) {
    const t = new Date(Date.UTC(2024, 2, 1, 0, 0, i)).toISOString();
    lines.push(`${t} gw charon[1]: line ${i}`);
  }
  const text = lines.join('\n') + '\n';
  const src = textInput('rev', text);
  const recs = await all(src);
  assert.equal(src.info.reversed, true);
  assert.equal(recs[0]!.message, 'line 1');
  assert.equal(recs[0]!.line, 3000);
  assert.equal(recs.at(-1)!.message, 'line 3000');
  const saved = inputLimits.maxReverseChars;
  inputLimits.maxReverseChars = 10_000;
  try {
    const capped = textInput('rev', text);
    const r2 = await all(capped);
    assert.equal(capped.info.reversed, false);
    assert.ok(capped.info.warnings.some((w) => w.id === 'input.warn.reverseTooLarge'));
    assert.deepEqual(
      r2.map((r) => r.line),
      r2.map((_, i) => i + 1),
    );
  } finally {
    inputLimits.maxReverseChars = saved;
  }
});

void test('forward files with equal or rising stamps are not reversed', async () => {
  const same = Array.from({ length: 500 }, () => 'Mar  1 10:00:00 gw p: x').join('\n');
  const s = textInput('same', same);
  await all(s);
  assert.equal(s.info.reversed, false);
  const mixed = ['Mar  1 10:00:05 gw p: a', 'Mar  1 10:00:01 gw p: b', 'Mar  1 10:00:09 gw p: c'].join('\n');
  const m = textInput('mixed', mixed);
  await all(m);
  assert.equal(m.info.reversed, false);
});

void test('detachRecord copies a record field for field', async () => {
  const recs = await all(textInput('d', SYSLOG + '\nplain line\n', { now: NOW }));
  for (const r of recs) assert.deepEqual(detachRecord(r), r);
});

void test('onBytes reports what was read', async () => {
  let n = 0;
  const data = Buffer.from((SYSLOG + '\n').repeat(100));
  const src = textInput('b', data, { onBytes: (k) => (n += k) });
  await all(src);
  assert.equal(n, data.length);
  assert.equal(src.info.bytes, data.length);
});

void test('every warning id has text in both catalogs', () => {
  const ids = [
    'input.warn.missing',
    'input.warn.unreadable',
    'input.warn.emptyDir',
    'input.warn.binary',
    'input.warn.compression',
    'input.warn.gzip',
    'input.warn.readError',
    'input.warn.encoding',
    'input.warn.nul',
    'input.warn.longLine',
    'input.warn.reversed',
    'input.warn.reverseTooLarge',
    'input.progress.known',
    'input.progress.unknown',
  ];
  const en = catalog('en');
  const ja = catalog('ja');
  for (const id of ids) {
    assert.ok(en[id], `en ${id}`);
    assert.ok(ja[id], `ja ${id}`);
  }
  const enKeys = Object.keys(en).filter((k) => k.startsWith('input.'));
  const jaKeys = Object.keys(ja).filter((k) => k.startsWith('input.'));
  assert.deepEqual(enKeys.sort(), jaKeys.sort());
  assert.deepEqual(enKeys.sort(), [...ids].sort());
});
