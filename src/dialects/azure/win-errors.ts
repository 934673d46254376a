// Windows IKEEXT error codes that Azure VPN Gateway (a Windows IKE stack) writes in its logs: in the
// IKEDiagnosticLog ("[ErrorCode] 0x35E9 [ErrorMessage] ...", "IKE Tunnel closed ... with status
// Policy match error", "IkeCleanupMMNegotiation called with error 13868"), in the Network Watcher
// troubleshoot blob (IKEErrors.txt "based on log : Peer failed with Windows error
// 13801(ERROR_IPSEC_IKE_AUTH_FAIL)", Scrubbed-wfpdiag.txt "Failure error code:0x000035e9") and as a
// TunnelDiagnosticLog state-change reason. Codes, names and texts as Microsoft pairs them:
// Microsoft Learn troubleshooting guide "Troubleshoot a Site-to-Site or Point-to-Site VPN tunnel that
// won't connect" (IKE log table), Network Watcher "network-watcher-troubleshoot-overview.md"
// (MicrosoftDocs/azure-docs) and Azure support's site-to-site TSG questions
// (TheresaLui/SelfHelpContent_v2 articles/tsgQuestions/site-to-site-vpn.md). The HRESULT form
// (0x80073613) carries the same code in its low 16 bits.
import type { EventDraft } from '../../core/model.js';

export interface WinIkeError {
  code: number;
  name?: string;
  /** The message Windows gives for the code (as Azure's logs print it). */
  text: string;
  events: (reason: string) => EventDraft[];
}

export const WIN_IKE_ERRORS: readonly WinIkeError[] = [
  { code: 0x35e9, name: 'ERROR_IPSEC_IKE_AUTH_FAIL', text: 'IKE authentication credentials are unacceptable', events: (reason) => [{ kind: 'ike.auth.failed', reason }] },
  { code: 0x3602, name: 'ERROR_IPSEC_IKE_INVALID_SIGNATURE', text: 'Failed to verify signature', events: (reason) => [{ kind: 'ike.auth.failed', reason }] },
  { code: 0x35ed, name: 'ERROR_IPSEC_IKE_TIMED_OUT', text: 'Negotiation timed out', events: (reason) => [{ kind: 'ike.timeout', reason }] },
  { code: 0x362c, name: 'ERROR_IPSEC_IKE_POLICY_MATCH', text: 'Policy match error', events: (reason) => [{ kind: 'proposal.none', reason }] },
  { code: 0x3613, name: 'ERROR_IPSEC_IKE_INVALID_PAYLOAD', text: 'Invalid payload received', events: (reason) => [{ kind: 'msg.invalid', reason }] },
  { code: 0x3610, name: 'ERROR_IPSEC_IKE_PROCESS_ERR_NOTIFY', text: 'Error processing Notify payload', events: (reason) => [{ kind: 'msg.invalid', reason }] },
  { code: 0x3616, name: 'ERROR_IPSEC_IKE_INVALID_COOKIE', text: 'Invalid cookie received', events: (reason) => [{ kind: 'sa.unknown', reason }] },
  {
    code: 0x363e,
    name: 'ERROR_IPSEC_IKE_PEER_MM_ASSUMED_INVALID',
    text: 'Main mode SA assumed to be invalid because peer stopped responding',
    events: (reason) => [{ kind: 'dpd.dead', reason }],
  },
  { code: 0x363d, text: 'peer sent a main mode delete', events: (reason) => [{ kind: 'ike.deleted', byPeer: true, reason }] },
];

const BY_CODE = new Map(WIN_IKE_ERRORS.map((e) => [e.code, e]));
const BY_NAME = new Map(WIN_IKE_ERRORS.filter((e) => e.name).map((e) => [e.name ?? '', e]));

/** The error a text names: by hex code (`0x000035e9`, `0x80073613`), decimal code (`13801`), name or message. */
export function winErrorOf(text: string): WinIkeError | undefined {
  const hex = /\b0x(?<h>[0-9A-Fa-f]{4,8})\b/.exec(text)?.groups?.h;
  if (hex) {
    const e = BY_CODE.get(Number.parseInt(hex, 16) & 0xffff);
    if (e) return e;
  }
  const name = /\bERROR_IPSEC_IKE_[A-Z_]{2,40}/.exec(text)?.[0];
  if (name && BY_NAME.has(name)) return BY_NAME.get(name);
  const dec = /\b(?:error|ErrorCode\]|\/) ?(?<d>13[89]\d\d)\b/.exec(text)?.groups?.d;
  if (dec) {
    const e = BY_CODE.get(Number(dec));
    if (e) return e;
  }
  const lower = text.toLowerCase();
  return WIN_IKE_ERRORS.find((e) => lower.includes(e.text.toLowerCase()));
}
