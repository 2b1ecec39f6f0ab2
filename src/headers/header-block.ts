/**
 * Finds the header block in what the user gave (a header block, a whole message, or an NDR that
 * carries the original message's headers) and splits it into unfolded fields, keeping order and
 * duplicates. Pasted headers often lose their folding indentation; such lines are read as
 * continuations and a warning says so.
 */
import type { HeaderField, HeaderSource } from '../types.js';
import { decodeEncodedWords } from './encoded-words.js';
import { MAX_FIELD_CHARS, MAX_FIELDS, MAX_INPUT_CHARS } from './limits.js';

/** Which header block to read from a message that holds more than one. */
export type HeaderPart = 'auto' | 'outer' | 'original';

/** The header block chosen from the input. */
export interface LocatedBlock {
  readonly text: string;
  readonly source: HeaderSource;
  readonly warnings: readonly string[];
}

// A field name, then optional blanks and ":". RFC 5322 allows any printable ASCII but ":", yet
// real names start with a letter and hold letters, digits and a few marks; refusing "(", "[" and a
// leading digit keeps pasted lines that lost their folding, such as "([fe80::1]) by host" or
// "07:31:37 +0000", from being taken for fields named "([fe80" or "07".
const FIELD_START = /^([A-Za-z][A-Za-z0-9!#$%&'*+.^_`|~-]{0,199})[ \t]*:/;
const ORIGINAL_SECTION = /^[ \t>]*original message headers[ \t]*:?[ \t]*$/im;
const RFC822_PART = /^content-type:[ \t]*(?:message\/(?:rfc822|global|global-headers)|text\/rfc822-headers)\b/im;
const REPORT_TYPE = /^content-type:[ \t]*multipart\/report\b/im;
const NDR_FROM = /^from:[^\n]{0,200}\b(?:mailer-daemon|postmaster)@/im;

/** Replaces CRLF and lone CR by LF and drops a byte-order mark. Linear. */
export function normalizeNewlines(text: string): string {
  let t = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (t.indexOf('\r') >= 0) t = t.replace(/\r\n?/g, '\n');
  return t;
}

function isFieldLine(line: string): boolean {
  return FIELD_START.test(line.length > 240 ? line.slice(0, 240) : line);
}

function firstContentLine(text: string): string {
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, Math.min(end, start + 400));
    if (line.trim() !== '') return line;
    start = end + 1;
  }
  return '';
}

/** Decodes quoted-printable text (soft line breaks and =XX escapes). Linear. */
export function decodeQuotedPrintable(text: string): string {
  let out = '';
  let i = 0;
  let chunkStart = 0;
  const bytes: number[] = [];
  const flushBytes = (): void => {
    if (bytes.length > 0) {
      out += new TextDecoder('utf-8').decode(new Uint8Array(bytes));
      bytes.length = 0;
    }
  };
  for (;;) {
    const eq = text.indexOf('=', i);
    if (eq < 0) break;
    if (eq > chunkStart) {
      flushBytes();
      out += text.slice(chunkStart, eq);
    }
    const next = text.charCodeAt(eq + 1);
    if (next === 10) {
      i = chunkStart = eq + 2; // soft line break
      continue;
    }
    const h = hex(next);
    const l = hex(text.charCodeAt(eq + 2));
    if (h >= 0 && l >= 0) {
      bytes.push(h * 16 + l);
      i = chunkStart = eq + 3;
      continue;
    }
    chunkStart = eq; // a literal "="
    i = eq + 1;
  }
  flushBytes();
  return out + text.slice(chunkStart);
}

function hex(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 70) return c - 55;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}

function looksQuotedPrintable(text: string): boolean {
  const head = text.slice(0, 8192);
  // "?=" at a line end closes an RFC 2047 word; it is not a soft line break.
  return /[^?]=\n/.test(head) || /=3D/.test(head) || /=20\n/.test(head);
}

/** The embedded original headers of an NDR, or null when the input holds none. */
function findOriginal(text: string): LocatedBlock | null {
  const sec = ORIGINAL_SECTION.exec(text);
  if (sec !== null) {
    let rest = text.slice(sec.index + sec[0].length).replace(/^\n+/, '');
    const warnings: string[] = [];
    if (looksQuotedPrintable(rest)) {
      rest = decodeQuotedPrintable(rest);
      warnings.push('the "Original message headers" section was quoted-printable encoded; decoded before reading');
    }
    return { text: rest, source: 'ndr-original-headers', warnings };
  }
  const part = RFC822_PART.exec(text);
  if (part !== null) {
    // Skip the part's own header lines up to the blank line, then blank lines.
    const partHeadersEnd = text.indexOf('\n\n', part.index);
    if (partHeadersEnd < 0) return null;
    const partHeaders = text.slice(part.index, partHeadersEnd);
    let rest = text.slice(partHeadersEnd + 2).replace(/^\n+/, '');
    const warnings: string[] = [];
    if (/^content-transfer-encoding:[ \t]*quoted-printable/im.test(partHeaders)) {
      rest = decodeQuotedPrintable(rest);
      warnings.push('the original message part was quoted-printable encoded; decoded before reading');
    }
    return { text: rest, source: 'rfc822-part', warnings };
  }
  return null;
}

