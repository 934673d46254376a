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

void test('Sophos UTM (Astaro): YYYY:MM:DD-HH:MM:SS, in its own files and through syslog', () => {
  assert.deepEqual(
    fields('2023:05:17-10:11:12 utm-host pluto[1234]: "S_REF_IpsSitSite_0" #12: initiating Main Mode'),
    {
      message: '"S_REF_IpsSitSite_0" #12: initiating Main Mode',
      time: '2023-05-17T10:11:12.000Z',
      host: 'utm-host',
      program: 'pluto',
      pid: 1234,
    },
  );
  // elastic/integrations sophos utm test log (remote syslog with PRI)
  assert.deepEqual(
    fields(
      '<30>2023:04:28-11:28:41 sophos-test-vm1 ulogd[12511]: id="2014" severity="info" sys="SecureNet" sub="packetfilter" name="DNS request"',
    ),
    {
      message: 'id="2014" severity="info" sys="SecureNet" sub="packetfilter" name="DNS request"',
      time: '2023-04-28T11:28:41.000Z',
      host: 'sophos-test-vm1',
      program: 'ulogd',
      pid: 12511,
    },
  );
  // One-digit month and day (Wazuh's Sophos UTM decoder sample), program without pid
  assert.deepEqual(
    fields('2016:1:29-06:09:59 localhost.localdomain smtpd[905]: MASTER[nnumqua]: QR globally disabled'),
    {
      message: 'MASTER[nnumqua]: QR globally disabled',
      time: '2016-01-29T06:09:59.000Z',
      host: 'localhost.localdomain',
      program: 'smtpd',
      pid: 905,
    },
  );
  assert.deepEqual(
    fields('2023:04:28-00:00:04 sophos-test-vm1 dhcpd: DHCPDISCOVER from 04:7b:cb:a1:d2:93 via eth7'),
    {
      message: 'DHCPDISCOVER from 04:7b:cb:a1:d2:93 via eth7',
      time: '2023-04-28T00:00:04.000Z',
      host: 'sophos-test-vm1',
      program: 'dhcpd',
    },
  );
  // Not a UTM stamp: a Cisco sequence number and a bad month stay what they were.
  assert.deepEqual(fields('1234: %CRYPTO-6-ISAKMP_ON_OFF: ISAKMP is ON'), {
    message: '%CRYPTO-6-ISAKMP_ON_OFF: ISAKMP is ON',
  });
  assert.deepEqual(fields('2023:13:17-10:11:12 h p: x'), { message: '2023:13:17-10:11:12 h p: x' });
});

const FGT_VPN =
  'logid="0101037124" type="event" subtype="vpn" level="error" vd="root" logdesc="IPsec phase 1 error" msg="IPsec phase 1 error" action="negotiate" remip=198.51.100.7 locip=203.0.113.10 remport=500 locport=500 outintf="wan1" cookies="5f2d1c8a9b3e4f60/0000000000000000" vpntunnel="HQ-BRANCH" status="negotiate_error" reason="probable-pre-shared-key-mismatch" peer_notif="NOT-APPLICABLE"';

void test('FortiGate key=value: time from date=/time=, host from devname, the whole record as message', () => {
  const kv = `date=2023-05-17 time=10:11:12 devname="FGT60F" devid="FGT60FTK20000001" ${FGT_VPN}`;
  assert.deepEqual(fields(kv), { message: kv, time: '2023-05-17T10:11:12.000Z', host: 'FGT60F' });
  // PRI only (FortiOS `format default`): the message starts at date=
  assert.deepEqual(fields(`<187>${kv}`), { message: kv, time: '2023-05-17T10:11:12.000Z', host: 'FGT60F' });
  // FortiOS 5.x: unquoted values
  const v5 =
    'date=2016-06-16 time=16:22:34 devname=Mobipay_Firewall devid=FGTXXXX9999999999 logid=0100032001 type=event subtype=system level=information';
  assert.deepEqual(fields(v5), { message: v5, time: '2016-06-16T16:22:34.000Z', host: 'Mobipay_Firewall' });
  // Disk log without devname (FortiOS Log Message Reference example): no host
  const disk =
    'date=2018-12-27 time=11:15:40 logid="0100032002" type="event" subtype="system" level="alert" vd="vdom1" logdesc="Admin login failed"';
  assert.deepEqual(fields(disk), { message: disk, time: '2018-12-27T11:15:40.000Z' });
});

