// ipsec.secrets of strongSwan's starter (ipsec.secrets(5)) and Libreswan/Openswan (ipsec.secrets(5)):
// `[selectors] : TYPE secret` entries, indented continuation lines (Openswan `: RSA { ... }` key
// blocks), `#` comments and `include <file>` with shell wildcards. Every secret is masked before a
// line is kept: what the parsers keep of an entry is its selectors, its type and its line.
//
// A PSK applies to a connection when the entry has no selector, or (ipsec.secrets(5)) its
// selectors match our identity and the peer's; strongSwan is more lenient (one matching selector
// suffices), and ikescope follows it: `pskPresent` says a key is configured, not that it is right.
import { MASK, maskLines } from '../shared/secrets.js';
import { headLines } from '../shared/detect.js';
import { quotedWords } from '../shared/tokens.js';
import { expandInclude } from './glob.js';
import { markSeen, readSide, Sources, splitLines, type Pos } from './source.js';
import { idMatches, type SecretRef, type SwanConfig } from './common.js';

export const format = { id: 'ipsec-secrets', vendor: 'libreswan' as const, name: 'ipsec.secrets (strongSwan / Libreswan / Openswan)' };

/** Types whose first word after the type is a file or key name, the rest a passphrase. */
const KEY_FILE_TYPES = new Set(['RSA', 'ECDSA', 'BLISS', 'PKCS8', 'P12', 'PKCS12', 'ECDSAKEY']);
/** Types only strongSwan knows. */
const STRONGSWAN_TYPES = new Set(['EAP', 'NTLM', 'P12', 'PIN', 'BLISS', 'PKCS8', 'ECDSA']);
const TYPES = /^(PSK|RSA|ECDSA|BLISS|PKCS8|P12|PKCS12|EAP|NTLM|XAUTH|PIN|PPKS)\b/i;
/** The same, matched at a given index (sticky). */
const TYPE_AT = /(?:PSK|RSA|ECDSA|BLISS|PKCS8|P12|PKCS12|EAP|NTLM|XAUTH|PIN|PPKS)\b/iy;

export interface SecretEntry {
  selectors: string[];
  type: string;
  pos: Pos;
}

export interface SecretsDoc {
  entries: SecretEntry[];
  includes: { pattern: string; pos: Pos; read: string[]; problem?: string }[];
}

/**
 * Where the `:` separating selectors from the secret is: a colon followed by white space and a
 * secret type, at the start of the line or after white space (Libreswan also accepts it glued to
 * the last selector: `192.0.2.1: PSK "..."`, but not an IPv6 colon, which no blank follows).
 */
function separator(line: string): number {
  for (let k = 0; k < line.length; k++) {
    if (line[k] !== ':') continue;
    let j = k + 1;
    if (j < line.length && line[j] !== ' ' && line[j] !== '\t') continue;
    while (j < line.length && (line[j] === ' ' || line[j] === '\t')) j++;
    TYPE_AT.lastIndex = j;
    if (TYPE_AT.test(line)) return k;
    // the blanks just skipped cannot hold another colon
    k = j - 1;
  }
  return -1;
}

interface Masked {
  lines: string[];
  count: number;
}

