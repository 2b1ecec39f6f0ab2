/**
 * Limits of the header analysis, named here so every loop and regex over untrusted text has a
 * bound and the reason for it is written down. Hitting a limit gives a warning, never a crash.
 */

/** Characters of input read before the header block is cut (a header block is rarely > 1 MB). */
export const MAX_INPUT_CHARS = 32 * 1024 * 1024;

/** Header fields kept. Real messages carry a few hundred at most. */
export const MAX_FIELDS = 5_000;

/** Characters of one unfolded field value that are kept (the rest is cut with a warning). */
export const MAX_FIELD_CHARS = 256 * 1024;

/** Characters of a value that the field parsers (tokenisers, regexes) look at. */
export const MAX_PARSE_CHARS = 16 * 1024;

/** Received fields turned into hops: the topmost ones are kept, being nearest the recipient. */
export const MAX_HOPS = 500;

/** Authentication-Results-like fields parsed. */
export const MAX_AUTH_RECORDS = 200;

/** Results inside one Authentication-Results field. */
export const MAX_RESULTS_PER_RECORD = 64;

/** Nesting depth of comments followed by the tokenisers; deeper text is kept as it is. */
export const MAX_COMMENT_DEPTH = 8;

/** Encoded words decoded in one value. */
export const MAX_ENCODED_WORDS = 500;

/** Evidence text is cut to this many characters. */
export const MAX_EVIDENCE_CHARS = 300;

/** A hop slower than this (seconds) is reported as a slow hop. */
export const SLOW_HOP_SECONDS = 15 * 60;
