import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { allMatches } from '../../core/dialect.js';
import type { EventDraft, LogRecord } from '../../core/model.js';
import { DIALECTS } from '../index.js';
import { parseEnvelope } from '../../input/envelope.js';
import { seedPath } from '../../seeds/seeds.js';
import { hasMessage, useAllLangs } from '../../i18n/index.js';
import { panos } from './index.js';
import { readCsvFields } from './csv.js';

// Catalogs other than English load on demand: these tests read all four.
await useAllLangs();

const rec = (text: string, line = 1): LogRecord => ({ path: 't.log', line, text, message: text });

function events(lines: string[]): EventDraft[] {
  const p = panos.createParser();
  return lines.flatMap((l, i) => p.parse(rec(l, i + 1)).flatMap((r) => r.events));
}

function one(line: string): EventDraft[] {
  return events([line]);
}

void test('every pattern has samples, each matched by exactly that pattern, with or without the envelope', () => {
  for (const p of panos.patterns) {
    assert.ok(p.samples.length > 0, `${p.id} has samples`);
    for (const s of p.samples) {
      assert.deepEqual(allMatches(panos.spec, rec(s)), [p.id], `raw: ${s}`);
      const env = parseEnvelope({ path: 't.log', line: 1, text: s });
      assert.deepEqual(allMatches(panos.spec, env), [p.id], `after envelope: ${s}`);
    }
  }
});

void test('every pattern has an explanation in English and Japanese', () => {
  for (const p of panos.patterns) {
    assert.ok(hasMessage('en', `explain.panos.${p.id}`), `en ${p.id}`);
    assert.ok(hasMessage('ja', `explain.panos.${p.id}`), `ja ${p.id}`);
  }
  for (const code of [
    'PEER_NOT_CONFIGURED',
    'PEER_UNREACHABLE',
    'IKE_PROPOSAL_MISMATCH',
    'PSK_MISMATCH',
    'TS_MISMATCH',
    'CHILD_PROPOSAL_MISMATCH',
    'PFS_MISMATCH',
    'DPD_PEER_DEAD',
  ])
    for (const lang of ['en', 'ja'] as const)
      assert.ok(hasMessage(lang, `fix.${code}.panos`), `${lang} fix.${code}.panos`);
});

void test('no other dialect claims a PAN-OS system log sample', () => {
  for (const p of panos.patterns)
    for (const s of p.samples)
      for (const d of DIALECTS) {
        if (d.id === 'panos') continue;
        const r = d.createParser().parse(parseEnvelope({ path: 't.log', line: 1, text: s }));
        assert.equal(r.length, 0, `${d.id} claims ${s}`);
      }
});

void test('lines of other products are not claimed', () => {
  const foreign = [
    'Nov 24 10:00:00 moon charon: 10[IKE] <home|1> initiating IKE_SA home[1] to 192.0.2.2',
    'Nov 24 10:00:00 sun charon: 07[IKE] <home|1> invalid HASH_V1 payload length, decryption failed?',
    'Jan  8 17:04:06 R2-1500 pluto[26867]: "Link1" #1: ignoring informational payload NO_PROPOSAL_CHOSEN, msgid=00000000, length=16',
    '17:21:08 ipsec rejected hashtype: DB(prop#1:trns#1):Peer(prop#1:trns#1) = MD5:SHA',
    '17:12:32 ipsec,error 10.5.107.112 failed to get valid proposal.',
    '%ASA-5-713904: IP = 192.0.2.2, Received encrypted packet with no matching SA, dropping',
    'Mar  1 10:00:00.123: %CRYPTO-5-SESSION_STATUS: Crypto tunnel is DOWN. Peer 10.6.6.1:500 Id: 10.6.6.1',
    'IKEv2-PROTO-2: (17): Received Packet [From 192.168.1.1:500/To 10.0.0.1:500/VRF i0:f0]',
    'lifetime : 鍵の有効時間',
    'システムログにて「IKE phase-1 negotiation is failed likely due to pre-shared key mismatch.」と出力される場合',
  ];
  const p = panos.createParser();
  for (const f of foreign) assert.equal(p.parse(rec(f)).length, 0, f);
});

void test('seed 002 pattern 1: peer not configured', () => {
  const [e] = one(
    "内容: IKE phase-1 negotiation is failed. Couldn't find configuration for IKE phase-1 request for peer IP 200.100.1.254[500].",
  );
  assert.equal(e?.kind, 'peer.not-configured');
  assert.deepEqual(e?.remote, { address: '200.100.1.254', port: 500 });
});

