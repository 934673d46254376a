// Ties an analysis to the peers' configurations: configuration files are found among the inputs
// by content, and each diagnosis that concerns a configured value names the line it comes from
// ("change `integrity sha256` on line 42 of asa.cfg to `sha512`, or ...").
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseAlgorithm } from '../core/algorithms.js';
import type { ConfigSource, ParsedConfig, TunnelPolicy, Value } from '../core/policy.js';
import { t, type Lang } from '../i18n/index.js';
import type { Report, ReportConfig, ReportTunnel } from '../report/build.js';
import { parseConfigText } from './index.js';
import { childProposalLines, idLines, ikeProposalLines, selectorLines } from './syntax.js';

export interface ConfigInput {
  path: string;
  config: ParsedConfig;
}

const SNIFF_BYTES = 64 * 1024;

const MAX_CONFIG_BYTES = 8 * 1024 * 1024;

function sniff(path: string): string | undefined {
  try {
    // Configurations are small; big files are logs (and are never read whole here).
    if (statSync(path).size > MAX_CONFIG_BYTES) return undefined;
    const buf = readFileSync(path);
    if (buf.length > MAX_CONFIG_BYTES) return undefined;
    if (buf.subarray(0, Math.min(buf.length, SNIFF_BYTES)).includes(0)) return undefined;
    return buf.toString('utf8');
  } catch {
    return undefined;
  }
}

function walk(path: string, out: string[]): void {
  let st;
  try {
    st = statSync(path);
  } catch {
    out.push(path);
    return;
  }
  if (!st.isDirectory()) {
    out.push(path);
    return;
  }
  let names: string[];
  try {
    names = readdirSync(path).sort();
  } catch {
    return;
  }
  for (const n of names) if (!n.startsWith('.')) walk(join(path, n), out);
}

/**
 * Split the user's paths into configuration files (recognised by content) and everything else
 * (left to the log input layer). `-` (stdin) is always a log.
 */
export function splitConfigs(
  paths: string[],
  explicitConfigs: string[] = [],
): { logs: string[]; configs: ConfigInput[]; notConfigs: string[] } {
  const logs: string[] = [];
  const configs: ConfigInput[] = [];
  const notConfigs: string[] = [];
  for (const p of explicitConfigs) {
    const text = sniff(p);
    const cfg = text === undefined ? undefined : parseConfigText(p, text);
    if (cfg) configs.push({ path: p, config: cfg });
    else notConfigs.push(p);
  }
  for (const p of paths) {
    if (p === '-' || /\.gz$/i.test(p)) {
      logs.push(p);
      continue;
    }
    const files: string[] = [];
    walk(p, files);
    // A directory is handed to the input layer whole unless it holds configurations.
    const found: ConfigInput[] = [];
    const rest: string[] = [];
    for (const f of files) {
      const text = /\.gz$/i.test(f) ? undefined : sniff(f);
      const cfg = text === undefined ? undefined : parseConfigText(f, text);
      if (cfg) found.push({ path: f, config: cfg });
      else rest.push(f);
    }
    configs.push(...found);
    if (found.length === 0) logs.push(p);
    else logs.push(...rest);
  }
  return { logs, configs, notConfigs };
}

/** The configured tunnel a report tunnel is about: same name, else same peer address. */
export function policyFor(tn: ReportTunnel, configs: ConfigInput[]): TunnelPolicy | undefined {
  const all = configs.flatMap((c) => c.config.tunnels);
  return (
    all.find((p) => p.name === tn.name) ??
    all.find((p) => tn.remote.address !== undefined && p.peer?.value === tn.remote.address) ??
    all.find((p) => tn.local.address !== undefined && p.localAddress?.value === tn.remote.address)
  );
}

function srcOf(v: Value<unknown> | undefined): ConfigSource | undefined {
  return v?.src;
}

