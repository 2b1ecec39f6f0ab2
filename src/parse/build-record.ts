/**
 * Turns a detector's {@link RecipientReport} into a full {@link DeliveryRecord}: normalises codes,
 * fills status and reply code from the diagnostic text, picks the kind from the action, and runs
 * classification.
 */
import { classifyRecord } from '../classify/classify-record.js';
import { isHardBounce } from '../classify/hardness.js';
import { DEFAULT_OWNER } from '../classify/owner.js';
import type { Classification } from '../classify/types.js';
import { toIsoDate } from '../dsn/date.js';
import { joinFlattenedReply } from '../dsn/reply-text.js';
import { findCommand } from '../dsn/smtp-command.js';
import { findStatus } from '../dsn/status-code.js';
import type { RecipientReport } from '../detectors/types.js';
import type { RecordKind } from '../kb/reasons.js';
import type { DeliveryRecord, Evidence, OriginalMessage } from '../types.js';

/** What the pipeline knows about the report as a whole. */
export interface RecordContext {
  readonly file: string;
  readonly detector: string;
  readonly reportingMta: string;
  /** The report's own date (ISO 8601 or ""), for records without one; read only when needed. */
  readonly reportDate: () => string;
  readonly original: OriginalMessage;
}

function kindOf(action: string, r: RecipientReport): RecordKind {
  if (r.kind) return r.kind;
  if (action === 'delayed') return 'delay';
  if (action === 'delivered' || action === 'relayed' || action === 'expanded') return 'delivered';
  return 'bounce';
}

/** RFC 3464 actions that report a successful hand-over. */
const SUCCESS_ACTIONS: ReadonlySet<string> = new Set(['delivered', 'relayed', 'expanded']);

function normalizeAction(a: string): string {
  const x = a.toLowerCase().trim();
  if (x === 'failure' || x === 'fail') return 'failed';
  // Postfix's address-verification reports (sendmail -bv) say whether the address would take
  // mail: "deliverable" is a success, "undeliverable" a failure.
  if (x === 'deliverable') return 'delivered';
  if (x === 'undeliverable') return 'failed';
  if (x === 'delay' || x === 'deferred') return 'delayed';
  return x;
}

/**
 * Basic reply codes a server can give for a failure or delay (RFC 5321 and its extensions). A
 * three-digit number outside this list ("542 Rejected") is not taken as a reply code.
 */
const FAILURE_REPLY_CODES: ReadonlySet<string> = new Set([
  '421', '422', '430', '432', '450', '451', '452', '454', '455', '458', '459',
  '500', '501', '502', '503', '504', '521', '523', '524', '525', '530', '533', '534', '535', '538',
  '550', '551', '552', '553', '554', '555', '556',
]);

/**
 * Basic reply codes that accept a message for delivery (RFC 5321 section 4.2.2): the answer a
 * success notice (delivered, relayed, expanded) reports. Greetings and closings (220, 221) are not.
 */
const SUCCESS_REPLY_CODES: ReadonlySet<string> = new Set(['250', '251']);

/**
 * The reply code of a record: the detector's, else the first reply code in the server's words
 * that fits the outcome: a failure code for a failure or delay, a success code (250, 251) for a
 * success notice (a "220" greeting quoted before the real reply is skipped).
 */
