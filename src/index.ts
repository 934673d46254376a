// Public library API.
export { analyze, analyzeStream, analyzeText, type AnalyzeOptions } from './analyze.js';
export type {
  Report,
  ReportStream,
  ReportTunnel,
  ReportDiagnosis,
  Evidence,
  TimelineEntry,
} from './report/build.js';
export { SCHEMA } from './report/build.js';
export { DIALECTS } from './dialects/index.js';
export { RULES } from './rules/index.js';
export { ALL_CODES, type Code } from './core/rule.js';
export type { IkeEvent, EventDraft, LogRecord } from './core/model.js';
export { VERSION } from './version.js';
