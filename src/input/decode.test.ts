import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import iconv from 'iconv-lite';
import { createDecoder, detectEncoding, type EncodingName } from './decode.js';

// Realistic log text: mostly ASCII with a few words in the local language.
const JA_LOG = [
  '2024-03-01 10:00:00 vpn-gw1 ikemgr[123]: トンネル tokyo-osaka の確立に失敗しました (フェーズ1)',
  '2024-03-01 10:00:01 vpn-gw1 ikemgr[123]: 事前共有鍵が一致しません peer=203.0.113.5',
  '2024-03-01 10:00:02 vpn-gw1 ikemgr[123]: 再送タイムアウト: 応答がありません',
  '2024-03-01 10:00:03 vpn-gw1 ikemgr[123]: IKE SA を削除しました',
].join('\n');
const ZH_LOG = [
  'Mar  1 10:00:00 router ipsec[12]: [Tunnel Negotiation Fail] 隧道协商失败, 对端 124.x.x.x 没有响应',
  'Mar  1 10:00:01 router ipsec[12]: [Tunnel Established] 第一阶段协商完成, 使用 DES 加密算法不安全',
  'Mar  1 10:00:02 router ipsec[12]: [Tunnel Disconnected] 对端已断线, 连接中断',
  'Mar  1 10:00:03 router ipsec[12]: DPD 侦测机制启动',
].join('\n');
const ZH_TW_LOG = [
  'Mar  1 10:00:00 router ipsec[12]: 隧道協商失敗 對端 124.x.x.x 沒有響應',
  'Mar  1 10:00:01 router ipsec[12]: 第一階段協商完成 使用 DES 加密演算法不安全',
  'Mar  1 10:00:02 router ipsec[12]: 對端已斷線 連線中斷, 請檢查設定',
].join('\n');
const DE_LOG = [
  'Nov 27 22:49:47 ipcop pluto[585]: Verbindung für Zweigstelle Köln hergestellt',
  'Nov 27 22:49:48 ipcop pluto[585]: Schlüsselaustausch läuft, Größe 1024, Prüfsumme ok',
  'Nov 27 22:49:49 ipcop pluto[585]: Gegenstelle antwortet nicht (Zeitüberschreitung)',
].join('\n');
const PT_LOG =
  'Conexão falhou: não foi possível negociar a fase 1, verificação de autenticação pendente. Ação necessária\n';
const FR_LOG =
  'Mar  1 10:00:00 pare-feu charon: échec de négociation, clé prédéfinie erronée, réessayez à 10h05\n';

function decodeAll(buf: Buffer, enc: EncodingName, pieces = 7): string {
  const d = createDecoder(enc);
  let out = '';
  const step = Math.max(1, Math.ceil(buf.length / pieces));
  for (let i = 0; i < buf.length; i += step) out += d.write(buf.subarray(i, i + step));
  return out + d.end();
}

function roundTrip(text: string, iconvName: string, expected: EncodingName): void {
  const buf = iconv.encode(text, iconvName);
  const det = detectEncoding(buf, true);
  assert.equal(det.encoding, expected, `${iconvName}: detected ${det.encoding}`);
  assert.equal(det.binary, false);
  assert.equal(decodeAll(buf, det.encoding), text);
}

void test('UTF-8, with and without BOM', () => {
  const text = JA_LOG + '\n' + ZH_LOG;
  assert.deepEqual(detectEncoding(Buffer.from(text), true), {
    encoding: 'UTF-8',
    bom: 0,
    binary: false,
    guessed: false,
  });
  const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);
  const det = detectEncoding(bom, true);
  assert.equal(det.encoding, 'UTF-8');
  assert.equal(det.bom, 3);
  assert.equal(decodeAll(bom, 'UTF-8'), text);
});

void test('UTF-8 sample cut in the middle of a character is still UTF-8', () => {
  const buf = Buffer.from(JA_LOG.repeat(50));
  const cut = buf.subarray(0, buf.length - 2);
  assert.equal(detectEncoding(cut, false).encoding, 'UTF-8');
});

void test('UTF-16LE and UTF-16BE with BOM', () => {
  for (const [name, enc] of [
    ['utf16le', 'UTF-16LE'],
    ['utf16be', 'UTF-16BE'],
  ] as const) {
    const body = iconv.encode(JA_LOG, name);
    const bom = name === 'utf16le' ? [0xff, 0xfe] : [0xfe, 0xff];
    const buf = Buffer.concat([Buffer.from(bom), body]);
    const det = detectEncoding(buf, true);
    assert.equal(det.encoding, enc);
    assert.equal(det.bom, 2);
    assert.equal(det.binary, false);
    assert.equal(decodeAll(buf, enc), JA_LOG);
  }
});

