/**
 * Rules for providers whose replies mean something other than the generic reading, keyed by the
 * remote (or reporting) MTA's host name. Tried first. Data only.
 *
 * Each row is general for that provider: its documented codes (see
 * ../shared/reference/other-providers.md) or the wording its servers write. A few rows have no
 * host condition: they match a provider's own code token or help-page link that no other server
 * writes (GoDaddy's `x.co/..bounce` links, Spectrum's `AUP#In-` codes, Cox's `AUP#CX..` codes,
 * Facebook's `postmaster.facebook.com` codes, Exchange Online's three-digit enhanced codes), so the
 * reply itself names its writer even when the report does not name the host.
 */
import type { ReasonId } from '../../kb/reasons.js';
import type { RuleTable } from '../types.js';

/** Google's mail servers, and the name Gmail's reports give as Reporting-MTA. */
const GOOGLE = ['google.com', 'googlemail.com', 'gmail.com'];
/** Microsoft's consumer and Exchange Online servers. */
const MICROSOFT = ['outlook.com', 'hotmail.com', 'live.com', 'msn.com', 'office365.com'];
/** Yahoo Inc. (Yahoo, AOL). */
const YAHOO_INC = ['yahoo.com', 'yahoodns.net', 'yahoo.co.jp', 'aol.com'];
/** France Telecom / Orange and La Poste. */
const FRANCE_PTT = ['orange.fr', 'wanadoo.fr', 'laposte.net', 'francetelecom.fr'];

/**
 * Orange's and La Poste's reply codes (the last three digits of OFR_nnn, OFRnnn_nnn, LPNnnn_nnn),
 * as their replies word them; the code list is the one Sisimai's Rhost/FrancePTT keeps, each
 * code filed under reasons.md by its own words. Codes whose words say only "try later" (105,
 * 107, 108, 109, 201, 423, 424, 513) decide nothing and are left to the words.
 */
const FRANCE_PTT_CODES: readonly (readonly [string, ReasonId])[] = [
  ['101', 'blocked'], // the sending IP is on a block list (Spamhaus, Senderscore)
  ['102', 'blocked'], // "Client host blocked for spamming issues"
  ['103', 'blocked'], // "Service refused" to the client host
  ['104', 'toomanyconn'], // "Too many connections, slow down"
  ['305', 'securityerror'], // "Code d'authentification invalide"
  ['401', 'authfailure'], // "SPF: ... is not allowed to send mail" (Sisimai: blocked)
  ['402', 'securityerror'], // "Authentification requise. Authentication required"
  ['403', 'rejected'], // "Emetteur invalide. Invalid Sender"
  ['405', 'rejected'], // the same, in reply to MAIL FROM
  ['415', 'rejected'], // the same
  ['416', 'userunknown'], // "Adresse d'au moins un destinataire invalide. Invalid recipient"
  ['417', 'mailboxfull'], // "Boite du destinataire pleine. Recipient overquota"
  ['418', 'userunknown'], // "Adresse de destination invalide"
  ['420', 'suspend'], // "Boite du destinataire archivee. Archived recipient"
  ['421', 'rejected'], // "Mail from not owned by user"
  ['426', 'suspend'], // "Le compte du destinataire est bloque. The recipient account is blocked"
  ['505', 'systemerror'], // "Service refused, please try later" after DATA: their own system's fault
  ['506', 'spamdetected'], // "Mail rejete. Mail rejected": their content filter's spam verdict
  ['510', 'blocked'], // "Service refused" after DATA to a refused host
  ['514', 'mesgtoobig'], // "Taille limite du message atteinte"
  ['517', 'authfailure'], // "Message refused, DMARC verification Failed" (Sisimai: policyviolation)
  ['630', 'blocked'], // "554 5.7.1 Client host rejected" (Sisimai: policyviolation)
  ['999', 'blocked'], // "Service refused, please try later" to the client host
];

