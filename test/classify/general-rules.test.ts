// General classification rules other than the SMTP stage (see smtp-stage.test.ts): the queue's
// final outcome decided before the knowledge base, multi-line replies read as one sentence, a
// named reputation before the word "spam", amavisd-new's UBE verdict.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifyRecord, createClassifier } from '../../src/classify/classify-record.js';
import { isHardBounce } from '../../src/classify/hardness.js';
import { joinReplyLines, prepareInput } from '../../src/classify/match-rule.js';
import { RULE_TABLES } from '../../src/classify/rules/index.js';
import type { ClassifyInput } from '../../src/classify/types.js';

function input(over: Partial<ClassifyInput>): ClassifyInput {
  return { status: '', replyCode: '', text: '', remoteMta: '', reportingMta: '', command: '', action: 'failed', detector: 'rfc3464', ...over };
}

test('a final failure whose last error is a temporary time-out expired in the queue', () => {
  const c = classifyRecord(input({ status: '4.4.1', text: 'connect to example.com[192.0.2.1]:25: Connection timed out' }));
  assert.equal(c.reason, 'expired');
  assert.equal(c.decidedBy, 'rule:queue-outcome/timed-out-until-expiry');
  assert.equal(classifyRecord(input({ replyCode: '421', text: '421 example.com (smtp)... Deferred: Connection timed out during user open' })).reason, 'expired');
});

test('the same time-out in a delay notice is still being retried: not expired', () => {
  assert.notEqual(classifyRecord(input({ action: 'delayed', status: '4.4.1', text: 'connect to example.com[192.0.2.1]:25: Connection timed out' })).reason, 'expired');
});

test('a permanent code with time-out words is not read as an expired queue', () => {
  assert.notEqual(classifyRecord(input({ status: '5.4.1', replyCode: '550', text: '550 5.4.1 timed out waiting for the recipient server' })).reason, 'expired');
});

test('a classifier built over custom tables does not get the project\'s pre-KB rows', () => {
  const c = createClassifier(RULE_TABLES)(input({ status: '4.4.1', text: 'connect to example.com[192.0.2.1]:25: Connection timed out' }));
  assert.notEqual(c.decidedBy, 'rule:queue-outcome/timed-out-until-expiry');
});

test('multi-line replies are matched as one sentence', () => {
  assert.equal(joinReplyLines('550-5.7.1 messages with multiple 550 5.7.1 addresses in from: header'), '550-5.7.1 messages with multiple addresses in from: header');
  assert.equal(joinReplyLines('this message is 550-5.7.1 likely suspicious'), 'this message is likely suspicious');
  assert.equal(joinReplyLines('550 user unknown'), '550 user unknown');
  assert.equal(prepareInput(input({ text: '421-4.7.0 Try again 421-4.7.0 later' })).text, '421-4.7.0 try again later');
  const c = classifyRecord(input({ remoteMta: 'gmail-smtp-in.l.google.com', status: '5.7.1', replyCode: '550', command: 'DATA', text: '550-5.7.1 [192.0.2.1 13] Messages with multiple 550 5.7.1 addresses in From: header are not accepted. - gsmtp' }));
  assert.equal(c.reason, 'notcompliantrfc');
});

test('a named sender reputation wins over Gmail\'s stock "protect our users from spam"', () => {
  const text = '550-5.7.1 Our system has detected that this message is 550-5.7.1 likely suspicious due to the very low reputation of the sending IP 550-5.7.1 address. To best protect our users from spam, the message has been 550-5.7.1 blocked.';
  assert.equal(classifyRecord(input({ status: '5.7.1', replyCode: '550', text })).reason, 'badreputation');
  // Barracuda Reputation is a block list, not a reputation verdict on the content
  assert.equal(classifyRecord(input({ replyCode: '554', text: '554 Service unavailable; Client host [192.0.2.1] blocked using Barracuda Reputation' })).reason, 'blocked');
});

test('amavisd-new\'s UBE verdict is spam; a bare content refusal is a content filter', () => {
  assert.equal(classifyRecord(input({ status: '5.7.1', replyCode: '550', text: '550 5.7.1 Message content rejected, UBE, id=00000-22-225' })).reason, 'spamdetected');
  assert.equal(classifyRecord(input({ status: '5.6.1', replyCode: '500', text: '500 5.6.1 Message content rejected' })).reason, 'filtered');
});

