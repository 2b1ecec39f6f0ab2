// The explain engine's rules: ranges, pairs, registry fallback, provider meanings of registry
// codes, reply and NDR layouts, who must act, and bad input.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { explain, explainReply } from '../../src/explain/explain.js';
import { MAX_CODES, MAX_INPUT_CHARS } from '../../src/explain/limits.js';
import { NdrkitError } from '../../src/errors.js';
import { REPLY_CODES } from '../../src/kb/reply-codes.js';
import { SEED_CONTOSO_NDR } from '../helpers/seed-ndr.js';

const first = (input: string) => explain(input).matches[0];
const ids = (input: string) => explain(input).matches.map((m) => m.id);

test('a code inside a range finds the range', () => {
  assert.equal(first('4.7.512')?.id, 'exo-4.7.500-699-sending-restricted');
  assert.equal(first('4.7.512')?.matchedCode, '4.7.512');
  assert.equal(first('451 4.7.860 Access denied, please try again later')?.id, 'exo-4.7.850-899-ip-restricted');
  assert.equal(first('5.7.620')?.id, 'exo-5.7.606-649-banned-sending-ip');
  assert.equal(first('550 5.7.620 Access denied, banned sending IP [192.0.2.1]')?.id, 'exo-5.7.606-649-banned-sending-ip');
  // Just outside: 5.7.650 is in no range and falls back to the registry.
  assert.equal(first('5.7.650')?.source, 'iana');
});

test('a range written as the table writes it matches that range exactly', () => {
  const r = explain('4.7.850-899 Access denied, please try again later');
  assert.deepEqual(r.codes, [{ enhanced: '4.7.850-899', basic: '' }]);
  assert.equal(r.matches[0]?.id, 'exo-4.7.850-899-ip-restricted');
});

test('pairs: "5.7.13 or 135" is two codes, "5.4.6 or 5.4.14" too', () => {
  assert.deepEqual(explain('5.7.13 or 135').codes.map((c) => c.enhanced), ['5.7.13', '5.7.135']);
  const r = explain('5.4.6 or 5.4.14 Routing loop detected');
  assert.deepEqual(r.codes.map((c) => c.enhanced), ['5.4.6', '5.4.14']);
  assert.equal(r.matches[0]?.id, 'exo-5.4.6-5.4.14-routing-loop');
  assert.equal(first('554 5.4.14 Hop count exceeded - possible mail loop ATTR34')?.id, 'exo-5.4.6-5.4.14-routing-loop');
});

test('unknown codes fall back to the registry detail, subject or class, so the answer is never empty', () => {
  const detail = first('2.6.4');
  assert.equal(detail?.id, 'iana-2.6.4');
  assert.equal(detail?.reason, 'delivered');
  const subject = first('5.3.77 something odd');
  assert.equal(subject?.id, 'iana-5.3.x');
  assert.equal(subject?.permanent, true);
  const cls = first('4.9.1');
  assert.equal(cls?.id, 'iana-4.x.x');
  assert.equal(cls?.owner, 'none', 'a temporary failure is retried: nobody acts');
  assert.equal(cls?.permanent, false);
});

test('Gmail 5.7.27: the registry meaning by code alone, Gmail\'s meaning with Gmail\'s text', () => {
  const alone = explain('5.7.27');
  assert.equal(alone.matches[0]?.id, 'iana-5.7.27');
  assert.match(alone.matches[0]?.title ?? '', /null MX/);
  assert.ok(alone.matches.some((m) => m.id === 'gmail-4.7.27-spf-did-not-pass'), 'Gmail\'s meaning is offered too');
  const withText = explain("550-5.7.27 Your email has been rate limited because SPF authentication didn't pass for this message.\n550 5.7.27 Gmail requires all bulk email senders to authenticate their email with SPF. - gsmtp");
  assert.equal(withText.matches[0]?.id, 'gmail-4.7.27-spf-did-not-pass');
  assert.equal(withText.matches[0]?.permanent, true, 'a 550 reply is permanent whatever the entry\'s default');
  assert.deepEqual(withText.codes, [{ enhanced: '5.7.27', basic: '550' }]);
});

