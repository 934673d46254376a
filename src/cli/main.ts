// The command line: a thin layer over the library API.
// Exit status: 0 no failure found, 1 at least one tunnel failed or went down, 2 usage or input error.
import { Command, CommanderError, Option } from 'commander';
import { accessSync, constants as fsConstants, createWriteStream, realpathSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { once } from 'node:events';
import { constants } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { analyze, analyzeStream } from '../analyze.js';
import type { ExplainItem } from '../core/analyzer.js';
import { ALL_CODES, FINDING_CODES } from '../core/rule.js';
import { RULES } from '../rules/index.js';
import { isLang, t, useLang, type Lang } from '../i18n/index.js';
import { createProgress } from '../input/progress.js';
import { renderTextPieces } from '../render/text.js';
import { wholeReport, type Report } from '../report/build.js';
import { jsonPieces } from '../report/json.js';
import { VERSION } from '../version.js';
// Modules that one command or format needs (the server, the HTML, Markdown, status and compare
// renderers, the configuration parsers of `compare`) are loaded by it: analyze stays light.
import { serveCommandOptions } from '../server/options.js';

const EXIT_OK = 0;
const EXIT_FAILED = 1;
const EXIT_USAGE = 2;

function detectLang(opt: string | undefined): Lang {
  const l = opt ?? process.env.IKESCOPE_LANG ?? '';
  if (isLang(l)) return l;
  // POSIX: the first of LC_ALL, LC_MESSAGES, LANG that is set and not empty.
  const env = (process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || '').slice(0, 2);
  return opt === undefined && isLang(env) ? env : 'en';
}

/** The language of a command (option, IKESCOPE_LANG, locale), its catalog loaded. */
async function langOf(opt: string | undefined): Promise<Lang> {
  const lang = detectLang(opt);
  await useLang(lang);
  return lang;
}

function useColor(opt: boolean | undefined, stream: NodeJS.WriteStream): boolean {
  if (opt !== undefined) return opt;
  if (process.env.NO_COLOR) return false;
  return stream.isTTY === true;
}

function parseTimeline(v: string): number | 'all' {
  if (v === 'all') return 'all';
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0)
    throw new CommanderError(EXIT_USAGE, 'ikescope.timeline', t('en', 'cli.badTimeline', { value: v }));
  return n;
}

function exitCodeOf(r: Report): number {
  if (
    r.inputs.some((i) =>
      i.warnings.some((w) => w.id === 'input.warn.unreadable' || w.id === 'input.warn.missing'),
    )
  )
    return EXIT_USAGE;
  // The summary counts every tunnel, also of a report written tunnel by tunnel.
  return r.summary.failed > 0 || r.summary.down > 0 ? EXIT_FAILED : EXIT_OK;
}

function explainPrinter(lang: Lang, color: boolean): (item: ExplainItem) => void {
  return ({ record, results }) => {
    const out: string[] = [record.text];
    for (const r of results) {
      out.push(`  => ${t(lang, r.explain, r.vars)}`);
      // The configuration section this debug step exercises (seed 000 ties them together).
      const sections = new Set(
        r.events.map((e) => e.details?.configSection).filter((x) => typeof x === 'string'),
      );
      for (const section of sections) out.push(`     ${t(lang, 'ui.configSection', { section })}`);
    }
    process.stdout.write(out.join('\n') + '\n');
    void color;
  };
}

interface AnalyzeCliOptions {
  format: 'text' | 'json' | 'md' | 'html';
  lang?: string;
  explain?: boolean;
  timeline: number | 'all';
  color?: boolean;
  output?: string;
  showTimeline?: boolean;
  progress?: boolean;
  config?: string[];
}

function totalBytes(paths: string[]): number | undefined {
  let n = 0;
  for (const p of paths) {
    try {
      const st = statSync(p);
      if (!st.isFile()) return undefined;
      n += st.size;
    } catch {
      return undefined;
    }
  }
  return n;
}

/**
 * Checks the `--output` path before the analysis starts, without creating or truncating it: a path
 * that cannot be written fails in a moment, not after gigabytes of input, and a report never
 * overwrites one of its own input files.
 */
