// `ndr headers` through the real dispatcher with real files and streams.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXIT } from '../../src/cli/exit-codes.js';
import { seedHeaderExamples } from './seed-examples.js';
import { runCli, type CliRun } from '../helpers/run-cli.js';

/** Runs `ndr headers <args>`. */
function run(args: string[], stdin?: string): Promise<CliRun> {
  return runCli(['headers', ...args], stdin);
}

const fixture = (p: string): string => new URL(`../fixtures/${p}`, import.meta.url).pathname;

test('ndr headers <file> prints the text report', async () => {
  const r = await run([fixture('sisimai/eml/lhost-amazonses-09.eml')]);
  assert.equal(r.code, EXIT.ok);
  assert.match(r.out, /^Message\n/);
  assert.match(r.out, /Hops \(3, first at the top; total /);
  assert.match(r.out, /ERROR spf-fail:/);
  assert.match(r.out, /dkim-body-hash/);
});

test('ndr headers --json reads standard input and prints the JSON contract', async () => {
  const [first] = seedHeaderExamples();
  const r = await run(['--json'], first);
  assert.equal(r.code, EXIT.ok);
  const j = JSON.parse(r.out) as Record<string, unknown>;
  for (const k of ['summary', 'hops', 'totalDelaySeconds', 'auth', 'alignment', 'antispam', 'findings', 'warnings']) assert.ok(k in j, `no ${k}`);
  const auth = j['auth'] as Record<string, unknown>;
  for (const k of ['spf', 'dkim', 'dmarc', 'arc', 'compauth', 'trustedFrom']) assert.ok(k in auth, `no auth.${k}`);
  const al = j['alignment'] as Record<string, unknown>;
  for (const k of ['mailFrom', 'from', 'dkimDomains', 'spfAligned', 'dkimAligned']) assert.ok(k in al, `no alignment.${k}`);
  assert.deepEqual((j['findings'] as { id: string }[]).map((f) => f.id).slice(0, 3), ['spf-none', 'dkim-none', 'dmarc-fail']);
  assert.equal('fields' in j, false);
  const withFields = JSON.parse((await run(['--json', '--fields', '-'], first)).out) as { fields: unknown[] };
  assert.equal(withFields.fields.length, 10);
});

test('ndr headers: NDR text reads the original headers; --part outer reads its own', async () => {
  const f = fixture('sisimai/eml/lhost-office365-06.eml');
  const auto = JSON.parse((await run(['--json', f])).out) as { summary: { source: string } };
  assert.equal(auto.summary.source, 'ndr-original-headers');
  const outer = JSON.parse((await run(['--json', '--part', 'outer', f])).out) as { summary: { source: string } };
  assert.equal(outer.summary.source, 'header-block');
});

test('ndr headers: empty, binary, missing file, bad --part, nothing found', async () => {
  assert.equal((await run([], '')).code, EXIT.dataError);
  const dir = mkdtempSync(join(tmpdir(), 'ndr-headers-'));
  const bin = join(dir, 'bin.dat');
  writeFileSync(bin, Buffer.from([0x52, 0x65, 0x00, 0x01, 0x02]));
  const b = await run([bin]);
  assert.equal(b.code, EXIT.dataError);
  assert.match(b.err, /binary/);
  assert.equal((await run([join(dir, 'no-such-file.eml')])).code, EXIT.noInput);
  assert.equal((await run(['--part', 'inner', bin])).code, EXIT.usage);
  assert.equal((await run([], 'hello there\nno headers\n')).code, EXIT.nothingFound);
});
