// PLACEHOLDER: replaced by the real envelope parser.
import type { LogRecord, SourceLine } from '../core/model.js';

export interface EnvelopeContext {
  /** Year assumed for timestamps without one. */
  year?: number;
}

export function parseEnvelope(src: SourceLine, _ctx: EnvelopeContext = {}): LogRecord {
  return { ...src, message: src.text };
}
