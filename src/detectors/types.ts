/**
 * The detector interface. A detector recognises the bounce format of one mail system and reads
 * one {@link RecipientReport} per recipient from it. Detectors are independent: none knows about
 * another; the order they are tried in is data (see `order.ts`).
 *
 * Contract (checked for every detector by test/detectors/contract.test.ts):
 * - return `null` when the message is not in your format ("not mine"); never throw;
 * - return a {@link Detection} with at least one recipient when it is ("mine");
 *   a message that is yours but unreadable is still yours: return what you could read, with
 *   `warnings`, and recipients with `recipient: null` if the address is lost;
 * - be deterministic and free of module-level mutable state;
 * - CRLF, LF and CR versions of a message give the same result (the MIME layer normalises
 *   line ends to "\n"; do not look for "\r");
 * - record evidence: which header or body line told you each fact.
 */
import type { ParsedMessage } from '../mime/types.js';
import type { Evidence } from '../types.js';
import type { ReasonId, RecordKind } from '../kb/reasons.js';

/**
 * What a detector reads for one recipient, before classification. Leave a field out when the
 * report does not say; the pipeline fills status and reply code from `diagnosticCode` when absent.
 */
export interface RecipientReport {
  /** The recipient address, or null when the report does not name it. */
  recipient: string | null;
  /** RFC 3464 Action: failed, delayed, delivered, relayed, expanded. Defaults to failed. */
  action?: string;
  /** Enhanced status code as written (normalised later). */
  status?: string;
  /** Basic SMTP reply code. */
  replyCode?: string;
  /** The server's words, as close to verbatim as the report allows (one line, spaces squeezed). */
  diagnosticCode?: string;
  /**
   * The type of the Diagnostic-Code (RFC 3464: `smtp`, `x-unix` for a local program's output,
   * `x-postfix`, ...), lower case, when the report states one.
   */
  diagnosticType?: string;
  /** The server that refused the message (host name or IP). */
  remoteMta?: string;
  /** The server that wrote the report. Falls back to the detection's `reportingMta`. */
  reportingMta?: string;
  /** The SMTP command that failed: CONN, EHLO, HELO, MAIL, RCPT, DATA, QUIT, STARTTLS. */
  command?: string;
  /** Date of the failure as written (any RFC 5322 form) or ISO 8601. */
  date?: string;
  /**
   * A reason, only when the format itself states it (ARF feedback, an auto-reply, a provider's
   * own category). Otherwise leave it out: classification decides from status, code and text.
   */
  reason?: ReasonId;
  /**
   * A reason the report states in a field of its own for readers that know it (ndrkit's
   * `X-Ndrkit-Reason`, written by `composeNdr`). Unlike `reason` it does not replace
   * classification: the record keeps what the standard fields give (knowledge-base entry, owner)
   * when that agrees, and takes this reason when it does not.
   */
  statedReason?: ReasonId;
  /** Record kind when it is not implied by `action` (feedback, auto-reply). */
  kind?: RecordKind;
  /** ARF feedback type. */
  feedbackType?: string;
  /** Where each fact came from. */
  evidence?: Evidence[];
}

/** A detector's answer for a message that is in its format. */
export interface Detection {
  readonly recipients: readonly RecipientReport[];
  /** The server that wrote the report, for every recipient that does not name its own. */
  readonly reportingMta?: string;
  /**
   * The bounced message's header block when the detector found it in the body text (the
   * pipeline already reads message/rfc822 and text/rfc822-headers parts itself).
   */
  readonly originalHeaders?: string;
  readonly warnings?: readonly string[];
}

/**
 * What a message must show for a detector to possibly claim it, as data. The message can be in
 * the detector's format only when at least one of these is present; the pipeline checks the
 * markers of every detector in one place (one read of the fields and the body's head per message,
 * see `markers.ts`) and does not call a detector none of whose markers is there. Markers repeat
 * the detector's own first test (the same constants), never a stricter one: a detector called
 * directly still rejects foreign mail itself.
 */
export interface DetectorMarkers {
  /** Plain strings, one of which is in the first 8 KiB of `flatText` (as `hasMarker` finds it). */
  readonly body?: readonly string[];
  /** A header field whose first value passes the test (`from`, `subject`, `content-type`). */
  readonly headers?: readonly { readonly name: string; readonly test: RegExp }[];
  /** Header fields whose mere presence is enough. */
  readonly present?: readonly string[];
  /** Content types of which one leaf part is enough (`message/delivery-status`). */
  readonly parts?: readonly string[];
}

/** One detector. */
export interface Detector {
  /** Stable id, kebab-case, the file's name: `postfix`, `exchange-2007`, `amazon-ses`. */
  readonly id: string;
  /** One line: which mail system's reports it reads. */
  readonly description: string;
  /**
   * Reads the message. Returns null when the message is not in this detector's format. Must be
   * cheap to reject: check a header or a marker line first.
   */
  detect(message: ParsedMessage): Detection | null;
  /**
   * Optional: what the message must show for {@link detect} to possibly claim it (a necessary
   * condition, never more). Left out, the detector is always called.
   */
  readonly markers?: DetectorMarkers;
}
