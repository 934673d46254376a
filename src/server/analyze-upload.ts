// POST /api/v1/analyze: the uploaded texts analysed as `ikescope analyze --format json` would
// analyse the same files (configurations among them found by content, the same way), run in a
// worker thread so that a 50 MB upload does not stall live ingest.
import { Worker } from 'node:worker_threads';
import { analyzeText } from '../analyze.js';
import { annotateReport, reportConfigs, type ConfigInput } from '../config/annotate.js';
import { parseConfigText } from '../config/index.js';
import type { Lang } from '../i18n/index.js';
import type { Report } from '../report/build.js';

export interface Upload {
  path: string;
  data: Buffer;
}

/** Configurations are small; a file above this is a log (as in the CLI's sniffing). */
const CONFIG_MAX = 8 * 1024 * 1024;

export async function analyzeUploads(files: Upload[], lang: Lang): Promise<Report> {
  const logs: Upload[] = [];
  const configs: ConfigInput[] = [];
  for (const f of files) {
    const gz = f.data[0] === 0x1f && f.data[1] === 0x8b;
    const text = !gz && f.data.length <= CONFIG_MAX && !f.data.subarray(0, 65536).includes(0) ? f.data.toString('utf8') : undefined;
    const cfg = text === undefined ? undefined : parseConfigText(f.path, text);
    if (cfg) configs.push({ path: f.path, config: cfg });
    else logs.push(f);
  }
  const report = await analyzeText(logs, { lang });
  report.configs = reportConfigs(configs);
  annotateReport(report, configs, lang);
  return report;
}

/** Runs analyses in worker threads, at most `max` at once. */
export class AnalyzePool {
  private running = 0;
  constructor(private readonly max = 2) {}

  get busy(): boolean {
    return this.running >= this.max;
  }

  /** The report as JSON text; rejects on a worker error. */
  run(files: Upload[], lang: Lang): Promise<string> {
    this.running++;
    return new Promise<string>((resolve, reject) => {
      const w = new Worker(new URL('./analyze-worker.js', import.meta.url), {
        workerData: { files: files.map((f) => ({ path: f.path, data: f.data })), lang },
      });
      let done = false;
      w.once('message', (m: { ok: boolean; json?: string; error?: string }) => {
        done = true;
        if (m.ok && m.json !== undefined) resolve(m.json);
        else reject(new Error(m.error ?? 'analysis failed'));
        void w.terminate();
      });
      w.once('error', (err) => {
        if (!done) reject(err);
        done = true;
      });
      w.once('exit', (code) => {
        if (!done) reject(new Error(`analysis worker exited (${code})`));
        done = true;
      });
    }).finally(() => {
      this.running--;
    });
  }
}
