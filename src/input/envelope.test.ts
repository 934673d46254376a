import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import type { LogRecord } from '../core/model.js';
import { createEnvelopeContext, parseEnvelope, type EnvelopeContext } from './envelope.js';

const NOW = new Date('2024-06-15T12:00:00Z');

function env(text: string, ctx: EnvelopeContext = { now: NOW }): LogRecord {
  return parseEnvelope({ path: 'p.log', line: 7, text }, ctx);
}

/** The record without path/line/text (checked once below), time as ISO for readability. */
function fields(text: string, ctx?: EnvelopeContext): Record<string, unknown> {
  const r = env(text, ctx);
  assert.equal(r.text, text, 'text is kept untouched');
  assert.equal(r.path, 'p.log');
  assert.equal(r.line, 7);
  const out: Record<string, unknown> = { message: r.message };
  if (r.time !== undefined) out.time = r.timeOfDayOnly ? r.time : new Date(r.time).toISOString();
  if (r.timeOfDayOnly !== undefined) out.timeOfDayOnly = r.timeOfDayOnly;
  if (r.host !== undefined) out.host = r.host;
  if (r.program !== undefined) out.program = r.program;
  if (r.pid !== undefined) out.pid = r.pid;
  return out;
}

void test('RFC 3164 with PRI, host and prog[pid]', () => {
  assert.deepEqual(
    fields("<34>Oct 11 22:14:15 mymachine su[123]: 'su root' failed for lonvick on /dev/pts/8"),
    {
      message: "'su root' failed for lonvick on /dev/pts/8",
      time: '2023-10-11T22:14:15.000Z', // October is after June: last year
      host: 'mymachine',
      program: 'su',
      pid: 123,
    },
  );
});

void test('RFC 3164 without PRI, prog: without pid, fractional seconds', () => {
  assert.deepEqual(
    fields('Mar  1 10:00:00.123456 vpn-gw charon: 09[IKE] initiating IKE_SA home[1] to 192.0.2.1'),
    {
      message: '09[IKE] initiating IKE_SA home[1] to 192.0.2.1',
      time: '2024-03-01T10:00:00.123Z',
      host: 'vpn-gw',
      program: 'charon',
    },
  );
});

void test('RFC 3164 year: ctx.year wins, otherwise inferred from now', () => {
  assert.equal(fields('Dec 31 23:59:59 h p: x', { year: 2019 }).time, '2019-12-31T23:59:59.000Z');
  assert.equal(fields('Jun 15 00:00:00 h p: x', { now: NOW }).time, '2024-06-15T00:00:00.000Z');
  assert.equal(fields('Jul  1 00:00:00 h p: x', { now: NOW }).time, '2023-07-01T00:00:00.000Z');
});

void test('Dec → Jan within one file moves to the next year; newest-first Jan → Dec to the previous', () => {
  const ctx = createEnvelopeContext({ now: new Date('2024-01-02T00:00:00Z') });
  const a = env('Dec 31 23:59:58 h charon: a', ctx);
  const b = env('Jan  1 00:00:01 h charon: b', ctx);
  assert.equal(new Date(a.time!).toISOString(), '2023-12-31T23:59:58.000Z');
  assert.equal(new Date(b.time!).toISOString(), '2024-01-01T00:00:01.000Z');
  // A file written Nov → Feb read with a reference time in January: still one straight line.
  const ctx2 = createEnvelopeContext({ now: new Date('2024-01-10T00:00:00Z') });
  const years = ['Nov 30', 'Dec 31', 'Jan  1', 'Feb  2'].map((d) =>
    new Date(env(`${d} 10:00:00 h p: x`, ctx2).time!).getUTCFullYear(),
  );
  assert.deepEqual(years, [2023, 2023, 2024, 2024]);
  const ctx3 = createEnvelopeContext({ now: new Date('2024-01-05T00:00:00Z') });
  const rev = ['Jan  2', 'Jan  1', 'Dec 31', 'Dec 30'].map((d) =>
    new Date(env(`${d} 10:00:00 h p: x`, ctx3).time!).getUTCFullYear(),
  );
  assert.deepEqual(rev, [2024, 2024, 2023, 2023]);
});

void test('RFC 5424 with structured data', () => {
  assert.deepEqual(
    fields(
      '<165>1 2003-10-11T22:14:15.003Z mymachine.example.com evntslog - ID47 [exampleSDID@32473 iut="3" eventSource="Application" eventID="1011"] An application event log entry...',
    ),
    {
      message: 'An application event log entry...',
      time: '2003-10-11T22:14:15.003Z',
      host: 'mymachine.example.com',
      program: 'evntslog',
    },
  );
});