function replyCodeFrom(r: RecipientReport, diag: string, success: boolean): string {
  if (/^[245]\d\d$/.test(r.replyCode ?? '')) return r.replyCode as string;
  const codes = success ? SUCCESS_REPLY_CODES : FAILURE_REPLY_CODES;
  const re = /(?:^|[^0-9A-Za-z.#:/=-])([245][0-9][0-9])(?=[ -]|$)/g;
  const text = diag.length > 4096 ? diag.slice(0, 4096) : diag;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const c = m[1] as string;
    if (codes.has(c)) return c;
  }
  return '';
}

/**
 * The status of a record. The report's Status field is preferred, except where the server's own
 * words carry a code that fits the reply better: a generic Status (5.0.0, 4.0.0) yields to a
 * specific code of the same class in the text, and a Status whose class contradicts the reply
 * code yields to a code in the text that agrees with it.
 */
function statusFrom(r: RecipientReport, diag: string, replyCode: string): string {
  const given = findStatus(r.status ?? '');
  const inText = findStatus(diag);
  if (given !== '' && inText !== '' && inText !== given) {
    if (/^[45]\.0\.0$/.test(given) && inText.charAt(0) === given.charAt(0)) return inText;
    if (replyCode !== '' && given.charAt(0) !== replyCode.charAt(0) && inText.charAt(0) === replyCode.charAt(0)) return inText;
  }
  if (given !== '') return given;
  if (inText !== '' && (replyCode === '' || replyCode.charAt(0) === inText.charAt(0))) return inText;
  return '';
}

/**
 * Applies a reason the report states in its own field (`X-Ndrkit-Reason`): when classification of
 * the standard fields agrees, its result stands (knowledge-base entry, owner); when it does not,
 * the stated reason wins, as a reason a detector read from the report would. Successes, feedback
 * and auto-replies keep their kind's reason.
 */
function withStatedReason(c: Classification, r: RecipientReport, status: string, replyCode: string, kind: RecordKind): Classification {
  const stated = r.statedReason;
  if (stated === undefined || stated === c.reason || r.reason !== undefined || (kind !== 'bounce' && kind !== 'delay')) return c;
  return { reason: stated, hardBounce: isHardBounce(stated, status, replyCode), owner: DEFAULT_OWNER[stated], kbId: null, decidedBy: 'report:x-ndrkit-reason' };
}

/** Builds one delivery record. */
export function buildRecord(r: RecipientReport, ctx: RecordContext): DeliveryRecord {
  // the server's words, with a flattened multi-line reply's repeated line prefixes dropped
  const diag = joinFlattenedReply(r.diagnosticCode ?? '');
  const action = r.action === undefined ? 'failed' : normalizeAction(r.action);
  const rawReply = replyCodeFrom(r, diag, SUCCESS_ACTIONS.has(action));
  const status = statusFrom(r, diag, rawReply);
  // A reply code whose class contradicts the status is not this recipient's answer (a 5xx quoted
  // in a 4.x.x delay, or the other way round).
  const replyCode = status !== '' && rawReply !== '' && status.charAt(0) !== rawReply.charAt(0) ? '' : rawReply;
  const command = r.command || findCommand(diag);
  const remoteMta = (r.remoteMta ?? '').toLowerCase();
  const reportingMta = (r.reportingMta || ctx.reportingMta).toLowerCase();
  const kind = kindOf(action, r);
  const classified = classifyRecord({
    status,
    replyCode,
    text: diag,
    remoteMta,
    reportingMta,
    command,
    action,
    detector: ctx.detector,
    ...(r.diagnosticType ? { diagnosticType: r.diagnosticType } : {}),
    ...(r.recipient ? { recipient: r.recipient } : {}),
    ...(r.reason ? { detectorReason: r.reason } : {}),
  });
  const c = withStatedReason(classified, r, status, replyCode, kind);
  const evidence: Evidence[] = [...(r.evidence ?? []), { where: 'classification', text: c.decidedBy }];
  const rec: DeliveryRecord = {
    file: ctx.file,
    recipient: r.recipient,
    kind,
    action,
    status,
    replyCode,
    diagnosticCode: diag,
    reason: c.reason,
    hardBounce: kind === 'bounce' ? c.hardBounce : false,
    owner: c.owner,
    remoteMta,
    reportingMta,
    command,
    date: toIsoDate(r.date ?? '') || ctx.reportDate(),
    detector: ctx.detector,
    original: ctx.original,
    kbId: c.kbId,
    ...(r.feedbackType !== undefined ? { feedbackType: r.feedbackType } : {}),
    evidence,
  };
  return rec;
}
