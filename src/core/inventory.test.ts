// Inventory findings: for each code, rows that must raise it and rows that must stay silent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  algorithmsOf,
  buildInventory,
  followUpCommand,
  type InventoryEntry,
  type InventoryFlow,
  type InventoryIkeSa,
} from './inventory.js';
import { useAllLangs } from '../i18n/index.js';

// Catalogs other than English load on demand: these tests read all four.
await useAllLangs();

const L = (line: number, text = `line ${line}`): { path: string; line: number; text: string } => ({
  path: 'x',
  line,
  text,
});

function flow(f: Partial<InventoryFlow>): InventoryFlow {
  return { lines: [L(2)], at: {}, ...f };
}

function ike(s: Partial<InventoryIkeSa>): InventoryIkeSa {
  return { lines: [L(3)], at: {}, ...s };
}

function entry(e: Partial<InventoryEntry>): InventoryEntry {
  return {
    command: 'show crypto session detail',
    kind: 'crypto-session',
    vendor: 'cisco-ios',
    source: L(1),
    ike: [],
    flows: [],
    lines: [L(1)],
    at: {},
    fields: {},
    peer: { address: '10.1.1.3', port: 500 },
    ...e,
  };
}

function codes(e: InventoryEntry): string[] {
  return buildInventory([e]).findings.map((f) => f.message);
}

void test('SESSION_DOWN fires for DOWN, DOWN-NEGOTIATING, UP-NO-IKE and IKE SAs not up', () => {
  for (const s of ['DOWN', 'DOWN-NEGOTIATING', 'UP-NO-IKE'])
    assert.deepEqual(codes(entry({ status: s })), ['show.finding.SESSION_DOWN'], s);
  assert.deepEqual(codes(entry({ status: 'UP-ACTIVE' })), []);
  const isakmp = (state: string, deleted = false): InventoryEntry =>
    entry({
      kind: 'ike-sa',
      command: 'show crypto isakmp sa',
      ike: [ike({ version: 1, status: state, connId: '1001' })],
      fields: deleted ? { deleted: true } : {},
    });
  assert.deepEqual(codes(isakmp('MM_NO_STATE')), ['show.finding.SESSION_DOWN']);
  assert.deepEqual(codes(isakmp('MM_NO_STATE', true)), []);
  assert.deepEqual(codes(isakmp('QM_IDLE')), []);
  const v2 = (st: string): InventoryEntry =>
    entry({ kind: 'ike-sa', command: 'show crypto ikev2 sa', ike: [ike({ version: 2, status: st })] });
  assert.deepEqual(codes(v2('IN-NEG')), ['show.finding.SESSION_DOWN']);
  assert.deepEqual(codes(v2('READY')), []);
  const tunnel = (st: string): InventoryEntry =>
    entry({ kind: 'tunnel', vendor: 'panos', name: 't1', status: st });
  assert.deepEqual(codes(tunnel('inactive')), ['show.finding.SESSION_DOWN']);
  assert.deepEqual(codes(tunnel('active')), []);
});

void test('FLOW_NO_ACTIVE_SA fires for 0 active SAs or an all-zero SPI, not for a working flow', () => {
  assert.deepEqual(
    codes(
      entry({ flows: [flow({ activeSas: 0, local: '10.1.1.4/32', remote: '10.1.1.3/32', protocol: '47' })] }),
    ),
    ['show.finding.FLOW_NO_ACTIVE_SA'],
  );
  assert.deepEqual(codes(entry({ kind: 'ipsec-sa', flows: [flow({ spiOut: '0x0' })] })), [
    'show.finding.FLOW_NO_ACTIVE_SA',
  ]);
  assert.deepEqual(codes(entry({ flows: [flow({ activeSas: 2 })] })), []);
  assert.deepEqual(codes(entry({ kind: 'ipsec-sa', flows: [flow({ spiOut: '0x77EE5348' })] })), []);
});