function checkOutput(path: string, inputs: string[], lang: Lang): void {
  const fail = (id: string, vars: Record<string, string>): never => {
    throw new CommanderError(EXIT_USAGE, 'ikescope.output', t(lang, id, vars));
  };
  let target: string | undefined;
  try {
    target = realpathSync(path);
  } catch {
    // Not there yet: its directory must be.
  }
  try {
    accessSync(target ?? dirname(resolve(path)), fsConstants.W_OK);
  } catch (err) {
    fail('cli.badOutput', { path, reason: (err as NodeJS.ErrnoException).code ?? String(err) });
  }
  if (target === undefined) return;
  for (const p of inputs) {
    let real: string;
    try {
      real = realpathSync(p);
    } catch {
      continue;
    }
    if (real === target) fail('cli.outputIsInput', { path });
  }
}

/** Writes text pieces to a file or stdout as they come, waiting when the stream is full. */
async function writePieces(pieces: Iterable<string>, path?: string): Promise<void> {
  const out = path ? createWriteStream(path) : process.stdout;
  const failed = new Promise<never>((_, reject) => out.once('error', reject));
  failed.catch(() => undefined);
  let buf = '';
  for (const p of pieces) {
    buf += p;
    if (buf.length < 256 * 1024) continue;
    const ok = out.write(buf);
    buf = '';
    if (!ok) await Promise.race([once(out, 'drain'), failed]);
  }
  if (path) {
    out.end(buf);
    await Promise.race([once(out, 'finish'), failed]);
  } else if (buf) out.write(buf);
}

export async function runAnalyze(paths: string[], o: AnalyzeCliOptions): Promise<number> {
  const lang = await langOf(o.lang);
  if (o.output) checkOutput(o.output, paths, lang);
  const color = o.output ? false : useColor(o.color, process.stdout);
  const progress =
    o.progress === false || o.explain ? undefined : createProgress(totalBytes(paths), { lang });
  // Text and JSON are written tunnel by tunnel as each is built: the whole report of a large
  // input is never held (issue 2). Markdown and HTML need the whole report.
  const { report, tunnels } = await analyzeStream(paths.length ? paths : ['-'], {
    lang,
    timeline: o.timeline,
    ...(o.explain ? { onExplain: explainPrinter(lang, color) } : {}),
    ...(progress
      ? { onBytes: (n: number) => progress.tick(n, 0), onLines: (n: number) => progress.tick(0, n) }
      : {}),
    ...(o.config?.length ? { configs: o.config } : {}),
    stdin: process.stdin,
  });
  progress?.done();
  if (o.format === 'json') await writePieces(jsonPieces(report, { tunnels }), o.output);
  else if (o.format === 'md' || o.format === 'html') {
    const whole = wholeReport({ report, tunnels });
    const text =
      o.format === 'md'
        ? (await import('../render/markdown.js')).renderMarkdown(whole, lang)
        : (await import('../render/html.js')).renderHtml(whole, { lang });
    await writePieces([text], o.output);
  } else {
    const pieces = renderTextPieces(report, tunnels, { lang, color, timeline: o.showTimeline === true });
    await writePieces(o.explain ? prepend('\n', pieces) : pieces, o.output);
  }
  return exitCodeOf(report);
}

