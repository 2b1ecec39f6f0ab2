// The view model and the Markdown export, fed with objects of the library's documented shapes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DeliveryRecord, ExplainMatch } from '../../src/types.js';
import { cardFromRecord, cardsFromExplain, firstSentence, pickMatch, replyFactsOf, replyLine } from '../../src/web/view-model.js';
import { diagnosisToMarkdown, mdCode, mdText } from '../../src/web/export-markdown.js';
import type { Diagnosis } from '../../src/web/diagnosis.js';
import { formatDelay } from '../../src/web/format.js';

const match = (over: Partial<ExplainMatch>): ExplainMatch => ({
  id: 'exo-5.7.1',
  source: 'exchange-online',
  codes: ['5.7.1'],
  replies: [],
  title: 'Not authorised to send',
  cause: 'The receiving server refused anonymous mail from the Internet. It accepts only authenticated senders.',
  fix: { sender: 'Tell the recipient by another channel.', recipientAdmin: 'Allow anonymous inbound mail on the receive connector.' },
  owner: 'recipient-admin',
  permanent: true,
  reason: 'securityerror',
  references: ['https://example.org/kb/5.7.1', 'javascript:alert(1)'],
  score: 10,
  matchedCode: '5.7.1',
  matchedText: '',
  ...over,
});

const record: DeliveryRecord = {
  file: '',
  recipient: 'ronald@contoso.com',
  kind: 'bounce',
  action: 'failed',
  status: '5.7.1',
  replyCode: '530',
  diagnosticCode: '530 5.7.1 Client was not authenticated',
  reason: 'securityerror',
  hardBounce: true,
  owner: 'recipient-admin',
  remoteMta: 'mail.contoso.com',
  reportingMta: 'alpineskihouse.com',
  command: '',
  date: '',
  detector: 'exchange',
  original: { messageId: '', from: '', to: '', subject: '', date: '' },
  kbId: 'exo-5.7.1-b',
};

test('firstSentence keeps one sentence and caps length', () => {
  assert.equal(firstSentence('The mailbox is full today. Ask them to clean up.'), 'The mailbox is full today.');
  assert.equal(firstSentence('No full stop at all'), 'No full stop at all');
  assert.equal(firstSentence('x'.repeat(1000)).length, 401);
  assert.equal(firstSentence('See RFC 5321 sec. 4.2.3 for the reply codes. More.'), 'See RFC 5321 sec. 4.2.3 for the reply codes.');
});

test('a record card takes the match its kbId names, and its owner from the record', () => {
  const matches = [match({}), match({ id: 'exo-5.7.1-b', title: 'B', owner: 'sender' })];
  assert.equal(pickMatch(matches, 'exo-5.7.1-b')?.id, 'exo-5.7.1-b');
  assert.equal(pickMatch(matches, 'nope')?.id, 'exo-5.7.1');
  assert.equal(pickMatch(matches, 'nope', 'securityerror')?.id, 'exo-5.7.1');
  assert.equal(pickMatch(matches, 'nope', 'userunknown'), null, 'an entry about another reason is not the explanation');
  assert.equal(pickMatch([], 'x'), null);
  const card = cardFromRecord(record, matches);
  assert.equal(card.kb?.id, 'exo-5.7.1-b');
  assert.equal(card.owner, 'recipient-admin');
  assert.equal(card.remoteMta, 'mail.contoso.com');
  assert.equal(card.reportingMta, 'alpineskihouse.com');
  assert.equal(card.verdict, 'Permanent failure · hard bounce: stop sending to this address');
  assert.deepEqual(card.alternatives, [{ id: 'exo-5.7.1', title: 'Not authorised to send' }]);
  assert.deepEqual(replyFactsOf(record), { status: '5.7.1', replyCode: '530', text: '530 5.7.1 Client was not authenticated', remoteMta: 'mail.contoso.com', recipient: 'ronald@contoso.com' });
});

test('a record whose matches are all about another reason is explained by its reason', () => {
  const card = cardFromRecord({ ...record, kbId: null, reason: 'userunknown', owner: 'sender' }, [match({ reason: 'mailboxfull', id: 'x', title: 'Full' })]);
  assert.equal(card.kb, null);
  assert.equal(card.cause, 'The mailbox does not exist at the destination.');
  assert.deepEqual(card.alternatives, [{ id: 'x', title: 'Full' }]);
});

test('a record without a KB match still has a cause and a fix for the sender', () => {
  const card = cardFromRecord({ ...record, kbId: null, owner: 'none', kind: 'delay', hardBounce: false }, []);
  assert.match(card.cause, /suspended|security|authentication/i);
  assert.match(card.fixForSender, /retr/i);
  assert.equal(card.kb, null);
  assert.match(card.verdict, /Delayed/);
});

test('a code card: first match explains, verdict from the class digit', () => {
  const [card, ...more] = cardsFromExplain({ input: '550 5.7.1', codes: [{ enhanced: '5.7.1', basic: '550' }], matches: [match({})], warnings: [] });
  assert.equal(more.length, 0);
  assert.ok(card);
  assert.equal(card.recipient, null);
  assert.equal(card.verdict, 'Permanent failure');
  assert.equal(card.cause, 'The receiving server refused anonymous mail from the Internet.');
  assert.deepEqual(card.adminFixes, [{ party: "Recipient's email admin", text: 'Allow anonymous inbound mail on the receive connector.' }]);
  const [none] = cardsFromExplain({ input: 'hello', codes: [], matches: [], warnings: [] });
  assert.match(none?.cause ?? '', /No knowledge-base entry/);
  assert.equal(none?.owner, 'none');
});

