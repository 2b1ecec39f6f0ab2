/**
 * composeNdr: time to write one report (seed example, headers returned; the same with a 1 MB
 * original returned in full; and with a 30 MB original cut to its headers).
 */
import { composeNdr } from '../src/index.js';
import type { ComposeNdrOptions } from '../src/index.js';
import { measure, report } from './harness.js';

const HEADERS = [
  'Received: from submit.alpineskihouse.com ([192.0.2.45]) by mx1.alpineskihouse.com with ESMTPS id 1a2b; Fri, 27 Nov 2026 10:59:58 +0000',
  'Received: from client.alpineskihouse.com ([192.0.2.44]) by submit.alpineskihouse.com with ESMTPSA id 9f8e; Fri, 27 Nov 2026 10:59:52 +0000',
  'From: Sam Taylor <sam@alpineskihouse.com>',
  'To: Ronald Slattery <ronald@contoso.com>',
  'Subject: Ski trip photos',
  'Date: Fri, 27 Nov 2026 10:59:50 +0000',
  'Message-ID: <trip-42@alpineskihouse.com>',
  '',
  '',
].join('\r\n');

function options(originalMessage: string, returnContent: 'headers' | 'full', maxOriginalBytes?: number): ComposeNdrOptions {
  return {
    reportingMta: 'mx1.alpineskihouse.com',
    originalMessage,
    returnContent,
    ...(maxOriginalBytes !== undefined ? { maxOriginalBytes } : {}),
    recipients: [{ recipient: 'ronald@contoso.com', action: 'failed', status: '5.7.1', diagnosticCode: 'smtp; 530 5.7.1 Client was not authenticated', remoteMta: 'mail.contoso.com' }],
  };
}

export async function run(): Promise<void> {
  const line = 'x'.repeat(76) + '\r\n';
  const small = options(HEADERS + 'Hi Ronald.\r\n', 'headers');
  const oneMb = options(HEADERS + line.repeat(Math.ceil(1024 * 1024 / line.length)), 'full', 2 * 1024 * 1024);
  const thirtyMb = options(HEADERS + line.repeat(Math.ceil(30 * 1024 * 1024 / line.length)), 'full');
  report('compose', [
    await measure('composeNdr, seed example, headers returned', () => composeNdr(small), 51, 5),
    await measure('composeNdr, 1 MB original returned in full', () => composeNdr(oneMb), 11, 2),
    await measure('composeNdr, 30 MB original cut to its headers', () => composeNdr(thirtyMb), 7, 1),
  ]);
}