function* prepend(first: string, rest: Iterable<string>): Generator<string> {
  yield first;
  yield* rest;
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
    .addOption(
      new Option('-f, --format <format>', t('en', 'cli.format'))
        .choices(['text', 'json', 'md', 'html'])
        .default('text'),
    )
    .option('-l, --lang <lang>', t('en', 'cli.lang'))
    .option('-e, --explain', t('en', 'cli.explain'))
    .option('--show-timeline', t('en', 'cli.showTimeline'))
    .option('--timeline <n|all>', t('en', 'cli.timeline'), parseTimeline, 200)
    .option('-o, --output <file>', t('en', 'cli.output'))
    .option('--color', t('en', 'cli.color'))
    .option('--no-color', t('en', 'cli.noColor'))
    .option('--no-progress', t('en', 'cli.noProgress'))
    // Repeatable, one file each: a variadic option would take the log paths after it as
    // configurations too (`--config peer.conf gw.log`).
    .option('-c, --config <file>', t('en', 'cli.config'), (v: string, acc: string[] = []) => [...acc, v])
    .action(async (paths: string[], o: AnalyzeCliOptions) => {
      if (o.lang !== undefined && !isLang(o.lang))
        throw new CommanderError(EXIT_USAGE, 'ikescope.lang', t('en', 'cli.badLang', { value: o.lang }));
      setExit(await runAnalyze(paths, o));
    });

  program
    .command('status')
    .description(t('en', 'cli.status'))
    .argument('[paths...]', t('en', 'cli.paths'))
    .option('-f, --format <format>', t('en', 'cli.format'), 'text')
    .option('-l, --lang <lang>', t('en', 'cli.lang'))
    .option('--color', t('en', 'cli.color'))
    .option('--no-color', t('en', 'cli.noColor'))
    .action(async (paths: string[], o: { format: string; lang?: string; color?: boolean }) => {
      const lang = await langOf(o.lang);
      const report = await analyze(paths.length ? paths : ['-'], { lang, stdin: process.stdin });
      if (o.format === 'json') await writePieces(jsonPieces(report));
      else
        process.stdout.write(
          (await import('../render/status.js')).renderStatus(report.inventory, {
            lang,
            color: useColor(o.color, process.stdout),
          }),
        );
      const bad = report.inventory.findings.some((f) => f.severity === 'error');
      setExit(exitCodeOf(report) === EXIT_USAGE ? EXIT_USAGE : bad ? EXIT_FAILED : EXIT_OK);
    });

  program
    .command('compare')
    .description(t('en', 'cli.compare'))
    .argument('<a>', 'A')
    .argument('<b>', 'B')
    .addOption(
      new Option('-f, --format <format>', t('en', 'cli.format'))
        .choices(['text', 'json', 'md'])
        .default('text'),
    )
    .option('-l, --lang <lang>', t('en', 'cli.lang'))
    .option('--tunnel-a <name>', t('en', 'cli.tunnelA'))
    .option('--tunnel-b <name>', t('en', 'cli.tunnelB'))
    .option('--color', t('en', 'cli.color'))
    .option('--no-color', t('en', 'cli.noColor'))
    .action(
      async (
        a: string,
        b: string,
        o: { format: string; lang?: string; tunnelA?: string; tunnelB?: string; color?: boolean },
      ) => {
        const lang = await langOf(o.lang);
        const { parseConfigFile } = await import('../config/index.js');
        const { compare, pairPolicies } = await import('../config/compare.js');
        const { renderCompareMarkdown, renderCompareText } = await import('../render/compare.js');
        const ca = parseConfigFile(a);
        const cb = parseConfigFile(b);
        for (const [p, c] of [
          [a, ca],
          [b, cb],
        ] as const) {
          if (!c) {
            process.stderr.write(`ikescope: ${t(lang, 'cmp.noConfig', { path: p })}\n`);
            setExit(EXIT_USAGE);
            return;
          }
          if (!c.tunnels.length) {
            process.stderr.write(`ikescope: ${t(lang, 'cmp.noTunnels', { path: p })}\n`);
            setExit(EXIT_USAGE);
            return;
          }
        }
        const pickA = o.tunnelA ? ca!.tunnels.filter((x) => x.name === o.tunnelA) : ca!.tunnels;
        const pickB = o.tunnelB ? cb!.tunnels.filter((x) => x.name === o.tunnelB) : cb!.tunnels;
        if (!pickA.length || !pickB.length) {
          const [p, n] = !pickA.length ? [a, o.tunnelA] : [b, o.tunnelB];
          process.stderr.write(`ikescope: ${t(lang, 'cmp.noTunnel', { path: p, name: n ?? '' })}\n`);
          setExit(EXIT_USAGE);
          return;
        }
        const pair = pairPolicies(pickA, pickB)!;
        const res = compare(pair[0], pair[1]);
        if (o.format === 'json')
          process.stdout.write(
            JSON.stringify(
              {
                schema: 'ikescope.compare/1',
                ...res,
                unparsed: { a: ca!.unparsed, b: cb!.unparsed },
                secretsMasked: { a: ca!.secretsMasked, b: cb!.secretsMasked },
              },
              null,
              2,
            ) + '\n',
          );
        else if (o.format === 'md') process.stdout.write(renderCompareMarkdown(res, lang));
        else process.stdout.write(renderCompareText(res, lang, useColor(o.color, process.stdout)));
        setExit(res.verdict === 'ESTABLISHED' ? EXIT_OK : EXIT_FAILED);
      },
    );

  const serve = program.command('serve').description(t('en', 'server.cmd'));
  for (const o of serveCommandOptions) serve.option(o.flags, t('en', o.description), o.default);
  serve.action(async (o: Record<string, unknown>) => {
    const { runServe } = await import('../server/index.js');
    setExit(await runServe(o, await langOf(typeof o.lang === 'string' ? o.lang : undefined)));
  });

  program
    .command('codes')
    .description(t('en', 'cli.codes'))
    .option('-l, --lang <lang>', t('en', 'cli.lang'))
    .option('--json', t('en', 'cli.json'))
    .action(async (o: { lang?: string; json?: boolean }) => {
      const lang = await langOf(o.lang);
      const rows = ALL_CODES.map((c) => ({
        code: c,
        kind: (FINDING_CODES as readonly string[]).includes(c) ? 'finding' : 'verdict',
        title: t(lang, `code.${c}.title`),
      }));
      if (o.json) process.stdout.write(JSON.stringify(rows, null, 2) + '\n');
      else {
        const w = Math.max(...rows.map((r) => r.code.length));
        for (const r of rows)
          process.stdout.write(
            `${r.code.padEnd(w)}  ${r.kind === 'finding' ? '(finding) ' : ''}${r.title}\n`,
          );
      }
      setExit(EXIT_OK);
    });

  program
    .command('explain')
    .description(t('en', 'cli.explainCode'))
    .argument('<code>', t('en', 'cli.code'))
    .option('-l, --lang <lang>', t('en', 'cli.lang'))
    .action(async (code: string, o: { lang?: string }) => {
      const lang = await langOf(o.lang);
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
        for (const ex of rule.examples.fire)
          lines.push(`  + ${ex.name}`, ...ex.log.split('\n').map((l) => `      ${l}`));
        for (const ex of rule.examples.silent) lines.push(`  - ${ex.name}`);
      }
      process.stdout.write(lines.join('\n') + '\n');
      setExit(EXIT_OK);
    });

  return program;
}

