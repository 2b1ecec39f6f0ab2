/**
 * Limits of the MIME layer, in one place. Each bounds work on untrusted input so that a hostile or
 * broken message costs time and memory linear in its size and never more than these caps.
 */

/** Largest single message parsed (bytes). Bounces are small; a 100 MB "bounce" is an attack or a mistake. */
export const MAX_MESSAGE_BYTES = 64 * 1024 * 1024;
/** Deepest multipart / message/rfc822 nesting followed. Real bounces nest 3-4 levels. */
export const MAX_DEPTH = 8;
/** Most MIME parts collected from one message; later parts are ignored with a warning. */
export const MAX_PARTS = 512;
/** Most header fields read from one header block. */
export const MAX_HEADER_FIELDS = 1000;
/** Longest unfolded header value kept (characters); longer values are cut. */
export const MAX_HEADER_VALUE = 16 * 1024;
/** Longest decoded text kept per part (characters). Detectors only need the top of a report. */
export const MAX_PART_TEXT = 2 * 1024 * 1024;
