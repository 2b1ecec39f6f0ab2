/**
 * sendmail bounces ("Returned mail: ..."): version 8 with a delivery-status part, and the older
 * and stripped-down forms with only the text (version 5 transcripts, forwarded reports). The
 * session transcript is read as well: it holds the remote server's whole reply where the
 * Diagnostic-Code keeps only its first line, or a local mailer's output where the
 * Diagnostic-Code is just an exit code (`X-Unix; 77`).
 */
import { cleanAddress, findAddresses } from '../dsn/address.js';
import { readDeliveryStatus } from '../dsn/delivery-status.js';
import { findStatus } from '../dsn/status-code.js';
import type { ParsedMessage } from '../mime/types.js';
import type { Evidence } from '../types.js';
import { evidence, squeeze } from './evidence.js';
import { recipientsFromDeliveryStatus } from './rfc3464.js';
import { readSendmailText, type SendmailRecipient, type SendmailReport } from './sendmail-transcript.js';
import { isDelaySubject } from './report-wording.js';
import { hasMarker, linesOf, reportText } from './text-report.js';
import type { Detection, Detector, RecipientReport } from './types.js';

const SUBJECT = /^(?:(?:Fwd?|Fw):\s*)?(?:Returned mail:|Warning: could not send message)/i;
const MARKERS = ['----- Transcript of session follows -----', '----- The following addresses had permanent fatal errors -----'];
/** sendmail's line in a warning (delay) notice: the message is still queued. */
const WARNING = /(?:^|\n)[ \t>]*Warning: message still undelivered after /;
const END = ['----- Original message follows', '----- Unsent message follows', '----- Message header follows', '----- Returned message', 'Content-Type: message/'];

/** The transcript's words for a recipient: the remote reply, else sendmail's line and any local mailer output. */
function transcriptWords(r: SendmailRecipient | undefined, rep: SendmailReport, dsnDiag: string): { words: string; command: string; remoteMta: string; fromReply: boolean } {
  if (r?.reply) return { words: r.reply, command: r.command, remoteMta: r.remoteMta, fromReply: true };
  // A reply the transcript did not tie to an address, whose first line is the Diagnostic-Code.
  const head = dsnDiag.slice(0, 40);
  const whole = head.length >= 8 ? rep.replies.find((x) => x.text.startsWith(head)) : undefined;
  if (whole) return { words: whole.text, command: whole.command, remoteMta: whole.remoteMta, fromReply: true };
  const own = r?.line ?? '';
  return { words: squeeze([own, ...rep.replies.map((x) => x.text), ...rep.other].join(' ')), command: r?.command ?? '', remoteMta: r?.remoteMta ?? '', fromReply: false };
}

/** A Diagnostic-Code that says little: empty, or a bare mailer exit code. */
function isWeak(diag: string): boolean {
  return diag === '' || /^\d{1,3}$/.test(diag);
}

function deliveryStatus(message: ParsedMessage): string {
  for (const p of message.parts) if (p.contentType === 'message/delivery-status' && /(?:^|\n)final-recipient[ \t]*:/i.test(p.text)) return p.text;
  // The fields inline in the text (a report whose MIME structure the parser could not split).
  const flat = message.flatText.length > 256 * 1024 ? message.flatText.slice(0, 256 * 1024) : message.flatText;
  const fr = /(?:^|\n)[ \t]*final-recipient[ \t]*:[^\n]*@/i.exec(flat);
  if (!fr) return '';
  const rm = /(?:^|\n)[ \t]*reporting-mta[ \t]*:/i.exec(flat);
  const start = rm && rm.index < fr.index ? rm.index : fr.index;
  return flat.slice(start, start + 64 * 1024);
}

/**
 * sendmail: claims a "Returned mail:" Subject or its transcript / fatal-error headings; reads the
 * delivery-status part when there is one and the session transcript for the server's whole reply.
 */