test('a DNS lookup that answered "not found" is an unknown host; one that could not finish is not', () => {
  assert.equal(classifyRecord(input({ text: 'DNS lookup failure: host mx.example.org not found' })).reason, 'hostunknown');
  assert.notEqual(classifyRecord(input({ text: 'DNS lookup failure: host mx.example.org not found, try again' })).reason, 'hostunknown');
  // the words must be the reply's, not a host name that happens to contain them
  assert.notEqual(classifyRecord(input({ text: 'DNS lookup failure at not.found.example.org' })).reason, 'hostunknown');
});

test('Amazon SES refusing an unverified identity is a relay refusal', () => {
  const text = '554 Message rejected: Email address is not verified. The following identities failed the check in region AP-NORTHEAST-1: a@example.jp';
  assert.equal(classifyRecord(input({ replyCode: '554', command: 'DATA', text })).reason, 'norelaying');
});

test('a 4xx "user unknown" is soft while retried, hard once the queue gave up; notaccept stays soft', () => {
  // hand-written replies
  const text = '450 4.1.1 <bob@example.org>: Recipient address rejected: User unknown in virtual alias table';
  const final = classifyRecord(input({ status: '4.1.1', replyCode: '450', text, command: 'RCPT' }));
  assert.equal(final.reason, 'userunknown');
  assert.equal(final.hardBounce, true);
  const retrying = classifyRecord(input({ action: 'delayed', status: '4.1.1', replyCode: '450', text, command: 'RCPT' }));
  assert.equal(retrying.hardBounce, false);
  assert.equal(classifyRecord(input({ status: '5.1.1', replyCode: '550', text: '550 5.1.1 User unknown' })).hardBounce, true);
  // a soft reason with 4xx is soft in a final report too
  assert.equal(classifyRecord(input({ status: '4.2.2', replyCode: '452', text: '452 4.2.2 Mailbox full' })).hardBounce, false);
  // notaccept: soft with a 4xx answer whatever the action (reasons.md)
  assert.equal(isHardBounce('notaccept', '4.0.0', '', undefined, true), false);
  assert.equal(isHardBounce('hostunknown', '4.4.4', '', undefined, true), true);
  assert.equal(isHardBounce('hostunknown', '4.4.4', '', undefined, false), false);
});

test('phrase rules: protocol violation, a server that could not load its data, a temporary DNS failure', () => {
  // hand-written replies
  assert.equal(classifyRecord(input({ replyCode: '550', status: '5.0.0', command: 'DATA', text: 'host mx.example.org[192.0.2.1] said: 550 Protocol violation (in reply to DATA command)' })).reason, 'syntaxerror');
  assert.equal(classifyRecord(input({ replyCode: '454', status: '4.5.0', text: '454 4.5.0 SMTP protocol violation, no commands allowed to pipeline after STARTTLS' })).reason, 'syntaxerror');
  assert.equal(classifyRecord(input({ replyCode: '451', status: '4.0.0', text: '451 Could not load routing data for domain (example.org)' })).reason, 'systemerror');
  assert.equal(classifyRecord(input({ action: 'delayed', status: '4.0.0', text: 'mx.example.org: host name lookup failure' })).reason, 'networkerror');
});

test('x.5.0 alone is the remote system\'s state (systemerror); the specific x.5.x codes are dialogue errors', () => {
  // hand-written records with no words a phrase row knows
  assert.equal(classifyRecord(input({ action: 'delayed', status: '4.5.0', replyCode: '421', command: 'CONN', text: '421' })).reason, 'systemerror');
  assert.equal(classifyRecord(input({ status: '5.5.2', replyCode: '500', text: '500 5.5.2 what?' })).reason, 'syntaxerror');
});

test('x.5.0 with a command-error reply (500-504) is a dialogue error', () => {
  // hand-written
  assert.equal(classifyRecord(input({ status: '5.5.0', replyCode: '503', text: '503 Improper sequence of commands' })).reason, 'syntaxerror');
});