void test('FortiGate key=value: tz= shifts date/time to UTC; eventtime (s, µs, ns) wins when it agrees', () => {
  const tz = `date=2023-05-17 time=10:11:12 devname="FGT60F" tz="+0200" ${FGT_VPN}`;
  assert.equal(fields(tz).time, '2023-05-17T08:11:12.000Z');
  const tzColon = `date=2023-05-17 time=10:11:12 devname="FGT60F" tz="-05:30" ${FGT_VPN}`;
  assert.equal(fields(tzColon).time, '2023-05-17T15:41:12.000Z');
  // FortiOS 6.2+: nanoseconds
  const ns = `date=2024-12-20 time=14:56:10 eventtime=1734724570250926112 tz="-0500" ${FGT_VPN}`;
  assert.deepEqual(fields(ns), { message: ns, time: '2024-12-20T19:56:10.250Z' });
  // FortiOS 6.0: seconds
  const sec =
    'date=2018-12-27 time=14:28:08 logid="1059028704" type="utm" subtype="app-ctrl" eventtype="app-ctrl-all" level="information" vd="vdom1" eventtime=1545949688 appid=34050';
  assert.equal(fields(sec).time, '2018-12-27T22:28:08.000Z');
  const us = `date=2023-05-17 time=10:11:12 devname="F" eventtime=1684311072123456 tz="+0200" ${FGT_VPN}`;
  assert.equal(fields(us).time, '2023-05-17T08:11:12.123Z');
  // An eventtime days away from date/time (a hand-edited sample) loses to date/time and tz.
  const off = `date=2020-04-23 time=12:32:47 devname="t3" eventtime=1587231168339114138 tz="-0500" ${FGT_VPN}`;
  assert.equal(fields(off).time, '2020-04-23T17:32:47.000Z');
  // FortiAnalyzer forwarding: logver= first, tz="UTC+2:00" (elastic/beats#19010)
  const faz = `logver=60 timestamp=1591368557 tz="UTC+2:00" devname="FGT-A" devid="FG100E" vd="root" date=2020-06-05 time=16:49:17 ${FGT_VPN}`;
  assert.deepEqual(fields(`<189>${faz}`), { message: faz, time: '2020-06-05T14:49:17.000Z', host: 'FGT-A' });
});

void test('FortiGate key=value inside RFC 3164 and RFC 5424 envelopes', () => {
  const kv = `date=2024-03-01 time=10:00:07 devname="FGT-HQ" devid="FG100FTK20000001" eventtime=1709287207000000000 ${FGT_VPN}`;
  // A relay's header: its host is the sender, the record's own time wins over the reception time.
  assert.deepEqual(fields(`<187>Mar  1 10:00:09 fgt-hq ${kv}`), {
    message: kv,
    time: '2024-03-01T10:00:07.000Z',
    host: 'fgt-hq',
  });
  // A header with no host (FortiSIEM's example): the host is devname.
  const v5 =
    'date=2016-09-13 time=13:33:19 devname=FGT_Edge devid=FGT90D3Z13007389 logid=0419016384 type=utm subtype=ips eventtype=signature level=alert vd=root';
  assert.deepEqual(fields(`<185>Jun  5 10:11:03 ${v5}`), {
    message: v5,
    time: '2016-09-13T13:33:19.000Z',
    host: 'FGT_Edge',
  });
  assert.deepEqual(fields(`2024-03-01T10:00:09+01:00 10.0.0.1 ${kv}`), {
    message: kv,
    time: '2024-03-01T10:00:07.000Z',
    host: '10.0.0.1',
  });
  assert.deepEqual(fields(`<189>1 2024-03-01T11:00:09+01:00 FGT-HQ - - - - ${kv}`), {
    message: kv,
    time: '2024-03-01T10:00:07.000Z',
    host: 'FGT-HQ',
  });
  const noDev = `date=2024-03-01 time=10:00:07 tz="+0100" ${FGT_VPN}`;
  assert.deepEqual(fields(`<189>1 - - - - - - ${noDev}`), {
    message: noDev,
    time: '2024-03-01T09:00:07.000Z',
  });
});

void test('Sophos Firewall (SFOS) key=value: device_name and timezone', () => {
  const sf =
    'device="SFW" date=2021-06-05 time=12:00:10 timezone="-02" device_name="XG86" device_id=C0A0B0D0E0F0G66 log_id=123456789101 log_type="Event" log_component="IPSec"';
  assert.deepEqual(fields(`<30>${sf}`), { message: sf, time: '2021-06-05T14:00:10.000Z', host: 'XG86' });
  // A zone name cannot be converted: the local time as it is, like any stamp without an offset.
  const cest = sf.replace('"-02"', '"CEST"');
  assert.equal(fields(cest).time, '2021-06-05T12:00:10.000Z');
});

