// The command line: a thin layer over the library API.
// Exit status: 0 no failure found, 1 at least one tunnel failed or went down, 2 usage or input error.
import { Command, CommanderError, Option } from 'commander';
import { writeFileSync } from 'node:fs';
import { analyze } from '../analyze.js';
import type { ExplainItem } from '../core/analyzer.js';
import { ALL_CODES, FINDING_CODES } from '../core/rule.js';
import { RULES } from '../rules/index.js';
import { isLang, t, type Lang } from '../i18n/index.js';
import { createProgress } from '../input/progress.js';
import { renderMarkdown } from '../render/markdown.js';
import { renderText } from '../render/text.js';
import type { Report } from '../report/build.js';
import { VERSION } from '../version.js';

const EXIT_OK = 0;
const EXIT_FAILED = 1;
const EXIT_USAGE = 2;

function detectLang(opt: string | undefined): Lang {
  const l = opt ?? process.env.IKESCOPE_LANG ?? '';
  if (isLang(l)) return l;
  const env = (process.env.LC_ALL ?? process.env.LC_MESSAGES ?? process.env.LANG ?? '').slice(0, 2);
  return opt === undefined && isLang(env) ? env : 'en';
}

function useColor(opt: boolean | undefined, stream: NodeJS.WriteStream): boolean {
  if (opt !== undefined) return opt;
  if (process.env.NO_COLOR) return false;
  return stream.isTTY === true;
}

function parseTimeline(v: string): number | 'all' {
  if (v === 'all') return 'all';
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new CommanderError(EXIT_USAGE, 'ikescope.timeline', t('en', 'cli.badTimeline', { value: v }));
  return n;
}

function exitCodeOf(r: Report): number {
  if (r.inputs.some((i) => i.warnings.some((w) => w.id === 'input.warn.unreadable' || w.id === 'input.warn.missing')))
    return EXIT_USAGE;
  return r.tunnels.some((tn) => tn.status === 'failed' || tn.status === 'down') ? EXIT_FAILED : EXIT_OK;
}

function explainPrinter(lang: Lang, color: boolean): (item: ExplainItem) => void {
  return ({ record, results }) => {
    const out: string[] = [record.text];
    for (const r of results) out.push(`  => ${t(lang, r.explain, r.vars)}`);
    process.stdout.write(out.join('\n') + '\n');
    void color;
  };
}

interface AnalyzeCliOptions {
  format: 'text' | 'json' | 'md';
  lang?: string;
  explain?: boolean;
  timeline: number | 'all';
  color?: boolean;
  output?: string;
  showTimeline?: boolean;
  progress?: boolean;
}

export async function runAnalyze(paths: string[], o: AnalyzeCliOptions): Promise<number> {
  const lang = detectLang(o.lang);
  const color = o.output ? false : useColor(o.color, process.stdout);
  const progress = o.progress === false || o.explain ? undefined : createProgress();
  const report = await analyze(paths.length ? paths : ['-'], {
    lang,
    timeline: o.timeline,
    ...(o.explain ? { onExplain: explainPrinter(lang, color) } : {}),
    ...(progress ? { onBytes: (n: number) => progress.tick(n, 0) } : {}),
    stdin: process.stdin,
  });
  progress?.done();
  let text: string;
  if (o.format === 'json') text = JSON.stringify(report, null, 2) + '\n';
  else if (o.format === 'md') text = renderMarkdown(report, lang);
  else text = (o.explain ? '\n' : '') + renderText(report, { lang, color, timeline: o.showTimeline === true });
  if (o.output) writeFileSync(o.output, text);
  else process.stdout.write(text);
  return exitCodeOf(report);
}

