// A gateway with several connections to one peer, at charon's default log level (`ike_name = no`:
// no `<conn|N>` on the lines). The lines are charon's own, from lab/corpus-multi (two and three
// IKEv2 connections between the same two strongSwan gateways, one with another PSK).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../analyze.js';
import type { ReportTunnel } from '../../report/build.js';
import type { EventDraft, LogRecord } from '../../core/model.js';
import { strongswan } from './index.js';

const NOW = new Date('2026-11-26T12:00:00Z');

async function tunnels(lines: string[]): Promise<ReportTunnel[]> {
  const r = await analyzeText([{ path: 'charon.log', data: Buffer.from(lines.join('\n') + '\n') }], {
    now: NOW,
  });
  return r.tunnels;
}

/** Name, first verdict, every code and the peer's identity of each tunnel. */
const summary = (ts: ReportTunnel[]) =>
  ts.map((t) => ({
    name: t.name,
    verdict: t.diagnoses[0]?.code,
    codes: t.diagnoses.map((d) => d.code),
    peerId: t.remote.id,
  }));

/** Each line's events, read by one parser (one charon log). */
function reader(): (line: string) => EventDraft[] {
  const p = strongswan.createParser();
  return (text) => {
    const rec: LogRecord = { path: 'charon.log', line: 1, text, message: text };
    return p.parse(rec).flatMap((r) => r.events);
  };
}

// The responder: connection lab comes up, then the peer starts an IKE SA for connection lab-b.
const RESPONDER_LAB_UP = [
  'Nov 25 07:18:49 15[NET] received packet: from 192.0.2.1[500] to 198.51.100.2[500] (464 bytes)',
  'Nov 25 07:18:49 15[ENC] parsed IKE_SA_INIT request 0 [ SA KE No N(NATD_S_IP) N(NATD_D_IP) N(FRAG_SUP) N(HASH_ALG) N(REDIR_SUP) ]',
  'Nov 25 07:18:49 15[IKE] 192.0.2.1 is initiating an IKE_SA',
  'Nov 25 07:18:49 15[ENC] generating IKE_SA_INIT response 0 [ SA KE No N(NATD_S_IP) N(NATD_D_IP) N(FRAG_SUP) N(HASH_ALG) N(CHDLESS_SUP) N(MULT_AUTH) ]',
  'Nov 25 07:18:49 15[NET] sending packet: from 198.51.100.2[500] to 192.0.2.1[500] (472 bytes)',
  'Nov 25 07:18:49 10[NET] received packet: from 192.0.2.1[4500] to 198.51.100.2[4500] (272 bytes)',
  'Nov 25 07:18:49 10[ENC] parsed IKE_AUTH request 1 [ IDi N(INIT_CONTACT) IDr AUTH SA TSi TSr N(MULT_AUTH) N(EAP_ONLY) N(MSG_ID_SYN_SUP) ]',
  'Nov 25 07:18:49 10[CFG] looking for peer configs matching 198.51.100.2[right.example]...192.0.2.1[left.example]',
  "Nov 25 07:18:49 10[CFG] selected peer config 'lab'",
  "Nov 25 07:18:49 10[IKE] authentication of 'left.example' with pre-shared key successful",
  "Nov 25 07:18:49 10[IKE] authentication of 'right.example' (myself) with pre-shared key",
  'Nov 25 07:18:49 10[IKE] IKE_SA lab[1] established between 198.51.100.2[right.example]...192.0.2.1[left.example]',
  'Nov 25 07:18:49 10[IKE] CHILD_SA net{1} established with SPIs 11b03ed9_i 1297f9da_o and TS 203.0.113.128/26 === 203.0.113.0/26',
  'Nov 25 07:18:49 10[ENC] generating IKE_AUTH response 1 [ IDr AUTH SA TSi TSr ]',
  'Nov 25 07:18:49 10[NET] sending packet: from 198.51.100.2[4500] to 192.0.2.1[4500] (224 bytes)',
];
const RESPONDER_LAB_B = [
  'Nov 25 07:18:49 13[NET] received packet: from 192.0.2.1[500] to 198.51.100.2[500] (464 bytes)',
  'Nov 25 07:18:49 13[ENC] parsed IKE_SA_INIT request 0 [ SA KE No N(NATD_S_IP) N(NATD_D_IP) N(FRAG_SUP) N(HASH_ALG) N(REDIR_SUP) ]',
  'Nov 25 07:18:49 13[IKE] 192.0.2.1 is initiating an IKE_SA',
  'Nov 25 07:18:49 13[ENC] generating IKE_SA_INIT response 0 [ SA KE No N(NATD_S_IP) N(NATD_D_IP) N(FRAG_SUP) N(HASH_ALG) N(CHDLESS_SUP) N(MULT_AUTH) ]',
  'Nov 25 07:18:49 13[NET] sending packet: from 198.51.100.2[500] to 192.0.2.1[500] (472 bytes)',
  'Nov 25 07:18:49 12[NET] received packet: from 192.0.2.1[4500] to 198.51.100.2[4500] (288 bytes)',
  'Nov 25 07:18:49 12[ENC] parsed IKE_AUTH request 1 [ IDi N(INIT_CONTACT) IDr AUTH SA TSi TSr N(MULT_AUTH) N(EAP_ONLY) N(MSG_ID_SYN_SUP) ]',
  'Nov 25 07:18:49 12[CFG] looking for peer configs matching 198.51.100.2[right-b.example]...192.0.2.1[left-b.example]',
  "Nov 25 07:18:49 12[CFG] selected peer config 'lab-b'",
  "Nov 25 07:18:49 12[IKE] tried 1 shared key for 'right-b.example' - 'left-b.example', but MAC mismatched",
  'Nov 25 07:18:49 12[ENC] generating IKE_AUTH response 1 [ N(AUTH_FAILED) ]',
  'Nov 25 07:18:49 12[NET] sending packet: from 198.51.100.2[4500] to 192.0.2.1[4500] (80 bytes)',
];

