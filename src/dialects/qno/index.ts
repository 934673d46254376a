// PLACEHOLDER: replaced by the real dialect.
import { definePatternDialect } from '../../core/dialect.js';

export const qno = definePatternDialect({
  id: 'qno',
  name: 'Qno router',
  vendor: 'Qno',
  fixFamily: 'qno',
  accepts: () => false,
  prefix: () => undefined,
  patterns: [],
});
