// The last-resort text reader: what it claims (a report's wording + a mail-system sender or
// null sender + an address with a reply) and what it must leave alone (ordinary mail, replies
// quoting a bounce, reports without a recipient's reply, success notices), and that it stays
// linear on large hostile input. Messages here are written for the test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { genericText } from '../../src/detectors/generic-text.js';
import { isDelaySubject, isFailureSubject } from '../../src/detectors/report-wording.js';
import { parseMessage } from '../../src/mime/parse-message.js';
import { corpusBytes, corpusFiles } from '../helpers/corpus.js';

function detect(text: string): ReturnType<typeof genericText.detect> {
  return genericText.detect(parseMessage(text));
}

const DAEMON = 'Return-Path: <>\nFrom: Mail Delivery System <MAILER-DAEMON@mx.example.net>\nTo: alice@example.net\n';

test('claims a report with a bounce subject, a daemon sender and an address followed by its reply', () => {
  const d = detect(`${DAEMON}Subject: Undeliverable: hello\n\nThe following recipients failed:\n\n  bob@example.org\n    host mx.example.org said: 550 5.1.1 <bob@example.org> no such user (in reply to RCPT TO command)\n\n  carol@example.org\n    452 4.2.2 Mailbox full\n`);
  assert.ok(d);
  assert.deepEqual(
    d.recipients.map((r) => [r.recipient, r.action, r.diagnosticCode, r.remoteMta, r.command]),
    [
      ['bob@example.org', 'failed', '550 5.1.1 <bob@example.org> no such user (in reply to RCPT TO command)', 'mx.example.org', 'RCPT'],
      ['carol@example.org', 'failed', '452 4.2.2 Mailbox full', '', ''],
    ],
  );
  assert.ok(d.recipients[0]?.evidence?.some((e) => e.where === 'header:Subject'));
});

test('a report naming one address takes the reply found further down', () => {
  const d = detect(`${DAEMON}Subject: Mail delivery failed\n\nYour message to dave@example.org could not be delivered.\n\nTechnical details:\n\nRemote server replied: 554 5.7.1 Rejected by policy\n`);
  assert.equal(d?.recipients[0]?.recipient, 'dave@example.org');
  assert.equal(d?.recipients[0]?.diagnosticCode, '554 5.7.1 Rejected by policy');
});

test('a delay subject gives delayed, unless the reply is permanent', () => {
  const d = detect(`${DAEMON}Subject: Delivery Status Notification (Delay)\n\nerin@example.org\n  451 4.4.1 Connection timed out\n\nfrank@example.org\n  550 5.1.1 unknown\n`);
  assert.deepEqual(d?.recipients.map((r) => r.action), ['delayed', 'failed']);
});

test('never takes the bounce\'s own addresses or the mailer-daemon as recipients', () => {
  const d = detect(`${DAEMON}Subject: Returned mail\n\nalice@example.net sent a message.\nMAILER-DAEMON@mx.example.net: 550 5.0.0 loop\n\ngina@example.org: 550 5.1.1 unknown\n`);
  assert.deepEqual(d?.recipients.map((r) => r.recipient), ['gina@example.org']);
});

test('leaves alone: ordinary mail, replies and forwards quoting a bounce, success notices', () => {
  const body = '\n\nhank@example.org\n  550 5.1.1 User unknown\n';
  assert.equal(detect(`From: Ivy <ivy@example.com>\nReturn-Path: <ivy@example.com>\nSubject: Undeliverable mail again${body}`), null, 'a person writing about bounces');
  assert.equal(detect(`${DAEMON}Subject: Re: Undeliverable: hello${body}`), null, 'a reply');
  assert.equal(detect(`${DAEMON}Subject: WG: Unzustellbar: Angebot${body}`), null, 'a German forward');
  assert.equal(detect(`${DAEMON}Subject: Delivered: hello\n\nhank@example.org\n  250 2.0.0 OK\n`), null, 'a success notice');
  assert.equal(detect(`${DAEMON}Subject: Weekly statistics\n\nhank@example.org sent 550 messages\n`), null, 'a daemon sender alone');
  assert.equal(detect(`From: Postmaster <postmaster@example.com>\nReturn-Path: <postmaster@example.com>\nSubject: Planned maintenance\n\nMail could not be delivered during the window; write to help@example.com, error 550 pages may show.\n`), null);
});

