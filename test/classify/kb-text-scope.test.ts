// When a knowledge-base entry found by its reply text decides a record (kb-hook.ts): a provider's
// short, common wording ("Authentication Required.", "Email quota exceeded.") speaks for Gmail,
// Yahoo or Outlook.com only on their servers; an Exchange literal found only in part speaks for
// Exchange only on Microsoft's servers. Other servers' words are read by the rule tables.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifyRecord } from '../../src/classify/classify-record.js';
import type { ClassifyInput } from '../../src/classify/types.js';

function input(over: Partial<ClassifyInput>): ClassifyInput {
  return { status: '', replyCode: '', text: '', remoteMta: 'mx.example.org', reportingMta: '', command: 'RCPT', action: 'failed', detector: 'rfc3464', ...over };
}

test("Gmail's short wording from another server keeps that server's meaning", () => {
  const quota = { status: '5.2.2', replyCode: '552', text: '552 5.2.2 Email quota exceeded.' };
  assert.equal(classifyRecord(input(quota)).reason, 'mailboxfull');
  // from Gmail itself it is Gmail's documented meaning (a sending quota or relay credentials)
  const gmail = classifyRecord(input({ ...quota, status: '5.7.1', replyCode: '550', text: '550 5.7.1 Email quota exceeded.', remoteMta: 'smtp-relay.gmail.com' }));
  assert.equal(gmail.decidedBy, 'kb:gmail-5.7.1-relay-quota-or-credentials');
});

test("Sendmail's relaying refusal is not read as an Exchange public folder's authentication demand", () => {
  const c = classifyRecord(input({ status: '5.7.1', replyCode: '550', text: '550 5.7.1 <user@example.org>... Relaying denied. Proper authentication required.' }));
  assert.equal(c.reason, 'norelaying');
  // the Exchange reply itself, whole, still finds its entry from any server
  const exo = classifyRecord(input({ status: '5.7.1', replyCode: '550', text: '550 5.7.1 RESOLVER.RST.AuthRequired; authentication required' }));
  assert.equal(exo.decidedBy, 'kb:exo-5.7.1-public-folder-auth-required');
});

test('a distinctive provider sentence decides from any server (relayed or forwarded replies)', () => {
  const text = "550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces.";
  assert.equal(classifyRecord(input({ status: '5.1.1', replyCode: '550', text, remoteMta: 'relay.example.net' })).decidedBy, 'kb:gmail-5.1.1-no-such-user');
});
