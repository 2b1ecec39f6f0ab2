/**
 * Builders of large messages in the shapes that make MIME parsers use too much memory: a DSN
 * returning a message with a big base64 attachment, a person's forward of such a bounce, one huge
 * text/plain part, one enormous header line, and many small parts. Shared by the memory test and
 * bench/mime-memory.bench.ts. Each builder returns bytes of about `size` (never less).
 */

/** The shapes, by name. */
export const BIG_SHAPES = ['dsn-base64', 'dsn-text-attachment', 'forwarded-bounce', 'huge-text', 'huge-header', 'many-parts'] as const;
export type BigShape = (typeof BIG_SHAPES)[number];

/** Base64 of pseudo-random bytes (a fixed LCG, so runs are comparable), wrapped at 76 columns. */
function base64Lines(bytes: number): string {
  const raw = Buffer.alloc(bytes);
  let x = 12345;
  for (let i = 0; i < bytes; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    raw[i] = x >>> 24;
  }
  return (raw.toString('base64').match(/.{1,76}/g) ?? []).join('\r\n');
}

const DSN_HEAD = [
  'From: Mail Delivery System <MAILER-DAEMON@mx.example.net>',
  'To: sender@example.org',
  'Subject: Undelivered Mail Returned to Sender',
  'Date: Fri, 27 Nov 2026 10:00:00 +0000',
  'Message-ID: <bounce.1@mx.example.net>',
  'MIME-Version: 1.0',
  'Content-Type: multipart/report; report-type=delivery-status; boundary="BOUNDARY-OUTER"',
  '',
  '--BOUNDARY-OUTER',
  'Content-Type: text/plain; charset=us-ascii',
  '',
  'This is the mail system at host mx.example.net.',
  '',
  "I'm sorry to have to inform you that your message could not",
  'be delivered to one or more recipients.',
  '',
  '<nobody@example.com>: host mx.example.com[192.0.2.1] said: 550 5.1.1',
  '    <nobody@example.com>: Recipient address rejected: User unknown (in reply to',
  '    RCPT TO command)',
  '',
  '--BOUNDARY-OUTER',
  'Content-Type: message/delivery-status',
  '',
  'Reporting-MTA: dns; mx.example.net',
  'Arrival-Date: Fri, 27 Nov 2026 09:59:58 +0000',
  '',
  'Final-Recipient: rfc822; nobody@example.com',
  'Original-Recipient: rfc822;nobody@example.com',
  'Action: failed',
  'Status: 5.1.1',
  'Remote-MTA: dns; mx.example.com',
  'Diagnostic-Code: smtp; 550 5.1.1 <nobody@example.com>: Recipient address rejected: User unknown',
  '',
  '--BOUNDARY-OUTER',
  'Content-Type: message/rfc822',
  '',
].join('\r\n');

/** A Postfix-style DSN whose returned message carries a base64 zip of about `size` bytes. */
function dsnBase64(size: number): string {
  const returned = [
    'From: sender@example.org',
    'To: nobody@example.com',
    'Subject: the quarterly figures',
    'Message-ID: <orig.1@example.org>',
    'MIME-Version: 1.0',
    'Content-Type: multipart/mixed; boundary="BOUNDARY-INNER"',
    '',
    '--BOUNDARY-INNER',
    'Content-Type: text/plain; charset=utf-8',
    '',
    'Figures attached.',
    '',
    '--BOUNDARY-INNER',
    'Content-Type: application/zip; name="figures.zip"',
    'Content-Disposition: attachment; filename="figures.zip"',
    'Content-Transfer-Encoding: base64',
    '',
    base64Lines(Math.ceil((size * 3) / 4)),
    '--BOUNDARY-INNER--',
    '',
  ].join('\r\n');
  return `${DSN_HEAD}\r\n${returned}\r\n--BOUNDARY-OUTER--\r\n`;
}

/**
 * A DSN from a mail system that returns the original's parts at its own top level (no
 * message/rfc822 wrapper), one of them a base64 text/csv export of about `size` bytes: a textual
 * part, so the parser decodes it.
 */
