// The real header blocks pinned as golden JSON: chosen so that, together, they show every
// finding id that a real fixture can show and every Received form met in the corpus. Shared by
// golden.test.ts and scripts/update-golden-headers.ts.
import { readFileSync } from 'node:fs';

export interface GoldenCase {
  /** Fixture path under test/fixtures/. */
  readonly file: string;
  readonly part: 'outer' | 'original';
  /**
   * For a documentation sample holding several header blocks separated by blank lines: which one
   * (0-based). Omitted: the whole file.
   */
  readonly block?: number;
  /** What the case is here to show (finding ids, hop forms, providers). */
  readonly shows: string;
}

export const GOLDEN_CASES: readonly GoldenCase[] = [
  { file: 'sisimai/eml/lhost-amazonses-09.eml', part: 'outer', shows: 'spf-fail, forwarding-broke-spf (Delivered-To differs), dkim-body-hash (Google dkim=neutral), Google and Amazon SES hops' },
  { file: 'sisimai/eml/lhost-amazonses-14.eml', part: 'outer', shows: 'spf-none, dkim-none, Yahoo hop, Yahoo\'s old A-R form' },
  { file: 'sisimai/eml/lhost-office365-05.eml', part: 'outer', shows: 'dkim-none, Microsoft A-R without authserv-id and with stray domains, anti-spam stamps' },
  { file: 'sisimai/eml/lhost-office365-06.eml', part: 'original', shows: 'the NDR\'s quoted-printable "Original message headers" section, Exchange hops, spf-none with an empty sender' },
  { file: 'sisimai/eml/arf-20.eml', part: 'original', shows: 'spf-not-aligned (Received-SPF), dkim-signature, dkim-not-aligned, text/rfc822-headers part' },
  { file: 'sisimai/eml/lhost-yahoo-11.eml', part: 'outer', shows: 'dkim-signature (Yahoo permerror "bad sig")' },
  { file: 'sisimai/eml/lhost-courier-04.eml', part: 'outer', shows: 'spf-neutral' },
  { file: 'sisimai/eml/rhost-google-06.eml', part: 'outer', shows: 'dmarc-none, several A-R fields, an upstream arc=pass claim, ARC-Authentication-Results' },
  { file: 'sisimai/eml/arf-02.eml', part: 'outer', shows: 'alignment-mismatch, clock-skew, slow-hop, qmail "invoked" hop' },
  { file: 'sisimai/eml/lhost-postfix-28.eml', part: 'original', shows: 'from-invalid (two From addresses)' },
  { file: 'sisimai/eml/lhost-ezweb-04.eml', part: 'outer', shows: 'qmail "invoked by uid" hop' },
  { file: 'sisimai/eml/arf-16.eml', part: 'outer', shows: 'Postfix local submission hop ("from userid")' },
  { file: 'sisimai/eml/lhost-sendgrid-03.eml', part: 'original', shows: 'SendGrid hops, a Received date with no ";" before it' },
  { file: 'sisimai/eml/lhost-gmx-01.eml', part: 'outer', shows: 'GMX / WEB.DE hops' },
  { file: 'sisimai/eml/lhost-office365-08.eml', part: 'original', shows: 'NDR original headers whose folding was lost (continuations without indentation), Microsoft 365 hops' },
  { file: 'sisimai/eml/lhost-googlegroups-14.eml', part: 'outer', shows: 'Received dates with a zero-padded day ("Tue, 029 Apr 2019"), Google Groups, ARC-Authentication-Results' },
  { file: 'sisimai/eml/lhost-outlook-08.eml', part: 'outer', shows: 'Outlook.com hops' },
  { file: 'sisimai/eml/arf-14.eml', part: 'outer', shows: 'Yahoo hops, dkim-signature (permerror bad sig)' },
  { file: 'msdocs/5.7.367_relay-pool_auth-results-examples.txt', part: 'outer', block: 0, shows: 'spf-softfail, dkim-none, dmarc-fail (action=none), pasted A-R that lost its folding' },
  { file: 'msdocs/5.7.367_relay-pool_auth-results-examples.txt', part: 'outer', block: 1, shows: 'spf-softfail, dkim-body-hash (Microsoft form), dmarc-fail' },
];

/** The fixture text for a case (the chosen block of a multi-block sample). */
export function caseInput(c: GoldenCase): string {
  const text = readFileSync(new URL(`../fixtures/${c.file}`, import.meta.url), 'latin1');
  if (c.block === undefined) return text;
  const blocks = text.replace(/\r\n/g, '\n').split(/\n[ \t]*\n/).filter((b) => b.trim() !== '');
  return blocks[c.block] ?? '';
}

/** The golden file name of a case. */
export function goldenName(c: GoldenCase): string {
  const base = c.file.split('/').pop() as string;
  return `${base}.${c.part}${c.block === undefined ? '' : `.block${c.block}`}.json`;
}