void test('responder: an IKE_AUTH request from the peer of an established IKE SA is another SA’s', async () => {
  // The packet's peer has one IKE SA, lab[1], established: IKE_AUTH is the second exchange of an
  // SA that is not established yet (RFC 7296 §1.2), so lab-b's lines are not lab[1]'s.
  const read = reader();
  for (const l of RESPONDER_LAB_UP) read(l);
  const out = RESPONDER_LAB_B.flatMap(read);
  const psk = out.find((e) => e.kind === 'psk.mismatch');
  assert.equal(psk?.conn, 'lab-b');
  assert.notEqual(psk?.sa, '1');
  const ts = summary(await tunnels([...RESPONDER_LAB_UP, ...RESPONDER_LAB_B]));
  const lab = ts.find((t) => t.name === 'lab');
  const labB = ts.find((t) => t.name === 'lab-b');
  assert.deepEqual(
    [lab?.verdict, lab?.peerId, lab?.codes.includes('PSK_MISMATCH')],
    ['ESTABLISHED', 'left.example', false],
  );
  assert.deepEqual([labB?.verdict, labB?.peerId], ['PSK_MISMATCH', 'left-b.example']);
});

void test('responder: the first IKE_AUTH of an SA that no line numbers yet goes to the connection it selects', async () => {
  // Three IKE_AUTH requests of one peer, lab-b's first: before any SA is numbered its lines
  // (identities, the PSK failure) have no SA to follow; the job stands for one until a line
  // names its connection ('selected peer config') or numbers it ('IKE_SA lab[2] established').
  const lines = [
    'Nov 25 07:19:20 16[NET] received packet: from 192.0.2.1[4500] to 198.51.100.2[4500] (288 bytes)',
    'Nov 25 07:19:20 16[ENC] parsed IKE_AUTH request 1 [ IDi N(INIT_CONTACT) IDr AUTH SA TSi TSr N(MULT_AUTH) N(EAP_ONLY) N(MSG_ID_SYN_SUP) ]',
    'Nov 25 07:19:20 16[CFG] looking for peer configs matching 198.51.100.2[right-b.example]...192.0.2.1[left-b.example]',
    "Nov 25 07:19:20 16[CFG] selected peer config 'lab-b'",
    "Nov 25 07:19:20 16[IKE] tried 1 shared key for 'right-b.example' - 'left-b.example', but MAC mismatched",
    'Nov 25 07:19:20 16[ENC] generating IKE_AUTH response 1 [ N(AUTH_FAILED) ]',
    'Nov 25 07:19:20 16[NET] sending packet: from 198.51.100.2[4500] to 192.0.2.1[4500] (80 bytes)',
    'Nov 25 07:19:20 14[NET] received packet: from 192.0.2.1[4500] to 198.51.100.2[4500] (272 bytes)',
    'Nov 25 07:19:20 14[ENC] parsed IKE_AUTH request 1 [ IDi N(INIT_CONTACT) IDr AUTH SA TSi TSr N(MULT_AUTH) N(EAP_ONLY) N(MSG_ID_SYN_SUP) ]',
    'Nov 25 07:19:20 14[CFG] looking for peer configs matching 198.51.100.2[right.example]...192.0.2.1[left.example]',
    "Nov 25 07:19:20 14[CFG] selected peer config 'lab'",
    "Nov 25 07:19:20 14[IKE] authentication of 'left.example' with pre-shared key successful",
    "Nov 25 07:19:20 14[IKE] authentication of 'right.example' (myself) with pre-shared key",
    'Nov 25 07:19:20 14[IKE] IKE_SA lab[2] established between 198.51.100.2[right.example]...192.0.2.1[left.example]',
    'Nov 25 07:19:20 14[IKE] CHILD_SA net{1} established with SPIs 5b350b29_i bc00d8fd_o and TS 203.0.113.128/26 === 203.0.113.0/26',
    'Nov 25 07:19:20 14[ENC] generating IKE_AUTH response 1 [ IDr AUTH SA TSi TSr ]',
    'Nov 25 07:19:20 14[NET] sending packet: from 198.51.100.2[4500] to 192.0.2.1[4500] (224 bytes)',
  ];
  const ts = await tunnels(lines);
  assert.deepEqual(
    summary(ts).map((t) => [t.name, t.verdict, t.peerId]),
    [
      ['lab-b', 'PSK_MISMATCH', 'left-b.example'],
      ['lab', 'ESTABLISHED', 'left.example'],
    ],
  );
  // The line that numbers lab's SA links it to the key its job stood for: one attempt, not two.
  assert.equal(ts.find((t) => t.name === 'lab')?.attempts, 1);
});