void test('UTF-16 without BOM is recognised by its zero bytes, not called binary', () => {
  const text = 'Mar  1 10:00:00 gw charon: 09[IKE] initiating IKE_SA\n'.repeat(20);
  assert.equal(detectEncoding(iconv.encode(text, 'utf16le'), true).encoding, 'UTF-16LE');
  assert.equal(detectEncoding(iconv.encode(text, 'utf16be'), true).encoding, 'UTF-16BE');
});

void test('Japanese: Shift_JIS and EUC-JP', () => {
  roundTrip(JA_LOG, 'shift_jis', 'Shift_JIS');
  roundTrip(JA_LOG, 'euc-jp', 'EUC-JP');
  // One short Japanese line among many ASCII lines.
  const sparse =
    'Mar  1 10:00:00 gw charon: 09[IKE] retransmit 1 of request\n'.repeat(200) + '接続に失敗しました\n';
  roundTrip(sparse, 'shift_jis', 'Shift_JIS');
  roundTrip(sparse, 'euc-jp', 'EUC-JP');
});

void test('Chinese: GBK / GB18030 and Big5', () => {
  roundTrip(ZH_LOG, 'gbk', 'GB18030');
  roundTrip(ZH_LOG, 'gb18030', 'GB18030');
  roundTrip(ZH_TW_LOG, 'big5', 'Big5');
  const sparse =
    'Mar  1 10:00:00 gw charon: 09[IKE] retransmit 1 of request\n'.repeat(200) + '隧道协商失败\n';
  roundTrip(sparse, 'gbk', 'GB18030');
});

void test('Latin-1 comes last', () => {
  roundTrip(DE_LOG, 'latin1', 'ISO-8859-1');
  roundTrip(FR_LOG, 'latin1', 'ISO-8859-1');
  // Portuguese pairs of accented letters (`çã`) are valid Big5/GBK byte pairs.
  roundTrip(PT_LOG, 'latin1', 'ISO-8859-1');
  roundTrip(PT_LOG.repeat(30), 'latin1', 'ISO-8859-1');
});

void test('UTF-8 with one stray Latin-1 byte stays UTF-8', () => {
  const buf = Buffer.concat([
    Buffer.from(JA_LOG + '\n'),
    Buffer.from([0x4b, 0xf6, 0x6c, 0x6e, 0x0a]),
    Buffer.from(ZH_LOG),
  ]);
  assert.equal(detectEncoding(buf, true).encoding, 'UTF-8');
});

void test('binary: executables, random bytes, many control bytes', () => {
  const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), randomBytes(4096)]);
  assert.equal(detectEncoding(elf, true).binary, true);
  assert.equal(detectEncoding(randomBytes(65536), false).binary, true);
  const ctl = Buffer.from('abc\x01\x02\x03def\x04\x05'.repeat(100));
  assert.equal(detectEncoding(ctl, true).binary, true);
  // 16-bit little-endian numbers have a zero every other byte too, but they are not text.
  const words = Buffer.alloc(8192);
  for (let i = 0; i < 4096; i++) words.writeUInt16LE(i % 200, i * 2);
  assert.equal(detectEncoding(words, true).binary, true);
});

void test('text with a block of zeros (a crashed log) is still text', () => {
  const text = Buffer.from('Mar  1 10:00:00 gw charon: 09[IKE] x\n'.repeat(100));
  const buf = Buffer.concat([text, Buffer.alloc(4096), text]);
  const det = detectEncoding(buf, true);
  assert.equal(det.binary, false);
  assert.equal(det.encoding, 'UTF-8');
});

void test('decoders keep characters split across chunk boundaries', () => {
  for (const [name, enc] of [
    ['utf8', 'UTF-8'],
    ['shift_jis', 'Shift_JIS'],
    ['euc-jp', 'EUC-JP'],
    ['gb18030', 'GB18030'],
    ['utf16le', 'UTF-16LE'],
    ['utf16be', 'UTF-16BE'],
  ] as const) {
    const buf = iconv.encode(JA_LOG, name);
    for (const pieces of [3, 17, buf.length])
      assert.equal(decodeAll(buf, enc, pieces), JA_LOG, `${name} in ${pieces}`);
  }
});

void test('empty input', () => {
  const det = detectEncoding(Buffer.alloc(0), true);
  assert.equal(det.encoding, 'UTF-8');
  assert.equal(det.binary, false);
});