/**
 * Heap growth for a streaming analysis: the live state is small and bounded (tunnels, capped
 * timelines) while almost every event becomes garbage after a while in a tunnel's recent-events
 * window. V8's default lets the old space grow to several times the live size before a full
 * collection; a 20 % step keeps the peak memory near the live size for a few per cent of CPU
 * (docs/benchmarks.md). Read by V8 at every collection, so it takes effect when set at start.
 */
export function tuneHeapForStreaming(): void {
  if (!process.execArgv.some((a) => a.startsWith('--heap-growing-percent'))) setFlagsFromString('--heap-growing-percent=20');
}

/**
 * A reader that stops early (`ikescope analyze --explain big.log | head`) closes the pipe: stop
 * quietly with the status of a process ended by SIGPIPE, as other command-line tools do, instead
 * of an unhandled EPIPE error and its stack trace.
 */
function stopOnClosedStdout(): void {
  if (process.stdout.listenerCount('error') > 0) return;
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(128 + constants.signals.SIGPIPE);
    throw err;
  });
}

export async function main(argv: string[]): Promise<number> {
  tuneHeapForStreaming();
  stopOnClosedStdout();
  let code = EXIT_OK;
  const program = buildProgram((c) => (code = c));
  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.exitCode === 0)
        return EXIT_OK;
      if (err.code.startsWith('ikescope.')) process.stderr.write(`ikescope: ${err.message}\n`);
      return EXIT_USAGE;
    }
    process.stderr.write(`ikescope: ${err instanceof Error ? err.message : String(err)}\n`);
    return EXIT_USAGE;
  }
  return code;
}