test('Gmail 5.7.30 and Yahoo 5.7.9: the provider\'s text decides over the registry', () => {
  assert.equal(first('550 5.7.30 This mail has been blocked because DKIM does not pass. Gmail requires all large senders to authenticate with DKIM.')?.id, 'gmail-5.7.30-dkim-did-not-pass');
  assert.equal(first('5.7.30')?.id, 'iana-5.7.30');
  assert.equal(first('550 5.7.9 This mail has been blocked because the sender is unauthenticated. Yahoo requires all senders to authenticate with either SPF or DKIM.')?.id, 'yahoo-5.7.9-unauthenticated');
  assert.equal(first('5.7.9')?.id, 'iana-5.7.9');
});

test('the remote server picks the provider when only the code is known', () => {
  const gmail = explainReply({ status: '5.7.27', replyCode: '550', text: '', remoteMta: 'gmail-smtp-in.l.google.com' });
  assert.equal(gmail[0]?.id, 'gmail-4.7.27-spf-did-not-pass');
  const ms = explainReply({ status: '5.7.1', replyCode: '550', text: '5.7.1 Unable to relay', remoteMta: 'contoso-com.mail.protection.outlook.com' });
  assert.equal(ms[0]?.id, 'exo-5.7.1-relay');
  assert.equal(ms[0]?.source, 'exchange-online');
});

test('explainReply: the record\'s status is the primary code; the text decides between entries', () => {
  const m = explainReply({ status: '5.2.2', replyCode: '554', text: 'mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionQuotaExceeded' });
  assert.equal(m[0]?.id, 'exo-5.2.2-mailbox-full');
  assert.equal(m[0]?.matchedCode, '5.2.2');
  assert.deepEqual(explainReply({}), []);
  assert.throws(() => explainReply(null as never), NdrkitError);
});

test('the seed\'s contoso example: 530 5.7.1 from the recipient\'s own server is for the recipient\'s admin', () => {
  const ndr = `${SEED_CONTOSO_NDR}...`;
  const r = explain(ndr);
  assert.equal(r.matches[0]?.id, 'exo-5.7.1-not-authenticated');
  assert.equal(r.matches[0]?.owner, 'recipient-admin');
  assert.ok(r.matches[0]?.ownerNote);
  assert.deepEqual(r.codes, [{ enhanced: '5.7.1', basic: '530' }]);
  assert.equal(r.ndr?.remoteServer, 'mail.contoso.com');
  assert.equal(r.ndr?.generatingServer, 'alpineskihouse.com');
  // The same reply without the NDR around it keeps the entry's usual owner.
  assert.equal(first('530 5.7.1 Client was not authenticated')?.owner, 'sender-admin');
});

test('a code shared by several entries returns all, ranked, and says the reply text decides', () => {
  const r = explain('5.4.1');
  const exo = r.matches.filter((m) => m.source === 'exchange-online').map((m) => m.id);
  assert.deepEqual(exo.sort(), ['exo-5.4.1-recipient-rejected', 'exo-5.4.1-relay-access-denied']);
  assert.ok(r.warnings.some((w) => /reply text/.test(w)));
  const withText = explain('550 5.4.1 Recipient address rejected: Access denied');
  assert.equal(withText.matches[0]?.id, 'exo-5.4.1-recipient-rejected');
  assert.ok(!withText.warnings.some((w) => /reply text/.test(w)));
  assert.equal(first('550 5.4.1 Relay Access Denied')?.id, 'exo-5.4.1-relay-access-denied');
});

test('reply layouts: #550 ... ##, smtp;550, 550-continuation, 550; 5.7.515, Remote Server returned', () => {
  const hash = explain('#550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup ##');
  assert.deepEqual(hash.codes, [{ enhanced: '5.1.10', basic: '550' }]);
  assert.equal(hash.matches[0]?.id, 'exo-5.1.10-recipient-not-found');
  assert.deepEqual(explain('#< # 5.1.1 smtp; 550 5.1.1 RESOLVER.ADR.RecipNotFound; not found> #SMTP#').codes, [{ enhanced: '5.1.1', basic: '550' }]);
  const multi = explain('550-5.7.26 This mail has been blocked because the sender is\n550-5.7.26 unauthenticated. Gmail requires all senders to authenticate with\n550 5.7.26 either SPF or DKIM. - gsmtp');
  assert.deepEqual(multi.codes, [{ enhanced: '5.7.26', basic: '550' }]);
  assert.equal(multi.matches[0]?.id, 'gmail-5.7.26-unauthenticated');
  assert.equal(multi.matches[0]?.matchedText, 'This mail has been blocked because the sender is unauthenticated. Gmail requires all senders to authenticate with either SPF or DKIM.');
  const semi = explain('550; 5.7.515 Access denied, sending domain [SendingDomain] does not meet the required authentication level.');
  assert.deepEqual(semi.codes, [{ enhanced: '5.7.515', basic: '550' }]);
  assert.equal(semi.matches[0]?.id, 'outlookcom-5.7.515-authentication-level');
  assert.equal(first("Remote Server returned '550 5.7.1 Service unavailable, Client host [81.169.146.1] blocked using Spamhaus'")?.id, 'outlookcom-5.7.1-spamhaus');
});

