// `compare` beyond the pair goldens (src/config/pairs): the directional rules (IKE version,
// authentication, IKEv2 narrowing), the vendor defaults it applies, and its behaviour on hostile
// input (every regex here must stay linear).
import { test } from 'node:test';
import { readFileSync } from 'node:fs';
import assert from 'node:assert/strict';
import type { TrafficSelector, TunnelPolicy } from '../core/policy.js';
import { compare } from './compare.js';
import { applyDefaults, defaultsFor } from './defaults.js';
import { parseConfigText } from './index.js';
import { intersect, negotiate, tsRange } from './narrowing.js';
import { childProposalLines, idLines, ikeProposalLines, selectorLines } from './syntax.js';
import { useAllLangs } from '../i18n/index.js';

// Catalogs other than English load on demand: these tests read all four.
await useAllLangs();

function one(path: string, text: string): TunnelPolicy {
  const c = parseConfigText(path, text);
  assert.ok(c?.tunnels[0], `${path} parses to a tunnel`);
  return c.tunnels[0];
}

const swanctl = (name: string, body: string, child: string) =>
  `connections {\n  ${name} {\n${body}\n    children {\n      net {\n${child}\n      }\n    }\n  }\n}\n`;

const SW_LEFT = (
  extra = '',
  child = '',
  remote = 'auth = psk\n      id = @right.example',
  ver = 2,
  remoteTs = '10.2.0.0/24',
) =>
  one(
    'left.swanctl.conf',
    swanctl(
      'lab',
      `    version = ${ver}\n    local_addrs = 192.0.2.1\n    remote_addrs = 198.51.100.2\n    proposals = aes256-sha256-modp2048\n${extra}\n    local {\n      auth = psk\n      id = @left.example\n    }\n    remote {\n      ${remote}\n    }`,
      `        local_ts = 10.1.0.0/24\n        remote_ts = ${remoteTs}\n        esp_proposals = aes256-sha256\n${child}`,
    ),
  );
const SW_RIGHT = (extra = '', child = '', local = 'auth = psk', ver = 2) =>
  one(
    'right.swanctl.conf',
    swanctl(
      'lab',
      `    version = ${ver}\n    local_addrs = 198.51.100.2\n    remote_addrs = 192.0.2.1\n    proposals = aes256-sha256-modp2048\n${extra}\n    local {\n      ${local}\n      id = @right.example\n    }\n    remote {\n      auth = psk\n      id = @left.example\n    }`,
      `        local_ts = 10.2.0.0/24\n        remote_ts = 10.1.0.0/24\n        esp_proposals = aes256-sha256\n${child}`,
    ),
  );
const LS = (lines: string) =>
  one(
    'right.ipsec.conf',
    `conn lab\n\tleft=198.51.100.2\n\tleftid=@right.example\n\tright=192.0.2.1\n\trightid=@left.example\n\tauthby=secret\n\tleftsubnet=10.2.0.0/24\n\trightsubnet=10.1.0.0/24\n${lines}\n`,
  );

test('two matching strongSwan ends establish', () => {
  const r = compare(SW_LEFT(), SW_RIGHT());
  assert.equal(r.verdict, 'ESTABLISHED');
});

