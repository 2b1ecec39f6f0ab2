// Bounces forwarded by people (src/parse/forwarded.ts): the report a forward carries answers,
// not the forward; a forward of ordinary mail stays no bounce.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseMessage } from '../../src/mime/parse-message.js';
import { isPersonForward, unwrapInlineForward } from '../../src/parse/forwarded.js';
import { parseBounceSync } from '../../src/parse/parse-bounce.js';
import { corpusBytes, PLAIN_MESSAGE } from '../helpers/corpus.js';
import { toBinary, visibleText } from '../helpers/transform-message.js';

const POSTFIX = toBinary(corpusBytes('lhost-postfix-01.eml'));

function forward(subject: string, body: string): string {
  return ['From: Anna <anna@example.org>', 'To: it@example.org', `Subject: ${subject}`, 'Content-Type: text/plain; charset=utf-8', '', body].join('\n');
}

test('a German Outlook forward (Von: / Gesendet: / An: / Betreff:, no rule) is read as the report it holds', () => {
  const body = ['Kannst du dir das ansehen?', '', 'Von: MAILER-DAEMON@p351355.pool.example.ne.jp (Mail Delivery System)', 'Gesendet: Donnerstag, 29. April 2013 23:45', 'An: shironeko@mx.example.jp', 'Betreff: Undelivered Mail Returned to Sender', '', visibleText(POSTFIX)].join('\n');
  const m = parseMessage(forward('WG: Undelivered Mail Returned to Sender', body));
  assert.equal(isPersonForward(m), true);
  const inner = unwrapInlineForward(m);
  assert.equal(inner?.headers.get('subject'), 'Undelivered Mail Returned to Sender');
  assert.match(inner?.headers.get('from') ?? '', /MAILER-DAEMON@/);
  const { records } = parseBounceSync(forward('WG: Undelivered Mail Returned to Sender', body));
  const original = parseBounceSync(POSTFIX).records;
  assert.deepEqual(
    records.map((r) => [r.recipient, r.replyCode, r.reason]),
    original.map((r) => [r.recipient, r.replyCode, r.reason]),
  );
});

test('a Gmail forward in French ("Message transféré", De: / Date: / Objet: / À:) is unwrapped', () => {
  const body = ['---------- Message transféré ---------', 'De : Mail Delivery System <MAILER-DAEMON@example.net>', 'Date: jeu. 29 avr. 2013 à 23:45', 'Objet : Undelivered Mail Returned to Sender', 'À : <shironeko@mx.example.jp>', '', 'body'].join('\n');
  const inner = unwrapInlineForward(parseMessage(forward('TR: Undelivered Mail Returned to Sender', body)));
  assert.equal(inner?.headers.get('to'), '<shironeko@mx.example.jp>');
  assert.equal(inner?.parts[0]?.text, 'body');
});

test('a forward of ordinary mail is no bounce, and a text without a forward block is not unwrapped', () => {
  const plainBody = PLAIN_MESSAGE.slice(PLAIN_MESSAGE.indexOf('\n\n') + 2);
  const fwd = forward('Fwd: Lunch on Friday?', ['FYI', '', '---------- Forwarded message ---------', 'From: Alice Example <alice@example.org>', 'Date: Tue, 3 Mar 2026 10:00:00 +0000', 'Subject: Lunch on Friday?', 'To: Bob Example <bob@example.net>', '', plainBody].join('\n'));
  assert.deepEqual(parseBounceSync(fwd).records, []);
  assert.equal(unwrapInlineForward(parseMessage(PLAIN_MESSAGE)), null);
  // "From:" quoted in a report's text is no forward block without Sent:/Date: and Subject:
  assert.equal(unwrapInlineForward(parseMessage(forward('x', 'Hello\n\nFrom: someone@example.org\nThanks'))), null);
});

test('a report is not a person forward, whatever its Subject; a forward prefix in other languages is', () => {
  assert.equal(isPersonForward(parseMessage('Subject: Fwd: hi\nContent-Type: multipart/report; boundary=x\n\n--x--\n')), false);
  for (const s of ['Fwd: a', 'FW: a', 'WG: a', 'TR: a', 'RV: a', 'Doorst: a', 'VS: a']) assert.equal(isPersonForward(parseMessage(`Subject: ${s}\n\nx`)), true, s);
  for (const s of ['Undeliverable: a', 'Returned mail: see transcript', 'Re: a']) assert.equal(isPersonForward(parseMessage(`Subject: ${s}\n\nx`)), false, s);
});

test('an m-FILTER report pasted without its X-Mailer header is still read as m-FILTER', () => {
  const original = parseBounceSync(corpusBytes('lhost-mfilter-03.eml')).records;
  const pasted = parseBounceSync(visibleText(toBinary(corpusBytes('lhost-mfilter-03.eml')))).records;
  assert.equal(original[0]?.detector, 'mfilter');
  assert.deepEqual(
    pasted.map((r) => [r.detector, r.recipient, r.replyCode, r.reason]),
    original.map((r) => [r.detector, r.recipient, r.replyCode, r.reason]),
  );
});
