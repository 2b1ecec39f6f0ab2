/**
 * Microsoft anti-spam stamps: what each field and value means, in the project's own words.
 * DATA ONLY. Facts from Microsoft's Defender for Office 365 documentation (message headers, SCL
 * and BCL pages) and the field names MHA recognises; see docs in shared/reference/header-facts.md.
 * A field missing here is listed as unknown by the analyser, never dropped.
 */

/** Meaning of a field, and of its values when they are codes. */
export interface AntispamFieldInfo {
  /** What the field is. */
  readonly label: string;
  /** Meanings of coded values (upper-case keys). */
  readonly values?: Readonly<Record<string, string>>;
  /** For numeric scales: the meaning of each value. */
  readonly scale?: 'scl' | 'bcl' | 'pcl';
}

const SFV: Record<string, string> = {
  BLK: 'not filtered: the sender is on the recipient\'s Blocked Senders list, so it was blocked',
  NSPM: 'the spam filter judged it not spam; delivered',
  SFE: 'not filtered: the sender is on the recipient\'s Safe Senders list',
  SKA: 'not filtered: an anti-spam policy allows this sender or domain; delivered to the Inbox',
  SKB: 'marked as spam: an anti-spam policy blocks this sender or domain',
  SKN: 'marked as not spam before filtering (a mail-flow rule set SCL -1 or bypassed filtering)',
  SKQ: 'released from quarantine to the recipients',
  SKS: 'marked as spam before filtering (a mail-flow rule set SCL 5 to 9)',
  SPM: 'the spam filter marked it as spam',
  SKI: 'not filtered: it came from inside the same tenant (intra-organisation)',
  DMS: 'the spam verdict was not acted on because of the tenant\'s settings',
};

const CAT: Record<string, string> = {
  AMP: 'anti-malware policy',
  BIMP: 'brand impersonation (Defender for Office 365)',
  BULK: 'bulk mail',
  DIMP: 'domain impersonation (Defender for Office 365)',
  FTBP: 'anti-malware file-type filter (common attachments)',
  GIMP: 'mailbox-intelligence impersonation (Defender for Office 365)',
  HPHSH: 'high-confidence phishing',
  HPHISH: 'high-confidence phishing',
  HSPM: 'high-confidence spam',
  INTOS: 'intra-organisation phishing',
  MALW: 'malware',
  OSPM: 'outbound spam',
  PHSH: 'phishing',
  SAP: 'Safe Attachments (Defender for Office 365)',
  SPM: 'spam',
  SPOOF: 'spoofing',
  UIMP: 'user impersonation (Defender for Office 365)',
  NONE: 'no protection policy category applied',
};

const SFTY: Record<string, string> = {
  '9.19': 'domain impersonation; a safety tip was added',
  '9.20': 'user impersonation; a safety tip was added',
  '9.22': 'cross-domain spoofing (9 = phishing, .22 = spoofed From across domains)',
  '9.25': 'first contact with this sender: a safety tip may be shown',
};

/** Fields of X-Forefront-Antispam-Report (and its -Untrusted copy). */
export const FOREFRONT_FIELDS: Readonly<Record<string, AntispamFieldInfo>> = {
  ARC: { label: 'ARC data: AAR is the recorded DMARC result, AMS the message signature, AS the seal (cv= none, pass or fail)' },
  CAT: { label: 'protection policy category applied', values: CAT },
  CIP: { label: 'connecting IP address (usable in the IP Allow or Block List)' },
  CTRY: { label: 'country or region of the connecting IP (not always the origin)' },
  DIR: { label: 'direction', values: { INB: 'inbound', OUT: 'outbound', INT: 'internal' } },
  H: { label: 'HELO or EHLO name the connecting server gave' },
  IPV: { label: 'IP reputation verdict', values: { CAL: 'spam filtering skipped: the source IP is on the IP Allow List', NLI: 'the IP is on no reputation list' } },
  LANG: { label: 'language the message is written in' },
  PTR: { label: 'reverse DNS (PTR) name of the connecting IP' },
  SCL: { label: 'spam confidence level', scale: 'scl' },
  PCL: { label: 'phishing confidence level', scale: 'pcl' },
  BCL: { label: 'bulk complaint level', scale: 'bcl' },
  SFTY: { label: 'phishing / safety classification', values: SFTY },
  SFV: { label: 'spam filtering verdict', values: SFV },
  SRV: { label: 'bulk status', values: { BULK: 'bulk mail by the BCL threshold; with the default "mark bulk as spam" it becomes SCL 6' } },
  'X-CUSTOMSPAM': { label: 'an Advanced Spam Filter option matched (added after mail-flow rules run, so rules cannot act on it)' },
  SFS: { label: 'ids of the spam rules that matched (see message trace)' },
};