test('authentication: what A uses is checked against what B requires of A', () => {
  // B requires EAP of its peer (remote auth), A authenticates with a certificate
  const a = SW_LEFT('', '', 'auth = psk\n      id = @right.example');
  const pub = one(
    'left.swanctl.conf',
    swanctl(
      'lab',
      '    version = 2\n    local_addrs = 192.0.2.1\n    remote_addrs = 198.51.100.2\n    proposals = aes256-sha256-modp2048\n    local {\n      auth = pubkey\n      id = @left.example\n    }\n    remote {\n      auth = pubkey\n      id = @right.example\n    }',
      '        local_ts = 10.1.0.0/24\n        remote_ts = 10.2.0.0/24\n        esp_proposals = aes256-sha256',
    ),
  );
  const eapServer = one(
    'right.swanctl.conf',
    swanctl(
      'lab',
      '    version = 2\n    local_addrs = 198.51.100.2\n    remote_addrs = 192.0.2.1\n    proposals = aes256-sha256-modp2048\n    local {\n      auth = pubkey\n      id = @right.example\n    }\n    remote {\n      auth = eap-mschapv2\n      id = @left.example\n    }',
      '        local_ts = 10.2.0.0/24\n        remote_ts = 10.1.0.0/24\n        esp_proposals = aes256-sha256',
    ),
  );
  const r = compare(pub, eapServer);
  const ab = r.rows.find((x) => x.param === 'auth_a_to_b');
  const ba = r.rows.find((x) => x.param === 'auth_b_to_a');
  assert.equal(ab?.a.text, 'cert');
  assert.equal(ab?.b.text, 'eap');
  assert.equal(ab?.match, false);
  assert.equal(ab?.code, 'AUTH_FAILED');
  // the other way round both speak pubkey: no mismatch there
  assert.equal(ba?.match, true);
  assert.equal(r.verdict, 'AUTH_FAILED');
  // asymmetric but compatible: A uses PSK, B (pubkey itself) requires PSK of its peer
  const asym = SW_RIGHT('', '', 'auth = pubkey');
  const r2 = compare(a, asym);
  assert.equal(r2.rows.find((x) => x.param === 'auth_a_to_b')?.match, true);
  assert.equal(
    r2.rows.find((x) => x.param === 'auth_b_to_a')?.match,
    false,
    'B authenticates with pubkey, A requires PSK',
  );
  // PSK against certificates is still found
  assert.equal(compare(SW_LEFT(), SW_RIGHT('', '', 'auth = pubkey')).verdict, 'AUTH_FAILED');
});

test('IKEv1: a different authentication method leaves no ISAKMP proposal', () => {
  const a = LS('\tikev2=no\n\tike=aes256-sha1;modp2048\n\tesp=aes256-sha1');
  const b = one(
    'asa.cfg',
    [
      'ASA Version 9.8(4)',
      'hostname left-asa',
      'interface GigabitEthernet0/0',
      ' nameif outside',
      ' ip address 192.0.2.1 255.255.255.0',
      'access-list L2L extended permit ip 10.1.0.0 255.255.255.0 10.2.0.0 255.255.255.0',
      'crypto ipsec ikev1 transform-set TS esp-aes-256 esp-sha-hmac',
      'crypto map outside_map 10 match address L2L',
      'crypto map outside_map 10 set peer 198.51.100.2',
      'crypto map outside_map 10 set ikev1 transform-set TS',
      'crypto map outside_map interface outside',
      'crypto ikev1 enable outside',
      'crypto ikev1 policy 10',
      ' authentication rsa-sig',
      ' encryption aes-256',
      ' hash sha',
      ' group 14',
      'tunnel-group 198.51.100.2 type ipsec-l2l',
      'tunnel-group 198.51.100.2 ipsec-attributes',
      ' ikev1 trust-point LEFT-TP',
    ].join('\n'),
  );
  const r = compare(b, a);
  const row = r.rows.find((x) => x.param === 'auth_a_to_b');
  assert.equal(row?.match, false);
  assert.equal(row?.code, 'IKE_PROPOSAL_MISMATCH');
  assert.ok(row?.fixA?.lines.includes(' authentication pre-share'), JSON.stringify(row?.fixA));
  assert.ok(
    row?.fixB?.lines.some((l) => l.includes('authby=rsasig')),
    JSON.stringify(row?.fixB),
  );
});

