// The field readers one by one: dates, RFC 2047 words, Authentication-Results forms seen in the
// wild (facts: shared/reference/header-facts.md section C), Received forms, providers, blocks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseMailDate } from '../../src/headers/dates.js';
import { decodeEncodedWords } from '../../src/headers/encoded-words.js';
import { parseAuthResults } from '../../src/headers/auth-results.js';
import { parseReceived } from '../../src/headers/received.js';
import { providerOf } from '../../src/headers/providers.js';
import { splitHeaderFields, decodeQuotedPrintable } from '../../src/headers/header-block.js';
import { alignDomain, explainAlignment } from '../../src/headers/alignment.js';
import { domainOf, extractAddresses } from '../../src/headers/addresses.js';

const iso = (s: string): string | null => {
  const ms = parseMailDate(s).ms;
  return ms === null ? null : new Date(ms).toISOString();
};

test('dates: RFC 5322, no zone, two-digit year, zone in a comment, asctime, ISO, Go style', () => {
  assert.equal(iso('Fri, 25 May 2018 08:21:13 +0000'), '2018-05-25T08:21:13.000Z');
  assert.equal(iso('Wed,  23\n May 2018 08:16:15 -0700'), '2018-05-23T15:16:15.000Z');
  assert.equal(iso('25 May 2018 08:21:13.7213 (UTC)'), '2018-05-25T08:21:13.721Z');
  assert.equal(iso('Thu, 29 Apr 2017 23:34:45 PDT'), '2017-04-30T06:34:45.000Z');
  assert.equal(iso('Mon Jan  1 10:00:00 2018'), '2018-01-01T10:00:00.000Z');
  assert.deepEqual(parseMailDate('Mon Jan  1 10:00:00 2018').notes, ['no time zone; read as UTC']);
  assert.equal(iso('1 Jan 99 10:00 +0100'), '1999-01-01T09:00:00.000Z');
  assert.ok(parseMailDate('1 Jan 99 10:00 +0100').notes[0]?.startsWith('two-digit year 99'));
  assert.equal(iso('2018-12-10 11:43:59.610 +0000 UTC m=+555016.72'), '2018-12-10T11:43:59.610Z');
  assert.equal(iso('2020-01-01T10:00:00+02:00'), '2020-01-01T08:00:00.000Z');
  assert.equal(iso('Sun,17 Jun 2018 07:31:37 +0000'), '2018-06-17T07:31:37.000Z');
  assert.equal(iso('Tue, 029 Apr 2019 23:34:45 -0800 (PST)'), '2019-04-30T07:34:45.000Z');
  assert.equal(iso('no date here'), null);
  assert.equal(iso('32 Jan 2018 10:00'), null);
});

test('RFC 2047: B and Q, adjacent words joined, unknown charset kept with a problem', () => {
  assert.equal(decodeEncodedWords('=?utf-8?B?w6k=?= and =?iso-8859-1?Q?caf=E9_noir?=').text, 'é and café noir');
  // A multi-byte character split across two words of one charset comes out whole.
  assert.equal(decodeEncodedWords('=?UTF-8?B?44GC?= =?UTF-8?Q?=E3=81?= =?UTF-8?Q?=84?=').text, 'あい');
  assert.equal(decodeEncodedWords('=?iso-2022-jp?B?GyRCJCIbKEI=?=').text, 'あ');
  const bad = decodeEncodedWords('=?x-no-such?B?QUJD?=');
  assert.equal(bad.text, '=?x-no-such?B?QUJD?=');
  assert.equal(bad.problems.length, 1);
  assert.equal(decodeEncodedWords('plain text').text, 'plain text');
});