// The initiator: lab-b's IKE_AUTH request waits (port 4500) when lab's IKE_SA_INIT is answered
// (port 500), and the AUTHENTICATION_FAILED answer comes back to lab-b's port.
const INITIATOR = [
  'Nov 25 07:19:20 12[IKE] initiating IKE_SA lab-b[1] to 198.51.100.2',
  'Nov 25 07:19:20 12[ENC] generating IKE_SA_INIT request 0 [ SA KE No N(NATD_S_IP) N(NATD_D_IP) N(FRAG_SUP) N(HASH_ALG) N(REDIR_SUP) ]',
  'Nov 25 07:19:20 12[NET] sending packet: from 192.0.2.1[500] to 198.51.100.2[500] (464 bytes)',
  'Nov 25 07:19:20 09[NET] received packet: from 198.51.100.2[500] to 192.0.2.1[500] (472 bytes)',
  'Nov 25 07:19:20 09[ENC] parsed IKE_SA_INIT response 0 [ SA KE No N(NATD_S_IP) N(NATD_D_IP) N(FRAG_SUP) N(HASH_ALG) N(CHDLESS_SUP) N(MULT_AUTH) ]',
  "Nov 25 07:19:20 09[IKE] authentication of 'left-b.example' (myself) with pre-shared key",
  'Nov 25 07:19:20 09[IKE] establishing CHILD_SA net-b{1}',
  'Nov 25 07:19:20 09[ENC] generating IKE_AUTH request 1 [ IDi N(INIT_CONTACT) IDr AUTH SA TSi TSr N(MULT_AUTH) N(EAP_ONLY) N(MSG_ID_SYN_SUP) ]',
  'Nov 25 07:19:20 09[NET] sending packet: from 192.0.2.1[4500] to 198.51.100.2[4500] (288 bytes)',
  'Nov 25 07:19:20 13[IKE] initiating IKE_SA lab[2] to 198.51.100.2',
  'Nov 25 07:19:20 13[ENC] generating IKE_SA_INIT request 0 [ SA KE No N(NATD_S_IP) N(NATD_D_IP) N(FRAG_SUP) N(HASH_ALG) N(REDIR_SUP) ]',
  'Nov 25 07:19:20 13[NET] sending packet: from 192.0.2.1[500] to 198.51.100.2[500] (464 bytes)',
  'Nov 25 07:19:20 08[NET] received packet: from 198.51.100.2[500] to 192.0.2.1[500] (472 bytes)',
  'Nov 25 07:19:20 08[ENC] parsed IKE_SA_INIT response 0 [ SA KE No N(NATD_S_IP) N(NATD_D_IP) N(FRAG_SUP) N(HASH_ALG) N(CHDLESS_SUP) N(MULT_AUTH) ]',
  'Nov 25 07:19:20 11[NET] received packet: from 198.51.100.2[4500] to 192.0.2.1[4500] (80 bytes)',
  'Nov 25 07:19:20 11[ENC] parsed IKE_AUTH response 1 [ N(AUTH_FAILED) ]',
  'Nov 25 07:19:20 11[IKE] received AUTHENTICATION_FAILED notify error',
  "Nov 25 07:19:20 08[IKE] authentication of 'left.example' (myself) with pre-shared key",
  'Nov 25 07:19:20 08[IKE] establishing CHILD_SA net{2}',
  'Nov 25 07:19:20 08[ENC] generating IKE_AUTH request 1 [ IDi N(INIT_CONTACT) IDr AUTH SA TSi TSr N(MULT_AUTH) N(EAP_ONLY) N(MSG_ID_SYN_SUP) ]',
  'Nov 25 07:19:20 08[NET] sending packet: from 192.0.2.1[4500] to 198.51.100.2[4500] (272 bytes)',
];

