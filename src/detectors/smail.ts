/**
 * Smail 3 bounces ("mail failed, returning to sender"): the report is framed by bar lines, and
 * each failed address is one line, the address then " ... " then the reason:
 *
 *     |------------------------- Message log follows: -------------------------|
 *      no valid recipients were found for this message
 *     |------------------------- Failed addresses follow: ---------------------|
 *      user@example.com ... unknown host
 *     |------------------------- Message text follows: ------------------------|
 */
import { cleanAddress } from '../dsn/address.js';
import { findCommand } from '../dsn/smtp-command.js';
import type { ParsedMessage } from '../mime/types.js';
import { evidence, squeeze } from './evidence.js';
import { hasMarker, linesOf, MAX_SCAN } from './text-report.js';
import type { Detection, Detector, RecipientReport } from './types.js';

/** "|----- Failed addresses follow: -----|" and its siblings. */
const BAR = /^\|-{3,100} ?([A-Za-z ]{1,40}) follows?: ?-{3,100}\|$/;

/**
 * The Smail 3 detector: one record per line of the "Failed addresses" block.
 * @example smail.detect(parseMessage(bytes))?.recipients[0]?.diagnosticCode // 'unknown host'
 */
export const smail: Detector = {
  id: 'smail',
  description: 'Smail 3 bounces (|--- Failed addresses follow: ---| blocks)',
  markers: { body: ['Failed addresses follow:'] },
  detect(message: ParsedMessage): Detection | null {
    const body = message.flatText;
    if (!hasMarker(body, 'Failed addresses follow:')) return null;
    const lines = linesOf(body.slice(0, MAX_SCAN));
    const recipients: RecipientReport[] = [];
    let section = '';
    let log = '';
    for (const raw of lines) {
      const line = raw.trim();
      const bar = BAR.exec(line);
      if (bar) {
        section = (bar[1] as string).toLowerCase();
        if (section === 'message text') break;
        continue;
      }
      if (line === '') continue;
      if (section === 'message log' && log === '') log = squeeze(line);
      if (section !== 'failed addresses') continue;
      const sep = line.indexOf(' ... ');
      const address = cleanAddress(sep > 0 ? line.slice(0, sep) : line);
      if (address === '') continue;
      const reason = sep > 0 ? squeeze(line.slice(sep + 5)) : log;
      recipients.push({
        recipient: address,
        action: 'failed',
        diagnosticCode: reason,
        command: findCommand(reason),
        evidence: [evidence('body', line), ...(log !== '' ? [evidence('body', log)] : [])],
      });
    }
    return recipients.length > 0 ? { recipients } : null;
  },
};