void test('FortiGate records stay whole in the message (the FortiGate dialect reads the fields)', () => {
  // The dialect finds the fields in the message; the envelope must not cut the record.
  for (const text of [
    `date=2024-03-01 time=10:00:07 devname="FGT" ${FGT_VPN}`,
    `<187>date=2024-03-01 time=10:00:07 devname="FGT" ${FGT_VPN}`,
    `<187>Mar  1 10:00:07 fgt-hq date=2024-03-01 time=10:00:07 devname="FGT" ${FGT_VPN}`,
  ]) {
    const m = env(text).message;
    assert.ok(m.startsWith('date=2024-03-01 time=10:00:07 devname="FGT" logid='), m);
    assert.ok(m.endsWith('peer_notif="NOT-APPLICABLE"'));
  }
});

void test('RouterOS /log print: time only, mmm/dd, mmm/dd/yyyy, RouterOS 7 dates; topics are no host', () => {
  // Today's entries carry the time only; with nothing dated before them it stays a time of day.
  assert.deepEqual(
    fields(
      '10:11:12 ipsec,error phase1 negotiation failed due to time up 198.51.100.7[500]<=>203.0.113.9[500] 9d3b0a5c8f3e0a1b:0000000000000000',
    ),
    {
      message:
        'ipsec,error phase1 negotiation failed due to time up 198.51.100.7[500]<=>203.0.113.9[500] 9d3b0a5c8f3e0a1b:0000000000000000',
      time: ((10 * 60 + 11) * 60 + 12) * 1000,
      timeOfDayOnly: true,
    },
  );
  // `ipsec,info DPD:` is topics and message, not `host tag:`
  assert.deepEqual(fields('11:19:58 ipsec,info DPD: remote 198.51.100.7 seems to be dead'), {
    message: 'ipsec,info DPD: remote 198.51.100.7 seems to be dead',
    time: ((11 * 60 + 19) * 60 + 58) * 1000,
    timeOfDayOnly: true,
  });
  // This year's entries: mmm/dd (year inferred like `Mon DD`)
  assert.deepEqual(
    fields('jan/02 10:11:12 ipsec,error 198.51.100.7 parsing packet failed, possible cause: wrong password'),
    {
      message: 'ipsec,error 198.51.100.7 parsing packet failed, possible cause: wrong password',
      time: '2024-01-02T10:11:12.000Z',
    },
  );
  assert.equal(
    fields('sep/15 09:54:33 system,info,account user admin logged in').time,
    '2023-09-15T09:54:33.000Z',
  );
  // Earlier years: mmm/dd/yyyy (MikroTik manual: `jan/02/1970 02:00:09 system,info router rebooted`)
  assert.deepEqual(fields('jan/02/1970 02:00:09 system,info router rebooted'), {
    message: 'system,info router rebooted',
    time: '1970-01-02T02:00:09.000Z',
  });
  // RouterOS 7 prints ISO dates
  assert.deepEqual(fields('2024-01-02 10:11:12 ipsec,info DPD: remote 198.51.100.7 seems to be dead'), {
    message: 'ipsec,info DPD: remote 198.51.100.7 seems to be dead',
    time: '2024-01-02T10:11:12.000Z',
  });
  // A single `ipsec` topic with a plain message
  assert.deepEqual(
    fields('jan/02 17:21:08 ipsec rejected hashtype: DB(prop#1:trns#1):Peer(prop#1:trns#1) = MD5:SHA'),
    {
      message: 'ipsec rejected hashtype: DB(prop#1:trns#1):Peer(prop#1:trns#1) = MD5:SHA',
      time: '2024-01-02T17:21:08.000Z',
    },
  );
  for (const text of [
    'jan/2 10:11:12 ipsec x',
    'foo/02 10:11:12 ipsec x',
    'jan/02/24 10:11:12 ipsec x',
    'jan/02 1:11:12 x',
  ]) {
    assert.deepEqual(fields(text), { message: text }, text);
  }
});