test('A-R: Microsoft form with no authserv-id, stray domains, action and compauth reason', () => {
  const p = parseAuthResults('spf=pass (sender IP is 104.47.126.200) smtp.helo=APC01-PU1-obe.outbound.protection.outlook.com; outlook.com; dkim=none (message not signed) header.d=none;outlook.com; dmarc=pass action=none header.from=outlook.com;compauth=pass reason=100');
  assert.equal(p.authservId, '');
  assert.deepEqual(p.results.map((r) => `${r.method}=${r.result}`), ['spf=pass', 'dkim=none', 'dmarc=pass', 'compauth=pass']);
  assert.deepEqual(p.strays, ['outlook.com', 'outlook.com']);
  assert.equal(p.results[2]?.props['action'], 'none');
  assert.equal(p.results[3]?.reason, '100');
  assert.equal(p.results[0]?.comment, 'sender IP is 104.47.126.200');
});

test('A-R: ARC form with a version after the authserv-id; two SPF results kept apart', () => {
  const p = parseAuthResults('i=1; mx.microsoft.com 1; spf=pass (sender ip is 192.0.2.1) smtp.mailfrom=example.com; dmarc=pass action=none header.from=example.com; dkim=pass header.d=example.com; arc=none', true);
  assert.equal(p.instance, 1);
  assert.equal(p.authservId, 'mx.microsoft.com');
  assert.deepEqual(p.strays, []);
  const two = parseAuthResults('mx.example.net; spf=pass smtp.helo=mail.example.com; spf=fail smtp.mailfrom=a@example.com');
  assert.deepEqual(two.results.map((r) => [r.result, r.props['smtp.helo'] ?? r.props['smtp.mailfrom']]), [['pass', 'mail.example.com'], ['fail', 'a@example.com']]);
});

test('A-R: "authserv-id; none", Google dmarc comment, quoted reason, property-only segment, Yahoo form', () => {
  assert.deepEqual(parseAuthResults('mx.example.net; none').results, []);
  const g = parseAuthResults('mx.google.com; dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=googlemail.com');
  assert.equal(g.results[0]?.comment, 'p=QUARANTINE sp=QUARANTINE dis=NONE');
  const q = parseAuthResults('example.net; dkim=fail reason="signature verification failed" (1024-bit key; unprotected) header.d=example.net');
  assert.equal(q.results[0]?.reason, 'signature verification failed');
  assert.equal(q.results[0]?.comment, '1024-bit key; unprotected');
  const y = parseAuthResults('mta508.mail.kks.y.example.co.jp  from=y.example.co.jp; domainkeys=pass (ok); dkim=pass (ok); header.i=@y.example.co.jp');
  assert.equal(y.authservId, 'mta508.mail.kks.y.example.co.jp');
  assert.equal(y.results[1]?.props['header.i'], '@y.example.co.jp');
  const nested = parseAuthResults('x; spf=pass (a (nested) comment)smtp.mailfrom=example.net');
  assert.equal(nested.results[0]?.props['smtp.mailfrom'], 'example.net');
});

