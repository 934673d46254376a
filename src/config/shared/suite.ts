// The test suite every appliance configuration parser runs (called from each parser's test file):
// golden cases, detection against the other parsers and against logs, secrets never in the output,
// notes spelled in both catalogs, adversarial lines and random bytes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { ConfigSource, ParsedConfig } from '../../core/policy.js';
import en from '../../i18n/en/config.js';
import ja from '../../i18n/ja/config.js';
import { checkGolden, configCases, logSamples } from './golden.js';
import type { ApplianceConfig } from './types.js';
import * as asa from '../cisco-asa/index.js';
import * as ios from '../cisco-ios/index.js';
import * as panos from '../panos/index.js';
import * as fortigate from '../fortigate/index.js';

export interface ParserModule {
  format: { id: string; vendor: string; name: string };
  detect(lines: string[]): number;
  parse(path: string, text: string): ApplianceConfig;
}

export const APPLIANCE_PARSERS: readonly { dir: string; mod: ParserModule }[] = [
  { dir: 'cisco-asa', mod: asa },
  { dir: 'cisco-ios', mod: ios },
  { dir: 'panos', mod: panos },
  { dir: 'fortigate', mod: fortigate },
];

export const THRESHOLD = 0.5;

/** Small configurations of vendors these parsers do not read (hand-written in each vendor's syntax). */
export const FOREIGN: Record<string, string> = {
  'junos-set': [
    'set security ike proposal P1 authentication-method pre-shared-keys',
    'set security ike proposal P1 dh-group group14',
    'set security ike proposal P1 encryption-algorithm aes-256-cbc',
    'set security ike policy IKE-POL mode main',
    'set security ike policy IKE-POL proposals P1',
    'set security ike policy IKE-POL pre-shared-key ascii-text "$9$abcdefg"',
    'set security ike gateway GW1 ike-policy IKE-POL',
    'set security ike gateway GW1 address 203.0.113.1',
    'set security ike gateway GW1 external-interface ge-0/0/0.0',
    'set security ipsec vpn VPN1 ike gateway GW1',
    'set security zones security-zone trust interfaces ge-0/0/1.0',
    'set interfaces st0 unit 0 family inet',
  ].join('\n'),
  'junos-brace': [
    'security {',
    '    ike {',
    '        proposal P1 {',
    '            authentication-method pre-shared-keys;',
    '            dh-group group14;',
    '        }',
    '        gateway GW1 {',
    '            ike-policy IKE-POL;',
    '            address 203.0.113.1;',
    '        }',
    '    }',
    '    ipsec {',
    '        vpn VPN1 {',
    '            ike {',
    '                gateway GW1;',
    '            }',
    '        }',
    '    }',
    '}',
  ].join('\n'),
  vyos: [
    'set vpn ipsec esp-group ESP-1 proposal 1 encryption aes256',
    'set vpn ipsec ike-group IKE-1 proposal 1 dh-group 14',
    'set vpn ipsec site-to-site peer 203.0.113.1 authentication mode pre-shared-secret',
    'set vpn ipsec site-to-site peer 203.0.113.1 tunnel 1 local prefix 10.0.0.0/24',
    'set interfaces ethernet eth0 address 198.51.100.2/24',
  ].join('\n'),
  mikrotik: [
    '# jan/02/1970 00:00:00 by RouterOS 7.12',
    '/ip ipsec profile',
    'add dh-group=modp2048 enc-algorithm=aes-256 name=p1',
    '/ip ipsec peer',
    'add address=203.0.113.1/32 name=hq profile=p1',
    '/ip ipsec policy',
    'add dst-address=10.1.0.0/24 peer=hq src-address=10.2.0.0/24 tunnel=yes',
  ].join('\n'),
  pfsense: [
    '<?xml version="1.0"?>',
    '<pfsense>',
    '  <ipsec>',
    '    <phase1>',
    '      <ikeid>1</ikeid>',
    '      <iketype>ikev2</iketype>',
    '      <remote-gateway>203.0.113.1</remote-gateway>',
    '      <pre-shared-key>secret</pre-shared-key>',
    '    </phase1>',
    '  </ipsec>',
    '</pfsense>',
  ].join('\n'),
};

/** Every ConfigSource of a parse result. */
export function sources(r: ParsedConfig): ConfigSource[] {
  const out: ConfigSource[] = [...r.unparsed];
  const walk = (v: unknown): void => {
    if (!v || typeof v !== 'object') return;
    if (Array.isArray(v)) {
      for (const x of v) walk(x);
      return;
    }
    const o = v as Record<string, unknown>;
    if (typeof o.path === 'string' && typeof o.line === 'number' && typeof o.text === 'string')
      out.push(o as unknown as ConfigSource);
    for (const x of Object.values(o)) walk(x);
  };
  walk(r.tunnels);
  walk((r as ApplianceConfig).notes);
  return out;
}

/** Adversarial lines: long runs of the characters the parsers' expressions repeat. */
export function adversarialLines(): string[] {
  const k = 65536;
  const r = (s: string): string => s.repeat(Math.ceil(k / s.length)).slice(0, k);
  return [
    r(' '),
    r('1'),
    r('.'),
    r('['),
    r('"'),
    r('<'),
    r('a'),
    r('-'),
    r('/'),
    r(':'),
    r('*'),
    r('\t'),
    r('1.'),
    r('1.1.1.1 '),
    `crypto map ${r('x ')}`,
    `crypto isakmp key ${r('a')} address 1.1.1.1`,
    ` pre-shared-key ${r('address ')}`,
    `access-list A extended permit ip ${r('1.1.1.1 255.255.255.0 ')}`,
    `access-list A extended permit ip ${r('object-group ')}`,
    `set ${r(' ')}`,
    `set network ike gateway ${r('[ ')}`,
    `set network ${r('ike ')}`,
    `    set psksecret "${r('a')}`,
    `    set psksecret ENC ${r('\\"')}`,
    `<entry name="${r('a')}`,
    r('<key>x</key>'),
    r('<a>'),
    r('</a>'),
    r('<!--'),
    `${r('edit ')}`,
    r('config vpn ipsec phase1-interface\n'),
    `R1(config)#${r('(config)#')}`,
    `-----BEGIN RSA PRIVATE KEY-----${r('A')}`,
    r('2001:db8::/64 '),
    `banner motd ${r('^')}`,
  ];
}

