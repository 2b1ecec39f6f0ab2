/**
 * The knowledge base in one place: every entry table, in the order ties are broken (Exchange
 * Online's seed table first, then the other Microsoft codes, then the other providers), plus the
 * enhanced-code registry and the basic reply codes. Data only.
 */
import type { KbEntry } from './types.js';
import { EXCHANGE_ONLINE_ENTRIES } from './exchange-online.js';
import { MICROSOFT_MORE_ENTRIES } from './microsoft-more.js';
import { PROVIDER_ENTRIES } from './providers.js';

export { EXCHANGE_ONLINE_ENTRIES, EXO_NDR_REFERENCE_URL } from './exchange-online.js';
export { MICROSOFT_MORE_ENTRIES } from './microsoft-more.js';
export { GMAIL_ENTRIES, OUTLOOK_COM_ENTRIES, YAHOO_ENTRIES, PROVIDER_ENTRIES } from './providers.js';
export { REGISTRY_CLASSES, REGISTRY_SUBJECTS, REGISTRY_DETAILS, REGISTRY_URL } from './registry.js';
export type { RegistryClass, RegistrySubject, RegistryDetail } from './registry.js';
export { REPLY_CODES } from './reply-codes.js';
export { OWNER_RULES } from './owner-rules.js';
export type { OwnerRule, OwnerSituation } from './owner-rules.js';
export type { ReplyCode } from './reply-codes.js';

/** Every knowledge-base entry that has literal replies, in tie-break order. */
export const ALL_ENTRIES: readonly KbEntry[] = [...EXCHANGE_ONLINE_ENTRIES, ...MICROSOFT_MORE_ENTRIES, ...PROVIDER_ENTRIES];
