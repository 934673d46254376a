// The library API: `import { analyze } from 'ikescope'`. The CLI and the server are thin layers
// over these two functions.
import { Analyzer, type ExplainItem } from './core/analyzer.js';
import { DEFAULT_TIMELINE_CAPS, timelineCaps } from './core/tunnel.js';
import type { Dialect } from './core/dialect.js';
import type { Rule } from './core/rule.js';
import { DIALECTS } from './dialects/index.js';
import { t, useLang, type Lang } from './i18n/index.js';
import { openInputs, textInput, type InputSource, type OpenOptions } from './input/index.js';
import {
  streamReport,
  wholeReport,
  type InputMeta,
  type Report,
  type ReportStream,
  type ReportTunnel,
} from './report/build.js';
import { RULES } from './rules/index.js';
import { VERSION } from './version.js';
import { annotateTunnel, reportConfigs, splitConfigs, type ConfigInput } from './config/annotate.js';

export interface AnalyzeOptions {
  lang?: Lang;
  /** Timeline entries kept per tunnel; 'all' lifts the cap. Default 200. */
  timeline?: number | 'all';
  /** Called for every line in order, recognised or not (`--explain`). */
  onExplain?: (item: ExplainItem) => void;
  /** Bytes read so far (progress bar). */
  onBytes?: (n: number) => void;
  /** Lines handed to the analyzer (progress bar). */
  onLines?: (n: number) => void;
  stdin?: NodeJS.ReadableStream;
  now?: Date;
  twoSided?: boolean;
  dialects?: readonly Dialect[];
  rules?: readonly Rule[];
  /** Configuration files of the peers (configurations among `paths` are found by content too). */
  configs?: string[];
}

/** Timeline entries kept per tunnel unless `timeline` says otherwise (200). */
export const DEFAULT_TIMELINE_CAP = DEFAULT_TIMELINE_CAPS.head + DEFAULT_TIMELINE_CAPS.tail;

async function run(
  sources: AsyncIterable<InputSource> | Iterable<InputSource>,
  opts: AnalyzeOptions,
): Promise<ReportStream> {
  await useLang(opts.lang ?? 'en');
  const an = new Analyzer({
    timeline: timelineCaps(opts.timeline ?? DEFAULT_TIMELINE_CAP),
    dialects: opts.dialects ?? DIALECTS,
    rules: opts.rules ?? RULES,
    ...(opts.onExplain ? { onExplain: opts.onExplain } : {}),
    ...(opts.twoSided !== undefined ? { twoSided: opts.twoSided } : {}),
  });
  const meta: InputMeta[] = [];
  for await (const src of sources) {
    if (!src.info.skipped) {
      const h = an.beginInput(src.path);
      for await (const batch of src.records()) {
        h.push(batch);
        opts.onLines?.(batch.length);
      }
    }
    meta.push(src.info);
  }
  // The analyzer's state goes into the report tunnel by tunnel (release): at the end of a large
  // input the two are not held whole at once.
  return streamReport(an.finish(), {
    lang: opts.lang ?? 'en',
    version: VERSION,
    timelineCap: opts.timeline === 'all' ? Infinity : (opts.timeline ?? DEFAULT_TIMELINE_CAP),
    meta,
    release: true,
  });
}

/** Analyse files, directories (recursively), `-` (stdin) and `.gz` files. */
export async function analyze(paths: string[], opts: AnalyzeOptions = {}): Promise<Report> {
  return wholeReport(await analyzeStream(paths, opts));
}

/**
 * `analyze`, with the report's tunnels built one at a time as `tunnels` is iterated (once):
 * `report.tunnels` stays empty and `report.findings` is complete once they all came. A writer
 * that prints each tunnel as it comes never holds the whole report (the CLI's text and JSON).
 */
export async function analyzeStream(paths: string[], opts: AnalyzeOptions = {}): Promise<ReportStream> {
  const o: OpenOptions = {
    ...(opts.stdin ? { stdin: opts.stdin } : {}),
    ...(opts.now ? { now: opts.now } : {}),
    ...(opts.onBytes ? { onBytes: opts.onBytes } : {}),
  };
  const { logs, configs, notConfigs } = splitConfigs(paths, opts.configs ?? []);
  const { report, tunnels } = await run(openInputs(logs, o), opts);
  report.configs = reportConfigs(configs);
  for (const p of notConfigs)
    report.inputs.push({
      path: p,
      dialects: [],
      lines: 0,
      recognizedLines: 0,
      unreadIpsecLines: 0,
      unreadSamples: [],
      skipped: true,
      warnings: [{ id: 'cmp.noConfig', message: t(opts.lang ?? 'en', 'cmp.noConfig', { path: p }) }],
    });
  return { report, tunnels: annotated(tunnels, configs, opts.lang ?? 'en') };
}

/** Each tunnel's diagnoses with the peers' configuration lines and edits, as it comes. */
function* annotated(
  tunnels: Iterable<ReportTunnel>,
  configs: ConfigInput[],
  lang: Lang,
): Generator<ReportTunnel> {
  for (const tn of tunnels) {
    annotateTunnel(tn, configs, lang);
    yield tn;
  }
}

/** Analyse texts held in memory (tests, the server's analyze page). */
export async function analyzeText(
  inputs: { path: string; data: string | Buffer }[],
  opts: AnalyzeOptions = {},
): Promise<Report> {
  const o: OpenOptions = opts.now ? { now: opts.now } : {};
  return wholeReport(
    await run(
      inputs.map((i) => textInput(i.path, i.data, o)),
      opts,
    ),
  );
}
