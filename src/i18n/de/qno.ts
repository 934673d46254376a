// de messages: qno
// Qno-Router protokollieren die Meldungen von pluto; die mit pluto gemeinsamen Muster werden gleich erklärt.
import pluto from './pluto.js';
import { sharedWithPluto } from '../en/qno.js';

const messages: Record<string, string> = {
  ...sharedWithPluto(pluto),
  'explain.qno.qno-packet':
    'IKEv1-{mode}-Mode-Nachricht {n}: Der Router hat sie {verb} (Received = empfangen, Send = gesendet).',
  'explain.qno.qno-spi':
    '{dir}-SPI der IPsec SA in Aushandlung (Inbound = eingehend, Outbound = ausgehend): {spi}.',
  'explain.qno.qno-esp-algorithms':
    'Kernel-Algorithmus-IDs der IPsec SA: ESP-Transform {e} (2 = DES, 3 = 3DES, 12 = AES), Schlüssellänge {key} Bit, Authentisierung {a} (1 = HMAC-MD5, 2 = HMAC-SHA1).',
  'explain.qno.tag': '[{tag}] {message}',
};
export default messages;