export function buildProgram(setExit: (code: number) => void): Command {
  const program = new Command();
  program
    .name('ikescope')
    .description(t('en', 'cli.description'))
    .version(VERSION)
    .showHelpAfterError()
    .exitOverride();

  program
    .command('analyze')
    .description(t('en', 'cli.analyze'))
    .argument('[paths...]', t('en', 'cli.paths'))
    .addOption(new Option('-f, --format <format>', t('en', 'cli.format')).choices(['text', 'json', 'md']).default('text'))
    .option('-l, --lang <lang>', t('en', 'cli.lang'))
    .option('-e, --explain', t('en', 'cli.explain'))
    .option('--show-timeline', t('en', 'cli.showTimeline'))
    .option('--timeline <n|all>', t('en', 'cli.timeline'), parseTimeline, 200)
    .option('-o, --output <file>', t('en', 'cli.output'))
    .option('--color', t('en', 'cli.color'))
    .option('--no-color', t('en', 'cli.noColor'))
    .option('--no-progress', t('en', 'cli.noProgress'))
    .action(async (paths: string[], o: AnalyzeCliOptions) => {
      if (o.lang !== undefined && !isLang(o.lang)) throw new CommanderError(EXIT_USAGE, 'ikescope.lang', t('en', 'cli.badLang', { value: o.lang }));
      setExit(await runAnalyze(paths, o));
    });

  program
    .command('codes')
    .description(t('en', 'cli.codes'))
    .option('-l, --lang <lang>', t('en', 'cli.lang'))
    .option('--json', t('en', 'cli.json'))
    .action((o: { lang?: string; json?: boolean }) => {
      const lang = detectLang(o.lang);
      const rows = ALL_CODES.map((c) => ({
        code: c,
        kind: (FINDING_CODES as readonly string[]).includes(c) ? 'finding' : 'verdict',
        title: t(lang, `code.${c}.title`),
      }));
      if (o.json) process.stdout.write(JSON.stringify(rows, null, 2) + '\n');
      else {
        const w = Math.max(...rows.map((r) => r.code.length));
        for (const r of rows) process.stdout.write(`${r.code.padEnd(w)}  ${r.kind === 'finding' ? '(finding) ' : ''}${r.title}\n`);
      }
      setExit(EXIT_OK);
    });

  program
    .command('explain')
    .description(t('en', 'cli.explainCode'))
    .argument('<code>', t('en', 'cli.code'))
    .option('-l, --lang <lang>', t('en', 'cli.lang'))
    .action((code: string, o: { lang?: string }) => {
      const lang = detectLang(o.lang);
      const c = ALL_CODES.find((x) => x === code.toUpperCase());
      if (!c) {
        process.stderr.write(t(lang, 'cli.unknownCode', { code }) + '\n');
        setExit(EXIT_USAGE);
        return;
      }
      const rule = RULES.find((r) => r.code === c);
      const lines = [
        `${c} — ${t(lang, `code.${c}.title`)}`,
        '',
        t(lang, `code.${c}.description`),
        '',
        `${t(lang, 'ui.fix')}:`,
        `  - ${t(lang, `fix.${c}.generic`, { param: '<param>', local: '<local>', remote: '<remote>', peer: '<peer>', name: '<name>' })}`,
      ];
      if (rule) {
        lines.push('', `${t(lang, 'ui.examples')}:`);
        for (const ex of rule.examples.fire) lines.push(`  + ${ex.name}`, ...ex.log.split('\n').map((l) => `      ${l}`));
        for (const ex of rule.examples.silent) lines.push(`  - ${ex.name}`);
      }
      process.stdout.write(lines.join('\n') + '\n');
      setExit(EXIT_OK);
    });

  return program;
}

export async function main(argv: string[]): Promise<number> {
  let code = EXIT_OK;
  const program = buildProgram((c) => (code = c));
  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.exitCode === 0) return EXIT_OK;
      if (err.code.startsWith('ikescope.')) process.stderr.write(`ikescope: ${err.message}\n`);
      return EXIT_USAGE;
    }
    process.stderr.write(`ikescope: ${err instanceof Error ? err.message : String(err)}\n`);
    return EXIT_USAGE;
  }
  return code;
}
