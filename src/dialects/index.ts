// The dialect registry: every dialect ikescope knows, listed explicitly (nothing is discovered
// by scanning folders). Order matters only for ties: earlier dialects are tried first.
import type { Dialect } from '../core/dialect.js';
import { strongswan } from './strongswan/index.js';
import { pluto } from './pluto/index.js';
import { qno } from './qno/index.js';
import { ciscoIkev2 } from './cisco-ikev2/index.js';
import { ciscoAsa } from './cisco-asa/index.js';
import { ciscoIos } from './cisco-ios/index.js';
import { panos } from './panos/index.js';
import { panosIkemgr } from './panos-ikemgr/index.js';
import { show } from './show/index.js';
import { fortigate } from './fortigate/index.js';
import { junos } from './junos/index.js';
import { mikrotik } from './mikrotik/index.js';
import { sonicwall } from './sonicwall/index.js';
import { aws } from './aws/index.js';
import { azure } from './azure/index.js';
import { gcp } from './gcp/index.js';

export const DIALECTS: readonly Dialect[] = [
  strongswan,
  qno,
  pluto,
  ciscoIkev2,
  ciscoAsa,
  ciscoIos,
  panos,
  panosIkemgr,
  fortigate,
  junos,
  mikrotik,
  sonicwall,
  aws,
  azure,
  gcp,
  show,
];

export function dialectById(id: string): Dialect | undefined {
  return DIALECTS.find((d) => d.id === id);
}
