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
 * without one, Gmail's own words are.
 *
 * Gmail's newer notices ("** Message not delivered **", "The response was:") come with a
 * delivery-status part that the RFC 3464 reader handles; when that part names no recipient (as
 * for failures of the "Send mail as" relay) or gives no Diagnostic-Code, this detector fills in
 * from the notice: X-Failed-Recipients, "The response was:", or the explanation sentence. Google Groups' bounces come from the same sender but have
 * their own detector.
 */
import { isAddress } from '../dsn/address.js';
import { readDeliveryStatus } from '../dsn/delivery-status.js';
import { findCommand } from '../dsn/smtp-command.js';
import type { ParsedMessage } from '../mime/types.js';
import type { Evidence } from '../types.js';
import { evidence, squeeze } from './evidence.js';
import { failedRecipientRecords } from './failed-recipients.js';
import { recipientsFromDeliveryStatus } from './rfc3464.js';
import { hasMarker, linesOf, reportText } from './text-report.js';
import type { Detection, Detector, RecipientReport } from './types.js';

const END_MARKERS = ['----- Original message -----', '----- Message header follows -----', '----- Message body suppressed -----'];
/** "Delivery to the following recipient(s) failed permanently:" / "... has been delayed:". */
const OPENING = /^Delivery to the following recipients? (failed permanently|has been delayed|failed)/;
const DETAILS = /^Technical details of (?:permanent|temporary) failure:/;
const SERVER_SAID = 'The error that the other server returned was:';
/**
 * Gmail's "(state N)" after the remote reply: the stage its SMTP client was in when refused, as
 * seen in Gmail's bounces (14 after RCPT, 15/17/18 after DATA, 9/12 during AUTH, 13 at EHLO).
 */
const STATE_COMMAND: ReadonlyMap<string, string> = new Map([
  ['9', 'AUTH'],
  ['12', 'AUTH'],
  ['13', 'EHLO'],
  ['14', 'RCPT'],
  ['15', 'DATA'],
  ['17', 'DATA'],
  ['18', 'DATA'],
]);

/** The SMTP command a "(state N)" names, or "". */
function stateCommand(diag: string): string {
  const m = /\(state (\d{1,2})\)\.?$/.exec(diag);
  return m ? (STATE_COMMAND.get(m[1] as string) ?? '') : '';
}
/** "... by mx.example.jp. [192.0.2.153]" in Google's sentence about the rejecting server. */
const REMOTE = /\bby ([A-Za-z0-9][A-Za-z0-9.-]{0,252})\.? \[([0-9A-Fa-f.:]{3,45})\]/;
/** "[example.org 192.0.2.1: socket error]" lines listing the hosts Gmail failed to reach. */
const TRIED = /^\[([A-Za-z0-9][A-Za-z0-9.-]{0,252}) ([0-9A-Fa-f.:]{3,45})[^\]]*\]$/;

/** The domain of Google's mailer-daemon address in From (the report's writer), or "". */
/** Google's mailer daemon in the From field: every Gmail report comes from it. */
const GOOGLE_DAEMON = /mailer-daemon@(google(?:mail)?\.com)\b/i;

function googleDaemonDomain(message: ParsedMessage): string {
  const m = GOOGLE_DAEMON.exec(message.headers.get('from'));
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

const RESPONSE = /(?:^|\n)The response (?:from the remote server )?was:[ \t]*\n+([^\n]{1,2000}(?:\n[^\n]{1,2000}){0,5})/;

/**
 * The newer notice, when its delivery-status part does not say enough: no recipient at all (then
 * X-Failed-Recipients names them), or recipients without a Diagnostic-Code (then the notice's
 * response, or its one-sentence explanation, is the diagnostic). Otherwise RFC 3464 reads it.
 */
function newerNotice(message: ParsedMessage, reportingMta: string): Detection | null {
  const text = message.parts.find((p) => p.contentType === 'text/plain')?.text ?? '';
  const title = /^\*\* ([^*\n]{1,200}) \*\*$/m.exec(text.slice(0, 4096));
  if (!title) return null;
  const m = RESPONSE.exec(text.slice(0, 64 * 1024));
  const response = m ? squeeze((m[1] as string).split(/\n[ \t]*\n/)[0] as string) : '';
  // The sentence after the title: "Your message wasn't delivered to x@y because ...".
  const after = text.slice(title.index + title[0].length, title.index + title[0].length + 4096);
  const explanation = squeeze(after.split(/\n[ \t]*\n/).find((para) => para.trim() !== '') ?? '');
  const diag = response || explanation;
  if (diag === '') return null;
  const ev = [evidence('body', title[0]), evidence('body', response !== '' ? `The response was: ${response}` : explanation)];
  const ds = message.parts.find((p) => p.contentType === 'message/delivery-status');
  if (ds && /(?:^|\n)(?:final|original)-recipient[ \t]*:/i.test(ds.text)) {
    const read = recipientsFromDeliveryStatus(readDeliveryStatus(ds.text), 'delivery-status');
    if (read.recipients.every((r) => (r.diagnosticCode ?? '') !== '')) return null;
    return {
      recipients: read.recipients.map((r) => ((r.diagnosticCode ?? '') !== '' ? r : { ...r, diagnosticCode: diag, command: findCommand(diag), evidence: [...(r.evidence ?? []), ...ev] })),
      reportingMta: read.reportingMta || reportingMta,
    };
  }
  const recipients = failedRecipientRecords(message, { diagnostic: () => diag, evidence: ev });
  return recipients ? { recipients, reportingMta } : null;
}

/**
 * The Gmail detector.
 * @example gmail.detect(parseMessage(bytes))?.recipients[0]?.diagnosticCode // '550 5.1.1 <a@example.jp>... User Unknown'
 */
export const gmail: Detector = {
  id: 'gmail',
  description: 'Gmail plain-text bounces and delay notices ("Delivery to the following recipient failed permanently")',
  markers: { headers: [{ name: 'from', test: GOOGLE_DAEMON }] },
  detect(message: ParsedMessage): Detection | null {
    const reportingMta = googleDaemonDomain(message);
    if (reportingMta === '') return null;
    const body = message.flatText;
    if (!hasMarker(body, 'Delivery to the following recipient')) return newerNotice(message, reportingMta);
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
      command: stateCommand(diag) || findCommand(diag),
      evidence: [...ev],
    }));
    return { recipients, reportingMta };
  },
};
