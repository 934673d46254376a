// The dialect registry: every dialect ikescope knows, listed explicitly (nothing is discovered
// by scanning folders). Order matters only for ties: earlier dialects are tried first.
import type { Dialect } from '../core/dialect.js';
import { strongswan } from './strongswan/index.js';
import { pluto } from './pluto/index.js';
import { qno } from './qno/index.js';

export const DIALECTS: readonly Dialect[] = [strongswan, qno, pluto];

export function dialectById(id: string): Dialect | undefined {
  return DIALECTS.find((d) => d.id === id);
}
