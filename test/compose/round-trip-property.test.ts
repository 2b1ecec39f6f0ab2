// The round trip as a property over generated delivery records (the corpus test covers the records
// real bounces give): any record the parser could return, re-issued with ndrRecipientFromRecord +
// composeNdr and read back with parseBounce, keeps its recipient, action, status, reply code,
// remote MTA and reason. Records vary in everything the report writes: ASCII and internationalised
// addresses, every action, present and absent codes, server words in several scripts (which the
// report escapes as RFC 6533 \x{HHHH}), replies quoting another code first, every reason id,
// several recipients per report.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { composeNdr, ndrRecipientFromRecord, parseBounce, REASON_IDS } from '../../src/index.js';
import type { DeliveryRecord, NdrRecipient, ReasonId } from '../../src/index.js';

const SEED = 20261127;

const ORIGINAL_HEADERS = [
  'From: Sam Taylor <sam@alpineskihouse.com>',
  'To: undisclosed-recipients:;',
  'Subject: Quarterly figures',
  'Date: Fri, 27 Nov 2026 10:59:50 +0000',
  'Message-ID: <q4-7@alpineskihouse.com>',
  '',
].join('\r\n');

const lower = 'abcdefghijklmnopqrstuvwxyz';
const label = fc
  .string({ unit: fc.constantFrom(...(lower + '0123456789-')), minLength: 1, maxLength: 12 })
  .filter((s) => !s.startsWith('-') && !s.endsWith('-'));
const host = fc.tuple(fc.array(label, { minLength: 1, maxLength: 3 }), fc.constantFrom('example', 'test', 'jp', 'com')).map(([ls, tld]) => [...ls, tld].join('.'));
const asciiLocal = fc
  .string({ unit: fc.constantFrom(...(lower + lower.toUpperCase() + '0123456789._+=-')), minLength: 1, maxLength: 20 })
  .filter((s) => !s.startsWith('.') && !s.endsWith('.') && !s.includes('..'));
const unicodeLocal = fc.constantFrom('müller', 'ユーザ', 'δοκιμή', 'пользователь', 'josé.garcía', '用户');
const address = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(asciiLocal, host).map(([l, h]) => `${l}@${h}`) },
  { weight: 1, arbitrary: fc.tuple(unicodeLocal, fc.oneof(host, fc.constantFrom('bücher.example', '例え.jp'))).map(([l, h]) => `${l}@${h}`) },
);

/** Server words without digits (the codes are chosen separately), in several scripts. */
const words = fc
  .array(
    fc.constantFrom('mailbox', 'full', 'user', 'unknown', 'refused', 'policy', 'spam', 'try', 'again', 'later', 'relay', 'denied', 'Postfach', 'voll',
      'boîte', 'pleine', 'buzón', '宛先不明', 'メールボックス', 'переполнен', '<someone@example.org>', '(in', 'reply', 'to', 'RCPT', 'TO', 'command)', ';', '"quoted"'),
    { minLength: 1, maxLength: 12 },
  )
  .map((ws) => ws.join(' '));

const FAILURE_REPLIES: Readonly<Record<'4' | '5', readonly string[]>> = {
  '4': ['421', '450', '451', '452'],
  '5': ['550', '551', '552', '553', '554'],
};
const FAILURE_REASONS = REASON_IDS.filter((r) => r !== 'delivered' && r !== 'feedback' && r !== 'vacation');
const COMMANDS = ['', 'CONN', 'EHLO', 'MAIL', 'RCPT', 'DATA'] as const;

interface Generated {
  readonly record: DeliveryRecord;
  /** The Status the report carries (the record's, else the class's undefined code). */
  readonly status: string;
}