function dsnTextAttachment(size: number): string {
  const csv = Buffer.from('id,name,amount\r\n' + '1042,Example Customer Ltd,1234.56\r\n'.repeat(Math.ceil((size * 3) / 4 / 34)), 'latin1')
    .toString('base64')
    .match(/.{1,76}/g) ?? [];
  return [
    DSN_HEAD.slice(0, DSN_HEAD.lastIndexOf('--BOUNDARY-OUTER')),
    '--BOUNDARY-OUTER',
    'Content-Type: text/csv; charset=utf-8; name="export.csv"',
    'Content-Disposition: attachment; filename="export.csv"',
    'Content-Transfer-Encoding: base64',
    '',
    csv.join('\r\n'),
    '--BOUNDARY-OUTER--',
    '',
  ].join('\r\n');
}

/** A person's forward of the DSN above, the DSN attached as message/rfc822. */
function forwardedBounce(size: number): string {
  return [
    'From: helpdesk@example.org',
    'To: admin@example.org',
    'Subject: Fwd: Undelivered Mail Returned to Sender',
    'MIME-Version: 1.0',
    'Content-Type: multipart/mixed; boundary="FWD"',
    '',
    '--FWD',
    'Content-Type: text/plain; charset=utf-8',
    '',
    'Can you look at this bounce?',
    '',
    '--FWD',
    'Content-Type: message/rfc822',
    '',
    dsnBase64(size),
    '--FWD--',
    '',
  ].join('\r\n');
}

/** One text/plain part of `size` bytes: a bounce whose returned message is pasted inline. */
function hugeText(size: number): string {
  const head = [
    'From: MAILER-DAEMON@mx.example.net',
    'To: sender@example.org',
    'Subject: failure notice',
    'Content-Type: text/plain; charset=us-ascii',
    '',
    'Hi. This is the qmail-send program at mx.example.net.',
    "I'm afraid I wasn't able to deliver your message to the following addresses.",
    'This is a permanent error; I\'ve given up. Sorry it didn\'t work out.',
    '',
    '<nobody@example.com>:',
    '192.0.2.1 does not like recipient.',
    'Remote host said: 550 5.1.1 <nobody@example.com>: Recipient address rejected: User unknown',
    'Giving up on 192.0.2.1.',
    '',
    '--- Below this line is a copy of the message.',
    '',
    '',
  ].join('\r\n');
  const line = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.\r\n';
  return head + line.repeat(Math.ceil(size / line.length));
}

/** The DSN with one unfolded header field of `size` bytes in its top header block. */
function hugeHeader(size: number): string {
  return `X-Spam-Report: ${'a'.repeat(size)}\r\n${DSN_HEAD}\r\n${dsnReturnedSmall()}\r\n--BOUNDARY-OUTER--\r\n`;
}

function dsnReturnedSmall(): string {
  return ['From: sender@example.org', 'To: nobody@example.com', 'Subject: hello', '', 'hello', ''].join('\r\n');
}

/** A DSN with parts of 2 KiB each, half in its returned message and half at its top level. */
function manyParts(size: number): string {
  const body = 'x'.repeat(2000) + '\r\n';
  const part = `--BOUNDARY-INNER\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n${body}`;
  const returned = [
    'From: sender@example.org',
    'To: nobody@example.com',
    'Subject: many parts',
    'MIME-Version: 1.0',
    'Content-Type: multipart/mixed; boundary="BOUNDARY-INNER"',
    '',
    part.repeat(Math.ceil(size / 2 / part.length)) + '--BOUNDARY-INNER--',
    '',
  ].join('\r\n');
  // many parts at the top level too: the report's own multipart carries them after the returned message
  const topPart = `--BOUNDARY-OUTER\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n${body}`;
  return `${DSN_HEAD}\r\n${returned}\r\n${topPart.repeat(Math.ceil(size / 2 / topPart.length))}--BOUNDARY-OUTER--\r\n`;
}

/**
 * A message of `shape` of about `size` bytes (the payload is `size`; headers and report add a few kilobytes).
 */
export function bigMessage(shape: BigShape, size: number): Buffer {
  switch (shape) {
    case 'dsn-base64':
      return Buffer.from(dsnBase64(size), 'latin1');
    case 'dsn-text-attachment':
      return Buffer.from(dsnTextAttachment(size), 'latin1');
    case 'forwarded-bounce':
      return Buffer.from(forwardedBounce(size), 'latin1');
    case 'huge-text':
      return Buffer.from(hugeText(size), 'latin1');
    case 'huge-header':
      return Buffer.from(hugeHeader(size), 'latin1');
    case 'many-parts':
      return Buffer.from(manyParts(size), 'latin1');
  }
}
