// `ikescope compare`: the two configurations side by side (phase 1, phase 2, identities,
// selectors, DPD, NAT-T), mismatches flagged with the verdict they cause and the fix on each side.
import pc from 'picocolors';
import type { Cell, CompareResult, CompareRow, FixSuggestion } from '../config/compare.js';
import { t, type Lang } from '../i18n/index.js';

const SECTIONS = ['phase1', 'phase2', 'identity', 'selectors', 'dpd', 'nat'] as const;

function cellText(c: Cell, lang: Lang): string {
  const where = c.src
    ? ` (${t(lang, 'cmp.line', { line: c.src.line })})`
    : c.fromDefault
      ? ` (${t(lang, 'cmp.default')})`
      : '';
  return `${c.msg ? t(lang, `cmp.cell.${c.msg.id}`, c.msg.vars ?? {}) : c.text}${where}`;
}

function noteText(row: CompareRow, lang: Lang): string {
  return row.note ? t(lang, `cmp.note.${row.note.id}`, row.note.vars ?? {}) : '';
}

function pad(s: string, n: number): string {
  const len = [...s].length;
  return len >= n ? s : s + ' '.repeat(n - len);
}

function fixBlock(f: FixSuggestion, side: string, lang: Lang): string[] {
  const head = f.line
    ? t(lang, 'cmp.fixAt', { side, file: f.file, line: f.line, current: f.current ?? '' })
    : t(lang, 'cmp.fixAdd', { side, file: f.file });
  return [`    ${head}`, ...f.lines.map((l) => `        ${l}`)];
}

export function renderCompareText(r: CompareResult, lang: Lang, color: boolean): string {
  const c = pc.createColors(color);
  const out: string[] = [];
  out.push(c.bold(t(lang, 'cmp.title')));
  out.push(`  A: ${r.a.file} — ${r.a.name} (${r.a.vendor})`);
  out.push(`  B: ${r.b.file} — ${r.b.name} (${r.b.vendor})`);
  out.push('');
  const wParam = 20;
  const wVal = 46;
  for (const s of SECTIONS) {
    const rows = r.rows.filter((x) => x.section === s);
    if (!rows.length) continue;
    out.push(c.bold(t(lang, `cmp.section.${s}`)));
    for (const row of rows) {
      const mark = row.match === false ? c.red('✗') : row.match === true ? c.green('✓') : c.dim('?');
      const code = row.code && row.match === false ? c.red(` ${row.code}`) : '';
      out.push(
        `  ${mark} ${pad(t(lang, `cmp.param.${row.param}`), wParam)} ${pad(cellText(row.a, lang), wVal)} ${pad(cellText(row.b, lang), wVal)}${code}`,
      );
    }
    out.push('');
  }
  const noted = r.rows.filter((x) => x.note);
  if (noted.length) {
    out.push(c.bold(t(lang, 'cmp.notes')));
    for (const x of noted) out.push(`  - ${t(lang, `cmp.param.${x.param}`)}: ${noteText(x, lang)}`);
    out.push('');
  }
  const bad = r.rows.filter((x) => x.match === false);
  out.push(
    c.bold(`${t(lang, 'cmp.predicted')}: ${r.verdict}`) +
      (bad.length ? ` (${t(lang, 'cmp.mismatches', { n: bad.length })})` : ''),
  );
  const withFix = bad.filter((x) => x.fixA || x.fixB);
  if (withFix.length) {
    out.push('', c.bold(t(lang, 'ui.fix')));
    for (const row of withFix) {
      out.push(`  ${row.code ?? ''} — ${t(lang, `cmp.param.${row.param}`)}`);
      if (row.fixA) out.push(...fixBlock(row.fixA, 'A', lang));
      if (row.fixA && row.fixB) out.push(`    ${t(lang, 'cmp.or')}`);
      if (row.fixB) out.push(...fixBlock(row.fixB, 'B', lang));
    }
  }
  const defaults = r.rows.filter((x) => x.a.fromDefault || x.b.fromDefault);
  if (defaults.length) {
    out.push('', c.dim(t(lang, 'cmp.defaultsNote')));
    const cites = new Set(defaults.flatMap((x) => [x.a.fromDefault, x.b.fromDefault]).filter(Boolean));
    for (const ci of cites) out.push(c.dim(`  - ${ci}`));
  }
  return out.join('\n') + '\n';
}

const esc = (s: string): string => s.replace(/[|\\`*_<>[\]]/g, (ch) => `\\${ch}`);

export function renderCompareMarkdown(r: CompareResult, lang: Lang): string {
  const out: string[] = [
    `# ${t(lang, 'cmp.title')}`,
    '',
    `- A: \`${r.a.file}\` — ${esc(r.a.name)} (${r.a.vendor})`,
    `- B: \`${r.b.file}\` — ${esc(r.b.name)} (${r.b.vendor})`,
    '',
  ];
  out.push(`| | ${t(lang, 'cmp.parameter')} | A | B | ${t(lang, 'cmp.code')} |`, '|---|---|---|---|---|');
  const row = (x: CompareRow) =>
    `| ${x.match === false ? '✗' : x.match === true ? '✓' : '?'} | ${t(lang, `cmp.param.${x.param}`)} | ${esc(cellText(x.a, lang))} | ${esc(cellText(x.b, lang))} | ${x.match === false && x.code ? `\`${x.code}\`` : ''} |`;
  for (const s of SECTIONS) {
    const rows = r.rows.filter((x) => x.section === s);
    if (!rows.length) continue;
    out.push(`| | **${t(lang, `cmp.section.${s}`)}** | | | |`, ...rows.map(row));
  }
  const noted = r.rows.filter((x) => x.note);
  if (noted.length)
    out.push(
      '',
      `**${t(lang, 'cmp.notes')}**`,
      '',
      ...noted.map((x) => `- ${t(lang, `cmp.param.${x.param}`)}: ${esc(noteText(x, lang))}`),
    );
  out.push('', `**${t(lang, 'cmp.predicted')}: \`${r.verdict}\`**`, '');
  for (const x of r.rows.filter((y) => y.match === false && (y.fixA || y.fixB))) {
    out.push(`### ${x.code ?? ''} — ${t(lang, `cmp.param.${x.param}`)}`, '');
    for (const [side, f] of [
      ['A', x.fixA],
      ['B', x.fixB],
    ] as const) {
      if (!f) continue;
      out.push(
        f.line
          ? t(lang, 'cmp.fixAt', { side, file: f.file, line: f.line, current: f.current ?? '' })
          : t(lang, 'cmp.fixAdd', { side, file: f.file }),
        '',
        '```',
        ...f.lines,
        '```',
        '',
      );
    }
  }
  return out.join('\n') + '\n';
}
