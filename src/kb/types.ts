/**
 * Shapes of the knowledge-base tables. The tables themselves are data only: no logic.
 */
import type { Owner, ReasonId } from './reasons.js';

/** Where an entry's facts come from; also used to rank matches. */
export type KbSource =
  | 'exchange-online' // Exchange Online / Microsoft 365 (the seed table and its per-code pages)
  | 'exchange-server' // on-premises Exchange
  | 'outlook-com'
  | 'gmail'
  | 'yahoo'
  | 'iana' // the enhanced status code registry (RFC 3463, 5248 and later)
  | 'rfc5321'; // basic reply codes

/** What each party can do. Written for that party, in plain words. */
export interface KbFix {
  readonly sender?: string;
  readonly senderAdmin?: string;
  readonly recipientAdmin?: string;
  readonly service?: string;
}

/**
 * One knowledge-base entry.
 *
 * `codes` holds enhanced status codes as written: a single code (`5.7.124`), or a range in the
 * table's notation (`4.7.500-699`: class.subject.from-to). Empty when the entry has no code (the
 * seed's `n/a` row); then only `replies` can find it.
 */
export interface KbEntry {
  /** Stable id, e.g. `exo-5.7.124` or `exo-5.7.1-relay`. */
  readonly id: string;
  readonly source: KbSource;
  readonly codes: readonly string[];
  /** Basic SMTP reply codes seen with this entry (`550`, `451`), if known. */
  readonly basic?: readonly string[];
  /** Literal reply texts (exact strings) that identify this entry. */
  readonly replies: readonly string[];
  /** A short title. */
  readonly title: string;
  /** Why it happened, in plain words. */
  readonly cause: string;
  readonly fix: KbFix;
  /** Who must act. */
  readonly owner: Owner;
  readonly permanent: boolean;
  readonly reason: ReasonId;
  /** URLs to read more. */
  readonly references: readonly string[];
  /** True for entries that are rows of the seed's code table. */
  readonly seedRow?: boolean;
}
