// Worker thread of POST /api/v1/analyze (see analyze-upload.ts).
import { parentPort, workerData } from 'node:worker_threads';
import type { Lang } from '../i18n/index.js';
import { analyzeUploads } from './analyze-upload.js';

interface Job {
  files: { path: string; data: Uint8Array }[];
  lang: Lang;
}

const job = workerData as Job;
analyzeUploads(
  job.files.map((f) => ({ path: f.path, data: Buffer.from(f.data.buffer, f.data.byteOffset, f.data.byteLength) })),
  job.lang,
)
  .then((report) => parentPort?.postMessage({ ok: true, json: JSON.stringify(report, null, 2) }))
  .catch((err: unknown) => parentPort?.postMessage({ ok: false, error: err instanceof Error ? err.message : String(err) }));
