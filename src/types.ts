/**
 * Public result types of ndrkit, in one place. These shapes are the JSON contracts of the CLI's
 * `--json` / `--jsonl` output and of the HTTP API: extend them, never rename a field.
 */
import type { KbEntry, KbFix } from './kb/types.js';
import type { Owner, ReasonId, RecordKind } from './kb/reasons.js';

export type { KbFix, KbSource, KbEntry } from './kb/types.js';
export type { Owner, ReasonId, RecordKind, Hardness } from './kb/reasons.js';

/** A status code pair found in input text. Either part may be "" when absent. */
export interface FoundCode {
  /** Enhanced status code (RFC 3463), e.g. `5.7.1`. */
  readonly enhanced: string;
  /** Basic SMTP reply code (RFC 5321), e.g. `550`. */
  readonly basic: string;
}

/**
 * One knowledge-base entry that explains the input, with its rank: the entry's fields (as in
 * {@link KbEntry}, without its `basic` codes and `seedRow` flag; `permanent` follows the class of
 * the reply when the input gives one, `owner` the NDR's situation when a rule says so), then why
 * it matched.
 */
export interface ExplainMatch
  extends Pick<KbEntry, 'id' | 'source' | 'codes' | 'replies' | 'title' | 'cause' | 'fix' | 'owner' | 'permanent' | 'reason' | 'references'> {
  /** Higher is better; matches are sorted by it, best first. */
  readonly score: number;
  /** The code in the input this match was found by (`5.7.1`, `4.7.512`, `550`), or "" when only
   * the reply text found it. */
  readonly matchedCode: string;
  /** The entry's literal reply found in the input, or "" when only the code found it. */
  readonly matchedText: string;
  /** Why `owner` differs from the entry's usual owner, when the NDR showed a reason to. */
  readonly ownerNote?: string;
}

/** What a pasted NDR says about where the failure happened. */
export interface NdrContext {
  /** The server that wrote the NDR, or "". */
  readonly generatingServer: string;
  /** The server that refused the message, or "". */
  readonly remoteServer: string;
  /** Addresses named in the report part of the NDR (the failed recipients). */
  readonly recipients: readonly string[];
  /** The refusing server belongs to a recipient's own domain. */
  readonly rejectedByRecipientDomain: boolean;
}

/** Options of `explain`. */
export interface ExplainOptions {
  /** The server that sent the reply (`mx.example.com`, `*.protection.outlook.com`); ranks that
   * provider's entries first when a code is shared. */
  readonly remoteMta?: string;
  /** Most matches returned (default 25). */
  readonly maxMatches?: number;
}

/** What the bounce parser knows about one failed recipient, for `explainReply`. */
export interface ReplyFacts {
  /** Enhanced status code, or "". */
  readonly status?: string;
  /** Basic reply code, or "". */
  readonly replyCode?: string;
  /** The server's own words (the diagnostic code). */
  readonly text?: string;
  /** The server that answered, when known. */
  readonly remoteMta?: string;
  /** The failed recipient, when known. */
  readonly recipient?: string;
}

/** What `explain` returns. `matches` is never empty for input that holds a code. */
export interface ExplainResult {
  readonly input: string;
  readonly codes: readonly FoundCode[];
  readonly matches: readonly ExplainMatch[];
  readonly warnings: readonly string[];
  /** Present when the input is an NDR that names servers or recipients. */
  readonly ndr?: NdrContext;
}

/** The bounced (original) message, as far as the report shows it. */
export interface OriginalMessage {
  readonly messageId: string;
  readonly from: string;
  readonly to: string;
  readonly subject: string;
  readonly date: string;
}

/** Where a detector found what it reports: which header or body line. */
export interface Evidence {
  /** `header:Subject`, `body`, `delivery-status`, `rfc822-headers`, ... */
  readonly where: string;
  /** The quoted text, trimmed to a sensible length. */
  readonly text: string;
}