void test('RouterOS remote syslog: host, then topics (not a program)', () => {
  assert.deepEqual(
    fields('<134>May 17 10:11:12 MikroTik ipsec,error phase1 negotiation failed due to time up'),
    {
      message: 'ipsec,error phase1 negotiation failed due to time up',
      time: '2024-05-17T10:11:12.000Z',
      host: 'MikroTik',
    },
  );
  assert.deepEqual(
    fields('<134>May 17 10:11:12 MikroTik ipsec,info DPD: remote 198.51.100.7 seems to be dead'),
    {
      message: 'ipsec,info DPD: remote 198.51.100.7 seems to be dead',
      time: '2024-05-17T10:11:12.000Z',
      host: 'MikroTik',
    },
  );
  assert.deepEqual(
    fields(
      '<134>May 17 10:11:12 router ipsec rejected hashtype: DB(prop#1:trns#1):Peer(prop#1:trns#1) = MD5:SHA',
    ),
    {
      message: 'ipsec rejected hashtype: DB(prop#1:trns#1):Peer(prop#1:trns#1) = MD5:SHA',
      time: '2024-05-17T10:11:12.000Z',
      host: 'router',
    },
  );
  // A RouterOS log prefix is sent as a tag (`ispadmin_2_pppoe:`), which stays a program.
  assert.deepEqual(fields('<191>Mar 10 13:47:47 MikroTik ispadmin_2_pppoe: host-uniq=0x36eaf2'), {
    message: 'host-uniq=0x36eaf2',
    time: '2024-03-10T13:47:47.000Z',
    host: 'MikroTik',
    program: 'ispadmin_2_pppoe',
  });
});

void test('a time of day takes the date of the last dated line; a clock going back is the next day', () => {
  const ctx = createEnvelopeContext({ now: NOW });
  const iso = (t: string): string => {
    const r = env(t, ctx);
    return r.timeOfDayOnly ? `tod ${r.time}` : new Date(r.time!).toISOString();
  };
  // RouterOS /log print: older days dated, today's entries with the time only
  assert.equal(iso('10:00:00 ipsec,info before any date'), `tod ${10 * 3_600_000}`);
  assert.equal(iso('jan/02 23:50:00 ipsec,info a'), '2024-01-02T23:50:00.000Z');
  assert.equal(iso('23:55:00 ipsec,info b'), '2024-01-02T23:55:00.000Z');
  assert.equal(iso('23:54:59 ipsec,info c (a little back: same day)'), '2024-01-02T23:54:59.000Z');
  assert.equal(iso('00:05:00 ipsec,info d'), '2024-01-03T00:05:00.000Z');
  assert.equal(iso('10:11:12 ipsec,error e'), '2024-01-03T10:11:12.000Z');
  // A new dated line resets the date; its offset carries over to the time-only lines.
  assert.equal(iso('2024-03-01T10:00:00+09:00 gw charon[1]: x'), '2024-03-01T01:00:00.000Z');
  assert.equal(iso('10:30:00 pluto[2] "abc" #1: y'), '2024-03-01T01:30:00.000Z');
  assert.equal(iso('2023:05:17-10:11:12 utm pluto[1]: z'), '2023-05-17T10:11:12.000Z');
  assert.equal(iso('10:11:13 ipsec,info w'), '2023-05-17T10:11:13.000Z');
  const kv = `date=2023-05-18 time=10:11:12 devname="F" tz="+0200" ${FGT_VPN}`;
  assert.equal(iso(kv), '2023-05-18T08:11:12.000Z');
  assert.equal(iso('10:11:14 ipsec,info v'), '2023-05-18T08:11:14.000Z');
  // Without a per-file context nothing is carried over.
  assert.equal(fields('10:11:15 ipsec,info u').timeOfDayOnly, true);
});