void test('RFC 5424 with offset, pid, nil SD, BOM, escaped ] and several SD elements', () => {
  assert.deepEqual(
    fields(
      "<165>1 2003-08-24T05:14:15.000003-07:00 192.0.2.1 myproc 8710 - - %% It's time to make the do-nuts.",
    ),
    {
      message: "%% It's time to make the do-nuts.",
      time: '2003-08-24T12:14:15.000Z',
      host: '192.0.2.1',
      program: 'myproc',
      pid: 8710,
    },
  );
  assert.deepEqual(
    fields('<34>1 2024-03-01T10:00:00Z gw charon 42 IKE [a x="q\\"]" y="\\\\"][b z="1"] \uFEFFhello'),
    {
      message: 'hello',
      time: '2024-03-01T10:00:00.000Z',
      host: 'gw',
      program: 'charon',
      pid: 42,
    },
  );
  assert.deepEqual(fields('<34>1 - - - - - -'), { message: '' });
});

void test('ISO 8601 prefix with offset (rsyslog high precision)', () => {
  assert.deepEqual(
    fields('2024-03-01T10:00:00.123456+09:00 gw1 charon[1234]: 09[IKE] <home|3> IKE_SA home[3] established'),
    {
      message: '09[IKE] <home|3> IKE_SA home[3] established',
      time: '2024-03-01T01:00:00.123Z',
      host: 'gw1',
      program: 'charon',
      pid: 1234,
    },
  );
});

void test('ISO date with a space and no offset is UTC', () => {
  assert.deepEqual(fields('2024-03-01 10:00:00.5 gw1 pluto[77]: "west" #1: initiating IKEv2 connection'), {
    message: '"west" #1: initiating IKEv2 connection',
    time: '2024-03-01T10:00:00.500Z',
    host: 'gw1',
    program: 'pluto',
    pid: 77,
  });
  assert.deepEqual(fields('2024-03-01 10:00:00 09[IKE] x'), {
    message: '09[IKE] x',
    time: '2024-03-01T10:00:00.000Z',
  });
});

void test('PAN-OS ikemgr.log: time with a separate offset, no host', () => {
  assert.deepEqual(fields('2021-07-06 18:35:17.869 +0900  [DEBG]: {    9:     }: Compared: DB:Peer'), {
    message: '[DEBG]: {    9:     }: Compared: DB:Peer',
    time: '2021-07-06T09:35:17.869Z',
  });
  assert.deepEqual(
    fields('2021-07-06 18:35:17.870 +0900  [PERR]: {    9:     }: no suitable proposal found.'),
    {
      message: '[PERR]: {    9:     }: no suitable proposal found.',
      time: '2021-07-06T09:35:17.870Z',
    },
  );
});

void test('journalctl short, short-iso, short-precise, short-full', () => {
  assert.deepEqual(fields('Mar 01 10:00:00 vpn charon[123]: 05[CFG] received stroke: initiate'), {
    message: '05[CFG] received stroke: initiate',
    time: '2024-03-01T10:00:00.000Z',
    host: 'vpn',
    program: 'charon',
    pid: 123,
  });
  assert.deepEqual(fields('2024-03-01T10:00:00+0000 vpn charon[123]: msg'), {
    message: 'msg',
    time: '2024-03-01T10:00:00.000Z',
    host: 'vpn',
    program: 'charon',
    pid: 123,
  });
  assert.deepEqual(fields('Mar 01 10:00:00.654321 vpn charon-systemd[9]: msg'), {
    message: 'msg',
    time: '2024-03-01T10:00:00.654Z',
    host: 'vpn',
    program: 'charon-systemd',
    pid: 9,
  });
  assert.deepEqual(fields('Fri 2024-03-01 10:00:00 UTC vpn charon[1]: msg'), {
    message: 'msg',
    time: '2024-03-01T10:00:00.000Z',
    host: 'vpn',
    program: 'charon',
    pid: 1,
  });
});

void test('strongSwan filelog: time_format %b %e %T, ike_name, no host', () => {
  assert.deepEqual(fields('Nov 24 15:17:03 09[IKE] <conn|1> initiating IKE_SA conn[1] to 10.0.0.2'), {
    message: '09[IKE] <conn|1> initiating IKE_SA conn[1] to 10.0.0.2',
    time: '2023-11-24T15:17:03.000Z',
  });
  // %e pads the day with a space
  assert.deepEqual(
    fields(
      'Nov  4 15:17:03 16[NET] <conn|1> sending packet: from 10.0.0.1[500] to 10.0.0.2[500] (1084 bytes)',
    ),
    {
      message: '16[NET] <conn|1> sending packet: from 10.0.0.1[500] to 10.0.0.2[500] (1084 bytes)',
      time: '2023-11-04T15:17:03.000Z',
    },
  );
  assert.deepEqual(fields('2024-03-01T10:00:00 12[CFG2] loaded IKE shared key'), {
    message: '12[CFG2] loaded IKE shared key',
    time: '2024-03-01T10:00:00.000Z',
  });
});