const generatedRecord = fc
  .record({
    recipient: address,
    action: fc.constantFrom('failed', 'failed', 'delayed', 'delivered', 'relayed', 'expanded'),
    failedClass: fc.constantFrom('5', '5', '4') as fc.Arbitrary<'4' | '5'>,
    subject: fc.integer({ min: 0, max: 7 }),
    detail: fc.integer({ min: 0, max: 30 }),
    hasStatus: fc.boolean(),
    hasReply: fc.boolean(),
    replyPick: fc.nat({ max: 4 }),
    diagnostic: fc.oneof(fc.constant(''), words),
    statusInText: fc.boolean(),
    quotesAnother: fc.boolean(),
    remoteMta: fc.oneof(fc.constant(''), host, host.map((h) => `${h} [192.0.2.25]`)),
    reason: fc.constantFrom(...FAILURE_REASONS),
    command: fc.constantFrom(...COMMANDS),
  })
  .map((g): Generated => {
    const success = g.action !== 'failed' && g.action !== 'delayed';
    const cls = success ? '2' : g.action === 'delayed' ? '4' : g.failedClass;
    const status = g.hasStatus ? `${cls}.${g.subject}.${g.detail}` : '';
    const replies = cls === '2' ? ['250', '251'] : FAILURE_REPLIES[cls];
    const replyCode = g.hasReply ? replies[g.replyPick % replies.length]! : '';
    let diagnosticCode = g.diagnostic;
    if (diagnosticCode !== '' && g.statusInText && status !== '') diagnosticCode = `${status} ${diagnosticCode}`;
    if (diagnosticCode !== '' && replyCode !== '') diagnosticCode = `${replyCode} ${diagnosticCode}`;
    // A reply that quotes another server's code before the one the record holds (a detector that
    // read the report knew which one answered).
    if (g.quotesAnother && replyCode !== '' && !success) diagnosticCode = `${replyCode === '421' ? '554' : '421'} relay said: ${diagnosticCode}`;
    const reason: ReasonId = success ? 'delivered' : g.reason;
    const record: DeliveryRecord = {
      file: '',
      recipient: g.recipient,
      kind: success ? 'delivered' : g.action === 'delayed' ? 'delay' : 'bounce',
      action: g.action,
      status,
      replyCode,
      diagnosticCode,
      reason,
      hardBounce: false,
      owner: 'none',
      remoteMta: g.remoteMta,
      reportingMta: 'mx.alpineskihouse.com',
      command: g.command,
      date: '2026-11-27T11:00:02.000Z',
      detector: 'generated',
      original: { messageId: '', from: '', to: '', subject: '', date: '' },
      kbId: null,
    };
    // RFC 3464 requires a Status: an absent one is written as the class's undefined code, the
    // class taken from the reply code when it fits the action.
    const firstClass = success ? '2' : g.action === 'delayed' ? '4' : '5';
    const written = status !== '' ? status : `${replyCode !== '' ? replyCode[0]! : firstClass}.0.0`;
    return { record, status: written };
  });

const FIELDS = ['recipient', 'action', 'status', 'replyCode', 'remoteMta', 'reason'] as const;

test('generated records: compose then parse gives the same six fields, for every recipient of a report', async () => {
  await fc.assert(
    fc.asyncProperty(fc.uniqueArray(generatedRecord, { minLength: 1, maxLength: 3, selector: (g) => g.record.recipient!.toLowerCase() }), async (generated) => {
      const recipients = generated.map((g) => ndrRecipientFromRecord(g.record)).filter((r): r is NdrRecipient => r !== null);
      assert.equal(recipients.length, generated.length, 'every generated record is composable');
      const raw = composeNdr({
        reportingMta: 'mx.alpineskihouse.com',
        originalHeaders: ORIGINAL_HEADERS,
        to: 'sam@alpineskihouse.com',
        date: '2026-11-27T11:00:03Z',
        messageId: 'rt@alpineskihouse.com',
        boundary: '=_ndrkit_property',
        recipients,
      });
      const back = await parseBounce(raw);
      assert.equal(back.records.length, generated.length, 'one record per recipient');
      for (const g of generated) {
        const again = back.records.find((x) => x.recipient === g.record.recipient);
        assert.ok(again, `${g.record.recipient} comes back`);
        for (const f of FIELDS) {
          const want = f === 'status' ? g.status : g.record[f];
          assert.equal(again[f], want, `${f} of ${g.record.recipient} (${JSON.stringify(g.record)})`);
        }
      }
    }),
    { seed: SEED, numRuns: 300 },
  );
});