/** Provider rows, keyed by the remote or reporting MTA's host (or by a code token only that provider writes). */
export const REMOTE_HOST_RULES: RuleTable = {
  id: 'remote-hosts',
  description: 'Provider-specific meanings of replies, by remote MTA host name',
  rules: [
    // --- Google (Gmail, Google Workspace). Google uses X.7.2x codes with its own meanings
    // (registry clash: 5.7.27 = SPF did not pass, 5.7.30 = DKIM did not pass, 5.7.29 = TLS).
    { id: 'google-auth', reason: 'authfailure', remoteMta: GOOGLE, status: ['x.7.24', 'x.7.26', 'x.7.27', 'x.7.30', 'x.7.32'] },
    { id: 'google-auth-text', reason: 'authfailure', remoteMta: GOOGLE, text: ['fails to pass authentication checks', 'does not have authentication information', 'fails to pass spf checks', 'sender is unauthenticated', 'spf authentication didn', 'dkim authentication didn'] },
    { id: 'google-ptr', reason: 'requireptr', remoteMta: GOOGLE, status: ['x.7.23', 'x.7.25'] },
    { id: 'google-tls', reason: 'failedstarttls', remoteMta: GOOGLE, status: ['x.7.29'] },
    { id: 'google-rfc5322', reason: 'notcompliantrfc', remoteMta: GOOGLE, text: ['not rfc 5322 compliant', 'rfc 5322 compliant'] },
    // Gmail writes this after its retries to reach the recipient's servers have run out (a
    // permanent failure) or while they go on (a delay notice).
    { id: 'google-could-not-connect', reason: 'expired', remoteMta: GOOGLE, text: ['did not accept our requests to connect'] },
    // Gmail's "DNS Error: ... lookup of example.org responded with code NXDOMAIN" with a 4.x status:
    // Gmail keeps retrying the lookup, so it is a DNS failure, not yet a verdict on the domain.
    { id: 'google-dns-retrying', reason: 'networkerror', remoteMta: GOOGLE, status: ['4.*'], text: ['dns error:'], notText: ['null mx'] },

    // --- Microsoft (Outlook.com / Hotmail, Exchange Online).
    { id: 'microsoft-domain-unreachable', reason: 'hostunknown', remoteMta: MICROSOFT, text: ['domain is not reachable'] },
    { id: 'microsoft-ip-mismatch', reason: 'requireptr', remoteMta: MICROSOFT, text: ['mismatches client ip'] },
    { id: 'microsoft-auth-level', reason: 'authfailure', remoteMta: MICROSOFT, status: ['5.7.515'] },
    { id: 'microsoft-ip-reputation', reason: 'badreputation', remoteMta: MICROSOFT, status: ['4.7.650'] },
    // Outlook.com's consumer refusals ("550 OU-001 ... Unfortunately, messages from 192.0.2.25
    // weren't sent. Please contact your Internet service provider ..."): the sending network is
    // refused (other-providers.md section 2); the variants that name the block list say so too.
    { id: 'microsoft-consumer-refusal', reason: 'blocked', remoteMta: MICROSOFT, text: ["weren't sent. please contact your internet service provider"] },
    // Exchange Online's own three-digit code "Message expired, DNS query failed": the lookup failed
    // until the message expired. (X.4.316, connection refused, is decided by the knowledge base.)
    { id: 'exo-dns-query-failed', reason: 'networkerror', status: ['x.4.312'] },

    // --- Yahoo Inc. (Yahoo, AOL): 5.7.9 is Yahoo's "sender is unauthenticated".
    // "554 delivery error: dd user@yahoo.com is no longer valid.": the address is gone.
    { id: 'yahoo-no-longer-valid', reason: 'userunknown', remoteMta: YAHOO_INC, text: ['is no longer valid'] },
    // Yahoo's "554 delivery error: dd This user doesn't have a yahoo.com account": the "dd" reply
    // token is Yahoo's own, so the reply names its writer even when the report hides the host.
    { id: 'yahoo-dd-no-account', reason: 'userunknown', text: ["delivery error: dd this user doesn't have"] },
    { id: 'yahoo-unauthenticated', reason: 'authfailure', remoteMta: YAHOO_INC, text: ['sender is unauthenticated', 'requires all senders to authenticate'] },

    // --- France Telecom / Orange, La Poste: bilingual replies with LPNnnn_nnn / OFRnnn_nnn codes.
    // Their numbered replies (OFR_416, LPN007_505, OFR006_102, "[416]"): the code decides.
    ...FRANCE_PTT_CODES.map(([code, reason]) => ({ id: `franceptt-code-${code}`, reason, remoteMta: FRANCE_PTT, text: [`_${code}`, `[${code}]`] })),
    // The same words with no code, or with one that decides nothing.
    { id: 'franceptt-account-blocked', reason: 'suspend', remoteMta: FRANCE_PTT, text: ['recipient account is blocked', 'compte du destinataire est bloque'] },
    { id: 'franceptt-service-refused', reason: 'blocked', remoteMta: FRANCE_PTT, text: ['service refused', 'service refuse', 'blocked for spamming', 'pour incident de spam'] },

    // --- GoDaddy (secureserver.net): IBnnn codes with a category help link.
    { id: 'godaddy-spf', reason: 'authfailure', text: ['x.co/srbounce'] },
    { id: 'godaddy-rate', reason: 'speeding', text: ['x.co/rlbounce'] },
    { id: 'godaddy-ip-reputation', reason: 'blocked', text: ['x.co/irbounce'] },
    { id: 'godaddy-blocklist', reason: 'blocked', remoteMta: ['secureserver.net'], text: ['spamhaus', 'blocklist', 'blacklist'] },

    // --- Cox (cox.net): AUP#CX.. / AUP#CDRBL codes from Cox's error-code page.
    { id: 'cox-blocklist', reason: 'blocked', text: ['aup#cxbl', 'aup#cdrbl', 'aup#ipbl', 'aup#rbl', 'aup#cxdnsbl'] },
    { id: 'cox-connections', reason: 'toomanyconn', text: ['aup#cxcnct'] },
    { id: 'cox-rate', reason: 'speeding', text: ['aup#cxmxrt'] },
    { id: 'cox-url-blocklist', reason: 'spamdetected', text: ['aup#urlbl'] },

    // --- Spectrum / Charter: AUP#In-13xx are connection and rate limits, AUP#I-10xx IP blocks.
    { id: 'spectrum-connections', reason: 'toomanyconn', text: ['aup#in-13', 'aup#i-13'] },
    { id: 'spectrum-blocked', reason: 'blocked', text: ['aup#in-10', 'aup#i-10'] },

    // --- Tencent QQ: "Ip frequency limited", "Connection frequency limited", "Domain frequency limited".
    { id: 'tencent-frequency', reason: 'toomanyconn', remoteMta: ['qq.com'], text: ['frequency limited'] },

    // --- NetEase (163.com, 126.com, yeah.net): "554 DT:SPM ..." is NetEase's content-spam verdict,
    // "554 DT:RBL ..." its block-list refusal of the sending IP. The "DT:" token is NetEase's own,
    // so the reply names its writer even when the report hides the host.
    { id: 'netease-dt-spm', reason: 'spamdetected', text: ['dt:spm'] },
    { id: 'netease-dt-rbl', reason: 'blocked', text: ['dt:rbl'] },

    // --- KDDI au (ezweb.ne.jp, au.com): "550 : User unknown" with no address is au's answer when
    // the recipient's reception filter refuses the sender; an unknown mailbox is named ("550
    // <user@ezweb.ne.jp>: User unknown").
    { id: 'kddi-filtered', reason: 'filtered', remoteMta: ['ezweb.ne.jp', 'au.com'], text: ['550 : user unknown'] },
    { id: 'kddi-unknown-named', reason: 'userunknown', remoteMta: ['ezweb.ne.jp', 'au.com'], text: ['>: user unknown'] },

    // --- NTT docomo: "550 Unknown user" after DATA (the mailbox took RCPT) is docomo's reception
    // filter refusing the sender; a DSN status of 5.2.0 says the same (the mailbox exists).
    { id: 'docomo-filtered-data', reason: 'filtered', remoteMta: ['docomo.ne.jp'], command: ['DATA'], text: ['unknown user'] },
    { id: 'docomo-filtered-status', reason: 'filtered', remoteMta: ['docomo.ne.jp'], status: ['5.2.0'] },

    // --- Facebook: coded replies with postmaster.facebook.com links; RCP-P* = recipient preferences.
    { id: 'facebook-recipient-preferences', reason: 'filtered', text: ['refused due to recipient preferences'] },

    // --- Mimecast: its documented 554 replies.
    { id: 'mimecast-host-network', reason: 'policyviolation', remoteMta: ['mimecast.com'], text: ['host network not allowed'] },

    // --- Broadcom / MessageLabs (Symantec Email Security.cloud).
    { id: 'messagelabs-smtp-auth', reason: 'securityerror', remoteMta: ['messagelabs.com'], text: ['smtp authentication'] },

    // --- i.ua (Ukraine): "Mailbox is frozen" = the account is frozen for inactivity.
    { id: 'iua-frozen', reason: 'suspend', remoteMta: ['email.ua', 'i.ua'], text: ['mailbox is frozen'] },
  ],
};