test('a new-style NDR ("More info for email admins") is explained by its status code and text', () => {
  const ndr = [
    'Your message to adele@contoso.com couldn\'t be delivered.',
    'adele wasn\'t found at contoso.com.',
    'Office 365',
    'Action Required',
    'Unknown To address',
    'How to Fix It',
    'The address may be misspelled or may not exist.',
    'More info for email admins',
    'Status code: 550 5.1.10',
    'This error occurs because the sender sent a message to an email address hosted by Office 365 but the address is incorrect or doesn\'t exist.',
    'Original Message Details',
    'Created Date: 1/1/2026 10:00:00 AM',
  ].join('\n');
  const r = explain(ndr);
  assert.deepEqual(r.codes, [{ enhanced: '5.1.10', basic: '550' }]);
  assert.equal(r.matches[0]?.id, 'exo-5.1.10-recipient-not-found');
  assert.deepEqual(r.ndr?.recipients, ['adele@contoso.com']);
});

test('replies without an enhanced code: the text finds the entry, else the basic code explains', () => {
  const yahoo = explain('554 Message not allowed - [PH01] Email not accepted for policy reasons. Please visit https://postmaster.yahooinc.com/error-codes');
  assert.deepEqual(yahoo.codes, [{ enhanced: '', basic: '554' }]);
  assert.equal(yahoo.matches[0]?.id, 'yahoo-5.7.9-policy');
  const bare = explain('451 Requested action aborted: local error in processing');
  assert.equal(bare.matches[0]?.id, 'rfc5321-451');
  assert.equal(bare.matches[0]?.permanent, false);
  assert.equal(first('Recipient address rejected: SPF Permanent Error.')?.id, 'exo-5.1.0-spf-permanent-error');
});

test('dotted numbers that are not status codes are ignored (IP addresses, Yahoo\'s 4.16.55.1)', () => {
  assert.deepEqual(explain('Client host [10.5.7.1] blocked').codes, []);
  const y = explain('421 4.7.0 [TSS04] Messages from 192.0.2.25 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes');
  assert.deepEqual(y.codes.map((c) => c.enhanced), ['4.7.0']);
  assert.equal(y.matches[0]?.id, 'yahoo-4.7.0-deferred-volume-complaints');
});

test('the JSON contract: fields present, best first, maxMatches respected, deterministic, CRLF same as LF', () => {
  const r = explain('550 5.7.1 Unable to relay');
  const m = r.matches[0];
  assert.ok(m);
  for (const k of ['id', 'source', 'codes', 'replies', 'title', 'cause', 'fix', 'owner', 'permanent', 'reason', 'references', 'score', 'matchedCode', 'matchedText']) {
    assert.ok(k in m, `match has ${k}`);
  }
  for (let i = 1; i < r.matches.length; i++) assert.ok((r.matches[i - 1]?.score ?? 0) >= (r.matches[i]?.score ?? 0));
  assert.equal(explain('5.7.1', { maxMatches: 2 }).matches.length, 2);
  assert.deepEqual(explain('5.7.1'), explain('5.7.1'));
  const lf = 'Diagnostic information for administrators:\n#550 5.1.1 RESOLVER.ADR.ExRecipNotFound; not found ##\n';
  assert.deepEqual(explain(lf.replace(/\n/g, '\r\n')).matches.map((x) => x.id), explain(lf).matches.map((x) => x.id));
});

