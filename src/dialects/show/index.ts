// PLACEHOLDER: replaced by the real dialect.
import { definePatternDialect } from '../../core/dialect.js';

export const show = definePatternDialect({
  id: 'show',
  name: 'show command outputs',
  vendor: 'multi',
  fixFamily: 'generic',
  accepts: () => false,
  prefix: () => undefined,
  patterns: [],
});
