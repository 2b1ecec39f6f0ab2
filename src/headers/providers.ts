/**
 * Names the mail provider a host belongs to, from the suffix table in data/providers.ts.
 * The table is turned into a Map once at load; a lookup walks the host's labels, so it costs
 * one Map probe per label.
 */
import { PROVIDERS } from './data/providers.js';

const BY_SUFFIX = new Map<string, string>();
for (const row of PROVIDERS) for (const s of row.suffixes) if (!BY_SUFFIX.has(s)) BY_SUFFIX.set(s, row.name);

/**
 * The provider a host name belongs to, or "".
 *
 * @example
 * providerOf('BN3NAM04FT004.mail.protection.outlook.com') // 'Microsoft 365 (Exchange Online Protection)'
 */
export function providerOf(host: string): string {
  let h = host.toLowerCase();
  if (h.endsWith('.')) h = h.slice(0, -1);
  // Longest suffix first: the table puts specific suffixes (prod.outlook.com) before general ones.
  let dot = -1;
  for (let guard = 0; guard < 64; guard++) {
    const candidate = h.slice(dot + 1);
    const name = BY_SUFFIX.get(candidate);
    if (name !== undefined) return name;
    dot = h.indexOf('.', dot + 1);
    if (dot < 0) break;
  }
  return '';
}