void test('seed 002 pattern 2: timeout as initiator in main mode, keyed by the initiator cookie', () => {
  const [e] = one(
    '内容: IKE phase-1 negotiation is failed as initiator, main mode. Failed SA: 200.100.5.1[500]-200.100.1.254[500] cookie:02f293d180b306a3:0000000000000000. Due to timeout.',
  );
  assert.equal(e?.kind, 'ike.timeout');
  assert.equal(e?.role, 'initiator');
  assert.equal(e?.mode, 'main');
  assert.equal(e?.exchange, 'MAIN_MODE');
  assert.equal(e?.sa, '02f293d180b306a3');
  assert.equal(e?.ikeSpiR, '0000000000000000');
  assert.deepEqual(e?.local, { address: '200.100.5.1', port: 500 });
  assert.deepEqual(e?.remote, { address: '200.100.1.254', port: 500 });
  assert.equal(e?.details?.afterFirstMessage, false, 'a zero responder cookie: the peer never answered');
});

void test('seed 002 patterns 3 and 4 (curly apostrophe, no address): each its own entry', () => {
  const ev = events([
    'イベント:ike-nego-p1-fail-common',
    '',
    '内容:IKE phase-1 negotiation is failed. no suitable proposal found in peer’s SA payload.',
    'イベント: ike-nego-p1-fail-psk',
    '内容: IKE phase-1 negotiation is failed likely due to pre-shared key mismatch.',
  ]);
  assert.equal(ev.length, 2);
  assert.equal(ev[0]?.kind, 'proposal.none');
  assert.equal(ev[0]?.scope, 'ike');
  assert.equal(ev[0]?.sa, 'entry:1');
  assert.equal(ev[0]?.details?.eventId, 'ike-nego-p1-fail-common');
  assert.equal(ev[1]?.kind, 'psk.mismatch');
  assert.equal(ev[1]?.sa, 'entry:4');
});

void test(
  'the whole of seed 002 yields the four patterns and nothing from its prose',
  { skip: !seedPath('002_') && 'seeds not found' },
  () => {
    const lines = readFileSync(seedPath('002_')!, 'utf8').split(/\r?\n/);
    const kinds = events(lines).map((e) => e.kind);
    assert.deepEqual(kinds, ['peer.not-configured', 'ike.timeout', 'proposal.none', 'psk.mismatch']);
  },
);

void test('syslog CSV row: columns read from the SYSTEM field on, quoted description, gateway as conn', () => {
  const [e] = one(
    '<14>Jul  6 18:35:17 PA-VM 1,2021/07/06 18:35:17,007200001234,SYSTEM,vpn,0,2021/07/06 18:35:17,,ike-nego-p1-fail,GW-NAME,0,0,general,informational,"IKE phase-1 negotiation is failed as initiator, main mode. Failed SA: 200.100.5.1[500]-200.100.1.254[500] cookie:02f293d180b306a3:0000000000000000. Due to timeout.",7012345,0x0,0,0,0,0,,PA-VM',
  );
  assert.equal(e?.kind, 'ike.timeout');
  assert.equal(e?.conn, 'GW-NAME');
  assert.equal(e?.details?.eventId, 'ike-nego-p1-fail');
});

void test('phase 2 events of a tunnel are filed under its IKE gateway; NO-PROPOSAL-CHOSEN after phase 1 is about the child SA', () => {
  const ev = events(
    readFileSync(join('src/dialects/panos/cases', 'p2-no-proposal.log'), 'utf8').trim().split('\n'),
  );
  assert.deepEqual(
    ev.map((e) => e.kind),
    ['ike.established', 'child.initiate', 'notify.received', 'child.failed'],
  );
  assert.ok(ev.every((e) => e.conn === 'GW-NAME'));
  assert.equal(ev[1]?.details?.tunnel, 'TUN-NAME');
  assert.equal(ev[2]?.notify, 'NO_PROPOSAL_CHOSEN');
  assert.equal(ev[2]?.scope, 'child');
  assert.equal(ev[3]?.reason, 'negotiation timeout');
});

void test('proxy-ID failure gives the traffic selectors the peer proposed', () => {
  const [e] = one(
    'IKE phase-2 negotiation failed when processing Proxy ID. Received local id: 192.168.10.0/24 type IPv4_subnet protocol 0 port 0, received remote id: 192.168.50.0/24 type IPv4_subnet protocol 0 port 0.',
  );
  assert.equal(e?.kind, 'ts.mismatch');
  assert.deepEqual(e?.ts, { local: '192.168.10.0/24', remote: '192.168.50.0/24' });
});

