// PLACEHOLDER: replaced by the real dialect.
import { definePatternDialect } from '../../core/dialect.js';

export const strongswan = definePatternDialect({
  id: 'strongswan',
  name: 'strongSwan charon',
  vendor: 'strongSwan',
  fixFamily: 'strongswan',
  accepts: () => false,
  prefix: () => undefined,
  patterns: [],
});
