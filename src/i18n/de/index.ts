import core from './core.js';
import rules from './rules.js';
import fixes from './fixes.js';
import input from './input.js';
import strongswan from './strongswan.js';
import pluto from './pluto.js';
import qno from './qno.js';
import ciscoIkev2 from './cisco-ikev2.js';
import ciscoAsa from './cisco-asa.js';
import ciscoIos from './cisco-ios.js';
import panos from './panos.js';
import show from './show.js';
import fortigate from './fortigate.js';
import junos from './junos.js';
import mikrotik from './mikrotik.js';
import web from './web.js';
import sonicwall from './sonicwall.js';
import aws from './aws.js';
import azure from './azure.js';
import gcp from './gcp.js';
import config from './config.js';
import configOss from './config-oss.js';
import server from './server.js';

export const de: Readonly<Record<string, string>> = {
  ...core,
  ...rules,
  ...fixes,
  ...input,
  ...strongswan,
  ...pluto,
  ...qno,
  ...ciscoIkev2,
  ...ciscoAsa,
  ...ciscoIos,
  ...panos,
  ...show,
  ...fortigate,
  ...junos,
  ...mikrotik,
  ...web,
  ...sonicwall,
  ...aws,
  ...azure,
  ...gcp,
  ...config,
  ...configOss,
  ...server,
};