/** Mask the secrets of an ipsec.secrets text's lines. */
export function maskSecrets(lines: readonly string[]): Masked {
  const out: string[] = [];
  let count = 0;
  let inBlock = false;
  for (const line of lines) {
    if (inBlock) {
      // inside `{ ... }` every line is key material, up to the closing brace
      const close = line.indexOf('}');
      if (close >= 0) {
        inBlock = false;
        const indent = line.slice(0, line.length - line.trimStart().length);
        out.push(line.slice(0, close).trim() === '' ? line : `${indent}${MASK} ${line.slice(close)}`);
      } else out.push(line.trim() === '' ? line : `${' '.repeat(Math.min(8, line.length - line.trimStart().length))}${MASK}`);
      continue;
    }
    const trimmed = line.trimStart();
    if (trimmed.startsWith('#') || trimmed === '' || /^include\s/.test(trimmed)) {
      out.push(line);
      continue;
    }
    const sep = separator(line);
    if (sep < 0) {
      // a continuation line of an entry (indented): secret material as well
      if (/^\s/.test(line)) {
        out.push(`${line.slice(0, line.length - trimmed.length)}${MASK}`);
        continue;
      }
      out.push(line);
      continue;
    }
    const rest = line.slice(sep + 1);
    const tm = TYPES.exec(rest.trimStart());
    if (!tm) {
      out.push(line);
      continue;
    }
    const type = tm[1]!.toUpperCase();
    const typeEnd = sep + 1 + (rest.length - rest.trimStart().length) + tm[0].length;
    const head = line.slice(0, typeEnd);
    const tail = line.slice(typeEnd);
    const tailTrim = tail.trim();
    if (tailTrim === '') {
      out.push(line);
      continue;
    }
    if (tailTrim.startsWith('{')) {
      count++;
      if (!tailTrim.includes('}')) inBlock = true;
      out.push(`${head} { ${MASK}${tailTrim.includes('}') ? ' }' : ''}`);
      continue;
    }
    if (KEY_FILE_TYPES.has(type)) {
      // `: RSA key.pem [passphrase|%prompt]`: the file name stays, a passphrase does not
      const words = tailTrim.split(/\s+/);
      if (words.length > 1 && words[1] !== '%prompt') {
        count++;
        out.push(`${head} ${words[0]} ${MASK}`);
      } else out.push(line);
      continue;
    }
    // PSK, EAP, XAUTH, NTLM, PIN, PPKS: everything after the type is the secret
    const quoted = tailTrim.startsWith('"');
    if (!/^"?\*+"?$/.test(tailTrim)) count++;
    out.push(`${head} ${quoted ? `"${MASK}"` : MASK}`);
  }
  const pem = maskLines(out, []);
  return { lines: pem.lines, count: count + pem.count };
}

/** Read the entries of one file already in `srcs` (and follow its includes). */
function readEntries(srcs: Sources, f: number, doc: SecretsDoc, depth: number): void {
  const file = srcs.files[f]!;
  for (let i = 0; i < file.lines.length; i++) {
    const line = file.lines[i]!;
    const t = line.trim();
    if (t === '' || t.startsWith('#')) continue;
    const pos: Pos = { f, i };
    const inc = /^include\s+(\S+)\s*$/.exec(t);
    if (inc && !/^\s/.test(line)) {
      const info: SecretsDoc['includes'][number] = { pattern: inc[1]!.replace(/^"|"$/g, ''), pos, read: [] };
      doc.includes.push(info);
      if (depth >= 10) {
        info.problem = 'depth';
        continue;
      }
      const e = expandInclude(file.path, info.pattern);
      if (e.paths.length === 0 && !e.wildcard) info.problem = 'missing';
      for (const p of e.paths) {
        const r = readSide(srcs, p);
        if (!r.ok) {
          info.problem = r.reason;
          continue;
        }
        const m = maskSecrets(splitLines(r.text));
        const nf = srcs.add(r.path, m.lines, m.count);
        info.read.push(r.path);
        readEntries(srcs, nf, doc, depth + 1);
      }
      continue;
    }
    // an entry may be split across lines; the lines after the first are indented (ipsec.secrets(5))
    let joined = line;
    let selectorsBefore = '';
    let sep = separator(line);
    if (sep < 0 && !/^\s/.test(line) && t !== '}') {
      let k = i + 1;
      while (k < file.lines.length && /^\s/.test(file.lines[k]!) && k - i <= 16) {
        const cont = file.lines[k]!;
        if (!cont.trim().startsWith('#')) {
          if (separator(cont) >= 0) {
            selectorsBefore = file.lines.slice(i, k).filter((x) => !x.trim().startsWith('#')).join(' ');
            joined = cont;
            sep = separator(cont);
            i = k;
            // the entry is cited at the line that holds its (masked) secret
            pos.i = k;
            break;
          }
        }
        k++;
      }
    }
    if (sep < 0) {
      // continuation of the previous entry (indented), or the `}` closing a key block
      if (/^\s/.test(line) || t === '}') continue;
      srcs.unread(pos);
      continue;
    }
    const tm = TYPES.exec(joined.slice(sep + 1).trimStart());
    if (!tm) {
      srcs.unread(pos);
      continue;
    }
    // selectors are words; a quoted one may hold blanks (`"C=CH, O=Example, CN=gw"`)
    const selectors = quotedWords(`${selectorsBefore} ${joined.slice(0, sep)}`)
      .tokens.map((x) => x.text)
      .filter(Boolean);
    doc.entries.push({ selectors, type: tm[1]!.toUpperCase(), pos });
  }
}

