// `ndr compose --from-json`: real files and streams through the CLI entry point.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXIT } from '../../src/cli/exit-codes.js';
import { fixedOptions, parseMime, SEED_ORIGINAL } from './helpers.js';
import { runCli, type CliRun } from '../helpers/run-cli.js';

/** Runs `ndr compose <args>`. */
function run(args: string[], stdin?: string): Promise<CliRun> {
  return runCli(['compose', ...args], stdin);
}

const dir = mkdtempSync(join(tmpdir(), 'ndrkit-compose-cli-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));

test('compose --from-json writes the report to standard output', async () => {
  const file = join(dir, 'failure.json');
  writeFileSync(file, JSON.stringify(fixedOptions()));
  const r = await run(['--from-json', file]);
  assert.equal(r.code, EXIT.ok, r.err);
  const mail = await parseMime(r.out);
  assert.equal(mail.subject, 'Undeliverable: Ski trip photos');
  assert.ok(mail.attachments.some((a) => a.mimeType === 'message/delivery-status'));
});

test('the original can come from a file, the JSON from standard input, the report go to a file', async () => {
  const eml = join(dir, 'message.eml');
  writeFileSync(eml, SEED_ORIGINAL);
  const out = join(dir, 'ndr.eml');
  const { originalMessage: _drop, ...rest } = fixedOptions();
  const r = await run(['--from-json', '-', '--original', eml, '--locale', 'de', '--return', 'full', '-o', out], JSON.stringify(rest));
  assert.equal(r.code, EXIT.ok, r.err);
  assert.equal(r.out, '');
  const raw = readFileSync(out, 'utf8');
  assert.match(raw, /Subject: Unzustellbar: Ski trip photos\r\n/);
  assert.ok(raw.includes(SEED_ORIGINAL), 'the full original, byte for byte');
});

test('a validation error names the field and exits 65', async () => {
  const file = join(dir, 'bad.json');
  const base = fixedOptions();
  writeFileSync(file, JSON.stringify({ ...base, recipients: [{ ...base.recipients[0], status: '9.9.9' }] }));
  const r = await run(['--from-json', file]);
  assert.equal(r.code, EXIT.dataError);
  assert.equal(r.out, '');
  assert.match(r.err, /^ndr compose: recipients\[0\]\.status: "9\.9\.9" is not an enhanced status code/);
});

test('invalid JSON exits 65, a missing file 66, a missing --from-json 64', async () => {
  const file = join(dir, 'broken.json');
  writeFileSync(file, '{ "reportingMta": ');
  assert.equal((await run(['--from-json', file])).code, EXIT.dataError);
  const missing = await run(['--from-json', join(dir, 'nope.json')]);
  assert.equal(missing.code, EXIT.noInput);
  assert.match(missing.err, /cannot read/);
  assert.equal((await run([])).code, EXIT.usage);
});

test('the README example (examples/compose-failure.json) composes', async () => {
  const r = await run(['--from-json', new URL('../../examples/compose-failure.json', import.meta.url).pathname]);
  assert.equal(r.code, EXIT.ok, r.err);
  assert.match(r.out, /^From: Mail Delivery System <MAILER-DAEMON@mx1\.alpineskihouse\.com>\r\nTo: <sam@alpineskihouse\.com>\r\nSubject: Undeliverable: Ski trip photos\r\n/);
  assert.match(r.out, /\r\nFinal-Recipient: rfc822; ronald@contoso\.com\r\nAction: failed\r\nStatus: 5\.7\.1\r\nRemote-MTA: dns; mail\.contoso\.com\r\nDiagnostic-Code: smtp; 530 5\.7\.1 Client was not authenticated\r\nLast-Attempt-Date: Fri, 27 Nov 2026 11:00:02 \+0000\r\n/);
});
