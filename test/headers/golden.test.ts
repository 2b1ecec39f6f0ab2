// Golden JSON over real header blocks (corpus bounces and Microsoft documentation samples). A
// change in output shows as a failing case here; refresh with
// `node --import tsx scripts/update-golden-headers.ts` and review the diff.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyzeHeaders } from '../../src/index.js';
import { GOLDEN_CASES, caseInput, goldenName } from './golden-cases.js';

for (const c of GOLDEN_CASES) {
  test(`golden ${goldenName(c)}: ${c.shows}`, () => {
    const expected = JSON.parse(readFileSync(new URL(`golden/${goldenName(c)}`, import.meta.url), 'utf8')) as { analysis: unknown };
    const actual = JSON.parse(JSON.stringify(analyzeHeaders(caseInput(c), { part: c.part }))) as unknown;
    assert.deepEqual(actual, expected.analysis);
  });
}

test('the golden cases show the finding ids a real fixture can show, and every hop form met in the corpus', () => {
  const ids = new Set<string>();
  const forms = new Set<string>();
  const providers = new Set<string>();
  for (const c of GOLDEN_CASES) {
    const a = analyzeHeaders(caseInput(c), { part: c.part });
    for (const f of a.findings) ids.add(f.id);
    for (const h of a.hops) {
      forms.add(h.form);
      if (h.provider) providers.add(h.provider);
    }
  }
  // The rest of the ids (spf-error, dkim-key, arc-rescued, ...) have no real fixture in the
  // corpus; hand-written.test.ts covers them with small written header blocks.
  for (const id of ['spf-none', 'spf-fail', 'spf-softfail', 'spf-neutral', 'spf-not-aligned', 'dkim-none', 'dkim-body-hash', 'dkim-signature', 'dkim-not-aligned', 'dmarc-fail', 'dmarc-none', 'forwarding-broke-spf', 'alignment-mismatch', 'from-invalid', 'clock-skew', 'slow-hop']) {
    assert.ok(ids.has(id), `no golden case shows ${id}`);
  }
  // 'no-date' and 'unparsed' appear in no complete corpus field; parsers.test.ts covers them.
  for (const form of ['standard', 'qmail-invoked', 'postfix-local', 'sendgrid', 'microsoft', 'google']) assert.ok(forms.has(form), `no golden case shows hop form ${form}`);
  for (const p of ['Google', 'Yahoo', 'Amazon SES', 'Microsoft 365 (Exchange Online Protection)', 'Outlook.com', 'SendGrid']) assert.ok(providers.has(p), `no golden case shows provider ${p}`);
});
