/**
 * From a parsed delivery record (what `parseBounce` returns) to the recipient entry of a report,
 * so a bounce in any format can be re-issued as a standard NDR.
 */
import type { DeliveryRecord } from '../types.js';
import type { NdrAction, NdrRecipient, NdrSmtpCommand } from './types.js';

const COMMANDS: ReadonlySet<string> = new Set(['CONN', 'HELO', 'EHLO', 'STARTTLS', 'AUTH', 'MAIL', 'RCPT', 'DATA', 'QUIT']);

/**
 * The `composeNdr` recipient entry for a delivery record, or null for records that are not about a
 * delivery (ARF complaints, auto-replies) or have no recipient.
 *
 * @example
 * const { records } = await parseBounce(raw);
 * const recipients = records.map(ndrRecipientFromRecord).filter((r) => r !== null);
 * composeNdr({ reportingMta: 'mx1.example.org', originalHeaders, recipients });
 */
export function ndrRecipientFromRecord(record: DeliveryRecord): NdrRecipient | null {
  if (record.recipient === null || record.recipient === '') return null;
  let action: NdrAction;
  if (record.action === 'failed' || record.action === 'delayed' || record.action === 'delivered' || record.action === 'relayed' || record.action === 'expanded') {
    action = record.action;
  } else if (record.kind === 'bounce') action = 'failed';
  else if (record.kind === 'delay') action = 'delayed';
  else if (record.kind === 'delivered') action = 'delivered';
  else return null;
  const date = record.date !== '' && !Number.isNaN(new Date(record.date).getTime()) ? record.date : '';
  return {
    recipient: record.recipient,
    action,
    ...(record.status !== '' ? { status: record.status } : {}),
    ...(record.replyCode !== '' ? { replyCode: record.replyCode } : {}),
    ...(record.diagnosticCode !== '' ? { diagnosticCode: record.diagnosticCode } : {}),
    ...(record.remoteMta !== '' ? { remoteMta: record.remoteMta } : {}),
    ...(COMMANDS.has(record.command) ? { command: record.command as NdrSmtpCommand } : {}),
    ...(date !== '' && action !== 'delivered' ? { lastAttemptDate: date } : {}),
    reason: record.reason,
  };
}
