/**
 * Finds which SMTP command a failure answered, from the words around a reply
 * ("in reply to RCPT TO command", "after end of data", "while talking to ...: MAIL FROM").
 */

/** Exim 4.9x names a pipelined command so ("after pipelined RCPT TO:<...>"). */
const COMMAND_AFTER = /\b(?:in reply to|after|reply to|response to|while sending|during)\s+(?:the\s+)?(?:pipelined\s+)?(rcpt\s+to|mail\s+from|end\s+of\s+data|data|bdat|helo|ehlo|starttls|auth|quit|connect|initial\s+connection|message\s+body)\b/i;
const COMMAND_ECHO = />>>\s+(RCPT\s+TO|MAIL\s+FROM|DATA|HELO|EHLO|STARTTLS|AUTH|QUIT)\b/i;
/** A stage tag after the reply, as Yahoo writes it ("550 5.2.1 ... User Unknown [RCPT_TO]"). */
const COMMAND_TAG = /\[(RCPT_TO|MAIL_FROM)\]/;
/** Postfix's words for a server whose greeting was a refusal: "host mx[ip] refused to talk to me: 554 ...". */
const GREETING_REFUSED = /\brefused\s+to\s+talk\s+to\s+me\b/i;

/** Normalises a command phrase to CONN, HELO, EHLO, MAIL, RCPT, DATA, STARTTLS, AUTH, QUIT, or "". */
export function normalizeCommand(phrase: string): string {
  const p = phrase.toLowerCase().replace(/\s+/g, ' ').trim();
  if (p.startsWith('rcpt')) return 'RCPT';
  if (p.startsWith('mail')) return 'MAIL';
  // BDAT (RFC 3030 CHUNKING) carries the message as DATA does.
  if (p === 'data' || p === 'end of data' || p === 'message body' || p.startsWith('data ') || p === 'bdat' || p.startsWith('bdat ')) return 'DATA';
  if (p === 'helo') return 'HELO';
  if (p === 'ehlo') return 'EHLO';
  if (p === 'starttls') return 'STARTTLS';
  if (p === 'auth') return 'AUTH';
  if (p === 'quit') return 'QUIT';
  if (p === 'connect' || p === 'initial connection' || p === 'conn') return 'CONN';
  return '';
}

/**
 * The SMTP command named in `text`, normalised, or "".
 * @example findCommand('said: 550 no such user (in reply to RCPT TO command)') // 'RCPT'
 */
export function findCommand(text: string): string {
  const t = text.length > 8192 ? text.slice(0, 8192) : text;
  const m = COMMAND_AFTER.exec(t) ?? COMMAND_ECHO.exec(t) ?? COMMAND_TAG.exec(t);
  if (m) return normalizeCommand(m[1] as string);
  return GREETING_REFUSED.test(t) ? 'CONN' : '';
}