test('IKEv2 narrowing: strongSwan narrows both ways, Libreswan does not, IKEv1 never', () => {
  // B's local subnet is narrower than what A asks for (lab v2-ts-narrower-*)
  const a = SW_LEFT('', '', undefined, 2, '10.2.0.0/16');
  const sw = compare(a, SW_RIGHT());
  assert.equal(sw.verdict, 'ESTABLISHED');
  const ts = sw.rows.find((x) => x.param === 'traffic_selectors');
  assert.equal(ts?.match, false);
  assert.equal(ts?.code, undefined, 'narrowing is not a verdict');
  assert.equal(ts?.note?.id, 'ts-narrowed');
  const narrowed = sw.rows.find((x) => x.param === 'ts_narrowed');
  assert.equal(narrowed?.a.text, '10.1.0.0/24 → 10.2.0.0/24');
  assert.equal(narrowed?.b.text, '10.2.0.0/24 → 10.1.0.0/24');

  const ls = compare(a, LS('\tkeyexchange=ikev2\n\tike=aes256-sha2_256;modp2048\n\tesp=aes256-sha2_256'));
  assert.equal(ls.verdict, 'TS_MISMATCH');
  const lsRow = ls.rows.find((x) => x.param === 'traffic_selectors');
  // Libreswan initiating with its /24 is accepted by strongSwan (a subset): one direction only
  assert.equal(lsRow?.note?.id, 'ts-one-direction');
  assert.equal(lsRow?.note?.vars?.side, 'B');
  // Libreswan with narrowing=yes narrows and accepts narrowed selectors
  const lsN = compare(
    a,
    LS(
      '\tkeyexchange=ikev2\n\tnarrowing=yes\n\tpfs=no\n\tike=aes256-sha2_256;modp2048\n\tesp=aes256-sha2_256',
    ),
  );
  assert.equal(lsN.verdict, 'ESTABLISHED');
  // IKEv1 Quick Mode IDs must match
  const v1 = compare(SW_LEFT('', '', undefined, 1, '10.2.0.0/16'), SW_RIGHT('', '', undefined, 1));
  assert.equal(v1.verdict, 'TS_MISMATCH');
});

test('selector arithmetic', () => {
  assert.deepEqual(tsRange('10.1.2.0/24'), { v6: false, lo: 0x0a010200n, hi: 0x0a0102ffn, proto: '' });
  assert.equal(tsRange('2001:db8::/32')?.lo, 0x20010db8n << 96n);
  assert.equal(tsRange('dynamic'), undefined);
  assert.equal(tsRange('124.x.x.x/32'), undefined);
  assert.deepEqual(intersect(['10.0.0.0/16'], ['10.0.5.0/24', '10.1.0.0/24']), ['10.0.5.0/24']);
  assert.deepEqual(intersect(['10.0.5.0/24'], ['10.0.0.0/8']), ['10.0.5.0/24']);
  assert.deepEqual(intersect(['10.0.0.0/24/tcp:80'], ['10.0.0.0/16']), ['10.0.0.0/24/tcp:80']);
  assert.deepEqual(intersect(['10.0.0.0/24/tcp:80'], ['10.0.0.0/24/udp:53']), []);
  assert.deepEqual(intersect(['10.0.0.0/24'], ['2001:db8::/32']), []);
  assert.equal(intersect(['dynamic'], ['10.0.0.0/8']), undefined);
  const ts = (l: string, r: string): TrafficSelector[] => [{ local: l, remote: r }];
  const sw = SW_RIGHT();
  const cisco = { ...sw, vendor: 'cisco-asa' as const };
  // a responder without documented narrowing needs the exact selectors
  assert.equal(
    negotiate(
      { policy: sw, ts: ts('10.1.0.0/24', '10.2.0.0/16') },
      { policy: cisco, ts: ts('10.2.0.0/24', '10.1.0.0/24') },
      2,
    ).ok,
    false,
  );
  assert.equal(
    negotiate(
      { policy: cisco, ts: ts('10.1.0.0/24', '10.2.0.0/16') },
      { policy: sw, ts: ts('10.2.0.0/24', '10.1.0.0/24') },
      2,
    ).ok,
    false,
    'the ASA does not accept narrowed selectors',
  );
  assert.equal(
    negotiate(
      { policy: sw, ts: ts('10.1.0.0/24', '10.2.0.0/16') },
      { policy: sw, ts: ts('10.2.0.0/24', '10.1.0.0/24') },
      1,
    ).ok,
    false,
    'IKEv1 has no narrowing',
  );
});

