// The configuration-format registry, listed explicitly. A file is recognised by its content,
// not its name: the best-scoring format wins when it scores at least 0.5.
import { readFileSync } from 'node:fs';
import type { ParsedConfig } from '../core/policy.js';
import type { FixFamily } from '../core/dialect.js';
import * as ciscoAsa from './cisco-asa/index.js';
import * as ciscoIos from './cisco-ios/index.js';
import * as panos from './panos/index.js';
import * as fortigate from './fortigate/index.js';
import { OSS_FORMATS } from './ipsec-conf/formats.js';

export interface ConfigFormat {
  format: { id: string; vendor: FixFamily; name: string };
  detect(lines: string[]): number;
  parse(path: string, text: string): ParsedConfig;
}

export const CONFIG_FORMATS: ConfigFormat[] = [ciscoAsa, ciscoIos, panos, fortigate, ...OSS_FORMATS];

export const DETECT_THRESHOLD = 0.5;

export function detectConfig(text: string): ConfigFormat | undefined {
  const lines = text.split(/\r\n|\r|\n/, 400);
  let best: ConfigFormat | undefined;
  let score = 0;
  for (const f of CONFIG_FORMATS) {
    let s: number;
    try {
      s = f.detect(lines);
    } catch {
      s = 0;
    }
    if (s > score) {
      score = s;
      best = f;
    }
  }
  return score >= DETECT_THRESHOLD ? best : undefined;
}

export function parseConfigText(path: string, text: string): ParsedConfig | undefined {
  const f = detectConfig(text);
  if (!f) return undefined;
  try {
    return f.parse(path, text);
  } catch {
    return undefined;
  }
}

/** Read and parse a configuration file; undefined when it is not a configuration ikescope knows. */
export function parseConfigFile(path: string): ParsedConfig | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
  return parseConfigText(path, text);
}
