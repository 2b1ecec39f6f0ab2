/**
 * `composeNdr`: writes a complete non-delivery (or delay, or delivery) report as one RFC 5322
 * message: `multipart/report; report-type=delivery-status` (RFC 6522) holding a human-readable
 * `multipart/alternative` part (text and HTML, in the chosen language), the `message/delivery-status`
 * part (RFC 3464), and the original message or its headers, within a size limit.
 */
import { NdrkitError } from '../errors.js';
import { formatRfc5322Date } from './dates.js';
import { decodeWords } from './decode-words.js';
import { renderDeliveryStatus } from './delivery-status.js';
import { explainRecipient } from './explanation.js';
import { readHops } from './hops.js';
import { findKbMatch } from './kb-match.js';
import { foldHeader, mailboxHeader, unstructuredHeader } from './header-encoding.js';
import { NDR_TEXTS } from './locales/index.js';
import {
  buildOriginalPart,
  headerBlockLength,
  pickAddress,
  pickMessageId,
  readOriginalFields,
  toBytes,
} from './original-message.js';
import type { OriginalFields, OriginalPart } from './original-message.js';
import { encodeQuotedPrintable } from './quoted-printable.js';
import { renderHtml } from './render-html.js';
import { renderText } from './render-text.js';
import { buildReportView } from './report-view.js';
import type { OriginalSummary } from './report-view.js';
import type { ComposeNdrOptions } from './types.js';
import { checkAddress, checkOptions } from './validate.js';
import type { CheckedOptions } from './validate.js';

/**
 * The envelope sender (SMTP `MAIL FROM`) a report must be sent with: empty, i.e. `MAIL FROM:<>`
 * (RFC 5321 sections 4.5.5 and 6.1, RFC 3464 section 2). A report sent with a real envelope sender
 * can itself bounce and start a loop of reports; receivers also use the null sender to recognise
 * reports. With Nodemailer:
 *
 * ```ts
 * await transport.sendMail({ envelope: { from: NDR_ENVELOPE_SENDER, to: [originalSender] }, raw: composeNdr(options) });
 * // sends MAIL FROM:<>
 * ```
 */
export const NDR_ENVELOPE_SENDER = '';

const utf8 = new TextEncoder();

function part(headers: readonly string[], body: string): string {
  return headers.join('') + '\r\n' + body;
}

function textPart(type: 'plain' | 'html', text: string, locale: string): string {
  const body = encodeQuotedPrintable(utf8.encode(text.replace(/\r?\n/g, '\r\n')));
  return part(
    [
      foldHeader('Content-Type', `text/${type}; charset=utf-8`),
      foldHeader('Content-Transfer-Encoding', 'quoted-printable'),
      foldHeader('Content-Language', locale),
    ],
    body.endsWith('\r\n') ? body : body + '\r\n',
  );
}

function multipart(boundary: string, parts: readonly string[]): string {
  return parts.map((p) => `--${boundary}\r\n${p}`).join('\r\n') + `\r\n--${boundary}--\r\n`;
}

/** Chooses the report's recipient: the option, else the original's Return-Path, else its From. */
function reportRecipient(o: CheckedOptions, fields: OriginalFields | null): string {
  if (o.to !== '') return o.to;
  if (fields !== null && /^<\s*>$/.test(fields.returnPath.trim())) {
    // RFC 5321 section 4.5.5 / RFC 3464 section 2: no report about a message sent with a null
    // reverse-path (it is itself a report); otherwise two servers can bounce reports forever.
    throw new NdrkitError(
      'ERR_INVALID_OPTION',
      'to: the original has an empty envelope sender (Return-Path: <>), so it is itself a report and must not be reported on; give `to` only if you are sure',
      { field: 'to' },
    );
  }
  for (const value of [fields?.returnPath ?? '', fields?.from ?? '']) {
    const address = pickAddress(value);
    if (address === '') continue;
    try {
      return checkAddress(address, 'to');
    } catch {
      // A hostile or broken address in the original: try the next source.
    }
  }
  throw new NdrkitError('ERR_INVALID_OPTION', 'to: is required when the original message has no usable Return-Path or From address', { field: 'to' });
}

/**
 * Composes a delivery status notification: a failure report (NDR), a delay notice or a delivery
 * notice, depending on each recipient's `action`. Everything is checked first; any mistake throws an
 * {@link NdrkitError} (`ERR_INVALID_OPTION`) whose `field` names the option at fault, and nothing is
 * written.
 *
 * The result is the whole message with CRLF line ends. It is 7-bit unless the full original is
 * returned and holds 8-bit text (then write it as UTF-8 over an 8BITMIME transport). Send it with an
 * empty envelope sender: see {@link NDR_ENVELOPE_SENDER}.
 *
 * @example
 * const raw = composeNdr({
 *   reportingMta: 'mx1.example.org',
 *   originalMessage,
 *   recipients: [{ recipient: 'ronald@contoso.com', action: 'failed', status: '5.7.1',
 *     diagnosticCode: 'smtp; 530 5.7.1 Client was not authenticated', remoteMta: 'mail.contoso.com' }],
 * });
 */
