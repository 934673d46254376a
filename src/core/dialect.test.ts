import { test } from 'node:test';
import assert from 'node:assert/strict';
import { firstChars, literalPrefix, namedGroups, PrefixIndex } from './dialect.js';

const set = (re: RegExp): string | undefined => {
  const f = firstChars(re);
  return f ? [...f].sort().join('') : undefined;
};

test('firstChars: literals, classes, groups and alternatives', () => {
  assert.equal(set(/^abc/), 'a');
  assert.equal(set(/^(?<dir>Rx|Tx) \[/), 'RT');
  assert.equal(set(/^(?:REAL )?Decrypted/), 'DR');
  assert.equal(set(/^[\da-f]{2} /), '0123456789abcdef');
  assert.equal(set(/^(?:(?<esp>ESP|AH): )?Proposal/), 'AEP');
  assert.equal(set(/^\[Crypto/), '[');
  assert.equal(set(/^x/i), 'Xx');
  assert.equal(set(/^a*b/), 'ab');
  assert.equal(set(/^a{0,3}b/), 'ab');
});

test('firstChars: undefined whenever the start is not certain', () => {
  for (const re of [
    /abc/, // not anchored
    /^.x/,
    /^\s+x/,
    /^\w/,
    /^[^a]/,
    /^(?!b)\w/,
    /^a?/, // can match empty
    /^$/,
    /^(?:ab)?c?/,
    /^x/m,
  ])
    assert.equal(firstChars(re), undefined, re.source);
});

test('PrefixIndex: candidates keep list order and never leave out a pattern that matches', () => {
  const patterns = [
    { id: 'lit', regex: /^received packet/ },
    { id: 'alt', regex: /^(?:sending|received) (?<what>\w+)/ },
    { id: 'any', regex: /^\s*error/ },
    { id: 'cls', regex: /^\d{2}\[IKE\]/ },
  ];
  const idx = new PrefixIndex(patterns);
  const ids = (t: string): string[] => idx.candidates(t).map((p) => p.id);
  assert.deepEqual(ids('received packet from'), ['lit', 'alt', 'any']);
  assert.deepEqual(ids('sending request'), ['alt', 'any']);
  assert.deepEqual(ids('13[IKE] x'), ['any', 'cls']);
  assert.deepEqual(ids(''), ['any']);
  // Exhaustive check on generated texts: every pattern that matches is a candidate.
  const alphabet = ['r', 's', '1', '3', ' ', 'e', 'x'];
  const texts = ['received packet', 'sending x', 'received y', '  error', '12[IKE]', 'error', 'x'];
  for (const a of alphabet) texts.push(a + 'eceived packet');
  for (const t of texts)
    for (const p of patterns) if (p.regex.test(t)) assert.ok(ids(t).includes(p.id), `${p.id} for ${t}`);
  assert.equal(literalPrefix(/^received packet/), 'received packet');
});

test('namedGroups: the groups that took part, found by number past classes, escapes and lookarounds', () => {
  const cases: [RegExp, string][] = [
    [/^(?<a>x)(y)?(?<b>z)?$/, 'xz'],
    [/^(?<a>x)(y)?(?<b>z)?$/, 'xy'],
    [/^[(<](?<inClass>[^)]{1,5})\)(?:\((?<esc>\d)\))?/, '(ab)(7)'],
    [/(?<=q)(?<after>r)(?<!s[rt])(?<end>t)/, 'qrt'],
    [/^(?:(?<outer>a(?<inner>b)?)|(?<other>c))(\[)?$/, 'ab['],
    [/^(?:(?<outer>a(?<inner>b)?)|(?<other>c))(\[)?$/, 'c'],
  ];
  for (const [re, text] of cases) {
    const m = re.exec(text);
    assert.ok(m, `${re.source} on ${text}`);
    const expected = Object.fromEntries(Object.entries(m.groups ?? {}).filter(([, v]) => v !== undefined));
    assert.deepEqual({ ...namedGroups(re, m) }, expected, `${re.source} on ${text}`);
  }
});