test('IKE version: strongSwan swanctl without version answers IKEv1 but starts IKEv2', () => {
  const v0 = one(
    'right.swanctl.conf',
    swanctl(
      'lab',
      '    local_addrs = 198.51.100.2\n    remote_addrs = 192.0.2.1\n    proposals = aes256-sha256-modp2048\n    local {\n      auth = psk\n      id = @right.example\n    }\n    remote {\n      auth = psk\n      id = @left.example\n    }',
      '        local_ts = 10.2.0.0/24\n        remote_ts = 10.1.0.0/24\n        esp_proposals = aes256-sha256',
    ),
  );
  const v1peer = LS('\tikev2=no\n\tike=aes256-sha2_256;modp2048\n\tesp=aes256-sha2_256\n\tpfs=no');
  const r = compare(v1peer, v0);
  const row = r.rows.find((x) => x.param === 'ike_version');
  assert.equal(row?.match, false);
  assert.equal(row?.code, 'IKE_VERSION_MISMATCH');
  assert.equal(row?.note?.vars?.side, 'A', 'works when the IKEv1-only side starts');
  assert.equal(row?.b.fromDefault !== undefined, true, "version = 0 is strongSwan's default");
  assert.equal(compare(SW_LEFT(), v0).rows.find((x) => x.param === 'ike_version')?.match, true);
});

test('defaults: swanctl and ipsec.conf differ, Libreswan by IKE version, Libreswan PFS follows the IKE SA', () => {
  const sw = applyDefaults({
    vendor: 'strongswan',
    file: 'x.swanctl.conf',
    name: 'c',
    swan: { child: 'n' },
  } as TunnelPolicy);
  const st = applyDefaults({ vendor: 'strongswan', file: 'ipsec.conf', name: 'c', swan: {} } as TunnelPolicy);
  assert.equal(sw.ikeLifetimeSeconds?.value, 14400, 'swanctl rekey_time = 4h');
  assert.equal(st.ikeLifetimeSeconds?.value, 10800, 'ipsec.conf ikelifetime = 3h');
  assert.ok(
    sw.childProposals?.value[0]?.encryption[0]?.startsWith('aes-gcm'),
    'swanctl ESP default: AES-GCM first',
  );
  assert.ok(
    st.childProposals?.value[0]?.encryption[0]?.startsWith('aes-cbc'),
    'stroke ESP default: AES-CBC first',
  );
  for (const d of [sw, st]) {
    const groups = d.ikeProposals?.value.flatMap((p) => p.dhGroups) ?? [];
    for (const g of [14, 19, 31])
      assert.ok(groups.includes(g), `strongSwan default IKE proposal has group ${g}`);
    assert.ok(
      d.ikeProposals?.value.some((p) => p.encryption.includes('3des')),
      '3DES stays in the default (proposal.c round 2)',
    );
  }
  const ls2 = applyDefaults({ vendor: 'libreswan', file: 'ipsec.conf', name: 'c', swan: {} } as TunnelPolicy);
  const ls1 = applyDefaults({
    vendor: 'libreswan',
    file: 'ipsec.conf',
    name: 'c',
    swan: {},
    ikeVersion: { value: 1 },
  } as TunnelPolicy);
  assert.equal(ls2.ikeVersion?.value, 2);
  assert.deepEqual(
    [...new Set(ls2.ikeProposals?.value.flatMap((p) => p.dhGroups))].sort((x, y) => x - y),
    [14, 15, 16, 18, 19, 20, 21, 31],
  );
  assert.ok(ls2.ikeProposals?.value.some((p) => p.encryption.includes('chacha20poly1305')));
  assert.ok(
    ls1.ikeProposals?.value.some((p) => p.encryption.includes('3des')),
    'IKEv1 default: AES_CBC, 3DES',
  );
  // pfs=yes (default) with no esp=: the child SA's group is the IKE SA's
  assert.ok(ls2.childProposals?.value.every((p) => p.dhGroups.includes(19)));
  const noPfs = applyDefaults({
    vendor: 'libreswan',
    file: 'ipsec.conf',
    name: 'c',
    swan: { pfs: { value: false } },
  } as unknown as TunnelPolicy);
  assert.ok(noPfs.childProposals?.value.every((p) => p.dhGroups.length === 0));
  assert.ok(defaultsFor('cisco-asa')?.cite.includes('28800'));
  // the Libreswan side takes the group both IKE SAs share, not its whole list
  const r = compare(SW_LEFT('', ''), LS('\tkeyexchange=ikev2\n\tesp=aes256-sha2_256'));
  const pfs = r.rows.find((x) => x.param === 'pfs_group');
  assert.equal(pfs?.b.text, '14');
  assert.equal(pfs?.match, false, 'strongSwan without PFS against Libreswan pfs=yes');
  assert.equal(pfs?.code, 'PFS_MISMATCH');
  assert.deepEqual(pfs?.fixB?.lines, ['conn lab', '\tpfs=no']);
});