/** Read an ipsec.secrets file into `srcs` (text given, includes followed). */
export function readSecrets(srcs: Sources, path: string, text: string): SecretsDoc {
  const m = maskSecrets(splitLines(text));
  const f = srcs.add(path, m.lines, m.count);
  markSeen(srcs, path);
  const doc: SecretsDoc = { entries: [], includes: [] };
  readEntries(srcs, f, doc, 0);
  return doc;
}

/** Read an ipsec.secrets from disk into `srcs`; undefined when it cannot be read. */
export function readSecretsFile(srcs: Sources, path: string): SecretsDoc | undefined {
  const r = readSide(srcs, path);
  if (!r.ok) return undefined;
  const m = maskSecrets(splitLines(r.text));
  const f = srcs.add(r.path, m.lines, m.count);
  const doc: SecretsDoc = { entries: [], includes: [] };
  readEntries(srcs, f, doc, 0);
  return doc;
}

/**
 * The PSK entry that applies between our identities and the peer's (ipsec.secrets(5): an entry
 * matching both ends first, then one matching either, then one without selectors).
 */
export function pskFor<E extends { selectors: string[]; type: string }>(entries: readonly E[], local: string[], remote: string[]): E | undefined {
  const psks = entries.filter((e) => e.type === 'PSK');
  const hitsLocal = (e: E) => e.selectors.some((s) => local.some((l) => idMatches(s, l)));
  const hitsRemote = (e: E) => e.selectors.some((s) => remote.some((r) => idMatches(s, r)));
  return (
    psks.find((e) => e.selectors.length >= 2 && hitsLocal(e) && hitsRemote(e)) ??
    psks.find((e) => e.selectors.length >= 1 && (hitsLocal(e) || hitsRemote(e))) ??
    psks.find((e) => e.selectors.length === 0)
  );
}

// ---- the module: ipsec.secrets on its own ------------------------------------------------------

/** Score 0..1 that the lines are an ipsec.secrets file. */
export function detect(lines: string[]): number {
  const head = headLines(lines);
  if (head.length === 0) return 0;
  let entries = 0;
  let other = 0;
  for (const l of head) {
    const t = l.trim();
    if (t.startsWith('#')) continue;
    if (separator(l) >= 0) entries++;
    else if (/^include\s+\S+$/.test(t) || /^\s/.test(l) || t === '}') continue;
    else other++;
  }
  // a file of includes only (Debian's /etc/ipsec.secrets: `include /etc/ipsec.d/*.secrets`)
  if (entries === 0) return other === 0 && head.some((l) => /^include\s+\S*secrets\S*$/.test(l.trim())) ? 0.6 : 0;
  const share = entries / (entries + other);
  return Math.round(Math.max(0, Math.min(1, (share - 0.5) / 0.3)) * 100) / 100;
}

export function parse(path: string, text: string): SwanConfig {
  const srcs = new Sources();
  let vendor: 'strongswan' | 'libreswan' = 'libreswan';
  let refs: SecretRef[] = [];
  try {
    const doc = readSecrets(srcs, path, text);
    refs = doc.entries.map((e) => ({ selectors: e.selectors, type: e.type, src: srcs.src(e.pos) }));
    if (doc.entries.some((e) => STRONGSWAN_TYPES.has(e.type))) vendor = 'strongswan';
    for (const inc of doc.includes) {
      if (inc.problem && inc.read.length === 0) {
        srcs.unread(inc.pos);
        srcs.note(`ipsec-conf.include-${inc.problem}`, { pattern: inc.pattern }, inc.pos);
      }
    }
  } catch (err) {
    srcs.note('parser-error', { message: err instanceof Error ? err.message : String(err) });
  }
  if (srcs.files.length === 0) srcs.add(path, [], 0);
  return { vendor, format: format.id, path, tunnels: [], unparsed: srcs.unparsed(), secretsMasked: srcs.secretsMasked, notes: srcs.notes, secrets: refs };
}