void test('initiator: a packet from the peer is the SA whose request went to the port it comes from', () => {
  const read = reader();
  const out = INITIATOR.flatMap(read);
  // The AUTHENTICATION_FAILED answer: lab[2], the SA last started, waits on port 500.
  const packet = out.find((e) => e.kind === 'info' && e.details?.bytes === 80);
  assert.equal(packet?.sa, '1');
  assert.equal(
    out.find((e) => e.kind === 'ike.auth.failed' || e.notify === 'AUTHENTICATION_FAILED')?.sa,
    '1',
  );
});

void test('initiator: two SAs wait for the same IKE_AUTH response: the line that numbers the SA decides', async () => {
  // lab and lab-c, started at the same moment, both wait for IKE_AUTH response 1 on port 4500.
  const lines = [
    ...INITIATOR,
    'Nov 25 07:19:20 14[IKE] initiating IKE_SA lab-c[3] to 198.51.100.2',
    'Nov 25 07:19:20 14[ENC] generating IKE_SA_INIT request 0 [ SA KE No N(NATD_S_IP) N(NATD_D_IP) N(FRAG_SUP) N(HASH_ALG) N(REDIR_SUP) ]',
    'Nov 25 07:19:20 14[NET] sending packet: from 192.0.2.1[500] to 198.51.100.2[500] (464 bytes)',
    'Nov 25 07:19:20 11[NET] received packet: from 198.51.100.2[500] to 192.0.2.1[500] (472 bytes)',
    'Nov 25 07:19:20 11[ENC] parsed IKE_SA_INIT response 0 [ SA KE No N(NATD_S_IP) N(NATD_D_IP) N(FRAG_SUP) N(HASH_ALG) N(CHDLESS_SUP) N(MULT_AUTH) ]',
    "Nov 25 07:19:20 11[IKE] authentication of 'left-c.example' (myself) with pre-shared key",
    'Nov 25 07:19:20 11[IKE] establishing CHILD_SA net-c{3}',
    'Nov 25 07:19:20 11[ENC] generating IKE_AUTH request 1 [ IDi N(INIT_CONTACT) IDr AUTH SA TSi TSr N(MULT_AUTH) N(EAP_ONLY) N(MSG_ID_SYN_SUP) ]',
    'Nov 25 07:19:20 11[NET] sending packet: from 192.0.2.1[4500] to 198.51.100.2[4500] (288 bytes)',
    'Nov 25 07:19:20 14[NET] received packet: from 198.51.100.2[4500] to 192.0.2.1[4500] (224 bytes)',
    'Nov 25 07:19:20 14[ENC] parsed IKE_AUTH response 1 [ IDr AUTH SA TSi TSr ]',
    "Nov 25 07:19:20 14[IKE] authentication of 'right.example' with pre-shared key successful",
    'Nov 25 07:19:20 14[IKE] IKE_SA lab[2] established between 192.0.2.1[left.example]...198.51.100.2[right.example]',
    'Nov 25 07:19:20 14[IKE] CHILD_SA net{2} established with SPIs bc00d8fd_i 5b350b29_o and TS 203.0.113.0/26 === 203.0.113.128/26',
    'Nov 25 07:19:20 14[NET] received packet: from 198.51.100.2[4500] to 192.0.2.1[4500] (224 bytes)',
    'Nov 25 07:19:20 14[ENC] parsed IKE_AUTH response 1 [ IDr AUTH SA TSi TSr ]',
    "Nov 25 07:19:20 14[IKE] authentication of 'right-c.example' with pre-shared key successful",
    'Nov 25 07:19:20 14[IKE] IKE_SA lab-c[3] established between 192.0.2.1[left-c.example]...198.51.100.2[right-c.example]',
    'Nov 25 07:19:20 14[IKE] CHILD_SA net-c{3} established with SPIs d87440c2_i 010a6947_o and TS 203.0.113.0/28 === 203.0.113.128/28',
  ];
  const ts = await tunnels(lines);
  assert.deepEqual(
    summary(ts).map((t) => [t.name, t.verdict, t.peerId, t.codes.includes('AUTH_FAILED')]),
    [
      ['lab-b', 'PSK_MISMATCH', undefined, true],
      ['lab', 'ESTABLISHED', 'right.example', false],
      ['lab-c', 'ESTABLISHED', 'right-c.example', false],
    ],
  );
  assert.deepEqual(
    ts.map((t) => t.attempts),
    [1, 1, 1],
  );
});

