// ja messages: qno
// Qno ルーターは pluto のメッセージを記録します。pluto と共通のパターンは同じ説明を使います。
import pluto from './pluto.js';
import { sharedWithPluto } from '../en/qno.js';

const messages: Record<string, string> = {
  ...sharedWithPluto(pluto),
  'explain.qno.qno-packet':
    'IKEv1 {mode} モードのメッセージ {n}: ルーターが {verb}（Received = 受信、Send = 送信）。',
  'explain.qno.qno-spi':
    'ネゴシエート中の IPsec SA の {dir} SPI（Inbound = 受信側、Outbound = 送信側）: {spi}。',
  'explain.qno.qno-esp-algorithms':
    'IPsec SA のカーネルアルゴリズム ID: ESP トランスフォーム {e}（2 = DES、3 = 3DES、12 = AES）、鍵長 {key} ビット、認証 {a}（1 = HMAC-MD5、2 = HMAC-SHA1）。',
  'explain.qno.tag': '[{tag}] {message}',
};
export default messages;