/**
 * Picks the header block to analyse.
 *
 * `outer`: the input's own header block (leading lines that are not header fields are skipped).
 * `original`: the original message's headers inside an NDR ("Original message headers" section or
 * a message/rfc822 or text/rfc822-headers part). `auto`: the original headers when the input is
 * an NDR or a pasted NDR text, else the input's own block.
 *
 * @example
 * locateHeaderBlock('Subject: hi\n\nbody', 'auto').text // 'Subject: hi\n\nbody'
 */
export function locateHeaderBlock(input: string, part: HeaderPart): LocatedBlock {
  const warnings: string[] = [];
  let text = input;
  if (text.length > MAX_INPUT_CHARS) {
    text = text.slice(0, MAX_INPUT_CHARS);
    warnings.push(`input longer than ${MAX_INPUT_CHARS} characters; only the start was read`);
  }
  text = normalizeNewlines(text);
  if (part === 'outer') return { text, source: 'header-block', warnings };
  const startsWithHeaders = isFieldLine(firstContentLine(text));
  if (part === 'original' || !startsWithHeaders) {
    const found = findOriginal(text);
    if (found !== null) {
      if (part === 'auto') warnings.push('read the original message headers inside the NDR (use part "outer" for the NDR\'s own headers)');
      return { text: found.text, source: found.source, warnings: [...warnings, ...found.warnings] };
    }
    if (part === 'original') warnings.push('no original message headers found in the input; read its own header block instead');
    return { text, source: 'header-block', warnings };
  }
  // auto, input starts with headers: an NDR (multipart/report or from a mailer daemon) is read
  // for its original message's headers.
  const blockEnd = text.indexOf('\n\n');
  const outerHead = blockEnd < 0 ? text : text.slice(0, blockEnd);
  if (REPORT_TYPE.test(outerHead) || NDR_FROM.test(outerHead)) {
    const found = findOriginal(blockEnd < 0 ? '' : text.slice(blockEnd));
    if (found !== null && isFieldLine(firstContentLine(found.text))) {
      warnings.push('the input is an NDR: read the original message headers it carries (use part "outer" for the NDR\'s own headers)');
      return { text: found.text, source: found.source, warnings: [...warnings, ...found.warnings] };
    }
  }
  return { text, source: 'header-block', warnings };
}

function isBlankLine(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return true;
}

/** Fields and problems read from a header block. */
export interface SplitFields {
  readonly fields: HeaderField[];
  readonly warnings: string[];
}

/**
 * Splits a header block into unfolded fields, stopping at the first blank line. Never throws.
 *
 * @example
 * splitHeaderFields('Subject: a\n b\nTo: x@y\n\nbody').fields.map((f) => f.value) // ['a b', 'x@y']
 */
export function splitHeaderFields(text: string): SplitFields {
  const fields: HeaderField[] = [];
  const warnings: string[] = [];
  let name = '';
  let value = '';
  let line0 = 0;
  let truncated = false;
  let open = false;
  let skippedLeading = 0;
  let bareContinuations = 0;
  let droppedFields = 0;
  const close = (): void => {
    if (!open) return;
    open = false;
    if (fields.length >= MAX_FIELDS) {
      droppedFields++;
      return;
    }
    const v = value.trim();
    if (truncated) warnings.push(`header ${name} is longer than ${MAX_FIELD_CHARS} characters; the rest was cut`);
    const dec = decodeEncodedWords(v);
    for (const p of dec.problems) warnings.push(`${name}: ${p}`);
    fields.push({ index: fields.length, name, value: v, decoded: dec.text, line: line0 });
  };
  let start = 0;
  let lineNo = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    start = end + 1;
    lineNo++;
    if (isBlankLine(line)) {
      if (fields.length > 0 || open || end >= text.length) break;
      continue; // blank lines before the block
    }
    const c = line.charCodeAt(0);
    if (c === 32 || c === 9) {
      if (!open) {
        skippedLeading++;
        continue;
      }
      if (!truncated) {
        if (value.length + line.length > MAX_FIELD_CHARS) truncated = true;
        else value += line;
      }
      continue;
    }
    const m = FIELD_START.exec(line.length > 240 ? line.slice(0, 240) : line);
    if (m !== null) {
      close();
      name = m[1] as string;
      value = line.slice(m[0].length);
      if (value.length > MAX_FIELD_CHARS) {
        value = value.slice(0, MAX_FIELD_CHARS);
        truncated = true;
      } else truncated = false;
      line0 = lineNo;
      open = true;
      continue;
    }
    if (!open) {
      // mbox "From " lines and stray text before the first field.
      skippedLeading++;
      continue;
    }
    bareContinuations++;
    if (!truncated) {
      if (value.length + line.length + 1 > MAX_FIELD_CHARS) truncated = true;
      else value += ' ' + line;
    }
  }
  close();
  if (skippedLeading > 0) warnings.push(`${skippedLeading} line(s) before the first header field were not header fields and were skipped`);
  if (bareContinuations > 0) warnings.push(`${bareContinuations} line(s) with no leading whitespace and no field name were read as continuations of the field above (folding lost when pasted?)`);
  if (droppedFields > 0) warnings.push(`more than ${MAX_FIELDS} header fields; ${droppedFields} were not read`);
  return { fields, warnings };
}