test('strongSwan ipsec.conf without ! accepts its default proposals too', () => {
  const st = one(
    'left.ipsec.conf',
    'config setup\n\ncharondebug="ike 1"\n\nconn lab\n\tkeyexchange=ikev2\n\tleft=192.0.2.1\n\tleftid=@left.example\n\tleftsubnet=10.1.0.0/24\n\tright=198.51.100.2\n\trightid=@right.example\n\trightsubnet=10.2.0.0/24\n\tauthby=psk\n\tike=aes128-sha1-modp1024\n\tesp=aes128-sha1\n\tauto=start\n',
  );
  const r = compare(st, SW_RIGHT());
  assert.equal(r.rows.find((x) => x.param === 'encryption' && x.section === 'phase1')?.match, true);
  assert.ok(r.rows.find((x) => x.param === 'encryption')?.a.text.endsWith('+ defaults'));
  assert.equal(r.verdict, 'ESTABLISHED');
});

test('fix lines name the objects of the configuration and write no secret', () => {
  const asa = one(
    'hq.cfg',
    [
      'ASA Version 9.16(4)',
      'hostname hq',
      'interface GigabitEthernet0/0',
      ' nameif outside',
      ' ip address 192.0.2.1 255.255.255.0',
      'access-list VPN-ACL extended permit ip 10.1.0.0 255.255.255.0 10.2.0.0 255.255.255.0',
      'crypto ipsec ikev2 ipsec-proposal P1',
      ' protocol esp encryption aes-256',
      ' protocol esp integrity sha-256',
      'crypto map cm 5 match address VPN-ACL',
      'crypto map cm 5 set peer 198.51.100.2',
      'crypto map cm 5 set ikev2 ipsec-proposal P1',
      'crypto map cm interface outside',
      'crypto ikev2 policy 30',
      ' encryption aes-256',
      ' integrity sha256',
      ' group 19',
      ' prf sha256',
      'crypto ikev2 enable outside',
      'tunnel-group 198.51.100.2 type ipsec-l2l',
      'tunnel-group 198.51.100.2 ipsec-attributes',
      ' ikev2 remote-authentication pre-shared-key Zz-Secret-1',
      ' ikev2 local-authentication pre-shared-key Zz-Secret-1',
    ].join('\n'),
  );
  assert.deepEqual(ikeProposalLines('cisco-asa', asa, asa.ikeProposals!.value).slice(0, 2), [
    'crypto ikev2 policy 30',
    ' encryption aes-256',
  ]);
  assert.deepEqual(childProposalLines('cisco-asa', asa, asa.childProposals!.value).slice(0, 3), [
    'crypto ipsec ikev2 ipsec-proposal P1',
    ' protocol esp encryption aes-256',
    ' protocol esp integrity sha-256',
  ]);
  assert.deepEqual(selectorLines('cisco-asa', asa, [{ local: '10.1.0.0/24', remote: '10.3.0.0/24' }]), [
    'access-list VPN-ACL extended permit ip 10.1.0.0 255.255.255.0 10.3.0.0 255.255.255.0',
  ]);
  assert.deepEqual(idLines('libreswan', asa, 'remote', 'gw.example.org'), ['rightid=@gw.example.org']);
  const r = compare(asa, SW_RIGHT());
  assert.ok(!JSON.stringify(r).includes('Zz-Secret-1'));
});

