// PLACEHOLDER: replaced by the real dialect.
import { definePatternDialect } from '../../core/dialect.js';

export const ciscoIos = definePatternDialect({
  id: 'cisco-ios',
  name: 'Cisco IOS/IOS-XE crypto',
  vendor: 'Cisco',
  fixFamily: 'cisco-ios',
  accepts: () => false,
  prefix: () => undefined,
  patterns: [],
});