test('needs a reply or a failure phrase by the address: wording alone is not enough', () => {
  assert.equal(detect(`${DAEMON}Subject: Undeliverable: hello\n\nYour message could not be delivered.\nContact helpdesk@example.org for help.\n`), null);
  assert.equal(detect(`${DAEMON}Subject: Undeliverable: hello\n\nYour message could not be delivered.\n\n`), null);
});

test('a pasted report without headers needs its opening sentence, or a reply quoted as only reports quote one', () => {
  assert.ok(detect('Delivery has failed to these recipients or groups:\n\nivan@example.org\nRemote Server returned \'550 5.1.1 not found\'\n'));
  assert.equal(detect('ivan@example.org\n550 5.1.1 not found\n'), null);
  // Postfix's recipient block alone, its reply wrapped under the address: the address quoted in
  // the wrapped reply is the sender's, not a second recipient
  const block = detect('<ivan@example.org>: host mx.example.org[192.0.2.1] said: 554 Mail from\n    alice@example.net rejected for policy reasons. (in reply to MAIL FROM\n    command)\n');
  assert.deepEqual(block?.recipients.map((r) => r.recipient), ['ivan@example.org']);
  assert.match(block?.recipients[0]?.diagnosticCode ?? '', /^554 Mail from alice@example\.net rejected for policy reasons/);
  // a session transcript: the command echoed before the reply is its stage
  const transcript = detect('...\n\nSent <<< RCPT TO:<ivan@example.org>\nReceived >>> 550 5.1.1 <ivan@example.org>... user unknown\n');
  assert.equal(transcript?.recipients[0]?.recipient, 'ivan@example.org');
  const echoed = detect('Each of the following recipients was rejected by a remote\nmail server.\n    Recipient: <ivan@example.org>\n    >>> RCPT TO:<ivan@example.org>\n    <<< 550 <ivan@example.org>: User unknown\n');
  assert.equal(echoed?.recipients[0]?.command, 'RCPT');
  // a transcript whose RCPT TO was accepted and no failure followed is no report
  assert.equal(detect('In:  RCPT TO:<ivan@example.org>\nOut: 250 2.1.5 Ok\nIn:  DATA\nOut: 250 2.0.0 Ok: queued\n'), null);
});

test('a failure sentence that names the address and goes on to the next line', () => {
  const d = detect('Your message to: ivan@example.org\nwas blocked by our Spam Firewall. The email you sent has NOT BEEN DELIVERED:\n');
  assert.equal(d?.recipients[0]?.recipient, 'ivan@example.org');
  assert.match(d?.recipients[0]?.diagnosticCode ?? '', /was blocked by our Spam Firewall/);
  // a next line that starts a new sentence is not read with the address
  assert.equal(detect('Your message could not be delivered.\nSent to: ivan@example.org\nThank you, it was blocked.\n'), null);
});

test('the copy of the returned message is not read as the report', () => {
  const d = detect(`${DAEMON}Subject: Undelivered Mail Returned to Sender\n\njudy@example.org: 550 5.1.1 unknown\n\n------ This is a copy of the message, including all the headers. ------\nReturn-Path: <alice@example.net>\nTo: kate@example.org\n\nkate@example.org 550 5.1.1 quoted in the body\n`);
  assert.deepEqual(d?.recipients.map((r) => r.recipient), ['judy@example.org']);
});