test('bad input: empty and binary give warnings; too large, non-string and bad options throw NdrkitError', () => {
  const empty = explain('   \n ');
  assert.deepEqual(empty.matches, []);
  assert.match(empty.warnings.join(' '), /empty/);
  const binary = explain('\u0000\u0001\u0002PK\u0003\u0004 5.7.1');
  assert.deepEqual(binary.matches, []);
  assert.match(binary.warnings.join(' '), /binary/);
  assert.throws(() => explain('x'.repeat(MAX_INPUT_CHARS + 1)), (e: unknown) => e instanceof NdrkitError && e.code === 'ERR_TOO_LARGE');
  assert.throws(() => explain(42 as unknown as string), (e: unknown) => e instanceof NdrkitError && e.code === 'ERR_INVALID_INPUT');
  assert.throws(() => explain('5.7.1', { maxMatches: 0 }), (e: unknown) => e instanceof NdrkitError && e.code === 'ERR_INVALID_OPTION');
  assert.deepEqual(ids('hello world'), []);
});

test('hostile input at the size limit finishes with bounded results', () => {
  const codes = explain('5.5.5 '.repeat(Math.floor(MAX_INPUT_CHARS / 6)));
  assert.ok(codes.codes.length <= MAX_CODES);
  const continuation = explain('550-5.7.1 x\n'.repeat(Math.floor(MAX_INPUT_CHARS / 12)));
  assert.deepEqual(continuation.codes, [{ enhanced: '5.7.1', basic: '550' }]);
  const longLine = explain('a'.repeat(MAX_INPUT_CHARS - 10) + ' 5.7.1');
  assert.equal(longLine.codes[0]?.enhanced, '5.7.1');
});

test('a Gmail reply folded by Postfix (550-5.1.1 inside the text) finds Gmail\'s entry, not Microsoft\'s', () => {
  const bounce = [
    '<jane@example.org>: host gmail-smtp-in.l.google.com[142.250.1.26] said:',
    '    550-5.1.1 The email account that you tried to reach does not exist. Please',
    '    try 550-5.1.1 double-checking the recipient\'s email address for typos or',
    '    550-5.1.1 unnecessary spaces. Learn more at 550 5.1.1',
    '    https://support.google.com/mail/?p=NoSuchUser a1si123 - gsmtp (in reply to RCPT TO command)',
  ].join('\n');
  const r = explain(bounce);
  assert.deepEqual(r.codes, [{ enhanced: '5.1.1', basic: '550' }]);
  assert.equal(r.matches[0]?.id, 'gmail-5.1.1-no-such-user');
  assert.equal(r.matches[0]?.matchedText, "The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces.");
  assert.equal(r.ndr?.remoteServer, 'gmail-smtp-in.l.google.com');
});

test('a code from a non-Microsoft server does not default to Microsoft\'s meaning', () => {
  const m = explainReply({ status: '5.4.1', replyCode: '550', text: '', remoteMta: 'mta7.am0.yahoodns.net' });
  assert.notEqual(m[0]?.source, 'exchange-online');
  assert.equal(m[0]?.id, 'iana-5.4.1');
  assert.equal(explainReply({ status: '5.4.1', replyCode: '550', text: '' })[0]?.source, 'exchange-online');
});

test('an NDR copied from an HTML page keeps its meaning (entities, non-breaking spaces)', () => {
  const r = explain('Remote Server returned &#39;550 5.2.2 mailbox full;&nbsp;STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionQuotaExceeded&#39;');
  assert.equal(r.matches[0]?.id, 'exo-5.2.2-mailbox-full');
  assert.notEqual(r.matches[0]?.matchedText, '');
  assert.equal(first("The message can&#39;t be submitted because the sender\u2019s submission quota was exceeded")?.id, 'exo-submission-quota-exceeded');
});

test('a reply worded differently from the table still leans on the words it shares with an entry', () => {
  const r = explain('550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized');
  assert.equal(r.matches[0]?.id, 'exo-5.7.1-not-authorized');
  assert.equal(r.matches[0]?.matchedText, '', 'no literal reply was found, so none is claimed');
  assert.ok((r.matches[0]?.score ?? 0) > (r.matches[1]?.score ?? 0));
  assert.ok(r.warnings.some((w) => /best guess/.test(w)));
});

test('a Gmail NDR about another server\'s refusal is not read as Gmail\'s own reply', () => {
  const ndr = [
    'Address not found',
    "Your message wasn't delivered to x@example.net because the address couldn't be found, or is unable to receive mail.",
    'Learn more at https://support.google.com/mail/?p=NoSuchUser',
    'The response from the remote server was:',
    '550 5.1.1 <x@example.net>: Recipient address rejected: User unknown in virtual mailbox table',
  ].join('\n');
  const r = explain(ndr);
  assert.deepEqual(r.codes, [{ enhanced: '5.1.1', basic: '550' }]);
  assert.notEqual(r.matches[0]?.source, 'gmail');
  assert.equal(r.matches[0]?.reason, 'userunknown');
});

