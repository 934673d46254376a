// PLACEHOLDER: replaced by the real dialect.
import { definePatternDialect } from '../../core/dialect.js';

export const ciscoIkev2 = definePatternDialect({
  id: 'cisco-ikev2',
  name: 'Cisco IKEv2 debug',
  vendor: 'Cisco',
  fixFamily: 'cisco-asa',
  accepts: () => false,
  prefix: () => undefined,
  patterns: [],
});
