// Fallbacks: a bounce that carries only an enhanced status code (no words), or only a basic reply
// code, gets the registry's meaning (reference/rfc-enhanced-codes.tsv, rfc5321-reply-codes.tsv).
// Every registered failure code is run in both classes: the 5.x.x form with its reason's
// default hard/soft, the 4.x.x form soft (reasons.md: a 4xx says "try again") except, in a final
// report, for a mailbox or domain that does not exist or moved (see test/helpers/reply-table.ts).
// Source = the reference file and line. Success and warning codes (X.1.5, X.3.6, X.6.4) and the
// relay notice X.1.9 are not failures and are left out.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ReasonId } from '../../../src/kb/reasons.js';
import { createClassifier } from '../../../src/classify/classify-record.js';
import { classifyAsDsn } from '../../helpers/build-bounce.js';
import { assertReplyTable, type ReplyRow } from '../../helpers/reply-table.js';

/** [detail code X.s.d, reason, tsv line]; `reason4` when the transient class means something else. */
const REGISTRY: readonly [string, ReasonId, number, ReasonId?][] = [
  ['X.0.0', 'onhold', 13],
  ['X.1.0', 'rejected', 14],
  ['X.1.1', 'userunknown', 15],
  ['X.1.2', 'hostunknown', 16],
  ['X.1.3', 'userunknown', 17],
  ['X.1.4', 'userunknown', 18],
  ['X.1.6', 'hasmoved', 20],
  ['X.1.7', 'rejected', 21],
  ['X.1.8', 'rejected', 22],
  ['X.1.10', 'notaccept', 24],
  ['X.2.0', 'filtered', 25],
  ['X.2.1', 'suspend', 26],
  ['X.2.2', 'mailboxfull', 27],
  ['X.2.3', 'mesgtoobig', 28],
  ['X.2.4', 'systemerror', 29],
  ['X.3.0', 'systemerror', 30],
  ['X.3.1', 'systemfull', 31],
  ['X.3.2', 'notaccept', 32],
  ['X.3.3', 'systemerror', 33],
  ['X.3.4', 'mesgtoobig', 34],
  ['X.3.5', 'systemerror', 35],
  ['X.4.0', 'networkerror', 37],
  ['X.4.1', 'networkerror', 38],
  ['X.4.2', 'networkerror', 39],
  ['X.4.3', 'networkerror', 40],
  // "Unable to route": permanent = no mail host for the domain; transient = the lookup failed.
  ['X.4.4', 'hostunknown', 41, 'networkerror'],
  ['X.4.5', 'toomanyconn', 42],
  ['X.4.6', 'networkerror', 43],
  ['X.4.7', 'expired', 44],
  // "Other or undefined protocol status": with no command-error reply (500-504) nothing says the
  // dialogue had a syntax error (sendmail writes 4.5.0 for "421 service not available").
  ['X.5.0', 'systemerror', 45],
  ['X.5.1', 'syntaxerror', 46],
  ['X.5.2', 'syntaxerror', 47],
  ['X.5.3', 'exceedlimit', 48],
  ['X.5.4', 'syntaxerror', 49],
  ['X.5.5', 'syntaxerror', 50],
  ['X.5.6', 'syntaxerror', 51],
  ['X.6.0', 'contenterror', 52],
  ['X.6.1', 'contenterror', 53],
  ['X.6.2', 'contenterror', 54],
  ['X.6.3', 'contenterror', 55],
  ['X.6.5', 'contenterror', 57],
  ['X.6.6', 'contenterror', 58],
  ['X.6.7', 'contenterror', 59],
  ['X.6.8', 'contenterror', 60],
  ['X.6.9', 'contenterror', 61],
  ['X.6.10', 'contenterror', 62],
  ['X.7.0', 'securityerror', 63],
  ['X.7.1', 'blocked', 64],
  // The sender may not post to the list: a permission of the destination, not a security fault.
  ['X.7.2', 'policyviolation', 65],
  ['X.7.3', 'securityerror', 66],
  ['X.7.4', 'securityerror', 67],
  ['X.7.5', 'securityerror', 68],
  ['X.7.6', 'securityerror', 69],
  ['X.7.7', 'securityerror', 70],
  ['X.7.8', 'securityerror', 71],
  ['X.7.9', 'securityerror', 72],
  ['X.7.10', 'failedstarttls', 73],
  ['X.7.11', 'failedstarttls', 74],
  ['X.7.12', 'securityerror', 75],
  ['X.7.13', 'suspend', 76],
  ['X.7.14', 'securityerror', 77],
  ['X.7.15', 'policyviolation', 78],
  ['X.7.16', 'mesgtoobig', 79],
  // RRVS (RFC 7293): the mailbox or domain changed hands since the date the sender gave; the
  // person the sender knew is not there any more.
  ['X.7.17', 'hasmoved', 80],
  ['X.7.18', 'hasmoved', 81],
  ['X.7.19', 'securityerror', 82],
  ['X.7.20', 'authfailure', 83],
  ['X.7.21', 'authfailure', 84],
  ['X.7.22', 'authfailure', 85],
  ['X.7.23', 'authfailure', 86],
  ['X.7.24', 'authfailure', 87],
  ['X.7.25', 'requireptr', 88],
  ['X.7.26', 'authfailure', 89],
  // The SENDER's domain has a null MX (RFC 7505): the envelope sender is refused.
  ['X.7.27', 'rejected', 90],
  ['X.7.28', 'spamdetected', 91],
  ['X.7.29', 'authfailure', 92],
  ['X.7.30', 'failedstarttls', 93],
];

