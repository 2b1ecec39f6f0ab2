// The cases of the compose golden files: fixed dates, ids and boundaries, one per outcome and
// language, and how a composed report is split into reviewable files (headers, text, HTML, DSN).
import PostalMime from 'postal-mime';
import { composeNdr } from '../../src/index.js';
import type { ComposeNdrOptions } from '../../src/index.js';
import { fixedOptions, SEED_ORIGINAL } from './helpers.js';

/** Where the golden files live. */
export const GOLDEN_DIR = new URL('./golden/', import.meta.url);

/** Every case: name -> options. */
export const GOLDEN_CASES: Readonly<Record<string, ComposeNdrOptions>> = {
  'failed-en': fixedOptions(),
  'failed-ja': fixedOptions({ locale: 'ja' }),
  'delayed-de': fixedOptions({
    locale: 'de',
    recipients: [
      {
        recipient: 'ronald@contoso.com',
        action: 'delayed',
        status: '4.4.7',
        diagnosticCode: 'smtp; 451 4.4.7 Temporary server error. Please try again later',
        remoteMta: 'mail.contoso.com',
        lastAttemptDate: '2026-11-27T15:00:00Z',
        willRetryUntil: '2026-11-29T10:59:58Z',
      },
    ],
  }),
  'delivered-fr': fixedOptions({
    locale: 'fr',
    recipients: [{ recipient: 'ronald@contoso.com', action: 'delivered', status: '2.0.0', diagnosticCode: 'smtp; 250 2.0.0 OK queued as 4XyZ', remoteMta: 'mail.contoso.com' }],
  }),
  'mixed-es': fixedOptions({
    locale: 'es',
    returnContent: 'full',
    originalMessage: SEED_ORIGINAL.replace('Subject: Ski trip photos', 'Subject: =?UTF-8?Q?Fotos_del_viaje_de_esqu=C3=AD?='),
    recipients: [
      { recipient: 'gone@contoso.com', action: 'failed', status: '5.1.1', diagnosticCode: 'smtp; 550 5.1.1 <gone@contoso.com>: Recipient address rejected: User unknown', remoteMta: 'mail.contoso.com', reason: 'userunknown' },
      { recipient: 'full@contoso.com', action: 'delayed', status: '4.2.2', diagnosticCode: 'smtp; 452 4.2.2 Mailbox full', remoteMta: 'mail.contoso.com' },
    ],
  }),
};

/** The parts of a report that golden files hold, as text with LF line ends. */
export interface GoldenParts {
  readonly headers: string;
  readonly text: string;
  readonly html: string;
  readonly dsn: string;
}

/** Composes a case and splits it into its reviewable parts. */
export async function goldenParts(options: ComposeNdrOptions): Promise<GoldenParts> {
  const raw = composeNdr(options);
  const mail = await PostalMime.parse(raw);
  const dsn = mail.attachments.find((a) => a.mimeType === 'message/delivery-status');
  const content = dsn === undefined ? '' : typeof dsn.content === 'string' ? dsn.content : new TextDecoder().decode(dsn.content);
  return {
    headers: raw.slice(0, raw.indexOf('\r\n\r\n') + 2).replace(/\r\n/g, '\n'),
    text: (mail.text ?? '').replace(/\r\n/g, '\n'),
    html: (mail.html ?? '').replace(/\r\n/g, '\n'),
    dsn: content.replace(/\r\n/g, '\n'),
  };
}

/** File extension per part. */
export const GOLDEN_EXTENSIONS: Readonly<Record<keyof GoldenParts, string>> = {
  headers: 'headers.txt',
  text: 'text.txt',
  html: 'html',
  dsn: 'dsn.txt',
};