test('64 KiB adversarial values run in linear time', () => {
  const big = (ch: string) => ch.repeat(65536);
  const runs = [' ', '0', '.', ':', '/', '[', 'a', '1.', '@', '-', 'sha', 'permit '];
  for (const r of runs) {
    const s = big(r);
    const t0 = performance.now();
    tsRange(s);
    tsRange(`${s}/24`);
    tsRange(`10.0.0.0/24/${s}`);
    intersect([s, `${s}/8`], ['10.0.0.0/8']);
    const pol: TunnelPolicy = {
      vendor: 'cisco-ios',
      file: `${s}swanctl`,
      name: s,
      localId: { value: s },
      remoteId: { value: `@${s}` },
      selectors: { value: [{ local: s, remote: `${s}/32` }], src: { path: 'x', line: 1, text: s } },
      childProposals: {
        value: [{ protocol: 'esp', encryption: [s], integrity: [s], dhGroups: [] }],
        src: { path: 'x', line: 1, text: `transform-set ${s}` },
      },
      ikeProposals: { value: [{ encryption: [s], integrity: [s], prf: [s], dhGroups: [14] }] },
    };
    for (const vendor of [
      'strongswan',
      'libreswan',
      'cisco-asa',
      'cisco-ios',
      'panos',
      'fortigate',
    ] as const) {
      const p = { ...pol, vendor };
      ikeProposalLines(vendor, p, pol.ikeProposals!.value);
      childProposalLines(vendor, p, pol.childProposals!.value);
      selectorLines(vendor, p, pol.selectors!.value);
      idLines(vendor, p, 'local', s);
      compare(p, { ...p, name: 'other' });
    }
    const ms = performance.now() - t0;
    assert.ok(ms < 1000, `${JSON.stringify(r)} x 65536 took ${Math.round(ms)} ms`);
  }
});

test('IKEv1 mode: a Cisco that refuses Aggressive Mode as responder cannot be reached by an aggressive peer', () => {
  const dir = 'src/config/pairs/ios-panos';
  const ios = readFileSync(`${dir}/a.ios.cfg`, 'utf8');
  const panos = one(`${dir}/b.panos.conf`, readFileSync(`${dir}/b.panos.conf`, 'utf8'));
  // As shipped, the IOS answers Aggressive Mode: the tunnel comes up when PAN-OS starts it.
  const open = compare(one('a.ios.cfg', ios), panos);
  const openRow = open.rows.find((r) => r.param === 'mode');
  assert.equal(openRow?.note?.id, 'one-direction');
  // With aggressive mode refused, neither side can start it.
  const closedPolicy = one('a.ios.cfg', `crypto isakmp aggressive-mode disable\n${ios}`);
  assert.equal(closedPolicy.refusesAggressive?.value, true);
  assert.equal(closedPolicy.refusesAggressive?.src?.line, 1);
  const closed = compare(closedPolicy, panos);
  const row = closed.rows.find((r) => r.param === 'mode');
  assert.equal(row?.match, false);
  assert.equal(row?.code, 'MODE_MISMATCH');
  assert.equal(row?.note, undefined);
  // The ASA spelling is read too.
  const asa = one(
    'asa.cfg',
    [
      'crypto ikev1 am-disable',
      'crypto ikev1 enable outside',
      'crypto ikev1 policy 10',
      ' authentication pre-share',
      ' encryption aes-256',
      ' hash sha',
      ' group 14',
      'access-list VPN extended permit ip 10.1.0.0 255.255.255.0 10.2.0.0 255.255.255.0',
      'crypto ipsec ikev1 transform-set TS esp-aes-256 esp-sha-hmac',
      'crypto map M 10 match address VPN',
      'crypto map M 10 set peer 198.51.100.7',
      'crypto map M 10 set ikev1 transform-set TS',
      'crypto map M interface outside',
      'tunnel-group 198.51.100.7 type ipsec-l2l',
      'tunnel-group 198.51.100.7 ipsec-attributes',
      ' ikev1 pre-shared-key secret123',
    ].join('\n'),
  );
  assert.equal(asa.refusesAggressive?.value, true);
});

test('words in the table are shown in the report language; JSON keeps the English text', async () => {
  const { renderCompareText } = await import('../render/compare.js');
  const dir = 'src/config/pairs/libreswan-asa';
  const a = one(`${dir}/a.ipsec.conf`, readFileSync(`${dir}/a.ipsec.conf`, 'utf8'));
  const b = one(`${dir}/b.asa.cfg`, readFileSync(`${dir}/b.asa.cfg`, 'utf8'));
  const r = compare(a, b);
  const psk = r.rows.find((x) => x.param === 'pre_shared_key');
  assert.equal(psk?.a.text, 'configured (not shown)');
  const ja = renderCompareText(r, 'ja', false);
  assert.match(ja, /設定済み \(非表示\)/);
  assert.match(ja, /PFS なし/);
  assert.doesNotMatch(ja, /configured \(not shown\)|no PFS/);
  assert.match(renderCompareText(r, 'en', false), /configured \(not shown\)/);
});