/** One delivery record: one recipient of one report. The `ndr parse --jsonl` contract. */
export interface DeliveryRecord {
  /** The input file (path or name); "" for standard input or in-memory input. */
  readonly file: string;
  /** The message's 1-based position in an mbox that held several (set by the batch readers). */
  readonly message?: number;
  readonly recipient: string | null;
  readonly kind: RecordKind;
  /** RFC 3464 Action (`failed`, `delayed`, `delivered`, `relayed`, `expanded`) or "". */
  readonly action: string;
  /** Enhanced status code or "". */
  readonly status: string;
  /**
   * Basic reply code or "": the server's answer for this recipient, a failure code (4xx, 5xx) for
   * a failure or delay, the accepting 250 / 251 for a success notice.
   */
  readonly replyCode: string;
  /** The server's own words. */
  readonly diagnosticCode: string;
  readonly reason: ReasonId;
  readonly hardBounce: boolean;
  readonly owner: Owner;
  readonly remoteMta: string;
  readonly reportingMta: string;
  /** The SMTP command that failed (`RCPT`, `DATA`, ...) or "". */
  readonly command: string;
  /** ISO 8601 date of the failure or of the report, or "". */
  readonly date: string;
  /** Id of the detector that produced the record. */
  readonly detector: string;
  readonly original: OriginalMessage;
  /** The knowledge-base entry that explains the record, or null. */
  readonly kbId: string | null;
  /** ARF feedback type (`abuse`, `fraud`, ...), for kind `feedback`. */
  readonly feedbackType?: string;
  readonly evidence?: readonly Evidence[];
}

/** The line printed for an input that yields no delivery record. */
export interface NotBounceRecord {
  readonly file: string;
  /** The message's 1-based position in an mbox that held several. */
  readonly message?: number;
  readonly recipient: null;
  readonly kind: 'not-bounce';
  readonly warnings?: readonly string[];
}

/** What `parseBounce` returns for one message. */
export interface ParseResult {
  /** One record per recipient; empty when the message is not a bounce. */
  readonly records: DeliveryRecord[];
  /** Problems met while reading (malformed MIME, limits hit); never fatal. */
  readonly warnings: string[];
  /** The bounced message's header block when the report carries it, for header analysis; else null. */
  readonly originalHeaders: string | null;
}

/** Options of `parseBounce`. */
export interface ParseOptions {
  /** The input's file name or path, copied into each record's `file`. */
  readonly file?: string;
}

/** A record's explanation: what caused it, who must act and how. */
export interface RecordExplanation {
  /** The knowledge-base entry used, or null when only the reason taxonomy was available. */
  readonly kbId: string | null;
  readonly title: string;
  readonly cause: string;
  readonly owner: Owner;
  readonly fix: KbFix;
  readonly references: readonly string[];
}

/** A delivery record with its explanation: the `ndr diagnose --json` record. */
export interface DiagnosedRecord extends DeliveryRecord {
  readonly explanation: RecordExplanation;
}

/** What `diagnoseBounce` returns: `ndr diagnose --json`. */
export interface BounceDiagnosis {
  readonly records: DiagnosedRecord[];
  /** Header analysis of the original message, when the report carries its headers. */
  readonly headers?: HeaderAnalysis;
  readonly warnings: string[];
}

export type {
  ComposeNdrOptions,
  NdrRecipient,
  NdrAction,
  NdrLocale,
  NdrReturnContent,
  NdrDateInput,
  NdrExplanation,
  NdrSmtpCommand,
} from './compose/types.js';
// ---------------------------------------------------------------------------------------------
// Header analysis (`analyzeHeaders`, `ndr headers --json`).
// ---------------------------------------------------------------------------------------------

/** Where the analysed header block was found in the input. */
export type HeaderSource =
  | 'header-block' // the input was a header block (or a whole message: the body was ignored)
  | 'ndr-original-headers' // the "Original message headers" section of a pasted or raw NDR
  | 'rfc822-part'; // the message/rfc822 or text/rfc822-headers part of a bounce

