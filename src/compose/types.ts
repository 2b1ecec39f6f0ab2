/**
 * Option types of `composeNdr`: what a caller tells the composer about a delivery attempt.
 * Dates may be `Date` objects or ISO 8601 strings (the CLI's JSON carries strings).
 */
import type { ExplainMatch } from '../types.js';
import type { ReasonId } from '../kb/reasons.js';

/** RFC 3464 Action values a composed report can carry. */
export type NdrAction = 'failed' | 'delayed' | 'delivered' | 'relayed' | 'expanded';

/** SMTP commands (and `CONN`, the connection greeting) a reply can answer. */
export type NdrSmtpCommand = 'CONN' | 'HELO' | 'EHLO' | 'STARTTLS' | 'AUTH' | 'MAIL' | 'RCPT' | 'DATA' | 'QUIT';

/** Languages of the human-readable part. */
export type NdrLocale = 'en' | 'de' | 'fr' | 'es' | 'ja';

/** How much of the original message to return (as RFC 3461's RET parameter). */
export type NdrReturnContent = 'headers' | 'full';

/** A date given to the composer: a `Date` or an ISO 8601 / RFC 5322 string. */
export type NdrDateInput = Date | string;

/**
 * The explanation shown to people for one recipient: the shape of a knowledge-base match.
 * Any subset may be given; missing parts fall back to the knowledge base and then to the
 * meaning of the status code's class and subject.
 */
export type NdrExplanation = Partial<Pick<ExplainMatch, 'id' | 'title' | 'cause' | 'fix' | 'owner' | 'reason' | 'references' | 'permanent'>>;

/** One recipient of the report (one per-recipient block of RFC 3464). */
export interface NdrRecipient {
  /** The address the report is about (Final-Recipient). Required. */
  readonly recipient: string;
  /** The address as the sender originally gave it (Original-Recipient, from ORCPT), if different. */
  readonly originalRecipient?: string;
  /** What happened to this recipient. Required. */
  readonly action: NdrAction;
  /**
   * Enhanced status code (RFC 3463), e.g. `5.1.1`; its class must fit the action. When absent, the
   * class's undefined code is written (`5.0.0`, `4.0.0`, `2.0.0`; the class from `replyCode` when it
   * fits the action), since RFC 3464 requires a Status field.
   */
  readonly status?: string;
  /** Basic SMTP reply code (RFC 5321), e.g. `550`. Optional; taken from `diagnosticCode` if absent. */
  readonly replyCode?: string;
  /**
   * The remote server's own words, with or without a diagnostic type (`smtp; 550 5.1.1 No such
   * user`). A multi-line SMTP reply is allowed: its lines are joined with a space.
   */
  readonly diagnosticCode?: string;
  /**
   * The SMTP command the reply answered: `CONN` (the greeting), `HELO`, `EHLO`, `STARTTLS`, `AUTH`,
   * `MAIL`, `RCPT`, `DATA` or `QUIT`. RFC 3464 has no field for it, so it is added to the
   * Diagnostic-Code in Postfix's words (`(in reply to RCPT TO command)`), where parsers look for it:
   * "user unknown" answering RCPT TO means the address does not exist, answering DATA it is a filter.
   */
  readonly command?: NdrSmtpCommand;
  /** Host name (or address literal) of the server that refused or accepted the message. */
  readonly remoteMta?: string;
  /** When the last delivery attempt was made. */
  readonly lastAttemptDate?: NdrDateInput;
  /** For `delayed`: until when the reporting server keeps trying. */
  readonly willRetryUntil?: NdrDateInput;
  /**
   * The bounce reason id, if the caller knows it. The human part uses it when the knowledge base
   * has no entry; for a failure or delay it is also written to the delivery-status part as the
   * extension field `X-Ndrkit-Reason: <id>` (RFC 3464 section 7), which ndrkit's parser takes as the
   * report's own statement of the reason and other readers ignore. `ndrRecipientFromRecord` always
   * sets it, so a re-issued record reads back with the reason its original report gave.
   */
  readonly reason?: ReasonId;
  /** An explanation to show instead of the knowledge base's (for custom policies). */
  readonly explanation?: NdrExplanation;
}

/**
 * Everything `composeNdr` needs. Only `reportingMta` and `recipients` are required; the original
 * message (or its headers) supplies the subject, the Message-ID to refer to, the address to send
 * the report to and the hops.
 */
export interface ComposeNdrOptions {
  /** Host name of the server that writes the report (Reporting-MTA). */
  readonly reportingMta: string;
  /** One entry per recipient the report is about. At least one. */
  readonly recipients: readonly NdrRecipient[];
  /** The original message, raw (a string, or bytes as received). */
  readonly originalMessage?: string | Uint8Array;
  /** Only the original message's header block, raw; used when `originalMessage` is absent. */
  readonly originalHeaders?: string | Uint8Array;
  /** When the reporting server received the original message (Arrival-Date). */
  readonly arrivalDate?: NdrDateInput;
  /** The envelope id given by the sender (RFC 3461 ENVID), echoed as Original-Envelope-Id. */
  readonly envelopeId?: string;
  /** The host the original came from (Received-From-MTA), e.g. `mail.example.com`. */
  readonly receivedFromMta?: string;
  /**
   * Who receives the report: the original's envelope sender. Defaults to the original's
   * Return-Path, then its From address. An original whose Return-Path is `<>` is itself a report
   * and is not reported on (RFC 5321 section 4.5.5): composing throws unless `to` is given.
   */
  readonly to?: string;
  /** The report's From header. Default: `Mail Delivery System <MAILER-DAEMON@reportingMta>`. */
  readonly from?: string;
  /** Subject override. Default: a localised "Undeliverable: <original subject>". */
  readonly subject?: string;
  /** Language of the human-readable part. Default `en`. */
  readonly locale?: NdrLocale;
  /** Return the full original or only its headers. Default `headers`. */
  readonly returnContent?: NdrReturnContent;
  /**
   * Most bytes of the original message to include. When the full original is larger, only its
   * headers are returned; when the headers are larger, they are cut at a line. Default 256 KiB.
   */
  readonly maxOriginalBytes?: number;
  /** Name of the organisation or service shown in the report. Default: `reportingMta`. */
  readonly serviceName?: string;
  /** Date of the report itself. Default: now. */
  readonly date?: NdrDateInput;
  /** Message-ID of the report (without angle brackets). Default: random at `reportingMta`. */
  readonly messageId?: string;
  /** Base of the MIME boundaries (for reproducible output). Default: random. */
  readonly boundary?: string;
}
