// The seed document's example NDR (ronald@contoso.com refused by mail.contoso.com with 530 5.7.1,
// reported by alpineskihouse.com), read from the fixture so every test uses the same text.
import { readFileSync } from 'node:fs';

const SEED_DOC = readFileSync(new URL('../fixtures/seed/exchange-online-ndr-reference.md', import.meta.url), 'utf8');
const FIRST_LINE = 'Delivery has failed to these recipients or groups:';
const LAST_LINE = 'Original message headers:\n';

/** The seed's pasted NDR, from its first line through "Original message headers:" and its line end. */
export const SEED_CONTOSO_NDR: string = (() => {
  const start = SEED_DOC.indexOf(FIRST_LINE);
  const end = SEED_DOC.indexOf(LAST_LINE, start);
  if (start < 0 || end < 0) throw new Error('the seed fixture no longer holds the contoso example NDR');
  return SEED_DOC.slice(start, end + LAST_LINE.length);
})();
