// Test certificates made with strongSwan's `pki`, once per lab run. ECDSA P-256 keeps the
// certificates (and so the captures) small; the *-big pair is RSA 4096 so that an IKE_AUTH
// message carrying it is larger than the path MTU (IP fragmentation scenario).
import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { must } from './sh.js';

const DN = (cn) => `C=XX, O=ikescope lab, CN=${cn}`;

async function pki(args, outFile) {
  const r = await must('pki', [...args, '--outform', 'pem'], { timeoutMs: 60_000 });
  writeFileSync(outFile, r.stdout);
}

async function key(dir, name, type = 'ecdsa', size = 256) {
  await pki(['--gen', '--type', type, '--size', String(size)], join(dir, `${name}.key`));
}

async function self(dir, name, cn) {
  await key(dir, name);
  await pki(['--self', '--ca', '--lifetime', '3650', '--in', join(dir, `${name}.key`), '--type', 'ecdsa', '--dn', DN(cn)], join(dir, `${name}.crt`));
}

async function issue(dir, name, { ca = 'ca', cn, san, keyName = name, keyType = 'ecdsa', extra = [] }) {
  const pub = join(dir, `${name}.pub`);
  await pki(['--pub', '--in', join(dir, `${keyName}.key`), '--type', keyType === 'rsa' ? 'rsa' : 'ecdsa'], pub);
  await pki(
    ['--issue', '--cacert', join(dir, `${ca}.crt`), '--cakey', join(dir, `${ca}.key`), '--in', pub, '--type', 'pub',
      '--dn', DN(cn), '--san', san, ...extra],
    join(dir, `${name}.crt`),
  );
}

/** Creates the lab's CA and host certificates under dir (skips if already there). */
export async function makePki(dir) {
  if (existsSync(join(dir, 'done'))) return dir;
  mkdirSync(dir, { recursive: true });
  await self(dir, 'ca', 'Lab Root CA');
  await self(dir, 'rogue-ca', 'Rogue CA');
  await key(dir, 'left');
  await key(dir, 'right');
  await issue(dir, 'left', { cn: 'left.example', san: 'left.example' });
  await issue(dir, 'right', { cn: 'right.example', san: 'right.example' });
  await issue(dir, 'left-rogue', { ca: 'rogue-ca', keyName: 'left', cn: 'left.example', san: 'left.example' });
  await issue(dir, 'left-expired', {
    keyName: 'left', cn: 'left.example', san: 'left.example',
    extra: ['--not-before', '01.01.20 00:00:00', '--not-after', '01.01.21 00:00:00'],
  });
  await issue(dir, 'left-otherid', { keyName: 'left', cn: 'other.example', san: 'other.example' });
  await key(dir, 'left-big', 'rsa', 4096);
  await issue(dir, 'left-big', { keyName: 'left-big', keyType: 'rsa', cn: 'left.example', san: 'left.example' });
  writeFileSync(join(dir, 'done'), '');
  return dir;
}