test('report subjects in many languages; replies and ordinary subjects are not', () => {
  for (const s of ['Undeliverable: x', 'Undelivered Mail Returned to Sender', 'Delivery Status Notification (Failure)', 'Mail delivery failed: returning message to sender', 'failure notice', 'Returned mail: see transcript', 'Unzustellbar: x', 'Nicht zustellbar: x', 'Non remis : x', 'Échec de la remise', 'No se puede entregar: x', 'Non recapitabile: x', 'Onbestelbaar: x', 'Niedostarczalne: x', '配信不能', 'メール配信エラー', '未送達のお知らせ', '系统退信', 'Недоставленное сообщение', '메일 전송 실패', '[SPAM] Undeliverable: x']) {
    assert.ok(isFailureSubject(s), s);
  }
  for (const s of ['Hello', 'Meeting notes', 'Invoice 550', 'Delivery of your order', 'Your parcel delivery']) assert.ok(!isFailureSubject(s), s);
  assert.ok(isDelaySubject('Delivery Status Notification (Delay)'));
  assert.ok(isDelaySubject('Warning: message 1abc-000 delayed 24 hours'));
  assert.ok(!isDelaySubject('Undeliverable: x'));
});

test('stays linear on a large report full of addresses and codes', () => {
  const line = 'x@example.org 550 5.1.1 a\n'.repeat(20_000) + `${'a'.repeat(100_000)}@${'b'.repeat(60)}.example\n`;
  const d = detect(`${DAEMON}Subject: Undeliverable: big\n\n${line}`);
  assert.ok(d);
  assert.ok(d.recipients.length <= 100);
});

test('a report naming no address takes the sole To of the returned message, only with a reply code', () => {
  const mk = (report: string, to: string): string =>
    `${DAEMON}Subject: Undeliverable: hello\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="b"\n\n--b\nContent-Type: text/plain\n\n${report}\n--b\nContent-Type: message/rfc822\n\nFrom: alice@example.net\nTo: ${to}\nSubject: hello\n\nbody\n--b--\n`;
  const d = detect(mk('Your message could not be delivered.\n\n550 5.1.1 User unknown\n', 'Leo <leo@example.org>'));
  assert.deepEqual(d?.recipients.map((r) => [r.recipient, r.diagnosticCode]), [['leo@example.org', '550 5.1.1 User unknown']]);
  assert.equal(detect(mk('Your message could not be delivered.\n\n550 5.1.1 User unknown\n', 'leo@example.org, mia@example.org')), null, 'two addressees: unknown which failed');
  assert.equal(detect(mk('Your message could not be delivered.\n', 'leo@example.org')), null, 'no reply code');
});

test('claims none of the returned messages enclosed in corpus bounces (ordinary mail)', () => {
  let enclosed = 0;
  for (const file of corpusFiles()) {
    for (const p of parseMessage(corpusBytes(file)).parts) {
      if (p.contentType !== 'message/rfc822') continue;
      const inner = parseMessage(p.text);
      // A returned message that is itself a report (multipart/report: a bounce of a bounce, as in
      // lhost-x5-01) is no ordinary mail; reading it as one is right.
      if (inner.headers.get('content-type').toLowerCase().startsWith('multipart/report')) continue;
      enclosed++;
      assert.equal(genericText.detect(inner), null, `${file}: its returned message was claimed`);
    }
  }
  assert.ok(enclosed > 100, `only ${enclosed} enclosed messages`);
});

test('a pasted report: a list of addresses after its failure sentence, the words after an address as its reason', () => {
  const d = detect('Delivery to the following recipients failed.\n\n       bob@example.org\n\n');
  assert.deepEqual(d?.recipients.map((r) => [r.recipient, r.action, r.diagnosticCode]), [['bob@example.org', 'failed', 'Delivery to the following recipients failed.']]);
  const e = detect('Delivery to the following recipient failed permanently:\n\n     bob@example.org\n\nTechnical details of permanent failure:\nStorage quota exceeded\n');
  assert.equal(e?.recipients[0]?.diagnosticCode, 'Delivery to the following recipient failed permanently: Technical details of permanent failure: Storage quota exceeded');
  // a person's list is no report: no failure sentence introduces it
  assert.equal(detect('Please add these to the newsletter:\n\n  bob@example.org\n  carol@example.org\n'), null);
});

