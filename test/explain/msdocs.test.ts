// Every sample in test/fixtures/msdocs/ (real NDR texts from Microsoft's pages; SOURCES.tsv says
// where each comes from) is explained with the right entry first. The expected entry is written
// here per file, and per line for files that hold several separate replies.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { explain } from '../../src/explain/explain.js';

const DIR = new URL('../fixtures/msdocs/', import.meta.url);

interface Expectation {
  readonly file: string;
  /** 1-based line to explain on its own; absent: the whole file. */
  readonly line?: number;
  /** The entry that must rank first; null: the sample holds no code and no reply to explain. */
  readonly first: string | null;
  /** The code it must be found by ("" when only the text can find it). */
  readonly code?: string;
  readonly why?: string;
}

const TABLE: readonly Expectation[] = [
  { file: '4.3.2_554-mailbox-busy_maxobjsexceeded.txt', first: 'exo-4.3.2-mailbox-busy', code: '4.3.2' },
  { file: '4.4.101_proxy-session-starttls-required.txt', first: 'exo-4.4.101-proxy-starttls-required', code: '4.4.101' },
  { file: '4.4.2_5.7.3_tls10-11-socketerror.txt', first: 'exo-4.4.2-tls-socket-error', code: '4.4.2' },
  { file: '4.4.62_wrong-office365-region-attr35.txt', first: 'exo-4.4.62-wrong-region', code: '4.4.62' },
  { file: '4.4.7_queue-expired.txt', first: 'exo-4.4.7-message-expired', code: '4.4.7' },
  { file: '4.7.0_4.7.5_hybrid-tls-cert-change.txt', first: 'exo-4.7.0-hybrid-tls-certificate', code: '4.7.0' },
  { file: '4.7.0_4.7.5_hybrid-tls-cert-change.txt', line: 2, first: 'exo-4.7.0-hybrid-tls-certificate', code: '4.7.5' },
  { file: '4.7.25_4.7.26_5.2.1_ipv6-anonymous-inbound.txt', first: 'exo-4.7.25-ipv6-reverse-dns', code: '4.7.25' },
  { file: '4.7.25_4.7.26_5.2.1_ipv6-anonymous-inbound.txt', line: 2, first: 'exo-4.7.26-ipv6-spf-dkim', code: '4.7.26' },
  { file: '4.7.25_4.7.26_5.2.1_ipv6-anonymous-inbound.txt', line: 3, first: 'exo-5.2.1-ipv6-not-accepted', code: '5.2.1' },
  { file: '5.0.350_x-dg-ref-header-too-long.txt', first: 'exo-5.0.350-generic', code: '5.0.350' },
  { file: '5.1.0_spf-permanent-error.txt', first: 'exo-5.1.0-spf-permanent-error', code: '' },
  { file: '5.1.10_resolver-adr-recipientnotfound.txt', first: 'exo-5.1.10-recipient-not-found', code: '5.1.10' },
  { file: '5.1.11_resolver-adr-exrecipnotfound_legacy.txt', first: 'exo-5.1.11-legacy-dn-not-found', code: '5.1.11' },
  { file: '5.1.1_resolver-adr-exrecipnotfound_hybrid-internal-relay.txt', first: 'exo-5.1.1-bad-destination-mailbox', code: '5.1.1' },
  { file: '5.1.1_resolver-adr-recipnotfound_hybrid-move.txt', first: 'exo-5.1.1-bad-destination-mailbox', code: '5.1.1' },
  { file: '5.1.8_bad-outbound-sender_older-variant.txt', first: 'exo-5.1.8-bad-outbound-sender', code: '5.1.8' },
  { file: '5.2.0_554-delegateuservalidationexception.txt', first: 'exo-5.2.0-delegate-validation', code: '5.2.0' },
  { file: '5.2.0_554-userwithoutfederatedproxyaddress.txt', first: 'exo-5.2.0-no-federated-proxy-address', code: '5.2.0' },
  { file: '5.2.0_resolver-adr-badprimary.txt', first: 'exo-5.2.0-bad-primary', code: '5.2.0' },
  { file: '5.2.2_554-mailbox-full_mail-enabled-public-folder.txt', first: 'exo-5.2.2-mailbox-full', code: '5.2.2' },
  { file: '5.2.3_resolver-rst-recipsizelimit.txt', first: 'exs-5.2.3-recipient-size-limit', code: '5.2.3' },
  { file: '5.7.129_disabled-onprem-account.txt', first: 'exo-5.7.129-restricted-recipient', code: '5.7.129' },
  { file: '5.7.13_storedrv-authenticationrequiredforpublicfolder.txt', first: 'exo-5.7.13-public-folder-permissions', code: '5.7.13' },
  { file: '5.7.193_unifiedgroupagent.txt', first: 'exo-5.7.193-group-external-senders', code: '5.7.193' },
  { file: '5.7.1_blocklist-1_delist.txt', first: 'exo-5.7.1-blocklist', code: '5.7.1' },
  { file: '5.7.1_unable-to-relay-blocked-by-customer-allow-list.txt', first: 'exo-5.7.1-customer-allow-list', code: '5.7.1' },
  { file: '5.7.367_relay-pool_auth-results-examples.txt', first: null, why: 'Authentication-Results headers only: no code, no reply text' },
  { file: '5.7.367_relay-pool_not-permitted-to-relay.txt', first: 'exo-5.7.367-relay-pool', code: '5.7.367' },
  { file: '5.7.515_outlookcom_authentication-level.txt', first: 'outlookcom-5.7.515-authentication-level', code: '5.7.515' },
  { file: '5.7.520_external-forwarding-blocked_AS7555.txt', first: 'exo-5.7.520-external-forwarding-blocked', code: '5.7.520' },
  { file: '5.7.606-649_5.7.511_blocked-senders-list.txt', first: 'exo-5.7.606-649-banned-sending-ip', code: '5.7.606-649' },
  { file: '5.7.606-649_5.7.511_blocked-senders-list.txt', line: 2, first: 'exo-5.7.511-banned-ip', code: '5.7.511' },
  { file: '5.7.64_relay-access-denied-attr36.txt', first: 'exo-5.7.64-attr36', code: '5.7.64' },
  { file: '5.7.64_tenantattribution.txt', first: 'exo-5.7.64-tenant-attribution', code: '5.7.64' },
  { file: '5.7.703_tenant-allow-block-list.txt', first: 'exo-5.7.703-tenant-block-list', code: '5.7.703' },
  { file: '5.7.705_tenant-exceeded-threshold.txt', first: 'exo-5.7.705-tenant-threshold', code: '5.7.705' },
  { file: '5.7.708_traffic-not-accepted-from-ip.txt', first: 'exo-5.7.708-ip-not-accepted', code: '5.7.708' },
  { file: '5.7.750_unregistered-domain.txt', first: 'exo-5.7.750-unregistered-domains', code: '5.7.750' },
  { file: '_template_diagnostic-information-for-administrators.txt', first: null, why: 'the NDR layout with placeholders instead of a code' },
  { file: 'no-code_aggregategroupmailbox-full.txt', first: 'exo-aggregate-group-mailbox-full', code: '' },
  { file: 'oof_message-trace-entries.txt', first: 'exo-5.7.750-unregistered-domains', code: '5.7.750' },
  { file: 'oof_message-trace-entries.txt', line: 2, first: 'exo-2.1.5-oof-internal-to-external', code: '2.1.5' },
  // One error per line, from a page about printers and applications that send through Microsoft 365.
  { file: 'smtp-auth-printers_errors.txt', line: 1, first: 'exo-5.7.60-send-as', code: '5.7.60' },
  { file: 'smtp-auth-printers_errors.txt', line: 2, first: 'exo-5.7.3-authentication-unsuccessful', code: '5.7.3' },
  { file: 'smtp-auth-printers_errors.txt', line: 3, first: 'exo-5.7.57-client-not-authenticated', code: '5.7.57' },
  { file: 'smtp-auth-printers_errors.txt', line: 4, first: 'exo-5.7.57-client-not-authenticated', code: '' },
  { file: 'smtp-auth-printers_errors.txt', line: 5, first: 'exo-5.1.8-bad-outbound-sender', code: '5.1.8' },
  { file: 'smtp-auth-printers_errors.txt', line: 6, first: 'exo-5.7.139-federated-sts', code: '5.7.139' },
  { file: 'smtp-auth-printers_errors.txt', line: 7, first: 'exo-5.7.139-federated-sts', code: '5.7.139' },
  { file: 'smtp-auth-printers_errors.txt', line: 8, first: 'exo-5.7.64-tenant-attribution', code: '5.7.64' },
  { file: 'smtp-auth-printers_errors.txt', line: 9, first: 'exo-4.4.62-wrong-region', code: '4.4.62' },
  { file: 'smtp-auth-printers_errors.txt', line: 10, first: 'rfc5321-220', code: '220' },
];

test('the table covers every sample file', () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort();
  const covered = new Set(TABLE.map((t) => t.file));
  assert.deepEqual(files.filter((f) => !covered.has(f)), []);
  assert.deepEqual([...covered].filter((f) => !files.includes(f)), []);
});

for (const t of TABLE) {
  const label = t.line === undefined ? t.file : `${t.file} line ${t.line}`;
  test(`${label}: ${t.first ?? `nothing to explain (${t.why})`}`, () => {
    const whole = readFileSync(new URL(t.file, DIR), 'utf8');
    const input = t.line === undefined ? whole : (whole.split('\n')[t.line - 1] ?? '');
    assert.ok(input.trim() !== '', 'the line exists');
    const r = explain(input);
    if (t.first === null) {
      assert.deepEqual(r.codes, []);
      assert.deepEqual(r.matches, []);
      assert.ok(r.warnings.some((w) => /no status code/i.test(w)), r.warnings.join(' | '));
      return;
    }
    assert.equal(r.matches[0]?.id, t.first, `ranked ${r.matches.slice(0, 3).map((m) => `${m.id} (${m.score})`).join(', ')}`);
    if (t.code !== undefined) assert.equal(r.matches[0]?.matchedCode, t.code);
  });
}