void test('ONE_WAY_TRAFFIC fires one way only, with a few packets at least', () => {
  assert.deepEqual(codes(entry({ flows: [flow({ pktsIn: 163, pktsOut: 0 })] })), [
    'show.finding.ONE_WAY_TRAFFIC.in',
  ]);
  assert.deepEqual(codes(entry({ flows: [flow({ pktsIn: 0, pktsOut: 14 })] })), [
    'show.finding.ONE_WAY_TRAFFIC.out',
  ]);
  assert.deepEqual(codes(entry({ flows: [flow({ pktsIn: 4, pktsOut: 4 })] })), []);
  assert.deepEqual(codes(entry({ flows: [flow({ pktsIn: 0, pktsOut: 0 })] })), []);
  assert.deepEqual(codes(entry({ flows: [flow({ pktsIn: 1, pktsOut: 0 })] })), []);
  assert.deepEqual(codes(entry({ flows: [flow({ pktsIn: 163 })] })), [], 'one counter alone says nothing');
});

void test('SA_ERRORS fires for errors and drops, lists them', () => {
  const inv = buildInventory([
    entry({
      flows: [flow({ recvErrors: 55, sendErrors: 0, dropOut: 1, errors: { 'pkts verify failed': 3 } })],
    }),
  ]);
  assert.equal(inv.findings.length, 1);
  assert.equal(inv.findings[0]!.code, 'SA_ERRORS');
  assert.equal(inv.findings[0]!.vars.errors, 'recv errors 55, outbound drops 1, pkts verify failed 3');
  assert.deepEqual(
    codes(entry({ flows: [flow({ recvErrors: 0, sendErrors: 0, dropIn: 0, dropOut: 0 })] })),
    [],
  );
});

void test('SA_NEAR_EXPIRY fires under 10% of the lifetime or a few minutes / 10 MB', () => {
  assert.deepEqual(codes(entry({ flows: [flow({ activeSas: 2, remainingSec: 120 })] })), [
    'show.finding.SA_NEAR_EXPIRY.sec',
  ]);
  assert.deepEqual(codes(entry({ flows: [flow({ activeSas: 2, remainingSec: 300, lifetimeSec: 3600 })] })), [
    'show.finding.SA_NEAR_EXPIRY.sec',
  ]);
  assert.deepEqual(codes(entry({ flows: [flow({ activeSas: 2, remainingKb: 2000 })] })), [
    'show.finding.SA_NEAR_EXPIRY.kb',
  ]);
  assert.deepEqual(
    codes(entry({ flows: [flow({ activeSas: 2, remainingSec: 2949, remainingKb: 4605665 })] })),
    [],
  );
  assert.deepEqual(codes(entry({ flows: [flow({ activeSas: 0, remainingSec: 0, remainingKb: 0 })] })), [
    'show.finding.FLOW_NO_ACTIVE_SA',
  ]);
  assert.deepEqual(codes(entry({ ike: [ike({ remainingSec: 60, lifetimeSec: 86400 })] })), [
    'show.finding.SA_NEAR_EXPIRY.ike',
  ]);
});

void test('WEAK_TRANSFORM fires for DES, 3DES, MD5, SHA-1 and DH 1/2/5, not for AES/SHA-2/DH 14+', () => {
  const weak = (algorithms: InventoryIkeSa['algorithms']): string[] =>
    codes(entry({ ike: [ike({ algorithms })] }));
  assert.deepEqual(weak({ encryption: 'AES-CBC-192', integrity: 'SHA96', dhGroup: '1' }), [
    'show.finding.WEAK_TRANSFORM',
  ]);
  assert.deepEqual(weak({ suite: 'esp-3des esp-md5-hmac' }), ['show.finding.WEAK_TRANSFORM']);
  assert.deepEqual(weak({ suite: 'PSK/DH2/A128/SHA1' }), ['show.finding.WEAK_TRANSFORM']);
  assert.deepEqual(weak({ encryption: 'AES-GCM-256', integrity: 'None', prf: 'SHA256', dhGroup: '14' }), []);
  assert.deepEqual(weak({ suite: 'esp-256-aes esp-sha256-hmac' }), []);
  assert.deepEqual(weak({ suite: 'ESP/A256/SHA256' }), []);
  assert.deepEqual(weak({ suite: 'esp-gcm 256' }), []);
});

