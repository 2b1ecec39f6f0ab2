/**
 * Records for the addresses a bounce names in its X-Failed-Recipients header (Exim's header, also
 * written by Gmail and Google Groups): one failed record per address, with the header quoted as
 * evidence. Shared by the detectors that fall back on the header. Pure functions.
 */
import { findAddresses } from '../dsn/address.js';
import { findCommand } from '../dsn/smtp-command.js';
import type { ParsedMessage } from '../mime/types.js';
import type { ReasonId } from '../kb/reasons.js';
import type { Evidence } from '../types.js';
import { evidence } from './evidence.js';
import type { RecipientReport } from './types.js';

/** What {@link failedRecipientRecords} adds to every record besides the address. */
export interface FailedRecipientFields {
  /** The diagnostic for one address (the same text for all, or read near the address). */
  readonly diagnostic: (address: string) => string;
  /** A reason only when the format itself states it. */
  readonly reason?: ReasonId;
  /** Evidence quoted after the header's. */
  readonly evidence?: readonly Evidence[];
}

/**
 * One failed record per address in X-Failed-Recipients, or null when the header is absent or
 * names no address. The failed command is read from each diagnostic.
 * @example failedRecipientRecords(message, { diagnostic: () => '550 5.1.1 no such user' })?.[0]?.recipient
 */
export function failedRecipientRecords(message: ParsedMessage, fields: FailedRecipientFields): RecipientReport[] | null {
  const values = message.headers.getAll('x-failed-recipients');
  if (values.length === 0) return null;
  const addrs = findAddresses(values.join(','));
  if (addrs.length === 0) return null;
  const quoted = values.join(', ');
  return addrs.map((a) => {
    const diag = fields.diagnostic(a);
    const record: RecipientReport = { recipient: a, action: 'failed', diagnosticCode: diag, command: findCommand(diag), evidence: [evidence('header:X-Failed-Recipients', quoted), ...(fields.evidence ?? [])] };
    if (fields.reason !== undefined) record.reason = fields.reason;
    return record;
  });
}
