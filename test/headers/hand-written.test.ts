// Findings that no real fixture in the corpus shows, checked on small header blocks written for
// these tests (hand-written, not real mail): spf-error, dkim-key, dkim-partial-body, arc-rescued,
// dmarc-not-applied, mailing-list-broke-dkim, intra-org-spoof, spam-verdict; plus the negative
// cases (a clean message gives no authentication finding).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeHeaders } from '../../src/index.js';

function ids(text: string): string[] {
  return analyzeHeaders(text).findings.map((f) => f.id);
}

const CLEAN = [
  'Authentication-Results: mx.google.com; dkim=pass header.i=@example.com header.s=s1; spf=pass (google.com: domain of a@example.com designates 192.0.2.1 as permitted sender) smtp.mailfrom=a@example.com; dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=example.com',
  'Received: from mail.example.com (mail.example.com [192.0.2.1]) by mx.google.com with ESMTPS id x1 for <b@example.org>; Mon, 01 Jan 2024 10:00:05 +0000',
  'Received: from client (client [10.0.0.1]) by mail.example.com (Postfix) with ESMTPSA id AB12; Mon, 01 Jan 2024 10:00:01 +0000',
  'From: A <a@example.com>',
  'To: b@example.org',
  'Subject: hello',
  'Date: Mon, 01 Jan 2024 10:00:00 +0000',
  'Message-ID: <1@example.com>',
  '',
  'body',
].join('\n');

test('a clean, aligned, passing message gives no findings', () => {
  const a = analyzeHeaders(CLEAN);
  assert.deepEqual(a.findings.map((f) => f.id), []);
  assert.equal(a.alignment.spfAligned, true);
  assert.equal(a.alignment.dkimAligned, true);
  assert.equal(a.hops.length, 2);
  assert.equal(a.hops[0]?.delaySeconds, 1);
  assert.equal(a.hops[1]?.delaySeconds, 4);
  assert.equal(a.totalDelaySeconds, 4);
  assert.equal(a.summary.deliveredAfterSeconds, 5);
  assert.equal(a.hops[1]?.provider, 'Google');
  assert.equal(a.hops[0]?.form, 'standard');
});

test('spf-error: permerror and temperror', () => {
  assert.ok(ids('Authentication-Results: mx.example.net; spf=permerror (too many DNS lookups) smtp.mailfrom=a@example.com\nFrom: a@example.com\n').includes('spf-error'));
  assert.ok(ids('Authentication-Results: spf=temperror (sender IP is 192.0.2.1) smtp.mailfrom=example.com; dmarc=temperror action=temperror header.from=example.com\nFrom: a@example.com\n').includes('spf-error'));
});

test('dkim-key: no key for the selector', () => {
  const a = analyzeHeaders('Authentication-Results: mx.example.net; dkim=permerror (no key for signature) header.d=example.com header.s=old; spf=pass smtp.mailfrom=example.com; dmarc=pass header.from=example.com\nFrom: a@example.com\n');
  const f = a.findings.find((x) => x.id === 'dkim-key');
  assert.ok(f);
  assert.match(f.detail, /example\.com \(selector old\)/);
});

test('a DKIM failure that an earlier ARC sealer saw passing is placed after that hop', () => {
  const a = analyzeHeaders('Authentication-Results: mx.example.net; dkim=fail (body hash did not verify) header.d=example.com; dmarc=fail header.from=example.com\nARC-Authentication-Results: i=1; lists.example.org; dkim=pass header.d=example.com; spf=pass smtp.mailfrom=example.com\nFrom: a@example.com\n');
  const f = a.findings.find((x) => x.id === 'dkim-body-hash');
  assert.match(f?.detail ?? '', /ARC instance 1 \(lists\.example\.org\) recorded dkim=pass for example\.com earlier/);
});

test('dkim-partial-body: l= in the DKIM-Signature', () => {
  assert.ok(ids('DKIM-Signature: v=1; a=rsa-sha256; d=example.com; s=s1; l=120; h=from:to; bh=x; b=y\nFrom: a@example.com\n').includes('dkim-partial-body'));
});

