/**
 * Turns a detector's {@link RecipientReport} into a full {@link DeliveryRecord}: normalises codes,
 * fills status and reply code from the diagnostic text, picks the kind from the action, and runs
 * classification.
 */
import { classifyRecord } from '../classify/classify-record.js';
import { toIsoDate } from '../dsn/date.js';
import { findCommand } from '../dsn/smtp-command.js';
import { findReplyCode, findStatus } from '../dsn/status-code.js';
import type { RecipientReport } from '../detectors/types.js';
import type { RecordKind } from '../kb/reasons.js';
import type { DeliveryRecord, Evidence, OriginalMessage } from '../types.js';

/** What the pipeline knows about the report as a whole. */
export interface RecordContext {
  readonly file: string;
  readonly detector: string;
  readonly reportingMta: string;
  readonly reportDate: string;
  readonly original: OriginalMessage;
}

function kindOf(action: string, r: RecipientReport): RecordKind {
  if (r.kind) return r.kind;
  if (action === 'delayed') return 'delay';
  if (action === 'delivered' || action === 'relayed' || action === 'expanded') return 'delivered';
  return 'bounce';
}

function normalizeAction(a: string): string {
  const x = a.toLowerCase().trim();
  if (x === 'failure' || x === 'fail') return 'failed';
  if (x === 'delay' || x === 'deferred') return 'delayed';
  return x;
}

/** A status in the text that agrees in class with the reply code (or any, when there is none). */
function statusFrom(r: RecipientReport, diag: string, replyCode: string): string {
  const given = findStatus(r.status ?? '');
  const inText = findStatus(diag);
  // A DSN's generic Status (5.0.0, 4.0.0) yields to a specific code in the server's words.
  if (given !== '' && inText !== '' && /^[45]\.0\.0$/.test(given) && inText.charAt(0) === given.charAt(0)) return inText;
  if (given !== '') return given;
  if (inText !== '' && (replyCode === '' || replyCode.charAt(0) === inText.charAt(0))) return inText;
  return '';
}

/** Builds one delivery record. */
export function buildRecord(r: RecipientReport, ctx: RecordContext): DeliveryRecord {
  const diag = r.diagnosticCode ?? '';
  const replyCode = /^[245]\d\d$/.test(r.replyCode ?? '') ? (r.replyCode as string) : findReplyCode(diag);
  const status = statusFrom(r, diag, replyCode);
  const action = r.action === undefined ? 'failed' : normalizeAction(r.action);
  const command = r.command || findCommand(diag);
  const remoteMta = (r.remoteMta ?? '').toLowerCase();
  const reportingMta = (r.reportingMta || ctx.reportingMta).toLowerCase();
  const kind = kindOf(action, r);
  const c = classifyRecord({
    status,
    replyCode,
    text: diag,
    remoteMta,
    reportingMta,
    command,
    action,
    detector: ctx.detector,
    ...(r.recipient ? { recipient: r.recipient } : {}),
    ...(r.reason ? { detectorReason: r.reason } : {}),
  });
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
    date: toIsoDate(r.date ?? '') || ctx.reportDate,
    detector: ctx.detector,
    original: ctx.original,
    kbId: c.kbId,
    ...(r.feedbackType !== undefined ? { feedbackType: r.feedbackType } : {}),
    evidence,
  };
  return rec;
}
