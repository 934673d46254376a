// The rule registry, listed explicitly. Rank (in each rule) decides the verdict, not this order.
import type { Rule } from '../core/rule.js';
import established from './established.js';
import peerUnreachable from './peer-unreachable.js';
import peerNotConfigured from './peer-not-configured.js';
import ikeVersionMismatch from './ike-version-mismatch.js';
import modeMismatch from './mode-mismatch.js';
import ikeProposalMismatch from './ike-proposal-mismatch.js';
import pskMismatch from './psk-mismatch.js';
import idMismatch from './id-mismatch.js';
import certInvalid from './cert-invalid.js';
import eapAuthFailed from './eap-auth-failed.js';
import authFailed from './auth-failed.js';
import tsMismatch from './ts-mismatch.js';
import childProposalMismatch from './child-proposal-mismatch.js';
import pfsMismatch from './pfs-mismatch.js';
import localSaInstallFailed from './local-sa-install-failed.js';
import dpdPeerDead from './dpd-peer-dead.js';
import natTBlocked from './nat-t-blocked.js';
import fragmentationDropped from './fragmentation-dropped.js';
import rekeyFailed from './rekey-failed.js';
import saDeletedByPeer from './sa-deleted-by-peer.js';
import staleSa from './stale-sa.js';
import tunnelDown from './tunnel-down.js';
import closed from './closed.js';
import weakCrypto from './weak-crypto.js';
import lifetimeMismatch from './lifetime-mismatch.js';

export const RULES: readonly Rule[] = [
  established,
  peerUnreachable,
  peerNotConfigured,
  ikeVersionMismatch,
  modeMismatch,
  ikeProposalMismatch,
  pskMismatch,
  idMismatch,
  certInvalid,
  eapAuthFailed,
  authFailed,
  tsMismatch,
  childProposalMismatch,
  pfsMismatch,
  localSaInstallFailed,
  dpdPeerDead,
  natTBlocked,
  fragmentationDropped,
  rekeyFailed,
  saDeletedByPeer,
  staleSa,
  tunnelDown,
  closed,
  weakCrypto,
  lifetimeMismatch,
];