/** Fields of X-Microsoft-Antispam. */
export const MICROSOFT_ANTISPAM_FIELDS: Readonly<Record<string, AntispamFieldInfo>> = {
  BCL: { label: 'bulk complaint level', scale: 'bcl' },
  PCL: { label: 'phishing confidence level', scale: 'pcl' },
};

/** Fields of X-Microsoft-Antispam-Mailbox-Delivery. */
export const MAILBOX_DELIVERY_FIELDS: Readonly<Record<string, AntispamFieldInfo>> = {
  DEST: { label: 'folder the message was delivered to', values: { I: 'Inbox', J: 'Junk Email folder', C: 'a custom folder (moved there by the user\'s own rules)' } },
};

/** Single-value X-MS-Exchange-Organization-* headers (key: the part after the prefix). */
export const ORGANIZATION_FIELDS: Readonly<Record<string, AntispamFieldInfo>> = {
  SCL: { label: 'spam confidence level stamped by the organisation', scale: 'scl' },
  PCL: { label: 'phishing confidence level stamped by the organisation', scale: 'pcl' },
  AUTHAS: {
    label: 'how the sender was authenticated to the organisation',
    values: {
      ANONYMOUS: 'not authenticated: the message came in from outside, like ordinary internet mail',
      INTERNAL: 'authenticated as a sender inside the organisation',
      PARTNER: 'authenticated as a partner (for example over a TLS connector)',
      EXTERNAL: 'authenticated as an external sender',
    },
  },
  AUTHSOURCE: { label: 'the server that decided how the sender was authenticated' },
  AUTHMECHANISM: { label: 'how the authentication was done (an internal code)' },
  MESSAGEDIRECTIONALITY: { label: 'direction', values: { INCOMING: 'incoming: received from outside the organisation', ORIGINATING: 'originating: sent from inside the organisation' } },
  'NETWORK-MESSAGE-ID': { label: 'the message\'s id in message trace' },
  AUTOFORWARDED: { label: 'whether an automatic forwarding rule sent it on', values: { TRUE: 'forwarded automatically (a mailbox or transport rule)', FALSE: 'not forwarded automatically' } },
  SENDERIDRESULT: { label: 'Sender ID / SPF verdict recorded by Exchange' },
  'AVSTAMP-ENTERPRISE': { label: 'antivirus scan stamp of the transport (engine and result)' },
  'AVSTAMP-MAILBOX': { label: 'antivirus scan stamp of the mailbox server (engine and result)' },
};

/** X-MS-Exchange-Organization-Antispam-Report: split into fields like the Forefront report. */
export const ORGANIZATION_REPORT_FIELDS: Readonly<Record<string, AntispamFieldInfo>> = {
  SCL: { label: 'spam confidence level', scale: 'scl' },
  PCL: { label: 'phishing confidence level', scale: 'pcl' },
  BCL: { label: 'bulk complaint level', scale: 'bcl' },
  SFV: { label: 'spam filtering verdict', values: SFV },
  CAT: { label: 'protection policy category applied', values: CAT },
  DIR: { label: 'direction', values: { INB: 'inbound', OUT: 'outbound', INT: 'internal' } },
};

/** SCL values. */
export const SCL_MEANINGS: Readonly<Record<string, string>> = {
  '-1': 'filtering skipped (safe sender, safe recipient or IP Allow List): Inbox',
  '0': 'not spam: Inbox',
  '1': 'not spam: Inbox',
  '2': 'not set by spam filtering (2 to 4 are not used)',
  '3': 'not set by spam filtering (2 to 4 are not used)',
  '4': 'not set by spam filtering (2 to 4 are not used)',
  '5': 'spam: Junk Email folder by default (quarantine under the Strict preset)',
  '6': 'spam: Junk Email folder by default (quarantine under the Strict preset)',
  '7': 'high-confidence spam: often set by an analyst, a DMARC failure or a mail-flow rule',
  '8': 'high-confidence spam: Junk by default, quarantine under the Standard and Strict presets',
  '9': 'high-confidence spam: Junk by default, quarantine under the Standard and Strict presets',
};

/** BCL values. */
export const BCL_MEANINGS: Readonly<Record<string, string>> = {
  '0': 'not from a bulk sender',
  '1': 'bulk sender with few complaints',
  '2': 'bulk sender with few complaints',
  '3': 'bulk sender with few complaints',
  '4': 'bulk sender with mixed complaints',
  '5': 'bulk sender with mixed complaints (at or above the Strict threshold 5: Junk or quarantine)',
  '6': 'bulk sender with mixed complaints (at or above the Standard threshold 6)',
  '7': 'bulk sender with mixed complaints (at the default threshold 7: Junk)',
  '8': 'bulk sender with many complaints: Junk under every default threshold',
  '9': 'bulk sender with many complaints: Junk under every default threshold',
};

/** PCL values (Microsoft documents the field, not a scale: higher means more likely phishing). */
export const PCL_MEANING = 'phishing likelihood; higher means more likely phishing';
