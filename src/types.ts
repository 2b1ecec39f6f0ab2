/**
 * Public result types of ndrkit, in one place. These shapes are the JSON contracts of the CLI's
 * `--json` / `--jsonl` output and of the HTTP API: extend them, never rename a field.
 */
import type { KbFix, KbSource } from './kb/types.js';
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

/** One knowledge-base entry that explains the input, with its rank. */
export interface ExplainMatch {
  readonly id: string;
  readonly source: KbSource;
  readonly codes: readonly string[];
  readonly replies: readonly string[];
  readonly title: string;
  readonly cause: string;
  readonly fix: KbFix;
  readonly owner: Owner;
  readonly permanent: boolean;
  readonly reason: ReasonId;
  readonly references: readonly string[];
  /** Higher is better; matches are sorted by it, best first. */
  readonly score: number;
}

/** What `explain` returns. `matches` is never empty for input that holds a code. */
export interface ExplainResult {
  readonly input: string;
  readonly codes: readonly FoundCode[];
  readonly matches: readonly ExplainMatch[];
  readonly warnings: readonly string[];
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
  readonly recipient: string | null;
  readonly kind: RecordKind;
  /** RFC 3464 Action (`failed`, `delayed`, `delivered`, `relayed`, `expanded`) or "". */
  readonly action: string;
  /** Enhanced status code or "". */
  readonly status: string;
  /** Basic reply code or "". */
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
  readonly headers?: unknown;
  readonly warnings: string[];
}
