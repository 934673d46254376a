// Vendor and product names as the web UI and the HTML report label fix steps. They are names,
// not words: every language's catalog takes them from here.
export const PRODUCT_NAMES: Readonly<Record<string, string>> = {
  'web.vendor.strongswan': 'strongSwan',
  'web.vendor.libreswan': 'Libreswan',
  'web.vendor.openswan': 'Openswan',
  'web.vendor.qno': 'Qno',
  'web.vendor.cisco-asa': 'Cisco ASA',
  'web.vendor.cisco-ios': 'Cisco IOS',
  'web.vendor.panos': 'PAN-OS',
  'web.vendor.fortigate': 'FortiGate',
  'web.vendor.junos': 'Junos',
  'web.vendor.mikrotik': 'MikroTik',
  'web.vendor.sonicwall': 'SonicWall',
  'web.vendor.sophos': 'Sophos',
  'web.vendor.aws': 'AWS',
  'web.vendor.azure': 'Azure',
  'web.vendor.gcp': 'Google Cloud',
};