test('Microsoft\'s meaning leads for a bare code or a Microsoft reply, the registry\'s for another system\'s words', () => {
  assert.equal(first('5.1.1')?.id, 'exo-5.1.1-bad-destination-mailbox');
  assert.equal(first('#550 5.1.1 RESOLVER.ADR.ExRecipNotFound; not found ##')?.id, 'exo-5.1.1-bad-destination-mailbox');
  const postfix = explain('550 5.1.1 <x@example.net>: Recipient rejected: no such user here');
  assert.equal(postfix.matches[0]?.id, 'iana-5.1.1');
  assert.ok(postfix.matches.some((m) => m.id === 'exo-5.1.1-bad-destination-mailbox'), 'Microsoft\'s meaning is still offered');
});

test('RFC 5321\'s standard reply texts alone give the basic code\'s meaning, not a vendor entry that quotes them', () => {
  // Exchange Server's 4.3.2 entry lists "Service not available"; Outlook.com's 5.5.0 entry lists
  // "Requested action not taken: mailbox unavailable". Any server sends those words.
  for (const [input, id] of [
    ['421 Service not available', 'rfc5321-421'],
    ['421 mx.example.org Service not available, closing transmission channel', 'rfc5321-421'],
    ['550 Requested action not taken: mailbox unavailable', 'rfc5321-550'],
    ['552 Requested mail action aborted: exceeded storage allocation', 'rfc5321-552'],
  ] as const) {
    const r = explain(input);
    assert.equal(r.matches[0]?.id, id, `${input}: ${ids(input).join(', ')}`);
    assert.ok(r.matches.every((m) => m.source === 'rfc5321' || m.matchedText === ''), `${input}: no vendor literal counts as matched`);
  }
  assert.ok(!ids('421 Service not available').includes('exs-4.3.2-service-not-available'));
  // The whole standard text is recognised as such; a part of it ("Service not available") is not.
  assert.equal(first('550 Requested action not taken: mailbox unavailable')?.matchedText, 'Requested action not taken: mailbox unavailable');
  assert.equal(first('421 Service not available')?.matchedText, '');
  // With no code at all, the standard text still names its reply code (found by the text alone).
  const textOnly = first('Requested mail action aborted: exceeded storage allocation');
  assert.equal(textOnly?.id, 'rfc5321-552');
  assert.equal(textOnly?.matchedCode, '');
  assert.match(textOnly?.cause ?? '', /standard text RFC 5321 gives for 552/);
  // With an enhanced code the phrase does not name, the registry's meaning leads.
  assert.equal(first('550 5.1.1 Requested action not taken: mailbox unavailable')?.id, 'iana-5.1.1');
});

test('a standard phrase counts for a vendor entry when its code, its server or its markers are there too', () => {
  const withCode = first('421 4.3.2 Service not available');
  assert.equal(withCode?.id, 'exs-4.3.2-service-not-available');
  assert.equal(withCode?.matchedText, 'Service not available');
  assert.equal(first('550 5.5.0 Requested action not taken: mailbox unavailable')?.id, 'exo-5.5.0-mailbox-unavailable');
  assert.equal(explain('550 Requested action not taken: mailbox unavailable', { remoteMta: 'mx1.hotmail.com' }).matches[0]?.id, 'exo-5.5.0-mailbox-unavailable');
  assert.equal(first('Remote server returned 421 Service not available')?.id, 'exs-4.3.2-service-not-available');
  // A vendor's own wording around a standard phrase is distinctive.
  assert.equal(first('421 Max message per connection reached, closing transmission channel')?.id, 'yahoo-max-messages-per-connection');
});

test('every failure reply RFC 5321 writes out ranks its basic code\'s meaning first', () => {
  for (const r of REPLY_CODES) {
    if (!/^[45]/.test(r.code)) continue;
    for (const t of r.standardTexts ?? []) {
      const input = `${r.code} ${t.replace('<domain>', 'mx.example.org').replace('<forward-path>', '<bob@example.net>')}`;
      assert.equal(first(input)?.id, `rfc5321-${r.code}`, `${input}: ${ids(input).slice(0, 3).join(', ')}`);
      assert.equal(first(input)?.matchedText, t, input);
    }
  }
});
