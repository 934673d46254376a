// Markdown report, for tickets and chat.
import type { Report } from '../report/build.js';
import { t, type Lang } from '../i18n/index.js';

const esc = (s: string): string => s.replace(/[|\\`*_<>[\]]/g, (c) => `\\${c}`);

export function renderMarkdown(r: Report, lang: Lang): string {
  const out: string[] = [`# ${t(lang, 'ui.reportTitle')}`, ''];
  out.push(
    `| ${t(lang, 'ui.tunnel')} | ${t(lang, 'ui.remote')} | IKE | ${t(lang, 'ui.status')} | ${t(lang, 'ui.verdict')} |`,
  );
  out.push('|---|---|---|---|---|');
  for (const tn of r.tunnels) {
    const v = tn.diagnoses[0];
    out.push(
      `| ${esc(tn.name)} | ${esc(tn.remote.address ?? '?')} | ${tn.ikeVersion ? `v${tn.ikeVersion}` : '?'} | ${t(lang, `status.${tn.status}`)} | ${v ? `\`${v.code}\`` : ''} |`,
    );
  }
  for (const tn of r.tunnels) {
    out.push('', `## ${esc(tn.id)} ${esc(tn.name)}`, '');
    for (const d of tn.diagnoses) {
      out.push(`### \`${d.code}\` ${esc(d.title)} (${d.confidence.toFixed(2)})`, '', esc(d.explanation), '');
      if (d.evidence.length) {
        out.push('```');
        for (const e of d.evidence) out.push(`${e.path}:${e.line}  ${e.text.replace(/```/g, "'''")}`);
        out.push('```', '');
      }
      for (const f of d.fix) out.push(`- ${esc(f.text)}`);
    }
  }
  return out.join('\n') + '\n';
}
