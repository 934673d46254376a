import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { createProgress } from './progress.js';
import { useAllLangs } from '../i18n/index.js';

// Catalogs other than English load on demand: these tests read all four.
await useAllLangs();

class FakeTty extends Writable {
  isTTY: boolean;
  columns = 100;
  text = '';
  constructor(isTTY: boolean) {
    super();
    this.isTTY = isTTY;
  }
  override _write(chunk: Buffer, _enc: BufferEncoding, cb: () => void): void {
    this.text += chunk.toString();
    cb();
  }
  cursorTo(): boolean {
    return true;
  }
  clearLine(): boolean {
    return true;
  }
  moveCursor(): boolean {
    return true;
  }
}

void test('no output when stderr is not a terminal', () => {
  const s = new FakeTty(false);
  const p = createProgress(1000, { stream: s as unknown as NodeJS.WriteStream });
  p.tick(500, 10);
  p.done();
  assert.equal(s.text, '');
});

void test('draws bytes, MB/s and lines/s on a terminal, and stops', () => {
  const s = new FakeTty(true);
  const p = createProgress(4 * 1048576, { stream: s as unknown as NodeJS.WriteStream });
  p.tick(2 * 1048576, 1000);
  p.done();
  p.done();
  p.tick(1, 1);
  assert.match(s.text, /2\.0\/4\.0 MB/);
  assert.match(s.text, /MB\/s/);
  assert.match(s.text, /lines\/s/);
  const u = new FakeTty(true);
  const q = createProgress(undefined, { stream: u as unknown as NodeJS.WriteStream, lang: 'ja' });
  q.tick(1048576, 0);
  q.done();
  assert.match(u.text, /1\.0 MB 読み込み/);
});
