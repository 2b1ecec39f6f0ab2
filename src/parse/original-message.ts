/**
 * Finds the bounced (original) message in a report: a message/rfc822 or text/rfc822-headers
 * part, or the header block a detector found in the text, and reads its key fields.
 */
import { findAddress } from '../dsn/address.js';
import { toIsoDate } from '../dsn/date.js';
import { parseHeaderBlock } from '../mime/header-list.js';
import type { HeaderField, HeaderList, ParsedMessage } from '../mime/types.js';
import type { OriginalMessage } from '../types.js';

const ORIGINAL_TYPES: ReadonlySet<string> = new Set(['message/rfc822', 'message/global', 'text/rfc822-headers', 'message/rfc822-headers', 'message/global-headers', 'message/partial']);

/** Where the original message starts in plain-text reports: common marker lines. */
const TEXT_MARKERS = /\n(?:[ \t]*-{2,}[^\n]{0,80}(?:original message|message headers|copy of the message|undelivered message|returned message|unsent message|rfc822)[^\n]{0,80}|original message headers:?|[ \t]*------ This is a copy[^\n]*|[ \t]*--- Below this line[^\n]*)\n/i;

/** A header block that starts with typical mail fields (so a random body is not taken). */
function looksLikeHeaders(h: HeaderList): boolean {
  let n = 0;
  for (const k of ['from', 'to', 'subject', 'date', 'message-id', 'received', 'return-path', 'mime-version', 'content-type']) if (h.has(k)) n++;
  return n >= 2;
}

/** The original message's header block: as text (for header analysis) and parsed. */
export interface OriginalHeaders {
  readonly text: string;
  readonly headers: HeaderList;
}

/** The original message's header block, or null. */
export function findOriginalHeaders(message: ParsedMessage, detectorFound?: string): OriginalHeaders | null {
  for (const p of message.parts) {
    if (ORIGINAL_TYPES.has(p.contentType)) {
      const hb = parseHeaderBlock(p.text);
      if (hb.headers.fields.length > 0) return { text: hb.headers.text, headers: hb.headers };
    }
  }
  if (detectorFound) {
    const hb = parseHeaderBlock(detectorFound.replace(/^\s+/, ''));
    if (hb.headers.fields.length > 0) return { text: hb.headers.text, headers: hb.headers };
  }
  const flat = message.flatText;
  const m = TEXT_MARKERS.exec(flat.length > 256 * 1024 ? flat.slice(0, 256 * 1024) : flat);
  if (m) {
    const rest = flat.slice(m.index + m[0].length).replace(/^\s+/, '').replace(/^>[ \t]?/gm, '');
    const hb = parseHeaderBlock(rest);
    if (looksLikeHeaders(hb.headers)) return { text: hb.headers.text, headers: hb.headers };
  }
  return null;
}

/** Reads the original message's fields from its header block ("" for each missing field). */
export function readOriginal(found: OriginalHeaders | null): OriginalMessage {
  if (found === null) return { messageId: '', from: '', to: '', subject: '', date: '' };
  // One pass over the fields for the first of each (what `get` gives): a returned message's
  // block is long (Received, DKIM, ...) and only five fields are read, so indexing it by name
  // would cost more than the reads.
  let messageId: HeaderField | undefined;
  let from: HeaderField | undefined;
  let to: HeaderField | undefined;
  let subject: HeaderField | undefined;
  let date: HeaderField | undefined;
  for (const f of found.headers.fields) {
    switch (f.name) {
      case 'message-id':
        messageId ??= f;
        break;
      case 'from':
        from ??= f;
        break;
      case 'to':
        to ??= f;
        break;
      case 'subject':
        subject ??= f;
        break;
      case 'date':
        date ??= f;
        break;
    }
  }
  const fromValue = from?.value ?? '';
  const toValue = to?.value ?? '';
  return {
    messageId: (messageId?.value ?? '').replace(/^<|>$/g, ''),
    from: findAddress(fromValue) || fromValue,
    to: findAddress(toValue) || toValue,
    subject: subject?.value ?? '',
    date: toIsoDate(date?.value ?? ''),
  };
}
