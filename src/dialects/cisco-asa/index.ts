// PLACEHOLDER: replaced by the real dialect.
import { definePatternDialect } from '../../core/dialect.js';

export const ciscoAsa = definePatternDialect({
  id: 'cisco-asa',
  name: 'Cisco ASA/FTD syslog',
  vendor: 'Cisco',
  fixFamily: 'cisco-asa',
  accepts: () => false,
  prefix: () => undefined,
  patterns: [],
});