void test('responder with one connection: two attempts of a peer whose identity it rejects are one tunnel, its IKE_SA_INIT lines included', async () => {
  // lab v2-id-ls-sw recorded at the default level: Libreswan tries twice with the wrong identity.
  const attempt = (n: number) => [
    `Nov 25 08:20:57 ${n}[NET] received packet: from 192.0.2.1[500] to 198.51.100.2[500] (440 bytes)`,
    `Nov 25 08:20:57 ${n}[ENC] parsed IKE_SA_INIT request 0 [ SA KE No N(FRAG_SUP) N(NATD_S_IP) N(NATD_D_IP) ]`,
    `Nov 25 08:20:57 ${n}[IKE] 192.0.2.1 is initiating an IKE_SA`,
    `Nov 25 08:20:57 ${n}[CFG] selected proposal: IKE:AES_CBC_256/HMAC_SHA2_256_128/PRF_HMAC_SHA2_256/MODP_2048`,
    `Nov 25 08:20:57 ${n}[ENC] generating IKE_SA_INIT response 0 [ SA KE No N(NATD_S_IP) N(NATD_D_IP) N(FRAG_SUP) N(CHDLESS_SUP) N(MULT_AUTH) ]`,
    `Nov 25 08:20:57 ${n}[NET] sending packet: from 198.51.100.2[500] to 192.0.2.1[500] (456 bytes)`,
    `Nov 25 08:20:57 ${n + 1}[NET] received packet: from 192.0.2.1[500] to 198.51.100.2[500] (256 bytes)`,
    `Nov 25 08:20:57 ${n + 1}[ENC] parsed IKE_AUTH request 1 [ IDi IDr AUTH SA TSi TSr ]`,
    `Nov 25 08:20:57 ${n + 1}[CFG] looking for peer configs matching 198.51.100.2[right.example]...192.0.2.1[wrong.example]`,
    `Nov 25 08:20:57 ${n + 1}[CFG] no matching peer config found`,
    `Nov 25 08:20:57 ${n + 1}[ENC] generating IKE_AUTH response 1 [ N(AUTH_FAILED) ]`,
    `Nov 25 08:20:57 ${n + 1}[NET] sending packet: from 198.51.100.2[500] to 192.0.2.1[500] (80 bytes)`,
  ];
  const ts = await tunnels([...attempt(9), ...attempt(11)]);
  assert.deepEqual(
    summary(ts).map((t) => [t.verdict, t.peerId]),
    [['ID_MISMATCH', 'wrong.example']],
  );
});

/** The lines of each tunnel of a report: name → sorted line numbers. */
async function linesByTunnel(lines: string[]): Promise<Map<string, number[]>> {
  const r = await analyzeText([{ path: 'charon.log', data: Buffer.from(lines.join('\n') + '\n') }], {
    now: NOW,
    timeline: 'all',
  });
  return new Map(
    r.tunnels.map((t) => [t.name, [...new Set(t.timeline.map((e) => e.line))].sort((a, b) => a - b)]),
  );
}

const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);

