/**
 * What Microsoft's and Google's authentication stamps mean: DMARC `action=` / `dis=` values and
 * compauth reason codes, in the project's own words. DATA ONLY.
 */

/** DMARC action / disposition values -> what happened and a plain label. */
export const DMARC_ACTIONS: Readonly<Record<string, { readonly disposition: string; readonly meaning: string }>> = {
  none: { disposition: 'none', meaning: 'no DMARC action was taken: the check passed, or the domain\'s policy is p=none (monitoring only)' },
  oreject: {
    disposition: 'rejected',
    meaning: 'the From domain publishes p=reject and Microsoft applied its reject handling ("o" for override): for Outlook.com and tenants that honour the policy the message is rejected with an NDR (5.7.509); a tenant that overrides the policy sends it to Junk or quarantine instead',
  },
  'o.reject': { disposition: 'rejected', meaning: 'same as oreject: reject handling under the domain\'s p=reject' },
  reject: { disposition: 'rejected', meaning: 'the policy p=reject was applied: the message was refused' },
  quarantine: { disposition: 'quarantined', meaning: 'the policy p=quarantine was applied: Junk folder or quarantine' },
  oquarantine: { disposition: 'quarantined', meaning: 'the policy p=quarantine was applied by Microsoft: Junk folder or quarantine' },
  'pct.quarantine': { disposition: 'not applied (pct)', meaning: 'DMARC failed under p=quarantine with pct below 100, and this message fell outside the sampled percentage: the policy was not applied' },
  'pct.reject': { disposition: 'not applied (pct)', meaning: 'DMARC failed under p=reject with pct below 100, and this message fell outside the sampled percentage: the policy was not applied' },
  permerror: { disposition: 'error', meaning: 'the DMARC record is malformed' },
  temperror: { disposition: 'error', meaning: 'a temporary DNS error stopped the DMARC check' },
};

/** Google's dis= values. */
export const DMARC_DISPOSITIONS: Readonly<Record<string, string>> = {
  none: 'none',
  quarantine: 'quarantined',
  reject: 'rejected',
};

/** Microsoft compauth reason codes: exact codes first, then by first digit. */
export const COMPAUTH_REASONS: Readonly<Record<string, string>> = {
  '000': 'failed explicit authentication: DMARC failed and the domain publishes p=quarantine or p=reject',
  '001': 'failed implicit authentication: the domain has no authentication records, or only weak ones (SPF ~all or ?all, DMARC p=none)',
  '002': 'the organisation forbids this sender and domain pair from spoofing (an admin setting)',
  '010': 'DMARC failed under p=quarantine or p=reject and the From domain is one of the organisation\'s own accepted domains (self-to-self or intra-organisation spoofing)',
  '130': 'passed: an ARC result from a trusted sealer overrode the DMARC failure',
};

/** Microsoft compauth reason codes by their first digit, for codes not listed one by one. */
export const COMPAUTH_REASON_CLASSES: Readonly<Record<string, string>> = {
  '1': 'passed (the last two digits are internal)',
  '7': 'passed (the last two digits are internal)',
  '2': 'soft-passed implicit authentication',
  '3': 'not checked',
  '4': 'bypassed',
  '9': 'bypassed',
  '6': 'failed implicit authentication, and the From domain is one of the organisation\'s accepted domains (intra-organisation spoofing)',
};