test('NDR text that names recipients and servers: one card per recipient, with the servers', () => {
  const cards = cardsFromExplain({
    input: 'Generating server: alpineskihouse.com\nmail.contoso.com #<x #5.7.1 smtp;530 5.7.1 Client was not authenticated> #SMTP#\n',
    codes: [{ enhanced: '5.7.1', basic: '530' }],
    matches: [match({ matchedText: 'Client was not authenticated', ownerNote: 'refused by the recipient domain' })],
    warnings: [],
    ndr: { generatingServer: 'alpineskihouse.com', remoteServer: 'mail.contoso.com', recipients: ['a@contoso.com', 'b@contoso.com'], rejectedByRecipientDomain: true },
  });
  assert.deepEqual(cards.map((c) => c.recipient), ['a@contoso.com', 'b@contoso.com']);
  assert.equal(cards[0]?.remoteMta, 'mail.contoso.com');
  assert.equal(cards[0]?.reportingMta, 'alpineskihouse.com');
  assert.equal(cards[0]?.diagnosticCode, 'mail.contoso.com #<x #5.7.1 smtp;530 5.7.1 Client was not authenticated> #SMTP#');
  assert.deepEqual(cards[0]?.evidence, [{ where: 'fix-it owner', text: 'refused by the recipient domain' }]);
});

test('Markdown export: untrusted text cannot add links, images or HTML', () => {
  assert.equal(mdCode('a`b'), '``a`b``');
  assert.equal(mdCode('`x'), '`` `x ``');
  assert.equal(mdText('[click](javascript:alert(1)) <img src=x onerror=alert(1)> ![i](http://t/x.png)'),
    '\\[click\\](javascript:alert(1)) \\<img src=x onerror=alert(1)\\> \\!\\[i\\](http://t/x.png)');
  const hostile = cardFromRecord({ ...record, recipient: '<script>alert(1)</script>@x', diagnosticCode: '550 [x](javascript:alert(1))' }, [match({})]);
  const d: Diagnosis = { kind: 'message', messages: [{ file: 'a.eml', subject: '<b>hi</b>', cards: [hostile], headers: null, warnings: [] }], json: {} };
  const md = diagnosisToMarkdown(d);
  assert.match(md, /### `<script>alert\(1\)<\/script>@x`/);
  assert.match(md, /- \*\*Server reply:\*\* `550 \[x\]\(javascript:alert\(1\)\)`/);
  assert.match(md, /- \*\*Rejecting server:\*\* `mail\.contoso\.com`/);
  assert.match(md, /- \*\*Fix-it owner:\*\* The recipient's email admin/);
  assert.match(md, / {2}- <https:\/\/example\.org\/kb\/5\.7\.1>/);
  assert.match(md, / {2}- `javascript:alert\(1\)`/, 'a non-http reference is not an autolink');
  // Nothing outside code spans looks like a link or a tag.
  const outsideCode = md.replace(/(`+)[\s\S]*?\1/g, '');
  assert.doesNotMatch(outsideCode, /<(?!https?:)[a-z]|\]\(/i);
});

test('Markdown export: headers, hops with delays, authentication and findings', () => {
  const d: Diagnosis = {
    kind: 'headers',
    messages: [{
      file: '', subject: '', cards: [], warnings: ['one warning'],
      headers: {
        summary: [], alignment: [], antispam: [], warnings: [],
        hops: [{ from: 'a.example', by: 'b.example', with: 'ESMTPS', date: '', delaySeconds: 3, provider: null }, { from: 'b.example', by: 'c.example', with: '', date: '', delaySeconds: 3725, provider: 'Microsoft' }],
        totalDelaySeconds: 3728,
        auth: [{ method: 'SPF', result: 'none', detail: 'smtp.mailfrom=o365e083.onmicrosoft.com' }, { method: 'DMARC', result: 'fail', detail: 'action=oreject' }],
        findings: [{ id: 'dmarc-fail', severity: 'error', title: 'DMARC failed', detail: '', owner: 'sender-admin', fix: 'Publish SPF and sign with DKIM.', evidence: [] }],
      },
    }],
    json: {},
  };
  const md = diagnosisToMarkdown(d);
  assert.match(md, /\| 2 \| `b\.example` \| `c\.example` \| 1 h 2 min \|/);
  assert.match(md, /Total time in transit: 1 h 2 min/);
  assert.match(md, /- \*\*DMARC:\*\* `fail` — action=oreject/);
  assert.match(md, /- \*\*error:\*\* DMARC failed — Publish SPF and sign with DKIM\./);
  assert.match(md, /> Note: one warning/);
});

test('replyLine picks the line that holds the reply, bounded', () => {
  assert.equal(replyLine('a\n  550 5.1.1 nope  \nb', '5.1.1'), '550 5.1.1 nope');
  assert.equal(replyLine(' whole ', ''), 'whole');
  assert.equal(replyLine('Status: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 no such user\n', '5.1.1'), 'Diagnostic-Code: smtp; 550 5.1.1 no such user');
  assert.equal(replyLine('x'.repeat(5000), 'x').length, 1001);
});

test('formatDelay', () => {
  assert.equal(formatDelay(null), '?');
  assert.equal(formatDelay(0), '0 s');
  assert.equal(formatDelay(59.6), '1 min');
  assert.equal(formatDelay(185), '3 min 5 s');
  assert.equal(formatDelay(7800), '2 h 10 min');
  assert.equal(formatDelay(3 * 86400 + 4 * 3600), '3 d 4 h');
  assert.equal(formatDelay(-5), '−5 s');
  assert.equal(formatDelay(3599.6), '1 h');
  assert.equal(formatDelay(86399), '24 h');
  assert.equal(formatDelay(86400 + 1799), '1 d');
  assert.equal(formatDelay(-7800), '−2 h 10 min');
});