function statusRows(): ReplyRow[] {
  const rows: ReplyRow[] = [];
  for (const [code, reason, line, reason4] of REGISTRY) {
    const source = `rfc-enhanced-codes.tsv:${line}`;
    const s5 = code.replace('X', '5');
    const s4 = code.replace('X', '4');
    // Status only: a DSN with no Diagnostic-Code, and a text report with the bare codes (550 and
    // 450, which carry no meaning of their own: see the reply-code test below).
    rows.push({ reply: '', status: s5, reason, source, only: 'dsn' });
    rows.push({ reply: `550 ${s5}`, reason, source });
    rows.push({ reply: '', status: s4, reason: reason4 ?? reason, source, only: 'dsn' });
    rows.push({ reply: `450 ${s4}`, reason: reason4 ?? reason, source });
  }
  return rows;
}

test('every registered enhanced status code alone gets the registry meaning, both classes', () => assertReplyTable(statusRows()));

/** [basic code, reason, rfc5321-reply-codes.tsv line]: the reply code alone, no status, no words. */
const REPLY_CODES: readonly [string, ReasonId, number][] = [
  ['421', 'systemerror', 10],
  // 450 "mailbox temporarily unavailable" is busy or a policy block: too little to decide.
  ['450', 'onhold', 11],
  ['451', 'systemerror', 12],
  ['452', 'systemfull', 13],
  ['455', 'systemerror', 14],
  ['500', 'syntaxerror', 15],
  ['501', 'syntaxerror', 16],
  ['502', 'syntaxerror', 17],
  ['503', 'syntaxerror', 18],
  ['504', 'syntaxerror', 19],
  // 550 "mailbox unavailable" is not found, no access or policy: too little to decide.
  ['550', 'onhold', 20],
  ['551', 'hasmoved', 21],
  ['552', 'mailboxfull', 22],
  // 553 "mailbox name not allowed" is used for recipients, senders and relaying alike.
  ['553', 'onhold', 23],
  ['554', 'onhold', 24],
  ['555', 'syntaxerror', 25],
  ['521', 'notaccept', 33],
  ['523', 'failedstarttls', 34],
  ['524', 'failedstarttls', 35],
  ['525', 'suspend', 36],
  ['530', 'securityerror', 37],
  ['534', 'securityerror', 39],
  ['535', 'securityerror', 40],
  ['538', 'failedstarttls', 41],
  ['556', 'notaccept', 42],
];

test('a basic reply code alone gets RFC 5321 meaning (DSN with a generic status, and text)', () => {
  const rows: ReplyRow[] = REPLY_CODES.map(([code, reason, line]) => ({ reply: code, reason, source: `rfc5321-reply-codes.tsv:${line}` }));
  assertReplyTable(rows);
});

test('no 4xx reply or 4.x.x status is hard in a delay notice, nor in a final report unless the mailbox or domain does not exist', () => {
  const problems: string[] = [];
  for (const [code] of REGISTRY) {
    const v = classifyAsDsn({ reply: `451 ${code.replace('X', '4')}`, action: 'delayed' });
    if (v.hardBounce) problems.push(`delayed ${code}: ${v.reason} hard`);
    const f = classifyAsDsn({ reply: `451 ${code.replace('X', '4')}` });
    if (f.hardBounce && !['userunknown', 'hostunknown', 'hasmoved'].includes(f.reason)) problems.push(`failed ${code}: ${f.reason} hard`);
  }
  for (const code of ['421', '450', '451', '452', '454', '455']) {
    const v = classifyAsDsn({ reply: `${code} user unknown, mailbox not found`, action: 'delayed' });
    if (v.hardBounce) problems.push(`delayed ${code}: ${v.reason} hard`);
  }
  assert.deepEqual(problems, []);
});

test("a rule's hard override cannot make a temporary failure hard", () => {
  const classify = createClassifier([{ id: 't', description: 'test', rules: [{ id: 'always-hard', reason: 'blocked', hard: true }] }]);
  const base = { text: 'blocked', remoteMta: '', reportingMta: '', command: 'RCPT', action: 'failed', detector: 'rfc3464' };
  assert.equal(classify({ ...base, status: '4.7.1', replyCode: '450' }).hardBounce, false);
  assert.equal(classify({ ...base, status: '', replyCode: '450' }).hardBounce, false);
  assert.equal(classify({ ...base, action: 'delayed', status: '4.7.1', replyCode: '450' }).hardBounce, false);
  assert.equal(classify({ ...base, status: '5.7.1', replyCode: '550' }).hardBounce, true);
});
