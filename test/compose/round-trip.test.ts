// The round trip over the whole development corpus: for every delivery record that ndrkit's parser
// extracts from test/fixtures/sisimai/eml, composing an NDR from that record and parsing the NDR
// gives back the same recipient, action, status, reply code, remote MTA and reason.
//
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { composeNdr, NdrkitError, ndrRecipientFromRecord, parseBounce } from '../../src/index.js';
import type { DeliveryRecord, NdrAction } from '../../src/index.js';

const CORPUS = new URL('../fixtures/sisimai/eml/', import.meta.url);
const FIELDS = ['recipient', 'action', 'status', 'replyCode', 'remoteMta', 'reason'] as const;

/** A header block for the original, from what the record kept of it (when the report had none). */
function headersFromRecord(r: DeliveryRecord): string {
  const lines: string[] = [];
  const clean = (s: string): string => s.replace(/[\r\n]+/g, ' ').trim();
  if (r.original.from) lines.push(`From: ${clean(r.original.from)}`);
  if (r.original.to) lines.push(`To: ${clean(r.original.to)}`);
  if (r.original.subject) lines.push(`Subject: ${clean(r.original.subject)}`);
  if (r.original.messageId) lines.push(`Message-ID: ${clean(r.original.messageId)}`);
  if (r.original.date) lines.push(`Date: ${clean(r.original.date)}`);
  return lines.join('\r\n') + '\r\n';
}

/**
 * The Status the report carries: the record's, or, when it has none, the class's undefined code
 * that composeNdr writes (RFC 3464 requires a Status; see NdrRecipient.status).
 */
function expectedStatus(r: DeliveryRecord, action: NdrAction): string {
  if (r.status !== '') return r.status;
  const classes = action === 'failed' ? ['5', '4'] : action === 'delayed' ? ['4'] : ['2'];
  return `${r.replyCode !== '' && classes.includes(r.replyCode[0]!) ? r.replyCode[0]! : classes[0]!}.0.0`;
}

/** The record's reporting MTA if it is a plain host name, else a placeholder. */
function reportingHost(value: string): string {
  const v = value.trim();
  return /^[A-Za-z0-9_](?:[A-Za-z0-9_.-]{0,251}[A-Za-z0-9_])?$/.test(v) && v.includes('.') && !v.includes('..') ? v : 'mta.ndrkit-round-trip.test';
}

test('round trip over the corpus: record -> composeNdr -> parseBounce gives the same record fields', async (t) => {
  const files = readdirSync(CORPUS).filter((f) => f.endsWith('.eml')).sort();
  let records = 0;
  let composed = 0;
  let withoutStatus = 0;
  const notComposable: string[] = [];
  const mismatches: string[] = [];
  const perField = new Map<string, number>(FIELDS.map((f) => [f, 0]));
  let sameReasonWithoutExtension = 0;
  // Beyond the six fields (measured, not asserted): who must act, hard/soft, which reader claimed it.
  let sameOwnerAndHardness = 0;
  const readBy = new Map<string, number>();

  for (const file of files) {
    const result = await parseBounce(readFileSync(new URL(file, CORPUS)), { file });
    for (const r of result.records) {
      const entry = ndrRecipientFromRecord(r);
      // ARF complaints and auto-replies are not delivery status notifications: nothing to compose.
      if (entry === null) continue;
      const action = entry.action;
      records++;
      let ndr: string;
      try {
        ndr = composeNdr({
          // The record's reporting MTA when it is a host name (the parser may read who wrote a report).
          reportingMta: reportingHost(r.reportingMta),
          originalHeaders: result.originalHeaders ?? headersFromRecord(r),
          to: 'sender@ndrkit-round-trip.test',
          date: '2026-11-27T12:00:00Z',
          messageId: `rt-${records}@ndrkit-round-trip.test`,
          recipients: [entry],
        });
      } catch (err) {
        if (!(err instanceof NdrkitError)) throw err;
        notComposable.push(`${file} ${r.recipient}: ${err.message}`);
        continue;
      }
      composed++;
      if (r.status === '') withoutStatus++;
      const back = await parseBounce(ndr);
      const again = back.records.find((x) => x.recipient === r.recipient) ?? back.records[0];
      const diffs: string[] = [];
      for (const f of FIELDS) {
        const want = f === 'action' ? action : f === 'status' ? expectedStatus(r, action) : r[f];
        const got = again === undefined ? '(no record)' : again[f];
        if (got !== want) {
          diffs.push(`${f}: ${JSON.stringify(want)} -> ${JSON.stringify(got)}`);
          perField.set(f, perField.get(f)! + 1);
        }
      }
      if (again !== undefined && again.owner === r.owner && again.hardBounce === r.hardBounce) sameOwnerAndHardness++;
      readBy.set(again?.detector ?? '(none)', (readBy.get(again?.detector ?? '(none)') ?? 0) + 1);
      if (diffs.length > 0) mismatches.push(`${file} ${r.recipient}: ${diffs.join('; ')}`);
      // What a reader of the standard fields alone infers (the extension field removed): measured, not asserted.
      if (ndr.includes('X-Ndrkit-Reason:')) {
        const plain = await parseBounce(ndr.replace(/^X-Ndrkit-Reason:[^\r\n]*\r\n/gm, ''));
        const p = plain.records.find((x) => x.recipient === r.recipient) ?? plain.records[0];
        if (p?.reason === r.reason) sameReasonWithoutExtension++;
      } else sameReasonWithoutExtension++;
    }
  }

  const same = composed - mismatches.length;
  t.diagnostic(`${files.length} files, ${records} records with an action, ${composed} composed (${withoutStatus} without a status: written as X.0.0), ${notComposable.length} refused by validation, ${same} round-tripped on all six fields (${((100 * same) / records).toFixed(1)}% of records)`);
  t.diagnostic(`reason read back from the standard fields alone (X-Ndrkit-Reason removed): ${sameReasonWithoutExtension} of ${composed}`);
  t.diagnostic(`owner and hard/soft also the same: ${sameOwnerAndHardness} of ${composed}; read back by ${[...readBy].map(([d, n]) => `${d} ${n}`).join(', ')}`);
  t.diagnostic(`mismatches per field: ${[...perField].map(([f, n]) => `${f} ${n}`).join(', ')}`);
  for (const line of notComposable.slice(0, 20)) t.diagnostic(`not composable: ${line}`);
  for (const line of mismatches.slice(0, 40)) t.diagnostic(`mismatch: ${line}`);
  assert.ok(records > 400, `the parser found ${records} records`);
  assert.deepEqual(notComposable, [], 'every record is composable');
  // Every field comes back exactly, for every record: the standard fields carry recipient, action,
  // status, reply code (in Diagnostic-Code) and remote MTA; the reason a standard report cannot
  // carry (what a detector knew from the mail system itself) travels in X-Ndrkit-Reason.
  assert.deepEqual(mismatches, [], 'records that did not come back identical');
  assert.equal(same, records, `${same} of ${records} round-tripped on all six fields`);
});
