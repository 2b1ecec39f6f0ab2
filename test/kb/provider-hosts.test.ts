// The one table of provider servers that classification (kb-hook) and the composer (kb-match)
// both read: which host names and mail domains belong to which service.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DISTINCTIVE_LITERAL_TO_DECIDE, DISTINCTIVE_LITERAL_TO_EXPLAIN, SERVICE_HOSTS, SERVICE_OF_SOURCE } from '../../src/kb/provider-hosts.js';
import type { MailService } from '../../src/kb/provider-hosts.js';

function serviceOf(host: string): MailService | null {
  for (const [service, hosts] of SERVICE_HOSTS) if (hosts.test(host)) return service;
  return null;
}

test('servers and mail domains are matched to their service, whole labels only', () => {
  const cases: [string, MailService | null][] = [
    ['contoso-com.mail.protection.outlook.com', 'microsoft'],
    ['outlook.office365.com', 'microsoft'],
    ['mail.prod.exchangelabs.com', 'microsoft'],
    ['hotmail.co.uk', 'microsoft'],
    ['live.fr', 'microsoft'],
    ['mx.outlook.cn', 'microsoft'],
    ['mx.google.com', 'google'],
    ['gmail-smtp-in.l.google.com', 'google'],
    ['googlemail.com', 'google'],
    ['mta7.am0.yahoodns.net', 'yahoo'],
    ['yahoo.co.jp', 'yahoo'],
    ['mx-aol.mail.gm0.yahoodns.net', 'yahoo'],
    ['aol.com', 'yahoo'],
    ['notoutlook.com', null],
    ['google.com.example.net', null],
    ['mx.example.org', null],
    ['', null],
  ];
  for (const [host, service] of cases) assert.equal(serviceOf(host), service, host);
});

test('every provider source names a service with a host table; the registries name none', () => {
  for (const source of ['exchange-online', 'exchange-server', 'outlook-com', 'gmail', 'yahoo'] as const) {
    const service = SERVICE_OF_SOURCE.get(source);
    assert.ok(service !== undefined && SERVICE_HOSTS.has(service), source);
  }
  assert.equal(SERVICE_OF_SOURCE.get('iana'), undefined);
  assert.equal(SERVICE_OF_SOURCE.get('rfc5321'), undefined);
});

test('classification asks more of a literal than the composer', () => {
  assert.ok(DISTINCTIVE_LITERAL_TO_DECIDE > DISTINCTIVE_LITERAL_TO_EXPLAIN);
  // "Client was not authenticated" explains a composed report; it does not decide a parsed one alone
  const phrase = 'Client was not authenticated';
  assert.ok(phrase.length >= DISTINCTIVE_LITERAL_TO_EXPLAIN && phrase.length < DISTINCTIVE_LITERAL_TO_DECIDE);
});