test('arc-rescued: compauth reason 130, and dmarc=fail with arc=pass', () => {
  const a = analyzeHeaders('Authentication-Results: spf=fail (sender IP is 192.0.2.9) smtp.mailfrom=example.com; dkim=fail (body hash did not verify) header.d=example.com;dmarc=fail action=none header.from=example.com;compauth=pass reason=130\nARC-Seal: i=1; a=rsa-sha256; cv=none; d=lists.example.org; s=arc; b=x\nFrom: a@example.com\n');
  assert.ok(a.findings.some((f) => f.id === 'arc-rescued'));
  assert.equal(a.auth.compauth?.meaning.startsWith('passed: an ARC result'), true);
  assert.deepEqual(a.auth.arc?.seals, [{ instance: 1, cv: 'none', domain: 'lists.example.org' }]);
  assert.ok(ids('Authentication-Results: mx.example.net; arc=pass (i=2); dmarc=fail header.from=example.com\nFrom: a@example.com\n').includes('arc-rescued'));
});

test('dmarc-not-applied: pct.quarantine, and Google dis=NONE under p=REJECT', () => {
  assert.ok(ids('Authentication-Results: spf=fail smtp.mailfrom=example.com; dmarc=fail action=pct.quarantine header.from=example.com\nFrom: a@example.com\n').includes('dmarc-not-applied'));
  const a = analyzeHeaders('Authentication-Results: mx.google.com; dmarc=fail (p=REJECT sp=REJECT dis=NONE) header.from=example.com\nFrom: a@example.com\n');
  assert.equal(a.auth.dmarc?.policy, 'REJECT');
  assert.equal(a.auth.dmarc?.disposition, 'none');
  assert.ok(a.findings.some((f) => f.id === 'dmarc-not-applied'));
});

test('mailing-list-broke-dkim: a list header and a body-hash failure', () => {
  const t = ids('Authentication-Results: mx.example.net; dkim=fail (body hash did not verify) header.d=example.com; dmarc=fail header.from=example.com\nList-Id: <talk.lists.example.org>\nFrom: a@example.com\n');
  assert.ok(t.includes('mailing-list-broke-dkim') && t.includes('dkim-body-hash') && t.includes('dmarc-fail'));
});

test('intra-org-spoof: compauth reason 010 and CAT:INTOS', () => {
  assert.ok(ids('Authentication-Results: spf=fail smtp.mailfrom=contoso.com; dmarc=fail action=quarantine header.from=contoso.com;compauth=fail reason=010\nFrom: a@contoso.com\n').includes('intra-org-spoof'));
  assert.ok(ids('X-Forefront-Antispam-Report: CIP:192.0.2.1;CTRY:;LANG:en;SCL:5;SRV:;IPV:NLI;SFV:SPM;H:x;PTR:;CAT:INTOS;SFS:(1);DIR:INB;\nFrom: a@contoso.com\n').includes('intra-org-spoof'));
});

test('spam-verdict and the anti-spam fields: meanings, unknown fields kept', () => {
  const a = analyzeHeaders('X-Forefront-Antispam-Report: CIP:2a01:111:f400::1;CTRY:NG;LANG:en;SCL:6;SRV:BULK;IPV:NLI;SFV:SPM;H:mail.example;PTR:;CAT:BULK;SFS:(13230031)(4022899009);DIR:INB;SFP:1102;ZZZ:9;\nX-Microsoft-Antispam: BCL:7;ARA:1444111002;\nX-MS-Exchange-Organization-SCL: 6\nX-MS-Exchange-Organization-AuthAs: Anonymous\nX-Microsoft-Antispam-Mailbox-Delivery: ucf:0;jmr:0;auth:0;dest:J;OFR:SpamFilterAuthJ;\nFrom: a@example.com\n');
  assert.ok(a.findings.some((f) => f.id === 'spam-verdict'));
  const ff = a.antispam.headers[0];
  assert.ok(ff);
  const byKey = new Map(ff.fields.map((f) => [f.key, f]));
  assert.equal(byKey.get('CIP')?.value, '2a01:111:f400::1');
  assert.match(byKey.get('SFV')?.meaning ?? '', /marked it as spam/);
  assert.match(byKey.get('SCL')?.meaning ?? '', /Junk Email folder/);
  assert.match(byKey.get('CAT')?.meaning ?? '', /bulk mail/);
  assert.match(byKey.get('DIR')?.meaning ?? '', /inbound/);
  assert.equal(byKey.get('SFP')?.known, false);
  assert.equal(byKey.get('ZZZ')?.known, false);
  assert.equal(byKey.get('ZZZ')?.value, '9');
  const bcl = a.antispam.headers[1]?.fields.find((f) => f.key === 'BCL');
  assert.match(bcl?.meaning ?? '', /default threshold 7/);
  assert.equal(a.antispam.headers[1]?.fields.find((f) => f.key === 'ARA')?.known, false);
  assert.match(a.antispam.headers[3]?.fields[0]?.meaning ?? '', /not authenticated/);
  assert.match(a.antispam.headers[4]?.fields.find((f) => f.key === 'dest')?.meaning ?? '', /Junk Email folder/);
  assert.ok(a.antispam.verdicts.some((v) => v.startsWith('SFV:SPM')));
  const org = analyzeHeaders('X-MS-Exchange-Organization-Antispam-Report: DV:3.3.16620.857;SID:SenderIDStatus None;OrigIP:192.0.2.1;SCL:5\nX-MS-Exchange-Organization-AVStamp-Enterprise: 1.0\n');
  const rep = org.antispam.headers[0]?.fields ?? [];
  assert.deepEqual(rep.map((f) => [f.key, f.known]), [['DV', false], ['SID', false], ['OrigIP', false], ['SCL', true]]);
  assert.match(org.antispam.headers[1]?.fields[0]?.meaning ?? '', /antivirus scan stamp/);
});