void test('strongSwan without time: message is the whole line', () => {
  assert.deepEqual(fields('09[IKE] <conn|1> establishing CHILD_SA conn{1}'), {
    message: '09[IKE] <conn|1> establishing CHILD_SA conn{1}',
  });
});

void test('Libreswan logfile with logtime=yes (colon after the time)', () => {
  assert.deepEqual(fields('Nov 24 15:17:03.123456: "westnet-eastnet" #1: initiating IKEv2 connection'), {
    message: '"westnet-eastnet" #1: initiating IKEv2 connection',
    time: '2023-11-24T15:17:03.123Z',
  });
  assert.deepEqual(fields('Nov 24 15:17:03: | pluto debug line'), {
    message: '| pluto debug line',
    time: '2023-11-24T15:17:03.000Z',
  });
});

void test('Openswan time of day only, program[pid] with no colon (seed 003)', () => {
  assert.deepEqual(fields('22:49:47 pluto[585] "abc" #4: STATE_QUICK_I2 sent QI2, IPsec SA established'), {
    message: '"abc" #4: STATE_QUICK_I2 sent QI2, IPsec SA established',
    time: ((22 * 60 + 49) * 60 + 47) * 1000,
    timeOfDayOnly: true,
    program: 'pluto',
    pid: 585,
  });
  assert.deepEqual(fields('22:49:46 pluto[585] “abc” #624: responding to Main Mode'), {
    message: '“abc” #624: responding to Main Mode',
    time: ((22 * 60 + 49) * 60 + 46) * 1000,
    timeOfDayOnly: true,
    program: 'pluto',
    pid: 585,
  });
});

void test('tabs between header fields', () => {
  assert.deepEqual(fields('Nov 19 09:36:22 \tcharon: 07[NET] <con1|2> sending packet'), {
    message: '07[NET] <con1|2> sending packet',
    time: '2023-11-19T09:36:22.000Z',
    program: 'charon',
  });
  assert.deepEqual(fields('Nov 19 09:36:22 gw1\tcharon[4]:\t07[NET] x'), {
    message: '07[NET] x',
    time: '2023-11-19T09:36:22.000Z',
    host: 'gw1',
    program: 'charon',
    pid: 4,
  });
});

void test('pluto through syslog keeps its conn name in the message', () => {
  assert.deepEqual(fields('Nov 27 22:49:47 ipcop pluto[585]: "abc" #4: STATE_QUICK_I2 sent QI2'), {
    message: '"abc" #4: STATE_QUICK_I2 sent QI2',
    time: '2023-11-27T22:49:47.000Z',
    host: 'ipcop',
    program: 'pluto',
    pid: 585,
  });
});

void test('Cisco stamps, sequence numbers and ASA device-id', () => {
  assert.deepEqual(fields('*Mar  1 00:03:45.123 UTC: %CRYPTO-5-SESSION_STATUS: Crypto tunnel is UP'), {
    message: '%CRYPTO-5-SESSION_STATUS: Crypto tunnel is UP',
    time: '2024-03-01T00:03:45.123Z',
  });
  assert.deepEqual(fields('000123: *Mar  1 00:03:45.123: %CRYPTO-4-RECVD_PKT_INV_SPI: decaps'), {
    message: '%CRYPTO-4-RECVD_PKT_INV_SPI: decaps',
    time: '2024-03-01T00:03:45.123Z',
  });
  assert.deepEqual(fields('000124: %CRYPTO-6-ISAKMP_ON_OFF: ISAKMP is ON'), {
    message: '%CRYPTO-6-ISAKMP_ON_OFF: ISAKMP is ON',
  });
  assert.deepEqual(fields('Jan 16 2024 13:45:10: %ASA-6-113004: AAA user authentication Successful'), {
    message: '%ASA-6-113004: AAA user authentication Successful',
    time: '2024-01-16T13:45:10.000Z',
  });
  assert.deepEqual(
    fields('<166>Jan 16 2024 13:45:10 asa01 : %ASA-4-713903: Group = vpn, IP = 192.0.2.9, Error'),
    {
      message: '%ASA-4-713903: Group = vpn, IP = 192.0.2.9, Error',
      time: '2024-01-16T13:45:10.000Z',
      host: 'asa01',
    },
  );
  assert.deepEqual(fields('Mar  1 10:00:00 10.1.1.1 123: *Mar  1 00:00:00.001: %CRYPTO-4-X: y'), {
    message: '%CRYPTO-4-X: y',
    time: '2024-03-01T10:00:00.000Z',
    host: '10.1.1.1',
  });
  assert.deepEqual(fields('<166>%ASA-6-302013: Built inbound'), { message: '%ASA-6-302013: Built inbound' });
  assert.deepEqual(
    fields('Apr 27 2020 02:03:03 dev01: %ASA-5-713120: Group = 100.60.140.10, PHASE 2 COMPLETED'),
    {
      message: '%ASA-5-713120: Group = 100.60.140.10, PHASE 2 COMPLETED',
      time: '2020-04-27T02:03:03.000Z',
      host: 'dev01',
    },
  );
});

