// How much each daemon logs. `lab` is what the corpus is recorded with; the others record the
// same scenarios the way users' daemons often run, to check that verdicts do not depend on it:
//   stock  strongSwan's defaults (level 1 for every subsystem, no `<conn|N>` IKE SA names on the
//          lines: ike_name = no), Libreswan without debugging
//   debug  what a troubleshooting guide asks for: strongSwan `ike 4, net 3, enc 3, cfg 3, knl 3`
//          over `default 2` (raw message dumps included), Libreswan `plutodebug=all`
export const VERBOSITIES = ['lab', 'stock', 'debug'];

/** strongswan.conf logger levels, one `name = level` per line. */
export const CHARON_LEVELS = {
  lab: ['default = 1', 'ike = 2', 'cfg = 2'],
  stock: ['default = 1'],
  debug: ['default = 2', 'ike = 4', 'net = 3', 'enc = 3', 'cfg = 3', 'knl = 3'],
};

/** strongswan.conf logger `ike_name`: whether lines carry `<conn|N>` (strongSwan's default: no). */
export const CHARON_IKE_NAME = { lab: 'yes', stock: 'no', debug: 'yes' };

/** ipsec.conf `plutodebug=` value. */
export const PLUTO_DEBUG = { lab: 'none', stock: 'none', debug: 'all' };
