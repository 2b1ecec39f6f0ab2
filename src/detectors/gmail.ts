/**
 * Gmail's plain-text bounces (the classic format, no delivery-status part), from Google's
 * "Mail Delivery Subsystem":
 *
 *     Delivery to the following recipient failed permanently:      (or: "... has been delayed:")
 *          user@example.jp
 *     Technical details of permanent failure:
 *     Google tried to deliver your message, but it was rejected by the server for the recipient
 *     domain example.jp by mx.example.jp. [192.0.2.153].
 *     The error that the other server returned was:
 *     550 5.1.1 <user@example.jp>... User Unknown
 *     ----- Original message -----
 *
 * The remote server's reply (Gmail repeats its code: "554 554 5.7.0 ...") is the diagnostic;
 * without one, Gmail's own words are. Google Groups' bounces come from the same sender but have
 * their own detector.
 */
import { isAddress } from '../dsn/address.js';
import { findCommand } from '../dsn/smtp-command.js';
import type { ParsedMessage } from '../mime/types.js';
import type { Evidence } from '../types.js';
import { evidence, squeeze } from './evidence.js';
import { hasMarker, linesOf, reportText } from './text-report.js';
import type { Detection, Detector, RecipientReport } from './types.js';

const END_MARKERS = ['----- Original message -----', '----- Message header follows -----', '----- Message body suppressed -----'];
/** "Delivery to the following recipient(s) failed permanently:" / "... has been delayed:". */
const OPENING = /^Delivery to the following recipients? (failed permanently|has been delayed|failed)/;
const DETAILS = /^Technical details of (?:permanent|temporary) failure:/;
const SERVER_SAID = 'The error that the other server returned was:';
/** "... by mx.example.jp. [192.0.2.153]" in Google's sentence about the rejecting server. */
const REMOTE = /\bby ([A-Za-z0-9][A-Za-z0-9.-]{0,252})\.? \[([0-9A-Fa-f.:]{3,45})\]/;
/** "[example.org 192.0.2.1: socket error]" lines listing the hosts Gmail failed to reach. */
const TRIED = /^\[([A-Za-z0-9][A-Za-z0-9.-]{0,252}) ([0-9A-Fa-f.:]{3,45})[^\]]*\]$/;

/** The domain of Google's mailer-daemon address in From (the report's writer), or "". */
function googleDaemonDomain(message: ParsedMessage): string {
  const m = /mailer-daemon@(google(?:mail)?\.com)\b/i.exec(message.headers.get('from'));
  return m ? (m[1] as string).toLowerCase() : '';
}

/** The remote reply after Gmail's sentence, with Gmail's repeated reply code dropped. */
function serverReply(details: string): string {
  const i = details.indexOf(SERVER_SAID);
  if (i < 0) return '';
  return squeeze(details.slice(i + SERVER_SAID.length))
    .replace(/^([245]\d\d) \1\b/, '$1')
    .replace(/\.$/, '');
}

export const gmail: Detector = {
  id: 'gmail',
  description: 'Gmail plain-text bounces and delay notices ("Delivery to the following recipient failed permanently")',
  detect(message: ParsedMessage): Detection | null {
    const reportingMta = googleDaemonDomain(message);
    if (reportingMta === '') return null;
    const body = message.flatText;
    if (!hasMarker(body, 'Delivery to the following recipient')) return null;
    const lines = linesOf(reportText(body, END_MARKERS));
    const addrs: string[] = [];
    let opening = '';
    let action = 'failed';
    let detailsAt = -1;
    for (let i = 0; i < lines.length; i++) {
      const line = (lines[i] as string).trim();
      const m = OPENING.exec(line);
      if (m) {
        opening = line;
        action = m[1] === 'has been delayed' ? 'delayed' : 'failed';
        continue;
      }
      if (opening !== '' && detailsAt < 0 && isAddress(line)) addrs.push(line);
      if (DETAILS.test(line)) {
        detailsAt = i;
        break;
      }
    }
    if (addrs.length === 0) return null;
    const details = detailsAt >= 0 ? lines.slice(detailsAt + 1).join('\n') : '';
    const ev: Evidence[] = [evidence('body', opening)];
    let diag = serverReply(details);
    if (diag !== '') ev.push(evidence('body', `${SERVER_SAID} ${diag}`));
    else {
      // Gmail's own words ("Storage quota exceeded", "The recipient server did not accept our
      // requests to connect."), or, in a delay notice without details, its opening sentence.
      diag = squeeze(details.replace(/^\[[^\]\n]*\]$/gm, '')) || opening.replace(/:$/, '');
      ev.push(evidence('body', diag));
    }
    let remoteMta = '';
    const r = REMOTE.exec(details.length > 4096 ? details.slice(0, 4096) : details);
    if (r) remoteMta = (r[1] as string).replace(/\.$/, '');
    else {
      for (const l of details.split('\n', 50)) {
        const t = TRIED.exec(l.trim());
        if (t) {
          remoteMta = (t[2] as string).replace(/:$/, '');
          ev.push(evidence('body', l.trim()));
          break;
        }
      }
    }
    const recipients: RecipientReport[] = addrs.map((a) => ({
      recipient: a,
      action,
      diagnosticCode: diag,
      remoteMta,
      command: findCommand(diag),
      evidence: [...ev],
    }));
    return { recipients, reportingMta };
  },
};