test('Received: standard, Exchange, Google, qmail, Postfix local, SendGrid Go date, no ";" RFC date, unparsed', () => {
  const s = parseReceived('from mail.example.com (mail.example.com [192.0.2.1])\n\tby mx.example.org (Postfix) with ESMTPS id 4AB for <b@example.org>; Mon, 1 Jan 2024 10:00:00 +0000');
  assert.deepEqual([s.form, s.fromIp, s.id, s.for, s.with], ['standard', '192.0.2.1', '4AB', 'b@example.org', 'ESMTPS']);
  const ms = parseReceived('from BN3NAM04FT004.eop-NAM04.prod.protection.outlook.com (2603:10b6:a03:1a2::16) by BN3NAM04HT095.eop-NAM04.prod.protection.outlook.com (10.152.93.162) with Microsoft SMTP Server (version=TLS1_2, cipher=x) id 15.20.776.10; Fri, 25 May 2018 08:21:13 +0000');
  assert.deepEqual([ms.form, ms.fromIp, ms.provider], ['microsoft', '2603:10b6:a03:1a2::16', 'Microsoft 365 (Exchange Online Protection)']);
  assert.equal(parseReceived('by 2002:a05:6214:1c0a:0:0:0:0 with SMTP id 10csp123; Mon, 1 Jan 2024 10:00:00 -0800 (PST)').form, 'standard');
  assert.equal(parseReceived('from mail-sor-f69.google.com (mail-sor-f69.google.com. [209.85.220.69]) by mx.google.com with SMTPS id x for <a@example.com>; Mon, 1 Jan 2024 10:00:00 -0800 (PST)').form, 'google');
  const qm = parseReceived('(qmail 12345 invoked by uid 89); 1 Jan 2024 10:00:00 -0000');
  assert.equal(qm.form, 'qmail-invoked');
  assert.equal(qm.from, '');
  assert.equal(parseReceived('(qmail 4242 invoked from network); 1 Jan 2024 10:00:00 -0000').from, '');
  assert.equal(parseReceived('by mail.example.com (Postfix, from userid 1000) id 4AB; Mon, 1 Jan 2024 10:00:00 +0000 (UTC)').form, 'postfix-local');
  const sg = parseReceived('by filter0123p1mdw1.sendgrid.net with SMTP id filter0123p1mdw1-1234-5C0E4E2F-1 2018-12-10 11:43:59.610 +0000 UTC m=+555016.720');
  assert.deepEqual([sg.form, sg.ms === null ? '' : new Date(sg.ms).toISOString(), sg.provider], ['sendgrid', '2018-12-10T11:43:59.610Z', 'SendGrid']);
  const noSemi = parseReceived('by 10.8.49.76 with SMTP id mf36.18138.51D70DE17\n        Fri, 05 Jul 2013 23:34:45 +0000 (UTC)');
  assert.equal(noSemi.ms, Date.parse('2013-07-05T23:34:45Z'));
  assert.ok(noSemi.notes.includes('date with no ";" before it'));
  assert.equal(parseReceived('garbage').form, 'unparsed');
  assert.equal(parseReceived('from a.example by b.example').form, 'no-date');
});

test('providers: longest suffix wins, case-insensitive', () => {
  assert.equal(providerOf('SLXP216MB0381.KORP216.PROD.OUTLOOK.COM'), 'Microsoft 365 (Exchange Online Protection)');
  assert.equal(providerOf('BLU004-OMC3S13.hotmail.com'), 'Outlook.com');
  assert.equal(providerOf('a27-78.smtp-out.us-west-2.amazonses.com'), 'Amazon SES');
  assert.equal(providerOf('mta1465.mail.ne1.yahoo.com.'), 'Yahoo');
  assert.equal(providerOf('mail.example.com'), '');
});

test('header block: unfolding, duplicates kept in order, lost folding read as continuation', () => {
  const s = splitHeaderFields('Received: a\n b\nReceived: c\nAuthentication-Results: spf=softfail\nsmtp.mailfrom=contoso.com; dkim=none\nSubject: x\n\nBody: not a header');
  assert.deepEqual(s.fields.map((f) => [f.name, f.value]), [['Received', 'a b'], ['Received', 'c'], ['Authentication-Results', 'spf=softfail smtp.mailfrom=contoso.com; dkim=none'], ['Subject', 'x']]);
  assert.ok(s.warnings.some((w) => w.includes('read as continuations')));
  assert.deepEqual(s.fields.map((f) => f.line), [1, 3, 4, 6]);
  assert.equal(decodeQuotedPrintable('a=3Db=\nc =E3=81=82'), 'a=bc あ');
});

test('addresses and alignment: display names, strict and relaxed, private PSL section', () => {
  assert.deepEqual(extractAddresses('"x@evil.example" <a@good.example>, b@c.example'), ['a@good.example']);
  assert.equal(domainOf('Kijitora <kijitora@Example.JP.>'), 'example.jp');
  assert.equal(domainOf('<>'), '');
  assert.deepEqual(alignDomain('bounce.example.co.uk', 'example.co.uk'), { domain: 'bounce.example.co.uk', orgDomain: 'example.co.uk', relaxed: true, strict: false });
  assert.equal(alignDomain('a.github.io', 'b.github.io').relaxed, false);
  assert.match(explainAlignment('a.github.io', 'b.github.io'), /github\.io is in the private section of the Public Suffix List/);
  assert.match(explainAlignment('example.com', 'example.net'), /organisational domains differ \(example\.com against example\.net\)/);
});
