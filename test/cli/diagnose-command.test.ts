// `ndr diagnose` on the seed's contoso / alpineskihouse NDR (as pasted text and as a message),
// its JSON form, a corpus bounce, and a message that is not a bounce.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXIT } from '../../src/cli/exit-codes.js';
import { CORPUS_DIR, PLAIN_MESSAGE } from '../helpers/corpus.js';
import { runCli } from '../helpers/run-cli.js';
import { SEED_CONTOSO_NDR as SEED } from '../helpers/seed-ndr.js';

let dir = '';
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'ndrkit-diag-'));
  writeFileSync(join(dir, 'seed.txt'), SEED);
  writeFileSync(join(dir, 'seed.eml'), 'From: postmaster@alpineskihouse.com\r\nTo: sender@fabrikam.com\r\nSubject: Undeliverable: hello\r\n\r\n' + SEED.replace(/\n/g, '\r\n'));
  writeFileSync(join(dir, 'plain.eml'), PLAIN_MESSAGE);
});
after(() => rmSync(dir, { recursive: true, force: true }));

for (const name of ['seed.txt', 'seed.eml']) {
  test(`the seed's NDR (${name}): rejecting server, reason, and the recipient's admin must act`, async () => {
    const r = await runCli(['diagnose', join(dir, name)]);
    assert.equal(r.code, EXIT.ok);
    assert.match(r.out, /ronald@contoso\.com/);
    assert.match(r.out, /Rejected by:\s+mail\.contoso\.com/);
    assert.match(r.out, /Report by:\s+alpineskihouse\.com/);
    assert.match(r.out, /Server said:\s+530 5\.7\.1 Client was not authenticated/);
    assert.match(r.out, /Who must act:\s+the recipient's email administrator \(contoso\.com\)/);
  });
}

test('--json prints { records } with explanations', async () => {
  const r = await runCli(['diagnose', '--json', join(dir, 'seed.txt')]);
  const d = JSON.parse(r.out) as { records: { recipient: string; remoteMta: string; status: string; explanation: { owner: string } }[] };
  assert.equal(d.records.length, 1);
  assert.equal(d.records[0]?.remoteMta, 'mail.contoso.com');
  assert.equal(d.records[0]?.status, '5.7.1');
  assert.equal(d.records[0]?.explanation.owner, 'recipient-admin');
});

test('standard input, and a corpus bounce', async () => {
  const r = await runCli(['diagnose'], SEED);
  assert.equal(r.code, EXIT.ok);
  assert.match(r.out, /mail\.contoso\.com/);
  const c = await runCli(['diagnose', join(CORPUS_DIR, 'rfc3464-01.eml')]);
  assert.equal(c.code, EXIT.ok);
  assert.match(c.out, /Reason:/);
});

test('not a bounce: exit 1 and a plain sentence; a missing file: exit 66', async () => {
  const r = await runCli(['diagnose', join(dir, 'plain.eml')]);
  assert.equal(r.code, EXIT.nothingFound);
  assert.match(r.out, /not a bounce/);
  assert.equal((await runCli(['diagnose', join(dir, 'nope.eml')])).code, EXIT.noInput);
});