test('an opening sentence wrapped over two lines, and report fields quoted before it, still make a report', () => {
  const wrapped = detect("I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n<bob@example.org>: host mx.example.org said: 550 5.1.1 no such user\n");
  assert.equal(wrapped?.recipients[0]?.recipient, 'bob@example.org');
  const quoted = detect('This report relates to a message you sent with the following header fields:\n\n  Message-id: <1@example.net>\n  To: bob@example.org\n\nYour message cannot be delivered to the following recipients:\n\n  Recipient address: bob@example.org\n  Reason: Over quota\n  Diagnostic code: smtp;552 5.2.2 Over quota\n');
  assert.deepEqual(quoted?.recipients.map((r) => [r.recipient, r.diagnosticCode]), [['bob@example.org', '552 5.2.2 Over quota']]);
});

test('a header block a client showed (no Received, no Return-Path) from a mail system needs no report Subject', () => {
  const shown = 'From: Mail Delivery System <MAILER-DAEMON@mx.example.net>\nTo: alice@example.net\nSubject: Delivery Status\n\n';
  const body = 'Your message could not be sent.\n\nbob@example.org: 550 5.1.1 no such user\n';
  assert.equal(detect(shown + body)?.recipients[0]?.recipient, 'bob@example.org');
  // delivered by a server (a Received field) without a null sender: the Subject must say it
  assert.equal(detect('Received: from mx.example.net by mx.example.org; Tue, 3 Mar 2026 10:00:00 +0000\n' + shown + body), null);
});

test('a paste whose first line looks like a field is still a paste; the reply is the line most like one', () => {
  const paste = [
    '[http://example.com/logo.png?v=1]',
    'Your message to bob@example.org couldn\'t be delivered.',
    '',
    'Clear the Auto-Complete List: see "Fix email delivery issues for error code 5.1.10".',
    '',
    'Status code: 550 5.1.10',
    '',
    'Sender Address: alice@example.net',
    'Recipient Address: bob@example.org',
  ].join('\n');
  const d = detect(paste);
  assert.deepEqual(d?.recipients.map((r) => r.recipient), ['bob@example.org']);
  assert.match(d?.recipients[0]?.diagnosticCode ?? '', /^550 5\.1\.10\b/);
});

test('the envelope sender a pasted transcript names (MAIL FROM:<...>) is never taken as the recipient', () => {
  const paste = 'A message that you sent could not be delivered to one or more of its recipients.\n\n  bob\n    SMTP error from remote mail server after MAIL FROM:<alice@example.net> SIZE=1543:\n    host mx.example.org [192.0.2.20]: 550 5.7.0 <alice@example.net>... Please use the smtp server of your ISP.\n';
  assert.equal(detect(paste), null);
});

test('a reply code written with a colon after it, or behind an error-code label, is read as the reply code', () => {
  const colon = detect('Sorry, we were unable to deliver your message to the following address.\n\n<ivan@example.org>:\n550: 5.2.2 <ivan@example.org>... Mailbox Full\n');
  assert.equal(colon?.recipients[0]?.replyCode, '550');
  const label = detect('A message that you sent could not be delivered to one or more of its recipients.\n\nivan@example.org Invalid Address, ERROR_CODE :550, ERROR_CODE :Requested action not taken: mailbox unavailable\n');
  assert.equal(label?.recipients[0]?.replyCode, '550');
  // a code the reader takes itself is left to it; a time or a count is no reply code
  assert.equal(detect('Your message could not be delivered.\n\nivan@example.org: 550 5.1.1 user unknown\n')?.recipients[0]?.replyCode, undefined);
  assert.equal(detect('Your message could not be delivered.\n\nivan@example.org failed after 450: 12 tries\n')?.recipients[0]?.replyCode, undefined);
});

test('Postfix\'s "(expanded from <alias>)": the expanded address is the recipient, the wrapped line its words', () => {
  const d = detect('Your message could not be delivered for more than 15 minutes.\n\n<ivan-box@example.org> (expanded from\n    <ivan@example.org>): temporary failure. Command output: Quota exceeded\n');
  assert.deepEqual(d?.recipients.map((r) => r.recipient), ['ivan-box@example.org']);
  assert.match(d?.recipients[0]?.diagnosticCode ?? '', /temporary failure/);
});
