// zh messages: qno
// Qno 路由器记录的是 pluto 的消息；与 pluto 共用的模式使用相同的说明。
import pluto from './pluto.js';
import { sharedWithPluto } from '../en/qno.js';

const messages: Record<string, string> = {
  ...sharedWithPluto(pluto),
  'explain.qno.qno-packet': 'IKEv1 {mode} 模式第 {n} 个报文：路由器 {verb}（Received = 接收，Send = 发送）。',
  'explain.qno.qno-spi': '正在协商的 IPsec SA 的 {dir} SPI（Inbound = 入方向，Outbound = 出方向）：{spi}。',
  'explain.qno.qno-esp-algorithms':
    'IPsec SA 的内核算法 ID：ESP transform {e}（2 = DES，3 = 3DES，12 = AES），密钥长度 {key} 位，认证 {a}（1 = HMAC-MD5，2 = HMAC-SHA1）。',
  'explain.qno.tag': '[{tag}] {message}',
};
export default messages;
