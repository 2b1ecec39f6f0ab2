// The terminal text of an explain result: answer first, colour only when asked, wrapped to width.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { explain } from '../../src/explain/explain.js';
import { renderExplainText } from '../../src/report/explain-text.js';

test('the answer comes first: code and title, then permanence and who must act', () => {
  const lines = renderExplainText(explain('550 5.7.1 Unable to relay')).split('\n');
  assert.match(lines[0] ?? '', /^550 5\.7\.1: \S/);
  assert.match(lines[1] ?? '', /^Permanent failure · reason norelaying · who must act: /);
  const temp = renderExplainText(explain('4.7.512')).split('\n');
  assert.match(temp[1] ?? '', /^Temporary failure/);
});

test('every party\'s fix and every reference of the best match is shown', () => {
  const r = explain('550 5.7.124 Sender not in allowed-senders list');
  const text = renderExplainText(r);
  const best = r.matches[0];
  assert.ok(best);
  for (const ref of best.references) assert.ok(text.includes(ref), ref);
  if (best.fix.sender) assert.match(text, /\n {2}Sender: {12}/);
  if (best.fix.recipientAdmin) assert.match(text, /\n {2}Recipient's admin: /);
});

test('colour only when asked', () => {
  const r = explain('5.4.1');
  assert.doesNotMatch(renderExplainText(r), /\u001b\[/);
  assert.match(renderExplainText(r, { color: true }), /\u001b\[1m/);
});

test('prose is wrapped to the width (URLs aside)', () => {
  const text = renderExplainText(explain('5.4.1'), { width: 60 });
  for (const line of text.split('\n')) {
    if (!/https?:\/\//.test(line)) assert.ok(line.length <= 60, `${line.length}: ${line}`);
  }
});

test('the owner note of the NDR\'s situation and the servers it names are shown', () => {
  const ndr = 'ronald@contoso.com\nmail.contoso.com #<exchange.contoso.com #5.7.1 smtp;530 5.7.1 Client was not authenticated> #SMTP#';
  const text = renderExplainText(explain(ndr));
  assert.match(text, /who must act: the recipient's email admin/);
  assert.match(text, /recipient domain's own mail server/);
  assert.match(text, /refused by mail\.contoso\.com/);
});

test('nothing found: says so with the reason', () => {
  assert.match(renderExplainText(explain('hello')), /^Nothing to explain\.\nNo status code/);
});

test('an NDR with many codes names the first three in the title line', () => {
  const text = renderExplainText(explain('5.7.60 SMTP; Client does not have permissions to send as this sender.\n535 5.7.3 Authentication unsuccessful\n5.7.57 Client not authenticated to send mail\n550 5.1.8 Bad outbound sender'));
  assert.match(text.split('\n')[0] ?? '', /^5\.7\.60, 535 5\.7\.3, 5\.7\.57, \.\.\.: /);
});

test('a basic code\'s meaning is headed by its code once, and names the standard text that found it', () => {
  const text = renderExplainText(explain('550 Requested action not taken: mailbox unavailable'));
  assert.match(text.split('\n')[0] ?? '', /^550: The action was not taken/);
  assert.match(text, /Found by the code 550 and the reply text "Requested action not taken: mailbox unavailable", from RFC\s+5321/);
});