export const sendmail: Detector = {
  id: 'sendmail',
  description: 'sendmail bounces ("Returned mail:", session transcript), version 8 and 5, also forwarded',
  markers: { body: MARKERS, headers: [{ name: 'subject', test: SUBJECT }] },
  detect(message: ParsedMessage): Detection | null {
    const text = message.flatText;
    if (!SUBJECT.test(message.headers.get('subject')) && !MARKERS.some((m) => hasMarker(text, m))) return null;
    const rep = readSendmailText(linesOf(reportText(text, END)));
    const byAddr = new Map(rep.recipients.map((r) => [r.recipient.toLowerCase(), r]));
    const ds = deliveryStatus(message);
    const recipients: RecipientReport[] = [];
    let reportingMta = '';
    if (ds !== '') {
      const read = recipientsFromDeliveryStatus(readDeliveryStatus(ds), 'delivery-status');
      reportingMta = read.reportingMta;
      for (const d of read.recipients) {
        const t = d.recipient ? byAddr.get(d.recipient.toLowerCase()) : undefined;
        const dsnDiag = d.diagnosticCode ?? '';
        const tw = transcriptWords(t, rep, dsnDiag);
        const words = tw.words;
        const useWords = words !== '' && (t?.reply || isWeak(dsnDiag) || (dsnDiag.length >= 8 && words.startsWith(dsnDiag.slice(0, 40))));
        const ev: Evidence[] = [...(d.evidence ?? []), ...(t?.evidence ?? []).map((l) => evidence('body', l))];
        const diagnosticCode = useWords ? words : d.diagnosticCode || t?.reason || '';
        // The Status field is sendmail's summary (x.4.7 "gave up after retrying", or its own
        // mapping of the reply); the remote server's enhanced code in its reply, when it has the
        // same class, is the primary evidence.
        const said = findStatus(diagnosticCode);
        const given = findStatus(d.status ?? '');
        const fromRemote = useWords && tw.fromReply;
        const specific = said !== '' && !/\.0\.0$/.test(said) && given !== '' && said.charAt(0) === given.charAt(0);
        const status = specific && (fromRemote || /^[45]\.4\.7$/.test(given)) ? said : d.status;
        recipients.push({
          ...d,
          ...(status ? { status } : {}),
          diagnosticCode,
          remoteMta: d.remoteMta || tw.remoteMta,
          command: tw.command || d.command || '',
          evidence: ev,
        });
      }
      if (recipients.length > 0) return { recipients, reportingMta };
    }
    // With no delivery-status part, a warning notice says so in its Subject or its own line.
    const action = isDelaySubject(message.headers.get('subject')) || WARNING.test(text.slice(0, 64 * 1024)) ? 'delayed' : 'failed';
    for (const t of rep.recipients) {
      // `554 <a@b>... 550 Host unknown`: the words after the address are the remote reply.
      const after = /\.\.\. ?([245]\d\d\b.*)$/.exec(t.line)?.[1] ?? '';
      // A reply the transcript did not tie to an address (refused at MAIL FROM or DATA) that the
      // fatal-errors list quotes as this recipient's reason: its exchange names the server.
      const head = t.reason.slice(0, 40);
      const whole = t.reply === '' && head.length >= 8 ? rep.replies.find((x) => x.text.startsWith(head)) : undefined;
      const words = t.reply || squeeze(after || t.line) || t.reason;
      recipients.push({
        recipient: t.recipient,
        action,
        diagnosticCode: words || squeeze(rep.other.join(' ')),
        remoteMta: t.remoteMta || (whole?.remoteMta ?? ''),
        command: t.command || (whole?.command ?? ''),
        evidence: t.evidence.map((l) => evidence('body', l)),
      });
    }
    if (recipients.length === 0 && rep.hostLines.length > 0) {
      // sendmail 5 names only the host that failed: the recipients are the returned message's
      // addresses at that host.
      const orig = /(?:^|\n)To:[ \t]*([^\n]{1,2000})/.exec(text.slice(text.indexOf(rep.hostLines[0]?.line ?? '')));
      const addrs = orig ? findAddresses(orig[1] as string) : [];
      for (const h of rep.hostLines) {
        for (const a of addrs) {
          if (!a.toLowerCase().endsWith('@' + h.host.toLowerCase())) continue;
          recipients.push({ recipient: cleanAddress(a), action: 'failed', diagnosticCode: squeeze(h.line), remoteMta: h.host, evidence: [evidence('body', h.line), evidence('body', `To: ${a}`)] });
        }
      }
    }
    return recipients.length === 0 ? null : { recipients, reportingMta };
  },
};