test('forwarding shown by SRS with an SPF pass that does not align', () => {
  const t = ids('Authentication-Results: mx.example.net; spf=pass smtp.mailfrom=SRS0=ab12=XY=example.com=a@forwarder.example.org; dkim=pass header.d=example.com; dmarc=pass header.from=example.com\nReturn-Path: <SRS0=ab12=XY=example.com=a@forwarder.example.org>\nFrom: a@example.com\n');
  assert.ok(t.includes('forwarding-broke-spf') && t.includes('spf-not-aligned'));
  assert.ok(!t.includes('dmarc-fail'));
});

test('the options are checked: a bad part or an unknown option throws NdrkitError', () => {
  assert.throws(() => analyzeHeaders('From: a@b.example\n', { part: 'inner' as never }), { name: 'NdrkitError', code: 'ERR_INVALID_OPTION' });
  assert.throws(() => analyzeHeaders('From: a@b.example\n', { color: true } as never), { code: 'ERR_INVALID_OPTION' });
  assert.throws(() => analyzeHeaders(42 as never), { code: 'ERR_INVALID_INPUT' });
});

test('empty and non-header input give a result with warnings, not an error', () => {
  const a = analyzeHeaders('');
  assert.equal(a.summary.fieldCount, 0);
  assert.deepEqual(a.warnings, ['the input is empty']);
  const b = analyzeHeaders('just some words\nand more words\n');
  assert.equal(b.summary.fieldCount, 0);
  assert.ok(b.warnings.includes('no header fields found in the input'));
});

test('a pasted Outlook NDR: the "Original message headers" section is read', () => {
  const ndr = [
    'Delivery has failed to these recipients or groups:',
    '',
    'b@example.org',
    'Your message couldn\'t be delivered.',
    '',
    'Diagnostic information for administrators:',
    'Remote Server returned \'550 5.7.509 Access denied\'',
    '',
    'Original message headers:',
    '',
    'Received: from a.example.com (192.0.2.1) by b.example.org with ESMTP; Mon, 1 Jan 2024 10:00:00 +0000',
    'Authentication-Results: spf=fail (sender IP is 192.0.2.1) smtp.mailfrom=example.com; dkim=none (message not signed) header.d=none;dmarc=fail action=oreject header.from=example.com;compauth=fail reason=000',
    'From: a@example.com',
    'Subject: =?utf-8?B?SMOpbGxv?=',
    '',
  ].join('\n');
  const a = analyzeHeaders(ndr);
  assert.equal(a.summary.source, 'ndr-original-headers');
  assert.equal(a.summary.subject, 'Héllo');
  assert.deepEqual(a.findings.map((f) => f.id).slice(0, 3), ['spf-fail', 'dkim-none', 'dmarc-fail']);
  assert.equal(analyzeHeaders(ndr, { part: 'outer' }).summary.source, 'header-block');
});