/** One header field, unfolded, in input order (index 0 is the topmost field). */
export interface HeaderField {
  readonly index: number;
  /** The field name as written. */
  readonly name: string;
  /** The unfolded value, as written (encoded words left as they are). */
  readonly value: string;
  /** The value with RFC 2047 encoded words decoded. */
  readonly decoded: string;
  /** 1-based line of the field's first line in the analysed block. */
  readonly line: number;
}

/** Subject, ids and dates of the message, as a reader sees them first. */
export interface HeaderSummary {
  readonly subject: string;
  readonly messageId: string;
  readonly from: string;
  readonly to: string;
  readonly cc: string;
  readonly replyTo: string;
  readonly sender: string;
  readonly returnPath: string;
  /** The Date header as written. */
  readonly date: string;
  /** The Date header as ISO 8601 (UTC), or "" when missing or unreadable. */
  readonly dateIso: string;
  /** Seconds from the Date header to the last (topmost) dated Received hop, or null. */
  readonly deliveredAfterSeconds: number | null;
  /** Where the header block came from. */
  readonly source: HeaderSource;
  /** Number of header fields read. */
  readonly fieldCount: number;
}

/** The shape a Received line was written in (the odd forms have their own value). */
export type ReceivedForm =
  | 'standard' // RFC 5321 clauses and a date after the last ";"
  | 'qmail-invoked' // qmail's "(qmail 123 invoked by uid 89)" / "invoked from network"
  | 'postfix-local' // Postfix's "by host (Postfix, from userid 0)" local submission
  | 'sendgrid' // SendGrid's "by filter... with SMTP id ..." and a Go-style date with no ";"
  | 'microsoft' // Exchange / Exchange Online ("with Microsoft SMTP Server", "mapi id")
  | 'google' // Google ("by mx.google.com with ESMTPS id ... for <..>")
  | 'no-date' // clauses but no readable date
  | 'unparsed'; // nothing recognisable

/** One Received hop. Hop 1 is the bottom-most Received field (the first server the message met). */
export interface ReceivedHop {
  /** 1-based hop number, counting from the bottom. */
  readonly hop: number;
  /** Index of the Received field in the header block. */
  readonly fieldIndex: number;
  readonly from: string;
  readonly by: string;
  readonly with: string;
  readonly id: string;
  readonly for: string;
  readonly via: string;
  /** The date part as written. */
  readonly dateText: string;
  /** ISO 8601 (UTC) date, or "" when missing or unreadable. */
  readonly date: string;
  /**
   * Seconds since the previous dated hop (for the first dated hop: since the Date header), or
   * null when either date is missing. Negative means clock skew: kept as it is, never reordered.
   */
  readonly delaySeconds: number | null;
  /** True when the delay is negative (one of the two clocks is wrong). */
  readonly clockSkew: boolean;
  /** Provider recognised from the host names of this hop, or "". */
  readonly provider: string;
  /** IP address of the connecting host as the receiver recorded it, or "". */
  readonly fromIp: string;
  readonly form: ReceivedForm;
  /** Notes on this hop (date without a zone, two-digit year, ...). */
  readonly notes: readonly string[];
  readonly raw: string;
}

/** One method result inside an Authentication-Results field. */
export interface AuthMethodResult {
  /** `spf`, `dkim`, `dmarc`, `arc`, `compauth`, `iprev`, `auth`, `sender-id`, `domainkeys`, ... */
  readonly method: string;
  /** Lower-cased result: `pass`, `fail`, `softfail`, `neutral`, `none`, `temperror`, ... */
  readonly result: string;
  /** `reason=` value (Microsoft's compauth reason code goes here too), or "". */
  readonly reason: string;
  /** The comments in parentheses, joined with "; ". */
  readonly comment: string;
  /** Properties such as `smtp.mailfrom`, `header.from`, `header.d`, `action`, `policy.iprev`. */
  readonly props: Readonly<Record<string, string>>;
}

