import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LineSplitter, MAX_LINE } from './lines.js';

function split(chunks: string[], max?: number): { lines: string[]; sp: LineSplitter } {
  const sp = new LineSplitter(max);
  const lines: string[] = [];
  for (const c of chunks) sp.push(c, lines);
  sp.end(lines);
  return { lines, sp };
}

/** Every way of cutting a text in two (and three) chunks gives the same lines. */
function allCuts(text: string): string[][] {
  const out: string[][] = [];
  for (let i = 0; i <= text.length; i++) {
    out.push(split([text.slice(0, i), text.slice(i)]).lines);
    for (let j = i; j <= text.length; j += 3)
      out.push(split([text.slice(0, i), text.slice(i, j), text.slice(j)]).lines);
  }
  return out;
}

void test('LF, CRLF, bare CR and a last line without line end', () => {
  assert.deepEqual(split(['a\nb\r\nc\rd']).lines, ['a', 'b', 'c', 'd']);
  assert.deepEqual(split(['a\n\nb\n']).lines, ['a', '', 'b']);
  assert.deepEqual(split(['a\r\rb']).lines, ['a', '', 'b']);
  assert.deepEqual(split(['']).lines, []);
  assert.deepEqual(split(['\n']).lines, ['']);
});

void test('chunk boundaries anywhere, including between CR and LF', () => {
  const text = 'one\r\ntwo\rthree\nfour\r\n\r\nfive^M\nsix';
  const want = ['one', 'two', 'three', 'four', '', 'five', 'six'];
  for (const got of allCuts(text)) assert.deepEqual(got, want);
});

void test('literal ^M at the end of a line is a line end (seed 004)', () => {
  assert.deepEqual(split(['packet from 124.x.x.x:500: [Tunnel Negotiation Info] x^M\n=> y\n']).lines, [
    'packet from 124.x.x.x:500: [Tunnel Negotiation Info] x',
    '=> y',
  ]);
  assert.deepEqual(split(['a^M^M\r\nb ^M c\n']).lines, ['a', 'b ^M c']);
});

void test('NUL characters are removed and counted, with the first line', () => {
  const { lines, sp } = split(['a\nb\0c\n', '\0\0d\n']);
  assert.deepEqual(lines, ['a', 'bc', 'd']);
  assert.equal(sp.nulCount, 3);
  assert.equal(sp.nulFirstLine, 2);
});

void test('long lines are cut at the limit and the rest skipped; memory stays bounded', () => {
  const max = 100;
  const long = 'x'.repeat(1000);
  const { lines, sp } = split(['a\n', long.slice(0, 300), long.slice(300), '\nb\n' + long + '\nc'], max);
  assert.deepEqual(lines, ['a', 'x'.repeat(max), 'b', 'x'.repeat(max), 'c']);
  assert.equal(sp.longCount, 2);
  assert.equal(sp.longFirstLine, 2);
  assert.equal(sp.lines, 5);
});

void test('a 1 MiB line in many chunks becomes one 64 KiB line', () => {
  const sp = new LineSplitter();
  const out: string[] = [];
  const piece = 'y'.repeat(4096);
  for (let i = 0; i < 256; i++) sp.push(piece, out);
  assert.equal(out.length, 0);
  sp.push('\nz', out);
  sp.end(out);
  assert.equal(out.length, 2);
  assert.equal(out[0]!.length, MAX_LINE);
  assert.equal(out[1], 'z');
  assert.equal(sp.longCount, 1);
});

void test('line count', () => {
  const { sp } = split(['1\n2\r\n3\r4']);
  assert.equal(sp.lines, 4);
});
