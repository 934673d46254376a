// PLACEHOLDER: replaced by the real dialect.
import { definePatternDialect } from '../../core/dialect.js';

export const panos = definePatternDialect({
  id: 'panos',
  name: 'PAN-OS system log',
  vendor: 'Palo Alto Networks',
  fixFamily: 'panos',
  accepts: () => false,
  prefix: () => undefined,
  patterns: [],
});
