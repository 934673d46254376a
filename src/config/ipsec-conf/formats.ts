// The configuration formats of the open-source IKE daemons, for the registry of src/config/index.ts.
import * as swanctl from '../strongswan/swanctl.js';
import * as strongswanIpsecConf from '../strongswan/ipsec-conf.js';
import * as libreswanIpsecConf from '../libreswan/ipsec-conf.js';
import * as ipsecSecrets from './secrets.js';
import type { SwanConfig } from './common.js';

export interface OssFormat {
  format: { id: string; vendor: 'strongswan' | 'libreswan'; name: string };
  detect(lines: string[]): number;
  parse(path: string, text: string): SwanConfig;
}

export const OSS_FORMATS: readonly OssFormat[] = [swanctl, strongswanIpsecConf, libreswanIpsecConf, ipsecSecrets];

/** The best-scoring of these formats (>= 0.5), for tests and tools that work without the registry. */
export function detectOss(text: string): OssFormat | undefined {
  const lines = text.split(/\r\n|\r|\n/, 400);
  let best: OssFormat | undefined;
  let score = 0;
  for (const f of OSS_FORMATS) {
    const s = f.detect(lines);
    if (s > score) {
      score = s;
      best = f;
    }
  }
  return score >= 0.5 ? best : undefined;
}