// lab/corpus-multi/stock-multi-v2-psk-sw-sw/right.log.gz, lines 10 to 45 (line n here is line n + 9
// there): the peer opens an IKE SA for lab, then one for lab-b; charon numbers neither before it is
// established, and lab-b's never is.
const RESPONDER_TWO_SAS = [
  'Nov 25 07:18:49 09[CFG] added vici connection: lab',
  'Nov 25 07:18:49 15[CFG] added vici connection: lab-b',
  ...RESPONDER_LAB_UP.slice(0, 3),
  'Nov 25 07:18:49 15[CFG] selected proposal: IKE:AES_CBC_256/HMAC_SHA2_256_128/PRF_HMAC_SHA2_256/MODP_2048',
  'Nov 25 07:18:49 15[IKE] remote host is behind NAT',
  ...RESPONDER_LAB_UP.slice(3, 12),
  'Nov 25 07:18:49 10[IKE] scheduling rekeying in 13932s',
  'Nov 25 07:18:49 10[IKE] maximum IKE_SA lifetime 15372s',
  'Nov 25 07:18:49 10[CFG] selected proposal: ESP:AES_CBC_256/HMAC_SHA2_256_128/NO_EXT_SEQ',
  ...RESPONDER_LAB_UP.slice(12),
  ...RESPONDER_LAB_B.slice(0, 3),
  'Nov 25 07:18:49 13[CFG] selected proposal: IKE:AES_CBC_256/HMAC_SHA2_256_128/PRF_HMAC_SHA2_256/MODP_2048',
  'Nov 25 07:18:49 13[IKE] remote host is behind NAT',
  ...RESPONDER_LAB_B.slice(3),
];

void test('responder: the IKE_SA_INIT lines of each SA go to the connection its IKE_AUTH selects, no tunnel is left under the peer address', async () => {
  // Each IKE_SA_INIT request 0 begins a new IKE SA (lines 3-9 and 23-29); the IKE_AUTH request
  // that follows continues the peer's oldest SA that answered IKE_SA_INIT (lines 10 and 30).
  assert.equal(RESPONDER_TWO_SAS.length, 36);
  assert.match(RESPONDER_TWO_SAS[2]!, /15\[NET\] received packet: from 192\.0\.2\.1\[500\]/);
  assert.match(RESPONDER_TWO_SAS[22]!, /13\[NET\] received packet: from 192\.0\.2\.1\[500\]/);
  assert.match(RESPONDER_TWO_SAS[32]!, /selected peer config 'lab-b'/);
  const by = await linesByTunnel(RESPONDER_TWO_SAS);
  assert.deepEqual([...by.keys()].sort(), ['lab', 'lab-b']);
  assert.deepEqual(by.get('lab'), [1, ...range(3, 22)]);
  assert.deepEqual(by.get('lab-b'), [2, ...range(23, 36)]);
  const ts = summary(await tunnels(RESPONDER_TWO_SAS));
  assert.deepEqual(
    ts.map((t) => [t.name, t.verdict, t.peerId]),
    [
      ['lab', 'ESTABLISHED', 'left.example'],
      ['lab-b', 'PSK_MISMATCH', 'left-b.example'],
    ],
  );
});