void test('lines without an envelope are left alone', () => {
  for (const text of [
    '',
    'x',
    'packet from 124.x.x.x:500: [Tunnel Negotiation Info] Responder Received Aggressive Mode 1st packet',
    '(g2gips18)[17] 124.x.x.x #1895: [Tunnel Established] ISAKMP SA established',
    'IKEv2-PROTO-2: (16): Received Packet [From 10.0.0.2:500/To 10.0.0.1:500/VRF i0:f0]',
    'Mar is a month',
    '2024 was a year',
    '12:30 lunch',
    '<html>',
    '<999>Oct 11 22:14:15 h p: too high a PRI',
    '10.0.0.1 - - [01/Mar/2024:10:00:00 +0000] "GET /"',
    'Oct 11 22:14:15x glued',
  ]) {
    assert.deepEqual(fields(text), { message: text }, text);
  }
});

void test('never throws on random text', () => {
  const ctx = createEnvelopeContext({ now: NOW });
  const alphabet = '<>[]:. 0123456789-+TZ"|%*MarJanDecOct\t\u00e9\u3042';
  for (let i = 0; i < 20000; i++) {
    const len = i % 80;
    const bytes = randomBytes(len);
    let s = '';
    for (const b of bytes) s += alphabet[b % alphabet.length];
    const r = parseEnvelope({ path: 'r', line: i, text: s }, ctx);
    assert.equal(r.text, s);
    assert.ok(s.endsWith(r.message));
  }
  // Real stamps with random tails
  for (let i = 0; i < 2000; i++) {
    const tail = randomBytes(i % 40).toString('latin1');
    for (const head of [
      'Mar  1 10:00:00 ',
      '<13>1 2024-03-01T10:00:00Z ',
      '2024-03-01 10:00:00 +0900 ',
      '22:49:47 ',
    ]) {
      const s = head + tail;
      assert.equal(parseEnvelope({ path: 'r', line: 1, text: s }, ctx).text, s);
    }
  }
});

void test('64 KiB adversarial lines finish quickly', () => {
  const ctx = createEnvelopeContext({ now: NOW });
  const big = 65536;
  const inputs = [
    ' '.repeat(big),
    '0'.repeat(big),
    '.'.repeat(big),
    '['.repeat(big),
    ':'.repeat(big),
    '<13>1 2024-03-01T10:00:00Z h a p m ' + '['.repeat(big),
    '<13>1 2024-03-01T10:00:00Z h a p m [x y="' + '\\"'.repeat(big / 2),
    'Mar  1 10:00:00 ' + 'a'.repeat(big),
    'Mar  1 10:00:00 ' + ' '.repeat(big) + 'x',
    'Mar  1 10:00:00 host ' + 'p['.repeat(big / 2),
    'Mar  1 10:00:00 host prog[' + '1'.repeat(big) + ']:',
    '2024-03-01 10:00:00' + '0'.repeat(big),
    '1'.repeat(big) + ': x',
    '<1>' + '<1>'.repeat(big / 3),
  ];
  for (const s of inputs) {
    const t0 = performance.now();
    for (let k = 0; k < 10; k++) parseEnvelope({ path: 'a', line: 1, text: s }, ctx);
    const ms = performance.now() - t0;
    assert.ok(ms < 1000, `${s.slice(0, 30)}… took ${ms} ms`);
  }
});

void test('a non-matching line costs little (sanity bound, not a benchmark)', () => {
  const ctx = createEnvelopeContext({ now: NOW });
  const lines = Array.from(
    { length: 1000 },
    (_, i) => `packet from 124.x.x.x:500: [Tunnel Negotiation Info] line ${i}`,
  );
  const t0 = performance.now();
  let n = 0;
  for (let r = 0; r < 100; r++)
    for (const text of lines) n += parseEnvelope({ path: 'a', line: 1, text }, ctx).message.length;
  const perLine = ((performance.now() - t0) * 1e6) / 100_000;
  assert.ok(n > 0);
  assert.ok(perLine < 5000, `${perLine} ns per line`);
});