void test('phase-1 success, phase-2 success, key install', () => {
  const p1 = one(
    'IKE phase-1 negotiation is succeeded as responder, main mode. Established SA: 200.100.5.1[500]-200.100.1.254[500] cookie:5e6f2a1b3c4d5e6f:8a7b6c5d4e3f2a1b lifetime 28800 Sec.',
  )[0];
  assert.equal(p1?.kind, 'ike.established');
  assert.equal(p1?.details?.lifetime, 28800);
  const p2 = one(
    'IKE phase-2 negotiation is succeeded as initiator, quick mode. Established SA: 1.1.1.1[500]-2.2.2.2[500] message id:0x9A3B2C1D, SPI:0xC3E2A1B0/0x0A1B2C3D.',
  )[0];
  assert.equal(p2?.kind, 'child.established');
  assert.equal(p2?.messageId, 0x9a3b2c1d);
  assert.equal(p2?.spiIn, 'c3e2a1b0');
  const k = one(
    'IPSec key installed. Installed SA: 1.1.1.1[500]-2.2.2.2[500] SPI:0xC3E2A1B0/0x0A1B2C3D lifetime 3600 Sec lifesize unlimited.',
  )[0];
  assert.equal(k?.kind, 'child.established');
  assert.equal(k?.spiOut, '0a1b2c3d');
});

void test('IKEv2 forms', () => {
  const s = one(
    'IKEv2 IKE SA negotiation is started as responder, non-rekey. Initiated SA: 10.0.0.2[500]-10.0.0.1[500] SPI:07f21c0fd2236540:ac9d9ee491cd49d9.',
  )[0];
  assert.equal(s?.kind, 'ike.respond');
  assert.equal(s?.ikeVersion, 2);
  assert.equal(s?.sa, '07f21c0fd2236540');
  const f = one(
    'IKEv2 IKE SA negotiation is failed as initiator, non-rekey. Failed SA: 198.51.100.10[500]-203.0.113.20[500] SPI:1c2d3e4f5a6b7c8d:0000000000000000 SN:7. Due to timeout.',
  )[0];
  assert.equal(f?.kind, 'ike.timeout');
  assert.equal(f?.details?.afterFirstMessage, false);
  const c = one(
    'IKEv2 child SA negotiation is failed as initiator, non-rekey. Failed SA: 198.51.100.10[500]-203.0.113.20[500] message id:0x00000001, parent SN:4. Due to timeout.',
  )[0];
  assert.equal(c?.kind, 'child.failed');
  const alg = one(
    '1,2026/08/01 18:49:39,007951000123456,SYSTEM,vpn,0,2026/08/01 18:49:39,,ikev2-nego-enc-mismatch,IKE-GW-FGT,0,0,general,medium,"[IKE-GW-FGT]: Configured encryption algorithm \'AES256-CBC\' was not presented in the IKE proposal. Please ensure that matching proposals are configured on both sides.",7300000,0x0,0,0,0,0,,PA-VM',
  )[0];
  assert.equal(alg?.kind, 'proposal.none');
  assert.equal(alg?.param, 'encryption');
  assert.equal(alg?.localValue, 'AES256-CBC');
  assert.equal(alg?.conn, 'IKE-GW-FGT');
  const id = one(
    '1,2023/03/14 11:20:31,013201000987,SYSTEM,vpn,0,2023/03/14 11:20:31,,ike-generic-event,GW-MIKROTIK,0,0,general,informational,received ID_I (type ipaddr [10.222.191.127]) does not match peers id,8100002,0x0,0,0,0,0,,PA-CENTER',
  )[0];
  assert.equal(id?.kind, 'id.mismatch');
  assert.equal(id?.remote?.id, '10.222.191.127');
});