// lab/corpus-multi/stock-multi-v2-psk-parallel-sw-sw/right.log.gz, lines 10 to 66: three IKE SAs of one
// peer interleave on charon's threads (lab-b's, lab's and lab-c's, in the order they answered IKE_SA_INIT).
const RESPONDER_PARALLEL = [
  'Nov 25 07:19:20 15[CFG] added vici connection: lab',
  'Nov 25 07:19:20 13[CFG] added vici connection: lab-b',
  'Nov 25 07:19:20 14[CFG] added vici connection: lab-c',
  'Nov 25 07:19:20 09[NET] received packet: from 192.0.2.1[500] to 198.51.100.2[500] (464 bytes)',
  'Nov 25 07:19:20 09[ENC] parsed IKE_SA_INIT request 0 [ SA KE No N(NATD_S_IP) N(NATD_D_IP) N(FRAG_SUP) N(HASH_ALG) N(REDIR_SUP) ]',
  'Nov 25 07:19:20 09[IKE] 192.0.2.1 is initiating an IKE_SA',
  'Nov 25 07:19:20 09[CFG] selected proposal: IKE:AES_CBC_256/HMAC_SHA2_256_128/PRF_HMAC_SHA2_256/MODP_2048',
  'Nov 25 07:19:20 09[IKE] remote host is behind NAT',
  'Nov 25 07:19:20 09[ENC] generating IKE_SA_INIT response 0 [ SA KE No N(NATD_S_IP) N(NATD_D_IP) N(FRAG_SUP) N(HASH_ALG) N(CHDLESS_SUP) N(MULT_AUTH) ]',
  'Nov 25 07:19:20 09[NET] sending packet: from 198.51.100.2[500] to 192.0.2.1[500] (472 bytes)',
  'Nov 25 07:19:20 16[NET] received packet: from 192.0.2.1[4500] to 198.51.100.2[4500] (288 bytes)',
  'Nov 25 07:19:20 13[NET] received packet: from 192.0.2.1[500] to 198.51.100.2[500] (464 bytes)',
  'Nov 25 07:19:20 13[ENC] parsed IKE_SA_INIT request 0 [ SA KE No N(NATD_S_IP) N(NATD_D_IP) N(FRAG_SUP) N(HASH_ALG) N(REDIR_SUP) ]',
  'Nov 25 07:19:20 13[IKE] 192.0.2.1 is initiating an IKE_SA',
  'Nov 25 07:19:20 13[CFG] selected proposal: IKE:AES_CBC_256/HMAC_SHA2_256_128/PRF_HMAC_SHA2_256/MODP_2048',
  'Nov 25 07:19:20 13[IKE] remote host is behind NAT',
  'Nov 25 07:19:20 13[ENC] generating IKE_SA_INIT response 0 [ SA KE No N(NATD_S_IP) N(NATD_D_IP) N(FRAG_SUP) N(HASH_ALG) N(CHDLESS_SUP) N(MULT_AUTH) ]',
  'Nov 25 07:19:20 13[NET] sending packet: from 198.51.100.2[500] to 192.0.2.1[500] (472 bytes)',
  'Nov 25 07:19:20 16[ENC] parsed IKE_AUTH request 1 [ IDi N(INIT_CONTACT) IDr AUTH SA TSi TSr N(MULT_AUTH) N(EAP_ONLY) N(MSG_ID_SYN_SUP) ]',
  'Nov 25 07:19:20 16[CFG] looking for peer configs matching 198.51.100.2[right-b.example]...192.0.2.1[left-b.example]',
  "Nov 25 07:19:20 16[CFG] selected peer config 'lab-b'",
  "Nov 25 07:19:20 16[IKE] tried 1 shared key for 'right-b.example' - 'left-b.example', but MAC mismatched",
  'Nov 25 07:19:20 16[ENC] generating IKE_AUTH response 1 [ N(AUTH_FAILED) ]',
  'Nov 25 07:19:20 16[NET] sending packet: from 198.51.100.2[4500] to 192.0.2.1[4500] (80 bytes)',
  'Nov 25 07:19:20 15[NET] received packet: from 192.0.2.1[500] to 198.51.100.2[500] (464 bytes)',
  'Nov 25 07:19:20 14[NET] received packet: from 192.0.2.1[4500] to 198.51.100.2[4500] (272 bytes)',
  'Nov 25 07:19:20 15[ENC] parsed IKE_SA_INIT request 0 [ SA KE No N(NATD_S_IP) N(NATD_D_IP) N(FRAG_SUP) N(HASH_ALG) N(REDIR_SUP) ]',
  'Nov 25 07:19:20 15[IKE] 192.0.2.1 is initiating an IKE_SA',
  'Nov 25 07:19:20 15[CFG] selected proposal: IKE:AES_CBC_256/HMAC_SHA2_256_128/PRF_HMAC_SHA2_256/MODP_2048',
  'Nov 25 07:19:20 15[IKE] remote host is behind NAT',
  'Nov 25 07:19:20 15[ENC] generating IKE_SA_INIT response 0 [ SA KE No N(NATD_S_IP) N(NATD_D_IP) N(FRAG_SUP) N(HASH_ALG) N(CHDLESS_SUP) N(MULT_AUTH) ]',
  'Nov 25 07:19:20 15[NET] sending packet: from 198.51.100.2[500] to 192.0.2.1[500] (472 bytes)',
  'Nov 25 07:19:20 14[ENC] parsed IKE_AUTH request 1 [ IDi N(INIT_CONTACT) IDr AUTH SA TSi TSr N(MULT_AUTH) N(EAP_ONLY) N(MSG_ID_SYN_SUP) ]',
  'Nov 25 07:19:20 14[CFG] looking for peer configs matching 198.51.100.2[right.example]...192.0.2.1[left.example]',
  "Nov 25 07:19:20 14[CFG] selected peer config 'lab'",
  "Nov 25 07:19:20 14[IKE] authentication of 'left.example' with pre-shared key successful",
  "Nov 25 07:19:20 14[IKE] authentication of 'right.example' (myself) with pre-shared key",
  'Nov 25 07:19:20 14[IKE] IKE_SA lab[2] established between 198.51.100.2[right.example]...192.0.2.1[left.example]',
  'Nov 25 07:19:20 14[IKE] scheduling rekeying in 14371s',
  'Nov 25 07:19:20 14[IKE] maximum IKE_SA lifetime 15811s',
  'Nov 25 07:19:20 14[CFG] selected proposal: ESP:AES_CBC_256/HMAC_SHA2_256_128/NO_EXT_SEQ',
  'Nov 25 07:19:20 14[IKE] CHILD_SA net{1} established with SPIs 5b350b29_i bc00d8fd_o and TS 203.0.113.128/26 === 203.0.113.0/26',
  'Nov 25 07:19:20 14[ENC] generating IKE_AUTH response 1 [ IDr AUTH SA TSi TSr ]',
  'Nov 25 07:19:20 14[NET] sending packet: from 198.51.100.2[4500] to 192.0.2.1[4500] (224 bytes)',
  'Nov 25 07:19:20 11[NET] received packet: from 192.0.2.1[4500] to 198.51.100.2[4500] (288 bytes)',
  'Nov 25 07:19:20 11[ENC] parsed IKE_AUTH request 1 [ IDi N(INIT_CONTACT) IDr AUTH SA TSi TSr N(MULT_AUTH) N(EAP_ONLY) N(MSG_ID_SYN_SUP) ]',
  'Nov 25 07:19:20 11[CFG] looking for peer configs matching 198.51.100.2[right-c.example]...192.0.2.1[left-c.example]',
  "Nov 25 07:19:20 11[CFG] selected peer config 'lab-c'",
  "Nov 25 07:19:20 11[IKE] authentication of 'left-c.example' with pre-shared key successful",
  "Nov 25 07:19:20 11[IKE] authentication of 'right-c.example' (myself) with pre-shared key",
  'Nov 25 07:19:20 11[IKE] IKE_SA lab-c[3] established between 198.51.100.2[right-c.example]...192.0.2.1[left-c.example]',
  'Nov 25 07:19:20 11[IKE] scheduling rekeying in 13412s',
  'Nov 25 07:19:20 11[IKE] maximum IKE_SA lifetime 14852s',
  'Nov 25 07:19:20 11[CFG] selected proposal: ESP:AES_CBC_256/HMAC_SHA2_256_128/NO_EXT_SEQ',
  'Nov 25 07:19:20 11[IKE] CHILD_SA net-c{2} established with SPIs 010a6947_i d87440c2_o and TS 203.0.113.128/28 === 203.0.113.0/28',
  'Nov 25 07:19:20 11[ENC] generating IKE_AUTH response 1 [ IDr AUTH SA TSi TSr ]',
  'Nov 25 07:19:20 11[NET] sending packet: from 198.51.100.2[4500] to 192.0.2.1[4500] (224 bytes)',
];

void test('responder: interleaved SAs of one peer: each IKE_AUTH continues the SA that had answered IKE_SA_INIT first', async () => {
  // Line 20: lab-b's IKE_AUTH request arrives (port 4500) while the SA of lines 13-19 is the only
  // one that answered IKE_SA_INIT. Line 34 (port 500) is the next IKE_SA_INIT, not the IKE_AUTH of
  // the SA of lines 21-27 (a NAT moved that SA to 4500); line 35 is.
  const at = (ns: number[]) => ns.map((n) => n - 9);
  const by = await linesByTunnel(RESPONDER_PARALLEL);
  assert.deepEqual([...by.keys()].sort(), ['lab', 'lab-b', 'lab-c']);
  assert.deepEqual(by.get('lab-b'), at([11, ...range(13, 20), ...range(28, 33)]));
  assert.deepEqual(by.get('lab'), at([10, ...range(21, 27), 35, ...range(42, 53)]));
  assert.deepEqual(by.get('lab-c'), at([12, 34, ...range(36, 41), ...range(54, 66)]));
});