void test('RFC 5424: MSGID and SD skipped, escaped ] in SD values, nil values, BOM', () => {
  assert.deepEqual(
    fields(
      '<134>1 2023-05-17T10:11:12.123+02:00 fw1 charon 1234 IKE [meta sequenceId="5"] 10[IKE] <home|1> initiating IKE_SA home[1] to 192.0.2.1',
    ),
    {
      message: '10[IKE] <home|1> initiating IKE_SA home[1] to 192.0.2.1',
      time: '2023-05-17T08:11:12.123Z',
      host: 'fw1',
      program: 'charon',
      pid: 1234,
    },
  );
  assert.deepEqual(
    fields(
      '<134>1 2023-05-17T10:11:12.123+02:00 fw1 charon 1234 IKE [meta sequenceId="5" note="a\\]b \\"c\\" [d]"][origin ip="192.0.2.1" software="strongSwan"] \uFEFF10[IKE] x',
    ),
    { message: '10[IKE] x', time: '2023-05-17T08:11:12.123Z', host: 'fw1', program: 'charon', pid: 1234 },
  );
  // Juniper SRX kmd (elastic/integrations#6837): nil MSGID and SD
  assert.deepEqual(
    fields(
      '<27>1 2023-07-04T12:22:36.461+10:00 AC004-PR-VPN01-DMZ kmd 9812 - - IKE negotiation failed with error: Timed out. IKE Version: 1',
    ),
    {
      message: 'IKE negotiation failed with error: Timed out. IKE Version: 1',
      time: '2023-07-04T02:22:36.461Z',
      host: 'AC004-PR-VPN01-DMZ',
      program: 'kmd',
      pid: 9812,
    },
  );
  assert.deepEqual(fields('<134>1 2023-05-17T10:11:12Z - - - - - 10[IKE] all nil'), {
    message: '10[IKE] all nil',
    time: '2023-05-17T10:11:12.000Z',
  });
  assert.deepEqual(fields('<134>1 2023-05-17T10:11:12Z gw charon - IKE [x@1 a="1"]'), {
    message: '',
    time: '2023-05-17T10:11:12.000Z',
    host: 'gw',
    program: 'charon',
  });
  // Not well-formed SD (the sender left out the `-`): the text is the message.
  assert.deepEqual(
    fields('<134>1 2023-05-17T10:11:12Z gw ikemgr - - [DEBG]: {    9:     }: Compared: DB:Peer'),
    {
      message: '[DEBG]: {    9:     }: Compared: DB:Peer',
      time: '2023-05-17T10:11:12.000Z',
      host: 'gw',
      program: 'ikemgr',
    },
  );
  assert.deepEqual(fields('<134>1 2023-05-17T10:11:12Z gw app - - [unterminated x="1" still the message'), {
    message: '[unterminated x="1" still the message',
    time: '2023-05-17T10:11:12.000Z',
    host: 'gw',
    program: 'app',
  });
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
    'date=tomorrow is fine',
    'date=2024-03-01',
    'logver=1 x=2',
    'device="x"',
    'dec/ember',
    'ike 0: comes 198.51.100.7:500->203.0.113.10:500,ifindex=5....',
    'ipsec,error no suitable proposal found.',
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
      '2023:05:17-10:11:12 ',
      'jan/02/2024 10:11:12 ',
      'date=2023-05-17 time=10:11:12 devname="',
      'date=2023-05-17 time=10:11:12 tz="',
      '<134>May 17 10:11:12 MikroTik ',
      '<134>1 2023-05-17T10:11:12Z h a p m [x y="',
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
    // Sophos UTM
    '2023:05:17-10:11:12 ' + 'a'.repeat(big),
    '2023:' + '1'.repeat(big),
    '2023:05:17-10:11:12 utm ' + 'p['.repeat(big / 2),
    // key=value records
    'date=' + '1'.repeat(big),
    'date=2023-05-17 time=10:11:12 ' + 'a=b '.repeat(big / 4),
    'date=2023-05-17 time=10:11:12 ' + 'a='.repeat(big / 2),
    'date="' + '\\"'.repeat(big / 2),
    'devname="' + 'x'.repeat(big),
    'date=2023-05-17 time=10:11:12 eventtime=' + '9'.repeat(big),
    'date=2023-05-17 time=10:11:12 tz="UTC' + '+'.repeat(big) + '"',
    'logver=' + '='.repeat(big),
    'device=' + ' '.repeat(big) + 'x',
    '<134>May 17 10:11:12 fgt date=' + '"'.repeat(big),
    '<134>May 17 10:11:12 ' + 'date=1 '.repeat(big / 7),
    // RouterOS
    'jan/02 10:11:12 ' + ','.repeat(big),
    '10:11:12 ' + 'a,'.repeat(big / 2),
    '10:11:12 ' + 'a'.repeat(big) + ' DPD: x',
    'jan/02/2024 10:11:12 ' + 'jan/02 '.repeat(big / 7),
    '<134>May 17 10:11:12 MikroTik ' + 'a,'.repeat(big / 2),
    // RFC 5424 structured data
    '<13>1 2024-03-01T10:00:00Z h a p m [x' + ' a="b"'.repeat(big / 6) + ']',
    '<13>1 2024-03-01T10:00:00Z h a p m [x y="' + '\\]'.repeat(big / 2) + '"]',
    '<13>1 2024-03-01T10:00:00Z h a p m ' + '[x]'.repeat(big / 3),
    '<13>1 2024-03-01T10:00:00Z h a p m [' + 'x'.repeat(big),
    '<13>1 2024-03-01T10:00:00Z h a p m [x ' + '='.repeat(big),
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
