/**
 * Multi-line SMTP replies flattened by the reporting MTA. Postfix (and others) join the lines of
 * a reply such as
 *
 *     550-5.7.1 [192.0.2.1] Messages with multiple
 *     550 5.7.1 addresses in From: header are not accepted.
 *
 * into one Diagnostic-Code, keeping each line's code and status in the middle of the sentence
 * ("... with multiple 550 5.7.1 addresses in From: ..."), which splits the server's words.
 */

/** Longest text cleaned (Diagnostic-Code values are short; a hostile one is left as it is). */
const MAX_REPLY_TEXT = 16 * 1024;

/** The first line of a multi-line reply: code, hyphen, optional enhanced status. */
const FIRST_LINE = /(?:^|[\s:;])([245]\d\d)-(?:([245]\.\d{1,3}\.\d{1,3})(?=\s))?/;

/**
 * Drops the code (and status) that a flattened multi-line reply repeats at the start of each of
 * its lines, so the server's sentence reads whole. Only for a reply whose first line is marked
 * as continued (`550-`); the repeated prefix must be the same code and the same status.
 * @example joinFlattenedReply('550-5.7.1 Messages with multiple 550 5.7.1 addresses') // '550-5.7.1 Messages with multiple addresses'
 */
export function joinFlattenedReply(text: string): string {
  if (text.length > MAX_REPLY_TEXT || text.indexOf('-') < 0) return text;
  const m = FIRST_LINE.exec(text);
  if (!m) return text;
  const code = m[1] as string;
  const status = m[2];
  const start = m.index + m[0].length;
  const head = text.slice(0, start);
  let rest = text.slice(start);
  const repeated = status
    ? new RegExp(`\\s${code}[- ]${status.replace(/\./g, '\\.')}(?=\\s)`, 'g')
    : new RegExp(`\\s${code}-(?=\\S)`, 'g');
  rest = rest.replace(repeated, status ? '' : ' ');
  return head + rest;
}
