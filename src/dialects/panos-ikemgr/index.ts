// PLACEHOLDER: replaced by the real dialect.
import { definePatternDialect } from '../../core/dialect.js';

export const panosIkemgr = definePatternDialect({
  id: 'panos-ikemgr',
  name: 'PAN-OS ikemgr.log',
  vendor: 'Palo Alto Networks',
  fixFamily: 'panos',
  accepts: () => false,
  prefix: () => undefined,
  patterns: [],
});