export function composeNdr(options: ComposeNdrOptions): string {
  const o = checkOptions(options);
  const texts = NDR_TEXTS[o.locale];

  let originalPart: OriginalPart | null = null;
  let fields: OriginalFields | null = null;
  let headerText = '';
  if (o.original !== null) {
    const bytes = toBytes(o.original);
    const headerLength = headerBlockLength(bytes);
    fields = readOriginalFields(bytes, headerLength);
    headerText = new TextDecoder('utf-8').decode(bytes.subarray(0, Math.min(headerLength, 1024 * 1024)));
    originalPart = buildOriginalPart(bytes, o.originalIsHeadersOnly ? 'headers' : o.returnContent, o.maxOriginalBytes);
  }
  const to = reportRecipient(o, fields);

  const explanations = o.recipients.map((r) => explainRecipient(r, texts, o.locale, findKbMatch(r, o.reportingMta)));
  const subject = fields ? decodeWords(fields.subject) : '';
  const summary: OriginalSummary = {
    subject,
    from: fields ? decodeWords(fields.from) : '',
    to: fields ? decodeWords(fields.to) : '',
    date: fields?.date ?? '',
    messageId: fields ? pickMessageId(fields.messageId) : '',
    returned: originalPart === null ? 'none' : originalPart.contentType === 'message/rfc822' ? 'full' : 'headers',
    notes: originalPart?.notes ?? [],
    size: originalPart?.originalSize ?? 0,
  };
  const view = buildReportView(o, explanations, summary, originalPart ? readHops(headerText, texts.labels.clockSkew) : null);

  const reportBoundary = o.boundary;
  const altBoundary = `${o.boundary}_alt`;
  const textParts = [textPart('plain', renderText(view), o.locale), textPart('html', renderHtml(view), o.locale)];
  // A boundary must not occur in any part it encloses. The default one starts with "=_", which
  // quoted-printable text cannot contain; a given one, or the original's own text, might.
  const statusBody = renderDeliveryStatus(o);
  for (const body of [...textParts, statusBody, originalPart?.body ?? '']) {
    if (body.includes(`--${reportBoundary}`)) {
      throw new NdrkitError('ERR_INVALID_OPTION', 'boundary: occurs in the content of the report; choose another', { field: 'boundary' });
    }
  }

  const human = part([foldHeader('Content-Type', `multipart/alternative; boundary="${altBoundary}"`)], multipart(altBoundary, textParts));
  const status = part(
    [foldHeader('Content-Type', 'message/delivery-status'), foldHeader('Content-Description', 'Delivery report')],
    statusBody,
  );
  const parts = [human, status];
  if (originalPart) {
    parts.push(
      part(
        [
          foldHeader('Content-Type', originalPart.charset !== '' ? `${originalPart.contentType}; charset=${originalPart.charset}` : originalPart.contentType),
          foldHeader('Content-Transfer-Encoding', originalPart.transferEncoding),
          foldHeader('Content-Description', originalPart.contentType === 'message/rfc822' ? 'Undelivered message' : 'Undelivered message headers'),
        ],
        originalPart.body,
      ),
    );
  }

  const outcome = view.outcome;
  const originalId = summary.messageId;
  const headers = [
    mailboxHeader('From', o.fromName, o.fromAddress),
    foldHeader('To', `<${to}>`),
    unstructuredHeader('Subject', o.subject ?? (subject !== '' ? `${texts.subjectPrefix[outcome]}: ${subject}` : texts.subjectPrefix[outcome])),
    foldHeader('Date', formatRfc5322Date(o.date)),
    foldHeader('Message-ID', `<${o.messageId}>`),
    ...(originalId !== '' ? [foldHeader('In-Reply-To', originalId), foldHeader('References', originalId)] : []),
    foldHeader('Auto-Submitted', 'auto-replied'),
    foldHeader('MIME-Version', '1.0'),
    foldHeader('Content-Type', `multipart/report; report-type=delivery-status; boundary="${reportBoundary}"`),
    // A multipart holding an 8-bit part must say so (RFC 2045 section 6.4); the default is 7bit.
    ...(originalPart?.transferEncoding === '8bit' ? [foldHeader('Content-Transfer-Encoding', '8bit')] : []),
  ];
  return headers.join('') + '\r\nThis is a delivery status notification in MIME format.\r\n\r\n' + multipart(reportBoundary, parts);
}
