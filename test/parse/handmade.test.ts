// Generalisation check over hand-written bounces (test/fixtures/handmade, see its README): formats
// and languages the development corpus lacks. One expectation row per file: recipient, kind,
// status, reply code, reason, hard. Rows are met by general rules (the last-resort text reader,
// localised phrases), never by file names; the not-* files must give no bounce record.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { parseBounceSync } from '../../src/parse/parse-bounce.js';
import { genericText } from '../../src/detectors/generic-text.js';
import { parseMessage } from '../../src/mime/parse-message.js';
import { lineEndVariants } from '../helpers/corpus.js';

const DIR = new URL('../fixtures/handmade/', import.meta.url).pathname;

interface Row {
  readonly recipient: string | null;
  readonly kind: string;
  readonly status: string;
  readonly replyCode: string;
  readonly reason: string;
  readonly hard: boolean;
}

// file -> expected record (one recipient per file). A reply code fits the outcome (build-record): a
// failure or delay carries a failure code, a success DSN the server's 250 (as Sisimai's records do).
const EXPECTED: Readonly<Record<string, Row>> = {
  'de-exchange-unzustellbar.eml': { recipient: 'kunde@example.de', kind: 'bounce', status: '5.1.1', replyCode: '550', reason: 'userunknown', hard: true },
  'de-exchange2007-systemadministrator.eml': { recipient: 'petra.schulz@partner.example', kind: 'bounce', status: '5.1.1', replyCode: '550', reason: 'userunknown', hard: true },
  'fr-postfix-text.eml': { recipient: 'client@exemple.org', kind: 'bounce', status: '5.2.2', replyCode: '552', reason: 'mailboxfull', hard: false },
  'es-gmail-style.eml': { recipient: 'cliente@ejemplo.es', kind: 'bounce', status: '5.1.1', replyCode: '550', reason: 'userunknown', hard: true },
  'ja-iso2022jp.eml': { recipient: 'taro@example.ne.jp', kind: 'bounce', status: '', replyCode: '550', reason: 'userunknown', hard: true },
  'diagnostic-paste.txt': { recipient: 'anna.berg@fabrikam.example', kind: 'bounce', status: '5.1.10', replyCode: '550', reason: 'userunknown', hard: true },
  'hmailserver-style.eml': { recipient: 'peter.holm@example.net', kind: 'bounce', status: '5.1.1', replyCode: '550', reason: 'userunknown', hard: true },
  'mdaemon-style.eml': { recipient: 'oliver@example.com', kind: 'bounce', status: '5.3.4', replyCode: '552', reason: 'mesgtoobig', hard: false },
  'delay-text.eml': { recipient: 'lena@example.org', kind: 'delay', status: '4.2.2', replyCode: '452', reason: 'mailboxfull', hard: false },
  'success-dsn.eml': { recipient: 'kim@example.org', kind: 'delivered', status: '2.0.0', replyCode: '250', reason: 'delivered', hard: false },
  'forwarded-bounce.eml': { recipient: 'cfo@partner.example', kind: 'bounce', status: '5.7.1', replyCode: '554', reason: 'blocked', hard: false },
  'it-text-bounce.eml': { recipient: 'mario.rossi@esempio.it', kind: 'bounce', status: '', replyCode: '552', reason: 'mailboxfull', hard: false },
  'ru-koi8-bounce.eml': { recipient: 'ivan.petrov@primer.ru', kind: 'bounce', status: '', replyCode: '550', reason: 'userunknown', hard: true },
  'zh-gb2312-bounce.eml': { recipient: 'zhangwei@example.cn', kind: 'bounce', status: '', replyCode: '552', reason: 'mailboxfull', hard: false },
  'ko-euckr-bounce.eml': { recipient: 'minsu@example.kr', kind: 'bounce', status: '', replyCode: '550', reason: 'userunknown', hard: true },
  'nl-text-nocode.eml': { recipient: 'jan.devries@voorbeeld.nl', kind: 'bounce', status: '', replyCode: '', reason: 'userunknown', hard: true },
  'pt-text-bounce.eml': { recipient: 'maria.souza@exemplo.com.br', kind: 'bounce', status: '', replyCode: '550', reason: 'suspend', hard: false },
};

/** Files that are not delivery failures: no bounce or delay record, and the text reader stays out. */
const NOT_BOUNCES = ['not-reply-quoting-ndr.eml', 'not-out-of-office.eml', 'not-delivered-notice.eml', 'not-postmaster-newsletter.eml'];

const files = readdirSync(DIR).filter((f) => !f.endsWith('.md')).sort();

test('every hand-written file has an expectation row or is a listed non-bounce', () => {
  for (const f of files) assert.ok(f in EXPECTED || NOT_BOUNCES.includes(f), `${f}: add a row`);
  for (const f of [...Object.keys(EXPECTED), ...NOT_BOUNCES]) assert.ok(files.includes(f), `${f}: missing file`);
});

for (const [file, want] of Object.entries(EXPECTED)) {
  test(`handmade ${file}`, () => {
    const bytes = readFileSync(DIR + file);
    const { records } = parseBounceSync(bytes, { file });
    assert.equal(records.length, 1, `${file}: ${records.length} records`);
    const r = records[0];
    assert.ok(r);
    const got: Row = { recipient: r.recipient, kind: r.kind, status: r.status, replyCode: r.replyCode, reason: r.reason, hard: r.hardBounce };
    assert.deepEqual(got, want);
    assert.ok(r.diagnosticCode !== '' || r.kind === 'delivered', `${file}: no diagnostic text`);
    // CRLF and CR versions of the file give the same record.
    const v = lineEndVariants(bytes);
    for (const variant of [v.crlf, v.cr]) {
      const again = parseBounceSync(variant, { file }).records;
      assert.deepEqual(again.map((x) => [x.recipient, x.status, x.reason, x.diagnosticCode]), [[r.recipient, r.status, r.reason, r.diagnosticCode]]);
    }
  });
}

for (const file of NOT_BOUNCES) {
  test(`handmade ${file} is not a bounce`, () => {
    const bytes = readFileSync(DIR + file);
    const { records } = parseBounceSync(bytes, { file });
    assert.ok(records.every((r) => r.kind !== 'bounce' && r.kind !== 'delay'), `${file}: ${JSON.stringify(records.map((r) => r.kind))}`);
    assert.equal(genericText.detect(parseMessage(bytes)), null);
  });
}