/** One Authentication-Results, ARC-Authentication-Results or -Original field, parsed. */
export interface AuthResultsRecord {
  readonly header: string;
  readonly fieldIndex: number;
  /** The authserv-id, or "" when the field has none (Microsoft). */
  readonly authservId: string;
  /** ARC instance (`i=`), or null. */
  readonly instance: number | null;
  readonly results: readonly AuthMethodResult[];
  /** Bare words between results (Microsoft writes stray domains there), kept as written. */
  readonly strays: readonly string[];
  /** True when stamped by the final receiving organisation; false: an upstream claim. */
  readonly trusted: boolean;
  readonly raw: string;
}

/** The SPF verdict the analysis relies on. */
export interface SpfVerdict {
  readonly result: string;
  /** Which identity was checked: `mailfrom`, `helo` or "" when not said. */
  readonly identity: 'mailfrom' | 'helo' | '';
  /** The checked domain (from an address, the part after "@"). */
  readonly domain: string;
  readonly clientIp: string;
  readonly comment: string;
  /** `Authentication-Results` or `Received-SPF`. */
  readonly from: string;
}

/** One DKIM verdict (one per signature). */
export interface DkimVerdict {
  readonly result: string;
  /** Signing domain (`header.d`, or the domain of `header.i`). */
  readonly domain: string;
  readonly selector: string;
  readonly comment: string;
  readonly reason: string;
}

/** The DMARC verdict and what the receiver did about it. */
export interface DmarcVerdict {
  readonly result: string;
  readonly headerFrom: string;
  /** The published policy when the receiver wrote it (Google's `p=`), upper-cased, or "". */
  readonly policy: string;
  /** Google's `dis=` or Microsoft's `action=` as written, or "". */
  readonly action: string;
  /** What happened to the message, in plain words ("rejected", "quarantined", "none", ...). */
  readonly disposition: string;
  /** The meaning of `action` in the project's words, or "". */
  readonly actionMeaning: string;
  readonly comment: string;
}

/** ARC as recorded: the receiver's `arc=` result and the chain's seals. */
export interface ArcVerdict {
  /** `arc=` in the trusted results, or "" when not recorded. */
  readonly result: string;
  /** `cv=` of each ARC-Seal, by instance, lowest first. */
  readonly seals: readonly { readonly instance: number; readonly cv: string; readonly domain: string }[];
}

/** Microsoft's composite authentication verdict. */
export interface CompauthVerdict {
  readonly result: string;
  readonly reason: string;
  readonly meaning: string;
}

/** Which field the trusted verdicts come from. */
export interface TrustedSource {
  readonly header: string;
  readonly fieldIndex: number;
  /** "" for Microsoft's form with no authserv-id. */
  readonly authservId: string;
}

/** Authentication as recorded in the headers. */
export interface HeaderAuth {
  readonly spf: SpfVerdict | null;
  /** The HELO SPF result when the receiver recorded it separately. */
  readonly spfHelo: SpfVerdict | null;
  readonly dkim: readonly DkimVerdict[];
  readonly dmarc: DmarcVerdict | null;
  readonly arc: ArcVerdict | null;
  readonly compauth: CompauthVerdict | null;
  /** The trusted field, or null when the headers hold no Authentication-Results. */
  readonly trustedFrom: TrustedSource | null;
  /** Every Authentication-Results-like field, trusted or not, in header order. */
  readonly records: readonly AuthResultsRecord[];
  /** DKIM-Signature fields: d=, s= and the other short tags. */
  readonly signatures: readonly DkimSignatureInfo[];
}

/** The short tags of one DKIM-Signature field. */
export interface DkimSignatureInfo {
  readonly fieldIndex: number;
  readonly domain: string;
  readonly selector: string;
  readonly algorithm: string;
  /** `l=` body length limit, or null when absent. */
  readonly bodyLength: number | null;
  /** `h=` signed header names, lower-cased. */
  readonly signedHeaders: readonly string[];
}

/** How one domain compares with the From domain. */
export interface DomainAlignment {
  readonly domain: string;
  /** Organisational domain from the Public Suffix List (private section included), or "". */
  readonly orgDomain: string;
  /** Relaxed alignment: same organisational domain. */
  readonly relaxed: boolean;
  /** Strict alignment: identical names. */
  readonly strict: boolean;
}

