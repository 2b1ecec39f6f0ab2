/**
 * Decides what the user pasted, so the page runs the right analysis without asking:
 * a code or reply line (explain), a whole message or NDR (parse, then explain each record),
 * NDR text copied out of a mail client (parse, falling back to explain), or a header block
 * (header analysis). Pure and bounded: it looks at the first lines only.
 */

/** What the input is. */
export type InputKind = 'empty' | 'code' | 'message' | 'ndr-text' | 'headers';

/** Lines examined at most: the header section of any real message starts well within these. */
const MAX_LINES = 400;
/** Characters of a line examined at most. */
const MAX_LINE = 1000;

/** `Name:value`: an RFC 5322 field name (printable ASCII without colon) and a colon (space optional). */
const HEADER_LINE = /^[!-9;-~]{1,76}:/;
/** An mbox separator line. */
const MBOX_FROM = /^From \S/;
/** Words that mark the text of a non-delivery report or DSN. */
const NDR_MARKERS =
  /Delivery has failed|Diagnostic information for administrators|Generating server|Remote Server returned|Undeliverable|could not be delivered|couldn't be delivered|wasn't delivered|Delivery Status Notification|Final-Recipient:|Reporting-MTA:|Action: failed|Mail Delivery (?:System|Subsystem)|returned to sender|permanent(?:ly)? (?:error|fatal)|The following (?:address|recipient)/i;

/**
 * Classifies pasted text.
 *
 * @example
 * ```ts
 * detectInputKind('550 5.1.1 User unknown'); // 'code'
 * detectInputKind('Received: from a by b; Tue, 1 Jan 2030 00:00:00 +0000\nFrom: x@y'); // 'headers'
 * ```
 */
export function detectInputKind(text: string): InputKind {
  const lines = firstLines(text);
  let start = 0;
  while (start < lines.length && lines[start]?.trim() === '') start++;
  if (start === lines.length) return 'empty';

  // The header section: from the first non-blank line to the next blank one.
  let headerLines = 0;
  let other = 0;
  let end = start;
  for (; end < lines.length; end++) {
    const line = lines[end] as string;
    if (line.trim() === '') break;
    if (HEADER_LINE.test(line) || (end === start && MBOX_FROM.test(line))) headerLines++;
    else if (/^[ \t]/.test(line) && headerLines > 0) continue; // folded continuation
    else other++;
  }
  const looksLikeHeaders = headerLines >= 2 && headerLines >= 3 * other;
  const ndr = NDR_MARKERS.test(text.length > 200_000 ? text.slice(0, 200_000) : text);
  if (looksLikeHeaders) {
    // A header section that fills every examined line is taken to go on into a body.
    const hasBody = lines.slice(end).some((l) => l.trim() !== '') || (lines.length === MAX_LINES && end === lines.length);
    return hasBody || ndr ? 'message' : 'headers';
  }
  if (ndr) return 'ndr-text';
  return 'code';
}

function firstLines(text: string): string[] {
  const out: string[] = [];
  let pos = 0;
  while (out.length < MAX_LINES && pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl === -1) nl = text.length;
    let line = text.slice(pos, Math.min(nl, pos + MAX_LINE));
    if (line.endsWith('\r')) line = line.slice(0, -1);
    out.push(line);
    pos = nl + 1;
  }
  return out;
}