test('ESN: a child proposal that names one setting accepts only it; strongSwan naming none proposes no ESN', () => {
  const side = (path: string, esp: string, left: boolean) =>
    one(
      path,
      swanctl(
        'lab',
        `    version = 2\n    local_addrs = ${left ? '192.0.2.1' : '198.51.100.2'}\n    remote_addrs = ${left ? '198.51.100.2' : '192.0.2.1'}\n    proposals = aes256-sha256-modp2048\n    local {\n      auth = psk\n      id = ${left ? '@left.example' : '@right.example'}\n    }\n    remote {\n      auth = psk\n      id = ${left ? '@right.example' : '@left.example'}\n    }`,
        `        local_ts = ${left ? '10.1.0.0/24' : '10.2.0.0/24'}\n        remote_ts = ${left ? '10.2.0.0/24' : '10.1.0.0/24'}\n        esp_proposals = ${esp}`,
      ),
    );
  const r = compare(
    side('left.swanctl.conf', 'aes256-sha256-esn', true),
    side('right.swanctl.conf', 'aes256-sha256-noesn', false),
  );
  assert.equal(r.verdict, 'CHILD_PROPOSAL_MISMATCH');
  const row = r.rows.find((x) => x.param === 'esn');
  assert.equal(row?.match, false);
  assert.equal(row?.code, 'CHILD_PROPOSAL_MISMATCH');
  // the fix keeps the rest of the proposal and takes the peer's setting
  assert.ok(JSON.stringify(row).includes('aes256-sha256-noesn'), JSON.stringify(row));
  // both settings offered: either is accepted
  assert.equal(
    compare(
      side('left.swanctl.conf', 'aes256-sha256-esn-noesn', true),
      side('right.swanctl.conf', 'aes256-sha256-noesn', false),
    ).verdict,
    'ESTABLISHED',
  );
  // strongSwan without a setting proposes no ESN only: a peer that requires ESN refuses it
  assert.equal(
    compare(
      side('left.swanctl.conf', 'aes256-sha256', true),
      side('right.swanctl.conf', 'aes256-sha256-esn', false),
    ).verdict,
    'CHILD_PROPOSAL_MISMATCH',
  );
  assert.equal(
    compare(
      side('left.swanctl.conf', 'aes256-sha256', true),
      side('right.swanctl.conf', 'aes256-sha256-noesn', false),
    ).verdict,
    'ESTABLISHED',
  );
});

test('ESN: Libreswan esn=yes against strongSwan without a setting; the fix changes the esn= line', () => {
  const r = compare(
    SW_LEFT(),
    LS('\tikev2=yes\n\tike=aes256-sha2_256;modp2048\n\tesp=aes256-sha2_256\n\tesn=yes'),
  );
  assert.equal(r.verdict, 'CHILD_PROPOSAL_MISMATCH');
  const row = r.rows.find((x) => x.param === 'esn');
  assert.equal(row?.match, false);
  const text = JSON.stringify(row);
  // strongSwan names no setting (it proposes no ESN): accepting either is the smallest change
  assert.ok(text.includes('"current":"esn=yes","lines":["esn=either"]'), text);
  // the esn= line is changed, the esp= line left alone
  assert.deepEqual(row?.fixB && { line: row.fixB.line, current: row.fixB.current, lines: row.fixB.lines }, {
    line: 12,
    current: 'esn=yes',
    lines: ['esn=either'],
  });
  // esn=either accepts both
  assert.notEqual(
    compare(SW_LEFT(), LS('\tikev2=yes\n\tike=aes256-sha2_256;modp2048\n\tesp=aes256-sha2_256\n\tesn=either'))
      .verdict,
    'CHILD_PROPOSAL_MISMATCH',
  );
});
