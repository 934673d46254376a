// PLACEHOLDER: replaced by the real dialect.
import { definePatternDialect } from '../../core/dialect.js';

export const pluto = definePatternDialect({
  id: 'pluto',
  name: 'Libreswan/Openswan pluto',
  vendor: 'Libreswan/Openswan',
  fixFamily: 'libreswan',
  accepts: () => false,
  prefix: () => undefined,
  patterns: [],
});