void test('algorithm texts of each vendor fold to canonical names', () => {
  const names = (raw: string): string[] => algorithmsOf(raw, undefined).map((a) => a.name);
  assert.deepEqual(names('esp-aes-256 esp-sha-hmac'), ['aes-cbc', 'sha1']);
  assert.deepEqual(names('PSK/ DH2/A128/SHA1'), ['modp1024', 'aes-cbc', 'sha1']);
  assert.deepEqual(names('ESP/A256/SHA256'), ['aes-cbc', 'sha256']);
  assert.deepEqual(
    algorithmsOf('1', 'dh_group').map((a) => a.group),
    [1],
  );
});

void test('follow-up commands name the row at hand', () => {
  assert.equal(followUpCommand(entry({})), 'clear crypto session remote 10.1.1.3');
  assert.equal(
    followUpCommand(entry({ fvrf: 'name10' })),
    'clear crypto session remote 10.1.1.3 fvrf name10',
  );
  assert.equal(followUpCommand(entry({ fvrf: '(none)' })), 'clear crypto session remote 10.1.1.3');
  assert.equal(
    followUpCommand(entry({ kind: 'ipsec-sa', vendor: 'cisco-asa' })),
    'clear crypto ipsec sa peer 10.1.1.3',
  );
  assert.equal(
    followUpCommand(entry({ kind: 'ipsec-sa', vendor: 'cisco-ios' })),
    'clear crypto sa peer 10.1.1.3',
  );
  assert.equal(
    followUpCommand(entry({ kind: 'ipsec-sa', vendor: 'panos', name: 'VyOS-tunnel(VyOS)' })),
    'clear vpn ipsec-sa tunnel VyOS-tunnel',
  );
  assert.equal(
    followUpCommand(
      entry({ kind: 'vpn-session', vendor: 'cisco-asa', name: 'Anu', fields: { Username: 'Anu' } }),
    ),
    'vpn-sessiondb logoff name Anu',
  );
  assert.equal(followUpCommand(entry({ peer: undefined })), undefined);
  // a finding without a command has no fix step
  const inv = buildInventory([entry({ peer: undefined, status: 'DOWN' })]);
  assert.equal(inv.findings[0]!.fix, undefined);
  assert.equal(inv.findings[0]!.vars.command, undefined);
});

void test('isakmp rows: the peer is the address that is not ours', () => {
  const ours = entry({ kind: 'ipsec-sa', local: { address: '203.0.113.1' } });
  const row = entry({
    kind: 'ike-sa',
    command: 'show crypto isakmp sa',
    peer: undefined,
    ike: [ike({ version: 1, status: 'QM_IDLE' })],
    fields: { dst: '203.0.113.1', src: '203.0.113.20' },
  });
  buildInventory([ours, row]);
  assert.equal(row.peer?.address, '203.0.113.20');
  assert.equal(row.ike[0]!.role, 'responder');
});

void test('every finding message and fix step is in both catalogs', async () => {
  const { catalog } = await import('../i18n/index.js');
  const { INVENTORY_FINDING_CODES } = await import('./inventory.js');
  const variants: Record<string, string[]> = {
    ONE_WAY_TRAFFIC: ['.in', '.out'],
    SA_NEAR_EXPIRY: ['.sec', '.kb', '.ike'],
  };
  for (const lang of ['en', 'ja'] as const) {
    for (const code of INVENTORY_FINDING_CODES) {
      for (const v of variants[code] ?? [''])
        assert.ok(`show.finding.${code}${v}` in catalog(lang), `${lang} ${code}${v}`);
      assert.ok(`show.fix.${code}` in catalog(lang), `${lang} fix ${code}`);
    }
  }
});
