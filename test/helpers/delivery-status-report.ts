// Builds a small hand-written RFC 3464 report (multipart/report; report-type=delivery-status) for
// tests that need one with exact fields: the report's header lines, one line of human-readable
// text, the delivery-status fields as given, and optionally the returned message.

/** The parts of a built report; `fields` is the delivery-status part's text, line by line. */
export interface DeliveryStatusReportSpec {
  /** The report's own header lines before MIME-Version (From, To, Subject, in any order). */
  readonly headers: readonly string[];
  /** The one line of the human-readable part. */
  readonly text: string;
  /** The delivery-status part: per-message fields, a blank line, per-recipient fields. */
  readonly fields: readonly string[];
  /** The returned message (headers, blank line, body), attached as message/rfc822 when given. */
  readonly returned?: string;
  /** Line end (default LF). */
  readonly eol?: '\n' | '\r\n';
}

/**
 * The report as text.
 * @example deliveryStatusReport({ headers: ['From: MAILER-DAEMON@mx.example'], text: 'Failed.', fields: ['Reporting-MTA: dns; mx.example', '', 'Final-Recipient: rfc822; a@example.org', 'Action: failed', 'Status: 5.1.1'] })
 */
export function deliveryStatusReport(spec: DeliveryStatusReportSpec): string {
  const returned = spec.returned === undefined ? [] : ['--b', 'Content-Type: message/rfc822', '', spec.returned];
  return [
    ...spec.headers,
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="b"',
    '',
    '--b',
    'Content-Type: text/plain',
    '',
    spec.text,
    '--b',
    'Content-Type: message/delivery-status',
    '',
    ...spec.fields,
    '',
    ...returned,
    '--b--',
    '',
  ].join(spec.eol ?? '\n');
}