/** RFC 5321 MailFrom (P1) and DKIM d= domains against the RFC 5322 From domain (P2). */
export interface HeaderAlignment {
  /** MailFrom domain, "" when unknown, "<>" for a null reverse-path. */
  readonly mailFrom: string;
  /** Where the MailFrom domain was read (`smtp.mailfrom`, `Return-Path`, `Received-SPF`). */
  readonly mailFromSource: string;
  /** From domain, or "". */
  readonly from: string;
  /** `From` (the field), `header.from` (the receiver's DMARC record, when the field is missing) or "". */
  readonly fromSource: 'From' | 'header.from' | '';
  readonly fromOrgDomain: string;
  readonly sender: string;
  readonly dkimDomains: readonly string[];
  /** MailFrom aligned with From (relaxed), or null when either is unknown. */
  readonly spfAligned: boolean | null;
  /** Some DKIM domain aligned with From (relaxed), or null when there is none. */
  readonly dkimAligned: boolean | null;
  /** Always `relaxed`: the DMARC record's aspf/adkim are in DNS, not in the headers. */
  readonly mode: 'relaxed';
  readonly details: readonly DomainAlignment[];
  /** How the mode and the organisational domains were decided, in plain words. */
  readonly note: string;
}

/** One field of a Microsoft anti-spam header, with its meaning. */
export interface AntispamField {
  readonly key: string;
  readonly value: string;
  /** The meaning in plain words, or "" when the field or value is not known. */
  readonly meaning: string;
  /** False for fields Microsoft does not document (listed, never dropped). */
  readonly known: boolean;
}

/** One Microsoft anti-spam header, split into fields. */
export interface AntispamHeader {
  readonly header: string;
  readonly fieldIndex: number;
  readonly fields: readonly AntispamField[];
  readonly raw: string;
}

/** Microsoft anti-spam stamps. */
export interface HeaderAntispam {
  readonly headers: readonly AntispamHeader[];
  /** Short verdict lines drawn from the stamps (SCL, SFV, BCL, CAT, dest), in plain words. */
  readonly verdicts: readonly string[];
}

/** Severity of a header finding. */
export type FindingSeverity = 'error' | 'warning' | 'info';

/** Finding ids of the header analysis. */
export type HeaderFindingId =
  | 'spf-none'
  | 'spf-fail'
  | 'spf-softfail'
  | 'spf-neutral'
  | 'spf-error'
  | 'spf-not-aligned'
  | 'dkim-none'
  | 'dkim-body-hash'
  | 'dkim-signature'
  | 'dkim-key'
  | 'dkim-not-aligned'
  | 'dkim-partial-body'
  | 'dmarc-fail'
  | 'dmarc-none'
  | 'dmarc-not-applied'
  | 'forwarding-broke-spf'
  | 'mailing-list-broke-dkim'
  | 'arc-rescued'
  | 'alignment-mismatch'
  | 'intra-org-spoof'
  | 'from-invalid'
  | 'clock-skew'
  | 'slow-hop'
  | 'spam-verdict';

/** One situation the headers show, with who must act and what to do. */
export interface HeaderFinding {
  readonly id: HeaderFindingId;
  readonly severity: FindingSeverity;
  readonly title: string;
  readonly detail: string;
  readonly owner: Owner;
  readonly fix: string;
  /** The header lines that show it. */
  readonly evidence: readonly Evidence[];
}

/** What `analyzeHeaders` returns. The `ndr headers --json` contract. */
export interface HeaderAnalysis {
  readonly summary: HeaderSummary;
  /** Received hops, first hop (bottom-most field) first. */
  readonly hops: readonly ReceivedHop[];
  /** Seconds from the first to the last dated hop, or null. */
  readonly totalDelaySeconds: number | null;
  readonly auth: HeaderAuth;
  readonly alignment: HeaderAlignment;
  readonly antispam: HeaderAntispam;
  readonly findings: readonly HeaderFinding[];
  readonly warnings: readonly string[];
  /** Every header field, in order. Omitted when `includeFields` is false. */
  readonly fields?: readonly HeaderField[];
}
