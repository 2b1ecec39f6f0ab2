// Shared helpers of the compose tests: fixed inputs (dates, boundaries, ids) and checks that a
// composed report is a well-formed RFC 5322 / MIME message, read back with postal-mime.
import assert from 'node:assert/strict';
import PostalMime from 'postal-mime';
import type { Email } from 'postal-mime';
import type { ComposeNdrOptions } from '../../src/index.js';

/** The seed's example: ronald@contoso.com refused by mail.contoso.com with 530 5.7.1. */
export const SEED_ORIGINAL = [
  'Received: from submit.alpineskihouse.com (submit.alpineskihouse.com [192.0.2.45]) by alpineskihouse.com with ESMTPS id 1a2b; Fri, 27 Nov 2026 10:59:58 +0000',
  'Received: from [192.0.2.44] (client.alpineskihouse.com [192.0.2.44]) by submit.alpineskihouse.com with ESMTPSA id 9f8e; Fri, 27 Nov 2026 10:59:52 +0000',
  'From: Sam Taylor <sam@alpineskihouse.com>',
  'To: Ronald Slattery <ronald@contoso.com>',
  'Subject: Ski trip photos',
  'Date: Fri, 27 Nov 2026 10:59:50 +0000',
  'Message-ID: <trip-42@alpineskihouse.com>',
  'MIME-Version: 1.0',
  'Content-Type: text/plain; charset=utf-8',
  '',
  'Hi Ronald, the photos are in the shared folder.',
  '',
].join('\r\n');

/** Options with everything random or time-dependent fixed, for reproducible output. */
export function fixedOptions(over: Partial<ComposeNdrOptions> = {}): ComposeNdrOptions {
  return {
    reportingMta: 'alpineskihouse.com',
    originalMessage: SEED_ORIGINAL,
    arrivalDate: '2026-11-27T10:59:58Z',
    date: '2026-11-27T11:00:03Z',
    messageId: 'ndr-0001@alpineskihouse.com',
    boundary: '=_ndrkit_test',
    recipients: [
      {
        recipient: 'ronald@contoso.com',
        action: 'failed',
        status: '5.7.1',
        diagnosticCode: 'smtp; 530 5.7.1 Client was not authenticated',
        remoteMta: 'mail.contoso.com',
        lastAttemptDate: '2026-11-27T11:00:02Z',
      },
    ],
    ...over,
  };
}

/** Checks the raw form: CRLF only, no line over 998 octets, header lines folded, 7-bit unless allowed. */
export function assertWellFormed(raw: string, opts: { allow8bit?: boolean } = {}): void {
  assert.ok(!/\r(?!\n)/.test(raw), 'no bare CR');
  assert.ok(!/(?<!\r)\n/.test(raw), 'no bare LF');
  const lines = raw.split('\r\n');
  for (const line of lines) assert.ok(Buffer.byteLength(line) <= 998, `line longer than 998 octets: ${line.slice(0, 60)}...`);
  const headerEnd = lines.indexOf('');
  assert.ok(headerEnd > 0, 'has a header block');
  for (const line of lines.slice(0, headerEnd)) assert.ok(line.length <= 78 || !line.includes(' '), `header line over 78: ${line}`);
  if (!opts.allow8bit) assert.ok(/^[\x00-\x7f]*$/.test(raw), 'report is 7-bit');
}

/** Parses a report with postal-mime (an independent MIME parser). */
export async function parseMime(raw: string): Promise<Email> {
  return PostalMime.parse(raw);
}

/** The body of the attachment of the given type, as text, with LF line ends (as postal-mime gives it). */
export function attachmentText(mail: Email, mimeType: string): string {
  const a = mail.attachments.find((x) => x.mimeType === mimeType);
  assert.ok(a, `has a ${mimeType} part`);
  const text = typeof a.content === 'string' ? a.content : new TextDecoder().decode(a.content);
  return text.replace(/\r\n/g, '\n');
}

/** The value of a top-level header (first occurrence), raw. */
export function headerOf(raw: string, name: string): string | undefined {
  const head = raw.slice(0, raw.indexOf('\r\n\r\n')).replace(/\r\n[ \t]/g, ' ');
  const line = head.split('\r\n').find((l) => l.toLowerCase().startsWith(name.toLowerCase() + ':'));
  return line?.slice(name.length + 1).trim();
}
