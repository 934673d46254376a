// Where a Junos kmd/iked message starts, in the forms SRX devices write it:
//   Aug  3 10:18:01  srx1 kmd[14162]: KMD_VPN_DOWN_ALARM_USER: VPN ipsec-vpn-1 from ... is down. ...
//   Aug  3 10:18:44  srx1 kmd[14162]: IKE negotiation successfully completed. IKE Version: 2, ...
//   (FPC Slot 1, PIC Slot 0) SPC1_PIC0 kmd[1234]: KMD_VPN_PV_PHASE1: IKE Phase-1 Failure: ...
//   <30>1 2023-05-04T15:27:26.461+10:00 host kmd 13862 KMD_PM_SA_ESTABLISHED [junos@2636... local-address="..." ...] Local gateway: ...
//   [Aug 22 20:40:14]iked_pm_ike_sa_done: local:192.168.179.2, remote:212.45.64.2 IKEv1   (kmd trace file)
// The structured-data form (`set system syslog structured-data`) carries the tag as the RFC 5424
// MSGID, which the envelope parser consumes; it is read back from the raw text here, and a
// KMD_PM_SA_ESTABLISHED line without text is rebuilt from its structured-data parameters.
import type { LogRecord } from '../../core/model.js';
import { readKv } from '../fortigate/kv.js';

export interface JunosPrefix {
  /** `KMD_...` tag, when the line has one. */
  tag?: string;
  /** The text the patterns match: `TAG: text`, or the untagged kmd message. */
  rest: string;
}

const TAG = /^(KMD_[A-Z0-9_]{2,60}):\s?/;
const TRACE_STAMP = /^\[[A-Z][a-z]{2} {1,2}\d{1,2} \d{2}:\d{2}:\d{2}(?:\.\d{1,6})?\]\s?/;
const SD_TAG = /^<\d{1,3}>1 \S{1,40} \S{1,255} (?:kmd|iked) \S{1,12} (KMD_[A-Z0-9_]{2,60}) \[/;
const OPENERS = ['IKE negotiation ', 'IPSec negotiation ', 'IPsec negotiation ', 'IKE Phase-', 'Phase-1 [', 'Phase-2 [', 'iked_pm_', 'Config download'];

/** The message after `kmd[pid]: ` when the envelope left a PIC prefix in front of it. */
function afterDaemon(m: string): string {
  for (const d of ['kmd[', 'iked[']) {
    const at = m.indexOf(d);
    if (at < 0 || at > 120) continue;
    const close = m.indexOf(']: ', at);
    if (close > 0 && close - at < 20) return m.slice(close + 3);
  }
  return m;
}

function spiHex(decimal: string | undefined): string {
  if (!decimal || !/^\d{1,10}$/.test(decimal)) return '0';
  return Number(decimal).toString(16);
}

/** A KMD_PM_SA_ESTABLISHED / _DELETED line rebuilt from its structured-data parameters. */
function fromStructuredData(tag: string, text: string): string | undefined {
  const open = text.indexOf('[junos@');
  if (open < 0) return undefined;
  const sp = text.indexOf(' ', open);
  if (sp < 0) return undefined;
  const f = readKv(text, sp + 1);
  const g = (k: string): string => (f.get(k) ?? '').replace(/\\\]/g, ']').replace(/\]$/, '');
  if (tag === 'KMD_PM_SA_ESTABLISHED' || tag === 'KMD_PM_SA_DELETED')
    return `${tag}: Local gateway: ${g('local-address')}, Remote gateway: ${g('remote-address')}, Local ID: ${g('local-initiator')}, Remote ID: ${g('remote-responder')}, Direction: ${g('argument1')}, SPI: 0x${spiHex(g('index1'))}, AUX-SPI: ${g('index2') || '0'}, Mode: ${g('mode')}, Type: ${g('type')}, Traffic-selector: ${g('traffic-selector-name')}`;
  return undefined;
}

/** MSG of an RFC 5424 line the envelope parser did not take apart (header and structured data skipped). */
function rfc5424Message(text: string): string | undefined {
  let i = 0;
  for (let f = 0; f < 6; f++) {
    const sp = text.indexOf(' ', i);
    if (sp < 0 || sp - i > 260) return undefined;
    i = sp + 1;
  }
  if (text.charCodeAt(i) === 45 /* - */) return text.slice(i + 1).trim();
  let quoted = false;
  while (i < text.length && text.charCodeAt(i) === 91 /* [ */) {
    i++;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (quoted) {
        if (c === 92) i++;
        else if (c === 34) quoted = false;
      } else if (c === 34) quoted = true;
      else if (c === 93) break;
      i++;
    }
    i++;
  }
  return text.slice(i).trim();
}

export function parseJunos(rec: LogRecord): JunosPrefix | undefined {
  let m = rec.message;
  if (m.startsWith('<') && m === rec.text && m.includes('>1 ')) m = rfc5424Message(m) ?? m;
  const d = m.indexOf('kmd[');
  if (m.startsWith('(FPC Slot') || (d >= 0 && d < 120) || m.startsWith('iked[')) m = afterDaemon(m);
  const stamp = m.startsWith('[') ? TRACE_STAMP.exec(m) : null;
  if (stamp) m = m.slice(stamp[0].length);
  const t = TAG.exec(m);
  if (t?.[1]) return { tag: t[1], rest: m };
  if (rec.text.startsWith('<')) {
    const sd = SD_TAG.exec(rec.text);
    if (sd?.[1]) {
      const tag = sd[1];
      if (m.trim()) return { tag, rest: `${tag}: ${m.trim()}` };
      const rebuilt = fromStructuredData(tag, rec.text);
      return rebuilt ? { tag, rest: rebuilt } : { tag, rest: `${tag}:` };
    }
  }
  const daemon = rec.program === 'kmd' || rec.program === 'iked' || stamp !== null;
  if (daemon || OPENERS.some((o) => m.startsWith(o))) return m ? { rest: m } : undefined;
  return undefined;
}

/** `ipv4_subnet(any:0,[0..7]=10.1.1.0/24)` → `10.1.1.0/24`; `ipv4(10.1.1.1-10.1.1.9)` → the range. */
export function decodeSelector(s: string | undefined): string | undefined {
  if (!s) return undefined;
  const t = s.trim();
  if (!t || /^not-available$/i.test(t)) return undefined;
  const eq = t.lastIndexOf('=');
  if (eq >= 0 && t.endsWith(')')) return t.slice(eq + 1, -1);
  const open = t.indexOf('(');
  if (open >= 0 && t.endsWith(')')) return t.slice(open + 1, -1);
  return t;
}

/** Junos writes "Not-Available" / "Not-Applicable" for unknown values. */
export function known(v: string | undefined): string | undefined {
  if (v === undefined) return undefined;
  const t = v.trim();
  if (!t || /^not-(?:available|applicable)$/i.test(t)) return undefined;
  return t;
}