/** Replace one value's algorithms in a proposal list with the peer's. */
function withPeerValue(
  policy: TunnelPolicy,
  scope: 'ike' | 'child',
  param: string,
  remote: string,
): string[] | undefined {
  const tokens = remote.split(/[,\s]+/).filter(Boolean);
  const algs = tokens
    .map((x) => parseAlgorithm(x, param === 'dh_group' ? 'dh_group' : param === 'prf' ? 'prf' : undefined))
    .filter((a) => a !== undefined);
  if (scope === 'ike' && policy.ikeProposals) {
    const props = policy.ikeProposals.value.map((p) => ({ ...p }));
    const first = props[0];
    if (!first) return undefined;
    if (param === 'dh_group')
      first.dhGroups = [...new Set([...first.dhGroups, ...algs.map((a) => a.group ?? 0).filter(Boolean)])];
    else if (param === 'integrity')
      first.integrity = [...new Set([...first.integrity, ...algs.map((a) => a.name)])];
    else if (param === 'prf') first.prf = [...new Set([...first.prf, ...algs.map((a) => a.name)])];
    else if (param === 'encryption' || param === 'key_length')
      first.encryption = [
        ...new Set([
          ...first.encryption,
          ...algs.map((a) => (a.keyLength ? `${a.name}-${a.keyLength}` : a.name)),
        ]),
      ];
    return ikeProposalLines(policy.vendor, policy, props);
  }
  if (scope === 'child' && policy.childProposals) {
    const props = policy.childProposals.value.map((p) => ({ ...p }));
    const first = props[0];
    if (!first) return undefined;
    if (param === 'dh_group') first.dhGroups = algs.map((a) => a.group ?? 0).filter(Boolean);
    else if (param === 'integrity')
      first.integrity = [...new Set([...first.integrity, ...algs.map((a) => a.name)])];
    else if (param === 'encryption' || param === 'key_length')
      first.encryption = [
        ...new Set([
          ...first.encryption,
          ...algs.map((a) => (a.keyLength ? `${a.name}-${a.keyLength}` : a.name)),
        ]),
      ];
    return childProposalLines(policy.vendor, policy, props);
  }
  return undefined;
}

/** What a report says of each configuration it read (`configs[]`). */
export function reportConfigs(configs: ConfigInput[]): ReportConfig[] {
  return configs.map((c) => ({
    path: c.path,
    format: c.config.format,
    vendor: c.config.vendor,
    tunnels: c.config.tunnels.map((x) => x.name),
    unparsed: c.config.unparsed.map((u) => ({ line: u.line, text: u.text })),
    secretsMasked: c.config.secretsMasked,
  }));
}

/** Add configuration lines and concrete line edits to the diagnoses of a report. */
export function annotateReport(report: Report, configs: ConfigInput[], lang: Lang): void {
  if (!configs.length) return;
  for (const tn of report.tunnels) annotateTunnel(tn, configs, lang);
}

/** `annotateReport` for one tunnel of a report (a report written tunnel by tunnel). */
export function annotateTunnel(tn: ReportTunnel, configs: ConfigInput[], lang: Lang): void {
  if (!configs.length) return;
  const pol = policyFor(tn, configs);
  if (!pol) return;
  for (const d of tn.diagnoses) {
    let src: ConfigSource | undefined;
    let lines: string[] | undefined;
    const param = typeof d.details.parameter === 'string' ? d.details.parameter : undefined;
    const remote = typeof d.details.remoteValue === 'string' ? d.details.remoteValue : undefined;
    switch (d.code) {
      case 'IKE_PROPOSAL_MISMATCH':
        src = srcOf(pol.ikeProposals);
        if (param && remote) lines = withPeerValue(pol, 'ike', param, remote);
        break;
      case 'CHILD_PROPOSAL_MISMATCH':
      case 'PFS_MISMATCH':
        src = srcOf(pol.childProposals);
        if (param && remote) lines = withPeerValue(pol, 'child', param, remote);
        break;
      case 'TS_MISMATCH':
        src = srcOf(pol.selectors);
        if (typeof d.details.localTs === 'string' && typeof d.details.remoteTs === 'string' && pol.selectors)
          lines = selectorLines(pol.vendor, pol, [{ local: d.details.localTs, remote: d.details.remoteTs }]);
        break;
      case 'ID_MISMATCH':
        src = srcOf(pol.remoteId) ?? srcOf(pol.localId);
        if (tn.remote.id) lines = idLines(pol.vendor, pol, 'remote', tn.remote.id);
        break;
      case 'PSK_MISMATCH':
        src = srcOf(pol.pskPresent);
        break;
      case 'IKE_VERSION_MISMATCH':
        src = srcOf(pol.ikeVersion);
        break;
      case 'MODE_MISMATCH':
        src = srcOf(pol.mode) ?? srcOf(pol.childMode);
        break;
      case 'PEER_UNREACHABLE':
      case 'PEER_NOT_CONFIGURED':
        src = srcOf(pol.peer);
        break;
      case 'DPD_PEER_DEAD':
        src = srcOf(pol.dpd);
        break;
      default:
        break;
    }
    if (!src) continue;
    d.details.configFile = src.path;
    d.details.configLine = src.line;
    d.details.configText = src.text.trim();
    const text = lines?.length
      ? t(lang, 'cfg.fix.change', {
          file: src.path,
          line: src.line,
          current: src.text.trim(),
          lines: lines.join(' / '),
        })
      : t(lang, 'cfg.fix.look', { file: src.path, line: src.line, current: src.text.trim() });
    d.fix.unshift({ vendor: pol.vendor, text });
  }
}
