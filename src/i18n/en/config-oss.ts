// en messages: configuration parsers of the open-source IKE daemons (strongSwan swanctl.conf and
// legacy ipsec.conf, Libreswan / Openswan ipsec.conf, ipsec.secrets).
// `config.format.<format id>`: the name of a configuration form.
// `config.note.<id>`: a remark a parser attaches to a configuration (notes); placeholders are the note's vars.
const messages: Record<string, string> = {
  // ---- forms ----
  'config.format.strongswan-swanctl': 'strongSwan swanctl.conf',
  'config.format.strongswan-ipsec.conf': 'strongSwan ipsec.conf (legacy, stroke)',
  'config.format.libreswan-ipsec.conf': 'Libreswan / Openswan ipsec.conf',
  'config.format.ipsec-secrets': 'ipsec.secrets (strongSwan / Libreswan / Openswan)',

  // ---- strongSwan settings syntax (swanctl.conf, strongswan.conf) ----
  'config.note.swan.syntax':
    '{count} line(s) do not follow the swanctl.conf syntax (`name {`, `key = value`, `}`); they are listed as not understood and the daemon would refuse the file.',
  'config.note.swan.unparsed-capped':
    'More than {max} lines were not understood; the first {max} are listed, {count} more are not. This is hardly a configuration file.',
  'config.note.swan.too-deep': 'Sections are nested deeper than {max} levels here; the deeper sections were skipped.',
  'config.note.swan.include-not-followed':
    'This line includes "{pattern}". Included files are not read: give them to ikescope as configurations of their own.',
  'config.note.swan.daemon-settings':
    'This is a strongswan.conf (daemon settings: logging, plugins, retransmission). It defines no tunnels.',
  'config.note.swan.no-children': 'Connection {conn} has no children section: it can only set up an IKE SA, no CHILD SA.',
  'config.note.swan.default-proposals':
    '{key} includes the keyword `default`: strongSwan adds its default proposals here (which ones depends on the version and the loaded plugins).',
  'config.note.swan.additional-ke':
    'Additional key exchanges (RFC 9370) are configured ({methods}); the comparison looks at the first key exchange only.',
  'config.note.swan.unknown-algorithm':
    'The algorithm keyword "{token}" is not known; the proposal is compared without it. Check its spelling: the daemon would refuse an unknown keyword.',
  'config.note.swan.shunt':
    'Child {child} of {conn} has mode = {mode}: a shunt policy (traffic passed or dropped without IPsec), not a tunnel; it is left out.',
  'config.note.swan.child-mode': 'Mode "{mode}" is neither tunnel nor transport: no IPsec SA is negotiated for it (bypass, drop or BEET).',

  // ---- ipsec.conf (both daemons) ----
  'config.note.ipsec-conf.not-indented':
    'This parameter starts at column 0; ipsec.conf parameters belong indented under their section. It was read as part of the section above.',
  'config.note.ipsec-conf.also-missing': 'also={name} names a section that does not exist in the files read.',
  'config.note.ipsec-conf.conn-ignored': 'Connection {conn} has auto=ignore: the daemon does not load it, so it is left out.',
  'config.note.ipsec-conf.shunt':
    'Connection {conn} is a shunt (type=passthrough / drop / reject, or authby=never): policies without IKE, not a tunnel; it is left out.',
  'config.note.ipsec-conf.deprecated': '{key}= is obsolete: this daemon version accepts it and ignores it.',
  'config.note.ipsec-conf.proposals-not-strict':
    '{key}= does not end with `!`: strongSwan appends its default proposals, so as responder it also accepts algorithms not listed here.',
  'config.note.ipsec-conf.include-missing': 'The file "{pattern}" included here does not exist here; its contents are unknown.',
  'config.note.ipsec-conf.include-too-big': 'The file "{pattern}" included here is too large to be a configuration; it was not read.',
  'config.note.ipsec-conf.include-unreadable': 'The file "{pattern}" included here could not be read as text.',
  'config.note.ipsec-conf.include-loop': 'The file "{pattern}" is already being read: the includes form a loop.',
  'config.note.ipsec-conf.include-limit': 'Too many files are included; "{pattern}" and the files after it were not read.',
  'config.note.ipsec-conf.include-depth': 'Includes are nested too deep here; "{pattern}" was not read.',

  // ---- Libreswan ----
  'config.note.libreswan.filled-from-defaults':
    '{key}= leaves out {transforms}; pluto fills them from its own defaults, which the policy shows.',
  'config.note.libreswan.pfs-ike-group':
    'PFS is on (pfs=yes is the default) and {key}= names no DH group: pluto uses the IKE SA\'s group for PFS.',
  'config.note.libreswan.pfs-off-dh-ignored': 'pfs=no: pluto ignores the DH group written in {key}=.',
};
export default messages;