export function randomText(seed: number, length: number): string {
  let x = seed >>> 0 || 1;
  let s = '';
  const alphabet =
    ' \t\n\r!"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~\u00e9\u3042\ufffd';
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    s += alphabet[x % alphabet.length];
  }
  return s;
}

/**
 * The common tests of one parser. `secrets` maps a fixture name to the strings (or patterns) that
 * must never appear in its parse result.
 */
export function applianceSuite(
  dir: string,
  mod: ParserModule,
  secrets: Record<string, (string | RegExp)[]>,
): void {
  const cases = configCases(dir);

  void test(`${dir}: has real-sample fixtures`, () =>
    assert.ok(cases.length >= 3, `${cases.length} fixtures`));

  for (const c of cases) {
    void test(`${dir}: golden ${c.name}`, () => {
      const r = mod.parse(c.path.replace(/\\/g, '/'), readFileSync(c.path, 'utf8'));
      const { actual, expected } = checkGolden(c, r);
      assert.ok(expected !== undefined, `missing ${c.expected} (run with UPDATE_GOLDEN=1)`);
      assert.equal(actual, expected);
    });

    void test(`${dir}: ${c.name} is detected as ${mod.format.id} and as no other format`, () => {
      const lines = readFileSync(c.path, 'utf8').split(/\r\n|\r|\n/, 400);
      const mine = mod.detect(lines);
      assert.ok(mine >= THRESHOLD, `${mod.format.id} scores ${mine}`);
      for (const o of APPLIANCE_PARSERS) {
        if (o.mod === mod) continue;
        const s = o.mod.detect(lines);
        assert.ok(s < mine && s < THRESHOLD, `${o.mod.format.id} scores ${s} (mine ${mine})`);
      }
    });

    void test(`${dir}: ${c.name} keeps no secret`, () => {
      const r = mod.parse(c.path, readFileSync(c.path, 'utf8'));
      const json = JSON.stringify(r);
      const list = secrets[c.name];
      assert.ok(list, `list the secrets of ${c.name} in the test`);
      for (const s of list) {
        if (typeof s === 'string') assert.ok(!json.includes(s), `secret ${s} leaked`);
        else assert.ok(!s.test(json), `secret ${String(s)} leaked`);
      }
      if (list.length)
        assert.ok(r.secretsMasked > 0 || json.includes('********'), 'secrets are counted or masked');
      for (const src of sources(r)) assert.equal(src.path, c.path);
    });
  }

  void test(`${dir}: every note has its English and Japanese message`, () => {
    for (const c of cases) {
      const r = mod.parse(c.path, readFileSync(c.path, 'utf8'));
      for (const n of r.notes) {
        const id = `config.note.${n.id}`;
        assert.ok(id in en, `en ${id}`);
        assert.ok(id in ja, `ja ${id}`);
        for (const v of Object.keys(n.vars ?? {})) assert.ok(en[id]!.includes(`{${v}}`), `${id} uses {${v}}`);
      }
      assert.ok(
        `config.format.${r.format}` in en && `config.format.${r.format}` in ja,
        `format name ${r.format}`,
      );
    }
  });

  void test(`${dir}: logs, seeds and strongSwan/Libreswan files are not taken for this format`, () => {
    const logs = logSamples();
    assert.ok(logs.length > 0);
    for (const l of logs) {
      const s = mod.detect(l.lines);
      assert.ok(s < THRESHOLD, `${l.path} scores ${s}`);
    }
  });

  void test(`${dir}: other vendors' configurations are not taken for this format`, () => {
    for (const [name, text] of Object.entries(FOREIGN)) {
      const s = mod.detect(text.split('\n'));
      assert.ok(s < THRESHOLD, `${name} scores ${s}`);
    }
  });

  void test(`${dir}: 64 KiB adversarial lines finish quickly`, () => {
    for (const line of adversarialLines()) {
      const t0 = performance.now();
      const r = mod.parse('adversarial.cfg', `${line}\n${line}\n`);
      mod.detect([line, line]);
      const ms = performance.now() - t0;
      assert.ok(ms < 1000, `${ms.toFixed(0)} ms on ${JSON.stringify(line.slice(0, 40))}`);
      assert.ok(Array.isArray(r.tunnels));
    }
  });

  void test(`${dir}: random bytes never throw`, () => {
    for (let k = 1; k <= 40; k++) {
      const text = randomText(k * 7919, 4096);
      assert.doesNotThrow(() => mod.detect(text.split('\n')));
      const r = mod.parse('random.cfg', text);
      assert.equal(r.vendor, mod.format.vendor);
      assert.ok(mod.detect(text.split('\n')) < THRESHOLD);
    }
    // real bytes too: a fixture cut at random places
    for (const c of cases.slice(0, 3)) {
      const t = readFileSync(c.path, 'utf8');
      for (let k = 1; k < 20; k++)
        assert.doesNotThrow(() => mod.parse(c.path, t.slice(0, Math.floor((t.length * k) / 20))));
    }
  });
}