void test('notify and delete messages', () => {
  const n = one('IKE protocol notification message received: NO-PROPOSAL-CHOSEN (14).')[0];
  assert.equal(n?.kind, 'notify.received');
  assert.equal(n?.notify, 'NO_PROPOSAL_CHOSEN');
  const d = one(
    '1,2021/07/07 08:00:01,007200001234,SYSTEM,vpn,0,2021/07/07 08:00:01,,ike-recv-p2-delete,TUN-NAME,0,0,general,informational,"IKE protocol IPSec SA delete message received from peer. SPI:0x0A1B2C3D.",7012490,0x0,0,0,0,0,,PA-VM',
  )[0];
  assert.equal(d?.kind, 'child.deleted');
  assert.equal(d?.byPeer, true);
  const dpd = one(
    '1,2021/07/07 09:12:44,007200001234,SYSTEM,vpn,0,2021/07/07 09:12:44,,ike-dpd-peer-dead,GW-NAME,0,0,general,informational,"IKE phase-1 SA is deleted SA: 200.100.5.1[500]-200.100.1.254[500] cookie:5e6f2a1b3c4d5e6f:8a7b6c5d4e3f2a1b. Due to DPD timeout, peer is dead.",7012500,0x0,0,0,0,0,,PA-VM',
  );
  assert.deepEqual(
    dpd.map((e) => e.kind),
    ['dpd.dead', 'ike.deleted'],
  );
});

void test('GUI forms: export with its own column order, tab-separated table copy', () => {
  const ev = events([
    'Receive Time,Type,Severity,Event,Object,Description',
    '2021/07/06 18:45:40,vpn,informational,ike-nego-p1-fail-psk,GW-NAME,IKE phase-1 negotiation is failed likely due to pre-shared key mismatch.',
    '2021/07/06 18:35:17\tvpn\tinformational\tike-nego-p1-fail\tGW-B\tIKE phase-1 negotiation is failed as initiator, main mode. Failed SA: 200.100.5.1[500]-200.100.1.254[500] cookie:02f293d180b306a3:0000000000000000. Due to timeout.',
  ]);
  assert.deepEqual(
    ev.map((e) => [e.kind, e.conn]),
    [
      ['psk.mismatch', 'GW-NAME'],
      ['ike.timeout', 'GW-B'],
    ],
  );
});

void test('CSV reader: quotes, doubled quotes, unterminated field, field limit', () => {
  assert.deepEqual(readCsvFields('a,"b,c",d'), ['a', 'b,c', 'd']);
  assert.deepEqual(readCsvFields('"say ""hi""",x'), ['say "hi"', 'x']);
  assert.deepEqual(readCsvFields('a,"open'), ['a', 'open']);
  assert.deepEqual(readCsvFields('a,b,c,d', 0, 2), ['a', 'b']);
  assert.deepEqual(readCsvFields('a,b,', 0), ['a', 'b', '']);
});

void test('golden cases parse into the expected kinds', () => {
  const dir = 'src/dialects/panos/cases';
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.log'))) {
    const lines = readFileSync(join(dir, f), 'utf8').trim().split('\n');
    const p = panos.createParser();
    for (const [i, l] of lines.entries())
      assert.ok(p.parse(rec(l, i + 1)).length > 0, `${f}:${i + 1} recognised`);
  }
});

void test('adversarial 64 KiB lines finish quickly', () => {
  const n = 65536;
  const heads = [
    '',
    ',SYSTEM,',
    '1,2021/07/06 18:35:17,0072,SYSTEM,vpn,0,2021/07/06 18:35:17,,ike-nego-p1-fail,GW,0,0,general,informational,"',
    'IKE phase-1 negotiation is failed as initiator, main mode. Failed SA: ',
    'IKE phase-2 negotiation failed when processing Proxy ID. Received local id: ',
    'IKE protocol ',
    "内容: IKE phase-1 negotiation is failed. Couldn't find configuration for ",
    '[',
    'IKEv2 IKE SA negotiation is failed as responder, non-rekey. Failed SA: 1.1.1.1[500]-2.2.2.2[500] SPI:0239b91635ed0e98:426762ab448185a9',
    'Receive Time,Description,',
  ];
  const fills = [' ', '1', '.', '[', ',', '"', 'a', 'x.', '1.1.1.1[500]-', 'DPD ', '\t', ':', '\u00A0'];
  const p = panos.createParser();
  for (const h of heads)
    for (const f of fills) {
      const line = h + f.repeat(Math.ceil(n / f.length));
      const t0 = performance.now();
      p.parse(rec(line));
      const ms = performance.now() - t0;
      assert.ok(ms < 1000, `${JSON.stringify(h.slice(0, 30))} + ${JSON.stringify(f)}: ${ms.toFixed(0)} ms`);
    }
  // A CSV row of 65536 commas and one of 65536 quotes.
  for (const line of [',SYSTEM,' + ','.repeat(n), ',SYSTEM,' + '"'.repeat(n), '"'.repeat(n), ','.repeat(n)]) {
    const t0 = performance.now();
    p.parse(rec(line));
    readCsvFields(line, 0, 64);
    assert.ok(performance.now() - t0 < 1000);
  }
});
