/**
 * Limits of the explain engine, as named constants with the reason for each. Every loop and
 * every scan in src/explain/ is bounded by one of these or by the (capped) input size.
 */

/** Largest input `explain` accepts, in UTF-16 code units. A pasted NDR with its headers is a few
 * tens of kB; 1 MB leaves room for huge header blocks while keeping a call well under a second. */
export const MAX_INPUT_CHARS = 1_000_000;

/** How much of the input is echoed back in `ExplainResult.input`, so JSON output stays small. */
export const MAX_ECHO_CHARS = 64 * 1024;

/** At most this many status codes are read from one input; a real NDR has a handful. */
export const MAX_CODES = 64;

/** Reply text kept per code (the rest of its line, and the next line when the code stands alone). */
export const MAX_REPLY_CHARS = 1_000;

/** Matches returned by default; a code shared by many entries still returns all of them up to this. */
export const DEFAULT_MAX_MATCHES = 25;

/** Longest line looked at when unfolding multi-line SMTP replies (`550-5.7.26 ...`). */
export const MAX_LINE_CHARS = 8_192;
