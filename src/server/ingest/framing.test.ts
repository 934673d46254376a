import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeMessage, splitDatagram, SyslogFramer } from './framing.js';
import { parseDuration, parseEndpoint, parseSize } from '../options.js';
import { cookieValue } from '../http.js';

function frame(max: number, chunks: (string | Buffer)[]): { msgs: string[]; oversize: number[]; framing: string } {
  const msgs: string[] = [];
  const oversize: number[] = [];
  const f = new SyslogFramer(max, { message: (b) => msgs.push(decodeMessage(b)), oversize: (n) => oversize.push(n) });
  for (const c of chunks) f.push(typeof c === 'string' ? Buffer.from(c) : c);
  f.end();
  return { msgs, oversize, framing: f.framing };
}

void describe('RFC 6587 framing', () => {
  void it('reads octet-counted frames, split anywhere', () => {
    const a = '<30>Nov 24 21:00:01 moon charon: 07[IKE] established';
    const b = 'line with\nnewline inside';
    const all = `${Buffer.byteLength(a)} ${a}${Buffer.byteLength(b)} ${b}`;
    for (let cut = 1; cut < all.length; cut += 7) {
      const r = frame(1000, [all.slice(0, cut), all.slice(cut)]);
      assert.deepEqual(r.msgs, [a, b]);
      assert.equal(r.framing, 'octet');
    }
  });

  void it('reads newline framing with LF, CRLF and NUL terminators', () => {
    const r = frame(1000, ['<30>one\r\n<30>tw', 'o\n<30>three\u0000<30>four']);
    assert.deepEqual(r.msgs, ['<30>one', '<30>two', '<30>three', '<30>four']);
    assert.equal(r.framing, 'line');
  });

  void it('does not take a Cisco sequence number or an ISO date for a length', () => {
    assert.deepEqual(frame(1000, ['000123: %CRYPTO-5-X: y\n']).msgs, ['000123: %CRYPTO-5-X: y']);
    assert.deepEqual(frame(1000, ['2024-03-01T10:00:00Z host x\n']).msgs, ['2024-03-01T10:00:00Z host x']);
  });

  void it('skips over-long messages whole and reports them, in both framings', () => {
    const big = 'x'.repeat(500);
    const r = frame(100, [`${big.length} ${big}5 hello`]);
    assert.deepEqual(r.msgs, ['hello']);
    assert.deepEqual(r.oversize, [500]);
    const l = frame(100, [`${big}\n`, 'ok\n']);
    assert.deepEqual(l.msgs, ['ok']);
    assert.equal(l.oversize.length, 1);
    const split = frame(100, [big.slice(0, 300), big.slice(300), '\nafter\n']);
    assert.deepEqual(split.msgs, ['after']);
    assert.equal(split.oversize.length, 1);
  });

  void it('keeps invalid UTF-8 as replacement characters', () => {
    const r = frame(100, [Buffer.from([0x3c, 0x33, 0x30, 0x3e, 0xff, 0xfe, 0x41, 0x0a])]);
    assert.deepEqual(r.msgs, ['<30>\uFFFD\uFFFDA']);
  });

  void it('splits datagrams that pack several lines', () => {
    assert.deepEqual(
      splitDatagram(Buffer.from('a\nb\r\n\nc')).map((b) => b.toString()),
      ['a', 'b', 'c'],
    );
  });

  void it('reads 64 KiB adversarial input quickly', () => {
    for (const ch of [' ', '1', '9', '\n', '\r', '\u0000', '<', '[', '.']) {
      const t0 = Date.now();
      frame(70_000, [ch.repeat(65536)]);
      frame(70_000, ['1'.repeat(8) + ' ' + ch.repeat(65536)]);
      assert.ok(Date.now() - t0 < 1000, `slow on ${JSON.stringify(ch)}`);
    }
    const t0 = Date.now();
    frame(1_000_000, ['a\n'.repeat(300_000)]);
    assert.ok(Date.now() - t0 < 2000);
  });
});

void describe('option values', () => {
  void it('parses durations, sizes and endpoints', () => {
    assert.equal(parseDuration('7d'), 7 * 86_400_000);
    assert.equal(parseDuration('5m'), 300_000);
    assert.equal(parseDuration('250ms'), 250);
    assert.equal(parseDuration('30'), 30_000);
    assert.equal(parseDuration('7x'), undefined);
    assert.equal(parseSize('64KiB'), 65536);
    assert.equal(parseSize('50MB'), 50_000_000);
    assert.equal(parseSize('50M'), 50 * 1024 * 1024);
    assert.equal(parseSize('big'), undefined);
    assert.deepEqual(parseEndpoint('127.0.0.1:5514'), { host: '127.0.0.1', port: 5514 });
    assert.deepEqual(parseEndpoint('[::1]:6514'), { host: '::1', port: 6514 });
    assert.deepEqual(parseEndpoint('5514'), { host: '127.0.0.1', port: 5514 });
    assert.equal(parseEndpoint('::1:5514'), undefined);
    assert.equal(parseEndpoint('host:99999'), undefined);
  });

  void it('reads cookies', () => {
    assert.equal(cookieValue('a=1; ikescope_token=isk_x_y; b=2', 'ikescope_token'), 'isk_x_y');
    assert.equal(cookieValue('a=1', 'ikescope_token'), undefined);
    assert.equal(cookieValue('ikescope_token=%E0%A4%A', 'ikescope_token'), undefined);
  });

  void it('parses 64 KiB adversarial values quickly', () => {
    for (const ch of ['1', '.', ':', '[', ' ', ';', '=']) {
      const s = ch.repeat(65536);
      const t0 = Date.now();
      parseDuration(s);
      parseSize(s);
      parseEndpoint(s);
      cookieValue(s.slice(0, 8000), 'x');
      assert.ok(Date.now() - t0 < 1000);
    }
  });
});
